"""PDF/A-2b, checked: every requirement of ISO 19005-2 that a program can check, on bundles and forms.

No full PDF/A validator installs here from Debian or PyPI (veraPDF is a Java
program of its own; ``apt-cache policy verapdf`` finds nothing), so the
checks below read the file with pikepdf, each naming the clause it comes
from, and ``qpdf --check`` checks the syntax. docs/pdfa.md says what is
checked and what is not. The bundle of a workspace built with ``--pdfa``
must pass all of them; LibreOffice's own PDF/A forms pass all but one, a date
that LibreOffice 7.4 writes malformed (see ``test_libreoffice_forms``).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from PIL import ImageCms
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from conftest import base_files, build_tree, qpdf_check
from skpdoc import __version__
from skpdoc.bundle import pages
from skpdoc.bundle.assemble import Contents, Front, Part, Person, assemble
from skpdoc.cli import main

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}
#: Info key → (XMP property, kind): 6.6.2.3.1, table 1 of ISO 19005-2.
INFO_TO_XMP = {
    "/Title": ("dc:title", "alt"),
    "/Author": ("dc:creator", "seq"),
    "/Subject": ("dc:description", "alt"),
    "/Keywords": ("pdf:Keywords", "text"),
    "/Creator": ("xmp:CreatorTool", "text"),
    "/Producer": ("pdf:Producer", "text"),
    "/CreationDate": ("xmp:CreateDate", "date"),
    "/ModDate": ("xmp:ModifyDate", "date"),
}
#: 6.6.1: action types a PDF/A-2 file must not use.
FORBIDDEN_ACTIONS = {
    "/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/Hide",
    "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView", "/JavaScript",
}  # fmt: skip
FORBIDDEN_ANNOTATIONS = {"/3D", "/Sound", "/Screen", "/Movie"}  # 6.3.1
BLEND_MODES = {
    "/Normal",
    "/Compatible",
    "/Multiply",
    "/Screen",
    "/Overlay",
    "/Darken",
    "/Lighten",
    "/ColorDodge",
    "/ColorBurn",
    "/HardLight",
    "/SoftLight",
    "/Difference",
    "/Exclusion",
    "/Hue",
    "/Saturation",
    "/Color",
    "/Luminosity",
}  # fmt: skip  (6.2.10)


def problems(path: Path) -> list[str]:
    """Every PDF/A-2b requirement below that ``path`` fails, as "clause: what" (each once)."""
    found = _file_structure(path)
    with pikepdf.open(path) as pdf:
        found += _trailer(pdf) + _metadata(pdf) + _output_intent(pdf) + _catalog(pdf)
        rgb_only = _intent_space(pdf) == "RGB "
        for where, obj in _dictionaries(pdf):
            found += _object(where, obj, rgb_only)
        found += _content_colours(pdf, rgb_only)
    return list(dict.fromkeys(found))


def _file_structure(path: Path) -> list[str]:
    head = path.read_bytes()[:1024]
    found = []
    match = re.match(rb"%PDF-1\.([0-7])\r?\n?%([^\r\n]*)", head)
    if match is None:
        found.append("6.1.2: the header is not %PDF-1.n (n <= 7) followed by a comment line")
    elif sum(byte > 127 for byte in match.group(2)[:4]) < 4:
        found.append("6.1.2: the header's comment line does not start with four bytes above 127")
    return found


def _trailer(pdf: pikepdf.Pdf) -> list[str]:
    found = []
    ids = pdf.trailer.get("/ID")
    if not isinstance(ids, pikepdf.Array) or len(ids) != 2:
        found.append("6.1.3: the trailer has no /ID of two strings")
    if "/Encrypt" in pdf.trailer or pdf.is_encrypted:
        found.append("6.1.3: the file is encrypted")
    if pdf.trailer.get("/Info") is not None and "/Info" in pdf.trailer and not pdf.trailer.Info.is_indirect:
        found.append("6.1.3: the Info dictionary is not an indirect object")
    return found


def xmp_values(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The XMP properties skpdoc cares about, as text (the first item of an Alt or Seq)."""
    root = etree.fromstring(pdf.Root.Metadata.read_bytes())
    values: dict[str, str] = {}
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        for name, value in description.attrib.items():  # the short form: pdfaid:part="2"
            prefix = next((p for p, uri in NS.items() if name.startswith(f"{{{uri}}}")), None)
            if prefix:
                values[f"{prefix}:{name.split('}')[1]}"] = value
        for child in description:
            prefix = next((p for p, uri in NS.items() if child.tag.startswith(f"{{{uri}}}")), None)
            if prefix is None:
                continue
            items = child.findall(".//rdf:li", NS)
            if len(items) > 1:
                values[f"{prefix}:{etree.QName(child).localname}#count"] = str(len(items))
            values[f"{prefix}:{etree.QName(child).localname}"] = (items[0].text if items else child.text) or ""
    return values


