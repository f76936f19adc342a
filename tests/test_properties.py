"""Property-based tests: no input makes the loader or the validator crash."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import STAFF, STAFF_NIP, base_files, build_tree
from skpdoc import spec, validate
from skpdoc.errors import Problem

F = Path("spec.yaml")

yaml_alphabet = st.sampled_from(list("abc :-_#'\"[]{},|>&*!?%@`\n\t 0123456789.~é"))


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_parse_never_crashes_on_any_text(text: str) -> None:
    doc, problems = spec.parse(F, text)
    assert doc is not None or problems
    for problem in problems:
        assert isinstance(problem, Problem) and problem.format()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=yaml_alphabet, max_size=200))
def test_parse_never_crashes_on_yaml_like_text(text: str) -> None:
    doc, problems = spec.parse(F, text)
    assert doc is not None or problems


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_crashes_on_bytes(raw: bytes) -> None:
    text, problems = spec.decode(F, raw)
    assert (text is None) == bool(problems)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(line=st.integers(min_value=0, max_value=STAFF.count("\n") - 1), value=json_values)
def test_validate_never_crashes_when_any_line_gets_any_value(tmp_path_factory, line: int, value: object) -> None:  # type: ignore[no-untyped-def]
    import json

    lines = STAFF.splitlines()
    key, sep, _ = lines[line].partition(":")
    lines[line] = f"{key}{sep} {json.dumps(value)}" if sep else json.dumps(value)
    root = build_tree(tmp_path_factory.mktemp("ws"), base_files())
    (root / "diskominfo" / f"{STAFF_NIP}.yaml").write_text("\n".join(lines) + "\n")
    report = validate([root])
    for problem in report.problems:
        assert problem.format() and problem.format(lang="en")
