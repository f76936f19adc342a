"""Words of the review page of ``skpdoc serve`` (``serve.review.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {}