def _metadata(pdf: pikepdf.Pdf) -> list[str]:
    stream = pdf.Root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream):
        return ["6.6.2.1: the catalog has no XMP metadata stream"]
    found = []
    if stream.get("/Type") != "/Metadata" or stream.get("/Subtype") != "/XML":
        found.append("6.6.2.1: the metadata stream is not /Type /Metadata /Subtype /XML")
    if "/Filter" in stream:
        found.append("6.6.2.1: the metadata stream is filtered (compressed)")
    raw = stream.read_bytes()
    header = re.match(rb"<\?xpacket ([^?]*)\?>", raw.lstrip(b"\xef\xbb\xbf"))
    if header is None:
        found.append("6.6.2.1: the XMP has no xpacket header")
    elif re.search(rb"\b(bytes|encoding)=", header.group(1)):
        found.append("6.6.2.1: the xpacket header has a bytes or encoding attribute")
    try:
        values = xmp_values(pdf)
    except etree.XMLSyntaxError as error:
        return [*found, f"6.6.2.1: the XMP is not well-formed XML ({error})"]
    if values.get("pdfaid:part") != "2":
        found.append(f"6.6.4: pdfaid:part is {values.get('pdfaid:part')!r}, not 2")
    if values.get("pdfaid:conformance") not in {"B", "U", "A"}:
        found.append(f"6.6.4: pdfaid:conformance is {values.get('pdfaid:conformance')!r}, not B")
    info = pdf.trailer.get("/Info")
    for key, value in info.items() if isinstance(info, pikepdf.Dictionary) else []:
        if key not in INFO_TO_XMP:
            continue
        prop, kind = INFO_TO_XMP[key]
        if prop not in values:
            found.append(f"6.6.2.3: Info {key} has no XMP {prop}")
        elif kind == "date" and pdf_date(str(value)) != xmp_date(values[prop]):
            found.append(f"6.6.2.3: Info {key} {str(value)!r} is not the instant of XMP {prop} {values[prop]!r}")
        elif kind != "date" and str(value) != values[prop]:
            found.append(f"6.6.2.3: Info {key} {str(value)!r} differs from XMP {prop} {values[prop]!r}")
        elif kind == "seq" and f"{prop}#count" in values:
            found.append(f"6.6.2.3: XMP {prop} has more than the one item that Info {key} holds")
    return found


def pdf_date(text: str) -> dt.datetime | None:
    """A PDF date (``D:20240101120000+07'00'``, ``Z``) as an aware instant; None when it is not one."""
    match = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:Z(?:00'00'?)?|([+-])(\d\d)'(\d\d)'?)?", text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    sign, zh, zm = match.groups()[6:]
    offset = dt.timedelta(hours=int(zh), minutes=int(zm)) * (-1 if sign == "-" else 1) if sign else dt.timedelta()
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.timezone(offset))


