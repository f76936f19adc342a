#!/usr/bin/env python3
"""(Re)write the bundled example workspace ``specs/``.

The example is a fictional kabupaten (Sungai Jernih, capital Muara Jernih)
for tahun 2024 with two perangkat daerah:

* ``diskominfo`` – Dinas Komunikasi dan Informatika (36 pegawai);
* ``bkpsdm`` – Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (10).

Every pegawai has a full SKP (hasil kerja cascaded from the head of the OPD,
ekspektasi khusus pimpinan, lampiran) and evaluations for triwulan I–IV and
akhir. People, RHK and indicator texts are written out in example_people.py
and the text pools in example_texts.py; ratings, realisasi,
umpan balik and perilaku are derived from them (example_figures.py), with a
random generator seeded per pegawai and periode, so every run writes
byte-identical files.

Run from the repository root::

    .venv/bin/python tools/make_example.py

Only the standard library and PyYAML are used (PyYAML only to decide whether
a text can be written without quotes).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path
from typing import Any

from skpdoc.files import write_atomic
from skpdoc.reference import KUADRAN, PANGKAT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from example_figures import clean_number, head_level, kind_of, perilaku, ratings, realisasi, umpan_balik
from example_people import KABUPATEN, OPDS
from example_texts import (
    ATAS,
    CATATAN,
    CATATAN_AKHIR,
    CATATAN_PIMPINAN,
    DUKUNGAN,
    EKSPEKTASI,
    EKSPEKTASI_PIMPINAN,
    PERILAKU_POSITIF,
    SESUAI,
)
from yaml_writer import Date, dump

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"

TAHUN = 2024
INSTANSI = f"Pemerintah Kabupaten {KABUPATEN}"
TEMPAT = "Muara Jernih"
DOMAIN = "sungaijernihkab.go.id"

SCHEMA_HEADER = {
    "skpdoc": "# yaml-language-server: $schema=.skpdoc/schemas/skpdoc.schema.json",
    "opd": "# yaml-language-server: $schema=../.skpdoc/schemas/opd.schema.json",
    "pegawai": "# yaml-language-server: $schema=../.skpdoc/schemas/pegawai.schema.json",
}

PERIODE = ("triwulan-1", "triwulan-2", "triwulan-3", "triwulan-4", "akhir")
PERIODE_LABEL = {
    "triwulan-1": "triwulan I",
    "triwulan-2": "triwulan II",
    "triwulan-3": "triwulan III",
    "triwulan-4": "triwulan IV",
    "akhir": "tahun 2024",
}
PERIODE_FOLDER = {
    "triwulan-1": "tw1",
    "triwulan-2": "tw2",
    "triwulan-3": "tw3",
    "triwulan-4": "tw4",
    "akhir": "tahunan",
}


# Officials outside the workspace (not ASN of an OPD in this example).
SEKDA = {
    "nama": "Drs. H. Syamsul Bahri, M.Si.",
    "nip": "196807141993031002",
    "pangkat": "Pembina Utama Madya",
    "golongan": "IV/d",
    "jabatan": "Sekretaris Daerah",
    "instansi": INSTANSI,
}
BUPATI = {"nama": "H. Rusdi Hamzah, S.E., M.M.", "jabatan": f"Bupati {KABUPATEN}", "instansi": INSTANSI}

ASPEK = {"kn": "kuantitas", "kl": "kualitas", "wk": "waktu", "bi": "biaya"}
PERSPEKTIF = {"pl": "penerima-layanan", "pb": "proses-bisnis", "pi": "penguatan-internal", "ag": "anggaran"}


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------


def rng_for(*parts: Any) -> random.Random:
    return random.Random(":".join(str(p) for p in parts))


def slug(text: str, words: int = 5) -> str:
    parts = re.findall(r"[a-z0-9]+", text.lower())[1 : words + 1]
    return "-".join(parts)


def working_day(day: dt.date, back: bool = False) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=-1 if back else 1)
    return day


#: Realisasi of a quality percentage while its RHK has produced nothing yet.
BELUM_DAPAT_DIUKUR = "Belum dapat diukur"

RANK = {"jpt-pratama": 3, "administrator": 2, "pengawas": 1, "pelaksana": 0, "fungsional": 0}
EVAL_DATES = {
    "triwulan-1": ["2024-04-02", "2024-04-03", "2024-04-04", "2024-04-05"],
    "triwulan-2": ["2024-07-02", "2024-07-03", "2024-07-04", "2024-07-05"],
    "triwulan-3": ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04"],
    "triwulan-4": ["2024-12-20", "2024-12-20", "2024-12-23", "2024-12-24"],
    "akhir": ["2024-12-27", "2024-12-27", "2024-12-30", "2024-12-31"],
}
PENETAPAN_DATES = ["2024-01-16", "2024-01-12", "2024-01-10", "2024-01-08"]
LETTER = {"S": "sangat-baik", "B": "baik", "P": "butuh-perbaikan", "K": "kurang", "X": "sangat-kurang"}


def build_people(opd: dict[str, Any]) -> dict[str, dict[str, Any]]:
    people = {p["key"]: p for p in opd["people"]}
    for person in people.values():
        person["opd"] = opd["slug"]
        person["family"] = opd["family"]
        person["is_head"] = person["atasan"] is None
        person["rank"] = RANK[person["jenis"]]
    return people


def rhk_id(section: str, index: int) -> str:
    return f"{'rhk' if section == 'utama' else 'tambahan'}-{index + 1}"


def plan(person: dict[str, Any], people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """hasil_kerja of one pegawai, plus a flat list of (id, indicator tuple)."""
    is_jpt = person["jenis"].startswith("jpt")
    flat: list[tuple[str, tuple[Any, ...], str]] = []
    out: dict[str, Any] = {}
    for section in ("utama", "tambahan"):
        items = []
        for index, raw in enumerate(person["rhk" if section == "utama" else "tambahan"]):
            ident = rhk_id(section, index)
            entry: dict[str, Any] = {"id": ident}
            link = raw["link"]
            if isinstance(link, int):
                atasan = people[person["atasan"]]
                assert 1 <= link <= len(atasan["rhk"]), (person["key"], link)
                entry["intervensi"] = f"{atasan['nip']}#rhk-{link}"
            elif link:
                entry["intervensi_teks"] = link
            entry["rhk"] = raw["rhk"]
            indikator = []
            for number, ind in enumerate(raw["indikator"], start=1):
                ind_id = f"{ident}.{number}"
                item: dict[str, Any] = {"id": ind_id}
                code = ind[1]
                if is_jpt:
                    item["perspektif"] = PERSPEKTIF[code]
                else:
                    item["aspek"] = ASPEK[code]
                if ind[0] == "n":
                    item["iki"] = ind[2]
                    item["target"] = clean_number(ind[3])
                    item["satuan"] = ind[4]
                else:
                    item["ukuran_keberhasilan"] = ind[2]
                indikator.append(item)
                flat.append((ind_id, ind, raw["rhk"]))
            entry["indikator"] = indikator
            items.append(entry)
        if items:
            out[section] = items
    return {"hasil_kerja": out, "flat": flat}


def ekspektasi(person: dict[str, Any], opd: dict[str, Any]) -> dict[str, str] | None:
    if not person["ekspektasi"]:
        return None
    if person["is_head"]:
        return dict(EKSPEKTASI_PIMPINAN[person["family"]])
    rng = rng_for(person["nip"], "ekspektasi")
    own = EKSPEKTASI.get(f"{opd['slug']}/{unit_top(person, opd)}") or EKSPEKTASI.get(opd["slug"], {})
    general: dict[str, list[str]] = {}
    for pool in ("umum", "pimpinan-unit" if person["rank"] >= 1 else "staf"):
        for value, texts in EKSPEKTASI[pool].items():
            general.setdefault(value, []).extend(texts)
    order = list(PERILAKU_POSITIF)
    count = 1 + (person["rank"] >= 1) + (rng.random() < 0.5)
    # at least one expectation specific to the unit, the rest from either pool
    first = rng.choice(sorted(own, key=order.index))
    rest = [v for v in order if v != first and (v in own or v in general)]
    chosen = sorted([first, *rng.sample(rest, count - 1)], key=order.index)
    out = {}
    for value in chosen:
        if value in own and (value not in general or value == first or rng.random() < 0.6):
            out[value] = rng.choice(own[value])
        else:
            out[value] = rng.choice(general[value])
    return out


def unit_top(person: dict[str, Any], opd: dict[str, Any]) -> str | None:
    parents = {uid: parent for uid, _, parent in opd["units"]}
    unit: str | None = person["unit"]
    while unit is not None and parents.get(unit) is not None:
        unit = parents[unit]
    return unit


def lampiran(person: dict[str, Any], people: dict[str, dict[str, Any]], opd: dict[str, Any]) -> dict[str, list[str]]:
    rng = rng_for(person["nip"], "lampiran")
    if person["is_head"]:
        return {
            "dukungan_sumber_daya": [
                f"APBD {opd['nama']} Tahun Anggaran 2024",
                "Dukungan Tim Koordinasi SPBE Kabupaten"
                if opd["slug"] == "diskominfo"
                else "Dukungan BKN Kantor Regional dan pengelola kepegawaian perangkat daerah",
                "Sumber daya manusia sesuai peta jabatan",
            ],
            "skema_pertanggungjawaban": [
                "Laporan Kinerja Instansi Pemerintah (LKjIP) kepada Bupati melalui Sekretaris Daerah",
                "Laporan capaian Perjanjian Kinerja setiap triwulan",
            ],
            "konsekuensi": [
                "Capaian kinerja menjadi bahan evaluasi kinerja perangkat daerah oleh Bupati",
                "Capaian di bawah target ditindaklanjuti dengan rencana aksi perbaikan",
            ],
        }
    atasan = people[person["atasan"]]
    top = unit_top(person, opd) or "sekretariat"
    dukungan = list(DUKUNGAN[opd["family"]].get(top, DUKUNGAN[opd["family"]]["sekretariat"]))
    dukungan = dukungan[: 1 + rng.randrange(len(dukungan))]
    skema = [f"Laporan kinerja bulanan kepada {atasan['jabatan']}"]
    if rng.random() < 0.6:
        skema.append("Bukti dukung kinerja diunggah ke e-Kinerja BKN paling lambat tanggal 5 bulan berikutnya")
    if person["rank"] >= 1:
        skema.append("Dialog kinerja bulanan dengan pegawai di unit kerja")
    konsekuensi = ["Capaian kinerja menjadi dasar perhitungan Tambahan Penghasilan Pegawai (TPP)"]
    if person["jenis"] == "fungsional" and person["status"] == "pns":
        konsekuensi.append("Predikat kinerja tahunan menjadi dasar penetapan angka kredit")
    if person["status"] == "pppk":
        konsekuensi.append("Predikat kinerja menjadi pertimbangan perpanjangan perjanjian kerja")
    if person["rank"] >= 1:
        konsekuensi.append("Capaian kinerja unit menjadi bahan pertimbangan pengembangan karier")
    elif len(konsekuensi) < 2:
        konsekuensi.append("Capaian di bawah ekspektasi ditindaklanjuti dengan rencana perbaikan kinerja")
    return {"dukungan_sumber_daya": dukungan, "skema_pertanggungjawaban": skema, "konsekuensi": konsekuensi[:3]}


def evaluasi(
    person: dict[str, Any], flat: list[tuple[str, tuple[Any, ...], str]], opd: dict[str, Any]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    previous: dict[str, Any] = {}
    history: dict[str, list[Any]] = {}
    unit = person["unit"] or "pimpinan"
    for index, periode in enumerate(PERIODE):
        q = min(index + 1, 4)
        rng = rng_for(person["nip"], periode)
        if person["is_head"]:
            hasil = head_level(opd["capaian"][periode], periode)
            predikat_target = LETTER[person["trajectory"][index]]
            if hasil == ATAS:
                pair = (ATAS, ATAS if predikat_target == "sangat-baik" else SESUAI)
            else:
                pair = (hasil, ATAS if rng.random() < 0.3 else SESUAI)
        else:
            pair = ratings(LETTER[person["trajectory"][index]], rng, "K" not in person["trajectory"])
        rating_hk, rating_pk = pair
        predikat = KUADRAN[pair]
        entry: dict[str, Any] = {"tanggal": Date(EVAL_DATES[periode][person["rank"]])}
        signed = dt.date.fromisoformat(EVAL_DATES[periode][person["rank"]])
        if rng.random() < 0.25:
            later = working_day(signed + dt.timedelta(days=1 + rng.randrange(2)))
            if later.year == TAHUN and later != signed and later <= dt.date(TAHUN, 12, 31):
                entry["tanggal_pegawai"] = Date(later.isoformat())
        hasil_kerja: dict[str, Any] = {}
        seen_rhk: set[str] = set()
        nothing_yet: set[str] = set()  # RHK whose kuantitas is still 0: no output to judge quality on
        for ind_id, ind, rhk_text in flat:
            rhk_key = ind_id.rsplit(".", 1)[0]
            if ind[0] == "q":
                stages = ind[3]
                value: Any = stages[4] if periode == "akhir" and len(stages) > 4 else stages[q - 1]
            elif "series" in ind[5]:
                value = clean_number(ind[5]["series"][index])
            elif rhk_key in nothing_yet and ind[4] == "%":
                value = BELUM_DAPAT_DIUKUR
            else:
                value = realisasi(ind, q, rating_hk, rng)
                if kind_of(ind) in ("count", "cum") and isinstance(previous.get(ind_id), (int, float)):
                    value = max(value, previous[ind_id])
                if value == 0 and ind[1] == "kn":
                    nothing_yet.add(rhk_key)
            previous[ind_id] = value
            item: dict[str, Any] = {"realisasi": value}
            if rhk_key not in seen_rhk and value != 0 and value != BELUM_DAPAT_DIUKUR:
                seen_rhk.add(rhk_key)
                base = f"https://drive.{DOMAIN}/{opd['slug']}/{unit}/2024/{PERIODE_FOLDER[periode]}/{slug(rhk_text)}"
                links = [f"{base}.pdf"]
                if rng.random() < 0.3:
                    links.append(f"{base}-dokumentasi.zip")
                item["bukti_dukung"] = links
            if value == BELUM_DAPAT_DIUKUR:
                item["umpan_balik"] = "Belum ada keluaran pada periode ini; diukur setelah keluaran pertama selesai."
            else:
                item["umpan_balik"] = umpan_balik(ind, periode, rating_hk, value, history.setdefault(ind_id, []), rng)
                history[ind_id].append(value)
            hasil_kerja[ind_id] = item
        entry["hasil_kerja"] = hasil_kerja
        entry["perilaku_kerja"] = perilaku(person["nip"], periode, rating_pk, rng, person["rank"] >= 2)
        entry["rating_hasil_kerja"] = rating_hk
        entry["rating_perilaku_kerja"] = rating_pk
        if periode == "akhir" or rng.random() >= 0.12:
            entry["predikat"] = predikat
        if periode == "akhir" and person["is_head"]:
            entry["catatan_rekomendasi"] = CATATAN_PIMPINAN[opd["slug"]]
        elif periode == "akhir":
            entry["catatan_rekomendasi"] = rng.choice(CATATAN_AKHIR[predikat])
        elif predikat != "baik" or rng.random() < 0.4:
            entry["catatan_rekomendasi"] = rng.choice(CATATAN[predikat])
        out[periode] = entry
    return out


def pegawai_spec(person: dict[str, Any], people: dict[str, dict[str, Any]], opd: dict[str, Any]) -> dict[str, Any]:
    identitas: dict[str, Any] = {"nama": person["nama"], "nip": person["nip"], "status": person["status"]}
    if person["status"] == "pns":
        identitas["pangkat"] = PANGKAT[person["golongan"]]
    identitas["golongan"] = person["golongan"]
    identitas["jabatan"] = person["jabatan"]
    identitas["jenis_jabatan"] = person["jenis"]
    if person["jenjang"]:
        identitas["jenjang"] = person["jenjang"]
    if person["unit"]:
        identitas["unit"] = person["unit"]
    spec: dict[str, Any] = {"pegawai": identitas}
    if person["is_head"]:
        spec["pejabat_penilai"] = dict(SEKDA)
        spec["atasan_pejabat_penilai"] = dict(BUPATI)
    else:
        spec["pejabat_penilai"] = people[person["atasan"]]["nip"]
    spec["pendekatan"] = person["pendekatan"]
    day = dt.date.fromisoformat(PENETAPAN_DATES[person["rank"]])
    if person["rank"] == 0:
        day = working_day(day + dt.timedelta(days=rng_for(person["nip"], "penetapan").randrange(4)))
    spec["penetapan"] = {"tempat": TEMPAT, "tanggal": Date(day.isoformat())}
    planned = plan(person, people)
    spec["hasil_kerja"] = planned["hasil_kerja"]
    harapan = ekspektasi(person, opd)
    if harapan:
        spec["ekspektasi_khusus_pimpinan"] = harapan
    spec["lampiran"] = lampiran(person, people, opd)
    spec["evaluasi"] = evaluasi(person, planned["flat"], opd)
    return spec


def opd_spec(opd: dict[str, Any], people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    head = next(p for p in people.values() if p["is_head"])
    units = []
    for uid, nama, parent in opd["units"]:
        unit = {"id": uid, "nama": nama}
        if parent:
            unit["induk"] = parent
        units.append(unit)
    return {
        "nama": opd["nama"],
        "singkatan": opd["singkatan"],
        "kepala": head["nip"],
        "unit": units,
        "capaian_kinerja_organisasi": dict(opd["capaian"]),
    }


# --------------------------------------------------------------------------


def generate() -> dict[Path, str]:
    files: dict[Path, str] = {
        SPECS / "skpdoc.yaml": dump({"instansi": INSTANSI, "tahun": TAHUN, "tempat": TEMPAT}, SCHEMA_HEADER["skpdoc"])
    }
    seen: set[str] = set()
    for opd in OPDS:
        people = build_people(opd)
        files[SPECS / opd["slug"] / "opd.yaml"] = dump(opd_spec(opd, people), SCHEMA_HEADER["opd"])
        for person in people.values():
            assert person["nip"] not in seen, person["nip"]
            seen.add(person["nip"])
            spec = pegawai_spec(person, people, opd)
            files[SPECS / opd["slug"] / f"{person['nip']}.yaml"] = dump(spec, SCHEMA_HEADER["pegawai"])
    return files


def main() -> int:
    files = generate()
    # Remove YAML files of an earlier run that this run does not write
    # (hidden folders such as .skpdoc/ are left alone).
    wanted_dirs = {path.parent for path in files}
    for old in sorted(SPECS.glob("*.yaml")) + sorted(SPECS.glob("*/*.yaml")):
        if old not in files and not any(part.startswith(".") for part in old.relative_to(SPECS).parts):
            old.unlink()
    for folder in sorted(p for p in SPECS.iterdir() if p.is_dir()) if SPECS.exists() else []:
        if folder not in wanted_dirs and not folder.name.startswith(".") and not any(folder.iterdir()):
            folder.rmdir()
    for path, text in sorted(files.items()):
        write_atomic(path, text)
    print(f"{len(files)} berkas ditulis ke {SPECS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
