"""Helpers and shared figures for writing the example's people by hand (tools/example_*.py)."""

from __future__ import annotations

from typing import Any

KABUPATEN = "Sungai Jernih"

# --------------------------------------------------------------------------
# Small constructors for the hand-written content
# --------------------------------------------------------------------------


def R(link: int | str, rhk: str, *indikator: tuple[Any, ...]) -> dict[str, Any]:
    """One RHK. ``link``: number of the penilai's RHK it intervenes, or the
    intervened text (heads of OPD), or "" for none (tambahan)."""
    return {"link": link, "rhk": rhk, "indikator": list(indikator)}


def I(aspek: str, iki: str, target: float, satuan: str, **opts: Any) -> tuple[Any, ...]:  # noqa: E743
    """A quantitative indicator. opts: kind (count|level|cum|month), sched
    (cumulative share of the target expected per triwulan), series (the five
    realisasi written out: triwulan-1..4, akhir)."""
    return ("n", aspek, iki, target, satuan, opts)


def Q(aspek: str, ukuran: str, *tahap: str) -> tuple[Any, ...]:
    """A qualitative indicator with its realisasi per triwulan (4 texts) and
    optionally a fifth text for the annual evaluation."""
    return ("q", aspek, ukuran, list(tahap))


def P(
    key: str,
    nama: str,
    sex: int,
    lahir: str,
    masuk: str,
    urut: int,
    golongan: str,
    jabatan: str,
    jenis: str,
    atasan: str | None,
    trajectory: str,
    rhk: list[dict[str, Any]],
    tambahan: list[dict[str, Any]] | None = None,
    *,
    unit: str | None = None,
    jenjang: str | None = None,
    status: str = "pns",
    pendekatan: str = "kuantitatif",
    ekspektasi: bool = True,
) -> dict[str, Any]:
    """One pegawai. ``masuk``: TMT CPNS yyyymm (PNS) or first PPPK year yyyy.
    ``trajectory``: predikat per periode (triwulan-1..4, akhir) as letters
    S = sangat baik, B = baik, P = butuh perbaikan, K = kurang."""
    # NI PPPK: birth date, year of appointment, "21", sex, number; NIP: birth date, TMT CPNS, sex, number.
    nip = f"{lahir}{masuk}21{sex}{urut:03d}" if status == "pppk" else f"{lahir}{masuk}{sex}{urut:03d}"
    return {
        "key": key,
        "nama": nama,
        "sex": sex,
        "nip": nip,
        "status": status,
        "golongan": golongan,
        "jabatan": jabatan,
        "jenis": jenis,
        "jenjang": jenjang,
        "unit": unit,
        "atasan": atasan,
        "trajectory": trajectory,
        "pendekatan": pendekatan,
        "rhk": rhk,
        "tambahan": tambahan or [],
        "ekspektasi": ekspektasi,
    }


# Figures reported by more than one pegawai (triwulan I-IV, akhir) are written once.
ANGGARAN_DISKOMINFO = [18.6, 41.2, 68.9, 96.3, 96.3]
ANGGARAN_BKPSDM = [19.4, 44.7, 71.2, 96.1, 97.3]
JP_ASN = [21, 46, 71, 84, 86]
WAKTU = "Waktu pelaksanaan kegiatan sesuai jadwal"
