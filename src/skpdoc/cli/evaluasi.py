from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpGroup
from skpdoc.cli.options import color_option, lang_option, quiet_option, use_color


@click.group("evaluasi", cls=HelpGroup)
def evaluasi_group() -> None:
    pass  # only groups its subcommands


@evaluasi_group.command("buka")
@click.argument("periode")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--opd", "opds", multiple=True)
@click.option("--dry-run", is_flag=True)
@click.option("-j", "--jobs", type=click.IntRange(1), default=None)
@click.option("-v", "--verbose", is_flag=True)
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
    from skpdoc.cli.progress import counting_progress
    from skpdoc.errors import Severity
    from skpdoc.rounds import buka
    from skpdoc.workspace import display

    colored = use_color(color)
    with counting_progress(quiet, "evaluasi", lang) as (advance, set_total):

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
    from skpdoc.messages import message

    skipped = message("L024", lang, "message", {"count": dilewati}) if dilewati else ""
    args = {"periode": periode, "opened": dibuka, "present": sudah, "skipped": skipped}
    return message("L023" if dry_run else "L022", lang, "message", args)


@evaluasi_group.command("capaian")
@click.argument("periode")
@click.argument("nilai")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--opd", "opds", multiple=True)
@click.option("--unit")
@click.option("--dry-run", is_flag=True)
@lang_option
def capaian_command(
    periode: str, nilai: str, path: Path | None, opds: tuple[str, ...], unit: str | None, dry_run: bool, lang: str
) -> int:
    from skpdoc.capaian import InvalidResult, set_capaian
    from skpdoc.messages import message
    from skpdoc.textsafe import visible

    try:
        changes = set_capaian(path or Path.cwd(), periode, nilai, opds=opds, unit=unit, dry_run=dry_run)
    except InvalidResult as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    for change in changes:
        where = change.opd + (f" / {change.unit}" if change.unit else "")
        args = {"where": where, "periode": periode, "value": change.after, "before": change.before or "-"}
        if change.before == change.after:
            text = message("L025", lang, "message", args)
        else:
            text = message("L027" if dry_run else "L026", lang, "message", {**args, "after": change.after})
        click.echo(visible(text))
    return 0
