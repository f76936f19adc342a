from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from skpdoc import __version__
from skpdoc.bundle import pages
from skpdoc.bundle.assemble import Bundle, Contents, Front, Part, Person, assemble
from skpdoc.errors import SkpdocError


def make_pdf(path: Path, pages: int, *, wide: bool = False) -> Path:
    canvas = Canvas(str(path), pagesize=landscape(A4) if wide else A4)
    for page in range(pages):
        canvas.drawString(100, 300, f"{path.stem} halaman {page + 1}")
        canvas.showPage()
    canvas.save()
    return path


def outline_titles(items: list, depth: int = 0) -> list[str]:  # type: ignore[type-arg]
    titles: list[str] = []
    for item in items:
        if isinstance(item, list):
            titles += outline_titles(item, depth + 1)
        else:
            titles.append("  " * depth + item.title)
    return titles


def test_bundle_structure(tmp_path: Path) -> None:
    people = [
        Person(
            "Kepala",
            "197503152000031002",
            "Kepala Dinas",
            (),
            (Part("SKP", make_pdf(tmp_path / "a.pdf", 2, wide=True), "a/skp"),),
        ),
        Person(
            "Kabid",
            "197912102005011003",
            "Kepala Bidang",
            ("Bidang Aptika",),
            (
                Part("SKP", make_pdf(tmp_path / "b.pdf", 3, wide=True), "b/skp"),
                Part("Lampiran SKP", make_pdf(tmp_path / "c.pdf", 1), "b/lampiran"),
            ),
        ),
        Person(
            "Kasi",
            "198703122010012004",
            "Kepala Seksi",
            ("Bidang Aptika", "Seksi E-Gov"),
            (Part("SKP", make_pdf(tmp_path / "d.pdf", 2), "d/skp"),),
        ),
    ]
    rekap = Front("Rekap Predikat", make_pdf(tmp_path / "rekap.pdf", 1))
    # one document in two parts (the matriks, a PDF per leader): one document on the cover
    matriks = [
        Front(f"Matriks {n}", make_pdf(tmp_path / f"m{n}.pdf", 1), group="Matriks Peran dan Hasil") for n in (1, 2)
    ]
    target = tmp_path / "out" / "diskominfo.pdf"
    front = [rekap, *matriks]
    result = assemble(target, Contents("Pemerintah Kabupaten Contoh", "Dinas Kominfo", 2024, "Akhir", people, front))
    reader = PdfReader(target)
    body = 1 + 2 + 2 + 3 + 1 + 2
    assert len(reader.pages) == result.pages == result.front_pages + body
    assert result.ranges == {"a/skp": (6, 7), "b/skp": (8, 10), "b/lampiran": (11, 11), "d/skp": (12, 13)}
    assert reader.page_labels[: result.front_pages] == ["i", "ii"][: result.front_pages]
    assert reader.page_labels[result.front_pages :] == [str(n) for n in range(1, body + 1)]
    for index in range(result.front_pages, len(reader.pages)):
        assert f"Halaman {index - result.front_pages + 1} dari {body}" in reader.pages[index].extract_text()
    wide = reader.pages[result.front_pages + 4].mediabox  # the second page of a.pdf
    assert wide.width > wide.height
    assert outline_titles(reader.outline) == [
        "Dinas Kominfo",
        "  Sampul dan daftar isi",
        "  Rekap Predikat",
        "  Matriks Peran dan Hasil",
        "    Matriks 1",
        "    Matriks 2",
        "  Kepala — NIP 197503152000031002",
        "    SKP",
        "  Bidang Aptika",
        "    Kabid — NIP 197912102005011003",
        "      SKP",
        "      Lampiran SKP",
        "    Seksi E-Gov",
        "      Kasi — NIP 198703122010012004",
        "        SKP",
    ]
    meta = reader.metadata
    assert meta is not None and meta.author == "Pemerintah Kabupaten Contoh"
    assert meta.title == "SKP dan Evaluasi Kinerja Pegawai Dinas Kominfo 2024"
    assert meta.subject and meta.keywords and meta.creation_date
    assert meta.producer == meta.creator == f"skpdoc {__version__}"  # the software's credit is here ...
    cover = reader.pages[0].extract_text()
    assert "skpdoc" not in cover.lower()  # ... not on the cover
    lines = cover.splitlines()
    facts = [(line, lines[n + 1].lstrip(": ")) for n, line in enumerate(lines) if line.startswith("Jumlah")]
    assert facts == [
        ("Jumlah pegawai", "3"),
        ("Jumlah dokumen", "6"),  # 4 forms, the rekap, the matriks (7 PDFs)
        ("Jumlah halaman", str(body)),
    ]
    contents = reader.pages[1].extract_text()
    # NIPs grouped as the forms print them
    assert "DAFTAR ISI" in contents and "Kabid — NIP 19791210 200501 1 003" in contents
    assert not list(target.parent.glob("*.tmp"))


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<<%s/Length %d>>\nstream\n%s\nendstream" % (entries, len(data), data)


