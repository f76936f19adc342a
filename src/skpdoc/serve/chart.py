"""The pola distribusi of one organisation as an SVG chart, drawn on the server.

For each predikat: the organisation's share of it among the employees rated
(a bar) over the band the pola allows (shaded, minimum to maximum); a limit
shared by several predikat ("Butuh Perbaikan dan/atau Kurang") gets a row of
its own, counting them together. Nothing is judged here: the limits are those
of :data:`skpdoc.distribusi.POLA_DISTRIBUSI`, worded by
:func:`skpdoc.distribusi.wording`, and a row is marked broken only when the
rekap's own computation (:attr:`skpdoc.rekap.Distribusi.pelanggaran`) says so.

The SVG is inline in the page, so it follows the Content-Security-Policy: no
``style`` attribute and no script, colours as presentation attributes. Every
text in it is escaped; it carries a ``<title>`` and a ``<desc>``, and
:attr:`Grafik.baris` gives the same figures for a table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from markupsafe import Markup

from skpdoc import distribusi
from skpdoc.distribusi import Batas, Gaya
from skpdoc.messages.labels import label
from skpdoc.reference import CAPAIAN_ORGANISASI, PERIODE, PREDIKAT
from skpdoc.rekap import Distribusi

__all__ = ["Baris", "Grafik", "grafik"]

# Geometry of the drawing (user units; the SVG scales to the width of its box, about as wide as a phone).
WIDTH = 360
LEFT, RIGHT = 4, 356
TOP = 4
LINE = 16  # one line of text
TRACK = 16  # the band's height; the bar is half of it, centred
GAP = 10  # between rows
LABEL, LIMIT, SMALL = 13, 12, 11  # font sizes
EM = 0.6  # a character's width in em, generously (DejaVu Sans, Chromium's sans-serif on Linux, is wide)
# Colours (presentation attributes: the CSP forbids style attributes).
INK, MUTED, TRACK_FILL, GRID = "#1b1b1b", "#555555", "#eef1f5", "#c9d1dc"
BAND, BAND_EDGE = "#cfe8d4", "#1d6b2f"
BAR, BAR_BAD = "#16365c", "#a40000"


@dataclass(frozen=True)
class Baris:
    """One row: a predikat, or the predikat a shared limit counts together."""

    nama: str
    jumlah: int
    persen: str  # as the rekap prints it ("56%")
    bagian: Fraction  # of the employees rated
    batas: tuple[Fraction, Fraction] | None  # the band the pola allows; None: no capaian, so no pola yet
    batas_teks: str  # the limits in words ("terbanyak, maks. 70%"); "" without any
    melanggar: bool  # the rekap finds a limit of this row broken
    bersama: bool = False  # a shared limit: the predikat counted together
    singkat: str = ""  # the name in the drawing, when shorter than ``nama`` ("Butuh Perbaikan + Kurang")

    @property
    def teks(self) -> str:
        """The row's words in the drawing: name, count and share."""
        return f"{self.singkat or self.nama}: {self.jumlah} ({self.persen})"


@dataclass(frozen=True)
class Grafik:
    """The chart of one distribution: its rows, and the SVG that draws them."""

    judul: str
    baris: tuple[Baris, ...]
    total: int  # employees rated (the shares are of these)
    belum_dievaluasi: int
    capaian: str | None
    svg: Markup


def grafik(d: Distribusi, periode: str, ident: str, lang: str = "id") -> Grafik:
    """The chart of ``d`` for ``periode``; ``ident`` makes the ids of its title unique in the page."""
    capaian = CAPAIAN_ORGANISASI[d.capaian] if d.capaian else label("rekap.belum_ditetapkan", lang)
    judul = label("serve.dashboard.grafik.judul", lang, lingkup=d.nama, periode=PERIODE[periode], capaian=capaian)
    rows = tuple(_rows(d, lang))
    return Grafik(judul, rows, d.total, d.belum_dievaluasi, d.capaian, _svg(judul, rows, ident, d, lang))


