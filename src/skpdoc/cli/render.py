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
@click.option("--opd", "opds", multiple=True, help="Only the employees of this OPD folder (repeatable).")
@click.option("--nip", "nips", multiple=True, help="Only this employee (repeatable).")
@click.option("--pdf", is_flag=True, help="Also convert what is rendered to PDF (needs LibreOffice).")
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
    """Render the official forms as .docx: OUTPUT/<nip>/<form>[-<periode>].docx (and .pdf with --pdf).

    PATHS are the workspace folder, OPD folders or employee spec files (default:
    the current folder). What is rendered is validated first, with the specs it
    prints (penilai, intervened RHK): invalid ones are refused with their
    problems; errors in other OPDs do not matter.
    """
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
