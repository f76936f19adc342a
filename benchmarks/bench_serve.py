"""How fast ``skpdoc serve`` answers: the dashboard and an employee's page, on loopback.

For the bundled example and a synthetic workspace of 5,000 employees in 40
OPDs (benchmarks/synth.py), a real server (uvicorn, one process, as
``skpdoc serve`` runs) is started on a free port and an admin logs in. Printed
per page: the first answer after start (the workspace read and validated
once), then the median and p95 of 200 requests made one after another, and
of 200 requests from 20 concurrent clients (wall time per request and the
throughput). Goals (issue #15): dashboard < 300 ms on the example, < 1 s for
5,000 employees.

    python benchmarks/bench_serve.py [--employees 5000] [--requests 200] [--clients 20]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skpdoc.serve import users
from skpdoc.serve.app import create_app
from synth import make_workspace

REPO = Path(__file__).resolve().parent.parent
PASSWORD = "bench-password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(root: Path) -> tuple[uvicorn.Server, str]:
    port = free_port()
    config = uvicorn.Config(create_app(root), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return server, f"http://127.0.0.1:{port}"


def log_in(client: httpx.Client) -> None:
    page = client.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token
    answer = client.post("/login", data={"csrf": token.group(1), "name": "bench", "password": PASSWORD})
    assert answer.status_code == 303, answer.status_code


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def sequential(client: httpx.Client, url: str, n: int) -> list[float]:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        answer = client.get(url)
        times.append(time.perf_counter() - t)
        assert answer.status_code == 200, (url, answer.status_code)
    return times


async def concurrent(base: str, cookies: httpx.Cookies, url: str, n: int, clients: int) -> tuple[list[float], float]:
    times: list[float] = []
    gate = asyncio.Semaphore(clients)
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, cookies=cookies, limits=limits, timeout=120) as client:

        async def one() -> None:
            async with gate:
                t = time.perf_counter()
                answer = await client.get(url)
                times.append(time.perf_counter() - t)
                assert answer.status_code == 200, (url, answer.status_code)

        start_all = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(n)))
        wall = time.perf_counter() - start_all
    return times, n / wall


def measure(label: str, root: Path, requests: int, clients: int) -> None:
    users.add(root, "bench", "admin", [], PASSWORD)
    t = time.perf_counter()
    server, base = start(root)
    try:
        with httpx.Client(base_url=base, timeout=600) as client:
            log_in(client)
            first = client.get("/")
            assert first.status_code == 200
            cold = time.perf_counter() - t
            nip = re.search(r'href="/pegawai/(\d{18})"', client.get("/opd/" + _first_opd(first.text)).text)
            pages = {"dashboard /": "/"}
            if nip:
                pages["pegawai /pegawai/<nip>"] = f"/pegawai/{nip.group(1)}"
            print(f"\n{label}: first dashboard after start {cold * 1000:.0f} ms (reads and validates the workspace)")
            together = f"{clients} clients median"
            print(f"  {'page':<26} {'seq median':>11} {'seq p95':>9} {together:>18} {'p95':>9} {'req/s':>7}")
            for name, url in pages.items():
                client.get(url)  # warm
                seq = sequential(client, url, requests)
                par, rate = asyncio.run(concurrent(base, client.cookies, url, requests, clients))
                print(
                    f"  {name:<26} {statistics.median(seq) * 1000:>9.1f}ms {percentile(seq, 0.95) * 1000:>7.1f}ms"
                    f" {statistics.median(par) * 1000:>16.1f}ms {percentile(par, 0.95) * 1000:>7.1f}ms {rate:>7.0f}"
                )
    finally:
        server.should_exit = True


def _first_opd(dashboard: str) -> str:
    found = re.search(r'href="/opd/([^"/]+)"', dashboard)
    return found.group(1) if found else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        example = Path(tmp) / "example"
        shutil.copytree(REPO / "specs", example)
        measure("example (46 employees, 2 OPDs)", example, args.requests, args.clients)
        big = make_workspace(Path(tmp) / "big", args.employees, per_opd=args.employees // 40 or 1)
        measure(f"synthetic ({args.employees} employees, 40 OPDs)", big, args.requests, args.clients)


if __name__ == "__main__":
    main()
