"""Tests for verifier.sources: finding, decoding and describing article files."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from verifier.errors import InputError
from verifier.records import Source
from verifier.sources import load_sources

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def _one(sources: list[Source], source_id: str) -> Source:
    matches = [s for s in sources if s.id == source_id]
    assert len(matches) == 1, [s.id for s in sources]
    return matches[0]


def _seeds_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


EXPECTED_SEEDS = {
    "000_f7c1d5b6b0ab6674.txt": (
        "How Donald Trump’s Threats May Harm US-Mexico Security Cooperation",
        "2025-08-25", "Web Editor", "a large building with columns",
    ),
    "001_1ff6f1d578f5dc2b.txt": (None, None, None, "Mexico City — Former U.S. President"),
    "002_81df10e6947b0331.txt": (
        "Challenges and Opportunities for U.S.-Mexico Security Cooperation",
        None, None, "The U.S.-Mexico relationship is one",
    ),
    "003_ecbd5fef505b40ca.txt": (
        "A new age of US-Mexican interdependence", "2025-11-27", "Joseph Ledford",
        "The US and Mexico have intensified",
    ),
    "004_520ae3d75d902d6d.txt": (
        None, None, "International Crisis Group", "The Trump administration has made",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED_SEEDS))
def test_seed_headers(tmp_path: Path, name: str) -> None:
    folder = _seeds_copy(tmp_path)
    sources, warnings = load_sources([folder], cwd=tmp_path)
    assert warnings == []
    source = _one(sources, name)
    title, published, author, body = EXPECTED_SEEDS[name]
    assert source.path == f"seeds/{name}"
    assert source.title == title
    assert source.published == published
    assert source.author == author
    assert source.text[source.body_start:].startswith(body)
    assert source.text == (SEEDS / name).read_text(encoding="utf-8")
    assert source.format == "txt"


def test_seeds_load_fast(tmp_path: Path) -> None:
    folder = _seeds_copy(tmp_path)
    load_sources([folder], cwd=tmp_path)  # warm imports
    started = time.perf_counter()
    sources, _ = load_sources([folder], cwd=tmp_path)
    assert len(sources) == 5
    assert time.perf_counter() - started < 0.3


def test_news_style_header(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "Air strikes hit market in east Syria\nahram\n2016-06-06\n\n"
           "Seventeen civilians were killed on Monday, a monitor said.\n")
    sources, _ = load_sources([tmp_path], cwd=tmp_path)
    source = sources[0]
    assert source.title == "Air strikes hit market in east Syria"
    assert source.published == "2016-06-06"
    assert source.author is None
    assert source.text[source.body_start:].startswith("Seventeen civilians")


def test_byline_and_published_prefix(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "Rains flood the valley\nBy Ana María López\n"
           "Published: 3 March 2024\n\nWater rose 2 metres overnight.\n")
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert (source.title, source.author, source.published) == (
        "Rains flood the valley", "Ana María López", "2024-03-03")


def test_body_sentence_is_not_a_header(tmp_path: Path) -> None:
    text = ("Officials said 40 people died in the floods on Monday, according to the ministry.\n"
            "March 3, 2024\n")
    _write(tmp_path / "a.txt", text)
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert (source.title, source.published, source.author, source.body_start) == (
        None, None, None, 0)


def test_subheading_is_not_an_author(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "Storm warning issued\nSecurity Cooperation\n"
           "The agency said the storm would arrive on Tuesday with strong winds.\n")
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert source.title == "Storm warning issued"
    assert source.author is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Breaking News\n\nBy Reuters Staff\n\n" + "Body sentence that runs long enough. " * 3,
         (None, None, "Reuters Staff")),
        ("Border Deal Signed\n\n" + "Body sentence that runs long enough. " * 3,
         ("Border Deal Signed", None, None)),
        ("Photo: Getty Images\nFloods Hit Coast\n\n" + "Body sentence that is long. " * 3,
         ("Floods Hit Coast", None, None)),
        ("Is Mexico ready for tariffs?\nJohn Smith\nMarch 2, 2025\n\n" + "Body text. " * 9,
         ("Is Mexico ready for tariffs?", "2025-03-02", "John Smith")),
        ("WASHINGTON (Reuters) - The U.S. said on Monday it would act.\nMarch 2, 2025\n",
         (None, None, None)),
        # a release dated only in its title
        ("Fire update, Wednesday 14 January 2026, 6pm\nNSW Rural Fire Service\n\n"
         + "Body sentence that runs long enough. " * 3,
         ("Fire update, Wednesday 14 January 2026, 6pm", "2026-01-14", None)),
    ],
)
def test_header_variants(tmp_path: Path, text: str, expected: tuple[str | None, ...]) -> None:
    _write(tmp_path / "a.txt", text)
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert (source.title, source.published, source.author) == expected


def test_empty_file_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "empty.txt", "")
    _write(tmp_path / "blank.txt", "  \n\n\t\n")
    _write(tmp_path / "ok.txt", "Some text here.\n")
    sources, warnings = load_sources([tmp_path], cwd=tmp_path)
    assert [s.id for s in sources] == ["ok.txt"]
    assert sorted(warnings) == ["skipped blank.txt: empty file", "skipped empty.txt: empty file"]


def test_only_empty_files_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "empty.txt", "")
    with pytest.raises(InputError, match="no readable"):
        load_sources([tmp_path], cwd=tmp_path)


def test_binary_file_skipped(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "noise.txt").write_bytes(bytes((i * 7919) % 31 + 1 for i in range(4000)))
    _write(tmp_path / "ok.txt", "Fine text.\n")
    sources, warnings = load_sources([tmp_path], cwd=tmp_path)
    assert [s.id for s in sources] == ["ok.txt"]
    assert sorted(warnings) == ["skipped noise.txt: binary file", "skipped x.txt: binary file"]


def test_cp1252_text(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "café – naïve", encoding="cp1252")
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert source.text == "café – naïve"


def test_latin1_longer_text(tmp_path: Path) -> None:
    text = "Le café est naïve, déjà vu à Paris. Über Straße. " * 30
    _write(tmp_path / "a.txt", text, encoding="latin-1")
    assert load_sources([tmp_path], cwd=tmp_path)[0][0].text == text


def test_utf8_with_stray_byte(tmp_path: Path) -> None:
    good = "Straße café — “quoted” text. " * 40
    (tmp_path / "a.txt").write_bytes(good.encode() + b"\xe9 end.\n")
    sources, warnings = load_sources([tmp_path], cwd=tmp_path)
    assert sources[0].text == good + "\ufffd end.\n"
    assert warnings == ["a.txt: 1 invalid UTF-8 byte sequence(s) replaced"]


def test_utf16_with_bom(tmp_path: Path) -> None:
    text = "Título\n\nEl año 2024 fue récord.\n"
    for name, encoding in (("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")):
        bom = "\ufeff".encode(encoding)
        (tmp_path / name).write_bytes(bom + text.encode(encoding))
    sources, warnings = load_sources([tmp_path], cwd=tmp_path)
    assert warnings == []
    assert [s.text for s in sources] == [text, text]


def test_utf8_bom_kept(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfHeadline of the day\n\nBody text.\n")
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert source.text.startswith("\ufeffHeadline")
    assert source.title == "Headline of the day"
    assert source.text[source.body_start:] == "Body text.\n"


def test_large_file_loads(tmp_path: Path) -> None:
    line = ("The ministry said 1,204 people were displaced. " * 20 + "\n").encode()
    with open(tmp_path / "big.txt", "wb") as handle:
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    started = time.perf_counter()
    sources, warnings = load_sources([tmp_path], cwd=tmp_path)
    assert warnings == []
    assert len(sources[0].text) >= 50 * 1024 * 1024
    assert time.perf_counter() - started < 5


def test_file_over_limit_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "big.txt", "x" * 2000)
    _write(tmp_path / "ok.txt", "Small.\n")
    sources, warnings = load_sources([tmp_path], cwd=tmp_path, max_bytes=1000)
    assert [s.id for s in sources] == ["ok.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("skipped big.txt: file too large")


def test_very_long_lines(tmp_path: Path) -> None:
    text = "Word after word goes on. " * 80_000  # 2 MB on one line, no newline
    _write(tmp_path / "long.txt", text)
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert source.text == text
    assert source.title is None
    assert source.body_start == 0


def test_nested_folders(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "a" / "b" / "deep.txt", "Deep.\n")
    _write(tmp_path / "in" / "top.md", "Top.\n")
    _write(tmp_path / "in" / "a" / "page.htm", "<p>Page.</p>")
    _write(tmp_path / "in" / "a" / "data.csv", "x,y\n")
    sources, warnings = load_sources([tmp_path / "in"], cwd=tmp_path)
    assert [s.id for s in sources] == ["a/b/deep.txt", "a/page.htm", "top.md"]
    assert [s.path for s in sources] == ["in/a/b/deep.txt", "in/a/page.htm", "in/top.md"]
    assert warnings == []


def test_hidden_files_and_folders_skipped(tmp_path: Path) -> None:
    _write(tmp_path / ".hidden.txt", "Hidden.\n")
    _write(tmp_path / ".git" / "notes.txt", "Hidden too.\n")
    _write(tmp_path / "sub" / ".cache" / "x.md", "Hidden three.\n")
    _write(tmp_path / "sub" / "seen.txt", "Seen.\n")
    sources, _ = load_sources([tmp_path], cwd=tmp_path)
    assert [s.id for s in sources] == ["sub/seen.txt"]


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    root = tmp_path / "root"
    _write(root / "sub" / "a.txt", "A.\n")
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "sub", root / "sub" / "self")
    sources, _ = load_sources([root], cwd=tmp_path)
    assert [s.id for s in sources] == ["sub/a.txt"]


def test_symlinked_file_followed(tmp_path: Path) -> None:
    _write(tmp_path / "elsewhere" / "real.txt", "Real.\n")
    (tmp_path / "in").mkdir()
    os.symlink(tmp_path / "elsewhere" / "real.txt", tmp_path / "in" / "link.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "in" / "broken.txt")
    sources, warnings = load_sources([tmp_path / "in"], cwd=tmp_path)
    assert [(s.id, s.text) for s in sources] == [("link.txt", "Real.\n")]
    assert warnings == ["skipped in/broken.txt: broken symlink"]


def test_unreadable_file_skipped(tmp_path: Path) -> None:
    locked = _write(tmp_path / "locked.txt", "Secret.\n")
    _write(tmp_path / "ok.txt", "Fine.\n")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that read any file")
        sources, warnings = load_sources([tmp_path], cwd=tmp_path)
    finally:
        locked.chmod(0o644)
    assert [s.id for s in sources] == ["ok.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("skipped locked.txt: cannot read")


def test_read_error_becomes_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "bad.txt", "Bad.\n")
    _write(tmp_path / "ok.txt", "Fine.\n")
    real_read = Path.read_bytes

    def failing_read(self: Path) -> bytes:
        if self.name == "bad.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", failing_read)
    sources, warnings = load_sources([tmp_path], cwd=tmp_path)
    assert [s.id for s in sources] == ["ok.txt"]
    assert warnings == ["skipped bad.txt: cannot read (Permission denied)"]


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(InputError, match="no such file or folder"):
        load_sources([missing], cwd=tmp_path)


def test_folder_without_sources(tmp_path: Path) -> None:
    _write(tmp_path / "data.csv", "a,b\n")
    with pytest.raises(InputError, match=r"no readable \.txt, \.md or \.html sources under"):
        load_sources([tmp_path], cwd=tmp_path)


def test_markdown_heading(tmp_path: Path) -> None:
    text = "# Budget doubles\n\nThe budget rose to $3.6 billion.\n\n## Details\n\nMore.\n"
    _write(tmp_path / "a.md", text)
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert source.format == "md"
    assert source.text == text
    assert source.title == "Budget doubles"
    assert source.text[source.body_start:].startswith("The budget rose")


def test_markdown_front_matter(tmp_path: Path) -> None:
    text = ("---\ntitle: \"Troops deployed\"\ndate: 2025-02-04\nauthor: Jane Roe\n---\n\n"
            "Mexico sent 10,000 troops.\n")
    _write(tmp_path / "a.markdown", text)
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert (source.title, source.published, source.author) == (
        "Troops deployed", "2025-02-04", "Jane Roe")
    assert source.text[source.body_start:] == "Mexico sent 10,000 troops.\n"


HTML_PAGE = """<!doctype html>
<html><head>
<title>Cartel leaders transferred</title>
<meta property="article:published_time" content="2025-02-28T10:00:00Z">
<meta name="author" content="Jane Roe">
<style>p { color: red; }</style>
<script>var secret = "do not show";</script>
</head><body>
<header><nav>Home | World</nav></header>
<h1>Cartel leaders transferred</h1>
<p>Mexico sent 29 prisoners
   to the U.S. on Thursday.</p>
