"""Issue #12's "done when", as a BKPSDM lives it: a SIASN roster becomes a workspace, OPD operators fill it through
the workbook, a triwulan is opened, followed with ``status`` and rated, the forms are built, and the next year is
written; all through the CLI and the workbook, with no YAML typed by hand after the roster."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from conftest import git, pin_git
from skpdoc.cli import main
from skpdoc.placeholders import is_placeholder
from skpdoc.textcheck import docx_text

TAHUN = 2024
#: The columns of SIASN's "data pegawai" export the import reads, and a few it ignores.
SIASN = [
    "PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TGL LAHIR", "JENIS PEGAWAI", "GOL AKHIR",
    "JENIS JABATAN", "ESELON", "NAMA JABATAN", "NAMA UNOR", "UNOR ATASAN", "UNOR INDUK", "INSTANSI INDUK",
]  # fmt: skip
NAMES = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hesti", "Indra", "Joko", "Kartika", "Lestari"]
STRUKTURAL, FT, FU = "Jabatan Struktural", "Jabatan Fungsional Tertentu", "Jabatan Fungsional Umum"
#: One OPD as SIASN lists it: (jenis jabatan, eselon, jabatan, unit, its parent unit, golongan); "{opd}" is its name.
PEOPLE = [
    (STRUKTURAL, "II.b", "Kepala {opd}", "{opd}", "", "IV/c - Pembina Utama Muda"),
    (STRUKTURAL, "III.a", "Sekretaris {opd}", "Sekretariat", "{opd}", "IV/b - Pembina Tk. I"),
    (STRUKTURAL, "IV.a", "Kepala Subbagian Umum dan Kepegawaian", "Subbagian Umum", "Sekretariat", "III/d"),
    (STRUKTURAL, "III.b", "Kepala Bidang Layanan", "Bidang Layanan", "{opd}", "IV/a"),
    (STRUKTURAL, "IV.a", "Kepala Seksi Layanan Dasar", "Seksi Layanan Dasar", "Bidang Layanan", "III/d"),
    (FT, "", "Analis Kebijakan Ahli Muda", "Bidang Layanan", "{opd}", "III/d"),
    # A jenjang the jabatan does not name: the roster leaves it to fill, the workbook offers the list.
    (FT, "", "Pranata Komputer", "Subbagian Umum", "Sekretariat", "III/b"),
    *[(FU, "", "Pengadministrasi Perkantoran", "Seksi Layanan Dasar", "Bidang Layanan", "II/c")] * 4,
    *[(FU, "", "Pengelola Keuangan", "Subbagian Umum", "Sekretariat", "II/d")] * 4,
]
OPDS = {"dinas-pendidikan": "Dinas Pendidikan", "badan-keuangan-daerah": "Badan Keuangan Daerah"}
AMBIGUOUS = "Pranata Komputer"
#: Locked cells that only repeat, beside a realisasi, what is filled in another sheet.
MIRRORS = {("Realisasi", "Indikator kinerja individu")}


def answers(tahun: int) -> dict[str, Any]:
    """What an operator types over each "[ISI: …]" cell, by column header."""
    return {
        "Jenjang (fungsional)": "Ahli Pertama",  # picked from the drop-down list
        "Tanggal penetapan": dt.datetime(tahun, 1, 15),
        "Penilai di luar workspace: nama": "Drs. H. Apriyadi, M.Si.",
        "Penilai di luar workspace: jabatan": "Sekretaris Daerah",
        "Atasan penilai di luar workspace: nama": "H. Dodi Reza, Lc.",
        "Atasan penilai di luar workspace: jabatan": "Bupati Contoh",
        "RHK atasan yang diintervensi": "rhk-1",  # the penilai's first RHK, as the drop-down offers it
        "Intervensi (teks, untuk JPT)": "Meningkatnya kualitas layanan publik",
        "Rencana hasil kerja": "Terlaksananya layanan yang menjadi tugas jabatan",
        "Perspektif (JPT)": "penerima-layanan",
        "Indikator kinerja individu": "Jumlah layanan yang diselesaikan tepat waktu",
        "Target": 12,
        "Satuan": "Layanan",
        # an opened round
        "Tanggal": dt.datetime(tahun, 4, 5),
        "Rating hasil kerja": "sesuai-ekspektasi",
        "Rating perilaku kerja": "sesuai-ekspektasi",
        "Realisasi": 12,
    }


def make_roster(path: Path) -> dict[str, list[str]]:
    """A SIASN export of two OPDs of 15 people each; returns the NIPs per jabatan."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Data Pegawai"
    sheet.append(SIASN)
    nips: dict[str, list[str]] = {}
    number = 0
    for opd in OPDS.values():
        for jenis, eselon, jabatan, unit, atasan, golongan in PEOPLE:
            number += 1
            born = 1970 + number % 26  # nobody retires before the next year
            nip = f"{born}{number % 12 + 1:02d}{number % 28 + 1:02d}{born + 24}03{number % 2 + 1}{number:03d}"
            nama = f"{NAMES[number % 12]} {NAMES[(number * 5) % 12]}"
            sheet.append(
                [f"id{number}", nip, nama, "", "S.E.", f"{born}-01-01", "PNS Daerah", golongan, jenis, eselon,
                 jabatan.format(opd=opd), unit.format(opd=opd), atasan.format(opd=opd), opd, "Kabupaten Contoh"]
            )  # fmt: skip
            nips.setdefault(jabatan.format(opd=opd), []).append(nip)
    book.save(path)
    return nips


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys: pytest.CaptureFixture[str], root: Path) -> list[dict[str, Any]]:
    """``validate --format json``, which must pass (warnings only)."""
    code, out, err = run(capsys, "validate", "--format", "json-list", str(root))
    problems: list[dict[str, Any]] = json.loads(out)
    assert code == 0, (err, [p for p in problems if p["severity"] == "error"][:5])
    return problems


