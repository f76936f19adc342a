"""Messages of builds on a Dask cluster (C), and the help of ``build --scheduler`` and ``build --cluster``.

The option help texts are here rather than in :mod:`skpdoc.messages.help` so the whole of the distributed
build's wording reads in one place; :data:`OPTIONS` is merged into that catalogue's own ``OPTIONS``.
"""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "C001": {
        "id": (
            "--scheduler dan --cluster memerlukan Dask, yang belum terpasang",
            "pasang dengan: pip install 'skpdoc[dask]' (atau jalankan build tanpa kedua opsi itu)",
        ),
        "en": (
            "--scheduler and --cluster need Dask, which is not installed",
            "install it with: pip install 'skpdoc[dask]' (or build without either option)",
        ),
    },
    "C002": {
        "id": (
            "--cluster {value}: harus local:N, N jumlah proses pekerja (1 atau lebih)",
            "contoh: --cluster local:4; untuk klaster di mesin lain pakai --scheduler tcp://HOST:8786",
        ),
        "en": (
            "--cluster {value}: must be local:N, N the number of worker processes (1 or more)",
            "for example --cluster local:4; for a cluster on other machines use --scheduler tcp://HOST:8786",
        ),
    },
    "C003": {
        "id": (
            "tidak dapat terhubung ke penjadwal Dask {address}: {detail}",
            "periksa bahwa 'dask scheduler' berjalan di sana dan port-nya terbuka (lihat docs/distributed.md)",
        ),
        "en": (
            "could not connect to the Dask scheduler {address}: {detail}",
            "check that 'dask scheduler' runs there and that its port is open (see docs/distributed.md)",
        ),
    },
    "C004": {
        "id": (
            "penjadwal Dask {address} tidak mempunyai pekerja setelah {seconds} detik",
            "jalankan 'dask worker {address}' di mesin yang terpasang skpdoc dan LibreOffice",
        ),
        "en": (
            "the Dask scheduler {address} has no worker after {seconds} seconds",
            "start 'dask worker {address}' on machines with skpdoc and LibreOffice installed",
        ),
    },
    "C005": {
        "id": ("pilih salah satu: --scheduler atau --cluster", ""),
        "en": ("choose one of --scheduler and --cluster", ""),
    },
    "C006": {
        "id": (
            "{address} memakai TLS, tetapi pengaturan TLS Dask belum ada (distributed.comm.tls.ca-file)",
            "isi tls.ca-file, tls.client.cert dan tls.client.key di ~/.config/dask/distributed.yaml "
            "(lihat docs/distributed.md, bagian TLS)",
        ),
        "en": (
            "{address} uses TLS, but Dask has no TLS settings (distributed.comm.tls.ca-file)",
            "set tls.ca-file, tls.client.cert and tls.client.key in ~/.config/dask/distributed.yaml "
            "(see docs/distributed.md, section TLS)",
        ),
    },
    # --- the cause of a form that failed on the cluster (the form is reported, the build goes on) ---
    "C010": {
        "id": ("gagal di pekerja Dask: {detail}", ""),
        "en": ("failed on a Dask worker: {detail}", ""),
    },
}

#: Help of the options, keyed like :data:`skpdoc.messages.help.OPTIONS`.
OPTIONS: dict[str, dict[str, str]] = {
    "build --scheduler": {
        "id": (
            "Konversi PDF di klaster Dask ini, mis. tcp://HOST:8786 atau tls://HOST:8786 (juga "
            "DASK_SCHEDULER_ADDRESS); pekerjanya memerlukan skpdoc dan LibreOffice, tidak memerlukan workspace."
        ),
        "en": (
            "Convert to PDF on this Dask cluster, e.g. tcp://HOST:8786 or tls://HOST:8786 (also "
            "DASK_SCHEDULER_ADDRESS); its workers need skpdoc and LibreOffice, not the workspace."
        ),
    },
    "build --cluster": {
        "id": "Konversi PDF di klaster Dask lokal local:N, N proses pekerja dengan LibreOffice masing-masing.",
        "en": "Convert to PDF on a local Dask cluster local:N, N worker processes each with its own LibreOffice.",
    },
}
