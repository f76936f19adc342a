"""The rekap as text, Markdown, CSV, JSON (a stable contract) and an Excel workbook.

JSON, version 1 (documented in the README)::

    {"version": 1, "instansi": ..., "tahun": 2024, "periode": "akhir", "pembulatan": "tepat",
     "opd": [{"slug", "nama", "capaian_kinerja_organisasi",
              "pegawai": [{"nip", "nama", "jabatan", "jenis_jabatan", "jenjang", "unit",
                           "rating_hasil_kerja", "rating_perilaku_kerja", "predikat",
                           "angka_kredit", "dihitung", "lingkup"}],
              "distribusi": {"jumlah_pegawai", "belum_dievaluasi", "jumlah": {predikat: n},
                             "persen": {predikat: %}, "aturan": [...]},
              "distribusi_unit": [same as distribusi, plus "unit", "nama", "capaian_kinerja_organisasi"],
              "pelanggaran": [{"unit", "kode", "jenis", "predikat": [...], "jumlah", "total",
                               "persen", "batas", "batas_jumlah", "pesan"}],
              "pimpinan": [{"nip", "nama", "lingkup", "capaian_kinerja_organisasi",
                            "rating_hasil_kerja", "seharusnya", "pesan"}]}]}

Ratings and predikat are slugs (``sesuai-ekspektasi``, ``baik``), or null for
an employee without an evaluation in the periode. CSV has one row per
employee with the same slugs; text, Markdown and the workbook print labels.

Spec text is data in every format: CSV and the workbook go through
:mod:`skpdoc.sheets` (never a formula), text and Markdown through
:func:`skpdoc.textsafe.visible` (never a terminal escape); JSON is written with
:func:`skpdoc.textsafe.dumps`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import Any

from skpdoc.distribusi import Pelanggaran, Pembulatan, persen
from skpdoc.messages import message
from skpdoc.messages.labels import columns, label, raw
from skpdoc.model import Workspace
from skpdoc.reference import CAPAIAN_ORGANISASI, JENJANG, PERIODE, PREDIKAT, RATING
from skpdoc.rekap import BarisPegawai, Distribusi, PimpinanTidakSesuai, RekapOpd, aturan
from skpdoc.sheets import csv_text
from skpdoc.status import pola
from skpdoc.textsafe import markdown, visible

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
    "lingkup",
)

#: The names of the rekap's words in the catalogue (:mod:`skpdoc.messages.labels`, ``rekap.<name>``).
LABEL_NAMES = (
    "judul",
    "pegawai",
    "pegawai_pendek",
    "pendek",
    "distribusi",
    "jumlah",
    "desimal",
    "belum",
    "catatan",
    "capaian",
    "belum_ditetapkan",
    "pola",
    "sesuai",
    "sementara",
    "belum_dapat",
    "belum_ada",
)


def labels(lang: str) -> dict[str, Any]:
    """The rekap's words in ``lang`` as the catalogue writes them (placeholders unfilled), by name.

    For :mod:`skpdoc.status`, which words its verdicts as the rekap does; here
    :func:`~skpdoc.messages.labels.label` fills them (and counts in English).
    """
    return {name: raw(f"rekap.{name}", lang) for name in LABEL_NAMES}


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
                "lingkup": _lingkup(r, row),
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
                "predikat": list(p.batas.predikat) if p.jenis != "mustahil" else [],
                "jumlah": p.jumlah,
                "total": p.total,
                "persen": _share(p.jumlah, p.total),
                "batas": _limit(p),
                "batas_jumlah": p.batas_jumlah if p.jenis != "mustahil" else None,
                "pesan": pesan(d, r.periode, p, lang),
            }
            for d, p in r.pelanggaran
        ],
        "pimpinan": [
            {
                "nip": h.pegawai.nip,
                "nama": h.pegawai.nama,
                "lingkup": h.lingkup,
                "capaian_kinerja_organisasi": h.capaian,
                "rating_hasil_kerja": h.rating,
                "seharusnya": h.seharusnya,
                "pesan": pesan_pimpinan(h, r.periode, lang),
            }
            for h in r.pimpinan
        ],
    }


def _lingkup(r: RekapOpd, row: BarisPegawai) -> str | None:
    """Where the employee is counted: the OPD's slug, a unit id, or None (a head counted above)."""
    if not row.dihitung:
        return None
    return row.lingkup if row.lingkup is not None else r.slug


