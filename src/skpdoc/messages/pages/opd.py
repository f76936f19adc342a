"""Words of the opd page of ``skpdoc serve`` (``serve.opd.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {}
