"""Pair the files of two sides by identity and compare each pair.

Employees are matched by NIP (a renamed or moved file is the same
employee), OPDs by folder, workspaces by folder; only files whose content
differs are parsed. Results come per employee first, then OPDs, then
workspace settings.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from skpdoc.diff import organisation, plan
from skpdoc.diff.generic import MISSING, Out
from skpdoc.diff.lookup import nama_of
from skpdoc.diff.model import Change, Kind, Loc
from skpdoc.diff.sources import Snapshot, SpecFile
from skpdoc.errors import Problem, SkpdocError
from skpdoc.spec import Document
from skpdoc.workspace import CONFIG_NAME, OPD_NAME

_ENTITY_ORDER = {"pegawai": 0, "opd": 1, "workspace": 2}


class UnreadableSpecs(SkpdocError):
    """Files on either side are not readable YAML; ``problems`` locates each (exit 2, like diff)."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(code="D007", count=len({p.file for p in problems}))
        self.problems = problems


def kind_of(name: str, data: Mapping[str, Any]) -> str:
    """pegawai, opd or workspace: by the file's name in a workspace, by its keys otherwise."""
    base = posixpath.basename(name)
    if base == CONFIG_NAME:
        return "workspace"
    if base == OPD_NAME:
        return "opd"
    if "pegawai" not in data:
        if any(k in data for k in ("kepala", "unit", "capaian_kinerja_organisasi")):
            return "opd"
        if any(k in data for k in ("instansi", "tahun")):
            return "workspace"
    return "pegawai"


@dataclass
class _Entry:
    file: SpecFile
    doc: Document
    kind: str
    ident: str

    @property
    def key(self) -> tuple[str | None, str, str]:
        return (self.file.root, self.kind, self.ident)


def _entry(item: SpecFile, doc: Document) -> _Entry:
    kind = kind_of(item.rel, doc.data)
    if kind == "pegawai":
        person = doc.data.get("pegawai")
        nip = person.get("nip") if isinstance(person, dict) else None
        ident = str(nip) if isinstance(nip, (str, int)) and not isinstance(nip, bool) else posixpath.basename(item.rel)
    elif kind == "opd":
        ident = posixpath.basename(posixpath.dirname(item.rel))
    else:
        ident = posixpath.dirname(item.rel)
    return _Entry(item, doc, kind, ident)


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every change from ``old`` to ``new``; raises :class:`UnreadableSpecs` when a file is not YAML."""
    same = {rel for rel, f in old.files.items() if rel in new.files and new.files[rel].blob == f.blob}
    dirty_old = [rel for rel in old.files if rel not in same]
    dirty_new = [rel for rel in new.files if rel not in same]
    old.read(dirty_old)
    new.read(dirty_new)
    problems: list[Problem] = []
    entries: list[list[_Entry]] = [[], []]
    for side, snapshot, rels in ((0, old, dirty_old), (1, new, dirty_new)):
        for rel in rels:
            doc, found = snapshot.parse(rel)
            problems += found
            if doc is not None and not found:
                entries[side].append(_entry(snapshot.files[rel], doc))
    if problems:
        raise UnreadableSpecs(sorted(problems, key=Problem.sort_key))
    pairs = _pair(entries[0], entries[1])
    changes: list[Change] = []
    for before, after in pairs:
        changes += _compare_pair(before, after, old, new)
    return changes


def _pair(olds: list[_Entry], news: list[_Entry]) -> list[tuple[_Entry | None, _Entry | None]]:
    """By identity; what is left is paired by path (a NIP corrected in place), else added or removed."""
    by_key = {e.key: e for e in olds}
    pairs: list[tuple[_Entry | None, _Entry | None]] = []
    left: list[_Entry] = []
    for entry in news:
        match = by_key.pop(entry.key, None)
        if match is None:
            left.append(entry)
        else:
            pairs.append((match, entry))
    by_path = {e.file.rel: e for e in by_key.values()}
    for entry in left:
        match = by_path.get(entry.file.rel)
        if match is not None and match.kind == entry.kind:
            del by_path[entry.file.rel]
            pairs.append((match, entry))
        else:
            pairs.append((None, entry))
    pairs += [(e, None) for e in by_path.values()]

    def order(pair: tuple[_Entry | None, _Entry | None]) -> tuple[int, str]:
        entry = pair[1] or pair[0]
        assert entry is not None
        return (_ENTITY_ORDER[entry.kind], entry.file.rel)

    return sorted(pairs, key=order)


def _compare_pair(before: _Entry | None, after: _Entry | None, old: Snapshot, new: Snapshot) -> list[Change]:
    entry = after or before
    assert entry is not None
    old_side = old.lookup(before.file.root if before else entry.file.root)
    new_side = new.lookup(after.file.root if after else entry.file.root)
    if before is None or after is None:
        out = Out()
        value = (before or after).doc.data  # type: ignore[union-attr]
        info = {
            "kind": entry.kind,
            "penilai": nama_of(new_side if after else old_side, value.get("pejabat_penilai")),
        }
        kind: Kind = "added" if after else "removed"
        out.emit(kind, entry.kind, Loc(), MISSING if after else value, value if after else MISSING, info)
        changes = out.changes
    else:
        compare: Callable[..., list[Change]] = {
            "pegawai": plan.diff_pegawai,
            "opd": organisation.diff_opd,
            "workspace": lambda a, b, *_: organisation.diff_config(a, b),
        }[entry.kind]
        changes = compare(before.doc.data, after.doc.data, old_side, new_side)
        if before.file.rel != after.file.rel:
            moved = Change("moved", "berkas", "", before.file.rel, after.file.rel, {})
            changes.insert(0, moved)
    return [_situate(c, entry.kind, before, after) for c in changes]


def _situate(change: Change, kind: str, before: _Entry | None, after: _Entry | None) -> Change:
    """Fill in who and where: NIP, name, OPD, files and lines."""
    entry = after or before
    assert entry is not None
    nip = nama = opd = None
    if kind == "pegawai":
        nip = entry.ident
        person = entry.doc.data.get("pegawai")
        found = person.get("nama") if isinstance(person, dict) else None
        nama = found if isinstance(found, str) else None
    if kind in ("pegawai", "opd") and entry.file.root is not None:
        opd = posixpath.basename(posixpath.dirname(entry.file.rel)) or None
    line = old_line = None
    if after is not None and change.new_at is not None and change.kind != "removed":
        line = after.doc.locate(change.new_at)[0]
    if before is not None and change.old_at is not None and change.kind != "added":
        old_line = before.doc.locate(change.old_at)[0]
    return dataclasses.replace(
        change,
        entity=kind,
        nip=nip,
        nama=nama,
        opd=opd,
        file=(after or before).file.rel,  # type: ignore[union-attr]
        old_file=before.file.rel if before is not None else None,
        line=line,
        old_line=old_line,
    )
