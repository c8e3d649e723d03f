"""Atomic claims: one statement per comparable quantity, with its frame and its party."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from verifier.attribution import (
    BACK_REFERENCES,
    PRONOUN_PARTIES,
    Attribution,
    attribution_for,
    find_attributions,
    sentence_subject,
)
from verifier.frames import ASIDE, clause_around, frame_for, mask_asides
from verifier.quantities import parse_quantities
from verifier.records import COMPARABLE_KINDS, KIND_DURATION, Claim, Quantity, Sentence, Source
from verifier.sentences import split_sentences
from verifier.timescope import SAME_PERIOD, time_for


def normalise_statement(text: str) -> str:
    """Case, spacing and quote style never change what a statement says."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def fingerprint(*parts: str) -> str:
    """A short, stable content hash: no offsets or line numbers, so unrelated edits keep it."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _statement(sentence: str, q: Quantity) -> str:
    """The clause holding the figure, read with appositives and relative asides left out:
    "Lake Corran, which supplies 1.2 million people, held 41 per cent" → "Lake Corran held
    41 per cent"."""
    parts: list[str] = []
    cursor = 0
    shift = 0
    for aside in ASIDE.finditer(sentence):
        if aside.start() <= q.start < aside.end():
            continue
        parts.append(sentence[cursor:aside.start()])
        if aside.end() <= q.start:
            shift += aside.end() - aside.start()
        cursor = aside.end()
    parts.append(sentence[cursor:])
    plain = "".join(parts)
    start = q.start - shift
    clause = clause_around(plain, start, start + len(q.text))
    text = re.sub(r"\s+", " ", plain[clause.start:clause.end])
    return re.sub(r" ([,.;:])", r"\1", re.sub(r"([,;:]) ?(?=[,.;:])", "", text)).strip(
        " ,;:-–—.")


def _without_cue(sentence: str, cue: Attribution | None, q: Quantity) -> str:
    """The sentence with the attribution cue blanked (offsets kept): who says it is the claim's
    attribution, and "Guild organiser Ben Castillo said" would only pull the statement's
    embedding away from another party's statement of the same figure."""
    if cue is None or cue.cue_start < 0 or cue.cue_end > q.start or \
            cue.how not in ("said", "according_to", "per", "cited_by", "appositive", "pronoun"):
        return sentence  # "Pinecrest County's own tally ... reaches": the cue names the thing
    start, end = cue.cue_start, cue.cue_end
    if re.fullmatch(r"\s*(?:[A-Za-z][\w'’-]*\s+){0,4}", sentence[:start]):
        start = 0  # "Guild organiser Ben Castillo said": the title goes with the name
    that = re.match(r"\s+(?:that|on \w+ that|on \w+)\b", sentence[end:])
    if that and start < q.start:
        end += that.end()
    return sentence[:start] + " " * (end - start) + sentence[end:]


_LEVEL_OWNER = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:is|was|stood|stands|"
                          r"held|holds|remained|remains|reached|hit|had|has)\b")
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|begun|set|hit|struck)\s+(?:by|on|in|at|"
                               r"during|after)\s+[^,;]{3,80}?,(?=\s)")
_OWNER_VERB = (r"(?:won|wins|took|takes|secured|got|claimed|holds|held|has|had|brings?|"
               r"commands?|received|gained|kept|retained|captured)\s+"
               # "took 34.2 percent of the vote and 92 seats"
               r"(?:(?:[^,.;]|\.(?=\d)){1,40}?\s+and\s+)?"
               r"(?:(?:only|just|a record|a total of|some|about|around|nearly|almost|more than|"
               r"over)\s+)*$")
_COUNT_OWNER = re.compile(rf"((?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)(?:['’]s?)?\s+{_OWNER_VERB}")
# "It won 97 of the 240 seats": the owner is the party the article was just talking about
_PRONOUN_OWNER = re.compile(rf"\b(?:It|it|They|they)\s+{_OWNER_VERB}")
# "the National Union came third with 27 seats": a ranking names whose count it is
_RANKED_OWNER = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:came|finished|was|"
                           r"ended|placed)?\s*(?:first|second|third|fourth|fifth|sixth|last)\s+"
                           r"(?:with|on)\s+(?:(?:[^,.;]|\.(?=\d)){1,40}?\s+and\s+)?"
                           r"(?:(?:only|just|a record)\s+)?$")
