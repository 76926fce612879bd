"""What a supported statement must answer for before it is called supported.

Three doubts send a statement the frames support back to unknown:

- attribution: it credits the claim to another source than the article does;
- assertion: it asserts as fact what the article gives only as a hypothesis, warning or
  suggestion, without hedging it or naming who made it;
- what it adds: a word that neither the matched frames, nor the evidence quotes, nor the words
  that never carry a claim account for — a number, a name, a place, a population, another
  predicate ("in teenagers", "at a dose of 50 mg").
Framing ("researchers found that", "this means that"), intensity and manner ("dramatically") and
description ("promising") assert nothing the article lacks: they are listed as not checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ketacheck.engine.evidence import Evidence
from ketacheck.engine.frames import FrameMatch
from ketacheck.engine.rules import INQUIRING, askers, asking_verb, denied_for
from ketacheck.reading import Link, Mention, MentionKind, Reading
from ketacheck.reading.parser import Tree
from ketacheck.records import Claim, Database, Strength
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import inflected_stems, stem, tokenize

_TEMPORAL_MARKS = frozenset(ENGLISH["temporal_marks"]["words"])
_SEQUENCE = frozenset(ENGLISH["sequence_words"]["words"])
_LIGHT_VERBS = frozenset(ENGLISH["light_verbs"]["words"])
_POPULATION_PREPOSITIONS = frozenset(ENGLISH["population_prepositions"]["words"])
_COMPARISON_WORDS = frozenset(ENGLISH["comparison_words"]["words"])
_COPULAS = frozenset(ENGLISH["copulas"])
_FILLER_WORDS = frozenset(ENGLISH["filler"]["words"])
_SPEAKING_VERBS = ENGLISH["framing"]["speaking_verbs"]
_UNIVERSAL = frozenset(ENGLISH["universal_quantifiers"])
_PARTIAL = frozenset(ENGLISH["partial_words"]["words"])
_ALTERNATIVES = frozenset(ENGLISH["alternative_negations"]["words"])
_POSSIBILITY = frozenset(ENGLISH["framing"]["possibility_words"])
_EXAMPLE_PREPOSITIONS = frozenset(ENGLISH["example_prepositions"]["words"])
FUNCTION_POS = frozenset(("DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "PRON", "PUNCT", "SYM", "INTJ"))
"""Parts of speech that carry no claim of their own, but for the restrictive words below."""


@dataclass(slots=True)
class Audit:
    """What the accounting found: reasons to doubt, and words reported as not checked."""

    doubts: list[str]
    not_checked: list[str]
    misattributed_or_overstated: bool = False
    """Whether a doubt is of who said it or of how firmly: words quoted right do not lift those."""


class Accountant:
    """Weighs a supported statement against what the evidence allows. Build once per database; pure."""

    def __init__(self, database: Database, evidence: Evidence) -> None:
        self._database = database
        self._evidence = evidence
        self._vocabulary = evidence.vocabulary
        self._evidence_stems = evidence.stems
        self._evidence_numbers = evidence.numbers
        self._speaks_for = evidence.speaks_for
        self._counts = [(c.count, frozenset(c.subject)) for c in database.claims if c.count is not None]
        self._not_checked = evidence.not_checked
        self._restrictive = evidence.restrictive
        self._universal = frozenset(stem(word) for word in _UNIVERSAL)
        self._populations = _populations(database)
        self._speaking = inflected_stems(_SPEAKING_VERBS)
        self._relaying = inflected_stems(ENGLISH["framing"]["relaying_verbs"])
        self._factive = inflected_stems(ENGLISH["framing"]["factive_verbs"])
        self._people = frozenset(eid for eid, e in database.entities.items() if e.type == "person")
        self._modal_warnings = frozenset(
            c.id
            for c in database.claims
            if c.strength is Strength.WARNING and _POSSIBILITY & {t.norm for t in tokenize(c.evidence)}
        )
        """Warnings whose evidence says only what may be ("might perhaps grow"): naming who warned does not
        excuse dropping the "might"."""
        self._quoted = frozenset(q.speaker for q in database.quotations)

    def audit(self, reading: Reading, supported: list[FrameMatch]) -> Audit:
        doubts = self._attribution(reading, supported) + self._assertion(reading, supported) + self._questions(reading, supported)
        firm = bool(doubts)
        loose, not_checked = self._loose(reading, supported)
        if loose:
            doubts.append(f"not in the evidence: {', '.join(repr(w) for w in loose)}")
        return Audit(doubts, not_checked, firm)

    # --- who said it ---------------------------------------------------------------------

    def _attribution(self, reading: Reading, supported: list[FrameMatch]) -> list[str]:
        """The sources a statement names as saying it must be among those of the claims it is supported by."""
        objects = set().union(*(m.objects for m in supported))
        doubts: list[str] = []
        for match in supported:
            sources = reading.clauses[match.clause].sources + _doers(reading, match)
            # Not the source of a claim the reporter's own phrase holds: "the Stanford study warned …" credits
            # the study, and the study is at Stanford, but the warning is not the study's.
            phrase = {reading.clause_of[s.anchor] for s in sources} - {match.clause}
            # "George showed that ketamine acts like an opioid": a hypothesis shown is no longer its author's.
            credited = {
                m.claim.attribution
                for m in supported
                if m.clause not in phrase and not (m.claim.strength.only_hedged and self._factively(reading, m))
            }
            for source in sources:
                # A name that may be the credited source ("studies": the study, or earlier ones) credits it, and
                # so does one that says whose it is ("earlier research reported by Medical News Today").
                if set(source.span) & objects or any(self._speaks_for.get(e) in credited for e in source.ids):
                    continue
                relayed = _reported_by(reading, source, self._relaying)
                if any(self._speaks_for.get(e) in credited and e not in self._people for m in relayed for e in m.ids):
                    continue
                for entity_id in source.ids:
                    said_by = self._speaks_for.get(entity_id)
                    if said_by is not None and said_by not in credited:
                        doubt = self._misattributed(source, credited)
                        if doubt not in doubts:
                            doubts.append(doubt)
            doubts += [d for d in self._described_reporters(reading, match, credited) if d not in doubts]
            doubts += [d for d in self._unquoted_speakers(reading, match) if d not in doubts]
        return doubts

    def _unquoted_speakers(self, reading: Reading, match: FrameMatch) -> list[str]:
        """ "Heifets said ketamine acts like an opioid": the source reports what the study found, not words
        of its authors'; only a person it quotes said anything."""
        clause = reading.clauses[match.clause]
        if clause.framer < 0 or reading.tokens[clause.framer].stem not in self._speaking:
            return []
        return [
            f"attribution: the source quotes no words of {source.text!r}"
            for source in clause.sources
            if any(self._database.entities[e].type == "person" and e not in self._quoted for e in source.ids)
        ]

    def _described_reporters(self, reading: Reading, match: FrameMatch, credited: set[str]) -> list[str]:
        """ "The study, led by Dr. Mark George, found …", "Researchers at the Medical University of South Carolina
        found …": a person or a home named in the reporter's phrase must be the credited source's too."""
        framer = reading.clauses[match.clause].framer
        if framer < 0:
            return []
        tree = reading.tree
        phrase = {i for subject in tree.children_by(framer, "nsubj", "nsubjpass") for i in tree.subtree(subject)}
        doubts = []
        for mention in reading.entities:
            if mention.anchor not in phrase:
                continue
            for entity_id in mention.ids:
                if self._database.entities[entity_id].type not in ("person", "institution", "place"):
                    continue
                said_by = self._speaks_for.get(entity_id) or self._evidence.home_of.get(entity_id)
                if said_by is not None and said_by not in credited:
                    doubts.append(self._misattributed(mention, credited))
        return doubts

    def _factively(self, reading: Reading, match: FrameMatch) -> bool:
        """Whether a frame is reported by a verb that presents it as established ("showed", "found"), and not
        hedged in its own clause ("found that ketamine may be another opioid")."""
        if reading.clauses[match.clause].hedged:
            return False
        index = match.clause
        while index >= 0:
            framer = reading.clauses[index].framer
            if framer >= 0 and reading.tokens[framer].stem in self._factive:
                return True
            index = reading.clauses[index].parent
        return False

    def _questions(self, reading: Reading, supported: list[FrameMatch]) -> list[str]:
        """ "The Stanford team investigated whether ketamine is merely another opioid": what someone is said to
        have asked must be something their own source asked or answered, not what another said of it."""
        doubts: list[str] = []
        for index in range(len(reading.clauses)):
            verb = asking_verb(reading, index)
            if verb is None:
                continue
            sources = {self._speaks_for[e] for m in askers(reading, verb) for e in m.ids if e in self._speaks_for}
            answered = [m for m in supported if _within(reading, m.clause, index)]
            if sources and answered and not any(m.claim.attribution in sources for m in answered):
                doubts.append(f"the question {reading.tokens[verb].text!r} is not one its asker's source asked")
        return doubts

    def _misattributed(self, credited_by: Mention, credited: set[str]) -> str:
        names = "; ".join(self._database.sources[a].name for a in sorted(credited))
        return f"attribution: the statement credits {credited_by.text!r}, but the source is {names}"

    def _assertion(self, reading: Reading, supported: list[FrameMatch]) -> list[str]:
        """A hypothesis, warning or suggestion must be hedged, or put in the mouth of who made it."""
        named_sources = {
            self._speaks_for[e] for m in reading.entities for e in m.ids if e in self._speaks_for
        }
        # What firmer claims (findings, facts) already account for needs no hedge.
        firm = set().union(*(m.used for m in supported if not m.claim.strength.hedged))
        doubts: list[str] = []
        for match in supported:
            claim = match.claim
            if not claim.strength.hedged or match.used <= firm:
                continue
            # "Some earlier studies had credited X to Y": who put the idea forward, as the verb's own subject.
            put_forward = any(self._speaks_for.get(e) == claim.attribution for d in _doers(reading, match) for e in d.ids)
            attributed = claim.attribution in named_sources and (
                not claim.strength.only_hedged or (put_forward and not self._factively(reading, match))
            )
            if claim.id in self._modal_warnings:
                # "George warns that ketamine will cause …": neither his name nor a warning verb keeps the "might".
                if _possible(reading, match):
                    continue
            elif _hedged(reading, match) or attributed:
                continue
            doubt = (
                f"{claim.id} is a {claim.strength.value} of {self._database.sources[claim.attribution].name}; "
                "the statement asserts it as fact"
            )
            if doubt not in doubts:
                doubts.append(doubt)
        return doubts

    # --- what it adds --------------------------------------------------------------------

    def _loose(self, reading: Reading, supported: list[FrameMatch]) -> tuple[list[str], list[str]]:
        claims = {m.claim.id: m.claim for m in supported}
        used: set[int] = set().union(*(m.used for m in supported))
        used |= self._sources_used(reading, list(claims.values()))
        used |= self._numbers_used(reading, list(claims.values()))
        used |= reading.pseudo_negations
        used |= self._aliases_used(reading, claims)
        used |= self._population_used(reading, list(claims.values()))
        overgeneralised = self._universal_populations(reading, supported)
        framing = framing_tokens(reading, supported)
        allowed = set().union(*(self._evidence_stems[c] for c in claims))
        if allowed & self._universal:
            # "every participant" where the source says "all were enrolled": one quantifier, in other words.
            allowed |= self._universal
        described = self._descriptions(reading)
        used |= self._cues_used(reading, claims) - described
        tree = reading.tree
        cue_tokens = {i for m in reading.relations for i in m.span}
        loose: list[str] = []
        not_checked: list[str] = []
        unmatched = _unmatched_predicates(reading, supported) - used - framing
        # "the team was surprised by how naltrexone wiped out …": the verb a supported clause completes says
        # something of its own; a filler word's stem ("surprisingly") does not account for it.
        governing = {i for i in _governing_verbs(reading, supported) - used - framing if reading.tokens[i].norm not in _FILLER_WORDS}
        # "…, but it was not blinded": a word naming the opposite of what the source says is never its word;
        # "randomized, but not double-blind", "stopped, though not early": nor a thing denied where no frame
        # reads it, though the evidence has the word.
        # An alternative ("a placebo rather than naltrexone") denies nothing of its own.
        denied = {
            i
            for m in reading.entities
            if m.kind is MentionKind.OPPOSITE or (m.negated and not set(n.lower() for n in m.negations) <= _ALTERNATIVES)
            for i in m.span
        }
        # "not an opioid, but rather an NMDA antagonist": the B is asserted, and so is the A's denial.
        alternatives = {a for m in reading.entities if (a := denied_for(reading, m.anchor)) is not None}
        denied |= {i for m in reading.entities if m.anchor in alternatives for i in m.span}
        denied -= used
        denied |= overgeneralised | _elided_denials(reading)
        used -= overgeneralised
        examples = self._examples(reading, supported)
        denied |= examples
        used -= examples
        for i, token in enumerate(reading.tokens):
            if i in used or token.punct:
                continue
            if i in denied or ((i in unmatched or i in governing) and token.stem not in allowed):
                # "My doctor gives ketamine to patients who are on naltrexone": a clause of its own that relates
                # what the source names, and that no claim matched, asserts more than the evidence.
                loose.append(token.text)
                continue
            # "after the trial ended" orders two frames; "only", "all" narrow one.
            restrictive = (
                (token.norm in self._restrictive and not _opens_coordination(tree, i))
                # "a partial opioid antagonist", "partly randomized"; not "partly blocked", which grades a cue.
                or (token.norm in _PARTIAL and tree.heads[i] not in cue_tokens)
                or (tree.deps[i] == "mark" and token.norm in _TEMPORAL_MARKS)
                or _compares(reading, i)
                or (token.norm in _SEQUENCE and i > 0 and reading.tokens[i - 1].norm in ("and", ","))
            )
            if restrictive and tree.heads[i] >= 0 and reading.tokens[tree.heads[i]].is_number:
                # "only 12 of the 30": said of a number, "only" weighs it; it does not restrict a claim.
                not_checked.append(token.text)
            elif i in reading.corrected:
                # A corrected misspelling counts only where a frame uses it: "funded" read as "founded" is not "found".
                loose.append(token.text)
            elif token.norm in self._not_checked and not restrictive:
                not_checked.append(token.text)
            elif i in described and tree.pos[i] not in FUNCTION_POS:
                # "Mark George, one of the trial's investigators": the words are the article's, the role is not.
                loose.append(token.text)
            elif i in framing and not token.is_number and not _named(reading, i):
                continue
            elif restrictive and token.stem not in allowed:
                loose.append(token.text)
            elif tree.pos[i] in FUNCTION_POS or self._vocabulary.holds(token) or token.stem in allowed:
                continue
            else:
                loose.append(token.text)
        return loose, not_checked

    def _descriptions(self, reading: Reading) -> set[int]:
        """The tokens of an appositive that says who a named person is, but for a mention of that person."""
        tree = reading.tree
        described: set[int] = set()
        for mention in reading.entities:
            people = [e for e in mention.ids if self._database.entities[e].type == "person"]
            if not people:
                continue
            same = [other for other in reading.entities if set(other.ids) & set(people)]
            for appositive in tree.children_by(mention.anchor, "appos"):
                if any(other.anchor == appositive for other in same):
                    continue  # "the editorial's author, Dr. Mark George": a name, not a description
                phrase = set(tree.subtree(appositive))
                described |= phrase.difference(*(other.span for other in same))
        return described

    def _sources_used(self, reading: Reading, claims: Sequence[Claim]) -> set[int]:
        """Who the statement says said it, where that is who the article says did."""
        attributions = {c.attribution for c in claims}
        used: set[int] = set()
        for mention in reading.entities:
            if any(e in self._speaks_for and self._speaks_for[e] in attributions for e in mention.ids):
                used |= set(mention.span)
        return used

    def _aliases_used(self, reading: Reading, claims: Mapping[str, Claim]) -> set[int]:
        """Another alias of a thing the claims name: "cut the study short" for the source's "early"."""
        named = set().union(*(self._evidence.entities[claim_id] for claim_id in claims))
        used: set[int] = set()
        for mention in reading.entities:
            # Not an alias that names the opposite ("not blinded"): the evidence names the thing, not its lack.
            if mention.kind is MentionKind.ALIAS and not mention.negated and mention.sign > 0 and named.issuperset(mention.ids):
                used |= set(mention.span)
        return used

    def _examples(self, reading: Reading, supported: list[FrameMatch]) -> set[int]:
        """ "Naltrexone blocks opioid drugs such as morphine": an example named on a frame's object that no
        such frame's evidence names extends the claim to it, though another claim may say it is one."""
        tree = reading.tree
        extended: set[int] = set()
        named: set[int] = set()
        for match in supported:
            candidate = match.candidate
            if candidate is None or candidate.object is None:
                continue
            obj = candidate.object
            for mention in reading.entities:
                marker = tree.heads[mention.anchor]
                if (
                    mention not in (obj, candidate.subject)
                    and tree.deps[mention.anchor] == "pobj"
                    and marker >= 0
                    and reading.tokens[marker].norm in _EXAMPLE_PREPOSITIONS
                    and tree.heads[marker] in obj.span
                ):
                    said = all(reading.tokens[i].stem in self._evidence_stems[match.claim.id] for i in mention.span)
                    (named if said else extended).add(mention.anchor)
        return {i for m in reading.entities if m.anchor in extended - named for i in m.span}

    def _population_used(self, reading: Reading, claims: Sequence[Claim]) -> set[int]:
        """ "… blunted ketamine's effect in treatment-resistant depression": the condition of the source's own
        participants, said of its findings, restricts them to no one the source did not study."""
        attributions = {c.attribution for c in claims}
        tree = reading.tree
        used: set[int] = set()
        groups = {m.anchor for m in reading.entities if any(self._database.entities[e].type == "group" for e in m.ids)}
        for mention in reading.entities:
            if not all(attributions & self._populations.get(e, set()) for e in mention.ids):
                continue
            head = tree.heads[mention.anchor]
            if tree.deps[mention.anchor] == "pobj" and head >= 0 and reading.tokens[head].norm in _POPULATION_PREPOSITIONS:
                used |= set(mention.span) | {head}
            elif _in_relative_clause_on(tree, mention.anchor, groups):
                # "people whose depression had not responded to traditional treatments"
                used |= set(mention.span)
        return used

    def _universal_populations(self, reading: Reading, supported: list[FrameMatch]) -> set[int]:
        """ "Naltrexone blocked the effect in every patient": a finding set in all of a population, where its
        evidence says not that it held for all, says more than the source. The quantifier's tokens."""
        tree, tokens = reading.tree, reading.tokens
        found: set[int] = set()
        for mention in reading.entities:
            head = tree.heads[mention.anchor]
            if tree.deps[mention.anchor] != "pobj" or head < 0 or tokens[head].norm not in _POPULATION_PREPOSITIONS:
                continue
            quantifiers = [c for c in tree.children_by(mention.anchor, "det", "amod") if tokens[c].norm in _UNIVERSAL]
            framed = [m for m in supported if tree.heads[head] in m.used]
            if quantifiers and any(self._universal.isdisjoint(self._evidence_stems[m.claim.id]) for m in framed):
                found.update(quantifiers)
        return found

    def _cues_used(self, reading: Reading, claims: Mapping[str, Claim]) -> set[int]:
        """Another cue of a relation the claims say: "to fight depression" for the source's "to treat the depression"."""
        said = set().union(*(self._evidence.relations[claim_id] for claim_id in claims))
        used: set[int] = set()
        tree = reading.tree
        cue_at = {i: m.ids[0] for m in reading.relations if m.kind is MentionKind.CUE for i in m.span}
        for mention in reading.relations:
            if mention.kind is not MentionKind.CUE or mention.negated or mention.ids[0] not in said:
                continue
            if tree.deps[mention.anchor] == "amod" and cue_at.get(tree.heads[mention.anchor]) == mention.ids[0]:
                continue  # "an effective treatment for depression": a word that grades a cue of its relation
            # Only a cue with no subject of its own ("overusing ketamine to fight depression"): one that has
            # one ("the dissociation that naltrexone caused") says who does it, which the evidence may not.
            anchor = mention.anchor
            if tree.children_by(anchor, "nsubj", "nsubjpass") or tree.deps[anchor] in ("conj", "relcl"):
                continue
            used |= set(mention.span)
        return used

    def _numbers_used(self, reading: Reading, claims: Sequence[Claim]) -> set[int]:
        numbers = set().union(*(self._evidence_numbers[c.id] for c in claims))
        # A count the source gives for the same group ("all 30 participants") is the source's too.
        # Not for what only some of the group did: "thirty participants took naltrexone" is not the source's.
        subjects = {entity for claim in claims for entity in claim.subject}
        group_counts = {count for count, counted in self._counts if not subjects.isdisjoint(counted)}
        counts_allowed = all(claim.scope is None for claim in claims)
        used: set[int] = set()
        for quantity in reading.quantities:
            known = numbers | (group_counts if counts_allowed or not quantity.is_count else set())
            # "Over a dozen" is not the source's 12: a number it gives counts only said as it gives it.
            exact = quantity.value in known and quantity.agrees_with(quantity.value)
            if exact or any(c.count is not None and quantity.agrees_with(c.count) for c in claims):
                used |= set(range(quantity.start, quantity.end))
        return used


