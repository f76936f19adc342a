"""Words of the edit page of ``skpdoc serve`` (``serve.edit.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {}
