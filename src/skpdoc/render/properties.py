"""Tags in a template's document properties, rendered as docxtpl's ``render_properties`` does.

A template may write tags in its properties (Word: *File → Info → Properties*;
LibreOffice: *File → Properties*), e.g. the title ``{{ judul[0] }} — {{
pegawai.nama }}``. They live in ``docProps/core.xml`` as the text of
``dc:title``, ``dc:subject``, ``dc:creator``, ``dc:description`` (comments),
``dc:identifier``, ``dc:language``, ``cp:keywords``, ``cp:category``...: each
element whose text holds a tag is a small template of its own. The value
printed there is plain text (escaped; a picture or docxtpl object is refused).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from skpdoc.render import gambar, unsupported, wordxml

CORE = "docProps/core.xml"
#: An element of core.xml and its text (the properties are flat: no element inside another).
_ELEMENT = re.compile(r"<((?:dc|cp|dcterms):[A-Za-z]+)(?:\s[^>]*)?>([^<]*)</\1>")
_TAG = re.compile(r"{[{%]")
#: Not XML 1.0 characters: dropped from a printed value.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Field:
    """A property holding tags: where its text is in core.xml, its element, and its text as a Jinja source."""

    start: int
    end: int
    element: str
    source: str

    @property
    def shown(self) -> str:
        """The property and its text as written, for messages (``dc:title: SKP {{ pegawai.nama }}``)."""
        return f"{self.element}: {wordxml.unescape(self.source)}"[:120]


def fields(xml: str) -> list[Field]:
    """The properties of ``docProps/core.xml`` whose text holds a tag."""
    found: list[Field] = []
    for match in _ELEMENT.finditer(xml):
        if _TAG.search(match.group(2)):
            source = wordxml.unescape_tags(match.group(2))  # the text outside the tags stays escaped XML
            found.append(Field(match.start(2), match.end(2), match.group(1), source))
    return found


def fill(xml: str, found: list[Field], texts: list[str]) -> str:
    """``xml`` with the text of each field replaced by its rendered text."""
    pieces: list[str] = []
    position = 0
    for field, text in zip(found, texts, strict=True):
        pieces += [xml[position : field.start], text]
        position = field.end
    return "".join([*pieces, xml[position:]])


def finalize(value: Any) -> Any:
    """How a value prints in a property: as text, escaped, without characters XML cannot hold."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, gambar.Gambar):
        raise unsupported.Unsupported("gambar tidak dapat dicetak di properti dokumen")
    name = unsupported.docxtpl_object(value)
    if name is not None:
        raise unsupported.refuse(name)
    listing = unsupported.listing_text(value)
    return escape(_INVALID.sub("", listing if listing is not None else str(value)))
