"""The three outputs of a diff: coloured text, Markdown for a merge request, JSON for programs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from skpdoc import textsafe
from skpdoc.diff.describe import Line, describe, sentence, word
from skpdoc.diff.model import Change
from skpdoc.textsafe import dumps, visible

#: Version of the JSON contract; bumped only when a field changes meaning or disappears.
JSON_VERSION = 1

MARKS = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}
COLOURS = {"added": "green", "removed": "red", "changed": "yellow", "moved": "cyan"}
#: Old and new texts longer than this together go on lines of their own.
WIDE = 100


@dataclass(frozen=True)
class DiffResult:
    """The changes between two sides, and what the sides were."""

    old: str
    new: str
    changes: tuple[Change, ...]
    old_commit: str | None = None
    new_commit: str | None = None

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def blocks(changes: tuple[Change, ...] | list[Change]) -> Iterator[tuple[Change, list[Change]]]:
    """Changes grouped per file (one employee, one OPD or one workspace), in the order compared."""
    for _, group in groupby(changes, key=lambda c: (c.entity, c.file)):
        items = list(group)
        yield items[0], items


def heading(first: Change, lang: str) -> str:
    if first.entity == "pegawai":
        name = f"{first.nama} · " if first.nama else ""
        return f"{name}NIP {first.nip} · {first.file}"
    if first.entity == "opd":
        return f"OPD {first.opd_nama or first.opd or ''} · {first.file}".replace("OPD  ·", "OPD ·")
    return f"{word('workspace', lang)} · {first.file}"


def summary(result: DiffResult, lang: str) -> str:
    if not result.changes:
        return word("none", lang)
    count = {
        kind: len({c.file for c in result.changes if c.entity == kind}) for kind in ("pegawai", "opd", "workspace")
    }
    parts = [_count(count["pegawai"], "employees", lang)] if count["pegawai"] else []
    parts += [f"{count['opd']} OPD"] if count["opd"] else []
    parts += [word("workspace", lang)] if count["workspace"] else []
    return f"{_count(len(result.changes), 'changes', lang)}: {', '.join(parts)}"


def _count(n: int, noun: str, lang: str) -> str:
    text = word(noun, lang)
    return f"{n} {text[:-1] if lang == 'en' and n == 1 else text}"  # Indonesian nouns do not inflect


def text(result: DiffResult, lang: str = "id", style: Callable[..., str] | None = None) -> str:
    """One block per employee (then OPD, workspace): a heading, then one marked line per change.

    Spec text is made visible before ``style`` adds colour, so only skpdoc's own escapes reach the terminal.
    """
    colour_of = style or (lambda s, **_: s)

    def paint(line: str, **how: Any) -> str:
        return colour_of(visible(line), **how)

    out: list[str] = []
    for first, changes in blocks(result.changes):
        if out:
            out.append("")
        out.append(paint(heading(first, lang), bold=True))
        for change in changes:
            line = describe(change, lang)
            colour = COLOURS[change.kind]
            mark = MARKS[change.kind]
            if change.kind == "changed" and len(line.old or "") + len(line.new or "") > WIDE:
                out.append(paint(f"  {mark} {line.subject}:", fg=colour))
                out.append(paint(f"      - {line.old}", fg="red"))
                out.append(paint(f"      + {line.new}", fg="green"))
            else:
                out.append(paint(f"  {mark} {sentence(line, change.kind, lang)}", fg=colour))
            out += [visible(f"      {extra}") for extra in line.extra]
    return "\n".join(out) + ("\n" if out else "")


def _cell(value: str | None) -> str:
    return "" if value is None else textsafe.markdown(value)


def _code(value: str) -> str:
    """A file name or revision as code, or as escaped text when a backtick would end the code span."""
    return f"`{value}`" if "`" not in value and "\n" not in value and "\r" not in value else textsafe.markdown(value)


def markdown(result: DiffResult, lang: str = "id") -> str:
    """A merge-request comment: a summary, then a table per employee (control characters made visible)."""
    out = [
        f"## {word('title', lang)}",
        "",
        f"{_code(result.old)} → {_code(result.new)} · {_cell(summary(result, lang))}",
    ]
    for first, changes in blocks(result.changes):
        title, _, file = heading(first, lang).rpartition(" · ")
        out += ["", f"### {_cell(title)}", "", _code(file), ""]
        out.append(f"| {word('kind', lang)} | {word('what', lang)} | {word('old', lang)} | {word('new', lang)} |")
        out.append("|---|---|---|---|")
        for change in changes:
            line: Line = describe(change, lang)
            old, new = _cell(line.old), _cell(line.new)
            if line.extra:  # the content of a whole RHK or employee, on the side where it exists
                extra = "<br>".join(_cell(x) for x in line.extra)
                old, new = (old, f"{new}<br>{extra}") if change.kind == "added" else (f"{old}<br>{extra}", new)
            out.append(f"| {word(change.kind, lang)} | {_cell(line.subject)} | {old} | {new} |")
    return visible("\n".join(out) + "\n")


def as_json(result: DiffResult, lang: str = "id") -> dict[str, Any]:
    """The documented, stable contract (README, "Reviewing changes")."""
    return {
        "version": JSON_VERSION,
        "old": {"label": result.old, "commit": result.old_commit},
        "new": {"label": result.new, "commit": result.new_commit},
        "changes": [_change(c, lang) for c in result.changes],
    }


def _change(change: Change, lang: str) -> dict[str, Any]:
    return {
        "entity": change.entity,
        "nip": change.nip,
        "nama": change.nama,
        "opd": change.opd,
        "file": change.file,
        "old_file": change.old_file,
        "path": change.path,
        "line": change.line,
        "old_line": change.old_line,
        "kind": change.kind,
        "what": change.what,
        "old": change.old,
        "new": change.new,
        "text": sentence(describe(change, lang), change.kind, lang),
    } | _lost(change)


def _lost(change: Change) -> dict[str, Any]:
    """Subordinates' RHKs left pointing at a removed or renamed RHK (only on such changes)."""
    found = change.info.get("lost")
    if not found:
        return {}
    keys = ("nip", "nama", "file", "path", "line", "intervensi")
    return {"lost_references": [{k: link[k] for k in keys} for link in found]}


def json_text(result: DiffResult, lang: str = "id") -> str:
    return dumps(as_json(result, lang)) + "\n"
