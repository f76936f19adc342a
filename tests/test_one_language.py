"""Everything a user reads follows one setting (issue #13 §3): ``--lang en`` or ``SKPDOC_LANG=en`` for English,
Indonesian by default; and English counts its nouns ("1 error", "2 errors").

Each command family is run through the CLI both ways. An English run must hold none of the Indonesian words
that give a message away, an Indonesian run none of the English ones. The conversion failures are provoked
without LibreOffice by a stand-in ``soffice`` on PATH (the batch conversion runs whatever ``soffice`` is
found), except in one slow test where real LibreOffice refuses a broken document.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import CAPAIAN, OPD, STAFF, STAFF_NIP
from docxutil import make_docx
from skpdoc.cli import main
from skpdoc.messages import message
from skpdoc.render.lint import Finding

SKP = "skp-ja-jf-kuantitatif.docx"
STAFF_SPEC = f"ws/diskominfo/{STAFF_NIP}.yaml"  # as validate names it; build names the spec by its full path

#: Words that give a message away as Indonesian, or as English (whole words: not inside a path or a name).
INDONESIAN = re.compile(
    r"(?<![\w/.-])(berkas|kesalahan|peringatan|dokumen|ditulis|gagal|dilewati|belum|dibuat|sudah|tidak|templat"
    r"|diperiksa|bundel|spesifikasi|terbaru|dicoba|kata|dari|maksud|lihat|uji coba)(?![\w/.-])",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"(?<![\w/.-])(errors?|warnings?|written|failed|skipped|files?|built|documents?|templates?|checked|bundles?"
    r"|not|from|tried|(?-i:words?)|did you mean|dry run)(?![\w/.-])",  # "Word" (Microsoft's) is a name
    re.IGNORECASE,
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths in the output (``ws/...``), and the current folder is no workspace."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture(params=["--lang en", "SKPDOC_LANG=en"])
def english(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The arguments that ask for English: the option, or none with the environment variable set."""
    if request.param == "SKPDOC_LANG=en":
        monkeypatch.setenv("SKPDOC_LANG", "en")
        return []
    return ["--lang", "en"]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _ours(text: str) -> str:
    """``text`` without what it quotes of the forms (“...”): their words are the form's, in Indonesian."""
    return re.sub(r"“[^”]*”", "“”", text)


def english_only(text: str) -> str:
    assert INDONESIAN.findall(_ours(text)) == [], text
    return text


def indonesian_only(text: str) -> str:
    assert ENGLISH.findall(_ours(text)) == [], text
    return text


def _break(ws: Path, *keys: str) -> None:
    """Misspell ``keys`` of the staff's spec: one error each."""
    text = STAFF
    for key in keys:
        text = text.replace(f"  {key}:", f"  {key}x:", 1)
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(text)


# --- counting -----------------------------------------------------------------------------------------------


def test_english_counts_its_nouns_and_indonesian_does_not() -> None:
    def summary(lang: str, errors: int, warnings: int, files: int) -> str:
        return message("L021", lang, "message", {"errors": errors, "warnings": warnings, "files": files})

    assert summary("en", 1, 0, 1) == "1 error, 0 warnings in 1 file"
    assert summary("en", 2, 1, 5) == "2 errors, 1 warning in 5 files"
    assert summary("id", 1, 0, 1) == "1 kesalahan, 0 peringatan dalam 1 berkas"
    assert summary("id", 2, 1, 5) == "2 kesalahan, 1 peringatan dalam 5 berkas"


# --- validate -----------------------------------------------------------------------------------------------


def test_validate_in_english(ws: Path, english: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "validate", "ws", *english) == (0, "", "ok: 5 files valid\n")
    assert cli(capsys, "validate", STAFF_SPEC, *english) == (0, "", "ok: 1 file valid\n")
    _break(ws, "jabatan")
    code, out, err = cli(capsys, "validate", "ws", *english)
    assert (code, err) == (1, "1 error, 0 warnings in 5 files\n")
    assert "unknown key 'jabatanx'" in english_only(out) and "did you mean 'jabatan'?" in out
    _break(ws, "jabatan", "golongan")
    code, out, err = cli(capsys, "validate", "ws", *english)
    assert err.startswith("2 errors, ") and err.endswith(" in 5 files\n")
    english_only(out)


