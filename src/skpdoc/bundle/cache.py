"""What a bundle's next writing can reuse: its parts' digests (:mod:`.parts`) and the pages skpdoc drew.

One file per bundle (named by its path) under the cache folder
(:func:`skpdoc.cache.cache_dir`), holding the digest of each part by a hash of
the part's bytes, and the cover, contents and stamps last drawn by a hash of
what they show (a realisasi edited changes neither). Saving keeps only what
this writing used. ``SKPDOC_NO_CACHE=1`` turns it off; a damaged file, or one
written by other code, is ignored and rewritten. A bundle's file weighs about
what the bundle does (the parts' shared fonts are held once); the files of
bundles not written for :data:`FORGET_AFTER` seconds are removed.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import time
from collections.abc import Callable
from pathlib import Path

from skpdoc import __version__
from skpdoc.bundle.parts import Digest, Piece, read
from skpdoc.cache import cache_dir, code_digest
from skpdoc.files import write_atomic

#: Files of bundles written no more for this long (a temporary folder, an old year) are removed when saving.
FORGET_AFTER = 60 * 86400


@functools.cache
def _stamp() -> str:
    """skpdoc's version and the bundle package's code: a digest read or a page drawn by other code is not reused."""
    return f"{__version__}:{code_digest(Path(__file__).parent)}"


class BundleCache:
    """The reusable pieces of one bundle (see the module docstring). Loaded when first asked."""

    def __init__(self, name: str | None) -> None:
        enabled = name is not None and os.environ.get("SKPDOC_NO_CACHE", "") in ("", "0")
        digest = hashlib.sha256(str(name).encode()).hexdigest()[:20]
        self.path = cache_dir() / f"bundle-{digest}.pickle" if enabled else None
        self._digests: dict[bytes, Digest] = {}
        self._drawn: dict[bytes, bytes] = {}
        self._used_digests: dict[bytes, Digest] = {}
        self._used_drawn: dict[bytes, bytes] = {}
        self._loaded = False

    def digest(self, pdf: Path) -> Digest:
        """The digest of ``pdf``, from the cache if its bytes are those of an entry."""
        self._load()
        data = pdf.read_bytes()
        key = hashlib.sha256(data).digest()
        found = self._digests.get(key) or self._used_digests.get(key)
        if found is None:
            found = read(data, stamped=True)
        self._used_digests[key] = found
        return found

    def drawn(self, what: object, draw: Callable[[], bytes]) -> bytes:
        """``draw()``, or what it gave last time for the same ``what`` (whose repr says all that is drawn)."""
        self._load()
        key = hashlib.sha256(repr(what).encode()).digest()
        found = self._drawn.get(key) or self._used_drawn.get(key)
        if found is None:
            found = draw()
        self._used_drawn[key] = found
        return found

    def save(self) -> None:
        if self.path is None:
            return
        if self._used_digests.keys() == self._digests.keys() and self._used_drawn.keys() == self._drawn.keys():
            return
        entries = (_stamp(), _shared(self._used_digests), self._used_drawn)
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, pickle.dumps(entries, pickle.HIGHEST_PROTOCOL))
        _forget_old(self.path.parent)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self.path is None:
            return
        with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            loaded = pickle.loads(self.path.read_bytes())
            if isinstance(loaded, tuple) and len(loaded) == 3 and loaded[0] == _stamp():
                self._digests, self._drawn = loaded[1], loaded[2]


def _forget_old(folder: Path) -> None:
    now = time.time()
    for path in folder.glob("bundle-*.pickle"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > FORGET_AFTER:
                path.unlink()


def _shared(digests: dict[bytes, Digest]) -> dict[bytes, Digest]:
    """``digests`` with each object the same in several parts (the fonts every form embeds) held once, so that
    it is pickled once: same key and same references is the same bytes."""
    pieces: dict[tuple[bytes, tuple[int, ...]], Piece] = {}
    for digest in digests.values():
        for number, key in digest.keys.items():
            piece = digest.objects[number]
            digest.objects[number] = pieces.setdefault((key, piece.refs), piece)
    return digests
