"""Login attempts, limited: a guessed password costs an attacker minutes, not milliseconds.

Failures are counted per client address and account name, and per address
alone (one address trying many names), within a sliding window; past the
limit a login is refused before any password is checked (no argon2 work for
the attacker to spend). A success clears the count of that name. Kept in
memory: one server process, and a restart forgetting the counts is harmless.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

#: Failures allowed within :data:`WINDOW` seconds, per address and name, and per address.
PER_NAME, PER_ADDRESS, WINDOW = 5, 20, 300.0
#: Counts kept at most; past it, the oldest are forgotten (memory stays bounded whatever is sent).
MAX_KEYS = 10_000
#: A name no account can have is counted under one key: a long or random "name" keeps nothing of its own.
_NOT_A_NAME = "\0"


class LoginThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, address: str, name: str) -> int:
        """Seconds before ``name`` may try again from ``address``; 0 when it may now."""
        now = self._clock()
        with self._lock:
            waits = [
                self._wait((address, _key(name)), PER_NAME, now),
                self._wait((address, ""), PER_ADDRESS, now),
            ]
        return max(waits)

    def failed(self, address: str, name: str) -> None:
        now = self._clock()
        with self._lock:
            for key in ((address, _key(name)), (address, "")):
                self._failures.setdefault(key, deque()).append(now)
            if len(self._failures) > MAX_KEYS:
                self._forget(now)

    def succeeded(self, address: str, name: str) -> None:
        """The login counted as failed while its password was checked succeeded: its count is taken back."""
        with self._lock:
            self._failures.pop((address, _key(name)), None)
            times = self._failures.get((address, ""))
            if times:
                times.pop()

    def _forget(self, now: float) -> None:
        """Drop the counts whose window has passed, then the oldest ones if there are still too many."""
        for key in [k for k, times in self._failures.items() if not times or now - times[-1] >= WINDOW]:
            del self._failures[key]
        for key in list(self._failures)[: max(0, len(self._failures) - MAX_KEYS)]:
            del self._failures[key]

    def _wait(self, key: tuple[str, str], limit: int, now: float) -> int:
        times = self._failures.get(key)
        if not times:
            return 0
        while times and now - times[0] >= WINDOW:
            times.popleft()
        if len(times) < limit:
            return 0
        return max(1, int(times[0] + WINDOW - now + 0.999))


def _key(name: str) -> str:
    from skpdoc.serve.users import NAME

    lowered = name.lower()
    return lowered if NAME.fullmatch(lowered) else _NOT_A_NAME