def xmp_date(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else None


def _output_intent(pdf: pikepdf.Pdf) -> list[str]:
    intents = pdf.Root.get("/OutputIntents")
    pdfa = [i for i in intents if i.get("/S") == "/GTS_PDFA1"] if isinstance(intents, pikepdf.Array) else []
    if len(pdfa) != 1:
        return [f"6.2.3: {len(pdfa)} GTS_PDFA1 output intents, not exactly one"]
    profile = pdfa[0].get("/DestOutputProfile")
    if not isinstance(profile, pikepdf.Stream):
        return ["6.2.3: the output intent has no embedded ICC profile (/DestOutputProfile)"]
    data = profile.read_bytes()
    found = []
    if len(data) < 128 or data[36:40] != b"acsp":
        found.append("6.2.3: /DestOutputProfile is not an ICC profile")
    elif data[12:16] not in {b"prtr", b"mntr"}:
        found.append(f"6.2.3: the ICC profile's class is {data[12:16]!r}, not prtr or mntr")
    elif {b"RGB ": 3, b"CMYK": 4, b"GRAY": 1}.get(data[16:20]) != int(profile.get("/N", 0)):
        found.append("6.2.3: the ICC profile's /N does not match its colour space")
    return found


def _intent_space(pdf: pikepdf.Pdf) -> str:
    intents = pdf.Root.get("/OutputIntents")
    for intent in intents if isinstance(intents, pikepdf.Array) else []:
        profile = intent.get("/DestOutputProfile")
        if isinstance(profile, pikepdf.Stream):
            return profile.read_bytes()[16:20].decode("latin-1")
    return ""


def _catalog(pdf: pikepdf.Pdf) -> list[str]:
    root, found = pdf.Root, []
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
        found.append("6.6.1: the catalog's name tree holds JavaScript")
    if isinstance(names, pikepdf.Dictionary) and "/EmbeddedFiles" in names:
        found.append("6.8: embedded files (only PDF/A files may be, and skpdoc embeds none)")
    if root.get("/NeedsRendering") is True:
        found.append("6.9: /NeedsRendering is true (XFA)")
    form = root.get("/AcroForm")
    if isinstance(form, pikepdf.Dictionary) and (form.get("/NeedAppearances") is True or "/XFA" in form):
        found.append("6.4.1: the AcroForm has NeedAppearances true or XFA")
    return found


def _dictionaries(pdf: pikepdf.Pdf) -> Iterator[tuple[str, pikepdf.Dictionary | pikepdf.Stream]]:
    """Every dictionary and stream of the file, direct ones included, each once, with where it is."""

    def walk(where: str, obj: object) -> Iterator[tuple[str, pikepdf.Dictionary | pikepdf.Stream]]:
        if isinstance(obj, pikepdf.Stream | pikepdf.Dictionary):
            yield where, obj
            values = obj.stream_dict.items() if isinstance(obj, pikepdf.Stream) else obj.items()
            for key, value in values:
                if isinstance(value, pikepdf.Object) and not value.is_indirect:
                    yield from walk(f"{where}{key}", value)
        elif isinstance(obj, pikepdf.Array):
            for index, value in enumerate(obj):
                if isinstance(value, pikepdf.Object) and not value.is_indirect:
                    yield from walk(f"{where}[{index}]", value)

    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            yield from walk(f"{obj.objgen[0]} 0 R", obj)
    yield from walk("trailer", pdf.trailer)


def _object(where: str, obj: pikepdf.Dictionary | pikepdf.Stream, rgb_only: bool) -> list[str]:
    found = []
    kind, subtype = obj.get("/Type"), obj.get("/Subtype")
    action = obj.get("/S")
    if action in FORBIDDEN_ACTIONS and kind in (None, "/Action"):
        found.append(f"6.6.1: {where} is a {action} action")
    if "/JS" in obj:
        found.append(f"6.6.1: {where} holds JavaScript (/JS)")
    if "/AA" in obj:
        found.append(f"6.6.2: {where} has additional actions (/AA)")
    if kind == "/Font":
        found += _font(where, obj)
    if isinstance(obj, pikepdf.Stream):
        for key in ("/F", "/FFilter", "/FDecodeParms"):
            if key in obj.stream_dict:
                found.append(f"6.1.7.1: stream {where} refers to an external file ({key})")
        filters = obj.stream_dict.get("/Filter")
        filters = list(filters) if isinstance(filters, pikepdf.Array) else [filters] if filters is not None else []
        if "/LZWDecode" in filters:
            found.append(f"6.1.7.2: stream {where} is LZW-encoded")
        if "/Crypt" in filters:
            found.append(f"6.1.7.2: stream {where} uses the Crypt filter")
    if subtype == "/Image":
        if obj.get("/Interpolate") is True:
            found.append(f"6.2.8: image {where} has /Interpolate true")
        for key in ("/Alternates", "/OPI"):
            if key in obj:
                found.append(f"6.2.8: image {where} has {key}")
    if subtype == "/Form" and ("/OPI" in obj or "/PS" in obj or obj.get("/Subtype2") == "/PS"):
        found.append(f"6.2.9: form XObject {where} has /OPI or PostScript")
    if subtype == "/PS" or ("/Ref" in obj and subtype == "/Form"):
        found.append(f"6.2.9: {where} is a PostScript or reference XObject")
    states = obj.get("/ExtGState")  # a resource dictionary: its graphics states (few have /Type /ExtGState)
    for name, state in states.items() if isinstance(states, pikepdf.Dictionary) else []:
        found += _graphics_state(f"{where}/ExtGState{name}", state)
    group = obj.get("/Group")
    if isinstance(group, pikepdf.Dictionary) and group.get("/S") == "/Transparency" and "/CS" not in group:
        found.append(f"6.2.10: {where} has a transparency group without a blending colour space (/CS)")
    if kind == "/Annot" or (isinstance(obj, pikepdf.Dictionary) and "/Rect" in obj and subtype is not None):
        found += _annotation(where, obj)
    if rgb_only and (obj.get("/ColorSpace") == "/DeviceCMYK" or obj.get("/CS") == "/DeviceCMYK"):
        found.append(f"6.2.4.3: {where} uses DeviceCMYK under an RGB output intent")
    return found


def _font(where: str, font: pikepdf.Dictionary) -> list[str]:
    subtype = font.get("/Subtype")
    if subtype in {"/Type0", "/Type3"}:  # checked through its descendant; glyphs drawn by content streams
        return []
    descriptor = font.get("/FontDescriptor")
    name = str(font.get("/BaseFont", "?"))
    if not isinstance(descriptor, pikepdf.Dictionary):
        return [f"6.2.11.4.1: font {name} ({where}) is not embedded (no font descriptor)"]
    if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
        return [f"6.2.11.4.1: font {name} ({where}) is not embedded"]
    return []


def _graphics_state(where: str, state: pikepdf.Dictionary) -> list[str]:
    found = []
    if "/TR" in state:
        found.append(f"6.2.5: graphics state {where} has a transfer function (/TR)")
    if "/TR2" in state and state.TR2 != "/Default":
        found.append(f"6.2.5: graphics state {where} has /TR2 other than /Default")
    if "/HTP" in state:
        found.append(f"6.2.5: graphics state {where} has /HTP")
    modes = state.get("/BM")
    for mode in modes if isinstance(modes, pikepdf.Array) else [modes] if modes is not None else []:
        if mode not in BLEND_MODES:
            found.append(f"6.2.10: graphics state {where} uses blend mode {mode}")
    return found


def _annotation(where: str, annot: pikepdf.Dictionary) -> list[str]:
    subtype = annot.get("/Subtype")
    if subtype in FORBIDDEN_ANNOTATIONS:
        return [f"6.3.1: annotation {where} is of the forbidden type {subtype}"]
    if subtype == "/Popup":
        return []
    flags = int(annot.get("/F", 0))
    if not flags & 4 or flags & (1 | 2 | 32 | 256):
        return [f"6.3.2: annotation {where} ({subtype}) is not printable or is hidden (/F {flags})"]
    return []


def _content_colours(pdf: pikepdf.Pdf, rgb_only: bool) -> list[str]:
    """DeviceCMYK set by the operators of a content stream (k, K) under an RGB output intent: 6.2.4.3."""
    if not rgb_only:
        return []
    found = []
    streams = [("page", page) for page in pdf.pages]
    streams += [
        ("form XObject", obj)
        for obj in pdf.objects
        if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Form"
    ]
    for kind, item in streams:
        try:
            operators = {str(op) for _, op in pikepdf.parse_content_stream(item)}
        except pikepdf.PdfError as error:
            found.append(f"content stream of a {kind} cannot be parsed: {error}")
            continue
        if operators & {"k", "K"}:
            found.append(f"6.2.4.3: a {kind} sets DeviceCMYK colours (k/K) under an RGB output intent")
    return found


# --------------------------------------------------------------------------------------------------
# A bundle of parts drawn here (no LibreOffice): the bundle's own pages and metadata
# --------------------------------------------------------------------------------------------------


def srgb_profile() -> bytes:
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def pdfa_part(path: Path, count: int, *, wide: bool = False, intent: bool = True) -> Path:
    """A part as LibreOffice's PDF/A parts are where the bundle is concerned: embedded fonts, an sRGB output intent."""
    pages.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4) if wide else A4, initialFontName=pages.REGULAR, invariant=True)
    for page in range(count):
        canvas.setFont(pages.REGULAR, 11)
        canvas.drawString(100, 300, f"{path.stem} halaman {page + 1}")
        canvas.showPage()
    canvas.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        if intent:
            profile = pdf.make_stream(srgb_profile(), N=3)
            pdf.Root.OutputIntents = pdf.make_indirect(
                pikepdf.Array(
                    [
                        pikepdf.Dictionary(
                            Type=pikepdf.Name.OutputIntent,
                            S=pikepdf.Name.GTS_PDFA1,
                            OutputConditionIdentifier="sRGB IEC61966-2.1",
                            DestOutputProfile=profile,
                        )
                    ]
                )
            )
        pdf.save(path)
    return path


