#!/usr/bin/env python3
"""`make check-action`: runs the composite action of action.yml the way a GitHub runner would, in scratch
repositories, so the CI recipe cannot rot.

    check_action.py CANDOR

Each `run:` step runs with bash (`-eo pipefail`, as `shell: bash` does) with its `env:` and `${{ }}`
expressions filled in from the inputs, the runner, the earlier steps' outputs (GITHUB_OUTPUT) and PATH
additions (GITHUB_PATH); `if:` conditions are evaluated, and a failed step skips the later ones unless they
say always(). `uses:` steps are not run: the cache always misses, and the SARIF upload is checked by
validating the file it would upload with Benchmarks/validate_sarif.py (schema and GitHub's ingestion rules).
The install step runs the real `make install`, with CANDOR (the debug build) so that it need not build a
release. Prints what failed and exits 1 on any failure.
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTEXT = re.compile(r"\b(?:inputs|steps|runner|github)(?:\.[A-Za-z_][\w-]*)+")


class Run:
    def __init__(self, inputs: dict, workspace: str, temp: str, candor: str):
        with open(os.path.join(ROOT, "action.yml"), encoding="utf-8") as file:
            self.action = yaml.safe_load(file)
        self.inputs = {name: str(spec.get("default", "")) for name, spec in self.action["inputs"].items()}
        unknown = set(inputs) - set(self.inputs)
        assert not unknown, f"no such inputs: {unknown}"
        self.inputs.update(inputs)
        self.workspace, self.temp, self.candor = workspace, temp, candor
        self.steps: dict[str, dict] = {}
        self.path: list[str] = []
        self.log: list[str] = []
        self.failed = False
        self.uploaded: str | None = None

    def value(self, reference: str) -> str:
        parts = reference.split(".")
        if parts[0] == "inputs":
            return self.inputs.get(parts[1], "")
        if parts[0] == "steps":
            return self.steps.get(parts[1], {}).get(parts[3], "") if len(parts) == 4 else ""
        if parts[0] == "runner":
            return {"temp": self.temp, "os": "Linux", "arch": "X64"}[parts[1]]
        if parts[0] == "github":
            return {"action_path": ROOT, "workspace": self.workspace}[parts[1]]
        raise ValueError(reference)

    def evaluate(self, expression: str):
        """A GitHub expression: context references, string literals, ==, !=, &&, ||, !, always(), success()."""
        python = CONTEXT.sub(lambda match: repr(self.value(match.group(0))), expression)
        python = python.replace("&&", " and ").replace("||", " or ")
        python = re.sub(r"!(?!=)", " not ", python)
        python = python.replace("always()", "True").replace("success()", f"{not self.failed}").replace("failure()", f"{self.failed}")
        return eval(python, {"__builtins__": {}}, {})

    def fill(self, text: str) -> str:
        return re.sub(r"\$\{\{(.*?)\}\}", lambda match: str(self.evaluate(match.group(1))), str(text))

    def run(self) -> int:
        for step in self.action["runs"]["steps"]:
            name = step.get("name", step.get("uses", "step"))
            condition = step.get("if", "success()")
            if not self.evaluate(condition):
                self.log.append(f"skipped: {name}")
                continue
            outputs = self.steps.setdefault(step.get("id", name), {})
            if "uses" in step:
                if step["uses"].startswith("actions/cache@"):
                    outputs["cache-hit"] = ""
                elif step["uses"].startswith("github/codeql-action/upload-sarif@"):
                    self.uploaded = self.fill(step["with"]["sarif_file"])
                self.log.append(f"uses: {name}")
                continue
            with tempfile.NamedTemporaryFile("w+", delete=False, dir=self.temp) as output, \
                    tempfile.NamedTemporaryFile("w+", delete=False, dir=self.temp) as path_file:
                pass
            environment = dict(os.environ)
            environment.update({key: self.fill(value) for key, value in step.get("env", {}).items()})
            environment.update({
                "GITHUB_ACTION_PATH": ROOT, "GITHUB_WORKSPACE": self.workspace, "GITHUB_OUTPUT": output.name,
                "GITHUB_PATH": path_file.name, "RUNNER_TEMP": self.temp, "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64",
                "CANDOR": self.candor, "PATH": os.pathsep.join(self.path + [environment["PATH"]]),
            })
            result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", self.fill(step["run"])],
                                    cwd=self.workspace, env=environment, capture_output=True, text=True, stdin=subprocess.DEVNULL)
            self.log.append(f"ran: {name}: exit {result.returncode}\n{result.stdout}{result.stderr}")
            with open(output.name, encoding="utf-8") as file:
                for line in file:
                    if "=" in line:
                        key, _, value = line.rstrip("\n").partition("=")
                        outputs[key] = value
            with open(path_file.name, encoding="utf-8") as file:
                self.path = [line.strip() for line in file if line.strip()][::-1] + self.path
            if result.returncode != 0:
                self.failed = True
                self.status = result.returncode
        return 1 if self.failed else 0

    def output(self) -> str:
        return "\n".join(self.log)


def scratch_repository(folder: str, posts: dict[str, str]) -> str:
    workspace = os.path.join(folder, "workspace")
    os.makedirs(workspace)
    subprocess.run(["git", "init", "-q", "-b", "main", workspace], check=True)
    for name, text in posts.items():
        path = os.path.join(workspace, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
    return workspace


BROADCAST = "We are pleased to announce our world-class platform. Learn more https://example.com\n"
REPLY = "@maria thanks, fixed! Does the export work for you now?\n"


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    candor = os.path.abspath(sys.argv[1])
    problems: list[str] = []

    # A queue of broadcasts with SARIF on: annotations, a failed step, and an uploadable SARIF.
    with tempfile.TemporaryDirectory() as folder:
        workspace = scratch_repository(folder, {"content/posts/launch.md": BROADCAST, "content/posts/reply.md": REPLY,
                                                "content/queue.csv": "text\n" + "\n".join(
                                                    f"Read our report {n}: https://example.com/{n}" for n in range(4)) + "\n"})
        run = Run({"paths": "content", "sarif": "true", "fail-on": "warning"}, workspace, folder, candor)
        status = run.run()
        log = run.output()
        if status != 1:
            problems.append(f"broadcast posts: the action did not fail\n{log}")
        if "::warning file=content/posts/launch.md" not in log:
            problems.append(f"broadcast posts: no annotation on content/posts/launch.md\n{log}")
        if "content/posts/reply.md" in log:
            problems.append(f"broadcast posts: the reply was flagged\n{log}")
        if not os.path.exists(os.path.join(folder, "candor", "bin", "candor")) or "share/man/man1/candor.1" not in log:
            problems.append(f"broadcast posts: make install did not install candor and its man page\n{log}")
        sarif = run.uploaded and os.path.join(workspace, run.uploaded)
        if not sarif or not os.path.exists(sarif):
            problems.append(f"broadcast posts: no SARIF was uploaded\n{log}")
        else:
            check = subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/validate_sarif.py"),
                                    os.path.join(ROOT, "Tests/CandorKitTests/Resources/sarif/sarif-schema-2.1.0.json"), sarif],
                                   capture_output=True, text=True, cwd=workspace)
            if check.returncode != 0:
                problems.append(f"broadcast posts: the SARIF would not be accepted:\n{check.stdout}{check.stderr}")
            with open(sarif, encoding="utf-8") as file:
                text = file.read()
            if "Candor.BroadcastFeed" not in text or '"uri": "content/queue.csv"' not in text:
                problems.append("broadcast posts: the SARIF lacks the feed finding on content/queue.csv")

    # The defaults on a repository of conversation: the whole checkout linted, nothing reported, no SARIF.
    with tempfile.TemporaryDirectory() as folder:
        workspace = scratch_repository(folder, {"posts/reply.md": REPLY})
        run = Run({}, workspace, folder, candor)
        status = run.run()
        log = run.output()
        if status != 0:
            problems.append(f"a clean repository: the action failed\n{log}")
        if any(command in log for command in ("::warning ", "::error ", "::notice ")):
            problems.append(f"a clean repository: annotations were printed\n{log}")
        if run.uploaded or "skipped: Upload SARIF to code scanning" not in log:
            problems.append(f"a clean repository: SARIF was uploaded without being asked for\n{log}")

    for problem in problems:
        print(f"check-action: {problem}")
    if not problems:
        print("check-action: the action installs candor, annotates, fails on findings and uploads valid SARIF")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
