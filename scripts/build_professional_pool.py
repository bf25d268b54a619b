"""Build benchmarks/data/professional.jsonl.gz: openly licensed professional English news.

The pool is labelled "not machine-translated" copy for fitting and measuring the article
verdict (issue 16). It is built from two stored public sources, both checkable:

* Wikinews (CC BY 2.5): the CSV files of the GitHub repository vanatteveldt/wikinews
  (data/wikinews_2019.csv, data/wikinews_2020.csv), a scrape of every English Wikinews article
  filed under the categories of 2019 and 2020 (columns url, date, title, text).
* The White House briefing room (public domain, 17 U.S.C. 105): the markdown files of the GitHub
  repository brian14708/wh-briefings (one file per page, YAML front matter with title, date and
  source_url).

Usage (paths are a checkout or an unpacked `git archive` of each repository):

    python scripts/build_professional_pool.py \
        --wikinews path/to/wikinews/data/wikinews_2019.csv path/to/wikinews/data/wikinews_2020.csv \
        --whitehouse path/to/wh-briefings \
        --out benchmarks/data/professional.jsonl.gz

Articles already in tests/corpus/clean (matched by URL) are left out, so the pool and the clean
corpus never share an article. The selection is deterministic (sorted paths, fixed strides), so
the same inputs give the same file. The text conversion is mechanical: the scrape's paragraphs
are kept, hard-wrapped lines are joined, runs of spaces are collapsed (what a browser shows),
markdown markup is removed, list items become lines starting with "• " and HTML table rows
become tab-separated lines (what a browser copies). Words and punctuation are not changed.
Only the standard library and PyYAML (already a dependency of the test tools) are used.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import html
import io
import json
import re
import sys
from pathlib import Path

WIKINEWS_LICENCE = "CC BY 2.5 (Wikinews contributors; https://creativecommons.org/licenses/by/2.5/)"
WH_LICENCE = "public domain (U.S. government work, 17 U.S.C. 105)"

# ---------------------------------------------------------------------------------------------
# Wikinews

DATELINE_RE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"(January|February|March|April|May|June|July|August|September|October|November|December) "
    r"\d{1,2}, \d{4}$"
)
SPACES_RE = re.compile(r" {2,}")
SPEAKER_RE = re.compile(r"\(\(([^()\n]{1,40})\)\)(?= )")
SENTENCE_END = tuple('.!?:;"”’)]')
# Wikinews marks a quotation in another language with a visible "((xx))" tag followed by a
# screen-reader label ("Hungarian language:") and a zero-width joiner; the scrape kept the
# hidden label. Drop the label, keep the tag and the quotation.
LANG_LABEL_RE = re.compile(r"(?<=\(\([a-z]{2}\)\))[A-Z][A-Za-z ]{1,40} language: \u200d")


def _join_soft_lines(lines: list[str]) -> list[str]:
    """Join a line to the previous one when the break is a soft wrap of the wikitext source."""
    out: list[str] = []
    for line in lines:
        if out and line and not out[-1].endswith(SENTENCE_END) and line[0].islower():
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def wikinews_paragraphs(text: str) -> list[str]:
    """The scraped article as a list of paragraphs (a paragraph may hold several lines)."""
    paragraphs: list[str] = []
    text = LANG_LABEL_RE.sub("", text)
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [ln.strip(" \t\u00a0") for ln in block.split("\n")]
        lines = [SPACES_RE.sub(" ", ln) for ln in lines if ln]
        if not lines:
            continue
        if not paragraphs and DATELINE_RE.match(lines[0]) and len(lines) > 1:
            paragraphs.append(lines[0])
            lines = lines[1:]
        paragraphs.append("\n".join(_join_soft_lines(lines)))
    # A pull quote's attribution ("—Name") whose quotation the scrape lost is page furniture
    # without its content: drop it.
    return [p for p in paragraphs if not (p.startswith("—") and len(p) < 120 and "\n" not in p)]


def load_wikinews(paths: list[Path]) -> list[dict]:
    csv.field_size_limit(1 << 30)
    records = []
    for path in paths:
        data = path.read_text(encoding="utf-8")
        for row in csv.DictReader(io.StringIO(data, newline="")):
            title = row["title"].strip()
            if title.startswith("TEST PAGE"):
                continue
            url = row["url"].replace("wikinews.org//wiki/", "wikinews.org/wiki/")
            paragraphs = wikinews_paragraphs(row["text"])
            labels = {m.group(1) for p in paragraphs for m in [SPEAKER_RE.match(p)] if m}
            if len(labels) == 1:
                # An interview whose answers the scrape lost (only the interviewer's label is
                # left): the questions alone are no article.
                continue
            records.append(
                {
                    "publisher": "Wikinews",
                    "url": url,
                    "date": row["date"],
                    "licence": WIKINEWS_LICENCE,
                    "title": title,
                    "paragraphs": paragraphs,
                    "genre": _wikinews_genre(title, paragraphs),
                }
            )
    return records


def _wikinews_genre(title: str, paragraphs: list[str]) -> str:
    if any(p.startswith("((") for p in paragraphs) or "interview" in title.lower():
        return "interview"
    return "news"


# ---------------------------------------------------------------------------------------------
# White House markdown

LINK_RE = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&%|<>~'\" ])")
TAG_RE = re.compile(r"</?(?:u|s|sup|sub|em|strong|b|i|span|a)\b[^>]*>")
BR_RE = re.compile(r"<br\s*/?>")
EMPH_RE = re.compile(r"\*{1,3}|(?<![\w\\])_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")
BULLET_RE = re.compile(r"^( *)[-*+] {1,4}(?=\S)")
NUMBERED_RE = re.compile(r"^( *)(\d{1,2})\. {1,3}(?=\S)")
ROW_RE = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S)
CELL_RE = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.S)


def _inline(text: str) -> str:
    text = LINK_RE.sub(r"\1", text)
    text = BR_RE.sub("\n", text)
    text = TAG_RE.sub("", text)
    text = text.replace("\\\n", "\n")
    text = EMPH_RE.sub("", text)
    text = ESCAPE_RE.sub(r"\1", text)
    text = html.unescape(text)
    text = re.sub(r"[ \t\u00a0]{2,}", " ", text)  # the site's double spaces after full stops
    return "\n".join(ln.strip(" \t\u00a0") for ln in text.split("\n"))


def _table_lines(table_html: str) -> list[str]:
    rows = []
    for row in ROW_RE.findall(table_html):
        cells = [
            re.sub(r"\s+", " ", _inline(re.sub(r"\s+", " ", c))).strip() for c in CELL_RE.findall(row)
        ]
        if any(cells):  # layout tables of empty cells carry nothing
            rows.append("\t".join(cells))
    return rows


def wh_paragraphs(body: str) -> list[str]:
    """Markdown body of a briefing-room page as plain-text paragraphs."""
    body = body.replace("\r", "")
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)  # pandoc's list separators
    tables: list[list[str]] = []

    def keep_table(m: re.Match) -> str:
        tables.append(_table_lines(m.group(0)))
        return f"\n\n@@TABLE{len(tables) - 1}@@\n\n"

    body = re.sub(r"<table\b.*?</table>", keep_table, body, flags=re.S)
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t\u00a0]*\n", body):
        if not block.strip(" \t\n\u00a0"):
            continue
        m = re.fullmatch(r"\s*@@TABLE(\d+)@@\s*", block)
        if m:
            rows = tables[int(m.group(1))]
            if rows:
                paragraphs.append("\n".join(rows))
            continue
        items: list[str] = []
        current: list[str] = []
        is_list = False
        for raw in block.split("\n"):
            line = raw.rstrip()
            bullet = BULLET_RE.match(line) or NUMBERED_RE.match(line)
            if bullet:
                if current:
                    items.append(" ".join(current))
                is_list = True
                marker = "• " if BULLET_RE.match(line) else bullet.group(2) + ". "
                current = [marker + line[bullet.end():].strip()]
            else:
                # A markdown hard break (two spaces at the end of a line) is kept as a line
                # break: it separates a location from its city, a name from a title.
                hard = raw.endswith("  ") and raw.strip(" \t\u00a0")
                current.append(line.strip(" \t\u00a0") + ("\n" if hard else ""))
        if current:
            items.append(" ".join(x for x in current if x).replace("\n ", "\n").strip())
        text = "\n".join(items) if is_list else " ".join(items)
        text = re.sub(r"^#{1,6} +", "", text)
        text = re.sub(r" *#{3,}$", "", text)
        text = _inline(text).strip()
        if text and text not in ("###", "\\"):
            paragraphs.append(text)
    return paragraphs


def parse_wh_file(path: Path) -> dict | None:
    import yaml  # imported here: only this source needs it

    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---"):
        return None
    _, front, body = raw.split("---", 2)
    meta = yaml.safe_load(front)
    url = meta.get("source_url")
    title = re.sub(r"\s+", " ", str(meta.get("title", "")).replace("\u00a0", " ")).strip()
    if not url or not title:
        return None
    date = str(meta.get("date"))[:10]
    category = path.parent.parent.name
    return {
        "publisher": "The White House",
        "url": url,
        "date": date,
        "licence": WH_LICENCE,
        "title": title,
        "paragraphs": wh_paragraphs(body),
        "genre": category,
        "path": str(path),
    }


WH_CATEGORIES = {
    # category: how many pages to take (every k-th page in path order)
    "statements-releases": 50,
    "briefings-statements": 25,
    "speeches-remarks": 40,
    "fact-sheets": 25,
    "press-briefings": 10,
}
WH_SKIP_TITLE = re.compile(
    r"ICYMI|What They Are Saying|WHAT THEY ARE SAYING|Wins|Round ?[Uu]p|MEMORANDUM|Nominations Sent|"
    r"Announces (Key|Additional|Intent)|Bill Signed|Bills Signed|Press Release on Bill|Executive Order"
)


def load_whitehouse(root: Path) -> list[dict]:
    records = []
    for category, wanted in WH_CATEGORIES.items():
        files = sorted((root / category).glob("*/*.md"))
        parsed = []
        for path in files:
            rec = parse_wh_file(path)
            if rec is None or WH_SKIP_TITLE.search(rec["title"]):
                continue
            words = sum(len(p.split()) for p in rec["paragraphs"])
            if not 150 <= words <= 2500:
                continue
            parsed.append(rec)
        if not parsed:
            continue
        stride = max(1, len(parsed) // wanted)
        records.extend(parsed[::stride][:wanted])
    return records


# ---------------------------------------------------------------------------------------------


def record_id(rec: dict) -> str:
    digest = hashlib.sha1(rec["url"].encode("utf-8")).hexdigest()[:10]
    prefix = "wikinews" if rec["publisher"] == "Wikinews" else "wh"
    return f"{prefix}-{rec['date']}-{digest}"


def clean_corpus_urls(sources: Path) -> set[str]:
    if not sources.exists():
        return set()
    return {e["url"] for e in json.loads(sources.read_text(encoding="utf-8"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wikinews", nargs="*", type=Path, default=[])
    parser.add_argument("--whitehouse", type=Path)
    parser.add_argument("--exclude", type=Path, default=Path("tests/corpus/clean/SOURCES.json"))
    parser.add_argument("--min-words", type=int, default=120)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/data/professional.jsonl.gz"))
    args = parser.parse_args(argv)

    taken = clean_corpus_urls(args.exclude)
    records = load_wikinews(args.wikinews)
    if args.whitehouse:
        records += load_whitehouse(args.whitehouse)
    out = []
    seen = set()
    for rec in records:
        text = "\n\n".join(rec["paragraphs"])
        if rec["url"] in taken or rec["url"] in seen or len(text.split()) < args.min_words:
            continue
        seen.add(rec["url"])
        out.append(
            {
                "id": record_id(rec),
                "publisher": rec["publisher"],
                "url": rec["url"],
                "date": rec["date"],
                "licence": rec["licence"],
                "title": rec["title"],
                "genre": rec["genre"],
                "text": text,
            }
        )
    out.sort(key=lambda r: r["id"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        with io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as fh:
            for rec in out:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for rec in out:
        key = f"{rec['publisher']} / {rec['genre']}"
        counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        print(f"{counts[key]:5d}  {key}")
    print(f"{len(out):5d}  total -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
