"""A ready workspace: ``skpdoc init`` writes it, ``skpdoc tahun-baru`` writes it again beside the specs it carries.

What a workspace needs besides the specs, so that an HR officer can start
the same day: ``skpdoc.yaml``, the JSON Schemas for editors and the VS Code
mapping to them, the ``.gitattributes`` and git config line that make
``git diff`` show plans instead of YAML, a pre-commit hook that runs the
installed skpdoc, and a short README in Indonesian. Nothing that exists is
ever overwritten (it is listed as kept), so running ``init`` twice changes
nothing and an officer's own edits survive.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdoc import workspace
from skpdoc.errors import UsageError
from skpdoc.files import write_atomic
from skpdoc.messages import message
from skpdoc.textsafe import visible

#: The git config key and value that ``.gitattributes`` relies on (README, "Reviewing changes").
TEXTCONV_KEY = "diff.skpdoc.textconv"
TEXTCONV_VALUE = "skpdoc diff --textconv"
PRE_COMMIT_NAME = ".pre-commit-config.yaml"

GITATTRIBUTES = """\
# git diff, git log -p dan merge request menampilkan satu baris per fakta SKP (target, penilai, rating).
# Butuh sekali per salinan repositori: git config diff.skpdoc.textconv "skpdoc diff --textconv"
*/[0-9]*.yaml diff=skpdoc
*/opd.yaml diff=skpdoc
"""

GITIGNORE = """\
# Keluaran skpdoc build (dapat dibuat ulang kapan saja)
/out/
# Akun dan kunci sesi skpdoc serve: hanya di server, tidak ikut ke repositori
/.skpdoc/users.yaml
/.skpdoc/serve-secret
"""

VSCODE_SETTINGS = {
    "yaml.schemas": {
        ".skpdoc/schemas/pegawai.schema.json": "*/[0-9]*.yaml",
        ".skpdoc/schemas/opd.schema.json": "*/opd.yaml",
        ".skpdoc/schemas/skpdoc.schema.json": "skpdoc.yaml",
    }
}

README = """\
# SKP {instansi}

Workspace skpdoc: Sasaran Kinerja Pegawai (SKP) setiap ASN sebagai berkas
YAML, satu berkas per pegawai per tahun. Panduan lengkap: `docs/panduan.md` di repositori skpdoc.

```
skpdoc.yaml            instansi, tahun, tempat penandatanganan bawaan
<opd>/opd.yaml         satu folder per OPD: nama, kepala, unit
<opd>/<nip>.yaml       SKP satu pegawai (rencana dan evaluasi)
templates/             (boleh tidak ada) templat Word sendiri, mengganti templat bawaan bernama sama
```

## Menambah pegawai

```sh
skpdoc import roster ekspor-siasn.xlsx      # seluruh pegawai dari ekspor SIASN
skpdoc new --nip 198703122010012004 --nama "Rina Marlina, S.Kom." --jabatan "Analis Kebijakan" \\
    --jenis fungsional --jenjang ahli-pertama --golongan III/b --opd diskominfo --penilai 197912102005011003
```

Isian yang masih `"[ISI: ...]"` harus dilengkapi; baris di `belum_dikonfirmasi` adalah usulan yang harus diperiksa
(hapus barisnya bila sudah benar). Selama masih ada, formulir dicetak berjudul KONSEP.

## Memeriksa

```sh
skpdoc validate                 # setiap masalah: berkas:baris:kolom, kodenya, dan cara memperbaikinya
```

## Mencetak formulir

```sh
skpdoc build -o out             # out/<tahun>/<opd>.pdf: satu bundel per OPD; .docx dan PDF per pegawai
```

## Meninjau perubahan

```sh
skpdoc diff                     # apa yang berubah sejak commit terakhir: target, penilai, rating
git log -p -- diskominfo/       # riwayat satu OPD, satu baris per fakta
```

`pre-commit install` (sekali) menjalankan `skpdoc validate` sebelum setiap commit.

## Tahun berikutnya

