"""Help in one language: every command's and option's text, its examples and click's own words.

The help of each command is compared with a snapshot in both languages
(tests/snapshots/help/<lang>/). After changing a help text, review the
difference and write the snapshots anew with::

    SKPDOC_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_help.py
"""

from __future__ import annotations

import os
import shlex
import shutil
import warnings
from pathlib import Path

import click
import pytest

from conftest import REPO
from skpdoc.cli import cli, localize, main
from skpdoc.messages import help as texts

SNAPSHOTS = Path(__file__).parent / "snapshots" / "help"
COMMANDS = [key for key, _ in localize.walk(cli)]


@pytest.fixture(autouse=True)
def _fixed_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")  # click wraps help to the terminal: the same width on every machine


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main([*args, "--help"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    return out


def _snapshot_name(key: str) -> str:
    return "-".join(["skpdoc", *key.split()]) + ".txt"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", COMMANDS, ids=lambda k: k or "skpdoc")
def test_help_of_every_command_matches_its_snapshot(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)  # no workspace around: only the setting under test decides
    if lang == "en":
        monkeypatch.setenv("SKPDOC_LANG", "en")
    shown = _help(capsys, *key.split())
    snapshot = SNAPSHOTS / lang / _snapshot_name(key)
    if os.environ.get("SKPDOC_UPDATE_SNAPSHOTS"):
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(shown, encoding="utf-8")
    assert shown == snapshot.read_text(encoding="utf-8")


def test_the_option_and_the_workspace_choose_the_language_of_help_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    english = (SNAPSHOTS / "en" / "skpdoc-validate.txt").read_text(encoding="utf-8")
    indonesian = (SNAPSHOTS / "id" / "skpdoc-validate.txt").read_text(encoding="utf-8")
    assert _help(capsys, "validate", "--lang", "en") == english
    monkeypatch.setenv("SKPDOC_LANG", "en")
    assert _help(capsys, "validate", "--lang", "id") == indonesian  # the option wins over the environment
    monkeypatch.delenv("SKPDOC_LANG")
    (tmp_path / "skpdoc.yaml").write_text("instansi: X\ntahun: 2025\nlang: en\n", encoding="utf-8")
    assert _help(capsys, "validate") == english  # the workspace's setting, found from the current folder
    other = tmp_path.parent / f"{tmp_path.name}-outside"
    other.mkdir()
    monkeypatch.chdir(other)
    assert _help(capsys, "validate", str(tmp_path)) == english  # ... or from the path the command is given


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_command_ends_with_examples(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("SKPDOC_LANG", lang)
    heading = localize.EXAMPLES_HEADING[lang] + ":"
    for key in COMMANDS:
        shown = _help(capsys, *key.split())
        tail = shown[shown.rindex(heading) :].splitlines()
        examples = [line.strip() for line in tail[1:] if line.strip() and not line.strip().startswith("#")]
        assert 1 <= len(examples) <= 2, (key, tail)
        assert all(line.startswith("skpdoc ") for line in examples), (key, examples)


def test_the_catalogue_has_each_text_in_both_languages_and_nothing_else() -> None:
    commands = dict(localize.walk(cli))
    assert sorted(texts.COMMANDS) == sorted(commands)
    assert sorted(texts.EXAMPLES) == sorted(commands)
    for key, entry in texts.COMMANDS.items():
        assert sorted(entry) == ["en", "id"] and all(entry.values()), key
    used: set[str] = set()
    for key, command in commands.items():
        for param in command.params:
            if isinstance(param, click.Option) and localize.option_key(param) not in ("--help", "--version"):
                name = localize.option_key(param)
                own = f"{key} {name}".strip()
                used.add(own if own in texts.OPTIONS else name)
                for lang in ("id", "en"):
                    assert localize.option_help(key, param, lang), (own, lang)
    assert sorted(texts.OPTIONS) == sorted(used), "help for options that no command has"
    for key, entry in texts.OPTIONS.items():
        assert sorted(entry) == ["en", "id"] and all(entry.values()), key


@pytest.mark.parametrize(("key", "line"), [(k, e[0]) for k, es in texts.EXAMPLES.items() for e in es])
def test_every_example_is_a_command_line_skpdoc_accepts(
    key: str, line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = shlex.split(line)
    assert args[0] == "skpdoc"
    monkeypatch.chdir(tmp_path)  # where the example's files exist: the example workspace, the user's own files
    shutil.copytree(REPO / "specs", tmp_path / "specs")
    for arg in args:
        if Path(arg).suffix in (".xlsx", ".csv", ".yaml") and not Path(arg).exists():
            Path(arg).parent.mkdir(parents=True, exist_ok=True)
            Path(arg).touch()
    command: click.Command = cli
    ctx = cli.make_context("skpdoc", args[1:])
    while isinstance(command, click.Group) and _remaining(ctx):
        name, sub, rest = command.resolve_command(ctx, _remaining(ctx))
        assert sub is not None and name is not None
        command, ctx = sub, sub.make_context(name, rest, parent=ctx)
    groups = {k for k, c in localize.walk(cli) if isinstance(c, click.Group)}  # their examples show a subcommand
    assert " ".join(ctx.command_path.split()[1:]) == key or key in groups


def _remaining(ctx: click.Context) -> list[str]:
    """What a group left for its subcommand (click 9 will keep it all in ``args``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return [*ctx.protected_args, *ctx.args]


@pytest.mark.parametrize(
    ("args", "indonesian", "english"),
    [
        (["new"], "Kesalahan: Opsi belum diberikan '--nip'.", "Error: Missing option '--nip'."),
        (["valdate"], "Tidak ada perintah 'valdate'. (Maksud Anda: 'validate'?)", "No such command 'valdate'."),
        (["validate", "--strct"], "Tidak ada opsi '--strct'.", "No such option '--strct'."),
        (["rekap", "--format", "pdf"], "Nilai tidak sah untuk '--format'", "Invalid value for '--format'"),
    ],
)
def test_click_speaks_the_chosen_language_in_usage_errors(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    indonesian: str,
    english: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert indonesian in err and "Pemakaian: skpdoc" in err and "Lihat 'skpdoc" in err, err
    monkeypatch.setenv("SKPDOC_LANG", "en")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert english in err and "Usage: skpdoc" in err and "Try 'skpdoc" in err, err
