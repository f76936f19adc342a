"""Merge an OPD's PDFs into one bundle to print, sign, archive and send.

Order and structure: the cover, the contents, optional front documents (the
OPD's rekap), then every employee in the order given (the caller orders by
hierarchy) with all their forms. The bundle gets nested bookmarks
(OPD → unit → employee → form), page labels (roman for the front matter,
1, 2, 3 ... for the body), "Halaman k dari N" stamped on every body page
(the one page numbering of the bundle: the contents and the page labels count
the same way), and document metadata, the same in the Info dictionary and in
XMP (with ``pdfa``, declared PDF/A-2b; see docs/pdfa.md). Identical objects
(the fonts every form embeds, the distribution charts, repeated images) are
stored once.

Speed matters: a one-spec rebuild re-assembles the whole bundle (1,400 pages
for an OPD of 200); ``objects.Copier`` copies the parts' pages without parsing
their fonts and content streams, sharing what is already in the bundle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
)

from skpdoc import __version__
from skpdoc.bundle.objects import Copier
from skpdoc.bundle.pages import Cover, TocRow, front_matter, stamps
from skpdoc.bundle.xmp import Metadata, xmp_packet
from skpdoc.files import write_atomic
from skpdoc.render.formatting import label_nip
from skpdoc.render.formatting import nip as printed_nip


@dataclass(frozen=True)
class Part:
    """One form of one employee."""

    title: str  # "SKP", "Evaluasi Kinerja — Akhir" ...
    pdf: Path
    key: str = ""  # caller's id for the manifest, e.g. "<nip>/skp"


@dataclass(frozen=True)
class Person:
    nama: str
    nip: str
    jabatan: str
    units: tuple[str, ...]  # unit names, outermost first; () for the head of the OPD
    parts: tuple[Part, ...]
    status: str = "pns"  # a PPPK's identifier is a NI PPPK, named and grouped so on the contents page


@dataclass(frozen=True)
class Front:
    """A document placed before the employees (e.g. the rekap), with its own bookmark."""

    title: str
    pdf: Path
    key: str = ""  # caller's id for the manifest, as Part.key
    group: str = ""  # consecutive documents of one group share a bookmark (the parts of the matriks)


@dataclass
class BundleResult:
    pages: int
    front_pages: int
    #: key of each part → (first, last) physical page, 1-based, in the bundle
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Contents:
    """What one OPD's bundle holds and says on its cover."""

    instansi: str
    opd: str
    tahun: int
    periode: str
    people: Sequence[Person]
    front: Sequence[Front] = ()

    @property
    def documents(self) -> list[Path]:
        """The documents in page order, after the cover and contents (the PDFs: a matriks is several)."""
        return [item.pdf for item in self.front] + [part.pdf for person in self.people for part in person.parts]

    @property
    def document_count(self) -> int:
        """How many documents a reader finds in the bundle: a matriks in parts (a group) is one."""
        groups = {item.group for item in self.front if item.group}
        return sum(len(p.parts) for p in self.people) + len([i for i in self.front if not i.group]) + len(groups)


def assemble(target: Path, contents: Contents, *, pdfa: bool = False) -> BundleResult:
    """Write the bundle of one OPD to ``target`` (atomically) and say where each part landed."""
    return Bundle(contents.documents).write(target, contents, pdfa=pdfa)


