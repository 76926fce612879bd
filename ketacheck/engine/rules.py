"""The rules a candidate frame goes through, in order: each decides, rejects with its reason, or passes.

A rule returns a FrameMatch (the comparison decided: supported or contradicted), a Rejection
(the frame is not compared, and the reason is shown by ``--explain``), or None (no objection:
the next rule looks). ``compare`` is last and always decides.
"""

from __future__ import annotations

from collections.abc import Callable

from ketacheck.engine.evidence import Evidence
from ketacheck.engine.frames import Candidate, FrameMatch, Orientation, Rejection, membership
from ketacheck.reading import Clause, Link, Mention, MentionKind, Reading
from ketacheck.reading.clauses import according_to
from ketacheck.reading.reference import DEMONSTRATIVES, KNOWN
from ketacheck.records import Strength, Verdict
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import inflections
from ketacheck.tuning import CHAIN_LIMIT

_UNIVERSAL = frozenset(ENGLISH["universal_quantifiers"])
_LIGHT_VERBS = frozenset(ENGLISH["light_verbs"]["words"])
PARTS = frozenset(ENGLISH["partitives"]) | frozenset(ENGLISH["part_words"]["words"])
"""Words for a part of a group ("most of", "half of", "one of")."""
_CONTRASTIVE = frozenset(ENGLISH["contrastive_manner"]["words"])
_COPULAS = frozenset(ENGLISH["copulas"])
_PREVENTING = frozenset(ENGLISH["preventing_verbs"]["words"])
_CONDITION_MARKS = frozenset(ENGLISH["condition_marks"]["words"])
_WRITER = frozenset(ENGLISH["writer_pronouns"]["words"])
_ALTERNATIVES = frozenset(ENGLISH["alternative_negations"]["words"])
_SUFFICIENT = frozenset(ENGLISH["framing"]["sufficiency"])
_DEGREE = frozenset(ENGLISH["degree_words"]["words"])
_NOT_DEGREE = frozenset(ENGLISH["degree_words"]["not_degree"])
_COMPARATIVES = frozenset(ENGLISH["degree_words"]["comparatives"])
_BUT = frozenset(ENGLISH["not_but"]["words"])
_WHOLE = frozenset(ENGLISH["negation"]["whole_words"])
_KNOWING = frozenset(ENGLISH["negation"]["knowing_words"])
_DEONTIC = frozenset(ENGLISH["framing"]["deontic_modals"])
_NOT_CONDITIONS = frozenset(ENGLISH["not_conditions"]["words"]) | frozenset(ENGLISH["later_marks"]["words"])
_CONCEDING = frozenset(ENGLISH["not_conditions"]["conceding"])
_APPROXIMATORS = frozenset(ENGLISH["approximators"]["words"])
_SUPPOSING = frozenset(ENGLISH["framing"]["supposing_verbs"]) | frozenset(ENGLISH["framing"]["supposing_nouns"])
_RESEARCHERS = frozenset(ENGLISH["reference"]["researchers"])
_ANYONE = frozenset(ENGLISH["reference"]["anyone"])
_RESEARCH_PEOPLE = frozenset(ENGLISH["reference"]["research_people"])
_COMMENTATORS = frozenset(ENGLISH["reference"]["commentators"])
_UNNAMED_BUT_FINE = _RESEARCHERS | _COMMENTATORS
"""Bare reporters that are no other source: who did the study, and experts in general."""
_AMOUNT_PREPOSITIONS = frozenset(ENGLISH["amount_phrases"]["prepositions"])
_SHARES = frozenset(ENGLISH["amount_phrases"]["shares"])
_ANOTHER_TIME = frozenset(ENGLISH["reference"]["another_time"])
_PREDICATIVE = frozenset(("attr", "acomp", "oprd", "root", "xcomp", "conj", "ccomp", "advcl", "acl", "relcl"))

_INSTRUMENT_VERBS = frozenset(ENGLISH["instrument_verbs"]["words"])
INQUIRING = frozenset(form for w in ENGLISH["framing"]["inquiring_verbs"] for form in inflections(w))
"""Verbs of asking a question by study ("test whether", "determine if"), in every regular form."""
_CHAIN_DEPS = frozenset(
    ("acomp", "attr", "oprd", "dobj", "advmod", "neg", "aux", "auxpass", "xcomp", "amod", "prep", "pcomp", "compound", "det")
)
"""Arcs a cue climbs to the verb it belongs to, taking that verb's negation with it ("did not have an effect")."""

Rule = Callable[[Candidate, Evidence], "FrameMatch | Rejection | None"]


def another_study(candidate: Candidate, evidence: Evidence) -> Rejection | None:
    """What is said of another study, drug or group is not the article's to settle."""
    reading = candidate.reading
    for mention in (candidate.subject, candidate.object):
        if mention is not None and reading.is_other(mention):
            return Rejection(candidate.claim, f"{mention.text!r} is another than the article's")
    return None


def reported_by_another(candidate: Candidate, evidence: Evidence) -> FrameMatch | Rejection | None:
    """A claim reported by someone the source does not quote, or by another study, is theirs, not the article's."""
    reading = candidate.reading
    clause = reading.clauses[candidate.clause]
    misplaced = _misplaced_researchers(candidate, evidence)
    if misplaced is not None:
        return misplaced
    if clause.source_names:
        who = ", ".join(repr(reading.tokens[i].text) for i in clause.source_names)
        return Rejection(candidate.claim, f"reported by {who}, whom the source does not quote")
    unquoted = [m for m in clause.sources if all(e in evidence.people and e not in evidence.speaks_for for e in m.ids)]
    reported = _reporting_clause(reading, candidate.clause)
    if reported is not None:
        # "Skeptics claim …", "Ketamine clinics claim …", "Chinese scientists found …": a reporter the database
        # does not name, but for the bare "the researchers", "the authors", who did the study.
        reporter = _unnamed_reporter(reading, reported.framer)
        if reporter is not None:
            return Rejection(candidate.claim, f"reported by {reporter!r}, whom the source does not quote")
    if unquoted:
        # "Williams wrote that …", "some patients report …": people the database knows, who speak for no source.
        return Rejection(candidate.claim, f"reported by {unquoted[0].text!r}, whom the source does not quote")
    when = _another_time(candidate, evidence)
    if when is not None:
        return Rejection(candidate.claim, f"reported as of {when!r}, another time than the source's")
    others = [m.text for m in clause.sources if reading.is_other(m)] + ([clause.other_source] if clause.other_source else [])
    if others:
        return Rejection(candidate.claim, f"reported by {others[0]!r}, another than the article's")
    return None


def _misplaced_researchers(candidate: Candidate, evidence: Evidence) -> FrameMatch | None:
    """ "Researchers at the University of California, San Francisco, found that naltrexone blunted ketamine's
    antidepressant effect": what the study found, credited to researchers placed elsewhere, places the study
    there; its home claim (an exclusive slot) contradicts that."""
    reading, claim = candidate.reading, candidate.claim
    clause = _reporting_clause(reading, candidate.clause)
    home = evidence.home_claims.get(claim.attribution)
    if home is None or claim.strength is not Strength.FINDING or clause is None:
        return None
    if claim.id not in evidence.distinctive or _another_time(candidate, evidence) is not None:
        # "Researchers at Yale found that ketamine is effective": others found that too; "in 2020, …".
        return None
    tree = reading.tree
    for reporter in tree.children_by(clause.framer, "nsubj"):
        if reading.tokens[reporter].norm not in _RESEARCH_PEOPLE:
            continue
        phrase = set(tree.subtree(reporter))
        determiners = [reading.tokens[c].norm for c in tree.children_by(reporter, "det")]
        # "A team from Harvard" may be any team; one led by the study's own people is the study's.
        people = {
            evidence.speaks_for.get(e)
            for m in reading.entities
            if m.anchor in phrase and m.anchor != reporter
            for e in m.ids
            if e in evidence.people
        }
        if people - {claim.attribution, None}:
            continue  # "a team from Charleston, led by Mark George": another source's people
        if determiners and not set(determiners) <= KNOWN and claim.attribution not in people:
            continue
        home_words = {w for e in home.object for w in evidence.alias_words.get(e, frozenset())}
        # "the Stanford University Medical Center": a name that goes on from the home's is part of it.
        at_home = {i for m in reading.entities if set(m.ids) <= set(home.object) for i in m.span}
        if phrase & at_home and reading.tree.children_by(reporter, "prep"):
            # "researchers at Stanford University and Palo Alto University": the home is among them, and a
            # second place says no more than that some came from there too.
            continue
        places = [
            n for n in reading.names
            if n.kind in ("institution", "place") and n.anchor in phrase
            and not home_words & {t.norm for t in reading.tokens[n.start : n.end]}
            and n.start - 1 not in at_home and n.end not in at_home
        ]
        if places:
            shown = ", ".join(repr(n.text) for n in places)
            expected = " or ".join(evidence.display_names[e] for e in home.object)
            detail = f"the study's researchers are placed at {shown} where the source has {expected!r}"
            used = frozenset(i for n in places for i in n.span) | {reporter}
            return FrameMatch(home, Verdict.CONTRADICTED, candidate.clause, used, detail, 3, candidate)
    return None


