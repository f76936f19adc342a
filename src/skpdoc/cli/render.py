from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import lang_option, quiet_option


@click.command("render", cls=HelpCommand)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--form", "forms", multiple=True)
@click.option("--periode", multiple=True)
@click.option(
    "--templates",
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option("--opd", "opds", multiple=True)
@click.option("--nip", "nips", multiple=True)
@click.option("--pdf", is_flag=True)
@lang_option
@quiet_option
def render_command(
    paths: tuple[Path, ...],
    out_dir: Path,
    forms: tuple[str, ...],
    periode: tuple[str, ...],
    templates: Path | None,
    opds: tuple[str, ...],
    nips: tuple[str, ...],
    pdf: bool,
    lang: str,
    quiet: bool,
) -> int:
    from skpdoc.api import render
    from skpdoc.cli.progress import progress_bar
    from skpdoc.errors import InvalidSpecs
    from skpdoc.messages import message
    from skpdoc.textsafe import visible

    try:
        with progress_bar(quiet, "render") as advance:
            report = render(
                list(paths),
                out_dir,
                forms=list(forms),
                periode=list(periode),
                templates=templates,
                progress=advance,
                opds=opds,
                nips=nips,
                pdf=pdf,
            )
    except InvalidSpecs as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    for job, error in report.failed:
        click.echo(f"{job.output}: {error.format(lang)}", err=True)
    for docx, cause in report.pdf_failed:
        click.echo(
            visible(message("L005", lang, "message", {"output": docx.with_suffix(".pdf"), "cause": cause})), err=True
        )
    failed = len(report.failed) + len(report.pdf_failed)
    if not quiet or failed:
        drafts = ", " + message("L003", lang, "message", {"count": len(report.drafts)}) if report.drafts else ""
        pdfs = f", {len(report.pdfs)} PDF" if pdf else ""  # the same in both languages
        args = {"written": len(report.written), "out_dir": out_dir, "pdfs": pdfs, "failed": failed, "drafts": drafts}
        click.echo(message("L008", lang, "message", args), err=True)
    return 1 if failed else 0
