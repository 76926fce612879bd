"""Who does what to what, read off the parse: the arguments of a relation cue, and what names them.

For a cue (a verb, a noun such as "activation", an adjective such as "responsible", a
preposition such as "due to") the parse gives three sides:

- its subject side: the subject of the predicate it belongs to ("naltrexone blocked"), the
  possessor of a noun ("ketamine's activation of"), the noun a participle or preposition
  modifies ("a study published in", "researchers at");
- its object side: what it governs (objects, complements, prepositional objects);
- the rest of its clause: conditions and circumstances ("when patients took naltrexone").

Each side is read down to the things the database knows (``fillers``): the head of a noun
phrase when it names an entity ("the dissociative effects of ketamine" names dissociation,
not ketamine), what a phrase is of when its head names nothing ("the efficacy of ketamine").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from ketacheck.reading.mentions import Mention, Name
from ketacheck.reading.parser import Tree
from ketacheck.text.english import ENGLISH
from ketacheck.tuning import CLIMB_LIMIT, FILLER_DEPTH

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd", "acomp", "xcomp", "ccomp", "pcomp", "pobj", "nsubjpass", "npadvmod")
"""Arcs to what a cue governs; "npadvmod" too, which the parser gives an object it cannot place ("improved reaction times")."""
PREPOSITION_DEPS = ("prep", "agent")
NOUN_POS = ("NOUN", "PROPN", "PRON", "NUM", "X")


_DESCEND = ("poss", "compound", "nmod", "appos", "pobj", "pcomp", "dobj", "npadvmod", "amod", "acl")
"""Where a phrase whose head names nothing the database knows may name something ("the efficacy of ketamine")."""
_OF_LIKE = frozenset(ENGLISH["phrase_prepositions"]["words"])
_OBJECT_PREPOSITIONS = frozenset(ENGLISH["object_prepositions"]["words"])
_NOMINAL_AGENT_MARKERS = frozenset(ENGLISH["nominal_agent_markers"]["words"])
_COPULAS = frozenset(ENGLISH["copulas"])
_CONTRAST_PREPOSITIONS = frozenset(ENGLISH["contrast_openers"]["prepositions"])
_CONTRAST_NOUNS = frozenset(ENGLISH["contrast_openers"]["nouns"])
_VERB_CONTRAST_PREPOSITIONS = frozenset(ENGLISH["contrast_openers"]["verb_prepositions"])
RELATIVE_PRONOUNS = frozenset(ENGLISH["relative_pronouns"])
_Found = TypeVar("_Found", Mention, Name)
_PROPERTY_VERBS = frozenset(ENGLISH["property_verbs"]["words"])
_INSTRUMENT_VERBS = frozenset(ENGLISH["instrument_verbs"]["words"])
_CLIMB_DEPS = frozenset(
    ("xcomp", "conj", "advcl", "acomp", "attr", "oprd", "advmod", "neg", "aux", "auxpass", "prep", "pcomp", "dobj", "amod", "npadvmod")
)
"""Arcs a verb, adjective or adverb cue climbs to find the subject it shares with the verb above."""


@dataclass(slots=True)
class Arguments:
    """The sides of one relation cue, as token indices of the parse."""

    predicate: int
    """The node the subject was found on: the cue itself, or the verb it belongs to."""
    subjects: list[int]
    objects: list[int]
    agents: list[int]
    """Who does it, after a passive verb or participle ("blocked by naltrexone")."""
    passive: bool
    clause: list[int]
    """Every token of the predicate's clause: where conditions and circumstances are found."""
    circumstances: list[int]
    """Heads of adverbial clauses ("to safeguard the participants"): what they name directly is on the object side."""


def sets_apart(tree: Tree, norms: Sequence[str], preposition: int) -> bool:
    """See ``Roles.sets_apart``; also for the reader, before the roles are built."""
    if norms[preposition] in _CONTRAST_PREPOSITIONS:
        return True
    if norms[preposition] in _VERB_CONTRAST_PREPOSITIONS:
        return tree.heads[preposition] >= 0 and tree.is_verbal(tree.heads[preposition])
    return norms[preposition] == "in" and any(norms[g] in _CONTRAST_NOUNS for g in tree.children_by(preposition, "pobj"))


