"""Values in a claim's slots: another name where only one may stand, another count for the same group.

A name contradicts an exclusive slot (the journal the study appeared in, the university where
it was done, the editorial's author) only where the parse puts it in that slot: on the slot's
side of the claim's own cue, with the claim's other role on the other side. A number
contradicts a claim's count only where it counts the claim's subject in the claim's own frame:
"30" in "recruited 30 participants", "12" in "12 of them took both".
"""

from __future__ import annotations

from collections.abc import Iterator

from ketacheck.engine.evidence import Evidence
from ketacheck.engine.frames import Candidate, FrameMatch, said_by_verb
from ketacheck.engine.rules import PARTS, frame_tokens, specificity
from ketacheck.reading import Mention, MentionKind, Name, Reading
from ketacheck.reading.reference import KNOWN
from ketacheck.reading.roles import RELATIVE_PRONOUNS, Arguments
from ketacheck.records import Claim, Database, Verdict
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import inflected_stems
from ketacheck.text.numbers import Quantity
from ketacheck.text.places import nested

_NAME_KINDS_FOR = {
    "institution": ("institution", "name"),
    "journal": ("journal", "name"),
    "person": ("person", "name"),
    "place": ("place", "name"),
}
"""Which kinds of unknown name may stand in a slot of each entity type."""
_SLOT_PREPOSITIONS = frozenset(ENGLISH["slot_prepositions"]["words"])
_FRAMING = ENGLISH["framing"]
_UNIVERSAL = frozenset(ENGLISH["universal_quantifiers"])
_LIGHT_VERBS = frozenset(ENGLISH["light_verbs"]["words"])
_SAYING = (*_FRAMING["writing_verbs"], *_FRAMING["advising_verbs"])
"""Verbs of saying, writing or advising: who does them in a piece of writing speaks in it."""


