#!/usr/bin/env python3
"""`make bench`: times candor, proselint and the pcre2grep floor on the same generated inputs, checks the
performance budgets of Benchmarks/README.md and prints Markdown tables for the README's Performance section.

    bench.py POSTS_DIR

CANDOR names the candor binary (default .build/release/candor), PROSELINT the proselint script (default
.venv/bin/proselint). Inputs go to Benchmarks/work/ (see inputs.py). Every run is a fresh process; wall
and CPU time come from wait4(), peak resident memory from GNU time. Each timing is repeated and the median
is reported. The floor runs each pattern of the default pack through pcre2grep (JIT, UTF and UCP, as
candor compiles them), one pass per pattern, and sums the passes.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import inputs

WORK = Path(__file__).resolve().parent / "work"
CANDOR = os.environ.get("CANDOR", ".build/release/candor")
PROSELINT = os.environ.get("PROSELINT", ".venv/bin/proselint")
REPEATS, SLOW_REPEATS = 5, 3
# Commands quicker than FAST seconds (one post, start-up, loading a pack) run FAST_REPEATS times: one
# scheduling hiccup on a shared machine moves a median of five runs of a 10 ms command by a millisecond.
FAST, FAST_REPEATS = 0.1, 21
CORES = len(os.sched_getaffinity(0))
# candor keeps parsed rule files in a cache (README, Configuration); the benchmark keeps its own, so it
# neither reads nor fills the user's. The first run of a house pack fills it; the median is of warm runs.
os.environ["CANDOR_CACHE_DIR"] = str(WORK / "rule-cache")


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds, median
    cpu: float  # user + system seconds, median
    peak: int  # bytes resident at most


@dataclass(frozen=True)
class Result:
    tool: str
    sample: Sample
    size: int  # bytes of input
    posts: int

    @property
    def mb_per_s(self) -> float:
        return self.size / 1e6 / self.sample.wall

    @property
    def posts_per_s(self) -> float:
        return self.posts / self.sample.wall


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Runs argv once with stdout discarded; returns wall and CPU seconds. Exits with argv's stderr unless
    argv exits 0 or 1."""
    errors = WORK / "stderr.txt"
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, str(errors), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, env, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(argv)} failed:\n{errors.read_text()}")
    return wall, usage.ru_utime + usage.ru_stime


def peak_memory(argv: list[str], env: dict[str, str]) -> int:
    """Bytes resident at most, as GNU time reports them: the peak of a child of this process would count
    this process's own memory, since the child starts as a copy of it."""
    report = WORK / "peak.txt"
    run(["/usr/bin/time", "-f", "%M", "-o", str(report), *argv], env)
    return int(report.read_text().split()[-1]) * 1024


def measure(label: str, commands: list[list[str]], repeats: int = REPEATS, env: dict | None = None) -> Sample:
    """A first run of the commands, under GNU time, takes the peak memory and warms the caches; then the
    commands run in turn `repeats` times (FAST_REPEATS when they take under FAST seconds), each time summing
    their times. Prints every wall time and returns the medians."""
    env = env or dict(os.environ)
    peak = max(peak_memory(argv, env) for argv in commands)
    runs = [[run(argv, env) for argv in commands]]
    if repeats == REPEATS and sum(wall for wall, _ in runs[0]) < FAST:
        repeats = FAST_REPEATS
    runs += [[run(argv, env) for argv in commands] for _ in range(repeats - 1)]
    walls, cpus = [sum(wall for wall, _ in r) for r in runs], [sum(cpu for _, cpu in r) for r in runs]
    print(f"  {label}: {', '.join(map(seconds, walls))}; median {seconds(statistics.median(walls))}", flush=True)
    return Sample(statistics.median(walls), statistics.median(cpus), peak)


def seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def candor_lint(path: Path, config: Path | None = None) -> list[str]:
    return [CANDOR, "lint", *(["--config", str(config)] if config else ["--no-config"]), "--format", "json", str(path)]


