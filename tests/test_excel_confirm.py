"""A workspace made from a roster, completed through the workbook alone: the penilai, the penetapan, the plan, and
the proposals confirmed (``belum_dikonfirmasi``), until validate has nothing left to say and no form is a KONSEP."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from conftest import build_tree, git, pin_git
from skpdoc.cli import main
from test_excel import columns, export, find_row, run_import, set_cell, snapshot
from test_roster import FUNGSIONAL, HEADER, KABID, KADIS, KASI, OPD, PPPK, SIMPLE_ROWS, STAFF, data, write_csv

YELLOW = "00FFE699"
SEKDA = "196801011990031001"
ASISTEN = "197001011995031002"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """`import roster` of the six employees of test_roster, committed: placeholders and proposed penilai."""
    pin_git(monkeypatch)
    monkeypatch.setenv("NO_COLOR", "1")
    root = build_tree(
        tmp_path / "ws", {"skpdoc.yaml": "instansi: Pemerintah Kabupaten Contoh\ntahun: 2024\ntempat: Sekayu\n"}
    )
    roster = write_csv(tmp_path / "pegawai.csv", [HEADER, *SIMPLE_ROWS])
    assert main(["import", "roster", str(roster), "-w", str(root)]) == 0
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "roster")
    monkeypatch.chdir(root)
    capsys.readouterr()
    return root


def findings(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, list[dict[str, Any]]]:
    capsys.readouterr()
    code = main(["validate", "--format", "json-list", str(root)])
    return code, json.loads(capsys.readouterr().out)


def unconfirmed(root: Path, nip: str) -> list[str]:
    listed = data(root / OPD / f"{nip}.yaml").get("belum_dikonfirmasi", [])
    assert isinstance(listed, list)
    return listed


def is_proposal(sheet: Worksheet, row: int, header: str) -> bool:
    cell = sheet.cell(row, columns(sheet)[header])
    return bool(cell.fill.fill_type) and cell.fill.fgColor.rgb == YELLOW


def fill_everything(book: Any) -> None:
    """What an operator does with the workbook of a freshly imported OPD: every [ISI] replaced, proposals confirmed
    (the PPPK's penilai corrected instead), the penetapan dated."""
    pegawai, rhk, indikator = book["Pegawai"], book["RHK"], book["Indikator"]
    for nip in (KADIS, KABID, KASI, STAFF, PPPK, FUNGSIONAL):
        row = find_row(pegawai, NIP=nip)
        set_cell(pegawai, row, "Tanggal penetapan", dt.datetime(2024, 1, 15))
        if nip == PPPK:
            set_cell(pegawai, row, "NIP pejabat penilai", KABID)  # not the proposed kepala seksi
        elif is_proposal(pegawai, row, "Konfirmasi"):
            set_cell(pegawai, row, "Konfirmasi", "ya")
    row = find_row(pegawai, NIP=KADIS)
    for prefix, (nama, nip, jabatan) in {
        "Penilai di luar workspace": ("Drs. H. Apriyadi, M.Si.", SEKDA, "Sekretaris Daerah"),
        "Atasan penilai di luar workspace": ("H. Dodi Reza, Lc.", ASISTEN, "Bupati Contoh"),
    }.items():
        set_cell(pegawai, row, f"{prefix}: nama", nama)
        set_cell(pegawai, row, f"{prefix}: NIP", nip)
        set_cell(pegawai, row, f"{prefix}: jabatan", jabatan)
    set_cell(pegawai, row, "Tempat penetapan", "Sekayu")
    for row in range(2, rhk.max_row + 1):
        nip = rhk.cell(row, 1).value
        set_cell(rhk, row, "Rencana hasil kerja", f"Terlaksananya tugas pegawai {nip}")
        if nip == KADIS:
            set_cell(rhk, row, "Intervensi (teks, untuk JPT)", "Meningkatnya indeks SPBE Kabupaten")
        else:
            set_cell(rhk, row, "RHK atasan yang diintervensi", "rhk-1")  # the (new) penilai's rhk-1
    for row in range(2, indikator.max_row + 1):
        if indikator.cell(row, 1).value == KADIS:
            set_cell(indikator, row, "Perspektif (JPT)", "penerima-layanan")  # picked from the list
        set_cell(indikator, row, "Indikator kinerja individu", "Jumlah dokumen yang diselesaikan")
        set_cell(indikator, row, "Target", 12)
        set_cell(indikator, row, "Satuan", "Dokumen")


def test_a_roster_workspace_completed_in_the_workbook_is_final(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, before = findings(capsys, ws)
    assert code == 0 and {p["code"] for p in before} == {"R190", "R191"}
    book_path = tmp_path / "dk.xlsx"
    export(ws, book_path, OPD)
    book = load_workbook(book_path)
    pegawai, indikator = book["Pegawai"], book["Indikator"]
    # What is to fill and to confirm shows: the penetapan date, the kepala's penilai, a perspektif to pick.
    row = find_row(pegawai, NIP=STAFF)
    assert pegawai.cell(row, columns(pegawai)["Tanggal penetapan"]).value == "[ISI: tanggal penetapan SKP, TTTT-BB-HH]"
    assert pegawai.cell(row, columns(pegawai)["NIP pejabat penilai"]).value == KASI
    assert pegawai.cell(row, columns(pegawai)["Usulan belum dikonfirmasi"]).value == (
        f"pejabat_penilai: {KASI} (Rina Marlina, S.Kom. — Kepala Seksi E-Government)"
    )
    assert all(is_proposal(pegawai, row, h) for h in ("Konfirmasi", "NIP pejabat penilai"))
    assert not pegawai.cell(row, columns(pegawai)["Konfirmasi"]).protection.locked
    kadis = find_row(pegawai, NIP=KADIS)
    assert not is_proposal(pegawai, kadis, "Konfirmasi")  # the roster proposes no penilai for the head
    assert pegawai.cell(kadis, columns(pegawai)["Konfirmasi"]).protection.locked
    assert pegawai.cell(kadis, columns(pegawai)["Penilai di luar workspace: nama"]).value == (
        "[ISI: nama pejabat penilai, dengan gelar]"
    )
    row = find_row(indikator, NIP=KADIS, ID_indikator="rhk-1.1")
    perspektif = indikator.cell(row, columns(indikator)["Perspektif (JPT)"])
    assert str(perspektif.value).startswith("[ISI: perspektif: penerima-layanan")
    assert any(
        perspektif.coordinate in v.sqref and "penerima-layanan" in str(v.formula1)
        for v in indikator.data_validations.dataValidation
    )
    assert "Usulan yang harus dikonfirmasi" in [c.value for c in book["Petunjuk"]["A"]]

    fill_everything(book)
    book.save(book_path)
    code, out, err = run_import(capsys, book_path, ws)
    assert code == 0, err
    assert sorted(out.split()) == sorted(f"{OPD}/{nip}.yaml" for nip, *_ in SIMPLE_ROWS)
    code, after = findings(capsys, ws)
    assert code == 0
    assert [(p["file"], p["code"]) for p in after if p["code"] in ("R190", "R191", "R192")] == []
    assert [p for p in after if p["severity"] == "error"] == []
    for nip, *_ in SIMPLE_ROWS:
        assert unconfirmed(ws, nip) == []
    staff = data(ws / OPD / f"{STAFF}.yaml")
    assert staff["penetapan"] == {"tanggal": "2024-01-15"} and staff["pejabat_penilai"] == KASI
    assert "\nbelum_dikonfirmasi:" not in (ws / OPD / f"{STAFF}.yaml").read_text()
    pppk = data(ws / OPD / f"{PPPK}.yaml")
    assert pppk["pejabat_penilai"] == KABID and pppk["hasil_kerja"]["utama"][0]["intervensi"] == f"{KABID}#rhk-1"
    head = data(ws / OPD / f"{KADIS}.yaml")
    assert head["pejabat_penilai"] == {"nama": "Drs. H. Apriyadi, M.Si.", "nip": SEKDA, "jabatan": "Sekretaris Daerah"}
    assert head["atasan_pejabat_penilai"]["nip"] == ASISTEN
    assert head["penetapan"] == {"tempat": "Sekayu", "tanggal": "2024-01-15"}
    assert head["hasil_kerja"]["utama"][0]["indikator"][0]["perspektif"] == "penerima-layanan"

    capsys.readouterr()
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "--opd", OPD, "--no-pdf", "--form", "skp"]) == 0
    err = capsys.readouterr().err
    assert "KONSEP" not in err and "6 dibuat" in err

    # Exported again, the workbook shows nothing left to confirm; imported untouched, nothing changes.
    export(ws, book_path, OPD, "--force")
    pegawai = load_workbook(book_path)["Pegawai"]
    assert not any(is_proposal(pegawai, r, "Konfirmasi") for r in range(2, pegawai.max_row + 1))
    before_bytes = snapshot(ws)
    assert run_import(capsys, book_path, ws)[0] == 0
    assert snapshot(ws) == before_bytes


