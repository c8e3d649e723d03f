"""Who asserts a figure: the party named by "according to X", "X said", "calculations by X".

A source is a party asserting a figure, not just a file: one article can carry the
government's number and a think tank's rebuttal, and those must be compared as two sources.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Nouns that name an asserting party when no proper name is given ("the ministry said").
_PARTY_NOUNS = (
    r"government|administration|ministry|minister|officials?|authorities|police|army|military|"
    r"spokes(?:man|woman|person)|activists?|monitor|observatory|group|agency|agencies|office|"
    r"authority|department|secretariat|researchers?|analysts?|experts?|sources?|residents?|witness(?:es)?|"
    r"media|television|tv|newspaper|report|survey|study|data|statistics|census|institute|"
    r"commission|council|committee|union|association|company|firm|bank|organisation|"
    r"organization|ngo|charity|mayor|governor|president|prime minister|coalition|rebels|"
    r"opposition|hospital|doctors|medics|rescuers|civil defence|civil defense|white helmets|"
    r"engineers|scientists|economists|investigators|inspectors|monitors|observers|prosecutors|"
    r"board|federation|guild|network|watchdog|regulator|operator|university|trust|foundation|"
    r"campaigners?|unions|party|bureau|service|insurers?|lawyers?|organi[sz]ers?|managers?|"
    r"executives?|chief|director|head|leader|secretary|chairman|chairwoman|chair|owner|"
    r"landlords?|teachers?|nurses|workers|staff|employees|shareholders|investors|manufacturer|"
    r"retailer|utility|airline|prefecture|prefect|coastguard|fire service|commissioner|"
    r"inspectorate|ombudsman|trade body|lobby|chamber"
)
_WORD = r"[A-Z][\w.&-]*(?:['’](?!s\b)\w+)?"
_PROPER = (rf"(?!(?:The|A|An|This|That|These|Those|In|On|At|But|And|By|For|It|Its|When|While|"
           rf"After|Before|Since|If|As|Although|Yet|So|Then|Now|Last|Our|We|My|I|Their|They)\b)"
           rf"(?:{_WORD}|U\.S\.|UN)(?:\s+(?:of|for|and|the|on|de|del|la|{_WORD}))*")
_COMMON = (
    rf"(?<!['’])(?:(?i:the|a|an|its|their|his|her)\s+)?(?:(?!(?:the|a|an)\b)[a-z][\w'’-]*\s+){{0,3}}?"
    rf"(?:{_PARTY_NOUNS})\b(?:['’]s\s+(?:[a-z]+\s+){{0,2}}(?:{_PARTY_NOUNS})\b)?"
)
_PARTY = (rf"\b(?:(?:(?i:the)\s+)?{_PROPER}(?:['’]s\s+(?:[a-z]+\s+){{0,2}}(?:{_PARTY_NOUNS}))?"
          rf"|{_COMMON})")

_SAY_VERBS = (
    r"(?:has|have|had)?\s*(?:said|says|say|claimed|claims|claim|reported|reports|report|"
    r"stated|states|told|announced|announces|estimated|estimates|estimate|insisted|insists|"
    r"argued|argues|maintained|maintains|put|puts|counted|counts|recorded|records|documented|"
    r"confirmed|confirms|found|finds|calculated|calculates|tallied|points? to|pointed to|"
    r"shows?|showed)"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("according_to", re.compile(rf"\b(?i:according to)\s+(?P<party>{_PARTY})")),
    ("figures_by", re.compile(
        rf"\b(?i:calculations?|estimates?|figures|data|analysis|count|tally|"
        rf"statistics|report|survey|study|projections?)\s+(?:(?:presented|released|published|"
        rf"provided|compiled|given|issued)\s+)?(?:by|from)\s+"
        rf"(?P<party>{_PARTY})")),
    ("possessive", re.compile(
        rf"(?P<party>{_PROPER})['’]s?\s+(?:own\s+)?(?:calculations?|estimates?|figures?|data|"
        rf"analysis|count|tally|numbers|statistics)\b")),
    ("cited_by", re.compile(rf"\b(?:cited|quoted|reported|announced)\s+by\s+(?P<party>{_PARTY})")),
    ("said", re.compile(rf"(?P<party>{_PARTY})\s*,?\s+(?:(?:also|further|separately|later|"
                        rf"previously|now|still|then|however|too)\s+)?{_SAY_VERBS}\b")),
    # "Basin Water Watch, an independent monitoring group that ..., points to ..."
    ("appositive", re.compile(
        rf"(?P<party>{_PROPER})\s*,\s+(?:an?|the)\s+(?:[^,;]|,(?=\d)){{3,160}},\s+"
        rf"{_SAY_VERBS}\b")),
    ("per", re.compile(rf"(?:^|,\s*)(?:per|says|said|citing)\s+(?P<party>{_PARTY})")),
    # "It says 46 miners were trapped": the party named before; claims.py resolves it
    ("pronoun", re.compile(r"(?:^|[.;,:?!][\"”’']?\s+|\b(?:but|and|while|yet)\s+)(?P<party>[Ii]t|"
                           r"[Tt]hey|"
                           r"[Ss]he|[Hh]e)\s+(?:also\s+|still\s+|now\s+)?(?:says|said|claims|"
                           r"claimed|insists|insisted|estimates|estimated|counted|counts|puts|"
                           r"reported|reports|maintains|maintained|argues|argued)\b")),
)
PRONOUN_PARTIES = frozenset({"it", "they", "she", "he"})
_SUBJECT = re.compile(rf"^\W*(?P<party>{_PARTY})\s+(?:\w+ly\s+)?[a-z]+(?:s|ed)\b")


def sentence_subject(sentence: str) -> str | None:
    """A party that opens the sentence as its subject ("The Federation of Mineworkers disputes
    the count."): what a following "It says 46" refers back to."""
    m = _SUBJECT.match(sentence)
    if not m:
        return None
    party = _clean_party(m.group("party"))
    return party if party and party.lower() not in _NOT_PARTIES else None

_NOT_PARTIES = {
    "it", "this", "that", "there", "they", "he", "she", "we", "which", "who", "data", "report",
    "figures", "the", "a", "an",
}
# "The report also shows ...": a party only as a reference back to one the article named
# ("the board's quarterly performance report"); claims.py resolves or drops it.
BACK_REFERENCES = frozenset({"the report", "the data", "the study", "the figures", "the survey",
                             "the analysis", "the statistics", "the census"})
_LEADING_NOISE = re.compile(r"^(?:but|and|yet|so|however|meanwhile|still|also|in|on|by)\s+",
                            re.IGNORECASE)


_MEMBERS_OF = re.compile(r"(?i)\b(?:organi[sz]ers|officials?|spokes(?:man|woman|person)|members|"
                         r"representatives|leaders|sources|staff|researchers|experts|lawyers|"
                         r"doctors|volunteers)\s+(?:from|of|at|with|for)\s+$")
_AFTER_PREPOSITION = re.compile(r"(?i)\b(?:of|in|at|with|from|to|for|by|on|than|about)\s+$")


@dataclass(frozen=True)
class Attribution:
    party: str
    start: int  # offset of the party name inside the sentence
    end: int
    how: str  # which pattern found it
    cue_start: int = -1  # the whole cue ("according to X", "X said"), for statements without it
    cue_end: int = -1


def _clean_party(raw: str) -> str:
    party = raw.strip(" ,;:'’\"“”")
    while True:
        trimmed = _LEADING_NOISE.sub("", party)
        if trimmed == party:
            break
        party = trimmed
    party = re.sub(r"\s+", " ", party)
    if party.lower().startswith("the "):
        party = "the " + party[4:]
    return party


@functools.lru_cache(maxsize=4096)
def find_attributions(sentence: str) -> tuple[Attribution, ...]:
    """Every attribution cue in a sentence, ordered by position."""
    found: dict[tuple[int, int], Attribution] = {}
    for how, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            party = _clean_party(match.group("party"))
            if how == "pronoun":
                party = party.lower()
            elif not party or party.lower() in _NOT_PARTIES or len(party) > 80:
                continue
            if how == "said" and party.split()[0].lower() in {"it", "this", "which", "who"}:
                continue
            start = match.start("party")
            if how in ("said", "appositive") and _AFTER_PREPOSITION.search(sentence[:start]):
                members = _MEMBERS_OF.search(sentence[:start])
                if not members:
                    continue  # "the end of X's government point to": X is no subject
                # "organisers from the fishermen's committee said": the committee speaks
                party = _clean_party(members.group(0) + match.group("party"))
                start = members.start()
            key = (start, match.end("party"))
            if key not in found:
                found[key] = Attribution(party, key[0], key[1], how, match.start(), match.end())
    return tuple(sorted(found.values(), key=lambda a: (a.start, a.end)))


_SAYING = re.compile(rf"^\W*(?P<party>{_PARTY})\b[^.;]*?,\s+(?:saying|claiming|arguing|insisting|"
                     rf"adding|noting|estimating)\b")


def attribute(sentence: str, quantity_start: int) -> str | None:
    """The party asserting the figure at `quantity_start` in `sentence`, or None (the author).

    Cues after a comma-separated figure still bind ("14 per cent, the ministry said"), but the
    nearest cue before the figure in the same clause wins, as a reader would read it.
    """
    found = attribution_for(sentence, quantity_start)
    return found.party if found else None


def attribution_for(sentence: str, quantity_start: int) -> Attribution | None:
    """Like `attribute`, with where the cue sits (cue span -1 when it cannot be cut out)."""
    cues = [c for c in find_attributions(sentence)
            if not 0 <= c.start - quantity_start <= 40 or c.how not in ("said", "possessive")
            or not _follows_figure(sentence, quantity_start, c.start)]
    saying = _SAYING.match(sentence)
    if saying and saying.end() <= quantity_start:
        # "The landlords' group disputed the figure, saying the real number was 600"
        return Attribution(_clean_party(saying.group("party")), saying.start("party"),
                           saying.end("party"), "saying")
    if not cues:
        return None
    before = [c for c in cues if c.start <= quantity_start]
    after = [c for c in cues if c.start > quantity_start]
    if before:
        cue = before[-1]
        between = sentence[cue.end:quantity_start]
        if len(between) > 220 or re.search(r"[.!?]\s+[A-Z]", between):
            before = []
    if before:
        cue = before[-1]
        between = sentence[cue.end:quantity_start]
        # A contrast ("but", "while") between cue and figure hands the figure back to the
        # author unless another cue follows it.
        if not re.search(r"\b(?:but|whereas|while)\b|;", between):
            return cue
    if after:
        cue = after[0]
        between = sentence[quantity_start:cue.start]
        if not re.search(r"\b(?:but|whereas|while)\b|;", between):
            return cue
    return None


def _follows_figure(sentence: str, quantity_start: int, party_start: int) -> bool:
    """True when the party is the thing counted: "12 million Americans claimed ..."."""
    between = sentence[quantity_start:party_start]
    return not re.search(r"[,;:]", between)


def same_party(a: str | None, b: str | None) -> bool:
    """Loose equality of parties: case, a leading "the" and possessives do not matter."""
    if a is None or b is None:
        return a is b
    return party_key(a) == party_key(b)


@functools.lru_cache(maxsize=65536)
def party_key(party: str) -> str:
    """The form parties compare in: case, a leading "the", possessives and punctuation go."""
    key = party.lower().replace("’", "'")
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"'s\b", "", key)
    return re.sub(r"[^a-z0-9 ]", "", key).strip()
