"""A starter spec for a new employee, as commented YAML (``skpdoc new``).

What the officer gave (NIP, name, jabatan, golongan, OPD, unit, penilai) is
written as given, after checking that each exists: an unknown ``--opd``,
``--unit``, ``--penilai`` or ``--jenjang`` is refused with "did you mean
...?" (S004), never written into a spec that then fails validation.
Everything else the plan needs (the RHK, its indicator and target, the
penetapan date, a jenjang nobody gave) is a placeholder
(:func:`skpdoc.placeholders.fill`), so the spec validates at once with one
R190 warning listing what is left, and its forms are titled KONSEP until it
is filled. Nothing is guessed: a made-up ``target: 1`` or ``ahli-pertama``
would print as if someone had decided it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import paths, spec, workspace
from skpdoc.errors import UsageError
from skpdoc.hints import Suggest, require_known
from skpdoc.placeholders import fill
from skpdoc.reference import JENJANG, JPT, PANGKAT
from skpdoc.rules.identity import check_nip, check_rank


@dataclass(frozen=True)
class Starter:
    nama: str
    nip: str
    golongan: str
    jabatan: str
    jenis_jabatan: str
    tahun: int
    tempat: str
    status: str = "pns"
    jenjang: str | None = None
    unit: str | None = None
    penilai: str | None = None  # NIP in the workspace
    penilai_rhk: str | None = None  # an RHK id of the penilai to intervene
    pendekatan: str = "kuantitatif"


def _q(text: str) -> str:
    """A YAML scalar that is always read back as the same string (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _isi(hint: str) -> str:
    """A placeholder as a YAML scalar."""
    return _q(fill(hint))


def starter_yaml(s: Starter, schema_path: str = "../.skpdoc/schemas/pegawai.schema.json") -> str:
    """The text of a starter spec; raises :class:`UsageError` for an invalid NIP, golongan or jenjang."""
    if not (len(s.nip) == 18 and s.nip.isdigit()):
        raise UsageError(code="S005", subject="--nip", value=s.nip, extra="18 angka")
    for code, args, _ in check_nip(s.nip, s.status, s.tahun) + check_rank(s.status, s.golongan, None):
        raise UsageError(code=code, subject="--nip" if code < "R110" else "--golongan", **args)
    if s.jenjang is not None:
        require_known("--jenjang", [s.jenjang], JENJANG)
    jpt = s.jenis_jabatan in JPT
    lines = [
        f"# yaml-language-server: $schema={schema_path}",
        '# Ganti setiap "[ISI: ...]" dengan nilainya; skpdoc validate menyebutkan yang masih tersisa.',
        "pegawai:",
        f"  nama: {_q(s.nama)}",
        f'  nip: "{s.nip}"',
    ]
    if s.status == "pppk":
        lines.append("  status: pppk")
    else:
        lines.append(f"  pangkat: {PANGKAT[s.golongan]}")
    lines += [f"  golongan: {s.golongan}", f"  jabatan: {_q(s.jabatan)}", f"  jenis_jabatan: {s.jenis_jabatan}"]
    if s.jenis_jabatan == "fungsional":
        lines.append(f"  jenjang: {s.jenjang or _isi('jenjang: ' + ' | '.join(JENJANG))}")
    elif s.jenjang:
        lines.append(f"  jenjang: {s.jenjang}")  # validation says why a jabatan other than fungsional has none
    if s.unit:
        lines.append(f"  unit: {s.unit}")
    if s.penilai:
        lines.append(f'pejabat_penilai: "{s.penilai}"')
    else:
        lines += [
            "# NIP atasan (dalam tanda kutip) bila SKP-nya ada di workspace, atau pejabat di luar workspace:",
            "#   {nama: ..., nip: ..., pangkat: ..., golongan: ..., jabatan: ..., instansi: ...}",
            f"pejabat_penilai: {_isi('NIP pejabat penilai')}",
        ]
    lines += [
        f"pendekatan: {s.pendekatan}",
        f"penetapan: {{tempat: {_q(s.tempat) if s.tempat else _isi('tempat')}, tanggal: {_isi('tanggal penetapan')}}}",
        "hasil_kerja:",
        "  utama:",
        "    - id: rhk-1",
    ]
    if s.penilai and s.penilai_rhk:
        lines.append(f'      intervensi: "{s.penilai}#{s.penilai_rhk}"   # RHK pimpinan yang didukung: periksa')
    else:
        lines.append(f"      intervensi_teks: {_isi('RHK pimpinan atau sasaran organisasi yang didukung')}")
    lines += [
        f"      rhk: {_isi('rencana hasil kerja, mis. Tersusunnya ...')}",
        "      indikator:",
        "        - id: rhk-1.1",
    ]
    measure = (
        f"perspektif: {_isi('penerima-layanan | proses-bisnis | penguatan-internal | anggaran')}"
        if jpt
        else f"aspek: {_isi('kuantitas | kualitas | waktu | biaya')}"
    )
    if s.pendekatan == "kuantitatif":
        lines += [
            f"          {measure}",
            f"          iki: {_isi('indikator kinerja individu, mis. Jumlah ...')}",
            f"          target: {_isi('target (angka)')}",
            f"          satuan: {_isi('satuan, mis. Dokumen')}",
        ]
    else:
        if jpt:
            lines.append(f"          {measure}")
        lines.append(f"          ukuran_keberhasilan: {_isi('ukuran keberhasilan beserta targetnya')}")
    lines += [
        "  tambahan: []",
        "ekspektasi_khusus_pimpinan: {}",
        "lampiran:",
        f"  dukungan_sumber_daya: [{_isi('dukungan sumber daya')}]",
        f"  skema_pertanggungjawaban: [{_isi('skema pertanggungjawaban')}]",
        f"  konsekuensi: [{_isi('konsekuensi')}]",
    ]
    if s.penilai and s.penilai_rhk:  # the penilai's first RHK is a guess: the officer confirms it
        lines += [
            "# usulan yang harus diperiksa; hapus barisnya bila sudah benar",
            "belum_dikonfirmasi:",
            "  - hasil_kerja.utama[0].intervensi",
        ]
    lines.append("")
    return "\n".join(lines)


def starter_for(
    path: str | Path,
    *,
    nip: str,
    nama: str,
    jabatan: str,
    jenis_jabatan: str,
    golongan: str,
    opd: str,
    status: str = "pns",
    jenjang: str | None = None,
    unit: str | None = None,
    penilai: str | None = None,
    pendekatan: str = "kuantitatif",
) -> tuple[Path, str]:
    """(Where the starter spec of a new employee of the workspace holding ``path`` belongs, its text).

    ``opd`` must be an OPD of the workspace, ``unit`` one of its units and
    ``penilai`` the NIP of a spec in the workspace; each is refused otherwise
    (S004, with "did you mean ...?"). The penilai's first RHK is filled in as
    the intervened RHK, a proposal the officer checks.
    """
    root = workspace.find_root(Path(path))
    target = default_path(root, opd, nip)  # refuses a name that is not an OPD folder name before anything else
    found, _, _ = workspace.discover(root)
    _in_workspace("--opd", opd, [slug for slug, f in found.items() if f.opd is not None])
    if unit is not None:
        _in_workspace("--unit", unit, _units(found[opd].opd))
    penilai_rhk = None
    if penilai:
        data = penilai_spec(root, penilai)
        hasil = data.get("hasil_kerja") if data else None
        utama = hasil.get("utama") if isinstance(hasil, dict) else None
        if isinstance(utama, list) and utama and isinstance(utama[0], dict) and isinstance(utama[0].get("id"), str):
            penilai_rhk = utama[0]["id"]
    config = read_config(root)
    tahun = config.get("tahun")
    starter = Starter(
        nama=nama,
        nip=nip,
        golongan=golongan,
        jabatan=jabatan,
        jenis_jabatan=jenis_jabatan,
        tahun=tahun if isinstance(tahun, int) else 2024,
        tempat=config["tempat"] if isinstance(config.get("tempat"), str) else "",
        status=status,
        jenjang=jenjang,
        unit=unit,
        penilai=penilai,
        penilai_rhk=penilai_rhk,
        pendekatan=pendekatan,
    )
    return target, starter_yaml(starter)


def _in_workspace(option: str, value: str, known: list[str]) -> None:
    """Refuse (R193, exit 2) a value that names nothing in the workspace, with the nearest one or the choices."""
    if value not in known:
        raise UsageError(code="R193", subject=option, value=value, suggestion=Suggest.among(value, known))


def _units(opd_file: Path | None) -> list[str]:
    """The unit ids of an opd.yaml (none when it cannot be read: validation says why)."""
    doc, _ = spec.load(opd_file) if opd_file is not None else (None, [])
    units = doc.data.get("unit") if doc is not None else None
    return [u["id"] for u in units or [] if isinstance(u, dict) and isinstance(u.get("id"), str)]


def default_path(root: Path, opd: str, nip: str) -> Path:
    """``<root>/<opd>/<nip>.yaml``; ``opd`` must name an OPD folder, not a path (``../x``, ``/abs``, ``_draft``).

    The folder may not be a link out of the workspace, so nothing is ever
    written outside it through ``--opd``.
    """
    return workspace.opd_folder(root, opd) / f"{nip}.yaml"


def read_config(root: Path) -> dict[str, Any]:
    """The data of the workspace's skpdoc.yaml, or {} when it cannot be used (validation says why)."""
    config = root / workspace.CONFIG_NAME
    if paths.examine(config, root) is not None:
        return {}
    doc, _ = spec.load(config)
    return doc.data if doc is not None else {}


def penilai_spec(root: Path, nip: str) -> dict[str, Any] | None:
    """The data of the penilai's spec (None when it cannot be read), found as validation finds files.

    A NIP with no spec in the workspace is refused (S004, with "did you mean ...?").
    """
    if not (len(nip) == 18 and nip.isdigit()):
        raise UsageError(code="S005", subject="--penilai", value=nip, extra="18 angka")
    found, refused, _ = workspace.discover(root)
    specs = {path.stem: path for opd in found.values() for path in opd.pegawai if path not in refused}
    _in_workspace("--penilai", nip, list(specs))
    doc, _ = spec.load(specs[nip])
    return doc.data if doc is not None else None
