"""The Matriks Peran dan Hasil template (``matriks-peran-hasil.docx``), built with the house kit.

One document per OPD: one section per leader, each starting on a new page
(title, the leader's block beside a summary, the matrix, then the flagged RHK
and people), and the pohon kinerja as an indented outline at the end. The
context is :class:`skpdoc.render.matriks.MatriksForm`; the module docstring
there says how §8 of the domain reference was read. A4 landscape like the
SKP, column headings repeated on every page.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import _Cell

from docx_blocks import BAGIAN, paired_table, title_block
from docx_kit import (
    SHADE_SECTION,
    C,
    Grid,
    control,
    dash_list,
    new_document,
    page_footer,
    par,
    spacer,
    text_width,
)

# The matrix: NO | PEGAWAI | RHK BAWAHAN | INDIKATOR DAN TARGET (267 mm).
MATRIKS_MM = (14, 62, 86, 105)
# The flag tables: NO | PEGAWAI | RHK or KETERANGAN | BAGIAN.
CATATAN_MM = (10, 76, 151, 30)
# The pohon kinerja: NOMOR | RHK, indented per level | PEMILIK RHK.
POHON_MM = (24, 165, 78)
POHON_INDENT_MM = 5  # per level of the cascade
POHON_LEVELS = 5  # levels 0–4 get their own indent; deeper ones share the last


def matriks() -> Document:
    """MATRIKS PERAN DAN HASIL: a section per leader, then the POHON KINERJA."""
    doc = new_document("Matriks Peran dan Hasil", landscape=True)
    for widths in (MATRIKS_MM, CATATAN_MM, POHON_MM):
        assert abs(sum(widths) - text_width(doc)) < 0.01, (widths, text_width(doc))
    control(doc, "{%p for s in pimpinan %}")
    title(doc, "MATRIKS PERAN DAN HASIL{{ konsep }}", "{{ s.unit }}")
    pimpinan_block(doc)
    matrix(doc)
    rhk_lepas(doc)
    tanpa_intervensi(doc)
    control(doc, "{%p endfor %}")
    control(doc, "{%p if pohon or di_luar_pohon %}")
    title(doc, "POHON KINERJA{{ konsep }}", "{{ opd }}")
    pohon(doc)
    control(doc, "{%p endif %}")
    page_footer(doc, "Matriks Peran dan Hasil — {{ opd }} — Tahun {{ tahun }}")
    return doc


def title(doc: Document, first: str, second: str) -> None:
    """Two centred lines, each section on a new page; then instansi/OPD (left) and the year (right)."""
    title_block(doc, first, second, right=("TAHUN ", "{{ tahun }}"), new_page=True)


PIMPINAN = (
    ("1", "NAMA", "{{ s.pimpinan.nama }}"),
    ("2", "{{ s.pimpinan.label_nip }}", "{{ s.pimpinan.nip }}"),
    ("3", "PANGKAT/GOL RUANG", "{{ s.pimpinan.pangkat }}"),
    ("4", "JABATAN", "{{ s.pimpinan.jabatan }}"),
    ("5", "UNIT KERJA", "{{ s.pimpinan.unit_kerja }}"),
)
RINGKASAN = (
    ("1", "JUMLAH RHK PIMPINAN", "{{ s.jumlah_rhk }}"),
    ("2", "RHK PIMPINAN BELUM DIINTERVENSI BAWAHAN", "{{ s.jumlah_belum_diintervensi }}"),
    ("3", "PEGAWAI YANG MENGINTERVENSI", "{{ s.jumlah_pendukung }}"),
    ("4", "RHK BAWAHAN YANG TIDAK TERKAIT RHK MANA PUN", "{{ s.jumlah_rhk_lepas }}"),
    ("5", "BAWAHAN TANPA RHK YANG MENGINTERVENSI", "{{ s.jumlah_tanpa_intervensi }}"),
)


def pimpinan_block(doc: Document) -> None:
    """Like the §2.1 header: NO | PIMPINAN (rows 1–5) beside NO | RINGKASAN (the counts)."""
    width = text_width(doc)
    no, label, value = 9, 38, 86
    paired_table(
        doc,
        (no, label, value, no, width - 2 * no - label - value - 22, 22),
        ("PIMPINAN / KOORDINATOR", "RINGKASAN MATRIKS"),
        [(*left, *right) for left, right in zip(PIMPINAN, RINGKASAN, strict=True)],
        centred=(True, False, False, True, False, True),
    )


def pegawai_cell(cell: _Cell, who: str, *, merged: bool) -> None:
    """Name (bold), NIP and jabatan; in a cell merged over a loop's rows, only the first row prints them."""
    par(cell, ("{% vm %}" if merged else "") + f"{{{{ {who}.nama }}}}", bold=True)
    if merged:  # {% vm %} blanks only its own paragraph on the merged rows
        control(cell, "{%p if loop.first %}")
    par(cell, f"{{{{ {who}.label_nip }}}}. {{{{ {who}.nip }}}}")
    par(cell, f"{{{{ {who}.jabatan }}}}")
    if merged:
        control(cell, "{%p endif %}")


