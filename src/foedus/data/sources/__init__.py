"""One module per group of raw sources; each defines ``TABLES``, a list of :class:`TableSpec`."""
