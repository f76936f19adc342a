"""The Excel round trip: `skpdoc export xlsx` then `skpdoc import xlsx`, with the workbook edited as a user would.

Workbooks are edited with openpyxl the way Excel saves what a person types: numbers as numbers, a date as a
date, a value picked from a drop-down list as its text, new rows below the data.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from conftest import HEAD_NIP, KABID, KABID_NIP, REPO, STAFF, STAFF_NIP, base_files, build_tree, git, pin_git
from skpdoc.cli import main

STAFF_FILE = f"diskominfo/{STAFF_NIP}.yaml"
KABID_2 = (
    KABID
    + f"""\
    - id: rhk-2
      intervensi: "{HEAD_NIP}#rhk-1"
      rhk: Terkelolanya layanan helpdesk aplikasi
      indikator:
        - id: rhk-2.1
          aspek: kuantitas
          iki: Jumlah tiket yang diselesaikan
          target: 500
          satuan: Tiket
"""
)
#: The staff spec with comments and quoting of its own, which an import must keep.
STAFF_COMMENTED = STAFF.replace(
    "pendekatan: kuantitatif\n", "pendekatan: 'kuantitatif'   # disepakati dalam dialog kinerja\n"
).replace("      rhk: Terselenggaranya", "      # RHK utama seksi\n      rhk: Terselenggaranya")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The small workspace in git (one commit), the kepala bidang with a second RHK."""
    pin_git(monkeypatch)
    monkeypatch.setenv("NO_COLOR", "1")
    files = {**base_files(), f"diskominfo/{KABID_NIP}.yaml": KABID_2, STAFF_FILE: STAFF_COMMENTED}
    root = build_tree(tmp_path / "repo", files)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "SKP 2024")
    monkeypatch.chdir(root)
    return root


def export(root: Path, book: Path, opd: str = "diskominfo", *more: str) -> None:
    assert main(["export", "xlsx", str(root), "--opd", opd, "-o", str(book), *more]) == 0


def run_import(capsys: pytest.CaptureFixture[str], book: Path, root: Path, *more: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["import", "xlsx", str(book), str(root), *more])
    out, err = capsys.readouterr()
    return code, out, err


def columns(sheet: Worksheet) -> dict[str, int]:
    return {str(cell.value): cell.column for cell in sheet[1] if cell.value is not None}


def find_row(sheet: Worksheet, **keys: Any) -> int:
    """The row whose cells under the given headers (``NIP="..."``, with ``_`` for spaces) hold those values."""
    at = columns(sheet)
    wanted = {at[name.replace("_", " ")]: value for name, value in keys.items()}
    for row in range(2, sheet.max_row + 1):
        if all(sheet.cell(row, column).value == value for column, value in wanted.items()):
            return row
    raise AssertionError(f"no row {keys} in {sheet.title}")


def set_cell(sheet: Worksheet, row: int, header: str, value: Any) -> str:
    cell = sheet.cell(row, columns(sheet)[header])
    cell.value = value
    return str(cell.coordinate)


def new_row(sheet: Worksheet, values: dict[str, Any]) -> int:
    """Type a row below the data, as the instructions say."""
    row = sheet.max_row + 1
    for header, value in values.items():
        set_cell(sheet, row, header, value)
    return row


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.yaml")) if ".git" not in p.parts}


def validate_json(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, list[dict[str, Any]]]:
    capsys.readouterr()
    code = main(["validate", "--format", "json-list", str(root)])
    return code, json.loads(capsys.readouterr().out)


def test_export_then_import_without_edits_changes_no_byte_of_the_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "specs"
    shutil.copytree(REPO / "specs", root)
    before = snapshot(root)
    assert sum(1 for name in before if name.split("/")[-1][0].isdigit()) >= 46  # every employee of both OPDs
    for opd in ("diskominfo", "bkpsdm"):
        book = tmp_path / f"{opd}.xlsx"
        export(root, book, opd)
        code, out, err = run_import(capsys, book, root)
        assert (code, out) == (0, "")
        assert err == f"tidak ada perubahan dari {book}\n"
    assert snapshot(root) == before


