"""The fast reader (rapidyaml) and the located reader (libyaml) give the same data and the same problems.

Every comparison runs both: ``spec.parse(..., fast=False)`` is the located
reader alone, ``spec.parse(...)`` takes the fast one whenever it accepts the
text. Data is compared with its types (``True == 1`` and ``1 == 1.0`` in
Python), problems with their codes, places and messages, and then the schema
problems found in each document (positions looked up lazily in the fast one).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skpdoc import fastyaml, schema, spec
from skpdoc.errors import Problem

REPO = Path(__file__).resolve().parent.parent
F = Path("spec.yaml")

#: Plain scalars YAML 1.1 and 1.2 read differently, and texts that are no plain scalar at all.
TRICKY = [
    *("yes", "no", "on", "off", "Yes", "NO", "On", "y", "n", "true", "True", "TRUE", "false", "tRue"),
    *("~", "null", "Null", "NULL", "nULL", "", "0", "-0", "+1", "00", "017", "0o17", "0x1F", "0b101", "1_000"),
    *("1:30", "1:30.5", "1.5", "12.", "-.5", ".5", "1e5", ".5e5", "1.0e+5", "1.5E-3", ".inf", "-.Inf", ".nan"),
    *("NaN", "Infinity", "1e400", "1.0e+400", "9" * 31, "-" + "9" * 30, "2024-01-15", "2001-12-14t21:59:43.10-05:00"),
    *("=", "<<", "a: b", "a #b", "a#b", "#x", "- x", "-", "[x]", "{x}", "x,y", "x]", "@x", "`x", "%x", "&x", "*x"),
    *("& x", "!x", "!!str x", "? x", "'q'", '"q"', "x'y", 'x"y', "a\\b", "a\tb", "é", "ü😀", " lead", "trail "),
    *("inf", "-inf", "Inf", ".Inf", ".INF", "nan", ".NaN", "NAN", "-.0", "0.", "1.", ".e5", "+.5", "-0.0", "-0.5"),
    *("]", "}", ",x", "x,", "[]", "{}", ":x", "x:", "SP4N-LAPOR!", "95%", "a&b"),
    *("\x9f", "\ufffe", "\xa0", "°C"),
    *("two\nlines", "Sarana & prasarana", "--- x", "...", "x: y: z", "\x85", "\u2028", "\ufeff", "\x07", "|", ">"),
]

words = st.sampled_from(["a", "b", "nip", "target", "satuan", "id", "1", "yes", "~", "x y"])
texts = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.sampled_from(list("ab1 :-#'\"&*.,_é")), max_size=8),
    st.text(st.sampled_from(list("0123456789.+-_eExXoObinfaNI:")), min_size=1, max_size=6),  # number-like
)

pytestmark = pytest.mark.usefixtures("own_threads_only")


def _single(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _double(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + escaped + '"'


@st.composite
def scalars(draw: st.DrawFn, flow: bool) -> str:
    """One scalar in a style: plain, quoted, or (outside flow) a literal or folded block at the marker ``{I}``."""
    text = draw(texts)
    styles = ["plain", "single", "double"] + ([] if flow else ["literal", "folded"])
    style = draw(st.sampled_from(styles))
    if style == "single":
        return _single(text)
    if style == "double":
        return _double(text)
    if style in ("literal", "folded"):
        chomp = draw(st.sampled_from(["", "-", "+"]))
        lines = text.split("\n") + draw(st.sampled_from([[], [""], ["", "z"]]))
        return ("|" if style == "literal" else ">") + chomp + "".join("\n{I}" + ln for ln in lines)
    return text


def _key(draw: st.DrawFn) -> str:
    key = draw(words)
    style = draw(st.sampled_from(["plain", "plain", "single", "double"]))
    return _single(key) if style == "single" else _double(key) if style == "double" else key


@st.composite
def flows(draw: st.DrawFn, depth: int = 0) -> str:
    """A flow collection (``[a, b]``, ``{a: 1}``), perhaps with nested ones."""

    def item() -> str:
        return draw(flows(depth + 1)) if depth < 2 and draw(st.booleans()) else draw(scalars(flow=True))

    if draw(st.booleans()):
        return "[" + ", ".join(item() for _ in range(draw(st.integers(0, 3)))) + "]"
    return "{" + ", ".join(f"{_key(draw)}: {item()}" for _ in range(draw(st.integers(0, 3)))) + "}"


@st.composite
def blocks(draw: st.DrawFn, indent: int = 0, depth: int = 0) -> list[str]:
    """The lines of a block mapping or sequence at ``indent``."""
    pad = " " * indent
    sequence = depth > 0 and draw(st.integers(0, 3)) == 0
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        head = f"{pad}-" if sequence else f"{pad}{_key(draw)}:"
        kind = draw(st.sampled_from(["scalar", "scalar", "flow", "block"] if depth < 3 else ["scalar", "flow"]))
        if kind == "block":
            lines += [head, *draw(blocks(indent + 2, depth + 1))]
            continue
        value = draw(scalars(flow=False)) if kind == "scalar" else draw(flows())
        extra = draw(
            st.sampled_from(["", "", " # note", " &anchor", " *anchor", " !!str", " !!python/object:os.system"])
        )
        if extra.startswith(" &") or extra.startswith(" !"):
            value = extra.strip() + " " + value
        elif extra == " *anchor":
            value = "*anchor"
        elif extra:
            value += extra
        lines.append(f"{head} {value}".replace("{I}", " " * (indent + 2)))
    return lines


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(blocks())
    if draw(st.integers(0, 6)) == 0:  # a duplicate of the first key
        lines.append(lines[0])
    text = "\n".join(lines) + "\n"
    change = draw(st.sampled_from(["none", "none", "none", "bom", "crlf", "tab", "start", "comment"]))
    if change == "bom":
        text = "\ufeff" + text
    elif change == "crlf":
        text = text.replace("\n", "\r\n")
    elif change == "tab":
        text = text.replace("\n  ", "\n\t", 1)
    elif change == "start":
        text = "---\n" + text
    elif change == "comment":
        text = "# a comment\n" + text
    return text


def typed(value: Any) -> Any:
    """``value`` with the type of every scalar spelled out, so ``1``, ``1.0`` and ``True`` differ."""
    if isinstance(value, dict):
        return {"dict": [(key, typed(item)) for key, item in value.items()]}
    if isinstance(value, list):
        return {"list": [typed(item) for item in value]}
    return (type(value).__name__, value)


def outcome(text: str, *, fast: bool) -> tuple[Any, list[tuple[str, int, int, str]], list[tuple[str, int, int, str]]]:
    """(typed data, the reader's problems, the schema's problems), each problem with its message."""
    doc, problems = spec.parse(F, text, fast=fast)
    checked = schema.check(doc, "pegawai") if doc is not None else []
    return (typed(doc.data) if doc else None, _shown(problems), _shown(checked))


def _shown(problems: list[Problem]) -> list[tuple[str, int, int, str]]:
    return [(p.code, p.line, p.column, p.format("en")) for p in problems]


def assert_same(text: str) -> None:
    assert outcome(text, fast=True) == outcome(text, fast=False), text


def spec_files() -> list[Path]:
    """Every YAML file of the test corpus and of the example workspace."""
    return sorted([*(REPO / "tests" / "corpus").glob("*.yaml"), *(REPO / "specs").rglob("*.yaml")])


@pytest.mark.parametrize("path", spec_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_corpus_and_example_file_reads_the_same(path: Path) -> None:
    text, _ = spec.decode(path, path.read_bytes())
    if text is not None:
        assert_same(text)


def test_the_example_workspace_takes_the_fast_path() -> None:
    """Parity above would hold trivially if the fast reader declined everything."""
    for path in (REPO / "specs").rglob("*.yaml"):
        assert fastyaml.load(path.read_text(encoding="utf-8")) is not None, path


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_read_the_same(text: str) -> None:
    assert_same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab1 :-_#'\"[]{},|>&*!?%@`\n\t.~é")), max_size=120))
def test_yaml_like_text_reads_the_same(text: str) -> None:
    assert_same(text)


#: Flow collections as benchmarks/synth.py writes them (the example specs have none).
FLOWING = """\
penetapan: {tanggal: 2024-01-15}
lampiran:
  dukungan_sumber_daya: [Anggaran DPA, Sarana & prasarana kantor]
