# Two commands on a fresh machine:  `make example`  and  `make test`.
# Each creates .venv and installs what it needs on first use.

# skpdoc needs Python >= 3.11: the first of these that is, unless PYTHON=... is given.
NEW_ENOUGH = $(1) -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
ifneq ($(filter undefined default,$(origin PYTHON)),)
PYTHON := $(firstword $(foreach p,python3 python3.13 python3.12 python3.11,$(shell $(call NEW_ENOUGH,$(p)) && echo $(p))) python3)
endif
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# A .venv made with a Python older than 3.11, or whose Python is gone (upgraded, removed), is rebuilt.
VENV_BAD := $(if $(wildcard $(VENV)),$(shell $(call NEW_ENOUGH,$(BIN)/python) || echo bad))

# LibreOffice (PDF conversion) and the fonts the templates use, from Debian's packages.
SYSTEM_PACKAGES := libreoffice-writer-nogui python3-uno fonts-liberation fonts-crosextra-carlito \
                   fonts-crosextra-caladea fonts-dejavu poppler-utils qpdf \
                   chromium chromium-driver

.PHONY: example test lint typecheck unit unit-fast bench clean system-deps venv-rebuild

$(STAMP): pyproject.toml $(if $(VENV_BAD),venv-rebuild)
	@$(call NEW_ENOUGH,$(PYTHON)) || { echo "==> skpdoc needs Python >= 3.11, and $(PYTHON) is" \
	  "$$($(PYTHON) --version 2>&1 || echo missing): install one, or run make PYTHON=/path/to/python3.11" >&2; exit 1; }
	$(if $(VENV_BAD),@echo "==> $(VENV) was made with a Python older than 3.11 (or its Python is gone):" \
	  "rebuilding it with $$($(PYTHON) --version 2>&1)"; rm -rf $(VENV))
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

## The main job on the bundled example workspace: validate, then build forms and bundles into out/.
example: $(STAMP) system-deps
	$(BIN)/skpdoc validate specs/
	$(BIN)/skpdoc build specs -o out
	@echo "==> open out/2024/diskominfo.pdf and out/2024/bkpsdm.pdf (forms in out/2024/<opd>/<nip>/)"
	@echo "==> here the command is $(BIN)/skpdoc; to have skpdoc by name: pipx install . (README, \"Install\")"

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

## The edit loop: the tests that need no LibreOffice, wheel build or browser (a test that starts LibreOffice without
## being marked slow fails here); CI runs everything with `make test`.
unit-fast: $(STAMP)
	SKPDOC_FAST_TESTS=1 $(BIN)/pytest -q -m "not slow"

## Benchmarks print figures; they are never part of the test suite.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_validate.py

venv-rebuild:  # only a reason for $(STAMP) to be remade

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
