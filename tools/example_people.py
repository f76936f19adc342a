"""The people of the example workspace, written out by hand: the OPDs, their units,
every pegawai with RHK and indicators (used by tools/make_example.py)."""

from __future__ import annotations

from typing import Any

from example_bkpsdm import BKPSDM, BKPSDM_UNITS
from example_diskominfo import DISKOMINFO, DISKOMINFO_UNITS
from example_kit import KABUPATEN

__all__ = ["KABUPATEN", "OPDS"]

# fmt: off

OPDS: list[dict[str, Any]] = [
    {
        "slug": "diskominfo",
        "nama": "Dinas Komunikasi dan Informatika",
        "singkatan": "Diskominfo",
        "units": DISKOMINFO_UNITS,
        "capaian": {"triwulan-1": "baik", "triwulan-2": "baik", "triwulan-3": "baik", "triwulan-4": "baik", "akhir": "baik"},
        "people": DISKOMINFO,
        "family": "diskominfo",
    },
    {
        "slug": "bkpsdm",
        "nama": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "singkatan": "BKPSDM",
        "units": BKPSDM_UNITS,
        "capaian": {"triwulan-1": "baik", "triwulan-2": "baik", "triwulan-3": "baik", "triwulan-4": "baik",
                    "akhir": "istimewa"},
        "people": BKPSDM,
        "family": "bkpsdm",
    },
]


# fmt: on
