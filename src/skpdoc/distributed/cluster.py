"""Reaching a Dask cluster, or starting one on this machine, for a build: :func:`open_cluster`.

Dask is an optional extra (``pip install 'skpdoc[dask]'``); nothing here
imports it before a cluster is asked for, and its absence is one message
saying what to install (C001), not a traceback.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from skpdoc.errors import SkpdocError, UsageError

if TYPE_CHECKING:
    from skpdoc.distributed.client import ClusterConverter

#: How long to wait for the cluster's first worker (a worker starting LibreOffice takes a few seconds).
WAIT_FOR_WORKERS = 60.0
#: How long to try reaching the scheduler (Dask retries a refused connection until then).
CONNECT_TIMEOUT = 10.0
_LOCAL = re.compile(r"local:([1-9][0-9]*)")


class DaskMissing(SkpdocError):
    """A cluster was asked for but Dask is not installed (C001)."""


class ClusterUnreachable(SkpdocError):
    """The scheduler does not answer, has no worker, or needs TLS settings this client lacks (C003, C004, C006)."""


def local_workers(spec: str) -> int:
    """The N of ``local:N``; :class:`UsageError` (C002) for anything else."""
    found = _LOCAL.fullmatch(spec.strip())
    if not found:
        raise UsageError(code="C002", value=spec)
    return int(found.group(1))


@contextlib.contextmanager
def open_cluster(
    scheduler: str | None = None, *, cluster: str | None = None, pdfa: bool = False, wait: float = WAIT_FOR_WORKERS
) -> Iterator[ClusterConverter]:
    """A :class:`~skpdoc.distributed.client.ClusterConverter` on the Dask ``scheduler`` (``tcp://HOST:8786``,
    ``tls://...``), or on a cluster of ``cluster="local:N"`` worker processes started here and stopped on exit.

    Give it to :func:`skpdoc.build.build` as ``warm`` (with the same ``pdfa``)::

        with open_cluster("tcp://10.0.0.5:8786") as converter:
            report = build("specs", "out", warm=converter)

    TLS and other Dask settings come from Dask's own configuration (``~/.config/dask/``, ``DASK_*`` variables;
    see docs/distributed.md). Waits up to ``wait`` seconds for a first worker.
    """
    if scheduler and cluster:
        raise UsageError(code="C005")
    if not scheduler and not cluster:
        raise UsageError(code="C002", value="")
    workers = local_workers(cluster) if cluster else None
    try:
        import dask
        import distributed
    except ImportError:
        raise DaskMissing(code="C001") from None
    from skpdoc.distributed.client import ClusterConverter

    # Results come from the workers themselves, not through the scheduler, unless Dask is told otherwise (a
    # client outside a Kubernetes cluster cannot reach its workers: direct-to-workers: false).
    direct = dask.config.get("distributed.client.direct-to-workers", None)
    if isinstance(direct, str):  # from a DASK_DISTRIBUTED__CLIENT__DIRECT_TO_WORKERS=false variable: a string
        direct = direct.strip().lower() in ("true", "1", "yes")
    with contextlib.ExitStack() as stack:
        if workers is not None:
            local = distributed.LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers,
                threads_per_worker=1,  # one LibreOffice per worker process, as one per core locally
                processes=True,
                dashboard_address="127.0.0.1:0",  # (its HTTP server starts anyway: on a free port, not 8787)
                silence_logs=logging.ERROR,
            )
            stack.enter_context(local)
            address = str(local.scheduler_address)
        else:
            address = str(scheduler)
        if address.startswith("tls://") and not dask.config.get("distributed.comm.tls.ca-file", None):
            raise ClusterUnreachable(code="C006", address=address)  # (Dask would fail on a missing SSL context)
        try:
            client = distributed.Client(  # type: ignore[no-untyped-call]
                address, timeout=CONNECT_TIMEOUT, direct_to_workers=True if direct is None else direct
            )
        except (OSError, TimeoutError) as exc:
            raise ClusterUnreachable(code="C003", address=address, detail=str(exc) or type(exc).__name__) from None
        stack.enter_context(client)
        try:
            client.wait_for_workers(1, timeout=wait)
        except TimeoutError:
            raise ClusterUnreachable(code="C004", address=address, seconds=f"{wait:g}") from None
        yield ClusterConverter(client, pdfa=pdfa)
