"""The employee page's content: the SKP as the form reads it, from the spec's raw data (so an invalid spec shows
too), each value with the id its problems are placed beside (:mod:`skpdoc.serve.fields`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skpdoc.diff.describe import show
from skpdoc.diff.predikat import kuadran
from skpdoc.errors import Problem, Severity, YamlPath
from skpdoc.placeholders import is_placeholder, value_at
from skpdoc.reference import (
    ASPEK,
    JENIS_JABATAN,
    JENJANG,
    PANGKAT,
    PERILAKU,
    PERIODE,
    PERSPEKTIF,
    PREDIKAT,
    RATING,
)
from skpdoc.render.formatting import angka, dengan_satuan, label_nip, tanggal
from skpdoc.render.formatting import nip as grouped
from skpdoc.serve.access import Account, Part
from skpdoc.serve.fields import Placement, Shown, field_id, place
from skpdoc.serve.state import Entry, Snapshot
from skpdoc.textsafe import visible

LAMPIRAN = ("dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi")
#: Commits named on the employee page itself (one ``git log``); the history page has the diffs.
RECENT = 3


@dataclass(frozen=True)
class Value:
    """One value of the spec as shown: ``id`` is its element's (its path's), ``todo`` a value still to fill."""

    id: str
    text: str
    todo: bool = False


@dataclass(frozen=True)
class Person:
    """A pejabat penilai or atasan: a spec of the workspace (linked when readable), an official given inline."""

    id: str
    nama: str
    nip: str
    jabatan: str
    link: str | None = None
    note: str | None = None  # a label name: luar (given inline), turunan (the penilai's penilai), tidak_ada
    todo: bool = False


@dataclass(frozen=True)
class Supported:
    """The superior's RHK an RHK supports (``intervensi``), or the text given for one outside the workspace."""

    text: str
    owner: str
    link: str | None
    found: bool


@dataclass(frozen=True)
class Indicator:
    id: str
    ident: Value
    kind: Value  # aspek (JA/JF) or perspektif (JPT)
    iki: Value  # the IKI, or the ukuran keberhasilan of a qualitative plan
    target: Value
    satuan: Value


@dataclass(frozen=True)
class Rhk:
    id: str
    number: int
    ident: Value
    rhk: Value
    intervensi: Value  # the reference as written ("<nip>#<rhk-id>"), shown with what it names
    supported: Supported | None
    indicators: tuple[Indicator, ...]
    perspektif: bool


@dataclass(frozen=True)
class Section:
    """A titled part of the plan holding values: RHK utama/tambahan, a list of the lampiran."""

    id: str
    key: str
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Behaviour:
    number: int
    name: str
    value: Value


@dataclass(frozen=True)
class Measured:
    """One indicator in an evaluation: the plan's words beside the realisasi and feedback."""

    id: str
    rhk: str
    indikator: str
    iki: str
    target: str
    realisasi: Value
    umpan_balik: Value
    bukti: tuple[Value, ...]


@dataclass(frozen=True)
class Evaluation:
    periode: str
    nama: str
    id: str
    tempat: Value
    tanggal: Value
    rows: tuple[Measured, ...]
    perilaku: tuple[Behaviour, ...]
    rating_hasil: Value
    rating_perilaku: Value
    predikat: Value
    kuadran: str | None  # the kuadran's predikat when it is not the one written (or none is written)
    catatan: Value
    edit: str | None
    preview: str


@dataclass(frozen=True)
class Located:
    """A problem with where people find it: the file relative to the workspace, line and column."""

    problem: Problem
    where: str
    anchor: str | None  # the id of the element it is shown beside, when it is


@dataclass(frozen=True)
class Header:
    """What both the employee page and its history show at the top."""

    nip: str
    nama: str
    jabatan: str
    opd: str
    opd_nama: str
    file: str

    @classmethod
    def of(cls, snapshot: Snapshot, entry: Entry) -> Header:
        opd = snapshot.workspace.opds.get(entry.opd) if snapshot.workspace is not None else None
        try:
            file = entry.file.relative_to(snapshot.root).as_posix()
        except ValueError:
            file = str(entry.file)
        return cls(
            entry.nip,
            visible(entry.nama),
            visible(entry.jabatan),
            entry.opd,
            visible(opd.nama) if opd is not None else entry.opd,
            visible(file),
        )


