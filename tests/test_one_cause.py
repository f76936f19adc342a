"""Issue #13 §2: one cause, one message — through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import KABID, KABID_NIP, STAFF, STAFF_NIP
from skpdoc.cli import main


def _problems(ws: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["validate", "--format", "json-list", *args, str(ws)]) == 1
    problems: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return problems


@pytest.mark.parametrize(
    ("broken", "root"),
    [
        (KABID.replace("unit: aptika", "unit: [aptika"), "Y"),  # YAML error
        (KABID.replace(f'nip: "{KABID_NIP}"', f'nip: "{KABID_NIP[:-1]}"'), "S005"),  # its own NIP is wrong
    ],
)
def test_a_reference_to_an_unreadable_spec_names_that_spec_once(
    ws: Path, capsys: pytest.CaptureFixture[str], broken: str, root: str
) -> None:
    kabid = ws / "diskominfo" / f"{KABID_NIP}.yaml"
    kabid.write_text(broken, encoding="utf-8")
    problems = _problems(ws, capsys)
    codes = [str(p["code"]) for p in problems]
    # The root error first, then one R200 for the staff spec (its penilai and its intervened RHK are both KABID).
    assert codes[0].startswith(root) and str(problems[0]["file"]).endswith(kabid.name)
    assert codes[1:] == ["R200"]
    follow_up = problems[1]
    assert str(follow_up["file"]).endswith(f"{STAFF_NIP}.yaml") and follow_up["path"] == "pejabat_penilai"
    assert KABID_NIP in str(follow_up["message"]) and kabid.name in str(follow_up["hint"])
    assert "R140" not in codes and "R133" not in codes
    main(["validate", "--lang", "en", str(ws)])
    assert f"employee {KABID_NIP} is referred to here, but the spec" in capsys.readouterr().out


def test_the_root_error_comes_before_the_references_to_it(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A second staff member whose file sorts before the broken KABID spec: still, the root error comes first.
    other = "197001012000012001"
    (ws / "diskominfo" / f"{other}.yaml").write_text(STAFF.replace(STAFF_NIP, other), encoding="utf-8")
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").write_text(KABID.replace("unit: aptika", "unit: [aptika"))
    problems = _problems(ws, capsys)
    assert [p["code"] for p in problems] == ["Y001", "R200", "R200"]
    assert [Path(str(p["file"])).stem for p in problems] == [KABID_NIP, other, STAFF_NIP]
    # Validating the referring file alone still names the file to fix.
    assert main(["validate", str(ws / "diskominfo" / f"{other}.yaml")]) == 1
    assert f"{KABID_NIP}.yaml) berisi kesalahan" in capsys.readouterr().out


def test_a_missing_spec_is_still_not_in_the_workspace(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").unlink()
    codes = [p["code"] for p in _problems(ws, capsys)]
    assert codes == ["R140", "R133"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("pendekatan: kuantitatif", "pendekatan: kuantitatf", ["S004"]),
        ("golongan: III/c", "golongan: III/C", ["S004"]),
        ("tanggal: 2024-01-15", "tanggal: 2024-1-15", ["S005"]),
        ("jabatan: Kepala", "jabatn: Kepala", ["S001"]),
        ("          iki: Jumlah", "          ikii: Jumlah", ["S001"]),
        (f'      intervensi: "{KABID_NIP}#rhk-1"', f'      intervensii: "{KABID_NIP}#rhk-1"', ["S001"]),
        ("          aspek: kuantitas", "          aspekk: kuantitas", ["S001"]),
        # A typo does not hide a key that is really missing.
        ("          iki: Jumlah layanan terintegrasi\n", "", ["R124"]),
    ],
)
def test_an_invalid_value_is_one_problem(
    ws: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: list[str]
) -> None:
    assert old in STAFF
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace(old, new), encoding="utf-8")
    assert [p["code"] for p in _problems(ws, capsys)] == expected


def test_golongan_in_the_wrong_case_suggests_the_same_golongan(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace("III/c", "III/C"), encoding="utf-8")
    assert _problems(ws, capsys)[0]["hint"] == "maksud Anda 'III/c'?"


@pytest.mark.parametrize(
    ("old", "new", "line", "id_text", "en_text"),
    [
        # An unclosed quote is reported where it opens (libyaml gives the end of the file).
        (
            "jabatan: Kepala Seksi E-Government",
            'jabatan: "Kepala Seksi E-Government',
            6,
            "tanda kutip '\"'",
            "the quote",
        ),
        ("penetapan: {tanggal: 2024-01-15}", "penetapan: {tanggal: 2024-01-15", 11, "kurung '{'", "the bracket '{'"),
        ("  unit: egov", " unit: egov", 8, "indentasi baris ini", "the indentation of this line"),
        ("jabatan: Kepala Seksi", "jabatan: Kepala: Seksi", 6, "tanda titik dua (:)", "a colon (:)"),
        ("  unit: egov", "  unit egov", 8, "'kunci: nilai'", "'key: value'"),
        ("rhk: Terselenggaranya", "rhk: @Terselenggaranya", 16, "karakter '@'", "the character '@'"),
    ],
)
def test_yaml_errors_are_translated_and_placed_at_the_mistake(
    ws: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, line: int, id_text: str, en_text: str
) -> None:
    assert old in STAFF
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace(old, new), encoding="utf-8")
    [problem] = _problems(ws, capsys)
    assert (problem["code"], problem["line"]) == ("Y001", line)
    assert id_text in str(problem["message"]) and "while" not in str(problem["message"])
    assert str(problem["original"])  # the parser's own words stay in the JSON
    [english] = _problems(ws, capsys, "--lang", "en")
    assert en_text in str(english["message"]) and english["original"] == problem["original"]


def _hinted(ws: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, lang: str = "id") -> dict[str, object]:
    assert old in STAFF
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace(old, new), encoding="utf-8")
    [problem] = [p for p in _problems(ws, capsys, "--lang", lang) if p["severity"] == "error"]
    return problem


def test_a_predikat_given_as_rating_is_named_so(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    problem = _hinted(ws, capsys, "rating_hasil_kerja: sesuai-ekspektasi", "rating_hasil_kerja: sangat-baik")
    assert problem["code"] == "S004" and "'sangat-baik' adalah predikat, bukan rating" in str(problem["hint"])
    english = _hinted(ws, capsys, "rating_hasil_kerja: sesuai-ekspektasi", "rating_hasil_kerja: sangat-baik", "en")
    assert "is a predikat, not a rating" in str(english["hint"])


@pytest.mark.parametrize(
    ("target", "hint"),
    [("30,5", "tulis desimal dengan titik: 30.5"), ("30 Km", "`target: 30` dan satuannya di `satuan: Km`")],
)
def test_a_target_written_as_text_hints_at_the_fix(
    ws: Path, capsys: pytest.CaptureFixture[str], target: str, hint: str
) -> None:
    problem = _hinted(ws, capsys, "target: 12", f"target: {target}")
    assert problem["code"] == "S003" and hint in str(problem["hint"])


def test_an_unknown_intervened_rhk_lists_the_superiors_rhks(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    problem = _hinted(ws, capsys, f'"{KABID_NIP}#rhk-1"', f'"{KABID_NIP}#rhk-9"')
    assert problem["code"] == "R134" and "Budi Santoso" in str(problem["message"])
    assert (
        problem["hint"] == "RHK Budi Santoso, S.T., M.T.: rhk-1 (Tersedianya aplikasi layanan publik yang terintegrasi)"
    )


def test_a_tmt_before_the_18th_birthday_says_why(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nip = "198703122004011004"  # born 1987-03, TMT 2004-01: 16 years old
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").unlink()
    (ws / "diskominfo" / f"{nip}.yaml").write_text(STAFF.replace(STAFF_NIP, nip), encoding="utf-8")
    [problem] = _problems(ws, capsys)
    assert problem["code"] == "R102"
    assert "ulang tahun ke-18 pemiliknya 2005-03-12, jadi TMT paling cepat 200503" in str(problem["message"])


def test_a_file_named_after_no_valid_nip_is_not_told_to_take_that_name(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nip = "198703122004011004"
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace(STAFF_NIP, nip), encoding="utf-8")
    codes = [p["code"] for p in _problems(ws, capsys)]
    assert "R201" in codes and "R151" not in codes


def test_a_penilai_cycle_names_the_people(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import HEAD, HEAD_NIP

    head = (
        HEAD.split("pejabat_penilai:")[0]
        + f'pejabat_penilai: "{KABID_NIP}"\n'
        + "pendekatan:"
        + HEAD.split("pendekatan:")[1]
    )
    (ws / "diskominfo" / f"{HEAD_NIP}.yaml").write_text(head, encoding="utf-8")
    cycle = [p for p in _problems(ws, capsys) if p["code"] == "R141"]
    assert len(cycle) == 1 and "(Ir. Ahmad Fauzi, M.Si.)" in str(cycle[0]["message"])
    assert "(Budi Santoso, S.T., M.T.)" in str(cycle[0]["message"])


def test_english_summary_counts_in_singular_and_plural(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.write_text(STAFF.replace("golongan: III/c", "golongan: III/C"), encoding="utf-8")
    assert main(["validate", "--lang", "en", str(staff)]) == 1
    assert capsys.readouterr().err == "1 error, 0 warnings in 1 file\n"
    staff.write_text(STAFF, encoding="utf-8")
    assert main(["validate", "--lang", "en", str(staff)]) == 0
    assert capsys.readouterr().err == "ok: 1 file valid\n"
