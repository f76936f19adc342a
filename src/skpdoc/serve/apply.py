"""A posted form written into the round-trip document of :mod:`skpdoc.yamledit`.

:func:`apply_rencana` and :func:`apply_evaluasi` change only the values whose
text changed, so comments, key order and quoting of everything else survive;
keys the file lacks go where the schema orders them. A renamed indicator takes
its realisasi along, and ``belum_dikonfirmasi`` follows moved RHK.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from skpdoc import placeholders, reference
from skpdoc.serve.editform import (
    EKSPEKTASI,
    EVAL_FIELDS,
    EVAL_ORDER,
    HK_ORDER,
    IND_KEYS,
    KINDS,
    LAMPIRAN,
    PERILAKU,
    RATING,
    REALISASI_ORDER,
    RHK_KEYS,
    RHK_ORDER,
    SECTIONS,
    TOP_ORDER,
    EvaluasiInput,
    RencanaInput,
    RhkInput,
    as_items,
    as_map,
    normalised,
    parsed,
    plan_indicators,
    shown,
)

#: A list written in flow style (``[a, b]``) whose items grow longer than this together is written one item a line.
FLOW_WIDTH = 60


def _insert(mapping: CommentedMap, key: str, value: Any, order: Iterable[str]) -> None:
    """Set ``key``, placed where ``order`` puts it among the keys the mapping has (at the end when unknown)."""
    if key in mapping:
        mapping[key] = value
        return
    ranks = {k: n for n, k in enumerate(order)}
    rank = ranks.get(key)
    position = len(mapping)
    if rank is not None:
        later = [n for n, k in enumerate(mapping) if ranks.get(k, -1) > rank]
        position = later[0] if later else len(mapping)
    mapping.insert(position, key, value)


def _put(mapping: CommentedMap, key: str, text: str | None, order: Iterable[str]) -> bool:
    """Write the posted ``text`` of ``key`` when it differs from what the mapping holds; whether it did.
    ``None`` (the form did not show the key) and an unchanged text leave it; an empty one removes the key."""
    if text is None:
        return False
    current = mapping.get(key)
    if normalised(text) == shown(current):
        return False
    if not text.strip():
        if key in mapping:
            del mapping[key]
            return True
        return False
    value = parsed(text, KINDS.get(key, "text"), current)
    if not mapping:
        mapping.fa.set_block_style()  # a starter's "{}" filled in reads as the rest of the file
    if isinstance(current, CommentedSeq) and isinstance(value, list):
        if sum(len(str(item)) for item in value) > FLOW_WIDTH:
            current.fa.set_block_style()  # "[ISI: ...]" replaced by sentences: one a line
        current[:] = value  # the list keeps its place (and its flow style while it stays short)
    else:
        _insert(mapping, key, value, order)
    return True


def _child(parent: CommentedMap, key: str) -> tuple[CommentedMap, bool]:
    """The mapping at ``key`` to write into, and whether it is a new one (to be attached only if filled)."""
    found = parent.get(key)
    return (found, False) if isinstance(found, CommentedMap) else (CommentedMap(), True)


def _attach(parent: CommentedMap, key: str, child: CommentedMap, new: bool, order: Iterable[str]) -> None:
    """After something was written into ``child``: put a new one in place, drop one the edit emptied."""
    if new and child:
        _insert(parent, key, child, order)
    elif not new and not child:
        del parent[key]


def _put_all(mapping: CommentedMap, values: Mapping[str, str], keys: Iterable[str]) -> bool:
    """:func:`_put` for each of ``keys`` (every one, not up to the first change); whether any was written."""
    return [_put(mapping, key, values.get(key), keys) for key in keys].count(True) > 0


@dataclass
class Moves:
    """Where the items of the file the form was made from went: (section, i) → (section, i) or None when removed,
    and (section, i, j) → j for indicators; indicator ids renamed on the way."""

    rhk: dict[tuple[str, int], tuple[str, int] | None] = field(default_factory=dict)
    indikator: dict[tuple[str, int, int], int | None] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)  # ids of the RHK nodes placed: none is placed twice


def apply_rencana(data: CommentedMap, form: RencanaInput) -> None:
    """Write the plan form into the round-trip document ``data`` (everything but ``evaluasi``)."""
    hk, new_hk = _child(data, "hasil_kerja")
    moves = Moves()
    for section in SECTIONS:
        old = hk.get(section)
        nodes = [_rhk_node(hk, section, i, item, moves) for i, item in enumerate(form.hasil_kerja[section])]
        if isinstance(old, list):
            for i in range(len(old)):
                moves.rhk.setdefault((section, i), None)
            if len(old) != len(nodes) or any(a is not b for a, b in zip(old, nodes, strict=False)):
                if nodes or section == SECTIONS[0]:
                    old[:] = nodes
                else:
                    del hk[section]
        elif nodes:
            _insert(hk, section, CommentedSeq(nodes), HK_ORDER)
    if new_hk and hk:
        _insert(data, "hasil_kerja", hk, TOP_ORDER)
    for key, values, keys in (
        ("ekspektasi_khusus_pimpinan", form.ekspektasi, EKSPEKTASI),
        ("lampiran", form.lampiran, LAMPIRAN),
    ):
        mapping, new = _child(data, key)
        if _put_all(mapping, values, keys):
            _attach(data, key, mapping, new, TOP_ORDER)
    _carry_evaluations(data, moves.renamed)
    _carry_unconfirmed(data, moves)


def _origin(hk: CommentedMap, section: str, asal: str, taken: set[int]) -> tuple[int, Any] | None:
    """The RHK of the file an ``asal`` names: at its position when it still holds its id, else found by id."""
    parts = asal.split(":", 2)
    if len(parts) != 3 or parts[0] != section or not parts[1].isdigit():
        return None
    items = as_items(hk.get(section))
    position, ident = int(parts[1]), parts[2]
    candidates = [position] if position < len(items) else []
    candidates += [n for n, item in enumerate(items) if shown(as_map(item).get("id")) == ident and ident]
    for n in candidates:
        if shown(as_map(items[n]).get("id")) == ident and id(items[n]) not in taken:
            taken.add(id(items[n]))
            return n, items[n]
    return None


def _rhk_node(hk: CommentedMap, section: str, i: int, item: RhkInput, moves: Moves) -> Any:
    found = _origin(hk, section, item.asal, moves.taken)
    old_index, node = found if found is not None else (None, None)
    if old_index is not None:
        moves.rhk[(section, old_index)] = (section, i)
    if found is not None and not isinstance(node, CommentedMap):
        if not any(v.strip() for v in item.values.values()) and not item.indikator:
            return node  # a placeholder RHK nobody filled stays as it is
        node = None
    if node is None:
        node = CommentedMap()
    for key in RHK_KEYS:
        _put(node, key, item.values.get(key), RHK_ORDER)
    old = node.get("indikator")
    old_items = as_items(old)
    used: set[int] = set()
    nodes = []
    for j, ind in enumerate(item.indikator):
        at = _indicator_origin(old_items, ind.asal, used)
        child = old_items[at] if at is not None and isinstance(old_items[at], CommentedMap) else CommentedMap()
        if at is not None and old_index is not None:
            moves.indikator[(section, old_index, at)] = j
            before = shown(as_map(old_items[at]).get("id"))
            after = ind.values.get("id")
            if before and after is not None and after.strip() and after != before:
                moves.renamed[before] = after
        for key in IND_KEYS:
            _put(child, key, ind.values.get(key), IND_KEYS)
        nodes.append(child)
    if old_index is not None:
        for j in range(len(old_items)):
            moves.indikator.setdefault((section, old_index, j), None)
    if isinstance(old, list):
        if len(old) != len(nodes) or any(a is not b for a, b in zip(old, nodes, strict=False)):
            old[:] = nodes
    elif nodes:  # none written (a placeholder in the file, or no list at all) and none posted: left as it is
        _insert(node, "indikator", CommentedSeq(nodes), RHK_ORDER)
    return node


def _indicator_origin(items: list[Any], asal: str, used: set[int]) -> int | None:
    position, _, ident = asal.partition(":")
    if not position.isdigit():
        return None
    candidates = [int(position)] if int(position) < len(items) else []
    candidates += [n for n, item in enumerate(items) if ident and shown(as_map(item).get("id")) == ident]
    for n in candidates:
        if shown(as_map(items[n]).get("id")) == ident and n not in used:
            used.add(n)
            return n
    return None


def _carry_evaluations(data: CommentedMap, renamed: Mapping[str, str]) -> None:
    """An indicator whose id the form changed keeps its realisasi: the key is renamed in every evaluation."""
    for evaluation in as_map(data.get("evaluasi")).values():
        hk = as_map(evaluation).get("hasil_kerja")
        if not isinstance(hk, CommentedMap):
            continue
        for before, after in renamed.items():
            if before in hk and after not in hk:
                position = list(hk).index(before)
                hk.insert(position, after, hk.pop(before))


def _carry_unconfirmed(data: CommentedMap, moves: Moves) -> None:
    """``belum_dikonfirmasi`` names values by position: a moved RHK or indicator takes its entries along, and a
    removed one's entries go with it."""
    listed = data.get(placeholders.UNCONFIRMED)
    if not isinstance(listed, CommentedSeq):
        return
    kept: list[Any] = []
    changed = False
    for entry in listed:
        path = placeholders.parse_path(entry) if isinstance(entry, str) else ()
        moved = _moved_path(path, moves) if path[:1] == ("hasil_kerja",) and len(path) >= 3 else path
        if moved is None:
            changed = True
            continue
        if moved != path:
            changed = True
            entry = placeholders.path_text(moved)
        kept.append(entry)
    if changed:
        listed[:] = kept


