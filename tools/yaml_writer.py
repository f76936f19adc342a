"""A YAML writer for the example specs: block style, keys in the given order, no anchors.

PyYAML's dumper would sort or flow-style the data and quote dates; the example
should read like a hand-written spec. Every text written is loaded back and
compared with the data (dates stay text), so the writer cannot change a value.
"""

from __future__ import annotations

import re
from typing import Any

import yaml


class Date(str):
    """A date written unquoted (2024-04-05)."""


_NIP_LIKE = re.compile(r"^[0-9]{18}(#.*)?$")


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or "\n" in text:
        return False
    try:
        # safe_load returns Any; the comparisons give a bool.
        same: bool = yaml.safe_load(f"k: {text}") == {"k": text} and yaml.safe_load(f"- {text}") == [text]
        return same
    except yaml.YAMLError:
        return False


def scalar(value: Any) -> str:
    if isinstance(value, Date):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        assert "e" not in text and yaml.safe_load(text) == value, value
        return text
    assert isinstance(value, str), value
    if not _NIP_LIKE.match(value) and _plain_ok(value):
        return value
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def emit_value(key: str, value: Any, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        lines.append(f"{pad}{key}:")
        emit_mapping(value, indent + 2, lines)
    elif isinstance(value, list):
        lines.append(f"{pad}{key}:")
        emit_sequence(value, indent + 2, lines)
    elif isinstance(value, str) and "\n" in value:
        assert value.endswith("\n") and not value.endswith("\n\n"), value
        lines.append(f"{pad}{key}: |")
        lines.extend(f"{pad}  {line}" if line else "" for line in value[:-1].split("\n"))
    else:
        lines.append(f"{pad}{key}: {scalar(value)}")


def emit_mapping(mapping: dict[str, Any], indent: int, lines: list[str]) -> None:
    for key, value in mapping.items():
        assert _plain_ok(key), key
        emit_value(key, value, indent, lines)


def emit_sequence(items: list[Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict):
            sub: list[str] = []
            emit_mapping(item, indent + 2, sub)
            sub[0] = f"{pad}- {sub[0][indent + 2 :]}"
            lines.extend(sub)
        else:
            assert not isinstance(item, (list, dict)) and not (isinstance(item, str) and "\n" in item)
            lines.append(f"{pad}- {scalar(item)}")


def dump(data: dict[str, Any], header: str) -> str:
    lines = [header]
    emit_mapping(data, 0, lines)
    text = "\n".join(lines) + "\n"
    # The writer must say exactly what the data says (dates as text).
    assert _load(text) == _plain(data), "YAML round trip changed the data"
    return text


class _TextDateLoader(yaml.SafeLoader):
    pass


def _timestamp_as_text(loader: _TextDateLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_TextDateLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _load(text: str) -> Any:
    return yaml.load(text, Loader=_TextDateLoader)  # a SafeLoader subclass


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Date):
        return str(value)
    return value
