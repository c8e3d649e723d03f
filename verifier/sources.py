"""Find, decode and describe the articles a run reads.

Everything here is about turning files on disk into `Source` records whose offsets can be
trusted: text is decoded once and never rewritten afterwards (HTML is the one exception,
where `Source.text` is the extracted visible text and offsets index that). Problems with
single files become warnings, never tracebacks, so one bad file cannot stop a run.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import Source

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_SNIFF_BYTES = 8192
_GUESS_SAMPLE = 256 * 1024  # bytes charset-normalizer sees when guessing a code page
_HEADER_LINES = 8  # at most this many non-empty lines are looked at for header metadata


@dataclass(frozen=True)
class _Found:
    """A candidate file: where it was found and under which input it was found."""

    path: Path  # as reached (may go through symlinks); used for reading and reporting
    rel: str  # posix path relative to the input folder (or the file name)
    root: Path | None  # the input folder, None for a file given directly


# ---------------------------------------------------------------------------------------------
# Public entry point


def load_sources(
    paths: Sequence[Path],
    cwd: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[list[Source], list[str]]:
    """Load every readable article under `paths`; return them sorted by path, plus warnings.

    Raises InputError for a path that does not exist or when nothing readable was found, since
    both mean the user pointed the tool at the wrong place.
    """
    base = Path.cwd() if cwd is None else Path(cwd)
    warnings: list[str] = []
    found: list[_Found] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        if path.is_dir():
            found.extend(_walk(path, warnings, base))
        elif path.suffix.lower() in TEXT_SUFFIXES:
            found.append(_Found(path, path.name, None))
    unique: list[_Found] = []
    seen_files: set[str] = set()
    for item in found:  # the same file reached twice (overlapping inputs, symlinks) loads once
        real = os.path.realpath(item.path)
        if real not in seen_files:
            seen_files.add(real)
            unique.append(item)
    found = unique
    ids = _assign_ids(found)
    sources: list[Source] = []
    for item in found:
        shown = _display_path(item.path, base)
        source = _load_one(item, ids[id(item)], shown, max_bytes, warnings)
        if source is not None:
            sources.append(source)
    if not sources:
        listed = ", ".join(str(p) for p in paths) or "(no paths given)"
        raise InputError(f"no readable .txt, .md or .html sources under: {listed}")
    sources.sort(key=lambda s: (s.path, s.id))
    return sources, warnings


# ---------------------------------------------------------------------------------------------
# Finding files


def _walk(root: Path, warnings: list[str], base: Path) -> Iterator[_Found]:
    """Yield text files under `root`, following symlinks but never visiting a folder twice.

    Visited folders are tracked by their resolved real path, so a symlink pointing back up the
    tree ends the descent instead of looping.
    """
    seen: set[str] = set()
    results: list[_Found] = []

    def onerror(err: OSError) -> None:
        where = _display_path(Path(err.filename), base) if err.filename else str(root)
        warnings.append(f"skipped {where}: {err.strerror or 'cannot read folder'}")

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        real = os.path.realpath(dirpath)
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        keep = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            if os.path.realpath(os.path.join(dirpath, name)) in seen:
                continue
            keep.append(name)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                continue
            full = Path(dirpath) / name
            if not full.is_file():  # a dangling symlink or a special file
                if full.is_symlink():
                    warnings.append(f"skipped {_display_path(full, base)}: broken symlink")
                continue
            rel = full.relative_to(root).as_posix()
            results.append(_Found(full, rel, root))
    results.sort(key=lambda f: f.rel)
    yield from results


def _assign_ids(found: list[_Found]) -> dict[int, str]:
    """Give each file a stable id; ids that clash across inputs get their folder name prefixed."""
    by_rel: dict[str, list[_Found]] = {}
    for item in found:
        by_rel.setdefault(item.rel, []).append(item)
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for rel, items in by_rel.items():
        if len(items) == 1:
            ids[id(items[0])] = rel
            taken.add(rel)
    for rel, items in by_rel.items():
        if len(items) == 1:
            continue
        for item in items:
            prefix = item.root.name if item.root is not None else item.path.parent.name
            candidate = f"{prefix}/{rel}" if prefix else rel
            n = 2
            unique = candidate
            while unique in taken:
                unique = f"{candidate}#{n}"
                n += 1
            ids[id(item)] = unique
            taken.add(unique)
    return ids


def _display_path(path: Path, base: Path) -> str:
    """Path relative to `base` when inside it (what reports show), else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path(os.path.abspath(base))).as_posix()
    except ValueError:
        return absolute.as_posix()


