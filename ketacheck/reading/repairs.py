"""Arcs the small English parser is known to get wrong, mended on the plain lists a parse becomes.

Each repair looks for one misreading by its shape in the parse and rewrites only those arcs;
a sentence the parser read right matches none. ``reading/parser.py`` calls ``repair`` on every
parse; tests/reading/test_parser.py holds a sentence for each.
"""

from __future__ import annotations

from ketacheck.text.english import ENGLISH

_SUFFICIENCY = frozenset(ENGLISH["framing"]["sufficiency"])
_TEMPORAL = frozenset(("before", "after"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
_APPOSITION_OPENERS = frozenset(ENGLISH["apposition_openers"]["words"])
_SMALL_CLAUSE_VERBS = frozenset(ENGLISH["small_clause_verbs"]["words"])


def repair(heads: list[int], deps: list[str], pos: list[str], tags: list[str], norms: list[str]) -> None:
    """Mend arcs the small parser is known to get wrong."""
    _compound_subject(heads, deps, pos)
    _sufficient_to(heads, deps, norms)
    _gerund_before(heads, deps, tags, norms)
    _participle_before(heads, deps, tags, norms)
    _gerund_with(heads, deps, tags, norms)
    _apposition(heads, deps, pos, norms)
    _participle_object(heads, deps, pos, tags, norms)
    _participle_takes_second_subject(heads, deps, pos, tags)
    _headline_verb(heads, deps, pos, tags)
    _verb_read_as_compound(heads, deps, pos, tags)
    _relative_agreement(heads, deps, tags, norms)
    _semicolon_clauses(heads, deps, norms)
    _parallel_examples(heads, deps, norms)
    _pseudo_cleft(heads, deps, norms)
    _in_order_to(heads, deps, norms)
    _nearest_apposition(heads, deps, pos, norms)


def _gerund_before(heads: list[int], deps: list[str], tags: list[str], norms: list[str]) -> None:
    """ "Taking naltrexone before ketamine lessened the effect": the parser reads "before ketamine lessened
    the effect" as a clause of the gerund's. The gerund is the verb's subject, and 'before' a preposition
    on it, where the gerund opens its clause with no subject of its own and the noun after 'before' is bare."""
    for verb, dep in enumerate(deps):
        gerund = heads[verb]
        if dep != "advcl" or gerund < 0 or tags[gerund] != "VBG" or tags[verb] not in ("VBD", "VBZ", "VBP"):
            continue
        below = [c for c in range(len(deps)) if heads[c] == gerund]
        if any(c < gerund and deps[c] != "mark" for c in below) or any(deps[c] in _SUBJECTS for c in below):
            continue
        misread = _temporal_clause(heads, deps, norms, gerund, verb)
        if misread is None:
            continue
        heads[verb], deps[verb] = heads[gerund], deps[gerund]
        heads[gerund], deps[gerund] = verb, "csubj"
        _make_preposition(heads, deps, gerund, *misread)
        for child in below:
            if child > verb:
                # What followed the misread verb ("." and "," hung from the gerund) is the verb's again.
                heads[child] = verb


def _participle_before(heads: list[int], deps: list[str], tags: list[str], norms: list[str]) -> None:
    """ "An opioid antagonist given before ketamine weakened its effect": the parser reads "before ketamine
    weakened its effect" as a clause of the participle's, and leaves the sentence a noun with no verb, or
    with the participle for its verb ("Naltrexone given before ketamine blocked …"). The noun is the verb's
    subject, the participle describes it, and 'before' is a preposition on the participle."""
    for verb, dep in enumerate(deps):
        participle = heads[verb]
        if dep != "advcl" or participle < 0 or tags[participle] != "VBN" or tags[verb] not in ("VBD", "VBZ", "VBP"):
            continue
        noun = _described(heads, deps, participle)
        if noun is None:
            continue
        misread = _temporal_clause(heads, deps, norms, participle, verb)
        if misread is None:
            continue
        top = noun if heads[noun] < 0 else participle
        heads[verb], deps[verb] = heads[top], deps[top]
        heads[noun], deps[noun] = verb, "nsubj"
        heads[participle], deps[participle] = noun, "acl"
        _make_preposition(heads, deps, participle, *misread)
        for child in range(verb + 1, len(deps)):
            if heads[child] in (noun, participle):
                heads[child] = verb


def _described(heads: list[int], deps: list[str], participle: int) -> int | None:
    """The noun a sentence's participle describes where the sentence has no other verb: the root noun it
    hangs from, or the subject of a root participle that has no auxiliary ("Naltrexone given …")."""
    if deps[participle] == "acl" and heads[heads[participle]] < 0:
        return heads[participle]
    if heads[participle] >= 0:
        return None
    below = [c for c in range(len(deps)) if heads[c] == participle]
    subjects = [c for c in below if deps[c] == "nsubj" and c < participle]
    if len(subjects) != 1 or any(deps[c] in ("aux", "auxpass") for c in below):
        return None
    return subjects[0]


def _temporal_clause(heads: list[int], deps: list[str], norms: list[str], lower: int, verb: int) -> tuple[int, int] | None:
    """In a clause misread below a non-finite verb: its one "before" or "after" and the one bare noun it took
    for its subject, which the word governs."""
    marks = [c for c in range(lower, verb) if heads[c] == verb and deps[c] == "mark" and norms[c] in _TEMPORAL]
    nouns = [c for c in range(lower, verb) if heads[c] == verb and deps[c] == "nsubj"]
    if len(marks) != 1 or len(nouns) != 1 or any(heads[c] == nouns[0] for c in range(len(deps))):
        return None
    return marks[0], nouns[0]


def _make_preposition(heads: list[int], deps: list[str], verb: int, mark: int, noun: int) -> None:
    heads[mark], deps[mark] = verb, "prep"
    heads[noun], deps[noun] = mark, "pobj"


def _gerund_with(heads: list[int], deps: list[str], tags: list[str], norms: list[str]) -> None:
    """ "Pretreating patients with naltrexone blunted the effect": the parser takes the gerund for an
    adjective on "patients", who become the subject. The gerund is, with "patients" its object."""
    for gerund, dep in enumerate(deps):
        noun = heads[gerund]
        if dep != "amod" or tags[gerund] != "VBG" or noun != gerund + 1 or deps[noun] != "nsubj":
            continue
        if any(heads[c] == noun and c < gerund for c in range(len(deps))):
            continue
        if not any(heads[c] == noun and deps[c] == "prep" and norms[c] == "with" for c in range(len(deps))):
            continue
        heads[gerund], deps[gerund] = heads[noun], "csubj"
        heads[noun], deps[noun] = gerund, "dobj"
        for child in range(len(deps)):
            if heads[child] == noun and deps[child] == "prep":
                heads[child] = gerund


def _compound_subject(heads: list[int], deps: list[str], pos: list[str]) -> None:
    """A noun before a verb, hung from it as a "compound", is the verb's subject when it has no other
    ("Aspirin blunts its effect")."""
    has_subject = {heads[i] for i, dep in enumerate(deps) if dep in ("nsubj", "nsubjpass", "csubj")}
    # The tagger may call a verb a noun ("blunts") where the parser gives it an object.
    verbs = {i for i, p in enumerate(pos) if p == "VERB"} | {heads[i] for i, dep in enumerate(deps) if dep == "dobj"}
    for index, dep in enumerate(deps):
        head = heads[index]
        if dep == "compound" and head > index and head in verbs and head not in has_subject:
            deps[index] = "nsubj"
            has_subject.add(head)


def _sufficient_to(heads: list[int], deps: list[str], norms: list[str]) -> None:
    """ "Not sufficient without the opioid effect to produce it", "not enough in adults to create it": the
    infinitive says what is (not) enough, so it hangs from 'sufficient', not from the noun of the phrase
    between or, as an adverbial clause, from the copula."""
    for verb, dep in enumerate(deps):
        head = heads[verb]
        if dep not in ("acl", "relcl", "advcl") or head < 0:
            continue
        if not any(deps[c] == "aux" and norms[c] == "to" and heads[c] == verb for c in range(verb)):
            continue
        word = -1
        if dep in ("acl", "relcl") and deps[head] == "pobj" and deps[heads[head]] == "prep":
            word = heads[heads[head]]
        elif dep == "advcl":
            word = next((c for c in range(verb) if heads[c] == head and deps[c] in ("acomp", "oprd")), -1)
        if word >= 0 and norms[word] in _SUFFICIENCY:
            heads[verb], deps[verb] = word, "xcomp"


def _apposition(heads: list[int], deps: list[str], pos: list[str], norms: list[str]) -> None:
    """ "given naltrexone, an opioid antagonist, before …": between commas, a noun phrase opened by 'a' or 'an'
    right after a noun says what that noun is; the parser (reading a stand-in for the drug's name) hangs
    it from the verb instead."""
    for comma, norm in enumerate(norms):
        noun = comma - 1
        if norm != "," or noun < 0 or pos[noun] not in ("NOUN", "PROPN") or comma + 2 >= len(norms):
            continue
        if norms[comma + 1] not in _APPOSITION_OPENERS:
            continue
        head = next(
            (k for k in range(comma + 2, len(norms)) if pos[k] in ("NOUN", "PROPN") and deps[k] not in ("compound", "amod", "nmod")),
            None,
        )
        if head is None or head + 1 >= len(norms) or norms[head + 1] != ",":
            continue
        if heads[head] == noun or deps[head] not in ("npadvmod", "dobj", "attr", "pobj", "appos") or heads[head] > noun:
            continue  # never a subject, nor a noun hung from a word after it
        if any(heads[k] != head for k in range(comma + 1, head)):
            continue  # not one phrase: "…, a drug that …" or words hung elsewhere
        heads[head], deps[head] = noun, "appos"


def _participle_object(heads: list[int], deps: list[str], pos: list[str], tags: list[str], norms: list[str]) -> None:
    """ "Williams wrote the editorial accompanying the study": the parser reads "the editorial accompanying
    the study" as a clause the verb reports. After a verb that takes no such clause, the noun is the verb's
    object and the participle describes it."""
    for participle, dep in enumerate(deps):
        verb = heads[participle]
        if dep != "ccomp" or tags[participle] != "VBG" or verb < 0 or verb > participle or norms[verb] in _SMALL_CLAUSE_VERBS:
            continue
        below = [c for c in range(len(deps)) if heads[c] == participle]
        if any(deps[c] in ("aux", "auxpass", "mark") for c in below) or any(deps[c] == "dobj" and heads[c] == verb for c in range(len(deps))):
            continue
        subjects = [c for c in below if deps[c] == "nsubj" and pos[c] in ("NOUN", "PROPN") and c < participle]
        if len(subjects) != 1:
            continue
        heads[subjects[0]], deps[subjects[0]] = verb, "dobj"
        heads[participle], deps[participle] = subjects[0], "acl"


def _participle_takes_second_subject(heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> None:
    """ "An editorial accompanying the study cautions that …": the parser gives "cautions" two subjects, the
    editorial and the study. The second, right after the first one's participle, is the participle's object."""
    for verb in range(len(deps)):
        subjects = [c for c in range(len(deps)) if heads[c] == verb and deps[c] == "nsubj"]
        if len(subjects) != 2:
            continue
        first, second = subjects
        participles = [c for c in range(first, second) if heads[c] == first and deps[c] == "acl" and tags[c] in ("VBG", "VBN")]
        if len(participles) != 1 or pos[second] not in ("NOUN", "PROPN"):
            continue
        participle = participles[0]
        if any(heads[c] == participle and deps[c] == "dobj" for c in range(len(deps))):
            continue
        if any(participle < c < second and heads[c] not in (second, participle) and c != second for c in range(len(deps))):
            continue  # something between them hangs elsewhere: not one phrase
        heads[second], deps[second] = participle, "dobj"


def _headline_verb(heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> None:
    """ "Aspirin lessened dissociation" (a drug's name read as the parser's stand-in): with no verb in the
    sentence, the parser reads a noun phrase, the past form an adjective on the last noun. Between two
    nouns, the past form is the verb: the noun before it its subject, the noun it described its object."""
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "amod" or tags[verb] not in ("VBD", "VBN") or noun < 0 or heads[noun] >= 0 or noun < verb:
            continue
        if any(p in ("VERB", "AUX") for i, p in enumerate(pos) if i != verb):
            continue
        before = verb - 1
        if before < 0 or pos[before] not in ("NOUN", "PROPN") or heads[before] != noun or deps[before] not in ("compound", "nmod"):
            continue
        heads[verb], deps[verb] = -1, "ROOT"
        heads[before], deps[before] = verb, "nsubj"
        for child, head in enumerate(heads):
            if head == noun and deps[child] == "punct":
                heads[child] = verb
        heads[noun], deps[noun] = verb, "dobj"
        return


def _verb_read_as_compound(heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> None:
    """ "The drug blocks NMDA receptors": the parser reads the verb as part of the noun phrase after it, which
    becomes the sentence, though the verb has its subject. The verb is the sentence's, the phrase its object."""
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "compound" or pos[verb] != "VERB" or tags[verb] not in ("VBZ", "VBD", "VBP"):
            continue
        subjects = [c for c in range(verb) if heads[c] == verb and deps[c] == "nsubj"]
        if noun < verb or heads[noun] >= 0 or not subjects:
            continue
        heads[verb], deps[verb] = -1, deps[noun]
        for child, head in enumerate(heads):
            if head == noun and deps[child] == "punct":
                heads[child] = verb
            elif head == noun and child < subjects[0]:
                # "The" of "The drug blocks …" went with the phrase; it is the subject's.
                heads[child] = subjects[0]
        heads[noun], deps[noun] = verb, "dobj"
        return


_SINGULAR_AUXILIARIES = frozenset(ENGLISH["number_auxiliaries"]["singular"])
_PLURAL_AUXILIARIES = frozenset(ENGLISH["number_auxiliaries"]["plural"])


def _relative_agreement(heads: list[int], deps: list[str], tags: list[str], norms: list[str]) -> None:
    """ "receptors in the brain that react to opioid drugs": the parser hangs the relative clause from the
    nearest noun, "brain". Where its verb disagrees in number with that noun and agrees with the noun the
    phrase hangs from, it is that noun's."""
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "relcl" or noun < 0 or deps[noun] != "pobj":
            continue
        plural = _verb_is_plural(verb, heads, tags, norms)
        if plural is None or _noun_is_plural(tags[noun]) in (None, plural):
            continue
        owner = heads[heads[noun]] if heads[noun] >= 0 else -1
        if owner >= 0 and _noun_is_plural(tags[owner]) == plural:
            heads[verb] = owner


def _verb_is_plural(verb: int, heads: list[int], tags: list[str], norms: list[str]) -> bool | None:
    if tags[verb] in ("VBZ", "VBP"):
        return tags[verb] == "VBP"
    for child, head in enumerate(heads):
        if head == verb and norms[child] in _SINGULAR_AUXILIARIES:
            return False
        if head == verb and norms[child] in _PLURAL_AUXILIARIES:
            return True
    return None


def _noun_is_plural(tag: str) -> bool | None:
    if tag in ("NN", "NNP"):
        return False
    if tag in ("NNS", "NNPS"):
        return True
    return None


_JOINERS = frozenset(ENGLISH["clause_joiners"]["words"])


def _first_of(heads: list[int], node: int) -> int:
    """The first token of a node's phrase."""
    below = [node]
    first = node
    while below:
        current = below.pop()
        first = min(first, current)
        below.extend(c for c, head in enumerate(heads) if head == current)
    return first


def _semicolon_clauses(heads: list[int], deps: list[str], norms: list[str]) -> None:
    """ "Its NMDA action still matters; it just isn't enough on its own", "The trial was open-label, so
    participants knew what they received": the parser hangs the clause before a semicolon or a joining word
    from the verb after it, as what that verb says. They join two statements."""
    for clause, dep in enumerate(deps):
        verb = heads[clause]
        if dep != "ccomp" or verb <= clause:
            continue
        joiners = [i for i in range(clause + 1, verb) if norms[i] in _JOINERS and heads[i] in (verb, clause)]
        # The word joins the verb's own clause only where that clause follows it: "…, so participants knew",
        # not "X, so Y, Williams said", where Williams says both.
        subjects = [c for c in range(len(deps)) if heads[c] == verb and deps[c] in _SUBJECTS]
        joiners = [i for i in joiners if norms[i] == ";" or any(_first_of(heads, s) == i + 1 for s in subjects)]
        if joiners:
            # Joined by a word, the two are coordinate: neither reports the other.
            deps[clause] = "parataxis" if [norms[i] for i in joiners] == [";"] else "conj"


_EXAMPLE_PREPOSITIONS = frozenset(ENGLISH["repair_words"]["example_prepositions"])


def _parallel_examples(heads: list[int], deps: list[str], norms: list[str]) -> None:
    """ "side effects such as dissociation and risks such as addiction": the parser joins "risks" to the
    first example, "dissociation", and may hang the second "such as" there too. A conjunct that gives
    examples of its own is a second thing of the kind the first examples were given for: it joins the
    noun they were examples of, and the examples after it are its own."""
    for noun, dep in enumerate(deps):
        example = heads[noun]
        if dep != "conj" or example < 0 or deps[example] != "pobj":
            continue
        preposition = heads[example]
        if preposition < 0 or norms[preposition] not in _EXAMPLE_PREPOSITIONS or deps[preposition] != "prep":
            continue
        kind = heads[preposition]
        own = [c for c in range(noun + 1, len(deps)) if deps[c] == "prep" and norms[c] in _EXAMPLE_PREPOSITIONS and heads[c] in (noun, example)]
        if kind < 0 or not own:
            continue
        heads[noun] = kind
        heads[own[0]] = noun
        for joiner in range(example + 1, noun):
            if heads[joiner] == example and deps[joiner] == "cc":
                heads[joiner] = kind


_COPULA_FORMS = frozenset(ENGLISH["repair_words"]["copula_forms"])
_DO_FORMS = frozenset(ENGLISH["repair_words"]["do_forms"])


def _pseudo_cleft(heads: list[int], deps: list[str], norms: list[str]) -> None:
    """ "What naltrexone didn't do was stop the dissociation", "What it did not block was the dissociation":
    the parser makes the copula the root and the clause with "what" its subject, so the "not" stays on a verb
    with no object. The sentence says "naltrexone didn't stop the dissociation": the verb after the copula
    (after "do"), or the one in the "what" clause with the copula's complement as its object, is the root."""
    for copula, dep in enumerate(deps):
        if dep not in ("root", "conj", "ccomp", "parataxis") or norms[copula] not in _COPULA_FORMS:
            continue
        clauses = [c for c in range(copula) if heads[c] == copula and deps[c] == "csubj"]
        if not clauses:
            continue
        verb = clauses[0]
        opener = min(i for i in range(len(deps)) if _below(heads, i, verb))
        if norms[opener] != "what":
            continue
        after = [c for c in range(copula + 1, len(deps)) if heads[c] == copula]
        if norms[verb] in _DO_FORMS:
            done = next((c for c in after if deps[c] in ("xcomp", "ccomp", "advcl")), None)
            if done is None:
                continue
            main = done
            moved = [c for c in range(len(deps)) if heads[c] == verb and deps[c] in ("nsubj", "aux", "neg", "advmod")]
        else:
            what = next((c for c in after if deps[c] == "attr"), None)
            if what is None:
                continue
            main = verb
            heads[what], deps[what] = verb, "dobj"
            moved = []
        heads[main], deps[main] = heads[copula], deps[copula]
        for child in moved:
            heads[child] = main
        for child in range(len(deps)):
            if heads[child] == copula and child != main:
                heads[child] = main
        heads[copula], deps[copula] = main, "dep"
        heads[opener], deps[opener] = main, "dep"
        if main != verb:
            heads[verb], deps[verb] = main, "dep"


def _leftmost(heads: list[int]) -> list[int]:
    """For each token, the first token of its phrase (itself or the leftmost below it)."""
    leftmost = list(range(len(heads)))
    for index in range(len(heads)):
        node, seen = heads[index], 0
        while node >= 0 and seen <= len(heads) and index < leftmost[node]:
            leftmost[node] = index
            node, seen = heads[node], seen + 1
    return leftmost


def _below(heads: list[int], node: int, top: int) -> bool:
    for _ in range(len(heads) + 1):  # a parse with a cycle ends the walk
        if node < 0:
            return False
        if node == top:
            return True
        node = heads[node]
    return False


def _in_order_to(heads: list[int], deps: list[str], norms: list[str]) -> None:
    """ "stopped the trial in order to protect the participants": the parser hangs "to protect" from "order"
    as a relative clause; it is the verb's purpose, as "to protect" alone would be."""
    for order, dep in enumerate(deps):
        opener = heads[order]
        if norms[order] != "order" or dep != "pobj" or opener < 0 or norms[opener] != "in" or deps[opener] != "prep":
            continue
        if any(heads[c] == order and deps[c] == "det" for c in range(len(deps))):
            continue  # "in an order decided at random"
        purposes = [
            c
            for c in range(len(deps))
            if heads[c] == order and deps[c] in ("acl", "relcl") and any(heads[a] == c and norms[a] == "to" for a in range(c))
        ]
        if not purposes:
            continue
        purpose = purposes[0]
        heads[purpose], deps[purpose] = heads[opener], "advcl"
        heads[opener], deps[opener] = purpose, "mark"
        heads[order], deps[order] = opener, "fixed"


_APPOSITION_MARKS = frozenset(ENGLISH["repair_words"]["apposition_marks"])


def _nearest_apposition(heads: list[int], deps: list[str], pos: list[str], norms: list[str]) -> None:
    """ "a dose of naltrexone, an opioid blocker", "gave them ketamine and naltrexone, an opioid blocker": the
    parser hangs the noun phrase after the comma from the phrase's head ("dose") or from the verb as a second
    object. It describes the noun just before the comma, where that noun lies in the phrase it was hung from."""
    count = len(deps)
    leftmost = _leftmost(heads)
    for noun in range(count):
        head = heads[noun]
        if head < 0 or pos[noun] not in ("NOUN", "PROPN"):
            continue
        first = leftmost[noun]
        if first < 2 or norms[first - 1] not in _APPOSITION_MARKS:
            continue
        described = first - 2
        if described == head or pos[described] not in ("NOUN", "PROPN") or _below(heads, described, noun):
            continue
        if deps[noun] == "appos":
            if not _below(heads, described, head):
                continue
        elif deps[noun] == "dobj":
            earlier = [c for c in range(noun) if heads[c] == head and deps[c] == "dobj"]
            if not earlier or not _below(heads, described, earlier[-1]):
                continue
        else:
            continue
        heads[noun], deps[noun] = described, "appos"
