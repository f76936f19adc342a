from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from skpdoc import spec

F = Path("x.yaml")


def parse(text: str) -> tuple[spec.Document | None, list[str]]:
    doc, problems = spec.parse(F, text)
    return doc, [f"{p.code}@{p.line}:{p.column}" for p in problems]


def test_dates_stay_strings_and_keys_stay_text() -> None:
    doc, problems = parse("tanggal: 2024-01-02\n1: a\nyes: b\n")
    assert problems == []
    assert doc is not None
    assert doc.data == {"tanggal": "2024-01-02", "1": "a", "yes": "b"}


def test_duplicate_keys_are_reported_with_both_lines() -> None:
    doc, problems = parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n")
    assert problems == ["Y002@4:3", "Y002@5:1"]
    assert doc is not None and doc.data["a"] == 1  # the first value is kept


def test_locate_values_keys_and_missing_keys() -> None:
    doc, _ = parse("a:\n  b:\n    - x\n    - y: 1\n")
    assert doc is not None
    assert doc.locate(("a", "b", 1, "y")) == (4, 10)
    assert doc.locate(("a", "b", 1, "y"), key=True) == (4, 7)
    assert doc.locate(("a", "missing")) == (2, 3)  # the mapping it is missing from


def test_tabs_encoding_empty_and_non_mapping() -> None:
    assert parse("a:\n\tb: 1\n")[1] == ["Y003@2:1"]
    assert parse("")[1] == ["Y005@0:0"]
    assert parse("# only a comment\n")[1] == ["Y005@0:0"]
    assert parse("- a\n- b\n")[1] == ["Y006@1:1"]
    assert parse("just text\n")[1] == ["Y006@1:1"]
    text, problems = spec.decode(F, b"a: 1\nb: caf\xe9\n")
    assert text is None and [f"{p.code}@{p.line}:{p.column}" for p in problems] == ["Y004@2:7"]


def test_utf8_bom_and_utf16_are_read() -> None:
    assert spec.decode(F, b"\xef\xbb\xbfa: 1\n")[0] == "a: 1\n"
    assert spec.decode(F, "a: é\n".encode("utf-16"))[0] == "a: é\n"


def test_billion_laughs_fails_fast_with_little_memory() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    tracemalloc.start()
    started = time.perf_counter()
    _, problems = parse("\n".join(lines) + "\n")
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert problems == ["Y007@1:1"]
    assert elapsed < 2 and peak < 20_000_000


def test_recursive_alias_is_refused() -> None:
    assert parse("a: &a [*a]\n")[1] == ["Y007@1:1"]


def test_small_aliases_are_fine() -> None:
    doc, problems = parse("x: &t [1, 2]\ny: *t\n")
    assert problems == [] and doc is not None and doc.data["y"] == [1, 2]


def test_merge_keys_are_not_expanded() -> None:
    doc, problems = parse("base: &b {a: 1}\nother:\n  <<: *b\n")
    assert problems == [] and doc is not None and doc.data["other"] == {"<<": {"a": 1}}
