"""Merge an OPD's PDFs into one bundle to print, sign, archive and send.

Order and structure: the cover, the contents, optional front documents (the
OPD's rekap), then every employee in the order given (the caller orders by
hierarchy) with all their forms. The bundle gets nested bookmarks
(OPD → unit → employee → form), page labels (roman for the front matter,
1, 2, 3 ... for the body), "Halaman k dari N" stamped on every body page,
and document metadata. Identical objects (the fonts every form embeds, the
distribution charts, repeated images) are stored once.

Speed matters: a one-spec rebuild re-assembles the whole bundle (1,400 pages
for an OPD of 200); ``objects.Copier`` copies the parts' pages without parsing
their fonts and content streams, sharing what is already in the bundle.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, IndirectObject, NameObject

from skpdoc.bundle.objects import Copier
from skpdoc.bundle.pages import Cover, TocRow, front_matter, stamps
from skpdoc.files import write_atomic


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


@dataclass(frozen=True)
class Front:
    """A document placed before the employees (e.g. the rekap), with its own bookmark."""

    title: str
    pdf: Path
    key: str = ""  # caller's id for the manifest, as Part.key


@dataclass
class BundleResult:
    pages: int
    front_pages: int
    #: key of each part → (first, last) physical page, 1-based, in the bundle
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)


def assemble(
    target: Path,
    *,
    instansi: str,
    opd: str,
    tahun: int,
    periode: str,
    people: Sequence[Person],
    front: Sequence[Front] = (),
    pdfa: bool = False,
) -> BundleResult:
    """Write the bundle of one OPD to ``target`` (atomically) and say where each part landed."""
    readers = {part.pdf: _read(part.pdf) for person in people for part in person.parts}
    front_readers = [(f, _read(f.pdf)) for f in front]
    body_sizes: list[tuple[float, float]] = []
    for _, reader in front_readers:
        body_sizes += [_size(page) for page in reader.pages]
    first_body_page: dict[Path, int] = {}
    for person in people:
        for part in person.parts:
            first_body_page[part.pdf] = len(body_sizes) + 1
            body_sizes += [_size(page) for page in readers[part.pdf].pages]

    documents = sum(len(p.parts) for p in people) + len(front)
    cover = Cover(instansi, opd, tahun, periode, len(people), documents, len(body_sizes))
    cover_reader = PdfReader(io.BytesIO(front_matter(cover, _contents(people, front, first_body_page, front_readers))))
    front_pages = len(cover_reader.pages)

    writer = PdfWriter()
    copier = Copier(writer)
    copier.add(cover_reader)
    root = writer.add_outline_item(title=opd, page_number=0)
    writer.add_outline_item(title="Sampul dan daftar isi", page_number=0, parent=root)
    result = BundleResult(pages=front_pages + len(body_sizes), front_pages=front_pages)
    for item, reader in front_readers:
        start = len(writer.pages)
        copier.add(reader)
        writer.add_outline_item(title=item.title, page_number=start, parent=root)
        if item.key:
            result.ranges[item.key] = (start + 1, len(writer.pages))
    unit_items: dict[tuple[str, ...], IndirectObject] = {(): root}
    for person in people:
        parent = _unit_item(writer, unit_items, person.units)
        start = len(writer.pages)
        employee = writer.add_outline_item(title=f"{person.nama} — NIP {person.nip}", page_number=start, parent=parent)
        for part in person.parts:
            first = len(writer.pages)
            copier.add(readers[part.pdf])
            writer.add_outline_item(title=part.title, page_number=first, parent=employee)
            if part.key:
                result.ranges[part.key] = (first + 1, len(writer.pages))

    _stamp(writer, front_pages, stamps(body_sizes))
    writer.set_page_label(0, front_pages - 1, style=PageLabelStyle.LOWERCASE_ROMAN)
    writer.set_page_label(front_pages, len(writer.pages) - 1, style=PageLabelStyle.DECIMAL, start=1)
    writer.page_mode = "/UseOutlines"
    _metadata(writer, instansi=instansi, opd=opd, tahun=tahun, periode=periode)
    if pdfa:
        _declare_pdfa(writer, next(iter(readers.values()), None), opd)
    copier.finish()
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
            [opening, *existing, _stream(writer, b"\nQ\nq .3 g " + stamp + b" Q\n")]
        )


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def _size(page: object) -> tuple[float, float]:
    box = page.mediabox  # type: ignore[attr-defined]
    return float(box.width), float(box.height)


def _unit_item(
    writer: PdfWriter, items: dict[tuple[str, ...], IndirectObject], units: tuple[str, ...]
) -> IndirectObject:
    for depth in range(1, len(units) + 1):
        path = units[:depth]
        if path not in items:
            items[path] = writer.add_outline_item(
                title=path[-1], page_number=len(writer.pages), parent=items[path[:-1]]
            )
    return items[units]


def _contents(
    people: Sequence[Person],
    front: Sequence[Front],
    first_page: dict[Path, int],
    front_readers: list[tuple[Front, PdfReader]],
) -> list[TocRow]:
    rows: list[TocRow] = []
    page = 1
    for item, reader in front_readers:
        rows.append(TocRow(0, item.title, "", page))
        page += len(reader.pages)
    current: tuple[str, ...] | None = None
    for person in people:
        if person.units != current:
            current = person.units
            if person.units:
                rows.append(TocRow(0, " › ".join(person.units), "", None))
        forms = " · ".join(f"{p.title} {first_page[p.pdf]}" for p in person.parts)
        start = first_page[person.parts[0].pdf] if person.parts else None
        rows.append(TocRow(1, f"{person.nama} — {person.nip}", f"{person.jabatan}   |   {forms}", start))
    return rows


def _metadata(writer: PdfWriter, *, instansi: str, opd: str, tahun: int, periode: str) -> None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    stamp = moment.strftime("D:%Y%m%d%H%M%SZ")
    writer.add_metadata(
        {
            "/Title": f"SKP dan Evaluasi Kinerja Pegawai {opd} {tahun}",
            "/Author": instansi,
            "/Subject": f"Sasaran dan evaluasi kinerja pegawai, periode {periode}",
            "/Keywords": f"SKP, evaluasi kinerja, PermenPANRB 6/2022, {opd}, {tahun}",
            "/Creator": "skpdoc",
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }
    )


def _declare_pdfa(writer: PdfWriter, sample: PdfReader | None, title: str) -> None:
    """Carry over LibreOffice's PDF/A-2b output intent and declare the bundle PDF/A-2b in XMP."""
    if sample is not None and "/OutputIntents" in sample.root_object:
        intents = sample.root_object["/OutputIntents"]
        writer.root_object[NameObject("/OutputIntents")] = intents.clone(writer)
    xmp = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(title)}</rdf:li></rdf:Alt></dc:title>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    writer.xmp_metadata = xmp.encode("utf-8")
    stream = cast(DictionaryObject, writer.root_object["/Metadata"].get_object())
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
