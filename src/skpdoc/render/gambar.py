"""Images in rendered documents: the kop's logo and the lambang, as real Word pictures.

A template prints an image like any value (``{{ kop.logo }}``, ``{{ lambang }}``).
The value is a :class:`Gambar`; the engine writes it as an inline picture (the
same ``w:drawing`` XML Word and docxtpl's InlineImage write) and then adds what a
picture needs in the package (:func:`embed`): the image bytes as a media part,
a relationship from the part that shows it, and the content type of its
extension. Only the images a document actually prints are added.

Its ``repr`` names the image by the digest of its bytes, not the bytes, so a
build's key (the repr of what a template reads) changes when the picture does.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from skpdoc.render.ziputil import StaticMember
from skpdoc.rules.gambar import ImageFile

EMU_PER_MM = 36_000
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_CONTENT_TYPES = "[Content_Types].xml"
_EMBED = re.compile(r'r:embed="rIdSkpdoc-([a-z]+)"')
_DOC_PR = 'id="skpdoc-docpr"'
#: Drawing ids of the added pictures start here, above any a template made by Word or python-docx uses.
_FIRST_DOC_PR = 90_001
_EMPTY_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
)
_EMPTY_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'
)
_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


@dataclass(frozen=True)
class Gambar:
    """An image to print: its part's name, its type, its printed size and its bytes."""

    nama: str  # lowercase letters: names its media part word/media/skpdoc-<nama>.<ext> and its relationship
    ext: str  # "png" | "jpeg"
    sha256: str
    lebar_emu: int  # printed size in EMU (1 mm = 36,000)
    tinggi_emu: int
    data: bytes = field(repr=False, compare=False)

    @property
    def media(self) -> str:
        return f"media/skpdoc-{self.nama}.{self.ext}"

    @property
    def rel_id(self) -> str:
        return f"rIdSkpdoc-{self.nama}"

    def run_xml(self) -> str:
        """The picture as a run of its own, closing and reopening the text run the tag sits in."""
        cx, cy = self.lebar_emu, self.tinggi_emu
        # The namespaces are declared here too, so a part that lacks them (a header saved by another tool) still parses.
        return (
            f'</w:t></w:r><w:r><w:drawing {_NS}><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr {_DOC_PR} name="{self.nama}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="skpdoc-{self.nama}.{self.ext}"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{self.rel_id}"/><a:stretch><a:fillRect/></a:stretch>'
            f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r><w:r><w:t xml:space="preserve">'
        )


def gambar(nama: str, image: ImageFile, *, tinggi_mm: float, lebar_maks_mm: float) -> Gambar:
    """``image`` printed ``tinggi_mm`` high, or narrower than ``lebar_maks_mm`` when it is wide (aspect kept)."""
    lebar = tinggi_mm * image.width / image.height
    if lebar > lebar_maks_mm:
        lebar, tinggi_mm = lebar_maks_mm, lebar_maks_mm * image.height / image.width
    digest = hashlib.sha256(image.data).hexdigest()
    return Gambar(nama, image.ext, digest, round(lebar * EMU_PER_MM), round(tinggi_mm * EMU_PER_MM), image.data)


def found_in(context: Mapping[str, Any]) -> dict[str, Gambar]:
    """The images a context holds, by name: top-level values and the fields of top-level values (``kop.logo``)."""
    images: dict[str, Gambar] = {}
    for value in context.values():
        inner = (
            [getattr(value, f.name) for f in dataclasses.fields(value)]
            if dataclasses.is_dataclass(value) and not isinstance(value, (type, Gambar))
            else []
        )
        for item in (value, *inner):
            if isinstance(item, Gambar):
                images[item.nama] = item
    return images


def embed(outputs: dict[str, bytes], package: Mapping[str, bytes], images: Mapping[str, Gambar]) -> list[StaticMember]:
    """Extend the parts of ``outputs`` for the images they print; returns the images' media members.

    ``package`` holds the template's relationship parts and ``[Content_Types].xml`` as they are; the
    relationship parts and content types the images need are added to ``outputs``.
    """
    used: dict[str, list[Gambar]] = {}
    counter = _FIRST_DOC_PR
    for name in sorted(outputs):
        xml = outputs[name].decode("utf-8")
        names = sorted({m.group(1) for m in _EMBED.finditer(xml)} & set(images))
        if not names:
            continue
        used[name] = [images[n] for n in names]
        pieces = xml.split(_DOC_PR)
        for index in range(1, len(pieces)):  # every drawing in a document needs its own id
            pieces[index] = f'id="{counter}"' + pieces[index]
            counter += 1
        outputs[name] = "".join(pieces).encode("utf-8")
    if not used:
        return []
    printed: dict[str, Gambar] = {}
    for part, shown in used.items():
        folder, _, base = part.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels"
        text = package[rels].decode("utf-8") if rels in package else _EMPTY_RELS
        text = re.sub(r"<Relationships([^>]*)/>", r"<Relationships\1></Relationships>", text)  # an empty one
        new = "".join(
            f'<Relationship Id="{g.rel_id}" Type="{_RELATIONSHIP}" Target="{g.media}"/>'
            for g in shown
            if f'Id="{g.rel_id}"' not in text
        )
        outputs[rels] = text.replace("</Relationships>", new + "</Relationships>").encode("utf-8")
        printed.update({g.nama: g for g in shown})
    types = package[_CONTENT_TYPES].decode("utf-8") if _CONTENT_TYPES in package else _EMPTY_TYPES
    for g in printed.values():
        if not re.search(rf'Extension="{g.ext}"', types, re.IGNORECASE):
            default = f'<Default Extension="{g.ext}" ContentType="image/{g.ext}"/>'
            types = types.replace("</Types>", default + "</Types>")
    outputs[_CONTENT_TYPES] = types.encode("utf-8")
    return [_media(g) for g in printed.values()]


_MEDIA: dict[tuple[str, str], StaticMember] = {}


def _media(image: Gambar) -> StaticMember:
    """The image's zip member, compressed once rather than once per document (a logo may be 2 MiB)."""
    key = (image.media, image.sha256)
    if key not in _MEDIA:
        if len(_MEDIA) >= 8:
            _MEDIA.clear()
        _MEDIA[key] = StaticMember.from_bytes(f"word/{image.media}", image.data)
    return _MEDIA[key]