def _moved_path(path: tuple[str | int, ...], moves: Moves) -> tuple[str | int, ...] | None:
    section, i = path[1], path[2]
    if not isinstance(section, str) or not isinstance(i, int) or (section, i) not in moves.rhk:
        return path
    target = moves.rhk[(section, i)]
    if target is None:
        return None
    rest = path[3:]
    if len(rest) >= 2 and rest[0] == "indikator" and isinstance(rest[1], int):
        j = moves.indikator.get((section, i, rest[1]), rest[1])
        if j is None:
            return None
        rest = ("indikator", j, *rest[2:])
    return ("hasil_kerja", *target, *rest)


def apply_evaluasi(data: CommentedMap, periode: str, form: EvaluasiInput) -> None:
    """Write the evaluation form into ``data``'s ``evaluasi.<periode>``; a new evaluation goes in periode order."""
    evaluasi, new_evaluasi = _child(data, "evaluasi")
    node, new_node = _child(evaluasi, periode)
    ratings = [node.get(k) for k in ("rating_hasil_kerja", "rating_perilaku_kerja")]
    changed = _put_all(node, form.values, EVAL_FIELDS)
    order = [ind["id"] for _, ind in plan_indicators(data)]
    hk, new_hk = _child(node, "hasil_kerja")
    written = False
    for row in form.hasil_kerja:
        entry, new_entry = _child(hk, row.id)
        if not isinstance(hk.get(row.id, {}), Mapping) and not any(v.strip() for v in row.values.values()):
            continue  # a realisasi left as a placeholder and not filled in
        if _put_all(entry, row.values, REALISASI_ORDER):
            _attach(hk, row.id, entry, new_entry, order)
            written = True
    if written:
        _attach(node, "hasil_kerja", hk, new_hk, EVAL_ORDER)
    perilaku, new_perilaku = _child(node, "perilaku_kerja")
    if _put_all(perilaku, form.perilaku, PERILAKU):
        _attach(node, "perilaku_kerja", perilaku, new_perilaku, EVAL_ORDER)
        written = True
    _follow_kuadran(node, ratings)
    if changed or written:
        _attach(evaluasi, periode, node, new_node, tuple(reference.PERIODE))
        _attach(data, "evaluasi", evaluasi, new_evaluasi, TOP_ORDER)


def _follow_kuadran(node: CommentedMap, before: list[Any]) -> None:
    """A written predikat must be the kuadran's: when the ratings change, it follows them."""
    ratings = (node.get("rating_hasil_kerja"), node.get("rating_perilaku_kerja"))
    if "predikat" not in node or list(ratings) == before or not all(r in RATING for r in ratings):
        return
    node["predikat"] = reference.predikat(str(ratings[0]), str(ratings[1]))
