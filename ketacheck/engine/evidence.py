"""What the source's own words allow: the words and numbers of each claim's evidence, and the words
that never carry a claim. Built once per database; the rules and the accounting read it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ketacheck.records import Claim, Database
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token, tokenize
from ketacheck.text.numbers import find_quantities
from ketacheck.text.wordsets import WordClass

_NOT_CHECKED = ENGLISH["not_checked"]
_FUNCTION_WORDS = frozenset(ENGLISH["function_words"]["words"])


_HOME_TYPES = frozenset(("institution", "place"))
_PLACE_KIND_WORDS = frozenset(ENGLISH["reference"]["place_kind_words"])


class Evidence:
    def __init__(
        self,
        database: Database,
        evidence: Mapping[str, Sequence[Token]],
        vocabulary: WordClass,
        named: Mapping[str, frozenset[str]],
        said: Mapping[str, frozenset[str]],
        entity_words: Mapping[str, frozenset[str]],
    ) -> None:
        """``named``: the entities each claim's evidence and statement name; ``said``: the relations they say;
        ``entity_words``: the words of each entity's aliases, as the reader reads them."""
        self.vocabulary = vocabulary
        """The words that never carry a claim: filler, hedges, the database's vocabulary."""
        self.stems = {claim_id: frozenset(t.stem for t in words if not t.punct) for claim_id, words in evidence.items()}
        """Each claim's evidence and statement, as stems."""
        # A thing some claim is about is that claim's to allow: "whether the relief is worth it" names worth-it
        # in the evidence of the claim that the relief is temporary, which says nothing of its worth.
        claimed = {entity for claim in database.claims for entity in claim.subject + claim.object}
        self.entities = {
            claim.id: (named[claim.id] - claimed) | set(claim.subject + claim.object + claim.qualifiers)
            for claim in database.claims
        }
        """The entities each claim names, in its roles, or in passing in its evidence and statement: another
        alias of one ("cut short" for "early") adds nothing to what the source says."""
        self.relations = {claim.id: said[claim.id] | {claim.relation} for claim in database.claims}
        """The relations each claim says, in its frame or in its evidence: another cue of one ("fight" for the
        source's "treat") adds nothing to what the source says."""
        self.numbers = {
            claim_id: frozenset(q.value for q in find_quantities(words, [False] * len(words)))
            for claim_id, words in evidence.items()
        }
        self.not_checked = frozenset(
            word
            for phrases in _NOT_CHECKED.values()
            if isinstance(phrases, list)
            for phrase in phrases
            for word in phrase.split()
            if word not in _FUNCTION_WORDS
        )
        """Intensity, manner and description, word for word (a stem would take "thoughts" for "thoughtful")."""
        self.restrictive = frozenset(ENGLISH["restrictive"])
        """Words that make a claim stronger than its evidence unless the evidence says them too (all, only)."""
        self.speaks_for = {eid: e.speaks_for for eid, e in database.entities.items() if e.speaks_for}
        # The years the sources are dated by ("…; American Journal of Psychiatry, 2018"): the article's own time.
        names = [tokenize(source.name) for source in database.sources.values()]
        self.years = frozenset(q.value for words in names for q in find_quantities(words, [False] * len(words)) if q.is_year)
        self.people = frozenset(eid for eid, e in database.entities.items() if e.type in ("person", "group"))
        # Where a source's people are: the exclusive home of someone who speaks for it (Stanford for the study,
        # the Medical University of South Carolina for the editorial). A reporter placed there is theirs.
        self.home_of: dict[str, str] = {}
        self.display_names = {eid: e.display_name for eid, e in database.entities.items()}
        self.conditions: dict[str, frozenset[str]] = {}
        """For each relation, the conditions some claim of it holds under (relieve: naltrexone)."""
        for claim in database.claims:
            if claim.condition:
                self.conditions[claim.relation] = self.conditions.get(claim.relation, frozenset()) | set(claim.condition)
        self.entity_words = entity_words
        """The words of each entity's aliases: an adjective among them ("broad, repeated use") names the same thing."""
        # The proper words of a place's names ("stanford"): a name holding one is that place's part.
        self.alias_words = {
            eid: entity_words[eid] - _PLACE_KIND_WORDS for eid, e in database.entities.items() if e.type in _HOME_TYPES
        }
        # The claims of a source with a home that name something no other such source's claims name: what
        # only it found ("naltrexone blocks the antidepressant effect", not "ketamine is effective").
        homed = set(self.speaks_for.values())
        named_by = {s: set().union(*(set(c.subject) | set(c.object) for c in database.claims if c.attribution == s)) for s in homed}
        self.distinctive = frozenset(
            c.id
            for c in database.claims
            if c.attribution in homed
            and (set(c.subject) | set(c.object)) - set().union(set(), *(named_by[s] for s in homed if s != c.attribution))
        )
        self.home_claims: dict[str, Claim] = {}
        """Each source's claim of where its people are, as an exclusive slot (the study: study-at-stanford)."""
        for claim in database.claims:
            speakers = {self.speaks_for[e] for e in claim.subject if e in self.speaks_for}
            if claim.exclusive == "object" and len(speakers) == 1:
                for place in claim.object:
                    if database.entities[place].type in _HOME_TYPES:
                        self.home_of.setdefault(place, next(iter(speakers)))
                        self.home_claims.setdefault(next(iter(speakers)), claim)

    def allows(self, claim_id: str, token: Token) -> bool:
        """Whether a word adds nothing to what a claim's evidence says."""
        return self.vocabulary.holds(token) or token.stem in self.stems[claim_id] or token.norm in self.not_checked
