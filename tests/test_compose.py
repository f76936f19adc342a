"""Composed conversion: many forms as one LibreOffice document, split back per form, as if each were alone."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from conftest import REPO
from docxutil import make_docx
from skpdoc.build import build
from skpdoc.convert import Converter, ConvertReport, compose, pdfsplit
from skpdoc.convert import tasks as convert_tasks
from skpdoc.render import viewmodel
from skpdoc.render.pipeline import TemplateSet

Forms = tuple[list[Path], list[Path], list[Path], ConvertReport]


@functools.cache
def page_texts(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(pdf).pages]


def images(pdf: Path) -> set[str]:
    """Digests of the image data each page draws (through the XObjects its resources name)."""
    found = set()
    for page in PdfReader(pdf).pages:
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            obj = xobject.get_object()
            if obj["/Subtype"] == "/Image":
                found.add(hashlib.sha1(obj.get_data()).hexdigest())
            for inner in (obj.get("/Resources", {}).get("/XObject") or {}).values():
                found.add(hashlib.sha1(inner.get_object().get_data()).hexdigest())
    return found


def lampiran_across_a_page_end(folder: Path) -> list[Path]:
    """A Lampiran whose last table ends a line lower in each of 12 forms, past the end of its first page.

    Where it ends decides whether the paragraph LibreOffice adds after a last
    table still fits on the page: composed, it must behave as alone.
    """
    from skpdoc.api import load_workspace

    ws = load_workspace(REPO / "specs")
    pegawai = ws.pegawai["196905201995031003"]
    context = viewmodel.build(ws, pegawai, "lampiran", None).context()
    template = TemplateSet.for_workspace(ws).compiled(viewmodel.template_name(pegawai, "lampiran"))
    context["dukungan_sumber_daya"] = ["Akses SIASN layanan kenaikan pangkat"]
    context["skema_pertanggungjawaban"] = ["Laporan kinerja bulanan kepada kepala badan"]
    paths = []
    for count in range(28, 40):
        context["konsekuensi"] = [f"Konsekuensi {n} atas realisasi target kinerja pegawai" for n in range(count)]
        paths.append(folder / f"lampiran-{count}.docx")
        paths[-1].write_bytes(template.render(context))
    return paths


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two forms of every built-in template from the example (the longest), and the growing Lampiran."""
    out = tmp_path_factory.mktemp("out")
    assert build(REPO / "specs", out, pdf=False).ok
    outputs = json.loads((out / "2024" / "manifest.json").read_text())["outputs"]
    by_template: dict[str, list[Path]] = {}
    for name, entry in outputs.items():
        by_template.setdefault(entry["template"], []).append(out / "2024" / name)
    sources = [p for paths in by_template.values() for p in sorted(paths, key=lambda p: -p.stat().st_size)[:2]]
    return sources + lampiran_across_a_page_end(tmp_path_factory.mktemp("lampiran"))


