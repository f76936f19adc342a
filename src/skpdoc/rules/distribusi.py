"""Rules on an organisation's predikat: the pola distribusi and its head's rating.

Per OPD (and per unit with its own capaian) and periode with a capaian
kinerja organisasi: the employees' predikat must fit the pola of
:mod:`skpdoc.distribusi` (warnings R180–R183, errors with ``--strict``), and
the head's rating hasil kerja must be the one the capaian gives (R184).
Works on the raw specs, so that it reports alongside schema errors elsewhere;
a spec whose ratings cannot be read simply does not count.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from skpdoc import distribusi
from skpdoc.distribusi import Lingkup, Pembulatan
from skpdoc.errors import Problem, Severity
from skpdoc.placeholders import is_placeholder
from skpdoc.reference import CAPAIAN_ORGANISASI, KUADRAN, PERIODE, RATING, RATING_PIMPINAN

if TYPE_CHECKING:
    from skpdoc.spec import Document
    from skpdoc.workspace import LoadedWorkspace


def check(ws: LoadedWorkspace, people: Mapping[str, Document], opd_of: Mapping[str, str]) -> list[Problem]:
    """Problems of every OPD's distributions; ``people`` are the specs by NIP, ``opd_of`` their OPD."""
    config = ws.config.doc.data if ws.config.usable and ws.config.doc is not None else {}
    try:
        pembulatan = Pembulatan(config.get("distribusi", {}).get("pembulatan", "tepat"))
    except (AttributeError, ValueError):
        pembulatan = Pembulatan.TEPAT
    # Grouped in one pass, in the order of ``people``: asking every OPD about every spec took time
    # growing with OPDs × specs (a tenth of a millisecond a spec at 10,000 specs in 209 OPDs).
    members: dict[str, dict[str, str | None]] = {}
    for nip, doc in people.items():
        members.setdefault(opd_of[nip], {})[nip] = _unit(doc)
    problems: list[Problem] = []
    for slug, files in ws.opds.items():
        if files.opd is None or not files.opd.usable or files.opd.doc is None:
            continue
        problems += _opd(files.opd.doc, members.get(slug, {}), people, pembulatan)
    return problems


def _opd(
    opd_doc: Document, members: dict[str, str | None], people: Mapping[str, Document], pembulatan: Pembulatan
) -> Iterator[Problem]:
    data = opd_doc.data
    # Indices into the list as written, so that a problem points at the right entry even past a malformed one.
    units = [(i, u) for i, u in enumerate(data.get("unit", [])) if isinstance(u, dict) and isinstance(u.get("id"), str)]
    parents = {u["id"]: u.get("induk") for _, u in units}
    scopes = [Lingkup(None, data["kepala"], _capaian(data.get("capaian_kinerja_organisasi")))]
    where: dict[str | None, tuple[tuple[str | int, ...], str]] = {None: ((), data["nama"])}
    for index, unit in units:
        if "capaian_kinerja_organisasi" not in unit:
            continue
        kepala = unit.get("kepala")
        if not isinstance(kepala, str) or is_placeholder(kepala):
            continue  # the schema reported it, or R190 lists it as still to fill
        if members.get(kepala, "") != unit["id"]:
            yield opd_doc.problem("R185", ("unit", index, "kepala"), unit=unit["id"], nip=kepala)
            continue
        scopes.append(Lingkup(unit["id"], kepala, _capaian(unit["capaian_kinerja_organisasi"])))
        where[unit["id"]] = (("unit", index), unit["nama"])
    groups = distribusi.assign(members, parents, scopes)
    for scope in scopes:
        prefix, name = where[scope.unit]
        for periode, capaian in scope.capaian.items():
            labels: dict[str, Any] = {
                "lingkup": name,
                "periode": PERIODE[periode],
                "capaian": CAPAIAN_ORGANISASI[capaian],
            }
            head = people.get(scope.kepala)
            rating = _ratings(head, periode)[0] if head is not None else None
            if rating is not None and rating != RATING_PIMPINAN[capaian]:
                yield head.problem(  # type: ignore[union-attr]
                    "R184",
                    ("evaluasi", periode, "rating_hasil_kerja"),
                    severity=Severity.WARNING,
                    value=RATING[rating],
                    expected=RATING[RATING_PIMPINAN[capaian]],
                    **labels,
                )
            found = [p for p in (_predikat(people[nip], periode) for nip in groups[scope.unit]) if p is not None]
            for broken in distribusi.check(capaian, found, pembulatan):
                args: dict[str, Any] = {**broken.args(), **labels}
                path = (*prefix, "capaian_kinerja_organisasi", periode)
                yield opd_doc.problem(broken.code, path, severity=Severity.WARNING, **args)


def _capaian(given: Any) -> dict[str, str]:
    """The capaian per periode that are set: one still to fill (a placeholder) sets no pola yet."""
    if not isinstance(given, dict):
        return {}
    return {periode: capaian for periode, capaian in given.items() if capaian in CAPAIAN_ORGANISASI}


def _unit(doc: Document) -> str | None:
    pegawai = doc.data.get("pegawai")
    unit = pegawai.get("unit") if isinstance(pegawai, dict) else None
    return unit if isinstance(unit, str) else None


def _predikat(doc: Document, periode: str) -> str | None:
    hasil, perilaku = _ratings(doc, periode)
    return KUADRAN[(hasil, perilaku)] if hasil is not None and perilaku is not None else None


def _ratings(doc: Document, periode: str) -> tuple[str | None, str | None]:
    """(rating hasil kerja, rating perilaku kerja) of a periode, None where missing or unknown."""
    evaluasi: Any = doc.data.get("evaluasi")
    entry = evaluasi.get(periode) if isinstance(evaluasi, dict) else None
    if not isinstance(entry, dict):
        return None, None
    hasil, perilaku = entry.get("rating_hasil_kerja"), entry.get("rating_perilaku_kerja")
    return (hasil if hasil in RATING else None, perilaku if perilaku in RATING else None)
