"""Drafting claims: each clause of the article's parse that relates two things it names.

A clause is a verb (or a copula with what it predicates, or a participle on a noun) with its
subject and its object, read from the dependency arcs. What frames it decides who asserts it and
how firmly: a reporting verb over it names its source ("the researchers found", "writes George"),
a hedge makes it a hypothesis, a warning verb a warning, an urging verb a suggestion; otherwise
the article states it as background. "but not X" after an object is the same clause denied of X.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ketacheck.draft.lexicon import STUDY, Lexicon
from ketacheck.draft.relations import Relations, copula
from ketacheck.draft.words import DRAFTING
from ketacheck.records import Strength
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import tokenize
from ketacheck.text.numbers import find_quantities
from ketacheck.text.quotes import quoted_passages

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_OBJECT_DEPS = ("dobj", "attr", "oprd")
_CLIMB_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "conj", "dobj", "attr", "acomp"})
_RELATIVE = frozenset(ENGLISH["relative_pronouns"])
_PRONOUNS = frozenset(DRAFTING["pronouns"])
_LIGHT_VERBS = frozenset(DRAFTING["light_verbs"])
_CARRIER_NOUNS = frozenset(DRAFTING["carrier_nouns"]["words"])
_CONTENT_NOUNS = frozenset(DRAFTING["content_nouns"]["words"])
_NEGATIVE_SUBJECTS = frozenset(DRAFTING["negative_subjects"]["words"])
_FAILING_VERBS = frozenset(DRAFTING["failing_verbs"]["words"])
_QUESTION_WORDS = frozenset(DRAFTING["question_words"])
_STRENGTH_OF: dict[str, str] = {
    word: strength
    for strength, words in DRAFTING["reporting"].items()
    if not strength.startswith("_")
    for word in words
}
_HEDGING_MODALS = frozenset(DRAFTING["hedging_modals"])
_OPEN_VERBS = frozenset(DRAFTING["open_questions"]["verbs"])
_OPEN_CUES = frozenset(DRAFTING["open_questions"]["cues"])
_QUESTION_VERBS = _OPEN_VERBS | frozenset(DRAFTING["relations"]["investigate"]["cues"])
_STRENGTHS = frozenset(strength.value for strength in Strength)
_HEDGED = frozenset(strength.value for strength in Strength if strength.hedged)

ARTICLE = "article"
_STATEMENT_WORDS = DRAFTING["statement_words"]
_SINGULAR: dict[str, str] = _STATEMENT_WORDS["singular_verbs"]
_DEFINITE = frozenset(_STATEMENT_WORDS["definite_determiners"])
_GROUP_PRONOUNS = frozenset(_STATEMENT_WORDS["group_pronouns"])
_SHARE_WORDS = frozenset(_STATEMENT_WORDS["share_words"])
_PSEUDO_NEGATIONS = frozenset(ENGLISH["negation"]["pseudo"])


@dataclass
class Frame:
    subject: list[str]
    relation: str
    object: list[str]
    polarity: bool
    evidence: str
    statement: str
    attribution: str
    strength: str
    count: int | None = None
    speakers: list[str] = field(default_factory=list)
    """Entities that report the clause; each speaks for the source it is attributed to."""
    quoted_in: int | None = None
    """The sentence whose quotation marks the clause stands inside, if it does: it is the speaker's, not the article's."""


@dataclass(frozen=True)
class _Target:
    """An object of a clause: its preposition, its entities and tokens, whether 'but not' denies it, and
    the relation a light verb's noun gives it ('put a stop to')."""

    preposition: str
    ids: list[str]
    tokens: list[Token]
    denied: bool
    relation: str | None = None


