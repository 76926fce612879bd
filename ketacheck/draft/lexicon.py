"""Drafting the lexicon: the things an article names, each with the ways it names it.

Names come from spaCy's named entities (people, institutions, places, journals), with a person's
surname and title joined to the full name. Other things are noun phrases: a noun with the
compounds and adjectives before it ("treatment-resistant depression"). Two phrases are one thing
when they normalise alike, or when one is a close misspelling of the other ("naltroxene"); a
phrase a name is given to ("an opioid blocker called naltrexone") becomes an alias of the name,
and so does an abbreviation in parentheses. A bare head noun is an alias of its one modified
phrase ("effects" of "antidepressant effects") only when the article never modifies it otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from ketacheck.draft.words import DRAFTING
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TITLES = frozenset(ENGLISH["names"]["titles"])
_CONNECTORS = frozenset(ENGLISH["names"]["connectors"])
_BACK_REFERENCES = frozenset(DRAFTING["back_references"])
_KINDS: dict[str, frozenset[str]] = {kind: frozenset(words) for kind, words in ENGLISH["names"]["kinds"].items()}
_INSTITUTION_WORDS = frozenset(DRAFTING["affiliation"]["institution_words"])
_OTHER = frozenset(ENGLISH["reference"]["other"]) | frozenset(DRAFTING["other_determiners"])
_STUDY_WORDS = frozenset(DRAFTING["study_words"])
_OWN_STUDY_ALIASES = tuple(DRAFTING["own_study_aliases"]["words"])
_PUBLICATION_WORDS = frozenset(DRAFTING["publication_words"])
_LIGHT_NOUNS = frozenset(DRAFTING["light_nouns"])
_PUBLISHING_VERBS = frozenset(DRAFTING["publishing_verbs"]["words"])
_NAMED_LABELS = {"PERSON": "person", "ORG": "institution", "GPE": "place", "LOC": "place", "FAC": "institution"}
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "punct", "advmod"})
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)")

DERIVED_MIN_STEM = 7
"""An adjective and a noun that share their first this many letters are one word made from the other
("dissociat-ive", "dissociat-ion"): long enough that "effective" and "effect" do not meet."""
MISSPELLING_MIN_LENGTH = 7
"""Two words this long or longer are one word misspelt when one edit apart, or when they have the
same letters two edits apart ("naltroxene" for "naltrexone")."""

STUDY = "study"
OTHER_STUDIES = "other-studies"


@dataclass
class DraftEntity:
    id: str
    type: str
    name: str | None
    aliases: list[str]
    speaks_for: str | None = None

    def add(self, alias: str) -> None:
        if normalize(alias) not in {normalize(a) for a in self.aliases}:
            self.aliases.append(alias)

    def document(self) -> dict[str, object]:
        record: dict[str, object] = {"type": self.type}
        if self.name:
            record["name"] = self.name
        record["aliases"] = self.aliases
        if self.speaks_for:
            record["speaks_for"] = self.speaks_for
        record["draft"] = True
        return record


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "thing"


ID_LENGTH = 70
"""Drafted ids are cut to this many characters: long enough to read, short enough to type."""


def unique_id(text: str, taken: Container[str]) -> str:
    """A kebab-case id for text, numbered ('-2', '-3') past the ids already taken."""
    base = slug(text)[:ID_LENGTH].rstrip("-") or "thing"
    found, n = base, 2
    while found in taken:
        found, n = f"{base}-{n}", n + 1
    return found


class Lexicon:
    """The entities of an article and which of them each noun of its parse names."""

    def __init__(self) -> None:
        self.entities: dict[str, DraftEntity] = {}
        self._by_key: dict[str, str] = {}
        self._at: dict[tuple[int, int], str] = {}

    def at(self, doc_index: int, token: Token) -> str | None:
        """The entity a token names, if it heads (or is part of) a mention."""
        return self._at.get((doc_index, token.i))

    def named(self, alias: str) -> str | None:
        """The entity the article names by an alias, if it does."""
        return self._by_key.get(normalize(alias))

    def study_like(self, entity_id: str | None) -> bool:
        return entity_id is not None and self.entities[entity_id].type in ("study", "publication")

    def property(self, word: str) -> str:
        """The property an adjective names ('randomized'), added if the article gave it none yet."""
        entity_id = self._by_key.get(normalize(word))
        if entity_id is None:
            entity_id = self._new(word, "property", None, word.lower()).id
        return entity_id

    # -- building -------------------------------------------------------------------------------

    def read(self, docs: list[Doc]) -> Lexicon:
        # A word the article also writes in lower case is no name ("candesartan" that the model once took
        # for an organisation): it is read as a noun phrase below.
        lowered = {t.text for doc in docs for t in doc if t.is_lower and t.is_alpha}
        for index, doc in enumerate(docs):
            for span in doc.ents:
                if span.label_ in _NAMED_LABELS and not (len(span) == 1 and span.text.lower() in lowered):
                    self._name(index, span)
        modified: dict[str, set[str]] = defaultdict(set)
        phrases: list[tuple[int, Token, str, str]] = []
        for index, doc in enumerate(docs):
            for token in doc:
                if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound" or (index, token.i) in self._at:
                    continue
                if token.lower_ in _TITLES or token.lower_ in _OTHER or token.lemma_.lower() in _OTHER:
                    continue
                phrase = _phrase(token)
                phrases.append((index, token, phrase, token.lemma_.lower()))
                modified[token.lemma_.lower()].add(normalize(phrase))
        latest: dict[str, str] = {}
        for index, doc in enumerate(docs):
            for token in doc:
                if token.dep_ == "acomp" and token.pos_ == "ADJ" and (index, token.i) not in self._at and not any(
                    c.dep_ == "prep" for c in token.children
                ):
                    # 'the trial was small': a property the article gives a thing; not 'due to', 'resistant to',
                    # which relate two things.
                    phrases.append((index, token, token.text, token.lemma_.lower()))
        for index, token, phrase, head in phrases:
            bare = normalize(phrase) == normalize(token.text)
            if bare and head in latest and _refers_back(token):
                # 'opioid receptors … these receptors': the same ones again.
                self._mark(index, [token], latest[head])
                continue
            self._thing(index, token, phrase, head)
            if not bare and (index, token.i) in self._at:
                latest[head] = self._at[(index, token.i)]
        for head, forms in modified.items():
            entity_ids = {self._by_key.get(form) for form in forms}
            if len(entity_ids) == 1 and head not in _LIGHT_NOUNS and None not in entity_ids and head.islower():
                entity = self.entities[entity_ids.pop() or ""]
                if head not in self._by_key:
                    entity.add(head)
                    self._by_key[head] = entity.id
        for index, doc in enumerate(docs):
            self._given_names(index, doc)
            self._abbreviations(index, doc)
        self._join_misspellings()
        self._join_derived()
        return self

    def _new(self, key: str, kind: str, name: str | None, alias: str) -> DraftEntity:
        entity_id = unique_id(key, self.entities)
        entity = DraftEntity(entity_id, kind, name, [alias])
        self.entities[entity_id] = entity
        self._by_key[normalize(alias)] = entity_id
        return entity

    def _mark(self, doc_index: int, tokens: Span | list[Token], entity_id: str) -> None:
        for token in tokens:
            self._at.setdefault((doc_index, token.i), entity_id)

    def _name(self, doc_index: int, span: Span) -> None:
        words = [
            t
            for t in span
            if t.lower_.rstrip(".") not in _TITLES and t.tag_ != "POS" and not t.is_punct and t.pos_ != "DET"
        ]
        if not words or not all(w.text[:1].isupper() or not w.is_alpha or w.lower_ in _CONNECTORS for w in words):
            return  # spaCy's small model takes a drug for a person now and then: a name is written in capitals
        text = span.doc[words[0].i : words[-1].i + 1].text
        key = normalize(text)
        kind = _NAMED_LABELS[span.label_]
        if _published_in(span):
            kind = "journal"  # 'published in JAMA Neurology', whatever the model took it for
        elif kind != "person":
            lowered = {w.lower_ for w in words}
            for candidate in ("journal", "institution", "place"):
                if lowered & _KINDS[candidate]:
                    kind = candidate
                    break
        entity_id = self._by_key.get(key)
        if entity_id is None and kind == "person":
            entity_id = self._same_person(key)
        if entity_id is None:
            entity = self._new(key, kind, text, text.lower())
            entity_id = entity.id
        entity = self.entities[entity_id]
        if kind == "person":
            surname = words[-1].text.lower()
            entity.add(text.lower())
            entity.add(surname)
            entity.add(f"dr {surname}")
            if len(words) > 1 and (entity.name is None or len(text) > len(entity.name)):
                entity.name = text
            self._by_key.setdefault(surname, entity_id)
        if kind == "institution":
            # "Stanford University" is also "Stanford": the name without the words of its kind.
            # Only where the kind word ends the name: "University of Washington" is not "Washington".
            short = [w.lower_ for w in words[:-1]] if words[-1].lower_ in _INSTITUTION_WORDS else []
            if short and not any(w in _CONNECTORS for w in short):
                entity.add(" ".join(short))
                self._by_key.setdefault(" ".join(short), entity_id)
        self._by_key.setdefault(key, entity_id)
        self._mark(doc_index, span, entity_id)

    def _same_person(self, key: str) -> str | None:
        surname = key.split()[-1]
        for entity in self.entities.values():
            if entity.type == "person" and any(a.split()[-1] == surname for a in entity.aliases):
                return entity.id
        return None

    def _thing(self, doc_index: int, token: Token, phrase: str, head: str) -> None:
        key = normalize(phrase)
        inside = [t for t in token.subtree if t.i <= token.i and (doc_index, t.i) in self._at]
        if inside and token.pos_ == "PROPN":
            # A name the entity recogniser cut short ('Medical News' of 'Medical News Today').
            named = self.entities[self._at[(doc_index, inside[0].i)]]
            named.add(phrase.lower())
            self._by_key.setdefault(key, named.id)
            self._mark(doc_index, [token], named.id)
            return
        if head in _STUDY_WORDS or head in _PUBLICATION_WORDS:
            self._study(doc_index, token, phrase, head)
            return
        entity_id = self._by_key.get(key)
        if entity_id is None:
            kind = "property" if token.pos_ == "ADJ" else "thing"
            entity_id = self._new(key, kind, None, phrase.lower()).id
        self._mark(doc_index, [t for t in token.subtree if t.i <= token.i and t.dep_ in _PHRASE_DEPS] + [token], entity_id)

    def _study(self, doc_index: int, token: Token, phrase: str, head: str) -> None:
        """The article's study, or its editorial, however it is called; another study is another entity."""
        determiners = {child.lower_ for child in token.children if child.dep_ in ("det", "amod", "nummod", "poss", "compound")}
        if determiners & _OTHER or (token.tag_ == "NNS" and not determiners and head in ("study", "trial")):
            entity_id, kind = OTHER_STUDIES, "study"
        elif head in _PUBLICATION_WORDS:
            entity_id, kind = slug(head), "publication"
        else:
            entity_id, kind = STUDY, "study"
        if entity_id not in self.entities:
            # The article's own study is "the study", "the researchers", "the results" whatever the article calls it.
            own = list(_OWN_STUDY_ALIASES) if entity_id == STUDY else []
            self.entities[entity_id] = DraftEntity(entity_id, kind, None, [*own, phrase.lower()], speaks_for=entity_id)
            for alias in own:
                self._by_key.setdefault(alias, entity_id)
        self.entities[entity_id].add(phrase.lower())
        self.entities[entity_id].add(token.text.lower())
        self._mark(doc_index, [token], entity_id)

    def _given_names(self, doc_index: int, doc: Doc) -> None:
        """'An opioid blocker called naltrexone': the phrase is another name of what it is called."""
        for token in doc:
            if token.lemma_.lower() not in DRAFTING["naming_verbs"] or token.dep_ != "acl":
                continue
            named = [c for c in token.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp")]
            described = self._at.get((doc_index, token.head.i))
            if not named or described is None:
                continue
            target = self._at.get((doc_index, named[0].i))
            if target is None or target == described:
                continue
            self._merge(described, into=target)

    def _abbreviations(self, doc_index: int, doc: Doc) -> None:
        for match in _ABBREVIATION.finditer(doc.text):
            before = doc.char_span(0, match.start(), alignment_mode="contract")
            if before is None or not len(before):
                continue
            last = before[-1]
            entity_id = self._at.get((doc_index, last.i))
            if entity_id is not None:
                self.entities[entity_id].add(match.group(1).lower())
                self._by_key.setdefault(match.group(1).lower(), entity_id)

    def _merge(self, source: str, *, into: str) -> None:
        gone = self.entities.pop(source)
        kept = self.entities[into]
        for alias in gone.aliases:
            kept.add(alias)
        for key, value in self._by_key.items():
            if value == source:
                self._by_key[key] = into
        for place, value in self._at.items():
            if value == source:
                self._at[place] = into

    def _join_derived(self) -> None:
        """'dissociative effects' is dissociation: a light noun ('effects', 'properties') under an adjective
        made from a thing the article names alone."""
        singles = {e.aliases[0]: e.id for e in self.entities.values() if e.type == "thing" and " " not in e.aliases[0]}
        for entity in sorted(self.entities.values(), key=lambda e: e.id):
            words = entity.aliases[0].split()
            if entity.type != "thing" or len(words) != 2 or words[1].rstrip("s") not in _LIGHT_NOUNS:
                continue
            nouns = [entity_id for noun, entity_id in singles.items() if _derived(words[0], noun)]
            if len(nouns) == 1 and nouns[0] in self.entities and entity.id in self.entities:
                self._merge(entity.id, into=nouns[0])

    def _join_misspellings(self) -> None:
        singles = sorted(
            (e for e in self.entities.values() if len(e.aliases[0]) >= MISSPELLING_MIN_LENGTH and " " not in e.aliases[0]),
            key=lambda e: e.id,
        )
        for first_index, first in enumerate(singles):
            for second in singles[first_index + 1 :]:
                if first.id not in self.entities or second.id not in self.entities:
                    continue
                if _misspelt(first.aliases[0], second.aliases[0]):
                    self._merge(second.id, into=first.id)


def _published_in(span: Span) -> bool:
    """Whether a name is where something was published: the object of 'in' on a verb of publishing."""
    head = span.root
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ != "in":
        return False
    verb = preposition.head
    return verb.lemma_.lower() in _PUBLISHING_VERBS or (verb.lower_ == "journal")


def _derived(adjective: str, noun: str) -> bool:
    """'dissociative' of 'dissociation', 'addictive' of 'addiction': one word made from the other."""
    return len(adjective) >= DERIVED_MIN_STEM and adjective != noun and adjective[:DERIVED_MIN_STEM] == noun[:DERIVED_MIN_STEM]


def _misspelt(first: str, second: str) -> bool:
    distance = Levenshtein.distance(first, second)
    return distance == 1 or (distance == 2 and sorted(first) == sorted(second))


def _refers_back(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _BACK_REFERENCES for c in token.children)


def _phrase(token: Token) -> str:
    """The noun with the compounds, adjectives and hyphenated words right before it, as written."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.i != start - 1 and not (child.right_edge.i == start - 1):
            break
        if child.dep_ not in _PHRASE_DEPS or child.pos_ in ("DET", "NUM", "PRON") or child.tag_ == "POS":
            break
        if child.dep_ == "advmod" or child.lower_ in _OTHER:
            break
        start = child.left_edge.i
    while start < token.i and (token.doc[start].is_punct or token.doc[start].pos_ in ("DET", "NUM")):
        start += 1
    return token.doc[start : token.i + 1].text
