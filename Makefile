# visitlog — one command to try it, one to test it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: demo test lint bench clean

$(BIN)/visitlog: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# compat: a plain path in a .pth; the default editable finder costs every start ~30 ms
	$(BIN)/python -m pip install --quiet -e ".[test]" --config-settings editable_mode=compat
	touch $@

demo: $(BIN)/visitlog
	$(BIN)/visitlog --db $(DEMO_DB) demo

test: $(BIN)/visitlog
	$(BIN)/python -m pytest

lint: $(BIN)/visitlog
	$(BIN)/ruff check visitlog tests examples $(wildcard bench)

bench: $(BIN)/visitlog
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
