"""From people to organisations: OPD folders, units and their parents, heads, and the proposed penilai.

* **OPD**: the roster's OPD column (SIASN's UNOR INDUK). Its folder is the
  slug of its name (``Badan Perencanaan Pembangunan Daerah`` →
  ``badan-perencanaan-pembangunan-daerah``), unless an OPD folder of the
  workspace already has that ``nama`` in its ``opd.yaml``: then that folder is
  kept, so an officer may rename a folder to ``bappeda`` once and every later
  import still finds it.
* **Units**: the unit column (SIASN's NAMA UNOR; a unit named like the OPD is
  the OPD itself), their parents from ``induk_unit`` (SIASN: an optional
  UNOR ATASAN column; without it every unit sits directly under the head).
  Ids are slugs of the names, kept as ``opd.yaml`` has them when it exists.
* **Heads**: a unit's head is the structural official of the highest level
  sitting in it (pengawas heads a seksi, administrator a bidang); the OPD's head
  is its highest official (its JPT, or in an OPD headed by an administrator,
  the camat), preferring one placed at the OPD itself, the higher eselon, and
  the higher golongan. An existing ``opd.yaml``'s ``kepala`` is kept.
* **Penilai**: the head of the person's unit, else of the parent unit, and so
  on up to the head of the OPD; the head of the OPD gets an official outside the
  workspace to fill in. A penilai the roster gives (simple layout) is taken as
  given; every other one is a proposal for the officer to confirm.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from skpdoc.reference import GOLONGAN_PPPK, PANGKAT
from skpdoc.roster.jabatan import LEVEL
from skpdoc.roster.rows import Person
from skpdoc.workspace import NOT_OPD

SLUG_LIMIT = 60
_HEAD_TITLES = re.compile(r"^(kepala|camat|lurah|direktur|inspektur|sekretaris daerah)\b", re.IGNORECASE)


def slug(name: str, limit: int = SLUG_LIMIT) -> str:
    """Lowercase ASCII words joined by hyphens, cut at a word within ``limit``: a stable, readable name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(text) > limit:
        text = text[: limit + 1].rsplit("-", 1)[0] if "-" in text[:limit] else text[:limit]
    return text or "x"


def key(name: str) -> str:
    """How two names are compared: case and runs of spaces ignored."""
    return " ".join(name.split()).casefold()


@dataclass
class Unit:
    id: str
    nama: str
    induk: str | None = None


@dataclass
class Existing:
    """What an OPD folder of the workspace already holds: its opd.yaml's name, head and units."""

    slug: str
    nama: str
    kepala: str | None
    units: list[Unit]


@dataclass
class Opd:
    slug: str
    nama: str
    people: list[Person]
    units: list[Unit] = field(default_factory=list)  # parents before children
    unit_of: dict[str, str] = field(default_factory=dict)  # person's NIP -> unit id
    kepala: str = ""
    #: NIP -> (penilai's NIP, or "" for an official outside the workspace to fill in; whether it is a proposal)
    penilai: dict[str, tuple[str, bool]] = field(default_factory=dict)
    existing: Existing | None = None
    new_units: list[Unit] = field(default_factory=list)  # units not yet in an existing opd.yaml


def organise(everyone: list[Person], existing: dict[str, Existing]) -> list[Opd]:
    """The OPDs of the roster, in the order of their slugs, with units, heads and penilai."""
    by_name = {key(e.nama): e for e in existing.values()}
    groups: dict[str, list[Person]] = {}
    names: dict[str, str] = {}
    for person in everyone:
        groups.setdefault(key(person.opd), []).append(person)
        names.setdefault(key(person.opd), person.opd)
    taken = set(existing) | set(NOT_OPD)  # a folder named templates/ is not an OPD
    opds: list[Opd] = []
    for name_key in sorted(groups):
        found = by_name.get(name_key)
        if found is not None:
            opd_slug = found.slug
        else:
            opd_slug = _free(slug(names[name_key]), taken)
            taken.add(opd_slug)
        opd = Opd(opd_slug, found.nama if found else names[name_key], groups[name_key], existing=found)
        _units(opd)
        _heads_and_penilai(opd)
        opds.append(opd)
    return sorted(opds, key=lambda o: o.slug)