class Roles:
    """Arguments and fillers over one statement's parse and mentions."""

    def __init__(
        self,
        tree: Tree,
        norms: list[str],
        entities: list[Mention],
        names: list[Name],
        agent_markers: frozenset[str],
        light_verbs: frozenset[str],
        properties: frozenset[str] = frozenset(),
    ) -> None:
        """``properties``: ids of entities that describe a thing rather than name one ("pretreatment", "early")."""
        self.tree = tree
        self._properties = properties
        self._norms = norms
        self._agent_markers = agent_markers
        self._light_verbs = light_verbs
        self._entity_at: dict[int, list[Mention]] = {}
        for mention in entities:
            for index in mention.span:
                self._entity_at.setdefault(index, []).append(mention)
        self._name_at: dict[int, Name] = {index: name for name in names for index in name.span}
        self._arguments: dict[tuple[int, int, int, frozenset[str]], Arguments] = {}
        self._found_before: dict[tuple[tuple[int, ...], type], list[Mention | Name]] = {}

    # --- the sides of a cue --------------------------------------------------------------

    def arguments(self, cue: Mention, agent_markers: frozenset[str] = frozenset()) -> Arguments:
        """The sides of a cue; ``agent_markers``: prepositions that mark its relation's subject after a noun
        ("the side effects of ketamine"). Worked out once per cue: every claim of its relation asks."""
        key = (cue.start, cue.end, cue.anchor, agent_markers)
        found = self._arguments.get(key)
        if found is None:
            found = self._arguments[key] = self._work_out_arguments(cue, agent_markers)
        return found

    def _work_out_arguments(self, cue: Mention, agent_markers: frozenset[str]) -> Arguments:
        tree = self.tree
        span = set(cue.span)
        determined = tree.heads[cue.anchor]
        if tree.deps[cue.anchor] in ("det", "predet") and determined >= 0 and tree.pos[determined] in NOUN_POS:
            # "patients had both pretreatments": a determiner cue is said of whoever has its noun.
            subjects, predicate = self._subject_nodes(determined, span | {determined})
        else:
            subjects, predicate = self._subject_nodes(cue.anchor, span)
        passive = self._passive(predicate) or self._passive(cue.anchor)
        objects: list[int] = []
        agents: list[int] = []
        circumstances: list[int] = []
        nominal = tree.pos[cue.anchor] in NOUN_POS
        owners = sorted(span | {cue.anchor})
        if tree.pos[cue.anchor] == "ADV" or tree.deps[cue.anchor] in ("neg", "aux", "auxpass"):
            # An adverb ("still") or an auxiliary ("was") speaks of its verb's arguments.
            owners.append(tree.heads[cue.anchor])
        elif tree.deps[cue.anchor] == "acomp" and self._norms[tree.heads[cue.anchor]] in _COPULAS:
            # "X is necessary for Y", where the parser hangs "for Y" from the copula.
            owners.append(tree.heads[cue.anchor])
        for owner in owners:
            if owner < 0:
                continue
            for child in tree.children[owner]:
                if child in span:
                    continue
                dep = tree.deps[child]
                if dep in PREPOSITION_DEPS and self.sets_apart(child):
                    continue  # "Unlike dissociation, the antidepressant effect was blocked"
                if dep in PREPOSITION_DEPS:
                    governed = self.governed(child)
                    by_doer = nominal and owner == cue.anchor and self._norms[child] in _NOMINAL_AGENT_MARKERS
                    if dep == "agent" or (passive and self._norms[child] in self._agent_markers) or by_doer:
                        agents.extend(governed)
                    elif nominal and owner == cue.anchor and self._norms[child] in agent_markers:
                        subjects.extend(governed)
                    else:
                        objects.extend(governed)
                elif dep in ("pobj", "pcomp") and owner in span and (
                    tree.deps[owner] == "agent" or (passive and self._norms[owner] in self._agent_markers)
                ):
                    # "written by George": the cue's own 'by' governs who did it.
                    agents.append(child)
                elif dep == "conj" and owner in span and tree.pos[owner] == "ADP" and self._norms[child] == self._norms[owner]:
                    # "an effect on dissociation or on the antidepressant effect": the cue's own preposition, again.
                    objects.extend(tree.children_by(child, "pobj", "pcomp"))
                elif dep == "advcl" or (dep == "ccomp" and self._concessive(child)):
                    circumstances.append(child)
                elif dep in OBJECT_DEPS and child not in subjects:
                    objects.append(child)
                elif dep in ("compound", "amod") and tree.pos[owner] in NOUN_POS:
                    # "opioid system activation": a noun cue's modifiers are what it acts on.
                    objects.append(child)
        if tree.pos[cue.anchor] in ("ADP", "SCONJ") or tree.deps[cue.anchor] == "prep":
            objects.extend(c for c in tree.children_by(cue.anchor, "pobj", "pcomp") if c not in objects)
        if tree.deps[cue.anchor] == "mark" and tree.heads[cue.anchor] >= 0:
            # "X because Y": the clause it opens is the cause, the clause that clause hangs from the effect.
            opened = tree.heads[cue.anchor]
            main = tree.heads[opened]
            if main >= 0:
                subjects = tree.children_by(main, *SUBJECT_DEPS, "dobj", "attr")
                objects = [opened, *tree.children_by(opened, *SUBJECT_DEPS, "dobj", "attr", "acomp")]
                predicate = main
        for node in list(objects):
            if tree.deps[node] in ("attr", "oprd"):
                # "The study was a randomized crossover trial": what the predicate noun is said to be, the subject is.
                objects.extend(tree.children_by(node, "amod", "compound"))
            if tree.deps[node] in ("oprd", "acomp"):
                # "cut the study short for ethical reasons": the complement's own phrase is the verb's too.
                objects.extend(g for p in tree.children_by(node, "prep") for g in tree.children_by(p, "pobj"))
            elif tree.deps[node] == "dobj" and not nominal:
                # "published its results in the journal": where the parser hangs the place from the object.
                preps = [p for p in tree.children_by(node, "prep") if self._norms[p] in _OBJECT_PREPOSITIONS]
                objects.extend(g for p in preps for g in tree.children_by(p, "pobj") if g not in objects)
        head = tree.heads[cue.anchor]
        if nominal and tree.deps[cue.anchor] in ("nsubj", "nsubjpass") and head >= 0:
            # "Ketamine's side effects include dissociation": what the verb says the noun is.
            objects.extend(tree.children_by(head, "dobj", "attr", "acomp", "oprd"))
        if predicate != cue.anchor and predicate not in span and predicate in self._entity_at:
            # "Patients felt dissociated", "the trial was not blinded": the predicate itself names the object.
            objects.append(predicate)
        clause = self._clause_tokens(predicate)
        return Arguments(predicate, subjects, objects, agents, passive, clause, circumstances)

    def subject_nodes(self, node: int) -> tuple[list[int], int]:
        """The subject of a verb, shared through a verb chain or coordination; and the verb that has it."""
        return self._subject_nodes(node, set())

    def _subject_nodes(self, anchor: int, span: set[int]) -> tuple[list[int], int]:
        """Whose the cue is: its subject, or the subject of the verb it belongs to, climbing only the arcs
        that keep to one predication (a verb chain, a copula, a light verb's object, the noun a
        participle or preposition modifies), never out of a phrase that only stands beside it."""
        tree = self.tree
        node = anchor
        for _ in range(CLIMB_LIMIT):
            own = tree.children_by(node, *SUBJECT_DEPS)
            found = [c for c in own if c not in span]
            if found:
                return found, node
            if own and node != anchor:
                # The clause has a subject, and it is the cue itself ("continuing would be unethical").
                return [], node
            if tree.pos[node] in NOUN_POS:
                owners = [c for c in tree.children_by(node, "poss") if c not in span]
                if owners:
                    return owners, node
            head = tree.heads[node]
            dep = tree.deps[node]
            if dep in ("xcomp", "ccomp") and head >= 0 and self._infinitive(node):
                # "found ketamine to have X": the infinitive's subject is the verb's object; "ketamine is known
                # to relieve X": the passive verb's subject.
                objects = tree.children_by(head, "dobj") or tree.children_by(head, "nsubjpass")
                if objects:
                    return objects, node
            if dep == "advcl" and head >= 0 and self._norms[head] in _INSTRUMENT_VERBS and self._infinitive(node):
                # "overusing ketamine to treat depression", "leaning on ketamine to fight it": the purpose is the
                # instrument's.
                used = tree.children_by(head, "dobj") or [g for p in tree.children_by(head, "prep") for g in tree.children_by(p, "pobj")]
                if used:
                    return used, node
            if head < 0 or dep in ("ccomp", "parataxis", "root"):
                break
            if dep in ("relcl", "acl") and tree.pos[head] in NOUN_POS:
                # A participle or relative clause speaks of the noun it modifies ("a study published in");
                # an infinitive may speak of the verb's subject too ("ketamine activates X to treat depression").
                governor = tree.heads[head]
                if governor >= 0 and tree.deps[head] in ("attr", "appos"):
                    # "Naltrexone is a drug that blocks…", "naltrexone, a drug that blocks…": the drug is naltrexone.
                    named = tree.children_by(governor, "nsubj", "nsubjpass") if tree.deps[head] == "attr" else [governor]
                    return [head, *named], node
                if governor >= 0 and self._infinitive(node):
                    above = tree.children_by(governor, "nsubj", "nsubjpass") if tree.is_verbal(governor) else []
                    return [head, *above], node
                return [head], node
            if dep in ("prep", "agent") and tree.pos[head] in NOUN_POS and node in span:
                # A preposition cue speaks of the noun it follows ("researchers at Stanford").
                return [head], node
            if dep == "appos" and node in span:
                # "Ketamine, a depression treatment": the apposed noun speaks of its head.
                return [head], node
            if not self._climbs(node, dep, head, span):
                break
            node = head
        return [], anchor

    def _infinitive(self, verb: int) -> bool:
        return any(self._norms[a] == "to" for a in self.tree.children_by(verb, "aux"))

    def _climbs(self, node: int, dep: str, head: int, span: set[int]) -> bool:
        """Whether a cue's subject is its head's: through a verb chain, a copula, a light verb's object."""
        tree = self.tree
        if tree.pos[node] in NOUN_POS:
            if node not in span:
                return False
            if dep == "pobj":
                # "run by researchers at Yale": through its preposition to the verb.
                return tree.pos[head] == "ADP"
            # "ketamine produces activation", "X has no effect on": a noun cue takes a light verb's subject.
            return dep in ("dobj", "attr") and self._norms[head] in self._light_verbs
        if tree.pos[node] == "ADP":
            return dep in ("prep", "agent")
        return dep in _CLIMB_DEPS

    def _passive(self, node: int) -> bool:
        tree = self.tree
        if tree.children_by(node, "nsubjpass", "csubjpass", "auxpass"):
            return True
        # An adjective or participle with its doer after 'by' ("unaffected by naltrexone").
        return (tree.pos[node] == "ADJ" or tree.tags[node] == "VBN") and any(
            self._norms[c] == "by" for c in tree.children_by(node, "prep", "agent")
        )

    def _clause_tokens(self, predicate: int) -> list[int]:
        """The predicate's subtree, less the coordinated and reported clauses that are assertions of their own."""
        tree = self.tree
        top = predicate
        # A cue inside a noun phrase belongs to the clause of the verb above it.
        while tree.pos[top] not in ("VERB", "AUX") and tree.heads[top] >= 0 and tree.deps[top] != "root":
            top = tree.heads[top]
        out: list[int] = []
        pending = [top]
        while pending:
            node = pending.pop()
            out.append(node)
            for child in tree.children[node]:
                # A noun joined to a verb is a clause the parser could not finish ("…, but its mood boost doesn't").
                if tree.deps[child] == "parataxis" or (
                    tree.deps[child] == "conj" and (tree.is_verbal(child) or tree.is_verbal(node))
                ):
                    continue
                if tree.deps[child] == "ccomp" and not self._concessive(child):
                    continue
                pending.append(child)
        return sorted(out)

    def _concessive(self, node: int) -> bool:
        """A 'whether … or …' clause concedes a circumstance ("similar whether they took X or Y")."""
        tree = self.tree
        marks = {self._norms[m] for m in tree.children_by(node, "mark")}
        governor = tree.heads[node]
        # Not the question a verb asks ("determine whether X or Y"): a circumstance beside an adjective.
        if governor >= 0 and tree.is_verbal(governor) and tree.deps[node] != "advcl":
            return False
        return "whether" in marks and any(self._norms[i] == "or" for i in tree.subtree(node))

    def _sentential_antecedent(self, noun: int, depth: int, seen: set[int]) -> list[Mention | Name]:
        """ "It seems to behave like an opioid in the brain, which experts worry could …": a ", which" after a
        phrase that ends its clause may stand for what the clause says, and so for its subject, besides the
        noun the parser hangs it from."""
        tree = self.tree
        node = noun
        while tree.deps[node] == "pobj" and tree.heads[node] >= 0 and tree.deps[tree.heads[node]] == "prep":
            node = tree.heads[tree.heads[node]]
        if node == noun or not tree.is_verbal(node):
            return []
        subjects, _ = self._subject_nodes(node, set())
        return [item for subject in subjects for item in self._fillers(subject, depth, seen)]

    def governed(self, preposition: int) -> list[int]:
        """What a preposition governs, with what the same preposition joined to it governs ("no impact on
        dissociation or on the antidepressant effect")."""
        tree = self.tree
        joined = [j for j in tree.children_by(preposition, "conj") if self._norms[j] == self._norms[preposition]]
        found = [g for p in (preposition, *joined) for g in tree.children_by(p, "pobj", "pcomp")]
        inner = tree.children_by(preposition, "prep")
        if not found and len(inner) == 1:
            # "out of concern for …", "because of …": a preposition of two words governs through the second.
            found = tree.children_by(inner[0], "pobj", "pcomp")
        return found

    def sets_apart(self, preposition: int) -> bool:
        """Whether a preposition sets what it governs apart from the clause ("unlike X", "in contrast to X",
        "compared with X", "like X" on a verb): it fills none of the verb's roles."""
        return sets_apart(self.tree, self._norms, preposition)

    # --- what a side names ---------------------------------------------------------------

    def fillers(self, nodes: list[int]) -> list[Mention]:
        """The entity mentions that a side's nodes name, each once, in order."""
        return self._found(nodes, Mention)

    def names(self, nodes: list[int]) -> list[Name]:
        """The unknown names that a side's nodes name, read down as ``fillers`` reads entities."""
        return self._found(nodes, Name)

    def _found(self, nodes: list[int], kind: type[_Found]) -> list[_Found]:
        # Read down once per side: every claim of a cue's relation, and every rule, asks again.
        key = (tuple(nodes), kind)
        known = self._found_before.get(key)
        if known is None:
            found: dict[int, Mention | Name] = {}
            for node in nodes:
                for item in self._fillers(node, 0, set()):
                    if isinstance(item, kind):
                        found.setdefault(id(item), item)
            known = self._found_before[key] = sorted(found.values(), key=lambda item: item.start)
        return [item for item in known if isinstance(item, kind)]

    def _fillers(self, node: int, depth: int, seen: set[int]) -> list[Mention | Name]:
        if node in seen or depth > FILLER_DEPTH:
            return []
        seen.add(node)
        tree = self.tree
        here: list[Mention | Name] = list(self._entity_at.get(node, []))
        if not here and node in self._name_at:
            here.append(self._name_at[node])
        found: list[Mention | Name] = list(here)
        # "Pretreatment with the opioid antagonist naltrexone": a property named by the head leaves the thing
        # to its phrase.
        described = bool(here) and all(isinstance(m, Mention) and set(m.ids) <= self._properties for m in here)
        if described:
            for child in tree.children_by(node, "prep"):
                if self._norms[child] in _OF_LIKE:
                    for governed in tree.children_by(child, "pobj", "pcomp"):
                        found.extend(self._fillers(governed, depth + 1, seen))
        if not here:
            if self._norms[node] in RELATIVE_PRONOUNS and tree.deps[node] != "mark":
                # A relative pronoun stands for the noun its clause modifies; a predicate noun for the subject
                # it is said of ("naltrexone is a drug that blocks…", "naltrexone, a drug that blocks…").
                clause = next((a for a in tree.ancestors(node) if tree.deps[a] in ("relcl", "acl")), None)
                if clause is None and self._norms[node] in ("which", "who"):
                    # The parser lost the relative clause ("overusing ketamine, which might grow…" hung as an
                    # adverbial): "which" then stands for the nearest thing named before it.
                    before = [m for i, ms in self._entity_at.items() if i < node for m in ms]
                    return [max(before, key=lambda m: m.end)] if before else []
                if clause is not None and tree.heads[clause] >= 0:
                    noun = tree.heads[clause]
                    found = self._fillers(noun, depth, seen)
                    if self._norms[node] == "which" and node > 0 and self._norms[node - 1] == ",":
                        found += self._sentential_antecedent(noun, depth, seen)
                    above = tree.heads[noun]
                    if tree.deps[noun] == "attr" and above >= 0:
                        for subject in tree.children_by(above, "nsubj", "nsubjpass"):
                            found += self._fillers(subject, depth, seen)
                    elif tree.deps[noun] == "appos" and above >= 0:
                        found += self._fillers(above, depth, seen)
                    return found
            # "ketamine's anesthetic properties": the kind named on the noun says which of the owner's things
            # it is; the owner alone would stand for any of them.
            kinds = [c for c in tree.children_by(node, "amod", "compound") if self._entity_at.get(c)]
            for child in tree.children[node]:
                dep = tree.deps[child]
                if dep == "poss" and kinds:
                    continue
                if dep == "prep" and self._norms[child] in _OF_LIKE:
                    for governed in tree.children_by(child, "pobj", "pcomp"):
                        found.extend(self._fillers(governed, depth + 1, seen))
                elif dep in _DESCEND:
                    found.extend(self._fillers(child, depth + 1, seen))
                elif (dep in SUBJECT_DEPS or dep in ("xcomp", "ccomp", "acomp")) and tree.is_verbal(node):
                    # A complement clause names what its subject and its own complements name
                    # ("whether naltrexone would…", "to spend more time studying vagus nerve stimulation",
                    # "from feeling dissociated").
                    found.extend(self._fillers(child, depth + 1, seen))
        if not here and depth == 0:
            # "George is one of the study's authors": a predicate noun names its subject.
            predicate = node
            if tree.deps[node] == "pobj" and tree.heads[node] >= 0 and self._norms[tree.heads[node]] == "of":
                predicate = tree.heads[tree.heads[node]]
            if predicate >= 0 and tree.deps[predicate] == "attr" and tree.heads[predicate] >= 0:
                for subject in tree.children_by(tree.heads[predicate], "nsubj", "nsubjpass"):
                    found.extend(self._fillers(subject, depth + 1, seen))
        # "X and Y", "X, an opioid blocker": the coordinated and the apposed name the same side.
        for child in tree.children[node]:
            if tree.deps[child] in ("conj", "appos") and not tree.is_verbal(child):
                found.extend(self._fillers(child, depth, seen))
            elif tree.deps[child] == "cc":
                # "the antidepressant effect rather than the dissociation": the parser hangs the
                # alternative from "than"; it stands on the same side, its negation on it.
                for alternative in tree.children_by(child, "pobj"):
                    if not tree.is_verbal(alternative):
                        found.extend(self._fillers(alternative, depth, seen))
        return found

    def owners(self, mentions: list[Mention], markers: frozenset[str]) -> list[Mention]:
        """Whose the mentioned things are: their possessors ("ketamine's effects") and what they are
        of, by the given prepositions ("the effects of ketamine")."""
        tree = self.tree
        nodes: list[int] = []
        for mention in mentions:
            for index in mention.span:
                for child in tree.children[index]:
                    if child in mention.span:
                        continue
                    if tree.deps[child] == "poss":
                        nodes.append(child)
                    elif tree.deps[child] == "prep" and self._norms[child] in markers:
                        nodes.extend(tree.children_by(child, "pobj"))
        return self.fillers(nodes)

    def linked(self, mention: Mention) -> list[int]:
        """Nodes joined to a mention without a verb: its modifiers, apposition, prepositional
        phrase, and what it modifies in turn. Where an implicit relation ("Stanford researchers",
        "George, of MUSC") is read."""
        tree = self.tree
        nodes: list[int] = []
        for index in mention.span:
            for child in tree.children[index]:
                if child in mention.span:
                    continue
                dep = tree.deps[child]
                if dep in ("compound", "amod", "appos", "nmod", "poss", "npadvmod", "acl", "relcl"):
                    nodes.append(child)
                elif dep in PREPOSITION_DEPS:
                    nodes.extend(tree.children_by(child, "pobj"))
        head = tree.heads[mention.anchor]
        dep = tree.deps[mention.anchor]
        if head >= 0 and dep in ("compound", "amod", "appos", "nmod", "poss"):
            nodes.append(head)
        elif head >= 0 and dep == "pobj" and tree.heads[head] >= 0 and tree.deps[head] == "prep":
            governor = tree.heads[head]
            nodes.append(governor)
            if tree.is_verbal(governor):
                # "Participants received it in random order": a circumstance of the verb is said of its subject.
                nodes.extend(tree.children_by(governor, "nsubj", "nsubjpass"))
        if dep == "advmod" and head >= 0 and self._norms[head] in _PROPERTY_VERBS:
            # "The effects last permanently": the manner of lasting is said of what lasts.
            nodes.extend(tree.children_by(head, "nsubj", "nsubjpass"))
        if tree.pos[mention.anchor] in ("VERB", "AUX", "ADJ", "ADP") or dep in ("prep", "acomp", "oprd"):
            # A predicate that names something ("acts like an opioid", "was not blinded") is said of its subject.
            subjects, _ = self._subject_nodes(mention.anchor, set(mention.span))
            nodes.extend(subjects)
        subject = mention.anchor
        while tree.deps[subject] == "conj" and tree.heads[subject] >= 0:
            subject = tree.heads[subject]
        if tree.deps[subject] in ("nsubj", "nsubjpass") and tree.heads[subject] >= 0:
            # "Heifets and Williams are Stanford researchers": what the predicate noun is said to be, so is the subject.
            for attr in tree.children_by(tree.heads[subject], "attr"):
                nodes.extend(tree.children_by(attr, "compound", "amod"))
        return nodes

    def entities_at(self, nodes: list[int]) -> list[Mention]:
        return [m for node in nodes for m in self._entity_at.get(node, [])]

    def mentions_in(self, tokens: list[int]) -> list[Mention]:
        inside = set(tokens)
        found: dict[int, Mention] = {}
        for index in tokens:
            for mention in self._entity_at.get(index, []):
                if mention.anchor in inside:
                    found.setdefault(id(mention), mention)
        return sorted(found.values(), key=lambda m: m.start)
