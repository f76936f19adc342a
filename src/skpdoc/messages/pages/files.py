"""Words of the files page of ``skpdoc serve`` (``serve.files.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {}
