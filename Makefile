# candor: `make run` lints Fixtures/ with the default pack; `make test` runs every test.
SWIFT        ?= swift
BUILD_FLAGS  ?=
# A fully static binary (CANDOR_STATIC, see Package.swift): a fresh process starts without the dynamic
# loader, which is most of what linting one post costs. glibc's link-time warnings about user, group and
# host lookups are filtered out; candor makes none of those lookups.
RELEASE      := -c release --static-swift-stdlib
VENV         := .venv
BIN_DEBUG    := .build/debug/candor

.PHONY: all prerequisites build release run test embed eval calibrate clean venv validate-sarif validate-schemas bench fuzz sanitize \
        manual install uninstall check-install validate-hooks check-precommit-swift check-action test-lsp neovim vale-conformance

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
	@mkdir -p .build
	{ CANDOR_STATIC=1 $(SWIFT) build $(RELEASE) --product candor 2>&1; echo $$? > .build/release.status; } \
	  | grep -v 'in statically linked applications requires'; exit $$(cat .build/release.status)

run: build
	-$(BIN_DEBUG) lint Fixtures

# Install: the static release binary (stripped: 64 MB, not 95), its man page and its shell completions where the shells look for them.
# `make install PREFIX=~/.local` needs no root; DESTDIR stages the files for a package. CANDOR=path installs
# that binary instead of building the release one (check-install installs the debug build).
PREFIX  ?= /usr/local
DESTDIR ?=
CANDOR  ?=
INSTALLED := bin/candor share/man/man1/candor.1 share/bash-completion/completions/candor \
             share/zsh/site-functions/_candor share/fish/vendor_completions.d/candor.fish
# ArgumentParser's generate-manual plugin writes one page for the tool and its subcommands, dated by the
# last commit so the same source gives the same page. It runs the debug build, which `manual` makes first.
MANUAL := .build/plugins/GenerateManual/outputs/candor/candor.1
MANUAL_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

manual: build
	$(SWIFT) package generate-manual --configuration debug --date $(MANUAL_DATE) --section 1

install: $(if $(CANDOR),,release) manual
	@set -e; binary=$(or $(CANDOR),.build/release/candor); root="$(DESTDIR)$(PREFIX)"; \
	install -d "$$root/bin" "$$root/share/man/man1" "$$root/share/bash-completion/completions" \
	  "$$root/share/zsh/site-functions" "$$root/share/fish/vendor_completions.d"; \
	install -m 0755 $(if $(CANDOR),,-s) "$$binary" "$$root/bin/candor"; \
	install -m 0644 $(MANUAL) "$$root/share/man/man1/candor.1"; \
	for shell in bash zsh fish; do \
	  "$$binary" --generate-completion-script $$shell > .build/candor-completion.$$shell; done; \
	install -m 0644 .build/candor-completion.bash "$$root/share/bash-completion/completions/candor"; \
	install -m 0644 .build/candor-completion.zsh "$$root/share/zsh/site-functions/_candor"; \
	install -m 0644 .build/candor-completion.fish "$$root/share/fish/vendor_completions.d/candor.fish"; \
	for file in $(INSTALLED); do echo "installed $$root/$$file"; done

uninstall:
	@for file in $(INSTALLED); do \
	  if [ -e "$(DESTDIR)$(PREFIX)/$$file" ]; then rm -f "$(DESTDIR)$(PREFIX)/$$file" && echo "removed $(DESTDIR)$(PREFIX)/$$file"; fi; done

