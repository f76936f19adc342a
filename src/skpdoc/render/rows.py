"""Let table rows that cannot fit on one page break across pages, so that no text is clipped.

The forms keep each table row on one page (``<w:cantSplit/>``): an indicator's
row must not be cut between pages when it fits. But LibreOffice does not move a
row that may not split and is taller than a page: it clips it, and the words
past the page's end are silently missing from the PDF. Only the data decides
whether a row is that tall (an RHK of 8,000 characters, sixty bukti dukung), so
after rendering each row's height is estimated from its text, its columns'
widths and its paragraphs' font sizes, and a row (with every row that a
vertically merged cell of it spans) that may come near a page's height is
allowed to split. Rows that fit stay together.

Rows joined by a vertically merged cell (an RHK's indicator rows) are first kept together as a group, and a
group taller than a page is cut into parts that repeat the merged cells (:mod:`skpdoc.render.rowgroups`).

The estimate errs towards "too tall": a row estimated at more than
:data:`SPLIT_FROM` of the page body that would in fact fit only loses its
keep-together, while one that is clipped loses words. The build checks every
PDF against its .docx's words (:mod:`skpdoc.textcheck`) in case an estimate is
ever wrong.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from lxml import etree

from skpdoc.render import rowgroups

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_VAL = f"{_W}val"
_WIDTH, _TYPE = f"{_W}w", f"{_W}type"
_TR, _TRPR, _TC, _TCPR = f"{_W}tr", f"{_W}trPr", f"{_W}tc", f"{_W}tcPr"
_GRIDSPAN, _TCW, _VMERGE = f"{_W}gridSpan", f"{_W}tcW", f"{_W}vMerge"

#: Share of the page body above which a row is allowed to split.
SPLIT_FROM = 0.6
#: Share of the page body up to which a group of rows (an RHK and its indicators) is kept together, and the
#: most each part of a longer group holds: the table's repeated heading rows take about a seventh of a
#: landscape page, and the estimate errs tall, so a part this tall still fits under them.
KEEP_UP_TO = 0.75
#: Average advance of a character, in ems: Arial/Liberation Sans average about 0.5 for mixed Indonesian text;
#: a little more, so that narrow columns and capitals are not under-estimated.
CHAR_EM = 0.56
#: Word wrapping leaves the end of most lines empty.
WRAP_WASTE = 1.12
LINE_EM = 1.17  # Liberation Sans ascent + descent
_A4_BODY = 16838 - 2 * 1134  # twips: portrait A4 with 2 cm margins, when a document names no page size
_GATE_MARGINS = 600  # twips: more than any cell's left and right margins together, for an upper bound
_CELL_WIDTH = re.compile(r'<w:tcW w:w="(\d+)" w:type="dxa"/>')
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_PAGE_HEIGHT = re.compile(r'<w:pgSz [^>]*?w:h="(\d+)"')
_PAGE_MARGINS = re.compile(r'<w:pgMar [^>]*?w:(?:top|bottom)="(-?\d+)"[^>]*?w:(?:top|bottom)="(-?\d+)"')


@dataclass(frozen=True)
class _Style:
    size: float  # points
    before: int  # twips
    after: int
    line: float  # line spacing factor


@dataclass(frozen=True)
class _Styles:
    default: _Style
    by_id: dict[str, _Style]
    largest: _Style  # the largest size, line factor and spacing of any style: for bounds


def _largest(styles: list[_Style]) -> _Style:
    return _Style(
        max(s.size for s in styles),
        max(s.before for s in styles),
        max(s.after for s in styles),
        max(s.line for s in styles),
    )


def split_tall_rows(document_xml: str, styles_xml: bytes | None) -> str:
    """``document_xml`` with the rows of each merged group kept together (cut with a repeated lead where a
    group is taller than a page, :mod:`skpdoc.render.rowgroups`), and ``cantSplit`` removed from the rows
    that may be taller than a page."""
    grouped = "<w:vMerge" in document_xml
    if "cantSplit" not in document_xml and not grouped:
        return document_xml
    styles = _parse_styles(styles_xml or b"")
    tall = _may_hold_a_tall_cell(document_xml, styles)  # a look at the text, without parsing it
    if not grouped and not tall:
        return document_xml  # most forms without merged cells
    root = etree.fromstring(document_xml.encode("utf-8"))
    body = _body_height(root)
    changed = False
    for table in list(root.iter(f"{_W}tbl")):
        merged = grouped and table.find(f"{_W}tr/{_W}tc/{_W}tcPr/{_W}vMerge") is not None
        if not (merged or tall):
            continue
        measured = _Measured(table, styles)
        if merged:
            held = rowgroups.keep_groups(
                measured.rows, measured.cells, KEEP_UP_TO * body, height=measured.height, bound=measured.bound
            )
            if held and len(table.findall(_TR)) != len(measured.rows):  # a continuation row was added
                measured = _Measured(table, styles)
            changed |= held
        if tall:
            changed |= _release_rows(measured, SPLIT_FROM * body)
    if not changed:
        return document_xml
    head, _, _ = document_xml.partition("<w:document")
    return head + str(etree.tostring(root, encoding="unicode"))


class _Cell(NamedTuple):
    column: int  # the first grid column it covers
    element: etree._Element
    width: int  # twips
    merge: str  # "" not merged vertically, "restart" the merge's first cell, "continue" a cell merged into it


def _may_hold_a_tall_cell(xml: str, styles: _Styles) -> bool:
    """Whether any cell may pass the limit, by an upper bound read off the text: each cell's characters and
    line breaks at the largest font size in its own width less generous margins. Where the text does not allow
    that reading (a cell without a width, a table in a cell), the full estimate decides."""
    heights = [int(h) for h in _PAGE_HEIGHT.findall(xml)]
    margins = _PAGE_MARGINS.findall(xml)
    if not heights or len(margins) != len(heights):
        return True
    body = min(h - abs(int(a)) - abs(int(b)) for h, (a, b) in zip(heights, margins, strict=True))
    largest = styles.largest
    line = largest.size * 20 * LINE_EM * largest.line
    for piece in xml.split("</w:tc>")[:-1]:
        start = max(piece.rfind("<w:tc>"), piece.rfind("<w:tc "))
        text = piece[start:]
        width = _CELL_WIDTH.search(text)
        if start < 0 or width is None:
            return True  # the end of a cell that held a table, or a cell without a width
        per_line = max(1.0, (int(width.group(1)) - _GATE_MARGINS) / (CHAR_EM * largest.size * 20))
        chars = sum(len(t) for t in _TEXT.findall(text))
        breaks = (
            text.count("<w:p>")
            + text.count("<w:p ")
            + text.count("<w:br")
            + text.count("<w:cr")
            + text.count("<w:tab/>")
        )
        bound = (chars * WRAP_WASTE / per_line + breaks) * line + breaks * (largest.before + largest.after)
        if bound > SPLIT_FROM * body:
            return True
    return False


class _Measured:
    """A table's rows and cells with their place in the grid, and the estimates of the cells' heights
    (each computed once: keeping groups together and releasing tall rows ask for the same cells)."""

    def __init__(self, table: etree._Element, styles: _Styles) -> None:
        self.rows = table.findall(_TR)
        grid = [int(col.get(_WIDTH, "0") or 0) for col in table.iterfind(f"{_W}tblGrid/{_W}gridCol")]
        self.margins = _cell_margins(table)
        self.cells = [_row_cells(row, grid) for row in self.rows]
        self.styles = styles
        self._bounds: dict[etree._Element, float] = {}
        self._heights: dict[etree._Element, float] = {}

    def bound(self, cell: _Cell) -> float:
        """A quick upper bound of :meth:`height`."""
        found = self._bounds.get(cell.element)
        if found is None:
            found = self._bounds[cell.element] = _height_bound(cell.element, self._usable(cell), self.styles)
        return found

    def height(self, cell: _Cell) -> float:
        found = self._heights.get(cell.element)
        if found is None:
            found = self._heights[cell.element] = _cell_height(cell.element, self._usable(cell), self.styles)
        return found

    def _usable(self, cell: _Cell) -> int:
        return max(cell.width - self.margins, 200)


def _release_rows(table: _Measured, limit: float) -> bool:
    cells = table.cells
    release: set[int] = set()
    for index, row_cells in enumerate(cells):
        for cell in row_cells:
            if cell.merge == "continue":
                continue  # its content is the restart cell's
            if table.bound(cell) <= limit or table.height(cell) <= limit:
                continue
            span = 1
            if cell.merge:
                while index + span < len(cells) and _continues(cells[index + span], cell.column):
                    span += 1
            release.update(range(index, index + span))
    changed = False
    for index in release:
        for keep in table.rows[index].findall(f"{_W}trPr/{_W}cantSplit"):
            if keep.get(_VAL) not in ("0", "false"):
                keep.getparent().remove(keep)
                changed = True
    return changed


def _row_cells(row: etree._Element, grid: list[int]) -> list[_Cell]:
    """The cells of ``row`` with their place in the grid; one pass over the children (most rows are small)."""
    out = []
    column = 0
    for child in row:
        if child.tag == _TRPR:
            before = child.find(f"{_W}gridBefore")
            column = int(before.get(_VAL, "0") or 0) if before is not None else 0
        if child.tag != _TC:
            continue
        span, declared, merge = 1, 0, ""
        properties = child.find(_TCPR)
        for prop in properties if properties is not None else ():
            if prop.tag == _GRIDSPAN:
                span = int(prop.get(_VAL, "1") or 1)
            elif prop.tag == _TCW and prop.get(_TYPE) == "dxa":
                declared = int(prop.get(_WIDTH, "0") or 0)
            elif prop.tag == _VMERGE:
                merge = "restart" if prop.get(_VAL) == "restart" else "continue"
        out.append(_Cell(column, child, declared or sum(grid[column : column + span]) or 2000, merge))
        column += span
    return out


def _continues(row_cells: list[_Cell], column: int) -> bool:
    return any(cell.column == column and cell.merge == "continue" for cell in row_cells)


def _cell_margins(table: etree._Element) -> int:
    total = 0
    for side in ("left", "right", "start", "end"):
        margin = table.find(f"{_W}tblPr/{_W}tblCellMar/{_W}{side}")
        if margin is not None:
            total += int(margin.get(f"{_W}w", "0") or 0)
    return total or 216  # Word's default: 0.08" each side


def _height_bound(cell: etree._Element, width: int, styles: _Styles) -> float:
    """A quick upper bound of :func:`_cell_height`: nearly every cell is far below a page, and this says so
    without looking at its paragraphs one by one."""
    chars = sum(len(text) for text in cell.itertext(f"{_W}t"))
    breaks = sum(1 for _ in cell.iter(f"{_W}p", f"{_W}br", f"{_W}cr", f"{_W}tab"))
    per_line = max(1.0, width / (CHAR_EM * styles.largest.size * 20))
    line = styles.largest.size * 20 * LINE_EM * styles.largest.line
    return (chars * WRAP_WASTE / per_line + breaks) * line + breaks * (styles.largest.before + styles.largest.after)


def _cell_height(cell: etree._Element, width: int, styles: _Styles) -> float:
    height = 0.0
    for child in cell:
        if child.tag == f"{_W}p":
            height += _paragraph_height(child, width, styles)
        elif child.tag == f"{_W}tbl":  # a nested table: its rows one under the other
            grid = [int(c.get(f"{_W}w", "0") or 0) for c in child.iterfind(f"{_W}tblGrid/{_W}gridCol")]
            margins = _cell_margins(child)
            for row in child.iterfind(f"{_W}tr"):
                heights = [_cell_height(c.element, max(c.width - margins, 200), styles) for c in _row_cells(row, grid)]
                height += max(heights, default=0.0)
    return height


def _paragraph_height(paragraph: etree._Element, width: int, styles: _Styles) -> float:
    style_el = paragraph.find(f"{_W}pPr/{_W}pStyle")
    style = styles.by_id.get(style_el.get(_VAL, "") if style_el is not None else "", styles.default)
    size = style.size
    for sz in paragraph.iterfind(f".//{_W}rPr/{_W}sz"):
        size = max(size, int(sz.get(_VAL, "0") or 0) / 2)
    per_line = max(1.0, width / (CHAR_EM * size * 20))
    lines = 0
    segment = 0
    for node in paragraph.iter(f"{_W}t", f"{_W}br", f"{_W}cr", f"{_W}tab"):
        if node.tag == f"{_W}t":
            segment += len(node.text or "")
        elif node.tag == f"{_W}tab":
            segment += 4
        elif node.get(f"{_W}type") in (None, "textWrapping"):
            lines += max(1, math.ceil(segment * WRAP_WASTE / per_line))
            segment = 0
    lines += max(1, math.ceil(segment * WRAP_WASTE / per_line))
    return lines * size * 20 * LINE_EM * style.line + style.before + style.after


def _body_height(root: etree._Element) -> float:
    """The height of the smallest page body among the document's sections, in twips."""
    heights = []
    for section in root.iter(f"{_W}sectPr"):
        size, margin = section.find(f"{_W}pgSz"), section.find(f"{_W}pgMar")
        if size is None:
            continue
        height = int(size.get(f"{_W}h", "0") or 0)
        if margin is not None:
            height -= abs(int(margin.get(f"{_W}top", "0") or 0)) + abs(int(margin.get(f"{_W}bottom", "0") or 0))
        if height > 0:
            heights.append(height)
    return float(min(heights, default=_A4_BODY))


