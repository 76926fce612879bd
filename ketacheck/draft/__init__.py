"""Drafting a claim database from an article: ``draft_database(text)``.

The article (plain text or Markdown) is cut into sentences and parsed whole (named entities and lemmas too). The lexicon
comes from its names and noun phrases (``lexicon``), relations from its verbs (``relations``),
claims from its clauses (``frames``), quotation records from its quoted passages with who is
quoted. Every record carries ``"draft": true`` for the curator to remove on review.

A draft must validate as it stands, so it is checked with the engine the way ``db validate``
checks a curated file, and a claim the engine cannot read back (its statement not supported, its
denial not contradicted, or at odds with another claim) is left out and listed in ``left_out``.
The same article always gives the same draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ketacheck.draft.frames import ARTICLE, Frame, FrameReader
from ketacheck.draft.lexicon import Lexicon, unique_id
from ketacheck.draft.phrases import PhraseReader
from ketacheck.draft.relations import Relations
from ketacheck.draft.words import DRAFTING
from ketacheck.errors import InputError
from ketacheck.text.normalize import squeeze
from ketacheck.text.quotes import Passage, quoted_passages

if TYPE_CHECKING:
    from spacy.tokens import Doc

SLOT_TYPES = frozenset(("journal", "institution"))
"""The kinds of thing an exclusive object may be: a study appeared in one journal, was done at one university.
Not a place alone: a draft cannot tell that Scotland lies in the United Kingdom."""
MAX_ROUNDS = 5
"""Validation rounds at most: leaving a claim out can only remove disagreements, so it settles fast."""
QUOTATION_MIN_WORDS = 4
"""A shorter quoted passage is a term in quotation marks, not a quotation."""


@dataclass(frozen=True)
class Draft:
    document: dict[str, object]
    """The database, ready to be written as JSON."""
    left_out: tuple[str, ...]
    """Why each clause the engine could not read back was left out."""


def draft_database(
    text: str,
    *,
    title: str,
    source_file: str,
    url: str | None = None,
    published: str | None = None,
) -> Draft:
    """A draft database of the article ``text``, whose file is ``source_file`` beside the database."""
    from ketacheck.scan import split_sentences

    # Markdown's markup is masked and a heading or list item is a sentence of its own, as in a scan.
    sentences = [sentence.text for sentence in split_sentences(text)]
    if not sentences:
        raise InputError("the article has no sentences to draft from")
    docs = _parsed(sentences)
    lexicon = Lexicon().read(docs)
    relations = Relations()
    reader = FrameReader(lexicon, relations)
    phrases = PhraseReader(lexicon, relations, reader)
    frames = [frame for index, doc in enumerate(docs) for frame in (*reader.frames(index, doc), *phrases.frames(index, doc))]
    frames = [frame for frame in (_spoken(frame, docs, lexicon) for frame in frames) if frame is not None]
    quotations = _quotations(docs, lexicon)
    document = _document(title, source_file, url, published, lexicon, relations, frames, quotations)
    return _validated(document, squeeze(text))


def _document(
    title: str,
    source_file: str,
    url: str | None,
    published: str | None,
    lexicon: Lexicon,
    relations: Relations,
    frames: list[Frame],
    quotations: list[tuple[str, str]],
) -> dict[str, object]:
    speakers = {s for f in frames for s in f.speakers} | {speaker for speaker, _ in quotations}
    speakers |= {e.id for e in lexicon.entities.values() if e.speaks_for}
    for frame in frames:
        # 'Drs. Williams, Heifets and team recruited …': people named with the study speak for it.
        studies = [e for e in frame.subject if lexicon.study_like(e)]
        for member in frame.subject:
            if studies and lexicon.entities[member].type == "person" and member not in speakers:
                lexicon.entities[member].speaks_for = studies[0]
    sources: dict[str, dict[str, object]] = {ARTICLE: {"name": f"{title}, as background", "draft": True}}
    for entity_id in sorted(speakers):
        entity = lexicon.entities[entity_id]
        entity.speaks_for = entity_id
        sources[entity_id] = {"name": entity.name or entity.aliases[0], "draft": True}
    claims: list[dict[str, object]] = []
    seen: set[str] = set()
    for frame in frames:
        denied = "" if frame.polarity else "not-"
        claim_id = unique_id(f"{frame.subject[0]}-{frame.relation}-{denied}{frame.object[0] if frame.object else ''}", seen)
        seen.add(claim_id)
        claim: dict[str, object] = {
            "id": claim_id,
            "statement": frame.statement,
            "evidence": frame.evidence,
            "attribution": frame.attribution,
            "strength": frame.strength,
            "subject": frame.subject,
            "relation": frame.relation,
            "object": frame.object,
        }
        if not frame.polarity:
            claim["polarity"] = False
        if frame.count is not None:
            claim["count"] = frame.count
        types = {lexicon.entities[e].type for e in frame.object}
        if relations.slot(frame.relation) and types & SLOT_TYPES and types <= SLOT_TYPES | {"place"}:
            # One journal, one university: another name there contradicts.
            claim["exclusive"] = "object"
        claim["draft"] = True
        claims.append(claim)
    used = {e for c in claims for role in ("subject", "object") for e in c[role]}  # type: ignore[attr-defined]
    used |= set(speakers)
    document: dict[str, object] = {
        "title": title,
        "source_file": source_file,
        "source_url": url,
        "published": published,
        "draft": True,
        "sources": sources,
        "entities": {k: e.document() for k, e in sorted(lexicon.entities.items()) if k in used},
        "relations": relations.documents(),
        "claims": claims,
        "quotations": _quotation_records(quotations),
    }
    return document


STAND_IN: dict[str, str] = {tag: word for tag, word in DRAFTING["stand_ins"].items() if not tag.startswith("_")}


def _parsed(sentences: list[str]) -> list[Doc]:
    """Each sentence parsed whole, with the words the model has never seen read as a stand-in noun.

    The sentence is parsed once as written, for its named entities, lemmas and tags; a second
    time with stand-ins, for its dependency arcs; and the two are joined into one Doc of the words
    as written.
    """
    from spacy.tokens import Doc

    from ketacheck.reading.parser import dictionary_words, whole_pipeline

    nlp = whole_pipeline()
    known = dictionary_words()
    first = list(nlp.pipe(sentences))
    stand_ins = []
    for doc in first:
        words = [
            STAND_IN[t.tag_] if t.tag_ in STAND_IN and t.is_alpha and t.lower_ not in known and (t.is_lower or not t.ent_type_) else t.text
            for t in doc
        ]
        stand_ins.append(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc]))
    joined = []
    for doc, read in zip(first, [_coordination_mended(nlp, read) for read in nlp.pipe(stand_ins)], strict=True):
        # A word read as a stand-in keeps its own tag and lemma; every other word takes the second parse's.
        tagged = [a if a.text != b.text else b for a, b in zip(doc, read, strict=True)]
        joined.append(
            Doc(
                nlp.vocab,
                words=[t.text for t in doc],
                spaces=[bool(t.whitespace_) for t in doc],
                tags=[t.tag_ for t in tagged],
                pos=[t.pos_ for t in tagged],
                lemmas=[t.lemma_ for t in tagged],
                heads=[t.head.i for t in read],
                deps=[t.dep_ for t in read],
                ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc],
            )
        )
    return joined


def _coordination_mended(nlp: Any, doc: Doc) -> Doc:
    """The parse with a garden path of coordinated verbs mended: the small model reads "taking X before
    ingesting ketamine lessened or blocked the effects" as if "ketamine lessened" were a noun, yet reads
    the sentence right with one verb. A past-tense word read as a noun and followed by "or"/"and" and a
    past-tense verb is parsed again without the second verb; where it then is a verb with a subject of
    its own, that parse is taken, the second verb joined to the first."""
    from spacy.tokens import Doc

    for token in doc[:-2]:
        joiner, second = doc[token.i + 1], doc[token.i + 2]
        misread = token.lower_.endswith("ed") and token.tag_ in ("NN", "NNS", "JJ") and token.dep_ in ("dobj", "pobj", "compound")
        if not (misread and joiner.dep_ == "cc" and second.tag_ == "VBD" and second.dep_ == "conj"):
            continue
        kept = [t.i for t in doc if t.i not in (joiner.i, second.i)]
        reduced = nlp(Doc(nlp.vocab, words=[doc[i].text for i in kept], spaces=[bool(doc[i].whitespace_) for i in kept]))
        verb = reduced[kept.index(token.i)]
        if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ in ("nsubj", "csubj", "nsubjpass") for c in verb.children):
            continue
        heads = [0] * len(doc)
        deps = [""] * len(doc)
        tags = [t.tag_ for t in doc]
        for position, index in enumerate(kept):
            read = reduced[position]
            heads[index], deps[index], tags[index] = kept[read.head.i], read.dep_, read.tag_
        heads[joiner.i], deps[joiner.i] = token.i, "cc"
        heads[second.i], deps[second.i] = token.i, "conj"
        return Doc(
            nlp.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            tags=tags,
            pos=[reduced[kept.index(t.i)].pos_ if t.i in kept else t.pos_ for t in doc],
            lemmas=[reduced[kept.index(t.i)].lemma_ if t.i in kept else t.lemma_ for t in doc],
            heads=heads,
            deps=deps,
        )
    return doc


def _quotation_records(quotations: list[tuple[str, str]]) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for speaker, words in dict.fromkeys(quotations):
        quotation_id = unique_id(f"{speaker}-{' '.join(words.split()[:4])}", seen)
        seen.add(quotation_id)
        records.append({"id": quotation_id, "speaker": speaker, "words": words, "attribution": speaker, "draft": True})
    return records


def _spoken(frame: Frame, docs: list[Doc], lexicon: Lexicon) -> Frame | None:
    """A clause inside quotation marks is its speaker's; left out where no one is named to have said it."""
    if frame.quoted_in is None:
        return frame
    doc = docs[frame.quoted_in]
    passage = next((p for p in quoted_passages(doc.text) if frame.evidence in doc.text[p.start : p.end]), None)
    speaker = _speaker(docs, frame.quoted_in, lexicon, passage) if passage is not None else None
    if speaker is None:
        return None
    frame.attribution, frame.speakers = speaker, [speaker]
    return frame


