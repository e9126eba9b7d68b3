"""The child of the kill test: writes to a project in a loop, acknowledging each commit.

Run as ``python -m tests.soak_child DB WORK SEED``. A line in the past tense is
a promise: what it names was committed before the line was written; a line in
the present tense announces the write about to happen (a kill may land between).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from claimmark.core.articles import make_article
from claimmark.project.annotating import mark
from claimmark.project.exporting import export_project
from claimmark.project.importing import import_paths
from claimmark.project.project import Project

WORDS = "Kim schickte 3000 Soldaten und 50 Raketen nach Russland. " * 400


def main() -> None:
    db, work, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    project = Project.open(db, detect=False)
    repo = project.repo
    repo.add_articles([make_article("long", "Titel\n" + WORDS)])
    (work / f"ready{seed}").touch()  # the parent kills from now on
    mine: list[str] = []
    for step in range(10_000):
        choice = rng.random()
        if choice < 0.6:
            state = project.article_state("long")
            start = rng.randrange(6, len(state.article.text) - 40)
            label = rng.choice(["TROOPS", "LOSSES", "WEAPONS"])
            try:
                edit = mark(state, start, start + rng.randrange(3, 30), label, "soak")
            except Exception:  # noqa: BLE001 - an overlap: pick another place
                continue
            print(f"marking {edit.span.id}", flush=True)
            edit.apply(repo)
            mine.append(edit.span.id)
            print(f"marked {edit.span.id}", flush=True)
        elif choice < 0.75 and mine:
            span_id = mine.pop(rng.randrange(len(mine)))
            print(f"unmarking {span_id}", flush=True)
            repo.delete_span(span_id)
            print(f"unmarked {span_id}", flush=True)
        elif choice < 0.9:
            batch = f"b{seed}x{step}"
            path = work / f"{batch}.jsonl"
            path.write_text(
                "".join(
                    json.dumps({"id": f"{batch}-{n}", "text": f"Titel\n{batch} Text {n}"}) + "\n"
                    for n in range(3)
                ),
                encoding="utf-8",
            )
            import_paths(repo, [path])
            print(f"imported {batch}", flush=True)
        else:
            export_project(repo, "jsonl", work / "export.jsonl")
            print("exported", flush=True)


if __name__ == "__main__":
    main()
