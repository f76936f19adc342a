"""The status as text (rich tables that fit the terminal), Markdown and JSON (a stable contract).

JSON, version 1 (documented in the README)::

    {"version": 1, "instansi", "tahun", "periode" (null: no evaluation opened yet), "lengkap",
     "masalah": [problem as `validate --format json`],
     "opd": [{"slug", "nama", "jumlah_pegawai", "rencana_lengkap", "penilai_belum_dikonfirmasi",
              "evaluasi": {"dibuka", "terisi", "dinilai"} | null, "galat",
              "pola": {"status", "organisasi": [{"unit", "nama", "capaian_kinerja_organisasi", "status",
                                                 "dinilai", "belum_dinilai", "jumlah": {predikat: n},
                                                 "pelanggaran": [text]}]} | null,
              "pegawai": [{"nip", "nama", "jabatan", "file", "rencana_lengkap", "penilai_belum_dikonfirmasi",
                           "evaluasi" (true/false/null), "terisi", "dinilai", "predikat",
                           "kekurangan": [{"jenis", "jumlah", "rincian": [...], "rincian_teks": [...], "teks"}]}]}]}

``pola.status`` is one of ``tidak-sesuai``, ``belum-dapat-dinilai`` (too few rated yet),
``sesuai-sementara`` (nothing broken among those rated, others still to rate),
``sesuai`` and ``tanpa-capaian`` (no capaian kinerja organisasi for the periode).
A path in ``rincian`` is counted from 0 (as ``belum_dikonfirmasi`` writes it); ``rincian_teks`` gives each item as
the text shows it (a list item by its id, or counted from 1), like ``where`` beside ``path`` in a problem.
Text and Markdown show spec text through :func:`skpdoc.textsafe.visible`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from skpdoc.messages.labels import LABELS, columns, label, raw
from skpdoc.reference import PERIODE
from skpdoc.rekap.formats import pesan
from skpdoc.status import Kurang, Status, StatusOpd, StatusPegawai, pola
from skpdoc.textsafe import markdown, visible


def _words(lang: str) -> dict[str, Any]:
    """The status's words in ``lang`` from the catalogue (:mod:`skpdoc.messages.labels`, ``status.<name>``)."""
    return {
        name: raw(f"status.{name}", lang) for name in ("judul", "periode", "tanpa_periode", "kurang_judul", "lengkap")
    }


def kurang_text(k: Kurang, periode: str | None, lang: str = "id") -> str:
    """One missing thing in words: ``realisasi: 4 indikator``."""
    fields = ", ".join(label(f"status.{f}", lang) if f"status.{f}" in LABELS else f for f in k.shown)
    args = {"n": k.jumlah, "periode": periode or "", "fields": fields, "codes": ", ".join(k.rincian)}
    return label(f"status.kurang.{k.jenis}", lang, **args)


def missing_text(p: StatusPegawai, periode: str | None, lang: str = "id") -> str:
    return "; ".join(kurang_text(k, periode, lang) for k in p.kekurangan())


def pola_text(o: StatusOpd, lang: str = "id") -> str:
    if o.pola is None:
        return "-"
    shown = label(f"status.pola.{o.pola}", lang)
    broken = sum(len(d.pelanggaran) for d in o.distribusi)
    return f"{shown} ({broken})" if o.pola == "tidak-sesuai" and broken else shown


def summary_row(o: StatusOpd, periode: str | None, lang: str = "id", short: bool = False) -> tuple[str, ...]:
    evaluated = periode is not None
    return (
        (o.singkatan or o.slug) if short else o.nama,
        str(o.jumlah),
        str(o.hitung("rencana_lengkap")),
        str(o.hitung("penilai_belum_dikonfirmasi")),
        str(o.hitung("evaluasi")) if evaluated else "-",
        str(o.hitung("terisi")) if evaluated else "-",
        str(o.hitung("dinilai")) if evaluated else "-",
        str(o.hitung("galat")),
        pola_text(o, lang),
    )


