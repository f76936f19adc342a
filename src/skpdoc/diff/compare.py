"""Pair the files of two sides by identity and compare each pair.

Employees are matched by NIP (a renamed or moved file is the same
employee), OPDs by folder, workspaces by folder; only files whose content
differs are parsed. Results come per employee first, then OPDs, then
workspace settings.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from skpdoc.diff import links, organisation, plan
from skpdoc.diff.generic import MISSING, Out
from skpdoc.diff.lookup import nama_of
from skpdoc.diff.model import Change, Kind, Loc
from skpdoc.diff.report import DiffResult
from skpdoc.diff.sources import Snapshot, SpecFile, opd_name
from skpdoc.errors import Problem, SkpdocError
from skpdoc.spec import Document
from skpdoc.workspace import CONFIG_NAME, OPD_NAME

_ENTITY_ORDER = {"pegawai": 0, "opd": 1, "workspace": 2}
_NIP_NAME = re.compile(r"\d{18}\Z")


class UnreadableSpecs(SkpdocError):
    """Files on either side are not readable YAML; ``problems`` locates each (exit 2, like diff).

    ``result`` holds the changes of every other file.
    """

    exit_code = 2

    def __init__(self, problems: list[Problem], result: DiffResult | None = None) -> None:
        super().__init__(code="D007", count=len({p.file for p in problems}))
        self.problems = problems
        self.result = result


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


_Pair = tuple[_Entry | None, _Entry | None]


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


def collect(old: Snapshot, new: Snapshot) -> tuple[list[Change], list[Problem]]:
    """Every change from ``old`` to ``new`` under their scope, and the problems of files that are not YAML.

    A file that cannot be read is left out (its problems say where), the
    others are still compared.
    """
    same = {rel for rel, f in old.files.items() if f.blob and rel in new.files and new.files[rel].blob == f.blob}
    sides = (old, new)
    dirty = [[rel for rel in side.files if rel not in same] for side in sides]
    problems: list[Problem] = []
    entries: list[list[_Entry]] = [[], []]
    broken: list[set[str]] = [set(), set()]
    for k, side in enumerate(sides):
        scoped = [rel for rel in dirty[k] if side.in_scope(rel)]
        side.read(scoped)
        for rel in scoped:
            doc, found = side.parse(rel)
            if doc is None or found:
                problems += found
                broken[k].add(rel)
            else:
                entries[k].append(_entry(side.files[rel], doc))
    # Who is in a broken file is unknown: leave its counterpart out too, else an employee whose
    # new file has a typo would show as removed.
    for k in (0, 1):
        entries[k] = [e for e in entries[k] if not _hidden_by(e, broken[1 - k])]
    changes: list[Change] = []
    referrers = links.Referrers(new)
    for before, after in _pair(entries[0], entries[1], old, new):
        changes += _compare_pair(before, after, old, new, referrers)
    problems += [p for side in sides for rel, p in side.skipped.items() if side.in_scope(rel)]
    return changes, sorted(problems, key=Problem.sort_key)


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every change from ``old`` to ``new``; raises :class:`UnreadableSpecs` when a file is not YAML.

    The exception carries what could be compared (``result``).
    """
    changes, problems = collect(old, new)
    if problems:
        result = DiffResult(old.label, new.label, tuple(changes), old.commit, new.commit)
        raise UnreadableSpecs(problems, result)
    return changes


def _hidden_by(entry: _Entry, broken: set[str]) -> bool:
    names = {posixpath.basename(rel) for rel in broken}
    return entry.file.rel in broken or f"{entry.ident}.yaml" in names or f"{entry.ident}.yml" in names


