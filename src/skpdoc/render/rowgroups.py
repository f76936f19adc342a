"""Keep the rows of one RHK together, and repeat its number and text where it must continue on a new page.

An RHK's indicators are rows of their own under cells merged vertically over them (NO, the RHK, the leader's
RHK); the Matriks does the same for a subordinate's RHK. Such a *group* of rows is one thing to the reader.
Word and LibreOffice keep a row with the next when every paragraph of it is "keep with next" and the row may not
split, so each group gets ``w:cantSplit`` on its rows and ``w:keepNext`` on the paragraphs of all but its last
row: it moves to the next page whole rather than leave its number on one page and its indicators on the next.

A group taller than a page cannot stay together. It is cut, between rows, into parts that each fit
(:data:`skpdoc.render.rows.KEEP_UP_TO` of a page body, as estimated there), and every part after the first
repeats the merged cells: the continuation shows the RHK's number and text, the text marked
:data:`LANJUTAN`. When the group opens with a *lead row* (the merged cells and one other cell, as the RHK
line of the kualitatif forms above its criteria), that row is repeated instead, marked too. A group whose
merged cell alone is taller than a part would be is left to split where it falls (and to lose its
``cantSplit``, :mod:`skpdoc.render.rows`), since repeating it would not fit either.

The estimate errs towards tall, so a group near the limit may be cut although it would have fitted: then a
"(lanjutan)" part may start on the same page, which loses nothing.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_VAL = f"{_W}val"

#: The mark of a repeated RHK on its continuation, a paragraph of its own under the repeated text.
LANJUTAN = "(lanjutan)"
#: Cells narrower than this (twips, ~16 mm: a NO column) repeat their text without the mark.
MARK_FROM_WIDTH = 900


class Cell(Protocol):
    """A cell with its place in the table grid (:class:`skpdoc.render.rows._Cell`)."""

    @property
    def column(self) -> int: ...
    @property
    def element(self) -> etree._Element: ...
    @property
    def width(self) -> int: ...
    @property
    def merge(self) -> str: ...  # "", "restart" or "continue"


AnyCell = TypeVar("AnyCell", bound=Cell)


def keep_groups(
    rows: Sequence[etree._Element],
    cells: Sequence[Sequence[AnyCell]],
    limit: float,
    *,
    height: Callable[[AnyCell], float],
    bound: Callable[[AnyCell], float],
) -> bool:
    """Keep each group of rows of a table together, cutting those taller than ``limit`` (twips) with a
    continuation that repeats the merged cells. ``height`` estimates the height of a cell's content,
    ``bound`` gives a quick upper bound of it (enough for nearly every group). Returns whether anything
    changed."""
    changed = False
    # From the last group up: a continuation row inserted does not move the groups above it.
    for start, end in reversed(_groups(rows, cells)):
        if _tallest(cells, start, end, bound) <= limit:
            _hold(rows[start:end])
            changed = True
        else:
            changed |= _keep(rows, cells, start, end, height, limit)
    return changed


def _tallest(cells: Sequence[Sequence[AnyCell]], start: int, end: int, height: Callable[[AnyCell], float]) -> float:
    """A group's height: its rows one under the other, or its tallest merged cell if that is taller."""
    rows = sum(max((height(c) for c in cells[i] if c.merge == ""), default=0.0) for i in range(start, end))
    merged = (height(c) for i in range(start, end) for c in cells[i] if c.merge == "restart")
    return max([rows, *merged])


