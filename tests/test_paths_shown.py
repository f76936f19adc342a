"""Paths in what people read name list items as the forms do: by id, else counted from 1 (issue #13 §2).

The machine path (``Problem.path``, ``path`` in ``--format json``) keeps counting from 0; ``where`` is the
path as the text shows it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import KABID, KABID_NIP, OPD, RHK_2, STAFF, STAFF_NIP, base_files, build_tree
from skpdoc.cli import main

STAFF_FILE = f"ws/diskominfo/{STAFF_NIP}.yaml"
SECOND_INDICATOR = """\
        - id: rhk-1.2
          aspek: waktu
          iki: Waktu penyelesaian
          target: dua belas
          satuan: Bulan
"""
#: STAFF with a second indicator whose target is text, a second RHK without intervensi, a number among the
#: bukti dukung and among the lampiran.
MIXED = (
    STAFF.replace("          satuan: Layanan\n", "          satuan: Layanan\n" + SECOND_INDICATOR)
    .replace("evaluasi:\n", RHK_2.replace(f'      intervensi: "{KABID_NIP}#rhk-1"\n', "") + "evaluasi:\n")
    .replace("{realisasi: 3, umpan_balik: Sesuai jadwal}", '{realisasi: 3, bukti_dukung: ["https://x", 5]}')
    + "lampiran:\n  konsekuensi: [Predikat turun, 7]\n"
)


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")


def workspace(staff: str = STAFF, **files: str) -> Path:
    return build_tree(Path("ws"), {**base_files(), f"diskominfo/{STAFF_NIP}.yaml": staff, **files})


def heads(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    """The exit code and the first line of each problem (not the hints) of ``skpdoc *args``."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, [line for line in (captured.out + captured.err).splitlines() if line and not line.startswith(" ")]


def test_rhk_and_indicators_by_id_other_list_items_from_1(capsys: pytest.CaptureFixture[str]) -> None:
    workspace(MIXED)
    code, lines = heads(capsys, "validate", "ws")
    assert code == 1
    assert lines[:4] == [
        f"{STAFF_FILE}:26:19: S003 hasil_kerja.utama[rhk-1].indikator[rhk-1.2].target: harus berupa angka, bukan teks",
        f"{STAFF_FILE}:28:7: R131 hasil_kerja.utama[rhk-2]: RHK utama tidak menyebut RHK pimpinan yang diintervensi",
        f"{STAFF_FILE}:40:59: S003 evaluasi.triwulan-1.hasil_kerja.rhk-1.1.bukti_dukung[2]: "
        "harus berupa teks, bukan bilangan bulat",
        f"{STAFF_FILE}:45:33: S003 lampiran.konsekuensi[2]: harus berupa teks, bukan bilangan bulat",
    ]


