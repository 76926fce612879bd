"""Statement in, verdict out: where every verdict is decided.

The engine has a statement read once (see ``reading``: tokens, entity and relation
mentions, negation cues, numbers, names, clauses), then compares each clause's frames —
subject, relation, object, polarity, qualifiers, counts — with the claims'
frames. Fuzzy scores only pick which alias a misspelt word meant and rank the
nearest claim for an unknown; they never decide a verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ketacheck.reading import Clause, Mention, Reader, Reading, evidence_tokens, span_text, subjects_of
from ketacheck.records import CheckResult, Claim, Database, Verdict
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token, normalize
from ketacheck.text.numbers import find_quantities

_RELATIVE_WORDS = frozenset(ENGLISH["clause_breaks"]["relative"]) | {"that"}
_AGENT_MARKERS = frozenset(ENGLISH["agent_markers"])
_UNIVERSAL = frozenset(ENGLISH["universal_quantifiers"])
_PASSIVE_AUX = frozenset(ENGLISH["passive_auxiliaries"])
_IMPLICIT_WINDOW: int = ENGLISH["implicit_window"]
_BYLINE_OPENERS = frozenset(ENGLISH["byline_openers"])
_REPORTING = frozenset(word for phrase in ENGLISH["reporting_verbs"] for word in phrase.split() if word != "to")
_POOL = 6

MAX_STATEMENT_CHARS = 100_000
"""Longer statements are refused (answered unknown, saying why): reading time grows faster than length."""


@dataclass(slots=True, eq=False)
class FrameMatch:
    """A claim whose frame a clause fills, and what the comparison decided."""

    claim: Claim
    verdict: Verdict
    clause: int
    used: frozenset[int]
    """Token indices the frame accounts for."""
    why: str
    specificity: int
    objects: frozenset[int] = frozenset()
    """Token indices of the frame's object mentions."""


@dataclass(slots=True, eq=False)
class Candidate:
    """A claim whose roles a clause may fill: what the comparison works on."""

    reading: Reading
    index: int
    clause: Clause
    claim: Claim
    subjects: list[Mention]
    objects: list[Mention]
    cues: list[Mention]


