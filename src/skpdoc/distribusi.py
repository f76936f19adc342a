"""The pola distribusi: which shares of predikat an organisation's capaian allows.

SE MenPANRB 3/2023 ties the predikat an organisation may hand out to its
*capaian kinerja organisasi* (``shared/reference/skp-domain.md`` §5). The
five rules below rest on one secondary source quoting the SE ([S9c],
confidence M), so they are kept as one table, and a distribution outside them
is a warning unless the user asks for ``--strict``.

Readings chosen where the source is terse (see §0 of the reference):

* "most, at most 70%" = the largest group (no other predikat has more; a tie
  is allowed) *and* no more than 70%;
* "must include some X and/or Y" = at least one employee in X or Y;
* shares are counted over the employees rated within the organisation; its
  head is left out (he or she is rated within the parent's distribution);
* rounding (:class:`Pembulatan`): by default the shares are exact, so a cap
  rounds down and a minimum rounds up (70% of 9 allows 6, 60% of 9 needs 6);
  ``terdekat`` rounds both to the nearest count (60% of 9 needs 5).
"""

from __future__ import annotations

import enum
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from skpdoc.reference import PREDIKAT


class Pembulatan(enum.Enum):
    TEPAT = "tepat"
    TERDEKAT = "terdekat"


@dataclass(frozen=True)
class Batas:
    """One limit on a group of predikat (one or more, "X and/or Y")."""

    predikat: tuple[str, ...]
    minimum: Fraction = Fraction(0)
    maksimum: Fraction = Fraction(1)
    terbanyak: bool = False  # must be the largest group
    wajib_ada: bool = False  # at least one employee

    def counts(self, total: int, pembulatan: Pembulatan) -> tuple[int, int]:
        """The least and the most employees this limit allows among ``total``."""
        low, high = self.minimum * total, self.maksimum * total
        if pembulatan is Pembulatan.TERDEKAT:
            least, most = _half_up(low), _half_up(high)
        else:
            least, most = math.ceil(low), math.floor(high)
        if self.wajib_ada:
            least = max(least, 1)
        return least, most


def _half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


P = Fraction  # percentages read better as P(70, 100)

# §5, SE MenPANRB 3/2023 as quoted by [S9c]: capaian kinerja organisasi → limits.
POLA_DISTRIBUSI: Mapping[str, tuple[Batas, ...]] = {
    "istimewa": (Batas(("sangat-baik",), maksimum=P(70, 100), terbanyak=True),),
    "baik": (
        Batas(("baik",), maksimum=P(70, 100), terbanyak=True),
        Batas(("butuh-perbaikan", "kurang"), wajib_ada=True),
    ),
    "butuh-perbaikan": (
        Batas(("butuh-perbaikan",), minimum=P(60, 100)),
        Batas(("sangat-baik",), maksimum=P(10, 100)),
    ),
    "kurang": (
        Batas(("kurang",), minimum=P(60, 100)),
        Batas(("butuh-perbaikan",), minimum=P(10, 100)),
        Batas(("sangat-baik",), maksimum=P(10, 100)),
    ),
    "sangat-kurang": (
        Batas(("sangat-kurang",), minimum=P(60, 100)),
        Batas(("kurang", "butuh-perbaikan"), minimum=P(10, 100)),
        Batas(("sangat-baik",), maksimum=Fraction(0)),
    ),
}


