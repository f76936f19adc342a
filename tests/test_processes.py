"""What a killed worker, or a killed skpdoc, leaves behind: no LibreOffice and no temporary folder.

Processes are found by their command line naming this module's own temporary folder, so LibreOffice run by
other tests at the same time is never counted.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from docxutil import make_docx
from skpdoc.convert import Converter
from skpdoc.convert.guard import office_pipes

pytestmark = pytest.mark.slow

OWN_TMP = Path(tempfile.mkdtemp(prefix="skpdoc-test-procs-"))


@pytest.fixture(autouse=True)
def _own_tmp(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(OWN_TMP))
    monkeypatch.setenv("TMPDIR", str(OWN_TMP))  # for the subprocesses


@pytest.fixture(autouse=True, scope="module")
def _remove_own_tmp() -> Iterator[None]:
    yield
    shutil.rmtree(OWN_TMP, ignore_errors=True)


def running_under(marker: Path | str) -> list[int]:
    """Processes (not zombies) whose command line names ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if str(marker) in (entry / "cmdline").read_text() and "\nState:\tZ" not in (entry / "status").read_text():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def wait_for(condition: Callable[[], object], seconds: float = 20.0) -> bool:
    """Poll ``condition`` until it holds or ``seconds`` pass (the machine is shared and may be slow)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_killed_worker_takes_its_libreoffice_with_it_and_conversion_goes_on(tmp_path: Path) -> None:
    docs = [make_docx(tmp_path / f"d{n}.docx", [f"Dokumen {n}"]) for n in range(4)]
    with Converter(jobs=2, timeout=60) as conv:
        assert conv.convert([(docs[0], tmp_path / "first.pdf")]).failed == []
        victim = conv._workers[0]
        assert victim is not None
        workdir = victim.workdir
        assert wait_for(lambda: len(running_under(workdir)) >= 4)  # worker, guard, oosplash, soffice.bin

        os.kill(victim.proc.pid, signal.SIGKILL)

        assert wait_for(lambda: not running_under(workdir) and not workdir.exists()), running_under(workdir)
        report = conv.convert([(src, tmp_path / "pdf" / f"{src.stem}.pdf") for src in docs])
        assert report.failed == []
        assert conv.running == 2
        assert conv._workers[0] is not victim  # restarted
    assert running_under(OWN_TMP) == []


def test_batch_libreoffice_dies_with_a_killed_skpdoc_and_leaves_no_folder(tmp_path: Path) -> None:
    docs = [make_docx(tmp_path / f"d{n}.docx", [f"Dokumen {n}"]) for n in range(60)]
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from skpdoc.convert import Converter
        conv = Converter(jobs=2)
        print(conv._root, flush=True)
        conv.convert([(Path(p), Path(p).with_suffix(".pdf")) for p in {[str(d) for d in docs]!r}])
        """
    )
    env = {**os.environ, "SKPDOC_UNO_PYTHON": ""}  # no UNO: soffice --convert-to
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    assert parent.stdout is not None
    root = Path(parent.stdout.readline().strip())
    profile = (root / "profile0").as_uri()

    def soffice_bin() -> list[int]:
        return [pid for pid in running_under(profile) if Path(f"/proc/{pid}/exe").resolve().name == "soffice.bin"]

    seen: list[int] = []

    def started() -> bool:
        seen.extend(soffice_bin())
        return bool(seen)

    assert wait_for(started, 60), "LibreOffice did not start"
    environ = Path(f"/proc/{seen[0]}/environ").read_bytes().split(b"\0")
    assert f"TMPDIR={root / 'tmp'}".encode() in environ  # its temporary files go to our folder
    assert parent.poll() is None

    parent.kill()  # mid-conversion
    parent.wait()

    assert wait_for(lambda: not running_under(root) and not root.exists()), running_under(root)
    assert [pipe for pipe in office_pipes([f"-env:UserInstallation={profile}"]) if pipe.exists()] == []
