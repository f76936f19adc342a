"""The blocks several built-in forms share, built on the low-level kit in tools/docx_kit.py:
the title block, two NO | LABEL | VALUE lists side by side, LABEL | value rows and signatures.

tools/make_templates.py, tools/form_rekap.py and tools/form_matriks.py compose the forms from these."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Cell

from docx_kit import (
    S_KOP,
    S_KOP_UTAMA,
    S_SPACER,
    S_TABLE_HEAD,
    S_TEXT,
    S_TITLE,
    SHADE_HEADER,
    C,
    Grid,
    control,
    par,
    spacer,
    text_width,
)

# The two parts of every list of RHK: (context name, banner).
BAGIAN = (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN"))

SIGNATURE_SPACE_LINES = 4  # empty lines left for the signature (and stamp)
#: The kop's logo column, and as wide on the right, so that its lines are centred on the page.
#: skpdoc.render.kop prints the logo at most 30 mm wide.
KOP_LOGO_MM = 32


def kop_block(doc: Document) -> None:
    """The letterhead, only when the workspace sets one (``{%p if kop %}``): the logo on the left, the lines
    centred (those in capitals large and bold), a thick-and-thin rule under it, as offices print a kop surat."""
    control(doc, "{%p if kop %}")
    width = text_width(doc)
    grid = Grid(doc, (KOP_LOGO_MM, width - 2 * KOP_LOGO_MM, KOP_LOGO_MM), lines=False)
    logo, lines, _ = grid.row(C(valign="center"), C(valign="center"), C(), cant_split=True)
    par(logo, "{{ kop.logo }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    control(lines, "{%p for b in kop.baris %}")
    control(lines, "{%p if b.utama %}")
    par(lines, "{{ b.teks }}", style=S_KOP_UTAMA)
    control(lines, "{%p else %}")
    par(lines, "{{ b.teks }}", style=S_KOP)
    control(lines, "{%p endif %}")
    control(lines, "{%p endfor %}")
    rule = doc.add_paragraph(style=S_SPACER)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attr, value in (("w:val", "thickThinSmallGap"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(attr), value)
    borders.append(bottom)
    rule._p.get_or_add_pPr().append(borders)  # after pStyle, before the spacing added next (schema order)
    rule.paragraph_format.space_after = Pt(8)
    control(doc, "{%p endif %}")


def lambang_block(doc: Document) -> None:
    """The Garuda, centred at the top (Dokumen Evaluasi, §3.2), only when the workspace sets one."""
    control(doc, "{%p if lambang %}")
    par(doc, "{{ lambang }}", style=S_TEXT, align=WD_ALIGN_PARAGRAPH.CENTER)
    spacer(doc)
    control(doc, "{%p endif %}")


def title_block(
    doc: Document,
    *lines: str,
    right: Sequence[str],
    loop: str | None = None,
    new_page: bool = False,
    split: tuple[float, float] | None = (0.6, 0.4),
    style: str = S_TEXT,
) -> None:
    """The centred title ``lines``, then instansi/OPD (left) and ``right`` (right-aligned), bold, no borders.

    ``loop`` repeats the lines per item (``"j in judul"``: the view model's
    title lines); ``new_page`` starts the block on a new page (a section of the
    Matriks); ``split`` shares the text width between the two sides, so the
    right-hand text (a periode, a year) stays on one line. ``split=None`` (a
    portrait page, too narrow for both on a line) stacks them: instansi and OPD
    each on a line of the full width, ``right`` under them on the right, so
    that the longest names (``BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA
    MANUSIA``, 112 mm at 9 pt) stay on one line each.
    """
    if loop:
        control(doc, f"{{%p for {loop} %}}")
    for n, line in enumerate(lines):
        p = par(doc, line, style=S_TITLE)
        if new_page and n == 0:
            p.paragraph_format.page_break_before = True
    if loop:
        control(doc, "{%p endfor %}")
    spacer(doc)
    if split is None:
        par(doc, "{{ instansi }}", style=style, bold=True, keep_next=True)
        par(doc, "{{ opd }}", style=style, bold=True, keep_next=True)
        par(doc, *right, style=style, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, keep_next=True)
        spacer(doc)
        return
    width = text_width(doc)
    left, right_cell = Grid(doc, tuple(width * share for share in split), lines=False).row(C(), C())
    par(left, "{{ instansi }}", style=style, bold=True)
    par(left, "{{ opd }}", style=style, bold=True)
    par(right_cell, *right, style=style, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    spacer(doc)


def paired_table(
    doc: Document,
    widths_mm: Sequence[float],
    titles: tuple[str, str],
    rows: Sequence[Sequence[str]],
    *,
    centred: Sequence[bool],
) -> None:
    """Two NO | LABEL | VALUE lists side by side in one table, like the §2.1 header.

    A shaded row "NO | titles[0] | NO | titles[1]", then one row of six cells
    per item of ``rows``; ``centred`` says which of the six columns are centred.
    Every paragraph keeps with the next: the block stays on one page.
    """
    grid = Grid(doc, widths_mm)
    cells = grid.row(C(1, SHADE_HEADER), C(2, SHADE_HEADER), C(1, SHADE_HEADER), C(2, SHADE_HEADER), cant_split=True)
    for cell, title in zip(cells, ("NO", titles[0], "NO", titles[1]), strict=True):
        par(cell, title, style=S_TABLE_HEAD, keep_next=True)
    for row in rows:
        cells = grid.row(*(C() for _ in widths_mm), cant_split=True)
        for cell, text, centre in zip(cells, row, centred, strict=True):
            par(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER if centre else None, keep_next=True)
    spacer(doc)


def label_grid(doc: Document, rows: Sequence[tuple[str, str]]) -> Grid:
    """Full-width LABEL (shaded) | value rows, both bold (CAPAIAN KINERJA ORGANISASI, RATING ..., PREDIKAT ...)."""
    width = text_width(doc)
    grid = Grid(doc, (80, width - 80))
    for label, tag in rows:
        left, right = grid.row(C(1, SHADE_HEADER), C(), cant_split=True)
        par(left, label, bold=True)
        par(right, tag, bold=True)
    return grid


def label_rows(doc: Document, rows: Sequence[tuple[str, str]]) -> None:
    """A :func:`label_grid` standing on its own: a spacer keeps the next table apart."""
    label_grid(doc, rows)
    spacer(doc)


def signature_row(doc: Document) -> tuple[_Cell, _Cell]:
    """Two borderless halves of the text width for signatures; the row never splits over two pages."""
    width = text_width(doc)
    left, right = Grid(doc, (width / 2, width / 2), lines=False).row(C(), C(), cant_split=True)
    return left, right


def signature(
    cell: _Cell,
    tempat_tanggal: str | None,
    roles: Sequence[str],
    who: str,
    *,
    optional_nip: bool = False,
    indent_mm: float = 0.0,
    right_indent_mm: float = 0.0,
) -> None:
    """Place/date, the role lines, room to sign, name (bold, underlined), NIP — centred.

    ``who`` names the person in the context (``{{ who.nama }}``, ``{{ who.nip_ttd }}``);
    ``optional_nip`` prints the NIP line only when there is one (a Bupati or
    Menteri signing has none, §2.1 "NIP (*opsional)").
    """

    def line(*runs: str, bold: bool = False, underline: bool = False) -> None:
        par(
            cell,
            *runs,
            style=S_TEXT,
            align=WD_ALIGN_PARAGRAPH.CENTER,
            bold=bold,
            underline=underline,
            keep_next=True,  # Word keeps the block on one page
            indent_mm=indent_mm,
            right_indent_mm=right_indent_mm,
        )

    # An empty first line on the side without a date keeps both roles level.
    line(tempat_tanggal or "")
    for role in roles:
        line(role)
    for _ in range(SIGNATURE_SPACE_LINES):
        line()
    line(f"{{{{ {who}.nama }}}}", bold=True, underline=True)
    if optional_nip:
        control(cell, f"{{%p if {who}.nip_ttd %}}")
    line(f"{{{{ {who}.nip_ttd }}}}")  # "NIP. 1985…", or a PPPK's "NI PPPK. 1994…"
    if optional_nip:
        control(cell, "{%p endif %}")