def violations(s: Status, o: StatusOpd, lang: str = "id") -> list[str]:
    """The broken limits of the pola so far, as ``skpdoc rekap`` words them."""
    if s.periode is None:
        return []
    found = []
    for d in o.distribusi:
        if pola(d) != "tidak-sesuai":
            continue
        provisional = f" ({label('rekap.sementara', lang, n=d.belum_dievaluasi)})" if d.belum_dievaluasi else ""
        found += [pesan(d, s.periode, p, lang) + provisional for p in d.pelanggaran]
    return found


def missing_rows(s: Status) -> list[tuple[StatusOpd, StatusPegawai]]:
    return [(o, p) for o in s.opd for p in o.pegawai if p.kekurangan()]


def heading(s: Status, lang: str = "id") -> str:
    periode = f" — {label('status.periode', lang)} {PERIODE[s.periode]}" if s.periode else ""
    return f"{label('status.judul', lang)} {s.instansi} {s.tahun or ''}".rstrip() + periode


# --- JSON -----------------------------------------------------------------------


def as_json(s: Status, lang: str = "id") -> dict[str, Any]:
    return {
        "version": 1,
        "instansi": s.instansi,
        "tahun": s.tahun,
        "periode": s.periode,
        "lengkap": s.lengkap,
        "masalah": [p.as_json(lang) for p in s.masalah],
        "opd": [_opd_json(s, o, lang) for o in s.opd],
    }


def _opd_json(s: Status, o: StatusOpd, lang: str) -> dict[str, Any]:
    evaluated = s.periode is not None
    return {
        "slug": o.slug,
        "nama": o.nama,
        "jumlah_pegawai": o.jumlah,
        "rencana_lengkap": o.hitung("rencana_lengkap"),
        "penilai_belum_dikonfirmasi": o.hitung("penilai_belum_dikonfirmasi"),
        "evaluasi": (
            {"dibuka": o.hitung("evaluasi"), "terisi": o.hitung("terisi"), "dinilai": o.hitung("dinilai")}
            if evaluated
            else None
        ),
        "galat": o.hitung("galat"),
        "pola": (
            {
                "status": o.pola,
                "organisasi": [
                    {
                        "unit": d.unit,
                        "nama": d.nama,
                        "capaian_kinerja_organisasi": d.capaian,
                        "status": pola(d),
                        "dinilai": d.total,
                        "belum_dinilai": d.belum_dievaluasi,
                        "jumlah": d.jumlah,
                        "pelanggaran": [pesan(d, s.periode, p, lang) for p in d.pelanggaran] if s.periode else [],
                    }
                    for d in o.distribusi
                ],
            }
            if o.distribusi
            else None
        ),
        "pegawai": [
            {
                "nip": p.nip,
                "nama": p.nama,
                "jabatan": p.jabatan,
                "file": str(p.file.relative_to(s.root)) if p.file.is_relative_to(s.root) else str(p.file),
                "rencana_lengkap": p.rencana_lengkap,
                "penilai_belum_dikonfirmasi": p.penilai_belum_dikonfirmasi,
                "evaluasi": p.evaluasi,
                "terisi": p.terisi if evaluated else None,
                "dinilai": p.dinilai if evaluated else None,
                "predikat": p.predikat,
                "kekurangan": [
                    {
                        "jenis": k.jenis,
                        "jumlah": k.jumlah,
                        "rincian": list(k.rincian),
                        "rincian_teks": list(k.shown),
                        "teks": kurang_text(k, s.periode, lang),
                    }
                    for k in p.kekurangan()
                ],
            }
            for p in o.pegawai
        ],
    }


# --- Markdown -------------------------------------------------------------------


