"""`skpdoc init`: a ready workspace in one command, never overwriting what is there."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import build_tree, git, pin_git
from skpdoc.cli import main

SCAFFOLD = [
    ".gitattributes",
    ".gitignore",
    ".pre-commit-config.yaml",
    ".skpdoc/schemas/opd.schema.json",
    ".skpdoc/schemas/pegawai.schema.json",
    ".skpdoc/schemas/skpdoc.schema.json",
    ".vscode/settings.json",
    "README.md",
    "skpdoc.yaml",
]
ARGS = ["--instansi", "Pemerintah Kabupaten Musi Banyuasin", "--tahun", "2025", "--tempat", "Sekayu"]


@pytest.fixture(autouse=True)
def _git(monkeypatch: pytest.MonkeyPatch) -> None:
    pin_git(monkeypatch)


def files_below(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(root).parts
    }


def problem_codes(ws: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    capsys.readouterr()
    assert main(["validate", "--format", "json-list", str(ws)]) == 0
    return {p["code"] for p in json.loads(capsys.readouterr().out)}


def test_init_writes_a_workspace_that_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "skp-2025"
    assert main(["init", str(ws), *ARGS]) == 0
    err = capsys.readouterr().err
    assert sorted(files_below(ws)) == SCAFFOLD
    for rel in SCAFFOLD:
        assert f"dibuat: {ws / rel}" in err
    assert f"repositori git dibuat: {ws}" in err
    assert 'git config diff.skpdoc.textconv "skpdoc diff --textconv"' in err
    assert (ws / "skpdoc.yaml").read_text().splitlines()[2:] == [
        'instansi: "Pemerintah Kabupaten Musi Banyuasin"',
        "tahun: 2025",
        'tempat: "Sekayu"                  # tempat penandatanganan bawaan',
    ]
    assert git(ws, "rev-parse", "--show-toplevel").strip() == str(ws.resolve())
    assert git(ws, "config", "--get", "diff.skpdoc.textconv").strip() == "skpdoc diff --textconv"
    assert git(ws, "check-attr", "diff", "diskominfo/198703122010012004.yaml").strip().endswith("diff: skpdoc")
    settings = json.loads((ws / ".vscode/settings.json").read_text())
    assert settings["yaml.schemas"][".skpdoc/schemas/pegawai.schema.json"] == "*/[0-9]*.yaml"
    hook = (ws / ".pre-commit-config.yaml").read_text()
    assert "repo: local" in hook and "entry: skpdoc validate\n" in hook and "pass_filenames: false" in hook
    assert "skpdoc import roster" in (ws / "README.md").read_text()

    assert main(["validate", str(ws)]) == 0
    err = capsys.readouterr().err
    assert "ok: 1 berkas valid" in err
    assert "catatan: belum ada OPD di workspace" in err and "skpdoc import roster FILE" in err
    assert main(["validate", "--lang", "en", str(ws)]) == 0
    assert "note: the workspace" in capsys.readouterr().err


def test_init_twice_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "ws"
    assert main(["init", str(ws), *ARGS]) == 0
    (ws / "README.md").write_text("# README kami sendiri\n")
    before = files_below(ws)
    capsys.readouterr()
    assert main(["init", str(ws), "--instansi", "Lain", "--tahun", "2026"]) == 0
    err = capsys.readouterr().err
    assert files_below(ws) == before
    assert "dibuat:" not in err and "repositori git dibuat" not in err
    for rel in SCAFFOLD:
        assert f"sudah ada, tidak diubah: {ws / rel}" in err
    assert 'diff.skpdoc.textconv sudah diatur di repositori ini ("skpdoc diff --textconv"); tidak diubah' in err


def test_init_inside_a_repository_keeps_its_git_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "--quiet")
    git(repo, "config", "diff.skpdoc.textconv", "/opt/skpdoc/bin/skpdoc diff --textconv")
    assert main(["init", str(repo / "specs"), *ARGS, "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert not (repo / "specs" / ".git").exists()  # no repository inside the repository
    assert git(repo, "config", "--get", "diff.skpdoc.textconv").strip() == "/opt/skpdoc/bin/skpdoc diff --textconv"
    assert "is already set in this repository" in err
    hook = (repo / "specs" / ".pre-commit-config.yaml").read_text()
    assert 'args: ["specs"]' in hook and 'files: "^specs/.*\\\\.ya?ml$"' in hook
    assert f"pre-commit reads only .pre-commit-config.yaml at the top of the repository {repo.resolve()}" in err


def test_init_without_tempat_leaves_it_to_fill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path / "ws"), "--instansi", "Pemerintah Kota Contoh", "--tahun", "2025"]) == 0
    assert (
        'tempat: "[ISI: tempat penandatanganan, mis. ibu kota kabupaten]"' in (tmp_path / "ws/skpdoc.yaml").read_text()
    )
    assert problem_codes(tmp_path / "ws", capsys) <= {"R190", "R191"}


def test_init_without_git_says_so_and_writes_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert main(["init", str(tmp_path / "ws"), *ARGS]) == 0
    err = capsys.readouterr().err
    assert "git tidak ditemukan: repositori tidak dibuat dan filter diff tidak didaftarkan" in err
    assert "perintah skpdoc tidak ada di PATH" in err
    assert sorted(files_below(tmp_path / "ws")) == SCAFFOLD
    assert not (tmp_path / "ws" / ".git").exists()


def test_init_refuses_bad_calls(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(ws / "bagian"), *ARGS]) == 2  # would become an OPD folder of ws
    assert f"berada di dalam workspace {ws.resolve()}" in capsys.readouterr().err
    assert not (ws / "bagian").exists()
    assert main(["init", str(tmp_path / "a"), "--instansi", "  ", "--tahun", "2025"]) == 2
    assert "--instansi: tidak boleh kosong" in capsys.readouterr().err
    assert main(["init", str(tmp_path / "a"), "--instansi", "X", "--tahun", "2019"]) == 2
    build_tree(tmp_path, {"berkas": "x"})
    assert main(["init", str(tmp_path / "berkas"), *ARGS]) == 2
    assert not (tmp_path / "a").exists()


def test_new_outside_a_workspace_points_to_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["new", "--nip", "198703122010012004", "--nama", "A", "--jabatan", "B", "--jenis", "pelaksana"]
    assert main([*args, "--golongan", "III/a", "--opd", "x"]) == 2
    assert "buat workspace baru: skpdoc init FOLDER --instansi ... --tahun ..." in capsys.readouterr().err


def test_init_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init", *ARGS]) == 0
    assert sorted(files_below(tmp_path)) == SCAFFOLD
    assert os.path.isdir(tmp_path / ".git")