_ELLIPSIS_HOSTS = frozenset(ENGLISH["ellipsis_hosts"]["words"])
_COMPLEMENT_DEPS = frozenset(("xcomp", "ccomp", "dobj", "attr", "acomp", "oprd", "prep", "advcl", "agent"))


def _within(reading: Reading, index: int, top: int) -> bool:
    """Whether a clause is the one at ``top`` or lies below it."""
    while index >= 0:
        if index == top:
            return True
        index = reading.clauses[index].parent
    return False


def _elided_denials(reading: Reading) -> set[int]:
    """ "… concluded that it does not": a denial whose verb is left out denies what an earlier clause said,
    which no frame reads; a statement holding one says more than any frame it fills."""
    tree, tokens = reading.tree, reading.tokens
    found: set[int] = set()
    for cue in reading.negations:
        host = cue.target
        if cue.sentential or tokens[host].norm not in _ELLIPSIS_HOSTS or tree.deps[host] in ("aux", "auxpass"):
            continue
        if not any(tree.deps[c] in _COMPLEMENT_DEPS for c in tree.children[host]):
            found.update(range(cue.start, cue.end))
    return found


def _populations(database: Database) -> dict[str, set[str]]:
    """The conditions each source says its participants had ("participants with treatment-resistant
    depression"), by condition, and its participants themselves ("in patients", "in humans"): who may set
    a finding in that population."""
    found: dict[str, set[str]] = {}
    for claim in database.claims:
        groups = [s for s in claim.subject if database.entities[s].type == "group"]
        if claim.polarity and groups:
            for entity_id in [*groups, *claim.object]:
                if database.entities[entity_id].type in ("condition", "group"):
                    found.setdefault(entity_id, set()).add(claim.attribution)
    return found


