"""A corpus of small templates, one per docxtpl feature skpdoc supports, and what a rendered .docx is made of.

Each :class:`Case` writes its template with python-docx (what a user's Word
file looks like to the engine) and gives the context to render it with. The
parity tests render each with skpdoc's engine and with plain docxtpl, and the
LibreOffice ones render a copy saved by LibreOffice, then compare
:func:`structure`: the text of every paragraph in order (tabs, line and page
breaks included), each table's grid and its rows' cells (grid span, vertical
merge, shading), the headers' and footers' text and the document properties.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.shared import Mm
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CORE_FIELDS = ("title", "subject", "creator", "description", "identifier", "language")


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Document], None]
    context: dict[str, Any] = field(default_factory=dict)

    def write(self, folder: Path) -> Path:
        document = docx.Document()
        self.build(document)
        path = folder / f"{self.name}.docx"
        document.save(str(path))
        return path


def png(width: int = 4, height: int = 3) -> bytes:
    """A whole PNG of one colour, written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x14\x5a\xaa" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _paragraphs(*items: str | list[str]) -> Callable[[Document], None]:
    """Paragraphs of text; a list is one paragraph of several runs."""

    def build(document: Document) -> None:
        for item in items:
            paragraph = document.add_paragraph()
            for text in [item] if isinstance(item, str) else item:
                paragraph.add_run(text)

    return build


def _table(*rows: list[str], before: str = "Tabel") -> Callable[[Document], None]:
    def build(document: Document) -> None:
        document.add_paragraph(before)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        document.add_paragraph("Sesudah")

    return build


def _header_footer(document: Document) -> None:
    document.add_paragraph("Isi {{ nama }}")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Kepala {{ nama }} {{ tahun }}"
    section.footer.paragraphs[0].text = "Kaki {% if tahun > 2000 %}{{ tahun }}{% endif %}"


def _properties(document: Document) -> None:
    document.add_paragraph("Isi {{ nama }}")
    core = document.core_properties
    core.title = "SKP {{ nama }} {{ tahun }}"
    core.subject = '{{ "Evaluasi" if tahun > 2000 else "x" }} & lain-lain'
    core.author = "{{ penulis }}"
    core.comments = "Dibuat untuk {{ nama|upper }}"
    core.identifier = "{{ nip }}"
    core.language = "id"


def _pictures_in_loop(document: Document) -> None:
    document.add_paragraph("Gambar tetap")
    document.add_paragraph().add_run().add_picture(io.BytesIO(png()), width=Mm(5))
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for r in rows %}"
    table.cell(1, 0).text = "{{ r }}"
    table.cell(1, 1).paragraphs[0].add_run().add_picture(io.BytesIO(png()), width=Mm(5))
    table.cell(2, 0).text = "{%tr endfor %}"
    document.add_paragraph("{%p for r in rows %}")
    document.add_paragraph().add_run().add_picture(io.BytesIO(png()), width=Mm(4))
    document.add_paragraph("{%p endfor %}")


PEOPLE = [{"nama": "Ani", "unit": "Aptika"}, {"nama": "Budi", "unit": "Aptika"}, {"nama": "Citra", "unit": "Umum"}]

