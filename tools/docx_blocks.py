"""The blocks several built-in forms share, built on the low-level kit in tools/docx_kit.py:
the title block, two NO | LABEL | VALUE lists side by side, LABEL | value rows and signatures.

tools/make_templates.py, tools/form_rekap.py and tools/form_matriks.py compose the forms from these."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import _Cell

from docx_kit import S_TABLE_HEAD, S_TEXT, S_TITLE, SHADE_HEADER, C, Grid, control, par, spacer, text_width

# The two parts of every list of RHK: (context name, banner).
BAGIAN = (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN"))

SIGNATURE_SPACE_LINES = 4  # empty lines left for the signature (and stamp)


def title_block(
    doc: Document,
    *lines: str,
    right: Sequence[str],
    loop: str | None = None,
    new_page: bool = False,
    split: tuple[float, float] = (0.6, 0.4),
    style: str = S_TEXT,
) -> None:
    """The centred title ``lines``, then instansi/OPD (left) and ``right`` (right-aligned), bold, no borders.

    ``loop`` repeats the lines per item (``"j in judul"``: the view model's
    title lines); ``new_page`` starts the block on a new page (a section of the
    Matriks); ``split`` shares the text width between the two sides, so the
    right-hand text (a periode, a year) stays on one line.
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

    ``who`` names the person in the context (``{{ who.nama }}``, ``{{ who.nip }}``);
    ``optional_nip`` prints the NIP only when there is one (a Bupati or
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
        control(cell, f"{{%p if {who}.nip %}}")
    line(f"NIP. {{{{ {who}.nip }}}}")
    if optional_nip:
        control(cell, "{%p endif %}")
