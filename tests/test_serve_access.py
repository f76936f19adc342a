"""Who may read and edit what in ``skpdoc serve`` (skpdoc.serve.access), and the index pages are looked up in."""

from __future__ import annotations

from pathlib import Path

import pytest

from skpdoc.serve import users
from skpdoc.serve.access import Account, Part
from skpdoc.serve.state import State
from webclient import HEAD, KABID, KASI, accounts


@pytest.fixture
def index(ws: Path):  # type: ignore[no-untyped-def]
    accounts(ws)
    return State(ws).current().index


def account(ws: Path, name: str) -> Account:
    user = users.load(ws).get(name)
    assert user is not None
    return Account(user.name, user.role, user.opds, user.nip)


def test_the_index_knows_every_spec_by_nip_and_every_opd_by_folder(ws: Path, index) -> None:  # type: ignore[no-untyped-def]
    assert sorted(index.pegawai) == sorted([HEAD, KABID, KASI])
    assert sorted(index.opds) == ["dinkes", "diskominfo"]
    kasi = index.pegawai[KASI]
    assert (kasi.opd, kasi.penilai, kasi.file) == ("diskominfo", KABID, (ws / "diskominfo" / f"{KASI}.yaml").resolve())
    assert [e.nip for e in index.assessed_by(KABID)] == [KASI]


def test_each_role_reads_and_edits_what_it_may(ws: Path, index) -> None:  # type: ignore[no-untyped-def]
    head, kabid, kasi = (index.pegawai[n] for n in (HEAD, KABID, KASI))
    admin, ops, other, penilai, reviewer = (account(ws, n) for n in ("admin", "ops", "ops-dinkes", "kabid", "reviewer"))
    everyone = (head, kabid, kasi)
    assert all(admin.reads(e) and admin.edits(e, p) for e in everyone for p in Part)
    assert all(ops.reads(e) and ops.edits(e, p) for e in everyone for p in Part)
    assert not any(other.reads(e) or other.edits(e, p) for e in everyone for p in Part)
    assert other.reads_opd("dinkes") and not other.reads_opd("diskominfo")
    assert all(reviewer.reads(e) and not reviewer.edits(e, p) for e in everyone for p in Part)
    assert not reviewer.edits_anything()
    # the kabid reads her own spec, her staff's and (as the one assessed) not her head's; rates only her staff
    assert penilai.reads(kabid) and penilai.reads(kasi) and not penilai.reads(head)
    assert penilai.edits(kasi, Part.EVALUASI)
    assert not penilai.edits(kasi, Part.RENCANA) and not penilai.edits(kabid, Part.EVALUASI)
    assert not penilai.reads_opd("diskominfo")


def test_a_change_on_disk_is_seen_after_it_is_announced(ws: Path) -> None:
    state = State(ws)
    first = state.current()
    assert state.current() is first  # nothing changed: the same snapshot
    spec = ws / "diskominfo" / f"{KASI}.yaml"
    spec.write_text(spec.read_text().replace("Rina Marlina", "Rina M."), encoding="utf-8")
    state.changed()
    second = state.current()
    assert second.generation == first.generation + 1 and second.index.pegawai[KASI].nama.startswith("Rina M.")


def test_the_watcher_sees_a_file_changed_by_someone_else(ws: Path) -> None:
    import time

    state = State(ws)
    first = state.current()
    state.watch()
    try:
        time.sleep(0.3)  # the watcher is listening
        spec = ws / "diskominfo" / f"{KASI}.yaml"
        spec.write_text(spec.read_text().replace("Rina Marlina", "Rina W."), encoding="utf-8")
        deadline = time.monotonic() + 10
        while state.current() is first and time.monotonic() < deadline:
            time.sleep(0.05)
        assert state.current().index.pegawai[KASI].nama.startswith("Rina W.")
    finally:
        state.close()