def contents_of(tmp_path: Path, *, intent: bool = True) -> Contents:
    long_unit = "Bidang Pengembangan Kompetensi Aparatur dan Penilaian Kinerja Pegawai Aparatur Sipil Negara"
    people = [
        Person(
            "Kepala",
            "197503152000031002",
            "Kepala Dinas",
            (),
            (Part("SKP", pdfa_part(tmp_path / "a.pdf", 2, wide=True, intent=intent)),),
        ),
        Person(
            "Dr. H. Muhammad Ikhsan Nugraha Wicaksono Putra, S.STP., M.Si.",
            "197912102005011003",
            "Kepala Bidang",
            (long_unit,),
            (
                Part("SKP", pdfa_part(tmp_path / "b.pdf", 1, wide=True, intent=intent)),
                Part("Lampiran SKP", pdfa_part(tmp_path / "c.pdf", 1, intent=intent)),
            ),
        ),
    ]
    front = [
        Front("Rekap Predikat Kinerja — Triwulan I", pdfa_part(tmp_path / "rekap.pdf", 1, wide=True, intent=intent))
    ]
    return Contents(
        "Pemerintah Kabupaten Contoh", "Dinas Komunikasi dan Informatika", 2024, "Triwulan I", people, front
    )


def test_a_pdfa_bundle_passes_every_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    target = tmp_path / "bundle.pdf"
    assemble(target, contents_of(tmp_path), pdfa=True)
    assert problems(target) == []
    assert qpdf_check(target) == []
    with pikepdf.open(target) as pdf:
        xmp = xmp_values(pdf)
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        fonts = [f for f in pdf.objects if isinstance(f, pikepdf.Dictionary) and f.get("/Type") == "/Font"]
    tool = f"skpdoc {__version__}"
    assert info == {
        "/Title": "SKP dan Evaluasi Kinerja Pegawai Dinas Komunikasi dan Informatika 2024",
        "/Author": "Pemerintah Kabupaten Contoh",
        "/Subject": "Sasaran dan evaluasi kinerja pegawai, periode Triwulan I",
        "/Keywords": "SKP, evaluasi kinerja, PermenPANRB 6/2022, Dinas Komunikasi dan Informatika, 2024",
        "/Creator": tool,
        "/Producer": tool,
        "/CreationDate": "D:20231114221320+00'00'",
        "/ModDate": "D:20231114221320+00'00'",
    }
    assert {key: xmp[key] for key in ("pdfaid:part", "pdfaid:conformance", "xmp:CreateDate", "pdf:Producer")} == {
        "pdfaid:part": "2",
        "pdfaid:conformance": "B",
        "xmp:CreateDate": "2023-11-14T22:13:20+00:00",
        "pdf:Producer": tool,
    }
    # the parts' font and the bundle's own (cover, contents, stamps): Liberation Sans, all embedded subsets
    assert {str(f.BaseFont).split("+")[1] for f in fonts} == {"LiberationSans", "LiberationSans-Bold"}


