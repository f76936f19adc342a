"""Numbers and invisible direction controls: what data alone could slip past ``validate``.

Every number a spec can hold is bounded and finite: an integer too long to
print (Y015), ``.inf``/``.nan`` or a float that overflows (Y016) are located
problems of the reader, for every field; how large a target, a realisasi or a
year may be is the schemas' (S010, S011). Text holding a bidi control, raw or
escaped, is a located error (Y017), so a name cannot be disguised on a signed
form. Each class is tried with several members through the real CLI.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CONFIG, OPD, STAFF, STAFF_NIP
from skpdoc import schema, spec
from skpdoc.cli import main
from skpdoc.textcheck import docx_text

STAFF_FILE = f"diskominfo/{STAFF_NIP}.yaml"
TARGET = "target: 12"  # line 21, the value at column 19
REALISASI = "realisasi: 3,"  # line 27, the value at column 28
NAME = "Rina Marlina, S.Kom."  # line 2, column 9


@pytest.fixture(autouse=True)
def _in_workspace(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Problems name files relative to the current folder."""
    monkeypatch.chdir(ws)


def validate(ws: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]]]:
    code = main(["validate", "--format", "json-list", *args, str(ws)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "internal error" not in err
    return code, json.loads(out)


def where(problems: list[dict[str, Any]]) -> list[str]:
    return [f"{p['file']}:{p['line']}:{p['column']}:{p['code']}" for p in problems]


def staff(ws: Path, old: str, new: str) -> None:
    assert old in STAFF
    (ws / STAFF_FILE).write_text(STAFF.replace(old, new), encoding="utf-8")


# --- integers too long to print ------------------------------------------------------------------

LONG_INTEGERS = [
    ("1" + "0" * 5000, 5001),
    ("-" + "9" * 4301, 4301),
    ("1" + "0" * 30, 31),
    ("1_000_000_000_000_000_000_000_000_000_000", 31),
    ("0x" + "f" * 5000, 5000),
    ("0b" + "1" * 200, 200),
    ("+0" + "7" * 40, 41),  # YAML 1.1 octal
    ("1" + ":59" * 20_000, 60_001),  # YAML 1.1 base 60: quadratic to build, never built
]


@pytest.mark.parametrize(("literal", "digits"), LONG_INTEGERS, ids=lambda v: str(v)[:12])
def test_an_integer_too_long_to_print_is_a_located_error(
    ws: Path, capsys: pytest.CaptureFixture[str], literal: str, digits: int
) -> None:
    staff(ws, TARGET, f"target: {literal}")
    code, problems = validate(ws, capsys)
    assert code == 1 and where(problems) == [f"{STAFF_FILE}:21:19:Y015"]  # no S003 about the same value
    assert problems[0]["message"] == f"angka terlalu panjang: {digits} digit, paling banyak 30"
    staff(ws, REALISASI, f"realisasi: {literal},")
    code, problems = validate(ws, capsys, "--lang", "en")
    assert code == 1 and where(problems) == [f"{STAFF_FILE}:27:28:Y015"]
    assert problems[0]["message"] == f"the number is too long: {digits} digits, at most 30"
    assert "NIP" in problems[0]["hint"] and "quotes" in problems[0]["hint"]


def test_thirty_digits_still_read_and_are_bounded_by_the_schema(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff(ws, TARGET, f"target: {'9' * 30}")
    code, problems = validate(ws, capsys)
    assert code == 1 and where(problems) == [f"{STAFF_FILE}:21:19:S010"]
    assert problems[0]["message"] == (
        "angka terlalu besar: 999.999.999.999.999.999.999.999.999.999, paling banyak 1.000.000.000.000.000"
    )
    staff(ws, NAME, "1" * 30)  # a number where text belongs: quoted in the message, not crashed on
    code, problems = validate(ws, capsys)
    assert [p["code"] for p in problems] == ["S003"] and problems[0]["path"] == "pegawai.nama"


# --- infinite and not-a-number --------------------------------------------------------------------

NOT_FINITE = [
    ".inf",
    ".Inf",
    "+.INF",
    "-.inf",
    ".nan",
    ".NaN",
    "1.0e+400",
    "-2.5E+999",
    "1_0.0e+400",
    "1" + ":1" * 200 + ".5",
]


@pytest.mark.parametrize("literal", NOT_FINITE, ids=lambda v: v[:12])
def test_infinite_and_nan_are_located_errors_in_every_number(
    ws: Path, capsys: pytest.CaptureFixture[str], literal: str
) -> None:
    staff(ws, TARGET, f"target: {literal}")
    code, problems = validate(ws, capsys)
    assert code == 1 and where(problems) == [f"{STAFF_FILE}:21:19:Y016"]  # not S003, nor R128 for -.inf
    shown = literal if len(literal) <= 60 else literal[:57] + "..."
    assert problems[0]["message"] == f"'{shown}' bukan angka yang dapat dipakai (tak hingga atau bukan angka)"
    assert problems[0]["hint"] == "tulis angka biasa, mis. 12 atau 3.5; bila ini teks, tulis dalam tanda kutip"
    staff(ws, REALISASI, f"realisasi: {literal},")
    code, problems = validate(ws, capsys)
    assert code == 1 and where(problems) == [f"{STAFF_FILE}:27:28:Y016"]


def test_not_finite_anywhere_in_any_kind_of_file(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "skpdoc.yaml").write_text(CONFIG.replace("tahun: 2024", "tahun: 2024\ndistribusi: .nan"))
    (ws / "diskominfo/opd.yaml").write_text(OPD.replace("singkatan: Diskominfo", "singkatan: .inf"))
    staff(ws, NAME, "-.inf")
    code, problems = validate(ws, capsys, "--lang", "en")
    problems = [p for p in problems if p["code"] != "R142"]  # the OPD's file has an error: its kepala is unknown
    assert code == 1
    assert where(problems) == [
        "diskominfo/198703122010011004.yaml:2:9:Y016",
        "diskominfo/opd.yaml:2:12:Y016",
        "skpdoc.yaml:3:13:Y016",
    ]
    assert problems[0]["message"] == "'-.inf' is not a usable number (infinite or not a number)"
    assert "quotes" in problems[0]["hint"]


def test_a_refused_number_is_reported_once_however_often_it_is_aliased() -> None:
    _, problems = spec.parse(Path("x.yaml"), "a: &n .inf\nb: [*n, *n, *n]\nc: &m " + "1" * 40 + "\nd: *m\n")
    assert [(p.code, p.line, p.column) for p in problems] == [("Y016", 1, 4), ("Y015", 3, 4)]


def test_the_text_is_kept_so_nothing_downstream_sees_the_number() -> None:
    doc, _ = spec.parse(Path("x.yaml"), "a: .nan\nb: " + "1" * 31 + "\nc: 1.5\nd: 0x1F\ne: 1:30\n")
    assert doc is not None and doc.data == {"a": ".nan", "b": "1" * 31, "c": 1.5, "d": 31, "e": 90}
    assert doc.refused_number(("a",)) and doc.refused_number(("b",))
    assert not doc.refused_number(("c",)) and not doc.refused_number(("x",))


NUMBER_PIECES = st.sampled_from(["0", "1", "9", "_", ":", ".", "e", "E", "+", "-", "x", "b", "f", "inf", "nan"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["", "-", "+", "0x", "0b", "."]), min_size=1, max_size=1), st.lists(NUMBER_PIECES))
def test_every_number_the_reader_returns_is_finite_and_printable(sign: list[str], pieces: list[str]) -> None:
    literal = sign[0] + "".join(pieces)
    doc, problems = spec.parse(Path("x.yaml"), f"a: {literal}\n")
    if doc is None:
        return  # not a value at all (YAML syntax): a located problem
    value = doc.data["a"]
    if isinstance(value, float):
        assert math.isfinite(value)
    if isinstance(value, int):
        assert len(str(value)) <= 40
    assert all(p.code in ("Y015", "Y016") and p.line == 1 for p in problems)


# --- bounds of each field (the schemas) -----------------------------------------------------------


def test_every_number_of_every_schema_is_bounded_and_says_so() -> None:
    def numbers(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
        if isinstance(node, list):
            return [n for index, item in enumerate(node) for n in numbers(item, f"{where}[{index}]")]
        if not isinstance(node, dict):
            return []
        types = node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]
        here = [(where, node)] if {"number", "integer"} & set(types) else []
        return here + [n for key, item in node.items() for n in numbers(item, f"{where}/{key}")]

    found = [(f"{kind}{where}", node) for kind in schema.KINDS for where, node in numbers(schema.load_schema(kind), "")]
    assert len(found) == 3  # tahun, target, realisasi
    for where, node in found:
        assert "maximum" in node and node["maximum"] <= 10**15, where
        assert "minimum" in node or where.endswith("/target"), where  # a negative target is R128's
        assert "sampai" in node.get("description", ""), where  # the bounds are told to the editor's user


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        (TARGET, "target: 1000000000000000", []),
        (TARGET, "target: 1000000000000000.0", []),
        (TARGET, "target: 1000000000000001", ["21:19:S010"]),
        (TARGET, "target: 1.0e+16", ["21:19:S010"]),
        (TARGET, "target: 1.0e+300", ["21:19:S010"]),
        (REALISASI, "realisasi: -1000000000000000,", []),
        (REALISASI, "realisasi: -1000000000000001,", ["27:28:S011"]),
        (REALISASI, "realisasi: 1.7976931348623157e+308,", ["27:28:S010"]),
        (REALISASI, "realisasi: 'tidak terhingga',", []),  # a realisasi may be text: quoted, anything goes
    ],
)
def test_targets_and_realisasi_are_bounded_by_the_schema(
    ws: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, found: list[str]
) -> None:
    staff(ws, old, new)
    code, problems = validate(ws, capsys)
    assert (code, where(problems)) == (1 if found else 0, [f"{STAFF_FILE}:{f}" for f in found])