evaluasi:
  triwulan-1:
    tanggal: 2024-04-05
    hasil_kerja:
      rhk-1.1: {realisasi: 1, umpan_balik: Sesuai rencana dan bukti dukung}
      rhk-1.2: {realisasi: 2.5, umpan_balik: 'Sesuai, rencana'}
      rhk-1.3: {realisasi: -3, umpan_balik: "Sesuai #1"}  # catatan
    rating_hasil_kerja: sesuai-ekspektasi
"""
SAMPLE = [path.read_text(encoding="utf-8") for path in sorted((REPO / "specs").rglob("*.yaml"))[:3]] + [FLOWING]
edits = st.tuples(st.integers(0, 10**6), st.sampled_from(["delete", "insert", "indent", "dedent", "copy"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SAMPLE),
    st.lists(edits, min_size=1, max_size=3),
    st.sampled_from(list(" :-#'\"[]{},|>&*!?%@`\n.~0")),
)
def test_edited_example_specs_read_the_same(text: str, changes: list[tuple[int, str]], char: str) -> None:
    """Real specs with a typo or two (a character lost or added, a line indented or copied)."""
    for where, change in changes:
        at = where % len(text)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        if change == "delete":
            text = text[:at] + text[at + 1 :]
        elif change == "insert":
            text = text[:at] + char + text[at:]
        elif change == "indent":
            text = text[:start] + " " + text[start:]
        elif change == "dedent" and text[start : start + 1] == " ":
            text = text[:start] + text[start + 1 :]
        elif change == "copy":
            text = text[:end] + text[start:end] + text[end:]
    assert_same(text)


@pytest.mark.parametrize("scalar", TRICKY)
def test_each_tricky_scalar_reads_the_same_in_every_style(scalar: str) -> None:
    for shown in (scalar, _single(scalar), _double(scalar), f"[{scalar}]", f"{{k: {scalar}}}"):
        assert_same(f"a: {shown}\nb: 1\n")
        assert_same(f"{shown}: 1\n")
        assert_same(f"a:\n  - {shown}\n")


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\nb: 'yes'\nc: \"0x1F\"\nd: 0x1F\ne: [on, 'on', ~, '~']\n",  # typed where plain, text where quoted
        "n: 017\nm: 1_000\nt: 1:30\nf: 12.\ng: .5\ni: 1.0e+5\nj: -1.5\n",
        "a: |\n  yes\nb: >-\n  12\n",  # block scalars are text
    ],
)
def test_ambiguous_scalars_take_the_fast_path_and_agree(text: str) -> None:
    assert fastyaml.load(text) is not None
    assert_same(text)


def test_quoted_and_plain_of_the_same_text_are_told_apart() -> None:
    data = fastyaml.load("a: '12'\nb: 12\nc: {x: 'yes', y: yes}\n")
    assert data == {"a": "12", "b": 12, "c": {"x": "yes", "y": True}}
    assert type(data["b"]) is int


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1, 2]\nb: *x\n",  # aliases
        "base: &b {x: 1}\nc:\n  <<: *b\n",  # merge key
        "a: !!python/object:os.system x\n",  # tags
        "a: 1\na: 2\n",  # duplicate key
        "a: 1\r\nb: 2\r\n",  # CRLF
        "\ufeffa: 1\n",  # BOM
        "a:\n\tb: 1\n",  # tab
        "---\na: 1\n",  # document marker
        "a: & b\n",  # an anchor without a name: rapidyaml reads text, libyaml refuses
        "a: @x\n",
        'a: "x\\ty"\n',  # escapes
        ": 1\n",  # an empty key: rapidyaml reads one, libyaml refuses
        "a: 1e5\n",  # text to YAML 1.1, a number to JSON
        "a: .5e5\n",
        "a: " + "9" * 40 + "\n",  # refused number (Y015)
        "a: =\n",  # the YAML 1.1 "value" tag (Y010)
        "- a\n",  # not a mapping
    ],
)
def test_what_the_fast_reader_declines(text: str) -> None:
    assert fastyaml.load(text) is None
    assert_same(text)


def test_deep_nesting_is_declined_and_located() -> None:
    for depth in (spec.MAX_DEPTH - 1, spec.MAX_DEPTH, spec.MAX_DEPTH + 1, 80):
        text = "a: " + "[" * depth + "1" + "]" * depth + "\n"
        assert_same(text)
    assert fastyaml.load("a: " + "[" * spec.MAX_DEPTH + "]" * spec.MAX_DEPTH + "\n") is None


def test_alias_bomb_and_python_tags_stay_refused() -> None:
    bomb = (REPO / "tests" / "corpus" / "billion-laughs.yaml").read_text(encoding="utf-8")
    assert fastyaml.load(bomb) is None
    assert [p.code for p in spec.parse(F, bomb)[1]] == ["Y007"]
    _, problems = spec.parse(F, "a: !!python/object/apply:os.system ['true']\n")
    assert [p.code for p in problems] == ["Y010"]


def test_too_many_values_are_refused_on_both_paths() -> None:
    text = "a: [" + ", ".join(["1"] * (spec.MAX_NODES + 10)) + "]\n"
    assert fastyaml.load(text) is None
    assert [p.code for p in spec.parse(F, text)[1]] == ["Y012"]


def test_positions_of_a_fast_document_are_composed_on_demand() -> None:
    text = "a:\n  b:\n    - x\n    - y: 1\n"
    fast, _ = spec.parse(F, text)
    located, _ = spec.parse(F, text, fast=False)
    assert fast is not None and located is not None
    assert fast.root is None and located.root is not None
    for path in [("a",), ("a", "b"), ("a", "b", 1), ("a", "b", 1, "y"), ("a", "missing"), ("zz",)]:
        assert fast.locate(path) == located.locate(path)
        assert fast.locate(path, key=True) == located.locate(path, key=True)


def test_rapidyaml_errors_do_not_reach_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    _, problems = spec.parse(F, "a: [b]]\n")
    assert [p.code for p in problems] == ["Y001"]
    assert capfd.readouterr().err == ""


def test_declined_while_another_thread_runs() -> None:
    """Silencing stderr is process-wide: with another thread, which might be writing there, the located reader runs."""
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert fastyaml.load("a: 1\n") is None
        assert spec.parse(F, "a: 1\n")[0] is not None
    finally:
        release.set()
        other.join()
    assert fastyaml.load("a: 1\n") == {"a": 1}


def test_stderr_still_works_after_the_fast_reader() -> None:
    code = (
        "import sys; from pathlib import Path; from skpdoc import spec;"
        "spec.parse(Path('x'), 'a: [b]]\\n'); spec.parse(Path('x'), 'a: 1\\n'); print('after', file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == "after\n"
