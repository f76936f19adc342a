"""The example's figures for the year: ratings, realisasi, umpan balik and perilaku that agree with each other.

Every value is derived from an indicator of example_people.py (its target,
satuan and options) and a random generator seeded per pegawai and periode by
make_example.py, so a run writes the same figures each time.
"""

from __future__ import annotations

import math
import random
from typing import Any

from example_texts import (
    ATAS,
    BAWAH,
    PERILAKU_ISTIMEWA,
    PERILAKU_NEGATIF,
    PERILAKU_PERLU,
    PERILAKU_POSITIF,
    SESUAI,
    UB_AKHIR,
    UB_COUNT,
    UB_KUALITATIF,
    UB_LEVEL,
    UB_MONTH,
)
from skpdoc.reference import PERIODE as _PERIODE

PERIODE = tuple(_PERIODE)


def fmt_id(number: float) -> str:
    """A number as written in Indonesian prose: 97,5 or 1.200."""
    if float(number).is_integer():
        return f"{int(number):,}".replace(",", ".")
    return f"{number:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def clean_number(value: float) -> int | float:
    value = round(value, 2)
    return int(value) if float(value).is_integer() else value


def amount(value: float, satuan: str) -> str:
    return f"{fmt_id(value)}%" if satuan == "%" else f"{fmt_id(value)} {satuan}"


def ratings(predikat: str, rng: random.Random, perilaku_atas: bool = True) -> tuple[str, str]:
    """A (hasil kerja, perilaku kerja) pair that gives ``predikat`` in the kuadran."""
    roll = rng.random()
    if not perilaku_atas:  # a history of misconduct: perilaku at most "sesuai"
        roll = min(roll, 0.59) if predikat == "baik" else 0.0
    if predikat == "sangat-baik":
        return ATAS, ATAS
    if predikat == "baik":
        return (SESUAI, SESUAI) if roll < 0.6 else (ATAS, SESUAI) if roll < 0.8 else (SESUAI, ATAS)
    if predikat == "butuh-perbaikan":
        return (BAWAH, SESUAI) if roll < 0.8 else (BAWAH, ATAS)
    if predikat == "kurang":
        return (SESUAI, BAWAH) if roll < 0.8 else (ATAS, BAWAH)
    return BAWAH, BAWAH


def kind_of(ind: tuple[Any, ...]) -> str:
    _, _, _, _, satuan, opts = ind
    if "kind" in opts:
        kind: str = opts["kind"]
        return kind
    if satuan == "Bulan":
        return "month"
    if satuan in ("%", "Nilai", "Indeks", "Poin"):
        return "level"
    return "count"


#: Counts of a fixed population (42 perangkat daerah, 47 indikator SPBE ...) cannot exceed the target.
CAPPED = {"Perangkat Daerah", "Indikator", "Area", "Lokasi"}


def realisasi(ind: tuple[Any, ...], q: int, level: str, rng: random.Random) -> int | float:
    """Cumulative realisasi at the end of triwulan ``q`` (1-4) for a quantitative indicator."""
    target: float  # an int or a float, from I(...)
    _, _, _, target, satuan, opts = ind
    kind = kind_of(ind)
    if kind == "month":
        if target >= 12:
            return 3 * q
        if 3 * q < target:
            return 3 * q
        return target + 1 if level == BAWAH else target
    if kind == "level":
        cap = 100 if satuan in ("%", "Nilai") else target * 1.2
        if level == ATAS:
            value = target + (cap - target) * rng.uniform(0.4, 0.9) if target < cap else cap
        elif level == SESUAI:
            value = target + (cap - target) * rng.uniform(0.0, 0.3) if target < cap else cap
        else:
            value = target * rng.uniform(0.82, 0.93)
        return clean_number(round(value, 1))
    sched: list[float] = opts.get("sched") or ([0.22, 0.48, 0.74, 1.0] if kind == "cum" else [0.25, 0.5, 0.75, 1.0])
    expected = target * sched[q - 1]
    if kind == "cum":
        factor = {ATAS: rng.uniform(1.02, 1.06), SESUAI: rng.uniform(1.0, 1.02), BAWAH: rng.uniform(0.85, 0.93)}[level]
        return clean_number(min(100.0, round(expected * factor, 1)))
    if target < 10:
        base = math.floor(expected + 0.5)
        if level == ATAS:
            return min(target, base + (1 if q < 4 and base < target and expected > 0 else 0))
        if level == BAWAH:
            return max(0, base - 1) if base > 0 else 0
        return base
    factor = {ATAS: rng.uniform(1.05, 1.15), SESUAI: rng.uniform(1.0, 1.04), BAWAH: rng.uniform(0.72, 0.88)}[level]
    value = round(expected * factor)
    return min(value, int(target)) if satuan in CAPPED else value


ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def expected_at(ind: tuple[Any, ...], q: int) -> float:
    """What a count/cum indicator should have reached at the end of triwulan ``q``."""
    target: float
    _, _, _, target, _, opts = ind
    default = [0.22, 0.48, 0.74, 1.0] if kind_of(ind) == "cum" else [0.25, 0.5, 0.75, 1.0]
    return target * (opts.get("sched") or default)[q - 1]


