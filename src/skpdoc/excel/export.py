"""Write the workbook of one OPD: instructions, one sheet per kind of row, drop-down lists, a hidden sheet.

Every cell goes through :mod:`skpdoc.sheets` (spec text stays text). Cells a
user may edit are unlocked; keys (NIP, ids, periode) and context (names, IKI
beside a realisasi) are locked and grey, and each sheet is protected without a
password, so the round trip cannot be broken by accident. Below the data every
column is unlocked, which is where new rows go. The workbook's structure is
protected too: the hidden sheets (the drop-down lists, and the workspace
identity with each spec's SHA-256 and digest) cannot be unhidden or deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skpdoc import __version__, paths, spec, workspace
from skpdoc.errors import InvalidSpecs, Problem, Severity, UsageError
from skpdoc.excel import layout, proposals
from skpdoc.excel.instructions import INSTRUCTIONS
from skpdoc.excel.layout import Column, Row, Sheet
from skpdoc.files import write_atomic
from skpdoc.hints import require_known
from skpdoc.placeholders import is_placeholder
from skpdoc.reference import PERIODE
from skpdoc.sheets import append, put
from skpdoc.textsafe import visible

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet.worksheet import Worksheet

#: Rows below the data that still get the drop-down lists (new rows are added there).
SPARE_ROWS = 500
_GREY = "F2F2F2"
_HEAD = "D9E2F3"
#: Proposals to confirm (belum_dikonfirmasi): the value's cells and the row's Konfirmasi cell.
_PROPOSAL = "FFE699"
_FORMATS = {"nip": "@", "id": "@", "date": "yyyy-mm-dd", "ref": "@"}


@dataclass(frozen=True)
class ExportResult:
    """What was exported: the workbook, the OPD, its employees and the rows per sheet."""

    output: Path
    opd: str
    pegawai: int
    rows: dict[str, int]


def export_xlsx(
    path: str | Path, opd: str, output: str | Path, *, periode: Sequence[str] = (), force: bool = False
) -> ExportResult:
    """Write the workbook of the OPD ``opd`` of the workspace holding ``path`` to ``output``.

    ``periode`` limits the evaluation sheets to those periods (default: all five); the
    import then leaves the other periods alone. Refuses an OPD whose files do not
    parse or break the schema (they are listed), and an existing ``output`` unless ``force``.
    """
    root = workspace.find_root(Path(path))
    workspace.opd_folder(root, opd)
    target = Path(output)
    if target.exists() and not force:
        raise UsageError(code="F003", subject=str(target))
    if target.suffix.lower() != ".xlsx":
        raise UsageError(code="X007", subject=str(target))
    require_known("--periode", periode, PERIODE)
    periods = tuple(p for p in PERIODE if p in periode) or tuple(PERIODE)
    loaded = workspace.load(root)
    require_known("--opd", [opd], loaded.opds)
    files = loaded.opds[opd]
    broken = [
        p
        for checked in [loaded.config, *([files.opd] if files.opd else []), *files.pegawai]
        if not checked.usable
        for p in checked.problems
        if p.severity is Severity.ERROR
    ]
    if broken:
        raise InvalidSpecs(sorted(broken, key=Problem.sort_key))
    assert loaded.config.doc is not None
    config = loaded.config.doc.data
    rhk_text = rhk_texts(loaded)
    names = people_names(loaded)
    people = [(c.path, c.doc.data) for c in files.pegawai if c.doc is not None]
    book, counts = _workbook(root, opd, config, people, periods, rhk_text, names)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(target, buffer.getvalue())
    return ExportResult(target, opd, len(people), counts)


def rhk_texts(loaded: workspace.LoadedWorkspace) -> dict[str, dict[str, str]]:
    """NIP → {RHK id: RHK text} of every readable spec of the workspace (the intervensi lists)."""
    out: dict[str, dict[str, str]] = {}
    for files in loaded.opds.values():
        for checked in files.pegawai:
            if checked.doc is None or not checked.usable:
                continue
            data = checked.doc.data
            out[data["pegawai"]["nip"]] = {
                str(rhk.get("id")): str(rhk.get("rhk")) for _, rhk in layout.iter_rhk(data) if rhk.get("id")
            }
    return out


def people_names(loaded: workspace.LoadedWorkspace) -> dict[str, str]:
    """NIP → "nama — jabatan" of every readable spec of the workspace (who a penilai's NIP is)."""
    out: dict[str, str] = {}
    for files in loaded.opds.values():
        for checked in files.pegawai:
            if checked.doc is not None and checked.usable:
                person = checked.doc.data["pegawai"]
                out[person["nip"]] = f"{person['nama']} — {person.get('jabatan', '')}"
    return out


def cell_value(column: Column, value: Any) -> Any:
    """What a cell holds for ``value``: dates as dates, choices as shown, text as :func:`skpdoc.sheets.put` keeps it."""
    if value is None or value == "":
        return None
    if column.kind == "date" and isinstance(value, str) and not is_placeholder(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if column.kind == "choice" and isinstance(value, str):
        value = column.choices.get(value, value)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        value = str(value)
    return visible(value) if isinstance(value, str) else value


def _workbook(
    root: Path,
    opd: str,
    config: Mapping[str, Any],
    people: list[tuple[Path, dict[str, Any]]],
    periods: tuple[str, ...],
    rhk_text: Mapping[str, Mapping[str, str]],
    names: Mapping[str, str],
) -> tuple[Workbook, dict[str, int]]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.workbook.protection import WorkbookProtection

    book = Workbook()
    guide = book.active
    assert guide is not None
    guide.title = layout.INSTRUCTIONS_SHEET
    for line in INSTRUCTIONS:
        row = append(guide, [line])
        guide.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    guide["A1"].font = Font(bold=True, size=13)
    guide.column_dimensions["A"].width = 120
    guide.protection.sheet = True
    styles = _Palette(book)
    all_rows: dict[str, list[Row]] = {sheet.name: [] for sheet in layout.SHEETS}
    meta: list[list[Any]] = []
    marks: dict[tuple[str, tuple[Any, ...]], set[str]] = {}
    for file, data in people:
        marks |= proposals.marks(data)
        written = written_rows(root, file, data, periods, rhk_text, names)
        for name, sheet_rows in written.items():
            all_rows[name] += sheet_rows
        raw = paths.read_regular(file, spec.MAX_SPEC_BYTES)
        rel = file.relative_to(root).as_posix()
        meta.append([data["pegawai"]["nip"], rel, hashlib.sha256(raw).hexdigest(), layout.digest(written)])
    sheets = {sheet.name: _data_sheet(book, sheet, all_rows[sheet.name], styles, marks) for sheet in layout.SHEETS}
    _lists(book, sheets[layout.RHK.name], people, all_rows[layout.RHK.name], rhk_text)
    _meta(book, config, opd, periods, meta)
    book.security = WorkbookProtection(lockStructure=True)
    return book, {name: len(rows) for name, rows in all_rows.items()}


def written_rows(
    root: Path,
    file: Path,
    data: Mapping[str, Any],
    periods: tuple[str, ...],
    rhk_text: Mapping[str, Mapping[str, str]],
    names: Mapping[str, str] | None = None,
) -> dict[str, list[Row]]:
    """One employee's rows as their cells hold them, per sheet (what :func:`layout.digest` is taken of).

    ``names`` (see :func:`people_names`) only fills context cells, which the digest leaves out.
    """
    rows = layout.spec_rows(data, periods, rhk_text)
    rows[layout.PEGAWAI.name] = [_pegawai_row(root, file, data, names or {})]
    return {
        sheet.name: [{c.field: cell_value(c, row.get(c.field)) for c in sheet.columns} for row in rows[sheet.name]]
        for sheet in layout.SHEETS
    }


def _pegawai_row(root: Path, file: Path, data: Mapping[str, Any], names: Mapping[str, str]) -> Row:
    person = data["pegawai"]
    penilai = data.get("pejabat_penilai")
    penetapan = data.get("penetapan")
    if not isinstance(penetapan, dict):
        penetapan = {}
    pangkat = ", ".join(str(v) for v in (person.get("pangkat"), person.get("golongan")) if v)
    outside = {
        f"{field}.{key}": official.get(key)
        for field, official in (("penilai_luar", penilai), ("atasan_luar", data.get("atasan_pejabat_penilai")))
        if isinstance(official, dict)
        for key in proposals.OUTSIDE
    }
    return outside | {
        "nip": person["nip"],
        "nama": person["nama"],
        "jabatan": person.get("jabatan"),
        "jenis_jabatan": person.get("jenis_jabatan"),
        "jenjang": person.get("jenjang"),
        "golongan": pangkat,
        "unit": person.get("unit"),
        "penilai": proposals.describe(penilai, names) if penilai is not None else None,
        "usulan": proposals.pegawai_text(data, names),
        "penilai_nip": penilai if isinstance(penilai, str) else None,
        "penetapan_tempat": penetapan.get("tempat"),
        "penetapan_tanggal": penetapan.get("tanggal"),
        "pendekatan": data.get("pendekatan"),
        "berkas": file.relative_to(root).as_posix(),
    }


class _Palette:
    """Cell styles made once and copied onto cells (openpyxl's per-cell style assignment is the slow part)."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.made: dict[tuple[str, str], StyleArray] = {}

    def get(self, role: str, kind: str) -> StyleArray:
        key = (role, kind)
        if key not in self.made:
            from openpyxl.styles import Alignment, Font, PatternFill, Protection

            scratch = self.book.create_sheet("_")
            cell = scratch.cell(1, 1)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.number_format = _FORMATS.get(kind, "General")
            if role == "head":
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor=_HEAD)
            elif role in ("edit", "spare", "proposal"):
                cell.protection = Protection(locked=False)
                if role == "proposal":
                    cell.fill = PatternFill("solid", fgColor=_PROPOSAL)
            elif role == "proposal-context":
                cell.fill = PatternFill("solid", fgColor=_PROPOSAL)
            else:
                cell.fill = PatternFill("solid", fgColor=_GREY)
            self.made[key] = copy(cell._style)
            self.book.remove(scratch)
        return self.made[key]


def _data_sheet(
    book: Workbook,
    spec_sheet: Sheet,
    rows: list[Row],
    styles: _Palette,
    marks: Mapping[tuple[str, tuple[Any, ...]], set[str]],
) -> Worksheet:
    from openpyxl.utils import get_column_letter

    sheet: Worksheet = book.create_sheet(spec_sheet.name)
    append(sheet, [c.header for c in spec_sheet.columns])
    for cell in sheet[1]:
        _restyle(cell, styles.get("head", "text"))
    column_styles = [styles.get("edit" if c.role == "edit" else "locked", c.kind) for c in spec_sheet.columns]
    # A row without proposals has nothing to confirm: its Konfirmasi cell is locked and grey.
    plain_styles = [
        styles.get("locked", c.kind) if c.field == "konfirmasi" else style
        for c, style in zip(spec_sheet.columns, column_styles, strict=True)
    ]
    for row in rows:
        number = append(sheet, [row.get(c.field) for c in spec_sheet.columns])
        marked = marks.get((spec_sheet.name, tuple(row.get(k) for k in spec_sheet.keys)))
        for index, (column, style) in enumerate(zip(spec_sheet.columns, plain_styles, strict=True), 1):
            if marked is not None and column.field in marked:
                style = styles.get("proposal" if column.role == "edit" else "proposal-context", column.kind)
            elif column.role == "edit" and layout.locked(spec_sheet, column.field, row):
                style = styles.get("locked", column.kind)
            _restyle(sheet.cell(number, index), style)
    last = sheet.max_row + SPARE_ROWS
    for index, column in enumerate(spec_sheet.columns, 1):
        letter = get_column_letter(index)
        dimension = sheet.column_dimensions[letter]
        dimension.width = column.width
        _restyle(dimension, styles.get("spare", column.kind))  # new rows below the data: every cell editable
        if column.kind == "choice" and (column.role == "edit" or spec_sheet is not layout.PEGAWAI):
            _choice_list(sheet, column, f"{letter}2:{letter}{last}")
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec_sheet.columns))}{max(2, sheet.max_row)}"
    if spec_sheet is layout.PEGAWAI:
        dimension_style = styles.get("locked", "text")
        for index in range(1, len(spec_sheet.columns) + 1):
            _restyle(sheet.column_dimensions[get_column_letter(index)], dimension_style)
    _protect(sheet)
    return sheet


def _restyle(target: Any, style: StyleArray) -> None:
    """Give a cell or a column a style made by :class:`_Palette` (a copy: openpyxl shares nothing by reference)."""
    target._style = copy(style)


def _protect(sheet: Worksheet) -> None:
    """No password (the instructions say so): protection only keeps keys from being edited by accident."""
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _choice_list(sheet: Worksheet, column: Column, ref: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    shown = list(dict.fromkeys(column.choices.values()))
    rule = DataValidation(type="list", formula1='"' + ",".join(shown) + '"', allow_blank=True)
    rule.error = "Pilih salah satu: " + ", ".join(shown)
    rule.errorTitle = column.header
    rule.showErrorMessage = True
    rule.add(ref)
    sheet.add_data_validation(rule)


def _lists(
    book: Workbook,
    rhk_sheet: Worksheet,
    people: list[tuple[Path, dict[str, Any]]],
    rows: list[Row],
    rhk_text: Mapping[str, Mapping[str, str]],
) -> None:
    """The superiors' RHK as drop-down lists for the intervensi column: one block per penilai in a hidden sheet,
    one named range per employee (``rhk_<nip>``); rows written get their penilai's block, new rows below the data
    find it through the NIP typed in column A (``INDIRECT``)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.cell_range import MultiCellRange
    from openpyxl.worksheet.datavalidation import DataValidation

    lists = book.create_sheet(layout.LISTS_SHEET)
    blocks: dict[str, str] = {}
    for _, data in people:
        penilai = layout.penilai_nip(data)
        if penilai is None or not rhk_text.get(penilai):
            continue
        if penilai not in blocks:
            first = lists.max_row + 1 if lists.max_row > 1 or lists["A1"].value else 1
            for rhk_id, text in rhk_text[penilai].items():
                put(lists.cell(first, 1), penilai)
                put(lists.cell(first, 2), layout.rhk_choice(rhk_id, text))
                first += 1
            count = len(rhk_text[penilai])
            blocks[penilai] = f"'{layout.LISTS_SHEET}'!$B${first - count}:$B${first - 1}"
        name = f"rhk_{data['pegawai']['nip']}"
        book.defined_names[name] = DefinedName(name, attr_text=blocks[penilai])
    column = 1 + [c.field for c in layout.RHK.columns].index("intervensi")
    letter = get_column_letter(column)
    by_penilai: dict[str, list[str]] = {}
    penilai_of = {data["pegawai"]["nip"]: layout.penilai_nip(data) for _, data in people}
    for number, row in enumerate(rows, 2):
        penilai = penilai_of.get(row["nip"])
        if penilai in blocks:
            by_penilai.setdefault(blocks[penilai], []).append(f"{letter}{number}")
    for block, cells in by_penilai.items():
        rule = _intervensi_rule(DataValidation, "=" + block)
        rule.sqref = MultiCellRange(" ".join(cells))
        rhk_sheet.add_data_validation(rule)
    first_new = len(rows) + 2
    rule = _intervensi_rule(DataValidation, f'=INDIRECT("rhk_"&$A{first_new})')
    rule.add(f"{letter}{first_new}:{letter}{first_new + SPARE_ROWS}")
    rhk_sheet.add_data_validation(rule)
    lists.sheet_state = "veryHidden"
    lists.protection.sheet = True


def _intervensi_rule(factory: Any, formula: str) -> Any:
    # A warning, not a stop: an RHK of someone other than the penilai may be typed as <nip>#<id>.
    rule = factory(type="list", formula1=formula, allow_blank=True, errorStyle="warning", showErrorMessage=True)
    rule.errorTitle = "RHK atasan"
    rule.error = "Bukan RHK pejabat penilai. Pilih dari daftar, atau tulis <nip>#<id-rhk>."
    return rule


def _meta(
    book: Workbook, config: Mapping[str, Any], opd: str, periods: tuple[str, ...], specs: list[list[Any]]
) -> None:
    """The hidden sheet an import checks first: which workspace, year and OPD, and each spec as exported."""
    sheet = book.create_sheet(layout.META_SHEET)
    for key, value in (
        ("format", layout.FORMAT),
        ("versi", layout.VERSION),
        ("instansi", str(config["instansi"])),
        ("tahun", int(config["tahun"])),
        ("opd", opd),
        ("periode", ",".join(periods)),
        ("skpdoc", __version__),
    ):
        append(sheet, [key, value])
    append(sheet)
    append(sheet, ["nip", "berkas", "sha256", "digest"])
    for row in specs:
        append(sheet, row)
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True
