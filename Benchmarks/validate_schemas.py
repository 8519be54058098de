#!/usr/bin/env python3
"""`make test`: the JSON Schemas of schemas/ against what candor itself accepts.

    validate_schemas.py CANDOR

- each schema is a valid draft-07 schema;
- every rule file of Rules/ (but a pack's score model, candor-score.yml) and of the Vale style in
  Fixtures/vale/styles validates against schemas/candor-rule.schema.json;
- every configuration in Fixtures/config validates against schemas/candor-config.schema.json and loads in
  candor (`candor config --config FILE`, exit 0); every one in Fixtures/config/invalid, each wrong in one
  key, is rejected by both (exit 2), so schema and loader agree;
- every file `candor init --pack House` writes, in a scratch folder, validates against its schema and opens
  with the yaml-language-server modeline naming that schema's published address ($id);
- the JSON reporter's golden file and `candor lint Fixtures --format json` validate against
  schemas/candor-output.schema.json.

Files are read as YAML 1.1, as candor's Yams does. Prints one line per problem and exits 1 if there is any.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_schema(name: str) -> dict:
    with open(os.path.join(ROOT, "schemas", name), encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft7Validator.check_schema(schema)
    return schema


def errors(schema: dict, path: str) -> list[str]:
    with open(path, encoding="utf-8") as file:
        document = yaml.safe_load(file)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    ]


def candor_accepts(candor: str, config: str) -> int:
    run = subprocess.run([candor, "config", "--config", config], capture_output=True, text=True, cwd=ROOT)
    return run.returncode


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    candor = os.path.abspath(sys.argv[1])
    config_schema, rule_schema = load_schema("candor-config.schema.json"), load_schema("candor-rule.schema.json")
    output_schema = load_schema("candor-output.schema.json")
    problems: list[str] = []
    checked = 0

    rules = sorted(glob.glob(os.path.join(ROOT, "Rules", "*", "*.yml")) + glob.glob(os.path.join(ROOT, "Fixtures/vale/styles/*/*.yml")))
    rules = [path for path in rules if os.path.basename(path) != "candor-score.yml"]
    for path in rules:
        problems += [f"{os.path.relpath(path, ROOT)}: {error}" for error in errors(rule_schema, path)]
        checked += 1

    for path in sorted(glob.glob(os.path.join(ROOT, "Fixtures/config/*.yml"))):
        relative = os.path.relpath(path, ROOT)
        problems += [f"{relative}: {error}" for error in errors(config_schema, path)]
        if (status := candor_accepts(candor, path)) != 0:
            problems.append(f"{relative}: candor config exits {status}, but the file is meant to be valid")
        checked += 1
    invalid = sorted(glob.glob(os.path.join(ROOT, "Fixtures/config/invalid/*.yml")))
    for path in invalid:
        relative = os.path.relpath(path, ROOT)
        if not errors(config_schema, path):
            problems.append(f"{relative}: the schema accepts it, but candor must refuse it")
        if (status := candor_accepts(candor, path)) != 2:
            problems.append(f"{relative}: candor config exits {status}, not 2")
        checked += 1
    if not invalid:
        problems.append("Fixtures/config/invalid: no invalid configurations to check the schema with")

    with tempfile.TemporaryDirectory() as folder:
        run = subprocess.run([candor, "init", "--pack", "House"], capture_output=True, text=True, cwd=folder)
        if run.returncode != 0:
            problems.append(f"candor init --pack House: exit {run.returncode}: {run.stderr.strip()}")
        written = [os.path.join(folder, ".candor.yml")] + sorted(glob.glob(os.path.join(folder, "styles/House/*.yml")))
        if len(written) < 2:
            problems.append("candor init --pack House wrote no pack")
        for path in written:
            schema = config_schema if path.endswith(".candor.yml") else rule_schema
            name = "init: " + os.path.relpath(path, folder)
            if not os.path.exists(path):
                problems.append(f"{name}: not written")
                continue
            with open(path, encoding="utf-8") as file:
                first = file.readline().rstrip("\n")
            if first != f"# yaml-language-server: $schema={schema['$id']}":
                problems.append(f"{name}: the first line is {first!r}, not the modeline of {schema['$id']}")
            problems += [f"{name}: {error}" for error in errors(schema, path)]
            checked += 1

    run = subprocess.run([candor, "lint", "--no-config", "--format", "json", "Fixtures"], capture_output=True, text=True, cwd=ROOT)
    if run.returncode not in (0, 1):
        problems.append(f"candor lint Fixtures --format json: exit {run.returncode}: {run.stderr.strip()}")
    golden = os.path.join(ROOT, "Tests/CandorKitTests/Resources/golden/json.json")
    with open(golden, encoding="utf-8") as file:
        outputs = [("golden/json.json", json.load(file)), ("candor lint Fixtures --format json", json.loads(run.stdout or "{}"))]
    validator = jsonschema.Draft7Validator(output_schema)
    for name, document in outputs:
        for error in sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path)):
            problems.append(f"{name}: {'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}")
        checked += 1
    if not outputs[1][1].get("posts"):
        problems.append("candor lint Fixtures --format json: no posts")

    for problem in problems:
        print(problem)
    if not problems:
        print(f"schemas: {checked} files agree with schemas/ (and candor)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
