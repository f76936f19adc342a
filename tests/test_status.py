"""``skpdoc status``: where a half-done workspace stands, per OPD and per employee; and the rekap at 80 columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import CAPAIAN, HEAD_NIP, KABID_NIP, REPO, STAFF_NIP, base_files, build_tree, staff_like
from skpdoc.cli import main

KABID_EVALUASI = """\
evaluasi:
  triwulan-1:
    tanggal: 2024-04-05
    hasil_kerja:
      rhk-1.1: {realisasi: 3}
    rating_hasil_kerja: sesuai-ekspektasi
    rating_perilaku_kerja: sesuai-ekspektasi
"""
BROKEN = "199001012015011001"


def _nip(seq: int) -> str:
    return STAFF_NIP[:-3] + f"{seq:03d}"


@pytest.fixture
def crunch(tmp_path: Path) -> Path:
    """Nine specs of one OPD in every state of the crunch, for triwulan-1 (capaian Baik).

    head: plan complete, no evaluation · kabid, staff: rated (baik) · 101: rated butuh perbaikan ·
    102: opened, nothing filled · 103: filled, not rated · 104: plan with an [ISI] RHK and an unconfirmed
    penilai and target, rated baik · 105: invalid golongan, rated sangat baik · one file that is not YAML.
    """
    files = base_files()
    files["diskominfo/opd.yaml"] += CAPAIAN
    files[f"diskominfo/{KABID_NIP}.yaml"] += KABID_EVALUASI
    placeholder = '"[ISI: rating]"'
    states = {
        101: ("di-bawah-ekspektasi", "sesuai-ekspektasi"),
        102: (placeholder, placeholder),
        103: (placeholder, placeholder),
        104: ("sesuai-ekspektasi", "di-atas-ekspektasi"),
        105: ("di-atas-ekspektasi", "di-atas-ekspektasi"),
    }
    for seq, (hasil, perilaku) in states.items():
        nip, text = staff_like(seq, hasil, perilaku)
        if seq == 102:
            text = text.replace("{realisasi: 3,", '{realisasi: "[ISI: realisasi]",')
        if seq == 104:
            text = text.replace("rhk: Terselenggaranya layanan e-government", 'rhk: "[ISI: rencana hasil kerja]"')
            text += 'belum_dikonfirmasi: [pejabat_penilai, "hasil_kerja.utama[0].indikator[0].target"]\n'
        if seq == 105:
            text = text.replace("golongan: III/c", "golongan: III/z")
        files[f"diskominfo/{nip}.yaml"] = text
    files[f"diskominfo/{BROKEN}.yaml"] = "pegawai: [\n"
    return build_tree(tmp_path / "ws", files)


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_status_counts_every_state(crunch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(["status", str(crunch), "--format", "json"], capsys)
    assert data["version"] == 1 and data["periode"] == "triwulan-1" and data["lengkap"] is False
    (opd,) = data["opd"]
    assert {k: opd[k] for k in ("jumlah_pegawai", "rencana_lengkap", "penilai_belum_dikonfirmasi", "galat")} == {
        "jumlah_pegawai": 9,
        "rencana_lengkap": 6,
        "penilai_belum_dikonfirmasi": 1,
        "galat": 2,
    }
    assert opd["evaluasi"] == {"dibuka": 7, "terisi": 6, "dinilai": 5}
    # Counted within the OPD (its head is not): kabid, staff, 104 baik, 101 butuh perbaikan, 105 sangat baik;
    # 102 and 103 not rated yet. Baik 3 of 5 = 60% and one Butuh Perbaikan: the pola holds so far.
    (org,) = opd["pola"]["organisasi"]
    assert opd["pola"]["status"] == "sesuai-sementara"
    assert (org["dinilai"], org["belum_dinilai"], org["capaian_kinerja_organisasi"]) == (5, 2, "baik")
    assert org["jumlah"] == {"sangat-baik": 1, "baik": 3, "butuh-perbaikan": 1, "kurang": 0, "sangat-kurang": 0}
    missing = {p["nip"]: [k["jenis"] for k in p["kekurangan"]] for p in opd["pegawai"]}
    assert missing == {
        HEAD_NIP: ["evaluasi"],
        KABID_NIP: [],
        STAFF_NIP: [],
        _nip(101): [],
        _nip(102): ["realisasi", "rating"],
        _nip(103): ["rating"],
        _nip(104): ["rencana", "penilai", "usulan"],
        _nip(105): ["galat"],
        BROKEN: ["galat"],
    }
    order = [p["nip"] for p in opd["pegawai"]]
    assert order[:2] == [HEAD_NIP, KABID_NIP] and order[-1] == BROKEN  # the forms' order; the unreadable last
    staff_104 = next(p for p in opd["pegawai"] if p["nip"] == _nip(104))
    assert staff_104["kekurangan"][0]["rincian"] == ["hasil_kerja.utama[0].rhk"]
    assert staff_104["kekurangan"][2]["rincian"] == ["hasil_kerja.utama[0].indikator[0].target"]
    assert staff_104["predikat"] == "baik" and staff_104["rencana_lengkap"] is False


def test_status_text_fits_80_columns(
    crunch: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["status", str(crunch)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    row = next(line for line in lines if line.lstrip().startswith("Diskominfo"))
    assert row.split()[:8] == ["Diskominfo", "9", "6", "1", "7", "6", "5", "2"]  # numbers whole, on one line
    assert "Yang belum lengkap" in out and "Dinas Komunikasi dan Informatika" in out  # the OPD heads its rows
    nips = re.findall(r"\b\d{18}\b", out)
    assert nips == [HEAD_NIP, _nip(102), _nip(103), _nip(104), _nip(105), BROKEN]  # whole, never wrapped
    assert "pejabat penilai belum dikonfirmasi" in " ".join(out.split())
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["status", str(crunch), "--lang", "en"]) == 0
    wide = capsys.readouterr().out
    assert max(len(line) for line in wide.splitlines()) <= 120
    assert "Dinas Komunikasi dan Informatika" in wide and "holds so far" in wide
    assert re.search(rf"diskominfo\s+{_nip(103)}\s+Staf 103, S.Kom.\s+rating: results, behaviour", wide)


def test_status_markdown(crunch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(crunch), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Status SKP Pemerintah Kabupaten Contoh 2024 — periode Triwulan I\n")
    assert "| Dinas Komunikasi dan Informatika | 9 | 6 | 1 | 7 | 6 | 5 | 2 | sesuai sejauh ini |" in out
    assert (
        f"| diskominfo | {_nip(102)} | Staf 102, S.Kom. | realisasi: 1 indikator; rating: hasil kerja, perilaku kerja |"
        in out
    )
    assert f"| diskominfo | {HEAD_NIP} | Ir. Ahmad Fauzi, M.Si. | evaluasi triwulan-1 belum dibuka |" in out
    assert f"| diskominfo | {BROKEN} | ? | kesalahan Y001: jalankan skpdoc validate |" in out


def test_status_before_any_evaluation_and_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = base_files()
    staff = files[f"diskominfo/{STAFF_NIP}.yaml"]
    files[f"diskominfo/{STAFF_NIP}.yaml"] = staff[: staff.index("evaluasi:")]
    ws = build_tree(tmp_path / "ws", files)
    data = _json(["status", str(ws), "--format", "json"], capsys)
    assert data["periode"] is None and data["lengkap"] is True
    assert data["opd"][0]["evaluasi"] is None and data["opd"][0]["pola"] is None
    assert main(["status", str(ws), "--strict"]) == 0
    assert "Semua lengkap." in capsys.readouterr().out
    data = _json(["status", str(ws), "--format", "json", "--periode", "akhir"], capsys)
    assert data["opd"][0]["evaluasi"] == {"dibuka": 0, "terisi": 0, "dinilai": 0}
    assert main(["status", str(ws), "--periode", "akhir", "--strict"]) == 1
    capsys.readouterr()
    assert main(["status", str(ws), "--periode", "akir"]) == 2
    assert "maksud Anda 'akhir'?" in capsys.readouterr().err


def test_status_after_buka(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The round just opened: everyone is listed for realisasi and ratings."""
    ws = build_tree(tmp_path / "ws", base_files())
    assert main(["evaluasi", "buka", "triwulan-2", str(ws), "-q"]) == 0
    data = _json(["status", str(ws), "--format", "json"], capsys)
    assert data["periode"] == "triwulan-2"
    assert data["opd"][0]["evaluasi"] == {"dibuka": 3, "terisi": 0, "dinilai": 0}
    assert data["opd"][0]["galat"] == 0 and data["opd"][0]["rencana_lengkap"] == 3
    kinds = {p["nip"]: [k["jenis"] for k in p["kekurangan"]] for p in data["opd"][0]["pegawai"]}
    assert kinds == {nip: ["realisasi", "rating", "isian"] for nip in (HEAD_NIP, KABID_NIP, STAFF_NIP)}


@pytest.mark.parametrize("width", [80, 120])
def test_rekap_text_fits_the_terminal(
    width: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    assert main(["rekap", str(REPO / "specs"), "--opd", "bkpsdm"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= width
    rows = [line for line in out.splitlines() if re.match(r"\s*\d+\s+\d{18}\s", line)]
    assert len(rows) == 10  # every employee's line starts with No and the whole NIP
    assert all(re.search(r"\s(Di atas|Sesuai|Di bawah)\s+(Di atas|Sesuai|Di bawah)\s", row) for row in rows)
    assert "Butuh" in out and "Perbaika\n" not in out  # wrapped at the space, never inside the word
    assert ("Jabatan" in out) is (width >= 110)
