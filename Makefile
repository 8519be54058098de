# candor: `make run` lints Fixtures/ with the default pack; `make test` runs every test.
SWIFT        ?= swift
BUILD_FLAGS  ?=
RELEASE      := -c release -Xswiftc -static-stdlib
VENV         := .venv
BIN_DEBUG    := .build/debug/candor

.PHONY: all prerequisites build release run test embed check-embed eval clean venv

all: build

# libpcre2-dev from Debian when pkg-config cannot find PCRE2 (sudo when not root).
prerequisites:
	@pkg-config --exists libpcre2-8 || { \
	  echo "Installing libpcre2-dev (PCRE2) ..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libpcre2-dev pkg-config; }

# Rules/ is the source of truth; the binary carries a generated copy of every pack.
embed:
	$(SWIFT) run -q EmbedRules Rules Sources/CandorKit/Rules/EmbeddedRules.swift

build: prerequisites embed
	$(SWIFT) build $(BUILD_FLAGS)

release: prerequisites embed
	$(SWIFT) build $(RELEASE) --product candor

run: build
	-$(BIN_DEBUG) lint Fixtures

# No `embed` here: a test fails when the committed copy of Rules/ is stale, and CI should see that.
test: prerequisites
	$(SWIFT) build $(BUILD_FLAGS)
	$(SWIFT) test $(BUILD_FLAGS)
	$(BIN_DEBUG) test-rules --no-config Candor

# Python tools for tests and benchmarks (pre-commit, jsonschema, proselint), in a venv of the project's own.
venv: $(VENV)/.ready
$(VENV)/.ready:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check pre-commit jsonschema proselint
	touch $@

clean:
	rm -rf .build $(VENV)

# Calibration: verdict shares and mean score per source of ../shared/data/posts (README, "Scoring").
POSTS ?= ../shared/data/posts
eval: build
	python3 Benchmarks/eval.py $(BIN_DEBUG) $(POSTS)
