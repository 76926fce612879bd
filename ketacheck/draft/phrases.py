"""Drafting the claims a noun phrase makes, with no verb of its own.

An article says much in passing: "Dr. Mark George, from the Medical University of South Carolina"
(where he works), "a team from Stanford University" (where the study was done), "opioid drugs, such
as morphine" (what morphine is), "a randomized double-blind crossover trial" (how the study was
designed). Each becomes a claim the article states as background, its evidence the phrase itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ketacheck.draft.frames import ARTICLE, Frame, FrameReader
from ketacheck.draft.lexicon import STUDY, Lexicon
from ketacheck.draft.relations import Relations
from ketacheck.draft.words import DRAFTING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AFFILIATION = DRAFTING["affiliation"]
_AFFILIATION_PREPOSITIONS = frozenset(_AFFILIATION["prepositions"])
_HOME_TYPES = frozenset(_AFFILIATION["home_types"])
_STUDY_HEADS = frozenset(DRAFTING["affiliation"]["study_heads"])
_EXAMPLE_MARKS = frozenset(DRAFTING["examples"]["words"])
_DESIGN_WORDS = frozenset(DRAFTING["design_words"]["words"])


class PhraseReader:
    """Reads the claims of noun phrases, naming things as the frame reader does."""

    def __init__(self, lexicon: Lexicon, relations: Relations, reader: FrameReader) -> None:
        self._lexicon = lexicon
        self._relations = relations
        self._reader = reader

    def frames(self, index: int, doc: Doc) -> Iterator[Frame]:
        for token in doc:
            entity_id = self._lexicon.at(index, token)
            if entity_id is None or token.dep_ == "compound":
                continue
            kind = self._lexicon.entities[entity_id].type
            if kind == "person" or (entity_id == STUDY and token.lemma_.lower() in _STUDY_HEADS):
                # Where the study is from only as "a team from …", "a study from …": "researchers from Harvard"
                # may be anyone's.
                yield from self._affiliations(index, token, entity_id)
            if entity_id == STUDY:
                yield from self._design(index, token, entity_id)
            yield from self._examples(index, token, entity_id)

    def _affiliations(self, index: int, token: Token, member: str) -> Iterator[Frame]:
        """'Dr. Mark George, from the Medical University of South Carolina', 'a team from Stanford University'."""
        described = [token, *(c for c in token.children if c.dep_ == "appos")]
        for noun in described:
            for preposition in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AFFILIATION_PREPOSITIONS):
                for home in (c for c in preposition.children if c.dep_ == "pobj"):
                    home_id = self._lexicon.at(index, home)
                    if home_id is None or home_id == member or self._lexicon.entities[home_id].type not in _HOME_TYPES:
                        continue
                    relation = self._relations.group("affiliate")
                    self._relations.written(relation, preposition.lower_)
                    statement = f"{self._reader.words(index, token)} is {preposition.lower_} {self._reader.words(index, home)}."
                    yield self._frame(token, home, [member], relation, [home_id, *self._around(index, home)], statement)

    def _around(self, index: int, home: Token) -> list[str]:
        """The place an institution is in ('Stanford University in California'): the same home, more widely."""
        found = []
        for preposition in (c for c in home.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (c for c in preposition.children if c.dep_ == "pobj"):
                place_id = self._lexicon.at(index, place)
                if place_id is not None and self._lexicon.entities[place_id].type == "place":
                    found.append(place_id)
        return found

    def _design(self, index: int, token: Token, study: str) -> Iterator[Frame]:
        """'a randomized double-blind crossover trial': each word of its design is a property of the study."""
        for modifier in token.children:
            if modifier.dep_ not in ("amod", "compound"):
                continue
            # The word as written, hyphens and all: "double-blind", and "non-blinded" is no "blinded".
            doc, start = token.doc, modifier.i
            while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].i != token.i:
                start -= 1  # the pieces the tokenizer split a hyphenated word into
            word = doc[start : modifier.i + 1].text.lower()
            if word not in _DESIGN_WORDS:
                continue
            property_id = self._lexicon.property(word)
            relation = self._relations.group("be")
            statement = f"The study was {word}."
            yield self._frame(token, token, [study], relation, [property_id], statement)

    def _examples(self, index: int, token: Token, example: str) -> Iterator[Frame]:
        """'opioid drugs, such as morphine': morphine is an opioid drug."""
        preposition = token.head
        if token.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.head.pos_ not in ("NOUN", "PROPN"):
            return
        such = preposition.lower_ == "as" and any(c.lower_ in _EXAMPLE_MARKS for c in preposition.children)
        if not such and preposition.lower_ not in _EXAMPLE_MARKS:
            return
        kind_token = preposition.head
        if kind_token.tag_ not in ("NNS", "NNPS"):
            return  # a kind is plural: the parser hangs "such as" from the nearest noun ("symptoms of depression, such as")
        kind = self._lexicon.at(index, kind_token)
        if kind is None or kind == example or self._lexicon.entities[kind].type != "thing":
            return
        relation = self._relations.group("be")
        singular = " ".join([*(t.text for t in kind_token.lefts if t.dep_ in ("amod", "compound")), kind_token.lemma_])
        article = "an" if singular[:1].lower() in "aeiou" else "a"
        statement = f"{self._reader.words(index, token)} is {article} {singular}."
        own_examples = [c for c in token.conjuncts if not any(p.dep_ == "prep" for p in c.children)]
        for other in (token, *own_examples):
            other_id = self._lexicon.at(index, other)
            if other_id is not None and other_id != kind:
                words = statement if other is token else f"{self._reader.words(index, other)} is {article} {singular}."
                yield self._frame(kind_token, other, [other_id], relation, [kind], words)

    def _frame(self, first: Token, last: Token, subject: list[str], relation: str, obj: list[str], statement: str) -> Frame:
        doc = first.doc
        start = min(first.left_edge.i, last.i)
        while doc[start].pos_ == "DET" or doc[start].is_punct:
            start += 1
        end = max(last.right_edge.i, first.i)
        while end > start and doc[end].is_punct:
            end -= 1
        return Frame(
            subject=subject,
            relation=relation,
            object=obj,
            polarity=True,
            evidence=doc[start : end + 1].text,
            statement=statement[:1].upper() + statement[1:],
            attribution=ARTICLE,
            strength="fact",
        )
