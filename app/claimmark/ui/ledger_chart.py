"""The ledger's chart: each claim's value over time, coloured by source, shaped by qualifier.

Drawn with pyqtgraph: pure Python on Qt's own graphics view, so it needs nothing
beyond PySide6-Essentials (QtCharts is in PySide6-Addons, a much larger
download), it draws tens of thousands of points at once and shows a tooltip per
point; Qt itself writes the PNG and SVG. It plots what the table's filter lets through;
pick a label to see one label's spread over a date range.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.ledger import Claim
from claimmark.core.ledger import source_key
from claimmark.core.spans import Qualifier
from claimmark.ui import file_dialogs
from claimmark.ui import messages
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import grouped
from claimmark.ui.ledger_model import LedgerModel

POINTS_UP_TO = 5_000
"""Claims drawn at most: the first by date (the legend says so when more pass the
filter; narrowing the days shows the rest). More points read and draw for longer than
a filter may take (20,000: 0.7 s), and do not make a scatter easier to read."""

SHAPES: dict[Qualifier | None, str] = {
    Qualifier.EXACT: "o",
    Qualifier.APPROX: "d",
    Qualifier.AT_LEAST: "t1",
    Qualifier.MORE_THAN: "t1",
    Qualifier.UP_TO: "t",
    Qualifier.VAGUE: "s",
    None: "x",
}
"""A marker per qualifier: circle exact, diamond about, triangle up at least or more
than, triangle down up to, square vague, cross none."""

_COLOURS = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f",
)  # fmt: skip
"""Colours of the most frequent sources (Tableau 10); the rest share the last."""


def describe(claim: Claim) -> str:
    """Return a point's tooltip: the claim as an analyst would quote it."""
    translate = QCoreApplication.translate
    qualifier = f" ({claim.qualifier})" if claim.qualifier else ""
    source = (
        translate("LedgerChart", ", according to {source}").format(source=claim.source)
        if claim.source
        else ""
    )
    outlet = (
        translate("LedgerChart", " by {outlet}").format(outlet=claim.outlet) if claim.outlet else ""
    )
    published = translate("LedgerChart", "published {day}").format(day=claim.published)
    return f"{claim.label}: {claim.text}{qualifier}{source}; {published}{outlet} — {claim.title}"


@dataclass(slots=True)
class _Points:
    x: list[float] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    symbols: list[str] = field(default_factory=list)
    tips: list[Claim] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _timestamp(day: str) -> float:
    return datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp()


