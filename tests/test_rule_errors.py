"""A rule that raises on schema-valid data is a bug and shows; on invalid data it keeps what it found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import base_files, build_tree
from skpdoc import spec
from skpdoc.errors import Problem
from skpdoc.rules import pegawai


def _doc(tmp_path: Path) -> spec.Document:
    root = build_tree(tmp_path / "ws", base_files())
    path = next(p for p in sorted(root.rglob("*.yaml")) if p.stem.isdigit())
    doc, problems = spec.load(path)
    assert doc is not None and not problems
    return doc


def _finds_one_then_breaks(doc: spec.Document) -> Iterator[Problem]:
    yield doc.problem("R125", ("hasil_kerja",))
    raise KeyError("indikator")


def test_a_rule_that_raises_on_schema_valid_data_is_not_silenced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _doc(tmp_path)
    monkeypatch.setattr(pegawai, "_plan", _finds_one_then_breaks)
    with pytest.raises(KeyError):
        pegawai.check(doc, 2025, schema_valid=True)


def test_on_invalid_data_a_group_that_stops_keeps_what_it_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _doc(tmp_path)
    monkeypatch.setattr(pegawai, "_plan", _finds_one_then_breaks)
    found = pegawai.check(doc, 2025, schema_valid=False)
    assert [p.code for p in found].count("R125") == 1
