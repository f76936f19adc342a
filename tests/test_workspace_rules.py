from __future__ import annotations

from pathlib import Path

from conftest import HEAD, HEAD_NIP, KABID, KABID_NIP, OPD, STAFF, STAFF_NIP
from skpdoc import validate


def found(ws: Path) -> list[str]:
    return sorted(f"{p.file.name}:{p.code}@{p.line}" for p in validate([ws]).problems)


def test_valid_workspace_has_no_problems(ws: Path) -> None:
    assert found(ws) == []


def test_one_spec_per_nip(ws: Path) -> None:
    (ws / "diskominfo" / "copy.yaml").write_text(STAFF)
    assert found(ws) == ["copy.yaml:R150@3"]  # files are read in name order; the later one is the duplicate


def test_file_name_must_match_nip(ws: Path) -> None:
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").rename(ws / "diskominfo" / "rina.yaml")
    problems = validate([ws]).problems
    assert [(p.code, p.severity.value) for p in problems] == [("R151", "warning")]


def test_cycle_of_penilai_is_reported_once(ws: Path) -> None:
    kabid = KABID.replace(f'pejabat_penilai: "{HEAD_NIP}"', f'pejabat_penilai: "{STAFF_NIP}"')
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").write_text(kabid)
    codes = [p.code for p in validate([ws]).problems]
    assert codes.count("R141") == 1


def test_chain_must_end_at_the_head(ws: Path) -> None:
    inline = "pejabat_penilai:\n  nama: Seseorang\n  jabatan: Pejabat Lain\n"
    kabid = KABID.replace(f'pejabat_penilai: "{HEAD_NIP}"\n', inline)
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").write_text(kabid)
    assert found(ws) == [f"{KABID_NIP}.yaml:R142@10"]


def test_head_of_opd_must_have_a_spec(ws: Path) -> None:
    (ws / "diskominfo" / "opd.yaml").write_text(OPD.replace(HEAD_NIP, "198001012005011001"))
    assert "opd.yaml:R153@3" in found(ws)


def test_units_duplicates_unknown_parent_and_cycles(ws: Path) -> None:
    opd = OPD.replace("induk: aptika", "induk: aptka") + "  \n"
    (ws / "diskominfo" / "opd.yaml").write_text(opd)
    assert found(ws) == ["opd.yaml:R154@6"]
    looped = OPD.replace(
        "  - {id: aptika, nama: Bidang Aplikasi Informatika}",
        "  - {id: aptika, nama: Bidang Aplikasi Informatika, induk: egov}",
    )
    (ws / "diskominfo" / "opd.yaml").write_text(looped)
    assert sorted(p.code for p in validate([ws]).problems) == ["R156", "R156"]
    twice = OPD + "  - {id: aptika, nama: Lagi}\n"
    twice += "capaian_kinerja_organisasi: {}\n"
    (ws / "diskominfo" / "opd.yaml").write_text(twice)
    assert [p.code for p in validate([ws]).problems] == ["R155"]


def test_intervensi_of_someone_other_than_the_penilai_is_a_warning(ws: Path) -> None:
    staff = STAFF.replace(f'"{KABID_NIP}#rhk-1"', f'"{HEAD_NIP}#rhk-1"')
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(staff)
    problems = validate([ws]).problems
    assert [(p.code, p.severity.value) for p in problems] == [("R135", "warning")]
    assert validate([ws]).ok() and not validate([ws]).ok(strict=True)


def test_outside_penilai_needs_an_atasan_when_evaluated(ws: Path) -> None:
    head = HEAD.replace("atasan_pejabat_penilai:\n  nama: H. Bupati\n  jabatan: Bupati Contoh\n", "")
    head += "evaluasi:\n  akhir:\n    tanggal: 2024-12-30\n    rating_hasil_kerja: sesuai-ekspektasi\n"
    head += "    rating_perilaku_kerja: sesuai-ekspektasi\n"
    (ws / "diskominfo" / f"{HEAD_NIP}.yaml").write_text(head)
    assert found(ws) == [f"{HEAD_NIP}.yaml:R144@1"]


def test_jpt_rules(ws: Path) -> None:
    head = HEAD.replace("perspektif: penerima-layanan", "aspek: kuantitas")
    (ws / "diskominfo" / f"{HEAD_NIP}.yaml").write_text(head)
    assert found(ws) == [f"{HEAD_NIP}.yaml:R120@26"]
    head = HEAD.replace("          perspektif: penerima-layanan\n", "")
    (ws / "diskominfo" / f"{HEAD_NIP}.yaml").write_text(head)
    assert found(ws) == [f"{HEAD_NIP}.yaml:R121@25"]


def test_fungsional_needs_jenjang(ws: Path) -> None:
    staff = STAFF.replace("jenis_jabatan: pengawas", "jenis_jabatan: fungsional")
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(staff)
    assert found(ws) == [f"{STAFF_NIP}.yaml:R113@7"]
    staff = staff.replace("jenis_jabatan: fungsional", "jenis_jabatan: fungsional\n  jenjang: ahli-muda")
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(staff)
    assert found(ws) == []
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace("  unit: egov", "  jenjang: ahli-muda"))
    assert found(ws) == [f"{STAFF_NIP}.yaml:R114@8"]


def test_kualitatif_spec(ws: Path) -> None:
    staff = STAFF.replace("pendekatan: kuantitatif", "pendekatan: kualitatif").replace(
        "          iki: Jumlah layanan terintegrasi\n          target: 12\n          satuan: Layanan\n",
        "          ukuran_keberhasilan: Dua belas layanan terintegrasi dan dipakai masyarakat\n",
    )
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(staff)
    assert found(ws) == []
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(
        staff.replace("          ukuran_keberhasilan: Dua", "          x: Dua")
    )
    assert "R126" in [p.code for p in validate([ws]).problems]


def test_selected_files_only_report_their_own_problems(ws: Path) -> None:
    (ws / "diskominfo" / f"{KABID_NIP}.yaml").write_text(KABID.replace("golongan: IV/a", "golongan: IV/b"))
    assert validate([ws / "diskominfo" / f"{STAFF_NIP}.yaml"]).ok()
    assert not validate([ws / "diskominfo" / f"{KABID_NIP}.yaml"]).ok()


def test_evaluation_before_its_period_is_a_warning(ws: Path) -> None:
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(STAFF.replace("tanggal: 2024-04-05", "tanggal: 2024-02-05"))
    assert [(p.code, p.severity.value) for p in validate([ws]).problems] == [("R163", "warning")]


def test_period_end_before_start(ws: Path) -> None:
    staff = STAFF.replace("pendekatan:", "periode: {mulai: 2024-06-01, selesai: 2024-01-31}\npendekatan:")
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").write_text(staff)
    assert found(ws) == [f"{STAFF_NIP}.yaml:R162@10"]
