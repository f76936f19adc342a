"""Issue #14, "Forms" 1–8: what a BKPSDM officer would notice on the printed forms, rendered through the CLI
and read back (python-docx for the .docx, pypdf for the PDF)."""

from __future__ import annotations

import importlib
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table, _Row
from pypdf import PdfReader

from conftest import HEAD, HEAD_NIP, KABID_NIP, OPD, REPO, STAFF, STAFF_NIP
from skpdoc.cli import main
from skpdoc.distribusi import check
from skpdoc.render.formatting import nip as printed_nip

sys.path.insert(0, str(REPO / "tools"))  # tools/ is not a package
kurva = importlib.import_module("kurva")

PPPK_NIP = "199411272021211001"
PPPK = f"""\
pegawai:
  nama: Galih Pratama, A.Md.
  nip: "{PPPK_NIP}"
  status: pppk
  golongan: VII
  jabatan: Pranata Hubungan Masyarakat Terampil
  jenis_jabatan: fungsional
  jenjang: terampil
  unit: egov
pejabat_penilai: "{KABID_NIP}"
pendekatan: kuantitatif
hasil_kerja:
  utama:
    - id: rhk-1
      intervensi: "{KABID_NIP}#rhk-1"
      rhk: Terdokumentasinya kegiatan layanan aplikasi
      indikator:
        - id: rhk-1.1
          aspek: kuantitas
          iki: Jumlah kegiatan yang didokumentasikan
          target: 220
          satuan: Kegiatan
evaluasi:
  triwulan-1:
    tanggal: 2024-04-05
    hasil_kerja:
      rhk-1.1: {{realisasi: 60}}
    rating_hasil_kerja: sesuai-ekspektasi
    rating_perilaku_kerja: sesuai-ekspektasi
"""
#: HEAD (a JPT rated by the Sekda, whose own atasan is the Bupati: no NIP, no pangkat) with an evaluation.
HEAD_EVALUATED = (
    HEAD
    + """\
evaluasi:
  triwulan-1:
    tanggal: 2024-04-05
    hasil_kerja:
      rhk-1.1: {realisasi: 3.2}
    rating_hasil_kerja: sesuai-ekspektasi
    rating_perilaku_kerja: sesuai-ekspektasi
"""
)
LONG_IKI = "Jumlah laporan pelaksanaan layanan terintegrasi bagian {n} yang diselesaikan dan diserahkan kepada pimpinan"


def write(ws: Path, nip: str, text: str) -> None:
    (ws / "diskominfo" / f"{nip}.yaml").write_text(text, encoding="utf-8")


def render(ws: Path, out: Path, nip: str, form: str, *more: str) -> Path:
    assert main(["render", str(ws), "-o", str(out), "--nip", nip, "--form", form, *more]) == 0
    return out / nip


def open_docx(path: Path) -> Document:
    return docx.Document(str(path))


def table_with(document: Document, heading: str) -> Table:
    return next(t for t in document.tables if t.rows[0].cells[0].text.startswith(heading))


def all_text(document: Document) -> str:
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    return "\n".join(p.text for p in document.paragraphs) + "\n" + cells


def footnotes(document: Document) -> list[str]:
    """The paragraphs starting with "*", wherever they are (the built-in forms keep them in a table)."""
    paragraphs = document.element.body.iter(qn("w:p"))
    texts = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs)
    return [text for text in texts if text.startswith("*")]


def keeps_with_next(row: _Row) -> bool:
    paragraphs = row._tr.findall(f".//{qn('w:p')}")
    return all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in paragraphs)


def cannot_split(row: _Row) -> bool:
    return row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None


def staff_with_indicators(count: int, long: bool = False) -> str:
    """STAFF whose RHK has ``count`` indicators (the first one is STAFF's own)."""
    extra = "".join(
        f"        - id: rhk-1.{n}\n          aspek: kuantitas\n"
        f"          iki: {LONG_IKI.format(n=n) if long else f'Jumlah laporan {n}'}\n"
        f"          target: {n}\n          satuan: Laporan\n"
        for n in range(2, count + 1)
    )
    return STAFF.replace("          satuan: Layanan\n", "          satuan: Layanan\n" + extra, 1)


def merges_starting(table: Table, column: int) -> list[int]:
    """The rows where the cell of ``column`` is a new one (python-docx gives a merged row the cell above)."""
    cells = [row.cells[column]._tc for row in table.rows]
    return [n for n, tc in enumerate(cells) if n == 0 or tc is not cells[n - 1]]


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