```sh
skpdoc tahun-baru <tahun> -o ../skp-<tahun>     # SKP tahun berikutnya dari workspace ini, di folder baru
```
"""


@dataclass(frozen=True)
class Note:
    """One line of what was done or found, as a message code and its arguments (printed in either language)."""

    code: str
    args: dict[str, Any] = field(default_factory=dict)

    def format(self, lang: str = "id") -> str:
        text = message(self.code, lang, "message", self.args)
        hint = message(self.code, lang, "hint", self.args)
        return visible(f"{text}\n    {hint}" if hint else text)


@dataclass
class InitReport:
    """What ``init`` did: the files it created, those it found and kept, and what happened with git."""

    root: Path
    created: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def lines(self) -> list[Note]:
        return [
            *(Note("N004", {"path": p}) for p in self.created),
            *(Note("N005", {"path": p}) for p in self.kept),
            *self.notes,
        ]


def config_text(instansi: str, tahun: int, tempat: str | None) -> str:
    """skpdoc.yaml; without ``tempat`` the field is left to fill (``[ISI: ...]``), never guessed."""
    from skpdoc.placeholders import fill

    place = tempat if tempat else fill("tempat penandatanganan, mis. ibu kota kabupaten")
    return (
        "# yaml-language-server: $schema=.skpdoc/schemas/skpdoc.schema.json\n"
        "# Satu workspace = satu tahun penilaian; tahun berikutnya: skpdoc tahun-baru\n"
        f"instansi: {_q(instansi)}\n"
        f"tahun: {tahun}\n"
        f"tempat: {_q(place)}                  # tempat penandatanganan bawaan\n"
    )


def pre_commit_text(workspace_path: str = "") -> str:
    """A ``repo: local`` hook running the installed skpdoc: it needs no published tag, and checks the version
    the officer actually uses. ``workspace_path`` is the workspace's folder relative to the repository's top."""
    args = f"\n        args: [{_q(workspace_path)}]" if workspace_path else ""
    files = f"^{workspace_path}/.*\\.ya?ml$" if workspace_path else "\\.ya?ml$"
    return (
        "# Memeriksa seluruh workspace sebelum setiap commit. Pasang sekali per salinan: pre-commit install\n"
        "# Hook lokal: memakai skpdoc yang terpasang di komputer ini (harus ada di PATH).\n"
        "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: skpdoc-validate\n"
        "        name: skpdoc validate\n"
        f"        entry: skpdoc validate{args}\n"
        "        language: system\n"
        f"        files: {_q(files)}\n"
        "        # Rujukan lintas berkas (RHK atasan, penilai): seluruh workspace diperiksa, bukan hanya yang berubah.\n"
        "        pass_filenames: false\n"
    )


def scaffold_files(instansi: str, workspace_path: str = "") -> dict[str, str]:
    """Everything but skpdoc.yaml and the schemas: relative path → text."""
    return {
        ".vscode/settings.json": json.dumps(VSCODE_SETTINGS, indent=2) + "\n",
        ".gitattributes": GITATTRIBUTES,
        ".gitignore": GITIGNORE,
        PRE_COMMIT_NAME: pre_commit_text(workspace_path),
        "README.md": README.format(instansi=instansi),
    }


def schema_files() -> dict[str, str]:
    """The JSON Schemas of the installed skpdoc, as ``skpdoc schema --write .skpdoc/schemas`` writes them."""
    from skpdoc.schema import KINDS, load_schema

    return {
        f".skpdoc/schemas/{kind}.schema.json": json.dumps(load_schema(kind), ensure_ascii=False, indent=2) + "\n"
        for kind in KINDS
    }


def write_missing(root: Path, files: dict[str, str], report: InitReport) -> None:
    """Write each file that does not exist yet; an existing one (or anything at its name) is kept."""
    for rel, text in files.items():
        target = root / rel
        if os.path.lexists(target):
            report.kept.append(target)
        else:
            write_atomic(target, text)
            report.created.append(target)


def init(root: Path, *, instansi: str, tahun: int, tempat: str | None = None, git: bool = True) -> InitReport:
    """Make ``root`` a ready workspace (created if missing); files that exist are kept. See the module."""
    if not instansi.strip():
        raise UsageError(code="N011", subject="--instansi")
    if os.path.lexists(root) and not root.is_dir():
        raise UsageError(code="F010", subject=str(root))
    _refuse_nested(root)
    root.mkdir(parents=True, exist_ok=True)
    report = InitReport(root)
    top = git_top(root) if git and shutil.which("git") else None
    relative = _relative_to_top(root, top)
    files = {workspace.CONFIG_NAME: config_text(instansi.strip(), tahun, tempat and tempat.strip())}
    files |= schema_files() | scaffold_files(instansi.strip(), relative)
    write_missing(root, files, report)
    if git:
        report.notes += setup_git(root, top)
    if relative and root / PRE_COMMIT_NAME in report.created and top is not None:
        report.notes.append(Note("N012", {"config": PRE_COMMIT_NAME, "top": top, "path": root / PRE_COMMIT_NAME}))
    if shutil.which("skpdoc") is None:
        report.notes.append(Note("N009"))
    return report


def _refuse_nested(root: Path) -> None:
    """A folder inside another workspace would become one of its OPD folders: refused (re-running in one is fine)."""
    real = Path(os.path.realpath(root))
    for parent in real.parents:
        if (parent / workspace.CONFIG_NAME).is_file():
            raise UsageError(code="N010", subject=str(root), root=parent)


def _relative_to_top(root: Path, top: Path | None) -> str:
    if top is None:
        return ""
    relative = Path(os.path.realpath(root)).relative_to(top).as_posix()
    return "" if relative == "." else relative


# --- git ------------------------------------------------------------------


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def git_top(root: Path) -> Path | None:
    """The top of the repository holding ``root`` (which exists), or None when it is in none."""
    found = _git(root, "rev-parse", "--show-toplevel")
    return Path(os.path.realpath(found.stdout.strip())) if found.returncode == 0 else None


def setup_git(root: Path, top: Path | None) -> list[Note]:
    """``git init`` when ``root`` is in no repository, then the textconv line when the key is unset.

    Git missing or failing is a note, never a failure: the workspace works without it.
    """
    if shutil.which("git") is None:
        return [Note("N002")]
    notes: list[Note] = []
    if top is None:
        check = _git(root, "rev-parse", "--show-toplevel")
        if check.returncode != 0 and "not a git repository" not in check.stderr:
            # e.g. "dubious ownership": there may be a repository here; never create one inside it
            return [Note("N003", {"command": "git rev-parse", "detail": _first_line(check.stderr)})]
        created = _git(root, "init", "--quiet")
        if created.returncode != 0:
            return [Note("N003", {"command": "git init", "detail": _first_line(created.stderr)})]
        notes.append(Note("N006", {"path": root}))
    current = _git(root, "config", "--get", TEXTCONV_KEY)
    if current.returncode == 0:
        notes.append(Note("N008", {"key": TEXTCONV_KEY, "value": current.stdout.strip()}))
        return notes
    done = _git(root, "config", "--local", TEXTCONV_KEY, TEXTCONV_VALUE)
    if done.returncode != 0:
        notes.append(Note("N003", {"command": f"git config {TEXTCONV_KEY}", "detail": _first_line(done.stderr)}))
    else:
        notes.append(Note("N007", {"key": TEXTCONV_KEY, "value": TEXTCONV_VALUE, "path": root}))
    return notes


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "?")


# --- validate's note on an empty workspace --------------------------------


def empty_workspaces(paths: Iterable[Path]) -> list[Note]:
    """A note per workspace among ``paths`` that has no OPD folder yet (a fresh ``init``): what to do next."""
    notes: list[Note] = []
    seen: set[Path] = set()
    for path in paths:
        try:
            root = workspace.find_root(path)
        except UsageError:
            continue
        if root in seen:
            continue
        seen.add(root)
        opds, _, _ = workspace.discover(root)
        if not opds:
            notes.append(Note("N001", {"root": workspace.display(root)}))
    return notes


def _q(text: str) -> str:
    """A YAML scalar read back as the same string (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)
