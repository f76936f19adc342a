"""No text of a spec is ever missing from its PDF: tall rows split, every PDF is checked, the manifest tells the truth."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import HEAD_NIP, KABID_NIP, STAFF, STAFF_NIP, base_files, build_tree, own_tempdir
from skpdoc import textcheck
from skpdoc.build import build
from skpdoc.cli import main
from skpdoc.render import rows

OWN_TMP = Path(tempfile.mkdtemp(prefix="skpdoc-test-tmp-"))


@pytest.fixture(autouse=True, scope="module")
def _own_tmp() -> Iterator[None]:
    with own_tempdir(OWN_TMP):
        yield


def words(tag: str, count: int) -> str:
    """``count`` distinct words, each findable on its own: ``tag0001 tag0002 …``."""
    return " ".join(f"{tag}{i:04d}" for i in range(count))


def long_staff() -> str:
    """The staff spec with long texts where the forms have narrow columns: an RHK with three indicators (its cell
    merged down their rows), a long IKI, and a long umpan balik; each well below the schema's limits."""
    text = STAFF.replace("rhk: Terselenggaranya layanan e-government", f'rhk: "{words("rhkpanjang", 330)}"')
    text = text.replace("iki: Jumlah layanan terintegrasi", f'iki: "{words("ikipanjang", 260)}"')
    more = "".join(
        f"""        - id: rhk-1.{n}
          aspek: {aspek}
          iki: Indikator {n}
          target: 12
          satuan: Bulan
"""
        for n, aspek in ((2, "waktu"), (3, "kualitas"))
    )
    text = text.replace("          satuan: Layanan\n", "          satuan: Layanan\n" + more)
    return text.replace("umpan_balik: Sesuai jadwal", f'umpan_balik: "{words("umpanbalik", 300)}"')


@pytest.fixture(scope="module")
def long_ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = base_files() | {f"diskominfo/{STAFF_NIP}.yaml": long_staff()}
    return build_tree(tmp_path_factory.mktemp("ws"), files)


