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

Speed matters: a one-spec rebuild writes the whole bundle again (1,800 pages
for an OPD of 200) and nearly all of its parts are unchanged. Each part is read
once into a digest of bytes kept between builds (:mod:`.parts`), and the file is
written from those by joining bytes (:mod:`.pdfout`): an unchanged part is not
parsed again.
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

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, NameObject, create_string_object

from skpdoc import __version__
from skpdoc.bundle.cache import BundleCache
from skpdoc.bundle.pages import Cover, TocRow, front_matter, stamps
from skpdoc.bundle.parts import STAMP_FONT_NAME, Digest
from skpdoc.bundle.parts import read as read_part
from skpdoc.bundle.pdfout import Outline, PdfOut, pdf_bytes
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


def assemble(target: Path, contents: Contents, *, pdfa: bool = False, cache: bool = True) -> BundleResult:
    """Write the bundle of one OPD to ``target`` (atomically) and say where each part landed.

    ``cache``: keep the parts' digests for the next bundle written to ``target`` (see :mod:`.parts`).
    """
    return Bundle(contents.documents, cache=str(target.resolve()) if cache else None).write(target, contents, pdfa=pdfa)


class Bundle:
    """A bundle being put together. Parts can be read ahead, in any order and from another thread.

    ``skpdoc build`` reads the parts that are up to date while LibreOffice
    converts the others (most of them come from the cache of digests named by
    ``cache``, the bundle's path); :meth:`write` reads the rest, draws the
    cover, contents and stamps and writes the file. One thread at a time.
    """

    def __init__(self, documents: Sequence[Path], *, cache: str | None = None) -> None:
        self._documents = set(documents)
        self._cache = BundleCache(cache)
        self._digests: dict[Path, Digest] = {}

    def add(self, pdf: Path) -> None:
        """Read ``pdf`` (one of the documents given), unless it has been."""
        if pdf not in self._documents:
            raise ValueError(f"{pdf} is not one of the bundle's documents")
        if pdf not in self._digests:
            self._digests[pdf] = self._cache.digest(pdf)

    def write(self, target: Path, contents: Contents, *, pdfa: bool = False) -> BundleResult:
        """Write the bundle of ``contents`` (a subset, in the same order, of the documents given)."""
        documents = contents.documents
        people, front, opd = contents.people, contents.front, contents.opd
        if set(self._digests) - set(documents):
            raise ValueError("a part read ahead is not in the bundle")
        for pdf in documents:
            self.add(pdf)
        first_page: dict[Path, int] = {}  # 1-based, in the body
        body_sizes: list[tuple[float, float]] = []
        for pdf in documents:
            first_page[pdf] = len(body_sizes) + 1
            body_sizes += [page.size for page in self._digests[pdf].pages]
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
        front_part = read_part(self._cache.drawn((cover, rows), lambda: front_matter(cover, rows)), stamped=False)
        front_pages = len(front_part.pages)
        result = BundleResult(pages=front_pages + len(body_sizes), front_pages=front_pages)

        out = PdfOut()
        page_numbers = _front_pages(out, front_part)
        out.stamp_font, texts = _stamp_font(out, self._cache.drawn(body_sizes, lambda: stamps(body_sizes)))
        opening = out.stream(b"q\n")  # the same for every page, so stored once
        for pdf in documents:
            digest = self._digests[pdf]
            numbers = out.place(digest)
            for page in digest.pages:
                stamp = out.stream(b"\nQ\nq 0 g " + texts[len(page_numbers) - front_pages] + b" Q\n")
                drawn = [opening, *(numbers[n] for n in page.contents), stamp]
                page_numbers.append(out.page(page, numbers, drawn))

        def place(key: str, pdf: Path) -> int:
            start = front_pages + first_page[pdf] - 1  # 0-based, in the bundle
            if key:
                result.ranges[key] = (start + 1, start + len(self._digests[pdf].pages))
            return start

        root = Outline(_title(opd), 0, [Outline(_title("Sampul dan daftar isi"), 0)])
        groups: dict[str, Outline] = {}
        for item in front:
            parent = root
            if item.group:
                if item.group not in groups:
                    groups[item.group] = Outline(_title(item.group), place(item.key, item.pdf))
                    root.children.append(groups[item.group])
                parent = groups[item.group]
            parent.children.append(Outline(_title(item.title), place(item.key, item.pdf)))
        unit_items: dict[tuple[str, ...], Outline] = {(): root}
        for person in people:
            if not person.parts:
                continue
            start = front_pages + first_page[person.parts[0].pdf] - 1
            parent = _unit_item(unit_items, person.units, start)
            title = f"{person.nama} — NIP {person.nip}"  # ungrouped: what a search for the NIP finds
            employee = Outline(_title(title), start)
            parent.children.append(employee)
            for part in person.parts:
                employee.children.append(Outline(_title(part.title), place(part.key, part.pdf)))

        labels = b"0<</S/r>>" + (b"%d<</S/D/St 1>>" % front_pages if body_sizes else b"")
        catalog = b"/Outlines %d 0 R/PageMode/UseOutlines/PageLabels<</Nums[%s]>>" % (
            out.outline([root], page_numbers),
            labels,
        )
        meta = _metadata(contents)
        catalog += b"/Metadata %d 0 R" % out.stream(xmp_packet(meta, pdfa=pdfa), b"/Type/Metadata/Subtype/XML")
        if pdfa:
            catalog += _output_intent(out, [self._digests[pdf] for pdf in documents])
        # PDF/A asks for a file identifier: a bundle built twice from the same parts at the same
        # SOURCE_DATE_EPOCH is the same bytes.
        seed = repr((meta, [str(d) for d in documents], result.pages)).encode()
        identifier = hashlib.md5(seed, usedforsecurity=False).digest()
        info = pdf_bytes(DictionaryObject({NameObject(k): create_string_object(v) for k, v in meta.info().items()}))
        write_atomic(target, out.finish(catalog, page_numbers, info, identifier))
        self._cache.save()
        return result


