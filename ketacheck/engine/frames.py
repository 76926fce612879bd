"""Which claims a statement's frames fill, and what comparing each one decided.

For every relation cue the parse gives a subject side and an object side (see
``reading.roles``); a claim is a candidate where its subject and object each name something on
the right side, in one of these orientations:

- active: the subject side names the claim's subject ("naltrexone blocked X");
- passive: the agent does, for a relation whose subject is who does it ("X was blocked by naltrexone");
- converse: the cue takes the claim's object as its subject ("the opioid system is responsible for X");
- condition: for a relation whose subject is who does it, a cue without an object of its own
  speaks of what it changes, and the doer is a circumstance ("X faded when patients took naltrexone");
- either way: a noun cue that a copula equates with something ("dissociation is a side effect of
  ketamine", "a risk of ketamine is addiction") leaves the roles to the claim;
- denied outright: a negated cue with a subject and nothing after it ("ketamine has no side effects")
  denies every object it could have, and so contradicts a claim that names one;
- in word order: where the parser read a verb as something else ("taking naltrexone before ingesting
  ketamine lessened …" read "lessened" as a noun), the claim's subject before it and its object after
  it, with no negation between: this may support, never contradict;
- needed: "without X, Y was not enough" and "Y does not work without X" say that Y needs X, for the
  relation whose cues say so ("require", "need"): this may support, never contradict;
- doer unnamed: for a relation whose subject is not who does it ("the trial was stopped early for
  safety"), a verb whose own subject names nothing the database knows ("researchers cut the study
  short for safety") takes the claim's subject from its direct object: this too may support, never
  contradict.

Relations said without a cue ("Stanford researchers") are read from two mentions the parse joins.
Each candidate then goes through the rules (``rules.RULES``), in order, until one decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from ketacheck.reading import Link, Mention, MentionKind, Reading
from ketacheck.reading.negation import span_head
from ketacheck.reading.roles import Arguments
from ketacheck.records import Claim, Database, Verdict
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import inflections

_COPULAS = frozenset(ENGLISH["copulas"])
_CONTRASTS = frozenset(ENGLISH["contrasts"])
_MEASURES = frozenset(ENGLISH["partitives"])
_PASSIVE_MARKERS = frozenset(ENGLISH["passive_markers"]["words"])
_MEMBERSHIP = frozenset(ENGLISH["membership_prepositions"]["words"])
_PAIRING = frozenset(ENGLISH["pairing_prepositions"]["words"])
_PARTS = frozenset(ENGLISH["partitives"]) | frozenset(ENGLISH["part_words"]["words"])
_ABSENCE = frozenset(ENGLISH["requirement"]["absence"])
_REQUIRING = frozenset(ENGLISH["requirement"]["requiring_cues"])
_LIGHT_VERBS = frozenset(ENGLISH["light_verbs"]["words"])
_QUESTION_WORDS = frozenset(ENGLISH["question_words"]["words"])
_LATER_MARKS = frozenset(ENGLISH["later_marks"]["words"])
_ATTRIBUTING = frozenset(form for verb in ENGLISH["attributing_verbs"]["words"] for form in inflections(verb))
_CREDIT_FOR = frozenset(ENGLISH["credit_for_verbs"]["words"])


class Orientation(str, Enum):
    ACTIVE = "active"
    PASSIVE = "passive"
    CONVERSE = "converse"
    CONDITION = "condition"
    EITHER = "either way"
    DENIED = "denied outright"
    LINEAR = "in word order"
    UNNAMED_DOER = "doer unnamed"
    REQUIRED = "needed"
    SIDE_BY_SIDE = "side by side"
    OBJECT_UNSAID = "object unsaid"


Sides = dict[Orientation, tuple[list[Mention], list[Mention]]]
"""For each orientation a cue can be read in, the mentions on its subject side and on its object side."""


@dataclass(slots=True, eq=False)
class Candidate:
    """A claim whose roles a frame of the statement fills: what the rules work on."""

    reading: Reading
    claim: Claim
    cue: Mention
    subject: Mention
    object: Mention | None
    orientation: Orientation
    arguments: Arguments | None
    """The cue's sides; None for a relation said without a cue."""
    clause: int
    """Index of the clause the cue belongs to."""

    @property
    def frame(self) -> str:
        return f"{self.subject.text!r} {self.cue.text!r}" + (f" {self.object.text!r}" if self.object else "")