# --- 1. An RHK's rows stay together; a longer one continues with its number and text --------------------


def test_an_rhk_and_its_indicator_rows_are_kept_together(ws: Path, tmp_path: Path) -> None:
    write(ws, STAFF_NIP, staff_with_indicators(3))
    folder = render(ws, tmp_path / "out", STAFF_NIP, "evaluasi")
    table = table_with(open_docx(folder / "evaluasi-triwulan-1.docx"), "HASIL KERJA")
    group = table.rows[4:7]
    assert [r.cells[3].text for r in group] == ["Kuantitas", "Kuantitas", "Kuantitas"]
    assert all(cannot_split(r) for r in group)
    assert [keeps_with_next(r) for r in group] == [True, True, False]  # the last row ends the group


@pytest.mark.slow
def test_the_first_rhk_of_an_evaluasi_is_not_cut_between_pages(tmp_path: Path) -> None:
    """The example's Evaluasi whose first RHK (3 indicators) used to start under the curve and end on page 2."""
    folder = render(REPO / "specs", tmp_path / "out", "197011191996032002", "evaluasi", "--periode", "akhir", "--pdf")
    pages = pdf_pages(folder / "evaluasi-akhir.pdf")
    first = [n for n, text in enumerate(pages) if "PPID Utama" in text]  # the first RHK's own text
    last = [n for n, text in enumerate(pages) if "Tepat waktu sesuai jadwal" in text]  # its last indicator row
    assert len(first) == 1 and first == last


def test_an_rhk_longer_than_a_page_continues_with_its_number_and_text(ws: Path, tmp_path: Path) -> None:
    write(ws, STAFF_NIP, staff_with_indicators(20, long=True))
    folder = render(ws, tmp_path / "out", STAFF_NIP, "skp")
    table = table_with(open_docx(folder / "skp.docx"), "HASIL KERJA")
    rows = [[c.text for c in r.cells] for r in table.rows]
    starts = [n for n in merges_starting(table, 2) if "Terselenggaranya layanan e-government" in rows[n][2]]
    assert len(starts) == 2  # the RHK, and its continuation with a merge of its own
    first, again = starts
    assert "(lanjutan)" not in rows[first][2] and rows[again][0] == rows[first][0] == "1"
    assert rows[again][2].endswith("(lanjutan)") and rows[again][1].endswith("(lanjutan)")
    assert not keeps_with_next(table.rows[again - 1])  # the first part ends there
    assert keeps_with_next(table.rows[again])


@pytest.mark.slow
def test_each_page_of_a_long_rhk_shows_its_text(ws: Path, tmp_path: Path) -> None:
    write(ws, STAFF_NIP, staff_with_indicators(20, long=True))
    folder = render(ws, tmp_path / "out", STAFF_NIP, "skp", "--pdf")
    pages = [text for text in pdf_pages(folder / "skp.pdf") if "diserahkan kepada pimpinan" in text]
    assert len(pages) >= 2
    for text in pages:  # every page with its indicators names the RHK
        assert "Terselenggaranya layanan e-government" in text
    assert "(lanjutan)" in pages[-1]


def test_a_kualitatif_rhk_repeats_its_line_where_it_continues(ws: Path, tmp_path: Path) -> None:
    criteria = "".join(
        f"        - id: rhk-1.{n}\n          ukuran_keberhasilan: {LONG_IKI.format(n=n)} tepat waktu dan lengkap\n"
        for n in range(1, 21)
    )
    realisasi = "".join(f"      rhk-1.{n}: {{realisasi: Tercapai bagian {n}}}\n" for n in range(1, 21))
    text = re.sub(r"      indikator:\n(?:        .*\n)+", "      indikator:\n" + criteria, STAFF, count=1)
    text = text.replace("pendekatan: kuantitatif", "pendekatan: kualitatif")
    text = text.replace("      rhk-1.1: {realisasi: 3, umpan_balik: Sesuai jadwal}\n", realisasi)
    write(ws, STAFF_NIP, text)
    folder = render(ws, tmp_path / "out", STAFF_NIP, "evaluasi")
    table = table_with(open_docx(folder / "evaluasi-triwulan-1.docx"), "HASIL KERJA")
    rows = [[c.text for c in r.cells] for r in table.rows]
    leads = [n for n, row in enumerate(rows) if row[1].startswith("Terselenggaranya layanan e-government")]
    assert len(leads) == 2 and leads == [n for n in merges_starting(table, 0) if rows[n][0] == "1"]
    assert rows[leads[1]][1].endswith("(lanjutan)")
    # 7. each criterion beside its own realisasi, in rows of their own
    for n in range(1, 21):
        (row,) = [row for row in rows if f"bagian {n} yang" in row[1]]
        assert row[2] == f"Tercapai bagian {n}"


