"""One language setting for everything a user reads: --lang, SKPDOC_LANG, ``lang:`` in skpdoc.yaml, else id."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from conftest import CONFIG, STAFF, STAFF_NIP
from skpdoc.cli import cli, main


@pytest.fixture(autouse=True)
def _no_env_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The user's own SKPDOC_LANG never leaks in, and the current folder is no workspace."""
    monkeypatch.delenv("SKPDOC_LANG", raising=False)
    monkeypatch.chdir(tmp_path)


def _misspell_jabatan(ws: Path) -> None:
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace("jabatan: Kepala", "jabatn: Kepala"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_skpdoc_lang_switches_validate_and_build_to_english(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SKPDOC_LANG", "en")
    code, _, err = _run(capsys, "build", str(ws), "-o", str(tmp_path / "out"), "--no-pdf", "-q")
    assert code == 0
    assert err == ""  # -q: nothing when all went well
    code, _, err = _run(capsys, "build", str(ws), "-o", str(tmp_path / "out"), "--no-pdf")
    assert code == 0
    assert re.match(r"0 built, 12 up to date, 0 failed, 0 bundles, \d+\.\d s -> .*out/2024\n$", err)

    _misspell_jabatan(ws)
    code, out, err = _run(capsys, "validate", str(ws))
    assert code == 1
    assert "unknown key 'jabatn'" in out
    assert err.startswith("1 error, ")


def test_lang_in_skpdoc_yaml_switches_the_workspace_to_english(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ws / "skpdoc.yaml").write_text(CONFIG + "lang: en\n")
    code, _, err = _run(capsys, "validate", str(ws))
    assert (code, err) == (0, "ok: 5 files valid\n")
    code, _, err = _run(capsys, "build", str(ws), "-o", str(tmp_path / "out"), "--no-pdf")
    assert code == 0
    assert re.match(r"12 built, 0 up to date, 0 failed, 0 bundles, \d+\.\d s -> ", err)

    _misspell_jabatan(ws)
    code, out, _ = _run(capsys, "validate", str(ws / "diskominfo" / f"{STAFF_NIP}.yaml"))
    assert code == 1 and "unknown key 'jabatn'" in out  # a single spec: its workspace's setting still applies


def test_lang_option_overrides_the_environment_and_the_workspace(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (ws / "skpdoc.yaml").write_text(CONFIG + "lang: en\n")
    monkeypatch.setenv("SKPDOC_LANG", "en")
    code, _, err = _run(capsys, "build", str(ws), "-o", str(tmp_path / "out"), "--no-pdf", "--lang", "id")
    assert code == 0
    assert re.match(r"12 dibuat, 0 sudah terbaru, 0 gagal, 0 bundel, \d+\.\d s -> ", err)
    _misspell_jabatan(ws)
    code, out, err = _run(capsys, "validate", str(ws), "--lang", "id")
    assert code == 1
    assert "kunci tidak dikenal 'jabatn'" in out
    assert err.startswith("1 kesalahan, ")


def test_the_environment_overrides_the_workspace(
    ws: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (ws / "skpdoc.yaml").write_text(CONFIG + "lang: en\n")
    monkeypatch.setenv("SKPDOC_LANG", "id")
    assert _run(capsys, "validate", str(ws)) == (0, "", "ok: 5 berkas valid\n")


def test_an_unknown_skpdoc_lang_is_a_usage_error(
    ws: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SKPDOC_LANG", "english")
    code, out, err = _run(capsys, "validate", str(ws))
    assert (code, out) == (2, "")
    assert (
        err
        == "skpdoc: SKPDOC_LANG: bahasa 'english' tidak dikenal\n    pakai salah satu dari: id, en (atau hapus variabel ini)\n"
    )
    # --lang decides without looking at the variable at all
    assert _run(capsys, "validate", str(ws), "--lang", "en") == (0, "", "ok: 5 files valid\n")


def test_an_unknown_lang_in_skpdoc_yaml_is_reported_by_validate(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "skpdoc.yaml").write_text(CONFIG + "lang: english\n")
    code, out, _ = _run(capsys, "validate", str(ws))
    assert code == 1
    assert out == "ws/skpdoc.yaml:4:7: S004 lang: nilai 'english' tidak diizinkan\n    yang diizinkan: id, en\n"


def test_errors_of_the_top_level_handler_follow_the_workspace(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (ws / "skpdoc.yaml").write_text(CONFIG + "lang: en\n")
    _misspell_jabatan(ws)
    code, _, err = _run(capsys, "build", str(ws), "-o", str(tmp_path / "out"), "--no-pdf")
    assert code == 1
    assert "unknown key 'jabatn'" in err
    assert "kesalahan" not in err and "dibuat" not in err


def test_templates_check_and_render_summaries_follow_the_setting(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ws)
    code, _, err = _run(capsys, "templates", "check", "--lang", "en")
    assert code == 0 and err.endswith(" templates checked: 0 errors, 0 warnings\n")
    code, _, err = _run(capsys, "templates", "check")
    assert code == 0 and err.endswith(" templat diperiksa: 0 kesalahan, 0 peringatan\n")
    monkeypatch.setenv("SKPDOC_LANG", "en")
    out_dir = tmp_path / "docs"
    code, _, err = _run(capsys, "render", "--nip", STAFF_NIP, "--form", "skp", "-o", str(out_dir))
    assert (code, err) == (0, f"1 document written to {out_dir}, 0 failed\n")


def test_every_command_takes_lang() -> None:
    def leaves(command: click.Command, name: str) -> list[tuple[str, click.Command]]:
        if isinstance(command, click.Group):
            return [leaf for sub, child in command.commands.items() for leaf in leaves(child, f"{name} {sub}")]
        return [(name, command)]

    missing = [
        name
        for name, command in leaves(cli, "skpdoc")
        if not any(isinstance(p, click.Option) and "--lang" in p.opts for p in command.params)
    ]
    assert missing == []
