"""The pages skpdoc draws itself: the bundle's cover, its contents and page stamps.

Drawn with reportlab (fonts embedded, so the bundle can be PDF/A), in the
Liberation Sans that LibreOffice uses for the forms' Arial, so everything in
a bundle shares one typeface.
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


@cache
def register_fonts() -> None:
    """Find Liberation Sans (fonts-liberation) and register it with reportlab."""
    for name, filename in _FONT_FILES.items():
        path = next((d / filename for d in _FONT_DIRS if (d / filename).is_file()), None)
        if path is None and shutil.which("fc-match"):
            family = "Liberation Sans:bold" if name == BOLD else "Liberation Sans"
            found = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True).stdout
            path = Path(found) if found.endswith(filename) else None
        if path is None:
            raise SkpdocError(
                text="font Liberation Sans tidak ditemukan",
                hint="pasang paket fonts-liberation (apt-get install fonts-liberation)",
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))


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
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    width, height = A4
    canvas.setTitle(f"{cover.opd} {cover.tahun}")
    _cover(canvas, cover, width, height)
    canvas.showPage()
    _contents(canvas, rows, width, height)
    canvas.save()
    return buffer.getvalue()


def _centred(canvas: Canvas, text: str, y: float, size: float, bold: bool = False) -> None:
    canvas.setFont(BOLD if bold else REGULAR, size)
    canvas.drawCentredString(A4[0] / 2, y, text)


def _cover(canvas: Canvas, cover: Cover, width: float, height: float) -> None:
    y = height - 70 * mm
    _centred(canvas, cover.instansi.upper(), y, 16, bold=True)
    _centred(canvas, cover.opd.upper(), y - 10 * mm, 14, bold=True)
    _centred(canvas, "SASARAN DAN EVALUASI KINERJA PEGAWAI", y - 40 * mm, 18, bold=True)
    _centred(canvas, f"TAHUN {cover.tahun}", y - 50 * mm, 14, bold=True)
    _centred(canvas, f"Periode: {cover.periode}", y - 62 * mm, 12)
    canvas.setLineWidth(0.8)
    canvas.line(40 * mm, y - 75 * mm, width - 40 * mm, y - 75 * mm)
    facts = [
        ("Jumlah pegawai", str(cover.pegawai)),
        ("Jumlah dokumen", str(cover.dokumen)),
        ("Jumlah halaman", str(cover.halaman)),
    ]
    for index, (label, value) in enumerate(facts):
        row_y = y - 88 * mm - index * 8 * mm
        canvas.setFont(REGULAR, 12)
        canvas.drawString(60 * mm, row_y, label)
        canvas.drawString(110 * mm, row_y, f": {value}")
    _centred(canvas, "Disusun dengan skpdoc sesuai PermenPANRB Nomor 6 Tahun 2022", 25 * mm, 8)


def _contents(canvas: Canvas, rows: list[TocRow], width: float, height: float) -> None:
    top, bottom, left, right = height - 25 * mm, 20 * mm, 20 * mm, width - 20 * mm
    y = top
    _centred(canvas, "DAFTAR ISI", y, 14, bold=True)
    y -= 12 * mm
    for row in rows:
        details = _wrap(row.detail, right - left - 10 * mm, 7.5) if row.detail else []
        needed = (5.5 + 3.8 * len(details)) * mm if row.level == 1 else 8 * mm
        if y - needed < bottom:
            canvas.showPage()
            y = top
        indent = left + row.level * 6 * mm
        canvas.setFont(BOLD if row.level == 0 else REGULAR, 10 if row.level == 0 else 9.5)
        text = _fit(row.text, right - indent - 20 * mm, 10)
        canvas.drawString(indent, y, text)
        if row.page is not None:
            canvas.drawRightString(right, y, str(row.page))
            _dots(canvas, indent + pdfmetrics.stringWidth(text, REGULAR, 10) + 2 * mm, right - 10 * mm, y)
        canvas.setFont(REGULAR, 7.5)
        for line in details:
            canvas.drawString(indent + 4 * mm, y - 3.8 * mm, line)
            y -= 3.8 * mm
        y -= 5.5 * mm if row.level == 1 else 7 * mm


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of at most ``width``, broken after the " · " and " | " separators (or cut, for one long item)."""
    lines: list[str] = []
    current = ""
    for piece in text.replace(" | ", " |\u0000").replace(" · ", " ·\u0000").split("\u0000"):
        candidate = f"{current} {piece}".strip() if current else piece
        if current and pdfmetrics.stringWidth(candidate, REGULAR, size) > width:
            lines.append(current.rstrip(" ·|"))
            current = piece
        else:
            current = candidate
    if current:
        lines.append(current.rstrip(" ·|"))
    return [_fit(line, width, size) for line in lines]


def _dots(canvas: Canvas, start: float, end: float, y: float) -> None:
    """Leader dots 2 mm apart from ``start`` to before ``end``: one string, spaced by charSpace (one per dot was slow)."""
    count = math.ceil((end - start) / (2 * mm))
    if count <= 0:
        return
    canvas.setFont(REGULAR, 8)
    canvas.setFillGray(0.55)
    canvas.drawString(start, y, "." * count, charSpace=2 * mm - pdfmetrics.stringWidth(".", REGULAR, 8))
    canvas.setFillGray(0)


def _fit(text: str, width: float, size: float) -> str:
    if pdfmetrics.stringWidth(text, REGULAR, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


def stamps(sizes: list[tuple[float, float]], label: str = "Halaman {page} dari {total}") -> bytes:
    """The bundle page number of each body page, in the top right margin of a page of its size.

    All on one page, one text object per body page in page order, for the
    assembler to lift onto its page: drawing 1,400 pages and reading them back
    cost ten times as much.
    """
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    canvas.setFont(REGULAR, 8)
    total = len(sizes)
    for page, (width, height) in enumerate(sizes, 1):
        canvas.drawRightString(width - 12 * mm, height - 8 * mm, label.format(page=page, total=total))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
