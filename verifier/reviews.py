"""Read and update claims/reviews.csv, a file people also edit by hand.

The rule is: never lose a row or a column. Rows the tool does not understand (unknown status,
no id, comments, extra columns) are kept and written back; they are only not applied.
Rows with more fields than the header usually come from unquoted commas in a note, so the
surplus fields are joined back into the note with "," (the original text) and a warning is
given. Notes are kept verbatim (no stripping) so any text survives a round trip; id, status,
reviewer and date are compared with surrounding spaces ignored.
"""

from __future__ import annotations

import codecs
import csv
import fcntl
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_text_atomic
from .errors import ReviewError
from .records import Review

VALID_STATUSES = ("confirmed", "explained", "false_alarm")
KNOWN_COLUMNS = ("id", "status", "note", "reviewer", "date")


@dataclass
class _Row:
    """One data row as found: known columns by name, extras in header order, raw text."""

    line: int
    known: dict[str, str]
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Table:
    extra_names: list[str]
    rows: list[_Row]
    warnings: list[str]


def _decode(data: bytes) -> tuple[str, str | None]:
    """Text plus a warning when the file was not UTF-8 (spreadsheets save cp1252 or UTF-16)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), f"not UTF-8; read as {encoding}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _delimiter(text: str) -> str:
    """A spreadsheet in some locales saves with ';' or tabs; look at the header line only."""
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if "," not in first:
        for candidate in (";", "\t"):
            if candidate in first:
                return candidate
    return ","


def _parse(text: str, strict: bool) -> list[tuple[int, list[str]]]:
    """(first line number, fields) per CSV record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=strict)
    records: list[tuple[int, list[str]]] = []
    line = 1
    for fields in reader:
        records.append((line, fields))
        line = reader.line_num + 1
    return records