def _reporting_clause(reading: Reading, index: int) -> Clause | None:
    """The reported clause a clause is, or lies below ("found that ketamine works by activating …": the
    activating is found too). Not a relative clause: "found that ketamine, which activates …, relieves …"
    reports the relieving; the activating only says which ketamine."""
    while index >= 0:
        clause = reading.clauses[index]
        if clause.framer >= 0 and clause.link is Link.REPORTED:
            return clause
        if clause.link is Link.RELATIVE:
            return None
        index = clause.parent
    return None


def _unnamed_reporter(reading: Reading, framer: int) -> str | None:
    tree, tokens = reading.tree, reading.tokens
    named = {m.anchor for m in reading.entities}
    for head in tree.children_by(framer, "nsubj"):
        if tree.pos[head] not in ("NOUN", "PROPN") or tokens[head].norm in _ANYONE:
            continue
        if head in named:
            continue  # the reporter is someone the database names ("the researchers", "George")
        # A qualifier the database names ("Stanford researchers") is for the attribution to weigh.
        qualified = [c for c in tree.children[head] if tree.deps[c] in ("amod", "compound", "nmod") and c not in named]
        if tokens[head].norm in _UNNAMED_BUT_FINE and not qualified:
            continue
        return " ".join(tokens[i].text for i in (*qualified, head))
    return None


def _another_time(candidate: Candidate, evidence: Evidence) -> str | None:
    """ "Ketamine was once thought …", "In 2020, researchers found …": a view reported at a time the source
    does not give."""
    reading = candidate.reading
    own = reading.clauses[candidate.clause]
    # "In 2020, researchers found that ketamine works by activating …": the activating is found then too.
    clause = own if own.framer >= 0 else _reporting_clause(reading, candidate.clause)
    if clause is None:
        return None
    framer = clause.framer
    tree, tokens = reading.tree, reading.tokens
    # A source the database knows may have said it before ("Medical News Today previously reported"); no
    # one else is the source's ("was once thought").
    unsourced = not clause.sources
    for child in tree.children[framer]:
        if tree.deps[child] in ("advmod", "npadvmod") and tokens[child].norm in _ANOTHER_TIME and unsourced:
            return tokens[child].text
        for year in tree.children_by(child, "pobj") if tree.deps[child] == "prep" else []:
            dated = next((q for q in reading.quantities if q.is_year and q.start <= year < q.end), None)
            if dated is not None and dated.value not in evidence.numbers[candidate.claim.id] | evidence.years:
                return f"{tokens[child].text} {tokens[year].text}"
    return None


def about_the_writer(candidate: Candidate, evidence: Evidence) -> Rejection | None:
    """What the writer says of themselves ("I am not stopping mine") is not the source's to settle."""
    arguments = candidate.arguments
    if arguments is None:
        return None
    tokens = candidate.reading.tokens
    for index in arguments.subjects:
        if tokens[index].norm in _WRITER:
            return Rejection(candidate.claim, f"{candidate.frame}: its subject {tokens[index].text!r} is the writer")
    return None


def not_asserted(candidate: Candidate, evidence: Evidence) -> Rejection | None:
    """A frame under a denied frame ("does not prove that"), an open question ("whether") or a question mark
    is not asserted. But what a noun phrase presupposes is ("whether the temporary relief is worth it"),
    and an open question is just what a hypothesis is ("to determine whether ketamine is another opioid")."""
    reading = candidate.reading
    clause = reading.clauses[candidate.clause]
    if _asked(candidate):
        # "Was the trial open-label?": a question says nothing, not even what its phrases presuppose.
        return Rejection(candidate.claim, f"{candidate.frame} is asked, not said")
    if clause.link is Link.CONDITION and candidate.claim.strength is not Strength.HYPOTHESIS and not _presupposed(candidate):
        # "If ketamine has no risk of addiction, it could be used widely": supposed, not said.
        return Rejection(candidate.claim, f"{candidate.frame} is a condition, supposed rather than asserted")
    if clause.asserted and not clause.aimed:
        # "set out to prove that ketamine is an opioid": nothing the study was about is named by what it meant to do.
        for mention in (candidate.subject, candidate.object):
            if mention is not None and _meant_outside(reading, reading.clause_of[mention.anchor], candidate.cue):
                return Rejection(candidate.claim, f"{candidate.frame}: {mention.text!r} is named only in what was meant")
    if clause.asserted or _presupposed(candidate) or _described_in_passing(reading, clause):
        return None
    if (clause.link is Link.OPEN or clause.aimed) and candidate.claim.strength is Strength.HYPOTHESIS and _put_forward(reading, candidate.clause):
        # "to determine whether ketamine is another opioid", "set out to test the hypothesis that …"
        return None
    return Rejection(candidate.claim, f"{candidate.frame} is not asserted (a question, or under a denied or open frame)")


def asking_verb(reading: Reading, index: int) -> int | None:
    """The verb of inquiring that asks a clause's open question ("tested whether …"), if it is one."""
    clause = reading.clauses[index]
    asker = reading.tree.heads[clause.head]
    if clause.link is not Link.OPEN or asker < 0 or reading.tokens[asker].norm not in INQUIRING:
        return None
    return asker


def askers(reading: Reading, verb: int) -> list[Mention]:
    """Who asks with a verb of inquiring: its subject, shared through a verb chain ("sought to determine")."""
    subjects, _ = reading.roles.subject_nodes(verb)
    return reading.roles.fillers(subjects)


def asked_by_the_source(candidate: Candidate, evidence: Evidence) -> FrameMatch | None:
    """ "The study sought to determine whether naltrexone would dampen ketamine's benefits": a question the
    source's own study asked, of what it then found, is what it studied, whichever way the answer came out."""
    reading, claim = candidate.reading, candidate.claim
    verb = asking_verb(reading, candidate.clause)
    if verb is None or claim.strength is Strength.HYPOTHESIS or not _put_forward(reading, candidate.clause):
        return None
    who = askers(reading, verb)
    if not who or not all(
        any(evidence.speaks_for.get(e) == claim.attribution for e in m.ids) and not reading.is_other(m) for m in who
    ):
        return None
    return _decided(candidate, Verdict.SUPPORTED, f"{candidate.frame}: asked by {who[0].text!r}, whose study answered it")


def _decided(candidate: Candidate, verdict: Verdict, why: str) -> FrameMatch:
    """The claim decided by the frame, which accounts for the frame's own words."""
    return FrameMatch(
        candidate.claim, verdict, candidate.clause, frozenset(frame_tokens(candidate)), why, specificity(candidate), candidate
    )


def supposed(candidate: Candidate, evidence: Evidence) -> Rejection | None:
    """ "The team hypothesized that naltrexone would block dissociation": a supposition made before the
    result, which the result may have borne out or belied; it neither supports nor contradicts a finding,
    only a hypothesis."""
    if candidate.claim.strength is Strength.HYPOTHESIS:
        return None
    reading = candidate.reading
    index = candidate.clause
    while index >= 0:
        framer = reading.clauses[index].framer
        if framer >= 0 and reading.tokens[framer].norm in _SUPPOSING:
            return Rejection(candidate.claim, f"{candidate.frame}: supposed ({reading.tokens[framer].text!r}), not found")
        index = reading.clauses[index].parent
    return None


