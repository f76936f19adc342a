"""The text of every problem code, in Indonesian (default) and English.

One catalogue, in a module per area (files, rules, the year's milestones,
the roster import, the Excel round trip, commands, LibreOffice, templates), so a reviewer can read every message
skpdoc can print, and a test can check that both languages take the same
arguments. The words of tables and reports (column heads, verdicts) are in
:mod:`skpdoc.messages.labels`, by name rather than by code.
Codes: ``F`` files, ``Y`` YAML, ``S`` schema, ``R`` domain rules,
``W`` workspace layout, ``T`` templates, ``D`` diff, ``O`` LibreOffice, ``L``
command summaries, ``U`` accounts of ``skpdoc serve``. Arguments worded per
language ("did you mean ...?", type names, a cause kept until it is printed)
are in :mod:`skpdoc.hints`.

Counting: English says "1 error", "2 errors"; Indonesian does not inflect
("1 kesalahan", "2 kesalahan"). A text names the noun for a number among its
arguments with ``{n:singular|plural}``: ``"{n} {n:error|errors}"``; only the
English texts need it.
"""

from __future__ import annotations

import string
from typing import Any

from skpdoc.messages import cluster, commands, excel, files, office, roster, rules, serve, templates, web, yearly

#: The areas, each a table of its own codes (tests/test_schema.py checks that no code is in two).
AREAS = (
    files.MESSAGES,
    rules.MESSAGES,
    yearly.MESSAGES,
    roster.MESSAGES,
    excel.MESSAGES,
    commands.MESSAGES,
    office.MESSAGES,
    templates.MESSAGES,
    serve.MESSAGES,
    web.MESSAGES,
    cluster.MESSAGES,
)
# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {code: entry for area in AREAS for code, entry in area.items()}


class _Counting(string.Formatter):
    """``str.format`` that also reads ``{n:singular|plural}``: the noun for the number ``n`` (1 or "1": singular)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            singular, _, plural = format_spec.partition("|")
            return singular if str(value) == "1" else plural
        return str(super().format_field(value, format_spec))


_COUNTING = _Counting()


def fill(text: str, lang: str, args: dict[str, Any]) -> str:
    """``text`` with ``args`` put in, those that depend on the language rendered in ``lang``; counting as above.

    A text asking for an argument it was not given is returned unfilled (a
    missing argument must not hide the message behind an exception).
    """
    # Arguments that depend on the language (skpdoc.hints) render themselves.
    filled = {k: (v.render(lang) if hasattr(v, "render") else v) for k, v in args.items()}
    try:
        return _COUNTING.vformat(text, (), filled) if "|" in text else text.format(**filled)
    except (KeyError, IndexError, ValueError):
        return text


def message(code: str, lang: str, part: str, args: dict[str, Any]) -> str:
    """The message or hint of ``code`` in ``lang``, filled with ``args``."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code if part == "message" else ""
    return fill(entry.get(lang, entry["id"])[0 if part == "message" else 1], lang, args)
