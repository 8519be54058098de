#!/usr/bin/env python3
"""`make vale-conformance`: Vale's own engine tests (its Cucumber feature files), run through candor.

    conformance.py CANDOR [--data DIR] [--passing FILE] [--check | --record] [--verbose]

Each scenario of `vale-testdata/features/*.feature` that lies inside what candor reads (Markdown and text,
`.vale.ini` sections and settings, in-document comments, Vocab) runs as Vale's step definitions run it:
`candor lint --format line` in the scenario's folder with the scenario's arguments (README here, "How a
scenario runs"). Every other scenario is listed as left out, with its reason, from the table below; a scenario
neither in scope nor in that table is an error, so a new feature file cannot slip by unread.

Comparison: Vale runs with `--sort`, so candor's lines are put in the same order (path, line, column) before
they are compared. candor's own pack is switched off through a user configuration (`rules: {Candor: off}`):
Vale's styles run beside it, and Vale's expectations know nothing of it. `should contain exactly` compares every line, `should contain`
requires those lines, and an expected exit status is checked.

--check: exit 1 when a scenario named in the passing file (`passing.txt` here) fails: `make test` runs this.
--record: rewrite the passing file with the scenarios that pass now.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Scenarios outside candor's scope: (feature, scenario) -> reason. Formats: candor reads Markdown (.md,
# .markdown) and text (.txt, .text); Vale's code-comment, markup and XML readers have no counterpart.
CODE = "code comments (Vale's source-code reader)"
LEFT_OUT = {
    ("CLI", "Lint with a custom output format (line)"): "Vale's output templates",
    ("CLI", "Lint a file and a directory"): "JSON and " + CODE,
    ("CLI", "Lint 2 directories"): CODE,
    ("CLI", "Lint 2 files"): "JSON read as code by Vale",
    ("CLI", "Lint 3 files"): "JSON and " + CODE,
    ("CLI", "Lint stdin"): "Vale's stdin naming (stdin.txt) and --ext",
    ("CLI", "Pipe input"): "Vale's stdin naming (stdin.txt) and --ext",
    ("CLI", "Pipe Markdown input"): "Vale's stdin naming (stdin.md) and --ext",
    ("CLI", "Pipe Python input"): CODE,
    ("CLI", "Filter --minAlertLevel"): "Vale's --filter expressions",
    ("CLI", "Filter by single scope"): "Vale's --filter expressions",
    ("CLI", "Filter by multiple levels"): "Vale's --filter expressions",
    ("CLI", "Filter by extends"): "Vale's --filter expressions",
    ("CLI", "Script-computed suggestions"): "Vale's fix command and scripts",
    ("checks", "Script"): "scripts (Tengo)",
    ("checks", "SentenceCase"): "expects findings on HTML",
    ("checks", "Repetition"): "LaTeX and reStructuredText only",
    ("checks", "Spelling"): "spelling",
    ("checks", "Sequence"): "sequence checks (part-of-speech tagging) on AsciiDoc, Markdown and text",
    ("comments", "reStructuredText"): "reStructuredText",
    ("comments", "AsciiDoc"): "AsciiDoc",
    ("comments", "Org Mode"): "Org",
    ("config", "Missing StylesPath (only Vale)"): "spelling (Vale.Spelling)",
    ("config", "Missing StylesPath (Vale + other)"): "Vale's own error text (E100)",
    ("config", "External config (direct)"): "spelling (demo.Spellcheck, demo.Filters)",
    ("config", "External config"): "spelling (demo.Spellcheck, demo.Filters)",
    ("config", "Non-Existent Config"): "Vale's own error text (E100)",
    ("config", "Ignore syntax"): "a step Vale's testdata does not define here (lint simple)",
    ("config", "Specify BasedOnStyle on a per-syntax basis"): "expects findings in Python " + CODE,
    ("config", "Disable/enable checks on a per-syntax basis"): "expects findings in Python " + CODE,
    ("config", "Overwrite BasedOnStyle on a per-syntax basis"): "Python " + CODE,
    ("config", "Overwrite disabled rules on a per-syntax basis"): "expects findings in Python " + CODE,
    ("config", "Overwrite disabled rules on a per-file basis"): "expects findings in Python " + CODE,
    ("config", "Load two base styles"): "expects findings in Python " + CODE,
    ("config", "Load individual rules"): "Python " + CODE,
    ("config", "Load section with glob as name"): "Python " + CODE,
    ("config", "Test a glob"): "Vale's --glob and " + CODE,
    ("config", "Test a negated glob"): "Vale's --glob",
    ("config", "Test a negated glob directory"): "Vale's --glob and spelling",
    ("config", "Test another negated glob"): "Vale's --glob",
    ("config", "Change an external rule's level"): "Python " + CODE,
    ("fragments", "Code -> Markup"): CODE + " and spelling",
    ("lint", "Lint a path with excluded folders"): "a step Vale's testdata does not define here (path with exclusions)",
    ("lint", "Lint a CSS file"): CODE,
    ("lint", "Lint a YAML file"): "YAML read as code by Vale",
    ("lint", "Lint a Julia file"): CODE,
    ("lint", "Lint a proto file"): CODE,
    ("lint", "Lint an Org file"): "Org",
    ("lint", "Lint a reStructuredText file"): "reStructuredText",
    ("lint", "Lint a AsciiDoc file"): "AsciiDoc",
    ("lint", "Lint a AsciiDoc file with a listing block"): "AsciiDoc",
    ("lint", "Lint a AsciiDoc file with custom attributes"): "AsciiDoc",
    ("lint", "Lint a DITA file"): "DITA (XML)",
    ("lint", "Lint an XML file"): "XML",
    ("lint", "Lint a JSON file"): "JSON read as code by Vale",
    ("lint", "Lint an AsciiDoc file"): "AsciiDoc",
    ("lint", "Lint a Python file"): CODE,
    ("lint", "Lint a C++ file"): CODE,
    ("lint", "Lint a Clojure file"): CODE,
    ("lint", "Lint a JSX file"): CODE,
    ("lint", "Lint an assigned Markdown file"): "Vale's [formats] mapping of other extensions",
    ("lint", "Lint an MDX file"): "MDX",
    ("lint", "Lint a Rust file"): CODE,
    ("lint", "Lint an R file"): CODE,
    ("lint", "Lint a PHP file"): CODE,
    ("lint", "Lint a PowerShell file"): CODE,
    ("lint", "Lint a Lua file"): CODE,
    ("lint", "Lint a Haskell file"): CODE,
    ("lint", "Lint a TypeScript file"): CODE,
    ("lint", "Lint a Ruby file"): CODE,
    ("lint", "Lint an assigned format"): "Vale's [formats] mapping and MDX",
    ("misc", "In-text attributes"): "AsciiDoc",
    ("misc", "Unicode"): "expects findings in Python " + CODE + " and reStructuredText",
    ("misc", "Duplicate matches"): "expects findings on AsciiDoc, and spelling",
    ("misc", "Spelling"): "spelling",
    ("misc", "v3.0 Spelling"): "spelling",
    ("misc", "i18n"): "expects findings on AsciiDoc",
    ("misc", "infostrings"): "spelling",
    ("patterns", "MDX"): "MDX",
    ("patterns", "AsciiDoc"): "AsciiDoc",
    ("patterns", "reStructuredText"): "reStructuredText",
    ("patterns", "Org"): "Org",
    ("patterns", "HTML"): "HTML",
    ("patterns", "Python"): CODE + " and spelling",
    ("patterns", "Ignored Classes on inline elements"): "reStructuredText and spelling",
    ("pkg", "Sync a complete, v3 package"): "vale sync packages",
    ("pkg", "Sync a style-only package"): "vale sync packages",
    ("pkg", "Sync a config-only package"): "vale sync packages",
    ("scopes", "Raw"): "expects findings in Python " + CODE,
    ("scopes", "Blockquote"): "expects findings on AsciiDoc and reStructuredText",
    ("scopes", "Skip"): "expects findings on reStructuredText",
    ("scopes", "Attr"): "expects findings on AsciiDoc and reStructuredText",
    ("scopes", "Inline"): "expects findings on AsciiDoc",
    ("scopes", "Heading"): "expects findings on AsciiDoc, DITA, HTML, reStructuredText and XML",
    ("scopes", "Table"): "expects findings on AsciiDoc, HTML and reStructuredText",
    ("scopes", "List"): "expects findings on AsciiDoc, HTML and reStructuredText",
    ("styles", "Lint against Scripts"): "scripts (Tengo)",
    ("styles", "Lint against demo"): "expects findings on AsciiDoc, HTML, MDX and reStructuredText, and spelling",
}

# `When ...` steps: (pattern, folder under fixtures/ or None for the scenario's scratch folder, arguments).
STEPS = [
    (r'I test "(.*)"', lambda m: (m[1], ["."])),
    (r'I test scope "(.*)"', lambda m: ("scopes/" + m[1], ["."])),
    (r'I apply style "(.*)"', lambda m: ("styles/" + m[1], ["."])),
    (r'I use Vocab "(.*)"', lambda m: ("vocab/" + m[1], ["."])),
    (r'I test comments for "(.*)"', lambda m: ("comments", ["test" + m[1]])),
    (r'I test patterns for "(.*)"', lambda m: ("patterns", [m[1]])),
    (r'I lint "(.*)"', lambda m: ("formats", m[1].split())),
    (r'I lint with config "(.*)"', lambda m: ("formats", ["--config", m[1], "test.md"])),
    (r'I run vale "(.*)"', lambda m: (None, m[1].split())),
    # Vale's --minAlertLevel is candor's --level.
    (r'I assign minAlertLevel "(.*)" "(.*)"', lambda m: (None, ["--level", m[1], m[2]])),
]


class Scenario:
    def __init__(self, feature, name, background):
        self.feature, self.name = feature, name
        self.files = list(background)  # (name, text)
        self.when = None
        self.exact = None
        self.contains = None
        self.status = None
        self.unknown = []

    @property
    def key(self):
        return f"{self.feature}: {self.name}"


def docstring(lines, i):
    """The text of the `\"\"\"` block opening at or after line i, and the index after it."""
    while lines[i].strip() != '"""':
        i += 1
    indent = len(lines[i]) - len(lines[i].lstrip())
    body = []
    i += 1
    while lines[i].strip() != '"""':
        body.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i].lstrip())
        i += 1
    return "\n".join(body), i + 1


