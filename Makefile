# The two commands: `make demo` and `make test` (and `make lint`, which CI runs first). Both create and reuse .venv themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/kg demo

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check kg tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: install
	$(BIN)/python scripts/bench_store.py

clean:
	rm -rf out kg-store .pytest_cache .mypy_cache .ruff_cache