@pytest.fixture(scope="module")
def long_built(long_ws: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    report = build(long_ws, out, opds=["diskominfo"])
    assert report.ok, report.failed
    return out / "2024"


def test_rows_taller_than_a_page_split_and_lose_no_word(long_built: Path) -> None:
    forms = long_built / "diskominfo" / STAFF_NIP
    for tag, count, pdfs in (
        ("rhkpanjang", 330, ["skp", "evaluasi-triwulan-1"]),
        ("ikipanjang", 260, ["skp", "evaluasi-triwulan-1"]),
        ("umpanbalik", 300, ["evaluasi-triwulan-1"]),
    ):
        for name in pdfs:
            reader = PdfReader(forms / f"{name}.pdf")
            text = " ".join(page.extract_text() for page in reader.pages)
            found = set(re.findall(rf"{tag}\d{{4}}", text))
            assert len(found) == count, (name, tag, count - len(found))
            assert len(reader.pages) > 1, name
    # The superior's Matriks Peran dan Hasil prints the subordinate's RHK too.
    matriks = " ".join(
        p.extract_text() for p in PdfReader(long_built / "diskominfo" / "matriks" / f"{KABID_NIP}.pdf").pages
    )
    assert len(set(re.findall(r"rhkpanjang\d{4}", matriks))) == 330


def test_every_pdf_holds_every_word_of_its_docx(long_built: Path) -> None:
    pdfs = sorted(long_built.rglob("*.pdf"))
    assert len(pdfs) > 8
    for pdf in pdfs:
        if pdf.with_suffix(".docx").is_file():
            assert textcheck.missing_words(pdf.with_suffix(".docx"), pdf) == [], pdf


def test_a_clipped_form_fails_loudly_naming_its_spec_and_the_others_are_built(
    long_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As if the height estimate were wrong: the rows keep together and LibreOffice clips them.
    monkeypatch.setattr(rows, "split_tall_rows", lambda xml, styles: xml)
    code = main(["build", str(long_ws), "-o", str(tmp_path), "-q", "--form", "skp", "--form", "lampiran"])
    err = capsys.readouterr().err
    assert code == 1
    staff = tmp_path / "2024" / "diskominfo" / STAFF_NIP
    assert f"{STAFF_NIP}/skp.pdf" in err and f"{STAFF_NIP}.yaml" in err and "tidak tercetak di PDF" in err
    assert not (staff / "skp.pdf").exists() and (staff / "skp.docx").exists()
    assert (staff / "lampiran.pdf").exists()
    assert (tmp_path / "2024" / "diskominfo" / HEAD_NIP / "skp.pdf").exists()
    manifest = json.loads((tmp_path / "2024" / "manifest.json").read_text())
    assert f"diskominfo/{STAFF_NIP}/skp.docx" not in manifest["outputs"]


def test_missing_words_names_what_is_gone_and_forgives_line_breaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docxutil import make_docx

    docx = make_docx(tmp_path / "a.docx", ["Layanan e-government terintegrasi", "dua dua tiga &lt;"])
    printed = {
        "whole": "LAYANAN E-GOVERNMENT\nterintegrasi dua dua tiga &lt; 1",
        "hyphen": "Layanan e-\ngovern-\nment terintegrasi dua dua tiga &lt;",
        "cut": "Layanan e-government dua tiga &lt;",
    }
    monkeypatch.setattr(textcheck, "pdf_text", lambda path: printed[path.name])
    assert textcheck.missing_words(docx, Path("whole")) == []
    assert textcheck.missing_words(docx, Path("hyphen")) == []
    assert textcheck.missing_words(docx, Path("cut")) == ["terintegrasi", "dua"]


ROW = "<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>"
CELL = '<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'
DOC = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{rows.W}"><w:body><w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="6000"/>'
    '</w:tblGrid>{rows}</w:tbl><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:bottom="1134"/></w:sectPr></w:body></w:document>'
)


def table(*row_cells: list[tuple[int, str, str]]) -> str:
    body = "".join(
        ROW.format(cells="".join(CELL.format(width=w, merge=m, text=t) for w, m, t in cells)) for cells in row_cells
    )
    return DOC.replace("{rows}", body)


def kept(xml: str) -> list[bool]:
    return [("cantSplit" in row) for row in re.findall(r"<w:tr>.*?</w:tr>", xml)]


def test_only_rows_that_may_not_fit_lose_their_keep_together() -> None:
    short, long = "kata " * 40, "kata " * 3000
    xml = table(
        [(2000, "", "1"), (6000, "", short)], [(2000, "", "2"), (6000, "", long)], [(2000, "", "3"), (6000, "", short)]
    )
    assert kept(rows.split_tall_rows(xml, None)) == [True, False, True]
    unchanged = table([(2000, "", "1"), (6000, "", short)])
    assert rows.split_tall_rows(unchanged, None) is unchanged


def test_a_tall_merged_cell_releases_every_row_it_spans() -> None:
    restart, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    long = "rhk " * 1500  # a narrow column: about 15 characters a line
    xml = table(
        [(2000, restart, long), (6000, "", "indikator 1")],
        [(2000, cont, ""), (6000, "", "indikator 2")],
        [(2000, cont, ""), (6000, "", "indikator 3")],
        [(2000, "", "berikutnya"), (6000, "", "indikator 4")],
    )
    assert kept(rows.split_tall_rows(xml, None)) == [False, False, False, True]


def test_font_size_and_line_breaks_count() -> None:
    lines = "</w:t><w:br/><w:t>".join(["baris"] * 60)  # sixty short lines, each a line of its own
    xml = table([(2000, "", "1"), (6000, "", lines)])
    assert kept(rows.split_tall_rows(xml, None)) == [False]
    styles = (
        f'<w:styles xmlns:w="{rows.W}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="8"/></w:rPr>'
        "</w:rPrDefault></w:docDefaults></w:styles>"
    ).encode()
    medium = table([(2000, "", "1"), (6000, "", "kata " * 900)])
    assert kept(rows.split_tall_rows(medium, None)) == [False]  # 11 pt: more than a page
    assert kept(rows.split_tall_rows(medium, styles)) == [True]  # 4 pt: a third of one


def test_an_interrupted_rebuild_leaves_a_manifest_of_files_that_exist(tmp_path: Path) -> None:
    ws = build_tree(tmp_path / "ws", base_files())
    out = tmp_path / "out"
    assert build(ws, out, forms=["skp", "evaluasi"]).ok
    spec = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    spec.write_text(spec.read_text().replace("e-government", "e-government terpadu"), encoding="utf-8")
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").write_text(
        (ws / "diskominfo" / f"{KABID_NIP}.yaml").read_text().replace("Budi Santoso", "Budi Santosa"), encoding="utf-8"
    )
    calls: list[str] = []

    def interrupt(output: str) -> None:
        calls.append(output)
        if len(calls) == 3:  # the documents still to convert have their .docx rewritten and their PDF removed
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(ws, out, forms=["skp", "evaluasi"], progress=interrupt)
    manifest = json.loads((out / "2024" / "manifest.json").read_text())
    assert len(manifest["outputs"]) < 4  # something was really interrupted
    for entry in manifest["outputs"].values():
        assert (out / "2024" / entry["docx"]).is_file() and (out / "2024" / entry["pdf"]).is_file(), entry
    resumed = build(ws, out, forms=["skp", "evaluasi"])
    assert resumed.ok and resumed.built + resumed.skipped == 4


