"""Any text is valid input: no exception, spans inside the text, positions consistent with
offsets, the same output twice; and no rule goes super-linear on adversarial shapes."""

from __future__ import annotations

import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO
from wirelint.api import lint_text
from wirelint.document import Document

sys.path.insert(0, str(REPO / "benchmarks"))
from speed import ADVERSARIAL_KINDS, adversarial  # noqa: E402

NEWS_BITS = st.sampled_from([
    "Kyiv", "kyiv", " , ", " : ", ". ", "“", "”", '"', "«", "»", "U.S.", "Feb. 2", "said. at", "Choïgu",
    "officials Chinese", "It talks", "\r\n", "\r", "\n\n", "\u2028", "\u200f", "\u0301", "🙂", "\x00",
    "\x0c", "Ã©", "News Source :", "jack colman", "Back to top button", "3,5 %", "the the", "\t",
    "â", "â€", "†", "&amp;", "\ue000", "We re", " s ", "didnt", "tofollow", "withHo", "19should", "，", "¿",
    "“ ", " ”", '" ', "”,", " —", "——", "3:1 (1:0)", "20.30 Uhr", "105.000 people", "%50", "$ 5", "!!", "..",
    "December 19-", ".- ", "(42 years)", "Ejf Sfhjfsvoh", "R.T.", ")said", ",while",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(NEWS_BITS, st.text(max_size=12)), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_lints_consistently(text):
    findings = lint_text(text, select=["ALL"])
    doc = Document(text)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert (f.line, f.column) == doc.position(f.start)
        assert (f.end_line, f.end_column) == doc.position(f.end)
        line_start = doc.line_starts[f.line - 1]
        assert line_start + f.column - 1 == f.start
    assert [x.to_dict() for x in lint_text(text, select=["ALL"])] == [x.to_dict() for x in findings]


SHAPES = list(ADVERSARIAL_KINDS)


@pytest.mark.parametrize("kind", SHAPES)
def test_adversarial_shapes_scale_linearly(kind):
    def cost(n):
        text = adversarial(kind, n)
        t0 = time.perf_counter()
        lint_text(text, select=["ALL"])
        return time.perf_counter() - t0

    small = cost(20_000)
    large = cost(200_000)
    # Ten times the text: allow generous noise, but catch anything quadratic (which would be ~100x).
    assert large < 30 * small + 0.5, f"{kind}: {small:.3f}s -> {large:.3f}s"
    assert large < 30, f"{kind}: {large:.1f}s for 200,000 characters"
