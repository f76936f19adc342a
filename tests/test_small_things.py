"""Issue #13, parts of sections 5 and 6: templates without losing work, and small things a user sees."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import OPD, base_files, build_tree, git, pin_git
from docxutil import make_docx
from skpdoc.cli import main
from skpdoc.resources import data_dir

SKP = "skp-ja-jf-kuantitatif.docx"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- templates copy ----------------------------------------------------------------------------------------


def test_copy_defaults_to_the_workspace_templates_from_anywhere_inside_it(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ws / "diskominfo")
    code, _, err = run(capsys, "templates", "copy", SKP)
    assert code == 0
    copied = ws / "templates" / SKP
    assert copied.read_bytes() == (data_dir("templates/docx") / SKP).read_bytes()
    assert not (ws / "diskominfo" / "templates").exists()
    assert str(copied.resolve()) in err


def test_copy_refuses_to_overwrite_an_edited_template_unless_forced(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ws)
    edited = ws / "templates" / SKP
    edited.parent.mkdir()
    edited.write_bytes(b"my letterhead")
    code, _, err = run(capsys, "templates", "copy", "lampiran.docx", SKP)
    assert code == 2
    assert "tidak ditimpa" in err and "--force" in err
    assert edited.read_bytes() == b"my letterhead"
    assert not (ws / "templates" / "lampiran.docx").exists()  # nothing copied when one is refused
    assert run(capsys, "templates", "copy", SKP, "--force")[0] == 0
    assert edited.read_bytes() == (data_dir("templates/docx") / SKP).read_bytes()


def test_copy_outside_a_workspace_goes_to_templates_here(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "templates", "copy", SKP)[0] == 0
    assert (tmp_path / "templates" / SKP).is_file()


# --- templates check ---------------------------------------------------------------------------------------


def test_check_inside_a_workspace_checks_the_overrides_it_would_use(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_docx(ws / "templates" / SKP, ["{{ pegawai.namaa }}"])
    make_docx(ws / "templates" / "skp-ja-jf-kuantitatf.docx", ["{{ pegawai.nama }}"])  # a typo: used by nothing
    builtins = len(list(data_dir("templates/docx").glob("*.docx")))
    monkeypatch.chdir(ws / "diskominfo")
    code, out, err = run(capsys, "templates", "check")
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith(f"{ws.resolve()}/templates/{SKP} (word/document.xml): T00") for line in lines), out
    assert "T011" in out and "maksud Anda 'skp-ja-jf-kuantitatif.docx'?" in out
    assert "[bawaan]" not in out  # the built-ins it does not replace are clean
    assert err.startswith(f"{builtins + 1} templat diperiksa: ")
    # From the workspace folder given explicitly: the same; the templates folder given explicitly: only it.
    monkeypatch.chdir(ws.parent)
    assert run(capsys, "templates", "check", str(ws))[0] == 1
    code, out, err = run(capsys, "templates", "check", str(ws / "templates"))
    assert code == 1 and err.startswith("2 templat diperiksa")


def test_check_inside_a_clean_workspace_passes(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (ws / "templates").mkdir()
    shutil.copyfile(data_dir("templates/docx") / SKP, ws / "templates" / SKP)
    monkeypatch.chdir(ws)
    code, out, err = run(capsys, "templates", "check")
    assert (code, out) == (0, "")
    assert err.endswith(": 0 kesalahan, 0 peringatan\n")


# --- validate --format json ----------------------------------------------------------------------------------


def test_validate_json_has_a_version_and_json_list_keeps_the_bare_list(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staff = next(p for p in (ws / "diskominfo").glob("1*.yaml") if "predikat: baik" in p.read_text())
    staff.write_text(staff.read_text().replace("predikat: baik", "predikat: sangat-baik"))
    code, out, _ = run(capsys, "validate", "--format", "json", str(ws))
    assert code == 1
    data = json.loads(out)
    assert data["version"] == 1 and [p["code"] for p in data["problems"] if p["severity"] == "error"]
    code, out, _ = run(capsys, "validate", "--format", "json-list", str(ws))
    assert code == 1 and json.loads(out) == data["problems"]


# --- diff with revisions given as paths ----------------------------------------------------------------------


def test_diff_with_two_revisions_as_paths_hints_at_rev(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_git(monkeypatch)
    repo = build_tree(tmp_path / "repo", base_files())
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "one")
    git(repo, "commit", "-q", "--allow-empty", "-m", "two")
    git(repo, "branch", "-q", "kemarin", "HEAD~1")
    monkeypatch.chdir(repo)
    code, out, err = run(capsys, "diff", "HEAD~1", "HEAD")
    assert (code, out) == (2, "")
    assert "HEAD~1: bukan berkas atau folder" in err and "skpdoc diff --rev HEAD~1..HEAD" in err
    code, _, err = run(capsys, "diff", "kemarin", "--lang", "en")  # a branch name alone: against the working tree
    assert code == 2 and "use --rev: skpdoc diff --rev kemarin" in err
    code, _, err = run(capsys, "diff", "tidak-ada.yaml", "juga-tidak.yaml")  # not a revision: not found, as before
    assert code == 2 and "tidak ditemukan" in err and "--rev" not in err


# --- rekap with nobody evaluated -------------------------------------------------------------------------------


def test_rekap_with_nobody_evaluated_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = base_files()
    files["diskominfo/opd.yaml"] = OPD + "capaian_kinerja_organisasi:\n  triwulan-2: baik\n"
    ws = build_tree(tmp_path / "ws", files)
    assert main(["evaluasi", "buka", "triwulan-2", str(ws), "-q"]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "rekap", str(ws), "--periode", "triwulan-2", "--format", "markdown")
    assert code == 0
    assert "sesuai pola" not in out and "✓" not in out
    assert "- ○ pola belum dapat dinilai: " in out
    status = json.loads(run(capsys, "status", str(ws), "--periode", "triwulan-2", "--format", "json")[1])
    assert {o["status"] for o in status["opd"][0]["pola"]["organisasi"]} == {"belum-dapat-dinilai"}


# --- build summary, top-level help ------------------------------------------------------------------------------


@pytest.mark.slow  # LibreOffice makes the PDFs a bundle is made of
def test_build_summary_names_the_bundles_it_wrote(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "build", str(ws), "-o", str(tmp_path / "out"), "--form", "skp")
    bundles = sorted((tmp_path / "out").glob("*/*.pdf"))  # OUTPUT/<tahun>/<opd>.pdf
    assert code == 0 and bundles
    for bundle in bundles:
        assert f"bundel ditulis: {bundle}" in err
    assert err.count("bundel ditulis: ") == len(bundles)


def test_top_level_help_does_not_cut_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert ",..." not in out and ":..." not in out  # where click used to cut
    words = " ".join(out.split())
    assert "Tampilkan perubahan isi SKP (target, RHK, penilai, rating) antarberkas, antarfolder" in words
    assert "Buat workspace siap pakai di FOLDER (bawaan: folder saat ini)." in words