def test_untouched_placeholders_and_proposals_change_no_byte(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Placeholders in every kind of column (drop-down lists, numbers, dates, ratings of an opened round) and
    unconfirmed proposals survive a round trip; one target filled changes exactly that line."""
    assert main(["evaluasi", "buka", "triwulan-1", str(ws)]) == 0
    git(ws, "commit", "-q", "-am", "triwulan-1")
    before = snapshot(ws)
    book_path = tmp_path / "dk.xlsx"
    export(ws, book_path, OPD)
    code, out, _ = run_import(capsys, book_path, ws)
    assert (code, out) == (0, "")
    assert snapshot(ws) == before
    book = load_workbook(book_path)
    evaluasi, indikator = book["Evaluasi"], book["Indikator"]
    row = find_row(evaluasi, NIP=STAFF, Periode="triwulan-1")
    assert str(evaluasi.cell(row, columns(evaluasi)["Rating hasil kerja"]).value).startswith("[ISI")
    set_cell(indikator, find_row(indikator, NIP=STAFF, ID_indikator="rhk-1.2"), "Target", 100)
    book.save(book_path)
    code, out, _ = run_import(capsys, book_path, ws)
    assert (code, out) == (0, f"{OPD}/{STAFF}.yaml\n")
    assert git(ws, "diff", "--numstat").split() == ["1", "1", f"{OPD}/{STAFF}.yaml"]
    assert unconfirmed(ws, STAFF) == ["pejabat_penilai"]  # a target that was no proposal confirms nothing


def test_next_year_proposals_confirmed_by_ya_or_by_a_new_value(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(ws, book_path, OPD)
    book = load_workbook(book_path)
    fill_everything(book)
    book.save(book_path)
    assert run_import(capsys, book_path, ws)[0] == 0
    git(ws, "commit", "-q", "-am", "SKP 2024")
    new = tmp_path / "ws-2025"
    assert main(["tahun-baru", "2025", str(ws), "-o", str(new)]) == 0
    targets = [f"hasil_kerja.utama[0].indikator[{i}].target" for i in range(3)]
    assert unconfirmed(new, STAFF) == ["pejabat_penilai", *targets]

    book_path = tmp_path / "dk-2025.xlsx"
    export(new, book_path, OPD)
    book = load_workbook(book_path)
    indikator, pegawai = book["Indikator"], book["Pegawai"]
    rows = [find_row(indikator, NIP=STAFF, ID_indikator=f"rhk-1.{n}") for n in (1, 2, 3)]
    assert all(is_proposal(indikator, r, h) for r in rows for h in ("Target", "Konfirmasi"))
    assert not is_proposal(indikator, rows[0], "Satuan")
    set_cell(indikator, rows[0], "Konfirmasi", "ya")  # the same target again this year
    set_cell(indikator, rows[1], "Target", 14)  # a new target: looked at, so confirmed
    set_cell(pegawai, find_row(pegawai, NIP=STAFF), "Konfirmasi", "ya")
    book.save(book_path)
    code, _, err = run_import(capsys, book_path, new)
    assert code == 0, err
    assert unconfirmed(new, STAFF) == [targets[2]]
    assert data(new / OPD / f"{STAFF}.yaml")["hasil_kerja"]["utama"][0]["indikator"][1]["target"] == 14
    code, problems = findings(capsys, new)
    r191 = [p["message"] for p in problems if p["code"] == "R191" and STAFF in p["file"]]
    assert code == 0 and len(r191) == 1 and targets[2] in r191[0] and "pejabat_penilai" not in r191[0]


def test_a_penilai_given_twice_is_refused_at_its_cell(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "dk.xlsx"
    export(ws, book_path, OPD)
    book = load_workbook(book_path)
    pegawai = book["Pegawai"]
    row = find_row(pegawai, NIP=STAFF)
    cell = set_cell(pegawai, row, "NIP pejabat penilai", KABID)
    set_cell(pegawai, row, "Penilai di luar workspace: nama", "Drs. H. Apriyadi, M.Si.")
    date = set_cell(pegawai, row, "Tanggal penetapan", "15 Januari")
    book.save(book_path)
    before = snapshot(ws)
    code, _, err = run_import(capsys, book_path, ws)
    assert code == 1
    assert [line for line in err.splitlines() if not line.startswith("    ")] == [
        f"{book_path}!Pegawai!{cell}: X050 NIP pejabat penilai dan pejabat penilai di luar workspace keduanya diisi",
        f"{book_path}!Pegawai!{date}: X012 Tanggal penetapan harus berupa tanggal, bukan '15 Januari'",
        "skpdoc: 2 kesalahan; tidak ada berkas yang diubah",
    ]
    assert snapshot(ws) == before


def test_emptied_penilai_atasan_and_penetapan(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An emptied penilai or penetapan date is to be filled again ([ISI]); an emptied atasan (optional) is removed."""
    book_path = tmp_path / "dk.xlsx"
    export(ws, book_path, OPD)
    book = load_workbook(book_path)
    fill_everything(book)
    book.save(book_path)
    assert run_import(capsys, book_path, ws)[0] == 0
    export(ws, book_path, OPD, "--force")
    book = load_workbook(book_path)
    pegawai = book["Pegawai"]
    row = find_row(pegawai, NIP=STAFF)
    set_cell(pegawai, row, "NIP pejabat penilai", None)
    set_cell(pegawai, row, "Tanggal penetapan", None)
    row = find_row(pegawai, NIP=KADIS)
    for part in ("nama", "NIP", "jabatan"):
        set_cell(pegawai, row, f"Atasan penilai di luar workspace: {part}", None)
    set_cell(pegawai, row, "Tempat penetapan", None)
    book.save(book_path)
    code, _, err = run_import(capsys, book_path, ws)
    assert code == 0, err
    staff = data(ws / OPD / f"{STAFF}.yaml")
    assert str(staff["pejabat_penilai"]).startswith("[ISI: NIP pejabat penilai")
    assert staff["penetapan"] == {"tanggal": "[ISI: tanggal penetapan SKP, TTTT-BB-HH]"}
    head = data(ws / OPD / f"{KADIS}.yaml")
    assert "atasan_pejabat_penilai" not in head and head["penetapan"] == {"tanggal": "2024-01-15"}
    code, problems = findings(capsys, ws)
    assert code == 0 and {p["code"] for p in problems if STAFF in p["file"]} == {"R190"}
