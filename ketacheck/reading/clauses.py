"""The clauses of a statement and what each one's place says about it: asserted, reported, hedged, open.

A clause is a verb (or the root of a sentence) with what hangs from it, less the clauses of its
own below it. How a clause hangs from the one above decides how it is read:

- reported: the content of a framing verb or noun ("researchers found that X", "the
  discovery that X"); whoever does the framing is its source;
- hedged: under a hedging verb or noun, a modal or a condition ("may", "suggests that",
  "the hypothesis that", "if X");
- not asserted: under a denied frame ("does not prove that X"), an open question ("whether
  X") or a question mark.
The word classes are english.json's ``framing``; nothing here decides a verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from ketacheck.reading.mentions import Mention, NegationCue
from ketacheck.reading.parser import Tree
from ketacheck.reading.roles import RELATIVE_PRONOUNS, Roles
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token, inflected_stems, stem

_FRAMING = ENGLISH["framing"]
_ACCORDING = frozenset(_FRAMING["according"])
_COPULAS = frozenset(ENGLISH["copulas"])


CLAUSE_DEPS = frozenset(("ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "pcomp", "conj"))


class Link(str, Enum):
    """How a clause hangs from the clause above it."""

    MAIN = "main"
    REPORTED = "reported"
    CONDITION = "condition"
    OPEN = "open"
    RELATIVE = "relative"
    COORDINATE = "coordinate"
    ADVERBIAL = "adverbial"
    COMPLEMENT = "complement"
    RAISED = "raised"
    """Under a verb that only hedges or aims at it: "seems to act", "wanted to see"."""


@dataclass(slots=True)
class Clause:
    head: int
    """The token the clause hangs from."""
    parent: int
    """Index of the clause above, -1 for a sentence's main clause."""
    link: Link
    framer: int = -1
    """The framing verb or noun of a reported clause."""
    tokens: list[int] = field(default_factory=list)
    """Its own tokens, not those of the clauses below it."""
    hedged: bool = False
    asserted: bool = True
    sources: list[Mention] = field(default_factory=list)
    """Who reports it: the subject of its framing verb, or who it is 'according to'."""
    source_names: list[int] = field(default_factory=list)
    """Heads of unknown names among those who report it."""
    other_source: str = ""
    """The words of a source that is another study or dataset than the article's ("pilot data"), if so."""
    frames: bool = False
    """Whether its own verb frames what it governs ("found", "reported", "suggests")."""
    aimed: bool = False
    """Whether it is what someone means or needs to do ("wanted to test"): not done, but what was tested
    may be a hypothesis they held."""


class FramingWords:
    """english.json's framing, hedging and conditional words, stemmed once."""

    def __init__(self) -> None:
        self.verbs = inflected_stems(_FRAMING["verbs"])
        self.hedging_verbs = inflected_stems(_FRAMING["hedging_verbs"])
        self.expecting_verbs = inflected_stems(_FRAMING["expecting_verbs"])
        self.denying_verbs = inflected_stems(_FRAMING["denying_verbs"])
        self.unasserting_verbs = self.expecting_verbs | self.denying_verbs
        self.all_verbs = self.verbs | self.hedging_verbs | self.unasserting_verbs
        self.assertive_nouns = inflected_stems(_FRAMING["assertive_nouns"])
        self.hedging_nouns = inflected_stems(_FRAMING["hedging_nouns"])
        self.modals = frozenset(_FRAMING["modals"])
        self.raising = inflected_stems(_FRAMING["raising_verbs"])
        self.intending = inflected_stems(w for w in _FRAMING["intending_verbs"] if " " not in w)
        self.intending_with_particle = frozenset(
            (stem(verb), particle) for verb, particle in (w.split() for w in _FRAMING["intending_verbs"] if " " in w)
        )
        self.permitting = inflected_stems(ENGLISH["permitting_verbs"]["words"])
        self.sufficient = inflected_stems(_FRAMING["sufficiency"])
        self.causative = inflected_stems(_FRAMING["causative_verbs"])
        self.conditional = frozenset(_FRAMING["conditional_marks"])
        self.counterfactual_auxiliaries = frozenset(_FRAMING["counterfactual_auxiliaries"])
        self.counterfactual_modals = frozenset(_FRAMING["counterfactual_modals"])
        self.open = frozenset(_FRAMING["open_marks"])
        self.other = frozenset(ENGLISH["reference"]["other"])


