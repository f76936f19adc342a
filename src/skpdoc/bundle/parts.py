"""A part of a bundle read once into bytes that can be written again under other object numbers.

A bundle is hundreds of PDFs (the forms) whose bytes are mostly fonts, and a
one-spec rebuild changes one or two of them. Parsing every part again with
pypdf was most of what such a rebuild cost, so each part is read once into a
:class:`Digest`: the objects its pages reach, each as its bytes cut at its
references (:class:`Piece`), and its pages as dictionaries ready to be given
their place in the bundle. The digest depends on the part's bytes alone, so
it is kept between builds (:mod:`.cache`, keyed by a hash of those bytes)
and writing a bundle from digests is only joining bytes (:mod:`.pdfout`).

An object is copied as it is in the file where its bytes can be cut at its
references with certainty (a small lexer skips strings and comments, and a
stream's data is found by its ``/Length``); otherwise it is parsed by pypdf and
written out again. Pages are always pypdf's (inherited attributes are filled
in): without their ``/Parent`` and ``/Contents``, and with the bundle's stamp
font (reference ``0 0 R``, never an object of a file) added to their fonts.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, replace

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, PdfObject

#: The reference a page's fonts use for the bundle's stamp font: object 0 is never an object of a PDF.
STAMP_FONT = 0
STAMP_FONT_NAME = NameObject("/SkpdocStamp")

_DELIMITER = rb"\s\x00()<>\[\]{}/%"
_BEFORE = rb"\s\x00()<>\[\]{}%"  # not "/": "/12" is a name, not a number
# What matters inside an object: a string or comment to skip, a reference, where a stream's data starts, the end.
_TOKEN = re.compile(
    rb"\(|(?<!<)<(?!<)|%|(?<![^" + _BEFORE + rb"])(?:(\d+)[\s\x00]+(\d+)[\s\x00]+R(?![^" + _DELIMITER + rb"])"
    rb"|(stream)(?=[\r\n])|(endobj))"
)
_LINE_END = re.compile(rb"[\r\n]")
_IN_STRING = re.compile(rb"\\.|[()]", re.DOTALL)
_HEADER = re.compile(rb"[\s\x00]*(\d+)[\s\x00]+(\d+)[\s\x00]+obj")
_LENGTH = re.compile(rb"/Length[\s\x00]+(\d+)(?:[\s\x00]+(\d+)[\s\x00]+R)?")
_STREAM_DATA = re.compile(rb"stream\r?\n")
_ENDSTREAM = re.compile(rb"[\s\x00]*endstream[\s\x00]*(?=endobj)")
_MAX_DEPTH = 200


@dataclass(frozen=True)
class Piece:
    """An object's bytes (between "N 0 obj" and "endobj"), cut at each of its references.

    ``text[0]``, reference ``refs[0]``, ``text[1]`` ... ``text[-1]``: one more text than references.
    """

    text: tuple[bytes, ...]
    refs: tuple[int, ...]

    def render(self, numbers: dict[int, int]) -> bytes:
        """The bytes with each reference renumbered by ``numbers``."""
        if not self.refs:
            return self.text[0]
        out = [self.text[0]]
        for ref, text in zip(self.refs, self.text[1:], strict=True):
            out += [b"%d 0 R" % numbers[ref], text]
        return b"".join(out)


@dataclass(frozen=True)
class Page:
    number: int  # in its part
    size: tuple[float, float]
    head: Piece  # its dictionary without /Parent and /Contents, and without the closing ">>"
    contents: tuple[int, ...]  # its content streams


_NULL = Piece((b"null",), ())


@dataclass(frozen=True)
class Digest:
    """One part, ready to be copied into a bundle (see the module docstring)."""

    pages: tuple[Page, ...]
    objects: dict[int, Piece]  # every object the pages reach, but the pages and the page tree
    keys: dict[int, bytes]  # objects with the same key, of any parts, are the same graph: stored once
    tree: frozenset[int]  # the page tree's nodes: references to them go to the bundle's
    intents: Piece | None  # the catalog's /OutputIntents (PDF/A), as an array

    def reached(self, roots: list[int]) -> list[int]:
        """The objects reached from ``roots`` (pages and tree nodes not followed), in a fixed order."""
        pages = {page.number for page in self.pages}
        seen: set[int] = set()
        order: list[int] = []
        todo = list(reversed(roots))
        while todo:
            number = todo.pop()
            if number in seen or number in pages or number in self.tree or number == STAMP_FONT:
                continue
            seen.add(number)
            order.append(number)
            todo += reversed(self.objects[number].refs)
        return order

    def subset(self, pages: tuple[Page, ...]) -> Digest:
        """The digest of ``pages`` (some of this digest's) alone: a reference to any other of its pages
        becomes a null object, so that nothing of those pages is copied with them."""
        others = {page.number for page in self.pages} - {page.number for page in pages}
        return replace(self, pages=pages, objects=self.objects | dict.fromkeys(others, _NULL))


def read(data: bytes, *, stamped: bool) -> Digest:
    """The digest of the PDF ``data``; ``stamped`` pages get the stamp font among their fonts."""
    return digest(data, PdfReader(io.BytesIO(data)), stamped=stamped)


def digest(data: bytes, reader: PdfReader, *, stamped: bool) -> Digest:
    """:func:`read`, with ``reader`` already open on ``data``: its pages are digested as they are now (a
    caller may have changed them, e.g. trimmed their resources), the other objects as they are in ``data``."""
    return _Reader(data, reader).digest(stamped=stamped)


class _Reader:
    def __init__(self, data: bytes, reader: PdfReader) -> None:
        self.data, self.reader = data, reader
        self.offsets: dict[int, int] = dict(reader.xref.get(0, {})) if not reader.is_encrypted else {}
        self.objects: dict[int, Piece] = {}

    def digest(self, *, stamped: bool) -> Digest:
        pages: list[Page] = []
        tree: set[int] = set()
        for page in self.reader.pages:
            reference = page.indirect_reference
            assert reference is not None  # every page of a file read has one
            node = page.raw_get("/Parent") if "/Parent" in page else None
            while isinstance(node, IndirectObject) and node.idnum not in tree:
                tree.add(node.idnum)
                parent = node.get_object()
                node = (
                    parent.raw_get("/Parent") if isinstance(parent, DictionaryObject) and "/Parent" in parent else None
                )
            box = page.mediabox
            pages.append(
                Page(reference.idnum, (float(box.width), float(box.height)), _page_head(page, stamped), _contents(page))
            )
        intents = None
        if "/OutputIntents" in self.reader.root_object:
            intents = _cut(_serialised(self.reader.root_object.raw_get("/OutputIntents")))
        todo = [ref for page in pages for ref in (*page.head.refs, *page.contents)] + list(
            intents.refs if intents else ()
        )
        numbers = {page.number for page in pages} | tree | {STAMP_FONT}
        while todo:
            number = todo.pop()
            if number not in numbers and number not in self.objects:
                self.objects[number] = piece = self._object(number)
                todo += piece.refs
        keys: dict[int, bytes | None] = {number: None for number in numbers}
        keys[STAMP_FONT] = b"stamp font"
        for number in self.objects:
            _key(number, self.objects, keys, 0)
        known = {number: key for number, key in keys.items() if key is not None and number in self.objects}
        return Digest(tuple(pages), self.objects, known, frozenset(tree), intents)

    def _object(self, number: int) -> Piece:
        """Object ``number`` as it is in the file if that is certain, else as pypdf reads and writes it."""
        raw = self._raw(number)
        if raw is not None:
            return raw
        found = self.reader.get_object(number)
        return _cut(_serialised(found)) if found is not None else _NULL

    def _raw(self, number: int) -> Piece | None:
        data, offset = self.data, self.offsets.get(number)
        header = _HEADER.match(data, offset) if offset is not None else None
        if header is None or int(header[1]) != number or header[2] != b"0":
            return None
        scanned = _scan(data, header.end(), len(data))
        if scanned is None:
            return None
        text, refs, stop, kind = scanned
        if kind == b"endobj":
            return Piece((*text[:-1], text[-1] + data[stop[0] : stop[1]]), tuple(refs))
        if kind != b"stream":
            return None
        end = self._stream_end(data, stop[0], stop[1], header.end())
        return Piece((*text[:-1], text[-1] + data[stop[0] : end]), tuple(refs)) if end is not None else None

    def _stream_end(self, data: bytes, last: int, keyword: int, start: int) -> int | None:
        """Where "endobj" is after the stream at ``keyword``, by its /Length; None unless that checks out."""
        length = _LENGTH.search(data, start, keyword)
        opening = _STREAM_DATA.match(data, keyword)
        if length is None or opening is None:
            return None
        size: int | None = int(length[1])
        if length[2] is not None:
            value = self._raw(int(length[1])) if length[2] == b"0" else None
            body = value.text[0].strip() if value is not None and not value.refs else b""
            size = int(body) if body.isdigit() else None
        if size is None:
            return None
        closing = _ENDSTREAM.match(data, opening.end() + size)
        return closing.end() if closing is not None else None


def _scan(data: bytes, start: int, end: int) -> tuple[list[bytes], list[int], tuple[int, int], bytes | None] | None:
    """Cut ``data[start:end]`` at its references, up to "stream" or "endobj" (or the end).

    Returns the texts between references (the last up to where the scan
    stopped), the references, (where the last text stops, where the keyword
    is) and the keyword (None at the end); None for a reference of another
    generation or a string that does not end.
    """
    text: list[bytes] = []
    refs: list[int] = []
    last = position = start
    while True:
        token = _TOKEN.search(data, position, end)
        if token is None:
            text.append(data[last:end])
            return text, refs, (end, end), None
        if token[1] is not None:
            if token[2] != b"0":
                return None
            text.append(data[last : token.start()])
            refs.append(int(token[1]))
            last = position = token.end()
        elif token[3] or token[4]:
            text.append(data[last : token.start()])
            return text, refs, (token.start(), token.start()), token[3] or token[4]
        elif token[0] == b"(":
            position = _string_end(data, token.end(), end)
            if position < 0:
                return None
        elif token[0] == b"<":
            position = data.find(b">", token.end(), end) + 1
            if position == 0:
                return None
        else:  # a comment, to the end of its line
            newline = _LINE_END.search(data, token.end(), end)
            position = newline.end() if newline else end


def _string_end(data: bytes, position: int, end: int) -> int:
    depth = 1
    while depth:
        found = _IN_STRING.search(data, position, end)
        if found is None:
            return -1
        depth += {b"(": 1, b")": -1}.get(found[0], 0)
        position = found.end()
    return position


def _serialised(value: PdfObject) -> bytes:
    buffer = io.BytesIO()
    value.write_to_stream(buffer)
    return buffer.getvalue()


def _cut(data: bytes) -> Piece:
    """``data`` (an object as pypdf writes it) cut at its references; a stream's data is not looked into."""
    scanned = _scan(data, 0, len(data))
    if scanned is None:
        raise ValueError("an object pypdf wrote has a reference of another generation")
    text, refs, stop, _ = scanned
    return Piece((*text[:-1], text[-1] + data[stop[0] :]), tuple(refs))


def _page_head(page: DictionaryObject, stamped: bool) -> Piece:
    head = DictionaryObject({k: v for k, v in page.items() if k not in ("/Parent", "/Contents")})
    if stamped:
        resources = DictionaryObject(_resolved(page, "/Resources"))
        fonts = DictionaryObject(_resolved(resources, "/Font"))
        fonts[STAMP_FONT_NAME] = IndirectObject(STAMP_FONT, 0, None)
        resources[NameObject("/Font")] = fonts
        head[NameObject("/Resources")] = resources
    data = _serialised(head).rstrip()
    assert data.endswith(b">>")
    return _cut(data[:-2])


def _resolved(holder: DictionaryObject, name: str) -> DictionaryObject:
    """The dictionary under ``name``, indirect or not (``.get`` does not resolve); empty if none."""
    value = holder.raw_get(name).get_object() if name in holder else None
    return value if isinstance(value, DictionaryObject) else DictionaryObject()


def _contents(page: DictionaryObject) -> tuple[int, ...]:
    contents = page.raw_get("/Contents") if "/Contents" in page else None
    if isinstance(contents, IndirectObject) and isinstance(contents.get_object(), ArrayObject):
        contents = contents.get_object()
    if isinstance(contents, IndirectObject):
        return (contents.idnum,)
    if isinstance(contents, ArrayObject):
        return tuple(item.idnum for item in contents if isinstance(item, IndirectObject))
    return ()


def _key(number: int, objects: dict[int, Piece], keys: dict[int, bytes | None], depth: int) -> bytes | None:
    """The object's bytes hashed with, after each reference, the key of what it references; None where it
    reaches a page or the page tree, or sits in a cycle."""
    if number in keys:
        return keys[number]
    keys[number] = None  # until done: a cycle back to here gets no key
    if depth > _MAX_DEPTH:
        return None
    piece = objects[number]
    digest = hashlib.sha256(piece.text[0])
    for ref, text in zip(piece.refs, piece.text[1:], strict=True):
        child = _key(ref, objects, keys, depth + 1)
        if child is None:
            return None
        digest.update(b"\0R" + child)
        digest.update(text)
    keys[number] = key = digest.digest()
    return key