def raw_pdf(path: Path, objects: dict[int, bytes]) -> Path:
    """A PDF written object by object (1 the catalog, numbered 1..n), to control its exact bytes."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number in range(1, len(objects) + 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def nested_form(path: Path, inner: str, form_extra: bytes = b"", font_extra: bytes = b"") -> Path:
    """One page drawing form 7, which draws form 8 with ``inner``; every object but 8 is the same in each file.

    The page's font dictionary (6) is also the font dictionary of form 8: the bundle edits it (the stamp font).
    ``form_extra`` and ``font_extra`` are more entries for form 8 and the font.
    """
    text = b"BT /F1 12 Tf 72 700 Td (%s) Tj ET" % inner.encode()
    return raw_pdf(
        path,
        {
            1: b"<</Type/Catalog/Pages 2 0 R>>",
            2: b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            3: b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources 4 0 R/Contents 5 0 R>>",
            4: b"<</Font 6 0 R/XObject<</Fm 7 0 R>>>>",
            5: _stream(b"q /Fm Do Q"),
            6: b"<</F1 9 0 R>>",
            7: _stream(b"/In Do", b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</XObject<</In 8 0 R>>>>"),
            8: _stream(text, b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font 6 0 R>>" + form_extra),
            9: b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica%s>>" % font_extra,
        },
    )


def one_part_each(pdfs: list[Path]) -> list[Person]:
    return [Person(f"P{i}", f"{i:018d}", "Staf", (), (Part("SKP", pdf, pdf.stem),)) for i, pdf in enumerate(pdfs)]


def test_identical_objects_are_stored_once_and_look_alike_ones_are_not(tmp_path: Path) -> None:
    pdfs = [
        nested_form(tmp_path / "a.pdf", "isi satu"),
        nested_form(tmp_path / "b.pdf", "isi dua"),
        nested_form(tmp_path / "c.pdf", "isi satu"),
        # "stream" and a reference inside strings: form 8 and the font cannot be copied byte for byte
        nested_form(tmp_path / "d.pdf", "isi empat", b"/Catatan(bukan stream 9 0 R)", b"/Catatan(lihat 5 0 R)"),
    ]
    target = tmp_path / "bundle.pdf"
    result = assemble(target, Contents("I", "O", 2024, "Akhir", one_part_each(pdfs)))

    reader = PdfReader(target)
    body = reader.pages[result.front_pages :]
    texts = [page.extract_text() for page in body]
    for text, expected in zip(texts, ["isi satu", "isi dua", "isi satu", "isi empat"], strict=True):
        assert expected in text
    assert "Halaman 2 dari 4" in texts[1]

    def inner(page: PageObject) -> object:
        return page["/Resources"]["/XObject"]["/Fm"]["/Resources"]["/XObject"]["/In"].indirect_reference

    # a and c share their forms; b's form 7 has the same bytes as a's but draws another form 8
    assert inner(body[0]) == inner(body[2]) != inner(body[1])
    forms = [page["/Resources"]["/XObject"].raw_get("/Fm") for page in body]
    assert forms[0] == forms[2] != forms[1]
    assert body[3]["/Resources"]["/XObject"]["/Fm"]["/Resources"]["/XObject"]["/In"]["/Catatan"] == "bukan stream 9 0 R"
    assert body[3]["/Resources"]["/Font"]["/F1"]["/Catatan"] == "lihat 5 0 R"
    for page in body[:3]:  # the same fonts (d has a font of its own), and the stamp font on every page
        fonts = page["/Resources"]["/Font"]
        assert fonts.raw_get("/F1") == body[0]["/Resources"]["/Font"].raw_get("/F1")
        assert fonts.raw_get("/SkpdocStamp") == body[0]["/Resources"]["/Font"].raw_get("/SkpdocStamp")
    assert len(helvetica(reader)) == 1


def helvetica(reader: PdfReader) -> list[object]:
    """The parts' font dictionary for Helvetica, each time it is stored in ``reader``."""
    objects = [reader.get_object(number) for number in reader.xref[0]]
    return [o for o in objects if o == {"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/Helvetica"}]


def test_the_bundle_is_the_same_bytes_each_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    people = one_part_each([make_pdf(tmp_path / "a.pdf", 2), nested_form(tmp_path / "b.pdf", "isi")])
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    contents = Contents("I", "O", 2024, "Akhir", people)
    assemble(first, contents)
    assemble(second, contents)
    assert first.read_bytes() == second.read_bytes()


