"""The pola distribusi curves printed on the Evaluasi forms (reference §3.1, §5), drawn once
with matplotlib when the templates are built, so no document draws anything."""

from __future__ import annotations

import io

from skpdoc.reference import CAPAIAN_ORGANISASI

# The charts of the Evaluasi (§3.1, §5): where each organisation predikat puts
# the peak of the employees' distribution, on the x axis below.
KURVA_X = ("Sangat Kurang", "Kurang/\nMisconduct", "Butuh\nPerbaikan", "Baik", "Sangat Baik")
KURVA_PEAK = {
    "istimewa": 4,  # most (≤ 70%) Sangat Baik
    "baik": 3,  # most (≤ 70%) Baik, some Butuh Perbaikan / Kurang
    "butuh-perbaikan": 2,  # ≥ 60% Butuh Perbaikan
    "kurang": 1,  # ≥ 60% Kurang/Misconduct
    "sangat-kurang": 0,  # ≥ 60% Sangat Kurang
}
KURVA_WIDTH_MM = 90
KURVA_HEIGHT_MM = 55
KURVA_DPI = 300


def kurva_png(slug: str) -> bytes:
    """The distribution curve for one organisation predikat, as deterministic PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    import numpy as np
    from matplotlib.figure import Figure
    from PIL import Image

    # DejaVu Sans ships with matplotlib: the same glyphs on every machine.
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": 6, "svg.hashsalt": "skpdoc"}):
        fig = Figure(figsize=(KURVA_WIDTH_MM / 25.4, KURVA_HEIGHT_MM / 25.4), dpi=KURVA_DPI)
        ax = fig.add_subplot()
        x = np.linspace(-0.3, 4.3, 461)
        y = 0.06 + np.exp(-((x - KURVA_PEAK[slug]) ** 2) / (2 * 0.8**2))
        ax.fill_between(x, 0, y, color="#D9D9D9")
        ax.plot(x, y, color="black", linewidth=1.1)
        ax.set_xlim(-0.5, 4.5)
        ax.set_ylim(0, 1.25)
        ax.set_xticks(range(5), KURVA_X, fontsize=5.5)
        ax.set_yticks([])
        ax.set_ylabel("Frekuensi Pegawai", fontsize=6)
        ax.spines[["top", "right"]].set_visible(False)
        nama = CAPAIAN_ORGANISASI[slug].upper()
        ax.set_title(
            f"KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI\nDENGAN CAPAIAN KINERJA ORGANISASI {nama}",
            fontsize=6,
            fontweight="bold",
        )
        fig.tight_layout(pad=0.4)
        drawn = io.BytesIO()
        fig.savefig(drawn, format="png", dpi=KURVA_DPI, metadata={"Software": None})
    # Grey levels only: a third of the RGBA size, and every rendered Evaluasi
    # carries all five pictures (docxtpl keeps the parts of the unused ones).
    out = io.BytesIO()
    Image.open(drawn).convert("L").save(out, format="PNG", optimize=True)
    return out.getvalue()
