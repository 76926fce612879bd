"""Reading a statement: its parse, what it names, and what its structure says of each part.

A Reader is built once from a database's lexicon; ``read_many`` parses statements in batches
and turns each into a Reading — tokens, the dependency parse, the entities and relation cues
the database knows (anchored to nodes of the parse), negation cues and what they negate,
numbers, unknown names, mentions of another study, and clauses with how each is framed. The
engine compares a Reading with the claims; nothing here decides a verdict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ketacheck.reading.clauses import Clause, FramingWords, Link, read_clauses
from ketacheck.reading.mentions import Mention, MentionKind, Name, NegationCue
from ketacheck.reading.names import find_names
from ketacheck.reading.negation import negation_cues, span_head
from ketacheck.reading.parser import Tree, dictionary_words, parse
from ketacheck.reading.reference import (
    KNOWN,
    clause_verb,
    holds_a_place,
    kind_after,
    other_mentions,
    set_apart,
    subject_depth,
)
from ketacheck.reading.roles import Roles, sets_apart
from ketacheck.reading.spelling import Speller
from ketacheck.records import Database
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token, clean, phrase_tokens, stem, tokenize
from ketacheck.text.numbers import Quantity, find_quantities
from ketacheck.text.phrases import PhraseIndex, PhraseMatch
from ketacheck.text.quotes import unquoted
from ketacheck.text.wordsets import EnglishWords, WordClass, english_words

__all__ = ["Clause", "Link", "Mention", "MentionKind", "Name", "NegationCue", "Reader", "Reading", "Tree"]

_ANAPHORA = frozenset(ENGLISH["anaphora"])
_ANAPHORIC_NOUNS = {noun: kind for kind, nouns in ENGLISH["anaphoric_nouns"]["by_type"].items() for noun in nouns}
_SUBJECT_ARCS = frozenset(("nsubj", "nsubjpass"))
_PRONOUN_NOUNS = frozenset(ENGLISH["reference"]["pronoun_nouns"])
_ARGUMENT_ARCS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"))
_AGENT_MARKERS = frozenset(ENGLISH["agent_markers"])
_NOUN_ROLES = frozenset(("dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "compound", "poss"))
_LIGHT_VERBS = frozenset(ENGLISH["light_verbs"]["words"])
_FUNCTION_WORDS = frozenset(ENGLISH["function_words"]["words"])
_HYPHEN_SUFFIXES = frozenset(ENGLISH["hyphen_suffixes"]["words"])
_WORKINGS_QUESTIONS = frozenset(ENGLISH["workings"]["question_words"])
_WORKINGS_VERBS = frozenset(ENGLISH["workings"]["verbs"])
_STAND_INS: dict[str, str] = {k: v for k, v in ENGLISH["stand_ins"].items() if not k.startswith("_")}



class LexiconEntry(NamedTuple):
    """What one phrase of a database's lexicon stands for."""

    is_entity: bool
    """An entity's name (or its opposite's); else a relation's cue."""
    id: str
    """The entity's or the relation's id."""
    kind: MentionKind
    """How the phrase names it: alias or opposite of an entity; cue, negative cue or antonym of a relation."""
    converse: bool = False
    """A relation cue whose grammatical subject is the claim's object."""


