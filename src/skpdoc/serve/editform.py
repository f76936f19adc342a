"""The edit forms of ``skpdoc serve``: spec data → form fields → posted input (shown by :mod:`skpdoc.serve.editview`).

A form round-trips as text: every input shows a value as :func:`shown`
writes it, and a posted value equal to that text leaves the file alone (a
``12.0`` nobody touched stays ``12.0``, a quoted string stays quoted); only a
value whose text differs is parsed (:func:`parsed`) and written, by
:mod:`skpdoc.serve.apply` into the round-trip document.

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
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
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
    if kind == "date" and DATE.fullmatch(bare):
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
