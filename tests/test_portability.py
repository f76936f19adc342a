"""Installed on any desk (issue #13, section 4): the README's hook, the Makefile's .venv check, and what runs on
Windows and macOS, tested by design: the platform is made to look like one without the Linux-only calls
(``signal.SIGHUP``, ``os.killpg``, ``select.poll``, ``prctl``'s guard, ``/proc``) and the CLI is run in-process."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import STAFF_NIP
from skpdoc import convert, convert_batch, office_guard, outdir
from skpdoc.cli import main
from skpdoc.render import isolate
from skpdoc.scaffold import pre_commit_text

ROOT = Path(__file__).resolve().parent.parent


# -- the README's pre-commit snippet and the Makefile ------------------------------------------------------


def test_readme_pre_commit_snippet_is_the_local_hook_init_writes() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("### As a pre-commit hook", 1)[1].split("\n## ", 1)[0]
    snippet = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert snippet == pre_commit_text()
    (hook,) = yaml.safe_load(snippet)["repos"]
    assert hook["repo"] == "local" and "rev" not in hook  # no tag to exist: it works as written
    assert hook["hooks"][0]["entry"] == "skpdoc validate" and hook["hooks"][0]["pass_filenames"] is False


def fake_venv(folder: Path, python: str | None) -> None:
    """``folder``/.venv whose bin/python is ``python`` (None: a dangling link), with a fresh stamp."""
    shutil.copy(ROOT / "Makefile", folder / "Makefile")
    (folder / "pyproject.toml").write_text("")
    bin_dir = folder / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(python or folder / "gone" / "python3.9")
    stamp = folder / ".venv" / ".installed"
    stamp.touch()
    os.utime(stamp, (os.path.getmtime(folder / "pyproject.toml") + 10,) * 2)


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("python", ["old", "gone", "good"])
def test_makefile_rebuilds_a_venv_of_an_old_or_vanished_python(tmp_path: Path, python: str) -> None:
    old = tmp_path / "python3.9"
    old.write_text("#!/bin/sh\necho 'Python 3.9.2'; exit 1\n")  # what `python3.9 -c 'sys.version_info < (3, 11)'` says
    old.chmod(0o755)
    fake_venv(tmp_path, {"old": str(old), "gone": None, "good": sys.executable}[python])
    env = {**os.environ, "PYTHON": sys.executable}
    plan = subprocess.run(["make", "-n", "lint"], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    rebuilt = "rebuilding it with" in plan.stdout and "rm -rf .venv" in plan.stdout
    assert rebuilt == (python != "good"), plan.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_makefile_refuses_a_python_older_than_3_11(tmp_path: Path) -> None:
    old = tmp_path / "python3.9"
    old.write_text("#!/bin/sh\n[ \"$1\" = --version ] && echo 'Python 3.9.2'; exit 1\n")
    old.chmod(0o755)
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("")
    made = subprocess.run(["make", f"PYTHON={old}", ".venv/.installed"], cwd=tmp_path, capture_output=True, text=True)
    assert made.returncode != 0
    assert "skpdoc needs Python >= 3.11" in made.stderr and "Python 3.9.2" in made.stderr
    assert not (tmp_path / ".venv").exists()


# -- another platform, by design ---------------------------------------------------------------------------


@pytest.fixture(params=["darwin", "win32"])
def elsewhere(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """This process as on macOS or Windows: no SIGHUP, killpg, select.poll, nor the Linux guard."""
    platform = str(request.param)
    # Libraries that choose their native library by sys.platform when first imported are imported as they are.
    import pypdfium2  # noqa: F401

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.delattr(signal, "SIGHUP")
    monkeypatch.delattr(os, "killpg")
    monkeypatch.delattr(select, "poll")
    if platform == "win32":
        monkeypatch.delattr(signal, "SIGALRM")
        monkeypatch.setitem(sys.modules, "msvcrt", _FakeMsvcrt())
        monkeypatch.setattr(shutil, "which", _which_posix)  # Windows' which() wants PATHEXT, on a Linux PATH

    def no_guard(*args: object, **kwargs: object) -> None:
        raise AssertionError("the Linux guard was started on " + platform)

    monkeypatch.setattr(convert, "start_guarded", no_guard)
    monkeypatch.setattr(convert_batch, "start_guarded", no_guard)
    yield platform


_real_which = shutil.which


def _which_posix(cmd: str, mode: int = os.F_OK | os.X_OK, path: str | None = None) -> str | None:
    saved = sys.platform
    sys.platform = "linux"
    try:
        return _real_which(cmd, mode, path)
    finally:
        sys.platform = saved


class _FakeMsvcrt:
    """msvcrt.locking as Windows does it (non-blocking lock of bytes, OSError when held), over fcntl here."""

    LK_NBLCK = 2

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        import fcntl

        assert mode == self.LK_NBLCK and nbytes == 1
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise PermissionError(13, "Permission denied") from exc


def test_validate_rekap_status_and_render_run_without_linux_calls(
    elsewhere: str, ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(ws)]) == 0
    assert main(["rekap", str(ws), "--format", "json"]) == 0
    assert main(["status", str(ws), "--format", "json"]) == 0
    out = tmp_path / "forms"
    assert main(["render", str(ws), "-o", str(out), "--form", "lampiran", "--nip", STAFF_NIP]) == 0
    (docx,) = out.rglob("*.docx")
    with zipfile.ZipFile(docx) as archive:
        assert b"<w:body>" in archive.read("word/document.xml")


def test_user_template_renders_in_process_without_sigalrm(elsewhere: str, ws: Path, tmp_path: Path) -> None:
    from skpdoc.resources import data_dir

    (ws / "templates").mkdir()
    shutil.copy(data_dir("templates/docx") / "lampiran.docx", ws / "templates" / "lampiran.docx")
    isolate.shutdown()
    out = tmp_path / "forms"
    assert main(["render", str(ws), "-o", str(out), "--form", "lampiran", "--nip", STAFF_NIP]) == 0
    assert len(list(out.rglob("*.docx"))) == 1
    # Windows: no SIGALRM for the worker's timer, so no worker; elsewhere the bounded worker rendered it.
    assert (isolate.pid() is None) == (elsewhere == "win32")
    isolate.shutdown()


def test_build_lock_works_and_refuses_a_second_build(elsewhere: str, tmp_path: Path) -> None:
    root = tmp_path / "out" / "2024"
    outdir.prepare(tmp_path / "out", root)
    with outdir.claim(root):
        with pytest.raises(Exception) as caught, outdir.claim(root):
            pass
        assert getattr(caught.value, "code", "") == "F013"
    assert (root / outdir.LOCK_NAME).exists() == (elsewhere == "win32")


def test_build_without_the_worker_pool_uses_batch_soffice(
    elsewhere: str, ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice is required (make test installs it: apt-get install libreoffice-writer-nogui)")
    assert convert.uno_python() is None and not office_guard.available()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "--form", "lampiran", "--opd", "diskominfo", "--jobs", "1"]) == 0
    pdfs = sorted(out.rglob("lampiran*.pdf"))
    assert pdfs and all(pdf.read_bytes().startswith(b"%PDF") for pdf in pdfs)
    assert not list((tmp_path / "tmp").iterdir())  # LibreOffice stopped, its profile and copies removed


def test_build_without_libreoffice_names_no_pdf_and_what_to_install(
    elsewhere: str, ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(convert, "_standard_places", lambda: [tmp_path / "LibreOffice" / "soffice.exe"])
    out = tmp_path / "out"
    code = main(["build", str(ws), "-o", str(out), "--form", "lampiran", "--opd", "diskominfo", "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 1, err  # a plain error, never 3 ("internal error")
    assert "LibreOffice was not found" in err and "--no-pdf" in err
    assert ("libreoffice.org/download" if elsewhere == "win32" else "brew install --cask libreoffice") in err
    assert list(out.rglob("*.docx"))  # what could be made is made
    assert main(["build", str(ws), "-o", str(out), "--form", "lampiran", "--opd", "diskominfo", "--no-pdf"]) == 0