def test_json_keeps_the_machine_path_and_adds_where(capsys: pytest.CaptureFixture[str]) -> None:
    workspace(MIXED)
    assert main(["validate", "--format", "json", "ws"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [(p["path"], p["where"]) for p in problems] == [
        ("hasil_kerja.utama[0].indikator[1].target", "hasil_kerja.utama[rhk-1].indikator[rhk-1.2].target"),
        ("hasil_kerja.utama[1]", "hasil_kerja.utama[rhk-2]"),
        (
            "evaluasi.triwulan-1.hasil_kerja.rhk-1.1.bukti_dukung[1]",
            "evaluasi.triwulan-1.hasil_kerja.rhk-1.1.bukti_dukung[2]",
        ),
        ("lampiran.konsekuensi[1]", "lampiran.konsekuensi[2]"),
    ]
    assert main(["validate", "--format", "json-list", "ws"]) == 1  # the list of before version 1 gets it too
    assert json.loads(capsys.readouterr().out)[1]["where"] == "hasil_kerja.utama[rhk-2]"


def test_an_id_used_twice_in_a_list_names_neither_item(capsys: pytest.CaptureFixture[str]) -> None:
    again = RHK_2.replace("- id: rhk-2\n", "- id: rhk-1\n").replace("target: 600", "target: enam ratus")
    workspace(STAFF.replace("evaluasi:\n", again + "evaluasi:\n"))
    code, lines = heads(capsys, "validate", "ws")
    assert code == 1
    assert lines[:2] == [
        f"{STAFF_FILE}:23:11: R130 hasil_kerja.utama[2].id: id 'rhk-1' sudah dipakai di baris 14",
        f"{STAFF_FILE}:30:19: S003 hasil_kerja.utama[2].indikator[rhk-2.1].target: harus berupa angka, bukan teks",
    ]


def test_the_item_whose_id_is_the_problem_is_counted(capsys: pytest.CaptureFixture[str]) -> None:
    # rhk-1.1 twice, in two RHKs: each list has it once, but the problem is that id, so its item is counted
    workspace(STAFF.replace("evaluasi:\n", RHK_2.replace("rhk-2.1", "rhk-1.1") + "evaluasi:\n"))
    code, lines = heads(capsys, "validate", "ws")
    assert code == 1
    assert (
        lines[0]
        == f"{STAFF_FILE}:27:15: R130 hasil_kerja.utama[rhk-2].indikator[1].id: id 'rhk-1.1' sudah dipakai di baris 18"
    )


def test_a_malformed_or_all_digit_id_does_not_name_its_item(capsys: pytest.CaptureFixture[str]) -> None:
    workspace(STAFF.replace("    - id: rhk-1\n", "    - id: RHK 1\n").replace("target: 12", "target: dua belas"))
    code, lines = heads(capsys, "validate", "ws")
    assert code == 1
    assert lines[0].startswith(f"{STAFF_FILE}:14:11: S005 hasil_kerja.utama[1].id: ")
    assert lines[1].startswith(f"{STAFF_FILE}:21:19: S003 hasil_kerja.utama[1].indikator[rhk-1.1].target: ")
    # `[7]` would read as the seventh RHK
    workspace(STAFF.replace("    - id: rhk-1\n", "    - id: '7'\n").replace("target: 12", "target: dua belas"))
    code, lines = heads(capsys, "validate", "ws")
    assert code == 1
    assert lines[0].startswith(f"{STAFF_FILE}:21:19: S003 hasil_kerja.utama[1].indikator[rhk-1.1].target: ")


def test_rules_across_files_name_items_with_their_files_data(capsys: pytest.CaptureFixture[str]) -> None:
    workspace(
        STAFF.replace(f'"{KABID_NIP}#rhk-1"', f'"{KABID_NIP}#rhk-9"'),
        **{"diskominfo/opd.yaml": OPD.replace("induk: aptika}", "induk: aptikaa}")},
    )
    code, lines = heads(capsys, "validate", "ws")
    assert code == 1
    assert lines[0].startswith(f"{STAFF_FILE}:15:19: R134 hasil_kerja.utama[rhk-1].intervensi: ")
    assert lines[1].startswith("ws/diskominfo/opd.yaml:6:49: R154 unit[egov].induk: ")


def test_a_file_checked_on_its_own_names_items_too(capsys: pytest.CaptureFixture[str]) -> None:
    workspace(**{"_draft/x.yaml": MIXED})
    code, lines = heads(capsys, "validate", "ws/_draft/x.yaml")
    assert code == 1
    assert (
        "ws/_draft/x.yaml:28:7: R131 hasil_kerja.utama[rhk-2]: RHK utama tidak menyebut RHK pimpinan yang diintervensi"
        in lines
    )


def test_a_refused_selection_names_the_reference_by_id(capsys: pytest.CaptureFixture[str]) -> None:
    workspace(
        **{
            f"diskominfo/{KABID_NIP}.yaml": KABID.replace(
                "      rhk: Tersedianya aplikasi layanan publik yang terintegrasi\n", ""
            )
        }
    )
    code, lines = heads(capsys, "render", STAFF_FILE, "-o", "out")
    assert code == 1
    assert f"ws/diskominfo/{KABID_NIP}.yaml:13:7: S002 hasil_kerja.utama[rhk-1]: kunci wajib 'rhk' tidak ada" in lines
    assert any(line.startswith(f"{STAFF_FILE}:15:19: E010 hasil_kerja.utama[rhk-1].intervensi: ") for line in lines)


def test_status_shows_fields_to_fill_by_id_and_keeps_the_machine_rincian(capsys: pytest.CaptureFixture[str]) -> None:
    staff = STAFF.replace("rhk: Terselenggaranya layanan e-government", 'rhk: "[ISI: rencana hasil kerja]"')
    workspace(staff.replace("umpan_balik: Sesuai jadwal}", 'bukti_dukung: ["https://x", "[ISI: tautan]"]}'))
    assert main(["status", "ws", "--format", "markdown"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if STAFF_NIP in line)
    assert row.endswith("| rencana: 1 isian; evaluasi: hasil_kerja.rhk-1.1.bukti_dukung[2] |")
    assert main(["status", "ws", "--format", "json"]) == 0
    people = json.loads(capsys.readouterr().out)["opd"][0]["pegawai"]
    kurang = next(p for p in people if p["nip"] == STAFF_NIP)["kekurangan"]
    assert [(k["jenis"], k["rincian"], k["rincian_teks"]) for k in kurang] == [
        ("rencana", ["hasil_kerja.utama[0].rhk"], ["hasil_kerja.utama[rhk-1].rhk"]),
        ("isian", ["hasil_kerja.rhk-1.1.bukti_dukung[1]"], ["hasil_kerja.rhk-1.1.bukti_dukung[2]"]),
    ]


def test_the_fields_to_fill_are_listed_by_id(capsys: pytest.CaptureFixture[str]) -> None:
    staff = STAFF.replace("target: 12", 'target: "[ISI: target]"')
    workspace(staff + 'lampiran:\n  konsekuensi: [Predikat turun, "[ISI: konsekuensi]"]\n')
    code, lines = heads(capsys, "validate", "ws")
    assert code == 0
    assert lines[0] == (
        f"{STAFF_FILE}:21:19: peringatan R190 hasil_kerja.utama[rhk-1].indikator[rhk-1.1].target: 2 isian belum diisi: "
        "hasil_kerja.utama[rhk-1].indikator[rhk-1.1].target; lampiran.konsekuensi[2]"
    )
