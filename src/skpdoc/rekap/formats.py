"""The rekap as text, Markdown, CSV, JSON (a stable contract) and an Excel workbook.

JSON, version 1 (documented in the README)::

    {"version": 1, "instansi": ..., "tahun": 2024, "periode": "akhir", "pembulatan": "tepat",
     "opd": [{"slug", "nama", "capaian_kinerja_organisasi",
              "pegawai": [{"nip", "nama", "jabatan", "jenis_jabatan", "jenjang", "unit",
                           "rating_hasil_kerja", "rating_perilaku_kerja", "predikat",
                           "angka_kredit", "dihitung"}],
              "distribusi": {"jumlah_pegawai", "jumlah": {predikat: n}, "persen": {predikat: %}, "aturan": [...]},
              "distribusi_unit": [same as distribusi, plus "unit", "nama", "capaian_kinerja_organisasi"],
              "pelanggaran": [{"unit", "kode", "jenis", "predikat": [...], "jumlah", "total",
                               "persen", "batas", "batas_jumlah", "pesan"}]}]}

Ratings and predikat are slugs (``sesuai-ekspektasi``, ``baik``), or null for
an employee without an evaluation in the periode. CSV has one row per
employee with the same slugs; text, Markdown and the workbook print labels.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from skpdoc.distribusi import Pembulatan, persen
from skpdoc.messages import message
from skpdoc.model import Workspace
from skpdoc.reference import CAPAIAN_ORGANISASI, JENJANG, PERIODE, PREDIKAT, RATING
from skpdoc.rekap import BarisPegawai, Distribusi, RekapOpd, aturan

FORMATS = ("text", "markdown", "csv", "json", "xlsx")
CSV_FIELDS = (
    "opd",
    "nip",
    "nama",
    "jabatan",
    "unit",
    "rating_hasil_kerja",
    "rating_perilaku_kerja",
    "predikat",
    "angka_kredit",
    "dihitung",
)


def as_json(ws: Workspace, periode: str, rekap: Sequence[RekapOpd], lang: str = "id") -> dict[str, Any]:
    return {
        "version": 1,
        "instansi": ws.instansi,
        "tahun": ws.tahun,
        "periode": periode,
        "pembulatan": ws.pembulatan,
        "opd": [_opd_json(ws, r, lang) for r in rekap],
    }


def _opd_json(ws: Workspace, r: RekapOpd, lang: str) -> dict[str, Any]:
    return {
        "slug": r.slug,
        "nama": r.nama,
        "capaian_kinerja_organisasi": r.capaian,
        "pegawai": [
            {
                "nip": row.pegawai.nip,
                "nama": row.pegawai.nama,
                "jabatan": row.pegawai.identitas.jabatan,
                "jenis_jabatan": row.pegawai.jenis_jabatan,
                "jenjang": row.pegawai.jenjang,
                "unit": row.unit,
                "rating_hasil_kerja": row.rating_hasil_kerja,
                "rating_perilaku_kerja": row.rating_perilaku_kerja,
                "predikat": row.predikat,
                "angka_kredit": row.angka_kredit,
                "dihitung": row.dihitung,
            }
            for row in r.pegawai
        ],
        "distribusi": _distribusi_json(ws, r.distribusi[0]),
        "distribusi_unit": [
            {"unit": d.unit, "nama": d.nama, "capaian_kinerja_organisasi": d.capaian, **_distribusi_json(ws, d)}
            for d in r.distribusi[1:]
        ],
        "pelanggaran": [
            {
                "unit": d.unit,
                "kode": p.code,
                "jenis": p.jenis,
                "predikat": list(p.batas.predikat),
                "jumlah": p.jumlah,
                "total": p.total,
                "persen": _share(p.jumlah, p.total),
                "batas": float(p.batas.maksimum if p.jenis == "maksimum" else p.batas.minimum) * 100,
                "batas_jumlah": p.batas_jumlah,
                "pesan": pesan(d, r.periode, p, lang),
            }
            for d, p in r.pelanggaran
        ],
    }


def _distribusi_json(ws: Workspace, d: Distribusi) -> dict[str, Any]:
    return {
        "jumlah_pegawai": d.total,
        "jumlah": d.jumlah,
        "persen": {slug: _share(n, d.total) for slug, n in d.jumlah.items()},
        "aturan": aturan(d.capaian, d.total, Pembulatan(ws.pembulatan)) if d.capaian else [],
    }


def _share(part: int, total: int) -> float:
    return round(float(Fraction(100 * part, total)), 1) if total else 0.0


def pesan(d: Distribusi, periode: str, p: Any, lang: str = "id") -> str:
    """A violation in words, exactly as ``skpdoc validate`` words it."""
    capaian = CAPAIAN_ORGANISASI[d.capaian] if d.capaian else ""
    args = {**p.args(), "lingkup": d.nama, "periode": PERIODE[periode], "capaian": capaian}
    return message(p.code, lang, "message", args)


def as_csv(rekap: Sequence[RekapOpd]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for r in rekap:
        for row in r.pegawai:
            writer.writerow(
                (
                    r.slug,
                    row.pegawai.nip,
                    row.pegawai.nama,
                    row.pegawai.identitas.jabatan,
                    row.unit,
                    row.rating_hasil_kerja or "",
                    row.rating_perilaku_kerja or "",
                    row.predikat or "",
                    "" if row.angka_kredit is None else f"{row.angka_kredit:g}",
                    "ya" if row.dihitung else "tidak",
                )
            )
    return out.getvalue()


# --- tables shared by text, Markdown and the workbook ------------------------------

PEGAWAI_HEAD = ("No", "NIP", "Nama", "Jabatan", "Unit", "Rating Hasil Kerja", "Rating Perilaku Kerja", "Predikat", "AK")
DISTRIBUSI_HEAD = ("Predikat", "Jumlah", "Persen")


def pegawai_rows(r: RekapOpd) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for no, row in enumerate(r.pegawai, 1):
        predikat = PREDIKAT[row.predikat] if row.predikat else "belum dievaluasi"
        if row.predikat and not row.dihitung:
            predikat += " *"
        rows.append(
            (
                str(no),
                row.pegawai.nip,
                row.pegawai.nama,
                _jabatan(row),
                row.unit,
                RATING[row.rating_hasil_kerja] if row.rating_hasil_kerja else "-",
                RATING[row.rating_perilaku_kerja] if row.rating_perilaku_kerja else "-",
                predikat,
                "" if row.angka_kredit is None else f"{row.angka_kredit:g}".replace(".", ","),
            )
        )
    return rows


def _jabatan(row: BarisPegawai) -> str:
    """The jabatan, with the jenjang of a jabatan fungsional when its name leaves it out."""
    jabatan, jenjang = row.pegawai.identitas.jabatan, row.pegawai.jenjang
    if jenjang and JENJANG[jenjang].lower() not in jabatan.lower():
        return f"{jabatan} {JENJANG[jenjang]}"
    return jabatan


def distribusi_rows(d: Distribusi) -> list[tuple[str, str, str]]:
    rows = [(PREDIKAT[slug], str(n), persen(n, d.total)) for slug, n in d.jumlah.items()]
    rows.append(("Jumlah", str(d.total), "100%" if d.total else "0%"))
    return rows


def heading(r: RekapOpd, d: Distribusi) -> str:
    capaian = CAPAIAN_ORGANISASI[d.capaian] if d.capaian else "belum ditetapkan"
    return f"{d.nama} — {PERIODE[r.periode]} — capaian kinerja organisasi: {capaian}"


FOOTNOTE = "* pimpinan organisasi: dihitung dalam distribusi organisasi induknya, tidak dalam tabel distribusi ini"


def as_markdown(ws: Workspace, rekap: Sequence[RekapOpd], lang: str = "id") -> str:
    lines = [f"# Rekap predikat kinerja {ws.instansi} {ws.tahun}", ""]
    for r in rekap:
        lines += [f"## {r.nama}", "", _md_table(PEGAWAI_HEAD, pegawai_rows(r)), ""]
        if any(row.predikat and not row.dihitung for row in r.pegawai):
            lines += [FOOTNOTE.replace("*", "\\*", 1), ""]
        for d in r.distribusi:
            lines += [f"### {heading(r, d)}", "", _md_table(DISTRIBUSI_HEAD, distribusi_rows(d)), ""]
            if d.capaian:
                lines += ["Pola distribusi (SE MenPANRB 3/2023):", ""]
                lines += [f"- {rule}" for rule in aturan(d.capaian, d.total, Pembulatan(ws.pembulatan))] + [""]
            broken = [pesan(d, r.periode, p, lang) for p in d.pelanggaran]
            lines += [f"- ⚠ {text}" for text in broken] or ["Sesuai pola distribusi." if d.capaian else ""]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(head), "|" + "|".join("---" for _ in head) + "|", *(line(row) for row in rows)])


def as_text(
    ws: Workspace, rekap: Sequence[RekapOpd], *, color: bool = False, width: int = 160, lang: str = "id"
) -> str:
    """Tables for a terminal (rich); plain characters without colour."""
    from rich.console import Console
    from rich.table import Table

    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color, no_color=not color, highlight=False)
    console.print(f"[bold]Rekap predikat kinerja {ws.instansi} {ws.tahun}[/bold]")
    for r in rekap:
        table = Table(title=r.nama, title_justify="left", title_style="bold")
        for index, name in enumerate(PEGAWAI_HEAD):
            table.add_column(name, justify="right" if index in (0, 8) else "left", overflow="fold")
        for row in pegawai_rows(r):
            table.add_row(*row)
        console.print(table)
        if any(row.predikat and not row.dihitung for row in r.pegawai):
            console.print(FOOTNOTE, markup=False)
        for d in r.distribusi:
            counts = Table(title=heading(r, d), title_justify="left")
            for index, name in enumerate(DISTRIBUSI_HEAD):
                counts.add_column(name, justify="left" if index == 0 else "right")
            for cells in distribusi_rows(d):
                counts.add_row(*cells)
            console.print(counts)
            if d.capaian:
                for rule in aturan(d.capaian, d.total, Pembulatan(ws.pembulatan)):
                    console.print(f"  pola: {rule}", markup=False)
            for p in d.pelanggaran:
                console.print(f"  [yellow]⚠ {_escape(pesan(d, r.periode, p, lang))}[/yellow]")
            if d.capaian and not d.pelanggaran:
                console.print("  [green]sesuai pola distribusi[/green]")
        console.print()
    return out.getvalue()


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
