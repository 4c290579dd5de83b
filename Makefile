# Debian's CPython links libpython statically and is built with PGO and LTO; a pyenv default build
# (--enable-shared, no optimizations) runs wirewatch's extraction 15-25 % slower (docs/performance.md).
PYTHON ?= $(or $(wildcard /usr/bin/python3.11),python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test demo bench clean browser

install: $(STAMP) browser

# The dashboard test drives Debian's chromium (never `playwright install`: no downloads).
browser:
	@command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Two workers: one runs the broker tests in turn, the other the extraction tests (tests/conftest.py).
test: install
	$(BIN)/pytest -q -n 2 --dist loadgroup

demo: install
	$(BIN)/wirewatch demo

bench: install
	$(BIN)/python benchmarks/run.py --quick

clean:
	rm -rf $(VENV) var .pytest_cache
