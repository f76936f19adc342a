"""What a semantic diff reports: :class:`Change`, and the paths that name where.

A change's ``path`` names things by identity, not by position:
``hasil_kerja.utama[id=rhk-1].indikator[id=rhk-1.1].target``. Mapping keys
are joined with dots (``["rhk-1.1"]`` when the key holds other characters),
list items with an ``id`` are ``[id=...]``, other list items ``[index]``.
The YAML paths (with indices) of both sides are kept too, to find lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from skpdoc.errors import YamlPath

Kind = Literal["added", "removed", "changed", "moved"]
KINDS: tuple[Kind, ...] = ("added", "removed", "changed", "moved")

#: Values of ``Change.what``: the subject a reviewer approves (README documents them).
WHAT = (
    "pegawai",
    "berkas",
    "identitas",
    "penilai",
    "atasan_penilai",
    "periode",
    "pendekatan",
    "penetapan",
    "rhk",
    "intervensi",
    "indikator",
    "target",
    "ekspektasi",
    "lampiran",
    "evaluasi",
    "rating",
    "predikat",
    "realisasi",
    "opd",
    "kepala",
    "unit",
    "capaian",
    "workspace",
    "lainnya",
)

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
_PLAIN_ID = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")


def key_part(key: str) -> str:
    return f".{key}" if _PLAIN_KEY.match(key) else f"[{json.dumps(key, ensure_ascii=False)}]"


def id_part(ident: str) -> str:
    return f"[id={ident}]" if _PLAIN_ID.match(ident) else f"[id={json.dumps(ident, ensure_ascii=False)}]"


def join(path: str, part: str) -> str:
    return part[1:] if not path and part.startswith(".") else path + part


@dataclass(frozen=True)
class Loc:
    """Where a value is: the identity path, the path below the current section, both YAML paths."""

    path: str = ""
    rel: str = ""
    old_at: YamlPath | None = ()
    new_at: YamlPath | None = ()

    def key(self, key: str) -> Loc:
        part = key_part(key)
        return Loc(join(self.path, part), join(self.rel, part), _extend(self.old_at, key), _extend(self.new_at, key))

    def index(self, old: int | None, new: int | None) -> Loc:
        part = f"[{new if new is not None else old}]"
        return Loc(self.path + part, self.rel + part, _extend(self.old_at, old), _extend(self.new_at, new))

    def ident(self, ident: str, old: int | None, new: int | None) -> Loc:
        part = id_part(ident)
        return Loc(self.path + part, self.rel + part, _extend(self.old_at, old), _extend(self.new_at, new))

    def section(self) -> Loc:
        """The same place, as the start of a section (relative paths start here)."""
        return Loc(self.path, "", self.old_at, self.new_at)


def _extend(at: YamlPath | None, part: str | int | None) -> YamlPath | None:
    return None if at is None or part is None else (*at, part)


@dataclass(frozen=True)
class Change:
    """One reviewable fact: something added, removed, changed or moved.

    ``old``/``new`` are the values at ``path`` (``None`` on the side where it
    does not exist); for ``moved`` they are the old and new positions
    (YAML paths with indices). ``info`` holds language-neutral facts used to
    describe the change (ids, the IKI of an indicator, names behind NIPs).
    The entity fields (``nip`` ... ``old_line``) are filled in by
    :func:`skpdoc.diff.compare`.
    """

    kind: Kind
    what: str
    path: str
    old: Any = None
    new: Any = None
    info: Mapping[str, Any] = field(default_factory=dict)
    old_at: YamlPath | None = field(default=None, repr=False)
    new_at: YamlPath | None = field(default=None, repr=False)
    entity: str = "pegawai"  # pegawai | opd | workspace
    nip: str | None = None
    nama: str | None = None
    opd: str | None = None
    opd_nama: str | None = None  # the OPD's name from its opd.yaml, for headings (not in the JSON)
    file: str | None = None
    old_file: str | None = None
    line: int | None = None
    old_line: int | None = None