def _put_forward(reading: Reading, index: int) -> bool:
    """Whether a question or an aim is put forward as it is said: nothing on the way up through the clauses
    that ask or aim at it, nor the clause that holds them, is denied or a condition ("did not want to test
    whether …", "if they had tested whether …")."""
    clauses = reading.clauses
    while index >= 0:
        clause = clauses[index]
        if reading.negations_on(clause.head) or reading.denials(index) or clause.link is Link.CONDITION:
            return False
        if not (clause.link in (Link.OPEN, Link.RAISED) or clause.aimed):
            return True
        index = clause.parent
    return True


def _meant_outside(reading: Reading, index: int, cue: Mention) -> bool:
    """Whether a clause is what someone meant to establish ("set out to prove that …"): not what they meant to
    test ("set out to test whether …"), nor an aim the cue itself says ("wanted to see how …", a cue of studying)."""
    clauses = reading.clauses
    if not clauses[index].aimed:
        return False
    while clauses[index].parent >= 0 and clauses[clauses[index].parent].aimed:
        index = clauses[index].parent
    head = clauses[index].head
    if reading.tokens[head].norm in INQUIRING or head in cue.span:
        return False  # "set out to test whether …": what they meant to test, they studied
    # "set out to prove that ketamine is an opioid": what they meant to establish is theirs, not the study's.
    return clauses[index].frames


def recommended(candidate: Candidate, evidence: Evidence) -> Rejection | None:
    """ "Ketamine should not be given to patients": what ought to be done is no fact about the study; only
    a suggestion or warning speaks to it."""
    if candidate.arguments is None or candidate.claim.strength in (Strength.SUGGESTION, Strength.WARNING):
        return None
    reading = candidate.reading
    tree = reading.tree
    predicate = candidate.arguments.predicate
    clause = reading.clause_of[predicate]
    for verb in (predicate, *tree.ancestors(predicate)):
        if reading.clause_of[verb] != clause:
            if reading.clauses[clause].link is not Link.COMPLEMENT:
                break  # "You should know that …": a modal over another clause is not this one's
            # "should no longer be used to treat depression": what it ought to be used for, too.
            clause = reading.clause_of[verb]
        auxiliaries = tree.children_by(verb, "aux", "auxpass")
        if any(reading.tokens[a].norm == "have" for a in auxiliaries):
            return None  # "must have recruited": what must have been, not what ought to be
        for auxiliary in auxiliaries:
            if reading.tokens[auxiliary].norm in _DEONTIC:
                return Rejection(
                    candidate.claim, f"{candidate.frame}: {reading.tokens[auxiliary].text!r} says what ought to be, not what is"
                )
    return None


def _asked(candidate: Candidate) -> bool:
    """Whether the frame's sentence holds a question mark."""
    if not any(token.text == "?" for token in candidate.reading.tokens):
        return False  # the common case, without walking the parse
    tree = candidate.reading.tree
    sentence = tree.subtree(tree.root(candidate.cue.anchor))
    return any(candidate.reading.tokens[i].text == "?" for i in sentence)


def _presupposed(candidate: Candidate) -> bool:
    """A relation inside a noun phrase ("the temporary relief it provides", "side effects such as dissociation"),
    not one a verb joins ("the study was about ketamine")."""
    if candidate.orientation is Orientation.SIDE_BY_SIDE:
        return not _joined_by_a_verb(candidate) and not _predicated(candidate)
    reading, cue = candidate.reading, candidate.cue.anchor
    if reading.tree.pos[cue] not in ("NOUN", "PROPN"):
        return False
    # "expected it to make no difference": the object of a light verb is what the clause predicates.
    head = reading.tree.heads[cue]
    return not (reading.tree.deps[cue] in ("dobj", "attr") and head >= 0 and reading.tokens[head].norm in _LIGHT_VERBS)


def _described_in_passing(reading: Reading, clause: Clause) -> bool:
    """ "whether naltrexone, a drug that blocks opioid receptors, would interfere": what an apposition says of a
    thing the writer says in passing, whatever the clause it stands in leaves open."""
    if clause.link is not Link.RELATIVE:
        return False
    noun = reading.tree.heads[clause.head]
    return noun >= 0 and reading.tree.deps[noun] == "appos"


def _advocates_its_own_relation(candidate: Candidate) -> bool:
    """ "George argues for caution": an antonym ("argue for") whose object is a cue of the relation it
    opposes advocates that relation."""
    reading, cue = candidate.reading, candidate.cue
    if cue.kind is not MentionKind.ANTONYM:
        return False
    tree = reading.tree
    governed = {g for i in cue.span for g in tree.children_by(i, "dobj", "pobj")}
    governed |= {g for i in cue.span for p in tree.children_by(i, "prep") for g in tree.children_by(p, "pobj")}
    return any(
        m.kind is MentionKind.CUE and m.sign > 0 and m.ids == cue.ids and m.anchor in governed for m in reading.relations
    )


def _possessed(candidate: Candidate, mention: Mention) -> bool:
    """Whether the frame's other mention is the possessor of this one ("the drug's antidepressant effects")."""
    tree = candidate.reading.tree
    other = candidate.subject if mention is candidate.object else candidate.object
    return other is not None and tree.deps[other.anchor] == "poss" and tree.heads[other.anchor] in mention.span


def _predicated(candidate: Candidate) -> bool:
    """For two mentions side by side, whether one is the verb whose subject the other is ("whether the trial
    was randomized"): the clause says it, no noun phrase presupposes it."""
    if candidate.object is None:
        return False
    tree = candidate.reading.tree
    pairs = ((candidate.subject.anchor, candidate.object.anchor), (candidate.object.anchor, candidate.subject.anchor))
    for low, top in pairs:
        if tree.heads[low] == top and tree.deps[low] in ("nsubj", "nsubjpass") and tree.is_verbal(top):
            return True
        if tree.heads[low] == top and tree.deps[top] in ("attr", "acomp", "oprd"):
            # "whether the trial was a crossover trial": the predicate's own phrase is what the clause says.
            return True
    return False


def _joined_by_a_verb(candidate: Candidate) -> int | None:
    """For two mentions side by side that neither holds the other, the verb they both hang from."""
    if candidate.object is None:
        return None
    tree = candidate.reading.tree
    subject, obj = candidate.subject.anchor, candidate.object.anchor
    if tree.dominates(subject, obj) or tree.dominates(obj, subject):
        return None
    above = {subject, *tree.ancestors(subject)}
    verb = next((a for a in tree.ancestors(obj) if a in above and tree.is_verbal(a)), None)
    # Only a copula says one is the other ("the study was about ketamine"); beside another verb the two
    # only stand in one clause ("it does not interfere with ketamine's effects").
    return verb if verb is not None and candidate.reading.tokens[verb].norm in _COPULAS else None


def condition(candidate: Candidate, evidence: Evidence) -> FrameMatch | Rejection | None:
    """A claim that holds under a condition ("ketamine did not relieve depression" with naltrexone first) is
    compared only where the statement names the condition below the frame's verb ("when patients took
    naltrexone", "with naltrexone", "in patients who took naltrexone first"), and does not deny it."""
    claim = candidate.claim
    if not claim.condition or _condition_named(candidate, claim.condition):
        return None
    return Rejection(claim, f"holds only with {' or '.join(claim.condition)}, which the statement does not say")


def _condition_named(candidate: Candidate, condition: tuple[str, ...] | frozenset[str], count_conceded: bool = False) -> bool:
    """Whether the statement names the condition below the frame's verb; ``count_conceded``: also where it
    only concedes it ("even when patients took naltrexone")."""
    reading = candidate.reading
    unsaying = _NOT_CONDITIONS if count_conceded else _NOT_CONDITIONS | _CONCEDING
    tree = reading.tree
    top = candidate.arguments.predicate if candidate.arguments is not None else candidate.cue.anchor
    while not tree.is_verbal(top) and tree.heads[top] >= 0:
        top = tree.heads[top]
    tops = [top]
    if tree.deps[top] == "conj" and 0 <= tree.heads[top] < top and tree.is_verbal(tree.heads[top]):
        # "Patients took naltrexone first, and the drug relieved their depression": the clause before sets the scene.
        tops.append(tree.heads[top])
    frame = {id(candidate.subject), id(candidate.object)}
    scenes = [(scene, set(tree.subtree(scene))) for scene in tops]
    return any(
        m.anchor in below
        and id(m) not in frame
        and not m.negated
        and not set(m.ids).isdisjoint(condition)
        and not _opened_otherwise(reading, m.anchor, scene, unsaying)
        and not _joined_to_another(reading, m, condition)
        for scene, below in scenes
        for m in reading.entities
    )


