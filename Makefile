# Everything a developer or CI needs; each target creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.app-stamp
STAMP := $(VENV)/.test-stamp

.PHONY: setup run test lint eval bench soak screenshot package package-check install-desktop translations clean

# What the app needs to run, and nothing else (no spaCy, datasets, mypy).
$(APP_STAMP): pyproject.toml
	@echo "Setting up $(VENV) with Claimmark and what it needs to run (once; about a minute)..."
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(APP_STAMP)

# The app and the test extra: linters, spaCy and the other readers of our exports.
$(STAMP): $(APP_STAMP)
	@echo "Adding the test tools (spaCy, Dask, pyarrow, linters; once; a few minutes)..."
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

## Open the app on the bundled articles (your database lives in your data folder).
run: $(APP_STAMP)
	$(BIN)/claimmark

## Lint, check the layering, then run every test offscreen.
test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --durations=15

lint: setup
	$(BIN)/ruff check app tests packaging
	$(BIN)/ruff format --check app tests packaging
	cd $(CURDIR) && $(BIN)/lint-imports
	$(BIN)/mypy

## Score the claim detector against the gold set (GOLD=... for another file), then the
## learning curve: the rules alone, with what spans teach, learning alone, with a model
## trained on the other articles and that model alone (a model an article: minutes;
## MODEL_EPOCHS=...); then the English gold: the articles the English rules were
## written on, and the held-out ones; then a German new-topic set, scored and annotated
## article by article (the learning curve of what each article teaches).
GOLD ?= tests/data/gold/seeds.jsonl
MODEL_EPOCHS ?= 30
eval: setup
	$(BIN)/claimmark eval --gold $(GOLD)
	$(BIN)/claimmark eval --gold $(GOLD) --learning --model-epochs $(MODEL_EPOCHS)
	@echo "English, development articles:"
	$(BIN)/claimmark eval --gold tests/data/gold/english-dev.jsonl
	@echo "English, held-out articles:"
	$(BIN)/claimmark eval --gold tests/data/gold/english-heldout.jsonl
	@echo "English, articles written after the rules:"
	$(BIN)/claimmark eval --gold tests/data/gold/english-fresh.jsonl
	@echo "English, articles written after this round's rule changes, scored once:"
	$(BIN)/claimmark eval --gold tests/data/gold/english-unseen.jsonl
	@echo "English, articles written after every rule change, scored once:"
	$(BIN)/claimmark eval --gold tests/data/gold/english-blind.jsonl
	@echo "German, articles of the seeds' kind written after the rules:"
	$(BIN)/claimmark eval --gold tests/data/gold/german-fresh.jsonl
	@echo "German, held-out articles (nothing tuned on them but two faults):"
	$(BIN)/claimmark eval --gold tests/data/gold/german-heldout.jsonl
	@echo "German, unseen articles written for issue 23's done-when (scored once, then mended):"
	$(BIN)/claimmark eval --gold tests/data/gold/german-unseen.jsonl
	@echo "German, articles written after every rule change, scored once:"
	$(BIN)/claimmark eval --gold tests/data/gold/german-blind.jsonl
	@echo "German, a new topic (weapons and units the rules do not know):"
	$(BIN)/claimmark eval --gold tests/data/gold/german-newtopic.jsonl
	@echo "Annotating the new topic article by article (what each teaches, scored on the rest):"
	$(BIN)/claimmark eval --gold tests/data/gold/german-newtopic.jsonl --curve

## Speed and memory targets, measured outside the test run: a Markdown table, and JSON in
## bench-results.json. Corpora are built once in ~/.cache/claimmark-bench (CLAIMMARK_BENCH_DIR).
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

## Longer runs of the data-safety tests: 500 random SIGKILLs, the concurrency tests ten times.
soak: setup
	KILLS=500 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_kill.py
	for i in 1 2 3 4 5 6 7 8 9 10; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/store/test_opening.py || exit 1; \
	done

## Render the main window to screenshot.png (outside the repository is fine too: OUT=...),
## on the bundled articles in a data folder of its own (.venv/screenshot-data).
OUT ?= screenshot.png
screenshot: $(APP_STAMP)
	XDG_DATA_HOME=$(CURDIR)/$(VENV)/screenshot-data $(BIN)/claimmark --screenshot $(OUT)

## A one-folder bundle that runs without Python: dist/claimmark/claimmark. Built from an
## environment of its own that holds only the app, so no test extra is swept in.
PACKAGE_VENV := .venv-package
$(PACKAGE_VENV)/.stamp: pyproject.toml
	test -x $(PACKAGE_VENV)/bin/python || $(PYTHON) -m venv $(PACKAGE_VENV)
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --force-reinstall --no-deps .
	$(PACKAGE_VENV)/bin/python -m pip install --quiet . "pyinstaller>=6.10,<7"
	touch $(PACKAGE_VENV)/.stamp

package: $(PACKAGE_VENV)/.stamp
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --force-reinstall --no-deps .
	$(PACKAGE_VENV)/bin/pyinstaller --noconfirm --clean --log-level ERROR \
		--distpath dist --workpath build/pyinstaller packaging/claimmark.spec

## Bring the German translation up to date with the window's strings (pyside6-lupdate:
## new strings come in untranslated, and tests/ui/test_german.py fails until they are
## translated, in Qt Linguist or the .ts itself), then build the .qm the app loads.
TS := resources/translations/claimmark_de.ts
# The window's modules, the use cases whose words it says (edits, adjudication, the
# reports of import, split, merge, training and backup, and the problems found in
# input files), and the schema steps' names.
TRANSLATED := $(wildcard app/claimmark/ui/*.py) app/claimmark/project/edits.py \
	app/claimmark/project/article_edits.py \
	app/claimmark/project/annotating.py \
	app/claimmark/project/adjudicating.py \
	app/claimmark/project/splitting.py \
	app/claimmark/project/merging.py \
	app/claimmark/project/training.py \
	app/claimmark/project/backup.py \
	app/claimmark/project/importing.py \
	app/claimmark/core/errors.py \
	app/claimmark/core/problems.py \
	app/claimmark/core/outcome.py \
	app/claimmark/core/labels.py \
	app/claimmark/core/spans.py \
	app/claimmark/core/words.py \
	$(wildcard app/claimmark/team/*.py) \
	app/claimmark/core/importing.py \
	app/claimmark/detector/lexicon.py \
	$(wildcard app/claimmark/formats/*.py) \
	app/claimmark/project/preannotating.py \
	app/claimmark/store/connection.py \
	app/claimmark/store/files.py \
	app/claimmark/store/records.py \
	app/claimmark/store/rows.py \
	app/claimmark/store/schema.py
translations: $(APP_STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(TRANSLATED) -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

## Start the built bundle: --version, and --screenshot offscreen, checked.
package-check:
	$(PACKAGE_VENV)/bin/python packaging/check_bundle.py

## Put Claimmark (this checkout's environment) in your application menu.
install-desktop: $(APP_STAMP)
	$(BIN)/claimmark --install-desktop-entry

clean:
	rm -rf $(VENV) $(PACKAGE_VENV) build dist .pytest_cache .ruff_cache .hypothesis .import_linter_cache
