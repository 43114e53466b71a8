"""Bilingual training corpus generated from semantic frames.

Each example is drawn in two steps: (1) a :class:`~t2sa.text.frame.Frame` -- what the sentence will
state: a direction (cardinal, diagonal, hedged "slightly left", clock position, degrees, compass, height
words and places), distance (words, metres, cm, feet, steps), width, room, occlusion, loudness, a motion
(approach, recede, pass A->B, orbit, rise, fall, zigzag, sway, spiral) with speed, turns and seconds;
(2) a sentence in English or Korean that says exactly that, among sound sources and verbs that say
nothing about space (distractors), in varied word order, Korean particles and endings, imperative /
descriptive / fragment styles, long multi-clause sentences, similes, punctuation, casing and typos.

Labels are therefore deterministic wherever the sentence states an attribute; everything the sentence
does not state stays ``None`` in the frame and is masked in the loss (see :mod:`t2sa.text.labels`).
Generation is seeded: the same ``(n, seed)`` always gives the same corpus (:func:`corpus_hash`), and the
shipped model was trained on it -- the hash is pinned in ``tests/test_text_corpus.py``.

The package is split by what each part holds:

- :mod:`.concepts` -- the names a plan can state and the value each stands for;
- :mod:`.specs` -- typed direction and distance specs and the labels they state;
- :mod:`.plan` -- drawing a :class:`~.plan.Plan` and deriving its frame;
- :mod:`.vocab_en`, :mod:`.vocab_ko` -- the wording, per language;
- :mod:`.realize_en`, :mod:`.realize_ko` -- turning a plan into a sentence, per language;
- :mod:`.noise` -- casing, punctuation, typos and spacing;
- :mod:`.everyday` -- (version 2) everyday scenes with knowledge-base sources and places, and the hard
  constructions of issue 12 (negation, intensifiers vs hedges, compounds, partial turns, clauses, ...);
- :mod:`.written` -- (version 3) hand-written sentences of the development sets, with frozen labels;
- :mod:`.mirror` -- (version 4) their left-right mirror images.

Versions: ``generate(n, seed, version=1)`` is the first planner/realiser corpus; version 2 mixes in
:mod:`.everyday` and completes every label with the knowledge prior (:func:`t2sa.text.world.with_knowledge`), so
it follows the knowledge base; version 3 adds the written sentences; version 4 their mirror images and later ones;
version 5 (the shipped model's in rounds 10-59) the development sentences written since, and so on to version 9
(the default of ``t2sa train`` and the shipped model's since round 60). The shipped model's ``t2sa.json`` names its
version and corpus hash, and ``tests/test_text_corpus.py`` pins them. Version 9's knowledge labels use prior revision
17, which reads the cue reader's masks (:func:`t2sa.text.cues.mask_spans`): a later mask that moves one of its labels
shows in that pin, and must then be gated by a new prior revision.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass

from t2sa.text.cues import pass_mirror
from t2sa.text.frame import ROOMS, Frame

from .everyday import generate_everyday
from .noise import add_noise
from .plan import Plan, plan_to_frame, sample_plan
from .realize_en import realize_en
from .realize_ko import realize_ko
from .specs import direction_value, dist_value


@dataclass
class Example:
    """One generated sentence with its labels."""

    text: str
    lang: str
    frame: Frame
    style: str  # plain | long | metaphor | paraphrase | numeric | moving | fragment | silent


EVERYDAY_SHARE = 0.45
"""Share of examples drawn from :mod:`.everyday` (knowledge-base scenes and hard constructions), version 2."""

WRITTEN_SHARE = {3: 0.08, 4: 0.14, 5: 0.16, 6: 0.19, 7: 0.3, 8: 0.3, 9: 0.4}
"""Share of examples drawn from the hand-written sentences of :mod:`.written`, per corpus version (version 3: about
13k draws of 2.6k sentences in a 160k corpus; version 4: about 22k draws of 4.2k sentences and mirror images;
version 5: about 26k draws of its larger pool, the same draws per sentence; version 6 likewise, about 30k draws of
5.8k sentences; version 7 about 48k draws of its roughly twice larger pool, a little fewer per sentence so that the
generated sentences, which teach the vocabulary of space, stay the larger part; version 8 keeps version 7's share;
version 9 about 64k draws of its roughly three times larger pool, about 1.4 per sentence; each draw with its own
noise)."""

VERSIONS = (1, 2, 3, 4, 5, 6, 7, 8, 9)
"""Corpus versions: 1 = the planner/realiser corpus of the first shipped model; 2 = version 1 mixed with
:mod:`.everyday` sentences, and every label completed by the knowledge prior; 3 = version 2 mixed with the
hand-written development sentences of :mod:`.written` (frozen labels); 4 = version 3 with the later development
sentences and the left-right mirror images of all of them (:mod:`.mirror`), at a larger share; 5 = version 4 with
the development sentences written since and their mirror images; 6 = version 5 likewise (less two sentences a later
held-out set also holds); 7 = version 6 likewise; 8 = version 7 likewise; 9 = version 8 likewise (the development
sets of rounds 20-59), with the knowledge prior of round 59."""
PRIOR_REVISIONS = {**dict.fromkeys(VERSIONS, 1), 9: 17}
"""Knowledge-prior revision (:data:`t2sa.text.world.PRIOR_REVISION`) each corpus version was generated with: a
later prior must not move a pinned corpus."""


def generate_one(rng: random.Random, lang: str | None = None, version: int = 1) -> Example:
    """One example; ``lang`` ("en" / "ko") is drawn when not given.

    In version 2, whatever the sentence leaves open is then filled from the knowledge base the way the rules
    do it (:func:`t2sa.text.world.with_knowledge`, on the clean text): the network learns the same prior, and
    its "stated" outputs say "known" for a whisper's distance as they do for "2 m away". Those labels follow
    the knowledge base, so a version-2 corpus changes when the knowledge base does (its hash says so).
    """
    if version not in VERSIONS:
        raise ValueError(f"corpus version must be one of {VERSIONS}, got {version!r}")
    if version >= 3 and rng.random() < WRITTEN_SHARE[version]:
        from .written import pool

        text, wlang, frame = rng.choice(pool(lang, version))
        return Example(text=add_noise(rng, text, wlang), lang=wlang, frame=frame.copy(), style="written")
    lang = lang or ("en" if rng.random() < 0.5 else "ko")
    if version >= 2 and rng.random() < EVERYDAY_SHARE:
        text, frame, style = generate_everyday(rng, lang)
    else:
        plan = sample_plan(rng, lang)
        text = realize_en(rng, plan) if lang == "en" else realize_ko(rng, plan)
        text = text.replace("from at ", "from ").replace("to at ", "to ").replace("from from ", "from ")
        frame = plan_to_frame(plan)
        style = plan.style if (plan.start or plan.motion or plan.dist or plan.room or plan.spread) else "silent"
    if version >= 2:
        from t2sa.text.world import with_knowledge

        frame = with_knowledge(frame, text, revision=PRIOR_REVISIONS[version])
    text = add_noise(rng, text, lang)
    return Example(text=text, lang=lang, frame=frame, style=style)


def generate(n: int, seed: int = 0, version: int = 1) -> list[Example]:
    """``n`` examples, half English and half Korean, deterministic for a given ``seed`` (and knowledge base)."""
    rng = random.Random(seed)
    return [generate_one(rng, version=version) for _ in range(n)]


def corpus_hash(examples: list[Example]) -> str:
    """Short digest of texts and labels, stored with the model so a retrain can be checked against it."""
    h = hashlib.sha256()
    for ex in examples:
        h.update(ex.text.encode())
        labels = dict(vars(ex.frame))
        # occlusion (added after the corpus was pinned) is derived from the occluder words by apply_occlusion
        # and is not a training target (not in REG_ATTRS): the texts and everything the network learns are unchanged
        labels.pop("occlusion", None)
        h.update(json.dumps(labels, sort_keys=True, default=str).encode())
    return h.hexdigest()[:16]


__all__ = [
    "Example",
    "Plan",
    "ROOMS",
    "add_noise",
    "corpus_hash",
    "direction_value",
    "dist_value",
    "generate",
    "generate_one",
    "pass_mirror",
    "plan_to_frame",
    "realize_en",
    "realize_ko",
    "sample_plan",
    "VERSIONS",
]