_STAMP_TEXT = re.compile(rb"BT 1 0 0 1 [^\n]*?Tm (/[^ ]+) [^\n]*?ET")


def _front_pages(out: PdfOut, part: Digest) -> list[int]:
    numbers = out.place(part)
    return [out.page(page, numbers, [numbers[n] for n in page.contents]) for page in part.pages]


def _stamp_font(out: PdfOut, stamps: bytes) -> tuple[int, list[bytes]]:
    """Place the font of the stamps (one text object each, in page order, on the one page of ``stamps``).

    Each stamp is laid over its page as a small stream of its own after the
    page's content (wrapped in ``q``/``Q`` so that no graphics state leaks), in
    the embedded Liberation Sans subset that all stamps share: cheaper than
    merging pages, which rewrites every page's content and resources.
    """
    reader = PdfReader(io.BytesIO(stamps))
    page = reader.pages[0]
    found = list(_STAMP_TEXT.finditer(page.get_contents().get_data()))  # type: ignore[union-attr]
    fonts = cast(DictionaryObject, page["/Resources"]["/Font"].get_object())  # type: ignore[index]
    if not found:
        return 0, []
    font = cast(IndirectObject, fonts.raw_get(found[0].group(1).decode()))
    numbers = out.place(read_part(stamps, stamped=False), pages=False, roots=(font.idnum,))
    return numbers[font.idnum], [text[0].replace(text[1], STAMP_FONT_NAME.encode(), 1) for text in found]


def _title(text: str) -> bytes:
    return pdf_bytes(create_string_object(text))


def _unit_item(items: dict[tuple[str, ...], Outline], units: tuple[str, ...], page: int) -> Outline:
    for depth in range(1, len(units) + 1):
        path = units[:depth]
        if path not in items:
            items[path] = Outline(_title(path[-1]), page)
            items[path[:-1]].children.append(items[path])
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


def _metadata(contents: Contents) -> Metadata:
    """The bundle's metadata, the same in the Info dictionary and in XMP (PDF/A asks for both to agree)."""
    opd, tahun = contents.opd, contents.tahun
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return Metadata(
        title=f"SKP dan Evaluasi Kinerja Pegawai {opd} {tahun}",
        author=contents.instansi,
        subject=f"Sasaran dan evaluasi kinerja pegawai, periode {contents.periode}",
        keywords=f"SKP, evaluasi kinerja, PermenPANRB 6/2022, {opd}, {tahun}",
        tool=f"skpdoc {__version__}",  # the software's credit: here, not on the cover of an official bundle
        moment=moment.replace(microsecond=0),
    )


def _output_intent(out: PdfOut, parts: list[Digest]) -> bytes:
    """Carry over LibreOffice's PDF/A-2b output intent (sRGB), which every part declares: a catalog entry."""
    for part in parts:
        if part.intents is not None:
            numbers = out.place(part, pages=False, roots=part.intents.refs)
            return b"/OutputIntents " + part.intents.render(numbers)
    return b""
