"""Write new data into a user's YAML spec, changing only what changed, and write several files all or none.

The spec goes through :mod:`skpdoc.yamledit` (ruamel.yaml's round trip): a
value that is the same is not touched, so its quoting and the comments around
it stay; a changed value keeps the quoting of the old one (but a placeholder's,
which only its ``[`` needed); a new key is put
where the canonical order wants it, and a new mapping takes the style (block
or flow) of its siblings. List items are matched by ``id`` where they have
one. The text produced is read back with the validator's loader and must give
exactly the new data, or nothing is written (a bug, never a silent change).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    LiteralScalarString,
    PlainScalarString,
    SingleQuotedScalarString,
)

from skpdoc import spec, yamledit
from skpdoc.placeholders import is_placeholder

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NIP_LIKE = re.compile(r"\d{18}(#.*)?")
_SAFE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RoundTripError(RuntimeError):
    """The edited text does not read back as the intended data (a bug in skpdoc)."""


def edited_text(path: Path, text: str, new: dict[str, Any]) -> str:
    """The text of the spec at ``path`` (now ``text``) holding ``new``, with everything untouched kept as it was."""
    document = yamledit.loads(text, path)
    sync_map(document.data, new)
    # Dumped directly: Editable.dumps() would compare the old and new data with ruamel's pure-Python loader
    # (twice the cost of the edit itself) to keep the old text when nothing changed; here the data did change,
    # and the check below, with the validator's C loader, is the stronger one.
    out = io.StringIO()
    document._yaml.dump(document.data, out)
    result = out.getvalue()
    parsed, _ = spec.parse(path, result)
    if parsed is None or parsed.data != new:
        raise RoundTripError(f"{path}: the edited YAML does not read back as the imported data")
    return result


def sync_map(node: CommentedMap, new: dict[str, Any]) -> None:
    for key in [k for k in node if k not in new]:
        del node[key]
    previous: str | None = None
    for key, value in new.items():
        if key in node:
            merged = _merge(node[key], value)
            if merged is not node[key]:
                node[key] = merged
        else:
            keys = list(node)
            at = keys.index(previous) + 1 if previous is not None else 0
            node.insert(at, key, fresh(value, _sibling(node.values())))
        previous = key


def sync_seq(node: CommentedSeq, new: list[Any]) -> None:
    if all(isinstance(i, dict) and "id" in i for i in [*node, *new]) and (node or new):
        wanted = [i["id"] for i in new]
        for index in reversed(range(len(node))):
            if node[index].get("id") not in wanted:
                del node[index]
        for index, item in enumerate(new):
            if index < len(node) and node[index].get("id") == item["id"]:
                _merge(node[index], item)
            else:
                node.insert(index, fresh(item, _sibling(node)))
        return
    for index, item in enumerate(new[: len(node)]):
        merged = _merge(node[index], item)
        if merged is not node[index]:
            node[index] = merged
    for index in reversed(range(len(new), len(node))):
        del node[index]
    for item in new[len(node) :]:
        node.append(fresh(item, _sibling(node)))


def _merge(old: Any, new: Any) -> Any:
    """``old`` updated to ``new`` in place where it is a mapping or list; the value to store otherwise."""
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        sync_map(old, new)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        sync_seq(old, new)
        return old
    if _same(old, new):
        return old
    # The user's quoting is kept; a placeholder's quotes were skpdoc's (``"[ISI: …]"`` must be quoted), and its
    # value is written as skpdoc writes any new one: ``jenjang: ahli-pertama``, not ``jenjang: "ahli-pertama"``.
    if isinstance(new, str) and isinstance(old, (DoubleQuotedScalarString, SingleQuotedScalarString)):
        if not is_placeholder(old):
            return type(old)(new)
        value = fresh(new, old)
        # ruamel gives a plain str the quotes of the string it replaces; a PlainScalarString it leaves alone.
        return PlainScalarString(value) if type(value) is str else value
    return fresh(new, old)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, dt.date):
        old = old.isoformat()
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return old == new and isinstance(old, float) == isinstance(new, float)
    if isinstance(old, str) and isinstance(new, str):
        return str(old) == new
    return False


def _sibling(values: Any) -> Any:
    return next((v for v in values if isinstance(v, (CommentedMap, CommentedSeq))), None)


def fresh(value: Any, like: Any = None) -> Any:
    """``value`` as ruamel should write it: mappings and lists in the style of ``like``, dates unquoted,
    NIPs double-quoted as skpdoc writes them, multi-line text as a literal block."""
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = fresh(item)
        _style(out, like)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(fresh(item, _sibling(value)) for item in value)
        _style(seq, like)
        return seq
    if isinstance(value, str):
        if _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
        if _NIP_LIKE.fullmatch(value):
            return DoubleQuotedScalarString(value)
        if "\n" in value and not _in_flow(like):
            return LiteralScalarString(value)
        if not _plain(value):
            return DoubleQuotedScalarString(value)
    return value


def _plain(text: str) -> bool:
    """Whether ``text`` reads back as itself unquoted (else skpdoc writes it in double quotes, as in ``"%"``)."""
    try:
        return bool(text == text.strip() and yaml.load(f"k: {text}", Loader=_SAFE) == {"k": text})
    except yaml.YAMLError:
        return False


def _in_flow(like: Any) -> bool:
    return isinstance(like, (CommentedMap, CommentedSeq)) and bool(like.fa.flow_style())


def _style(node: CommentedMap | CommentedSeq, like: Any) -> None:
    if _in_flow(like) and not any(isinstance(v, str) and "\n" in v for v in _values(node)):
        node.fa.set_flow_style()
    else:
        node.fa.set_block_style()


def _values(node: CommentedMap | CommentedSeq) -> list[Any]:
    return list(node.values()) if isinstance(node, CommentedMap) else list(node)


def write_all(texts: dict[Path, str]) -> None:
    """Write every file or none: all are written to temporary files beside their targets first, then renamed;
    if a rename fails, the files already replaced get their old text back."""
    staged: list[tuple[Path, str, bytes]] = []
    try:
        for path, text in texts.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8"))
            os.chmod(tmp, 0o644)
            staged.append((path, tmp, path.read_bytes()))
        done: list[tuple[Path, bytes]] = []
        try:
            for path, tmp, before in staged:
                os.replace(tmp, path)
                done.append((path, before))
        except BaseException:
            for path, before in done:
                path.write_bytes(before)
            raise
    finally:
        for _, tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