CASES = [
    Case(
        "values",
        _paragraphs(
            "Nama: {{ nama }}",
            "Kutip: {{ kutip }}",
            "Spasi: [{{ spasi }}]",
            "Baris: {{ baris }}",
            "Tab: {{ tab }}",
            "Paragraf: {{ paragraf }}",
            "Halaman: {{ halaman }}",
            "Angka: {{ angka }} {{ pecahan }} {{ benar }}",
            ["Pecah: {{ na", "ma }} dan {", "{ angka }}"],
            "{{ nama|upper }} {{ '%s-%s'|format(nama, angka) }} {{ daftar|join(', ') }}",
            "{% set x = 3 %}Hitung {{ x * angka }}",
            "Tulis {_{ nama }_} dan {_% if %_}",
            "Komentar {# tidak dicetak #}selesai",
        ),
        {
            "nama": "Rina",
            "kutip": "Sarana & Prasarana <IT> \"Satu\" 'Dua'",
            "spasi": "  dua spasi  ",
            "baris": "satu\ndua\nempat",
            "tab": "kiri\tkanan",
            "paragraf": "satu\adua",
            "halaman": "sebelum\fsesudah",
            "angka": 12,
            "pecahan": 2.5,
            "benar": True,
            "daftar": ["a", "b"],
        },
    ),
    Case(
        "conditions",
        _paragraphs(
            '{% if pola == "baik" %}Baik{% else %}Lain{% endif %}',
            "{% if pola == 'baik' and n < 3 %}kecil{% endif %} {% if n > 1 and n <= 5 %}sedang{% endif %}",
            "Pintar: {% if pola == “baik” %}ya{% endif %}",
            "{% for i in daftar %}{{ i }}{% if not loop.last %}, {% endif %}{% endfor %}",
        ),
        {"pola": "baik", "n": 2, "daftar": ["x", "y", "z"]},
    ),
    Case(
        "paragraph_loops",
        _paragraphs(
            "Judul",
            "{%p for p in orang %}",
            "{{ loop.index }}. {{ p.nama }}",
            "{%p if p.unit == 'Aptika' %}",
            "di Aptika",
            "{%p endif %}",
            "{%p endfor %}",
            "{#p catatan untuk penyunting #}",
            "{%p if kosong %}",
            "tidak tampil",
            "{%p endif %}",
            "Akhir",
        ),
        {"orang": PEOPLE, "kosong": []},
    ),
    Case(
        "merge_paragraphs",
        _paragraphs(
            "Awal", "{%- if tampil %}", " tengah", "{%- endif %}", "akhir {% if tampil -%}", "x", "{%- endif %}"
        ),
        {"tampil": True},
    ),
    Case(
        "run_tags",
        _paragraphs(["Awal ", "{%r if tampil %}", "tengah ", "{%r endif %}", "akhir"]),
        {"tampil": False},
    ),
    Case(
        "row_loops",
        _table(
            ["NO", "NAMA", "UNIT"],
            ["{%tr for p in orang %}", "", ""],
            ["{{ loop.index }}", "{{ p.nama }}", "{{ p.unit }}"],
            ["{%tr endfor %}", "", ""],
            ["{%tr if not orang %}", "", ""],
            ["-", "-", "-"],
            ["{%tr endif %}", "", ""],
            ["{#tr baris catatan #}", "", ""],
        ),
        {"orang": PEOPLE},
    ),
    Case(
        "nested_rows_vm",
        _table(
            ["UNIT", "NAMA"],
            ["{%tr for u in units %}", ""],
            ["{%tr for p in u.orang %}", ""],
            ["{% vm %}{{ u.nama }}", "{{ p }}"],
            ["{%tr endfor %}", ""],
            ["{%tr endfor %}", ""],
        ),
        {"units": [{"nama": "Aptika", "orang": ["Ani", "Budi"]}, {"nama": "Umum", "orang": ["Citra"]}]},
    ),
    Case(
        "column_loops",
        _table(
            ["NAMA", "{%tc for c in kolom %}", "{{ c }}", "{%tc endfor %}"],
            ["Ani", "{%tc for c in kolom %}", "{{ c|upper }}", "{%tc endfor %}"],
        ),
        {"kolom": ["tw1", "tw2", "tw3", "tw4", "akhir"]},
    ),
    Case(
        "column_loops_few",
        _table(
            ["NAMA", "{%tc for c in kolom %}", "{{ c }}", "{%tc endfor %}"],
            ["Ani", "{%tc for c in kolom %}", "{{ c|upper }}", "{%tc endfor %}"],
        ),
        {"kolom": ["tw1"]},
    ),
    Case(
        "column_comment",
        _table(["A", "{#tc dihapus #}", "C", "D"], ["1", "{#tc dihapus #}", "3", "4"]),
    ),
    Case(
        "column_if",
        _table(["A", "{%tc if lebar %}", "B", "{%tc endif %}"], ["1", "{%tc if lebar %}", "2", "{%tc endif %}"]),
        {"lebar": False},
    ),
    Case(
        "colspan",
        _table(
            ["A", "B", "C"],
            ["{% colspan lebar %}{{ teks }}", "{#tc #}", "{#tc #}"],
            ["1", "2", "3"],
        ),
        {"lebar": 3, "teks": "Gabungan"},
    ),
    Case(
        "hm",
        _table(
            ["{%tc for c in kolom %}", "{% hm %}{{ judul }}", "{%tc endfor %}"],
            ["{%tc for c in kolom %}", "{{ c }}", "{%tc endfor %}"],
        ),
        {"kolom": ["a", "b", "c", "d"], "judul": "Triwulan"},
    ),
    Case(
        "cellbg",
        _table(["{% cellbg warna %}{{ teks }}", "polos"]),
        {"warna": "FF0000", "teks": "Merah"},
    ),
    Case("headers_footers", _header_footer, {"nama": "Rina", "tahun": 2024}),
    Case(
        "properties",
        _properties,
        {"nama": "Rina", "tahun": 2024, "penulis": "BKPSDM", "nip": "198703122010012004"},
    ),
    Case("pictures_in_loop", _pictures_in_loop, {"rows": ["satu", "dua", "tiga"]}),
]


