"""The Details panel: the legend of labels, and the selected span or suggestion to edit."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.store import Repository
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.attributes_panel import AttributesPanel
from claimmark.ui.label_set import LabelSet
from claimmark.ui.legend import LegendWidget
from claimmark.ui.open_article import OpenArticle


class DetailsPanel(QWidget):
    """The legend over the attributes of the selected item; both follow their models.

    Inside the panel Tab moves between fields; Escape leaves it for the text.

    Attributes:
        attributes: the editable panel of the selected span or suggestion; its
            ``edited`` signal carries what the user changed.
        legend: the label set as a key.

    Signals:
        left(): the user pressed Escape to go back to the text.
    """

    left = Signal()

    def __init__(
        self,
        repo: Repository,
        model: OpenArticle,
        labels: LabelSet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._project_sources: list[str] | None = None
        self._open = model
        self._labels = labels
        self.legend = LegendWidget(labels.labels)
        self.attributes = AttributesPanel(labels.labels)
        self._legend_box = QGroupBox(self.tr("Labels"))
        QVBoxLayout(self._legend_box).addWidget(self.legend)
        span_box = QGroupBox(self.tr("Selected span or suggestion"))
        QVBoxLayout(span_box).addWidget(self.attributes)
        layout = QVBoxLayout(self)
        layout.addWidget(self._legend_box)
        layout.addWidget(span_box, 1)
        model.selection_changed.connect(self._on_selection_changed)
        model.opened.connect(self._on_selection_changed)
        model.changed.connect(lambda: self.attributes.show_item(model.selected))
        labels.changed.connect(self._on_labels_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_escape)

    def declared_actions(self) -> list[Declared]:
        """Return the action of going from the text into the selected item's fields."""
        return [
            Declared(ActionSpec("details", self.tr("Edit &attributes"), ("F2",),
                                self.tr("Go to the selected span's fields: value, qualifier, note, "
                                        "source (F2; Escape comes back to the text)"), in_text=True,
                                menu=("&Edit", 33)),
                     self.enter, lambda: self._open.selected is not None),
        ]  # fmt: skip

    def enter(self) -> None:
        """Put the focus in the first field of the selected span or suggestion, the dock
        in front."""
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        field = (
            self.attributes.value if self.attributes.value.isEnabled() else self.attributes.label
        )
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def _on_escape(self) -> None:
        self.attributes.commit()
        self.left.emit()

    def forget_sources(self) -> None:
        """Read the project's sources again when next needed (articles were imported)."""
        self._project_sources = None

    def _known_sources(self) -> list[str]:
        """Return the open article's sources, then the project's, most used first.

        The project's are read once (a read of every span's source, too slow for
        each selection in a large project); the article's are current, so a source
        just typed is offered at once.
        """
        if self._project_sources is None:
            self._project_sources = self._repo.sources()
        items: list[Span | StoredSuggestion] = [*self._open.spans, *self._open.suggestions]
        here = Counter(i.source for i in items if i.source)
        own = [source for source, _ in here.most_common()]
        return own + [s for s in self._project_sources if s not in here]

    def _on_selection_changed(self) -> None:
        item = self._open.selected
        if item is not None:
            self.attributes.set_known_sources(self._known_sources)
        self.attributes.show_item(item)

    def _on_labels_changed(self) -> None:
        old = self.legend
        self.legend = LegendWidget(self._labels.labels)
        layout = self._legend_box.layout()
        assert layout is not None
        layout.replaceWidget(old, self.legend)
        old.deleteLater()
        self.attributes.set_labels(self._labels.labels)
