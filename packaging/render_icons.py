"""Render resources/icons/claimmark.svg to the PNG sizes desktops and bundles ask for.

Run after changing the SVG: ``python packaging/render_icons.py``. The PNGs are
committed, so the app never needs Qt's SVG module (nor the bundle its plugin).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs one
    renderer = QSvgRenderer(str(ICONS / "claimmark.svg"))
    if not renderer.isValid():
        print("the SVG could not be read", file=sys.stderr)  # noqa: T201
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"claimmark-{size}.png"))
    print(f"rendered {len(SIZES)} sizes into {ICONS}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
