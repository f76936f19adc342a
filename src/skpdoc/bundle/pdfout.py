"""Writing a bundle's PDF from the digests of its parts (:mod:`.parts`): numbering, sharing and joining bytes.

Objects are numbered as they are placed; an object whose key (see
:class:`~skpdoc.bundle.parts.Digest`) is already in the file is referenced, not
copied again, so the fonts every form embeds are stored once. The file is one
body, one cross-reference table and one trailer (PDF/A allows no more than that
to be checked; nothing is appended to an earlier file). Small dictionaries of
the bundle's own (catalog, outline, labels, Info) are written with pypdf's
objects; everything of the parts is bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf.generic import PdfObject

from skpdoc.bundle.parts import STAMP_FONT, Digest, Page

_HEADER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"  # four bytes above 127: a binary file (PDF/A 6.1.2)
PAGES = 2  # the page tree's root: fixed, the parts' pages point to it
CATALOG = 1


def pdf_bytes(value: PdfObject) -> bytes:
    """``value`` as PDF syntax (pypdf's writing of its own objects)."""
    buffer = io.BytesIO()
    value.write_to_stream(buffer)
    return buffer.getvalue()


@dataclass
class Outline:
    """A bookmark and the ones under it, opened."""

    title: bytes  # a PDF string, written (see pdf_bytes)
    page: int  # 0-based, in the bundle
    children: list[Outline] = field(default_factory=list)

    def count(self) -> int:
        return sum(1 + child.count() for child in self.children)


class PdfOut:
    """One PDF being written, object by object, in memory."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = [_HEADER]
        self._size = len(_HEADER)
        self._offsets: dict[int, int] = {}
        self._next = max(CATALOG, PAGES) + 1
        self._known: dict[bytes, int] = {}  # key of an object (of any part) → its number here
        self.stamp_font = 0  # the stamp font's number here, once placed

    def reserve(self) -> int:
        number, self._next = self._next, self._next + 1
        return number

    def put(self, number: int, body: bytes) -> None:
        self._offsets[number] = self._size
        chunk = b"%d 0 obj\n%s\nendobj\n" % (number, body)
        self._chunks.append(chunk)
        self._size += len(chunk)

    def add(self, body: bytes) -> int:
        number = self.reserve()
        self.put(number, body)
        return number

    def stream(self, data: bytes, entries: bytes = b"") -> int:
        return self.add(b"<<%s/Length %d>>\nstream\n%s\nendstream" % (entries, len(data), data))

    def place(self, part: Digest, *, pages: bool = True, roots: tuple[int, ...] = ()) -> dict[int, int]:
        """Number ``part``'s pages (if ``pages``) and write what they and ``roots`` reach; the part's numbers
        → the bundle's. The pages themselves are written by :meth:`page`, once their contents are known."""
        numbers = {STAMP_FONT: self.stamp_font} | dict.fromkeys(part.tree, PAGES)
        starts = list(roots)
        if pages:
            for page in part.pages:
                numbers[page.number] = self.reserve()
                starts += [*page.head.refs, *page.contents]
        new: list[int] = []
        for number in part.reached(starts):
            key = part.keys.get(number)
            known = self._known.get(key) if key is not None else None
            if known is not None:
                numbers[number] = known
                continue
            numbers[number] = self.reserve()
            if key is not None:
                self._known[key] = numbers[number]
            new.append(number)
        for number in new:
            self.put(numbers[number], part.objects[number].render(numbers))
        return numbers

    def page(self, page: Page, numbers: dict[int, int], contents: list[int]) -> int:
        """Write ``page`` of a part placed with ``numbers``, drawing the streams ``contents``."""
        listed = b" ".join(b"%d 0 R" % number for number in contents)
        body = page.head.render(numbers) + b"/Parent %d 0 R/Contents[%s]>>" % (PAGES, listed)
        self.put(numbers[page.number], body)
        return numbers[page.number]

    def outline(self, items: list[Outline], pages: list[int]) -> int:
        """Write the bookmarks ``items`` (pages: the page objects, in order); the outline's number."""
        root = self.reserve()
        first, last = self._items(items, root, pages)
        self.put(root, b"<</Type/Outlines/First %d 0 R/Last %d 0 R/Count %d>>" % (first, last, _count(items)))
        return root

    def _items(self, items: list[Outline], parent: int, pages: list[int]) -> tuple[int, int]:
        numbers = [self.reserve() for _ in items]
        for index, (item, number) in enumerate(zip(items, numbers, strict=True)):
            entries = [b"/Title %s/Parent %d 0 R/Dest[%d 0 R/Fit]" % (item.title, parent, pages[item.page])]
            if index:
                entries.append(b"/Prev %d 0 R" % numbers[index - 1])
            if index + 1 < len(items):
                entries.append(b"/Next %d 0 R" % numbers[index + 1])
            if item.children:
                first, last = self._items(item.children, number, pages)
                entries.append(b"/First %d 0 R/Last %d 0 R/Count %d" % (first, last, item.count()))
            self.put(number, b"<<%s>>" % b"".join(entries))
        return numbers[0], numbers[-1]

    def finish(self, catalog: bytes, pages: list[int], info: bytes, file_id: bytes) -> bytes:
        """The whole file: the catalog's entries, the page tree over ``pages``, the Info dictionary, the /ID."""
        kids = b" ".join(b"%d 0 R" % number for number in pages)
        self.put(PAGES, b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, len(pages)))
        self.put(CATALOG, b"<</Type/Catalog/Pages %d 0 R%s>>" % (PAGES, catalog))
        info_number = self.add(info)
        size = self._next
        missing = [n for n in range(1, size) if n not in self._offsets]
        for number in missing:  # reserved and never written (none, normally): null objects keep the table whole
            self.put(number, b"null")
        xref = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
        xref += [b"%010d 00000 n \n" % self._offsets[number] for number in range(1, size)]
        identifier = file_id.hex().encode()
        xref.append(
            b"trailer\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n"
            % (size, CATALOG, info_number, identifier, identifier, self._size)
        )
        return b"".join(self._chunks + xref)


def _count(items: list[Outline]) -> int:
    return sum(1 + item.count() for item in items)