# `make test`: installs the debug build into a scratch PREFIX, checks every file works where it landed (the
# binary runs, man renders the page, bash loads the completion), uninstalls, and checks nothing is left.
check-install: build
	@command -v man >/dev/null && command -v col >/dev/null || { \
	  echo "Installing man-db and bsdextrautils (man, col) ..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq man-db bsdextrautils; }
	Benchmarks/check_install.sh "$(MAKE)"

# No `embed` here: a test fails when the committed copy of Rules/ is stale, and CI should see that.
test: prerequisites venv
	$(SWIFT) build $(BUILD_FLAGS)
	$(SWIFT) test $(BUILD_FLAGS)
	$(BIN_DEBUG) test-rules --no-config Candor
	$(MAKE) validate-sarif validate-schemas validate-hooks check-install check-action
	python3 $(VALE_CONFORMANCE) $(BIN_DEBUG) --check --quiet
	$(MAKE) test-lsp

# Vale's own engine tests (its feature files) on Markdown and text, run through candor (README, "Vale
# styles"): pass or fail per scenario, the count, and every scenario left out with its reason. `make test`
# fails when a scenario recorded in Tests/ValeConformance/passing.txt fails; VALE_FLAGS=--record rewrites it.
VALE_CONFORMANCE := Tests/ValeConformance/conformance.py
VALE_FLAGS ?=
vale-conformance: build
	python3 $(VALE_CONFORMANCE) $(BIN_DEBUG) --verbose $(VALE_FLAGS)

# Python tools for tests and benchmarks (pre-commit, jsonschema, proselint), in a venv of the project's own,
# at the versions Benchmarks/requirements.txt pins.
venv: $(VENV)/.ready
$(VENV)/.ready: Benchmarks/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r Benchmarks/requirements.txt
	touch $@

# `candor lsp` end to end with real clients (Tests/lsp): pytest-lsp, pinned, and Debian's Neovim headless.
PYTEST_LSP := pytest-lsp==1.0.1
test-lsp: $(VENV)/.lsp-ready neovim
	CANDOR=$(CURDIR)/$(BIN_DEBUG) $(VENV)/bin/python -m pytest -q -p no:cacheprovider Tests/lsp

$(VENV)/.lsp-ready: $(VENV)/.ready
	$(VENV)/bin/pip install -q --disable-pip-version-check $(PYTEST_LSP)
	touch $@

# Debian's neovim when nvim is missing (sudo when not root), as `prerequisites` installs PCRE2.
neovim:
	@command -v nvim >/dev/null || { \
	  echo "Installing neovim ..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq neovim; }

clean:
	rm -rf .build .build-asan .build-fuzz $(VENV)

# The score model (README, "Calibration"). `calibrate` refits the default pack's model to the labelled posts of
# ../shared/data/posts, every source and author kind weighing the same within its label: the same bytes twice.
# `eval` fits leaving each source out in turn and measures the model on the source it never saw; it exits 1
# when a goal fails or a group is empty.
POSTS ?= ../shared/data/posts
MODEL := Rules/Candor/candor-score.yml
calibrate: build
	$(BIN_DEBUG) calibrate --no-config --group-field source --group-field author_kind -o $(MODEL) $(sort $(wildcard $(POSTS)/*.jsonl))
	$(MAKE) embed build

eval: build
	python3 Benchmarks/eval.py $(BIN_DEBUG) $(POSTS)

# Benchmarks
# candor against proselint and the pcre2grep floor on the same inputs (README, "Performance").
# CANDOR=path times that binary instead of building the release one.
.PHONY: bench
bench: $(if $(CANDOR),,release) venv
	@command -v pcre2grep >/dev/null && [ -x /usr/bin/time ] || { \
	  echo "Installing pcre2-utils (pcre2grep) and time (GNU time) ..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq pcre2-utils time; }
	CANDOR=$(or $(CANDOR),.build/release/candor) PROSELINT=$(VENV)/bin/proselint python3 Benchmarks/bench.py $(POSTS)
	python3 Benchmarks/lsp_bench.py $(or $(CANDOR),.build/release/candor)

# SARIF from the fixtures, and the golden, against the official 2.1.0 schema and GitHub code scanning's
# ingestion rules; the calendar is also linted from its own folder (its URIs must still resolve from the
# repository root, and its feed finding must have a location). A log that breaks those rules must fail.
SARIF_SCHEMA := Tests/CandorKitTests/Resources/sarif/sarif-schema-2.1.0.json
validate-sarif: venv
	$(BIN_DEBUG) lint Fixtures --format sarif > .build/fixtures.sarif || [ $$? -eq 1 ]
	cd Fixtures/calendar && $(CURDIR)/$(BIN_DEBUG) lint . --format sarif > $(CURDIR)/.build/calendar.sarif || [ $$? -eq 1 ]
	$(VENV)/bin/python Benchmarks/validate_sarif.py $(SARIF_SCHEMA) .build/fixtures.sarif .build/calendar.sarif \
	  Tests/CandorKitTests/Resources/golden/sarif.json
	! $(VENV)/bin/python Benchmarks/validate_sarif.py $(SARIF_SCHEMA) Tests/CandorKitTests/Resources/sarif/unuploadable.sarif

# .pre-commit-hooks.yaml as the pre-commit framework reads it, and its two hooks alike but for how candor
# gets onto the PATH (HookTests runs the `language: system` one through the framework; the `language: swift`
# one builds the whole package in release, which `make check-precommit-swift` does on demand).
validate-hooks: venv
	$(VENV)/bin/pre-commit validate-manifest .pre-commit-hooks.yaml
	$(VENV)/bin/python -c 'import sys, yaml; hooks = {h["id"]: h for h in yaml.safe_load(open(".pre-commit-hooks.yaml"))}; \
	  same = all(hooks["candor"][k] == hooks["candor-swift"][k] for k in ("entry", "files", "types", "require_serial")); \
	  langs = (hooks["candor"]["language"], hooks["candor-swift"]["language"]); \
	  sys.exit(0 if same and langs == ("system", "swift") else "the candor and candor-swift hooks differ")'

# action.yml's steps, run as a GitHub runner would in scratch repositories (Benchmarks/check_action.py).
check-action: venv build
	$(VENV)/bin/python Benchmarks/check_action.py $(BIN_DEBUG)

# The `language: swift` hook through the real framework: pre-commit clones this repository as committed
# (HEAD), builds it in release into a scratch cache, and runs the hook in a scratch repository. Not part of
# `make test`: the release build takes ten minutes or more.
check-precommit-swift: venv
	Benchmarks/check_precommit_swift.sh $(CURDIR)/$(VENV)/bin/pre-commit

# schemas/ against every rule of Rules/, the fixture configurations (and what candor makes of them) and
# what `candor init` writes (Benchmarks/validate_schemas.py says what is checked).
validate-schemas: venv
	$(VENV)/bin/python Benchmarks/validate_schemas.py $(BIN_DEBUG)

# Soundness (README, "Bad input"): neither runs in `make test`, both take minutes.
# libFuzzer targets for the readers, the rule loader and the metric-expression parser, built with the
# address sanitizer in .build-fuzz and run one after the other for FUZZ_SECONDS each, from the seeds in
# Fixtures/fuzz. FUZZ_TARGETS picks some (Markdown CSV JSON YAMLQueue RuleLoader MetricExpression Fixer).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: prerequisites
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) Benchmarks/fuzz.sh $(FUZZ_TARGETS)

# Every test under the address sanitizer, the end-to-end ones on an ASan-built candor, in .build-asan.
# Leaks are checked too, but for those of Foundation, XCTest and libxml2 (Tests/lsan-suppressions.txt).
# Swift's backtracer is off for the same reason as in Benchmarks/fuzz.sh: ASan would report its reads.
sanitize: prerequisites
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt:print_suppressions=0 \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan
