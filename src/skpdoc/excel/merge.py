"""One employee's rows of the workbook applied onto his or her spec's data: the new data, and where each part came from.

Rules (also on the instructions sheet): rows are matched by their keys; an RHK
or indicator row with "hapus" removes it (an RHK with its indicators, an
indicator with its realisasi); another emptied cell removes that value; a row
below the data with a new key adds an item at the end of its list (an indicator
without an id gets the next free ``<rhk>.<n>``). A periode whose Evaluasi and
Realisasi cells are all empty has no evaluation; a required value of an
evaluation left empty becomes a placeholder ``[ISI: …]``. A value that reads
as the one in the spec (the same number, the same text but for surrounding
blanks) keeps the spec's own form, so an untouched cell never changes a byte.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from skpdoc import placeholders
from skpdoc.errors import Problem, YamlPath
from skpdoc.excel import layout, proposals
from skpdoc.excel.layout import HAPUS, ORDER
from skpdoc.excel.read import CellRow

#: Where a value of the new data came from: (sheet, cell).
Cell = tuple[str, str]


class Merge:
    """Builds the new data of one spec; ``problems`` are located in the workbook (``label!sheet!cell``)."""

    def __init__(self, label: str, current: dict[str, Any], home: Cell, periods: Sequence[str]) -> None:
        self.label, self.current, self.home, self.periods = label, current, home, tuple(periods)
        self.data: dict[str, Any] = copy.deepcopy(current)
        self.problems: list[Problem] = []
        self.rhk_rows: dict[str, CellRow] = {}
        self.ind_rows: dict[str, CellRow] = {}
        self.fixed: dict[YamlPath, Cell] = {}  # origins of values kept in mappings (stable paths)
        self.removed_ind: set[str] = set()
        self.nip = str(current["pegawai"]["nip"])
        self.pegawai_row: CellRow | None = None  # the employee's Pegawai row, once read

    def problem(self, row: CellRow, name: str, code: str, **args: Any) -> None:
        column = row.sheet.column(name)
        self.problems.append(
            Problem(_at(self.label, row.sheet.name, row.cell(name)), code, {"kolom": column.header, **args})
        )

    def missing(self, sheet: str, what: str) -> None:
        self.problems.append(Problem(_at(self.label, *self.home), "X018", {"lembar": sheet, "baris": what}))

    # --- plan ---------------------------------------------------------------------------

    def rhk(self, rows: list[CellRow]) -> None:
        hasil = self.data.setdefault("hasil_kerja", {})
        existing = {(s, r["id"]): r for s, r in layout.iter_rhk(self.data)}
        seen: set[tuple[str, str]] = set()
        for row in _unique(self, rows):
            jenis, rhk_id = row.values.get("jenis"), row.values.get("id")
            if rhk_id is None:
                self.problem(row, "id", "X022", contoh=self._next_id(jenis or "utama"))
                continue
            if jenis is None:
                self.problem(row, "jenis", "X013")
                continue
            seen.add((jenis, rhk_id))
            found = existing.get((jenis, rhk_id))
            if row.values.get("hapus") == HAPUS:
                if found is not None:
                    hasil[jenis].remove(found)
                    self.removed_ind |= {i.get("id") for i in found.get("indikator") or []}
                continue
            if found is None:
                if rhk_id in self._ids():
                    self.problem(row, "id", "X023", value=rhk_id)
                    continue
                found = {"id": rhk_id, "indikator": []}
                put(hasil, jenis, hasil.get(jenis) or [], ORDER["hasil_kerja"])
                hasil[jenis].append(found)
            self.rhk_rows[rhk_id] = row
            self._rhk_fields(row, found)
        for section, rhk_id in existing:
            if (section, rhk_id) not in seen:
                self.missing(layout.RHK.name, f"{section} {rhk_id}")
        for section in ("utama", "tambahan"):
            if section in hasil and not hasil[section] and section not in (self.current.get("hasil_kerja") or {}):
                del hasil[section]

    def _rhk_fields(self, row: CellRow, rhk: dict[str, Any]) -> None:
        for name in ("intervensi", "intervensi_teks", "rhk"):
            if name in row.bad:
                continue
            value = row.values.get(name)
            if name == "intervensi" and value is not None:
                nip, _, rhk_id = value.partition("#")
                shown = layout.penilai_nip(self.current)  # the penilai whose RHK the exported cell showed
                if not nip and rhk.get(name) == f"{shown}#{rhk_id}":
                    continue  # unchanged, even if the penilai changed in the Pegawai sheet
                nip = nip or _nip(layout.penilai_nip(self.data)) or _nip(shown)
                if nip is None:
                    self.problem(row, name, "X019", value=rhk_id)
                    continue
                value = f"{nip}#{rhk_id}"
            if name == "rhk" and value is None:
                self.problem(row, name, "X013")
                continue
            assign(rhk, name, value, ORDER["rhk"])

    def indikator(self, rows: list[CellRow]) -> None:
        plan = {r["id"]: r for _, r in layout.iter_rhk(self.data)}
        removed_rhk = {r["id"] for _, r in layout.iter_rhk(self.current)} - set(plan)
        existing = {(r["id"], i["id"]): i for _, r in layout.iter_rhk(self.current) for i in r.get("indikator") or []}
        now = {(r["id"], i["id"]): i for r in plan.values() for i in r.get("indikator") or []}
        seen: set[tuple[str, str]] = set()
        for row in _unique(self, rows):
            rhk_id, ind_id = row.values.get("rhk"), row.values.get("id")
            if rhk_id in removed_rhk:
                continue
            if rhk_id is None or rhk_id not in plan:
                self.problem(row, "rhk", "X020" if rhk_id else "X013", value=rhk_id)
                continue
            rhk = plan[rhk_id]
            if ind_id is not None:
                seen.add((rhk_id, ind_id))
            found = now.get((rhk_id, ind_id)) if ind_id is not None else None
            if row.values.get("hapus") == HAPUS:
                if found is not None:
                    rhk["indikator"].remove(found)
                    self.removed_ind.add(found["id"])
                continue
            if found is None:
                if ind_id is None:
                    ind_id = self._next_indicator(rhk_id)
                elif ind_id in self._ids():
                    self.problem(row, "id", "X023", value=ind_id)
                    continue
                found = {"id": ind_id}
                rhk["indikator"].append(found)
            self.ind_rows[found["id"]] = row
            for name in ORDER["indikator"][1:]:
                if name not in row.bad:
                    assign(found, name, row.values.get(name), ORDER["indikator"])
        for rhk_id, ind_id in existing:
            if rhk_id not in removed_rhk and (rhk_id, ind_id) not in seen:
                self.missing(layout.INDIKATOR.name, f"{rhk_id} {ind_id}")
        for rhk_id, rhk in plan.items():
            if not rhk.get("indikator") and rhk_id in self.rhk_rows:
                self.problem(self.rhk_rows[rhk_id], "id", "X021", value=rhk_id)

    def _ids(self) -> set[str]:
        return {
            x
            for _, r in layout.iter_rhk(self.data)
            for x in [r.get("id"), *(i.get("id") for i in r.get("indikator") or [])]
        }

    def _next_id(self, section: str) -> str:
        prefix = "rhk" if section == "utama" else "tambahan"
        used, n = self._ids(), 1
        while f"{prefix}-{n}" in used:
            n += 1
        return f"{prefix}-{n}"

    def _next_indicator(self, rhk_id: str) -> str:
        used, n = self._ids(), 1
        while f"{rhk_id}.{n}" in used:
            n += 1
        return f"{rhk_id}.{n}"

    # --- ekspektasi and lampiran ------------------------------------------------------------

    def ekspektasi(self, rows: list[CellRow]) -> None:
        values = dict(self.data.get("ekspektasi_khusus_pimpinan") or {})
        for row in _unique(self, rows):
            key = row.values.get("perilaku")
            if key is None or "teks" in row.bad:
                continue
            assign(values, key, row.values.get("teks"), ORDER["perilaku"])
            self.fixed[("ekspektasi_khusus_pimpinan", key)] = (row.sheet.name, row.cell("teks"))
        self._section("ekspektasi_khusus_pimpinan", values)

    def lampiran(self, rows: list[CellRow]) -> None:
        values = dict(self.data.get("lampiran") or {})
        for key in layout.LAMPIRAN:
            old = list(values.get(key) or [])
            mine = [r for r in _unique(self, rows) if r.values.get("bagian") == key]
            kept: list[tuple[str, CellRow | None]] = []
            by_no = {r.values.get("no"): r for r in mine if r.values.get("no") in range(1, len(old) + 1)}
            for no in range(1, len(old) + 1):
                row = by_no.get(no)
                if row is None:
                    self.missing(layout.LAMPIRAN_SHEET.name, f"{layout.LAMPIRAN[key]} {no}")
                    kept.append((old[no - 1], None))
                elif "teks" in row.bad:
                    kept.append((old[no - 1], row))
                elif row.values.get("teks") is not None:
                    text = row.values["teks"]
                    kept.append((old[no - 1] if same(old[no - 1], text) else text, row))
            numbered = {id(r) for r in by_no.values()}
            kept += [(r.values["teks"], r) for r in mine if id(r) not in numbered and r.values.get("teks")]
            for index, (_, row) in enumerate(kept):
                if row is not None:
                    self.fixed[("lampiran", key, index)] = (row.sheet.name, row.cell("teks"))
            if kept or values.get(key):  # an empty list written as such (``konsekuensi: []``) stays
                assign(values, key, [text for text, _ in kept] or None, ORDER["lampiran"])
        self._section("lampiran", values)

    def _section(self, key: str, values: dict[str, Any]) -> None:
        if not values and key in self.current and not self.current[key]:
            return  # empty in the spec (``{}``, as import roster writes it), and still empty: left as written
        if values or key in self.current:
            assign(self.data, key, values or None, ORDER["spec"])

    # --- evaluations ------------------------------------------------------------------------

    def evaluasi(self, rows: list[CellRow], realisasi: list[CellRow]) -> None:
        evaluasi = dict(self.data.get("evaluasi") or {})
        plan_ids = [i["id"] for _, r in layout.iter_rhk(self.data) for i in r.get("indikator") or []]
        by_periode = {r.values.get("periode"): r for r in _unique(self, rows)}
        entries: dict[str, list[CellRow]] = {}
        for line in _unique(self, realisasi):
            periode = line.values.get("periode")
            if periode not in self.periods:
                self.problem(line, "periode", "X024", value=periode)
            elif line.values.get("indikator") not in self.removed_ind:
                entries.setdefault(periode, []).append(line)
        for periode in self.periods:
            old = evaluasi.get(periode)
            row = by_periode.get(periode)
            if row is None:
                self.missing(layout.EVALUASI.name, periode)
                continue
            mine = entries.get(periode, [])
            if _blank(row) and all(_blank(r) for r in mine):
                evaluasi.pop(periode, None)
                continue
            ev = dict(old) if old is not None else {}
            self.fixed[("evaluasi", periode)] = (row.sheet.name, row.cell("periode"))
            for name in layout.EVALUASI.edits:
                if name in row.bad or name.startswith("perilaku."):
                    continue
                value = row.values.get(name)
                if value is None and name in ("tanggal", "rating_hasil_kerja", "rating_perilaku_kerja"):
                    value = ev.get(name) if placeholders.is_placeholder(ev.get(name)) else _fill(name)
                assign(ev, name, value, ORDER["evaluasi"])
                self.fixed[("evaluasi", periode, name)] = (row.sheet.name, row.cell(name))
            perilaku = dict(ev.get("perilaku_kerja") or {})
            for key in layout.BERAKHLAK:
                name = f"perilaku.{key}"
                if name not in row.bad:
                    assign(perilaku, key, row.values.get(name), ORDER["perilaku"])
                    self.fixed[("evaluasi", periode, "perilaku_kerja", key)] = (row.sheet.name, row.cell(name))
            assign(ev, "perilaku_kerja", perilaku or None, ORDER["evaluasi"])
            self._hasil(periode, ev, mine, plan_ids)
            put(evaluasi, periode, ev, ORDER["periode"])
        for gone in self.removed_ind:
            for ev in evaluasi.values():
                if isinstance(ev, dict) and gone in (ev.get("hasil_kerja") or {}):
                    ev["hasil_kerja"] = {k: v for k, v in ev["hasil_kerja"].items() if k != gone}
                    if not ev["hasil_kerja"]:
                        del ev["hasil_kerja"]
        if evaluasi or "evaluasi" in self.current:
            assign(self.data, "evaluasi", evaluasi or None, ORDER["spec"])

    def _hasil(self, periode: str, ev: dict[str, Any], rows: list[CellRow], plan_ids: list[str]) -> None:
        hasil = dict(ev.get("hasil_kerja") or {})
        order = [*plan_ids, *(k for k in hasil if k not in plan_ids)]
        for row in rows:
            ind_id = row.values.get("indikator")
            if ind_id is None or (ind_id not in plan_ids and ind_id not in hasil):
                self.problem(row, "indikator", "X020" if ind_id else "X013", value=ind_id)
                continue
            if _blank(row):
                hasil.pop(ind_id, None)
                continue
            entry = dict(hasil.get(ind_id) or {})
            for name in ORDER["realisasi"]:
                if name in row.bad:
                    continue
                value = row.values.get(name)
                if name == "realisasi" and value is None:
                    value = entry.get(name) if placeholders.is_placeholder(entry.get(name)) else _fill(name)
                assign(entry, name, value or None if name == "bukti_dukung" else value, ORDER["realisasi"])
                self.fixed[("evaluasi", periode, "hasil_kerja", ind_id, name)] = (row.sheet.name, row.cell(name))
            self.fixed[("evaluasi", periode, "hasil_kerja", ind_id)] = (row.sheet.name, row.cell("indikator"))
            put(hasil, ind_id, entry, order)
        assign(ev, "hasil_kerja", hasil or None, ORDER["evaluasi"])

    # --- where each value came from ---------------------------------------------------------

    def origins(self) -> dict[YamlPath, Cell]:
        """YAML path (in the new data) → the cell it came from."""
        out = dict(self.fixed)
        for section, rhk in layout.iter_rhk(self.data):
            index = self.data["hasil_kerja"][section].index(rhk)
            base: YamlPath = ("hasil_kerja", section, index)
            row = self.rhk_rows.get(rhk["id"])
            if row is not None:
                out[base] = out[(*base, "indikator")] = (row.sheet.name, row.cell("id"))
                out |= {
                    (*base, name): (row.sheet.name, row.cell(name)) for name in ("intervensi", "intervensi_teks", "rhk")
                }
            for j, ind in enumerate(rhk.get("indikator") or []):
                irow = self.ind_rows.get(ind["id"])
                if irow is not None:
                    out[(*base, "indikator", j)] = (irow.sheet.name, irow.cell("id"))
                    out |= {(*base, "indikator", j, n): (irow.sheet.name, irow.cell(n)) for n in ORDER["indikator"][1:]}
        return out

    def unconfirmed(self) -> None:
        """Keep ``belum_dikonfirmasi`` pointing at the same RHK and indicators after items were removed or added,
        without the proposals the operator confirmed (see :mod:`skpdoc.excel.proposals`)."""
        listed = self.data.get(placeholders.UNCONFIRMED)
        if not isinstance(listed, list):
            return
        kept = []
        for text in listed:
            path = placeholders.parse_path(text) if isinstance(text, str) else ()
            moved = _follow(self.current, self.data, path) if path[:1] == ("hasil_kerja",) else path
            if moved and not self._confirmed(path, moved):
                kept.append(text if moved == path else placeholders.path_text(moved))
        if kept != listed:
            assign(self.data, placeholders.UNCONFIRMED, kept or None, ORDER["spec"])
        if placeholders.UNCONFIRMED in self.data and self.pegawai_row is not None:
            self.fixed[(placeholders.UNCONFIRMED,)] = (layout.PEGAWAI.name, self.pegawai_row.cell("konfirmasi"))

    def _confirmed(self, path: YamlPath, moved: YamlPath) -> bool:
        """Whether the proposal at ``path`` (``moved`` in the new data) was confirmed: "ya" in its row's
        Konfirmasi cell, or its value changed (the operator looked at it). An entry naming nothing stays."""
        where = proposals.place(self.current, path)
        rows = {layout.RHK.name: self.rhk_rows, layout.INDIKATOR.name: self.ind_rows}
        row = rows[where.sheet].get(where.key[-1]) if where.sheet in rows else self.pegawai_row
        if row is not None and row.values.get("konfirmasi") == layout.YA:
            return True
        try:
            old = placeholders.value_at(self.current, path)
        except LookupError:
            return False
        try:
            return not same(old, placeholders.value_at(self.data, moved))
        except LookupError:
            return True  # the proposed value was emptied


def _follow(old: dict[str, Any], new: dict[str, Any], path: YamlPath) -> YamlPath:
    """``path`` through RHK and indicator indices of ``old`` → the same items' path in ``new`` (() if gone)."""
    try:
        section, index = path[1], path[2]
        rhk = old["hasil_kerja"][section][index]
        items = new["hasil_kerja"][section]
        new_index = next(i for i, r in enumerate(items) if r.get("id") == rhk["id"])
        out: YamlPath = ("hasil_kerja", section, new_index)
        rest = path[3:]
        if rest[:1] == ("indikator",) and len(rest) >= 2:
            ind_id = rhk["indikator"][rest[1]]["id"]
            j = next(k for k, i in enumerate(items[new_index]["indikator"]) if i.get("id") == ind_id)
            out, rest = (*out, "indikator", j), rest[2:]
        return (*out, *rest)
    except (KeyError, IndexError, TypeError, StopIteration):
        return ()


