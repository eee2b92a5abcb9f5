"""Normalization of state names for look-up (shared by the build and the resolver; no heavy imports)."""

from __future__ import annotations

import re
import unicodedata


def normalize(text: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces: the key of the aliases table."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w\s]", " ", text.replace("&", " and ").replace("'", "").replace("’", ""))
    return " ".join(text.split())