@dataclass(slots=True)
class Reading:
    """Everything the engine needs to know about one statement."""

    tokens: list[Token]
    tree: Tree
    entities: list[Mention]
    relations: list[Mention]
    quantities: list[Quantity]
    names: list[Name]
    negations: list[NegationCue]
    clauses: list[Clause]
    clause_of: list[int]
    """For each token, the index of its clause."""
    roles: Roles
    others: set[int]
    """``id`` of each entity mention that names another study, drug or group than the article's."""
    corrections: list[str]
    corrected: frozenset[int]
    """Indices of the tokens read as another word: trusted only where a frame uses them."""
    pseudo_negations: frozenset[int]
    """Indices of the tokens of pseudo-negations ("not only"): function words, no claim of their own."""
    hedges: frozenset[int]
    """Indices of the tokens of hedges ("may", "suggests")."""

    def clause_at(self, index: int) -> Clause:
        return self.clauses[self.clause_of[index]]

    def is_other(self, mention: Mention) -> bool:
        return id(mention) in self.others

    def negations_on(self, node: int) -> list[str]:
        """The negations of one word ("not" on "block"); a denied clause is the clause's (``denials``)."""
        return [cue.text for cue in self.negations if cue.target == node and not cue.sentential]

    def reported_by(self, index: int, framer: int) -> bool:
        """Whether the word at ``index`` stands in a clause that ``framer`` reports ("wrote that …"), or below one."""
        clause, stop = self.clause_of[index], self.clause_of[framer]
        seen: set[int] = set()
        while clause >= 0 and clause != stop and clause not in seen:
            seen.add(clause)
            if self.clauses[clause].framer == framer:
                return True
            clause = self.clauses[clause].parent
        return False

    def denials(self, clause: int) -> list[NegationCue]:
        """The sentential negations that deny a clause ("it is not true that …"): with it, every clause below it."""
        above = set()
        index = clause
        while index >= 0 and index not in above:
            above.add(index)
            index = self.clauses[index].parent
        return [cue for cue in self.negations if cue.sentential and self.clause_of[cue.target] in above]


@dataclass(slots=True)
class _Prepared:
    tokens: list[Token]
    cleaned: str
    corrections: list[str]
    corrected: frozenset[int]
    taken: list[bool]
    sentential: list[PhraseMatch[str]]
    lexicon: list[PhraseMatch[LexiconEntry]]
    stand_ins: dict[int, tuple[str, int]]