_LABEL_OWNER = re.compile(r"\W*((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*:\s")
_NOT_OWNERS = {"The", "A", "An", "In", "On", "At", "By", "But", "And", "This", "That", "It",
               "Its", "Their", "Final", "Overall", "Total", "Last", "So"}
_DEFINITE_SMALL = re.compile(r"(?i)\b(?:the|these|those|its|their|our|his|her|both)\s+$")


# "the median wait was 31 weeks", "waits of 18 weeks": a duration that is the figure, not the
# period of another ("in the past five years", "for 18 weeks", "within 18 weeks").
_DURATION_LEVEL = re.compile(r"(?i)\b(?:was|were|is|are|stood at|stands at|averag\w+|of|"
                             r"reached|r[io]sen? to|fell to|fallen to|increased to|"
                             r"lengthened to|to|took|takes|lasted|lasting|lasts|for|within|"
                             r"(?:delayed|postponed|late|extended|overran) by|waited|went|"
                             r"spent|going|gone|"
                             r"in under|in less than)\s+(?:(?:about|around|nearly|almost|more than|"
                             r"over|some|roughly|just|only|an? average of)\s+)*$")
_DURATION_SCOPE = re.compile(r"(?i)\b(?:in|over|after|past|last|next|first|period of|term of|"
                             r"up to)\s+(?:the\s+)?(?:(?:past|last|next|first|same)\s+)?$")
# a verb the gap between two events belongs to (not a fronted "Three days after the attack,")
_INTERVAL_VERB = re.compile(r"(?i)\b(?:\w+ed|was|were|took place|came|happened|lasted|waited)\s+"
                            r"(?:[\w'’-]+\s+){0,4}$")
# a deadline or a standard, not what happened: "should be seen within 18 weeks"
_DURATION_TARGET = re.compile(r"(?i)\b(?:should|must|target|aim\w*|pledge\w*|promis\w*|goal|"
                              r"standard|required|requires|expected|expects|supposed|within the)\b")
# "three days of strike action", "a 90-minute blackout": the duration is the figure
_DURATION_OF = re.compile(r"(?i)^(?:-[a-z]+\s+[a-z]|\s+of\s+(?!the\b|this\b|that\b))")


def _is_duration_level(sentence: str, q: Quantity) -> bool:
    """A duration that is the figure itself ("the wait was 31 weeks", "sank within 20
    minutes", "diverted for 36 hours", "three days of strike action"), not the period of
    another figure ("in the past five years") nor a deadline ("within 18 weeks")."""
    if q.kind != KIND_DURATION:
        return False
    before = sentence[max(0, q.start - 40):q.start]
    if _DURATION_TARGET.search(before):
        return False
    if re.match(r"(?i)\s*(?:before|after)\s+(?:the|a|an|its|their|it|\w+ing)\b",
                sentence[q.end:]) and _INTERVAL_VERB.search(before):
        # "disclosed the breach nine days after detecting it", "last inspected 19 days
        # before the derailment", "lasted eight days before": the gap is the figure
        return not _DURATION_SCOPE.search(before)
    if re.match(r"(?i)\s*(?:ago|earlier|later|before|after|old|long|from now)\b",
                sentence[q.end:]):
        return False
    if (_DURATION_OF.match(sentence[q.end:]) or "-" in q.text) and \
            not _DURATION_SCOPE.search(before):
        return True
    if q.qualifier in ("less_than", "more_than", "at_most") and re.search(r"(?i)\bin\s+$",
                                                                           before):
        return True  # "sank in under half an hour": how long, not when
    return bool(_DURATION_LEVEL.search(before)) and not _DURATION_SCOPE.search(before)


