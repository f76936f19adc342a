"""JSON Schema validation of spec files, with problems located in the YAML.

The schemas in ``schemas/`` are the contract for editors and for skpdoc. A
valid file (the common case) is checked by a compiled ``fastjsonschema``
validator; only a file it rejects goes through ``jsonschema``, which finds
every error, and each error is turned into a located, translated problem.

Every text has a ``maxLength`` and every list a ``maxItems`` (documented in
the schemas' descriptions), so an oversized value is an S008/S009 problem
here, not minutes of LibreOffice later. Characters that no form can carry
(:mod:`skpdoc.rules.characters`) are checked here too, since every kind of
file passes through :func:`check` and all of their text is printed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Literal

import fastjsonschema
import jsonschema

from skpdoc.errors import Problem
from skpdoc.hints import Suggest, TypeName
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
def _fast_validator(kind: Kind) -> Callable[[Any], Any]:
    return fastjsonschema.compile(load_schema(kind))


@cache
def _full_validator(kind: Kind) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(load_schema(kind))


def check(doc: Document, kind: Kind) -> list[Problem]:
    """Every schema problem of ``doc`` and the characters it cannot print; empty when it conforms."""
    problems = characters.check(doc)
    try:
        _fast_validator(kind)(doc.data)
        return problems
    except fastjsonschema.JsonSchemaException:
        pass
    seen: set[tuple[Any, ...]] = set()
    for error in _full_validator(kind).iter_errors(doc.data):
        for problem in _translate(doc, error):
            key = (problem.code, problem.path, tuple(sorted(map(str, problem.args.items()))))
            if key not in seen:
                seen.add(key)
                problems.append(problem)
    return problems


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
        yield doc.problem("S004", path, value=_short(instance), suggestion=Suggest(str(instance), choices))
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
    else:
        yield doc.problem("S099", path, detail=error.message)


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
    return ""
