"""World knowledge as a prior for the rules: what a named source or place implies when the words do not say it.

The cue parser (:mod:`t2sa.text.cues`) reads what a sentence states explicitly; the knowledge base
(:mod:`t2sa.text.knowledge`) knows that a whisper is at the ear, thunder is far, rain is all around, a ceiling
speaker is above and "under the bed" is below. :func:`read` is the rules' full answer: explicit words first,
then the knowledge fills what they leave open. Explicit words always win ("a whisper from across the hall" is
4 m away, not 0.3 m), and the knowledge never invents an azimuth: a direction comes from words or stays front.

Which mention speaks for what:

* a *position* ("under the bed", "upstairs", "across the street") says where the source is: elevation and
  distance, before anything the source itself implies;
* a *place* ("in a cathedral", "in the car") gives the room preset;
* the first *source* ("a choir", "a mosquito") gives distance, width and room where nothing above did, and its
  height only when it is strongly off ear level (overhead / below), or raised ("above": an owl, a woodpecker) when the
  text names no direction at all (labels of "a bird on the left" keep ear level).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from t2sa.params import RANGES
from t2sa.text.cue_patterns import (
    HIGH_EL,
    LISTENER_ON_ROOF_EN,
    LISTENER_ON_ROOF_KO,
    LISTENER_UP_TALL_EN,
    LISTENER_UP_TALL_KO,
)
from t2sa.text.cues import (
    focus_mark_end,
    focus_start,
    list_subject_start,
    mask_spans,
    named_again_subject,
    normalize,
    parse,
    question_clause,
    room_left_behind,
    set_aside_places,
)
from t2sa.text.frame import APPROACH_TO_M, RECEDE_FROM_M, RECEDE_TO_M, Frame, apply_room

if TYPE_CHECKING:
    from t2sa.text.knowledge import Entry, Mention

VERY_FAR_M = 100.0
"""A position at least this far (the knowledge base's ``very_far`` band) only sets a floor for the source."""
FAR_SOURCE_FACTOR = 6.0
"""A far word ("far away", "in the distance", "저 멀리") said of a source that is usually heard from afar (the
knowledge base's ``far`` and ``very_far`` bands: a siren, a train, motorway traffic, church bells) puts it this many
times its usual distance (the renderer's limit caps it): far for that source, not far for a voice. Blind writers label
"a faint siren, far away", "the traffic on the distant motorway", "저 멀리 산등성이 쪽에서 소방차 사이렌" 100-5000 m, where
the generic far word alone says 50 m and the siren's own distance is 50 m."""
_HEARD_FROM_AFAR = frozenset({"far", "very_far"})
_NOT_FAR = re.compile(r"(?:n'?t|not)\s+(?:that\s+|so\s+|too\s+|very\s+|all\s+that\s+)?far(?![a-z])|멀지\s*(?:는\s*)?않")
"""The words "not far" themselves (not a corrected "far": "멀리서 나는 줄 알았는데 ... 바로 왼쪽이었어")."""
NOT_FAR_OF_FAR = 0.3
""""Not far" said of a source heard from afar by nature (a foghorn, a bell buoy, an owl in the woods): near for it, a
fraction of its usual distance, not the 2 m of "not far" in a room (writers: 20-250 m for a buoy past the harbour wall)."""
_STRONG_HEIGHT = ("overhead",)
_WEAK_HEIGHT = ("above", "below")
"""A source's usual height: ``overhead`` holds whatever side the text names (a helicopter on the left is still
high); ``above`` and ``below`` (a bird, keys, a keyboard) only where the text names no direction at all ("typing
at my ten o'clock" and "keys jangling on the far left" are at ear level to every blind labeller)."""
_OVERHEAD_BEFORE_11 = frozenset({"smoke_alarm"})
"""Sources whose height was ``overhead`` before revision 11 and is ``above`` since: every blind writer labels "the fire
alarm's going off at my rear left" or "smoke alarm chirping front-left" at ear level."""
_EAR_LEVEL_SINCE_15 = frozenset(
    {"keyboard", "keys", "wristwatch", "toothbrush", "shower", "coins", "mouse_click", "announcement", "cicada", "bird",
     "bird_flock", "fireworks"}
)
"""Sources whose usual height above or below (``above`` / ``below`` in the knowledge base, which keeps it as a fact) is no
longer given where the text names no place for them (revision 15): blind writers put "someone's typing", "안내방송 나오네요",
"매미가 미친 듯이 울어요", "birds chirp in the early morning", "fireworks from the festival across the city" at ear level
(57 rows of every development and held-out set before held-out 35 came out better, none worse). Sources whose height
writers do give unprompted (a smoke alarm, an airliner, a helicopter hovering) keep it."""
AROUND_SPREAD_DEG = 240.0
"""A stated width from which a sound is all around the listener (writers: "all around" / 사방 240-360): a source's
usual height above or below then gives way (revision 12)."""
SKY_HEIGHT_DEG = 50.0
"""A usual height from which a source is in the sky (an airliner at 60): "somewhere" does not bring it down."""
_SOMEWHERE = re.compile(r"(?<![a-z])some\s?where(?![a-z])|어딘가|어디선가|어디서|어디에선가|어디에서")
"""A sound said to be "somewhere" / 어딘가 / 어디서: its place is not known, so no usual height either (revision 12)."""

MIN_HEIGHT_DEG = 30.0
"""Knowledge heights closer to ear level than this are left at ear level (the labelling convention: a clock
"on the wall", a kettle "on the counter" or a phone "on the desk to my left" are heard at ear height unless the
text says otherwise; every set written blind labels them so; was 20 deg until round 7)."""
FAR_HEIGHT_M = 50.0
FAR_HEIGHT_DEG = 10.0
"""The height of a high place (a roof, a tower's or a mast's top, a hilltop: a position's usual height or the phrase
tables' :data:`~t2sa.text.cue_patterns.HIGH_EL`) where the words put the source at least ``FAR_HEIGHT_M`` away: a roof
or a mast is a few metres to a few tens high, so from 50 m on it is a few degrees up, not the 45-65 deg of a roof right
overhead; every development set written blind labels such far heights 5-15 deg ("the bell on the church roof a few
streets away", "저 멀리 타워크레인 꼭대기"). Heights said in words ("high above", "in the sky", "위에서", a number) and a
source's own height (a plane, fireworks) are left as they are."""
_ON_TOP = re.compile(r"(?<![a-z])(?:roof(?:top)?s?|canopy|top\s+of)(?![a-z])|꼭대기|지붕|옥상")
_HIGH_WORDS = re.compile(r"(?<![a-z])(?:high|above|up|sky|overhead|aloft)(?![a-z])|\d\s*(?:도|°|deg)|하늘|높이|높은|위(?:에서|로|쪽)|상공|공중")
"""A high place by what it is on top of ("on the church roof", "전봇대 꼭대기"), and words that say the height itself
("high above", "in the sky", "30 degrees", "저 높이"): only the first lowers with the distance."""
_GENERIC = frozenset({"person"})
"""Sources that only say "somebody": the sound they make ("someone whispers") is the better source."""
_PEOPLE = frozenset({"companion"})
_CALLED = frozenset("엄마 아빠 언니 오빠 누나 형 mum mom dad mummy mommy daddy mama papa".split())
"""Names a child calls a parent or an older sibling by; a younger sibling or a friend is called by name (so "동생 킥보드가"
is the sibling's scooter, said without 의)."""
_VOCATIVE = re.compile(r"\s*[,!]?\s+(?!(?:is|was|says|said|calls|called|shouts|shouted|sings|sang|laughs|laughed|snores|snored)(?![a-z]))[^\s]")
"""After a person named first, a break that makes the name a call ("엄마 모기가", "Mum, a wasp"), not the sound's subject."""
_HUSHED = frozenset({"whisper"})
"""A person and a sound only heard close ("my sister whispered a secret"): the whisper's distance, not a companion's
(from revision 9; a person's other sounds, a snore two doors down, a mutter on the next bench, say less of where)."""
SIDE_HEIGHT_DEG = 45.0
"""A position's usual height below this ("in a tree", 40 deg) gives way to a side the text names: "왼쪽 앞 나뭇가지에
풍경이 걸려 있다", "land on the branch right in front of the listener" are at ear level to every blind writer."""
VANTAGE_BELOW: tuple[tuple[re.Pattern, float, float], ...] = (
    (re.compile(LISTENER_UP_TALL_EN + "|" + LISTENER_UP_TALL_KO), -60.0, 40.0),
    (re.compile(LISTENER_ON_ROOF_EN + "|" + LISTENER_ON_ROOF_KO), -45.0, 12.0),
)
"""``(where the listener is, elevation, distance)``: heard from a crane's cab or the top of a mast or a silo, a sound the
text gives no direction is on the ground below, tens of metres off (writers: -60 and 20-150 m for "the lashing gang on
the quay" from the cab, "the grain trucks" from the silo top, "my mate's truck radio in the compound" from the mast top);
from a roof, below and nearer (-45, 5-40 m: "한옥 지붕에서 기와 얹고 있는데 골목에서 두부 장수가"). Not said of a source heard from
afar by nature (a ship's horn from the estuary is level, labelled 0) or one that is up itself (revision 16)."""
_SIDE_WORD = re.compile(r"(?<![a-z])(?:left|right|front|ahead|behind|beside|next\s+to|o'clock)(?![a-z])|왼|오른|앞|뒤|옆|좌측|우측|시\s*방향")
"""Any word that names a side: then what is heard from up high may be up there too (:data:`VANTAGE_BELOW` is not said)."""
_FALLING_BY_NATURE = frozenset({"rain", "rain_roof", "rain_window", "rain_umbrella", "hail", "dripping", "waterfall"})
"""Sources that "fall" without going anywhere: the verb describes the source, not a motion of the sound."""


def _vantage(norm: str) -> tuple[float, float] | None:
    """``(elevation, distance)`` of what is heard from where ``norm`` puts the listener up high (:data:`VANTAGE_BELOW`)."""
    return next(((el, d) for pattern, el, d in VANTAGE_BELOW if pattern.search(norm)), None)


def _far_by_nature(source: Entry | None) -> bool:
    """Whether a source is usually heard from afar (a ship's horn, church bells): its usual distance says how far."""
    return source is not None and source.distance in _HEARD_FROM_AFAR and source.distance_m is not None


def _from_up_high(out: Frame, norm: str, source: Entry | None, below: tuple[float, float] | None = None) -> None:
    """Put a sound heard from up high (:data:`VANTAGE_BELOW`; ``below`` if already read) below the listener, where nothing
    else places it: no side or height said, no move in height, not a source heard from afar by nature or one that is up
    itself."""
    if out.el is not None or out.az is not None or out.end_az is not None or _SIDE_WORD.search(norm):
        return  # ("We were up on a flat roof, with a hammer knocking in front of me": beside the listener up there)
    if out.motion in ("rise", "fall") or out.vtrend != 0 or out.via_el is not None:
        return
    if _far_by_nature(source) or (source is not None and (source.elevation_deg or 0.0) > 0.0):
        return
    below = below or _vantage(norm)
    if below is not None:  # "From the crane cab you can hear the lashing gang on the quay": down there
        out.el = below[0]
        if out.dist is None and out.end_dist is None and out.motion in (None, "static") and not out.trend:
            out.dist = below[1]


def _known_distance(positions: list[Entry], source: Entry | None) -> float | None:
    """The distance the named position says, else the source's own; a position that is already very far
    ("beyond the hills") only sets a floor, so it does not bring thunder nearer."""
    d = next((p.distance_m for p in positions if p.distance_m is not None), None)
    own = source.distance_m if source is not None else None
    if d is None:
        return own
    if own is not None and d >= VERY_FAR_M:
        return max(d, own)
    return d


def _radial_by_nature(frame: Frame, typical: float | None) -> None:
    """Where a source that is near or far by nature comes closer or goes away: thunder rolling away starts far off
    (not at the 1 m of a recede said of anything), a train pulling in stops tens of metres off, a mosquito closing in
    ends at the ear. Sources of middling distance keep the defaults (5 m -> 0.8 m, 1 m -> 8 m)."""
    if typical is None:
        return
    approach = frame.motion == "approach"
    if frame.dist is not None:  # "thunder rolling in from the hills": it comes nearer, not to 0.8 m
        if approach and typical >= RECEDE_TO_M:
            frame.end_dist = min(frame.dist / 3.0, typical)
        return
    if approach and typical >= RECEDE_TO_M:
        frame.end_dist = min(typical, RANGES["distance_m"][1] / 4.0)  # (the start is 4x farther: trajectory)
    elif approach and typical <= APPROACH_TO_M:
        frame.end_dist = typical
    elif not approach and (typical >= RECEDE_TO_M or typical <= RECEDE_FROM_M):
        frame.dist = typical  # (the end is 3x farther, 8 m at least: trajectory)


def read(text: str) -> Frame:
    """The rules' frame of ``text``: explicit cues (:func:`t2sa.text.cues.parse`) plus the knowledge prior."""
    return with_knowledge(parse(text), text)


_KO_SIDE_OF = re.compile(r"\s*(?:쪽|편|방향|방면)(?![가-힣]*(?:소리|이|가)\s)")
"""After a source's name, what makes it the side something is on ("바다 쪽에서", "공사장 방향으로")."""


_LIKE_BEFORE = re.compile(
    r"(?<![a-z])(?:sounds?|sounded|sounding|louder|quieter|noisier|roars?|roared|hums?|hummed|rumbles?|rumbled|whines?|whined|"
    r"screams?|screamed|screeches?|roaring|more|less|loud|noisy)\s+(?:just\s+|exactly\s+|a\s+bit\s+|kind\s+of\s+)?(?:like|than|as)\s+"
    r"(?:a|an|the|some|an\s+old)?\s*(?:[a-z]+\s+)?$"
)
_LIKE_AFTER_KO = re.compile(r"\s*(?:같은|같이|같다|같아|같음|처럼|마냥|만큼|뺨치게|수준)")
"""A source named only to say what the sound is like ("sounds like a jet engine on the highest", "제트엔진 같은 소리"): it
says how loud or what kind, not which source is there."""


def _in_comparison(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` of ``text`` is what the sound is compared with (:data:`_LIKE_BEFORE`)."""
    return bool(_LIKE_BEFORE.search(text, max(0, start - 48), start) or _LIKE_AFTER_KO.match(text, end))


def _overlaps(mention: Mention, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``mention`` overlaps any of ``spans`` ((start, end) in the same normalised text)."""
    return any(mention.start < e and s < mention.end for s, e in spans)


def _placed_after(mentions: list, start: int) -> bool:
    """Whether a place or position is named at or after ``start`` (else the room named earlier is still the scene's)."""
    return any(m.kind in ("place", "position") and m.start >= start for m in mentions)


PRIOR_REVISION = 18
"""Revision of the knowledge prior. 18 (round 61) reads a pocket on a named side ("in my left jacket pocket") as a pocket
(``places_later.csv``). 17 (round 56) takes no room from a room the listener has left or that is elsewhere
(:func:`t2sa.text.cues.room_left_behind`). 16 (round 46) puts what is heard from a crane's cab, a mast's or a silo's top or a roof
below the listener (:data:`VANTAGE_BELOW`). 15 (round 36) leaves the sources of :data:`_EAR_LEVEL_SINCE_15` at ear level where the
text names no place for them. 14 (round 35) takes no position from words the cue reader set aside as negated,
corrected or another sound's ("개 짖는 거 앞집 아니래, 저 앞에 산 밑 마을에서": :func:`t2sa.text.cues.set_aside_places`), and no
position's height to a sound said to come from all around (as revision 12 for a source's). 13 (round 34) reads "not far" of a source far by nature as a fraction of its usual
distance (:data:`NOT_FAR_OF_FAR`). 2 (round 21) adds where a source near or far by nature comes closer or goes away
(:func:`_radial_by_nature`); 3 (round 22) reads a scene listed sound by sound only from its subject on
(:func:`t2sa.text.cues.list_subject_start`); 4 (round 23) skips positions and sources inside words the phrase tables set
aside ("yapping the whole way up the road" is not high, "our old downstairs neighbours' dog" not low:
:func:`t2sa.text.cues.mask_spans`); 5 (round 25) lowers a usual height to :data:`FAR_HEIGHT_DEG` where the source is at
least :data:`FAR_HEIGHT_M` away; 6 (round 26) reads a long message whose closing sentence names one sound again only
from the sentences about it (:func:`t2sa.text.referents.named_again`); 7 (round 27) does not take a source named as the
side another sound is on ("오른쪽 바다 쪽에서 뱃고동이": :data:`_KO_SIDE_OF`) for the sound; 8 (round 28) does not take a source
named only as a comparison ("sounds like a jet engine": :func:`_in_comparison`); 9 (round 29) takes a whisper for the source
before the person whispering (:data:`_HUSHED`); 10 (round 30) reads the focus marks added in round 30 ("my complaint is",
"the footsteps I'm on about", "내가 물어본 건": :data:`t2sa.text.cues._FOCUS_MARKS_30`); 11 (round 31) lets a named side
take the place of a smoke alarm's usual height (:data:`_OVERHEAD_BEFORE_11`); 12 (round 32) gives no usual
height above or below to a sound said to come from all around ("사방에서 매미가": :data:`AROUND_SPREAD_DEG`) or from
"somewhere" ("an owl hooting somewhere out there", "어디서 부엉이가"; a source in the sky keeps its height:
:data:`SKY_HEIGHT_DEG`). Corpus versions 2-8 were generated with revision 1 and keep it, so their hashes (and
``t2sa train``'s bit-identical weights) hold; the next corpus version takes the latest."""


def with_knowledge(frame: Frame, text: str, revision: int = PRIOR_REVISION) -> Frame:
    """``frame`` with what the named sources and places imply filled in where the frame is silent (``revision``:
    :data:`PRIOR_REVISION`)."""
    from t2sa.text.knowledge import find_mentions

    norm = normalize(text)
    mentions = find_mentions(norm, revision)  # (entries added since a revision are not mentioned to it)
    if not mentions:
        below = _vantage(norm) if revision >= 16 else None
        if below is None:
            return frame
        out = frame.copy()
        _from_up_high(out, norm, None, below)  # "타워크레인 조종석에서 점심 먹는데 현장에서 그라인더 소리가": no source named, still below
        return out
    out = frame.copy()
    focus = focus_start(norm)
    mark = focus_mark_end(norm, before_30=revision < 10)  # "보일러실 웅웅대는 것도 참을 만한데요, 제일 문제는 ...": the others' rooms and places
    if mark is None and revision >= 3:
        mark = list_subject_start(norm)  # "HVAC unit cycling on the roof, traffic to the east, and the banging ..."
    after = max((p for p in (focus, mark) if p is not None), default=None)
    # revision 4: no position or source inside words set aside as no place ("the whole way up the road", "our old
    # downstairs neighbours' dog": no neighbour below is the sound)
    masked = mask_spans(norm) if revision >= 4 else ()
    kept = [m for m in mentions if m.kind == "place" or not _overlaps(m, masked)]
    if revision >= 14 and any(m.kind == "position" for m in kept):
        # a position negated, corrected or another sound's is not this sound's ("앞집 아니래"); asked only where a
        # position is named (the cue reader's set-aside places cost a pass of its clause rules)
        aside = set_aside_places(norm)
        kept = [m for m in kept if m.kind != "position" or not _overlaps(m, aside)]
    if revision >= 17:  # "I stepped out of that echoey stairwell onto the terrace", "the bathroom next door"
        mentions = [m for m in mentions if m.kind != "place" or not room_left_behind(norm, m.start, m.end)]
    positions = [m.entry for m in kept if m.kind == "position" and (after is None or m.start >= after)]
    earlier_rooms = mark is None or not _placed_after(mentions, mark)  # (else only the rooms named after the mark)
    places = [m.entry for m in mentions if m.kind == "place" and (earlier_rooms or m.start >= mark)]
    named = [m for m in kept if m.kind == "source"]
    if (
        revision >= 14 and len(named) >= 2 and named[0].start == 0 and named[0].matched.lower() in _CALLED
        and _VOCATIVE.match(norm, named[0].end)
    ):  # fmt: skip
        named = named[1:]  # "엄마 모기가 내 오른쪽 귀에서 ...", "Mum, a wasp ...": the person is called, not heard
    if revision >= 8:  # "sounds like a jet engine on the highest": what it is like, not what it is
        named = [m for m in named if not _in_comparison(norm, m.start, m.end)]
    if revision >= 7 and len(named) >= 2:
        aside = [m for m in named if _KO_SIDE_OF.match(norm, m.end)]
        if aside and len(aside) < len(named):  # "오른쪽 바다 쪽에서 뱃고동이 울렸어": the sea is where, the horn what
            named = [m for m in named if m not in aside]
    asked = question_clause(norm)
    if asked is not None:  # "..., the kids stomping upstairs I can live with, but what is that hum on my left?"
        lo, hi = asked
        if any(lo <= m.start < hi for m in mentions if m.kind == "position"):
            positions = [m.entry for m in mentions if m.kind == "position" and lo <= m.start < hi]
        elif any(m.kind == "position" for m in mentions) and any(lo <= m.start < hi for m in named):
            positions = []  # (the positions named are the other sounds')
        if any(lo <= m.start < hi for m in named):
            named = [m for m in named if lo <= m.start < hi]
    again = named_again_subject(norm) if revision >= 6 and focus is None and mark is None else None
    if again is not None:
        # "... 선풍기는 발치에서 ... 모기가 오른쪽 귀에 대고 앵앵거림. ... 그 앵앵 소리": the feet are the fan's
        positions = [m.entry for m in kept if m.kind == "position" and again.start <= m.start < again.end]
        if any(again.start <= m.start < again.end for m in named):
            named = [m for m in named if again.start <= m.start < again.end]
    if focus is not None and any(m.start >= focus for m in named):
        named = [m for m in named if m.start >= focus]  # "(gulls overhead, ...) the one I want placed is the van"
    # a scene of several named sources, then a focus mark: only what is named after the mark is the sound (cached:
    # the cue reader asked the same of this text)
    marked = mark if len(named) >= 2 else None
    if marked is not None and (focus is None or marked >= focus):
        named = [m for m in named if m.start >= marked]  # "(형광등 지지직, ...) 이상한 건 뒤쪽 창고에서 난 쿵 소리"
    sources = [m.entry for m in named]
    hushed = revision >= 9 and any(e.id in _HUSHED for e in sources)
    generic = _GENERIC | _PEOPLE if hushed else _GENERIC
    specific = [e for e in sources if e.id not in generic]
    source = (specific or sources or [None])[0]
    said_drop = out.el is not None and out.end_el is not None and out.el - out.end_el >= 45.0
    if source is not None and source.id in _FALLING_BY_NATURE and out.motion == "fall" and not said_drop:
        # "rain falls", "빗방울이 떨어지는": the sound does not travel downwards, it is where the drops land (unless
        # the text says the way down: "물방울이 위에서 내 발밑으로 떨어진다")
        out.motion, out.vtrend = "static", 0
        out.el, out.end_el = (out.el if out.el is not None else out.end_el), None
    moving_height = out.motion in ("rise", "fall") or out.vtrend != 0 or out.via_el is not None
    moving_height = moving_height or (out.motion == "pass" and out.end_az is not None)  # a path in the horizontal
    # a move that ends at a said height ("flutters up to the lamp above me"): the last place is its end, and
    # the source's usual height is not where it starts
    to_height = out.motion != "static" and out.end_el is not None
    said_direction = out.az is not None or out.end_az is not None

    around = out.spread is not None and out.spread >= AROUND_SPREAD_DEG  # "사방에서", "from every direction"
    place_height = False  # the height set below is a position's (a roof, a hilltop), not a word's or a source's
    if out.el is None and not moving_height and out.probs.get("el", 1.0) > 0.0:
        height = next((p.elevation_deg for p in (positions[:-1] if to_height else positions) if p.elevation_deg is not None), None)
        if revision >= 14 and around:
            height = None  # "rain drumming on the tent from every direction": all around has no one height (as below)
        if height is not None and said_direction and abs(height) < SIDE_HEIGHT_DEG:
            height = None  # (a position's mild height gives way to a named side; the source's own rules follow)
        from_position = height is not None
        if height is None and source is not None and source.elevation_deg is not None and not to_height:
            strong = source.elevation in _STRONG_HEIGHT or (revision < 11 and source.id in _OVERHEAD_BEFORE_11)
            raised = source.elevation in _WEAK_HEIGHT and not said_direction
            if revision >= 15 and source.id in _EAR_LEVEL_SINCE_15:
                raised = False
            if revision >= 12 and (around or (_SOMEWHERE.search(norm) and abs(source.elevation_deg) < SKY_HEIGHT_DEG)):
                raised = False  # "cicadas all around me", "an owl hooting somewhere out there": no one height
            if strong or raised:
                height = source.elevation_deg
        if height is not None and abs(height) >= MIN_HEIGHT_DEG:
            place_height = from_position
            out.el = height
            if out.end_el is None and out.motion in ("pass", "orbit", "spiral", "sway", "zigzag"):
                out.end_el = height

    if revision >= 16:
        _from_up_high(out, norm, source)

    if out.dist is None and out.end_dist is None and out.motion not in ("approach", "recede") and not out.trend:
        d = _known_distance(positions, source)
        if d is not None and out.probs.get("dist", 1.0) > 0.0:
            out.dist = d
    elif out.probs.get("dist_far_word") and out.motion not in ("approach", "recede") and not out.trend:
        # "church bells ring far away": "far" is a band; a source that is farther by nature says how far
        d = _known_distance(positions, source)
        if (
            d is not None and source is not None and source.distance in _HEARD_FROM_AFAR and d == source.distance_m
            and out.probs.get("dist_far_generic")
        ):  # fmt: skip
            d *= FAR_SOURCE_FACTOR  # "a siren far away", "저 멀리 고속도로": far for a siren, not for a voice
        if d is not None and out.dist is not None and d > out.dist:
            out.dist = d
    elif out.end_dist is None and out.motion in ("approach", "recede") and source is not None and revision >= 2:
        _radial_by_nature(out, source.distance_m)
    elif out.probs.get("dist_weak") and out.end_dist is None:
        # "not far" alone says little: a named position ("it's sitting on my shoulder") says where it is
        d = next((p.distance_m for p in positions if p.distance_m is not None), None)
        if (
            d is None and revision >= 13 and source is not None and source.distance in _HEARD_FROM_AFAR
            and source.distance_m and _NOT_FAR.search(norm)
        ):  # fmt: skip
            d = max(out.dist or 0.0, source.distance_m * NOT_FAR_OF_FAR)  # "the bell buoy isn't that far off": near for a buoy
        if d is not None:
            out.dist = d

    far_by_nature = _far_by_nature(source)
    if out.probs.get("faint") and far_by_nature and out.motion not in ("approach", "recede") and not out.trend:
        # "you can just about make out a tractor across the field", "큰길 건너 시장에서 확성기 소리가 가물가물해":
        # heard faintly, a source that carries far is far off (a field's or a road's width says too little)
        out.dist = max(out.dist or 0.0, min(source.distance_m * FAR_SOURCE_FACTOR, RANGES["distance_m"][1]))

    on_top = place_height or (out.el == HIGH_EL and _ON_TOP.search(norm) and not _HIGH_WORDS.search(norm))
    if (
        on_top and revision >= 5 and (frame.dist or 0.0) >= FAR_HEIGHT_M and out.el is not None and out.el > FAR_HEIGHT_DEG
        and out.motion in (None, "static") and out.end_el is None
    ):  # fmt: skip
        out.el = FAR_HEIGHT_DEG  # "the bell on the church roof a few streets away": far off, a roof is hardly up

    if out.spread is None:
        width = next((p.spread_deg for p in positions + places if p.spread_deg is not None), None)
        if width is None and source is not None:
            width = source.spread_deg
        if width is not None:
            out.spread = width

    if out.wet is None and out.rt60 is None and out.drr is None:
        room = next((p.room for p in places + positions if p.room), None)
        if room is None and source is not None:
            room = source.room
        if room:
            apply_room(out, room)
    return out
