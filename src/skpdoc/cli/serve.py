from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import lang_option

#: Hosts only this computer reaches: the one place a server may run before any account exists.
LOCAL_HOSTS = ("127.0.0.1", "::1", "localhost")


def check_host(host: str, root: Path) -> None:
    """Refuse to listen beyond this computer while the workspace at ``root`` has no account (V101)."""
    from skpdoc.errors import UsageError
    from skpdoc.serve import users

    if host.strip().lower() not in LOCAL_HOSTS and not users.load(root).accounts:
        raise UsageError(code="V101", subject="--host", host=host)


@click.command("serve", cls=HelpCommand)
@click.argument("workspace", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--https", "https_only", is_flag=True)
@lang_option
def serve_command(workspace: Path | None, host: str, port: int, https_only: bool, lang: str) -> int:
    import uvicorn

    from skpdoc.paths import find_root
    from skpdoc.serve.app import create_app

    root = find_root(workspace or Path.cwd())
    check_host(host, root)
    app = create_app(root, https_only=https_only, watch=True)
    # Behind the office's reverse proxy on this computer, uvicorn takes the client's address from
    # X-Forwarded-For (trusted from 127.0.0.1 only, its default): the login limits count per real address.
    uvicorn.run(app, host=host, port=port, proxy_headers=True, server_header=False)
    return 0
