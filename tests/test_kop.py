"""The kop surat and the Garuda lambang, set once in skpdoc.yaml (and per OPD in opd.yaml), on the forms."""

from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import CONFIG, HEAD_NIP, STAFF_NIP, base_files, build_tree
from docxutil import make_docx, table_texts, texts
from skpdoc.cli import main

KOP = """\
kop:
  logo: gambar/logo.png
  baris:
    - PEMERINTAH KABUPATEN CONTOH
    - "{opd}"
    - Jl. Merdeka No. 1, Kota Contoh
lambang: gambar/garuda.jpg
"""
LOGO_AT = (5, 9)  # line, column of the logo's path in CONFIG + KOP
LAMBANG_AT = (10, 10)


def png(width: int, height: int, rgb: tuple[int, int, int] = (20, 90, 170)) -> bytes:
    """A whole PNG of one colour, written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 150, 30)).save(out, "JPEG", quality=90)
    return out.getvalue()


def kop_workspace(root: Path) -> Path:
    ws = build_tree(root, {**base_files(), "skpdoc.yaml": CONFIG + KOP})
    (ws / "gambar").mkdir()
    (ws / "gambar" / "logo.png").write_bytes(png(150, 180))
    (ws / "gambar" / "garuda.jpg").write_bytes(jpeg(200, 210))
    return ws


def page_text(pdf: Path, page: int = 0) -> str:
    return PdfReader(pdf).pages[page].extract_text()


def printed_heights_mm(pdf: Path) -> list[float]:
    """The printed height of each image on the first page, from its pixels and resolution (pdfimages)."""
    listing = subprocess.run(["pdfimages", "-f", "1", "-l", "1", "-list", str(pdf)], capture_output=True, text=True)
    heights = []
    for line in listing.stdout.splitlines()[2:]:
        cells = line.split()
        if cells[2] == "image":
            heights.append(int(cells[4]) / int(cells[13]) * 25.4)
    return heights


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = kop_workspace(tmp_path_factory.mktemp("ws"))
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(ws), "-o", str(out), "-q"]) == 0
    return out / "2024" / "diskominfo"


@pytest.mark.slow
def test_the_kop_heads_the_first_page_of_the_skp_lampiran_evaluasi_and_rekap(built: Path) -> None:
    for pdf in (
        built / STAFF_NIP / "skp.pdf",
        built / STAFF_NIP / "lampiran.pdf",
        built / STAFF_NIP / "evaluasi-triwulan-1.pdf",
        built / "rekap-triwulan-1.pdf",
    ):
        text = page_text(pdf)
        kop = ["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI DAN INFORMATIKA", "Jl. Merdeka No. 1, Kota Contoh"]
        places = [text.find(line) for line in kop]
        assert -1 not in places and places == sorted(places), (pdf.name, text[:300])
        assert "{opd}" not in text
        title = "REKAPITULASI" if pdf.name.startswith("rekap") else "KINERJA PEGAWAI"
        assert places[-1] < text.find(title), pdf.name  # above the form's title
        assert len(PdfReader(pdf).pages[0].images) == 1, pdf.name  # the logo (no pola curve: no capaian)
        (height,) = printed_heights_mm(pdf)
        assert height == pytest.approx(20, abs=0.5), pdf.name  # about 2 cm
        later = PdfReader(pdf).pages[1:]
        assert not any("Jl. Merdeka" in page.extract_text() for page in later), pdf.name  # the first page only


@pytest.mark.slow
def test_the_garuda_heads_the_dokumen_evaluasi_and_no_kop(built: Path) -> None:
    pdf = built / STAFF_NIP / "dokumen-evaluasi-triwulan-1.pdf"
    text = page_text(pdf)
    assert "DOKUMEN EVALUASI KINERJA PEGAWAI" in text and "Jl. Merdeka" not in text
    assert len(PdfReader(pdf).pages[0].images) == 1
    (height,) = printed_heights_mm(pdf)
    assert height == pytest.approx(25, abs=0.5)  # about 2.5 cm


@pytest.mark.slow
def test_the_matriks_prints_no_kop(built: Path) -> None:
    for pdf in (built / "matriks").glob("*.pdf"):
        reader = PdfReader(pdf)
        assert "Jl. Merdeka" not in reader.pages[0].extract_text() and not reader.pages[0].images


def docx_of(out: Path, nip: str, form: str) -> bytes:
    return (out / "2024" / "diskominfo" / nip / f"{form}.docx").read_bytes()


def test_without_kop_the_forms_carry_no_image_and_start_with_their_title(ws: Path, tmp_path: Path) -> None:
    assert main(["build", str(ws), "-o", str(tmp_path), "-q", "--no-pdf"]) == 0
    for form in ("skp", "lampiran", "evaluasi-triwulan-1", "dokumen-evaluasi-triwulan-1"):
        data = docx_of(tmp_path, STAFF_NIP, form)
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert not any("skpdoc-" in name for name in names), form
        first = texts(data)[0]
        assert first in ("SASARAN KINERJA PEGAWAI", "LAMPIRAN SASARAN KINERJA PEGAWAI", "EVALUASI KINERJA PEGAWAI",
                         "DOKUMEN EVALUASI KINERJA PEGAWAI"), (form, first)  # fmt: skip


def test_the_kop_is_a_real_picture_and_the_lines_a_table_in_the_docx(tmp_path: Path) -> None:
    ws = kop_workspace(tmp_path / "ws")
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "-q", "--no-pdf"]) == 0
    skp = docx_of(tmp_path / "out", STAFF_NIP, "skp")
    package = zipfile.ZipFile(io.BytesIO(skp))
    assert package.read("word/media/skpdoc-logo.png") == (ws / "gambar" / "logo.png").read_bytes()
    assert 'Target="media/skpdoc-logo.png"' in package.read("word/_rels/document.xml.rels").decode()
    assert (
        table_texts(skp)[0][1]
        == "PEMERINTAH KABUPATEN CONTOH\nDINAS KOMUNIKASI DAN INFORMATIKA\nJl. Merdeka No. 1, Kota Contoh"
    )
    extent = re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"/>', package.read("word/document.xml").decode())
    assert extent is not None and (int(extent[1]), int(extent[2])) == (600_000, 720_000)  # 16.67 x 20 mm
    dokumen = zipfile.ZipFile(io.BytesIO(docx_of(tmp_path / "out", STAFF_NIP, "dokumen-evaluasi-triwulan-1")))
    assert (
        "word/media/skpdoc-lambang.jpeg" in dokumen.namelist()
        and "word/media/skpdoc-logo.png" not in dokumen.namelist()
    )
    assert 'Extension="jpeg"' in dokumen.read("[Content_Types].xml").decode()


def test_an_opd_kop_replaces_the_lines_and_keeps_the_workspace_logo(tmp_path: Path) -> None:
    ws = kop_workspace(tmp_path / "ws")
    opd = ws / "diskominfo" / "opd.yaml"
    opd.write_text(opd.read_text() + 'kop:\n  baris: ["{opd}", "Jl. Diskominfo No. 9"]\n', encoding="utf-8")
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "-q", "--no-pdf"]) == 0
    skp = docx_of(tmp_path / "out", HEAD_NIP, "skp")
    assert table_texts(skp)[0][1] == "DINAS KOMUNIKASI DAN INFORMATIKA\nJl. Diskominfo No. 9"
    assert "word/media/skpdoc-logo.png" in zipfile.ZipFile(io.BytesIO(skp)).namelist()


def test_a_user_template_prints_the_images_too(tmp_path: Path) -> None:
    ws = kop_workspace(tmp_path / "ws")
    make_docx(ws / "templates" / "lampiran.docx", ["{{ kop.logo }}", "{{ lambang }}", "{{ pegawai.nama }}"])
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "-q", "--no-pdf", "--form", "lampiran"]) == 0
    package = zipfile.ZipFile(io.BytesIO(docx_of(tmp_path / "out", STAFF_NIP, "lampiran")))
    assert {"word/media/skpdoc-logo.png", "word/media/skpdoc-lambang.jpeg"} <= set(package.namelist())
    assert package.read("word/document.xml").decode().count("<w:drawing") == 2


def test_a_logo_in_a_page_header_gets_the_headers_own_relationship(tmp_path: Path) -> None:
    import docx

    ws = kop_workspace(tmp_path / "ws")
    template = docx.Document()
    template.sections[0].header.paragraphs[0].add_run("{{ kop.logo }}")
    template.add_paragraph("{{ pegawai.nama }}")
    (ws / "templates").mkdir()
    template.save(str(ws / "templates" / "lampiran.docx"))
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "-q", "--no-pdf", "--form", "lampiran"]) == 0
    rendered = docx.Document(io.BytesIO(docx_of(tmp_path / "out", STAFF_NIP, "lampiran")))
    header = rendered.sections[0].header.part
    assert header.related_parts["rIdSkpdoc-logo"].blob == (ws / "gambar" / "logo.png").read_bytes()


def manifest_keys(out: Path) -> dict[str, str]:
    outputs = json.loads((out / "2024" / "manifest.json").read_text())["outputs"]
    return {name: entry["key"] for name, entry in outputs.items() if name.endswith(".docx")}


def test_changing_the_logo_rebuilds_the_forms_printing_the_kop_and_only_those(tmp_path: Path) -> None:
    ws = kop_workspace(tmp_path / "ws")
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "-q", "--no-pdf"]) == 0
    first = manifest_keys(out)
    assert main(["build", str(ws), "-o", str(out), "-q", "--no-pdf"]) == 0
    assert manifest_keys(out) == first
    (ws / "gambar" / "logo.png").write_bytes(png(150, 180, (160, 20, 20)))
    assert main(["build", str(ws), "-o", str(out), "-q", "--no-pdf"]) == 0
    changed = {name.split("/", 1)[1] for name, key in manifest_keys(out).items() if first[name] != key}
    assert changed == {
        *(f"{nip}/{form}.docx" for nip in (HEAD_NIP, "197912102005011003", STAFF_NIP) for form in ("skp", "lampiran")),
        f"{STAFF_NIP}/evaluasi-triwulan-1.docx",
        "rekap-triwulan-1.docx",
    }
    logo = zipfile.ZipFile(out / "2024" / "diskominfo" / STAFF_NIP / "skp.docx").read("word/media/skpdoc-logo.png")
    assert logo == (ws / "gambar" / "logo.png").read_bytes()
    before = manifest_keys(out)
    (ws / "gambar" / "garuda.jpg").write_bytes(jpeg(200, 200))
    assert main(["build", str(ws), "-o", str(out), "-q", "--no-pdf"]) == 0
    assert {name for name, key in manifest_keys(out).items() if before[name] != key} == {
        f"diskominfo/{STAFF_NIP}/dokumen-evaluasi-triwulan-1.docx"
    }


# --- validation -------------------------------------------------------------------------------------------------


def problems(ws: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, object]]:
    assert main(["validate", str(ws), "--format", "json", *extra]) == 1
    found: list[dict[str, object]] = json.loads(capsys.readouterr().out)["problems"]
    return found


def located(found: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(Path(str(p["file"])).name, p["line"], p["column"], p["code"], p["path"]) for p in found]


def _outside(ws: Path) -> str:
    outside = ws.parent / "luar.png"
    outside.write_bytes(png(10, 10))
    return "../luar.png"


def _absolute(ws: Path) -> str:
    (ws.parent / "luar.png").write_bytes(png(10, 10))
    return str(ws.parent / "luar.png")


def _link_out(ws: Path) -> str:
    (ws.parent / "luar.png").write_bytes(png(10, 10))
    (ws / "gambar" / "logo.png").unlink()
    (ws / "gambar" / "logo.png").symlink_to(ws.parent / "luar.png")
    return "gambar/logo.png"


def _write(data: bytes) -> object:
    def setup(ws: Path) -> str:
        (ws / "gambar" / "logo.png").write_bytes(data)
        return "gambar/logo.png"

    return setup


def _folder(ws: Path) -> str:
    (ws / "gambar" / "folder.png").mkdir()
    return "gambar/folder.png"


def _fifo(ws: Path) -> str:
    os.mkfifo(ws / "gambar" / "pipa.png")
    return "gambar/pipa.png"


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        (lambda ws: "gambar/tidak-ada.png", "F030"),
        (_folder, "F031"),
        (_fifo, "F031"),  # never opened: a FIFO would block
        (_outside, "F032"),
        (_absolute, "F032"),
        (_link_out, "F032"),
        (_write(b"GIF89a bukan PNG"), "F033"),
        (_write(png(40, 40)[:-12]), "F033"),  # cut off before its IEND
        (_write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "F033"),  # a JPEG start without a frame
        (_write(png(4, 4) + b"\x00" * (2 << 20)), "F034"),
        (_write(png(20_000, 1)), "F035"),
    ],
    ids=[
        "missing",
        "folder",
        "fifo",
        "dotdot",
        "absolute",
        "link-out",
        "gif",
        "truncated",
        "no-frame",
        "large",
        "wide",
    ],
)
def test_an_unusable_logo_is_an_error_at_its_path_in_skpdoc_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: object, code: str
) -> None:
    ws = kop_workspace(tmp_path / "ws")
    value = setup(ws)  # type: ignore[operator]
    config = ws / "skpdoc.yaml"
    config.write_text(config.read_text().replace("gambar/logo.png", value), encoding="utf-8")
    found = problems(ws, capsys)
    assert located(found) == [("skpdoc.yaml", *LOGO_AT, code, "kop.logo")]
    assert value in str(found[0]["message"]) and found[0]["hint"]


def test_an_image_error_is_worded_in_both_languages_and_stops_a_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = kop_workspace(tmp_path / "ws")
    (ws / "gambar" / "garuda.jpg").write_text("bukan gambar", encoding="utf-8")
    (found,) = problems(ws, capsys)
    assert (found["line"], found["column"], found["code"]) == (*LAMBANG_AT, "F033")
    assert found["message"] == "'gambar/garuda.jpg' bukan gambar PNG atau JPEG yang utuh"
    (found,) = problems(ws, capsys, "--lang", "en")
    assert found["message"] == "'gambar/garuda.jpg' is not a complete PNG or JPEG image"
    assert str(found["hint"]).startswith("save the image as PNG")
    assert main(["build", str(ws), "-o", str(tmp_path / "out"), "-q", "--no-pdf"]) == 1
    assert f"skpdoc.yaml:{LAMBANG_AT[0]}:{LAMBANG_AT[1]}: F033" in capsys.readouterr().err
    assert not (tmp_path / "out" / "2024" / "diskominfo").exists()


def test_an_opd_logo_is_checked_in_its_opd_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = kop_workspace(tmp_path / "ws")
    opd = ws / "diskominfo" / "opd.yaml"
    lines = len(opd.read_text().splitlines())
    opd.write_text(opd.read_text() + "kop:\n  logo: gambar/dinas.png\n", encoding="utf-8")
    assert located(problems(ws, capsys)) == [("opd.yaml", lines + 2, 9, "F030", "kop.logo")]


def test_the_kop_keys_have_bounds_in_the_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = kop_workspace(tmp_path / "ws")
    config = ws / "skpdoc.yaml"
    many = "".join(f"    - BARIS {n}\n" for n in range(7))
    config.write_text(config.read_text().replace("    - PEMERINTAH KABUPATEN CONTOH\n", many), encoding="utf-8")
    assert [(p["code"], p["path"]) for p in problems(ws, capsys)] == [("S009", "kop.baris")]
    config.write_text(CONFIG + "kop:\n  logoo: gambar/logo.png\n  baris: [X]\n", encoding="utf-8")
    (found,) = problems(ws, capsys)
    assert found["path"] == "kop.logoo" and "logo" in str(found["message"]) + str(found["hint"])


def test_the_next_years_workspace_carries_the_images_its_settings_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = kop_workspace(tmp_path / "ws")
    nxt = tmp_path / "ws-2026"
    assert main(["tahun-baru", "2026", str(ws), "-o", str(nxt), "-q"]) == 0, capsys.readouterr().err
    for image in ("gambar/logo.png", "gambar/garuda.jpg"):
        assert (nxt / image).read_bytes() == (ws / image).read_bytes()
    capsys.readouterr()
    assert main(["validate", str(nxt), "--format", "json"]) in (0, 1)
    codes = {p["code"] for p in json.loads(capsys.readouterr().out)["problems"]}
    assert not {c for c in codes if c.startswith("F03")}, codes
