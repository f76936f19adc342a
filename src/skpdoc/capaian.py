"""``skpdoc evaluasi capaian``: record an organisation's capaian kinerja for a periode in its opd.yaml.

The capaian (istimewa … sangat kurang) decides the pola distribusi of the
organisation's staff (SE MenPANRB 3/2023) and is the leader's rating of hasil
kerja. The BKPSDM receives it per OPD each periode; this writes it where the
rekap and ``status`` read it (``capaian_kinerja_organisasi`` of the OPD, or of a
unit rated on its own), through :mod:`skpdoc.yamledit`, so the rest of
opd.yaml keeps its comments and layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import spec, yamledit
from skpdoc.errors import Problem, Severity, SkpdocError, UsageError
from skpdoc.hints import Suggest, require_known
from skpdoc.reference import PERIODE
from skpdoc.workspace import OPD_NAME, discover, find_root

#: The capaian kinerja organisasi, in the order of the form (PermenPANRB 6/2022).
CAPAIAN = ("istimewa", "baik", "butuh-perbaikan", "kurang", "sangat-kurang")
KEY = "capaian_kinerja_organisasi"


@dataclass(frozen=True)
class Change:
    """One capaian recorded: where, and what it was before (None: not set)."""

    file: Path
    opd: str
    unit: str | None
    periode: str
    before: str | None
    after: str


def set_capaian(
    path: str | Path,
    periode: str,
    nilai: str,
    *,
    opds: Sequence[str],
    unit: str | None = None,
    dry_run: bool = False,
) -> list[Change]:
    """Record ``nilai`` as the capaian of each OPD in ``opds`` (or of its unit ``unit``) for ``periode``.

    Refuses (exit 2) an unknown periode, capaian, OPD or unit with "did you mean"; an opd.yaml that
    would no longer be valid is refused (exit 1) and nothing is written.
    """
    require_known("--periode", [periode], PERIODE)
    require_known("NILAI", [nilai], CAPAIAN)
    if not opds:
        raise UsageError(code="K010")
    root = find_root(Path(path))
    found = {slug: opd for slug, opd in discover(root)[0].items() if opd.opd is not None}
    require_known("--opd", opds, found)
    edits: list[tuple[yamledit.Editable, Change]] = []
    for slug in dict.fromkeys(opds):
        file = found[slug].opd or found[slug].folder / OPD_NAME
        doc = yamledit.load(file)
        target = _target(doc.data, unit, slug)
        capaian = target.get(KEY)
        if capaian is None:
            capaian = target[KEY] = yamledit.CommentedMap()
        elif not isinstance(capaian, dict):
            raise SkpdocError(code="K011", subject=str(file))
        before = capaian.get(periode)
        if before != nilai:
            capaian[periode] = nilai
            _in_periode_order(capaian)
        edits.append((doc, Change(file, slug, unit, periode, before if isinstance(before, str) else None, nilai)))
    for doc, change in edits:
        _check(doc, change.file)
    if not dry_run:
        for doc, _ in edits:
            doc.save()
    return [change for _, change in edits]


def _target(data: Any, unit: str | None, slug: str) -> Any:
    """The mapping the capaian goes in: the OPD's own, or the unit's (a unit rated on its own)."""
    if unit is None:
        return data
    units = data.get("unit") or []
    ids = [u.get("id") for u in units if isinstance(u, dict)]
    for entry in units:
        if isinstance(entry, dict) and entry.get("id") == unit:
            return entry
    raise UsageError(code="S004", subject=f"--unit ({slug})", value=unit, suggestion=Suggest.among(unit, ids))


def _in_periode_order(capaian: Any) -> None:
    """Keep the periods in their order (a triwulan recorded after the year's end goes before ``akhir``)."""
    order = list(PERIODE)
    items = sorted(capaian.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))
    if [key for key, _ in items] != list(capaian):
        for key, _ in items:
            capaian.move_to_end(key)


def _check(doc: yamledit.Editable, file: Path) -> None:
    """The edited opd.yaml must still be valid on its own (a unit with a capaian needs its ``kepala``)."""
    from skpdoc import schema

    parsed, problems = spec.parse(file, doc.dumps())
    if parsed is not None:
        problems += schema.check(parsed, "opd")
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise InvalidResult(errors)


class InvalidResult(SkpdocError):
    """The capaian would make opd.yaml invalid: nothing is written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(code="K012", count=len(problems))
        self.problems = problems
