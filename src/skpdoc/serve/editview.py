"""The edit forms as the templates show them: fields with their values, choices and problems' anchors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from skpdoc import reference
from skpdoc.serve.editform import (
    ASPEK,
    DATE,
    EKSPEKTASI,
    EVAL_FIELDS,
    LAMPIRAN,
    PERILAKU,
    PERSPEKTIF,
    RATING,
    SECTIONS,
    EvaluasiInput,
    IndikatorInput,
    RencanaInput,
    RhkInput,
    as_items,
    as_map,
    kuadran,
    plan_indicators,
    shown,
)
from skpdoc.serve.fields import Shown, field_id
from skpdoc.serve.state import Entry

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
            fields.append(make(top, f"e.{key}", key, value, "date" if not value or DATE.fullmatch(value) else "text"))
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