def framing_tokens(reading: Reading, supported: list[FrameMatch]) -> set[int]:
    """The tokens of the clauses that only report a supported frame's clause ("researchers found that …"),
    with the descriptions hanging from them ("a pivotal insight discussed is the discovery that …")."""
    framing_clauses: set[int] = set()
    for match in supported:
        index = match.clause
        while index >= 0:
            clause = reading.clauses[index]
            if clause.parent < 0:
                break
            relays = clause.link is Link.RELATIVE and index in framing_clauses and reading.clauses[clause.parent].frames
            if clause.link not in (Link.REPORTED, Link.RAISED, Link.OPEN) and not relays:
                break
            # "MNT reported on research that found that X": a framing verb in a relative clause frames on.
            framing_clauses.add(clause.parent)
            index = clause.parent
    frames = {m.clause for m in supported}
    tree = reading.tree
    for index, clause in enumerate(reading.clauses):
        # A participle describing the framing ("a pivotal insight discussed") or a clause that frames on;
        # not a relative clause that says something of its own about the source ("George, who was not
        # involved in the study, wrote …").
        describes = clause.frames or tree.deps[clause.head] == "acl"
        if clause.parent in framing_clauses and clause.link is Link.RELATIVE and index not in frames and describes:
            framing_clauses.add(index)
    framing = {i for index in framing_clauses for i in reading.clauses[index].tokens}
    # "Williams shares George's worry that …": a verb holding the framing noun says something of its own;
    # not one that only makes someone do what it raises ("the outcomes prompted the team to halt the trial").
    # "sought to determine whether …", "set out to test whether …": what they meant to ask, they asked.
    inquiring = {c.parent for c in reading.clauses if c.aimed and c.parent >= 0 and reading.tokens[c.head].norm in INQUIRING}
    inquiring |= {c.parent for index, c in enumerate(reading.clauses) if c.parent >= 0 and asking_verb(reading, index) is not None}
    causing = {
        c.parent
        for c in reading.clauses
        if c.link is Link.RAISED
        and c.parent >= 0
        and not c.hedged
        and tree.pos[reading.clauses[c.parent].head] == "VERB"
        and reading.tokens[reading.clauses[c.parent].head].norm not in _COPULAS
    }
    asserting = {
        reading.clauses[index].head
        for index in framing_clauses
        if not reading.clauses[index].frames
        and index not in causing
        and index not in inquiring
        and reading.clauses[index].link is not Link.RELATIVE
        and tree.pos[reading.clauses[index].head] == "VERB"
        and reading.tokens[reading.clauses[index].head].norm not in _LIGHT_VERBS
    }
    # What made whom do it the evidence must give: "side effects prompted the team to halt the trial", "the
    # results prompted the Medical University of South Carolina to stop the trial".
    causes = {
        i
        for index in causing & framing_clauses
        for subject in tree.children_by(reading.clauses[index].head, "nsubj", "nsubjpass", "dobj")
        for i in tree.subtree(subject)
    }
    return framing - _restricting_phrases(reading, framing) - asserting - causes


