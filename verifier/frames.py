"""Quantity frames: what a figure measures, read from the words around it.

Embeddings cannot tell "10,000 troops sent to the border" from "the 133,000-strong National
Guard"; the frame can: the thing counted, the event, whether it is a threat or a fact, a rate
or a total, one event or a running count. Matching and verdicts compare frames.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from verifier.records import (
    KIND_COUNT,
    KIND_FRACTION,
    KIND_MEASURE,
    KIND_MONEY,
    KIND_MULTIPLIER,
    KIND_PERCENT,
    KIND_POINTS,
    Frame,
    Quantity,
    TimeScope,
)
from verifier.timescope import is_rate

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w’'-]*")
# Verbs and participles end a noun phrase; "jailed criminal bosses" keeps an -ed word only
# when a noun follows it inside the phrase.
_IRREGULAR_VERBS = {
    "fell", "rose", "went", "came", "left", "took", "made", "gave", "saw", "became", "remain",
    "remains", "stood", "stand", "stands", "hit", "put", "set", "got", "began", "say", "says",
    "said", "died", "die", "dies", "account", "accounts", "claim", "claims", "live", "lives",
    "face", "faces", "work", "works", "due", "because", "compared", "having", "being",
    "give", "gives", "take", "takes", "make", "makes", "pay", "pays", "cost", "spend",
    "spends", "get", "gets", "send", "sends", "keep", "keeps", "hold", "holds", "held", "show",
    "shows", "puts", "need", "needs", "want", "wants", "run", "runs", "reach", "reaches",
    "remained", "lost", "won", "paid", "spent", "sold", "bought", "built", "brought", "led",
    "increase", "raise", "cut", "reduce", "lift", "impose", "levy", "extend", "double",
}
_CLAUSE_BREAK = re.compile(
    r"\s*[;:()\u2013\u2014]\s*|\s+-\s+|,\s+(?=(?:but|while|whereas|although|though|which|who|"
    r"with|including|as|after|before|when|claiming|saying|according|and|or|yet|so|"
    r"[a-z]+ing)\b)|\s+but\s+"
)

# Words that end a counted noun phrase when reading rightwards from the figure.
_STOP_AFTER = {
    "to", "in", "on", "at", "from", "for", "since", "by", "with", "along", "over", "during",
    "across", "into", "who", "that", "which", "than", "were", "was", "are", "is", "have",
    "has", "had", "been", "be", "being", "will", "would", "could", "this", "these", "those",
    "last", "per", "a", "an", "the", "as", "after", "before", "between", "under", "including",
    "through", "while", "but", "within", "against", "up", "down", "out", "off", "each",
    "every", "alone", "so", "far", "or", "among", "amid", "via", "such", "its", "their",
    "his", "her", "our", "it", "they", "them", "there", "when", "where", "if", "because",
    "not", "no", "more", "less", "and", "of", "about", "around", "back", "away", "whose",
    "first", "quarter", "week", "weeks", "month", "months", "year", "years", "day", "days",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "total",
}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                "those", "some", "all", "total", "of", "number", "just", "only", "about"}
_UNIT_WORDS = {"per", "cent", "percent", "percentage", "points", "point", "pc"}

_CHANGE_NOUNS = {
    "increase", "rise", "drop", "fall", "decline", "reduction", "decrease", "cut", "jump",
    "growth", "gain", "loss", "surge", "slump", "dip", "hike", "plunge", "climb", "contraction",
}
_DOWN = re.compile(
    r"\b(?:fell|fallen|fall(?:s|ing)?|drop(?:s|ped|ping)?|declin\w*|reduc\w*|decreas\w*|"
    r"cut(?:s|ting)?|lower\w*|down|fewer|slump\w*|dip\w*|plung\w*|shr[iu]nk\w*|contract\w*|"
    r"halved|loss(?:es)?|slid|slipp\w*|sank|sunk|tumbl\w*|plummet\w*|shed|lost|lower)\b",
    re.IGNORECASE)
_UP = re.compile(
    r"\b(?:r[io]se|risen|rising|increas\w*|gr[eo]w\w*|growth|jump\w*|up|more|higher|surg\w*|"
    r"climb\w*|soar\w*|hike\w*|doubled|tripled|gain\w*|offer\w*|award\w*|settlement|"
    r"raise\w*)\b", re.IGNORECASE)

# Event classes: a stem pattern for each. Order matters only for ties at equal distance.
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("transfer", r"\b(?:transfer\w*|sen[dt]\w*|extradit\w*|hand\w* over|turn\w* over|"
                     r"handed|expel\w*|deliver\w*)\b"),
        ("deport", r"\b(?:deport\w*|repatriat\w*|returne\w*|removal\w*|"
                   r"remov\w*)\b"),
        ("deploy", r"\b(?:deploy\w*|mobili[sz]\w*|dispatch\w*|station\w*|troops?)\b"),
        ("seize", r"\b(?:seiz\w*|confiscat\w*|intercept\w*|haul\w*|impound\w*)\b"),
        ("capture", r"\b(?:captur\w*|arrest\w*|detain\w*|detention\w*|apprehen\w*|caught|"
                    r"jail\w*|imprison\w*)\b"),
        ("destroy", r"\b(?:destroy\w*|dismantl\w*|demolish\w*|raze\w*|razed|levelled)\b"),
        ("wound", r"\b(?:wound\w*|injur\w*|hurt)\b"),
        ("rescue", r"\b(?:rescu\w*|alive|surviv\w*|brought (?:out|up|to the surface))\b"),
        ("burn", r"\b(?:burn\w*|scorch\w*|charred|blackened)\b"),
        # what was permitted is not what was built: "permissions for 3,100 homes were granted"
        ("approve", r"\b(?:planning permissions?|permission|granted|consented)\b"),
        ("build", r"\b(?:built|completed|completions?|finished|constructed)\b"),
        ("arrive", r"\b(?:arriv\w*|crossed into|entered|crossings?|crossed the \w+)\b"),
        # a crowd: "85,000 people took part", "a turnout of 400,000"
        ("attend", r"\b(?:took part|taking part|take part|marched|turnout|turned out|attend\w*|"
                   r"took to the streets|joined the (?:march|protest|rally)|"
                   r"participants?|protesters|demonstrators|marchers|rallied)\b"),
        ("evacuate", r"\b(?:evacuat\w*)\b"),
        ("displace", r"\b(?:displac\w*|fled|flee\w*|uproot\w*|homeless\w*)\b"),
        ("death", r"\b(?:kill\w*|died|dead|death\w*|die|dying|murder\w*|homicid\w*|fatal\w*|"
                  r"overdos\w*|toll|perish\w*|drown\w*|lost (?:their|his|her) li(?:ves|fe)|"
                  r"lives (?:were |have been |had been )?lost|bodies)\b"),
        ("disappear", r"\b(?:disappear\w*|missing|unaccounted)\b"),
        ("trap", r"\b(?:trap(?:ped|ping|s)|stranded|entombed|stuck|queued|queuing|queueing)\b"),
        ("tariff", r"\b(?:tariff\w*|levy|levies|levied|(?<!on )(?<!off )dut(?:y|ies)|tax\w*)\b"),
        ("trade", r"\b(?:trade|export\w*|import\w*|shipp\w*|commit\w* \S+ barrels)\b"),
        # what was set aside is not what was spent: "set aside £31m", "a budget of £31m"
        ("budget", r"\b(?:set aside|sets aside|setting aside|budgeted|earmarked|budget of)\b"),
        ("fund", r"\b(?:fund\w*|budget\w*|spen[dt]\w*|invest\w*|aid|assistance|allocat\w*|"
                 r"cost\w*|paid|pay\w*|grant\w*)\b"),
        ("approval", r"\b(?:approval|approv(?:e|es|ing)|poll\w*|popularity)\b"),
        ("production", r"\b(?:produc\w*|output|harvest\w*|manufactur\w*)\b"),
        ("hospital", r"\b(?:hospitali[sz]\w*|admitted to hospital|in hospital)\b"),
        ("cases", r"\b(?:cases?|infect\w*|confirmed(?!\s+(?:dead|killed|deaths?|missing))|"
                  r"outbreak|sick|sickened|fell ill|fallen ill|falling ill|fall ill)\b"),
    )
)

_THREAT = re.compile(
    # ("warn" but not the US "WARN Act" notices of layoffs)
    r"\b(?:threat\w*|(?-i:[Ww]arn\w*)|propos\w*|planned(?=\s+(?:\S+\s+)?$)|plans? to|planning to|"
    r"preparing|prepares|getting ready|"
    r"sought to|seeks? to|"
    r"seeking to|would|could|might|vow\w*|aims? to|intend\w*|possibl\w*|potential\w*|"
    r"considering|floated|demand\w*)\b", re.IGNORECASE)
# "asked donors for $412 million", "the budget request of $2bn": wanted, not granted.
_REQUEST = re.compile(r"(?i)\b(?:request\w*|asked (?:\w+ ){0,3}for|asks? (?:\w+ ){0,3}for|seeks?|"
                      r"sought|appeal\w*|applied for|bid for|calls? for|called for|lobbied for)\b")
_ESTIMATE = re.compile(r"\b(?:forecast\w*|project\w*|predict\w*|expect\w*|estimat\w*|"
                       r"on (?:course|track|pace) (?:for|to))\b",
                       re.IGNORECASE)
_SINGLE = re.compile(
    r"\b(?:in a single|a single (?:day|operation|raid|transfer)|one-day|in one day|"
    r"one operation|one raid|(?:first|second|third|latest|new|another) (?:mass )?(?:transfer|"
    r"operation|raid|haul|batch|shipment|wave|round)|a mass (?:transfer|expulsion))\b",
    re.IGNORECASE)
# "fallen 14 per cent", "rose by 5%": a change; "to 30%", "at 82 per cent": a level.
_CHANGE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:fell|fallen|falling|drop(?:ped|ping)?|declin\w*|decreas\w*|r[io]se|risen|rising|"
    r"increas\w*|grew|grown|jump\w*|climb\w*|cut|slash\w*|down|up|shr[iu]nk\w*|reduc\w*|"
    r"plung\w*|soar\w*|slid|slipp\w*|sank|sunk|tumbl\w*|plummet\w*|dipp\w*|gain\w*|shed|"
    r"lost|edg\w*(?:\s+(?:up|down))?|surg\w*)\s+(?:by\s+)?(?:(?:some|about|around|nearly|"
    r"almost|more than|over|"
    r"just|only|roughly)\s+)*$")
# Hedge words that may stand between a cue and its figure ("fell by about 14 per cent");
# the second set leaves out bounds ("more than", "over"), which a target level never takes.
_HEDGES = r"(?:(?:some|about|around|nearly|almost|more than|over|just|only|roughly)\s+)*"
_HEDGES_NO_BOUND = r"(?:(?:some|about|around|nearly|almost|just|only|roughly)\s+)*"
_CHANGE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?P<noun>increase|rise|drop|fall|decline|reduction|decrease|cut|jump|growth|gain|"
    r"loss|surge|slump|dip|hike|plunge|climb|contraction)s?\s+"
    r"(?:in\s+(?:the\s+)?(?P<what>[^,;.\d]{1,50}?)\s+)?of\s+" + _HEDGES + r"$")
_MOVE_TO = re.compile(
    r"(?i)\b(?P<verb>increas\w*|rais\w*|lift\w*|hik\w*|boost\w*|reduc\w*|cut\w*|lower\w*|"
    r"decreas\w*|slash\w*|trim\w*)\s+(?:[\w'’-]+\s+){0,5}?to\s+" + _HEDGES_NO_BOUND + r"$")
_LEVEL_BEFORE = re.compile(r"(?i)\b(?:to|at|of|reached|hit|stood at|stands at|totall?ed|was|were|"
                           r"is|are|remained|remains)\s+"
                           r"(?:(?:some|about|around|nearly|almost|more than|over|just|only|"
                           r"roughly|an? )\s*)*$")
_CHANGE_NOUN_AFTER = re.compile(
    r"(?i)^\s*(?:-\s*)?(?:per\s*cent|percent|percentage points?|points?|%)?\s*"
    # "a 20 per cent real-terms pay cut", "the 3.8 per cent offer"
    r"(?:(?!of\b|in\b|on\b)[a-z][\w-]*\s+){0,2}?(?:" +
    "|".join(sorted({"increase", "rise", "drop", "fall", "decline", "reduction", "decrease",
                     "cut", "jump", "growth", "gain", "loss", "surge", "slump", "dip", "hike",
                     "plunge", "climb", "contraction", "offer", "award", "settlement",
                     "raise", "collapse", "slide", "tumble", "boost", "uplift"})) + r")s?\b")
# "9,300 rail workers at X and 7,400 dockworkers in Y, a total of 17,600": items of a sum
_LISTED_BEFORE_TOTAL = re.compile(r"(?i)^[^.;:]{0,120}?,\s+(?:a|for a|making a|giving a)\s+"
                                  r"(?:combined\s+)?total\s+of\s+(?:about\s+|some\s+|around\s+)?"
                                  r"\d")
# "1.8 million of the region's 2.4 million people": the second figure is the whole
_WHOLE_AFTER_PART = re.compile(r"(?i)\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:of|out of)"
                               r"\s+(?:the|its|their|all)?\s*(?:[\w-]+['’]s\s+)?$")
_STRENGTH = re.compile(r"^-?strong\b|^\s*(?:personnel|members)?\s*-?strong\b", re.IGNORECASE)
# "Of the relief package, $310 million ...", "including 37 in January": a part, not the whole.
_PART_OF = re.compile(r"(?i)(?:^\s*of\s+(?:the|this|that|its|their|these|those)\b[^,]{0,80},|"
                      # "23 suspects arrested: 14 in this country, 5 in Spain"
                      r"\b[\d,.]+\s+[^:;.]{0,40}:\s+(?:[^:;.]*,\s*)?$|"
                      r"\b(?:including|of which|of whom|among them|among whom)\s+(?:some\s+|"
                      r"about\s+|around\s+|at least\s+)?$)")
# "made up 4,100 of those waiting", "$310 million of the package": a part of a named whole.
# ("97 of the 240 seats" states the 97 out of a stated total, and "encrypted 15 of the trust's
# systems" counts what was encrypted: only "made up" and the like single out a part).
_PART_OF_AFTER = re.compile(r"(?i)^\s*of\s+(?:the|those|them|these|its|their|all|whom|which)\b"
                            r"(?!\s+[\d,.]+\b)")
_PART_VERB_BEFORE = re.compile(r"(?i)\b(?:made up|make up|makes up|accounted for|account for|"
                               r"accounts for|comprised|comprise|represented|represent|"
                               r"represents)\s+(?:(?:about|around|some|nearly|almost|roughly|"
                               r"just|only|more than)\s+)*$")
# "third with 27 seats" are seats won; a venue "with 300 seats" holds them.
_VENUE = re.compile(r"(?i)\b(?:stadium|arena|hall|theat(?:re|er)|venue|cinema|auditorium|plane|"
                    r"aircraft|jet|bus|train|carriage|coach|room|church|restaurant|classroom|"
                    r"ground|stand|ferry|ship|vessel)s?\b")
# "a pay offer of 4.5 per cent", "the council's offer to the drivers of 3.5 per cent": a rise.
_PAY_STEP = re.compile(r"(?i)\b(?:offer|award|settlement|pay deal|pay claim|demand)s?\s+"
                       r"(?:to\s+(?:the\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?)?"
                       r"(?:of|(?:is|was|would be) worth)\s+"
                       + _HEDGES_NO_BOUND + r"$")
# ("left" before a figure is a verb: "left Miami with 2,870", "left 12 dead")
_STILL = re.compile(r"(?i)(?:\b(?:still|remaining|remain|remains)\b[^,;.]{0,20}$|"
                    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:remain|remained|remains|are still|were still|"
                    r"is still|was still)\b|^\s*(?:[\w'’-]+\s+)?still\b)")
# A count's step, not its level: "(up 17 seats)", "down 12", "rose by 300".
_COUNT_STEP = re.compile(r"(?i)(?:\b(?:up|down)|\b(?:r[io]se|risen|fell|fallen|increased|decreased|"
                         r"dropped|climbed|declined|grew|grown|jumped)\s+by)\s+"
                         r"(?:(?:some|about|around|nearly|almost|more than|over|just|only)\s+)*$")
# "the 112-car train", "a 300-bed hospital", "the 240-seat Assembly": the size of a thing
_SIZED_THING = re.compile(r"(?i)^-[a-z]+\s+(?:[\w'’-]+\s+){0,3}?(?:train|convoy|fleet|ship|"
                          r"vessel|ferry|"
                          r"hotel|hospital|building|tower|block|assembly|parliament|chamber|"
                          r"house|council|senate|squad|team|crew|jury|panel|committee|board|"
                          r"plane|aircraft|jet|bus|complex|estate|stadium|arena|prison|school|"
                          r"camp|shelter|ward|unit|site|facility|plant|mine|farm|field)s?\b")
_DEFINITE_SIZE = re.compile(r"(?i)(?:^|[^\w\s]\s*|\b(?:of|in|to|from|for|across)\s+)the\s+$")
_SIZE_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:of|in)\s+the\s+[A-Z]")
_PEAK = re.compile(r"(?i)\b(?:peak(?:ed|s|ing)?|topp(?:ed|ing)|maxim(?:um|al)|high)\s+"
                   r"(?:(?:at|of)\s+)?(?:(?:about|around|some|nearly|almost|more than|over)\s+)*$")
# "closing 14 per cent lower", "5% higher than a year ago": a change stated after the step.
_COMPARATIVE_AFTER = re.compile(r"(?i)^\s*(?:per\s*cent|percent|%|percentage points?|points?)?"
                                r"\s*(lower|higher|down|up|less|more|fewer|cheaper|dearer)\b"
                                r"(?!\s+(?:to|from)\b)")
# "cuts the sole quota by 18 per cent": a change, however far the verb is from its step.
_CHANGED_BY = re.compile(
    r"(?i)\b(?P<verb>cut\w*|rais\w*|increas\w*|reduc\w*|lower\w*|lift\w*|boost\w*|trim\w*|"
    r"slash\w*|r[io]se|risen|fell|fallen|drop\w*|grew|grown|shr[iu]nk\w*|declin\w*)\b"
    r"[^,;]{0,60}\bby\s+" + _HEDGES + r"$")
# A baseline over other years, not this period's figure: "the five-year average is 640,000".
_AVERAGE = re.compile(r"(?i)\b(?:[\w]+-year|long-term|long-run|historical|historic|seasonal|"
                      r"decade|normal|previous|prior)\s+(?:average|mean|median|norm)\b")
# Benchmarks and definitions, not measurements: "defined as those over 120 hectares",
# "the 15 per cent level", "a target of 50,000".
_THRESHOLD_BEFORE = re.compile(
    r"(?i)(?:\bdefined as (?:those |any |anything )?(?:of |over |above |below |under |more than |"
    r"less than )?|\b(?:threshold|target|benchmark|limit|cap|ceiling|goal|minimum|maximum) of |"
    r"\b(?:those|anything|any) (?:over|above|below|under) |"
    r"\b(?:needs?|needed|requires?|required|must (?:win|reach|get|secure)) (?:at least )?|"
    # "investigates when 3 per cent of passengers fall ill": a trigger, not a reading
    r"\b(?:when|if|once|whenever|unless) (?:more than |at least |over |fewer than )?)"
    r"(?:about |around |some )?$")
_THRESHOLD_AFTER = re.compile(
    r"(?i)^\s*(?:per\s*cent|percent|%)?\s*(?:level|threshold|benchmark|mark|limit|target|"
    r"cap|ceiling|line|minimum|maximum)\b")
# "holds about 6,000 cars", "designed for 800": what a place can take, not what it has.
_CAPACITY = re.compile(r"(?i)\b(?:holds?|can (?:hold|take|house|accommodate)|capacity (?:of|for)|"
                       r"designed for|built for|space for|room for|able to (?:hold|take)|"
                       r"accommodates?)\s+(?:up to\s+|about\s+|around\s+|some\s+)?$")
# "assaults on staff": a count narrowed to the people it fell on (not "on the fire ground")
_PEOPLE = re.compile(r"(?i)(?:[\w'’-]+\s+)?(?:staff|workers|employees|officers|children|women|"
                     r"men|civilians|patients|prisoners|inmates|pupils|students|teachers|nurses|"
                     r"doctors|police|residents|migrants|journalists|farmers|drivers|"
                     r"passengers|guards|soldiers|troops|families)\b")
# "a 25 per cent tariff on imported cars": what a rate or count applies to.
_TARGET = re.compile(r"(?i)^\s*(?:per\s*cent\s+|percent\s+|%\s*)?(?:[\w'’-]+\s+){0,3}?"
                     r"(?:on|among|from)\s+(?:all\s+|the\s+|imported\s+)?"
                     r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_PLACE = re.compile(
    r"\b(?:in|on|across|along|at|near|throughout|around|outside|inside)\s+(?:the\s+)?"
    r"((?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|"
    r"north-?eastern|south-?western|south-?eastern|northwest|northeast|southwest|southeast)\s+)?"
    r"(?:(?:al-|el-)?[A-Z][\w’'-]+)(?:\s+(?:de|del|of|la|al-[\w’'-]+|[A-Z][\w’'-]+)){0,3})")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ian|ish|can|pean|ern)")
_NOT_PLACES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December", "The", "This", "That"}


_BY_STEP = re.compile(r"(?i)\bby\s+(?:half\s+a|a\s+quarter\s+of\s+a|[\d.,]+)\s+(?:basis\s+points?|"
                      r"percentage\s+points?|points?|per\s*cent|percent|%)")
_PERIOD_AFTER_SUBJECT = re.compile(
    r"(?i)\b(?:for|in|over|during)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:months?|"
    r"quarter|year|weeks?|half|period)(?:\s+(?:to|ending|ended|through|of)\s+[\w,]+"
    r"(?:\s+\d{4})?)?|(?:next|this|last)\s+(?:year|month|week|quarter)|\d{4}(?:[/-]\d{2,4})?)"
    r"(?=\s+(?:rose|fell|climbed|dropped|jumped|grew|increased|decreased|declined|was|were|is|"
    r"are|stood|reached|hit|came|totall?ed|amounted)\b)")
_TIME_WORDS = {"this", "last", "next", "year", "month", "week", "quarter", "today", "yesterday",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "in", "on", "during"}
_SAY_WORD = re.compile(r"(?i)^(?:says?|said|claim(?:s|ed)?|report(?:s|ed)?|told|estimat\w*|"
                       r"insist\w*|argu\w*|note[sd]?|add(?:s|ed)?)$")
_NUMBER_OF = re.compile(r"(?i)\b(?:number|total|tally|count|toll) of ((?:[a-z][\w-]*\s+){0,2}"
                        r"(?:people|persons|[a-z]+s)(?:\s+(?:killed|dead|injured|wounded|"
                        r"missing|arrested|displaced|evacuated))?)\b[^.;]*?\b(?:rose|rise|"
                        r"climbed|reached|stood|stands|hit|was|is|fell|to|at)\b[^.;]*$")
_PARTICIPLES = {"dead", "died", "hurt", "sent", "held", "caught", "slain", "shot", "struck",
                "missing", "unaccounted"}


@dataclass(frozen=True)
class Clause:
    start: int
    end: int


@functools.lru_cache(maxsize=8192)
def clause_around(sentence: str, start: int, end: int) -> Clause:
    """The clause of `sentence` holding the span, extended left while it is too short."""
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(sentence):
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(len(sentence))
    bounds = sorted(set(cuts))
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1)]
    pieces = [(a, b) for a, b in pieces if sentence[a:b].strip()]
    index = next((i for i, (a, b) in enumerate(pieces) if a <= start < b), None)
    if index is None:
        return Clause(0, len(sentence))
    lo, hi = pieces[index]
    i = index
    while len(_WORD.findall(sentence[lo:hi])) < 6 and i > 0:
        i -= 1
        lo = pieces[i][0]
    j = index
    while len(_WORD.findall(sentence[lo:hi])) < 6 and j + 1 < len(pieces):
        j += 1
        hi = pieces[j][1]
    return Clause(lo, max(hi, end))


def _words_after(text: str, pos: int, limit: int = 6) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(text, pos):
        if len(out) >= limit:
            break
        # stop at punctuation between words
        gap = text[out[-1][2] if out else pos:m.start()]
        if re.search(r"[,;:.()\u2013\u2014]", gap):
            break
        out.append((m.group(0), m.start(), m.end()))
    return out


def _words_before(text: str, pos: int, limit: int = 8) -> list[tuple[str, int, int]]:
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text[:pos])]
    out: list[tuple[str, int, int]] = []
    for word in reversed(words):
        if len(out) >= limit:
            break
        gap = text[word[2]:out[0][1] if out else pos]
        if re.search(r"[,;:.()\u2013\u2014]", gap):
            break
        out.insert(0, word)
    return out


def _is_verb(word: str) -> bool:
    low = word.lower()
    return low in _IRREGULAR_VERBS or (len(low) > 4 and low.endswith(("ed", "ing"))
                                       and low not in {"need", "speed", "seed", "feed", "bed",
                                                       "shed", "building", "ring", "king"})


def _noun_phrase_after(text: str, pos: int) -> str:
    phrase: list[str] = []
    words = _words_after(text, pos, 7)
    for k, (word, _, _) in enumerate(words):
        low = word.lower()
        if _is_verb(word):
            following = words[k + 1][0].lower() if k + 1 < len(words) else ""
            if phrase or not following or following in _STOP_AFTER or _is_verb(following):
                break
        if low in _UNIT_WORDS and not phrase:
            continue
        if low in _STOP_AFTER:
            gap = words[k][1] - words[k - 1][2] if k else 0
            if low == "and" and phrase and len(phrase) < 3 and gap < 3:
                phrase.append(word)
                continue
            if low == "of" and phrase and phrase[-1].lower() in {"tonnes", "tons", "kg", "barrels",
                                                                  "kilograms", "pounds", "pills"}:
                phrase.append(word)
                continue
            break
        if re.match(r"(?i)^(?:strong|fold|year|old)$", low):
            break
        phrase.append(word)
        if len(phrase) >= 4:
            break
    while phrase and phrase[-1].lower() in {"and", "of"}:
        phrase.pop()
    return " ".join(phrase)


def _subject_before(text: str, pos: int) -> str:
    """The noun phrase before a change verb: "daily murders have fallen 14 per cent"."""
    # "raised its benchmark rate by 50 basis points to 7.25%": the step is not the subject
    text = _BY_STEP.sub(lambda m: " " * len(m.group(0)), text[:pos])
    # "Revenue for the three months to September rose": the period is not the subject
    text = _PERIOD_AFTER_SUBJECT.sub(lambda m: " " * len(m.group(0)), text)
    words = _words_before(text, pos, 10)
    verbs = re.compile(
        r"(?i)^(?:has|have|had|is|are|was|were|fell|fallen|rose|risen|dropped|increased|"
        r"decreased|declined|grew|grown|jumped|climbed|reached|hit|stood|stands|totalled|"
        r"totaled|amounted|doubled|tripled|to|at|by|from|downward|upward|down|up|nearly|"
        r"almost|about|around|some|over|more|than|just|only|roughly|approximately|an?|slid|"
        r"slipped|sank|sunk|tumbled|plunged|plummeted|soared|surged|edged|dipped|gained|shed|"
        r"added|lost|closed|closing|ended|ending|finished|finishing|opened|opening)$")
    i = len(words)
    while i > 0 and (verbs.match(words[i - 1][0]) or _is_verb(words[i - 1][0])
                     or words[i - 1][0].lower() in _TIME_WORDS):
        if _SAY_WORD.match(words[i - 1][0]):
            return ""  # "the ministry says 1.2 million acres": the speaker is not the thing
        i -= 1

    def collect(i: int) -> tuple[list[str], int]:
        head: list[str] = []
        while i > 0 and len(head) < 4:
            word = words[i - 1][0]
            if word.lower() in _DETERMINERS or word.lower() in _STOP_AFTER or _is_verb(word):
                break
            head.insert(0, word)
            i -= 1
        return head, i

    head, i = collect(i)
    # "irregular crossings into the country fell": the head sits before the preposition
    prepositions = {"in", "into", "at", "on", "from", "across", "for", "to", "of", "along",
                    "against"}
    if head and i >= 3 and words[i - 1][0].lower() in _DETERMINERS and words[i - 2][0].lower() in \
            prepositions:
        before, _ = collect(i - 2)
        if before:
            head = before
    elif head and i >= 2 and words[i - 1][0].lower() in prepositions:
        before, _ = collect(i - 1)  # "tariffs on Mexico to 30%"
        if before:
            head = before
    return " ".join(head)


def counted_phrase(sentence: str, q: Quantity) -> str:
    """The thing a figure counts or measures, e.g. "cartel members", "murder toll"."""
    after = sentence[q.end:]
    compound = re.match(r"-([A-Za-z]+)\b", after)
    if compound and compound.group(1).lower() not in {"strong", "fold", "year", "old", "per"}:
        return compound.group(1)  # "10,000-troop response" counts troops
    if q.kind in (KIND_PERCENT, KIND_POINTS, KIND_FRACTION, KIND_MULTIPLIER):
        share = re.match(r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?",
                         after, re.IGNORECASE)
        if share:
            found = _noun_phrase_after(sentence, q.end + share.end())
            if found:
                return found
        before = _CHANGE_NOUN_BEFORE.search(sentence[:q.start])
        if before and before.group("what"):
            return before.group("what")  # "a fall in household water use of 2 per cent"
        change = _CHANGE_NOUN_AFTER.match(after)
        if change:
            target = re.match(r"\s+(?:in|of|over|to|on)\s+(?:the\s+|its\s+|their\s+)?",
                              after[change.end():])
            if target:
                found = _noun_phrase_after(sentence, q.end + change.end() + target.end())
                if found:
                    return found
        if _LEVEL_BEFORE.search(sentence[:q.start]) or _CHANGE_VERB_BEFORE.search(
                sentence[:q.start]):
            subject = _subject_before(sentence, q.start)
            if subject:
                return subject
        m = re.match(r"\s*(?:-\s*)?(?:per\s*cent|percent|percentage points?|points?|%)?\s*"
                     r"(?:of|in)\s+(?:the\s+|its\s+|their\s+|all\s+)?", after, re.IGNORECASE)
        if m and re.search(r"(?:of|in)\s+", m.group(0)):
            return _noun_phrase_after(sentence, q.end + m.end())
        noun = _noun_phrase_after(sentence, q.end)
        first = noun.split()[0].lower() if noun else ""
        if _COMPARATIVE_AFTER.match(after):
            return _subject_before(sentence, q.start)  # "closing 14 per cent lower"
        if first.rstrip("s") in _CHANGE_NOUNS or first in _CHANGE_NOUNS:
            rest = sentence[q.end:]
            m2 = re.search(rf"{re.escape(noun.split()[0])}\s+(?:in|of|over)\s+(?:the\s+)?", rest)
            if m2:
                target = _noun_phrase_after(sentence, q.end + m2.end())
                if target:
                    return target
            return _subject_before(sentence, q.start) or noun
        if noun:
            return noun
        return _subject_before(sentence, q.start)
    if q.kind == KIND_MEASURE:
        m = re.match(r"\s*(?:[a-z]+\s+)?of\s+(?:the\s+)?", after)
        if m:
            return _noun_phrase_after(sentence, q.end + m.end())
        return _noun_phrase_after(sentence, q.end)  # "1.2 million acres burned": the unit
    if q.kind == KIND_MONEY:
        m = re.match(r"\s*(?:in|of|for|on)\s+(?:the\s+)?(?!total\b)", after)
        if m:
            return _noun_phrase_after(sentence, q.end + m.end())
        if re.search(r"(?i)\b(?:at|to|of|is|was|are|were|totals?|totall?ed|reached|hit)\s+"
                     r"(?:(?:about|around|some|nearly|almost|over|more than|just|only|"
                     r"roughly)\s+)*$", sentence[:q.start]):
            subject = _subject_before(sentence, q.start)  # "puts suppression costs at $48m"
            if subject:
                return subject
        worth = re.search(r"(?i)\b([\w-]+(?:\s+[\w-]+)?)\s+(?:(?:is|was|are|were)\s+)?"
                          r"(?:worth|valued at|costing|of)\s+"
                          r"(?:about |around |some |nearly |almost |over |more than )*$",
                          sentence[:q.start])
        if worth and not any(_is_verb(w) or w.lower() in _STOP_AFTER
                             for w in worth.group(1).split()):
            return worth.group(1)
        return _noun_phrase_after(sentence, q.end)
    number_of = _NUMBER_OF.search(sentence[max(0, q.start - 120):q.start])
    if number_of:
        return number_of.group(1)  # "the number of people killed ... rose to 487"
    of_total = re.match(r"\s+(?:of|out of)\s+(?:the|its|their|all)?\s*[\d,.]*\s*", after)
    if of_total:
        noun = _noun_phrase_after(sentence, q.end + of_total.end())  # "97 of the 240 seats"
        if noun:
            return noun
    noun = _noun_phrase_after(sentence, q.end)
    if noun:
        return noun
    return _subject_before(sentence, q.start)


def _nearest(pattern: re.Pattern[str], text: str, lo: int, hi: int, anchor: int) -> int | None:
    best = None
    for m in pattern.finditer(text, lo, hi):
        d = abs(m.start() - anchor)
        if best is None or d < best:
            best = d
    return best


# Names and idioms that carry an event word without the event: "Fire and Rescue NSW",
# "passengers were caught up in the chaos".
_NOT_EVENTS = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+(?:\s+(?:and\s+|of\s+)?[A-Z][\w]*)+|"
                         r"\b[A-Z]{3,}\b|(?i:\bcaught up\b)")


_TOLL_NOUN = re.compile(r"(?i)\b(?:deaths|dead|fatalities|death toll|bodies|injuries|injured|"
                        r"wounded)\b")


def event_of(sentence: str, clause: Clause, q: Quantity, counted: str) -> str:
    """The event class nearest the figure in its clause ("transfer", "seize", ...)."""
    best: tuple[int, str] | None = None
    if _TOLL_NOUN.search(counted):
        # "52 deaths", "the death toll", "31 fatalities": the thing counted is the event
        return "wound" if re.search(r"(?i)injur|wound|casualt", counted) else "death"
    sentence = _NOT_EVENTS.sub(lambda m: " " * len(m.group(0)), sentence)
    # The counted phrase itself ("jailed criminal bosses") describes the thing, not the event.
    counted_at = sentence.find(counted, q.end) if counted else -1
    masked = sentence if counted_at < 0 else (
        sentence[:counted_at] + " " * len(counted) + sentence[counted_at + len(counted):])
    lo, hi = max(clause.start, q.start - 50), min(clause.end, q.end + 60)
    # "8 persons killed, 58 others injured": the verb right after the thing counted is its
    # event, whatever stands nearer on the other side.
    tail_start = counted_at + len(counted) if counted_at >= 0 else q.end
    tail = sentence[tail_start:min(clause.end, tail_start + 30)]
    tail = re.split(r"\d|,|;|\band\b|\bbut\b|\bor\b", tail, maxsplit=1)[0]
    passive: tuple[int, str] | None = None
    for name, pattern in _EVENTS:
        for m in pattern.finditer(tail):
            word = m.group(0).lower()
            if not (word.endswith("ed") or word in _PARTICIPLES):
                continue  # "from Mexican jails": a noun, not what happened to them
            if passive is None or m.start() < passive[0]:
                passive = (m.start(), name)
            break
    if passive is not None:
        return passive[1]
    for name, pattern in _EVENTS:
        d = _nearest(pattern, masked, lo, hi, q.start)
        if d is not None and (best is None or d < best[0]):
            best = (d, name)
    if best is None:
        for name, pattern in _EVENTS:
            if pattern.search(counted):
                return name
        return ""
    return best[1]


ASIDE = re.compile(r",\s+(?:an?|the|which|who|whose)\s+(?:[^,;]|,(?=\d)){3,160}?,(?=\s)")


def mask_asides(sentence: str, q: Quantity) -> str:
    """The sentence with appositives and relative asides blanked (offsets kept)."""
    out = sentence
    for aside in ASIDE.finditer(sentence):
        if not aside.start() <= q.start < aside.end():
            out = out[:aside.start()] + " " * (aside.end() - aside.start()) + out[aside.end():]
    return out


def _is_rate_figure(sentence: str, clause: Clause, q: Quantity, counted: str) -> bool:
    """ "100,000 overdoses per year", "an annual 5,000": the rate words sit on the figure."""
    tail_end = q.end + 30
    if counted:
        at = sentence.find(counted, q.end)
        if 0 <= at < q.end + 40:
            tail_end = at + len(counted) + 30
    tail = sentence[q.end:min(clause.end, tail_end)]
    head = sentence[max(clause.start, q.start - 15):q.start]
    return is_rate(tail) or bool(re.search(r"(?i)\b(?:annual|yearly|daily|monthly|weekly)\s+$",
                                           head))


_ANNOUNCED = re.compile(r"(?i)\b(?:said|says|announced|announces|confirmed|confirms|told \w+)"
                        r"(?:\s+(?:on\s+\w+|(?:this|last|earlier this)\s+(?:week|month)|"
                        r"yesterday|today))?(?:\s+that)?\s+(?:it|he|she|they|we|the\s+\w+)\s+$")


def _is_threat(before: str) -> bool:
    """A threat, plan or possibility governs the figure. "said it would cut 1,800 jobs" reports
    a decision (future in the past), not a threat."""
    found = [m for m in _THREAT.finditer(before)]
    if not found:
        return False
    last = found[-1]
    return not (last.group(0).lower() == "would" and len(found) == 1
                and _ANNOUNCED.search(before[:last.start()]))


# Short names writers use for countries that ISO lists under longer ones.
_COUNTRY_ALIASES = frozenset({"UK", "Britain", "Great Britain", "US", "USA", "America",
                              "England", "Scotland", "Wales", "Northern Ireland", "Russia",
                              "Iran", "Syria", "Turkey", "South Korea", "North Korea", "Taiwan",
                              "Vietnam", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Laos"})


@functools.cache
def country_names() -> frozenset[str]:
    """Country names from ISO 3166 (pycountry) plus the short forms news writers use."""
    import pycountry

    names = set(_COUNTRY_ALIASES)
    for country in pycountry.countries:
        names.add(country.name)
        common = getattr(country, "common_name", None)
        if common:
            names.add(common)
    return frozenset(n for n in names if "," not in n)


@functools.cache
def _country_subject() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(n) for n in country_names()), key=len, reverse=True))
    return re.compile(rf"^\W*(?:the\s+)?({names})\s+(?:has\s+|have\s+|had\s+)?(?:recorded|"
                      rf"registered|counted|reported|received|seen|saw|logged|took in|"
                      rf"accepted|admitted|deported|returned)\b")


def frame_for(sentence: str, q: Quantity, time: TimeScope | None) -> Frame:
    """Read the frame of the figure `q` (offsets within `sentence`)."""
    clause = clause_around(sentence, q.start, q.end)
    # ", which it released in support of a request for aid," says nothing about the figure
    plain = mask_asides(sentence, q)
    counted = counted_phrase(plain, q)
    event = event_of(sentence, clause, q, counted)
    before_text = plain[clause.start:q.start]
    modality = "actual"
    if _is_threat(before_text[-70:]):
        modality = "threat"
    elif _REQUEST.search(before_text[-60:]):
        modality = "request"
    elif _ESTIMATE.search(before_text[-50:]):
        modality = "estimate"
    after_text = sentence[q.end:clause.end]
    if _AVERAGE.search(sentence[max(clause.start, q.start - 50):q.start]):
        aggregation = "average"  # "the five-year average for that date is 640,000 acres"
    elif _PEAK.search(sentence[max(clause.start, q.start - 40):q.start]) or re.search(
            r"(?i)\bat (?:the|its|their) (?:height|peak|worst)\b",
            sentence[clause.start:clause.end]):
        aggregation = "peak"  # "queues peaked at 5,000 lorries": the worst moment, no reading
    elif _THRESHOLD_BEFORE.search(sentence[max(0, q.start - 40):q.start]) or \
            _THRESHOLD_AFTER.match(sentence[q.end:q.end + 30]):
        aggregation = "threshold"  # "the 15 per cent level the WHO treats as an emergency"
    elif q.kind not in (KIND_PERCENT, KIND_FRACTION, KIND_POINTS) and (
            _PART_OF.search(sentence[clause.start:q.start])
            or _PART_OF.search(sentence[:q.start][:40])
            or _LISTED_BEFORE_TOTAL.search(sentence[q.end:])
            or _PART_OF_AFTER.match(after_text) and (
                _PART_VERB_BEFORE.search(sentence[max(clause.start, q.start - 40):q.start])
                # "Eleven of the miners who escaped ...": a subset as the subject
                or not re.search(r"[A-Za-z]{3,}", re.sub(
                    r"(?i)\b(?:and|but|while|some|about|around|nearly|almost|only|just)\b", "",
                    sentence[clause.start:q.start])))):
        # (a percentage "of these" is already a share of them)
        aggregation = "part"
    elif _CAPACITY.search(sentence[max(clause.start, q.start - 40):q.start]) or re.match(
            r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:beds|seats|places|capacity)\b", after_text) and \
            re.search(r"(?i)\b(?:with|has|have|had|its)\s+$", sentence[clause.start:q.start]) \
            and not (re.match(r"(?i)\s*(?:[\w-]+\s+){0,2}?seats\b", after_text)
                     and not _VENUE.search(sentence)):
        aggregation = "capacity"
    elif q.kind == KIND_COUNT and (_STRENGTH.match(after_text)
                                 or q.text.lower().endswith("strong")
                                 or _SIZED_THING.match(after_text)
                                 or _DEFINITE_SIZE.search(sentence[max(0, q.start - 20):q.start])
                                 and _SIZE_OF.match(after_text)
                                 or _WHOLE_AFTER_PART.search(sentence[max(0, q.start - 60):
                                                                      q.start])):
        # "the 133,000-strong Guard", "the 150 seats of the National Assembly": the size of a
        # body, taken as known, not news about it
        aggregation = "strength"
    elif q.kind in (KIND_PERCENT, KIND_POINTS, KIND_FRACTION) and q.role == "" and (
            _PAY_STEP.search(sentence[clause.start:q.start])
            or _CHANGE_NOUN_AFTER.match(sentence[q.end:])
            or _COMPARATIVE_AFTER.match(sentence[q.end:])
            or _CHANGED_BY.search(sentence[clause.start:q.start])
            or _CHANGE_VERB_BEFORE.search(sentence[clause.start:q.start])
            or _CHANGE_NOUN_BEFORE.search(sentence[clause.start:q.start])):
        aggregation = "change"
    elif q.kind == KIND_MULTIPLIER:
        aggregation = "change"
    elif q.kind == KIND_COUNT and (_STILL.search(sentence[max(clause.start, q.start - 25):
                                                          q.start])
                                   or _STILL.match(sentence[q.end:min(clause.end, q.end + 40)])):
        aggregation = "remaining"  # "seven people remain in hospital": who is left, not a toll
    elif q.kind == KIND_COUNT and _COUNT_STEP.search(sentence[clause.start:q.start]):
        aggregation = "change"  # "52 seats (up 17 seats)", "numbers fell by 1,200"
    elif q.kind not in (KIND_PERCENT, KIND_POINTS) and _is_rate_figure(sentence, clause, q,
                                                                       counted):
        aggregation = "rate"
    elif q.kind in (KIND_PERCENT, KIND_FRACTION):
        aggregation = "share"
    elif _SINGLE.search(sentence[clause.start:clause.end]):
        aggregation = "single"
    else:
        aggregation = "total"
    direction = ""
    noun_before = _CHANGE_NOUN_BEFORE.search(sentence[clause.start:q.start])
    changed_by = _CHANGED_BY.search(sentence[clause.start:q.start])
    comparative = _COMPARATIVE_AFTER.match(sentence[q.end:])
    if aggregation == "change" and _PAY_STEP.search(sentence[clause.start:q.start]):
        direction = "up"  # an offer or a claim is a rise
    elif aggregation == "change" and comparative:
        direction = "down" if comparative.group(1).lower() in ("lower", "down", "less",
                                                                "fewer", "cheaper") else "up"
    elif aggregation == "change" and changed_by and not noun_before:
        verb = changed_by.group("verb")
        direction = "down" if _DOWN.search(verb) else ("up" if _UP.search(verb) else "")
    elif aggregation == "change" and noun_before:
        local = noun_before.group("noun")
        direction = "down" if _DOWN.search(local) else ("up" if _UP.search(local) else "")
    elif aggregation == "change" and q.kind == KIND_COUNT:
        step = _COUNT_STEP.search(sentence[clause.start:q.start])
        direction = "down" if step and _DOWN.search(step.group(0)) else "up"
    elif aggregation == "change":
        lo, hi = max(clause.start, q.start - 30), min(clause.end, q.end + 25)
        # the figure's own words ("more than 8 percent") say nothing about the direction
        local = sentence[lo:q.start] + " " * (q.end - q.start) + sentence[q.end:hi]
        down = _nearest(_DOWN, local, 0, len(local), len(local) // 2)
        up = _nearest(_UP, local, 0, len(local), len(local) // 2)
        if down is not None and (up is None or down <= up):
            direction = "down"
        elif up is not None:
            direction = "up"
    if aggregation == "share":
        # "increase tariffs on Mexico to 30%" and "reduce the tariffs to 12 per cent" name
        # levels reached by moves in opposite directions: not one figure.
        move = _MOVE_TO.search(sentence[clause.start:q.start])
        if move:
            direction = "down" if _DOWN.search(move.group("verb")) else "up"
    place = ""
    for m in _PLACE.finditer(sentence, clause.start, clause.end):
        name = m.group(1)
        if _DEMONYM.fullmatch(name) and re.match(r"\s+[a-z]", sentence[m.end():]):
            continue  # "in Japanese trading", "in European markets": an adjective, no place
        if name.split()[0] not in _NOT_PLACES:
            place = name
            break
    if not place:
        # "Italy has recorded more than 48,000 sea arrivals": a country as the subject
        subject = _country_subject().match(sentence[clause.start:q.start])
        if subject:
            place = subject.group(1)
    target = ""
    m = _TARGET.match(sentence[q.end:clause.end])
    between = sentence[q.end:q.end + m.start(1)].strip() if m else ""
    if m and q.kind == KIND_COUNT and (
            not (re.match(r"(?i)(?:\S+\s+){0,2}?(?:among|from)\b", between)
                 or re.match(r"(?i)(?:\S+\s+){0,2}?on\b", between)
                 and _PEOPLE.match(m.group(1)))
            or any(_is_verb(w) for w in between.split()[:-2])):
        # ("14 vehicles fell from the bridge": a verb between, so no subset either)
        m = None  # "1,400 firefighters on the fire ground": where they are, not a subset
    if m and not re.match(r"(?i)(?:the\s+)?(?:first|last|past|same|next|every|each|a|an)\b",
                          m.group(1)):
        target = _noun_phrase_after(sentence, q.end + m.start(1))
        if target[:1].isupper():
            target = ""  # "refugees from Darfa": an origin or a place, not a subset
        elif q.kind != "count" and re.search(r"(?i)\bfrom\s+\S*\s*$",
                                              sentence[q.end:q.end + m.start(1)]):
            target = ""  # "€2.6 million in payments from the network": a source of money
    return Frame(counted=counted, event=event, modality=modality, aggregation=aggregation,
                 direction=direction, place=place, time=time, target=target)