class SlotChecker:
    """Finds exclusive slots filled with another name. Build once per database; pure."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._types = {entity_id: entity.type for entity_id, entity in database.entities.items()}
        self._place_names = {
            entity_id: [entity.display_name, *entity.aliases]
            for entity_id, entity in database.entities.items()
            if entity.type == "place"
        }
        self._exclusive: dict[str, list[Claim]] = {}
        for claim in database.claims:
            if claim.exclusive is not None:
                self._exclusive.setdefault(claim.relation, []).append(claim)
        self._known = {(s, c.relation, o) for c in database.claims for s in c.subject for o in c.object}
        self._implicit = frozenset(rid for rid, r in database.relations.items() if r.implicit)
        self._agentive = frozenset(rid for rid, r in database.relations.items() if r.agent_subject)
        # Who wrote a piece of writing, where only one did: the editorial's author.
        self._authored = [
            c
            for c in database.claims
            if c.exclusive == "subject" and c.relation in self._agentive and c.object
            and all(self._types[e] == "publication" for e in c.object)
        ]
        self._saying = inflected_stems(_SAYING)  # stemmed when the engine is built, not at import
        # Each counted group's recorded numbers; the largest unscoped one counts all of it.
        self._counts: dict[str, list[Claim]] = {}
        for claim in database.claims:
            if claim.count is not None:
                for entity_id in claim.subject:
                    self._counts.setdefault(entity_id, []).append(claim)

    def whole_count(self, reading: Reading, match: FrameMatch) -> FrameMatch | None:
        """ "All 20 patients received ketamine": a number said of every one of a group the source counts is
        the group's size. It contradicts the count of the whole where it agrees with none of the group's
        recorded numbers; not where a clause or phrase on the noun narrows the group ("all 7 who responded")."""
        candidate = match.candidate
        if match.verdict is not Verdict.SUPPORTED or candidate is None or candidate.subject.stands_in:
            return None
        subject = candidate.subject
        counted = [self._counts[e] for e in subject.ids if e in self._counts]
        tree = reading.tree
        modifiers = tree.children_by(subject.anchor, "relcl", "acl", "prep", "amod", "compound", "nmod")
        if not counted or any(c not in subject.span for c in modifiers):
            return None  # "all 18 remaining participants", "all 20 who responded": a group narrowed
        before = [i for i in tree.subtree(subject.anchor) if i < subject.start]
        if not any(reading.tokens[i].norm in _UNIVERSAL for i in before):
            return None
        for quantity in reading.quantities:
            if not quantity.is_count or quantity.start not in before:
                continue
            claims = counted[0]
            if any(quantity.agrees_with(c.count) for c in claims if c.count is not None):
                return None
            wholes = [c for c in claims if c.scope is None]
            if not wholes:
                return None
            whole = max(wholes, key=lambda c: c.count or 0)
            used = frozenset(frame_tokens(candidate) | set(range(quantity.start, quantity.end)) | set(before))
            detail = f"'{quantity.shown}' is said of all {subject.text!r}; the source counts {whole.count}"
            return FrameMatch(whole, Verdict.CONTRADICTED, match.clause, used, detail, specificity(candidate), candidate)
        return None

    def conflicts(self, reading: Reading) -> Iterator[FrameMatch]:
        for cue in reading.relations:
            claims = self._exclusive.get(cue.ids[0])
            if not claims:
                continue
            arguments = reading.roles.arguments(cue)
            for claim in claims:
                found = self._conflict(reading, claim, cue, arguments)
                if found is not None:
                    yield found
        for claim in (c for claims in self._exclusive.values() for c in claims if c.relation in self._implicit):
            yield from self._side_by_side(reading, claim)
        for claim in self._authored:
            yield from self._speaking_in_it(reading, claim)

    def _speaking_in_it(self, reading: Reading, claim: Claim) -> Iterator[FrameMatch]:
        """ "In an editorial, Heifets warned …": who speaks in a piece of writing is its author."""
        tree = reading.tree
        for mention in reading.entities:
            if set(mention.ids).isdisjoint(claim.object) or tree.deps[mention.anchor] != "pobj":
                continue
            if not self._the_sources_own(reading, mention):
                continue  # "in an editorial in JAMA Psychiatry", "in his editorial": another piece of writing
            preposition = tree.heads[mention.anchor]
            verb = tree.heads[preposition]
            if reading.tokens[preposition].norm != "in" or verb < 0 or tree.pos[verb] != "VERB":
                continue
            if reading.tokens[verb].stem not in self._saying or reading.negations_on(verb):
                continue  # "In the editorial, Williams gets credit", "… Williams did not comment": no one writes
            speakers = tree.children_by(verb, "nsubj")
            said_by = reading.roles.fillers(speakers)
            if any(not set(m.ids).isdisjoint(claim.subject) for m in said_by):
                continue  # "In the editorial, George and Williams argue …": the author is among them
            named = [n for n in reading.names if any(node in n.span for node in speakers)]
            rivals = self._rivals(claim, *_affirmed(reading, reading.roles.entities_at(speakers), named))
            cue = Mention(preposition, preposition + 1, reading.tokens[preposition].text, (claim.relation,), MentionKind.CUE, preposition)
            found = self._match(reading, claim, cue, mention, rivals, claim.subject)
            if found is not None:
                yield found

    def _conflict(self, reading: Reading, claim: Claim, cue: Mention, arguments: Arguments) -> FrameMatch | None:
        if cue.negated:
            return None  # "The editorial was not written by Williams": no rival to the one who did
        roles = reading.roles
        subject_nodes = arguments.subjects
        object_nodes = arguments.objects + arguments.agents
        if cue.ids[0] in self._agentive:
            if arguments.passive:
                subject_nodes, object_nodes = arguments.agents, arguments.subjects + arguments.objects
            else:
                subject_nodes, object_nodes = arguments.subjects + arguments.agents, arguments.objects
        if cue.converse:
            # "Yale researchers led the study": the cue's subject is the claim's object.
            subject_nodes, object_nodes = object_nodes, subject_nodes
        if claim.exclusive == "object":
            other_nodes, slot_nodes = subject_nodes, object_nodes
            other_ids, recorded = claim.subject, claim.object
        else:
            other_nodes, slot_nodes = object_nodes, subject_nodes
            other_ids, recorded = claim.object, claim.subject
        # The other role must head its phrase: "the Stanford researchers are based in Palo Alto" says
        # where the researchers are, not where Stanford is.
        others = [m for m in _heads(reading, other_nodes) if not set(m.ids).isdisjoint(other_ids)]
        if not others or any(reading.is_other(m) for m in others):
            return None
        if claim in self._authored and not all(self._the_sources_own(reading, m) for m in others):
            return None  # "wrote a commentary published online May 21 in …": another piece of writing
        # Only what stands in the slot itself ("published in Nature"), or places the people in it ("Yale
        # researchers", "researchers at Yale"), not a name deeper in its phrase ("Williams NR et al").
        # Not a place put on another study in the slot ("replicated in a later trial in Boston").
        slot_nodes = [n for n in slot_nodes if not any(reading.is_other(m) for m in roles.entities_at([n]))]
        slot = slot_nodes + [n for node in slot_nodes for n in _placing(reading, node)]
        named = [n for n in reading.names if any(node in n.span for node in slot)]
        rivals = self._rivals(claim, *_affirmed(reading, roles.entities_at(slot), named))
        return self._match(reading, claim, cue, others[0], rivals, recorded)

    def _the_sources_own(self, reading: Reading, mention: Mention) -> bool:
        """Whether a mention is the one the source speaks of: "the" one, with nothing more said of it, or one
        tied to the source's own study by a relation the database records ("a commentary running alongside
        the paper"), placed nowhere else."""
        if reading.is_other(mention):
            return False
        tree = reading.tree
        determiners = set(tree.children_by(mention.anchor, "det", "poss"))
        phrase = set(tree.subtree(mention.anchor)) - set(mention.span) - determiners
        phrase = {i for i in phrase if not reading.tokens[i].punct}
        if any(phrase.intersection(n.span) for n in reading.names) or any(q.start in phrase for q in reading.quantities):
            return False  # "an editorial in JAMA Psychiatry", "a 2019 editorial"
        inside = [m for m in reading.entities if m.anchor in phrase]
        if any(reading.is_other(m) for m in inside):
            return False  # "an editorial accompanying another study"
        recorded = {c.relation for c in self._database.claims if not set(mention.ids).isdisjoint(c.subject)}
        ties = [cue for cue in reading.relations if cue.anchor in phrase and cue.ids[0] in recorded]
        if ties:
            # Tied to what the database ties it to, and to nothing else ("the editorial on esketamine").
            named = set().union(*(set(m.span) for m in inside), *(set(cue.span) for cue in ties))
            return not {i for i in phrase - named if tree.pos[i] not in ("DET", "ADP", "PRON", "AUX", "VERB")}
        return not phrase and bool(determiners) and all(reading.tokens[d].norm in KNOWN for d in determiners)

    def _side_by_side(self, reading: Reading, claim: Claim) -> Iterator[FrameMatch]:
        """'Yale researchers', 'George, of Harvard': a name joined straight to the claim's other role."""
        other_ids = claim.subject if claim.exclusive == "object" else claim.object
        recorded = claim.object if claim.exclusive == "object" else claim.subject
        for mention in reading.entities:
            if mention.stands_in or set(mention.ids).isdisjoint(other_ids) or reading.is_other(mention):
                continue
            nodes = self._beside(reading, mention)
            named = [n for n in reading.names if n.anchor in nodes and n.kind != "name"]
            rivals = self._rivals(claim, *_affirmed(reading, reading.roles.entities_at(nodes), named))
            cue = Mention(mention.start, mention.start, "(side by side)", (claim.relation,), MentionKind.CUE, mention.anchor)
            found = self._match(reading, claim, cue, mention, rivals, recorded)
            if found is not None:
                yield found

    def _beside(self, reading: Reading, mention: Mention) -> list[int]:
        """Where a slot's value stands without a cue: a name before a noun ("Yale researchers") or after
        'at', 'from', 'of', 'in' ("researchers at Yale"); never a person's own names and titles."""
        person = self._types.get(mention.ids[0]) == "person"
        tree = reading.tree
        nodes = [
            node
            for index in mention.span
            for node in _placing(reading, index, compounds=not person)
            if node not in mention.span
        ]
        if person:
            # "Stanford psychiatrist Mark George": the name on the title before a person's name places them.
            titles = [c for i in mention.span for c in tree.children_by(i, "compound") if c not in mention.span and tree.pos[c] == "NOUN"]
            nodes += [n for title in titles for n in tree.children_by(title, "compound", "amod") if n not in mention.span]
        return nodes

    def _rivals(self, claim: Claim, mentions: list[Mention], names: list[Name]) -> list[Mention | Name]:
        role = claim.exclusive
        recorded = claim.object if role == "object" else claim.subject
        types = {self._types[e] for e in recorded}
        rivals: list[Mention | Name] = []
        for mention in mentions:
            for entity_id in mention.ids:
                if entity_id in recorded or self._types[entity_id] not in types:
                    continue
                pairs = (
                    ((s, entity_id) for s in claim.subject) if role == "object" else ((entity_id, o) for o in claim.object)
                )
                if any((s, claim.relation, o) in self._known for s, o in pairs):
                    continue
                rivals.append(mention)
                break
        kinds = {kind for t in types for kind in _NAME_KINDS_FOR.get(t, ("name",))}
        places = [alias for e in recorded if self._types[e] == "place" for alias in self._place_names[e]]
        # "The trial was run in Palo Alto" names a place inside the recorded California, not another.
        rivals.extend(name for name in names if name.kind in kinds and not nested(name.text, places))
        return rivals

    def _match(
        self,
        reading: Reading,
        claim: Claim,
        cue: Mention,
        other: Mention,
        rivals: list[Mention | Name],
        recorded: tuple[str, ...],
    ) -> FrameMatch | None:
        if not rivals:
            return None
        # A name may be both an entity mention and a name the parse found: show it once.
        shown = ", ".join(repr(text) for text in dict.fromkeys(r.text for r in rivals))
        expected = " or ".join(self._database.entities[e].display_name for e in recorded)
        used = set(other.span) | set(cue.span)
        for rival in rivals:
            used |= set(rival.span)
        detail = f"the {claim.exclusive} is {shown} where the source has {expected!r}"
        return FrameMatch(claim, Verdict.CONTRADICTED, reading.clause_of[other.anchor], frozenset(used), detail, 3)