# "rose to 1,820, from 1,540 a year earlier", "up from 1,540": the figure a change starts from
_BASELINE_BEFORE = re.compile(r"(?i)(?:\b(?:up|down|rising|falling|rose|fell|climbed|dropped|drop|"
                              r"fall|rise|increase|decrease|decline|jump)\s+from|,\s+from|"
                              r"\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?)\s+"
                              r"(?:(?:the|a|its)\s+)?(?:(?:previous|last|prior|same)\s+"
                              r"(?:year|month|week|quarter|period)['’]s\s+)?(?:(?:about|around|"
                              r"some|nearly|almost|just|roughly)\s+)?[£$€]?$")
_SUBJECT_NAME = re.compile(r"(?:[A-Z]:\s*)?(?:The\s+)?((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
                           r"(?=[\s,])")


def _subject_name(sentence: str) -> str | None:
    """A proper name opening the sentence ("The Civic Alliance has every reason ...",
    "A: The Civic Alliance, a centre-right party ..."), for an "it" that follows."""
    m = _SUBJECT_NAME.match(sentence.strip())
    if not m or len(m.group(1).split()) < 2 or m.group(1).split()[0] in _NOT_OWNERS:
        return None
    return m.group(1)


def _is_reference(sentence: str, q: Quantity) -> bool:
    """ "the two nations", "its three leaders": a small definite count names, it does not claim."""
    return (q.kind == "count" and q.value < 10 and not any(ch.isdigit() for ch in q.text)
            and bool(_DEFINITE_SMALL.search(sentence[:q.start])))


def claims_from_sentence(source: Source, sentence: Sentence,
                         reference_date: str | None = None) -> list[Claim]:
    """Every comparable figure in one sentence, as claims with offsets into the source.

    `reference_date` resolves "last year" when the article itself is undated (the run uses
    the latest date of the other articles: a story folder is written within days)."""
    found = parse_quantities(sentence.text)
    # Other figures are excluded from the time scope; dates, years and durations are not
    # figures but the very words a scope is made of.
    spans = tuple((q.start, q.end) for q in found if q.kind in COMPARABLE_KINDS)
    claims = []
    for q in found:
        if (q.kind not in COMPARABLE_KINDS and not _is_duration_level(sentence.text, q)) \
                or _is_reference(sentence.text, q):
            continue
        clause = clause_around(sentence.text, q.start, q.end)
        others = tuple(s for s in spans if s != (q.start, q.end))
        # "The fire, sparked by a lightning strike on Jan. 9, has destroyed 137 homes": the
        # date in the aside is the fire's, not the count's
        timed_text = _PARTICIPLE_ASIDE.sub(
            lambda m, at=q.start: m.group(0) if m.start() <= at < m.end()
            else " " * len(m.group(0)), sentence.text)
        change = q.kind in ("percent", "percentage_points", "multiplier")
        time = time_for(timed_text, (clause.start, clause.end), (q.start, q.end),
                        source.published or reference_date, others, change=change)
        if time is not None and not source.published and reference_date:
            unanchored = time_for(timed_text, (clause.start, clause.end), (q.start, q.end),
                                  None, others, change=change)
            # a guessed year ("1 September", "in March") is nearly always right; a guessed
            # week or day ("last week", "on Tuesday") is not
            if unanchored is None or unanchored.key != time.key and re.search(
                    r"weekday|today|\b(?:week|day)s?\b", unanchored.key):
                time = replace(time, estimated=True)
        frame = frame_for(sentence.text, q, time)
        role = q.role or ("from" if _BASELINE_BEFORE.search(
            sentence.text[max(0, q.start - 30):q.start]) else "")
        absolute = Quantity(
            start=sentence.start + q.start, end=sentence.start + q.end, text=q.text,
            value=q.value, unit=q.unit, kind=q.kind, low=q.low, high=q.high,
            qualifier=q.qualifier, role=role,
        )
        cue = attribution_for(sentence.text, q.start)
        statement = _statement(_without_cue(sentence.text, cue, q), q)
        if q.kind == "count":  # an owner names the count better than a place does
            # "The Civic Alliance, led by Ilona Marek, took ... 92 seats": asides masked
            plain = _PARTICIPLE_ASIDE.sub(lambda m: " " * len(m.group(0)),
                                          mask_asides(sentence.text, q))[:q.start]
            plain = re.sub(r" {2,}", " ", plain)
            owner = _COUNT_OWNER.search(plain) or _RANKED_OWNER.search(plain) or \
                _LABEL_OWNER.match(sentence.text)
            name = re.sub(r"^(?:The|A|An)\s+", "", owner.group(1)) if owner else ""
            if name and name.split()[0] not in _NOT_OWNERS:
                # "Civic Forward won 52 seats", "National Union: 18.2 per cent, 29 seats":
                # whose count it is, so another party's count is not the same quantity
                frame = replace(frame, place=name)
        if frame.aggregation == "share" and not frame.place:
            owner = _LEVEL_OWNER.match(statement) or _LABEL_OWNER.match(sentence.text)
            if owner and owner.group(1).split()[0] not in _NOT_OWNERS and \
                    owner.group(1).lower() != frame.counted.lower():
                # "Lake Corran stood at 26 per cent", "Dunmere was at 63 per cent": whose level
                frame = replace(frame, place=owner.group(1))
        claims.append(Claim(
            id="", source=source.id, path=source.path, sentence=sentence.text,
            sentence_start=sentence.start, statement=statement,
            quantity=absolute, line=sentence.line,
            attribution=cue.party if cue else None, frame=frame,
            published=source.published, written=source.published or reference_date,
        ))
    return claims


