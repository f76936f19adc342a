"""Render the official forms: view models (:mod:`.viewmodel`), templates (:mod:`.engine`)."""
