"""The window's docks: where each panel sits, and the layout the window starts with."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class Docks:
    """The docks of the main window, each a panel the View menu can show or hide."""

    articles: QDockWidget
    search: QDockWidget
    details: QDockWidget
    spans: QDockWidget
    guidelines: QDockWidget
    adjudication: QDockWidget

    def all(self) -> list[QDockWidget]:
        """Return every dock, in View menu order."""
        return [*self.panels(), self.adjudication]

    def panels(self) -> list[QDockWidget]:
        """Return the docks a window starts with (adjudication is shown while adjudicating)."""
        return [self.articles, self.search, self.details, self.spans, self.guidelines]


def _dock(
    window: QMainWindow, name: object, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    title = str(name)  # English: the marker gives it back, typed as object
    dock = QDockWidget(QCoreApplication.translate("docks", title), window)
    # Saved layouts find docks by this name, in any language.
    dock.setObjectName(f"{title.lower()}-dock")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def build_docks(
    window: QMainWindow,
    articles: QWidget,
    search: QWidget,
    details: QWidget,
    spans: QWidget,
    guidelines: QWidget,
    adjudication: QWidget,
) -> Docks:
    """Dock the panels: articles and search on the left, the rest in one tab group right."""
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    docks = Docks(
        _dock(window, QT_TRANSLATE_NOOP("docks", "Articles"), articles, left),
        _dock(window, QT_TRANSLATE_NOOP("docks", "Search"), search, left),
        _dock(window, QT_TRANSLATE_NOOP("docks", "Details"), details, right),
        _dock(window, QT_TRANSLATE_NOOP("docks", "Spans"), spans, right),
        _dock(window, QT_TRANSLATE_NOOP("docks", "Guidelines"), guidelines, right),
        _dock(window, QT_TRANSLATE_NOOP("docks", "Adjudication"), adjudication, right),
    )
    window.splitDockWidget(docks.articles, docks.search, Qt.Orientation.Vertical)
    # Room for the four tabs of the right group (Adjudication the longest), and the
    # article text between: 340 + 330 leave it 610 of a 1280-pixel window.
    window.resizeDocks([docks.articles, docks.details], [340, 330], Qt.Orientation.Horizontal)
    window.resizeDocks([docks.articles, docks.search], [520, 220], Qt.Orientation.Vertical)
    # One tab group only: with two, Qt 6.11 drew a second, stale tab bar of the
    # later group over the status bar.
    window.tabifyDockWidget(docks.details, docks.spans)
    window.tabifyDockWidget(docks.details, docks.guidelines)
    window.tabifyDockWidget(docks.details, docks.adjudication)
    docks.adjudication.hide()
    return docks


def reset_layout(window: QMainWindow, docks: Docks, start: QByteArray) -> None:
    """Put every dock back where the window started, shown, the Details tab in front."""
    for dock in docks.panels():
        dock.setFloating(False)
        dock.show()
    window.restoreState(start)
    docks.details.raise_()
