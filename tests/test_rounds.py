"""``skpdoc evaluasi buka``: an evaluation block for every spec that lacks one, and nothing else changed."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import KABID_NIP, REPO, STAFF_NIP, add_staff, base_files, build_tree
from skpdoc.cli import main

EXAMPLE = REPO / "specs"
COMMENT = "    # dinilai bersama tim kinerja\n"


def _drop(text: str, periode: str, following: str | None) -> str:
    """``text`` without its evaluation block for ``periode`` (ending where ``following`` starts, or at the end)."""
    start = text.index(f"  {periode}:\n")
    end = text.index(f"  {following}:\n") if following else len(text)
    return text[:start] + text[end:]


@pytest.fixture
def example(tmp_path: Path) -> tuple[Path, list[Path]]:
    """The example workspace with triwulan-2 taken out of every third spec (and akhir out of one of them)."""
    ws = tmp_path / "ws"
    shutil.copytree(EXAMPLE, ws, ignore=shutil.ignore_patterns(".skpdoc"))
    lacking = sorted(ws.glob("*/[0-9]*.yaml"))[::3]
    for path in lacking:
        text = _drop(path.read_text(encoding="utf-8"), "triwulan-2", "triwulan-3")
        path.write_text(text.replace("  triwulan-3:\n", COMMENT + "  triwulan-3:\n", 1), encoding="utf-8")
    last = lacking[0]
    last.write_text(_drop(last.read_text(encoding="utf-8"), "akhir", None), encoding="utf-8")
    return ws, lacking


def _snapshot(ws: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(ws.rglob("*")) if p.is_file() and ".skpdoc" not in p.parts}


def _added(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``; fails when anything else changed or the additions are not one block."""
    ops = difflib.SequenceMatcher(None, before.splitlines(True), after.splitlines(True), autojunk=False).get_opcodes()
    changes = [op for op in ops if op[0] != "equal"]
    assert [op[0] for op in changes] == ["insert"], changes
    _, _, _, j1, j2 = changes[0]
    return after.splitlines(True)[j1:j2]


def _codes(ws: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["validate", str(ws), "--format", "json-list"]) == 0
    return [p["code"] for p in json.loads(capsys.readouterr().out)]


def test_buka_adds_exactly_the_block_to_the_specs_lacking_it(
    example: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, lacking = example
    before = _snapshot(ws)
    warnings_before = _codes(ws, capsys)
    assert main(["evaluasi", "buka", "triwulan-2", str(ws)]) == 0
    err = capsys.readouterr().err
    total = len(list(ws.glob("*/[0-9]*.yaml")))
    assert (
        f"evaluasi triwulan-2: {len(lacking)} spesifikasi ditambahi blok evaluasi, {total - len(lacking)} sudah" in err
    )
    after = _snapshot(ws)
    changed = {p for p in before if before[p] != after[p]}
    assert changed == set(lacking)
    for path in lacking:
        old, new = before[path].decode(), after[path].decode()
        block = _added(old, new)
        assert block[0] == "  triwulan-2:\n"  # in periode order
        assert new.index("  triwulan-1:\n") < new.index("  triwulan-2:\n") < new.index("  triwulan-3:\n")
        assert COMMENT in new and new.startswith("# yaml-language-server:")  # comments kept
        data = yaml.safe_load(new)["evaluasi"]["triwulan-2"]
        indicators = [
            i["id"]
            for s in ("utama", "tambahan")
            for r in yaml.safe_load(new)["hasil_kerja"].get(s, [])
            for i in r["indikator"]
        ]
        assert list(data["hasil_kerja"]) == indicators
        assert all(
            v == {"realisasi": v["realisasi"]} and v["realisasi"].startswith("[ISI: realisasi")
            for v in data["hasil_kerja"].values()
        )
        assert data["tanggal"].startswith("[ISI: tanggal") and data["rating_hasil_kerja"].startswith("[ISI: ")
        assert "predikat" not in data and "umpan_balik" not in str(data)
    # What validate says afterwards: the same as before, plus one R190 (fields to fill) per opened spec.
    warnings_after = _codes(ws, capsys)
    assert sorted(warnings_after) == sorted(warnings_before + ["R190"] * len(lacking))


def test_buka_twice_changes_nothing(example: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]) -> None:
    ws, _ = example
    assert main(["evaluasi", "buka", "triwulan-2", str(ws)]) == 0
    once = _snapshot(ws)
    assert main(["evaluasi", "buka", "triwulan-2", str(ws)]) == 0
    assert _snapshot(ws) == once
    assert "0 spesifikasi ditambahi blok evaluasi" in capsys.readouterr().err


