"""The edit forms of ``skpdoc serve``: spec data → form fields → posted input, and what each page shows.

A form round-trips as text: every input shows a value as :func:`shown`
writes it, and a posted value equal to that text leaves the file alone (a
``12.0`` nobody touched stays ``12.0``, a quoted string stays quoted); only a
value whose text differs is parsed (:func:`parsed`) and written, by
:mod:`skpdoc.serve.save` into the round-trip document.

RHK and indicators carry their origin (``asal``: section, position and id in
the file the form was made from) through add, remove and reorder
(:func:`apply_action`), so a moved RHK keeps its own node, comments included.

Which keys exist, their order and their allowed values come from the JSON
Schema (:func:`skpdoc.schema.load_schema`) and :mod:`skpdoc.reference`, never
from lists kept here. The views (:func:`rencana_view`, :func:`evaluasi_view`)
register every YAML path they show (:class:`skpdoc.serve.fields.Shown`), so a
problem goes beside its field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, ScalarString

from skpdoc import reference
from skpdoc.schema import load_schema
from skpdoc.serve.fields import Shown, field_id
from skpdoc.serve.state import Entry

_SCHEMA = load_schema("pegawai")
_DEFS: dict[str, Any] = _SCHEMA["$defs"]
_PROPS: dict[str, Any] = _SCHEMA["properties"]

#: The spec's top-level keys in the schema's order (where a key the file lacks is inserted).
TOP_ORDER: tuple[str, ...] = tuple(_PROPS)
SECTIONS: tuple[str, ...] = tuple(_PROPS["hasil_kerja"]["properties"])  # utama, tambahan
HK_ORDER = SECTIONS
RHK_ORDER: tuple[str, ...] = tuple(_DEFS["rhk"]["properties"])
RHK_KEYS: tuple[str, ...] = tuple(k for k in RHK_ORDER if k != "indikator")
IND_KEYS: tuple[str, ...] = tuple(_DEFS["indikator"]["properties"])
EKSPEKTASI: tuple[str, ...] = tuple(_PROPS["ekspektasi_khusus_pimpinan"]["properties"])
LAMPIRAN: tuple[str, ...] = tuple(_PROPS["lampiran"]["properties"])
EVAL_ORDER: tuple[str, ...] = tuple(_DEFS["evaluasi"]["properties"])
PERILAKU: tuple[str, ...] = tuple(_DEFS["evaluasi"]["properties"]["perilaku_kerja"]["properties"])
REALISASI_ORDER: tuple[str, ...] = tuple(_DEFS["realisasi"]["properties"])
ASPEK: tuple[str, ...] = tuple(_DEFS["indikator"]["properties"]["aspek"]["enum"])
PERSPEKTIF: tuple[str, ...] = tuple(_DEFS["indikator"]["properties"]["perspektif"]["enum"])
RATING: tuple[str, ...] = tuple(_DEFS["rating"]["enum"])
#: The scalar fields of one evaluation the form edits (the rest of it is kept as it is).
EVAL_FIELDS = ("tanggal", "rating_hasil_kerja", "rating_perilaku_kerja", "catatan_rekomendasi")

#: How a posted text becomes a value: "text", "number" (a number when it reads as one), "date", "lines" (a list).
KINDS: dict[str, str] = {
    "target": "number",
    "realisasi": "number",
    "tanggal": "date",
    "bukti_dukung": "lines",
    **{key: "lines" for key in LAMPIRAN},
}

#: The most RHK per section and indicators per RHK a posted form may name (the schema allows 50 and 20).
MAX_ITEMS = 200
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The tag YAML 1.1 (PyYAML, which reads every spec) gives a plain scalar: ``resolve(ScalarNode, text, (True, False))``.
_RESOLVE: Callable[..., str] = yaml.resolver.Resolver().resolve
_RHK_NAME = re.compile(r"(?P<sec>[a-z]+)\.(?P<i>\d{1,4})\.(?:(?P<j>\d{1,4})\.)?(?P<key>[a-z_]+)")
_HK_NAME = re.compile(r"hk\.(?P<n>\d{1,4})\.(?P<key>[a-z_]+)")


# --- values as text and back ---------------------------------------------------------------


def shown(value: Any) -> str:
    """A value as its input shows it; a posted text equal to this leaves the value as it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(float(value))
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list) and all(isinstance(item, (str, int, float)) for item in value):
        return "\n".join(str(item) for item in value)
    return json.dumps(value, ensure_ascii=False, default=str)


