"""The Excel round trip for OPD operators: ``export xlsx`` writes an OPD's plans and evaluations as a
workbook, ``import xlsx`` writes the edits back into the YAML specs (comments, key order and quoting kept).

Pipeline: :mod:`.layout` (sheets, columns, the rows of a spec, the digest) → :mod:`.export`
(the workbook) … :mod:`.read` (cells checked, problems at ``FILE.xlsx!Sheet!A1``) →
:mod:`.merge` (rows onto the data; the Pegawai row in :mod:`.pegawai`,
proposals confirmed per :mod:`.proposals`) → :mod:`.apply` (ruamel round trip, all-or-nothing writes),
driven by :mod:`.importer`.
"""

from __future__ import annotations

from skpdoc.excel.export import ExportResult, export_xlsx
from skpdoc.excel.importer import ImportRefused, ImportResult, import_xlsx

__all__ = ["ExportResult", "ImportRefused", "ImportResult", "export_xlsx", "import_xlsx"]
