"""Word XML around and after rendering: values as run text, table grids, drawing ids.

docxtpl does these with python-docx and lxml on every document; here they
are plain text operations that cost nothing when a document does not need
them, and lxml only for a template with column loops:

* a value becomes the text of the run its tag sits in (:func:`value_xml`):
  XML-escaped, a newline (also CR LF, CR, vertical tab) a line break
  ``<w:br/>``, a tab a Word tab ``<w:tab/>``; ``\\a`` starts a new paragraph
  and ``\\f`` a new page, as in docxtpl's ``Listing`` (:func:`resolve_breaks`,
  after rendering, since they need the paragraph's properties); any other
  character XML cannot hold (C0 controls, lone surrogates, U+FFFE/FFFF) is
  dropped, so a document always opens;
* after column loops (``{%tc %}``), ``colspan``, ``hm`` or a removed cell
  (``{#tc #}``) the table's grid is made to match its rows
  (:func:`fix_tables`, docxtpl's ``fix_tables``);
* a picture repeated by a loop gets a drawing id of its own
  (:class:`DrawingIds`; docxtpl renumbers every ``wp:docPr``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

#: A paragraph, a run, text in a run (docxtpl's own patterns).
PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
#: docxtpl's first step: Word markup between the two characters of ``{{``, ``{%``, ``%}``, ``}}``... removed.
JOIN_MARKS = re.compile(r"(?<={)(<[^>]*>)+(?=[\{%\#])|(?<=[%\}\#])(<[^>]*>)+(?=\})")

_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'
_TAB = '</w:t><w:tab/><w:t xml:space="preserve">'
#: What a value may hold that does not print as itself: line ends and every character below U+0020, lone
#: surrogates, U+FFFE/FFFF (not XML 1.0 characters, except tab, LF and CR).
_SPECIAL = re.compile("\r\n?|[\x00-\x1f\ud800-\udfff\ufffe\uffff]")
#: ``\a`` and ``\f`` stay in the rendered part as themselves (XML cannot hold them, so no template part does) until
#: :func:`resolve_breaks` turns them into paragraphs; anything not listed is dropped.
_REPLACE = {"\n": _BREAK, "\r\n": _BREAK, "\r": _BREAK, "\v": _BREAK, "\t": _TAB, "\a": "\a", "\f": "\f"}
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#[xX]([0-9a-fA-F]+));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_IN_TAG = re.compile(r"(?<=\{[{%])(.*?)(?=[}%]\})")
_WHOLE_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
_RUN = re.compile(r"<w:r(?: [^>]*)?>.*?</w:r>", re.DOTALL)
_RUN_TEXT = re.compile(r"<w:t(?: [^>]*)?>.*?</w:t>", re.DOTALL)
_PPR = re.compile(r"<w:pPr>.*?</w:pPr>", re.DOTALL)
_RPR = re.compile(r"<w:rPr>.*?</w:rPr>", re.DOTALL)
_DOC_PR_ID = re.compile(r'(<wp:docPr\b[^>]*?\bid=")([0-9]+)(")')
_TABLE_TAGS = re.compile(r"\{[{%#]-?\s*(?:tc|colspan|hm)\b")


def paragraph_text(xml: str) -> str:
    """The visible text of a bit of Word XML."""
    return "".join(TEXT.findall(xml)).strip()


def value_xml(text: str) -> Markup:
    """``text`` as the content of a ``<w:t>``: escaped, its line ends, tabs and controls made Word markup.

    Trailing line ends are dropped (a YAML ``|`` block ends in one); trailing spaces are kept.
    """
    text = text.rstrip("\r\n")
    if text.isprintable() or not _SPECIAL.search(text):  # nearly every value: one C-level scan
        return escape(text)
    return Markup(_SPECIAL.sub(_special, str(escape(text))))


def _special(match: re.Match[str]) -> str:
    return _REPLACE.get(match.group(), "")


def unescape(text: str) -> str:
    """XML character references and the five named entities replaced by their characters."""
    return _ENTITY.sub(_character, text) if "&" in text else text


def _character(match: re.Match[str]) -> str:
    name, decimal, hexadecimal = match.groups()
    if name:
        return _NAMED[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if code <= 0x10FFFF else match.group()


def unescape_tags(source: str) -> str:
    """Entities inside ``{{ }}`` and ``{% %}`` replaced by their characters.

    LibreOffice writes every ``"`` and ``'`` of the text as ``&quot;``/``&apos;``; Word writes them raw.
    docxtpl reads the text with lxml (which resolves them) before patching; Jinja needs the characters.
    """
    return _IN_TAG.sub(lambda m: unescape(m.group()), source) if "&" in source else source


def needs_table_fix(xml: str) -> bool:
    """Whether the part (before patching) has a tag that changes the cells of a row: ``{%tc``, ``{#tc``,
    ``{{tc``, ``colspan``, ``hm``. The table grid is then rebuilt after rendering (:func:`fix_tables`)."""
    if "tc" not in xml and "colspan" not in xml and "hm" not in xml:
        return False
    return bool(_TABLE_TAGS.search("".join(TEXT.findall(JOIN_MARKS.sub("", xml)))))


# --- after rendering ------------------------------------------------------------------------------------------


def resolve_breaks(xml: str) -> str:
    """``\\a`` (new paragraph) and ``\\f`` (page break) of printed values made Word markup, as docxtpl's
    ``resolve_listing`` does: the new paragraph and run keep the properties of those they are cut from."""
    if "\a" not in xml and "\f" not in xml:
        return xml
    xml = _WHOLE_PARAGRAPH.sub(_paragraph_breaks, xml)
    return xml.replace("\a", "").replace("\f", "")  # one that was not in a run's text (an attribute)


def _paragraph_breaks(match: re.Match[str]) -> str:
    paragraph = match.group()
    if "\a" not in paragraph and "\f" not in paragraph:
        return paragraph
    found = _PPR.search(paragraph)
    ppr = found.group() if found else ""

    def run(run_match: re.Match[str]) -> str:
        found_rpr = _RPR.search(run_match.group())
        rpr = found_rpr.group() if found_rpr else ""
        resume = f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">'
        new_paragraph = "</w:t></w:r></w:p>" + resume
        page = '</w:t></w:r></w:p><w:p><w:r><w:br w:type="page"/></w:r></w:p>' + resume
        return _RUN_TEXT.sub(lambda t: t.group().replace("\a", new_paragraph).replace("\f", page), run_match.group())

    return _RUN.sub(run, paragraph)


def fix_tables(xml: str) -> str:
    """docxtpl's ``fix_tables``: each table's grid (``w:gridCol``) widened or narrowed to its widest row,
    counting ``w:gridSpan``, the table's width kept. Raises ``lxml.etree.XMLSyntaxError`` on broken XML."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(xml.encode("utf-8"), parser)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for table in root.iter(w + "tbl"):
        grid = table.find(w + "tblGrid")
        if grid is None:
            continue
        _fit_grid(grid, [row.findall(w + "tc") for row in table.iter(w + "tr")], w)
    return str(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode("utf-8"))


def _fit_grid(grid: Any, rows: list[list[Any]], w: str) -> None:
    from lxml import etree

    columns = grid.findall(w + "gridCol")
    widths = [_width(c, w) for c in columns]
    add = max((len(cells) for cells in rows), default=0) - len(columns)
    if add > 0:  # more cells than columns: new columns, all of the average width, the total kept
        total = sum(widths)
        if total > 0 and columns:
            old, new = total / len(columns), total / (len(columns) + add)
            for column, width in zip(columns, widths, strict=True):
                column.set(w + "w", str(int(width * new / old)))
            for _ in range(add):
                etree.SubElement(grid, w + "gridCol", {w + "w": str(int(new))})
        columns = grid.findall(w + "gridCol")
    spans = max((sum(_span(cell, w) for cell in cells) for cells in rows), default=0)
    remove = len(columns) - spans
    if remove > 0 and spans > 0:  # fewer: the last columns removed, their width shared by the others
        removed = sum(_width(c, w) for c in columns[-remove:])
        for column in columns[-remove:]:
            grid.remove(column)
        kept = grid.findall(w + "gridCol")
        extra = int(removed / len(kept)) if kept else 0
        for column in kept:
            column.set(w + "w", str(int(_width(column, w) + extra)))


def _width(column: Any, w: str) -> float:
    try:
        return float(column.get(w + "w") or 0)
    except ValueError:
        return 0.0


def _span(cell: Any, w: str) -> int:
    span = cell.find(f"{w}tcPr/{w}gridSpan")
    try:
        return max(1, int(span.get(w + "val"))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


class DrawingIds:
    """Drawing ids (``wp:docPr id``) made unique over one document: the first of each id is kept, a copy made by
    a loop gets the next free one. ``taken`` are the ids of the parts that are not rendered."""

    def __init__(self, taken: Iterable[int], first_free: int) -> None:
        self.seen = set(taken)
        self.free = first_free

    def fix(self, xml: str) -> str:
        return _DOC_PR_ID.sub(self._renumber, xml)

    def _renumber(self, match: re.Match[str]) -> str:
        number = int(match.group(2))
        if number not in self.seen:
            self.seen.add(number)
            return match.group()
        while self.free in self.seen:
            self.free += 1
        self.seen.add(self.free)
        return f"{match.group(1)}{self.free}{match.group(3)}"


def drawing_ids(xml: str) -> list[int]:
    """The drawing ids a part holds."""
    return [int(m.group(2)) for m in _DOC_PR_ID.finditer(xml)]
