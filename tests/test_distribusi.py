"""The kuadran, the pola distribusi per capaian organisasi, and how validate reports it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CAPAIAN, CONFIG, HEAD_NIP, KABID_NIP, OPD, STAFF, STAFF_NIP, add_staff
from skpdoc import reference
from skpdoc.distribusi import POLA_DISTRIBUSI, Gaya, Lingkup, Pembulatan, assign, check, wording
from skpdoc.errors import Severity
from skpdoc.validate import validate

# §4 of the reference, row by row: (hasil kerja, perilaku) → predikat.
KUADRAN = [
    ("di-atas-ekspektasi", "di-bawah-ekspektasi", "kurang"),
    ("di-atas-ekspektasi", "sesuai-ekspektasi", "baik"),
    ("di-atas-ekspektasi", "di-atas-ekspektasi", "sangat-baik"),
    ("sesuai-ekspektasi", "di-bawah-ekspektasi", "kurang"),
    ("sesuai-ekspektasi", "sesuai-ekspektasi", "baik"),
    ("sesuai-ekspektasi", "di-atas-ekspektasi", "baik"),
    ("di-bawah-ekspektasi", "di-bawah-ekspektasi", "sangat-kurang"),
    ("di-bawah-ekspektasi", "sesuai-ekspektasi", "butuh-perbaikan"),
    ("di-bawah-ekspektasi", "di-atas-ekspektasi", "butuh-perbaikan"),
]


@pytest.mark.parametrize(("hasil", "perilaku", "expected"), KUADRAN)
def test_every_cell_of_the_kuadran(hasil: str, perilaku: str, expected: str) -> None:
    assert reference.predikat(hasil, perilaku) == expected


def spread(**counts: int) -> list[str]:
    return [slug.replace("_", "-") for slug, n in counts.items() for _ in range(n)]


def broken(capaian: str, pembulatan: Pembulatan = Pembulatan.TEPAT, **counts: int) -> list[tuple[str, str, int]]:
    return [(p.jenis, "+".join(p.batas.predikat), p.batas_jumlah) for p in check(capaian, spread(**counts), pembulatan)]


# Ten employees make the boundaries exact: 70% = 7, 60% = 6, 10% = 1.
@pytest.mark.parametrize(
    ("capaian", "counts", "expected"),
    [
        ("istimewa", {"sangat_baik": 7, "baik": 3}, []),
        ("istimewa", {"sangat_baik": 8, "baik": 2}, [("maksimum", "sangat-baik", 7)]),
        ("istimewa", {"sangat_baik": 4, "baik": 5, "kurang": 1}, [("terbanyak", "sangat-baik", 5)]),
        ("istimewa", {"sangat_baik": 4, "baik": 4, "butuh_perbaikan": 2}, []),  # a tie is still the largest group
        ("baik", {"sangat_baik": 2, "baik": 7, "butuh_perbaikan": 1}, []),
        ("baik", {"sangat_baik": 2, "baik": 7, "kurang": 1}, []),  # "and/or": one of the two is enough
        ("baik", {"sangat_baik": 1, "baik": 8, "butuh_perbaikan": 1}, [("maksimum", "baik", 7)]),
        ("baik", {"sangat_baik": 3, "baik": 7}, [("wajib-ada", "butuh-perbaikan+kurang", 1)]),
        ("baik", {"sangat_baik": 5, "baik": 4, "kurang": 1}, [("terbanyak", "baik", 5)]),
        ("butuh-perbaikan", {"butuh_perbaikan": 6, "sangat_baik": 1, "baik": 3}, []),
        ("butuh-perbaikan", {"butuh_perbaikan": 5, "baik": 5}, [("minimum", "butuh-perbaikan", 6)]),
        ("butuh-perbaikan", {"butuh_perbaikan": 6, "sangat_baik": 2, "baik": 2}, [("maksimum", "sangat-baik", 1)]),
        ("kurang", {"kurang": 6, "butuh_perbaikan": 1, "sangat_baik": 1, "baik": 2}, []),
        ("kurang", {"kurang": 6, "sangat_baik": 1, "baik": 3}, [("minimum", "butuh-perbaikan", 1)]),
        (
            "kurang",
            {"kurang": 5, "butuh_perbaikan": 3, "sangat_baik": 2},
            [("minimum", "kurang", 6), ("maksimum", "sangat-baik", 1)],
        ),
        ("sangat-kurang", {"sangat_kurang": 6, "kurang": 1, "baik": 3}, []),
        ("sangat-kurang", {"sangat_kurang": 6, "butuh_perbaikan": 1, "baik": 3}, []),
        ("sangat-kurang", {"sangat_kurang": 6, "baik": 4}, [("minimum", "kurang+butuh-perbaikan", 1)]),
        (
            "sangat-kurang",
            {"sangat_kurang": 6, "kurang": 1, "sangat_baik": 1, "baik": 2},
            [("dilarang", "sangat-baik", 0)],
        ),
    ],
)
def test_pola_per_capaian_with_exact_boundaries(capaian: str, counts: dict[str, int], expected: list[object]) -> None:
    assert broken(capaian, **counts) == expected


def test_rounding_is_explicit() -> None:
    # Nine employees: 70% is 6.3 and 60% is 5.4.
    assert broken("baik", sangat_baik=2, baik=6, kurang=1) == []
    assert broken("baik", sangat_baik=1, baik=7, kurang=1) == [("maksimum", "baik", 6)]
    assert broken("baik", Pembulatan.TERDEKAT, sangat_baik=1, baik=7, kurang=1) == [("maksimum", "baik", 6)]
    assert broken("butuh-perbaikan", butuh_perbaikan=5, baik=4) == [("minimum", "butuh-perbaikan", 6)]
    assert broken("butuh-perbaikan", Pembulatan.TERDEKAT, butuh_perbaikan=5, baik=4) == []
    assert check("baik", []) == []  # nobody rated: nothing to check


def test_groups_too_small_for_their_pola_get_one_finding() -> None:
    # One employee cannot be the largest group of a Baik unit and stay within 70%; two cannot be 60% Kurang + 10% BP.
    assert broken("baik", baik=1) == [("mustahil", "baik", 0)]
    assert broken("kurang", kurang=2) == [("mustahil", "kurang", 0)]
    assert broken("kurang", kurang=2, butuh_perbaikan=1) == []  # three can
    assert broken("butuh-perbaikan", butuh_perbaikan=1) == []


def test_a_limit_is_worded_long_with_counts_or_short() -> None:
    largest, required = POLA_DISTRIBUSI["baik"]
    assert wording(largest, total=9) == {"terbanyak": "terbanyak", "maksimum": "paling banyak 70% (6 pegawai)"}
    assert wording(largest, Gaya.SINGKAT) == {"terbanyak": "terbanyak", "maksimum": "maks. 70%"}
    assert wording(required, total=9, lang="en") == {"wajib-ada": "required (at least 1 employee)"}
    assert wording(required, Gaya.SINGKAT) == {"wajib-ada": "wajib ada"}
    minimum = POLA_DISTRIBUSI["butuh-perbaikan"][0]  # 60% of 9 is 5.4: 6 exactly, 5 when rounded
    assert wording(minimum, total=9) == {"minimum": "paling sedikit 60% (6 pegawai)"}
    assert wording(minimum, total=9, pembulatan=Pembulatan.TERDEKAT) == {"minimum": "paling sedikit 60% (5 pegawai)"}
    assert wording(POLA_DISTRIBUSI["sangat-kurang"][2], Gaya.SINGKAT, lang="en") == {"dilarang": "none"}


def test_who_is_counted_where() -> None:
    parents = {"sekretariat": None, "umum": "sekretariat", "uptd": None, "uptd-lab": "uptd"}
    members = {"head": None, "sekretaris": "sekretariat", "staf": "umum", "kepala-uptd": "uptd", "lab": "uptd-lab"}
    scopes = [Lingkup(None, "head", {}), Lingkup("uptd", "kepala-uptd", {})]
    groups = assign(members, parents, scopes)
    # The OPD's head is rated above the OPD; the UPTD's head within the OPD; the UPTD's staff within the UPTD.
    assert groups == {None: ["sekretaris", "staf", "kepala-uptd"], "uptd": ["lab"]}


def write(ws: Path, nip: str, text: str) -> None:
    (ws / "diskominfo" / f"{nip}.yaml").write_text(text, encoding="utf-8")


BAIK = ("sesuai-ekspektasi", "sesuai-ekspektasi")
SANGAT_BAIK = ("di-atas-ekspektasi", "di-atas-ekspektasi")
BUTUH_PERBAIKAN = ("di-bawah-ekspektasi", "sesuai-ekspektasi")


def test_validate_warns_with_counts_at_the_capaian_and_strict_makes_it_an_error(ws: Path) -> None:
    (ws / "diskominfo" / "opd.yaml").write_text(OPD + CAPAIAN)
    add_staff(ws, [BAIK] * 7 + [SANGAT_BAIK] * 2)  # with the kepala seksi: Baik 8 of 10, nobody BP or Kurang
    report = validate([ws])
    found = [(p.code, p.file.name, p.line, p.severity) for p in report.problems]
    assert found == [("R180", "opd.yaml", 8, Severity.WARNING), ("R183", "opd.yaml", 8, Severity.WARNING)]
    assert report.problems[0].message("en") == (
        "Dinas Komunikasi dan Informatika, Triwulan I: Baik 8 of 10 employees = 80%, at most 70% "
        "(7 employees) allowed for an organisation rated Baik"
    )
    assert report.ok() and not report.ok(strict=True)
    add_staff(ws, [BUTUH_PERBAIKAN], first=120)  # Baik 8 of 11 = 72.7% > 70% still; BP now present
    assert [p.code for p in validate([ws]).problems] == ["R180"]
    add_staff(ws, [BUTUH_PERBAIKAN], first=121)  # Baik 8 of 12 = 66.7%: within the pola
    assert validate([ws]).problems == ()


def test_pembulatan_is_read_from_skpdoc_yaml(ws: Path) -> None:
    (ws / "diskominfo" / "opd.yaml").write_text(OPD + CAPAIAN.replace("baik", "butuh-perbaikan"))
    add_staff(ws, [BUTUH_PERBAIKAN] * 5 + [BAIK] * 3)  # BP 5 of 9 = 55.6%: needs 6 exactly, 5 when rounded
    assert [p.code for p in validate([ws]).problems] == ["R181"]
    (ws / "skpdoc.yaml").write_text(CONFIG + "distribusi: {pembulatan: terdekat}\n")
    assert validate([ws]).problems == ()


def test_a_conforming_distribution_gives_no_warning(ws: Path) -> None:
    (ws / "diskominfo" / "opd.yaml").write_text(OPD + CAPAIAN.replace("baik", "butuh-perbaikan"))
    write(
        ws,
        STAFF_NIP,
        STAFF.replace("rating_hasil_kerja: sesuai-ekspektasi", "rating_hasil_kerja: di-bawah-ekspektasi").replace(
            "predikat: baik", "predikat: butuh-perbaikan"
        ),
    )
    assert validate([ws]).problems == ()


def test_the_head_gets_the_capaian_as_rating_hasil_kerja(ws: Path) -> None:
    (ws / "diskominfo" / "opd.yaml").write_text(OPD + CAPAIAN.replace("baik", "istimewa"))
    head = (ws / "diskominfo" / f"{HEAD_NIP}.yaml").read_text()
    evaluasi = "evaluasi:\n  triwulan-1:\n    tanggal: 2024-04-05\n    rating_hasil_kerja: sesuai-ekspektasi\n    rating_perilaku_kerja: sesuai-ekspektasi\n"
    write(ws, HEAD_NIP, head + evaluasi)
    problems = [p for p in validate([ws]).problems if p.code == "R184"]
    assert [(p.file.name, p.path) for p in problems] == [
        (f"{HEAD_NIP}.yaml", ("evaluasi", "triwulan-1", "rating_hasil_kerja"))
    ]
    assert "Di Atas Ekspektasi" in problems[0].message()


def test_a_unit_with_its_own_capaian_needs_a_head_in_that_unit(ws: Path) -> None:
    unit = "  - {id: aptika, nama: Bidang Aplikasi Informatika}"
    own = f'  - {{id: aptika, nama: Bidang Aplikasi Informatika, kepala: "{STAFF_NIP}", capaian_kinerja_organisasi: {{triwulan-1: baik}}}}'
    (ws / "diskominfo" / "opd.yaml").write_text(OPD.replace(unit, own))
    assert [(p.code, p.path) for p in validate([ws]).problems] == [("R185", ("unit", 0, "kepala"))]
    (ws / "diskominfo" / "opd.yaml").write_text(OPD.replace(unit, own.replace(STAFF_NIP, KABID_NIP)))
    # The kabid heads aptika; the staff below (egov) is counted in aptika's pola: 1 Baik of 1 can never fit it.
    codes = [(p.code, p.path) for p in validate([ws]).problems]
    assert codes == [("R187", ("unit", 0, "capaian_kinerja_organisasi", "triwulan-1"))]
    no_head = OPD.replace(unit, own.replace(f'kepala: "{STAFF_NIP}", ', ""))
    (ws / "diskominfo" / "opd.yaml").write_text(no_head)
    assert ("S002", ("unit", 0)) in [(p.code, p.path) for p in validate([ws]).problems]  # kepala is required