def _restricting_phrases(reading: Reading, framing: set[int]) -> set[int]:
    """The prepositional phrases of framing clauses that name nothing the database knows: "in mice, researchers
    found that …" restricts what was found; "in the journal", "in an editorial" only say where it was said."""
    tree = reading.tree
    named = {i for mention in reading.entities for i in mention.span}
    restricting: set[int] = set()
    for preposition in framing:
        if tree.deps[preposition] != "prep" or tree.heads[preposition] not in framing:
            continue
        phrase = set(tree.subtree(preposition))
        if phrase.isdisjoint(named):
            restricting |= phrase
    return restricting


def _unmatched_predicates(reading: Reading, supported: Sequence[FrameMatch]) -> set[int]:
    """Verbs that say something no supported frame accounts for ("Patients on naltrexone did not get ketamine":
    only "patients on naltrexone" is supported). A verb counts when it heads its clause, is a relation's cue
    (not a copula, not a framing verb), names a thing the database knows among its objects, and its clause
    is asserted and is either a supported frame's clause or the clause a supported relative clause hangs from."""
    matched = {m.clause for m in supported}
    described = {reading.clauses[m.clause].parent for m in supported if reading.clauses[m.clause].link is Link.RELATIVE}
    tree = reading.tree
    found: set[int] = set()
    for cue in reading.relations:
        anchor = cue.anchor
        clause_index = reading.clause_of[anchor]
        clause = reading.clauses[clause_index]
        if clause_index not in matched | described or clause.head != anchor or not clause.asserted or clause.frames:
            continue
        if tree.pos[anchor] != "VERB" or cue.kind is not MentionKind.CUE or reading.tokens[anchor].norm in _COPULAS:
            continue  # "Naltrexone is a drug that blocks …": the copula only says what the relative clause describes
        arguments = reading.roles.arguments(cue)
        if reading.roles.fillers(arguments.objects):
            found.add(anchor)
    return found


