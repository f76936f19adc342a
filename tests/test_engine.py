from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from lxml import etree

from conftest import STAFF_NIP
from docxutil import make_docx, table_texts, texts
from skpdoc.cli import main
from skpdoc.render import engine
from skpdoc.render.engine import RenderError
from templatecorpus import W, png


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


# --- values, LibreOffice's entities, properties, what is refused (issue #14, templates as users edit them) -------


def _document_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()


def test_values_keep_trailing_spaces_and_print_tabs_breaks_and_never_a_broken_character(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["[{{ p.nama }}]", "akhir"]))
    value = "  dua  \tkolom\r\nbaris\vlagi\x01\x1b\ud800\ufffe\uffff bersih  \n"
    data = template.render({"p": Person(value, "1")})
    xml = _document_xml(data)
    etree.fromstring(xml.encode())  # well-formed: nothing XML cannot hold reached the file
    assert texts(data)[0] == "[  dua  \tkolom\nbaris\nlagi bersih  ]"  # the trailing line break only is dropped
    assert "<w:tab/>" in xml and "\t" not in xml


def test_bell_and_form_feed_make_a_paragraph_and_a_page_as_in_docxtpl(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["Isi: {{ p.nama }}", "akhir"]))
    data = template.render({"p": Person("satu\adua\ftiga", "1")})
    etree.fromstring(_document_xml(data).encode())
    assert texts(data) == ["Isi: satu", "dua", "", "tiga", "akhir"]
    assert '<w:br w:type="page"/>' in _document_xml(data)


def test_quotes_and_comparisons_written_as_entities_inside_tags_render(tmp_path: Path) -> None:
    """LibreOffice writes ``"``, ``'``, ``<`` and ``&`` inside tags as entities; Word writes the quotes raw."""
    path = make_docx(tmp_path / "t.docx", ["{% if p.nama == 'Ani' and p.nip < '2' %}ya{% endif %} {{ \"A & B\" }}"])
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    xml = members["word/document.xml"].decode()
    tags = "{% if p.nama == 'Ani' and p.nip &lt; '2' %}ya{% endif %} {{ \"A &amp; B\" }}"
    assert tags in xml
    as_libreoffice = tags.replace("'", "&apos;").replace('"', "&quot;")
    members["word/document.xml"] = xml.replace(tags, as_libreoffice).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert texts(engine.CompiledTemplate(path).render({"p": Person("Ani", "1")}))[0] == "ya A & B"


def test_tags_in_document_properties_are_rendered_and_read_names(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "t.docx", ["Isi"])
    document = docx.Document(str(path))
    document.core_properties.title = "SKP {{ p.nama }} & {{ p.nip }}"
    document.save(str(path))
    template = engine.CompiledTemplate(path)
    assert template.names == {"p"}  # the body reads nothing: only the title decides whether a document changed
    rendered = docx.Document(io.BytesIO(template.render({"p": Person("A <B>", "7")})))
    assert rendered.core_properties.title == "SKP A <B> & 7"
    document.core_properties.title = "SKP {{ p.jabatan }}"
    document.save(str(path))
    with pytest.raises(RenderError, match="tidak dikenal: jabatan") as caught:
        engine.CompiledTemplate(path).render({"p": Person("A", "7")})
    assert caught.value.where == "dc:title: SKP {{ p.jabatan }}"


@pytest.mark.parametrize("tag", ["{{r p.nama }}", "{{p p.nama }}", "{{tr p.nama }}", "{{tc p.nama }}"])
def test_tags_that_print_word_xml_are_refused_by_name(tmp_path: Path, tag: str) -> None:
    with pytest.raises(RenderError, match="tidak didukung") as caught:
        engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["ok", ["Nama: ", tag[:4], tag[4:]]]))
    assert tag[:4] in caught.value.problem and caught.value.where == f"Nama: {tag}"


