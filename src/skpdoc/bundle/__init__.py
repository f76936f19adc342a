"""Bundles per OPD: cover, contents, stamps, bookmarks (:mod:`.assemble`, :mod:`.pages`)."""