def _joined_to_another(reading: Reading, mention: Mention, condition: tuple[str, ...] | frozenset[str]) -> bool:
    """ "in the naltrexone arm or the placebo arm", "naltrexone or a placebo": the condition and something else,
    either of which may have held."""
    tree = reading.tree
    phrase = mention.anchor
    while tree.deps[phrase] in ("compound", "amod", "nmod", "poss") and tree.heads[phrase] >= 0:
        phrase = tree.heads[phrase]  # "the naltrexone arm or the placebo arm": the phrase is what is joined
    joined = set(tree.children_by(phrase, "conj"))
    if tree.deps[phrase] == "conj":
        joined.add(tree.heads[phrase])
    for node in list(joined):
        joined |= set(tree.children_by(node, "conj"))
    joined.discard(phrase)
    others = [m for m in reading.entities if m.anchor in joined or set(m.span) & joined]
    return any(set(m.ids).isdisjoint(condition) for m in others) or any(
        tree.tags[n] in ("NN", "NNS") and not any(n in m.span for m in reading.entities) for n in joined
    )


def _opened_otherwise(reading: Reading, node: int, top: int, unsaying: frozenset[str]) -> bool:
    """Whether what names a condition is opened by a word that says it did not hold, or came later: "unless
    patients took naltrexone", "whether … or a placebo", "before patients took naltrexone"."""
    tree = reading.tree
    for above in (node, *tree.ancestors(node)):
        if above == top:
            return False
        words = [reading.tokens[c].norm for c in tree.children_by(above, "mark", "cc", "preconj", "advmod")]
        words.append(reading.tokens[above].norm)
        if any(word in unsaying for word in words):
            return True
    return False


def qualifiers(candidate: Candidate, evidence: Evidence) -> FrameMatch | Rejection | None:
    """A claim's qualifiers (quickly, temporary, early): an opposite one contradicts; without an object one must be said."""
    reading, claim = candidate.reading, candidate.claim
    if not claim.qualifiers:
        return None
    tokens = _qualifier_tokens(candidate)
    said = [m for m in reading.entities if m.anchor in tokens and not set(m.ids).isdisjoint(claim.qualifiers)]
    if not said and not claim.object:
        return Rejection(claim, f"says nothing of {', '.join(claim.qualifiers)}, which the claim is about")
    for mention in said:
        if (mention.sign < 0) != mention.negated and _on_the_frame(candidate, mention):
            used = frame_tokens(candidate) | set(mention.span) | _negation_tokens(reading, [mention.anchor])
            return FrameMatch(
                claim,
                Verdict.CONTRADICTED,
                candidate.clause,
                frozenset(used),
                f"{candidate.frame}: {mention.text!r} goes against {claim.qualifiers[0]!r}",
                specificity(candidate),
                candidate,
            )
    return None


def _qualifier_tokens(candidate: Candidate) -> set[int]:
    """Where a claim's qualifier is looked for: the frame's clause; for a verb that shares its subject with
    one before it ("received ketamine first and were given naltrexone only afterward"), its own clause."""
    reading = candidate.reading
    clause = reading.clauses[candidate.clause]
    arguments = candidate.arguments
    if arguments is None or clause.head == arguments.predicate or not reading.tree.is_verbal(candidate.cue.anchor):
        return _clause_tokens(candidate)
    if reading.tree.deps[clause.head] == "conj":
        return set(clause.tokens)
    # "Afterwards, some participants had to take naltrexone": the verb above says when, too.
    return _clause_tokens(candidate) | set(clause.tokens)


def _on_the_frame(candidate: Candidate, mention: Mention) -> bool:
    """Whether a qualifier is said of the frame. Not when the frame's cue or a role stands inside its
    phrase ("responded after taking naltrexone" orders something else after the taking). For a cue that
    is a verb, anywhere else in its clause; for one that is not, inside the phrase of the cue or its
    roles, or as what a copula says of them ("ketamine's relief is permanent"), but not as when another
    verb happened ("patients on naltrexone felt dissociated after ketamine")."""
    tree, tokens = candidate.reading.tree, candidate.reading.tokens
    cue = candidate.cue.anchor
    nodes = [cue, *(m.anchor for m in (candidate.subject, candidate.object) if m is not None)]
    if any(tree.dominates(mention.anchor, node) for node in nodes):
        # "received ketamine after pretreatment with naltrexone": naltrexone comes first, as the source says.
        return False
    if tree.is_verbal(cue) or tree.pos[cue] == "ADJ":
        return True
    if any(tree.dominates(node, mention.anchor) for node in nodes):
        return True
    head = tree.heads[mention.anchor]
    return head >= 0 and tokens[head].norm in _COPULAS and tree.dominates(head, cue)


def a_part_denied(candidate: Candidate, evidence: Evidence) -> Rejection | None:
    """What the source says of some of a group, denied of some ("eighteen of them did not take both"), still
    holds of the others: only a denial of the whole group contradicts it."""
    reading, claim = candidate.reading, candidate.claim
    if claim.scope != "some":
        return None
    obj = candidate.object
    if obj is not None and any(n.lower() in _ALTERNATIVES for n in obj.negations):
        # "Participants received a placebo instead of naltrexone": those who had the placebo, not all of them.
        return Rejection(claim, f"{candidate.frame}: {obj.text!r} is set against another, said of those who had that")
    if not _part_of_a_group(reading, candidate):
        return None
    if not (len(cue_negations(candidate)) % 2 or candidate.cue.sign < 0):
        return None
    return Rejection(claim, f"{candidate.frame} is denied of a part of the group, which leaves the rest")


def _part_of_a_group(reading: Reading, candidate: Candidate) -> bool:
    arguments = candidate.arguments
    if arguments is None:
        return False
    tokens, tree = reading.tokens, reading.tree
    numbers = {i for q in reading.quantities for i in range(q.start, q.end)}
    for node in arguments.subjects + arguments.objects:
        if node in numbers or tokens[node].norm in PARTS:
            return True
        if any(tokens[c].norm in PARTS or c in numbers for c in tree.children_by(node, "det", "nummod", "amod")):
            return True
    return False


def scope(candidate: Candidate, evidence: Evidence) -> FrameMatch | Rejection | None:
    """What the source says of only some of a group, said of all, is contradicted; "not all" is no
    denial of what some did, nor a count of them."""
    reading, claim = candidate.reading, candidate.claim
    if claim.scope != "some":
        return None
    if _quantified(reading, candidate.subject, denied=True):
        return Rejection(claim, f"{candidate.frame}: 'not all' leaves out some, as the source does, but says not how many")
    if not _quantified(reading, candidate.subject, denied=False):
        return None
    if reading.clauses[candidate.clause].link is Link.RELATIVE and reading.tree.heads[reading.clauses[candidate.clause].head] == candidate.subject.anchor:
        # "Every participant who took the placebo got ketamine": the relative clause picks out whom "every"
        # ranges over; it does not say all took the placebo.
        return Rejection(claim, f"{candidate.frame}: the relative clause says which of the group, not that all did")
    return _decided(candidate, Verdict.CONTRADICTED, f"{candidate.frame}: {candidate.subject.text!r} is said of all, the source says only some")