class Reader:
    """Reads statements with one database's lexicon. Build it once; reading is pure."""

    def __init__(self, database: Database, evidence: Mapping[str, Sequence[Token]]) -> None:
        """``evidence``: each claim's evidence and statement, read (see ``evidence_tokens``)."""
        self.english: EnglishWords = english_words()
        self.framing = FramingWords()
        # Entities and relation cues share one index, so the longest phrase wins whichever it is:
        # "side effects" is a cue of cause, not the entity "effects".
        # "works partly through": a word that weakens a phrase, inside it, leaves it the phrase.
        self._lexicon: PhraseIndex[LexiconEntry] = PhraseIndex(between=frozenset(ENGLISH["inside_phrases"]["words"]))
        for entity_id, entity in database.entities.items():
            for alias in entity.aliases:
                self._lexicon.add(alias, LexiconEntry(True, entity_id, MentionKind.ALIAS))
            for opposite in entity.opposites:
                self._lexicon.add(opposite, LexiconEntry(True, entity_id, MentionKind.OPPOSITE))
        for relation_id, relation in database.relations.items():
            converse = set(relation.converse_cues)
            for kind, cues in (
                (MentionKind.CUE, relation.cues),
                (MentionKind.NEGATIVE_CUE, relation.negative_cues),
                (MentionKind.ANTONYM, relation.antonyms),
            ):
                for cue in cues:
                    self._lexicon.add(cue, LexiconEntry(False, relation_id, kind, cue in converse))
        self._pronouns: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for entity_id, entity in database.entities.items():
            for word in entity.pronouns:
                self._pronouns[word.lower()] += (entity_id,)
        self._entity_types = {entity_id: entity.type for entity_id, entity in database.entities.items()}
        self._topic = next((entity_id for entity_id, entity in database.entities.items() if entity.topic), None)
        self._questions_of = {entity.question_of: entity_id for entity_id, entity in database.entities.items() if entity.question_of}
        self._properties = frozenset(entity_id for entity_id, kind in self._entity_types.items() if kind == "property")
        self._year = int(database.published[:4]) if database.published and database.published[:4].isdigit() else None
        self.vocabulary = WordClass.of(database.vocabulary) | self.english.filler | self.english.hedge_words
        """Words that never carry a claim by themselves: the database's vocabulary, filler and hedges."""
        self._alias_words = frozenset(
            token.norm
            for entity in database.entities.values()
            for alias in entity.aliases + entity.opposites
            for token in phrase_tokens(alias)
        )
        self.entity_words = {
            entity_id: frozenset(t.norm for alias in entity.aliases for t in phrase_tokens(alias))
            for entity_id, entity in database.entities.items()
        }
        """The words of each entity's aliases."""
        phrases = list(lexicon_phrases(database))
        self._lexicon_words = frozenset(token.norm for phrase, _ in phrases for token in phrase_tokens(phrase))
        known = (
            self._lexicon.words()
            | self.vocabulary.stems
            | {stem(adverb) for adverb in self.vocabulary.adverbs}
            | self.english.negations.words()
            | self.english.sentential.words()
            | {t.stem for words in evidence.values() for t in words if not t.punct}
        )
        self._speller = Speller(phrases, frozenset(known), dictionary_words)

    def named_entities(self, tokens: Sequence[Token]) -> frozenset[str]:
        """The entities a text names by one of their aliases, read without a parse (a claim's evidence)."""
        return self._named(tokens, entity=True, kind=MentionKind.ALIAS)

    def named_relations(self, tokens: Sequence[Token]) -> frozenset[str]:
        """The relations a text says by one of their cues (not a negative cue or an antonym), read without a parse."""
        return self._named(tokens, entity=False, kind=MentionKind.CUE)

    def _named(self, tokens: Sequence[Token], entity: bool, kind: MentionKind) -> frozenset[str]:
        return frozenset(
            entry.id
            for match in self._lexicon.find(tokens, [t.punct for t in tokens])
            for entry in match.payloads
            if entry.is_entity is entity and entry.kind is kind
        )

    def read(self, statement: str) -> Reading:
        return self.read_many([statement])[0]

    def read_many(self, statements: Sequence[str]) -> list[Reading]:
        """Each statement read, the parser taking them as one batch."""
        prepared = [self._prepare(statement) for statement in statements]
        trees = parse([p.tokens for p in prepared], [p.cleaned for p in prepared], [p.stand_ins for p in prepared])
        return [self._finish(p, tree) for p, tree in zip(prepared, trees, strict=True)]

    def _prepare(self, statement: str) -> _Prepared:
        statement = unquoted(statement)
        tokens, corrections, corrected = self._speller.correct(tokenize(statement))
        taken = [t.punct for t in tokens]
        # Sentential negations first: "it is not true that" must not lose its "is" to the lexicon.
        sentential = self.english.sentential.find(tokens, taken)
        lexicon = self._lexicon.find(tokens, taken)
        # The parser reads a common word for a drug's name (it takes "ketamine" for an adjective), and the
        # word meant for a misspelling.
        stand_ins: dict[int, tuple[str, int]] = {i: (tokens[i].norm, i + 1) for i in corrected}
        for match in lexicon:
            if not self._names_a_thing(tokens, match.start, match.end):
                continue
            for entry in match.payloads:
                word = _STAND_INS.get(self._entity_types.get(entry.id, "")) if entry.is_entity else None
                if word:
                    opens = match.start == 0 or tokens[match.start - 1].norm in (".", "!", "?", ":", '"')
                    stand_ins[match.start] = (word.capitalize() if opens else word, match.end)
                    for inside in range(match.start + 1, match.end):
                        stand_ins.pop(inside, None)
                    break
        return _Prepared(tokens, clean(statement), corrections, corrected, taken, sentential, lexicon, stand_ins)

    def _finish(self, prepared: _Prepared, tree: Tree) -> Reading:
        tokens, taken = prepared.tokens, prepared.taken
        entities, relations = self._mentions(tokens, self._verbs_read_as_things(tokens, prepared.lexicon, tree, taken), tree)
        # After the lexicon, so an alias may hold a negation word ("does not last", "not blinded"); but a
        # preposition the lexicon took as a cue on its own ("of") may still end one ("instead of").
        open_to_negation = list(taken)
        for match in prepared.lexicon:
            if match.end - match.start == 1 and tokens[match.start].norm in _FUNCTION_WORDS:
                open_to_negation[match.start] = False
        negation_matches = prepared.sentential + self.english.negations.find(tokens, open_to_negation)
        for negation in negation_matches:
            for index in range(negation.start, negation.end):
                taken[index] = True
        entities.extend(self._pronoun_mentions(tokens, taken, entities, tree))
        entities = self._workings_questions(tokens, entities, tree)
        entities.sort(key=lambda m: m.start)
        negations = negation_cues(tokens, tree, negation_matches)
        for mention in entities + relations:
            # A negation inside the phrase itself ("failed to respond to treatment") is part of what it names.
            mention.negations = [
                cue.text
                for cue in negations
                if cue.target in mention.span
                and not cue.sentential
                and not mention.start <= cue.start < cue.end <= mention.end
            ]
        quantities = find_quantities(tokens, taken)
        # A name may hold a word the lexicon knows as a cue ("the New England Journal of Medicine"), not an entity.
        named = [t.punct for t in tokens]
        for mention in entities:
            for index in mention.span:
                named[index] = True
        names = find_names(tokens, named, tree)
        roles = Roles(tree, [t.norm for t in tokens], entities, names, _AGENT_MARKERS, _LIGHT_VERBS, self._properties)
        others = other_mentions(tokens, tree, entities, names, self._entity_types, self.entity_words, self._year)
        name_heads = {name.anchor for name in names}
        clauses, clause_of = read_clauses(tokens, tree, roles, negations, name_heads, self.framing)
        hedges = frozenset(i for match in self.english.hedges.find(tokens) for i in range(match.start, match.end))
        pseudo = frozenset(
            i for cue in negation_matches if cue.payloads[0] == "pseudo" for i in range(cue.start, cue.end)
        )
        return Reading(
            tokens=tokens,
            tree=tree,
            entities=entities,
            relations=relations,
            quantities=quantities,
            names=names,
            negations=negations,
            clauses=clauses,
            clause_of=clause_of,
            roles=roles,
            others=others,
            corrections=prepared.corrections,
            corrected=prepared.corrected,
            pseudo_negations=pseudo,
            hedges=hedges,
        )

    def _mentions(
        self, tokens: list[Token], matches: list[PhraseMatch[LexiconEntry]], tree: Tree
    ) -> tuple[list[Mention], list[Mention]]:
        entities: list[Mention] = []
        relations: list[Mention] = []
        for match in matches:
            if self._adverb_of_another_word(tokens, match.start, match.end):
                continue
            text = span_text(tokens, match.start, match.end)
            anchor = span_head(tree, match.start, match.end)
            named = [entry for entry in match.payloads if entry.is_entity]
            if named and match.end - match.start == 1 and self._used_as_verb(tokens, tree, match.start):
                # A thing named as a verb ("studying", "studied") is not the thing ("study").
                named = []
            if named and (_written_apart(tokens, tree, match.end) or _likened(tokens, tree, anchor, match.end)):
                # "an opioid like oxycodone": "opioid-like" written apart, its "like" governing what follows;
                # "ketamine-like drugs" are not ketamine.
                named = []
            if not named:
                # A cue that opens with a name ("team from Stanford"): the name is the entity too.
                leading, end = self._leading_entity(tokens, tree, match.start, match.end)
                if leading:
                    ids = tuple(dict.fromkeys(entry.id for entry in leading))
                    head = span_head(tree, match.start, end)
                    entities.append(Mention(match.start, end, span_text(tokens, match.start, end), ids, MentionKind.ALIAS, head))
            if named:
                ids = tuple(dict.fromkeys(entry.id for entry in named))
                opposite = all(entry.kind is MentionKind.OPPOSITE for entry in named)
                named_as = MentionKind.OPPOSITE if opposite else MentionKind.ALIAS
                entities.append(Mention(match.start, match.end, text, ids, named_as, anchor))
            by_relation: dict[str, LexiconEntry] = {}
            for entry in match.payloads:
                if not entry.is_entity:
                    by_relation.setdefault(entry.id, entry)
            for relation_id, entry in by_relation.items():
                relations.append(
                    Mention(match.start, match.end, text, (relation_id,), entry.kind, anchor, converse=entry.converse)
                )
        return entities, relations

    def _verbs_read_as_things(
        self, tokens: list[Token], matches: list[PhraseMatch[LexiconEntry]], tree: Tree, taken: list[bool]
    ) -> list[PhraseMatch[LexiconEntry]]:
        """Stems make "depend on opioid signaling" hold the alias "dependence on opioids". Where the parse
        reads its first word as a verb no alias has, the words are that verb's cue and what follows it."""
        kept: list[PhraseMatch[LexiconEntry]] = []
        for position, match in enumerate(matches):
            first = match.start
            if (
                match.end - first < 2
                or not all(entry.is_entity for entry in match.payloads)
                or tree.pos[first] != "VERB"
                or tokens[first].norm in self._alias_words
            ):
                kept.append(match)
                continue
            for stop in range(match.end - 1, first, -1):
                cues = tuple(entry for entry in self._lexicon.exact(tokens[first:stop]) if not entry.is_entity)
                if cues:
                    kept.append(PhraseMatch(first, stop, cues))
                    # What follows may now be a phrase of its own ("opioid signaling"), up to the next match.
                    limit = matches[position + 1].start if position + 1 < len(matches) else len(tokens)
                    free = [False if k < match.end else taken[k] for k in range(stop, limit)]
                    rest = self._lexicon.find(tokens[stop:limit], free)
                    kept.extend(PhraseMatch(m.start + stop, m.end + stop, m.payloads) for m in rest)
                    break
            else:
                kept.append(match)  # no cue to fall back on ("acted like an opioid"): the alias it is
        return kept

    def _leading_entity(
        self, tokens: Sequence[Token], tree: Tree, start: int, end: int
    ) -> tuple[list[LexiconEntry], int]:
        for stop in range(end - 1, start, -1):
            if tree.pos[stop - 1] not in ("NOUN", "PROPN"):
                continue
            exact = self._lexicon.exact(tokens[start:stop])
            found = [entry for entry in exact if entry.is_entity and entry.kind is MentionKind.ALIAS]
            if found:
                return found, stop
        return [], start

    def _names_a_thing(self, tokens: Sequence[Token], start: int, end: int) -> bool:
        """Whether a span is a plain name ("opioid blocker"), not a phrase with a verb or a preposition in
        it ("act like an opioid", "blocking opioid receptors") that the parser should read as it is."""
        return not any(
            self.english.filler.holds(t) or t.norm.endswith(("ing", "ed")) for t in tokens[start:end]
        )

    def _adverb_of_another_word(self, tokens: Sequence[Token], start: int, end: int) -> bool:
        """A one-word match that is an adverb the lexicon does not list: "completely" shares its stem with
        "complete" (a trial run to completion) but not its meaning."""
        word = tokens[start].norm
        return end - start == 1 and word.endswith("ly") and word not in self._lexicon_words

    def _used_as_verb(self, tokens: Sequence[Token], tree: Tree, i: int) -> bool:
        """Whether the parse reads a word as a verb that is not itself an alias ("dissociated" is one)."""
        if tree.pos[i] not in ("VERB", "AUX") or tree.deps[i] in _NOUN_ROLES:
            # Where the parse puts a noun ("improved reflexes" tagged as a verb), it is the thing.
            return False
        return tokens[i].norm not in self._alias_words or tree.tags[i] in ("VB", "VBP", "VBZ")

    def _pronoun_mentions(
        self, tokens: list[Token], taken: list[bool], entities: list[Mention], tree: Tree
    ) -> Iterator[Mention]:
        norms = [t.norm for t in tokens]
        for i, token in enumerate(tokens):
            if taken[i]:
                continue
            if token.norm in _ANAPHORIC_NOUNS and any(
                tree.deps[c] == "det" and tokens[c].norm in KNOWN for c in tree.children[i]
            ):
                # "the drug's antidepressant effect": the latest drug named before it.
                kind = _ANAPHORIC_NOUNS[token.norm]
                # Not a word of its own phrase: "the brain receptors" are not the brain.
                before = [
                    m
                    for m in entities
                    if m.end <= i and all(self._entity_types[e] == kind for e in m.ids) and not tree.dominates(i, m.anchor)
                ]
                # "opioid receptors …, and these receptors": a thing named with the same noun first.
                earlier = [m for m in before if tokens[m.anchor].stem == token.stem] or before
                if tree.deps[i] in _SUBJECT_ARCS:
                    # "Unlike ketamine, the drug …", "compared with morphine, the drug …": a subject stands for
                    # an earlier subject, else for what nothing sets apart ("made of opioid receptors …, and
                    # these receptors react").
                    subjects = [m for m in earlier if tree.deps[m.anchor] in _SUBJECT_ARCS]
                    earlier = subjects or [m for m in earlier if not set_apart(norms, tree, m)]
                if earlier:
                    yield Mention(i, i + 1, token.text, earlier[-1].ids, kind_after(earlier[-1]), i)
                elif not before and (topic := self._topic_for(norms, entities, tree, i, kind)):
                    yield Mention(i, i + 1, token.text, (topic,), MentionKind.TOPIC, i)
                continue
            if token.norm not in self._pronouns:
                continue
            candidates = self._pronouns[token.norm]
            if token.norm in _ANAPHORA and (tree.deps[i] == "expl" or holds_a_place(tree, i)):
                continue  # "it is not yet clear whether …": an "it" that holds a place stands for nothing
            if token.norm in _ANAPHORA:
                # "it", "he": only an antecedent earlier in the statement says which one; a subject
                # stands for an earlier subject first ("naltrexone lessened ketamine's effects, although
                # it did not prevent dissociation").
                # Not what "like" or "unlike" sets apart: "Like morphine, it is highly addictive".
                earlier = [
                    m for m in entities if m.end <= i and set(m.ids) & set(candidates) and not set_apart(norms, tree, m)
                ]
                if not earlier:
                    topic = self._topic_for(norms, entities, tree, i, None)
                    if topic in candidates:
                        yield Mention(i, i + 1, token.text, (topic,), MentionKind.TOPIC, i)
                    continue
                if tree.deps[i] in _SUBJECT_ARCS:
                    # The nearest to the head of an earlier subject: "Pretreating with naltrexone blocked the
                    # effect of ketamine, but it did not block dissociation" ('it' is naltrexone).
                    depths = [(d, n, m) for n, m in enumerate(earlier) if (d := subject_depth(tree, m.anchor)) is not None]
                    if depths:
                        earlier = [min(depths, key=lambda item: (item[0], -item[1]))[2]]
                candidates = tuple(e for e in earlier[-1].ids if e in candidates)
                yield Mention(i, i + 1, token.text, candidates, kind_after(earlier[-1]), i)
                continue
            yield Mention(i, i + 1, token.text, candidates, MentionKind.PRONOUN, i)


    def _workings_questions(self, tokens: list[Token], entities: list[Mention], tree: Tree) -> list[Mention]:
        """ "no one was sure why it worked so rapidly": an indirect question of how or why a thing works, whatever
        names the thing (a pronoun too), names the entity that is the question of its workings. It takes the
        place of the mention of the thing inside it."""
        if not self._questions_of:
            return entities
        for i, token in enumerate(tokens):
            verb = tree.heads[i]
            if token.norm not in _WORKINGS_QUESTIONS or tree.deps[i] != "advmod" or verb <= i:
                continue
            if tokens[verb].norm not in _WORKINGS_VERBS or tree.deps[verb] not in ("ccomp", "xcomp", "advcl", "pcomp", "csubj"):
                continue
            subjects = tree.children_by(verb, "nsubj")
            named = [m for m in entities if subjects and m.anchor == subjects[0] and len(m.ids) == 1 and m.ids[0] in self._questions_of]
            if not named or not i < named[0].start < verb:
                continue
            question = self._questions_of[named[0].ids[0]]
            # "why it worked so rapidly": how it works is part of the question.
            end = max([verb, *(j for a in tree.children_by(verb, "advmod") if a > verb for j in tree.subtree(a))]) + 1
            text = span_text(tokens, i, end)
            entities = [m for m in entities if m is not named[0]]
            # A question of what a topic word stands for keeps that word's standing: it may support, not contradict.
            entities.append(Mention(i, end, text, (question,), named[0].kind, verb))
        return entities

    def _topic_for(self, norms: Sequence[str], entities: list[Mention], tree: Tree, i: int, kind: str | None) -> str | None:
        """What the source is about, if "it" or "the drug" with nothing named before it stands for that.

        Coverage of a source is about its topic: a headline's "the drug", or "It seems to behave like an
        opioid" on its own. Not where the topic is named in the pronoun's own clause ("it blunted ketamine's
        effect" is about something else), nor an "it" that only holds a place ("it is unclear whether …"),
        nor a noun that a name goes with ("the drug naltrexone"), nor where something named before it may be
        what it stands for.
        """
        topic = self._topic
        if topic is None or (kind is not None and self._entity_types[topic] != kind):
            return None
        if tree.deps[i] in ("expl", "compound", "appos") or holds_a_place(tree, i):
            return None
        if any(tree.deps[c] in ("appos", "compound", "nmod") for c in tree.children[i]):
            return None
        own = clause_verb(tree, i)
        named_here = any(topic in m.ids and clause_verb(tree, m.anchor) == own for m in entities)
        if named_here or self._antecedent_before(norms, entities, tree, i, own):
            return None
        return topic

    def _antecedent_before(self, norms: Sequence[str], entities: list[Mention], tree: Tree, i: int, own: int) -> bool:
        """Whether a thing is named before the pronoun that it may stand for: a singular noun, or a mention of
        something other than a person or a group ("Vagus nerve stimulation treats depression, and it …"). Not
        the subject of the pronoun's own verb ("Opioid blocker stops the drug's effect"), nor what "like" sets apart."""
        people = {m.anchor for m in entities if all(self._entity_types[e] in ("person", "group") for e in m.ids)}
        for j in range(i):
            if tree.tags[j] not in ("NN", "NNP") or tree.deps[j] not in _ARGUMENT_ARCS or j in people:
                continue
            if norms[j] in _PRONOUN_NOUNS:
                continue  # "no one was sure why it worked": a pronoun the tagger calls a noun
            if tree.deps[j] in _SUBJECT_ARCS and tree.heads[j] == own:
                continue
            if tree.deps[j] == "pobj" and sets_apart(tree, norms, tree.heads[j]):
                continue
            return True
        return False


