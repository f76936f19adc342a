from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import lang_option, quiet_option

if TYPE_CHECKING:
    from skpdoc.distributed.client import ClusterConverter


@click.command("build", cls=HelpCommand)
@click.argument("workspace", required=False, type=click.Path(exists=True, path_type=Path), default=Path("."))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--periode", multiple=True)
@click.option(
    "--form",
    "forms",
    multiple=True,
)
@click.option("--opd", "opds", multiple=True)
@click.option("--nip", "nips", multiple=True)
@click.option("-j", "--jobs", type=click.IntRange(1), default=None)
@click.option("--pdfa", is_flag=True)
@click.option("--no-pdf", is_flag=True)
@click.option("--keep-going", is_flag=True)
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path))
@click.option("--scheduler", metavar="URL", envvar="DASK_SCHEDULER_ADDRESS")
@click.option("--cluster", "cluster", metavar="local:N")
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
    scheduler: str | None,
    cluster: str | None,
    lang: str,
    quiet: bool,
) -> int:
    from skpdoc.api import build
    from skpdoc.cli.progress import counting_progress
    from skpdoc.errors import InvalidSpecs
    from skpdoc.messages import message
    from skpdoc.textsafe import visible

    try:
        with contextlib.ExitStack() as stack:
            # On a Dask cluster (skpdoc.distributed), connected to before anything is rendered: a wrong address
            # stops the build at once. Without --scheduler or --cluster, Dask is not even imported.
            warm: ClusterConverter | None = None
            if cluster and _from_environment("scheduler"):
                scheduler = None  # --cluster on the command line wins over DASK_SCHEDULER_ADDRESS
            if (scheduler or cluster) and not no_pdf:
                from skpdoc.distributed import open_cluster

                warm = stack.enter_context(open_cluster(scheduler, cluster=cluster, pdfa=pdfa))
            advance, set_total = stack.enter_context(counting_progress(quiet, "build", lang))
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
                warm=warm,  # the cluster's converter (skpdoc.distributed.client), if any
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


def _from_environment(parameter: str) -> bool:
    source = click.get_current_context().get_parameter_source(parameter)
    return source is click.core.ParameterSource.ENVIRONMENT