@dataclass(slots=True, eq=False)
class FrameMatch:
    """A claim whose frame the statement fills, and what the comparison decided."""

    claim: Claim
    verdict: Verdict
    clause: int
    used: frozenset[int]
    """Token indices the frame accounts for."""
    why: str
    specificity: int
    candidate: Candidate | None = None
    objects: frozenset[int] = field(default_factory=frozenset)
    """Token indices of the frame's object."""
    denied: bool = False
    """Whether the statement says the frame through a negation, a negative cue or an opposite."""


@dataclass(slots=True, eq=False)
class Rejection:
    """A claim whose frame the statement seemed to fill, and why it was not compared."""

    claim: Claim
    why: str


class FrameFinder:
    """Finds the candidates a reading offers for one database's claims. Build once; pure."""

    def __init__(self, database: Database) -> None:
        self._by_relation: dict[str, list[Claim]] = {}
        for claim in database.claims:
            self._by_relation.setdefault(claim.relation, []).append(claim)
        self._agentive = frozenset(rid for rid, r in database.relations.items() if r.agent_subject)
        self._implicit = [rid for rid, r in database.relations.items() if r.implicit]
        # The claims of relations said without a cue, in the order they are tried, by the entities of their subject.
        self._implicit_by_subject: dict[str, list[tuple[int, str, Claim]]] = {}
        ordered = [(relation, claim) for relation in self._implicit for claim in self._by_relation.get(relation, [])]
        for position, (relation, claim) in enumerate(ordered):
            for entity_id in dict.fromkeys(claim.subject):
                self._implicit_by_subject.setdefault(entity_id, []).append((position, relation, claim))
        self._agent_markers = {rid: frozenset(r.agent_markers) for rid, r in database.relations.items()}
        self._requiring = [rid for rid, r in database.relations.items() if _REQUIRING & set(r.cues)]

    def candidates(self, reading: Reading) -> Iterator[Candidate]:
        """Every way a claim's frame is filled, cue by cue, in the statement's order."""
        seen: set[tuple[str, int, int, int]] = set()
        for cue in reading.relations:
            claims = self._by_relation.get(cue.ids[0])
            if not claims or _lends_itself(reading, cue) or _auxiliary(reading, cue):
                continue
            arguments = reading.roles.arguments(cue, self._agent_markers[cue.ids[0]])
            sides = self._sides(reading, cue, arguments)
            misread = _misread_verb(reading, cue)
            present = {i for pair in sides.values() for side in pair for m in side for i in m.ids}
            for claim in claims:
                if present.isdisjoint(claim.subject) and not misread and claim.count is None:
                    continue  # no side names the claim's subject: nothing below can fill its frame
                for candidate in self._fill(reading, claim, cue, arguments, sides, misread):
                    key = (claim.id, cue.start, candidate.subject.start, candidate.object.start if candidate.object else -1)
                    if key not in seen:
                        seen.add(key)
                        yield candidate
        yield from self._side_by_side(reading, seen)
        yield from self._needed(reading)

    def _sides(self, reading: Reading, cue: Mention, arguments: Arguments) -> Sides:
        roles = reading.roles
        subjects = [m for m in roles.fillers(arguments.subjects) if m.start not in cue.span]
        if not subjects and reading.tree.pos[cue.anchor] == "NOUN":
            # "…, but the relief is temporary": a noun cue with no owner is the same as an earlier one's.
            subjects = self._earlier_subjects(reading, cue)
        objects = [m for m in roles.fillers(arguments.objects) if m.start not in cue.span]
        objects += [m for m in roles.entities_at(arguments.circumstances) if m not in objects]
        agents = [m for m in roles.fillers(arguments.agents) if m.start not in cue.span]
        markers = self._agent_markers[cue.ids[0]]
        if markers:
            # "experienced ketamine's dissociative effects": whose effects they are is who causes them.
            agents += [m for m in roles.owners(objects, markers) if m not in agents and m.start not in cue.span]
        agentive = cue.ids[0] in self._agentive
        conditioned = agentive and (cue.kind is MentionKind.NEGATIVE_CUE or not _has_direct_object(reading, arguments))
        rest: list[Mention] = []
        later = {i for head in _later_clauses(reading, arguments) for i in reading.tree.subtree(head)}
        if cue.converse or conditioned:
            # What else the clause names, for the two orientations that read it: not what is set apart
            # ("unlike its dissociative effect"), nor what came later ("before naltrexone was given").
            named = {id(m) for m in subjects + objects + agents}
            rest = [
                m
                for m in roles.mentions_in(arguments.clause)
                if id(m) not in named and m.start not in cue.span and not m.stands_in
                and not _set_apart(reading, m) and m.anchor not in later
            ]
        sides: Sides = {}
        if agentive and arguments.passive:
            sides[Orientation.PASSIVE] = (agents, subjects + objects)
        elif agentive:
            sides[Orientation.ACTIVE] = (subjects + agents, objects)
        else:
            # Who does it matters not: "was published in", "is mediated by" keep their subject first.
            sides[Orientation.ACTIVE] = (subjects, objects + agents)
        if cue.converse:
            # Who gets what is given: not a thing named in a relative clause ("to patients who are on X"); and
            # what came later brought nothing about ("the effect dropped before naltrexone was given").
            doers = [m for m in objects + agents if m.anchor not in later]
            sides[Orientation.CONVERSE] = (doers, subjects + [m for m in rest if not _described(reading, m, cue.anchor)])
        attributed = None if arguments.passive else _attributed(reading, cue)
        if attributed is not None:
            # "Earlier theories credited X to Y": the verb's subject only says so; X and Y are the frame.
            sides[Orientation.ACTIVE] = attributed
        if conditioned:
            contrasted = _contrasted(reading, cue) if cue.kind is MentionKind.NEGATIVE_CUE else []
            sides[Orientation.CONDITION] = (rest or contrasted, subjects + objects)
        if _equated_noun(reading, cue):
            both = subjects + objects + agents
            sides[Orientation.EITHER] = (both, both)
        if _between(reading, cue):
            # "a link between the opioid system and the antidepressant effect": the pair stands either way.
            both = subjects + objects
            sides[Orientation.EITHER] = (both, both)
        members = membership(reading, cue)
        if members:
            # "Dissociation is one of ketamine's side effects", "… are among its risks".
            both = subjects + objects + agents
            copula_subjects = roles.fillers(reading.tree.children_by(members[-1], "nsubj", "nsubjpass"))
            both += [m for m in copula_subjects if m not in both]
            sides[Orientation.EITHER] = (both, both)
        return sides

    def _earlier_subjects(self, reading: Reading, cue: Mention) -> list[Mention]:
        for earlier in reversed([r for r in reading.relations if r.ids == cue.ids and r.end <= cue.start]):
            found = reading.roles.fillers(reading.roles.arguments(earlier).subjects)
            if found:
                return found
        return []

    def _fill(
        self,
        reading: Reading,
        claim: Claim,
        cue: Mention,
        arguments: Arguments,
        sides: Sides,
        misread: bool,
    ) -> Iterator[Candidate]:
        clause = reading.clause_of[cue.anchor]
        for orientation, (subject_side, object_side) in sides.items():
            subjects = [m for m in subject_side if not set(m.ids).isdisjoint(claim.subject)]
            if not claim.object:
                # Without an object, the claim's subject may stand on either side ("the trial was stopped"),
                # or be counted by a number standing alone as the verb's argument ("14 enrolled"); after a light
                # verb only as its object ("the study had 30 participants", not "30 participants had relief").
                if reading.tokens[cue.anchor].norm in _LIGHT_VERBS and cue.end - cue.start == 1:
                    subjects = []
                # Not whose something is: "had no effect on participants' mood" says nothing the participants had.
                subjects = subjects or [
                    m for m in object_side if not set(m.ids).isdisjoint(claim.subject) and reading.tree.deps[m.anchor] != "poss"
                ]
                subjects = subjects or _counted(reading, claim, cue, arguments)
                for subject in subjects[:1]:
                    yield Candidate(reading, claim, cue, subject, None, orientation, arguments, clause)
                if subjects:
                    return
                continue
            # What a reporting verb reports is no object of its own: "Williams wrote that the editorial
            # accompanies the study" says nothing of Williams writing the study. An indirect question is:
            # "did not know which pill they got".
            objects = [
                m
                for m in object_side
                if not set(m.ids).isdisjoint(claim.object)
                and (reading.tokens[m.start].norm in _QUESTION_WORDS or not reading.reported_by(m.anchor, cue.anchor))
            ]
            pairs = [(s, o) for s in subjects for o in objects if s is not o]
            if pairs:
                subject, obj = pairs[0]
                yield Candidate(reading, claim, cue, subject, obj, orientation, arguments, clause)
                return
        unnamed = self._doer_unnamed(reading, claim, cue, arguments, sides)
        if unnamed is not None:
            yield Candidate(reading, claim, cue, unnamed[0], unnamed[1], Orientation.UNNAMED_DOER, arguments, clause)
            return
        linear = _in_word_order(reading, claim, cue) if misread else None
        if linear is not None:
            yield Candidate(reading, claim, cue, linear[0], linear[1], Orientation.LINEAR, arguments, clause)
            return
        if self._object_unsaid(reading, claim, cue, arguments, sides):
            yield Candidate(reading, claim, cue, sides[Orientation.ACTIVE][0][0], None, Orientation.OBJECT_UNSAID, arguments, clause)
            return
        if (
            claim.polarity
            and cue.kind is MentionKind.CUE
            and len(cue.negations) % 2
            and not (arguments.objects or arguments.agents or arguments.passive)
            and cue.ids[0] not in self._implicit
        ):
            # "Ketamine has no side effects": a relation denied with nothing after it denies every instance.
            subject_side = sides.get(Orientation.ACTIVE, ([], []))[0]
            subjects = [m for m in subject_side if not set(m.ids).isdisjoint(claim.subject)]
            if subjects and len(reading.roles.fillers(arguments.subjects)) == 1:
                yield Candidate(reading, claim, cue, subjects[0], None, Orientation.DENIED, arguments, clause)

    def _object_unsaid(self, reading: Reading, claim: Claim, cue: Mention, arguments: Arguments, sides: Sides) -> bool:
        """ "Ketamine works quickly", "why it worked so rapidly": a verb said of the claim's subject, with no
        object at all, says less than the claim, and the claim bears it out. Never denied, never passive."""
        if not (claim.polarity and claim.object) or cue.kind is not MentionKind.CUE or cue.negations:
            return False
        if arguments.passive or arguments.agents or arguments.objects or cue.ids[0] in self._implicit:
            return False
        if not reading.tree.is_verbal(cue.anchor) or reading.tokens[cue.anchor].norm in _LIGHT_VERBS:
            return False  # "ketamine has benefits": what a light verb says lies in its object
        tree = reading.tree
        if any(tree.deps[c] in ("relcl", "acl", "ccomp") for c in tree.children[cue.anchor] if c > cue.anchor):
            return False  # "block the dissociation ketamine induced", misread: the verb has an object after all
        subject_side, object_side = sides.get(Orientation.ACTIVE, ([], []))
        if object_side or len(subject_side) != 1 or len(reading.roles.fillers(arguments.subjects)) != 1:
            return False
        return not set(subject_side[0].ids).isdisjoint(claim.subject)

    def _doer_unnamed(
        self,
        reading: Reading,
        claim: Claim,
        cue: Mention,
        arguments: Arguments,
        sides: Sides,
    ) -> tuple[Mention, Mention] | None:
        if not claim.object or cue.ids[0] in self._agentive or Orientation.ACTIVE not in sides:
            return None
        subject_side, object_side = sides[Orientation.ACTIVE]
        if subject_side or arguments.passive:
            return None
        tree = reading.tree
        direct = [
            m
            for m in object_side
            if tree.deps[m.anchor] == "dobj" and tree.heads[m.anchor] == cue.anchor and not set(m.ids).isdisjoint(claim.subject)
        ]
        objects = [m for m in object_side if not set(m.ids).isdisjoint(claim.object)]
        pairs = [(s, o) for s in direct for o in objects if s is not o]
        return pairs[0] if pairs else None

    def _needed(self, reading: Reading) -> Iterator[Candidate]:
        """ "Without activating opioid receptors, ketamine's effects were not enough": what the denied
        predicate's subject needs is what it is without."""
        tree, roles = reading.tree, reading.roles
        for negation in reading.negations:
            if negation.text.lower() not in _ABSENCE or negation.sentential:
                continue
            predicate = tree.heads[span_head(tree, negation.start, negation.end)]
            if predicate < 0 or not tree.is_verbal(predicate) or not _denied(reading, predicate):
                continue
            missing = negation.target
            governed = tree.children_by(missing, "dobj") if tree.is_verbal(missing) else [missing]
            subjects = roles.fillers(tree.children_by(predicate, "nsubj", "nsubjpass"))
            objects = roles.fillers(governed)
            clause = reading.clause_of[predicate]
            for relation in self._requiring:
                cue = Mention(negation.start, negation.end, negation.text, (relation,), MentionKind.CUE, predicate)
                for claim in self._by_relation.get(relation, []):
                    pairs = [
                        (s, o)
                        for s in subjects
                        for o in objects
                        if not set(s.ids).isdisjoint(claim.subject) and not set(o.ids).isdisjoint(claim.object)
                    ]
                    if pairs and claim.polarity:
                        yield Candidate(reading, claim, cue, pairs[0][0], pairs[0][1], Orientation.REQUIRED, None, clause)

    def _side_by_side(self, reading: Reading, seen: set[tuple[str, int, int, int]]) -> Iterator[Candidate]:
        """Relations said without a cue: two mentions the parse joins directly ("Stanford researchers")."""
        entities = [m for m in reading.entities if not m.stands_in]
        for first in entities:
            linked = reading.roles.entities_at(reading.roles.linked(first))
            for second in linked:
                if second is first:
                    continue
                tried = sorted(
                    {
                        (position, order): (relation, claim, subject, obj)
                        for order, (subject, obj) in enumerate(((first, second), (second, first)))
                        for entity_id in subject.ids
                        for position, relation, claim in self._implicit_by_subject.get(entity_id, [])
                    }.items()
                )
                for _, (relation, claim, subject, obj) in tried:
                    if claim.object and set(obj.ids).isdisjoint(claim.object):
                        continue
                    key = (claim.id, -1, subject.start, obj.start)
                    if key in seen:
                        continue
                    seen.add(key)
                    cue = Mention(obj.start, obj.start, "(side by side)", (relation,), MentionKind.CUE, obj.anchor)
                    # The lower of the two is where the relation is said ("seems to act like an opioid").
                    lower = subject if reading.tree.dominates(obj.anchor, subject.anchor) else obj
                    clause = reading.clause_of[lower.anchor]
                    yield Candidate(
                        reading, claim, cue, subject, obj if claim.object else None,
                        Orientation.SIDE_BY_SIDE, None, clause,
                    )


