"""The low-level Word kit of the built-in templates: the house style (page, fonts, styles),
documents, paragraphs and docxtpl control tags, tables with fixed widths and repeated header rows,
the page footer with its fields, and deterministic saving.

tools/docx_blocks.py builds the blocks several forms share on top of this kit;
tools/make_templates.py, tools/form_rekap.py and tools/form_matriks.py compose the forms from both."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

# --------------------------------------------------------------------------
# Page, fonts, colours
# --------------------------------------------------------------------------

A4_LONG_MM, A4_SHORT_MM = 297, 210
# Landscape (SKP, Evaluasi): 15 mm all round leaves 267 mm for the tables.
LANDSCAPE_MARGIN_MM = 15
# Portrait (Lampiran, Dokumen Evaluasi): 20 mm left/right leaves 170 mm.
PORTRAIT_MARGIN_MM = 20
TOP_BOTTOM_MARGIN_MM = 15
HEADER_FOOTER_DISTANCE_MM = 8
LANDSCAPE_WIDTH = A4_LONG_MM - 2 * LANDSCAPE_MARGIN_MM  # 267
PORTRAIT_WIDTH = A4_SHORT_MM - 2 * PORTRAIT_MARGIN_MM  # 170

# Arial is what Word has; LibreOffice substitutes the metric-compatible
# Liberation Sans, so both lay out the same. Set on every style, with all four
# rFonts attributes and no theme font (theme attributes would override it).
FONT = "Arial"
SIZE_TEXT = 10  # identity line, labels, signatures
SIZE_TABLE = 9  # every table cell
SIZE_TITLE = 12  # the judul lines
SIZE_FOOTER = 8
SIZE_SPACER = 4  # empty paragraph between two tables (Word would join them)
SIZE_KOP_UTAMA = 13  # the kop's lines in capitals
SIZE_KOP = 9  # the kop's other lines
LANGUAGE = "id-ID"

SHADE_HEADER = "D9D9D9"  # column titles, section titles
SHADE_SECTION = "F2F2F2"  # "A. UTAMA", "B. TAMBAHAN"
BORDER_SIZE = 4  # eighths of a point: 0.5 pt, thin lines on every cell

# Paragraph styles (names as Word shows them). Tables use SKP Tabel unless told.
S_TITLE = "SKP Judul"
S_TEXT = "SKP Teks"
S_TEXT_SMALL = "SKP Teks Kecil"  # the instansi/periode line on portrait pages
S_TABLE = "SKP Tabel"
S_TABLE_HEAD = "SKP Tabel Kepala"
S_FOOTER = "SKP Kaki"
S_HEADER = "SKP Kepala"
S_SPACER = "SKP Jarak"
S_KOP = "SKP Kop"  # a small line of the kop (address, phone)
S_KOP_UTAMA = "SKP Kop Utama"  # a line of the kop in capitals (instansi, OPD)
S_NOTE = "SKP Catatan Kaki"  # the form's own footnotes (* and **) under the signatures
TABLE_STYLE = "SKP Tabel Bergaris"  # table style: Arial + thin borders

LIST_INDENT_MM = 3.5  # hanging indent of "-" lines
NUMBER_INDENT_MM = 6  # hanging indent of "1." lines in the Lampiran

# Fixed document properties: the templates must be byte-identical on every run.
FIXED_DATE = "2024-01-01T00:00:00Z"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def mm_to_twips(value: float) -> int:
    return round(value * 1440 / 25.4)


# --------------------------------------------------------------------------
# Document, styles, page
# --------------------------------------------------------------------------

# Styles of python-docx's default template that stay: the rest (headings with
# theme fonts, dozens of table styles) would only mislead a template author.
KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}


def set_fonts(rpr: BaseOxmlElement) -> None:
    """Arial on all four scripts of an rPr, replacing any theme font."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def add_paragraph_style(
    doc: Document,
    name: str,
    size: float,
    *,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    keep_next: bool = False,
) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    style.font.size = Pt(size)
    style.font.bold = bold
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    fmt.keep_with_next = keep_next or None
    if align is not None:
        fmt.alignment = align
    set_fonts(style.element.get_or_add_rPr())


