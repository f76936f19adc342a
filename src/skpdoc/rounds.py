"""Opening an evaluation round: ``skpdoc evaluasi buka PERIODE``.

Every spec that has no evaluation for the periode gets one, written into the
file as the officer will complete it: one ``realisasi`` per indicator, the
date and both ratings, each marked to be filled (:func:`skpdoc.placeholders.fill`).
Only what the form cannot do without is written:

* ``tanggal``, ``hasil_kerja.<indikator>.realisasi`` (every indicator, utama and
  tambahan), ``rating_hasil_kerja`` and ``rating_perilaku_kerja``: the form needs
  them, so they are placeholders until filled;
* ``umpan_balik``, ``bukti_dukung``, ``perilaku_kerja``, ``catatan_rekomendasi``
  and ``tempat`` are optional in the schema and are left for the penilai to add:
  a placeholder per indicator would keep every form a KONSEP until a dozen lines
  are filled *or deleted*, which is busywork, not a reminder;
* ``predikat`` is never written: it follows from the kuadran of the two ratings.

A spec is edited through :mod:`skpdoc.yamledit` (comments, order, quoting and
indentation kept, the block placed in periode order), so ``git diff`` shows
only the added block. The encoding, byte-order mark and line endings of the
file are kept too. Specs that already have the periode are never rewritten,
so running it twice changes nothing. The choice of files uses the fast loader
(and its cache); only the files that change go through ruamel (~40–90 ms
each), in worker processes when there are many.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdoc import placeholders, workspace
from skpdoc.errors import Problem, Severity
from skpdoc.files import write_atomic
from skpdoc.hints import require_known
from skpdoc.reference import PERIODE

__all__ = ["BukaResult", "add_block", "buka", "new_block"]

#: Below this many files to edit, worker processes cost more than they save.
PARALLEL_THRESHOLD = 24
RATING_HINT = "di-atas-ekspektasi / sesuai-ekspektasi / di-bawah-ekspektasi"


@dataclass
class BukaResult:
    """What ``evaluasi buka`` did (or, with ``dry_run``, would do)."""

    periode: str
    dibuka: list[Path] = field(default_factory=list)  # specs that got the block
    sudah_ada: list[Path] = field(default_factory=list)  # specs that had it already
    dilewati: list[Path] = field(default_factory=list)  # specs that could not get it (see problems)
    problems: list[Problem] = field(default_factory=list)  # why they were skipped; warnings on the others
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.dilewati


class CannotOpen(Exception):
    """A spec the block cannot be added to; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def buka(
    path: str | Path,
    periode: str,
    opds: Sequence[str] = (),
    *,
    dry_run: bool = False,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BukaResult:
    """Add an evaluation block for ``periode`` to every spec of the workspace at ``path`` that lacks one.

    ``opds`` limits it to those OPD folders; so does ``path`` when it is an OPD folder. Raises :class:`skpdoc.errors.UsageError`
    for an unknown periode or OPD. Specs that cannot be read or edited are
    skipped and reported in the result; all the others are written (each
    atomically), so running it again after fixing them completes the round.
    ``progress(done, total)`` is called after each spec that needed the block.
    """
    require_known("--periode", [periode], PERIODE)
    root = workspace.find_root(Path(path))
    named = workspace.opd_named_by(root, Path(path))
    opds = [*opds, *([named] if named else [])]
    loaded = workspace.load(root, jobs=jobs)
    require_known("--opd", opds, loaded.opds)
    result = BukaResult(periode, dry_run=dry_run)
    todo: list[Path] = []
    for slug, files in loaded.opds.items():
        if opds and slug not in opds:
            continue
        for checked in files.pegawai:
            data = checked.doc.data if checked.doc is not None else None
            if not isinstance(data, dict):  # not YAML, or not a mapping: ruamel would not do better
                result.dilewati.append(checked.path)
                result.problems += [p for p in checked.problems if p.severity is Severity.ERROR]
                result.problems.append(_problem(checked.path, "K002", periode=PERIODE[periode]))
            elif isinstance(data.get("evaluasi"), dict) and periode in data["evaluasi"]:
                result.sudah_ada.append(checked.path)
            else:
                todo.append(checked.path)
    for done, (file, raw, problems) in enumerate(_edit_all(todo, periode, jobs), 1):
        result.problems += problems
        if raw is not None:
            if not dry_run:
                write_atomic(file, raw)
            result.dibuka.append(file)
        elif any(p.severity is Severity.ERROR for p in problems):
            result.dilewati.append(file)
        else:  # someone added it since the file was read
            result.sudah_ada.append(file)
        if progress is not None:
            progress(done, len(todo))
    result.problems.sort(key=lambda p: p.sort_key())
    return result


#: (file, its new bytes or None when nothing is to be written, problems)
Edited = tuple[Path, bytes | None, list[Problem]]


def _edit_all(files: list[Path], periode: str, jobs: int | None) -> Iterator[Edited]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(files) < PARALLEL_THRESHOLD:
        yield from (_edit(file, periode) for file in files)
        return
    size = max(4, len(files) // (workers * 8))  # small batches: progress moves, and the workers stay even
    batches = [files[i : i + size] for i in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for batch in pool.map(_edit_batch, batches, [periode] * len(batches)):
            yield from batch


def _edit_batch(files: list[Path], periode: str) -> list[Edited]:
    return [_edit(file, periode) for file in files]


def _edit(file: Path, periode: str) -> Edited:
    try:
        raw = file.read_bytes()
        encoding, bom = _encoding(raw)
        text = raw[len(bom) :].decode(encoding)
    except UnicodeDecodeError:
        return file, None, [_problem(file, "K003", periode=PERIODE[periode])]
    except OSError as exc:
        return file, None, [_problem(file, "F001", detail=exc.strerror or str(exc))]
    crlf = "\r\n" in text
    warnings: list[Problem] = []
    try:
        edited = add_block(text.replace("\r\n", "\n") if crlf else text, periode, file, warnings)
    except CannotOpen as exc:
        return file, None, [exc.problem]
    if edited is None:
        return file, None, warnings
    if crlf:
        edited = edited.replace("\n", "\r\n")
    return file, bom + edited.encode(encoding), warnings


def _encoding(raw: bytes) -> tuple[str, bytes]:
    """(codec, byte-order mark) of a spec, as :func:`skpdoc.spec.decode` reads it, so it is written back alike."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return codec, bom
    return "utf-8", codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""


def add_block(text: str, periode: str, file: Path | None = None, warnings: list[Problem] | None = None) -> str | None:
    """``text`` with an evaluation block for ``periode`` added; None when it has one already.

    Raises :class:`CannotOpen` when the spec cannot take one (``evaluasi`` is
    not a mapping, or the document is not a mapping). Indicators without a
    usable id get no line; each is a warning appended to ``warnings``.
    """
    from skpdoc import yamledit

    shown = file or Path("<spec>")
    try:
        doc = yamledit.loads(text, file)
    except Exception as exc:  # ruamel refuses what libyaml read: name the file rather than fail the round
        raise CannotOpen(_problem(shown, "K002", periode=PERIODE[periode])) from exc
    data = doc.data
    if not isinstance(data, yamledit.CommentedMap):
        raise CannotOpen(_problem(shown, "K002", periode=PERIODE[periode]))
    evaluasi = data.get("evaluasi")
    if isinstance(evaluasi, yamledit.CommentedMap) and periode in evaluasi:
        return None
    if evaluasi is not None and not isinstance(evaluasi, yamledit.CommentedMap):
        line, column = _position(data, "evaluasi")
        raise CannotOpen(_problem(shown, "K001", ("evaluasi",), line, column, periode=PERIODE[periode]))
    block, unnamed = new_block(data, periode)
    if warnings is not None:
        for path in unnamed:
            line, column = _position(data, *path)
            warnings.append(_problem(shown, "K004", path, line, column, Severity.WARNING, periode=periode))
    if evaluasi is None:
        data["evaluasi"] = evaluasi = yamledit.CommentedMap()
    evaluasi.insert(_place(list(evaluasi), periode), periode, block)
    return doc.dumps()


def new_block(data: Any, periode: str) -> tuple[Any, list[tuple[str | int, ...]]]:
    """The evaluation block for a spec's ``data`` (a ruamel map), and the paths of indicators without an id."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Quoted

    from skpdoc.yamledit import CommentedMap

    def fill(hint: str) -> Any:  # "[ISI: …]" starts like a flow list: quoted, as skpdoc writes it elsewhere
        return Quoted(placeholders.fill(hint))

    hasil = CommentedMap()
    unnamed: list[tuple[str | int, ...]] = []
    for path, indikator in _indicators(data):
        ident = indikator.get("id")
        if not isinstance(ident, str) or not ident.strip() or placeholders.is_placeholder(ident) or ident in hasil:
            unnamed.append(path)
            continue
        hasil[ident] = CommentedMap([("realisasi", fill(_realisasi_hint(indikator)))])
    block = CommentedMap()
    block["tanggal"] = fill(f"tanggal penilaian {PERIODE[periode]}, YYYY-MM-DD")
    block["hasil_kerja"] = hasil
    block["rating_hasil_kerja"] = fill(RATING_HINT)
    block["rating_perilaku_kerja"] = fill(RATING_HINT)
    return block, unnamed


def _indicators(data: Any) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every indicator mapping of the plan (utama, then tambahan), with its path; anything malformed is passed over."""
    hasil = data.get("hasil_kerja")
    if not isinstance(hasil, dict):
        return
    for section in ("utama", "tambahan"):
        rhks = hasil.get(section)
        for r, rhk in enumerate(rhks if isinstance(rhks, list) else []):
            indikator = rhk.get("indikator") if isinstance(rhk, dict) else None
            for i, item in enumerate(indikator if isinstance(indikator, list) else []):
                if isinstance(item, dict):
                    yield ("hasil_kerja", section, r, "indikator", i, "id"), item


def _realisasi_hint(indikator: Any) -> str:
    """``realisasi, target 12 Layanan``: the target beside the blank, when the plan has a real one."""
    target, satuan = indikator.get("target"), indikator.get("satuan")
    if isinstance(target, int | float) and not isinstance(target, bool):
        shown = f"{target:g}".replace(".", ",")
        unit = f" {satuan}" if isinstance(satuan, str) and not placeholders.is_placeholder(satuan) else ""
        unit = unit.strip() if unit.strip() == "%" else unit  # 100%, 12 Bulan
        return f"realisasi, target {shown}{unit}"
    return "realisasi"


def _place(existing: list[Any], periode: str) -> int:
    """Where ``periode`` goes among the keys of ``evaluasi``: before the first later periode, else at the end."""
    order = list(PERIODE)
    rank = order.index(periode)
    for index, key in enumerate(existing):
        if key in PERIODE and order.index(key) > rank:
            return index
    return len(existing)


def _position(data: Any, *path: str | int) -> tuple[int, int]:
    """1-based (line, column) of the deepest key of ``path`` ruamel knows; (0, 0) when unknown."""
    node, found = data, (0, 0)
    for part in path:
        try:
            line, column = node.lc.key(part) if isinstance(part, str) else node.lc.item(part)
        except (AttributeError, KeyError, IndexError, TypeError):
            break
        found = (line + 1, column + 1)
        node = node[part]
    return found


def _problem(
    file: Path,
    code: str,
    path: tuple[str | int, ...] = (),
    line: int = 0,
    column: int = 0,
    severity: Severity = Severity.ERROR,
    **args: Any,
) -> Problem:
    return Problem(workspace.display(file), code, args, path, line, column, severity)