def test_parts_copied_ahead_in_another_order_land_where_they_belong(tmp_path: Path) -> None:
    # As build does: the parts that are up to date first, while LibreOffice converts the others.
    pdfs = [make_pdf(tmp_path / f"{n}.pdf", n % 2 + 1) for n in range(5)]
    contents = Contents("I", "O", 2024, "Akhir", one_part_each(pdfs))
    assemble(tmp_path / "plain.pdf", contents)
    ahead = Bundle(contents.documents)
    for pdf in (pdfs[3], pdfs[1], pdfs[4]):
        ahead.add(pdf)
    result = ahead.write(tmp_path / "ahead.pdf", contents)
    plain, early = PdfReader(tmp_path / "plain.pdf"), PdfReader(tmp_path / "ahead.pdf")
    assert [p.extract_text() for p in early.pages] == [p.extract_text() for p in plain.pages]

    def marks(reader: PdfReader) -> list[tuple[str, int]]:
        flat: list[object] = list(reader.outline)
        out = []
        while flat:
            item = flat.pop(0)
            if isinstance(item, list):
                flat[:0] = item
            else:
                out.append((item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined, arg-type]
        return out

    assert marks(early) == marks(plain) and len(marks(plain)) == 12 and early.page_labels == plain.page_labels
    assert result.ranges[pdfs[2].stem] == (result.front_pages + 4, result.front_pages + 4)


def test_contents_wrap_long_entries_and_cut_nothing(tmp_path: Path) -> None:
    nama = (
        "Prof. Dr. Ir. H. Raden Muhammad Ikhsan Nugraha Wicaksono Putra Pratama Kusumawardhana, S.STP., M.Si., M.Kom."
    )
    jabatan = (
        "Kepala Bidang Pengembangan Kompetensi Aparatur dan Penilaian Kinerja Pegawai Aparatur Sipil Negara Daerah"
    )
    unit = "Sekretariat Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh Bagian Umum"
    front = [Front(f"{jabatan} — {nama}", make_pdf(tmp_path / "m.pdf", 1), group="Matriks Peran dan Hasil")]
    people = [  # more than one page of contents
        Person(
            nama,
            "199303292023212001",
            jabatan,
            (unit,),
            tuple(evaluasi(tmp_path / f"{k}-{n}.pdf", n) for n in range(1, 9)),
        )
        for k in range(12)
    ]
    target = tmp_path / "bundle.pdf"
    result = assemble(target, Contents("I", "O", 2024, "Akhir", people, front))
    reader = PdfReader(target)
    text = " ".join(reader.pages[n].extract_text() for n in range(1, result.front_pages))
    assert result.front_pages > 2 and "…" not in text
    words = text.split()
    for value in (nama, jabatan, unit, "NIP 19930329 202321 2 001", "Evaluasi Kinerja — Triwulan 8 9"):
        assert " ".join(value.split()) in " ".join(words), value
    assert text.count(nama.split()[-1]) == 13  # every entry, whole, on one page or the next: none lost


def evaluasi(path: Path, n: int) -> Part:
    return Part(f"Evaluasi Kinerja — Triwulan {n}", make_pdf(path, 1))


def test_without_liberation_sans_the_message_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "_FONT_DIRS", (tmp_path,))
    monkeypatch.setattr(pages.shutil, "which", lambda name: None)
    pages.register_fonts.cache_clear()
    try:
        with pytest.raises(SkpdocError) as raised:
            assemble(
                tmp_path / "b.pdf", Contents("I", "O", 2024, "Akhir", one_part_each([make_pdf(tmp_path / "a.pdf", 1)]))
            )
    finally:
        pages.register_fonts.cache_clear()
    assert "Liberation Sans" in str(raised.value) and "fonts-liberation" in str(raised.value)
    assert not (tmp_path / "b.pdf").exists()


def test_the_contents_name_a_pppk_by_its_ni_pppk_grouped_as_the_forms_do(tmp_path: Path) -> None:
    people = [
        Person("Ani", "199411272021211001", "Pranata Komputer", (), (evaluasi(tmp_path / "a.pdf", 1),), "pppk"),
        Person("Budi", "198501012010011001", "Analis", (), (evaluasi(tmp_path / "b.pdf", 2),)),
    ]
    result = assemble(tmp_path / "bundle.pdf", Contents("I", "O", 2024, "Akhir", people, []))
    reader = PdfReader(tmp_path / "bundle.pdf")
    text = " ".join(" ".join(reader.pages[n].extract_text().split()) for n in range(result.front_pages))
    assert "Ani — NI PPPK 19941127 2021 21 1 001" in text and "Budi — NIP 19850101 201001 1 001" in text
