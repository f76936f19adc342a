"""Input that data alone can make hostile: depth, size, node count, text length, characters.

Each class is tried with several members; none may end in a traceback, take
unbounded time or memory, or stop the other files from being validated.
"""

from __future__ import annotations

import re
import subprocess
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CONFIG, KABID_NIP, OPD, STAFF, STAFF_NIP, pin_git
from skpdoc import schema, spec
from skpdoc.cli import main
from skpdoc.rules import characters

F = Path("x.yaml")
STAFF_FILE = f"diskominfo/{STAFF_NIP}.yaml"
NAME = "Rina Marlina, S.Kom."


def codes(text: str, kind: schema.Kind | None = None) -> list[str]:
    """``code@line:column`` of every problem of ``text`` (parse, then the schema of ``kind``)."""
    doc, problems = spec.parse(F, text)
    if doc is not None and kind is not None:
        problems += schema.check(doc, kind)
    return [f"{p.code}@{p.line}:{p.column}" for p in problems]


# --- nesting depth ------------------------------------------------------------------------------


def block_list(depth: int) -> str:
    """``k:`` holding ``depth`` nested block lists."""
    return "k:\n" + "".join(" " * level + "-\n" for level in range(1, depth)) + " " * depth + "- x\n"


def block_mapping(depth: int) -> str:
    return "".join(" " * level + "a:\n" for level in range(depth)) + " " * depth + "b: 1\n"


def flow_list(depth: int) -> str:
    return "k: " + "[" * depth + "]" * depth + "\n"


def flow_mapping(depth: int) -> str:
    return "k: " + "{a: " * depth + "1" + "}" * depth + "\n"


@pytest.mark.parametrize("make", [block_list, block_mapping, flow_list, flow_mapping])
def test_nesting_is_bounded_and_located(make: Any) -> None:
    assert not [c for c in codes(make(spec.MAX_DEPTH - 2)) if c.startswith("Y")]  # the root is a level too
    for depth in (spec.MAX_DEPTH + 1, 600, 999, 1200):  # libyaml itself stops at 1000
        found = codes(make(depth))
        assert len(found) == 1 and found[0].startswith("Y011@"), (depth, found)
        assert found[0] != "Y011@0:0"


def test_without_libyaml_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML's pure-Python composer recurses itself (RecursionError) and reads characters itself."""
    monkeypatch.setattr(spec, "_Loader", yaml.SafeLoader)
    assert codes(flow_list(80)) == ["Y011@1:67"]
    assert codes(block_mapping(900)) == ["Y011@0:0"]
    assert codes("nama: Bébé\nb: x\x1by\n") == ["Y013@2:5"]


def test_depth_names_the_limit_in_both_languages() -> None:
    _, problems = spec.parse(F, flow_list(600))
    assert problems[0].format() == (
        "x.yaml:1:67: Y011 struktur bersarang lebih dari 64 tingkat\n"
        "    SKP hanya perlu beberapa tingkat; periksa tanda [ ] { } dan indentasi di sini"
    )
    assert problems[0].message("en") == "nested more than 64 levels deep"


def test_aliases_cannot_nest_past_the_depth_limit() -> None:
    lines = ["a0: &a0 " + "[" * 20 + "x" + "]" * 20]
    lines += [f"a{i}: &a{i} " + "[" * 20 + f"*a{i - 1}" + "]" * 20 for i in range(1, 40)]
    assert codes("\n".join(lines) + "\n") == ["Y011@1:1"]


# --- size and node count ------------------------------------------------------------------------


