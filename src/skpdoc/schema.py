"""JSON Schema validation of spec files, with problems located in the YAML.

The schemas in ``schemas/`` are the contract for editors and for skpdoc. A
valid file (the common case) is recognised by ``jsonschema-rs`` (Rust), which
only says "valid" or not, about 16 times faster than a compiled
``fastjsonschema`` validator; a file it does not call valid goes the way it
went before, through ``fastjsonschema`` (valid after all? drafts with
placeholders) and then ``jsonschema``, which finds every error, and each
error is turned into a located, translated problem. The gate can only skip
work: whatever it does not accept (or cannot take: a key that is not text, a
lone surrogate) is checked exactly as before, and ``tests/test_schema_gate.py``
holds it to accept only what the checks after it find no problem in.

Every text has a ``maxLength`` and every list a ``maxItems`` (documented in
the schemas' descriptions), so an oversized value is an S008/S009 problem
here, not minutes of LibreOffice later. Characters that no form can carry
(:mod:`skpdoc.rules.characters`) are checked here too, since every kind of
file passes through :func:`check` and all of their text is printed.

A value still to be filled (``"[ISI: …]"``, :mod:`skpdoc.placeholders`) is
accepted in any field whatever its type, enum or pattern: a starter spec
written by ``skpdoc new`` or an import is valid as soon as it is written,
and what is left to fill is one warning (R190, :mod:`skpdoc.rules.drafts`),
not one schema error per field. The schema files themselves stay strict, so
an editor still underlines each field left to fill; here a schema error
whose value is a placeholder is dropped, and a compiled validator of the
schema with every value also allowed to be a placeholder keeps the fast path
for drafts. ``tahun`` in skpdoc.yaml is the exception: nothing works without it.

Every number has bounds too (``minimum``/``maximum``, S010/S011): a target or
realisasi is at most 10^15 in size, so every place that prints one (messages,
diff, rekap, forms) prints a short number. The reader (:mod:`skpdoc.spec`)
already refused integers too long to print and ``.inf``/``.nan`` (Y015,
Y016) and kept their text; the schema stays silent about that text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import fastjsonschema
import jsonschema
import jsonschema_rs

from skpdoc import placeholders
from skpdoc.errors import Problem
from skpdoc.hints import Suggest, TypeName
from skpdoc.reference import PREDIKAT
from skpdoc.resources import data_dir
from skpdoc.rules import characters
from skpdoc.spec import Document

Kind = Literal["skpdoc", "opd", "pegawai"]
KINDS: tuple[Kind, ...] = ("skpdoc", "opd", "pegawai")


@cache
def load_schema(kind: Kind) -> dict[str, Any]:
    """The JSON Schema for one kind of file, as a dict."""
    with (data_dir("schemas") / f"{kind}.schema.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


@cache
def _gate(kind: Kind) -> Any:
    """The strict schema of ``kind`` compiled by jsonschema-rs: asked only whether a file is valid."""
    return jsonschema_rs.validator_for(load_schema(kind))


def conforms(data: Any, kind: Kind) -> bool:
    """Whether ``data`` is valid by the strict schema of ``kind``, as jsonschema-rs sees it; False for what it
    cannot take (a key that is not text, a lone surrogate, a date), which the slower checks then look at."""
    try:
        return bool(_gate(kind).is_valid(data))
    except (ValueError, TypeError, OverflowError, UnicodeError):
        return False


@cache
def _fast_validator(kind: Kind) -> Callable[[Any], Any]:
    return fastjsonschema.compile(load_schema(kind))


#: A placeholder as the compiled validator checks it: narrower than :func:`placeholders.is_placeholder`
#: (no surrounding blanks), so that the fast path never accepts what the full check would not.
_PLACEHOLDER_SCHEMA = {"type": "string", "pattern": r"^\[[Ii][Ss][Ii](:[^\]]*)?\]$"}
#: Kinds whose every value may be left to fill (skpdoc.yaml's ``tahun`` may not: see :func:`_left_to_fill`).
_DRAFT_KINDS: frozenset[Kind] = frozenset({"opd", "pegawai"})


def _lenient(node: Any, *, value: bool = False) -> Any:
    """The schema ``node`` with every value schema also accepting a placeholder."""
    if isinstance(node, list):
        return [_lenient(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, item in node.items():
        if key in ("properties", "$defs") and isinstance(item, dict):
            out[key] = {name: _lenient(sub, value=True) for name, sub in item.items()}
        elif key in ("items", "additionalProperties") and isinstance(item, dict):
            out[key] = _lenient(item, value=True)
        else:
            out[key] = _lenient(item)
    return {"anyOf": [_PLACEHOLDER_SCHEMA, out]} if value else out


@cache
def _draft_validator(kind: Kind) -> Callable[[Any], Any]:
    return fastjsonschema.compile(_lenient(load_schema(kind)))


@cache
def _full_validator(kind: Kind) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(load_schema(kind))


def check(doc: Document, kind: Kind) -> list[Problem]:
    """Every schema problem of ``doc`` and the characters it cannot print; empty when it conforms."""
    problems = characters.check(doc)
    if conforms(doc.data, kind):
        return problems
    try:
        _fast_validator(kind)(doc.data)
        return problems
    except fastjsonschema.JsonSchemaException:
        pass
    if kind in _DRAFT_KINDS:
        try:
            _draft_validator(kind)(doc.data)
            return problems
        except fastjsonschema.JsonSchemaException:
            pass
    seen: set[tuple[Any, ...]] = set()
    for error in _full_validator(kind).iter_errors(doc.data):
        if _left_to_fill(error, kind) or _refused_number(doc, error):
            continue
        for problem in _translate(doc, error):
            key = (problem.code, problem.path, tuple(sorted(map(str, problem.args.items()))))
            if key not in seen:
                seen.add(key)
                problems.append(problem)
    return problems


def _left_to_fill(error: jsonschema.ValidationError, kind: Kind) -> bool:
    """Whether the value ``error`` is about is a placeholder, which every field accepts."""
    if not placeholders.is_placeholder(error.instance):
        return False
    return kind in _DRAFT_KINDS or tuple(error.absolute_path) != ("tahun",)


def _refused_number(doc: Document, error: jsonschema.ValidationError) -> bool:
    """Whether ``error`` is about a number the reader refused and already reported (Y015, Y016)."""
    return isinstance(error.instance, str) and doc.refused_number(tuple(error.absolute_path))


def _translate(doc: Document, error: jsonschema.ValidationError) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    validator = error.validator
    value: Any = error.validator_value
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if validator == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(schema.get("properties", {}))
        for key in sorted(set(instance) - set(allowed)):
            yield doc.problem(
                "S001", (*path, key), at_key=True, key=_short(key), suggestion=Suggest(key[:100], tuple(allowed))
            )
    elif validator == "required" and isinstance(instance, dict):
        for key in value:
            if key not in instance:
                yield doc.problem("S002", path, key=key)
    elif validator == "type":
        expected = value if isinstance(value, list) else [value]
        yield doc.problem(
            "S003",
            path,
            expected=TypeName(tuple(expected)),
            actual=TypeName((_json_type(instance),)),
            extra=_type_hint(path, instance),
        )
    elif validator == "enum":
        choices = tuple(str(c) for c in value)
        # A predikat written where a rating belongs is a mix-up of the two, not a typo.
        kind = (
            "predikat" if path[-1:] in _RATING_KEYS and isinstance(instance, str) and instance in PREDIKAT else "choice"
        )
        yield doc.problem("S004", path, value=_short(instance), suggestion=Suggest(str(instance), choices, kind))
    elif validator == "pattern":
        yield doc.problem("S005", path, value=_short(instance), extra=schema.get("description", ""))
    elif validator == "propertyNames":
        yield doc.problem("S005", path, at_key=True, value=_short(instance), extra=schema.get("description", ""))
    elif validator == "minItems":
        yield doc.problem("S006", path)
    elif validator == "minLength":
        yield doc.problem("S007", path)
    elif validator == "maxLength" and isinstance(instance, str):
        yield doc.problem("S008", path, length=len(instance), limit=value)
    elif validator == "maxItems" and isinstance(instance, list):
        yield doc.problem("S009", path, count=len(instance), limit=value)
    elif validator in ("maximum", "minimum") and isinstance(instance, (int, float)):
        code = "S010" if validator == "maximum" else "S011"
        yield doc.problem(code, path, value=Angka(instance), limit=Angka(value), extra=schema.get("description", ""))
    else:
        yield doc.problem("S099", path, detail=error.message)


@dataclass(frozen=True)
class Angka:
    """A number in a message, grouped in the reader's language: ``1.000.000`` (id), ``1,000,000`` (en).

    Years and other numbers under 10,000 stay as written; a float past 10^18 is
    shown as ``1e+20``, never as hundreds of digits.
    """

    value: float

    def render(self, lang: str) -> str:
        value = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
            value = int(value)
        if isinstance(value, float):
            return f"{value:g}" if abs(value) >= 1e18 else str(value).replace(".", "," if lang == "id" else ".")
        if abs(value) < 10_000:
            return str(value)
        text = f"{value:,}"
        return text.replace(",", ".") if lang == "id" else text


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _type_hint(path: tuple[Any, ...], instance: Any) -> Suggest | str:
    if isinstance(instance, int) and not isinstance(instance, bool) and len(str(instance)) == 18:
        return Suggest.quote_nip(str(instance))
    if instance is None:
        return Suggest.fill_in()
    if path[-1:] in (("target",), ("realisasi",)) and isinstance(instance, str):
        text = " ".join(instance.split())
        if re.fullmatch(r"-?\d+,\d+", text):  # the decimal comma of Excel in Indonesian
            return Suggest(text, kind="decimal")
        if (found := re.fullmatch(r"(-?\d+(?:[.,]\d+)?) ?([^\d\s].*)", text)) is not None:
            return Suggest(f"{found[1].replace(',', '.')} {found[2]}", kind="unit")
    return ""


#: The keys that hold a rating (never a predikat).
_RATING_KEYS = (("rating_hasil_kerja",), ("rating_perilaku_kerja",))
