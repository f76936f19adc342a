"""A template's errors follow the language setting too (issue #13 §3): what the engine says of a template it cannot
load or render, the text around the tag, the worker's time limit and a template entry that cannot be opened.

Each is provoked through the CLI (``render``, ``build``, ``templates check``) in English (``--lang en``,
``SKPDOC_LANG=en``, ``lang: en`` in skpdoc.yaml) and in Indonesian; an English run holds none of the Indonesian
words that give a message away, and the other way round (what the output quotes of the template, “...”, aside).
Problems found in the worker process cross to this one as codes, and are worded here.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import STAFF_NIP
from docxutil import make_docx
from skpdoc.cli import main
from skpdoc.render import isolate
from skpdoc.render.engine import RenderError
from skpdoc.render.pipeline import TemplateSet
from test_one_language import english_only, indonesian_only

ENDLESS = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"

#: A broken lampiran.docx of the workspace: (its paragraphs, or None for a link to nothing), what the English
#: output says, what the Indonesian one says.
CASES: dict[str, tuple[list[str] | None, list[str], list[str]]] = {
    "unclosed tag": (
        ["Lampiran {{ pegawai.nama }}", "Nama {{ pegawai.nama"],
        ["lampiran.docx: syntax error in the template: a tag is not closed\n    near the text: “Nama {{ pegawai.nama"],
        ["lampiran.docx: sintaks templat salah: tag tidak ditutup\n    di sekitar teks: “Nama {{ pegawai.nama"],
    ),
    "jinja syntax": (
        ["Lampiran", "{% for x in %}"],
        [
            "lampiran.docx: syntax error in the template: Expected an expression, got 'end of statement block'\n"
            "    near the text: “{% for x in %}”"
        ],
        ["lampiran.docx: sintaks templat salah: Expected an expression, got 'end of statement block'\n"],
    ),
    # found in the worker process: the problem crosses as a code (with a phrase among its arguments)
    "unknown name": (
        ["Gelar: {{ pegawai.gelar }}"],
        ["lampiran.docx: unknown variable: gelar\n    near the text: “Gelar: {{ pegawai.gelar }}”"],
        ["lampiran.docx: variabel tidak dikenal: gelar\n    di sekitar teks: “Gelar: {{ pegawai.gelar }}”"],
    ),
    "too large": (
        ["Garis: {{ 'x' * 10**9 }}"],
        ["lampiran.docx: repeating text would make 1,000,000,000 characters or items (limit 1,048,576)"],
        ["lampiran.docx: perkalian teks akan menghasilkan 1,000,000,000 karakter/butir (batas 1,048,576)"],
    ),
    "endless loop": (
        ["Lampiran {{ pegawai.nama }}", ENDLESS],
        ["lampiran.docx: rendering took longer than the limit of 1 second (a loop too large?)\n    near the text: “"],
        ["lampiran.docx: render melebihi batas waktu 1 detik (perulangan terlalu besar?)\n    di sekitar teks: “"],
    ),
    "missing file": (
        None,
        [
            "lampiran.docx: the template ",
            "/ws/templates/lampiran.docx is not opened: a link (symlink) to gone.docx, which does not exist; "
            "a template must be a regular .docx file",
            "fix or remove that file to use the built-in one",
        ],
        [
            "lampiran.docx: templat ",
            "/ws/templates/lampiran.docx tidak dibuka: tautan (symlink) ke gone.docx yang tidak ada; "
            "templat harus berkas .docx biasa",
        ],
    ),
}


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Relative paths in the output (``ws/...``); one second a document, as in tests/test_template_limits.py."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SKPDOC_RENDER_TIMEOUT", "1")
    yield
    isolate.shutdown()


@pytest.fixture(params=["--lang en", "SKPDOC_LANG=en", "lang: en"])
def english(request: pytest.FixtureRequest, ws: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The arguments that ask for English: the option, or none with the environment or the workspace saying so."""
    if request.param == "SKPDOC_LANG=en":
        monkeypatch.setenv("SKPDOC_LANG", "en")
        return []
    if request.param == "lang: en":
        config = ws / "skpdoc.yaml"
        config.write_text(config.read_text() + "lang: en\n")
        return []
    return ["--lang", "en"]


def _lampiran(ws: Path, case: str) -> None:
    target = ws / "templates" / "lampiran.docx"
    paragraphs = CASES[case][0]
    if paragraphs is None:
        target.parent.mkdir()
        os.symlink("gone.docx", target)
    else:
        make_docx(target, paragraphs)