def _heads(reading: Reading, nodes: list[int]) -> list[Mention]:
    """The entities that head the phrases at these nodes, with those joined to them ("X and Y", "X, a Y")."""
    tree = reading.tree
    joined = list(nodes)
    for node in nodes:
        joined.extend(tree.children_by(node, "conj", "appos"))
    found = reading.roles.entities_at(joined)
    for node in nodes:
        if reading.tokens[node].norm in RELATIVE_PRONOUNS:
            found.extend(reading.roles.fillers([node]))
    return found


def _placing(reading: Reading, node: int, compounds: bool = True) -> list[int]:
    """What places a noun: its compound ("Yale researchers") and what follows 'at', 'from', 'in', 'of'."""
    tree = reading.tree
    found = list(tree.children_by(node, "compound")) if compounds else []
    for preposition in tree.children_by(node, "prep"):
        if reading.tokens[preposition].norm in _SLOT_PREPOSITIONS:
            found.extend(tree.children_by(preposition, "pobj"))
    return found


def agreeing_counts(reading: Reading, matches: list[FrameMatch]) -> set[tuple[int, int]]:
    """Each number, with the clause of its frame's cue, that counts a supported frame's subject and agrees with the
    claim's count: in "12 patients had both pretreatments" the number is the crossover's (12), not the recruits' (30)."""
    agreed: set[tuple[int, int]] = set()
    for match in matches:
        claim, candidate = match.claim, match.candidate
        if match.verdict is not Verdict.SUPPORTED or claim.count is None or candidate is None or candidate.arguments is None:
            continue
        for quantity in counts_of(reading, candidate.subject, candidate.arguments):
            if quantity.agrees_with(claim.count):
                agreed.add(_standing(reading, candidate, quantity))
    return agreed