def _rows(d: Distribusi, lang: str) -> list[Baris]:
    limits = distribusi.POLA_DISTRIBUSI.get(d.capaian or "", ())
    broken = [p.batas for p in d.pelanggaran if p.jenis != "mustahil"]
    rows: list[Baris] = []
    for slug, n in d.jumlah.items():
        own = [b for b in limits if b.predikat == (slug,)]
        caps = [b.maksimum for b in limits if slug in b.predikat]  # a shared cap bounds each of its predikat too
        low = max((_least(b, d.total) for b in own), default=Fraction(0))
        high = min(caps, default=Fraction(1))
        band = (low, high) if d.capaian else None  # with a capaian, a predikat it does not limit may take 0-100%
        rows.append(
            Baris(
                PREDIKAT[slug],
                n,
                distribusi.persen(n, d.total),
                _share(n, d.total),
                band,
                ", ".join(part for b in own for part in distribusi.wording(b, Gaya.SINGKAT, lang=lang).values()),
                any(b in broken for b in own),
            )
        )
    for batas in (b for b in limits if len(b.predikat) > 1):
        n = sum(d.jumlah[slug] for slug in batas.predikat)
        rows.append(
            Baris(
                distribusi.label(batas.predikat, lang),
                n,
                distribusi.persen(n, d.total),
                _share(n, d.total),
                (_least(batas, d.total), batas.maksimum),
                ", ".join(distribusi.wording(batas, Gaya.SINGKAT, lang=lang).values()),
                batas in broken,
                bersama=True,
                singkat=" + ".join(PREDIKAT[slug] for slug in batas.predikat),
            )
        )
    return rows


def _least(batas: Batas, total: int) -> Fraction:
    """The least share a limit asks: its minimum, or one employee of those rated when one is required."""
    if batas.wajib_ada and total:
        return max(batas.minimum, Fraction(1, total))
    return batas.minimum


def _share(n: int, total: int) -> Fraction:
    return Fraction(n, total) if total else Fraction(0)


def _x(share: Fraction) -> float:
    return round(LEFT + float(share) * (RIGHT - LEFT), 1)


def _fits(text: str, size: int, room: float = RIGHT - LEFT) -> bool:
    return len(text) * size * EM <= room


