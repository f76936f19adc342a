"""Diffing any YAML value by structure: mappings by key, lists with ids by id.

The plan-specific comparisons (:mod:`skpdoc.diff.plan`) use these for
everything they do not know by name, so a key added by a future schema is
still reported, by its path, rather than ignored.
"""

from __future__ import annotations

import bisect
import difflib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from skpdoc.diff.model import Change, Kind, Loc
from skpdoc.errors import YamlPath, format_yaml_path

#: The value of a key that is absent (``None`` is a YAML null).
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()

# Known keys in the order a reader expects them (as in the README's annotated spec);
# unknown keys follow alphabetically. Output never depends on the key order in a file.
_KEYS = """
pegawai nama singkatan kepala nip status pangkat golongan jabatan jenis_jabatan jenjang unit unit_kerja instansi induk
pejabat_penilai atasan_pejabat_penilai periode mulai selesai pendekatan penetapan tempat tanggal
tanggal_pegawai hasil_kerja utama tambahan id rhk intervensi intervensi_teks indikator aspek perspektif iki target
satuan ukuran_keberhasilan ekspektasi_khusus_pimpinan berorientasi_pelayanan akuntabel kompeten harmonis loyal
adaptif kolaboratif lampiran dukungan_sumber_daya skema_pertanggungjawaban konsekuensi capaian_kinerja_organisasi
evaluasi triwulan-1 triwulan-2 triwulan-3 triwulan-4 akhir realisasi bukti_dukung umpan_balik perilaku_kerja
rating_hasil_kerja rating_perilaku_kerja predikat catatan_rekomendasi instansi tahun
"""
_ORDER = _KEYS.split()
_RANK = {key: rank for rank, key in reversed(list(enumerate(_ORDER)))}


def ordered_keys(*maps: Mapping[str, Any], first: Iterable[str] = ()) -> list[str]:
    """The keys of ``maps`` together: ``first`` in its order, then known keys, then the rest alphabetically."""
    given = list(first)
    keys = {k for m in maps for k in m}
    head = [k for k in given if k in keys]
    rest = sorted(keys - set(head), key=lambda k: (_RANK.get(k, len(_RANK)), _natural(k)))
    return head + rest


def _natural(key: str) -> list[tuple[int, str]]:
    """rhk-2.1 before rhk-10.1."""
    return [(int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"(\d+)", key)]


def kind_of(value: Any) -> str:
    if value is None or value is MISSING:
        return "none" if value is None else "missing"
    if isinstance(value, bool):
        return "bool"  # before numbers: True == 1 in Python, not in a spec
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "map"
    return type(value).__name__


