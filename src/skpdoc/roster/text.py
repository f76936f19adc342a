"""The YAML text of new specs and opd.yaml files, written directly (5,000 specs in a fraction of a second).

Values that are not plain identifiers are written as JSON strings, which YAML
reads back as the same text whatever they hold (a name with ": ", a leading
"#", "yes"); tests load every file back with skpdoc's own loader. The plan is
a skeleton of placeholders (:func:`skpdoc.placeholders.fill`): one RHK with the
indicators its form needs, for the officer or the OPD's workbook to fill.
"""

from __future__ import annotations

import json
import re

from skpdoc.placeholders import UNCONFIRMED, fill
from skpdoc.reference import JPT
from skpdoc.roster.organisation import Opd, Unit
from skpdoc.roster.rows import Person

_PLAIN_ID = re.compile(r"[a-z][a-z0-9-]*|(IV|V|I{1,3})/[a-e]|[IVX]+")
_PLAIN_TEXT = re.compile(r"[A-Za-z](?:[A-Za-z0-9 .,()/'-]*[A-Za-z0-9.)])?")
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})

PEGAWAI_SCHEMA = "# yaml-language-server: $schema=../.skpdoc/schemas/pegawai.schema.json"
OPD_SCHEMA = "# yaml-language-server: $schema=../.skpdoc/schemas/opd.schema.json"


_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def q(value: str, *, flow: bool = False) -> str:
    """A scalar that reads back as exactly ``value``: plain when that is safe, else a JSON string.

    Plain in block context: words of letters and digits with spaces, dots, commas, hyphens and brackets,
    starting with a letter (so never a number, a date or an indicator); in a flow mapping (``{id: ...}``)
    a comma would end the value, so only identifiers are plain there.
    """
    plain = _PLAIN_ID if flow else _PLAIN_TEXT
    if plain.fullmatch(value) and value.lower() not in _YAML_WORDS:
        return value
    # YAML refuses some characters raw (DEL, C1, U+FFFE, U+FFFF) or reads them as line breaks (NEL, U+2028/9):
    # escaped, they read back as they are
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def pegawai_text(person: Person, unit: str | None, penilai: str, proposed: bool) -> str:
    """A new spec: identity from the roster, the penilai (a NIP, or an outside official to fill), a plan to fill."""
    lines = [
        PEGAWAI_SCHEMA,
        "# Dibuat oleh `skpdoc import roster`: lengkapi setiap [ISI: ...], lalu hapus baris belum_dikonfirmasi",
        "# yang sudah diperiksa.",
        "pegawai:",
        f"  nama: {q(person.nama)}",
        f'  nip: "{person.nip}"',
    ]
    lines += identity_lines(person, unit)
    if penilai:
        lines.append(f'pejabat_penilai: "{penilai}"')
    else:  # the head of the OPD: rated by an official outside the workspace (the Sekda, the Bupati)
        lines += [
            "pejabat_penilai:",
            f"  nama: {q(fill('nama pejabat penilai, dengan gelar'))}",
            f"  jabatan: {q(fill('jabatan pejabat penilai, mis. Sekretaris Daerah'))}",
            # the evaluation forms are signed by the penilai's own superior too (R144 once a round is open)
            "atasan_pejabat_penilai:",
            f"  nama: {q(fill('nama atasan pejabat penilai, dengan gelar'))}",
            f"  jabatan: {q(fill('jabatan atasan pejabat penilai, mis. Bupati'))}",
        ]
    if proposed:
        lines += [f"{UNCONFIRMED}:", "  - pejabat_penilai"]
    lines += ["pendekatan: kuantitatif", "penetapan:", f"  tanggal: {q(fill('tanggal penetapan SKP, TTTT-BB-HH'))}"]
    lines += plan_lines(person.jenis in JPT, bool(penilai))
    return "\n".join(lines) + "\n"


def identity_lines(person: Person, unit: str | None) -> list[str]:
    """The lines of ``pegawai:`` after ``nip``, in the README's order."""
    lines = ["  status: pppk"] if person.status == "pppk" else [f"  pangkat: {q(person.pangkat or '')}"]
    lines += [
        f"  golongan: {q(person.golongan)}",
        f"  jabatan: {q(person.jabatan or fill('nama jabatan'))}",
        f"  jenis_jabatan: {person.jenis}",
    ]
    if person.jenis == "fungsional":
        lines.append(f"  jenjang: {q(person.jenjang or fill('jenjang jabatan fungsional, mis. ahli-pertama'))}")
    if unit:
        lines.append(f"  unit: {q(unit)}")
    return lines


def plan_lines(jpt: bool, penilai_in_workspace: bool) -> list[str]:
    if jpt:
        origin = f"      intervensi_teks: {q(fill('sasaran organisasi atau penugasan dari Bupati/Wali Kota'))}"
        measures = [("perspektif", fill("perspektif: penerima-layanan, proses-bisnis, penguatan-internal, anggaran"))]
    else:
        if penilai_in_workspace:
            origin = f"      intervensi: {q(fill('RHK pejabat penilai yang diintervensi: <nip>#<id RHK>'))}"
        else:
            origin = f"      intervensi_teks: {q(fill('RHK pimpinan yang diintervensi'))}"
        measures = [("aspek", "kuantitas"), ("aspek", "kualitas"), ("aspek", "waktu")]
    lines = [
        "hasil_kerja:",
        "  utama:",
        "    - id: rhk-1",
        origin,
        f"      rhk: {q(fill('rencana hasil kerja'))}",
        "      indikator:",
    ]
    for number, (name, value) in enumerate(measures, 1):
        lines += [
            f"        - id: rhk-1.{number}",
            f"          {name}: {q(value)}",
            f"          iki: {q(fill('indikator kinerja individu'))}",
            f"          target: {q(fill('target, angka'))}",
            f"          satuan: {q(fill('satuan target, mis. Dokumen'))}",
        ]
    return [
        *lines,
        "  tambahan: []",
        "ekspektasi_khusus_pimpinan: {}",
        "lampiran:",
        "  dukungan_sumber_daya: []",
        "  skema_pertanggungjawaban: []",
        "  konsekuensi: []",
    ]


def opd_text(opd: Opd) -> str:
    """A new opd.yaml: name, head (a proposal from the roster, said in a comment) and units, parents first."""
    lines = [
        OPD_SCHEMA,
        "# Dibuat oleh `skpdoc import roster` dari daftar pegawai: periksa kepala dan susunan unit.",
        f"nama: {q(opd.nama)}",
        f'kepala: "{opd.kepala}"',
    ]
    if opd.units:
        lines.append("unit:")
        lines += [unit_line(u) for u in opd.units]
    return "\n".join(lines) + "\n"


def unit_line(unit: Unit) -> str:
    induk = f", induk: {q(unit.induk, flow=True)}" if unit.induk else ""
    return f"  - {{id: {q(unit.id, flow=True)}, nama: {q(unit.nama, flow=True)}{induk}}}"