def test_the_matriks_repeats_the_pegawai_on_a_continued_page(ws: Path, tmp_path: Path) -> None:
    rhks = "".join(
        f'    - id: rhk-{n}\n      intervensi: "{KABID_NIP}#rhk-1"\n      rhk: Terselenggaranya layanan nomor {n}\n'
        f"      indikator:\n"
        + "".join(
            f"        - id: rhk-{n}.{k}\n          aspek: kuantitas\n          iki: {LONG_IKI.format(n=f'{n}.{k}')}\n"
            f"          target: 4\n          satuan: Laporan\n"
            for k in range(1, 4)
        )
        for n in range(1, 13)
    )
    head, _, _ = STAFF.partition("hasil_kerja:\n")
    write(ws, STAFF_NIP, head + "hasil_kerja:\n  utama:\n" + rhks)
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "--form", "matriks", "--no-pdf"]) == 0
    table = next(
        t
        for t in open_docx(out / "2024" / "diskominfo" / "matriks" / f"{KABID_NIP}.docx").tables
        if "PEGAWAI YANG MENGINTERVENSI" in t.rows[0].cells[1].text
    )
    named = [n for n in merges_starting(table, 1) if table.rows[n].cells[1].text.startswith("Rina Marlina")]
    assert len(named) >= 2  # the subordinate's cell, and again where the rows continue
    again = table.rows[named[-1]].cells[1].text
    assert again.endswith("(lanjutan)") and "NIP. 19870312 201001 1 004" in again
    assert table.rows[named[-1]].cells[0].text == "1.1"


# --- 2. Column (2): a JPT's RHK with its IKI ---------------------------------------------------------------


def test_a_jpt_rhk_in_column_2_is_printed_with_its_iki(ws: Path, tmp_path: Path) -> None:
    kabid = table_with(open_docx(render(ws, tmp_path / "a", KABID_NIP, "skp") / "skp.docx"), "HASIL KERJA")
    column = kabid.rows[4].cells[1].text  # the kepala dinas (JPT) RHK it intervenes
    assert column.splitlines() == ["Meningkatnya indeks SPBE Kabupaten", "IKI:", "-\tIndeks SPBE"]
    staff = table_with(open_docx(render(ws, tmp_path / "b", STAFF_NIP, "skp") / "skp.docx"), "HASIL KERJA")
    assert staff.rows[4].cells[1].text == "Tersedianya aplikasi layanan publik yang terintegrasi"  # not a JPT's


# --- 3. PPPK: NI PPPK, grouped in its own parts ------------------------------------------------------------


def test_a_pppk_is_identified_by_ni_pppk_on_every_form(ws: Path, tmp_path: Path) -> None:
    write(ws, PPPK_NIP, PPPK)
    grouped = "19941127 2021 21 1 001"
    assert printed_nip(PPPK_NIP) == grouped  # also without the status: its digits say it is no NIP
    out = tmp_path / "out"
    for form in ("skp", "lampiran", "evaluasi", "dokumen-evaluasi"):
        render(ws, out, PPPK_NIP, form)
    skp = open_docx(out / PPPK_NIP / "skp.docx")
    header = table_with(skp, "NO")
    assert [c.text for c in header.rows[2].cells][:3] == ["2", "NI PPPK", grouped]
    assert header.rows[2].cells[4].text == "NIP"  # the penilai is a PNS
    assert f"NI PPPK. {grouped}" in all_text(skp)  # under the signature
    assert skp.sections[0].footer.paragraphs[0].text.startswith(f"Galih Pratama, A.Md. — NI PPPK {grouped}\t")
    for name in ("lampiran.docx", "evaluasi-triwulan-1.docx", "dokumen-evaluasi-triwulan-1.docx"):
        text = all_text(open_docx(out / PPPK_NIP / name))
        assert f"NI PPPK\n{grouped}" in text and "202121 1" not in text, name
    assert main(["build", str(ws), "-o", str(tmp_path / "b"), "--form", "matriks", "--form", "rekap", "--no-pdf"]) == 0
    opd = tmp_path / "b" / "2024" / "diskominfo"
    assert f"NI PPPK. {grouped}" in all_text(open_docx(opd / "matriks" / f"{KABID_NIP}.docx"))
    assert f"NI PPPK. {grouped}" in all_text(open_docx(opd / "rekap-triwulan-1.docx"))