def add_table_style(doc: Document) -> None:
    """A table style carrying the font and the thin borders (also set on each table)."""
    style = doc.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    el = style.element
    ppr = OxmlElement("w:pPr")
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    ppr.append(spacing)
    rpr = OxmlElement("w:rPr")
    set_fonts(rpr)
    el.append(ppr)
    el.append(rpr)
    tblpr = OxmlElement("w:tblPr")
    tblpr.append(borders("w:tblBorders", "single"))
    el.append(tblpr)


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def prune_package(doc: Document) -> None:
    """Drop what python-docx's default template carries and the forms do not need."""
    styles = doc.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in KEEP_STYLES:
            styles.remove(style)
    # docDefaults: Arial instead of the theme's minor font, no spacing after.
    defaults = styles.find(qn("w:docDefaults"))
    set_fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")))
    # Indonesian proofing language, so Word does not mark every word as misspelt.
    defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang")).set(qn("w:val"), LANGUAGE)
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.attrib.clear()
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    # The Word 2010 copy of the styles, the thumbnail and custom XML: unused.
    for rels, kinds in (
        (doc.part.rels, {STYLES_WITH_EFFECTS, RT.CUSTOM_XML}),
        (doc.part.package.rels, {RT.THUMBNAIL}),
    ):
        for rid in [rid for rid, rel in rels.items() if rel.reltype in kinds]:
            rels.pop(rid)


def new_document(title: str, *, landscape: bool) -> Document:
    doc = docx.Document()
    prune_package(doc)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(SIZE_TEXT)
    set_fonts(normal.element.get_or_add_rPr())
    add_paragraph_style(doc, S_TEXT, SIZE_TEXT)
    add_paragraph_style(doc, S_TEXT_SMALL, SIZE_TABLE)
    add_paragraph_style(doc, S_TITLE, SIZE_TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    add_paragraph_style(doc, S_TABLE, SIZE_TABLE)
    add_paragraph_style(doc, S_TABLE_HEAD, SIZE_TABLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_paragraph_style(doc, S_FOOTER, SIZE_FOOTER)
    add_paragraph_style(doc, S_HEADER, SIZE_TEXT)
    add_paragraph_style(doc, S_SPACER, SIZE_SPACER)
    add_paragraph_style(doc, S_KOP_UTAMA, SIZE_KOP_UTAMA, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_paragraph_style(doc, S_KOP, SIZE_KOP, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_paragraph_style(doc, S_NOTE, SIZE_FOOTER)
    add_table_style(doc)
    word_2013_layout(doc)

    props = doc.core_properties
    # skpdoc.render.describe replaces a title starting so with the filled form's (its TEMPLATE_TITLE).
    props.title = f"Template skpdoc: {title}"
    props.author = props.last_modified_by = "skpdoc"
    props.comments = "Template skpdoc (tools/make_templates.py); nama yang tersedia: templates/docx/README.md"
    props.revision = 1
    core = doc.part.package.part_related_by(RT.CORE_PROPERTIES)
    for tag in ("dcterms:created", "dcterms:modified"):
        core._element.find(qn(tag)).text = FIXED_DATE
    for part in doc.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = APP_XML

    page_setup(doc, landscape=landscape)
    body = doc.element.body
    for p in body.findall(qn("w:p")):  # the default template's empty paragraph
        body.remove(p)
    return doc


def word_2013_layout(doc: Document) -> None:
    """Word 2013+ layout (``compatibilityMode`` 15): without it Word opens every form in Compatibility Mode,
    as python-docx's default template says Word 2010 (14)."""
    settings = doc.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")


APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>skpdoc</Application><DocSecurity>0</DocSecurity></Properties>"
)


def page_setup(doc: Document, *, landscape: bool) -> None:
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(A4_LONG_MM), Mm(A4_SHORT_MM)
        side = LANDSCAPE_MARGIN_MM
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(A4_SHORT_MM), Mm(A4_LONG_MM)
        side = PORTRAIT_MARGIN_MM
    section.left_margin = section.right_margin = Mm(side)
    section.top_margin = section.bottom_margin = Mm(TOP_BOTTOM_MARGIN_MM)
    section.header_distance = section.footer_distance = Mm(HEADER_FOOTER_DISTANCE_MM)


def text_width(doc: Document) -> float:
    section = doc.sections[0]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    assert page is not None and left is not None and right is not None  # set by page_setup
    return round((page - left - right) / Mm(1), 1)


# --------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------

Container = Document | _Cell


def par(
    container: Container,
    *runs: str,
    style: str = S_TABLE,
    align: WD_ALIGN_PARAGRAPH | None = None,
    bold: bool = False,
    underline: bool = False,
    italic: bool = False,
    keep_next: bool = False,
    hanging_mm: float | None = None,
    indent_mm: float = 0.0,
    right_indent_mm: float = 0.0,
) -> Paragraph:
    """One paragraph; every string is ONE run, so a docxtpl tag is never split.

    ``hanging_mm`` makes a list line ("-<tab>text"): the tab jumps to the
    hanging indent and wrapped lines align under the text.
    """
    p = container.add_paragraph(style=style)
    fmt = p.paragraph_format
    if align is not None:
        fmt.alignment = align
    if keep_next:
        fmt.keep_with_next = True
    if hanging_mm is not None:
        fmt.left_indent = Mm(indent_mm + hanging_mm)
        fmt.first_line_indent = Mm(-hanging_mm)
        fmt.tab_stops.add_tab_stop(Mm(indent_mm + hanging_mm))
    elif indent_mm:
        fmt.left_indent = Mm(indent_mm)
    if right_indent_mm:
        fmt.right_indent = Mm(right_indent_mm)
    for text in runs:
        run = p.add_run(text)
        if bold:
            run.bold = True
        if underline:
            run.underline = True
        if italic:
            run.italic = True
    return p


def control(container: Container, tag: str) -> Paragraph:
    """A ``{%p ... %}`` paragraph: docxtpl removes it from the output."""
    return par(container, tag)


def dash_list(container: Container, loop: str, *runs: str, keep_next: bool = False, italic: bool = False) -> None:
    """``{%p for ... %}`` + one "-" line per item + ``{%p endfor %}``."""
    control(container, f"{{%p for {loop} %}}")
    par(container, "-\t", *runs, hanging_mm=LIST_INDENT_MM, keep_next=keep_next, italic=italic)
    control(container, "{%p endfor %}")


def spacer(doc: Document) -> None:
    """A small empty paragraph: keeps two tables apart (Word would join them)."""
    doc.add_paragraph(style=S_SPACER)


# --------------------------------------------------------------------------
# Tables (raw XML: fixed layout, exact widths, borders, repeated header rows)
# --------------------------------------------------------------------------


def borders(tag: str, kind: str) -> BaseOxmlElement:
    el = OxmlElement(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), kind)
        if kind != "nil":
            b.set(qn("w:sz"), str(BORDER_SIZE))
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), "000000")
        el.append(b)
    return el


