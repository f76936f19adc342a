"""The text of every problem code, in Indonesian (default) and English.

One catalogue, in a module per area (files, rules, the yearly cycle,
commands), so a reviewer can read every message skpdoc can print, and a test
can check that both languages take the same arguments.
Codes: ``F`` files, ``Y`` YAML, ``S`` schema, ``R`` domain rules,
``W`` workspace layout, ``T`` templates, ``D`` diff. Arguments worded per
language ("did you mean ...?", type names) are in :mod:`skpdoc.hints`.
"""

from __future__ import annotations

from typing import Any

from skpdoc.messages import commands, cycle, files, rules

#: The areas, each a table of its own codes (tests/test_schema.py checks that no code is in two).
AREAS = (files.MESSAGES, rules.MESSAGES, cycle.MESSAGES, commands.MESSAGES)
# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {code: entry for area in AREAS for code, entry in area.items()}


def message(code: str, lang: str, part: str, args: dict[str, Any]) -> str:
    """The message or hint of ``code`` in ``lang``, filled with ``args``."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code if part == "message" else ""
    text = entry.get(lang, entry["id"])[0 if part == "message" else 1]
    # Arguments that depend on the language (skpdoc.hints) render themselves.
    filled = {k: (v.render(lang) if hasattr(v, "render") else v) for k, v in args.items()}
    try:
        return text.format(**filled)
    except (KeyError, IndexError):
        return text
