"""Messages of the web server of ``skpdoc serve`` (V1xx): where it may listen.

The accounts and the login have theirs in :mod:`skpdoc.messages.serve` (U).
"""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "V101": {
        "id": (
            "skpdoc serve tidak mau mendengarkan di {host} selama workspace belum punya akun: siapa pun di "
            "jaringan dapat membuka halamannya",
            "buat akun dulu (skpdoc users add NAMA --role admin), atau jalankan dengan --host 127.0.0.1 "
            "(hanya komputer ini)",
        ),
        "en": (
            "skpdoc serve will not listen on {host} while the workspace has no account: anyone on the network "
            "could open its pages",
            "add an account first (skpdoc users add NAME --role admin), or run with --host 127.0.0.1 "
            "(this computer only)",
        ),
    },
}
