"""Copy the pages of many PDFs into one, storing what they share once and parsing only what must be.

A bundle is hundreds of LibreOffice PDFs whose bytes are mostly fonts: every
form embeds subsets of Liberation Sans, and forms of the same kind often embed
the same subsets. pypdf's own way, cloning every page and then merging
identical objects (``compress_identical_objects``), parses every object of
every part, and its parser is slow: for an OPD of 200 employees that was 4 of
the 6 seconds a one-spec rebuild took.

Here pypdf still reads each part's page tree, clones the page dictionaries
with their resource dictionaries (which the bundle edits: the page stamps) and
writes the bundle. The heavy leaves a page uses (its content streams and the
fonts, images and graphics states of its resources) are not parsed: each gets
a content key from its raw bytes (``_Part.key``); an object whose key is
already in the bundle is referenced, not copied; a new one is copied byte for
byte (``RawObject``) with its references renumbered. pypdf is pointed at those
through the table it keeps of what it has cloned from each reader (part of its
``PdfWriterProtocol``), so its clones use them.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject

if TYPE_CHECKING:  # pypdf's private module, for a type only: a rename there cannot break skpdoc at run time
    from pypdf._utils import StreamType

# A reference, "12 0 R". Searched for loosely: in a dictionary holding no strings
# or comments every match is a reference; elsewhere a match that is not one
# only makes a key stricter, while a reference missed would make it wrong.
_REF = re.compile(rb"(\d+)[\s\x00]+(\d+)[\s\x00]+R")
_HEADER = re.compile(rb"[\s\x00]*(\d+)[\s\x00]+(\d+)[\s\x00]+obj")
_LENGTH = re.compile(rb"/Length[\s\x00]+(\d+)(?:[\s\x00]+(\d+)[\s\x00]+R)?")
_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = re.compile(rb"[\s\x00]*endstream[\s\x00]*")
_WHITESPACE = b" \t\r\n\x00\x0c"
_MAX_DEPTH = 64
_CLONE_TABLE = "_id_translated"  # pypdf's, in its PdfWriterProtocol: reader → {object number there: number here}


class RawObject(PdfObject):
    """An object copied byte for byte from a part, its references already renumbered for the bundle."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.indirect_reference = None

    def write_to_stream(self, stream: StreamType) -> None:
        stream.write(self.body)

    def hash_bin(self) -> int:
        return hash((RawObject, self.body))

    def hash_value_data(self) -> bytes:
        return self.body


@dataclass(frozen=True)
class _Span:
    """Where an object's body is in its file: after "obj", up to "endobj"."""

    start: int
    end: int
    refs_end: int  # references occur only before this (where stream data starts)
    plain: bool  # no strings or comments before refs_end: every _REF match there is a reference
    stream: bool  # known to be a stream
    exact: bool  # start..end is exactly this object, so it can be copied as is