# ---------------------------------------------------------------------------------------------
# Reading and decoding


def _load_one(
    item: _Found, source_id: str, shown: str, max_bytes: int, warnings: list[str]
) -> Source | None:
    """Read, decode and describe one file; a problem becomes a warning and None."""
    try:
        size = item.path.stat().st_size
        if size > max_bytes:
            warnings.append(f"skipped {shown}: file too large ({size} bytes > {max_bytes})")
            return None
        data = item.path.read_bytes()
    except OSError as err:
        warnings.append(f"skipped {shown}: cannot read ({err.strerror or type(err).__name__})")
        return None
    text, note = _decode(data)
    if note:
        warnings.append(f"{shown}: {note}")
    if text is None:
        warnings.append(f"skipped {shown}: binary file")
        return None
    if not text.strip():
        warnings.append(f"skipped {shown}: empty file")
        return None
    kind = TEXT_SUFFIXES[item.path.suffix.lower()]
    if kind == "html":
        page = extract_html(text)
        if not page.text.strip():
            warnings.append(f"skipped {shown}: no visible text in HTML")
            return None
        return Source(
            id=source_id, path=shown, text=page.text, title=page.title,
            published=page.published, author=page.author, body_start=0, format="html",
        )
    header = read_header(text, markdown=kind == "md")
    return Source(
        id=source_id, path=shown, text=text, title=header.title, published=header.published,
        author=header.author, body_start=header.body_start, format=kind,
    )


def decode_bytes(data: bytes) -> str | None:
    """Decode file bytes to text, or None when they look binary."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """Decode file bytes; return (text or None when binary, a note worth a warning or None).

    UTF-8 first (a BOM is kept so offsets match what a text editor shows), then UTF-16 with a
    BOM. UTF-8 with a few stray bytes keeps its UTF-8 and replaces the strays, since re-reading
    it as cp1252 would garble every accented letter. Otherwise the code page is guessed from a
    sample (charset-normalizer on 50 MB takes seconds); charset-normalizer often picks a wrong
    code page for short Western text (cp1125 for "café"), so cp1252 wins whenever it is one of
    its candidates.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, None
    if b"\x00" in data[:_SNIFF_BYTES]:
        return None, None
    note = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text, note = _decode_non_utf8(data)
        if text is None:
            return None, None
    if _looks_binary(text[:_SNIFF_BYTES]):
        return None, None
    return text, note


def _decode_non_utf8(data: bytes) -> tuple[str | None, str | None]:
    replaced = data.decode("utf-8", "replace")
    bad = replaced.count("\ufffd")
    non_ascii = len(replaced) - len(replaced.encode("ascii", "ignore"))
    if non_ascii - bad > bad:  # mostly valid multi-byte UTF-8: a few corrupt bytes
        return replaced, f"{bad} invalid UTF-8 byte sequence(s) replaced"
    import charset_normalizer

    sample = data[:_GUESS_SAMPLE]
    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None:
        return None, None
    encodings = [m.encoding for m in matches]
    encoding = "cp1252" if "cp1252" in encodings else best.encoding
    try:
        return data.decode(encoding), None
    except (UnicodeDecodeError, LookupError):
        pass
    try:
        return data.decode(encoding, "replace"), f"decoded as {encoding} with replacements"
    except LookupError:
        return None, None


def _looks_binary(sample: str) -> bool:
    """Many control characters mean the bytes were not text, whatever decoded them."""
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 50)


# ---------------------------------------------------------------------------------------------
# HTML


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    published: str | None
    author: str | None


_DROP_TAGS = ("script", "style", "nav", "header", "footer", "noscript", "template", "svg",
              "head", "iframe", "form", "button")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption "
    "figure h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table tbody td tfoot th "
    "thead tr ul caption".split()
)


