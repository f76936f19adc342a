"""`skpdoc rekap`: rows, distribution, angka kredit, every output format, and the printed form."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from docx import Document

from conftest import CAPAIAN, HEAD_NIP, KABID_NIP, OPD, REPO, STAFF, STAFF_NIP
from skpdoc.api import load_workspace, rekap
from skpdoc.cli import main
from skpdoc.render.engine import CompiledTemplate
from skpdoc.render.rekap import TEMPLATE, build

AKHIR = """\
  akhir:
    tanggal: 2024-12-20
    rating_hasil_kerja: di-atas-ekspektasi
    rating_perilaku_kerja: di-atas-ekspektasi
"""


@pytest.fixture
def jf(ws: Path) -> Path:
    """The base workspace; the kepala seksi becomes a Pranata Komputer Ahli Muda rated in two periods."""
    staff = (
        STAFF.replace("jabatan: Kepala Seksi E-Government", "jabatan: Pranata Komputer Ahli Muda")
        .replace("jenis_jabatan: pengawas", "jenis_jabatan: fungsional\n  jenjang: ahli-muda")
        .replace("predikat: baik\n", "predikat: baik\n" + AKHIR)
    )
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(staff, encoding="utf-8")
    (ws / "diskominfo" / "opd.yaml").write_text(OPD + CAPAIAN + "  akhir: istimewa\n", encoding="utf-8")
    return ws


def test_rows_distribution_and_angka_kredit(jf: Path) -> None:
    _, periode, (opd,) = rekap(jf)
    assert periode == "akhir"  # the latest periode with evaluations
    rows = {row.pegawai.nip: row for row in opd.pegawai}
    assert list(rows) == [HEAD_NIP, KABID_NIP, STAFF_NIP]  # head first, then down the chain of penilai
    staff = rows[STAFF_NIP]
    assert (staff.predikat, staff.angka_kredit, staff.dihitung) == ("sangat-baik", 37.5, True)  # 150% × 25
    assert rows[HEAD_NIP].predikat is None and not rows[HEAD_NIP].dihitung  # the head is rated above the OPD
    assert rows[KABID_NIP].predikat is None and rows[KABID_NIP].dihitung
    assert opd.capaian == "istimewa" and opd.distribusi[0].total == 1
    assert [p.code for _, p in opd.pelanggaran] == ["R180"]  # Sangat Baik 1 of 1 > 70%
    _, _, (q1,) = rekap(jf, periode="triwulan-1")
    by_nip = {row.pegawai.nip: row for row in q1.pegawai}
    assert by_nip[STAFF_NIP].angka_kredit == 6.25  # Baik 100% × 25 × 3/12
    # Baik 1 of 1 in an OPD rated Baik: above 70%, and nobody Butuh Perbaikan/Kurang.
    assert [p.code for _, p in q1.pelanggaran] == ["R180", "R183"]


def test_json_is_the_documented_contract(jf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rekap", str(jf), "--periode", "triwulan-1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["version"], data["periode"], data["tahun"]) == (1, "triwulan-1", 2024)
    (opd,) = data["opd"]
    assert set(opd) >= {"slug", "nama", "capaian_kinerja_organisasi", "pegawai", "distribusi", "pelanggaran"}
    assert (opd["slug"], opd["capaian_kinerja_organisasi"]) == ("diskominfo", "baik")
    staff = next(p for p in opd["pegawai"] if p["nip"] == STAFF_NIP)
    assert staff["rating_hasil_kerja"] == "sesuai-ekspektasi" and staff["predikat"] == "baik"
    assert staff["angka_kredit"] == 6.25
    assert opd["distribusi"]["jumlah"] == {
        "sangat-baik": 0,
        "baik": 1,
        "butuh-perbaikan": 0,
        "kurang": 0,
        "sangat-kurang": 0,
    }
    first = opd["pelanggaran"][0]
    assert (first["kode"], first["jenis"], first["predikat"], first["jumlah"], first["total"]) == (
        "R180",
        "maksimum",
        ["baik"],
        1,
        1,
    )
    assert first["pesan"].startswith("Dinas Komunikasi dan Informatika, Triwulan I: Baik 1 dari 1 pegawai = 100%")
    assert main(["rekap", str(jf), "--periode", "triwulan-1", "--strict"]) == 1


def test_csv_markdown_and_text(jf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rekap", str(jf), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["nip"], r["predikat"], r["angka_kredit"]) for r in rows] == [
        (HEAD_NIP, "", ""),
        (KABID_NIP, "", ""),
        (STAFF_NIP, "sangat-baik", "37.5"),
    ]
    assert main(["rekap", str(jf), "--format", "markdown", "--periode", "triwulan-1"]) == 0
    markdown = capsys.readouterr().out
    assert "| 3 | 198703122010011004 | Rina Marlina, S.Kom. |" in markdown
    assert "- ⚠ Dinas Komunikasi dan Informatika, Triwulan I: Baik 1 dari 1 pegawai = 100%" in markdown
    assert main(["rekap", str(jf), "--no-color", "--lang", "en", "--periode", "triwulan-1"]) == 0
    text = capsys.readouterr().out
    assert "Rina Marlina" in text and "at most 70%" in text and "\x1b[" not in text


def test_xlsx_workbook(jf: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    assert main(["rekap", str(jf), "--format", "xlsx", "-o", str(out)]) == 0
    sheet = load_workbook(out)["diskominfo"]
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    staff = next(row for row in values if row[1] == STAFF_NIP)
    assert staff[7] == "Sangat Baik" and staff[8] == 37.5
    assert main(["rekap", str(jf), "--format", "xlsx"]) == 2  # a workbook needs -o


def test_unknown_periode_or_opd_is_a_usage_error(jf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rekap", str(jf), "--periode", "triwulan-5"]) == 2
    assert main(["rekap", str(jf), "--opd", "diskominf"]) == 2
    assert "diskominfo" in capsys.readouterr().err


def test_the_example_opds_are_within_their_pola() -> None:
    ws, _, opds = rekap(REPO / "specs")
    assert [o.slug for o in opds] == ["bkpsdm", "diskominfo"] and all(not o.pelanggaran for o in opds)
    assert sum(o.distribusi[0].total for o in opds) == len(ws.pegawai) - 2  # all but the two heads


def test_the_form_prints_rows_counts_bars_and_violations(jf: Path, tmp_path: Path) -> None:
    ws = load_workspace(jf)
    _, _, (opd,) = rekap(jf, periode="triwulan-1")
    template = CompiledTemplate(REPO / "templates" / "docx" / TEMPLATE)
    out = tmp_path / "rekap.docx"
    out.write_bytes(template.render(build(ws, opd).context()))
    doc = Document(str(out))
    people, counts = doc.tables[1], doc.tables[2]
    assert [c.text for c in people.rows[-1].cells][:2] == ["3", "Rina Marlina, S.Kom.\nNIP. 19870312 201001 1 004"]
    baik = next(r for r in counts.rows if r.cells[0].text == "Baik")
    assert [baik.cells[1].text, baik.cells[2].text] == ["1", "100%"]
    assert baik.cells[3].text.startswith("\u2588" * 40 + " 100%")  # the bar: 100% is 40 blocks
    assert "\u2592" * 28 in baik.cells[3].text  # the allowed 70%
    assert "TIDAK SESUAI POLA" in baik.cells[4].text
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Baik 1 dari 1 pegawai = 100%, paling banyak 70%" in body
    assert "Kepala Dinas Komunikasi dan Informatika" in "\n".join(c.text for t in doc.tables for c in t._cells)
