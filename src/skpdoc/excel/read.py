"""Read an exported workbook back: its hidden identity sheet, and every row with its cells checked.

Each cell is read by its column's kind; a cell that cannot be read is a
:class:`~skpdoc.errors.Problem` located in the workbook's own terms
(``FILE.xlsx!Indikator!H12``), and reading goes on, so one run reports every
problem of the workbook. Numbers stay numbers (``12`` int, ``12.5`` float; a
cell Excel shows as a percentage is read as the number shown), text stays text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdoc.errors import Problem, SkpdocError, UsageError
from skpdoc.excel import layout
from skpdoc.excel.layout import Column, Sheet
from skpdoc.hints import Suggest
from skpdoc.placeholders import is_placeholder

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_NUMBER = re.compile(r"[+-]?(\d+)([.,]\d+)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_REF = re.compile(r"(?:(\d{18})#)?([a-z0-9][a-z0-9._-]*)(?:\s+[—–-]\s.*)?", re.DOTALL)


@dataclass(frozen=True)
class SpecMeta:
    nip: str
    file: str
    sha256: str
    digest: str


@dataclass(frozen=True)
class Meta:
    """The hidden sheet: where the workbook comes from, and each spec as it was exported."""

    instansi: str
    tahun: int
    opd: str
    periods: tuple[str, ...]
    specs: dict[str, SpecMeta]


@dataclass
class CellRow:
    """One row of a sheet: its number, raw cell values (for the digest) and values read (None: empty)."""

    sheet: Sheet
    number: int
    raw: dict[str, Any]
    values: dict[str, Any]
    letters: dict[str, str]
    bad: set[str] = field(default_factory=set)

    def cell(self, name: str) -> str:
        return f"{self.letters.get(name, 'A')}{self.number}"

    def key(self) -> tuple[Any, ...]:
        return tuple(self.values.get(name) for name in self.sheet.keys)

    @property
    def nip(self) -> str | None:
        value = self.values.get("nip")
        return value if isinstance(value, str) else None


@dataclass
class Book:
    label: str
    meta: Meta
    rows: dict[str, list[CellRow]]
    problems: list[Problem]

    def problem(self, sheet: str, cell: str, code: str, **args: Any) -> Problem:
        return cell_problem(self.label, sheet, cell, code, **args)


def cell_problem(label: str, sheet: str, cell: str, code: str, **args: Any) -> Problem:
    """A problem at ``FILE.xlsx!Sheet!A1`` (printed as the location, without line and column)."""
    return Problem(Path(f"{label}!{sheet}!{cell}"), code, args)


def read_book(path: Path, label: str) -> Book:
    """Open ``path`` and read the hidden sheet and every data sheet; raises for a file that is no export."""
    from openpyxl import load_workbook

    if not path.is_file():
        raise UsageError(code="F002", subject=str(path))
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # any file can be given: a .toml, a damaged zip, XML openpyxl cannot parse
        raise SkpdocError(code="X005", subject=label, detail=str(exc) or type(exc).__name__) from exc
    try:
        if layout.META_SHEET not in book.sheetnames:
            raise SkpdocError(code="X001", subject=label)
        meta = _meta(book[layout.META_SHEET], label)
        rows: dict[str, list[CellRow]] = {}
        problems: list[Problem] = []
        for sheet in layout.SHEETS:
            if sheet.name not in book.sheetnames:
                problems.append(cell_problem(label, sheet.name, "A1", "X006"))
                rows[sheet.name] = []
                continue
            rows[sheet.name] = _rows(book[sheet.name], sheet, label, problems)
        return Book(label, meta, rows, problems)
    finally:
        book.close()


def _meta(sheet: Any, label: str) -> Meta:
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    head = {str(row[0]): row[1] for row in values if row and row[0] is not None and len(row) > 1}
    try:
        if head.get("format") != layout.FORMAT or int(head["versi"]) != layout.VERSION:
            raise SkpdocError(code="X001", subject=label)
        start = next(i for i, row in enumerate(values) if row and row[0] == "nip") + 1
        specs = {
            str(row[0]): SpecMeta(str(row[0]), str(row[1]), str(row[2]), str(row[3]))
            for row in values[start:]
            if row and row[0]
        }
        periods = tuple(p for p in str(head["periode"]).split(",") if p)
        return Meta(str(head["instansi"]), int(head["tahun"]), str(head["opd"]), periods, specs)
    except (KeyError, TypeError, ValueError, IndexError, StopIteration) as exc:
        raise SkpdocError(code="X001", subject=label) from exc


def _rows(sheet: Any, spec_sheet: Sheet, label: str, problems: list[Problem]) -> list[CellRow]:
    rows = sheet.iter_rows()
    header = next(rows, ())
    by_header = {str(c.value).strip(): i for i, c in enumerate(header) if c.value is not None}
    positions: dict[str, int] = {}
    letters: dict[str, str] = {}
    from openpyxl.utils import get_column_letter

    for column in spec_sheet.columns:
        index = by_header.get(column.header)
        if index is None:
            problems.append(cell_problem(label, spec_sheet.name, "A1", "X008", kolom=column.header))
            continue
        positions[column.field] = index
        letters[column.field] = get_column_letter(index + 1)
    out: list[CellRow] = []
    for number, cells in enumerate(rows, 2):
        raw = {
            name: (cells[i].value, getattr(cells[i], "number_format", None)) if i < len(cells) else (None, None)
            for name, i in positions.items()
        }
        if all(_empty(value) for value, _ in raw.values()):
            continue
        row = CellRow(spec_sheet, number, {n: v for n, (v, _) in raw.items()}, {}, letters)
        for column in spec_sheet.columns:
            if column.field not in raw or column.role == "context":
                continue
            value, number_format = raw[column.field]
            try:
                row.values[column.field] = read_cell(column, value, number_format)
            except CellError as exc:
                row.bad.add(column.field)
                problems.append(
                    cell_problem(
                        label, spec_sheet.name, row.cell(column.field), exc.code, kolom=column.header, **exc.params
                    )
                )
        out.append(row)
    return out


class CellError(Exception):
    def __init__(self, code: str, **args: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, args


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: Any) -> str:
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def read_cell(column: Column, value: Any, number_format: str | None = None) -> Any:
    """The value of a cell of ``column``; None when it is empty; raises :class:`CellError` when it cannot be read."""
    if _empty(value):
        return None
    if isinstance(value, str):
        value = value.replace("\r\n", "\n")
        if is_placeholder(value):
            return value.strip()
    kind = column.kind
    if kind in ("number", "numtext") and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _percent(value) if number_format and "%" in number_format else value
    if kind == "number":
        if isinstance(value, str) and (match := _NUMBER.fullmatch(value.strip())):
            return float(value.strip().replace(",", ".")) if match.group(2) else int(value.strip())
        raise CellError("X010", value=_shown(value))
    if kind == "date":
        return _date(value)
    if isinstance(value, (dt.date, dt.datetime)):
        value = value.strftime("%Y-%m-%d")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if kind in ("nip", "id", "ref"):
            raise CellError("X015" if kind == "nip" else "X017", value=_shown(value))
        value = layout.number_text(value)
    text = str(value)
    if kind == "choice":
        return _choice(column, text)
    if kind == "lines":
        return [line.strip() for line in text.split("\n") if line.strip()]
    if kind == "nip":
        if not re.fullmatch(r"\d{18}", text.strip()):
            raise CellError("X015", value=_shown(text))
        return text.strip()
    if kind == "id":
        if not _ID.fullmatch(text.strip()) or len(text.strip()) > 64:
            raise CellError("X017", value=_shown(text))
        return text.strip()
    if kind == "ref":
        return _ref(text)
    return text


def _percent(value: float) -> int | float:
    shown = round(value * 100, 10)
    return int(shown) if shown.is_integer() else shown


def _date(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text).isoformat()
        if match := _DAY_FIRST.fullmatch(text):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day).isoformat()
    except ValueError:
        pass
    raise CellError("X012", value=_shown(value))


def _normal(text: str) -> str:
    return re.sub(r"[\s_]+", "-", text.strip().lower())


def _choice(column: Column, text: str) -> str:
    known = {_normal(value): value for value in column.choices} | {
        _normal(shown): value for value, shown in column.choices.items()
    }
    found = known.get(_normal(text))
    if found is None:
        choices = list(dict.fromkeys(column.choices.values()))
        raise CellError("X011", value=_shown(text), suggestion=Suggest.among(text.strip(), choices))
    return found


def _ref(text: str) -> str:
    """``rhk-2 — text`` (the penilai's RHK, from the list) → ``#rhk-2``; ``<nip>#<id>`` as written."""
    match = _REF.fullmatch(text.strip())
    if match is None:
        raise CellError("X019", value=_shown(text))
    nip, rhk_id = match.groups()
    return f"{nip or ''}#{rhk_id}"
