"""Splitting the PDF of a composed document (:mod:`skpdoc.convert.compose`) into one PDF per form.

Each form ends at a bookmark that LibreOffice exported as a named destination
(``"marks": true`` in the worker's request); the destinations give the last
page of every form in the PDF as exported, blank pages left out.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from pathlib import Path

from pypdf import PageObject, PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
)

from skpdoc.bundle import parts
from skpdoc.bundle.parts import Digest
from skpdoc.bundle.pdfout import PdfOut, pdf_bytes
from skpdoc.convert.compose import MARK

_ESCAPE = re.compile(rb"[()\\]")  # in a literal string; a CR is written "\r" (a raw one would read as "\n")
_PRINTABLE = re.compile("[ -~]*")
_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)")  # a name token in a content stream


class SplitError(Exception):
    """The PDF of a composed document does not show where its forms end."""


def split(pdf: Path, info: Sequence[dict[str, str]]) -> list[bytes]:
    """One PDF per member of the composed document whose PDF is ``pdf``, from its named destinations.

    The composed PDF is parsed once, into a digest (:mod:`skpdoc.bundle.parts`),
    and each form's PDF is written by joining the bytes of the objects its pages
    reach (:mod:`skpdoc.bundle.pdfout`): writing twenty PDFs with pypdf cost 7-14 ms
    a form, most of a build's own CPU. LibreOffice gives all pages one resource
    dictionary; each page keeps only the fonts and images its content names, so
    that a form's PDF does not carry the pictures of its neighbours. A font is
    the chunk's subset (the glyphs of all its forms): cutting it again per form
    would mean rewriting the font program.
    """
    data = pdf.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    bounds = _ends(reader, len(info))
    starts = [0] + [end + 1 for end in bounds[:-1]]
    for page in reader.pages:
        _keep_used_resources(page)
    whole = parts.digest(data, reader, stamped=False)
    common = ("/Creator", "/Producer", "/CreationDate")  # the rest (title, author ...) is each form's own
    document_info = {k: str(v) for k, v in (reader.metadata or {}).items() if k in common}
    catalog = _catalog_entries(reader.root_object)
    identity = hashlib.sha256(data).digest()
    return [
        _write(whole.subset(whole.pages[start : end + 1]), {**document_info, **own}, catalog, identity + b"%d" % k)
        for k, (start, end, own) in enumerate(zip(starts, bounds, info, strict=True))
    ]


def _ends(reader: PdfReader, forms: int) -> list[int]:
    """The last page of each form, from the end marks; SplitError unless every form has pages and the last ends
    the document."""
    # (pypdf's get_destination_page_number looks through every page for each destination)
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages) if page.indirect_reference}
    ends: dict[int, int] = {}
    for name, destination in reader.named_destinations.items():
        if (found := re.fullmatch(rf"/?{MARK}(\d+)", str(name))) and isinstance(destination.page, IndirectObject):
            ends[int(found.group(1))] = numbers.get(destination.page.idnum, -1)
    bounds = [ends.get(k, -1) for k in range(forms)]
    starts = [0] + [end + 1 for end in bounds[:-1]]
    if any(end < start for start, end in zip(starts, bounds, strict=True)) or bounds[-1] != len(reader.pages) - 1:
        raise SplitError(f"the forms' end marks are on pages {bounds} of {len(reader.pages)}")
    return bounds


def _catalog_entries(catalog: DictionaryObject) -> bytes:
    """What of the composed document's catalog holds for each form: its language, and that a viewer shows the
    title (as a form converted alone has them); references are not followed (LibreOffice writes both direct)."""
    kept = [
        pdf_bytes(NameObject(key)) + pdf_bytes(catalog.raw_get(key))
        for key in ("/Lang", "/ViewerPreferences")
        if key in catalog and not _refers(catalog.raw_get(key))
    ]
    return b"".join(kept)


def _refers(value: PdfObject) -> bool:
    if isinstance(value, IndirectObject):
        return True
    if isinstance(value, DictionaryObject):
        return any(_refers(item) for item in value.values())
    if isinstance(value, ArrayObject):
        return any(_refers(item) for item in value)
    return False


def _write(form: Digest, info: dict[str, str], catalog: bytes, seed: bytes) -> bytes:
    out = PdfOut()
    numbers = out.place(form)
    pages = [out.page(page, numbers, [numbers[c] for c in page.contents]) for page in form.pages]
    document = b"".join(pdf_bytes(NameObject(key)) + _text(value) for key, value in info.items())
    return out.finish(catalog, pages, b"<<%s>>" % document, hashlib.md5(seed, usedforsecurity=False).digest())


def _text(value: str) -> bytes:
    """A PDF text string: printable ASCII as it is (PDFDocEncoding differs below the space), anything else in
    UTF-16 (as LibreOffice writes its own); pypdf's choosing an encoding for it took a tenth of the split."""
    printable = _PRINTABLE.fullmatch(value) is not None
    data = value.encode("ascii") if printable else "\ufeff".encode("utf-16-be") + value.encode("utf-16-be")
    return b"(%s)" % _ESCAPE.sub(rb"\\\g<0>", data).replace(b"\r", b"\\r")


def _keep_used_resources(page: PageObject) -> None:
    resources = page.get("/Resources")
    contents = _content(page)
    if resources is None or contents is None:
        return
    resources = resources.get_object()
    used = set(_NAME.findall(contents))
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


def _content(page: PageObject) -> bytes | None:
    """The page's content streams decoded and joined (pypdf's ``get_contents`` also parses them: 1 ms a page)."""
    contents = page.get("/Contents")
    found = contents.get_object() if contents is not None else None
    streams = found if isinstance(found, ArrayObject) else [found] if found is not None else []
    data = [stream.get_object().get_data() for stream in streams]
    return b"\n".join(data) if data else None
