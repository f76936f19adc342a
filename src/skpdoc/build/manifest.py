"""``OUT/<tahun>/manifest.json``: what the last build wrote, read back as typed entries.

The file is what the next build compares against (a document whose key is
unchanged and whose files exist is skipped), and what other programs may
read. Its layout::

    {"outputs": {"<opd>/<nip>/skp.docx": {"docx", "pdf", "key", "nip" | "opd", "form", "periode",
                                          "template", "inputs": {...}, "pages"?, "bundle_pages"?,
                                          "basis"?, "draft"?}},
     "bundles": {"<opd>": {"path", "key", "pages", "front_pages"}},
     "opd_documents": {"<opd>": {"key", "documents": [{"form", "periode", "template", "bagian", "title",
                                                       "group"}]}},   # the OPD's own, as last listed
     "sources": {"<file>": "<sha256>"},   # after a build that succeeded
     "workspace": "<folder>" | "(several workspaces)",
     "skpdoc": "<version>"}

A manifest of another skpdoc version is ignored (everything is rebuilt). A
hand edit or a merge conflict must cost a rebuild of what it damaged, not the
build: an entry that is not well-formed is dropped, the rest is kept.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from skpdoc import __version__
from skpdoc.files import write_atomic

MANIFEST = "manifest.json"
#: The ``workspace`` of a folder more than one workspace was built into: it is never pruned.
SHARED = "(several workspaces)"


@dataclass(frozen=True)
class Inputs:
    """What a document was made from (for a reader of the manifest; the key already covers them)."""

    spec: str  # the file name of the spec, or opd.yaml
    spec_sha256: str
    template_sha256: str
    view_sha256: str  # of what the template reads from the document's view model


_INPUTS = tuple(f.name for f in dataclasses.fields(Inputs))


@dataclass(frozen=True)
class OutputEntry:
    """One document in the manifest: its files (relative to ``OUT/<tahun>``), key and inputs."""

    docx: str
    pdf: str | None  # None when built with --no-pdf
    key: str
    form: str
    periode: str | None
    template: str
    inputs: Inputs
    nip: str | None = None  # an employee's form ...
    opd: str | None = None  # ... or a document of the whole OPD
    pages: int | None = None  # the PDF's, once converted
    bundle_pages: tuple[int, int] | None = None  # first and last page in the OPD's bundle, counted from 1
    # The digest of the workspace's files and skpdoc's code (skpdoc.build.documents.basis) under which ``key``
    # was last computed: while both it and the template are unchanged, so is the key, and a build need not
    # describe the document again to know it is up to date.
    basis: str | None = None
    draft: bool = False  # titled KONSEP (counted in the report's drafts without describing the document)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"docx": self.docx, "pdf": self.pdf, "key": self.key}
        data.update({"nip": self.nip} if self.nip is not None else {"opd": self.opd})
        data.update(form=self.form, periode=self.periode, template=self.template)
        data["inputs"] = {name: getattr(self.inputs, name) for name in _INPUTS}  # not asdict: 5x faster
        if self.pages is not None:
            data["pages"] = self.pages
        if self.bundle_pages is not None:
            data["bundle_pages"] = list(self.bundle_pages)
        if self.basis is not None:
            data["basis"] = self.basis
        if self.draft:
            data["draft"] = True
        return data

    @functools.cached_property
    def text(self) -> str:
        """:meth:`to_json` as :meth:`Manifest.text` nests it under ``"outputs"``, made once per entry: the
        manifest is saved every few documents, and dumping every entry each time grew with the square of the
        workspace (a 12,500-document manifest took 2-3 s to dump)."""
        return _dumps(self.to_json()).replace("\n", "\n    ")

    @classmethod
    def from_json(cls, data: Any) -> OutputEntry | None:
        """The entry, or None if ``data`` is not one as :meth:`to_json` writes it."""
        if not isinstance(data, dict) or not _strings(data, "docx", "key", "form", "template"):
            return None
        if not _strings(data, "pdf", "periode", "nip", "opd", "basis", optional=True):
            return None
        if not isinstance(data.get("draft", False), bool):
            return None
        if (data.get("nip") is None) == (data.get("opd") is None):  # an employee's form, or the OPD's
            return None
        inputs = data.get("inputs")
        if not isinstance(inputs, dict) or not _strings(inputs, *_INPUTS):
            return None
        pages, span = data.get("pages"), data.get("bundle_pages")
        if not (pages is None or _count(pages)) or not (span is None or _span(span)):
            return None
        return cls(
            data["docx"],
            data.get("pdf"),
            data["key"],
            data["form"],
            data.get("periode"),
            data["template"],
            Inputs(*(inputs[name] for name in _INPUTS)),
            nip=data.get("nip"),
            opd=data.get("opd"),
            pages=pages,
            bundle_pages=(span[0], span[1]) if span is not None else None,
            basis=data.get("basis"),
            draft=data.get("draft", False),
        )


@dataclass(frozen=True)
class BundleEntry:
    """One OPD's bundle in the manifest."""

    path: str  # relative to ``OUT/<tahun>``
    key: str
    pages: int
    front_pages: int  # the cover, the contents and the OPD's own documents' bookmarks come first

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "key": self.key, "pages": self.pages, "front_pages": self.front_pages}

    @classmethod
    def from_json(cls, data: Any) -> BundleEntry | None:
        """The entry, or None if ``data`` is not one as :meth:`to_json` writes it."""
        if not isinstance(data, dict) or not _strings(data, "path", "key"):
            return None
        if not (_count(data.get("pages")) and _count(data.get("front_pages"))):
            return None
        return cls(data["path"], data["key"], data["pages"], data["front_pages"])