def _limit(p: Pelanggaran) -> float | None:
    """The percentage of the limit broken; None for limits that are not a share (largest group, required)."""
    if p.jenis in ("maksimum", "dilarang"):
        return float(p.batas.maksimum) * 100
    if p.jenis == "minimum":
        return float(p.batas.minimum) * 100
    return None


def _distribusi_json(ws: Workspace, d: Distribusi) -> dict[str, Any]:
    return {
        "jumlah_pegawai": d.total,
        "belum_dievaluasi": d.belum_dievaluasi,
        "jumlah": d.jumlah,
        "persen": {slug: _share(n, d.total) for slug, n in d.jumlah.items()},
        "aturan": aturan(d.capaian, d.total, Pembulatan(ws.pembulatan)) if d.capaian else [],
    }


def _share(part: int, total: int) -> float:
    return round(float(Fraction(100 * part, total)), 1) if total else 0.0


def pesan(d: Distribusi, periode: str, p: Pelanggaran, lang: str = "id") -> str:
    """A violation in words, exactly as ``skpdoc validate`` words it."""
    capaian = CAPAIAN_ORGANISASI[d.capaian] if d.capaian else ""
    args = {**p.args(), "lingkup": d.nama, "periode": PERIODE[periode], "capaian": capaian}
    return message(p.code, lang, "message", args)


def pesan_pimpinan(h: PimpinanTidakSesuai, periode: str, lang: str = "id") -> str:
    args = {
        "lingkup": h.lingkup,
        "periode": PERIODE[periode],
        "capaian": CAPAIAN_ORGANISASI[h.capaian],
        "expected": RATING[h.seharusnya],
        "value": RATING[h.rating],
    }
    return f"{h.pegawai.nama}: {message('R184', lang, 'message', args)}"


def as_csv(rekap: Sequence[RekapOpd]) -> str:
    return csv_text([CSV_FIELDS, *_csv_rows(rekap)])


def _csv_rows(rekap: Sequence[RekapOpd]) -> Iterator[tuple[str, ...]]:
    for r in rekap:
        for row in r.pegawai:
            yield (
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
                _lingkup(r, row) or "",
            )


# --- tables shared by text, Markdown and the workbook ------------------------------


def pegawai_rows(r: RekapOpd, lang: str = "id") -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    decimal = label("rekap.desimal", lang)  # 18,75 in Indonesian, 18.75 in English
    for no, row in enumerate(r.pegawai, 1):
        predikat = PREDIKAT[row.predikat] if row.predikat else label("rekap.belum", lang)
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
                "" if row.angka_kredit is None else f"{row.angka_kredit:g}".replace(".", decimal),
            )
        )
    return rows


def _jabatan(row: BarisPegawai) -> str:
    """The jabatan, with the jenjang of a jabatan fungsional when its name leaves it out."""
    jabatan, jenjang = row.pegawai.identitas.jabatan, row.pegawai.jenjang
    if jenjang and JENJANG[jenjang].lower() not in jabatan.lower():
        return f"{jabatan} {JENJANG[jenjang]}"
    return jabatan


def distribusi_rows(d: Distribusi, lang: str = "id") -> list[tuple[str, str, str]]:
    rows = [(PREDIKAT[slug], str(n), persen(n, d.total)) for slug, n in d.jumlah.items()]
    rows.append((label("rekap.jumlah", lang), str(d.total), "100%" if d.total else "0%"))
    if d.belum_dievaluasi:
        rows.append((label("rekap.belum", lang), str(d.belum_dievaluasi), ""))
    return rows


