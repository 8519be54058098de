#!/usr/bin/env python3
"""`make test`: validates candor's SARIF output against the official SARIF 2.1.0 JSON schema.

    validate_sarif.py SCHEMA FILE...

Each FILE must validate against SCHEMA (JSON Schema draft 4; every format jsonschema knows is checked, and
rfc3986-validator checks `uri` and `uri-reference`), state `"columnKind": "unicodeCodePoints"` on every run,
and describe every rule a result names in `tool.driver.rules` with an id, a short and a full description and
a default level. Then GitHub code scanning's ingestion rules, which the schema leaves optional: every result
has a location with a physical location and a URI (GitHub refuses the whole upload otherwise) and
`partialFingerprints`; a relative URI does not climb out of its base, and a `uriBaseId` is one that
`originalUriBaseIds` resolves to an absolute folder, in which the file exists; every rule has `help` text; no
more results, rules or locations than GitHub takes. Prints one line per problem and exits 1 if there is any.
"""
import json
import os
import sys
from urllib.parse import unquote, urlparse

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
        found += ingestion_problems(number, run)
    return found


# GitHub's limits on one upload (docs: "SARIF support for code scanning", "Upload limits").
MAX_RESULTS, MAX_RULES, MAX_LOCATIONS = 25_000, 25_000, 1_000


def ingestion_problems(number: int, run: dict) -> list[str]:
    found = []
    bases = {}
    for name, base in run.get("originalUriBaseIds", {}).items():
        parsed = urlparse(base.get("uri", ""))
        if parsed.scheme != "file" or not parsed.path.endswith("/"):
            found.append(f"runs/{number}/originalUriBaseIds/{name}: {base.get('uri')!r} is not an absolute file: folder URI")
        else:
            bases[name] = unquote(parsed.path)
    rules = run.get("tool", {}).get("driver", {}).get("rules", [])
    results = run.get("results", [])
    if len(results) > MAX_RESULTS or len(rules) > MAX_RULES:
        found.append(f"runs/{number}: {len(results)} results and {len(rules)} rules; GitHub takes {MAX_RESULTS} of each")
    for rule in rules:
        if not rule.get("help", {}).get("text"):
            found.append(f"runs/{number}: rule {rule.get('id')} has no help text")
    for index, result in enumerate(results):
        where = f"runs/{number}/results/{index} ({result.get('ruleId')})"
        locations = result.get("locations") or []
        if not locations:
            found.append(f"{where}: no location; GitHub refuses the upload (expected at least one location)")
        if len(locations) > MAX_LOCATIONS:
            found.append(f"{where}: {len(locations)} locations; GitHub takes {MAX_LOCATIONS}")
        if not result.get("partialFingerprints"):
            found.append(f"{where}: no partialFingerprints, so every upload would make its alert anew")
        for location in locations:
            artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
            uri = artifact.get("uri")
            if not uri:
                found.append(f"{where}: a location without physicalLocation.artifactLocation.uri")
                continue
            if urlparse(uri).scheme:
                continue
            path = unquote(uri)
            if path.startswith("/") or path == ".." or path.startswith("../"):
                found.append(f"{where}: relative URI {uri!r} leaves its base")
            base_id = artifact.get("uriBaseId")
            if base_id is not None and bases or base_id not in (None, "%SRCROOT%"):
                if base_id not in bases:
                    found.append(f"{where}: uriBaseId {base_id!r} is not resolved by originalUriBaseIds")
                elif not os.path.isfile(os.path.join(bases[base_id], path)):
                    found.append(f"{where}: {uri!r} is not a file under {bases[base_id]}")
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