def test_validate_in_indonesian(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "validate", "ws") == (0, "", "ok: 5 berkas valid\n")
    _break(ws, "jabatan")
    code, out, err = cli(capsys, "validate", "ws")
    assert (code, err) == (1, "1 kesalahan, 0 peringatan dalam 5 berkas\n")
    assert "maksud Anda 'jabatan'?" in indonesian_only(out)


# --- build and render ---------------------------------------------------------------------------------------


def test_build_and_render_summaries_in_english(
    ws: Path, english: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "build", "ws", "-o", "out", "--no-pdf", *english)
    assert code == 0 and re.match(r"12 built, 0 up to date, 0 failed, 0 bundles, \d+\.\d s -> out/2024\n$", err)
    code, _, err = cli(capsys, "render", "ws", "--nip", STAFF_NIP, "--form", "skp", "-o", "one", *english)
    assert (code, err) == (0, "1 document written to one, 0 failed\n")
    code, _, err = cli(capsys, "render", "ws", "--nip", STAFF_NIP, "-o", "all", *english)
    assert code == 0 and re.match(r"\d+ documents written to all, 0 failed\n$", err)


def test_build_and_render_summaries_in_indonesian(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "build", "ws", "-o", "out", "--no-pdf")
    assert code == 0 and re.match(r"12 dibuat, 0 sudah terbaru, 0 gagal, 0 bundel, \d+\.\d s -> out/2024\n$", err)
    code, _, err = cli(capsys, "render", "ws", "--nip", STAFF_NIP, "--form", "skp", "-o", "one")
    assert (code, indonesian_only(err)) == (0, "1 dokumen ditulis ke one, 0 gagal\n")


# --- a conversion that fails --------------------------------------------------------------------------------


def _soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A stand-in ``soffice`` first on PATH, run by the batch conversion (no python3-uno: SKPDOC_UNO_PYTHON="")."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "soffice"
    script.write_text(f"#!{sys.executable}\n{body}")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("SKPDOC_UNO_PYTHON", "")


#: An soffice that writes a blank page for each document it is given (a PDF without the form's words).
BLANK_PAGES = """\
import sys
from pathlib import Path
from pypdf import PdfWriter
args = sys.argv[1:]
out = Path(args[args.index("--outdir") + 1])
for name in args[args.index("--outdir") + 2:]:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(out / (Path(name).stem + ".pdf"))
"""


