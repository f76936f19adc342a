from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from skpdoc.bundle.assemble import Front, Part, Person, assemble


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
    target = tmp_path / "out" / "diskominfo.pdf"
    result = assemble(
        target,
        instansi="Pemerintah Kabupaten Contoh",
        opd="Dinas Kominfo",
        tahun=2024,
        periode="Akhir",
        people=people,
        front=[rekap],
    )
    reader = PdfReader(target)
    body = 1 + 2 + 3 + 1 + 2
    assert len(reader.pages) == result.pages == result.front_pages + body
    assert result.ranges == {"a/skp": (4, 5), "b/skp": (6, 8), "b/lampiran": (9, 9), "d/skp": (10, 11)}
    assert reader.page_labels[: result.front_pages] == ["i", "ii"][: result.front_pages]
    assert reader.page_labels[result.front_pages :] == [str(n) for n in range(1, body + 1)]
    for index in range(result.front_pages, len(reader.pages)):
        assert f"Halaman {index - result.front_pages + 1} dari {body}" in reader.pages[index].extract_text()
    assert reader.pages[result.front_pages + 1].mediabox.width > reader.pages[result.front_pages + 1].mediabox.height
    assert outline_titles(reader.outline) == [
        "Dinas Kominfo",
        "  Sampul dan daftar isi",
        "  Rekap Predikat",
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
    cover = reader.pages[0].extract_text()
    assert "DINAS KOMINFO" in cover and "Jumlah pegawai" in cover and ": 3" in cover
    contents = reader.pages[1].extract_text()
    assert "DAFTAR ISI" in contents and "Kabid — 197912102005011003" in contents
    assert not list(target.parent.glob("*.tmp"))
