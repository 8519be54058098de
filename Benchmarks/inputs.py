"""Deterministic benchmark inputs, made from the shared posts (`*.jsonl`, one post a line, `text` field).

    inputs.py POSTS_DIR WORK_DIR

Writes into WORK_DIR: `post.md` (one post), `posts/` (10,000 Markdown files, one post each), `queue-50mb.jsonl`
and its first 5 MB `queue-5mb.jsonl` (the posts shuffled once with a fixed seed, then repeated, each repeat
with its own id), `queue-prefix.md` (the texts of the queue's first posts, 2 MB, for proselint), and the
house packs `terms-100/` and `terms-10000/`, one existence rule each.
"""
import json
import random
import shutil
import sys
from pathlib import Path

SEED = 20240611
MB = 1_000_000
FOLDER_POSTS = 10_000
QUEUE_BYTES = 50 * MB
SMALL_QUEUE_BYTES = 5 * MB
PREFIX_BYTES = 2 * MB
TERM_COUNTS = (100, 10_000)
# Words that occur in the posts, so the term rules find something; the rest of each list never matches.
REAL_TERMS = ["thanks", "today", "weekend", "morning", "phone", "update", "service", "coffee", "birthday",
              "account", "order", "weather", "holiday", "football", "music", "sorry", "awesome", "tonight"]


def make(posts_dir: Path, work: Path) -> tuple[dict, dict]:
    """Writes every input; returns, per input name, its path, size in bytes and number of posts, and, per
    term count, the `.candor.yml` that selects that house pack alone."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    rng = random.Random(SEED)
    records = [json.loads(line) for path in sorted(posts_dir.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    rng.shuffle(records)
    texts = [record["text"] for record in records]
    manifest = {}

    def note(name: str, path: Path, posts: int, size: int | None = None) -> None:
        manifest[name] = {"path": path, "posts": posts, "bytes": path.stat().st_size if size is None else size}

    post = work / "post.md"
    post.write_text(texts[0] + "\n", encoding="utf-8")
    note("post", post, 1)

    folder = work / "posts"
    folder.mkdir()
    size = 0
    for index in range(FOLDER_POSTS):
        path = folder / f"{index:05d}.md"
        size += path.write_bytes((texts[index % len(texts)] + "\n").encode())
    note("folder", folder, FOLDER_POSTS, size)

    queue, small = work / "queue-50mb.jsonl", work / "queue-5mb.jsonl"
    with queue.open("wb") as big_out, small.open("wb") as small_out:
        size = small_size = posts = small_posts = 0
        while size < QUEUE_BYTES:
            record = dict(records[posts % len(records)])
            record["id"] = f"{record['id']}-{posts // len(records)}"
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode()
            size += big_out.write(line)
            posts += 1
            if small_size < SMALL_QUEUE_BYTES:
                small_size += small_out.write(line)
                small_posts = posts
    note("queue", queue, posts)
    note("small queue", small, small_posts)

    prefix = work / "queue-prefix.md"
    with prefix.open("wb") as out:
        size = posts = 0
        while size < PREFIX_BYTES:
            size += out.write((texts[posts % len(texts)] + "\n\n").encode())
            posts += 1
    note("prefix", prefix, posts)

    return manifest, {count: write_term_pack(work, count, rng) for count in TERM_COUNTS}


def pseudo_word(rng: random.Random) -> str:
    """A pronounceable word of three to five syllables, almost never a real one."""
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(3, 5)))


def write_term_pack(work: Path, count: int, rng: random.Random) -> Path:
    """A house pack folder holding `Terms.yml`: REAL_TERMS plus pseudo-words, one in ten a two-word phrase."""
    terms = dict.fromkeys(REAL_TERMS)
    while len(terms) < count:
        word = pseudo_word(rng)
        terms[word if len(terms) % 10 else f"{word} {pseudo_word(rng)}"] = None
    pack = work / f"terms-{count}" / "House"
    pack.mkdir(parents=True)
    rule = ["extends: existence", "message: \"'%s' is on the list.\"", f"description: {count} terms.",
            "level: warning", "ignorecase: true", "tokens:"] + [f"  - {term}" for term in terms]
    (pack / "Terms.yml").write_text("\n".join(rule) + "\n", encoding="utf-8")
    config = work / f"terms-{count}" / ".candor.yml"
    config.write_text(f"packs: [{json.dumps(str(pack.resolve()))}]\n", encoding="utf-8")
    return config


if __name__ == "__main__":
    inputs, term_configs = make(Path(sys.argv[1]), Path(sys.argv[2]))
    for name, entry in inputs.items():
        print(f"{name}: {entry['path']} ({entry['bytes']:,} bytes, {entry['posts']:,} posts)")
    for count, config in term_configs.items():
        print(f"{count} terms: {config}")