class FrameReader:
    """Reads the frames of each sentence's parse, with entities from the lexicon."""

    def __init__(self, lexicon: Lexicon, relations: Relations) -> None:
        self._lexicon = lexicon
        self._relations = relations
        self._reported_by: dict[int, Token] = {}
        """The reporting verb a hedged clause's verb hangs under, by the clause verb's index, in the sentence read last."""

    def frames(self, doc_index: int, doc: Doc) -> Iterator[Frame]:
        self._reported_by = {}
        for token in doc:
            if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.lemma_ == "be" and _predicate(token)):
                yield from self._clause(doc_index, token)

    # -- one clause -------------------------------------------------------------------------------

    def _clause(self, index: int, verb: Token) -> Iterator[Frame]:
        if self._lexicon.at(index, verb) is not None:
            return  # a name the tagger took for a verb
        if any(c.lower_ in _QUESTION_WORDS for c in verb.children if c.dep_ in ("advmod", "mark")) or (
            verb.dep_ == "ccomp" and verb.left_edge.lower_ in _QUESTION_WORDS
        ):
            return  # 'how X would interfere with Y', 'whether X is Y': asked, not said
        if any(_negated(a) for a in _framers(verb)):
            return  # 'should not expect X to …', 'did not find that …': nothing is asserted
        subjects, subject_tokens, passive = self._subjects(index, verb)
        if not subjects:
            return
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        targets = self._objects(index, verb)
        for target in targets:
            preposition, objects, object_tokens, denied = target.preposition, target.ids, target.tokens, target.denied
            lemma, written = target.relation or verb.lemma_, target.relation or verb.lower_
            if lemma == "be" and not preposition:
                relation = copula(self._relations)
            else:
                relation = self._relations.find(lemma, particle, preposition)
                self._relations.written(relation, " ".join(w for w in (written, particle, preposition) if w))
            subject, obj = subjects, objects
            if passive and preposition == "by" and self._relations.agentive(relation):
                subject, obj = objects, subjects
                people = [e for e in subject if self._lexicon.entities[e].type == "person"]
                if people and len(people) < len(subject):
                    # "led by Dr. Fiona MacLeod, …, and its senior author was …": the parser joins more than the doers.
                    subject = people
                    object_tokens = [t for t in object_tokens if self.entity(index, t) in people]
            elif passive and preposition == "by":
                continue
            if set(subject) & set(obj):
                continue
            attribution, strength, speakers = self._framing(index, verb)
            if strength == Strength.SUGGESTION.value and set(speakers) & set(subject):
                continue  # "researchers may want to invest more time": what they might do, not what anyone found
            if attribution == ARTICLE and not speakers:
                own = [e for e in subject if self._lexicon.study_like(e)]
                if own and strength in _HEDGED:
                    continue  # advice to the researchers, from no one named: not theirs
                if own:
                    attribution, speakers = own[0], own[:1]
            failed = any(node.lemma_.lower() in _FAILING_VERBS for node in _framers(verb))
            polarity = not (_negated(verb) or denied or failed)
            if _open_question(verb):
                polarity = False
            if _denied_subject(subject_tokens) or (failed and _negated(verb)):
                continue  # 'None of the participants had …': drafted by a curator, not by a guess at the statement
            if passive and preposition not in ("", "by") and self._relations.agentive(relation):
                continue  # 'was reduced in older patients': the patient, not the doer, is its subject
            tokens = [verb, *subject_tokens, *object_tokens]
            count = _count(object_tokens) or _count(subject_tokens)
            if count is not None and _count(object_tokens) and not passive:
                # "recruited 30 participants": the claim counts the participants, as a number said of them is read.
                subject, obj = obj, []
            yield Frame(
                subject=subject,
                relation=relation,
                object=obj,
                polarity=polarity,
                evidence=_span(tokens),
                statement=self._statement(index, verb, subject_tokens, object_tokens, preposition or _predicated(target), denied or failed),
                attribution=attribution,
                strength=strength,
                count=count,
                speakers=speakers,
                quoted_in=index if _inside_quotes(verb) else None,
            )

    def entity(self, index: int, token: Token) -> str | None:
        if token.dep_ in ("csubj", "pcomp") or (token.pos_ == "VERB" and token.tag_ == "VBG"):
            # 'taking naltrexone lessened …': a gerund stands for what it takes.
            taken = [c for c in token.children if c.dep_ == "dobj"]
            return self._lexicon.at(index, taken[0]) if taken else None
        if token.like_num:
            # "12 of the participants", or "Of all of the participants, 12 took …".
            of = [c for c in (*token.children, *token.head.children) if c.dep_ == "prep" and c.lower_ == "of"]
            counted = [c for p in of for c in p.children if c.dep_ == "pobj"]
            if counted and counted[0].lower_ in _GROUP_PRONOUNS:
                # "Of those recruited, 181 completed the trial": those are the participants.
                return self._lexicon.named("participants")
            while counted and self._lexicon.at(index, counted[0]) is None:
                deeper = [c for p in counted[0].children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
                if not deeper:
                    break
                counted = deeper
            return self._lexicon.at(index, counted[0]) if counted else None
        if token.lower_ in _PRONOUNS:
            return self._antecedent(index, token)
        if token.lemma_.lower() in _CONTENT_NOUNS:
            # 'due to the fact that it activates the opioid system': what the fact is about.
            said = [c for c in token.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)]
            objects = [c for v in said for c in v.children if c.dep_ in ("dobj", "attr")]
            return self.entity(index, objects[0]) if objects else None
        if token.lemma_.lower() in _CARRIER_NOUNS and not any(c.dep_ in ("amod", "compound") for c in token.children):
            # 'the sensation of dissociation': what the noun carries.
            carried = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
            entity_id = self._lexicon.at(index, carried[0]) if carried else None
            if entity_id is not None:
                return entity_id
        for named in (c for c in token.children if c.dep_ in ("appos", "npadvmod")):
            # 'the journal Sleep Medicine': the name says which.
            entity_id = self._lexicon.at(index, named)
            if entity_id is not None and self._lexicon.entities[entity_id].name:
                return entity_id
        return self._lexicon.at(index, token)

    def _antecedent(self, index: int, pronoun: Token) -> str | None:
        """'Melatonin reduced sleepiness, but it did not improve …': the nearest subject before the pronoun
        in its sentence that names a thing, not a person."""
        for token in reversed(pronoun.doc[: pronoun.i]):
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            # "ketamine's antidepressant properties are due to the fact that it activates …": the subject, or
            # whose it is.
            for candidate in (token, *(c for c in token.children if c.dep_ == "poss")):
                if (candidate.tag_ in ("NNS", "NNPS")) != (pronoun.lower_ == "they"):
                    continue
                entity_id = self._lexicon.at(index, candidate)
                if entity_id is not None and self._lexicon.entities[entity_id].type not in ("person", "study"):
                    return entity_id
        return None

    def _subjects(self, index: int, verb: Token) -> tuple[list[str], list[Token], bool]:
        found = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if not found and verb.dep_ == "conj":
            head = verb.head
            if verb.lemma_.lower() in _STRENGTH_OF and head.dep_ == "ccomp" and head.head.lemma_.lower() in _STRENGTH_OF:
                # "warns that ketamine comes with risks and urges researchers …": the parser joins the second
                # reporting verb to the reported clause; its subject is the first one's.
                head = head.head
            found = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
        if verb.dep_ in ("relcl", "acl") and (not found or found[0].lower_ in _RELATIVE):
            if _disagrees(verb, verb.head):
                return [], [], passive  # "depression who are resistant": the parser hung the clause on the wrong noun
            found = [verb.head]
            passive = passive or verb.tag_ == "VBN"
        if not found and verb.dep_ == "xcomp":
            found = [c for c in verb.head.children if c.dep_ == "dobj"] or [
                c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS
            ]
        tokens = [t for first in found for t in (first, *first.conjuncts)]
        ids = [e for e in (self.entity(index, t) for t in tokens) if e is not None]
        return list(dict.fromkeys(ids)), tokens, passive

    def _objects(self, index: int, verb: Token) -> Iterator[_Target]:
        """Each object the verb takes."""
        direct = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
        if not direct and verb.lemma_ == "be":
            direct = [c for c in verb.children if c.dep_ == "acomp"]
            relating = [d for d in direct if any(c.dep_ in ("prep", "pcomp") for c in d.children)]
            for adjective in relating:
                # 'X is due to Y', 'X is resistant to Y': the adjective and its preposition are the relation.
                for preposition in (c for c in adjective.children if c.dep_ in ("prep", "pcomp")):
                    objects = [c for c in preposition.children if c.dep_ == "pobj"]
                    yield from self._split(index, "", objects, relation=f"be {adjective.lower_} {preposition.lower_}")
            if relating:
                return
        light = [d for d in direct if d.dep_ == "dobj" and self._relations.known(d.lemma_)]
        if light and verb.lemma_ in _LIGHT_VERBS:
            # 'put a stop to the trial': the noun is the verb, its preposition's object the object.
            for preposition in (c for c in (*light[0].children, *verb.children) if c.dep_ == "prep"):
                objects = [c for c in preposition.children if c.dep_ == "pobj"]
                yield from self._split(index, "", objects, relation=light[0].lemma_)
            return
        if direct:
            yield from self._split(index, "", [t for first in direct for t in (first, *first.conjuncts)])
        # The parser may hang "…, but not Y" from the verb rather than from its object.
        denied = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and _denied_conjunct(c)]
        if denied:
            yield from self._split(index, "", denied)
        matrix = any(c.dep_ == "xcomp" for c in verb.children)
        for preposition in (c for c in verb.children if c.dep_ in ("prep", "agent")):
            objects = [c for c in preposition.children if c.dep_ == "pobj"]
            if objects and not direct and not matrix:
                yield from self._split(index, preposition.lower_, [t for o in objects for t in (o, *o.conjuncts)])
        if not direct and verb.lemma_ != "be":
            for acomp in (c for c in verb.children if c.dep_ == "acomp"):
                yield from self._split(index, "", [acomp])
        if not direct and verb.lemma_.lower() in _QUESTION_VERBS:
            # 'explored how X affects Y', 'understand what makes X effective': what the question is about.
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                named = [
                    t for t in clause.subtree if self._lexicon.at(index, t) is not None and t.pos_ in ("NOUN", "PROPN")
                ]
                if named:
                    yield from self._split(index, "", named[:1])

    def _split(self, index: int, preposition: str, tokens: list[Token], relation: str | None = None) -> Iterator[_Target]:
        """The objects as said, and apart from them those denied with 'but not'."""
        said = [t for t in tokens if not _denied_conjunct(t)]
        denied = [t for t in tokens if _denied_conjunct(t)]
        for group, is_denied in ((said, False), (denied, True)):
            ids = [e for e in (self.entity(index, t) for t in group) if e is not None]
            if ids:
                yield _Target(preposition, list(dict.fromkeys(ids)), group, is_denied, relation)

    def _statement(
        self, index: int, verb: Token, subjects: list[Token], objects: list[Token], preposition: str, denied: bool
    ) -> str:
        """The clause in plain words: its subject, its verb as written, and its object; a name in full."""
        words = functools.partial(self.words, index)
        said = _statement(verb, [words(t) for t in subjects[:2]], [words(t) for t in objects[:2]], preposition, denied, subjects)
        reporter = self._reported_by.get(verb.i)
        reporters = _reporters(reporter) if reporter is not None else []
        if reporter is None or not reporters or not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return said  # only a clause of its own is said with who said it: not 'urges researchers to delve'
        if verb.lemma_.lower() in _STRENGTH_OF:
            return said  # a reporting verb is its own frame: 'the editorial urges researchers
        # "Some studies have suggested that …": a hypothesis, warning or suggestion is said with who made it.
        helpers = [c.text for c in reporter.children if c.dep_ in ("aux", "neg") and c.i < reporter.i]
        frame = " ".join([words(reporters[0]), *helpers, reporter.text, "that"])
        first = said.split(" ", 1)[0]
        said = said[:1].lower() + said[1:] if first in ("The", "A", "An") else said
        return frame[:1].upper() + frame[1:] + " " + said

    def words(self, index: int, token: Token) -> str:
        """What a token names, in the words of a statement: a name in full, a thing by its first name
        ('naltrexone' for the article's 'naltroxene', 'opioid receptors' for 'these receptors'), with 'the'
        where the article gives it one, so that the parser reads the statement well."""
        entity_id = self.entity(index, token)
        if entity_id is None:
            return _words(token)
        entity = self._lexicon.entities[entity_id]
        if entity.name:
            return entity.name
        if entity.type == "study":
            # As the article calls it where it names a study ('the team', 'some studies'), else 'the study'.
            if token.lower_ not in entity.aliases:
                return "the study" if entity_id == STUDY else entity.aliases[0]
            determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
            if entity_id == STUDY:
                determiners = ["the"]  # the article's own study, however it first introduced it ('a trial')
            return " ".join([*determiners, token.lower_])
        counted = [token.text] if token.like_num else [c.text for c in token.children if c.dep_ == "nummod" and not _share(c)]
        definite = any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in token.children)
        return " ".join(["the"] * (definite and not counted) + [*counted, entity.aliases[0]])

    def _framing(self, index: int, verb: Token) -> tuple[str, str, list[str]]:
        """Who asserts the clause (a source id) and how firmly, from what it hangs under."""
        strength = "hypothesis" if any(c.lower_ in _HEDGING_MODALS for c in verb.children if c.dep_ == "aux") else ""
        for node in _climbed(verb):
            kind = _STRENGTH_OF.get(node.lemma_.lower())
            if kind is None:
                continue
            speakers = [e for e in (self._lexicon.at(index, c) for c in _reporters(node)) if e is not None]
            if not strength:
                strength = kind if kind in _STRENGTHS else Strength.FACT.value
            if kind == "finding" and not any(self._lexicon.study_like(s) for s in speakers):
                strength = strength if strength != "finding" else "fact"
            if speakers:
                if strength in _HEDGED and node.pos_ == "VERB":
                    self._reported_by[verb.i] = node
                return speakers[0], strength, speakers
            if node.pos_ == "NOUN":
                return ARTICLE, strength, []
        return ARTICLE, strength or "fact", []