class Engine:
    """Checks statements against one database. Build it once; ``check`` is pure."""

    def __init__(self, database: Database) -> None:
        self.database = database
        evidence = evidence_tokens(database)
        self._reader = Reader(database, evidence)
        self._filler_stems = self._reader.english.filler_stems
        self._evidence_stems: dict[str, frozenset[str]] = {}
        self._evidence_numbers: dict[str, frozenset[float]] = {}
        for claim in database.claims:
            words = evidence[claim.id]
            self._evidence_stems[claim.id] = frozenset(t.stem for t in words if not t.punct)
            self._evidence_numbers[claim.id] = frozenset(q.value for q in find_quantities(words, [False] * len(words)))
        self._entity_types = {entity_id: entity.type for entity_id, entity in database.entities.items()}
        self._speaks_for = {
            entity_id: entity.speaks_for for entity_id, entity in database.entities.items() if entity.speaks_for
        }
        self._known_pairs = {
            (subject, claim.relation, obj)
            for claim in database.claims
            for subject in claim.subject
            for obj in claim.object
        }
        self._agentive = {rid for rid, relation in database.relations.items() if relation.agent_subject}
        self._agent_markers = {
            rid: _AGENT_MARKERS | frozenset(relation.agent_markers) for rid, relation in database.relations.items()
        }
        self._implicit = {rid for rid, relation in database.relations.items() if relation.implicit}
        # Words sorted once here, so ranking compares with plain ratio what token_sort_ratio would.
        self._sorted_claim_words = [" ".join(sorted(normalize(c.statement).split())) for c in database.claims]
        self._counts = [(c.count, frozenset(c.subject)) for c in database.claims if c.count is not None]
        """The numbers claims give, with whom they are given for."""
        self._frames = [
            (c, c.relation, frozenset(c.subject), frozenset(c.object), c.exclusive == "subject")
            for c in database.claims
        ]
        """Each claim with its relation, subject ids, object ids and whether only it may fill the subject role."""

    # --- public ---------------------------------------------------------------------------

    def check(self, statement: str) -> CheckResult:
        """The verdict for one statement, with the claim that decided it and why."""
        if len(statement) > MAX_STATEMENT_CHARS:
            refusal = (
                f"refused: the statement has {len(statement):,} characters, over the limit of {MAX_STATEMENT_CHARS:,}"
            )
            return self._unknown(statement, [refusal], 0.0)
        return self._verdict(statement, self._reader.read(statement))

    def _verdict(self, statement: str, reading: Reading) -> CheckResult:
        if not any(not t.punct for t in reading.tokens):
            return self._unknown(statement, ["nothing to check: the statement has no words"], 0.0)
        reasons = list(reading.corrections)
        matches = self._match_frames(reading)
        for index, clause in enumerate(reading.clauses):
            reasons.append(self._describe_clause(reading, index, clause))
        count_problem = self._check_counts(reading, matches)
        contradicted = [m for m in matches if m.verdict is Verdict.CONTRADICTED]
        if count_problem is not None:
            contradicted.insert(0, count_problem)
            matches.append(count_problem)
        if contradicted:
            decisive = contradicted[0]
            reasons.extend(f"contradicted by {m.claim.id}: {m.why}" for m in contradicted)
            return self._decided(statement, Verdict.CONTRADICTED, decisive, reading, matches, reasons)
        supported = [m for m in matches if m.verdict is Verdict.SUPPORTED]
        if not supported:
            reasons.append("no claim in the database shares this statement's frame")
            return self._unknown(statement, reasons, self._nearest_score(reading))
        reasons.extend(f"supported by {m.claim.id}: {m.why}" for m in supported)
        doubt = self._doubt(reading, supported)
        if doubt:
            reasons.extend(doubt)
            return self._unknown(statement, reasons, self._nearest_score(reading))
        decisive = max(supported, key=lambda m: m.specificity)
        return self._decided(statement, Verdict.SUPPORTED, decisive, reading, matches, reasons)

    def claim_verdicts(self, statement: str) -> list[tuple[Claim, Verdict]]:
        """Every claim whose frame the statement fills, with what the comparison decided for it."""
        if len(statement) > MAX_STATEMENT_CHARS:
            return []
        reading = self._reader.read(statement)
        return [(match.claim, match.verdict) for match in self._match_frames(reading)]

    def check_if_about(self, statement: str) -> tuple[CheckResult | None, str | None]:
        """For a sentence of a draft: its verdict, or None when it makes no claim on the database's
        subject (it names nothing the database knows, has under four words, or is a byline); and
        the words naming what it is about (its first clause's subject), if any. One reading serves both."""
        if len(statement) > MAX_STATEMENT_CHARS:
            return None, None
        reading = self._reader.read(statement)
        words = [t for t in reading.tokens if not t.punct]
        named = [m for m in reading.entities if m.cue_kind != "pronoun"]
        if len(words) < 4 or words[0].norm in _BYLINE_OPENERS or not named:
            return None, None
        first = reading.clauses[0]
        subjects = [m for m in subjects_of(first) if m.cue_kind != "pronoun"] or [
            m for m in first.entities if m.cue_kind != "pronoun"
        ]
        return self._verdict(statement, reading), (subjects[0].text if subjects else None)

    # --- deciding ----------------------------------------------------------------------------

    def _match_frames(self, reading: Reading) -> list[FrameMatch]:
        matches: list[FrameMatch] = []
        subject_pool: list[Mention] = []
        for index, clause in enumerate(reading.clauses):
            inherited = self._inherited_subjects(reading, index, subject_pool) + _relative_followers(reading, index)
            has_subject = bool(subjects_of(clause))
            own = [m for m in clause.entities if m.cue_kind != "pronoun"]
            # Only the nearest few carry on: a subject is taken up by the next clauses, not by every clause after.
            subject_pool = (own + ([] if has_subject and clause.relations else inherited))[-_POOL:]
            # Carried-over subjects are offered even beside the clause's own: "naltrexone lessened X,
            # while dissociation was unaffected" still speaks of naltrexone.
            entities = clause.entities + inherited
            relations = clause.relations or self._inherited_relations(reading, index)
            present = {entity_id for m in entities for entity_id in m.ids}
            said = {m.ids[0] for m in relations}
            relation_ids = said | self._implicit
            # Claims in database order, never in set order: the same statement reads the same in
            # every process, whatever the hash seed.
            for claim, relation, subject_ids, object_ids, exclusive_subject in self._frames:
                if relation not in relation_ids:
                    continue
                # Every comparison needs the subject, but for another name in an exclusive subject role.
                if present.isdisjoint(subject_ids) and (not exclusive_subject or present.isdisjoint(object_ids)):
                    continue
                # A relation left unsaid is read only from a subject beside its object: no object, no frame.
                if relation not in said and object_ids and present.isdisjoint(object_ids):
                    continue
                match = self._match_claim(reading, index, clause, claim, (subject_ids, object_ids), entities, relations)
                if match is not None:
                    matches.append(match)
        return matches

    def _inherited_subjects(self, reading: Reading, index: int, previous_pool: list[Mention]) -> list[Mention]:
        """A clause without a subject of its own takes the previous clause's; a relative clause, its antecedent."""
        if index == 0:
            return []
        clause = reading.clauses[index]
        previous = reading.clauses[index - 1]
        if reading.tokens[clause.start].norm in _RELATIVE_WORDS:
            pool = [max(previous.entities, key=lambda e: e.end)] if previous.entities else []
        else:
            pool = previous_pool
        return [replace(e, negations=[], inherited=True) for e in pool]

    def _inherited_relations(self, reading: Reading, index: int) -> list[Mention]:
        for previous in reversed(reading.clauses[:index]):
            if previous.relations:
                # The relation is carried over bare: only this clause's own negations apply to it.
                return [replace(r, negations=[], inherited=True) for r in previous.relations]
        return []

    def _match_claim(
        self,
        reading: Reading,
        index: int,
        clause: Clause,
        claim: Claim,
        roles: tuple[frozenset[str], frozenset[str]],
        entities: list[Mention],
        relations: list[Mention],
    ) -> FrameMatch | None:
        subject_ids, object_ids = roles
        subjects = [m for m in entities if not subject_ids.isdisjoint(m.ids)]
        # Pronouns and mentions carried over from another clause can be subjects, never objects.
        objects = [
            m for m in entities if not object_ids.isdisjoint(m.ids) and m.cue_kind != "pronoun" and not m.inherited
        ]
        cues = [r for r in relations if r.ids[0] == claim.relation]
        if claim.object and subjects and objects:
            # One mention cannot fill both roles of a frame.
            if all(s is o for s in subjects for o in objects):
                return None
        if not cues and claim.relation in self._implicit and subjects:
            near = objects if claim.object else subjects
            if claim.object and not _adjacent(subjects, objects):
                near = []
            if near:
                # Side by side says the relation; a negation on a verb between the two still denies it.
                low = min(m.start for m in subjects + near)
                high = max(m.end for m in subjects + near)
                negations = [n for r in clause.relations if low <= r.start < high for n in r.negations][:1]
                cues = [
                    Mention(near[0].start, near[0].start, "(side by side)", (claim.relation,), 1, "implicit", negations)
                ]
        if not cues:
            return None
        if (
            not claim.object
            and claim.qualifiers
            and not any(set(m.ids) & set(claim.qualifiers) for m in clause.entities)
        ):
            # Without an object, a claim's qualifier is what it is about ("the relief is temporary").
            return None
        if (
            not claim.object
            and not any(c.inherited or c.cue_kind == "implicit" for c in cues)
            and not any(s.inherited for s in subjects)
            and not any(_close(reading, s, c, self._filler_stems) for s in subjects for c in cues)
        ):
            # Without an object to anchor it, the relation must be said of the subject, close by.
            return None
        frame = Candidate(reading, index, clause, claim, subjects, objects, cues)
        if subjects and claim.object and not objects:
            denial = self._general_denial(frame)
            if denial is not None:
                return denial
        if subjects and (objects or not claim.object):
            return self._compare(frame)
        if claim.exclusive is not None:
            return self._exclusive_conflict(frame)
        return None

    def _compare(self, frame: Candidate) -> FrameMatch | None:
        reading, index, clause, claim = frame.reading, frame.index, frame.clause, frame.claim
        subjects, objects, cues = frame.subjects, frame.objects, frame.cues
        # One word cannot be both a role and the relation ("study" the entity and "study" the verb).
        roles = {i for m in subjects + objects for i in range(m.start, m.end)}
        cues = [c for c in cues if c.cue_kind == "implicit" or not roles.intersection(range(c.start, c.end))]
        if not cues:
            return None
        anchor = objects or subjects
        # An antonym decides only when no plain cue of the relation is there to read instead.
        plain = [c for c in cues if c.cue_kind != "antonym"]
        cue = min(plain or cues, key=lambda r: min(abs(r.start - a.start) for a in anchor))
        obj = min(objects, key=lambda o: abs(o.start - cue.start)) if objects else None
        subject = min(subjects, key=lambda s: abs(s.start - cue.start) if s is not obj else 10**6)
        markers = self._agent_markers[claim.relation]
        if claim.relation in self._agentive and _reversed_roles(reading.tokens, subject, obj, cue, markers):
            return None
        if (
            cue.cue_kind == "antonym"
            and obj is not None
            and not subject.inherited
            and not _subject_leads(reading.tokens, subject, cue)
        ):
            return None
        if (
            claim.relation in self._agentive
            and not subject.inherited
            and _agent_is_another(reading, clause, subject, cue)
        ):
            return None
        flips: list[str] = []
        contrary = 0
        if cue.sign < 0:
            flips.append(f"{cue.cue_kind} {cue.text!r}")
            contrary += cue.cue_kind == "antonym"
        if cue.negated:
            flips.append(f"negation {', '.join(repr(n) for n in cue.negations)} on {cue.text!r}")
        for mention in (obj, subject):
            if mention is None:
                continue
            if mention.sign < 0:
                flips.append(f"{mention.text!r} names the opposite")
            if mention.negated:
                flips.append(f"negation {', '.join(repr(n) for n in mention.negations)} on {mention.text!r}")
        polarity = len(flips) % 2 == 0
        # Every mention of the claim's roles belongs to the frame ("widespread use of ketamine").
        used = {i for m in subjects + objects + [cue] if not m.inherited for i in range(m.start, m.end)}
        # Other cues of the same relation saying the same thing ("remained unaffected") are part of the frame.
        stance = (cue.sign < 0) != cue.negated
        for other in cues:
            if other is not cue and not other.inherited and ((other.sign < 0) != other.negated) == stance:
                used |= set(range(other.start, other.end))
        used |= {
            i for i, target in reading.negation_tokens.items() if target in {m.start for m in (subject, obj, cue) if m}
        }
        frame = f"{subject.text!r} {cue.text!r}" + (f" {obj.text!r}" if obj else "")
        specificity = 2 + (1 if obj else 0) + len(claim.qualifiers) + (1 if claim.count is not None else 0)
        qualifier_problem = None
        for qualifier in claim.qualifiers:
            for mention in clause.entities:
                if qualifier in mention.ids:
                    used |= set(range(mention.start, mention.end))
                    used |= {i for i, target in reading.negation_tokens.items() if target == mention.start}
                    if (mention.sign < 0) != mention.negated:
                        qualifier_problem = f"{mention.text!r} goes against {qualifier!r}"
        if claim.scope == "some" and _universal_before(reading.tokens, subject):
            qualifier_problem = f"{subject.text!r} is said of all, the source says only some"
        if qualifier_problem:
            return FrameMatch(
                claim, Verdict.CONTRADICTED, index, frozenset(used), f"{frame}: {qualifier_problem}", specificity
            )
        if contrary:
            # An antonym ("strengthened") is a contrary, not a contradictory: affirmed, it goes against
            # both "blocked" and "had no effect"; denied ("did not strengthen"), it settles nothing.
            if len(flips) > contrary:
                return None
            detail = f"{frame}: the statement says the opposite ({flips[0]}) of what the source says"
            return FrameMatch(claim, Verdict.CONTRADICTED, index, frozenset(used), detail, specificity)
        if polarity == claim.polarity:
            detail = f"{frame}, same polarity" + (f" ({'; '.join(flips)})" if flips else "")
            object_span = frozenset(range(obj.start, obj.end)) if obj is not None and not obj.inherited else frozenset()
            return FrameMatch(claim, Verdict.SUPPORTED, index, frozenset(used), detail, specificity, object_span)
        says = "holds" if polarity else "does not hold"
        how = f" ({'; '.join(flips)})" if flips else ""
        source_says = "holds" if claim.polarity else "does not hold"
        detail = f"{frame}: the statement says it {says}{how}, the source says it {source_says}"
        return FrameMatch(claim, Verdict.CONTRADICTED, index, frozenset(used), detail, specificity)

    def _general_denial(self, frame: Candidate) -> FrameMatch | None:
        """A relation denied with nothing after it ("ketamine has no side effects") denies every instance."""
        reading, index, clause, claim = frame.reading, frame.index, frame.clause, frame.claim
        subjects, cues = frame.subjects, frame.cues
        if not claim.polarity:
            return None
        for cue in cues:
            if cue.inherited or cue.cue_kind != "cue" or not cue.negated:
                continue
            rest = reading.tokens[cue.end : clause.end]
            if any(not t.punct and t.stem not in self._filler_stems for t in rest):
                continue
            subject = next((s for s in subjects if s.end <= cue.start), None)
            if subject is None:
                continue
            used = set(range(subject.start, subject.end)) | set(range(cue.start, cue.end))
            used |= {i for i, target in reading.negation_tokens.items() if target == cue.start}
            detail = f"{subject.text!r} {cue.text!r}: the statement denies it outright, the source says it holds"
            return FrameMatch(claim, Verdict.CONTRADICTED, index, frozenset(used), detail, 2)
        return None

    def _exclusive_conflict(self, frame: Candidate) -> FrameMatch | None:
        index, clause, claim = frame.index, frame.clause, frame.claim
        subjects, objects, cues = frame.subjects, frame.objects, frame.cues
        role = claim.exclusive
        recorded = claim.object if role == "object" else claim.subject
        other_role = subjects if role == "object" else objects
        if not other_role:
            return None
        types = {self._entity_types[e] for e in recorded}
        in_names = {i for name in clause.names for i in range(name.start, name.end)}
        explicit = [c for c in cues if c.cue_kind != "implicit" and c.start not in in_names]
        rivals: list[tuple[str, set[int]]] = []
        for mention in clause.entities:
            for entity_id in mention.ids:
                if entity_id in recorded or self._entity_types[entity_id] not in types:
                    continue
                pairs = (
                    ((s, entity_id) for s in claim.subject)
                    if role == "object"
                    else ((entity_id, o) for o in claim.object)
                )
                if any((s, claim.relation, o) in self._known_pairs for s, o in pairs):
                    continue
                rivals.append((mention.text, set(range(mention.start, mention.end))))
        for name in clause.names:
            if name.kind != "name" and name.kind not in types:
                continue
            placed = any(c.end <= name.start for c in explicit) if role == "object" else True
            if not explicit:
                # Without a cue, only a name right beside the other role fills the slot ("Yale researchers").
                placed = _adjacent(other_role, [Mention(name.start, name.end, name.text, ())], window=1)
            if placed:
                rivals.append((name.text, set(range(name.start, name.end))))
        if not rivals:
            return None
        shown = ", ".join(repr(text) for text, _ in rivals)
        expected = " or ".join(self.database.entities[e].display_name for e in recorded)
        used = set().union(*(span for _, span in rivals))
        for mention in other_role + explicit:
            used |= set(range(mention.start, mention.end))
        detail = f"the {role} is {shown} where the source has {expected!r}"
        return FrameMatch(claim, Verdict.CONTRADICTED, index, frozenset(used), detail, 3)

    def _check_counts(self, reading: Reading, matches: list[FrameMatch]) -> FrameMatch | None:
        counts = [q for q in reading.quantities if q.is_count]
        counted = [m for m in matches if m.claim.count is not None and m.verdict is Verdict.SUPPORTED]
        if not counts or not counted:
            return None
        # Each counted claim is held to the number nearest its own words ("of the 30 recruited,
        # 20 took both": 30 is the recruits, 20 the ones who took both).
        for match in sorted(counted, key=lambda m: -m.specificity):
            nearest = min(counts, key=lambda q: min(abs(q.start - i) for i in match.used) if match.used else 0)
            assert match.claim.count is not None
            if nearest.agrees_with(match.claim.count):
                continue
            detail = f"the statement says {nearest.shown} where the source says {match.claim.count}"
            used = match.used | set(range(nearest.start, nearest.end))
            return FrameMatch(
                match.claim, Verdict.CONTRADICTED, match.clause, frozenset(used), detail, match.specificity
            )
        return None

    def _doubt(self, reading: Reading, supported: list[FrameMatch]) -> list[str]:
        """Reasons a supported statement should fall back to unknown, or nothing."""
        doubts: list[str] = []
        claims = {m.claim.id: m.claim for m in supported}
        used = set().union(*(m.used for m in supported))
        # Who the statement says said it: a source named with a reporting verb ("the study found",
        # "according to George") that is not itself the object of a frame ("accompanying the study").
        # It must be the source of some claim the statement is supported by, other than a claim
        # about that source itself ("Medical News Today reported…").
        objects = set().union(*(m.objects for m in supported))
        sources_said: dict[str, str] = {}
        for mention in reading.entities:
            span = set(range(mention.start, mention.end))
            if mention.cue_kind == "pronoun" or span & objects or not _reports(reading.tokens, mention):
                continue
            credited = {m.claim.attribution for m in supported if not span & m.used}
            for entity_id in mention.ids:
                source = self._speaks_for.get(entity_id)
                if source is None or not credited:
                    continue
                sources_said.setdefault(source, mention.text)
                if source not in credited:
                    names = "; ".join(self.database.sources[a].name for a in sorted(credited))
                    doubts.append(f"attribution: the statement credits {mention.text!r}, but the source is {names}")
        attributions = {c.attribution for c in claims.values()}
        named_sources = {
            self._speaks_for[e]
            for m in reading.entities
            if m.cue_kind != "pronoun"
            for e in m.ids
            if e in self._speaks_for
        }
        # What firmer claims (findings, facts) already account for needs no hedge.
        firm = set().union(*(m.used for m in supported if not m.claim.strength.hedged))
        for match in supported:
            claim = match.claim
            # A hypothesis, warning or suggestion must be hedged, or put in the mouth of who made it.
            attributed = claim.attribution in named_sources and not claim.strength.only_hedged
            if claim.strength.hedged and not reading.hedged and not attributed and not match.used <= firm:
                doubts.append(
                    f"{claim.id} is a {claim.strength.value} of {self.database.sources[claim.attribution].name}; "
                    "the statement asserts it as fact"
                )
        allowed = set().union(*(self._evidence_stems[c] for c in claims))
        numbers = set().union(*(self._evidence_numbers[c] for c in claims))
        # A count the source gives for the same group ("all 30 participants") is the source's too.
        # Not for what only some of the group did: "thirty participants took naltrexone" is not the source's.
        subjects = {entity for claim in claims.values() for entity in claim.subject}
        group_counts = {count for count, counted in self._counts if not subjects.isdisjoint(counted)}
        # The whole in "12 of the 30" may always be the group's size; a count said of the group
        # itself only when no supporting claim is about just some of it.
        counts_allowed = all(claim.scope is None for claim in claims.values())
        for mention in reading.entities:
            if any(e in self._speaks_for and self._speaks_for[e] in attributions for e in mention.ids):
                used |= set(range(mention.start, mention.end))
        for quantity in reading.quantities:
            known = numbers | (group_counts if counts_allowed or not quantity.is_count else set())
            if quantity.value in known or any(
                c.count is not None and quantity.agrees_with(c.count) for c in claims.values()
            ):
                used |= set(range(quantity.start, quantity.end))
        used |= reading.pseudo_negations
        loose = [
            token.text
            for i, token in enumerate(reading.tokens)
            if i not in used
            and not token.punct
            # A corrected misspelling counts only where a frame uses it: "funded" read as "founded" is not "found".
            and (
                i in reading.corrected
                or (token.stem not in self._reader.vocabulary_stems and token.stem not in allowed)
            )
        ]
        if loose:
            doubts.append(f"not in the evidence: {', '.join(repr(w) for w in loose)}")
        return doubts

    # --- results ---------------------------------------------------------------------------

    def _decided(
        self,
        statement: str,
        verdict: Verdict,
        decisive: FrameMatch,
        reading: Reading,
        matches: list[FrameMatch],
        reasons: list[str],
    ) -> CheckResult:
        content = [
            i for i, t in enumerate(reading.tokens) if not t.punct and t.stem not in self._reader.vocabulary_stems
        ]
        used = set().union(*(m.used for m in matches if m.verdict is verdict))
        share = sum(1 for i in content if i in used) / len(content) if content else 1.0
        penalty = 0.05 * len(reading.corrections)
        score = round(max(0.5, min(1.0, 0.6 + 0.4 * share - penalty)), 3)
        claim = decisive.claim
        return CheckResult(
            statement=statement,
            verdict=verdict,
            score=score,
            claim_id=claim.id,
            claim=claim.statement,
            evidence=claim.evidence,
            attribution=self.database.sources[claim.attribution].name,
            reasons=tuple(reasons),
        )

    def _unknown(self, statement: str, reasons: list[str], score: float) -> CheckResult:
        return CheckResult(
            statement=statement,
            verdict=Verdict.UNKNOWN,
            score=score,
            claim_id=None,
            claim=None,
            evidence=None,
            attribution=None,
            reasons=tuple(reasons),
        )

    def _nearest_score(self, reading: Reading) -> float:
        from rapidfuzz import fuzz, process  # only unknowns are ranked: a cold start should not pay for it

        words = " ".join(sorted(t.norm for t in reading.tokens if not t.punct))
        found = process.extractOne(words, self._sorted_claim_words, scorer=fuzz.ratio)
        return round(0.49 * found[1] / 100, 3) if found else 0.0

    def _describe_clause(self, reading: Reading, index: int, clause: Clause) -> str:
        text = span_text(reading.tokens, clause.start, clause.end)
        parts = []
        if clause.entities:
            parts.append("entities " + ", ".join(f"{m.text!r}→{'/'.join(m.ids)}" for m in clause.entities))
        if clause.relations:
            parts.append(
                "relations "
                + ", ".join(
                    f"{m.text!r}→{m.ids[0]}" + ("" if m.cue_kind == "cue" else f" ({m.cue_kind})")
                    for m in clause.relations
                )
            )
        negations = [
            f"{'/'.join(m.negations)} on {m.text!r}" for m in clause.entities + clause.relations if m.negations
        ]
        if negations:
            parts.append("negation " + ", ".join(negations))
        if clause.names:
            parts.append("names " + ", ".join(f"{n.text!r} ({n.kind})" for n in clause.names))
        numbers = [q.shown for q in reading.quantities if clause.start <= q.start < clause.end]
        if numbers:
            parts.append("numbers " + ", ".join(numbers))
        return f"clause {index + 1} {text!r}: " + ("; ".join(parts) or "nothing the database knows")