def _run(capsys: pytest.CaptureFixture[str], command: str, *lang: str) -> str:
    out = f"out-{command}-{len(lang)}"
    args = ["--nip", STAFF_NIP, "--form", "lampiran", "-o", out, "-q", *lang]
    code = main([command, "ws", *args, *(["--no-pdf"] if command == "build" else [])])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("command", ["render", "build"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_template_error_in_english(
    ws: Path, english: list[str], capsys: pytest.CaptureFixture[str], case: str, command: str
) -> None:
    _lampiran(ws, case)
    err = english_only(_run(capsys, command, *english))
    assert ("failed: " in err) == (command == "build"), err  # build names the output and the spec around it
    for says in CASES[case][1]:
        assert says in err, err


@pytest.mark.parametrize("command", ["render", "build"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_template_error_in_indonesian(ws: Path, capsys: pytest.CaptureFixture[str], case: str, command: str) -> None:
    _lampiran(ws, case)
    err = indonesian_only(_run(capsys, command))
    assert ("gagal: " in err) == (command == "build"), err
    for says in CASES[case][2]:
        assert says in err, err


def _broken_templates(folder: Path) -> None:
    """One template for each problem ``templates check`` takes from the engine and its sandbox."""
    make_docx(folder / "include.docx", ["{% include 'skp.docx' %}"])
    make_docx(folder / "limits.docx", ["{{ 'x' * 10**9 }}", "{% for r in range(10**9) %}{% endfor %}", ENDLESS])
    source = make_docx(folder / "src" / "utf.docx", ["Catatan {{ pegawai.nip }}"])
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(folder / "utf8.docx", "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"Catatan", "Cat\xe9tan".encode("latin-1"))
            new.writestr(info, data)
    with zipfile.ZipFile(folder / "many.docx", "w") as many:
        for index in range(1001):
            many.writestr(f"m/{index}", b"")
    os.symlink("gone.docx", folder / "missing.docx")


def test_templates_check_findings_from_the_engine_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _broken_templates(tmp_path / "tpl")
    assert main(["templates", "check", "tpl", "--lang", "en"]) == 1
    out = english_only(capsys.readouterr().out)
    for says in [
        "include.docx (word/document.xml): T008 {% include %} is not supported: a .docx template cannot load another",
        "limits.docx (word/document.xml): T009 repeating text would make 1,000,000,000 characters or items",
        "limits.docx (word/document.xml): T009 range too large: more than 100,000 items",
        "limits.docx (word/document.xml): T009 nested loops running 10,000,000,000 times (limit 10,000,000)",
        "many.docx (-): T006 it holds 1001 parts (limit 1000)",
        "missing.docx (-): T006 the template tpl/missing.docx is not opened: a link (symlink) to gone.docx, which",
        "utf8.docx (word/document.xml): T007 word/document.xml is not UTF-8 text (byte ",
    ]:
        assert says in out, out
    assert main(["templates", "check", "tpl"]) == 1
    out = indonesian_only(capsys.readouterr().out)
    for says in [
        "include.docx (word/document.xml): T008 {% include %} tidak didukung: templat .docx tidak dapat memuat",
        "limits.docx (word/document.xml): T009 perkalian teks akan menghasilkan 1,000,000,000 karakter/butir",
        "limits.docx (word/document.xml): T009 range terlalu besar: lebih dari 100,000 butir",
        "limits.docx (word/document.xml): T009 perulangan bersarang sebanyak 10,000,000,000 kali (batas 10,000,000)",
        "many.docx (-): T006 berisi 1001 bagian (batas 1000)",
        "missing.docx (-): T006 templat tpl/missing.docx tidak dibuka: tautan (symlink) ke gone.docx yang tidak ada",
        "utf8.docx (word/document.xml): T007 word/document.xml bukan teks UTF-8 (bita ",
    ]:
        assert says in out, out


def test_a_template_found_nowhere_is_said_in_both_languages(tmp_path: Path) -> None:
    """Every form has a built-in template, so only a program choosing its own folders meets this one."""
    with pytest.raises(RenderError) as caught:
        TemplateSet([tmp_path]).path("lampiran.docx")
    assert caught.value.format("en") == f"lampiran.docx: the template is not found in {tmp_path}"
    assert caught.value.format("id") == f"lampiran.docx: templat tidak ditemukan di {tmp_path}"
