"""Ingestion: every format in, every kind of bad file turned into an error
row (never an exception), encodings detected, symlink loops survived."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import Article, IngestError, iter_articles, read_file
from pipeline.ingest.decode import DecodeError, decode_bytes

BODY = "KUALA LUMPUR, May 2 — Acme Bhd will invest RM1.5bil in Johor, Trade Minister Tengku Zafrul Aziz said."
HTML = """<!DOCTYPE html><html><head><title>Acme to invest RM1.5bil in Johor | The Daily</title>
<meta property="og:title" content="Acme to invest RM1.5bil in Johor">
<meta property="article:published_time" content="2024-05-02T08:00:00+08:00">
<link rel="canonical" href="https://news.test/acme-johor"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>Acme to invest RM1.5bil in Johor</h1>
<p>{body}</p>
<p>The project is expected to create 2,000 jobs over five years, the company said in a filing on Thursday.</p>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li>Sidebar story about football</li><li>Another sidebar story</li></ul></aside>
<footer><p>Copyright 2024 The Daily. All rights reserved. Privacy policy. Contact us.</p></footer>
</body></html>""".replace("{body}", BODY)


def _read(path: Path, max_bytes: int = 5_000_000) -> list[Article | IngestError]:
    return list(read_file(path, max_bytes))


def _one(path: Path) -> Article:
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


# -- good input: (file name, bytes) -> (id, title, published, url, text the pipeline reads)
GOOD = [
    ("plain.txt", f"Acme to invest\n\n{BODY}".encode(),
     ("plain", "Acme to invest", None, None, f"Acme to invest\n\n{BODY}")),
    ("bom.txt", codecs.BOM_UTF8 + b"Headline\r\nBody line one.\r\nTwo.",
     ("bom", "Headline", None, None, "Headline\nBody line one.\nTwo.")),
    ("u16.txt", "Headline\r\nCafé €5m".encode("utf-16"), ("u16", "Headline", None, None, "Headline\nCafé €5m")),
    ("u16be.txt", codecs.BOM_UTF16_BE + "Headline\nZürich".encode("utf-16-be"),
     ("u16be", "Headline", None, None, "Headline\nZürich")),
    ("u16nobom.txt", "Headline\nPlain ASCII in UTF-16".encode("utf-16-le"),
     ("u16nobom", "Headline", None, None, "Headline\nPlain ASCII in UTF-16")),
    ("cp1252.txt", "Café’s “plan” — €5m\nin Zürich".encode("cp1252"),
     ("cp1252", "Café’s “plan” — €5m", None, None, "Café’s “plan” — €5m\nin Zürich")),
    ("latin1.txt", "São Paulo\nCafé in Málaga".encode("latin-1"),
     ("latin1", "São Paulo", None, None, "São Paulo\nCafé in Málaga")),
    ("spaces.txt", "Head\u00a0line\u200b\n\nA\u2028B\x0cC\tD\x07".encode(),
     ("spaces", "Head line", None, None, "Head line\n\nA\nB\nC\tD")),
    ("front.md", b"---\ntitle: 'Beta: $1bn plant'\npublished: 2024-03-05\nurl: https://x.test/b\n---\n"
                 b"**Beta Corp** will invest [$1 billion](https://x.test) in *Austin*.\n",
     ("front", "Beta: $1bn plant", "2024-03-05", "https://x.test/b",
      "Beta: $1bn plant\n\nBeta Corp will invest $1 billion in Austin.\n")),
    ("heading.md", b"# Beta invests\n\nSome `code` and > quote.\n",
     ("heading", "Beta invests", None, None, "Beta invests\n\nSome code and > quote.\n")),
    ("dated.txt", b"---\ntitle: Gamma\ndate: 20 June 2024\n---\nGamma\nGamma Ltd will invest.",
     ("dated", "Gamma", "2024-06-20", None, "Gamma\nGamma Ltd will invest.")),
    ("one.json", json.dumps({"id": "gamma-kenya", "title": "Gamma to invest $50m", "published": "June 3, 2024",
                             "text": "NAIROBI — Gamma Ltd will invest $50 million.", "url": "https://x.test/g"}).encode(),
     ("gamma-kenya", "Gamma to invest $50m", "2024-06-03", "https://x.test/g",
      "Gamma to invest $50m\n\nNAIROBI — Gamma Ltd will invest $50 million.")),
    ("noid.json", json.dumps({"text": "Text only.", "published": "2024-13-45"}).encode(),
     ("noid", None, None, None, "Text only.")),
    ("intid.json", json.dumps({"id": 7, "text": "Seven.", "published": 1718841600}).encode(),
     ("7", None, "2024-06-20", None, "Seven.")),
    ("page.html", HTML.encode(),
     ("page", "Acme to invest RM1.5bil in Johor", "2024-05-02", "https://news.test/acme-johor", None)),
    ("nodate.html", HTML.replace('<meta property="article:published_time" content="2024-05-02T08:00:00+08:00">', "")
     .encode(), ("nodate", "Acme to invest RM1.5bil in Johor", None, "https://news.test/acme-johor", None)),
    ("page16.htm", HTML.encode("utf-16"),
     ("page16", "Acme to invest RM1.5bil in Johor", "2024-05-02", "https://news.test/acme-johor", None)),
]


@pytest.mark.parametrize("name, data, want", GOOD, ids=[g[0] for g in GOOD])
def test_good_files_become_articles(tmp_path, name, data, want):
    (tmp_path / name).write_bytes(data)
    art = _one(tmp_path / name)
    got = (art.id, art.title, art.published, art.url, art.text)
    if want[4] is None:  # HTML: the body, not the page furniture
        assert got[:4] == want[:4]
        assert BODY in art.text and art.text.startswith("Acme to invest RM1.5bil in Johor\n")
        for furniture in ("cookies", "Most read", "sidebar", "Copyright", "Business"):
            assert furniture not in art.text
    else:
        assert got == want


def test_jsonl_one_article_per_line_and_bad_lines_are_errors(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"id": "a", "text": "Alpha.", "published": "2023-01-02"}), "", "{not json",
             json.dumps({"text": "No id."}), json.dumps(["a list"]), json.dumps({"id": "b", "title": "no text"}),
             json.dumps({"id": "c", "text": 5}), json.dumps({"id": {"x": 1}, "text": "Bad id."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(x.id, x.published) if isinstance(x, Article) else x.reason for x in _read(path)]
    assert got == [
        ("a", "2023-01-02"),
        "line 3: malformed JSON (Expecting property name enclosed in double quotes at column 2)",
        ("dump:4", None),
        "line 5: not an article object (a JSON list)",
        "line 6: article has no 'text'",
        "line 7: 'text' is not a string",
        "line 8: 'id' is not a string",
    ]


def test_json_list_is_read_like_jsonl(tmp_path):
    (tmp_path / "many.json").write_text(json.dumps([{"id": "x", "text": "X."}, {"text": "Y."}]), encoding="utf-8")
    assert [a.id for a in _read(tmp_path / "many.json")] == ["x", "many:2"]


# -- bad input: (file name, bytes, max_bytes) -> reason
BAD = [
    ("empty.txt", b"", None, "empty file"),
    ("blank.txt", b"  \n\t\r\n ", None, "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, "binary file (NUL bytes)"),
    ("binary.html", bytes(range(256)) * 4, None, "binary file (NUL bytes)"),
    ("undecodable.txt", b"Acme \x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d invests", None, "undecodable"),
    ("badbom.txt", codecs.BOM_UTF8 + b"caf\xe9", None, "undecodable bytes (utf-8 byte-order mark"),
    ("controls.txt", b"\x01\x02\x03\x04\x05\x06 text \x0e\x0f\x10\x11", None, "binary or undecodable"),
    ("big.txt", b"Headline\n" + b"word " * 300, 1000, "file too large (1509 bytes, over the 1000 byte limit"),
    ("bad.json", b'{"id": "x", "text": "unterminated', None, "malformed JSON (Unterminated string"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, None, "malformed JSON (nested too deep)"),
    ("scalar.json", b"42", None, "not an article object (a JSON int)"),
    ("notext.json", b'{"id": "x", "title": "Only a title"}', None, "article has no 'text'"),
    ("emptytext.json", b'{"id": "x", "text": "  "}', None, "'text' is empty"),
    ("emptylist.json", b"[]", None, "empty JSON list"),
    ("nobody.html", b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
     None, "HTML has no article body"),
    ("cookies.html", b"<html><body><nav><a href='/'>Home</a></nav><div class='Cookie-Banner'><p>We use cookies and "
                     b"similar technologies to improve your experience and analyse traffic. By clicking Accept you "
                     b"agree.</p></div><footer><p>Copyright 2024 Example News Ltd.</p></footer></body></html>",
     None, "HTML has no article body"),
    ("script.html", b"<html><body><script>var a = 1;</script><style>p{}</style></body></html>", None,
     "HTML has no article body"),
    ("frontonly.md", b"---\ntitle: x\n---\n", None, "no article text after the front matter"),
    ("badyaml.md", b"---\ntitle: [unclosed\n---\nBody", None, "malformed YAML front matter"),
    ("listyaml.md", b"---\n- a\n- b\n---\nBody", None, "malformed YAML front matter (not a list of key: value)"),
    ("emptylines.jsonl", b"\n\n  \n", None, "empty file"),
    ("bigline.jsonl", b'{"text": "' + b"x" * 2000 + b'"}\n', 1000, "line 1: line too large"),
]


@pytest.mark.parametrize("name, data, max_bytes, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_files_become_error_rows(tmp_path, name, data, max_bytes, reason):
    (tmp_path / name).write_bytes(data)
    items = _read(tmp_path / name, max_bytes or 5_000_000)
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    assert items[0].path == str(tmp_path / name)
    assert items[0].reason.startswith(reason) or reason in items[0].reason, items[0].reason


def test_unreadable_paths(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    assert _read(tmp_path / "dangling.txt") == [IngestError(str(tmp_path / "dangling.txt"), "unreadable (broken symlink)")]
    assert _read(tmp_path / "pipe.txt") == [IngestError(str(tmp_path / "pipe.txt"), "not a regular file")]


def test_walk_nested_folders_skips_hidden_output_and_survives_symlink_loops(tmp_path):
    root = tmp_path / "in"
    (root / "a" / "b" / "c").mkdir(parents=True)
    (root / "a" / "b" / "c" / "deep.txt").write_text("Deep\nText.", encoding="utf-8")
    (root / "top.md").write_text("Top\nText.", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article format: skipped
    (root / ".hidden").mkdir()
    (root / ".hidden" / "h.txt").write_text("Hidden", encoding="utf-8")
    (root / "._top.txt").write_bytes(b"\x00\x05\x16\x07")  # macOS resource fork: hidden, skipped
    (root / "a" / "b" / "loop").symlink_to(root / "a")  # a loop
    (root / "self").symlink_to(".")  # another loop
    (root / "alias").symlink_to(root / "a" / "b")  # the same folder twice: read once
    (root / "out").mkdir()
    (root / "out" / "previous.txt").write_text("Our own output", encoding="utf-8")
    (root / "dir.txt").mkdir()  # a folder named like an article is walked, not read
    got = [(x.id if isinstance(x, Article) else (Path(x.path).name, x.reason.split(" (")[0]))
           for x in iter_articles(root, exclude=[root / "out"])]
    assert got == ["deep", ("loop", "symlink loop"), ("self", "symlink loop"), "top"]


# -- property tests: whatever the bytes, an Article or an IngestError, never an exception
SUFFIXES = [".txt", ".md", ".json", ".jsonl", ".html"]
hostile_bytes = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda s: s.encode("utf-16", "surrogatepass")),
    st.sampled_from([b"---\n", b"{", b"[", b'{"text": "', b"<html>", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00"]).flatmap(
        lambda head: st.binary(max_size=200).map(lambda tail: head + tail)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=hostile_bytes, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_articles_or_errors(tmp_path, data, suffix):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    for item in read_file(path, 5_000_000):
        assert isinstance(item, Article | IngestError)
        if isinstance(item, Article):
            assert item.text.strip() and "\r" not in item.text and "\x00" not in item.text
            assert item.published is None or len(item.published) == 10


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_decode_bytes_returns_text_or_decode_error(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except DecodeError:
        pass


def test_written_dates_read_as_dateparser_reads_them():
    """The quick reading of "January 28, 2025" / "28 January 2025" gives dateparser's date, and leaves
    impossible days to it."""
    import dateparser

    from pipeline.ingest.dates import DATEPARSER_SETTINGS, _written_date, parse_published

    for s in ["January 28, 2025", "28 January 2025", "February 29, 2024", "1 March 1999", "December 31, 2099",
              "May 05, 2024", "05 May 2024"]:
        want = dateparser.parse(s, languages=["en"], settings=DATEPARSER_SETTINGS).date().isoformat()
        assert _written_date(s) == want == parse_published(s)
    assert _written_date("February 30, 2025") is None and _written_date("Jan 28, 2025") is None
