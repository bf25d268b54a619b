"""Grammar and spelling checks through a LanguageTool server.

This is the only module that talks to LanguageTool and the only one that imports
``language_tool_python`` (lazily, for ``local`` mode). Importing it costs nothing: no JVM, no
network, no HTTP library until a run actually asks for grammar checks.

How a run uses it (see ``run.py``):

1. ``Session.from_options`` picks the server: ``--languagetool``, else ``$WIRELINT_LANGUAGETOOL``,
   else ``server`` in ``[tool.wirelint.languagetool]`` of the first file linted, else ``off``.
2. ``Session.check(items)`` sends the prose of every document (page chrome and bylines left out),
   paragraph by paragraph, batched, over a bounded thread pool; identical paragraphs are sent
   once per run and cached by content hash (in memory, and on disk when ``cache-dir`` is set).
   LanguageTool's offsets count UTF-16 units; they are converted to code points into
   ``Document.text`` and attached as ``doc.external["languagetool"]``.
3. The rules ``wirelint/rules/wl60N_languagetool_*.py`` (each declares an ``LT_KIND``) turn
   the matches of their kind into Hits; the engine treats them as any other rule.
4. ``Session.dedupe`` drops a LanguageTool finding that repeats a finding of wirelint's own rules.

Any failure (server unreachable, too slow, HTTP error, not LanguageTool's JSON) produces ONE
warning naming the server and what failed; no document gets grammar findings in that run, so
the other findings and the exit code are exactly those of a run without grammar checks.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from wirelint.config import LANGUAGETOOL_ENV, ConfigError
from wirelint.lt_match import EXTERNAL_KEY, KINDS, LTMatch, Utf16Index, categories_of, kind_of_rule, parse_match

ENV_VAR = LANGUAGETOOL_ENV
DEFAULT_TIMEOUT = 10.0  # seconds per request; a request carries about one article
DEFAULT_WORKERS = 4
BATCH_CHARS = 12_000  # code points per request (the public API refuses > 20 000)
DEFAULT_SKIP_ZONES = ("chrome", "byline")
ZONE_NAMES = ("head", "headline", "dateline", "body", "byline", "bio", "chrome")
LOCAL_DOWNLOAD_NOTE = "about 250 MB to download, 400 MB unpacked; needs Java 17 or later"


# --- configuration ------------------------------------------------------------------------------
@dataclass(frozen=True)
class LTConfig:
    """``[tool.wirelint.languagetool]``. ``server``, ``timeout``, ``cache_dir`` and
    ``max_workers`` apply to the whole run; the rest to the files under that config."""

    server: str | None = None
    timeout: float | None = None
    cache_dir: str | None = None
    max_workers: int | None = None
    language: str = "en-US"
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_only: bool = False
    picky: bool = False
    skip_zones: tuple[str, ...] = DEFAULT_SKIP_ZONES


def check_server(value: str, where: str) -> str:
    """``off``, ``local`` or an http(s) URL; returns the normalised form."""
    v = value.strip()
    if v.lower() in ("off", "local"):
        return v.lower()
    from urllib.parse import urlsplit

    candidate = v if "://" in v else "http://" + v
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ConfigError(f"{where}: not a LanguageTool server URL: {value!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: expected off, local or an http(s) URL such as http://localhost:8081, got {value!r}")
    return candidate


def parse_config(value: Any, where: str) -> LTConfig:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table ([tool.wirelint.languagetool])")
    changes: dict[str, Any] = {}
    lists = ("enabled_rules", "disabled_rules", "enabled_categories", "disabled_categories", "skip_zones")
    for key, item in value.items():
        k = key.replace("-", "_")
        at = f"{where}.{key}"
        if k == "server":
            if not isinstance(item, str):
                raise ConfigError(f"{at}: expected a string (off, local or a URL)")
            changes[k] = check_server(item, at)
        elif k == "timeout":
            if isinstance(item, bool) or not isinstance(item, (int, float)) or item <= 0:
                raise ConfigError(f"{at}: expected a positive number of seconds")
            changes[k] = float(item)
        elif k == "max_workers":
            if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= 64:
                raise ConfigError(f"{at}: expected a number of threads from 1 to 64")
            changes[k] = item
        elif k in ("cache_dir", "language"):
            if not isinstance(item, str) or not item.strip():
                raise ConfigError(f"{at}: expected a string")
            changes[k] = item.strip()
        elif k in ("enabled_only", "picky"):
            if not isinstance(item, bool):
                raise ConfigError(f"{at}: expected true or false")
            changes[k] = item
        elif k in lists:
            items = [item] if isinstance(item, str) else item
            if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
                raise ConfigError(f"{at}: expected a list of strings")
            items = [i.strip() for i in items]
            if k == "skip_zones":
                unknown = [z for z in items if z not in ZONE_NAMES]
                if unknown:
                    raise ConfigError(f"{at}: unknown zone {unknown[0]!r} (zones: {', '.join(ZONE_NAMES)})")
            elif k.endswith("categories"):
                items = [i.upper() for i in items]
            changes[k] = tuple(items)
        else:
            known = "server, timeout, cache-dir, max-workers, language, enabled-rules, disabled-rules, enabled-categories, disabled-categories, enabled-only, picky, skip-zones"
            raise ConfigError(f"{at}: unknown key (known: {known})")
    return replace(LTConfig(), **changes)




def config_of(settings) -> LTConfig:
    table = settings.table("languagetool") if settings is not None else None
    return table if isinstance(table, LTConfig) else LTConfig()


# --- segments: the prose that is sent -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # code-point offset into doc.text
    text: str


def _sanitize(text: str) -> str:
    # Lone surrogates cannot be sent as UTF-8; U+FFFD keeps both code-point and UTF-16 lengths.
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def _split_long(start: int, text: str, limit: int) -> Iterable[Segment]:
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut + 1 if cut > limit // 2 else limit
        yield Segment(start, text[:cut])
        start, text = start + cut, text[cut:]
    if text.strip():
        yield Segment(start, text)


def segments(doc, skip_zones: Iterable[str] = DEFAULT_SKIP_ZONES, limit: int = BATCH_CHARS) -> list[Segment]:
    """Runs of consecutive non-blank lines outside the skipped zones: each an exact slice of
    ``doc.text``, so a code-point offset in a segment plus its start is an offset in the file."""
    skip = set(skip_zones)
    text = doc.text
    out: list[Segment] = []
    run_start = run_end = None
    for line in doc.lines:
        keep = not doc.is_blank(line) and not (skip and doc.zone_at(line.start) in skip)
        if keep:
            if run_start is None:
                run_start = line.start
            run_end = line.end
        elif run_start is not None:
            out.extend(_split_long(run_start, text[run_start:run_end], limit))
            run_start = None
    if run_start is not None:
        out.extend(_split_long(run_start, text[run_start:run_end], limit))
    return out


# --- the HTTP side ------------------------------------------------------------------------------
class LTFailure(Exception):
    """Why the server could not be used, worded to follow the server's label and a colon."""


