"""Rules across files: one spec per NIP, units, the chain of penilai, cascading.

Only files that parsed and passed the schema take part; a broken file has
already been reported and would only cause follow-up noise here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skpdoc import placeholders
from skpdoc.errors import Problem, Severity
from skpdoc.hints import Suggest
from skpdoc.rules import distribusi as distribusi_rules
from skpdoc.rules import drafts
from skpdoc.rules.identity import check_nip
from skpdoc.rules.pegawai import iter_rhk

if TYPE_CHECKING:
    from skpdoc.spec import Document
    from skpdoc.workspace import LoadedWorkspace


def check(ws: LoadedWorkspace) -> list[Problem]:
    """Every cross-file problem of a loaded workspace."""
    people: dict[str, Document] = {}
    opd_of: dict[str, str] = {}
    members: dict[str, dict[str, Document]] = {}  # people by OPD, in the order of ``people``
    broken: dict[str, Path] = {}
    problems: list[Problem] = []
    for slug, opd in ws.opds.items():
        for checked in opd.pegawai:
            # A spec with schema errors still takes part when its NIP can be read, so that its
            # subordinates do not get follow-up errors ("penilai not in the workspace").
            doc = checked.doc
            nip = _nip(doc.data) if doc is not None else None
            if doc is None or nip is None:
                # Unreadable, or its NIP is: it is known by its file name, so that who refers
                # to it hears that its spec has errors, not that it does not exist (R200).
                shown = checked.problems[0].file if checked.problems else checked.path
                broken.setdefault(checked.path.stem, shown)
                continue
            if nip in people:
                problems.append(doc.problem("R150", ("pegawai", "nip"), nip=nip, other=people[nip].file))
                continue
            people[nip] = doc
            opd_of[nip] = slug
            members.setdefault(slug, {})[nip] = doc
            if doc.file.stem != nip:
                # Renaming the file to a NIP that is itself wrong would be the wrong fix (R201).
                status = doc.data["pegawai"].get("status", "pns")
                wrong = ws.tahun is not None and bool(check_nip(nip, str(status), ws.tahun))
                code = "R201" if wrong else "R151"
                problems.append(doc.problem(code, ("pegawai", "nip"), severity=Severity.WARNING, nip=nip))
    heads: set[str] = set()
    for slug, opd in ws.opds.items():
        if opd.opd is None or not opd.opd.usable or opd.opd.doc is None:
            continue
        opd_doc = opd.opd.doc
        kepala = opd_doc.data["kepala"]
        heads.add(kepala)
        if opd_of.get(kepala) != slug and not placeholders.is_placeholder(kepala):
            problems.append(opd_doc.problem("R153", ("kepala",), nip=kepala))
        units = list(_units(opd_doc, problems))
        # Only this OPD's people: asking every OPD about every spec took time growing with OPDs × specs.
        for doc in members.get(slug, {}).values():
            unit = doc.data["pegawai"].get("unit")
            if _filled(unit) and unit not in units:
                problems.append(
                    doc.problem(
                        "R152",
                        ("pegawai", "unit"),
                        unit=unit,
                        opd_file=opd_doc.file,
                        suggestion=Suggest.among(unit, units),
                    )
                )
    broken = {nip: file for nip, file in broken.items() if nip not in people}
    rhks = {nip: _rhks(doc.data) for nip, doc in people.items()}
    problems += _broken_references(people, rhks, broken)
    problems += _penilai(people, heads, broken)
    problems += _cascade(people, rhks, broken)
    problems += distribusi_rules.check(ws, people, opd_of)
    problems += _proposals(ws, people)
    return problems


def _proposals(ws: LoadedWorkspace, people: dict[str, Document]) -> Iterator[Problem]:
    """R191 for every file with proposals, a proposed NIP shown with the name of its owner."""
    names = {nip: nama for nip, doc in people.items() if isinstance(nama := doc.data["pegawai"].get("nama"), str)}
    for checked in ws.files():
        if checked.doc is not None and (found := drafts.unconfirmed(checked.doc, names)) is not None:
            yield found


def _nip(data: dict[str, Any]) -> str | None:
    pegawai = data.get("pegawai")
    nip = pegawai.get("nip") if isinstance(pegawai, dict) else None
    return nip if isinstance(nip, str) and len(nip) == 18 and nip.isdigit() else None


def _name(data: dict[str, Any]) -> str:
    pegawai = data.get("pegawai")
    nama = pegawai.get("nama") if isinstance(pegawai, dict) else None
    return nama if isinstance(nama, str) else "?"


def _rhk_list(data: dict[str, Any]) -> str:
    """``rhk-1 (text); rhk-2 (text)`` of a spec, each text cut to 60 characters."""
    try:
        entries = [(rhk.get("id"), str(rhk.get("rhk", ""))) for _, rhk in iter_rhk(data)]
    except (KeyError, TypeError, AttributeError):
        return ""
    cut = [(ident, text if len(text) <= 60 else text[:57] + "...") for ident, text in entries if isinstance(ident, str)]
    return "; ".join(f"{ident} ({text})" for ident, text in cut)


#: A spec's written RHKs with their YAML paths (:func:`~skpdoc.rules.pegawai.iter_rhk`), None when its
#: ``hasil_kerja`` cannot be walked. Listed once per spec for every rule below, which each walked them again.
Rhks = list[tuple[tuple[str | int, ...], Any]] | None


def _rhks(data: dict[str, Any]) -> Rhks:
    """The RHKs of ``data``; :func:`iter_rhk` fails before its first RHK or not at all (a missing ``hasil_kerja``)."""
    try:
        return list(iter_rhk(data))
    except (KeyError, TypeError, AttributeError):
        return None


def _filled(value: Any) -> bool:
    """A value given and not still to fill (a placeholder is reported once, by R190, and judged by no rule)."""
    return value is not None and not placeholders.is_placeholder(value)


def _guarded(problems: Iterator[Problem]) -> Iterator[Problem]:
    """Skip the rest of a check for a spec whose data has the wrong shape (the schema said so already)."""
    try:
        yield from problems
    except (KeyError, TypeError, AttributeError, ValueError):
        return


def _units(doc: Document, problems: list[Problem]) -> Iterator[str]:
    units: dict[str, dict[str, Any]] = {}
    for index, unit in enumerate(doc.data.get("unit", [])):
        if not _filled(unit["id"]):
            continue  # R190 says it is still to fill; nothing can refer to it yet
        if unit["id"] in units:
            problems.append(doc.problem("R155", ("unit", index, "id"), unit=unit["id"]))
        units.setdefault(unit["id"], {"index": index, **unit})
    for ident, unit in units.items():
        parent = unit.get("induk")
        if not _filled(parent):
            continue
        if parent not in units:
            problems.append(
                doc.problem(
                    "R154", ("unit", unit["index"], "induk"), unit=parent, suggestion=Suggest.among(parent, list(units))
                )
            )
        seen = {ident}
        while parent is not None and parent in units:
            if parent in seen:
                problems.append(doc.problem("R156", ("unit", unit["index"], "induk"), unit=ident))
                break
            seen.add(parent)
            parent = units[parent].get("induk")
    yield from units


def _references(doc: Document, rhks: Rhks) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(YAML path, NIP) of every employee ``doc`` refers to: its penilai, then each intervened RHK's owner."""
    penilai = doc.data.get("pejabat_penilai")
    if isinstance(penilai, str) and not placeholders.is_placeholder(penilai):
        yield ("pejabat_penilai",), penilai
    try:
        for path, rhk in rhks or ():
            ref = rhk.get("intervensi")
            if isinstance(ref, str) and "#" in ref and not placeholders.is_placeholder(ref):
                yield (*path, "intervensi"), ref.split("#", 1)[0]
    except (KeyError, TypeError, AttributeError):
        return


