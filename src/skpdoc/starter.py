"""A valid starter spec for a new employee, as commented YAML."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import paths, spec, workspace
from skpdoc.errors import UsageError
from skpdoc.reference import JPT, PANGKAT
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


def starter_yaml(s: Starter, schema_path: str = "../.skpdoc/schemas/pegawai.schema.json") -> str:
    """The text of a starter spec; raises :class:`UsageError` for an invalid NIP or golongan."""
    if not (len(s.nip) == 18 and s.nip.isdigit()):
        raise UsageError(code="S005", subject="--nip", value=s.nip, extra="18 angka")
    for code, args, _ in check_nip(s.nip, s.status, s.tahun) + check_rank(s.status, s.golongan, None):
        raise UsageError(code=code, subject="--nip" if code < "R110" else "--golongan", **args)
    jpt = s.jenis_jabatan in JPT
    measure = "perspektif: penerima-layanan" if jpt else "aspek: kuantitas"
    lines = [
        f"# yaml-language-server: $schema={schema_path}",
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
        lines.append(f"  jenjang: {s.jenjang or 'ahli-pertama'}")
    if s.unit:
        lines.append(f"  unit: {s.unit}")
    if s.penilai:
        lines.append(f'pejabat_penilai: "{s.penilai}"')
    else:
        lines += [
            "pejabat_penilai:            # pejabat di luar workspace; atau NIP atasan dalam tanda kutip",
            "  nama: ISI NAMA PEJABAT PENILAI",
            "  jabatan: ISI JABATAN PEJABAT PENILAI",
        ]
    lines += [
        f"pendekatan: {s.pendekatan}",
        f"penetapan: {{tempat: {_q(s.tempat)}, tanggal: {s.tahun}-01-02}}",
        "hasil_kerja:",
        "  utama:",
        "    - id: rhk-1",
    ]
    if s.penilai and s.penilai_rhk:
        lines.append(f'      intervensi: "{s.penilai}#{s.penilai_rhk}"   # RHK pimpinan yang didukung')
    else:
        lines.append("      intervensi_teks: ISI RHK PIMPINAN ATAU SASARAN ORGANISASI YANG DIDUKUNG")
    lines += ["      rhk: Tersusunnya ... (ISI RENCANA HASIL KERJA)", "      indikator:", "        - id: rhk-1.1"]
    if s.pendekatan == "kuantitatif":
        lines += [
            f"          {measure}",
            "          iki: Jumlah ... (ISI INDIKATOR KINERJA INDIVIDU)",
            "          target: 1",
            "          satuan: Dokumen",
        ]
    else:
        if jpt:
            lines.append(f"          {measure}")
        lines.append("          ukuran_keberhasilan: ISI UKURAN KEBERHASILAN BESERTA TARGETNYA")
    lines += [
        "  tambahan: []",
        "ekspektasi_khusus_pimpinan: {}",
        "lampiran:",
        "  dukungan_sumber_daya: []",
        "  skema_pertanggungjawaban: []",
        "  konsekuensi: []",
        "",
    ]
    return "\n".join(lines)


def default_path(root: Path, opd: str, nip: str) -> Path:
    """``<root>/<opd>/<nip>.yaml``; ``opd`` must name an OPD folder, not a path (``../x``, ``/abs``, ``_draft``).

    The folder may not exist yet (a new OPD) but may not be a link out of the
    workspace, so nothing is ever written outside it through ``--opd``.
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
    """The data of the penilai's spec, found as validation finds files (never through a link out or a FIFO)."""
    if not (len(nip) == 18 and nip.isdigit()):
        raise UsageError(code="S005", subject="--penilai", value=nip, extra="18 angka")
    found, refused, _ = workspace.discover(root)
    for opd in found.values():
        for path in opd.pegawai:
            if path.stem == nip and path not in refused:
                doc, _ = spec.load(path)
                return doc.data if doc is not None else None
    return None