class _Part:
    """One part: its raw bytes and the content keys of its objects.

    Two objects (of any parts) with the same key are the same graph: the key
    hashes an object's bytes with, after each reference, the key of the object
    it references. Pages and page-tree nodes get no key, nor does any object
    that reaches one, sits in a cycle, or is not where the xref table says.
    """

    def __init__(self, reader: PdfReader, cloned: dict[Any, Any]) -> None:
        self.reader = reader
        self.cloned = cloned  # pypdf's table: object number in the part → in the bundle
        stream = reader.stream
        self.data = stream.getvalue() if isinstance(stream, io.BytesIO) else b""
        self.offsets: dict[int, int] = dict(reader.xref.get(0, {}))
        # An object ends at the latest where the next one starts.
        starts = sorted({offset for table in reader.xref.values() for offset in table.values()} | {len(self.data)})
        self.next_start = dict(itertools.pairwise(starts))
        self.keys: dict[int, bytes | None] = {}
        self.spans: dict[int, _Span | None] = {}
        self.edited: set[int] = set()  # objects that must be pypdf's (see _edited)
        for page in reader.pages:
            node: PdfObject | None = page.indirect_reference
            while isinstance(node, IndirectObject) and node.idnum not in self.keys:
                self.keys[node.idnum] = None
                node = node.get_object().get("/Parent")  # type: ignore[union-attr]

    def key(self, idnum: int, depth: int = 0) -> bytes | None:
        if idnum in self.keys:
            return self.keys[idnum]
        self.keys[idnum] = None  # until done: a cycle back to here gets no key
        span = self.span(idnum)
        if span is None or depth > _MAX_DEPTH:
            return None
        digest = hashlib.sha256()
        position = span.start
        for ref in _REF.finditer(self.data, span.start, span.refs_end):
            child = self.key(int(ref[1]), depth + 1) if ref[2] == b"0" else None
            if child is None:
                return None
            digest.update(self.data[position : ref.end()])
            digest.update(child)
            position = ref.end()
        digest.update(self.data[position : span.end])
        self.keys[idnum] = key = digest.digest()
        return key

    def span(self, idnum: int) -> _Span | None:
        if idnum not in self.spans:
            self.spans[idnum] = self._find_span(idnum)
        return self.spans[idnum]

    def _find_span(self, idnum: int) -> _Span | None:
        data, offset = self.data, self.offsets.get(idnum)
        limit = self.next_start.get(offset) if offset is not None else None
        header = _HEADER.match(data, offset) if offset is not None else None
        if limit is None or header is None or int(header[1]) != idnum or header[2] != b"0":
            return None
        start = header.end()
        last = data.rfind(b"endobj", start, limit)
        if last < 0:
            return None
        keyword = data.find(b"stream", start, last)
        if keyword < 0:  # no stream: exact when its "endobj" is the only one before the next object
            plain = data.find(b"(", start, last) < 0 and data.find(b"%", start, last) < 0
            return _Span(start, last, last, plain, False, data.find(b"endobj", start, last) < 0)
        clear = (
            data[keyword - 1] in _WHITESPACE + b">"
            and data.find(b"(", start, keyword) < 0
            and data.find(b"%", start, keyword) < 0
        )
        if not clear:  # "stream" may be inside a string or a name: search the whole object for references
            return _Span(start, last, last, False, False, False)
        end = self._stream_end(start, keyword)
        return _Span(start, end if end is not None else last, keyword, True, True, end is not None)

    def _stream_end(self, start: int, keyword: int) -> int | None:
        """Where "endobj" is after the stream data, by the stream's /Length; None when that does not check out."""
        length = _LENGTH.search(self.data, start, keyword)
        opening = _STREAM.match(self.data, keyword)
        if length is None or opening is None:
            return None
        size: int | None = int(length[1])
        if length[2] is not None:
            span = self.span(int(length[1])) if length[2] == b"0" else None
            body = self.data[span.start : span.end].strip() if span is not None and span.exact else b""
            size = int(body) if body.isdigit() else None
        if size is None:
            return None
        closing = _ENDSTREAM.match(self.data, opening.end() + size)
        if closing is None or not self.data.startswith(b"endobj", closing.end()):
            return None
        return closing.end()


