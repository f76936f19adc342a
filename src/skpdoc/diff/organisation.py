"""The semantic comparison of an opd.yaml and of skpdoc.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skpdoc.diff.generic import MISSING, Out, ordered_keys, same
from skpdoc.diff.lookup import Lookup, NoLookup, nama_of
from skpdoc.diff.model import Change, Loc
from skpdoc.diff.plan import as_map
from skpdoc.reference import PERIODE


def diff_opd(
    old: Mapping[str, Any], new: Mapping[str, Any], old_side: Lookup | None = None, new_side: Lookup | None = None
) -> list[Change]:
    """The changes between two versions of an opd.yaml: units by id, capaian per periode, the head."""
    out = Out()
    before, after = old_side or NoLookup(), new_side or NoLookup()

    def kepala(a: Any, b: Any, loc: Loc) -> None:
        if same(a, b):
            return  # the head's spec is parsed for his name only when he changed
        out.value(a, b, loc.section(), "kepala", {"old_nama": nama_of(before, a), "new_nama": nama_of(after, b)})

    def capaian(a: Any, b: Any, loc: Loc) -> None:
        a, b = as_map(a), as_map(b)
        if not (isinstance(a, dict) and isinstance(b, dict)):
            out.value(a, b, loc, "capaian")
            return
        for periode in ordered_keys(a, b, first=PERIODE):
            out.value(
                a.get(periode, MISSING), b.get(periode, MISSING), loc.key(periode), "capaian", {"periode": periode}
            )

    def unit(a: Any, b: Any, loc: Loc) -> None:
        out.value(a, b, loc.section(), "unit")

    out.mapping(old, new, Loc(), "opd", special={"kepala": kepala, "capaian_kinerja_organisasi": capaian, "unit": unit})
    return out.changes


def diff_config(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """The changes between two versions of skpdoc.yaml."""
    out = Out()
    out.value(dict(old), dict(new), Loc(), "workspace")
    return out.changes
