"""Text folding shared by search, matching and sorting."""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose into a base letter plus accents.
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
        "ı": "i",
    }
)


def fold(text: str | None) -> str:
    """Lower-case, accent-free, punctuation-free form: "O'Connor" -> "oconnor", "José" -> "jose".

    Spaces are kept (collapsed) so that word starts can still be matched.
    """
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        if ch.isalnum():
            out.append(ch.lower())
        elif ch.isspace() or ch in "-_/.,;":
            out.append(" ")
        # apostrophes and other punctuation vanish: O'Connor -> oconnor
    return " ".join("".join(out).split())