def _set_apart(reading: Reading, mention: Mention) -> bool:
    """Whether a mention is governed by a preposition that sets it apart ("unlike its dissociative effect")."""
    # reference.set_apart's test, through the roles' words rather than a list built on every call.
    tree = reading.tree
    return any(tree.deps[a] == "prep" and reading.roles.sets_apart(a) for a in tree.ancestors(mention.anchor))


def _later_clauses(reading: Reading, arguments: Arguments) -> list[int]:
    """The heads of the adverbial clauses that say what came after the predicate ("before naltrexone was given")."""
    tree = reading.tree
    return [
        head for head in arguments.circumstances
        if any(reading.tokens[m].norm in _LATER_MARKS for m in tree.children_by(head, "mark"))
    ]


def said_by_verb(reading: Reading, cue: Mention, arguments: Arguments) -> bool:
    """Whether a cue is a verb, or the determiner of its object ("12 had both pretreatments"): only a verb
    says that a number is the one a claim counts ("recruited 100"), not a noun phrase ("12 volunteers")."""
    tree = reading.tree
    if tree.pos[cue.anchor] == "VERB":
        return True
    return tree.deps[cue.anchor] in ("det", "predet") and tree.pos[arguments.predicate] == "VERB"


def _described(reading: Reading, mention: Mention, predicate: int) -> bool:
    """Whether a mention stands in a relative clause below the predicate ("patients who are on naltrexone"):
    it describes a noun, and takes no part in the predicate's frame."""
    tree = reading.tree
    for node in tree.ancestors(mention.anchor):
        if node == predicate:
            return False
        if tree.deps[node] == "relcl":
            return True
    return False


