# Relais — the two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test lint translations translations-update screenshots bench fuzz clean package package-test

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP_RUN)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the tr() strings of ui/*.py (then translate the new entries, e.g. in
# pyside6-linguist); relais_en.ts only carries the English plural forms.
TS_SOURCES := $(shell find ui -name "*.py" | sort)
translations-update: $(STAMP_RUN)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $(TS_SOURCES) \
		-ts resources/translations/relais_fr.ts resources/translations/relais_nl.ts
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -pluralonly $(TS_SOURCES) \
		-ts resources/translations/relais_en.ts

screenshots: $(STAMP_RUN) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots
	for module in dialogue_screenshots resource_screenshots time_screenshots cdp_screenshots moderator_screenshots \
			exportlog_screenshots liaison_screenshots document_screenshots conversation_screenshots backup_screenshots; do \
		QT_QPA_PLATFORM=offscreen $(PY) -m tools.$$module docs/screenshots || exit 1; done

run: $(STAMP_RUN) translations
	$(VENV)/bin/relais $(ARGS)

test: $(STAMP_TEST) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# The property tests with 20 times more examples, drawn at random (tests/property_budget.py).
fuzz: $(STAMP_TEST)
	RELAIS_FUZZ=$${RELAIS_FUZZ:-20} QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider \
		tests/app/anonymiser/test_anonymiser_corpus.py tests/app/anonymiser/test_denylist_shapes.py \
		tests/app/test_cards.py tests/app/test_resource_sharing.py -k "never or arbitrary or any_text or generated"

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# Issue 14's figures as one JSON document; the demo registers are built once in BENCH_DIR (20k: minutes).
BENCH_DIR ?= /tmp/relais-bench
bench: $(STAMP_RUN) translations
	@QT_QPA_PLATFORM=offscreen $(PY) bench/all.py --dir $(BENCH_DIR) $(BENCH_ARGS)

# The installable package (README, Install): a PyInstaller one-folder bundle in dist/relais, then
# dist/relais-VERSION-linux-ARCH.tar.gz and dist/relais_VERSION_ARCH.deb (needs dpkg-deb; Qt draws the PNG icons).
STAMP_PACKAGE := $(VENV)/.installed-package

# PyInstaller comes from PyPI, pinned in the `packaging` extra of pyproject.toml.
$(STAMP_PACKAGE): pyproject.toml | $(STAMP_RUN)
	$(PY) -m pip install --quiet -e ".[packaging]"
	touch $@

package: $(STAMP_PACKAGE) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller \
		--distpath dist packaging/relais.spec
	$(PY) packaging/build_archives.py --bundle dist/relais --out dist

# The built package in a bare environment, then the .deb installed and removed (as root).
package-test:
	packaging/package_test.sh

clean:
	rm -rf $(VENV) build dist *.egg-info
