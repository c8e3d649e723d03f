"""Turn a RunResult into the reports people and machines read.

Every renderer is a pure function returning a string, so output is byte-stable and testable
without touching disk; `write_outputs` is the only function with side effects. Source text is
untrusted: everything derived from it goes through `escape_md` before it reaches Markdown.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from urllib.parse import quote

from .atomic import write_text_atomic
from .records import Claim, Finding, Review, RunResult, Source

SCHEMA = "verify.discrepancies/1"
VERDICT_ORDER = ("conflict", "scope", "agree")
VERDICT_LABELS = {"conflict": "conflicts", "scope": "scope differences", "agree": "agreements"}
REVIEW_HINT = 'verify review ID --status explained --note "..."'
WORDING_LIMIT = 120

CLAIM_KEYS = (
    "id", "source", "attribution", "sentence", "statement", "start", "end", "line",
    "quantity_text", "value", "low", "high", "unit", "qualifier", "time",
    "kind", "counted", "event", "modality", "aggregation", "time_key", "published",
)
SIDE_KEYS = ("source", "line", "attribution", "quantity_text", "value", "time", "sentence")
DISCREPANCY_CSV_KEYS = (
    "id", "verdict", "severity", "topic", "similarity", "explanation", "review_status",
    "review_note",
    *(f"a_{k}" for k in SIDE_KEYS),
    *(f"b_{k}" for k in SIDE_KEYS),
)

# --------------------------------------------------------------------------------------------
# Escaping
# --------------------------------------------------------------------------------------------

_LINEBREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ALWAYS = re.compile(r"([\\`*\[\]|~])")
# `_` between two letters/digits never opens or closes emphasis (CommonMark), so leave
# "snake_case" and "004_x.txt" readable in a terminal and escape every other underscore.
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LEADING_MARKER = re.compile(r"^(#|[-+=]|\d+[.)])")


def escape_md(text: str) -> str:
    """Make untrusted text inert in Markdown: no HTML, links, emphasis, table or block breaks."""
    return _escape(text, line_start=True)


@functools.lru_cache(maxsize=65536)
def _escape(text: str | None, *, line_start: bool = False, heading: bool = False) -> str:
    """Escape `text`; block markers (`#`, `-`, `1.`) matter only at the start of a line.

    Cached: one sentence appears in every finding and topic row its figures take part in."""
    if not text:
        return ""
    out = _LINEBREAKS.sub(" ", text)
    out = _CONTROL.sub("", out)
    out = _ALWAYS.sub(r"\\\1", out)
    if heading:
        out = out.replace("#", "\\#")
    out = _UNDERSCORE.sub(r"\\_", out)
    out = _ENTITY.sub("&amp;", out)
    out = out.replace("<", "&lt;").replace(">", "&gt;")
    if line_start:
        out = out.lstrip()  # four leading spaces would start a code block
        match = _LEADING_MARKER.match(out)
        if match:
            marker = match.group(1)
            if marker[-1] in ".)":
                out = f"{marker[:-1]}\\{marker[-1]}{out[len(marker):]}"
            else:
                out = "\\" + out
    return out


def _cell(text: str | None, empty: str = "") -> str:
    """A table cell: escaped, and never blank-looking so columns stay readable."""
    return escape_md(text) if text else empty


def _heading(text: str | None) -> str:
    """Heading text: every `#` escaped, since a trailing ` #` would be eaten as a closer."""
    return _escape(text, line_start=True, heading=True) or "untitled"


def _code_id(finding_id: str) -> str:
    """Finding ids are ours, but show them as code only when that cannot break out."""
    if re.fullmatch(r"[\w.:/+=-]+", finding_id):
        return f"`{finding_id}`"
    return escape_md(finding_id)


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _number(x: float | None) -> float | None:
    """JSON has no NaN/Infinity; an unbounded or broken value becomes null."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _sort_key(finding: Finding) -> tuple[int, float, str]:
    """Conflicts first (most severe first), then scope, then agreements; ties by id."""
    rank = VERDICT_ORDER.index(finding.verdict) if finding.verdict in VERDICT_ORDER else 99
    return (rank, -finding.severity, finding.id)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The one ordering every output uses, so reports line up with each other."""
    return sorted(findings, key=_sort_key)


def involves_new(finding: Finding, new_sources: Sequence[str]) -> bool:
    """True when `new_sources` is empty (everything is new) or a claim comes from one of them."""
    if not new_sources:
        return True
    wanted = set(new_sources)
    return any(c.source in wanted or c.path in wanted for c in finding.claims)


def _listed(result: RunResult) -> list[Finding]:
    """Findings the human reports show: with --new, only those touching the new sources."""
    return [f for f in sorted_findings(result.findings) if involves_new(f, result.new_sources)]


def _time_text(c: Claim) -> str | None:
    return c.frame.time.text if c.frame.time else None


def _review_of(result: RunResult, finding: Finding) -> Review | None:
    return result.reviews.get(finding.id)


# --------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------


def claim_to_dict(c: Claim) -> dict:
    """The contract's CLAIM object, plus the frame fields a reviewer or scorer may want."""
    q = c.quantity
    time = c.frame.time
    return {
        "id": c.id,
        "source": c.source,
        "attribution": c.attribution,
        "sentence": c.sentence,
        "statement": c.statement,
        "start": q.start,
        "end": q.end,
        "line": c.line,
        "quantity_text": q.text,
        "value": _number(q.value),
        "low": _number(q.low),
        "high": _number(q.high),
        "unit": q.unit,
        "qualifier": q.qualifier,
        "time": time.text if time else None,
        "kind": q.kind,
        "counted": c.frame.counted,
        "event": c.frame.event,
        "modality": c.frame.modality,
        "aggregation": c.frame.aggregation,
        "time_key": time.key if time else None,
        "published": c.published,
    }


