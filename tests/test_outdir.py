"""The output folder of `skpdoc build`: locked against a second build, checked, cleaned, usable read-only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import HEAD_NIP
from skpdoc.cli import main
from skpdoc.files import TEMPORARY_NAME, write_atomic
from skpdoc.outdir import claim

#: Run "$@" with the folder "$1" read-only (in the mount namespace of ``unshare -m``).
RO_MOUNT = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'


def test_a_second_build_into_a_held_folder_stops_naming_the_folder_and_holder(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "out" / "2024"
    root.mkdir(parents=True)
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from skpdoc.outdir import claim
        with claim(Path({str(root)!r})):
            print("held", flush=True)
            time.sleep(120)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        assert main(["build", str(ws), "-o", str(tmp_path / "out"), "--no-pdf", "--lang", "en"]) == 1
        err = capsys.readouterr().err
        assert f"skpdoc: {root}: another build (pid {holder.pid}) is writing into this folder" in err
        assert "wait until that build has finished, or choose another output folder with -o" in err
        assert not (root / "diskominfo").exists()  # nothing was written
    finally:
        holder.kill()  # SIGKILL: the kernel releases the lock all the same
        holder.wait()
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "--no-pdf", "-q"]) == 0


def test_a_folder_is_held_once_even_within_one_process(tmp_path: Path) -> None:
    with claim(tmp_path), pytest.raises(Exception, match=f"pid {os.getpid()}"), claim(tmp_path):
        pass
    with claim(tmp_path):  # released
        pass


def test_stale_temporaries_of_skpdoc_are_removed_and_nothing_else(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "-q"]) == 0
    folder = out / "2024" / "diskominfo" / HEAD_NIP
    stale = [folder / ".skp.docx.ab12c_9z.tmp", out / "2024" / ".manifest.json.k3j4h5g6.tmp"]
    kept = [folder / ".skp.docx.tmp", folder / "skp.docx.ab12cd34.tmp", folder / ".skp.docx.ab12cd3.tmp"]
    kept += [folder / ".notes.AB12CD34.tmp", folder / "mine.txt"]
    for path in stale + kept:
        path.write_bytes(b"")
    (folder / ".dir.abcdefgh.tmp").mkdir()
    assert all(TEMPORARY_NAME.fullmatch(path.name) for path in stale)

    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "-q"]) == 0

    assert [path for path in stale if path.exists()] == []
    assert [path for path in kept if not path.exists()] == []
    assert (folder / ".dir.abcdefgh.tmp").is_dir()


def test_write_atomic_names_its_temporary_file_as_the_cleanup_expects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(tmp_path / "skp.docx", b"x")
    [name] = seen
    assert TEMPORARY_NAME.fullmatch(name) and TEMPORARY_NAME.fullmatch(name)["target"] == "skp.docx"  # type: ignore[index]


@pytest.mark.parametrize("case", ["year-is-a-file", "out-is-a-loop", "year-is-a-loop"])
def test_an_output_path_that_is_no_folder_is_a_usage_error_naming_it(
    case: str, ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    if case == "year-is-a-file":
        out.mkdir()
        (out / "2024").write_text("not a folder")
        bad, text = out / "2024", "not a folder"
    elif case == "out-is-a-loop":
        out.symlink_to(tmp_path / "other")
        (tmp_path / "other").symlink_to(out)
        bad, text = out, "a symlink loop that never reaches a folder"
    else:
        out.mkdir()
        (out / "2024").symlink_to(out / "2024")
        bad, text = out / "2024", "a symlink loop that never reaches a folder"

    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "--lang", "en"]) == 2

    err = capsys.readouterr().err
    assert f"skpdoc: {bad}: {text}" in err
    assert "Traceback" not in err and "internal error" not in err


def run_read_only(out: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``python -m skpdoc ARGS`` with ``out`` read-only: a read-only bind mount as root, where permissions
    do not stop writes (in a mount namespace of its own, so nobody else sees it); else without write permission."""
    command = [sys.executable, "-m", "skpdoc", *args]
    if os.geteuid() != 0:
        folders = [out, *(path for path in out.rglob("*") if path.is_dir())]
        for folder in folders:
            folder.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        finally:
            for folder in folders:
                folder.chmod(0o755)
    unshare = shutil.which("unshare")
    probe = [unshare or "unshare", "-m", "sh", "-c", RO_MOUNT, "sh", str(out), "true"]
    if unshare is None or subprocess.run(probe, capture_output=True, check=False).returncode != 0:
        pytest.skip("running as root, and no read-only bind mount can be made here (unshare -m)")
    return subprocess.run(
        [unshare, "-m", "sh", "-c", RO_MOUNT, "sh", str(out), *command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_a_no_change_build_into_a_read_only_folder_succeeds_and_a_change_says_why_not(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "-q"]) == 0  # PDFs and the bundle: a complete output
    before = {path: path.stat().st_mtime_ns for path in out.rglob("*")}

    unchanged = run_read_only(out, ["build", str(ws), "-o", str(out), "--lang", "en"])
    assert unchanged.returncode == 0, unchanged.stderr

    spec = ws / "diskominfo" / f"{HEAD_NIP}.yaml"
    spec.write_text(spec.read_text().replace("Indeks SPBE", "Indeks SPBE Kabupaten"))
    changed = run_read_only(out, ["build", str(ws), "-o", str(out), "--lang", "en"])
    assert changed.returncode == 1, changed.stderr
    assert f"skpdoc: {out / '2024'}/" in changed.stderr
    assert ": cannot write here: " in changed.stderr and "Traceback" not in changed.stderr
    assert ".tmp" not in changed.stderr  # the file meant is named, not its temporary name
    assert {path: path.stat().st_mtime_ns for path in out.rglob("*")} == before


#: Run "$@" with a 64 KiB tmpfs mounted on the folder "$1": a disk that fills up mid-build.
TINY_DISK = 'mount -t tmpfs -o size=64k tmpfs "$1" && shift && exec "$@"'


def test_a_full_disk_names_the_file_it_could_not_write(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    unshare = shutil.which("unshare")
    probe = [unshare or "unshare", "-m", "sh", "-c", TINY_DISK, "sh", str(out), "true"]
    if unshare is None or subprocess.run(probe, capture_output=True, check=False).returncode != 0:
        pytest.skip("no tmpfs can be mounted here (unshare -m needs root)")
    command = [sys.executable, "-m", "skpdoc", "build", str(ws), "-o", str(out), "--no-pdf", "--lang", "en"]
    full = subprocess.run(
        [unshare, "-m", "sh", "-c", TINY_DISK, "sh", str(out), *command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert full.returncode == 1, full.stderr
    assert f"skpdoc: {out / '2024'}/" in full.stderr and "No space left on device" in full.stderr
    assert "internal error" not in full.stderr and "Traceback" not in full.stderr


@pytest.mark.parametrize(
    "damage",
    [
        lambda m: {**m, "outputs": []},
        lambda m: {**m, "outputs": {name: "junk" for name in m["outputs"]}},
        lambda m: {**m, "outputs": {name: {**e, "key": 7} for name, e in m["outputs"].items()}},
        lambda m: {**m, "bundles": {"diskominfo": None}, "sources": [1]},
    ],
)
def test_a_damaged_manifest_costs_a_rebuild_not_the_build(ws: Path, tmp_path: Path, damage: Any) -> None:
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "-q"]) == 0
    manifest = out / "2024" / "manifest.json"
    manifest.write_text(json.dumps(damage(json.loads(manifest.read_text()))), encoding="utf-8")
    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "-q"]) == 0
    assert all(isinstance(entry, dict) for entry in json.loads(manifest.read_text())["outputs"].values())
