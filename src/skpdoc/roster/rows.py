"""Roster rows → people: every cell checked, every mistake located as ``FILE:ROW:COL: CODE COLUMN: message``.

A row with any mistake is left out (and the import exits 1); the other rows
are still imported. The checks of NIP and rank are validate's own
(:mod:`skpdoc.rules.identity`), so a row is refused exactly when the spec
written from it would be.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc.errors import Problem
from skpdoc.hints import Suggest
from skpdoc.reference import JENIS_JABATAN, JENJANG, PANGKAT
from skpdoc.roster import jabatan as jb
from skpdoc.roster.layout import Layout, cell, text
from skpdoc.roster.read import Table
from skpdoc.rules.identity import check_nip, check_rank


@dataclass(frozen=True)
class Person:
    """One good row of the roster."""

    row: int
    nip: str
    nama: str
    status: str  # pns | pppk
    golongan: str
    jabatan: str  # "" when the roster has none (written as a placeholder)
    jenis: str  # a jenis_jabatan slug
    jenjang: str | None  # fungsional only; None = to fill
    eselon: tuple[int, str] | None
    opd: str  # the OPD's name as the roster writes it
    unit: str  # the unit's name, "" = directly under the head of the OPD
    induk_unit: str  # the parent unit's name, "" = none known
    penilai: str  # a NIP from the roster (simple layout), "" = to propose

    @property
    def pangkat(self) -> str | None:
        return PANGKAT.get(self.golongan) if self.status == "pns" else None


class _Row:
    """Collects the problems of one row, each at the column it belongs to."""

    def __init__(self, file: Path, layout: Layout, number: int) -> None:
        self.file, self.layout, self.number = file, layout, number
        self.problems: list[Problem] = []

    def problem(self, field: str, code: str, **args: Any) -> None:
        index = self.layout.columns.get(field, -1)
        header = self.layout.header(field) if index >= 0 else field
        self.problems.append(Problem(self.file, code, args, (header,), self.number, index + 1))


def people(file: Path, table: Table, layout: Layout, tahun: int) -> tuple[list[Person], list[Problem]]:
    """The good rows as :class:`Person`, and the problems of the bad ones (rows that are empty are skipped)."""
    found: list[Person] = []
    problems: list[Problem] = []
    first_row_of: dict[str, int] = {}
    duplicated: set[str] = set()
    start = layout.header_row - table.first_row + 1
    for offset, values in enumerate(table.rows[start:]):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        row = _Row(file, layout, layout.header_row + 1 + offset)
        person = _person(row, values, tahun)
        if person is not None and person.nip in first_row_of:
            row.problem("nip", "M022", nip=person.nip, first=first_row_of[person.nip])
            duplicated.add(person.nip)
        elif person is not None:
            first_row_of[person.nip] = row.number
        problems += row.problems
        if person is not None and not row.problems:
            found.append(person)
    # Two rows with one NIP: which one is right is for the officer to say, so neither is written.
    return [p for p in found if p.nip not in duplicated], problems


def _person(row: _Row, values: tuple[Any, ...], tahun: int) -> Person | None:
    layout = row.layout
    siasn = layout.name == "siasn"
    status = _status(row, text(values, layout, "status"), siasn)
    nip = _nip(row, values, status or "pns", tahun)
    nama = text(values, layout, "nama")
    if siasn:
        nama = _full_name(nama, text(values, layout, "gelar_depan"), text(values, layout, "gelar_belakang"))
    if not nama:
        row.problem("nama", "M013")
    golongan = _golongan(row, text(values, layout, "golongan"), text(values, layout, "pangkat"), status)
    jabatan = text(values, layout, "jabatan")
    rank = jb.eselon(text(values, layout, "eselon"))
    jenis = _jenis(row, text(values, layout, "jenis_jabatan"), jabatan, rank, siasn)
    jenjang = _jenjang(row, text(values, layout, "jenjang"), jabatan) if jenis == "fungsional" else None
    opd = text(values, layout, "opd")
    if not opd:
        row.problem("opd", "M020")
    unit = text(values, layout, "unit")
    penilai = text(values, layout, "penilai").replace(" ", "").lstrip("'")
    if penilai and not (len(penilai) == 18 and penilai.isdigit()):
        row.problem("penilai", "M012", value=penilai)
    if None in (nip, status, golongan, jenis) or not nama or not opd:
        return None
    assert nip is not None and status is not None and golongan is not None and jenis is not None
    return Person(
        row=row.number,
        nip=nip,
        nama=nama,
        status=status,
        golongan=golongan,
        jabatan=jabatan,
        jenis=jenis,
        jenjang=jenjang,
        eselon=rank,
        opd=opd,
        unit="" if unit.casefold() == opd.casefold() else unit,  # SIASN puts the head's unor at the OPD itself
        induk_unit=text(values, layout, "induk_unit"),
        penilai=penilai,
    )


def _nip(row: _Row, values: tuple[Any, ...], status: str, tahun: int) -> str | None:
    raw = cell(values, row.layout, "nip")
    if isinstance(raw, (int, float)):
        # Excel keeps 15 significant digits: an 18-digit NIP typed into a Number cell has lost its last three.
        shown = f"{raw:.0f}" if isinstance(raw, float) else str(raw)
        row.problem("nip", "M011", value=shown)
        return None
    nip = text(values, row.layout, "nip").replace(" ", "").lstrip("'")
    if not nip:
        row.problem("nip", "M010")
        return None
    if "E+" in nip.upper() or not (len(nip) == 18 and nip.isdigit()):
        row.problem("nip", "M011" if "E+" in nip.upper() else "M012", value=nip)
        return None
    bad = check_nip(nip, status, tahun)
    for code, args, _ in bad:
        row.problem("nip", code, **args)
    return None if bad else nip


def _status(row: _Row, value: str, siasn: bool) -> str | None:
    name = value.lower()
    if siasn:  # "PNS Daerah", "PNS Pusat DPK", "CPNS", "PPPK"
        return "pppk" if "pppk" in name or "p3k" in name or "perjanjian" in name else "pns"
    if name in ("", "pns", "cpns"):
        return "pns"
    if name in ("pppk", "p3k"):
        return "pppk"
    row.problem("status", "M014", value=value)
    return None


def _golongan(row: _Row, value: str, pangkat: str, status: str | None) -> str | None:
    if not value:
        row.problem("golongan", "M015", value=value)
        return None
    golongan = jb.golongan(value)
    if golongan is None:
        row.problem("golongan", "M016", value=value)
        return None
    if status is None:
        return golongan
    findings = check_rank(status, golongan, pangkat or None)
    for code, args, field in findings:
        row.problem("pangkat" if field == "pangkat" else "golongan", code, **args)
    return None if findings else golongan


def _jenis(row: _Row, value: str, jabatan: str, rank: tuple[int, str] | None, siasn: bool) -> str | None:
    jenis = jb.siasn_jenis(value) if siasn else jb.simple_jenis(value)
    if jenis is None:
        choices = list(JENIS_JABATAN)
        row.problem("jenis_jabatan", "M017", value=value, suggestion=Suggest.among(value, choices))
        return None
    if jenis == "struktural":
        found = jb.by_eselon(rank) if rank else jb.structural_by_name(jabatan)
        if found is None:
            row.problem("jenis_jabatan", "M018", jabatan=jabatan or "-")
        return found
    return jenis


def _jenjang(row: _Row, value: str, jabatan: str) -> str | None:
    if value:
        found = jb.simple_jenjang(value)
        if found is None:
            row.problem("jenjang", "M019", value=value, suggestion=Suggest.among(value, list(JENJANG)))
        return found
    return jb.jenjang_of(jabatan)


def _full_name(nama: str, depan: str, belakang: str) -> str:
    """SIASN keeps titles apart; forms print them with the name: "Dr. Rina Marlina, S.Kom., M.T."."""
    if not nama:
        return ""
    full = f"{depan} {nama}" if depan and depan != "-" else nama
    return f"{full}, {belakang}" if belakang and belakang != "-" else full
