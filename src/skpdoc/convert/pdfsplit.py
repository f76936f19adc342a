"""Splitting the PDF of a composed document (:mod:`skpdoc.convert.compose`) into one PDF per form.

Each form ends at a bookmark that LibreOffice exported as a named destination
(``"marks": true`` in the worker's request); the destinations give the last
page of every form in the PDF as exported, blank pages left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, IndirectObject, NameObject

from skpdoc.convert.compose import MARK

_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)")  # a name token in a content stream


class SplitError(Exception):
    """The PDF of a composed document does not show where its forms end."""


def split(pdf: Path, info: Sequence[dict[str, str]]) -> list[PdfWriter]:
    """One PDF per member of the composed document whose PDF is ``pdf``, from its named destinations.

    LibreOffice gives all pages one resource dictionary; each page keeps only
    the fonts and images its content names, so that a form's PDF does not carry
    the pictures of its neighbours.
    """
    reader = PdfReader(pdf)
    # (pypdf's get_destination_page_number looks through every page for each destination)
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages) if page.indirect_reference}
    ends: dict[int, int] = {}
    for name, destination in reader.named_destinations.items():
        if (found := re.fullmatch(rf"/?{MARK}(\d+)", str(name))) and isinstance(destination.page, IndirectObject):
            ends[int(found.group(1))] = numbers.get(destination.page.idnum, -1)
    bounds = [ends.get(k, -1) for k in range(len(info))]
    starts = [0] + [end + 1 for end in bounds[:-1]]
    if any(end < start for start, end in zip(starts, bounds, strict=True)) or bounds[-1] != len(reader.pages) - 1:
        raise SplitError(f"the forms' end marks are on pages {bounds} of {len(reader.pages)}")
    common = ("/Creator", "/Producer", "/CreationDate")  # the rest (title, author ...) is each form's own
    document_info = {k: str(v) for k, v in (reader.metadata or {}).items() if k in common}
    writers = []
    for start, end, own in zip(starts, bounds, info, strict=True):
        writer = PdfWriter()
        for number in range(start, end + 1):
            page = reader.pages[number]
            _keep_used_resources(page)
            writer.add_page(page)
        writer.add_metadata({**document_info, **own})
        writers.append(writer)
    return writers


def _keep_used_resources(page: PageObject) -> None:
    resources = page.get("/Resources")
    contents = page.get_contents()
    if resources is None or contents is None:
        return
    resources = resources.get_object()
    used = set(_NAME.findall(contents.get_data()))
    xobjects = resources.get("/XObject")
    pending = list(used)
    while xobjects is not None and pending:  # a form XObject without resources of its own uses the page's
        found = xobjects.get_object().get("/" + pending.pop().decode("latin-1"))
        form = found.get_object() if found is not None else None
        if form is not None and form.get("/Subtype") == "/Form" and "/Resources" not in form:
            names = set(_NAME.findall(form.get_data())) - used
            used |= names
            pending += names
    kept = DictionaryObject()
    for category, value in resources.items():
        entries = value.get_object()
        if category in ("/Font", "/XObject", "/ExtGState", "/Pattern", "/Shading") and isinstance(
            entries, DictionaryObject
        ):
            value = DictionaryObject({k: v for k, v in entries.items() if str(k)[1:].encode("latin-1") in used})
        kept[NameObject(category)] = value
    page[NameObject("/Resources")] = kept