def compare(candidate: Candidate, evidence: Evidence) -> FrameMatch | Rejection:
    """Same polarity supports; a negation, a negative cue, an opposite or an antonym contradicts."""
    reading, claim, cue = candidate.reading, candidate.claim, candidate.cue
    if candidate.orientation is Orientation.REQUIRED:
        return _needed(candidate)
    flips: list[str] = []
    contrary = 0
    if cue.sign < 0 and not _advocates_its_own_relation(candidate):
        flips.append(f"{cue.kind.value} {cue.text!r}")
        contrary += cue.kind is MentionKind.ANTONYM
    negations = cue_negations(candidate)
    whole = [c for c in reading.tree.children_by(cue.anchor, "advmod") if reading.tokens[c].norm in _WHOLE]
    if len(negations) % 2 and whole and reading.tokens[cue.anchor].norm not in _KNOWING:
        # "did not entirely block it": partly blocked, which is neither the blocking nor its absence.
        return _in_degree_only(candidate, f"{negations[0]} {reading.tokens[whole[0]].text}")
    if len(negations) % 2:
        flips.append(f"negation {', '.join(repr(n) for n in negations)} on {cue.text!r}")
    # What a noun phrase presupposes ("ketamine's antidepressant effect") a denial of the clause leaves standing.
    presupposed = _presupposed(candidate) and candidate.orientation is Orientation.SIDE_BY_SIDE
    all_denials = reading.denials(candidate.clause)
    denials = [] if presupposed else all_denials
    # "It is not entirely true that …": partly not so, which neither asserts the clause nor denies it; graded,
    # a denial reaches even what a noun phrase presupposes ("not necessarily true that the study was done at
    # Stanford" leaves the study's place open).
    graded = next((d for d in all_denials if d.degree), None)
    if graded is not None:
        return _in_degree_only(candidate, graded.text)
    if len(denials) % 2:
        flips.append(f"{denials[0].text!r} denies the clause")
    for mention in (candidate.object, candidate.subject):
        if mention is None:
            continue
        if mention.sign < 0:
            flips.append(f"{mention.text!r} names the opposite")
        # A relative clause's antecedent keeps its own clause's negation ("not the sensation that it induced").
        inside = candidate.arguments is None or mention.anchor in candidate.arguments.clause or _shared(candidate, mention)
        denied = (mention.negations if inside else []) + phrase_negations(candidate, mention)
        if len(denied) % 2 and not (presupposed and _possessed(candidate, mention)):
            # "blocked dissociation, but not the drug's antidepressant effects": the drug still has them.
            flips.append(f"negation {', '.join(repr(n) for n in denied)} on {mention.text!r}")
    polarity = len(flips) % 2 == 0
    used = frozenset(frame_tokens(candidate))
    if candidate.orientation is Orientation.DENIED:
        if polarity:
            return Rejection(claim, f"{candidate.frame} names no object, and does not deny the relation")
        detail = f"{candidate.frame}: the statement denies it outright ({'; '.join(flips)}), the source says it holds"
        return FrameMatch(claim, Verdict.CONTRADICTED, candidate.clause, used, detail, 2, candidate)
    how = f" ({'; '.join(flips)})" if flips else ""
    contradicts = bool(contrary) or polarity != claim.polarity
    if contradicts and candidate.orientation is Orientation.LINEAR:
        return Rejection(claim, f"{candidate.frame}: read in word order only, which settles nothing against the source")
    if contradicts and claim.condition:
        # "With naltrexone, ketamine still relieved depression, though less": what holds under a condition may
        # hold in part, and the source's "lessened or blocked" allows that.
        return Rejection(claim, f"{candidate.frame}: said under a condition, which may hold in part: no contradiction")
    if contradicts and candidate.orientation is Orientation.OBJECT_UNSAID:
        return Rejection(claim, f"{candidate.frame}: its object unsaid, which settles nothing against the source")
    if contradicts and candidate.orientation is Orientation.UNNAMED_DOER:
        return Rejection(claim, f"{candidate.frame}: its doer unnamed, which settles nothing against the source")
    if contradicts and _raised_by_someone(candidate, evidence) and not _names_the_source(candidate, evidence):
        # "Ketamine is not merely another opioid": George raises it as a possibility to be tested, and
        # denying it goes against no one but him.
        return Rejection(claim, f"{candidate.frame}: the source only raises it as a possibility, so no contradiction")
    approximated = _approximated(candidate)
    if approximated:
        return Rejection(claim, f"{candidate.frame}: {approximated!r} says it came close, not that it is so or not")
    qualified = (
        _in_a_clause_below(candidate)
        or _qualified_otherwise(candidate, evidence)
        or _conditioned(candidate, evidence)
        or _contrasted(candidate)
        or (None if contrary else _by_degree(candidate))
        if contradicts
        else None
    )
    if qualified:
        return Rejection(claim, f"{candidate.frame}: {qualified} — not what the source speaks of, so no contradiction")
    if contrary:
        # An antonym ("strengthened") is a contrary, not a contradictory: affirmed, it goes against
        # both "blocked" and "had no effect"; denied ("did not strengthen"), it settles nothing.
        if len(flips) > contrary:
            return Rejection(claim, f"{candidate.frame}: a denied opposite ({'; '.join(flips)}) settles nothing")
        detail = f"{candidate.frame}: the statement says the opposite ({flips[0]}) of what the source says"
        return _decided(candidate, Verdict.CONTRADICTED, detail)
    conditions = evidence.conditions.get(claim.relation, frozenset()) - set(claim.subject) - set(claim.object)
    if polarity == claim.polarity and not claim.condition and conditions and _condition_named(candidate, conditions, count_conceded=True):
        # "When patients took naltrexone first, ketamine relieved their depression": where the source says how
        # the relation fares under a condition, what it says without one does not say it held under it.
        return Rejection(claim, f"{candidate.frame}: said under a condition another claim speaks of")
    if polarity == claim.polarity:
        objects = frozenset(candidate.object.span) if candidate.object is not None else frozenset()
        detail = f"{candidate.frame}, same polarity{how}"
        return FrameMatch(
            claim, Verdict.SUPPORTED, candidate.clause, used, detail, specificity(candidate), candidate, objects, bool(flips)
        )
    says = "holds" if polarity else "does not hold"
    source_says = "holds" if claim.polarity else "does not hold"
    detail = f"{candidate.frame}: the statement says it {says}{how}, the source says it {source_says}"
    return _decided(candidate, Verdict.CONTRADICTED, detail)


def _in_degree_only(candidate: Candidate, denial: str) -> Rejection:
    return Rejection(candidate.claim, f"{candidate.frame}: {denial!r} denies it in degree only, neither so nor not so")


def _needed(candidate: Candidate) -> FrameMatch:
    """ "Without X, Y was not enough": the denial of Y's predicate is what says Y needs X."""
    reading, claim, cue = candidate.reading, candidate.claim, candidate.cue
    tree = reading.tree
    predicate = cue.anchor
    used = frame_tokens(candidate) | set(range(cue.start, cue.end)) | {predicate, candidate.object.anchor if candidate.object else predicate}
    used |= _negation_tokens(reading, [predicate])
    used |= {i for m in reading.entities if m.kind is MentionKind.OPPOSITE and predicate in m.span for i in m.span}
    # "were not enough", "not sufficient": the measure of the denial, not a word of its own.
    used |= {c for c in tree.children_by(predicate, "acomp") if reading.tokens[c].norm in _SUFFICIENT}
    missing = next((n.target for n in reading.negations if n.start == cue.start), predicate)
    used.add(missing)
    detail = f"{candidate.frame}: needed, as {reading.tokens[predicate].text!r} is denied without it"
    return FrameMatch(claim, Verdict.SUPPORTED, candidate.clause, frozenset(used), detail, specificity(candidate), candidate)


def use_denied(candidate: Candidate, evidence: Evidence) -> Rejection | None:
    """ "Ketamine is no longer used to treat depression": what is denied is the use, not that it treats
    depression; and that denial is no claim the source makes either way."""
    if candidate.arguments is None:
        return None
    reading = candidate.reading
    tree = reading.tree
    predicate = candidate.arguments.predicate
    head = tree.heads[predicate]
    if head < 0 or tree.deps[predicate] not in ("xcomp", "advcl") or reading.tokens[head].norm not in _INSTRUMENT_VERBS:
        return None
    denials = reading.negations_on(head)
    if not denials:
        return None
    return Rejection(candidate.claim, f"{candidate.frame}: {denials[0]!r} denies {reading.tokens[head].text!r}, not what it is for")