def _nip(value: str | None) -> str | None:
    """``value`` when it is a NIP (not a placeholder waiting for one)."""
    return value if value is not None and re.fullmatch(r"\d{18}", value) else None


def _at(label: str, sheet: str, cell: str) -> Any:
    from pathlib import Path

    return Path(f"{label}!{sheet}!{cell}")


def _fill(name: str) -> str:
    return placeholders.fill(name.replace("_", " "))


def _blank(row: CellRow) -> bool:
    return all(row.values.get(name) is None and name not in row.bad for name in row.sheet.edits)


def _unique(merge: Merge, rows: list[CellRow]) -> list[CellRow]:
    """Rows with readable keys, the first of each key (a repeated key is X016 at the later row)."""
    out: list[CellRow] = []
    first: dict[tuple[Any, ...], CellRow] = {}
    for row in rows:
        if row.bad & set(row.sheet.keys):
            continue
        key = row.key()
        if None not in key and key in first:
            merge.problem(row, row.sheet.keys[-1], "X016", other=first[key].number)
            continue
        first.setdefault(key, row)
        out.append(row)
    return out


def same(old: Any, new: Any) -> bool:
    """Whether a cell's value reads as the spec's (then the spec's own form is kept)."""
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return old == new
    if isinstance(old, str) and isinstance(new, str):
        return old.replace("\r\n", "\n").strip() == new.strip()
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(same(a, b) for a, b in zip(old, new, strict=True))
    return bool(old == new)


def assign(mapping: dict[str, Any], key: str, value: Any, order: Sequence[str]) -> None:
    """Set ``key`` (None removes it); a value that reads the same keeps the old one; a new key goes in its place."""
    if value is None:
        mapping.pop(key, None)
    elif key not in mapping or not same(mapping[key], value):
        put(mapping, key, value, order)


def put(mapping: dict[str, Any], key: str, value: Any, order: Sequence[str]) -> None:
    """Set ``key``; a key not there yet goes before the first key that comes after it in ``order``."""
    if key in mapping or key not in order:
        mapping[key] = value
        return
    rank = order.index(key)
    items = list(mapping.items())
    at = next((i for i, (k, _) in enumerate(items) if k in order and order.index(k) > rank), len(items))
    items.insert(at, (key, value))
    mapping.clear()
    mapping.update(items)