#: What an OPD document is, apart from its view model (skpdoc.render.opd.OpdJob's other fields).
OPD_DOCUMENT = ("form", "periode", "template", "bagian", "title", "group")


@dataclass(frozen=True)
class OpdDocuments:
    """An OPD's own documents (rekap, matriks parts) as a build listed them: listing them again makes the matriks,
    the longest part of a no-change build, so they are kept with a key of what they follow."""

    key: str  # of the workspace's basis, the OPD, the --form/--periode asked for and the listing itself
    documents: tuple[dict[str, str | None], ...]  # each with the OPD_DOCUMENT fields

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "documents": [dict(document) for document in self.documents]}

    @classmethod
    def from_json(cls, data: Any) -> OpdDocuments | None:
        """The entry, or None if ``data`` is not one as :meth:`to_json` writes it."""
        if not isinstance(data, dict) or not _strings(data, "key") or not isinstance(data.get("documents"), list):
            return None
        documents = data["documents"]
        if not all(isinstance(item, dict) and _strings(item, *OPD_DOCUMENT, optional=True) for item in documents):
            return None
        return cls(data["key"], tuple({name: item.get(name) for name in OPD_DOCUMENT} for item in documents))


@dataclass
class Manifest:
    """The manifest of one output folder, as the build reads and updates it."""

    outputs: dict[str, OutputEntry] = field(default_factory=dict)  # by the .docx's name
    bundles: dict[str, BundleEntry] = field(default_factory=dict)  # by OPD slug
    opd_documents: dict[str, OpdDocuments] = field(default_factory=dict)  # by OPD slug
    sources: dict[str, str] | None = None  # every input file's hash after the last build that succeeded
    workspace: str | None = None  # the workspace built into the folder, or SHARED
    # As read from the file, while nothing has changed: what a no-change build compares instead of the text.
    _as_read: tuple[dict[str, OutputEntry], dict[str, Any]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, root: Path) -> Manifest:
        try:
            data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict) or data.get("skpdoc") != __version__:
            return cls()
        manifest = cls()
        for name, value in _mapping(data.get("outputs")).items():
            if (entry := OutputEntry.from_json(value)) is not None:
                manifest.outputs[name] = entry
        for slug, value in _mapping(data.get("bundles")).items():
            if (bundle := BundleEntry.from_json(value)) is not None:
                manifest.bundles[slug] = bundle
        for slug, value in _mapping(data.get("opd_documents")).items():
            if (listed := OpdDocuments.from_json(value)) is not None:
                manifest.opd_documents[slug] = listed
        sources = data.get("sources")
        if sources is not None:
            manifest.sources = {name: sha for name, sha in _mapping(sources).items() if isinstance(sha, str)}
        workspace = data.get("workspace")
        manifest.workspace = workspace if workspace is None or isinstance(workspace, str) else SHARED
        rest = {name: value for name, value in data.items() if name != "outputs"}
        if len(manifest.outputs) == len(_mapping(data.get("outputs"))) and manifest.to_json(outputs=False) == rest:
            manifest._as_read = (dict(manifest.outputs), rest)  # all of the file was kept: see save
        return manifest

    def to_json(self, *, outputs: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "bundles": {slug: entry.to_json() for slug, entry in self.bundles.items()},
            "skpdoc": __version__,
        }
        if outputs:
            data["outputs"] = {name: entry.to_json() for name, entry in self.outputs.items()}
        if self.opd_documents:
            data["opd_documents"] = {slug: listed.to_json() for slug, listed in self.opd_documents.items()}
        if self.sources is not None:
            data["sources"] = self.sources
        if self.workspace is not None:
            data["workspace"] = self.workspace
        return data

    def text(self) -> str:
        """The file's text: ``json.dumps(self.to_json(), ensure_ascii=False, indent=2, sort_keys=True)``, with each
        output entry's part made once (:attr:`OutputEntry.text`)."""
        rest = self.to_json(outputs=False)
        if not self.outputs:
            return _dumps({**rest, "outputs": {}}) + "\n"
        lines = ",\n".join(f"    {_dumps(name)}: {self.outputs[name].text}" for name in sorted(self.outputs))
        text = _dumps({**rest, "outputs": 0})  # a stand-in, found as the only top-level (two-space) "outputs"
        return text.replace('\n  "outputs": 0', '\n  "outputs": {\n' + lines + "\n  }", 1) + "\n"

    def save(self, root: Path) -> None:
        """Write the manifest, unless the file already says the same: a no-change build writes nothing (its output
        folder may be read-only)."""
        if self._as_read is not None:
            outputs, rest = self._as_read  # the entries compare by identity first: ~1 ms for 12,500 documents
            if self.outputs == outputs and self.to_json(outputs=False) == rest:
                return
            self._as_read = None  # changed: the entries it holds are let go, the text is compared from now on
        text = self.text()
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if (root / MANIFEST).read_text(encoding="utf-8") == text:
                return
        write_atomic(root / MANIFEST, text)


