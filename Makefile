# Two commands for a newcomer: `make run` and `make test`. Everything else is here too.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
PORT ?= 8000
WEB_CONCURRENCY ?= 2
STAMP := $(VENV)/.installed

.PHONY: install run serve test test-postgres test-browser lint format messages compile-messages migrate demo clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) compile-messages

compile-messages: $(STAMP)
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: demo
	$(MANAGE) ensure_local_admin
	@echo "Serving http://127.0.0.1:$(PORT)/ (admin at /admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

serve: install
	DJANGO_SETTINGS_MODULE=cms.settings.production $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=cms.settings.production $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=cms.settings.production $(BIN)/gunicorn cms.wsgi:application \
		--bind 0.0.0.0:$(PORT) --workers $(WEB_CONCURRENCY) --access-logfile -

test: install
	$(BIN)/pytest

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(BIN)/pytest -m "not browser"

test-browser: install
	$(BIN)/pytest -m browser

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(STAMP)
	$(MANAGE) makemessages --locale fr --locale nl --ignore=.venv --ignore=staticfiles --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles .test-media .pytest_cache
