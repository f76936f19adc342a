"""The semantic diff on files and folders: matching by identity, what is reported, the formats, textconv."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import DIFF_OPD, HEAD_NIP, KABID, KABID_NIP, RHK_2, STAFF_2, STAFF_NIP, base_files, build_tree
from skpdoc.cli import main
from skpdoc.diff import UnreadableSpecs, diff_paths, textconv
from skpdoc.diff.generic import moved
from skpdoc.diff.report import as_json, text
from skpdoc.errors import UsageError

STAFF_FILE = f"diskominfo/{STAFF_NIP}.yaml"
#: The kepala bidang with a second RHK, so an intervensi can be re-linked.
KABID_2 = (
    KABID
    + f"""\
    - id: rhk-2
      intervensi: "{HEAD_NIP}#rhk-1"
      rhk: Meningkatnya keamanan aplikasi
      indikator:
        - id: rhk-2.1
          aspek: kuantitas
          iki: Jumlah aplikasi yang diuji keamanannya
          target: 5
          satuan: Aplikasi
"""
)


def files(**changes: str) -> dict[str, str]:
    return {
        **base_files(),
        "diskominfo/opd.yaml": DIFF_OPD,
        f"diskominfo/{KABID_NIP}.yaml": KABID_2,
        STAFF_FILE: STAFF_2,
        **{k.replace("__", "/"): v for k, v in changes.items()},
    }


def replaced(source: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert old in source, old
        source = source.replace(old, new)
    return source


def line_of(source: str, needle: str) -> int:
    """The 1-based line of the only line holding ``needle``."""
    [found] = [n for n, line in enumerate(source.splitlines(), 1) if needle in line]
    return found


def compare(tmp_path: Path, old: dict[str, str], new: dict[str, str], lang: str = "id") -> str:
    before = build_tree(tmp_path / "old", old)
    after = build_tree(tmp_path / "new", new)
    return text(diff_paths(before, after), lang)


def test_what_a_reviewer_approves(tmp_path: Path) -> None:
    staff = replaced(
        STAFF_2,
        ("rhk: Terselenggaranya layanan e-government\n", "rhk: Terselenggaranya layanan e-government terintegrasi\n"),
        (f'"{KABID_NIP}#rhk-1"\n      rhk: Terkelolanya', f'"{KABID_NIP}#rhk-2"\n      rhk: Terkelolanya'),
        ("target: 12\n", "target: 10\n"),
        (
            "satuan: Tiket\n",
            "satuan: Tiket\n        - {id: rhk-2.2, aspek: waktu, iki: Waktu penyelesaian, target: 2, satuan: Hari}\n",
        ),
        (f'pejabat_penilai: "{KABID_NIP}"', f'pejabat_penilai: "{HEAD_NIP}"'),
        ("evaluasi:\n", "ekspektasi_khusus_pimpinan:\n  kolaboratif: Berbagi data dengan OPD lain\nevaluasi:\n"),
        ("rating_perilaku_kerja: di-atas-ekspektasi", "rating_perilaku_kerja: di-bawah-ekspektasi"),
        ("realisasi: 3,", "realisasi: 4,"),
    )
    staff += "catatan_tim: kunci yang belum dikenal skema\n"  # future keys are diffed, not ignored
    assert compare(tmp_path, files(), files(**{STAFF_FILE: staff})) == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n"
        f"  ~ pejabat penilai: {KABID_NIP} (Budi Santoso, S.T., M.T.) → {HEAD_NIP} (Ir. Ahmad Fauzi, M.Si.)\n"
        "  ~ RHK rhk-1: Terselenggaranya layanan e-government → Terselenggaranya layanan e-government terintegrasi\n"
        "  ~ target rhk-1.1 (Jumlah layanan terintegrasi): 12 Layanan → 10 Layanan\n"
        "  ~ intervensi rhk-2:\n"
        f"      - {KABID_NIP}#rhk-1 (Tersedianya aplikasi layanan publik yang terint…)\n"
        f"      + {KABID_NIP}#rhk-2 (Meningkatnya keamanan aplikasi)\n"
        "  + indikator rhk-2.2 (RHK rhk-2): [waktu] Waktu penyelesaian: 2 Hari\n"
        "  + ekspektasi khusus kolaboratif: Berbagi data dengan OPD lain\n"
        "  ~ Triwulan I realisasi rhk-1.1 (Jumlah layanan terintegrasi): 3 Layanan → 4 Layanan\n"
        "  ~ Triwulan I rating perilaku kerja: Di Atas Ekspektasi → Di Bawah Ekspektasi\n"
        # the file still says "predikat: baik": the kuadran's predikat changed, and contradicts it
        "  ~ Triwulan I predikat (kuadran): Baik → Kurang/Misconduct (tidak sesuai predikat tertulis: Baik)\n"
        "  + catatan_tim: kunci yang belum dikenal skema\n"
    )


def test_moves_are_never_a_removal_and_an_addition(tmp_path: Path) -> None:
    staff = replaced(
        STAFF_2,
        (RHK_2, ""),  # rhk-2 goes to tambahan ...
        ("evaluasi:\n", "  tambahan:\n" + RHK_2 + "evaluasi:\n"),
    )
    staff = replaced(  # ... and rhk-1.1 moves under it
        staff,
        (
            "        - id: rhk-1.1\n          aspek: kuantitas\n          iki: Jumlah layanan terintegrasi\n",
            "        - id: rhk-1.9\n          aspek: kuantitas\n          iki: Jumlah layanan terintegrasi\n",
        ),
    )
    staff = replaced(
        staff,
        (
            "satuan: Tiket\n",
            "satuan: Tiket\n        - {id: rhk-1.1, aspek: kuantitas, iki: Jumlah layanan terintegrasi, target: 12, satuan: Layanan}\n",
        ),
    )
    assert compare(tmp_path, files(), files(**{STAFF_FILE: staff})) == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n"
        "  + indikator rhk-1.9 (RHK rhk-1): [kuantitas] Jumlah layanan terintegrasi: 12 Layanan\n"
        "  > RHK rhk-2 dipindah: utama #2 → tambahan #1\n"
        "  > indikator rhk-1.1 dipindah: RHK rhk-1 #1 → RHK rhk-2 #2\n"
    )


def test_plain_lists_change_in_place_or_move(tmp_path: Path) -> None:
    lampiran = "lampiran:\n  konsekuensi: [Satu, Dua, Tiga]\n"
    old = files(**{STAFF_FILE: STAFF_2 + lampiran})
    new = files(**{STAFF_FILE: STAFF_2 + "lampiran:\n  konsekuensi: [Tiga, Satu, Dua lagi]\n"})
    assert compare(tmp_path, old, new).splitlines()[1:] == [
        "  > lampiran konsekuensi[0] dipindah: #3 → #1",
        "  ~ lampiran konsekuensi[2]: Dua → Dua lagi",
    ]


def test_employees_are_matched_by_nip(tmp_path: Path) -> None:
    moved_away = files()
    del moved_away[STAFF_FILE]
    moved_away["bkpsdm/opd.yaml"] = DIFF_OPD.replace("Dinas Komunikasi dan Informatika", "BKPSDM")
    moved_away[f"bkpsdm/{STAFF_NIP}.yaml"] = STAFF_2.replace("target: 12\n", "target: 11\n")
    assert compare(tmp_path, files(), moved_away) == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · bkpsdm/{STAFF_NIP}.yaml\n"
        f"  > berkas dipindah: {STAFF_FILE} → bkpsdm/{STAFF_NIP}.yaml\n"
        "  ~ OPD: Dinas Komunikasi dan Informatika → BKPSDM\n"
        "  ~ target rhk-1.1 (Jumlah layanan terintegrasi): 12 Layanan → 11 Layanan\n"
        "\n"
        "OPD BKPSDM · bkpsdm/opd.yaml\n"
        "  + OPD: BKPSDM\n"
    )


def test_a_nip_corrected_in_place_is_not_a_new_employee(tmp_path: Path) -> None:
    fixed = STAFF_2.replace(f'nip: "{STAFF_NIP}"', 'nip: "198703122010011005"')
    assert compare(tmp_path, files(), files(**{STAFF_FILE: fixed})) == (
        f"Rina Marlina, S.Kom. · NIP 198703122010011005 · {STAFF_FILE}\n  ~ nip: {STAFF_NIP} → 198703122010011005\n"
    )


def test_removed_employee_opd_and_workspace_changes(tmp_path: Path) -> None:
    new = files(
        **{
            "skpdoc.yaml": "instansi: Pemerintah Kabupaten Contoh\ntahun: 2025\ntempat: Kota Contoh\n",
            "diskominfo/opd.yaml": replaced(
                DIFF_OPD,
                ("triwulan-1: baik", "triwulan-1: istimewa\n  triwulan-2: baik"),
                (f'kepala: "{HEAD_NIP}"', f'kepala: "{KABID_NIP}"'),
                ("induk: aptika}", "induk: aptika}\n  - {id: statistik, nama: Seksi Statistik, induk: aptika}"),
                ("nama: Seksi E-Government,", "nama: Seksi Layanan E-Government,"),
            ),
        }
    )
    del new[STAFF_FILE]
    assert compare(tmp_path, files(), new) == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n"
        f"  - pegawai: Rina Marlina, S.Kom. ({STAFF_NIP}), Kepala Seksi E-Government; pejabat penilai: Budi Santoso, S.T., M.T.\n"
        "      RHK utama rhk-1: Terselenggaranya layanan e-government\n"
        "        indikator rhk-1.1 [kuantitas] Jumlah layanan terintegrasi: 12 Layanan\n"
        "      RHK utama rhk-2: Terkelolanya helpdesk aplikasi\n"
        "        indikator rhk-2.1 [kuantitas] Jumlah tiket yang diselesaikan: 600 Tiket\n"
        "\n"
        "OPD Dinas Komunikasi dan Informatika · diskominfo/opd.yaml\n"
        f"  ~ kepala OPD: {HEAD_NIP} (Ir. Ahmad Fauzi, M.Si.) → {KABID_NIP} (Budi Santoso, S.T., M.T.)\n"
        "  ~ unit egov nama: Seksi E-Government → Seksi Layanan E-Government\n"
        "  + unit statistik: Seksi Statistik (induk: aptika)\n"
        "  ~ capaian kinerja organisasi Triwulan I: Baik → Istimewa\n"
        "  + capaian kinerja organisasi Triwulan II: Baik\n"
        "\n"
        "workspace · skpdoc.yaml\n"
        "  ~ workspace tahun: 2024 → 2025\n"
    )


def test_evaluations_added_and_kualitatif_indicators(tmp_path: Path) -> None:
    later = STAFF_2 + (
        "  akhir:\n    tanggal: 2024-12-20\n    rating_hasil_kerja: di-atas-ekspektasi\n"
        "    rating_perilaku_kerja: di-atas-ekspektasi\n"
    )
    kualitatif = replaced(
        later,
        ("pendekatan: kuantitatif", "pendekatan: kualitatif"),
        (
            "          iki: Jumlah tiket yang diselesaikan\n          target: 600\n          satuan: Tiket\n",
            "          ukuran_keberhasilan: Seluruh tiket selesai dalam 2 hari\n",
        ),
    )
    assert compare(tmp_path, files(), files(**{STAFF_FILE: kualitatif}), lang="en") == (
        f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}\n"
        "  ~ pendekatan: kuantitatif → kualitatif\n"
        "  - target rhk-2.1 (Jumlah tiket yang diselesaikan): 600 Tiket\n"
        "  - indikator rhk-2.1 iki: Jumlah tiket yang diselesaikan\n"
        "  + indikator rhk-2.1 ukuran keberhasilan: Seluruh tiket selesai dalam 2 hari\n"
        "  + evaluation Akhir: rating hasil kerja Di Atas Ekspektasi, rating perilaku kerja Di Atas Ekspektasi, "
        "predikat Sangat Baik\n"
    )


def test_odd_shapes_are_diffed_generically(tmp_path: Path) -> None:
    """Schema-invalid but readable files still diff: a mapping where a list belongs, RHKs without ids."""
    odd = STAFF_2.replace("    - id: rhk-2\n", "    - rhk-lama: x\n")
    broken = odd.replace("hasil_kerja:\n  utama:\n", "hasil_kerja:\n  utama: tidak ada\n  lama:\n")
    out = compare(tmp_path, files(**{STAFF_FILE: odd}), files(**{STAFF_FILE: broken}))
    assert "  ~ hasil_kerja.utama:\n      - [{id: rhk-1, " in out and "\n      + tidak ada\n" in out
    assert "  + hasil_kerja.lama: [{id: rhk-1, " in out


def test_two_files_pair_whatever_their_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = build_tree(tmp_path, {"a/LOCAL_x.yaml": STAFF_2})
    new = build_tree(tmp_path, {"b/REMOTE_x.yaml": STAFF_2.replace("target: 600", "target: 700")})
    assert main(["diff", str(old / "a/LOCAL_x.yaml"), str(new / "b/REMOTE_x.yaml")]) == 1
    out = capsys.readouterr().out
    assert out.endswith("  ~ target rhk-2.1 (Jumlah tiket yang diselesaikan): 600 Tiket → 700 Tiket\n")
    assert main(["diff", os.devnull, str(new / "b/REMOTE_x.yaml"), "--format", "json"]) == 1  # an added file
    assert '"kind": "added"' in capsys.readouterr().out
    assert main(["diff", str(tmp_path / "a/LOCAL_x.yaml"), str(tmp_path / "a/LOCAL_x.yaml")]) == 0


def test_usage_and_yaml_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_tree(tmp_path, {"a.yaml": STAFF_2, "b.yaml": "pegawai:\n  nama: [x\n", "c/x.yaml": STAFF_2})
    assert main(["diff", str(tmp_path / "a.yaml"), str(tmp_path / "c")]) == 2
    assert "harus sama-sama berkas atau sama-sama folder" in capsys.readouterr().err
    assert main(["diff", str(tmp_path / "a.yaml"), str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml: tidak ditemukan" in capsys.readouterr().err
    assert main(["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"{tmp_path / 'b.yaml'}:2:9: Y001 YAML tidak valid: ")
    with pytest.raises(UnreadableSpecs) as caught:
        diff_paths(tmp_path / "a.yaml", tmp_path / "b.yaml")
    assert [p.code for p in caught.value.problems] == ["Y001"] and caught.value.exit_code == 2
    with pytest.raises(UsageError):
        diff_paths(tmp_path / "a.yaml", tmp_path / "c")


def test_colour_only_when_asked_or_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_tree(tmp_path, {"a.yaml": STAFF_2, "b.yaml": STAFF_2.replace("target: 600", "target: 700")})
    args = ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")]
    assert main([*args, "--color"]) == 1
    assert "\x1b[33m  ~ target rhk-2.1" in capsys.readouterr().out
    assert main(args) == 1
    assert "\x1b[" not in capsys.readouterr().out  # captured output is not a terminal


def test_moved_keeps_a_longest_run_in_place() -> None:
    assert moved(["a", "b", "c"], ["x", "a", "b", "c"]) == set()  # an insertion moves nothing
    assert moved(["a", "b", "c"], ["c", "b", "a"]) == {"a", "c"}  # b stays at its own index
    assert moved(["a", "b", "c", "d"], ["b", "c", "d", "a"]) == {"a"}


@given(st.permutations(list(range(9))))
def test_moved_is_minimal_and_leaves_the_rest_in_order(order: list[int]) -> None:
    old = [str(i) for i in range(9)]
    new = [str(i) for i in order]
    shifted = moved(old, new)
    kept = [x for x in new if x not in shifted]
    assert kept == sorted(kept, key=old.index)  # what is not reported moved kept its order
    longest = [1] * len(order)  # longest increasing run, the plain way
    for i in range(len(order)):
        for j in range(i):
            if order[j] < order[i]:
                longest[i] = max(longest[i], longest[j] + 1)
    assert len(shifted) == len(order) - max(longest)


def test_textconv_ignores_form_and_shows_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reformatted = replaced(
        STAFF_2,
        ("pendekatan: kuantitatif\n", "pendekatan: 'kuantitatif'  # komentar\n"),
        ("          target: 600\n          satuan: Tiket\n", "          satuan: Tiket\n          target: 600.0\n"),
    )
    tree = build_tree(tmp_path, {"a.yaml": STAFF_2, "b.yaml": reformatted, "c.yaml": "a: [\n"})
    rendered, problems = textconv(tree / "a.yaml")
    assert problems == [] and textconv(tree / "b.yaml") == (rendered, [])
    assert "hasil_kerja.utama[id=rhk-2].indikator[id=rhk-2.1].target: 600 Tiket\n" in rendered
    assert "evaluasi.triwulan-1.predikat: baik\n" in rendered
    assert 'evaluasi.triwulan-1.hasil_kerja["rhk-1.1"].realisasi: 3\n' in rendered
    assert main(["diff", "--textconv", str(tree / "c.yaml")]) == 0  # git must still get a text
    out, err = capsys.readouterr()
    assert out == "a: [\n" and "Y001" in err


def test_the_written_predikat_and_the_kuadran_are_two_facts(tmp_path: Path) -> None:
    """Issue #6: an edited predikat was missed, a rating change was reported as an edit of the predikat."""
    old = files()
    top = ("rating_hasil_kerja: sesuai-ekspektasi", "rating_hasil_kerja: di-atas-ekspektasi")
    cases = {
        "edited only": [("predikat: baik", "predikat: sangat-baik")],
        "both, agreeing": [top, ("predikat: baik", "predikat: sangat-baik")],
        "ratings only": [top],
        "ratings, predikat removed": [top, ("    predikat: baik\n", "")],
        "predikat removed": [("    predikat: baik\n", "")],
    }
    out = {
        name: compare(tmp_path / name, old, files(**{STAFF_FILE: replaced(STAFF_2, *edits)})).splitlines()[1:]
        for name, edits in cases.items()
    }
    rating = "  ~ Triwulan I rating hasil kerja: Sesuai Ekspektasi → Di Atas Ekspektasi"
    assert out == {
        "edited only": ["  ~ Triwulan I predikat: Baik → Sangat Baik (tidak sesuai kuadran: Baik)"],
        "both, agreeing": [rating, "  ~ Triwulan I predikat: Baik → Sangat Baik"],
        "ratings only": [
            rating,
            "  ~ Triwulan I predikat (kuadran): Baik → Sangat Baik (tidak sesuai predikat tertulis: Baik)",
        ],
        "ratings, predikat removed": [
            rating,
            "  - Triwulan I predikat: Baik",
            "  ~ Triwulan I predikat (kuadran): Baik → Sangat Baik",
        ],
        "predikat removed": ["  - Triwulan I predikat: Baik"],
    }
    clash = replaced(STAFF_2, top, ("predikat: baik", "predikat: kurang"))
    result = diff_paths(build_tree(tmp_path / "a", old), build_tree(tmp_path / "b", files(**{STAFF_FILE: clash})))
    rating_line, predikat_line = (line_of(clash, key) for key in ("rating_hasil_kerja:", "predikat:"))
    assert [(c.path, c.what, c.old, c.new, c.line) for c in result.changes] == [
        ("evaluasi.triwulan-1.rating_hasil_kerja", "rating", "sesuai-ekspektasi", "di-atas-ekspektasi", rating_line),
        ("evaluasi.triwulan-1.predikat", "predikat", "baik", "kurang", predikat_line),
        ("evaluasi.triwulan-1.kuadran", "predikat", "baik", "sangat-baik", rating_line),  # not a key: the rating's line
    ]
    assert [text(result, "en").splitlines()[2:]] == [
        [
            "  ~ Triwulan I predikat: Baik → Kurang/Misconduct (does not match the kuadran: Sangat Baik)",
            "  ~ Triwulan I predikat (kuadran): Baik → Sangat Baik",
        ]
    ]