def extract_html(markup: str) -> HtmlPage:
    """Visible text of a page with paragraphs kept apart, plus title, date and author.

    Blocks are separated by blank lines so the sentence splitter never glues a heading to the
    paragraph under it; whitespace inside a block is collapsed as a browser would.
    """
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(markup, "html.parser")
    title = _html_title(soup)
    published = _html_published(soup)
    author_tag = soup.find("meta", attrs={"name": re.compile(r"^author$", re.I)})
    author = _clean_meta(author_tag.get("content")) if isinstance(author_tag, Tag) else None
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        joined = "".join(current)
        current.clear()
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in joined.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(block)

    _walk_html(soup, current, flush)
    flush()
    return HtmlPage("\n\n".join(blocks) + ("\n" if blocks else ""), title, published, author)


def _walk_html(node: Any, current: list[str], flush: Any) -> None:
    """Depth-first text collection; iterative so deeply nested pages cannot overflow."""
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    skip = (Comment, Doctype, Declaration, ProcessingInstruction)
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        if item is None:
            flush()
            continue
        if isinstance(item, NavigableString):
            if not isinstance(item, skip):
                current.append(re.sub(r"\s+", " ", str(item)))
            continue
        if not isinstance(item, Tag):
            continue
        name = item.name.lower() if item.name else ""
        if name == "br":
            current.append("\n")
            continue
        block = name in _BLOCK_TAGS
        if block:
            flush()
            stack.append(None)  # flush again when the block closes
        stack.extend(reversed(list(item.children)))


def _html_title(soup: Any) -> str | None:
    for tag in (soup.find("title"), soup.find("h1")):
        if tag is not None:
            text = " ".join(tag.get_text(" ").split())
            if text:
                return text
    return None


def _html_published(soup: Any) -> str | None:
    candidates: list[str] = []
    for attrs in ({"property": "article:published_time"}, {"name": "article:published_time"},
                  {"itemprop": "datePublished"}, {"name": "date"}):
        tag = soup.find("meta", attrs=attrs)
        if tag is not None and tag.get("content"):
            candidates.append(str(tag.get("content")))
    for tag in soup.find_all("time"):
        if tag.get("datetime"):
            candidates.append(str(tag.get("datetime")))
    for value in candidates:
        parsed = parse_date(value.strip(), max_len=80)
        if parsed:
            return parsed
    return None


def _clean_meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


# ---------------------------------------------------------------------------------------------
# Header metadata of plain text and Markdown


@dataclass(frozen=True)
class Header:
    title: str | None = None
    published: str | None = None
    author: str | None = None
    body_start: int = 0


_LINE = re.compile(r"[^\n]*\n?")
_ID_LINE = re.compile(r"^(?:document|doc|article|story|id|ref)\b[\w .-]{0,20}(?:#|no\.?|:)\s*"
                      r"[\w-]*\d[\w-]*$", re.I)
_BULLET = re.compile(r"^(?:[-•*–·]\s+)")
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|"
    r"date|dated|released)\s*[:\-–]?\s*", re.I)
_BYLINE = re.compile(r"^(?:by|written\s+by|author|authors|words\s+by)\s*[:\-–]?\s+(.+)$", re.I)
_AUTHOR_TAG = re.compile(r"^(.+?)\s*\((?:author|authors|editor|reporter)\)$", re.I)
_ROLE_LINE = re.compile(
    r"^(?:web|staff|news|online|digital|senior|contributing|managing)\s+"
    r"(?:editor|writer|reporter|desk|team)s?$|^editorial\s+(?:board|team|staff)$", re.I)
_META_LINE = re.compile(r"^(?:themes?|tags?|topics?|categor(?:y|ies)|section|source|filed under"
                        r"|keywords?|location|read(?:ing)? time|photo|image|picture|credit"
                        r"|caption|video|listen)\s*:\s*\S.{0,120}$", re.I)
_NAME_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le",
                   "bin", "al", "el", "y", "dos", "das", "du", "ter", "ten"}
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")
_HEADLINE_SENTENCES = re.compile(r"[a-z)\]”\"’']{2}[.!?]\s+[A-Z]")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                           re.S)
_MD_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$")