RULES: tuple[Rule, ...] = (
    condition,
    another_study,
    reported_by_another,
    about_the_writer,
    asked_by_the_source,
    not_asserted,
    supposed,
    recommended,
    use_denied,
    qualifiers,
    scope,
    a_part_denied,
)
"""Applied in this order; the first that decides or rejects ends the comparison, else ``compare`` decides."""


def judge(candidate: Candidate, evidence: Evidence) -> FrameMatch | Rejection:
    outcome = next((o for rule in RULES if (o := rule(candidate, evidence)) is not None), None) or compare(candidate, evidence)
    if isinstance(outcome, FrameMatch) and outcome.verdict is Verdict.CONTRADICTED and _picks_out(candidate, evidence):
        why = f"{candidate.frame}: the relative clause picks out whom the statement speaks of; it asserts nothing against the source"
        return Rejection(candidate.claim, why)
    return outcome


def voiced_by_commentators(reading: Reading, clause_index: int) -> str | None:
    """ "Experts worry that …": people the source names none of may say what it says, and so agree with it;
    what they say against it is theirs to answer for, not a contradiction of the source. Who they are, if a
    clause is theirs."""
    clause = _reporting_clause(reading, clause_index)
    heads = reading.tree.children_by(clause.framer, "nsubj") if clause is not None else []
    # "According to experts, …": said on the verb of the clause or of one it lies below.
    index = clause_index
    while index >= 0 and reading.clauses[index].link is not Link.RELATIVE:
        heads += according_to(reading.tokens, reading.tree, reading.clauses[index].head)
        index = reading.clauses[index].parent
    return next((reading.tokens[h].text for h in heads if reading.tokens[h].norm in _COMMENTATORS), None)


# --- what a frame covers -------------------------------------------------------------------


def _shared(candidate: Candidate, mention: Mention) -> bool:
    """Whether a mention is the object of a verb coordinated with the frame's ("weakened or blocked X rather
    than Y"): the verbs share it, and its negation with it; not one in a relative clause below it."""
    assert candidate.arguments is not None
    tree = candidate.reading.tree
    joined = {c for c in tree.children_by(candidate.arguments.predicate, "conj") if tree.is_verbal(c)}
    node = mention.anchor
    while node >= 0 and node not in joined:
        if tree.deps[node] in ("relcl", "acl", "advcl", "ccomp"):
            return False
        node = tree.heads[node]
    return node >= 0


def _raised_by_someone(candidate: Candidate, evidence: Evidence) -> bool:
    """A hypothesis put forward by a source the database can name (a study, an editorial), not a question
    the article leaves open in its own voice, which denying that it is open does go against."""
    claim = candidate.claim
    return claim.strength is Strength.HYPOTHESIS and claim.attribution in evidence.speaks_for.values()


def _names_the_source(candidate: Candidate, evidence: Evidence) -> bool:
    """Whether the statement names who the claim is from ("George doubted that …")."""
    attribution = candidate.claim.attribution
    return any(
        evidence.speaks_for.get(entity) == attribution for mention in candidate.reading.entities for entity in mention.ids
    )


def _by_degree(candidate: Candidate) -> str | None:
    """ "Ketamine doesn't work as well", "did not reduce it as much": a denial of degree says less, not none;
    "less clear", a comparison, says neither."""
    reading = candidate.reading
    tree = reading.tree
    cue = candidate.cue
    if cue.end - cue.start == 1 and tree.pos[cue.anchor] in ("ADJ", "ADV"):
        # "How it works is less clear": graded against something unnamed, neither so nor not so.
        graded = [c for c in tree.children_by(cue.anchor, "advmod") if reading.tokens[c].norm in _COMPARATIVES]
        if graded:
            return f"graded by a comparison ('{reading.tokens[graded[0]].text} {cue.text}')"
    clause = reading.clauses[candidate.clause]
    for index in clause.tokens:
        head = tree.heads[index]
        if reading.tokens[index].norm not in _DEGREE or tree.deps[index] != "advmod" or head < 0:
            continue
        if reading.tokens[head].norm in _NOT_DEGREE:
            continue  # "as far as we know" says how sure, not how much
        if tree.pos[head] in ("ADV", "ADJ") and tree.heads[head] >= 0 and tree.is_verbal(tree.heads[head]):
            return f"a denial of degree ('{reading.tokens[index].text} {reading.tokens[head].text}'), less rather than none"
    return None


def _qualified_otherwise(candidate: Candidate, evidence: Evidence) -> str | None:
    """A role narrowed by words the source never uses ("sustained opioid blockade", "long-acting
    depot naltrexone") names something else than the claim's: it cannot contradict it."""
    reading, claim = candidate.reading, candidate.claim
    tree = reading.tree
    entity_at = {i: m for m in reading.entities for i in m.span}
    own = set(claim.subject) | set(claim.object) | set(claim.qualifiers) | set(claim.condition)
    # "carried through to completion": a second cue of the claim's relation says it again, it narrows nothing.
    restated = {i for m in reading.relations if claim.relation in m.ids for i in m.span}

    def foreign(index: int) -> bool:
        if index in restated:
            return False
        named = entity_at.get(index)
        if named is not None and (not own.isdisjoint(named.ids) or set(named.ids) <= evidence.entities[claim.id]):
            # Also what the claim's evidence names, or its opposite ("to completion" against "early").
            return False
        if named is not None and all(evidence.home_of.get(e) == claim.attribution for e in named.ids):
            return False  # "the Stanford study": where the source's own people are names no other study
        if named is not None:
            # What the claim's own words speak of ("the dissociation that ketamine induced") is no narrowing.
            return not all(evidence.allows(claim.id, reading.tokens[i]) for i in named.span)
        token = reading.tokens[index]
        return not (token.punct or tree.pos[index] in ("DET", "ADP", "PRON") or evidence.allows(claim.id, token))

    cue = candidate.cue
    for mention in (candidate.subject, candidate.object, cue):
        if mention is None or (mention is cue and candidate.arguments is None):
            continue
        for index in mention.span:
            for child in tree.children[index]:
                if child in mention.span:
                    continue
                if mention is not cue and tree.deps[child] in ("amod", "compound", "nmod") and foreign(child):
                    if reading.tokens[child].norm in _alias_words(evidence, mention):
                        continue  # "broad, repeated use": a word of another name for the same thing
                    return f"{reading.tokens[child].text!r} narrows {mention.text!r}"
                if tree.deps[child] == "prep" and reading.roles.sets_apart(child):
                    continue  # "in contrast to dissociation": set apart, it narrows nothing
                if mention is cue and _an_amount(reading, child):
                    continue  # "cut the effect by about half": how much, not of what
                if tree.deps[child] == "prep" and not _names_a_role(candidate, child):
                    # "opioid receptors in the liver": a place, time or group the claim does not have.
                    outside = [i for g in tree.children_by(child, "pobj") for i in tree.subtree(g) if foreign(i)]
                    if outside:
                        return f"{reading.tokens[outside[0]].text!r} narrows {mention.text!r}"
    return None


def _picks_out(candidate: Candidate, evidence: Evidence) -> bool:
    """Whether the frame is a relative clause, set off by no comma, on a group the database knows: "patients
    who took naltrexone after ketamine were not studied" speaks of such patients, if any, and says no more."""
    reading = candidate.reading
    clause = reading.clauses[candidate.clause]
    tree = reading.tree
    if clause.link is not Link.RELATIVE or tree.deps[clause.head] != "relcl":
        return False
    noun = tree.heads[clause.head]
    if tree.deps[noun] not in ("nsubj", "nsubjpass", "pobj") and tree.heads[noun] >= 0:
        return False  # "The study enrolled 30 people who did not have depression": said of whom it enrolled
    opener = tree.subtree(clause.head)[0]
    if opener > 0 and reading.tokens[opener - 1].norm == ",":
        return False  # "the participants, who had …": said of them, in passing
    return any(m.anchor == noun and all(e in evidence.people for e in m.ids) for m in reading.entities)