def parsed(text: str, kind: str, like: Any = None) -> Any:
    """The value to write for a changed ``text``: numbers and dates as YAML writes them plainly, texts in the
    quoting the old value had (a multi-line text as a literal block), lists one item a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bare = text.strip()
    if kind == "number" and _NUMBER.fullmatch(bare):
        number = float(bare)
        return int(bare) if re.fullmatch(r"[-+]?\d+", bare) else number
    if kind == "date" and _DATE.fullmatch(bare):
        try:
            return dt.date.fromisoformat(bare)
        except ValueError:
            return bare  # 2024-13-01 stays text: the schema and the rules say what is wrong with it
    if kind == "lines":
        return CommentedSeq(_text(line.strip()) for line in text.split("\n") if line.strip())
    if "\n" in text:
        return LiteralScalarString(text)
    if isinstance(like, ScalarString) and not isinstance(like, LiteralScalarString):
        return type(like)(text)  # "%" stays "%"
    return _text(text)


def _text(text: str) -> str:
    """A text that YAML 1.1 would read as something else (``yes``, ``No``, ``1:20``), quoted: ruamel writes
    YAML 1.2, where those are plain text, but the validator and the build read the file as YAML 1.1."""
    tag = _RESOLVE(yaml.ScalarNode, text, (True, False))
    return DoubleQuotedScalarString(text) if tag != "tag:yaml.org,2002:str" else text


def normalised(text: str) -> str:
    """Posted text with the browser's CRLF line ends as the file has them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- what a form holds ---------------------------------------------------------------------


@dataclass
class IndikatorInput:
    """One indicator as posted: ``values`` holds only the keys the form showed (others stay as they are)."""

    asal: str = ""  # "<position>:<id>" in its RHK of the file the form was made from; "" for a new one
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class RhkInput:
    asal: str = ""  # "<section>:<position>:<id>" in the file the form was made from; "" for a new one
    values: dict[str, str] = field(default_factory=dict)
    indikator: list[IndikatorInput] = field(default_factory=list)