def test_text_above_the_size_limit_is_refused_before_parsing() -> None:
    assert spec.MAX_SPEC_BYTES == 1024 * 1024
    text = "k: [" + "a," * 25_000_000 + "a]\n"  # 50 MB: millions of items
    started = time.perf_counter()
    _, problems = spec.parse(F, text)
    assert time.perf_counter() - started < 1
    assert [(p.code, p.args) for p in problems] == [("F005", {"size": len(text), "limit": spec.MAX_SPEC_BYTES})]
    limit = "k: " + "é" * ((spec.MAX_SPEC_BYTES - 4) // 2) + "\n"  # characters are counted as UTF-8 bytes
    assert len(limit.encode()) <= spec.MAX_SPEC_BYTES and spec.parse(F, limit)[1] == []
    assert [p.code for p in spec.parse(F, limit + "xx")[1]] == ["F005"]


@pytest.mark.parametrize(
    "text",
    [
        "k: [" + ",".join(["a"] * 200_000) + "]\n",  # flow
        "k:\n" + "- a\n" * (spec.MAX_NODES + 1),  # block
        "".join(f"k{i}: 1\n" for i in range(spec.MAX_NODES // 2 + 1)),  # keys count twice: key and value
    ],
    ids=["flow", "block", "keys"],
)
def test_node_count_is_bounded_in_time_and_memory(text: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    found = codes(text, "pegawai")
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(found) == 1 and found[0].startswith("Y012@"), found
    assert elapsed < 10 and peak < 400_000_000


def test_the_largest_accepted_text_is_checked_in_bounded_time_and_memory() -> None:
    text = "".join(f"k{i}: 1\n" for i in range(spec.MAX_NODES // 2 - 1))  # just under the node limit
    started = time.perf_counter()
    found = codes(text, "pegawai")
    elapsed = time.perf_counter() - started
    lines = sorted(int(c.split("@")[1].split(":")[0]) for c in found if c.startswith("S001"))
    assert lines == list(range(1, spec.MAX_NODES // 2))  # each located (by an index, not a quadratic search)
    assert elapsed < 30


# --- text lengths and list sizes ----------------------------------------------------------------


def staff_problems(old: str, new: str, lang: str = "id") -> list[str]:
    assert old in STAFF
    doc, problems = spec.parse(Path(STAFF_FILE), STAFF.replace(old, new))
    assert doc is not None
    return [p.format(lang) for p in problems + schema.check(doc, "pegawai")]


def test_a_huge_text_is_a_located_problem_naming_the_limit() -> None:
    rhk = "Terselenggaranya layanan e-government"
    assert staff_problems(rhk, "x" * 1_000_000) == [
        f"{STAFF_FILE}:16:12: S008 hasil_kerja.utama[1].rhk: teks terlalu panjang: 1000000 karakter, "
        "paling banyak 5000\n    persingkat teks ini; rincian dapat dimuat di bukti dukung"
    ]
    assert staff_problems(rhk, "x" * 5000) == []  # a long RHK is fine
    assert staff_problems("nama: Rina Marlina, S.Kom.", "nama: " + "N" * 301, "en") == [
        f"{STAFF_FILE}:2:9: S008 pegawai.nama: the text is too long: 301 characters, at most 300\n"
        "    shorten this text; details can go into the bukti dukung"
    ]
    assert staff_problems("umpan_balik: Sesuai jadwal", "umpan_balik: " + "u" * 5001)[0].startswith(
        f"{STAFF_FILE}:27:44: S008 evaluasi.triwulan-1.hasil_kerja.rhk-1.1.umpan_balik: "
    )
    assert staff_problems("realisasi: 3", "realisasi: " + "r" * 5001)[0].startswith(
        f"{STAFF_FILE}:27:28: S008 evaluasi.triwulan-1.hasil_kerja.rhk-1.1.realisasi: "
    )


def test_a_huge_list_is_a_located_problem_naming_the_limit() -> None:
    bukti = "bukti_dukung: [" + ", ".join(f"b{i}" for i in range(51)) + "], umpan_balik"
    assert staff_problems("umpan_balik", bukti) == [
        f"{STAFF_FILE}:27:45: S009 evaluasi.triwulan-1.hasil_kerja.rhk-1.1.bukti_dukung: "
        "daftar terlalu panjang: 51 butir, paling banyak 50\n    kurangi jumlah butirnya"
    ]


def test_opd_and_config_texts_are_bounded_too() -> None:
    assert codes(CONFIG.replace("Kota Contoh", "T" * 301), "skpdoc") == ["S008@3:9"]
    assert codes(OPD.replace("Diskominfo", "D" * 101), "opd") == ["S008@2:12"]
    units = "unit:\n" + "".join(f"  - {{id: u{i}, nama: Unit {i}}}\n" for i in range(2001))
    assert codes(OPD.split("unit:")[0] + units, "opd") == ["S009@5:3"]


def test_every_text_and_list_of_every_schema_is_bounded() -> None:
    def unbounded(node: Any, where: str) -> list[str]:
        found = []
        if isinstance(node, dict):
            types = node.get("type", [])
            types = types if isinstance(types, list) else [types]
            pattern = node.get("pattern", "")
            fixed = bool(pattern) and not re.search(r"[*+]|\{\d+,\}", pattern)  # a pattern that bounds the length
            if "string" in types and "maxLength" not in node and not fixed:
                found.append(where)
            if "array" in types and "maxItems" not in node:
                found.append(where)
            for key, sub in node.items():
                found += unbounded(sub, f"{where}.{key}")
        return found

    for kind in schema.KINDS:
        assert unbounded(schema.load_schema(kind), kind) == []


# --- characters no form can carry ---------------------------------------------------------------

FORBIDDEN = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]


@pytest.mark.parametrize("code", FORBIDDEN, ids=[f"U+{c:04X}" for c in FORBIDDEN])
def test_every_forbidden_character_written_as_an_escape_is_located(code: int) -> None:
    escape = f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
    doc, problems = spec.parse(F, f'a: 1\nb: "ok {escape} ok"\n')
    assert problems == [] and doc is not None and doc.data["b"] == f"ok {chr(code)} ok"
    (problem,) = characters.check(doc)
    assert (problem.code, problem.path, problem.line, problem.column) == ("Y014", ("b",), 2, 8)
    assert problem.args == {"char": f"U+{code:04X}", "escape": escape}


@pytest.mark.parametrize("escape", ["\\0", "\\a", "\\b", "\\v", "\\f", "\\e", "\\u001b", "\\U0000001B"])
def test_every_way_of_writing_an_escape_is_found(escape: str) -> None:
    doc, _ = spec.parse(F, f'a:\n  - "é \\\\e \\t {escape}"\n')  # a literal backslash-e first: not an escape
    assert doc is not None
    (problem,) = characters.check(doc)
    assert (problem.path, problem.line, problem.column, problem.args["escape"]) == (("a", 0), 2, 15, escape)


def test_escapes_forms_can_carry_are_fine() -> None:
    doc, problems = spec.parse(F, 'a: "tab\\t lf\\n cr\\r nel\\N nbsp\\_ ls\\L ps\\P \\u00e9 \\\\e \\x41"\n')
    assert problems == [] and doc is not None and characters.check(doc) == []


def test_forbidden_characters_in_keys_lists_and_every_kind_of_file() -> None:
    text = '"k\\x01": 1\nlist: [a, "b\\x02"]\nnested: {x: "\\x03"}\n'
    assert codes(text, "skpdoc")[:3] == ["Y014@1:3", "Y014@2:13", "Y014@3:14"]
    assert codes(CONFIG.replace("Kota Contoh", '"Kota\\eContoh"'), "skpdoc") == ["Y014@3:14"]
    assert codes(OPD.replace("Diskominfo", '"Disko\\x0cminfo"'), "opd") == ["Y014@2:18"]


def test_a_raw_control_character_gets_line_and_column_not_a_position() -> None:
    for char in ["\x00", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x9b", "\ufffe", "\uffff"]:
        _, problems = spec.parse(F, f"nama: Bébé\nb: x{char}y\n")  # after non-ASCII text: bytes ≠ characters
        assert [(p.code, p.line, p.column, p.args) for p in problems] == [
            ("Y013", 2, 5, {"char": f"U+{ord(char):04X}"})
        ], repr(char)
    _, problems = spec.parse(F, "a: b\r\nc: \ud800\n")  # a lone surrogate, only possible in text given to parse()
    assert [(p.code, p.line, p.column) for p in problems] == [("Y013", 2, 4)]
    assert problems[0].format("en") == (
        "x.yaml:2:4: Y013 character U+D800 is not allowed in a YAML file\n"
        "    delete it (it usually comes along when text is copied from another program)"
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                ":",
                " ",
                "-",
                "[",
                "]",
                "{",
                "}",
                ",",
                "\n",
                '"',
                "\\",
                "&x",
                "*x",
                "#",
                "é",
                '"\\e"',
                "\x1b",
                "\ud800",
                "\r",
            ]
        )
        | st.characters(),
        max_size=80,
    )
)
def test_any_text_ends_in_a_document_or_located_problems(parts: list[str]) -> None:
    text = "".join(parts)
    doc, problems = spec.parse(F, text)
    if doc is not None:
        problems += schema.check(doc, "pegawai")
    assert doc is not None or problems
    assert all(p.line or p.code in ("Y005", "F005") for p in problems if p.code != "Y001"), problems


# --- the real CLI -------------------------------------------------------------------------------


def test_validate_reports_each_class_and_keeps_validating_the_other_files(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = STAFF.replace("evaluasi:\n", "lampiran:\n  konsekuensi: " + "[" * 600 + "]" * 600 + "\nevaluasi:\n")
    (ws / STAFF_FILE).write_text(deep)
    other = ws / "diskominfo" / "198703122010011099.yaml"
    other.write_text(STAFF.replace(STAFF_NIP, "198703122010011099").replace(NAME, f'"Ri\\e{NAME[2:]}"'))
    raw = ws / "diskominfo" / "198703122010011098.yaml"
    raw.write_bytes(STAFF.replace(STAFF_NIP, "198703122010011098").replace("Rina", "Ri\x1bna").encode())
    (ws / "skpdoc.yaml").write_text(CONFIG.replace("Kota Contoh", "Kota\x00Contoh"))
    kabid = ws / "diskominfo" / f"{KABID_NIP}.yaml"
    kabid.write_text(kabid.read_text().replace("jenis_jabatan: administrator", "jenis_jabatan: administratr"))
    assert main(["validate", str(ws)]) == 1
    out, err = capsys.readouterr()
    assert f"{STAFF_FILE}:24:78: Y011 struktur bersarang lebih dari 64 tingkat" in out
    assert "198703122010011099.yaml:2:12: Y014 pegawai.nama: teks berisi karakter U+001B (\\e)" in out
    assert "198703122010011098.yaml:2:11: Y013 karakter U+001B tidak boleh ada dalam berkas YAML" in out
    assert "skpdoc.yaml:3:13: Y013 karakter U+0000" in out
    assert f"{KABID_NIP}.yaml:7:18: S004 pegawai.jenis_jabatan: nilai 'administratr' tidak diizinkan" in out
    assert "Traceback" not in out + err and "position" not in out
    assert main(["validate", "--lang", "en", str(ws)]) == 1
    out, _ = capsys.readouterr()
    assert "Y014 pegawai.nama: the text holds character U+001B (\\e), which no form can print" in out
    assert "    remove \\e from this text" in out


def test_build_refuses_a_spec_with_a_forbidden_character(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / STAFF_FILE).write_text(STAFF.replace(NAME, f'"Ri\\x0b{NAME[2:]}"'))
    assert main(["build", str(ws), "--no-pdf", "-o", str(ws / "out")]) == 1
    out, err = capsys.readouterr()
    assert f"{STAFF_FILE}:2:12: Y014 pegawai.nama: teks berisi karakter U+000B (\\x0b)" in out + err
    assert "Traceback" not in out + err and not list((ws / "out").rglob("*.docx"))


def test_diff_gets_the_same_protection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(STAFF)
    new.write_text(STAFF.replace("evaluasi:\n", "lampiran: " + "{a: " * 600 + "1" + "}" * 600 + "\nevaluasi:\n"))
    assert main(["diff", str(old), str(new)]) == 2
    out, err = capsys.readouterr()
    assert f"{new}:23:263: Y011" in err and "Y011" in err and "Traceback" not in out + err


def test_diff_of_git_revisions_gets_the_same_protection(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_git(monkeypatch)
    monkeypatch.chdir(ws)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "one")
    (ws / STAFF_FILE).write_text(block_mapping(600) + STAFF)
    git("commit", "-q", "-am", "two")
    assert main(["diff", "--rev", "HEAD~1..HEAD"]) == 2
    out, err = capsys.readouterr()
    assert f"HEAD:{STAFF_FILE}:65:" in err and "Y011" in err and "Traceback" not in out + err