def umpan_balik(
    ind: tuple[Any, ...], periode: str, level: str, value: Any, history: list[Any], rng: random.Random
) -> str:
    """Feedback that agrees with the figures: the tone follows realisasi against plan."""
    if ind[0] == "q":
        return rng.choice(UB_KUALITATIF[level])
    _, _, _, target, satuan, opts = ind
    q = min(PERIODE.index(periode) + 1, 4)
    kind = kind_of(ind)

    def say(text: str) -> str:
        return text.format(
            r=amount(value, satuan) if satuan == "%" else fmt_id(value),
            s=satuan,
            t=amount(target, satuan) if satuan == "%" else fmt_id(target),
        )

    if "series" in opts:  # figures written out by hand
        series = opts["series"]
        if satuan not in ("%", "Nilai", "Indeks", "Poin"):
            say = lambda text: text.format(r=amount(value, satuan), t=amount(target, satuan))  # noqa: E731
        if value == 0:
            first = next((i + 1 for i, v in enumerate(series[:4]) if v), 4)
            return f"Belum ada realisasi; sesuai rencana aksi dilaksanakan pada triwulan {ROMAWI[first]}."
        if value > target:
            return say(rng.choice(["Realisasi {r} melampaui target {t}.", "Melampaui target {t}; pertahankan."]))
        if value == target:
            return say(rng.choice(["Target {t} tercapai.", "Sesuai target {t}."]))
        if history and history[-1] == value:
            return say("Belum ada pengukuran baru pada periode ini; {r} adalah hasil pengukuran terakhir.")
        if not history and satuan in ("Indeks", "Nilai", "Poin") and series[1] == value:
            return say("Nilai {r} adalah hasil pengukuran tahun 2023; pengukuran tahun 2024 dijadwalkan triwulan IV.")
        return say("Realisasi {r} dari target {t}; progres sesuai rencana aksi.")
    if kind == "month":
        tone = level
    elif kind == "level":
        tone = ATAS if value > target else SESUAI if value >= target else BAWAH
    else:
        expected = expected_at(ind, q)
        if value == 0 and expected == 0:
            first = next(n for n in range(1, 5) if expected_at(ind, n) > 0)
            return f"Belum ada realisasi; sesuai jadwal dilaksanakan pada triwulan {ROMAWI[first]}."
        tone = ATAS if value > expected * 1.04 else SESUAI if value >= expected * 0.97 else BAWAH
    if periode == "akhir" and kind != "month" and rng.random() < 0.7:
        tone = ATAS if value > target else SESUAI if value >= target * 0.97 else BAWAH
        return rng.choice(UB_AKHIR[tone])
    pool = {"month": UB_MONTH, "level": UB_LEVEL, "cum": UB_COUNT}.get(kind, UB_COUNT)[tone]
    return say(rng.choice(pool))


def perilaku(nip: str, periode: str, rating: str, rng: random.Random, pimpinan: bool = False) -> dict[str, str]:
    order = list(PERILAKU_POSITIF)
    values: dict[str, str] = {}
    if rating == BAWAH:
        bad = "akuntabel" if rng.random() < 0.75 else rng.choice(["harmonis", "berorientasi_pelayanan"])
        values[bad] = rng.choice(PERILAKU_NEGATIF[bad])
        neutral = [v for v in order if v not in (bad, "akuntabel", "berorientasi_pelayanan", "harmonis")]
        for value in rng.sample(neutral, 1):
            values[value] = rng.choice(PERILAKU_POSITIF[value])
    elif rating == ATAS:
        for value in rng.sample(list(PERILAKU_ISTIMEWA), 2):
            values[value] = rng.choice(PERILAKU_ISTIMEWA[value])
        for value in rng.sample([v for v in order if v not in values], 1 + (rng.random() < 0.5)):
            values[value] = rng.choice(PERILAKU_POSITIF[value])
    else:
        for value in rng.sample(order, 2 + (rng.random() < 0.5)):
            values[value] = rng.choice(PERILAKU_POSITIF[value])
        spare = [v for v in PERILAKU_PERLU if v not in values]
        if spare and not pimpinan and rng.random() < 0.25:
            value = rng.choice(spare)
            values[value] = rng.choice(PERILAKU_PERLU[value])
    return {value: values[value] for value in order if value in values}


def head_level(capaian: str, periode: str) -> str:
    return {"istimewa": ATAS, "baik": SESUAI}.get(capaian, BAWAH)