def test_the_workbook_a_user_opens(repo: Path, tmp_path: Path) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    book = load_workbook(book_path)
    assert book.sheetnames[:8] == [
        "Petunjuk", "Pegawai", "RHK", "Indikator", "Ekspektasi", "Lampiran", "Evaluasi", "Realisasi",
    ]  # fmt: skip
    assert book["skpdoc"].sheet_state == "veryHidden" and book["daftar"].sheet_state == "veryHidden"
    assert "Petunjuk pengisian" in str(book["Petunjuk"]["A1"].value)
    indikator = book["Indikator"]
    assert indikator.freeze_panes == "C2" and indikator.protection.sheet
    row = find_row(indikator, NIP=STAFF_NIP, ID_indikator="rhk-1.1")
    at = columns(indikator)
    assert indikator.cell(row, at["Target"]).value == 12
    assert indikator.cell(row, at["NIP"]).protection.locked
    assert not indikator.cell(row, at["Target"]).protection.locked
    lists = {str(v.sqref): v.formula1 for v in indikator.data_validations.dataValidation}
    assert any(f == '"kuantitas,kualitas,waktu,biaya"' for f in lists.values())
    rhk = book["RHK"]
    row = find_row(rhk, NIP=STAFF_NIP, ID_RHK="rhk-1")
    assert rhk.cell(row, columns(rhk)["RHK atasan yang diintervensi"]).value == (
        "rhk-1 — Tersedianya aplikasi layanan publik yang terintegrasi"
    )
    choices = [c.value for c in book["daftar"]["B"]]
    assert choices == [
        "rhk-1 — Meningkatnya indeks SPBE Kabupaten",
        "rhk-1 — Tersedianya aplikasi layanan publik yang terintegrasi",
        "rhk-2 — Terkelolanya layanan helpdesk aplikasi",
    ]
    meta = {row[0]: row[1] for row in book["skpdoc"].iter_rows(max_row=6, values_only=True)}
    assert meta == {
        "format": "skpdoc-xlsx", "versi": 1, "instansi": "Pemerintah Kabupaten Contoh", "tahun": 2024,
        "opd": "diskominfo", "periode": "triwulan-1,triwulan-2,triwulan-3,triwulan-4,akhir",
    }  # fmt: skip


