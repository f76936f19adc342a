"""(being written)"""

from __future__ import annotations

from starlette.routing import BaseRoute

from skpdoc.serve.site import Site


def routes(site: Site) -> list[BaseRoute]:
    return []