def read_header(text: str, markdown: bool = False) -> Header:
    """Find title, publication date, author and where the body begins.

    Only the first few non-empty lines are looked at, and a line counts as header only when it
    is recognisably a title, date, byline or id; the body starts after the last such line. Being
    conservative matters more than being complete: a wrong title misleads a reviewer, a missing
    one does not.
    """
    title: str | None = None
    published: str | None = None
    author: str | None = None
    pos = 0
    if markdown:
        match = _FRONT_MATTER.match(text)
        if match:
            fields = _front_matter(match.group(1))
            title = fields.get("title") or None
            author = fields.get("author") or None
            if fields.get("date"):
                published = parse_date(fields["date"], max_len=80)
            pos = match.end()

    lines: list[tuple[int, int, str]] = []  # (start, end of line incl. newline, stripped text)
    for match in _LINE.finditer(text, pos):
        if not match.group(0):
            break
        stripped = match.group(0).strip().lstrip("\ufeff").strip()
        if not stripped:
            continue
        if len(stripped) > 300 or _is_body_like(stripped):
            break  # the body has begun; nothing after this is header
        lines.append((match.start(), match.end(), stripped))
        if len(lines) >= _HEADER_LINES:
            break

    kinds: list[str] = []
    values: list[str | None] = []
    for _start, _end, line in lines:
        # A title is only the first line (an id line like "Document #1" may precede it).
        may_be_title = title is None and all(k in ("id", "meta") for k in kinds)
        kind, value = _classify(line, may_be_title, markdown)
        kinds.append(kind)
        values.append(value)

    # A bare name ("Web Editor", "Joseph Ledford") is a byline only next to another header line.
    for index, kind in enumerate(kinds):
        if kind == "name":
            near = [kinds[j] for j in (index - 1, index + 1) if 0 <= j < len(kinds)]
            has_neighbour = any(k in ("date", "author", "id", "meta") for k in near)
            kinds[index] = "name" if has_neighbour else "other"
            values[index] = values[index] if has_neighbour else None

    # A title-case first line of 2-4 words ("Border Deal Signed", "John Smith") is a headline
    # unless a date or byline follows at once, in which case it is more likely a byline: then
    # it is claimed as neither, since a wrong title misleads more than a missing one.
    for index, kind in enumerate(kinds):
        if kind == "first_name":
            following = kinds[index + 1] if index + 1 < len(kinds) else ""
            if following in ("date", "author", "name") or not _is_headline(lines[index][2]):
                kinds[index], values[index] = "other", None
            else:
                kinds[index] = "title"

    last_header = -1
    for index, kind in enumerate(kinds):
        if kind == "other":
            continue
        value = values[index]
        if kind == "title" and title is None:
            title = value
        elif kind == "date" and published is None:
            published = value
        elif kind == "author" and author is None:
            author = value
        elif kind == "name" and author is None:  # explicit bylines win over bare names
            author = value if "author" not in kinds else None
        last_header = index
    body_start = lines[last_header][1] if last_header >= 0 else pos
    if published is None and title:
        published = title_date(title)
    return Header(title, published, author, _skip_blank(text, body_start))



def _is_body_like(line: str) -> bool:
    """A longish line ending like a sentence is article text, never a header line."""
    if line.endswith("?"):  # question headlines are common; only long questions are text
        return len(line) > 120
    if not line.endswith((".", "!", "”", '"', "’", ")")):
        return False
    return len(line) > 60 or len(line.split()) >= 8


def _skip_blank(text: str, offset: int) -> int:
    """Move past blank lines so body_start lands on the first body character's line."""
    match = re.compile(r"(?:[ \t\r\f\v]*\n)*").match(text, offset)
    return match.end() if match else offset


def _classify(line: str, first: bool, markdown: bool) -> tuple[str, str | None]:
    """Say what one header candidate line is: title, date, author, name, id, meta or other."""
    if _ID_LINE.match(line) or re.fullmatch(r"#\s*\d{3,}", line):
        return "id", None
    if _META_LINE.match(_BULLET.sub("", line)):
        return "meta", None
    if markdown:
        heading = _MD_HEADING.match(line)
        if heading:
            return ("title", heading.group(1)) if first else ("other", None)
    bare = _BULLET.sub("", line).strip()
    if len(bare) < 60:
        date = parse_date(_DATE_PREFIX.sub("", bare))
        if date:
            return "date", date
        author = _author(bare)
        if author:
            return "author", author
        if _ROLE_LINE.match(bare):
            return "author", bare
        if _is_name(bare):
            return ("first_name", line) if first else ("name", bare)
    if first and not markdown and _is_headline(line):
        return "title", line
    return "other", None


