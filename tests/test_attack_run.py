"""What the attack run on the fix of issue #11 found, each class tried with several members through the real CLI.

Templates that are not regular files or lead out (4, 5), links planted in OUT (10), OPD folder names that
collide with outputs (11), spec files passed over without a word (12), output that is not valid UTF-8 or
Markdown that is not inert, and Ctrl-C while skpdoc loads (13). Cases that would block if a guard regressed
(a FIFO, ``/dev/zero``) run in a child process with a timeout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import HEAD_NIP, KABID_NIP, STAFF, STAFF_NIP, base_files, build_tree
from skpdoc.cli import main
from skpdoc.resources import data_dir
from skpdoc.textsafe import dumps, markdown, visible

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links, FIFOs and signals")

NIPS = (HEAD_NIP, KABID_NIP, STAFF_NIP)
LAMPIRAN = "lampiran.docx"


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli_process(cwd: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "skpdoc", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


def plant(path: Path, kind: str, outside: Path) -> None:
    """Put something that is not a usable template (or folder) at ``path``."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "passwd":
        path.symlink_to("/etc/passwd")
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling":
        path.symlink_to(outside / "nothing.docx")
    elif kind == "outside-docx":  # a real template, but outside the workspace
        shutil.copyfile(data_dir("templates/docx") / LAMPIRAN, outside / LAMPIRAN)
        path.symlink_to(outside / LAMPIRAN)
    elif kind == "huge":  # sparse: past the 50 MiB limit without using the disk
        with path.open("wb") as handle:
            handle.truncate(60 << 20)
    else:
        raise AssertionError(kind)


REFUSED = {
    "fifo": "bukan berkas biasa (FIFO/named pipe)",
    "zero": "tautan (symlink) ke luar workspace (/dev/zero)",
    "passwd": "tautan (symlink) ke luar workspace (/etc/passwd)",
    "folder": "bukan berkas biasa (folder)",
    "dangling": "tautan (symlink) ke luar workspace",
    "outside-docx": "tautan (symlink) ke luar workspace",
    "huge": "berkas terlalu besar: 62914560 byte (batas 52428800 byte)",
}


# --- 4. templates check -----------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_templates_check_reports_what_it_must_not_open(ws: Path, tmp_path: Path, kind: str) -> None:
    (ws / "templates").mkdir()
    shutil.copyfile(
        data_dir("templates/docx") / "skp-jpt-kuantitatif.docx", ws / "templates" / "skp-jpt-kuantitatif.docx"
    )
    plant(ws / "templates" / LAMPIRAN, kind, tmp_path)
    for target in ("ws/templates", f"ws/templates/{LAMPIRAN}"):
        result = cli_process(tmp_path, "templates", "check", target, timeout=30)
        assert result.returncode == 1, result.stderr
        assert result.stdout.startswith(f"{LAMPIRAN} (-): T006 templat ws/templates/{LAMPIRAN} tidak dibuka: ")
        assert REFUSED[kind] in result.stdout and "passwd" not in result.stdout.replace("/etc/passwd", "")
        count = 2 if target == "ws/templates" else 1
        assert result.stderr == f"{count} templat diperiksa: 1 kesalahan, 0 peringatan\n"


def test_templates_check_of_one_file_checks_it(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "mine" / LAMPIRAN
    copy.parent.mkdir()
    shutil.copyfile(data_dir("templates/docx") / LAMPIRAN, copy)
    assert cli(capsys, "templates", "check", str(copy)) == (0, "", "1 templat diperiksa: 0 kesalahan, 0 peringatan\n")
    # Outside a workspace, as for --templates, a link may lead anywhere, to a regular file.
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / LAMPIRAN).symlink_to(copy)
    assert cli(capsys, "templates", "check", "links")[0] == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    code, out, err = cli(capsys, "templates", "check", str(notes))
    assert code == 1 and "T006 bukan templat .docx" in out and err.startswith("1 templat diperiksa: 1 kesalahan")


