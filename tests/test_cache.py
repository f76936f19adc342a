from __future__ import annotations

from pathlib import Path

import pytest

from conftest import STAFF, STAFF_NIP
from skpdoc import spec, validate
from skpdoc.cache import SpecCache, WorkspaceResult


def formatted(ws: Path) -> list[str]:
    return [p.format() for p in validate([ws]).problems]


def test_a_warm_validation_gives_the_same_answer_without_parsing(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.write_text(STAFF.replace("golongan: III/c", "golongan: III/x"))
    cold = formatted(ws)
    assert cold and SpecCache(ws).path.is_file()
    parsed: list[Path] = []
    original = spec.load
    monkeypatch.setattr(spec, "load", lambda path: parsed.append(path) or original(path))
    assert formatted(ws) == cold
    assert parsed == []  # nothing changed: the workspace's problems as found last time
    monkeypatch.setattr(WorkspaceResult, "get", lambda self: None)  # without that, from the spec cache
    assert formatted(ws) == cold
    assert [p.name for p in parsed] == ["skpdoc.yaml"]  # only the config, which is always read
    monkeypatch.undo()
    monkeypatch.setattr(spec, "load", lambda path: parsed.append(path) or original(path))
    staff.write_text(STAFF)
    assert formatted(ws) == []
    assert [p.name for p in parsed][-1] == f"{STAFF_NIP}.yaml"


def test_the_cache_can_be_turned_off_and_survives_damage(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert formatted(ws) == []
    SpecCache(ws).path.write_bytes(b"not a pickle")
    assert formatted(ws) == []
    monkeypatch.setenv("SKPDOC_NO_CACHE", "1")
    assert not SpecCache(ws).enabled and formatted(ws) == []


def test_the_key_changes_with_the_code_that_checks(tmp_path: Path) -> None:
    """An editable install keeps its version while a rule changes: its cached problems must not be served."""
    import shutil

    from skpdoc import cache

    package = shutil.copytree(Path(cache.__file__).parent, tmp_path / "skpdoc")
    before = cache.code_digest(package)
    rule = package / "rules" / "pegawai.py"
    rule.write_text(rule.read_text() + "\n# a changed rule\n")
    assert cache.code_digest(package) != before
    assert cache.code_digest(Path(cache.__file__).parent) == cache.code_digest(Path(cache.__file__).parent)


def test_an_unchanged_workspaces_problems_are_given_back_and_any_change_is_seen(
    ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from skpdoc import workspace

    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.write_text(STAFF.replace("golongan: III/c", "golongan: III/x"))
    first = formatted(ws)
    loads: list[Path] = []
    original = workspace.load
    monkeypatch.setattr(workspace, "load", lambda root, **kw: loads.append(root) or original(root, **kw))
    assert formatted(ws) == first and loads == []
    # every kind of change is seen: a spec's bytes, a file added, a folder renamed, an image, the current folder
    changes = [
        lambda: staff.write_text(STAFF),
        lambda: (ws / "diskominfo" / "catatan.yml").write_text("x: 1\n"),
        lambda: (ws / "diskominfo" / "catatan.yml").unlink(),
        lambda: (ws / "logo.png").write_bytes(b"\x89PNG one"),
        lambda: (ws / "logo.png").write_bytes(b"\x89PNG two"),
        lambda: (ws / "bidang").mkdir(),
        lambda: monkeypatch.chdir(tmp_path),
    ]
    for number, change in enumerate(changes, 1):
        change()
        formatted(ws)
        assert len(loads) == number, number
    assert formatted(ws) == formatted(ws) and len(loads) == len(changes)  # and then kept again
    (ws / "linked").symlink_to(ws / "diskominfo")  # a link to a folder: what is behind it is not in the key
    formatted(ws)
    formatted(ws)
    assert len(loads) == len(changes) + 2


@pytest.mark.usefixtures("own_threads_only")
def test_the_fast_reader_the_located_reader_and_the_cache_give_the_same_problems(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spec read by :mod:`skpdoc.fastyaml` has no positions until a problem asks: they come from the same libyaml
    composition as the located reader's, in this process, in a worker, or for data given back by the cache."""
    from skpdoc import fastyaml

    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.write_text(STAFF.replace("golongan: III/c", "golongan: III/x").replace("pangkat:", "pangkat_typo:"))
    taken: list[bool] = []
    original = fastyaml.load
    monkeypatch.setattr(fastyaml, "load", lambda text: taken.append(original(text) is not None) or original(text))
    monkeypatch.setenv("SKPDOC_NO_CACHE", "1")
    fast = formatted(ws)
    assert any(taken)  # the fast reader read the files
    with monkeypatch.context() as located_only:
        located_only.setattr(fastyaml, "load", lambda text: None)
        located = formatted(ws)
    monkeypatch.delenv("SKPDOC_NO_CACHE")
    assert formatted(ws) == fast  # fills the cache
    monkeypatch.setattr(WorkspaceResult, "get", lambda self: None)
    cached = formatted(ws)
    assert fast == located == cached
    where = [line.split(f"{STAFF_NIP}.yaml:")[1].split(" ")[:2] for line in fast]
    assert where == [["4:3:", "S001"], ["5:13:", "S004"]]  # the key, then the value