def _climbed(verb: Token) -> Iterator[Token]:
    """The words a clause hangs under, through complements, clauses and prepositions, up to its root."""
    node = verb
    while node.dep_ in _CLIMB_DEPS and node.head is not node:
        node = node.head
        yield node


def _framers(verb: Token) -> Iterator[Token]:
    """The verbs a clause hangs under."""
    return (node for node in _climbed(verb) if node.pos_ in ("VERB", "AUX"))


def _predicate(token: Token) -> bool:
    return any(c.dep_ in ("attr", "acomp") for c in token.children) or any(
        c.dep_ == "prep" for c in token.children
    )


def _negated(verb: Token) -> bool:
    """Whether 'not' denies the verb; not 'did not just improve' ('not just', 'not only': a pseudo-negation)."""
    doc = verb.doc
    negations = [c for c in verb.children if c.dep_ == "neg"]
    negations += [c for a in verb.children if a.dep_ in ("aux", "auxpass") for c in a.children if c.dep_ == "neg"]
    return any(not (c.i + 1 < len(doc) and f"not {doc[c.i + 1].lower_}" in _PSEUDO_NEGATIONS) for c in negations)


def _denied_conjunct(token: Token) -> bool:
    """'… X, but not Y': Y is denied."""
    if token.dep_ != "conj":
        return False
    before = token.doc[token.head.i + 1 : token.left_edge.i]
    return any(t.lower_ == "not" for t in before) or any(c.dep_ == "neg" for c in token.children)