def test_buka_appends_akhir_at_the_end_and_dry_run_writes_nothing(
    example: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, lacking = example
    before = _snapshot(ws)
    assert main(["evaluasi", "buka", "akhir", str(ws), "--dry-run", "-v", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert _snapshot(ws) == before
    assert out.split() == [str(lacking[0])] and "1 spec would get the block" in err and "dry run" in err
    assert main(["evaluasi", "buka", "akhir", str(ws), "--opd", lacking[0].parent.name]) == 0
    new = lacking[0].read_text(encoding="utf-8")
    assert _added(before[lacking[0]].decode(), new)[0] == "  akhir:\n" and new.endswith('"\n')


def test_buka_refuses_unknown_periode_and_opd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = build_tree(tmp_path / "ws", base_files())
    assert main(["evaluasi", "buka", "triwulan2", str(ws)]) == 2
    assert "maksud Anda 'triwulan-2'?" in capsys.readouterr().err
    assert main(["evaluasi", "buka", "triwulan-2", str(ws), "--opd", "diskominf"]) == 2
    assert "maksud Anda 'diskominfo'?" in capsys.readouterr().err


def test_buka_on_specs_still_holding_placeholders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A plan still [ISI] (no evaluasi yet, CRLF line endings, a BOM) gets its block with its own layout kept."""
    files = base_files()
    files[f"diskominfo/{KABID_NIP}.yaml"] = (
        files[f"diskominfo/{KABID_NIP}.yaml"]
        .replace("rhk: Tersedianya aplikasi layanan publik yang terintegrasi", 'rhk: "[ISI: rencana hasil kerja]"')
        .replace("target: 10", 'target: "[ISI: target]"')
        + "belum_dikonfirmasi: [pejabat_penilai]\n"
    )
    ws = build_tree(tmp_path / "ws", files)
    kabid = ws / "diskominfo" / f"{KABID_NIP}.yaml"
    original = b"\xef\xbb\xbf" + kabid.read_bytes().replace(b"\n", b"\r\n")
    kabid.write_bytes(original)
    assert main(["evaluasi", "buka", "triwulan-1", str(ws)]) == 0
    assert "2 spesifikasi ditambahi blok evaluasi, 1 sudah memilikinya" in capsys.readouterr().err
    raw = kabid.read_bytes()
    assert raw.startswith(original) and b"\n" not in raw.replace(b"\r\n", b"")  # appended; BOM and CRLF kept
    added = raw[len(original) :].decode().replace("\r\n", "\n")
    assert added == (
        "evaluasi:\n"
        "  triwulan-1:\n"
        '    tanggal: "[ISI: tanggal penilaian Triwulan I, YYYY-MM-DD]"\n'
        "    hasil_kerja:\n"
        "      rhk-1.1:\n"
        '        realisasi: "[ISI: realisasi]"\n'
        '    rating_hasil_kerja: "[ISI: di-atas-ekspektasi / sesuai-ekspektasi / di-bawah-ekspektasi]"\n'
        '    rating_perilaku_kerja: "[ISI: di-atas-ekspektasi / sesuai-ekspektasi / di-bawah-ekspektasi]"\n'
    )
    assert main(["validate", str(ws), "--format", "json-list"]) == 0
    assert {p["code"] for p in json.loads(capsys.readouterr().out)} <= {"R190", "R191"}


def test_buka_names_the_specs_it_cannot_open_and_opens_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = base_files()
    files[f"diskominfo/{KABID_NIP}.yaml"] += "evaluasi: [triwulan-1]\n"
    files["diskominfo/199001012015011001.yaml"] = "pegawai: [\n"
    ws = build_tree(tmp_path / "ws", files)
    assert main(["evaluasi", "buka", "triwulan-2", str(ws)]) == 1
    err = capsys.readouterr().err
    assert f"{KABID_NIP}.yaml:" in err and "K001 evaluasi: evaluasi bukan mapping" in err
    assert "199001012015011001.yaml" in err and "K002" in err
    assert "2 spesifikasi ditambahi blok evaluasi, 0 sudah memilikinya, 2 tidak dapat dibuka" in err
    assert "triwulan-2:" in (ws / "diskominfo" / f"{STAFF_NIP}.yaml").read_text(encoding="utf-8")


def test_buka_in_worker_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = build_tree(tmp_path / "ws", base_files())
    nips = add_staff(ws, [("sesuai-ekspektasi", "sesuai-ekspektasi")] * 30)
    assert main(["evaluasi", "buka", "triwulan-3", str(ws), "-j", "2"]) == 0
    assert "33 spesifikasi ditambahi blok evaluasi" in capsys.readouterr().err
    for nip in nips:
        data = yaml.safe_load((ws / "diskominfo" / f"{nip}.yaml").read_text(encoding="utf-8"))
        assert list(data["evaluasi"]) == ["triwulan-1", "triwulan-3"]