def heading(r: RekapOpd, d: Distribusi, lang: str = "id") -> str:
    capaian = CAPAIAN_ORGANISASI[d.capaian] if d.capaian else label("rekap.belum_ditetapkan", lang)
    return f"{d.nama} — {PERIODE[r.periode]} — {label('rekap.capaian', lang)}: {capaian}"


def verdict(d: Distribusi, lang: str = "id") -> str:
    """The verdict when nothing is broken (provisional while someone counted here is not evaluated), else "".

    Too few evaluated for the pola to say anything (nobody at all, or a group
    that cannot meet the pola yet) is said as such, as ``skpdoc status`` does
    (:func:`skpdoc.status.pola`), never as conforming.
    """
    state = pola(d)
    waiting = d.belum_dievaluasi
    if state == "belum-dapat-dinilai":
        return label("rekap.belum_dapat", lang, n=waiting) if waiting else label("rekap.belum_ada", lang)
    if state not in ("sesuai", "sesuai-sementara"):
        return ""
    provisional = f" ({label('rekap.sementara', lang, n=waiting)})" if waiting else ""
    return label("rekap.sesuai", lang) + provisional


def verdict_mark(d: Distribusi) -> str:
    """✓ before a conforming verdict, ○ before one still open."""
    return "○" if pola(d) == "belum-dapat-dinilai" else "✓"


def notes(r: RekapOpd, d: Distribusi, ws: Workspace, lang: str = "id") -> tuple[list[str], list[str]]:
    """(the pola in words, the violations in words) of one distribution."""
    rules = aturan(d.capaian, d.total, Pembulatan(ws.pembulatan), lang) if d.capaian else []
    return rules, [pesan(d, r.periode, p, lang) for p in d.pelanggaran]


def as_markdown(ws: Workspace, rekap: Sequence[RekapOpd], lang: str = "id") -> str:
    lines = [f"# {markdown(label('rekap.judul', lang))} {markdown(ws.instansi)} {ws.tahun}", ""]
    for r in rekap:
        lines += [f"## {markdown(r.nama)}", "", _md_table(columns("rekap.pegawai", lang), pegawai_rows(r, lang)), ""]
        if any(row.predikat and not row.dihitung for row in r.pegawai):
            lines += [markdown(label("rekap.catatan", lang)), ""]
        lines += [f"- ⚠ {markdown(pesan_pimpinan(h, r.periode, lang))}" for h in r.pimpinan]
        lines += [""] if r.pimpinan else []
        for d in r.distribusi:
            table = _md_table(columns("rekap.distribusi", lang), distribusi_rows(d, lang))
            lines += [f"### {markdown(heading(r, d, lang))}", "", table, ""]
            rules, broken = notes(r, d, ws, lang)
            lines += [f"- {markdown(label('rekap.pola', lang))}: {markdown(rule)}" for rule in rules]
            lines += [f"- ⚠ {markdown(text)}" for text in broken]
            if verdict(d, lang):
                lines.append(f"- {verdict_mark(d)} {markdown(verdict(d, lang))}")
            lines.append("")
    return visible("\n".join(lines).rstrip() + "\n")  # no markup of ours to keep: the whole text at once


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(markdown(c) for c in cells) + " |"  # spec text as written, one row per line

    return "\n".join([line(head), "|" + "|".join("---" for _ in head) + "|", *(line(row) for row in rows)])


#: Columns of the employees' table by terminal width (indices into the ``rekap.pegawai`` heads): on a narrow
#: terminal the unit, then the jabatan, are left out (they are in every other format) and the ratings are
#: shortened, so that no column is squeezed until its words break; names wrap at spaces.
_WIDE, _MEDIUM = 150, 110
_SHORT_RATING = {"Di Atas Ekspektasi": "Di atas", "Sesuai Ekspektasi": "Sesuai", "Di Bawah Ekspektasi": "Di bawah"}