def test_the_checks_find_what_they_check(tmp_path: Path) -> None:
    """Each kind of check fails on a file made to fail it: none of them passes by not looking."""
    plain = tmp_path / "plain.pdf"
    assemble(plain, contents_of(tmp_path, intent=False))  # not PDF/A: no pdfaid, no output intent
    helvetica = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(helvetica))  # reportlab's own Helvetica, never embedded
    canvas.drawString(100, 100, "x")
    canvas.save()
    with pikepdf.open(plain) as pdf:
        pdf.docinfo["/Title"] = "Judul lain"
        page = pdf.pages[-1]
        page.obj.Group = pikepdf.Dictionary(S=pikepdf.Name.Transparency)
        page.obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)"))
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.Launch, F="calc.exe")
        pdf.save(tmp_path / "broken.pdf", encryption=pikepdf.Encryption(owner="o", user=""))
    found = problems(tmp_path / "broken.pdf") + problems(helvetica)
    for expected in (
        "6.1.3: the file is encrypted",
        "6.6.4: pdfaid:part is None",
        "6.2.3: 0 GTS_PDFA1 output intents",
        "6.6.2.3: Info /Title 'Judul lain' differs from XMP dc:title",
        "has a transparency group without a blending colour space",
        "has additional actions (/AA)",
        "is a /JavaScript action",
        "is a /Launch action",
        "6.2.11.4.1: font /Helvetica",
        "6.6.2.1: the catalog has no XMP metadata stream",
    ):
        assert any(expected in line for line in found), expected
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(plain.read_bytes()[:-60])  # no startxref: qpdf rebuilds the table, with warnings
    assert qpdf_check(damaged)


