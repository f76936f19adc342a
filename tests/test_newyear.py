"""`skpdoc tahun-baru`: next year's workspace, the plans carried over, the year's facts dropped, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import KABID_NIP, REPO, STAFF_NIP, build_tree, git, pin_git
from skpdoc import newyear
from skpdoc.cli import main

STAFF_FILE = f"diskominfo/{STAFF_NIP}.yaml"


@pytest.fixture(autouse=True)
def _git(monkeypatch: pytest.MonkeyPatch) -> None:
    pin_git(monkeypatch)


def load(path: Path) -> dict[str, object]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # dates and numbers as text
    assert isinstance(data, dict)
    return data


def validate_codes(ws: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["validate", "--format", "json-list", str(ws)]) == 0
    return [p["code"] for p in json.loads(capsys.readouterr().out)]


def test_carries_the_plans_and_drops_the_year(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff = ws / STAFF_FILE
    text = staff.read_text().replace("pendekatan: kuantitatif\n", "pendekatan: kuantitatif   # tetap\n")
    staff.write_text("# SKP Rina, disusun bersama Kabid\n" + text.replace("evaluasi:\n", "# penilaian\nevaluasi:\n"))
    opd = ws / "diskominfo/opd.yaml"
    opd.write_text("# OPD kami\n" + opd.read_text() + "capaian_kinerja_organisasi:  # tahun lalu\n  akhir: baik\n")
    build_tree(ws, {"templates/skp-ja-jf-kuantitatif.docx": "bukan docx sungguhan", "_draft/x.yaml": "a: 1\n"})
    out = tmp_path / "skp-2025"

    assert main(["tahun-baru", "2025", str(ws), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"SKP 2025 ditulis di {out}: 3 pegawai dari 1 OPD; 7 usulan (target, pejabat penilai)" in err
    assert "3 isian [ISI] (tanggal penetapan)" in err

    assert load(out / "skpdoc.yaml") == {
        "instansi": "Pemerintah Kabupaten Contoh",
        "tahun": "2025",
        "tempat": "Kota Contoh",
    }
    assert (out / "diskominfo/opd.yaml").read_text() == "# OPD kami\n" + (ws / "diskominfo/opd.yaml").read_text()[
        len("# OPD kami\n") :
    ].split("capaian_kinerja_organisasi")[0]
    carried = (out / STAFF_FILE).read_text()
    assert carried.startswith("# SKP Rina, disusun bersama Kabid\npegawai:\n")
    assert "pendekatan: kuantitatif   # tetap\n" in carried
    assert "# penilaian\n" in carried  # a comment before a dropped block stays: it may be about anything
    data = load(out / STAFF_FILE)
    assert "evaluasi" not in data and "periode" not in data
    assert data["penetapan"] == {"tanggal": "[ISI: tanggal penetapan SKP 2025, paling lambat akhir Januari]"}
    assert data["pejabat_penilai"] == KABID_NIP
    assert data["belum_dikonfirmasi"] == ["pejabat_penilai", "hasil_kerja.utama[0].indikator[0].target"]
    assert data["hasil_kerja"] == load(ws / STAFF_FILE)["hasil_kerja"]  # targets kept as they were
    assert carried.endswith(
        "# Usulan dari SKP 2024: periksa setiap nilai, lalu hapus barisnya di sini bila sudah benar.\n"
        "belum_dikonfirmasi:\n  - pejabat_penilai\n  - hasil_kerja.utama[0].indikator[0].target\n"
    )
    assert (out / "templates/skp-ja-jf-kuantitatif.docx").read_text() == "bukan docx sungguhan"
    assert not (out / "_draft").exists()
    for rel in (
        ".gitattributes",
        ".pre-commit-config.yaml",
        ".vscode/settings.json",
        ".skpdoc/schemas/pegawai.schema.json",
    ):
        assert (out / rel).is_file()
    assert git(out, "config", "--get", "diff.skpdoc.textconv").strip() == "skpdoc diff --textconv"
    assert set(validate_codes(out, capsys)) == {"R190", "R191"}
    assert not list(tmp_path.glob(".skp-2025*"))  # the temporary folder is gone


def test_the_example_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "2025"
    assert main(["tahun-baru", "2025", str(REPO / "specs"), "-o", str(out)]) == 0
    specs = sorted((REPO / "specs").glob("*/[0-9]*.yaml"))
    codes = validate_codes(out, capsys)
    assert sorted(set(codes)) == ["R190", "R191"] and len(codes) == 2 * len(specs)
    for old in specs:  # every RHK and indicator is still there, targets included
        new = load(out / old.relative_to(REPO / "specs"))
        assert new["hasil_kerja"] == load(old)["hasil_kerja"]
        assert new["pegawai"] == load(old)["pegawai"]


def test_a_second_year_lists_each_proposal_once(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tahun-baru", "2025", str(ws), "-o", str(tmp_path / "a")]) == 0
    assert main(["tahun-baru", "2026", str(tmp_path / "a"), "-o", str(tmp_path / "b")]) == 0
    data = load(tmp_path / "b" / STAFF_FILE)
    assert data["belum_dikonfirmasi"] == ["pejabat_penilai", "hasil_kerja.utama[0].indikator[0].target"]
    assert data["penetapan"] == {"tanggal": "[ISI: tanggal penetapan SKP 2026, paling lambat akhir Januari]"}
    assert (tmp_path / "b" / STAFF_FILE).read_text().count("belum_dikonfirmasi:") == 1


def test_an_employee_reaching_retirement_age_gets_a_shorter_period(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nip = "196703152000031001"  # born March 1967: a pelaksana is 58 in March 2025
    text = (
        (ws / STAFF_FILE)
        .read_text()
        .replace(STAFF_NIP, nip)
        .replace("jenis_jabatan: pengawas", "jenis_jabatan: pelaksana")
    )
    (ws / STAFF_FILE).unlink()
    build_tree(ws, {f"diskominfo/{nip}.yaml": text})
    assert main(["tahun-baru", "2025", str(ws), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "mencapai batas usia pensiun 58 tahun pada 2025-03: periode SKP 2025 diusulkan sampai 2025-03-31" in err
    data = load(tmp_path / "out" / f"diskominfo/{nip}.yaml")
    assert data["periode"] == {"mulai": "2025-01-01", "selesai": "2025-03-31"}
    assert data["belum_dikonfirmasi"][-1] == "periode"
    assert set(validate_codes(tmp_path / "out", capsys)) == {"R190", "R191"}

    assert main(["tahun-baru", "2026", str(ws), "-o", str(tmp_path / "later"), "--lang", "en"]) == 0
    assert "reached the retirement age of 58 in 2025-03, before 2026" in capsys.readouterr().err
    assert load(tmp_path / "later" / f"diskominfo/{nip}.yaml")["belum_dikonfirmasi"][0] == "pegawai"


def test_a_flow_style_or_crlf_spec_is_carried_too(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff = load(ws / STAFF_FILE)
    typed = yaml.safe_load((ws / STAFF_FILE).read_text())
    (ws / STAFF_FILE).write_text(json.dumps(typed, ensure_ascii=False, default=str))  # JSON is YAML: one flow mapping
    kabid = ws / f"diskominfo/{KABID_NIP}.yaml"
    kabid.write_bytes(kabid.read_bytes().replace(b"\n", b"\r\n"))
    assert main(["tahun-baru", "2025", str(ws), "-o", str(tmp_path / "out")]) == 0
    data = load(tmp_path / "out" / STAFF_FILE)
    assert "evaluasi" not in data and data["hasil_kerja"] == staff["hasil_kerja"]
    assert data["belum_dikonfirmasi"] == ["pejabat_penilai", "hasil_kerja.utama[0].indikator[0].target"]
    assert load(tmp_path / "out" / f"diskominfo/{KABID_NIP}.yaml")["belum_dikonfirmasi"][0] == "pejabat_penilai"
    assert set(validate_codes(tmp_path / "out", capsys)) == {"R190", "R191"}


def test_refusals_write_nothing(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tahun-baru", "2024", str(ws), "-o", str(tmp_path / "out")]) == 2
    assert "tahun baru 2024 harus sesudah tahun workspace ini (2024)" in capsys.readouterr().err
    build_tree(tmp_path, {"penuh/catatan.txt": "x"})
    assert main(["tahun-baru", "2025", str(ws), "-o", str(tmp_path / "penuh")]) == 2
    assert "sudah ada dan bukan folder kosong; tidak ditimpa" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "penuh").iterdir()) == ["catatan.txt"]
    assert main(["tahun-baru", "2025", str(ws), "-o", str(ws / "_2025")]) == 2
    assert "workspace tahun baru harus di luarnya" in capsys.readouterr().err

    (ws / STAFF_FILE).write_text((ws / STAFF_FILE).read_text() + "pendekatan: kualitatif\n")  # a duplicate key
    assert main(["tahun-baru", "2025", str(ws), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"{STAFF_FILE}:" in err and "Y002" in err  # located, as validate says it
    assert "1 berkas tidak dapat dibaca sebagai YAML (di atas); tidak ada yang ditulis" in err
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_empty_output_folder_is_used_and_a_failure_leaves_nothing(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kosong").mkdir()
    assert main(["tahun-baru", "2025", str(ws), "-o", str(tmp_path / "kosong")]) == 0
    assert (tmp_path / "kosong" / STAFF_FILE).is_file()

    def broken(root: Path, building: Path) -> None:
        (building / "templates").mkdir()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(newyear, "_copy_templates", broken)
    assert main(["tahun-baru", "2025", str(ws), "-o", str(tmp_path / "gagal")]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kosong", "ws"]
