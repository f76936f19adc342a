"""One OPD's mistake stops nobody else: --opd, --nip, file and folder arguments need only what they print."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import HEAD, HEAD_NIP, KABID, KABID_NIP, OPD, REPO, STAFF_NIP, base_files, build_tree
from skpdoc.cli import main

B_HEAD = "198001012005011001"
B_STAFF = "198502022010011002"
B_OPD = OPD.replace("Dinas Komunikasi dan Informatika", "Badan Kepegawaian").replace("Diskominfo", "BKPSDM")
B_OPD = B_OPD.replace(HEAD_NIP, B_HEAD)
B_HEAD_SPEC = HEAD.replace(HEAD_NIP, B_HEAD).replace("Ahmad Fauzi", "Siti Aminah")
B_STAFF_SPEC = KABID.replace(KABID_NIP, B_STAFF).replace(HEAD_NIP, B_HEAD).replace("Budi Santoso", "Joko Widodo")
#: A mistake in a spec: an RHK without its text (a schema error).
BROKEN_STAFF = B_STAFF_SPEC.replace("      rhk: Tersedianya aplikasi layanan publik yang terintegrasi\n", "")


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """diskominfo (valid, from conftest) and bkpsdm, whose staff spec has an error; paths shown relative to tmp."""
    monkeypatch.chdir(tmp_path)
    files = {
        **base_files(),
        "bkpsdm/opd.yaml": B_OPD,
        f"bkpsdm/{B_HEAD}.yaml": B_HEAD_SPEC,
        f"bkpsdm/{B_STAFF}.yaml": BROKEN_STAFF,
    }
    return build_tree(tmp_path / "ws", files)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def built(out: Path) -> set[str]:
    return {p.relative_to(out / "2024").as_posix() for p in (out / "2024").rglob("*.docx")}


def validate_errors(capsys: pytest.CaptureFixture[str], *paths: str) -> int:
    _, out, _ = run(capsys, "validate", "--format", "json", *paths)
    return sum(1 for p in json.loads(out)["problems"] if p["severity"] == "error")


def test_the_broken_workspace_is_refused_as_a_whole_by_validate(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", "ws")[0] == 1
    assert validate_errors(capsys, "ws/bkpsdm") >= 1


def test_build_of_a_valid_opd_ignores_the_errors_of_another(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "build", "ws", "--opd", "diskominfo", "-o", "out", "--no-pdf", "-q")
    assert (code, err) == (0, "")
    names = built(Path("out"))
    assert f"diskominfo/{STAFF_NIP}/skp.docx" in names and "diskominfo/rekap-triwulan-1.docx" in names
    assert not any(name.startswith("bkpsdm/") for name in names)
    # the OPD folder as the argument means the same
    assert run(capsys, "build", "ws/diskominfo", "-o", "out2", "--no-pdf", "-q")[0] == 0
    assert built(Path("out2")) == names
    # and the broken OPD itself is refused with its errors
    code, _, err = run(capsys, "build", "ws", "--opd", "bkpsdm", "-o", "out3", "--no-pdf", "-q")
    assert code == 1 and f"ws/bkpsdm/{B_STAFF}.yaml:" in err and not Path("out3/2024/bkpsdm").exists()


def test_build_of_one_employee_writes_only_that_employees_forms(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff_forms = {f"diskominfo/{STAFF_NIP}/{name}.docx" for name in ("skp", "lampiran")}
    staff_forms |= {f"diskominfo/{STAFF_NIP}/{name}-triwulan-1.docx" for name in ("evaluasi", "dokumen-evaluasi")}
    assert run(capsys, "build", "ws", "--nip", STAFF_NIP, "-o", "out", "--no-pdf", "-q")[0] == 0
    assert built(Path("out")) == staff_forms
    # a spec file as the argument is that employee, not the whole workspace
    assert run(capsys, "build", f"ws/diskominfo/{STAFF_NIP}.yaml", "-o", "out2", "--no-pdf", "-q")[0] == 0
    assert built(Path("out2")) == staff_forms
    code, _, err = run(capsys, "build", "ws", "--nip", STAFF_NIP[:-1] + "9", "-o", "out3", "--no-pdf")
    assert code == 2 and "--nip" in err
    code, _, err = run(capsys, "build", "ws/diskominfo/opd.yaml", "-o", "out3", "--no-pdf")
    assert code == 2 and "bukan spesifikasi pegawai" in err and not Path("out3").exists()


def test_a_whole_build_skips_the_broken_opd_and_keeps_its_previous_outputs(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staff = two / "bkpsdm" / f"{B_STAFF}.yaml"
    staff.write_text(B_STAFF_SPEC, encoding="utf-8")
    assert run(capsys, "build", "ws", "-o", "out", "--no-pdf", "-q")[0] == 0
    before = built(Path("out"))
    b_outputs = {name for name in before if name.startswith("bkpsdm/")}
    assert f"bkpsdm/{B_STAFF}/skp.docx" in b_outputs
    staff.write_text(BROKEN_STAFF, encoding="utf-8")
    (two / "diskominfo" / f"{KABID_NIP}.yaml").write_text(KABID.replace("target: 10", "target: 11"), encoding="utf-8")
    code, _, err = run(capsys, "build", "ws", "-o", "out", "--no-pdf")
    count = validate_errors(capsys, "ws/bkpsdm")
    assert code == 1
    assert f"OPD bkpsdm dilewati: {count} kesalahan pada spesifikasi" in err
    assert "`skpdoc validate ws/bkpsdm`" in err and "1 OPD dilewati" in err
    assert "diskominfo" not in err.split("dilewati")[0]  # the valid OPD is built, not named
    # the valid OPD was rebuilt (the kabid's target changed), the skipped one's files and manifest entries stay
    assert built(Path("out")) == before
    manifest = json.loads(Path("out/2024/manifest.json").read_text())
    assert b_outputs <= set(manifest["outputs"])
    assert manifest["outputs"][f"diskominfo/{KABID_NIP}/skp.docx"]["inputs"]["spec_sha256"]
    code, _, err = run(capsys, "build", "ws", "-o", "out", "--no-pdf", "--lang", "en", "-q")
    noun = "error" if count == 1 else "errors"  # English counts its nouns
    assert code == 1 and f"OPD bkpsdm skipped: {count} {noun} in the specs" in err and "1 OPD skipped" in err
    # nor when the OPD's own opd.yaml is what is broken (the OPD is then unknown to the build altogether)
    (two / "bkpsdm" / "opd.yaml").write_text(B_OPD.replace("nama: Badan Kepegawaian\n", ""), encoding="utf-8")
    code, _, err = run(capsys, "build", "ws", "-o", "out", "--no-pdf", "-q")
    assert code == 1 and "OPD bkpsdm dilewati" in err
    assert built(Path("out")) == before
    assert b_outputs <= set(json.loads(Path("out/2024/manifest.json").read_text())["outputs"])


def test_a_selection_that_prints_a_broken_spec_is_refused_naming_it(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (two / "bkpsdm" / f"{B_STAFF}.yaml").write_text(B_STAFF_SPEC, encoding="utf-8")
    broken_head = B_HEAD_SPEC.replace("      rhk: Meningkatnya indeks SPBE Kabupaten\n", "")
    (two / "bkpsdm" / f"{B_HEAD}.yaml").write_text(broken_head, encoding="utf-8")
    code, _, err = run(capsys, "build", "ws", "--nip", B_STAFF, "-o", "out", "--no-pdf", "-q")
    assert code == 1
    lines = err.splitlines()
    assert any(
        line.startswith(f"ws/bkpsdm/{B_STAFF}.yaml:")
        and "E010 pejabat_penilai" in line
        and f"ws/bkpsdm/{B_HEAD}.yaml" in line
        for line in lines
    ), err
    assert any(line.startswith(f"ws/bkpsdm/{B_HEAD}.yaml:") for line in lines)
    assert "skpdoc: 1 kesalahan pada spesifikasi yang dibutuhkan pilihan ini" in err  # the notes are not counted
    assert not Path("out/2024/bkpsdm").exists()
    # the other OPD's employees are not held back by it
    assert run(capsys, "build", "ws", "--nip", STAFF_NIP, "-o", "out", "--no-pdf", "-q")[0] == 0


def test_rekap_of_one_opd_works_when_another_is_broken(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, by_option, _ = run(capsys, "rekap", "ws", "--opd", "diskominfo", "--format", "json")
    assert code == 0 and [opd["slug"] for opd in json.loads(by_option)["opd"]] == ["diskominfo"]
    code, by_folder, _ = run(capsys, "rekap", "ws/diskominfo", "--format", "json")
    assert (code, by_folder) == (0, by_option)
    code, csv, _ = run(capsys, "rekap", "ws", "--nip", STAFF_NIP, "--format", "csv")
    rows = csv.strip().splitlines()[1:]
    assert code == 0 and len(rows) == 1 and STAFF_NIP in rows[0]
    # the broken OPD, and the whole workspace with it, are still refused
    assert run(capsys, "rekap", "ws/bkpsdm")[0] == 1
    assert run(capsys, "rekap", "ws")[0] == 1


def test_render_pdf_converts_what_it_renders(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from skpdoc.textcheck import normalise

    code, _, err = run(capsys, "render", "ws", "--nip", STAFF_NIP, "--form", "skp", "--pdf", "-o", "out")
    assert code == 0, err
    assert sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*.*")) == [
        f"{STAFF_NIP}/skp.docx",
        f"{STAFF_NIP}/skp.pdf",
    ]
    text = normalise(" ".join(page.extract_text() for page in PdfReader(f"out/{STAFF_NIP}/skp.pdf").pages))
    assert "rina marlina" in text and "budi santoso" in text  # the employee and the penilai
    assert "1 dokumen ditulis ke out, 1 PDF, 0 gagal" in err


def test_status_and_evaluasi_buka_take_an_opd_folder_for_that_opd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = shutil.copytree(REPO / "specs", tmp_path / "specs")
    assert main(["status", str(specs / "bkpsdm"), "--format", "json"]) == 0
    assert [opd["slug"] for opd in json.loads(capsys.readouterr().out)["opd"]] == ["bkpsdm"]
    assert main(["evaluasi", "buka", "triwulan-1", str(specs / "diskominfo"), "--dry-run"]) == 0
    counted = capsys.readouterr().err
    assert main(["evaluasi", "buka", "triwulan-1", str(specs), "--dry-run"]) == 0
    whole = capsys.readouterr().err
    assert "36 sudah memilikinya" in counted and "46 sudah memilikinya" in whole, (counted, whole)
