"""Rules that need only one employee's spec (and the workspace year).

They run after the schema check, on schema-valid data, so they may rely on
types and required keys; anything cross-file is in :mod:`.workspace`. A value
still to fill (a placeholder, which the schema accepts anywhere) is judged by
no rule here, nor is anything that depends on it: R190 lists it once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from skpdoc.errors import Problem, Severity, YamlPath
from skpdoc.hints import Suggest
from skpdoc.placeholders import is_placeholder
from skpdoc.reference import JPT, KUADRAN, PERIODE_LAST_MONTH
from skpdoc.rules.identity import check_nip, check_rank
from skpdoc.spec import Document


def check(doc: Document, tahun: int | None, *, schema_valid: bool = True) -> list[Problem]:
    """Every single-file domain problem of an employee spec.

    On a schema-valid spec every group runs, and an exception is a bug of
    the rule (the schema promised the shape): it propagates, so the
    property tests find it. On an invalid spec each group still runs, and a
    group that meets data of the wrong shape stops there, keeping what it
    found so far: the schema has already reported the shape, and the user
    still sees every other problem of the file in the same run.
    """
    groups: list[Callable[[], Iterator[Problem]]] = [lambda: _ids(doc), lambda: _plan(doc), lambda: _evaluations(doc)]
    if tahun is not None:
        groups += [lambda: _identity(doc, tahun), lambda: _dates(doc, tahun)]
    problems: list[Problem] = []
    for group in groups:
        if schema_valid:
            problems += group()
            continue
        try:
            for problem in group():
                problems.append(problem)
        except (KeyError, TypeError, AttributeError, IndexError, ValueError):
            continue
    return problems


def iter_rhk(data: dict[str, Any]) -> Iterator[tuple[YamlPath, dict[str, Any]]]:
    """Every RHK with its YAML path, utama first."""
    hasil_kerja = data["hasil_kerja"]
    for section in ("utama", "tambahan") if isinstance(hasil_kerja, dict) else ():
        for index, rhk in _written(hasil_kerja.get(section)):
            yield ("hasil_kerja", section, index), rhk


def indicators(rhk: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every indicator of an RHK with its index."""
    yield from _written(rhk["indikator"])