@dataclass(frozen=True)
class C:
    """One cell of a row: how many grid columns it spans and how it looks.

    ``vmerge`` is "restart"/"continue" for a merge fixed in the template (the
    Dokumen Evaluasi's NO column); merges over loop iterations use ``{% vm %}``
    in the text instead, and such a cell must carry nothing after its width in
    ``w:tcPr`` (docxtpl appends ``w:vMerge`` at its end).
    """

    span: int = 1
    shade: str | None = None
    vmerge: str | None = None
    valign: str | None = None  # "center"; default top


class Grid:
    """A table of fixed column widths (mm) built row by row."""

    def __init__(self, doc: Document, widths_mm: Sequence[float], *, lines: bool = True) -> None:
        self.widths = [mm_to_twips(w) for w in widths_mm]
        self.table: Table = doc.add_table(rows=0, cols=len(widths_mm))
        tbl = self.table._tbl
        old = tbl.tblPr
        tblpr = OxmlElement("w:tblPr")
        if lines:
            style = OxmlElement("w:tblStyle")
            style.set(qn("w:val"), doc.styles[TABLE_STYLE].style_id)
            tblpr.append(style)
        width = OxmlElement("w:tblW")
        width.set(qn("w:w"), str(sum(self.widths)))
        width.set(qn("w:type"), "dxa")
        tblpr.append(width)
        tblpr.append(borders("w:tblBorders", "single" if lines else "nil"))
        layout = OxmlElement("w:tblLayout")  # fixed: Word must not re-balance the widths
        layout.set(qn("w:type"), "fixed")
        tblpr.append(layout)
        margins = OxmlElement("w:tblCellMar")
        for side, value in (("top", 17), ("left", 70 if lines else 0), ("bottom", 17), ("right", 70 if lines else 0)):
            m = OxmlElement(f"w:{side}")
            m.set(qn("w:w"), str(value))
            m.set(qn("w:type"), "dxa")
            margins.append(m)
        tblpr.append(margins)
        look = OxmlElement("w:tblLook")
        look.set(qn("w:val"), "0000")
        tblpr.append(look)
        tbl.replace(old, tblpr)
        grid = tbl.tblGrid
        for col in list(grid):
            grid.remove(col)
        for w in self.widths:
            col = OxmlElement("w:gridCol")
            col.set(qn("w:w"), str(w))
            grid.append(col)

    def row(
        self, *cells: C, header: bool = False, cant_split: bool = False, min_height_mm: float | None = None
    ) -> list[_Cell]:
        """Append a row; returns its cells (empty, ready for :func:`par`).

        ``header`` marks the row as a title row Word/LibreOffice repeat on
        every page (only rows at the top of the table can be).
        """
        assert sum(c.span for c in cells) == len(self.widths), cells
        tr = OxmlElement("w:tr")
        if header or cant_split or min_height_mm:
            trpr = OxmlElement("w:trPr")
            if cant_split or header:
                trpr.append(OxmlElement("w:cantSplit"))
            if min_height_mm:
                height = OxmlElement("w:trHeight")
                height.set(qn("w:val"), str(mm_to_twips(min_height_mm)))
                height.set(qn("w:hRule"), "atLeast")
                trpr.append(height)
            if header:
                trpr.append(OxmlElement("w:tblHeader"))
            tr.append(trpr)
        out, col = [], 0
        for spec in cells:
            tc = OxmlElement("w:tc")
            tcpr = OxmlElement("w:tcPr")  # children in schema order
            width = OxmlElement("w:tcW")
            width.set(qn("w:w"), str(sum(self.widths[col : col + spec.span])))
            width.set(qn("w:type"), "dxa")
            tcpr.append(width)
            if spec.span > 1:
                span = OxmlElement("w:gridSpan")
                span.set(qn("w:val"), str(spec.span))
                tcpr.append(span)
            if spec.vmerge:
                vm = OxmlElement("w:vMerge")
                vm.set(qn("w:val"), spec.vmerge)
                tcpr.append(vm)
            if spec.shade:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), spec.shade)
                tcpr.append(shd)
            if spec.valign:
                va = OxmlElement("w:vAlign")
                va.set(qn("w:val"), spec.valign)
                tcpr.append(va)
            tc.append(tcpr)
            tr.append(tc)
            out.append(_Cell(tc, self.table))
            col += spec.span
        self.table._tbl.append(tr)
        return out

    def control(self, tag: str) -> None:
        """A ``{%tr ... %}`` row (one cell over the whole width): docxtpl removes it."""
        (cell,) = self.row(C(len(self.widths)))
        par(cell, tag)

    def titles(self, *titles: str, spans: Sequence[int] | None = None) -> None:
        """A repeated row of grey, bold, centred column titles."""
        spans = spans or [1] * len(titles)
        for cell, title in zip(
            self.row(*(C(s, SHADE_HEADER, valign="center") for s in spans), header=True), titles, strict=True
        ):
            # Kept with the next row: LibreOffice 7.4 otherwise may leave the titles at a page's foot and drop a
            # table's only body row altogether (the matriks' "Tidak ada", caught by the PDF word check).
            par(cell, title, style=S_TABLE_HEAD, keep_next=True)

    def numbering(self, count: int) -> None:
        """The "(1) (2) ..." row under the column titles (repeated too, and kept with the next row)."""
        for n, cell in enumerate(self.row(*(C(1, SHADE_HEADER) for _ in range(count)), header=True), 1):
            par(cell, f"({n})", style=S_TABLE_HEAD, keep_next=True)

    def banner(self, title: str, *, shade: str = SHADE_HEADER, header: bool = False) -> None:
        """A bold row over the whole width ("HASIL KERJA", "A. UTAMA", ...)."""
        (cell,) = self.row(C(len(self.widths), shade), header=header, cant_split=True)
        # keep_next: Word keeps the section title with its first row.
        par(cell, title, bold=True, keep_next=True)