class Bundle:
    """A bundle being put together. Parts can be copied ahead, in any order and from another thread.

    ``skpdoc build`` copies the parts that are up to date while LibreOffice
    converts the others: in a one-spec rebuild that is nearly all the copying.
    Each part's pages go where they belong among those already there;
    :meth:`write` adds the rest, the cover and contents, and everything that
    depends on page numbers (bookmarks, labels, stamps). One thread at a time.
    """

    def __init__(self, documents: Sequence[Path]) -> None:
        self._rank = {pdf: n for n, pdf in enumerate(documents)}
        self._writer = PdfWriter()
        self._copier = Copier(self._writer)
        self._sizes: dict[Path, list[tuple[float, float]]] = {}  # the parts copied, and their page sizes
        self._last = -1  # the rank of the last part in the writer: copying in order only appends
        self._sample: PdfReader | None = None  # a part, for its PDF/A output intent

    def add(self, pdf: Path) -> None:
        """Copy the pages of ``pdf`` (one of the documents given) to their place."""
        if pdf in self._sizes:
            return
        reader = _read(pdf)
        rank = self._rank[pdf]
        at = None
        if rank < self._last:
            at = sum(len(sizes) for other, sizes in self._sizes.items() if self._rank[other] < rank)
        sizes = [_size(page) for page in reader.pages]
        self._copier.add(reader, at=at)
        self._sizes[pdf], self._last = sizes, max(self._last, rank)  # only once its pages are in
        self._sample = self._sample or reader

    def write(self, target: Path, contents: Contents, *, pdfa: bool = False) -> BundleResult:
        """Write the bundle of ``contents`` (a subset, in the same order, of the documents given)."""
        documents = contents.documents
        people, front, opd = contents.people, contents.front, contents.opd
        if set(self._sizes) - set(documents):
            raise ValueError("a part copied ahead is not in the bundle")
        for pdf in documents:
            self.add(pdf)
        writer = self._writer
        first_page: dict[Path, int] = {}  # 1-based, in the body
        body_sizes: list[tuple[float, float]] = []
        for pdf in documents:
            first_page[pdf] = len(body_sizes) + 1
            body_sizes += self._sizes[pdf]
        cover = Cover(
            contents.instansi,
            opd,
            contents.tahun,
            contents.periode,
            len(people),
            contents.document_count,
            len(body_sizes),
        )
        rows = _contents(people, front, first_page)
        cover_reader = PdfReader(io.BytesIO(front_matter(cover, rows)))
        front_pages = len(cover_reader.pages)
        self._copier.add(cover_reader, at=0 if writer.pages else None)

        result = BundleResult(pages=front_pages + len(body_sizes), front_pages=front_pages)

        def place(key: str, pdf: Path) -> int:
            start = front_pages + first_page[pdf] - 1  # 0-based, in the bundle
            if key:
                result.ranges[key] = (start + 1, start + len(self._sizes[pdf]))
            return start

        root = writer.add_outline_item(title=opd, page_number=0)
        writer.add_outline_item(title="Sampul dan daftar isi", page_number=0, parent=root)
        groups: dict[str, IndirectObject] = {}
        for item in front:
            start = place(item.key, item.pdf)
            parent = root
            if item.group:
                if item.group not in groups:
                    groups[item.group] = writer.add_outline_item(title=item.group, page_number=start, parent=root)
                parent = groups[item.group]
            writer.add_outline_item(title=item.title, page_number=start, parent=parent)
        unit_items: dict[tuple[str, ...], IndirectObject] = {(): root}
        for person in people:
            if not person.parts:
                continue
            start = front_pages + first_page[person.parts[0].pdf] - 1
            parent = _unit_item(writer, unit_items, person.units, start)
            title = f"{person.nama} — NIP {person.nip}"  # ungrouped: what a search for the NIP finds
            employee = writer.add_outline_item(title=title, page_number=start, parent=parent)
            for part in person.parts:
                writer.add_outline_item(title=part.title, page_number=place(part.key, part.pdf), parent=employee)

        _stamp(writer, front_pages, stamps(body_sizes))
        writer.set_page_label(0, front_pages - 1, style=PageLabelStyle.LOWERCASE_ROMAN)
        writer.set_page_label(front_pages, len(writer.pages) - 1, style=PageLabelStyle.DECIMAL, start=1)
        writer.page_mode = "/UseOutlines"
        _metadata(writer, contents, result.pages, pdfa=pdfa)
        if pdfa:
            _output_intent(writer, self._sample)
        self._copier.finish()
        buffer = io.BytesIO()
        writer.write(buffer)
        write_atomic(target, buffer.getvalue())
        return result


def _read(path: Path) -> PdfReader:
    # From memory: the copier reads the raw bytes that the reader parses.
    return PdfReader(io.BytesIO(path.read_bytes()))


_STAMP_TEXT = re.compile(rb"BT 1 0 0 1 [^\n]*?Tm (/[^ ]+) [^\n]*?ET")
_STAMP_FONT = NameObject("/SkpdocStamp")


