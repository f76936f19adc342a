"""Which language skpdoc speaks: one setting for everything a user reads.

The choice, first found wins: the ``--lang`` option of the command, the
``SKPDOC_LANG`` environment variable (for an office that works in English
every day), ``lang:`` in the workspace's skpdoc.yaml (for the whole team of a
workspace), else Indonesian. The texts themselves are in
:mod:`skpdoc.messages`; this module only decides which column of it to read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextvars import ContextVar
from pathlib import Path

from skpdoc.errors import UsageError

LANGS = ("id", "en")
DEFAULT = "id"
ENV_VAR = "SKPDOC_LANG"
#: As for every spec (skpdoc.spec.MAX_SPEC_BYTES); not imported from there, to keep start-up light.
_MAX_CONFIG_BYTES = 1024 * 1024

#: The language the running command settled on, so that the CLI's last-resort
#: error handler prints in the same language as the command did.
chosen: ContextVar[str | None] = ContextVar("skpdoc_lang", default=None)


def resolve(option: str | None, workspace_root: Path | None) -> str:
    """The language to speak: ``option``, else ``SKPDOC_LANG``, else the workspace's ``lang:``, else ``id``.

    An unknown ``SKPDOC_LANG`` is a usage error (a typo there would otherwise
    silently switch nothing for every command). An unknown ``lang:`` in
    skpdoc.yaml is ignored here: ``skpdoc validate`` reports it at its line.
    """
    if option is not None:
        return option
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        if env.lower() not in LANGS:
            raise UsageError(code="L001", subject=ENV_VAR, value=env, choices=", ".join(LANGS))
        return env.lower()
    if workspace_root is not None:
        configured = _configured(workspace_root)
        if configured is not None:
            return configured
    return DEFAULT


def workspace_of(paths: Iterable[Path]) -> Path | None:
    """The workspace around the first of ``paths`` that exists (the current folder when none does), if any."""
    from skpdoc.paths import find_root

    start = next((p for p in paths if os.path.lexists(p)), Path.cwd())
    try:
        return find_root(start)
    except (UsageError, OSError):  # outside any workspace: no workspace setting applies
        return None


def _configured(root: Path) -> str | None:
    """``lang:`` of the workspace's skpdoc.yaml when it is one of :data:`LANGS`; a broken file counts as unset.

    Read on its own rather than through :func:`skpdoc.spec.load`, whose
    problems are validate's to report: only this one key is wanted, and a
    config a link takes out of the workspace is not followed.
    """
    import yaml

    from skpdoc import paths

    config = root / paths.CONFIG_NAME
    if not paths.within(root, config):
        return None
    try:  # bounded read: a FIFO or a huge file is refused, never hung on
        data = yaml.load(
            paths.read_regular(config, _MAX_CONFIG_BYTES), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    except (paths.NotReadable, yaml.YAMLError, ValueError):
        return None
    value = data.get("lang") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in LANGS else None
