"""Subordinates left pointing at nothing: ``intervensi`` naming an RHK that was removed or renamed.

When a superior's RHK disappears (removed, its id changed, the whole spec
removed or its NIP corrected), every RHK on the new side whose
``intervensi: "<nip>#<id>"`` still names it has lost its link. Finding them
must not parse a whole workspace: the files are searched as bytes for the
lost references first and only those that mention one are parsed.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections.abc import Mapping
from typing import Any

from skpdoc.diff.lookup import items
from skpdoc.diff.model import Change, id_part
from skpdoc.diff.sources import Snapshot
from skpdoc.workspace import CONFIG_NAME, OPD_NAME


def rhk_ids(data: Mapping[str, Any] | None) -> set[str]:
    return {str(item["id"]) for _, _, item in items((data or {}).get("hasil_kerja")) if isinstance(item.get("id"), str)}


def lost(old_nip: str, old: Mapping[str, Any], new_nip: str | None, new: Mapping[str, Any] | None) -> set[str]:
    """The references ``<nip>#<id>`` that resolved on the old side and do not on the new one."""
    before = {f"{old_nip}#{i}" for i in rhk_ids(old)}
    after = {f"{new_nip}#{i}" for i in rhk_ids(new)} if new_nip is not None else set()
    return before - after


class Referrers:
    """The RHKs of one side that name given references, by reference."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot

    def find(self, root: str, refs: set[str]) -> dict[str, list[dict[str, Any]]]:
        rels = [
            f.rel
            for f in self.snapshot.files.values()
            if f.root == root and posixpath.basename(f.rel) not in (CONFIG_NAME, OPD_NAME)
        ]
        self.snapshot.read(rels)  # one git process for all of them
        # An intervensi is a short quoted scalar: written as it is, so a byte search finds it.
        needles = [ref.encode() for ref in refs]
        found: dict[str, list[dict[str, Any]]] = {}
        for rel in rels:
            raw = self.snapshot.raw(rel)
            if not any(needle in raw for needle in needles):
                continue
            doc, problems = self.snapshot.parse(rel)
            if doc is None or problems:
                continue
            person = doc.data.get("pegawai")
            person = person if isinstance(person, dict) else {}
            for section, i, item in items(doc.data.get("hasil_kerja")):
                ref, ident = item.get("intervensi"), item.get("id")
                if ref not in refs:
                    continue
                part = id_part(ident) if isinstance(ident, str) else f"[{i}]"
                found.setdefault(str(ref), []).append(
                    {
                        "nip": person.get("nip"),
                        "nama": person.get("nama"),
                        "file": rel,
                        "path": f"hasil_kerja.{section}{part}.intervensi",
                        "line": doc.locate(("hasil_kerja", section, i, "intervensi"))[0],
                        "rhk": ident if isinstance(ident, str) else f"#{i + 1}",
                        "intervensi": ref,
                    }
                )
        return found


def annotate(changes: list[Change], old_nip: str, refs: dict[str, list[dict[str, Any]]]) -> list[Change]:
    """Attach the lost links (``info["lost"]``) to the change that broke them."""

    def broken_by(change: Change) -> list[str]:
        field = change.info.get("field")
        if change.what == "pegawai" and change.kind == "removed":
            return sorted(refs)
        if change.what == "rhk" and change.kind == "removed" and not field:
            return [f"{old_nip}#{change.info.get('id')}"]
        if change.what == "rhk" and field == "id":
            return [f"{old_nip}#{change.info.get('old_id')}"]
        if change.what == "identitas" and field == "nip":  # a NIP corrected: every reference to it
            return sorted(ref for ref in refs if ref.startswith(f"{old_nip}#"))
        return []

    # RHK-level causes first, so a NIP corrected in the same edit keeps only what is left.
    order = sorted(range(len(changes)), key=lambda k: changes[k].what == "identitas")
    taken: set[str] = set()
    attached: dict[int, list[str]] = {}
    for k in order:
        keys = [ref for ref in broken_by(changes[k]) if ref in refs and ref not in taken]
        taken.update(keys)
        attached[k] = keys
    out = []
    for k, change in enumerate(changes):
        if attached.get(k):
            found = [link for ref in attached[k] for link in refs[ref]]
            change = dataclasses.replace(change, info={**change.info, "lost": found})
        out.append(change)
    return out
