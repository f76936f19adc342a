from __future__ import annotations

import pytest

from skpdoc.reference import PANGKAT, predikat
from skpdoc.rules.identity import check_nip, check_rank


def codes(findings: list[tuple[str, dict[str, object], str]]) -> list[str]:
    return [code for code, _, _ in findings]


@pytest.mark.parametrize(
    ("nip", "status", "expected"),
    [
        ("198501012010011001", "pns", []),
        ("200002292020122001", "pns", []),  # born on a leap day, TMT in the month of... 20 years later
        ("198502292010011001", "pns", ["R101"]),  # 1985 has no 29 February
        ("198513012010011001", "pns", ["R101"]),  # month 13
        ("201001012024011001", "pns", ["R102"]),  # appointed at 14
        ("198501012002121001", "pns", ["R102"]),  # TMT at 17 years 11 months
        ("198501012003011001", "pns", []),  # TMT in the month of the 18th birthday
        ("198501012010131001", "pns", ["R102"]),  # TMT month 13
        ("198501012025011001", "pns", ["R102"]),  # TMT after the year
        ("198501012010013001", "pns", ["R103"]),
        ("198501012010011000", "pns", ["R104"]),
        ("199203142021211001", "pppk", []),
        ("199203142018211001", "pppk", ["R105"]),  # before PPPK existed
        ("200601012021211001", "pppk", ["R105"]),  # appointed at 15
        ("199203142021213001", "pppk", ["R103"]),
    ],
)
def test_nip(nip: str, status: str, expected: list[str]) -> None:
    assert codes(check_nip(nip, status, 2024)) == expected


@pytest.mark.parametrize(
    ("status", "golongan", "pangkat", "expected"),
    [
        ("pns", "III/a", "Penata Muda", []),
        ("pns", "III/a", None, []),
        ("pns", "III/c", "Penata Muda", ["R110"]),
        ("pns", "IV/b", "Pembina Tk. I", []),
        ("pns", "IX", None, ["R111"]),
        ("pppk", "IX", None, []),
        ("pppk", "III/a", None, ["R111"]),
        ("pppk", "IX", "Penata", ["R112"]),
    ],
)
def test_rank(status: str, golongan: str, pangkat: str | None, expected: list[str]) -> None:
    assert codes(check_rank(status, golongan, pangkat)) == expected


def test_every_golongan_has_its_pangkat() -> None:
    assert len(PANGKAT) == 17 and PANGKAT["III/a"] == "Penata Muda" and PANGKAT["IV/e"] == "Pembina Utama"


@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        ("di-atas-ekspektasi", "di-atas-ekspektasi", "sangat-baik"),
        ("di-atas-ekspektasi", "sesuai-ekspektasi", "baik"),
        ("di-atas-ekspektasi", "di-bawah-ekspektasi", "kurang"),
        ("sesuai-ekspektasi", "di-atas-ekspektasi", "baik"),
        ("sesuai-ekspektasi", "sesuai-ekspektasi", "baik"),
        ("sesuai-ekspektasi", "di-bawah-ekspektasi", "kurang"),
        ("di-bawah-ekspektasi", "di-atas-ekspektasi", "butuh-perbaikan"),
        ("di-bawah-ekspektasi", "sesuai-ekspektasi", "butuh-perbaikan"),
        ("di-bawah-ekspektasi", "di-bawah-ekspektasi", "sangat-kurang"),
    ],
)
def test_kuadran(hasil: str, perilaku: str, expected: str) -> None:
    assert predikat(hasil, perilaku) == expected
