"""Hand-made records for unit tests: claims built from one sentence without the parser."""

from __future__ import annotations

from verifier.records import Claim, Frame, Quantity, TimeScope


def make_claim(
    sentence: str, figure: str, value: float, *, source: str = "a.txt", unit: str = "",
    kind: str = "count", low: float | None = None, high: float | None = None,
    qualifier: str = "exact", attribution: str | None = None, counted: str = "",
    event: str = "", modality: str = "actual", aggregation: str = "total", direction: str = "",
    time: TimeScope | None = None, place: str = "", claim_id: str | None = None,
    line: int = 1,
) -> Claim:
    start = sentence.index(figure)
    quantity = Quantity(start, start + len(figure), figure, value, unit, kind,
                        value if low is None else low, value if high is None else high,
                        qualifier)
    frame = Frame(counted=counted, event=event, modality=modality, aggregation=aggregation,
                  direction=direction, place=place, time=time)
    return Claim(
        id=claim_id or f"{source}:{figure}", source=source, path=f"seeds/{source}",
        sentence=sentence, sentence_start=0, statement=sentence, quantity=quantity, line=line,
        attribution=attribution, frame=frame,
    )