def base_url(url: str) -> str:
    """``http://host:8081``, ``…/`` and ``…/v2`` all name the same server."""
    u = url.rstrip("/")
    if u.endswith("/v2"):
        u = u[: -len("/v2")]
    return u


def _opener(url: str):
    import urllib.request
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    if host in ("localhost", "::1") or host.startswith("127."):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def post_check(base: str, params: Mapping[str, str], timeout: float) -> dict:
    """POST /v2/check; the parsed answer, or LTFailure. Never waits longer than ``timeout`` for
    the connection or for any read."""
    import http.client
    import socket
    import urllib.error
    import urllib.parse
    import urllib.request

    url = base + "/v2/check"
    data = urllib.parse.urlencode(params).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/json", "User-Agent": "wirelint"})
    try:
        with _opener(base).open(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        detail = ""
        try:
            detail = exc.read(400).decode("utf-8", "replace").strip().splitlines()[0][:200]
        except Exception:  # noqa: BLE001 - the status is enough
            pass
        raise LTFailure(f"answered HTTP {exc.code}" + (f": {detail}" if detail else "")) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise LTFailure(f"no answer within {timeout:g} s (timeout)") from None
        if isinstance(reason, ConnectionRefusedError):
            raise LTFailure("connection refused (is the server running?)") from None
        raise LTFailure(f"cannot connect: {getattr(reason, 'strerror', None) or reason}") from None
    except (socket.timeout, TimeoutError):
        raise LTFailure(f"no answer within {timeout:g} s (timeout)") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise LTFailure(f"closed the connection without a complete answer ({type(exc).__name__})") from None
    except OSError as exc:
        raise LTFailure(f"connection failed: {exc.strerror or exc}") from None
    try:
        answer = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        snippet = body[:60].decode("utf-8", "replace").strip()
        raise LTFailure(f"answered with something that is not JSON: {snippet!r}") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
        raise LTFailure("answered with JSON that is not a LanguageTool check result (no 'matches' list)")
    return answer


# --- the cache ----------------------------------------------------------------------------------
class Cache:
    """Matches per segment, keyed by a hash of the request parameters and the segment text."""

    VERSION = "1"

    def __init__(self, directory: Path | None = None) -> None:
        self.memory: dict[str, list[LTMatch]] = {}
        self.directory = directory
        self.lock = threading.Lock()

    @staticmethod
    def key(params: tuple[tuple[str, str], ...], text: str) -> str:
        h = hashlib.sha256()
        h.update(json.dumps([Cache.VERSION, params], ensure_ascii=True).encode())
        h.update(b"\0")
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def get(self, key: str) -> list[LTMatch] | None:
        with self.lock:
            found = self.memory.get(key)
        if found is not None or self.directory is None:
            return found
        path = self.directory / f"{key}.json"
        try:
            data = json.loads(path.read_text("utf-8"))
            found = [LTMatch.from_json(d) for d in data]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        with self.lock:
            self.memory[key] = found
        return found

    def put(self, key: str, matches: list[LTMatch]) -> None:
        with self.lock:
            self.memory[key] = matches
        if self.directory is None:
            return
        try:
            import tempfile

            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump([m.to_json() for m in matches], fh, ensure_ascii=False)
            os.replace(tmp, self.directory / f"{key}.json")
        except OSError:
            pass  # a cache that cannot be written only costs speed


# --- servers ------------------------------------------------------------------------------------
class RemoteServer:
    """A server someone else runs (the recommended production set-up)."""

    def __init__(self, url: str) -> None:
        self.base = base_url(url)
        self.label = f"LanguageTool server {self.base}"

    def start(self, language: str, timeout: float, note: Callable[[str], None]) -> str:
        return self.base

    def close(self) -> None:
        pass


class LocalServer:
    """A server language-tool-python downloads (first use) and starts for this run only."""

    label = "local LanguageTool server"  # "<label>: <what failed>" in the one warning

    def __init__(self) -> None:
        self.tool = None
        self.processes: list = []
        self._closed = False

    def start(self, language: str, timeout: float, note: Callable[[str], None]) -> str:
        try:
            import language_tool_python
            from language_tool_python import download_lt, server, utils
        except Exception as exc:  # noqa: BLE001
            raise LTFailure(f"language-tool-python is not usable: {exc}") from None
        version = download_lt.LTP_DOWNLOAD_VERSION
        if not os.environ.get(utils.LTP_JAR_DIR_PATH_ENV_VAR):
            folder = Path(os.environ.get(utils.LTP_PATH_ENV_VAR) or Path.home() / ".cache" / "language_tool_python")
            if not (folder / f"LanguageTool-{version}").is_dir():
                note(f"downloading LanguageTool {version} into {folder} (first use only; {LOCAL_DOWNLOAD_NOTE})")
        note(f"starting a local LanguageTool {version} server (Java); this takes a few seconds")

        class Bounded(language_tool_python.LanguageTool):
            _TIMEOUT = max(timeout, 30.0)  # its own calls (/v2/languages), not the 300 s default

        before = set(map(id, server.RUNNING_SERVER_PROCESSES))
        self.label = f"local LanguageTool {version} server"
        import atexit

        atexit.register(self.close)
        try:
            self.tool = Bounded(language)
        except (Exception, SystemExit) as exc:  # SystemExit: unparsable `java -version`
            self._adopt(server, before)
            self.close()
            raise LTFailure(f"could not be started: {_describe_start_error(exc)}") from None
        except BaseException:  # Ctrl-C while it starts: no JVM may outlive the run
            self._adopt(server, before)
            self.close()
            raise
        self._adopt(server, before)
        url = self.tool.url  # http://127.0.0.1:PORT/v2/
        self.label = f"local LanguageTool {version} server at {base_url(url)}"
        return base_url(url)

    def _adopt(self, server, before: set[int]) -> None:
        # Every JVM the client started for us, including one it gave up on and replaced when
        # the first took more than 15 s (its close() would only stop the replacement).
        self.processes.extend(p for p in list(server.RUNNING_SERVER_PROCESSES) if id(p) not in before and p not in self.processes)

    def close(self) -> None:
        if self._closed:
            return
        tool, self.tool = self.tool, None
        if tool is not None:
            try:
                tool.close()
            except Exception:  # noqa: BLE001
                pass
        for proc in self.processes:
            if proc.poll() is None:
                try:
                    proc.kill()
                    proc.wait(timeout=5)
                except Exception:  # noqa: BLE001
                    pass
            try:
                from language_tool_python import server

                if proc in server.RUNNING_SERVER_PROCESSES:
                    server.RUNNING_SERVER_PROCESSES.remove(proc)
            except Exception:  # noqa: BLE001
                pass
        if tool is not None or self.processes:
            self._closed = True


def _describe_start_error(exc: BaseException) -> str:
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else name
    if name == "ModuleNotFoundError" or "java" in text.lower() and "no java" in text.lower():
        return "no Java found on PATH (LanguageTool needs Java 17 or later)"
    if name in ("ConnectionError", "PathError", "TimeoutError") or "download" in text.lower():
        return f"LanguageTool could not be downloaded ({text})"
    return f"{name}: {text}"


def make_server(spec: str):
    if spec == "local":
        return LocalServer()
    return RemoteServer(spec)


# --- the session --------------------------------------------------------------------------------
@dataclass
class RunOptions:
    """What the command line says about LanguageTool for this run."""

    server: str | None = None
    require: bool = False
    timeout: float | None = None


@dataclass
class _Job:
    params: tuple[tuple[str, str], ...]
    keys: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    size: int = 0


class Session:
    """Grammar checks for one run: one server, one pool, one cache, at most one warning."""

    def __init__(self, server_spec: str, *, timeout: float, require: bool = False, warn: Callable[[str], None] = print,
                 cache_dir: Path | None = None, max_workers: int = DEFAULT_WORKERS, batch_chars: int = BATCH_CHARS) -> None:
        self.spec = server_spec
        self.timeout = timeout
        self.require = require
        self.warn = warn
        self.cache = Cache(cache_dir)
        self.max_workers = max_workers
        self.batch_chars = batch_chars
        self.server = make_server(server_spec)
        self.failure: str | None = None
        self.requests = 0
        self.active = False  # true once matches were attached to at least one document

    # construction ------------------------------------------------------------------------------
    @classmethod
    def from_options(cls, options: RunOptions | None, first_settings, warn: Callable[[str], None] = print) -> "Session | None":
        """The session for a run, or None when grammar checks are off (the default)."""
        options = options or RunOptions()
        cfg = config_of(first_settings)
        spec = options.server or os.environ.get(ENV_VAR) or cfg.server or "off"
        where = "--languagetool" if options.server else (f"${ENV_VAR}" if os.environ.get(ENV_VAR) else "[tool.wirelint.languagetool] server")
        spec = check_server(spec, where)
        if spec == "off":
            if options.require:
                raise ConfigError("--require-languagetool needs a server: --languagetool URL or local (or $WIRELINT_LANGUAGETOOL)")
            return None
        timeout = options.timeout or cfg.timeout or DEFAULT_TIMEOUT
        cache_dir = None
        if cfg.cache_dir:
            root = getattr(first_settings, "root", Path.cwd())
            cache_dir = (Path(root) / os.path.expanduser(cfg.cache_dir)).resolve()
        return cls(spec, timeout=timeout, require=options.require, warn=warn, cache_dir=cache_dir,
                   max_workers=cfg.max_workers or DEFAULT_WORKERS)

    # requests ----------------------------------------------------------------------------------
    @staticmethod
    def params_for(cfg: LTConfig, kinds: set[str]) -> tuple[tuple[str, str], ...]:
        """The /v2/check parameters (without ``text``) for a file's config and active kinds.
        Categories that only feed rules not running are switched off at the server."""
        disabled = set(cfg.disabled_categories)
        enabled = set(cfg.enabled_categories)
        for kind in KINDS:
            if kind not in kinds:
                disabled.update(c for c in categories_of(kind) if c not in enabled)
        params = [("language", cfg.language)]
        if cfg.enabled_rules:
            params.append(("enabledRules", ",".join(cfg.enabled_rules)))
        if cfg.disabled_rules:
            params.append(("disabledRules", ",".join(cfg.disabled_rules)))
        if enabled:
            params.append(("enabledCategories", ",".join(sorted(enabled))))
        if disabled:
            params.append(("disabledCategories", ",".join(sorted(disabled))))
        if cfg.enabled_only:
            params.append(("enabledOnly", "true"))
        if cfg.picky:
            params.append(("level", "picky"))
        return tuple(params)

    def check(self, items: Iterable[tuple[Any, Any, Sequence[Any]]]) -> None:
        """Check every ``(doc, settings, rules)`` and attach the matches to each doc — or, on any
        failure, to none of them, after one warning."""
        plans = []  # (doc, [(segment, key)])
        jobs: dict[tuple, list[_Job]] = {}
        pending: set[str] = set()
        for doc, settings, rules in items:
            kinds = {k for k in (kind_of_rule(r) for r in rules) if k}
            if not kinds:
                continue  # no grammar rule selected for this file: nothing to ask
            cfg = config_of(settings)
            params = self.params_for(cfg, kinds)
            plan = []
            for seg in segments(doc, cfg.skip_zones, self.batch_chars):
                text = _sanitize(seg.text)
                key = self.cache.key(params, text)
                plan.append((seg, key))
                if key in pending or self.cache.get(key) is not None:
                    continue
                pending.add(key)
                group = jobs.setdefault(params, [_Job(params)])
                job = group[-1]
                if job.texts and job.size + len(text) > self.batch_chars:
                    job = _Job(params)
                    group.append(job)
                job.keys.append(key)
                job.texts.append(text)
                job.size += len(text) + 2
            plans.append((doc, plan))
        if not plans:
            return
        all_jobs = [j for group in jobs.values() for j in group]
        if all_jobs:
            try:
                base = self.server.start(self._language(jobs), self.timeout, self.warn)
            except LTFailure as exc:
                self._fail(str(exc))
                return
            self._run_jobs(base, all_jobs)
        if self.failure is not None:
            return
        for doc, plan in plans:
            found: list[LTMatch] = []
            for seg, key in plan:
                cached = self.cache.get(key)
                if cached is None:  # cannot happen without a failure; be safe
                    continue
                found.extend(m.moved(seg.start) for m in cached)
            _attach(doc, found)
        self.active = True

    @staticmethod
    def _language(jobs: dict) -> str:
        for params in jobs:
            return dict(params).get("language", "en-US")
        return "en-US"

    def _run_jobs(self, base: str, jobs: list[_Job]) -> None:
        if len(jobs) == 1 or self.max_workers == 1:
            for job in jobs:
                if self.failure is not None:
                    break
                self._run_job(base, job)
            return
        # Daemon threads, not a ThreadPoolExecutor: on Ctrl-C the run must not wait at exit for
        # requests still hanging on a slow server.
        import queue

        todo: "queue.SimpleQueue[_Job]" = queue.SimpleQueue()
        for job in jobs:
            todo.put(job)

        def worker() -> None:
            while True:
                try:
                    job = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    self._run_job(base, job)
                except Exception as exc:  # noqa: BLE001 - a bug here must not hang the run
                    self._fail(f"unexpected {type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=worker, name="wirelint-lt", daemon=True) for _ in range(min(self.max_workers, len(jobs)))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def _run_job(self, base: str, job: _Job) -> None:
        if self.failure is not None:  # the circuit is open: one failure stops the run's requests
            return
        text = "\n\n".join(job.texts)
        with self.cache.lock:
            self.requests += 1
        try:
            answer = post_check(base, dict(job.params) | {"text": text}, self.timeout)
        except LTFailure as exc:
            self._fail(str(exc))
            return
        # Split the answer back into segments (UTF-16 offsets over the joined text).
        index = Utf16Index(text)
        starts, pos = [], 0
        for t in job.texts:
            starts.append(pos)
            pos += len(t) + 2
        per: list[list[LTMatch]] = [[] for _ in job.texts]
        for raw in answer["matches"]:
            parsed = parse_match(raw, index, len(text))
            if parsed is None:
                continue
            start, end, m = parsed
            i = bisect.bisect_right(starts, start) - 1
            if i < 0:
                continue
            seg_start, seg_end = starts[i], starts[i] + len(job.texts[i])
            if start >= seg_end and not (start == end == seg_end):
                continue  # in the separator
            end = min(end, seg_end)
            per[i].append(replace(m, start=start - seg_start, end=end - seg_start))
        for key, found in zip(job.keys, per):
            self.cache.put(key, found)

    def _fail(self, what: str) -> None:
        with self.cache.lock:
            if self.failure is not None:
                return
            self.failure = f"{self.server.label}: {what}"
        if not self.require:
            self.warn(f"warning: {self.failure}; grammar checks skipped")

    # after linting -----------------------------------------------------------------------------
    def dedupe(self, findings: list, rules: Sequence[Any]) -> list:
        """Drop a LanguageTool finding where one of wirelint's own rules reports the same span."""
        lt_codes = {r.code for r in rules if kind_of_rule(r)}
        if not lt_codes:
            return findings
        own = [(f.start, f.end) for f in findings if f.code not in lt_codes]
        if not own:
            return findings
        return [f for f in findings if f.code not in lt_codes or not any(same_spot(f.start, f.end, s, e) for s, e in own)]

    def error(self) -> str | None:
        """The run error for ``--require-languagetool`` (None when all went well)."""
        return f"{self.failure} (--require-languagetool)" if self.require and self.failure else None

    def close(self) -> None:
        self.server.close()


def same_spot(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Do a LanguageTool span ``a`` and a wirelint span ``b`` point at the same defect? They do
    when they overlap by at least half of the shorter one ("others␣," and "␣"; "the the" and the
    second "the"), or an empty span sits inside or at the edge of the other."""
    if a_start == a_end or b_start == b_end:
        return b_start <= a_start <= b_end if a_start == a_end else a_start <= b_start <= a_end
    overlap = min(a_end, b_end) - max(a_start, b_start)
    return overlap > 0 and 2 * overlap >= min(a_end - a_start, b_end - b_start)


def _attach(doc, matches: list[LTMatch]) -> None:
    external = getattr(doc, "external", None)
    if external is None:
        try:
            doc.external = external = {}
        except AttributeError:
            return
    matches.sort(key=lambda m: (m.start, m.end, m.rule_id))
    external[EXTERNAL_KEY] = matches


