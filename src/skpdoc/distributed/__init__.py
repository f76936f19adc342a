"""Builds on a Dask cluster: the conversion to PDF on the workers of ``dask.distributed``.

``skpdoc build --scheduler tcp://HOST:8786`` (or ``--cluster local:N``) hands
the conversions to Dask workers; everything else (rendering, what is stale,
the text check, the manifest, the bundles) stays the local build's
(:mod:`skpdoc.build`). :mod:`.cluster` connects or starts the cluster,
:mod:`.client` is the converter the build uses, :mod:`.plan` cuts the forms
into tasks, :mod:`.worker` is what runs on a worker: its LibreOffice and the
task. Dask is an optional extra: importing this package does not import it.
See docs/distributed.md.
"""

from __future__ import annotations

from skpdoc.distributed.cluster import ClusterUnreachable, DaskMissing, local_workers, open_cluster

__all__ = ["ClusterUnreachable", "DaskMissing", "local_workers", "open_cluster"]
