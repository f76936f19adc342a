"""A deterministic zip writer that reuses the compressed bytes of unchanged members.

A rendered .docx differs from its template in a few XML parts; styles,
themes, fonts and images are identical in every document. They are
compressed once, when the template is loaded, and copied as they are.
Every member carries the same fixed timestamp (1980-01-01), so equal input
gives equal bytes.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_DOS_TIME = 0
_DEFLATE = 8
_VERSION = 20
_LEVEL = 6


@dataclass(frozen=True)
class StaticMember:
    """A zip member: its name and, unless it is rendered per document, its compressed data."""

    name: str
    compressed: bytes = b""
    crc: int = 0
    size: int = 0

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> StaticMember:
        return cls(name, _deflate(data), zlib.crc32(data), len(data))


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def write_zip(members: list[StaticMember], rendered: dict[str, bytes]) -> bytes:
    """The zip of ``members`` in order, with the data of ``rendered`` members replaced."""
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for member in members:
        if member.name in rendered:
            data = rendered[member.name]
            member = StaticMember(member.name, _deflate(data), zlib.crc32(data), len(data))
        name = member.name.encode("utf-8")
        flags = 0x800 if not member.name.isascii() else 0
        common = struct.pack(
            "<HHHHHIII",
            _VERSION,
            flags,
            _DEFLATE,
            _DOS_TIME,
            _DOS_DATE,
            member.crc,
            len(member.compressed),
            member.size,
        )
        local = b"PK\x03\x04" + common + struct.pack("<HH", len(name), 0) + name
        central.append(
            b"PK\x01\x02"
            + struct.pack("<H", _VERSION)
            + common
            + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, offset)
            + name
        )
        out += [local, member.compressed]
        offset += len(local) + len(member.compressed)
    directory = b"".join(central)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(members), len(members), len(directory), offset, 0)
    return b"".join(out) + directory + end
