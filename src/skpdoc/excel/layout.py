"""What the workbook of an OPD holds: its sheets, their columns, and the rows a spec gives.

Export and import share this module, so the rows written for a spec and the rows
read back are described once. Each row is a dict ``{field: value}``; a row is
identified by its key columns (NIP, RHK id, indicator id, periode, ...), never
by its position, so sorting or filtering in Excel does not matter.

The *digest* of a spec's rows (key and editable cells, in a canonical form) is
stored at export in the hidden sheet; at import an equal digest means "nobody
edited this employee", and the spec is left alone without even being parsed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from skpdoc.reference import ASPEK, JENJANG, PERILAKU, PERIODE, PERSPEKTIF, PREDIKAT, RATING

#: Format of the hidden sheet; an import refuses any other.
FORMAT = "skpdoc-xlsx"
VERSION = 1
META_SHEET = "skpdoc"
LISTS_SHEET = "daftar"
INSTRUCTIONS_SHEET = "Petunjuk"
#: The mark that removes an RHK or an indicator (column "Hapus").
HAPUS = "hapus"
#: The mark that confirms the proposals of a row (column "Konfirmasi").
YA = "ya"
#: Between an RHK id and its text in the intervensi column and its drop-down list.
DASH = " — "

Role = Literal["key", "context", "edit"]

LAMPIRAN = {
    "dukungan_sumber_daya": "Dukungan sumber daya",
    "skema_pertanggungjawaban": "Skema pertanggungjawaban",
    "konsekuensi": "Konsekuensi",
}
BERAKHLAK = {key: label for key, (label, _) in PERILAKU.items()}
JENIS_RHK = {"utama": "utama", "tambahan": "tambahan"}


@dataclass(frozen=True)
class Column:
    """One column: ``kind`` says how a cell is read (text, number, numtext, date, choice, lines, id, nip, ref)."""

    field: str
    header: str
    role: Role
    kind: str = "text"
    width: float = 16
    #: For ``choice``: value as stored in YAML → what the cell shows.
    choices: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.columns if c.role == "key")

    @property
    def edits(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.columns if c.role == "edit")

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.field == name)


def _nip() -> Column:
    return Column("nip", "NIP", "key", "nip", 21)


def _nama() -> Column:
    return Column("nama", "Nama", "context", width=26)


def _outside(field: str, header: str) -> tuple[Column, ...]:
    """Nama, NIP and jabatan of an official outside the workspace (an OPD head's penilai and its atasan)."""
    return (
        Column(f"{field}.nama", f"{header}: nama", "edit", width=28),
        Column(f"{field}.nip", f"{header}: NIP", "edit", "nip", 21),
        Column(f"{field}.jabatan", f"{header}: jabatan", "edit", width=28),
    )


def _konfirmasi() -> Column:
    return Column("konfirmasi", "Konfirmasi", "edit", "choice", 12, {YA: YA})


PEGAWAI = Sheet(
    "Pegawai",
    (
        _nip(),
        _nama(),
        Column("jabatan", "Jabatan", "context", width=34),
        Column("jenis_jabatan", "Jenis jabatan", "context", width=14),
        # The one identity cell an operator fills: a fungsional whose jenjang the roster's jabatan did not name.
        Column("jenjang", "Jenjang (fungsional)", "edit", "choice", 16, JENJANG),
        Column("golongan", "Pangkat/Gol.", "context", width=22),
        Column("unit", "Unit", "context", width=20),
        Column("penilai", "Pejabat penilai", "context", width=30),
        Column("usulan", "Usulan belum dikonfirmasi", "context", width=40),
        _konfirmasi(),
        Column("penilai_nip", "NIP pejabat penilai", "edit", "nip", 21),
        *_outside("penilai_luar", "Penilai di luar workspace"),
        *_outside("atasan_luar", "Atasan penilai di luar workspace"),
        Column("penetapan_tempat", "Tempat penetapan", "edit", width=16),
        Column("penetapan_tanggal", "Tanggal penetapan", "edit", "date", 14),
        Column("pendekatan", "Pendekatan", "context", width=13),
        Column("berkas", "Berkas", "context", width=32),
    ),
)
RHK = Sheet(
    "RHK",
    (
        _nip(),
        _nama(),
        Column("jenis", "Jenis", "key", "choice", 10, JENIS_RHK),
        Column("id", "ID RHK", "key", "id", 12),
        Column("intervensi", "RHK atasan yang diintervensi", "edit", "ref", 40),
        Column("intervensi_teks", "Intervensi (teks, untuk JPT)", "edit", width=30),
        Column("rhk", "Rencana hasil kerja", "edit", width=50),
        _konfirmasi(),
        Column("hapus", "Hapus", "edit", "choice", 9, {HAPUS: HAPUS}),
    ),
)
INDIKATOR = Sheet(
    "Indikator",
    (
        _nip(),
        _nama(),
        Column("rhk", "ID RHK", "key", "id", 12),
        Column("id", "ID indikator", "key", "id", 13),
        Column("aspek", "Aspek", "edit", "choice", 12, {k: k for k in ASPEK}),
        Column("perspektif", "Perspektif (JPT)", "edit", "choice", 18, {k: k for k in PERSPEKTIF}),
        Column("iki", "Indikator kinerja individu", "edit", width=44),
        Column("target", "Target", "edit", "number", 10),
        Column("satuan", "Satuan", "edit", width=12),
        Column("ukuran_keberhasilan", "Ukuran keberhasilan (kualitatif)", "edit", width=36),
        _konfirmasi(),
        Column("hapus", "Hapus", "edit", "choice", 9, {HAPUS: HAPUS}),
    ),
)
EKSPEKTASI = Sheet(
    "Ekspektasi",
    (
        _nip(),
        _nama(),
        Column("perilaku", "Perilaku kerja", "key", "choice", 24, BERAKHLAK),
        Column("teks", "Ekspektasi khusus pimpinan", "edit", width=60),
    ),
)
LAMPIRAN_SHEET = Sheet(
    "Lampiran",
    (
        _nip(),
        _nama(),
        Column("bagian", "Bagian", "key", "choice", 26, LAMPIRAN),
        Column("no", "No", "key", "number", 6),
        Column("teks", "Uraian", "edit", width=70),
    ),
)
_RATING = {k: k for k in RATING}
EVALUASI = Sheet(
    "Evaluasi",
    (
        _nip(),
        _nama(),
        Column("periode", "Periode", "key", "choice", 12, {k: k for k in PERIODE}),
        Column("tanggal", "Tanggal", "edit", "date", 12),
        Column("tempat", "Tempat", "edit", width=16),
        Column("tanggal_pegawai", "Tanggal pegawai", "edit", "date", 12),
        Column("rating_hasil_kerja", "Rating hasil kerja", "edit", "choice", 20, _RATING),
        Column("rating_perilaku_kerja", "Rating perilaku kerja", "edit", "choice", 20, _RATING),
        Column("predikat", "Predikat", "edit", "choice", 16, {k: k for k in PREDIKAT}),
        Column("catatan_rekomendasi", "Catatan/rekomendasi", "edit", width=40),
        *(Column(f"perilaku.{key}", f"Umpan balik: {label}", "edit", width=30) for key, label in BERAKHLAK.items()),
    ),
)
REALISASI = Sheet(
    "Realisasi",
    (
        _nip(),
        _nama(),
        Column("periode", "Periode", "key", "choice", 12, {k: k for k in PERIODE}),
        Column("indikator", "ID indikator", "key", "id", 13),
        Column("iki", "Indikator kinerja individu", "context", width=40),
        Column("target", "Target", "context", width=14),
        Column("realisasi", "Realisasi", "edit", "numtext", 14),
        Column("umpan_balik", "Umpan balik", "edit", width=40),
        Column("bukti_dukung", "Bukti dukung (satu per baris)", "edit", "lines", 40),
    ),
)
#: The data sheets in workbook order (the instructions come first, the hidden ones last).
SHEETS = (PEGAWAI, RHK, INDIKATOR, EKSPEKTASI, LAMPIRAN_SHEET, EVALUASI, REALISASI)
#: Canonical key orders, for keys an import adds to an existing mapping.
ORDER = {
    "pegawai": ("nama", "nip", "status", "pangkat", "golongan", "jabatan", "jenis_jabatan", "jenjang", "unit"),
    "spec": (
        "pegawai", "pejabat_penilai", "atasan_pejabat_penilai", "periode", "pendekatan", "penetapan",
        "hasil_kerja", "ekspektasi_khusus_pimpinan", "lampiran", "evaluasi", "belum_dikonfirmasi",
    ),
    "hasil_kerja": ("utama", "tambahan"),
    "rhk": ("id", "intervensi", "intervensi_teks", "rhk", "indikator"),
    "indikator": ("id", "aspek", "perspektif", "iki", "target", "satuan", "ukuran_keberhasilan"),
    "evaluasi": (
        "tempat", "tanggal", "tanggal_pegawai", "hasil_kerja", "perilaku_kerja",
        "rating_hasil_kerja", "rating_perilaku_kerja", "predikat", "catatan_rekomendasi",
    ),
    "realisasi": ("realisasi", "bukti_dukung", "umpan_balik"),
    "pejabat": ("nama", "nip", "pangkat", "golongan", "jabatan", "unit_kerja", "instansi"),
    "penetapan": ("tempat", "tanggal"),
    "perilaku": tuple(BERAKHLAK),
    "lampiran": tuple(LAMPIRAN),
    "periode": tuple(PERIODE),
}  # fmt: skip

Row = dict[str, Any]


def locked(sheet: Sheet, field: str, row: Row) -> bool:
    """Whether the editable column ``field`` is locked in this row: the jenjang of anyone not fungsional
    (only a jabatan fungsional has one; the rest of the identity comes from the roster)."""
    return sheet is PEGAWAI and field == "jenjang" and row.get("jenis_jabatan") != "fungsional"


def rhk_choice(rhk_id: str, text: str) -> str:
    """How a superior's RHK shows in the intervensi column and its drop-down list: ``rhk-2 — Tersusunnya ...``."""
    return f"{rhk_id}{DASH}{text}"


def penilai_nip(data: Mapping[str, Any]) -> str | None:
    """The NIP of the penilai when it is a spec of the workspace (a NIP), else None."""
    penilai = data.get("pejabat_penilai")
    return penilai if isinstance(penilai, str) else None


def intervensi_text(ref: Any, penilai: str | None, rhk_text: Mapping[str, Mapping[str, str]]) -> Any:
    """The intervensi cell for ``ref`` (``<nip>#<id>``): the penilai's RHK as in the drop-down, else the reference."""
    if not isinstance(ref, str) or "#" not in ref:
        return ref
    nip, _, rhk_id = ref.partition("#")
    text = rhk_text.get(nip, {}).get(rhk_id)
    shown = rhk_id if nip == penilai else ref
    return rhk_choice(shown, text) if text is not None else shown


def iter_rhk(data: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    hasil = data.get("hasil_kerja") or {}
    for section in ("utama", "tambahan"):
        for rhk in hasil.get(section) or []:
            yield section, rhk


def spec_rows(
    data: Mapping[str, Any], periods: tuple[str, ...], rhk_text: Mapping[str, Mapping[str, str]]
) -> dict[str, list[Row]]:
    """Every row of one employee, per sheet name (values as the cells hold them)."""
    person = data["pegawai"]
    nip, nama = person["nip"], person["nama"]
    penilai = penilai_nip(data)
    rows: dict[str, list[Row]] = {sheet.name: [] for sheet in SHEETS}
    indicators: list[dict[str, Any]] = []
    for section, rhk in iter_rhk(data):
        rows[RHK.name].append(
            {
                "nip": nip,
                "nama": nama,
                "jenis": section,
                "id": rhk.get("id"),
                "intervensi": intervensi_text(rhk.get("intervensi"), penilai, rhk_text),
                "intervensi_teks": rhk.get("intervensi_teks"),
                "rhk": rhk.get("rhk"),
            }
        )
        for ind in rhk.get("indikator") or []:
            indicators.append(ind)
            rows[INDIKATOR.name].append(
                {"nip": nip, "nama": nama, "rhk": rhk.get("id")}
                | {name: ind.get(name) for name in ("id", *ORDER["indikator"][1:])}
            )
    ekspektasi = data.get("ekspektasi_khusus_pimpinan") or {}
    for key, label in BERAKHLAK.items():
        rows[EKSPEKTASI.name].append({"nip": nip, "nama": nama, "perilaku": label, "teks": ekspektasi.get(key)})
    lampiran = data.get("lampiran") or {}
    for key, label in LAMPIRAN.items():
        for no, text in enumerate(lampiran.get(key) or [], 1):
            rows[LAMPIRAN_SHEET.name].append({"nip": nip, "nama": nama, "bagian": label, "no": no, "teks": text})
    evaluasi = data.get("evaluasi") or {}
    by_id = {ind.get("id"): ind for ind in indicators}
    for periode in periods:
        ev = evaluasi.get(periode) or {}
        row: Row = {"nip": nip, "nama": nama, "periode": periode}
        row |= {name: ev.get(name) for name in EVALUASI.edits if not name.startswith("perilaku.")}
        perilaku = ev.get("perilaku_kerja") or {}
        row |= {f"perilaku.{key}": perilaku.get(key) for key in BERAKHLAK}
        rows[EVALUASI.name].append(row)
        hasil = ev.get("hasil_kerja") or {}
        for ind_id in [*by_id, *(i for i in hasil if i not in by_id)]:
            ind = by_id.get(ind_id, {})
            entry = hasil.get(ind_id) or {}
            bukti = entry.get("bukti_dukung")
            rows[REALISASI.name].append(
                {
                    "nip": nip,
                    "nama": nama,
                    "periode": periode,
                    "indikator": ind_id,
                    "iki": ind.get("iki") or ind.get("ukuran_keberhasilan"),
                    "target": target_text(ind),
                    "realisasi": entry.get("realisasi"),
                    "umpan_balik": entry.get("umpan_balik"),
                    "bukti_dukung": "\n".join(map(str, bukti)) if isinstance(bukti, list) else bukti,
                }
            )
    return rows


def target_text(ind: Mapping[str, Any]) -> str | None:
    target, satuan = ind.get("target"), ind.get("satuan")
    if target is None:
        return None
    return f"{number_text(target)} {satuan}" if satuan else number_text(target)


def number_text(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


# --- the digest of a spec's rows ---------------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def canon(value: Any) -> Any:
    """A cell's value in a form that survives the trip through a file: numbers as floats, dates as text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return ["b", value]
    if isinstance(value, (int, float)):
        return ["n", float(value)]
    if isinstance(value, (dt.date, dt.datetime)):
        return ["d", value.strftime("%Y-%m-%d")]
    return ["s", str(value).replace("\r\n", "\n")]


def _reference(column: Column, value: Any) -> Any:
    """The superior's RHK in an intervensi cell without its text, which changes when the superior's does."""
    return value.split(DASH, 1)[0].strip() if column.kind == "ref" and isinstance(value, str) else value


def digest(sheet_rows: Mapping[str, list[Row]]) -> str:
    """SHA-256 of the key and editable cells of one employee's rows, in an order that ignores row positions."""
    items = []
    for sheet in SHEETS:
        columns = [c for c in sheet.columns if c.role != "context"]
        for row in sheet_rows.get(sheet.name, []):
            items.append([sheet.name, [canon(_reference(c, row.get(c.field))) for c in columns]])
    items.sort(key=lambda item: json.dumps(item, ensure_ascii=False))
    return hashlib.sha256(json.dumps(items, ensure_ascii=False).encode("utf-8")).hexdigest()
