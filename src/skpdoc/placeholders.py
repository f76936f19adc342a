"""What is still to be filled in a spec, and what is only proposed: one mark that every writer uses.

``skpdoc init``, ``new``, ``import roster``, ``import xlsx``, ``evaluasi buka`` and
``tahun-baru`` write specs that people complete later. Two marks tell the
validator, ``status`` and the forms what is not final yet:

* **to fill**: the value is the string ``"[ISI: <petunjuk>]"`` (``[ISI]`` alone
  also counts), in any field, whatever the field's type: a target, a date, a
  rating, an RHK's text. It reads the same in YAML, in Excel and on a KONSEP
  form, and no real text starts with ``[ISI``.
* **to confirm**: the spec's top-level list ``belum_dikonfirmasi`` holds the
  YAML paths (``pejabat_penilai``, ``hasil_kerja.utama[0].indikator[1].target``)
  whose values are proposals: filled, but not yet checked by the officer (a
  penilai proposed from the roster, a target carried over from last year).
  Confirming one is deleting its line. They are machine paths (list items
  counted from 0, as :func:`skpdoc.errors.format_yaml_path` writes them) and
  are quoted as written, so the line to delete reads as the message does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from skpdoc.errors import YamlPath, format_yaml_path

#: The top-level key listing the paths whose values are proposals to be confirmed.
UNCONFIRMED = "belum_dikonfirmasi"
#: What a form prints where a value is still to be filled: a line to write on, never the hint.
BLANK = "……………"

_PLACEHOLDER = re.compile(r"\[ISI(?::[^\]]*)?\]", re.IGNORECASE)
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def fill(hint: str) -> str:
    """The value of a field still to be filled, with a hint of what goes there: ``[ISI: rencana hasil kerja]``."""
    hint = " ".join(hint.replace("]", ")").split())
    return f"[ISI: {hint}]" if hint else "[ISI]"


def is_placeholder(value: Any) -> bool:
    """Whether ``value`` is a field still to be filled."""
    return isinstance(value, str) and _PLACEHOLDER.fullmatch(value.strip()) is not None


def blank(text: str) -> tuple[str, int]:
    """``text`` with every placeholder in it replaced by :data:`BLANK`, and how many there were.

    Printed values are often composed ("Sekayu, [ISI: tanggal]"), so the
    placeholder is searched for inside the text, not only as the whole of it.
    """
    if "[" not in text:  # the common case: nothing to search
        return text, 0
    return _PLACEHOLDER.subn(BLANK, text)


def hint(value: str) -> str:
    """The hint inside a placeholder (``rencana hasil kerja``), or "" for a bare ``[ISI]``."""
    inside = value.strip()[1:-1]
    return inside.partition(":")[2].strip()


def placeholders(data: Any, path: YamlPath = ()) -> Iterator[YamlPath]:
    """The paths of every value still to be filled in ``data``, in document order."""
    if is_placeholder(data):
        yield path
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from placeholders(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from placeholders(value, (*path, index))


def unconfirmed(data: Any) -> list[YamlPath]:
    """The paths listed in ``belum_dikonfirmasi`` (those that are well-formed)."""
    listed = data.get(UNCONFIRMED) if isinstance(data, dict) else None
    if not isinstance(listed, list):
        return []
    return [path for item in listed if isinstance(item, str) and (path := parse_path(item))]


def value_at(data: Any, path: YamlPath) -> Any:
    """The value at ``path`` in ``data``; raises ``LookupError`` when the path does not exist there."""
    for part in path:
        in_list = isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data)
        if not (in_list or (isinstance(data, dict) and part in data)):
            raise LookupError(path_text(path))
        data = data[part]
    return data


def parse_path(text: str) -> YamlPath:
    """``hasil_kerja.utama[0].target`` → ``("hasil_kerja", "utama", 0, "target")``; () if it is not a path."""
    parts: list[str | int] = []
    position = 0
    text = text.strip()
    while position < len(text):
        if text[position] == "." and parts and position + 1 < len(text):
            position += 1
        match = _PATH_PART.match(text, position)
        if match is None:
            return ()
        parts.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    return tuple(parts)


def path_text(path: YamlPath) -> str:
    """The form a path takes in ``belum_dikonfirmasi`` (counted from 0; problems show :func:`~skpdoc.errors.shown_path`)."""
    return format_yaml_path(path)