def _stamp(writer: PdfWriter, first: int, stamps: bytes) -> None:
    """Lay each stamp (one text object each, in page order, on the one page of ``stamps``) over its body page.

    Cheaper than ``merge_page`` (which merges every resource and rewrites the
    page's content): the page keeps its content, wrapped in ``q``/``Q`` so its
    graphics state cannot leak, plus one small stream with the stamp text in
    the embedded Liberation Sans subset that all stamps share.
    """
    page = PdfReader(io.BytesIO(stamps)).pages[0]
    found = list(_STAMP_TEXT.finditer(page.get_contents().get_data()))  # type: ignore[union-attr]
    assert len(found) == len(writer.pages) - first, "one stamp per body page"
    if not found:
        return
    fonts = cast(DictionaryObject, page["/Resources"]["/Font"].get_object())  # type: ignore[index]
    font_ref = cast(IndirectObject, fonts.raw_get(found[0].group(1).decode()).clone(writer))
    opening = _stream(writer, b"q\n")  # the same for every page, so stored once
    for index, text in enumerate(found):
        stamp = text.group(0).replace(text.group(1), _STAMP_FONT.encode(), 1)
        page = writer.pages[first + index]
        resources = cast(DictionaryObject, page.setdefault(NameObject("/Resources"), DictionaryObject()).get_object())
        page_fonts = cast(DictionaryObject, resources.setdefault(NameObject("/Font"), DictionaryObject()).get_object())
        page_fonts[_STAMP_FONT] = font_ref
        contents = page.get("/Contents")
        existing = [] if contents is None else [contents]
        if contents is not None and isinstance(contents.get_object(), ArrayObject):
            existing = list(contents.get_object())
        page[NameObject("/Contents")] = ArrayObject(
            [opening, *existing, _stream(writer, b"\nQ\nq 0 g " + stamp + b" Q\n")]
        )


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def _size(page: object) -> tuple[float, float]:
    box = page.mediabox  # type: ignore[attr-defined]
    return float(box.width), float(box.height)


def _unit_item(
    writer: PdfWriter, items: dict[tuple[str, ...], IndirectObject], units: tuple[str, ...], page: int
) -> IndirectObject:
    for depth in range(1, len(units) + 1):
        path = units[:depth]
        if path not in items:
            items[path] = writer.add_outline_item(title=path[-1], page_number=page, parent=items[path[:-1]])
    return items[units]


def _contents(people: Sequence[Person], front: Sequence[Front], first_page: dict[Path, int]) -> list[TocRow]:
    rows: list[TocRow] = []
    for item in front:
        if item.group and item.group not in {r.text for r in rows}:
            rows.append(TocRow(0, item.group, "", first_page[item.pdf]))
        rows.append(TocRow(1 if item.group else 0, item.title, "", first_page[item.pdf]))
    current: tuple[str, ...] | None = None
    for person in people:
        if person.units != current:
            current = person.units
            if person.units:
                rows.append(TocRow(0, " › ".join(person.units), "", None))
        forms = " · ".join(f"{p.title} {first_page[p.pdf]}" for p in person.parts)
        start = first_page[person.parts[0].pdf] if person.parts else None
        identifier = f"{label_nip(person.nip, person.status)} {printed_nip(person.nip, person.status)}"
        rows.append(TocRow(1, f"{person.nama} — {identifier}", f"{person.jabatan} | {forms}", start))
    return rows


def _metadata(writer: PdfWriter, contents: Contents, pages: int, *, pdfa: bool) -> None:
    """The Info dictionary and the same values in XMP (PDF/A asks for both to agree), and the file's /ID."""
    opd, tahun = contents.opd, contents.tahun
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    meta = Metadata(
        title=f"SKP dan Evaluasi Kinerja Pegawai {opd} {tahun}",
        author=contents.instansi,
        subject=f"Sasaran dan evaluasi kinerja pegawai, periode {contents.periode}",
        keywords=f"SKP, evaluasi kinerja, PermenPANRB 6/2022, {opd}, {tahun}",
        tool=f"skpdoc {__version__}",  # the software's credit: here, not on the cover of an official bundle
        moment=moment.replace(microsecond=0),
    )
    writer.add_metadata(meta.info())
    writer.xmp_metadata = xmp_packet(meta, pdfa=pdfa)
    stream = cast(DictionaryObject, writer.root_object["/Metadata"].get_object())
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    # PDF/A asks for a file identifier; pypdf's are random, and a bundle built twice from the same parts at the
    # same SOURCE_DATE_EPOCH is the same bytes.
    seed = repr((meta, [str(d) for d in contents.documents], pages)).encode()
    identifier = ByteStringObject(hashlib.md5(seed, usedforsecurity=False).digest())
    writer._ID = ArrayObject([identifier, identifier])


def _output_intent(writer: PdfWriter, sample: PdfReader | None) -> None:
    """Carry over LibreOffice's PDF/A-2b output intent (sRGB), which every part declares."""
    if sample is not None and "/OutputIntents" in sample.root_object:
        intents = sample.root_object["/OutputIntents"]
        writer.root_object[NameObject("/OutputIntents")] = intents.clone(writer)
