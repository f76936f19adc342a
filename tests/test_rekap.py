"""`skpdoc rekap`: rows, distribution, angka kredit, every output format, and the printed form."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from docx import Document

from conftest import CAPAIAN, HEAD_NIP, KABID_NIP, OPD, REPO, STAFF, STAFF_NIP, add_staff
from skpdoc.api import load_workspace, rekap
from skpdoc.cli import main
from skpdoc.render.engine import CompiledTemplate
from skpdoc.render.rekap import TEMPLATE, build

BAIK = ("sesuai-ekspektasi", "sesuai-ekspektasi")
SANGAT_BAIK = ("di-atas-ekspektasi", "di-atas-ekspektasi")
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
    # Nine more staff rated in triwulan I: with the JF, Baik 8 of 10 (> 70%) and no Butuh Perbaikan/Kurang.
    add_staff(ws, [BAIK] * 7 + [SANGAT_BAIK] * 2)
    return ws


def test_rows_distribution_and_angka_kredit(jf: Path) -> None:
    _, periode, (opd,) = rekap(jf)
    assert periode == "akhir"  # the latest periode with evaluations
    rows = {row.pegawai.nip: row for row in opd.pegawai}
    assert list(rows)[:2] == [HEAD_NIP, KABID_NIP]  # head first, then down the chain of penilai
    staff = rows[STAFF_NIP]
    assert (staff.predikat, staff.angka_kredit, staff.dihitung) == ("sangat-baik", 37.5, True)  # 150% × 25
    assert rows[HEAD_NIP].predikat is None and not rows[HEAD_NIP].dihitung  # the head is rated above the OPD
    assert rows[KABID_NIP].predikat is None and rows[KABID_NIP].dihitung
    # Only the JF is rated at the end of the year: one employee can never fit an Istimewa pola.
    assert opd.capaian == "istimewa" and (opd.distribusi[0].total, opd.distribusi[0].belum_dievaluasi) == (1, 10)
    assert [p.code for _, p in opd.pelanggaran] == ["R187"]
    _, _, (q1,) = rekap(jf, periode="triwulan-1")
    by_nip = {row.pegawai.nip: row for row in q1.pegawai}
    assert by_nip[STAFF_NIP].angka_kredit == 6.25  # Baik 100% × 25 × 3/12
    assert [p.code for _, p in q1.pelanggaran] == ["R180", "R183"]
    assert q1.distribusi[0].belum_dievaluasi == 1  # the kepala bidang


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
    assert staff["lingkup"] == "diskominfo"
    assert opd["distribusi"]["jumlah"] == {
        "sangat-baik": 2,
        "baik": 8,
        "butuh-perbaikan": 0,
        "kurang": 0,
        "sangat-kurang": 0,
    }
    first = opd["pelanggaran"][0]
    assert (first["kode"], first["jenis"], first["predikat"], first["jumlah"], first["total"]) == (
        "R180",
        "maksimum",
        ["baik"],
        8,
        10,
    )
    assert (first["persen"], first["batas"], first["batas_jumlah"]) == (80.0, 70.0, 7)
    assert opd["pelanggaran"][1]["batas"] is None  # wajib-ada: not a share
    assert first["pesan"].startswith("Dinas Komunikasi dan Informatika, Triwulan I: Baik 8 dari 10 pegawai = 80%")
    assert main(["rekap", str(jf), "--periode", "triwulan-1", "--strict"]) == 1


def test_csv_markdown_and_text(jf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rekap", str(jf), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["nip"], r["predikat"], r["angka_kredit"], r["lingkup"]) for r in rows][:2] == [
        (HEAD_NIP, "", "", ""),
        (KABID_NIP, "", "", "diskominfo"),
    ]
    assert next(r for r in rows if r["nip"] == STAFF_NIP)["angka_kredit"] == "37.5"
    assert main(["rekap", str(jf), "--format", "markdown", "--periode", "triwulan-1"]) == 0
    markdown = capsys.readouterr().out
    assert "| 198703122010011004 | Rina Marlina, S.Kom. | Pranata Komputer Ahli Muda |" in markdown
    assert "- ⚠ Dinas Komunikasi dan Informatika, Triwulan I: Baik 8 dari 10 pegawai = 80%" in markdown
    assert "- pola: Baik: terbanyak, paling banyak 70% (7 pegawai)" in markdown
    assert main(["rekap", str(jf), "--no-color", "--lang", "en", "--periode", "triwulan-1"]) == 0
    text = capsys.readouterr().out
    assert "Rina Marlina" in text and "at most 70%" in text and "\x1b[" not in text
    assert "Rating (results)" in text and "Total" in text  # English labels too


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
    assert len(people.rows) == 1 + 12  # the repeated heading, then every employee
    rina = next(row for row in people.rows if row.cells[1].text.startswith("Rina"))
    assert rina.cells[1].text == "Rina Marlina, S.Kom.\nNIP. 19870312 201001 1 004"
    assert [rina.cells[6].text, rina.cells[7].text] == ["Baik", "6,25"]
    baik = next(r for r in counts.rows if r.cells[0].text == "Baik")
    assert [baik.cells[1].text, baik.cells[2].text] == ["8", "80%"]
    assert baik.cells[3].text.startswith("\u2588" * 32 + " 80%")  # the bar: 100% is 40 blocks
    assert "\u2592" * 28 + " maks. 70%" in baik.cells[3].text  # the allowed 70%
    assert baik.cells[4].text.startswith("terbanyak, maks. 70%\n") and "TIDAK SESUAI POLA" in baik.cells[4].text
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "KONSEP — DISTRIBUSI PREDIKAT BELUM SESUAI POLA" in body  # a broken pola is a draft
    assert "Baik 8 dari 10 pegawai = 80%, paling banyak 70%" in body
    assert "Baik: terbanyak, paling banyak 70% (7 pegawai)" in body  # the pola: same order as the BATAS column
    assert "belum dievaluasi: 1" in body
    signatures = "\n".join(c.text for c in doc.tables[-1]._cells)
    assert "Mengusulkan,\nKepala Dinas Komunikasi dan Informatika" in signatures
    assert "Menetapkan,\nSekretaris Daerah" in signatures  # the head's penilai sets the predikat


def test_a_unit_rated_on_its_own_and_a_head_off_the_capaian(jf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unit = "  - {id: aptika, nama: Bidang Aplikasi Informatika}"
    own = f'  - {{id: aptika, nama: Bidang Aplikasi Informatika, kepala: "{KABID_NIP}", capaian_kinerja_organisasi: {{triwulan-1: baik}}}}'
    opd_yaml = jf / "diskominfo" / "opd.yaml"
    opd_yaml.write_text(opd_yaml.read_text().replace(unit, own))
    kabid = (jf / "diskominfo" / f"{KABID_NIP}.yaml").read_text()
    rated = "evaluasi:\n  triwulan-1:\n    tanggal: 2024-04-05\n    rating_hasil_kerja: di-atas-ekspektasi\n    rating_perilaku_kerja: sesuai-ekspektasi\n"
    (jf / "diskominfo" / f"{KABID_NIP}.yaml").write_text(kabid + rated)
    assert main(["rekap", str(jf), "--periode", "triwulan-1", "--format", "json"]) == 0
    (opd,) = json.loads(capsys.readouterr().out)["opd"]
    # The kabid heads aptika: counted in the OPD's pola; the ten staff of egov (under aptika) in aptika's.
    assert opd["distribusi"]["jumlah_pegawai"] == 1
    (aptika,) = opd["distribusi_unit"]
    assert (aptika["unit"], aptika["jumlah_pegawai"], aptika["capaian_kinerja_organisasi"]) == ("aptika", 10, "baik")
    assert {p["lingkup"] for p in opd["pegawai"] if p["nip"] not in (HEAD_NIP, KABID_NIP)} == {"aptika"}
    # Aptika is rated Baik, so its head's rating hasil kerja should be Sesuai Ekspektasi, not Di Atas.
    (head,) = opd["pimpinan"]
    assert (head["nip"], head["rating_hasil_kerja"], head["seharusnya"]) == (
        KABID_NIP,
        "di-atas-ekspektasi",
        "sesuai-ekspektasi",
    )
    ws = load_workspace(jf)
    _, _, (found,) = rekap(jf, periode="triwulan-1")
    form = build(ws, found)
    assert [d.nomor for d in form.distribusi] == ["B.1", "B.2"]
    assert {row.catatan for row in form.pegawai if row.nip.startswith("19870312")} == {"B.2"}
    assert len(form.pimpinan) == 1 and "Bidang Aplikasi Informatika" in form.pimpinan[0]