def _lines(text: str, size: int) -> list[str]:
    """``text`` broken at spaces into lines that fit the width (a word longer than that stays whole)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and _fits(f"{lines[-1]} {word}", size):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


@dataclass(frozen=True)
class _Layout:
    """Where a row's parts go: its name's lines, the limit beside the last one or on a line of its own."""

    lines: list[str]
    limit_own_line: bool

    @property
    def height(self) -> int:
        return LINE * (len(self.lines) + self.limit_own_line) + TRACK + GAP


def _layout(row: Baris) -> _Layout:
    lines = _lines(row.teks, LABEL)
    beside = not row.batas_teks or _fits(lines[-1], LABEL, RIGHT - LEFT - 12 - len(row.batas_teks) * LIMIT * EM)
    return _Layout(lines, not beside)


def _svg(judul: str, rows: tuple[Baris, ...], ident: str, d: Distribusi, lang: str) -> Markup:
    layouts = [_layout(row) for row in rows]
    bottom = TOP + sum(layout.height for layout in layouts)
    share, band = label("serve.dashboard.grafik.bagian", lang), label("serve.dashboard.grafik.rentang", lang)
    height = bottom + 3 * LINE + 8  # the axis' numbers, then the legend's two lines
    desc = "; ".join(f"{r.nama}: {r.jumlah} ({r.persen})" + (f", {r.batas_teks}" if r.batas_teks else "") for r in rows)
    desc = label("serve.dashboard.grafik.desc", lang, n=d.total, rincian=desc)
    parts = [
        Markup(
            '<svg xmlns="http://www.w3.org/2000/svg" class="pola-chart" viewBox="0 0 {w} {h}" role="img" '
            'aria-labelledby="{i}-title {i}-desc" font-family="system-ui, sans-serif">'
        ).format(w=WIDTH, h=height, i=ident),
        Markup('<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>').format(ident, judul, ident, desc),
    ]
    for tick in (Fraction(1, 4), Fraction(1, 2), Fraction(3, 4)):  # grid lines behind the rows
        parts.append(
            Markup('<line x1="{x}" y1="{t}" x2="{x}" y2="{b}" stroke="{c}" stroke-dasharray="2 3"/>').format(
                x=_x(tick), t=TOP, b=bottom, c=GRID
            )
        )
    y = TOP
    for row, layout in zip(rows, layouts, strict=True):
        parts.append(_row(row, layout, y))
        y += layout.height
    parts.append(_axis(bottom))
    parts.append(_legend_item(bottom + 2 * LINE, BAR, None, 8, share))
    parts.append(_legend_item(bottom + 3 * LINE + 2, BAND, BAND_EDGE, 12, band))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _text(x: float, y: float, size: int, text: str, fill: str, anchor: str = "start", bold: bool = False) -> Markup:
    weight = Markup(' font-weight="bold"') if bold else Markup("")
    return Markup('<text x="{}" y="{}" font-size="{}" text-anchor="{}" fill="{}"{}>{}</text>').format(
        x, y, size, anchor, fill, weight, text
    )


def _row(row: Baris, layout: _Layout, y: int) -> Markup:
    colour = BAR_BAD if row.melanggar else INK
    out = [Markup('<g class="{}">').format("row broken" if row.melanggar else "row")]
    for index, line in enumerate(layout.lines):
        out.append(_text(LEFT, y + LINE * (index + 1) - 3, LABEL, line, colour, bold=row.melanggar))
    limit_line = len(layout.lines) + layout.limit_own_line
    if row.batas_teks:
        out.append(_text(RIGHT, y + LINE * limit_line - 3, LIMIT, row.batas_teks, MUTED, anchor="end"))
    top = y + LINE * limit_line + 2
    out.append(
        Markup('<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>').format(
            LEFT, top, RIGHT - LEFT, TRACK, TRACK_FILL
        )
    )
    if row.batas is not None:
        low, high = (_x(v) for v in row.batas)
        if high - low >= 1:
            out.append(
                Markup('<rect class="band" x="{}" y="{}" width="{}" height="{}" fill="{}"/>').format(
                    low, top, round(high - low, 1), TRACK, BAND
                )
            )
        for edge in sorted({low, high}):
            if edge not in (_x(Fraction(0)), _x(Fraction(1))) or low == high:  # the track's own ends need no mark
                out.append(
                    Markup('<line x1="{x}" y1="{t}" x2="{x}" y2="{b}" stroke="{c}" stroke-width="2"/>').format(
                        x=edge, t=top - 2, b=top + TRACK + 2, c=BAND_EDGE
                    )
                )
    width = _x(row.bagian) - LEFT
    if width > 0:
        out.append(
            Markup('<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{}"/>').format(
                LEFT, top + TRACK // 4, round(width, 1), TRACK // 2, BAR_BAD if row.melanggar else BAR
            )
        )
    out.append(Markup("</g>"))
    return Markup("").join(out)


def _axis(y: int) -> Markup:
    ticks = ((Fraction(0), "start"), (Fraction(1, 2), "middle"), (Fraction(1), "end"))
    return Markup("").join(
        _text(_x(tick), y + 12, SMALL, f"{int(tick * 100)}%", MUTED, anchor) for tick, anchor in ticks
    )


def _legend_item(y: int, fill: str, stroke: str | None, height: int, text: str) -> Markup:
    edge = Markup(' stroke="{}"').format(stroke) if stroke else Markup("")
    swatch = Markup('<rect x="{}" y="{}" width="18" height="{}" fill="{}"{}/>').format(
        LEFT, y - 6 - height // 2, height, fill, edge
    )
    return Markup('<g class="legend">{}{}</g>').format(swatch, _text(LEFT + 26, y, SMALL, text, INK))
