# candor: `make run` lints Fixtures/ with the default pack; `make test` runs every test.
SWIFT        ?= swift
BUILD_FLAGS  ?=
# A fully static binary (CANDOR_STATIC, see Package.swift): a fresh process starts without the dynamic
# loader, which is most of what linting one post costs. glibc's link-time warnings about user, group and
# host lookups are filtered out; candor makes none of those lookups.
RELEASE      := -c release --static-swift-stdlib
VENV         := .venv
BIN_DEBUG    := .build/debug/candor

.PHONY: all prerequisites build release run test embed eval calibrate clean venv validate-sarif bench fuzz sanitize

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

# No `embed` here: a test fails when the committed copy of Rules/ is stale, and CI should see that.
test: prerequisites venv
	$(SWIFT) build $(BUILD_FLAGS)
	$(SWIFT) test $(BUILD_FLAGS)
	$(BIN_DEBUG) test-rules --no-config Candor
	$(MAKE) validate-sarif

# Python tools for tests and benchmarks (pre-commit, jsonschema, proselint), in a venv of the project's own.
venv: $(VENV)/.ready
$(VENV)/.ready:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check pre-commit jsonschema rfc3986-validator proselint
	touch $@

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

# SARIF from the fixtures, and the golden, against the official 2.1.0 schema.
SARIF_SCHEMA := Tests/CandorKitTests/Resources/sarif/sarif-schema-2.1.0.json
validate-sarif: venv
	$(BIN_DEBUG) lint Fixtures --format sarif > .build/fixtures.sarif || [ $$? -eq 1 ]
	$(VENV)/bin/python Benchmarks/validate_sarif.py $(SARIF_SCHEMA) .build/fixtures.sarif Tests/CandorKitTests/Resources/golden/sarif.json

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
