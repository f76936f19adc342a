"""The rekap a BKD reviewer checks per OPD: predikat, their distribution, angka kredit.

:func:`rekap` computes it from a validated workspace for one periode; the
formats live in :mod:`skpdoc.rekap.formats`, the printed form in
:mod:`skpdoc.render.rekap`. The rules are those of :mod:`skpdoc.distribusi`
(the same ones ``skpdoc validate`` warns about).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from skpdoc import distribusi
from skpdoc.distribusi import Lingkup, Pelanggaran, Pembulatan
from skpdoc.model import Pegawai, Workspace, ordered_people
from skpdoc.reference import ANGKA_KREDIT_PERSEN, KOEFISIEN_TAHUNAN, RATING_PIMPINAN

__all__ = ["BarisPegawai", "Distribusi", "PimpinanTidakSesuai", "RekapOpd", "angka_kredit", "aturan", "rekap"]


@dataclass(frozen=True)
class BarisPegawai:
    """One employee's line; ratings and predikat are None without an evaluation for the periode."""

    pegawai: Pegawai
    unit: str  # printed unit kerja (innermost unit, or the OPD)
    rating_hasil_kerja: str | None
    rating_perilaku_kerja: str | None
    predikat: str | None
    angka_kredit: float | None
    lingkup: str | None  # the unit whose distribution counts this employee; None = the OPD's
    dihitung: bool  # False for the head of the OPD (rated in the parent's distribution)


@dataclass(frozen=True)
class Distribusi:
    """The predikat counted within one organisation against its pola."""

    unit: str | None  # None: the whole OPD
    nama: str
    kepala: str
    capaian: str | None  # None: no capaian given for this periode, nothing checked
    jumlah: dict[str, int]  # predikat slug → count, every slug
    pelanggaran: tuple[Pelanggaran, ...]
    belum_dievaluasi: int = 0  # counted here but without an evaluation yet: the verdict is provisional

    @property
    def total(self) -> int:
        return sum(self.jumlah.values())


@dataclass(frozen=True)
class PimpinanTidakSesuai:
    """A head whose rating hasil kerja is not the one the organisation's capaian gives (R184)."""

    pegawai: Pegawai
    lingkup: str  # the organisation's name
    capaian: str
    rating: str
    seharusnya: str


@dataclass(frozen=True)
class RekapOpd:
    slug: str
    nama: str
    periode: str
    pegawai: tuple[BarisPegawai, ...]
    distribusi: tuple[Distribusi, ...]  # the OPD first, then units with their own capaian
    pimpinan: tuple[PimpinanTidakSesuai, ...] = ()

    @property
    def capaian(self) -> str | None:
        return self.distribusi[0].capaian

    @property
    def pelanggaran(self) -> list[tuple[Distribusi, Pelanggaran]]:
        return [(d, p) for d in self.distribusi for p in d.pelanggaran]


def rekap(ws: Workspace, periode: str, opds: Sequence[str] = ()) -> list[RekapOpd]:
    """The rekap of each OPD (all, or those named) for ``periode``."""
    pembulatan = Pembulatan(ws.pembulatan)
    return [_opd(ws, slug, periode, pembulatan) for slug in ws.opds if not opds or slug in opds]


def _opd(ws: Workspace, slug: str, periode: str, pembulatan: Pembulatan) -> RekapOpd:
    opd = ws.opds[slug]
    people = [p for p, _ in ordered_people(ws, slug)]
    scopes = [Lingkup(None, opd.kepala, opd.capaian)]
    scopes += [Lingkup(u.id, u.kepala, u.capaian) for u in opd.units.values() if u.capaian and u.kepala]
    groups = distribusi.assign({p.nip: p.unit for p in people}, {u.id: u.induk for u in opd.units.values()}, scopes)
    counted = {nip: unit for unit, nips in groups.items() for nip in nips}
    rows = tuple(_row(ws, p, periode, counted) for p in people)
    predikat = {row.pegawai.nip: row.predikat for row in rows}
    found: list[Distribusi] = []
    heads: list[PimpinanTidakSesuai] = []
    for scope in scopes:
        members = groups[scope.unit]
        given = [p for nip in members if (p := predikat[nip]) is not None]
        capaian = scope.capaian.get(periode)
        broken = distribusi.check(capaian, given, pembulatan) if capaian else []
        nama = opd.nama if scope.unit is None else opd.units[scope.unit].nama
        counts = distribusi.count(given)
        found.append(
            Distribusi(scope.unit, nama, scope.kepala, capaian, counts, tuple(broken), len(members) - len(given))
        )
        head = ws.pegawai.get(scope.kepala)
        evaluasi = head.evaluasi.get(periode) if head is not None else None
        if head is not None and evaluasi is not None and evaluasi.dinilai and capaian:
            expected = RATING_PIMPINAN[capaian]
            if evaluasi.rating_hasil_kerja != expected:
                heads.append(PimpinanTidakSesuai(head, nama, capaian, evaluasi.rating_hasil_kerja, expected))
    return RekapOpd(slug, opd.nama, periode, rows, tuple(found), tuple(heads))


def _row(ws: Workspace, pegawai: Pegawai, periode: str, counted: dict[str, str | None]) -> BarisPegawai:
    evaluasi = pegawai.evaluasi.get(periode)
    chain = ws.opds[pegawai.opd].unit_chain(pegawai.unit)
    unit = chain[0].nama if chain else ws.opds[pegawai.opd].nama
    if evaluasi is None or not evaluasi.dinilai:  # a rating still to fill: not evaluated yet
        return BarisPegawai(pegawai, unit, None, None, None, None, counted.get(pegawai.nip), pegawai.nip in counted)
    return BarisPegawai(
        pegawai,
        unit,
        evaluasi.rating_hasil_kerja,
        evaluasi.rating_perilaku_kerja,
        evaluasi.predikat,
        angka_kredit(pegawai, periode, evaluasi.predikat),
        counted.get(pegawai.nip),
        pegawai.nip in counted,
    )


def angka_kredit(pegawai: Pegawai, periode: str, predikat: str) -> float | None:
    """Angka kredit earned by a jabatan fungsional (reference §9); None for other jabatan.

    AK = percentage of the predikat × yearly coefficient of the jenjang × months / 12:
    three months for a triwulan, the months of the SKP's period for the annual
    evaluation. Rounded to three decimals, as BKN prints it.
    """
    if pegawai.jenis_jabatan != "fungsional" or pegawai.jenjang not in KOEFISIEN_TAHUNAN:
        return None
    months = 3 if periode != "akhir" else _months(*pegawai.periode)
    value = ANGKA_KREDIT_PERSEN[predikat] / 100 * KOEFISIEN_TAHUNAN[pegawai.jenjang] * months / 12
    return round(value, 3)


def _months(mulai: dt.date, selesai: dt.date) -> int:
    return (selesai.year - mulai.year) * 12 + selesai.month - mulai.month + 1


def aturan(capaian: str, total: int, pembulatan: Pembulatan = Pembulatan.TEPAT, lang: str = "id") -> list[str]:
    """The pola for ``capaian`` in words, with the counts it means for ``total`` employees."""
    rules = []
    for batas in distribusi.POLA_DISTRIBUSI[capaian]:
        parts = distribusi.wording(batas, total=total, pembulatan=pembulatan, lang=lang)
        rules.append(f"{distribusi.label(batas.predikat, lang)}: {', '.join(parts.values())}")
    return rules