def _counted(reading: Reading, claim: Claim, cue: Mention, arguments: Arguments) -> list[Mention]:
    """A number standing alone as the argument of a verb cue counts the claim's subject ("14 enrolled")."""
    if claim.count is None or not said_by_verb(reading, cue, arguments):
        return []
    found = []
    for quantity in reading.quantities:
        heads = [i for i in range(quantity.start, quantity.end) if not quantity.start <= reading.tree.heads[i] < quantity.end]
        if quantity.is_count and heads and heads[0] in arguments.subjects + arguments.objects:
            text = " ".join(t.text for t in reading.tokens[quantity.start : quantity.end])
            found.append(Mention(quantity.start, quantity.end, text, claim.subject[:1], MentionKind.ALIAS, heads[0]))
    return found


def _misread_verb(reading: Reading, cue: Mention) -> bool:
    """A verb that the parser took for a noun or a modifier: one in the past tense, or any cue word of a
    sentence it found no verb in at all (a headline: "Melatonin cut drowsiness")."""
    tree = reading.tree
    if cue.end - cue.start != 1:
        return False
    misplaced = tree.pos[cue.anchor] not in ("VERB", "AUX") or tree.deps[cue.anchor] in ("dobj", "pobj", "compound", "amod")
    if not misplaced:
        return False
    if reading.tokens[cue.anchor].norm.endswith("ed"):
        return True
    start, end = _sentence_span(reading, cue.anchor)
    return not any(tree.is_verbal(i) for i in range(start, end))


