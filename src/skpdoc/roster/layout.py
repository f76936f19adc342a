"""The two roster layouts, recognised from the header row, and the columns each one reads.

Headers are compared with case, spaces, underscores and other punctuation
ignored (``GOL_AKHIR``, ``Gol Akhir`` and ``golakhir`` are one column), and a
column may go by several names (SIASN writes ``NIP BARU`` in one export and
``NIP`` in another). Columns neither layout knows are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from skpdoc.errors import SkpdocError
from skpdoc.roster.read import Cell, Table

#: field -> names it may have in the SIASN "data pegawai" export (normalised).
SIASN: dict[str, tuple[str, ...]] = {
    "nip": ("nip", "nipbaru"),
    "nama": ("nama",),
    "gelar_depan": ("gelardepan",),
    "gelar_belakang": ("gelarbelakang",),
    "status": ("jenispegawai", "jenispegawainama"),
    "golongan": ("golakhir", "golakhirnama", "golonganakhir", "golongan"),
    "jenis_jabatan": ("jenisjabatan", "jenisjabatannama"),
    "jabatan": ("namajabatan", "jabatannama"),
    "unit": ("namaunor", "unornama"),
    "opd": ("unorinduk", "unorinduknama", "namaunorinduk"),
    "eselon": ("eselon", "eselonnama"),
    "induk_unit": ("unoratasan", "unoratasannama", "namaunoratasan"),
}
SIASN_REQUIRED = ("nip", "nama", "status", "golongan", "jenis_jabatan", "jabatan", "unit", "opd")
SIASN_LABELS = {
    "nip": "NIP",
    "nama": "NAMA",
    "status": "JENIS PEGAWAI",
    "golongan": "GOL AKHIR",
    "jenis_jabatan": "JENIS JABATAN",
    "jabatan": "NAMA JABATAN",
    "unit": "NAMA UNOR",
    "opd": "UNOR INDUK",
}

#: skpdoc's own layout, in the order of the template (``skpdoc import roster --template``).
SIMPLE_COLUMNS = (
    "nip",
    "nama",
    "status",
    "pangkat",
    "golongan",
    "jabatan",
    "jenis_jabatan",
    "jenjang",
    "opd",
    "unit",
    "induk_unit",
    "penilai",
)
SIMPLE_REQUIRED = ("nip", "nama", "golongan", "jabatan", "jenis_jabatan", "opd")


def normal(header: str) -> str:
    """A header as compared: lowercase letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", header.lower())


SIMPLE: dict[str, tuple[str, ...]] = {name: (normal(name),) for name in SIMPLE_COLUMNS}


@dataclass(frozen=True)
class Layout:
    """A recognised header: the layout's name, where its header is, and the column of each field it found."""

    name: str  # "siasn" | "sederhana"
    header_row: int  # Excel's number of the header row
    columns: dict[str, int]  # field -> 0-based index in the row
    headers: tuple[str, ...]  # the header cells as written, to name a column in a message

    def header(self, field: str) -> str:
        return self.headers[self.columns[field]]


def recognise(file: Path, table: Table) -> Layout:
    """The layout of the table, found in its first rows; raises :class:`SkpdocError` M001 when neither fits."""
    from skpdoc.roster.read import HEADER_SEARCH_ROWS

    first_found: tuple[str, ...] | None = None
    for offset, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        headers = tuple("" if v is None else str(v).strip() for v in row)
        if not any(headers):
            continue
        first_found = first_found or headers
        for name, aliases, required in (("siasn", SIASN, SIASN_REQUIRED), ("sederhana", SIMPLE, SIMPLE_REQUIRED)):
            columns = _columns(headers, aliases)
            if all(f in columns for f in required):
                return Layout(name, table.first_row + offset, columns, headers)
    found = [h for h in first_found or () if h]
    raise SkpdocError(
        code="M001",
        subject=str(file),
        found=", ".join(found) or "-",
        siasn=", ".join(SIASN_LABELS[f] for f in SIASN_REQUIRED),
        simple=", ".join(SIMPLE_REQUIRED),
    )


def _columns(headers: tuple[str, ...], aliases: dict[str, tuple[str, ...]]) -> dict[str, int]:
    by_name: dict[str, int] = {}
    for index, header in enumerate(headers):
        by_name.setdefault(normal(header), index)  # the first of two same-named columns counts
    found: dict[str, int] = {}
    for field, names in aliases.items():
        for name in names:
            if name in by_name:
                found[field] = by_name[name]
                break
    return found


def cell(row: tuple[Cell, ...], layout: Layout, field: str) -> Cell:
    """The raw value of ``field`` in ``row`` (None when the layout has no such column or the row is short)."""
    index = layout.columns.get(field)
    if index is None or index >= len(row):
        return None
    return row[index]


def text(row: tuple[Cell, ...], layout: Layout, field: str) -> str:
    """The value of ``field`` as trimmed text with inner runs of spaces made one ("" when empty)."""
    value = cell(row, layout, field)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())
