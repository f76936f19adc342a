"""The words of the pages of ``skpdoc serve``, one module per page (``serve.<page>.<name>``), merged here.

Each module has ``LABELS`` in the form of :data:`skpdoc.messages.labels.LABELS`;
a name may be defined once only.
"""

from __future__ import annotations

import importlib

Label = str | tuple[str, ...]

MODULES = ("common", "dashboard", "opd", "pegawai", "edit", "review", "files")

LABELS: dict[str, dict[str, Label]] = {}
for _name in MODULES:
    _module = importlib.import_module(f"skpdoc.messages.pages.{_name}")
    for _key, _value in _module.LABELS.items():
        assert _key not in LABELS, _key
        LABELS[_key] = _value