def test_an_added_evaluation_says_when_its_predikat_contradicts_the_kuadran(tmp_path: Path) -> None:
    akhir = (
        "  akhir:\n    tanggal: 2024-12-20\n    rating_hasil_kerja: di-atas-ekspektasi\n"
        "    rating_perilaku_kerja: di-atas-ekspektasi\n    predikat: baik\n"
    )
    assert compare(tmp_path, files(), files(**{STAFF_FILE: STAFF_2 + akhir})).splitlines()[1:] == [
        "  + evaluasi Akhir: rating hasil kerja Di Atas Ekspektasi, rating perilaku kerja Di Atas Ekspektasi, "
        "predikat Sangat Baik (tidak sesuai predikat tertulis: Baik)"
    ]


#: The staff spec whose rhk-2 supports the kepala bidang's rhk-2.
STAFF_LINKED = replaced(
    STAFF_2, (f'"{KABID_NIP}#rhk-1"\n      rhk: Terkelolanya', f'"{KABID_NIP}#rhk-2"\n      rhk: Terkelolanya')
)
KABID_FILE = f"diskominfo/{KABID_NIP}.yaml"
STAFF_HEADING = f"Rina Marlina, S.Kom. · NIP {STAFF_NIP} · {STAFF_FILE}"
LOST = (
    f"      RHK bawahan kehilangan rujukan: Rina Marlina, S.Kom. ({STAFF_NIP}) rhk-2 → {KABID_NIP}#rhk-2"
    f" · {STAFF_FILE}:{line_of(STAFF_LINKED, f'{KABID_NIP}#rhk-2')}"
)


