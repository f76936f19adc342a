"""The images a workspace names: the kop's logo and the Garuda lambang (``skpdoc.yaml``, ``opd.yaml``).

An image is the user's own file, named by a path relative to the workspace
folder. It is held to what a spec is held to, and more, since LibreOffice
decodes it: a regular file inside the workspace (no absolute path, no ``..``
or link leading out), at most :data:`MAX_IMAGE_BYTES`, really a PNG or a
JPEG (read from its bytes, not its name) of at most :data:`MAX_SIDE` pixels a
side and :data:`MAX_PIXELS` in all (2 MiB of PNG can unpack to gigabytes).
Each problem is located at the value in the YAML file (F030–F035).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import paths
from skpdoc.errors import Problem, YamlPath
from skpdoc.placeholders import is_placeholder
from skpdoc.spec import Document

#: A logo or an emblem is at most a few hundred KB; 2 MiB leaves room for a photo-quality scan.
MAX_IMAGE_BYTES = 2 << 20
MAX_SIDE = 10_000
MAX_PIXELS = 25_000_000

#: Where images are named: in skpdoc.yaml the kop's logo and the lambang, in opd.yaml the OPD's own kop logo.
IMAGE_KEYS: dict[str, tuple[YamlPath, ...]] = {
    "skpdoc": (("kop", "logo"), ("lambang",)),
    "opd": (("kop", "logo"),),
}

_PNG = b"\x89PNG\r\n\x1a\n"
#: JPEG start-of-frame markers (baseline, progressive, lossless, arithmetic), which carry the size.
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


@dataclass(frozen=True)
class ImageFile:
    """An image that passed every check: its bytes, its type and its size in pixels."""

    data: bytes
    ext: str  # "png" | "jpeg": the media part's extension
    width: int
    height: int


@dataclass(frozen=True)
class Refused:
    """Why an image is not used: a code (F030–F035) and its arguments."""

    code: str
    args: dict[str, Any]


@dataclass(frozen=True)
class _Reason:
    """The reason a file could not be read, in the reader's language (a message argument)."""

    refusal: paths.Refusal

    def render(self, lang: str) -> str:
        return self.refusal.describe(lang)

    def __str__(self) -> str:
        return self.render("id")


def sniff(data: bytes) -> tuple[str, int, int] | None:
    """``(ext, width, height)`` of a whole PNG or of a JPEG, read from its bytes; None for anything else."""
    if data.startswith(_PNG):
        # IHDR comes first and holds the size; a PNG ends with an IEND chunk (a cut-off download does not).
        if len(data) < 33 or data[12:16] != b"IHDR" or data[-8:-4] != b"IEND":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return ("png", width, height) if width and height else None
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[str, int, int] | None:
    """The size in the first start-of-frame segment, walking the segments before it."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or the image data before any frame header
            return None
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _SOF:
            if at + 9 > len(data) or length < 7:
                return None
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return ("jpeg", width, height) if width and height else None
        at += 2 + length
    return None


def locate_image(root: Path, value: str) -> Path | Refused:
    """The file ``value`` names (relative to the workspace ``root``), or why it is not one to read."""
    given = Path(value)
    path = root / given
    if given.is_absolute() or given.drive or not paths.within(root, path):
        return Refused("F032", {"value": value, "target": os.path.realpath(path)})
    if not os.path.lexists(path):
        return Refused("F030", {"value": value})
    refusal = paths.examine(path, root)
    if refusal is None:
        return path
    if refusal.code == "W005":  # a link inside the workspace pointing out of it
        return Refused("F032", {"value": value, "target": os.path.realpath(path)})
    return Refused("F031", {"value": value, "reason": _Reason(refusal)})


def read_image(root: Path, value: str) -> ImageFile | Refused:
    """The image ``value`` names, checked (see the module docstring), or why it is refused."""
    found = locate_image(root, value)
    if isinstance(found, Refused):
        return found
    try:
        data = paths.read_regular(found, MAX_IMAGE_BYTES)
    except paths.NotReadable as exc:
        if exc.refusal.code == "F005":
            return Refused("F034", {"value": value, **exc.refusal.args})
        return Refused("F031", {"value": value, "reason": _Reason(exc.refusal)})
    kind = sniff(data)
    if kind is None:
        return Refused("F033", {"value": value})
    ext, width, height = kind
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        return Refused("F035", {"value": value, "width": width, "height": height, "side": MAX_SIDE})
    return ImageFile(data, ext, width, height)


def named(data: Any, kind: str) -> Iterator[tuple[YamlPath, str]]:
    """Each image path a file of ``kind`` (``skpdoc`` or ``opd``) names, with where it is."""
    for where in IMAGE_KEYS.get(kind, ()):
        value: Any = data
        for key in where:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value and not is_placeholder(value):  # still to fill: R190 says so
            yield where, value


def check(doc: Document, kind: str, root: Path) -> list[Problem]:
    """A located problem for each image of ``doc`` that cannot be used (the schema checked the rest)."""
    problems: list[Problem] = []
    for where, value in named(doc.data, kind):
        found = read_image(root, value)
        if isinstance(found, Refused):
            line, column = doc.locate(where)
            problems.append(Problem(doc.file, found.code, found.args, path=where, line=line, column=column))
    return problems