def _broken_references(
    people: dict[str, Document], rhks: dict[str, Rhks], broken: dict[str, Path]
) -> Iterator[Problem]:
    """R200 once per spec and per spec it refers to that cannot be read, at its first reference."""
    if not broken:
        return  # the usual case: no reference can be to a broken spec
    for owner, doc in people.items():
        told: set[str] = set()
        for where, nip in _references(doc, rhks[owner]):
            if nip in broken and nip not in told:
                told.add(nip)
                yield doc.problem("R200", where, nip=nip, other=broken[nip])


def _penilai(people: dict[str, Document], heads: set[str], broken: dict[str, Path]) -> Iterator[Problem]:
    reported_cycles: set[frozenset[str]] = set()
    for nip, doc in people.items():
        ref = doc.data.get("pejabat_penilai")
        if not (isinstance(ref, str) and ref in broken):  # R200 says its spec has errors
            yield from _guarded(_penilai_of(nip, doc, people, heads, reported_cycles))


def _penilai_of(
    nip: str, doc: Document, people: dict[str, Document], heads: set[str], reported_cycles: set[frozenset[str]]
) -> Iterator[Problem]:
    ref = doc.data.get("pejabat_penilai")
    if placeholders.is_placeholder(ref):
        return  # nobody to check yet: R190 lists it
    if ref == nip:
        yield doc.problem("R143", ("pejabat_penilai",))
        return
    if isinstance(ref, str) and ref not in people:
        yield doc.problem("R140", ("pejabat_penilai",), nip=ref)
        return
    chain = [nip]
    current = ref
    while isinstance(current, str) and current in people and current not in chain:
        chain.append(current)
        current = people[current].data.get("pejabat_penilai")
    if isinstance(current, str) and current in chain:
        loop = chain[chain.index(current) :]
        if frozenset(loop) not in reported_cycles:
            reported_cycles.add(frozenset(loop))
            named = [f"{n} ({_name(people[n].data)})" for n in [*loop, current]]
            yield doc.problem("R141", ("pejabat_penilai",), chain=" → ".join(named))
        return
    # An official outside the workspace ends a chain; only an OPD head may have one.
    # Reported once, on the spec that names the outside official.
    if isinstance(current, dict) and len(chain) == 1 and nip not in heads:
        yield doc.problem("R142", ("pejabat_penilai",), nip=nip, kepala=", ".join(sorted(heads)) or "-")
    if "evaluasi" in doc.data and "atasan_pejabat_penilai" not in doc.data and isinstance(ref, dict):
        yield doc.problem("R144", ())