def _text_layout(width: int) -> tuple[list[int], bool]:
    """(the columns shown, whether ratings are shortened) for a terminal ``width`` columns wide."""
    if width >= _WIDE:
        return list(range(9)), False
    if width >= _MEDIUM:
        return [0, 1, 2, 3, 5, 6, 7, 8], True
    return [0, 1, 2, 5, 6, 7, 8], True


def _short_rating(label: str) -> str:
    return _SHORT_RATING.get(label, label)


def _pegawai_table(lang: str, keep: list[int], short: bool) -> Any:
    from rich import box
    from rich.table import Table

    heads = columns("rekap.pegawai_pendek" if short else "rekap.pegawai", lang)
    if short:  # no rules between columns, one space of padding: every column left fits in 80
        table = Table(
            title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0)
        )
    else:
        table = Table(title_justify="left", title_style="bold", box=box.HEAVY_HEAD)
    for index in keep:
        if index in (0, 8):  # No, AK: numbers never wrap
            table.add_column(heads[index], justify="right", no_wrap=True)
        elif index == 1:  # NIP: 18 digits, whole
            table.add_column(heads[index], no_wrap=True, min_width=18)
        elif index in (5, 6):
            table.add_column(heads[index], no_wrap=short, min_width=8 if short else None)
        elif index == 7:  # "Butuh Perbaikan", "belum dievaluasi": wrap at the space, never inside a word
            table.add_column(heads[index], min_width=10, overflow="fold")
        else:  # nama, jabatan, unit share what is left, wrapping at words
            table.add_column(heads[index], ratio={2: 3, 3: 3, 4: 2}[index], overflow="fold")
    return table


def as_text(
    ws: Workspace, rekap: Sequence[RekapOpd], *, color: bool = False, width: int = 160, lang: str = "id"
) -> str:
    """Tables for a terminal (rich); plain characters without colour.

    Every text that can hold spec data is made visible and markup-escaped
    before rich adds its colours, so the data's escapes are shown, never run.
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    def safe(text: str) -> str:
        return escape(visible(text))

    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color, no_color=not color, highlight=False)
    console.print(f"[bold]{safe(label('rekap.judul', lang))} {safe(ws.instansi)} {ws.tahun}[/bold]")
    keep, short = _text_layout(width)
    for r in rekap:
        table = _pegawai_table(lang, keep, short)
        table.title = safe(r.nama)
        for row in pegawai_rows(r, lang):
            cells = [_short_rating(cell) if short and i in (5, 6) else cell for i, cell in enumerate(row)]
            table.add_row(*(safe(cells[i]) for i in keep))
        console.print(table)
        if short:
            console.print(label("rekap.pendek", lang), markup=False, style="dim")
        if any(row.predikat and not row.dihitung for row in r.pegawai):
            console.print(label("rekap.catatan", lang), markup=False)
        for h in r.pimpinan:
            console.print(f"  [yellow]⚠ {safe(pesan_pimpinan(h, r.periode, lang))}[/yellow]")
        for d in r.distribusi:
            console.print(safe(heading(r, d, lang)), style="italic")  # as a line: a title would wrap to the table
            counts = Table()
            for index, name in enumerate(columns("rekap.distribusi", lang)):
                counts.add_column(name, justify="left" if index == 0 else "right")
            for counted in distribusi_rows(d, lang):
                counts.add_row(*(safe(cell) for cell in counted))
            console.print(counts)
            rules, broken = notes(r, d, ws, lang)
            for rule in rules:
                console.print(f"  {label('rekap.pola', lang)}: {visible(rule)}", markup=False)
            for text in broken:
                console.print(f"  [yellow]⚠ {safe(text)}[/yellow]")
            if verdict(d, lang):
                style = "green" if verdict_mark(d) == "✓" else "yellow"
                console.print(f"  [{style}]{verdict_mark(d)} {safe(verdict(d, lang))}[/{style}]")
        console.print()
    return out.getvalue()
