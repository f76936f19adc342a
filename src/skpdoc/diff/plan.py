"""The semantic comparison of one employee's SKP.

RHKs are matched by ``id`` across both sections (an RHK moved from utama to
tambahan is moved, not removed and added), indicators by ``id`` across all
RHKs. Everything the plan does not know by name is compared generically.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from skpdoc.diff import predikat
from skpdoc.diff.generic import MISSING, Out, moved, ordered_keys, same
from skpdoc.diff.lookup import SECTIONS, Lookup, NoLookup, items, nama_of, ref_text
from skpdoc.diff.model import Change, Kind, Loc, id_part
from skpdoc.diff.predikat import effective
from skpdoc.errors import YamlPath
from skpdoc.reference import PERIODE

_SIMPLE = {"pegawai": "identitas", "periode": "periode", "pendekatan": "pendekatan", "penetapan": "penetapan"}
_SIMPLE |= {"ekspektasi_khusus_pimpinan": "ekspektasi", "lampiran": "lampiran"}


def as_map(value: Any) -> Any:
    """An absent mapping compares as an empty one, so its keys are reported one by one."""
    return {} if value is MISSING else value


@dataclass
class _Rhk:
    key: str
    section: str
    index: int
    item: dict[str, Any]

    @property
    def at(self) -> YamlPath:
        return ("hasil_kerja", self.section, self.index)

    @property
    def path(self) -> str:
        part = f"[{self.index}]" if self.key.startswith("#") else id_part(self.key)
        return f"hasil_kerja.{self.section}{part}"


@dataclass
class _Ind:
    key: str
    parent: str  # key of its RHK
    index: int
    item: dict[str, Any]


def _keyed(hk: Any) -> tuple[dict[str, _Rhk], dict[str, _Ind]]:
    """RHKs and indicators by id (by position when an id is missing or repeated)."""
    rhks: dict[str, _Rhk] = {}
    inds: dict[str, _Ind] = {}
    for section, i, item in items(hk):
        ident = item.get("id")
        key = ident if isinstance(ident, str) and ident not in rhks and ident not in inds else f"#{section}[{i}]"
        rhks[key] = _Rhk(key, section, i, item)
        indikator = item.get("indikator")
        for k, ind in enumerate(indikator if isinstance(indikator, list) else []):
            if not isinstance(ind, dict):
                continue
            ident = ind.get("id")
            ikey = ident if isinstance(ident, str) and ident not in inds and ident not in rhks else f"{key}#{k}"
            inds[ikey] = _Ind(ikey, key, k, ind)
    return rhks, inds


def _renames(
    old_rhk: dict[str, _Rhk], new_rhk: dict[str, _Rhk], old_ind: dict[str, _Ind], new_ind: dict[str, _Ind]
) -> dict[str, str]:
    """RHKs whose id changed (old id → new id).

    An RHK that disappeared and one that appeared are the same RHK when they
    hold the same indicator ids, else when their text is the same: one "id
    diganti" instead of a whole RHK removed, one added and its indicators moved.
    """
    gone = [k for k in old_rhk if k not in new_rhk and not k.startswith("#")]
    came = [k for k in new_rhk if k not in old_rhk and not k.startswith("#")]

    def indicators(inds: dict[str, _Ind], parent: str) -> frozenset[str]:
        return frozenset(i.key for i in inds.values() if i.parent == parent and "#" not in i.key)

    def text(rhk: _Rhk) -> str:
        value = rhk.item.get("rhk")
        return " ".join(value.split()) if isinstance(value, str) else ""

    tests: list[Callable[[str, str], bool]] = [
        lambda o, n: bool(indicators(old_ind, o)) and indicators(old_ind, o) == indicators(new_ind, n),
        lambda o, n: bool(text(old_rhk[o])) and text(old_rhk[o]) == text(new_rhk[n]),
    ]
    renamed: dict[str, str] = {}
    for alike in tests:  # indicator ids first: they say more than a text that may be common
        for new in came:
            old = next((o for o in gone if o not in renamed and alike(o, new)), None)
            if old is not None and new not in renamed.values():
                renamed[old] = new
    return renamed


def _plannable(hk: Any) -> bool:
    if hk is MISSING:
        return True
    if not isinstance(hk, dict):
        return False
    return all(
        hk.get(s) is None or (isinstance(hk[s], list) and all(isinstance(x, dict) for x in hk[s])) for s in SECTIONS
    )


class PegawaiDiff:
    """Compares two versions of one employee's spec."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any], old_side: Lookup, new_side: Lookup) -> None:
        self.old, self.new = old, new
        self.old_side, self.new_side = old_side, new_side
        self.out = Out()
        self.old_rhk, self.old_ind = _keyed(old.get("hasil_kerja"))
        self.new_rhk, self.new_ind = _keyed(new.get("hasil_kerja"))
        self.renamed = _renames(self.old_rhk, self.new_rhk, self.old_ind, self.new_ind)

    def run(self) -> list[Change]:
        special: dict[str, Callable[[Any, Any, Loc], None]] = {
            "pejabat_penilai": lambda a, b, loc: self.penilai(a, b, loc, "penilai"),
            "atasan_pejabat_penilai": lambda a, b, loc: self.penilai(a, b, loc, "atasan_penilai"),
            "hasil_kerja": self.hasil_kerja,
            "evaluasi": self.evaluasi,
        }
        for key, what in _SIMPLE.items():
            special[key] = self._section(what)
        special["pegawai"] = self.identitas
        self.out.mapping(self.old, self.new, Loc(), "lainnya", special=special)
        return self.out.changes

    def _section(self, what: str) -> Callable[[Any, Any, Loc], None]:
        def compare(a: Any, b: Any, loc: Loc) -> None:
            if isinstance(a, dict) or isinstance(b, dict):
                a, b = as_map(a), as_map(b)
            self.out.value(a, b, loc.section(), what)

        return compare

    # --- people ------------------------------------------------------------
    def identitas(self, a: Any, b: Any, loc: Loc) -> None:
        """The ``pegawai`` block; a unit id is shown with its name from each side's opd.yaml."""
        if isinstance(a, dict) or isinstance(b, dict):
            a, b = as_map(a), as_map(b)
        if not (isinstance(a, dict) and isinstance(b, dict)):
            self.out.value(a, b, loc.section(), "identitas")
            return

        def unit(x: Any, y: Any, here: Loc) -> None:
            if same(x, y):
                return  # names are looked up (opd.yaml parsed) only for a change
            names = {"old_nama": self.old_side.unit_nama(x), "new_nama": self.new_side.unit_nama(y)}
            self.out.value(x, y, here, "identitas", names)

        self.out.mapping(a, b, loc.section(), "identitas", special={"unit": unit})

    def penilai(self, a: Any, b: Any, loc: Loc, what: str) -> None:
        if same(a, b):
            return  # names are looked up (specs parsed) only for a change
        info = {"old_nama": nama_of(self.old_side, a), "new_nama": nama_of(self.new_side, b)}
        if isinstance(a, dict) and isinstance(b, dict):
            self.out.mapping(a, b, loc.section(), what, info)
        else:
            self.out.value(a, b, loc.section(), what, info)

    # --- hasil kerja ---------------------------------------------------------
    def hasil_kerja(self, a: Any, b: Any, loc: Loc) -> None:
        if not (_plannable(a) and _plannable(b)):
            self.out.value(a, b, loc, "rhk")
            return
        a, b = as_map(a), as_map(b)
        former = {new: old for old, new in self.renamed.items()}
        shifted = {
            s: moved(
                [self.renamed.get(k, k) for k, r in self.old_rhk.items() if r.section == s],
                [k for k, r in self.new_rhk.items() if r.section == s],
            )
            for s in SECTIONS
        }
        for key, new in self.new_rhk.items():
            old = self.old_rhk.get(former.get(key, key))
            if old is None:
                self.rhk_added(new)
                continue
            here = Loc(new.path, "", old.at, new.at)
            info = {"id": key, "rhk": new.item.get("rhk")}
            if key in former:
                self.out.emit("changed", "rhk", here.key("id"), old.key, key, {**info, "old_id": old.key})
            if old.section != new.section or key in shifted[new.section]:
                facts = {**info, "old_section": old.section, "new_section": new.section}
                facts |= {"old": old.index, "new": new.index}
                old_at = f"hasil_kerja.{old.section}[{old.index}]"
                self.out.emit("moved", "rhk", here, old_at, f"hasil_kerja.{new.section}[{new.index}]", facts)
            self.rhk_fields(old, new, here, info)
        for key, old in self.old_rhk.items():
            if key not in self.new_rhk and key not in self.renamed:
                where = Loc(old.path, "", old.at, None)
                self.out.emit("removed", "rhk", where, old.item, MISSING, {"id": key, "section": old.section})
        rest = {k: v for k, v in a.items() if k not in SECTIONS}
        self.out.mapping(rest, {k: v for k, v in b.items() if k not in SECTIONS}, loc, "rhk")

    def rhk_added(self, new: _Rhk) -> None:
        where = Loc(new.path, "", None, new.at)
        self.out.emit("added", "rhk", where, MISSING, new.item, {"id": new.key, "section": new.section})
        for ind in self._indicators_of(self.new_ind, new.key):
            if ind.key in self.old_ind:  # an indicator that came from another RHK
                self.indicator(self.old_ind[ind.key], ind, where)

    def rhk_fields(self, old: _Rhk, new: _Rhk, here: Loc, info: Mapping[str, Any]) -> None:
        def intervensi(a: Any, b: Any, loc: Loc) -> None:
            if same(a, b):
                return  # the superior's spec is parsed only for a re-linked RHK
            refs = {"old_ref": ref_text(self.old_side, a), "new_ref": ref_text(self.new_side, b)}
            self.out.value(a, b, loc, "intervensi", {**info, **refs})

        a = {k: v for k, v in old.item.items() if k != "id"}
        b = {k: v for k, v in new.item.items() if k != "id"}
        old_list, new_list = a.pop("indikator", MISSING), b.pop("indikator", MISSING)
        special = {"intervensi": intervensi, "intervensi_teks": intervensi}
        self.out.mapping(a, b, here, "rhk", info, special=special)
        plain = [v for v in (old_list, new_list) if v is not MISSING and not isinstance(v, list)]
        if plain:
            self.out.value(old_list, new_list, here.key("indikator"), "indikator", info)
            return
        olds = self._indicators_of(self.old_ind, old.key)
        news = self._indicators_of(self.new_ind, new.key)
        shifted = moved([i.key for i in olds], [i.key for i in news])
        for ind in news:
            before = self.old_ind.get(ind.key)
            if before is None:
                loc = self._ind_loc(here, ind, None)
                facts = {"id": ind.key, "rhk_id": new.key}
                self.out.emit("added", "indikator", loc, MISSING, ind.item, facts)
            else:
                parent = self.renamed.get(before.parent, before.parent)
                self.indicator(before, ind, here, shift=parent != ind.parent or ind.key in shifted)
        for ind in olds:
            if ind.key not in self.new_ind:
                loc = Loc(self._ind_loc(here, ind, None).path, "", (*old.at, "indikator", ind.index), None)
                facts = {"id": ind.key, "rhk_id": old.key}
                self.out.emit("removed", "indikator", loc, ind.item, MISSING, facts)

    @staticmethod
    def _indicators_of(inds: dict[str, _Ind], parent: str) -> list[_Ind]:
        return sorted((i for i in inds.values() if i.parent == parent), key=lambda i: i.index)

    @staticmethod
    def _ind_loc(rhk: Loc, ind: _Ind, old_at: YamlPath | None) -> Loc:
        part = id_part(ind.key) if "#" not in ind.key else f"[{ind.index}]"
        new_at = (*rhk.new_at, "indikator", ind.index) if rhk.new_at is not None else None
        return Loc(f"{rhk.path}.indikator{part}", "", old_at, new_at)

    def indicator(self, old: _Ind, new: _Ind, rhk: Loc, *, shift: bool = True) -> None:
        old_parent = self.old_rhk[old.parent]
        old_at = (*old_parent.at, "indikator", old.index)
        here = self._ind_loc(rhk, new, old_at)
        iki = new.item.get("iki", old.item.get("iki"))
        info = {"id": new.key, "rhk_id": new.parent, "iki": iki}
        if shift:
            facts = {**info, "old_rhk": old.parent, "old": old.index, "new": new.index}
            new_rhk = self.new_rhk[new.parent]
            old_pos = f"hasil_kerja.{old_parent.section}[{old_parent.index}].indikator[{old.index}]"
            new_pos = f"hasil_kerja.{new_rhk.section}[{new_rhk.index}].indikator[{new.index}]"
            self.out.emit("moved", "indikator", here, old_pos, new_pos, facts)
        target_old = {k: old.item[k] for k in ("target", "satuan") if k in old.item}
        target_new = {k: new.item[k] for k in ("target", "satuan") if k in new.item}
        if not same(target_old, target_new):  # one fact: the target with its unit
            kind: Kind = "added" if not target_old else "removed" if not target_new else "changed"
            self.out.emit(kind, "target", here.key("target"), target_old or MISSING, target_new or MISSING, info)
        a = {k: v for k, v in old.item.items() if k not in ("id", "target", "satuan")}
        b = {k: v for k, v in new.item.items() if k not in ("id", "target", "satuan")}
        self.out.mapping(a, b, here, "indikator", info)

    # --- evaluasi --------------------------------------------------------------
    def evaluasi(self, a: Any, b: Any, loc: Loc) -> None:
        a, b = as_map(a), as_map(b)
        if not (isinstance(a, dict) and isinstance(b, dict)):
            self.out.value(a, b, loc, "evaluasi")
            return
        for periode in ordered_keys(a, b, first=PERIODE):
            old, new = a.get(periode, MISSING), b.get(periode, MISSING)
            here = loc.key(periode).section()
            info = {"periode": periode}
            if old is MISSING or new is MISSING or not (isinstance(old, dict) and isinstance(new, dict)):
                facts = {**info, "old_predikat": effective(old), "new_predikat": effective(new)}
                self.out.value(old, new, here, "evaluasi", facts)
                continue
            special: dict[str, Callable[[Any, Any, Loc], None]] = {
                "rating_hasil_kerja": self._compare_as("rating", info),
                "rating_perilaku_kerja": self._compare_as("rating", info),
                "hasil_kerja": self._realisasi(periode),
            }
            self.out.mapping(old, new, here, "evaluasi", info, skip=("predikat",), special=special)
            predikat.compare(self.out, old, new, here, info)

    def _realisasi(self, periode: str) -> Callable[[Any, Any, Loc], None]:
        return lambda a, b, loc: self.realisasi(a, b, loc, periode)

    def _compare_as(self, what: str, info: Mapping[str, Any]) -> Callable[[Any, Any, Loc], None]:
        return lambda a, b, loc: self.out.value(a, b, loc, what, info)

    def realisasi(self, a: Any, b: Any, loc: Loc, periode: str) -> None:
        a, b = as_map(a), as_map(b)
        if not (isinstance(a, dict) and isinstance(b, dict)):
            self.out.value(a, b, loc, "evaluasi", {"periode": periode})
            return
        for ident in ordered_keys(a, b, first=self.new_ind):
            ind = self.new_ind.get(ident) or self.old_ind.get(ident)
            item = ind.item if ind else {}
            info = {"periode": periode, "id": ident, "iki": item.get("iki"), "satuan": item.get("satuan")}
            old, new = a.get(ident, MISSING), b.get(ident, MISSING)
            here = loc.key(ident).section()
            if isinstance(old, dict) and isinstance(new, dict):
                special = {"realisasi": self._compare_as("realisasi", info)}
                self.out.mapping(old, new, here, "evaluasi", info, special=special)
            else:
                self.out.value(old, new, here, "realisasi", info)


def diff_pegawai(
    old: Mapping[str, Any], new: Mapping[str, Any], old_side: Lookup | None = None, new_side: Lookup | None = None
) -> list[Change]:
    """The changes between two versions of one employee's spec."""
    return PegawaiDiff(old, new, old_side or NoLookup(), new_side or NoLookup()).run()