def _written_apart(tokens: Sequence[Token], tree: Tree, end: int) -> bool:
    """Whether a span ends in a hyphenated adjective's last word written apart as a preposition, its object
    after the span ("an opioid like oxycodone" is no "opioid-like")."""
    last = end - 1
    if tokens[last].norm not in _HYPHEN_SUFFIXES or tree.pos[last] != "ADP":
        return False
    return any(g >= end for g in tree.children_by(last, "pobj", "pcomp"))


def _likened(tokens: Sequence[Token], tree: Tree, anchor: int, end: int) -> bool:
    """Whether a span is the first word of a hyphenated adjective ("ketamine-like drugs"): it hangs from the
    suffix after it, which the parser reads as an adjective."""
    return end < len(tokens) and tokens[end].norm in _HYPHEN_SUFFIXES and tree.pos[end] == "ADJ" and tree.heads[anchor] == end


def evidence_tokens(database: Database) -> dict[str, list[Token]]:
    """Each claim's evidence and statement, read: every word the source uses for the claim."""
    return {claim.id: tokenize(claim.evidence + " " + claim.statement) for claim in database.claims}


def lexicon_phrases(database: Database) -> Iterator[tuple[str, bool]]:
    """Every phrase of the lexicon, and whether it names a thing (rather than a relation)."""
    for entity in database.entities.values():
        for phrase in entity.aliases + entity.opposites:
            yield phrase, True
    for relation in database.relations.values():
        for phrase in relation.cues + relation.negative_cues + relation.antonyms:
            yield phrase, False


def span_text(tokens: Sequence[Token], start: int, end: int) -> str:
    if end == start + 1:
        return tokens[start].text
    return " ".join(t.text for t in tokens[start:end])


__all__ += ["evidence_tokens", "lexicon_phrases", "span_text"]