# --- 5. build with a broken template ----------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "zero", "passwd", "folder", "dangling", "outside-docx", "huge"])
def test_build_fails_the_documents_of_an_unusable_template_and_never_reads_it(
    ws: Path, tmp_path: Path, kind: str
) -> None:
    (ws / "templates").mkdir()
    plant(ws / "templates" / LAMPIRAN, kind, tmp_path)
    result = cli_process(tmp_path, "build", "ws", "-o", "out", "--no-pdf", timeout=60)
    assert result.returncode == 1, result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("gagal: ")]
    assert len(failed) == 3 and all(f"/{LAMPIRAN}: {LAMPIRAN}: templat " in line for line in failed)
    assert all(REFUSED[kind] in line and "--templates FOLDER" in line for line in failed)
    assert "root:" not in result.stderr  # /etc/passwd was never read
    for nip in NIPS:  # never the built-in form instead, and the other forms are built
        assert not (tmp_path / "out/2024/diskominfo" / nip / LAMPIRAN).exists()
        assert (tmp_path / "out/2024/diskominfo" / nip / "skp.docx").is_file()


def test_templates_given_with_the_option_may_be_anywhere_but_must_be_regular_files(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copyfile(data_dir("templates/docx") / LAMPIRAN, shared / "real.docx")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / LAMPIRAN).symlink_to(shared / "real.docx")  # the user's own choice: followed
    code, _, err = cli(capsys, "build", str(ws), "-o", "out", "--no-pdf", "--templates", str(mine))
    assert code == 0, err
    (mine / LAMPIRAN).unlink()
    os.mkfifo(mine / LAMPIRAN)
    result = cli_process(tmp_path, "build", "ws", "-o", "out2", "--no-pdf", "--templates", "mine", timeout=60)
    assert result.returncode == 1 and result.stderr.count("bukan berkas biasa (FIFO/named pipe)") == 3


# --- 10. links planted in OUT -----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "folder"),
    [
        ("2024/diskominfo", True),
        (f"2024/diskominfo/{STAFF_NIP}", True),
        (f"2024/diskominfo/{STAFF_NIP}/skp.pdf", False),
    ],
)
def test_a_link_out_of_the_output_folder_stops_the_build_before_it_writes(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, folder: bool
) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "secret.pdf").write_text("rahasia")
    link = tmp_path / "out" / where
    link.parent.mkdir(parents=True)
    link.symlink_to(victim if folder else victim / "secret.pdf")
    code, _, err = cli(capsys, "build", str(ws), "-o", "out", "--no-pdf")
    assert code == 1
    assert err.startswith(f"skpdoc: out/{where}: tautan (symlink) di folder keluaran menunjuk ke luarnya ({victim}")
    assert (
        sorted(p.name for p in victim.iterdir()) == ["secret.pdf"] and (victim / "secret.pdf").read_text() == "rahasia"
    )
    assert not (tmp_path / "out/2024/manifest.json").exists()
    link.unlink()
    assert cli(capsys, "build", str(ws), "-o", "out", "--no-pdf")[0] == 0


def test_a_link_that_stays_inside_the_output_folder_is_left_alone(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, "build", str(ws), "-o", "out", "--no-pdf")[0] == 0
    (tmp_path / "out/2024/kominfo").symlink_to("diskominfo")
    code, _, err = cli(capsys, "build", str(ws), "-o", "out", "--no-pdf", "--lang", "en")
    assert code == 0 and "0 built" in err
    (tmp_path / "out/2024/kominfo").unlink()
    (tmp_path / "out/2024/kominfo").symlink_to("../../elsewhere")  # dangling, and out
    code, _, err = cli(capsys, "build", str(ws), "-o", "out", "--no-pdf", "--lang", "en")
    assert code == 1 and "out/2024/kominfo: " in err and "(../../elsewhere)" in err