def _in_word_order(reading: Reading, claim: Claim, cue: Mention) -> tuple[Mention, Mention] | None:
    if not claim.object:
        return None
    sentence = _sentence_span(reading, cue.anchor)
    before = [m for m in reading.entities if sentence[0] <= m.start and m.end <= cue.start and not set(m.ids).isdisjoint(claim.subject)]
    after = [m for m in reading.entities if cue.end <= m.start and m.end <= sentence[1] and not set(m.ids).isdisjoint(claim.object)]
    if not before or not after:
        return None
    subject, obj = before[-1], after[0]
    for negation in reading.negations:
        # Word order alone cannot tell what a negation reaches: none may stand in the frame or deny it.
        if subject.start <= negation.start < obj.end or (negation.sentential and sentence[0] <= negation.start < sentence[1]):
            return None
    tokens = reading.tokens
    if any(tokens[i].norm in _PASSIVE_MARKERS for i in range(subject.end, cue.start)):
        return None  # a passive in between would turn the roles round
    return subject, obj


def _sentence_span(reading: Reading, index: int) -> tuple[int, int]:
    tree = reading.tree
    inside = tree.subtree(tree.root(index))
    return inside[0], inside[-1] + 1


def _contrasted(reading: Reading, cue: Mention) -> list[Mention]:
    """ "Naltrexone lessened X, while dissociation was unaffected": a clause set against the one above
    speaks of the same doer, the subject of that clause."""
    clause = reading.clauses[reading.clause_of[cue.anchor]]
    if clause.link not in (Link.ADVERBIAL, Link.COORDINATE) or clause.parent < 0:
        return []
    tree = reading.tree
    joins = {reading.tokens[c].norm for c in tree.children_by(clause.head, "mark", "cc")}
    joins |= {reading.tokens[c].norm for c in tree.children_by(reading.clauses[clause.parent].head, "cc")}
    if not joins & _CONTRASTS:
        return []
    above = reading.clauses[clause.parent].head
    return reading.roles.fillers(reading.tree.children_by(above, "nsubj", "nsubjpass"))


