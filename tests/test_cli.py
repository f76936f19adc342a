from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import skpdoc
from conftest import HEAD_NIP, KABID_NIP, STAFF, STAFF_NIP
from skpdoc.cli import cli, main


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("NO_COLOR", "1")
    return CliRunner()


def test_version(run: CliRunner) -> None:
    result = run.invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output == f"skpdoc {skpdoc.__version__}\n"


def test_validate_ok(ws: Path) -> None:
    assert main(["validate", str(ws)]) == 0


def test_validate_reports_located_problems_in_indonesian_and_english(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.write_text(
        STAFF.replace("pangkat: Penata\n", "pangkat: Penata Muda\n").replace("jabatan: Kepala", "jabatn: Kepala")
    )
    assert main(["validate", str(ws)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    # `jabatn` is one S001 ("did you mean 'jabatan'?"), not also S002 "jabatan is missing" (issue #13).
    assert lines[0].endswith(
        f"{STAFF_NIP}.yaml:4:12: R110 pegawai.pangkat: pangkat 'Penata Muda' tidak sesuai dengan golongan III/c"
    )
    assert lines[1] == "    golongan III/c berpangkat Penata"
    assert lines[2].endswith("S001 pegawai.jabatn: kunci tidak dikenal 'jabatn'")
    assert lines[3] == "    maksud Anda 'jabatan'?"
    assert err == "2 kesalahan, 0 peringatan dalam 5 berkas\n"
    assert main(["validate", "--lang", "en", str(ws)]) == 1
    out, err = capsys.readouterr()
    assert "R110 pegawai.pangkat: rank 'Penata Muda' does not match golongan III/c" in out
    assert "    did you mean 'jabatan'?" in out
    assert err == "2 errors, 0 warnings in 5 files\n"


def test_validate_json_contract(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staff = ws / "diskominfo" / f"{STAFF_NIP}.yaml"
    staff.write_text(STAFF.replace("predikat: baik", "predikat: sangat-baik"))
    assert main(["validate", "--format", "json-list", str(ws)]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert problems == [
        {
            "file": str(staff.relative_to(Path.cwd())) if staff.is_relative_to(Path.cwd()) else str(staff),
            "line": 30,
            "column": 15,
            "path": "evaluasi.triwulan-1.predikat",
            "where": "evaluasi.triwulan-1.predikat",
            "code": "R170",
            "severity": "error",
            "message": "predikat 'sangat-baik' tidak sesuai kuadran kinerja: sesuai-ekspektasi + di-atas-ekspektasi = baik",
            "hint": "ubah predikat menjadi baik, atau hapus `predikat:` agar dihitung otomatis",
        }
    ]


def test_warnings_pass_unless_strict(ws: Path) -> None:
    (ws / "diskominfo" / f"{STAFF_NIP}.yaml").rename(ws / "diskominfo" / "rina.yaml")
    assert main(["validate", str(ws)]) == 0
    assert main(["validate", "--strict", str(ws)]) == 1


def test_validate_a_single_file_and_the_current_folder(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["validate", str(ws / "diskominfo" / f"{STAFF_NIP}.yaml")]) == 0
    monkeypatch.chdir(ws / "diskominfo")
    assert main(["validate"]) == 0


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["validate", str(tmp_path)]) == 2
    assert "skpdoc.yaml tidak ditemukan" in capsys.readouterr().err
    assert main(["validate", "--format", "xml", str(tmp_path)]) == 2
    assert main(["no-such-command"]) == 2


def test_bug_exits_3_without_traceback(
    ws: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr("skpdoc.api.validate", boom)
    assert main(["validate", str(ws)]) == 3
    err = capsys.readouterr().err
    assert "kesalahan internal: RuntimeError('kaboom')" in err and "--debug" in err and "Traceback" not in err
    assert main(["validate", str(ws), "--lang", "en"]) == 3
    err = capsys.readouterr().err
    assert "internal error: RuntimeError('kaboom')" in err and "--debug" in err and "Traceback" not in err


def test_schema_print_and_write(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "opd"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Organisasi Perangkat Daerah"
    assert main(["schema", "--write", str(ws / ".skpdoc" / "schemas")]) == 0
    written = sorted(p.name for p in (ws / ".skpdoc" / "schemas").iterdir())
    assert written == ["opd.schema.json", "pegawai.schema.json", "skpdoc.schema.json"]
    assert main(["validate", str(ws)]) == 0  # dot-folders are not OPDs


def test_new_writes_a_valid_starter(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["new", "-w", str(ws), "--opd", "diskominfo", "--unit", "egov", "--penilai", KABID_NIP]
    args += ["--nip", "199505172020122003", "--nama", "Siti Aminah, A.Md.", "--jabatan", "Pengelola Layanan"]
    args += ["--jenis", "pelaksana", "--golongan", "II/c"]
    assert main(args) == 0
    created = ws / "diskominfo" / "199505172020122003.yaml"
    text = created.read_text()
    assert f'intervensi: "{KABID_NIP}#rhk-1"' in text and "pangkat: Pengatur" in text
    assert (
        main(["validate", str(ws)]) == 0
    )  # valid; what is left to fill is a warning (R190, tests/test_placeholders.py)
    assert main(args) == 2  # refuses to overwrite
    assert "sudah ada" in capsys.readouterr().err


def test_new_for_a_head_pppk_and_kualitatif(ws: Path) -> None:
    args = ["new", "-w", str(ws), "--opd", "diskominfo", "--unit", "egov", "--penilai", HEAD_NIP, "--pppk"]
    args += ["--nip", "199203142021212001", "--nama", "Dewi", "--jabatan", "Pranata Komputer Ahli Pertama"]
    args += ["--jenis", "fungsional", "--jenjang", "ahli-pertama", "--golongan", "IX", "--kualitatif"]
    assert main(args) == 0
    assert main(["validate", str(ws)]) == 0


def test_new_rejects_a_bad_nip(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["new", "-w", str(ws), "--opd", "diskominfo", "--nip", "198502292010011001", "--nama", "X"]
    args += ["--jabatan", "Y", "--jenis", "pelaksana", "--golongan", "II/a", "-o", "-"]
    assert main(args) == 2
    assert "R101" not in capsys.readouterr().err  # the message, not the code, is shown
    assert not list((ws / "diskominfo").glob("198502292010011001*"))


def test_help_lists_every_command(run: CliRunner) -> None:
    result = run.invoke(cli, ["--help"])
    for command in ("validate", "schema", "new"):
        assert f"  {command} " in result.output


def test_verbose_shows_the_debug_log_and_only_for_that_run(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["-v", "build", str(ws), "-o", str(out), "--no-pdf", "-q"]) == 0
    err = capsys.readouterr().err
    assert "skpdoc: debug: skpdoc.build: " in err and "to render" in err, err
    assert main(["build", str(ws), "-o", str(out), "--no-pdf", "-q"]) == 0
    assert "debug" not in capsys.readouterr().err


def test_importing_skpdoc_and_its_version_loads_neither_the_api_nor_jsonschema() -> None:
    import subprocess
    import sys

    probe = "import sys, skpdoc; skpdoc.__version__; print(sorted({'skpdoc.api', 'jsonschema'} & set(sys.modules)))"
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"