def read_clauses(
    tokens: Sequence[Token],
    tree: Tree,
    roles: Roles,
    negations: Sequence[NegationCue],
    name_heads: set[int],
    words: FramingWords,
) -> tuple[list[Clause], list[int]]:
    """The clauses, and for each token the index of the clause it belongs to."""
    count = len(tokens)
    heads = [i for i in range(count) if _heads_clause(tree, i)]
    index_of = {head: n for n, head in enumerate(heads)}
    clause_of = [0] * count
    for i in range(count):
        node = i
        while node not in index_of:
            node = tree.heads[node]
            if node < 0:
                break
        clause_of[i] = index_of.get(node, 0) if node >= 0 else 0
    negated = {cue.target for cue in negations if not cue.sentential}
    questions = _question_sentences(tokens, tree)
    clauses: list[Clause] = []
    for head in heads:
        governor = tree.heads[head]
        parent = clause_of[governor] if governor >= 0 else -1
        clause = _place(tokens, tree, roles, head, governor, parent, words, negated, name_heads)
        clause.frames = tokens[head].stem in words.all_verbs
        clause.tokens = [i for i in range(count) if clause_of[i] == len(clauses)]
        if tree.root(head) in questions:
            clause.asserted = False
        clauses.append(clause)
    # What the clause above is, this one is too: reported by the same source, hedged, denied.
    for clause in clauses:
        if clause.parent < 0:
            continue
        above = clauses[clause.parent]
        clause.hedged = clause.hedged or above.hedged
        clause.asserted = clause.asserted and above.asserted
        clause.aimed = clause.aimed or above.aimed
        if not clause.sources and not clause.source_names and not clause.other_source:
            clause.sources = above.sources
            clause.source_names = above.source_names
            clause.other_source = above.other_source
    return clauses, clause_of


def _heads_clause(tree: Tree, i: int) -> bool:
    if tree.heads[i] < 0:
        return True
    dep = tree.deps[i]
    if dep not in CLAUSE_DEPS:
        return False
    if dep == "conj":
        return tree.is_verbal(i) and _heads_clause(tree, tree.heads[i])
    return tree.is_verbal(i) or dep in ("ccomp", "advcl", "relcl", "csubj")


