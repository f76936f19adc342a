"""Bootstrapping a workspace from the employee list every BKPSDM has: ``skpdoc import roster``.

:func:`import_roster` reads a SIASN "data pegawai" export or skpdoc's simple
layout (.xlsx or .csv) and writes ``<opd>/opd.yaml`` and one spec per
employee, the plan left to fill and each penilai proposed for the officer to
confirm; :func:`write_template` writes the simple layout's blank workbook.
"""

from __future__ import annotations

from skpdoc.roster.importer import OpdReport, RosterResult, import_roster
from skpdoc.roster.template import write_template
from skpdoc.roster.update import Change

__all__ = ["Change", "OpdReport", "RosterResult", "import_roster", "write_template"]