@dataclass(frozen=True)
class Pelanggaran:
    """A limit the distribution breaks, with what was found and what was allowed.

    ``jenis`` is ``maksimum``, ``minimum``, ``terbanyak``, ``wajib-ada``,
    ``dilarang`` (a cap of 0%) or ``mustahil`` (no distribution of so few
    employees fits the pola: reported once instead of its limits); ``code``
    is the message code that words it (R180–R183, R186, R187).
    ``pembanding`` names the larger group of a ``terbanyak``.
    """

    capaian: str
    batas: Batas
    jenis: str
    jumlah: int
    total: int
    batas_jumlah: int
    pembanding: str = ""

    @property
    def code(self) -> str:
        codes = {"maksimum": "R180", "minimum": "R181", "terbanyak": "R182", "wajib-ada": "R183"}
        return {**codes, "dilarang": "R186", "mustahil": "R187"}[self.jenis]

    @property
    def persen(self) -> str:
        return persen(self.jumlah, self.total)

    def args(self) -> dict[str, object]:
        """The arguments of its message (see :mod:`skpdoc.messages`)."""
        limit = self.batas.maksimum if self.jenis == "maksimum" else self.batas.minimum
        return {
            "predikat": PredikatList(tuple(self.batas.predikat)),
            "jumlah": self.jumlah,
            "total": self.total,
            "persen": self.persen,
            "batas": _percent(limit),
            "batas_jumlah": self.batas_jumlah,
            "capaian": self.capaian,
            "pembanding": PREDIKAT.get(self.pembanding, ""),
        }


def persen(part: int, total: int) -> str:
    """A share as printed: whole percent, rounded half up ("77%")."""
    return f"{_half_up(Fraction(100 * part, total)) if total else 0}%"


def label(predikat: Sequence[str], lang: str = "id") -> str:
    """``Baik dan/atau Butuh Perbaikan``: the predikat a limit is about, joined in ``lang``."""
    from skpdoc.messages.labels import label as words

    return words("pola.dan_atau", lang).join(PREDIKAT[p] for p in predikat)


@dataclass(frozen=True)
class PredikatList:
    """The predikat of a limit as a message argument, joined in the reader's language when printed."""

    predikat: tuple[str, ...]

    def render(self, lang: str) -> str:
        return label(self.predikat, lang)

    def __str__(self) -> str:
        return label(self.predikat)


def _percent(share: Fraction) -> str:
    return f"{round(share * 100)}%"


class Gaya(enum.Enum):
    """How :func:`wording` words a limit."""

    PANJANG = "panjang"  # "paling banyak 70% (7 pegawai)": the pola in the rekap's text and on the form
    SINGKAT = "singkat"  # "maks. 70%": a cell of the printed form beside its bar


def wording(
    batas: Batas,
    gaya: Gaya = Gaya.PANJANG,
    total: int | None = None,
    pembulatan: Pembulatan = Pembulatan.TEPAT,
    lang: str = "id",
) -> dict[str, str]:
    """The parts of a limit in words, keyed by the :attr:`Pelanggaran.jenis` each would break.

    The one wording of a limit: the rekap joins the parts after the predikat
    ("Baik: terbanyak, paling banyak 70% (7 pegawai)"), the printed form per
    row ("terbanyak, maks. 70%") and beside the bar (the ``maksimum`` or
    ``minimum`` part alone). With ``total``, a share says how many employees
    it means (rounded as ``pembulatan`` says).
    """
    from skpdoc.messages.labels import label as words

    def kata(name: str) -> str:
        return words(f"pola.{gaya.value}.{name}", lang)

    least, most = batas.counts(total or 0, pembulatan)

    def share(word: str, value: Fraction, n: int) -> str:
        return f"{word} {_percent(value)}" + (f" ({words('pola.pegawai', lang, n=n)})" if total is not None else "")

    parts: dict[str, str] = {}
    if batas.terbanyak:
        parts["terbanyak"] = kata("terbanyak")
    if batas.maksimum == 0:
        parts["dilarang"] = kata("dilarang")
    elif batas.maksimum < 1:
        parts["maksimum"] = share(kata("maksimum"), batas.maksimum, most)
    if batas.minimum > 0:
        parts["minimum"] = share(kata("minimum"), batas.minimum, least)
    elif batas.wajib_ada:
        parts["wajib-ada"] = kata("wajib_ada")
    return parts


def count(predikat: Iterable[str]) -> dict[str, int]:
    """How many of each predikat, in the order of the kuadran's scale (every slug present)."""
    found = Counter(predikat)
    return {slug: found.get(slug, 0) for slug in PREDIKAT}