def _in_a_clause_below(candidate: Candidate) -> str | None:
    """ "The study did not test whether dissociation predicted the response": what the cue takes is the
    question, of which the object is one part; the frame says nothing of the object alone."""
    reading, obj = candidate.reading, candidate.object
    if obj is None or candidate.arguments is None:
        return None
    tree = reading.tree
    below = reading.clause_of[obj.anchor]
    if below == candidate.clause or reading.clauses[below].parent != candidate.clause:
        return None
    if reading.clauses[below].link is not Link.OPEN or tree.deps[obj.anchor] not in ("nsubj", "nsubjpass"):
        return None  # only the question a verb takes ("did not test whether …") is more than its object
    return f"{obj.text!r} is only part of the clause {reading.tokens[candidate.cue.anchor].text!r} takes"


def _approximated(candidate: Candidate) -> str | None:
    """ "The researchers nearly stopped the trial", "the trial was almost double-blind": the approximator on
    the cue or on a property it says."""
    reading = candidate.reading
    tree = reading.tree
    mentions = [m for m in (candidate.cue, candidate.subject, candidate.object) if m is not None]
    nodes = [i for m in mentions for i in m.span] + [reading.clauses[candidate.clause].head]
    for node in nodes:
        if tree.pos[node] not in ("VERB", "AUX", "ADJ"):
            continue
        for child in tree.children_by(node, "advmod"):
            if reading.tokens[child].norm in _APPROXIMATORS:
                return reading.tokens[child].text
    return None


def _an_amount(reading: Reading, preposition: int) -> bool:
    """Whether a phrase says by how much ("by about half", "by 40%"): a number or a share after 'by'."""
    if reading.tree.deps[preposition] != "prep" or reading.tokens[preposition].norm not in _AMOUNT_PREPOSITIONS:
        return False
    below = {i for g in reading.tree.children_by(preposition, "pobj") for i in reading.tree.subtree(g)}
    return any(reading.tokens[i].norm in _SHARES for i in below) or any(q.start in below for q in reading.quantities)


def _alias_words(evidence: Evidence, mention: Mention) -> frozenset[str]:
    return frozenset().union(*(evidence.entity_words.get(e, frozenset()) for e in mention.ids))


def _contrasted(candidate: Candidate) -> str | None:
    """ "affected X and Y differently": a manner that sets two things apart says they differ, no more."""
    reading = candidate.reading
    tree = reading.tree
    node = candidate.cue.anchor
    for owner in (node, tree.heads[node]):
        if owner < 0:
            continue
        for child in tree.children_by(owner, "advmod"):
            if reading.tokens[child].norm in _CONTRASTIVE:
                return f"{reading.tokens[child].text!r} sets them apart"
    return None


def _names_a_role(candidate: Candidate, preposition: int) -> bool:
    """Whether a prepositional phrase holds the frame's own subject or object ("blocked by naltrexone")."""
    reading = candidate.reading
    # "on dissociation or on the antidepressant effect": the same preposition joined to it holds its role too.
    inside = {i for g in reading.roles.governed(preposition) for i in reading.tree.subtree(g)}
    return any(m is not None and m.anchor in inside for m in (candidate.subject, candidate.object))


def _conditioned(candidate: Candidate, evidence: Evidence) -> str | None:
    """A frame said under a condition the claim does not have ("ketamine no longer worked when patients
    were pretreated with naltrexone") is not what the claim says, and cannot contradict it."""
    arguments = candidate.arguments
    if arguments is None:
        return None
    reading, claim = candidate.reading, candidate.claim
    tree = reading.tree
    own = set(claim.subject) | set(claim.object) | set(claim.qualifiers) | set(claim.condition)
    frame = {id(candidate.subject), id(candidate.object)}
    for head in arguments.circumstances:
        inside = set(tree.subtree(head))
        for mention in reading.entities:
            if mention.anchor in inside and id(mention) not in frame and own.isdisjoint(mention.ids):
                # What the claim itself speaks of ("the dissociation that ketamine induced") is no condition.
                if any(evidence.allows(claim.id, reading.tokens[i]) for i in mention.span):
                    continue
                if not mention.stands_in and not reading.is_other(mention):
                    return f"said under a condition, {mention.text!r}"
        marks = [c for c in tree.children[head] if tree.deps[c] in ("mark", "advmod") and reading.tokens[c].norm in _CONDITION_MARKS]
        if marks and not any(mention.anchor in inside for mention in reading.entities):
            # "does not cause addiction when used only once": a condition on nothing the source speaks of.
            words = " ".join(reading.tokens[i].text for i in sorted(inside))
            return f"said under a condition, {words!r}"
    # "Patients took naltrexone first, and ketamine did not relieve their depression": a condition another
    # claim speaks of, named anywhere _condition_named looks, is not the claim's.
    conditions = evidence.conditions.get(claim.relation, frozenset()) - own
    if not claim.condition and conditions and _condition_named(candidate, conditions):
        return "said under a condition another claim speaks of"
    return None


def cue_negations(candidate: Candidate) -> list[str]:
    """The negations on a cue and on the verbs it belongs to ("did not have an effect", "is not effective"),
    and a verb phrase it hangs from that names an opposite ("does not work through")."""
    reading, cue = candidate.reading, candidate.cue
    if candidate.object is not None and denied_for(reading, candidate.object.anchor) is not None:
        # "Ketamine is not an opioid, but rather an NMDA antagonist": the "not" is the opioid's.
        return []
    negations = list(cue.negations)
    tree = reading.tree
    contrast = _contrasting_not(reading, cue.anchor)
    if contrast is not None and contrast in negations:
        # "has focused on glutamate, not its interaction with the opioid system": what is denied is that the
        # research focused on the interaction, not that there is one.
        negations.remove(contrast)
    node = _top_of_frame(candidate)
    verb = _joined_by_a_verb(candidate) if candidate.orientation is Orientation.SIDE_BY_SIDE else None
    if verb is not None:
        # "The study was not about ketamine": the verb that joins them carries the negation.
        negations.extend(reading.negations_on(verb))
        node = verb
    elif candidate.orientation is Orientation.SIDE_BY_SIDE and tree.deps[node] not in _PREDICATIVE:
        # "did not block ketamine's antidepressant effect" does not deny that ketamine has one: a relation
        # inside a noun phrase is not what the clause asserts, unless the phrase is its predicate.
        return negations
    members = membership(reading, cue) if candidate.orientation is Orientation.EITHER else []
    if members:
        # "Dissociation is not one of its side effects": the copula that makes it one carries the negation.
        return negations + [n for node in members for n in reading.negations_on(node)]
    opposites = {i: m for m in reading.entities if m.kind is MentionKind.OPPOSITE for i in m.span}
    for _ in range(CHAIN_LIMIT):
        head = tree.heads[node]
        if head < 0 or tree.deps[node] not in _CHAIN_DEPS or head in cue.span:
            break
        if head in candidate.subject.span:
            break
        if tree.deps[node] in ("dobj", "attr") and reading.tokens[head].norm not in _LIGHT_VERBS:
            # "did not prevent side effects": the negation is the verb's, not its object's.
            break
        if node == cue.anchor and tree.deps[node] == "prep" and tree.pos[head] in ("ADJ", "ADV"):
            # "does not get better with antidepressants" denies the getting better, not the "with".
            break
        negations.extend(reading.negations_on(head))
        if _kept_from(reading, node, head):
            # "did not stop patients from experiencing it": what is stopped is denied, and the negation undoes that.
            negations.append(f"{reading.tokens[tree.heads[head]].text} … from")
        if head in opposites and opposites[head] not in (candidate.subject, candidate.object):
            negations.append(opposites[head].text)
        node = head
        if tree.is_verbal(node) and tree.deps[node] not in ("xcomp", "aux", "auxpass"):
            break
    return negations


