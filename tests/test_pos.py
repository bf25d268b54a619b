"""The part-of-speech tagger: tokens, tags, the model file, laziness and cost on long input."""

import subprocess
import sys
import time

from wirelint import pos
from wirelint.document import Document


def test_tokens_keep_offsets_and_split_clitics():
    text = "Ajax's coach didn't say O'Brien's plan cost $1,000.5 in the 1990s."
    toks = pos.tokenize(text)
    assert [w for _, _, w in toks][:6] == ["Ajax", "'s", "coach", "did", "n't", "say"]
    assert "O'Brien" in [w for _, _, w in toks]
    assert all(text[s:e] == w for s, e, w in toks)


def test_tags_a_plain_sentence():
    tags = [t.tag for t in pos.tag_text("The minister said on Monday that the talks will continue.")]
    assert tags == ["DT", "NN", "VBD", "IN", "NNP", "IN", "DT", "NNS", "MD", "VB", "."]


def test_likely_tag_of_a_lowercased_word():
    assert pos.likely_tag("Time") == "NN"
    assert pos.likely_tag("Quickly") == "RB"
    assert pos.likely_tag("The") == "DT"


def test_model_file_is_small_and_well_formed():
    m = pos.model()
    assert "NN" in m.tags and "VBD" in m.tags and len(m.tags) < 60
    assert len(m.hashes) == len(m.offsets) - 1
    assert list(m.hashes) == sorted(m.hashes)
    assert list(m.word_hashes) == sorted(m.word_hashes)


def test_no_tagger_loaded_when_no_rule_needs_it():
    code = (
        "import sys\n"
        "from wirelint.api import lint_text\n"
        "lint_text('Fruit can the risk of dementia reduce. Tottenham recovered his form.')\n"
        "assert 'wirelint.pos' not in sys.modules, 'the tagger was imported by default rules'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_long_sentence_is_tagged_only_around_the_offset():
    text = "word " * 200_000 + "can the risk reduce."
    doc = Document(text)
    t0 = time.perf_counter()
    toks = pos.tags_around(doc, len(text) - 10)
    assert time.perf_counter() - t0 < 5
    assert len(toks) < 200
