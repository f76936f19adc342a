from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from conftest import REPO
from skpdoc import reference, spec
from skpdoc.messages import MESSAGES
from skpdoc.schema import KINDS, _fast_validator, load_schema


@pytest.mark.parametrize("kind", KINDS)
def test_schemas_are_valid_draft_2020_12(kind: str) -> None:
    schema = load_schema(kind)  # type: ignore[arg-type]
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_enums_match_the_reference_tables() -> None:
    defs = load_schema("pegawai")["$defs"]
    assert defs["pangkat"]["enum"] == list(reference.PANGKAT.values())
    assert defs["golongan"]["enum"] == [*reference.PANGKAT, *reference.GOLONGAN_PPPK]
    assert defs["identitas_pegawai"]["properties"]["jenis_jabatan"]["enum"] == list(reference.JENIS_JABATAN)
    assert defs["identitas_pegawai"]["properties"]["jenjang"]["enum"] == list(reference.JENJANG)
    assert defs["indikator"]["properties"]["aspek"]["enum"] == list(reference.ASPEK)
    assert defs["indikator"]["properties"]["perspektif"]["enum"] == list(reference.PERSPEKTIF)
    assert defs["rating"]["enum"] == list(reference.RATING)
    assert defs["evaluasi"]["properties"]["predikat"]["enum"] == list(reference.PREDIKAT)
    assert list(defs["evaluasi"]["properties"]["perilaku_kerja"]["properties"]) == list(reference.PERILAKU)
    assert list(load_schema("pegawai")["properties"]["evaluasi"]["properties"]) == list(reference.PERIODE)
    assert load_schema("opd")["$defs"]["capaian"]["enum"] == list(reference.CAPAIAN_ORGANISASI)


def test_every_schema_property_has_an_indonesian_description_or_title() -> None:
    def walk(node: object, where: str) -> list[str]:
        missing = []
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if isinstance(sub, dict) and not ({"title", "description", "$ref"} & set(sub)):
                    missing.append(f"{where}.{name}")
            for key, sub in node.items():
                missing += walk(sub, f"{where}.{key}")
        return missing

    for kind in KINDS:
        assert walk(load_schema(kind), kind) == []  # type: ignore[arg-type]


def test_fast_and_full_validators_agree_on_the_corpus_and_the_example() -> None:
    files = sorted((REPO / "tests" / "corpus").glob("*.yaml")) + sorted((REPO / "specs").glob("*/[0-9]*.yaml"))
    full = jsonschema.Draft202012Validator(load_schema("pegawai"))
    checked = 0
    for file in files:
        doc, _ = spec.load(file)
        if doc is None:
            continue
        try:
            _fast_validator("pegawai")(doc.data)
            fast_ok = True
        except Exception:
            fast_ok = False
        assert fast_ok == full.is_valid(doc.data), file.name
        checked += 1
    assert checked >= 25


def _fields(text: str) -> set[str]:
    """The placeholders of a catalogue text; a format spec may only choose a noun by count (``{n:file|files}``)."""
    import string

    found = set()
    for _, name, form, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        assert name and conversion is None, text
        assert not form or form.count("|") == 1, text  # {n:singular|plural}, nothing else
        found.add(name)
    return found


def test_messages_exist_in_both_languages_with_the_same_placeholders() -> None:
    for code, entry in MESSAGES.items():
        assert set(entry) == {"id", "en"}, code
        for part in (0, 1):
            assert _fields(entry["id"][part]) == _fields(entry["en"][part]), code


def test_labels_exist_in_both_languages_with_the_same_placeholders() -> None:
    from skpdoc.messages.labels import LABELS

    for name, entry in LABELS.items():
        assert set(entry) == {"id", "en"}, name
        texts = {lang: (text,) if isinstance(text, str) else text for lang, text in entry.items()}
        assert len(texts["id"]) == len(texts["en"]), name  # as many column heads
        for id_text, en_text in zip(texts["id"], texts["en"], strict=True):
            assert _fields(id_text) == _fields(en_text), name


def test_no_text_of_the_catalogue_counts_with_a_bracketed_plural() -> None:
    from skpdoc.messages.labels import LABELS

    texts = [text for entry in MESSAGES.values() for pair in entry.values() for text in pair]
    texts += [
        text
        for entry in LABELS.values()
        for value in entry.values()
        for text in (value if isinstance(value, tuple) else (value,))
    ]
    assert [text for text in texts if "(s)" in text] == []  # "1 error", "2 errors": see skpdoc.messages


def test_each_message_code_is_defined_in_one_area_only() -> None:
    from skpdoc.messages import AREAS

    assert len(MESSAGES) == sum(len(area) for area in AREAS)


def test_the_repository_schemas_are_the_ones_the_example_workspace_points_to() -> None:
    copies = REPO / "specs" / ".skpdoc" / "schemas"
    for kind in KINDS:
        assert json.loads((copies / f"{kind}.schema.json").read_text()) == load_schema(kind), (
            "run `skpdoc schema --write specs/.skpdoc/schemas`"
        )


def test_example_spec_first_lines_point_to_the_schema() -> None:
    for file in sorted((REPO / "specs").glob("*/*.yaml")):
        first = file.read_text().splitlines()[0]
        kind = "opd" if file.name == "opd.yaml" else "pegawai"
        assert first == f"# yaml-language-server: $schema=../.skpdoc/schemas/{kind}.schema.json", file
    assert yaml.safe_load((REPO / "specs" / "skpdoc.yaml").read_text())["tahun"] >= 2022
