"""The built-in forms, rendered from real specs, read back as a person would."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
from pypdf import PdfReader

import skpdoc
from conftest import HEAD_NIP, KABID_NIP, REPO, STAFF, STAFF_NIP
from skpdoc.render import viewmodel
from skpdoc.render.pipeline import TemplateSet, plan, render_document

BUILTIN = REPO / "templates" / "docx"


def render(ws_path: Path, nip: str, form: str, periode: str | None = None) -> bytes:
    ws = skpdoc.load_workspace(ws_path)
    pegawai = ws.pegawai[nip]
    job = next(j for j in plan(ws, forms=[form], nips=[nip]) if j.periode == periode)
    assert job.template == viewmodel.template_name(pegawai, form)
    return render_document(ws, job, TemplateSet.for_workspace(ws))


def table_with(document: docx.document.Document, heading: str) -> docx.table.Table:
    return next(t for t in document.tables if t.rows[0].cells[0].text == heading)


def test_templates_match_their_generator() -> None:
    spec = importlib.util.spec_from_file_location("make_templates", REPO / "tools" / "make_templates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_templates"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    generated = module.build_all()
    assert sorted(generated) == sorted(p.name for p in BUILTIN.glob("*.docx"))
    for name, data in generated.items():
        fresh, committed = zipfile.ZipFile(io.BytesIO(data)), zipfile.ZipFile(BUILTIN / name)
        for member in fresh.namelist():
            if member.endswith(".xml") or member.endswith(".rels"):
                assert fresh.read(member) == committed.read(member), f"{name}:{member}: run tools/make_templates.py"


def test_column_titles_are_kept_with_the_row_after_them() -> None:
    """A table's repeated column titles left alone at a page's foot made LibreOffice drop the table's only body
    row (the matriks' "Tidak ada" when a kepala seksi's four staff filled the page before): every paragraph of a
    repeated title row of column heads is kept with the next."""
    from docx.oxml.ns import qn

    checked = 0
    for template in sorted(BUILTIN.glob("*.docx")):
        for row in docx.Document(str(template)).element.body.iter(qn("w:tr")):
            props = row.find(qn("w:trPr"))
            if props is None or props.find(qn("w:tblHeader")) is None:
                continue
            paragraphs = list(row.iter(qn("w:p")))
            heads = [p for p in paragraphs if 'w:val="SKPTabelKepala"' in p.xml]
            for paragraph in heads:
                assert paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None, template.name
                checked += 1
    assert checked > 50


def test_every_form_renders_for_every_example_employee() -> None:
    ws = skpdoc.load_workspace(REPO / "specs")
    templates = TemplateSet.for_workspace(ws)
    jobs = plan(ws)
    assert len(jobs) >= 4 * len(ws.pegawai)
    for job in jobs:
        data = render_document(ws, job, templates)
        document = docx.Document(io.BytesIO(data))
        assert "{{" not in document.element.xml and "{%" not in document.element.xml
    assert render_document(ws, jobs[-1], templates) == data  # same input, same bytes


def test_skp_hasil_kerja_rows_and_merged_rhk_cells(ws: Path) -> None:
    document = docx.Document(io.BytesIO(render(ws, STAFF_NIP, "skp")))
    table = table_with(document, "HASIL KERJA")
    texts = [[c.text for c in row.cells] for row in table.rows]
    assert texts[1] == [
        "NO",
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*",
        "RENCANA HASIL KERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    assert texts[2] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    assert texts[3][0] == "A. UTAMA"
    assert texts[4] == [
        "1",
        "Tersedianya aplikasi layanan publik yang terintegrasi",
        "Terselenggaranya layanan e-government",
        "Kuantitas",
        "Jumlah layanan terintegrasi",
        "12 Layanan",
    ]
    assert texts[5][0] == "B. TAMBAHAN" and texts[6][0] == "-"
    header = table_with(document, "NO")
    assert [c.text for c in header.rows[2].cells] == [
        "2",
        "NIP",
        "19870312 201001 1 004",
        "2",
        "NIP",
        "19791210 200501 1 003",
    ]
    assert header.rows[3].cells[2].text == "Penata, III/c"


def test_an_rhk_spans_its_indicator_rows(ws: Path) -> None:
    more = STAFF.replace(
        "          satuan: Layanan\n",
        "          satuan: Layanan\n        - id: rhk-1.2\n          aspek: waktu\n          iki: Waktu penyelesaian\n          target: 12\n          satuan: Bulan\n",
    )
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(more)
    table = table_with(docx.Document(io.BytesIO(render(ws, STAFF_NIP, "skp"))), "HASIL KERJA")
    first, second = table.rows[4], table.rows[5]
    for column in (0, 1, 2):  # NO, intervensi and RHK are one merged cell
        assert first.cells[column]._tc is second.cells[column]._tc
    assert (first.cells[3].text, second.cells[3].text) == ("Kuantitas", "Waktu")
    assert second.cells[5].text == "12 Bulan"


def test_special_characters_and_line_breaks_print_literally(ws: Path) -> None:
    text = "Sarana & Prasarana <TIK> \"Utama\" 'Dua'\nbaris kedua"
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(
        STAFF.replace(
            "rhk: Terselenggaranya layanan e-government", "rhk: |-\n        " + text.replace("\n", "\n        ")
        )
    )
    data = render(ws, STAFF_NIP, "skp")
    table = table_with(docx.Document(io.BytesIO(data)), "HASIL KERJA")
    assert table.rows[4].cells[2].text == text
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "Sarana &amp; Prasarana &lt;TIK&gt;" in xml


def test_evaluation_forms_carry_realisasi_ratings_and_predikat(ws: Path) -> None:
    document = docx.Document(io.BytesIO(render(ws, STAFF_NIP, "evaluasi", "triwulan-1")))
    table = table_with(document, "HASIL KERJA")
    row = [c.text for c in table.rows[4].cells]
    assert row[-2:] == ["3 Layanan", "Sesuai jadwal"]
    full = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "SESUAI EKSPEKTASI" in full and "DI ATAS EKSPEKTASI" in full and "BAIK" in full
    dokumen = docx.Document(io.BytesIO(render(ws, STAFF_NIP, "dokumen-evaluasi", "triwulan-1")))
    text = "\n".join(c.text for t in dokumen.tables for r in t.rows for c in r.cells)
    assert "ATASAN PEJABAT PENILAI KINERJA" in text and "Ir. Ahmad Fauzi, M.Si." in text  # the kabid's penilai
    assert "Kota Contoh, 5 April 2024" in text


def forty_rhk_spec() -> str:
    items = []
    for n in range(1, 41):
        items.append(
            f'    - id: rhk-{n}\n      intervensi: "{KABID_NIP}#rhk-1"\n'
            f"      rhk: Tersusunnya dokumen dan laporan kegiatan pelayanan publik berbasis elektronik nomor {n} tepat waktu\n"
            f"      indikator:\n        - id: rhk-{n}.1\n          aspek: kuantitas\n          iki: Jumlah dokumen nomor {n}\n"
            f"          target: {n}\n          satuan: Dokumen\n"
        )
    head, _, _ = STAFF.partition("hasil_kerja:\n")
    return head + "hasil_kerja:\n  utama:\n" + "".join(items)


def to_pdf(soffice: str, files: list[Path], out: Path) -> list[PdfReader]:
    profile = out / "profile"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return [PdfReader(out / f"{f.stem}.pdf") for f in files]


def jpt_kualitatif(ws_path: Path) -> Path:
    head = ws_path / "diskominfo" / f"{HEAD_NIP}.yaml"
    text = head.read_text().replace("pendekatan: kuantitatif", "pendekatan: kualitatif")
    text = text.replace(
        "          iki: Indeks SPBE\n          target: 3.5\n          satuan: Indeks\n",
        "          ukuran_keberhasilan: Indeks SPBE mencapai 3,5 (baik)\n",
    )
    text += 'evaluasi:\n  akhir:\n    tanggal: 2024-12-30\n    hasil_kerja:\n      rhk-1.1: {realisasi: "Indeks SPBE 3,6"}\n'
    text += "    rating_hasil_kerja: sesuai-ekspektasi\n    rating_perilaku_kerja: sesuai-ekspektasi\n"
    head.write_text(text)
    return ws_path


def test_one_form_of_each_kind_as_pdf(soffice: str, ws: Path, tmp_path: Path) -> None:
    chosen: dict[str, Path] = {}
    for model in (skpdoc.load_workspace(REPO / "specs"), skpdoc.load_workspace(jpt_kualitatif(ws))):
        templates = TemplateSet.for_workspace(model)
        for job in plan(model, periode=["akhir"]):
            if job.template not in chosen:
                path = tmp_path / f"{len(chosen):02d}-{job.template.removesuffix('.docx')}-{job.nip}.docx"
                path.write_bytes(render_document(model, job, templates))
                chosen[job.template] = path
    assert len(chosen) == 10  # every built-in template
    for path, reader in zip(chosen.values(), to_pdf(soffice, list(chosen.values()), tmp_path), strict=True):
        text = "\n".join(page.extract_text() for page in reader.pages)
        nip = path.stem.rsplit("-", 1)[1]
        grouped = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        assert grouped in text, path.name
        assert f" · 1/{len(reader.pages)}" in text, path.name  # the form's own count, beside its name
        if path.name.split("-", 1)[1].startswith(("skp", "evaluasi")):
            assert "PERILAKU KERJA" in text and 2 <= len(reader.pages) <= 4, path.name
        else:
            assert len(reader.pages) == 1, path.name


def test_forty_rhks_flow_over_pages_with_repeated_headers(soffice: str, ws: Path, tmp_path: Path) -> None:
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(forty_rhk_spec())
    path = tmp_path / "skp-40.docx"
    path.write_bytes(render(ws, STAFF_NIP, "skp"))
    table = table_with(docx.Document(str(path)), "HASIL KERJA")
    assert len(table.rows) == 4 + 40 + 2
    (reader,) = to_pdf(soffice, [path], tmp_path)
    assert len(reader.pages) >= 5
    texts = [page.extract_text() for page in reader.pages]
    for text in texts[:-1]:  # every page with hasil kerja rows repeats the column headings
        if "Tersusunnya dokumen" in text:
            assert "RENCANA HASIL KERJA" in text
    assert "nomor 40 tepat waktu" in "\n".join(texts)
    assert f"SKP · {len(texts)}/{len(texts)}" in texts[-1]