def _denied(reading: Reading, predicate: int) -> bool:
    """Whether a predicate is denied: by a negation, or by a phrase naming an opposite state ("does not work")."""
    opposite = any(m.kind is MentionKind.OPPOSITE and predicate in m.span for m in reading.entities)
    return (len(reading.negations_on(predicate)) + opposite) % 2 == 1


def _attributed(reading: Reading, cue: Mention) -> tuple[list[Mention], list[Mention]] | None:
    """What a verb of attributing credits (its direct object) and what to (its 'to' object), when it has both."""
    tree = reading.tree
    anchor = cue.anchor
    if tree.pos[anchor] != "VERB" or reading.tokens[anchor].norm not in _ATTRIBUTING:
        return None
    credited = tree.children_by(anchor, "dobj")
    to = [p for p in tree.children_by(anchor, "prep", "dative") if reading.tokens[p].norm == "to"]
    source = [g for p in to for g in tree.children_by(p, "pobj", "pcomp")]
    if credited and source:
        return reading.roles.fillers(credited), reading.roles.fillers(source)
    # "credited its NMDA-blocking action for its effect on depression": the object is the cause, 'for' the effect.
    if reading.tokens[anchor].norm not in _CREDIT_FOR:
        return None
    for_ = [p for node in (anchor, *credited) for p in tree.children_by(node, "prep") if reading.tokens[p].norm == "for"]
    effect = [g for p in for_ for g in tree.children_by(p, "pobj", "pcomp")]
    if credited and effect:
        return reading.roles.fillers(effect), reading.roles.fillers(credited)
    return None