def _place(
    tokens: Sequence[Token],
    tree: Tree,
    roles: Roles,
    head: int,
    governor: int,
    parent: int,
    words: FramingWords,
    negated: set[int],
    name_heads: set[int],
) -> Clause:
    dep = tree.deps[head]
    marks = {tokens[m].norm for m in tree.children_by(head, "mark")}
    clause = Clause(head, parent, Link.MAIN)
    clause.hedged = any(tokens[a].norm in words.modals for a in tree.children_by(head, "aux"))
    _according_to(tokens, tree, roles, head, clause)
    if _counterfactual(tokens, tree, head, words):
        # "More than 12 would have completed both": what would have happened, had it not been otherwise.
        clause.hedged = True
        clause.asserted = False
    if governor < 0:
        return clause
    framing_stem = tokens[governor].stem
    if dep in ("ccomp", "parataxis", "xcomp") and tree.is_verbal(governor) and framing_stem in words.all_verbs:
        clause.link = Link.REPORTED
        clause.framer = governor
        clause.hedged = clause.hedged or framing_stem in words.hedging_verbs or _modal(tokens, tree, governor, words)
        # "George doubted that X", like "George did not say that X", does not say X; nor does "the team
        # had expected X", which tells what they thought before the result.
        clause.asserted = clause.asserted and governor not in negated and framing_stem not in words.unasserting_verbs
        # The parser sometimes hangs a name that opens the sentence loosely ("Medical News Today reported").
        subjects = tree.children_by(governor, "nsubj", "nsubjpass", "npadvmod", "csubj")
        subjects += [g for agent in tree.children_by(governor, "agent") for g in tree.children_by(agent, "pobj")]
        if not subjects:
            # "This pilot study investigated … and found that …": a coordinated verb shares its subject.
            subjects, _ = roles.subject_nodes(governor)
        if dep == "xcomp":
            # "Ketamine is known to relieve X": a passive framing verb's subject is what is said, not who says it.
            subjects = [s for s in subjects if tree.deps[s] != "nsubjpass"]
        clause.sources = roles.fillers(subjects)
        clause.source_names = [s for s in subjects if _names_someone(tree, s, name_heads)]
        # Who the database knows is read by ``reference``; here only sources it does not ("pilot data").
        unknown = [n for n in subjects if not roles.entities_at([n])]
        clause.other_source = _another_source(tokens, tree, unknown, words)
    elif (
        dep in ("acl", "ccomp", "relcl")
        and not tree.is_verbal(governor)
        and (framing_stem in words.assertive_nouns or framing_stem in words.hedging_nouns)
        and (dep == "ccomp" or marks & {"that", "whether", "if"} or _content_that(tokens, tree, head))
    ):
        # "the discovery that X", "the hypothesis that X"; not "an insight discussed" (a participle).
        clause.link = Link.REPORTED
        clause.framer = governor
        clause.hedged = clause.hedged or framing_stem in words.hedging_nouns
        # "no evidence that X" says neither X nor its denial: an absence of evidence is not evidence of absence;
        # "rejected the idea that X", "the idea that X was dismissed" do not say X.
        holder = tree.heads[governor]
        rejected = tree.deps[governor] in ("dobj", "nsubjpass") and holder >= 0 and tokens[holder].stem in words.denying_verbs
        clause.asserted = clause.asserted and governor not in negated and not rejected
    elif (noun := _framing_subject(tokens, tree, head, governor, words, marks)) is not None:
        # "The conclusion is that X", "the hypothesis was that X": the copula says what the noun holds.
        clause.link = Link.REPORTED
        clause.framer = noun
        clause.hedged = clause.hedged or tokens[noun].stem in words.hedging_nouns
        clause.asserted = clause.asserted and governor not in negated and noun not in negated
    elif dep == "xcomp" and framing_stem in words.permitting:
        # "approved to treat depression", "not allowed to stop the trial": what it is for, not what it does.
        clause.link = Link.COMPLEMENT
        clause.asserted = False
    elif (dep == "xcomp" or (dep == "advcl" and _infinitive(tokens, tree, head))) and (
        framing_stem in words.intending
        or any((framing_stem, tokens[p].norm) in words.intending_with_particle for p in tree.children_by(governor, "prt"))
    ):
        # "Researchers want to understand what makes ketamine effective": meant, not done, nor left undone.
        clause.link = Link.RAISED
        clause.hedged = True
        clause.asserted = False
        clause.aimed = True
    elif dep == "xcomp" and framing_stem in words.raising:
        # "did not appear to have blocked": the negation reaches through to what is raised (see rules).
        clause.link = Link.RAISED
        clause.hedged = True
    elif dep == "xcomp" and (
        framing_stem in words.sufficient or any(tokens[c].stem in words.sufficient for c in tree.children_by(governor, "acomp"))
    ):
        # "X is (not) enough to create Y", "able to": the infinitive is what is said of X.
        clause.link = Link.RAISED
    elif (dep == "xcomp" or (dep == "ccomp" and not marks)) and framing_stem in words.causative:
        # "the outcomes prompted the team to halt the trial": the team halted it; "lets it work" (a bare infinitive).
        clause.link = Link.RAISED
    elif dep in ("relcl", "acl"):
        clause.link = Link.RELATIVE
    elif dep == "conj":
        clause.link = Link.COORDINATE
    elif dep in ("xcomp", "pcomp", "csubj", "csubjpass"):
        clause.link = Link.COMPLEMENT
        if dep == "csubj" and tree.tags[head] == "VBG" and tokens[governor].norm in _COPULAS:
            # "Understanding ketamine's mechanism is critical": an activity weighed, not said to be done.
            clause.asserted = False
    else:
        clause.link = Link.ADVERBIAL
    if marks & words.open and _either_or(tokens, tree, head) and (dep == "advcl" or not tree.is_verbal(governor)):
        # "similar whether patients received naltrexone or a placebo": either way, not a question.
        clause.link = Link.ADVERBIAL
    elif marks & words.open and dep in ("ccomp", "xcomp", "pcomp", "acl"):
        clause.link = Link.OPEN
        clause.asserted = False
    elif marks & words.conditional:
        clause.link = Link.CONDITION
        clause.hedged = True
    elif dep == "advcl" and _inverted(tokens, tree, head, words):
        # "Had the trial not been stopped early, …": a condition that did not hold.
        clause.link = Link.CONDITION
        clause.hedged = True
        clause.asserted = False
    return clause


def _infinitive(tokens: Sequence[Token], tree: Tree, head: int) -> bool:
    """ "to explain": the parser may hang an infinitive after a phrasal verb as an adverbial clause."""
    return tree.tags[head] == "VB" and any(tokens[a].norm == "to" for a in tree.children_by(head, "aux"))


