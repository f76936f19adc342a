"""The Matriks Peran dan Hasil of an OPD: each leader's RHK with the subordinates' RHK that intervene it.

One section per leader: every member of the OPD whose RHK someone
intervenes, or who is the penilai of someone (head of the OPD first, then in
:func:`skpdoc.model.ordered_people` order), then the pohon kinerja.
``skpdoc build`` prints each section and each branch of the pohon as a
document of its own (:func:`split`).

**Which reading of the matrix.** The reference (skp-domain.md §8, after
PermenPANRB 8/2021) describes a table whose top row is the leader's role, one
row per team member and, in the cells, the results each member must produce.
Printed literally that is a grid with one column per leader RHK. Its width
then depends on the leader (three to eight RHK in the example), a fixed-layout
Word table cannot grow columns and stay readable, and a member with two RHK
under one leader RHK crowds a narrow cell. So the grid is turned a quarter:
each leader RHK is a banner row (the "top row": the leader's result with its
indicators and targets), followed by one row per subordinate RHK that
intervenes it (NO | PEGAWAI | RHK BAWAHAN | INDIKATOR DAN TARGET), grouped per
subordinate, whose cell spans his or her rows. Every cell of the literal grid
is still there (member × leader RHK = that member's rows under that banner),
an empty column of the grid is the flagged "Belum diintervensi bawahan" row,
the table flows over pages with repeated headings, and it reads top down like
the cascade itself.

After each leader's table come the flags about the people he or she rates:
their RHK linked to nothing (neither ``intervensi`` nor ``intervensi_teks``;
a valid workspace only allows that for tambahan RHK) and the people none of
whose RHK intervenes one of the leader's.

**Pohon kinerja.** The cascade as an indented outline (:class:`Simpul`, one
row per RHK, numbered 1, 1.2, 1.2.3 …): the head's RHK, then the RHK that
intervene each, depth first. A drawn tree of ~120 boxes for a 40-person OPD
does not fit a page legibly and would need a drawing library at run time; an
outline flows over pages, stays searchable text and needs nothing new. RHK of
the OPD that do not reach the head's (tambahan, or linked outside the OPD)
follow in :attr:`MatriksForm.di_luar_pohon`, so every RHK of the OPD appears
once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace

from skpdoc.hints import require_known
from skpdoc.model import Indikator, Pegawai, Rhk, Workspace, ordered_people
from skpdoc.render import formatting as fmt
from skpdoc.render.describe import Properti
from skpdoc.render.viewmodel import Orang, orang

TEMPLATE = "matriks-peran-hasil.docx"
BELUM_DIINTERVENSI = "Belum diintervensi bawahan"
BAGIAN = {"utama": "Utama", "tambahan": "Tambahan"}

RhkKey = tuple[str, str]  # (nip, rhk id): what ``Rhk.intervensi`` points at


@dataclass(frozen=True)
class IndikatorMatriks:
    indikator: str  # the IKI, or the ukuran keberhasilan (kualitatif)
    target: str  # "12 Layanan", "100%"; "" for kualitatif
    teks: str  # the printed line: "Jumlah layanan terintegrasi: 12 Layanan"


@dataclass(frozen=True)
class RhkBawahan:
    rhk: str
    bagian: str  # "Utama" | "Tambahan"
    indikator: tuple[IndikatorMatriks, ...]


@dataclass(frozen=True)
class Pendukung:
    """One subordinate under one leader RHK, with his or her RHK that intervene it."""

    no: str  # "1.1", "1.2", … under RHK 1
    nama: str
    nip: str  # grouped (a NI PPPK in its own parts)
    label_nip: str  # "NIP" or "NI PPPK"
    jabatan: str
    rhk: tuple[RhkBawahan, ...]


@dataclass(frozen=True)
class RhkPimpinan:
    no: str  # "1", "2", … within its section
    rhk: str
    indikator: tuple[IndikatorMatriks, ...]
    pendukung: tuple[Pendukung, ...]  # empty: nobody supports it
    catatan: str  # BELUM_DIINTERVENSI when pendukung is empty, else ""


@dataclass(frozen=True)
class Catatan:
    """A flagged line after a leader's table."""

    no: str
    nama: str
    nip: str
    label_nip: str  # "NIP" or "NI PPPK"
    jabatan: str
    teks: str  # the unlinked RHK, or why the person appears
    bagian: str  # "Utama" | "Tambahan" for an RHK, else ""


