from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.options import lang_option, quiet_option


@click.command("render")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--form", "forms", multiple=True, help="skp, lampiran, evaluasi, dokumen-evaluasi (repeatable).")
@click.option("--periode", multiple=True, help="triwulan-1 ... triwulan-4, akhir (repeatable).")
@click.option(
    "--templates",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of templates replacing built-in ones by name (before <workspace>/templates/).",
)
@lang_option
@quiet_option
def render_command(
    paths: tuple[Path, ...],
    out_dir: Path,
    forms: tuple[str, ...],
    periode: tuple[str, ...],
    templates: Path | None,
    lang: str,
    quiet: bool,
) -> int:
    """Render the official forms as .docx: OUTPUT/<nip>/<form>[-<periode>].docx.

    PATHS are workspace folders or spec files (default: the current folder).
    Specs are validated first; invalid specs are refused with their problems.
    """
    from skpdoc.api import render
    from skpdoc.cli.progress import progress_bar
    from skpdoc.errors import InvalidSpecs

    try:
        with progress_bar(quiet, "render") as advance:
            report = render(
                list(paths), out_dir, forms=list(forms), periode=list(periode), templates=templates, progress=advance
            )
    except InvalidSpecs as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    for job, error in report.failed:
        click.echo(f"{job.output}: {error.format(lang)}", err=True)
    if not quiet or report.failed:
        drafts = f", {len(report.drafts)} KONSEP (masih ada isian/usulan)" if report.drafts else ""
        click.echo(f"{len(report.written)} dokumen ditulis ke {out_dir}, {len(report.failed)} gagal{drafts}", err=True)
    return 1 if report.failed else 0
