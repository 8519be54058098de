#!/usr/bin/env python3
"""`make test`: validates candor's SARIF output against the official SARIF 2.1.0 JSON schema.

    validate_sarif.py SCHEMA FILE...

Each FILE must validate against SCHEMA (JSON Schema draft 4; every format jsonschema knows is checked, and
rfc3986-validator checks `uri` and `uri-reference`), state `"columnKind": "unicodeCodePoints"` on every run,
and describe every rule a result names in `tool.driver.rules` with an id, a short and a full description and
a default level. Prints one line per problem and exits 1 if there is any.
"""
import json
import sys

import jsonschema


def problems(schema: dict, document: dict) -> list[str]:
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    found = [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    ]
    for number, run in enumerate(document.get("runs", [])):
        if run.get("columnKind") != "unicodeCodePoints":
            found.append(f"runs/{number}: columnKind is {run.get('columnKind')!r}, not 'unicodeCodePoints'")
        rules = {rule.get("id"): rule for rule in run.get("tool", {}).get("driver", {}).get("rules", [])}
        for rule_id in sorted({result.get("ruleId") for result in run.get("results", [])} - {None}):
            rule = rules.get(rule_id)
            if rule is None:
                found.append(f"runs/{number}: rule {rule_id} fired but tool.driver.rules does not describe it")
                continue
            for key in ("shortDescription", "fullDescription", "defaultConfiguration"):
                if key not in rule:
                    found.append(f"runs/{number}: rule {rule_id} has no {key}")
    return found


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as file:
        schema = json.load(file)
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as file:
            document = json.load(file)
        found = problems(schema, document)
        for problem in found:
            print(f"{path}: {problem}")
        results = sum(len(run.get("results", [])) for run in document.get("runs", []))
        if found:
            failed = True
        else:
            print(f"{path}: valid SARIF 2.1.0 ({results} results)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
