"""The predikat of an evaluation in a diff: the one written in the file and the one its ratings give.

They are two facts. A reviewer must see an edit of the written ``predikat``
(the form prints it), and a change of ratings that moves the employee to
another cell of the kuadran even when nobody touched ``predikat``; when
the two disagree on the new side, the line says so (``validate`` rejects
such a file, but the diff of a draft must not hide it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skpdoc.diff.generic import MISSING, Out, same
from skpdoc.diff.model import Kind, Loc, join
from skpdoc.errors import YamlPath
from skpdoc.reference import RATING, predikat

RATINGS = ("rating_hasil_kerja", "rating_perilaku_kerja")


def kuadran(evaluasi: Any) -> str | None:
    """The predikat the two ratings give (kuadran kinerja), when both are valid."""
    if not isinstance(evaluasi, dict):
        return None
    rh, rp = evaluasi.get("rating_hasil_kerja"), evaluasi.get("rating_perilaku_kerja")
    return predikat(str(rh), str(rp)) if rh in RATING and rp in RATING else None


def written(evaluasi: Any) -> Any:
    """The ``predikat`` key as written (``MISSING`` when absent)."""
    return evaluasi.get("predikat", MISSING) if isinstance(evaluasi, dict) else MISSING


def effective(evaluasi: Any) -> str | None:
    """The predikat of an evaluation: from the kuadran when both ratings are known, else as written."""
    found = kuadran(evaluasi)
    if found is not None:
        return found
    stated = written(evaluasi)
    return stated if isinstance(stated, str) else None


def contradiction(evaluasi: Any) -> tuple[Any, str] | None:
    """(written, kuadran) when the written predikat is not the one the ratings give."""
    stated, found = written(evaluasi), kuadran(evaluasi)
    if stated is MISSING or found is None or same(stated, found):
        return None
    return stated, found


def _kind(old: Any, new: Any) -> Kind:
    return "added" if old is MISSING else "removed" if new is MISSING else "changed"


def compare(out: Out, old: Mapping[str, Any], new: Mapping[str, Any], here: Loc, info: Mapping[str, Any]) -> None:
    """The predikat changes of one evaluation present on both sides (``here`` is the evaluation)."""
    w_old, w_new = written(old), written(new)
    k_old, k_new = kuadran(old), kuadran(new)
    clash = contradiction(new)
    edited = not same(w_old, w_new)
    if edited:
        facts = {**info, "kuadran": clash[1] if clash else None}
        out.emit(_kind(w_old, w_new), "predikat", here.key("predikat"), w_old, w_new, facts)
    moved_cell = k_old != k_new
    # Ratings and written predikat changed together and agree on both sides: one fact, already said.
    agreed = edited and k_old is not None and k_new is not None and same(w_old, k_old) and same(w_new, k_new)
    if moved_cell and not agreed:
        old_k = MISSING if k_old is None else k_old
        new_k = MISSING if k_new is None else k_new
        facts = {**info, "source": "kuadran", "written": clash[0] if clash and not edited else None}
        out.emit(_kind(old_k, new_k), "predikat", _kuadran_loc(here, old, new), old_k, new_k, facts)


def _kuadran_loc(here: Loc, old: Mapping[str, Any], new: Mapping[str, Any]) -> Loc:
    """``<evaluation>.kuadran``: not a key of the file; its lines are those of the rating that changed."""
    key = next((k for k in RATINGS if not same(old.get(k, MISSING), new.get(k, MISSING))), RATINGS[0])

    def at(base: YamlPath | None, side: Mapping[str, Any]) -> YamlPath | None:
        return None if base is None or key not in side else (*base, key)

    return Loc(join(here.path, ".kuadran"), join(here.rel, ".kuadran"), at(here.old_at, old), at(here.new_at, new))