def disagreeing_count(reading: Reading, match: FrameMatch, evidence: Evidence) -> Quantity | None:
    """A number that counts the frame's subject and disagrees with the claim's count."""
    claim, candidate = match.claim, match.candidate
    if claim.count is None or candidate is None or candidate.arguments is None:
        return None
    tree = reading.tree
    if not said_by_verb(reading, candidate.cue, candidate.arguments) or match.denied:
        # "12 volunteers with depression", "a group of 26 adults": only a verb ("recruited 100",
        # "12 completed both", "12 had both pretreatments") says the number is the one the claim counts;
        # and a negated frame ("18 did not take both") counts the others.
        return None
    cues = {m.anchor for m in reading.relations if claim.relation in m.ids}
    # "the 14 patients who were studied": a group a clause narrows is not the claim's whole; "the 30 people
    # recruited" is, said by the claim's own cue. Only the noun's own number is narrowed with it.
    narrowed = set(tree.subtree(candidate.subject.anchor)) if any(
        c not in cues for c in tree.children_by(candidate.subject.anchor, "relcl", "acl")
    ) else set()
    named = {i for mention in reading.entities for i in mention.span}
    doers = [i for node in candidate.arguments.subjects for i in tree.subtree(node) if i not in named]
    counted_is_doer = any(tree.dominates(node, candidate.subject.anchor) for node in candidate.arguments.subjects)
    if counted_is_doer and reading.tokens[candidate.cue.anchor].norm in _LIGHT_VERBS:
        return None  # "12 participants had treatment-resistant depression" says what they had, not how many there were
    if not counted_is_doer and any(
        not evidence.allows(claim.id, reading.tokens[i]) and tree.pos[i] not in ("DET", "ADP", "PUNCT", "NUM")
        for i in doers
    ):
        # "The final analysis included 14 participants": who does the counting is not who recruited.
        return None
    if _narrowed(reading, candidate.arguments.predicate, claim.id, evidence):
        return None
    for quantity in counts_of(reading, candidate.subject, candidate.arguments):
        if not quantity.agrees_with(claim.count) and quantity.start not in narrowed:
            return quantity
    return None