def _source_to_dict(s: Source) -> dict:
    return {"id": s.id, "path": s.path, "title": s.title, "published": s.published,
            "author": s.author}


def _finding_to_dict(f: Finding, result: RunResult) -> dict:
    review = _review_of(result, f)
    return {
        "id": f.id,
        "verdict": f.verdict,
        "severity": round(f.severity, 3),
        "topic": f.topic,
        "similarity": round(f.similarity, 3),
        "explanation": f.explanation,
        "claims": [claim_to_dict(c) for c in f.claims],
        "review": {"status": review.status, "note": review.note} if review else None,
        "new": involves_new(f, result.new_sources),
    }


def render_json(result: RunResult) -> str:
    """The machine report. All findings are included; `new` marks the ones --new asked for."""
    # One source and one finding per line: Python's C encoder only runs without indent, and
    # a line per finding keeps diffs readable while 60,000 findings render in seconds.
    def lines(items: Iterable[dict]) -> str:
        body = ",\n    ".join(json.dumps(item, ensure_ascii=False) for item in items)
        return f"[\n    {body}\n  ]" if body else "[]"

    sources = lines(_source_to_dict(s) for s in sorted(result.sources, key=lambda s: s.id))
    findings = lines(_finding_to_dict(f, result) for f in sorted_findings(result.findings))
    stale = json.dumps(sorted(r.id for r in result.stale_reviews))
    return (f'{{\n  "schema": {json.dumps(SCHEMA)},\n  "sources": {sources},\n'
            f'  "discrepancies": {findings},\n  "stale_reviews": {stale}\n}}\n')


# --------------------------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------------------------

# Cells starting like a formula run as one when the CSV is opened in a spreadsheet.
_FORMULA_START = re.compile(r"^[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d|\.\d)")


def _csv_safe(value: object) -> object:
    """Neutralise spreadsheet formulas in untrusted text; the JSON keeps the verbatim text."""
    if isinstance(value, str) and _FORMULA_START.match(value) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return "" if value is None else value