def finish_cells(doc: Document) -> None:
    """A cell must end with a paragraph: give an empty one to cells left empty."""
    for tc in doc.element.body.iter(qn("w:tc")):
        if tc.find(qn("w:p")) is None:
            p = OxmlElement("w:p")
            ppr = OxmlElement("w:pPr")
            style = OxmlElement("w:pStyle")
            style.set(qn("w:val"), doc.styles[S_TABLE].style_id)
            ppr.append(style)
            p.append(ppr)
            tc.append(p)


def to_bytes(doc: Document) -> bytes:
    """The .docx with fixed zip timestamps and attributes (python-docx stamps 'now')."""
    finish_cells(doc)
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 3
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------
# Page footer
# --------------------------------------------------------------------------


def page_footer(doc: Document, left: str, form: str = "") -> None:
    """``left`` (a docxtpl text) and, on the right in smaller type, ``form`` and its own page count ("SKP · 1/2").

    Not "Halaman X dari Y": in a bundle every page carries the bundle's "Halaman k dari N" (the number to cite), and
    two page numbers in the same words would confuse; this one only tells where a form starts and ends.
    The page header stays empty.
    """
    section = doc.sections[0]
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].style = doc.styles[S_HEADER]
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.style = doc.styles[S_FOOTER]
    p.paragraph_format.tab_stops.add_tab_stop(Mm(text_width(doc)), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(left)
    first = len(p.runs)
    p.add_run(f"\t{form} · " if form else "\t")
    field(p, "PAGE")
    p.add_run("/")
    field(p, "NUMPAGES")
    for run in p.runs[first:]:
        run.font.size = Pt(SIZE_FOOTER - 1)


def field(p: Paragraph, instruction: str) -> None:
    """A PAGE/NUMPAGES field (begin, instruction, separate, placeholder, end)."""
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run = OxmlElement("w:r")
        run.append(el)
        p._p.append(run)
