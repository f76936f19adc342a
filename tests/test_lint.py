from __future__ import annotations

from pathlib import Path

import pytest

from docxutil import make_docx
from skpdoc.cli import main
from skpdoc.render.lint import check_template


def codes(path: Path) -> list[tuple[str, str]]:
    return [(f.code, f.where) for f in check_template(path)]


def test_a_clean_template(tmp_path: Path) -> None:
    rows = [
        ["{%tr for r in utama %}"],
        ["{{ r.no }} {{ r.rhk }}"],
        ["{%tr for i in r.indikator %}"],
        ["{{ i.target }}"],
    ]
    rows += [["{%tr endfor %}"], ["{%tr endfor %}"]]
    path = make_docx(tmp_path / "t.docx", ["{{ pegawai.nama }} {{ pegawai.nip|upper }}", "{{ judul[0] }}"], rows)
    assert codes(path) == []


def test_unknown_names_and_fields_are_located(tmp_path: Path) -> None:
    rows = [["{%tr for r in utama %}"], ["{{ r.rhkk }}"], ["{%tr endfor %}"]]
    path = make_docx(tmp_path / "t.docx", ["Nama: {{ pegawi.nama }}", "NIP {{ pegawai.nipp }}"], rows)
    found = check_template(path)
    assert [(f.code, f.where) for f in found] == [
        ("T003", "Nama: {{ pegawi.nama }}"),
        ("T004", "NIP {{ pegawai.nipp }}"),
        ("T004", "{{ r.rhkk }}"),
    ]
    assert "Orang tidak memiliki 'nipp' (maksud Anda 'nip'?)" in found[1].message
    assert "RhkForm tidak memiliki 'rhkk'" in found[2].message


def test_split_tags_and_syntax_errors(tmp_path: Path) -> None:
    split = make_docx(tmp_path / "split.docx", [["Nama: {{ pegawai.", "nama }}"]])
    assert codes(split) == [("T002", "Nama: {{ pegawai.nama }}")]
    broken = make_docx(tmp_path / "broken.docx", ["{% for r in utama %}", "{{ r.no }}"])
    assert [c for c, _ in codes(broken)] == ["T001"]
    across = make_docx(tmp_path / "across.docx", ["{{ pegawai.", "nama }}"])
    assert [c for c, _ in codes(across)][:1] == ["T005"]


def test_cli_exit_codes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    make_docx(tmp_path / "good" / "t.docx", ["{{ pegawai.nama }}"])
    make_docx(tmp_path / "bad" / "t.docx", ["{{ pegawai.gelar }}"])
    assert main(["templates", "check", str(tmp_path / "good")]) == 0
    assert main(["templates", "check", str(tmp_path / "bad")]) == 1
    out = capsys.readouterr().out
    assert "t.docx (word/document.xml): T004 Orang tidak memiliki 'gelar'" in out


def test_templates_check_names_a_tag_that_prints_word_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_docx(tmp_path / "lampiran.docx", ["Nama: {{r pegawai.nama }}"])
    assert main(["templates", "check", str(tmp_path)]) == 1
    printed = "".join(capsys.readouterr())
    assert "T012 tag {{r pegawai.nama }} tidak didukung" in printed and "Nama: {{r pegawai.nama }}" in printed
    assert main(["templates", "check", str(tmp_path), "--lang", "en"]) == 1
    assert "T012 the tag {{r pegawai.nama }} is not supported" in "".join(capsys.readouterr())
