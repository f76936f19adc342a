"""``skpdoc import roster``: a workspace's OPDs and employees from the employee list, never overwriting a spec.

Read the roster (:mod:`.read`), recognise its layout (:mod:`.layout`), check
each row (:mod:`.rows`), derive OPDs, units, heads and penilai
(:mod:`.organisation`), then write what does not exist yet (:mod:`.text`) and,
with ``update``, refresh the identity of what does (:mod:`.update`). The same
roster imported twice changes nothing: every name, id and proposal is a pure
function of the roster and of the workspace's existing opd.yaml files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from skpdoc import spec, workspace, yamledit
from skpdoc.errors import Problem, SkpdocError
from skpdoc.files import write_atomic
from skpdoc.hints import require_known
from skpdoc.roster import organisation, text
from skpdoc.roster.layout import Layout, recognise
from skpdoc.roster.layout import text as cell_text
from skpdoc.roster.organisation import Existing, Opd, Unit, key
from skpdoc.roster.read import Table, read_table
from skpdoc.roster.rows import Person, people
from skpdoc.roster.update import Change, apply, identity_changes


@dataclass
class OpdReport:
    """What the import did (or would do) in one OPD folder."""

    slug: str
    nama: str
    kepala: str
    kepala_nama: str
    opd_file_written: bool
    written: int  # new specs
    existing: int  # specs already there (kept, or refreshed with --update)
    proposed: int  # penilai proposed, to confirm


@dataclass
class RosterResult:
    """The outcome of :func:`import_roster`: problems of bad rows, files written, changes made, per OPD."""

    layout: str  # "siasn" | "sederhana"
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    opds: list[OpdReport] = field(default_factory=list)
    moved: list[tuple[str, Path, str]] = field(default_factory=list)  # (nip, its existing spec, the roster's OPD)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def import_roster(
    file: Path, root: Path, *, opd: str | None = None, update: bool = False, dry_run: bool = False
) -> RosterResult:
    """Import the roster ``file`` into the workspace at ``root`` (see the module's docstring)."""
    tahun = _tahun(root)
    table = read_table(file)
    layout = recognise(file, table)
    good, problems = people(file, table, layout, tahun)
    found, _, _ = workspace.discover(root)
    existing_specs = {p.stem: p for f in found.values() for p in f.pegawai if len(p.stem) == 18 and p.stem.isdigit()}
    good, penilai_problems = _check_penilai(file, layout, good, existing_specs)
    problems = sorted(problems + penilai_problems, key=lambda p: (p.line, p.column, p.code))
    opds = organisation.organise(good, _existing_opds(found))
    if opd is not None:
        require_known("--opd", [opd], [o.slug for o in opds])
        opds = [o for o in opds if o.slug == opd]
        rows_of_opd = {p.row for o in opds for p in o.people}
        wanted = {key(o.nama) for o in opds}
        opd_of_row = dict(_row_opds(table, layout))
        problems = [p for p in problems if p.line in rows_of_opd or key(opd_of_row.get(p.line, "")) in wanted]
    result = RosterResult(layout.name, problems, dry_run=dry_run)
    for unit in opds:
        _import_opd(root, unit, existing_specs, update, result)
    return result


def _tahun(root: Path) -> int:
    from skpdoc.starter import read_config

    tahun = read_config(root).get("tahun")
    if not isinstance(tahun, int) or isinstance(tahun, bool):
        raise SkpdocError(code="M005", subject=str(root / workspace.CONFIG_NAME))
    return tahun


def _existing_opds(found: dict[str, workspace.Found]) -> dict[str, Existing]:
    """The OPD folders that have a readable opd.yaml: their name, head and units, as the import must keep them."""
    existing: dict[str, Existing] = {}
    for slug, folder in found.items():
        if folder.opd is None:
            continue
        doc, _ = spec.load(folder.opd)
        data = doc.data if doc is not None else None
        if not isinstance(data, dict) or not isinstance(data.get("nama"), str):
            continue
        units = [
            Unit(str(u["id"]), str(u.get("nama", u["id"])), u.get("induk") if isinstance(u.get("induk"), str) else None)
            for u in data.get("unit") or []
            if isinstance(u, dict) and isinstance(u.get("id"), str)
        ]
        kepala = data.get("kepala")
        existing[slug] = Existing(slug, data["nama"], kepala if isinstance(kepala, str) else None, units)
    return existing


def _check_penilai(
    file: Path, layout: Layout, good: list[Person], existing: dict[str, Path]
) -> tuple[list[Person], list[Problem]]:
    """A penilai the roster names must be someone of the roster or of the workspace, and not the person."""
    if "penilai" not in layout.columns:
        return good, []
    header, column = layout.header("penilai"), layout.columns["penilai"] + 1
    known = {p.nip for p in good} | set(existing)
    problems: list[Problem] = []
    kept: list[Person] = []
    for person in good:
        if person.penilai == person.nip:
            problems.append(Problem(file, "R143", {}, (header,), person.row, column))
        elif person.penilai and person.penilai not in known:
            problems.append(Problem(file, "M021", {"nip": person.penilai}, (header,), person.row, column))
        else:
            kept.append(person)
    return kept, problems


def _row_opds(table: Table, layout: Layout) -> list[tuple[int, str]]:
    """(row, OPD as written) of every row, bad ones included: ``--opd`` reports only its own rows' problems."""
    start = layout.header_row - table.first_row + 1
    return [(layout.header_row + 1 + i, cell_text(row, layout, "opd")) for i, row in enumerate(table.rows[start:])]


def _import_opd(root: Path, opd: Opd, existing_specs: dict[str, Path], update: bool, result: RosterResult) -> None:
    folder = workspace.opd_folder(root, opd.slug)
    opd_file = folder / workspace.OPD_NAME
    new_opd_file = opd.existing is None
    if new_opd_file:
        _write(opd_file, text.opd_text(opd), result)
    elif opd.new_units:
        _add_units(opd_file, opd.new_units, result)
    written = kept = proposed = 0
    for person in opd.people:
        unit = opd.unit_of.get(person.nip)
        penilai, is_proposal = opd.penilai[person.nip]
        current = existing_specs.get(person.nip)
        if current is None:
            _write(folder / f"{person.nip}.yaml", text.pegawai_text(person, unit, penilai, is_proposal), result)
            written += 1
            proposed += is_proposal
            continue
        kept += 1
        moved = current.parent.name != opd.slug
        if moved:
            result.moved.append((person.nip, current, opd.slug))
        if update:
            changes = identity_changes(current, person, unit, keep_unit=moved)
            result.changes += changes
            if changes and not result.dry_run:
                apply(current, changes)
    names = {p.nip: p.nama for p in opd.people}
    result.opds.append(
        OpdReport(opd.slug, opd.nama, opd.kepala, names.get(opd.kepala, ""), new_opd_file, written, kept, proposed)
    )


def _write(path: Path, content: str, result: RosterResult) -> None:
    result.written.append(path)
    if not result.dry_run:
        write_atomic(path, content)


def _add_units(opd_file: Path, units: list[Unit], result: RosterResult) -> None:
    """Units the roster names that the existing opd.yaml lacks, appended to it (comments and layout kept)."""
    editable = yamledit.load(opd_file)
    listed = editable.data.get("unit")
    if listed is None:
        listed = editable.data["unit"] = yamledit.CommentedSeq()
    for unit in units:
        entry = yamledit.CommentedMap([("id", unit.id), ("nama", unit.nama)])
        if unit.induk:
            entry["induk"] = unit.induk
        entry.fa.set_flow_style()
        listed.append(entry)
        result.changes.append(Change(opd_file, "unit", "", f"{unit.id} ({unit.nama})"))
    if not result.dry_run:
        editable.save()
