#!/bin/sh
# `make fuzz`: builds the libFuzzer targets (Sources/Fuzz*) with the address sanitizer and runs each for
# FUZZ_SECONDS (default 60), starting from the seeds in Fixtures/fuzz/<Target>/. New inputs go to
# .build-fuzz/corpus/<Target>/ (the seeds are never written to); a crash is saved under
# .build-fuzz/crashes/<Target>/ and fails the run. Ends with one line per target: seconds, executions,
# executions per second, and clean or what failed.
#
#   Benchmarks/fuzz.sh                 every target, one after the other
#   Benchmarks/fuzz.sh JSON CSV        only these
#   FUZZ_SECONDS=600 Benchmarks/fuzz.sh Markdown
#
# The targets are declared only when CANDOR_FUZZ is set (see Package.swift). No `-parse-as-library`: each
# target's top-level code is its `main` and starts libFuzzer's driver (FuzzSupport/LibFuzzer.swift). Built
# for release: ten times the executions of a debug build, with the same bounds and overflow checks, and
# every `precondition` kept (CandorKit has no `assert`).
set -eu
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
SCRATCH=.build-fuzz
ALL="Markdown CSV JSON YAMLQueue RuleLoader MetricExpression Fixer"
TARGETS=${*:-$ALL}

mkdir -p "$SCRATCH/logs"
for target in $TARGETS; do
    case " $ALL " in *" $target "*) ;; *) echo "fuzz.sh: no target '$target' (targets: $ALL)" >&2; exit 2 ;; esac
    echo "== Building Fuzz$target"
    # ld.gold warns once per ASan helper that it cannot export it: noise, left out of what is shown.
    if ! CANDOR_FUZZ=1 $SWIFT build -c release --scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer,address \
        --product "Fuzz$target" >"$SCRATCH/logs/build-$target.log" 2>&1; then
        grep -v 'Cannot export local symbol' "$SCRATCH/logs/build-$target.log" >&2
        exit 2
    fi
done

# Leaks are still checked input by input, but not at exit: LeakSanitizer cannot follow Swift's tagged
# pointers to indirect enum payloads, so it reports the metric formulas the built-in pack's long-lived
# linter holds as leaked.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}leak_check_at_exit=0
# A Swift trap (a failed force unwrap, an index out of range) is left to libFuzzer, which prints its stack
# and saves the input. Swift's own backtracer would run first: its memory-server thread copies from the
# addresses the registers hold, ASan's memcpy check takes those wild reads for a bug of their own, and an
# "unknown-crash ... in memserver_read (CrashHandlerLinux.cpp)" report hides the real failure.
SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS SWIFT_BACKTRACE

status=0
summary=""
for target in $TARGETS; do
    corpus="$SCRATCH/corpus/$target"
    crashes="$SCRATCH/crashes/$target"
    log="$SCRATCH/logs/$target.log"
    mkdir -p "$corpus" "$crashes"
    echo "== Fuzz$target for ${SECONDS_EACH}s (log: $log)"
    # -timeout: an input that takes 10 s is a hang (a runaway pattern the limits missed), reported as a crash.
    if "$SCRATCH/release/Fuzz$target" "$corpus" "Fixtures/fuzz/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$crashes/" >"$log" 2>&1; then
        result="clean"
    else
        result="FAILED: $(grep -m1 -e 'ERROR:' -e 'Fatal error' -e 'deadly signal' "$log" || echo "see $log")"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    summary="$summary
Fuzz$target: ${SECONDS_EACH}s, ${runs:-?} executions, ${rate:-?} per second, $result"
    tail -n 3 "$log"
done

echo "$summary"
if [ $status -ne 0 ]; then
    echo "Inputs that failed (replay one with: $SCRATCH/release/Fuzz<Target> <file>):"
    for target in $TARGETS; do ls "$SCRATCH/crashes/$target"/* 2>/dev/null || true; done
fi
exit $status