def test_bounds_name_the_limit_in_both_languages(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff(ws, TARGET, "target: 1.0e+20")
    (ws / "skpdoc.yaml").write_text(CONFIG.replace("tahun: 2024", "tahun: 2200"))
    assert main(["validate", str(ws)]) == 1
    out, _ = capsys.readouterr()
    assert (
        f"{STAFF_FILE}:21:19: S010 hasil_kerja.utama[rhk-1].indikator[rhk-1.1].target: angka terlalu besar: 1e+20, "
        "paling banyak 1.000.000.000.000.000\n"
        "    Angka 0 sampai 1.000.000.000.000.000 (10^15); satuannya di satuan."
    ) in out
    assert "skpdoc.yaml:2:8: S010 tahun: angka terlalu besar: 2200, paling banyak 2100" in out
    (ws / "skpdoc.yaml").write_text(CONFIG.replace("tahun: 2024", "tahun: 2021"))
    staff(ws, REALISASI, "realisasi: -12345678901234567,")
    assert main(["validate", "--lang", "en", str(ws)]) == 1
    out, _ = capsys.readouterr()
    assert "skpdoc.yaml:2:8: S011 tahun: the number is too small: 2021, at least 2022" in out
    assert (
        f"{STAFF_FILE}:27:28: S011 evaluasi.triwulan-1.hasil_kerja.rhk-1.1.realisasi: the number is too small: "
        "-12,345,678,901,234,567, at least -1,000,000,000,000,000"
    ) in out


def test_the_largest_accepted_numbers_go_through_build_rekap_and_diff(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(STAFF)
    staff(ws, TARGET, "target: 1000000000000000")
    text = (ws / STAFF_FILE).read_text().replace(REALISASI, "realisasi: -999999999999999.5,")
    (ws / STAFF_FILE).write_text(text)
    assert validate(ws, capsys) == (0, [])
    out = tmp_path / "out"
    assert main(["build", str(ws), "--no-pdf", "-o", str(out), "--form", "skp", "--form", "evaluasi"]) == 0
    forms = out / "2024" / "diskominfo" / STAFF_NIP
    assert "1.000.000.000.000.000 Layanan" in docx_text(forms / "skp.docx")
    assert "-999.999.999.999.999,5 Layanan" in docx_text(forms / "evaluasi-triwulan-1.docx")
    for fmt in ("text", "json", "csv", "markdown"):
        assert main(["rekap", str(ws), "--format", fmt]) == 0
    assert main(["diff", str(old), str(ws / STAFF_FILE), "--format", "json"]) == 1
    assert main(["diff", str(old), str(ws / STAFF_FILE)]) == 1
    printed, err = capsys.readouterr()
    assert "12 Layanan → 1000000000000000 Layanan" in printed and "Traceback" not in printed + err


def test_build_rekap_and_diff_refuse_a_refused_number_plainly(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(STAFF)
    for literal in (".inf", ".nan", "9" * 5000):
        staff(ws, TARGET, f"target: {literal}")
        assert main(["build", str(ws), "--no-pdf", "-o", str(tmp_path / "out")]) == 1
        assert not (tmp_path / "out" / "2024" / "diskominfo" / STAFF_NIP).exists()
        assert main(["rekap", str(ws)]) == 1
        assert main(["diff", str(old), str(ws / STAFF_FILE)]) == 2
        out, err = capsys.readouterr()
        assert f"{STAFF_FILE}:21:19: Y01" in err and "Traceback" not in out + err and "internal error" not in err


def test_placeholders_still_fill_number_fields(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff(ws, TARGET, 'target: "[ISI: target]"')
    text = (ws / STAFF_FILE).read_text().replace(REALISASI, 'realisasi: "[ISI: realisasi]",')
    (ws / STAFF_FILE).write_text(text)
    code, problems = validate(ws, capsys)
    assert code == 0 and {p["code"] for p in problems} == {"R190"}


# --- invisible direction controls -----------------------------------------------------------------

DIRECTION = {
    0x061C: "ARABIC LETTER MARK",
    0x200E: "LEFT-TO-RIGHT MARK",
    0x200F: "RIGHT-TO-LEFT MARK",
    0x202A: "LEFT-TO-RIGHT EMBEDDING",
    0x202B: "RIGHT-TO-LEFT EMBEDDING",
    0x202C: "POP DIRECTIONAL FORMATTING",
    0x202D: "LEFT-TO-RIGHT OVERRIDE",
    0x202E: "RIGHT-TO-LEFT OVERRIDE",
    0x2066: "LEFT-TO-RIGHT ISOLATE",
    0x2067: "RIGHT-TO-LEFT ISOLATE",
    0x2068: "FIRST STRONG ISOLATE",
    0x2069: "POP DIRECTIONAL ISOLATE",
}


@pytest.mark.parametrize("code", DIRECTION, ids=[f"U+{c:04X}" for c in DIRECTION])
def test_every_direction_control_raw_or_escaped_is_a_located_error(
    ws: Path, capsys: pytest.CaptureFixture[str], code: int
) -> None:
    staff(ws, NAME, f"Rina {chr(code)}Marlina, S.Kom.")  # raw
    found, problems = validate(ws, capsys)
    assert found == 1 and where(problems) == [f"{STAFF_FILE}:2:14:Y017"]
    assert problems[0]["path"] == "pegawai.nama"
    assert problems[0]["message"] == f"teks berisi karakter kendali arah tak terlihat U+{code:04X} ({DIRECTION[code]})"
    assert problems[0]["hint"] == (
        f"hapus karakter itu (\\u{code:04x}): ia dapat membalik atau menyamarkan teks di formulir"
    )
    staff(ws, NAME, f'"Rïna \\u{code:04X}Marlina, S.Kom."')  # escaped, in double quotes
    found, problems = validate(ws, capsys, "--lang", "en")
    assert found == 1 and where(problems) == [f"{STAFF_FILE}:2:15:Y017"]
    assert problems[0]["message"] == f"the text holds the invisible direction control U+{code:04X} ({DIRECTION[code]})"
    assert problems[0]["hint"] == f"remove it (\\u{code:04X}): it can reverse or disguise the text on the form"


def test_direction_controls_in_keys_lists_and_every_kind_of_file(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "skpdoc.yaml").write_text(CONFIG.replace("Kota Contoh", "Kota \u2067Contoh"))
    opd = OPD.replace("nama: Bidang Aplikasi Informatika", 'nama: "\\u202dBidang Aplikasi Informatika"')
    (ws / "diskominfo/opd.yaml").write_text(opd, encoding="utf-8")
    staff(ws, "umpan_balik: Sesuai jadwal", "umpan_balik: Sesuai jadwal \u202e\u202elamron")
    found, problems = validate(ws, capsys)
    problems = [p for p in problems if p["code"] != "R142"]  # the OPD's file has an error: its kepala is unknown
    assert found == 1
    assert where(problems) == [
        f"{STAFF_FILE}:27:58:Y017",  # one problem per text, at its first control
        "diskominfo/opd.yaml:5:25:Y017",
        "skpdoc.yaml:3:14:Y017",
    ]
    assert [p["path"] for p in problems] == [
        "evaluasi.triwulan-1.hasil_kerja.rhk-1.1.umpan_balik",
        "unit[0].nama",
        "tempat",
    ]
    staff(ws, "rhk-1.1: {", "\u202erhk-1.1: {")  # a key
    found, problems = validate(ws, capsys)
    assert f"{STAFF_FILE}:27:7:Y017" in where(problems)


def test_arabic_and_hebrew_text_without_controls_stays_valid(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff(ws, NAME, "Rina Marlina, S.Kom. (رينا مارلينا) שלום")
    text = (ws / STAFF_FILE).read_text().replace("Sesuai jadwal", "الحمد لله، sesuai jadwal (100%)")
    (ws / STAFF_FILE).write_text(text, encoding="utf-8")
    assert validate(ws, capsys) == (0, [])
    staff(ws, NAME, "Rina \\u202e Marlina")  # a backslash in plain text is no escape: the text is as written
    assert validate(ws, capsys) == (0, [])


def test_build_refuses_a_name_with_a_direction_control(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff(ws, NAME, "\u202eanilraM aniR")
    assert main(["build", str(ws), "--no-pdf", "-o", str(ws / "out")]) == 1
    out, err = capsys.readouterr()
    assert f"{STAFF_FILE}:2:9: Y017 pegawai.nama: teks berisi karakter kendali arah tak terlihat" in out + err
    assert "\u202e" not in out + err and "Traceback" not in out + err  # printed as an escape, never raw
    assert not list((ws / "out").rglob("*.docx"))