def status(capsys: pytest.CaptureFixture[str], root: Path) -> dict[str, dict[str, Any]]:
    code, out, _ = run(capsys, "status", str(root), "--format", "json")
    assert code == 0
    report = json.loads(out)
    return {opd["slug"]: opd for opd in report["opd"]} | {"": report}


def headers(sheet: Worksheet) -> dict[int, str]:
    return {cell.column: str(cell.value) for cell in sheet[1] if cell.value is not None}


def fill_workbook(path: Path, tahun: int = TAHUN) -> tuple[int, int]:
    """What an operator does: every "[ISI: …]" cell replaced by its answer, every proposal confirmed with "ya".

    Every cell to fill must be one the operator can edit (unlocked): a placeholder in a locked cell would only be
    fillable in the YAML. Returns how many cells were filled and how many proposals confirmed.
    """
    book = load_workbook(path)
    answer = answers(tahun)
    filled = confirmed = 0
    for name in ("Pegawai", "RHK", "Indikator", "Ekspektasi", "Lampiran", "Evaluasi", "Realisasi"):
        sheet = book[name]
        columns = headers(sheet)
        for row in sheet.iter_rows(min_row=2, max_row=sheet.max_row):
            for cell in row:
                header = columns.get(cell.column, "")
                if is_placeholder(cell.value) and (name, header) not in MIRRORS:
                    assert not cell.protection.locked, f"{name}!{cell.coordinate} ({header}): {cell.value}"
                    assert header in answer, f"no answer for {name}!{cell.coordinate} ({header}): {cell.value}"
                    cell.value = answer[header]
                    filled += 1
                elif header == "Konfirmasi" and not cell.protection.locked:  # yellow: a proposal in this row
                    cell.value = "ya"
                    confirmed += 1
    book.save(path)
    return filled, confirmed


def export(capsys: pytest.CaptureFixture[str], root: Path, opd: str, book: Path) -> None:
    """``export xlsx`` of one OPD of 15, over the workbook of the last round (the operator's copy is back)."""
    code, _, err = run(capsys, "export", "xlsx", str(root), "--opd", opd, "-o", str(book), "--force")
    assert code == 0, err
    assert f"15 pegawai OPD {opd} diekspor" in err


