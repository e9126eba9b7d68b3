"""The store's labels: the label set, in order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from claimmark.core.errors import NotFoundError
from claimmark.core.errors import RuleError
from claimmark.core.labels import Label
from claimmark.core.labels import label_problems
from claimmark.core.words import joined
from claimmark.store.connection import Connection
from claimmark.store.connection import _environment_errors
from claimmark.store.results import DeletedLabel
from claimmark.store.rows import _SPAN_SELECT
from claimmark.store.rows import _SUGGESTION_COLUMNS
from claimmark.store.rows import _SUGGESTION_SELECT
from claimmark.store.rows import _span_from_row
from claimmark.store.rows import _span_to_row
from claimmark.store.rows import _suggestion_from_row


class Labels(Connection):
    """The store's labels: the label set, in order."""

    def labels(self) -> list[Label]:
        """Return the label set in display order."""
        with _environment_errors(self.path):
            return [
                Label(r["name"], r["key"], r["colour"], r["description"])
                for r in self._db.query(
                    "select name, key, colour, description from labels order by position"
                )
            ]

    def save_label(self, label: Label, old_name: str | None = None) -> None:
        """Add a label, or change the label called ``old_name`` (renaming carries its spans).

        Raises:
            RuleError: the label is not valid among the others (see ``label_problems``).
            NotFoundError: there is no label ``old_name``.
        """
        with _environment_errors(self.path), self._writing():
            # An edit is checked against the other labels; a new label against all.
            others = [lb for lb in self.labels() if old_name is None or lb.name != old_name]
            problems = label_problems(label, others)
            if problems:
                raise RuleError(f"label {label.name} not saved: {joined(problems)}")
            row = {
                "name": label.name,
                "key": label.key,
                "colour": label.colour,
                "description": label.description,
            }
            if old_name is None:
                position = self._db.execute(
                    "select coalesce(max(position) + 1, 0) from labels"
                ).fetchone()[0]
                self._db.table("labels").insert({**row, "position": position})
                return
            # ON UPDATE CASCADE renames the label on its spans and suggestions too.
            cursor = self._db.execute(
                "update labels set name = ?, key = ?, colour = ?, description = ? where name = ?",
                [label.name, label.key, label.colour, label.description, old_name],
            )
            if cursor.rowcount == 0:
                raise NotFoundError("label", old_name)

    def set_label_set(self, labels: Sequence[Label]) -> None:
        """Make ``labels`` the project's labels, in order, in place of those it has.

        Only for a project no span or suggestion uses a label of yet (a new share of a
        split corpus): it replaces, it does not rename.

        Raises:
            RuleError: a span or suggestion is stored, or the labels are not valid together.
        """
        for n, label in enumerate(labels):
            problems = label_problems(label, [*labels[:n], *labels[n + 1 :]])
            if problems:
                raise RuleError(f"label {label.name} not usable: {joined(problems)}")
        with _environment_errors(self.path), self._writing():
            used = self._db.execute(
                "select (select count(*) from spans) + (select count(*) from suggestions)"
            ).fetchone()[0]
            if used:
                raise RuleError("The label set can only be replaced before anything is marked.")
            self._db.execute("delete from labels")
            self._db.table("labels").insert_all(
                {**asdict(label), "position": n} for n, label in enumerate(labels)
            )

    def label_use(self, name: str) -> tuple[int, int]:
        """Return how many spans and suggestions carry the label."""
        with _environment_errors(self.path):
            spans = self._db.execute("select count(*) from spans where label = ?", [name])
            suggestions = self._db.execute(
                "select count(*) from suggestions where label = ?", [name]
            )
            return spans.fetchone()[0], suggestions.fetchone()[0]

    def delete_label(self, name: str) -> DeletedLabel:
        """Delete a label with its spans and suggestions; return them, to restore on undo."""
        with _environment_errors(self.path), self._writing():
            label = next((lb for lb in self.labels() if lb.name == name), None)
            if label is None:
                raise NotFoundError("label", name)
            position = self._db.execute(
                "select position from labels where name = ?", [name]
            ).fetchone()[0]
            spans = [
                _span_from_row(r) for r in self._db.query(_SPAN_SELECT + " where label = ?", [name])
            ]
            suggestions = [
                _suggestion_from_row(r)
                for r in self._db.query(_SUGGESTION_SELECT + " where label = ?", [name])
            ]
            self._db.execute("delete from spans where label = ?", [name])
            self._db.execute("delete from suggestions where label = ?", [name])
            self._db.execute("delete from labels where name = ?", [name])
        return DeletedLabel(label, position, tuple(spans), tuple(suggestions))

    def restore_label(self, deleted: DeletedLabel) -> None:
        """Put back a deleted label, at its place in the list, with its spans and suggestions."""
        label = deleted.label
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "update labels set position = position + 1 where position >= ?",
                [deleted.position],
            )
            self._db.table("labels").insert(
                {
                    "name": label.name,
                    "key": label.key,
                    "colour": label.colour,
                    "description": label.description,
                    "position": deleted.position,
                }
            )
            for span in deleted.spans:
                self._db.table("spans").insert(_span_to_row(span))
            self._db.table("suggestions").insert_all(
                {c: getattr(s, c) for c in _SUGGESTION_COLUMNS} for s in deleted.suggestions
            )