def _groups(rows: Sequence[etree._Element], cells: Sequence[Sequence[Cell]]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of two or more rows joined by vertical merges (header rows excluded)."""
    found: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(rows) + 1):
        joined = index < len(rows) and any(c.merge == "continue" for c in cells[index]) and not _header(rows[index])
        if joined:
            continue
        if index - start >= 2 and not _header(rows[start]):
            found.append((start, index))
        start = index
    return found


def _keep(
    rows: Sequence[etree._Element],
    cells: Sequence[Sequence[AnyCell]],
    start: int,
    end: int,
    height: Callable[[AnyCell], float],
    limit: float,
) -> bool:
    own = [max((height(c) for c in cells[i] if c.merge == ""), default=0.0) for i in range(start, end)]
    merged = {
        (i, c.column): height(c) + _mark_height(c, height)
        for i in range(start, end)
        for c in cells[i]
        if c.merge == "restart"
    }
    lead = _lead(cells[start])
    lead_height = own[0] if lead else 0.0

    def span(a: int, b: int, continued: bool) -> float:
        rows_height = sum(own[a - start : b - start]) + (lead_height if continued and lead else 0.0)
        spanning = [h for (i, column), h in merged.items() if i < b and (i >= a or _spans(cells, i, column, a))]
        return max([rows_height, *spanning])

    if span(start, end, False) <= limit:
        _hold(rows[start:end])
        return True
    if any(h > limit for h in merged.values()) or (lead and lead_height > limit):
        return False  # repeating it would not fit either: the rows split where they fall (skpdoc.render.rows)
    cuts: list[int] = [start]
    for index in range(start + 1, end):
        if span(cuts[-1], index + 1, cuts[-1] != start) > limit and span(index, index + 1, True) <= limit:
            cuts.append(index)
    bounds = [*cuts, end]
    parts = [list(rows[a:b]) for a, b in itertools.pairwise(bounds)]
    for part, cut in zip(parts[1:], cuts[1:], strict=True):
        repeated = _continue(rows, cells, start, cut, lead)
        if repeated is not None:
            part.insert(0, repeated)
    for part in parts:  # after the copies: what they copied carries no keep-with-next of its old place
        _hold(part)
    return True


def _hold(rows: Sequence[etree._Element]) -> None:
    """Rows that may not split, each kept with the next but the last."""
    for row in rows:
        properties = row.find(f"{_W}trPr")
        if properties is None:
            properties = etree.Element(f"{_W}trPr")
            row.insert(0, properties)
        if properties.find(f"{_W}cantSplit") is None:
            properties.insert(0, etree.Element(f"{_W}cantSplit"))
    for row in rows[:-1]:
        for paragraph in row.iter(f"{_W}p"):
            _keep_next(paragraph)


def _keep_next(paragraph: etree._Element) -> None:
    properties = paragraph.find(f"{_W}pPr")
    if properties is None:
        properties = etree.Element(f"{_W}pPr")
        paragraph.insert(0, properties)
    if properties.find(f"{_W}keepNext") is not None:
        return
    style = properties.find(f"{_W}pStyle")
    properties.insert(0 if style is None else 1, etree.Element(f"{_W}keepNext"))  # schema order: after pStyle


def _header(row: etree._Element) -> bool:
    return row.find(f"{_W}trPr/{_W}tblHeader") is not None


def _lead(row: Sequence[Cell]) -> bool:
    """A lead row: merged cells and exactly one cell of its own (the kualitatif RHK line)."""
    return (
        any(c.merge == "restart" for c in row)
        and sum(1 for c in row if c.merge == "") == 1
        and not any(c.merge == "continue" for c in row)
    )


def _spans(cells: Sequence[Sequence[Cell]], start: int, column: int, row: int) -> bool:
    """Whether the merge that starts at (``start``, ``column``) reaches row ``row``."""
    return all(any(c.column == column and c.merge == "continue" for c in cells[i]) for i in range(start + 1, row + 1))


def _mark_height(cell: AnyCell, height: Callable[[AnyCell], float]) -> float:
    """A merged cell repeated on a continuation gets one more line: the mark."""
    return height(cell) / max(1, _paragraphs(cell)) if cell.width >= MARK_FROM_WIDTH else 0.0


def _paragraphs(cell: Cell) -> int:
    return sum(1 for _ in cell.element.iter(f"{_W}p"))


def _continue(
    rows: Sequence[etree._Element], cells: Sequence[Sequence[Cell]], start: int, cut: int, lead: bool
) -> etree._Element | None:
    """Make row ``cut`` start a continuation: its merged cells restart with their text, marked; or, after a
    lead row, a marked copy of the lead row goes before it (and is returned)."""
    origin = {c.column: c for i in range(start, cut) for c in cells[i] if c.merge == "restart"}
    if lead:
        repeated = copy.deepcopy(rows[start])
        for tc in repeated.iterfind(f"{_W}tc"):
            _mark(tc, _width(tc))
        rows[cut].addprevious(repeated)
        return repeated
    for cell in cells[cut]:
        if cell.merge != "continue" or cell.column not in origin:
            continue
        source = origin[cell.column].element
        target = cell.element
        for child in list(target):
            if child.tag != f"{_W}tcPr":
                target.remove(child)
        for child in source:
            if child.tag != f"{_W}tcPr":
                target.append(copy.deepcopy(child))
        merge = target.find(f"{_W}tcPr/{_W}vMerge")
        if merge is not None:
            merge.set(_VAL, "restart")
        _mark(target, cell.width)
    return None


def _width(tc: etree._Element) -> int:
    width = tc.find(f"{_W}tcPr/{_W}tcW")
    return int(width.get(f"{_W}w", "0") or 0) if width is not None and width.get(f"{_W}type") == "dxa" else 0


def _mark(tc: etree._Element, width: int) -> None:
    """Append the italic :data:`LANJUTAN` paragraph to a repeated cell wide enough to hold it."""
    if width < MARK_FROM_WIDTH:
        return
    paragraphs = tc.findall(f"{_W}p")
    mark = etree.SubElement(tc, f"{_W}p")
    if paragraphs:
        style = paragraphs[-1].find(f"{_W}pPr/{_W}pStyle")
        if style is not None:
            etree.SubElement(etree.SubElement(mark, f"{_W}pPr"), f"{_W}pStyle").set(_VAL, style.get(_VAL, ""))
    run = etree.SubElement(mark, f"{_W}r")
    etree.SubElement(etree.SubElement(run, f"{_W}rPr"), f"{_W}i")
    etree.SubElement(run, f"{_W}t").text = LANJUTAN