def floor_passes(path: Path, patterns: list[str]) -> list[list[str]]:
    recursive = ["-r"] if path.is_dir() else []
    return [["pcre2grep", "-u", "-c", *recursive, "-e", "(*UCP)" + pattern, str(path)] for pattern in patterns]


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    kib = int(next(line.split()[1] for line in meminfo if line.startswith("MemTotal")))
    return f"{CORES} cores ({model}), {kib / 2**20:.0f} GiB RAM, Linux {platform.release()}"


def load() -> str:
    """The 1, 5 and 15 minute load averages: other work on the machine stretches wall times."""
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def version(argv: list[str]) -> str:
    """The first line argv prints, after the program's name when that line is a bare number."""
    line = subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    return f"{Path(argv[0]).name} {line}" if line[:1].isdigit() else line


INPUTS = {"post": "one post", "folder": "10,000 Markdown posts", "queue": "50 MB JSONL queue"}


def compare(corpus: dict, patterns: list[str], proselint_env: dict[str, str]) -> tuple[dict, str]:
    """Times candor, proselint and the floor on each input; returns per input key [candor, proselint, floor]
    and a note on the input proselint ran on for the queue."""
    comparisons = {}
    for key, label in INPUTS.items():
        path, size, posts = corpus[key]["path"], corpus[key]["bytes"], corpus[key]["posts"]
        print(f"{label} ({size:,} bytes, {posts:,} posts)", flush=True)
        candor = Result("candor", measure("candor", [candor_lint(path)]), size, posts)
        floor = Result("pcre2grep floor", measure("floor", floor_passes(path, patterns)), size, posts)
        # proselint would take minutes a run on the whole queue: it lints the text of the first posts.
        target = corpus["prefix"] if key == "queue" else corpus[key]
        sample = measure("proselint", [[PROSELINT, "check", "-o", "json", str(target["path"])]], SLOW_REPEATS,
                         proselint_env)
        name = f"proselint, on the first {target['bytes'] / 1e6:.0f} MB of post text" if key == "queue" else "proselint"
        comparisons[key] = [candor, Result(name, sample, target["bytes"], target["posts"]), floor]
    prefix, queue = corpus["prefix"], corpus["queue"]
    note = (f"proselint ran on a prefix of the queue: the text of its first {prefix['posts']:,} posts "
            f"({prefix['bytes'] / 1e6:.0f} MB of Markdown); the whole queue would take it about "
            f"{queue['posts'] / comparisons['queue'][1].posts_per_s / 60:.1f} min a run. Its ratio compares posts/s.")
    return comparisons, note


def term_lists(term_configs: dict[int, Path], queue: dict) -> dict[int, tuple[float, Result]]:
    """Per term count: the time `candor rules` takes to load and compile the house pack, over that of
    `candor --version`, and candor linting `queue` with that pack alone."""
    print(f"Term lists (house pack alone, {queue['bytes'] / 1e6:.0f} MB queue)", flush=True)
    start = measure("candor --version (process start)", [[CANDOR, "--version"]]).wall
    terms = {}
    for count, config in term_configs.items():
        loading = measure(f"{count} terms: candor rules", [[CANDOR, "rules", "--config", str(config)]]).wall
        lint = measure(f"{count} terms: candor lint", [candor_lint(queue["path"], config)])
        terms[count] = (loading - start, Result("candor", lint, queue["bytes"], queue["posts"]))
    return terms