def same(a: Any, b: Any) -> bool:
    """Equal as data: 12 and 12.0 are the same, 1 and true are not, key order does not matter."""
    kind = kind_of(a)
    if kind != kind_of(b):
        return False
    if kind == "map":
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if kind == "list":
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def norm(value: Any) -> Any:
    """12.0 → 12 (a quoting or typing detail, not a different value)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def canonical(value: Any) -> str:
    """A text that is equal for values that are :func:`same` (to match list items)."""

    def clean(v: Any) -> Any:
        if isinstance(v, dict):
            return {str(k): clean(x) for k, x in v.items()}
        if isinstance(v, list):
            return [clean(x) for x in v]
        return norm(v)

    return json.dumps(clean(value), sort_keys=True, ensure_ascii=False, default=str)


def unique_ids(items: list[Any]) -> list[str] | None:
    """The ids of a list of mappings that all have a distinct text ``id``; else None."""
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    if not ids or not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
        return None
    return [str(i) for i in ids]


def moved(old: list[str], new: list[str]) -> set[str]:
    """Items present on both sides whose relative order changed.

    The items kept in place are a longest common subsequence, so inserting at
    the top moves nothing and moving one item reports that one. Among equally
    long ones, the one keeping most items at their own index wins: swapping
    the first and the third of three moves those two, not the second.
    """
    position = {item: i for i, item in enumerate(old)}
    common = [item for item in new if item in position]
    if len(common) > 400:
        return set(common) - _longest_run(common, position)
    index = {item: j for j, item in enumerate(new)}
    # best[k]: (length, items at their own index) of the best run ending with common[k]
    best: list[tuple[int, int]] = []
    back: list[int] = []
    for k, item in enumerate(common):
        here = int(position[item] == index[item])
        choice, link = (1, here), -1
        for m in range(k):
            if position[common[m]] < position[item]:
                candidate = (best[m][0] + 1, best[m][1] + here)
                if candidate > choice:
                    choice, link = candidate, m
        best.append(choice)
        back.append(link)
    kept: set[str] = set()
    k = max(range(len(common)), key=lambda n: best[n], default=-1)
    while k >= 0:
        kept.add(common[k])
        k = back[k]
    return set(common) - kept


def _longest_run(common: list[str], position: dict[str, int]) -> set[str]:
    """A longest run of increasing old positions, in O(n log n) (long generic lists)."""
    tails: list[int] = []
    tail_item: list[int] = []
    back: list[int] = [-1] * len(common)
    for index, item in enumerate(common):
        pos = position[item]
        k = bisect.bisect_left(tails, pos)
        if k == len(tails):
            tails.append(pos)
            tail_item.append(index)
        else:
            tails[k], tail_item[k] = pos, index
        back[index] = tail_item[k - 1] if k else -1
    kept: set[str] = set()
    index = tail_item[-1] if tail_item else -1
    while index >= 0:
        kept.add(common[index])
        index = back[index]
    return kept


class Out:
    """Collects changes; ``what`` and ``info`` describe the section being compared."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def emit(self, kind: Kind, what: str, loc: Loc, old: Any, new: Any, info: Mapping[str, Any] | None = None) -> None:
        facts = dict(info or {})
        facts.setdefault("field", loc.rel)
        self.changes.append(
            Change(
                kind,
                what,
                loc.path,
                None if old is MISSING else old,
                None if new is MISSING else new,
                facts,
                None if kind == "added" else loc.old_at,
                None if kind == "removed" else loc.new_at,
            )
        )

    def value(self, old: Any, new: Any, loc: Loc, what: str, info: Mapping[str, Any] | None = None) -> None:
        """Compare two values of any shape."""
        if same(old, new):
            return
        if old is MISSING:
            self.emit("added", what, loc, old, new, info)
        elif new is MISSING:
            self.emit("removed", what, loc, old, new, info)
        elif isinstance(old, dict) and isinstance(new, dict):
            self.mapping(old, new, loc, what, info)
        elif isinstance(old, list) and isinstance(new, list):
            old_ids, new_ids = unique_ids(old), unique_ids(new)
            if old_ids is not None and new_ids is not None:
                self.id_list(old, new, old_ids, new_ids, loc, what, info)
            else:
                self.plain_list(old, new, loc, what, info)
        else:
            self.emit("changed", what, loc, old, new, info)

    def mapping(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        loc: Loc,
        what: str,
        info: Mapping[str, Any] | None = None,
        *,
        skip: Iterable[str] = (),
        special: Mapping[str, Callable[[Any, Any, Loc], None]] | None = None,
        first: Iterable[str] = (),
    ) -> None:
        """Compare key by key; ``special`` keys get their own comparison, ``skip`` keys none."""
        handlers = special or {}
        skipped = set(skip)
        for key in ordered_keys(old, new, first=first):
            if key in skipped:
                continue
            a, b = old.get(key, MISSING), new.get(key, MISSING)
            if key in handlers:
                handlers[key](a, b, loc.key(key))
            else:
                self.value(a, b, loc.key(key), what, info)

    def id_list(
        self,
        old: list[Any],
        new: list[Any],
        old_ids: list[str],
        new_ids: list[str],
        loc: Loc,
        what: str,
        info: Mapping[str, Any] | None = None,
    ) -> None:
        """Items matched by ``id``: added, removed, moved (order changed) or changed inside."""
        old_pos = {ident: i for i, ident in enumerate(old_ids)}
        shifted = moved(old_ids, new_ids)
        for j, ident in enumerate(new_ids):
            i = old_pos.get(ident)
            here = loc.ident(ident, i, j)
            facts = {**(info or {}), "id": ident}
            if i is None:
                self.emit("added", what, here, MISSING, new[j], facts)
                continue
            if ident in shifted:
                self.emit("moved", what, here, _at(loc.old_at, i), _at(loc.new_at, j), {**facts, "old": i, "new": j})
            body_old = {k: v for k, v in old[i].items() if k != "id"}
            body_new = {k: v for k, v in new[j].items() if k != "id"}
            self.mapping(body_old, body_new, here, what, facts)
        present = set(new_ids)
        for i, ident in enumerate(old_ids):
            if ident not in present:
                self.emit("removed", what, loc.ident(ident, i, None), old[i], MISSING, {**(info or {}), "id": ident})

    def plain_list(
        self, old: list[Any], new: list[Any], loc: Loc, what: str, info: Mapping[str, Any] | None = None
    ) -> None:
        """Items without ids: equal runs are skipped, replaced runs of equal length change in place.

        An item removed in one place and added unchanged in another is a move,
        never a removal plus an addition.
        """
        a, b = [canonical(x) for x in old], [canonical(x) for x in new]
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        regions = [(range(i1, i2), range(j1, j2)) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
        # An item that left one place and arrived unchanged in another moved.
        pending = [i for removed, _ in regions for i in removed]
        source: dict[int, int] = {}
        for j in (j for _, added in regions for j in added):
            match = next((i for i in pending if a[i] == b[j]), None)
            if match is not None:
                pending.remove(match)
                source[j] = match
        gone = set(source.values())
        for removed, added in regions:
            for j in added:
                if j in source:
                    i = source[j]
                    facts = {**(info or {}), "old": i, "new": j}
                    self.emit("moved", what, loc.index(i, j), _at(loc.old_at, i), _at(loc.new_at, j), facts)
            left = [i for i in removed if i not in gone]
            arrived = [j for j in added if j not in source]
            if len(left) == len(arrived):  # replaced one for one: changed in place
                for i, j in zip(left, arrived, strict=True):
                    self.value(old[i], new[j], loc.index(i, j), what, info)
                continue
            for j in arrived:
                self.emit("added", what, loc.index(None, j), MISSING, new[j], info)
            for i in left:
                self.emit("removed", what, loc.index(i, None), old[i], MISSING, info)


def _at(prefix: YamlPath | None, index: int) -> str:
    return format_yaml_path((*(prefix or ()), index))
