"""The pages skpdoc draws itself: the bundle's cover, its contents and page stamps.

Drawn with reportlab in Liberation Sans, the typeface LibreOffice uses for
the forms' Arial, so everything in a bundle shares one typeface. Every font
is embedded (as a subset): reportlab's own Helvetica is never used, not even
as the initial font a page starts with, since an unembedded font breaks PDF/A.
"""

from __future__ import annotations

import io
import math
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from skpdoc.errors import SkpdocError

REGULAR, BOLD = "skpdoc-sans", "skpdoc-sans-bold"
_FONT_FILES = {REGULAR: "LiberationSans-Regular.ttf", BOLD: "LiberationSans-Bold.ttf"}
_FONT_DIRS = (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/liberation"))

#: The bundle's page number, the one numbering of a bundle a reader uses: the contents page and the PDF's
#: page labels count the same way. A form's own count of its pages stays in its footer, smaller.
STAMP_LABEL = "Halaman {page} dari {total}"
STAMP_SIZE = 9


@cache
def register_fonts() -> None:
    """Find Liberation Sans (fonts-liberation) and register it with reportlab, to embed as a subset."""
    for name, filename in _FONT_FILES.items():
        path = next((d / filename for d in _FONT_DIRS if (d / filename).is_file()), None)
        if path is None and shutil.which("fc-match"):
            family = "Liberation Sans:bold" if name == BOLD else "Liberation Sans"
            found = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True).stdout
            path = Path(found) if found.endswith(filename) else None
        if path is None:
            raise SkpdocError(code="O030", filename=filename)
        pdfmetrics.registerFont(TTFont(name, str(path)))


def _canvas(buffer: io.BytesIO) -> Canvas:
    # initialFontName: each page's preamble selects a font, by default Helvetica, which reportlab never embeds.
    return Canvas(buffer, pagesize=A4, invariant=True, initialFontName=REGULAR, initialFontSize=10)


@dataclass(frozen=True)
class TocRow:
    level: int  # 0 unit, 1 employee
    text: str
    detail: str  # jabatan, or the forms with their pages
    page: int | None


@dataclass(frozen=True)
class Cover:
    instansi: str
    opd: str
    tahun: int
    periode: str
    pegawai: int
    dokumen: int
    halaman: int


def front_matter(cover: Cover, rows: list[TocRow]) -> bytes:
    """Cover page and table of contents (A4 portrait) as a PDF."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    width, height = A4
    canvas.setTitle(f"{cover.opd} {cover.tahun}")
    _cover(canvas, cover, width, height)
    canvas.showPage()
    _contents(canvas, rows, width, height)
    canvas.save()
    return buffer.getvalue()


def _centred(canvas: Canvas, text: str, y: float, size: float, bold: bool = False) -> float:
    """Draw ``text`` centred from ``y`` down, wrapped to the page's width; the ``y`` below it."""
    font = BOLD if bold else REGULAR
    canvas.setFont(font, size)
    for line in wrap(text, A4[0] - 30 * mm, font, size):
        canvas.drawCentredString(A4[0] / 2, y, line)
        y -= size * 1.25
    return y


def _cover(canvas: Canvas, cover: Cover, width: float, height: float) -> None:
    # Long names (Badan Kepegawaian dan Pengembangan Sumber Daya Manusia of a Pemerintah Provinsi ...) wrap
    # and push what follows down: each block starts below the one before.
    y = _centred(canvas, cover.instansi.upper(), height - 70 * mm, 16, bold=True)
    y = _centred(canvas, cover.opd.upper(), y - 4 * mm, 14, bold=True)
    y = _centred(canvas, "SASARAN DAN EVALUASI KINERJA PEGAWAI", min(y, height - 110 * mm) - 14 * mm, 18, bold=True)
    y = _centred(canvas, f"TAHUN {cover.tahun}", y - 4 * mm, 14, bold=True)
    y = _centred(canvas, f"Periode: {cover.periode}", y - 6 * mm, 12) - 6 * mm
    canvas.setLineWidth(0.8)
    canvas.line(40 * mm, y, width - 40 * mm, y)
    facts = [
        ("Jumlah pegawai", str(cover.pegawai)),
        ("Jumlah dokumen", str(cover.dokumen)),
        ("Jumlah halaman", str(cover.halaman)),
    ]
    canvas.setFont(REGULAR, 12)
    for index, (label, value) in enumerate(facts):
        row_y = y - 13 * mm - index * 8 * mm
        canvas.drawString(60 * mm, row_y, label)
        canvas.drawString(110 * mm, row_y, f": {value}")