def _speaker(docs: list[Doc], index: int, lexicon: Lexicon, passage: Passage) -> str | None:
    """The person the sentence of a quoted passage, or the one after or before it, names outside the quotes."""
    for near in (index, index + 1, index - 1):
        if 0 <= near < len(docs):
            people = [lexicon.at(near, t) for t in docs[near] if not (near == index and passage.start <= t.idx < passage.end)]
            people = [p for p in people if p is not None and lexicon.entities[p].type == "person"]
            if people:
                return people[0]
    return None


def _quotations(docs: list[Doc], lexicon: Lexicon) -> list[tuple[str, str]]:
    """(speaker, words) for each quoted passage long enough to be a quotation and credited to a person
    the sentence, or the one after it, names."""
    found: list[tuple[str, str]] = []
    for index, doc in enumerate(docs):
        for passage in quoted_passages(doc.text):
            if len(passage.words) < QUOTATION_MIN_WORDS:
                continue
            speaker = _speaker(docs, index, lexicon, passage)
            if speaker is not None:
                found.append((speaker, doc.text[passage.start : passage.end].strip()))
    return found


def _validated(document: dict[str, object], source: str) -> Draft:
    """The draft with every claim the engine cannot read back, and every quotation not in the article, left
    out, and why."""
    from ketacheck.models import Database
    from ketacheck.validate import validate

    left_out: list[str] = []
    for _ in range(MAX_ROUNDS):
        if not document["claims"]:
            raise InputError("no claim could be drafted that the engine reads back: nothing to review")
        model = Database.model_validate(document)
        problems = validate(model.to_records(), source)
        if not problems:
            return Draft(document, tuple(left_out))
        faulty = {p.record: str(p) for p in problems}
        for key in ("claims", "quotations"):
            kind = key.removesuffix("s")
            records = cast(list[dict[str, Any]], document[key])
            left_out += [faulty[f"{kind} {r['id']!r}"] for r in records if f"{kind} {r['id']!r}" in faulty]
            document[key] = [r for r in records if f"{kind} {r['id']!r}" not in faulty]
    raise InputError(f"the draft still fails validation after {MAX_ROUNDS} rounds of leaving records out")