def _predicated(target: _Target) -> str:
    """What a copula's adjective says of its object, in the statement ('due to' of 'be due to')."""
    relation = target.relation or ""
    return relation.removeprefix("be ") if relation.startswith("be ") else ""


def _disagrees(verb: Token, noun: Token) -> bool:
    """Whether a verb's number is not its subject's: 'are' said of a singular noun, 'is' of a plural one."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    plural = any(t.tag_ == "VBP" or t.lower_ in ("are", "were") for t in forms)
    singular = any(t.tag_ == "VBZ" or t.lower_ in ("is", "was") for t in forms)
    return (plural and noun.tag_ in ("NN", "NNP")) or (singular and noun.tag_ in ("NNS", "NNPS"))


def _share(number: Token) -> bool:
    """ "4 in 10 people": a share, not a count."""
    return number.i > 0 and number.doc[number.i - 1].lower_ in _SHARE_WORDS


def _inside_quotes(token: Token) -> bool:
    return any(p.start <= token.idx < p.end for p in quoted_passages(token.doc.text))


def _denied_subject(subjects: list[Token]) -> bool:
    """'None of the participants', 'No serious adverse events', 'Neither the participants nor …'."""
    return any(
        token.lower_ in _NEGATIVE_SUBJECTS or any(c.lower_ in _NEGATIVE_SUBJECTS for c in token.children if c.dep_ in ("det", "preconj", "cc"))
        for token in subjects
    )


def _open_question(verb: Token) -> bool:
    if verb.lemma_.lower() not in _OPEN_VERBS:
        return False
    around = [verb, *verb.children, *verb.ancestors]
    return any(t.lemma_.lower() in _OPEN_CUES or t.lower_ in _OPEN_CUES for t in around)


def _reporters(node: Token) -> list[Token]:
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
    if node.pos_ == "NOUN" and node.dep_ == "pobj":
        return subjects
    expanded: list[Token] = []
    for subject in subjects:
        expanded += [subject, *subject.conjuncts]
        expanded += [c for c in subject.children if c.dep_ in ("appos", "compound")]
    return expanded


def _span(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    start = min(t.left_edge.i if t.dep_ not in ("ROOT",) and t is not tokens[0] else t.i for t in tokens)
    end = max(t.right_edge.i if t is not tokens[0] else t.i for t in tokens)
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[start : end + 1].text


def _count(tokens: list[Token]) -> int | None:
    for token in tokens:
        numbers = [token] if token.like_num else [c for c in token.children if c.dep_ == "nummod"]
        for number in numbers:
            if _share(number):
                continue
            found = find_quantities(tokenize(number.text), [False])
            if found and float(found[0].value).is_integer():
                return int(found[0].value)
    return None


def _statement(
    verb: Token, subject_words: list[str], object_words: list[str], preposition: str, denied: bool, subjects: list[Token]
) -> str:
    subject = " and ".join(subject_words)
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if denied:
        helpers = [h for h in helpers if h.dep_ != "neg"]
    particle = [c.text for c in verb.children if c.dep_ == "prt"]
    # "The researchers were …" said of the study: its verb agrees with one study.
    agree = _SINGULAR if subject_words in (["the study"], ["the trial"]) else {}
    verb_words = " ".join([*(agree.get(h.lower_, h.text) for h in helpers), agree.get(verb.lower_, verb.text), *particle])
    if verb.dep_ in ("acl", "relcl") and not helpers and verb.tag_ == "VBN":
        verb_words = ("are " if subjects and subjects[0].tag_ in ("NNS", "NNPS") else "is ") + verb_words
    if denied:
        verb_words = ("did not " + verb.lemma_) if verb.tag_ in ("VBD", "VB") else f"{verb_words} not"
    obj = " and ".join(object_words)
    text = " ".join(w for w in (subject, verb_words, preposition, obj) if w)
    return text[:1].upper() + text[1:] + "."


def _words(token: Token) -> str:
    """A noun with what restricts it, as written, without a leading article."""
    if token.dep_ == "csubj" or token.tag_ == "VBG":
        taken = [c for c in token.children if c.dep_ == "dobj"]
        token = taken[0] if taken else token
    keep = [t for t in token.subtree if t.i <= token.i and t.dep_ not in ("det", "punct", "cc", "appos")]
    start = min((t.i for t in keep), default=token.i)
    words = token.doc[start : token.i + 1]
    return " ".join(t.text if t.tag_ != "POS" else "'s" for t in words).replace(" 's", "'s").replace(" - ", "-")