def matrix(doc: Document) -> None:
    """Per section: each leader RHK as a shaded banner, then one row per subordinate RHK intervening it."""
    grid = Grid(doc, MATRIKS_MM)
    grid.titles(
        "NO",
        "PEGAWAI YANG MENGINTERVENSI",
        "RENCANA HASIL KERJA BAWAHAN",
        "INDIKATOR KINERJA INDIVIDU DAN TARGET",
    )
    grid.numbering(len(MATRIKS_MM))
    for name, label in BAGIAN:
        grid.banner(label)
        nothing(grid, f"s.{name}", "-", italic=False)
        grid.control(f"{{%tr for r in s.{name} %}}")
        # The leader's RHK, the "top row" of its part of the matrix.
        number, text = grid.row(C(1, SHADE_SECTION), C(3, SHADE_SECTION), cant_split=True)
        par(number, "{{ r.no }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
        par(text, "RHK Pimpinan: ", "{{ r.rhk }}", bold=True, keep_next=True)
        dash_list(text, "i in r.indikator", "{{ i.teks }}", keep_next=True)  # the banner stays with its first row
        grid.control("{%tr if not r.pendukung %}")
        _, flag = grid.row(C(), C(3), cant_split=True)
        par(flag, "{{ r.catatan }}", bold=True, italic=True)
        grid.control("{%tr endif %}")
        grid.control("{%tr for p in r.pendukung %}")
        grid.control("{%tr for x in p.rhk %}")
        cells = grid.row(*(C() for _ in MATRIKS_MM), cant_split=True)
        par(cells[0], "{% vm %}{{ p.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
        pegawai_cell(cells[1], "p", merged=True)
        par(cells[2], "{{ x.rhk }}")
        control(cells[2], '{%p if x.bagian == "Tambahan" %}')
        par(cells[2], "(RHK Tambahan)", italic=True)
        control(cells[2], "{%p endif %}")
        dash_list(cells[3], "i in x.indikator", "{{ i.teks }}")
        grid.control("{%tr endfor %}")
        grid.control("{%tr endfor %}")
        grid.control("{%tr endfor %}")
    spacer(doc)


def rhk_lepas(doc: Document) -> None:
    """The rated people's RHK that intervene nothing (flagged)."""
    grid = Grid(doc, CATATAN_MM)
    grid.banner("RHK BAWAHAN YANG TIDAK MENGINTERVENSI RHK PIMPINAN MANA PUN", header=True)
    grid.titles("NO", "PEGAWAI", "RENCANA HASIL KERJA", "BAGIAN")
    grid.control("{%tr for c in s.rhk_lepas %}")
    cells = grid.row(*(C() for _ in CATATAN_MM), cant_split=True)
    par(cells[0], "{{ c.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    pegawai_cell(cells[1], "c", merged=False)
    par(cells[2], "{{ c.teks }}")
    par(cells[3], "{{ c.bagian }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    grid.control("{%tr endfor %}")
    nothing(grid, "s.rhk_lepas")
    spacer(doc)


def tanpa_intervensi(doc: Document) -> None:
    """The people the leader rates none of whose RHK intervenes one of the leader's."""
    grid = Grid(doc, CATATAN_MM)
    grid.banner("BAWAHAN YANG TIDAK MEMILIKI RHK YANG MENGINTERVENSI RHK PIMPINAN", header=True)
    grid.titles("NO", "PEGAWAI", "KETERANGAN", spans=(1, 1, 2))
    grid.control("{%tr for c in s.tanpa_intervensi %}")
    cells = grid.row(C(), C(), C(2), cant_split=True)
    par(cells[0], "{{ c.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    pegawai_cell(cells[1], "c", merged=False)
    par(cells[2], "{{ c.teks }}")
    grid.control("{%tr endfor %}")
    nothing(grid, "s.tanpa_intervensi")


def nothing(grid: Grid, name: str, text: str = "Tidak ada", *, italic: bool = True) -> None:
    """A row over the whole width, ``text`` centred, shown only when the list ``name`` is empty."""
    grid.control(f"{{%tr if not {name} %}}")
    (cell,) = grid.row(C(len(grid.widths)), cant_split=True)
    par(cell, text, italic=italic, align=WD_ALIGN_PARAGRAPH.CENTER)
    grid.control("{%tr endif %}")


def pohon(doc: Document) -> None:
    """One row per RHK; the RHK text indented by its level, so the cascade reads as an outline."""
    grid = Grid(doc, POHON_MM)
    grid.titles("NOMOR", "RENCANA HASIL KERJA (BERJENJANG DARI RHK KEPALA)", "PEMILIK RHK")
    for items, label in (("pohon", None), ("di_luar_pohon", "RHK YANG TIDAK BERSAMBUNG KE RHK KEPALA")):
        if label:
            grid.control(f"{{%tr if {items} %}}")
            grid.banner(label, shade=SHADE_SECTION)
            grid.control("{%tr endif %}")
        grid.control(f"{{%tr for n in {items} %}}")
        cells = grid.row(*(C() for _ in POHON_MM), cant_split=True)
        par(cells[0], "{{ n.nomor }}")
        indented_rhk(cells[1])
        par(cells[2], "{{ n.jabatan }}")
        par(cells[2], "{{ n.nama }}", italic=True)
        grid.control("{%tr endfor %}")


def indented_rhk(cell: _Cell) -> None:
    """``{%p if n.tingkat == 0 %}`` … one paragraph per level, each indented one step further."""
    for level in range(POHON_LEVELS):
        keyword = "if" if level == 0 else "elif"
        control(cell, f"{{%p {keyword} n.tingkat == {level} %}}")
        par(cell, "{{ n.rhk }}", indent_mm=level * POHON_INDENT_MM, bold=level == 0)
    control(cell, "{%p else %}")
    par(cell, "{{ n.rhk }}", indent_mm=POHON_LEVELS * POHON_INDENT_MM)
    control(cell, "{%p endif %}")
