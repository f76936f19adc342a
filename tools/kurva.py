"""The pola distribusi curves printed on the Evaluasi forms (reference §3.1, §5), drawn once
with matplotlib when the templates are built, so no document draws anything.

Each curve is drawn through an example distribution that keeps its own pola
(:data:`KURVA_PERSEN`, checked against :data:`skpdoc.distribusi.POLA_DISTRIBUSI` by
tests/test_forms_polish.py): its peak where the pola puts most employees, and zero where the
pola allows none (no Sangat Baik when the organisation is Sangat Kurang). A monotone cubic
through the five points never overshoots, so the curve neither dips below zero nor rises
where the pola forbids; it starts and ends on the axis half a category outside the first and
last, inside the plot, so nothing is cut at its edge. Text is 7 pt or more at the printed size
(the picture is printed at :data:`KURVA_WIDTH_MM`, the size it is drawn at).
"""

from __future__ import annotations

import io

import numpy as np
from numpy.typing import NDArray

from skpdoc.reference import CAPAIAN_ORGANISASI

# The x axis, left to right (reference §3.1): Sangat Kurang … Sangat Baik.
KURVA_PREDIKAT = ("sangat-kurang", "kurang", "butuh-perbaikan", "baik", "sangat-baik")
KURVA_X = ("Sangat Kurang", "Kurang/\nMisconduct", "Butuh\nPerbaikan", "Baik", "Sangat Baik")
#: An example distribution (percent, in the order of KURVA_PREDIKAT) that keeps each pola (§5):
KURVA_PERSEN: dict[str, tuple[int, int, int, int, int]] = {
    "istimewa": (3, 5, 10, 22, 60),  # Sangat Baik the largest group, at most 70%
    "baik": (3, 9, 14, 62, 12),  # Baik the largest, at most 70%; some Butuh Perbaikan and Kurang
    "butuh-perbaikan": (5, 10, 64, 16, 5),  # at least 60% Butuh Perbaikan, Sangat Baik at most 10%
    "kurang": (10, 62, 16, 8, 4),  # at least 60% Kurang, 10% Butuh Perbaikan, Sangat Baik at most 10%
    "sangat-kurang": (64, 18, 12, 6, 0),  # at least 60% Sangat Kurang, 10% Kurang/BP, no Sangat Baik
}
KURVA_WIDTH_MM = 120
KURVA_HEIGHT_MM = 44
KURVA_DPI = 300
#: Smallest text on the picture, in points at the printed size.
KURVA_FONT_PT = 7.0
#: The curve reaches the axis this far (in categories) outside the first and last category.
KURVA_TAIL = 0.5


def kurva_xy(slug: str, samples: int = 521) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The curve of one organisation predikat: x from -:data:`KURVA_TAIL` to 4 + :data:`KURVA_TAIL`
    (categories at 0 … 4), y in percent of employees."""
    knots = np.array([-KURVA_TAIL, 0, 1, 2, 3, 4, 4 + KURVA_TAIL], dtype=float)
    values = np.array([0, *KURVA_PERSEN[slug], 0], dtype=float)
    x = np.linspace(knots[0], knots[-1], samples)
    return x, _pchip(knots, values, x)


def _pchip(knots: NDArray[np.float64], values: NDArray[np.float64], x: NDArray[np.float64]) -> NDArray[np.float64]:
    """Fritsch–Carlson monotone cubic interpolation: between two knots the curve stays between their values."""
    h = np.diff(knots)
    delta = np.diff(values) / h
    slopes = np.zeros_like(values)
    for k in range(1, len(values) - 1):
        if delta[k - 1] * delta[k] > 0:  # the same direction on both sides: a weighted harmonic mean
            w1, w2 = 2 * h[k] + h[k - 1], h[k] + 2 * h[k - 1]
            slopes[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k])
    index = np.clip(np.searchsorted(knots, x, side="right") - 1, 0, len(h) - 1)
    t = (x - knots[index]) / h[index]
    y0, y1 = values[index], values[index + 1]
    m0, m1 = slopes[index] * h[index], slopes[index + 1] * h[index]
    t2, t3 = t * t, t * t * t
    y = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1
    return np.maximum(y, 0.0)


def kurva_png(slug: str) -> bytes:
    """The distribution curve for one organisation predikat, as deterministic PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from PIL import Image

    size = KURVA_FONT_PT
    # DejaVu Sans ships with matplotlib: the same glyphs on every machine.
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": size, "svg.hashsalt": "skpdoc"}):
        fig = Figure(figsize=(KURVA_WIDTH_MM / 25.4, KURVA_HEIGHT_MM / 25.4), dpi=KURVA_DPI)
        ax = fig.add_subplot()
        x, y = kurva_xy(slug)
        ax.fill_between(x, 0, y, color="#D9D9D9", linewidth=0)
        ax.plot(x, y, color="black", linewidth=1.1, solid_capstyle="butt")
        ax.set_xlim(-KURVA_TAIL - 0.15, 4 + KURVA_TAIL + 0.15)
        ax.set_ylim(0, max(KURVA_PERSEN[slug]) * 1.12)
        ax.set_xticks(range(5), KURVA_X, fontsize=size)
        ax.tick_params(axis="x", length=2, pad=2)
        ax.set_yticks([])
        ax.set_ylabel("Frekuensi Pegawai", fontsize=size)
        ax.spines[["top", "right"]].set_visible(False)
        nama = CAPAIAN_ORGANISASI[slug].upper()
        ax.set_title(
            f"KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI\nDENGAN CAPAIAN KINERJA ORGANISASI {nama}",
            fontsize=size + 0.5,
            fontweight="bold",
        )
        fig.tight_layout(pad=0.3)
        drawn = io.BytesIO()
        fig.savefig(drawn, format="png", dpi=KURVA_DPI, metadata={"Software": None})
    # Grey levels only: a third of the RGBA size, and every rendered Evaluasi
    # carries all five pictures (docxtpl keeps the parts of the unused ones).
    out = io.BytesIO()
    Image.open(drawn).convert("L").save(out, format="PNG", optimize=True)
    return out.getvalue()
