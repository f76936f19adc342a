"""A semantic diff (:class:`skpdoc.diff.DiffResult`) as the pages render it: per OPD, per employee, per change.

The content is that of ``skpdoc diff --format markdown`` (:mod:`skpdoc.diff.report`):
the same headings, the same words for each change (:func:`skpdoc.diff.describe.describe`),
the same columns; only the layout is HTML (``templates/_diff.html``). Nothing is
computed here that the diff does not compute; this module only groups and filters.

Spec text is made visible (:func:`skpdoc.textsafe.visible`: a bidi override
cannot reorder a name); HTML escaping is the templates' (Jinja escapes every value).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from skpdoc.diff.describe import describe, word
from skpdoc.diff.model import Change
from skpdoc.diff.report import DiffResult, blocks, heading, summary
from skpdoc.errors import Problem
from skpdoc.textsafe import visible


@dataclass(frozen=True)
class Row:
    """One change: ``kind`` (added, removed, changed, moved) names its style, the rest is its text."""

    kind: str
    kind_text: str
    subject: str
    old: str | None
    new: str | None
    old_extra: tuple[str, ...]  # the content of a whole RHK or employee, on the side where it exists
    new_extra: tuple[str, ...]
    path: str  # the identity path (hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.1].target)
    line: int | None


@dataclass(frozen=True)
class Block:
    """The changes of one file: an employee, an OPD's opd.yaml or skpdoc.yaml."""

    title: str
    file: str
    nip: str | None
    link: str | None  # the employee's page, when the reader may open it
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Group:
    """The blocks of one OPD (its opd.yaml and its employees), or of the workspace."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class DiffView:
    old: str
    new: str
    summary: str
    heads: tuple[str, str, str, str]
    groups: tuple[Group, ...]
    hidden: int = 0  # changes left out because the reader may not see them
    problems: tuple[str, ...] = ()  # files that are not YAML, located (the rest was compared)

    @property
    def empty(self) -> bool:
        return not self.groups


def view(
    result: DiffResult,
    lang: str,
    *,
    shown: Callable[[Change], bool] = lambda change: True,
    link: Callable[[Change], str | None] = lambda change: None,
    problems: Iterable[Problem] = (),
    opd_names: Mapping[str, str] | None = None,
) -> DiffView:
    """``result`` for a page: only the changes ``shown`` lets the reader see (the others are counted).

    ``opd_names`` titles the groups (OPD slug → name; the diff names an OPD only where its opd.yaml changed).
    """
    kept = tuple(c for c in result.changes if shown(c))
    groups: dict[str, list[Block]] = {}
    titles: dict[str, str] = {}
    for first, changes in blocks(kept):
        key, title = _group_of(first, lang, opd_names or {})
        titles.setdefault(key, title)
        groups.setdefault(key, []).append(_block(first, changes, lang, link(first)))
    heads = (word("kind", lang), word("what", lang), word("old", lang), word("new", lang))
    return DiffView(
        old=visible(result.old),
        new=visible(result.new),
        summary=visible(summary(DiffResult(result.old, result.new, kept), lang)),
        heads=heads,
        groups=tuple(Group(titles[k], tuple(v)) for k, v in groups.items()),
        hidden=len(result.changes) - len(kept),
        problems=tuple(p.format(lang, show_hint=False) for p in problems),
    )


def _group_of(first: Change, lang: str, names: Mapping[str, str]) -> tuple[str, str]:
    if first.entity == "workspace" or not first.opd:
        return "", visible(word("workspace", lang))
    return first.opd, visible(f"OPD {names.get(first.opd) or first.opd_nama or first.opd}")


def _block(first: Change, changes: list[Change], lang: str, link: str | None) -> Block:
    title, _, file = heading(first, lang).rpartition(" · ")
    return Block(visible(title), visible(file), first.nip, link, tuple(_row(c, lang) for c in changes))


def _row(change: Change, lang: str) -> Row:
    line = describe(change, lang)
    extra = tuple(visible(x) for x in line.extra)
    # As the Markdown does: the extra lines go with the side where the whole RHK or employee exists.
    old_extra, new_extra = ((), extra) if change.kind == "added" else (extra, ())
    return Row(
        kind=change.kind,
        kind_text=word(change.kind, lang),
        subject=visible(line.subject),
        old=None if line.old is None else visible(line.old),
        new=None if line.new is None else visible(line.new),
        old_extra=old_extra,
        new_extra=new_extra,
        path=visible(change.path),
        line=change.line,
    )