def _pair(olds: list[_Entry], news: list[_Entry], old: Snapshot, new: Snapshot) -> list[_Pair]:
    """By identity; then across the scope (a transfer from an OPD outside the PATHs); then by path
    (a NIP corrected in place); what is left is added or removed."""
    by_key = {e.key: e for e in olds}
    pairs: list[_Pair] = []
    left: list[_Entry] = []
    for entry in news:
        match = by_key.pop(entry.key, None)
        if match is None:
            left.append(entry)
        else:
            pairs.append((match, entry))
    came_from = _outside(left, old, new)
    went_to = _outside(list(by_key.values()), new, old)
    pairs += [(came_from[e.key], e) for e in left if e.key in came_from]
    pairs += [(e, went_to[e.key]) for e in by_key.values() if e.key in went_to]
    left = [e for e in left if e.key not in came_from]
    by_path = {e.file.rel: e for e in by_key.values() if e.key not in went_to}
    for entry in left:
        match = by_path.get(entry.file.rel)
        if match is not None and match.kind == entry.kind:
            del by_path[entry.file.rel]
            pairs.append((match, entry))
        else:
            pairs.append((None, entry))
    pairs += [(e, None) for e in by_path.values()]

    def order(pair: _Pair) -> tuple[int, str]:
        entry = pair[1] or pair[0]
        assert entry is not None
        return (_ENTITY_ORDER[entry.kind], entry.file.rel)

    return sorted(pairs, key=order)


def _outside(entries: list[_Entry], there: Snapshot, here: Snapshot) -> dict[tuple[str | None, str, str], _Entry]:
    """Employees among ``entries`` found in ``there`` outside the scope, in a file ``here`` lacks.

    Only files that exist on one side only can be the other end of a move.
    Files are named by NIP, so those named after a wanted NIP are parsed
    first and the rest only for who is still missing (a file renamed too).
    """
    wanted = {e.key for e in entries if e.kind == "pegawai"}
    if not wanted:
        return {}
    candidates = [rel for rel in there.files if rel not in here.files and not there.in_scope(rel)]
    stems = {key[2] for key in wanted}

    def stem(rel: str) -> str:
        return posixpath.splitext(posixpath.basename(rel))[0]

    named = [rel for rel in candidates if stem(rel) in stems]
    others = [rel for rel in candidates if stem(rel) not in stems and not _NIP_NAME.match(stem(rel))]
    found: dict[tuple[str | None, str, str], _Entry] = {}
    for batch in (named, others):
        if not wanted - found.keys():
            break
        there.read(batch)
        for rel in batch:
            doc, problems = there.parse(rel)
            if doc is not None and not problems:
                entry = _entry(there.files[rel], doc)
                if entry.key in wanted:
                    found.setdefault(entry.key, entry)
    return found


def _compare_pair(
    before: _Entry | None, after: _Entry | None, old: Snapshot, new: Snapshot, referrers: links.Referrers
) -> list[Change]:
    entry = after or before
    assert entry is not None
    old_side = old.lookup(before.file.root if before else entry.file.root, _home(before))
    new_side = new.lookup(after.file.root if after else entry.file.root, _home(after))
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
            changes[:0] = [moved, *_transfer(before, after, old, new)]
    if before is not None and before.kind == "pegawai" and before.file.root is not None:
        nip, data = (after.ident, after.doc.data) if after is not None else (None, None)
        gone = links.lost(before.ident, before.doc.data, nip, data)
        refs = referrers.find(before.file.root, gone) if gone else {}
        changes = links.annotate(changes, before.ident, refs) if refs else changes
    return [_situate(c, entry.kind, before, after) for c in changes]


def _home(entry: _Entry | None) -> str | None:
    """The OPD folder of an employee's file (it names the units)."""
    return posixpath.dirname(entry.file.rel) if entry is not None and entry.file.root is not None else None


def _transfer(before: _Entry, after: _Entry, old: Snapshot, new: Snapshot) -> list[Change]:
    """ "OPD: BKPSDM → Diskominfo" when an employee's file moved to another OPD's folder."""
    a, b = _home(before), _home(after)
    if before.kind != "pegawai" or not a or not b or a == b or a == before.file.root or b == after.file.root:
        return []
    names = {"old_nama": opd_name(old.opd(a), short=True), "new_nama": opd_name(new.opd(b), short=True)}
    return [Change("changed", "opd", "", posixpath.basename(a), posixpath.basename(b), names)]


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
    opd_nama = opd_name(entry.doc.data) if kind == "opd" else None
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
        opd_nama=opd_nama,
        file=(after or before).file.rel,  # type: ignore[union-attr]
        old_file=before.file.rel if before is not None else None,
        line=line,
        old_line=old_line,
    )