def check(capaian: str, predikat: Sequence[str], pembulatan: Pembulatan = Pembulatan.TEPAT) -> list[Pelanggaran]:
    """Every limit of the pola for ``capaian`` that the employees' ``predikat`` break.

    When no distribution of that many employees could fit (one employee in a
    unit rated Baik must be both the largest group and not all of it), one
    ``mustahil`` finding replaces the limits, since no change of predikat helps.
    """
    total = len(predikat)
    found = _broken(capaian, count(predikat), total, pembulatan)
    if found and not possible(capaian, total, pembulatan):
        return [Pelanggaran(capaian, POLA_DISTRIBUSI[capaian][0], "mustahil", total, total, 0)]
    return found


def _broken(capaian: str, counts: Mapping[str, int], total: int, pembulatan: Pembulatan) -> list[Pelanggaran]:
    if total == 0:
        return []
    found: list[Pelanggaran] = []
    for batas in POLA_DISTRIBUSI[capaian]:
        jumlah = sum(counts[p] for p in batas.predikat)
        least, most = batas.counts(total, pembulatan)
        if jumlah > most:
            jenis = "dilarang" if batas.maksimum == 0 else "maksimum"
            found.append(Pelanggaran(capaian, batas, jenis, jumlah, total, most))
        if jumlah < least:
            jenis = "wajib-ada" if batas.wajib_ada and least == 1 and batas.minimum == 0 else "minimum"
            found.append(Pelanggaran(capaian, batas, jenis, jumlah, total, least))
        if batas.terbanyak:
            others = {slug: n for slug, n in counts.items() if slug not in batas.predikat}
            larger = max(others, key=lambda slug: others[slug])
            if jumlah < others[larger]:
                found.append(Pelanggaran(capaian, batas, "terbanyak", jumlah, total, others[larger], larger))
    return found


@cache
def possible(capaian: str, total: int, pembulatan: Pembulatan = Pembulatan.TEPAT) -> bool:
    """Whether some distribution of ``total`` employees fits the pola (only small groups can fail)."""
    if total == 0 or total > 20:  # from 10 employees on every pola can be met; 20 keeps the search small
        return True
    slugs = tuple(PREDIKAT)
    for split in itertools.combinations(range(total + len(slugs) - 1), len(slugs) - 1):
        bounds = (-1, *split, total + len(slugs) - 1)
        counts = {slug: bounds[i + 1] - bounds[i] - 1 for i, slug in enumerate(slugs)}
        if not _broken(capaian, counts, total, pembulatan):
            return True
    return False


# --- who is counted where ------------------------------------------------------


@dataclass(frozen=True)
class Lingkup:
    """An organisation whose capaian bounds a distribution: the OPD, or a unit with its own capaian."""

    unit: str | None  # None: the whole OPD
    kepala: str
    capaian: Mapping[str, str]  # periode → capaian slug


def assign(
    members: Mapping[str, str | None],
    parents: Mapping[str, str | None],
    scopes: Sequence[Lingkup],
) -> dict[str | None, list[str]]:
    """Which scope each employee is rated within: ``{unit or None: [nip, ...]}``.

    ``members`` maps NIP → unit id, ``parents`` unit id → parent id. An employee
    belongs to the innermost scope above his or her unit, except its head, who
    belongs to the next scope up; the OPD's head belongs to none here.
    """
    by_unit = {scope.unit: scope for scope in scopes}
    groups: dict[str | None, list[str]] = {scope.unit: [] for scope in scopes}
    top = by_unit.get(None)
    for nip, unit in members.items():
        target: str | None = None
        seen: set[str] = set()
        while unit is not None and unit not in seen:  # `seen`: a cycle of units was reported already (R156)
            seen.add(unit)
            scope = by_unit.get(unit)
            if scope is not None and scope.kepala != nip:
                target = unit
                break
            unit = parents.get(unit)
        if target is None and (top is None or top.kepala == nip):
            continue
        groups[target].append(nip)
    return groups