def _with_ids(claims: Iterable[Claim]) -> list[Claim]:
    """Give each claim a content fingerprint (source, normalised sentence, figure, value);
    repeats of one figure in one sentence get an ordinal. No offsets, no line numbers."""
    seen: Counter[str] = Counter()
    out = []
    for claim in claims:
        # The sentence, not our derived statement: a review must survive improvements to how
        # statements are cut, as well as edits elsewhere in the article.
        base = fingerprint(claim.source, normalise_statement(claim.sentence),
                           normalise_statement(claim.quantity.text), repr(claim.quantity.value))
        seen[base] += 1
        claim_id = base if seen[base] == 1 else fingerprint(base, str(seen[base]))
        out.append(_replace_id(claim, claim_id))
    return out


def _replace_id(claim: Claim, claim_id: str) -> Claim:
    return replace(claim, id=claim_id)


_ANAPHOR = re.compile(r"\b(?:(?i:the|this|that|its|their)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s)"
                      r"\s+(?i:(?:own|real|true|actual|official|final|correct|right|same)\s+)?"
                      r"(?i:figure|number|total|tally|count|estimate|rate|share|proportion)\b"
                      r"(?!\s+(?i:of|number)\b)")  # "the total number of victims" names its noun


# A sentence opening on a pronoun carries on the one before, and its time with it.
_CONTINUES = re.compile(r"\W*(?:They|It|He|She|These|Those)\s+(?:were|was|are|is|had|have|has|"
                        r"also|then|later)\b"
                        # "It is true that ...", "It was clear that": an opening, no reference
                        r"(?!\s+(?:(?:not|also)\s+)?(?:true|clear|likely|possible|unlikely|"
                        r"worth|important|hard|difficult|easy|said|thought|estimated|"
                        r"believed|understood|reported|expected)\b)")


def _resolve_references(claim: Claim, previous: list[Claim]) -> Claim:
    """ "The port authority insists the figure was 6 per cent for the same first week":
    the figure and the week are the previous sentence's, so take its frame for them."""
    if not previous:
        return claim
    frame = claim.frame
    statement = claim.statement
    same_dim = [p for p in previous if p.quantity.kind == claim.quantity.kind]
    anaphor = _ANAPHOR.search(statement)
    figure_at = statement.find(claim.quantity.text)
    if same_dim and anaphor and (0 <= anaphor.start() < figure_at or not frame.counted
                                 or frame.counted.lower() in anaphor.group(0).lower()):
        antecedent = same_dim[-1]
        frame = replace(frame, counted=antecedent.frame.counted,
                        event=frame.event or antecedent.frame.event,
                        target=frame.target or antecedent.frame.target,
                        place=frame.place or antecedent.frame.place)
        statement = (statement[:anaphor.start()] + f"the {antecedent.frame.counted}"
                     + statement[anaphor.end():])
    same = SAME_PERIOD.search(claim.sentence)
    if frame.time is None and _CONTINUES.match(claim.sentence):
        # "Today 1,380 firefighters worked the fire. They were supported by 32 aircraft."
        timed = [p for p in previous if p.frame.time is not None]
        if timed:
            frame = replace(frame, time=timed[-1].frame.time)
    elif same and (frame.time is None or "same" in same.group(0).lower()):
        timed = [p for p in previous if p.frame.time is not None]
        if timed:
            frame = replace(frame, time=timed[-1].frame.time)
    return replace(claim, frame=frame, statement=statement)