# --- 4. The forms' own footnotes; the JPT penilai's NIP (*opsional) ------------------------------------------

FOOTNOTE_1 = "* Dalam hal rencana hasil kerja Pimpinan yang diintervensi adalah hasil kerja pejabat pimpinan tinggi"
FOOTNOTE_2 = "** Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek perilaku kerja Pegawai"


def test_the_forms_carry_their_own_footnotes(ws: Path, tmp_path: Path) -> None:
    write(ws, HEAD_NIP, HEAD_EVALUATED)
    out = tmp_path / "out"
    for nip, form in ((STAFF_NIP, "skp"), (STAFF_NIP, "evaluasi"), (HEAD_NIP, "skp"), (HEAD_NIP, "evaluasi")):
        render(ws, out, nip, form)
    for name in ("skp.docx", "evaluasi-triwulan-1.docx"):
        document = open_docx(out / STAFF_NIP / name)
        notes = footnotes(document)
        assert [n[: len(FOOTNOTE_1)] for n in notes] == [FOOTNOTE_1, FOOTNOTE_2[: len(FOOTNOTE_1)]]
        assert notes[0].endswith("atau sasaran dan indikator kinerja organisasi yang diintervensi")
        assert notes[1] == FOOTNOTE_2
        text = all_text(document)
        assert "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*" in text and "PERILAKU KERJA**" in text
    for name in ("skp.docx", "evaluasi-triwulan-1.docx"):
        document = open_docx(out / HEAD_NIP / name)
        assert footnotes(document) == [FOOTNOTE_2]
        header = table_with(document, "NO")
        assert [c.text for c in header.rows[2].cells][3:5] == ["2", "NIP (*opsional)"]


# --- 5. The curves ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", list(kurva.KURVA_PERSEN))
def test_each_curve_stays_within_its_pola(slug: str) -> None:
    shares = kurva.KURVA_PERSEN[slug]
    assert sum(shares) == 100
    assert check(slug, [p for p, n in zip(kurva.KURVA_PREDIKAT, shares, strict=True) for _ in range(n)]) == []
    x, y = kurva.kurva_xy(slug)
    assert y[0] == 0 and y[-1] == 0  # both tails reach the axis, inside the plot
    assert (y >= 0).all()
    for k, share in enumerate(shares):  # through each share, and zero where the pola allows none
        assert abs(y[abs(x - k).argmin()] - share) < 1e-9
        if share == 0:
            assert (y[x >= k - 1e-9] == 0).all() if k == 4 else y[abs(x - k).argmin()] == 0
    assert kurva.KURVA_FONT_PT >= 7


def test_sangat_kurang_shows_no_sangat_baik() -> None:
    x, y = kurva.kurva_xy("sangat-kurang")
    assert y[x >= 4].max() == 0 and y[x <= 0.5].max() == max(kurva.KURVA_PERSEN["sangat-kurang"])


def test_the_evaluasi_prints_the_curve_at_its_drawn_size(ws: Path, tmp_path: Path) -> None:
    """Drawn at its printed size, the curve's 7 pt text prints at 7 pt; the picture is the one kurva draws."""
    (ws / "diskominfo" / "opd.yaml").write_text(OPD + "capaian_kinerja_organisasi:\n  triwulan-1: sangat-kurang\n")
    path = render(ws, tmp_path / "out", STAFF_NIP, "evaluasi") / "evaluasi-triwulan-1.docx"
    package = zipfile.ZipFile(path)
    xml = package.read("word/document.xml").decode()
    (extent,) = re.findall(r'<wp:extent cx="(\d+)"', xml)
    assert abs(int(extent) / 36000 - kurva.KURVA_WIDTH_MM) < 0.1
    (rid,) = re.findall(r'r:embed="(rId\d+)"', xml)
    rels = package.read("word/_rels/document.xml.rels").decode()
    (target,) = re.findall(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels) or re.findall(
        rf'Target="([^"]+)"[^>]*Id="{rid}"', rels
    )
    assert package.read(f"word/{target}") == kurva.kurva_png("sangat-kurang")


# --- 6. Portrait forms: instansi, periode and labels on their lines ------------------------------------------


