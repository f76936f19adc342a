"""Who may read and edit what, checked on the server for every request that touches a spec.

* **admin**: everything.
* **operator**: reads and edits the plans and evaluations of the OPDs of the account.
* **penilai**: reads their own spec and those of the people they assess or
  whose penilai they supervise (``atasan_pejabat_penilai``); edits the
  evaluations of the people whose ``pejabat_penilai`` is their NIP, never a plan.
* **reviewer**: reads everything, edits nothing.

Every account sees the dashboard (counts per OPD, no personal data). Pages
hide what a user may not do, but the routes call these functions themselves:
a hidden button is not a permission.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from skpdoc.serve.state import Entry


class Part(Enum):
    """What an edit changes: the plan (everything but ``evaluasi``) or one evaluation."""

    RENCANA = "rencana"
    EVALUASI = "evaluasi"


@dataclass(frozen=True)
class Account:
    """The logged-in user as the permission checks need them."""

    name: str
    role: str
    opds: tuple[str, ...] = ()
    nip: str | None = None

    def reads_opd(self, slug: str) -> bool:
        """May open the OPD's page (its people, pohon kinerja and rekap)."""
        return self.role in ("admin", "reviewer") or (self.role == "operator" and slug in self.opds)

    def reads(self, entry: Entry) -> bool:
        """May open the employee's page, preview and history."""
        if self.role in ("admin", "reviewer"):
            return True
        if self.role == "operator":
            return entry.opd in self.opds
        if self.role == "penilai":
            return self.nip is not None and self.nip in (entry.nip, entry.penilai, entry.atasan)
        return False

    def edits(self, entry: Entry, part: Part) -> bool:
        """May save a change to ``part`` of the employee's spec."""
        if self.role == "admin":
            return True
        if self.role == "operator":
            return entry.opd in self.opds
        if self.role == "penilai":
            return part is Part.EVALUASI and self.nip is not None and entry.penilai == self.nip
        return False

    def edits_anything(self) -> bool:
        return self.role != "reviewer"