def headline_claims(source: Source, reference_date: str | None = None) -> list[Claim]:
    """Figures in the title line. A headline compresses the body ("Quake toll climbs to 487"),
    so its words are too few to match on; it only echoes findings on the body figure it
    repeats (see compare.headline_echoes)."""
    title = source.title
    at = source.text.find(title, 0, source.body_start) if title and source.body_start else -1
    if at < 0 or title is None:
        return []
    line = source.text.count("\n", 0, at) + 1
    sentence = Sentence(start=at, end=at + len(title), text=title, line=line)
    return [replace(c, headline=True)
            for c in claims_from_sentence(source, sentence, reference_date)]


def extract_claims(source: Source, reference_date: str | None = None) -> list[Claim]:
    """All claims of one source in reading order, the headline's first (marked `headline`)."""
    claims: list[Claim] = headline_claims(source, reference_date)
    previous: list[Claim] = []
    last_named: str | None = None  # the party "it" or "they" refers back to
    last_owner: str | None = None  # whose count "It won 97 seats" is
    for sentence in split_sentences(source.text, source.body_start):
        # parties this sentence names outright: what a later "it" or "they" refers back to
        cues = [a for a in find_attributions(sentence.text)
                if a.how != "pronoun" and a.party.lower() not in BACK_REFERENCES]
        subject = sentence_subject(sentence.text)
        named = [a.party for a in cues] or ([subject] if subject else [])
        found: list[Claim] = []
        for claim in claims_from_sentence(source, sentence, reference_date):
            # "The commission said 41,200 ballots ..., but officials put the figure at
            # 93,000": an earlier figure of the same sentence is the nearer antecedent
            earlier = [c for c in found if c.quantity.kind == claim.quantity.kind]
            if claim.quantity.kind == "count" and last_owner and \
                    _PRONOUN_OWNER.search(claim.sentence[:claim.quantity.start
                                                         - claim.sentence_start]):
                claim = replace(claim, frame=replace(claim.frame, place=last_owner))
            if claim.attribution in PRONOUN_PARTIES:
                # "Norcoal maintains 41 ..., but it said 40": the nearest party named before
                before = [a.party for a in cues
                          if a.start < claim.quantity.start - sentence.start]
                claim = replace(claim, attribution=before[-1] if before else last_named)
            found.append(_resolve_references(claim, earlier or previous))
        if named:
            last_named = named[-1]
        owners = [c.frame.place for c in found if c.frame.place]
        last_owner = owners[-1] if owners else (_subject_name(sentence.text) or last_owner)
        claims.extend(found)
        if found:
            previous = found
    return _with_ids(_canonical_parties(claims))


def _canonical_parties(claims: list[Claim]) -> list[Claim]:
    """One name per party within an article: "the forestry department" later in the text is
    "the state forestry department" named earlier, not a second source; "the report" is the
    report the article named, or the author's own reading when it named none."""
    names = sorted({c.attribution for c in claims if c.attribution}, key=lambda n: -len(n))
    words = {n: set(re.findall(r"[a-z]+", n.lower())) - {"the", "s", "own"} for n in names}
    canonical: dict[str, str | None] = {}
    for name in names:
        fallback = None if name.lower() in BACK_REFERENCES else name
        canonical[name] = next((longer for longer in names if len(longer) > len(name)
                                and words[name] and words[name] <= words[longer]), fallback)
    return [replace(c, attribution=canonical[c.attribution]) if c.attribution else c
            for c in claims]
