"""A bundle's document metadata, written twice: the Info dictionary and an XMP packet saying the same.

PDF/A (ISO 19005-2, 6.6.2.3) asks that each Info entry have its XMP twin
with an equivalent value: Title ↔ dc:title, Author ↔ dc:creator, Subject ↔
dc:description, Keywords ↔ pdf:Keywords, Creator ↔ xmp:CreatorTool,
Producer ↔ pdf:Producer, CreationDate ↔ xmp:CreateDate, ModDate ↔
xmp:ModifyDate. Both are made here from one :class:`Metadata`, so they
cannot drift apart; the dates are one instant, written in UTC in both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    tool: str  # the Creator and the Producer: skpdoc writes the bundle's own pages and assembles it
    moment: dt.datetime  # aware; creation and modification: a bundle is always written anew

    def info(self) -> dict[str, str]:
        """The entries of the Info dictionary."""
        stamp = self.moment.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
        texts = {
            "/Title": self.title,
            "/Author": self.author,
            "/Subject": self.subject,
            "/Keywords": self.keywords,
            "/Creator": self.tool,
            "/Producer": self.tool,
        }
        return {key: _clean(value) for key, value in texts.items()} | {"/CreationDate": stamp, "/ModDate": stamp}


def xmp_packet(meta: Metadata, *, pdfa: bool) -> bytes:
    """The XMP of ``meta`` (UTF-8, no ``bytes``/``encoding`` in the header, as PDF/A wants); ``pdfa`` adds pdfaid."""
    when = meta.moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    pdfaid = (
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>"
        if pdfa
        else ""
    )
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"{pdfaid}"
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_text(meta.title)}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq><rdf:li>{_text(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_text(meta.subject)}</rdf:li></rdf:Alt>'
        "</dc:description></rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f"<pdf:Keywords>{_text(meta.keywords)}</pdf:Keywords><pdf:Producer>{_text(meta.tool)}</pdf:Producer>"
        "</rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"<xmp:CreatorTool>{_text(meta.tool)}</xmp:CreatorTool><xmp:CreateDate>{when}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate><xmp:MetadataDate>{when}</xmp:MetadataDate>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


def _text(value: str) -> str:
    return escape(_clean(value))


def _clean(value: str) -> str:
    """``value`` without what XML 1.0 cannot hold even escaped (C0 controls but tab and line breaks): spaces.

    Names are validated long before; this keeps the packet well-formed, and the Info entry its equal.
    """
    return "".join(c if c >= " " or c in "\t\n\r" else " " for c in value)
