from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.options import lang_option, quiet_option


@click.command("build")
@click.argument("workspace", required=False, type=click.Path(exists=True, path_type=Path), default=Path("."))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--periode", multiple=True, help="triwulan-1 ... triwulan-4, akhir (repeatable; default: all with data).")
@click.option(
    "--form",
    "forms",
    multiple=True,
    help="skp, lampiran, evaluasi, dokumen-evaluasi, and of the whole OPD rekap, matriks (repeatable).",
)
@click.option("--opd", "opds", multiple=True, help="Only these OPD folders (repeatable).")
@click.option("--nip", "nips", multiple=True, help="Only this employee's forms, no bundle (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="LibreOffice workers (default: CPU count).")
@click.option("--pdfa", is_flag=True, help="PDF/A-2b output, for archiving.")
@click.option("--no-pdf", is_flag=True, help="Only the .docx files; no LibreOffice needed.")
@click.option("--keep-going", is_flag=True, help="Write bundles even when some documents failed (without them).")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), help="Folder of replacement templates.")
@lang_option
@quiet_option
def build_command(
    workspace: Path,
    out_dir: Path,
    periode: tuple[str, ...],
    forms: tuple[str, ...],
    opds: tuple[str, ...],
    nips: tuple[str, ...],
    jobs: int | None,
    pdfa: bool,
    no_pdf: bool,
    keep_going: bool,
    templates: Path | None,
    lang: str,
    quiet: bool,
) -> int:
    """Build every form (.docx and PDF) and one PDF bundle per OPD.

    Writes OUTPUT/<tahun>/<opd>/<nip>/<form>[-<periode>].{docx,pdf}, the bundles
    OUTPUT/<tahun>/<opd>.pdf and OUTPUT/<tahun>/manifest.json. Documents that are
    up to date are skipped, so a rebuild after editing one spec is quick.

    WORKSPACE may also be an OPD folder (that OPD, like --opd) or an employee's
    spec file (that employee, like --nip). A selection needs only its own specs
    and those it prints (penilai, intervened RHK) to be valid. A whole build
    with errors in some OPDs builds the others, names those it skipped (their
    previous outputs are kept) and exits 1.
    """
    from skpdoc.build import build
    from skpdoc.cli.progress import counting_progress
    from skpdoc.errors import InvalidSpecs
    from skpdoc.messages import message
    from skpdoc.textsafe import visible

    try:
        with counting_progress(quiet, "build") as (advance, set_total):
            report = build(
                workspace,
                out_dir,
                periode=periode,
                forms=forms,
                opds=opds,
                nips=nips,
                jobs=jobs,
                pdfa=pdfa,
                pdf=not no_pdf,
                keep_going=keep_going,
                templates=templates,
                progress=advance,
                total=set_total,
            )
    except InvalidSpecs as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    for failure in report.failed:
        text = message("L005", lang, "message", {"output": failure.output, "cause": failure.cause})
        click.echo(visible(text), err=True)  # the cause may quote spec text
    for item in report.opds_skipped:
        args = {"opd": item.opd, "count": item.errors, "command": item.command}
        click.echo(f"{message('E011', lang, 'message', args)}; {message('E011', lang, 'hint', args)}", err=True)
    for slug in report.bundles_skipped:
        click.echo(message("L006", lang, "message", {"slug": slug}), err=True)
    if not quiet or not report.ok:
        drafts = message("L003", lang, "message", {"count": report.drafts}) + ", " if report.drafts else ""
        skipped = len(report.opds_skipped)
        passed_over = message("L004", lang, "message", {"count": skipped}) + ", " if skipped else ""
        summary = {
            "built": report.built,
            "skipped": report.skipped,
            "failed": len(report.failed),
            "drafts": drafts,
            "bundles": len(report.bundles),
            "opds": passed_over,
            "seconds": f"{report.seconds:.1f}",
            "root": report.root,
        }
        click.echo(message("L002", lang, "message", summary), err=True)
        for bundle in report.bundles:  # the files to hand on: name them, not just count them
            click.echo(visible(message("L007", lang, "message", {"bundle": bundle})), err=True)
    return 0 if report.ok else 1