@lru_cache(maxsize=32)
def _parse_styles(styles_xml: bytes) -> _Styles:
    """Font size and spacing of each paragraph style, following ``basedOn``."""
    fallback = _Style(11.0, 0, 0, 1.0)
    if not styles_xml:
        return _Styles(fallback, {}, fallback)
    root = etree.fromstring(styles_xml)
    base = _own(
        root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr"), root.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr")
    )
    raw: dict[str, tuple[str | None, dict[str, float]]] = {}
    default_id = ""
    for style in root.iterfind(f"{_W}style"):
        if style.get(f"{_W}type") != "paragraph":
            continue
        ident = style.get(f"{_W}styleId", "")
        based = style.find(f"{_W}basedOn")
        raw[ident] = (
            based.get(_VAL) if based is not None else None,
            _own(style.find(f"{_W}rPr"), style.find(f"{_W}pPr")),
        )
        if style.get(f"{_W}default") in ("1", "true"):
            default_id = ident

    def resolve(ident: str, depth: int = 0) -> dict[str, float]:
        parent, own = raw.get(ident, (None, {}))
        inherited = resolve(parent, depth + 1) if parent and depth < 20 else base
        return {**inherited, **own}

    def style_of(values: dict[str, float]) -> _Style:
        merged = {"size": 11.0, "before": 0.0, "after": 0.0, "line": 1.0, **base, **values}
        return _Style(merged["size"], int(merged["before"]), int(merged["after"]), merged["line"])

    by_id = {ident: style_of(resolve(ident)) for ident in raw}
    default = by_id.get(default_id, style_of({}))
    return _Styles(default, by_id, _largest([default, *by_id.values()]))


def _own(rpr: etree._Element | None, ppr: etree._Element | None) -> dict[str, float]:
    """What a style (or the document defaults) sets itself: size, spacing, line factor."""
    values: dict[str, float] = {}
    if rpr is not None and (sz := rpr.find(f"{_W}sz")) is not None:
        values["size"] = int(sz.get(_VAL, "22") or 22) / 2
    if ppr is not None and (spacing := ppr.find(f"{_W}spacing")) is not None:
        for side in ("before", "after"):
            if spacing.get(f"{_W}{side}") is not None:
                values[side] = abs(int(spacing.get(f"{_W}{side}") or 0))
        line, rule = spacing.get(f"{_W}line"), spacing.get(f"{_W}lineRule", "auto")
        if line and rule == "auto":
            values["line"] = max(1.0, int(line) / 240)
    return values
