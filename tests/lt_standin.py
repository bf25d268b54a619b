"""A stand-in LanguageTool server for the tests (127.0.0.1 only; no JVM, no network).

It speaks LanguageTool's HTTP API v2 as language-tool-python and wirelint use it:
``GET /v2/languages``, ``GET /v2/healthcheck`` and ``POST /v2/check`` (form-encoded), with
LanguageTool's JSON shapes, UTF-16 offsets and plain-text error bodies. It finds a few errors
by simple patterns, each reported with a real LanguageTool rule id, category and issue type:

  "a apple"          EN_A_VS_AN (MISC, misspelling)          -> "an"
  "the the"          ENGLISH_WORD_REPEAT_RULE (MISC, duplication) -> "the"
  "he go"            HE_VERB_AGR (GRAMMAR, grammar)           -> "he goes" / "he went"
  "word ,"           COMMA_PARENTHESIS_WHITESPACE (TYPOGRAPHY, whitespace) -> ","
  "goverment"        MORFOLOGIK_RULE_EN_US (TYPOS, misspelling) -> "government"

``mode`` changes how /v2/check answers: ok, slow (``delay`` seconds, then ok), hang (never
within the test), error500, error400, nonjson, badjson (JSON without matches), drop (close the
connection without an answer). Every /v2/check request is recorded in ``requests``.

Run as a script (``python lt_standin.py -p PORT``) it serves until killed; the fake ``java`` of
the local-mode tests starts it that way.
"""

from __future__ import annotations

import json
import os
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "French", "code": "fr", "longCode": "fr"},
]
LONG_CODES = {lang["longCode"] for lang in LANGUAGES} | {lang["code"] for lang in LANGUAGES} | {"auto"}

PATTERNS = [
    (re.compile(r"\b[Aa] (?=[aeiouAEIOU]\w)"), "EN_A_VS_AN", "MISC", "Miscellaneous", "misspelling",
     "Use “an” instead of ‘a’ if the following word starts with a vowel sound.", lambda m: ["an"], (0, 1)),
    (re.compile(r"\b(\w+) \1\b", re.IGNORECASE), "ENGLISH_WORD_REPEAT_RULE", "MISC", "Miscellaneous", "duplication",
     "Possible typo: you repeated a word.", lambda m: [m.group(1)], None),
    (re.compile(r"\b[Hh]e go\b"), "HE_VERB_AGR", "GRAMMAR", "Grammar", "grammar",
     "The pronoun ‘he’ must be used with a third-person verb.", lambda m: ["he goes", "he went"], None),
    (re.compile(r"(?<=\w) ,"), "COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "Typography", "whitespace",
     "Put a space after the comma, but not before the comma.", lambda m: [","], None),
    (re.compile(r"\bgoverment\b"), "MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling",
     "Possible spelling mistake found.", lambda m: ["government"], None),
]


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def find_matches(text: str, params: dict[str, str]) -> list[dict]:
    disabled_cats = set(filter(None, params.get("disabledCategories", "").split(",")))
    disabled_rules = set(filter(None, params.get("disabledRules", "").split(",")))
    enabled_rules = set(filter(None, params.get("enabledRules", "").split(",")))
    only = params.get("enabledOnly") == "true"
    out = []
    for pattern, rule_id, cat, cat_name, issue, message, reps, part in PATTERNS:
        if cat in disabled_cats or rule_id in disabled_rules or (only and rule_id not in enabled_rules):
            continue
        for m in pattern.finditer(text):
            start, end = (m.start(), m.end()) if part is None else (m.start() + part[0], m.start() + part[1])
            off, length = utf16(text, start), utf16(text, end) - utf16(text, start)
            out.append({
                "message": message,
                "shortMessage": "",
                "replacements": [{"value": r} for r in reps(m)],
                "offset": off,
                "length": length,
                "context": {"text": text[max(0, start - 20): end + 20], "offset": min(20, start), "length": length},
                "sentence": text,
                "type": {"typeName": "UnknownWord" if cat == "TYPOS" else "Other"},
                "rule": {"id": rule_id, "description": message, "issueType": issue,
                         "category": {"id": cat, "name": cat_name}},
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            })
    out.sort(key=lambda d: d["offset"])
    return out


class Handler(BaseHTTPRequestHandler):
    server: "StandInServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: str, ctype: str = "application/json") -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/v2/languages":
            self._send(200, json.dumps(LANGUAGES))
        elif path == "/v2/healthcheck":
            self._send(200, "OK", "text/plain")
        else:
            self._send(404, f"Error: unknown path {path}", "text/plain")

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8")
        if path != "/v2/check":
            self._send(404, f"Error: unknown path {path}", "text/plain")
            return
        params = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        srv = self.server
        with srv.lock:
            srv.requests.append(params)
        mode = srv.mode
        if mode == "slow":
            time.sleep(srv.delay)
        elif mode == "hang":
            srv.release.wait(60)
            return
        elif mode == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        elif mode == "error500":
            self._send(500, "Error: Internal Error: java.lang.RuntimeException: checking failed", "text/plain")
            return
        elif mode == "error400":
            self._send(400, "Error: Missing 'text' or 'data' parameter", "text/plain")
            return
        elif mode == "nonjson":
            self._send(200, "<html><body>Bad Gateway</body></html>", "text/html")
            return
        elif mode == "badjson":
            self._send(200, json.dumps({"software": {"name": "LanguageTool"}}))
            return
        language = params.get("language", "")
        if language not in LONG_CODES:
            self._send(400, f"Error: '{language}' is not a language code known to LanguageTool.", "text/plain")
            return
        text = params.get("text", "")
        body = {
            "software": {"name": "LanguageTool", "version": "6.8", "buildDate": "2025-01-01 00:00:00 +0000",
                         "apiVersion": 1, "status": "", "premium": False},
            "warnings": {"incompleteResults": False},
            "language": {"name": "English (US)", "code": language,
                         "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99}},
            "matches": find_matches(text, params),
            "sentenceRanges": [[0, utf16(text, len(text))]],
        }
        self._send(200, json.dumps(body))


class StandInServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, port: int = 0, mode: str = "ok", delay: float = 0.0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.mode = mode
        self.delay = delay
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.release = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> "StandInServer":
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()

    def texts(self) -> list[str]:
        return [r.get("text", "") for r in self.requests]


def main(argv: list[str]) -> None:
    port, mode, pidfile = 0, os.environ.get("LT_STANDIN_MODE", "ok"), os.environ.get("LT_STANDIN_PIDFILE")
    i = 0
    while i < len(argv):
        if argv[i] in ("-p", "--port"):
            port = int(argv[i + 1])
            i += 1
        i += 1
    server = StandInServer(port, mode, float(os.environ.get("LT_STANDIN_DELAY", "0")))
    if pidfile:
        with open(pidfile, "a") as fh:
            fh.write(f"{os.getpid()} {server.server_address[1]}\n")
    server.serve_forever(poll_interval=0.05)


if __name__ == "__main__":
    main(sys.argv[1:])