def test_a_failed_conversion_is_reported_in_the_language_of_the_command(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _soffice(tmp_path, monkeypatch, "raise SystemExit(1)\n")  # writes nothing: LibreOffice could not load it
    build = ["build", "ws", "-o", "out", "--nip", STAFF_NIP, "--form", "skp"]
    code, _, err = cli(capsys, *build, "--lang", "en")
    assert code == 1
    assert (
        f"failed: diskominfo/{STAFF_NIP}/skp.pdf: LibreOffice could not load the document (tried 2 times) "
        f"(from {ws.resolve()}/diskominfo/{STAFF_NIP}.yaml)\n"
    ) in english_only(err)
    assert "0 built, 0 up to date, 1 failed, 0 bundles, " in err
    code, _, err = cli(capsys, *build)
    assert code == 1
    assert (
        f"gagal: diskominfo/{STAFF_NIP}/skp.pdf: LibreOffice tidak dapat memuat dokumen itu (dicoba 2 kali) "
        f"(dari {ws.resolve()}/diskominfo/{STAFF_NIP}.yaml)\n"
    ) in indonesian_only(err)
    code, _, err = cli(capsys, "render", STAFF_SPEC, "--form", "skp", "--pdf", "-o", "docs", "--lang", "en")
    assert code == 1 and f"failed: docs/{STAFF_NIP}/skp.pdf: LibreOffice could not load the document" in err
    english_only(err)


def test_a_pdf_that_lost_words_is_reported_in_both_languages(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _soffice(tmp_path, monkeypatch, BLANK_PAGES)
    build = ["build", "ws", "-o", "out", "--nip", STAFF_NIP, "--form", "skp"]
    code, _, err = cli(capsys, *build, "--lang", "en")
    assert code == 1
    found = re.search(rf"failed: \S+skp\.pdf: (\d+) words of {STAFF_NIP}\.yaml are not printed in the PDF", err)
    assert found and int(found.group(1)) > 1, err
    assert f"Check that text in {ws.resolve()}/diskominfo/{STAFF_NIP}.yaml" in english_only(err)
    code, _, err = cli(capsys, *build)
    assert code == 1 and f"kata dari {STAFF_NIP}.yaml tidak tercetak di PDF" in indonesian_only(err)
    render = ["render", STAFF_SPEC, "--form", "skp", "--pdf", "-o", "docs"]
    code, _, err = cli(capsys, *render, "--lang", "en")
    found = re.search(
        rf"failed: docs/{STAFF_NIP}/skp\.pdf: (\d+) words are not printed in the PDF; the PDF is not", err
    )
    assert code == 1 and found and int(found.group(1)) > 1, err
    english_only(err)
    code, _, err = cli(capsys, *render)
    assert code == 1 and re.search(rf"gagal: docs/{STAFF_NIP}/skp\.pdf: \d+ kata tidak tercetak di PDF; PDF-nya", err)
    indonesian_only(err)


def test_missing_libreoffice_is_said_in_both_languages(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if sys.platform != "linux":
        pytest.skip("LibreOffice is also looked for in its standard folder elsewhere")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    build = ["build", "ws", "-o", "out", "--nip", STAFF_NIP, "--form", "skp"]
    code, _, err = cli(capsys, *build, "--lang", "en")
    assert code == 1
    assert "LibreOffice was not found" in err and "with python3-uno for faster conversion" in err
    english_only(err)
    code, _, err = cli(capsys, *build)
    assert code == 1
    assert "LibreOffice tidak ditemukan" in err and "dengan python3-uno agar konversi lebih cepat" in err


@pytest.mark.slow
def test_a_document_libreoffice_refuses_is_reported_in_both_languages(
    ws: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:  # passes the .docx check; LibreOffice refuses it
        archive.writestr("word/document.xml", "<<< not xml")
    monkeypatch.setattr("skpdoc.render.engine.CompiledTemplate.render", lambda *_, **__: broken.getvalue())
    build = ["build", "ws", "-o", "out", "--nip", STAFF_NIP, "--form", "skp"]
    code, _, err = cli(capsys, *build, "--lang", "en")
    assert code == 1
    assert f"failed: diskominfo/{STAFF_NIP}/skp.pdf: LibreOffice could not " in err
    assert f" (tried 2 times) (from {ws.resolve()}/diskominfo/{STAFF_NIP}.yaml)\n" in english_only(err)
    code, _, err = cli(capsys, *build)
    assert code == 1
    assert f"gagal: diskominfo/{STAFF_NIP}/skp.pdf: LibreOffice tidak dapat " in err
    assert f" (dicoba 2 kali) (dari {ws.resolve()}/diskominfo/{STAFF_NIP}.yaml)\n" in indonesian_only(err)


# --- templates ----------------------------------------------------------------------------------------------


def _own_templates(ws: Path) -> None:
    make_docx(ws / "templates" / SKP, ["NIP {{ pegawai.nipp }}"])
    make_docx(ws / "templates" / "skp-ja-jf-kuantitatf.docx", ["{{ pegawai.nama }}"])  # a typo: used by nothing


def test_templates_check_in_english(ws: Path, english: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    _own_templates(ws)
    code, out, err = cli(capsys, "templates", "check", "ws", *english)
    assert code == 1
    assert f"ws/templates/{SKP} (word/document.xml): T004 Orang has no 'nipp' (did you mean 'nip'?)\n" in out
    assert "    at: “NIP {{ pegawai.nipp }}”\n" in out
    assert "warning T011 no form uses this name, so it replaces no built-in template; did you mean " in out
    assert re.match(r"\d+ templates checked: 1 error, 1 warning\n$", err)
    english_only(out + err)
    code, _, err = cli(capsys, "templates", "copy", SKP, "--to", "ws/templates", *english)
    assert code == 2 and "the template already exists in ws/templates" in english_only(err)


def test_templates_check_in_indonesian(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _own_templates(ws)
    code, out, err = cli(capsys, "templates", "check", "ws")
    assert code == 1
    assert f"ws/templates/{SKP} (word/document.xml): T004 Orang tidak memiliki 'nipp' (maksud Anda 'nip'?)\n" in out
    assert "    di: “NIP {{ pegawai.nipp }}”\n" in out
    assert "peringatan T011 nama ini tidak dipakai formulir mana pun" in out
    assert re.match(r"\d+ templat diperiksa: 1 kesalahan, 1 peringatan\n$", err)
    indonesian_only(out + err)


def test_a_finding_in_a_built_in_template_is_labelled_in_both_languages() -> None:
    finding = Finding("lampiran.docx", "word/document.xml", "T003", "x", "", builtin=True)
    assert finding.format("en").startswith("[built-in] lampiran.docx (word/document.xml): T003 ")
    assert finding.format("id").startswith("[bawaan] lampiran.docx (word/document.xml): T003 ")


# --- the yearly cycle: evaluasi, rekap, export/import ---------------------------------------------------------


def test_evaluasi_in_english(ws: Path, english: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "evaluasi", "buka", "akhir", "ws", "--dry-run", *english)
    assert (code, err) == (
        0,
        "evaluasi akhir: 3 specs would get the block, 0 had it already (dry run: nothing written)\n",
    )
    code, out, _ = cli(
        capsys, "evaluasi", "capaian", "akhir", "baik", "ws", "--opd", "diskominfo", "--dry-run", *english
    )
    assert (code, out) == (0, "diskominfo: capaian akhir - -> baik (not written: --dry-run)\n")
    cli(capsys, "evaluasi", "capaian", "akhir", "baik", "ws", "--opd", "diskominfo", *english)
    code, out, _ = cli(capsys, "evaluasi", "capaian", "akhir", "baik", "ws", "--opd", "diskominfo", *english)
    assert (code, out) == (0, "diskominfo: capaian akhir is already baik\n")


def test_evaluasi_in_indonesian(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "evaluasi", "buka", "akhir", "ws", "--dry-run")
    assert (code, indonesian_only(err)) == (
        0,
        "evaluasi akhir: 3 spesifikasi akan ditambahi blok evaluasi, 0 sudah memilikinya "
        "(uji coba: tidak ada yang ditulis)\n",
    )
    code, out, _ = cli(capsys, "evaluasi", "capaian", "akhir", "baik", "ws", "--opd", "diskominfo", "--dry-run")
    assert (code, out) == (0, "diskominfo: capaian akhir - -> baik (tidak ditulis: --dry-run)\n")


def test_rekap_tables_in_english(ws: Path, english: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "diskominfo" / "opd.yaml").write_text(OPD + CAPAIAN)
    for fmt in ("text", "markdown"):
        code, out, _ = cli(capsys, "rekap", "ws", "--periode", "triwulan-1", "--format", fmt, *english)
        assert code == 0 and "Predikat summary" in out and "not evaluated" in out
        assert "the pattern cannot be judged yet: 1 employee not evaluated yet" in out  # the head counts above
        english_only(out)
    code, _, err = cli(capsys, "rekap", "ws", "--format", "xlsx", *english)
    assert (code, err) == (
        2,
        "skpdoc: --format xlsx writes an Excel workbook, not to the screen\n    give its file: -o FILE.xlsx\n",
    )


def test_rekap_tables_in_indonesian_and_the_workbook_in_both(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    (ws / "diskominfo" / "opd.yaml").write_text(OPD + CAPAIAN)
    code, out, _ = cli(capsys, "rekap", "ws", "--periode", "triwulan-1", "--format", "markdown")
    assert code == 0 and "pola belum dapat dinilai: 1 pegawai belum dievaluasi" in out
    assert "| No | NIP | Nama | Jabatan | Unit | Rating Hasil Kerja |" in out
    assert cli(capsys, "rekap", "ws", "--format", "xlsx")[0] == 2
    for lang, heads in (("id", ("No", "NIP", "Nama", "Jabatan")), ("en", ("No", "NIP", "Name", "Position"))):
        book = Path(f"rekap-{lang}.xlsx")
        assert cli(capsys, "rekap", "ws", "--format", "xlsx", "-o", str(book), "--lang", lang)[0] == 0
        rows = list(load_workbook(book)["diskominfo"].iter_rows(values_only=True))
        assert rows[2][:4] == heads


def test_export_and_import_summaries_follow_the_setting(
    ws: Path, english: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "export", "xlsx", "ws", "--opd", "diskominfo", "-o", "x.xlsx", *english)
    assert (code, err) == (0, "x.xlsx: 3 employees of OPD diskominfo exported\n")
    code, _, err = cli(capsys, "import", "xlsx", "x.xlsx", "ws", *english)
    assert (code, err) == (0, "no changes from x.xlsx\n")


# --- usage errors -------------------------------------------------------------------------------------------


def test_diff_textconv_misuse_in_both_languages(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "diff", "--textconv", "ws/skpdoc.yaml", "other", "--lang", "en")
    assert code == 2 and "--textconv takes one FILE and nothing else" in err
    code, _, err = cli(capsys, "diff", "--textconv", "ws/skpdoc.yaml", "other")
    assert code == 2 and "--textconv hanya menerima satu BERKAS" in err