def test_edits_in_excel_are_exactly_what_diff_shows(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    book = load_workbook(book_path)
    indikator, rhk, evaluasi, realisasi = book["Indikator"], book["RHK"], book["Evaluasi"], book["Realisasi"]
    set_cell(indikator, find_row(indikator, NIP=STAFF_NIP, ID_indikator="rhk-1.1"), "Target", 15)
    row = find_row(rhk, NIP=STAFF_NIP, ID_RHK="rhk-1")
    set_cell(rhk, row, "Rencana hasil kerja", "Terselenggaranya layanan e-government yang terintegrasi")
    set_cell(rhk, row, "RHK atasan yang diintervensi", book["daftar"]["B3"].value)  # picked from the list
    new_row(
        indikator,
        {"NIP": STAFF_NIP, "ID RHK": "rhk-1", "Aspek": "kualitas", "Target": 100, "Satuan": "%",
         "Indikator kinerja individu": "Persentase layanan yang lolos uji fungsi"},
    )  # fmt: skip
    row = find_row(evaluasi, NIP=STAFF_NIP, Periode="triwulan-2")
    set_cell(evaluasi, row, "Tanggal", dt.datetime(2024, 7, 5))
    set_cell(evaluasi, row, "Rating hasil kerja", "sesuai-ekspektasi")
    set_cell(evaluasi, row, "Rating perilaku kerja", "sesuai-ekspektasi")
    set_cell(
        realisasi, find_row(realisasi, NIP=STAFF_NIP, Periode="triwulan-2", ID_indikator="rhk-1.1"), "Realisasi", 7
    )
    book.save(book_path)

    code, out, err = run_import(capsys, book_path, repo)
    assert (code, out) == (0, f"{STAFF_FILE}\n")
    assert err == f"1 berkas SKP diperbarui dari {book_path}\n"
    text = (repo / STAFF_FILE).read_text()
    assert "pendekatan: 'kuantitatif'   # disepakati dalam dialog kinerja\n" in text
    assert "      # RHK utama seksi\n" in text
    capsys.readouterr()
    assert main(["diff", "--rev", "HEAD", "--format", "json"]) == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert sorted((c["kind"], c["path"]) for c in changes) == [
        ("added", "evaluasi.triwulan-2"),
        ("added", "hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.2]"),
        ("changed", "hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.1].target"),
        ("changed", "hasil_kerja.utama[id=rhk-1].intervensi"),
        ("changed", "hasil_kerja.utama[id=rhk-1].rhk"),
    ]
    added = git(repo, "diff", "--numstat", "--", STAFF_FILE).split()
    assert added[:2] == ["15", "3"]  # 3 lines changed in place, 5 of a new indicator, 7 of a new evaluation
    assert '          satuan: "%"\n' in text  # quoted as skpdoc quotes
    assert validate_json(capsys, repo) == (0, [])


def test_problems_of_the_workbook_are_all_reported_at_their_cells(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    book = load_workbook(book_path)
    indikator, evaluasi = book["Indikator"], book["Evaluasi"]
    target = set_cell(indikator, find_row(indikator, NIP=STAFF_NIP, ID_indikator="rhk-1.1"), "Target", "dua belas")
    aspek = set_cell(indikator, find_row(indikator, NIP=KABID_NIP, ID_indikator="rhk-2.1"), "Aspek", "kuantitatif")
    row = find_row(evaluasi, NIP=STAFF_NIP, Periode="triwulan-1")
    tanggal = set_cell(evaluasi, row, "Tanggal", "awal April")
    rating = set_cell(evaluasi, row, "Rating hasil kerja", "bagus")
    stranger = new_row(indikator, {"NIP": "199001012015011001", "ID RHK": "rhk-1", "Target": 3})
    book.save(book_path)
    before = snapshot(repo)

    code, _, err = run_import(capsys, book_path, repo)
    assert code == 1
    lines = [line for line in err.splitlines() if not line.startswith("    ")]
    assert lines == [
        f"{book_path}!Indikator!{aspek}: X011 Aspek: 'kuantitatif' bukan pilihan yang sah",
        f"{book_path}!Indikator!{target}: X010 Target harus berupa angka, bukan 'dua belas'",
        f"{book_path}!Indikator!A{stranger}: X014 NIP 199001012015011001 tidak termasuk pegawai buku kerja ini"
        " (OPD diskominfo)",
        f"{book_path}!Evaluasi!{tanggal}: X012 Tanggal harus berupa tanggal, bukan 'awal April'",
        f"{book_path}!Evaluasi!{rating}: X011 Rating hasil kerja: 'bagus' bukan pilihan yang sah",
        "skpdoc: 5 kesalahan; tidak ada berkas yang diubah",
    ]
    assert "    pilih dari daftar; maksud Anda 'kuantitas'?" in err
    assert snapshot(repo) == before
    code, _, err = run_import(capsys, book_path, repo, "--lang", "en")
    assert f"{book_path}!Indikator!{target}: X010 Target must be a number, not 'dua belas'" in err
    assert err.endswith("skpdoc: 5 errors; no file was changed\n    fix the workbook where shown, then import again\n")


def test_a_rule_broken_by_the_result_writes_nothing(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    book = load_workbook(book_path)
    rhk, indikator = book["RHK"], book["Indikator"]
    cell = set_cell(rhk, find_row(rhk, NIP=STAFF_NIP, ID_RHK="rhk-1"), "RHK atasan yang diintervensi", "rhk-9")
    set_cell(indikator, find_row(indikator, NIP=KABID_NIP, ID_indikator="rhk-2.1"), "Target", 450)
    book.save(book_path)
    before = snapshot(repo)
    code, out, err = run_import(capsys, book_path, repo)
    assert (code, out) == (1, "")
    assert err.splitlines()[0].startswith(f"{book_path}!RHK!{cell}: R")
    assert f"{KABID_NIP}#rhk-9" not in err and "rhk-9" in err.splitlines()[0]
    assert snapshot(repo) == before


def test_a_workbook_of_another_year_instansi_or_opd_is_refused(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    config = repo / "skpdoc.yaml"
    original = config.read_text()
    config.write_text(original.replace("tahun: 2024", "tahun: 2025"))
    code, _, err = run_import(capsys, book_path, repo)
    assert code == 1
    assert err.startswith(f"skpdoc: {book_path}: buku kerja ini diekspor untuk tahun 2024, bukan 2025\n")
    config.write_text(original.replace("Contoh", "Lain"))
    code, _, err = run_import(capsys, book_path, repo)
    assert code == 1 and "diekspor untuk instansi Pemerintah Kabupaten Contoh, bukan Pemerintah Kabupaten Lain" in err
    config.write_text(original)
    (repo / "diskominfo").rename(repo / "kominfo")
    code, _, err = run_import(capsys, book_path, repo)
    assert code == 1 and "diekspor untuk OPD diskominfo, bukan kominfo" in err


def test_a_spec_changed_since_the_export_refuses_its_edited_rows(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    staff = repo / STAFF_FILE
    staff.write_text(staff.read_text().replace("target: 12", "target: 11"))  # someone edits the YAML meanwhile
    book = load_workbook(book_path)
    indikator = book["Indikator"]
    set_cell(indikator, find_row(indikator, NIP=KABID_NIP, ID_indikator="rhk-2.1"), "Target", 450)
    book.save(book_path)
    # Only the kepala bidang's rows were edited: imported, and the staff's change stays.
    code, out, _ = run_import(capsys, book_path, repo)
    assert (code, out) == (0, f"diskominfo/{KABID_NIP}.yaml\n")
    assert "target: 11" in staff.read_text()
    set_cell(indikator, find_row(indikator, NIP=STAFF_NIP, ID_indikator="rhk-1.1"), "Target", 13)
    book.save(book_path)
    before = snapshot(repo)
    code, _, err = run_import(capsys, book_path, repo)
    assert code == 1
    assert err.splitlines()[0] == (
        f"{book_path}!Pegawai!A4: X003 SKP pegawai ini ({STAFF_FILE}) diubah di workspace setelah ekspor,"
        " dan barisnya juga diubah di buku kerja"
    )
    assert snapshot(repo) == before


def test_removing_and_emptying(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'hapus' removes an indicator with its realisasi; an emptied umpan balik is removed; a periode emptied
    entirely loses its evaluation."""
    staff = repo / STAFF_FILE
    staff.write_text(
        staff.read_text().replace(
            "          satuan: Layanan\n",
            "          satuan: Layanan\n        - id: rhk-1.2\n          aspek: waktu\n          iki: Waktu\n"
            "          target: 12\n          satuan: Bulan\n",
        ).replace("      rhk-1.1: {realisasi: 3, umpan_balik: Sesuai jadwal}\n",
                  "      rhk-1.1: {realisasi: 3, umpan_balik: Sesuai jadwal}\n      rhk-1.2: {realisasi: 3}\n")
    )  # fmt: skip
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    book = load_workbook(book_path)
    indikator, realisasi = book["Indikator"], book["Realisasi"]
    set_cell(indikator, find_row(indikator, NIP=STAFF_NIP, ID_indikator="rhk-1.2"), "Hapus", "hapus")
    set_cell(realisasi, find_row(realisasi, NIP=STAFF_NIP, Periode="triwulan-1", ID_indikator="rhk-1.1"),
             "Umpan balik", None)  # fmt: skip
    book.save(book_path)
    code, _, _ = run_import(capsys, book_path, repo)
    assert code == 0
    text = staff.read_text()
    assert "rhk-1.2" not in text and "      rhk-1.1: {realisasi: 3}\n" in text
    book = load_workbook(book_path)  # from the same export: the spec changed since, so export again
    export(repo, book_path, "diskominfo", "--force")
    book = load_workbook(book_path)
    evaluasi, realisasi = book["Evaluasi"], book["Realisasi"]
    row = find_row(evaluasi, NIP=STAFF_NIP, Periode="triwulan-1")
    for header in ("Tanggal", "Rating hasil kerja", "Rating perilaku kerja", "Predikat"):
        set_cell(evaluasi, row, header, None)
    set_cell(realisasi, find_row(realisasi, NIP=STAFF_NIP, Periode="triwulan-1", ID_indikator="rhk-1.1"),
             "Realisasi", None)  # fmt: skip
    book.save(book_path)
    code, _, _ = run_import(capsys, book_path, repo)
    assert code == 0 and "evaluasi" not in staff.read_text()


def test_dry_run_writes_nothing(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    book = load_workbook(book_path)
    indikator = book["Indikator"]
    set_cell(indikator, find_row(indikator, NIP=STAFF_NIP, ID_indikator="rhk-1.1"), "Target", "12,5")
    book.save(book_path)
    before = snapshot(repo)
    code, out, err = run_import(capsys, book_path, repo, "--dry-run")
    assert (code, out) == (0, f"{STAFF_FILE}\n")
    assert "--dry-run" in err and snapshot(repo) == before
    assert main(["import", "xlsx", str(book_path), str(repo)]) == 0
    assert "          target: 12.5\n" in (repo / STAFF_FILE).read_text()


def test_export_refuses_to_overwrite_and_checks_its_options(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(repo, book_path)
    capsys.readouterr()
    assert main(["export", "xlsx", str(repo), "--opd", "diskominfo", "-o", str(book_path)]) == 2
    assert "berkas sudah ada" in capsys.readouterr().err
    assert main(["export", "xlsx", str(repo), "--opd", "dinkominfo", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "maksud Anda 'diskominfo'?" in capsys.readouterr().err
    assert main(["import", "xlsx", str(REPO / "pyproject.toml"), str(repo)]) == 1
    assert "buku kerja tidak dapat dibuka" in capsys.readouterr().err