def import_book(capsys: pytest.CaptureFixture[str], root: Path, book: Path) -> list[str]:
    code, out, err = run(capsys, "import", "xlsx", str(book), str(root))
    assert code == 0, err
    return out.split()


def test_a_kabupaten_adopts_skpdoc_from_its_siasn_roster_to_the_next_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pin_git(monkeypatch)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    nips = make_roster(tmp_path / "siasn.xlsx")
    pranata = nips[AMBIGUOUS]
    root = tmp_path / "skp-2024"

    # 1. init: a valid, empty workspace in a new git repository.
    code, _, err = run(capsys, "init", str(root), "--instansi", "Pemerintah Kabupaten Contoh", "--tahun", "2024",
                       "--tempat", "Sekayu")  # fmt: skip
    assert code == 0, err
    assert "dibuat: skp-2024/skpdoc.yaml" in err.replace(str(tmp_path) + "/", "")
    assert (root / ".git").is_dir()
    assert findings(capsys, root) == []

    # 2. import roster: two OPDs of 15, identity filled, the plan to fill, penilai proposed.
    code, out, err = run(capsys, "import", "roster", str(tmp_path / "siasn.xlsx"), "-w", str(root))
    assert code == 0, err
    for slug, nama in OPDS.items():
        assert f"{slug}/ {nama}: 15 SKP baru, 0 sudah ada" in out
        assert len(list((root / slug).glob("*.yaml"))) == 16  # opd.yaml and 15 specs
    assert "32 berkas ditulis, 0 perubahan, 0 baris bermasalah" in err
    problems = findings(capsys, root)
    assert {p["code"] for p in problems} == {"R190", "R191"}
    assert len([p for p in problems if p["code"] == "R190"]) == 30
    ambiguous = [p for p in problems if p["code"] == "R190" and pranata[0] in p["file"]]
    assert "pegawai.jenjang" in ambiguous[0]["message"]
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Impor pegawai dari SIASN")

    # 3. The workbook of each OPD, filled by its operator, imported back.
    for slug in OPDS:
        book = tmp_path / f"{slug}.xlsx"
        export(capsys, root, slug, book)
        pegawai = load_workbook(book)["Pegawai"]
        column = {h: c for c, h in headers(pegawai).items()}["Jenjang (fungsional)"]
        rows = {str(pegawai.cell(r, 1).value): r for r in range(2, pegawai.max_row + 1)}
        jenjang = {nip: pegawai.cell(rows[nip], column) for nip in rows}
        pranata_cell = next(jenjang[nip] for nip in pranata if nip in rows)
        assert is_placeholder(pranata_cell.value) and not pranata_cell.protection.locked
        assert any(
            pranata_cell.coordinate in v.sqref and "Ahli Pertama" in str(v.formula1)
            for v in pegawai.data_validations.dataValidation
        )
        analis = next(jenjang[nip] for nip in nips["Analis Kebijakan Ahli Muda"] if nip in rows)
        assert analis.value == "Ahli Muda" and not analis.protection.locked  # read from the jabatan, still editable
        kepala = jenjang[nips[f"Kepala {OPDS[slug]}"][0]]
        assert kepala.value is None and kepala.protection.locked  # no jenjang outside jabatan fungsional
        # The head: 4 cells of the outside penilai and atasan, penetapan, intervensi, RHK, a perspektif, IKI,
        # target, satuan; 14 others: penetapan, intervensi, RHK, 3 × (IKI, target, satuan); the jenjang of one.
        assert fill_workbook(book) == (11 + 14 * 12 + 1, 14)  # every penilai but the head's was proposed
        written = import_book(capsys, root, book)
        assert len(written) == 15
    assert findings(capsys, root) == []  # nothing left to fill or confirm, no other warning
    code, _, err = run(capsys, "validate", "--strict", str(root))
    assert code == 0, err
    spec = (root / "dinas-pendidikan" / f"{pranata[0]}.yaml").read_text()
    assert "  jenjang: ahli-pertama\n" in spec and "\nbelum_dikonfirmasi:" not in spec
    code, out, _ = run(capsys, "diff", str(root))
    assert code == 1 and "jenjang" in out  # what the BKPSDM reviews before committing
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Rencana SKP diisi OPD")
    # An untouched workbook changes nothing.
    export(capsys, root, "dinas-pendidikan", tmp_path / "again.xlsx")
    assert import_book(capsys, root, tmp_path / "again.xlsx") == []
    assert git(root, "status", "--porcelain") == ""

    # 4. Triwulan I: opened everywhere, followed with status, filled through the workbook.
    code, _, err = run(capsys, "evaluasi", "buka", "triwulan-1", str(root))
    assert code == 0, err
    assert "30 spesifikasi ditambahi blok evaluasi, 0 sudah memilikinya" in err
    report = status(capsys, root)
    assert report[""]["periode"] == "triwulan-1"
    for slug in OPDS:
        assert report[slug]["rencana_lengkap"] == 15 and report[slug]["penilai_belum_dikonfirmasi"] == 0
        assert report[slug]["evaluasi"] == {"dibuka": 15, "terisi": 0, "dinilai": 0}
    assert {p["code"] for p in findings(capsys, root)} == {"R190"}  # the round's realisasi, dates and ratings
    for slug in OPDS:
        book = tmp_path / f"{slug}.xlsx"
        export(capsys, root, slug, book)
        # Tanggal and both ratings per person, one realisasi per indicator (the head's 1, the others' 3).
        assert fill_workbook(book) == (15 * 3 + 1 + 14 * 3, 0)
        assert len(import_book(capsys, root, book)) == 15
    report = status(capsys, root)
    assert report[""]["lengkap"] is True
    for slug in OPDS:
        assert report[slug]["evaluasi"] == {"dibuka": 15, "terisi": 15, "dinilai": 15}
        assert report[slug]["galat"] == 0
        assert all(p["kekurangan"] == [] for p in report[slug]["pegawai"])
        # The 14 below the head count in the pola, which waits for the capaian kinerja organisasi.
        assert report[slug]["pola"]["status"] == "tanpa-capaian"
        assert report[slug]["pola"]["organisasi"][0]["jumlah"]["baik"] == 14
        assert {p["predikat"] for p in report[slug]["pegawai"]} == {"baik"}
    assert findings(capsys, root) == []
    for slug in OPDS:  # the BKPSDM records each OPD's capaian as it receives it
        code, out, _ = run(capsys, "evaluasi", "capaian", "triwulan-1", "baik", str(root), "--opd", slug)
        assert code == 0 and f"{slug}: capaian triwulan-1 - -> baik" in out
    report = status(capsys, root)
    for slug in OPDS:  # all 14 "baik" in a "baik" organisation: more than the pola allows at one predikat
        assert report[slug]["pola"]["status"] == "tidak-sesuai"

    # 5. The forms of the year: nothing failed; no employee's form is a draft, and each OPD's Rekap Predikat is,
    # as the regulation wants while its pola distribusi is broken.
    code, _, err = run(capsys, "build", str(root), "-o", str(tmp_path / "out"), "--no-pdf")
    assert code == 0, err
    assert " 2 KONSEP" in err and " 0 gagal" in err
    for slug in OPDS:
        assert "KONSEP" in docx_text(tmp_path / "out" / "2024" / slug / "rekap-triwulan-1.docx")
        assert not any("KONSEP" in docx_text(form) for form in (tmp_path / "out" / "2024" / slug).glob("*/*.docx"))
    for slug in OPDS:  # SKP, lampiran and the triwulan's evaluation forms of everyone, the OPD's rekap and matriks
        assert len(list((tmp_path / "out" / "2024" / slug).rglob("*.docx"))) > 15 * 3
    code, _, err = run(capsys, "build", str(root), "-o", str(tmp_path / "pdf"), "--opd", "dinas-pendidikan",
                       "--form", "skp")  # fmt: skip
    assert code == 0, err
    assert "15 dibuat, 0 sudah terbaru, 0 gagal, 1 bundel" in err
    assert len(list((tmp_path / "pdf").rglob("skp.pdf"))) == 15
    assert (tmp_path / "pdf" / "2024" / "dinas-pendidikan.pdf").is_file()

    # 6. Next year: everything carried over is to confirm, the penetapan to date; nothing else.
    code, _, err = run(capsys, "tahun-baru", "2025", str(root), "-o", str(tmp_path / "skp-2025"))
    assert code == 0, err
    assert "SKP 2025 ditulis" in err and "30 pegawai dari 2 OPD" in err
    new = tmp_path / "skp-2025"
    problems = findings(capsys, new)
    assert {p["code"] for p in problems} == {"R190", "R191"}
    assert {p["message"] for p in problems if p["code"] == "R190"} == {"1 isian belum diisi: penetapan.tanggal"}
    # ... and the new year is made final in the workbook too: the penetapan dated, each proposal confirmed.
    for slug in OPDS:
        book = tmp_path / f"{slug}-2025.xlsx"
        export(capsys, new, slug, book)
        assert fill_workbook(book, 2025) == (15, 15 + 1 + 14 * 3)  # Pegawai rows, and an Indikator row per target
        assert len(import_book(capsys, new, book)) == 15
    assert findings(capsys, new) == []