def test_a_renamed_rhk_id_is_one_change_and_broken_links_are_listed(tmp_path: Path) -> None:
    """Issue #6: rhk-2 → rhk-9 was a whole RHK added, two indicator moves and a whole RHK removed."""
    old = files(**{STAFF_FILE: STAFF_LINKED})
    renamed = replaced(KABID_2, ("- id: rhk-2\n", "- id: rhk-9\n"))
    reworded = replaced(  # new id and new indicator ids, same text
        renamed, ("id: rhk-2.1\n", "id: rhk-9.1\n"), ("target: 5\n", "target: 6\n")
    )
    cases = {
        "renamed": files(**{STAFF_FILE: STAFF_LINKED, KABID_FILE: renamed}),
        "renamed, staff re-linked": files(
            **{STAFF_FILE: STAFF_LINKED.replace(f"{KABID_NIP}#rhk-2", f"{KABID_NIP}#rhk-9"), KABID_FILE: renamed}
        ),
        "renamed with its indicators": files(**{STAFF_FILE: STAFF_LINKED, KABID_FILE: reworded}),
        "removed": files(**{STAFF_FILE: STAFF_LINKED, KABID_FILE: KABID}),
    }
    out = {name: compare(tmp_path / name, old, new).splitlines() for name, new in cases.items()}
    heading = f"Budi Santoso, S.T., M.T. · NIP {KABID_NIP} · {KABID_FILE}"
    assert out["renamed"] == [heading, "  ~ RHK id diganti: rhk-2 → rhk-9", LOST]
    # no broken link: the staff's own re-link follows in her block
    assert out["renamed, staff re-linked"][:4] == [heading, "  ~ RHK id diganti: rhk-2 → rhk-9", "", STAFF_HEADING]
    assert out["renamed with its indicators"] == [
        heading,
        "  ~ RHK id diganti: rhk-2 → rhk-9",
        LOST,
        "  + indikator rhk-9.1 (RHK rhk-9): [kuantitas] Jumlah aplikasi yang diuji keamanannya: 6 Aplikasi",
        "  - indikator rhk-2.1 (RHK rhk-2): [kuantitas] Jumlah aplikasi yang diuji keamanannya: 5 Aplikasi",
    ]
    assert out["removed"] == [
        heading,
        "  - RHK utama rhk-2: Meningkatnya keamanan aplikasi",
        "      indikator rhk-2.1 [kuantitas] Jumlah aplikasi yang diuji keamanannya: 5 Aplikasi",
        LOST,
    ]
    result = diff_paths(build_tree(tmp_path / "a", old), build_tree(tmp_path / "b", cases["renamed"]))
    [change] = result.changes
    assert (change.kind, change.what, change.path, change.old, change.new) == (
        "changed",
        "rhk",
        "hasil_kerja.utama[id=rhk-9].id",
        "rhk-2",
        "rhk-9",
    )
    assert change.line == change.old_line == line_of(renamed, "id: rhk-9")
    [lost] = as_json(result)["changes"][0]["lost_references"]
    assert lost == {
        "nip": STAFF_NIP,
        "nama": "Rina Marlina, S.Kom.",
        "file": STAFF_FILE,
        "path": "hasil_kerja.utama[id=rhk-2].intervensi",
        "line": line_of(STAFF_LINKED, f"{KABID_NIP}#rhk-2"),
        "intervensi": f"{KABID_NIP}#rhk-2",
    }