def _cascade(people: dict[str, Document], rhks: dict[str, Rhks], broken: dict[str, Path]) -> Iterator[Problem]:
    rhk_ids: dict[str, list[str]] = {}
    for nip in people:
        try:
            rhk_ids[nip] = [rhk["id"] for _, rhk in rhks[nip] or ()]
        except (KeyError, TypeError, AttributeError):
            rhk_ids[nip] = []
    for nip, doc in people.items():
        yield from _guarded(_cascade_of(nip, doc, people, rhks[nip], rhk_ids, broken))


def _cascade_of(
    nip: str,
    doc: Document,
    people: dict[str, Document],
    rhks: Rhks,
    rhk_ids: dict[str, list[str]],
    broken: dict[str, Path],
) -> Iterator[Problem]:
    penilai = doc.data.get("pejabat_penilai")
    for path, rhk in rhks or ():  # None: no hasil_kerja to walk, which the schema reported
        ref = rhk.get("intervensi")
        if not isinstance(ref, str) or "#" not in ref or placeholders.is_placeholder(ref):
            continue
        target_nip, target_id = ref.split("#", 1)
        where = (*path, "intervensi")
        if target_nip in broken:
            continue  # R200 says its spec has errors
        if target_nip not in people:
            yield doc.problem("R133", where, nip=target_nip)
        elif target_id not in rhk_ids[target_nip]:
            # The superior's RHKs with their texts: the closest-looking id is rarely the one meant.
            owner = people[target_nip].data
            yield doc.problem(
                "R134", where, nip=target_nip, id=target_id, nama=_name(owner), rhks=_rhk_list(owner) or "-"
            )
        elif isinstance(penilai, str) and penilai in people and nip != penilai != target_nip:
            yield doc.problem("R135", where, severity=Severity.WARNING, nip=target_nip, penilai=penilai)