def _governing_verbs(reading: Reading, supported: Sequence[FrameMatch]) -> set[int]:
    """The verbs of the clauses a supported clause completes or modifies, but for light verbs and copulas."""
    found: set[int] = set()
    for match in supported:
        clause = reading.clauses[match.clause]
        if clause.parent < 0 or clause.link not in (Link.COMPLEMENT, Link.ADVERBIAL):
            continue
        head = reading.clauses[clause.parent].head
        norm = reading.tokens[head].norm
        if reading.tree.pos[head] == "VERB" and norm not in _COPULAS and norm not in _LIGHT_VERBS:
            found.add(head)
    return found


def _compares(reading: Reading, index: int) -> bool:
    """'than' after a comparative ("more effective than ketamine") weighs one thing against another: a claim of its own."""
    tree = reading.tree
    head = tree.heads[index]
    if reading.tokens[index].norm not in _COMPARISON_WORDS or head < 0:
        return False
    # "more effective than": the parser hangs "than" from the adjective, and "more" from it too.
    return any(tree.tags[node] in ("JJR", "RBR") for node in [head, *tree.children[head]])


def _doers(reading: Reading, match: FrameMatch) -> list[Mention]:
    """Who the statement says does what the frame says, besides the frame's own roles ("the study
    authors urged caution about widespread use": the urging is credited to the study)."""
    candidate = match.candidate
    if candidate is None or candidate.arguments is None:
        return []
    arguments = candidate.arguments
    roles = (candidate.subject, candidate.object)
    # "The researchers attributed X to Y": the verb's own subject, where the frame's roles are its object's.
    own = reading.tree.children_by(candidate.cue.anchor, "nsubj")
    return [m for m in reading.roles.fillers(arguments.subjects + arguments.agents + own) if m not in roles]