def test_the_jenjang_left_to_fill_is_picked_in_the_workbook_or_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pin_git(monkeypatch)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    nips = make_roster(tmp_path / "siasn.xlsx")
    root = tmp_path / "ws"
    assert run(capsys, "init", str(root), "--instansi", "Pemerintah Kabupaten Contoh", "--tahun", "2024")[0] == 0
    slug = "dinas-pendidikan"
    assert run(capsys, "import", "roster", str(tmp_path / "siasn.xlsx"), "-w", str(root), "--opd", slug)[0] == 0
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "roster")
    nip = nips[AMBIGUOUS][0]
    book_path = tmp_path / "dp.xlsx"
    export(capsys, root, slug, book_path)

    def edit(jenjang: Any, tanggal: Any) -> str:
        book = load_workbook(book_path)
        sheet = book["Pegawai"]
        columns = {h: c for c, h in headers(sheet).items()}
        row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == nip)
        sheet.cell(row, columns["Jenjang (fungsional)"]).value = jenjang
        sheet.cell(row, columns["Tanggal penetapan"]).value = tanggal
        book.save(book_path)
        return f"{sheet.cell(row, columns['Jenjang (fungsional)']).column_letter}{row}"

    # A jenjang not in the list is refused at its cell, with the list; nothing is written.
    cell = edit("Ahli Sedang", dt.datetime(2024, 1, 15))
    code, _, err = run(capsys, "import", "xlsx", str(book_path), str(root))
    assert code == 1
    assert f"{book_path}!Pegawai!{cell}: X011 Jenjang (fungsional): 'Ahli Sedang' bukan pilihan yang sah\n" in err, err
    assert "pilih dari daftar; " in err
    assert git(root, "status", "--porcelain") == ""
    # Left as "[ISI: …]" while another cell of the row is filled: the jenjang line stays as the roster wrote it.
    edit("[ISI: jenjang jabatan fungsional, mis. ahli-pertama]", dt.datetime(2024, 1, 15))
    assert import_book(capsys, root, book_path) == [f"ws/{slug}/{nip}.yaml"]
    assert git(root, "diff", "--numstat").split() == ["1", "1", f"{slug}/{nip}.yaml"]
    # Emptied, it is to fill again (a fungsional needs one); picked by its label or its YAML name, it is set.
    git(root, "commit", "-q", "-am", "penetapan")
    export(capsys, root, slug, book_path)
    edit(None, dt.datetime(2024, 1, 15))
    assert import_book(capsys, root, book_path) == []
    export(capsys, root, slug, book_path)
    edit("ahli-muda", dt.datetime(2024, 1, 15))
    import_book(capsys, root, book_path)
    assert git(root, "diff", "-U0", "--no-textconv").count("\n+  jenjang: ahli-muda\n") == 1