def test_docxtpl_objects_are_refused_with_the_place_and_a_listing_prints_its_text(tmp_path: Path) -> None:
    from docxtpl import InlineImage, Listing, RichText

    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["Awal", "Nilai: {{ x }}"]))
    for value, name in [(RichText("tebal", bold=True), "RichText"), (InlineImage(None, "logo.png"), "InlineImage")]:
        with pytest.raises(RenderError, match=f"objek {name} \\(docxtpl\\) tidak didukung") as caught:
            template.render({"x": value}, isolate=False)
        assert caught.value.where == "Nilai: {{ x }}"
    data = template.render({"x": Listing("a & b\nc\td")}, isolate=False)
    assert texts(data)[1] == "Nilai: a & b\nc\td"


class _Broken:
    @property
    def nama(self) -> str:
        raise RuntimeError("rusak")


def test_any_exception_while_rendering_is_the_engines_located_error(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(make_docx(tmp_path / "t.docx", ["Awal", "Nama: {{ p.nama }}"]))
    with pytest.raises(RenderError, match="RuntimeError: rusak") as caught:
        template.render({"p": _Broken()}, isolate=False)
    assert caught.value.where == "Nama: {{ p.nama }}"


def test_a_user_template_with_column_loops_properties_and_a_picture_in_a_loop_through_the_cli(
    ws: Path, tmp_path: Path
) -> None:
    """A workspace's lampiran.docx: a column per title line, the title property, a picture per title line."""
    document = docx.Document()
    document.add_paragraph("Lampiran {{ pegawai.nama }}")
    table = document.add_table(rows=2, cols=4)
    for row, text in enumerate(["{{ j }}", "{{ loop.index }}"]):
        for col, cell in enumerate(["NO", "{%tc for j in judul %}", text, "{%tc endfor %}"]):
            table.cell(row, col).text = cell
    document.add_paragraph("{%p for j in judul %}")
    document.add_paragraph().add_run().add_picture(io.BytesIO(png()))
    document.add_paragraph("{%p endfor %}")
    document.core_properties.title = "Lampiran SKP {{ pegawai.nama }}"
    (ws / "templates").mkdir()
    document.save(str(ws / "templates" / "lampiran.docx"))
    out = tmp_path / "out"
    assert main(["render", str(ws), "-o", str(out), "-q", "--form", "lampiran", "--nip", STAFF_NIP]) == 0
    data = (out / STAFF_NIP / "lampiran.docx").read_bytes()
    rendered = docx.Document(io.BytesIO(data))
    assert rendered.core_properties.title == "Lampiran SKP Rina Marlina, S.Kom."
    titles = len(rendered.tables[0].rows[0].cells) - 1
    assert titles >= 2 and table_texts(data)[1] == ["NO", *map(str, range(1, titles + 1))]
    grid = etree.fromstring(_document_xml(data).encode()).findall(f".//{W}tblGrid/{W}gridCol")
    assert len(grid) == titles + 1
    ids = re.findall(r'<wp:docPr [^>]*?id="(\d+)"', _document_xml(data))
    assert len(ids) == titles and len(set(ids)) == titles


def test_a_user_template_with_a_tag_that_prints_word_xml_fails_its_documents_by_name(
    ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ws / "templates").mkdir()
    make_docx(ws / "templates" / "lampiran.docx", ["Nama: {{r pegawai.nama }}"])
    out = tmp_path / "out"
    assert main(["build", str(ws), "-o", str(out), "-q", "--no-pdf", "--form", "skp", "--form", "lampiran"]) == 1
    err = capsys.readouterr().err
    assert "lampiran.docx: tag {{r …}} tidak didukung" in err and "Nama: {{r pegawai.nama }}" in err
    assert "Traceback" not in err and len(list(out.rglob("skp.docx"))) == 3


def test_tags_that_cut_a_paragraph_from_a_cell_are_a_located_error_not_a_parser_traceback(tmp_path: Path) -> None:
    template = engine.CompiledTemplate(
        make_docx(tmp_path / "t.docx", ["{% if x %}awal"], [["{% colspan 1 %}akhir{% endif %}", "b"]])
    )
    with pytest.raises(RenderError, match="bukan XML yang utuh"):
        template.render({"x": False}, isolate=False)
