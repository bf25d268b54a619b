"""A small LSP client for the tests: starts ``wirelint server`` as a subprocess and speaks
JSON-RPC to it over its standard input and output, as an editor does (Content-Length framing,
requests with ids, notifications, and answers to the server's own requests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable


class LSPClient:
    def __init__(self, cwd: Path | None = None, env: dict | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "wirelint", "server"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
        )
        self.next_id = 0
        self.responses: dict[int, dict] = {}
        self.notifications: list[dict] = []
        self.server_requests: list[dict] = []
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.stderr: list[bytes] = []
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True).start()

    # --- wire -------------------------------------------------------------------------------------
    def _send(self, message: dict) -> None:
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        self.proc.stdin.flush()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            message = json.loads(body.decode("utf-8"))
            with self.cond:
                if "id" in message and "method" in message:  # a request from the server
                    self.server_requests.append(message)
                    self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                elif "id" in message:
                    self.responses[message["id"]] = message
                else:
                    self.notifications.append(message)
                self.cond.notify_all()

    # --- API --------------------------------------------------------------------------------------
    def request(self, method: str, params: Any, timeout: float = 30) -> Any:
        with self.cond:
            self.next_id += 1
            rid = self.next_id
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        with self.cond:
            if not self.cond.wait_for(lambda: rid in self.responses, timeout):
                raise TimeoutError(f"no answer to {method} in {timeout}s; stderr: {b''.join(self.stderr)[-2000:]!r}")
            answer = self.responses.pop(rid)
        if "error" in answer:
            raise RuntimeError(answer["error"])
        return answer.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, predicate: Callable[[dict], bool], timeout: float = 30) -> dict:
        """The first notification (from the start) that satisfies ``predicate``; it is consumed."""
        with self.cond:
            def find():
                for i, n in enumerate(self.notifications):
                    if predicate(n):
                        return i
                return None

            if not self.cond.wait_for(lambda: find() is not None, timeout):
                raise TimeoutError(f"no matching notification in {timeout}s; got {[n.get('method') for n in self.notifications]}")
            return self.notifications.pop(find())

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 30) -> dict:
        return self.wait_for(lambda n: n.get("method") == "textDocument/publishDiagnostics" and n["params"]["uri"] == uri
                             and (version is None or n["params"].get("version") == version), timeout)["params"]

    def published(self, uri: str) -> list[dict]:
        with self.cond:
            return [n["params"] for n in self.notifications
                    if n.get("method") == "textDocument/publishDiagnostics" and n["params"]["uri"] == uri]

    def initialize(self, root: Path, options: dict | None = None, encodings: list[str] | None = None) -> dict:
        caps: dict = {"textDocument": {"publishDiagnostics": {"versionSupport": True},
                                       "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source.fixAll"]}}},
                                       "hover": {"contentFormat": ["markdown", "plaintext"]}},
                      "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}
        if encodings:
            caps["general"] = {"positionEncodings": encodings}
        result = self.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": caps,
                                             "initializationOptions": options or {}})
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str, language: str = "plaintext", version: int = 1) -> str:
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}})
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})

    def close(self, timeout: float = 10) -> int:
        try:
            self.request("shutdown", None, timeout=timeout)
            self.notify("exit", None)
            return self.proc.wait(timeout)
        except Exception:
            self.proc.kill()
            self.proc.wait(5)
            raise
        finally:
            for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                try:
                    stream.close()
                except Exception:
                    pass

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)


def apply_edits(text: str, edits: list[dict], encoding: str = "utf-16") -> str:
    """Apply LSP TextEdits to ``text`` as an editor would (positions in ``encoding`` units)."""
    from wirelint.editor import Positions

    pos = Positions(text, encoding)
    spans = []
    for e in edits:
        r = e["range"]
        spans.append((pos.offset(r["start"]["line"], r["start"]["character"]), pos.offset(r["end"]["line"], r["end"]["character"]), e["newText"]))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def wait_until(check: Callable[[], bool], timeout: float = 10) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return check()