# --- helpers: pure functions over tokens -------------------------------------------------------


def _reports(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a mention is said to say something: "the study found", "according to George", "said Williams"."""
    after = [t.norm for t in tokens[mention.end : mention.end + 4] if not t.punct]
    before = [t.norm for t in tokens[max(0, mention.start - 3) : mention.start] if not t.punct]
    return bool(set(after[:3]) & _REPORTING or set(before[-2:]) & _REPORTING or before[-2:] == ["according", "to"])


def _relative_followers(reading: Reading, index: int) -> list[Mention]:
    """The entities of a relative clause that follows, offered as subjects to the clause it modifies:
    "the effect was reduced in patients who were given naltrexone" speaks of naltrexone."""
    if index + 1 >= len(reading.clauses):
        return []
    following = reading.clauses[index + 1]
    if reading.tokens[following.start].norm not in _RELATIVE_WORDS:
        return []
    return [replace(e, negations=[], inherited=True) for e in following.entities if e.cue_kind != "pronoun"]


def _agent_is_another(reading: Reading, clause: Clause, subject: Mention, cue: Mention) -> bool:
    """Whether a passive verb names its agent, and the agent is not this subject.

    "Ketamine's effect disappeared when the opioid system was blocked with naltrexone" does not
    say that ketamine blocked anything: naltrexone did.
    """
    tokens = reading.tokens
    if cue.cue_kind == "implicit" or subject.start >= cue.start:
        return False
    if not any(t.norm in _PASSIVE_AUX for t in tokens[max(0, cue.start - 3) : cue.start]):
        return False
    for mention in clause.entities:
        if cue.end <= mention.start <= cue.end + 3 and mention is not subject:
            between = {t.norm for t in tokens[cue.end : mention.start]}
            if between & _AGENT_MARKERS:
                return True
    return False


def _universal_before(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether "all", "every"… quantify the mention; not the partitive "(12) of all the participants"."""
    start = max(0, mention.start - 3)
    return any(
        t.norm in _UNIVERSAL and not (i > 0 and tokens[i - 1].norm == "of")
        for i, t in enumerate(tokens[start : mention.end], start=start)
    )


def _subject_leads(tokens: Sequence[Token], subject: Mention, cue: Mention) -> bool:
    """Whether the subject stands before the verb, or after it as the agent ("by naltrexone")."""
    if subject.end <= cue.start:
        return True
    before = {t.norm for t in tokens[max(0, subject.start - 2) : subject.start]}
    return bool(before & _AGENT_MARKERS)


def _reversed_roles(
    tokens: Sequence[Token], subject: Mention, obj: Mention | None, cue: Mention, markers: frozenset[str]
) -> bool:
    """Whether the words run relation, object, then subject with nothing marking the subject as agent.

    "Blocking the opioid system with naltrexone reduced ketamine's effect" does not say
    that ketamine blocks the opioid system; "was blocked by naltrexone" does say naltrexone did.
    """
    if obj is None or subject.inherited or cue.cue_kind == "implicit":
        return False
    if not (cue.end <= obj.start and obj.end <= subject.start):
        return False
    before = {t.norm for t in tokens[max(0, subject.start - 2) : subject.start]}
    return not before & markers


def _close(reading: Reading, first: Mention, second: Mention, filler_stems: frozenset[str], units: int = 2) -> bool:
    """Whether at most a few things that carry meaning (a word, or a whole named entity) stand between two mentions."""
    left, right = (first, second) if first.start <= second.start else (second, first)
    inside = [m for m in reading.entities if left.end <= m.start and m.end <= right.start]
    covered = {i for m in inside for i in range(m.start, m.end)}
    words = sum(
        1
        for i in range(left.end, right.start)
        if i not in covered and not reading.tokens[i].punct and reading.tokens[i].stem not in filler_stems
    )
    return words + len(inside) <= units


def _adjacent(first: Sequence[Mention], second: Sequence[Mention], window: int = _IMPLICIT_WINDOW) -> bool:
    return any(
        a is not b and (0 <= b.start - a.end <= window or 0 <= a.start - b.end <= window) for a in first for b in second
    )
