"""Reading a statement: what it names, what it says of it, where its clauses and negations fall.

A Reader is built once from a database's lexicon; ``read`` turns a statement into a
Reading — tokens, entity and relation mentions, negation cues and what they reach,
numbers, unknown names, and clauses — that the engine then compares with the claims.
Nothing here decides a verdict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ketacheck.records import Database
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token, inflections, phrase_tokens, stem, tokenize
from ketacheck.text.numbers import Quantity, find_quantities
from ketacheck.text.phrases import PhraseIndex, phrase_stems
from ketacheck.text.wordsets import EnglishWords, english_words

_NAMES = ENGLISH["names"]

_TITLES = frozenset(_NAMES["titles"])

_NAME_CONNECTORS = frozenset(_NAMES["connectors"])

_NOT_NAMES = frozenset(_NAMES["not_names"])
_NAME_KINDS = {word: kind for kind, words in _NAMES["kinds"].items() for word in words}

_BREAKS = ENGLISH["clause_breaks"]

_RELATIVE = frozenset(_BREAKS["relative"])

_CONJUNCTIONS = frozenset(_BREAKS["conjunctions"])

_ANAPHORA = frozenset(ENGLISH["anaphora"])

_VERB_OPENERS = frozenset(ENGLISH["verb_openers"])

_WEAK_CUES = frozenset(ENGLISH["prepositions"])

_TYPOS_KEPT = 65536


@dataclass(slots=True)
class Mention:
    """An entity or relation named in the statement, by token span."""

    start: int
    end: int
    text: str
    ids: tuple[str, ...]
    """Entity ids, or relation ids."""
    sign: int = 1
    """-1 for an opposite alias, a negative cue or an antonym."""
    cue_kind: str = "cue"
    negations: list[str] = field(default_factory=list)
    """The negation cues that reach this mention."""
    inherited: bool = False

    @property
    def negated(self) -> bool:
        return len(self.negations) % 2 == 1


@dataclass(slots=True, eq=False)
class Name:
    """A capitalised name the database does not know (Nature, Johns Hopkins University)."""

    start: int
    end: int
    text: str
    kind: str
    """institution, journal, person, place, or name when it cannot tell."""


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    entities: list[Mention]
    relations: list[Mention]
    names: list[Name]


@dataclass(slots=True)
class Reading:
    tokens: list[Token]
    entities: list[Mention]
    relations: list[Mention]
    quantities: list[Quantity]
    names: list[Name]
    negation_tokens: dict[int, int]
    """Token index of each negation cue -> start of the mention it reaches."""
    clauses: list[Clause]
    corrections: list[str]
    hedged: bool
    corrected: frozenset[int] = frozenset()
    """Indices of the tokens read as another word: trusted only where a frame uses them."""
    pseudo_negations: frozenset[int] = frozenset()
    """Indices of the tokens of pseudo-negations ("not only"): function words, no claim of their own."""


class Reader:
    """Reads statements with one database's lexicon. Build it once; ``read`` is pure."""

    def __init__(self, database: Database, evidence: Mapping[str, Sequence[Token]]) -> None:
        """``evidence``: each claim's evidence and statement, read (see ``evidence_tokens``)."""
        self.english: EnglishWords = english_words()
        # Entities and relation cues share one index, so the longest phrase wins whichever it is:
        # "side effects" is a cue of cause, not the entity "effects".
        self._lexicon: PhraseIndex[tuple[str, str, int, str]] = PhraseIndex()
        for entity_id, entity in database.entities.items():
            for alias in entity.aliases:
                self._lexicon.add(alias, ("entity", entity_id, 1, "alias"))
            for opposite in entity.opposites:
                self._lexicon.add(opposite, ("entity", entity_id, -1, "opposite"))
        for relation_id, relation in database.relations.items():
            for cue in relation.cues:
                self._lexicon.add(cue, ("relation", relation_id, 1, "cue"))
            for cue in relation.negative_cues:
                self._lexicon.add(cue, ("relation", relation_id, -1, "negative cue"))
            for cue in relation.antonyms:
                self._lexicon.add(cue, ("relation", relation_id, -1, "antonym"))
        self._pronouns: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for entity_id, entity in database.entities.items():
            for word in entity.pronouns:
                self._pronouns[word.lower()] += (entity_id,)
        self.vocabulary_stems = (
            frozenset(stem(w) for w in database.vocabulary) | self.english.filler_stems | self.english.hedge_stems
        )
        """Words that never carry a claim by themselves: the database's vocabulary, filler and hedges."""
        self._alias_words = {
            token.norm
            for entity in database.entities.values()
            for alias in entity.aliases + entity.opposites
            for token in phrase_tokens(alias)
        }
        self._cue_stems = {
            stem_
            for relation in database.relations.values()
            for cue in relation.cues + relation.negative_cues + relation.antonyms
            for stem_ in phrase_stems(cue)
        }
        self._known_stems = (
            self._lexicon.words()
            | self.vocabulary_stems
            | self.english.negations.words()
            | self.english.sentential.words()
            | {t.stem for words in evidence.values() for t in words if not t.punct}
        )
        # Misspellings are corrected only towards the database's own words: towards the names of
        # things from five letters, towards cue words only from six, where a one-letter slip is less
        # likely to turn one common word into another ("spend" is not "speed").
        self._typo_targets: dict[tuple[str, bool], list[str]] = defaultdict(list)
        words = {
            (form, is_name)
            for phrase, is_name in lexicon_phrases(database)
            for token in phrase_tokens(phrase)
            if token.norm.isalpha()
            # A cue is written once ("diminish") but misspelt in any form ("diminshed"); short
            # words are left alone ("found" would give "founded").
            for form in (inflections(token.norm) if not is_name and len(token.norm) >= 6 else (token.norm,))
            if len(form) >= 5
        }
        for word, is_name in sorted(words):
            self._typo_targets[word[0], is_name].append(word)
        self._typo_cache: dict[str, str | None] = {}

    def read(self, statement: str) -> Reading:
        """Everything the engine needs to know about a statement, found in one pass."""
        tokens = tokenize(statement)
        tokens, corrections, corrected = self._correct_typos(tokens)
        taken = [t.punct for t in tokens]
        # Sentential negations first: "it is not true that" must not lose its "is" to the lexicon.
        sentential = self.english.sentential.find(tokens, taken)
        entities: list[Mention] = []
        relations: list[Mention] = []
        for match in self._lexicon.find(tokens, taken):
            text = span_text(tokens, match.start, match.end)
            entity_payloads = [(eid, sign, kind) for role, eid, sign, kind in match.payloads if role == "entity"]
            if entity_payloads and match.end - match.start == 1 and self._verb_form(tokens, match.start):
                # A thing named as a verb ("studying", "studied") is not the thing ("study").
                entity_payloads = []
            if entity_payloads:
                ids = tuple(dict.fromkeys(eid for eid, _, _ in entity_payloads))
                opposite = all(sign < 0 for _, sign, _ in entity_payloads)
                entities.append(
                    Mention(
                        match.start, match.end, text, ids, -1 if opposite else 1, "opposite" if opposite else "alias"
                    )
                )
            by_relation: dict[str, tuple[int, str]] = {}
            for role, relation_id, sign, kind in match.payloads:
                if role == "relation":
                    by_relation.setdefault(relation_id, (sign, kind))
            for relation_id, (sign, kind) in by_relation.items():
                relations.append(Mention(match.start, match.end, text, (relation_id,), sign, kind))
        # After the lexicon, so an alias may hold a negation word ("does not last", "not blinded").
        negation_matches = sentential + self.english.negations.find(tokens, taken)
        for i, token in enumerate(tokens):
            if taken[i] or token.norm not in self._pronouns:
                continue
            candidates = self._pronouns[token.norm]
            if token.norm in _ANAPHORA:
                # "it", "he": only an antecedent earlier in the statement says which one.
                earlier = [m for m in entities if m.end <= i and set(m.ids) & set(candidates)]
                if not earlier:
                    continue
                candidates = tuple(e for e in earlier[-1].ids if e in candidates)
            entities.append(Mention(i, i + 1, token.text, candidates, 1, "pronoun"))
        entities.sort(key=lambda m: m.start)
        quantities = find_quantities(tokens, taken)
        names = _find_names(tokens, taken, self.english)
        clauses = _split_clauses(tokens, entities, relations, names, self.english)
        negation_tokens = _attach_negations(tokens, negation_matches, clauses)
        hedged = bool(self.english.hedges.find(tokens))
        pseudo = frozenset(
            i for cue in negation_matches if cue.payloads[0] == "pseudo" for i in range(cue.start, cue.end)
        )
        return Reading(
            tokens,
            entities,
            relations,
            quantities,
            names,
            negation_tokens,
            clauses,
            corrections,
            hedged,
            corrected,
            pseudo,
        )

    def _verb_form(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a word is used as a verb: inflected as one, or after a modal or 'to'."""
        if tokens[i].norm.endswith(("ing", "ed")) and tokens[i].norm not in self._alias_words:
            return True
        # After a modal or "to", a word the lexicon also knows as a relation cue is that verb ("should study").
        return i > 0 and tokens[i - 1].norm in _VERB_OPENERS and tokens[i].stem in self._cue_stems

    def _correct_typos(self, tokens: list[Token]) -> tuple[list[Token], list[str], frozenset[int]]:
        corrections: list[str] = []
        corrected: set[int] = set()
        out: list[Token] = []
        for index, token in enumerate(tokens):
            word = token.norm
            if token.punct or token.stem in self._known_stems or len(word) < 5 or not word.isalpha():
                out.append(token)
                continue
            if word not in self._typo_cache:
                if len(self._typo_cache) >= _TYPOS_KEPT:  # a stream of millions must not grow without end
                    self._typo_cache.clear()
                self._typo_cache[word] = self._closest_word(word)
            fixed = self._typo_cache[word]
            if fixed is None:
                out.append(token)
                continue
            corrections.append(f"read {token.text!r} as {fixed!r}")
            corrected.add(index)
            out.append(replace(token, norm=fixed, stem=stem(fixed)))
        return out, corrections, frozenset(corrected)

    def _closest_word(self, word: str) -> str | None:
        candidates = self._typo_targets.get((word[0], True), []) + (
            self._typo_targets.get((word[0], False), []) if len(word) >= 6 else []
        )
        if not candidates:
            return None
        # Imported here: most statements are spelt right, and a cold start should not pay for it.
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        allowed = 1 if len(word) < 8 else 2
        found = process.extract(word, candidates, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, limit=None)
        if not found:
            return None
        best = min(distance for _, distance, _ in found)
        # Among equally close words, a dropped letter is the likeliest slip ("writen" is "written").
        return min(
            (candidate for candidate, distance, _ in found if distance == best),
            key=lambda candidate: (not _is_subsequence(word, candidate), abs(len(candidate) - len(word)), candidate),
        )


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


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


def span_text(tokens: Sequence[Token], start: int, end: int) -> str:
    if end == start + 1:
        return tokens[start].text  # most spans are one word, and this runs for every mention
    return " ".join(t.text for t in tokens[start:end])


def _find_names(tokens: Sequence[Token], taken: Sequence[bool], english: EnglishWords) -> list[Name]:
    names: list[Name] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if taken[i] or not token.capitalised or token.norm in _TITLES or not token.norm.isalpha():
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if taken[j] and tokens[j].norm not in _NAME_CONNECTORS:
                break
            if not taken[j] and tokens[j].capitalised and tokens[j].norm.isalpha() and tokens[j].norm not in _TITLES:
                j += 1
            elif tokens[j].norm in _NAME_CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].capitalised:
                j += 2
            else:
                break
        words = [t.norm for t in tokens[i:j]]
        if len(words) == 1 and words[0] in _NOT_NAMES:
            # Months, days and nationalities are capitalised without naming anyone or anywhere.
            i = j
            continue
        first_word = (
            i == 0 or tokens[i - 1].norm in (".", '"', ":", "(") or tokens[i - 1].punct and tokens[i - 1].norm != ","
        )
        if first_word and len(words) == 1 and (token.stem in english.filler_stems or token.norm in _NAME_CONNECTORS):
            i = j
            continue
        if first_word and len(words) == 1 and not _NAME_KINDS.get(words[0]):
            # A capital at the start of a sentence says nothing; only a known head word makes it a name.
            i = j
            continue
        kind = "name"
        for word in reversed(words):
            if word in _NAME_KINDS:
                kind = _NAME_KINDS[word]
                break
        else:
            if i > 0 and tokens[i - 1].norm in _TITLES:
                kind = "person"
        names.append(Name(i, j, span_text(tokens, i, j), kind))
        i = j
    return names


def _split_clauses(
    tokens: Sequence[Token],
    entities: list[Mention],
    relations: list[Mention],
    names: list[Name],
    english: EnglishWords,
) -> list[Clause]:
    boundaries: list[tuple[int, int]] = []  # (where the break starts, where the next clause starts)
    entity_ends = {m.end for m in entities if m.cue_kind != "pronoun"}
    inside = {i for m in entities + relations for i in range(m.start + 1, m.end)}
    for i, token in enumerate(tokens):
        if token.norm == ";" or (token.norm in _SENTENCE_STOPS and _sentence_ends(tokens, i)):
            boundaries.append((i, i + 1))
        elif token.norm in _RELATIVE or (token.norm == "that" and i in entity_ends):
            # "which", "who", and "that" right after a noun the database knows, open a relative clause.
            boundaries.append((i, i))
    for match in english.plain_breaks.find(tokens):
        boundaries.append((match.start, match.end))
    # A negating connective stays in the clause it opens, where it negates like any cue.
    for match in english.negating_breaks.find(tokens):
        boundaries.append((match.start, match.start))
    # "and", "or" and "," start a clause only between two verb phrases.
    strong = {r.start: r for r in relations if r.text.lower() not in _WEAK_CUES}
    entity_at = {m.start: m for m in entities}
    hard = sorted({b[0] for b in boundaries} | {len(tokens)})
    for position, token in enumerate(tokens):
        if token.norm not in _CONJUNCTIONS or position in inside:
            continue
        segment_start = max((b[1] for b in boundaries if b[1] <= position), default=0)
        segment_end = min(h for h in hard if h > position)
        if any(segment_start <= r < position for r in strong) and _verb_phrase_follows(
            tokens, position + 1, segment_end, strong, entity_at, english.filler_stems
        ):
            boundaries.append((position, position + 1))
    clauses: list[Clause] = []
    start = 0
    for break_start, next_start in sorted(set(boundaries)):
        if break_start < start:
            continue
        clauses.append(_clause(start, break_start, entities, relations, names))
        start = next_start
    clauses.append(_clause(start, len(tokens), entities, relations, names))
    return [c for c in clauses if c.end > c.start] or [_clause(0, len(tokens), entities, relations, names)]


_SENTENCE_STOPS = frozenset((".", "?", "!"))


def _sentence_ends(tokens: Sequence[Token], i: int) -> bool:
    """A full stop, question or exclamation mark before a capital, unless it closes a title ("Dr. George")."""
    if tokens[i].norm not in _SENTENCE_STOPS or i + 1 >= len(tokens) or i == 0:
        return False
    return tokens[i + 1].capitalised and tokens[i - 1].norm not in _TITLES and len(tokens[i - 1].norm) > 1


def _verb_phrase_follows(
    tokens: Sequence[Token],
    start: int,
    end: int,
    strong: dict[int, Mention],
    entity_at: dict[int, Mention],
    filler_stems: frozenset[str],
) -> bool:
    """Whether a verb phrase opens here: a few filler words, at most a subject, then a relation cue."""
    i, unknown_words, subjects = start, 0, 0
    while i < end and i < start + 6:
        if i in strong:
            return True
        if i in entity_at:
            subjects += 1
            if subjects > 1:
                return False
            i = entity_at[i].end
            continue
        if not (tokens[i].punct or tokens[i].stem in filler_stems):
            unknown_words += 1
            if unknown_words > 2:
                return False
        i += 1
    return False


def subjects_of(clause: Clause) -> list[Mention]:
    """The clause's own subject candidates: what comes before its first relation cue."""
    first = min((r.start for r in clause.relations), default=None)
    if first is None:
        return []
    return [e for e in clause.entities if e.start < first]


def _clause(start: int, end: int, entities: list[Mention], relations: list[Mention], names: list[Name]) -> Clause:
    return Clause(
        start,
        end,
        [m for m in entities if start <= m.start < end],
        [m for m in relations if start <= m.start < end],
        [n for n in names if start <= n.start < end],
    )


def _attach_negations(tokens: Sequence[Token], cues: list, clauses: list[Clause]) -> dict[int, int]:
    """NegEx: each cue reaches the next mention in its clause (the previous one for post-cues);
    a sentential cue ("it is not true that") reaches every relation after it."""
    reached: dict[int, int] = {}
    for clause in clauses:
        relation_mentions = {id(r) for r in clause.relations}
        mentions = sorted(clause.entities + clause.relations, key=lambda m: m.start)
        for cue in cues:
            kind = cue.payloads[0]
            if kind == "pseudo" or not clause.start <= cue.start < clause.end:
                continue
            text = span_text(tokens, cue.start, cue.end)
            if kind == "sentential":
                # "It is not true that …" denies the whole clause: every relation said after it.
                denied = [m for m in clause.relations if m.start >= cue.end]
                for mention in denied:
                    mention.negations.append(text)
                for i in range(cue.start, cue.end):
                    reached[i] = denied[0].start if denied else cue.start
                continue
            if kind == "pre":
                target = next((m for m in mentions if m.start >= cue.end), None)
            else:
                target = next((m for m in reversed(mentions) if m.end <= cue.start), None)
            if target is None:
                continue
            # Several relations can share one cue ("stop" blocks and halts), and a verb chain
            # ("cannot be used as") is one verb: negate them all.
            reach = target.end
            for mention in mentions:
                if mention.start == target.start or (
                    kind == "pre"
                    and id(target) in relation_mentions
                    and id(mention) in relation_mentions
                    and target.start < mention.start <= reach + 1
                    and not any(reach <= e.start < mention.start for e in clause.entities)
                ):
                    mention.negations.append(text)
                    reach = max(reach, mention.end)
            for i in range(cue.start, cue.end):
                reached[i] = target.start
    return reached