def as_markdown(s: Status, lang: str = "id") -> str:
    words = _words(lang)
    lines = [f"# {markdown(heading(s, lang))}", ""]
    if s.periode is None:
        lines += [f"_{markdown(words['tanpa_periode'])}_", ""]
    lines += [_md_table(columns("status.kolom", lang), [summary_row(o, s.periode, lang) for o in s.opd]), ""]
    lines += [markdown(label("status.keterangan", lang, periode=s.periode or "-")), ""]
    for o in s.opd:
        lines += [f"- ⚠ {markdown(text)}" for text in violations(s, o, lang)]
    if s.masalah:
        lines += [f"- ⚠ {markdown(label('status.masalah', lang, n=len(s.masalah)))}"]
    lines.append("")
    rows = missing_rows(s)
    lines += [f"## {markdown(words['kurang_judul'])}", ""]
    if rows:
        table = [(o.slug, p.nip, p.nama, missing_text(p, s.periode, lang)) for o, p in rows]
        lines += [_md_table(columns("status.kurang_kolom", lang), table)]
    else:
        lines += [markdown(words["lengkap"])]
    return visible("\n".join(lines).rstrip() + "\n")


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(markdown(c) for c in cells) + " |"  # spec text as written, one row per line

    return "\n".join([line(head), "|" + "|".join("---" for _ in head) + "|", *(line(row) for row in rows)])


# --- text (rich) ----------------------------------------------------------------


def as_text(s: Status, *, color: bool = False, width: int = 160, lang: str = "id") -> str:
    """Two tables that fit ``width`` columns: numbers never wrap, names and what is missing wrap at words."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    def safe(text: str) -> str:
        return escape(visible(text))

    words = _words(lang)
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color, no_color=not color, highlight=False)
    console.print(f"[bold]{safe(heading(s, lang))}[/bold]")
    if s.periode is None:
        console.print(safe(words["tanpa_periode"]))
    summary = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    for index, name in enumerate(columns("status.kolom", lang)):
        if index == 0:
            summary.add_column(name, ratio=3, min_width=6, overflow="fold")
        elif index == len(columns("status.kolom", lang)) - 1:
            summary.add_column(name, ratio=2, min_width=6, overflow="fold")
        else:
            summary.add_column(name, justify="right", no_wrap=True)
    for o in s.opd:
        row = summary_row(o, s.periode, lang, short=width < 100)
        style = {"tidak-sesuai": "yellow", "sesuai": "green", "sesuai-sementara": "green"}.get(o.pola or "", "")
        cells = [safe(cell) for cell in row]
        cells[-1] = f"[{style}]{cells[-1]}[/{style}]" if style else cells[-1]
        summary.add_row(*cells)
    console.print(summary)
    console.print(safe(label("status.keterangan", lang, periode=s.periode or "-")), style="dim")
    for o in s.opd:
        for text in violations(s, o, lang):
            console.print(f"[yellow]⚠ {safe(text)}[/yellow]")
    if s.masalah:
        console.print(f"[red]⚠ {safe(label('status.masalah', lang, n=len(s.masalah)))}[/red]")
    rows = missing_rows(s)
    console.print()
    if not rows:
        console.print(f"[green]{safe(words['lengkap'])}[/green]")
        return out.getvalue()
    console.print(f"[bold]{safe(words['kurang_judul'])}[/bold]")
    # Wide: one table with the OPD as a column. Narrow: one table per OPD (its name as the title), so the
    # width goes to the name and to what is missing.
    narrow = width < 100
    groups: list[list[tuple[StatusOpd, StatusPegawai]]] = (
        [rows] if not narrow else [[r for r in rows if r[0] is o] for o in s.opd]
    )
    for group in filter(None, groups):
        title = safe(group[0][0].nama) if narrow else None
        missing = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        heads = columns("status.kurang_kolom", lang)
        if not narrow:
            missing.add_column(heads[0], no_wrap=True, max_width=16, overflow="ellipsis")
        missing.add_column(heads[1], no_wrap=True, min_width=18)
        missing.add_column(heads[2], ratio=2, overflow="fold")
        missing.add_column(heads[3], ratio=3, overflow="fold")
        for o, p in group:
            cells = [p.nip, p.nama, missing_text(p, s.periode, lang)]
            missing.add_row(*(safe(c) for c in ([] if narrow else [o.slug]) + cells))
        console.print(missing)
    return out.getvalue()
