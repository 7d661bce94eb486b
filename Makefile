# visitlog — one command to try it, one to test it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: demo test lint bench clean generated

$(BIN)/visitlog: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# compat: a plain path in a .pth; the default editable finder costs every start ~30 ms
	$(BIN)/python -m pip install --quiet -e ".[test]" --config-settings editable_mode=compat
	# compile the package's bytecode now, as a regular install does: where Python may not write
	# it (PYTHONDONTWRITEBYTECODE, read-only trees) every start would recompile ~30 ms of source
	$(BIN)/python -m compileall -q visitlog
	touch $@

demo: $(BIN)/visitlog
	$(BIN)/visitlog --db $(DEMO_DB) demo

test: $(BIN)/visitlog
	$(BIN)/python -m pytest

lint: $(BIN)/visitlog
	$(BIN)/ruff check visitlog tests examples $(wildcard bench)

# after adding or changing a command: the files generated from the Typer declarations (the
# front door's tables and root page, shell completion's tree, the command reference)
generated: $(BIN)/visitlog
	$(BIN)/python -m visitlog.cli.declare
	$(BIN)/python -m visitlog.cli.completion --generate
	$(BIN)/python -m visitlog.cli.reference

bench: $(BIN)/visitlog
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