# --- 11. OPD folder names ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["diskominfo.pdf", "manifest.json", "Dinkes", "=1+1", "dinas kesehatan", "-x", "a" * 65]
)
def test_an_opd_folder_name_that_cannot_be_a_slug_is_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    files = base_files()
    files.update({k.replace("diskominfo/", f"{name}/"): v for k, v in base_files().items() if "/" in k})
    ws = build_tree(tmp_path / "ws", files)
    code, out, err = cli(capsys, "validate", str(ws))
    assert code == 1
    assert out.startswith(f"ws/{name}: W010 '{name}' tidak dapat menjadi nama folder OPD")
    assert "huruf kecil, angka, tanda hubung atau garis bawah, tanpa titik" in out
    code, _, err = cli(capsys, "build", str(ws), "-o", "out", "--no-pdf")
    assert code == 1 and "E001" not in err and "kesalahan pada spesifikasi" in err  # build never gets there
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["dinas-kesehatan", "opd_2", "bkpsdm", "a" * 64])
def test_slugs_as_the_roster_import_writes_them_are_opd_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    files = {k.replace("diskominfo/", f"{name}/"): v for k, v in base_files().items()}
    ws = build_tree(tmp_path / "ws", files)
    assert cli(capsys, "validate", str(ws))[0] == 0