def denied_for(reading: Reading, node: int) -> int | None:
    """The A that "not A but B" denies, when a word is its B: joined by "but" to an A that a "not" before it
    denies. The B is asserted; the A is denied, and that denial is a claim of its own."""
    tree = reading.tree
    if tree.deps[node] == "pobj" and tree.heads[node] >= 0:
        # "done not at Yale but at Stanford": the prepositions are what "but" joins.
        node = tree.heads[node]
    head = tree.heads[node]
    if head < 0:
        return None
    if tree.deps[node] == "conj":
        first, verb, joiners = head, tree.heads[head], tree.children_by(head, "cc")
    else:
        # "is not an opioid, but rather an NMDA antagonist", parsed as two predicates of one verb.
        earlier = [c for c in tree.children_by(head, tree.deps[node]) if c < node]
        first, verb, joiners = (earlier[-1] if earlier else -1), head, tree.children_by(head, "cc")
    if first < 0 or not any(first < c < node and reading.tokens[c].norm in _BUT for c in joiners):
        return None
    if any(n.start < first and not n.sentential and n.target in (first, verb) for n in reading.negations):
        return first
    return None


def _contrasting_not(reading: Reading, node: int) -> str | None:
    """The "not" of "X, not Y" where a noun cue is the Y: it sets the noun against X, it does not deny the cue."""
    tree = reading.tree
    head = tree.heads[node]
    if tree.pos[node] not in ("NOUN", "PROPN") or tree.deps[node] not in ("appos", "conj") or head < 0:
        return None
    before = [c for c in tree.children_by(head, "neg") if c < node]
    return reading.tokens[before[-1]].text if before else None


def _kept_from(reading: Reading, node: int, head: int) -> bool:
    """Whether a clause is what a verb of preventing keeps someone from: "stopped patients from experiencing"."""
    tree = reading.tree
    verb = tree.heads[head]
    return (
        tree.deps[node] == "pcomp"
        and reading.tokens[head].norm == "from"
        and verb >= 0
        and reading.tokens[verb].norm in _PREVENTING
    )


def _top_of_frame(candidate: Candidate) -> int:
    """Where a frame hangs from the rest of its clause: its cue, or for two mentions side by side, the upper one."""
    if candidate.orientation is not Orientation.SIDE_BY_SIDE or candidate.object is None:
        return candidate.cue.anchor
    tree = candidate.reading.tree
    subject, obj = candidate.subject.anchor, candidate.object.anchor
    return subject if tree.dominates(subject, obj) else obj if tree.dominates(obj, subject) else candidate.cue.anchor


def phrase_negations(candidate: Candidate, mention: Mention) -> list[str]:
    """Negations inside the phrase that holds a mention, between it and the cue: "has no risk of addiction"."""
    reading = candidate.reading
    return [text for node in _phrase_path(candidate, mention) for text in reading.negations_on(node)]


def frame_tokens(candidate: Candidate) -> set[int]:
    """The tokens a frame accounts for: its mentions, its cue, and the negations on them."""
    reading = candidate.reading
    used: set[int] = set(candidate.cue.span) | set(candidate.subject.span)
    anchors = [candidate.cue.anchor, candidate.subject.anchor]
    if candidate.object is not None:
        used |= set(candidate.object.span)
        anchors.append(candidate.object.anchor)
    node = candidate.cue.anchor
    tree = reading.tree
    for _ in range(CHAIN_LIMIT):
        head = tree.heads[node]
        if head < 0 or tree.deps[node] not in _CHAIN_DEPS:
            break
        if tree.deps[node] in ("dobj", "attr") and reading.tokens[head].norm in _LIGHT_VERBS:
            # "plays a role", "has an effect": the light verb says nothing the cue does not.
            used.add(head)
        anchors.append(head)
        node = head
    used |= _negation_tokens(reading, anchors)
    for mention in (candidate.subject, candidate.object):
        if mention is not None:
            used |= _negation_tokens(reading, list(mention.span) + _phrase_path(candidate, mention))
    used |= _restated(candidate)
    used |= _manner(candidate)
    return used


def _manner(candidate: Candidate) -> set[int]:
    """"Ketamine might affect the brain like an opioid": a likeness said through a verb is said of the
    subject; the verb and its object only say in what way."""
    if candidate.orientation is not Orientation.SIDE_BY_SIDE or candidate.object is None:
        return set()
    tree = candidate.reading.tree
    anchor = candidate.object.anchor
    head = tree.heads[anchor]
    if tree.deps[anchor] != "prep" or head < 0 or not tree.is_verbal(head) or anchor < head:
        # "Like opioids, ketamine causes sedation": a likeness put first says the verb of both, not a manner.
        return set()
    return {head} | {i for child in tree.children_by(head, "dobj") for i in tree.subtree(child)}


def _restated(candidate: Candidate) -> set[int]:
    """What says the frame again: another cue of its relation with the same stance in its clause
    ("remained unaffected", "left … intact"), and the claim's own entities inside its subject's
    or object's phrase ("depression that had not responded to other treatments")."""
    reading, claim, cue = candidate.reading, candidate.claim, candidate.cue
    tree = reading.tree
    clause = _clause_tokens(candidate)
    stance = (cue.sign < 0) != cue.negated
    used: set[int] = set()
    for other in reading.relations:
        if other is cue or other.ids != cue.ids or other.anchor not in clause:
            continue
        if tree.heads[other.anchor] in cue.span and tree.deps[other.anchor] == "amod":
            continue  # "an effective treatment": a word that grades the cue says how well, which the source may not
        if ((other.sign < 0) != other.negated) == stance:
            used |= set(other.span)
    for mention in reading.entities:
        if mention.anchor in clause and not set(claim.qualifiers).isdisjoint(mention.ids):
            used |= set(mention.span)
    ids = set(claim.subject) | set(claim.object) | set(claim.qualifiers)
    for role in (candidate.subject, candidate.object):
        if role is None or role.stands_in:
            continue
        inside = set(tree.subtree(role.anchor))
        for other in reading.entities:
            if other is not role and other.anchor in inside and not ids.isdisjoint(other.ids):
                used |= set(other.span) | _negation_tokens(reading, list(other.span))
    return used


def _phrase_path(candidate: Candidate, mention: Mention) -> list[int]:
    """The nodes between a mention and its cue inside one phrase ("no risk of" above "addiction")."""
    tree = candidate.reading.tree
    stop = set(candidate.cue.span) | {candidate.cue.anchor}
    path: list[int] = []
    node = mention.anchor
    for _ in range(CHAIN_LIMIT):
        head = tree.heads[node]
        if head < 0 or head in stop or tree.is_verbal(head) or tree.deps[node] not in ("pobj", "prep", "compound", "amod", "poss"):
            break
        path.append(head)
        node = head
    return path


def specificity(candidate: Candidate) -> int:
    claim = candidate.claim
    return 2 + (1 if candidate.object else 0) + len(claim.qualifiers) + (1 if claim.count is not None else 0)


def _negation_tokens(reading: Reading, nodes: list[int]) -> set[int]:
    targets = set(nodes)
    return {i for cue in reading.negations if cue.target in targets for i in range(cue.start, cue.end)}


def _clause_tokens(candidate: Candidate) -> set[int]:
    if candidate.arguments is not None:
        return set(candidate.arguments.clause)
    return set(candidate.reading.clauses[candidate.clause].tokens)


def _quantified(reading: Reading, mention: Mention, denied: bool) -> bool:
    """Whether "all", "every"… quantify the mention, denied ("not every") or not; not the partitive
    "(12) of all the participants"."""
    tree = reading.tree
    quantified = mention.anchor
    if tree.deps[mention.anchor] == "pobj" and reading.tokens[tree.heads[mention.anchor]].norm == "of":
        # "every one of the 30 recruits", "all of them": the quantifier on what "of" hangs from ranges over them.
        quantified = tree.heads[tree.heads[mention.anchor]]
        narrowed = any(tree.deps[c] == "det" and reading.tokens[c].norm in DEMONSTRATIVES for c in tree.children[mention.anchor])
        if quantified < 0 or narrowed:
            return False  # "each of those 12 patients": of a part picked out, not of the whole group
    quantifiers = [quantified, *tree.children[quantified]]
    return any(reading.tokens[q].norm in _UNIVERSAL and _denied_quantifier(reading, q) == denied for q in quantifiers)


def _denied_quantifier(reading: Reading, index: int) -> bool:
    """"Not every participant", "not all of them": a denied "all" says some were left out, as the source does."""
    tree = reading.tree
    return any(cue.end == index for cue in reading.negations) or any(tree.deps[c] == "neg" for c in tree.children[index])