def _written(items: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    """The entries of a list of mappings with their index, less those still to fill (placeholders)."""
    if isinstance(items, list):
        yield from ((index, item) for index, item in enumerate(items) if not is_placeholder(item))


def indicator_ids(data: dict[str, Any]) -> list[str]:
    return [ind["id"] for _, rhk in iter_rhk(data) for _, ind in indicators(rhk)]


def _filled(value: Any) -> bool:
    """Given, and not a placeholder."""
    return value is not None and not is_placeholder(value)


def _identity(doc: Document, tahun: int) -> Iterator[Problem]:
    pegawai = doc.data["pegawai"]
    status = pegawai.get("status", "pns")
    nip = pegawai.get("nip")
    findings: list[tuple[str, dict[str, Any], str]] = []
    if _filled(status):  # whether the NIP reads as a PNS or a PPPK one, and which golongan fit, hang on it
        if isinstance(nip, str) and len(nip) == 18 and nip.isdigit():
            findings += check_nip(nip, status, tahun)
        golongan, pangkat = pegawai.get("golongan"), pegawai.get("pangkat")
        if isinstance(golongan, str) and _filled(golongan):
            findings += check_rank(status, golongan, pangkat if _filled(pangkat) else None)
    for code, args, key in findings:
        yield doc.problem(code, ("pegawai", key), **args)
    jenis, jenjang = pegawai["jenis_jabatan"], pegawai.get("jenjang")
    fungsional = jenis == "fungsional"
    if fungsional and "jenjang" not in pegawai:
        yield doc.problem("R113", ("pegawai", "jenis_jabatan"))
    if not fungsional and _filled(jenis) and _filled(jenjang):
        yield doc.problem("R114", ("pegawai", "jenjang"))
    for role in ("pejabat_penilai", "atasan_pejabat_penilai"):
        inline = doc.data.get(role)
        if isinstance(inline, dict) and _filled(inline.get("golongan")):
            status = "pns" if "/" in inline["golongan"] else "pppk"
            for code, args, key in check_rank(status, inline["golongan"], inline.get("pangkat")):
                yield doc.problem(code, (role, key), **args)


def _ids(doc: Document) -> Iterator[Problem]:
    first: dict[str, YamlPath] = {}
    for path, rhk in iter_rhk(doc.data):
        entries = [((*path, "id"), rhk["id"])]
        entries += [((*path, "indikator", i, "id"), ind["id"]) for i, ind in indicators(rhk)]
        for id_path, ident in entries:
            if not _filled(ident):
                continue
            if ident in first:
                yield doc.problem("R130", id_path, id=ident, first_line=doc.locate(first[ident])[0])
            else:
                first[ident] = id_path


def _plan(doc: Document) -> Iterator[Problem]:
    jenis = doc.data["pegawai"]["jenis_jabatan"]
    is_jpt = jenis in JPT
    pendekatan = doc.data["pendekatan"]
    kuantitatif = pendekatan == "kuantitatif"
    for path, rhk in iter_rhk(doc.data):
        if "intervensi" in rhk and "intervensi_teks" in rhk:
            yield doc.problem("R132", (*path, "intervensi_teks"), at_key=True)
        elif path[1] == "utama" and "intervensi" not in rhk and "intervensi_teks" not in rhk:
            yield doc.problem("R131", path)
        for index, ind in indicators(rhk):
            where = (*path, "indikator", index)
            # What an indicator must give hangs on the pendekatan and the jabatan: none is judged while either is to fill.
            if _filled(pendekatan):
                yield from _measure(doc, where, ind, kuantitatif)
            if not _filled(jenis):
                continue
            if is_jpt:
                if "aspek" in ind:
                    yield doc.problem("R120", (*where, "aspek"), at_key=True)
                elif "perspektif" not in ind:
                    yield doc.problem("R121", where)
            elif "perspektif" in ind:
                yield doc.problem("R122", (*where, "perspektif"), at_key=True, jenis=jenis)
            elif kuantitatif and "aspek" not in ind:  # a placeholder pendekatan is not kuantitatif
                yield doc.problem("R123", where)


def _measure(doc: Document, where: YamlPath, ind: dict[str, Any], kuantitatif: bool) -> Iterator[Problem]:
    if kuantitatif:
        if "ukuran_keberhasilan" in ind:
            yield doc.problem("R127", (*where, "ukuran_keberhasilan"), at_key=True)
        missing = [key for key in ("iki", "target", "satuan") if key not in ind]
        if missing:
            yield doc.problem("R124", where, missing=", ".join(missing))
        elif isinstance(ind["target"], (int, float)) and ind["target"] < 0:
            yield doc.problem("R128", (*where, "target"), value=ind["target"])
    else:
        extra = [key for key in ("iki", "target", "satuan") if key in ind]
        if extra:
            yield doc.problem("R125", (*where, extra[0]), at_key=True, keys=", ".join(extra))
        elif "ukuran_keberhasilan" not in ind:
            yield doc.problem("R126", where)


def parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _dates(doc: Document, tahun: int) -> Iterator[Problem]:
    data = doc.data
    found: dict[YamlPath, dt.date] = {}
    candidates: list[tuple[YamlPath, str]] = []
    if isinstance(data.get("periode"), dict):
        candidates += [(("periode", k), data["periode"][k]) for k in ("mulai", "selesai")]
    if isinstance(data.get("penetapan"), dict):
        candidates.append((("penetapan", "tanggal"), data["penetapan"]["tanggal"]))
    for periode, evaluation in _evaluasi(data):
        for key in ("tanggal", "tanggal_pegawai"):
            if key in evaluation:
                candidates.append((("evaluasi", periode, key), evaluation[key]))
    for path, text in candidates:
        if is_placeholder(text):
            continue
        day = parse_date(text)
        if day is None:
            yield doc.problem("R160", path, value=text)
        elif day.year != tahun:
            yield doc.problem("R161", path, value=text, tahun=tahun)
        else:
            found[path] = day
    mulai, selesai = found.get(("periode", "mulai")), found.get(("periode", "selesai"))
    if mulai and selesai and selesai < mulai:
        yield doc.problem("R162", ("periode", "selesai"), mulai=mulai.isoformat(), selesai=selesai.isoformat())
    for periode, _ in _evaluasi(data):
        signed = found.get(("evaluasi", periode, "tanggal"))
        earliest = dt.date(tahun, PERIODE_LAST_MONTH[periode], 1)
        if signed and signed < earliest:
            yield doc.problem(
                "R163",
                ("evaluasi", periode, "tanggal"),
                severity=Severity.WARNING,
                periode=periode,
                value=signed.isoformat(),
                end=earliest.isoformat(),
            )


def _evaluasi(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each evaluation that is written out (a whole evaluation may be a placeholder, or the whole evaluasi)."""
    evaluasi = data.get("evaluasi", {})
    if isinstance(evaluasi, dict):
        yield from ((p, e) for p, e in evaluasi.items() if isinstance(e, dict))


def _evaluations(doc: Document) -> Iterator[Problem]:
    known = indicator_ids(doc.data)
    for periode, evaluation in _evaluasi(doc.data):
        realisasi = evaluation.get("hasil_kerja", {})
        for ident in realisasi if isinstance(realisasi, dict) else ():
            if ident not in known and _filled(ident):
                yield doc.problem(
                    "R136",
                    ("evaluasi", periode, "hasil_kerja", ident),
                    at_key=True,
                    id=ident,
                    suggestion=Suggest.among(ident, known),
                )
        hasil, perilaku = evaluation["rating_hasil_kerja"], evaluation["rating_perilaku_kerja"]
        stated = evaluation.get("predikat")
        if not (_filled(hasil) and _filled(perilaku) and _filled(stated)):
            continue  # no kuadran to compare with yet
        expected = KUADRAN[(hasil, perilaku)]
        if stated != expected:
            yield doc.problem(
                "R170",
                ("evaluasi", periode, "predikat"),
                value=stated,
                hasil=hasil,
                perilaku=perilaku,
                expected=expected,
            )