def parse(path):
    feature = path.stem
    lines = path.read_text(encoding="utf-8").split("\n")
    scenarios, background, current = [], [], None
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line or line.startswith("#") or line.startswith("Feature:"):
            continue
        if line.startswith("Background:"):
            current = None
            continue
        if line.startswith("Scenario:"):
            current = Scenario(feature, line[len("Scenario:"):].strip(), background)
            scenarios.append(current)
            continue
        step = re.sub(r"^(Given|When|Then|And)\s+", "", line)
        if m := re.fullmatch(r'a file named "(.*)" with:', step):
            text, i = docstring(lines, i)
            (current.files if current else background).append((m[1], text + "\n"))
        elif step == "the output should contain exactly:":
            current.exact, i = docstring(lines, i)
        elif step == "the output should contain:":
            current.contains, i = docstring(lines, i)
        elif m := re.fullmatch(r"the exit status should be (\d+)", step):
            current.status = int(m[1])
        elif any(re.fullmatch(p, step) for p, _ in STEPS) and current.when is None:
            current.when = step
        else:
            current.unknown.append(step)
    return scenarios


def run(candor, data, scenario, scratch):
    """candor's sorted output lines (its own pack's left out), and its exit status."""
    folder, args = None, None
    for pattern, make in STEPS:
        if m := re.fullmatch(pattern, scenario.when):
            folder, args = make(m)
            break
    if folder is None or scenario.files:
        # A scratch folder two below the data, as Vale's tmp/aruba, so `StylesPath = ../../styles/` holds.
        root = Path(scratch)
        for name in ("styles", "fixtures"):
            (root / name).symlink_to(data / name)
        cwd = root / "tmp" / "aruba"
        cwd.mkdir(parents=True)
        for name, text in scenario.files:
            (cwd / name).write_text(text, encoding="utf-8")
    else:
        cwd = data / "fixtures" / folder
    # candor's own pack is switched off by a user configuration: Vale's expectations know nothing of it.
    user = Path(scratch) / "user"
    (user / "candor").mkdir(parents=True)
    (user / "candor" / "config.yml").write_text("rules:\n  Candor: off\n", encoding="utf-8")
    env = dict(os.environ, HOME=scratch, XDG_CONFIG_HOME=str(user), CANDOR_CACHE_DIR="", NO_COLOR="1")
    proc = subprocess.run([candor, "lint", "--format", "line", *args], cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    lines = [line for line in proc.stdout.split("\n") if line]

    def order(line):
        m = re.match(r"^(.*?):(\d+):(\d+):(.*)$", line)
        return (m[1], int(m[2]), int(m[3]), m[4]) if m else (line, 0, 0, "")
    return sorted(lines, key=order), proc.returncode, proc.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candor")
    parser.add_argument("--data", default=HERE / "vale-testdata", type=Path)
    parser.add_argument("--passing", default=HERE / "passing.txt", type=Path)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--record", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the count and what broke")
    opts = parser.parse_args()
    candor = str(Path(opts.candor).resolve())
    data = opts.data.resolve()

    scenarios = [s for f in sorted((data / "features").glob("*.feature")) for s in parse(f)]
    left_out, in_scope = [], []
    for s in scenarios:
        reason = LEFT_OUT.get((s.feature, s.name))
        if reason:
            left_out.append((s, reason))
        elif s.unknown or s.when is None:
            sys.exit(f"conformance.py: {s.key}: in scope but with steps it cannot run: {s.unknown or 'no When step'}")
        else:
            in_scope.append(s)

    passed, lines_expected, lines_matched = [], 0, 0
    for s in in_scope:
        with tempfile.TemporaryDirectory(prefix="candor-vale-") as scratch:
            got, status, stderr = run(candor, data, s, scratch)
        expected = (s.exact if s.exact is not None else s.contains or "").split("\n")
        expected = [line for line in expected if line]
        lines_expected += len(expected)
        lines_matched += sum(1 for line in expected if line in got)
        ok = (got == expected) if s.exact is not None else all(line in got for line in expected)
        if s.status is not None and status != s.status:
            ok = False
        if ok:
            passed.append(s.key)
        if not opts.quiet:
            print(f"{'pass' if ok else 'FAIL'}  {s.key}")
        if not ok and opts.verbose:
            for line in expected:
                if line not in got:
                    print(f"      - {line}")
            for line in got:
                if line not in expected and s.exact is not None:
                    print(f"      + {line}")
            if s.status is not None and status != s.status:
                print(f"      exit status {status}, expected {s.status}")
            for line in stderr.strip().split("\n")[:5]:
                if line:
                    print(f"      stderr: {line}")

    if not opts.quiet:
        print(f"\nLeft out ({len(left_out)} scenarios, outside what candor reads):")
        for s, reason in left_out:
            print(f"  {s.key}: {reason}")
    print(f"\nVale conformance: {len(passed)} of {len(in_scope)} in-scope scenarios pass; "
          f"{lines_matched} of {lines_expected} expected lines are reported.")

    if opts.record:
        opts.passing.write_text("".join(f"{key}\n" for key in passed), encoding="utf-8")
        print(f"Recorded {len(passed)} passing scenarios in {opts.passing.name}.")
    if opts.check:
        recorded = [line for line in opts.passing.read_text(encoding="utf-8").split("\n") if line]
        broken = [key for key in recorded if key not in passed]
        if broken:
            print("\nScenarios that passed before and fail now (" + opts.passing.name + "):")
            for key in broken:
                print(f"  {key}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