def main() -> int:
    posts_dir = Path(sys.argv[1])
    about, load_at_start = machine(), load()
    tools = ([CANDOR, "--version"], [PROSELINT, "version"], ["pcre2grep", "--version"])
    versions = ", ".join(map(version, tools))
    print(f"Machine: {about}; load average {load_at_start}\n{versions}\nMaking inputs in {WORK} ...", flush=True)
    corpus, term_configs = inputs.make(posts_dir, WORK)
    xdg = WORK / "xdg"
    (xdg / "proselint").mkdir(parents=True)
    (xdg / "proselint" / "config.json").write_text(json.dumps({"max_errors": 10**9}))
    listing = subprocess.run([CANDOR, "rules", "--no-config", "--format", "json"],
                             capture_output=True, text=True, check=True)
    patterns = [pattern for rule in json.loads(listing.stdout) for pattern in rule["patterns"]]
    print(f"Floor: {len(patterns)} patterns of the default pack, one pcre2grep pass each.", flush=True)

    comparisons, note = compare(corpus, patterns, dict(os.environ, XDG_CONFIG_HOME=str(xdg)))
    small = corpus["small queue"]
    print("Memory", flush=True)
    small_peak = measure("candor, 5 MB queue", [candor_lint(small["path"])]).peak
    large_peak = comparisons["queue"][0].sample.peak
    terms = term_lists(term_configs, small)

    print(f"\n## Performance\n\nMachine: {about}; load average {load_at_start} at start, {load()} at end.  \n"
          f"{versions}.  \nCommand: `make bench`; median of {REPEATS} runs ({FAST_REPEATS} for commands under "
          f"{FAST * 1000:.0f} ms, {SLOW_REPEATS} for proselint), "
          f"each a fresh process.\n")
    print("| input | tool | wall | CPU | CPU/wall | MB/s | posts/s | peak memory |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key, results in comparisons.items():
        for result in results:
            s = result.sample
            print(f"| {INPUTS[key]} | {result.tool} | {seconds(s.wall)} | {seconds(s.cpu)} | {s.cpu / s.wall:.2f} | "
                  f"{result.mb_per_s:.3g} | {result.posts_per_s:,.0f} | {s.peak / 1e6:.1f} MB |")
    print(f"\n{note} CPU time is the steadier measure on a busy machine.\n")
    print("| input | candor/proselint posts/s | same, per CPU second | candor/floor wall time | same, CPU time |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for key, (candor, proselint, floor) in comparisons.items():
        per_cpu = (candor.posts / candor.sample.cpu) / (proselint.posts / proselint.sample.cpu)
        print(f"| {INPUTS[key]} | {candor.posts_per_s / proselint.posts_per_s:.1f}x | {per_cpu:.1f}x | "
              f"{candor.sample.wall / floor.sample.wall:.1f}x | {candor.sample.cpu / floor.sample.cpu:.1f}x |")
    print(f"\n| existence rule | load and compile | wall ({small['bytes'] / 1e6:.0f} MB queue) | MB/s | posts/s |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for count, (compile_time, lint) in terms.items():
        print(f"| {count:,} terms | {seconds(compile_time)} | {seconds(lint.sample.wall)} | {lint.mb_per_s:.3g} | "
              f"{lint.posts_per_s:,.0f} |")
    print(f"\n| input | candor peak memory |\n| --- | ---: |\n| 5 MB queue | {small_peak / 1e6:.1f} MB |\n"
          f"| 50 MB queue | {large_peak / 1e6:.1f} MB |")

    post = comparisons["post"][0].sample
    candor, proselint, floor = comparisons["queue"]
    few, many = terms[min(terms)][1], terms[max(terms)][1]
    budgets = [
        ("one post, fresh process, under 10 ms", f"{seconds(post.wall)} (CPU {seconds(post.cpu)})", post.wall < 0.010),
        ("50 MB queue, at least 50x proselint's throughput", f"{candor.posts_per_s / proselint.posts_per_s:.1f}x",
         candor.posts_per_s >= 50 * proselint.posts_per_s),
        ("50 MB queue, within 3x of the floor's wall time", f"{candor.sample.wall / floor.sample.wall:.1f}x",
         candor.sample.wall <= 3 * floor.sample.wall),
        (f"50 MB queue, all {CORES} cores busy (CPU/wall at least {0.75 * CORES:.1f})",
         f"{candor.sample.cpu / candor.sample.wall:.2f}", candor.sample.cpu >= 0.75 * CORES * candor.sample.wall),
        (f"{max(terms):,} terms at least half the throughput of {min(terms):,}",
         f"{many.posts_per_s / few.posts_per_s:.2f}x", many.posts_per_s >= 0.5 * few.posts_per_s),
        ("flat memory: peak at 50 MB at most 1.5x the peak at 5 MB", f"{large_peak / small_peak:.2f}x",
         large_peak <= 1.5 * small_peak),
    ]
    print("\n| budget | measured | met |\n| --- | ---: | --- |")
    for name, measured, met in budgets:
        print(f"| {name} | {measured} | {'yes' if met else 'no'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
