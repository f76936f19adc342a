from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from docxutil import make_docx, table_texts, texts
from skpdoc.render import engine
from skpdoc.render.engine import RenderError


@dataclass(frozen=True)
class Person:
    nama: str
    nip: str


def test_values_are_escaped_and_newlines_become_breaks(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["Nama: {{ p.nama }}"]))
    data = template.render({"p": Person("Sarana & Prasarana <IT> \"Satu\" 'Dua'\nbaris dua", "1")})
    assert texts(data)[0] == "Nama: Sarana & Prasarana <IT> \"Satu\" 'Dua'\nbaris dua"
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "Sarana &amp; Prasarana &lt;IT&gt;" in xml and "<w:br/>" in xml


@pytest.mark.parametrize(
    "value", ["{_{ b }_}", "{_% if x %_}", "{{ b }} and {% raw %}", "%_} }_} {_{{_{", "{#_ x _#} {_#"]
)
def test_data_prints_exactly_as_written_whatever_markers_it_holds(tmp_path: Path, value: str) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["Realisasi: {{ p.nama }}"]))
    assert texts(template.render({"p": Person(value, "1")}))[0] == f"Realisasi: {value}"


def test_template_escapes_for_literal_tags_still_print_as_tags(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(
        make_docx(tmp_path / "t.docx", ["Tulis {_{ nama }_} atau {_% if %_}: {{ p.nama }}"])
    )
    assert texts(template.render({"p": Person("{_{ b }_}", "1")}))[0] == "Tulis {{ nama }} atau {% if %}: {_{ b }_}"


def test_row_loops_and_determinism(tmp_path: Path) -> None:
    rows = [
        ["NO", "NAMA"],
        ["{%tr for p in people %}", ""],
        ["{{ loop.index }}", "{{ p.nama }}"],
        ["{%tr endfor %}", ""],
    ]
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["Daftar"], rows))
    context = {"people": [Person("Ani", "1"), Person("Budi", "2")]}
    first, second = template.render(context), template.render(context)
    assert first == second
    assert table_texts(first) == [["NO", "NAMA"], ["1", "Ani"], ["2", "Budi"]]
    assert zipfile.ZipFile(io.BytesIO(first)).testzip() is None


def test_unknown_variable_names_template_variable_and_place(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "skp.docx", ["Pegawai", "Jabatan: {{ p.jabatan }}"]))
    with pytest.raises(RenderError) as caught:
        template.render({"p": Person("Ani", "1")})
    assert caught.value.template == "skp.docx"
    assert "jabatan" in caught.value.problem
    assert caught.value.where == "Jabatan: {{ p.jabatan }}"
    with pytest.raises(RenderError, match="tidak dikenal: q"):
        engine.CompiledTemplate(make_docx(tmp_path / "b.docx", ["{{ q }}"])).render({})


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    for tag in (
        "{{ p.__class__.__mro__ }}",
        "{{ p.nama.__class__.__subclasses__() }}",
        "{{ p.nama.upper.__globals__ }}",
    ):
        template = engine.CompiledTemplate(make_docx(tmp_path / "evil.docx", [tag]))
        with pytest.raises(RenderError):
            template.render({"p": Person("Ani", "1")})


def test_immutable_sandbox_cannot_change_data(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["{{ items.append(3) }}"]))
    items = [1, 2]
    with pytest.raises(RenderError):
        template.render({"items": items})
    assert items == [1, 2]


def test_syntax_error_is_reported_at_load(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="sintaks") as caught:
        engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["ok", "{% for x in %}"]))
    assert caught.value.where == "{% for x in %}"


def test_not_a_docx(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(RenderError, match=r"bukan berkas \.docx"):
        engine.CompiledTemplate(bad)


def test_tag_split_across_runs_still_renders(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", [["Nama: {{ p.", "nama }}"]]))
    assert texts(template.render({"p": Person("Ani", "1")}))[0] == "Nama: Ani"


def test_compiled_templates_are_cached_until_the_file_changes(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "t.docx", ["{{ p.nama }}"])
    assert engine.load(path) is engine.load(path)
    make_docx(path, ["Nama {{ p.nama }} {{ p.nip }}"])
    assert texts(engine.load(path).render({"p": Person("Ani", "7")}))[0] == "Nama Ani 7"