# --- reading a rendered document ---------------------------------------------------------------------------


def _text(element: Any) -> str:
    pieces: list[str] = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if node.tag == f"{W}t":
            pieces.append(node.text or "")
        elif node.getparent().tag != f"{W}r":  # a tab stop of the paragraph's properties
            continue
        elif node.tag == f"{W}tab":
            pieces.append("\t")
        else:
            pieces.append("\f" if node.get(f"{W}type") == "page" else "\n")
    return "".join(pieces)


def _cell(cell: Any) -> tuple[int, str | None, str | None, str]:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    shading = cell.find(f"{W}tcPr/{W}shd")
    return (
        int(span.get(f"{W}val")) if span is not None else 1,
        (merge.get(f"{W}val") or "continue") if merge is not None else None,
        shading.get(f"{W}fill") if shading is not None else None,
        "\n".join(_text(p) for p in cell.iter(f"{W}p")),
    )


def _body(root: Any) -> list[Any]:
    items: list[Any] = []
    for child in root.iterchildren():
        if child.tag == f"{W}p":
            items.append(("p", _text(child)))
        elif child.tag == f"{W}tbl":
            grid = len(child.findall(f"{W}tblGrid/{W}gridCol"))
            rows = [[_cell(c) for c in row.findall(f"{W}tc")] for row in child.findall(f"{W}tr")]
            items.append(("table", grid, rows))
    return items


def structure(data: bytes) -> dict[str, Any]:
    """What a reader sees of a .docx: body paragraphs and tables in order, headers, footers, properties."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, Any] = {}
    for name in sorted(archive.namelist()):
        kind = re.fullmatch(r"word/(header|footer)\d*\.xml", name)
        if kind:
            root = etree.fromstring(archive.read(name))
            text = "\n".join(_text(p) for p in root.iter(f"{W}p")).strip()
            if text:
                parts.setdefault(kind.group(1), []).append(text)
    body = etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
    parts["body"] = _body(body)
    if "docProps/core.xml" in archive.namelist():
        core = etree.fromstring(archive.read("docProps/core.xml"))
        parts["properties"] = {
            e.tag.split("}")[1]: e.text or "" for e in core if e.tag.split("}")[1] in _CORE_FIELDS and e.text
        }
    return parts


def drawing_ids(data: bytes) -> list[str]:
    """The ``wp:docPr`` ids of every part of a .docx."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    found: list[str] = []
    for name in archive.namelist():
        if name.startswith("word/") and name.endswith(".xml"):
            found += re.findall(rb'<wp:docPr [^>]*?\bid="([^"]+)"', archive.read(name))
    return [i.decode() for i in found]
