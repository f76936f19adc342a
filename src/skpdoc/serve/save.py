"""Saving an edit from the browser: the form applied to the file, validated, written atomically, committed.

:func:`apply_rencana` and :func:`apply_evaluasi` write a posted form into the
round-trip document of :mod:`skpdoc.yamledit`, changing only the values whose
text changed, so comments, key order and quoting of everything else survive;
keys the file lacks go where the schema orders them. A renamed indicator takes
its realisasi along, and ``belum_dikonfirmasi`` follows moved RHK.

A form carries the sha256 of the file's bytes as it was shown (:attr:`Base.sha`).
:meth:`Saver.save` reads the file again under a lock and refuses (``conflict``)
when the bytes differ, so a save never silently overwrites someone else's;
otherwise it keeps the file's line ends and byte-order mark, validates the
result with the whole workspace (:class:`Checker`: ``skpdoc validate``'s own
rules on a copy of the loaded workspace with this one file replaced), writes it
atomically and commits it alone (``git commit --only``) with the user as author.

What blocks a save (:func:`blocking`): an error the edit brought in, or an
error beside a field the form shows (the user can fix it right there). An
error elsewhere in the file that was already there (a plan error on the
evaluation form) does not: the form could never fix it.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import os
import subprocess
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from skpdoc import placeholders, reference, workspace, yamledit
from skpdoc.diff import DiffResult
from skpdoc.errors import Problem, Severity
from skpdoc.files import write_atomic
from skpdoc.paths import identity
from skpdoc.rules.consequences import FOLLOW_UPS
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

#: The committer when the repository names nobody (the author is always the user).
SERVER_IDENTITY = ("-c", "user.name=skpdoc serve", "-c", "user.email=serve@skpdoc.invalid")
AUTHOR_DOMAIN = "users.skpdoc.invalid"
GIT_SECONDS = 60
#: A list written in flow style (``[a, b]``) whose items grow longer than this together is written one item a line.
FLOW_WIDTH = 60


class Unreadable(Exception):
    """The file is not a YAML mapping the form can edit (fix it in an editor, or with skpdoc validate's help)."""


@dataclass(frozen=True)
class Base:
    """A spec file as read for a form: its text (LF line ends, no BOM) and how to write it back the same way."""

    raw: bytes
    text: str
    sha: str
    crlf: bool
    bom: bool

    def encode(self, text: str) -> bytes:
        """``text`` as this file's bytes: its line ends and byte-order mark kept."""
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8")


def sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read(file: Path) -> Base:
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(str(exc)) from exc
    return Base(raw, text.replace("\r\n", "\n"), sha(raw), b"\r\n" in raw, raw.startswith(codecs.BOM_UTF8))


def edited(base: Base, apply: Callable[[Any], None]) -> str:
    """The text of ``base`` after ``apply`` changed its round-trip data; ``base.text`` when nothing changed."""
    try:
        document = yamledit.loads(base.text)
    except Exception as exc:  # ruamel refuses what it cannot round-trip; the form cannot edit that file
        raise Unreadable(str(exc)) from exc
    if not isinstance(document.data, dict):
        raise Unreadable("not a mapping")
    apply(document.data)
    return document.dumps()


# --- applying a form to the round-trip document ---------------------------------------------------


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


# --- validation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """The problems of the would-be file, and the errors it would bring into other specs of the workspace."""

    problems: list[Problem]
    elsewhere: list[Problem]


class Checker:
    """Validates a would-be file with the whole workspace, as ``skpdoc validate`` would once it is written.

    The loaded workspace (every file parsed and checked on its own) is kept per
    snapshot generation: a check then parses one file and runs the rules across
    files, without reading the workspace again.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._kept: tuple[int, workspace.LoadedWorkspace, set[tuple[str, str, tuple[Any, ...]]]] | None = None

    def _loaded(self, generation: int) -> tuple[workspace.LoadedWorkspace, set[tuple[str, str, tuple[Any, ...]]]]:
        from skpdoc.validate import check_workspace

        with self._lock:
            if self._kept is None or self._kept[0] != generation:
                loaded = workspace.load(self.root)
                errors = {_key(p) for p in check_workspace(loaded) if p.severity is Severity.ERROR}
                self._kept = (generation, loaded, errors)
            return self._kept[1], self._kept[2]

    def check(self, generation: int, file: Path, text: str) -> Checked:
        from skpdoc.validate import check_workspace

        loaded, errors_before = self._loaded(generation)
        replaced = _replaced(loaded, file, _checked(file, text, loaded.tahun))
        mine, elsewhere = [], []
        wanted = identity(file)
        for problem in check_workspace(replaced):
            if identity(problem.file) == wanted:
                mine.append(problem)
            elif problem.severity is Severity.ERROR and _key(problem) not in errors_before:
                elsewhere.append(problem)
        return Checked(sorted(mine, key=Problem.sort_key), elsewhere)


def _checked(file: Path, text: str, tahun: int | None) -> workspace.CheckedFile:
    """``file`` with ``text`` as its content, parsed and checked on its own (:func:`workspace.check_file`, on a
    private copy: nothing is written into the workspace before the save)."""
    shown = workspace.display(file)
    with tempfile.TemporaryDirectory(prefix="skpdoc-edit-") as folder:
        copy = Path(folder) / file.name
        copy.write_text(text, encoding="utf-8")
        checked = workspace.check_file(copy, "pegawai", tahun)
    if checked.doc is not None:
        checked.doc.file = shown
    problems = [dataclasses.replace(p, file=shown) for p in checked.problems]
    return workspace.CheckedFile(file, "pegawai", checked.doc, problems)


def _replaced(
    loaded: workspace.LoadedWorkspace, file: Path, checked: workspace.CheckedFile
) -> workspace.LoadedWorkspace:
    """A copy of ``loaded`` with ``file`` replaced by ``checked`` (the loaded workspace itself is left as it is)."""
    wanted = identity(file)
    opds = {}
    for slug, opd in loaded.opds.items():
        specs = [checked if identity(c.path) == wanted else c for c in opd.pegawai]
        opds[slug] = dataclasses.replace(opd, pegawai=specs)
    return dataclasses.replace(loaded, opds=opds)


def _key(problem: Problem) -> tuple[str, str, tuple[Any, ...]]:
    return identity(problem.file), problem.code, tuple(problem.path)


def blocking(checked: Checked, before: Iterable[Problem], placed: Callable[[Problem], bool]) -> list[Problem]:
    """The errors that refuse a save: those the edit brings in, and those beside a field the form shows
    (``placed``) unless they only follow from another spec's errors."""
    old = {(p.code, tuple(p.path)) for p in before if p.severity is Severity.ERROR}
    return [
        p
        for p in checked.problems
        if p.severity is Severity.ERROR
        and ((p.code, tuple(p.path)) not in old or (placed(p) and p.code not in FOLLOW_UPS))
    ]


# --- the semantic diff of two texts ------------------------------------------------------------------


def diff_texts(old: str, new: str, name: str) -> DiffResult:
    """What changed from ``old`` to ``new`` (two versions of the spec ``name``), by :func:`skpdoc.api.diff`."""
    from skpdoc.api import diff
    from skpdoc.diff import UnreadableSpecs

    with tempfile.TemporaryDirectory(prefix="skpdoc-diff-") as folder:
        sides = []
        for side, text in (("lama", old), ("baru", new)):
            path = Path(folder) / side / name
            path.parent.mkdir()
            path.write_text(text, encoding="utf-8")
            sides.append(path)
        try:
            return diff(sides[0], sides[1])
        except UnreadableSpecs as exc:  # a side that is not YAML: what could be compared, or nothing
            return exc.result or DiffResult(str(sides[0]), str(sides[1]), ())


class Texts:
    """The texts shown in forms, by their sha256: the base of a conflict's diff (the last few hundred)."""

    def __init__(self, limit: int = 256) -> None:
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def remember(self, base: Base) -> None:
        with self._lock:
            self._texts[base.sha] = base.text
            self._texts.move_to_end(base.sha)
            while len(self._texts) > self._limit:
                self._texts.popitem(last=False)

    def recall(self, wanted: str, file: Path) -> str | None:
        """The text whose bytes had the sha256 ``wanted``: remembered, or a recent commit of ``file``."""
        with self._lock:
            if wanted in self._texts:
                return self._texts[wanted]
        for commit in _git(file.parent, "log", "--format=%H", "-n", "30", "--", file.name).stdout.split():
            shown = _git(file.parent, "show", f"{commit}:./{file.name}", text=False)
            if shown.returncode == 0 and sha(shown.stdout) == wanted:
                return read_bytes(shown.stdout)
        return None


def read_bytes(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        return None


# --- writing and committing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a save did. ``status``: saved, unchanged, refused (errors), conflict (the file changed meanwhile)."""

    status: str
    base: Base
    text: str = ""  # the would-be text (saved when status is "saved")
    problems: Checked | None = None
    refused: tuple[Problem, ...] = ()
    commit: str | None = None  # the new commit's id
    not_committed: str | None = None  # why not: "no-git", or git's own last line


class Saver:
    """Saves one file at a time per server, so that a check of the bytes and the write cannot interleave."""

    def __init__(self, root: Path, checker: Checker) -> None:
        self.root = root
        self.checker = checker
        self._lock = threading.Lock()

    def save(
        self,
        file: Path,
        expected: str,
        apply: Callable[[Any], None],
        *,
        generation: int,
        before: Iterable[Problem],
        placed: Callable[[Problem], bool],
        author: str,
        message: Callable[[str, str], str],
        pending: str = "",
        changed: Callable[[], None],
    ) -> Outcome:
        """Apply the form to ``file`` and write and commit it, unless its bytes are no longer ``expected``,
        nothing changed, or the result has errors that block (:func:`blocking`). ``message(old, new)`` makes
        the commit message; ``changed`` is told once the file is written. What the file held beyond the last
        commit (an edit from the CLI or an editor, not committed) is committed first, on its own, with
        ``pending`` as its message and no author of ours: the user's commit holds their change alone."""
        with self._lock:
            base = read(file)
            if base.sha != expected:
                return Outcome("conflict", base)
            text = edited(base, apply)
            if text == base.text:
                return Outcome("unchanged", base, text)
            checked = self.checker.check(generation, file, text)
            refused = blocking(checked, before, placed)
            if refused:
                return Outcome("refused", base, text, checked, tuple(refused))
            commit_pending(file, pending)
            write_atomic(file, base.encode(text))
            changed()
            commit, reason = commit_file(file, author, message(base.text, text))
            return Outcome("saved", base, text, checked, commit=commit, not_committed=reason)


def _git(cwd: Path, *args: str, text: bool = True) -> subprocess.CompletedProcess[Any]:
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=text, env=env, timeout=GIT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return subprocess.CompletedProcess(["git", *args], 127, "" if text else b"", str(exc))


def commit_file(file: Path, author: str, message: str) -> tuple[str | None, str | None]:
    """Commit ``file`` alone (whatever else is staged stays staged) with ``author`` as its author.

    Returns (the commit's id, None), or (None, why not): "no-git" when the workspace is in no repository.
    The committer is the repository's own identity, or the server's when it names nobody.
    """
    folder = file.parent
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        return None, "no-git"
    named = all(_git(folder, "config", key).stdout.strip() for key in ("user.name", "user.email"))
    who = () if named else SERVER_IDENTITY
    added = _git(folder, "add", "--", file.name)
    if added.returncode != 0:
        return None, _last_line(added.stderr)
    # No hooks: the file was checked by skpdoc's own rules before it was written, and a hook validating the
    # whole workspace would refuse every save while any other OPD has an error.
    by = ("--author", f"{author} <{author}@{AUTHOR_DOMAIN}>") if author else ()
    done = _git(folder, *who, "commit", "--only", "--no-verify", "--quiet", *by, "-m", message, "--", file.name)
    if done.returncode != 0:
        _git(folder, "reset", "--quiet", "--", file.name)  # not left staged for someone else's commit
        return None, _last_line(done.stderr or done.stdout)
    head = _git(folder, "rev-parse", "HEAD")
    return head.stdout.strip() or None, None


def commit_pending(file: Path, message: str) -> None:
    """Commit ``file`` as it is on disk when it differs from the last commit (or was never committed), so that
    the user's commit that follows holds their change alone. Nothing happens outside a repository."""
    folder = file.parent
    if _git(folder, "rev-parse", "--show-toplevel").returncode != 0:
        return
    tracked = _git(folder, "ls-files", "--error-unmatch", "--", file.name).returncode == 0
    if tracked and _git(folder, "diff", "--quiet", "HEAD", "--", file.name).returncode == 0:
        return  # as committed: the usual case
    commit_file(file, "", message or f"{file.name}")


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "git"