@dataclass(frozen=True)
class MatriksPimpinan:
    """One leader's section (one or more pages)."""

    pimpinan: Orang
    nip: str  # the leader's, unformatted: the file of the section (see split)
    unit: str  # "BIDANG APLIKASI INFORMATIKA"; the OPD's name for its head
    utama: tuple[RhkPimpinan, ...]
    tambahan: tuple[RhkPimpinan, ...]
    rhk_lepas: tuple[Catatan, ...]  # the rated people's RHK linked to nothing
    tanpa_intervensi: tuple[Catatan, ...]  # rated people with no RHK on the leader's
    jumlah_rhk: str
    jumlah_belum_diintervensi: str
    jumlah_pendukung: str  # people with at least one RHK on the leader's
    jumlah_rhk_lepas: str
    jumlah_tanpa_intervensi: str


@dataclass(frozen=True)
class Simpul:
    """One RHK of the pohon kinerja."""

    nomor: str  # "1", "1.2", "1.2.3": the path from the root
    tingkat: int  # 0 for a root, 1 for the RHK that intervene it, …
    rhk: str
    nama: str
    jabatan: str


@dataclass(frozen=True)
class MatriksForm:
    """The context of the Matriks Peran dan Hasil template."""

    instansi: str  # "PEMERINTAH KABUPATEN ..."
    opd: str  # "DINAS KOMUNIKASI DAN INFORMATIKA"
    tahun: str
    pimpinan: tuple[MatriksPimpinan, ...]
    pohon: tuple[Simpul, ...]  # from the head's RHK down
    di_luar_pohon: tuple[Simpul, ...]  # RHK of the OPD that do not reach the head's
    konsep: str = ""  # " — KONSEP" after each title when something shown is still to fill, else ""
    properti: Properti = field(default_factory=Properti)  # the document properties; a part's title names the part

    def context(self) -> dict[str, object]:
        """The top-level names a template sees (shallow: nested values stay objects)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


# --- building -------------------------------------------------------------------------


class _Cascade:
    """Who intervenes whom in a workspace, with people in print order (the OPD's own first)."""

    def __init__(self, ws: Workspace, opd: str) -> None:
        self.ws = ws
        self.members = [p for p, _ in ordered_people(ws, opd)]
        people = list(self.members)
        for slug in sorted(ws.opds):
            if slug != opd:
                people += [p for p, _ in ordered_people(ws, slug)]
        rank = {p.nip: index for index, p in enumerate(people)}
        self.children: dict[RhkKey, list[tuple[Pegawai, Rhk]]] = {}
        self.rated: dict[str, list[Pegawai]] = {}
        for pegawai in sorted(ws.pegawai.values(), key=lambda p: rank.get(p.nip, len(rank))):
            for rhk in pegawai.rhk:
                if rhk.intervensi is not None and rhk.intervensi[0] != pegawai.nip and ws.intervened(rhk):
                    self.children.setdefault(rhk.intervensi, []).append((pegawai, rhk))
            if pegawai.penilai_nip is not None and pegawai.penilai_nip != pegawai.nip:
                self.rated.setdefault(pegawai.penilai_nip, []).append(pegawai)

    def is_leader(self, pegawai: Pegawai) -> bool:
        return pegawai.nip in self.rated or any((pegawai.nip, r.id) in self.children for r in pegawai.rhk)


def build(ws: Workspace, opd: str) -> MatriksForm:
    """The Matriks Peran dan Hasil of one OPD (``opd`` is its slug)."""
    require_known("--opd", [opd], ws.opds)
    cascade = _Cascade(ws, opd)
    pohon, di_luar = _pohon(cascade, ws.opds[opd].kepala)
    form, printed = fmt.blanked(
        MatriksForm(
            instansi=ws.instansi.upper(),
            opd=ws.opds[opd].nama.upper(),
            tahun=str(ws.tahun),
            pimpinan=tuple(_section(cascade, p) for p in cascade.members if cascade.is_leader(p)),
            pohon=pohon,
            di_luar_pohon=di_luar,
        )
    )
    nama = ws.opds[opd].nama
    described = Properti(
        judul=f"Matriks Peran dan Hasil {ws.tahun} — {nama}",
        subjek=f"Matriks Peran dan Hasil dan pohon kinerja {ws.tahun} — {nama}, {ws.instansi}",
        pembuat=nama,
        kata_kunci=f"Matriks Peran dan Hasil, pohon kinerja, {ws.tahun}",
    )
    return replace(form, konsep=KONSEP if printed else "", properti=described)


#: Appended to the titles of a Matriks (or of a part of it) that shows a value still to fill.
KONSEP = " — KONSEP"


def _konsep(form: MatriksForm, judul: str) -> MatriksForm:
    """``form`` (the part ``judul`` of a built Matriks) titled KONSEP only when it shows a blank left by a
    placeholder; its document title names the part."""
    shown = fmt.shows_blank(replace(form, konsep=""))
    described = replace(form.properti, judul=f"{form.properti.judul} — {judul}{KONSEP if shown else ''}")
    return replace(form, konsep=KONSEP if shown else "", properti=described)


def _indikator(ind: Indikator) -> IndikatorMatriks:
    text = ind.iki or ind.ukuran_keberhasilan or ""
    target = fmt.dengan_satuan(ind.target, ind.satuan) if ind.target is not None else ""
    return IndikatorMatriks(indikator=text, target=target, teks=f"{text}: {target}" if target else text)


def _rhk_pimpinan(cascade: _Cascade, leader: Pegawai, no: int, rhk: Rhk) -> RhkPimpinan:
    """One leader RHK with its supporters, each subordinate's RHK grouped under him or her."""
    grouped: dict[str, tuple[Pegawai, list[Rhk]]] = {}  # insertion order = print order of the people
    for pegawai, child in cascade.children.get((leader.nip, rhk.id), []):
        grouped.setdefault(pegawai.nip, (pegawai, []))[1].append(child)
    pendukung = tuple(
        Pendukung(
            no=f"{no}.{k}",
            nama=pegawai.nama,
            nip=fmt.nip(pegawai.nip, pegawai.status),
            label_nip=fmt.label_nip(pegawai.nip, pegawai.status),
            jabatan=pegawai.identitas.jabatan,
            rhk=tuple(RhkBawahan(r.rhk, BAGIAN[r.section], tuple(_indikator(i) for i in r.indikator)) for r in rhks),
        )
        for k, (pegawai, rhks) in enumerate(grouped.values(), 1)
    )
    return RhkPimpinan(
        no=str(no),
        rhk=rhk.rhk,
        indikator=tuple(_indikator(i) for i in rhk.indikator),
        pendukung=pendukung,
        catatan="" if pendukung else BELUM_DIINTERVENSI,
    )


def _section(cascade: _Cascade, leader: Pegawai) -> MatriksPimpinan:
    ws = cascade.ws
    sections = {
        name: tuple(_rhk_pimpinan(cascade, leader, no, rhk) for no, rhk in enumerate(leader.section(name), 1))
        for name in BAGIAN
    }
    supporters = {p.nip for r in leader.rhk for p, _ in cascade.children.get((leader.nip, r.id), [])}
    rated = cascade.rated.get(leader.nip, [])
    # A valid spec leaves only tambahan RHK unlinked (R131), but nothing here relies on it.
    lepas = [(p, r) for p in rated for r in p.rhk if r.intervensi is None and r.intervensi_teks is None]
    tanpa = [p for p in rated if p.nip not in supporters]
    every = sections["utama"] + sections["tambahan"]
    opd = ws.opds[leader.opd]
    units = opd.unit_chain(leader.unit)
    return MatriksPimpinan(
        pimpinan=orang(ws.person(leader)),
        nip=leader.nip,
        unit=(units[0].nama if units else opd.nama).upper(),
        utama=sections["utama"],
        tambahan=sections["tambahan"],
        rhk_lepas=tuple(_catatan(no, p, r.rhk, BAGIAN[r.section]) for no, (p, r) in enumerate(lepas, 1)),
        tanpa_intervensi=tuple(_catatan(no, p, _why(ws, p, leader), "") for no, p in enumerate(tanpa, 1)),
        jumlah_rhk=str(len(every)),
        jumlah_belum_diintervensi=str(sum(1 for r in every if not r.pendukung)),
        jumlah_pendukung=str(len(supporters)),
        jumlah_rhk_lepas=str(len(lepas)),
        jumlah_tanpa_intervensi=str(len(tanpa)),
    )


def _catatan(no: int, pegawai: Pegawai, teks: str, bagian: str) -> Catatan:
    nip, label = fmt.nip(pegawai.nip, pegawai.status), fmt.label_nip(pegawai.nip, pegawai.status)
    return Catatan(str(no), pegawai.nama, nip, label, pegawai.identitas.jabatan, teks, bagian)


def _why(ws: Workspace, pegawai: Pegawai, leader: Pegawai) -> str:
    """Where the RHK of someone the leader rates go instead of the leader's RHK."""
    owners = _unique(ws.pegawai[r.intervensi[0]].identitas.jabatan for r in pegawai.rhk if r.intervensi)
    if owners:
        return "RHK-nya mengintervensi RHK " + "; ".join(owners) + ", bukan RHK pimpinan ini"
    teks = _unique(r.intervensi_teks for r in pegawai.rhk if r.intervensi_teks)
    if teks:
        return "RHK-nya merujuk langsung pada: " + "; ".join(teks)
    return "Belum ada RHK yang mengintervensi RHK pimpinan"


def _unique(items: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


# --- pohon kinerja --------------------------------------------------------------------


def _pohon(cascade: _Cascade, kepala: str) -> tuple[tuple[Simpul, ...], tuple[Simpul, ...]]:
    """The outline from the head's RHK down, and the OPD's RHK that do not reach it."""
    seen: set[RhkKey] = set()

    def walk(pegawai: Pegawai, rhk: Rhk, nomor: str, tingkat: int, out: list[Simpul]) -> None:
        seen.add((pegawai.nip, rhk.id))
        out.append(Simpul(nomor, tingkat, rhk.rhk, pegawai.nama, pegawai.identitas.jabatan))
        below = [(p, r) for p, r in cascade.children.get((pegawai.nip, rhk.id), []) if (p.nip, r.id) not in seen]
        for k, (child, child_rhk) in enumerate(below, 1):
            walk(child, child_rhk, f"{nomor}.{k}", tingkat + 1, out)

    pohon: list[Simpul] = []
    head = cascade.ws.pegawai.get(kepala)
    if head is not None:
        for no, rhk in enumerate(head.rhk, 1):
            walk(head, rhk, str(no), 0, pohon)
    # The rest of the OPD: roots first (their superior RHK is outside the OPD or
    # missing), then anything left by a loop of intervensi.
    members = {p.nip for p in cascade.members}
    rest = [(p, r) for p in cascade.members for r in p.rhk]

    def outside(rhk: Rhk) -> bool:
        return rhk.intervensi is None or rhk.intervensi[0] not in members or cascade.ws.intervened(rhk) is None

    luar: list[Simpul] = []
    count = 0
    for roots_only in (True, False):
        for pegawai, rhk in rest:
            if (pegawai.nip, rhk.id) not in seen and (outside(rhk) or not roots_only):
                count += 1
                walk(pegawai, rhk, str(len(head.rhk) + count if head else count), 0, luar)
    return tuple(pohon), tuple(luar)


# --- one document per part ------------------------------------------------------------


@dataclass(frozen=True)
class Bagian:
    """One part of the Matriks as ``skpdoc build`` prints it: a leader's section, or a branch of the pohon.

    Printed apart, so that an edit re-converts only the parts that print the
    edited text: the Matriks of a 200-person OPD is ~150 pages, every one
    of which printed someone's name. Each part starts on a new page in the
    whole document too, so the pages are the same but for their numbers.
    """

    slug: str  # the file name: "<nip of the leader>", "pohon-<n>", "pohon-lain"
    judul: str  # its bookmark
    form: MatriksForm  # the same template, with only this part's rows


def split(form: MatriksForm) -> list[Bagian]:
    """The leaders' sections in order, then the pohon in parts of whole branches (an RHK of the head each)."""
    alone = replace(form, pimpinan=(), pohon=(), di_luar_pohon=())
    parts = []
    for s in form.pimpinan:
        judul = f"{s.pimpinan.jabatan} — {s.pimpinan.nama}"
        parts.append(Bagian(s.nip, judul, _konsep(replace(alone, pimpinan=(s,)), judul)))
    chunks = _chunks(_branches(form.pohon))
    for n, chunk in enumerate(chunks, 1):
        first, last = chunk[0][0], chunk[-1][0]
        luar = form.di_luar_pohon if n == len(chunks) else ()
        nomor = first.nomor if first is last else f"{first.nomor}–{last.nomor}"
        about = f": {fmt.short(first.rhk, 60)}" if first is last else ""
        judul = f"Pohon kinerja {nomor}{about}" + (" dan RHK di luar pohon" if luar else "")
        rows = tuple(simpul for branch in chunk for simpul in branch)
        part = _konsep(replace(alone, pohon=rows, di_luar_pohon=luar), judul)
        parts.append(Bagian(f"pohon-{first.nomor}", judul, part))
    if form.di_luar_pohon and not chunks:
        judul = "RHK di luar pohon kinerja"
        parts.append(Bagian("pohon-lain", judul, _konsep(replace(alone, di_luar_pohon=form.di_luar_pohon), judul)))
    return parts


#: Branches of the pohon are printed together until a part has this many rows (about two pages):
#: one part per branch would spend a page on a head RHK that nobody intervenes.
POHON_ROWS = 40


def _branches(pohon: tuple[Simpul, ...]) -> list[tuple[Simpul, ...]]:
    """The outline cut before each root (tingkat 0)."""
    starts = [i for i, simpul in enumerate(pohon) if simpul.tingkat == 0] + [len(pohon)]
    return [pohon[a:b] for a, b in itertools.pairwise(starts) if a < b]


def _chunks(branches: list[tuple[Simpul, ...]]) -> list[list[tuple[Simpul, ...]]]:
    chunks: list[list[tuple[Simpul, ...]]] = []
    for branch in branches:
        if chunks and sum(map(len, chunks[-1])) + len(branch) <= POHON_ROWS:
            chunks[-1].append(branch)
        else:
            chunks.append([branch])
    return chunks
