"""Markdown sources: prose only, exact source positions, fixes that keep the markup intact."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from wirelint.cli import main
from wirelint.formats import format_for, language_warning, to_document
from wirelint.linter import apply_fixes
from wirelint.markup import ENTITY, MarkupDocument
from wirelint.markup.markdown import front_matter, parse_yaml

from markup_helpers import fake_rule, lint, places

ARTICLE = """---
title: "Minister resigns"
author: Jane Doe
---
# Minister resigns *today* ,

The minister , said **officials** , resigned.
See [the report](<https://example.com/a ,b> "Report ,") for details ; more.

- First item ,
- Second *item* !

| Country , | Total |
|---|---|
| France | 12 ; |

Prices rose&nbsp;, officials said &amp; left .

Code `a , b`, [Reuters](https://r.com), <https://example.org/a,b>, www.example.com/x , fine.

```
x , y
```

    indented , code

> Quoted *words* , here.
> Lazy line ; too.
"""

EXPECTED = [
    (5, 27, 29),  # heading, after the closing *
    (7, 13, 15),
    (7, 34, 36),  # after the closing **
    (8, 68, 70),  # after the link; nothing in its destination or title
    (10, 13, 15),  # list items
    (11, 16, 18),
    (13, 10, 12),  # table cells
    (15, 14, 16),
    (17, 12, 19),  # &nbsp;, : the whole entity and the comma
    (17, 45, 47),  # after &amp;
    (27, 17, 19),  # block quote
    (28, 12, 14),
]

FIXED_LINES = {
    5: "# Minister resigns *today*,",
    7: "The minister, said **officials**, resigned.",
    8: 'See [the report](<https://example.com/a ,b> "Report ,") for details; more.',
    10: "- First item,",
    11: "- Second *item*!",
    13: "| Country, | Total |",
    15: "| France | 12; |",
    17: "Prices rose, officials said &amp; left.",
    27: "> Quoted *words*, here.",
    28: "> Lazy line; too.",
}


def test_format_by_suffix():
    assert format_for("post.md") == format_for("x/POST.Markdown") == "markdown"
    assert format_for("notes.txt") == "text"
    assert isinstance(to_document(ARTICLE, "a.md"), MarkupDocument)


def test_exact_positions():
    _, findings = lint(ARTICLE, "article.md")
    assert places(findings) == EXPECTED


def test_nothing_from_code_urls_or_front_matter_is_prose():
    doc = to_document(ARTICLE, "article.md")
    for gone in ("Minister resigns\"", "Jane", "a , b", "x , y", "indented", "https", "example", "Report", "r.com"):
        assert gone not in doc.text, gone
    for kept in ("Minister resigns", "the report", "Reuters", "Country", "Quoted", "Lazy line"):
        assert kept in doc.text, kept


def test_fixes_keep_markup_intact():
    _, findings = lint(ARTICLE, "article.md")
    fixed, applied = apply_fixes(ARTICLE, findings)
    assert len(applied) == len(EXPECTED)
    old, new = ARTICLE.split("\n"), fixed.split("\n")
    assert len(old) == len(new)
    for n, line in enumerate(new, 1):
        assert line == FIXED_LINES.get(n, old[n - 1]), n
    assert lint(fixed, "article.md")[1] == []


def test_crlf_source():
    src = ARTICLE.replace("\n", "\r\n")
    doc, findings = lint(src, "article.md")
    assert places(findings) == EXPECTED
    fixed, _ = apply_fixes(src, findings)
    assert fixed == apply_fixes(ARTICLE, lint(ARTICLE, "article.md")[1])[0].replace("\n", "\r\n")
    assert doc.meta["title"] == "Minister resigns"


def test_front_matter_feeds_meta():
    doc = to_document(ARTICLE, "article.md")
    assert doc.meta["title"] == doc.meta["headline"] == "Minister resigns"
    assert doc.meta["author"] == doc.meta["byline"] == "Jane Doe"
    assert language_warning(doc) is None
    for n in range(1, 5):
        assert doc.is_blank(doc.lines[n - 1])
    toml = '+++\ntitle = "Storm hits"\nauthors = ["A. Writer", "B. Writer"]\nlang = "fr"\n+++\nBody , text.\n'
    doc, findings = lint(toml, "t.md")
    assert doc.meta["headline"] == "Storm hits" and doc.meta["byline"] == "A. Writer, B. Writer"
    assert language_warning(doc) == "t.md: front matter says lang=fr; wirelint checks English"
    assert places(findings) == [(6, 5, 7)]


def test_minimal_yaml():
    meta = parse_yaml([
        "title: 'It''s on'", "authors:", "  - Jane Doe", "  - John Roe", "tags: [a, b]",
        "nested:", "  key: value", "lang: en-GB # comment", "summary: >", "  folded text",
    ])
    assert meta["authors"] == ["Jane Doe", "John Roe"]
    assert meta["tags"] == ["a", "b"]
    assert meta["lang"] == "en-GB"
    assert meta["title"] == "It's on"  # YAML's doubled single quote
    assert meta["nested"] == {"key": "value"} and meta["summary"] == "folded text"
    assert front_matter(["---", "title: x"]) == (0, {})  # never closed: not front matter
    assert front_matter(["text", "---"]) == (0, {})


def test_headings_and_blocks_are_paragraphs_of_their_own():
    src = "# Storm hits coast\nResidents fled. Officials said\n- one item\n- two item\n"
    doc = to_document(src, "a.md")
    paras = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert paras == ["Storm hits coast", "Residents fled. Officials said", "one item", "two item"]
    # The blanked "#" and "-" become line breaks so that blocks do not run together.
    assert doc.text[0] == "\n" and doc.text[src.index("- one")] == "\n"
    assert [doc.text[s.start : s.end] for s in doc.sentences][:2] == ["Storm hits coast", "Residents fled."]


def test_zones_on_the_blanked_copy():
    src = (
        "---\ntitle: Storm\n---\n# Storm hits the coast of Kenya\n\n"
        "MOMBASA, Kenya — A storm hit the coast on Monday, officials said, and many fled.\n\n"
        "Rescue teams were still searching for survivors late on Tuesday night, police said.\n\n"
        "By Jane Doe\n"
    )
    doc = to_document(src, "a.md")
    z = doc.zones
    assert z.headline is not None and doc.text[z.headline.start : z.headline.end].strip() == "Storm hits the coast of Kenya"
    assert z.dateline is not None and doc.text[z.dateline.start : z.dateline.end] == "MOMBASA, Kenya — "
    assert z.byline is not None and doc.text[z.byline.start : z.byline.end] == "By Jane Doe"
    assert doc.zone_at(src.index("title")) != "headline"


def test_glued_markup_is_not_a_space():
    for src in ("According to [Reuters](https://r.com), prices rose.", "Prices **rose**, officials said.",
                "Run `ls`, then leave.", "Read <https://x.org>, then leave.", "One<br>, two"):
        assert lint(src, "a.md")[1] == [], src


def test_fix_touching_markup_is_dropped_but_finding_kept():
    src = "The others said **officials** today.\n"
    _, findings = lint(src, "a.md", rules=[fake_rule(r"said\s+officials", "say officials")])
    (f,) = findings
    assert (f.line, f.column, f.end_column) == (1, 12, 28)
    assert f.replacement is None and apply_fixes(src, findings)[0] == src


def test_entity_maps_to_whole_span_and_fix_replaces_it():
    src = "O&#8217;Neil and O&rsquo;Brien agreed.\n"
    doc, findings = lint(src, "a.md", rules=[fake_rule("’", "'")])
    assert [(f.start, f.end) for f in findings] == [(1, 8), (18, 25)]
    assert apply_fixes(src, findings)[0] == "O'Neil and O'Brien agreed.\n"
    assert doc.text.startswith("O’      Neil")


def test_escapes_keep_the_character():
    doc, findings = lint("Prices \\*rose\\* , said AT\\&T.\n", "a.md")
    assert doc.text == "Prices  *rose * , said AT &T.\n"
    assert places(findings) == [(1, 16, 18)]


def test_suppression_comments():
    src = (
        "One , two.\n\n<!-- wirelint: disable-next-line WL301 -->\nThree , four.\n\n"
        "<!-- wirelint: disable -->\nFive , six.\n<!-- wirelint: enable -->\n\nSeven , eight.\n"
    )
    doc, findings = lint(src, "a.md")
    assert places(findings) == [(1, 4, 6), (10, 6, 8)]
    assert "wirelint" not in doc.text


def test_html_blocks_inside_markdown():
    src = '<div class="note">\n<p>Inside , html.</p>\n</div>\n\nAfter , it.\n'
    doc, findings = lint(src, "a.md")
    assert places(findings) == [(2, 10, 12), (5, 6, 8)]
    assert "class" not in doc.text


def test_odd_input_never_raises():
    for src in ("", "\n", "---", "---\n", "+++\n+++\n", "*", "[", "[a](", "`", "|", "| a |\n|-|\n| \\| |",
                "\0 , \0", "\r\r\n\r", "- \t item\n", "> \t- a\n>\tb", "&#0;", "<!--", "# \n", "\ufeff# x ,"):
        doc = to_document(src, "a.md")
        assert len(doc.text) == len(src)
        lint(src, "a.md")


def test_cli_json_positions(tmp_path):
    path = tmp_path / "article.md"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    result = CliRunner().invoke(main, ["check", str(path), "--output-format", "json", "--select", "WL301"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [(f["line"], f["column"], f["end_column"]) for f in data["findings"]] == EXPECTED
    assert result.stderr == ""


def test_cli_warns_on_foreign_language(tmp_path):
    path = tmp_path / "fr.md"
    path.write_text("---\nlang: fr\n---\nIl a dit non.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.stderr.strip() == f"wirelint: {path}: front matter says lang=fr; wirelint checks English"


# --- property: the prose copy is the source with markup blanked ------------------------------
WORDS = st.sampled_from(["alpha", "beta", "gamma", "delta"])
JUNK = st.sampled_from(["zqa", "zqb", "zq-c", "zq_d"])


@st.composite
def inline(draw):
    w, j = draw(WORDS), draw(JUNK)
    return draw(st.sampled_from([
        (w, w), (f"*{w}*", w), (f"**{w}**", w), (f"_{w}_", w), (f"~~{w}~~", w),
        (f"[{w}](https://{j}.com/{j})", w), (f'[{w}](<https://{j}.com/a b> "{j}")', w),
        (f"`{j}`", ""), (f"``{j} ` {j}``", ""), (f"![{j}](https://{j}.png)", ""),
        (f"<https://{j}.org/>", ""), (f"https://{j}.net/x", ""), (f"<b>{w}</b>", w),
        ("&amp;", ""), ("&nbsp;", ""), ("&#8217;", ""), ("&#x2019;", ""), ("\\*", ""),
        (f"{w} ,", w), (f"{w}!", w),
    ]))


@st.composite
def block(draw):
    parts = draw(st.lists(inline(), min_size=1, max_size=6))
    line = " ".join(p for p, _ in parts)
    words = [w for _, w in parts if w]
    kind = draw(st.sampled_from(["p", "h", "li", "ol", "quote", "table", "fence", "p2"]))
    if kind == "h":
        return f"## {line}", words
    if kind == "li":
        return f"- {line}", words
    if kind == "ol":
        return f"1. {line}\n   {line}", words * 2
    if kind == "quote":
        return f"> {line}\n> {line}", words * 2
    if kind == "table":
        cell = line.replace("|", "\\|")
        return f"| {cell} | x |\n|---|---|\n| y | {cell} |", words * 2
    if kind == "fence":
        return f"```\n{draw(JUNK)} {line}\n```", []
    if kind == "indent":
        return f"    {draw(JUNK)} {line}", []
    if kind == "p2":
        return f"{line}  \n{line}", words * 2
    return line, words


@st.composite
def markdown(draw):
    blocks = draw(st.lists(block(), min_size=1, max_size=6))
    sep = draw(st.sampled_from(["\n\n", "\n\n\n"]))
    text = sep.join(b for b, _ in blocks) + "\n"
    if draw(st.booleans()):
        text = f"---\ntitle: {draw(JUNK)}\n---\n" + text
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    return text.replace("\n", eol), [w for _, ws in blocks for w in ws]


@settings(max_examples=300, deadline=None)
@given(markdown())
def test_prose_copy_is_the_source_with_markup_blanked(case):
    src, words = case
    doc = to_document(src, "p.md")
    assert len(doc.text) == len(doc.source) == len(src)
    for i, ch in enumerate(doc.text):
        if not ch.isspace() and doc.kinds[i] != ENTITY:
            assert ch == src[i], (i, src)
    assert "zq" not in doc.text  # code, URLs, images, front matter never reach the prose
    for w in set(words):  # every block lined up: no prose was lost
        assert doc.text.count(w) == words.count(w), (w, src, doc.text)


MD_PIECES = list("ab ,*_`[]()<>!&#;:\\|-+=~>/\"'\n\r\t1.") + [
    "&amp;", "&#8217;", "](", "<b>", "</b>", "http://", "---\n", "```\n", "    "]
HTML_PIECES = list("ab ,<>/=\"'!-&#;\n\r") + [
    "<p>", "</p>", "<br>", "<script>", "</script>", "&amp;", "&#8217;", "<!--", "-->", "<code>", "</code>"]


def _joined(pieces):
    return st.lists(st.sampled_from(pieces), max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(_joined(MD_PIECES))
def test_any_markdown_input_keeps_the_contract(src):
    doc = to_document(src, "p.md")
    assert len(doc.text) == len(src)
    for i, ch in enumerate(doc.text):
        if not ch.isspace() and doc.kinds[i] != ENTITY:
            assert ch == src[i]
    lint(src, "p.md")


@settings(max_examples=300, deadline=None)
@given(_joined(HTML_PIECES))
def test_any_html_input_keeps_the_contract(src):
    doc = to_document(src, "p.html")
    assert len(doc.text) == len(src)
    for i, ch in enumerate(doc.text):
        if not ch.isspace() and doc.kinds[i] != ENTITY:
            assert ch == src[i]
    lint(src, "p.html")


def test_front_matter_is_read_by_a_real_yaml_parser():
    """Quoted names with commas stay one item, escapes are decoded, a nested author table gives
    the byline (a hand-made reader split "Smith, John" in two and dropped nested tables)."""
    from wirelint.markup.markdown import front_matter, normalize_meta

    lines = [
        "---",
        'title: "Caf\\u00e9 talks"',
        'authors: ["Smith, John", "Doe, Jane"]',
        "---",
        "Body.",
    ]
    n, meta = front_matter(lines)
    assert n == 4
    assert meta["authors"] == ["Smith, John", "Doe, Jane"]
    assert normalize_meta(meta)["headline"] == "Café talks"
    assert normalize_meta(meta)["byline"] == "Smith, John; Doe, Jane"
    _, meta = front_matter(["---", "author:", "  name: Ann Lee", "---"])
    assert normalize_meta(meta)["byline"] == "Ann Lee"
    # invalid YAML: no fields, and the lines are still front matter (not linted as prose)
    assert front_matter(["---", "a: [1,", "---", "x"]) == (3, {})