@pytest.mark.parametrize("name", ["x.pdf", "manifest.json", "Dinkes"])
def test_new_refuses_an_opd_name_that_cannot_be_a_slug(ws: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    args = ["--nip", "199505172020122003", "--nama", "Siti", "--jabatan", "Pengelola", "--jenis", "pelaksana"]
    code, _, err = cli(capsys, "new", "-w", str(ws), "--opd", name, *args, "--golongan", "II/c")
    assert code == 2 and err.startswith(f"skpdoc: --opd: '{name}' tidak dapat menjadi nama folder OPD")
    assert not (ws / name).exists()


# --- 12. nothing passed over without a word ---------------------------------------------


@pytest.mark.parametrize("suffix", [".YAML", ".Yaml", ".YML"])
def test_a_spec_with_an_upper_case_extension_is_an_error_naming_the_fix(
    ws: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.rename(staff.with_suffix(suffix))
    code, out, _ = cli(capsys, "validate", str(ws), "--lang", "en")
    assert code == 1
    fixed = STAFF_NIP + suffix.lower()
    assert f"ws/diskominfo/{STAFF_NIP}{suffix}: W011 the extension '{suffix}' is not loaded" in out
    assert f"rename the file to {fixed}" in out


def test_specs_in_a_subfolder_are_a_warning_per_folder_and_underscore_folders_stay_quiet(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("arsip", "arsip/2023", "_arsip", ".git", "lama"):
        (ws / "diskominfo" / folder).mkdir()
        (ws / "diskominfo" / folder / f"{STAFF_NIP}.yaml").write_text(STAFF)
    (ws / "diskominfo" / "lama" / "catatan.txt").write_text("bukan spesifikasi")
    (ws / "diskominfo" / "kosong").mkdir()
    code, out, _ = cli(capsys, "validate", str(ws))
    assert code == 0  # a warning: a subfolder is a deliberate place
    lines = [line for line in out.splitlines() if "W012" in line]
    assert lines == [
        "ws/diskominfo/arsip: peringatan W012 2 berkas .yaml di subfolder ini tidak dimuat (hanya <opd>/<nip>.yaml yang dimuat)",
        "ws/diskominfo/lama: peringatan W012 1 berkas .yaml di subfolder ini tidak dimuat (hanya <opd>/<nip>.yaml yang dimuat)",
    ]
    assert "(mis. _arsip)" in out
    assert cli(capsys, "validate", str(ws), "--strict")[0] == 1


# --- 13. output safety ------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_json_stays_valid(ws: Path, tmp_path: Path) -> None:
    raw = os.fsencode(ws / "diskominfo") + b"/19870312201001\x9b\xff.yaml"
    with open(raw, "wb") as handle:
        handle.write(b"pegawai: [\n")
    result = subprocess.run(
        [sys.executable, "-m", "skpdoc", "validate", "ws"],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1", "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert result.returncode == 1 and b"\x9b" not in result.stdout + result.stderr
    assert b"ws/diskominfo/19870312201001\\x9b\\xff.yaml:" in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "skpdoc", "validate", "ws", "--format", "json-list"],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    problems = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8, and the name exactly (surrogateescape)
    assert os.fsencode(problems[0]["file"]) == b"ws/diskominfo/19870312201001\x9b\xff.yaml"


@pytest.mark.parametrize("text", ["a\udc9b", "\udcff\ud800", "x\udc80y"])
def test_surrogates_are_visible_and_json_is_valid_utf8(text: str) -> None:
    assert "\\" in visible(text) and visible(text).encode("utf-8")
    assert json.loads(dumps({"v": text}).encode("utf-8").decode("utf-8")) == {"v": text}


HOSTILE = {
    "newline": ("Kepala Seksi\nbaris | dua", "Kepala Seksi<br>baris \\| dua"),
    "html": ('<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'),
    "image": ("![t](http://evil.example/t.png)", "![t\\](http://evil.example/t.png)"),
    "link": ("[klik](http://evil.example) &amp;", "[klik\\](http://evil.example) &amp;amp;"),
    "backslash": ("C:\\arsip\\| \\](x)", "C:\\arsip\\\\\\| \\\\\\](x)"),
}


@pytest.mark.parametrize("attack", sorted(HOSTILE))
def test_markdown_of_rekap_diff_and_status_prints_spec_text_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str
) -> None:
    value, shown = HOSTILE[attack]
    assert markdown(value) == shown
    files = base_files()
    files[f"diskominfo/{STAFF_NIP}.yaml"] = STAFF.replace(
        "jabatan: Kepala Seksi E-Government", f"jabatan: {json.dumps(value)}"
    ).replace("nama: Rina Marlina, S.Kom.", f"nama: {json.dumps('Rina ' + value)}")
    old = build_tree(tmp_path / "old", base_files())
    new = build_tree(tmp_path / "new", files)
    outputs = {}
    code, outputs["rekap"], err = cli(capsys, "rekap", str(new), "--format", "markdown")
    assert code == 0, err
    code, outputs["diff"], err = cli(capsys, "diff", str(old), str(new), "--format", "markdown")
    assert code in (0, 1), err
    for name, out in outputs.items():
        rows = [line for line in out.splitlines() if STAFF_NIP in line or "Rina" in line]
        assert rows, name
        assert all(line.startswith("|") and line.endswith("|") for line in rows if line.startswith("|")), name
        assert shown in out, name
        assert "<img" not in out and not re.search(r"(?<!\\)\]\(http", out), name
    row = next(line for line in outputs["rekap"].splitlines() if STAFF_NIP in line)
    assert row.count(" | ") == outputs["rekap"].splitlines()[4].count(" | ")  # as many cells as the header


# --- 13. Ctrl-C while skpdoc loads ------------------------------------------------------

INTERRUPT_WHILE_IMPORTING = """
import importlib.abc, os, signal, sys

TARGET = sys.argv[1]

class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == TARGET:
            os.kill(os.getpid(), signal.SIGINT)  # as if Ctrl-C came while this module loads
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv[1:] = sys.argv[2:]
import runpy
runpy.run_module("skpdoc", run_name="__main__")
"""


@pytest.mark.parametrize(
    ("module", "args"),
    [
        ("click", ["--version"]),
        ("skpdoc.cli.build", ["--version"]),
        ("skpdoc.errors", ["--version"]),
        ("importlib.metadata", ["--version"]),
        ("skpdoc.api", ["validate", "ws"]),  # loaded by the command, inside main()
        ("jsonschema", ["validate", "ws"]),
    ],
)
def test_ctrl_c_while_skpdoc_loads_is_an_interrupted_run_not_a_traceback(
    ws: Path, tmp_path: Path, module: str, args: list[str]
) -> None:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-c", INTERRUPT_WHILE_IMPORTING, module, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr.strip()) == (130, "skpdoc: dibatalkan"), result.stderr


def test_ctrl_c_sent_early_to_the_real_command(ws: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    # After Python's own start-up (some 30 ms, not skpdoc's to guard), whenever it lands.
    for delay in (0.15, 0.25, 0.35):
        process = subprocess.Popen(
            [sys.executable, "-m", "skpdoc", "validate", "ws"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        assert "Traceback" not in err
        # -SIGINT: the signal came as Python was exiting (the shell shows 130 too), after skpdoc's last word
        assert process.returncode in (130, -signal.SIGINT, 0)
        assert err.strip() in ("skpdoc: dibatalkan", "ok: 5 berkas valid")
