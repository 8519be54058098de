#!/usr/bin/env python3
"""`make eval`: runs the built candor over every file of the shared posts and prints, per source and
author kind, the share of each verdict and the mean score (the README's calibration table).

    eval.py CANDOR POSTS_DIR [--misses N]

--misses N also prints N posts per group that landed on the side the issue's goals call wrong
(broadcast for people and care replies, not broadcast for news), for reading while calibrating.
"""
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

GROUPS = [
    # (source, author_kind, label, goal: share of broadcast as (op, percent))
    ("broad-twitter-corpus", "brand", "news organisations (broad-twitter-corpus, brand)", (">=", 90)),
    ("ibm-customer-care", "brand", "brand customer-care replies (ibm-customer-care, brand)", ("<=", 5)),
    ("ibm-customer-care", "individual", "customers writing to brands (ibm-customer-care, individual)", ("<=", 2)),
    ("vader-tweets", "individual", "personal tweets (vader-tweets)", ("<=", 5)),
    ("broad-twitter-corpus", "individual", "the general public (broad-twitter-corpus, individual)", ("<=", 15)),
]


def main() -> int:
    candor, posts_dir = sys.argv[1], Path(sys.argv[2])
    misses = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    results = defaultdict(list)
    for path in sorted(posts_dir.glob("*.jsonl")):
        run = subprocess.run([candor, "lint", "--no-config", "--format", "json", str(path)],
                             capture_output=True, text=True)
        if run.returncode == 2:
            sys.stderr.write(run.stderr)
            return 2
        texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in path.open()}
        for post in json.loads(run.stdout)["posts"]:
            meta = post.get("metadata", {})
            post["text"] = texts.get(meta.get("id"), "")
            results[(meta.get("source"), meta.get("author_kind"))].append(post)

    print("| posts | n | broadcast | mixed | authentic | mean score | goal (broadcast) | met |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    failed = 0
    for source, kind, label, (op, goal) in GROUPS:
        posts = results.get((source, kind), [])
        if not posts:
            continue
        share = {v: 100.0 * sum(p["verdict"] == v for p in posts) / len(posts) for v in ("broadcast", "mixed", "authentic")}
        mean = sum(p["score"] for p in posts) / len(posts)
        met = share["broadcast"] >= goal if op == ">=" else share["broadcast"] <= goal
        failed += not met
        print(f"| {label} | {len(posts)} | {share['broadcast']:.1f}% | {share['mixed']:.1f}% | "
              f"{share['authentic']:.1f}% | {mean:.1f} | {op} {goal}% | {'yes' if met else 'no'} |")
        if misses:
            wrong = [p for p in posts if (p["verdict"] != "broadcast") == (op == ">=")]
            for post in wrong[:misses]:
                rules = ",".join(sorted({f["rule"].split(".")[-1] for f in post["findings"]}))
                print(f"    {post['score']:3d} [{rules}] {post['text'][:150]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
