"""reviews.csv: hand edits survive, statuses are validated, notes round-trip exactly."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier.errors import ReviewError
from verifier.reviews import VALID_STATUSES, applied_reviews, load_reviews, record_review


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_missing_file_is_empty(tmp_path: Path) -> None:
    assert load_reviews(tmp_path / "reviews.csv") == ([], [])


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "claims" / "reviews.csv"
    review = record_review(path, "f1", "explained", "different periods, see p.2",
                           reviewer="ana", date="2025-05-01")
    assert (review.id, review.status, review.note) == ("f1", "explained",
                                                       "different periods, see p.2")
    record_review(path, "f2", "false_alarm")
    assert path.read_text(encoding="utf-8").splitlines()[0] == "id,status,note,reviewer,date"
    rows, warnings = load_reviews(path)
    assert warnings == []
    assert [(r.id, r.status, r.note, r.reviewer, r.date) for r in rows] == [
        ("f1", "explained", "different periods, see p.2", "ana", "2025-05-01"),
        ("f2", "false_alarm", "", "", ""),
    ]
    assert set(applied_reviews(rows)) == {"f1", "f2"}
    assert (path.parent / "reviews.csv.lock").exists()


def test_invalid_status_raises_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    with pytest.raises(ReviewError) as info:
        record_review(path, "f1", "maybe")
    message = str(info.value)
    assert "\n" not in message and all(s in message for s in VALID_STATUSES)
    assert not path.exists()


def test_status_is_case_and_space_tolerant(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    assert record_review(path, " f1 ", " Confirmed ").status == "confirmed"
    assert rows_of(path)[0]["id"] == "f1"


HAND_EDITED = (
    "\ufeffid , status,note,reviewer,date,ticket\r\n"
    "a1,explained,period differs ,bo,2025-01-02,JIRA-1\r\n"
    "\r\n"
    "a2,maybe,not sure yet,,,\r\n"
    "a3 ,Confirmed,,,,JIRA-3\r\n"
    "   \r\n"
    ",confirmed,orphan note,,,\r\n"
    "# a comment, with commas\r\n"
)


def test_hand_edited_file_is_read_tolerantly(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_bytes(HAND_EDITED.encode("utf-8"))
    rows, warnings = load_reviews(path)
    assert [r.id for r in rows] == ["a1", "a2", "a3", "", "# a comment"]
    assert rows[0].note == "period differs " and rows[0].extra == (("ticket", "JIRA-1"),)
    assert rows[2].status == "confirmed"
    assert set(applied_reviews(rows)) == {"a1", "a3"}
    assert warnings == [
        f"{path} line 4: unknown status 'maybe' (kept, not applied)",
        f"{path} line 7: no id (kept, not applied)",
    ]


def test_record_review_keeps_everything_from_a_hand_edited_file(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_bytes(HAND_EDITED.encode("utf-8"))
    before, _ = load_reviews(path)
    record_review(path, "new1", "false_alarm", "rounding")
    after, _ = load_reviews(path)
    assert after[:-1] == before
    assert (after[-1].id, after[-1].status, after[-1].extra) == ("new1", "false_alarm",
                                                                 (("ticket", ""),))
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "id,status,note,reviewer,date,ticket"
    assert "\r" not in text and not text.startswith("\ufeff")
    assert "a2,maybe,not sure yet" in text  # unknown status kept, unchanged


def test_updating_an_existing_id_keeps_order_and_other_columns(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text("id,status,note,reviewer,date,ticket\n"
                    "a,confirmed,first,ann,2025-01-01,T1\n"
                    "b,explained,second,bob,2025-01-02,T2\n"
                    "c,confirmed,third,,,T3\n", encoding="utf-8")
    record_review(path, "b", "false_alarm", "changed my mind", date="2025-02-02")
    rows = rows_of(path)
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[1] == {"id": "b", "status": "false_alarm", "note": "changed my mind",
                       "reviewer": "bob", "date": "2025-02-02", "ticket": "T2"}
    assert rows[0]["note"] == "first" and rows[2]["ticket"] == "T3"


def test_duplicate_ids_last_wins_and_all_rows_kept(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text("id,status,note\nx,confirmed,old\ny,explained,\nx,explained,new\n",
                    encoding="utf-8")
    rows, warnings = load_reviews(path)
    assert applied_reviews(rows)["x"].note == "new"
    assert warnings == [f"{path} line 4: id 'x' also on line 2; the last row applies"]
    record_review(path, "x", "false_alarm", "newest")
    assert [(r["id"], r["note"]) for r in rows_of(path)] == [("x", "old"), ("y", ""),
                                                            ("x", "newest")]


def test_unquoted_commas_in_note_are_joined_back(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text("id,status,note,reviewer,date\n"
                    "a,explained,one, two, three,ann,2025-01-01\n", encoding="utf-8")
    rows, warnings = load_reviews(path)
    assert (rows[0].note, rows[0].reviewer, rows[0].date) == ("one, two, three", "ann",
                                                              "2025-01-01")
    assert len(warnings) == 1 and "line 2: 2 more field(s)" in warnings[0]
    record_review(path, "b", "confirmed")
    assert rows_of(path)[0]["note"] == "one, two, three"


def test_semicolon_file_and_missing_header(tmp_path: Path) -> None:
    semi = tmp_path / "semi.csv"
    semi.write_text("id;status;note\na;confirmed;ok, fine\n", encoding="utf-8")
    rows, _ = load_reviews(semi)
    assert (rows[0].id, rows[0].note) == ("a", "ok, fine")
    bare = tmp_path / "bare.csv"
    bare.write_text("a,confirmed,no header here\n", encoding="utf-8")
    rows, warnings = load_reviews(bare)
    assert rows[0].note == "no header here" and "no header row" in warnings[0]
    record_review(bare, "b", "explained")
    assert [r["id"] for r in rows_of(bare)] == ["a", "b"]


def test_cp1252_file_is_read_and_rewritten_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_bytes("id,status,note\na,confirmed,café – ok\n".encode("cp1252"))
    rows, warnings = load_reviews(path)
    assert rows[0].note == "café – ok" and "cp1252" in warnings[0]
    record_review(path, "b", "confirmed")
    assert rows_of(path)[0]["note"] == "café – ok"


def test_unclosed_quote_refuses_to_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    original = 'id,status,note\na,confirmed,"oops\nb,explained,fine\n'
    path.write_text(original, encoding="utf-8")
    _, warnings = load_reviews(path)
    assert any("malformed CSV" in w for w in warnings)
    with pytest.raises(ReviewError, match="nothing was written"):
        record_review(path, "c", "confirmed")
    assert path.read_text(encoding="utf-8") == original


def test_concurrent_records_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    threads = [threading.Thread(target=record_review, args=(path, f"f{i}", "confirmed"))
               for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.id for r in load_reviews(path)[0]) == sorted(f"f{i}" for i in range(20))


def test_unsavable_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    for note in ("bad \ud800 bytes", "nul \x00"):
        with pytest.raises(ReviewError, match="cannot be saved"):
            record_review(path, "f1", "confirmed", note)
    assert not path.exists()


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=TEXT, other=TEXT)
def test_any_note_round_trips(tmp_path: Path, note: str, other: str) -> None:
    path = tmp_path / "reviews.csv"
    path.unlink(missing_ok=True)
    record_review(path, "keep", "confirmed", other)
    record_review(path, "f1", "explained", "placeholder")
    record_review(path, "f1", "explained", note)
    rows, _ = load_reviews(path)
    assert [(r.id, r.note) for r in rows] == [("keep", other), ("f1", note)]
