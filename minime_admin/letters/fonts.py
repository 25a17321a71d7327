"""The bundled DejaVu fonts (every Latvian letter), registered once and embedded as subsets."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from minime_admin import bundled

FONT_DIR = bundled.fonts_dir()
REGULAR, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"


@cache
def register_fonts() -> None:
    for name in (REGULAR, BOLD, MONO):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