def _free(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def _units(opd: Opd) -> None:
    """Units from the people's unit columns; ids and parents an existing opd.yaml already gives are kept."""
    known = list(opd.existing.units) if opd.existing else []
    id_of = {key(u.nama): u.id for u in known}
    opd_key = key(opd.nama)
    # Each unit's parent: what most rows say (a roster typed by hand may disagree with itself).
    parents: dict[str, Counter[str]] = {}
    display: dict[str, str] = {}
    for person in opd.people:
        for name in (person.unit, person.induk_unit):
            if name and key(name) != opd_key:
                display.setdefault(key(name), name)
        if person.unit and key(person.unit) != opd_key:
            counter = parents.setdefault(key(person.unit), Counter())
            if person.induk_unit and key(person.induk_unit) not in (opd_key, key(person.unit)):
                counter[key(person.induk_unit)] += 1
    taken = {u.id for u in known}
    new: list[Unit] = []
    for name_key in sorted(k for k in display if k not in id_of):
        ident = _free(slug(display[name_key], 64), taken)
        taken.add(ident)
        id_of[name_key] = ident
        new.append(Unit(ident, display[name_key]))
    for unit in new:
        said = parents.get(key(unit.nama))
        if said:
            top = min(said.items(), key=lambda item: (-item[1], item[0]))[0]
            unit.induk = id_of[top]
    _break_cycles(new, {u.id: u for u in known})
    opd.new_units = _parents_first(new, {u.id for u in known})
    opd.units = known + opd.new_units
    opd.unit_of = {p.nip: id_of[key(p.unit)] for p in opd.people if p.unit and key(p.unit) != opd_key}


def _break_cycles(new: list[Unit], known: dict[str, Unit]) -> None:
    """A roster that makes two units each other's parent: the link that closes the loop is dropped."""
    units = {**known, **{u.id: u for u in new}}
    for unit in new:
        seen = {unit.id}
        parent = unit.induk
        while parent is not None and parent in units:
            if parent in seen:
                unit.induk = None
                break
            seen.add(parent)
            parent = units[parent].induk


def _parents_first(new: list[Unit], placed: set[str]) -> list[Unit]:
    ordered: list[Unit] = []
    placed = set(placed)
    pending = list(new)
    while pending:
        ready = [u for u in pending if u.induk is None or u.induk in placed]
        for unit in ready:
            ordered.append(unit)
            placed.add(unit.id)
        pending = [u for u in pending if u.id not in placed]
    return ordered


def _rank(person: Person, at_opd: bool) -> tuple[int, int, int, int, int, str]:
    """Sort key of a candidate head: level, placed at the unit itself, eselon, title, golongan; then NIP."""
    eselon = (person.eselon[0] * 2 + (person.eselon[1] == "b")) if person.eselon else 99
    grades = list(PANGKAT) if person.status == "pns" else list(GOLONGAN_PPPK)
    grade = grades.index(person.golongan) + (100 if person.status == "pns" else 0)
    titled = 0 if _HEAD_TITLES.match(person.jabatan) else 1
    return (-LEVEL.get(person.jenis, 0), 0 if at_opd else 1, eselon, titled, -grade, person.nip)


def _heads_and_penilai(opd: Opd) -> None:
    structural = [p for p in opd.people if p.jenis in LEVEL]
    kepala = opd.existing.kepala if opd.existing and opd.existing.kepala else None
    if kepala is None:
        # The simple layout leaves penilai empty for the head: such rows come first.
        pool = [p for p in structural if not p.penilai] or structural or [p for p in opd.people if not p.penilai]
        pool = pool or opd.people
        kepala = min(pool, key=lambda p: _rank(p, p.nip not in opd.unit_of)).nip
    opd.kepala = kepala
    heads: dict[str, str] = {}
    for person in sorted(structural, key=lambda p: _rank(p, True)):
        unit = opd.unit_of.get(person.nip)
        if unit is not None and person.nip != kepala:
            heads.setdefault(unit, person.nip)
    parent = {u.id: u.induk for u in opd.units}
    for person in opd.people:
        if person.penilai:
            opd.penilai[person.nip] = (person.penilai, False)
        elif person.nip == kepala:
            opd.penilai[person.nip] = ("", False)
        else:
            opd.penilai[person.nip] = (
                _head_above(person.nip, opd.unit_of.get(person.nip), heads, parent, kepala),
                True,
            )


def _head_above(nip: str, unit: str | None, heads: dict[str, str], parent: dict[str, str | None], kepala: str) -> str:
    seen: set[str] = set()
    while unit is not None and unit not in seen:
        seen.add(unit)
        head = heads.get(unit)
        if head is not None and head != nip:
            return head
        unit = parent.get(unit)
    return kepala
