"""Reading a roster file: the header row and the data rows of an .xlsx workbook or a .csv file.

Rows keep the number Excel shows (the header is row 1 when it is the first
row), so every problem can name the row the officer sees. Cells come as they
are stored: text, or a number for a cell Excel typed as one (a NIP stored as a
number has already lost its last digits: the layout reports it).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from skpdoc.errors import SkpdocError

Cell = str | int | float | None

#: Rows above the header that a SIASN export may carry (a title, the date of the export).
HEADER_SEARCH_ROWS = 10
#: A roster of a whole province is some 100,000 rows; far beyond that the file is something else.
MAX_ROWS = 200_000


@dataclass(frozen=True)
class Table:
    """The rows of one sheet: ``rows[i]`` is Excel's row ``first_row + i``."""

    rows: list[tuple[Cell, ...]]
    first_row: int = 1


def read_table(path: Path) -> Table:
    """The rows of the roster's first sheet, or of its CSV; raises :class:`SkpdocError` (M002) when unreadable."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise SkpdocError(code="M002", subject=str(path), suffix=path.suffix or "-")


def _read_xlsx(path: Path) -> Table:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        # read-only streams the sheet (5,000 rows in well under a second); data_only gives a formula's last value.
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, KeyError, ValueError) as exc:
        raise SkpdocError(code="M003", subject=str(path), detail=str(exc) or type(exc).__name__) from exc
    try:
        sheet = book.worksheets[0]
        rows: list[tuple[Cell, ...]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(tuple(_cell(v) for v in values))
            if len(rows) > MAX_ROWS:
                raise SkpdocError(code="M004", subject=str(path), limit=MAX_ROWS)
    finally:
        book.close()
    return Table(_trim(rows))


def _cell(value: object) -> Cell:
    if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool)):
        return value
    return str(value)  # a date or a time: never a field this import reads as a number


def _read_csv(path: Path) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SkpdocError(code="M003", subject=str(path), detail=exc.strerror or str(exc)) from exc
    text = decode(raw)
    first = text.split("\n", 1)[0]
    # Excel writes ";" where the decimal separator is a comma (an Indonesian Windows), "," elsewhere.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows: list[tuple[Cell, ...]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(tuple(field if field.strip() else None for field in record))
            if len(rows) > MAX_ROWS:
                raise SkpdocError(code="M004", subject=str(path), limit=MAX_ROWS)
    except csv.Error as exc:
        raise SkpdocError(code="M003", subject=str(path), detail=str(exc)) from exc
    return Table(_trim(rows))


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1252 as Excel's "CSV" writes on Windows, else Latin-1."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # five bytes cp1252 leaves undefined: Latin-1 reads every byte
        return raw.decode("latin-1")


def _trim(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """Without the empty rows at the end (a sheet formatted far below its data)."""
    end = len(rows)
    while end and all(_blank(v) for v in rows[end - 1]):
        end -= 1
    return rows[:end]


def _blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
