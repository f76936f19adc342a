"""``import xlsx``: a workbook filled by an OPD back into the workspace's specs, all of them or none.

1. The hidden sheet must name this workspace (instansi, tahun) and an OPD of it.
2. Every cell is read and checked; every problem is collected (``FILE.xlsx!Sheet!A1``).
3. Per employee, the digest of his or her rows tells whether anyone edited them.
   Unedited: the spec is left alone. Edited, but the spec's file changed since the
   export (its SHA-256 differs): refused, naming it, since the workbook no longer
   shows what the spec holds.
4. The edited employees' rows are applied onto their current data
   (:mod:`skpdoc.excel.merge`); specs whose data really changed get a new text
   (:mod:`skpdoc.excel.apply`).
5. The new texts are checked with the rules of ``validate`` together with the rest
   of the workspace, in memory. Any error (in the workbook, in a changed spec, or a
   new one elsewhere, such as a subordinate's intervensi to a removed RHK): nothing
   is written. Otherwise every changed spec is written, all or none.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import paths, schema, spec, workspace
from skpdoc.errors import Problem, Severity, SkpdocError, YamlPath
from skpdoc.excel import layout
from skpdoc.excel.apply import edited_text, write_all
from skpdoc.excel.export import rhk_texts, written_rows
from skpdoc.excel.merge import Cell, Merge
from skpdoc.excel.pegawai import merge_pegawai
from skpdoc.excel.read import Book, CellRow, read_book
from skpdoc.rules import pegawai as pegawai_rules
from skpdoc.validate import check_workspace


class ImportRefused(SkpdocError):
    """The workbook has problems, or its result breaks the rules: nothing was written. ``problems`` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(code="X030", count=len(errors))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the files written (or that would be, with ``dry_run``), the employees whose rows were
    edited, and the warnings of the specs written (R190: values still to fill, ...)."""

    written: tuple[Path, ...]
    edited: tuple[str, ...]
    warnings: tuple[Problem, ...]
    dry_run: bool = False


def import_xlsx(book_path: str | Path, path: str | Path = ".", *, dry_run: bool = False) -> ImportResult:
    """Apply the workbook ``book_path`` (from ``export xlsx``) to the workspace holding ``path``.

    Raises :class:`ImportRefused` (with every problem) and writes nothing when the
    workbook or its result has errors; :class:`SkpdocError` for a workbook that is not
    an export of this workspace, year and OPD.
    """
    root = workspace.find_root(Path(path))
    label = str(book_path)
    book = read_book(Path(book_path), label)
    loaded = workspace.load(root)
    _same_origin(book, loaded, label)
    files = {c.doc.data["pegawai"]["nip"]: c for c in loaded.opds[book.meta.opd].pegawai if c.doc and c.usable}
    problems = list(book.problems)
    rows = _by_nip(book, problems)
    home = {row.nip: (layout.PEGAWAI.name, row.cell("nip")) for row in book.rows[layout.PEGAWAI.name] if row.nip}
    edited: list[str] = []
    current: dict[str, workspace.CheckedFile] = {}
    rhk_text = rhk_texts(loaded)
    for nip, meta in book.meta.specs.items():
        mine = rows.get(nip, {})
        seen = layout.digest({name: [r.raw for r in sheet_rows] for name, sheet_rows in mine.items()})
        if seen == meta.digest:
            continue
        home.setdefault(nip, (layout.PEGAWAI.name, "A1"))
        checked = files.get(nip)
        if checked is not None and checked.doc is not None and _sha256(root / meta.file) != meta.sha256:
            # Changed since the export: fine if the workbook shows what the spec now holds (imported already).
            now = written_rows(root, checked.path, checked.doc.data, book.meta.periods, rhk_text)
            if layout.digest(now) == seen:
                continue
            checked = None
        edited.append(nip)
        if checked is None:
            where = Path(f"{label}!{home[nip][0]}!{home[nip][1]}")
            problems.append(Problem(where, "X003" if nip in files else "X004", {"file": meta.file}))
        else:
            current[nip] = checked
    texts: dict[Path, str] = {}
    origins: dict[Path, tuple[dict[YamlPath, Cell], Cell]] = {}
    for nip, checked in current.items():
        assert checked.doc is not None
        merge = Merge(label, checked.doc.data, home[nip], book.meta.periods)
        mine = rows.get(nip, {})
        merge_pegawai(merge, mine.get(layout.PEGAWAI.name, []))
        merge.rhk(mine.get(layout.RHK.name, []))
        merge.indikator(mine.get(layout.INDIKATOR.name, []))
        merge.ekspektasi(mine.get(layout.EKSPEKTASI.name, []))
        merge.lampiran(mine.get(layout.LAMPIRAN_SHEET.name, []))
        merge.evaluasi(mine.get(layout.EVALUASI.name, []), mine.get(layout.REALISASI.name, []))
        merge.unconfirmed()
        problems += merge.problems
        if merge.data != checked.doc.data and not merge.problems:
            texts[checked.path] = edited_text(checked.doc.file, checked.doc.text, merge.data)
            origins[checked.path] = (merge.origins(), merge.home)
    if any(p.severity is Severity.ERROR for p in problems):
        raise ImportRefused(sorted(problems, key=lambda p: _order(p, label)))
    warnings = _check(loaded, texts, origins, label, problems)
    if any(p.severity is Severity.ERROR for p in problems):
        raise ImportRefused(sorted(problems, key=lambda p: _order(p, label)))
    if texts and not dry_run:
        write_all(texts)
    return ImportResult(tuple(texts), tuple(edited), tuple(warnings), dry_run)


def _sha256(file: Path) -> str:
    try:
        return hashlib.sha256(paths.read_regular(file, spec.MAX_SPEC_BYTES)).hexdigest()
    except paths.NotReadable:
        return ""


def _same_origin(book: Book, loaded: workspace.LoadedWorkspace, label: str) -> None:
    """Refuse a workbook exported from another workspace, year or OPD."""
    config = loaded.config.doc.data if loaded.config.doc is not None and loaded.config.usable else {}
    meta = book.meta
    for what, theirs, ours in (
        ("instansi", meta.instansi, config.get("instansi")),
        ("tahun", meta.tahun, config.get("tahun")),
    ):
        if theirs != ours:
            raise SkpdocError(code="X002", subject=label, what=what, theirs=theirs, ours=ours)
    if meta.opd not in loaded.opds:
        raise SkpdocError(code="X002", subject=label, what="OPD", theirs=meta.opd, ours=", ".join(loaded.opds))


def _by_nip(book: Book, problems: list[Problem]) -> dict[str, dict[str, list[CellRow]]]:
    """Rows per NIP and sheet; a row with a NIP the workbook did not export is a problem (X014)."""
    out: dict[str, dict[str, list[CellRow]]] = {}
    for sheet in layout.SHEETS:
        for row in book.rows[sheet.name]:
            nip = row.nip
            if nip is None:
                if "nip" not in row.bad:
                    problems.append(book.problem(sheet.name, row.cell("nip"), "X013", kolom="NIP"))
                continue
            if nip not in book.meta.specs:
                problems.append(book.problem(sheet.name, row.cell("nip"), "X014", value=nip, opd=book.meta.opd))
                continue
            out.setdefault(nip, {}).setdefault(sheet.name, []).append(row)
    return out


def _check(
    loaded: workspace.LoadedWorkspace,
    texts: dict[Path, str],
    origins: dict[Path, tuple[dict[YamlPath, Cell], Cell]],
    label: str,
    problems: list[Problem],
) -> list[Problem]:
    """Run the rules of ``validate`` on the workspace with the new texts; append the errors it makes to
    ``problems`` (in the workbook's terms where they come from it) and return the changed specs' warnings."""
    if not texts:
        return []
    before = {_identity(p) for p in check_workspace(loaded)}
    tahun = loaded.tahun
    opds = {}
    for slug, files in loaded.opds.items():
        replaced = [_checked(c, texts[c.path], tahun) if c.path in texts else c for c in files.pegawai]
        opds[slug] = dataclasses.replace(files, pegawai=replaced)
    after = check_workspace(dataclasses.replace(loaded, opds=opds))
    changed = {str(workspace.display(p)) for p in texts}
    warnings: list[Problem] = []
    for problem in after:
        mine = str(problem.file) in changed
        if problem.severity is Severity.WARNING:
            if mine:
                warnings.append(problem)
            continue
        if mine:
            path = next(p for p in texts if str(workspace.display(p)) == str(problem.file))
            problems.append(_located(problem, *origins[path], label))
        elif _identity(problem) not in before:
            problems.append(problem)
    return warnings


def _checked(old: workspace.CheckedFile, text: str, tahun: int | None) -> workspace.CheckedFile:
    """A spec checked from its new text as :func:`skpdoc.workspace.check_file` checks a file."""
    doc, problems = spec.parse(workspace.display(old.path), text)
    if doc is not None:
        problems += schema.check(doc, "pegawai")
        problems += pegawai_rules.check(doc, tahun)
        problems += _drafts(doc)
    return workspace.CheckedFile(old.path, "pegawai", doc, problems)


def _drafts(doc: spec.Document) -> list[Problem]:
    try:
        from skpdoc.rules import drafts
    except ImportError:  # pragma: no cover - the rules of placeholders are optional here
        return []
    found: Iterable[Problem] = drafts.check(doc, "pegawai")
    return list(found)


def _located(problem: Problem, origins: dict[YamlPath, Cell], home: Cell, label: str) -> Problem:
    """A problem of a new text, moved to the cell its value came from (the employee's row when none)."""
    path = problem.path
    while path and path not in origins:
        path = path[:-1]
    sheet, cell = origins.get(path, home) if path else home
    return dataclasses.replace(problem, file=Path(f"{label}!{sheet}!{cell}"), line=0, column=0)


def _order(problem: Problem, label: str) -> tuple[Any, ...]:
    """Problems of the workbook first, sheet by sheet, row by row, column by column; then those of other files."""
    text = str(problem.file)
    if text.startswith(label + "!"):
        sheet, _, cell = text[len(label) + 1 :].rpartition("!")
        letters = cell.rstrip("0123456789")
        index = next((i for i, s in enumerate(layout.SHEETS) if s.name == sheet), len(layout.SHEETS))
        return (0, index, int(cell[len(letters) :] or 0), len(letters), letters, problem.code)
    return (1, *problem.sort_key())


def _identity(problem: Problem) -> tuple[Any, ...]:
    return (str(problem.file), problem.code, problem.path, repr(sorted(problem.args.items(), key=lambda kv: kv[0])))
