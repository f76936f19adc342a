"""Splitting a composed document's PDF per form (skpdoc.convert.pdfsplit) by joining the bytes of one digest.

The split is checked against what pypdf makes of the same page ranges (the way
it was done before): the same pages, text, page sizes and document
information, and a file qpdf finds sound.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NullObject

from conftest import REPO, qpdf_check
from skpdoc.build import build
from skpdoc.convert import Converter, pdfsplit
from skpdoc.convert import tasks as convert_tasks
from skpdoc.convert.compose import MARK

Chunk = tuple[Path, list[dict[str, str]]]


def reference_split(pdf: Path, info: list[dict[str, str]], ends: list[int]) -> list[bytes]:
    """pypdf's copy of each form's pages, with the composed document's Creator/Producer/CreationDate and the form's
    own information."""
    reader = PdfReader(pdf)
    common = {k: str(v) for k, v in (reader.metadata or {}).items() if k in ("/Creator", "/Producer", "/CreationDate")}
    out = []
    for start, end, own in zip([0] + [e + 1 for e in ends[:-1]], ends, info, strict=True):
        writer = PdfWriter()
        for number in range(start, end + 1):
            writer.add_page(reader.pages[number])
        writer.add_metadata({**common, **own})
        data = io.BytesIO()
        writer.write(data)
        out.append(data.getvalue())
    return out


def reference_ends(pdf: Path, forms: int) -> list[int]:
    """The page of each end mark, as pypdf finds it."""
    reader = PdfReader(pdf)
    marks = reader.named_destinations
    return [reader.get_destination_page_number(marks[f"/{MARK}{n}"]) for n in range(forms)]


def page_texts(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    return [document[n].get_textpage().get_text_range() for n in range(len(document))]


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(data)
    return [document[n].get_size() for n in range(len(document))]


def drawn_images(data: bytes) -> set[str]:
    """Digests of the images the pages' content draws ("/Name Do"; LibreOffice draws them directly)."""
    found = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for name in re.findall(rb"/([^\s/\[\]()<>]+)\s+Do\b", page.get_contents().get_data()):
            found.add(hashlib.sha1(xobjects["/" + name.decode()].get_object().get_data()).hexdigest())
    return found


def information(data: bytes) -> dict[str, str]:
    return {k: str(v) for k, v in (PdfReader(io.BytesIO(data)).metadata or {}).items()}


def checked(data: bytes, path: Path) -> list[str]:
    path.write_bytes(data)
    return qpdf_check(path)


# -- a composed PDF written by hand --------------------------------------------------------------------


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<<%s/Length %d>>\nstream\n%s\nendstream" % (entries, len(data), data)


def composed_by_hand(path: Path) -> Path:
    """Three pages as LibreOffice exports a composed document: one resource dictionary for all (inherited here),
    end marks as named destinations (forms: page 1, pages 2-3), and on page 3 a link to page 1, in the other form."""
    image = b"/Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8"
    objects = {
        1: b"<</Type/Catalog/Pages 2 0 R/Dests 3 0 R/Lang(id-ID)/ViewerPreferences<</DisplayDocTitle true>>>>",
        2: b"<</Type/Pages/Kids[4 0 R 5 0 R 6 0 R]/Count 3/Resources 7 0 R/MediaBox[0 0 595 842]>>",
        3: b"<</%s0[4 0 R/XYZ 0 0 0]/%s1[6 0 R/XYZ 0 0 0]>>" % (MARK.encode(), MARK.encode()),
        4: b"<</Type/Page/Parent 2 0 R/Contents 8 0 R>>",
        5: b"<</Type/Page/Parent 2 0 R/Contents 9 0 R/MediaBox[0 0 842 595]>>",
        6: b"<</Type/Page/Parent 2 0 R/Contents 10 0 R/Annots[11 0 R]>>",
        7: b"<</Font<</F1 12 0 R>>/XObject<</Im1 13 0 R/Im2 14 0 R>>>>",
        8: _stream(b"BT /F1 12 Tf 72 700 Td (satu) Tj ET q 10 0 0 10 72 600 cm /Im1 Do Q"),
        9: _stream(b"BT /F1 12 Tf 72 500 Td (dua) Tj ET"),
        10: _stream(b"BT /F1 12 Tf 72 700 Td (tiga) Tj ET q 10 0 0 10 72 600 cm /Im2 Do Q"),
        11: b"<</Type/Annot/Subtype/Link/Rect[0 0 10 10]/Border[0 0 0]/Dest[4 0 R/XYZ 0 0 0]>>",
        12: b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
        13: _stream(b"\x00", image),
        14: _stream(b"\xff", image),
        15: b"<</Producer(LibreOffice 7.4)/Creator(Writer)/CreationDate(D:20240101000000Z')/Title(semua)>>",
    }
    out = bytearray(b"%PDF-1.6\n")
    offsets = []
    for number, body in objects.items():
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R/Info 15 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_each_form_gets_its_pages_its_information_and_only_what_its_pages_draw(tmp_path: Path) -> None:
    pdf = composed_by_hand(tmp_path / "composed.pdf")
    info = [{"/Title": "Formulir satu — SKP"}, {"/Title": "Formulir dua", "/Author": "BKPSDM"}]
    first, second = pdfsplit.split(pdf, info)
    assert page_texts(first) == ["satu"] and page_texts(second) == ["dua", "tiga"]
    assert page_sizes(first) == [(595, 842)] and page_sizes(second) == [(842, 595), (595, 842)]
    common = {"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/CreationDate": "D:20240101000000Z'"}
    assert information(first) == {**common, "/Title": "Formulir satu — SKP"}
    assert information(second) == {**common, "/Title": "Formulir dua", "/Author": "BKPSDM"}
    assert drawn_images(first) == {hashlib.sha1(b"\x00").hexdigest()}
    assert drawn_images(second) == {hashlib.sha1(b"\xff").hexdigest()}
    assert b"\xff\nendstream" not in first and b"\x00\nendstream" not in second  # not even unreferenced
    catalog = PdfReader(io.BytesIO(second)).root_object
    assert catalog["/Lang"] == "id-ID" and catalog["/ViewerPreferences"]["/DisplayDocTitle"]
    link = PdfReader(io.BytesIO(second)).pages[1]["/Annots"][0].get_object()
    assert isinstance(link["/Dest"][0].get_object(), NullObject)  # the page it led to is in the other form's PDF
    assert checked(first, tmp_path / "1.pdf") == [] and checked(second, tmp_path / "2.pdf") == []