@pytest.fixture(scope="module")
def forms(sources: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Forms:
    """The sources converted alone, then composed, by the same Converter."""
    alone = [tmp_path_factory.getbasetemp() / "alone" / f"{n}.pdf" for n in range(len(sources))]
    composed = [tmp_path_factory.getbasetemp() / "composed" / f"{n}.pdf" for n in range(len(sources))]
    with Converter(jobs=2) as conv, pytest.MonkeyPatch.context() as patch:
        patch.setattr(convert_tasks, "COMPOSE_FROM", 0)  # however many forms there are
        assert conv.convert(list(zip(sources, alone, strict=True))).failed == []
        report = conv.convert(list(zip(sources, composed, strict=True)), compose=True)
    return sources, alone, composed, report


@pytest.mark.slow
def test_every_form_is_composed_and_has_the_pages_it_has_alone(forms: Forms) -> None:
    sources, alone, composed, report = forms
    assert report.failed == [] and report.converted == composed
    assert report.composed == len(sources)
    for one, many in zip(alone, composed, strict=True):
        assert page_texts(many) == page_texts(one)
        assert page_sizes(many) == page_sizes(one)
    orientations = {w > h for pdf in composed for w, h in page_sizes(pdf)}
    assert orientations == {True, False}
    assert {len(PdfReader(pdf).pages) for pdf in composed} >= {1, 2, 3}
    lampiran = [len(PdfReader(pdf).pages) for pdf in composed[-12:]]
    assert lampiran == sorted(lampiran) and lampiran[0] == 1 and lampiran[-1] == 2  # it crossed a page end


@pytest.mark.slow
def test_page_numbers_restart_and_count_each_form(forms: Forms) -> None:
    _, _, composed, _ = forms
    for pdf in composed:
        texts = page_texts(pdf)
        for number, text in enumerate(texts, 1):
            assert text.endswith(f"{number}/{len(texts)}")  # the form's own count ends its footer


@pytest.mark.slow
def test_pages_look_the_same(forms: Forms, tmp_path: Path) -> None:
    _, alone, composed, _ = forms
    for n, (one, many) in list(enumerate(zip(alone, composed, strict=True)))[::2]:  # one form of each template
        for kind, pdf in (("a", one), ("c", many)):
            args = ["pdftoppm", "-png", "-r", "50", "-l", "3", str(pdf), str(tmp_path / f"{n}-{kind}")]
            subprocess.run(args, check=True)  # the first 3 pages: the Rekap has dozens
        pages = sorted(tmp_path.glob(f"{n}-a-*.png"))
        assert pages
        for page in pages:
            assert page.read_bytes() == page.with_name(page.name.replace("-a-", "-c-")).read_bytes(), page.name


@pytest.mark.slow
def test_each_pdf_carries_its_own_pictures_and_title_only(forms: Forms) -> None:
    _, alone, composed, _ = forms
    for one, many in zip(alone, composed, strict=True):
        assert images(many) == images(one)
        info = PdfReader(many).metadata
        assert info is not None and info.title == PdfReader(one).metadata.title  # type: ignore[union-attr]
    assert any(images(pdf) for pdf in composed)  # the Evaluasi forms' curves


# -- without LibreOffice ---------------------------------------------------------------------------


def test_the_page_count_in_a_footer_becomes_the_page_of_the_forms_end(sources: list[Path]) -> None:
    result = compose.compose(sources[:3])
    assert result.members == [0, 1, 2] and result.alone == []
    with zipfile.ZipFile(io.BytesIO(result.data)) as archive:
        footers = sorted(n for n in archive.namelist() if n.startswith("word/footer"))
        document = archive.read("word/document.xml").decode()
        texts = [archive.read(name).decode() for name in footers]
    assert len(footers) == 3
    assert sorted(re.findall(r"PAGEREF (\w+)", "".join(texts))) == [f"{compose.MARK}{k}" for k in range(3)]
    assert "NUMPAGES" not in "".join(texts)
    assert document.count('<w:pgNumType w:start="1"/>') == 3
    assert [m for m in re.findall(r'w:name="(\w+)"', document)] == [f"{compose.MARK}{k}" for k in range(3)]


def test_a_form_ending_in_a_paragraph_ends_its_section_there(tmp_path: Path) -> None:
    first = make_docx(tmp_path / "a.docx", ["Satu", "Dua"])
    second = make_docx(tmp_path / "b.docx", ["Tiga"])
    assert compose.group_key(first) == compose.group_key(second) is not None

    result = compose.compose([first, second])

    document = zipfile.ZipFile(io.BytesIO(result.data)).read("word/document.xml").decode()
    paragraphs = re.findall(r"<w:p>.*?</w:p>", document)
    assert len(paragraphs) == 3  # no line added
    assert "<w:sectPr" in paragraphs[1] and "Dua" in paragraphs[1] and f"{compose.MARK}0" in paragraphs[1]
    assert f"{compose.MARK}1" in paragraphs[2] and "<w:sectPr" not in paragraphs[2]


def test_forms_whose_meaning_would_change_are_left_to_convert_alone(tmp_path: Path) -> None:
    plain = make_docx(tmp_path / "plain.docx", ["Biasa"])
    numbered = docx.Document()
    numbered.add_paragraph("Butir satu", style="List Number")
    numbered.save(str(tmp_path / "numbered.docx"))
    marked = docx.Document()
    marked.add_paragraph().add_run("Teks")._r.addprevious(
        docx.oxml.parse_xml(f'<w:bookmarkStart {docx.oxml.ns.nsdecls("w")} w:id="7" w:name="Sasaran"/>')
    )
    marked.save(str(tmp_path / "marked.docx"))

    result = compose.compose([plain, tmp_path / "numbered.docx", tmp_path / "marked.docx", plain])

    assert result.members == [0, 3]
    assert [(index, reason) for index, reason in result.alone] == [
        (1, "numbered lists, notes, comments or tracked changes"),
        (2, "bookmarks of its own"),
    ]


def test_only_forms_sharing_their_styles_share_a_key(sources: list[Path], tmp_path: Path) -> None:
    assert len({compose.group_key(path) for path in sources}) == 1  # every built-in template: one house style
    assert compose.group_key(make_docx(tmp_path / "other.docx", ["x"])) != compose.group_key(sources[0])
    with zipfile.ZipFile(sources[0]) as archive, zipfile.ZipFile(tmp_path / "comment.docx", "w") as copy:
        for item in archive.infolist():
            data = archive.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
                comments = f'<Relationship Id="c1" Type="{kind}" Target="comments.xml"/></Relationships>'
                data = data.replace(b"</Relationships>", comments.encode())
            copy.writestr(item, data)
        copy.writestr("word/comments.xml", "<w:comments/>")
    assert compose.group_key(tmp_path / "comment.docx") is None


def test_a_pdf_without_the_end_marks_is_not_split(tmp_path: Path) -> None:
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    writer.write(tmp_path / "plain.pdf")
    with pytest.raises(pdfsplit.SplitError, match=r"end marks are on pages \[-1, -1\] of 3"):
        pdfsplit.split(tmp_path / "plain.pdf", [{}, {}])
