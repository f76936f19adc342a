"""Editing a user's YAML: what nobody edited comes back byte for byte."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from conftest import REPO
from skpdoc import yamledit

EXAMPLE = sorted((REPO / "specs").rglob("*.yaml"))


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.mark.parametrize("path", EXAMPLE[::7], ids=lambda p: p.name)
def test_an_unedited_file_comes_back_to_the_byte(path: Path) -> None:
    doc = yamledit.load(path)
    assert doc.dumps() == path.read_text(encoding="utf-8")
    assert not doc.changed


def test_an_edit_changes_its_lines_only_and_keeps_comments_and_quotes(tmp_path: Path) -> None:
    text = """\
# yaml-language-server: $schema=../.skpdoc/schemas/pegawai.schema.json
pegawai:
  nama: Rina Marlina   # dengan gelar
  nip: "198703122010012004"
hasil_kerja:
  utama:
    - id: rhk-1
      rhk: 'Terselenggaranya layanan'
      indikator:
        - {id: rhk-1.1, aspek: kuantitas, iki: Jumlah layanan, target: 12, satuan: Layanan}
"""
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    doc = yamledit.load(path)
    doc.data["hasil_kerja"]["utama"][0]["indikator"][0]["target"] = 14
    doc.data["pegawai"]["nama"] = "Rina Marlina, S.Kom."
    assert doc.save()
    after = path.read_text(encoding="utf-8")
    assert changed_lines(text, after) == [
        "-  nama: Rina Marlina   # dengan gelar",
        "+  nama: Rina Marlina, S.Kom. # dengan gelar",
        "-        - {id: rhk-1.1, aspek: kuantitas, iki: Jumlah layanan, target: 12, satuan: Layanan}",
        "+        - {id: rhk-1.1, aspek: kuantitas, iki: Jumlah layanan, target: 14, satuan: Layanan}",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a:\n    b: 1\n    c:\n    - x\n    - y\n",  # four spaces, dashes not indented
        "a:\n  b: 1\n  c:\n  - x\n",  # two spaces, dashes at the key's column
        "a:\n  c:\n    - x\n    - y\n  b: {k: v}\n",  # two spaces, dashes indented by two
    ],
)
def test_the_files_own_indentation_is_kept(text: str) -> None:
    doc = yamledit.loads(text)
    doc.data["a"]["added"] = "z"
    after = doc.dumps()
    assert changed_lines(text, after) == [f"+{after.splitlines()[-1]}"]


def test_saving_an_unchanged_document_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("a:   1   # spaced as the user likes\n", encoding="utf-8")
    before = path.stat().st_mtime_ns
    doc = yamledit.load(path)
    doc.data["a"] = 1
    assert not doc.save()
    assert path.stat().st_mtime_ns == before and path.read_text() == "a:   1   # spaced as the user likes\n"
