"""The View and Help menus' part: text size, the guidelines, the layout, search, shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu

from claimmark.ui import messages
from claimmark.ui.about import show_about
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.actions import all_actions
from claimmark.ui.article_view import ArticleView
from claimmark.ui.docks import Docks
from claimmark.ui.docks import reset_layout
from claimmark.ui.i18n import chosen_language
from claimmark.ui.i18n import set_language
from claimmark.ui.search_panel import SearchPanel
from claimmark.ui.shortcuts import ShortcutsDialog


class Comfort(QObject):
    """Zoom, the guidelines in front or not, the layout as it began, search, help."""

    def __init__(
        self,
        window: QMainWindow,
        view: ArticleView,
        docks: Docks,
        search_panel: SearchPanel,
        database: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._docks = docks
        self._search = search_panel
        self._database = database
        self._start_layout = QByteArray()
        self.language_menu = self._language_menu()

    def _language_menu(self) -> QMenu:
        """View › Language: the system's, Deutsch or English, taken at the next start."""
        menu = QMenu(self.tr("&Language"), self._window)
        group = QActionGroup(menu)
        chosen = chosen_language()
        names = {"system": self.tr("System language"), "de": "Deutsch", "en": "English"}
        for code, name in names.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, code=code: self._choose_language(code))
        return menu

    def _choose_language(self, code: str) -> None:
        set_language(code)
        messages.info(self.tr("The window speaks the language chosen from its next start."))

    def remember_start_layout(self) -> None:
        """Take the window's layout now as the one View › Reset layout puts back."""
        self._start_layout = self._window.saveState()

    def declared_actions(self) -> list[Declared]:
        """Return the actions of viewing and help."""
        return [
            Declared(ActionSpec("zoom_in", self.tr("Zoom &in"),
                                (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
                                menu=("&View", 10)), lambda: self.zoom(1)),
            Declared(ActionSpec("zoom_out", self.tr("Zoom &out"),
                                (QKeySequence.StandardKey.ZoomOut,),
                                menu=("&View", 11)), lambda: self.zoom(-1)),
            Declared(ActionSpec("zoom_reset", self.tr("&Normal size"),
                                ("Ctrl+0",), menu=("&View", 12)),
                     lambda: self.zoom(0)),
            Declared(ActionSpec("reset_layout", self.tr("&Reset layout"), (),
                                self.tr("Put every panel back where it started"), everywhere=False,
                                menu=("&View", 30)),
                     lambda: reset_layout(self._window, self._docks, self._start_layout)),
            Declared(ActionSpec("search", self.tr("&Search all articles"),
                                (QKeySequence.StandardKey.Find,),
                                menu=("&Go", 20)), self.focus_search),
            Declared(ActionSpec("guidelines", self.tr("&Guidelines"), (Qt.Key.Key_F1,),
                                self.tr("Show the annotation guidelines; F1 again goes back"),
                                menu=("&Help", 10)), self.toggle_guidelines),
            Declared(ActionSpec("shortcuts", self.tr("&Keyboard shortcuts"), ("Ctrl+/",),
                                everywhere=False, menu=("&Help", 11)), self.show_shortcuts),
            Declared(ActionSpec("about", self.tr("&About Claimmark"), (), everywhere=False,
                                menu=("&Help", 20)),
                     lambda: show_about(self._window, self._database())),
        ]  # fmt: skip

    def zoom(self, step: int) -> None:
        """Make the article text larger (1), smaller (-1) or its normal size (0)."""
        size = self._view.font().pointSizeF() + step if step else self._view.normal_font_size
        self._view.set_font_size(size)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected to type over."""
        self._docks.search.show()
        self._search.field.setFocus()
        self._search.field.selectAll()

    def guidelines_in_front(self) -> bool:
        """Return whether the guidelines can be seen (not a tab behind the span panel)."""
        # A widget in a tab behind another still reports isVisible(); its region is empty.
        return not self._docks.guidelines.widget().visibleRegion().isEmpty()

    def toggle_guidelines(self) -> None:
        """Bring the guidelines to the front, or, if they are in front, the span panel."""
        dock = self._docks.details if self.guidelines_in_front() else self._docks.guidelines
        dock.show()
        dock.raise_()

    def show_shortcuts(self) -> None:
        """Show every keyboard shortcut in a window."""
        ShortcutsDialog(all_actions(self._window), self._window).exec()
