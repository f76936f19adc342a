"""Words of the pegawai page of ``skpdoc serve`` (``serve.pegawai.*``)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str | tuple[str, ...]]] = {}
