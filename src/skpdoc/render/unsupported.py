"""The docxtpl features skpdoc refuses, found before they can lose text or break a document.

docxtpl lets a Python program put Word XML of its own into a document:
``RichText`` and ``RichTextParagraph`` objects, ``Subdoc`` (another .docx) and
``InlineImage`` (a picture read through the template's python-docx object), and
the tags that print such XML in place of a run, paragraph, row or cell:
``{{r x}}``, ``{{p x}}``, ``{{tr x}}``, ``{{tc x}}``. skpdoc's values are text
(and the two pictures of the kop, :mod:`skpdoc.render.gambar`): a template
cannot build these objects, and printing text through those tags writes it
outside any run, which Word refuses to open. So:

* :func:`xml_tags` finds the tags in a part; the engine refuses the template
  when it loads, and ``skpdoc templates check`` reports them;
* :func:`refuse` stops a render that is given one of docxtpl's objects (a
  program calling the engine with its own context) with the engine's located
  error, instead of a silent loss or a raw ``AttributeError``. ``Listing`` is
  text and prints as its text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from skpdoc.hints import Phrase
from skpdoc.render.wordxml import JOIN_MARKS, PARAGRAPH, TEXT

#: docxtpl's tags that replace the run, paragraph, row or cell around them with the XML a value prints.
_XML_TAG = re.compile(r"\{\{(p|r|tr|tc) ")
#: docxtpl's classes, by name: their module is not imported here (a context never holds them in skpdoc itself).
_OBJECTS = frozenset({"RichText", "RichTextParagraph", "Subdoc", "InlineImage"})


class Unsupported(TypeError):
    """A value of a kind the engine does not print."""


def xml_tags(xml: str) -> Iterator[tuple[str, str]]:
    """``(tag, text of its paragraph)`` for each ``{{r ...}}``, ``{{p ...}}``, ``{{tr ...}}``, ``{{tc ...}}``
    of a part (before patching), however Word split it into runs."""
    if "{" not in xml:
        return
    joined = JOIN_MARKS.sub("", xml)
    for paragraph in PARAGRAPH.findall(joined):
        text = "".join(TEXT.findall(paragraph))
        for found in _XML_TAG.finditer(text):
            end = text.find("}}", found.end())
            yield text[found.start() : end + 2 if end >= 0 else found.end() + 40], text.strip()[:120]


def tag_problem(tag: str) -> Phrase:
    """The engine's problem for a refused tag."""
    return Phrase("T023", kind=tag[2:].split(" ", 1)[0])


def docxtpl_object(value: Any) -> str | None:
    """The class name of one of docxtpl's XML-building objects, or None."""
    kind = type(value)
    if kind.__name__ in _OBJECTS and kind.__module__.split(".", 1)[0] == "docxtpl":
        return kind.__name__
    return None


def listing_text(value: Any) -> str | None:
    """The text of a docxtpl ``Listing`` (it keeps it escaped), or None for anything else."""
    kind = type(value)
    if kind.__name__ == "Listing" and kind.__module__.split(".", 1)[0] == "docxtpl":
        return html.unescape(str(getattr(value, "xml", "")))
    return None


def refuse(name: str) -> Unsupported:
    """The error for a value of docxtpl's class ``name`` (raised with its :class:`~skpdoc.hints.Phrase`)."""
    return Unsupported(Phrase("T053", name=name))
