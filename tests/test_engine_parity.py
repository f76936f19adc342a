"""skpdoc's compiled engine renders what plain docxtpl renders: the corpus of tests/templatecorpus.py, as python-docx
(Word) writes it and as LibreOffice saves it, compared by text, tables (rows, cells, spans, merges) and properties."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docxtpl import DocxTemplate

from conftest import REPO
from skpdoc.cli import main
from skpdoc.render import engine
from templatecorpus import CASES, Case, drawing_ids, structure

BY_NAME = {case.name: case for case in CASES}


def with_docxtpl(path: Path, case: Case) -> bytes:
    template = DocxTemplate(path)
    template.render(case.context, autoescape=True)  # skpdoc escapes every value, as autoescape does
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def with_skpdoc(path: Path, case: Case) -> bytes:
    return engine.CompiledTemplate(path).render(case.context, isolate=False)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_feature_renders_as_with_docxtpl(tmp_path: Path, case: Case) -> None:
    path = case.write(tmp_path)
    assert structure(with_skpdoc(path, case)) == structure(with_docxtpl(path, case))


def test_the_corpus_shows_what_each_feature_does(tmp_path: Path) -> None:
    """The parity above, pinned to what is expected (so that it cannot hold by both engines doing nothing)."""

    def rendered(name: str) -> dict[str, Any]:
        return structure(with_skpdoc(BY_NAME[name].write(tmp_path), BY_NAME[name]))

    values = [text for kind, text in rendered("values")["body"]]
    assert values[:10] == [
        "Nama: Rina",
        "Kutip: Sarana & Prasarana <IT> \"Satu\" 'Dua'",
        "Spasi: [  dua spasi  ]",
        "Baris: satu\ndua\nempat",
        "Tab: kiri\tkanan",
        "Paragraf: satu",
        "dua",
        "Halaman: sebelum",
        "\f",
        "sesudah",
    ]
    (_, grid, rows), *_ = [item for item in rendered("column_loops")["body"] if item[0] == "table"]
    assert grid == 6 and [len(row) for row in rows] == [6, 6]
    (_, grid, rows), *_ = [item for item in rendered("hm")["body"] if item[0] == "table"]
    assert grid == 4 and [[cell[0] for cell in row] for row in rows] == [[4], [1, 1, 1, 1]]
    (_, grid, rows), *_ = [item for item in rendered("column_comment")["body"] if item[0] == "table"]
    assert grid == 3 and [len(row) for row in rows] == [3, 3]
    assert rendered("properties")["properties"] == {
        "title": "SKP Rina 2024",
        "subject": "Evaluasi & lain-lain",
        "creator": "BKPSDM",
        "description": "Dibuat untuk RINA",
        "identifier": "198703122010012004",
        "language": "id",
    }


def test_pictures_repeated_by_loops_get_ids_of_their_own(tmp_path: Path) -> None:
    case = BY_NAME["pictures_in_loop"]
    ids = drawing_ids(with_skpdoc(case.write(tmp_path), case))
    assert len(ids) == 7 and len(set(ids)) == 7  # one fixed picture, three rows, three paragraphs


def reading(body: list[Any]) -> list[Any]:
    """Paragraph texts, and each table as its cells' texts row by row."""
    return [item[1] if item[0] == "p" else [[cell[3] for cell in row] for row in item[2]] for item in body]


# --- the same corpus saved by LibreOffice ---------------------------------------------------------------------


def libreoffice_copies(files: list[Path], out: Path) -> list[Path]:
    """``files`` opened and saved by LibreOffice as .docx, as a user who edits a template there does."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice is required (make test installs it: apt-get install libreoffice-writer-nogui)")
    out.mkdir(parents=True, exist_ok=True)
    command = [soffice, "--headless", f"-env:UserInstallation=file://{out / 'profile'}"]
    command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), *map(str, files)]
    subprocess.run(command, check=True, capture_output=True, timeout=240)
    return [out / f.name for f in files]


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    word = tmp_path_factory.mktemp("word")
    copies = libreoffice_copies([case.write(word) for case in CASES], tmp_path_factory.mktemp("libreoffice"))
    return {case.name: path for case, path in zip(CASES, copies, strict=True)}


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_feature_saved_by_libreoffice_renders_as_with_docxtpl(
    saved_by_libreoffice: dict[str, Path], case: Case
) -> None:
    path = saved_by_libreoffice[case.name]
    assert structure(with_skpdoc(path, case)) == structure(with_docxtpl(path, case))


@pytest.mark.slow
def test_libreoffice_writes_quotes_in_tags_as_entities(saved_by_libreoffice: dict[str, Path]) -> None:
    """What the copies above exercise: LibreOffice's ``&quot;`` inside tags, where Word writes ``"``."""
    xml = zipfile.ZipFile(saved_by_libreoffice["conditions"]).read("word/document.xml").decode()
    assert "{% if pola == &quot;baik&quot; %}" in xml and "&apos;baik&apos; and n &lt; 3" in xml


@pytest.mark.slow
def test_skpdocs_own_templates_saved_by_libreoffice_build_the_same_forms(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each built-in template, opened and saved in LibreOffice without an edit, in the workspace's templates/:
    the build succeeds and every form reads as with the original: the same text in the same paragraphs, rows and
    cells, the same header (LibreOffice may rewrite a table's grid: a merged cell of the Matriks spans 1 of 3
    columns instead of 2 of 4)."""
    builtin = sorted((REPO / "templates" / "docx").glob("*.docx"))
    libreoffice_copies(builtin, ws / "templates")
    shutil.rmtree(ws / "templates" / "profile")
    assert main(["templates", "check", str(ws / "templates")]) == 0
    assert main(["build", str(ws), "-o", str(tmp_path / "copies"), "--no-pdf", "-q"]) == 0
    shutil.rmtree(ws / "templates")
    assert main(["build", str(ws), "-o", str(tmp_path / "original"), "--no-pdf", "-q"]) == 0
    assert "gagal" not in capsys.readouterr().err
    forms = sorted((tmp_path / "original").rglob("*.docx"))
    assert any(f.name == "evaluasi-triwulan-1.docx" for f in forms)  # evaluasi-ja-jf-kuantitatif.docx, of the issue
    for original in forms:
        copy = tmp_path / "copies" / original.relative_to(tmp_path / "original")
        ours, theirs = structure(copy.read_bytes()), structure(original.read_bytes())
        assert reading(ours["body"]) == reading(theirs["body"]), original.name
        assert ours.get("header") == theirs.get("header"), original.name
