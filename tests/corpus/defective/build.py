"""Build the defective corpus from its marked sources.

Every ``<name>.marked.txt`` in this folder is an article with its defects
marked inline:

    ⟦flag⟧{category|note}     a required defect
    ⟦flag⟧{category?|note}    a stretch-goal defect (required: false)

The flag text stays in the article; the brackets and the braces are removed.
For each marked file this script writes ``<name>.txt`` (the plain article) and
``<name>.expected.json`` (the defects, with code-point offsets into the plain
text), in the same schema as the seed article's expected file.

Ids are W01, W02, … for ``written-*`` files, F01, F02, … for ``found-*``
files and R01, R02, … for ``shape-*`` files, numbered in order of appearance. ``quote`` is the flag with up to 30
characters of context on each side, newlines shown as spaces.

Usage: python build.py [--out DIR]    (DIR defaults to this folder)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATEGORIES = frozenset(
    {
        "term-drift",
        "stray-fragment",
        "proper-noun-case",
        "byline-mismatch",
        "transliteration",
        "foreign-typography",
        "word-order",
        "pronoun-person",
        "unbalanced-quote",
        "missing-space",
        "boilerplate",
        "photo-credit",
        "grammar",
        "encoding",
        "calque",
        "inconsistent-spelling",
        "repeated-word",
        "other",  # meaning errors, spinner synonyms (notes start "Spin:"), dropped or untranslated words
    }
)

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
# flag: no newline, no bracket; category: lowercase words; note: no closing brace.
MARK = re.compile(r"\u27e6([^\u27e6\u27e7\n]{1,200})\u27e7\{([a-z-]{1,40})(\?)?\|([^{}\n]{0,600})\}")
CONTEXT = 30
SUFFIX = ".marked.txt"


class MarkupError(ValueError):
    pass


def parse(marked: str, prefix: str) -> tuple[str, list[dict]]:
    """Return the plain text and the list of expected defects."""
    out: list[str] = []
    spans: list[tuple[int, int, str, bool, str]] = []
    pos = 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[pos : match.start()]
        out.append(before)
        length += len(before)
        flag, category, optional, note = match.groups()
        if category not in CATEGORIES:
            raise MarkupError(f"unknown category {category!r} at {match.start()}")
        if not note.strip():
            raise MarkupError(f"empty note at {match.start()}")
        spans.append((length, length + len(flag), category, optional is None, note.strip()))
        out.append(flag)
        length += len(flag)
        pos = match.end()
    out.append(marked[pos:])
    text = "".join(out)
    if OPEN in text or CLOSE in text:
        raise MarkupError("unmatched or malformed marker left in the text")
    expected = []
    for number, (start, end, category, required, note) in enumerate(spans, 1):
        quote = text[max(0, start - CONTEXT) : end + CONTEXT].replace("\n", " ").strip()
        expected.append(
            {
                "id": f"{prefix}{number:02d}",
                "category": category,
                "quote": quote,
                "flag": text[start:end],
                "start": start,
                "end": end,
                "required": required,
                "note": note,
            }
        )
    return text, expected


def build_one(source: Path, out_dir: Path) -> tuple[Path, Path]:
    name = source.name[: -len(SUFFIX)]
    prefix = "F" if name.startswith("found-") else "R" if name.startswith("shape-") else "W"
    try:
        text, expected = parse(source.read_text(encoding="utf-8"), prefix)
    except MarkupError as exc:
        raise MarkupError(f"{source.name}: {exc}") from None
    txt_path = out_dir / f"{name}.txt"
    json_path = out_dir / f"{name}.expected.json"
    with txt_path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    document = {
        "file": txt_path.name,
        "offsets": "code points into the file decoded as UTF-8",
        "expected": expected,
    }
    with json_path.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return txt_path, json_path


def build_all(src_dir: Path = HERE, out_dir: Path | None = None) -> list[Path]:
    out_dir = src_dir if out_dir is None else out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for source in sorted(src_dir.glob(f"*{SUFFIX}")):
        written.extend(build_one(source, out_dir))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="output folder")
    args = parser.parse_args(argv)
    try:
        files = build_all(HERE, args.out)
    except MarkupError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
