"""`skpdoc build` with real LibreOffice: PDFs, bundles, incremental rebuilds, failures."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import HEAD_NIP, KABID, KABID_NIP, STAFF_NIP, own_tempdir, soffice_processes
from docxutil import make_docx
from skpdoc.build import build
from skpdoc.cli import main

# The Converter keeps its LibreOffice profiles in a temporary folder; tests point temporary folders at their own
# place, so that counting soffice processes there ignores other LibreOffice runs sharing the machine.
OWN_TMP = Path(tempfile.mkdtemp(prefix="skpdoc-test-tmp-"))


@pytest.fixture(autouse=True, scope="module")
def _own_tmp() -> Iterator[None]:
    with own_tempdir(OWN_TMP):
        yield


def outline(items: list, depth: int = 0) -> list[str]:  # type: ignore[type-arg]
    out: list[str] = []
    for item in items:
        out += outline(item, depth + 1) if isinstance(item, list) else ["  " * depth + item.title]
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from conftest import base_files, build_tree

    ws = build_tree(tmp_path_factory.mktemp("ws"), base_files())
    out = tmp_path_factory.mktemp("out")
    before = soffice_processes(OWN_TMP)
    report = build(ws, out)
    assert report.ok and report.built == 12 and len(report.bundles) == 1  # 8 forms, the rekap, 3 parts of the matriks
    assert soffice_processes(OWN_TMP) == before  # no LibreOffice left behind
    return ws, out


def test_bundle_is_the_sum_of_its_parts(built: tuple[Path, Path]) -> None:
    _, out = built
    root = out / "2024"
    manifest = json.loads((root / "manifest.json").read_text())
    bundle = PdfReader(root / "diskominfo.pdf")
    parts = sum(entry["pages"] for entry in manifest["outputs"].values())
    front = manifest["bundles"]["diskominfo"]["front_pages"]
    assert len(bundle.pages) == front + parts == manifest["bundles"]["diskominfo"]["pages"]
    assert bundle.page_labels[front:] == [str(n) for n in range(1, parts + 1)]
    assert f"Halaman {parts} dari {parts}" in bundle.pages[-1].extract_text()
    entry = manifest["outputs"][f"diskominfo/{STAFF_NIP}/skp.docx"]
    first, last = entry["bundle_pages"]
    assert last - first + 1 == entry["pages"]
    assert "Rina Marlina" in bundle.pages[first - 1].extract_text()
    # The OPD's rekap opens the body, right after the cover and the contents.
    assert manifest["outputs"]["diskominfo/rekap-triwulan-1.docx"]["bundle_pages"][0] == front + 1
    assert "REKAPITULASI PREDIKAT KINERJA PEGAWAI" in bundle.pages[front].extract_text()
    meta = bundle.metadata
    assert (
        meta is not None and meta.author == "Pemerintah Kabupaten Contoh" and "Dinas Komunikasi" in (meta.title or "")
    )
    for pdf in (root / "diskominfo").rglob("*.pdf"):
        fonts = str(PdfReader(pdf).pages[0]["/Resources"]["/Font"].get_object())
        assert pdf.stat().st_size > 1000 and fonts


def test_bundle_bookmarks_follow_the_hierarchy(built: tuple[Path, Path]) -> None:
    _, out = built
    titles = outline(PdfReader(out / "2024" / "diskominfo.pdf").outline)
    assert titles == [
        "Dinas Komunikasi dan Informatika",
        "  Sampul dan daftar isi",
        "  Rekap Predikat Kinerja — Triwulan I",
        "  Matriks Peran dan Hasil",
        "    Kepala Dinas Komunikasi dan Informatika — Ir. Ahmad Fauzi, M.Si.",
        "    Kepala Bidang Aplikasi Informatika — Budi Santoso, S.T., M.T.",
        "    Pohon kinerja 1: Meningkatnya indeks SPBE Kabupaten",
        f"  Ir. Ahmad Fauzi, M.Si. — NIP {HEAD_NIP}",
        "    SKP",
        "    Lampiran SKP",
        "  Bidang Aplikasi Informatika",
        f"    Budi Santoso, S.T., M.T. — NIP {KABID_NIP}",
        "      SKP",
        "      Lampiran SKP",
        "    Seksi E-Government",
        f"      Rina Marlina, S.Kom. — NIP {STAFF_NIP}",
        "        SKP",
        "        Lampiran SKP",
        "        Evaluasi Kinerja — Triwulan I",
        "        Dokumen Evaluasi — Triwulan I",
    ]


def test_second_build_skips_everything_and_an_edit_rebuilds_only_what_prints_it(built: tuple[Path, Path]) -> None:
    ws, out = built
    bundle = out / "2024" / "diskominfo.pdf"
    stamp = bundle.stat().st_mtime_ns
    again = build(ws, out)
    assert (again.built, again.skipped, again.bundles) == (0, 12, [])
    assert bundle.stat().st_mtime_ns == stamp
    kabid = ws / "diskominfo" / f"{KABID_NIP}.yaml"
    kabid.write_text(KABID.replace("Tersedianya aplikasi layanan publik", "Tersedianya aplikasi layanan publik baru"))
    edited = build(ws, out)
    assert (edited.built, edited.skipped, len(edited.bundles)) == (6, 6, 1)  # as in test_build
    text = "\n".join(p.extract_text() for p in PdfReader(out / "2024" / "diskominfo" / STAFF_NIP / "skp.pdf").pages)
    assert "layanan publik baru" in text


def test_a_broken_template_loses_no_other_document(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_docx(ws / "templates" / "lampiran.docx", ["{{ pegawai.tidak_ada }}"])
    code = main(["build", str(ws), "-o", str(tmp_path), "-q", "--form", "skp", "--form", "lampiran"])
    assert code == 1
    err = capsys.readouterr().err
    assert "tidak_ada" in err and "bundel diskominfo tidak ditulis" in err
    assert len(list((tmp_path / "2024").rglob("skp.pdf"))) == 3
    assert not (tmp_path / "2024" / "diskominfo.pdf").exists()
    assert (
        main(["build", str(ws), "-o", str(tmp_path), "-q", "--form", "skp", "--form", "lampiran", "--keep-going"]) == 1
    )
    assert len(PdfReader(tmp_path / "2024" / "diskominfo.pdf").outline) == 2
    assert not [p for p in (tmp_path / "2024").rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


def test_pdfa_bundle_declares_pdfa(ws: Path, tmp_path: Path) -> None:
    report = build(ws, tmp_path, forms=["lampiran"], pdfa=True)
    assert report.ok
    for pdf in [tmp_path / "2024" / "diskominfo.pdf", tmp_path / "2024" / "diskominfo" / STAFF_NIP / "lampiran.pdf"]:
        reader = PdfReader(pdf)
        xmp = reader.root_object["/Metadata"].get_object().get_data()
        assert b"pdfaid:part" in xmp and (b">2<" in xmp or b'pdfaid:part="2"' in xmp), pdf.name
        assert "/OutputIntents" in reader.root_object, pdf.name


def test_missing_libreoffice_is_one_clear_message(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr("skpdoc.convert.converter.find_soffice", _missing)
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "libreoffice-writer-nogui" in err and "Traceback" not in err
    assert list((tmp_path / "out" / "2024").rglob("skp.docx"))  # the .docx files are there; only PDFs are missing


def _missing() -> str:
    from skpdoc.convert import LibreOfficeMissing

    raise LibreOfficeMissing(text="LibreOffice tidak ditemukan", hint="apt-get install libreoffice-writer-nogui")


@pytest.mark.parametrize("pdf", [False, True])
def test_an_interrupted_build_resumes_where_it_stopped(ws: Path, tmp_path: Path, pdf: bool) -> None:
    before = soffice_processes(OWN_TMP)
    seen: list[str] = []

    def interrupt(output: str) -> None:
        seen.append(output)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(ws, tmp_path, pdf=pdf, progress=interrupt)
    assert soffice_processes(OWN_TMP) == before
    assert not [p for p in (tmp_path / "2024").rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    resumed = build(ws, tmp_path, pdf=pdf)
    assert resumed.ok and resumed.skipped >= 2 and resumed.built + resumed.skipped == 12
