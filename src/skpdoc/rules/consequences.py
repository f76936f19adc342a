"""One cause, one message: drop the problems that only follow from another one.

A value the schema refuses (``pendekatan: kuantitatf``, ``golongan: III/C``,
``tanggal: 2024-13-01``) is reported once, by the schema, with the fix; the
rules that judge that value, or hang on it, would only repeat the same cause
in other words (nine R125s for one typo) or suggest a wrong fix. A key
misspelt is one S001 ("did you mean 'iki'?"), not also "iki is missing".
The pruning runs on the problems of one file; cross-file follow-ups (a
reference to a spec that cannot be read) are handled where they arise, in
:mod:`skpdoc.rules.workspace` (R200).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from skpdoc.errors import Problem, YamlPath

#: Schema codes about a value (not about a key or the shape of a mapping around it).
_VALUE_CODES = frozenset({"S003", "S004", "S005", "S007", "S010", "S011"})

#: Rules that hang on a value elsewhere in the spec: a refused value there silences them everywhere.
_DEPENDS: dict[YamlPath, frozenset[str]] = {
    ("pendekatan",): frozenset({"R123", "R124", "R125", "R126", "R127", "R128"}),
    ("pegawai", "jenis_jabatan"): frozenset({"R113", "R114", "R120", "R121", "R122", "R123"}),
    ("pegawai", "status"): frozenset({"R101", "R102", "R103", "R104", "R105", "R110", "R111", "R112"}),
    ("pegawai", "golongan"): frozenset({"R110"}),
}

#: Codes that report a missing key, with the argument naming it (or them, comma-separated).
MISSING_KEY = {"S002": "key", "R124": "missing"}
#: Rules that ask for one of these keys in the mapping they point at: a misspelt one was written.
ASKS_FOR_KEY = {
    "R121": frozenset({"perspektif"}),
    "R123": frozenset({"aspek"}),
    "R126": frozenset({"ukuran_keberhasilan"}),
    "R131": frozenset({"intervensi", "intervensi_teks"}),
}

#: Codes that follow from a problem in another file: shown after every problem of the files themselves.
FOLLOW_UPS = frozenset({"R200"})


def prune(problems: Iterable[Problem]) -> list[Problem]:
    """``problems`` of one file less those that only follow from another of them."""
    problems = list(problems)
    refused = [p.path for p in problems if p.code in _VALUE_CODES]
    silenced = set().union(*(_DEPENDS.get(path, frozenset()) for path in refused))
    typos = _misspelt_keys(problems)
    kept = []
    for problem in problems:
        if problem.code.startswith("R") and (
            problem.code in silenced or any(problem.path[: len(path)] == path for path in refused)
        ):
            continue
        if problem.code in MISSING_KEY and _explained(problem, typos.get(problem.path, set())):
            continue
        if ASKS_FOR_KEY.get(problem.code, frozenset()) & typos.get(problem.path, set()):
            continue
        kept.append(problem)
    return kept


def _misspelt_keys(problems: list[Problem]) -> dict[YamlPath, set[str]]:
    """Per mapping, the known keys its unknown keys (S001) most likely stand for."""
    meant: dict[YamlPath, set[str]] = {}
    for problem in problems:
        if problem.code != "S001" or not problem.path:
            continue
        suggestion = problem.args.get("suggestion")
        word, choices = getattr(suggestion, "word", ""), getattr(suggestion, "choices", ())
        close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
        if close:
            meant.setdefault(problem.path[:-1], set()).add(close[0])
    return meant


def _explained(problem: Problem, typos: set[str]) -> bool:
    """Whether every key ``problem`` says is missing is written, misspelt, in the same mapping."""
    missing = {key.strip() for key in str(problem.args.get(MISSING_KEY[problem.code], "")).split(",")}
    return bool(typos) and missing <= typos