def prune(manifest: Manifest, root: Path, wanted: set[str], opds: set[str], *, keep: set[str]) -> None:
    """After a whole build, delete what the workspace no longer produces (a removed employee's forms, a renamed OPD).

    ``wanted`` are the names of the documents it produces, ``opds`` its OPDs. Only files the manifest lists,
    inside the output folder, are touched, and only once the manifest no longer lists them. The outputs of the
    OPDs in ``keep`` (left out for their errors) stay as the last good build made them: a mistake being fixed
    must not cost an OPD its signed forms.
    """
    gone: list[Path] = []
    for name in [name for name in manifest.outputs if name not in wanted and PurePosixPath(name).parts[0] not in keep]:
        del manifest.outputs[name]
        gone += [root / name, root / Path(name).with_suffix(".pdf")]
    for slug in [slug for slug in manifest.bundles if slug not in opds and slug not in keep]:
        gone.append(root / manifest.bundles.pop(slug).path)
    for slug in [slug for slug in manifest.opd_documents if slug not in opds and slug not in keep]:
        del manifest.opd_documents[slug]
    if gone:
        manifest.save(root)
    inside = root.resolve()
    for path in gone:
        if path.resolve().is_relative_to(inside):
            path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # the folder of a removed employee, if nothing else is in it
                path.parent.rmdir()


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def _mapping(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _strings(data: dict[str, Any], *names: str, optional: bool = False) -> bool:
    return all(isinstance(data.get(name), str) or (optional and data.get(name) is None) for name in names)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _span(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(_count(page) for page in value)