KILL_AT_CONVERSION = """
import os, signal, sys
from pathlib import Path
from skpdoc.build import build

out = Path(sys.argv[2])
def progress(output: str) -> None:
    # Skipped documents are reported before anything changes; the first converted one comes once every stale
    # document's PDF is gone: die there, as a kill -9 or a power cut would.
    if any(not docx.with_suffix(".pdf").exists() for docx in out.rglob("*.docx")):
        os.kill(os.getpid(), signal.SIGKILL)
build(sys.argv[1], out, forms=["skp", "evaluasi"], progress=progress)
"""


def test_a_rebuild_killed_9_leaves_a_manifest_of_files_that_exist(tmp_path: Path) -> None:
    import subprocess
    import sys

    ws = build_tree(tmp_path / "ws", base_files())
    out = tmp_path / "out"
    assert build(ws, out, forms=["skp", "evaluasi"]).ok
    kabid = ws / "diskominfo" / f"{KABID_NIP}.yaml"
    kabid.write_text(kabid.read_text().replace("Budi Santoso", "Budi Santosa"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", KILL_AT_CONVERSION, str(ws), str(out)], timeout=300, check=False)
    assert done.returncode == -9
    manifest = json.loads((out / "2024" / "manifest.json").read_text())
    assert 0 < len(manifest["outputs"]) < 4  # the kabid's SKP and the staff's forms (he is their penilai) are stale
    for entry in manifest["outputs"].values():
        assert (out / "2024" / entry["docx"]).is_file() and (out / "2024" / entry["pdf"]).is_file(), entry
    resumed = build(ws, out, forms=["skp", "evaluasi"])
    assert resumed.ok and resumed.built + resumed.skipped == 4


def test_words_are_never_forgiven_inside_longer_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from docxutil import make_docx

    docx = make_docx(tmp_path / "a.docx", ["Meningkatnya kualitas layanan berbasis digital", "pelayanan digitalisasi"])
    printed = "Meningkatnya kualitas berbasis\npelayanan digitalisasi"
    monkeypatch.setattr(textcheck, "pdf_text", lambda path: printed)
    monkeypatch.setattr(textcheck, "second_reader_text", lambda path: printed)
    assert textcheck.missing_words(docx, Path("x.pdf")) == ["layanan", "digital"]


def test_a_word_only_one_reader_misses_is_not_lost(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from docxutil import make_docx

    docx = make_docx(tmp_path / "a.docx", ["Dr. Muḥammad Ikhsan"])
    monkeypatch.setattr(textcheck, "pdf_text", lambda path: "Dr. Mu ammad Ikhsan")  # PDFium, a glyph without Unicode
    monkeypatch.setattr(textcheck, "second_reader_text", lambda path: "Dr. Muḥammad Ikhsan")
    assert textcheck.missing_words(docx, Path("x.pdf")) == []
    monkeypatch.setattr(textcheck, "second_reader_text", lambda path: "Dr. Ikhsan")
    assert textcheck.missing_words(docx, Path("x.pdf")) == ["muḥammad"]


def test_very_long_words_and_real_pdfs_with_rare_letters(tmp_path: Path) -> None:
    """A 'word' longer than any line is broken across pages between running heads; letters without a glyph
    mapping in PDFium are read by the second reader; zero-width and soft hyphens print as nothing: none of these is a
    lost word, in a real build."""
    staff = STAFF.replace("nama: Rina Marlina, S.Kom.", 'nama: "Dr. Muḥammad Ṭāhir Ẓāfir, S.Kom."')
    staff = staff.replace("iki: Jumlah layanan terintegrasi", 'iki: "Jumlah lay\u200banan ter\u00adintegrasi"')
    staff = staff.replace("rhk: Terselenggaranya layanan e-government", f'rhk: "{"Q" * 4900}"')
    ws = build_tree(tmp_path / "ws", base_files() | {f"diskominfo/{STAFF_NIP}.yaml": staff})
    report = build(ws, tmp_path / "out", forms=["skp"])
    assert report.ok, report.failed
    pdf = tmp_path / "out" / "2024" / "diskominfo" / STAFF_NIP / "skp.pdf"
    assert len(PdfReader(pdf).pages) > 1