# --------------------------------------------------------------------------------------------------
# A workspace built with --pdfa through the CLI, with LibreOffice
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``skpdoc build --pdfa`` of the small workspace: every form, the rekap, the matriks and the bundle."""
    root = tmp_path_factory.mktemp("pdfa")
    ws = build_tree(root / "ws", base_files())
    with pytest.MonkeyPatch.context() as env:  # what the function-scoped autouse fixtures do, for this module
        env.setenv("SKPDOC_CACHE_DIR", str(root / "cache"))
        env.delenv("SKPDOC_LANG", raising=False)
        assert main(["build", str(ws), "-o", str(root / "out"), "--pdfa", "-q"]) == 0
    return root / "out" / "2024"


@pytest.mark.slow
def test_the_bundle_built_with_pdfa_passes_every_check(built: Path) -> None:
    bundle = built / "diskominfo.pdf"
    assert problems(bundle) == []
    assert qpdf_check(bundle) == []
    pdffonts = subprocess.run(["pdffonts", str(bundle)], capture_output=True, text=True, check=True).stdout
    rows = pdffonts.splitlines()[2:]
    assert rows and all(re.search(r" yes +yes +yes +\d+ +0$", row) for row in rows), pdffonts


@pytest.mark.slow
def test_libreoffice_forms(built: Path) -> None:
    """The forms as LibreOffice writes them with --pdfa, their CreationDate repaired (convert.tasks), pass every check."""
    forms = sorted((built / "diskominfo").rglob("*.pdf"))
    assert len(forms) >= 8
    for pdf in forms:
        assert problems(pdf) == [], pdf.name
        assert qpdf_check(pdf) == [], pdf.name
