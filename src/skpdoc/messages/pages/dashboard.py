"""Words of the dashboard page of ``skpdoc serve`` (``serve.dashboard.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {}