#: Line heights of the contents, in mm: an entry's title lines, its detail lines (jabatan, forms), after an entry.
_TITLE_LINE, _DETAIL_LINE = 4.6, 3.8


def _contents(canvas: Canvas, rows: list[TocRow], width: float, height: float) -> None:
    top, bottom, left, right = height - 25 * mm, 20 * mm, 20 * mm, width - 20 * mm
    y = top
    _centred(canvas, "DAFTAR ISI", y, 14, bold=True)
    y -= 12 * mm
    number_room = 14 * mm  # the page number and the leader's end, right of every title line
    for row in rows:
        font, size = (BOLD, 10.0) if row.level == 0 else (REGULAR, 9.5)
        indent = left + row.level * 6 * mm
        titles = wrap(row.text, right - indent - number_room, font, size, breaks=(" — ",))  # a name starts its line
        details = wrap(row.detail, right - indent - 4 * mm, REGULAR, 7.5, breaks=(" | ", " · ")) if row.detail else []
        needed = (_TITLE_LINE * len(titles) + _DETAIL_LINE * len(details)) * mm
        if y - needed < bottom:  # an entry is never split across two pages
            canvas.showPage()
            y = top
        canvas.setFont(font, size)
        for number, line in enumerate(titles):
            y -= _TITLE_LINE * mm if number else 0
            canvas.drawString(indent, y, line)
        if row.page is not None:  # on the title's last line, as in a printed book
            canvas.drawRightString(right, y, str(row.page))
            _dots(canvas, indent + _width(titles[-1], font, size) + 2 * mm, right - 10 * mm, y)
        canvas.setFont(REGULAR, 7.5)
        for line in details:
            y -= _DETAIL_LINE * mm
            canvas.drawString(indent + 4 * mm, y, line)
        y -= 5.5 * mm if row.level == 1 else 7 * mm


def wrap(text: str, width: float, font: str, size: float, breaks: tuple[str, ...] = ()) -> list[str]:
    """``text`` in lines of at most ``width``: broken after one of ``breaks`` where it can, else between words.

    Nothing is cut: a word wider than a line (never a name in practice) is split where the line ends.
    """
    pieces = [text]
    for mark in breaks:  # "A | B · C" → "A |", "B ·", "C": a separator stays at the end of its line
        pieces = [p for piece in pieces for p in _split_after(piece, mark)]
    lines: list[str] = []
    for piece in pieces:
        candidate = f"{lines[-1]} {piece}" if lines else piece
        if lines and _width(candidate, font, size) <= width:
            lines[-1] = candidate
        else:
            lines += _words(piece, width, font, size)
    return [line.rstrip(" ·|") for line in lines]


def _split_after(text: str, mark: str) -> list[str]:
    parts = text.split(mark)
    return [part + mark.rstrip() for part in parts[:-1]] + [parts[-1]]


def _words(text: str, width: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and _width(candidate, font, size) <= width:
            lines[-1] = candidate
            continue
        while _width(word, font, size) > width and len(word) > 1:
            cut = max(n for n in range(1, len(word)) if _width(word[:n], font, size) <= width or n == 1)
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return lines or [""]


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def _dots(canvas: Canvas, start: float, end: float, y: float) -> None:
    """Leader dots 2 mm apart from ``start`` to before ``end``: one string, spaced by charSpace (one per dot was slow)."""
    count = math.ceil((end - start) / (2 * mm))
    if count <= 0:
        return
    canvas.setFont(REGULAR, 8)
    canvas.setFillGray(0.55)
    canvas.drawString(start, y, "." * count, charSpace=2 * mm - pdfmetrics.stringWidth(".", REGULAR, 8))
    canvas.setFillGray(0)


def stamps(sizes: list[tuple[float, float]], label: str = STAMP_LABEL) -> bytes:
    """The bundle page number of each body page, in the top right margin of a page of its size.

    All on one page, one text object per body page in page order, for the
    assembler to lift onto its page: drawing 1,400 pages and reading them back
    cost ten times as much.
    """
    register_fonts()
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    canvas.setFont(REGULAR, STAMP_SIZE)
    total = len(sizes)
    for page, (width, height) in enumerate(sizes, 1):
        canvas.drawRightString(width - 12 * mm, height - 8 * mm, label.format(page=page, total=total))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