class Copier:
    """Appends the pages of PDFs to ``writer``; see the module docstring."""

    def __init__(self, writer: PdfWriter) -> None:
        self._writer = writer
        self._known: dict[bytes, int] = {}  # content key → object number in the bundle
        tables = getattr(writer, _CLONE_TABLE, None)
        self._tables: dict[int, dict[Any, Any]] | None = tables if isinstance(tables, dict) else None

    def add(self, reader: PdfReader, at: int | None = None) -> None:
        """Append every page of ``reader`` (read from memory, or nothing is shared), or insert them from page ``at``."""
        if self._tables is None:  # a pypdf without the table: plain clones, merged by finish()
            self._place(list(reader.pages), at)
            return
        # "PreventGC" is how pypdf keeps a reader alive while its numbers are in the table.
        part = _Part(reader, self._tables.setdefault(id(reader), {"PreventGC": reader}))
        pages = list(reader.pages)
        for page in pages:
            part.edited.update(_edited(part, page))
        for page in pages:
            self._prepare(part, page)
        self._place(pages, at)
        for idnum in [n for n in part.cloned if isinstance(n, int)]:
            key = part.key(idnum)
            if key is not None:
                self._known.setdefault(key, part.cloned[idnum])

    def _place(self, pages: list[PageObject], at: int | None) -> None:
        for n, page in enumerate(pages):
            if at is None:
                self._writer.add_page(page)
            else:
                self._writer.insert_page(page, at + n)

    def finish(self) -> None:
        """Merge identical objects, if they could not be shared while copying."""
        if self._tables is None:
            self._writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)

    def _prepare(self, part: _Part, page: DictionaryObject) -> None:
        """Share or copy raw the content streams and resources of ``page``, before pypdf clones the rest."""
        contents = page.raw_get("/Contents") if "/Contents" in page else None
        if isinstance(contents, IndirectObject):
            if contents.idnum in part.edited:
                self._reuse(part, contents.idnum, parsed=True)
                contents = contents.get_object()
            else:
                self._share(part, contents.idnum)
        if isinstance(contents, ArrayObject):
            for item in contents:
                if isinstance(item, IndirectObject):
                    self._share(part, item.idnum)
        resources = page.raw_get("/Resources") if "/Resources" in page else None
        if isinstance(resources, IndirectObject):
            self._reuse(part, resources.idnum, parsed=True)
            resources = resources.get_object()
        if not isinstance(resources, DictionaryObject):
            return
        for name, category in resources.items():
            if isinstance(category, IndirectObject) and name != "/Font":
                self._share(part, category.idnum)  # /XObject, /ExtGState ... dictionaries with all they hold
                continue
            if isinstance(category, IndirectObject):
                self._reuse(part, category.idnum, parsed=True)
            names = category.get_object()
            if isinstance(names, DictionaryObject):
                for item in names.values():
                    if isinstance(item, IndirectObject):
                        self._share(part, item.idnum)

    def _reuse(self, part: _Part, idnum: int, *, parsed: bool) -> int | None:
        """The bundle's identical copy of object ``idnum`` of ``part``, if any (one pypdf parsed, if ``parsed``)."""
        if idnum in part.cloned:
            return int(part.cloned[idnum])
        key = part.key(idnum)
        known = self._known.get(key) if key is not None else None
        if known is None or (parsed and isinstance(self._writer.get_object(known), RawObject)):
            return None
        part.cloned[idnum] = known
        return known

    def _share(self, part: _Part, idnum: int) -> int | None:
        """The bundle's number for object ``idnum`` of ``part``: an identical one, or a new copy.

        The copy is raw when the object's bytes allow it, else pypdf's clone, as
        for an object the bundle edits. None for an object without a key, which
        pypdf clones with the page.
        """
        edited = idnum in part.edited
        number = self._reuse(part, idnum, parsed=edited)
        key = part.key(idnum)
        if number is not None or key is None:
            return number
        span = part.span(idnum)
        if not edited and span is not None and span.plain and span.exact:
            number = part.cloned[idnum] = self._copy(part, span)
        else:  # its key says it reaches no page, so the clone stops short of one
            number = IndirectObject(idnum, 0, part.reader).clone(self._writer).idnum
        self._known.setdefault(key, number)
        return number

    def _copy(self, part: _Part, span: _Span) -> int:
        pieces: list[bytes] = []
        position = span.start
        for ref in _REF.finditer(part.data, span.start, span.refs_end):
            number = self._share(part, int(ref[1]))
            assert number is not None  # a keyed object references only keyed ones
            pieces += [part.data[position : ref.start()], b"%d 0 R" % number]
            position = ref.end()
        pieces.append(part.data[position : span.end])
        return self._writer._add_object(RawObject(b"".join(pieces))).idnum


def _edited(part: _Part, page: DictionaryObject) -> list[int]:
    """Objects of ``page`` the bundle edits once copied (its resources and fonts, its array of contents).

    They must stay objects pypdf parsed, even where something copied raw also references them.
    """
    edited: list[int] = []
    contents = page.raw_get("/Contents") if "/Contents" in page else None
    if isinstance(contents, IndirectObject):
        span = part.span(contents.idnum)
        if span is None or not span.stream:
            edited.append(contents.idnum)
    resources = page.raw_get("/Resources") if "/Resources" in page else None
    if isinstance(resources, IndirectObject):
        edited.append(resources.idnum)
    resources = resources.get_object() if resources is not None else None
    fonts = resources.get("/Font") if isinstance(resources, DictionaryObject) else None  # .get does not resolve
    if isinstance(fonts, IndirectObject):
        edited.append(fonts.idnum)
    return edited