@pytest.mark.slow
def test_portrait_forms_keep_long_names_and_labels_on_one_line(ws: Path, tmp_path: Path) -> None:
    opd = OPD.replace("Dinas Komunikasi dan Informatika", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
    (ws / "diskominfo" / "opd.yaml").write_text(opd)
    folder = render(ws, tmp_path / "out", STAFF_NIP, "lampiran", "--pdf")
    render(ws, tmp_path / "out", STAFF_NIP, "dokumen-evaluasi", "--pdf")
    for name in ("lampiran.pdf", "dokumen-evaluasi-triwulan-1.pdf"):
        lines = PdfReader(folder / name).pages[0].extract_text().splitlines()
        top = lines[: lines.index(next(line for line in lines if "PERIODE PENILAIAN" in line)) + 1]
        assert top[-3:] == [
            "PEMERINTAH KABUPATEN CONTOH",
            "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2024",
        ], name
        assert any("PANGKAT/GOL RUANG" in line for line in lines), name


# --- 7. "-" for what an outside official does not have ------------------------------------------------------


def test_an_official_without_nip_or_pangkat_prints_a_dash(ws: Path, tmp_path: Path) -> None:
    write(ws, HEAD_NIP, HEAD_EVALUATED)
    folder = render(ws, tmp_path / "out", HEAD_NIP, "dokumen-evaluasi")
    table = open_docx(folder / "dokumen-evaluasi-triwulan-1.docx").tables[-1]
    rows = [[c.text for c in r.cells] for r in table.rows]
    start = next(n for n, row in enumerate(rows) if row[1] == "ATASAN PEJABAT PENILAI KINERJA")
    section = {row[1]: row[2] for row in rows[start + 1 : start + 6]}
    assert section == {
        "NAMA": "H. Bupati",
        "NIP": "-",
        "PANGKAT/GOL RUANG": "-",
        "JABATAN": "Bupati Contoh",
        "UNIT KERJA": "-",
    }


# --- 8. Word 2013+ layout, and properties that describe the filled form ------------------------------------


def core(path: Path) -> dict[str, str]:
    xml = zipfile.ZipFile(path).read("docProps/core.xml").decode()
    return {tag: text for tag, text in re.findall(r"<(?:dc|cp):(\w+)>([^<]*)</", xml)}


def test_a_filled_form_opens_without_compatibility_mode_and_describes_itself(ws: Path, tmp_path: Path) -> None:
    folder = render(ws, tmp_path / "out", STAFF_NIP, "skp")
    settings = zipfile.ZipFile(folder / "skp.docx").read("word/settings.xml").decode()
    assert re.findall(r'w:name="compatibilityMode" w:uri="[^"]+" w:val="(\d+)"', settings) == ["15"]
    props = core(folder / "skp.docx")
    assert props["title"] == f"SKP 2024 — Rina Marlina, S.Kom. ({STAFF_NIP})"
    assert props["subject"].startswith("Sasaran Kinerja Pegawai 2024, pendekatan hasil kerja kuantitatif")
    assert props["creator"] == props["lastModifiedBy"] == "Dinas Komunikasi dan Informatika"
    assert "Template skpdoc" not in " ".join(props.values())
    render(ws, tmp_path / "out", STAFF_NIP, "evaluasi")
    title = core(folder / "evaluasi-triwulan-1.docx")["title"]
    assert title == f"Evaluasi Kinerja Pegawai Triwulan I 2024 — Rina Marlina, S.Kom. ({STAFF_NIP})"


def test_a_user_templates_own_title_is_kept(ws: Path, tmp_path: Path) -> None:
    own = ws / "templates"
    own.mkdir()
    source = REPO / "templates" / "docx" / "skp-ja-jf-kuantitatif.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(own / source.name, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"<dc:title>[^<]*</dc:title>", b"<dc:title>SKP Kabupaten Contoh</dc:title>", data)
            new.writestr(item, data)
    folder = render(ws, tmp_path / "out", STAFF_NIP, "skp")
    assert core(folder / "skp.docx")["title"] == "SKP Kabupaten Contoh"
    shutil.copy(source, own / source.name)  # a plain copy of the built-in template: the form's own title
    folder = render(ws, tmp_path / "again", STAFF_NIP, "skp")
    assert core(folder / "skp.docx")["title"].startswith("SKP 2024 — Rina Marlina")


def test_regenerating_the_templates_gives_the_same_bytes() -> None:
    make_templates = importlib.import_module("make_templates")
    first, second = make_templates.build_all(), make_templates.build_all()
    assert first == second
    for name, data in first.items():
        assert (REPO / "templates" / "docx" / name).read_bytes() == data, f"{name}: run tools/make_templates.py"
        assert io.BytesIO(data).getbuffer().nbytes > 0
