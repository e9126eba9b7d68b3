"""The window's actions: each part of the window declares its own, the window collects them.

A part (annotating, navigation, files, team...) declares each action it offers
beside its handler, as a :class:`Declared`: text, keys, menu place and toolbar
place (:class:`ActionSpec`), the handler, and when it is enabled. The window
makes the actions (:func:`build_actions`), lays out the menus and the toolbar
from the declared places (:func:`lay_out`) and asks the enable rules whenever its
state changes (:func:`update_enabled`). One new menu item is one edit, in the
part that handles it. The actions that depend on the label set (mark with a
label, change to a label) are made by :func:`label_actions` whenever it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QToolBar
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from claimmark.core.labels import Label

Key = str | QKeySequence.StandardKey | Qt.Key


MENU_TITLES: tuple[str, ...] = tuple(
    str(title)  # the marker gives the text back, typed as object
    for title in (
        QT_TRANSLATE_NOOP("menus", "&File"),
        QT_TRANSLATE_NOOP("menus", "&Edit"),
        QT_TRANSLATE_NOOP("menus", "&View"),
        QT_TRANSLATE_NOOP("menus", "&Go"),
        QT_TRANSLATE_NOOP("menus", "&Suggestions"),
        QT_TRANSLATE_NOOP("menus", "&Team"),
        QT_TRANSLATE_NOOP("menus", "&Help"),
    )
)
"""The menu bar, left to right, as the parts name the menus (translated when shown)."""

Place = tuple[str, int]
"""Where an entry goes in the menu bar: a menu title and an order number. Entries are
sorted by the number; where its tens change (10s, 20s, ...) a separator goes between."""


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action a part of the window offers: what it says, its keys, where it goes.

    Attributes:
        name: how the window refers to it (``window.actions_by_name["accept"]``).
        text: the menu text, with its mnemonic.
        keys: its shortcuts, the first one shown in menus.
        tip: the tooltip.
        everywhere: its shortcut works wherever the focus is in the window (not
            only through the menu bar).
        in_text: its shortcut works only while the article text has the focus: it
            acts on the text, and Enter, Tab or Delete in a field of the Details
            panel must stay the field's.
        menu: its place in the menu bar (see :data:`Place`); ``None``: in no menu.
        submenu: the title of the submenu it goes in, at its place.
        toolbar: its order on the toolbar (a separator where the tens change).
        toolbar_text: a short fixed text for the toolbar button (its full text, which
            changes, goes to the tooltip).
    """

    name: str
    text: str
    keys: tuple[Key, ...] = ()
    tip: str = ""
    everywhere: bool = True
    in_text: bool = False
    menu: Place | None = None
    submenu: str | None = None
    toolbar: int | None = None
    toolbar_text: str = ""


@dataclass(frozen=True, slots=True)
class Declared:
    """An action as a part of the window declares it, beside its handler: what it is,
    what it does, and when it can be used (asked whenever the window's state changes)."""

    spec: ActionSpec
    run: Callable[[], object]
    enabled: Callable[[], bool] | None = None


MenuItem = QAction | QMenu | Sequence[QAction] | None
"""What a place in a menu holds: an action, a submenu, several actions, or (``None``) an
anchor: a separator the window later inserts actions before (the mark actions)."""


@dataclass(frozen=True, slots=True)
class MenuEntry:
    """A menu item the window itself adds (Undo, Open recent, the dock toggles...)."""

    name: str
    item: MenuItem
    menu: Place | None = None
    toolbar: int | None = None
    toolbar_text: str = ""


EDGE_ACTIONS = ("end_right", "end_left", "start_left", "start_right")
"""The actions that move a span's start or end by a word."""


def _sequences(keys: Sequence[Key]) -> list[QKeySequence]:
    """Return the key sequences of ``keys``, each once."""
    sequences: list[QKeySequence] = []
    for key in keys:
        # A standard key counts with its platform's main binding only (Ctrl+Z for Undo):
        # the others (Alt+Backspace) surprise users and can clash with ours.
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    return sequences


def set_keys(action: QAction, keys: Sequence[Key]) -> None:
    """Give an action its shortcuts, never one twice (Qt calls a twice-given key ambiguous).

    Qt names Shift+Tab "Backtab"; where that is the key, the menu is told the
    name on the keyboard (a menu shows the text after a tab as the shortcut).
    """
    action.setShortcuts(_sequences(keys))
    if action.shortcuts() and "Backtab" in action.shortcut().toString():
        action.setText(action.text().split("\t")[0] + "\t" + key_words(action.shortcut()))


def key_words(sequence: QKeySequence) -> str:
    """Return a shortcut as the keyboard says it ("Shift+Tab", where Qt says "Backtab")."""
    words = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return words.replace("Shift+Backtab", "Shift+Tab").replace("Backtab", "Shift+Tab")


def build_actions(
    window: QMainWindow, text: QWidget, declared: Sequence[Declared]
) -> dict[str, QAction]:
    """Make every declared action, connected to its handler.

    Args:
        window: the main window, whose shortcuts work wherever the focus is.
        text: the article text, whose shortcuts work while it has the focus.
        declared: what the window's parts offer.
    """
    actions: dict[str, QAction] = {}
    for one in declared:
        spec = one.spec
        assert spec.name not in actions, f"two parts declare the action {spec.name}"
        action = QAction(spec.text, window)
        set_keys(action, spec.keys)
        if spec.tip:
            action.setToolTip(spec.tip)
        action.triggered.connect(lambda _=False, run=one.run: run())
        if spec.in_text:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            text.addAction(action)
        elif spec.everywhere:
            window.addAction(action)
        actions[spec.name] = action
    return actions


