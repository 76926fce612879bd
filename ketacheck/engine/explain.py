"""The reasons a verdict shows: what each clause was read as, and why nearby claims were not compared."""

from __future__ import annotations

from collections.abc import Iterable

from ketacheck.engine.frames import Rejection
from ketacheck.reading import Link, MentionKind, Reading
from ketacheck.tuning import REJECTIONS_SHOWN


def describe_clause(reading: Reading, index: int) -> str:
    """One line: the clause's words, how it hangs in the sentence, and what it names."""
    clause = reading.clauses[index]
    tokens = reading.tokens
    text = " ".join(tokens[i].text for i in clause.tokens)
    inside = set(clause.tokens)
    parts: list[str] = []
    head = tokens[clause.head].text
    if clause.link is not Link.MAIN:
        above = reading.clauses[clause.parent].head if clause.parent >= 0 else clause.head
        how = f"{clause.link.value} by {tokens[clause.framer].text!r}" if clause.framer >= 0 else clause.link.value
        parts.append(f"{how}, under {tokens[above].text!r}")
    flags = [flag for flag, on in (("hedged", clause.hedged), ("not asserted", not clause.asserted)) if on]
    if flags:
        parts.append(", ".join(flags))
    if clause.sources or clause.source_names:
        who = [m.text for m in clause.sources] + [tokens[i].text for i in clause.source_names]
        parts.append("reported by " + ", ".join(repr(w) for w in who))
    entities = [m for m in reading.entities if m.anchor in inside]
    if entities:
        described = []
        for m in entities:
            other = " (another than the article's)" if reading.is_other(m) else ""
            pronoun = " (pronoun)" if m.stands_in else ""
            described.append(f"{m.text!r}→{'/'.join(m.ids)} {role_of(reading, m.anchor)}{other}{pronoun}")
        parts.append("entities " + ", ".join(described))
    relations = [m for m in reading.relations if m.anchor in inside]
    if relations:
        parts.append(
            "relations "
            + ", ".join(
                f"{m.text!r}→{m.ids[0]}" + ("" if m.kind is MentionKind.CUE else f" ({m.kind.value})")
                for m in relations
            )
        )
    negations = [
        f"{cue.text!r} on {tokens[cue.target].text!r}" for cue in reading.negations if cue.target in inside
    ]
    if negations:
        parts.append("negation " + ", ".join(negations))
    names = [n for n in reading.names if n.anchor in inside]
    if names:
        parts.append("names " + ", ".join(f"{n.text!r} ({n.kind}, {role_of(reading, n.anchor)})" for n in names))
    numbers = [q.shown for q in reading.quantities if q.start in inside]
    if numbers:
        parts.append("numbers " + ", ".join(numbers))
    return f"clause {index + 1} {text!r} (head {head!r}): " + ("; ".join(parts) or "nothing the database knows")


_ROLES = {
    "nsubj": "subject",
    "csubj": "subject",
    "nsubjpass": "subject (passive)",
    "dobj": "object",
    "dative": "object",
    "pobj": "object",
    "attr": "predicate",
    "acomp": "predicate",
    "oprd": "predicate",
    "poss": "possessor",
    "amod": "modifier",
    "compound": "modifier",
    "nmod": "modifier",
    "npadvmod": "modifier",
    "advmod": "modifier",
    "appos": "apposition",
    "conj": "joined",
    "agent": "doer",
}


def role_of(reading: Reading, node: int) -> str:
    """How a word hangs in the parse, in words: "as subject of 'blocked'", "as object of 'in'"."""
    tree = reading.tree
    head = tree.heads[node]
    if head < 0:
        return "as the head of its sentence"
    dep = tree.deps[node]
    role = _ROLES.get(dep, dep)
    return f"as {role} of {reading.tokens[head].text!r}"


def describe_rejections(rejections: Iterable[Rejection]) -> list[str]:
    """'claim X not compared: why', for the first few claims, each once."""
    lines: list[str] = []
    seen: set[str] = set()
    for rejection in rejections:
        if rejection.claim.id in seen:
            continue
        seen.add(rejection.claim.id)
        lines.append(f"claim {rejection.claim.id} not compared: {rejection.why}")
        if len(lines) >= REJECTIONS_SHOWN:
            break
    return lines
