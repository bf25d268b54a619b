"""Batches: worker processes keep the output order, the cache reuses findings, JSON lines in
and out for pipelines, and the per-article function maps over a process pool."""

from __future__ import annotations

import json
import multiprocessing
import pickle

from wirelint.api import lint_article

ARTICLE = "Officials met on Monday , the ministry said.\n"


def _folder(tmp_path, n=12):
    for i in range(n):
        (tmp_path / f"a{i:02d}.txt").write_text(("Fine text. " * i) + ARTICLE, encoding="utf-8")
    return tmp_path


def test_jobs_keep_output_identical_and_ordered(cli, tmp_path):
    folder = _folder(tmp_path)
    one = cli("check", "--jobs", "1", "--output-format", "json", str(folder))
    two = cli("check", "--jobs", "2", "--output-format", "json", str(folder))
    assert one.code == two.code == 1
    assert one.json() == two.json()
    paths = [f["path"] for f in two.json()["findings"]]
    assert paths == sorted(paths) and len(paths) == 12


def test_cache_dir_reuses_findings(cli, tmp_path):
    (tmp_path / "articles").mkdir()
    folder = _folder(tmp_path / "articles", 3)
    cache = tmp_path / "cache"
    first = cli("check", "--cache-dir", str(cache), "--output-format", "json", str(folder))
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 3
    # A cache entry is what the next run reports for the unchanged file: prove it is read.
    for e in entries:
        data = json.loads(e.read_text())
        for d in data:
            d["message"] = "from the cache"
        e.write_text(json.dumps(data))
    second = cli("check", "--cache-dir", str(cache), "--output-format", "json", str(folder))
    assert {f["message"] for f in second.json()["findings"]} == {"from the cache"}
    assert len(second.json()["findings"]) == len(first.json()["findings"])
    # A changed file is linted afresh.
    (folder / "a00.txt").write_text("Changed , text.\n", encoding="utf-8")
    third = cli("check", "--cache-dir", str(cache), "--output-format", "json", str(folder / "a00.txt"))
    assert third.json()["findings"][0]["message"].startswith("Space before comma")


def test_jsonl_in_and_out(cli, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "x1", "text": ARTICLE, "source": "wire"}) + "\n"
        + json.dumps({"id": "x2", "text": "Clean copy."}) + "\n",
        encoding="utf-8",
    )
    r = cli("check", "--input-format", "jsonl", str(feed))
    lines = [json.loads(l) for l in r.out.splitlines()]
    assert [l["id"] for l in lines] == ["x1", "x2"]
    assert lines[0]["source"] == "wire" and "text" not in lines[0]
    assert [f["code"] for f in lines[0]["findings"]] == ["WL301"] and lines[1]["findings"] == []
    assert r.code == 1


def test_jsonl_bad_line_is_reported_and_the_rest_linted(cli):
    data = b'{"id": 1, "text": "a , b"}\n[1, 2]\nnot json\n{"id": 2, "text": "ok"}\n'
    r = cli("check", "--input-format", "jsonl", "--jobs", "2", "-", stdin=data)
    lines = [json.loads(l) for l in r.out.splitlines()]
    assert [l.get("id", l.get("line")) for l in lines] == [1, 2, 3, 2]
    assert "expected a JSON object" in lines[1]["error"] and "invalid JSON" in lines[2]["error"]
    assert r.code == 2 and r.err.count("wirelint: error:") == 2


def test_lint_article_maps_over_a_process_pool():
    records = [{"id": i, "text": ARTICLE if i % 2 else "Clean.", "n": i} for i in range(6)]
    assert pickle.loads(pickle.dumps(lint_article)) is lint_article
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        out = pool.map(lint_article, records)
    assert [len(o["findings"]) for o in out] == [0, 1, 0, 1, 0, 1]
    assert [o["n"] for o in out] == list(range(6))
