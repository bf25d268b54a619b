"""--fix, --unsafe-fixes and --diff: byte-exact, atomic, idempotent fixing."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from fixhelp import DOUBLE, INSERT, NEWLINE, TYPO, UNSAFE, assert_bytes_outside_edits, assert_edits_inside, linter, wl301
from wirelint.cli import main
from wirelint.document import Document
from wirelint.config import Settings
from wirelint.fix import ChangedOnDisk, Edit, FixError, encode_fixed, fix_source, fix_text, unified_diff, write_atomic
from wirelint.linter import apply_fixes, lint_document
from wirelint.source import decode

REPO = Path(__file__).resolve().parents[1]
# <repo>/../shared in the main checkout; a worktree lives one folder deeper
SEED = next(
    (p for p in (REPO.parent / "shared" / "corpus" / "seed-article.txt", REPO.parent.parent / "shared" / "corpus" / "seed-article.txt") if p.is_file()),
    REPO.parent / "shared" / "corpus" / "seed-article.txt",
)


def findings(text, rules):
    return lint_document(Document(text, "x.txt"), Settings(), rules=rules).findings


# --- apply_fixes: deterministic overlap resolution ---------------------------------------------
def test_overlapping_fixes_resolve_the_same_way_in_any_order():
    text = "a  , teh;b"
    found = findings(text, (wl301(), DOUBLE, TYPO, INSERT))
    spans = {(f.code, f.start, f.end) for f in found}
    assert ("WL301", 1, 4) in spans and ("WL993", 1, 3) in spans  # they overlap
    one, applied1 = apply_fixes(text, found)
    two, applied2 = apply_fixes(text, list(reversed(found)))
    assert one == two and [f.code for f in applied1] == [f.code for f in applied2]
    # the earliest start wins, then the shorter span: DOUBLE [1,3) before WL301 [1,4)
    assert [f.code for f in applied1] == ["WL993", "WL991", "WL992"]
    assert one == "a , the; b"


def test_two_insertions_at_one_offset_wait_for_the_next_pass():
    text = "x;y"
    f = findings(text, (INSERT,))[0]
    twin = f.__class__(**{**{k: getattr(f, k) for k in f.__slots__}, "code": "WL999", "replacement": "_"})
    new, applied = apply_fixes(text, [f, twin])
    assert len(applied) == 1 and new in ("x; y", "x;_y")


def test_unsafe_fixes_only_when_asked():
    text = "xx and teh"
    assert fix_text(text, linter((UNSAFE, TYPO))).text == "xx and the"
    assert fix_text(text, linter((UNSAFE, TYPO)), unsafe=True).text == "XX and the"


def test_fix_loop_reaches_a_fixed_point_and_maps_edits_to_the_original():
    text = "one     two , teh;x"
    res = fix_text(text, linter((wl301(), DOUBLE, TYPO, INSERT)))
    assert res.text == "one two, the; x"
    assert res.passes >= 2 and res.stable
    assert_edits_inside(res.edits, res.applied)
    rebuilt, pos = [], 0
    for ed in res.edits:
        rebuilt += [text[pos : ed.start], ed.text]
        pos = ed.end
    assert "".join(rebuilt) + text[pos:] == res.text
    again = fix_text(res.text, linter((wl301(), DOUBLE, TYPO, INSERT)))
    assert not again.changed and again.edits == []


def test_new_lines_in_a_fix_follow_the_file():
    src = decode("a//b\r\nc\r\n".encode())
    out = fix_source(src, linter((NEWLINE,)))
    assert out.data == b"a\r\nb\r\nc\r\n"


# --- bytes on disk ----------------------------------------------------------------------------------
VARIANTS = [
    pytest.param("\n", "utf-8", b"", id="lf"),
    pytest.param("\r\n", "utf-8", b"", id="crlf"),
    pytest.param("\r", "utf-8", b"", id="cr"),
    pytest.param("\r\n", "utf-8", codecs.BOM_UTF8, id="crlf-utf8-bom"),
    pytest.param("\n", "utf-16-le", codecs.BOM_UTF16_LE, id="utf16le-bom"),
    pytest.param("\r\n", "utf-16-be", codecs.BOM_UTF16_BE, id="crlf-utf16be-bom"),
]


def _variant(text, newline, enc, bom):
    return bom + text.replace("\n", newline).encode(enc)


@pytest.fixture
def seed_text():
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("newline, enc, bom", VARIANTS)
def test_seed_article_safe_fixes_keep_every_other_byte(tmp_path, monkeypatch, seed_text, newline, enc, bom):
    monkeypatch.chdir(tmp_path)
    raw = _variant(seed_text, newline, enc, bom)
    path = tmp_path / "seed.txt"
    path.write_bytes(raw)
    os.chmod(path, 0o640)
    src = decode(raw)
    before = findings(src.text, (wl301(),))
    assert [src.text[f.start : f.end] for f in before] == [" ,", " :"]

    res = CliRunner().invoke(main, ["check", "--fix", "--select", "WL301", "--output-format", "concise", "seed.txt"])
    assert res.exit_code == 0, res.output
    assert "Fixed 2 findings (0 remaining)" in res.output
    fixed = path.read_bytes()
    expected_text = seed_text.replace("others , said", "others, said").replace("News Source :", "News Source:")
    assert fixed == _variant(expected_text, newline, enc, bom)
    edits = [Edit(f.start, f.end, f.replacement) for f in before]
    assert_bytes_outside_edits(src, fixed, edits, enc)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["seed.txt"]  # no temporary file left behind

    again = CliRunner().invoke(main, ["check", "--fix", "--select", "WL301", "--output-format", "concise", "seed.txt"])
    assert again.exit_code == 0 and "Fixed 0 findings (0 remaining)" in again.output
    assert path.read_bytes() == fixed


def test_diff_prints_and_writes_nothing(tmp_path, monkeypatch, seed_text):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--diff", "--select", "WL301", "seed.txt"])
    assert res.exit_code == 1
    assert "-News Source :\n+News Source:\n" in res.stdout
    assert "--- a/seed.txt" in res.stdout
    assert path.read_text(encoding="utf-8") == seed_text
    path.write_text("Nothing to fix here.\n", encoding="utf-8")
    clean = CliRunner().invoke(main, ["check", "--diff", "seed.txt"])
    assert clean.exit_code == 0 and clean.stdout == ""


def test_fix_reports_what_remains(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("They said , hello.\n<!-- wirelint: disable-next-line WL301 -->\nKeep this , please.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--fix", "--output-format", "concise", "a.txt"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").startswith("They said, hello.\n")
    assert "Keep this , please." in (tmp_path / "a.txt").read_text(encoding="utf-8")  # suppressed: not fixed
    assert "Fixed a.txt: WL301 ×1" in res.output


def test_stdin_fix_writes_the_fixed_text_to_stdout():
    raw = codecs.BOM_UTF8 + "Hello , world\r\nBye :\r\n".encode()
    res = CliRunner().invoke(main, ["check", "--fix", "-"], input=raw)
    assert res.exit_code == 0, res.output
    assert res.stdout_bytes == codecs.BOM_UTF8 + b"Hello, world\r\nBye:\r\n"
    assert "Fixed 2 findings (0 remaining)" in res.stderr


def test_a_file_changed_on_disk_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.txt"
    path.write_bytes(b"They said , hello.\n")
    import wirelint.fix as fixmod

    real = fixmod.fix_source

    def meddle(src, lint, unsafe=False, findings=None):
        out = real(src, lint, unsafe, findings)
        path.write_bytes(b"An editor saved this meanwhile , .\n")
        return out

    monkeypatch.setattr(fixmod, "fix_source", meddle)
    res = CliRunner().invoke(main, ["check", "--fix", "a.txt"])
    assert res.exit_code == 2
    assert "a.txt: changed on disk since it was read; not fixed" in res.stderr
    assert len([l for l in res.stderr.splitlines() if "changed on disk" in l]) == 1
    assert path.read_bytes() == b"An editor saved this meanwhile , .\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_write_atomic_follows_symlinks_and_refuses_stale_bytes(tmp_path):
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, b"new", b"old")
    assert link.is_symlink() and real.read_bytes() == b"new"
    with pytest.raises(ChangedOnDisk):
        write_atomic(link, b"newer", b"old")
    assert real.read_bytes() == b"new"


def test_read_only_file_is_not_replaced(tmp_path):
    path = tmp_path / "ro.txt"
    path.write_bytes(b"old")
    path.chmod(0o444)
    if os.access(path, os.W_OK):
        pytest.skip("running as a user who can write read-only files")
    with pytest.raises(FixError):
        write_atomic(path, b"new", b"old")
    assert path.read_bytes() == b"old"


def test_an_encoding_that_cannot_hold_the_fix_stops_it():
    src = decode("caf\xe9 , ok".encode("cp1252"), "cp1252")
    with pytest.raises(FixError):
        encode_fixed(src, [Edit(4, 6, "\u4e2d")])
    assert encode_fixed(src, [Edit(4, 6, ",")]) == "caf\xe9, ok".encode("cp1252")


def test_unified_diff_marks_a_missing_final_newline():
    out = unified_diff("a.txt", "x ,", "x,")
    assert out.endswith("+x,\n\\ No newline at end of file\n")
