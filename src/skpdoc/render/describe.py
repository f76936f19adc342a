"""The document properties of a filled form (``docProps/core.xml``): what Word's *File → Info* and a file
manager show, and what a PDF made from it is titled.

A built-in template carries its own properties ("Template skpdoc: Sasaran Kinerja Pegawai …"); a filled
form must describe itself instead: "SKP 2024 — Novi Rahmawati (199511112019032001)". The view model
says what (:class:`Properti`, built with the form's context); :func:`apply` writes it into the rendered
package after rendering. A template whose own title is anything else (a user's template that sets its
title, or prints one with a tag) keeps its properties as they are.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from io import BytesIO

from lxml import etree

from skpdoc.render.ziputil import StaticMember, write_zip

CORE = "docProps/core.xml"
#: The built-in templates' titles start so (tools/docx_kit.py); such a title is replaced.
TEMPLATE_TITLE = "Template skpdoc"

_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_DEFLATED = 8
_LOCAL_HEADER = 30


@dataclass(frozen=True)
class Properti:
    """What a filled form says about itself."""

    judul: str = ""  # dc:title: "SKP 2024 — Novi Rahmawati (199511112019032001)"
    subjek: str = ""  # dc:subject: the form in full, the OPD and the instansi
    pembuat: str = ""  # dc:creator and cp:lastModifiedBy: the OPD that issues it
    kata_kunci: str = ""  # cp:keywords
    keterangan: str = ""  # dc:description (a draft says so here too)


def apply(package: bytes, properti: Properti | None) -> bytes:
    """``package`` (a rendered .docx) with its core properties set from ``properti``.

    Nothing changes without ``properti``, without a core part, or when the template's title is its own
    (neither empty nor a built-in template's). The other members are copied as they were compressed.
    """
    if properti is None or not properti.judul:
        return package
    with zipfile.ZipFile(BytesIO(package)) as archive:
        infos = archive.infolist()
        if CORE not in archive.namelist():
            return package
        try:
            root = etree.fromstring(archive.read(CORE))
        except etree.XMLSyntaxError:
            return package
        title = root.find("dc:title", _NS)
        if title is not None and (title.text or "").strip() and not (title.text or "").startswith(TEMPLATE_TITLE):
            return package
        for tag, value in (
            ("dc:title", properti.judul),
            ("dc:subject", properti.subjek),
            ("dc:creator", properti.pembuat),
            ("cp:keywords", properti.kata_kunci),
            ("dc:description", properti.keterangan),
            ("cp:lastModifiedBy", properti.pembuat),
        ):
            element = root.find(tag, _NS)
            if element is None:
                prefix, name = tag.split(":")
                element = etree.SubElement(root, f"{{{_NS[prefix]}}}{name}")
            element.text = value
        core = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        members = [_member(package, archive, info) for info in infos]
    return write_zip(members, {CORE: core})


def _member(package: bytes, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> StaticMember:
    """A member as it is compressed in ``package`` (deflated ones are not decompressed and compressed again)."""
    if info.filename == CORE:
        return StaticMember(CORE)
    if info.compress_type != _DEFLATED:
        return StaticMember.from_bytes(info.filename, archive.read(info))
    offset = info.header_offset
    name_length, extra_length = struct.unpack("<HH", package[offset + 26 : offset + _LOCAL_HEADER])
    start = offset + _LOCAL_HEADER + name_length + extra_length
    return StaticMember(info.filename, package[start : start + info.compress_size], info.CRC, info.file_size)
