from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.options import color_option, lang_option, quiet_option, use_color


@click.group("evaluasi")
def evaluasi_group() -> None:
    """Evaluation rounds: open a periode for every employee, record the OPDs' capaian."""


@evaluasi_group.command("buka")
@click.argument("periode")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--opd", "opds", multiple=True, help="Only this OPD (slug; repeatable).")
@click.option("--dry-run", is_flag=True, help="Say what would change; write nothing.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes (default: CPU count).")
@click.option("-v", "--verbose", is_flag=True, help="List every spec that gets the block.")
@quiet_option
@lang_option
@color_option
def buka_command(
    periode: str,
    path: Path | None,
    opds: tuple[str, ...],
    dry_run: bool,
    jobs: int | None,
    verbose: bool,
    quiet: bool,
    lang: str,
    color: bool | None,
) -> int:
    """Add an evaluation block for PERIODE (triwulan-1 ... triwulan-4, akhir) to every
    spec of the workspace (default: the current folder) that has none.

    Each block holds one realisasi per indicator, the date and both ratings,
    marked [ISI: ...] to be filled; the rest of every file is kept as it was
    (comments, order, quoting). Specs that have the periode are not touched, so
    running it twice changes nothing.

    Exit status: 0, or 1 when a spec could not be opened (it is named; fix it
    and run again).
    """
    from skpdoc.cli.progress import counting_progress
    from skpdoc.errors import Severity
    from skpdoc.rounds import buka
    from skpdoc.workspace import display

    colored = use_color(color)
    with counting_progress(quiet, "evaluasi") as (advance, set_total):

        def progress(done: int, total: int) -> None:
            if done == 1:
                set_total(total)
            advance(None)

        result = buka(path or Path.cwd(), periode, opds, dry_run=dry_run, jobs=jobs, progress=progress)
    for problem in result.problems:
        if quiet and problem.severity is not Severity.ERROR:
            continue
        head, _, rest = problem.format(lang).partition("\n")
        style = "red" if problem.severity is Severity.ERROR else "yellow"
        click.echo(click.style(head, fg=style) + ("\n" + rest if rest else ""), err=True, color=colored)
    if verbose:
        for file in result.dibuka:
            click.echo(str(display(file)))
    if not quiet or result.dilewati:
        click.echo(
            _summary(result.periode, len(result.dibuka), len(result.sudah_ada), len(result.dilewati), dry_run, lang),
            err=True,
        )
    return 0 if result.ok else 1


def _summary(periode: str, dibuka: int, sudah: int, dilewati: int, dry_run: bool, lang: str) -> str:
    if lang == "en":
        verb = "would get" if dry_run else "got"
        text = f"evaluasi {periode}: {dibuka} specs {verb} the block, {sudah} had it already"
        text += f", {dilewati} could not be opened (see above)" if dilewati else ""
        return text + (" (dry run: nothing written)" if dry_run else "")
    verb = "akan ditambahi" if dry_run else "ditambahi"
    text = f"evaluasi {periode}: {dibuka} spesifikasi {verb} blok evaluasi, {sudah} sudah memilikinya"
    text += f", {dilewati} tidak dapat dibuka (lihat di atas)" if dilewati else ""
    return text + (" (uji coba: tidak ada yang ditulis)" if dry_run else "")


@evaluasi_group.command("capaian")
@click.argument("periode")
@click.argument("nilai")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--opd", "opds", multiple=True, help="The OPD (slug; repeatable: the same capaian for each).")
@click.option("--unit", help="A unit of the OPD rated on its own (its id in opd.yaml), instead of the OPD.")
@click.option("--dry-run", is_flag=True, help="Say what would change; write nothing.")
@lang_option
def capaian_command(
    periode: str, nilai: str, path: Path | None, opds: tuple[str, ...], unit: str | None, dry_run: bool, lang: str
) -> int:
    """Record the capaian kinerja organisasi of an OPD for PERIODE: NILAI is istimewa, baik,
    butuh-perbaikan, kurang or sangat-kurang.

    It sets the pola distribusi of the OPD's staff (SE MenPANRB 3/2023) that `rekap`
    and `status` check. Written into <opd>/opd.yaml, the rest of the file kept as it was.
    """
    from skpdoc.capaian import InvalidResult, set_capaian
    from skpdoc.textsafe import visible

    try:
        changes = set_capaian(path or Path.cwd(), periode, nilai, opds=opds, unit=unit, dry_run=dry_run)
    except InvalidResult as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    for change in changes:
        where = change.opd + (f" / {change.unit}" if change.unit else "")
        if change.before == change.after:
            text = (
                f"{where}: capaian {periode} sudah {change.after}"
                if lang == "id"
                else (f"{where}: capaian {periode} is already {change.after}")
            )
        else:
            was = change.before or "-"
            text = f"{where}: capaian {periode} {was} -> {change.after}" + (
                " (tidak ditulis: --dry-run)"
                if dry_run and lang == "id"
                else " (not written: --dry-run)"
                if dry_run
                else ""
            )
        click.echo(visible(text))
    return 0
