"""Every action of the window, declared in one table: its text, keys, tip and menu.

The window connects each action by name to what it does; menus and the toolbar
are laid out from :data:`MENUS` and :data:`TOOLBAR`. The actions that depend on
the label set (mark with a label, change to a label) are made by
:func:`label_actions` whenever the set changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget
from shiboken6 import isValid

from claimmark.core.labels import Label

Key = str | QKeySequence.StandardKey | Qt.Key


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action of the window.

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
    """

    name: str
    text: str
    keys: tuple[Key, ...] = ()
    tip: str = ""
    everywhere: bool = True
    in_text: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_project", "&New project…", (QKeySequence.StandardKey.New,),
               "Start an empty project in a database file of its own", everywhere=False),
    ActionSpec("open_project", "&Open project…", (QKeySequence.StandardKey.Open,),
               "Open another project's database file", everywhere=False),
    ActionSpec("import", "&Import…", ("Ctrl+I",), everywhere=False),
    ActionSpec("export", "&Export…", ("Ctrl+E",), everywhere=False),
    ActionSpec("backup", "&Back up…", (), "Copy the project's database, while you work",
               everywhere=False),
    ActionSpec("split", "&Split among annotators…", (),
               "Write one database per annotator with their share of the articles",
               everywhere=False),
    ActionSpec("merge", "&Merge annotators' work…", (),
               "Bring annotators' databases into this project, each span kept as theirs",
               everywhere=False),
    ActionSpec("agreement", "&Agreement…", (),
               "How the annotators agree on the articles they both finished", everywhere=False),
    ActionSpec("adjudicate", "A&djudicate", (),
               "Settle the annotators' disagreements into the gold layer (again: stop)",
               everywhere=False),
    ActionSpec("quit", "&Quit", (QKeySequence.StandardKey.Quit,), everywhere=False),
    ActionSpec("delete", "Delete span", (QKeySequence.StandardKey.Delete,), in_text=True),
    ActionSpec("end_right", "End one word right", ("Shift+Alt+Right",),
               "Move the selected span's end one word (Shift+Alt+Right)", in_text=True),
    ActionSpec("end_left", "End one word left", ("Shift+Alt+Left",),
               "Move the selected span's end one word (Shift+Alt+Left)", in_text=True),
    ActionSpec("start_left", "Start one word left", ("Ctrl+Shift+Alt+Left",),
               "Move the selected span's start one word (Ctrl+Shift+Alt+Left)", in_text=True),
    ActionSpec("start_right", "Start one word right", ("Ctrl+Shift+Alt+Right",),
               "Move the selected span's start one word (Ctrl+Shift+Alt+Right)", in_text=True),
    ActionSpec("labels", "&Labels…", (), "Add, rename, recolour, re-key or delete labels",
               everywhere=False),
    ActionSpec("annotator", "Your &name…", (), "The name stored on every span you make",
               everywhere=False),
    ActionSpec("learned_words", "Learned &words…", (),
               "Words not proposed any more, and the project's own lexicon", everywhere=False),
    ActionSpec("zoom_in", "Zoom &in", (QKeySequence.StandardKey.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", "Zoom &out", (QKeySequence.StandardKey.ZoomOut,)),
    ActionSpec("zoom_reset", "&Normal size", ("Ctrl+0",)),
    ActionSpec("reset_layout", "&Reset layout", (), "Put every panel back where it started",
               everywhere=False),
    ActionSpec("next_article", "Next article", ("Alt+Down", "J")),
    ActionSpec("previous_article", "Previous article", ("Alt+Up", "K")),
    ActionSpec("next_unfinished", "Next unfinished article", ("Alt+N", "N")),
    ActionSpec("next_item", "Next span or suggestion", ("Ctrl+Down",)),
    ActionSpec("previous_item", "Previous span or suggestion", ("Ctrl+Up",)),
    ActionSpec("search", "&Search all articles", (QKeySequence.StandardKey.Find,)),
    ActionSpec("done", "Mark article &done", ("Ctrl+Return", "Ctrl+Enter"),
               "Mark the article done, or back to in progress (Ctrl+Enter)"),
    ActionSpec("accept", "&Accept suggestion", (Qt.Key.Key_Return, Qt.Key.Key_Enter, "A"),
               "Accept the selected suggestion as a span (Enter or A)", in_text=True),
    ActionSpec("reject", "&Reject suggestion", ("X", Qt.Key.Key_Backspace),
               "Reject the selected suggestion (X or Backspace)", in_text=True),
    ActionSpec("accept_all", "Accept &all suggestions", ("Ctrl+Shift+A",),
               "Accept every suggestion of this article (Ctrl+Shift+A)"),
    ActionSpec("next_suggestion", "&Next suggestion", (Qt.Key.Key_Tab,), in_text=True),
    # Shift+Tab reaches Qt as Backtab, with or without the Shift modifier.
    ActionSpec("previous_suggestion", "&Previous suggestion",
               (Qt.Key.Key_Backtab, "Shift+Backtab"), in_text=True),
    ActionSpec("detect", "&Detect claims again", (),
               "Run the claim detector on this article again; rejected suggestions stay rejected",
               everywhere=False),
    ActionSpec("train_model", "&Train model…", (),
               "Train a model on the spans of the articles marked done; its suggestions "
               "join the rules'"),
    ActionSpec("guidelines", "&Guidelines", (Qt.Key.Key_F1,),
               "Show the annotation guidelines; F1 again goes back"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", ("Ctrl+/",), everywhere=False),
    ActionSpec("about", "&About Claimmark", (), everywhere=False),
)  # fmt: skip

EDGE_ACTIONS = ("end_right", "end_left", "start_left", "start_right")
"""The actions that move a span's start or end by a word."""

MARKS = "@marks"
"""In a menu or toolbar layout: where the label set's mark actions go."""
RELABEL = "@relabel"
"""In a menu layout: the "Change label to" submenu."""
DOCKS = "@docks"
"""In a menu layout: a show/hide toggle for every dock."""
UNDO, REDO = "@undo", "@redo"
RECENT = "@recent"
"""In a menu layout: the Open recent submenu."""
LAYERS = "@layers"
"""In a menu layout: the submenu of whose spans to show."""

MENUS: tuple[tuple[str, tuple[str | tuple[str, tuple[str, ...]] | None, ...]], ...] = (
    ("&File", (
        "new_project", "open_project", RECENT, None, "import", "export", None, "split", "merge",
        None, "backup", None, "quit",
    )),
    ("&Edit", (
        UNDO, REDO, None, MARKS, None, "delete", RELABEL,
        ("Span &boundaries", EDGE_ACTIONS),
        None, "labels", "learned_words", "annotator",
    )),
    ("&View", (
        "zoom_in", "zoom_out", "zoom_reset", None, DOCKS, None, "reset_layout", None, LAYERS,
    )),
    ("&Go", (
        "next_article", "previous_article", "next_unfinished", "next_item", "previous_item",
        None, "search", None, "done",
    )),
    ("&Suggestions", (
        "accept", "reject", "accept_all", "next_suggestion", "previous_suggestion", None,
        "detect", "train_model",
    )),
    ("&Team", ("agreement", "adjudicate")),
    ("&Help", ("guidelines", "shortcuts", None, "about")),
)  # fmt: skip
"""The menu bar: menus of action names, ``None`` for a separator, (title, names) a submenu."""

TOOLBAR: tuple[str | None, ...] = (
    MARKS, None, "accept", "reject", "accept_all", None, "delete", None, UNDO, REDO, None,
    "done", None, "export",
)  # fmt: skip


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
    window: QMainWindow, text: QWidget, handlers: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
    """Make every action of :data:`ACTIONS`, connected to the handler of its name.

    Args:
        window: the main window, whose shortcuts work wherever the focus is.
        text: the article text, whose shortcuts work while it has the focus.
        handlers: what each action does, by name.
    """
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, window)
        set_keys(action, spec.keys)
        if spec.tip:
            action.setToolTip(spec.tip)
        handler = handlers[spec.name]
        action.triggered.connect(lambda _=False, handler=handler: handler())
        if spec.in_text:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            text.addAction(action)
        elif spec.everywhere:
            window.addAction(action)
        actions[spec.name] = action
    return actions


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
        action = QAction(swatch(label.colour), f"Mark {label.name}", window)
        action.setShortcut(QKeySequence(label.key))
        action.setToolTip(f"Mark the selected text {label.name} ({label.key})")
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
