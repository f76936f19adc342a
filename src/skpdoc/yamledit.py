"""Editing a user's YAML file in place: comments, key order, quoting and indentation survive.

Reading for validation uses libyaml (:mod:`skpdoc.spec`): fast, but it keeps
nothing of the layout. Where skpdoc writes a user's file back (``import``,
``evaluasi buka``, ``tahun-baru``), the file goes through ruamel.yaml's
round-trip mode instead, with the indentation it already has, so that the parts
nobody edited come back byte for byte and ``git diff`` shows only the edit.
A file whose data did not change is not written at all.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from skpdoc.files import write_atomic

__all__ = ["CommentedMap", "CommentedSeq", "Editable", "dumps_new", "load", "loads"]

_WIDTH = 4096  # never fold a long line the user wrote on one


def _yaml(indent: int = 2, dash_offset: int = 2) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = _WIDTH
    yaml.indent(mapping=indent, sequence=dash_offset + 2, offset=dash_offset)  # the item after "- "
    return yaml


@dataclass
class Editable:
    """A YAML document loaded for editing; ``data`` is a ruamel CommentedMap to change in place."""

    text: str
    data: Any
    path: Path | None = None
    _yaml: YAML = field(default_factory=_yaml, repr=False)

    def dumps(self) -> str:
        """The document's text with the edits made to ``data``; the original text when nothing changed."""
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        text = out.getvalue()
        return self.text if _same_data(self.text, text) else text

    @property
    def changed(self) -> bool:
        return self.dumps() != self.text

    def save(self, path: Path | None = None) -> bool:
        """Write the document back (atomically) if it changed; returns whether it was written."""
        target = path or self.path
        if target is None:
            raise ValueError("no path to save to")
        text = self.dumps()
        if text == self.text and target == self.path:
            return False
        write_atomic(target, text)
        return True


def loads(text: str, path: Path | None = None) -> Editable:
    """A document from its text (the layout is read from it: indentation of mappings, and of dashes)."""
    yaml = _yaml(*_layout(text))
    data = yaml.load(text)
    return Editable(text, data, path, yaml)


def load(path: Path) -> Editable:
    """A document from a file, to edit and :meth:`Editable.save`."""
    return loads(path.read_text(encoding="utf-8-sig"), path)


def dumps_new(data: Any) -> str:
    """The text of a new document in skpdoc's own layout (two spaces, dashes indented by two)."""
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def _layout(text: str) -> tuple[int, int]:
    """(mapping indent, dash offset) as the text uses them: the first nested mapping and the first block sequence
    under a key tell; skpdoc's own (2, 2) otherwise. (ruamel's guess reads the sequences' content indent.)"""
    mapping = offset = None
    previous: tuple[int, str] | None = None  # (indent, text) of the last line that is a "key:" opening a block
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        dash = stripped.startswith("- ") or stripped == "-"
        if previous is not None and dash and indent >= previous[0]:  # a block sequence may sit at its key's column
            offset = offset if offset is not None else indent - previous[0]
        elif previous is not None and indent > previous[0]:
            mapping = mapping if mapping is not None else indent - previous[0]
        if mapping is not None and offset is not None:
            break
        previous = (indent, stripped) if stripped.rstrip().endswith(":") else None
    return mapping or 2, offset if offset is not None else 2


def _same_data(before: str, after: str) -> bool:
    """Whether two texts hold the same data: then the user's own text is kept as it was, to the byte.
    (libyaml compares both in a millisecond; ruamel's pure-Python safe loader took ~45 ms a spec.)"""
    if before == after:
        return True
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return bool(yaml.load(before, Loader=loader) == yaml.load(after, Loader=loader))
    except yaml.YAMLError:  # the original does not parse as plain YAML: the edited text is what counts
        return False
