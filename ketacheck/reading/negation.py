"""What each negation cue negates: the node of the parse it hangs from, or hangs over.

The cues are NegEx's (english.json, ``negation``): "not" and "never" negate the word they
modify, "no" the noun it determines, "without" and "instead of" what they govern, "fail to"
the verb it governs, "it is not true that" the clause that follows. Pseudo-negations ("not
only") negate nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ketacheck.reading.mentions import NegationCue
from ketacheck.reading.parser import Tree
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token
from ketacheck.text.phrases import PhraseMatch

_DO = frozenset(ENGLISH["do_forms"]["words"])
_TRUTH = frozenset(ENGLISH["negation"]["truth_words"])
_FALSITY = frozenset(ENGLISH["negation"]["falsity_words"])
_WHOLE = frozenset(ENGLISH["negation"]["whole_words"])
_NOT = frozenset(w for w in ENGLISH["negation"]["pre"] if " " not in w)
"""The one-word cues, which before a denial of a clause undo it ("not false that")."""
_GOVERNED = ("pobj", "pcomp", "xcomp", "dobj", "ccomp", "acl")
"""What a cue that governs its scope ("without", "fail to", "lack", "failure to") negates, in order of preference."""


def span_head(tree: Tree, start: int, end: int) -> int:
    """The token of a span that the rest hangs from: the first whose head lies outside it."""
    for index in range(start, end):
        if not start <= tree.heads[index] < end:
            return index
    return start


def negation_cues(tokens: Sequence[Token], tree: Tree, matches: Sequence[PhraseMatch[str]]) -> list[NegationCue]:
    """Each cue with the token it negates; pseudo-negations are left out."""
    cues: list[NegationCue] = []
    norms = [t.norm for t in tokens]
    for match in matches:
        kind = match.payloads[0]
        start = match.start
        if match.end - start > 1 and norms[start] in _DO and tree.deps[start] != "aux":
            # "done not at Yale": "do" is the verb itself, not the auxiliary of "do not"; the "not" is the cue.
            start += 1
        text = " ".join(t.text for t in tokens[start : match.end])
        if kind == "pseudo":
            # "not only" negates nothing; "not necessarily true that …" grades a denial of truth.
            graded_cue = _graded_truth(tree, start, match.end, text, norms)
            if graded_cue is not None:
                cues.append(graded_cue)
            continue
        target = _target(tree, start, match.end, kind, norms)
        if target is None:
            continue
        if kind == "sentential" and _denied_before(norms, start):
            # "It is not false that …" says it is so; "not entirely false that …" grades that.
            degree = next((w for w in norms[max(0, start - 2) : start] if w in _WHOLE), None)
            if degree is not None:
                cues.append(NegationCue(start, match.end, f"not {degree} {text}", target, True, degree))
            continue
        truth, copula, denied = _clause_of_truth(tree, target, norms) if kind != "sentential" else (-1, -1, None)
        if denied is not None:
            # "It's simply not true that …": the clause the denied "true" takes; "not entirely true", a degree.
            graded = _grading(tree, norms, truth, copula)
            degree = graded[0] if graded else None
            cues.append(NegationCue(start, match.end, " ".join([text, *graded, norms[truth]]), denied, True, degree))
            continue
        cues.append(NegationCue(start, match.end, text, target, kind == "sentential"))
    cues += _said_false(tokens, tree, norms, {cue.target for cue in cues})
    return cues


def _grading(tree: Tree, norms: Sequence[str], *nodes: int) -> list[str]:
    """The words that grade a word of truth or its copula ("not entirely true", "not always the case")."""
    return [norms[c] for node in nodes if node >= 0 for c in tree.children_by(node, "advmod") if norms[c] in _WHOLE]


def _denied_before(norms: Sequence[str], start: int) -> bool:
    """Whether a "not" stands right before a cue, or before a word that grades it ("not entirely false that")."""
    before = norms[max(0, start - 2) : start]
    return bool(before) and (before[-1] in _NOT or (len(before) == 2 and before[0] in _NOT and before[1] in _WHOLE))


def _said_false(tokens: Sequence[Token], tree: Tree, norms: Sequence[str], negated: set[int]) -> list[NegationCue]:
    """ "Claims that X are false", "the idea that X is wrong", "reports that X are not accurate": a that-clause
    its subject takes, said to be false, is denied."""
    cues: list[NegationCue] = []
    for word, norm in enumerate(norms):
        copula = tree.heads[word]
        if copula < 0 or tree.deps[word] not in ("acomp", "attr") or (norm not in _FALSITY and norm not in _TRUTH):
            continue
        if (norm in _FALSITY) == bool({word, copula} & negated):
            continue  # "are not false", "are accurate"
        said = _said_of_the_subject(tree, copula, norms)
        if said is not None:
            # "not entirely accurate" grades the denial; "completely false" does not.
            graded = _grading(tree, norms, word, copula)
            graded = graded if norm in _TRUTH else []
            text = f"{tokens[said[0]].text} … {tokens[word].text}"
            cues.append(NegationCue(word, word + 1, text, said[1], True, graded[0] if graded else None))
    return cues


def _said_of_the_subject(tree: Tree, copula: int, norms: Sequence[str]) -> tuple[int, int] | None:
    """The subject of a copula and the that-clause it takes ("claims that …", "the idea that …"), or the
    clause itself where the parser makes it the subject."""
    for subject in tree.children_by(copula, "nsubj", "nsubjpass"):
        clauses = [c for c in tree.children_by(subject, "acl", "ccomp", "relcl") if tree.is_verbal(c)]
        clauses = [c for c in clauses if any(norms[m] == "that" for m in tree.children_by(c, "mark"))]
        if clauses:
            return subject, clauses[0]
    for clause in tree.children_by(copula, "csubj"):
        # The parser may hang the clause's "that" from the copula.
        marks = tree.children_by(clause, "mark") + tree.children_by(copula, "mark")
        if tree.is_verbal(clause) and any(norms[m] == "that" and m < clause for m in marks):
            owner = tree.heads[copula]
            return (owner if owner >= 0 and owner < clause else clause), clause
    return None


def _graded_truth(tree: Tree, start: int, end: int, text: str, norms: Sequence[str]) -> NegationCue | None:
    """ "It is not necessarily true that …": a pseudo-negation of a word of truth denies its clause in degree."""
    degree = next((w for w in norms[start:end] if w in _WHOLE), None)
    target = _target(tree, start, end, "pre", norms) if degree is not None else None
    if target is None:
        return None
    truth, _, denied = _clause_of_truth(tree, target, norms)
    if denied is None:
        return None
    return NegationCue(start, end, f"{text} {norms[truth]}", denied, True, degree)


def _clause_of_truth(tree: Tree, target: int, norms: Sequence[str]) -> tuple[int, int, int | None]:
    """A word of truth ("true", "correct") a negation reaches, itself or as its copula's complement, its
    copula, and the clause it says is so, where it takes one ("it is not true that …")."""
    truth = target if norms[target] in _TRUTH else next(
        (c for c in tree.children_by(target, "acomp", "attr") if norms[c] in _TRUTH), -1
    )
    if truth < 0:
        return truth, -1, None
    copula = target if truth != target else tree.heads[truth]
    # The parser may hang the clause from the copula; "not accurate to say that …" says what the saying says.
    for node in (truth, copula) if copula >= 0 else (truth,):
        clauses = [c for c in tree.children_by(node, "ccomp", "csubj") if tree.is_verbal(c) and c > truth]
        # "not the case that …", read as a relative clause: one opened by "that" as a mark says what is the case.
        clauses += [c for c in tree.children_by(node, "relcl", "acl") if tree.children_by(c, "mark")]
        clauses += [c for x in tree.children_by(node, "xcomp") for c in tree.children_by(x, "ccomp") if tree.is_verbal(c)]
        if clauses:
            return truth, copula, clauses[0]
    return truth, copula, None


def _target(tree: Tree, start: int, end: int, kind: str, norms: Sequence[str]) -> int | None:
    target = _modified(tree, start, end, kind, norms)
    if target is not None and tree.deps[target] in ("det", "predet") and tree.heads[target] >= 0:
        # "not all participants": a denied quantifier is said of the noun it quantifies.
        return tree.heads[target]
    if target is not None and norms[target] in _DO:
        # "did little to prevent X", "didn't do much to block X": what is denied is what was (not) done.
        done = [c for c in tree.children[target] if tree.deps[c] in ("xcomp", "advcl") and _infinitive(tree, c)]
        if done:
            return done[0]
    return target


def _infinitive(tree: Tree, verb: int) -> bool:
    return any(tree.tags[c] == "TO" for c in tree.children[verb])


def _modified(tree: Tree, start: int, end: int, kind: str, norms: Sequence[str]) -> int | None:
    if kind == "sentential":
        return _clause_after(tree, end)
    head = span_head(tree, start, end)
    governed = [child for dep in _GOVERNED for child in tree.children_by(head, dep) if not start <= child < end]
    if 0 <= tree.heads[head] and norms[tree.heads[head]] in _DO:
        # "did nothing to stop X": an infinitive the parser hangs from the cue as a relative clause is what it denies.
        governed += [child for child in tree.children_by(head, "relcl") if _infinitive(tree, child)]
    if kind == "post":
        subjects = tree.children_by(head, "nsubj", "nsubjpass")
        return subjects[0] if subjects else head
    if tree.deps[head] == "cc" and tree.heads[head] >= 0:
        # "neither X nor Y": "nor" negates what it joins on, the conjunct after it.
        after = [c for c in tree.children_by(tree.heads[head], "conj") if c > head]
        if after:
            return after[0]
        if end - start > 1:
            # "X rather than Y", "X instead of Y": the phrase after the cue, not what X hangs from.
            return governed[0] if governed else _phrase_after(tree, end)
    owner = tree.heads[head]
    if tree.deps[head] == "neg" and 0 <= owner < head and tree.pos[owner] in ("NOUN", "PROPN", "PRON"):
        # "blocked the dissociation, not the antidepressant effect": the parser hangs "not" from the noun
        # before it, but it denies the one after.
        after = [c for c in tree.children[owner] if c > head and tree.deps[c] in ("appos", "conj", "npadvmod", "dobj", "attr", "prep")]
        if after:
            return after[0]
    if tree.deps[head] in ("neg", "det", "advmod", "nsubj", "nsubjpass", "amod", "preconj", "cc", "npadvmod", "aux"):
        # "not", "never", "no", "none", "barely": the word they modify.
        return tree.heads[head] if tree.heads[head] >= 0 else head
    if governed:
        # "without X", "failed to X", "lack X": what they govern.
        return governed[0]
    return tree.heads[head] if tree.heads[head] >= 0 else head


def _phrase_after(tree: Tree, end: int) -> int | None:
    """The head of the phrase that follows a cue: the noun a preposition after it governs ("rather than by X")."""
    if end >= len(tree.heads):
        return None
    node = end
    # Up to the top of the phrase that follows, not past it: "naltrexone instead of a placebo blocked …"
    # must not reach "blocked", whose phrase holds what comes before the cue.
    while tree.heads[node] >= end and tree.heads[node] != node and tree.subtree(tree.heads[node])[0] >= end:
        node = tree.heads[node]
    governed = tree.children_by(node, "pobj", "pcomp") if tree.pos[node] == "ADP" else []
    return governed[0] if governed else node


def _clause_after(tree: Tree, end: int) -> int | None:
    """The top of what follows a sentential negation ("it is not true that …"): the clause it denies."""
    after = [i for i in range(end, len(tree.heads)) if tree.pos[i] != "PUNCT"]
    tops = [i for i in after if not any(a >= end for a in tree.ancestors(i))]
    verbal = [i for i in tops if tree.is_verbal(i)]
    if verbal:
        return verbal[0]
    # The parser may hang the denied clause from the cue itself: its first verb then.
    verbs = [i for i in after if tree.is_verbal(i)]
    return verbs[0] if verbs else (tops[0] if tops else None)
