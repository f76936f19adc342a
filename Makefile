# Two commands on a fresh machine:  `make example`  and  `make test`.
# Each creates .venv and installs what it needs on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# LibreOffice (PDF conversion) and the fonts the templates use, from Debian's packages.
SYSTEM_PACKAGES := libreoffice-writer-nogui python3-uno fonts-liberation fonts-crosextra-carlito \
                   fonts-crosextra-caladea fonts-dejavu poppler-utils

.PHONY: example test lint typecheck unit bench clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

## The main job on the bundled example workspace: validate, then build forms and bundles into out/.
example: $(STAMP) system-deps
	$(BIN)/skpdoc validate specs/
	$(BIN)/skpdoc build specs -o out
	@echo "==> open out/2024/diskominfo.pdf and out/2024/bkpsdm.pdf (forms in out/2024/<opd>/<nip>/)"

## Debian packages, installed only when one is missing.
system-deps:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); }

## Lint, type-check and the test suite (what CI runs).
test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy src/skpdoc tools

unit: $(STAMP) system-deps
	$(BIN)/pytest -q

## Benchmarks print figures; they are never part of the test suite.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_validate.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
