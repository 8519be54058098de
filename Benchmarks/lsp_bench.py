#!/usr/bin/env python3
"""`make bench`, language server: the time from a `didChange` to the `publishDiagnostics` that answers it, for
a 280-character post (goal: under 5 ms) and for a 500-row CSV queue (README, "Performance").

    lsp_bench.py [CANDOR]

One `candor lsp` process, driven over stdio as an editor drives it: the document is opened, then edited
many times with an incremental change that swaps one word back and forth (a finding comes and goes), and
each change is timed until the diagnostics of its version arrive. The median and the 95th percentile are
printed; the first edits, which load the rules, are not counted. Speed is measured here, never asserted.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CANDOR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CANDOR", ".build/release/candor")
CANDOR = os.path.abspath(CANDOR) if "/" in CANDOR else CANDOR  # the server runs in a folder of its own
WARMUP, EDITS = 20, 200


def post_280() -> str:
    text = ("Shipped the new export today. We leverage the same sync engine, so your drafts move with you. "
            "@maria, @sam: does the CSV import still choke on quoted commas? Tell me what breaks and I will "
            "fix it this week. Notes: https://example.com/notes #export #sync ok?")
    text = (text + " " * 280)[:280]
    assert len(text) == 280
    return text + "\n"


def queue_500() -> str:
    rows = ["text,platform"]
    for index in range(500):
        if index % 3 == 0:
            body = f"We are pleased to announce release {index}! Learn more: https://example.com/r/{index}"
        elif index % 3 == 1:
            body = f"@sam thanks for the report on #{index}, does the fix work for you now?"
        else:
            body = f"Our industry-leading platform helps teams leverage synergy at scale. Post {index}."
        rows.append(f"\"{body}\",x")
    return "\n".join(rows) + "\n"


class Server:
    def __init__(self, folder: Path):
        env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "xdg"))
        self.process = subprocess.Popen([CANDOR, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=folder)
        self.next_id = 1

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self) -> dict:
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                sys.exit("candor lsp closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method: str, params) -> dict:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.next_id:
                return message

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri: str, version: int) -> list:
        while True:
            message = self.receive()
            params = message.get("params") or {}
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri \
                    and params.get("version") == version:
                return params["diagnostics"]

    def close(self) -> None:
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=30)


def measure(server: Server, path: Path, text: str, language: str, word: str) -> list[float]:
    """Seconds from each didChange to its diagnostics, swapping `word` (the first occurrence) with a word
    of the same length that no rule flags."""
    uri = path.as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}})
    server.diagnostics(uri, 1)
    line_index = next(i for i, line in enumerate(text.split("\n")) if word in line)
    column = text.split("\n")[line_index].index(word)  # ASCII text: UTF-16 units are characters
    plain = "x" * len(word)
    times = []
    for version in range(2, WARMUP + EDITS + 2):
        new = plain if version % 2 == 0 else word
        change = {"range": {"start": {"line": line_index, "character": column},
                            "end": {"line": line_index, "character": column + len(word)}}, "text": new}
        start = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        server.diagnostics(uri, version)
        if version >= WARMUP + 2:
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="candor-lsp-bench-") as name:
        folder = Path(name)
        (folder / ".candor.yml").write_text("packs: [Candor]\n")
        server = Server(folder)
        server.request("initialize", {"processId": os.getpid(), "capabilities": {}})
        server.notify("initialized", {})
        cases = [("280-character post", folder / "post.md", post_280(), "markdown", "leverage"),
                 ("500-row CSV queue", folder / "queue.csv", queue_500(), "csv", "leverage")]
        print(f"candor lsp: didChange to publishDiagnostics, {EDITS} edits after {WARMUP} warm-up ({CANDOR})")
        print()
        print("| document | median | p95 |")
        print("| --- | ---: | ---: |")
        for label, path, text, language, word in cases:
            times = sorted(measure(server, path, text, language, word))
            median, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
            print(f"| {label} | {median * 1000:.2f} ms | {p95 * 1000:.2f} ms |")
        server.close()


if __name__ == "__main__":
    main()