<p>Officials said more could follow.<br>Nobody objected.</p>
<ul><li>First item</li><li>Second item</li></ul>
<footer>Copyright</footer>
</body></html>
"""


def test_html_page(tmp_path: Path) -> None:
    _write(tmp_path / "page.html", HTML_PAGE)
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert source.format == "html"
    assert source.title == "Cartel leaders transferred"
    assert source.published == "2025-02-28"
    assert source.author == "Jane Roe"
    assert "secret" not in source.text and "color" not in source.text
    assert "Home" not in source.text and "Copyright" not in source.text
    assert "Mexico sent 29 prisoners to the U.S. on Thursday." in source.text
    assert "\n\nOfficials said more could follow.\nNobody objected.\n\n" in source.text
    assert "First item\n\nSecond item" in source.text
    start = source.text.index("29 prisoners")
    assert source.text[start:start + 12] == "29 prisoners"


def test_html_time_element(tmp_path: Path) -> None:
    _write(tmp_path / "p.htm", "<h1>Flood toll rises</h1><time datetime=\"2024-03-05\">5 March"
           "</time><p>Forty died.</p>")
    source = load_sources([tmp_path], cwd=tmp_path)[0][0]
    assert (source.title, source.published, source.author) == ("Flood toll rises",
                                                               "2024-03-05", None)


def test_paths_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "ä b" / "ñ.txt", "Texto.\n")
    sources, _ = load_sources([tmp_path / "in"], cwd=tmp_path)
    assert [(s.id, s.path) for s in sources] == [("ä b/ñ.txt", "in/ä b/ñ.txt")]


def test_file_given_directly_and_path_outside_cwd(tmp_path: Path) -> None:
    path = _write(tmp_path / "data" / "one.txt", "One.\n")
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    sources, _ = load_sources([path], cwd=elsewhere)
    assert sources[0].id == "one.txt"
    assert sources[0].path == path.resolve().as_posix()


def test_deterministic_ordering(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c/z.txt", "c/a.md", "B.txt"):
        _write(tmp_path / name, f"{name}.\n")
    first, _ = load_sources([tmp_path], cwd=tmp_path)
    second, _ = load_sources([tmp_path / "c", tmp_path], cwd=tmp_path)
    assert [s.path for s in first] == ["B.txt", "a.txt", "b.txt", "c/a.md", "c/z.txt"]
    assert [s.path for s in second] == [s.path for s in first]  # each file loaded once


def test_id_collisions(tmp_path: Path) -> None:
    _write(tmp_path / "one" / "story.txt", "First.\n")
    _write(tmp_path / "two" / "story.txt", "Second.\n")
    _write(tmp_path / "two" / "other.txt", "Other.\n")
    sources, _ = load_sources([tmp_path / "one", tmp_path / "two"], cwd=tmp_path)
    assert sorted(s.id for s in sources) == ["one/story.txt", "other.txt", "two/story.txt"]
    assert len({s.id for s in sources}) == len(sources)


def test_a_wire_dateline_dates_an_undated_story_in_its_folders_year() -> None:
    from verifier.pipeline import dated_by_dateline
    from verifier.sources import dateline_day

    wire = Source(id="s/wire.txt", path="s/wire.txt",
                  text="SYDNEY, Jan 14 (Wire) - A firefighter died on Wednesday.")
    dated = Source(id="s/release.txt", path="s/release.txt", text="Body.",
                   published="2026-01-15")
    plain = Source(id="s/oped.txt", path="s/oped.txt", text="It was a bad week for all of us.")
    assert dateline_day(wire) == (1, 14) and dateline_day(plain) is None
    british = Source(id="b.txt", path="b.txt",
                     text="KINGSMERE, England, 3 March (Albion Press) - An attack hit.")
    assert dateline_day(british) == (3, 3)
    assert [s.published for s in dated_by_dateline([wire, dated, plain])] == [
        "2026-01-14", "2026-01-15", None]
    # a December dateline in a folder dated January is last year's
    december = Source(id="s/dec.txt", path="s/dec.txt", text="KYIV, Dec 30 (Wire) - Talks.")
    assert dated_by_dateline([december, dated])[0].published == "2025-12-30"