@dataclass(frozen=True)
class Page:
    header: Header
    readable: bool  # False: the file is not YAML (only its problems are shown)
    identity: tuple[tuple[str, tuple[Value, ...]], ...]  # (label name, values) rows
    penilai: Person
    atasan: Person
    plan: tuple[tuple[str, tuple[Value, ...]], ...]
    hasil_kerja: tuple[Section, ...]
    ekspektasi_id: str
    perilaku: tuple[Behaviour, ...]
    lampiran_id: str
    lampiran: tuple[Section, ...]
    evaluasi_id: str
    evaluations: tuple[Evaluation, ...]
    placement: Placement
    problems: tuple[Located, ...]  # every problem of the file, in the order of the file
    other: tuple[Located, ...]  # those not shown beside a field
    errors: int
    warnings: int
    edit_plan: str | None
    previews: tuple[tuple[str, str, str], ...]  # (label name, periode, URL)

    def has_problems(self, element: str) -> bool:
        """Whether a problem is shown in ``element`` or inside it (a closed evaluation is opened then)."""
        inside = element + "-"
        return any(x.anchor is not None and (x.anchor == element or x.anchor.startswith(inside)) for x in self.problems)


def build(snapshot: Snapshot, entry: Entry, account: Account) -> Page:
    """The page of ``entry`` for ``account``, from its raw data and the file's problems."""
    return _Builder(snapshot, entry, account).page()