def update_enabled(declared: Sequence[Declared], actions: Mapping[str, QAction]) -> None:
    """Enable each declared action as its rule says, now."""
    for one in declared:
        if one.enabled is not None:
            actions[one.spec.name].setEnabled(one.enabled())


def lay_out(
    window: QMainWindow,
    toolbar: QToolBar,
    declared: Sequence[Declared],
    actions: Mapping[str, QAction],
    extra: Sequence[MenuEntry],
) -> dict[str, QAction]:
    """Fill the menu bar and the toolbar from the places the entries declare.

    Returns:
        The anchors (entries whose item is ``None``) by name, the toolbar's as
        ``"toolbar:" + name``: separators to insert actions before, later.
    """
    entries = [
        MenuEntry(d.spec.name, actions[d.spec.name], d.spec.menu, d.spec.toolbar,
                  d.spec.toolbar_text)
        for d in declared
    ] + list(extra)  # fmt: skip
    submenus = {d.spec.name: d.spec.submenu for d in declared if d.spec.submenu}
    anchors: dict[str, QAction] = {}
    for title in MENU_TITLES:
        menu = window.menuBar().addMenu(QCoreApplication.translate("menus", title))
        placed = sorted(
            (e for e in entries if e.menu is not None and e.menu[0] == title),
            key=lambda e: e.menu[1] if e.menu else 0,
        )
        section: int | None = None
        opened: dict[str, QMenu] = {}
        for entry in placed:
            assert entry.menu is not None
            if section is not None and entry.menu[1] // 10 != section:
                menu.addSeparator()
            section = entry.menu[1] // 10
            sub = submenus.get(entry.name)
            if sub is None:
                _add(menu, entry, anchors, entry.name)
                continue
            if sub not in opened:
                opened[sub] = menu.addMenu(sub)
            opened[sub].addAction(actions[entry.name])
    section = None
    on_toolbar = sorted((e for e in entries if e.toolbar is not None), key=lambda e: e.toolbar or 0)
    for entry in on_toolbar:
        assert entry.toolbar is not None
        if section is not None and entry.toolbar // 10 != section:
            toolbar.addSeparator()
        section = entry.toolbar // 10
        if entry.toolbar_text and isinstance(entry.item, QAction):
            toolbar.addAction(FixedTextAction(entry.item, entry.toolbar_text))
        else:
            _add(toolbar, entry, anchors, f"toolbar:{entry.name}")
    window.addToolBar(toolbar)
    return anchors


def _add(where: QMenu | QToolBar, entry: MenuEntry, anchors: dict[str, QAction], key: str) -> None:
    item = entry.item
    if item is None:
        anchors[key] = where.addSeparator()
    elif isinstance(item, QAction):
        where.addAction(item)
    elif isinstance(item, QMenu):
        if isinstance(where, QMenu):
            where.addMenu(item)
        else:
            where.addAction(item.menuAction())
    else:
        where.addActions(list(item))


def swatch(colour: str) -> QIcon:
    """Return a small square of a label's colour, for menus and the toolbar."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def label_actions(
    window: QMainWindow,
    text: QWidget,
    labels: Sequence[Label],
    mark: Callable[[str], None],
    relabel: Callable[[str], None],
) -> tuple[dict[str, QAction], dict[str, QAction]]:
    """Make the mark-with-label and change-to-label actions of a label set.

    A label's key marks only while the article text has the focus (``text``).
    """
    marks: dict[str, QAction] = {}
    relabels: dict[str, QAction] = {}
    for label in labels:
        mark_text = QCoreApplication.translate("actions", "Mark {label}")
        action = QAction(swatch(label.colour), mark_text.format(label=label.name), window)
        action.setShortcut(QKeySequence(label.key))
        tip = QCoreApplication.translate("actions", "Mark the selected text {label} ({key})")
        action.setToolTip(tip.format(label=label.name, key=label.key))
        action.triggered.connect(lambda _=False, name=label.name: mark(name))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        text.addAction(action)
        marks[label.name] = action
        change = QAction(swatch(label.colour), label.name, window)
        change.triggered.connect(lambda _=False, name=label.name: relabel(name))
        relabels[label.name] = change
    return marks, relabels


def all_actions(window: QMainWindow) -> list[QAction]:
    """Return every action the window's menus offer, in menu order (submenus flattened)."""
    actions: list[QAction] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            submenu = action.menu()
            actions.extend(submenu.actions() if isinstance(submenu, QMenu) else [action])
    return [a for a in actions if not a.isSeparator()]


class FixedTextAction(QAction):
    """A toolbar button for another action, whose text stays short.

    Undo, Redo and Delete name what they act on ("Undo mark TROOPS '3000
    Soldaten'"); on a toolbar that text changes its width after every action and
    the window re-lays out under the reader's eyes. The button keeps a short text
    and shows the full one in its tooltip; the menu keeps the full one.
    """

    def __init__(self, action: QAction, text: str) -> None:
        super().__init__(text, action.parent())
        self._action = action
        self._text = text
        self.setIcon(action.icon())
        # Slots that are methods of QObjects: Qt disconnects them when either goes.
        action.changed.connect(self._follow)
        self.triggered.connect(action.trigger)
        self._follow()

    def _follow(self) -> None:
        if not isValid(self._action):  # it says "changed" as the window takes it down
            return
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.text().replace("&", "") or self._text)
