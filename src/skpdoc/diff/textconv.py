"""A stable, line-per-fact rendering of one spec, for ``git diff`` through a textconv filter.

Every line is self-contained (``path: value``, paths by identity), keys come
in one fixed order, comments and quoting are gone, a target is printed with
its unit and an evaluation with the predikat its ratings give. So ``git
diff`` and ``git log -p`` show what changed in the plan and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from skpdoc import paths, spec
from skpdoc.diff.describe import amount, show
from skpdoc.diff.generic import ordered_keys, unique_ids
from skpdoc.diff.model import id_part, join, key_part
from skpdoc.diff.predikat import effective
from skpdoc.errors import Problem


def render(data: Mapping[str, Any]) -> str:
    """The normalised text of a parsed spec (any of the three kinds)."""
    lines: list[str] = []
    _walk(dict(data), "", lines)
    return "\n".join(lines) + "\n"


def _walk(value: Any, path: str, lines: list[str]) -> None:
    if isinstance(value, dict):
        if not value:
            lines.append(f"{path}: {{}}")
            return
        skip = set()
        if "target" in value:
            skip.add("satuan")  # printed with the target
        rated = "rating_hasil_kerja" in value and "rating_perilaku_kerja" in value
        for key in ordered_keys(value):
            if key in skip or (rated and key == "predikat"):
                continue
            if key == "target":
                lines.append(f"{join(path, '.target')}: {amount(value['target'], value.get('satuan'))}")
                continue
            _walk(value[key], join(path, key_part(key)), lines)
        if rated:
            found, stated = effective(value), value.get("predikat")
            note = f" ({stated}?)" if stated is not None and stated != found else ""
            lines.append(f"{join(path, '.predikat')}: {show(found)}{note}")
    elif isinstance(value, list):
        ids = unique_ids(value)
        if not value:
            lines.append(f"{path}: []")
        elif ids is not None:
            for ident, item in zip(ids, value, strict=True):
                body = {k: v for k, v in item.items() if k != "id"}
                if body:
                    _walk(body, path + id_part(ident), lines)
                else:
                    lines.append(f"{path}{id_part(ident)}: {{}}")
        elif all(not isinstance(v, (dict, list)) for v in value):
            lines += [f"{path}[]: {_scalar(v)}" for v in value]  # no index: an insertion is one line in git diff
        else:
            for i, item in enumerate(value):
                _walk(item, f"{path}[{i}]", lines)
    else:
        lines.append(f"{path}: {_scalar(value)}")


def _scalar(value: Any) -> str:
    return show(value).replace("\\", "\\\\").replace("\n", "\\n")


def textconv(path: Path) -> tuple[str, list[Problem]]:
    """The rendering of the spec at ``path``; its raw text and the problems when it is not valid YAML.

    A textconv filter must not fail (git would stop the whole diff), so an
    unreadable file falls back to its own text, and a file that must not be
    read at all (a FIFO, a device, one over ``spec.MAX_SPEC_BYTES``) to no text.
    """
    try:
        raw = paths.read_regular(path, spec.MAX_SPEC_BYTES)
    except paths.NotReadable as exc:
        return "", [exc.refusal.problem(path)]
    text, problems = spec.decode(path, raw)
    if text is None:
        return raw.decode("utf-8", "replace"), problems
    doc, problems = spec.parse(path, text)
    if doc is None or problems:
        return text, problems
    return render(doc.data), []
