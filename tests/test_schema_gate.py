"""The jsonschema-rs gate of :func:`skpdoc.schema.check` says "valid" exactly when the checks it skips agree.

The gate may only skip work: on every file of the corpus and of the example
workspace, and on example specs with one value changed (wrong types, NIPs
with letters or non-ASCII digits, a trailing newline, missing or extra keys,
numbers at their bounds, texts past their length), it calls a file valid
exactly when the compiled strict validator it stands in front of does, and
then ``jsonschema`` finds no error either; ``check`` gives the same problems
with the gate as without it.
"""

from __future__ import annotations

import copy
import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import fastjsonschema
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skpdoc import schema, spec

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from synth import spec_text  # noqa: E402  (the benchmark's spec: flow collections, evaluations)


def _kind(path: Path) -> schema.Kind:
    return {"skpdoc.yaml": "skpdoc", "opd.yaml": "opd"}.get(path.name, "pegawai")  # type: ignore[return-value]


def _files() -> list[Path]:
    return sorted([*(REPO / "tests" / "corpus").glob("*.yaml"), *(REPO / "specs").rglob("*.yaml")])


@functools.cache
def _strict(kind: schema.Kind) -> Callable[[Any], Any]:
    """The compiled strict validator that the gate stands in front of."""
    return fastjsonschema.compile(schema.load_schema(kind))


@functools.cache
def _full(kind: schema.Kind) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema.load_schema(kind))


def _strict_valid(data: Any, kind: schema.Kind) -> bool:
    try:
        _strict(kind)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _agrees(data: Any, kind: schema.Kind) -> None:
    """The gate's answer is the strict validator's, and a file it lets through has no error at all."""
    gate = schema.conforms(data, kind)
    assert gate == _strict_valid(data, kind) or (not gate and _unconvertible(data))
    if gate:
        assert list(_full(kind).iter_errors(data)) == []


def _unconvertible(data: Any) -> bool:
    """Data jsonschema-rs cannot take (it then says "not valid" and the slower checks run)."""
    if isinstance(data, dict):
        return any(not isinstance(k, str) or _unconvertible(v) for k, v in data.items())
    if isinstance(data, list):
        return any(map(_unconvertible, data))
    if isinstance(data, str):
        return any(0xD800 <= ord(c) <= 0xDFFF for c in data)
    return data is not None and not isinstance(data, (bool, int, float))


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_corpus_and_example_file_gets_the_same_problems_with_the_gate(path: Path) -> None:
    doc, _ = spec.load(path)
    if doc is None:
        pytest.skip("not readable: the schema never sees it")
    kind = _kind(path)
    _agrees(doc.data, kind)
    with_gate = schema.check(doc, kind)
    with mock.patch.object(schema, "conforms", lambda data, kind: False):
        without = schema.check(doc, kind)
    assert with_gate == without


def test_the_example_specs_pass_the_gate() -> None:
    """So the tests below start from files the gate accepts, and a change is what makes it refuse."""
    for path in (REPO / "specs").rglob("*.yaml"):
        doc, _ = spec.load(path)
        assert doc is not None and schema.conforms(doc.data, _kind(path)), path


def _bases() -> list[tuple[schema.Kind, dict[str, Any]]]:
    bases = []
    for path in sorted((REPO / "specs").rglob("*.yaml")):
        doc, _ = spec.load(path)
        assert doc is not None
        bases.append((_kind(path), doc.data))
    synthetic, _ = spec.parse(Path("synth.yaml"), spec_text("198501012010011001", "197001012001011001", "jf", "u1"))
    assert synthetic is not None
    bases.append(("pegawai", synthetic.data))
    return bases


BASES = _bases()


def _places(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into ``node``: keys of mappings, indices of lists."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _places(value, (*path, index))


def _changed_text(value: str) -> st.SearchStrategy[str]:
    """Texts one slip away from ``value``: a letter in a NIP, other digits, a newline, blanks, length."""
    return st.one_of(
        st.builds(
            lambda i, c: value[:i] + c + value[i + 1 :],
            st.integers(0, max(len(value) - 1, 0)),
            st.sampled_from("aZ ١٢０-_.#\n:"),
        ),
        st.sampled_from([value + "\n", " " + value, value + " ", value.upper(), value * 40, "", "١" * len(value)]),
        st.text(max_size=30),
    )


WRONG = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**16), 10**16),
    st.sampled_from([0, -1, 1.0, 1.5, 10**15, 10**15 + 1, -(10**15) - 1, 1e15, 1e15 + 0.5, 2**64, 10**30, True]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(["2024-13-01", "2024-1-01", "24-01-01", "198501012010011001", "1985010120100110011", "[ISI]"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@st.composite
def changed_specs(draw: st.DrawFn) -> tuple[schema.Kind, Any]:
    kind, base = draw(st.sampled_from(BASES))
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        places = [p for p in _places(data) if p]
        if not places:
            break
        where = draw(st.sampled_from(places))
        parent = data
        for part in where[:-1]:
            parent = parent[part]
        last, old = where[-1], parent[where[-1]]
        action = draw(st.sampled_from(["value", "text", "drop", "extra"]))
        if action == "drop":
            del parent[last]
        elif action == "extra" and isinstance(parent, dict):
            key = draw(st.sampled_from(["catatan", "Nama", "nip ", "id", *map(str, parent)]))
            parent[key + "_x"] = draw(WRONG)
        elif action == "text" and isinstance(old, str):
            parent[last] = draw(_changed_text(old))
        else:
            parent[last] = draw(WRONG)
    return kind, data


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changed_specs())
def test_changed_specs_pass_the_gate_exactly_when_the_strict_validator_passes_them(
    case: tuple[schema.Kind, Any],
) -> None:
    _agrees(case[1], case[0])


@pytest.mark.parametrize(
    "data",
    [{1: "a"}, {"nama": "\ud800"}, {"tahun": __import__("datetime").date(2024, 1, 1)}],
    ids=["int key", "lone surrogate", "date"],
)
def test_what_the_gate_cannot_take_is_not_called_valid(data: Any) -> None:
    assert schema.conforms(data, "skpdoc") is False