def csv_line(fields: Iterable[object]) -> str:
    """One RFC 4180 row ending in "\n"; unlike the csv module, also quotes a lone "\r"."""
    out = []
    for value in fields:
        text = "" if value is None else str(value)
        if any(ch in text for ch in ',"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return ",".join(out) + "\n"


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    return csv_line(header) + "".join(csv_line(_csv_safe(v) for v in row) for row in rows)


def render_claims_csv(claims: Iterable[Claim]) -> str:
    """Every claim, one row each, ordered by source then position, for a spreadsheet."""
    ordered = sorted(claims, key=lambda c: (c.source, c.quantity.start, c.id))
    return _csv(CLAIM_KEYS, ([claim_to_dict(c)[k] for k in CLAIM_KEYS] for c in ordered))


def render_discrepancies_csv(result: RunResult) -> str:
    """One row per finding with both sides inline, for sorting and filtering in a spreadsheet."""
    rows = []
    for f in sorted_findings(result.findings):
        review = _review_of(result, f)
        row: list[object] = [
            f.id, f.verdict, round(f.severity, 3), f.topic, round(f.similarity, 3),
            f.explanation, review.status if review else "", review.note if review else "",
        ]
        for c in f.claims:
            d = claim_to_dict(c)
            row.extend(d[k] for k in SIDE_KEYS)
        rows.append(row)
    return _csv(DISCREPANCY_CSV_KEYS, rows)


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------


def _posix(path: str) -> str:
    return PurePath(path).as_posix() if os.sep == "/" else path.replace(os.sep, "/")


def _link_target(path: str, report_dir: str, line: int | None = None) -> str:
    """A link that works on GitHub from the report's folder; .md sources need ?plain=1."""
    rel = _posix(os.path.relpath(path, report_dir or "."))
    url = quote(rel, safe="/._-~")
    if line:
        if PurePath(path).suffix.lower() in (".md", ".markdown"):
            url += "?plain=1"
        url += f"#L{line}"
    return url


def _source_link(c: Claim, report_dir: str) -> str:
    label = f"{_posix(c.path)}#L{c.line}"
    return f"[{_escape(label)}]({_link_target(c.path, report_dir, c.line)})"


def _wordy(ch: str) -> bool:
    """Neither space nor punctuation/symbol: what CommonMark's flanking rules care about."""
    return not ch.isspace() and unicodedata.category(ch)[0] not in "PS"


def _quote(c: Claim) -> str:
    """The sentence with the figure in bold at its own offsets (first match as a fallback)."""
    sentence, qtext = c.sentence, c.quantity.text
    rel = c.quantity.start - c.sentence_start
    if not qtext or not (0 <= rel and sentence[rel:rel + len(qtext)] == qtext):
        rel = sentence.find(qtext) if qtext else -1
    if rel < 0:
        bold = f" (**{_escape(qtext)}**)" if qtext else ""
        return f"“{_escape(sentence.strip())}”{bold}"
    end = rel + len(qtext)
    # `**` next to punctuation inside a word ("US$3.6bn") does not open or close bold in
    # CommonMark; widen the bold span to the whole word in that case.
    if not _wordy(sentence[rel]) and rel > 0 and _wordy(sentence[rel - 1]):
        while rel > 0 and not sentence[rel - 1].isspace():
            rel -= 1
    if not _wordy(sentence[end - 1]) and end < len(sentence) and _wordy(sentence[end]):
        while end < len(sentence) and not sentence[end].isspace():
            end += 1
    before, bold, after = sentence[:rel].lstrip(), sentence[rel:end], sentence[end:].rstrip()
    return f"“{_escape(before)}**{_escape(bold)}**{_escape(after)}”"


def _review_line(result: RunResult, f: Finding) -> str:
    review = _review_of(result, f)
    if not review:
        return "Review: unreviewed"
    note = f" — {_escape(review.note)}" if review.note.strip() else ""
    return f"Review: **{_escape(review.status)}**{note}"


def _finding_block(result: RunResult, f: Finding, report_dir: str) -> list[str]:
    lines = [
        f"### {_heading(f.topic)} ({_code_id(f.id)})",
        "",
        f"Severity {f.severity:.2f} · similarity {f.similarity:.2f}",
        "",
    ]
    for c in f.claims:
        scope = f" (scope: {_escape(_time_text(c))})" if _time_text(c) else ""
        lines.append(f"- **{_escape(c.party)}**, {_source_link(c, report_dir)}: "
                     f"{_quote(c)}{scope}")
    lines += ["", escape_md(f.explanation), "", _review_line(result, f), ""]
    return lines


def _truncate(text: str, limit: int = WORDING_LIMIT) -> str:
    """Shorten at a word boundary so table rows stay on one screen line."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:") + "…"


def _claim_date(c: Claim) -> str:
    return c.frame.time.start if c.frame.time and c.frame.time.start else (c.published or "")


def _topic_groups(result: RunResult, findings: Sequence[Finding]
                  ) -> list[tuple[str, str, list[Claim]]]:
    """(label, key, claims) per topic: the run's topics when it has them, else the findings'."""
    if result.topics:
        return [(t.label, t.id, list(t.claims)) for t in result.topics]
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.topic_id or f.topic, []).append(f)
    out = []
    for key, members in groups.items():
        claims: dict[str, Claim] = {}
        for f in members:
            for c in f.claims:
                claims.setdefault(c.id, c)
        label = min((f.topic for f in members if f.topic), default=key)
        out.append((label, key, list(claims.values())))
    return out


def _topic_tables(result: RunResult, findings: Sequence[Finding]) -> list[str]:
    """One timeline table per topic that more than one party speaks about."""
    topics = [(label, key, claims) for label, key, claims in _topic_groups(result, findings)
              if len({c.party for c in claims}) >= 2]
    lines: list[str] = []
    for label, key, claims_ in sorted(topics, key=lambda t: (t[0], t[1])):
        rows = sorted(claims_, key=lambda c: (_claim_date(c) == "", _claim_date(c), c.source,
                                              c.quantity.start, c.id))
        lines += [f"### {_heading(label or key)}", "",
                  "| Source | Party | Date | Scope | Value | Wording |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for c in rows:
            lines.append("| " + " | ".join([
                _cell(c.source), _cell(c.party), _cell(c.published, "—"),
                _cell(_time_text(c), "—"), f"**{_escape(c.quantity.text)}**",
                _cell(_truncate(c.statement or c.sentence)),
            ]) + " |")
        lines.append("")
    return lines


def _counts(findings: Sequence[Finding], result: RunResult) -> dict[str, tuple[int, int]]:
    """verdict -> (count, unreviewed)."""
    out = {}
    for verdict in VERDICT_ORDER:
        group = [f for f in findings if f.verdict == verdict]
        out[verdict] = (len(group), sum(1 for f in group if f.id not in result.reviews))
    return out


def render_index_md(result: RunResult, *, command: str = "verify seeds/",
                    report_dir: str = "reports") -> str:
    """The human report: what disagrees, who says what, where, and how to review it."""
    listed = _listed(result)
    counts = _counts(listed, result)
    claims_per_source: dict[str, int] = {}
    for c in result.claims:
        claims_per_source[c.source] = claims_per_source.get(c.source, 0) + 1

    lines = ["# Claim check report", ""]
    lines += ["## Sources", "", "| Source | Title | Published | Author | Claims |",
              "| --- | --- | --- | --- | ---: |"]
    for s in sorted(result.sources, key=lambda s: s.id):
        link = f"[{_escape(s.id)}]({_link_target(s.path, report_dir)})"
        lines.append(f"| {link} | {_cell(s.title, '—')} | {_cell(s.published, '—')} | "
                     f"{_cell(s.author, '—')} | {claims_per_source.get(s.id, 0)} |")
    lines.append("")

    reviewed = sum(1 for f in listed if f.id in result.reviews)
    lines += ["## Summary", ""]
    if result.new_sources:
        names = ", ".join(_escape(n) for n in sorted(result.new_sources))
        lines += [f"Only findings involving the new sources: {names}.", ""]
    for verdict in VERDICT_ORDER:
        n, open_ = counts[verdict]
        extra = f" ({open_} unreviewed)" if verdict != "agree" and n else ""
        lines.append(f"- {VERDICT_LABELS[verdict].capitalize()}: **{n}**{extra}")
    lines += [f"- Reviewed: {reviewed}", f"- Stale reviews: {len(result.stale_reviews)}", ""]
    lines += ["Re-run:", "", "```sh", command.replace("\n", " "), "```", "",
              "Record a review (status: confirmed, explained or false_alarm):", "",
              "```sh", REVIEW_HINT, "```", ""]

    for verdict, title in (("conflict", "Conflicts"), ("scope", "Scope differences")):
        group = [f for f in listed if f.verdict == verdict]
        lines += [f"## {title}", ""]
        if not group:
            lines += ["None.", ""]
        for f in group:
            lines += _finding_block(result, f, report_dir)

    topic_lines = _topic_tables(result, listed)
    if topic_lines:
        lines += ["## Topics", ""] + topic_lines

    agreements = [f for f in listed if f.verdict == "agree"]
    if agreements:
        lines += ["## Agreements", ""]
        for f in agreements:
            a, b = f.claims
            lines.append(f"- {escape_md(f.topic)}: **{_escape(a.quantity.text)}** "
                         f"({_escape(a.source)}) ≈ **{_escape(b.quantity.text)}** "
                         f"({_escape(b.source)})")
        lines.append("")

    if result.stale_reviews:
        lines += ["## Stale reviews", "",
                  "These reviews match no current finding (the text changed or the finding "
                  "went away). They are kept in reviews.csv.", ""]
        for r in sorted(result.stale_reviews, key=lambda r: r.id):
            note = f" — {_escape(r.note)}" if r.note.strip() else ""
            lines.append(f"- {_code_id(r.id)}: {_escape(r.status) or 'no status'}{note}")
        lines.append("")

    if result.warnings:
        lines += ["## Warnings", ""] + [f"- {_escape(w)}" for w in result.warnings] + [""]

    return "\n".join(lines).rstrip("\n") + "\n"


def render_summary_table(result: RunResult) -> str:
    """A few aligned lines for the end of a terminal run."""
    header = ("verdict", "count", "unreviewed", "new")
    rows = []
    for verdict in VERDICT_ORDER:
        group = [f for f in result.findings if f.verdict == verdict]
        rows.append((
            verdict, str(len(group)),
            str(sum(1 for f in group if f.id not in result.reviews)),
            str(sum(1 for f in group if involves_new(f, result.new_sources))),
        ))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def fmt(row: Sequence[str]) -> str:
        first = row[0].ljust(widths[0])
        rest = "  ".join(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))
        return f"{first}  {rest}"

    lines = [fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]
    if result.stale_reviews:
        lines.append(f"stale reviews: {len(result.stale_reviews)}")
    return "\n".join(lines) + "\n"


def render_step_summary(result: RunResult, *, limit: int = 50) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: counts and the conflicts nobody has reviewed yet."""
    listed = _listed(result)
    counts = _counts(listed, result)
    lines = ["## verify", "", "| Verdict | Count | Unreviewed |", "| --- | ---: | ---: |"]
    for verdict in VERDICT_ORDER:
        n, open_ = counts[verdict]
        lines.append(f"| {verdict} | {n} | {open_} |")
    lines.append("")
    open_conflicts = [f for f in listed if f.verdict == "conflict" and f.id not in result.reviews]
    if open_conflicts:
        lines += ["### Unreviewed conflicts", ""]
        for f in open_conflicts[:limit]:
            a, b = f.claims
            lines.append(f"- {_code_id(f.id)} {_escape(f.topic)}: "
                         f"**{_escape(a.quantity.text)}** ({_escape(a.source)}) vs "
                         f"**{_escape(b.quantity.text)}** ({_escape(b.source)})")
        if len(open_conflicts) > limit:
            lines.append(f"- … and {len(open_conflicts) - limit} more (see the full report)")
        lines.append("")
    if result.stale_reviews:
        lines += [f"{len(result.stale_reviews)} stale review(s) match no current finding.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def write_outputs(result: RunResult, out_dir: Path, claims_dir: Path, *,
                  command: str = "verify seeds/") -> list[Path]:
    """Write all four reports atomically; links in index.md are relative to out_dir."""
    report_dir = _posix(os.path.relpath(out_dir, Path.cwd()))
    outputs = [
        (out_dir / "index.md", render_index_md(result, command=command, report_dir=report_dir)),
        (out_dir / "discrepancies.json", render_json(result)),
        (out_dir / "discrepancies.csv", render_discrepancies_csv(result)),
        (claims_dir / "claims.csv", render_claims_csv(result.claims)),
    ]
    for path, text in outputs:
        write_text_atomic(path, text)
    return [path for path, _ in outputs]
