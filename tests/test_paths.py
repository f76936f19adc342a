"""Nothing outside the workspace is read or written, nothing that is not a regular spec file is opened,
and no path a user gives is passed over with an "ok" (issue #11, classes 2c and 6, bounded reads).

Cases that would hang if a guard regressed (a FIFO, ``/dev/zero``, a symlink loop) run the real CLI in
a subprocess with a timeout; the others call ``main`` in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import HEAD, HEAD_NIP, KABID_NIP, STAFF, STAFF_NIP, base_files, build_tree, git, pin_git
from skpdoc import spec, workspace
from skpdoc.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links and FIFOs")

STAFF_FILE = f"diskominfo/{STAFF_NIP}.yaml"
NEW_NIP = "199505172020122003"
SECRET = "rahasia: isi berkas di luar workspace\n"


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)  # paths are shown relative to it; and no git repository around it


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the workspace holding a spec-looking secret."""
    folder = tmp_path / "outside"
    build_tree(folder, {"secret.yaml": SECRET, "opd.yaml": "nama: Luar\n", f"{NEW_NIP}.yaml": SECRET})
    return folder


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli_process(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in a child process that is killed after 60 s, for cases that could block."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "skpdoc", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


# --- links out of the workspace ---------------------------------------------------------


def test_an_opd_folder_linked_out_is_a_warning_and_is_not_read(
    ws: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ws / "dinkes").symlink_to(outside, target_is_directory=True)
    (ws / "templates").symlink_to(outside, target_is_directory=True)
    code, out, err = cli(capsys, "validate", "ws")
    assert code == 0
    assert out.splitlines()[0] == f"ws/dinkes: peringatan W005 tautan ke luar workspace ({outside}); dilewati"
    assert f"ws/templates: peringatan W005 tautan ke luar workspace ({outside}); dilewati" in out
    assert "rahasia" not in out + err and "secret" not in out  # nothing of it was parsed
    assert err == "0 kesalahan, 2 peringatan dalam 5 berkas\n"
    assert main(["validate", "--strict", "ws"]) == 1
    assert workspace.templates_folder(ws.resolve()) is None  # rendering falls back to the built-in templates


def test_a_spec_linked_out_is_a_warning_in_either_language(
    ws: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ws / "diskominfo" / f"{NEW_NIP}.yaml").symlink_to(outside / f"{NEW_NIP}.yaml")
    (ws / "diskominfo" / "199001012015011002.yaml").symlink_to("../../outside/secret.yaml")  # relative, out
    code, out, _ = cli(capsys, "validate", "--lang", "en", "ws")
    assert code == 0
    assert out.splitlines() == [
        "ws/diskominfo/199001012015011002.yaml: warning W005 a link pointing outside the workspace "
        "(../../outside/secret.yaml); skipped",
        "    copy its content into the workspace (templates outside it: use --templates FOLDER)",
        f"ws/diskominfo/{NEW_NIP}.yaml: warning W005 a link pointing outside the workspace "
        f"({outside / (NEW_NIP + '.yaml')}); skipped",
        "    copy its content into the workspace (templates outside it: use --templates FOLDER)",
    ]
    # Named explicitly, the link is reported too, not read and not called valid.
    code, out, err = cli(capsys, "validate", f"ws/diskominfo/{NEW_NIP}.yaml")
    assert (code, err) == (0, "0 kesalahan, 1 peringatan dalam 1 berkas\n") and "W005" in out


def test_skpdoc_yaml_linked_out_is_an_error(ws: Path, outside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (outside / "skpdoc.yaml").write_text((ws / "skpdoc.yaml").read_text())
    (ws / "skpdoc.yaml").unlink()
    (ws / "skpdoc.yaml").symlink_to(outside / "skpdoc.yaml")
    code, out, _ = cli(capsys, "validate", "ws")
    assert code == 1
    assert out.startswith(f"ws/skpdoc.yaml: W005 tautan ke luar workspace ({outside / 'skpdoc.yaml'}); dilewati")
    assert main(["build", "ws", "-o", "out", "--no-pdf"]) == 1  # not a bug (exit 3): invalid specs


def test_links_that_stay_inside_the_workspace_are_followed(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "_arsip").mkdir()
    (ws / STAFF_FILE).rename(ws / "_arsip" / "rina.yaml")
    (ws / STAFF_FILE).symlink_to(Path("..") / "_arsip" / "rina.yaml")
    (ws / "diskominfo").rename(ws / "_data")
    (ws / "diskominfo").symlink_to("_data", target_is_directory=True)
    assert cli(capsys, "validate", "--strict", "ws") == (0, "", "ok: 5 berkas valid\n")
    assert cli(capsys, "validate", "--strict", f"ws/{STAFF_FILE}")[0] == 0


# --- entries named like specs that are not regular files ---------------------------------


def test_fifos_devices_dangling_links_loops_and_folders_are_located_errors(ws: Path, tmp_path: Path) -> None:
    opd = ws / "diskominfo"
    os.mkfifo(opd / "199001012015011001.yaml")
    (opd / "199001012015011003.yaml").symlink_to("hilang.yaml")
    (opd / "199001012015011004.yaml").mkdir()
    (opd / "199001012015011005.yaml").symlink_to("199001012015011006.yaml")
    (opd / "199001012015011006.yaml").symlink_to("199001012015011005.yaml")
    os.mkfifo(ws / "lepas.yaml")  # at the top: misplaced, never opened either
    done = cli_process(tmp_path, "validate", "ws")
    assert done.returncode == 1, done.stderr
    lines = [line for line in done.stdout.splitlines() if not line.startswith("    ")]
    assert lines == [
        "ws/diskominfo/199001012015011001.yaml: F004 bukan berkas biasa (FIFO/named pipe); tidak dibaca",
        "ws/diskominfo/199001012015011003.yaml: F006 tautan (symlink) ke hilang.yaml yang tidak ada",
        "ws/diskominfo/199001012015011004.yaml: F004 bukan berkas biasa (folder); tidak dibaca",
        "ws/diskominfo/199001012015011005.yaml: F007 tautan (symlink) berputar, tidak berujung pada berkas",
        "ws/diskominfo/199001012015011006.yaml: F007 tautan (symlink) berputar, tidak berujung pada berkas",
        "ws/lepas.yaml: peringatan W003 berkas SKP harus berada di folder OPD",
    ]
    assert done.stderr == "5 kesalahan, 1 peringatan dalam 10 berkas\n"  # every would-be employee is counted
    # The same entries stop a build as invalid specs (exit 1), never a hang or a crash.
    done = cli_process(tmp_path, "build", "ws", "-o", "out", "--no-pdf")
    assert done.returncode == 1 and "F004" in done.stderr
    # Named explicitly, in an OPD folder or in a draft folder: still refused with the reason.
    (ws / "_draft").mkdir()
    os.mkfifo(ws / "_draft" / "x.yaml")
    done = cli_process(
        tmp_path, "validate", "--lang", "en", "ws/diskominfo/199001012015011001.yaml", "ws/_draft/x.yaml"
    )
    assert done.returncode == 1
    assert "199001012015011001.yaml: F004 not a regular file (FIFO/named pipe); not read" in done.stdout
    assert "ws/_draft/x.yaml: F004 not a regular file (FIFO/named pipe); not read" in done.stdout


def test_an_oversized_spec_is_refused_and_the_others_are_still_validated(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = ws / "diskominfo" / "199001012015011001.yaml"
    big.write_bytes(b"# komentar\n" * (spec.MAX_SPEC_BYTES // 11 + 1))
    (ws / STAFF_FILE).write_text(STAFF.replace("pangkat: Penata\n", "pangkat: Penata Muda\n"))
    size = big.stat().st_size
    for _ in range(2):  # the second run goes through the spec cache
        code, out, _ = cli(capsys, "validate", "ws")
        assert code == 1
        assert (
            f"ws/diskominfo/199001012015011001.yaml: F005 berkas terlalu besar: {size} byte (batas 1048576 byte)" in out
        )
        assert "R110" in out  # the other files were checked
    exact = ws / "diskominfo" / "199001012015011002.yaml"
    exact.write_bytes(b"#" * (spec.MAX_SPEC_BYTES - 1) + b"\n")  # at the limit: read (and found empty)
    assert spec.load(exact)[1][0].code == "Y005"


def test_a_link_to_dev_zero_is_never_read(ws: Path, tmp_path: Path) -> None:
    """Inside the workspace it is a link out; given to diff or textconv, it is not a regular file."""
    (ws / "diskominfo" / "199001012015011002.yaml").symlink_to("/dev/zero")
    done = cli_process(tmp_path, "validate", "ws")
    assert (done.returncode, done.stderr) == (0, "0 kesalahan, 1 peringatan dalam 5 berkas\n")
    done = cli_process(tmp_path, "diff", f"ws/{STAFF_FILE}", "ws/diskominfo/199001012015011002.yaml")
    assert done.returncode == 2
    assert done.stderr.startswith(
        "skpdoc: ws/diskominfo/199001012015011002.yaml: bukan berkas biasa (perangkat); tidak dibaca"
    )
    done = cli_process(tmp_path, "diff", "--textconv", "ws/diskominfo/199001012015011002.yaml")
    assert (done.returncode, done.stdout) == (0, "")  # a textconv filter must not fail git's diff
    assert "F004" in done.stderr


# --- paths given on the command line -----------------------------------------------------


def test_a_draft_outside_the_opd_folders_is_checked_on_its_own(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_tree(ws, {"_draft/valid.yaml": STAFF, "_draft/broken.yaml": "pegawai: [\n", "diskominfo/sub/x.yaml": HEAD})
    code, out, err = cli(capsys, "validate", "ws/_draft/valid.yaml")
    assert code == 0 and err == "0 kesalahan, 1 peringatan dalam 1 berkas\n"  # never a bare "ok"
    assert out.startswith(
        "ws/_draft/valid.yaml: peringatan W006 workspace tidak memuat berkas ini (letaknya: _draft/); "
        "diperiksa sendiri, tanpa aturan lintas berkas"
    )
    assert cli(capsys, "validate", "--strict", "ws/_draft/valid.yaml")[0] == 1
    code, out, _ = cli(capsys, "validate", "ws/_draft/broken.yaml", "ws/diskominfo/sub/x.yaml")
    assert code == 1
    assert "ws/_draft/broken.yaml:2:1: Y001" in out
    assert "ws/diskominfo/sub/x.yaml: peringatan W006" in out and "(letaknya: diskominfo/sub/)" in out


NOT_SPEC = ("bukan berkas spesifikasi (.yaml atau .yml)", "not a spec file (.yaml or .yml)")
NOT_OPD = (
    "folder ini bukan workspace {root} atau salah satu folder OPD-nya",
    "this folder is neither the workspace {root} nor one of its OPD folders",
)


@pytest.mark.parametrize(
    ("given", "messages"),
    [
        (f"{STAFF_FILE}.txt", NOT_SPEC),
        ("diskominfo/catatan.yml.txt", NOT_SPEC),
        ("_draft", NOT_OPD),
        ("diskominfo/sub", NOT_OPD),
        ("templates", NOT_OPD),
    ],
)
def test_a_path_the_workspace_does_not_hold_is_refused_with_the_reason(
    ws: Path, capsys: pytest.CaptureFixture[str], given: str, messages: tuple[str, str]
) -> None:
    build_tree(ws, {f"{STAFF_FILE}.txt": STAFF, "diskominfo/catatan.yml.txt": "x", "_draft/a.yaml": STAFF})
    (ws / "diskominfo" / "sub").mkdir()
    (ws / "templates").mkdir()
    for lang, message in zip(("id", "en"), messages, strict=True):
        status, out, err = cli(capsys, "validate", "--lang", lang, f"ws/{given}")
        assert (status, out) == (2, "")
        assert err.startswith(f"skpdoc: ws/{given}: " + message.format(root=ws.resolve()))


def test_the_workspace_and_its_opd_folders_select_the_whole_workspace(ws: Path) -> None:
    assert main(["validate", "ws", "ws/diskominfo", f"ws/{STAFF_FILE}"]) == 0


def test_render_refuses_a_file_that_is_not_an_employee_of_the_workspace(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_tree(ws, {"_draft/x.yaml": STAFF, "diskominfo/x.yml.txt": STAFF})
    root = ws.resolve()
    for given in ("_draft/x.yaml", "diskominfo/x.yml.txt", "diskominfo/opd.yaml"):
        code, _, err = cli(capsys, "render", f"ws/{given}", "-o", "out")
        assert code == 2, given
        assert err.startswith(f"skpdoc: ws/{given}: berkas ini bukan spesifikasi pegawai di workspace {root}")
    assert cli(capsys, "render", "ws/_draft", "-o", "out")[0] == 2
    assert not Path("out").exists()


# --- skpdoc new writes only inside the workspace ------------------------------------------


def new_args(ws: Path, opd: str, *more: str) -> list[str]:
    return [
        "new", "-w", str(ws), "--opd", opd, "--nip", NEW_NIP, "--nama", "Siti", "--jabatan", "Pengelola",
        "--jenis", "pelaksana", "--golongan", "II/c", *more,
    ]  # fmt: skip


@pytest.mark.parametrize(
    "opd", ["../luar", "/tmp/skpdoc-luar", "diskominfo/sub", "..", ".", "_draft", ".git", "templates", ""]
)
def test_new_refuses_an_opd_that_is_not_a_folder_name(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], opd: str
) -> None:
    before = sorted(str(p) for p in tmp_path.parent.rglob("*") if tmp_path.parent != p)
    code, _, err = cli(capsys, *new_args(ws, opd))
    assert code == 2
    assert err.startswith(f"skpdoc: --opd: '{opd}' bukan nama folder OPD")
    assert sorted(str(p) for p in tmp_path.parent.rglob("*") if tmp_path.parent != p) == before
    assert not Path("/tmp/skpdoc-luar").exists()


def test_new_refuses_an_opd_folder_linked_out(ws: Path, outside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (outside / f"{NEW_NIP}.yaml").unlink()
    (ws / "dinkes").symlink_to(outside, target_is_directory=True)
    code, _, err = cli(capsys, *new_args(ws, "dinkes"))
    assert code == 2 and "W005" not in err and "tautan ke luar workspace" in err
    assert not (outside / f"{NEW_NIP}.yaml").exists()


def test_new_writes_only_into_an_opd_of_the_workspace_and_honours_an_explicit_output(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, *new_args(ws, "dinkes"))  # an OPD is made by import roster (or by hand), not by new
    assert code == 2 and "dinkes" in err and not (ws / "dinkes").exists()
    assert cli(capsys, *new_args(ws, "diskominfo"))[0] == 0
    assert (ws / "diskominfo" / f"{NEW_NIP}.yaml").is_file()
    (ws / "diskominfo" / f"{NEW_NIP}.yaml").unlink()
    # -o is a path the user typed (like a shell redirection): written where it says.
    assert cli(capsys, *new_args(ws, "diskominfo", "-o", str(tmp_path / "draft.yaml")))[0] == 0
    assert (tmp_path / "draft.yaml").is_file()
    (ws / "diskominfo" / f"{NEW_NIP}.yaml").mkdir()
    code, _, err = cli(capsys, *new_args(ws, "diskominfo", "--force"))
    assert code == 2 and "bukan berkas biasa (folder)" in err


def test_new_finds_the_penilai_only_among_the_workspace_specs(
    ws: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, *new_args(ws, "diskominfo", "--penilai", "../outside/*", "-o", "-"))
    assert code == 2 and err.startswith("skpdoc: --penilai: format tidak sesuai")
    (outside / f"{HEAD_NIP}.yaml").write_text(HEAD.replace("rhk-1", "rhk-luar"))
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").unlink()
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").symlink_to(outside / f"{HEAD_NIP}.yaml")
    code, out, err = cli(capsys, *new_args(ws, "diskominfo", "--penilai", KABID_NIP, "-o", "-"))
    assert code == 2 and "rhk-luar" not in out + err and KABID_NIP in err  # the linked spec is not the workspace's


# --- diff reads only what it may ----------------------------------------------------------


def test_diff_of_two_folders_refuses_links_out_and_compares_the_rest(
    ws: Path, outside: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = build_tree(tmp_path / "baru", base_files())
    (new / STAFF_FILE).write_text(STAFF.replace("target: 12", "target: 10"))
    (new / "diskominfo" / f"{KABID_NIP}.yaml").unlink()
    (new / "diskominfo" / f"{KABID_NIP}.yaml").symlink_to(outside / "secret.yaml")
    (new / "dinkes").symlink_to(outside, target_is_directory=True)
    code, out, err = cli(capsys, "diff", "ws", "baru")
    assert code == 2
    assert "12 Layanan → 10 Layanan" in out  # the other files are still compared
    assert "rahasia" not in out + err and "dihapus" not in out.lower()  # not read, not shown as removed
    assert f"baru/diskominfo/{KABID_NIP}.yaml: peringatan W005 tautan ke luar workspace" in err
    assert f"baru/dinkes: peringatan W005 tautan ke luar workspace ({outside})" in err


@pytest.fixture
def repo(ws: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pin_git(monkeypatch)
    git(ws, "init", "-q", "-b", "main")
    git(ws, "add", "-A")
    git(ws, "commit", "-q", "-m", "SKP 2024")
    monkeypatch.chdir(ws)
    return ws


def test_diff_of_the_working_tree_reads_nothing_through_links_or_fifos(repo: Path, outside: Path) -> None:
    (outside / STAFF_NIP).mkdir()
    (repo / "diskominfo").rename(repo / "_lama")
    build_tree(outside, {f"{STAFF_NIP}/{STAFF_NIP}.yaml": SECRET})
    (repo / "diskominfo").symlink_to(outside / STAFF_NIP, target_is_directory=True)
    done = cli_process(repo, "diff")
    assert done.returncode == 2, done.stderr
    assert "rahasia" not in done.stdout + done.stderr
    assert f"diskominfo/{STAFF_NIP}.yaml: peringatan W005 tautan ke luar workspace" in done.stderr
    (repo / "diskominfo").unlink()
    (repo / "_lama").rename(repo / "diskominfo")
    (repo / STAFF_FILE).unlink()
    os.mkfifo(repo / STAFF_FILE)
    done = cli_process(repo, "diff")
    assert done.returncode == 2
    assert f"{STAFF_FILE}: F004 bukan berkas biasa (FIFO/named pipe); tidak dibaca" in done.stderr
    assert "Rina" not in done.stdout  # not shown as removed


def test_diff_refuses_an_oversized_blob_without_loading_it(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / STAFF_FILE).write_bytes(b"# komentar\n" * (spec.MAX_SPEC_BYTES // 11 + 1))
    git(repo, "commit", "-q", "-am", "besar")
    code, _, err = cli(capsys, "diff", "--rev", "HEAD~1..HEAD")
    assert code == 2
    size = (repo / STAFF_FILE).stat().st_size
    assert f"HEAD:{STAFF_FILE}: F005 berkas terlalu besar: {size} byte (batas 1048576 byte)" in err
    code, _, err = cli(capsys, "diff", "--rev", "HEAD~1")  # the working tree: bounded read
    assert code == 2 and f"{STAFF_FILE}: F005" in err
