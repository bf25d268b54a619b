"""HTML sources: prose only, exact source positions, fixes that keep the markup intact."""

from __future__ import annotations

import json

from click.testing import CliRunner

from wirelint.cli import main
from wirelint.formats import format_for, language_warning, to_document
from wirelint.linter import apply_fixes
from wirelint.markup import MarkupDocument

from markup_helpers import fake_rule, lint, places

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Minister , resigns</title>
<meta name="author" content="Jane Doe"><style>p , a {}</style></head>
<body><h1>Minister resigns <em>today</em> ,</h1>
<p>The minister , said <b>officials</b> , resigned.<br>See <a href="https://example.com/a ,b" title="Report ,">the report</a> ; more.</p>
<ul><li>First item ,</li><li>Second <i>item</i> !</li></ul>
<table><tr><td>Country ,</td><td>12 ;</td></tr></table>
<p>Prices rose&nbsp;, officials said &amp; left . O&#8217;Neil agreed.</p>
<!-- a , comment --><script>var a = 1 , b;</script><pre>x , y</pre><p>Code <code>a , b</code>, <a href="x">Reuters</a>, fine.</p>
</body></html>
"""

EXPECTED = [
    (4, 42, 44),  # after </em>
    (5, 16, 18),
    (5, 40, 42),  # after </b>
    (5, 126, 128),  # after </a>; nothing in href or title
    (6, 19, 21),  # list item
    (6, 48, 50),  # after </i>
    (7, 23, 25),  # table cell
    (7, 36, 38),
    (8, 15, 22),  # &nbsp;, : the whole entity and the comma
    (8, 48, 50),  # after &amp;
]

FIXED_LINES = {
    4: "<body><h1>Minister resigns <em>today</em>,</h1>",
    5: '<p>The minister, said <b>officials</b>, resigned.<br>See <a href="https://example.com/a ,b" title="Report ,">the report</a>; more.</p>',
    6: "<ul><li>First item,</li><li>Second <i>item</i>!</li></ul>",
    7: "<table><tr><td>Country,</td><td>12;</td></tr></table>",
    8: "<p>Prices rose, officials said &amp; left. O&#8217;Neil agreed.</p>",
}


def test_format_by_suffix():
    assert format_for("a/b.html") == format_for("B.HTM") == "html"
    assert isinstance(to_document(PAGE, "p.html"), MarkupDocument)


def test_exact_positions_and_nothing_in_markup():
    doc, findings = lint(PAGE, "page.html")
    assert places(findings) == EXPECTED
    assert len(doc.text) == len(doc.source)
    # Not prose: head, title, style, script, comment, pre, code, attributes.
    for gone in ("Minister , resigns", "p , a", "var a", "x , y", "a , b", "https", "Report", "DOCTYPE"):
        assert gone not in doc.text


def test_fixes_keep_markup_intact():
    doc, findings = lint(PAGE, "page.html")
    fixed, applied = apply_fixes(doc.source, findings)
    assert len(applied) == len(EXPECTED)
    old, new = PAGE.split("\n"), fixed.split("\n")
    for n, line in enumerate(new, 1):
        assert line == FIXED_LINES.get(n, old[n - 1])
    _, again = lint(fixed, "page.html")
    assert again == []


def test_metadata_and_language():
    doc = to_document(PAGE, "page.html")
    assert doc.meta["lang"] == "en"
    assert doc.meta["title"] == doc.meta["headline"] == "Minister , resigns"
    assert doc.meta["author"] == doc.meta["byline"] == "Jane Doe"
    assert language_warning(doc) is None
    fr = to_document('<html lang="fr-FR"><body><p>Bonjour.</p></body></html>', "x.html")
    assert language_warning(fr) == "x.html: the page says lang=fr-FR; wirelint checks English"


def test_paragraphs_follow_block_tags():
    doc = to_document(PAGE, "page.html")
    paras = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert "Minister resigns     today      ," in paras
    assert "First item ," in paras and "Second    item     !" in paras
    assert "Country ," in paras and "12 ;" in paras
    # <br> ends a line of prose: "resigned." and "See" are not one line any more.
    i = doc.source.index("<br>")
    assert doc.text[i] == "\n"


def test_entities_decode_and_map_to_their_whole_span():
    doc = to_document(PAGE, "page.html")
    i = doc.source.index("&#8217;")
    assert doc.text[i : i + 7] == "’      "
    # A one-character hit on the apostrophe covers the whole reference; its fix replaces it.
    _, findings = lint(PAGE, "page.html", rules=[fake_rule("’", "'")])
    (f,) = findings
    assert (f.start, f.end) == (i, i + 7)
    fixed, _ = apply_fixes(PAGE, findings)
    assert "<p>Prices rose&nbsp;, officials said &amp; left . O'Neil agreed.</p>" in fixed
    assert doc.is_prose_span(i, i + 7) and not doc.is_prose_span(i, i + 3)


def test_fix_touching_markup_is_dropped_but_finding_kept():
    src = "<p>others said <b>officials</b> today</p>"
    _, findings = lint(src, "x.html", rules=[fake_rule(r"said\s+officials", "say officials")])
    (f,) = findings
    assert (f.line, f.column, f.end_column) == (1, 11, 28)
    assert f.replacement is None
    assert apply_fixes(src, findings)[0] == src


def test_glued_markup_is_not_a_space():
    # "</a>," reads "Reuters," in the prose: the blanked tag is no space before the comma.
    _, findings = lint('<p>According to <a href="https://r.com">Reuters</a>, prices rose.</p>', "x.html")
    assert findings == []


def test_crlf_source():
    src = PAGE.replace("\n", "\r\n")
    doc, findings = lint(src, "page.html")
    assert places(findings) == EXPECTED
    fixed, _ = apply_fixes(src, findings)
    assert fixed.count("\r\n") == PAGE.count("\n")
    assert fixed.replace("\r\n", "\n") == apply_fixes(PAGE, lint(PAGE, "page.html")[1])[0]


def test_suppression_comments():
    src = (
        "<p>One , two.</p>\n"
        "<!-- wirelint: disable-next-line WL301 -->\n"
        "<p>Three , four.</p>\n"
        "<!-- wirelint: disable -->\n<p>Five , six.</p>\n<!-- wirelint: enable -->\n"
        "<p>Seven , eight.</p>\n"
    )
    _, findings = lint(src, "x.html")
    assert places(findings) == [(1, 7, 9), (7, 9, 11)]


def test_skipped_elements_and_odd_input():
    for src in ("", "<", "<p", "&", "&#;", "<p>a</p", "<script>x , y", "<!-- x , y", "\0 , \0", "<p>a &bogus; , b</p>"):
        doc = to_document(src, "x.html")
        assert len(doc.text) == len(src)
    doc, findings = lint("<p>a &bogus; , b</p>", "x.html")
    assert places(findings) == [(1, 13, 15)]  # an unknown entity is plain text


def test_alt_text_only_when_asked():
    src = '<p>Photo: <img src="a.png" alt="Minister , smiling"></p>'
    assert lint(src, "x.html")[1] == []
    doc, findings = lint(src, "x.html", alt_text=True)
    assert places(findings) == [(1, 41, 43)]


def test_cli_json_positions(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--output-format", "json", "--select", "WL301"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    got = [(f["line"], f["column"], f["end_column"]) for f in data["findings"]]
    assert got == EXPECTED


def test_cli_warns_on_foreign_language(tmp_path):
    path = tmp_path / "fr.html"
    path.write_text('<html lang="fr"><body><p>Il a dit , non.</p></body></html>', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--output-format", "json"])
    assert f"{path}: the page says lang=fr; wirelint checks English" in result.stderr