class _Builder:
    def __init__(self, snapshot: Snapshot, entry: Entry, account: Account) -> None:
        self.snapshot, self.entry, self.account = snapshot, entry, account
        self.data: Mapping[str, Any] = entry.data if entry.data is not None else {}
        self.shown = Shown()

    # --- reading the raw data, whatever its shape ---

    def at(self, path: YamlPath) -> Any:
        try:
            return value_at(self.data, path)
        except LookupError:  # a spec with errors may lack anything, or hold a list where a mapping goes
            return None

    def value(self, path: YamlPath, shown: str | None = None, *, absent: str | None = None) -> Value:
        """The value at ``path``, registered as shown; ``shown`` replaces its text (a label for a slug),
        ``absent`` is what the forms print when the spec leaves it out (the workspace's tempat)."""
        raw = self.at(path)
        if raw is None and absent is not None:
            return Value(self.shown.show(path), visible(absent))
        return Value(self.shown.show(path), shown if shown is not None else text(raw), is_placeholder(raw))

    def date(self, path: YamlPath) -> Value:
        """A date (YAML keeps it as ``2024-01-15``) as the forms print it: 15 Januari 2024."""
        raw = self.at(path)
        try:
            day = dt.date.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:  # not a date: shown as written, its problem beside it
            day = None
        return self.value(path, tanggal(day) if day is not None else None)

    @property
    def tempat(self) -> str | None:
        """The workspace's place, which a penetapan or evaluation without ``tempat`` takes (as the forms do)."""
        return self.snapshot.workspace.tempat if self.snapshot.workspace is not None else None

    def labelled(self, path: YamlPath, table: Mapping[str, str]) -> Value:
        raw = self.at(path)
        return self.value(path, visible(table[raw]) if isinstance(raw, str) and raw in table else None)

    # --- the page ---

    def page(self) -> Page:
        entry = self.entry
        nip = entry.nip
        for key in ("pegawai", "periode", "pendekatan", "penetapan", "hasil_kerja"):
            self.shown.show((key,))
        # Everything the page shows is built (and its paths registered) before the problems are placed.
        identity, penilai, atasan, plan = (
            self.identity(),
            self.person(("pejabat_penilai",), self.data.get("pejabat_penilai")),
            self.atasan(),
            self.plan(),
        )
        hasil_kerja = tuple(self.section(s) for s in ("utama", "tambahan"))
        perilaku = self.perilaku(("ekspektasi_khusus_pimpinan",))
        lampiran = tuple(self.lampiran(key) for key in LAMPIRAN)
        evaluations = self.evaluations()
        sections = [self.shown.show((key,)) for key in ("ekspektasi_khusus_pimpinan", "lampiran", "evaluasi")]
        problems = self.snapshot.problems_of(entry.file)
        placement = place(problems, self.shown)
        anchors = {id(p): anchor for anchor, found in placement.at.items() for p in found}
        located = tuple(Located(p, self.where(p), anchors.get(id(p))) for p in problems)
        previews = [("pratinjau_skp", "", preview_url(nip, "skp"))]
        previews.append(("pratinjau_lampiran", "", preview_url(nip, "lampiran")))
        previews += [("pratinjau_evaluasi", e.nama, e.preview) for e in evaluations]
        return Page(
            header=Header.of(self.snapshot, entry),
            readable=entry.data is not None,
            identity=identity,
            penilai=penilai,
            atasan=atasan,
            plan=plan,
            hasil_kerja=hasil_kerja,
            ekspektasi_id=sections[0],
            perilaku=perilaku,
            lampiran_id=sections[1],
            lampiran=lampiran,
            evaluasi_id=sections[2],
            evaluations=evaluations,
            placement=placement,
            problems=located,
            other=tuple(x for x in located if x.anchor is None),
            errors=sum(1 for p in problems if p.severity is Severity.ERROR),
            warnings=sum(1 for p in problems if p.severity is Severity.WARNING),
            edit_plan=f"/pegawai/{nip}/ubah" if self.account.edits(entry, Part.RENCANA) else None,
            previews=tuple(previews),
        )

    def where(self, problem: Problem) -> str:
        try:
            file = problem.file.resolve().relative_to(self.snapshot.root).as_posix()
        except (ValueError, OSError):
            file = str(problem.file)
        return visible(f"{file}:{problem.line}:{problem.column}" if problem.line else file)

    def identity(self) -> tuple[tuple[str, tuple[Value, ...]], ...]:
        """Nama, NIP (NI PPPK for a PPPK, in its printed groups), pangkat/golongan, jabatan, unit."""
        person: YamlPath = ("pegawai",)
        nip, status = self.at((*person, "nip")), self.at((*person, "status"))
        nip = nip if isinstance(nip, str) else None
        status = status if isinstance(status, str) else None
        rows: list[tuple[str, tuple[Value, ...]]] = [
            ("nama", (self.value((*person, "nama")),)),
            (label_nip(nip, status), (self.value((*person, "nip"), visible(grouped(nip, status)) if nip else None),)),
        ]
        if self.at((*person, "status")) is not None:
            rows.append(("status", (self.value((*person, "status"), text(self.at((*person, "status"))).upper()),)))
        rows += [
            ("pangkat", (self.value((*person, "pangkat"), absent=self.pangkat()), self.value((*person, "golongan")))),
            ("jabatan", (self.value((*person, "jabatan")),)),
            ("jenis_jabatan", (self.labelled((*person, "jenis_jabatan"), JENIS_JABATAN),)),
        ]
        if self.at((*person, "jenjang")) is not None:
            rows.append(("jenjang", (self.labelled((*person, "jenjang"), JENJANG),)))
        unit = self.at((*person, "unit"))
        rows.append(("unit", (self.value((*person, "unit"), self.unit_name(unit)),)))
        return tuple(rows)

    def pangkat(self) -> str | None:
        """The pangkat of the golongan, which the forms print when the spec gives the golongan only."""
        golongan = self.at(("pegawai", "golongan"))
        return PANGKAT.get(golongan) if isinstance(golongan, str) else None

    def unit_name(self, unit: Any) -> str | None:
        workspace = self.snapshot.workspace
        opd = workspace.opds.get(self.entry.opd) if workspace is not None else None
        if opd is None or not isinstance(unit, str) or unit not in opd.units:
            return None
        return visible(f"{opd.units[unit].nama} ({unit})")

    def person(self, path: YamlPath, ref: Any, note: str | None = None) -> Person:
        """A pejabat from its reference: a NIP of the workspace, an official given inline, or a value to fill."""
        element = self.shown.show(path)
        if ref is None:
            return Person(element, "", "", "", note="tidak_ada")
        if is_placeholder(ref) or not isinstance(ref, (str, Mapping)):
            return Person(element, text(ref), "", "", todo=is_placeholder(ref))
        if isinstance(ref, Mapping):
            nip = ref.get("nip")
            return Person(element, text(ref.get("nama")), text(nip), text(ref.get("jabatan")), note=note or "luar")
        found = self.snapshot.index.pegawai.get(ref)
        if found is None:
            return Person(element, "", visible(ref), "", note="tidak_ditemukan")
        link = f"/pegawai/{found.nip}" if self.account.reads(found) else None
        return Person(element, visible(found.nama), found.nip, visible(found.jabatan), link, note)

    def atasan(self) -> Person:
        """Given in the spec, or (as the forms print it) the pejabat penilai's own penilai."""
        path = ("atasan_pejabat_penilai",)
        if "atasan_pejabat_penilai" in self.data:
            return self.person(path, self.data.get("atasan_pejabat_penilai"))
        penilai = self.snapshot.index.pegawai.get(self.entry.penilai or "")
        if penilai is None or penilai.data is None:
            return self.person(path, None)
        return self.person(path, penilai.data.get("pejabat_penilai"), note="turunan")

    def plan(self) -> tuple[tuple[str, tuple[Value, ...]], ...]:
        rows: list[tuple[str, tuple[Value, ...]]] = [("pendekatan", (self.value(("pendekatan",)),))]
        periode = self.at(("periode",))
        if isinstance(periode, Mapping):
            rows.append(("periode_penilaian", (self.date(("periode", "mulai")), self.date(("periode", "selesai")))))
        elif self.snapshot.workspace is not None:
            year = self.snapshot.workspace.tahun
            shown = f"{text(dt.date(year, 1, 1))} – {text(dt.date(year, 12, 31))}"
            rows.append(("periode_penilaian", (Value(field_id(("periode",)), shown),)))
        if self.at(("penetapan",)) is not None:
            tempat = self.value(("penetapan", "tempat"), absent=self.tempat)
            rows.append(("penetapan", (tempat, self.date(("penetapan", "tanggal")))))
        return tuple(rows)

    def section(self, key: str) -> Section:
        path: YamlPath = ("hasil_kerja", key)
        items = self.at(path)
        rows = [self.rhk((*path, i), i + 1) for i in range(len(items))] if isinstance(items, list) else []
        return Section(self.shown.show(path), key, tuple(rows))

    def rhk(self, path: YamlPath, number: int) -> Rhk:
        indicators = self.at((*path, "indikator"))
        count = len(indicators) if isinstance(indicators, list) else 0
        self.shown.show((*path, "indikator"))
        rows = tuple(self.indicator((*path, "indikator", j)) for j in range(count))
        perspektif = any(self.at((*path, "indikator", j, "perspektif")) is not None for j in range(count))
        return Rhk(
            id=self.shown.show(path),
            number=number,
            ident=self.value((*path, "id")),
            rhk=self.value((*path, "rhk")),
            intervensi=self.value((*path, "intervensi")),
            supported=self.supported(path),
            indicators=rows,
            perspektif=perspektif,
        )

    def supported(self, path: YamlPath) -> Supported | None:
        """The superior's RHK that ``intervensi`` names, looked up in the superior's spec (raw data)."""
        teks = self.at((*path, "intervensi_teks"))
        if teks is not None:
            self.shown.show((*path, "intervensi_teks"))
            return Supported(text(teks), "", None, True)
        ref = self.at((*path, "intervensi"))
        if not isinstance(ref, str) or is_placeholder(ref):
            return None
        nip, _, ident = ref.partition("#")
        owner = self.snapshot.index.pegawai.get(nip)
        if owner is None:
            return Supported("", "", None, False)
        link = f"/pegawai/{owner.nip}" if self.account.reads(owner) else None
        if link is None and owner.nip != self.entry.penilai:
            # Another OPD's person this account may not read: the reference alone, not their plan's text
            # (an intervensi may name anyone; the penilai's RHK are on the edit form anyway).
            return Supported(ref, "", None, True)
        hasil = owner.data.get("hasil_kerja") if owner.data is not None else None
        for section in ("utama", "tambahan"):
            items = hasil.get(section) if isinstance(hasil, Mapping) else None
            for item in items if isinstance(items, list) else []:
                if isinstance(item, Mapping) and item.get("id") == ident:
                    return Supported(text(item.get("rhk")), visible(owner.nama), link, True)
        return Supported("", visible(owner.nama), link, False)

    def indicator(self, path: YamlPath) -> Indicator:
        kind = "perspektif" if self.at((*path, "perspektif")) is not None else "aspek"
        qualitative = self.at((*path, "iki")) is None and self.at((*path, "ukuran_keberhasilan")) is not None
        measure = "ukuran_keberhasilan" if qualitative else "iki"
        return Indicator(
            id=self.shown.show(path),
            ident=self.value((*path, "id")),
            kind=self.labelled((*path, kind), PERSPEKTIF if kind == "perspektif" else ASPEK),
            iki=self.value((*path, measure)),
            target=self.value((*path, "target")),
            satuan=self.value((*path, "satuan")),
        )

    def perilaku(self, path: YamlPath) -> tuple[Behaviour, ...]:
        """The seven BerAKHLAK values in the forms' order, each with what ``path`` gives for it."""
        return tuple(
            Behaviour(n, name, self.value((*path, key))) for n, (key, (name, _)) in enumerate(PERILAKU.items(), 1)
        )

    def lampiran(self, key: str) -> Section:
        path: YamlPath = ("lampiran", key)
        items = self.at(path)
        values = tuple(self.value((*path, i)) for i in range(len(items))) if isinstance(items, list) else ()
        return Section(self.shown.show(path), key, values)

    def evaluations(self) -> tuple[Evaluation, ...]:
        given = self.at(("evaluasi",))
        if not isinstance(given, Mapping):
            return ()
        order = [p for p in PERIODE if p in given] + [p for p in given if p not in PERIODE]
        return tuple(self.evaluation(str(p)) for p in order)

    def evaluation(self, periode: str) -> Evaluation:
        path: YamlPath = ("evaluasi", periode)
        raw = self.at(path)
        written, computed = self.at((*path, "predikat")), kuadran(raw)
        shown_kuadran = computed if computed is not None and computed != written else None
        nip = self.entry.nip
        edits = self.account.edits(self.entry, Part.EVALUASI)
        self.shown.show((*path, "hasil_kerja"))
        self.shown.show((*path, "perilaku_kerja"))
        return Evaluation(
            periode=periode,
            nama=PERIODE.get(periode, visible(periode)),
            id=self.shown.show(path),
            tempat=self.value((*path, "tempat"), absent=self.tempat),
            tanggal=self.date((*path, "tanggal")),
            rows=self.measured(path),
            perilaku=self.perilaku((*path, "perilaku_kerja")),
            rating_hasil=self.labelled((*path, "rating_hasil_kerja"), RATING),
            rating_perilaku=self.labelled((*path, "rating_perilaku_kerja"), RATING),
            predikat=self.labelled((*path, "predikat"), PREDIKAT),
            kuadran=PREDIKAT[shown_kuadran] if shown_kuadran is not None else None,
            catatan=self.value((*path, "catatan_rekomendasi")),
            edit=f"/pegawai/{nip}/evaluasi/{periode}" if edits else None,
            preview=preview_url(nip, f"evaluasi-{periode}"),
        )

    def measured(self, path: YamlPath) -> tuple[Measured, ...]:
        """Every indicator of the plan with its realisasi; realisasi of indicators the plan lacks after them."""
        given = self.at((*path, "hasil_kerja"))
        given = given if isinstance(given, Mapping) else {}
        rows: list[Measured] = []
        planned: set[str] = set()
        hasil = self.at(("hasil_kerja",))
        for section in ("utama", "tambahan"):
            items = hasil.get(section) if isinstance(hasil, Mapping) else None
            for item in items if isinstance(items, list) else []:
                if not isinstance(item, Mapping) or not isinstance(item.get("indikator"), list):
                    continue
                for ind in item["indikator"]:
                    if isinstance(ind, Mapping) and isinstance(ind.get("id"), str):
                        planned.add(ind["id"])
                        rows.append(self.realisasi(path, ind["id"], item, ind))
        rows += [self.realisasi(path, str(k), {}, {}) for k in given if str(k) not in planned]
        return tuple(rows)

    def realisasi(self, path: YamlPath, ident: str, rhk: Mapping[str, Any], ind: Mapping[str, Any]) -> Measured:
        here: YamlPath = (*path, "hasil_kerja", ident)
        satuan = ind.get("satuan") if isinstance(ind.get("satuan"), str) else None
        target = ind.get("target")
        realisasi = self.at((*here, "realisasi"))
        measured = _with_unit(realisasi, satuan)
        bukti = self.at((*here, "bukti_dukung"))
        count = len(bukti) if isinstance(bukti, list) else 0
        self.shown.show((*here, "bukti_dukung"))
        return Measured(
            id=self.shown.show(here),
            rhk=text(rhk.get("rhk")),
            indikator=visible(ident),
            iki=text(ind.get("iki") or ind.get("ukuran_keberhasilan")),
            target=_with_unit(target, satuan) or "",
            realisasi=self.value((*here, "realisasi"), measured),
            umpan_balik=self.value((*here, "umpan_balik")),
            bukti=tuple(self.value((*here, "bukti_dukung", i)) for i in range(count)),
        )


def preview_url(nip: str, form: str) -> str:
    """The preview page of one form (``files`` pages: the PDF shown inline, the other forms beside it)."""
    from urllib.parse import quote

    return f"/pegawai/{nip}/pratinjau?form={quote(form)}"


def _with_unit(value: Any, satuan: str | None) -> str | None:
    """A number with its unit as the forms print it (``12 Layanan``, ``95%``); any other value as text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return visible(dengan_satuan(value, satuan))
    return None if value is None else text(value)


def text(value: Any) -> str:
    """A value of the spec as people read it: numbers the Indonesian way, dates as the forms print them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return angka(value)
    if isinstance(value, dt.date):
        return tanggal(value)
    if isinstance(value, str):
        return visible(value)
    return visible(show(value))