def test_the_split_matches_pypdfs_copy_of_the_same_pages(tmp_path: Path) -> None:
    pdf = composed_by_hand(tmp_path / "composed.pdf")
    info = [{"/Title": "satu"}, {"/Title": "dua"}]
    for ours, theirs in zip(pdfsplit.split(pdf, info), reference_split(pdf, info, [0, 2]), strict=True):
        assert page_texts(ours) == page_texts(theirs)
        assert page_sizes(ours) == page_sizes(theirs)
        assert information(ours) == information(theirs)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(st.characters(exclude_categories=["Cs"]), max_size=40))
def test_any_title_reads_back_as_it_was_given(title: str, tmp_path: Path) -> None:
    pdf = tmp_path / "composed.pdf"
    if not pdf.exists():
        composed_by_hand(pdf)
    first, _ = pdfsplit.split(pdf, [{"/Title": title}, {}])
    assert information(first)["/Title"] == title


def test_end_marks_out_of_order_are_refused(tmp_path: Path) -> None:
    pdf = composed_by_hand(tmp_path / "composed.pdf")
    pdf.write_bytes(pdf.read_bytes().replace(b"0[4 0 R", b"0[6 0 R").replace(b"1[6 0 R", b"1[4 0 R"))
    with pytest.raises(pdfsplit.SplitError, match=r"end marks are on pages \[2, 0\] of 3"):
        pdfsplit.split(pdf, [{}, {}])


# -- composed by LibreOffice -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    """The PDFs LibreOffice made of one employee's forms composed (every kind of form, the curves of the
    Evaluasi among them), each kept as it was given to the split, with the forms' information."""
    folder = tmp_path_factory.mktemp("split")
    assert build(REPO / "specs", folder / "out", pdf=False, nips=["196905201995031003"]).ok
    outputs = json.loads((folder / "out" / "2024" / "manifest.json").read_text())["outputs"]
    sources = [folder / "out" / "2024" / name for name in outputs]
    kept: list[Chunk] = []
    real = pdfsplit.split

    def keeping(pdf: Path, info: list[dict[str, str]]) -> list[bytes]:
        kept.append((folder / f"chunk{len(kept)}.pdf", info))
        shutil.copy(pdf, kept[-1][0])
        return real(pdf, info)

    with Converter(jobs=1) as conv, pytest.MonkeyPatch.context() as patch:
        patch.setattr(convert_tasks, "COMPOSE_FROM", 0)  # however many forms there are
        patch.setattr(convert_tasks.pdfsplit, "split", keeping)
        report = conv.convert([(s, folder / "pdf" / f"{n}.pdf") for n, s in enumerate(sources)], compose=True)
    assert report.failed == [] and report.composed == len(sources) == sum(len(info) for _, info in kept)
    return kept


@pytest.mark.slow
def test_forms_split_from_libreoffices_pdf_read_as_pypdfs_copies_do(chunks: list[Chunk], tmp_path: Path) -> None:
    for pdf, info in chunks:
        ours = pdfsplit.split(pdf, info)
        theirs = reference_split(pdf, info, reference_ends(pdf, len(info)))
        for n, (one, other) in enumerate(zip(ours, theirs, strict=True)):
            assert len(PdfReader(io.BytesIO(one)).pages) == len(PdfReader(io.BytesIO(other)).pages)
            assert page_texts(one) == page_texts(other) and page_texts(one)
            assert page_sizes(one) == page_sizes(other)
            assert information(one) == information(other) and information(one)["/Title"] == info[n]["/Title"]
            assert drawn_images(one) == drawn_images(other)
            assert checked(one, tmp_path / f"{pdf.stem}-{n}.pdf") == []
    assert any(drawn_images(one) for pdf, info in chunks for one in pdfsplit.split(pdf, info))