def test_unrelated_rhks_are_not_paired_and_a_removed_superior_breaks_links(tmp_path: Path) -> None:
    other = replaced(
        KABID_2,
        ("- id: rhk-2\n", "- id: rhk-3\n"),
        ("id: rhk-2.1\n", "id: rhk-3.1\n"),
        ("rhk: Meningkatnya keamanan aplikasi", "rhk: Terkelolanya pusat data"),
    )
    old = files(**{STAFF_FILE: STAFF_LINKED})
    out = compare(tmp_path / "a", old, files(**{STAFF_FILE: STAFF_LINKED, KABID_FILE: other})).splitlines()
    assert [line[:30] for line in out[1:]] == [
        "  + RHK utama rhk-3: Terkelola",
        "      indikator rhk-3.1 [kuant",
        "  - RHK utama rhk-2: Meningkat",
        "      indikator rhk-2.1 [kuant",
        LOST[:30],
    ]
    gone = files(**{STAFF_FILE: STAFF_LINKED})
    del gone[KABID_FILE]
    out = compare(tmp_path / "b", old, gone).splitlines()
    assert out[1].startswith(f"  - pegawai: Budi Santoso, S.T., M.T. ({KABID_NIP})")
    lost = [line for line in out if "kehilangan rujukan" in line]
    assert lost == [  # both of the staff's RHKs pointed at him
        f"      RHK bawahan kehilangan rujukan: Rina Marlina, S.Kom. ({STAFF_NIP}) rhk-1 → {KABID_NIP}#rhk-1"
        f" · {STAFF_FILE}:{line_of(STAFF_LINKED, f'{KABID_NIP}#rhk-1')}",
        LOST,
    ]