def _has_direct_object(reading: Reading, arguments: Arguments) -> bool:
    """Whether the cue's verb has an object of its own; "lost much of its power" has only a measure of one."""
    tree = reading.tree
    return any(
        tree.deps[node] in ("dobj", "attr", "dative") and reading.tokens[node].norm not in _MEASURES
        for node in arguments.objects
    )


def _between(reading: Reading, cue: Mention) -> bool:
    """Whether a noun cue joins a pair it governs ("a link between X and Y")."""
    tree = reading.tree
    return tree.pos[cue.anchor] in ("NOUN", "PROPN") and any(
        reading.tokens[child].norm in _PAIRING for child in tree.children_by(cue.anchor, "prep")
    )


def membership(reading: Reading, cue: Mention) -> list[int]:
    """The words that make something one of a noun cue's kind ("X is one of the side effects of Y", "X and Z
    are among Y's risks"): the part word if any, then the copula, whose subject is the member. Empty if none."""
    tree = reading.tree
    if tree.pos[cue.anchor] not in ("NOUN", "PROPN") or tree.deps[cue.anchor] != "pobj":
        return []
    preposition = tree.heads[cue.anchor]
    above = tree.heads[preposition] if preposition >= 0 else -1
    if above < 0 or reading.tokens[preposition].norm not in _MEMBERSHIP:
        return []
    if reading.tokens[above].norm in _COPULAS:
        return [above]
    if tree.deps[above] == "attr" and reading.tokens[above].norm in _PARTS:
        copula = tree.heads[above]
        return [above, copula] if copula >= 0 and reading.tokens[copula].norm in _COPULAS else []
    return []


def _equated_noun(reading: Reading, cue: Mention) -> bool:
    """A noun cue that a copula equates with its other argument: "X is a side effect of Y", "a risk of Y is X"."""
    tree = reading.tree
    head = tree.heads[cue.anchor]
    return (
        tree.pos[cue.anchor] in ("NOUN", "PROPN")
        and tree.deps[cue.anchor] in ("attr", "nsubj", "nsubjpass")
        and head >= 0
        and reading.tokens[head].norm in _COPULAS
    )


def _auxiliary(reading: Reading, cue: Mention) -> bool:
    """ "Morphine was not designed to …": a copula that is another verb's auxiliary says nothing itself."""
    tree = reading.tree
    head = tree.heads[cue.anchor]
    return (
        cue.end - cue.start == 1
        and reading.tokens[cue.anchor].norm in _COPULAS
        and tree.deps[cue.anchor] in ("aux", "auxpass")
        and head >= 0
        and tree.is_verbal(head)
    )


def _lends_itself(reading: Reading, cue: Mention) -> bool:
    """A denied light verb whose object is another relation's cue denies that relation ("did not have any
    impact on X's effects" denies no having): the object's cue makes the frame, and takes the negation."""
    if len(cue.span) != 1 or reading.tokens[cue.anchor].norm not in _LIGHT_VERBS or not reading.negations_on(cue.anchor):
        return False
    objects = set(reading.tree.children_by(cue.anchor, "dobj"))
    return any(other.anchor in objects and other.ids[0] != cue.ids[0] for other in reading.relations)