@dataclass
class RencanaInput:
    """The plan form: RHK per section, ekspektasi per BerAKHLAK value, lampiran lists (one item a line)."""

    hasil_kerja: dict[str, list[RhkInput]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    ekspektasi: dict[str, str] = field(default_factory=dict)
    lampiran: dict[str, str] = field(default_factory=dict)

    def ids(self) -> set[str]:
        found = {r.values.get("id", "") for s in SECTIONS for r in self.hasil_kerja[s]}
        found |= {i.values.get("id", "") for s in SECTIONS for r in self.hasil_kerja[s] for i in r.indikator}
        return found - {""}


@dataclass
class RealisasiInput:
    id: str  # the indicator's id (the key in the evaluation's hasil_kerja)
    values: dict[str, str] = field(default_factory=dict)  # realisasi, umpan_balik, bukti_dukung


@dataclass
class EvaluasiInput:
    values: dict[str, str] = field(default_factory=dict)  # EVAL_FIELDS
    hasil_kerja: list[RealisasiInput] = field(default_factory=list)
    perilaku: dict[str, str] = field(default_factory=dict)


def as_map(value: Any) -> Mapping[str, Any]:
    """``value`` when it is a mapping, else an empty one (a broken spec may hold anything anywhere)."""
    return value if isinstance(value, Mapping) else {}


def as_items(value: Any) -> list[Any]:
    """The items of ``value`` when it is a list, else none."""
    return list(value) if isinstance(value, list) else []


def rencana_from_data(data: Mapping[str, Any]) -> RencanaInput:
    """The plan form filled from a spec's data."""
    form = RencanaInput()
    hk = as_map(data.get("hasil_kerja"))
    for section in SECTIONS:
        for i, rhk in enumerate(as_items(hk.get(section))):
            rhk = as_map(rhk)
            item = RhkInput(f"{section}:{i}:{shown(rhk.get('id'))}", {k: shown(rhk.get(k)) for k in RHK_KEYS})
            for j, ind in enumerate(as_items(rhk.get("indikator"))):
                ind = as_map(ind)
                item.indikator.append(
                    IndikatorInput(f"{j}:{shown(ind.get('id'))}", {k: shown(ind.get(k)) for k in IND_KEYS})
                )
            form.hasil_kerja[section].append(item)
    ekspektasi = as_map(data.get("ekspektasi_khusus_pimpinan"))
    form.ekspektasi = {key: shown(ekspektasi.get(key)) for key in EKSPEKTASI}
    lampiran = as_map(data.get("lampiran"))
    form.lampiran = {key: shown(lampiran.get(key)) for key in LAMPIRAN}
    return form


def rencana_from_form(pairs: Iterable[tuple[str, Any]]) -> RencanaInput:
    """The plan form from posted fields (``<section>.<i>.<key>``, ``<section>.<i>.<j>.<key>``, ``ekspektasi.<key>``,
    ``lampiran.<key>``); positions keep their order, gaps close up, anything else is ignored."""
    rhk: dict[tuple[str, int], RhkInput] = {}
    ind: dict[tuple[str, int, int], IndikatorInput] = {}
    form = RencanaInput()
    for name, value in pairs:
        if not isinstance(value, str):
            continue
        value = normalised(value)
        group, _, key = name.partition(".")
        if group == "ekspektasi" and key in EKSPEKTASI:
            form.ekspektasi[key] = value
            continue
        if group == "lampiran" and key in LAMPIRAN:
            form.lampiran[key] = value
            continue
        found = _RHK_NAME.fullmatch(name)
        if found is None or found["sec"] not in SECTIONS or int(found["i"]) >= MAX_ITEMS:
            continue
        at = (found["sec"], int(found["i"]))
        item = rhk.setdefault(at, RhkInput())
        if found["j"] is None:
            if found["key"] == "asal":
                item.asal = value
            elif found["key"] in RHK_KEYS:
                item.values[found["key"]] = value
            continue
        if int(found["j"]) >= MAX_ITEMS:
            continue
        indicator = ind.setdefault((*at, int(found["j"])), IndikatorInput())
        if found["key"] == "asal":
            indicator.asal = value
        elif found["key"] in IND_KEYS:
            indicator.values[found["key"]] = value
    for (section, i, _), indicator in sorted(ind.items()):
        rhk.setdefault((section, i), RhkInput()).indikator.append(indicator)
    for (section, _), item in sorted(rhk.items()):
        form.hasil_kerja[section].append(item)
    return form


# --- add, remove, reorder (nothing is saved) -----------------------------------------------------


def apply_action(form: RencanaInput, aksi: str) -> bool:
    """Apply one button of the form (``tambah-rhk:utama``, ``hapus-rhk:utama:2``, ``naik-indikator:utama:0:1``);
    whether it named something that exists."""
    verb, *args = aksi.split(":")
    section = args[0] if args else SECTIONS[0]
    if section not in SECTIONS or not all(a.isdigit() for a in args[1:]):
        return False
    items = form.hasil_kerja[section]
    where = [int(a) for a in args[1:]]
    if verb == "tambah-rhk" and len(items) < MAX_ITEMS:
        ident = _next_id(form.ids(), "rhk-" if section == SECTIONS[0] else f"{section}-")
        items.append(RhkInput(values={"id": ident}, indikator=[IndikatorInput(values={"id": f"{ident}.1"})]))
        return True
    if not where or not 0 <= where[0] < len(items):
        return False
    i = where[0]
    if verb.endswith("-rhk") and len(where) == 1:
        return _move(items, i, verb.removesuffix("-rhk"))
    rhk = items[i]
    if verb == "tambah-indikator" and len(where) == 1 and len(rhk.indikator) < MAX_ITEMS:
        base = rhk.values.get("id", "").strip() or "rhk"
        rhk.indikator.append(IndikatorInput(values={"id": _next_id(form.ids(), f"{base}.")}))
        return True
    if verb.endswith("-indikator") and len(where) == 2 and 0 <= where[1] < len(rhk.indikator):
        return _move(rhk.indikator, where[1], verb.removesuffix("-indikator"))
    return False


def _move(items: list[Any], i: int, how: str) -> bool:
    if how == "hapus":
        del items[i]
    elif how == "naik" and i > 0:
        items[i - 1], items[i] = items[i], items[i - 1]
    elif how == "turun" and i + 1 < len(items):
        items[i], items[i + 1] = items[i + 1], items[i]
    else:
        return False
    return True


def _next_id(taken: set[str], prefix: str) -> str:
    """``prefix`` and the first number after every one already used with it (rhk-4 after rhk-1..rhk-3)."""
    numbers = [int(t[len(prefix) :]) for t in taken if t.startswith(prefix) and t[len(prefix) :].isdigit()]
    number = max(numbers, default=0) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


# --- the evaluation form -----------------------------------------------------------------------------


def plan_indicators(data: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Every (RHK, indicator) of the plan with an id, utama first, in the order of the file."""
    hk = as_map(data.get("hasil_kerja"))
    found = []
    for section in SECTIONS:
        for rhk in as_items(hk.get(section)):
            for ind in as_items(as_map(rhk).get("indikator")):
                if isinstance(ind, Mapping) and isinstance(ind.get("id"), str) and ind["id"].strip():
                    found.append((as_map(rhk), ind))
    return found


def evaluasi_from_data(data: Mapping[str, Any], periode: str) -> EvaluasiInput:
    """The evaluation form of ``periode`` filled from a spec's data (empty when the evaluation is not written)."""
    evaluation = as_map(as_map(data.get("evaluasi")).get(periode))
    form = EvaluasiInput({key: shown(evaluation.get(key)) for key in EVAL_FIELDS})
    hk = as_map(evaluation.get("hasil_kerja"))
    for _, ind in plan_indicators(data):
        entry = as_map(hk.get(ind["id"]))
        form.hasil_kerja.append(RealisasiInput(ind["id"], {k: shown(entry.get(k)) for k in REALISASI_ORDER}))
    perilaku = as_map(evaluation.get("perilaku_kerja"))
    form.perilaku = {key: shown(perilaku.get(key)) for key in PERILAKU}
    return form


def evaluasi_from_form(pairs: Iterable[tuple[str, Any]]) -> EvaluasiInput:
    """The evaluation form from posted fields (``e.<key>``, ``hk.<n>.<key>``, ``perilaku.<key>``)."""
    form = EvaluasiInput()
    rows: dict[int, RealisasiInput] = {}
    for name, value in pairs:
        if not isinstance(value, str):
            continue
        value = normalised(value)
        group, _, key = name.partition(".")
        if group == "e" and key in EVAL_FIELDS:
            form.values[key] = value
        elif group == "perilaku" and key in PERILAKU:
            form.perilaku[key] = value
        elif (found := _HK_NAME.fullmatch(name)) is not None and int(found["n"]) < MAX_ITEMS * MAX_ITEMS:
            row = rows.setdefault(int(found["n"]), RealisasiInput(""))
            if found["key"] == "id":
                row.id = value
            elif found["key"] in REALISASI_ORDER:
                row.values[found["key"]] = value
    form.hasil_kerja = [row for _, row in sorted(rows.items()) if row.id]
    return form


def kuadran(form: EvaluasiInput) -> str | None:
    """The predikat the form's two ratings give, when both are chosen."""
    hasil, perilaku = form.values.get("rating_hasil_kerja"), form.values.get("rating_perilaku_kerja")
    if hasil in RATING and perilaku in RATING:
        return reference.predikat(str(hasil), str(perilaku))
    return None


# --- what the templates show ---------------------------------------------------------------------------

#: The page texts of a view: ``words("kolom.iki")`` is the label ``serve.edit.kolom.iki`` in the user's language.
Words = Callable[[str], str]
Options = tuple[tuple[str, str], ...]  # (value, text)


@dataclass(frozen=True)
class Field:
    """One input: its form name, its element id (:func:`skpdoc.serve.fields.field_id` of its YAML path)."""

    name: str
    id: str
    label: str
    value: str
    kind: str  # text, textarea, select, number, date, lines
    options: Options = ()
    groups: tuple[tuple[str, Options], ...] = ()  # labelled groups of options (the penilai's RHK per section)
    wide: bool = False

    @property
    def rows(self) -> int:
        """The height of a text box: its lines (a long one counted as it wraps), 2 to 12."""
        return max(2, min(12, sum(1 + len(line) // 60 for line in self.value.split("\n"))))


@dataclass
class ItemView:
    """An RHK, an indicator or a realisasi: its fields and where its buttons' pages open (``goes``: the
    #fragment of each button's form action, the item where it went)."""

    anchor: str
    name: str  # the prefix of its fields' names
    asal: str
    fields: list[Field]
    index: int = 0
    count: int = 1
    items: list[ItemView] = field(default_factory=list)  # an RHK's indicators
    goes: dict[str, str] = field(default_factory=dict)
    context: tuple[str, ...] = ()  # a realisasi: the RHK, the measure and the target it is judged against

    @property
    def first(self) -> bool:
        return self.index == 0

    @property
    def last(self) -> bool:
        return self.index == self.count - 1


@dataclass
class SectionView:
    key: str
    title: str
    anchor: str
    rhk: list[ItemView]
    goes: dict[str, str]


def options(allowed: Iterable[str], names: Mapping[str, str], current: str, empty: str) -> Options:
    """The choices of a select: "—" for none, the allowed values, and the current one when it is none of them
    (a select cannot keep a value it does not offer)."""
    found = [("", empty), *((value, names.get(value, value)) for value in allowed)]
    if current and current not in allowed:
        found.append((current, current))
    return tuple(found)


def intervensi_choices(penilai: Entry | None, words: Words) -> tuple[tuple[str, Options], ...]:
    """The RHK of ``penilai`` per section, as ``<nip>#<id>`` with their text: what an RHK of theirs supports."""
    if penilai is None or not isinstance(penilai.data, Mapping):
        return ()
    hk = as_map(penilai.data.get("hasil_kerja"))
    groups = []
    for section in SECTIONS:
        found = [
            (f"{penilai.nip}#{rhk['id']}", f"{rhk['id']} — {shown(rhk.get('rhk'))}")
            for rhk in map(as_map, as_items(hk.get(section)))
            if isinstance(rhk.get("id"), str)
        ]
        if found:
            groups.append((words(f"bagian.{section}"), tuple(found)))
    return tuple(groups)


def _filled(node: Mapping[str, Any], key: str) -> bool:
    return node.get(key) not in (None, "")


def _at(items: Any, asal: str) -> Mapping[str, Any]:
    """The item of ``items`` at the position an origin names first (which fields the file gives it), or nothing."""
    position = asal.partition(":")[0]
    found = as_items(items)
    return as_map(found[int(position)]) if position.isdigit() and int(position) < len(found) else {}


def rencana_view(
    given: RencanaInput, data: Mapping[str, Any], penilai: Entry | None, words: Words
) -> tuple[dict[str, Any], Shown]:
    """The plan form's sections, RHK, indicators, ekspektasi and lampiran, and the paths it shows."""
    shown_ = Shown()
    jpt = as_map(data.get("pegawai")).get("jenis_jabatan") in reference.JPT
    pendekatan = data.get("pendekatan")
    choices = intervensi_choices(penilai, words)
    hk = as_map(data.get("hasil_kerja"))
    sections = []
    for section in SECTIONS:
        items = given.hasil_kerja[section]
        rhk = [
            _rhk_view(shown_, section, i, item, len(items), choices, hk, (jpt, pendekatan), words)
            for i, item in enumerate(items)
        ]
        anchor = shown_.show(("hasil_kerja", section))
        goes = {"tambah": field_id(("hasil_kerja", section, len(items)))}
        sections.append(SectionView(section, words(f"bagian.{section}"), anchor, rhk, goes))

    def texts(top: str, group: str, values: Mapping[str, str], keys: Iterable[str], kind: str) -> list[Field]:
        return [
            Field(
                f"{group}.{key}",
                shown_.show((top, key)),
                _behaviour(key, words, group),
                values.get(key, ""),
                kind,
                wide=kind == "lines",
            )
            for key in keys
        ]

    context = {
        "sections": sections,
        "ekspektasi": texts("ekspektasi_khusus_pimpinan", "ekspektasi", given.ekspektasi, EKSPEKTASI, "textarea"),
        "ekspektasi_anchor": shown_.show(("ekspektasi_khusus_pimpinan",)),
        "lampiran": texts("lampiran", "lampiran", given.lampiran, LAMPIRAN, "lines"),
        "lampiran_anchor": shown_.show(("lampiran",)),
    }
    return context, shown_


def _behaviour(key: str, words: Words, group: str) -> str:
    """A BerAKHLAK value's name (the domain's own, in both languages), or a lampiran list's label."""
    if group == "lampiran":
        return words(f"lampiran.{key}")
    return reference.PERILAKU[key][0] if key in reference.PERILAKU else key


def _rhk_view(
    shown_: Shown,
    section: str,
    i: int,
    item: RhkInput,
    count: int,
    choices: tuple[tuple[str, Options], ...],
    hk: Mapping[str, Any],
    kind: tuple[bool, Any],
    words: Words,
) -> ItemView:
    path = ("hasil_kerja", section, i)
    name = f"{section}.{i}"
    values = item.values
    old = _at(hk.get(section), item.asal.partition(":")[2]) if item.asal.startswith(f"{section}:") else {}

    def make(key: str, kind: str, **extra: Any) -> Field:
        return Field(
            f"{name}.{key}", shown_.show((*path, key)), words(f"kolom.{key}"), values.get(key, ""), kind, **extra
        )

    fields = [make("id", "text"), make("rhk", "textarea", wide=True)]
    current = values.get("intervensi", "")
    if choices or current or _filled(old, "intervensi"):
        known = {value for _, group in choices for value, _ in group}
        extra: Options = (("", words("tanpa")),) + (((current, current),) if current and current not in known else ())
        fields.append(make("intervensi", "select", options=extra, groups=choices, wide=True))
    if not choices or values.get("intervensi_teks") or _filled(old, "intervensi_teks"):
        fields.append(make("intervensi_teks", "textarea", wide=True))
    indicators = []
    for j, ind in enumerate(item.indikator):
        at = (*path, "indikator", j)
        goes = {
            "naik": field_id((*path, "indikator", j - 1)),
            "turun": field_id((*path, "indikator", j + 1)),
            "hapus": field_id(path),
        }
        fields_ = _indicator_fields(shown_, at, f"{name}.{j}", ind, _at(old.get("indikator"), ind.asal), kind, words)
        indicators.append(
            ItemView(shown_.show(at), f"{name}.{j}", ind.asal, fields_, j, len(item.indikator), goes=goes)
        )
    goes = {
        "naik": field_id(("hasil_kerja", section, i - 1)),
        "turun": field_id(("hasil_kerja", section, i + 1)),
        "hapus": f"h-{section}",
        "tambah": field_id((*path, "indikator", len(item.indikator))),
    }
    return ItemView(shown_.show(path), name, item.asal, fields, i, count, indicators, goes)


def _indicator_fields(
    shown_: Shown,
    path: tuple[Any, ...],
    name: str,
    ind: IndikatorInput,
    old: Mapping[str, Any],
    kind: tuple[bool, Any],
    words: Words,
) -> list[Field]:
    """An indicator's fields: those its jabatan (aspek or perspektif, for a JPT) and the pendekatan (IKI, target and
    satuan, or ukuran keberhasilan) ask for, and any other the indicator has, so that none is dropped unseen."""
    jpt, pendekatan = kind
    values = ind.values

    def make(key: str, kind: str, **extra: Any) -> Field:
        return Field(
            f"{name}.{key}", shown_.show((*path, key)), words(f"kolom.{key}"), values.get(key, ""), kind, **extra
        )

    def wanted(key: str, applies: bool) -> bool:
        return applies or bool(values.get(key, "").strip()) or _filled(old, key)

    found = [make("id", "text")]
    for key, applies, allowed, names in (
        ("aspek", not jpt, ASPEK, reference.ASPEK),
        ("perspektif", jpt, PERSPEKTIF, reference.PERSPEKTIF),
    ):
        if wanted(key, applies):
            found.append(make(key, "select", options=options(allowed, names, values.get(key, ""), words("tanpa"))))
    kuantitatif, kualitatif = pendekatan != "kualitatif", pendekatan != "kuantitatif"
    for key, applies, kind_ in (
        ("iki", kuantitatif, "textarea"),
        ("target", kuantitatif, "number"),
        ("satuan", kuantitatif, "text"),
        ("ukuran_keberhasilan", kualitatif, "textarea"),
    ):
        if wanted(key, applies):
            found.append(make(key, kind_, wide=kind_ == "textarea"))
    return found


def evaluasi_view(
    periode: str, given: EvaluasiInput, data: Mapping[str, Any], words: Words
) -> tuple[dict[str, Any], Shown]:
    """The evaluation form: a realisasi per indicator of the plan, feedback per behaviour, ratings and date."""
    shown_ = Shown()
    top = ("evaluasi", periode)

    def make(path: tuple[Any, ...], name: str, key: str, value: str, kind: str, **extra: Any) -> Field:
        return Field(name, shown_.show((*path, key)), words(f"kolom.{key}"), value, kind, **extra)

    fields = []
    for key in EVAL_FIELDS:
        value = given.values.get(key, "")
        if key.startswith("rating_"):
            choices = options(RATING, reference.RATING, value, words("pilih"))
            fields.append(make(top, f"e.{key}", key, value, "select", options=choices))
        elif key == "tanggal":  # a date picker when the value is a date (or none yet); a placeholder stays text
            fields.append(make(top, f"e.{key}", key, value, "date" if not value or _DATE.fullmatch(value) else "text"))
        else:
            fields.append(make(top, f"e.{key}", key, value, "textarea", wide=True))
    plan = {ind["id"]: (rhk, ind) for rhk, ind in plan_indicators(data)}
    rows = []
    for n, row in enumerate(given.hasil_kerja):
        at = (*top, "hasil_kerja", row.id)
        rhk, ind = plan.get(row.id, ({}, {}))
        target = " ".join(x for x in (shown(ind.get("target")), shown(ind.get("satuan"))) if x)
        measure = shown(ind.get("iki")) or shown(ind.get("ukuran_keberhasilan"))
        cells = [
            make(at, f"hk.{n}.{key}", key, row.values.get(key, ""), kind, wide=kind != "number")
            for key, kind in (("realisasi", "number"), ("umpan_balik", "textarea"), ("bukti_dukung", "lines"))
        ]
        rows.append(
            ItemView(shown_.show(at), f"hk.{n}", row.id, cells, n, context=(shown(rhk.get("rhk")), measure, target))
        )
    perilaku = [
        Field(
            f"perilaku.{key}",
            shown_.show((*top, "perilaku_kerja", key)),
            _behaviour(key, words, ""),
            given.perilaku.get(key, ""),
            "textarea",
        )
        for key in PERILAKU
    ]
    predikat = kuadran(given)
    context = {
        "periode": periode,
        "periode_nama": reference.PERIODE[periode],
        "fields": fields,
        "rows": rows,
        "perilaku": perilaku,
        "predikat": reference.PREDIKAT.get(predikat, "") if predikat else "",
    }
    return context, shown_