def _framing_subject(
    tokens: Sequence[Token], tree: Tree, head: int, governor: int, words: FramingWords, marks: set[str]
) -> int | None:
    """The framing noun a copula equates a "that" clause with: "conclusion" in "The conclusion is that X"."""
    if tree.deps[head] not in ("ccomp", "advcl", "attr") or "that" not in marks or tokens[governor].norm not in _COPULAS:
        return None
    subjects = tree.children_by(governor, "nsubj")
    nouns = [s for s in subjects if tokens[s].stem in words.assertive_nouns or tokens[s].stem in words.hedging_nouns]
    return nouns[0] if nouns else None


def _counterfactual(tokens: Sequence[Token], tree: Tree, head: int, words: FramingWords) -> bool:
    """'would have' + participle: what would have been."""
    # The parser may hang "would" from "have" rather than from the verb.
    nodes = tree.children_by(head, "aux")
    auxiliaries = [tokens[a].norm for a in nodes + [b for a in nodes for b in tree.children_by(a, "aux")]]
    return bool(words.counterfactual_modals & set(auxiliaries)) and "have" in auxiliaries and tree.tags[head] == "VBN"


def _inverted(tokens: Sequence[Token], tree: Tree, head: int, words: FramingWords) -> bool:
    """A condition opened by its auxiliary, before its subject ("had the trial not been stopped")."""
    opener = tree.subtree(head)[0]
    subjects = tree.children_by(head, "nsubj", "nsubjpass")
    return (
        tree.heads[opener] == head
        and tree.deps[opener] in ("aux", "auxpass")
        and tokens[opener].norm in words.counterfactual_auxiliaries
        and any(s > opener for s in subjects)
    )


def _content_that(tokens: Sequence[Token], tree: Tree, head: int) -> bool:
    """ "the hypothesis that ketamine interacts…" which the parser hung as a relative clause: 'that'
    opens it and its verb has a subject of its own, so 'that' fills no gap in it."""
    below = tree.subtree(head)
    opener = below[0]
    subjects = [c for c in tree.children_by(head, "nsubj", "nsubjpass") if c != opener]
    return tokens[opener].norm == "that" and bool(subjects)


def _either_or(tokens: Sequence[Token], tree: Tree, head: int) -> bool:
    """Whether a 'whether' clause offers alternatives ("whether X or Y"): it concedes, it does not ask."""
    return any(tokens[i].norm == "or" for i in tree.subtree(head))


def _according_to(tokens: Sequence[Token], tree: Tree, roles: Roles, head: int, clause: Clause) -> None:
    """ "According to X" anywhere on the clause's verb names its source."""
    governed = according_to(tokens, tree, head)
    if governed:
        clause.sources = roles.fillers(governed)


def according_to(tokens: Sequence[Token], tree: Tree, head: int) -> list[int]:
    """Who a clause is "according to" ("according to experts", "per the authors"): the nouns its verb's
    "according" governs."""
    governed: list[int] = []
    for child in tree.children_by(head, "prep"):
        if tokens[child].norm in _ACCORDING:
            governed += [g for p in tree.children_by(child, "prep") for g in tree.children_by(p, "pobj")]
            governed += tree.children_by(child, "pobj")
    return governed


def _modal(tokens: Sequence[Token], tree: Tree, verb: int, words: FramingWords) -> bool:
    return any(tokens[a].norm in words.modals for a in tree.children_by(verb, "aux"))


def _another_source(tokens: Sequence[Token], tree: Tree, subjects: list[int], words: FramingWords) -> str:
    """ "Pilot data indicate", "another trial found": a source marked as another than the article's."""
    for subject in subjects:
        if tokens[subject].norm in RELATIVE_PRONOUNS and tree.heads[subject] >= 0:
            # "data that indicate": the relative pronoun stands for the noun its clause modifies.
            clause = tree.heads[subject]
            subject = tree.heads[clause] if tree.deps[clause] in ("relcl", "acl") else subject
        modifiers = [c for c in tree.children[subject] if tree.deps[c] in ("amod", "compound", "det", "nummod")]
        if any(tokens[c].norm in words.other for c in modifiers):
            said = set(tree.subtree(subject)) - {i for c in tree.children_by(subject, "relcl") for i in tree.subtree(c)}
            return " ".join(tokens[i].text for i in sorted(said))
    return ""


def _names_someone(tree: Tree, node: int, name_heads: set[int]) -> bool:
    """Whether a subject is, or is in apposition with, a name the database does not know."""
    return any(n in name_heads for n in tree.subtree(node))


def _question_sentences(tokens: Sequence[Token], tree: Tree) -> set[int]:
    """Roots of the sentences that end in a question mark."""
    return {tree.root(i) for i, token in enumerate(tokens) if token.norm == "?"}