class LedgerChart(QWidget):
    """Values over time of the claims the ledger's filter lets through, one plot per
    label (their time axes move together), one colour per source.

    Attributes:
        plot: the plots' widget.
        points: the claims drawn, in the order drawn.
        sources: the sources as named (first spelling seen), most claims first.
        legend_text: what the chart shows, in words.
    """

    def __init__(self, model: LedgerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        self.points: list[Claim] = []
        self.sources: list[str] = []
        self._plots: dict[str, tuple[pg.PlotItem, pg.LegendItem]] = {}
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend_text = ""
        png, svg = QPushButton(self.tr("Save as P&NG…")), QPushButton(self.tr("Save as S&VG…"))
        png.clicked.connect(lambda: self._save("png"))
        svg.clicked.connect(lambda: self._save("svg"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(png)
        buttons.addWidget(svg)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        layout.addLayout(buttons)
        model.modelReset.connect(self.redraw)
        self.redraw()

    def redraw(self) -> None:
        """Draw the claims with a day and a value that the filter lets through."""
        claims = self._model.dated_values(POINTS_UP_TO + 1)
        more = len(claims) > POINTS_UP_TO
        claims = claims[:POINTS_UP_TO]
        self.points = claims
        named: dict[str, str] = {}
        counts: dict[str, int] = {}
        for claim in claims:
            key = source_key(claim.source) if claim.source else ""
            named.setdefault(key, claim.source or "no source")
            counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts, key=lambda k: (k == "", -counts[k], k))
        self.sources = [named[k] for k in ranked]
        colour = {k: _COLOURS[min(i, len(_COLOURS) - 1)] for i, k in enumerate(ranked)}
        # Per label and source: x, y, marker and tooltip lists, given to one scatter
        # item at once (a dict per point took 4x as long for 20,000 points).
        by_label: dict[str, dict[str, _Points]] = {}
        for claim in claims:
            if claim.published is None or claim.value is None:
                continue  # dated_values gives none such; the type does not know
            key = source_key(claim.source) if claim.source else ""
            points = by_label.setdefault(claim.label, {}).setdefault(key, _Points())
            points.x.append(_timestamp(claim.published))
            points.y.append(claim.value)
            points.symbols.append(SHAPES.get(claim.qualifier, "x"))
            points.tips.append(claim)
        # A label's plot is made once and kept (taken out of the layout when it has
        # nothing to draw): plots made and dropped at every filter left pyqtgraph's
        # timers pointing at deleted items, and the process crashed now and then.
        for plot, legend in self._plots.values():
            plot.clear()
            legend.clear()
            if plot.scene() is not None:
                self.plot.removeItem(plot)
        first: pg.PlotItem | None = None
        shown: set[str] = set()
        for row, (label, groups) in enumerate(by_label.items()):
            if label not in self._plots:
                self._plots[label] = self._new_plot(label)
            plot, legend = self._plots[label]
            self.plot.addItem(plot, row=row, col=0)
            plot.setXLink(first)
            if first is None:
                first = plot
                legend.setVisible(True)
            else:
                legend.setVisible(False)
            for key in ranked:
                if key not in groups:
                    continue
                points = groups[key]
                scatter = pg.ScatterPlotItem(
                    x=points.x,
                    y=points.y,
                    symbol=points.symbols,
                    data=points.tips,
                    hoverable=True,
                    # The words are made when the pointer rests on a point, not for all.
                    tip=lambda x, y, data: describe(data),
                    size=10,
                    brush=pg.mkBrush(colour[key]),
                    pen=pg.mkPen("#333333", width=0.5),
                )
                plot.addItem(scatter)
                if key not in shown and len(shown) < len(_COLOURS) - 1:
                    shown.add(key)
                    legend.addItem(scatter, named[key])
        others = len(ranked) - len(shown)
        self.legend_text = (
            (
                self.tr(
                    "The first {n} claims by date (more pass the filter: narrow the days to "
                    "see them)"
                ).format(n=grouped(len(claims)))
                if more
                else self.tr("{claims} with a date and a value").format(
                    claims=counted_in(len(claims), self.tr("{n} claim"), self.tr("{n} claims"))
                )
            )
            + (
                self.tr(" ({sources} in grey)").format(
                    sources=counted_in(
                        others, self.tr("{n} more source"), self.tr("{n} more sources")
                    )
                )
                if others > 0
                else ""
            )
            + self.tr(". ● exact, ◆ about, ▲ at least or more than, ▼ up to, ■ vague.")
        )
        self.legend.setText(self.legend_text)

    def _new_plot(self, label: str) -> tuple[pg.PlotItem, pg.LegendItem]:
        """Return a plot for one label's claims over time, with its legend."""
        plot = pg.PlotItem(axisItems={"bottom": pg.DateAxisItem()})
        plot.showGrid(x=True, y=True, alpha=0.3)
        plot.setLabel("left", label)
        backdrop = self.palette().color(QPalette.ColorRole.Base)
        backdrop.setAlpha(210)  # the points behind it show through, faintly
        legend = plot.addLegend(offset=(-10, 10), brush=pg.mkBrush(backdrop))
        return plot, legend

    def save(self, path: Path) -> None:
        """Write the chart to ``path``, as PNG or SVG by its suffix."""
        # Qt's own SVG generator: pyqtgraph's SVG exporter fails on the paths newer Qt
        # writes (pyqtgraph issue 3485).
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.plot.size())
            generator.setViewBox(self.plot.rect())
            generator.setTitle(self.tr("Claimmark claim ledger"))
            painter = QPainter(generator)
            try:
                self.plot.render(painter)
            finally:
                painter.end()
        elif not self.plot.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        if not path.exists():
            raise OSError(f"cannot write {path}")

    def _save(self, kind: str) -> None:
        chosen = file_dialogs.save_file(
            self,
            self.tr("Save the chart as {kind}").format(kind=kind.upper()),
            f"ledger.{kind}",
            f"{kind.upper()} (*.{kind})",
        )
        if chosen:
            try:
                self.save(Path(chosen))
            except OSError as error:
                messages.error(
                    self.tr("The chart was not saved to {path}: {error}").format(
                        path=chosen, error=error
                    )
                )
                return
            messages.info(self.tr("Saved the chart to {path}.").format(path=chosen))
