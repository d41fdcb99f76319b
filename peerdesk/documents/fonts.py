"""The bundled Unicode font (DejaVu Sans), registered with reportlab once, on first use.

Family names: "PeerSans" (regular), "PeerSans-Bold" (bold), registered as one family so that
``<b>`` works inside Paragraphs, and "PeerMono-Bold" for recovery keys (0/O and 1/l/I differ).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from peerdesk.paths import resource_path

SANS = "PeerSans"
SANS_BOLD = "PeerSans-Bold"
MONO_BOLD = "PeerMono-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def ensure_fonts() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in registered:
                path = resource_path("fonts", filename)
                if not path.is_file():
                    raise FileNotFoundError(f"Bundled font is missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside Paragraphs: there is no italic face, so italic maps to upright.
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
        )
        addMapping(SANS_BOLD, 0, 0, SANS)
        addMapping(SANS_BOLD, 1, 0, SANS_BOLD)
        addMapping(SANS_BOLD, 0, 1, SANS)
        addMapping(SANS_BOLD, 1, 1, SANS_BOLD)
        _registered = True
