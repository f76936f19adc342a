"""``skpdoc evaluasi capaian``: the OPD's capaian recorded in opd.yaml, nothing else of the file changed."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from conftest import OPD, base_files, build_tree
from skpdoc.cli import main

OPD_WITH_UPT = (
    OPD
    + """\
  # a UPT rated on its own
  - {id: upt, nama: UPT Layanan Data}
"""
)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return build_tree(tmp_path / "ws", base_files() | {"diskominfo/opd.yaml": "# Diskominfo\n" + OPD_WITH_UPT})


def changed(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_capaian_is_added_in_periode_order_and_the_rest_kept(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opd = ws / "diskominfo" / "opd.yaml"
    before = opd.read_text()
    assert main(["evaluasi", "capaian", "akhir", "baik", str(ws), "--opd", "diskominfo"]) == 0
    assert main(["evaluasi", "capaian", "triwulan-1", "istimewa", str(ws), "--opd", "diskominfo"]) == 0
    out = capsys.readouterr().out
    assert "diskominfo: capaian akhir - -> baik" in out and "diskominfo: capaian triwulan-1 - -> istimewa" in out
    assert changed(before, opd.read_text()) == [
        "+capaian_kinerja_organisasi:",
        "+  triwulan-1: istimewa",
        "+  akhir: baik",
    ]
    once = opd.read_text()
    assert main(["evaluasi", "capaian", "akhir", "baik", str(ws), "--opd", "diskominfo"]) == 0
    assert opd.read_text() == once and "sudah baik" in capsys.readouterr().out
    assert main(["validate", str(ws), "-q"]) == 0


def test_a_unit_rated_on_its_own_needs_its_kepala(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opd = ws / "diskominfo" / "opd.yaml"
    before = opd.read_text()
    assert main(["evaluasi", "capaian", "akhir", "baik", str(ws), "--opd", "diskominfo", "--unit", "upt"]) == 1
    err = capsys.readouterr().err
    assert "S002" in err and "kepala" in err and "tidak ada yang ditulis" in err
    assert opd.read_text() == before
    assert main(["evaluasi", "capaian", "akhir", "baik", str(ws), "--opd", "diskominfo", "--unit", "egov"]) == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["triwulan-5", "baik", "--opd", "diskominfo"], "--periode"),
        (["akhir", "baek", "--opd", "diskominfo"], "maksud Anda 'baik'?"),
        (["akhir", "baik", "--opd", "diskominfi"], "maksud Anda 'diskominfo'?"),
        (["akhir", "baik", "--opd", "diskominfo", "--unit", "aptik"], "maksud Anda 'aptika'?"),
        (["akhir", "baik"], "--opd"),
    ],
)
def test_unknown_values_are_refused_with_did_you_mean(
    ws: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    before = (ws / "diskominfo" / "opd.yaml").read_text()
    assert main(["evaluasi", "capaian", args[0], args[1], str(ws), *args[2:]]) == 2
    assert expected in capsys.readouterr().err
    assert (ws / "diskominfo" / "opd.yaml").read_text() == before


def test_status_judges_the_pola_once_the_capaian_is_known(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(ws), "--format", "json"]) == 0
    before = capsys.readouterr().out
    assert "tanpa-capaian" in before
    assert main(["evaluasi", "capaian", "triwulan-1", "baik", str(ws), "--opd", "diskominfo"]) == 0
    capsys.readouterr()
    assert main(["status", str(ws), "--format", "json"]) == 0
    assert "tanpa-capaian" not in capsys.readouterr().out