def count_conflict(reading: Reading, match: FrameMatch, quantity: Quantity, agreed: set[tuple[int, int]]) -> FrameMatch | None:
    """The contradiction of a claim's count by a number that disagrees with it; none where another claim framed
    in the same clause agrees with the number (``agreed``): the number may count either, so it says neither."""
    candidate = match.candidate
    assert candidate is not None
    if _standing(reading, candidate, quantity) in agreed:
        return None
    used = frozenset(frame_tokens(candidate) | set(range(quantity.start, quantity.end)))
    detail = f"the statement says {quantity.shown} where the source says {match.claim.count}"
    return FrameMatch(match.claim, Verdict.CONTRADICTED, match.clause, used, detail, specificity(candidate), candidate)


def _standing(reading: Reading, candidate: Candidate, quantity: Quantity) -> tuple[int, int]:
    """Where a frame's number stands: the clause of the frame's cue, and the number's first token."""
    return reading.clause_of[candidate.cue.anchor], quantity.start


def _narrowed(reading: Reading, predicate: int, claim_id: str, evidence: Evidence) -> bool:
    """Whether a phrase on the verb says where the count was made, in words the claim lacks
    ("14 were included in the final analysis" counts no recruits)."""
    tree = reading.tree
    named = {i for mention in reading.entities for i in mention.span}
    for preposition in tree.children_by(predicate, "prep"):
        for governed in tree.children_by(preposition, "pobj"):
            if governed not in named and reading.tokens[governed].stem not in evidence.stems[claim_id]:
                return True
    return False


def counts_of(reading: Reading, subject: Mention, arguments: Arguments | None) -> list[Quantity]:
    """The numbers that count a mention: the part in "12 of the 30 participants", else its own number
    ("30 participants"), or a number standing for it as the argument of the frame's verb ("14 enrolled")."""
    tree = reading.tree
    heads = {_head_token(reading, q): q for q in reading.quantities if q.is_count}
    nodes = (arguments.subjects + arguments.objects + arguments.agents) if arguments is not None else []
    for node in nodes:
        if node in heads and (tree.children_by(node, "prep") or not reading.roles.fillers([node])):
            # "12 of whom completed", "14 enrolled": the number is the argument, what it counts the group.
            return [heads[node]]
    anchor = subject.anchor
    of = tree.heads[anchor]
    part = tree.heads[of] if of >= 0 else -1
    if tree.deps[anchor] == "pobj" and reading.tokens[of].norm == "of" and part >= 0 and reading.tokens[part].norm in PARTS:
        # "fewer than half of the 30 recruits": the group's number, not the part's that did it.
        return []
    return [
        q for head, q in heads.items() if tree.heads[head] == anchor and tree.deps[head] in ("nummod", "quantmod", "amod", "compound")
    ]


def _head_token(reading: Reading, quantity: Quantity) -> int:
    tree = reading.tree
    for i in range(quantity.start, quantity.end):
        if not quantity.start <= tree.heads[i] < quantity.end:
            return i
    return quantity.start


def _affirmed(reading: Reading, mentions: list[Mention], names: list[Name]) -> tuple[list[Mention], list[Name]]:
    """What a slot holds but for what is denied there: "written by George rather than by Williams" names no rival."""
    tree = reading.tree
    denied = {cue.target for cue in reading.negations if not cue.sentential}
    # "not in Nature": a denied preposition denies what it governs.
    denied |= {g for node in denied if tree.pos[node] == "ADP" for g in tree.children_by(node, "pobj")}
    # "It is not true that the study was done at Yale": what a denied clause names is denied there too.
    clauses = {c for c in range(len(reading.clauses)) if len(reading.denials(c)) % 2}
    denied |= {i for i, c in enumerate(reading.clause_of) if c in clauses}
    return (
        [m for m in mentions if not m.negated and m.anchor not in denied],
        [n for n in names if denied.isdisjoint(n.span)],
    )
