"""Parts read once into digests of bytes (skpdoc.bundle.parts), kept between bundles (skpdoc.bundle.cache)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from skpdoc.bundle import cache as bundle_cache
from skpdoc.bundle import parts
from skpdoc.bundle.assemble import Contents, assemble
from test_bundle import _stream, make_pdf, one_part_each, raw_pdf


def test_references_are_found_outside_strings_comments_and_stream_data() -> None:
    body = (
        b"<</A 5 0 R/B(not 6 0 R, nor \\) 7 0 R (nested 8 0 R))/C<00 9 0 52>/D[10 0 R 11 0 R]%12 0 R\n"
        b"/E 13 0 R/F12 0 R/Length 9>>\nstream\n14 0 R xy\nendstream"
    )
    data = b"%PDF-1.7\n1 0 obj\n" + body + b"\nendobj\n"
    scanned = parts._scan(data, len(b"%PDF-1.7\n1 0 obj"), len(data))
    assert scanned is not None
    text, refs, _, keyword = scanned
    assert refs == [5, 10, 11, 13] and keyword == b"stream"  # "/F12 0 R" is a name, then "0 R": no reference
    assert b"".join(text).startswith(b"\n<</A ") and text[1].startswith(b"/B(not 6 0 R")


def test_a_reference_of_another_generation_is_not_cut() -> None:
    data = b"<</A 5 1 R>>"
    assert parts._scan(data, 0, len(data)) is None


def test_objects_copied_raw_or_rewritten_render_as_the_same_graph(tmp_path: Path) -> None:
    # 5: a stream whose data holds "endstream" and "endobj" (found by its /Length, given indirectly by 6);
    # 7: a dictionary with a string holding ")" and a reference-like text; 8 is referenced by both.
    data = b"BT /F1 12 Tf 72 700 Td (endstream endobj 8 0 R) Tj ET"
    pdf = raw_pdf(
        tmp_path / "a.pdf",
        {
            1: b"<</Type/Catalog/Pages 2 0 R>>",
            2: b"<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 595 842]>>",  # the page inherits its size
            3: b"<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 7 0 R>>>>/Contents 5 0 R>>",
            4: b"<</Unused true>>",
            5: b"<</Length 6 0 R>>\nstream\n%s\nendstream" % data,
            6: b"%d" % len(data),
            7: b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Note(a \\) 9 0 R)/Extra 8 0 R>>",
            8: b"<</Shared true>>",
        },
    )
    digest = parts.read(pdf.read_bytes(), stamped=True)
    [page] = digest.pages
    assert page.size == (595.0, 842.0) and page.contents == (5,)
    assert set(digest.objects) == {5, 6, 7, 8}  # what the page reaches, not 4, nor the tree
    assert digest.tree == frozenset({2})
    numbers = {5: 105, 6: 106, 7: 107, 8: 108, parts.STAMP_FONT: 99}
    assert digest.objects[5].render(numbers).rstrip().endswith(b"(endstream endobj 8 0 R) Tj ET\nendstream")
    assert b"/Length 106 0 R" in digest.objects[5].render(numbers)
    assert digest.objects[7].render(numbers).rstrip().endswith(b"/Note(a \\) 9 0 R)/Extra 108 0 R>>")
    head = page.head.render(numbers)
    assert b"/SkpdocStamp 99 0 R" in head and b"/F1 107 0 R" in head and b"/MediaBox" in head
    assert b"/Parent" not in head and b"/Contents" not in head


def test_the_same_part_at_another_path_shares_everything_but_its_pages(tmp_path: Path) -> None:
    first = make_pdf(tmp_path / "a.pdf", 2)
    second = tmp_path / "b.pdf"
    second.write_bytes(first.read_bytes())
    target = tmp_path / "bundle.pdf"
    result = assemble(target, Contents("I", "O", 2024, "Akhir", one_part_each([first, second])))
    reader = PdfReader(target)
    body = reader.pages[result.front_pages :]
    assert [p.extract_text().split("\n")[0] for p in body] == ["a halaman 1", "a halaman 2"] * 2
    streams = [page.raw_get("/Contents")[1] for page in body]  # after the opening "q", the form's own
    assert streams[0] != streams[1] and streams[:2] == streams[2:]  # the same content stream each time
    assert len({page.indirect_reference for page in body}) == 4


def test_an_unchanged_part_is_not_read_again_and_a_changed_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdfs = [make_pdf(tmp_path / f"{n}.pdf", 1) for n in range(3)]
    contents = Contents("I", "O", 2024, "Akhir", one_part_each(pdfs))
    target = tmp_path / "bundle.pdf"
    assemble(target, contents)
    first = target.read_bytes()
    read: list[int] = []
    original = parts.read

    def counted(data: bytes, *, stamped: bool) -> parts.Digest:
        read.append(len(data))
        return original(data, stamped=stamped)

    monkeypatch.setattr(bundle_cache, "read", counted)
    assemble(target, contents)
    assert read == [] and target.read_bytes() == first  # every part from the cache: the same bytes

    make_pdf(pdfs[1], 2)  # rewritten in place, with another page
    result = assemble(target, contents)
    assert len(read) == 1 and result.pages == result.front_pages + 4
    assert "1 halaman 2" in PdfReader(target).pages[result.front_pages + 2].extract_text()


def test_a_damaged_cache_is_read_as_none(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", 1)
    target = tmp_path / "bundle.pdf"
    contents = Contents("I", "O", 2024, "Akhir", one_part_each([pdf]))
    assemble(target, contents)
    stored = bundle_cache.BundleCache(str(target.resolve())).path
    assert stored is not None and stored.is_file()
    stored.write_bytes(b"not a pickle")
    result = assemble(target, contents)
    assert result.pages == result.front_pages + 1 and stored.read_bytes() != b"not a pickle"


def test_links_between_pages_of_a_part_lead_to_those_pages_in_the_bundle(tmp_path: Path) -> None:
    link = b"<</Type/Annot/Subtype/Link/Rect[0 0 10 10]/Border[0 0 0]/Dest[%d 0 R/XYZ 0 0 0]>>"
    pdf = raw_pdf(
        tmp_path / "a.pdf",
        {
            1: b"<</Type/Catalog/Pages 2 0 R>>",
            2: b"<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>",
            3: b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Annots[5 0 R]/Contents 7 0 R>>",
            4: b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Annots[6 0 R]/Contents 7 0 R>>",
            5: link % 4,
            6: link % 3,
            7: _stream(b"BT ET"),
        },
    )
    target = tmp_path / "bundle.pdf"
    result = assemble(target, Contents("I", "O", 2024, "Akhir", one_part_each([make_pdf(tmp_path / "b.pdf", 1), pdf])))
    reader = PdfReader(target)
    first = result.front_pages + 1  # b.pdf's page comes first
    numbers = [page.indirect_reference.idnum for page in reader.pages]  # type: ignore[union-attr]
    for page, leads_to in ((first, first + 1), (first + 1, first)):
        annotation = reader.pages[page]["/Annots"][0].get_object()  # type: ignore[index]
        assert annotation["/Dest"][0].idnum == numbers[leads_to]


def test_a_part_with_object_streams_is_read_through_pypdf(tmp_path: Path) -> None:
    import pikepdf

    plain = make_pdf(tmp_path / "plain.pdf", 2)
    packed = tmp_path / "packed.pdf"
    with pikepdf.open(plain) as pdf:  # its fonts and pages in compressed object streams, no xref table
        pdf.save(packed, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    assert b"/ObjStm" in packed.read_bytes()
    target = tmp_path / "bundle.pdf"
    result = assemble(target, Contents("I", "O", 2024, "Akhir", one_part_each([packed, plain])))
    texts = [page.extract_text() for page in PdfReader(target).pages[result.front_pages :]]
    assert [text.split("\n")[0] for text in texts] == ["plain halaman 1", "plain halaman 2"] * 2
    assert "Halaman 4 dari 4" in texts[3]


def test_a_subset_of_pages_reaches_only_their_objects_and_not_the_other_pages(tmp_path: Path) -> None:
    link = b"<</Type/Annot/Subtype/Link/Rect[0 0 10 10]/Border[0 0 0]/Dest[%d 0 R/XYZ 0 0 0]>>"
    pdf = raw_pdf(
        tmp_path / "a.pdf",
        {
            1: b"<</Type/Catalog/Pages 2 0 R>>",
            2: b"<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2/MediaBox[0 0 595 842]>>",
            3: b"<</Type/Page/Parent 2 0 R/Annots[5 0 R]/Contents 6 0 R>>",
            4: b"<</Type/Page/Parent 2 0 R/Contents 7 0 R>>",
            5: link % 4,
            6: _stream(b"BT ET"),
            7: _stream(b"q Q"),
        },
    )
    whole = parts.read(pdf.read_bytes(), stamped=False)
    first = whole.subset(whole.pages[:1])
    assert [page.number for page in first.pages] == [3]
    assert first.reached([*first.pages[0].head.refs, *first.pages[0].contents]) == [5, 4, 6]
    assert first.objects[4].render({}) == b"null"  # the link's page is not among them: it leads nowhere
    assert whole.reached([5]) == [5]  # in the whole, page 4 is a page, never an object to copy
