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
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import STAFF_NIP
from skpdoc import outdir
from skpdoc.cli import main
from skpdoc.convert import batch as convert_batch
from skpdoc.convert import converter as convert
from skpdoc.convert import guard as office_guard
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
    # Modules that choose by sys.platform when first imported are imported as they are here: pypdfium2 its native
    # library, urllib.request (which xml.sax.saxutils imports) macOS's proxy module.
    import urllib.request  # noqa: F401

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


def test_user_template_renders_in_the_worker_with_what_the_platform_has(
    elsewhere: str, ws: Path, tmp_path: Path
) -> None:
    from skpdoc.resources import data_dir

    (ws / "templates").mkdir()
    shutil.copy(data_dir("templates/docx") / "lampiran.docx", ws / "templates" / "lampiran.docx")
    isolate.shutdown()
    out = tmp_path / "forms"
    assert main(["render", str(ws), "-o", str(out), "--form", "lampiran", "--nip", STAFF_NIP]) == 0
    assert len(list(out.rglob("*.docx"))) == 1
    # The worker runs everywhere, told to use only what that platform has: macOS its timer signal and CPU limit,
    # Windows nothing of the kind; neither a memory limit nor the Linux parent-death signal.
    worker = isolate.pid()
    assert worker is not None
    assert _worker_uses(worker) == {"darwin": "cputime,alarm", "win32": ""}[elsewhere]
    assert _limit(worker, "Max address space") == _limit("self", "Max address space")
    isolate.shutdown()


#: Nested loops for the employee whose NIP starts so (the head, rendered first): 3 * 10**8 empty turns, about 10 s
#: in process; the other employees' lampiran render at once.
ENDLESS = (
    "{% if '19750315' in pegawai.nip %}"
    "{% for a in range(100000) %}{% for b in range(3000) %}{% endfor %}{% endfor %}{% endif %}"
)


@pytest.mark.parametrize("stopper", ["worker", "parent"])
def test_an_endless_template_is_stopped_in_time_and_the_next_document_renders(
    elsewhere: str,
    stopper: str,
    ws: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The time bound holds where there is no SIGALRM, rlimit nor prctl: the worker's own timer (a watchdog thread
    on Windows) stops the template, or, where that cannot (C code), this process kills the worker at its deadline."""
    from docxutil import make_docx

    make_docx(ws / "templates" / "lampiran.docx", ["Lampiran {{ pegawai.nama }}", ENDLESS])
    monkeypatch.setenv("SKPDOC_RENDER_TIMEOUT", "1")
    if stopper == "parent":
        monkeypatch.setattr(isolate, "GRACE", -0.5)  # this process gives up before the worker's own timer
    isolate.shutdown()
    out = tmp_path / "forms"
    started, clock = time.monotonic(), time.time()
    code = main(["render", str(ws), "-o", str(out), "-q", "--form", "lampiran"])
    took = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 1 and took < 6, (took, err)
    assert "lampiran.docx: render melebihi batas waktu 1 detik" in err and "Traceback" not in err
    # the worker's timer says where the template was; when this process kills the worker, nobody knows
    assert ("di sekitar teks" in err) == (stopper == "worker"), err
    rendered = sorted(out.rglob("lampiran.docx"))
    # both after the head's, which was stopped first (at 1 s, or at 0.5 s by this process)
    assert len(rendered) == 2 and all(path.stat().st_mtime > clock + 0.4 for path in rendered)
    # the killed worker is gone (not even a zombie); the one that rendered the next documents stops at shutdown
    assert set(_workers()) <= {isolate.pid()}
    isolate.shutdown()
    assert _workers() == []


def test_a_worker_whose_parent_is_killed_ends_without_the_linux_calls(tmp_path: Path) -> None:
    """On Windows nothing kills the worker with its parent (no PR_SET_PDEATHSIG, no CPU-time limit): it stops
    its template at the deadline and exits when it finds its parent gone."""
    from docxutil import make_docx

    good = make_docx(tmp_path / "good.docx", ["{{ 1 }}"])
    endless = make_docx(
        tmp_path / "endless.docx", ["{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"]
    )
    script = (
        "import signal, sys\n"
        "from pathlib import Path\n"
        "from skpdoc.render import engine, isolate\n"
        "sys.platform = 'win32'\n"
        "del signal.SIGALRM\n"
        "assert isolate.features() == ()\n"
        "engine.CompiledTemplate(Path(sys.argv[1])).render({})\n"
        "print(isolate.pid(), flush=True)\n"
        "engine.CompiledTemplate(Path(sys.argv[2])).render({})\n"
    )
    env = {**os.environ, "SKPDOC_RENDER_TIMEOUT": "2"}
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(good), str(endless)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())  # it rendered the first template, and has the second to render
        assert _worker_uses(worker) == ""
        time.sleep(0.5)
        assert _state(worker) == "R"  # looping in the template
    finally:
        parent.kill()
        parent.wait()
        if parent.stdout is not None:
            parent.stdout.close()
    killed = time.monotonic()
    while _running(worker) and time.monotonic() < killed + 15:
        time.sleep(0.05)
    assert not _running(worker)
    assert time.monotonic() - killed < 5  # at its deadline (2 s), not at its last resort (8 s)


def _workers() -> list[int]:
    """The render workers this process started that are still there."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if b"skpdoc.render._worker" not in (entry / "cmdline").read_bytes().split(b"\0"):
                continue
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) != os.getpid():
                continue
        except (OSError, ValueError, IndexError):
            continue
        found.append(int(entry.name))
    return found


def _state(pid: int) -> str:
    """R running, S sleeping, Z zombie ...; "" when there is no such process."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


def _running(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie (a container's init may never reap an orphan)."""
    return _state(pid) not in ("", "Z")


def _worker_uses(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[-2].decode()


def _limit(pid: int | str, name: str) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith(name):
            return line[len(name) :].split()[0]
    raise AssertionError(name)


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