def _author(line: str) -> str | None:
    for pattern in (_BYLINE, _AUTHOR_TAG):
        match = pattern.match(line)
        if match:
            name = match.group(1).strip(" ,;:-–")
            if name and len(name) < 60 and not name.endswith("."):
                return name
    return None


def _is_name(line: str) -> bool:
    """Two to four capitalised words (particles allowed), no digits: looks like a person."""
    words = line.split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in line):
        return False
    capitalised = 0
    for word in words:
        if word.lower() in _NAME_PARTICLES:
            continue
        if not _NAME_WORD.match(word):
            return False
        capitalised += 1
    return capitalised >= 2


def _is_headline(line: str) -> bool:
    if len(line) >= 200 or line.endswith((".", ",", ";", ":")):
        return False
    words = line.split()
    if not 2 <= len(words) <= 30:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"):
        return False
    return not _HEADLINE_SENTENCES.search(line)


def _front_matter(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for raw in block.splitlines():
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", raw)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip("'\"")
        if key in ("published", "date_published", "pubdate"):
            key = "date"
        if key in ("title", "date", "author") and key not in fields:
            fields[key] = value
    return fields


# ---------------------------------------------------------------------------------------------
# Dates

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME_TAIL = (r"(?:[\s,|–-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
              r"(?:\s*\(?[A-Z]{2,5}\)?)?)?\s*$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+\-Z ]*)?$")
_MDY = re.compile(rf"^{_WEEKDAY}({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
                  rf"{_TIME_TAIL}", re.I)
_DMY = re.compile(rf"^{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+"
                  rf"(\d{{4}}){_TIME_TAIL}", re.I)
_DATEISH = re.compile(rf"\b(?:{_MONTH_RE})\b|\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,4}}", re.I)


def parse_date(line: str, max_len: int = 60) -> str | None:
    """A line that is wholly a full date (day, month, year) as ISO YYYY-MM-DD, else None.

    Common newsroom formats are matched by regex; only other date-looking lines reach
    dateparser, whose import and first call cost about a quarter of a second.
    """
    line = line.strip().strip("|").strip()
    if not line or len(line) >= max_len:
        return None
    match = _ISO_DATE.match(line)
    if match:
        return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _MDY.match(line)
    if match:
        return _iso(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
    match = _DMY.match(line)
    if match:
        return _iso(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    if not _DATEISH.search(line) or not re.search(r"\d", line):
        return None
    if len(re.findall(r"[A-Za-z]{3,}", line)) > 4:  # too many words to be only a date
        return None
    return _dateparser_date(line)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def _dateparser_date(line: str) -> str | None:
    import dateparser

    try:
        parsed = dateparser.parse(
            line,
            languages=["en"],
            settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first",
                      "REQUIRE_PARTS": ["year", "month", "day"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    if parsed is None or not 1000 <= parsed.year <= 2999:
        return None
    return parsed.date().isoformat()


_DATE_IN_TITLE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}}|"
                            rf"(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b", re.I)


def title_date(title: str) -> str | None:
    """A full date inside the title ("Fire update, Wednesday 14 January 2026, 6pm") dates a
    release that has no date line of its own."""
    found = _DATE_IN_TITLE.findall(title)
    return parse_date(found[0]) if len(found) == 1 else None


_DATELINE = re.compile(rf"\s*[A-Z][A-Z .'’-]{{2,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{2,30}})?,\s+"
                       rf"(?:(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
                       rf"(?P<m2>{_MONTH_RE})\.?)\b\s*(?:\([^)]{{1,40}}\)\s*)?[-–—]", re.I)


def dateline_day(source: Source) -> tuple[int, int] | None:
    """(month, day) of a wire dateline opening the body ("SYDNEY, Jan 14 (Wire) - ..."): the
    day the story was filed, short of its year."""
    match = _DATELINE.match(source.text, source.body_start)
    if match is None or not match.group(0).lstrip()[:2].isupper():
        return None
    month = _MONTHS[(match.group("m") or match.group("m2")).lower()]
    day = int(match.group("d") or match.group("d2"))
    return (month, day) if 1 <= day <= 31 else None