def _read_table(path: Path, *, for_rewrite: bool = False) -> _Table:
    """Parse the file into rows without judging them; a missing file is an empty table.

    Malformed quoting (an unclosed quote swallows the rows after it) is read leniently for a
    report, but refused for a rewrite, which could otherwise merge rows.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _Table([], [], [])
    text, warning = _decode(data)
    warnings = [f"{path}: {warning}"] if warning else []
    try:
        records = _parse(text, strict=True)
    except csv.Error as exc:
        message = f"{path}: malformed CSV ({exc}); fix the quoting by hand"
        if for_rewrite:
            raise ReviewError(message + ", nothing was written") from exc
        warnings.append(message)
        records = _parse(text, strict=False)
    records = [(n, f) for n, f in records if any(x.strip() for x in f)]  # blank lines

    if records and "id" in [x.strip().lower() for x in records[0][1]]:
        header = [x.strip() for x in records[0][1]]
        records = records[1:]
    else:
        header = list(KNOWN_COLUMNS)
        if records:
            warnings.append(f"{path}: no header row; read as {','.join(KNOWN_COLUMNS)}")

    # Map each header position to a known column (first occurrence) or an extra column.
    slots: list[str | None] = []
    seen: set[str] = set()
    extra_names: list[str] = []
    for name in header:
        low = name.lower()
        if low in KNOWN_COLUMNS and low not in seen:
            seen.add(low)
            slots.append(low)
        else:
            slots.append(None)
            extra_names.append(name)

    rows = []
    for line_no, fields in records:
        surplus = len(fields) - len(header)
        if surplus > 0:
            at = slots.index("note") if "note" in slots else len(header) - 1
            fields = fields[:at] + [",".join(fields[at:at + surplus + 1])] + \
                fields[at + surplus + 1:]
            warnings.append(f"{path} line {line_no}: {surplus} more field(s) than the header; "
                            f"joined into {header[at] or 'the last column'} "
                            f"(quote notes that contain commas)")
        fields = fields + [""] * (len(header) - len(fields))
        known = dict.fromkeys(KNOWN_COLUMNS, "")
        extra = []
        for slot, name, value in zip(slots, header, fields, strict=True):
            if slot is None:
                extra.append((name, value))
            else:
                known[slot] = value
        rows.append(_Row(line_no, known, extra))
    return _Table(extra_names, rows, warnings)


def _to_review(row: _Row) -> Review:
    status = row.known["status"].strip()
    if status.lower() in VALID_STATUSES:
        status = status.lower()
    return Review(
        id=row.known["id"].strip(),
        status=status,
        note=row.known["note"],
        reviewer=row.known["reviewer"].strip(),
        date=row.known["date"].strip(),
        extra=tuple(row.extra),
    )


def load_reviews(path: Path) -> tuple[list[Review], list[str]]:
    """All rows (understood or not) and one warning line per row that will not be applied."""
    table = _read_table(path)
    warnings = list(table.warnings)
    reviews = []
    first_line: dict[str, int] = {}
    for row in table.rows:
        review = _to_review(row)
        reviews.append(review)
        where = f"{path} line {row.line}"
        if review.id.startswith("#"):
            continue  # a comment someone wrote: kept, silently
        if not review.id:
            warnings.append(f"{where}: no id (kept, not applied)")
        elif review.status not in VALID_STATUSES:
            warnings.append(f"{where}: unknown status {review.status!r} (kept, not applied)")
        elif review.id in first_line:
            warnings.append(f"{where}: id {review.id!r} also on line {first_line[review.id]}; "
                            "the last row applies")
        if review.id and review.status in VALID_STATUSES:
            first_line.setdefault(review.id, row.line)
    return reviews, warnings


def applied_reviews(rows: list[Review]) -> dict[str, Review]:
    """Rows with a valid status, by id; for a repeated id the last row wins."""
    return {
        r.id: r for r in rows
        if r.id and not r.id.startswith("#") and r.status in VALID_STATUSES
    }


def _csv_line(fields: list[str]) -> str:
    """One RFC 4180 row; unlike the csv module, a lone "\r" in a note is quoted too."""
    out = [f'"{f.replace(chr(34), chr(34) * 2)}"' if any(ch in f for ch in ',"\r\n') else f
           for f in fields]
    return ",".join(out) + "\n"


def _serialise(table: _Table) -> str:
    lines = [_csv_line([*KNOWN_COLUMNS, *table.extra_names])]
    for row in table.rows:
        extras = [v for _, v in row.extra]
        extras += [""] * (len(table.extra_names) - len(extras))
        lines.append(_csv_line([*(row.known[k] for k in KNOWN_COLUMNS), *extras]))
    return "".join(lines)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Exclusive lock on reviews.csv.lock so two `verify review` runs cannot lose an edit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    with open(lock_path, "a") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


def record_review(path: Path, finding_id: str, status: str, note: str = "",
                  reviewer: str = "", date: str = "") -> Review:
    """Set the review for one finding, keeping every other row and column as it was.

    The last row with this id is updated in place (earlier duplicates stay untouched, the last
    one applies); otherwise a row is appended. Empty `reviewer`/`date` keep the row's values.
    """
    finding_id = finding_id.strip()
    wanted = status.strip().lower()
    if wanted not in VALID_STATUSES:
        raise ReviewError(f"unknown status {status!r}; use one of: {', '.join(VALID_STATUSES)}")
    if not finding_id:
        raise ReviewError("a review needs a finding id")
    for label, value in (("id", finding_id), ("note", note), ("reviewer", reviewer),
                         ("date", date)):
        if "\x00" in value or not _encodable(value):
            raise ReviewError(f"the {label} contains characters that cannot be saved "
                              "(NUL or invalid Unicode)")
    with _locked(path):
        table = _read_table(path, for_rewrite=True)
        target = next((r for r in reversed(table.rows) if r.known["id"].strip() == finding_id),
                      None)
        if target is None:
            target = _Row(0, dict.fromkeys(KNOWN_COLUMNS, ""),
                          [(name, "") for name in table.extra_names])
            target.known["id"] = finding_id
            table.rows.append(target)
        target.known["status"] = wanted
        target.known["note"] = note
        if reviewer:
            target.known["reviewer"] = reviewer
        if date:
            target.known["date"] = date
        before = len(table.rows)
        text = _serialise(table)
        if len(_read_rows_from_text(text)) != before:  # belt and braces: never lose a row
            raise ReviewError(f"{path}: refusing to rewrite, a row would be lost")
        write_text_atomic(path, text)
        return _to_review(target)


def _encodable(text: str) -> bool:
    """Lone surrogates (from undecodable command-line bytes) cannot be written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _read_rows_from_text(text: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return [r for r in rows[1:] if any(x.strip() for x in r)]