def _possible(reading: Reading, match: FrameMatch) -> bool:
    """Whether the frame's own clause says only what may be ("could grow", "perhaps")."""
    return any(reading.tokens[i].norm in _POSSIBILITY for i in reading.clauses[match.clause].tokens)


def _hedged(reading: Reading, match: FrameMatch) -> bool:
    index = match.clause
    while index >= 0:
        clause = reading.clauses[index]
        if clause.hedged or any(i in reading.hedges for i in clause.tokens):
            return True
        index = clause.parent
    return False


def _named(reading: Reading, index: int) -> bool:
    return any(index in name.span for name in reading.names)


def _opens_coordination(tree: Tree, index: int) -> bool:
    """ "both the patients and the investigators": the word joins what follows, it restricts nothing."""
    head = tree.heads[index]
    return tree.deps[index] == "preconj" or (tree.deps[index] == "det" and head >= 0 and bool(tree.children_by(head, "conj")))


def _reported_by(reading: Reading, source: Mention, relaying: frozenset[str]) -> list[Mention]:
    """Who a source is said to be passed on by: the doer of a relaying verb in its own phrase ("earlier research
    reported by Medical News Today"); not who led or did it ("studies led by Heifets")."""
    tree = reading.tree
    phrase = set(tree.subtree(source.anchor)) - set(source.span)
    found = []
    for mention in reading.entities:
        by = tree.heads[mention.anchor]
        if mention.anchor not in phrase or by < 0 or tree.deps[by] not in ("agent", "prep"):
            continue
        verb = tree.heads[by]
        if reading.tokens[by].norm == "by" and verb >= 0 and reading.tokens[verb].stem in relaying:
            found.append(mention)
    return found


def _in_relative_clause_on(tree: Tree, node: int, nouns: set[int]) -> bool:
    """Whether a word stands in a relative clause on one of these nouns (or is that clause's head)."""
    for above in (node, *tree.ancestors(node)):
        if tree.deps[above] == "relcl":
            return tree.heads[above] in nouns
    return False
