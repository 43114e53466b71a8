"""The bilingual phrase tables behind the cue parser (:mod:`t2sa.text.cues`).

Each entry is ``(regex, kind, payload)``. Regexes run on lower-cased text. The tables aim at *precision*:
a phrase is listed only when it says one thing about space in (nearly) every context, and the phrases that
look spatial but are not ("right next to", "behind the door", "left and right", "주위", "3초 뒤") are listed as
``mask`` entries that hide the direction words inside them. What the tables miss is the network's job.

Kinds: ``dir`` (payload az / el / hedged), ``dist`` (m; ``near``: a near word however far its figure, ``weak`` yields to any other distance word, ``generic``
"far away" yields to a named place), ``spread`` (deg), ``room`` (preset of
:data:`t2sa.text.frame.ROOMS`), ``occl``, ``gain`` (dB), ``motion`` (name, optional trend / vtrend),
``speed`` (-1 / +1), ``clockwise`` (bool), ``static``, ``mask`` (hides ``dir`` spans it overlaps).
"""

from __future__ import annotations

import math
import re

from t2sa.params import wrap_azimuth
from t2sa.text.numbers import HOUR_WORDS
from t2sa.text.prefilter import ScreenedPatterns

Entry = tuple[str, str, dict]

# Korean: a direction noun must be followed by a particle, a space, punctuation or another direction noun
_KP = r"(?=쪽|편|쯤|께|에서|에게|에|으로|로|을|를|의|부터|까지|방향|방면|측|이야|이요|입니다|이에요|이다|인데|이고|이지만|이더라|이던데|더라|던데|임(?![가-힣])|이었어|이네|야(?![가-힣])|(?:이)?라(?:니까|고|서|구)|이었|였|예요|에요|요(?![가-힣])|\s|$|[,.!?~…/-]|왼|오른|앞|뒤|위|아래|밑|대각)"
_B = r"(?<![a-z])"  # English word start
_E = r"(?![a-z])"  # English word end
_THE = r"(?:the\s+listener'?s\s+|the\s+|your\s+|my\s+|his\s+|her\s+|their\s+|our\s+|one's\s+)?"
_AHEAD_OF = r"(?:straight|dead|directly)\s+ahead|dead\s+cent(?:re|er)|straight\s+in\s+front"
"""What "just left of ..." is a hedge from: the front said emphatically ("just left of dead ahead")."""


HIGH_EL = 60.0
"""Elevation (deg) of a high place said in words without a number: "up high", "in the sky", "on the roof", "꼭대기", "옥상"."""
AROUND_DEG = 300.0
"""Width of a sound said to be all around ("surrounds you on every side", "사방에서"): blind writers give 270-360."""


_HANGS_IN_THE_AIR_EN = (
    r"(?:hang|hangs|hung|hanging|linger|lingers|lingered|lingering|vanish|vanishes|vanished|vanishing|disappear|disappears|"
    r"disappeared|dissipat\w*|die|dies|died|dying|float|floats|floated|floating)\s+(?:on\s+)?(?:in|into)\s+the\s+(?:open\s+)?air"
    r"(?!\s+(?:above|over|overhead|high|up))|(?:turns|turning|moves|moving|tracks|tracking)\s+with\s+the\s+(?:sky|stars)"
    r"|(?:hang|hangs|hung|hanging|linger|lingers|lingered|lingering)\s+up\s+there(?=\s+(?:for|forever|after|till|until)(?![a-z])|\s*[,.;!?]|\s*$)"
)
"""What a sound does in the air, or a rig that turns with the sky: no height of the sound and no move ("the trumpets just
hang in the air", "the dome motor turns with the sky"); "hangs in the air above me" is still above."""
_HAND_SWAP_KO = r"(?:오른손|왼손)(?:에서|으로|에)\s*(?:왼손|오른손)?(?:으로|에)?\s*(?:바꿔|옮겨|넘기|넘겨|건네)"
"""The listener moving a tool from hand to hand ("밀대를 오른손에서 왼손으로 바꿔 잡고"): no side and no move of the sound."""
_UP_A_WAY = r"up\s+the\s+(?:[a-z-]+\s+){0,2}?(?:aisle|nave|corridor|hallway|ward|passage|gangway|concourse|platform|pier|jetty|alley|pavement|sidewalk)(?![a-z])"
"""Up an aisle, a nave, a corridor or a platform: along a way, not up in the air (round 54)."""
_PLOTS_DOWN_EN = (
    r"(?:\d+|one|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+"
    r"(?:plots|doors|houses|stalls|pitches|berths|moorings|allotments|gardens|cottages|boats|tents|stands|gates|bays)\s+"
)
""""Two plots down", "three doors up": a distance along a row of places (about 20 m), not a height or a side."""
_HALFWAY_ROUND_EN = (
    r"(?:(?<='s\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bsits\s))(?:about\s+|roughly\s+|maybe\s+)?half[- ]?way\s+(?:a)?round\s+"
    r"(?:to|towards?)\s+(?:my|the|your|our)\s+"
)
"""Where a sound sits "halfway round to my right": half of the way from the front to that side (45 deg), a place and no
move; after "is" / "'s" / "sits" only, since "circles halfway around to my left" is the sound's own circle."""
_KO_HALFWAY_ROUND = r"\s*으로\s*(?:한\s*)?반쯤\s*돌아간\s*(?:데|곳|쪽|자리)"
"""Korean "오른쪽으로 반쯤 돌아간 데서": the same half way to a side, after the side word."""
_OTHER_ONE = (
    r"(?:(?:not|isn'?t|wasn'?t|aren'?t)\s+(?:in\s+|on\s+|from\s+)?(?:the\s+|my\s+|her\s+|his\s+|your\s+)?{a}\s+(?!one(?![a-z]))(?:[a-z-]+\s+){{0,2}}?[a-z-]+"
    r"[^.!?;]{{0,30}}?[,.;!?—–-]\s*(?:chef,?\s*|mate,?\s*)?(?:(?:it'?s|it\s+is|the\s+[a-z]+'s\s+(?:in|from))\s+)?(?:in\s+|from\s+)?the\s+{b}\s+one"
    r"|{a}\s+(?!one(?![a-z]))(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s*,\s*(?:no\s+wait|sorry|actually|i\s+mean)\s*,?\s*(?:it'?s\s+)?the\s+{b}\s+one"
    r"|not\s+(?:on\s+)?(?:the\s+|my\s+)?{a}(?:\s+at\s+all)?\s*,\s*it'?s\s+(?:on\s+)?the\s+other\s+side"
    r"|{a}\s*\?[^?!]{{0,30}}?(?<![a-z])(?:no|nope|nah)\s*[,.!]?\s*(?:it'?s\s+)?(?:on\s+|from\s+)?the\s+other\s+(?:side|one|way))(?![a-z])"
)
"""A side ruled out for one of a pair and "the other one" given instead ("Not the left burner, chef, it's the right one",
"in my left hearing aid, no wait, it's the right one", "not on the left at all, it's on the other side"; round 50):
``{a}`` is ruled out, ``{b}`` holds, read as one place over the whole correction ("use the right one" alone is the correct
one, and stays no place)."""
_ROUND_THE_NECK = r"목에\s*(?:건|걸린|걸어\s*둔|매단|걸고\s*있는)|(?:round|around)\s+(?:my|her|his)\s+neck"
"""Hung round the neck (a whistle, a radio): on the chest, low and close, like a pocket on the body."""


def _en(words: str) -> str:
    return rf"{_B}(?:{words}){_E}"


_LISTENERS_PLACE = (
    r"(?:house|tent|cabin|cabins|caravan|lodge|hotel|hide|bus|coach|cab|group|campsite|chalet|cottage)(?![a-z])"
    r"(?!\s*,?\s*(?:(?:which|that)\s|(?:on|to|off\s+to|over\s+on|out\s+on)\s+(?:the|my|our|your)\s+(?:left|right)))"
)
"""Places the listener is at or in when a text says a sound is "behind" them ("behind the tent", "behind the bus"), unless
the text puts the place itself on a side ("behind the campsite on the left")."""

_LIVE_THERE_KO = r"\s*(?:사니까|살아서|살고|살아|사는데|살거든|살잖아|삽니다|살아요|사는\s*(?:사람|집|데))"
"""Where the listener lives ("공항 근처 사니까 매일 이래", round 61): after 근처, no distance of the sound."""

_ROUND_THE_ROOM_EN = r"go(?:es|ing)?\s+round\s+and\s+round\s+(?:the|this|that)\s+(?:limestone|stone|rock|walls?|room|chamber|hall|cave|cavern|dome|place|church|tunnel)"
"""A sound that goes "round and round the limestone": it rings in the room, it does not circle the listener."""


def not_after(words: list[str] | tuple[str, ...]) -> str:
    """Look-behinds that refuse a match right after any of ``words`` (and a space): Python's ``re`` needs one fixed-width
    look-behind per word."""
    return "".join(rf"(?<!{w}\s)" for w in words)


_NOT_SAID_OF_ME = not_after(("i'm", "im", "we're", "am"))
"""Not right after "I'm" / "we're": "I'm up in the loft" places the listener, not the sound."""

_NOT_ON_MY_WAY = not_after((
    "walking the dog", "walked the dog", "walk the dog", "walking the dogs", "walking my dog", "walking our dog",
    "i'm walking", "i was walking", "we're walking", "we were walking", "i'm cycling", "i was cycling",
))  # fmt: skip
"""'Walking the dog across the common and a skylark is singing': the listener's way across, not the sound's distance."""



_KO_SIDES = {"(?:왼쪽|왼편|좌측)": 90.0, "(?:오른쪽|오른편|우측)": -90.0, "(?:뒤쪽|뒤편|뒤|후방)": 180.0, "(?:앞쪽|앞편|앞|정면|전방)": 0.0}


def _no_place_no_move(pattern: str) -> list[Entry]:
    """A phrase that places no sound and moves none ("walked up to the reservoir and back", "엘리베이터 타고 7층
    올라가는데"): the same words as a position-free mask and as a motion mask."""
    return [(pattern, "mask", {"nopos": True}), (pattern, "mmask", {})]


def _ko_quarter_pairs() -> list[tuple[str, str, float]]:
    """Korean side words A and B a quarter turn apart, with A moved 20 deg toward B (the slight hedge blind writers use)."""
    out: list[tuple[str, str, float]] = []
    for a, az_a in _KO_SIDES.items():
        for b, az_b in _KO_SIDES.items():
            turn = wrap_azimuth(az_b - az_a)
            if abs(abs(turn) - 90.0) <= 1e-6:
                out.append((a, b, wrap_azimuth(az_a + math.copysign(20.0, turn))))
    return out


def _nudged_ko() -> list[Entry]:
    """"A에서 살짝 B쪽으로 비낀/당긴 곳": side A moved SLIGHT_DEG toward side B (B a quarter turn from A)."""
    out: list[Entry] = []
    for a, b, az in _ko_quarter_pairs():
        pattern = (rf"(?<![가-힣]){a}\s*에서\s*(?:(?:아주|진짜|정말|정말로|딱)\s*)?(?:살짝|약간|조금|좀)(?:만)?\s*{b}(?:쪽|편)?\s*(?:으로|로)\s*"
                   r"(?:비껴|비켜|비낀|치우친|치우쳐|당긴|당겨|옮긴|기운|기울어진|틀어진|빠진|빼)")
        out.append((pattern, "dir", {"az": az}))
        # "왼쪽에서 조금 뒤쪽으로 아기 울음소리가 나": the place, with the sound named after it
        quiet = (rf"(?<![가-힣]){a}\s*에서\s*(?:(?:아주|진짜|정말|딱)\s*)?(?:살짝|약간|조금|좀)(?:만)?\s*{b}(?:쪽|편)?\s*(?:으로|로)\s+"
                 r"(?=(?:[가-힣]+\s+)?[가-힣]*(?:소리|목소리|울음소리)(?:가|이)\s)")
        out.append((quiet, "dir", {"az": az}))
        # "오른쪽에서 조금 앞쪽으로 웅웅거려": the place, told with a sound verb that moves nothing (round 45)
        sounding = (rf"(?<![가-힣]){a}\s*에서\s*(?:(?:아주|진짜|정말|딱)\s*)?(?:살짝|약간|조금|좀)(?:만)?\s*{b}(?:쪽|편)?\s*(?:으로|로)"
                    r"(?=\s*(?:[가-힣]+\s+)?[가-힣]*(?:거려|거림|거려요|대요|울려|울려요|들려|들려요)(?![가-힣]))")
        out.append((sounding, "dir", {"az": az}))
    return out


def _beyond_ko() -> list[Entry]:
    """"오른쪽 옆보다 조금 더 뒤쪽", "왼쪽 대각선보다 좀 더 옆으로": a side or a diagonal, then a little more toward a
    side a quarter turn (or, from a diagonal, an eighth) away: 20 deg past it, as blind writers label "조금 더" (round 52)."""
    out: list[Entry] = []
    more = r"보다\s*(?:(?:아주|조금|좀|약간|살짝|한)\s*)?더\s*"
    for a, b, az in _ko_quarter_pairs():
        out.append((rf"(?<![가-힣]){a}\s*(?:옆\s*)?{more}{b}(?:쪽|편)?", "dir", {"az": az}))
    for side, s_az in (("(?:왼쪽|좌측)", 90.0), ("(?:오른쪽|우측)", -90.0)):
        for front, f_az in (("앞\\s*", 0.0), ("", 0.0), ("뒤\\s*", 180.0)):
            diag = wrap_azimuth(s_az / 2.0) if f_az == 0.0 else wrap_azimuth(math.copysign(135.0, s_az))
            toward_side = wrap_azimuth(diag + math.copysign(20.0, wrap_azimuth(s_az - diag)))
            out.append((rf"(?<![가-힣]){side}\s*{front}대각(?:선)?\s*(?:쪽|방향)?\s*{more}(?:옆|바깥)(?:쪽|으로|편)?", "dir", {"az": toward_side}))
            toward_axis = wrap_azimuth(diag + math.copysign(20.0, wrap_azimuth(f_az - diag)))
            axis = "앞" if f_az == 0.0 else "뒤"
            out.append((rf"(?<![가-힣]){side}\s*{front}대각(?:선)?\s*(?:쪽|방향)?\s*{more}{axis}(?:쪽|으로|편)?", "dir", {"az": toward_axis}))
    return out


_NOT_A_PLACE_EN = (
    r"(?:straight\s+|right\s+)?(?:up|down)\s+(?:an?\s+|one\s+|two\s+|half\s+an?\s+)?(?:octave|semitone|half[- ]step|whole\s+step|key|notch|register|gear)s?(?![a-z])"
    r"|(?:voice|pitch|tone|note|bass|register)\s+(?:drops?|dropped|dropping|falls?|fell|falling|goes\s+down|went\s+down|sinks?|sank)\s+(?:(?:really|so|very|right|way)\s+)?(?:low|deep)(?![a-z])"
    r"|(?:turn|turns|turned|turning|crank|cranks|cranked|cranking|whack|whacks|whacked|pump|pumps|pumped|bump|bumps|bumped)\s+(?:(?:the|his|her|my|their|our|that|this|its|your)\s+)?(?:[a-z]+\s+){0,2}?(?:all\s+the\s+way\s+|right\s+|way\s+|back\s+)?(?:up|down)(?![a-z])(?!\s+(?:the|a|an|to|towards?|into|onto|on|at|in|there|here|above|over|high|through|from|by|beside|behind|near|next|my|your|our|his|her|their)(?![a-z]))"
    r"|(?:fall|falls|falling|fell|fallen|getting|got|get|so|really|right|way|badly|hopelessly|bit|am|'m|is|are|was|were|been|running)\s+(?:right\s+|a\s+bit\s+|so\s+|well\s+|so\s+far\s+|far\s+|way\s+)?behind\s+(?:on|with|in)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:rent|bills|payments?|work|school|schedule|round|rounds|deliveries|jobs|calls|homework|everything|deadlines?|studies|emails|paperwork|mortgage|loan|reading|revision|essays?|assignments?|coursework|sleep|chores|marking|laundry|admin|notes|ironing|washing|washing-up|dishes|housework|cleaning|packing|orders)(?![a-z])"
    r"|back[- ]to[- ]back|right\s+then(?=\s+(?:the|a|an|he|she|it|i|we|they|someone|somebody|everyone|my|our|his|her|their)\s)"
    r"|(?:[a-g](?:\s*(?:sharp|flat|#|♯|♭))?\s+)?(?:above|below)\s+middle\s+c(?![a-z])"
    r"|(?:brought|bring|bringing|tuned|tune|tuning|nudged|nudge|pulled|pull|pushed|push)\s+(?:it|the\s+(?:string|note|pitch))\s+(?:up|down)\s+(?:a\s+(?:hair|bit|touch|tad|little|fraction|cent|semitone)|slightly)"
    r"|(?:head|heads|headed|heading|go|goes|went|going|get|gets|got|getting)\s+back\s+(?:to\s+(?:the|our|my|your|his|her|their)\s+(?:coach|bus|car|hotel|hostel|van|camp|campsite|base|office|house|flat|station|boat|ship|start|group|meeting\s+point|room|tent|cabin|lodge|desk|classroom|school|ward|hut)|home|inside|indoors)(?![a-z])"
    r"|(?:the|a)\s+(?:left|right)\s+(?:retractor|ventricle|atrium|lung|kidney|lobe|hemisphere|clamp|forceps)s?(?![a-z])"
    r"|(?<![a-z])left\s+(?:it|them|him|her)(?=\s+(?:by|at|on|in|beside|next\s+to|near|under|outside|behind)\s)"
    r"|(?:stairs|steps|staircase|flights?)\s+(?:going\s+|running\s+)?all\s+the\s+way\s+(?:up|down)|(?:from\s+)?floor[- ]to[- ]ceiling"
    r"|^(?:(?:i'?m|we'?re|i\s+was|we\s+were)\s+)?(?:up\s+)?on\s+(?:an?|the|our|my)\s+(?:open\s+|flat\s+)?roof(?:top)?(?=\s*,|\s+with\s)"
    # the listener's way ("I turned right out of the surgery", "we took a left into the lane"), a call returned
    r"|(?:turned|turn|turning|turns|swung|veered|bore|took\s+a|take\s+a|hung\s+a|hang\s+a)\s+(?:left|right)\s+(?:out\s+of|into|onto|off|at)\s+(?:the|a|an|our|my|this|that"
    r"|[a-z]+(?=\s+(?:road|street|lane|avenue|drive|hill|way|close|row|crescent|terrace|place|square|bridge|junction)(?![a-z])))(?=\s)"
    # the listener's route and lane ("took the right-hand path", "then second right", "stuck in the right lane")
    r"|(?:took|take|takes|taking)\s+the\s+(?:left|right)(?:-hand|\s+hand)?\s+(?:path|fork|turn|turning|road|exit|branch|track|trail|door|corridor|staircase|stairs|lane|route|way)(?![a-z])"
    r"|(?:first|second|third|next|1st|2nd|3rd)\s+(?:left|right)(?![a-z])(?!\s+(?:of|side|speaker|channel|ear)(?![a-z]))"
    # (round 49) the driver's line: "Hairpin left, basically a U-turn", "sharp right into turn 3", "square left at the bollard"
    r"|(?:^|(?<=[.,;:!?]\s)|(?<=\sa\s)|(?<=\sthe\s))(?:hairpin|sharp|square|fast|tight|long|easy|slight|medium|flat)\s+(?:left|right)(?![a-z-])(?!\s+(?:of|side|speaker|channel|ear|hand)(?![a-z]))(?=\s*(?:[,;.!-]|into|onto|at|round|around|over|then|and|\d|$))"
    r"|(?:stuck|sitting|sat|queuing|queueing|crawling|i'?m|we'?re|i\s+was|we\s+were)\s+in\s+the\s+(?:left|right|middle|outside|inside)(?:-hand)?\s+lane"
    r"|(?:turned|turn|turning|turns|dimmed|dim|put|switched)\s+(?:the\s+|my\s+|his\s+|her\s+)?[a-z-]+\s+down\s+low"
    r"|(?:been|went|go|gone|going|ran|run|walked|climbed|up)\s+(?:up\s+)?to\s+the\s+[a-z]+\s+floor\s+and\s+back(?:\s+down)?"
    r"|(?:east|west|north|south)\s+(?:wing|entrance|exit|gate|tower|stand|terrace|stairs|staircase|stairwell|corridor|lifts?|car\s+park|block|door)(?![a-z])"
    r"|(?:heading|headed|driving|walking|travelling|traveling|sailing|cycling)\s+(?:due\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:wards?)?(?![a-z])"
    r"|(?:^|(?<=[.!?;]\s))(?:go|walk|drive|head|keep\s+going)\s+past\s+the\s+[a-z]+(?:\s+[a-z]+)?(?=,?\s+(?:then|and\s+then|and\s+(?:take|turn))(?![a-z]))"
    r"|left\s+(?:my|the|his|her|our|their|a|an)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+behind(?![a-z])(?!\s+(?:me|us|him|her|them|the|my)(?![a-z]))"
    r"|(?:ring|call|phone|text|message|email|buzz)\s+(?:you|me|him|her|them|us)\s+back(?![a-z])"
    r"|(?:(?:up|awake)\s+all\s+night|(?:stayed|stay|staying|stays)\s+up(?:\s+late)?|(?:was|were|been)\s+up\s+(?:late|early|at)|up\s+late)(?![a-z])"
    # (round 45, dev set 12gf) "we're way behind on the Merlot", a job run "back to front" with "plates upside down",
    # "my back to the wall", "her left hip's the sore one" (someone else's body), "the whole way up" the stairs
    r"|(?:we're|we\s+are|we\s+were|i'm|i\s+am|i\s+was|they're|they\s+are|they\s+were)\s+(?:way\s+|so\s+|really\s+|a\s+bit\s+|badly\s+|well\s+)?behind\s+on\s+(?!(?:the|my|your|our)\s+(?:left|right|far)(?![a-z]))(?:the|our|my|their)\s+[a-z]+"
    r"|(?:running|run|runs|ran|printing|printed|print|doing|did|do)\s+(?:(?:the|this|that|it|them|[a-z]+)\s+){0,3}?back\s+to\s+front|(?:plates|it|them|sheets?)\s+upside\s+down"
    r"|(?:my|our|his|her|their)\s+backs?\s+to\s+the\s+wall"
    r"|(?:before|after|when|until|till|once|as\s+soon\s+as)\s+(?:we|i|you|they)\s+(?:dive|dived|surface|surfaced|go\s+down|went\s+down)(?![a-z])"
    r"|(?:under|underneath|beneath)\s+(?:all\s+)?(?:the\s+)?(?:chatter|talk|talking|noise|music|conversation|everything|it\s+all)(?![a-z])"
    r"|like\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:ship|boat|plane|lift|elevator|stone|brick|rock|balloon|submarine)\s+going\s+(?:down|up)(?![a-z])"
    r"|(?:his|her|their)\s+(?:left|right)\s+(?:hip|knee|leg|ankle|foot|shoulder|elbow|wrist|hand|arm|eye|cheek|lung|kidney)(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:sore|bad|painful|broken|injured|weak|good|dodgy|stiff)"
)
"""English phrases whose up / down / behind / back are no place and no move of a sound (pitch, volume, idioms)."""

_ROW_UNITS_EN = "benches|desks|tables|beds|bays|stalls|booths|workbenches|lockers|stations|cubicles|boards|lanes|machines|spaces"
_ALONG_A_ROW_EN = r"(?:one|two|three|a\s+few|(?:a\s+)?couple\s+of)\s+(?:{units})\s+(?:down|along|over|up)(?![a-z])"
"""A few places along a row ("two benches down", "a couple of stalls along"): along, not below, and a few metres off
(seats, pews and stools have their own distances, so they only mask the height)."""
_CAME_IN_BY_EN = r"(?:came|comes|coming|walked|walks|wheeled|rolled|rolls|burst|bursts|ran|runs|got|gets|trundled|clattered|marched|squeaked)\s+in\s+(?:thru\s+|through\s+|by\s+|at\s+|via\s+)?the\s+"
"""A move in by a door of the room ("came in thru the ..."); the door's name follows."""
_WAY_THROUGH_AFTER_EN = r"(?=[^.!?]*?(?<![a-z])(?:down|along|up|past|round|around|across|through)\s+(?:my|our|the)\s+[a-z])"
"""A way through the room later in the sentence ("... rolled down my right side"): only then is a door in a move a side of
the listener (round 55; "came in at the back door and sat on my left" stays put)."""
_EDGE_TO_EDGE_EN = r"(?:(?<=me,\s)|(?<=us,\s)|(?<=ahead,\s))(?:left|right)\s+edge\s+to\s+(?:left|right)\s+edge"
"""A span told after its place ("the whole forest in front of me, left edge to right edge"): wide, and no move
("across the stereo field, left edge to right edge" still pans)."""
_NOT_A_PLACE_KO = (
    r"(?<![가-힣])위로\s*(?:를|가|도|의)?\s*(?:좀\s*)?(?:받|해\s*(?:줘|주|줬|드)|하|드리|드려|돼|되|됐|삼|주|줬|줄|이\s*돼|가\s*돼|가\s*됐)"
    r"|(?<![가-힣])(?:왼|오른)(?:팔|발|다리|어깨|무릎|손목|발목|팔꿈치|눈|귀)(?:이|가|을|를|은|는|도)(?=\s|$)"
    r"|(?<![가-힣])(?:왼|오른)쪽\s*(?:팔|다리|무릎|발목|손목|팔꿈치|허리|종아리|발|손가락)\s*(?:에\s*)?(?:쥐|저려|저림|아파|아프|결려|다쳐|부었|삐었|마비)"
    r"|(?<![가-힣])(?:(?:왼|오른)쪽|우측|좌측)\s*(?:깜빡이|깜박이|방향\s*지시등)|(?<![가-힣])(?:왼|오른)쪽\s*(?:에어팟|이어폰|버즈|보청기|장갑|신발|양말|귀걸이|렌즈|슬리퍼|운동화|부츠)\s*(?:을|를|이|가|은|는|한\s*짝)?\s*(?:잃어버|잃어|고장|망가|분실|떨어뜨|배터리|충전|벗|찾|빠졌|없어)"
    r"|뒤끝|밑도\s*끝도|뒤(?:처지|쳐지|처져|쳐져|처졌|쳐졌|처질|쳐질)"
    r"|(?:물가|가격|집값|월세|전세|기름값|주가|금리|월급|연봉|환율|전기세|가스비|관리비|등록금|값)(?:은|는|이|가|도)?\s*(?:계속\s*|자꾸\s*|또\s*|막\s*|엄청\s*)?(?:올라|내려|떨어)(?:가|와|오|갔|왔|간|온|감|옴|지|져|졌|진|짐)?(?:고|는|서|도|요|며|면서)?"
    r"|(?:고음|음정|음|키|톤|목소리|음이|옥타브)(?:은|는|이|가|도|을|를)?\s*(?:쭉\s*|확\s*|막\s*|점점\s*|계속\s*)?(?:올라가|올라간|올라갔|내려가|내려간|내려갔|올려|내려)(?:는데|고|는|서|요|며|면서)?"
    r"|뒤로\s*(?:넘어갈|넘어가는\s*줄|자빠질|나자빠질|넘어질)"
    r"|위에서\s*(?:시키|하라|지시|내려온|까라|정한|결정)"
    r"|공중\s*그네|물\s*(?:이\s*)?내려가는\s*소리|물\s*내리는\s*소리"
    r"|(?:지하\s*주차장|지하실|지하|주차장|계단|아래층|밑층)\s*(?:으로|로|에)?\s*(?:막\s*)?내려가(?:자마자|자|니까|니|는데|서|다가|면)"
    r"|(?:한가운데|한복판)(?:에)?\s*(?:서\s*있|서서|앉아|누워)"
    # a request to lift something, the listener's place in a line or a pitch, the way to a house
    r"|위로\s*(?:좀\s*)?올려\s*(?:달라고\s*(?:했더니|하니까|했는데)|달라니까)"
    r"|(?:왼쪽|오른쪽)\s*줄\s*(?:맨\s*)?(?:끝|뒤|앞)(?:에|에서)?\s*(?:서서|서\s*있|섰)"
    r"|(?:왼쪽|오른쪽)\s*끝\s*(?:쪽\s*)?자리\s*(?:를|을)?\s*(?:잡|맡)"
    r"|(?:지나(?:서|고|면)\s*)?(?:왼쪽|오른쪽|좌측|우측)\s*(?:으로\s*)?(?:첫|두|세|네)\s*번째\s*(?:집|골목|건물|가게|블록|길|사거리|신호등)"
)
"""Korean ones: 위로 (comfort), 오른팔이 (a body part as the subject), 뒤끝, 밑도 끝도 없이, prices going up, a pitch going up,
뒤로 넘어갈 뻔 (nearly fainted), 위에서 시키는 대로 (the bosses)."""


_MY_HOME_IS = r"(?:(?:i|we)\s+live|(?:my|our)\s+(?:flat|apartment|room|bedroom|place|house)(?:'s|\s+is))\s+(?:right\s+|just\s+|directly\s+)?"
"""Where the listener lives, before "over / under the X" ("my flat's over the bakery", "we live under a gym")."""


_WRAP_ROUND_EN = (
    r"wrap(?:s|ped|ping)?\s+(?:the|it|that|this|them|those)\s+(?:[a-z]+\s+)?(?:right\s+|all\s+the\s+way\s+)?(?:a)?round\s+"
    r"(?:us|me|you|the\s+listener|the\s+room|the\s+audience)(?![a-z])"
    r"|wrap(?:s|ped|ping)?\s+(?:itself\s+)?(?:right\s+|all\s+the\s+way\s+)?(?:a)?round\s+(?:us|me|you|the\s+listener)(?![a-z])"
)
"""A sound wrapped round the listener ("wrap the crowd all the way round the listener", "the crowd wraps all the way
around me"): a width all round, not a circling motion."""


DIRECTIONS: list[Entry] = [
    (_en(r"(?:(?<='s\s)|(?<=is\s)|(?<=was\s)|(?<=now\s))round\s+the\s+back\s+of\s+(?:the|our|my)\s+(?:tent|house|van|car|caravan|shed|hut|cabin|barn|bus|lorry|truck|building|church|hall|garage)"), "dir", {"az": 180.0}),  # "now it's round the back of the tent" (round 47)
    (r"(?<![가-힣])윗방(?=\s|에|의|[.,!?]|$)", "dir", {"el": 60.0}),  # "윗방 412호에서": the room upstairs, as 윗집
    (r"(?<![가-힣])(?:바로\s*)?맞은\s*편(?=\s*(?:에서|에|으로|쪽))", "dir", {"az": 0.0}),  # "맞은편에서 건너오더니": across, facing the listener (round 48)
    # 경상도 / 전라도 "짝" for 쪽 (round 48): "저 뒤짝에서 뭐가 자꼬 덜컹거리노", "오른짝은 아닌디"
    *[
        (rf"(?<![가-힣])(?:{words})(?=\s*(?:에서|에|으로|로|은|는|이|가|[\s,.!?]|$))", "dir", {"az": az})
        for words, az in (("뒤짝|뒷짝", 180.0), ("앞짝", 0.0), ("왼짝", 90.0), ("오른짝", -90.0))
    ],
    (_en(r"deep\s+(?:down\s+)?in\s+the\s+(?:hull|bilges?|hold|engine\s+room|keel)"), "dir", {"el": -60.0}),  # "the bilge pump ..., deep in the hull" (round 47)
    (r"선반\s*(?:높은|맨\s*위|윗)\s*칸|높은\s*선반|선반\s*맨\s*위", "dir", {"el": 45.0}),  # "뒤쪽 선반 높은 칸에 올려 둔 라디오" (round 47)
    (r"(?<![가-힣])천장(?:\s*(?:속|안))?\s*바로\s*(?:위|윗)", "dir", {"el": 85.0}),  # "천장 바로 위에서 환풍기가" (round 47; "천장 속": round 56)
    (_en(r"up\s+and\s+(?:to|on)\s+(?:the|my|your|our)\s+left"), "dir", {"az": 90.0, "el": 40.0}),  # "drilling up and to my left"
    (_en(r"up\s+and\s+(?:to|on)\s+(?:the|my|your|our)\s+right"), "dir", {"az": -90.0, "el": 40.0}),
    (_en(r"up\s+(?:by|near|at)\s+the\s+(?:clerestory(?:\s+windows?)?|eaves|gutters?)"), "dir", {"el": 45.0}),
    # -- English sides ---------------------------------------------------------------------
    # facing the listener: "right across from me", "opposite us", "sits across the table from me"
    (_en(r"(?:directly\s+|right\s+|just\s+|straight\s+)?(?:across\s+(?:the\s+\w+\s+)?from|opposite)\s+(?:me|you|us|the\s+listener)(?!\s+(?:on|to)\s+(?:the|my|our|your)\s+(?:left|right)(?![a-z]))"), "dir", {"az": 0.0}),
    # on the body below the ear: "at your right hip", "on my belt" (a place on the listener, well below ear level)
    (r"(?:(?<=your\s)|(?<=my\s)|(?<=his\s)|(?<=her\s)|(?<=their\s)|(?<=right\s)|(?<=left\s))(?:hips?|waist|belt|thighs?)(?![a-z])", "dir", {"el": -45.0}),
    # "가운데에서 살짝 좌측으로 보내": a hedged placement, not a move from the centre
    (r"(?:정면|중앙|가운데|센터)에서\s*(?:살짝|약간|조금|좀)만?\s*(?:왼쪽|왼편|좌측)(?:\s*(?:쪽|편))?\s*(?:으로|로)(?=\s*(?:보내|놓|둬|두|옮겨\s*(?:줘|놔|둬)|배치|패닝|팬)|\s*[.!?]|\s*$)", "dir", {"az": 90.0, "hedged": True}),
    (r"(?:정면|중앙|가운데|센터)에서\s*(?:살짝|약간|조금|좀)만?\s*(?:오른쪽|오른편|우측)(?:\s*(?:쪽|편))?\s*(?:으로|로)(?=\s*(?:보내|놓|둬|두|옮겨\s*(?:줘|놔|둬)|배치|패닝|팬)|\s*[.!?]|\s*$)", "dir", {"az": -90.0, "hedged": True}),
    # "앞과 오른쪽 사이", "왼쪽과 뒤 사이에": halfway between a front/back and a side
    (r"(?:앞|앞쪽|정면)(?:과|와|하고|이랑|랑)\s*(?:왼쪽|왼편|좌측)\s*사이|(?:왼쪽|왼편|좌측)(?:과|와|하고|이랑|랑)\s*(?:앞|앞쪽|정면)\s*사이", "dir", {"az": 45.0, "between": True}),
    (r"(?:앞|앞쪽|정면)(?:과|와|하고|이랑|랑)\s*(?:오른쪽|오른편|우측)\s*사이|(?:오른쪽|오른편|우측)(?:과|와|하고|이랑|랑)\s*(?:앞|앞쪽|정면)\s*사이", "dir", {"az": -45.0, "between": True}),
    (r"(?:뒤|뒤쪽|후방)(?:과|와|하고|이랑|랑)\s*(?:왼쪽|왼편|좌측)\s*사이|(?:왼쪽|왼편|좌측)(?:과|와|하고|이랑|랑)\s*(?:뒤|뒤쪽|후방)\s*사이", "dir", {"az": 135.0, "between": True}),
    (r"(?:뒤|뒤쪽|후방)(?:과|와|하고|이랑|랑)\s*(?:오른쪽|오른편|우측)\s*사이|(?:오른쪽|오른편|우측)(?:과|와|하고|이랑|랑)\s*(?:뒤|뒤쪽|후방)\s*사이", "dir", {"az": -135.0, "between": True}),
    # "somewhere between my left and my back", "between the front and my right": halfway, as 사이 above
    *[
        (_en(rf"between\s+(?:my|your|our|the)\s+{a}(?:\s+side)?\s+and\s+(?:my|your|our|the)\s+{b}(?:\s+side)?(?![a-z])"
             rf"|between\s+(?:my|your|our|the)\s+{b}(?:\s+side)?\s+and\s+(?:my|your|our|the)\s+{a}(?:\s+side)?(?![a-z])"), "dir", {"az": az, "between": True})
        for a, b, az in (("front", "left", 45.0), ("front", "right", -45.0), ("back", "left", 135.0), ("back", "right", -135.0))
    ],
    (r"허리춤|허리께|(?<![가-힣])허리(?=\s*(?:에서|에|옆|쪽))", "dir", {"el": -45.0}),
    # "practically behind me on the left", "오른쪽이긴 한데 거의 정면": the almost-place is where it is, the side only
    # pulls it a little (the side words weigh as a hedge, :func:`t2sa.text.cues._compose`)
    (_en(r"(?:almost|nearly|practically|pretty\s+much|just\s+about|virtually|all\s+but)\s+(?:directly\s+|right\s+|straight\s+|dead\s+)?"
         r"(?:behind(?:\s+(?:me|you|us))?|at\s+(?:my|your|our)\s+backs?|(?:to|at|in)\s+the\s+(?:back|rear))(?![a-z])"), "dir", {"az": 180.0, "almost": True}),
    (_en(r"(?:almost|nearly|practically|pretty\s+much|just\s+about|virtually|all\s+but)\s+(?:directly\s+|right\s+|straight\s+|dead\s+)?"
         r"(?:in\s+front(?:\s+of\s+(?:me|you|us))?|ahead|(?:dead\s+)?cent(?:re|er)|head[- ]on)(?![a-z])"), "dir", {"az": 0.0, "almost": True}),
    (r"(?<![가-힣])거의\s*(?:바로\s*|정\s*|완전\s*)?(?:뒤쪽|뒤편|뒷편|등\s*뒤|후방|뒤)(?!\s*(?:로|으로|처지|쳐지|늦|끝))", "dir", {"az": 180.0, "almost": True}),
    (r"(?<![가-힣])거의\s*(?:바로\s*)?(?:정면|앞쪽|앞편|정중앙|가운데|중앙|앞)(?!\s*(?:으로|로|까지|두고|날))", "dir", {"az": 0.0, "almost": True}),
    (_en(r"(?:just\s+)?off[- ]cent(?:er|re)\s+(?:to\s+|towards?\s+)?(?:the\s+)?left"), "dir", {"az": 90.0, "hedged": True}),
    (_en(r"(?:just\s+)?off[- ]cent(?:er|re)\s+(?:to\s+|towards?\s+)?(?:the\s+)?right"), "dir", {"az": -90.0, "hedged": True}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch|tad|hair|smidge)|a\s+(?:tiny|teeny|wee|teeny\s+tiny)\s+bit|somewhat|a\s+little\s+bit|barely|mildly)\s+(?:to\s+|off\s+to\s+|towards?\s+|on\s+)?" + _THE + r"left(?:\s+of\s+(?:centre|center|front|the\s+middle|middle|" + _AHEAD_OF + r"))?"), "dir", {"az": 90.0, "hedged": True}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch|tad|hair|smidge)|a\s+(?:tiny|teeny|wee|teeny\s+tiny)\s+bit|somewhat|a\s+little\s+bit|barely|mildly)\s+(?:to\s+|off\s+to\s+|towards?\s+|on\s+)?" + _THE + r"right(?:\s+of\s+(?:centre|center|front|the\s+middle|middle|" + _AHEAD_OF + r"))?"), "dir", {"az": -90.0, "hedged": True}),
    (_en(r"(?:just\s+(?:off\s+)?(?:to\s+)?(?:the\s+)?)?left\s+of\s+(?:centre|center|the\s+middle|middle|front|" + _AHEAD_OF + r")"), "dir", {"az": 90.0, "hedged": True}),
    # (round 55, dev set 12hw) "just left of the door in front of me": a hair off a thing straight ahead
    (_en(r"(?:just|slightly|a\s+(?:little|bit|touch|hair|tad))\s+(?:to\s+the\s+)?left\s+of\s+(?:the|my|our|that)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:(?:right\s+|straight\s+|dead\s+)?in\s+front\s+of\s+(?:me|us)|(?:right\s+|straight\s+|dead\s+)?ahead\s+of\s+(?:me|us))(?![a-z])"), "dir", {"az": 90.0, "hedged": True}),
    (_en(r"(?:just|slightly|a\s+(?:little|bit|touch|hair|tad))\s+(?:to\s+the\s+)?right\s+of\s+(?:the|my|our|that)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:(?:right\s+|straight\s+|dead\s+)?in\s+front\s+of\s+(?:me|us)|(?:right\s+|straight\s+|dead\s+)?ahead\s+of\s+(?:me|us))(?![a-z])"), "dir", {"az": -90.0, "hedged": True}),
    (_en(r"(?:just\s+(?:off\s+)?(?:to\s+)?(?:the\s+)?)?right\s+of\s+(?:centre|center|the\s+middle|middle|front|" + _AHEAD_OF + r")"), "dir", {"az": -90.0, "hedged": True}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch|tad|hair|smidge)|somewhat|a\s+little\s+bit)\s+(?:behind|back|(?:to|towards?)\s+the\s+(?:back|rear)|(?:to\s+)?the\s+rear)"), "dir", {"az": 180.0, "hedged": True}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch|tad|hair|smidge)|somewhat|a\s+little\s+bit)\s+(?:ahead|in\s+front|forward|(?:to|towards?)\s+the\s+front|front)"), "dir", {"az": 0.0, "hedged": True}),
    (_en(r"over\s+" + _THE + r"left\s+shoulder|behind\s+" + _THE + r"left\s+(?:shoulder|ear)"), "dir", {"az": 135.0}),
    (_en(r"over\s+" + _THE + r"right\s+shoulder|behind\s+" + _THE + r"right\s+(?:shoulder|ear)"), "dir", {"az": -135.0}),
    (_en(r"(?:off\s+to\s+" + _THE + r")?left(?:-hand|\s+hand)?(?:\s+side)?|leftwards?|lefthand|port\s+side"), "dir", {"az": 90.0}),
    (_en(r"(?:off\s+to\s+" + _THE + r")?right(?:-hand|\s+hand)?(?:\s+side)?|rightwards?|righthand|starboard"), "dir", {"az": -90.0}),
    (_en(r"in\s+front(?:\s+of\s+(?:you|me|us|the\s+(?:listener|player|viewer|camera|mic|microphone|lens)|them|him|her|your\s+face|my\s+face))?|ahead(?:\s+of\s+(?:you|me|us))?|forwards?|straight\s+on(?!\s+past(?![a-z]))|dead\s+ahead|frontal|front|face\s+to\s+face|head-on|(?<=me\s)head\s+on|(?<=us\s)head\s+on|facing\s+(?:you|me)|before\s+(?:you|me|us)(?!\s+(?:ever|even|can|could|know|knew|get|got|see|saw|hear|heard|reach|reached|arrive|arrived|go|went|come|came|leave|left|start|started|finish|had|have|realise|realize|realised|realized|notice|noticed|turn|turned|open|opened|walk|walked|make|made|say|said|were|was|are|do|did|'ll|will|would)(?![a-z]))|in\s+the\s+(?:centre|center|middle)|(?:to|towards?|into)\s+the\s+(?:centre|center|middle)|(?:centre|center)(?:\s+stage)?|centred|centered|dead\s+cent(?:er|re)"), "dir", {"az": 0.0}),
    (_en(r"behind(?=\s+(?:you|me|us|the\s+listener|the\s+audience|the\s+player|the\s+camera|the\s+viewer|your\s+(?:head|back|seat|chair)|my\s+(?:(?:lifeguard|office|swivel|folding|camp|deck|driver'?s|piano|work|sun|beach|fishing|gaming)\s+)?(?:head|back|seat|chair|desk|stall|griddle|counter|till|stool|pitch|kit|drum\s+kit|drums|decks|easel|lectern|podium|keyboard|booth|kiosk|cab|van|truck|bench|workbench|station|post|spot|kayak|canoe|paddleboard|bike|boat|deckchair|sunlounger|hide|blind)|him|her|them)" + _E + r")|behind(?=\s*(?:$|[,.;!?)\-]|(?:and|but|to|on|at|slightly|a\s+bit|a\s+little|left|right|over|round|around|while|as|then|now|somewhere|there|again|from|with|in|toward|towards|into|across|very|far|quite|close|until|till|til|before|when|whilst|still|too)\b))|backwards?|(?:at|in|from|to|toward|towards|into|on)\s+" + _THE + r"(?:very\s+back(?!\s+of(?![a-z]))|back|rear)(?!\s+(?:of\s+(?:the\s+)?(?:room|hall|stage|car|bus|house|church|building|class|theatre|theater)))(?!(?:(?<=at\sthe\sback)|(?<=in\sthe\sback))\s+of\s+the\s+(?:[a-z]+room|shop|office|studio|kitchen|warehouse|barn|garage|shed|workshop|cafe|café|pub|bar|library|gym|store)(?![a-z]))|rear|back(?=[-/ ](?:left|right)|\s+and\s+(?:to\s+|on\s+)?(?:the\s+|my\s+|your\s+)?(?:left|right)(?![a-z]))|(?<=left[-/ ])back|(?<=right[-/ ])back|at\s+" + _THE + r"back\s+of\s+" + _THE + r"head|back\s+of\s+(?:you|me)"), "dir", {"az": 180.0}),
    (_en(r"(?:the\s+)?back\s+of\s+the\s+(?:room|hall|stage|church|theatre|theater|bus|class|lecture\s+hall|lecture\s+theatre|classroom|auditorium|library)"), "dir", {"az": 180.0, "el": None}),
    (_en(r"behind\s+(?:the\s+)?(?:camera|mic|microphone|recorder|dummy\s+head)|off[- ]camera\s+behind"), "dir", {"az": 180.0}),
    # (round 62) "someone two rows behind unwrapped a sweet", "a few seats back": behind the listener's own row
    (_en(r"(?:a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|several|\d{1,2})\s+(?:rows?|seats?)\s+(?:back|behind)"
         r"(?!\s+(?:the|a|an|that|this|those|his|her|their|its)(?![a-z]))(?!\s+(?:me|us)(?![a-z]))"), "dir", {"az": 180.0}),
    # (round 61) behind the house, tent, hotel, bus or group the listener is at or in: behind the listener (writers: 180 for
    # "the generator parked behind the tent", "a moped buzzed up behind the bus, overtook us on the left"); where the move
    # starts there, it is its start; said alone, it gives way to any side the text names
    (_en(r"(?:(?<=from\s)|(?<=up\s)|(?<=started\s)|(?<=starts\s)|(?<=began\s)|(?<=begins\s)|(?<=first\s))behind\s+the\s+" + _LISTENERS_PLACE), "dir", {"az": 180.0}),
    (_en(r"behind\s+the\s+" + _LISTENERS_PLACE), "dir", {"az": 180.0, "weak": True}),
    (_en(r"from\s+behind\s+the\s+(?:[a-z-]+\s+){1,3}?at\s+(?:our|your|their)\s+backs(?![a-z])"), "dir", {"az": 180.0}),  # "from behind the packing shed at our backs" (round 50)
    # behind the vehicle or tent the listener is in ("came up behind my cab", "honking behind our car")
    (_en(r"behind(?=\s+(?:my|our)\s+(?:car|van|cab|taxi|truck|lorry|bike|motorbike|scooter|tent|caravan|camper|campervan|boat|armchair|sofa|couch|settee|stool|bench|recliner|deckchair|wheelchair|goal|position|location|spot|post|desk|desk\s+chair|station|bunk|cot|pram|buggy)(?![a-z]))"), "dir", {"az": 180.0}),
    # "came up from behind the tram", "stopped somewhere behind the tram": behind the vehicle the listener drives or rides (round 48)
    (_en(r"(?:(?<=from\s)|(?<=somewhere\s)|(?<=right\s)|(?<=just\s))behind(?=\s+the\s+(?:tram|bus|coach|cab|taxi|lorry|truck|van)(?![a-z]))"), "dir", {"az": 180.0}),
    # "the owl hooting out behind the house": at the back
    (_en(r"(?<=out\s)behind(?=\s+the\s+(?:house|barn|shed|garage|building|school|church|hotel|cabin|cottage|hut|shop|pub)(?![a-z]))"), "dir", {"az": 180.0}),
    # "the bin lid banging out back": behind the house, behind the listener
    (_en(r"(?<=out\s)back(?=\s*(?:$|[,.;!?]|(?:and|but|somewhere|there|again|now|by|near|in|on|behind|all)(?![a-z])))"), "dir", {"az": 180.0}),
    # where a sound is, "round the back" of the building one is in ("it's round the back of the office by the bins";
    # round 43): static after a copula, so not a way round ("went round the back" stays the rules' orbit or pass)
    (_en(r"(?:(?<=\bit's\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bthat's\s))(?:a)?round\s+the\s+back"
         r"(?=\s+of\s+the\s+(?:office|house|building|shop|school|hotel|pub|flat|block|station|hospital|church|hall|warehouse|factory|yard)(?![a-z])|\s*(?:$|[,.;!?]|(?:by|near|somewhere|there)(?![a-z])))"), "dir", {"az": 180.0}),
    (_en(r"(?:so|really|way|bit|massively|hopelessly|well|far|totally|getting|got|fell|falling|fall|i'm|we're|am|are|is|was|were)\s+behind\s+(?:on|with)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?(?:work|rent|bills?|payments?|orders?|schedule|restorations?|paperwork|emails?|jobs?|chores|everything|it|homework|marking|washing|laundry|sleep|reading|deadlines?)"
         r"|behind\s+schedule"), "mask", {"nopos": True}),  # behind on the work: no place (round 43)
    (_en(r"(?:my|our|his|her|their|the)\s+sweeping|(?:i|we)(?:'m|\s+am|'re|\s+are|\s+was|\s+were)\s+sweeping|sweeping\s+(?:the\s+(?:floor|yard|path|nave|aisle|steps|leaves|porch|kitchen|hall|shop|room|church|platform|chimney|drive|deck|stage))"
         r"|(?<=,\s)sweeping\s+up(?=\s+(?:after|(?:the\s+)?(?:mess|broken|glass|shards|crumbs|confetti|litter|popcorn|sawdust|debris|dust))(?![a-z]))"), "mmask", {}),  # sweeping with a broom (round 43; "sweeping up after the show": round 61)
    (_en(r"(?:hangs?|hung|hanging|lingers?|lingered|lingering)\s+(?:(?:about|around)\s+in\s+the\s+air|up\s+there)"), "mask", {"nopos": True}),  # a sound that lingers: no height (round 43)
    # a time ("running past ten, against the rules"), and people who left ("right after the night shift left"):
    # no pass, no side (round 43)
    (_en(r"(?:(?:running|runs|ran|going|goes|went|on)\s+)?past\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|\d{1,2}(?::\d\d)?)(?:\s*(?:o'?clock|am|pm))?"
         r"(?=\s*(?:[,.;!?]|$|(?:at\s+night|tonight|last\s+night|again|and|every|against|in\s+the)(?![a-z])))"), "mmask", {}),
    (_en(r"(?:after|before|when|once|since|until|till)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:shift|crew|team|staff|guests?|class|kids|everyone|everybody|they|he|she|we|i|you|boss|customers?|visitors?|lot)\s+left"
         r"(?!\s+(?:side|of|ear|hand|wall|corner|lane|turn)(?![a-z]))"), "mask", {"nopos": True}),
    (_en(r"(?:coming|comes|came|walking|walks|walked|heading|heads|headed|trudging|wandering|strolling)\s+down\s+the\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]*path|track|lane|road|street|drive|corridor|hallway|aisle|trail|platform|pavement|sidewalk|ward|passage|alley)(?![a-z])"), "mmask", {}),  # along a way, not falling (round 43)
    (_en(r"(?:coming|comes|came|walking|walks|walked|heading|heads|headed|trotting|trotted|drifting|drifted|streaming|streamed|trickling|trickled)\s+down\s+(?:off|from)\s+the\s+(?:hill|hills|hillside|fell|fells|mountain|slope|moor|ridge|dunes?|bank|top\s+field|high\s+pasture)(?![a-z])"), "mmask", {}),  # a flock coming down off the hill: along, not falling (round 54)
    # (round 54, dev set 12hv) "went all the way up the aisle", "came up the nave": along a way, not up in the air
    (_en(r"(?:coming|comes|came|walking|walks|walked|went|goes|going|heading|heads|headed|trudging|wandering|strolling|marched|marching|shuffled|shuffling|processed|processing)"
         r"\s+(?:all\s+the\s+way\s+|slowly\s+|straight\s+)?" + _UP_A_WAY), "mask", {"nopos": True}),
    (_en(r"(?<=\s)" + _UP_A_WAY), "mmask", {}),
    # (round 44) "the night market's in full swing": an idiom, no sway; a hearsay opener names who spoke, not where the
    # sound is ("아래층 사람이 그러는데 우리 집 세탁기가 ...", "the downstairs neighbour says ..."); a listener's own deep
    # platform or passage ("Platform's deep underground and tiled ...", "지하 5층 환승 통로라 ..."): nothing is below
    (_en(r"(?:in|into)\s+full\s+swing"), "mmask", {}),
    (_en(_WRAP_ROUND_EN), "mmask", {}),  # "wrap the crowd all the way round the listener": a width (round 47)
    *_no_place_no_move(r"(?:위층|윗층|윗집|아래층|아랫층|아랫집|밑층|옆집|앞집|뒷집)\s*(?:[가-힣]+\s*)?(?:사람|사람들|분|분들|아저씨|아주머니|아줌마|할머니|할아버지|언니|누나|형|오빠|애|꼬마|총각|아가씨)\s*(?:이|가|들이)\s*(?:(?:내려와서|올라와서|와서|찾아와서)\s*)?(?:그러는데|그러시는데|그러던데|그러시던데|그랬는데|그러셨는데|그러더라|말하길|말하기를|하는\s*말이|얘기하길|알려\s*줬는데|알려\s*주던데)"),
    (_en(r"(?:the|our|my)\s+(?:downstairs|upstairs|next[- ]door)\s+(?:neighbou?rs?|lady|guy|man|woman|folks?|couple)\s+(?:says?|said|told\s+(?:me|us)|reckons?|reckoned|swears?|swore|complained)(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?:platform|station|passage|concourse|tunnel|car\s+park|bunker|studio|club|bar|vault|cellar\s+bar)(?:'s|\s+is|\s+was|\s+sits|\s+lies)\s+(?:so\s+|really\s+|very\s+|way\s+)?(?:deep\s+)?underground"), "mask", {"nopos": True}),
    # someone else climbing in a while-clause ("... sat there chugging while the pilot climbed the ladder"): the
    # sound is the main clause's, which does not rise (round 44)
    (_en(r"(?:while|whilst|as)\s+(?:the|a|an|his|her|their|our|my)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:climbed|climbs|climbing|scrambled|scrambles|went\s+up|goes\s+up|came\s+down|comes\s+down)\s+(?:up\s+|down\s+)?(?:the|a|his|her|their)\s+(?:ladder|stairs|steps|rope|gangway|gangplank|mast|rigging|pilot\s+ladder|scaffold)(?![a-z])"), "mmask", {}),
    # a horn or an alarm that goes off sounds, it does not leave ("a foghorn going off to port, well out"; round 44)
    (_en(r"(?:fog\s*horn|horn|alarm|siren|bell|phone|buzzer|timer|klaxon|pager|beeper)s?\s+(?:is\s+|was\s+|keeps\s+|kept\s+|started\s+|starts\s+)?(?:going|goes|went|gone)\s+off"), "mmask", {}),
    # the listener dropping things ("when I about-face to drop the baskets in"): no fall (round 44)
    (_en(r"(?:(?<=\bto\s)|(?<=\bi\s)|(?<=\bwe\s))(?:drop|dropped)\s+(?:the|my|our|a|an|some|two|three)\s+(?:[a-z]+\s+)?(?:baskets?|bags?|boxes|box|crates?|keys|tools?|kit|gear|shopping|bins?|nets?|anchor|ropes?|lines?|pots?|fries|chips)(?![a-z])"), "mmask", {}),
    # another thing going past in a time clause ("..., every time a boat chugs past"): not the sound's move (round 44)
    (_en(r"(?:every\s+time|whenever|each\s+time)\s+(?:a|an|the|some|one\s+of\s+the)\s+(?:[a-z-]+\s+){0,3}?(?:[a-z]+s|went|came|goes|comes|flew|drove|rode)\s+(?:past|by|over(?:head)?|in|up)(?![a-z])"), "mmask", {}),
    # "spun the kayak right round to check on the group": all the way round, no side (round 44)
    (_en(r"(?:(?<=kayak\s)|(?<=canoe\s)|(?<=boat\s)|(?<=dinghy\s)|(?<=chair\s)|(?<=stool\s)|(?<=bike\s)|(?<=spun\s)|(?<=turned\s)|(?<=swung\s)|(?<=whipped\s))right(?=\s+(?:a)?round(?:\s+(?:to|so|and|until|till)(?![a-z])|\s*[,.;!?]|\s*$))"), "mask", {}),
    # things rubbing (줄 스치는 소리, the bell rope brushing): no one passing (round 44)
    (r"(?:종\s*줄|줄|밧줄|옷|옷깃|천|종이|나뭇잎|잎|풀|커튼|소매|치맛자락)\s*(?:이|가)?\s*스치는\s*소리", "mmask", {}),
    # (round 47) the room's own roof or ceiling, told as what the room is like ("a roof like an aircraft hangar", "with a low
    # polystyrene ceiling", "stuffed to the ceiling with duvets", "지붕만 있고 벽이 없어서"): no height for the sound
    (_en(r"(?:with|and)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:ceiling|roof)(?!\s+(?:above|over|speaker|fan|vent|light))(?![a-z])"
         r"|(?:a|the)\s+(?:ceiling|roof)\s+like\s+(?:a|an)(?![a-z])"
         r"|(?:stuffed|packed|piled|stacked|crammed|filled|full)\s+(?:right\s+)?(?:up\s+)?to\s+the\s+(?:ceiling|rafters|roof)(?![a-z])"), "mask", {"nopos": True}),
    (r"(?<![가-힣])(?:지붕|천장)만\s*(?:있|덮|얹)", "mask", {"nopos": True}),
    (r"올라갔다\s*내려갔다|오르락\s*내리락", "mmask", {}),
    (r"(?<![가-힣])(?:웍\s*|가스\s*|화구\s*)?불(?:길|꽃)?\s*(?:이\s*)?(?:확\s*|훅\s*|화르륵\s*|확\s*하고\s*)?(?:올라오|솟아오|치솟)", "mmask", {}),  # "웍 불 확 올라오는 소리": flames flaring, not a move (round 48)
    (r"(?<![가-힣])떨어져도(?![가-힣])|떨어질\s*(?:것\s*같|까\s*봐|까봐)", "mmask", {}),  # "바가지 하나 떨어져도 울림": if it fell
    (r"(?<![가-힣])핀\s*(?:이|들이)?\s*(?:넘어가|넘어지|쓰러지)|(?:귀|인이어|이어폰|헤드폰|헤드셋)\s*(?:로|으로)\s*(?:\S+\s+){0,5}?들어(?:와|오|옴|온다)", "mmask", {}),  # bowling pins falling; a voice coming into the ear
    # (round 47) where the listener is, or what the room is made of: no height ("지하 주차장처럼 콘크리트 덩어리라", "타일
    # 바닥이라", "굴뚝 안에 들어가서 청소하면", "지하 3층 기둥 사이에서"); things on a stand or spinning in place; a reversing beeper
    (r"지하\s*(?:\d\s*층\s*)?주차장\s*(?:처럼|같이|같은)|(?:타일|콘크리트|나무|마루|대리석|시멘트)\s*바닥이라|굴뚝\s*안에\s*들어가|지하\s*\d\s*층\s*기둥\s*사이", "mask", {"nopos": True}),
    (r"화분대\s*위(?:에|의)?", "mask", {}),
    (r"(?:스프링클러|선풍기|팬|환풍기|풍차|바람개비)(?:가|는|이)?\s*(?:빙글빙글|뱅글뱅글|빙빙)\s*돌|후진\s*(?:경고음|알림음?|소리|벨|경보)", "mmask", {}),
    (_en(r"(?:hear|heard|hears|catch|caught)\s+(?:it|them)\s+(?:all\s+the\s+way\s+)?up\s+(?:here\s+)?in\s+the\s+[a-z]+(?:\s+room)?"), "mask", {"nopos": True}),  # where the listener is
    (_en(r"under\s+the\s+(?:wind|noise|music|rain|traffic|din|hum|roar|chatter|engine|engines|surf)(?![a-z])"), "mask", {"nopos": True}),  # "only just there under the wind": masked by it
    (r"(?:거치대|받침대|삼각대|스탠드)\s*위(?:에|에서|의)?(?=\s*한\s*점)", "mask", {}),  # "오른쪽 거치대 위 한 점에서": on its stand
    (r"(?<![가-힣])다리\s*밑\s*(?:조사|점검|작업|청소)", "mask", {"nopos": True}),  # "다리 밑 조사 나왔는데": where the listener works
    (r"(?:프로펠러|팬|날개|모터|로터|선풍기)\s*(?:[가-힣]+\s+){0,2}?(?:다\s*)?돌고\s*(?:있|있는데)", "mmask", {}),  # the propellers spin in place
    (r"(?<![가-힣])떨어져\s*나(?:간|온)\s", "mmask", {}),
    (r"(?:여기서|거기까지|거기서|여기까지)\s*(?:걸어\s*)?(?:가|서\s*가)(?:면|려면)(?![가-힣])", "mmask", {}),  # "여기서 걸어가면 한참이야": the listener's walk, if it were made  # "떨어져 나간 얼음덩어리가": broken off, not falling (round 47)
    # a hood hangs at the back of the neck
    (_en(r"in\s+(?:my|your|his|her)\s+(?:hood|hoodie\s+hood)"), "dir", {"az": 180.0}),
    # "behind the couch I'm sitting on": the seat is the listener's; "Front or back? Back. Definitely back": an answer
    (_en(r"behind(?=\s+the\s+(?:couch|sofa|settee|chair|armchair|bench|seat|stool|recliner)\s+(?:(?:that\s+)?(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are|we\s+were)\s+(?:sitting|sat|lying|on|in)|where\s+i\s+(?:sit|am|was)))"), "dir", {"az": 180.0}),
    (_en(r"(?<=[?!.]\s)(?:definitely\s+|defo\s+|deffo\s+|(?:at\s+)?the\s+)?back(?=\s*(?:[.!,]|$))"), "dir", {"az": 180.0}),
    # "the seat behind mine", "the row behind ours": the listener's own seat or place is the reference
    (_en(r"behind(?=\s+(?:mine|ours)(?![a-z]))"), "dir", {"az": 180.0}),
    # "through the wall I'm leaning my back against", "등 기대고 있는 벽 너머": what the listener's back rests on
    (_en(r"(?:(?<=i'm\s)|(?<=im\s)|(?<=i\sam\s)|(?<=i\swas\s)|(?<=we're\s)|(?<=we\sare\s))(?:leaning|resting|pressing|sitting\s+with)\s+(?:my|our)\s+backs?\s+(?:against|on|to)(?=\s*(?:[.,;:!?]|$|(?:and|while|as|when|right\s+now|now)(?![a-z])))"), "dir", {"az": 180.0}),
    (r"(?<![가-힣])등\s*(?:을|이)?\s*(?:기대고\s*있는|기대어\s*있는|기대\s*있는|기댄|기대는|대고\s*있는|댄|붙이고\s*있는)(?=\s*[가-힣]+\s*(?:너머|뒤|건너|쪽|에서))", "dir", {"az": 180.0}),
    # "somewhere back to my left", "way back on the right", "far back on the left": behind, on that side
    (_en(r"(?:(?<=somewhere\s)|(?<=way\s)|(?<=far\s))back(?=\s+(?:to|on)\s+(?:my|your|the)\s+(?:left|right))"), "dir", {"az": 180.0}),  # ("far": round 56)
    (_en(r"(?:right\s+|directly\s+|just\s+)?(?:under|beneath|below|underneath)\s+(?:my|your|the\s+listener'?s)\s+(?:chair|seat|stool|bench|sofa|couch|armchair)"), "dir", {"el": -80.0}),
    (_en(r"(?:the\s+)?back\s+of\s+(?:my|your|his|her|the\s+listener'?s)\s+head"), "dir", {"az": 180.0}),
    # "just left of straight behind me": behind, nudged 20 degrees toward a side
    (_en(r"(?:just\s+|slightly\s+|a\s+(?:bit|little|touch|hair|tad)\s+)?left\s+of\s+(?:straight|dead|directly|right)\s+(?:behind|back)"), "dir", {"az": 160.0}),
    (_en(r"(?:just\s+|slightly\s+|a\s+(?:bit|little|touch|hair|tad)\s+)?right\s+of\s+(?:straight|dead|directly|right)\s+(?:behind|back)"), "dir", {"az": -160.0}),
    # "just shy of hard left", "almost fully right": nearly at the side
    (_en(r"(?:just\s+)?(?:shy|short)\s+of\s+(?:the\s+)?(?:hard|full|fully|all\s+the\s+way|extreme|far)?\s*left|(?:almost|nearly|not\s+quite)\s+(?:hard|full|fully|all\s+the\s+way|extreme|far)\s+left"), "dir", {"az": 70.0}),
    (_en(r"(?:just\s+)?(?:shy|short)\s+of\s+(?:the\s+)?(?:hard|full|fully|all\s+the\s+way|extreme|far)?\s*right|(?:almost|nearly|not\s+quite)\s+(?:hard|full|fully|all\s+the\s+way|extreme|far)\s+right"), "dir", {"az": -70.0}),  # film notes: the camera is the listener
    (_en(r"north(?:ward|wards|ern)?"), "dir", {"az": 0.0}),
    (r"(?<![가-힣])앞바다", "dir", {"az": 0.0}),  # the sea out in front ("앞바다 쪽으로 멀어진다", "앞바다 파도 소리")
    # on a boat, facing the bow: port = left, starboard = right; bow = front, quarter = back corner, astern = behind
    (_en(r"(?:off\s+)?(?:the\s+)?starboard\s+bow"), "dir", {"az": -45.0}),
    (_en(r"(?:off\s+)?(?:the\s+)?port\s+bow"), "dir", {"az": 45.0}),
    (_en(r"(?:off\s+)?(?:the\s+)?starboard\s+quarter"), "dir", {"az": -135.0}),
    (_en(r"(?:off\s+)?(?:the\s+)?port\s+quarter"), "dir", {"az": 135.0}),
    (_en(r"(?:off\s+)?(?:the\s+)?port\s+(?:side|beam)|abeam\s+(?:to\s+)?port|to\s+port"), "dir", {"az": 90.0}),
    # "from port over the stern to starboard": beside starboard in the sentence, port is the left side, not a harbour
    (_en(r"(?<=from\s)port(?=[^.!?]{0,60}?starboard)"), "dir", {"az": 90.0}),
    # (round 54) the port one of a ship's pair: "by the port shaft", "the port engine", "on the port wing"
    (_en(r"(?<=the\s)port(?=\s+(?:shaft|engine|generator|propeller|prop|screw|rail|railing|wing|gangway|davit|lifeboat|tank|winch|anchor)s?(?![a-z]))"), "dir", {"az": 90.0}),
    # "now it sounds like it's round the back" (of what is in front, the tent): behind
    (_en(r"(?:(?<=it's\s)|(?<=it’s\s)|(?<=it\sis\s)|(?<=they're\s)|(?<=they\sare\s)|(?<=now\s))(?:a)?round\s+the\s+back(?=\s*(?:$|[.,;!?]))"), "dir", {"az": 180.0}),
    (_en(r"(?:dead\s+)?astern"), "dir", {"az": 180.0}),
    (_en(r"(?:from|over|past|towards?|to|at|off|on)\s+(?:the|our|my)\s+bows?(?!\s+(?:and\s+arrows?|of|tie|string|hair|saw)(?![a-z]))|(?:dead\s+)?ahead\s+of\s+the\s+bows?"), "dir", {"az": 0.0}),
    (_en(r"(?:from|off|over|past|towards?|to|behind)\s+(?:the|our|my)\s+stern"), "dir", {"az": 180.0}),
    (r"우현(?:\s*정횡)?(?:\s*쪽)?", "dir", {"az": -90.0}),
    (r"좌현(?:\s*정횡)?(?:\s*쪽)?", "dir", {"az": 90.0}),
    (r"(?<![가-힣])(?<!쪽\s)(?<!편\s)(?:선미|고물)(?:\s*쪽)?(?=에서|에|으로|로|\s)", "dir", {"az": 180.0}),
    (r"(?<![가-힣])(?<!쪽\s)(?<!편\s)(?:선수|이물|뱃머리)(?:\s*쪽)?(?=에서|에|으로|로|\s)", "dir", {"az": 0.0}),
    # "no wait, my other left": the joke for the right (and the other way round)
    (_en(r"(?:my|your|the|his|her|their|our)\s+other\s+left"), "dir", {"az": -90.0}),
    (_en(r"(?:my|your|the|his|her|their|our)\s+other\s+right"), "dir", {"az": 90.0}),
    # "앞문에서 시작해서", "뒷좌석에서 나다가", "from the back seat": a door or a seat named by its side (not 앞자리: the
    # person in the seat ahead is usually another sound)
    (r"(?<![가-힣])앞문(?=\s*(?:에서|에|으로|로|쪽|앞|밖|까지|을|를|이|가|은|는|[\s,.]))", "dir", {"az": 0.0}),
    # "정뒤로 갔어", "정왼쪽에서": exactly behind / left / right
    (r"(?<![가-힣])정\s*뒤(?:쪽|편)?", "dir", {"az": 180.0}),
    (r"(?<![가-힣])정\s*(?:왼쪽|왼편|좌측)", "dir", {"az": 90.0}),
    (r"(?<![가-힣])정\s*(?:오른쪽|오른편|우측)", "dir", {"az": -90.0}),
    # (round 57, dev set 12ie) the front passenger seat is right of the driver in Korea's left-hand-drive cars: writers
    # label it -90 (14 of 15 rows); not where the listener sits ("조수석에 앉아서")
    (r"(?<![가-힣])(?<!내가\s)(?<!제가\s)(?<!나는\s)(?<!저는\s)조수석(?=\s*(?:쪽|에서|에|문|창|의|[\s,.]|$))(?!\s*에\s*(?:앉아|앉았|타고|탔))", "dir", {"az": -90.0}),
    (r"(?<![가-힣])(?:뒷문|뒷좌석|뒤\s*좌석|뒷자리|뒷테이블|뒷\s*테이블)(?=\s*(?:에서|에|으로|로|쪽|앞|밖|까지|을|를|이|가|은|는|[\s,.]))", "dir", {"az": 180.0}),
    (_en(r"(?:from|in|on)\s+the\s+(?:back\s*seat|rear\s+seat)"), "dir", {"az": 180.0}),
    # "뒷산 너머에서 천둥이", "앞바다에서 통통배": the hill behind, the sea in front (the listener's own)
    (r"(?<![가-힣])(?:뒷산|뒷동산|뒷마당|뒷뜰|뒷집|뒷골목|뒷베란다|뒷길|뒷창문?)(?=\s*(?:에서|에|으로|로|쪽|너머|위|밖|까지|을|를|이|가|은|는|[\s,.]))", "dir", {"az": 180.0}),
    (r"텐트(?:\s*지붕)?\s*(?:에|위에|위로)\s*(?=(?:[가-힣]+\s+)?(?:빗방울|빗줄기|비가|비\s|빗소리|우박|싸락눈))", "dir", {"el": 60.0}),  # rain on the tent (round 45)
    (r"(?<![가-힣])(?:앞산|앞바다|앞마당|앞뜰|앞집|앞길)(?=\s*(?:에서|에|으로|로|쪽|너머|위|밖|까지|을|를|이|가|은|는|[\s,.]))", "dir", {"az": 0.0}),
    (_en(r"(?:directly|straight|right|just|immediately|dead)\s+over\s+(?:me|you|us)"), "dir", {"el": 85.0}),
    (_en(r"over\s+(?:my|your|his|her)\s+left\s+shoulder"), "dir", {"az": 135.0}),
    (_en(r"over\s+(?:my|your|his|her)\s+right\s+shoulder"), "dir", {"az": -135.0}),
    # mixing-desk words: the 5.1 surrounds (ITU-R BS.775: +-110 deg), "high" said of a placement
    (_en(r"left\s+surround"), "dir", {"az": 110.0}),
    (_en(r"right\s+surround"), "dir", {"az": -110.0}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch|tad|hair|smidge)|somewhat)\s+(?:high|higher|raised|elevated)(?![- ](?:pitch|pass|shelf|end|note|frequenc|hat|volume|register|voice|tone))"), "dir", {"el": 20.0}),
    (_en(r"(?:but|and|keep\s+it|put\s+it|place\s+it|set\s+it|sit\s+it|mount\s+it|hang\s+it|fly\s+it)\s+(?:up\s+)?high(?![- ](?:pitch|pass|shelf|end|note|frequenc|hat|volume|register|voice|tone))"), "dir", {"el": HIGH_EL}),
    (_en(r"(?:on|onto|against|at)\s+(?:my|your)\s+(?:forehead|nose|chin|brow)"), "dir", {"az": 0.0}),
    (_en(r"south(?:ward|wards|ern)?"), "dir", {"az": 180.0}),
    (_en(r"east(?:ward|wards|ern)?"), "dir", {"az": -90.0}),
    (_en(r"west(?:ward|wards|ern)?"), "dir", {"az": 90.0}),
    (_en(r"north[- ]?east"), "dir", {"az": -45.0}),
    (_en(r"north[- ]?west"), "dir", {"az": 45.0}),
    (_en(r"south[- ]?east"), "dir", {"az": -135.0}),
    (_en(r"south[- ]?west"), "dir", {"az": 135.0}),
    # -- English heights -----------------------------------------------------------------------
    # (round 62) "it's now right up ahead at the roundabout": just ahead, not straight up, and no side
    (_en(r"(?:right|just|straight)\s+up\s+(?:ahead|front)"), "dir", {"az": 0.0}),
    (_en(r"(?:directly|straight|right|just|immediately|dead)\s+(?:overhead|above(?=\s*(?:[.,;!?]|$))|above\s+(?:you|me|us|(?:your|my|his|her|their|our|one's|the\s+listener'?s)\s+heads?)|over\s+(?:your|my|his|her|their|our|one's|the\s+listener'?s)\s+heads?|up(?!\s+(?:to|against|close|next|beside|behind|in\s+front|on|from|out\s+of|through|ahead|front|the\s+(?:road|street|lane|path|hill|track|aisle|line|queue))(?![a-z])))|(?:the\s+)?top\s+of\s+(?:your|my|the)\s+head|zenith|straight\s+up\s+above|(?:directly|straight|right|just)\s+above\s+(?:the|my|your)\s+(?:bed|pillow|camera|mic|microphone|listener|seat|chair)(?![a-z])"
         r"|(?:directly|straight)\s+(?:above|over)\s+(?:my|our)\s+(?:living\s+room|bedroom|room|flat|apartment|desk|armchair|sofa|couch|bed)(?![a-z])"
         r"|(?:directly|straight|right)\s+(?:above|over)\s+the\s+(?:armchair|chair|sofa|couch|seat|bed|desk)\s+(?:where\s+i\s+(?:sit|sleep|work|lie)|i'?m\s+(?:in|on|at)|i\s+(?:sit|sleep)\s+(?:in|on))(?![a-z])"), "dir", {"el": 85.0}),
    # "hangs just a bit above my head": a little above, not overhead
    (_en(r"(?:just\s+a\s+(?:little|bit|touch)|a\s+little|slightly|a\s+few\s+inches|an\s+inch\s+or\s+two)\s+above\s+(?:my|your|our|his|her)\s+heads?"), "dir", {"el": 20.0}),
    # (round 41, dev set 12fg) "above me on the right", "above me, over to my right": above with a side is up at 45, as
    # blind writers label it (15 rows of the development and held-out sets; 70 is for "above me" alone)
    (_en(r"(?<!right\s)(?<!directly\s)(?<!straight\s)(?<!dead\s)(?<!high\s)(?<!far\s)(?<!way\s)above\s+(?:me|us|you)(?=,?\s+(?:(?:on|to|off\s+to|over\s+to|out\s+to)\s+(?:my|the|our|your)\s+(?:left|right)|and\s+(?:to\s+|off\s+to\s+)?(?:the\s+|my\s+)?(?:left|right))(?![a-z]))"), "dir", {"el": 45.0}),
    (_en(r"(?:fly|flies|flying|flew|soars?|soaring|passes|passing)\s+(?:right\s+|directly\s+|low\s+|high\s+)?over(?=\s*(?:$|[,.;!?]|and\b|as\b|while\b|then\b|me\b|us\b|you\b))|overhead|over\s+(?:your|my|his|her|their|our|one's|the\s+listener'?s)\s+heads?|above\s+(?:your|my|his|her|their|our|one's|the\s+listener'?s)\s+heads?|above\s+(?:you|me|us|the\s+listener)|(?:high|far|way|right\s+up)\s+overhead|up\s+over\s+(?:my|your)\s+head"), "dir", {"el": 70.0}),
    (_en(r"high\s+(?:above|up|in\s+the\s+air)|(?:in|from|among|up\s+in)\s+the\s+(?:rafters|beams|loft)|rafters|up\s+high|(?:far|way)\s+(?:above|up)|high\s+in\s+the\s+sky|in\s+the\s+sky|(?:from\s+)?the\s+sky|skies|(?:from|on|in|near|at)\s+the\s+ceiling|ceiling|in\s+mid[- ]?air|in\s+the\s+air|(?:up\s+)?into\s+the\s+(?:air|sky)|aloft|high(?=\s+(?:on|to|at|in|against)\s+(?:the\s+|your\s+|my\s+)?(?:left|right|front|back|wall|side))|(?:on|from)\s+the\s+roof(?:top)?|roof(?:top)?"), "dir", {"el": HIGH_EL}),
    (_en(r"attic|upstairs|(?:the\s+)?(?:floor|flat|apartment|room)\s+above|from\s+above|above|up\s+above|(?<!curled\s)(?<!curls\s)(?<!curl\s)(?<!curling\s)(?<!holed\s)(?<!ended\s)(?<!ends\s)(?<!shut\s)(?<!shuts\s)(?<!piped\s)(?<!pipes\s)(?<!set\s)(?<!sets\s)(?<!started\s)(?<!starts\s)up\s+there|overhead\s+lights?|(?:in|from|into|up\s+into)\s+the\s+(?:trees|treetops|branches)|up\s+in\s+(?:the|a|that)\s+tree(?![a-z])"), "dir", {"el": 45.0}),
    # "perched on top of the tall wardrobe": above head height
    (_en(r"on\s+top\s+of\s+(?:the|a|my|our|that)\s+(?:tall\s+|high\s+|big\s+|old\s+)?(?:wardrobe|cupboard|fridge|refrigerator|bookcase|bookshelf|cabinet|closet|dresser|shelves|shelf|wall\s+unit)(?![a-z])"), "dir", {"el": 45.0}),
    (_B + r"(?=[uh])(?:(?<!up\s)(?<!high\s)(?<!way\s)(?<!lined\s)(?<!lines\s)(?<!lining\s)(?<!tied\s)(?<!moored\s)(?<!lashed\s)(?<!hooked\s)(?<!propped\s)(?<!stacked\s)(?<!far\s)(?<!end\s)(?<!ends\s)(?<!ended\s)(?<!ending\s)(?<!winds\s)(?<!wound\s)(?<!pulls\s)(?<!ing\s)(?<!parked\s)(?<!parks\s)(?<!parking\s)(?<!pulled\s)(?<!pull\s)(?<!pulling\s)(?<!shows\s)(?<!showed\s)(?<!turns\s)(?<!turned\s)(?<!comes\s)(?<!came\s)(?<!coming\s)(?<!walks\s)(?<!walked\s)(?<!runs\s)(?<!ran\s)(?<!creeps\s)(?<!crept\s)(?<!sneaks\s)(?<!sidles\s)(?<!rides\s)(?<!drives\s)(?<!drove\s)(?<!picks\s)(?<!steps\s)(?<!speeds\s)(?<!wakes\s)(?<!gets\s)(?<!got\s)(?<!lights\s)(?<!fires\s)(?<!starts\s)(?<!started\s)(?<!pops\s)(?<!popped\s)(?<!pipes\s)(?<!piped\s)(?<!walking\s)(?<!running\s)(?<!me\s)(?<!you\s)(?<!us\s)(?<!them\s)(?:(?:up|upward)(?:\s+and)?(?:\s+|\s*[-/]\s*)(?:to\s+|toward\s+|towards\s+|on\s+)?(?:the\s+|your\s+|my\s+)?|high\s*[-/]\s*)(?=left|right)(?!(?:left|right)(?:[- ]hand)?[- ]?(?:side|aisle|lane|flank|bank|sideline|touchline|edge|path|track|road|street|hall|hallway|corridor|wing|verge|pavement|sidewalk|wall|row|line|fence|hedge)s?(?![a-z]))|upper(?=[- ]?(?:left|right|front|back)))", "dir", {"el": 40.0}),
    (_B + r"(?=[dl])(?<!sits\s)(?<!sit\s)(?<!sat\s)(?<!sitting\s)(?<!lies\s)(?<!lay\s)(?<!lying\s)(?<!settles\s)(?<!settled\s)(?<!settling\s)(?<!flops\s)(?<!flopped\s)(?<!flop\s)(?<!plops\s)(?<!plopped\s)(?<!plonks\s)(?<!plonked\s)(?<!himself\s)(?<!herself\s)(?<!themselves\s)(?<!myself\s)(?<!crouches\s)(?<!crouched\s)(?<!kneels\s)(?<!knelt\s)(?<!slows\s)(?<!calms\s)(?<!dies\s)(?<!quiets\s)(?<!winds\s)(?<!puts\s)(?<!put\s)(?<!sets\s)(?<!set\s)(?<!lands\s)(?<!landed\s)(?<!touches\s)(?<!it\s)(?<!hammering\s)(?<!pouring\s)(?<!pelting\s)(?<!teeming\s)(?<!lashing\s)(?<!raining\s)(?<!bucketing\s)(?<!beating\s)(?<!pounding\s)(?<!drumming\s)(?<!way\s)(?:(?:down|low|downward)(?:\s+and)?(?:\s+|\s*[-/]\s*)(?:to\s+|toward\s+|towards\s+|on\s+)?(?:the\s+|your\s+|my\s+)?(?=left|right)(?!(?:left|right)(?:[- ]hand)?[- ]?(?:side|aisle|lane|flank|bank|sideline|touchline|edge|path|track|road|street|hall|hallway|corridor|wing|verge|pavement|sidewalk|wall|row|line|fence|hedge)s?(?![a-z]))|lower(?=[- ]?(?:left|right|front|back)))", "dir", {"el": -40.0}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch)|just|somewhat)\s+(?:above|higher|up|raised|elevated)(?:\s+(?:than\s+)?(?:the\s+|your\s+|my\s+)?(?:eye|ear|head)s?[- ]?(?:level|height)|\s+(?:the\s+listener|you|me|us)(?![a-z']))?|a\s+little\s+(?:higher|up)|raised|elevated|(?:on|from)\s+(?:a|the)\s+(?:shelf|balcony|stage\s+above)"), "dir", {"el": 20.0}),
    # the top shelf of a bookcase or cupboard is above the head of one seated or standing: between "slightly" and "above"
    (_en(r"(?:on|from)\s+(?:a|the|my|your)\s+(?:high|top|upper|tall|highest|top-most|topmost)\s+(?:shelf|shelves|cupboard|cabinet|ledge)"), "dir", {"el": 35.0}),
    (_en(r"(?:at\s+|about\s+|around\s+)?(?:knee|shin)[- ](?:height|level|high)|(?:at\s+|about\s+)?(?:knee|shin)\s+(?:height|level)"), "dir", {"el": -40.0}),
    # "a sparrow hopping about at ankle height": at the feet
    (_en(r"(?:at\s+|about\s+|around\s+)?ankle[- ]?(?:height|level|high)(?![a-z])"), "dir", {"el": -60.0}),
    (r"(?:무릎|정강이)\s*(?:높이|정도\s*높이)(?:에서|에|로|쯤)?|(?:무릎|정강이|종아리)께(?:에서|에|로|쯤)?", "dir", {"el": -40.0}),
    # "왼쪽 조금 뒤에 앉은 아저씨": a side, a little towards the back (or the front)
    (r"(?:왼쪽|왼편|좌측)\s*(?:으로\s*|에서\s*)?(?:조금|약간|살짝|좀)\s*(?:뒤|뒤쪽|뒤편)(?!\s*(?:에서|으로|로)?\s*(?:오|와|가|갔|다가|멀어))", "dir", {"az": 110.0}),
    (r"(?:왼쪽|왼편|좌측)\s*(?:으로\s*|에서\s*)?(?:조금|약간|살짝|좀)\s*(?:앞|앞쪽|앞편)(?!\s*(?:에서|으로|로)?\s*(?:오|와|가|갔|다가|멀어))", "dir", {"az": 70.0}),
    (r"(?:오른쪽|오른편|우측)\s*(?:으로\s*|에서\s*)?(?:조금|약간|살짝|좀)\s*(?:뒤|뒤쪽|뒤편)(?!\s*(?:에서|으로|로)?\s*(?:오|와|가|갔|다가|멀어))", "dir", {"az": -110.0}),
    (r"(?:오른쪽|오른편|우측)\s*(?:으로\s*|에서\s*)?(?:조금|약간|살짝|좀)\s*(?:앞|앞쪽|앞편)(?!\s*(?:에서|으로|로)?\s*(?:오|와|가|갔|다가|멀어))", "dir", {"az": -70.0}),
    # in a Korean car the passenger seat is on the driver's right
    (r"(?<=운전석)[^.!?]{0,30}?조수석(?:\s*(?:쪽|편))?(?:에서|에|으로|로)?|(?<![가-힣])조수석\s*(?:쪽|편)(?:에서|에|으로|로)?(?=[^.!?]{0,30}운전(?:석|하|중))|(?:(?<=운전)|(?<=운전\s))(?:하는데|하다가|하면서|하고\s*있는데|중인데|중에|중)[^.!?]{0,20}?조수석(?:\s*(?:쪽|편))?(?:에서|에|으로|로)?", "dir", {"az": -90.0}),
    (_en(r"(?:at|on)\s+(?:eye|ear|head)\s+(?:level|height)|(?:at|to)\s+(?:my|our|your)\s+level(?![a-z])|(?:eye|ear|head)[- ](?:level|height)|level\s+with\s+(?:your|my)\s+(?:ears|head|eyes)|(?:(?<=stopped\s)|(?<=stops\s)|(?<=halted\s)|(?<=paused\s)|(?<=hovered\s)|(?<=settled\s))level\s+with\s+(?:me|us)(?![a-z])|horizontal(?:ly)?"), "dir", {"el": 0.0}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch)|just|somewhat)\s+(?:below|lower|beneath|down)(?:\s+(?:than\s+)?(?:the\s+|your\s+|my\s+)?(?:eye|ear|head)s?[- ]?(?:level|height)?)?|a\s+little\s+lower|(?:at\s+|about\s+|around\s+)?(?:waist|hip|belly|table)[- ]?(?:height|level|high)|(?:at\s+|about\s+|around\s+)?(?:chest|shoulder)[- ]?(?:height|level|high)"), "dir", {"el": -20.0}),
    (_en(r"(?:under|beneath|underneath)\s+(?:the|a|your|my)\s+bed"), "dir", {"el": -60.0}),
    # underground: a mole under the lawn, pipes under the floorboards (writers: -60)
    (_en(r"(?:under|beneath|underneath)\s+(?:the|a|our|my|your)\s+(?:[a-z]+\s+)?(?:lawn|grass|ground|soil|earth|floorboards|patio|decking)|underground"), "dir", {"el": -60.0}),
    # the belfry or clock tower above the ringing room or the church below (round 44; writers: +60)
    (_en(r"(?:in|from|up\s+in)\s+the\s+(?:belfry|bell\s+tower|steeple|clock\s+tower)"), "dir", {"el": 60.0}),
    (r"(?:땅|잔디|마루|마룻바닥)\s*(?:밑|아래|속)(?:에서|에|으로)?|땅속", "dir", {"el": -60.0}),
    (_en(r"(?:under|beneath|below|underneath)\s+(?:the|a|your|my)\s+(?:table|desk|bed|chair|seat|sofa|couch|bench)|(?:from\s+)?below|beneath(?:\s+(?:you|me))?|underneath|(?:down\s+)?low(?=\s+(?:to|on|near)\s+the\s+(?:ground|floor))|down\s+low|low\s+down|downstairs|(?:the\s+)?(?:floor|flat|apartment|room)\s+below|(?:on|from|near|along|across|off|to|onto|into|toward|towards)\s+the\s+(?:floor|ground(?![- ]floor))|(?:on\s+)?the\s+ground(?![- ]floor)|ground[- ]level|floor[- ]level"), "dir", {"el": -45.0}),
    (_en(r"(?:deep|way)\s+(?:down\s+)?(?:below|beneath|under(?:neath)?)|far\s+(?:beneath|under(?:neath)?)|(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)way\s+down(?!\s+(?:on|to)\s+(?:my|your|our|the)\s+(?:left|right)(?![a-z]))(?!\s+(?:ahead|in\s+front|behind|across|along|past|to\s+the\s+(?:front|back|far\s+end|end))(?![a-z]))(?!\s+(?:the|a|this|that)\s+(?:[a-z]+\s+)?(?:(?:far\s+|other\s+)?end\s+of|street|road|hall|hallway|corridor|block|lane|path|alley|river|line|beach|track|valley|stairs?|platform|aisle|tunnel|field|garden|hill|nave|church|cathedral|chapel|ward|carriage|train|bus|pier|jetty|passage|passageway|landing|queue|avenue|trail|shore|canal|gallery|room|bar|pub|office|shop|store|market|row|terrace|lake|bay|coast|drive|high\s+street|village))(?!\s+(?:at|by|near)\s+the\s+(?:far\s+|other\s+)?end)(?:\s+there)?|deep\s+underground|(?:at|by|near|around|under|beneath|below|from|to|toward|towards|between)\s+" + _THE + r"feet|underfoot|under\s+(?:the|your|my)\s+(?:floor|floorboards|ground)|(?:under|beneath|below)\s+(?:the\s+)?decks?(?![a-z])|beneath\s+the\s+(?:floor|ground)|(?:in|from)\s+the\s+(?:basement|cellar)|basement|cellar|underground|below\s+the\s+floor"), "dir", {"el": -65.0}),
    # "down by my left ankle", "by my right foot": at the feet (the side word stays a side)
    (_en("(?:" + "|".join(f"(?<={p}\\s{o}\\s{side})" for p in ("by", "at", "near", "beside") for o in ("my", "your") for side in ("", "left\\s", "right\\s")) + r")(?:ankles?|toes|foot|(?<!at\smy\s)(?<!at\syour\s)(?<!at\sour\s)heels?|boots?|shoes?|trainers|sandals)(?![a-z])"), "dir", {"el": -65.0}),
    # (round 40) "right under my nose": just in front of the face, a little below
    (_en(r"(?:right\s+|just\s+)?under\s+(?:my|your|his|her|our)\s+nose(?![a-z])"), "dir", {"az": 0.0, "el": -20.0}),
    # (round 40) "stops right at my heels", "the dog was at my heels": close behind, not a height
    (_en(r"(?<=at\s)(?:my|your|our)\s+heels(?![a-z])"), "dir", {"az": 180.0}),
    (_en("(?:" + "|".join(f"(?<={p}\\s{o}\\s{side})" for p in ("by", "at", "near", "beside") for o in ("my", "your") for side in ("", "left\\s", "right\\s")) + r")knees?(?![a-z])"), "dir", {"el": -35.0}),
    (_en(r"(?:down\s+)?(?:by|near|along)\s+the\s+(?:floor(?:boards)?|skirting(?:\s*boards?)?|baseboards?)(?![a-z])"), "dir", {"el": -45.0}),
    (r"(?:무릎|종아리)\s*(?:옆|곁|근처|쪽)(?:에서|에|으로|로)?", "dir", {"el": -35.0}),
    (r"(?:뒤꿈치|발뒤꿈치|발등|발가락)\s*(?:옆|곁|근처|쪽)?(?:에서|에|으로|로)?", "dir", {"el": -65.0}),
    (_en(r"(?:directly|straight|right|just|immediately|dead)\s+(?:below|beneath|under(?:neath)?)(?:\s+(?:you|me|us|your\s+feet|my\s+feet))?|straight\s+down(?!\s+(?:the|a)\s)|(?:the\s+)?nadir"), "dir", {"el": -85.0}),
    # -- Korean sides (particles attach: 왼쪽에서, 오른편으로, 좌측) ------------------------------------
    # "앞차 클락션", "뒤차가 빵빵": the car ahead, the car behind
    (r"(?<![가-힣])앞차(?=\s|[가-힣]|$)", "dir", {"az": 0.0}),
    (r"(?<![가-힣])뒤차(?=\s|[가-힣]|$)", "dir", {"az": 180.0}),
    (r"(?:살짝|약간|조금|(?<!제발\s)(?<!제발)좀|조금만|약간만|살짝만|slightly)\s*(?:왼쪽|왼편|좌측)(?:으로|에|에서|쪽)?(?:\s*(?:치우친|치우쳐|비껴|비켜))?", "dir", {"az": 90.0, "hedged": True}),
    (r"(?:살짝|약간|조금|(?<!제발\s)(?<!제발)좀|조금만|약간만)\s*(?:오른쪽|오른편|우측)(?:으로|에|에서|쪽)?(?:\s*(?:치우친|치우쳐|비껴|비켜))?", "dir", {"az": -90.0, "hedged": True}),
    # "센터에서 살짝 오른쪽으로 옮겨", "하드 레프트로": mixing-desk placements
    (r"(?:정면|중앙|가운데|센터|앞)에서\s*(?:살짝|약간|조금|좀)\s*(?:왼쪽|왼편|좌측)(?:쪽|편)?\s*(?:으로|로)\s*(?:옮|보내|빼|치우|틀어|이동|패닝|밀어|놓|두)", "dir", {"az": 90.0, "hedged": True}),
    (r"(?:정면|중앙|가운데|센터|앞)에서\s*(?:살짝|약간|조금|좀)\s*(?:오른쪽|오른편|우측)(?:쪽|편)?\s*(?:으로|로)\s*(?:옮|보내|빼|치우|틀어|이동|패닝|밀어|놓|두)", "dir", {"az": -90.0, "hedged": True}),
    (r"(?:하드|풀)\s*레프트|레프트\s*끝", "dir", {"az": 90.0}),
    (r"(?:하드|풀)\s*라이트|라이트\s*끝", "dir", {"az": -90.0}),
    # "뒤쪽에서 살짝 왼쪽으로 비낀 곳", "왼쪽에서 살짝 앞쪽으로 당긴 자리": one side, nudged 20 degrees toward another
    *_nudged_ko(),
    *_beyond_ko(),
    # "왼쪽으로 약간만 비껴서": a little off the front
    (r"(?<![가-힣])(?:왼쪽|왼편|좌측)(?:쪽|편)?\s*(?:으로|로)\s*(?:아주\s*|정말\s*)?(?:살짝|약간|조금|좀)(?:만)?\s*(?:비껴|비켜|비낀|치우|벗어|틀어)", "dir", {"az": 90.0, "hedged": True}),
    (r"(?<![가-힣])(?:오른쪽|오른편|우측)(?:쪽|편)?\s*(?:으로|로)\s*(?:아주\s*|정말\s*)?(?:살짝|약간|조금|좀)(?:만)?\s*(?:비껴|비켜|비낀|치우|벗어|틀어)", "dir", {"az": -90.0, "hedged": True}),
    # "기타는 오른쪽으로 살짝만 빼 줘": a mixing placement a little to one side (a hedge, not a move)
    (r"(?<![가-힣])(?:왼쪽|왼편|좌측)(?:쪽|편)?\s*(?:으로|로)\s*(?:아주\s*|정말\s*)?(?:살짝|약간|조금|좀)만?(?=\s*(?:빼|보내|밀어|놓아|놔|둬|두세요|두자|배치|패닝|팬|옮겨\s*(?:줘|주|놔|둬))|\s*[.,!?~]|\s*$)", "dir", {"az": 90.0, "hedged": True}),
    (r"(?<![가-힣])(?:오른쪽|오른편|우측)(?:쪽|편)?\s*(?:으로|로)\s*(?:아주\s*|정말\s*)?(?:살짝|약간|조금|좀)만?(?=\s*(?:빼|보내|밀어|놓아|놔|둬|두세요|두자|배치|패닝|팬|옮겨\s*(?:줘|주|놔|둬))|\s*[.,!?~]|\s*$)", "dir", {"az": -90.0, "hedged": True}),
    # "정면에서 왼쪽으로 살짝 비껴서": a little off the front
    (r"(?:정면|중앙|가운데|센터|앞)(?:에서)?\s*(?:왼쪽|왼편|좌측)(?:쪽|편)?\s*(?:으로|로)\s*(?:아주\s*|정말\s*)?(?:살짝|약간|조금|좀)만?(?:\s*(?:비껴|비켜|치우|벗어)|(?=\s*(?:[.,!?~]|$)))", "dir", {"az": 90.0, "hedged": True}),
    (r"(?:정면|중앙|가운데|센터|앞)(?:에서)?\s*(?:오른쪽|오른편|우측)(?:쪽|편)?\s*(?:으로|로)\s*(?:아주\s*|정말\s*)?(?:살짝|약간|조금|좀)만?(?:\s*(?:비껴|비켜|치우|벗어)|(?=\s*(?:[.,!?~]|$)))", "dir", {"az": -90.0, "hedged": True}),
    (r"(?<!쪽\s)(?<!편\s)(?<!측\s)(?<!쪽)(?<!편)(?<!측)(?:정면|중앙|가운데|센터|앞)에서\s*(?:살짝|약간|조금|좀)?\s*(?:(?:비껴|비켜|벗어나|틀어)서?\s*)?(?:왼쪽|왼편|좌측)(?!\s*(?:[가-힣]{1,4}\s*)?(?:쪽|편)?\s*(?:으로|로|까지))(?!\s*끝\s*[가-힣]{1,4}\s*(?:으로|로|까지))(?!\s*(?:쪽|편)?\s*(?:을|를)?\s*(?:지나|거쳐|통과|스쳐))(?!\s*(?:앞|뒤|위|아래|밑)\s*(?:쪽|편)?\s*(?:구석|끝|벽|모서리|코너)?\s*(?:으로|로|까지|에서|에))", "dir", {"az": 90.0, "hedged": True}),
    (r"(?<!쪽\s)(?<!편\s)(?<!측\s)(?<!쪽)(?<!편)(?<!측)(?:정면|중앙|가운데|센터|앞)에서\s*(?:살짝|약간|조금|좀)?\s*(?:(?:비껴|비켜|벗어나|틀어)서?\s*)?(?:오른쪽|오른편|우측)(?!\s*(?:[가-힣]{1,4}\s*)?(?:쪽|편)?\s*(?:으로|로|까지))(?!\s*끝\s*[가-힣]{1,4}\s*(?:으로|로|까지))(?!\s*(?:쪽|편)?\s*(?:을|를)?\s*(?:지나|거쳐|통과|스쳐))(?!\s*(?:앞|뒤|위|아래|밑)\s*(?:쪽|편)?\s*(?:구석|끝|벽|모서리|코너)?\s*(?:으로|로|까지|에서|에))", "dir", {"az": -90.0, "hedged": True}),
    (r"(?:살짝|약간|조금|좀)\s*(?:뒤쪽|뒤편|뒤)" + _KP, "dir", {"az": 180.0, "hedged": True}),
    (r"(?:살짝|약간|조금|좀)\s*(?:앞쪽|앞편|앞)" + _KP, "dir", {"az": 0.0, "hedged": True}),
    (r"(?:왼쪽|왼|좌측)\s*어깨\s*(?:너머|뒤)", "dir", {"az": 135.0}),
    (r"(?:오른쪽|오른|우측)\s*어깨\s*(?:너머|뒤)", "dir", {"az": -135.0}),
    (r"왼손\s*(?:바로\s*)?(?:옆|곁)(?:에|에서)", "dir", {"az": 90.0}),  # "왼손 옆에 둔 폰" (왼손 alone is masked)
    (r"오른손\s*(?:바로\s*)?(?:옆|곁)(?:에|에서)", "dir", {"az": -90.0}),
    (r"왼쪽|왼편|왼\s*(?=귀|손|어깨|발|뺨|볼|옆|팔)|좌측|좌편|서쪽", "dir", {"az": 90.0}),
    (r"오른쪽|오른편|오른\s*(?=귀|손|어깨|발|뺨|볼|옆|팔)|우측|우편|동쪽", "dir", {"az": -90.0}),
    (r"(?:(?<![가-힣])|(?<=[쪽편측]))(?:앞쪽|앞편|앞|정면|전방|눈앞|코앞|면전|중앙|가운데|센터|한가운데|정가운데|정중앙|북쪽)" + _KP, "dir", {"az": 0.0}),
    (r"(?:앞쪽|앞편|정면|전방|눈앞|코앞|중앙|센터|바로\s*앞)", "dir", {"az": 0.0}),
    (r"(?<![가-힣])(?:앞줄|앞자리|앞좌석|앞\s*좌석)", "dir", {"az": 0.0}),  # "앞줄 왼쪽에 앉은 아기", "오른쪽 앞자리 분": the row or seat in front
    (r"(?<![가-힣])가운데(?=서\s)", "dir", {"az": 0.0}),  # "가운데서 나던 신스 패드를": from the centre
    (r"(?:(?<![가-힣])|(?<=[쪽편측]))(?:뒤쪽|뒷쪽|뒤편|뒷편|뒤|후방|등\s*뒤|등\s*뒤편|뒷|남쪽)" + _KP + r"|(?:등\s*뒤|뒤쪽|뒤편|뒷편|후방|뒤통수|등\s*쪽|등짝)", "dir", {"az": 180.0}),
    (r"좌\s*[-/]?\s*전방|왼쪽\s*대각선\s*앞|앞\s*왼쪽\s*대각선", "dir", {"az": 45.0}),
    (r"우\s*[-/]?\s*전방|오른쪽\s*대각선\s*앞|앞\s*오른쪽\s*대각선", "dir", {"az": -45.0}),
    (r"좌\s*[-/]?\s*후방|왼쪽\s*대각선\s*뒤", "dir", {"az": 135.0}),
    (r"우\s*[-/]?\s*후방|오른쪽\s*대각선\s*뒤", "dir", {"az": -135.0}),
    (r"좌\s*상단|왼쪽\s*상단", "dir", {"az": 90.0, "el": 40.0}),
    (r"우\s*상단|오른쪽\s*상단", "dir", {"az": -90.0, "el": 40.0}),
    (r"좌\s*하단|왼쪽\s*하단", "dir", {"az": 90.0, "el": -40.0}),
    (r"우\s*하단|오른쪽\s*하단", "dir", {"az": -90.0, "el": -40.0}),
    (r"북동쪽", "dir", {"az": -45.0}),
    (r"북서쪽", "dir", {"az": 45.0}),
    (r"남동쪽", "dir", {"az": -135.0}),
    (r"남서쪽", "dir", {"az": 135.0}),
    # -- Korean heights --------------------------------------------------------------------------
    (r"머리\s*(?:바로|딱)\s*위|(?:바로|딱|정확히)\s*머리\s*위|정수리(?:\s*(?:바로\s*)?위(?:쪽)?)?|머리\s*꼭대기|(?:(?<![가-힣] )|(?<=[이가은는]\s))(?<![가-힣])바로\s*위(?:쪽)?(?!층)|(?:침대|베개|머리맡|내\s*자리|의자)\s*바로\s*위(?:쪽)?|바로\s*(?:내|네|우리)\s*(?:머리\s*)?위(?:쪽)?|수직\s*위|똑바로\s*위", "dir", {"el": 85.0}),
    (r"(?:아주|엄청|굉장히|매우|정말|무척|엄청엄청|저\s*)\s*높이(?=\s*(?:있|떠|날|올라|나는|날아|에서|\s))(?!\s*(?:가|는|를|로|의|에|가\s))", "dir", {"el": HIGH_EL}),
    (r"머리\s*위(?:쪽)?|머리위|머리\s*높이\s*위|내\s*위", "dir", {"el": 70.0}),
    (r"(?<![가-힣])높이\s*(?:띄워|띄우|띄운|올려|매달아)", "dir", {"el": 60.0}),  # "높이 띄워 줘": high up
    (r"높이\s*(?:달린|달려|걸린|걸려|매달린|매달려|설치된|설치돼|붙은|붙어|솟은|올라간|떠\s*있)|서까래|대들보|천장|천정|하늘|공중|허공|높은\s*(?:곳|데)|(?<![는은던인\s]\s)(?<![가-힣]\s)(?<![가-힣])높이서|(?<![는은던인]\s)(?<![가-힣]\s)(?<![가-힣])높이에서|높은\s*(?:난간|선반|나무|담장|담|벽|건물|탑|기둥|가지|철탑|전봇대|전신주)\s*위|저\s*위|저\s*높이(?:\s*위(?:에서|에|로)?)?|(?<![가-힣])높이\s*올려|높이\s*떠|상공|하늘\s*높이|꼭대기|지붕|옥상", "dir", {"el": HIGH_EL}),
    (r"위층|윗층|윗집|다락|나무\s*위|(?<![가-힣])위(?:쪽|편)?" + _KP + r"|위쪽|위편|위에서|높게", "dir", {"el": 45.0}),
    (_en(r"(?:slightly|a\s+(?:little|bit|touch|tad)|just|somewhat)\s+(?:over|above)\s+(?:the\s+|your\s+|my\s+)?(?:eye|ear)s?[- ]?(?:level|height)"), "dir", {"el": 20.0}),
    (r"(?:(?:귀|눈|머리)\s*높이(?:보다|에서)\s*)?(?:살짝|약간|조금|좀)만?\s*(?:위|위쪽|높게|높은|높이)|선반\s*위(?:쪽)?(?:에서|에|로)?", "dir", {"el": 20.0}),
    (r"(?:(?:선반|책장|찬장|수납장|장식장)\s*(?:의\s*)?(?:맨|제일|가장)\s*(?:위(?:쪽)?|윗칸|위\s*칸)|(?:맨|제일|가장)\s*(?:윗칸|위\s*칸|윗\s*선반|위\s*선반)|꼭대기\s*칸)(?:에서|에|으로|로)?", "dir", {"el": 35.0}),
    (r"(?:눈|귀|머리)\s*높이(?:에서|에|로)?|같은\s*높이|수평(?:으로|선상)", "dir", {"el": 0.0}),
    (r"(?:(?:귀|눈|머리)\s*높이(?:보다|에서)\s*)?(?:살짝|약간|조금|좀)만?\s*(?:아래|아래쪽|낮게|낮은|밑)|(?:허리|엉덩이|배꼽|탁자|책상)\s*높이(?:에서|에|로|쯤)?|(?:가슴|어깨)\s*높이(?:에서|에|로|쯤)?", "dir", {"el": -20.0}),
    (r"침대\s*(?:밑|아래)", "dir", {"el": -60.0}),
    # (round 40) "a little speaker up in the corner of the fitting room": mounted high on a wall (the corner of the ceiling
    # is higher: 60, below)
    (_en(r"(?<!high\s)(?<!finished\s)(?<!finishes\s)(?<!ended\s)(?<!ends\s)(?<!wound\s)up\s+in\s+(?:the|a|one)\s+(?:top\s+|far\s+)?corners?(?![a-z])(?!\s+of\s+the\s+(?:ceiling|roof|rafters|loft|attic))"), "dir", {"el": 45.0}),
    (_en(r"(?<![a-z])up\s+on\s+(?:the|a|that|this|my|our)\s+(?:top\s+|high\s+|highest\s+)?shel(?:f|ves)(?![a-z])"), "dir", {"el": 45.0}),  # "up on the shelf to my left" (written: 45)
    (r"(?:바닥|땅|발|지면)\s*높이(?:에서|에|로|쯤)?|(?:책상|테이블|탁자|식탁|의자|침대|소파|벤치)\s*(?:밑|아래)|(?<![가-힣])(?:아래쪽|아래편|아래|밑|하단)" + _KP + r"|아래쪽|아래에서|밑에서|(?<![가-힣])바닥|땅바닥|(?<![가-힣])땅(?=에서|에|\s*위)|(?<![가-힣])지면|아래층|아랫층|아랫집|낮은\s*곳", "dir", {"el": -45.0}),
    (r"바로\s*(?:내|네|우리)\s*(?:밑|아래)(?!층|집)(?:쪽)?|바로\s*(?:밑|아래)(?!층|집)(?:쪽)?|(?:수직|똑바로|정확히)\s*(?:(?:내|네|우리)\s*)?(?:아래|밑)(?!층|집)|발\s*바로\s*(?:밑|아래)", "dir", {"el": -85.0}),
    # "put the harp halfway round to the right": half of the way from the front to that side
    (_en(r"(?:place|put|pan|set|move|sit|sits|placed|panned)\s+(?:it|them|the\s+\w+)\s+halfway\s+(?:round\s+|around\s+|over\s+|across\s+)?(?:to|towards?)\s+" + _THE + r"left"), "dir", {"az": 45.0}),
    (_en(r"(?:place|put|pan|set|move|sit|sits|placed|panned)\s+(?:it|them|the\s+\w+)\s+halfway\s+(?:round\s+|around\s+|over\s+|across\s+)?(?:to|towards?)\s+" + _THE + r"right"), "dir", {"az": -45.0}),
    (r"(?<![가-힣])(?:내\s*)?발\s*앞(?:에서|에|으로|로|쪽)?", "dir", {"az": 0.0, "el": -60.0}),
    # "정면에서 약간 위쪽으로 들리도록": the front nudged up, a place (no motion verb), not a rise
    (r"(?:정면|앞쪽|앞|중앙|가운데|센터)(?:에서)?\s*(?:살짝|약간|조금|좀)\s*(?:위쪽|위|높게|높이)\s*(?:으로|로)?(?=\s*(?:들리|들려|놓|둬|두어|배치|설정|잡아|맞춰|(?:내려|올려)\s*(?:주|줘|놓|두)))", "dir", {"az": 0.0, "el": 20.0}),
    (r"(?:정면|앞쪽|앞|중앙|가운데|센터)(?:에서)?\s*(?:살짝|약간|조금|좀)\s*(?:아래쪽|아래|낮게)\s*(?:으로|로)?(?=\s*(?:들리|들려|놓|둬|두어|배치|설정|잡아|맞춰|(?:내려|올려)\s*(?:주|줘|놓|두)))", "dir", {"az": 0.0, "el": -20.0}),  # "발 앞에서": just in front of the feet
    (r"(?:깊은\s*곳|땅\s*깊|발밑|발\s*밑|발아래|발\s*아래|발치|발끝|발목|(?<![가-힣])지하실|(?<![가-힣])지하(?!\s*(?:주차장|철|도|보도|상가|감옥|통로|배수로|차도|수로))|땅속|땅\s*밑|바닥\s*밑|바닥\s*아래)(?:에서|에|으로|로|쪽)?", "dir", {"el": -65.0}),
    # (round 41, dev sets 12ey/12fa/12fb) a dog barking from a first-floor balcony seen from the street; a tram's or
    # car's windscreen (앞유리) is in front
    (_en(r"(?:from|on|off)\s+(?:a|the)\s+(?:first|second|1st|2nd|upstairs)[- ]floor\s+(?:balcony|window|terrace|veranda|verandah)(?![a-z])"), "dir", {"el": 45.0}),
    (r"(?<![가-힣])(?:앞\s*유리|앞유리창|전면\s*유리)(?:\s*전체)?\s*(?:에|에서|로|으로|를|을|가|이)", "dir", {"az": 0.0}),
    (_en(r"(?<=from\s)(?:straight|right|directly|dead)\s+(?:behind|astern\s+of)\s+(?:the|our)\s+(?:ferry|boat|ship|yacht|vessel|launch|barge|trawler|tug)(?![a-z])"), "dir", {"az": 180.0}),
    (r"(?:왼쪽|왼편)\s*(?:으로)\s*(?:조금|살짝|약간|좀)\s*(?:가\s*있|치우쳐|쏠려|비켜|틀어져|비껴)", "dir", {"az": 20.0, "hedged": True}),
    (r"(?:오른쪽|오른편)\s*(?:으로)\s*(?:조금|살짝|약간|좀)\s*(?:가\s*있|치우쳐|쏠려|비켜|틀어져|비껴)", "dir", {"az": -20.0, "hedged": True}),
    # (round 41, dev sets 12fc/12fd) under the boards one stands on; a boat "following behind" (뒤따라오던)
    (_en(r"(?:under|beneath|underneath|below)\s+(?:the|this)\s+(?:platform|floor|deck|boards|floorboards|stage|pontoon|jetty|bridge|walkway|gantry)\s+(?:we'?re|we\s+are|i'?m|i\s+am|we\s+were|i\s+was)\s+(?:standing|sitting|stood|sat|working|walking)\s+on"), "dir", {"el": -60.0}),
    (r"(?<![가-힣])뒤따라(?:오|와|온)", "dir", {"az": 180.0}),
    (_en(r"(?<=\s)out\s+(?:the\s+)?front(?=\s*(?:[,.;!?]|$|and\s|where\s|by\s|on\s+the\s+(?:street|road|pavement|kerb|curb)))"), "dir", {"az": 0.0}),  # "the bike bell out front"
    # (round 41, dev set 12fg) right astern; slightly to starboard of dead ahead; straight above my face; almost right behind
    # but a little to one side (거의 바로 뒤인데 약간 왼쪽); front-left but nearer the left (왼쪽 앞인데 사실 왼쪽에 더 가까워)
    (_en(r"(?:right|dead|directly|straight)\s+astern"), "dir", {"az": 180.0}),
    (_en(r"(?:slightly|a\s+(?:bit|little|touch|tad|hair|smidge|fraction))\s+to\s+starboard\s+of\s+(?:dead\s+ahead|the\s+bow|straight\s+ahead)"), "dir", {"az": -20.0}),
    (_en(r"(?:slightly|a\s+(?:bit|little|touch|tad|hair|smidge|fraction))\s+to\s+port\s+of\s+(?:dead\s+ahead|the\s+bow|straight\s+ahead)"), "dir", {"az": 20.0}),
    (_en(r"(?:straight|directly|right|dead)\s+above\s+my\s+(?:face|head|nose|eyes)"), "dir", {"el": 85.0}),
    (r"(?:거의\s*)?바로\s*뒤(?:인데|지만|이고|이긴\s*한데|긴\s*한데)\s*,?\s*(?:약간|살짝|조금)\s*왼쪽", "dir", {"az": 160.0}),
    (r"(?:거의\s*)?바로\s*뒤(?:인데|지만|이고|이긴\s*한데|긴\s*한데)\s*,?\s*(?:약간|살짝|조금)\s*오른쪽", "dir", {"az": -160.0}),
    (r"왼쪽\s*앞(?:인데|이지만|이긴\s*한데)\s*,?\s*(?:사실\s*|실은\s*)?왼쪽(?:에|으로)?\s*(?:좀\s*)?더\s*가까", "dir", {"az": 65.0}),
    (r"오른쪽\s*앞(?:인데|이지만|이긴\s*한데)\s*,?\s*(?:사실\s*|실은\s*)?오른쪽(?:에|으로)?\s*(?:좀\s*)?더\s*가까", "dir", {"az": -65.0}),
    # (round 50) a side ruled out for one of a pair and "the right one" / "the other side" given instead ("Not the left
    # burner, chef, it's the right one", "isn't in her left ear any more, it's the right one now", "not on the left at all,
    # it's on the other side"): the other side, read as one place over the whole correction
    (_en(_OTHER_ONE.format(a="left", b="right")), "dir", {"az": -90.0}),
    (_en(_OTHER_ONE.format(a="right", b="left")), "dir", {"az": 90.0}),
    # Korean: "왼쪽 말고 그 반대편", "오른쪽 아니고 반대쪽" (round 51, dev set 12hi)
    (r"왼쪽\s*(?:말고|아니고|아니라|아냐|아니야)\s*,?\s*(?:그\s*)?(?:반대편|반대쪽)", "dir", {"az": -90.0}),
    (r"오른쪽\s*(?:말고|아니고|아니라|아냐|아니야)\s*,?\s*(?:그\s*)?(?:반대편|반대쪽)", "dir", {"az": 90.0}),
    # (round 50) a back corner said to lean to its side: "right-rear of me, but more right than rear", "오른쪽 뒤에서 울리는데, 뒤보다는
    # 오른쪽에 더 가까워"
    (_en(r"(?:right[- /]rear|rear[- /]right|back[- /]right|right[- /]back)(?:\s+of\s+(?:me|us))?\s*,?\s*(?:but|though|although)?\s*(?:a\s+bit\s+|a\s+little\s+|honestly\s+)?more\s+(?:to\s+the\s+)?right\s+than\s+(?:rear|back|behind)"), "dir", {"az": -115.0}),
    (_en(r"(?:left[- /]rear|rear[- /]left|back[- /]left|left[- /]back)(?:\s+of\s+(?:me|us))?\s*,?\s*(?:but|though|although)?\s*(?:a\s+bit\s+|a\s+little\s+|honestly\s+)?more\s+(?:to\s+the\s+)?left\s+than\s+(?:rear|back|behind)"), "dir", {"az": 115.0}),
    (r"오른쪽\s*뒤(?:쪽)?(?:에서|에)?\s*(?:[가-힣]+\s*){0,2}?,?\s*(?:사실\s*|근데\s*)?뒤(?:쪽)?보다(?:는|도)?\s*오른쪽(?:에|으로)?\s*(?:좀\s*)?더\s*가까", "dir", {"az": -115.0}),
    (r"왼쪽\s*뒤(?:쪽)?(?:에서|에)?\s*(?:[가-힣]+\s*){0,2}?,?\s*(?:사실\s*|근데\s*)?뒤(?:쪽)?보다(?:는|도)?\s*왼쪽(?:에|으로)?\s*(?:좀\s*)?더\s*가까", "dir", {"az": 115.0}),
    (r"(?<![가-힣])올려다\s*(?:보이는|보이|보는|보니까?|봤더니|봐야)", "dir", {"el": 60.0}),  # "왼쪽으로 올려다보이는 높은 절벽": looked up at (round 50)
    (r"(?:날개|동체|기체|트럭|차량|버스|크레인|비행기|언덕|(?<![가-힣])산|절벽|비탈|고개|둑)\s*(?:바로\s*)?밑(?=\s*(?:에서|에|까지|으로|로|마을|동네|쪽))", "mask", {"nopos": True}),  # under a wing, at the foot of a hill: ground level (round 50)
    (r"(?:난로|스토브|가스레인지|화로|버너|인덕션)\s*위(?=\s*[가-힣])", "mask", {"nopos": True}),  # a kettle on the stove (round 50)
    # (round 41, dev set 12fi) a whistle hung round the neck is on the chest, like a pocket on the body
    (_ROUND_THE_NECK, "dir", {"el": -45.0}),
    # (round 42, dev set 12fj) "우리 바로 뒷줄": the row behind ours, the row in front
    (r"(?<![가-힣])정선수(?:\s*방향)?(?=에서|에|으로|로|쪽|\s)", "dir", {"az": 0.0}),  # dead ahead of the bow
    (_en(r"(?:in|from)\s+(?:my|your|his|her)\s+(?:chest|breast|shirt|top|apron|jeans|trouser|trousers|coat|jacket|hoodie|overall|overalls|hi-vis|vest|cargo|work|front)?\s*pockets?(?![a-z])"), "dir", {"el": -45.0}),  # a pocket on the body: below the ear (round 50: any pocket but a back one)
    (r"(?:우리|내|제)\s*(?:바로\s*)?뒷줄(?!\s*(?:의\s*)?(?:왼|오른|좌|우))", "dir", {"az": 180.0}),
    (r"(?:우리|내|제)\s*(?:바로\s*)?앞줄(?!\s*(?:의\s*)?(?:왼|오른|좌|우))", "dir", {"az": 0.0}),
    # (round 42, dev set 12fk) "halfway round to my right": half of the way from the front to that side; Korean "오른쪽으로
    # 반쯤 돌아간 데서" the same; "앞하고 왼쪽 딱 중간": between the front and that side
    (_en(_HALFWAY_ROUND_EN + r"right(?![a-z])"), "dir", {"az": -45.0}),
    (_en(_HALFWAY_ROUND_EN + r"left(?![a-z])"), "dir", {"az": 45.0}),
    (r"오른쪽" + _KO_HALFWAY_ROUND, "dir", {"az": -45.0}),
    (r"왼쪽" + _KO_HALFWAY_ROUND, "dir", {"az": 45.0}),
    (r"(?:앞|정면)\s*(?:하고|과|이랑|랑)\s*왼쪽\s*(?:의\s*)?(?:딱\s*|한\s*|정\s*)?(?:중간|사이)|왼쪽\s*(?:하고|과|이랑|랑)\s*(?:앞|정면)\s*(?:의\s*)?(?:딱\s*|한\s*|정\s*)?(?:중간|사이)", "dir", {"az": 45.0}),
    (r"(?:앞|정면)\s*(?:하고|과|이랑|랑)\s*오른쪽\s*(?:의\s*)?(?:딱\s*|한\s*|정\s*)?(?:중간|사이)|오른쪽\s*(?:하고|과|이랑|랑)\s*(?:앞|정면)\s*(?:의\s*)?(?:딱\s*|한\s*|정\s*)?(?:중간|사이)", "dir", {"az": -45.0}),
    # (round 42, dev set 12fp) heights told by places: the top of a tree or a mast, up in a tower or a loft, up on top of a
    # wall, up on a headland; Korean: 종탑, a second-floor balcony, 바로 위 said of the listener
    (_en(r"(?:from|at|in|on)\s+the\s+(?:very\s+)?top\s+of\s+(?:the|a|an|that|this)\s+(?:[a-z]+\s+)?(?:tree|poplar|oak|pine|ash|elm|beech|birch|sycamore|willow|chestnut|spruce|fir|larch|cedar|mast|flagpole|pole|tower|steeple|spire|chimney|cliff|crane|pylon|lamppost)s?(?![a-z])"), "dir", {"el": 50.0}),
    (_en(_NOT_SAID_OF_ME + r"(?<!^)up\s+in\s+the\s+(?:bell\s+)?(?:tower|belfry|steeple|spire)(?![a-z])"), "dir", {"el": 60.0}),
    (_en(_NOT_SAID_OF_ME + r"(?<!^)up\s+in\s+the\s+(?:very\s+)?top\s+of\s+(?:the|a|that|this)\s+(?:[a-z]+\s+){0,2}?(?:tree|oak|pine|beech|elm|chestnut|poplar|sycamore|fir|eucalyptus)(?![a-z])"), "dir", {"el": 60.0}),  # (round 45)
    (_en(_NOT_SAID_OF_ME + r"(?<!high\s)(?<!^)up\s+in\s+the\s+(?:rafters|treetops|branches|rigging|eaves)(?![a-z])"), "dir", {"el": 45.0}),
    (_en(_NOT_SAID_OF_ME + r"(?<!high\s)(?<!^)up\s+in\s+the\s+(?:organ\s+|choir\s+|minstrels'?\s+)?(?:loft|gallery)(?![a-z])"), "dir", {"el": 50.0}),
    # a speaker or horn up on a gantry or a gallery rail beside the listener (round 44; writers: 45 with the side)
    (_en(_NOT_SAID_OF_ME + r"(?<!^)up\s+on\s+the\s+(?:gantry|gallery|catwalk|mezzanine|walkway|lighting\s+rig)(?![a-z])"), "dir", {"el": 45.0}),
    (_en(r"up\s+on\s+top\s+of\s+(?:it|them|the\s+[a-z]+(?:\s+[a-z]+)?)(?![a-z])|up\s+on\s+the\s+(?:headland|cliff\s+top|clifftop|crag|bluff|promontory|battlements|ramparts|sea\s+wall)(?![a-z])"), "dir", {"el": 45.0}),
    (r"(?<![가-힣])(?<!위\s)(?<!높이\s)(?:종탑|종루|첨탑)(?=에서|에|\s*위|\s*꼭대기)(?!\s*꼭대기\s*저\s*높이)", "dir", {"el": 50.0}),
    (r"(?<![가-힣\d])(?:2|이)\s*층\s*(?:발코니|베란다|창문|테라스)(?=에서|에|\s)(?!에서\s*(?:듣|들으|보|서|앉|있|내려))", "dir", {"el": 40.0}),
    (r"(?:^|(?<=는데\s)|(?<=[,.]\s)|(?:내|제|우리)\s*)바로\s*위(?=에서|에|로|쪽|\s)", "dir", {"el": 85.0}),
    # (round 51, dev set 12hi) "a few rows back", "the back row": behind the listener's seat
    (_en(r"(?:a\s+(?:few|couple\s+of)|two|three|four|five|several|some|\d+)\s+rows?\s+back|(?<![a-z])(?:the|in\s+the|at\s+the|from\s+the)\s+back\s+row(?![a-z])"), "dir", {"az": 180.0}),
    # (round 51, dev set 12hk) a floor below or above the listener's: "on the level under this one", "the deck above us"
    (_en(r"(?:level|floor|deck|storey|story)\s+(?:under|below|beneath)\s+(?:this\s+one|this|us|me|ours)(?![a-z])"), "dir", {"el": -60.0}),
    (_en(r"(?:level|floor|deck|storey|story)\s+(?:over|above)\s+(?:this\s+one|this|us|me|ours)(?![a-z])"), "dir", {"el": 60.0}),
    # someone below in the courtyard or the street, heard from a balcony or a window (writers: -45)
    (_en(r"(?<![a-z])(?:down\s+)?below\s+(?:in|on)\s+the\s+(?:courtyard|street|square|yard|garden|road|car\s+park|plaza|piazza|alley|lane|quay|harbour|harbor)(?![a-z])"), "dir", {"el": -45.0}),
    # (round 51) a little above the head (머리 위 조금 위, 머리보다 조금 위): low, not overhead
    (r"머리\s*(?:위\s*)?(?:조금|살짝|약간)\s*위|머리보다\s*(?:조금|살짝|약간)\s*(?:더\s*)?위", "dir", {"el": 20.0}),
]

_ACROSS_THE = r"(?:all\s+the\s+way\s+|right\s+|clear\s+)?across\s+the\s+"
"""The opening of "(clear) across the office / warehouse": how far depends on the place named after it."""

_FAR_END_OF = (
    r"(?<![a-z])(?:(?:right|way|all\s+the\s+way)\s+)?(?:(?:down|over|up|out|across)\s+)?(?:(?:at|on|from|by|in|to|near)\s+)?"
    r"the\s+(?:far|other|opposite)\s+(?:end|side)\s+of\s+(?:the|this|that|our)\s+(?:[a-z-]+\s+)?"
)
"""The far end or side of a place ("right down the far end of the beach"): how far it is depends on the place."""

DISTANCES: list[Entry] = [
    # "right outside my bedroom window", "우리 집 바로 앞 골목에서": just beyond the wall, a few metres (blind writers: 2-40 m);
    # not where a move ends ("until it was right outside the door", "rumbling right outside": the trend says that)
    (_en(r"(?<!was\s)(?<!were\s)(?<!ing\s)(?:right|just)\s+outside\s+(?:my|our|the)\s+(?:bedroom\s+|kitchen\s+|front\s+|back\s+|office\s+|living\s+room\s+)?(?:window|door|house|flat|tent|caravan)s?"), "dist", {"m": 6.0}),
    (r"(?:집|방)\s*바로\s*앞\s*(?:골목|길|도로|마당|인도)", "dist", {"m": 8.0}),
    # what plays into the ear itself (round 48): "in my cans", "on talkback", "인이어로", a diver's own regulator
    (_en(r"(?:in|through|on)\s+(?:my|your|his|her|our|the)\s+cans|(?:in|on|over)\s+(?:the\s+)?talkback|(?:my|your)\s+own\s+reg(?:ulator)?|hiss\s+of\s+my\s+reg(?:ulator)?"), "dist", {"m": 0.05}),
    (r"(?<![가-힣])인이어(?:로|에서|에|로는|로도)(?![가-힣])", "dist", {"m": 0.05}),
    # places that say a range by themselves (round 48): "way back down the fairway", "just round the corner", "just past
    # the next fence", "over the river", "옆 골목", "주차장 너머", "연못 건너편" (longer far places, "across the valley", win)
    (_en(r"way\s+back\s+(?:down|up|along|across|in|at|by|on|over|beyond)\s+(?:the\s+)?(?:fairway|road|street|lane|track|line|field|car\s+park|course|valley|beach|trail|path)"), "dist", {"m": 80.0}),
    (_en(r"(?:way|far|right|further|farther)\s+down\s+(?:on\s+(?:my|the|your|our)\s+(?:left|right)|(?:at\s+)?the\s+(?:shallow|deep)\s+end|(?:at\s+)?the\s+(?:far\s+)?(?:end\s+of\s+the\s+)?(?:row|aisle|corridor|pool|yard))"), "dist", {"m": 30.0}),
    (_en(r"(?<![a-z])(?:just\s+)?(?:a)?round\s+the\s+corner(?=\s+(?:on|to|from|at|in)\s|\s*[,.;!?]|\s*$)"), "dist", {"m": 20.0}),
    (_en(r"just\s+past\s+the\s+(?:next\s+)?(?:fence|hedge|gate|barrier)|past\s+the\s+next\s+(?:fence|hedge|gate|barrier)"), "dist", {"m": 15.0}),
    (_en(r"(?<![a-z])(?:over|across|on\s+the\s+(?:other|far)\s+side\s+of)\s+the\s+(?:river|estuary|reservoir)(?!\s+(?:valley|from))"), "dist", {"m": 150.0}),
    (r"(?<![가-힣])옆\s*골목", "dist", {"m": 30.0}),
    (r"(?:주차장|운동장|마당|공터)\s*너머", "dist", {"m": 80.0}),
    (r"(?:연못|개울|냇가)\s*건너(?:편)?|건너편\s*(?:홀|페어웨이|그린|코스)", "dist", {"m": 150.0}),
    (_en(r"(?:around|round|about|near|by|beside|next\s+to)\s+(?:my|your|the\s+listener's|his|her)\s+(?:head|face)(?!\s*(?:level|height))|(?:in|into|inside|at|by|next\s+to|beside|against|near|close\s+to|right\s+at|right\s+by|right\s+in|around|(?:just\s+)?off|(?:pressed|held|holding|hold|up)\s+to|from|(?:across\s+|over\s+|round\s+)?to)\s+(?:one\s+|my\s+|your\s+)(?:(?:left|right)\s+)?ears?(?=\s+(?:to|across|and|over|round|around)|\s*[,.;!?]|$)|(?:in|into|inside|at|by|next\s+to|beside|against|near|close\s+to|right\s+at|right\s+by|right\s+in|around|(?:just\s+)?off|(?:pressed|held|holding|hold|up)\s+to)\s+" + _THE + r"(?:(?:left|right)\s+)?ears?(?!\s*(?:level|height))|in\s+(?:your|my)\s+(?:left\s+|right\s+)?headphones?|(?:right\s+)?up\s+against\s+(?:you|your)"), "dist", {"m": 0.25}),
    (_en(r"(?:right\s+)?(?:up\s+)?against\s+(?:my|your|the\s+listener'?s)\s+(?:pillow|headboard|headrest|cushion)s?"), "dist", {"m": 0.3}),  # "right up against my pillow"
    (_en(r"(?:on|onto|on\s+to|against|at|in|around|by)\s+(?:my|your|his|her|their|the\s+listener'?s)\s+(?:(?:left|right)\s+)?(?:wrists?|cheeks?|face|forehead|neck|chest|belly|stomach|tummy|lap|thighs?|hands?|palms?|shoulders?|arms?|nose|lips?|(?<!in\smy\s)(?<!in\sher\s)(?<!in\shis\s)(?<!in\syour\s)mouth|collar|sleeves?|pockets?)"), "dist", {"m": 0.25}),
    # the lower body is well below the ears: about a metre away however close it is to the listener
    (_en(r"(?:on|against|at|in|around|by)\s+(?:my|your|his|her|their|the\s+listener'?s)\s+(?:(?:left|right)\s+)?(?:knees?|legs?|shoes?|feet|foot|ankles?|toes?)"), "dist", {"m": 1.0}),
    (_en(r"(?:at|from|in)\s+(?:the\s+)?(?:very\s+)?(?:back|far\s+end|other\s+end|other\s+side|far\s+side|opposite\s+end|far\s+corner)\s+of\s+(?:the|a|this|that|our|my|their)\s+(?:[a-z]+\s+)?(?:church|cinema|cathedral|hall|station|garden|auditorium|gym|building|warehouse|factory|court|concert\s+hall|theatre|theater)"), "dist", {"m": 20.0}),
    # ... of a place outdoors and large: tens of metres (every blind writer: 30-300)
    # the far end of a station platform: a platform is a couple of hundred metres long, so about a hundred metres off
    # (round 44; writers: 20-400, 50-300, 80-300); before the general far-end entries, which would read 25 or 50 m
    (_en(r"(?:(?:way|far|right)\s+down\s+)?(?:at\s+|from\s+)?(?:the\s+)?(?:far|other|opposite)\s+end\s+of\s+the\s+(?:station\s+|train\s+)?platform(?![a-z])"), "dist", {"m": 100.0}),
    (_en(r"(?:at|from|in|on)\s+(?:the\s+)?(?:back|far\s+end|other\s+end|other\s+side|far\s+side|opposite\s+end|far\s+corner)\s+of\s+(?:the|a|this|that)\s+(?:\w+\s+)?(?:field|(?<!car\s)park|beach|playground|platform|pitch|forest|wood|woods|campsite|stadium|arena|racetrack|churchyard|graveyard|cemetery|paddock|marina|boatyard|scrapyard|timber\s+yard)"), "dist", {"m": 50.0}),
    (_en(r"(?<![a-z])i\s+(?:zip|unzip|blow|crunch|chew|bite|sip|slurp|munch|type|click|clap|snap|crumple|tear|rip|fold|flip|stir|pour|shake|rattle|tap|scratch|rub|sniff|cough|sneeze|yawn)(?:s|ped|ed)?(?![a-z])|(?:i'?m|i\s+am|i'?ve\s+got)\s+holding|(?:held|that\s+i\s+hold|i\s+hold)\s+in\s+my\s+hands?|my\s+own\s+(?:voice|hands?)"
        r"|(?:i'?m|i\s+am|i\s+was)\s+(?:crunch|chew|munch|eat|sipp|slurp|humm|whistl|typ|clapp|snapp|scratch|tapp|drumm|knitt|sniff|cough|sneez|yawn|gargl|gulp|swallow|crack|peel|unwrapp|zipp)ing(?![a-z])"
        r"|(?:humming|singing|whistling|muttering|mumbling|talking|whispering)\s+to\s+(?:myself|yourself)"), "dist", {"m": 0.4}),
    # one's own breath or heartbeat is at the head (also 내 숨소리, below)
    (_en(r"(?:my|your|our|one's)\s+own\s+(?:breath(?:ing)?|heartbeat|pulse)|(?:notice|hear|listen\s+to|focus\s+on|follow)\s+(?:my|your|our)\s+(?:breath|breathing|heartbeat)"), "dist", {"m": 0.15}),
    # (round 53, dev set 12hs) "hissing inches from my right ear": at the ear, closer than "inches away"
    (_en(r"(?<![a-z])(?:inches|an\s+inch|a\s+couple\s+of\s+inches|centimetres|centimeters)\s+(?:from|away\s+from|off)\s+(?:my|your|his|her|our)\s+(?:left\s+|right\s+)?(?:ear|face|nose|cheek|head)(?![a-z])"), "dist", {"m": 0.15, "body": True}),
    (_en(r"right\s+here|(?:very|really|extremely|super|incredibly|so)\s+(?:close|near)|right\s+next\s+to\s+(?:you|me)|inches\s+(?:from|away)|up\s+close|close[- ]up|(?:right\s+)?(?:in|under)\s+(?:your|my)\s+nose|breathing\s+down|intimate(?:ly)?"), "dist", {"m": 0.4}),
    # a voice right into the mic is at the listener's ear (the mic is the listener)
    (_en(r"(?:right\s+|leans?\s+|leaning\s+)?(?:into|up\s+against|right\s+on|right\s+at|right\s+up\s+to|close\s+to)\s+the\s+(?:mic|microphone)"), "dist", {"m": 0.1}),
    # a neighbour in the next bed or seat on a ward or a plane: a metre or two (writers: 0.5-3 m)
    (_en(r"(?:in\s+)?the\s+(?:next|neighbouring|neighboring|adjacent)\s+bed|the\s+bed\s+next\s+to\s+(?:me|mine|us|ours)"), "dist", {"m": 1.5}),
    (r"옆\s*(?:침대|병상|베드)", "dist", {"m": 1.5}),
    # inside a helmet or a hood: at the head
    (_en(r"(?:in|inside|into)\s+(?:my|your|his|her|the)\s+(?:helmet|hood|hoodie|collar|earmuffs?)"
         r"|(?:in|inside|under)\s+(?:my|your)\s+(?:(?:bee|beekeeping|beekeeper'?s)\s+)?(?:veil|visor|mask|hat|cap|headscarf|scarf|headphones|earphones|earbuds?)"), "dist", {"m": 0.1}),
    (r"(?:헬멧|모자|후드)\s*(?:안|속)", "dist", {"m": 0.1}),
    # the middle of a lake or a reservoir, heard from its shore: about a hundred metres (writers: 20-1000, 50-1000)
    (_en(r"(?:the\s+)?middle\s+of\s+the\s+(?:lake|reservoir|loch|bay|harbour|harbor|estuary)"), "dist", {"m": 100.0}),
    (r"(?:호수|저수지|만|항구)\s*(?:한\s*)?(?:가운데|한가운데|중간)", "dist", {"m": 100.0}),
    # "nearby", "close by", 근처 (no body part, no "me"): around, a few metres (blind writers: 0.3-5, 0.5-6, 3-20, 2-30 m)
    (_en(r"nearby|close\s+by|somewhere\s+(?:near|close)(?=\s*(?:[.,;!?]|$))"), "dist", {"m": 3.0, "near": True}),
    (r"(?<![가-힣]\s)(?<![가-힣])근처(?:\s*어딘가|\s*어디|에서|에)?(?![가-힣])(?!" + _LIVE_THERE_KO + r")", "dist", {"m": 3.0, "near": True}),
    (_en(r"(?:at\s+)?arm'?s?[- ]length|within\s+(?:reach|arm's\s+reach)|(?:close|near)(?![-])(?:\s+(?:to|by)\s+(?:you|me|us|the\s+listener))?(?!\s+(?:the|a|an|your|his|her|its|their)\b)|nearby|close\s+by|next\s+to\s+(?:you|me|us)|beside\s+(?:you|me|us)|by\s+(?:your|my)\s+side|at\s+(?:your|my)\s+side"), "dist", {"m": 0.8}),
    (_en(r"a\s+(?:couple|few)\s+(?:of\s+)?(?:metres|meters|steps|paces|feet)\s+(?:away|off)|a\s+few\s+(?:metres|meters|steps|paces)|across\s+the\s+table|(?:a\s+)?medium\s+distance|mid[- ]distance"), "dist", {"m": 2.0}),
    (_en(r"across\s+the\s+room|(?:the\s+)?other\s+side\s+of\s+the\s+room|far\s+end\s+of\s+the\s+room|(?:at\s+)?the\s+far\s+wall|far\s+corner|across\s+the\s+hall"
         r"|the\s+far\s+(?:window|windowsill|door|doorway)(?![a-z])"), "dist", {"m": 4.0}),
    # a street or a few gardens over; the back of a plane or bus from the front rows (writers: 30-200, 10-60, 10-50)
    (_en(r"(?:the|a)\s+(?:next|neighbouring|neighboring)\s+(?:street|road|block)(?:\s+over)?|(?:a|one)\s+(?:street|road|block)\s+over"), "dist", {"m": 80.0}),
    (_en(r"(?:two|three|four|a\s+few|a\s+couple\s+of)\s+(?:gardens|houses|yards|plots)\s+(?:over|down|along|away)"), "dist", {"m": 25.0}),
    # (round 55, dev set 12hw) counted places in a row: "세 개 건너 방", "두 칸 건너 자리" (English: _ROW_UNITS_EN)
    (r"(?<![가-힣])(?:한|두|세|네|\d)\s*(?:칸|자리)\s*건너(?!\s*칸)", "dist", {"m": 5.0}),
    (r"(?<![가-힣])(?:두|세|네|\d)\s*(?:개\s*)?(?:병실|방|호실|교실|연습실|사무실|개)\s*건너", "dist", {"m": 12.0}),
    (r"(?:지하철|열차|기차|전철|KTX|객차)\s*(?:한|두|세|네|\d)\s*칸\s*건너(?:\s*칸)?", "dist", {"m": 40.0}),
    (r"새어\s*(?:들어|나)(?:와|오|온|옴|오는|와요|오네)", "still", {}),
    # (round 55, dev set 12hz) on top of a post, a wall or a pillar (말뚝 위에서 멈췄어요, 담장 위로, 기둥 위에 자리 잡았음): at
    # the thing's height, about the ear's; "스피커를 내 앞에서 들고 가서 ... 올려놨어": carried, a move
    (r"(?:담장|담벼락|울타리|난간|의자|탁자|책상|바위|벤치|평상|상자|기둥)\s*위(?=\s*(?:에서|에|로|를))", "mask", {}),
    (r"(?:에서|을|를)\s*(?:[가-힣]+\s*)?들고\s*(?:가서|가더니|와서|오더니)", "motion", {"motion": "pass"}),  # "드럼 소리가 새어 들어와요": leaking through, not coming closer
    (r"옆옆집|(?:두|세|몇)\s*집\s*(?:건너|너머|떨어진)", "dist", {"m": 25.0}),
    (r"(?:옆|다음|건너편|맞은편)\s*(?:블록|블럭)", "dist", {"m": 80.0}),
    (r"(?<![가-힣])(?:옆|건너편|맞은편)\s*동(?=\s|에|의|\s*주차장|\s*놀이터)", "dist", {"m": 40.0}),  # "옆 동 주차장에서": the next block of flats (round 47)
    (r"(?:의자|책상|소파|침대|벤치)\s*(?:오른쪽|왼쪽|옆)에\s*(?:올려|놓아|놔|놓)\s*(?:둔|놓은|두었던)|어깨에\s*(?:단|달린|붙은|멘|걸친)", "dist", {"m": 0.4}),  # within reach
    (_en(r"(?:the\s+)?next\s+garden(?:\s+over)?"), "dist", {"m": 10.0}),
    (_en(r"(?:in\s+)?the\s+next\s+(?:booth|cubicle|stall|bunk)(?:\s+over)?"), "dist", {"m": 1.5}),
    (_en(r"(?:at|on|from)\s+the\s+(?:far|other)\s+(?:end|side)\s+of\s+(?:the\s+)?(?:campus|estate|park|lake|reservoir|common|golf\s+course)"), "dist", {"m": 300.0}),
    (_en(r"(?:clipped|hooked|hanging|strapped|pinned)\s+(?:to|on|from)\s+(?:my|his|her|your)\s+(?:belt|waistband|collar|lapel|vest|jacket|shirt|strap|rucksack\s+strap|chest\s+strap)"), "dist", {"m": 0.4}),
    (r"(?:헤드셋|이어폰|헤드폰|이어피스)\s*(?:한쪽\s*)?귀", "dist", {"m": 0.05}),  # "헤드셋 한쪽 귀로 ... 들어와": at the ear
    (r"(?:안에|속에|밑에)\s*기어\s*들어가(?:서|서는|\s*있)", "dist", {"m": 0.6}),  # "핀세터 안에 기어들어가서": the listener inside the machine
    (_en(r"(?:at|from)\s+the\s+(?:far|other)\s+end\s+of\s+(?:the\s+)?(?:runway|airfield|(?:zero|one|two|three)[- ][a-z]+\s+(?:left|right|centre|center))"), "dist", {"m": 1000.0}),
    (_en(r"(?:at|from|by|down)\s+the\s+(?:far|other)\s+end\s+of\s+the\s+(?:row|aisle|corridor|car\s+park|garage|level|deck|ward|platform|hall|concourse|terminal)(?![a-z])"), "dist", {"m": 40.0}),
    # where the scene puts the listener: what is at their back, what their home is over or under ("weak": any place
    # said outright wins; "with my back to the kitchen, the fridge ...", "베란다를 등지고 앉아서 ... 세탁기", "my flat's
    # over the bakery")
    (_en(r"(?:with|had|have|has)\s+(?:my|our)\s+backs?\s+to\s+(?:the|a|an|our|my)\s+[a-z]+"), "dir", {"az": 180.0, "weak": True}),
    (r"(?<![가-힣])[가-힣]{1,6}\s*(?:을|를)\s*등지고", "dir", {"az": 180.0, "weak": True}),
    (_en(_MY_HOME_IS + r"(?:over|above)\s+(?:the|a|an)\s+[a-z]+"), "dir", {"el": -60.0, "weak": True}),
    (_en(_MY_HOME_IS + r"(?:under|below|beneath)\s+(?:the|a|an)\s+[a-z]+"), "dir", {"el": 60.0, "weak": True}),  # "옆 블록 현장에서" (as "the next block")
    (r"(?:개울|시냇물|개천|냇가|실개천)\s*(?:을\s*|를\s*)?(?:건너|건너편|너머)", "dist", {"m": 40.0}),  # "개울 건너 숲에서"
    (_en(r"(?:at\s+)?the\s+(?:very\s+)?back\s+of\s+the\s+(?:plane|aircraft|cabin|bus|coach|train|carriage|ferry)(?![a-z])"), "dist", {"m": 15.0}),
    (r"(?:비행기|기내|버스|기차|열차|객차)\s*(?:의\s*)?맨\s*(?:뒤|뒷자리|뒷줄|끝)", "dist", {"m": 15.0}),
    (r"맨\s*앞(?:줄|자리)인데\s*(?:[가-힣]+\s+)?맨\s*(?:뒤|뒷자리|뒷줄)", "dist", {"m": 15.0}),
    # across town: a kilometre or more (church bells across town: 500-5000)
    (_en(r"across\s+(?:the\s+)?(?:town|city)|(?:on\s+)?the\s+other\s+side\s+of\s+(?:the\s+)?(?:town|city)|(?:just\s+)?outside\s+the\s+(?:village|town)"), "dist", {"m": 1000.0}),
    (r"(?:시내|도시|읍내|동네)\s*(?:건너편|반대편|저\s*끝|저편)", "dist", {"m": 1000.0}),
    (r"얼굴\s*(?:바로\s*)?(?:주변|주위|근처|앞|옆|코앞)(?:에서|에|을|를|으로|로)?", "dist", {"m": 0.3}),
    # "the tannoy right down at the far end of the terminal": a big hall's far end
    (_en(r"(?:far|other)\s+end\s+of\s+the\s+(?:terminal|concourse|station|airport|departure\s+hall|arrivals\s+hall|shopping\s+centre|mall)"), "dist", {"m": 80.0}),
    # "베개 왼쪽에 둔 폰이 귀 바로 밑에서": right by the ear
    (r"귀\s*(?:바로\s*)?(?:밑|아래|옆|뒤)(?:에서|에|으로|쪽)?", "dist", {"m": 0.2}),
    # "far away" on its own: writers put it at 100 m and more more often than at 50
    (_en(r"(?<!not\s)(?<!not\stoo\s)(?<!by\s)far[- ]away(?!\s+(?:from|left|right|side|end|corner|wall))"), "dist", {"m": 100.0, "generic": True}),
    (_en(r"(?<!not\s)(?<!not\stoo\s)(?:(?<!by\s)far(?!\s+(?:left|right|side|end|corner|wall|back\s+of))(?:\s+(?:away|off))?|distant|from\s+afar|a\s+long\s+way(?:\s+off|\s+away)?|way\s+off|far[- ]off|far[- ]away|way\s+back(?=\s+(?:behind|over\s+there|there|at\s+the\s+back|in\s+the\s+distance)(?![a-z])))"), "dist", {"m": 50.0, "generic": True}),
    (_en(r"(?:a\s+distance|down\s+the\s+(?:street|road|hall|corridor|block)|across\s+the\s+(?:open\s+|big\s+|wide\s+|empty\s+|busy\s+|whole\s+|entire\s+)?(?:street|road|yard|field|courtyard|park|square|playground|garden|car\s+park|parking\s+lot|lawn|banquet\s+hall|ballroom|function\s+room|sports\s+hall|gym|warehouse|hangar|car\s+deck)|(?:end|side)\s+of\s+the\s+(?:field|park|pitch|playground|meadow|beach|car\s+park|parking\s+lot))"), "dist", {"m": 20.0}),
    # "that dripping isn't in the left wall, it's the right one": after a denied left something, "the right one" is the
    # one on the right, not the correct one (the left word is taken in, so that nothing denied is left to read)
    (r"(?<![a-z])left\s+(?:[a-z']+\s+){0,8}?[a-z]+\s*[,;]\s*(?:it'?s|it\s+is|but|try|check)\s+(?:in\s+|on\s+|from\s+|behind\s+)?the\s+right\s+one(?![a-z])", "dir", {"az": -90.0}),
    (r"(?<![a-z])not\s+(?:the|my|your|our)\s+left\s+(?:[a-z']+\s+){0,3}?[a-z]+(?:\s*[,;—–-]\s*|\s+but\s+|\s+(?:it'?s|its|it\s+is)\s+)the\s+right\s+one(?![a-z])", "dir", {"az": -90.0}),  # "not the left dryer, the right one" (round 48); "not my left earbud crackling it's the right one" (round 49)
    (r"(?<![a-z])not\s+(?:the|my|your|our)\s+right\s+(?:[a-z']+\s+){0,3}?[a-z]+(?:\s*[,;—–-]\s*|\s+but\s+|\s+(?:it'?s|its|it\s+is)\s+)the\s+left\s+one(?![a-z])", "dir", {"az": 90.0}),
    # a seat or stand named by number is the listener's (round 48): "사선 뒤 대기석 7번 자리인데요"
    (r"(?<![가-힣])(?:앞|뒤|옆)(?=\s*[가-힣]{0,5}\s*\d+\s*번\s*(?:자리|좌석|석|테이블|부스)\s*(?:인데|이에요|이고|예요|이라|에\s*앉))", "mask", {}),
    # a voice on the radio rising and falling: a fade, not a height (round 48)
    (r"올라갔다\s*내려갔다|오르락\s*내리락", "mask", {}),
    (_en(r"way\s+back\s+behind(?=\s+the\s)"), "dir", {"az": 180.0}),  # "the clubhouse way back behind the car park"
    # a place said and taken back (round 48): "아까 단톡에 앞이라고 한 거 정정함"
    (r"(?:앞|뒤|왼쪽|오른쪽|위|아래|밑)(?:쪽)?(?:이)?라고\s*(?:한|했던|말한|말했던|쓴|썼던|적은)\s*(?:거|것|건|게)", "mask", {}),
    # the listener's own seat before the scene (round 48): "탈의실 앞 대기 의자에 앉아 있는데 ..."
    (r"(?:^|(?<=[.!?]\s))[가-힣]{1,6}\s*앞(?:\s*[가-힣]{1,5}){0,2}\s*(?:에서|에)\s*(?:앉아|서|기다리고|누워)\s*(?:있는데|있다가|있었는데|있으면)", "mask", {}),
    # the front of a thing named before ("그 문 앞에서"): the thing's place, said already (round 48)
    (r"(?<![가-힣])그\s+(?!다음|담|뒤|후|때|날)[가-힣]{1,4}(?<![엔은는에도서고])\s*앞(?=\s*(?:에서|에|으로|까지))", "mask", {}),
    # (round 57) "대웅전 앞에서 설명하는데": where the listener stands to work, not a sound's place
    (r"(?<![가-힣])[가-힣]{2,5}(?<![은는이가도])\s*앞에서\s+(?=(?:손님들?(?:한테|에게)\s*)?(?:설명하|안내하|기다리|근무하|일하|줄\s*서|서\s*있|서서|쉬(?:는데|다가|고)))", "mask", {}),
    (_en(r"eyes\s+(?:front|forward|ahead|left|right)(?=\s*[,.;!?]|\s*$|\s+(?:now|please|everyone|kids|guys|all|team|class)(?![a-z]))|(?:face|facing|look|looking)\s+front(?=\s*[,.;!?]|\s*$)"), "mask", {}),  # "eyes front, kids!": a drill call (round 48)
    # a vehicle "right on our tail": following close behind
    (_en(r"(?:right\s+)?on\s+(?:our|my|your)\s+tail"), "dist", {"m": 5.0}),
    # "a choir singing way down the nave", "way down the ward": the far end of a long room
    (_en(r"(?:way|far|right)\s+down\s+(?:(?:at\s+)?the\s+(?:far\s+|other\s+)?end\s+of\s+)?the\s+(?:nave|aisle|ward|carriage|train|platform|pier|jetty|passage|passageway|gallery|hallway|hall|corridor|church|cathedral|chapel)"), "dist", {"m": 25.0}),
    # the far end of a zoo, a campsite, a fairground: a few hundred metres (writers: 100-1000)
    (_en(r"(?:far|other|opposite)\s+(?:end|side)\s+of\s+the\s+(?:\w+\s+)?(?:zoo|campsite|camp\s+site|fairground|showground|festival(?:\s+site)?|theme\s+park|safari\s+park|airfield|golf\s+course)"), "dist", {"m": 200.0}),
    (r"(?:동물원|캠핑장|야영장|축제장|놀이공원|골프장)\s*(?:맨\s*|저\s*)?(?:끝|반대편|건너편|저쪽\s*끝|반대쪽\s*끝)", "dist", {"m": 200.0}),
    # a ridge or a far hilltop is across a valley: hundreds of metres (writers: 100-2000)
    (r"산등성이|능선|산마루|산봉우리|산꼭대기|(?:건너편|맞은편|건넛|먼)\s*산(?![가-힣])", "dist", {"m": 300.0}),
    # the far end of a corridor or a hall, a block at the far end of an estate
    (r"(?:복도|강당|체육관|로비|교실|강의실|식당|사무실|병동|객차|열차|지하철\s*칸|예배당|성당|열람실|도서관|독서실)\s*(?:맨\s*|저\s*)?(?:끝(?:\s*자리)?|반대편|저쪽\s*끝)", "dist", {"m": 20.0}),
    (r"저\s*끝\s*(?:동|건물|아파트|가게|집|상가)(?![가-힣])|(?:맨\s*)?끝\s*동(?=에서|에|쪽)", "dist", {"m": 50.0}),
    (r"(?<![가-힣])저\s*끝(?:\s*[가-힣]{1,4}?)?(?=에서|에|쪽|까지)", "dist", {"m": 30.0}),  # "오른쪽 저 끝 전시실에서": the far end of the place (round 54)
    (_en(r"(?:from\s+)?miles\s+(?:down|up|along|across|over|out)\s+(?:the|a)\s+[a-z]+"), "dist", {"m": 2000.0}),
    # the far end of a pitch or a park: tens of metres (every blind writer: 40-150)
    (_en(r"(?:far|other|opposite)\s+(?:end|side)\s+of\s+the\s+(?:\w+\s+)?(?:field|park|pitch|playground|beach|platform|pier|jetty|street|road|block|lane|courtyard|yard|square|quad|plaza|estate)|(?:a\s+few|several|two|three|(?:a\s+)?couple\s+of)\s+(?:gardens|yards|houses)\s+(?:over|away|down)"), "dist", {"m": 50.0}),
    (_en(r"(?:(?:at|from|in|on|over|by)\s+(?:the\s+)?(?:very\s+)?)?(?:far|other|opposite)\s+(?:end|side)\s+of\s+the\s+(?:\w+\s+)?(?:meadow|car\s+park|parking\s+lot|paddock|pasture)"), "dist", {"m": 100.0}),
    # an ice rink's far end is tens of metres off (writers: 20-70); a sports ground's, a car park's or a square's far end
    # more (writers: 40-400); the next bench or seat is a metre or two away, an alley over a few dozen metres
    (_en(r"(?:(?:at|from|in|on|over|by)\s+(?:the\s+)?(?:very\s+)?)?(?:far|other|opposite)\s+(?:end|side)\s+of\s+the\s+(?:\w+\s+)?(?:rink|ice|hall|gym|sports\s+hall|studio|barn|warehouse|hangar)"), "dist", {"m": 35.0}),
    (r"(?:링크|빙상장|체육관|강당|창고)\s*(?:맨\s*|저\s*)?(?:반대편\s*끝|반대편|건너편|끝)", "dist", {"m": 35.0}),
    (r"(?:운동장|공원|주차장|해변|백사장|들판|광장|경기장|잔디밭|축구장|야구장)\s*(?:맨\s*|저\s*)?(?:반대편\s*끝|반대편|건너편|끝)", "dist", {"m": 80.0}),
    (r"바로\s*옆\s*(?:벤치|자리|좌석|테이블|의자|칸|침대|베드|병상|책상|매트)", "dist", {"m": 1.5}),
    # (round 40) places that imply a distance: "two valleys over", "the far end of the sheet" (curling, about 45 m),
    # "under my fingertips" (at arm's reach)
    (_en(r"(?:two|three|four|a\s+couple\s+of|a\s+few|several|\d+)\s+valleys\s+(?:over|away|across|off)(?![a-z])"), "dist", {"m": 3000.0}),
    (_en(r"(?:the\s+)?next\s+valley(?:\s+(?:over|along|across))?(?![a-z])|(?:one|a)\s+valley\s+(?:over|away|across)(?![a-z])"), "dist", {"m": 1500.0}),
    (r"(?:골짜기|계곡)\s*(?:두|세|몇)\s*(?:개|군데)\s*(?:너머|건너)", "dist", {"m": 3000.0}),
    (_en(r"(?:at|from|in|on|to)\s+(?:the\s+)?(?:far\s+end|other\s+end|opposite\s+end)\s+of\s+(?:the|a|this|that)\s+(?:curling\s+)?sheet(?![a-z])"), "dist", {"m": 40.0}),
    (r"시트\s*(?:반대쪽|반대편|건너편|저쪽)\s*끝", "dist", {"m": 40.0}),
    (_en(r"(?:under|beneath|at)\s+(?:my|your|his|her|their)\s+fingertips?(?![a-z])"), "dist", {"m": 0.4}),
    (r"골목\s*(?:하나|한\s*개|두\s*개|둘)\s*(?:건너|너머)", "dist", {"m": 40.0}),
    # "a couple of rooms away" (writers: 4-15 m); "on the other side of the hill" (writers: 300-3000 m)
    (_en(r"(?:a\s+)?(?:couple\s+of|few|two|three)\s+rooms\s+(?:away|over|down|along)"), "dist", {"m": 8.0}),
    (_en(r"(?:the\s+)?(?:other|far)\s+side\s+of\s+the\s+(?:hill|hills|valley|mountain|ridge|moor|down|downs|headland)"), "dist", {"m": 600.0}),
    (r"(?:언덕|산|고개|능선)\s*너머", "dist", {"m": 600.0}),
    # (round 44) the far pitch or field of a ground, a buoy well out, an island or village across the water, a firing range
    # over two hills, the next tent, the far pitch told in Korean (맞은편 끝 구장)
    (_en(r"(?:the\s+)?far\s+(?:pitch|field|paddock|meadow|fairway)(?![a-z])"), "dist", {"m": 200.0}),
    (_en(r"well\s+out\s+(?:beyond|past|in|into|at|to|off)\s+(?:the|sea)"), "dist", {"m": 600.0}),
    (_en(r"(?:island|village|town|lighthouse|coast|shore|headland|harbour|harbor|church)\s+(?:over\s+)?(?:across|over|on\s+the\s+other\s+side\s+of)\s+the\s+(?:water|estuary|bay|sound|firth|channel|strait|loch|lough|harbour|harbor)(?![a-z])"
         r"|(?:across|over)\s+the\s+(?:estuary|firth|sound|strait)(?![a-z])"), "dist", {"m": 2500.0}),
    (r"산\s*(?:두어|두세|두|세|몇)\s*(?:개|군데)\s*(?:너머|건너)", "dist", {"m": 3000.0}),
    # the far end of a station platform in Korean (the English entry stands before the general far-end entries); one paddy
    # or field over (논 하나 건너) is a field's width
    (r"(?:승강장|플랫폼)\s*(?:맨\s*|저\s*)?(?:반대편\s*)?끝", "dist", {"m": 100.0}),
    (r"(?:논|밭|들판|논밭)\s*(?:하나|한\s*배미|한\s*개|두\s*개|둘)\s*(?:건너|너머)", "dist", {"m": 80.0}),
    (r"(?:바로\s*)?옆\s*(?:텐트|천막|캐빈|오두막)", "dist", {"m": 4.0}),
    # the next bay of a garage, car wash, car park or bus station (writers: 2-8, 3-10, 3-15, 2-25 m)
    (_en(r"(?:(?:in|from|at)\s+)?the\s+next\s+(?:parking\s+|wash\s+|loading\s+)?bay(?:\s+(?:over|along|down|up))?(?![a-z])"), "dist", {"m": 5.0}),
    (r"(?:맞은편|반대편|건너편)\s*(?:끝\s*)?(?:구장|운동장|축구장|야구장|경기장)", "dist", {"m": 200.0}),
    # doors along a landing or a street of flats are a few metres apart; the next field is a field's width away
    (_en(r"(?:one|two|three|a\s+few|several|(?:a\s+)?couple\s+of)\s+doors\s+(?:down|along|over|away)"), "dist", {"m": 15.0}),
    *_no_place_no_move(_en(_ALONG_A_ROW_EN.format(units="seats|pews|stools|" + _ROW_UNITS_EN))),  # (round 45) along a row, not a height
    (_en(r"(?:far|other|opposite|deep)\s+end\s+of\s+the\s+(?:\w+\s+)?(?:pool|swimming\s+pool|lido|baths)(?![a-z])"), "dist", {"m": 25.0}),
    (_en(r"(?:just|right|directly|close)\s+behind\s+(?:my|your)\s+head(?![a-z])"), "dist", {"m": 0.4}),
    (r"(?:거실|방|복도|마당|주방|부엌)\s*(?:을\s*|를\s*)?건너(?:서|편에서|편)|(?:레인|줄|칸|자리|테이블)\s*(?:한|두|세)\s*(?:개|칸|줄)?\s*건너(?:서|편)?", "dist", {"m": 5.0}),
    (_en(r"(?:the\s+)?next\s+field(?:\s+over)?|(?:a|one|two|three|a\s+few)\s+fields?\s+(?:over|away)"), "dist", {"m": 150.0}),
    (_en(r"(?:somewhere\s+)?in\s+the\s+distance"), "dist", {"m": 150.0, "generic": True}),
    (_en(r"nowhere\s+near(?:\s+(?:yet|us|me|here|close))?"), "dist", {"m": 100.0, "generic": True}),  # "thunder ..., nowhere near yet" (round 47)  # writers: hundreds of metres
    # "somewhere out there in the dark", "a gull crying way out over the water": far, how far unknown (writers: 30-2000)
    (_en(r"somewhere\s+out\s+there|somewhere\s+(?:out\s+|off\s+|deep\s+)?(?:in|on)\s+the\s+(?:forest|woods|wood|fields|marsh|bush|moor|moors|jungle)(?![a-z])|out\s+there\s+in\s+the\s+(?:dark|night|woods|fields)|way\s+out\s+(?:over|on|across|in|at)\s+the\s+(?:water|sea|lake|bay|fields?|marsh|moor|ice)|way\s+out\s+(?:past|beyond)\s+the(?![a-z])"), "dist", {"m": 100.0, "generic": True}),
    # "barking from somewhere deep inside the house": the far end of a building, not the room next door
    (_en(r"deep\s+(?:inside|within|in)\s+(?:the|a|this|that|our|their|his|her)\s+(?:house|flat|apartment|building|school|hospital|station|office|block|hotel)"), "dist", {"m": 12.0}),
    (_en(r"(?:a|just\s+a)\s+stone'?s\s+throw(?:\s+(?:away|from\s+(?:here|us|me|the\s+\w+)))?"), "dist", {"m": 30.0, "bounded": True}),  # (round 52: a ferry bell a stone's throw off is no farther)
    (_en(r"the\s+(?:next|neighbouring|neighboring)\s+(?:tent|pitch|caravan)|(?:the\s+)?tent\s+next\s+to\s+(?:ours|mine|us|me)"), "dist", {"m": 5.0}),
    (r"(?:바로\s*)?옆\s*(?:책상|자리|좌석|테이블)", "dist", {"m": 1.0}),  # the next desk or seat: a metre (writers: 0.5-2)
    # the next table in a café or on a train: a metre or two (writers: 0.5-4); the seat behind on a plane or a bus
    (_en(r"the\s+(?:next|neighbouring|neighboring)\s+table|kick(?:s|ed|ing)?\s+(?:the\s+back\s+of\s+)?my\s+seat|(?:in\s+)?the\s+seat\s+(?:behind|in\s+front\s+of|next\s+to)\s+(?:me|mine|us)"), "dist", {"m": 1.0}),
    # across a stadium, a park, a square: the far side of an open space (writers: 50-300)
    (_en(_NOT_ON_MY_WAY + r"(?:across|on\s+the\s+(?:other|far|opposite)\s+side\s+of|at\s+the\s+(?:other|far|opposite)\s+end\s+of)\s+the\s+(?:stadium|arena|pitch|park|campus|common|sports\s+field|playing\s+fields?|football\s+field)"), "dist", {"m": 100.0}),
    # a square, a playground, a car park: smaller (writers: 15-80)
    (_en(r"(?:across|on\s+the\s+(?:other|far|opposite)\s+side\s+of|at\s+the\s+(?:other|far|opposite)\s+end\s+of)\s+the\s+(?:playground|schoolyard|school\s+yard|square|plaza|car\s+park|parking\s+lot)"), "dist", {"m": 40.0}),
    # the far ridge or hillside, the estate next to ours: hundreds of metres (writers: 100-3,000)
    (_en(r"(?:the\s+)?(?:far|distant|opposite|next)\s+(?:ridge|ridgeline|hillside|mountainside|slope|hilltop|crag|fell)"), "dist", {"m": 800.0}),
    (_en(r"(?:the|an?)\s+(?:housing\s+)?estate\s+next\s+to\s+(?:ours|us|mine)|the\s+(?:next|neighbouring|neighboring)\s+(?:housing\s+)?estate"), "dist", {"m": 300.0}),
    # "길 건너 아파트 단지", "단지 밖 큰길", "학교 담 너머 운동장": a block or an open ground away (writers: 20-300)
    (r"(?:(?:길|도로|찻길|큰길)\s*(?:건너|건너편|맞은편)|(?<![가-힣])(?:건너편|맞은편))\s*(?:아파트|단지|학교|공원|동네)|(?:단지|아파트)\s*밖\s*(?:큰길|대로|도로)|(?:담|담장)\s*너머\s*(?:운동장|공원|공터)|운동장\s*(?:저\s*)?(?:반대편|건너편|맞은편|(?:오른쪽|왼쪽|저)\s*끝)", "dist", {"m": 60.0}),
    (r"옆\s*(?:텐트|캠핑카|사이트|테이블)", "dist", {"m": 5.0}),
    (_en(r"very\s+(?:far|distant)|(?:really|extremely|incredibly|so)\s+far|far,?\s+far\s+away"), "dist", {"m": 100.0}),
    # a distant field, hill or village: a few hundred metres (a cow lowing in a distant field, 먼 들판)
    (_en(r"(?:distant|far[- ]off|far[- ]away|faraway|remote)\s+(?:fields?|farms?|farmyard|hills?|hillside|valley|meadows?|pastures?|ridge|shore|mountains?|forest|woods?|moor|plain)"), "dist", {"m": 200.0}),
    # the other end of a house or flat: rooms away (every writer: 5-30 m)
    (_en(r"(?:the\s+)?(?:other|far)\s+end\s+of\s+the\s+(?:house|flat|apartment|hallway|corridor|landing)"), "dist", {"m": 10.0}),
    (r"집\s*(?:반대쪽|반대편|저쪽|맨)\s*끝|(?:복도|거실)\s*(?:반대쪽|반대편)\s*끝", "dist", {"m": 10.0}),
    # way across a park or a field, out in the mountains, deep in a wood
    (_en(r"(?:way|far|all\s+the\s+way)\s+across\s+the\s+(?:park|field|fields|common|green|meadow)"), "dist", {"m": 150.0}),
    (_en(r"(?:(?:way|far|all\s+the\s+way|right)\s+)?across\s+the\s+(?:valley|lake|glen|dale|gorge|ravine)(?![a-z])"), "dist", {"m": 800.0}),  # (round 40) writers: 500-5000
    (_en(r"(?:out\s+)?in\s+the\s+(?:mountains|hills)|(?:far\s+)?up\s+in\s+the\s+(?:mountains|hills)"), "dist", {"m": 500.0}),
    (r"(?:저\s*)?(?:멀리|먼)\s*(?:있는\s*)?(?:산|산속|산골짜기)(?:에서|에|속)", "dist", {"m": 500.0}),
    (_en(r"deep\s+(?:in|inside|within)\s+the\s+(?:wood|woods|forest|jungle)"), "dist", {"m": 50.0}),
    (r"숲\s*(?:속\s*)?깊은\s*(?:데|곳)|깊은\s*숲\s*속", "dist", {"m": 50.0}),
    # a flat across the street: tens of metres; a friend across a café table: a metre
    (r"(?:건너편|맞은편|앞|옆)\s*(?:아파트|동|건물)(?:\s*(?:놀이터|옥상|베란다|(?:어느\s*|어떤\s*|누구\s*)?(?:집|세대)))?(?:에서|에|쪽)", "dist", {"m": 50.0}),
    (r"(?<![가-힣])(?:내|나의|제|자신의|스스로의)\s*(?:숨소리|숨결|호흡\s*소리|심장\s*소리|심장박동|심장\s*뛰는\s*소리|맥박)", "dist", {"m": 0.15}),  # one's own breath
    (r"맞은편에\s*앉은|맞은편\s*(?:자리|좌석)", "dist", {"m": 1.0}),
    # at hand or on the body: "왼손 옆에 둔 폰", "손 옆에서", "내 배 위에서" (English "on my belly": the body list above)
    (r"(?:왼손|오른손|손)\s*(?:바로\s*)?(?:옆|곁)(?:에|에서)", "dist", {"m": 0.3, "body": True}),
    (r"(?<![가-힣])(?:내|제)\s*(?:배|가슴|무릎|허벅지|다리|등|발)\s*위(?:에|에서|로)?", "dist", {"m": 0.3, "body": True}),
    (r"(?<![가-힣])먼\s*(?:들판|산|언덕|숲|논|밭|논밭|농장|해안|바닷가|벌판|초원|목장)|(?:건너편|건너|맞은편|이웃|옆|아랫|윗)\s*마을", "dist", {"m": 200.0}),
    # the next headland, an island across the water, beyond the reef: the far side of open water (writers: 300-15,000)
    (_en(r"(?:the\s+)?(?:next|far|other|opposite|distant)\s+(?:headland|cape|point|island|islet|peninsula)|beyond\s+the\s+(?:reef|breakwater|harbour\s+wall|harbor\s+wall|headland|point|sandbar)"), "dist", {"m": 1500.0}),
    (r"(?:건너편|맞은편|건너|먼|저\s*멀리)\s*(?:섬|곶|갑|포구|항구|등대)|(?:곶|갑)\s*끝", "dist", {"m": 1500.0}),
    # the far end of a runway is a kilometre or more away
    (_en(r"(?:far|other|opposite)\s+end\s+of\s+the\s+(?:runway|airstrip|landing\s+strip)"), "dist", {"m": 1500.0}),
    (r"활주로\s*(?:맨\s*|저\s*)?(?:끝|반대편|건너편)", "dist", {"m": 1500.0}),
    # the bottom of the garden, the end of the yard: tens of metres (writers: 5-40)
    (_en(r"(?:at|from|to|in|near|by)\s+the\s+(?:bottom|far\s+end|end|back)\s+of\s+(?:the|our|my|their)\s+(?:garden|yard|back\s*yard|allotment|orchard|lawn|plot)"), "dist", {"m": 20.0}),
    (r"(?:마당|정원|뒷마당|앞마당|뜰|텃밭)\s*(?:맨\s*|저\s*)?끝", "dist", {"m": 20.0}),
    # the next farm over: a field or two away (writers: 150-2,000)
    (_en(r"(?:the\s+)?(?:next|neighbouring|neighboring)\s+farm(?:\s+over|\s+along)?"), "dist", {"m": 300.0}),
    # stops of a tram, bus or train line: some hundreds of metres each
    (_en(r"(?:a\s+(?:good\s+)?couple\s+of|a\s+few|two|three|several|a\s+couple)\s+(?:tram\s+|bus\s+|train\s+|tube\s+)?stops?\s+(?:away|down|back|up|off|along)"), "dist", {"m": 800.0}),
    (r"바로\s*옆\s*(?:집|건물|방|호실|가게|사무실|교실|동(?![가-힣]))", "dist", {"m": 6.0}),  # the house next door, not at the ear
    (r"바로\s*옆\s*(?:골목|동네|마을|블록|블럭|길)", "dist", {"m": 30.0}),  # "바로 옆 골목": the next alley (round 48)
    (r"(?:바로\s*)?옆\s*(?:공사장|공장|학교|운동장|아파트|빌딩|단지|현장)", "dist", {"m": 30.0}),  # "바로 옆 공사장": the site next door
    (r"(?:정류장|정거장|역)\s*(?:몇|두|세|한두|두세)\s*(?:개|정거장|코스)?\s*(?:떨어진|거리|너머|뒤|앞|전)|(?:몇|두|세|한두|두세)\s*(?:정거장|정류장|코스)\s*(?:떨어진|거리|너머|뒤|앞|전)", "dist", {"m": 800.0}),
    # (round 58) doors and buildings along: "like thirty doors down" (a long corridor: 20-100 m), "두 동 건너" (two blocks of
    # flats over: 50-300 m); "a wall away", "벽 하나 너머로 옆방" (the next room: a few metres)
    (_en(r"(?:(?:twenty|thirty|forty|fifty|a\s+dozen|dozens\s+of|\d{2})\s+doors?|(?:the\s+)?(?:last|end)\s+(?:room|door)\s+(?:at|on)\s+the\s+far\s+end)\s+(?:down|along|away|up)?(?![a-z])"), "dist", {"m": 40.0}),
    (r"(?<![가-힣])(?:두|세|네|몇)\s*동\s*(?:건너|너머|떨어진)", "dist", {"m": 120.0}),
    (r"(?<![가-힣])벽\s*하나\s*(?:너머|건너|사이)(?:로|에서|에)?", "dist", {"m": 2.5}),
    # "at the farm over the fields on our left", "the bells of the church in the next village"
    (_en(r"(?:over|across|beyond)\s+the\s+(?:fields|meadows|paddocks|moors?|fens|marshes)"), "dist", {"m": 300.0}),
    # (round 40) "a good field away", "the far end of the hospital", "과수원 저 끝", "귀에 폰 대고", "언덕 꼭대기 교회"
    (_en(r"(?:a\s+(?:good\s+|whole\s+)?field|(?:a\s+couple\s+of|two|three|several)\s+fields)\s+(?:away|off|over)(?![a-z])"), "dist", {"m": 300.0}),
    (_en(r"(?:at|from|in|to)\s+(?:the\s+)?(?:far|other|opposite)\s+end\s+of\s+the\s+(?:hospital|campus|site|estate|school|factory|works|depot|airport|terminal|complex)(?![a-z])"), "dist", {"m": 120.0}),
    (r"(?:과수원|들판|목장|농장|밭|논)\s*(?:저\s*|맨\s*)?(?:끝|끝\s*쪽|반대편)", "dist", {"m": 150.0}),
    (r"귀에\s*(?:폰|전화기?|핸드폰|휴대폰|수화기)\s*(?:을|를)?\s*(?:대고|댄|붙이고|갖다\s*대고)", "dist", {"m": 0.05}),
    (r"언덕\s*(?:위|꼭대기)\s*(?:의\s*)?(?:교회|성당|절|마을|집|학교)", "dist", {"m": 300.0}),
    # (round 40) "the farm beyond the railway line", "the clock from the church tower", "건너편 골짜기", "바다 위에서 불꽃놀이"
    (_en(r"beyond\s+the\s+(?:railway(?:\s+line)?|railway\s+track|motorway|bypass|ring\s+road|estate|woods|wood|village|allotments)(?![a-z])"), "dist", {"m": 300.0}),
    (_en(r"(?:from|in|up\s+in)\s+the\s+(?:church\s+|clock\s+|bell\s+|abbey\s+)?tower(?![a-z])(?!\s+block)"), "dist", {"m": 150.0}),
    (r"(?:건너편|맞은편|건넛|저\s*건너|너머)\s*(?:골짜기|계곡|산골짜기|능선)", "dist", {"m": 800.0}),
    # (round 45, dev sets 12ge/12gf/12gg/12gi) an island across the sea, a temple half way up the mountain: far
    (r"(?<![가-힣])바로\s*(?:뒤|옆|앞)(?:에|에서)?\s*(?:딱\s*)?붙어(?:서|\s*있)", "dist", {"m": 1.0}),  # (round 45) right behind, up close
    (r"(?<![가-힣])바다\s*건너(?:편)?\s*(?:에\s*있는\s*|의\s*)?(?:섬|항구|마을|부두|포구)", "dist", {"m": 800.0}),
    (r"(?<![가-힣])(?:(?:건너편|맞은편|건넛|저\s*건너)\s*)?산\s*중턱\s*(?:에\s*있는\s*|의\s*|에\s*)?(?:절|암자|사찰|마을|교회|성당)", "dist", {"m": 800.0}),
    (r"(?<![가-힣])바다\s*(?:위에서|위로|한가운데|저편|건너)", "dist", {"m": 300.0}),
    (_en(r"(?:in|from|at)\s+the\s+(?:next|neighbouring|neighboring)\s+(?:village|town|parish|hamlet|valley)"), "dist", {"m": 1000.0}),
    (r"(?:옆|이웃|건너|건넛)\s*(?:농장|목장|농가)", "dist", {"m": 300.0}),
    # the far side of a bedroom or an office: across the room
    (_en(r"(?:far|other|opposite)\s+(?:side|end|corner|wall)\s+of\s+(?:the|my|our)\s+(?:bed\s*room|kitchen|lounge|living\s+room|sitting\s+room|office|classroom|studio|ward|cabin|tent|flat|room)"), "dist", {"m": 4.0}),
    # rain on the tent (the listener inside it), on the tarp over us
    (_en(r"(?:on|against)\s+(?:the|my|our)\s+(?:tent|tarp|flysheet|canvas|caravan\s+roof|camper\s+roof)(?![a-z])"), "dist", {"m": 1.5}),
    # a far village or town is at least as far as the next one (the knowledge base: 800 m)
    (r"(?<![가-힣])먼\s*(?:마을|동네|도시|읍내)", "dist", {"m": 800.0}),
    (r"(?<![가-힣])몇\s*(?:킬로|키로|km)(?:미터)?\s*(?:는|나|쯤|정도|이상|가량|넘게)?\s*(?:떨어|밖|거리|너머)", "dist", {"m": 1000.0}),  # several km: the far limit
    (r"(?<![가-힣])(?:저\s*)?먼\s*(?:골짜기|계곡|산등성이|능선|산|들판|벌판|바다|강|호수|숲|섬|언덕)", "dist", {"m": 500.0}),
    (r"먼\s*발치", "dist", {"m": 40.0}),
    (_en(r"(?:distant|far[- ]off|far[- ]away|faraway|remote)\s+(?:village|town|city|hamlet)"), "dist", {"m": 800.0}),
    # a mile is 1.6 km; across a bay, a valley, a lake: hundreds of metres (every labeller since dev_issue12f)
    (_en(r"miles\s+(?:away|off|back|behind)|(?:many\s+)?kilomet(?:re|er)s\s+(?:away|off)|a\s+mile\s+(?:away|off)"), "dist", {"m": 2000.0}),
    # a diver's own regulator is in the mouth
    (_en(r"(?:my|your|his|her|their)\s+(?:own\s+)?(?:scuba\s+|diving\s+)?regulator"), "dist", {"m": 0.15}),
    (r"호흡기\s*(?:에서\s*(?:나오는\s*)?)?거품|(?:다이빙\s*)?레귤레이터", "dist", {"m": 0.15}),
    # a game map: "the other side of the map", "맵 반대편", "맵 끝"
    (_en(r"(?:(?:the\s+)?(?:other|far|opposite)\s+(?:side|end|corner)\s+of|across)\s+the\s+(?:whole\s+)?map"), "dist", {"m": 300.0}),
    (r"(?:맵|지도)\s*(?:반대편|반대쪽|건너편|끝|저\s*끝)", "dist", {"m": 300.0}),
    (_en(r"(?:on|from|beyond)\s+the\s+(?:horizon|hills|mountains)|far\s+in\s+the\s+distance|the\s+other\s+side\s+of\s+the\s+(?:valley|city|lake|river)|(?:the\s+)?far\s+(?:shore|bank|side\s+of\s+the\s+(?:lake|river|bay|valley))|across\s+the\s+(?:valley|lake|river|water|fields|hills|glen|gorge|canyon|fjord|loch|estuary|moor|moors|sound|strait)|across\s+the\s+plains?|beyond\s+the\s+(?:valley|river|lake|ridge|fields|woods|forest|estuary|bay)|(?:down|along|up)\s+the\s+valley"), "dist", {"m": 300.0}),
    # "a couple of farms over", "a few houses down": as far as the places counted
    (_en(r"(?:a\s+)?(?:couple|few|two|three|several)\s+(?:of\s+)?(?:farms|fields|villages)\s+(?:over|away|off|along|down)"), "dist", {"m": 400.0}),
    (_en(r"(?:a\s+)?(?:couple|few|two|three|several)\s+(?:of\s+)?(?:streets|blocks|roads)\s+(?:over|away|off|along|down)"), "dist", {"m": 150.0}),
    # "squeaking right by my pillow": at the listener's head
    (_en(r"(?:right|just)\s+(?:by|beside|next\s+to|on)\s+(?:my|your)\s+pillow"), "dist", {"m": 0.3}),
    # "the fridge humming right behind my chair": just behind the listener's own seat or bed
    (_en(r"(?:right|just)\s+(?:behind|beside|next\s+to|by)\s+(?:my|our)\s+(?:chair|seat|desk|bed|sofa|couch|armchair|stool)"), "dist", {"m": 1.0}),
    (_en(r"(?:push|pushed|pushing|set|sit|put|place|tuck|send|pull)\s+(?:it|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:way\s+|far\s+|further\s+|right\s+|a\s+(?:bit|little)\s+)?back(?:\s+in\s+the\s+mix)?(?!\s+(?:left|right|of|to|and\s+to|in\s+time|behind))|(?:way|far)\s+back\s+in\s+the\s+mix"), "dist", {"m": 8.0}),
    (_en(r"(?:rows?|seats?|chairs?)\s+(?:directly\s+|right\s+|just\s+)?(?:behind|in\s+front\s+of|next\s+to|beside)\s+(?:me|you|us|mine|yours)"), "dist", {"m": 1.0}),
    (r"바로\s*여기|여기\s*바로|내\s*(?:찻잔|컵|잔|머리카락|숟가락|그릇)(?:에|을|를)|(?:내가|제가)\s*(?:쓰고|들고|잡고|끼고|메고|입고|안고|쥐고)\s*있는(?!\s*(?:헤드폰|이어폰|헤드셋))", "dist", {"m": 0.4}),
    (r"(?:대강당|강당|체육관|홀|성당|교회|공연장|극장)\s*(?:저\s*)?(?:끝|건너편|반대편|맞은편|맨\s*뒤)", "dist", {"m": 20.0}),
    (r"(?:운동장|경기장|광장|공원|들판|해변|주차장|축구장|야구장|텃밭|잔디밭|마당)\s*(?:저\s*|저쪽\s*)?(?:끝|건너편|반대편|맞은편|맨\s*뒤)", "dist", {"m": 50.0}),
    (r"(?:(?<![가-힣])내|바로)\s*(?:뺨|볼|손목|어깨|가슴|목덜미|손바닥)(?:에|에서|위)", "dist", {"m": 0.25}),
    # "할머니가 제 오른쪽 어깨에 기대서", "강아지가 왼쪽 어깨에 턱 올리고", "귀에 물 들어가서": on the body
    (r"(?:(?<![가-힣])(?:내|제)\s*)?(?:왼쪽|오른쪽|왼|오른)\s*어깨(?:에|위에|위로)(?=\s*(?:기대|기댄|턱|올리|올린|얹|붙|앉|매달|대고|머리|고개))|귀에\s*물(?:이)?\s*(?:들어|차)", "dist", {"m": 0.25}),
    (r"뒤통수\s*(?:바로\s*)?(?:뒤|뒤에서|뒤에|에서|에)", "dist", {"m": 0.3}),
    (r"(?:딱|바짝|찰싹|꼭)\s*붙어(?:\s*(?:앉|서|있|누)|서)", "dist", {"m": 0.4}),  # "오른쪽에 딱 붙어 앉은 동생"
    (r"(?<![가-힣])(?:내|제|나의)\s*(?:옷자락|옷깃|소매|바짓단|치맛자락|팔|손)(?:을|를)\s*(?:잡아\s*)?(?:당기|잡|끌|툭툭)", "dist", {"m": 0.5}),
    (r"(?<![가-힣])(?:내|나|우리)\s*(?:바로\s*)?(?:왼쪽|오른쪽|왼편|오른편)\s*(?:바로\s*)?옆(?=\s*(?:사람|자리|좌석|테이블|에|에서|의))", "dist", {"m": 0.8}),
    (r"귓가|귓전|귓속|귓바퀴|귀에\s*(?:대고|댄|대고\s*있|붙인|붙여|바짝|바싹|가까이)|귀\s*바로\s*옆|귀\s*옆|귀옆|귀\s*가까이|귀에다|헤드폰\s*안|이어폰\s*속", "dist", {"m": 0.25}),
    (r"(?:아주|매우|정말|엄청|무척|굉장히|몹시)\s*(?:가까(?:이|운|워)|가깝(?:고|게|다|네|지))|바로\s*(?:내\s*|네\s*|우리\s*)?(?:옆|곁)|바짝|숨결|숨소리가\s*느껴질", "dist", {"m": 0.4}),
    # right under the nose (within reach); at the microphone, ear to ear (ASMR): closer still
    (r"코앞|코\s*앞|코\s*밑", "dist", {"m": 0.3, "body": True}),  # ("코앞처럼 시끄러워": a comparison, round 46)
    (r"마이크에\s*(?:바짝|딱|아주\s*가까이|가까이)\s*(?:대고|붙여|붙이고|대서)|(?:왼쪽|오른쪽)\s*귀에서\s*(?:오른쪽|왼쪽)\s*귀(?:로|까지)", "dist", {"m": 0.25}),
    (r"가까이|가까운\s*(?:곳|데|거리)|근처(?!(?:에)?" + _LIVE_THERE_KO + r")|곁(?:에서|에)|가까워(?![지져진졌짐])|(?<![가-힣])(?:내|나|우리)\s*(?:옆|곁)(?=에|에서|으로|까지|\s|$)|가까운|가깝게|가깝고|가깝다|(?:손|팔)\s*(?:닿을|닿는)|팔\s*길이", "dist", {"m": 0.8}),
    (_en(r"(?:by|at|near|beside|against)\s+(?:the\s+)?(?:(?:left|right)\s+)?side\s+of\s+(?:my|your|his|her)\s+(?:face|head)"), "dist", {"m": 0.2}),
    (r"손(?:을)?\s*뻗(?:으면|어서|으면\s*바로)\s*닿(?:는|을)|팔\s*(?:길이|하나)\s*(?:정도|쯤|만큼)?\s*(?:떨어진|거리)|팔\s*닿는\s*(?:거리|곳)", "dist", {"m": 0.7}),
    (r"몇\s*걸음|두세\s*걸음|서너\s*걸음|몇\s*미터|조금\s*떨어진|적당히\s*떨어진", "dist", {"m": 2.0}),
    # across a workplace or a big room, not a living room: "whispered my name from all the way across the office"
    (_en(_ACROSS_THE + r"(?:(?:open[- ]plan|whole|entire|busy|crowded|packed|big|empty)\s+)?(?:office(?:\s+floor)?|(?:open[- ]plan\s+)?floor|ward|canteen|cafeteria|classroom|gym|gymnasium|shop\s+floor|library|restaurant|pub|bar|dining\s+hall|lecture\s+hall|waiting\s+room|dance\s+floor|studio|lobby|newsroom|kitchen\s+floor)(?![a-z])"), "dist", {"m": 8.0}),
    # the big sheds are bigger than a room (round 43: "clear across the warehouse" was 8 m, written [40, 200])
    (_en(_ACROSS_THE + r"(?:(?:whole|entire|busy|big|empty|huge)\s+)?(?:warehouse|factory\s+floor|supermarket|hangar|concourse|distribution\s+centre|depot|sorting\s+office)(?![a-z])"), "dist", {"m": 40.0}),
    # "바로 담 너머 오른쪽 집이야", "over the fence": the next garden or house, metres away (writers: 3-30)
    (r"(?:담|담장|울타리|펜스)\s*(?:너머|건너|넘어)|" + _en(r"over\s+the\s+(?:garden\s+|back\s+)?(?:fence|hedge)"), "dist", {"m": 8.0}),
    # pressed against the barrier between: "the lion roared right up against the glass in front of us"
    (_en(r"(?:right\s+)?up\s+against\s+the\s+(?:glass|window|windows|fence|bars|cage|screen|pane|windscreen|windshield)(?![a-z])"), "dist", {"m": 1.0}),
    # "it's a fair way back in the trees", "a good way off": well away (writers: 15-300)
    (_en(r"(?:a\s+)?(?:fair|good)\s+(?:way|distance|ways)\s+(?:back|off|away|out|behind|ahead)(?![a-z])"), "dist", {"m": 40.0}),
    # (round 57, dev set 12if) hedged nearness: "fairly close behind us" is a few metres (writers: 1-6, 2-15, 0.5-5, 1.5-6),
    # "꽤 가까이" a metre or so (0.3-1.5, 1-6), "생각보다 가까운" closer than one thought, not at hand (3-20); "not that far"
    # and "그렇게 멀진 않아" with no other distance are some metres off (5-40, 5-50)
    (_en(r"(?:fairly|reasonably|relatively|moderately)\s+(?:close|near)(?![a-z])"), "dist", {"m": 3.0}),
    (r"(?<![가-힣])(?:꽤|제법)\s*가까(?:이|운|워)", "dist", {"m": 1.2}),
    (r"생각보다\s*(?:꽤\s*|좀\s*)?가까(?:운|이|워)", "dist", {"m": 4.0}),
    (_en(r"not\s+(?:that|so|all\s+that)\s+far(?:\s+(?:away|off))?(?!\s+(?:at\s+all|from))"), "dist", {"m": 8.0, "weak": True}),
    (r"n't\s+far(?=\s+(?:behind|ahead|in\s+front|to\s+(?:the|my|our)|on\s+(?:the|my|our))(?![a-z]))", "dist", {"m": 2.0, "weak": True}),  # "isn't far behind me": not far (the place stays)
    (r"(?:그렇게|그리|별로)\s*멀(?:진|지는|지)\s*않", "dist", {"m": 8.0, "weak": True}),
    # "not far" says less than a place word: "멀지 않아, 바로 귓가야" is at the ear ("weak" yields to any other distance)
    # ("not that far", "그리 멀지 않" are read above, as some metres off)
    (_en(r"not\s+(?:(?:too|very)\s+)?far(?:\s+(?:away|off))?"), "dist", {"m": 2.0, "weak": True}),
    (r"멀지\s*않", "dist", {"m": 2.0, "weak": True}),
    # "right here": near, but any place word says more ("right here by my ear")
    (_en(r"right\s+here"), "dist", {"m": 0.8, "weak": True}),
    (r"바로\s*여기", "dist", {"m": 0.8, "weak": True}),
    (r"(?:그리|별로|전혀)?\s*가깝지\s*(?:는\s*)?않", "dist", {"m": 4.0, "weak": True}),
    (r"방\s*건너편|방\s*반대편|맞은편|반대편\s*벽|방\s*(?:저쪽\s*|저\s*)?끝|저쪽\s*벽|방\s*구석", "dist", {"m": 4.0}),
    # across a table: about a metre ("the guy across the dinner table", "식탁 맞은편에 앉은 동생")
    (r"(?:식탁|테이블|탁자|책상|밥상)\s*(?:맞은편|건너편|반대편|너머)", "dist", {"m": 1.2}),
    (_en(r"(?:across|over)\s+the\s+(?:dinner\s+|kitchen\s+|breakfast\s+|dining\s+|coffee\s+|card\s+)?table|(?:just\s+)?(?:across|over)\s+the\s+(?:shop\s+|coffee\s+|reception\s+|front\s+)?(?:counter|desk|aisle)(?![a-z])|opposite\s+(?:me|us|you)\s+at\s+the\s+table"), "dist", {"m": 1.2}),
    # at the listener's shoulder or nose: "a fox screamed just behind my left shoulder", "right in front of my nose"
    (_en(r"(?:just|right|directly)\s+(?:behind|over|by|at|above)\s+(?:my|your|the\s+listener's)\s+(?:left\s+|right\s+)?shoulder"), "dist", {"m": 0.6, "body": True}),
    (_en(r"(?:right\s+|just\s+)?in\s+front\s+of\s+(?:my|your)\s+(?:nose|face)"), "dist", {"m": 0.25, "body": True}),
    (_en(r"(?:right\s+|just\s+)?(?:at|by|near|beside|next\s+to)\s+(?:my|your)\s+(?:left\s+|right\s+)?elbow"), "dist", {"m": 0.5, "body": True}),
    # the person in the next seat, a phone in a pocket, a hearing aid: within arm's reach or at the ear
    (_en(r"(?:in\s+)?the\s+seat\s+(?:on|to)\s+my\s+(?:left|right)|(?:in\s+)?the\s+(?:next|adjacent)\s+seat"), "dist", {"m": 0.8, "weak": True}),
    (r"(?:내\s*)?(?:왼쪽|오른쪽|옆)(?:에|에서)?\s*앉은|옆자리", "dist", {"m": 0.8, "weak": True}),
    (_en(r"in\s+(?:my|your)\s+(?:[a-z-]+\s+)?(?:pocket|handbag|bag)"), "dist", {"m": 0.4, "body": True}),
    (_en(r"hearing\s+aids?|in-ear\s+monitors?"), "dist", {"m": 0.05, "body": True}),
    (_en(r"(?:his|her|their|someone'?s|somebody'?s|(?!my\s)[a-z]+'s)\s+hearing\s+aids?"), "dist", {"m": 0.5}),  # someone else's, a hug away (round 55)
    (_en(r"(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was)\s+(?:working|fixing|repairing|servicing|tuning|bleeding)\s+on(?![a-z])"), "dist", {"m": 0.6}),  # the pump I'm working on
    # (round 55, dev set 12hy) a whistle in the mouth, a swarm round the veil, the listener right at the hob: very near
    (_en(r"in\s+(?:my|your|his|her)\s+mouth"), "dist", {"m": 0.1, "body": True}),
    (r"입에\s*(?:물고|문\s*채)", "dist", {"m": 0.1, "body": True}),
    (_en(r"(?:all\s+)?(?:a)?round\s+my\s+(?:veil|head|face|ears|hat|helmet)(?![a-z])"), "dist", {"m": 0.5, "body": True}),
    (_en(r"(?:stood|standing|stand|sat|sitting|i'?m)\s+(?:right\s+)?(?:at|by|over)\s+the\s+(?:hob|stove|cooker|sink|counter|worktop|kettle)(?![a-z])"), "dist", {"m": 0.8}),
    (r"(?:가스레인지|가스\s*레인지|싱크대|조리대|인덕션|레인지)\s*앞에\s*(?:딱\s*)?(?:서서|서\s*있|붙어\s*서)", "dist", {"m": 0.8}),
    (_en(r"(?:out\s+)?on\s+the\s+(?:pitch|field|court|track)(?=[^.!?]{0,60}?(?<![a-z])(?:row|stand|stands|seats?|terrace|bleachers)(?![a-z]))"
         r"|(?<![a-z])(?:row|stand|stands|seats?|terrace|bleachers)(?![a-z])[^.!?]{0,60}?(?<![a-z])(?:out\s+)?on\s+the\s+(?:pitch|field|court|track)(?![a-z])"), "dist", {"m": 30.0}),
    (_en(r"(?:at|from|in)\s+the\s+(?:far\s+|other\s+)?end\s+of\s+the\s+(?:corridor|hallway|hall|ward|aisle|landing|passage|passageway|nave|tunnel)(?![a-z])"), "dist", {"m": 20.0}),
    (r"(?<![가-힣])옆\s*(?:병동|건물|동네|학교|공장|매장|부두)", "dist", {"m": 15.0}),
    (r"(?<![가-힣])(?<!동네\s)(?<!마을\s)(?<!시내\s)(?<!도시\s)(?<!호수\s)(?<!해변\s)(?:저\s*)?반대편\s*끝(?:에서|에|쪽|까지)", "dist", {"m": 30.0}),  # "지하 3층 ... 반대편 끝에서 셔터": a floor's far end
    (r"(?:강의실|교실|강당|예배당|체육관|도서관|열람실|독서실|식당|홀)(?:이|은|는|에서|에선)?\s*[^.!?]{0,30}?저쪽\s*끝(?:에서|에)", "dist", {"m": 20.0}),  # "강당이 ... 저쪽 끝에서": the room's far end
    (r"보청기", "dist", {"m": 0.05, "body": True}),
    # "옆 아저씨 이어폰 소리가 다 새어 나와", "music leaking from his earbuds": someone else's earphones, a seat away
    (r"(?:이어폰|헤드폰|헤드셋)\s*(?:소리|음악)?\s*(?:가|이)?\s*(?:다\s*|막\s*)?(?:새어|새|샌다|새는|새서)", "dist", {"m": 0.8}),
    (_en(r"leak(?:s|ing|ed)?\s+(?:out\s+)?(?:of|from)\s+(?:his|her|their|someone's|somebody's|a\s+[a-z]+'s|the\s+[a-z]+'s)\s+(?:earphones|headphones|earbuds|headset)"), "dist", {"m": 0.8}),
    (_en(r"(?:across|over|on|against)\s+the\s+(?:whole\s+|entire\s+)?(?:windshield|windscreen)"), "dist", {"m": 1.0}),
    (r"앞\s*유리(?:창)?\s*(?:전체|전부|가득|에|을|를|위)", "dist", {"m": 1.0}),
    (r"귀에\s*(?:입을\s*)?(?:딱\s*|바짝\s*)?대고\s*[가-힣]+\s*(?:것|거)\s*같", "dist", {"m": 0.6}),  # "귀에 대고 부르는 것 같음": as if at the ear, a step away (round 53)
    (r"귀에\s*(?:입을\s*)?(?:딱\s*|바짝\s*|바싹\s*|꼭\s*)?(?:대고|바짝\s*대)|얼굴\s*(?:바로\s*|코\s*)?앞", "dist", {"m": 0.3, "body": True}),  # 귀에 입을 대고, 얼굴 바로 앞
    # "a cart squeaking down at the far end", "deep in the parking garage", "a whisper from the back of the lecture hall"
    (_en(r"(?:down\s+|over\s+|way\s+)?at\s+the\s+(?:far|other)\s+end(?!\s+of)|deep\s+(?:in|inside|within)\s+(?:the|a|this|that)\s+(?:parking\s+garage|car\s+park|garage|cave|tunnel|mine|building|warehouse|basement\s+car\s+park)"), "dist", {"m": 20.0}),
    (_en(r"(?:at|from|in)\s+(?:the\s+)?(?:back|far\s+end|other\s+end|far\s+corner)\s+of\s+(?:the|a|this|that)\s+(?:[a-z]+\s+)?(?:lecture\s+hall|lecture\s+theatre|classroom|library|corridor|hallway|tunnel|cave|garage|car\s+park|parking\s+garage|ward|aisle|platform|pier)"), "dist", {"m": 20.0}),
    (r"(?:강의실|교실|강당|복도|홀|예배당|교회|성당|체육관|도서관|터널|동굴|주차장|골목|통로|지하도|수영장|창고|공장|격납고)\s*(?:저\s*)?(?:맨\s*)?(?:반대편\s*)?(?:끝|뒤쪽\s*끝|안쪽\s*끝)(?:에서|에|쪽|,)", "dist", {"m": 20.0}),
    # (round 53, dev set 12hq) the far end or side of a place, by the size of the place ("at the far side of the pool",
    # "the far end of the multi-storey", "right down the far end of the beach", "way down the end of aisle nine"), and the
    # listener in the very last pew or row with the sound at the front ("I'm stuck in the very last pew", "나는 성당 맨 뒷자리고")
    (_en(_FAR_END_OF + r"(?:pool|gym|hall|ward|office|church|nave|chapel|warehouse|hangar|studio|classroom|library|shop|store|bar|pub|restaurant|kitchen|canteen|corridor|hallway|platform|carriage|tent|marquee|arena|rink|court|barn|freezer|cold\s+store)(?![a-z])"
         r"|(?<![a-z])way\s+over\s+(?:on|at|to)\s+the\s+(?:left|right)(?:[- ]hand)?\s+side\s+of\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:gym|hall|room|warehouse|church|pool|arena|hangar)(?![a-z])"), "dist", {"m": 20.0}),
    (_en(_FAR_END_OF + r"(?:car\s+park|multi-storey|multistorey|parking\s+(?:lot|garage)|market|station|stadium|square|yard|playground|depot|dock|quay)(?![a-z])"
         r"|(?<![a-z])(?:way|right|all\s+the\s+way)\s+down\s+(?:at\s+)?the\s+(?:far\s+)?end\s+of\s+(?:the\s+)?(?:aisle|corridor|hall|hallway|platform|warehouse|building|ward|carriage|train|car\s+park|garden|pier|jetty|yard|row)(?![a-z])"), "dist", {"m": 40.0}),
    (_en(_FAR_END_OF + r"(?:beach|meadow|estate|common|moor|fairground|racecourse)(?![a-z])"), "dist", {"m": 150.0}),
    (_en(r"(?<![a-z])(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are|we\s+were)\s+(?:stuck\s+|sitting\s+|sat\s+|standing\s+|right\s+)?(?:in|at)\s+the\s+(?:very\s+)?(?:last|back)\s+pews?(?![a-z])"), "dist", {"m": 25.0}),
    (r"(?:나는|난|저는|전|우리는|우린)\s*(?:[가-힣]+\s*)?(?:성당|교회|강당|공연장|극장|예배당|체육관|법당)\s*맨\s*(?:뒷자리|뒷줄|뒤\s*(?:좌석|자리|줄))", "dist", {"m": 25.0}),
    (r"(?:운동장|공원|들판|놀이터|해변|주차장|잔디밭|풀밭)\s*(?:저\s*)?(?:끝|반대편|건너편|저쪽\s*끝)|길\s*(?:하나\s*)?건너|건너편", "dist", {"m": 20.0}),
    (r"(?<![가-힣])멀(?:다가|다|고|었고|었는데|었다가|지만|었지만)(?:도)?(?![가-힣])|(?<!아주\s)(?<!매우\s)멀리(?:서|에서|서부터|에)?|먼\s*곳|먼\s*데|멀찍이|멀찌감치|멀리\s*떨어진|한참\s*(?:떨어(?:져|진)|멀리|먼)|아득(?:히|한)|저편|먼\s*거리|원거리", "dist", {"m": 50.0, "generic": True}),
    (r"(?:아주|매우|엄청|정말)\s*(?:멀리|먼)", "dist", {"m": 100.0, "generic": True}),
    # "저 멀리": way over there (written blind: 100-3000 m more often than 50), but not down a corridor or to a stage
    (r"(?<!복도\s)(?<!복도)저\s*멀리(?:서|에서|서부터|에)?(?!\s*(?:앞\s*)?(?:무대|끝))", "dist", {"m": 100.0, "generic": True}),
    # "엄청 멀어요", "되게 멀더라": far said as an adjective, with an intensifier (writers: 50-500)
    (r"(?:아주|매우|엄청|정말|진짜|되게|꽤|너무)\s*멀(?:어요|어|다|네|네요|더라|더라고요|습니다|어서)(?![가-힣])", "dist", {"m": 100.0, "generic": True}),
    (r"(?:까마득히|아득히)\s*(?:멀리|먼)?|까마득|아득한|저\s*멀리\s*아득", "dist", {"m": 500.0}),  # as far as can be heard
    # "at the far end of the street", "들판 너머", "out on the mudflats", "the flat across the landing": writers 50-400 m,
    # 300 m and more, and a few metres
    (_en(r"(?:at|from|in|on)\s+(?:the\s+)?(?:very\s+)?(?:far\s+end|other\s+end|opposite\s+end|far\s+corner)\s+of\s+(?:the|a|this|that|our|my|their)\s+(?:[a-z]+\s+)?(?:square|street|road|lane|avenue|high\s+street|estate)"), "dist", {"m": 100.0}),
    (r"(?:들판|논밭|논|밭|벌판|평야|목초지|갯벌|숲)\s*(?:너머|건너편|저편)", "dist", {"m": 300.0}),
    (_en(r"out\s+on\s+the\s+(?:point|headland|mud\s*flats?|marsh(?:es)?|bay|lake|sea|reef|sandbar|sandbank|spit|moors?|estuary|island|ice|flats|loch|fells?)(?![a-z])"), "dist", {"m": 300.0}),
    (_en(r"(?:the\s+)?(?:flat|apartment|room|office|unit)\s+(?:directly\s+|just\s+)?(?:across|opposite)\s+(?:the\s+)?(?:landing|hall|hallway|corridor)"), "dist", {"m": 6.0}),
    (_en(r"across\s+the\s+(?:bay|harbou?r|basin|lagoon|estuary|loch|fjord|inlet|sound)(?![a-z])"), "dist", {"m": 600.0}),  # writers: 200-10,000, most from 300-500
    (r"지평선|수평선|산\s*너머|언덕\s*너머|(?:건너편|맞은편|건너)\s*산(?!책)|(?:강|호수|저수지|바다|만|계곡|골짜기)\s*(?:건너|건너편|너머|저편)|(?:저\s*)?건너\s*(?:골짜기|계곡|마을|동네)", "dist", {"m": 300.0}),
    (r"(?:몇|수|여러)\s*(?:킬로|km|키로)\s*(?:미터\s*)?(?:밖|떨어|멀리|너머)", "dist", {"m": 2000.0}),
    (r"(?:한|두|세|네|몇|여러|두어|두세|서너)\s*(?:블록|블럭|골목)\s*(?:개\s*)?(?:쯤|정도)?\s*(?:건너|너머|떨어|밖|거리)|(?:블록|블럭|골목)\s*(?:한|두|세|네|몇|여러|두어|두세|서너)\s*(?:개\s*)?(?:쯤|정도)?\s*(?:건너|너머|떨어|밖)", "dist", {"m": 200.0}),
    (r"팔\s*(?:을\s*)?(?:뻗으면|뻗어서|뻗어도|뻗으면\s*바로)\s*닿(?:을|는)|팔\s*(?:이\s*)?닿는|팔\s*길이", "dist", {"m": 0.7}),  # arm's reach
    (r"(?:한|두|세|네|몇|여러)\s*(?:집|채)\s*(?:건너|너머|떨어|밖)", "dist", {"m": 50.0}),  # "몇 집 건너에서 개가 짖어요"  # "두 블록 건너 공사장"
    (r"한참\s*(?:먼\s*(?:데|곳)|멀리)", "dist", {"m": 300.0}),
    (r"(?<![가-힣])(?:숲|산|들판|바다|호수|논밭|벌판|골짜기|계곡)\s*(?:속\s*)?어딘가(?:에서|에|서)", "dist", {"m": 50.0, "generic": True}),  # "숲 어딘가에서 딱따구리가"
    # a motorway heard from where one lives is hundreds of metres off (every blind writer: 20-1000 at the least,
    # 200-5000 with a far word); not the one being driven on or left ("on the motorway", 고속도로를 달리다)
    (_en(r"(?<!on\s)(?<!on\sthe\s)(?<!along\sthe\s)(?<!off\sthe\s)(?<!left\sthe\s)(?<!leave\sthe\s)(?<!leaving\sthe\s)(?<!onto\sthe\s)(?<!into\sthe\s)(?:motorway|highway|freeway|expressway)s?(?!\s+(?:exit|services|junction|ramp|lane|patrol|code))"), "dist", {"m": 300.0}),
    # (nor one set aside as another sound's topic: "고속도로 소리는 오른쪽에서 웅웅거리고, 개가 ... 달려오다가")
    (r"고속도로(?!\s*(?:를|을|로|으로)?\s*(?:달리|타고|타서|빠져|나와|나왔|진입|위|휴게소|요금소|톨게이트|에\s*(?:들어|올라)))(?!\s*(?:차\s*)?(?:소리|소음)\s*(?:은|는))", "dist", {"m": 300.0}),
    (_en(r"(?:far\s+)?across\s+(?:the\s+)?(?:city|town|valley)|(?:on\s+)?the\s+other\s+side\s+of\s+(?:the\s+)?(?:city|town|valley)"), "dist", {"m": 1000.0}),  # "뒤쪽 한참 먼 데서"
    (r"(?:먼\s*)?바다\s*(?:저\s*)?(?:멀리|너머|끝)|(?:저\s*)?멀리\s*(?:있는\s*)?바다", "dist", {"m": 500.0}),  # "바다 저 멀리 ... 뱃고동"
    # (round 41, dev sets 12ey/12fa/12fb) heard all the way to where one lives ("여기까지 들리네" of a town's market,
    # "우리 동네까지 들린다"); the next parish; the end of our street; way up a tunnel; leaning in to whisper; an earpiece
    (r"(?:우리\s*)?(?:동네|마을|집|아파트|단지|가게|회사|학교|사무실|농장|과수원|밭|논)\s*까지\s*(?:다\s*|또렷이\s*|크게\s*|쩌렁쩌렁\s*)?(?:들리|들려|들린|울려|울리)", "dist", {"m": 800.0}),
    (r"(?:읍내|시내|장터|건너\s*마을|옆\s*마을|윗마을|아랫마을)[가-힣\s]{0,12}?여기\s*까지\s*(?:다\s*)?(?:들리|들려|들린|울려|울리)", "dist", {"m": 500.0}),
    (_en(r"(?:the\s+)?(?:next|neighbouring|neighboring|nearby)\s+(?:parish|parishes|hamlet|town|valley)(?![a-z])"), "dist", {"m": 1000.0}),
    (_en(r"(?:at|from|near|by|down)\s+the\s+(?:far\s+|other\s+)?end\s+of\s+(?:our|the|my|this|their)\s+(?:street|road|lane|close|cul-de-sac|terrace|block)(?![a-z])"), "dist", {"m": 80.0}),
    (_en(r"(?:way|far|a\s+long\s+way)\s+(?:up|down|along|back\s+(?:up|down))\s+the\s+(?:tunnel|sewer|culvert|pipe|drain|shaft|mine|gallery|adit)(?![a-z])"), "dist", {"m": 150.0}),
    (_en(r"lean(?:s|ed|t|ing)?\s+(?:in|over|across|close)\s+(?:and|to)\s+(?:whisper|murmur|mutter|breathe)(?:s|d|ed)?(?![a-z])"), "dist", {"m": 0.3, "near": True}),
    (_en(r"(?:in|through)\s+(?:my|his|her|your|the)\s+(?:earpiece|ear\s*piece|earbud|earbuds|in-ear|headset|radio\s+earpiece)(?![a-z])"), "dist", {"m": 0.05, "near": True}),
    (r"(?:담장|담|울타리|철조망|벽)\s*너머\s*(?:저\s*)?멀리", "dist", {"m": 200.0}),
    (r"(?:맨\s*)?뒷벽\s*(?:쪽)?(?:에서|에)|(?:강당|홀|강의실|예배당|성당|교회|극장)\s*(?:맨\s*)?(?:뒤|끝)\s*(?:벽|쪽)\s*(?:에서|에)", "dist", {"m": 20.0}),
    (_en(r"(?:the\s+)?next\s+lock(?:\s+(?:down|up|along))?(?![a-z])"), "dist", {"m": 300.0}),
    (r"(?<![가-힣])(?:산자락|산기슭|산허리|산등성이|산등성|능선)(?:에서|에|쪽)", "dist", {"m": 500.0}),
    # (round 41, dev set 12ff) an ear pressed to it, in the ear over a headset, the far end of a lake, miles behind, the far
    # side of town, just the other side of the hedge, the next shack over, back at the trailhead, fireworks over the city;
    # 팔꿈치 닿을 거리, 귓속에 꽂혀, 건너편 부두, 저쪽 끝, 시내 쪽에서
    (_en(r"(?:pressed|press|pressing|put|held|holding)\s+my\s+ear\s+(?:right\s+)?(?:to|against|up\s+to|up\s+against)\s+(?:the|a|an|its|his|her)(?![a-z])"), "dist", {"m": 0.2, "near": True}),
    (_en(r"(?:right\s+)?in\s+my\s+ears?\s+(?:over|through|on|via)\s+(?:the|my)\s+(?:headset|headphones|earpiece|radio|comms)|(?:over|through|on)\s+(?:the|my)\s+headset"), "dist", {"m": 0.03, "near": True}),
    (_en(r"(?:far|other|opposite)\s+end\s+of\s+the\s+(?:lake|loch|reservoir|bay|beach|valley|meadow|estate|orchard|vineyard|quarry)(?![a-z])"), "dist", {"m": 400.0}),
    (_en(r"(?<!n't\s)(?<!not\s)(?<!n’t\s)miles\s+(?:behind|away|off|back|out)(?![a-z])"), "dist", {"m": 3000.0}),
    (_en(r"(?:far|other|opposite)\s+side\s+of\s+(?:the\s+)?(?:town|city|village|estate)(?![a-z])|(?:over|above)\s+the\s+(?:city|town)(?![a-z])"), "dist", {"m": 1000.0}),
    (_en(r"(?:just|right)\s+(?:the\s+)?other\s+side\s+of\s+the\s+(?:hedge|fence|wall|door)(?![a-z])"), "dist", {"m": 3.0}),
    # (round 45, dev sets 12ge/12gf/12gg) a stall or booth over, a few benches down, just the other side of this wall: metres
    # (a place along a row yields to a said measure: "at the next bench over on my right, about an arm's length off", round 46)
    (_en(r"(?:(?:in|from|at)\s+)?the\s+next\s+(?:stall|booth|bench|desk|stable|pen|cubicle)\s+(?:over|along|down|up)(?![a-z])"), "dist", {"m": 4.0, "weak": True}),
    (_en(_ALONG_A_ROW_EN.format(units=_ROW_UNITS_EN)), "dist", {"m": 4.0, "weak": True}),
    (_en(r"(?:just\s+)?(?:on\s+)?the\s+other\s+side\s+of\s+(?:this|the|that|my)\s+(?:thin\s+)?wall"), "dist", {"m": 3.0}),
    (_en(r"(?:in|from)\s+the\s+next\s+(?:hall|shed|building|warehouse|workshop|wing|barn|hangar)(?![a-z])"), "dist", {"m": 15.0}),
    (_en(r"against\s+the\s+(?:left\s+|right\s+)?(?:side|hull|bow|stern|gunwale)\s+of\s+(?:my|our|the)\s+(?:boat|kayak|canoe|dinghy|raft|car|van|cab)"), "dist", {"m": 1.0}),
    (_en(r"inside\s+(?:my|your)\s+(?:left\s+|right\s+)?(?:headphone\s+)?(?:earcup|ear\s+cup|earphone|earbud|headphones?|helmet)"), "dist", {"m": 0.05}),
    (_en(r"(?:(?:in|from|at)\s+)?the\s+next\s+(?:shack|hut|cabin|tent|caravan|van|boat|plot|house|flat|pitch|crane)\s+(?:over|along|down|up)(?![a-z])"), "dist", {"m": 25.0}),
    (_en(r"back\s+at\s+the\s+(?:trailhead|car\s+park|carpark|camp|base\s+camp|base|village|station|portal|depot|harbour|harbor|jetty|farm|hut|lodge)(?![a-z])"), "dist", {"m": 300.0}),
    (r"팔꿈치\s*(?:가\s*)?닿(?:을|는)\s*(?:거리|곳|데)", "dist", {"m": 0.5, "near": True}),
    (r"귓속(?:에|으로)\s*(?:바로\s*)?(?:꽂혀|꽂히|들려|울려)", "dist", {"m": 0.03, "near": True}),
    (r"건너편\s*(?:부두|항구|선착장|조선소|공장|아파트|산|마을|강변)", "dist", {"m": 500.0}),
    (r"(?<![가-힣])저쪽\s*끝(?:에서|에|의)?", "dist", {"m": 60.0}),
    (r"시내\s*쪽(?:에서|에)", "dist", {"m": 1000.0}),
    (_en(r"(?:far|other)\s+side\s+of\s+the\s+(?:bay|harbour|harbor|lake|loch|estuary|sound|inlet)(?![a-z])|(?:way|far)\s+out\s+beyond\s+the\s+[a-z]+"), "dist", {"m": 700.0}),
    (_ROUND_THE_NECK, "dist", {"m": 0.25, "near": True}),
    # (round 42, dev set 12fj) across an apron or a runway, the far end of the rows, leaning on the machine that makes the
    # sound, way down a carousel; 기대 서 있던 건조기, an earpiece worn in the ear
    (_en(r"across\s+the\s+(?:apron|runway|airfield|tarmac|taxiway|docks?|marina|lagoon|paddock|vineyard|fields)(?![a-z])"), "dist", {"m": 150.0}),
    (_en(r"(?:far|other)\s+end\s+of\s+the\s+(?:rows|vines|vineyard|orchard|greenhouse|polytunnel|allotments?|runway|apron)(?![a-z])"), "dist", {"m": 150.0}),
    (_en(r"(?:i'?m|i\s+am|i\s+was|we'?re)\s+(?:leaning|sitting|perched|resting)\s+(?:on|against)\s+(?:the|this|that)\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+it(?:'s|\s+is|\s+was)?(?![a-z])"), "dist", {"m": 0.5, "near": True}),
    (_en(r"(?:way|right|far)\s+(?:down|along)\s+(?:at\s+)?the\s+(?:far\s+|other\s+)?end\s+of\s+the\s+(?:carousel|belt|conveyor|hangar|warehouse|shed|terminal|concourse|barn)(?![a-z])"), "dist", {"m": 30.0}),
    (r"(?<![가-힣])(?:(?:바지|재킷|코트|외투|조끼|가슴|셔츠|작업복|점퍼|앞|뒷|안)\s*주머니\s*(?:속|안)?|주머니\s*(?:속|안))(?:에서|에|의)?(?=\s)", "dist", {"m": 0.4, "body": True}),  # a pocket on the body, as in English
    (r"(?:기대\s*(?:서|앉아)\s*있(?:던|는)|기대고\s*있(?:던|는))\s*(?:[가-힣]+\s+)?(?:건조기|세탁기|기계|냉장고|자판기)", "dist", {"m": 0.5, "near": True}),
    (r"(?:이어피스|이어폰|인이어)(?:를|을)?\s*(?:귀에\s*)?(?:꽂고|끼고|꽂은|낀)", "dist", {"m": 0.05, "near": True}),
    # (round 42, dev set 12fm) the far treeline, across a pit or a gorge, the opposite end of a ballroom; Korean: 거의 붙어,
    # 딱 붙은, 팔 뻗으면 닿을 거리, a quarry across the way
    (_en(r"(?:the\s+)?far\s+(?:treeline|tree\s+line|tree-line|hedgerow|shore|bank|ridge)(?![a-z])"), "dist", {"m": 200.0}),
    (_en(r"across\s+the\s+(?:pit|quarry|gorge|ravine|canyon|gully|crater)(?![a-z])"), "dist", {"m": 300.0}),
    (_en(r"(?:opposite|other|far)\s+end\s+of\s+the\s+(?:ballroom|dance\s+floor|studio|gym|hall|room|church|barn|pool|auditorium|theatre|theater|court|rink|nave|aisle|chapel|cathedral)(?![a-z])"), "dist", {"m": 25.0}),
    # (round 49, dev set 12ha) the whole width or length of a big place away, aisles over, within reach, beyond a yard,
    # the next mountain
    (_en(r"(?:the\s+)?(?:whole|full|entire)\s+(?:width|length)\s+of\s+(?:the|this|that)\s+(?:[a-z]+\s+)?(?:garage|car\s+park|parking\s+lot|level|warehouse|hangar|hall|shed|barn|building|gym|field|pitch|terminal|concourse|platform|station|church|nave)\s+(?:away|from\s+(?:me|us|where\s+i))"
         r"|right\s+across\s+the\s+(?:garage|car\s+park|parking\s+lot|warehouse|hangar|shed|terminal|concourse)(?![a-z])"), "dist", {"m": 40.0}),
    (_en(r"(?:one|two|three|four|a\s+couple\s+of|a\s+few|\d)\s+aisles?\s+(?:over|down|across|away|along)(?![a-z])"), "dist", {"m": 6.0}),
    # (round 50, dev set 12he) rows of a field over, seats away, against the back, a stall right next door, far beyond
    (_en(r"(?:one|two|three|four|a\s+couple\s+of|a\s+few|\d)\s+rows?\s+(?:over|across|away)(?![a-z])"), "dist", {"m": 6.0}),
    (_en(r"(?:two|three|four|a\s+couple\s+of|a\s+few|[2-4])\s+seats?\s+(?:behind|in\s+front|away|down|over|along)(?![a-z])"), "dist", {"m": 3.0}),
    (r"(?:두어|한두|두|세|몇)\s*(?:고랑|이랑|두둑)\s*(?:건너|너머|옆|떨어)", "dist", {"m": 6.0}),
    (r"(?<![가-힣])등에\s*(?:바짝\s*|딱\s*)?대고", "dist", {"m": 0.3, "near": True}),
    (r"바로\s*옆\s*(?:포차|가게|부스|텐트|집|테이블|공터|매대|노점|천막|가판대)", "dist", {"m": 3.0}),
    (r"한참\s*(?:너머|건너|떨어진|떨어져)", "dist", {"m": 300.0}),
    (_en(r"(?:(?:at|from|to)\s+the\s+)?(?:far|other|opposite|top|bottom)\s+end\s+of\s+the\s+(?:village|town|promenade|prom|harbour|harbor|pier|fairway|course)(?![a-z])"), "dist", {"m": 300.0}),
    (_en(r"(?:on|from|at)\s+the\s+next\s+(?:course|field|farm|paddock|block|estate|vineyard|fairway|hole|village)\s+over(?![a-z])|(?:at|on|from)\s+the\s+neighbou?r'?s\s+(?:block|farm|field|paddock|property|vineyard|orchard|station)(?![a-z])"), "dist", {"m": 300.0}),
    (_en(r"(?:i|you|we)\s+could\s+(?:almost\s+|nearly\s+|practically\s+)?(?:touch|reach)\s+(?:it|them|him|her)(?![a-z])|glued\s+to\s+my\s+(?:chair|seat|desk|side|elbow|shoulder)"), "dist", {"m": 0.5, "near": True}),
    (_en(r"(?:out\s+)?beyond\s+the\s+(?:loading\s+dock|loading\s+bay|car\s+park|yard|depot|goods\s+yard|sidings|compound|perimeter\s+fence)(?![a-z])"), "dist", {"m": 80.0}),
    (_en(r"(?:on|from)\s+the\s+next\s+(?:mountain|peak|ridge|summit|range)(?![a-z])"), "dist", {"m": 1500.0}),
    (r"문\s*(?:두|세|네|2|3|4)\s*개\s*(?:건너|너머|지나)", "dist", {"m": 8.0}),  # "옆 연습실(문 두 개 건너)" (round 49)
    (r"(?:저\s*)?안쪽\s*깊은\s*(?:데|곳)", "dist", {"m": 50.0}),  # "동굴 저 안쪽 깊은 데서" (round 49)
    (r"(?:거의|딱|바짝|바싹)\s*(?:붙어|붙은|붙어서|붙어\s*있)", "dist", {"m": 0.5, "near": True}),
    (r"팔\s*(?:을\s*)?(?:쭉\s*)?뻗으면\s*닿을\s*(?:거리|곳|데)", "dist", {"m": 0.8, "near": True}),
    (r"(?<!길\s)(?<!길)건너편\s*(?:채석장|광산|항만|산등성이)", "dist", {"m": 500.0}),
    # (round 42, dev set 12fp) across the mudflats, the far side of a gully, two plots down; Korean: a bee inside the veil,
    # 소곤소곤, plots across (서너 칸 건너), the end of the breakwater, a mountain temple far off
    (_en(r"across\s+the\s+(?:mudflats|mud\s+flats|marsh|marshes|estuary|sands|saltmarsh|salt\s+marsh|moor|heath|bog)(?![a-z])"), "dist", {"m": 200.0}),
    (_en(r"(?:far|other|opposite)\s+side\s+of\s+the\s+(?:gully|ravine|gorge|quarry|pit|river|stream|burn|beck|field|paddock|meadow)(?![a-z])"), "dist", {"m": 100.0}),
    # (round 54, dev set 12ht) aircraft stands and gates are far apart: "maybe three stands down", "세 스팟쯤 떨어진"
    (_en(r"(?:\d+|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+(?:stands|gates)\s+(?:down|up|along|over|away)(?![a-z])"), "dist", {"m": 150.0}),
    (r"(?:두|세|네|다섯|몇|\d+)\s*(?:스팟|스탠드|게이트|주기장)\s*(?:쯤\s*|정도\s*)?(?:떨어진|떨어져|건너|옆)", "dist", {"m": 150.0}),
    (_en(_PLOTS_DOWN_EN + r"(?:down|up|along|over|away)(?![a-z])"), "dist", {"m": 20.0}),
    (r"(?:면포|베일|방충망\s*모자|모기장)\s*(?:안|속)(?:으로|에|에서)?", "dist", {"m": 0.1, "near": True}),
    (r"소곤소곤|소곤거|소곤대", "dist", {"m": 0.4, "near": True}),
    (r"(?:[두세네]|서너|두세|몇|한두)\s*칸\s*(?:건너|떨어진|옆)", "dist", {"m": 20.0}),
    (r"방파제\s*(?:맨\s*)?끝", "dist", {"m": 300.0}),
    (r"(?:저\s*)?멀리\s*(?:있는\s*)?(?:산사|산속\s*절|암자)|(?<![가-힣])산사(?:에서|의)", "dist", {"m": 700.0}),
    # (round 42, dev set 12fs) the bottom of the grounds; 엎어지면 코 닿을 데 (a few steps)
    (_en(r"(?:at|to|down\s+at|right\s+at)\s+the\s+bottom\s+of\s+the\s+(?:grounds|school\s+grounds|field|playing\s+field|orchard|lane)(?![a-z])"), "dist", {"m": 80.0}),
    (r"엎어지면\s*코\s*닿을\s*(?:데|곳|거리)", "dist", {"m": 5.0}),
    # (round 46, dev sets 12gj/12gk/12gm) way down the lake, way off through the woods, across the forecourt, a whole
    # ballpark away; Korean: a block away said with a particle (한 블록은 떨어진)
    (_en(r"(?:way|far|right)\s+(?:down|up|out|across|along)\s+(?:the|that)\s+(?:lake|loch|valley|beach|bay|shore|river|fjord|reservoir|estuary|sound)(?![a-z])"), "dist", {"m": 300.0}),
    (_en(r"(?:way|far|well)\s+off\s+(?:through|in|beyond|past)\s+the\s+(?:[a-z]+\s+)?(?:woods|trees|bush|forest|timber|scrub|pines)(?![a-z])"), "dist", {"m": 250.0}),
    (_en(r"(?:across|over)\s+the\s+(?:forecourt|car\s+park|carpark|parking\s+lot|yard|courtyard|square|playground|schoolyard|quad)(?![a-z])"), "dist", {"m": 20.0}),
    (_en(r"(?:a|one|half\s+a)\s+(?:whole\s+)?(?:ballpark|stadium|football\s+(?:pitch|field)|soccer\s+(?:pitch|field)|rugby\s+pitch|pitch)(?:'s\s+length)?\s+(?:away|off)(?![a-z])"), "dist", {"m": 120.0}),
    (r"(?:한|두|세|몇)\s*(?:블록|블럭)\s*(?:은|는|이|쯤|정도)\s*(?:떨어|거리|건너|너머)", "dist", {"m": 200.0}),
    # (round 51, dev set 12hl) in the headphones ("straight into my cans", "헤드폰으로 훅 들어오면"): at the ears; just over the
    # fence or hedge (a neighbour's yard); the campsite or house two along (옆옆); the far end of a market; on the belt
    (_en(r"(?:in|into|through)\s+(?:my|your|his|her|the)\s+(?:cans|headphones|earphones|earbuds|headset)(?![a-z])"), "dist", {"m": 0.05}),
    (r"(?:헤드폰|이어폰|헤드셋|인이어)\s*(?:으로|로)\s*(?:[가-힣]+\s+){0,2}?(?:훅\s*|확\s*|바로\s*)?들어(?:와|오|옴|온)", "dist", {"m": 0.05}),
    (_en(r"(?:just|right)\s+over\s+the\s+(?:fence|hedge|garden\s+wall|wall)(?![a-z])"), "dist", {"m": 8.0}),
    (r"(?<![가-힣])옆옆\s*(?:집|사이트|자리|텐트|방|호|칸|동)", "dist", {"m": 15.0}),
    (_en(r"(?:far|other)\s+end\s+of\s+the\s+(?:market|fairground|fair|car\s+boot|bazaar|souk|high\s+street|arcade|food\s+court)(?![a-z])"), "dist", {"m": 60.0}),
    (r"(?:시장|장터|야시장|꽃시장|먹자골목)\s*(?:맨\s*|저\s*)?(?:끝|반대편|건너편)", "dist", {"m": 60.0}),
    (r"허리(?:에|춤에)\s*(?:찬|차고\s*있는|단|달린|걸린)", "dist", {"m": 0.4}),
]

_ECHO_TRAVELS_EN = r"(?:bounces?|bounced|bouncing|echo(?:es|ed|ing)?|rings?|rang|ringing|carries|carried|carrying|travels?|travelled|traveled|travelling|traveling|booms?|boomed|booming)\s+(?:back\s+)?(?:right\s+|all\s+the\s+way\s+)?(?:up|down)\s+(?:the\s+(?:stairs|staircase|stairwell|corridor|hall|hallway|shaft|well|tunnel|adit|mine|passage|gallery)|it(?![a-z]))"
""""It bounces all the way up the stairs": the echo travels, the sound stays where it is (no height, no move)."""
_ON_MY_WAY_KO = (
    r"(?:올라|내려)(?:오|가)는\s*길(?:에|이었는데|인데|이라)"
    r"|(?:리프트|곤돌라|케이블카|엘리베이터|에스컬레이터|스키\s*리프트)\s*(?:를|을)?\s*타고\s*(?:올라|내려)(?:가|오)(?:는데|다가|면서|는\s*중)"
    r"|(?:계단|언덕|비탈길?|산길|오르막길?|내리막길?)\s*(?:을|를)?\s*(?:계속\s*|막\s*|천천히\s*|헉헉\s*)?(?:올라|내려)가는데(?=\s*(?:어디선가|어디서|누가|갑자기|웬))"
)
"""'산에서 내려오는 길에', '계단을 계속 올라가는데 어디선가 ...': on the listener's way up or down (no height, no move)."""
_CRASH_KO = r"(?:(?:와르르|쨍그랑|우당탕|와장창|쾅)\s*떨어|떨어(?:져|지며|지면서|졌는데|지더니)\s*(?:[가-힣]+\s+)?(?:깨지|깨졌|깨진|깨져|박살|산산))"
"""Falls with a crash or a break: "와르르 떨어졌어", "떨어져 산산이 깨진다"."""
_DROPPED_KO = r"(?:식판|접시|컵|숟가락|젓가락|그릇|책|휴대폰|핸드폰|폰|동전|열쇠|쟁반|냄비|병|유리잔|잔|상자|박스|공구|망치|펜|볼펜|가방|수저|프라이팬)(?:이|가|을|를|들이)?\s*(?:[가-힣]+\s+){0,2}?" + _CRASH_KO
"""A dropped thing that crashes or breaks ("식판 와르르 떨어졌어요", "접시가 바닥에 떨어져 산산이 깨진다"): heard where it lands,
with no fall and no floor height (a plain "컵이 바닥으로 떨어져" still falls)."""
_DOWN_FOR_A_NAP_EN = r"down\s+for\s+(?:a|her|his|the|their)\s+(?:nap|sleep|night)"
"""Asleep, not below and not falling: "baby's finally down for her nap"."""
_MY_TURN_KO = r"우회전|좌회전|유턴"
"""The listener's (or a car's) turn at a junction: no side, no move."""

_TRAVEL_WORDS = (
    "drive drives drove driving ride rides rode riding cycle cycles cycled cycling walk walks walked walking run runs ran "
    "running roll rolls rolled rolling move moves moved moving go goes went going travel travels travelled traveled "
    "travelling traveling pass passes passed passing race races raced racing speed speeds sped zoom zooms zoomed zooming "
    "rumble rumbles rumbled rumbling trundle trundles trundled trundling march marches marched marching crawl crawls "
    "crawled crawling fly flies flew flying sweep sweeps swept sweeping pan pans panned panning slide slides slid sliding "
    "glide glides glided gliding drift drifts drifted drifting chug chugs chugged chugging creep creeps crept creeping "
    "slowly quickly steadily gradually"
).split()
_NOT_AFTER_TRAVEL = not_after(_TRAVEL_WORDS)
""""All along the street from left to right" is a width unless something drives, rolls or walks it ("a car drives all
along the street from left to right" passes): one fixed-width look-behind per travel word."""

_SIDE_TO_SIDE_EN = (
    r"(?:(?:stretch(?:es|ing|ed)?|spread(?:s|ing)?(?:\s+out)?|extend(?:s|ing|ed)?|strung\s+out|lined\s+up|laid\s+out|"
    + _NOT_AFTER_TRAVEL
    + r"all\s+along)"
    r"\s+(?:[a-z']+\s+){0,2}?from\s+|(?<![a-z])from\s+(?=(?:the\s+|my\s+|our\s+)?(?:far\s+)?(?:left|right)\s+(?:end|edge)))"
    r"(?:the\s+|my\s+|our\s+|your\s+)?(?:far\s+)?(?:left|right)(?:\s+(?:end|side|edge))?\s+(?:(?:all\s+the\s+way|right)\s+)?(?:over\s+|across\s+|round\s+)?"
    r"to\s+(?:the\s+|my\s+|our\s+|your\s+)?(?:far\s+)?(?:right|left)(?:\s+(?:end|side|edge))?(?![a-z])"
    r"|(?<![a-z])(?:left|right)\s+end\s+to\s+(?:right|left)\s+end(?![a-z])"
    # (round 57) "the surf roars along the whole beach ahead of me, from the pier on the left to the rocks on the right",
    # "frogs along the whole length of the creek in front of us, from the left bank all the way over to the right": a
    # whole span in front, told by its ends (a front said before the ends is the default anyway)
    r"|(?<![a-z])(?:whole|entire|full)\s+(?:(?!behind|left|right|front|ahead|back)[a-z'-]+\s+){1,5}?(?:(?:in\s+front\s+of|ahead\s+of)\s+(?:me|us)\s*)?,\s+"
    r"from\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?(?:on\s+(?:the|my|our)\s+)?(?:left|right)(?:\s+(?:bank|side|end|edge))?\s+(?:all\s+the\s+way\s+)?(?:over\s+|across\s+)?"
    r"to\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?(?:on\s+(?:the|my|our)\s+)?(?:right|left)(?:\s+(?:bank|side|end|edge))?(?![a-z])"
)
"""A sound that spans from one side to the other ("the surf stretching from my left all the way over to my right", "left
end to right end"): a width across the front, neither two places nor a pass. ("Running", "across" and "along" are left
out: footsteps run and a marble rolls across from one side to the other.)"""
_SIDE_TO_SIDE_KO = (
    r"(?:왼쪽|오른쪽|왼편|오른편)(?:\s*끝)?(?:에서)?부터\s*(?:오른쪽|왼쪽|오른편|왼편)(?:\s*끝)?까지"
    r"(?=\s*(?:[가-힣]+\s+){0,3}?(?:쭉|쫙|죽|길게|넓게)?\s*(?:깔려|깔린|깔리|펼쳐|이어져|이어진|늘어서|늘어선|퍼져|퍼진|걸쳐|울려\s*퍼|가득|꽉))"
)

_BOUNCES_OFF_EN = (
    r"(?:(?:bounc(?:es|ed|ing|e)|ricochet(?:s|ed|ing)?|reflect(?:s|ed|ing)?|boom(?:s|ed|ing)?|bang(?:s|ed|ing)?|crash(?:es|ed|ing)?|clatter(?:s|ed|ing)?|"
    r"echo(?:es|ed|ing)?|ring(?:s|ing)?|rang|rattl(?:es|ed|ing|e))\s+(?:straight\s+|right\s+)?(?:back\s+)?|(?:comes?|came|coming)\s+(?:straight\s+|right\s+)?back\s+)"
    r"(?:off|around|round|all\s+over|all\s+round|all\s+around)"
    r"\s+(?:everything|every\s+[a-z]+|(?:all\s+)?(?:the|that|those)\s+(?:[a-z]+\s+)?(?:walls?|roof|ceiling|tiles|rafters|floor|glass|metal|steel|concrete|stone|panels?|hull|sides)|the\s+walls?)(?![a-z])"
)

_END_TO_END_EN = (
    r"(?:(?:stretch(?:es|ed|ing)?|spans?|spanning|spanned|extends?|extending|extended|reach(?:es|ing|ed)?)\s+(?:right\s+|all\s+the\s+way\s+)?"
    r"|(?:roar|applause|clapping|cheering|cheers|noise|hum|hiss|rumble|surf|waves|crowd|traffic|chorus|rain|wind|din|racket)\s+(?:goes|runs|rolls|carries|went|ran|rolled)\s+)"
    r"from\s+one\s+(?:end|side|corner|edge)\s+(?:of\s+(?:it|them|the\s+[a-z' -]{1,30}?)\s+)?to\s+the\s+other"
)
"""A sound that spans from one end to the other ("the roar goes from one end of it to the other", "the applause runs from
one corner of the hall to the other", "stretching from one side of the view to the other"): a width, not a pass (footsteps
that go from one end to the other still pass)."""

SPREADS: list[Entry] = [
    (r"(?<![가-힣])[가-힣]+들이\s*(?:쭉\s*|죽\s*)?(?:줄지어|줄줄이|일렬로)", "spread", {"deg": 90.0, "many": True}),  # "덤프트럭들이 쭉 줄지어 서서" (round 47)
    (_en(r"(?:a|one)\s+(?:long\s+)?row\s+of\s+(?:about\s+|some\s+|maybe\s+)?(?:\d+|a\s+dozen|dozens|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty)(?:[- ][a-z]+)?)\s+(?:[a-z]+\s+)?[a-z]+s(?![a-z])"
         r"|strung\s+(?:out\s+)?along|(?:runs?|running|ran)\s+the\s+(?:full|whole|entire)\s+length\s+of"), "spread", {"deg": 100.0}),
    (_en(r"(?:one\s+|a\s+)?(?:long\s+|solid\s+|proper\s+|great\s+)?wall\s+of\s+(?:noise|sound|cheering|applause|squeaks|chatter|voices|snoring)"
         r"|spread\s+(?:right\s+)?(?:across|out)\s+from\s+one\s+(?:wall|side|end|edge)\s+to\s+the\s+other"
         r"|(?:from|across)\s+the\s+whole\s+(?:floor|touchline|sideline|stand|terrace)\s+(?:in\s+front\s+of|behind|beside)\s+(?:me|us)"
         r"|(?:the\s+)?(?:whole|entire)\s+(?:opposite|far|other)\s+(?:slope|hillside|bank|shore|side\s+of\s+the\s+valley)"), "spread", {"deg": 120.0}),  # (round 47)
    # one side's stage, stand, wall or section filled: "앞쪽 무대 전체에서 현악 앙상블이", "오른쪽 벽면 전체에서", "오른쪽 구역 전체에"
    (r"(?<![가-힣])(?:(?:앞쪽|뒤쪽|왼쪽|오른쪽|앞)\s*(?:무대|객석|관중석|스탠드)|(?:앞쪽|뒤쪽|왼쪽|오른쪽|왼편|오른편)\s*(?:벽면|벽|구역|줄|편\s*벽))"
     r"\s*(?:전체|전부)(?:에서|에|가|를|로)?", "spread", {"deg": 120.0}),
    (r"(?:레인|라인|줄|칸|부스)\s*(?:스무|서른|마흔|열|수십|\d+)\s*개(?:에서|가|에|를)?", "spread", {"deg": 120.0, "many": True}),  # "레인 스무 개에서 ... 한꺼번에"
    (_en(r"(?:across|over|on)\s+the\s+(?:whole|entire)\s+(?:[a-z]+\s+)?(?:roof|ceiling|canopy)(?![a-z])"), "spread", {"deg": 150.0}),  # "hail drumming across the whole tin roof" (writers: 150-360)
    # (round 47, dev sets 12gp-12gs) a room or place filled all round the listener, "from every which way", "wrap the crowd
    # all the way round the listener" (a width, not a circle: :data:`_WRAP_ROUND_EN` is no motion), 빙 둘러서 들려,
    # 예배당 전체가 꽉 차, a whole valley or vineyard filled
    (_en(r"fill(?:s|ed|ing)?\s+(?:up\s+)?the\s+(?:whole|entire)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:a)?round\s+(?:me|us|you)|(?:from|in)\s+every\s+which\s+way"), "spread", {"deg": AROUND_DEG}),
    (_en(_WRAP_ROUND_EN), "spread", {"deg": AROUND_DEG}),
    (_en(r"fill(?:s|ed|ing)?\s+(?:up\s+)?the\s+(?:whole|entire)\s+(?:valley|vineyard|orchard|hillside|glen|gorge|canyon|basin|bowl)"), "spread", {"deg": 240.0}),
    (r"(?<![가-힣])빙\s*(?:둘러서|둘러|돌아가며)\s*(?:[가-힣]+\s+)?(?:들려|들리|울려|울리|나|퍼져)", "spread", {"deg": AROUND_DEG}),
    (r"(?<![가-힣])(?:예배당|성당|교회|강당|체육관|공연장|홀|포도밭|과수원|밭|논|들판|계곡|골짜기)\s*전체(?:가|를)\s*(?:꽉\s*|가득\s*)?(?:차|채|웅|울려|울리|쩌렁|진동|들썩)", "spread", {"deg": 240.0}),
    (_en(_SIDE_TO_SIDE_EN), "spread", {"deg": 180.0}),
    (_SIDE_TO_SIDE_KO, "spread", {"deg": 180.0}),
    # "across the whole front", "앞쪽 전체에 걸쳐서": one side of the listener filled (writers: 90-200)
    (_en(r"(?:across|over|along|down|up)\s+(?:the|our|my|your)\s+(?:whole|entire)\s+(?:front|back|left|right)(?:\s+side)?(?![a-z])"
         r"|(?:take|takes|took|taking|fill|fills|filled|filling)\s+up\s+the\s+(?:whole|entire)\s+(?:front|back|left|right)(?:\s+side)?(?![a-z])"
         r"|in\s+(?:a|one)\s+(?:long\s+)?line\s+(?:right\s+|all\s+the\s+way\s+)?across\s+the(?![a-z])"), "spread", {"deg": 120.0}),
    (r"옆으로\s*(?:(?:쭉|길게|넓게)\s*){1,2}(?:[가-힣]+\s*)?(?:깔려|펼쳐|이어져|퍼져|늘어져)|벽처럼\s*(?:쭉\s*|쫙\s*)?(?:깔려|막혀|서\s*있)", "spread", {"deg": 120.0}),  # (round 53) "차 소리가 옆으로 길게 벽처럼 깔려"
    (r"(?:앞쪽|뒤쪽|왼쪽|오른쪽|왼편|오른편|앞|뒤)\s*(?:전체|전부)(?:에|에서|를|로)?\s*(?:[가-힣~]+\s+){0,3}?(?:걸쳐|가득|꽉|넓게|깔려|깔린|퍼져)"
     r"|(?<![가-힣])(?:앞쪽|뒤쪽|왼쪽|오른쪽|왼편|오른편)\s*(?:전체|전부)(?:가|에서|를)"
     r"|(?<![가-힣])(?:앞쪽|뒤쪽|왼쪽|오른쪽|왼편|오른편|앞|뒤)(?:을|를)?\s*(?:통째로|온통|전부\s*다)\s*(?:덮|채우|채워|메우|메워)", "spread", {"deg": 120.0}),
    (r"(?:머리\s*위|천장|지붕)\s*(?:전체|전부|온통)(?:에서|에|가|를)?(?![가-힣])", "spread", {"deg": 150.0}),
    # (round 55, dev set 12hy) the whole forest or town under rain, a stadium that shakes: all round
    (r"(?<![가-힣])(?:숲|산|동네|온\s*동네|마을|캠핑장|들판)\s*(?:전체|전부|온통)(?:에|를|가|에서)?\s*(?:[가-힣]+\s*){0,2}?(?:깔려|깔리|덮|울려|쏟아)|(?:경기장|체육관|운동장|공연장)(?:이|을)?\s*떠나갈\s*(?:듯|것\s*같)", "spread", {"deg": AROUND_DEG}),
    (_en(r"easy\s+to\s+pin\s*(?:down|point)|(?:one|a)\s+(?:thin|single|tiny)\s+(?:little\s+)?(?:chirp|beep|peep|note|tick|ping|ding|click|chime|tinkle)(?![a-z])"), "spread", {"deg": 5.0}),
    (r"(?:작은|조그만|조그마한)\s*(?:손종|종|방울|핸드벨|벨|탁상시계|알람시계)", "spread", {"deg": 5.0}),  # (round 46) "머리 위 전체에서 후두둑"
    (_en(r"(?:from|in|on)\s+every\s+(?:stand|side|terrace|corner|direction|tier)\s+(?:a)?round\s+(?:us|me|you)(?![a-z])"), "spread", {"deg": AROUND_DEG}),
    (_en(r"pin[- ]?point(?:ed)?|point[- ](?:like|source)|a\s+(?:single|tiny)\s+point|single\s+point|narrow(?:ly)?|tight(?:ly)?\s+(?:focused|focussed)|tight|focused|focussed|mono(?!tone)|laser[- ]like|precise(?:ly)?\s+(?:placed|located)|very\s+small\s+source|compact"
         r"|(?:one|a\s+single)\s+(?:little\s+|tiny\s+|small\s+)?(?:spot|point|place)\s+(?:on|in|at|to|behind|above|below|where)"
         r"|(?:from|in|at)\s+(?:one|a\s+single)\s+(?:little\s+|tiny\s+|small\s+)?(?:spot|point)(?=\s*[,.;!?]|\s*$)"), "spread", {"deg": 5.0}),
    (_en(r"(?:fairly|somewhat|a\s+bit|a\s+little|slightly|moderately)\s+(?:wide|broad|spread)|medium\s+width"), "spread", {"deg": 35.0}),
    # "one cricket somewhere", "귀뚜라미 한 마리": a single small source is a point, whatever a field of them would be
    (_en(r"(?<!from\s)(?<!except\s)(?<!besides\s)(?<!but\s)(?:just\s+|only\s+)?(?:one|a\s+single|a\s+lone|a\s+solitary)\s+(?:little\s+|tiny\s+|small\s+|field\s+|house\s+|tree\s+|bush\s+)?(?:cricket|mosquito|fly|bee|wasp|bird|frog|cicada|owl|crow|gull|seagull|grasshopper|songbird|sparrow|kid|child|boy|girl)(?![a-z])"), "spread", {"deg": 5.0}),
    (r"(?<![가-힣])한\s*마리", "spread", {"deg": 5.0}),
    # "rain drumming across the whole windshield", "앞 유리창 전체에", "눈앞 가득", "동네 전체에"
    (_en(r"(?:across|over|on)\s+the\s+(?:whole|entire)\s+(?:[a-z]+\s+)?(?:windshield|windscreen|window|roof|ceiling|wall|sheet|tarp|canopy|awning|tent)"), "spread", {"deg": 90.0}),
    (_en(r"wall[- ]to[- ]wall|(?:from\s+)?one\s+end\s+of\s+the\s+(?:room|hall|studio|gym)\s+to\s+the\s+other"), "spread", {"deg": 120.0}),
    (_en(_END_TO_END_EN), "spread", {"deg": 120.0}),
    # "all along the left edge of the field": one side filled
    (_en(r"all\s+along\s+the\s+(?:left|right|front|back|far)\s+(?:edge|side|end|wall|bank|shore)"), "spread", {"deg": 120.0}),
    # (round 40) "filled every corner of the abbey", "all along the pens on my right", "fills that whole side of the gorge",
    # "the whole stretch ahead", "여기저기서 망치질 소리"
    (_en(r"(?:fill(?:s|ed|ing)?|reach(?:es|ed|ing)?|reached)\s+every\s+corner|every\s+corner\s+of\s+the\s+(?:[a-z]+\s+)?(?:abbey|church|cathedral|hall|room|house|building|chapel|stadium|arena|gym|barn)"), "spread", {"deg": 270.0}),
    (_en(r"all\s+along\s+the\s+(?:[a-z]+\s+)?(?:pens|fence|hedge|wall|shore|bank|touchline|sideline|track|road|street|platform|beach|quay|harbour|harbor|terrace|stands?|barrier|row|line|pier|jetty|promenade|seafront)(?![a-z])"), "spread", {"deg": 120.0}),
    (_en(r"(?:fills?|filled|filling|takes?\s+up|took\s+up)\s+(?:that|the|this)\s+whole\s+side|the\s+whole\s+(?:stretch|length)\s+(?:ahead|in\s+front|behind|of\s+(?:the\s+)?(?:canal|river|road|street|shore|bank))"), "spread", {"deg": 120.0}),
    (r"(?<![가-힣])여기저기(?:서|에서|로)", "spread", {"deg": 120.0, "many": True}),
    # (round 45, dev set 12ge/12gf) a sheet of sound from one side to the other, left edge to right edge, filling
    # everything in front, the whole horizon, a row of vehicles nose to tail, a hillside or meadow full of insects,
    # 로비를 꽉 채우고
    (_en(r"(?:sheet|wall|band|curtain|blanket|carpet|smear|wash)\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+from\s+one\s+(?:side|end|edge)\s+to\s+the\s+other|" + _EDGE_TO_EDGE_EN), "spread", {"deg": 150.0}),
    (_en(r"fill(?:s|ed|ing)?\s+everything\s+(?:in\s+front(?:\s+of\s+(?:me|us))?|ahead)|(?:along|across)\s+the\s+(?:whole|entire)\s+horizon|nose\s+to\s+tail"), "spread", {"deg": 120.0}),
    (_en(r"(?:the\s+)?(?:whole|entire)\s+(?:hillside|mountainside|valley|meadow|slope|forest|wood|woods|marsh|reedbed)|(?:meadow|field|hillside|marsh|pond|wood|woods|forest|valley|reedbed)(?:'s|\s+is|\s+was)\s+(?:absolutely\s+|just\s+|completely\s+|totally\s+)?(?:full\s+of|alive\s+with|thick\s+with|teeming\s+with|ringing\s+with)"), "spread", {"deg": 240.0, "many": True}),
    (r"(?<![가-힣])(?:로비|홀|강당|광장|마당|식당|대합실|체육관|예식장|운동장)(?:을|를)\s*(?:꽉|가득|꽉꽉)\s*채(?:웠|워|우|운)", "spread", {"deg": 240.0}),
    # (round 40) "sweepers yelling the whole length of the rink on my left", "스피커가 무대 양 끝까지 쫙 깔려": from end to end
    # (round 57, dev set 12if) "the crowd noise stretched the full width of the beach", "frogs along the whole length of the
    # creek", "from one end of the skyline to the other": a whole span in view (writers: 90-200)
    (_en(r"(?:the\s+)?(?:whole|entire|full)\s+(?:length|width|breadth|stretch)\s+of\s+(?:the|a|this|that|our|my)\s+(?:[a-z]+\s+)?(?:beach|creek|river|stream|brook|canal|shore|shoreline|bay|skyline|valley|ridge|horizon|coast|coastline|lake|lagoon|cliff|cliffs|bank)(?![a-z])"
         r"|from\s+one\s+end\s+of\s+(?:the|a|this|that)\s+(?:[a-z]+\s+)?[a-z]+\s+to\s+the\s+other(?![a-z])|along\s+the\s+(?:whole|entire)\s+(?:beach|shore|shoreline|coast|bay|creek|river|bank)(?![a-z])"), "spread", {"deg": 120.0}),
    (_en(r"(?:the\s+)?(?:whole|entire|full)\s+length\s+of\s+(?:the|a|this|that|our|my)\s+(?:[a-z]+\s+)?(?:rink|ice|hall|room|stage|pitch|field|beach|platform|corridor|train|street|road|pool|barn|shed|ward|nave|church|bar|deck|pier|quay|wall|fence|row|stand|stands|terrace|gym|arena|court|track|shore|harbour|harbor|front)(?![a-z])"), "spread", {"deg": 100.0}),
    (r"(?:무대|벽|객석|스테이지|해변|강변|운동장)\s*(?:양\s*끝|양쪽\s*끝|끝에서\s*끝)(?:까지|으로)?\s*(?:[가-힣]+\s+){0,2}?(?:쫙|죽|쭉|빼곡히|가득)?\s*(?:깔려|깔린|늘어서|퍼져|채우)", "spread", {"deg": 120.0}),
    # "it's wrapped right round us", "the crowd wraps all the way around me"
    (_en(r"wrap(?:s|ped|ping)?\s+(?:itself\s+)?(?:right\s+|all\s+the\s+way\s+)?(?:a)?round\s+(?:us|me|you|the\s+listener)(?![a-z])"), "spread", {"deg": AROUND_DEG}),
    (r"(?:유리창|창문|앞\s*유리|지붕|천장|벽)\s*(?:전체|전부|가득)|눈앞\s*(?:가득|한가득)", "spread", {"deg": 90.0}),
    # (round 45, dev set 12ge) 양옆으로 길게 깔려, 열 대 넘게 줄지어, 갯벌 전체에서, 캠핑장 전체를 덮어
    (r"양옆으로\s*(?:길게\s*)?(?:쭉\s*|죽\s*)?(?:깔려|깔린|퍼져|펼쳐|늘어)", "spread", {"deg": 150.0}),
    (r"(?:여러|열|수십|십여|몇십|스무|열몇)\s*대\s*(?:넘게\s*|이상\s*|가량\s*)?(?:가\s*|나\s*)?(?:줄지어|줄줄이|일렬로|나란히)", "spread", {"deg": 90.0, "many": True}),
    (r"(?<![가-힣])(?:갯벌|들판|논밭|해변|백사장|숲|초원|벌판|캠핑장|계곡|호숫가|강변)\s*전체(?:에서|가|를|에|로)", "spread", {"deg": 180.0}),
    (r"(?:동네|온\s*동네|마을|도시|시내)\s*(?:전체|전부|가득|곳곳)", "spread", {"deg": 180.0}),
    (r"(?:도로|거리|길|찻길|대로|광장|시장)\s*(?:전체|전부)(?:가|에|를)?\s*(?:[가-힣]+\s+){0,3}?(?:가득|꽉|울려)", "spread", {"deg": 120.0}),  # "도로 전체가 출근길 차 소리로 가득"
    (r"(?<![가-힣])온\s*(?:도시|시내|동네)(?:의|에|에서)?\s*(?:[가-힣]+\s*){0,2}?(?:소리|소음|차|자동차|불빛|개|종)", "spread", {"deg": 180.0}),  # "온 도시 차 소리"
    (_en(r"(?:sea)?(?:gull|bird|penguin|bat|seal|heron|gannet|puffin|ant|bee|termite|rook)s?\s+colon(?:y|ies)|colon(?:y|ies)\s+of\s+[a-z]+"), "spread", {"deg": 120.0, "many": True}),
    (_en(r"(?:thousands|hundreds|dozens|scores)\s+(?:and\s+(?:thousands|hundreds)\s+)?of\s+(?:[a-z]+\s+)?(?:birds|starlings|swallows|swifts|bats|frogs|toads|geese|ducks|gulls|bees|insects|crickets|cicadas|people|voices|fans|kids|children|sheep|cows)|murmurations?"), "spread", {"deg": 150.0, "many": True}),
    (r"(?:수백|수천|수십|수만)\s*마리|수백\s*명|수천\s*명", "spread", {"deg": 150.0, "many": True}),
    (r"(?:통째로\s*)?떼창", "spread", {"deg": 120.0, "many": True}),  # "응원석이 통째로 떼창하는 중"
    # "all sixty singers", "forty kids": a group of tens, spread out (a choir, a class, a band)
    (_en(r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a\s+hundred|[2-9]\d|1\d\d)\s+"
         r"(?:singers|voices|musicians|players|kids|children|pupils|students|people|fans|dancers|drummers|violins|monks|nuns|soldiers|runners|cyclists)"), "spread", {"deg": 90.0, "many": True}),
    # "관중 삼만 명이", "from every tree in the park", "나무마다 매미들이", "성당 안을 꽉 채웠어": all around
    (r"(?<![가-힣])(?:[일이삼사오육칠팔구십]|수|\d+\s*)만\s*명", "spread", {"deg": 240.0, "many": True}),
    (_en(r"(?:from|in)\s+every\s+(?:tree|bush|hedge|branch|corner|window|rooftop|roof|garden|doorway|field)"), "spread", {"deg": 240.0, "many": True}),
    (r"(?:나무|숲|풀숲|덤불|가지|집|창문|골목|논|지붕)마다", "spread", {"deg": 240.0, "many": True}),
    (r"(?:안|속|전체|곳곳)(?:을|를)?\s*(?:꽉|가득|꽉꽉)\s*채(?:웠|워|우|운)", "spread", {"deg": 240.0}),
    # the whole room the listener is in, buzzing ("상담원 이백 명이 동시에 통화하니까 층 전체가 웅성웅성"; round 43)
    (r"(?<![가-힣])(?:층|사무실|매장|공장|작업장|강당|체육관|교실|식당|로비|객실|병동|대합실|시장|콜센터|창고)\s*전체(?:가|에서|에)\s*(?:[가-힣]+\s*)?(?:웅성|웅웅|시끌|떠들|쩌렁|울려|왁자|들썩|와글)", "spread", {"deg": 240.0}),
    (_en(r"wide(?:ly)?|broad(?:ly)?|spread\s+out|spreads?\s+(?:out|wide)|diffuse(?:d|s)?|expansive|big\s+stereo|stereo\s+width|spacious\s+image"), "spread", {"deg": 60.0, "plain": True}),
    (_en(r"(?:very|really|extremely|super|ultra|massively)\s+(?:wide|broad|diffuse)|immersive|fill(?:s|ing|ed)?\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:(?:concert|music|lecture|dance|assembly|church|school|main|great|village|sports|exhibition|reception|banquet|dining|living)\s+)?(?:room|space|hall|nave|church|cathedral|chapel|temple|auditorium|theatre|theater|arena|stadium|house|gym|gymnasium|barn|marquee|warehouse|hangar)|wall\s+of\s+sound|spans?\s+(?:the\s+)?(?:whole|entire)\s+(?:[a-z]+\s+)?(?:cliff|cliff\s+face|valley|bay|beach|shore|horizon|stage|room|hall|field|skyline|front|width)"), "spread", {"deg": 120.0}),
    # on every side of the listener: more than half the circle (every blind writer labels these 180-360)
    (_en(r"(?<!marble\s)(?<!glass\s)(?<!tiles\s)(?<!tile\s)(?<!stone\s)(?<!concrete\s)(?<!mirrors\s)(?<!steel\s)(?<!stuffed\s)(?<!packed\s)(?<!piled\s)(?<!crammed\s)(?<!insulation\s)(?<!foam\s)(?<!padding\s)everywhere|surround(?:s|ing)?\s+(?:you|me|us)|surrounding|envelop(?:s|ing)?|enveloping|from\s+(?:all|every)\s+(?:directions?|sides)|(?:on|from)\s+(?:all|every)\s+sides?|wrap(?:s|ping)?\s+around\s+(?:you|me|us|the\s+listener)|all\s+a?round\s+(?:you|me|us|the\s+\w+|(?:my|your|our)\s+(?:head|heads|ears|face))(?!\s+(?:in\s+a|once|twice))|360[- ]degree|engulf(?:s|ing)?|the\s+(?:whole|entire)\s+(?:stadium|arena|crowd|audience|forest|jungle|field|valley)"), "spread", {"deg": AROUND_DEG}),
    # many sources at once: "the forest is full of birdsong", "hundreds of kids", "운동장 전체에서 애들 수백 명이"
    (_en(r"(?:full|alive|thick|teeming|filled)\s+(?:of|with)\s+(?:birdsong|birds|insects|crickets|cicadas|frogs|voices|people|children|kids|chatter|laughter|shouting|cheering)|(?:hundreds|thousands)\s+of\s+(?:people|voices|birds|kids|children|fans|insects|crickets|frogs|bats|starlings|geese)|(?:a|one)\s+(?:hundred|thousand)\s+(?:[a-z]+\s+)?(?:keyboards|voices|people|fans|birds|kids|children|phones|typewriters|sewing\s+machines|machines|drums|engines)(?![a-z])"), "spread", {"deg": 90.0, "many": True}),
    (r"(?:떼로|떼를\s*지어|떼\s*지어)\s*(?:[가-힣]+\s+){0,2}?(?:울|몰려|날아|지저귀|짖|우는|운다)", "spread", {"deg": 120.0, "many": True}),  # "개구리들이 떼로 울어"
    (_en(r"(?:rain|drizzle|raindrops|hail|sleet)\s+(?:\w+\s+){0,2}?(?:against|on)\s+(?:the|my|a|our)\s+(?:window|windowpane|pane|skylight|glass|windscreen|windshield)"), "spread", {"deg": 45.0}),
    (r"(?:창문|유리창|창유리|(?<![가-힣])창)(?:에|을|를)\s*(?:[가-힣]+\s+)?(?:빗방울|가랑비|이슬비|빗줄기|비)(?:가|이)?\s|(?:빗방울|가랑비|이슬비|빗줄기|(?<![가-힣])비)(?:가|이)?\s*(?:창문|유리창|창유리|(?<![가-힣])창)(?:에|을|를)", "spread", {"deg": 45.0}),  # rain on one window
    (r"(?:수십|수백|수천|수만)\s*(?:명|마리)", "spread", {"deg": 90.0, "many": True}),
    # "lunchtime in the crowded food court": a room full of people all round
    (_en(r"(?:crowded|packed|busy|heaving|bustling)\s+(?:food\s+court|market|station|concourse|bar|pub|restaurant|canteen|cafeteria|dining\s+hall|hall|square|platform|terminal|arcade|mall)"), "spread", {"deg": 120.0, "many": True}),
    # the whole of a place, heard from inside or beside it: wide (development writers: 90-360 or 120-360; 60-180 where
    # the place lies in front)
    (r"(?:사무실|층|건물|병동|도서관|식당|강의실|공장|작업장|운동장|광장|공원|해변|마을|체육관|강당|교실|시장|지붕|논|밭|들판|논밭|거리|골목|야시장|로비|갯벌|습지|늪|연못|호수|캠핑장|야영장|놀이터|학교|정원|마당|과수원|목장|초원|갈대밭|모래사장|백사장|풀|수영장|레인|관람석|객석|마방|축사|외양간)\s*(?:전체|가득)(?:에서|에|가|를)?", "spread", {"deg": 150.0, "many": True}),
    # "the wall on my right, from the kitchen end to the bedroom end", "everywhere in front of us" (round 48)
    (_en(r"from\s+the\s+[a-z]+\s+end\s+(?:right\s+|all\s+the\s+way\s+)?to\s+the\s+[a-z]+\s+end|the\s+whole\s+(?:side|length)\s+of\s+(?:my|the|our)\s+(?:flat|house|room|wall|garden|street|building)"), "spread", {"deg": 120.0}),
    (_en(r"(?:from\s+)?everywhere\s+in\s+front(?:\s+of\s+(?:us|me))?|all\s+across\s+the\s+front"), "spread", {"deg": 150.0}),
    # (round 49) "left wall to right wall", "off every wall of the gym at once", "out of every speaker in the place"
    (_en(r"(?:from\s+)?(?:the\s+)?(?:left|right)\s+wall\s+to\s+(?:the\s+)?(?:left|right)\s+wall"), "spread", {"deg": 150.0}),
    (_en(r"(?:off|from|out\s+of)\s+every\s+(?:single\s+)?(?:wall|speaker|corner)(?:\s+(?:of|in)\s+the\s+(?:[a-z]+|place))?"), "spread", {"deg": 300.0}),

    # many at once along a row or a place (round 48): "every horse down the row banging", "along the full length of the
    # bench", "half the street came out", "sixty-odd kids all gasped at once", "한 줄 전체가", "레인 여덟 개에서 전부"
    (_en(r"every\s+(?:single\s+)?[a-z]+\s+(?:down|along|in|on)\s+the\s+(?:row|line|street|aisle|stalls?|terrace|bench|block)|along\s+the\s+(?:full|whole|entire)\s+length\s+of|half\s+the\s+(?:street|village|town|estate|block|crowd|stadium|hall|room)"
         r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds?\s+of)(?:-odd)?\s+(?:[a-z-]+\s+){0,2}?(?:all|together)\s+(?:gasped|cheered|screamed|shouted|clapped|laughed|sang|yelled|groaned|roared)"), "spread", {"deg": 120.0}),
    (r"한\s*줄\s*(?:전체|전부|다)|(?:[가-힣]+\s*)?(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+)\s*개(?:에서|가)\s*(?:전부|다|동시에|한꺼번에)|주민들?\s*(?:이\s*)?(?:다|전부|모두)\s*나와|(?:백|이백|수십|수백|\d{2,})\s*(?:[가-힣]*\s*)?명이\s*(?:한꺼번에|동시에|일제히|다\s*같이)", "spread", {"deg": 120.0, "many": True}),
    (_en(r"(?:the\s+)?(?:whole|entire)\s+(?:(?:ferry|bus|train|airport|cruise|main|old|new|village|school|market)\s+)?(?:marsh|swamp|pond|lake|field|meadow|forest|wood|woods|jungle|valley|hillside|playground|schoolyard|park|square|campsite|campground|beach|bay|harbour|harbor|marina|village|town|estate|garden|orchard|paddy|reedbed|wetland|moor|heath|plain|mudflats?|apiary|terminal|concourse|station|airport|food\s+court|market|fairground|zoo|farm|farmyard|dock|docks|quay|promenade|street|neighbourhood|neighborhood|car\s+park|parking\s+lot)(?!\s+(?:of|full)(?![a-z]))"), "spread", {"deg": 150.0, "many": True}),
    (r"좌우로\s*(?:쭉\s*|길게\s*|넓게\s*)?(?:넓게|펼쳐|퍼져|길게)", "spread", {"deg": 120.0}),
    # "the crowd murmur should wrap the whole lobby", "chatter all across the square": a bed of sound ("right across
    # the street" alone is a place, opposite)
    (_en(r"wrap(?:s|ping|ped)?\s+(?:around\s+)?(?:the\s+)?(?:whole|entire)\s+[a-z]+|(?:all\s+across\s+the\s+(?:whole\s+|entire\s+)?|right\s+across\s+the\s+(?:whole|entire)\s+)(?:square|hillside|valley|field|fields|street|room|hall|lobby|market|park|plaza|yard|playground|town|village|city|bay|lake|marsh|meadow)"), "spread", {"deg": 120.0}),
    (_en(r"(?:a|the)\s+(?:whole|entire|huge|big|massive|great)\s+(?:[a-z]+\s+)?(?:flock|herd|swarm|colony|pack|troop|gaggle|murmuration|chorus|choir|crowd)(?![a-z])"
         r"|(?:a|the)\s+(?:whole|entire)\s+(?:hillside|valley|meadow|paddock|barn|marsh|beach|cliff|shore|terrace)\s+(?:of|full\s+of)"
         r"|(?:the\s+)?(?:whole|entire)\s+(?:away|home)\s+(?:end|section|stand|support)"), "spread", {"deg": 90.0, "many": True}),
    (r"(?:들이|전부(?:가|다)?|모두(?:가|다)?|다들|다\s*같이|떼(?:가|들이)?|(?:[두세네]|다섯|여섯|일곱|여덟|아홉|열|여러|몇)\s*(?:대|명|마리)(?:가|이)?)\s*한꺼번에|한꺼번에\s*(?:다|모두|전부)", "spread", {"deg": 90.0, "many": True}),  # 닭들이 한꺼번에
    (r"넓게\s*(?:쫙\s*|쭉\s*)?깔(?:려|린|리|아|\s*것|기|고|면)", "spread", {"deg": 120.0}),
    # "여운이 마을 전체에 넓게 퍼져요", "음악이 링크 전체에 울려": a whole place filled around the listener (writers: 150-360);
    # "박수 소리가 오른쪽으로 길게 쫙 이어져요": a line along one side (writers: 60-200); "wraps right around my head"
    (r"(?:[가-힣]{1,5}\s*)?(?:전체|전체적으로|온\s*사방)(?:에|로|에서|를)?\s*(?:넓게\s*|쫙\s*|골고루\s*)*(?:퍼져|퍼지|퍼진|울려\s*퍼|울려|가득)", "spread", {"deg": 270.0}),
    (r"길게\s*(?:쫙\s*|쭉\s*)?(?:이어져|이어진|이어지|늘어서|늘어선)", "spread", {"deg": 100.0}),
    (_en(r"wrap(?:s|ped|ping)?\s+(?:right\s+|all\s+the\s+way\s+)?(?:a)?round\s+(?:my|your|our)\s+(?:head|ears)(?![a-z])"), "spread", {"deg": AROUND_DEG}),
    (_en(r"(?:spread|spreading|spreads|stretched|stretching|strung)\s+(?:out\s+)?(?:right\s+|all\s+)?(?:across|along)\s+the\s+(?:whole\s+|entire\s+)?(?:churchyard|graveyard|stage|field|front|square|street|road|beach|hillside|valley|bay|shore|yard|garden|lawn|pitch|course)"), "spread", {"deg": 120.0}),
    # "앞쪽에 넓게 펼쳐지게", "오케스트라가 넓게 쫙 펼쳐져" (writers: 50-200)
    (r"넓게\s*(?:쫙\s*|쭉\s*)?펼쳐", "spread", {"deg": 100.0}),
    # "벽 이쪽 끝부터 저쪽 끝까지 스피커 소리가 쫙 펼쳐져", "끝에서 끝까지 길게 부서져": a span, not a way
    (r"(?:이쪽|한쪽)\s*끝(?:에서)?부터\s*(?:저쪽|반대쪽|다른\s*쪽)\s*끝까지|(?<![가-힣])끝에서\s*끝까지"
     r"(?=\s*(?:[가-힣]+\s+){0,3}?(?:쭉|쫙|죽|길게|넓게)?\s*(?:깔려|깔린|펼쳐|이어져|퍼져|걸쳐|울려|밀려|부서|가득|꽉))", "spread", {"deg": 120.0}),
    (_en(r"fill(?:s|ing|ed)?\s+(?:up\s+)?the\s+(?:whole|entire)\s+[a-z]+"), "spread", {"deg": 120.0}),  # "should fill the whole canyon"
    # "the whole stand opposite us is chanting", "roaring across the whole stand", "a whole hedge full of bees", "a huge
    # raft of geese"; "골짜기를 폭포 소리가 꽉 채우고", "대로 전체에서", "쭉 늘어선 포장마차들", "무대 폭 전체로"
    (_en(r"(?:the|a)\s+(?:whole|entire)\s+(?:stand|terrace|end|hedge|hedgerow|row|street|beach|shore|bay|cliff|colony|flock|herd|choir|orchestra|crowd|congregation)(?:\s+(?:full|opposite|across|behind|in\s+front))?"
         r"|(?:huge|massive|enormous|vast|great|giant)\s+(?:raft|flock|skein|colony|herd|swarm|shoal|murmuration|crowd|mob)\s+of"), "spread", {"deg": 120.0, "many": True}),
    # "the whole marquee is clapping", "the entire hall behind us burst into applause"
    (_en(r"(?:the|a)\s+(?:whole|entire)\s+(?!(?:stadium|arena|ground|stands|crowd|world|city|town|village)(?![a-z]))[a-z]+(?:\s+(?:behind|in\s+front\s+of|opposite|around)\s+(?:us|me))?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:burst(?:s|ing)?\s+into\s+(?:applause|song|laughter|cheers)|clapping|cheering|singing|laughing|chanting|applauding|roaring|booing|stamping|clapped|cheered|sang|laughed|chanted|applauded|roared|booed|stamped)"), "spread", {"deg": 150.0, "many": True}),
    (r"(?:꽉|가득)\s*(?:채우고|채우는|채워|채운|메우고|메우는|메워|메운)|(?:쭉|죽|쫙)\s*늘어(?:선|서|져)|(?<![가-힣])(?:무대|객석|대로|도로|골짜기|계곡|해변|들판|논)\s*(?:폭\s*)?전체(?:에서|로|를|가|에)", "spread", {"deg": 120.0}),
    (r"(?<![가-힣])전체를\s*(?:가득\s*)?채|(?<![가-힣])온\s*(?:산|숲|들판|동네|마을|골짜기|계곡)(?:에|을|이)?\s*(?:가득|뒤덮|울려\s*퍼)", "spread", {"deg": 240.0}),
    (_en(r"pin\s?hole|pinprick|keyhole|(?:a|the)\s+(?:tiny|small|little)\s+(?:hole|crack|gap)"), "spread", {"deg": 5.0}),
    (r"바늘\s*구멍|열쇠\s*구멍|(?:작은|조그만)\s*(?:구멍|틈)", "spread", {"deg": 5.0}),  # "파도 소리가 넓게 깔려 있어": a carpet of sound
    # "the stadium is chanting": the crowd all round the stands
    (_en(r"(?:the\s+)?(?:whole\s+|entire\s+)?(?:stadium|arena|ground|stands)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:chanting|singing|roaring|cheering|booing|clapping|erupting|erupts|roars|sings|chants)"), "spread", {"deg": 180.0}),
    # "a whole row of sewing machines", "재봉틀 수십 대": many machines side by side
    (_en(r"(?:a|one|the)\s+(?:whole|long|entire)\s+(?:row|line|bank|wall)\s+of\s+(?:[a-z]+\s+)?[a-z]+s(?![a-z])|(?:rows|banks)\s+(?:and\s+rows\s+)?of\s+(?:[a-z]+\s+)?[a-z]+s(?![a-z])"), "spread", {"deg": 90.0}),
    (r"(?:수십|수백|수천)\s*(?:대|개|채|그루)", "spread", {"deg": 90.0, "many": True}),  # (a count: a width word or place beats it, round 47)
    (r"(?<=[가-힣]\s)소리\s*하나(?=\s|[.!?]|$)|(?:작은|조그만|조그마한)\s*소리\s*하나", "spread", {"deg": 10.0}),
    # one small thing: "a single cricket", "one lone bee", "a solitary bell" (narrower than what a chorus of them is)
    (_en(r"(?:a|one|just\s+one|only\s+one)\s+(?:single|lone|lonely|solitary|tiny)(?=\s+[a-z])|a\s+lone(?=\s+[a-z])|one\s+lone(?=\s+[a-z])|(?:just|only)\s+the\s+one(?=\s+[a-z])"), "spread", {"deg": 10.0}),
    # "귀뚜라미 하나가 혼자 운다", "누가 혼자 박수를 친다", "수도꼭지 하나가 새고 있어": one of them, a point
    (r"(?<=[가-힣]\s)하나(?:가|만)(?=\s)|(?:하나|한\s*마리|한\s*명|누가|누군가)(?:가|이)?\s*혼자(?:서)?", "spread", {"deg": 10.0}),
    (r"한\s*점|점처럼|점\s*음원|좁게|좁은|가느다랗게|가늘게|가느다란|좁혀(?!\s*(?:와|오|온|왔|들어))|모노로|핀포인트|콕\s*집어|정확히\s*한|또렷한\s*한", "spread", {"deg": 5.0}),
    (r"(?:퍼지|넓)지\s*(?:는\s*)?않(?:게|도록|은|고)|퍼지지\s*말|(?:옆으로\s*|좌우로\s*)?(?:넓게|크게)\s*(?:펼치|벌리|퍼뜨리|퍼트리)지\s*(?:말|마)", "spread", {"deg": 10.0}),  # "너무 퍼지지 않게 좁게"
    (r"(?:약간|조금|살짝|적당히)\s*넓게|(?:약간|조금|살짝)\s*퍼", "spread", {"deg": 35.0}),
    (r"넓게|넓은|넓어|넓고|와이드|(?<!울려 )(?<!울려)(?:퍼지|퍼져|퍼진|퍼졌)|광범위|확산|스테레오로", "spread", {"deg": 60.0}),
    (r"(?:아주|매우|엄청|굉장히|정말|무척)\s*(?:넓게|넓은|넓어)|온\s*(?:방|공간)을?\s*(?:가득\s*)?채|공간\s*전체|가득\s*(?:채|메운|메워|메우|메웠|메꿔|메꿨)", "spread", {"deg": 120.0}),
    # round 34 (dev set 12ea): a camp or a house surrounded ("frogs croaking all round our tent"); a line of sources along a
    # wall or the front ("a row of speakers all the way along the left wall", "스피커가 쭉 한 줄로 깔려"); a few sources or
    # one thin stream ("just a handful of people clapping", "just a thin trickle of rainwater from the gutter")
    (_en(r"all\s+(?:a)?round\s+(?:our|my|your|the)\s+(?:tent|tents|house|cabin|hut|car|boat|camp|campsite|caravan|van|bed|flat|cottage)(?![a-z])"), "spread", {"deg": AROUND_DEG}),
    (_en(r"(?:a|one)\s+(?:long\s+)?(?:row|line|wall|bank|stack)\s+of\s+(?:speakers|loudspeakers|amps|subs|fans|sprinklers|machines|washing\s+machines|engines|drums|drummers|bells)"
         r"|all\s+(?:the\s+way\s+)?along\s+the\s+(?:whole\s+|entire\s+)?(?:left\s+|right\s+|back\s+|front\s+|far\s+)?(?:wall|fence|stage|platform|shelf|shelves)(?![a-z])"), "spread", {"deg": 90.0}),
    (r"(?:쭉\s*)?한\s*줄로\s*(?:쭉\s*)?(?:깔려|깔린|늘어서|늘어선|늘어져|놓여|세워|서\s*있|배치)|일렬로\s*(?:쭉\s*)?(?:깔려|늘어|놓여|세워|서|배치)", "spread", {"deg": 90.0}),
    (r"(?:벽|창가|담|담장|복도|통로|난간|울타리)\s*(?:을\s*|를\s*)?따라\s*(?:[가-힣]+\s+){0,3}?(?:쭉|죽|쫙)\s*(?:앉아|서\s*있|서서|늘어)", "spread", {"deg": 90.0}),  # 벽 따라 쭉 앉아서 (round 44)
    (_en(r"(?:just\s+|only\s+)?a\s+handful\s+of\s+(?:people|fans|kids|guests|voices|birds|parents)|(?:tiny|thin|scattered|sparse|polite|feeble)\s+(?:applause|clapping)"), "spread", {"deg": 30.0}),
    (_en(r"(?:a\s+)?(?:thin|tiny|little|single|lone|narrow)\s+trickle|(?:just\s+|only\s+)?a\s+trickle\s+of|(?:one|a\s+single|a\s+lone)\s+drip(?![a-z])"), "spread", {"deg": 8.0}),
    (r"(?:온\s*)?사방(?:에서|으로|을|팔방)?(?!(?:이|은|도)?\s*(?:다\s*|전부\s*|온통\s*)?(?:유리|돌|대리석|타일|콘크리트|거울|철판)(?:이라|라|이니|니|로|이고|고|인))|전체를\s*감싸|감싸(?:듯|는|며|고|면서)?|둘러싸|에워싸|둘러쌌|에워쌌|둘러싼|에워싼|360도|(?:숲|산|들판|경기장|관중석|객석|관중|관객|청중|정글|계곡)\s*(?:전체|전원|모두)(?:에서|가|를)?", "spread", {"deg": AROUND_DEG}),
    (r"(?:단\s*)?한\s*마리(?:의)?|(?<![가-힣])홀로\s|외로운\s", "spread", {"deg": 10.0}),
    (r"(?:딱|단|오직|겨우)\s*한\s*(?:명|사람|분)(?:만|이|뿐)?|(?<![가-힣])한\s*(?:명|사람)만", "spread", {"deg": 10.0}),  # "딱 한 명만 박수 쳐서"
    (_en(r"(?:just|only)\s+(?:one|a\s+single)\s+(?:person|guy|man|woman|kid|child|fan|listener)(?![a-z])"), "spread", {"deg": 10.0}),
    # (round 41, dev set 12ey) a flock, a square or a slope full of sound, a wall of noise, a hum out of the walls; one
    # machine (제습기 한 대), one plucked string
    (_en(r"(?:across|in|from|over)\s+every\s+(?:flooded\s+|single\s+)?(?:paddy|paddies|field|fields|pond|ponds|ditch|ditches|garden|gardens|tree|trees|roof|roofs|hedge|hedges|bush|bushes)(?![a-z])"), "spread", {"deg": 240.0}),
    (_en(r"(?:a|one|this|proper|solid|real|total)\s+wall\s+of\s+(?:water\s+|white\s+)?(?:noise|sound|spray)|out\s+of\s+the\s+walls(?:\s+themselves)?|from\s+the\s+walls\s+themselves"), "spread", {"deg": AROUND_DEG}),
    (r"(?:전체|전부|온통)\s*(?:에|에서|가|를|로)?\s*(?:쫙|쭉|골고루|빼곡히|[가-힣]+(?<=[가-힣])\s+)?\s*(?:깔려|깔린|퍼져|퍼진|울려\s*퍼|쏟아져|쏟아지|쏟아진|꽉\s*차|가득)"
     r"|온통\s*(?:[가-힣]+\s*){0,3}?(?:소리|목소리|웃음소리|함성|울음소리)(?:로|으로)\s*(?:꽉\s*)?(?:찼|차\s*있|가득)", "spread", {"deg": 150.0}),
    (r"(?:새|갈매기|비둘기|참새|까마귀|까치|철새|오리|기러기|찌르레기|제비|박쥐)\s*(?:떼|무리)(?:가|를|들이|들|가\s*새까맣게)?", "spread", {"deg": 90.0}),
    (r"(?<![가-힣])한\s*대(?:가|만|뿐)(?=\s)", "spread", {"deg": 10.0}),
    (_en(r"(?:just\s+|only\s+)?(?:one|a\s+single|a\s+lone)\s+(?:open\s+)?(?:[a-g]\s+)?string(?![a-z])"), "spread", {"deg": 5.0}),
    (_en(r"(?:on|in|from|across|over|off)\s+every\s+(?:single\s+)?[a-z]+\s+(?:a)?round\s+(?:us|me|the\s+(?:yard|park|square|farm|field|house))(?![a-z])"), "spread", {"deg": AROUND_DEG}),
    (_en(r"the\s+whole\s+(?:queue|line|crowd|stand|terrace|audience|class|choir|orchestra|congregation|row)(?![a-z])"), "spread", {"deg": 90.0}),
    (_en(r"along\s+the\s+(?:entire|whole)\s+(?:ridge|hillside|valley|coast|shore|beach|front|wall|street|road|length|bank|edge)(?![a-z])|full\s+of\s+(?:[a-z]+\s+)?[a-z]+s(?![a-z])"), "spread", {"deg": 120.0}),
    (_en(r"(?:all\s+)?across\s+the\s+(?:front|back|side|whole)\s+(?:window|windscreen|windshield|wall|glass)(?![a-z])"), "spread", {"deg": 120.0}),
    (_en(r"(?:on\s+its\s+own|all\s+(?:on\s+its\s+)?alone|by\s+itself)(?![a-z])"), "spread", {"deg": 10.0}),
    (_en(r"(?:ball|shoal|school|swarm|cloud|bait\s+ball)\s+of\s+(?:sardines|fish|anchovies|herring|mackerel|bees|midges|gnats|starlings)|spread\s+(?:right\s+|all\s+the\s+way\s+)?(?:across|along|over)\s+the|lined\s+up\s+(?:right\s+)?across"), "spread", {"deg": 120.0}),
    # a line of sources along one side ("a row of turbines lined up along the ridge on my right"; round 44)
    (_en(r"(?:lined\s+up|strung\s+out|in\s+a\s+(?:long\s+)?(?:row|line))\s+(?:all\s+)?along\s+(?:the|a|that|this)(?![a-z])"), "spread", {"deg": 90.0}),
    (_en(r"(?:through|across|over)\s+the\s+(?:entire|whole)\s+[a-z]+\s+(?:a)?round\s+(?:me|us)(?![a-z])"), "spread", {"deg": AROUND_DEG}),
    (r"(?:전교생|전원이|온\s*동네\s*사람|한꺼번에\s*(?:[가-힣]+\s*)?(?:함성|박수|소리|노래|응원))", "spread", {"deg": 120.0}),
    # (round 42, dev set 12fj) every machine down one wall, a thin little whistle, a house of animals going off around me;
    # 줄줄이 (one after another in a line), 전체가 내 주변에서
    (_en(r"every\s+(?:single\s+)?[a-z]+\s+(?:down|along|on)\s+the\s+(?:left|right|back|far|front)(?:-hand)?\s+(?:wall|side|row|aisle)"), "spread", {"deg": 90.0, "many": True}),
    (_en(r"(?:a\s+)?thin\s+(?:little\s+)?(?:whistle|whine|squeak|beep|tone|hiss|note|wail|peep|buzz|whirr|whir|squeal)(?![a-z])"), "spread", {"deg": 8.0}),
    (_en(r"(?:goes|go|went|going|kicks|kicked|kicking)\s+off\s+(?:all\s+)?(?:a)?round\s+(?:me|us)(?![a-z])"), "spread", {"deg": AROUND_DEG}),
    (r"(?<![가-힣])줄줄이", "spread", {"deg": 90.0, "many": True}),
    (r"(?:전체|전부|모두)(?:가|이)?\s*(?:내|우리|제)\s*(?:주변|주위|둘레)(?:에서|에|를|을)?", "spread", {"deg": AROUND_DEG}),
    # (round 42, dev set 12fm) off a whole bulkhead or wall, end to end along a ledge, the whole length of it; Korean:
    # guests shouting all together (손님들이 다 같이)
    (_en(r"(?:off|from|along)\s+the\s+(?:whole|entire)\s+(?:[a-z]+\s+)?(?:bulkhead|wall|hull|side|roof|ceiling|ledge|front|back)(?![a-z])"), "spread", {"deg": 90.0}),
    (_en(r"end\s+to\s+end\s+(?:along|across|on)|the\s+whole\s+length\s+of\s+it(?![a-z])"), "spread", {"deg": 90.0, "many": True}),
    (r"(?<=[가-힣])들이\s*(?:다\s*같이|모두\s*같이|다\s*함께|한목소리로)", "spread", {"deg": 90.0, "many": True}),
    # (round 42, dev set 12fs) a leak from one pipe only (하나에서만)
    (r"(?:하나|한\s*개|한\s*군데)\s*에서만", "spread", {"deg": 8.0}),
    # (round 51, dev set 12hl) many sources at once: "all twenty-four lanes in front of me at once", "a row of fridges along
    # the wall", "the whole site's humming with bees", "레인 전부에서", "매미 소리로 꽉 차"
    (_en(r"(?:all|every)\s+(?:the\s+|of\s+the\s+)?(?:[a-z-]+\s+){0,2}(?:lanes|stalls|tables|pumps|machines|fridges|freezers|fans|looms|presses|pitches|courts|rinks|alleys|tills|checkouts)(?![a-z])"), "spread", {"deg": 120.0, "many": True}),
    (_en(r"(?:a|the)\s+(?:long\s+)?(?:row|line|bank)\s+of\s+[a-z]+s\s+(?:along|down|across|lining)\s+the\s+(?:wall|side|aisle|corridor|room|back)(?![a-z])"), "spread", {"deg": 90.0, "many": True}),
    (_en(r"(?:whole|entire)\s+[a-z]+(?:\s+[a-z]+)?(?:'s|\s+is|\s+was)\s+(?:humming|buzzing|alive|ringing|thrumming|roaring|throbbing)\s+with(?![a-z])"), "spread", {"deg": 200.0, "many": True}),
    (r"(?:레인|테이블|매대|기계|선풍기|냉장고|코트|레일|계산대)\s*(?:전부|전체|다|모두)\s*(?:에서)?", "spread", {"deg": 120.0, "many": True}),
    (r"소리(?:로|가)\s*(?:꽉|가득)\s*(?:차|찼)", "spread", {"deg": 240.0, "many": True}),
    (r"통째로\s*(?:[가-힣]+\s+){0,2}?[가-힣]*소리(?:에|로)\s*(?:잠겼|잠겨|잠긴|덮였|덮여|묻혔|묻혀)", "spread", {"deg": 240.0, "many": True}),  # (round 52) "단지가 통째로 매미 소리에 잠겼어"
]

ROOMS_TABLE: list[Entry] = [
    (_en(r"anechoic"), "room", {"room": "anechoic"}),
    (_en(r"(?:completely|totally|bone|very|super|perfectly|dead)[- ]dry|no\s+(?:reverb|reverberation|echo|room\s+sound)|without\s+(?:any\s+)?(?:reverb|reverberation|echo)|zero\s+reverb|dry(?:ly)?|dead\s+(?:room|sounding|acoustics?)|(?:totally|completely|acoustically|utterly)\s+dead|sound[- ]?proof(?:ed)?|padded\s+(?:room|booth|cell)|acoustic\s+foam|deadened|close[- ]mic(?:ed|ked)?|direct\s+sound\s+only|no\s+room"), "room", {"room": "dry"}),
    # (round 40) a public bathhouse: a big tiled hall (writers: wet 0.4-1, most from 0.5)
    (r"목욕탕|대중탕|공중목욕탕|(?<![가-힣])(?:열탕|온탕|냉탕|욕탕)|때밀이|세신(?:실|대)|샤워장|샤워실", "room", {"room": "wet"}),  # (round 49: the pools and rooms of a bathhouse)
    # (round 40) "nothing coming back at all", "egg-crate foam", "메아리 하나 없이": no room sound; an empty room or hall rings
    (_en(r"nothing\s+(?:at\s+all\s+)?(?:comes?|coming|came)\s+back|egg[- ]?(?:crate|box)\s+foam|lined\s+(?:\w+\s+){0,4}?with\s+(?:acoustic\s+|egg[- ]?crate\s+)?foam|(?:barking|voices?|calls?|shouts?)\s+just\s+(?:goes|go|went)\s+flat"), "room", {"room": "dry"}),
    (_en(r"not\s+(?:a|one|the)\s+(?:hint|trace|bit|scrap|whisper|shred|ghost)\s+of\s+(?:an?\s+|any\s+)?(?:echo|reverb|reverberation)"), "room", {"room": "dry"}),  # (round 45)
    # (round 46, dev set 12gn) "zero echo", "no ring at all", acoustic panels; a sound ringing off rock or steel walls for ages,
    # "like you're stuck inside a drum"
    (_en(r"(?:zero|no)\s+(?:echo|ring|ringing)(?:\s+at\s+all)?(?![a-z])|acoustic\s+(?:panels|foam|tiles|baffles)"), "room", {"room": "dry"}),
    # (round 50) "nothing echoes at all", "nothing to reflect off"; "bare brick and a concrete floor", "it just rings and rings",
    # "way livelier than the little booths"
    (_en(r"(?:slaps?|slapped|bounces?|bounced|comes?|came|rings?|rang)\s+back\s+off\s+(?:every|each|all\s+the|the)\s+(?:rock\s+|stone\s+|concrete\s+)?walls?"), "room", {"room": "wet"}),
    (_en(r"nothing\s+(?:really\s+|much\s+)?(?:echoes|echoed|rings|rang|reverberates)|nothing\s+(?:for\s+(?:it|the\s+sound)\s+)?to\s+(?:reflect|bounce|echo)\s+off"), "room", {"room": "dry"}),
    (_en(r"(?:all\s+)?bare\s+(?:brick|concrete|stone|breeze[- ]?block|block)(?:\s+walls?)?(?:\s+and\s+(?:a\s+)?(?:concrete|stone|tiled?)\s+floor)?|(?:rings|echoes|booms)\s+and\s+(?:rings|echoes|booms)"), "room", {"room": "wet"}),
    (_en(r"(?:way\s+|much\s+|a\s+lot\s+)?livel(?:ier|iest)(?![a-z])"), "room", {"room": "slightly_wet"}),
    (r"부딪힐\s*(?:데|곳)(?:가|도|는)?\s*(?:하나도\s*)?없|울림(?:은|이|도)?\s*(?:1도|일도)\s*(?:없|안)", "room", {"room": "dry"}),  # (round 50) open ground: nothing to bounce off
    (_en(r"(?:rings?|ringing|rang|echo(?:es|ed|ing)?|booms?|boomed|booming|clangs?|clanged|clanging)\s+(?:off|round|around)\s+the\s+(?:rock|rocks|stone|tiles|(?:steel\s+|metal\s+|concrete\s+|stone\s+|tin\s+)?walls)"
         r"|(?:stuck|trapped|standing|sitting)\s+inside\s+(?:a|an|the)\s+(?:drum|tin\s+can|bell|barrel|tank|oil\s+drum)(?![a-z])"), "room", {"room": "wet"}),
    (r"메아리\s*(?:하나|도|가)?\s*(?:없이|없고|없어|없는|안\s*(?:나|들))|울림\s*(?:하나|도|이)?\s*(?:없이|없고|없어)", "room", {"room": "dry"}),
    (r"소리가\s*(?:푹|확|팍|그냥)?\s*죽(?:어|네|음|는다|더라)(?![가-힣])|천막이라", "room", {"room": "dry"}),  # "텐트 안은 천막이라 소리가 푹 죽어" (round 47)
    (r"(?:그냥|다)\s*흩어져\s*(?:버려|버림|버리|사라)|흩어져\s*버려", "room", {"room": "dry"}),  # "목소리가 그냥 흩어져 버려": open air
    (r"소리가\s*(?:한참|오래|계속)\s*(?:남아|남아\s*있|맴돌)", "room", {"room": "wet"}),  # "휘파람 불면 소리가 한참 남아 있어요" (round 47)
    (r"(?:금방|바로|곧)\s*(?:잦아들|사그라들)", "room", {"room": "slightly_wet"}),
    # (round 55, dev set 12hx) a room that rings "not much", a stone cellar that rings: "별로 안 울리네", "돌로 된 지하실이라 ... 울려요"
    (r"(?:별로|그렇게|그리|많이)\s*안\s*울리", "room", {"room": "slightly_wet"}),
    (r"(?:돌|석조|콘크리트|시멘트|타일|대리석)(?:로|으로)\s*된\s*(?:[가-힣]+\s*)?(?:이라|이어서|이라서|인데|라서|라)(?=\s)", "room", {"room": "wet"}),  # "작은 예배당이라 소리가 금방 잦아들어요": a small, soft room
    (r"(?:철판|유리창?|타일|콘크리트)(?:이랑|과|하고|랑)?\s*(?:[가-힣]+\s*)?뿐이라|좁고\s*(?:[가-힣]+\s+){0,3}?(?:쨍쨍|쩌렁|웅웅)\s*울", "room", {"room": "slightly_wet"}),  # a small hard room: live, not a hall
    (_en(r"(?:does\s*n[o']t|doesn't|didn't|did\s+not|won't|never)\s+echo(?:\s+at\s+all)?|open[- ]air\s+(?:bath|pool|hot\s+spring|onsen|theatre|theater|stage)"), "room", {"room": "dry"}),
    (_en(r"(?:boxy|ringy|clangy|tinny)\s+(?:and\s+(?:boxy|ringy|clangy|tinny))?|sounds?\s+(?:all\s+)?(?:boxy|ringy|clangy)"), "room", {"room": "slightly_wet"}),
    (_en(r"carpet\s+tiles|(?:carpeted|carpet)\s+(?:church\s+)?hall|polystyrene\s+(?:ceiling|tiles)"), "room", {"room": "room"}),  # soft floors: a room, no ring
    (_en(r"(?:whole\s+|entire\s+)?(?:metal|steel|iron|tin|concrete)\s+(?:shell|dome|hull|tank|drum|silo|shed|box|tube)\s+(?:rang|rings|ringing|boomed|booms|booming|reverberated|reverberates)"), "room", {"room": "wet"}),  # (round 45)
    (_en(r"(?:empty|bare|unfurnished)\s+(?:ballroom|hall|room|house|flat|church|warehouse|gym|living\s+room|lounge|classroom|studio)|not\s+a\s+stick\s+of\s+furniture|high[- ]ceiling(?:ed|s)?|vaulted\s+(?:roof|ceiling)|tin\s+shed|(?:metal|steel|iron)\s+(?:container|shed|hangar)"), "room", {"room": "wet"}),
    (r"가구\s*(?:하나|도)?\s*없는|텅\s*빈\s*(?:거실|방|집|홀|강당|창고|교실|체육관)|(?:철제|쇠|양철)\s*(?:컨테이너|창고|지붕)|콘크리트\s*(?:원통|통로|벽)", "room", {"room": "wet"}),
    # "my voice sounds dead in there", "it's dead in here": no room sound
    (_en(r"sounds?\s+(?:completely\s+|totally\s+|really\s+|so\s+|flat\s+and\s+)?dead(?![a-z])|dead\s+in\s+(?:there|here)|dead(?:est)?\s+room|all\s+(?:that|the)\s+padding"), "room", {"room": "dry"}),
    (_en(r"padded\s+(?:practice\s+|music\s+|rehearsal\s+|recording\s+)?(?:room|walls?|booth|cell)|(?:foam|acoustic)[- ]panell?ed"), "room", {"room": "dry"}),
    (_en(r"(?:closet|wardrobe)\s+(?:full\s+of|packed\s+with|stuffed\s+with)\s+(?:\w+\s+)?(?:clothes|coats|jackets|dresses)|inside\s+(?:a|the|my|your)\s+(?:walk-in\s+)?(?:closet|wardrobe)"), "room", {"room": "dry"}),
    # under the covers: cloth all around, no room sound ("in our duvet fort", "이불 속에서")
    (_en(r"(?:duvet|blanket|pillow|sofa[- ]cushion|couch[- ]cushion)\s+fort|under\s+the\s+(?:duvet|covers|blankets?|quilt|sheets)"), "room", {"room": "dry"}),
    (r"이불\s*(?:속|안|밑)|이불(?:을|를)?\s*(?:푹\s*)?(?:뒤집어\s*)?(?:쓰고|쓴\s*채|덮어쓰고)", "room", {"room": "dry"}),
    (_en(r"(?:recording\s+|vocal\s+)?studio|(?:vocal|sound|recording|voice[- ]?over|isolation|phone|listening)\s+booth|booth"), "room", {"room": "studio"}),
    (_en(r"(?:in|inside)\s+(?:a|the|my|your|our)\s+(?:(?:small|little|tiny|parked|closed|old|cramped|quiet)\s+)?(?:car|taxi|cab|van|truck)(?!\s*(?:park|parks|wash|lot|deck|dealership|showroom|ferry)(?![a-z])|-park)"), "room", {"room": "car"}),  # not "in the car park" (round 43)
    (_en(r"outside|outdoors?|open[- ]air|in\s+the\s+open|(?:open\s+)?field|meadow|park|beach|desert|(?:on\s+a\s+)?mountain(?:top)?|garden|backyard|on\s+the\s+lawn|countryside"), "room", {"room": "outdoors"}),
    (_en(r"forest|woods|woodland|jungle"), "room", {"room": "forest"}),
    (_en(r"(?:on|in)\s+the\s+(?:street|road)|city\s+street|alley(?:way)?|crosswalk|sidewalk|downtown"), "room", {"room": "street"}),
    (_en(r"(?:in|inside)\s+(?:a|the|my|your|our)\s+(?:small\s+|little\s+|tiny\s+|cosy\s+|cozy\s+)?(?:room|bedroom|living\s+room|office|kitchen|study)|living\s+room|bedroom"), "room", {"room": "room"}),
    (_en(r"bathroom|shower|restroom|toilet|washroom|tiled\s+room|bathtub"), "room", {"room": "bathroom"}),
    (_en(r"classroom|lecture\s+(?:room|hall)|meeting\s+room|conference\s+room"), "room", {"room": "classroom"}),
    (_en(r"(?:a\s+)?(?:little|bit\s+of|touch\s+of|hint\s+of|slight|light|subtle|some|mild)\s+(?:reverb|reverberation|echo|room|ambience)|slightly\s+(?:reverberant|echoey|wet)|a\s+bit\s+(?:reverberant|echoey|wet)"), "room", {"room": "slightly_wet"}),
    (_en(r"(?:concert\s+|music\s+|big\s+|large\s+|empty\s+|great\s+|banquet\s+|town\s+)?hall(?!way)|auditorium|theatre|theater|ballroom|atrium|opera\s+house|lobby"), "room", {"room": "hall"}),
    (_en(r"(?:church|chapel|cathedral|basilica|temple|monastery|mosque)(?!\s+(?:bells?|choir|organ|clock))"), "room", {"room": "cathedral"}),
    (_en(r"gym(?:nasium)?|warehouse|(?:parking\s+)?garage|car\s+park|factory|hangar|arena|stadium|(?:indoor\s+)?(?:swimming\s+)?pool|(?:train\s+|subway\s+|metro\s+)station|empty\s+(?:building|warehouse)"), "room", {"room": "gym"}),
    (_en(r"stair(?:well|case|s)|corridor|hallway"), "room", {"room": "stairwell"}),
    (_en(r"tunnel|underpass|sewer|subway|pipe|culvert"), "room", {"room": "tunnel"}),
    (_en(r"cave|cavern|canyon|(?:water|oil|concrete|steel|metal|empty|septic|storage)\s+tanks?|inside\s+(?:a|the|an)\s+(?:[a-z]+\s+)?tank|silo|cistern|bunker|(?:a|the)\s+well|mine\s+shaft|dungeon|crypt|catacombs?"), "room", {"room": "cave"}),
    (_en(r"reverberant|reverby|echo(?:ey|y|ing|es|ed)?|wet|lush|spacious\s+(?:reverb|sound|room)|roomy|lots\s+of\s+(?:reverb|echo)|big\s+(?:reverb|room)|resonant|reverb(?:eration)?|ringing\s+(?:hall|room)|boomy|wash(?:y|ed)"), "room", {"room": "wet"}),
    (_en(r"(?:very|extremely|super|hugely|massively|insanely)\s+(?:reverberant|echoey|echoing|wet)|drenched|soaked|washed\s+out|swimming\s+in\s+reverb|(?:huge|massive|endless|enormous|infinite|long)\s+(?:reverb|echo(?:es)?|tail|decay)|cavernous"), "room", {"room": "very_wet"}),
    (r"무향실", "room", {"room": "anechoic"}),
    (r"건조하게|건조한|건조하고|건조해|드라이(?!기|어|브|클리닝|아이스)(?:하게|한)?|울림\s*(?:없이|없는|이\s*없)|잔향\s*(?:없이|없는|이\s*없)|에코\s*(?:없이|없는)|리버브\s*(?:없이|없는)|데드(?:한|하게)|반사음\s*없", "room", {"room": "dry"}),
    (r"메아리(?:가|도|는|\s*같은\s*(?:건|거|것은|게))?\s*(?:하나도\s*|하나\s*|전혀\s*|1도\s*|일도\s*)?(?:없|안\s*(?:들|나|울))|울림(?:이|도)?\s*(?:하나도\s*|하나\s*|전혀\s*)?없", "room", {"room": "dry"}),
    # "울림 제로", "노래해도 하나도 안 울려", "소리가 딱 죽어서": no echo at all, a dead sound
    (r"울림(?:이|은|도)?\s*(?:제로|0(?!\d)|영(?![가-힣]))|(?:하나도|전혀|1도|일도|별로|거의)\s*안\s*울(?:려|리|림|렸|린)|울리지\s*(?:가\s*)?(?:않|안)|소리가\s*(?:딱\s*|완전\s*|아주\s*|확\s*)?죽(?:어|는|었|음)", "room", {"room": "dry"}),
    (r"흡음(?:이|은|도)?\s*(?:너무\s*|완전\s*|진짜\s*|엄청\s*)?(?:잘\s*)?(?:돼|되|된|됐)|(?:바싹|바짝)\s*(?:말라|마른)|(?:라디오|방송|더빙|녹음|성우|보컬)\s*부스", "room", {"room": "dry"}),  # "손뼉을 쳤는데 메아리가 없어"
    (r"스튜디오|녹음실|녹음\s*부스|보컬\s*부스", "room", {"room": "studio"}),
    (r"방음\s*(?:부스|실|방)|(?<![가-힣])부스\s*안|(?:옷장|붙박이장|드레스룸)\s*(?:안|속)|옷\s*(?:사이|더미\s*속)", "room", {"room": "dry"}),  # soundproof booth, inside a wardrobe
    (r"차\s*안|차안|자동차\s*안|차\s*속|택시\s*안|버스\s*안", "room", {"room": "car"}),
    (r"야외|바깥|실외|들판|벌판|운동장|공원|해변|바닷가|광장|산\s*위|산꼭대기|잔디밭|마당|초원|사막", "room", {"room": "outdoors"}),
    (r"지붕\s*(?:이|도)?\s*없는|뻥\s*뚫린|(?<![가-힣])노천", "room", {"room": "outdoors"}),
    (r"숲|숲속|산속|정글(?!짐)", "room", {"room": "forest"}),  # (정글짐 is a climbing frame)
    (r"길거리|골목|도로|횡단보도|도심|시내", "room", {"room": "street"}),
    (r"(?<![가-힣])방\s*안|(?<![가-힣])방안|(?<![가-힣])방에서|거실|침실|사무실|부엌|작은\s*방|자취방|서재", "room", {"room": "room"}),
    (r"욕실|욕조|화장실|샤워실|찜질방|타일\s*(?:벽|바닥)|타일(?:이|로)?\s*(?:깔린|된|덮인)|(?:다|전부|온통|사방이)\s*타일", "room", {"room": "bathroom"}),
    (r"교실|강의실|회의실", "room", {"room": "classroom"}),
    (r"(?:약간|조금|살짝|은은한|은은하게|가벼운|적당한)\s*(?:의\s*)?(?:잔향|울림|리버브|에코|울리)", "room", {"room": "slightly_wet"}),
    (r"(?<![가-힣])홀(?!로|로그|수|딱)|콘서트홀|공연장|강당|극장|로비|연회장|오페라\s*하우스", "room", {"room": "hall"}),
    (r"(?:성당|교회|예배당|대성당|사원|사찰|법당)(?!\s*(?:종|오르간|성가대))", "room", {"room": "cathedral"}),
    (r"체육관|창고|주차장|공장|격납고|수영장|지하철역|기차역|경기장|빈\s*건물", "room", {"room": "gym"}),
    (r"계단실|계단|복도|현관(?!문)", "room", {"room": "stairwell"}),
    (r"터널|지하도|지하보도|지하\s*(?:통로|배수로|수로)|배수로|하수도|굴다리|배관|파이프\s*안", "room", {"room": "tunnel"}),
    (r"동굴|석굴|협곡|우물|광산|물탱크|탱크\s*안|사일로|저수조|벙커(?!\s*(?:침대|베드))|지하\s*감옥|던전", "room", {"room": "cave"}),
    (r"울려\s*퍼|울림(?:이|을)?|잔향(?:이|을)?\s*(?:길|많|긴|큰|풍부)|잔향감|리버브(?:가|를)?\s*(?:많|강|깊|길|걸)|에코(?:가|를)?|메아리|웅웅(?=\s*울)|길게\s*울(?:려|리|린)|(?:쩡|깡|쾅|텅|댕)\s*하고\s*울(?:려|리|린)|울리는\s*(?:공간|방|홀)|반향|풍부한\s*잔향|공간감|울리게|울리듯"
     # "이삿짐 다 빼서 텅 빈 거실이라 목소리가 쩡쩡 울려요": an emptied room, a voice ringing in it
     r"|텅\s*빈\s*(?:방|거실|집|교실|강당|창고|아파트|사무실|건물|체육관|복도|홀|교회|성당)|(?:쩡쩡|쩌렁쩌렁|왕왕|웅웅|텅텅)\s*울(?:려|리|린|립)"
     # "망치 소리가 쾅쾅 울리고 한참 남아": a ring that lasts
     r"|울(?:리고|려서|리며|린\s*게|림이)\s*(?:한참|오래|길게)", "room", {"room": "wet"}),
    (_en(r"(?:rings?|rang|ringing|echoes|echoed|echoing|hangs?|hung|hanging)\s+(?:on\s+|there\s+)?(?:for\s+ages|for\s+(?:a\s+)?(?:long\s+time|while|good\s+few\s+seconds|few\s+seconds|seconds)|forever|on\s+and\s+on)|(?:engine|boiler|pump)\s+room"), "room", {"room": "wet"}),
    # (round 48) "it rang round the whole dome", a car "drier than the studio", "말소리가 푹 묻혀"
    (_en(r"(?:rings?|rang|ringing|echoe[sd]|echoing)\s+(?:right\s+)?(?:a)?round\s+the\s+(?:whole|entire)\s+[a-z]+"), "room", {"room": "wet"}),
    (_en(r"(?:rolls?|rolled|rolling|rings?|rang|ringing|echoe[sd]|echoing|bounces?|bounced|bouncing)\s+(?:right\s+)?(?:a)?round\s+the\s+(?:room|hall|church|dome|gallery|chapel|nave|hangar|stairwell|tower)\s+(?:for\s+ages|forever|for\s+(?:a\s+)?(?:long\s+time|good\s+while|while))"), "room", {"room": "wet"}),  # (round 54)
    (_en(r"(?:drier|deader)\s+than\s+(?:the|a|my|any)\s+[a-z]+|(?:as\s+)?dry\s+as\s+a\s+bone|flat\s+as\s+a\s+pancake"), "room", {"room": "dry"}),
    (r"(?:소리|말소리|목소리)(?:가|도|는)?\s*(?:푹|다|그냥|완전)?\s*묻혀", "room", {"room": "dry"}),
    # (round 54, dev set 12ht) a sound that hangs in the air for ever, a room tiled floor to ceiling, marble everywhere, a
    # dropped pencil like a gunshot, stone floors that ring to the ceiling (바닥이 다 돌이라 ... 천장까지 울려요): a live room;
    # glass all round that rings sharply (사방이 유리라 ... 쨍하게 울려): a little; sound swallowed (소리가 다 먹혀): dead
    (_en(r"(?:hangs?|hung|hanging|lingers?|lingered|lingering)\s+(?:just\s+)?(?:in\s+the\s+air|there|about|around)\s+(?:for\s+ages|forever|for\s+ever|for\s+(?:a\s+)?(?:long\s+time|good\s+while|while)|on\s+and\s+on)"
         r"|(?:tiled|tiles|marble|stone|concrete|glass)\s+(?:from\s+)?floor[- ]to[- ]ceiling|marble\s+everywhere|(?:glass|stone|marble)\s+dome\s+and\s+(?:marble|stone|tiles?)"
         r"|(?:drop|dropped|dropping)\s+(?:a|the|your|my)\s+(?:pencil|pen|coin|key|spoon|pin)\s+and\s+it\s+(?:sounds|sounded|goes|went|rings|rang)\s+like\s+(?:a\s+)?(?:gunshot|gun\s+going\s+off|shot|cannon|bomb)"), "room", {"room": "wet"}),
    (r"(?:바닥|벽|사방)(?:이|은|도)?\s*(?:다\s*|전부\s*|온통\s*)?(?:돌|대리석|타일|콘크리트)(?:이라서?|라서?|이니까|니까)(?=\s*(?:[가-힣]+\s*){0,6}?(?:천장|벽)?(?:까지|에|으로)?\s*(?:쫙\s*|다\s*|막\s*)?울(?:려|리|린|립))", "room", {"room": "wet"}),
    (r"사방(?:이|은)?\s*(?:다\s*)?유리(?:라서?|이라서?|니까)(?=\s*(?:[가-힣]+\s*){0,6}?(?:쨍하게|쨍쨍|쨍)\s*울(?:려|리|린|립))", "room", {"room": "slightly_wet"}),
    (r"(?:소리|말소리|목소리)(?:가|도|는)?\s*(?:푹|다|그냥|완전|싹)?\s*먹혀", "room", {"room": "dry"}),
    # (round 49, dev set 12ha) dead rooms in Korean: 소리가 안 튄다, 귀에 솜 낀 느낌, 울림이 싹 사라지고, 마른 소리, 퍽퍽해,
    # 울림이 별로 없어, 울리진 않고 뭉개져, 카펫까지 깔려; live ones: 타일 방, 물기 많은 타일
    (r"소리가\s*(?:하나도|전혀|별로|잘)?\s*안\s*튀|귀에\s*솜\s*(?:낀|넣은|막은)|울림(?:이|은|도)?\s*(?:싹|다|완전히|싹\s*다)\s*사라|마른\s*소리|퍽퍽(?:해|하|한)"
     r"|울림(?:이|은|도)?\s*(?:별로|거의|그다지|그렇게)\s*없|울리(?:진|지는)\s*않|카펫(?:까지|이|도)?\s*(?:쫙\s*)?깔", "room", {"room": "dry"}),
    (r"타일\s*(?:방|벽|바닥|욕실|화장실)|물기\s*많은", "room", {"room": "wet"}),
    (_en(r"bare\s+(?:boards|floorboards|floors?|walls)|(?:sounds?|sounded)\s+like\s+(?:it'?s\s+|it\s+was\s+|we'?re\s+|i'?m\s+)?in\s+(?:a|an|the)\s+(?:sports\s+hall|cathedral|church|cave|gym|swimming\s+pool|tunnel|bathroom|stairwell|warehouse|aircraft\s+hangar)"), "room", {"room": "wet"}),  # (round 49) an empty flat "sounds like it's in a sports hall"
    (r"[가-힣]+(?:는|은)\s*줄\s*(?:알았|착각)", "mmask", {}),  # "내 머리에 떨어지는 줄 알았네": what the listener wrongly thought, no move (round 49)
    (r"바닥에\s*(?:[가-힣]+\s+){0,2}?[가-힣]*\s*(?:깔려|깔린|깔아|깔았|깔려\s*있)", "mask", {"nopos": True}),
    (r"횡단보도", "mmask", {}),
    (r"뒤에서\s*(?:누가\s*|누군가\s*)?(?:확\s*|살짝\s*|세게\s*|쾅\s*)?(?:밀어서|밀었|밀치|밀길래|밀어\s*가지고|들이받|박아서|박았)", "mask", {}),  # "누가 뒤에서 밀어서 내 범퍼카가 ... 돎": who pushed, not the sound (round 49)
    (r"(?:끝내고|마치고|끝나고)\s*(?:[가-힣]+\s*)?(?:내려오|올라가|내려가|올라오)(?:는데|다가|니까|던\s*길에)", "mmask", {}),  # "점검 끝내고 내려오는데": the listener's own way
    (_en(r"on\s+(?:the|our|my)\s+way\s+(?:up|down)(?=\s*[,.;!?]|\s+(?:so|and|but|the|to|i|we|you)(?![a-z]))"), "mask", {"nopos": True}),  # "a turn to the right on the way up": the ride, no height (round 49)
    # (round 49, dev set 12hc) a broken thing on one side ("우측 깜빡이 고장 난 분", "오른쪽 구두 굽은 나가고"), hiking courses
    # named 앞산 / 뒷산, the listener going to or visiting a place upstairs or underground: no place of the sound
    (r"(?:우측|좌측|오른쪽|왼쪽)\s*(?:깜빡이|방향\s*지시등|헤드\s*라이트|사이드\s*미러|백미러|바퀴|타이어|문짝|범퍼|구두|신발|운동화|양말|장갑|안경알|다리|무릎)\s*(?:굽|끈|알)?\s*(?:이|가|은|는|도)?\s*(?:고장|나가|나간|나갔|터졌|터져|터진|펑크|찢어|빠졌|빠져|부러|깨진|깨졌|깨져|찌그러진|찌그러졌)", "mask", {"nopos": True}),
    (r"(?:앞산|뒷산)\s*(?:말고|코스|등산로|둘레길|산책로|으로\s*가|로\s*가)", "mask", {"nopos": True}),
    (r"(?:위층|윗층|아래층|아랫층|지하|보일러실|기계실|지하실|창고)\s*(?:[가-힣]+\s*){0,2}?(?:가서|갔다가|갔다\s*와|갔다\s*오|올라가서|내려가서|써\s*봤는데|견학\s*갔는데|가\s*봤는데|들어갔는데)", "mask", {"nopos": True}),
    (_en(r"(?:the|our|this|that|morning|afternoon|evening|night|early|late|last|first|ferry|channel|overnight|return)\s+(?:ferry\s+|channel\s+|sea\s+)?crossing(?=\s+(?:the\s+kids|we|i|everyone|was|were|is|took|takes|went|got|had|the\s+[a-z]+\s+(?:all|were|was))(?![a-z])|\s*[,.;!?]|$)"), "mmask", {}),  # "during the afternoon crossing": a ferry trip
    (_en(r"(?:lying|lies|lay|riding|rides|rode|sitting|sits|sat|swinging|swings)\s+at\s+anchor"), "dist", {"m": 150.0}),  # another boat at anchor: well off  # a crosswalk is a place, not a crossing of the sound (round 49)
    (r"(?<![가-힣])(?!(?:우측|좌측|오른쪽|왼쪽|오른편|왼편|정면|앞쪽|뒤쪽|옆쪽|바로|제|내|우리|저기|거기)\s)[가-힣]{2,6}\s+(?:바로\s*)?(?:밑|아래|앞|옆)에\s*서\s*(?:있으니까|있는데|있어서|있었는데|있다가)", "mask", {"nopos": True}),  # "신호등 바로 밑에 서 있으니까": where the listener stands
    (r"(?:\d+|몇|한\s*\d+|한)\s*(?:초|분|시간)(?:은|는|이|가|쯤|정도)?\s*(?:는\s*)?지나(?:서|고|야|면|니|서야)", "mmask", {}),  # "한 30초는 지나서야 천둥이": time passing  # "바닥에 두꺼운 매트가 깔려서": the floor's covering, not a place below
    (r"(?:깡깡|쨍쨍|깽깽)\s*울(?:려|리|린|립)", "room", {"room": "slightly_wet"}),  # a small metal box rings, but briefly
    # "my voice comes back off the brick vaults": an echo
    (_en(r"(?:voice|voices|footsteps|steps|words|shout|shouts|clap|claps|whistle|call)\s+(?:comes?|came|coming|bounces?|bounced|bouncing|rings?|rang|ringing)\s+back(?:\s+(?:off|from|at))?"), "room", {"room": "wet"}),
    (_en(r"(?:comes?|came|coming|bounces?|bounced|bouncing|rings?|rang|ringing|screams?|screamed|screaming|roars?|roared|roaring|howls?|howled|howling)\s+back\s+(?:off|from|at)"), "mmask", {}),
    # "humming in the tiled shower room": hard tiles all round ring more than a bathroom with towels (writers: 0.5-1)
    # (round 49) "the bare concrete threw it back at me twice", "listen to it go round and round the limestone": echoes
    # (round and round the room: no orbit either)
    (_en(r"(?:threw|throws|throwing|flung|flings|bounced|bounces|bouncing|sent|sends|sending|gave|gives|giving)\s+(?:it|that|them|the\s+[a-z]+|every\s+[a-z]+)\s+(?:straight\s+|right\s+)?back\s+at\s+(?:me|us|you)(?:\s+(?:twice|again|three\s+times))?"
         r"|" + _ROUND_THE_ROOM_EN), "room", {"room": "wet"}),
    (_en(_ROUND_THE_ROOM_EN), "mmask", {}),
    (_en(r"(?:in|under)\s+the\s+shower(?!\s+(?:curtain|head|gel|rail|screen|door|tray|caddy))(?![a-z])"), "room", {"room": "wet"}),  # a stall of tiles (writers: 0.4-1, 0.5-1; round 55)
    # "sounds like it's inside a bell", "소리가 한참을 돌다가 사라짐": a long ring
    (_en(r"(?:sounds?|sounding|sounded)\s+like\s+(?:it'?s|it\s+is|it\s+was|you'?re|i'?m|we'?re)\s+(?:inside|in)\s+a\s+(?:bell|cathedral|church|cave|tunnel|tin\s+can|drum)(?![a-z])"), "room", {"room": "very_wet"}),
    (r"소리가\s*(?:한참(?:을)?|오래|계속)\s*(?:돌다가|맴돌다가|울리다가|돌고)", "room", {"room": "very_wet"}),
    (_en(r"tiled\s+(?:shower(?:\s+room)?|bathroom|washroom|toilets?|loo|lav|wc|corridor|hallway|hall|kitchen|locker\s+room|changing\s+room|room|stairwell|underpass)"), "room", {"room": "wet"}),
    # (round 40) sound thrown back by the room: "my voice bounces off everything", "every clank bounces off the steel
    # walls", "the whistle bounces all over the tin roof" (a reflection: wet, and no place or move of the source)
    (_en(_BOUNCES_OFF_EN), "room", {"room": "wet"}),
    (r"(?:아주|매우|엄청|굉장히|정말|무척)\s*(?:울리|울려|울림|잔향|리버브|메아리)|잔향(?:이|을)?\s*(?:아주|엄청|매우)\s*(?:길|많)|끝없(?:는|이)\s*(?:잔향|메아리|울림)|웅장한\s*(?:잔향|울림)", "room", {"room": "very_wet"}),
    # (round 41, dev set 12fa) a room told by its walls or its ring: "it's all tiles and water", "rings round forever",
    # a dome; "울림은 거의 없어" (no ring at all)
    (_en(r"(?:all|just|nothing\s+but)\s+(?:tiles?|tiling|glass\s+and\s+concrete|concrete\s+and\s+glass|bare\s+concrete|stone)(?![a-z])|(?:rings?|rang|echoes|echoed|bounces?|bounced)\s+(?:a)?round\s+(?:forever|for\s+ever|for\s+ages|and\s+round)"), "room", {"room": "wet"}),
    (r"(?<![가-힣])돔\s*(?:안|속|천장)|둥글어서\s*(?:[가-힣]+\s*){0,6}?울려", "room", {"room": "wet"}),
    (r"울림(?:은|이|도)?\s*(?:거의\s*|하나도\s*|전혀\s*)?(?:없|안\s*나)", "room", {"room": "dry"}),
    (_en(r"(?:steel|metal|iron|concrete|stone|tiles?|glass)\s+all\s+(?:a)?round|rings?\s+like\s+a\s+bell|(?:hung|hangs|hanging)\s+there\s+for\s+(?:ages|ever|seconds)"), "room", {"room": "wet"}),
    (_en(r"sounds?\s+(?:totally\s+|really\s+|completely\s+|so\s+|dead\s+|all\s+)?(?:flat|dull|dead)(?![a-z])"), "room", {"room": "dry"}),
    # (round 42, dev set 12fm) a cupboard of coats, a sound "wrapped in wool", a glasshouse, a brick vault or railway arch;
    # Korean: 벽돌 아치, hay packed to the ceiling
    (_en(r"(?:sounds?|sounded|sounding)\s+(?:like\s+it'?s\s+|as\s+if\s+it'?s\s+)?(?:wrapped|muffled|swaddled)\s+in\s+(?:wool|cotton\s+wool|cotton|blankets?|felt)|(?:coats|clothes|curtains|blankets|foam|books)\s+floor\s+to\s+ceiling"), "room", {"room": "dry"}),
    (_en(r"(?:long\s+|old\s+|big\s+)?(?:glasshouse|greenhouse|conservatory|palm\s+house)(?![a-z])"), "room", {"room": "slightly_wet"}),
    (_en(r"brick\s+(?:vault|vaults|arch|arches)|railway[- ]arch|(?:under|in)\s+the\s+arches"), "room", {"room": "hall"}),
    (r"벽돌\s*(?:아치|볼트|지하실)|아치형?\s*천장", "room", {"room": "hall"}),
    (r"천장까지\s*(?:꽉|가득)\s*(?:차|쌓)", "room", {"room": "dry"}),
    # (round 42, dev sets 12fs/12ft) a multistorey car park; a hall whose ceiling is high (천장이 워낙 높아서)
    (_en(r"multi-?stor(?:e)?y(?:\s+car\s+park)?|underground\s+car\s+park|parking\s+garage"
         r"|(?:basement|underground)\s+(?:car\s+park|parking)|(?:level|floor)\s+(?:b\d|minus\s+[a-z]+|-\s?\d)\s+(?:of\s+)?(?:the|this|that|a|an)\s+(?:car\s+park|parking)"), "room", {"room": "wet"}),  # (round 61: "level B2 of the car park")
    (r"지하\s*(?:\d\s*층\s*)?주차장|주차장\s*(?:지하\s*)?(?:b|지하\s*)\d\s*층?", "room", {"room": "wet"}),  # underground car parks (round 61)
    (r"천장(?:이|은)?\s*(?:워낙\s*|너무\s*|엄청\s*|꽤\s*)?높(?:아|은(?!\s*(?:데|곳|쪽))|고|아서)", "room", {"room": "hall"}),
    # (round 51, dev set 12hk) echoes told by what comes back ("every word came back off the rock two or three times",
    # "every dribble comes back at you twice"), a hard room that rings ("the whole concrete deck rings with it"),
    # Korean long ringing and sound that spreads and comes back (오래 울립니다, 퍼졌다가 돌아와, 콘크리트 천장에 울려서)
    (_en(r"(?:came|comes|coming|come)\s+back\s+(?:off|from)\s+the\s+(?:rock|rocks|walls?|cliffs?|cliff\s+face|stone|ceiling|tiles?|hull|roof|dome|vault)(?![a-z])"), "room", {"room": "wet"}),
    (_en(r"(?:came|comes|coming|come)\s+back\s+at\s+(?:you|me|us)\s+(?:twice|two\s+or\s+three\s+times|three\s+times|again)(?![a-z])"), "room", {"room": "wet"}),
    (_en(r"(?:concrete|stone|tiled|steel|metal|brick|marble|iron)\s+(?:[a-z]+\s+)?(?:deck|floor|hall|room|garage|stairwell|level|hull|vault|tunnel|corridor|walls?|shed|tank)\s+(?:rings|ring|rang|ringing|echoes|echo|echoed|echoing|booms|boomed)(?![a-z])"), "room", {"room": "wet"}),
    (r"오래\s*(?:울리|울려|울립|울렸|울림|울린)", "room", {"room": "wet"}),
    (_en(r"(?:swallows?|swallowed|swallowing|eats?\s+up|ate\s+up|kills?|killed|soaks?\s+up|soaked\s+up|absorbs?|absorbed|deadens?|deadened)\s+(?:every|all\s+the|all|the|any)\s+(?:echo|echoes|sound|reverb|ring)(?![a-z])"
         r"|(?<![a-z])sound(?:s|ed)?\s+(?:weirdly|oddly|strangely|really|so|totally|kind\s+of|completely|all)\s+(?:flat|dull|dead)(?![a-z])"
         r"|dead\s+(?:little|small|old)\s+room|(?:all|nothing\s+but)\s+carpets?\s+and\s+(?:heavy\s+|thick\s+)?(?:drapes|curtains)|heavy\s+(?:drapes|curtains)"), "room", {"room": "dry"}),
    (_en(r"(?:pings?|pinged|pinging|clangs?|clanged|clanging)\s+off\s+(?:the|those|all\s+the)\s+(?:steel|metal|tin|iron|concrete|tiled|stone)\s+walls?(?![a-z])"), "room", {"room": "wet"}),
    (r"소리가\s*(?:다|전부|싹)\s*죽(?:어|네|음|는다|더라|었)", "room", {"room": "dry"}),
    # (round 53, dev set 12hq) "smacks off the concrete pillars", "지하 3층은 진짜 울려요": a hard room that rings
    (_en(r"(?:smack|smacks|smacked|smacking|bounce|bounces|bounced|bouncing|ricochet(?:s|ed|ing)?)\s+off\s+(?:the|all\s+the|those)\s+(?:[a-z-]+\s+){0,2}?(?:pillars?|walls?|columns?|concrete|tiles?)(?![a-z])"), "room", {"room": "wet"}),
    (r"(?:층|주차장|계단|계단실|복도|강당|체육관|터널|화장실|목욕탕|수영장|성당|교회|동굴|창고)(?:은|는)\s*(?:진짜|정말|엄청|완전|너무|되게|겁나|유난히|특히)?\s*(?:잘\s*)?(?:울려|울리|울림|울립)", "room", {"room": "wet"}),
    (_en(r"(?:go|goes|going|went)\s+round\s+and\s+round\s+for\s+(?:ages|ever|a\s+while|seconds|a\s+good\s+while)"), "room", {"room": "wet"}),
    (r"(?:퍼졌다가|퍼지다가|퍼져서|퍼졌다|퍼지고)\s*(?:다시\s*)?(?:돌아와|돌아오|돌아온|돌아왔)", "room", {"room": "wet"}),
    (r"(?:콘크리트|강철|쇠|철판|돌|타일|대리석)\s*(?:천장|벽|바닥)(?:에|이라|이어서|이니까|이라서)?\s*(?:쫙\s*|다\s*)?(?:울려|울리|울림|울립|울렸|울린)", "room", {"room": "wet"}),
]

OCCLUSION: list[Entry] = [
    # payload "level": SpatialParams.occlusion (0 = open air, 1 = a heavy wall); the strongest one said wins
    (_en(r"through\s+(?:a|the|some|thin|thick|my|our)?\s*(?:thin\s+|thick\s+|concrete\s+|brick\s+|solid\s+)?(?:walls?|floor|floorboards|ceiling)|behind\s+(?:a|the|that|this|some|thick|heavy|solid|concrete|brick)\s+(?:\w+\s+)?wall|(?:on\s+)?the\s+other\s+side\s+of\s+the\s+wall"), "occl", {"level": 0.8}),
    (_en(r"(?:from\s+)?(?:the\s+)?next\s+room|next\s+door|(?:another|the\s+other|an\s+adjacent|the\s+adjacent|a\s+neighbouring|a\s+neighboring)\s+room"), "occl", {"level": 0.7}),
    (_en(r"under\s+a\s+(?:blanket|duvet|pillow)|inside\s+a\s+(?:box|closet|cupboard|wardrobe|drawer)|in\s+(?:a|the)\s+(?:closet|cupboard|wardrobe|drawer)"), "occl", {"level": 0.6}),
    (_en(r"through\s+(?:a|the|some|my|our)?\s*(?:closed\s+|wooden\s+|heavy\s+)?doors?|behind\s+(?:a|the|that|this|some|closed|thick|heavy)\s+(?:\w+\s+)?door|muffled|occluded|smothered|dampened|muted"), "occl", {"level": 0.5}),
    (_en(r"through\s+(?:a|the|some|my|our)?\s*(?:closed\s+|glass\s+)?(?:window|glass)|behind\s+(?:a|the|that|this|some|closed|thick|heavy)\s+(?:\w+\s+)?(?:window|glass)"), "occl", {"level": 0.4}),
    (_en(r"through\s+(?:a|the)?\s*(?:partition|fence|hedge)|behind\s+(?:a|the|that|this|some|closed|thick|heavy)\s+(?:\w+\s+)?(?:screen|partition|fence|barrier|hedge)"), "occl", {"level": 0.3}),
    (_en(r"(?:through|behind)\s+(?:a|the|that|this|some|closed|thick|heavy|thin)\s+(?:\w+\s+)?curtains?"), "occl", {"level": 0.2}),
    # "comes in through the door", "문을 통해 들어와": a way in, not a barrier between the sound and the listener
    (_en(r"(?:comes?|came|coming|walks?|walked|walking|steps?|stepped|bursts?|runs?|ran|rushes|rushed|goes|went|storms?|stormed|wanders?|slips?)\s+(?:in\s+|out\s+|back\s+)?through\s+(?:a|the|my|our)?\s*(?:front\s+|back\s+|open\s+)?doors?(?:way)?"), "omask", {}),
    (r"(?:문|현관문|방문)\s*(?:을|를)?\s*(?:통해|열고)\s*(?:들어|나가|나와|나간|들어온|들어와)", "omask", {}),
    (r"벽\s*(?:너머|건너|뒤|뒤편|뒤쪽|을\s*통해|을\s*넘어|넘어)|벽을\s*사이에|벽\s*저편|(?:바닥|천장|천정)\s*(?:너머|을\s*통해|을\s*뚫고)", "occl", {"level": 0.8}),
    (r"옆방(?!향)|옆집|다른\s*방", "occl", {"level": 0.7}),
    (r"이불\s*속|벽장\s*안|옷장\s*안|상자\s*안|서랍\s*안|찬장\s*안", "occl", {"level": 0.6}),
    (r"(?:문|문짝|현관문|방문)\s*(?:너머|건너|뒤|뒤편|뒤쪽|안쪽|사이로|틈|을\s*통해|를\s*통해|넘어)|닫힌\s*문(?:\s*(?:뒤|너머|건너|안)(?:편|쪽)?)?|먹먹(?:하게|한|히)|둔탁(?:하게|한|히)|막힌\s*듯", "occl", {"level": 0.5}),
    (r"(?:유리|창문|창|유리창)\s*(?:너머|건너|뒤|뒤편|뒤쪽|안쪽|사이로|틈|을\s*통해|를\s*통해|넘어)", "occl", {"level": 0.4}),
    (r"(?:칸막이|담장|담|울타리)\s*(?:너머|건너|뒤|뒤편|뒤쪽|사이로|틈|을\s*통해|를\s*통해|넘어)", "occl", {"level": 0.3}),
    (r"(?:커튼|장막|휘장)\s*(?:너머|건너|뒤|뒤편|뒤쪽|안쪽|사이로|틈|을\s*통해|를\s*통해|넘어)", "occl", {"level": 0.2}),
]

GAINS: list[Entry] = [
    (_en(r"(?:barely|hardly|just\s+barely)\s+audible|almost\s+(?:inaudible|silent)|(?:very|extremely|really)\s+(?:quiet(?:ly)?|soft(?:ly)?|faint(?:ly)?)|at\s+the\s+edge\s+of\s+hearing|a\s+ghost\s+of"), "gain", {"db": -15.0}),
    (_en(r"whisper(?:s|ing|ed|y)?|murmur(?:s|ing)?|under\s+(?:your|my|his|her|one's)\s+breath"), "gain", {"db": -9.0}),
    (_en(r"quietly|quiet(?!\s+(?:evening|night|room|morning|afternoon|street|place|moment|day|house|library|neighbou?rhood|corner|town|village|space))|softly|soft(?!\s+(?:carpet|light|furnishings|pillow))|faint(?:ly)?|hushed|low\s+volume|at\s+a\s+low\s+level|subdued|weak(?:ly)?"), "gain", {"db": -6.0}),
    (_en(r"loud(?:ly)?|booming|powerful(?:ly)?|forte|strong(?:ly)?|punchy"), "gain", {"db": 4.0}),
    (_en(r"(?:very|extremely|really|super|incredibly)\s+loud(?:ly)?|deafening(?:ly)?|ear[- ]splitting|thunderous(?:ly)?|at\s+full\s+volume|blasting|full\s+blast|screaming\s+loud"), "gain", {"db": 8.0}),
    (r"겨우\s*들릴|거의\s*안\s*들|들릴\s*듯\s*말\s*듯|(?:아주|매우|엄청|정말|극히)\s*(?:작게|조용히|희미하게|작은)|희미하게|가물가물|아스라이|아련하게", "gain", {"db": -15.0}),
    (r"속삭|소곤|귓속말|중얼", "gain", {"db": -9.0}),
    (r"작게|작은\s*소리로|조용히|조용하게|살며시|나지막이|나지막하게|나직이|잔잔하게|은은하게|약하게|여리게|살살", "gain", {"db": -6.0}),
    (r"크게|큰\s*소리로|우렁차게|우렁찬|시끄럽게|시끄러운|쩌렁|힘차게|강하게|세게|요란하게|요란한", "gain", {"db": 4.0}),
    (r"(?:아주|매우|엄청|정말|굉장히|무지)\s*(?:크게|시끄럽게|요란하게|큰\s*소리)|귀청|귀가\s*찢어|고막이|천둥\s*같|폭발하듯|최대\s*볼륨", "gain", {"db": 8.0}),
]

_APPROACH_EN = r"approach(?:es|ing|ed)?|(?:straight|dead)\s+(?:at|for)\s+(?:me|us)(?![a-z])|right\s+for\s+(?:me|us)(?![a-z])|(?:coming|comes|came|bearing|bears|bore)\s+down\s+on\s+(?:me|us)(?![a-z])|(?:bring(?:s|ing)?|brought)\s+(?:it|him|her|them)\s+(?:back\s+)?in(?![a-z])(?!\s+(?:time|line|mind))|(?:fly|flies|flying|flew|comes?|came|coming|drifts?|drifting|drifted|walks?|walking|walked|rolls?|rolling|rolled)\s+in\s+from\s+(?:far|way\s+off|afar|the\s+distance|a\s+distance)(?![a-z])|(?:begins?|began|starts?|started|starting)\s+(?:out\s+)?(?:very\s+)?(?:faint|faintly|distant|far\s+away|far\s+off|barely\s+audible)(?=[^.;!?]*?(?:ends?\s+up|until|then)\s[^.;!?]*?(?:next\s+to|beside|close|right\s+(?:by|at|in)|in\s+(?:my|your)\s+(?:ear|face)|loud|screaming|deafening))|[a-z]++(?:(?<=[a-z]s)|(?<=[a-z]ing))\s+(?:(?:slowly|quickly|steadily|gradually|gently|calmly|carefully|lazily|quietly|cautiously|straight|right|directly|back)\s+)?(?:(?:toward|towards|straight\s+(?:at|toward|towards))\s+(?:you|me|us|the\s+(?:listener|camera|mic|microphone|audience|viewer|player))|up\s+(?:to|beside|next\s+to|alongside)\s+(?:you|me|us)|over\s+to\s+(?:you|me|us)(?![a-z]))|(?:comes?|coming|came|moves?|moving|moved|walks?|walking|runs?|running|crawls?|crawling|creeps?|creeping|drifts?|drifting|flies?|flying|rolls?|rolling|heads?|heading|steps?|stepping|gets?|getting|got|draws?|drawing|drew|inches?|inching|edges?|edging)\s+(?:closer|nearer|in\s+close|up\s+(?:to|on)\s+(?:you|me)|toward(?:s)?\s+(?:you|me|us|the\s+listener)|at\s+(?:you|me)|near)|closer\s+and\s+closer|louder\s+and\s+louder|nearer\s+and\s+nearer|draws?\s+near|drawing\s+near|clos(?:es|ing)\s+in|nears|nearing|advanc(?:es|ing)|(?:comes?|coming)\s+(?:in|toward|towards|up)|zoom(?:s|ing)?\s+in|homes?\s+in|(?:grows?|growing|gets?|getting)\s+(?:louder\s+and\s+)?(?:closer|nearer)|(?:bring|brings|bringing|pull|pulls|pulling)\s+(?:the\s+[a-z]+|it|them)\s+(?:[a-z]+\s+){0,3}?(?:up\s+)?(?:to|towards?|in\s+to|close\s+to)\s+(?:the\s+listener|you|me|us)(?![a-z])|arriv(?:es|ing)|on\s+its\s+way\s+(?:to|toward)\s+(?:you|me)|(?:comes?|coming|came|heads?|heading|headed|moves?|moving|[a-z]+(?:s|ing|ed))\s+(?:our|my|your)\s+way|(?:grows?|growing|grew|swells?|swelling|swelled|builds?|building|built)\s+from\s+(?:a|an)\s+(?:faint|distant|far[- ]off|quiet|soft|tiny|small|low|barely\s+audible)|(?:comes?|coming|came)\s+(?:running|rushing|hurrying|racing|flying|bounding|charging)\s+(?:up\s+)?(?:to|toward|towards|at)\s+(?:you|me|us)|pulls?\s+(?:into|in(?!\s+(?:the|a)\s)|up\s+(?:to|beside|next))|pulling\s+(?:into|in\b)|(?:comes?|coming|came)\s+(?:trotting|running|rushing|hurrying|racing|bounding|padding|waddling|wandering|walking|strolling|scurrying|skipping|dashing|toddling|marching|stomping)\s+over(?=\s+(?:from|to\s+(?:me|us)(?![a-z])))|(?:is|are|was|were)\s+coming\s+(?:in)?to\s+(?:my|our)\s+(?:room|bedroom|door|house|flat|tent|office|desk|table|bed)(?![a-z])"
_A_BIT = r"(?:(?:ever|steadily|slowly|even|much|still|a\s+(?:bit|little|touch|lot)|slightly)\s+)?"
"""An optional softener before a comparative ("a bit nearer", "ever closer", "steadily further off")."""
_SOME_VERB = (
    r"(?:(?<![a-z])(?!(?:is|was|has|does|this|its|his|hers|yes|as|us|sits|sat|stands|stood|lies|lives|seems|seemed|looks|looked|feels|felt|gets|getting|placed|seated|positioned|located|situated|mounted|parked|kept|held)\s)"
    r"[a-z]+(?:(?<=[a-z]s)|(?<=[a-z]ing)|(?<=[a-z]ed))|(?:his|her|its|their|my|our|your)\s+way)"
)
"""A verb that moves or sounds ("buzzing", "rattles", "drifted", "working his way") before a comparative; not one that
says where a thing is ("is / sits / lies closer") nor "gets closer" (read elsewhere)."""
_EVERY_ONE = (
    r"(?:(?:with\s+)?(?:every|each)\s+[a-z]+(?:\s*,)?\s+(?:it|they|he|she|the\s+[a-z]+)(?:'s|'re|\s+(?:is|are|was|were|sounds?|sounded|seems?|seemed|comes?|came))"
    r"|(?:every|each)\s+[a-z]+\s+(?:sounds?|sounded|seems?|seemed|is|was|comes?|came))"
)
"""Each sound of a series said nearer or further than the last ("every blast sounds further out", "with every breath
it's a bit further out", "each call comes from a bit nearer")."""
_RECEDE_EN = r"reced(?:es|ing|ed)?|(?:carried|carries|carrying|carry)\s+(?:her|him|it|them|the\s+[a-z]+)\s+(?:out|off|away)(?![a-z])|(?:and|until\s+(?:it'?s|it\s+is|it\s+was))\s+(?:well\s+)?out\s+of\s+(?:earshot|hearing)|[a-z]++(?:(?<=[a-z]s)|(?<=[a-z]ing))\s+out\s+to\s+sea|(?:goes|going|moves?|moving|drifts?|drifting|fades?|fading)\s+out\s+of\s+(?:earshot|hearing|sight)|[a-z]++(?:(?<=[a-z]s)|(?<=[a-z]ing))\s+(?:(?:slowly|quickly|steadily|gradually|gently|calmly|carefully|lazily|quietly|cautiously|straight|right|directly|back)\s+)?away\s+from\s+(?:you|me|us|(?:my|our)\s+(?:left|right|side))|(?:climbs?|climbing|soars?|soaring|rises?|rising)\s+(?:away|off)|(?:goes?|going|went|gone)\s+(?:away|(?:further|farther)\s+away|off\s+(?:into|down|up|along|across|toward|towards|to|in\s+the\s+distance))|(?:moves?|moving|moved|walks?|walking|walked|runs?|running|ran|drifts?|drifting|drifted|flies?|flying|flew|floats?|floating|floated|rolls?|rolling|rolled|heads?|heading|headed|wanders?|wandering|wandered|pulls?|pulling|pulled|backs?|backing|backed|sails?|sailing|sailed|travels?|travelling|traveling|travelled|traveled|drives?|driving|drove|rides?|riding|rode|speeds?|speeding|sped|zooms?|zooming|zoomed|zips?|zipping|zipped|whizz(?:es|ing|ed)|races?|racing|raced|hurries|hurrying|hurried|marches|marching|marched|swims?|swimming|swam|trots?|trotting|trotted|gallops?|galloping|galloped|limps?|limping|limped|stomps?|stomping|stomped|shuffles?|shuffling|shuffled|slips?|slipping|slipped|slides?|sliding|slid|creeps?|creeping|crept|edges?|edging|edged)\s+(?:(?:slowly|quickly|gradually|gently|lazily|steadily|quietly|noisily|loudly)\s+)?(?:away|off(?:\s+into)?(?!\s+(?:a|an|his|her|its|their|our|your|my)\s)|further\s+away|farther\s+away)|(?:gets?|getting|grows?|growing)\s+(?:farther|further|more\s+distant)|farther\s+and\s+farther|further\s+and\s+further|fad(?:es|ing|ed|e)\s+(?:away|out|off|into\s+the\s+distance)|dies?\s+away|dying\s+away|trails?\s+off|retreat(?:s|ing)?|withdraw(?:s|ing)?|(?<!the\s)(?<!dry\s)(?<!dead\s)(?<!fallen\s)(?<!autumn\s)(?<!of\s)(?<!sweeping\s)(?<!raking\s)(?<!rustling\s)(?<!green\s)(?<!wet\s)leav(?:es|ing)(?!\s+(?:rustl\w*|fall\w*|crunch\w*|blow\w*|swirl\w*|skitter\w*|in\s+the\s+wind))|departs?|departing|disappear(?:s|ing)?\s+(?:into|in)\s+the\s+(?:distance|clouds?|sky|night|dark(?:ness)?|fog|mist)|(?:grows?|growing|gets?|getting)\s+fainter|fainter\s+and\s+fainter|(?:quieter|softer)\s+and\s+(?:quieter|softer)|fad(?:e|es|ing|ed)\s+(?:down|along)\s+the|vanish(?:es|ing)?\s+(?:into|in)\s+the\s+distance|into\s+the\s+distance|recedes?"
_PASS_EN = r"(?:took|carried|wheeled|dragged)\s+(?:it|him|her|them)\s+(?:out|away|off|outside)\s+(?:through|via|by)(?=\s+(?:the|a|that)\s)|pass(?:es|ing|ed)?(?:\s+(?:by|over|behind|across|through|in\s+front))?|behind\s+(?:me|us|you)(?:\s+(?:on|in|along|down|up)\s+the\s+[a-z]+(?:\s+[a-z]+)?)?\s+and\s+(?:zip|zoom|shoot|shot|speed|sped|race|racing|tear|tore|roar|whizz?|thunder|rumbl|accelerat|pull)[a-z]*\s+(?:off|away)\s+(?:ahead|in\s+front|forwards?|up\s+the\s+(?:road|street|lane))(?![a-z])|(?:carri(?:es|ed)|carry(?:ing)?|keeps?|kept|goes|went|drives?|drove)\s+(?:straight\s+|right\s+)?on\s+past|(?:thunder(?:s|ed|ing)?|roar(?:s|ed|ing)?|rumbl(?:es|ed|ing)|tore|tears?|tearing|shot|shoots?|sped|speeds?|rac(?:es|ed|ing)|barrel(?:s|l?ed|l?ing)|whizz(?:es|ed|ing)?|zoom(?:s|ed|ing)?|blast(?:s|ed|ing)?|hurtl(?:es|ed|ing)|rattl(?:es|ed|ing)|buzz(?:es|ed|ing)?|whoosh(?:es|ed|ing)?|scream(?:s|ed|ing)?|skat(?:es|ed|ing)|glid(?:es|ed|ing))\s+(?:straight\s+|right\s+)?(?:(?:on|out|off)\s+)?past|(?:carri(?:es|ed)|carry(?:ing)?|keeps?|kept|goes|went|drives?|drove|rolls?|rolled)\s+(?:straight\s+|right\s+)?on\s+(?:off\s+)?(?:ahead|in\s+front|forwards?|up\s+the\s+road|behind\s+(?:me|us))(?![a-z])|(?:and|then)\s+(?:shot|shoots?|zoom(?:s|ed)?|sped|speeds?|rac(?:es|ed)|tore|tears?|roar(?:s|ed))\s+off\s+(?:ahead|in\s+front|up\s+the\s+road)(?![a-z])|(?:flies?|flying|flew|whoosh(?:es|ing|ed)?|swoosh(?:es|ing|ed)?|zoom(?:s|ing|ed)?|zips?|zipping|zipped|go(?:es)?|going|went|came|comes|coming|drives?|driving|drove|rush(?:es|ing|ed)?|speeds?|speeding|sped|races?|racing|raced|runs?|running|ran|walks?|walking|walked|swoop(?:s|ing|ed)?|shoots?|shooting|shot|roar(?:s|ing|ed)?|rumbl(?:es|ing|ed)|whizz?(?:es|ing|ed)?|clatter(?:s|ing|ed)?|clank(?:s|ing|ed)?|clunk(?:s|ing|ed)?|rattl(?:es|ing|ed)|buzz(?:es|ing|ed)?|sail(?:s|ing|ed)?|cycl(?:es|ing|ed)|rides?|riding|rode|hurr(?:ies|ying|ied)|blows?|blew|streak(?:s|ing|ed)?|putt(?:ers?|ering|ered|s)|barrel(?:s|led|ed|ling|ing)|putt-putt(?:s|ed|ing)?|trundl(?:es?|ing|ed)|scoot(?:s|ing|ed)?|chug(?:s|ging|ged)?|jog(?:s|ging|ged)?|cruis(?:es?|ing|ed)|glid(?:es?|ing|ed)|roll(?:s|ing|ed)|motor(?:s|ing|ed)|thump(?:s|ing|ed)|chopp(?:ed|ing))\s+(?:right\s+|straight\s+)?(?:by(?!\s+(?:my|your)\s)(?!\s+(?:mistake|accident|hand|itself|themselves|ear|now|then|chance|default|design|the\s+way|the\s+book)(?![a-z]))(?!\s+the\s+(?:front\s+|back\s+|side\s+)?(?:door|doors|window|windows|entrance|exit|sink|counter|till|tills|bar|fire|fireplace|bed|desk|stove|wall|gate|stairs|lift|machines?)(?![a-z]))|past)|(?:sweeps?|sweeping|swept)(?!\s+(?:up\s+)?(?:the\s+|dry\s+|dead\s+|fallen\s+)?(?:leaves|floor|path|yard|street|dust|steps|porch|broom))(?!\s+(?:right\s+)?across\s+the\s+(?:whole|entire)\s)|crosses|crossing|cross(?:es)?\s+over|cut(?:s|ting)?\s+(?:straight\s+|right\s+|diagonally\s+)?across|pans?\s+(?:from|across)|panning\s+(?:from|across)|(?:moves?|moving|moved|travels?|travelling|traveling|go|goes|going|went|glides?|gliding|slides?|sliding|drifts?|drifting|shifts?|shifting|flows?|flowing|walks?|walking|runs?|running|ran|flies?|flying|flew|migrates?|migrating|drives?|driving|drove|rides?|riding|rode|rolls?|rolling|rolled|races?|racing|raced|bounces?|bouncing|bounced|zooms?|zooming|hops?|hopping|jumps?|jumping|crawls?|crawling|marches|marching|swims?|swimming|sails?|sailing|floats?|floating|hurries|hurrying|dashes|dashing|wanders?|wandering|trots?|trotting|jogs?|jogging|trundl(?:es?|ing|ed)|clatter(?:s|ing|ed)?|rattl(?:es?|ing|ed))\s+(?:from|across)|traverses?|traversing|overtak(?:es?|ing|en)|overtook|roll(?:s|ing|ed)?\s+(?:right\s+)?(?:by|past)\s+(?:me|us|you|him|her|them)(?![a-z])|streaks?\s+(?:across|by|past)|(?:moves?|moving|travels?|travelling|traveling|pans?|panning|shifts?|shifting|slides?|sliding|glides?|gliding|drifts?|drifting|walks?|walking|runs?|running|crawls?|crawling|(?<!my\s)(?<!your\s)(?<!our\s)(?<!his\s)(?<!her\s)heads?|headed|heading)\s+(?:over\s+)?(?:to|toward|towards|into|across\s+to)(?=\s)|(?:fly|flies?|flying|flew|flap(?:s|ped|ping)|flutter(?:s|ed|ing)|soars?|zooms?|whoosh(?:es)?|swoops?|screams?|screaming|screamed|roars?|roaring|roared|thunders|thundering|thundered)\s+(?:right\s+|straight\s+)?over(?:head)?|(?:went|goes|going|thud(?:s|ded|ding))\s+(?:straight\s+over|(?:right\s+|straight\s+)?over\s+the\s+top\s+of\s+(?:us|me)(?![a-z]))"
_ORBIT_EN = r"circl(?:es|ing|ed)|orbit(?:s|ing|ed)?|(?:goes?|going|went|moves?|moving|travels?|travelling|traveling|flies?|flying|walks?|walking|runs?|running|spins?|spinning|swirls?|swirling|whirls?|whirling|loops?|looping|revolves?|revolving|rotates?|rotating|wheels?|wheeling|wanders?|wandering|buzz(?:es|ing)?|dances?|dancing|races?|racing)\s+(?:a)?round\s+(?:and\s+(?:a)?round\s+)?(?:you|me|us|your\s+head|my\s+head|the\s+listener|the\s+room|in\s+a\s+circle|in\s+circles)|round\s+and\s+round|in\s+(?:a\s+)?circles?|full\s+circle|(?:makes?|making|made|does|did|doing|traces?|tracing|traced)\s+(?:a\s+)?(?:full\s+|complete\s+|slow\s+|wide\s+|big\s+|whole\s+)?(?:circle|loop|lap|(?<!does\s)(?<!did\s)(?<!do\s)ring|revolution)|all\s+the\s+way\s+around|revolv(?:es|ing)\s+around|rotat(?:es|ing)\s+around"
_RISE_EN = r"ris(?:es|ing)|rose|climb(?:s|ing|ed)?|ascend(?:s|ing|ed)?|(?:goes|going|went|moves?|moving|floats?|floating|drifts?|drifting|flies?|flying|shoots?|shooting|lifts?|lifting|soars?|soaring|rockets?|rocketing|rocketed|whistl(?:e|es|ed|ing)|fizz(?:es|ed|ing)|whoosh(?:es|ed|ing)|zoom(?:s|ed|ing)|streak(?:s|ed|ing)|scream(?:s|ed|ing))\s+up(?:wards?)?|lifts?\s+off|soar(?:s|ing)?|takes?\s+off|taking\s+off|upwards?|from\s+(?:the\s+)?(?:floor|ground|below|bottom)\s+(?:up\s+)?to"
_FALL_EN = r"fall(?:s|ing)?|fell|drop(?:s|ping|ped)?|descend(?:s|ing|ed)?|(?:goes|going|went|comes?|coming|came|moves?|moving|moved|floats?|floating|drifts?|drifting|flies?|flying|sinks?|sinking|rains?|raining|trickles?|trickling|pours?|pouring|swoops?|swooping|spirals?|spiraling|spiralling)\s+down(?:wards?)?(?!\s+(?:(?:the|a|this|that|our|my)\s+)?(?:street|road|hall|hallway|corridor|lane|path|block|aisle|track|avenue|alley|line|row|platform|carriage|train|bus|cabin|tunnel|pier|jetty|pavement|sidewalk|driveway|garden|beach|room|queue|line|ramp|slipway|slip\s+road|runway|taxiway|market))|sinks|sinking|sank|plummet(?:s|ing)?|dives?|diving|downwards?|from\s+(?:the\s+)?(?:ceiling|sky|top|above)\s+(?:down\s+)?to"
_ZIGZAG_EN = r"zig[- ]?zag(?:s|ging|ged)?|darts?\s+(?:back\s+and\s+forth|left\s+and\s+right|side\s+to\s+side|around)|darting|jerks?\s+(?:left\s+and\s+right|back\s+and\s+forth)|erratic(?:ally)?|jagged\s+path"
_SWAY_EN = r"sway(?:s|ing|ed)?|(?<!full\s)(?:swing(?:s|ing)?|swung)(?!\s+(?:wide\s+|way\s+|right\s+)?(?:round|around|out|past|over|across|into|back)(?![a-z]))|rocks?(?:\s+(?:gently|back\s+and\s+forth|side\s+to\s+side))?|rocking|wobbl(?:es|ing)|waver(?:s|ing)?|oscillat(?:es|ing)|(?:drifts?|moves?|goes|slides?|pans?|bobs?)\s+(?:back\s+and\s+forth|side\s+to\s+side|left\s+and\s+right|to\s+and\s+fro)|pendulum|to\s+and\s+fro|back\s+and\s+forth|side\s+to\s+side|ping[- ]?pong(?:s|ing)?"
_SPIRAL_EN = r"spiral(?:s|ing|ling|ed|led)?|corkscrew(?:s|ing)?|whirlpool|vortex|helix|helical|tornado|swirls?\s+(?:up|down|in|inward|toward|upward|downward)"
_STATIC_EN = r"(?:does\s*n[o']?t|doesn't|never|won't|isn't|is\s+not|not)\s+(?:come|comes|coming|get|gets|getting|move|moving|go|going)\s+(?:any\s+)?(?:nearer|closer|farther|further)|(?:just\s+)?stays?\s+(?:put|still|there|in\s+place|where\s+it\s+is)|stationary|(?:does\s*n[o']?t|doesn't|never)\s+move|not\s+moving|motionless|(?:stands|standing|sits|sitting|holds|holding)\s+still|fixed\s+(?:in\s+place|position)|static|unmoving|steady\s+in\s+place"

MOTIONS_TABLE: list[Entry] = [
    # "slid off the shelf above me", "bounced all the way down to the path", "came whistling down from the chairlift":
    # off something high, down to something low (before "slid off" reads as going away)
    (_en(r"(?:slid|slides|slipped|slips|tumbled|tumbles|toppled|topples|rolled|rolls|fell|falls|jumped|jumps|leapt|leaped|leaps|hopped|hops)"
         r"\s+(?:off|down\s+from|down\s+off)\s+(?:the|a|an|my|our|his|her|its|their)\s+(?:[a-z'-]+\s+){0,3}?"
         r"(?:shelf|shelves|top|roof|ledge|stack|top\s+bunk|fridge|wardrobe|cupboard|cliff|"
         r"tree|branch|rack|mantelpiece|mantel|dresser|tower|diving\s+board)(?![a-z])"  # (not low ones: "rolled off the desk")
         r"|bounc(?:ed|es|ing)\s+(?:all\s+the\s+way\s+)?down(?=\s+(?:to|onto|into|the\s+(?:stairs|steps|cliff|slope|rocks)))"
         r"|(?:came|comes|coming)\s+(?:whistling|tumbling|crashing|hurtling|plummeting|sailing|flying|bouncing)\s+down(?![a-z])"
         r"|climb(?:ed|s|ing)?\s+(?:back\s+)?down(?=\s+(?:from|off|the))"), "motion", {"motion": "fall"}),
    (_en(_SPIRAL_EN), "motion", {"motion": "spiral"}),
    (_en(_ZIGZAG_EN), "motion", {"motion": "zigzag"}),
    (_en(_SWAY_EN), "motion", {"motion": "sway"}),
    (_en(_ORBIT_EN), "motion", {"motion": "orbit"}),
    (_en(_PASS_EN), "motion", {"motion": "pass"}),
    (_en(r"(?:went|goes|go|going|came|comes|coming|ran|runs|running|rolled|rolls|rolling|drove|drives|driving|walked|walks|walking|trundled|trundles|rattled|rattles)\s+(?:straight\s+|right\s+)?(?:down|up)\s+(?:my|our|the|his|her|your)\s+(?:left|right)(?:[- ]hand)?\s+side(?![a-z])"), "motion", {"motion": "pass"}),  # "went down my right side": along it, not a fall (round 50)
    (_en(r"(?:all\s+the\s+)?way\s+up\s+(?:and\s+)?(?:past|along|to\s+(?:me|us))(?![a-z])"), "mask", {"nopos": True}),  # "rolled all the way up and past me": along, not above (round 50)
    (_en(r"(?:marched|marches|marching|strode|strides|striding|stomped|stomps|stomping|paraded|parades|parading)\s+(?:straight\s+|right\s+)?(?:from|past)(?![a-z])"), "motion", {"motion": "pass"}),
    # "rattled through the revolving door behind me, past the desk ...", "wandered in through the gate in front of me",
    # "streamed past me either side", "carried the boombox from the bow back to the stern": moves (round 55, dev set 12hz)
    (_en(r"(?:rattled|rattles|rolled|rolls|trundled|trundles|squeaked|squeaks|clattered|clatters|wandered|wanders|ambled|ambles|strolled|strolls|trotted|trots)\s+(?:in\s+)?through\s+(?:the|a)(?![a-z])"
         r"|(?:streamed|streams|streaming|filed|files|filing|poured|pours|pouring)\s+past(?![a-z])"
         r"|(?:carried|carries|carrying|took|takes|dragged|drags|moved|moves)\s+(?:the|his|her|my|our|their|it)\s+(?:[a-z]+\s+)?from\s+the(?![a-z])"), "motion", {"motion": "pass"}),
    # "she grabbed it and bolted out the door behind me", "moved back towards the far wall behind me": a move off (round 55)
    (_en(r"(?:bolted|bolts|bolting|legged\s+it|scarpered|dashed|dashes|dashing)\s+(?:out|off|away|through)(?![a-z])"
         r"|(?<!\bi\s)(?<!\bwe\s)(?:moved|moves|moving|backed|backs|backing|drifted|drifts)\s+back\s+(?:towards?|into|against|to\s+the)(?=\s)"), "motion", {"motion": "pass"}),
    # "travelled along the skirting behind me and died out on the left", "squeezed along the row on my left and then stood
    # right in front of me": along a way, a move (round 55)
    (_en(r"(?<!\bi\s)(?<!\bwe\s)(?:travell?ed|travels|travelling|traveling|raced|races|rushed|rushes|rolled|rolls|rolling|wheeled|wheels|trundled|trundles|rattled|rattles|walked|walks|crept|creeps|squeezed|squeezes|squeezing|edged|edges|edging|shuffled|shuffles|inched|inches|inching|moved|moves)\s+along(?=\s+(?:the|my|our|his|her|their)\s)"), "motion", {"motion": "pass"}),  # "marched from the stall behind me up my right side" (round 50)
    (_en(r"(?:walks?|walked|walking|carries|carried|carrying|brings?|brought|bringing|wheels?|wheeled|wheeling|takes?|took|taking)\s+(?:it|them|the\s+thing)\s+(?:right\s+|straight\s+)?(?:past|by)\s+(?:me|us)(?![a-z])"), "motion", {"motion": "pass"}),  # "the owner grabs it, walks it past me on the left" (round 50)
    # (round 49) "the blocker squeezed past on my left", "a kid slipped past me" (not "as I squeezed past him": the listener)
    (_en(r"(?<!\bi\s)(?<!\bwe\s)(?:squeez(?:es|ed|ing)|nipp(?:ed|ing)|nips|slipp(?:ed|ing)|slips|sneak(?:s|ed|ing)|snuck)\s+(?:straight\s+|right\s+)?past(?![a-z])"), "motion", {"motion": "pass"}),
    # (round 47) "came in over the bow, ... and out over the stern", "went right over the pit tent and kept going out behind"
    (_en(r"(?:came|comes|coming|flew|flies|flying|swept|sweeps|swooped|swoops)\s+in\s+(?:low\s+|fast\s+|high\s+)?(?:over|across)\s+(?:the|our|my)(?![a-z])"
         r"|(?:went|goes|going|flew|flies|passed|passes)\s+(?:right\s+|straight\s+|directly\s+)?over\s+(?:the|our|my)\s+(?:[a-z-]+\s+)?(?:tent|wheelhouse|hut|house|roof|barn|shed|tower|bridge|deck|boat|car|van|yard|field|garden)(?![a-z])"), "motion", {"motion": "pass"}),
    # (round 41, dev set 12fa) "flapped round behind me", "rattled round behind the desk": a way round past a place
    (_en(r"(?:flapped|flapping|flaps|rattled|rattling|rattles|trundled|trundling|trundles|hopped|hopping|hops|scuttled|scuttling|scuttles|waddled|waddling|waddles|"
         r"shuffled|shuffling|shuffles|clattered|clattering|clatters|squeaked|squeaking|squeaks|tiptoed|tiptoeing|tiptoes|pottered|pottering|potters|jogged|jogging|jogs|trotted|trotting|trots|strolled|strolling|strolls|paced|pacing|paces|stomped|stomping|stomps)\s+(?:a)?round(?=\s+(?:behind|in\s+front|past))"), "motion", {"motion": "pass"}),
    # (round 41, dev set 12ez) "the sample cart squeaks in on my left, goes round behind me and out on my right": in on one
    # side, out on the other
    (_en(r"(?:squeaks?|squeaked|comes?|came|rolls?|rolled|wheels?|wheeled|walks?|walked|rattles?|rattled|trundles?|trundled|clatters?|clattered)\s+in\s+on\s+(?:my|the|our)\s+(?:left|right)(?=[^.;!?]*\s+out\s+on\s+(?:my|the|our)\s+(?:left|right))"), "motion", {"motion": "pass"}),
    (_en(r"(?:works?|worked|working|makes?|made|making|wends?|wended|picks?|picked|picking)\s+(?:its|their|his|her)\s+way(?=\s+(?:along|across|round|around|over|through|past|to|towards?|down|up|from|back)(?![a-z]))"), "motion", {"motion": "pass"}),  # "worked its way along the hedge to behind me"
    (_en(_APPROACH_EN), "motion", {"motion": "approach"}),
    (_en(r"(?:crawl|crawls|crawled|crawling|trundles?|trundled|trundling|chugs?|chugged|chugging|putters?|puttered|puttering)\s+off(?=\s+(?:to|towards?|into|down|up|along|across)(?![a-z]))"), "motion", {"motion": "recede"}),  # (round 41) "the PA van's crawling off to my right"
    # (round 62) a sound that goes off along a way ("the pick cart squeaks off down the aisle", "whining off between the
    # tables", "crashing off through the bushes"; not "bounces off the wall", nor "a far patter off to the right", a
    # place), taxis away, or has driven off; a vehicle that pulls up where the listener is ("a cab just pulled up
    # outside"; not "we pulled up", the listener)
    (_en(r"(?:squeak|squeal|rattl|clatter|rumbl|whin|crash|crunch|wheel|clank|clunk|buzz|splash|patter|scurr|scamper|stomp"
         r"|tramp|clop|bump|bounc|jingl|jangl|hobbl|ambl|stroll|waddl|toddl|plod|trudg|shuffl|clomp|whirr|squelch)"
         r"[a-z]*\s+off(?=\s+(?:down|up|along|across|through|into|between|toward|towards|over|round|around|past|behind)(?![a-z]))"
         r"|taxi(?:s|es|ing|ied)\s+(?:away|off|out)(?![a-z])"
         r"|(?:[a-z]+(?:'ve|'s)|has|have|had)\s+(?:just\s+|finally\s+|now\s+)?(?:driven|flown|ridden|motored|sped|roared|rumbled|chugged|trundled|rattled|clattered|pulled)\s+off(?![a-z])(?!\s+(?:the|a|an|it|that|this)(?![a-z]))"), "motion", {"motion": "recede"}),
    # (round 62) "a pigeon clattered down from the gutter": down from a height
    (_en(r"(?:clatter|flutter|flap|tumbl|float|swoop|glid|spiral|parachut|plop|plummet)[a-z]*\s+down\s+from(?![a-z])"), "motion", {"motion": "fall"}),
    # (round 62) "thundered across in front of the signal box", "and on ahead toward the reservoir" (a move told on
    # without its verb): a way past; "drained away to the right": going
    (_en(r"(?:thunder|rumbl|roar|clatter|rattl|whizz|zoom|rac|sped|speed|tore|tear|barrel|bowl|trundl|chug|sail|drift|glid|flew|flies|fly)[a-z]*"
         r"\s+(?:straight\s+|right\s+)?across(?=\s+(?:in\s+front|the\s+front|behind|ahead|from|to|my|our)(?![a-z]))"
         r"|(?<=,\s)and\s+on\s+(?:ahead|past|over)(?![a-z])"), "motion", {"motion": "pass"}),
    (_en(r"drain(?:s|ed|ing)?\s+away"), "motion", {"motion": "recede"}),
    # (round 62) "rattled up to the gate on my left and stopped", "come crashing up to the kerb": up to a thing where the
    # listener is ("went squeaking away from my left" is :data:`_RECEDE_EN`'s "away from me")
    (_en(r"(?:rattl|crash|clatter|trundl|rumbl|roll|squeak|walk|march|stomp|clomp|pad|trot|jog|ran|runs|running|came|come|comes|coming|drove|drive|driv)[a-z]*"
         r"\s+up\s+to\s+the\s+(?:gate|kerb|curb|door|front\s+door|window|fence|counter|desk|bar|bench|table|till|porch|stall|barrier|pumps?)(?![a-z])"), "motion", {"motion": "approach"}),
    (_en(r"(?<!\bi\s)(?<!\bwe\s)(?<!\bi\sjust\s)(?<!\bwe\sjust\s)(?<!\bi'd\s)(?<!\bwe'd\s)(?:pulled|pulls|pulling|drew|draws|drawing)\s+up"
         r"(?=\s*(?:[,.;!?]|$)|\s+(?:outside|alongside|beside|next\s+to|right|just|here|in\s+front|at\s+the|by\s+the)(?![a-z]))"), "motion", {"motion": "approach"}),
    (_en(r"drift(?:s|ed|ing)?\s+(?:slowly\s+|gradually\s+)?(?:from|across|over)\s+(?:the|my|your)\s+(?:left|right)"), "motion", {"motion": "pass"}),  # (round 41) "the mic drifted from the right channel across to the left"
    # (round 51, dev set 12hj) a way told by a verb of drifting, skittering, paddling along or across, and a crossing in
    # front: "it drifted back along the starboard side", "skittered along the glass behind me", "crossed in front of us"
    (_en(r"(?:drift(?:s|ed|ing)?|skitter(?:s|ed|ing)?|slid|slides|sliding|paddl(?:es|ed|ing)|float(?:s|ed|ing)|scoot(?:s|ed|ing)|scuttl(?:es|ed|ing)|skat(?:es|ed|ing))\s+(?:back\s+|slowly\s+|on\s+)?(?:along|across)(?![a-z])(?![^.,;!?]{0,40}?towards?\s+(?:me|us)(?![a-z]))"), "motion", {"motion": "pass"}),
    (_en(r"(?:crossed|crosses|crossing)\s+(?:right\s+|just\s+)?in\s+front\s+of\s+(?:us|me)(?![a-z])"), "motion", {"motion": "pass"}),
    (_en(r"(?<=\bit\s)(?:drift|float|bob)(?:s|ed)?\s+(?:slowly\s+|gently\s+)?(?:in\s+|across\s+)?from(?![a-z])(?![^.,;!?]{0,40}?towards?\s+(?:me|us)(?![a-z]))"), "motion", {"motion": "pass"}),
    (_en(r"(?:louder|closer|nearer)\s+(?:with\s+)?every\s+(?:row|step|second|minute|metre|meter|yard|bar|seat|table|stop|house|lap)"), "motion", {"motion": "approach"}),  # (round 41) "louder every row it gets past"
    # "works his way along the queue toward our car": where the listener sits is where it comes
    (_en(r"(?:works?|worked|working|makes?|made|making|edges?|edged|edging|inches|inched|inching)\s+(?:his|her|its|their)\s+way\s+(?:[a-z]+\s+){0,4}?"
         r"towards?\s+(?:me|us|our|my)(?![a-z])"), "motion", {"motion": "approach"}),
    # "came running up barking from behind me", "a dog runs up from behind": up to the listener, closer
    (_en(r"(?:runs?|ran|running|comes?|came|coming|walks?|walked|walking|trots?|trotted|trotting|races?|raced|racing|dashes|dashed|dashing|bounds?|bounded|bounding|hurries|hurried|hurrying|ambl(?:e|es|ed|ing)|strolls?|strolled|strolling|creeps?|crept|creeping|sneaks?|sneaked|snuck|sneaking|sidl(?:e|es|ed|ing)|shuffl(?:e|es|ed|ing)|stagger(?:s|ed|ing)?|waddl(?:e|es|ed|ing)|toddl(?:e|es|ed|ing)|trudg(?:e|es|ed|ing)|plod(?:s|ded|ding)?|scuttl(?:e|es|ed|ing)|skitter(?:s|ed|ing)?|zooms?|zoomed|zooming)\s+(?:(?:running|racing|bounding|trotting|rushing|hurrying)\s+)?up(?=\s+(?:from|behind|beside|alongside|(?:[a-z]+ing\s+)from)(?![a-z]))"), "motion", {"motion": "approach"}),
    # "they're getting close", "coming round the corner", "pelting up the path behind me", "모퉁이 돌아 나오는"
    (_en(r"(?:getting|gets|got)\s+close(?!\s+to\s+(?:midnight|dawn|noon|the\s+end|finishing|done))|(?:com(?:es|ing)|came)\s+(?:round|around)\s+the\s+corner|(?:pelt(?:s|ing|ed)|charg(?:es|ing|ed)|barrel(?:s|ling|led)|tear(?:s|ing)|tore|rac(?:es|ing|ed)|sprint(?:s|ing|ed)|run(?:s|ning)|ran)\s+up\s+the\s+(?:path|lane|road|street|drive|stairs|corridor|hall)\s+(?:behind|towards?)\s+(?:me|us|you)"), "motion", {"motion": "approach"}),
    (r"모퉁이(?:를)?\s*돌아\s*(?:나오|나와|나온|오|와|온|왔)", "motion", {"motion": "approach"}),
    # (round 40) "트럭이 내 쪽으로 내려오고 있어": down a slope towards the listener, an approach (not a fall)
    (r"(?:내|우리|제|이)\s*쪽으로\s*(?:[가-힣]+\s+){0,2}?(?:내려|올라)(?:오|와|온|왔|옴)", "motion", {"motion": "approach"}),
    # told by how it sounds: "커지더니 내 앞에 섰다", "갈수록 크게 들리는", "한 걸음마다 커졌다", "또렷해지더니"
    (r"(?:커지(?:더니|다가?|고\s*커지|더라|던데)|(?:갈수록|점점|자꾸)\s*(?:더\s*)?크게\s*들(?:리|림|려)|[가-힣]+마다\s*(?:더\s*)?커(?:졌|져|지)|또렷해지(?:더니|다가?)|선명해지(?:더니|다가?)|(?:점점|조금씩|갈수록|서서히|차츰|점차)\s*(?:더\s*)?(?:또렷|선명|뚜렷)해(?:짐|져|졌|진다|지네|지는|지고|집니다)|(?:점점|갈수록|조금씩|서서히|차츰|점차)\s*(?:소리(?:가|도)?\s*)?(?:더\s*)?커(?:지네|지고\s*있|져|졌|진다|지는|짐|집니다))", "motion", {"motion": "approach"}),
    # "처음엔 들릴락 말락 하더니 지금은 완전 크게 들려": barely there, then loud (round 44)
    (r"(?:들릴락\s*말락|희미하게\s*들리|(?<![가-힣])작게\s*들리)[가-힣]*\s*(?:하더니|했는데|하다가|더니|다가)\s*(?:[가-힣]+\s+){0,2}?(?:크게|또렷하게|선명하게|쩌렁쩌렁)\s*들", "motion", {"motion": "approach"}),
    # "작아지다 끊겼다", "소리가 점점 가늘어져", "금방 안 들리더라", "잠잠해졌다"
    (r"(?<![가-힣])떠내려(?:가|간|갔|감)|(?<![가-힣])떠밀려\s*(?:가|간|갔|멀어)", "motion", {"motion": "recede"}),  # drifting off downstream, not falling (round 47)
    (r"(?:작아지(?:더니|다가?|더라)|가늘어(?:져|지|졌|진)|(?:갈수록|점점)\s*(?:[가-힣]+\s+)?작아(?:져|지|졌|진)|(?:금방|곧|이제|이젠|점점)\s*(?:거의\s*)?안\s*(?:들리(?:더라|네|게|고)?|들려|들림)|(?:이제|이젠|지금은)\s*(?:거의\s*)?들릴락\s*말락|잠잠해(?:졌|져|지))", "motion", {"motion": "recede"}),
    (r"(?<![가-힣])(?:나|저|우리|내)(?:한테|에게|쪽으로)\s*(?:막\s*|곧장\s*|바로\s*)?(?:돌진|달려|뛰어|다가)", "motion", {"motion": "approach"}),  # "나한테 돌진해 옴"
    # "내 방 쪽으로 오는 중", "뒤에서부터 내 쪽으로 슬금슬금 오네", "왼쪽에서 이리로 오네": coming my way
    (r"(?<![가-힣])(?:(?:내|우리)\s*(?:방\s*|자리\s*)?쪽으로|이리로|이쪽으로)\s*(?:[가-힣]+\s+)?(?:오(?:는|네|고|더니|다가|잖아|나)|와(?:요|서)?(?![가-힣])|온다|왔)", "motion", {"motion": "approach"}),
    (_en(r"(?:pan|sweep|move|fly|ride|slide|automate|swing|drag|glide)\s+(?:it|them|the\s+[a-z]+(?:\s+(?!in|away|closer|back|up|down|out)[a-z]+)?)\s+(?:slowly\s+|quickly\s+|gradually\s+)?(?:from|across)(?![a-z])"), "motion", {"motion": "pass"}),
    (_en(r"in\s+from\s+(?:far\s+away|afar|the\s+distance|a\s+distance|a\s+long\s+way)"), "motion", {"motion": "approach"}),
    # "a hummingbird darts in from the right", "a bee flies in from the left": a small flier arriving
    (_en(r"(?:dart(?:s|ed|ing)?|fl(?:y|ies|ew|ying)|zoom(?:s|ed|ing)?|zip(?:s|ped|ping)?|swoop(?:s|ed|ing)?|flutter(?:s|ed|ing)?|flit(?:s|ted|ting)?|buzz(?:es|ed|ing)?|scurr(?:y|ies|ied|ying)|scuttl(?:es|ed|ing))\s+in(?=\s+from\s)"), "motion", {"motion": "approach"}),
    (_en(r"(?:sails?|sailing|sailed|drives?|driving|drove|pulls?|pulling|pulled|steams?|steaming|steamed|chugs?|chugging|chugged)\s+out\s+of\s+(?:the|our|my)"), "motion", {"motion": "recede"}),
    # "its clatter slowly drops off into the distance", "the engine dropped away into the distance": going, not falling
    (_en(r"(?:drops?|dropping|dropped|dies?|dying|died|trails?|trailing|trailed|tails?|tailing|tailed)\s+(?:off|away)\s+(?:into|in)\s+the\s+distance"), "motion", {"motion": "recede"}),
    # "they'd dropped way back to a faint burble somewhere behind", "fell back behind us", "had fallen behind" (round 46): left
    # behind, not down ("a crate dropping behind me" still falls there)
    (_en(r"(?:drops?|dropping|dropped|falls?|falling|fell)\s+(?:way\s+|well\s+|right\s+|further\s+|farther\s+)?(?:back|behind(?!\s+(?:me|us|you|him|her|them|the|a|an|my|our|his|their)(?![a-z])))(?!\s+(?:on|with|into|in\s+(?:love|line)|asleep)(?![a-z]))"), "motion", {"motion": "recede"}),
    # "rattles up behind me and carries on away in front": on past the listener
    (_en(r"(?:carries|carried|carrying|keeps|kept|keeping|goes|went|going)\s+on(?:\s+(?:away|off|out))?(?=\s+(?:in\s+front|ahead|behind(?:\s+(?:me|us))?\s*(?:$|[,.;!?])|past|by)(?![a-z]))"), "motion", {"motion": "pass"}),
    # "the marching band ... keeps coming till it's right alongside me": still on its way in
    (_en(r"(?:keeps?|kept|keeping)\s+(?:on\s+)?coming(?!\s+back)"), "motion", {"motion": "approach"}),
    # "pigeons ... wheel away behind", "gulls peel off over the harbour": a flock turning away somewhere
    (_en(r"(?:swings?|swung|swinging)\s+(?:round|around|out)(?=\s+(?:from\s|behind|in\s+front|ahead|past|to\s+(?:the|my|your|our)\s+(?:left|right|front|back))(?![a-z]))"), "motion", {"motion": "pass"}),  # "swung round behind me"
    (_en(r"(?:wheels?|wheeled|wheeling|peels?|peeled|peeling|veers?|veered|veering|banks?|banked|banking)\s+(?:away|off)(?=\s+(?:behind|ahead|to|towards?|over|across|back)(?![a-z]))"), "motion", {"motion": "pass"}),
    # (round 40) "thundered off ahead" goes away in front ("came up behind me ... and thundered off ahead": a pass)
    (_en(r"(?:thunder(?:s|ed)|roar(?:s|ed)|speeds|sped|shot|shoots|rac(?:es|ed)|tears|tore|zoom(?:s|ed)|pull(?:s|ed)|accelerat(?:es|ed)|rumbl(?:es|ed))\s+(?:off|on|away)\s+(?:up\s+|down\s+|out\s+)?ahead(?![a-z])"), "motion", {"motion": "recede"}),
    # "the trolley squeaks up from behind", "a snowcat grinding its way up behind me": coming up to the listener
    (_en(r"(?<!look)(?<!pick)(?<!set)(?<!end)(?<!turn)(?<!show)(?<!lin)(?<!wak)(?<!sit)(?<!stand)(?<!put)(?<!back)(?:squeak|rattl|rumbl|clatter|trundl|grind|roar|creak|whirr?|hum|buzz|clank|crunch|putter|chug|puff|wheez|jingl|rustl|thunder|growl|purr|bounc|limp|hobbl|swish|splash|crawl|roll|whin)[a-z]*\s+(?:(?:its|their|his|her)\s+way\s+)?up(?=\s+(?:from\s+)?behind(?:\s+(?:me|us|you))?(?![a-z]))"), "motion", {"motion": "approach"}),
    # "a wasp coming straight at my face", "the dog charged right at me": towards the listener
    (_en(r"(?:coming|came|comes|heading|headed|heads|flying|flew|flies|charging|charged|charges|zooming|zoomed|zooms|diving|dived|dove|dives|running|ran|runs|hurtling|hurtled|barrelling|barreling|bearing\s+down)\s+(?:straight\s+|right\s+|directly\s+)?(?:at|for)\s+(?:my\s+(?:face|head|ear|ears)|me|us)(?![a-z])"), "motion", {"motion": "approach"}),
    # "geese came over from behind us", "a jet flew right over us": a fly-over
    (_en(r"(?:came|comes|coming|flew|flies|flying|fly)\s+(?:[a-z]{3,}ing\s+)?(?:right\s+|straight\s+)?over(?=\s+(?:us|me|our\s+heads?|my\s+head|the\s+(?:house|roof|rooftops|trees|treetops|hill|hedges?|wall|fence|fields?|garden|river|lake|barn|road|car\s+park|playground))(?![a-z])|\s+from\s+(?:behind|in\s+front|the\s+(?:left|right|front|back)|ahead)(?![a-z]))"), "motion", {"motion": "pass"}),
    # "a motorbike revs up and roars away", "the lorry roared off": a loud start that leaves ("the fire roars away" keeps
    # burning, so "away" only after "and" / "then")
    (_en(r"(?:roars?|roaring|roared|screech(?:es|ing|ed)|peels?|peeling|peeled|buzz(?:es|ed|ing)?|zips?|zipped|zipping|putters?|puttered|puttering|rattles?|rattled|rattling|trundles?|trundled|trundling|scoots?|scooted|scooting|whizz(?:es|ed|ing)?|whiz(?:zes|zed|zing)?|chugs?|chugged|chugging|clatters?|clattered|clattering)\s+off(?!\s+(?:the|a|an|his|her|its|my|your|our|their)(?![a-z]))"
         r"|(?:and|then)\s+(?:roars?|roared|screech(?:es|ed)|peels?|peeled)\s+away"), "motion", {"motion": "recede"}),
    (_en(r"stone'?s\s+throw\s+away|(?:its|his|her|their|my|your|our)\s+heads?\s+off"), "mmask", {}),  # "barking its head off"
    # "nearly fell off (my bike)", "the falls are straight in front": the listener falling, a waterfall
    (_en(r"(?:nearly|almost|i|we)\s+(?:(?:nearly|almost)\s+)?fell\s+(?:off|over|out|asleep)|(?:the|those|these)\s+falls(?=\s+(?:are|were|is|roar|thunder|crash|drown)(?![a-z]))"), "mmask", {}),
    (_en(r"(?:runs?|running|ran|goes|going|went|lasts?|lasted|lasting|plays?|played|playing)\s+from\s+(?=\d|(?:early|dawn|dusk|midnight|noon|sunrise|sunset|morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])|" + HOUR_WORDS + r"\s*(?:am|pm|a\.m|p\.m|o'?clock)(?![a-z]))"), "mmask", {}),  # "runs from 6am until ...": a time, not a path
    # the listener moves toward it ("as we walk towards it"), or it comes at the listener ("hooves clatter toward me")
    (_en(r"(?:we|i)\s+(?:walk|walked|move|moved|drive|drove|head|headed|get|got|go|went|run|ran|swim|swam|row|rowed|cycle|cycled|sail|sailed|step|stepped|edge|edged)\s+(?:closer|nearer|towards?|up\s+to)(?![a-z])"
         r"|the\s+closer\s+(?:we|i)\s+get|as\s+(?:we|i)\s+approach"
         r"|(?<!turns\s)(?<!turned\s)(?<!turning\s)(?<!turn\s)(?<!faces\s)(?<!facing\s)(?<!looks\s)(?<!looking\s)(?<!points\s)(?<!pointing\s)(?:toward|towards)\s+(?:me|us)(?![a-z])"
         r"|(?:creeps?|creeping|crept|sneaks?|sneaking|snuck|sidles?|sidling)\s+up(?![a-z])"
         # "the dog is heading straight for me", "chugs towards the farmhouse where we're standing"
         r"|(?:heads?|heading|headed|makes?|making|made|charges?|charging|charged|bears?|bearing|comes?|coming|came)\s+(?:straight\s+|right\s+|directly\s+)?(?:for|at)\s+(?:me|us)(?![a-z])"
         r"|(?:pulls?|pulled|pulling|draws?|drew|drawing)\s+up\s+(?:from|beside|next\s+to|alongside|in\s+front|behind|right|just)|(?:draws?|drew|drawing)\s+up\s+on\s+(?:our|my|the)\s+(?:left|right|port|starboard)"
         r"|towards?\s+(?:the\s+)?[a-z]+\s+(?:where|that)\s+(?:we|i)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+(?:standing|sitting|waiting|staying|camped)"), "motion", {"motion": "approach"}),
    # "here comes the train", "rumbling in on the right", "the bus pulls in"
    (_en(r"here\s+(?:comes?|they\s+come|it\s+comes)|(?:rumbl(?:es|ing|ed)|roll(?:s|ing|ed)|pull(?:s|ing|ed)|steam(?:s|ing|ed)|chug(?:s|ging|ged)|trundl(?:es|ing|ed))\s+in(?=\s+(?:on|from|at|toward|towards)(?![a-z])|\s*[,.!?;]|$)"), "motion", {"motion": "approach"}),
    (_en(_RECEDE_EN), "motion", {"motion": "recede"}),
    # told by how it sounds: "duller and duller", "got smaller and tinnier", "went thin and then gone", "faded to nothing"
    (_en(r"(?:duller|thinner|smaller|tinnier|muddier|weaker|dimmer|fainter|quieter|softer)\s+and\s+(?:duller|thinner|smaller|tinnier|muddier|weaker|dimmer|fainter|quieter|softer)"
         r"|(?:got|gets|getting|grew|grows|growing|went|goes|going)\s+(?:all\s+)?(?:muddier|thinner|tinnier|duller|smaller)(?:\s+every\s+[a-z]+)?"
         r"|went\s+thin\s+and\s+(?:then\s+)?gone|fad(?:es|ed|ing|e)\s+(?:away\s+)?to\s+(?:almost\s+|practically\s+|nearly\s+|next\s+to\s+)?(?:nothing|silence)"
         # (round 44) "honking less and less", "from properly loud to barely there", "went clomping off behind me into the
         # scene dock", "till I couldn't hear them any more"
         r"|[a-z]+ing\s+less\s+and\s+less(?!\s+(?:often|each|every)(?![a-z]))|from\s+(?:properly\s+|really\s+|very\s+)?(?:loud|deafening|booming|clear)\s+to\s+(?:barely\s+there|barely\s+audible|faint|nothing|a\s+whisper)"
         r"|(?:went|goes|going|gone)\s+[a-z]+ing\s+off(?=\s+(?:behind|into|down|up|across|along|towards?|away|through|out|round)(?![a-z]))"
         r"|(?:till|until)\s+(?:i|we)\s+(?:couldn'?t|could\s+no\s+longer|could\s+not)\s+hear\s+(?:it|them|him|her)(?:\s+any\s*more)?"), "motion", {"motion": "recede"}),
    (_en(r"from\s+(?:barely\s+there|barely\s+audible|faint|nothing|a\s+whisper)\s+to\s+(?:properly\s+|really\s+|very\s+)?(?:loud|deafening|booming|clear)"), "motion", {"motion": "approach"}),
    (_en(r"(?:clearer|bigger|sharper|crisper|stronger|louder)\s+and\s+(?:clearer|bigger|sharper|crisper|stronger|louder)"
         r"|(?:got|gets|getting|grew|grows|growing)\s+(?:bigger|clearer|crisper|sharper)(?:\s+(?:the\s+whole\s+way|every\s+[a-z]+))?"
         r"|swell(?:s|ed|ing)\s+(?:up\s+)?(?:to|until|into)(?![a-z])"), "motion", {"motion": "approach"}),
    # "walks up behind me", "comes bounding over", "coming down our street", "getting louder"
    (_en(r"(?:walks?|walked|walking|creeps?|crept|creeping|sneaks?|snuck|sneaking|comes?|came|coming|steps?|stepped|stepping)\s+up\s+(?:right\s+|just\s+)?behind\s+(?:me|us|you)"
         r"|(?:comes?|came|coming)\s+(?:[a-z]+ing\s+)?over(?=\s*(?:[,.!?;]|$|to\s+(?:me|us|you)(?![a-z])))"
         r"|(?:comes?|came|coming)\s+(?:down|up|along)\s+(?:our|my|the)\s+(?:street|road|lane|drive|driveway|path|hall|hallway|corridor)"
         r"|(?<!until\sit\s)(?<!till\sit\s)(?<!it\s)(?:gets?|got|getting|grows?|grew|growing)\s+(?:steadily\s+|slowly\s+|gradually\s+)?louder"
         # "that drone is getting seriously loud", "she's nearly here", "a bit clearer than the last", "shuffling in from
         # the kitchen", "marching this way"
         r"|(?:gets?|got|getting|grows?|grew|growing)\s+(?:seriously|really|very|pretty|so|quite|super|rather|way|crazy|insanely|properly)\s+loud(?![a-z])"
         r"|(?:nearly|almost|practically)\s+here(?![a-z])|(?:clearer|louder|closer|nearer)\s+than\s+the\s+(?:last|one\s+before|time\s+before)(?![a-z])"
         r"|(?:shuffl|walk|wander|stroll|trudg|stomp|padd|tiptoe|march|limp|hobbl|toddl|waddl|amble|saunter)[a-z]*\s+in\s+from\s+(?:the|my|our|his|her|their)\s"
         r"|(?:marching|running|driving|flying|rolling|riding|wandering|strolling|trudging|stomping|galloping|sailing|steaming|trundling|rumbling)\s+this\s+way"), "motion", {"motion": "approach"}),
    # "her voice grew fainter as she walked off"
    (_en(r"(?:gets?|got|getting|grows?|grew|growing|becomes?|became|becoming)\s+(?:steadily\s+|slowly\s+|gradually\s+)?(?:fainter|quieter|softer|weaker|dimmer)"
         r"|(?:walks?|walked|walking|wanders?|wandered|wandering|strolls?|strolled|strolling|trudges?|trudged|stomps?|stomped)\s+off(?![a-z])"
         r"|[a-z]+ed\s+away\s+from\s+(?:me|us|you|the\s+listener)(?![a-z])"), "motion", {"motion": "recede"}),
    # "the choir files out through the doors", "... until you can barely hear them"
    (_en(r"(?:files?|filing|filed|troops?|trooping|trooped|marche?s?|marching|marched)\s+out(?=\s+(?:of|through|the|into)(?![a-z]))"
         r"|until\s+(?:you|i|we)\s+(?:can\s+(?:barely|hardly|no\s+longer|not)|can'?t|cannot|could\s+(?:barely|hardly|no\s+longer|not)|couldn'?t)\s+hear"), "motion", {"motion": "recede"}),
    # "heads out from the jetty toward the horizon"
    (_en(r"(?:heads?|heading|headed)\s+out(?=\s+(?:from|of|to|toward|towards|into|across)(?![a-z]))|(?:toward|towards|into)\s+the\s+horizon"), "motion", {"motion": "recede"}),
    # "they're coming this way", "it's catching up", "점점 조여 와", "점점 따라붙는다"; "점점 잦아든다" (dies away)
    (_en(r"(?:comes?|coming|came|heads?|heading|headed|moves?|moving|walks?|walking)\s+this\s+way|catch(?:es|ing)?\s+up(?!\s+(?:on|with)\s+(?:work|sleep|emails?|news))|caught\s+up|gaining\s+on\s+(?:me|us|you)"), "motion", {"motion": "approach"}),
    (r"조여\s*(?:와|오|온|왔)|따라붙|따라\s*붙", "motion", {"motion": "approach"}),
    (_en(r"louder(?:\s*(?:\.{2,}|…|,)\s*louder)+|(?:bring|brings|bringing|brought)\s+(?:the\s+[a-z]+|it|them)\s+in\s+from\s+(?:far|way|a\s+distance|the\s+distance)"), "motion", {"motion": "approach"}),
    (r"잦아(?:들|든|듦|졌)", "motion", {"motion": "recede"}),
    (r"(?:(?<=으로)|(?<=로))\s*(?:쏙\s*|휙\s*)?들어(?:가\s*버(?:려|렸|림|린|리)|가셨|가더니|갔)", "motion", {"motion": "recede"}),  # "왼쪽 방으로 들어가 버림"
    # "왼쪽에 나란히 붙어 있다가 슬쩍 뒤로 빠졌어": it dropped back
    (r"(?:(?<=뒤로)|(?<=앞으로)|(?<=옆으로)|(?<=쪽으로)|(?<=편으로))\s*(?:슬쩍\s*|쓱\s*|살짝\s*|천천히\s*|서서히\s*)?빠(?:졌|지더니|져서|져|진다|지며|지면서)(?!\s*나)", "motion", {"motion": "pass"}),
    # "the alarm went off", "fireworks went off a kilometre away", "물가가 또 올랐다고": nothing moves
    (_en(r"(?:alarms?|fireworks?|bombs?|guns?|timers?|sirens?|buzzers?|bells?|crackers?|shots?)(?:\s+(?!(?:went|go|goes|gone|going)\b)[a-z']+){0,4}?\s+(?:just\s+|had\s+|have\s+|has\s+)?(?:went|go(?:es)?|gone|going)\s+off"), "mmask", {}),
    # (round 57) "Coyotes going off up on the far ridge again": sounding, not leaving
    (_en(r"(?:coyotes?|dogs?|wolves|wolf|birds?|geese|goose|frogs?|crickets?|cicadas?|roosters?|owls?|monkeys?|phones?|pagers?|horns?|car\s+alarms?)\s+(?:were\s+|was\s+|are\s+|is\s+)?(?:went|go(?:es)?|gone|going)\s+off(?=\s+(?:again|up\s+on|all\s+(?:night|day|morning|evening)|non-?stop|like|somewhere|every|at\s+\d)|\s*[,.;!?]|\s*$)"), "mmask", {}),
    (r"(?:물가|가격|값|금리|월세|전세|집값|기름값|주가|환율|성적|점수|연봉|월급|세금|요금)(?:이|가|도|은|는)?\s*(?:또\s*|많이\s*|확\s*|엄청\s*)?올(?:랐|라서|라|른)", "mmask", {}),
    # said by what it does to the listener: "until he was right at my door", "until its beeping was practically in my
    # ear", "reached our end of the garden", "heavier and heavier", "barely hear ... covering my ears", "trailed off",
    # "so faint by the end", "나중엔 소리를 질러야", "나중엔 귀를 찢을 것처럼 커졌다"
    (_en(r"until\s+(?:it|he|she|they|its\s+[a-z]+|the\s+[a-z]+)\s+(?:was|were|is|are|'s)\s+(?:(?:right|practically|almost|nearly|basically|just)\s+)?(?:at|in|on|by|next\s+to|beside|outside)\s+(?:my|our|the)(?=\s)"
         r"|reach(?:ed|es)?\s+(?:our|my)\s+(?:end|side|bit|part)|(?:heavier|nearer|bigger)\s+and\s+(?:heavier|nearer|bigger)"
         r"|(?:barely|hardly)\s+hear[^.;!?]{0,60}?(?:later|then|by\s+the\s+end)[^.;!?]{0,40}?cover(?:ing|ed)?\s+(?:my|our)\s+ears"), "motion", {"motion": "approach"}),
    (_en(r"trail(?:s|ed|ing)?\s+off|(?:so\s+)?(?:faint|quiet|soft)(?:er)?\s+by\s+the\s+(?:end|time)"), "motion", {"motion": "recede"}),
    (r"(?:나중엔|나중에는|결국|마지막엔)\s*(?:[가-힣]+\s*){0,5}?(?:소리를\s*질러야|귀를\s*(?:찢|막)|커(?:졌|져|지더니))", "motion", {"motion": "approach"}),
    # "louder every second", "fainter each time", "dropping away behind us", "점점 아득해지더니"
    (_en(r"(?:louder|closer|nearer)\s+(?:(?:with\s+)?(?:every|each)|by\s+the)\s+(?:second|minute|moment|step|time|beat|breath)"), "motion", {"motion": "approach"}),
    # (round 62, from the development sets' trend misses) any "every / each X" after a level or distance comparative
    # ("clearer every minute", "sharper every minute", "further away each second", "fainter every wingbeat"), the same
    # said the other way round ("every blast sounds further out", "each call comes from a bit nearer"), and a
    # comparative after any verb ("buzzing closer", "rattles closer", "working his way closer", "drifting further
    # off"; not "is / sits closer", where it is, nor "closer to the wall", "a closer look")
    (_en(r"(?:clearer|sharper|crisper|stronger|closer|nearer|louder)\s+(?:(?:with\s+)?(?:every|each)\s+[a-z]+|by\s+the\s+(?:second|minute|moment|hour|day|step|mile))"
         rf"|{_EVERY_ONE}\s+(?:from\s+)?{_A_BIT}(?:closer|nearer)(?![a-z])"
         rf"|{_SOME_VERB}\s+{_A_BIT}(?:closer|nearer)(?!\s+(?:to(?!\s+(?:me|us|you)(?![a-z]))|than|look|together|inspection|attention)(?![a-z]))"), "motion", {"motion": "approach"}),
    (_en(r"(?:fainter|quieter|softer|weaker|(?:farther|further)(?:\s+(?:away|off|out|back))?)\s+(?:(?:with\s+)?(?:every|each)\s+[a-z]+|by\s+the\s+(?:second|minute|moment|hour|day|step|mile))"
         rf"|{_EVERY_ONE}\s+(?:from\s+)?{_A_BIT}(?:further|farther)\s+(?:away|off|out)(?![a-z])"
         rf"|{_SOME_VERB}\s+{_A_BIT}(?:further|farther)\s+(?:off|out|away)(?![a-z])(?!\s+than(?![a-z]))"), "motion", {"motion": "recede"}),
    (_en(r"(?:fainter|quieter|softer|weaker|farther|further|less)\s+(?:(?:with\s+)?(?:every|each)|by\s+the)\s+(?:second|minute|moment|step|time|beat|breath)"
         r"|(?:fainter|quieter|softer|weaker)\s+than\s+the\s+(?:last|one\s+before|time\s+before)(?![a-z])"
         r"|(?:'s|\s+is|\s+are|'re)\s+moving\s+on(?=\s*(?:[,.!?;]|$|now|already|at\s+last|finally))"
         r"|(?:drops?|dropping|dropped)\s+(?:away|off)(?:\s+(?:behind|into|in\s+the)|(?=\s*(?:[.,;!?]|$)))"), "motion", {"motion": "recede"}),
    (r"아득해(?:져|지|진|졌|짐)|가물가물해(?:져|지|진|졌|짐)", "motion", {"motion": "recede"}),
    # (round 62) "갈수록 흐려져", "점점 약해지더니"; "아까보다 훨씬 또렷해" (nearer than before), "점점 크게 굴러오더라"
    (r"(?:점점|갈수록|조금씩|차츰|서서히|점차)\s*(?:더\s*)?(?:흐려|희미해|약해)(?:져|지|졌|진|짐|집)"
     r"|(?:아까|처음|전)보다\s*(?:(?:훨씬|더|좀|많이|한참)\s*)*(?:희미|흐려|작게\s*들|작아|멀어|멀리서)", "motion", {"motion": "recede"}),
    (r"(?:아까|처음|전)보다\s*(?:(?:훨씬|더|좀|많이|한참)\s*)*(?:또렷|선명|뚜렷|크게\s*들|커(?:졌|져|지|진|짐)|가까이서|가까워)"
     r"|(?:점점|갈수록|자꾸|조금씩)\s*(?:더\s*)?크게\s*[가-힣]*(?:오더|와서|오고|왔|온다|와요|오네|오는)", "motion", {"motion": "approach"}),
    # another subject's move in a closing clause: "thunder rolling beyond the fields as the cows come in"
    (_en(r"as\s+(?:the|our|my|his|her|their)\s+[a-z]+\s+(?:come|comes|came|go|goes|went|walk|walks|walked|head|heads)\s+(?:in|out|home|back|inside|past)(?![a-z])"), "mmask", {}),
    # "for the whole crossing", "at the zebra crossing": a ferry trip or a place, not a move
    (_en(r"(?:the|a|our|whole|entire|rough|smooth|ferry|zebra|pedestrian|level|railway|border|o'clock|morning|evening|night|early|late|last|first|next|\d(?:am|pm)?)[\s-]+crossing(?![a-z])"), "mmask", {}),
    # (round 62) gym and garden things named for climbing: "the climbing rope started creaking", "the climbing frame"
    (_en(r"climbing\s+(?:rope|ropes|wall|walls|frame|frames|gym|plant|plants|rose|roses|ivy|harness|shoes|holds?|net)"), "mmask", {}),
    # the listener climbing, not the sound rising: "... behind us as we climb"
    (_en(r"as\s+(?:we|i)\s+(?:climb|climbed|clamber|clambered|ascend|ascended|went\s+up|go\s+up|walk\s+up|walked\s+up)(?![a-z])"), "mmask", {}),
    (_en(_RISE_EN), "motion", {"motion": "rise"}),
    (_en(_FALL_EN), "motion", {"motion": "fall"}),
    (_en(_STATIC_EN), "static", {}),
    (r"나선|소용돌이|회오리|나사처럼|똬리", "motion", {"motion": "spiral"}),
    (r"지그재그|갈지자|이리저리\s*(?:튀|날)|들쭉날쭉", "motion", {"motion": "zigzag"}),
    (r"(?<!꼬리\s)(?<!꼬리를\s)(?<!꼬리)(?<!고개\s)(?<!고개를\s)(?<!손\s)(?<!손을\s)흔들(?!의자|\s*의자)|좌우로\s*(?:움직|오가|왔다|왕복|이동|흔들|출렁)|왔다\s*갔다|왔다갔다|오락가락|출렁|일렁|진자|그네|왕복|(?<![가-힣])오가(?:며|는|고|요|ㄴ다)?|오간다", "motion", {"motion": "sway"}),
    (r"(?:반\s*)?시계\s*(?:반대\s*)?방향(?:으로)?\s*(?:천천히\s*|빠르게\s*|계속\s*)?(?:돌(?!아\s*(?:와|오|온|왔))|회전|빙)", "motion", {"motion": "orbit"}),  # "반시계 방향으로 돌아"
    (r"(?:주위|주변|둘레|머리\s*위|머리\s*주위|머리\s*둘레|방|방\s*안|청취자|나|내\s*주위)(?:를|을|로|으로)?\s*(?:빙\s*|빙빙\s*|한\s*바퀴\s*|반\s*바퀴\s*|천천히\s*|빠르게\s*)?(?:돌|돈|돕|맴)|맴돌|맴돈|맴돕|맴도|빙글|빙빙|뱅뱅|뱅글|한\s*바퀴|바퀴\s*(?:반\s*)?돌|원을\s*그리|원형으로|동그랗게|둥글게\s*돌|선회|감돌|회전(?:하|해|한|하며|하면서)|돌고\s*있|돌면서|돌며|빙\s*돌|공전", "motion", {"motion": "orbit"}),
    (r"(?<!좌우로\s)(?<!좌우로)(?:움직여\s*가|움직여가|움직인다|움직여|움직이며)|지나(?:가|간|갈|감|갔|갑|쳐|친|치)|(?<=[을를]\s)지나(?=\s)|(?<=[을를])지나(?=\s)|지나치|추월|앞질러|지나서|스쳐|스치|가로질러|가로지르|가로지른|통과|횡단|건너가|건너간|이동(?:해|하|한|했|함)|옮겨\s*가|옮겨가|넘어가|흘러가|날아\s*지나|휙\s*지나|훑고|훑으며|쓸고\s*가", "motion", {"motion": "pass"}),
    # "걸어가", "뛰어가": going, from wherever the speaker is; a pass only when the text names where from / to
    (r"(?<!멀리\s)(?<!멀리)(?<!멀리로\s)(?:달려|뛰어|걸어|기어)(?:가|간|갔|갑|감(?![가-힣]))", "motion", {"motion": "pass", "go": True}),  # "뛰어감": 음슴체
    (r"다가(?:와|오|온|옴|옵|왔|가|간|갔|갑)|(?<![가-힣])(?:이쪽으로\s*|나한테\s*|내\s*쪽으로\s*)?오고\s*있(?:어|다|는|음|네|었|습)|가까워(?:져|지|진|짐|졌|집)|가까이\s*(?:와|오|온|다가|붙)|(?:가까이|가까이로|앞으로)\s*(?:[가-힣]+\s+)?끌어\s*(?:와|온|왔|오(?!르))|붙어\s*(?:와|온|왔|옴|오(?:고|는|네|며|면서|더니))|접근|몰려(?:와|오|온|왔|옴)|(?:달려|뛰어)(?:와|오|든|온|왔)(?!르|른|름)|걸어(?:와|오|온)|기어(?:와|오|온|왔)|날아(?:와|오|온|왔)(?!르|른|름)|밀려(?:와|오|온|왔|옴)|(?:이쪽|내\s*쪽|나\s*쪽|나를|나에게|나한테|내게|우리\s*쪽|우리에게|우리한테)(?:으로|로|를)?\s*(?:향해\s*)?(?:[가-힣]{1,3}(?:해|어|아)\s*)?(?:와|오|온|다가)|(?:점점|갈수록|점차)\s*(?:더\s*)?(?:커지|커져|커진|커졌|커짐|가까)|(?:점점|조금씩|서서히)\s*(?:또렷|선명|뚜렷)해(?:져|지|진|졌)|(?<=[가-힣])까지\s*(?:(?:와|왔|온)(?:다|어|고|서|네|요|습니다)?(?![가-힣])|오더니)|좁혀\s*(?:와|오|온|왔)|(?<![가-힣])쫓아(?:와|오|온|왔)|(?:내|나|우리)\s*(?:(?:오른|왼)(?:쪽|편)\s*(?:옆|앞|곁)?|옆|앞|곁)(?:으로|까지|에)\s*(?:[가-힣]{1,3}\s*)?(?:와서|와|온다|왔|오고|오더니)(?![가-힣])|들어(?:와|오|온|옴|왔)", "motion", {"motion": "approach"}),
    (r"(?:가서|가더니|가고|갔는데|가니까)\s*(?:이제\s*)?(?:거의\s*)?안\s*들(?:려|린다|리네|리고|립니다|리더라|리더라고|려요|림|리는데)|멀어(?:져|지|진|짐|졌|집)|사라(?:져|지|진|짐|졌|집)|(?:걸어|뛰어|기어|날아|달려)\s*나(?:가|간|갔|감|갑)(?![가-힣]*\s*(?:오|와))|떠나(?:가|간|며|는)?|떠난|떠났|떠납|떠날|물러(?:나|난|날|났|납|남|가|간|갔|서)|점점\s*(?:작아|희미|멀)|희미해(?:져|지|진|졌|짐)|멀리\s*(?:가(?!\s*있)|간|사라|날아|떠|멀어)|빠져나가|멀리\s*가\s*버려|떠나\s*버려|멀리\s*\S{0,3}(?:가|간|갔)(?:다|어|고|네|지|습니다)?(?![가-힣])(?!\s*있)|(?:내게서|나에게서|나한테서|나로부터)\s*멀리|달아나|날아가(?!며\s*지나)|날아(?:간|갔|갑)(?!\s*(?:자리|곳|쪽으로\s*지나))|멀리로|아득히\s*사라|작아지며|소리[가이는]?\s*(?:점점\s*)?작아(?:져|지고|진다|졌)|잦아들|잦아져|(?:가|뛰어가|걸어가|날아가|달려가|떠나)\s*버(?:려|렸|린|리)|출발(?:해|한다|했어|했다)(?=\s*[.!]|$)", "motion", {"motion": "recede"}),
    (r"올라(?:가|와|오|옵|갑|간|온|감|갔|서)|(?:날아|솟아|떠)?올랐|솟아|솟구|상승|떠올라|떠오르|떠오른|날아올라|치솟|부상(?:하|해)|(?<!머리\s)(?<!머리)위로\s*(?:올라|솟|떠|날아|향해|이동|움직)|아래에서\s*위로|밑에서\s*위로|바닥에서\s*(?:천장|위)", "motion", {"motion": "rise"}),
    (r"뛰어\s*내(?:려|렸|린|리)|(?<!쯤\s)(?<!쯤)(?<!정도\s)(?<!정도)(?<!미터\s)(?<!미터)(?<!길이\s)(?<!길이)(?<!걸음\s)(?<!걸음)떨어(?:져(?!\s*있)|지(?!\s*않)|졌|집|진(?!\s*(?:곳|데|거리|위치|자리|지점|채)))|(?<!따라\s)(?<!따라)내려(?:와|오|옵|가|갑|온|간|꽂|왔|갔)|내리꽂|(?:위|하늘|천장|지붕|나무|가지|전깃줄|높은\s*곳)\s*(?:쪽)?에서[^.,!?]{0,24}?내려앉|하강|가라앉|낙하|추락|흘러내려|곤두박질|위에서\s*아래로|천장에서\s*바닥", "motion", {"motion": "fall"}),
    (r"가만히|제자리|고정(?:된|되어|돼)|움직이지\s*않|멈춰\s*(?:있|선)|정지(?:한|된|해)|그\s*자리|그대로\s*머물|머물러\s*있", "static", {}),
    # posture verbs ("sits", "is parked", "걸려 있어"): static unless a motion word says otherwise
    # (not "..., walked down the steps on my right and sat right in front of me": where a move ends)
    (_en(r"(?<!and\s)(?<!then\s)(?<!finally\s)(?<!\bwe\s)(?<!\bi\s)(?<!\bsat\s)(?<!\bstood\s)(?:sits|sitting|sat|stands|standing|stood|hangs|hanging|hung|lies|lying|rests|resting|waits|waiting|perches|perched|perching|(?:is|are|was|were)\s+(?:parked|mounted|placed|installed|propped|left(?![-/])(?!\s+(?:rear|front|back|forward|behind|side|of)(?![a-z])))|parked|idles|idling|sleeps|sleeping)(?!\s+(?:up|down|around|back|forward|off|away|closer)" + _E + ")"), "still", {}),
    (r"(?<![가-힣])서서(?=\s)(?!\s*(?:가|오|와|움직|이동|걸어|달려))|(?:(?<!에)서|앉아|걸려|놓여|누워|세워져|매달려|붙어|꽂혀|박혀|주차되어|주차돼|주차해\s*놓은|세워져|기대어|기대|묶여|엎드려)\s*있|(?:주차된|놓인|걸린|세워진|매달린|앉은|누운)(?=\s)", "still", {}),
    # "3미터 떨어져 있어", "멀리 떨어진": distance, not falling (competes in the motion group and is dropped)
    (r"(?:\d\s*(?:미터|m|센티|cm|피트|km)|걸음|발짝|조금|멀리|멀찍이|멀찌감치|약간|좀|한참|꽤|많이)\s*떨어(?:져|진|짐|졌)", "mmask", {}),
    (r"(?:킬로|키로|km|미터|걸음|발짝|발자국|블록|블럭|정거장)(?:미터)?(?:\s*(?:는|은|나|쯤|정도|이상|가량|넘게|훨씬))*\s*떨어(?:져|진|짐|졌)|귀(?:가|청)?\s*떨어지", "mmask", {}),  # "몇 킬로는 떨어진", "귀 떨어지겠어"
    # "통화 소리가 새어 들어와요": a sound leaking in through a gap, not a source coming in
    (r"새어\s*(?:들어|나)(?:와|오|온|왔|옵|가|간|갔)|(?:새|새어)\s*나(?:와|오|온|왔)", "mmask", {}),
    # "a car alarm was going off down the street": ringing, not leaving
    (_en(r"(?:alarms?|bells?|sirens?|timers?|phones?|bombs?|fireworks|guns?|clocks?|buzzers?)\s+(?:(?:was|were|is|are|kept|keeps|started|starts)\s+)?(?:going|goes|went|gone)\s+off(?:\s+(?:across|along|down|up|over|behind|outside|somewhere|in|on|at|from)(?![a-z]))?"), "mmask", {}),  # (longer than "going off across": not a recession)
    # "falls asleep", "falls silent": no fall
    # and "fell back", "fell behind", "the narrowboat slowly fell behind us": dropped back, not down
    (_en(r"(?:fall(?:s|ing)?|fell)\s+(?:asleep|silent|quiet|still|apart|back|away)"
         r"|(?:fall(?:s|ing)?|fell)\s+behind(?!\s+(?:me|us|you|him|her|them|the|a|an|my|our|your)(?![a-z]))"
         r"|(?:slowly|gradually|steadily|soon)\s+(?:fall(?:s|ing)?|fell)\s+behind"), "mmask", {}),
    # "공회전" is an idling engine, not a rotation
    (_en(r"keep\s+(?:the|a|an|my|our|its|this|that)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:static|still|fixed|stationary|in\s+place)"), "mmask", {}),  # another sound's
    (r"공회전", "mmask", {}),
    (_en(_END_TO_END_EN), "mmask", {}),
    (_en(_EDGE_TO_EDGE_EN), "mmask", {}),  # (round 45) a span told after the place, not a move
    (_en(_EDGE_TO_EDGE_EN), "mask", {}),
    # "the note rang round and round for ages", "echoes round the hall": a room's ring, no orbit
    (_en(r"(?:rang|rings?|ringing|echo(?:es|ed|ing)?|reverberat(?:es|ed|ing)|bounc(?:es|ed|ing)|boom(?:s|ed|ing)?|goes|went|carries|carried|travels|rolls|rolled)\s+(?:a)?round(?:\s+and\s+(?:a)?round)?(?:\s+(?:the|this|that)\s+(?:room|hall|stairwell|church|chapel|cathedral|cave|tunnel|dome|gym|pool|space))?"), "mmask", {}),
    # "우회전해서", "좌회전하니까": a car taking a corner, not a sound going round
    (_MY_TURN_KO, "mmask", {}),
    (_en(_ECHO_TRAVELS_EN), "mmask", {}),
    (r"(?:올라|내려)가는\s*(?:엘리베이터|승강기)(?=\s*안)", "mmask", {}),
    # a sound that carries up to the listener does not rise: "펌프 소리가 1층 우리 집까지 올라와요", "애들 소리가 창문으로 다 올라와"
    (r"소리(?:가|도)\s*(?:[가-힣0-9]+\s+){0,4}?[가-힣0-9]+(?:까지|으로|로)\s*(?:다\s*|막\s*|계속\s*)?올라(?:와|오|온|왔|옴)", "mmask", {}),
    # "hums like it's about to take off": a likeness, no move
    (_en(r"(?:like|as\s+if|as\s+though)\s+(?:it'?s|it\s+is|it\s+was|it'?d|they'?re|they\s+are)\s+(?:about\s+to|going\s+to|gonna|ready\s+to)\s+(?:take\s+off|lift\s+off|fly\s+(?:off|away)|launch|blast\s+off)"), "mmask", {}),
    (_ON_MY_WAY_KO, "mmask", {}),
    (r"떨어(?:지는|진|지던|뜨리는|뜨린)\s*소리", "mmask", {}),
    (r"(?:뭐|뭔가|무언가|물건|컵|대야|접시|공|책|숟가락|그릇|병|캔)(?:이|가)?\s*떨어(?:졌|지|져|진)", "mmask", {}),  # "뭐가 떨어졌는데 깡": where it lands
    (_en(r"(?:a|one|each|every|the)\s+drops?\s+of"), "mmask", {}),  # "a drop of water plinks": not a fall
    # (round 55, dev sets 12hw/12hy) "every trial lens goes clink when she drops it in", "one tiny drop each time", "the whole
    # stadium went up around me": a thing put in, a drip, a crowd that erupts; no fall or rise of the sound
    (_en(r"(?:drops|dropped|dropping|drop)\s+(?:it|them|one|each)\s+(?:back\s+)?(?:in|into|on)(?![a-z])"
         r"|(?:one|a|each|every|another|single)\s+(?:tiny\s+|little\s+|small\s+|single\s+)?drop\s+(?:each|every|at|a|per|after)(?![a-z])"
         r"|(?:stadium|crowd|ground|stand|stands|terrace|terraces|arena|place|room|hall|pub|bar)\s+(?:just\s+|all\s+)?(?:went|goes|go)\s+up(?![a-z])"), "mmask", {}),
    (_en(r"(?:drops|dropped|dropping)\s+(?:a|an|the|his|her|my|their|our|some|its)\s+[a-z]+"), "mmask", {}),  # "a child drops a hymn book": a thing dropped  # "창고에서 뭔가 떨어지는 소리": heard where it lands
    # "수도꼭지에서 물이 한 방울씩 똑똑 떨어져": drops from a tap, not a source that falls
    (r"(?:방울(?:씩|이|방울)?|똑똑|뚝뚝|똑\s+똑|뚝\s+뚝)\s*(?:[가-힣]+\s*){0,2}?떨어(?:져|지|졌|집|진)", "mmask", {}),
    (_en(r"(?<![a-z])drop\s+(?:(?:the|it|them|this|that|its)\s+)?(?:[a-z-]+\s+){0,2}?(?=(?:by\s+)?\d+(?:\.\d+)?\s*(?:db|decibels?)(?![a-z]))"), "mmask", {}),
    (r"(?:메아리|울림|반향|에코)(?:가|는|도)?\s*(?:다시\s*)?돌아(?:오|와|온|왔)", "static", {}),  # an echo "comes back": it does not circle
    (_en(r"(?:going\s+and\s+going|goes\s+on\s+and\s+on)(?:\s+from\s+the\s+(?:same|one)\s+(?:spot|place|corner))?|from\s+the\s+(?:same|one)\s+(?:spot|place|corner)"), "mmask", {}),  # (round 51) staying put
    (r"심장\s*(?:이\s*)?(?:떨어|내려앉|철렁)", "mmask", {}),  # (round 51) "심장 떨어져요": a fright, not a fall
    # (round 52, dev set 12ho) a likeness or another thing's move: "sounds like a jet taking off", "as the barriers come
    # down", "the tide coming in over the mudflats"
    (_en(r"(?:like|as\s+if|as\s+though)\s+(?:a|an|some)\s+(?:[a-z]+\s+)?(?:jet|plane|rocket|aeroplane|airplane|helicopter)\s+(?:(?:is|was)\s+)?(?:taking|took|takes)\s+off"), "mmask", {}),
    (_en(r"(?:barriers?|gates?|booms?|shutters?|arms?)\s+(?:come|comes|came|coming|go|goes|went|going)\s+(?:down|up)(?![a-z])"), "mmask", {}),
    (_en(r"(?<![a-z])(?:the\s+)?tide\s+(?:(?:is|was|'s)\s+)?(?:coming|comes|came|going|goes|went|rushing|creeping|racing)\s+(?:in|out)(?![a-z])(?:\s+(?:across|over|up|along|through)\s+the\s+[a-z]+)?"), "mmask", {}),
    (r"(?:퍼졌다가|퍼지다가)\s*(?:다시\s*)?돌아(?:오|와|온|왔)", "static", {}),  # (round 51) sound that spreads and comes back: an echo
    # (round 51, dev set 12hk) no source that moves: "off the rock" (not rocking), "Drop a spanner in the torpedo room and
    # the hull rings" (a demonstration of the room), a barrier or shutter going up (차단기 올라가는 소리), a clap that goes
    # round and round, bouncing a ball round a hall
    (_en(r"(?:(?<=off\s)|(?<=on\s)|(?<=from\s)|(?<=against\s)|(?<=over\s)|(?<=under\s)|(?<=behind\s)|(?<=across\s)|(?<=among\s))the\s+rocks?(?![a-z])"), "mmask", {}),
    (_en(r"(?:^|(?<=[.!?]\s))(?:drop|bang|clap|knock|tap|hit|slam)\s+(?:a|an|your|one)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|on|inside|against)\s+(?:the|this|here)(?![a-z])"), "mmask", {}),
    (r"(?:차단기|차단봉|셔터|게이트|리프트)\s*(?:가|이)?\s*(?:올라가|내려가|올라오|내려오|올라간|내려간|올라온|내려온)", "mmask", {}),
    (_en(r"(?:clap|echo|echoes|word|words|shout|note)(?:[^.!?]{0,30}?)\s(?:go|goes|going|went)\s+round\s+and\s+round(?!\s+(?:me|us|you|him|her|my|our|your|the\s+listener)(?![a-z]))"), "mmask", {}),
    (_en(r"(?:bouncing|bounce|bounced|kicking|kicked|dribbling|dribbled)\s+(?:a|the|my|our)\s+(?:ball|football|basketball|netball)\s+(?:a)?round\s+the\s+(?:[a-z]+\s+){0,3}[a-z]+"), "mmask", {}),
]

SPEEDS: list[Entry] = [
    (_en(r"slow(?:ly|er)?|gradual(?:ly)?|leisurely|lazily|unhurried(?:ly)?|gently\s+(?:moves?|drifts?)|at\s+a\s+crawl|creep(?:s|ing)"), "speed", {"speed": -1}),
    (_en(r"quick(?:ly)?|fast|rapid(?:ly)?|swift(?:ly)?|rush(?:es|ing)?|zoom(?:s|ing)?|whoosh(?:es|ing)?|speed(?:s|ing)|hurr(?:ies|ying)|dart(?:s|ing)?|zip(?:s|ping)?|in\s+a\s+flash|briskly|race(?:s)?|racing"), "speed", {"speed": 1}),
    (r"천천히|느리게|느릿|서서히|느긋|완만하게|조금씩|슬금슬금|스르르|살금살금", "speed", {"speed": -1}),
    (r"빠르게|빨리|휙|쌩|재빨리|순식간에|급하게|잽싸게|쏜살같이|후다닥|휭|슝|씽", "speed", {"speed": 1}),
]

CLOCKWISE: list[Entry] = [
    (_en(r"counter[- ]?clockwise|anti[- ]?clockwise|widdershins|ccw"), "clockwise", {"cw": False}),
    (_en(r"clockwise|cw"), "clockwise", {"cw": True}),
    (r"반시계\s*방향|반시계|시계\s*반대\s*방향", "clockwise", {"cw": False}),
    (r"시계\s*방향|시곗바늘\s*방향", "clockwise", {"cw": True}),
]

_KO_REPORTED_COMMAND = r"[가-힣]*(?:가|와|올라가|내려가|올라와|내려와|돌아|비켜|나가|들어가|들어와)라(?:고|며|구|는)"
"""A command reported ("탑 올라가라고 소리치는데"): neither a place nor a move of the sound."""
_KO_LISTENER_GOES_UP = r"(?:옥상|지붕|산\s*꼭대기|꼭대기|전망대|정상)(?:에|으로|로)?\s*올라(?:가|와|갔|왔)(?:니까|니|으니|면|더니|서|자)"
"""The listener going up somewhere to listen ("옥상 올라가니까"): neither a height nor a move of the sound."""
_ME_UP_THERE_EN = r"(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|we\s+were|doing\s+[a-z\s]{1,30}?|working|sitting|sat|standing|perched|hanging|stuck)\s+(?:up\s+)?"
_TALL_THINGS_EN = r"(?:mast|silo|tower|pylon|chimney|lighthouse|elevator|crane|steeple|spire)"
LISTENER_UP_TALL_EN = (
    r"(?<![a-z])(?:from|in|up\s+in|sat\s+in|sitting\s+in)\s+(?:the|my|our)\s+(?:crane|gantry)\s+(?:cab|cabin)(?![a-z])"
    r"|" + _ME_UP_THERE_EN + r"(?:at|on)\s+(?:the\s+)?(?:very\s+)?top\s+of\s+(?:the|a|an|our|my)\s+(?:[a-z]+\s+)?" + _TALL_THINGS_EN + r"s?(?![a-z])"
    r"|(?<![a-z])from\s+(?:the\s+)?(?:very\s+)?top\s+of\s+(?:the|a|an|our|my)\s+(?:[a-z]+\s+)?" + _TALL_THINGS_EN + r"s?,?(?=\s+(?:you|i|we)\s)"
)
_KO_NO_SUBJECT_WORD = r"(?:(?![가-힣]*[이가]\s)[가-힣]+\s+)"
"""A Korean word with no subject particle: words between a place and the listener's own verb ("지붕에서 기와 얹고 있는데"),
where "지붕에서 고양이가 울고 있는데" (a subject) is the sound's place."""
_KO_BUSY_THERE = r"\s*" + _KO_NO_SUBJECT_WORD + r"{0,2}?[가-힣]*(?:하는데|있는데|중인데|중(?![가-힣])"
"""The listener busy at a place just named: a verb of the listener's own ("점검하는데", "작업 중인데"); left open for more."""
LISTENER_UP_TALL_KO = (
    r"(?:크레인|갠트리)\s*(?:조종석|운전석|캡)(?:에서|에\s*앉아)"
    r"|(?:사일로|굴뚝|철탑|송신탑|타워|등대|전망대|마스트|돛대|종탑)\s*(?:맨\s*)?(?:꼭대기|위)에서" + _KO_BUSY_THERE + r"|들으니까|들으면|듣는데)"
)
LISTENER_ON_ROOF_EN = (
    r"(?<![a-z])(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|we\s+were)\s+(?:up\s+)?on\s+(?:the|a|our|my|his|her|their)\s+(?:[a-z]+\s+)?(?:roof|rooftop)(?![a-z])"
)
LISTENER_ON_ROOF_KO = r"지붕\s*(?:위)?(?:에서)?" + _KO_BUSY_THERE + ")"
"""The listener up on something tall (a crane's cab, the top of a mast or a silo: "From the crane cab you can hear the
lashing gang on the quay", "사일로 꼭대기에서 점검하는데") or on a roof at work ("한옥 지붕에서 기와 얹고 있는데"): where the listener
is, not the sound's height; what is heard from there is below (:data:`t2sa.text.world.VANTAGE_BELOW`)."""

_LOW_OR_HIGH_ROOMS_EN = r"(?:cellar|basement|crawl\s*space|loft|attic|roof\s+space|boiler\s+room|vault|bunker|undercroft|crypt)"
_LISTENER_IN_PLACE_EN = (
    r"(?<![a-z])(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|we\s+were)\s+(?:(?:sitting|standing|lying|crouched|crouching|kneeling|working"
    r"|stuck|squeezed|wedged|down|up|out|here|now|still|right)\s+)*(?:in|inside)\s+(?:the|a|an|our|my|this|that)\s+(?:[a-z'-]+\s+){0,2}?"
    + _LOW_OR_HIGH_ROOMS_EN + r"(?:\s+(?:under|beneath|below|above)\s+(?:the|our|my)\s+(?:house|floor|building|shop|stairs|roof|kitchen))?(?![a-z])"
    r"|(?:^|(?<=[.;!?]\s))(?:down|up)\s+in\s+(?:the|a|an|our|my|this|that)\s+(?:[a-z'-]+\s+){0,3}?" + _LOW_OR_HIGH_ROOMS_EN + r"(?![a-z])"
    r"|(?<![a-z])(?:stepped|came|climbed|walked|went|got|headed)\s+(?:(?:out|up|back)\s+)?(?:(?:of|from)\s+(?:the|that|this|our|my|an?)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s+)?onto\s+(?:the|a|an|our|my|this|that)\s+"
    r"(?:[a-z'-]+\s+){0,2}?roof(?:top)?(?:\s+(?:terrace|garden|deck|bar))?(?![a-z])"
)
"""The listener in a low or high room or out on a roof ("I'm in the crawl space under the house", "Down in the vaulted brick
cellar, a cork pops on my right", "stepped out onto the open roof terrace"): where the listener is, so the sounds heard
there are at the listener's own level (round 56)."""

_KO_THING_WORD = (
    r"(?![가-힣]*(?:쪽|편)(?![가-힣]))(?!(?:뒤|앞|왼|오른|옆|위|아래|밑|바로|조금|살짝|약간|좀|대각|저|맨|제일|내|제|우리|네|정면|후방|전방|좌|우)[가-힣]*\s)"
    r"(?![가-힣]*(?:에서|으로|로|에|을|를|가|이|은|는|고|서|니|며|다|어|아|요|나|쳐|해|게|지|러|면|…)(?![가-힣]))[가-힣]+"
)
"""A Korean word that names a thing on a side ("영양제 코너", "선반"), not a place word, a particle-ended word or a verb."""

MASKS: list[Entry] = [
    # (round 52, dev set 12ho) words of place in another sense: "we're running behind again", "no right or wrong way",
    # "put my back out", "Left gate 2 padlocked" (left it so), "오른팔 저려서" (the listener's arm), "민원 들어옴" (a complaint)
    *_no_place_no_move(_en(r"(?<![a-z])(?:(?:we|i|they|you)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+)(?:running|falling|getting|way|a\s+bit|so)\s+(?:a\s+bit\s+|way\s+|further\s+)?behind(?:\s+(?:again|schedule|time))?(?=\s*(?:[,.;!?]|$|again|schedule|time|on\s))")),
    (_en(r"(?<![a-z])(?:no\s+|a\s+|the\s+)?right\s+or\s+wrong(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?:^|(?<=[.!?;]\s))right(?=\s+so\s+(?:i|i'm|we|we're|you|the|this|that|it|um|uh|yeah|anyway|basically)(?![a-z]))"), "mask", {"nopos": True}),  # "right so I'm at the top"
    # the listener's own roof garden or shoe soles, and someone else's trip upstairs told second-hand: "while I'm
    # deadheading the geraniums on the roof", "from every bed on the roof garden", "밑창 두드릴 때", "팀장님 위로 올라가셨대"
    (_en(r"(?:(?<=\bi'm\s)|(?<=\bi\sam\s)|(?<=\bwe're\s)|(?<=\bwe\sare\s))[a-z]+ing\s+(?:[a-z']+\s+){0,4}?on\s+the\s+roof(?:\s+garden|\s+terrace)?(?![a-z])|(?<![a-z])(?:every|each|any)\s+[a-z]+\s+(?:on|in)\s+the\s+roof\s+(?:garden|terrace)(?![a-z])"), "mask", {"nopos": True}),
    (r"(?<![가-힣])(?:신발\s*)?밑창", "mask", {"nopos": True}),
    *_no_place_no_move(r"(?:위로|위층으로|윗층으로|아래로|아래층으로|아랫층으로)\s*(?:올라|내려)(?:가|오)셨(?:대|다고|대요|답니다|다네)"),
    # "3 squads left, I'm on 40 health", "4 of us left", "10 minutes left": what remains, not a side
    (_en(r"(?<![a-z])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|only|just)\s+(?:(?:more|of\s+(?:us|them|you))\s+|(?:squads?|teams?|players?|people|enemies|rounds?|lives|minutes?|mins?|seconds?|secs?|hours?|days?|stops?|laps?|points?|games?|shots?|bullets?|tickets?|seats?|spots?|places?|tries|goes|turns?|songs?|tracks?|sets?|holes?|miles?|km|pages?|questions?)\s+)+left(?=\s*(?:[,.;!?]|$|to\s+go|in\s+the|on\s+the|alive|standing|now)(?![a-z]))"), "mask", {"nopos": True}),
    (_en(r"(?<![a-z])(?:put|puts|putting|did|done|hurt|hurts|pulled|threw|thrown|put\s+out)\s+(?:my|his|her|your|our|their)\s+back(?:\s+(?:out|in))?(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))left(?=\s+(?:the\s+)?[a-z]+(?:\s+\d+)?\s+(?:padlocked|locked|unlocked|open|shut|closed|running|on)(?![a-z]))"), "mask", {"nopos": True}),
    (r"(?:왼|오른)(?:팔|손목|팔꿈치|발목|무릎|다리|어깨)(?:이|가|을|를|도)?\s*(?:너무\s*|좀\s*|계속\s*)?(?:저려|저리|저렸|아파|아프|아팠|다쳐|다친|다쳤|쑤셔|결려|삐끗)", "mask", {"nopos": True}),
    *_no_place_no_move(r"민원\s*(?:이|도)?\s*(?:들어오|들어옴|들어왔|들어와|들어온)"),
    # (round 51, dev set 12hk) where the listener stands, not the sound: "Standing out on the balcony and there's a busker
    # below", "sat on the terrace"; carpet or foam on the floor of a room
    (_en(r"(?<![a-z])(?:standing|stood|sitting|sat|leaning|out)\s+(?:out\s+)?on\s+(?:the|my|our)\s+(?:balcony|terrace|veranda|verandah|roof\s+terrace|fire\s+escape)(?![a-z])"), "mask", {"nopos": True}),
    # (round 51) "Left's ruled out too", "the right is out as well": a side ruled out is no place
    (_en(r"(?:left|right)(?:'s|\s+is|\s+was|\s+side'?s?)\s+(?:(?:been\s+)?ruled\s+out|out\s+(?:too|as\s+well)|not\s+it)(?![a-z])"), "mask", {}),
    # (round 51) "rang the bell on my right and left it there": left behind, not a side
    (_en(r"(?<![a-z])left(?=\s+(?:it|them|him|her)\s+(?:there|on|running|going|ringing|humming|alone|be)(?![a-z]))"), "mask", {}),
    (_en(r"(?<![a-z])(?:carpets?|rugs?|mats?|foam|lino|sawdust|straw|rubber\s+matting)\s+on\s+the\s+floors?(?![a-z])"), "mask", {"nopos": True}),
    # (round 51) a ceiling that the sound spreads to or rings off (천장으로 퍼져서, 콘크리트 천장에 울려서): the room, not a height
    (r"천장(?:에|으로|까지)?\s*(?:쫙\s*|다\s*|막\s*)?(?:퍼지|퍼져|퍼졌|울려|울리|울렸|울림|울립|반사|부딪|맞고|튕)", "mask", {"nopos": True}),
    # (round 53, dev set 12hq) the room's roof or ceiling that the sound washes, rings or bounces off ("one long boomy wash
    # off that glass roof"), an open rooftop or a basement the listener is in ("on the open rooftop", "basement B2: ...
    # down here", "지하 3층은 진짜 울려요", "탁 트인 옥상이라"), sound that flies off into the sky (하늘로 날아가): the room, not a height
    (_en(r"(?:wash|washes|echo(?:es|ed|ing)?|bounc(?:e|es|ed|ing)|ring(?:s|ing)?|rang|boom(?:s|ed|ing)?|reflect(?:s|ed|ing)?|rebound(?:s|ed|ing)?|smack(?:s|ed|ing)?)"
         r"\s+(?:straight\s+|right\s+|back\s+)?off\s+(?:the|that|this|a|an|its|our)\s+(?:[a-z-]+\s+){0,2}?(?:roof|ceiling|dome|rafters|vault)(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?<![a-z])(?:up\s+)?on\s+(?:the|an|this|that|our)\s+(?:wide[- ]open|open)\s+(?:roof|rooftop)(?:\s+(?:bar|terrace|garden))?(?![a-z])"
         r"|(?<![a-z])(?:basement|cellar)(?=[^.!?]{0,80}?(?<![a-z])down\s+here(?![a-z]))"), "mask", {"nopos": True}),
    (r"지하\s*\d+\s*층(?:\s*[가-힣]+)?(?:은|는|이라서|이라|인데)(?!\s*(?:에서|쪽))|지하\s*\d+\s*층\s*[가-힣]+\s*(?:철수|작업|공사|점검|청소|촬영|리허설|공연)\s*중|탁\s*트인\s*옥상"
     r"|(?<![가-힣])[가-힣]+\s*밑\s*(?:기계실|창고|사무실|대기실|통로|공간)(?:은|는|이라서|이라)", "mask", {"nopos": True}),
    (_en(r"(?:plant|boiler|machine|engine|pump|control|store)\s+room\s+(?:under|beneath|below)\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|was)\s+(?:a|an|all|just|basically|one)(?=\s)"
         r"|(?:up\s+)?in\s+the\s+(?:hay\s+)?loft\s+with|(?:hay\s+)?loft(?:'s|\s+is)\s+(?:packed|stuffed|full|crammed)"
         r"|(?:vaulting|vault|ceiling|roof|dome)(?:'s|\s+is|\s+are)\s+sky[- ]high"), "mask", {"nopos": True}),  # the listener's room (round 53)
    *_no_place_no_move(r"(?:그냥\s*|다\s*)?하늘로\s*(?:다\s*)?(?:날아가|날아갔|퍼져|퍼지|흩어|사라)"),
    # (round 53) the listener climbing into a tank or going up somewhere to work, others gone upstairs to a meeting
    # ("we climbed inside the empty water tank", "옥상 빈 물탱크 안에 들어가서", "코치들은 다 위로 올라가서 회의 중"): no place, no move
    *_no_place_no_move(_en(r"(?<![a-z])(?:climbed|climb|climbing|crawled|crawl|got|went|go|going)\s+(?:down\s+|up\s+)?(?:inside|into|in)\s+(?:the|an|a|that|this|our)\s+(?:[a-z-]+\s+){0,2}?(?:tank|silo|cistern|drum|boiler|culvert|vat|hopper)(?![a-z])")),
    *_no_place_no_move(r"(?:옥상|지붕)\s*(?:위\s*)?(?:[가-힣]+\s*){0,2}?(?:물탱크|탱크|저수조|기계실|창고|다락)\s*(?:안|속)(?:에|으로)?\s*들어가|(?:위로|위층으로|윗층으로)\s*올라가서\s*(?:[가-힣]+\s*){0,2}?중(?![가-힣])"),
    # (round 53) the listener's own ear ("My left ear's been blocked since the flight", "오른쪽 귀가 좀 먹먹해서"), a sound
    # played all the way through ("let the ringtone play right out"): no side
    (_en(r"(?<![a-z])(?:my|his|her|your|our)\s+(?:left|right)\s+ear(?:'s|\s+is|\s+was|\s+has|\s+had)?\s+(?:been\s+)?(?:still\s+|totally\s+|a\s+bit\s+|kind\s+of\s+|completely\s+)?(?:blocked|bunged|popped|deaf|bad|dodgy|useless|sore|infected|clogged|stuffed|plugged|numb|gone|ringing)(?![a-z])"
         r"|(?<=[a-z]\s)right\s+out(?=\s*(?:[,.;!?]|—|-\s|$))"), "mask", {"nopos": True}),
    # (round 53) "way up at the front" (far along the nave, not high), a climbing wall, a part that won't carry forward
    # ("앞으로 뻗어 나오질 않아"): no height, no move, no place
    (_en(r"(?<![a-z])way\s+up(?=\s+(?:at\s+|in\s+)?(?:the\s+)?front(?![a-z]))"), "mask", {"nopos": True}),
    (_en(r"(?<![a-z])(?:said|say|says|got|had|read|wrote|told\s+you)\s+(?:it|that|them|those)\s+(?:the\s+wrong\s+way\s+round|backwards?|back\s+to\s+front)(?![a-z])"
         r"|(?<![a-z])(?:left|right)\s+bank(?:'s)?\s+(?:bakery|café|cafe|books?|bookshop|deli|bistro|brewery|coffee|diner|pub|bar|hotel|studios?|market)(?![a-z])"), "mask", {"nopos": True}),  # "sorry, said it backwards", "Left Bank Bakery"
    (_en(r"(?<![a-z])climbing\s+(?:wall|frame)s?(?![a-z])"), "mmask", {}),
    (_en(r"(?<![a-z])(?:as|while|when|once)\s+(?:we|i)\s+(?:come|came|coming|go|went|going|swing|swung|turn|turned|head|headed)\s+(?:round|around)\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:breakwater|point|headland|bend|corner|buoy|harbour\s+wall|harbor\s+wall|pier|jetty|island|cape|mole)(?![a-z])"), "mmask", {}),  # the listener's boat rounding a point
    (r"앞으로\s*(?:쭉\s*|잘\s*)?(?:뻗어|뻗어\s*나오|나오질|나가질)", "mask", {"nopos": True}),
    (r"(?<![가-힣])바닥\s*(?:을|를|만)?\s*(?:닦|청소|쓸|걸레질|왁스)", "mask", {"nopos": True}),  # the listener mopping the floor
    # (round 53) "오른쪽 영양제 코너 앞에서 멈췄어요", "내 왼쪽 선반 앞에다 세웠어": in front of a thing on that side, not the front
    (r"(?:(?<=쪽\s)|(?<=편\s))(?:" + _KO_THING_WORD + r"\s+)?" + _KO_THING_WORD + r"\s*앞(?=에서|에다|에|까지|으로)", "mask", {}),
    (r"(?:골대|농구대|골망|나무|가로등|전봇대|전신주|간판|차양|처마|파라솔|천막)\s*(?:바로\s*)?밑(?=에서|에)", "mask", {"nopos": True}),  # under a tall thing: on the ground, at ear level
    # (round 54, dev set 12ht) the room described: "The live room has a high wooden ceiling, so the drummer ..."
    (_en(r"(?:has|have|had|with|got)\s+(?:a|an|these|those|such\s+a)\s+(?:really\s+|very\s+|nice\s+|lovely\s+|massively\s+)?(?:high|tall|lofty)\s+(?:[a-z]+\s+)?(?:ceilings?|roof|vault(?:ing)?)(?![a-z])"), "mask", {"nopos": True}),
    # (round 54, dev set 12hu) the volume turned up ("DJ turned the music up on the right-hand stack"), a train that left
    # from a platform (departed, not the left side)
    (_en(r"(?:turn|turns|turned|turning|crank|cranks|cranked|cranking|whack|whacked|bump|bumped)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:music|volume|sound|telly|tv|radio|bass|speakers?|mix|it)\s+up(?=\s+on\s)"), "mask", {"nopos": True}),
    (_en(r"(?:(?<=train\s)|(?<=coach\s)|(?<=ferry\s)|(?<=plane\s)|(?<=flight\s)|(?<=tram\s)|(?<=bus\s)|(?<=boat\s)|(?<=ship\s))left(?=\s+from\s+(?:the|platform|stand|gate|bay|pier|quay|stop)(?![a-z]))"), "mask", {}),
    (r"(?:첫\s*)?(?:낙하|드롭)\s*(?:직전|직후|전|후|구간|코스|지점|때)", "mmask", {}),  # "첫 낙하 직전에": a ride's drop is a time, not a fall of the sound (round 54)
    (_en(r"(?:on|from)\s+the\s+(?:next|neighbouring|neighboring|next[- ]door|adjacent)\s+roof(?![a-z])"), "mask", {"nopos": True}),  # a roof across from the listener's (round 54)
    (r"(?<![가-힣])(?:다락|다락방|옥탑방|지하실|창고)\s*(?:을|를|에서|에\s*올라가서|에\s*내려가서)?\s*(?:정리|청소|치우|뒤지|뒤져|뒤졌)", "mask", {"nopos": True}),  # the listener tidying the attic (round 54)
    # (round 54, dev set 12ht) "the bearing knocking behind us echoes right along it": "right" as "all the way", no side;
    # "the spanner I dropped by the port shaft rang for ages": the listener's drop, not a fall of the sound
    (_en(r"(?<=\s)(?:echoes|echoed|echoing|rings|rang|ringing|carries|carried|carrying|booms|boomed|travels|travelled|traveled|bounces|bounced)\s+right(?=\s+(?:along|through|across|round|around|down|up|over|into)\s)"), "mask", {}),
    (_en(r"(?:the|a|my|that|this)\s+[a-z]+\s+(?:i|we|you|he|she|they|someone|somebody)\s+(?:just\s+)?dropped(?![a-z])"), "mmask", {}),
    (r"모래\s*(?:시계)?\s*(?:가|이|는)?\s*(?:다\s*)?(?:떨어지|떨어졌|떨어져)|(?<![가-힣])(?:시간|마감|기한|점수|성적|기온|온도|가격|값)\s*(?:이|가)?\s*(?:다\s*)?(?:떨어지|떨어졌|떨어져)", "mmask", {}),  # an hourglass running out, a price or score dropping: no fall (round 54)
    (r"(?:왼|오른)쪽\s*귀(?:가|는|도|만)\s*(?:좀\s*|계속\s*|아직\s*|요즘\s*|또\s*)?(?:먹먹|막혀|막혔|막힌|안\s*들려|잘\s*안\s*들|아파|아프|멍해|멍하|이상해)", "mask", {"nopos": True}),
    # words inside a quoted title or announcement are what is said, not where: "keeps repeating 'please keep left on the
    # escalators'", "영화 '위층 사람들'"
    (_en(r"(?:repeating|repeats|says|said|saying|announc(?:es|ed|ing)|reads?|reading|called|titled|shouting|shouts|yelling|yells|chanting|singing|sings)"
         r"\s+(?:out\s+)?['\"‘“][^'\"’”]{1,60}['\"’”]"), "mask", {"nopos": True}),
    (r"(?:영화|노래|드라마|책|프로그램|프로|곡|방송|예능|게임|앨범|제목)\s*(?:인\s*)?['\"‘“「『][^'\"’”」』]{1,40}['\"’”」』]", "mask", {"nopos": True}),
    # the side is the window's, and the sound is said to be somewhere: "The window on my left is open, and somewhere out
    # there a dog keeps barking", "왼쪽 창문 열어 놨더니 어디서 오토바이가"
    (_en(r"(?:the\s+|a\s+|my\s+)?(?:window|windows|door|skylight|hatch)\s+(?:on|to)\s+(?:my|the|our)\s+(?:left|right)\s+(?:is|was|were|are)\s+(?:wide\s+|half\s+|slightly\s+)?(?:open|ajar|cracked(?:\s+open)?)"
         r"(?=[^.!?]*somewhere(?![a-z]))"), "mask", {"nopos": True}),
    (r"(?:왼쪽|오른쪽|뒤쪽|앞쪽|뒤|앞)\s*(?:창문|창|문|베란다\s*문)\s*(?:을|를|좀)?\s*(?:열어\s*(?:놨|놓았|두었|뒀)|열었)(?:더니|는데)(?=[^.!?]*어디(?:서|선가|에선가|에서))", "mask", {"nopos": True}),
    # the listener's own body, route, tools and finished jobs place no sound: "my right shoulder's playing up", "오른쪽
    # 어깨 삐끗해서", "mind your back", "up the back stairs", "the right-hand line", "오른쪽 길로 산책", "다이얼 왼쪽 끝까지",
    # "pointed west at Venus", "망원경 동쪽으로 돌려놓고", "done the left side of the bed", "오른편 울타리 다 고쳐놨는데"
    (_en(r"(?:left|right)\s+(?:shoulder|knee|wrist|ankle|elbow|arm|leg|hip|hand|foot|hamstring|calf)(?:'s|\s+(?:is|was|has\s+been|keeps))?\s+"
         r"(?:hurting|hurts|killing\s+me|aching|aches|sore|stiff|playing\s+up|injured|sprained|twisted|swollen|throbbing|bad|dodgy|giving\s+(?:me|out))"
         r"|(?:hurt|sprained|twisted|pulled|injured|tweaked|jarred|bruised|broke|strained)\s+my\s+(?:left|right)\s+(?:shoulder|knee|wrist|ankle|elbow|arm|leg|hip|hand|foot|hamstring|calf)"
         r"|mind\s+(?:your|my|his|her)\s+back|(?:up|down|on|via|by)\s+the\s+back\s+(?:stairs|steps|staircase|stairwell)"
         r"|(?<!on\sthe\s)(?<!from\sthe\s)(?:left|right)-hand\s+(?:line|track|loop|queue|chair|chairlift|cable|rope)"  # (a place: "on the left-hand track", round 47)
         r"|(?:pointed|pointing|points|aimed|aiming|aims|trained)\s+(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
         r"|(?:done|finished|cleaned|made|hoovered|dusted|fixed|mended|painted|stripped|wiped)\s+the\s+(?:left|right)(?:-hand)?\s+side\s+of"
         r"|(?:with|in|using)\s+(?:your|my|his|her|their|the)\s+(?:left|right)\s+hand(?![a-z])|(?:left|right)-hand\s+(?:rows?|wind|drive|page|column|margin|pocket)"
         r"|(?:dial|knob|volume|lever|switch|tuner|slider|fader)\s+(?:all\s+the\s+way\s+)?(?:(?:over\s+)?to\s+the\s+)?(?:left|right)(?![a-z-])"), "mask", {"nopos": True}),
    (r"(?:왼|오른)쪽\s*(?:어깨|무릎|손목|발목|팔꿈치|팔|다리|허리|골반|엉덩이|손|발|종아리|허벅지)(?:이|가|을|를|도|는)?\s*"
     r"(?:좀\s*|살짝\s*|또\s*)?(?:삐끗|아프|아파|아팠|다쳐|다쳤|결려|결리|쑤셔|쑤시|저려|저리|부어|부었|삐었|접질|나갔|안\s*좋)"
     r"|(?:왼|오른)(?:쪽|편)\s*(?:길|코스|산책로|등산로|오솔길)\s*(?:로|으로)(?=\s*(?:[가-힣]+\s*){0,1}산책)"
     r"|(?:다이얼|볼륨|노브|손잡이|레버|스위치|채널)\s*(?:을|를)?\s*(?:왼|오른)쪽\s*(?:끝)?\s*(?:까지|으로|로)"
     r"|(?:망원경|카메라|안테나|스코프|쌍안경|렌즈)\s*(?:을|를)?\s*(?:동|서|남|북)쪽\s*(?:으로|을)"
     r"|(?:(?:왼|오른)(?:쪽|편)|위층|윗층|아래층|2층|3층|옥상|지하)\s*(?:[가-힣]{1,6}\s*){0,2}?(?:청소|정리|점검|수리|작업|공사)?\s*(?:다|모두|전부)\s*"
     r"(?:끝내|끝냈|끝났|마치|마쳤|고쳐|고쳤|치우|치웠|해\s*놨|해놨|뽑고|뽑았|캐고|캤|심고|심었|베고|벴)", "mask", {"nopos": True}),
    (r"(?<![가-힣])(?:올라가|내려가|들어가|나가|올라와|내려와)\s*(?:서\s*)?보니까?(?=\s)|산책\s*(?:을\s*)?한\s*바퀴|(?:끝내고|끝냈는데|마치고|끝나고)\s*(?:[가-힣]+\s*)?(?:내려왔|올라왔|나왔|들어왔|내려가|올라가)(?:는데|더니|니까)", "mmask", {}),
    # the listener's seat: "Sat in the back pew while the vicar's sermon booms", "sitting at the back of the bus"
    (_en(r"(?:sat|sitting|sit|seated|stood|standing)\s+(?:right\s+)?(?:in|at)\s+the\s+(?:very\s+)?back(?:\s+(?:pew|row|rows|seat|seats|bench|of\s+the\s+[a-z]+))?"), "mask", {"nopos": True}),
    # Korean homographs: 위로 = comfort, 뒤에 약속 = an appointment later, 좌/우회전 = the listener's turn, 올라가는 길에 = on
    # the listener's way up, 논 한가운데 = in the middle of where the listener is
    (r"(?<![가-힣])위로(?:가|를|받|해\s*(?:줘|주|줬|드|준)|하(?:는|고|며|려|자))", "mask", {"nopos": True}),
    # 위로 as comfort said or sent ("선장님한테 위로 한마디 듣고"), 위에서 as the management ("위에서 압박 들어와서",
    # "위에서 시켜서"), 앞타임 / 뒤타임 as the shift before or after (round 43)
    *_no_place_no_move(r"(?<![가-힣])위로\s*(?:한\s*마디|의\s*(?:말|말씀|문자|메시지)|말씀|문자|메시지|전화)"
                       r"|(?<![가-힣])위에서\s*(?:압박|지시|시켜|시킨|시키|까라|하라|난리|쪼|닦달)[가-힣]*(?:\s*들어[와오온][가-힣]*)?|(?<![가-힣])(?:앞|뒤)\s*타임(?:\s*(?:근무자|사람|분|애|직원|팀))?"),
    (r"(?<![가-힣])뒤에\s*(?:약속|일정|수업|회의|스케줄|알바|미팅|볼일|다른\s*일)", "mask", {"nopos": True}),
    (_MY_TURN_KO, "mask", {}),
    # "it bounces all the way up the stairs": the echo travels, the sound stays where it is
    (_en(_ECHO_TRAVELS_EN), "mask", {"nopos": True}),
    # the listener's own turn into a street, then another sound: "오른쪽 골목으로 꺾어 들어갔는데 누가 피아노 치고 있더라"
    (r"(?:왼쪽|오른쪽|좌측|우측)\s*(?:골목|길|모퉁이|샛길|도로|방향)?\s*(?:으로|로)\s*(?:꺾어|돌아|틀어)\s*(?:들어갔|들어가|나갔|나가|갔)(?:는데|더니|다가)(?=\s*(?:누가|어디서|어디선가|웬|갑자기))", "mask", {"nopos": True}),
    # inside a lift going up or down, the listener rides too: "올라가는 엘리베이터 안인데 누가 통화를"
    (r"(?:올라|내려)가는(?=\s*(?:엘리베이터|승강기)\s*안)", "mask", {"nopos": True}),
    (r"(?:(?<=산)|(?<=산\s)|(?<=언덕)|(?<=언덕\s)|(?<=산자락)|(?<=산자락\s))(?:밑|아래)(?=\s*(?:에서|에|의|마을|동네|집|[\s,]))", "mask", {}),  # the foot of a hill, not below
    (_ON_MY_WAY_KO, "mask", {"nopos": True}),
    # time passes, nothing moves: "하루가 앞뒤 없이 흘러가네", "세월이 참 빨리 지나가"
    (r"(?:하루|시간|세월|날들?|일주일|한\s*주|한\s*달|한\s*해|방학|주말)(?:가|이|은|는)\s*(?:[가-힣]+\s+){0,3}?(?:흘러|지나)(?:가|간|갔|갑)", "mmask", {"nopos": True}),
    # where the listener rides: "In the back of the van with the blankets everywhere, the foreman's voice ...", "I'm in the
    # back of the cab"
    (_en(r"(?:^|(?<=[.!?;]\s)|(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|we\s+were|sat|sitting|riding|rode|lying|lay|squashed|crammed)\s+)in\s+the\s+back\s+of\s+(?:the|a|an|our|my|his|her|their)\s+(?:van|car|taxi|cab|bus|truck|lorry|ute|minibus|coach|jeep|pickup|estate|people\s+carrier|ambulance|land\s+rover)(?![a-z])"), "mask", {"nopos": True}),
    # "it's putting me right off my stroke": off-putting, not a side; "바닥이 다 타일이라": what the floor is made of
    (_en(r"(?:put|puts|putting)\s+(?:me|you|him|her|us|them)\s+right\s+off(?![a-z])"), "mask", {"nopos": True}),
    (r"바닥(?:이|은|도)\s*(?:다\s*|전부\s*|온통\s*)?(?:타일|돌|대리석|나무|마루|콘크리트|카펫|시멘트|장판)", "mask", {"nopos": True}),
    # a dropped thing that crashes or breaks is heard where it lands: "식판 와르르 떨어졌어요", "접시가 바닥에 떨어져 산산이
    # 깨진다" (a plain "컵이 바닥으로 떨어져" still falls)
    (_DROPPED_KO, "mmask", {}),
    (r"바닥(?:에|으로)\s*" + _CRASH_KO, "mask", {"nopos": True}),
    # "hums under her breath": quietly, not below; "the baby went down at seven": to sleep, not a fall
    (_en(r"under\s+(?:my|his|her|their|your|our)\s+breath"), "mask", {"nopos": True}),
    (_en(r"(?:went|goes|go|gone|going)\s+down\s+(?:for\s+(?:a|her|his|the|their)\s+(?:nap|sleep|night)|at\s+(?:\d|six|seven|eight|nine|ten|half|bedtime)|easily|early|without\s+a\s+(?:fuss|fight))"), "mmask", {"nopos": True}),
    *_no_place_no_move(_en(_DOWN_FOR_A_NAP_EN)),
    # "back" as "again" or "returned": "Back in the nineties ...", "Back on the number 12 route", "Back at the hut, ..."
    (_en(r"(?:^|(?<=[.!?;]\s))back\s+(?:in|on|at)(?=\s+(?:(?:the|a|an|my|our|his|her|their|this|that)\s+(?!left|right|front|back|rear)[a-z]|\d|(?:nineteen|twenty)(?![a-z])))"), "mask", {"nopos": True}),
    (_en(r"back\s+in\s+the\s+(?:day|old\s+days|(?:nine|eigh|seven|six|fif)ties|\d0s)"), "mask", {"nopos": True}),
    # which way an escalator or a line runs, not where the sound is: "the up escalator", "the down line"
    (_en(r"(?:the|an?)\s+(?:up|down)\s+(?:escalator|escalators|line|train|platform|lift|stairs|staircase|ramp|travelator)s?(?![a-z])"), "mask", {"nopos": True}),
    # awake, not a height: "Up till 4 a.m. cramming", "stayed up all night", "we were up late"
    (_en(r"(?:^|(?<=[.,;!?]\s)|(?<=\bi\s)|(?<=\bwe\s)|(?:stay|stays|stayed|staying|was|were|been|be|am)\s+)up\s+(?:till|until|til|'til|all\s+night|late)(?![a-z])"), "mask", {"nopos": True}),
    # two places asked, not said: "왼쪽인지 오른쪽인지 헷갈렸는데 ... 확실히 왼쪽이야"
    (r"(?:왼쪽|오른쪽|앞쪽?|뒤쪽?|위쪽?|아래쪽?|밑)\s*(?:인지|이었는지|였는지|에서\s*나는지)\s*(?:왼쪽|오른쪽|앞쪽?|뒤쪽?|위쪽?|아래쪽?|밑)\s*(?:인지|이었는지|였는지|에서\s*나는지)(?=\s*(?:헷갈|모르|몰랐|몰라|애매|구분|잘\s*모|감이))", "mask", {}),
    (r"(?:논|밭|들판|광장|운동장|숲|호수|바다|마당|거실|홀|공원|사막|초원|눈밭|설원|벌판|갯벌|교실|강당|체육관)\s*(?:한가운데|한복판)(?:에서|에|,|\s)", "mask", {"nopos": True}),
    # "right" as an intensifier or adjective, "left" as a verb: not directions
    (_en(r"(?<!\bmy\s)(?<!\byour\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\band\s)(?<![/-])(?<!\bback\s)(?<!\brear\s)(?<!\bfront\s)right(?=\s+(?:next|behind|past|in\s+front|in\s+the\s+(?:middle|centre|center)|in\s+(?:your|my|his|her|their|our)(?![a-z])|at\s+the\s+(?:centre|center)|down\s+the\s+middle|above|below|beneath|under|over|beside|here|there|now|away|at\s+(?:you|your|me|my|the)|on\s+(?:top|you|me)|into|across|on\s+(?:the|your|my|his|her|their|our)(?=\s+(?!side(?![a-z])))|by\s+(?:you|me|your|my|the|our|his|her|their|a|an|where)(?![a-z])|up\s+(?:close|to|against|beside|next|alongside|behind)|down|through|around|before|after|where|when|back|outside|inside|overhead|against|close|near|then|after|this|that|ahead|alongside|along(?=\s+(?:in\s+front|behind|the|beside|next|by))|round(?=\s+(?:us|me|you|my|our)(?![a-z])))" + _E + r")|(?<=from\s)right(?=\s+(?:in\s+front|behind|above|below|beneath|beside|next\s+to|overhead|under|across|by\s+(?:my|your)|at\s+(?:my|your))(?![a-z]))|all\s+right|alright|that'?s\s+right|(?<!to\s)(?<!on\s)(?<!from\s)(?<!no,\s)(?<!sorry,\s)(?<!mean\s)(?<!mean,\s)(?<!actually,\s)(?<!wait,\s)the\s+right\s+(?:one|way|time|moment|thing|place|answer|mood|amount|feet|foot|size|order|key|button|bus|train|shoes|boots|notes?|chord|finger|word|words)|just\s+right|feels?\s+right|sounds?\s+right|(?<!my\s)(?<!your\s)(?<!the\s)(?<!to\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<![/-])right\s+(?:now|away)"), "mask", {}),
    (_en(r"(?:he|she|they|i|we|you|who|someone|somebody|it|has|have|had|just|was|were|been|is|i've|we've|you've|they've|i’ve|we’ve|'d|’d)\s+left(?![-/])(?!\s+(?:side|ear|shoulder|hand|of|and|to|rear|front|back|forward|behind|corner)(?![a-z]))|left\s+against\s+(?:medical\s+)?advice|(?<!my\s)(?<!your\s)(?<!the\s)(?<!to\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!our\s)(?<![-/])left\s+(?:behind|over(?!\s+(?:the\s+)?(?:next\s+|last\s+|first\s+)?(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|half\s+a)\s+(?:\w+\s+)?(?:seconds?|secs?|minutes?|bars?|beats?|s)(?![a-z]))|alone|out|the\s+(?:room|house|building|stage|office|party|school|shop|store|station|club|bar|restaurant|kitchen|flat|apartment|car|bus|train))"), "mask", {}),
    (_en(r"(?:^|(?<=[.!?;]\s))right\s*[,.!]|(?:^|(?<=[.!?;]\s))right(?=\s+(?:folks|everyone|everybody|guys|gang|team|lads|ladies|people|class|kids|all|y'?all|then|so|okay|ok)\s*[,.!])|(?:left|right)[- ]handed|(?:left|right)[- ]hander"), "mask", {}),
    # "reset it and left it running": left as a verb with what was left and how
    (_en(r"left(?=\s+(?:it|them|him|her|the\s+[a-z]+)\s+(?:running|going|on(?!\s+(?:my|your|our|the|his|her|their)\s)|alone|ringing|"
         r"playing|humming|beeping|be|there|to\s+(?:run|ring|play|go|cool|charge)|plugged|switched|turned)(?![a-z]))"), "mask", {}),
    (_en(r"(?:^|(?<=[.!?;,]\s))back\s+(?:on|at|in|from|to)\s+(?:shift|duty|work|the\s+job|the\s+ward|school|the\s+office|track|rehearsals?|practice|training|home|the\s+gym|class|base|camp|the\s+studio)"), "mask", {}),
    # a rehearsal or an edit: "back to bar 32", "from the top", "go back to the chorus"
    (_en(r"(?:get|keep|hold|lift|put|got|kept)\s+(?:my|your|his|her|our|their)\s+(?:head|chin)\s+up|chins?\s+up"), "mask", {}),  # "to get my head up": no height
    (_en(r"(?:right|just)\s+up(?=\s+(?:in|at)\s+the\s)"), "mask", {}),
    (_en(r"(?:right|just)(?=\s+up\s+(?:in|at)\s+the\s)"), "mask", {}),  # (when "up in the rafters" is a height of its own)  # "right up in the stairwell": all the way up there, not straight up
    (_en(r"back\s+to\s+(?:bar|measure|letter|take|the\s+(?:top|start|beginning|chorus|verse|bridge|intro|head|downbeat|last\s+bar))(?![a-z])"), "mask", {}),
    # "ended up right back in front of my face", "stopped right back where he'd started": back = again, not behind
    (_en(r"(?:right\s+)?back(?=\s+(?:in\s+front|to\s+the\s+front|(?:to\s+|at\s+)?where\s+(?:it|he|she|they|we|i|you)(?:\s+had\s+|'d\s+|\s+)(?:started|began|begun|was|were|came\s+from)|at\s+the\s+start|to\s+the\s+start(?:ing\s+(?:point|place|spot))?)(?![a-z]))"), "mask", {}),
    # which knee: "my left knee", "왼쪽 무릎 수술" say nothing of where a sound is
    (r"(?:왼쪽|오른쪽|왼|오른)\s*(?:무릎|발목|손목|팔꿈치|고관절|어깨|허리)\s*(?:수술|을\s*다|이\s*아파|이\s*아프|을\s*다쳐|다쳐|골절|통증|인공관절)", "mask", {}),  # "Back on shift five minutes and ..."
    (r"(?:먹은|끝난|마친|끝낸|지난|들은|받은|나간|일어난|다녀온|씻은|퇴근한|출근한)\s*뒤(?:에|엔|에는)?(?![가-힣])", "mask", {}),  # "점심 먹은 뒤에": afterwards
    (r"(?<![가-힣])위\s*(?:내시경|염|궤양|경련|통|산|장병)", "mask", {}),  # "위 내시경": the stomach
    (_en(r"(?:way|far|further|farther)\s+down(?=\s+(?:on|at|by|near|past)\s|\s+the\s+(?:shallow|deep|far|other)\s+end|\s+the\s+(?:row|aisle|corridor|pool|yard|line|platform|street|road|lane|beach|field|pitch|hall|fairway|track|queue|lawn|garden|bund|path|drive|driveway|towpath|meadow|paddock|dyke|levee|jetty|pier|quay|runway|car\s+park)(?![a-z]))"), "mask", {}),
    # a place said of something quiet is not the sound's (round 48): "오른쪽 집은 조용한데", "the flat on my right is silent"
    (r"(?:왼쪽|오른쪽|왼편|오른편|옆|앞|뒤|위|아래)\s*(?:집|방|호실|자리|테이블|칸|침대|사람|분)\s*(?:은|는)\s*(?:그나마\s*|다행히\s*|완전\s*)?(?:조용|잠잠)", "mask", {}),
    (_en(r"(?:the\s+)?(?:flat|house|room|one|guy|bloke|lady|neighbours?|table|bed|stall)\s+(?:on|to)\s+(?:my|the|our)\s+(?:left|right)\s+(?:is|was|are|were|'s)\s+(?:dead\s+|totally\s+|completely\s+|perfectly\s+)?(?:quiet|silent)"), "mask", {}),
    (_en(r"(?:way|far|further|farther)\s+down\s+(?:on|at|by|near|past)\s+(?:my|the|your|our)\s+(?:left|right)"), "mmask", {}),
    (_en(r"(?:diving|dive)\s+(?:boards?|pool|platform|tower|bell|suit|gear|school|cent(?:re|er)|club|instructors?|lessons?|trip|boat|buddy|computer|site|mask|watch)|scuba\s+diving|free\s*diving|cave\s+diving"), "mmask", {}),  # "way down on my left by the diving boards": far along, not below (round 48)
    (r"(?<=[가-힣]\s)앞에서(?=\s*(?:기다리는데|기다리다가|기다리던|줄\s*서\s*있는데|서\s*있는데|서\s*있다가)\s+(?:[가-힣]+\s+){1,4}?[가-힣]*(?:가|이)\s+(?:내|제|우리)\s*(?:주위|주변|둘레))", "mask", {}),  # "정산기 앞에서 기다리는데 킥보드 탄 애가 내 주위를 ...": where the listener waits (round 48)
    # "he's set up on my left" (a busker's pitch, not a height), "working its way up the aisle" (a way, not a height),
    # "front of house" (a theatre's public side), "dive log" (a diver's notes, not a drop)
    (_en(r"(?:set|sets|setting)\s+(?:(?:himself|herself|themselves|itself|shop)\s+)?up\s+(?:on|in|at|by|over|near|next\s+to|to)(?=\s)"), "mask", {}),
    (_en(r"(?:its|their|his|her|my|our|your)\s+way\s+up(?=\s+(?:the|a|an|this|that|to|towards?|behind|beside|alongside|next\s+to|on\s+(?:my|our|the)\s+(?:left|right))\s)"), "mask", {"nopos": True}),
    (_en(r"(?:to\s+|from\s+|at\s+)?front\s+of\s+house"), "mask", {}),
    (_en(r"(?:feed(?:s|ing)?|fed)\s+back"), "mask", {}),  # "the mic's feeding back": audio feedback, not behind
    (_en(r"back[- ]?(?:panel|board|plate|cover|piece)s?(?![a-z])"), "mask", {}),  # "planing the back panel of that wardrobe"
    # "someone's little radio left on the picnic table at our front-right": left as a verb, with where it was left
    (_en(r"(?<=[a-z]\s)(?<!\bmy\s)(?<!\bthe\s)(?<!\bto\s)(?<!\bon\s)(?<!far\s)(?<!hard\s)(?<!turn\s)(?<!bear\s)(?<!veer\s)(?<!keep\s)(?<!pan\s)(?<!your\s)(?<!our\s)(?<!his\s)(?<!her\s)"
         r"(?<!extreme\s)(?<!panned\s)(?<!fully\s)(?<!full\s)(?<!way\s)(?<!dead\s)(?<!front\s)(?<!back\s)(?<!rear\s)(?<!top\s)(?<!upper\s)(?<!lower\s)(?<!exit\s)(?<!exits\s)(?<!and\s)(?<!or\s)(?<!hand\s)"
         r"left(?=\s+(?:on|in|at|by|beside|outside|under|near|behind)\s+(?:the|a|an|his|her|my|our|their|someone'?s)\s+(?!(?:left|right|side|front|back)(?![a-z]))[a-z]+)"), "mask", {}),
    # a crossing guard, dropping things on the floor: no crossing and no fall of the sound
    (_en(r"crossing\s+(?:guard|lady|man|patrol|warden|attendant|keeper)s?(?![a-z])"
         r"|(?:dropping|drops|dropped|drop)\s+(?:things|stuff|something|objects|pans|plates|tools|weights|toys|books)(?![a-z])"), "mmask", {}),
    (_en(r"dive\s+(?:log|site|computer|buddy|boat|trip|shop|team|master|watch|briefing|plan|centre|center|school)"), "mmask", {}),
    # "every time we pass floor 6", "every time it goes by": a sound that comes back each time, not a pass (round 49)
    (_en(r"(?:every|each)\s+time\s+(?:we|i|you|they|it|the\s+(?:car|lift|cage|counterweight|train|bus|tram))\s+(?:pass(?:es|ed)?|go(?:es)?\s+(?:by|past)|went\s+(?:by|past))"
         r"|whenever\s+(?:we|i|you|they|it)\s+(?:pass(?:es|ed)?|go(?:es)?\s+(?:by|past)|went\s+(?:by|past))"), "mmask", {}),
    (_en(r"(?:a\s+bit\s+of\s+|some\s+|no\s+|much\s+|little\s+)?time\s+left"), "mask", {}),
    # "5 minutes left", "3 quarters left on it", "two laps left": what remains, not a side (round 48)
    (_en(r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple\s+of|half\s+an?)\s+(?:more\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|laps?|quarters?|pence|coins?|rounds?|goes|tries|points?|songs?|tracks?|stops?|miles?|pages?|questions?)\s+left(?![-/])(?!\s+(?:side|ear|shoulder|hand|of\s+(?:me|us|you|the\s+(?:door|stage|room)))(?![a-z]))"), "mask", {}),
    # "편의점 앞인데 오른쪽에 ...": where the listener is standing, not where the sound is
    (r"(?:편의점|가게|마트|정류장|학교|교문|건물|빌딩|은행|카페|병원|공원|식당|매장|출구|입구|회사|아파트|약국|극장|시장|교회|성당)\s*앞(?=\s*(?:인데|이라서|이거든|이야[\s,.]|이에요|입니다만|이었는데))", "mask", {}),
    # "편의점 앞에서 왼쪽으로 꺾었는데 ...": the listener's way at a corner, not a bearing
    (r"(?<=앞에서\s)(?:왼쪽|오른쪽)\s*으로\s*(?:꺾|틀)(?:었는데|어서|으니까|었더니|자)", "mask", {}),
    # "오른쪽 차선 정체라는 교통정보": a lane on the radio's road, not a side of the listener
    (r"(?:왼쪽|오른쪽|좌측|우측)\s*차선(?=\s*(?:이\s*|은\s*|에서\s*)?(?:정체|통제|공사|막혀|막힘|차단|사고|혼잡|서행))", "mask", {}),
    # "on the back of the chair to my right": a part of a thing placed elsewhere ("on the back of my chair" stays behind)
    (_en(r"(?:on|at|against|off|from)\s+the\s+back\s+of\s+(?:the|a|an|that|this|his|her|their|its)\s+(?:[a-z]+\s+)?(?:chair|armchair|sofa|couch|settee|seat|bench|door|bed|headboard|cupboard|wardrobe|fridge|tv|telly|monitor|laptop|computer|pc|truck|lorry|van|bike|scooter|sign|shelf|cabinet|bookcase|pew|stool|bus|tractor)s?(?=\s+(?:to|on|in|at|by|behind|ahead|over|across|beside|next)(?![a-z]))"), "mask", {}),
    # (round 60) where the listener's own seat or post is ("My fold-down seat is by door C at the back of the stalls",
    # "bringing up the rear", "버스 안내원 자리는 맨 앞이라서", "강당 맨 뒤에 서 있었는데"): where they are, not the sound
    (_en(r"(?:my|our)\s+(?:[a-z-]+\s+){0,2}(?:seat|spot|post|desk|chair|place|station|booth|stool)\s+(?:is|was|'s)\s+(?:[a-z0-9]+\s+){0,4}?(?:at|in)\s+the\s+(?:very\s+)?(?:back|front|rear)(?:\s+of\s+(?:the\s+)?[a-z]+)?(?![a-z])"
         r"|(?:bringing|brought|bring)\s+up\s+the\s+rear"), "mask", {"nopos": True}),
    (r"자리(?:는|가)\s*맨\s*(?:앞|뒤)(?:쪽)?(?=\s*(?:(?:이)?(?:라서|라|고|거든|에요|야|니까)|인데|예요|임)(?![가-힣]))"
     # "지하 2층 출구 쪽 부스에 앉아 있는데": the listener sits in the basement, the sound is not below them
     r"|(?<![가-힣])지하\s*(?:\d+\s*층\s*)?(?:[가-힣]+\s+){0,3}?[가-힣]+에\s*(?:앉아|서|누워)\s*있(?=(?:었는데|는데|어서|었고|으니까)(?![가-힣]))"
     r"|(?<=[가-힣]\s)(?<![가이은는]\s)맨\s*(?:앞|뒤)(?:쪽)?에\s*(?:서|앉아|누워)\s*있(?=(?:었는데|는데|어서|었고|으니까|었더니)(?![가-힣]))", "mask", {"nopos": True}),
    # (round 61) a landmark placed after where a move stopped ("... stopped dead in front of me at the orange fence, with
    # the lift tower off to the left"): the scene's, not the sound's
    (_en(r"(?<=,\s)with\s+(?:the|a|an|my|our|that|this)\s+(?:(?![a-z]+ing\s)[a-z-]+\s+){0,3}?(?:(?:off|over|away)\s+)?(?:to|on)\s+(?:the|my|our)\s+(?:left|right)(?=\s*(?:[.;!?]|$))"), "mask", {"nopos": True}),
    # (round 61) under a thing that is high up ("오른쪽 리프트 밑에서 출발해", "처마 밑에서 제비가"): by it, not below the ears
    # (round 62) the listener's own seat before a thing: "캠프파이어 앞에서 애들 쪽 보고 앉아 있는데 ..." (not the sound's)
    (r"(?<![가-힣])(?!(?:내|제|우리|바로|저기|거기|그|이|왼쪽|오른쪽|앞쪽|뒤쪽|왼편|오른편|맨)\s)[가-힣]{2,}(?<![이가은는을를도의])\s+앞에서(?=\s+(?:[가-힣]+\s+){0,4}?(?:앉아|서)\s*있(?:는데|었는데|으니까|다가))", "mask", {}),
    (r"(?<![가-힣])(?:리프트|육교|고가\s*도로|고가|철교|굴다리|케이블카|처마|교각)\s*(?:밑|아래)(?=\s*(?:에서|에|으로|로|쪽)|\s)", "mask", {}),
    # "교실 맨 앞줄인데 내 뒤에 앉은 애가": the row the listener sits in is where they are, not where the sound is
    (r"(?:맨\s*)?(?<![가-힣])(?:앞줄|앞자리|뒷줄|뒷자리|앞좌석|뒷좌석)(?=\s*(?:인데|이라서|이라|이에요|이거든|에\s*앉아\s*(?:있는데|있어서|있고)|에\s*앉았는데|에\s*앉아서|에\s*앉은\s*(?:나|내|저|제)|에서\s+(?:[가-힣]+\s+){0,3}?(?:바라)?보(?:고|면서)\s*(?:있|앉아)))", "mask", {}),  # "맨 뒷자리에서 칠판 쪽 보고 있는데" (round 61)
    # "from behind me to right in front of me": "right" intensifies the place it goes to
    (_en(r"(?<=to\s)(?<!from\sleft\sto\s)(?<!from\sthe\sleft\sto\s)right(?=\s+(?:in\s+front\s+of|behind|beside|next\s+to|above|below|under|over)\s+(?:me|you|us|my|your|our|the\s+listener)(?![a-z]))"), "mask", {}),
    # "in the back of my mind", "the movie left me speechless", "below average": idioms, not places
    (_en(r"(?:in|at)\s+the\s+back\s+of\s+(?:my|your|his|her|our|their|one'?s)\s+mind"
         r"|(?:left|leaves|leaving)\s+(?:me|us|him|her|them|you)(?=\s+(?:speechless|breathless|cold|stunned|shaking|wondering|alone|feeling|hanging|in\s+tears|with\s+(?:a|the|no)))"
         r"|(?:below|above)\s+(?:average|par|zero|freezing|expectations|the\s+belt|budget)"), "mask", {}),
    # "the phone rang right as I left", "right as rain": just as, not a side
    (_en(r"(?<!to\s)(?<!the\s)(?<!my\s)(?<!your\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!their\s)right\s+as(?=\s+(?:i|we|you|he|she|they|it|the|soon|if|though|rain)(?![a-z]))"), "mask", {}),
    (_en(r"(?:^|(?<=[.!?;]\s))left(?=\s+(?:my|his|her|our|their|your|the|a|an|it|them|him|me|home|work|early)\s)"), "mask", {}),
    (_en(r"(?:what|whatever|all\s+that|that|there|nothing|anything|something|everything|not\s+much|little)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+left"), "mask", {}),
    (_en(r"(?:the\s+)?(?:only|last)\s+(?:one|ones|person|people|customer|guest)\s+left|(?:nobody|no\s+one|anyone|anybody|none|nothing)\s+left(?!\s+(?:of|to|and|side|ear|hand))"), "mask", {}),  # "I was the only one left in the office"  # "whatever's left in the pan"  # "Left my keys on the table"
    (_en(r"(?:houses|doors|yards|gardens|blocks)\s+down(?:\s+(?:on|to)\s+(?:the|my|your))?"), "mask", {}),  # "a few houses down"
    # "flops down on my right", "sat down next to me": settling, not a height; "get one thing right": not a side
    (_en(r"(?:flops?|flopped|flopping|plops?|plopped|plopping|settles?|settled|settling|lies|lay|lays|lying|sits?|sat|sitting|crouch(?:es|ed|ing)?|kneel(?:s|ed|ing)?|knelt|hunker(?:s|ed|ing)?)\s+(?:back\s+)?down(?![a-z])(?!\s+(?:below|low|under|beneath|there|the\s+(?:stairs|hill|road|street|hall)))"), "mask", {}),
    (_en(r"(?:get|gets|got|getting)\s+(?:it|this|that|one\s+thing|the\s+[a-z]+|everything|anything)\s+right(?!\s+(?:side|of|ear|channel|speaker|hand|next|behind|in\s+front|beside|above|over|under))"), "mask", {}),
    # where the listener is too, not a height: "the tunnel under the railway", "Down in the concourse under the stand",
    # "Under your heavy blanket, ...", "굴다리 밑에서 야호 했더니", "경기장 지하 콘크리트 통로에서 응원가 부르니까"
    (_en(r"(?:tunnel|underpass|subway|arch(?:es|way)?|passage(?:way)?|concourse|walkway|corridor)\s+(?:right\s+)?under\s+(?:the\s+)?(?!(?:floor|ground|floorboards|deck|stage)(?![a-z]))[a-z]+"
         r"|(?:^|(?<=[.!?;]\s))(?:down\s+)?(?:here\s+)?under\s+(?:the|my|your|our)\s+(?:heavy\s+|thick\s+|warm\s+|big\s+|old\s+)?(?:blankets?|duvet|covers|quilt|sheets|bedsheets|railway\s+bridge|bridge|arches|stand)(?![a-z])"
         r"|(?:^|(?<=[.!?;]\s))down\s+(?=(?:in|at)\s+the\s+(?:[a-z]+\s+){0,2}?(?:concourse|tunnel|underpass|subway|station|car\s+park|garage|engine\s+room|boiler\s+room|pump\s+room|plant\s+room|hold|crypt|bunker|mine)(?![a-z]))"), "mask", {"nopos": True}),
    (r"(?<![가-힣])굴다리\s*(?:밑|아래)|지하(?=\s*(?:[가-힣0-9]+\s*)?(?:통로|보도|상가|주차장|터널|차도|통행로)(?:에서|에|를|을|로|는|\s))", "mask", {"nopos": True}),
    (r"(?<=[쪽편]\s)(?:방문|문|현관문|현관|창문|창가|책상|침대|소파|냉장고|베란다|옷장|신발장)\s*앞(?=에서|에|쪽|\s|$)", "mask", {}),  # "내 오른쪽 방문 앞에서"
    # "... and stopped there, nowhere near the bins behind me", "nowhere near its dock behind me": where it is not
    (_en(r"(?:nowhere\s+|not\s+(?:anywhere\s+)?|never\s+)near\s+(?:the|its|my|our|your|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?\s+"
         r"(?:(?:over\s+)?(?:on|to)\s+(?:the|my|your|our)\s+(?:left|right)|(?:behind|in\s+front\s+of)\s+(?:me|us|you)|(?:off\s+)?to\s+the\s+(?:back|front|side))"), "mask", {}),
    (r"(?:(?<=[쪽편]\s)|(?<=맨\s뒤\s))(?!(?:지나|거쳐|돌아|넘어|따라|건너)서?\s*앞)(?!(?:바로|조금|약간|살짝|더|저|좀|맨|정|내|우리|제|대각선?|사선|비스듬)(?![가-힣]))[가-힣]{0,4}[가-힣](?<![가는은도를을])\s*앞(?=\s*(?:에서|에|까지))", "mask", {}),  # "오른쪽 엘베 앞까지 가서 멈췄어"
    (_en(r"up\s+(?:the|a|an|that|this|our|my|their)\s+(?:[a-z]+\s+)?tree"), "dir", {"el": 45.0}),  # "up the apple tree on the left"
    (_en(r"(?:right|directly|just|straight)\s+(?:over|above)\s+(?:my|our|the|your)\s+(?:bed|beds|desk|table|sofa|couch|chair|seat|pillow)"), "dir", {"el": 85.0}),
    # "a helicopter hanging directly above the flat" (not "went right over the house", a way)
    (_en(r"(?:directly|straight)\s+above\s+(?:my|our|the|your)\s+(?:flat|house|building|roof|tent|garden|yard|cabin|caravan|block)"), "dir", {"el": 85.0}),
    (r"왼발\s*(?:바로\s*)?(?:옆|근처|앞|쪽)", "dir", {"az": 90.0, "el": -65.0}),
    (r"오른발\s*(?:바로\s*)?(?:옆|근처|앞|쪽)", "dir", {"az": -90.0, "el": -65.0}),
    # "starts way up ahead", "yapping the whole way up the road": no height, and no knowledge position either
    (_en(r"way\s+up(?=\s+(?:ahead|the\s+(?:road|street|track|line|lane|trail|path|hill|valley))(?![a-z]))"), "mask", {"nopos": True}),
    # "bare stone all the way up" (a stairwell's walls): the room, not a height
    (_en(r"(?:stone|brick|concrete|tiles?|tiled|marble|glass|wood|panell?ing|mirrors?|metal|steel)\s+all\s+the\s+way\s+up(?![a-z])"), "mask", {"nopos": True}),
    # "I'm up in the top field, that tractor ...": where the listener is, not how high the sound is
    (_en(r"(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are|we\s+were)\s+(?:way\s+|right\s+|all\s+the\s+way\s+)?up\s+(?:in|at)\s+(?:the|a|our|my)\s+(?:top\s+|high\s+|upper\s+)?(?:field|fields|paddock|meadow|pasture|hills?|woods|village|farm|camp|cabin|hut|loft|attic)(?![a-z])"), "mask", {"nopos": True}),
    # "I'm stuck under the bus shelter", "we were sheltering under a tree": where the listener is, not the sound
    (_en(r"(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are|we\s+were|stuck|standing|sheltering|sitting|hiding|waiting|huddled)\s+under\s+(?:the|a|an|our|my)\s+(?:bus\s+)?(?:shelter|tree|awning|umbrella|canopy|porch|bridge|tarp|roof|eaves|overhang|brolly)"), "mask", {"nopos": True}),
    (_en(r"up(?:[-/]|-and-)left(?![a-z])"), "dir", {"az": 90.0, "el": 45.0}),  # raised: "above" (every blind writer: 45)
    (_en(r"up(?:[-/]|-and-)right(?![a-z])"), "dir", {"az": -90.0, "el": 45.0}),  # raised: "above" (every blind writer: 45)
    (_en(r"(?<!finished\s)(?<!finishes\s)(?<!ended\s)(?<!ends\s)(?<!ending\s)(?<!wound\s)(?<!winds\s)up\s+in\s+(?:the|a|that|this)\s+(?:plane|oak|ash|elm|pine|lime|beech|birch|fir|cherry|apple|walnut|willow|chestnut|sycamore|big|tall|old)\s+tree(?![a-z])"), "dir", {"el": 45.0}),  # (round 55)
    (_en(r"right\s+up\s+(?:by|at|against|to)\s+(?:my|your|his|her)\s+ear(?![a-z])"), "mask", {}),
    # "jets taking off, that long tearing roar off the runway", "활주로 쪽에서 비행기 이륙하는 굉음": on the ground, not overhead
    (_en(r"(?:off|on|down|along|at\s+the\s+end\s+of)\s+the\s+runway(?![a-z])"), "dir", {"el": 0.0}),
    (r"활주로\s*(?:쪽에서|쪽|에서|위에서|끝에서)", "dir", {"el": 0.0}),  # "the dryer right up by my ear": at the ear, not up
    (_en(r"(?:their|its|his|her)\s+(?:own\s+)?ceiling(?![a-z])"), "mask", {"nopos": True}),  # "the flat below drilling into their ceiling"
    # "Thunder's been rolling ... No rain here yet, the dog's under the table": a pet hiding, said after the sound
    (_en(r"(?:(?<=,\s)|(?<=[.;!?]\s)|(?<=\sand\s))(?:the|our|my)\s+(?:dog|dogs|cat|cats|puppy|kitten|kids?|children)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:hiding\s+|cowering\s+|curled\s+up\s+)?under\s+(?:the|my|our)\s+(?:table|bed|sofa|couch|desk|stairs|blanket|duvet)(?=\s*[.!?]|\s*$)"), "mask", {"nopos": True}),
    (_en(r"running\s+to\s+(?:keep|stay|warm|charge|power|heat|cool)(?![a-z])|(?<=engine\s)running|(?<=engines\s)running|(?<=motor\s)running"), "mmask", {}),  # an idling engine (round 55)
    # "from the office at the back I can hear ...": where the listener is
    (_en(r"from\s+(?:the|my|our)\s+(?:[a-z]+\s+)?(?:office|room|kitchen|desk|counter|till|booth|cab|hut)\s+at\s+the\s+(?:back|front)(?=\s*,?\s+(?:i|we)\s)"), "mask", {"nopos": True}),
    # (round 55, dev set 12hy) corners written as one word in a hurry: "mowing backright of the hide", "came frontleft"
    (_en(r"(?:front|fore)left|leftfront"), "dir", {"az": 45.0}),
    (_en(r"(?:front|fore)right|rightfront"), "dir", {"az": -45.0}),
    (_en(r"(?:back|rear)left|leftback|leftrear"), "dir", {"az": 135.0}),
    (_en(r"(?:back|rear)right|rightback|rightrear"), "dir", {"az": -135.0}),
    # (round 55, dev set 12hw) a side in the reason given after the sound's place: "약간 왼쪽에서 들려요, 스피커가 모니터
    # 왼쪽에 붙어 있어서 그런가 봐요": where the speaker sits on the monitor, not a second place
    (r"(?<=[,.]\s)(?:[가-힣]+\s+){1,3}?(?:왼쪽|오른쪽|왼편|오른편|앞쪽|뒤쪽)(?=[^.,!?]{0,24}?(?:어서|아서|해서|여서|라서)\s*(?:그런가|그런\s*(?:것|거)\s*같|그런\s*듯|그럴\s*(?:거|걸)))", "mask", {}),
    # "knocked a bottle over at the back of the cellar, then ... the stairs in front of me": the room the listener is in
    (_en(r"(?:(?<=back\sof\sthe\s)|(?<=end\sof\sthe\s)|(?<=corner\sof\sthe\s))(?:cellar|basement|crypt)"), "mask", {"nopos": True}),
    # (round 55, dev set 12hz) "came to rest right out in front of me": "right" as a word of degree; "worked his way up until
    # he was right next to me": along, not up
    (_en(r"right(?=\s+out\s+(?:in\s+front|ahead|front|there)(?![a-z]))"
         r"|(?:(?<=his\s)|(?<=her\s)|(?<=its\s)|(?<=their\s))way\s+up(?=\s+(?:until|till|to|towards?|along|the)(?![a-z]))"), "mask", {}),
    # "while I'm out the front on my break": where the listener is
    (_en(r"(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are|we\s+were)\s+(?:out|round|around)\s+(?:the\s+)?(?:front|back)(?![a-z])(?!\s+of\s)"), "mask", {"nopos": True}),
    # "앞으로 10분 뒤에": time, not places
    (r"앞으로(?=\s*(?:\d+|한|두|세|몇)\s*(?:분|초|시간|일|주|달))|(?:(?<=분)|(?<=초)|(?<=시간)|(?<=주일)|(?<=개월))\s*(?:뒤|후)(?:에|면|에는)?(?![가-힣])", "mask", {}),
    (r"시장\s*바닥", "mask", {}),
    # a mouse button, a seat, a kicking foot: no place ("the left-click sound", "좌석벨트 알림음", "오른발 슛")
    (_en(r"(?:left|right)[- ]?click(?:s|ed|ing)?|(?:left|right)[- ]footed"), "mask", {}),
    (r"[좌우]\s*클릭|좌석|(?:왼|오른)발\s*(?:슛|슈팅|킥|발리|로\s*(?:찬|찼|차서|때린|때렸))", "mask", {}),
    (r"천장\s*(?:끝)?까지", "mask", {}),  # "오르간 소리가 천장 끝까지 가득 차": fills the space, not a height
    (_en(r"(?:under|underneath|beneath)\s+the\s+(?:intro|outro|dialogue|voice(?:over)?|vocals?|narration|credits|scene|titles|whole\s+track|mix)"), "mask", {}),
    (_en(r"(?:a|one|each|every|the)\s+drops?\s+of|up\s+and\s+down\s+(?:all\s+)?(?:the\s+)?(?:floors|stairs|stairwell|building|street|hall|corridor|road|aisles?)|open\s+sky"), "mask", {}),
    (_en(r"(?:i'?m|i\s+am|we'?re|we\s+are|sitting|sat|seated)\s+in\s+the\s+(?:front|back)\s+row"), "mask", {}),
    # where the listener is ("I'm right at the back of the bus", "in the back bedroom"; a car's back seat is behind
    # the listener and stays a place), a reply ("trumpeted back at me"), British "a right old racket": no place
    (_en(r"(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|we\s+were|sitting|sat|seated|standing|stood)\s+(?:right\s+|way\s+|all\s+the\s+way\s+)?(?:at|in)\s+the\s+(?:very\s+)?(?:back|front|rear)(?:\s+of\s+(?:the\s+)?[a-z]+)?"
         r"|in\s+the\s+(?:back|front)\s+(?:bedroom|room|kitchen|office|lounge|parlour|parlor)"
         # (round 49) "Kipping in the back cabin", "asleep in the front bunk": where the listener lies
         r"|(?:kipping|sleeping|asleep|napping|dozing|lying|lay|resting|bunking|crashed|crashing)\s+(?:down\s+)?in\s+the\s+(?:back|front|rear|forward|aft)\s+(?:cabin|bunk|berth|cab|bedroom|room|seat|tent)"), "mask", {}),
    (_en(r"[a-z]+(?:ed|s)\s+back\s+at\s+(?:me|us|you|him|her|them)(?![a-z])|(?:a|one)\s+right\s+(?:old\s+)?(?:racket|din|mess|state|laugh|row|carry-on|palaver|muddle|pain|nuisance|royal)"), "mask", {}),  # "시장 바닥이라 시끌벅적한데": the market place, not the floor
    # "기분이 바닥이야": a mood, no place at all
    (r"(?:기분|컨디션|성적|자존감|체력|텐션|멘탈|주가|통장\s*잔고|잔고)\s*(?:이|은|는|도|가)?\s*(?:완전\s*|아주\s*|진짜\s*)?바닥", "mask", {"nopos": True}),
    (r"(?:왼|오른)팔\s*(?:같은|이라|이자|역할)|우측\s*통행|좌측\s*통행|왼손잡이|오른손잡이|(?:왼|오른)손(?:으로|을|이|가|에(?!서)|에서|바닥|가락|목|등)?(?!\s*(?:쪽|편|방향))", "mask", {}),  # 오른손으로 문자 치고
    # "처마 밑" (under the eaves) is still high; "왼쪽 끝 집 앞에서 멈췄어": in front of the house, which is on the left
    (r"(?:처마|지붕|천장|천정|차양)\s*밑", "mask", {}),
    # "it would turn out right", "left for work", "behind on emails", "heads up", "overhead costs", "사장님 오른팔인 박 대리"
    (_en(r"turn(?:s|ed|ing)?\s+out\s+(?:all\s+)?right|left\s+for\s+(?:work|school|home|college|uni|the\s+day|good|lunch|dinner|the\s+(?:office|airport|station|shops?|gym))"
         r"|(?:behind|fall(?:s|en|ing)?\s+behind|fell\s+behind)\s+(?:on|with)\s+(?:(?:my|our|his|her|their|all\s+(?:my|the))\s+)?(?:emails?|work|rent|payments?|bills?|homework|everything|the\s+(?:rent|bills|schedule|work))"
         r"|behind\s+schedule|heads[- ]up(?![a-z])|overhead\s+(?:costs?|expenses?|charges?|spending)"
         r"|right(?=\s+up\s+(?:from|through|out\s+of)\s)"
         # "the band's back on after the break", "the power came back on": again, not behind
         r"|[a-z]+(?:'s|'re|\s+(?:is|are|was|were|came|comes|coming|went|goes|switched|switches|turned|turns|put|puts|kicked|kicks))\s+back\s+on"), "mask", {}),  # "comes right up from under my feet": an intensifier
    # "the lyrics went right over my head": not understood, no place at all
    (_en(r"(?:lyrics|jokes?|puns?|point|references?|plot|meaning|humou?r|subtext|explanation|lecture|maths?|theory|irony|sarcasm)"
         r"\s+(?:[a-z']+\s+){0,2}?(?:went|go|goes|going|gone|flew|flies|sailed|whooshed)\s+(?:right\s+|straight\s+|way\s+|completely\s+|totally\s+)?"
         r"over\s+(?:my|your|his|her|their|our)\s+heads?"), "mask", {"nopos": True}),
    (r"(?<![가-힣])(?!(?:왼쪽|오른쪽|좌측|우측|왼편|오른편|바로|내|제|정|우리|플레이어|청자)(?![가-힣]))[가-힣]{1,6}\s*앞에\s*(?:서|앉아|누워)\s*(?:있는데|있을\s*때|있었는데)", "mask", {"nopos": True}),  # "골대 앞에 서 있는데": where the listener stands (no sound's)
    # "I'm standing at the hob and the extractor fan above it is roaring": where the listener stands, not a sound
    (_en(r"(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are|we\s+were)\s+(?:standing|sitting|stood|sat|waiting)\s+(?:at|by|in\s+front\s+of)\s+(?:the|a|my|our)\s+"
         r"(?:hob|stove|cooker|cooktop|sink|counter|worktop|bar|till|checkout|desk|window|door|gate|bus\s+stop|cash\s+machine|atm)"), "mask", {"nopos": True}),
    (r"(?:왼|오른)팔(?:인|이었던|이던)(?![가-힣])|(?:우리|내|제|사장님|팀장님)\s*(?:팀|회사|부서|가게)?\s*(?:왼|오른)팔(?![가-힣])", "mask", {}),
    # "Left earbud died so ... my right ear only", "이어폰 왼쪽이 고장 나서": the broken side plays nothing
    (_en(r"(?:left|right)\s+(?:earbuds?|earphones?|headphones?|ear\s?pieces?|airpods?|buds?|cans?|speakers?|channels?|sides?)\s+"
         r"(?:(?:has|have|had|just|totally|completely)\s+)?(?:died|is\s+dead|are\s+dead|went\s+dead|broke|is\s+broken|are\s+broken|stopped\s+working|gave\s+out|cut\s+out|packed\s+in|doesn'?t\s+work|don'?t\s+work|isn'?t\s+working)"), "mask", {}),
    (r"(?:이어폰|에어팟|헤드폰|헤드셋|버즈|스피커)\s*(?:왼쪽|오른쪽)(?:이|은|는|도)?\s*(?:고장|망가|안\s*나|나갔|죽었|먹통)"
     r"|(?:왼쪽|오른쪽)\s*(?:이어폰|에어팟|헤드폰|버즈|유닛|스피커)(?:이|은|는|도)?\s*(?:고장|망가|안\s*나|나갔|죽었|먹통)", "mask", {}),
    (_en(r"(?:right|wrong)[- ]answer|right[- ]hand\s+(?:man|woman)|(?:right|left)[- ]click(?:s|ed|ing)?|(?:tailbacks?|queues?)\s+(?:right\s+|all\s+the\s+way\s+)?back(?=\s+to\s)"), "mask", {}),
    # (round 49) right as correct: "gave her the right reference number", "right idea, wrong stroke", "Is this the right
    # screen?"; kept on hold; a hand's part of a piece; what remains ("only got two shear pins left.")
    (_en(r"(?:right|wrong)\s+(?:reference\s+|phone\s+|account\s+|order\s+|serial\s+|pin\s+)?(?:numbers?|idea|ideas|answers?|words?|keys?|notes?|tempo|pitch|size|price|address|code|password|form|page|track|song|film|movie|stroke|technique|choice|decision|call|moment|thing|things|way\s+round|person|shoes|boots|file|version|dose|bin|tool|spanner)(?![a-z])"
         r"|(?:is|was|are|were|isn'?t|wasn'?t)\s+(?:this|that|it|these|those)\s+the\s+(?:right|wrong)(?![a-z])"
         r"|(?:got|get|gets|getting|was|were|been|being|be|am|is|are)\s+left\s+on\s+hold|(?:left|right)[- ]hand\s+(?:part|melody|chords?|fingering|passage)(?![a-z])"
         r"|(?:got|have|has|had|with|there(?:'s|\s+is|\s+are|\s+were|\s+was))\s+(?:only\s+|just\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of)\s+(?:more\s+)?(?:[a-z]+\s+)?[a-z]+s\s+left(?=\s*(?:[.,;!?—–-]|$))"), "mask", {}),
    # (round 50) what remains ("Two sections left to climb", "only singles left", "it's just me left with the gulls"), a
    # score ("two pins behind going into the tenth"), the correct one ("use the right ball this time")
    (_en(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|no|only|just)\s+(?:more\s+)?(?:[a-z]+\s+)?[a-z]+s\s+left\s+to\s+[a-z]+"
         r"|only\s+(?:[a-z]+\s+)?[a-z]+s\s+left(?=\s*(?:[.,;!?—–-]|$))|(?:just|only)\s+(?:me|us|him|her|them|the\s+two\s+of\s+us)\s+left(?![a-z])|(?:nobody|no\s+one|nothing|none)\s+left(?![a-z])"
         r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:pins?|points?|frames?|shots?|strokes?|goals?|runs?|games?|sets?|holes?|laps?|seconds?)\s+(?:behind|ahead|down|up)(?![a-z])(?!\s+(?:me|us|you|my|our|the)(?![a-z]))"
         r"|(?:use|used|using|uses|grab|grabbed|pick|picked|take|took|bring|brought|bowl|bowled)\s+the\s+(?:right|wrong)\s+(?!(?:side|hand|ear|way|lane|wall|door|corner)(?![a-z]))[a-z]+"), "mask", {}),
    (_en(r"(?:^|(?<=[.!?]\s))front\s+row(?=\s*,\s*(?:seat|row|[a-z]\d))|(?:i'?m|i\s+was|we'?re|we\s+were|sat|sitting|seated)\s+(?:right\s+)?(?:in\s+)?(?:the\s+)?(?:front|back)\s+row(?![a-z])"), "mask", {}),  # the listener's own seat ("Front row, seat A3, paid 25"; round 50)
    (_en(r"(?:minutes?|mins?|hours?)['’]?[\s-]+walk(?:\s+(?:from|away|to))?|walk\s+from\s+(?:where|here|my|our)(?![a-z])"), "mmask", {}),  # a walk that measures a distance moves nothing (round 50)
    (_en(r"(?<=[a-z]\s)(?:and|,)\s+(?:a\s+)?(?:concrete|stone|tiled?|wooden|timber|lino|rubber|marble|bare|metal|steel)\s+floor(?=\s*(?:[,.;!?]|$|and\s|with\s))"), "mask", {"nopos": True}),  # a room's build: "bare brick and a concrete floor" (round 50)
    (_en(r"(?:drop|dropped|drops)\s+(?:one|a|an|the)\s+[a-z]+\s+(?:in\s+(?:there|here)|and\s+it)(?![a-z])"), "mmask", {}),  # a thing dropped to hear the room (round 50)
    (r"보다(?:는|도)?\s*(?:[가-힣]+\s*)?(?:좀\s*)?더\s*가까(?:워|운|움|와|웠)", "mmask", {}),  # "뒤보다는 오른쪽에 더 가까워": nearer one side, not coming closer (round 50)
    (r"(?:내려|올라)가는\s*(?:건|거는|것은|거)\s*(?:나중|이따|다음)", "mmask", {}),  # "내려가는 건 나중 얘기고": the listener, later (round 50)
    (r"(?:왼쪽|오른쪽)\s*편\s*(?:,\s*)?(?:오른쪽|왼쪽)\s*편\s*(?:으로\s*)?(?:나눠|나누|갈라)|(?:답안지|시험지|종이|페이지|책장|문제지)(?:를|을)?\s*뒤로\s*넘기", "mask", {"nopos": True}),  # teams; turning a page over (round 50)
    (_en(r"(?:guests|visitors|customers|people|everyone|everybody|punters|kids|they|we|she|he|the\s+[a-z]+s)\s+(?:finally\s+|all\s+)?left\s+(?:at\s+|around\s+|about\s+|by\s+)?\d"), "mask", {}),  # "Guests left 12:30": departed (round 50)
    (_en(r"(?<!the\s)(?<!my\s)(?<!your\s)(?<!our\s)(?<!to\s)(?<!on\s)(?<!far\s)(?<![a-z-])left\s+(?:early|late|before\s+(?:the|it|lunch|dinner|noon|\d)|at\s+\d|around\s+\d|by\s+\d|on\s+time|in\s+a\s+hurry)(?![a-z])"), "mask", {}),  # "Library log, Tue: left early at 4": departed (round 57)
    (r"(?:왼쪽|오른쪽|가운데)\s*정렬|(?<![가-힣])뒤에서\s*호박씨", "mask", {}),  # right-align, backbiting: no place (round 57)
    (r"(?:(?:뒤|반대|왼쪽|오른쪽)\s*(?:쪽\s*)?으?로\s*)?돌아\s*(?:서|보|앉|누우|누)(?:셨|시)[가-힣]*", "mask", {"nopos": True}),  # "강사님이 뒤로 돌아서셨는데도": an honoured person turns, never the speaker (round 58)
    # (round 58) prices sky high, 하늘 높은 줄 모르고 (prices), "call you right back", "Room 412 left the TV blaring", "left his
    # umbrella in the back seat": no place of the sound
    (_en(r"(?:prices?|rents?|costs?|bills?|rates?|fares?|inflation)\s+(?:are|is|were|was|'re|'s|went|gone|going)\s+(?:through\s+the\s+roof|sky[- ]high)|sky[- ]high\s+(?:prices?|rents?|bills?)"), "mask", {"nopos": True}),
    (r"하늘\s*높은\s*줄\s*모르(?:고|게)", "mask", {"nopos": True}),
    (_en(r"(?:call|ring|phone|text|get|be|come)\s+(?:you|u|ya|them|him|her)?\s*right\s+back(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?<!the\s)(?<!my\s)(?<!your\s)(?<!our\s)(?<!to\s)(?<!on\s)(?<!far\s)(?<![a-z-])left\s+(?:the|his|her|their|my|our|a)\s+(?:[a-z]+\s+){0,2}?(?:on|running|blaring|going|playing|open)(?=\s*(?:[,.;!?]|$|again(?![a-z])|all\s|and\s|overnight))"), "mask", {}),
    (_en(r"(?:left|forgot|dropped|put|threw|tossed|stuffed)\s+(?:the|his|her|their|my|our|a|an|some)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|on|into|onto)\s+the\s+back\s+seat(?![a-z])"), "mask", {"nopos": True}),
    (r"\d{2,3}\s*도\s*씩\s*(?:두|세)\s*번", "mmask", {}),  # "90도씩 두 번 돌았어요": the listener's turns, not the sound's laps (round 58)
    (_en(r"(?<![a-z])(?:i|we)\s+(?:walked|went|popped|nipped|ran)\s+(?:down|up|over|along)\s+(?:there\s+)?and\s+(?:checked|looked|saw|asked)"), "mmask", {}),  # the listener went to check (round 50)
    (_en(r"(?:on|from|at)\s+the\s+far\s+(?:runway|side\s+of\s+the\s+(?:airfield|airport|runway))(?![a-z])"), "dist", {"m": 1000.0}),  # (round 50)
    (r"딱\s*떨어(?:져|지|짐|진|졌)", "mmask", {}),  # "울림 없이 딱 떨어져요": clean, nothing falls (round 50)
    (_en(r"(?:everyone|everybody|anyone|anybody|people|whoever|customers|punters)\s+(?:who|that)\s+(?:walks?|goes|passes|strolls?|wanders?)\s+(?:past|by)(?![a-z])"), "mmask", {}),  # those who walk past move; the sound does not (round 50)
    (_en(r"(?:all\s+the\s+way\s+)?up\s+at\s+the\s+(?:wheel|till|counter|helm)(?![a-z])"), "mask", {"nopos": True}),  # where the listener sits ("all the way up at the wheel"; round 50)
    (_en(r"[a-z]+s\s+left\s+to\s+(?:climb|go|walk|run|drive|ride|cover|descend|swim|paddle|row)"), "mmask", {}),  # (the way still to go moves nothing)
    # (round 49) a place placed by another ("the ridge above the bamboo", "the setting room behind reception"), a room's
    # build said as a list ("tin roof, breeze-block walls", "floor, walls, ceiling"), others standing ("The audience is on
    # its feet"): no place of the sound, for the knowledge prior either
    (_en(r"(?<=the\s)(?:ridge|hill|hillside|path|track|ledge|field|meadow|lookout|viewpoint)\s+(?:right\s+|just\s+)?above\s+(?:the\s+)?[a-z]+"
         r"|(?:room|office|door|area|store|storeroom|kitchen|cupboard|corridor|yard)\s+behind\s+(?:reception|security|customs|stage|the\s+scenes)"
         r"|(?:tin|metal|corrugated|glass|iron|steel|concrete|wooden|timber|slate|flat|domed|vaulted)\s+(?:roof|ceiling)(?=\s*,\s*(?:[a-z-]+\s+){0,2}(?:walls?|floors?)(?![a-z]))"
         r"|(?:floors?|walls?|ceilings?|roof)(?:\s*,\s*(?:floors?|walls?|ceilings?|roof)){1,3}(?:\s*,?\s*(?:and|&)\s+(?:floors?|walls?|ceilings?|roof))?(?![a-z])"
         r"|(?:on|to)\s+(?:its|their|his|her)\s+feet(?![a-z])"), "mask", {"nopos": True}),
    # the listener's own stand, said first ("Standing by the door on the left side of the stalls I get the best of it")
    (_en(r"^(?:standing|sitting|stood|sat|waiting|kneeling|crouched|crouching|leaning)\s+(?:by|at|near|in|on|beside|against|under)\s+[^,;:.!?]{3,60}?(?=,?\s+(?:i|we)\s)"), "mask", {}),
    (r"(?:오른쪽|왼쪽|우|좌)\s*클릭", "mask", {}),  # "오른쪽 클릭 누르면": a mouse button  # "the right-answer buzzer", "his right-hand man"
    (r"(?<![가-힣])(?:한참|잠시|조금|얼마|며칠|한\s*시간|몇\s*시간|한참\s*있다가?|(?:한|두|세|네|몇|\d+)\s*(?:달|주|주일|년|해|개월|시간|일|분|초))\s*(?:뒤|후)(?:에|엔|에는|예요|에요|입니다|야|임)?(?![가-힣])", "mask", {}),  # (round 49: "다음 정모는 한 달 뒤예요")
    (r"(?:(?<![가-힣])집|가게|건물|대문|현관|(?:창고|가게|매장|공장|식당|교실)\s*문|정류장|편의점|학교|교회|식당|카페|학원|병원|약국|은행|마트|회사|아파트|빌딩|기숙사|(?<![가-힣])방|산장|대피소|숙소|펜션|민박|캠프)\s*앞(?=\s*(?:에서|에|으로|로|까지|잔디밭|마당|광장|주차장))|(?:산장|대피소|숙소|펜션|민박|캠프|텐트)\s*앞마당", "mask", {}),
    # the point of view of a turn's sense, not a place: "seen from above", "위에서 봤을 때 시계 방향"
    (_en(r"(?:as\s+)?(?:seen|viewed|looking|looked\s+at)\s+from\s+(?:above|overhead|the\s+top)|from\s+a\s+bird'?s[- ]eye\s+view"), "mask", {}),
    (r"위에서\s*(?:내려다\s*)?(?:봤을|보았을|볼|보면|봐서|본|보는)(?:\s*때|\s*기준)?", "mask", {}),
    (r"(?<=귀\s)코앞|(?<=귀)코앞|(?<=얼굴\s)코앞|(?<=어깨\s)코앞", "mask", {}),  # "오른쪽 귀 코앞까지": right at the ear
    # "빗소리가 잔잔한 가운데 천둥이 ...": 가운데 after a modifier is "amid", not the centre; "나뭇잎 스치는 바람": leaves rustle
    (r"(?<=[는한던은운인된난온진쁜른린긴큰])\s가운데(?!\s*(?:에서|에|로|으로|쪽))", "mask", {}),
    (r"잎(?:사귀)?(?:이|을|들이|들을)?\s*스치", "mmask", {}),
    # "comes round the corner": into view, not around the listener
    (_en(r"(?:comes?|coming|came|goes|going|went|turns?|turning|turned|walks?|walking|walked|drives?|driving|drove|swings?|swinging|swung)\s+(?:a)?round\s+the\s+(?:corner|bend)"), "mmask", {}),
    # "somebody sneaking up right behind me": up to the listener, not up high
    (_en(r"(?:sneak(?:s|ing)?|snuck|creep(?:s|ing)?|crept|sidl(?:es|ing)|tiptoe(?:s|ing|d)?)\s+up(?=\s+(?:right\s+|just\s+|close\s+)?(?:behind|beside|next|to|on|alongside))"), "mask", {}),
    (_en(r"(?:push|pushed|pushing|set|sit|put|place|tuck|send|pull)\s+(?:it|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:way\s+|far\s+|further\s+|right\s+|a\s+(?:bit|little)\s+)?back(?:\s+in\s+the\s+mix)?(?!\s+(?:left|right|of|to|and\s+to|in\s+time|behind))|(?:way|far)\s+back\s+in\s+the\s+mix"), "mask", {}),
    (r"(?<=[는은던])\s+가운데(?=\s*[,.]|\s*에(?:서)?\s*,)", "mask", {}),  # "종이를 넘기는 가운데,": amid, not the centre
    # figures of speech with direction words: no place ("above all", "I'm right", "calms down", "the back-up generator")
    (_en(r"above\s+all|(?:i'?m|i\s+am|you'?re|you\s+are|that'?s|he'?s|she'?s|was|were)\s+(?:so\s+|quite\s+|absolutely\s+|exactly\s+)?right(?!\s+(?:next|behind|in\s+front|above|below|beside|over|under|here|there|at|by|on))"
         r"|(?:left|right)[- ]wing(?:ers?)?|(?:left|right)\s+or\s+(?:left|right)|overhead\s+(?:costs?|expenses?|charges?)"
         r"|back(?:ing|ed|s)?\s+(?:the\s+car|it|the\s+van|the\s+truck)\s+(?:into|out|up)|back[- ]?up"
         r"|(?:calms?|calmed|calming|turn(?:s|ed|ing)?|settl(?:e|es|ed|ing)|slow(?:s|ed|ing)?|quiet(?:s|ed|ing)?|die(?:s|d)|dying|shut(?:s|ting)?|cool(?:s|ed|ing)?|winds?|winding|wound|sits?|sitting|sat|simmer(?:s|ed|ing)?|piped?|pipes)\s+down"), "mask", {}),
    (r"위로\s*(?:차원|삼아|겸|해\s*주)|앞날|앞일|뒷일|뒷날|(?:왼쪽|왼편)\s*(?:오른쪽|오른편)(?:도|을|를)?\s*(?:구분|구별|헷갈|모르)", "mask", {}),
    (_en(r"underground\s+(?:trains?|stations?|lines?|platforms?|car\s+parks?|parking)|the\s+underground"), "mask", {}),
    # 위로 = comfort ("위로의 말"), 아래 = what follows in a text ("아래 내용"): no height
    (r"위로의|위로를|위로가\s*(?:되|돼|됐|된|됩|안)|밑져야|위로\s*(?:말|편지|인사)|(?<![가-힣])아래\s*(?:내용|글|사항|링크|표|그림|댓글|설명|문장|목록)|아래와\s*같", "mask", {}),
    # everyday words that start with a direction stem and name no direction ("cars hum on the highway", "a dog
    # barks in the backyard", "the headline news"): no rule reads them, and the network gate blanks them too
    (_en(r"high(?:ways?|lights?|lighted|lighting|ly|lands?|school)|"
         r"head(?:lines?|phones?|sets?|aches?|quarters|lights?|lamps?|bands?|masters?|count|ing)|"
         r"back(?:ground|grounds|yards?|packs?|ups?|drops?|stage|bones?|logs?|fires?|lash|side)|bak(?:e|es|ed|er|ers|ery|eries|ing)|"
         r"under(?:stand\w*|stood|take\w*|took|wear|dog|rated|scor\w*|lin\w*)|"
         r"down(?:loads?|loaded|loading|town|pours?|time|grad\w*)|side(?:walks?|lines?|kicks?|burns?|shows?|tracks?|boards?)|"
         r"cent(?:ury|uries|s)|clockwork|rearrang\w*|pan(?:cakes?|ic\w*|demic|el\w*|try|ts)"), "mask", {}),
    # "the ground-power unit", "ground crew": no height; "Grandpa left his hearing aid whistling": the verb, no side
    (_en(r"ground[- ](?:power|crew|control|staff|handling|handlers?|floor\s+staff)"), "mask", {}),
    (_en(r"(?<!the\s)(?<!on\s)(?<!to\s)(?<!from\s)(?<!my\s)(?<!your\s)(?<!far\s)(?<!hard\s)(?<!and\s)(?<!or\s)(?<!up\s)(?<!down\s)(?<!front\s)(?<!back\s)left(?=\s+(?:his|her|their|its|my|your|our|it|them|him|me|us)\s)"), "mask", {}),
    # "a jet running up its engines", "revving up": louder, not closer
    (_en(r"(?:runs?|running|ran)\s+up\s+(?:its|the|their|his|her|both|all)\s+(?:\w+\s+)?engines?|rev(?:s|ving|ved)?\s+up"), "mmask", {}),
    # the listener's boat or car turning ("as we swing out of the harbour"): not the sound's motion
    (_en(r"(?:we|i)\s+(?:just\s+|had\s+just\s+|'d\s+just\s+)?(?:passed|drove\s+past|walked\s+past|went\s+past|rode\s+past|cycled\s+past)(?=\s*(?:[,.;!?]|and|$))"), "mmask", {}),  # "the band, which we just passed"
    (_en(r"(?:even\s+)?(?:when|as|while|whenever|if)\s+(?:you|i|we)\s+(?:walk|walks|walked|move|moved|go|went|step|stepped|run|ran|turn|turned|wander|wandered|head|headed)(?!\s+(?:towards?|closer|nearer|near|up\s+to)(?![a-z]))(?:\s+(?:over\s+to|to|into|across|around|round|away|off|out|in|back))?"), "mmask", {}),  # "even when you walk to the doorway"
    (_en(r"(?:as|while|when|after)\s+(?:we|i)\s+(?:swing|swung|turn|turned|pull|pulled|head|headed|drive|drove|walk|walked|sail|sailed|row|rowed|steam|steamed|cruise|cruised)\s+(?:out|in|round|around|away|off|into|onto|past|through|back)"), "mmask", {}),
    # oscillation axes, not positions
    (_en(r"left\s+and\s+right|right\s+and\s+left(?!\s+(?:it|them|him|her|the\s+[a-z]+)\s+(?:there|on|in|behind|running|going|ringing|humming|alone|be)(?![a-z]))|left\s+to\s+right\s+and\s+back|side\s+to\s+side|back\s+and\s+forth|forth\s+and\s+back|to\s+and\s+fro|up\s+and\s+down|from\s+side\s+to\s+side|all\s+directions|every\s+direction|every\s+side|all\s+sides"), "mask", {}),
    (r"(?:언덕|산|길|도로|다리|잔디|풀밭|모래|해변|섬|어깨|무릎|손바닥|손등|팔|배|가슴|책상|탁자|테이블|식탁|가스레인지|가스\s*레인지|레인지|스토브|소파|침대|의자|카운터|조리대|싱크대|도마|무릎|피아노|책장|계산대|교탁|꽃|꽃잎|화분|창틀|난간|바위|돌|상자|박스|그릇|접시|냄비|이불|베개|매트|협탁|탁상|선반|서랍장|화장대|식기세척기|세탁기|냉장고|전자레인지|TV장|티비장|거실장|신발장|콘솔|스피커|앰프|데스크|바다|호수|강물|수면|물|얼음|빙판|눈밭|철로|철길|선로|레일|활주로|트랙|갑판|부두|잔교|마루|툇마루|평상|장판|카펫|러그|돗자리|벤치)\s*위(?!\s*쪽?\s*(?:에\s*)?(?:있는\s*)?(?:선반|벽장|찬장|수납장|천장))(?:에서|에|로)?", "mask", {}),
    # "지하 환승 통로 오른쪽에서", "성당 지하 경당에서 연습하는데": the listener is down there too, nothing is below
    (r"(?<![가-힣])지하\s*(?:\d+\s*층\s*)?(?:환승|경당|예배당|기도실|연습실|공연장|클럽|식당|매장|노래방|광장|강당|홀|역|통로|상가|보도)", "mask", {"nopos": True}),
    # (round 55, dev set 12hx) the listener's errand upstairs ("윗집 누수 잡으러 간 날인데요"): where the listener is
    (r"(?<![가-힣])(?:위층|윗층|윗집|아랫집|아래층|아랫층)\s*(?:[가-힣]+\s*){0,3}?(?:잡으러|고치러|수리하러|보러|점검하러|도와주러|놀러|청소하러|봐\s*주러)\s*(?:간|갔|가서|와서|왔|올라간|올라갔)", "mask", {"nopos": True}),
    # "복사 애가 ... 왼쪽 통로로 쭉 올라가더니 제대 앞에": up the aisle, along the floor, not a rise
    (r"(?:통로|복도|골목|차선|중앙\s*통로|아일)\s*(?:로|으로|를|을|따라)?\s*(?:쭉\s*|계속\s*|천천히\s*)?올라(?:가|갔|간|와|왔|온|오)", "mmask", {}),
    (r"소리가\s*(?:한참(?:을)?|오래|계속)\s*(?:돌다가|맴돌다가|울리다가)\s*(?:사라|없어|잦아|꺼)", "mmask", {}),  # a ring dying away, not a move
    (r"(?:떨어지는|떨어진|똑똑\s*떨어지는)\s*물방울|물방울(?:이|들이)?\s*(?:똑똑\s*)?떨어지(?:는|고|다|네|면|며)", "mmask", {}),  # a drip, not a fall
    # "성당 종탑 바로 밑에 서 있으면 ... 머리 위에서": where the listener stands, under a thing
    (r"(?<![가-힣])[가-힣]{2,}\s*(?:바로\s*)?(?:밑|아래)에\s*(?:딱\s*)?(?:서\s*있|서서|앉아|누워|서면)", "mask", {"nopos": True}),
    # (round 55, dev sets 12hw/12hx) the floor the listener works on: "지하 2층 순찰 중", "주차장 지하 4층 순찰 중인데", "지하
    # 보일러실 배관 손보는데"; "Down in the stone cellar every drip ...": nothing is below
    (r"(?<![가-힣])지하\s*(?:\d+\s*층\s*)?(?:[가-힣]+\s*){0,2}?(?:순찰|근무|당직|경비|야간\s*작업|배관\s*손보|손보는|보수\s*작업)", "mask", {"nopos": True}),
    (_en(r"(?:^|(?<=[.!?]\s))(?:down\s+|up\s+)?in\s+(?:the|our|this|that)\s+(?:[a-z]+\s+)?(?:cellar|basement|crypt|crawl\s*space|roof\s+space|loft|attic)"
         r"(?:\s+(?:under|below|beneath|above|over)\s+the\s+[a-z]+)?(?=\s*,|\s+(?:every|each|the|all|it|you|everything|my|our)(?![a-z]))"), "mask", {"nopos": True}),
    # "I got moved to the back of the shop", "our old downstairs neighbours' dog ... at the park", "예전에 아래층 살던
    # 할머니가": where someone works or used to live, not where the sound is
    (_en(r"(?:moved|sent|transferred|relegated|stuck)\s+(?:me\s+|us\s+)?(?:to|at|in)\s+the\s+back\s+of\s+the"
         r"|(?:old|former|previous|ex)\s+(?:downstairs|upstairs)\s+(?:neighbou?rs?|flatmates?|tenants?)"), "mask", {"nopos": True}),
    (r"(?:예전에|전에|옛날에)\s*(?:아래층|위층|윗집|아랫집|윗층)(?:에)?\s*(?:살던|사시던|살았던|사셨던)", "mask", {"nopos": True}),
    # "귀 바로 밑에서": by the ear, not below; "turned it around in his hands": someone else's hands
    (r"귀\s*(?:바로\s*)?(?:밑|아래)(?:에서|에|으로|쪽)?", "mask", {"nopos": True}),
    (_en(r"in\s+(?:his|her|their)\s+(?:hands?|fingers|palms?|(?:coat\s+|jacket\s+|back\s+|front\s+|trouser\s+|hip\s+)?pockets?)"), "mask", {"nopos": True}),
    (_en(r"right\s+off\s+the\s+(?:middle|centre|center|sweet\s+spot|face|screws|bat)"), "mask", {}),  # "sounded right off the middle of the club"
    # "every note just hung in the air", "it rang all the way up": how long or how far it rings, not a height
    (_en(r"(?:hung|hangs|hanging|lingers?|lingered|lingering|stays?|stayed|floats?|floated|floating)\s+in\s+the\s+air(?!\s+(?:above|over|overhead|high|up))|(?:rang|rings|ringing|echoed|echoes|echoing)\s+all\s+the\s+way\s+(?:up|down)"), "mask", {"nopos": True}),
    # "노인정 앞 벤치에 앉아 있는데 ...": where the listener sits or stands, not where the sound is
    (r"(?<![가-힣])(?<!내\s)(?<!제\s)(?<!우리\s)앞\s*(?:[가-힣]{1,4}\s*)?에\s*앉아\s*(?:있는데|있다가|있을\s*때|있으면|있었는데)", "mask", {"nopos": True}),
    # "'Turn left at the next junction,' the satnav says": an instruction the sound speaks; "it sits too centred": the
    # state a mix note wants changed
    (_en(r"(?:turn|bear|keep|take\s+the\s+(?:next\s+|first\s+|second\s+)?)\s*(?:left|right)(?:\s+(?:turn|exit))?\s+(?:at|in|onto|into|after)\s+(?:the\s+)?(?:next|first|second|third|\d+|roundabout|junction|lights)"
         r"|(?<=,\s)(?:then\s+)?(?:left|right)\s+again\s+(?:after|past|at|by)\s+the(?![a-z])"
         r"|too\s+(?:centred|centered|central|much\s+in\s+the\s+(?:middle|centre|center))"), "mask", {"nopos": True}),
    # "왼쪽 오른쪽 따질 것도 없이 그냥 시끄러워": sides named only to say they do not matter
    (r"(?:왼쪽|오른쪽|앞|뒤|위|아래)(?:\s*(?:이고|이든|이건|든|건|,)?\s*(?:왼쪽|오른쪽|앞|뒤|위|아래))+\s*(?:을|를)?\s*(?:따질\s*(?:것|거)\s*(?:도\s*)?없이|가릴\s*(?:것|거)\s*(?:도\s*)?없이|상관없이|구분\s*없이|구별\s*없이)", "mask", {"nopos": True}),
    # "leave the day behind you", "put it all behind you": an idiom, no place
    (_en(r"(?:leave|leaves|leaving|put|puts|putting)\s+(?:it|that|this|everything|all(?:\s+of\s+it)?|it\s+all|the\s+(?:day|past|week|stress|noise|world)|today|work|your\s+(?:day|worries|troubles|thoughts))\s+behind\s+(?:you|me|us)(?:rself|rselves)?"), "mask", {"nopos": True}),
    (r"좌우(?:로)?|앞뒤(?:로)?|위아래(?:로)?|상하(?:로)?|사방팔방|이리저리|왼쪽\s*오른쪽(?:으로)?\s*(?:번갈아|왔다)|(?:주위|주변|범위|위치|위험|바위)(?:에서|에|를|을|의|로|가|이)?|분위기|위로(?:해|하|가\s*돼|받)|뒤(?:늦|따라|섞|집|엉|척|흔들)|(?:(?:한|된|난|간|온|진|춘|낸|친|른|넌|끝난|그친|멈춘|지난|들린|울린)|(?<![가-힣])(?:잠시|잠깐|조금\s*있다|얼마|그|이|나중))\s*뒤(?:에(?!서)|에는|로)?(?!\s*(?:쪽|편|에서))|앞으로\s*(?:는|도)|앞서|무대\s*위|(?:길|도로|거리|복도|강)\s*(?:저\s*)?(?:아래|위)(?:로|쪽으로|에)?|(?:북|남|동|서)쪽을\s*(?:보고|바라보|향해|향하)|위로(?=\s*(?:올라|솟|떠올|날아올))|아래로(?=\s*(?:떨어|내려|가라앉|쏟아))|오른(?=\s*(?:산|계단|언덕))|뒤로\s*(?:미루|미뤄|미뤘|미룬|돌리)|뒤로\s*하(?:고|며|면서|자|세요)(?![가-힣])", "mask", {}),
    # the back *of a room* is a place in the room, not behind the listener: leave to the network
    (_en(r"back\s+(?:home|then|again|in\s+the\s+day|and\s+forth|to\s+(?:you|me|the\s+start|where|its))|comes?\s+back|came\s+back|coming\s+back|bring(?:s)?\s+(?:it\s+)?back|gathers?\s+back|goes\s+back(?![-\s/]+(?:left|right)(?![a-z]))|going\s+back(?![-\s/]+(?:left|right)(?![a-z]))|turns?\s+back|look(?:s|ing)?\s+back|feedback|backing\s+(?:track|vocals?)|background|backdrop"), "mask", {}),
    # (round 55, dev set 12hx) a move in by one door and out by the other, told with a side of the listener: "came in thru
    # the back doors, rolled down my right side and straight out the front entrance": the doors are behind and ahead
    (_en(_CAME_IN_BY_EN + r"back\s+(?:doors?|entrance)" + _WAY_THROUGH_AFTER_EN
         + r"|(?:began|begins|started|starts)\s+(?:off\s+)?(?:at|by|from)\s+the\s+back\s+(?:doors?|entrance)" + _WAY_THROUGH_AFTER_EN), "dir", {"az": 180.0}),
    (_en(_CAME_IN_BY_EN + r"front\s+(?:doors?|entrance)" + _WAY_THROUGH_AFTER_EN), "dir", {"az": 0.0}),
    # (round 60) the listener's back turned to the thing that sounds, with no other side said ("I've got my back to the
    # fireplace and the logs keep popping"): it is behind (the round-60 network no longer guesses it, as round 10's did)
    (_en(r"(?:^|(?<=[.!?]\s))(?:i'?ve\s+got|i\s+have|i\s+had|i\s+sat\s+with|i'?m\s+sitting\s+with|sitting\s+with|with)\s+my\s+back\s+to\s+the\s+"
         r"(?:fire(?:place)?|stove|hearth|fireside|radiator|telly|tv|band|stage|speakers?|fountain|sea|waves)(?![a-z])"
         r"(?![^.!?]*(?<![a-z])(?:left|right|front|ahead|behind|above|below|overhead|up|down|north|south|east|west)(?![a-z]))"), "dir", {"az": 180.0}),
    # (round 60) a procession in from the back doors that ends at the front ("the choir processed in from the back doors
    # and was up at the front by the last verse"): the doors are behind
    (_en(r"(?:(?<=ed\sin\s)|(?<=es\sin\s)|(?<=ng\sin\s)|(?<=came\sin\s)|(?<=comes\sin\s))"
         r"from\s+the\s+back\s+(?:doors?|entrance)(?=[^.!?]*?(?<![a-z])(?:up\s+)?(?:at|to|reached|reaches)\s+the\s+(?:very\s+)?front(?![a-z]))"), "dir", {"az": 180.0}),
    (_en(r"(?:(?<=\sand\s)|(?<=\sthen\s))(?:straight\s+|right\s+)?out\s+(?:thru\s+|through\s+|of\s+)?the\s+front\s+(?:doors?|entrance)"), "dir", {"az": 0.0}),
    # the back door, the front porch: parts of a house, not sides of the listener (other words say where)
    (_en(r"(?:the|a|our|my|their)\s+(?:back|front)\s+(?:doors?|porch|steps|gate|garden|yard|office|entrance)"), "mask", {}),
    (_en(r"in\s+the\s+middle\s+of\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?(?!(?:the\s+)?(?:room|stage|hall))[a-z]+"), "mask", {}),
    (_en(r"fac(?:e|es|ing)\s+(?:the\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?"), "mask", {}),
    (_en(r"behind\s+the\s+scenes|(?<![-/])left[- ]?overs?(?!\s+(?:to|towards?|into|onto|by|at|near|across|past|on|in|(?:the\s+)?(?:next\s+|first\s+|last\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|half\s+a)\s+(?:\w+\s+)?(?:seconds?|secs?|minutes?|bars?|beats?|s)(?![a-z]))(?![a-z]))|(?:he|she|they|we|i|everyone|everybody)\s+left(?=\s+(?:early|late|soon|already|again|home|for|after|before|without|with)(?![a-z]))|(?:(?:he|she|they|we|i|you|everyone|everybody|people|the\s+(?!far|hard|extreme|upper|lower|top|bottom|front|back|rear|very)[a-z]+)\s+)left(?=\s+(?:the|a|an|his|her|their|our|my|your)\s+(?!(?:side|edge|corner|wall|ear|channel|speaker|hand|rear|front|back|of)(?![a-z])))"), "mask", {}),
    # more "left" as a verb, "right"/"back"/"behind" in idioms ("the train left on time", "left unattended",
    # "I'll be right back", "right on cue", "behind schedule", "on the back burner", "stepped back and ...")
    (_en(r"(?:(?:he|she|they|we|i|you|everyone|everybody|people|(?:the|our|my)\s+(?:train|bus|coach|tram|ferry|boat|ship|plane|flight|taxi|cab|car|guests?|others|kids|band))\s+)left(?=\s*(?:[.,;!?]|$)|\s+(?:on\s+time|in\s+a\s+hurry|at\s+(?:\d|noon|dawn|dusk|night|midnight)|(?:an?|one|two|three|half\s+an?)\s+(?:hour|minute)))"
         r"|(?<!my\s)(?<!your\s)(?<!the\s)(?<!to\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!on\s)(?<!at\s)(?<!from\s)left\s+(?:unattended|untouched|running|open|on\s+(?:all|overnight)|to\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself|its\s+own|their\s+own|play|dry|cool|simmer|rest|soak|chance|fend))"
         r"|(?:are|am|'re|’re)\s+left(?=\s+(?:to|with|alone|behind|over|out)(?![a-z]))|left[- ]luggage|lefty|leftie"
         r"|be\s+right\s+back|right\s+back\s+at\s+(?:you|ya)|right[- ]hand\s+(?:man|woman|person)|right\s+on\s+(?:cue|time|schedule|target)|rightly|righted|righteous\w*"
         r"|(?:behind|ahead\s+of)\s+(?:schedule|time|the\s+times)|(?:fall|falls|fell|falling|lag|lags|lagged|lagging)\s+behind(?=\s*(?:[.,;!?]|$|\s+(?:on|with|in)\s))|on\s+the\s+back\s+burner"
         r"|back\s+of\s+(?:the|a|my|our|your|his|her|their)\s+(?:fridge|freezer|tv|telly|television|computer|pc|laptop|monitor|printer|oven|microwave|washing\s+machine|dishwasher|cupboard|drawer|wardrobe|closet|shelf|cabinet|radio|amp|amplifier|clock|throat|mouth|cupboards|drawers)(?![a-z])"
         r"|(?:i|he|she|we|they|you|someone|somebody)\s+(?:step|steps|stepped|stood|stand|stands|leant|leaned|lean|leans|sat|sit|sits)\s+back(?=\s*(?:[.,;!?]|$|\s+(?:and|to|as|while|from)\s))"), "mask", {}),
    (_en(r"cent(?:red|ered)\s+(?:in|within|on)\s+(?:it|that|this|the\s+[a-z]+)"), "mask", {}),  # "the left-rear quadrant, centred in it"
    # phrasal verbs with "up" ("the wind picked up on the left", "the engine revs up behind me"): no height
    (_en(r"(?:picks?|picked|picking|speeds?|sped|speeding|warms?|warmed|warming|fires?|fired|firing|powers?|powered|powering|revs?|revved|revving|"
         r"ramps?|ramped|ramping|winds?|wound|whips?|whipped|kicks?|kicked|kicking|stirs?|stirred|"
         r"heats?|heated|heating|perks?|perked|livens?|livened|strikes?|struck|striking|starts?|started|starting|tunes?|tuned|tuning|sets?|setting)\s+up(?!\s+(?:high|above|overhead|there|in\s+the|on\s+(?:top|the\s+(?:roof|ceiling|shelf|balcony))|over|top|into|to\s+the\s+(?:ceiling|sky|roof)))(?:\s+(?:on|at|in)(?:\s+the)?(?=\s))?"), "mask", {}),
    (_en(r"(?:finish(?:es|ed|ing)?|fetch(?:es|ed|ing)?|pulls?|pulled|pulling)\s+up(?![a-z])"), "mask", {}),
    # "at the leisure centre", "the shopping center": a building's name, not the middle
    (_en(r"(?:leisure|shopping|sports?|community|garden|health|medical|call|visitor|job|recycling|fitness|arts|conference|data|distribution|service|training|day|youth|activity|civic|science|rescue|control|dive|climbing|heritage|nature|student)[\s-]+cent(?:re|er)s?(?![a-z])"), "mask", {}),  # ("leisure-centre": round 61)
    # "천장 엄청 높고", "천장까지 울려 퍼져": the room, not a height (as "floor to ceiling" in _NOT_A_PLACE_EN)
    (r"천장(?:이|은)?\s*(?:엄청\s*|되게\s*|아주\s*|꽤\s*|진짜\s*)?(?:높|낮)(?!이)(?!은\s*(?:데|곳|쪽))|천장까지\s*(?:울려|닿|퍼|꽉)", "mask", {"nopos": True}),
    # "the keeper before me left in 1987": who came earlier, and a departure with a date
    (_en(r"(?<=\s)(?:keeper|owner|tenant|manager|boss|teacher|coach|driver|chef|guy|one|person|woman|man|lot)\s+before\s+(?:me|us)(?![a-z])"
         r"|(?<![a-z])left\s+(?:in|back\s+in)\s+(?:\d{4}|the\s+(?:spring|summer|autumn|fall|winter|seventies|eighties|nineties))(?![a-z])"), "mask", {}),  # "finishes up on my right": no height
    (_en(r"(?:everyone|everybody|people|we|they|he|she|i|you|someone|somebody|the\s+(?:crowd|audience|driver|kids|children))\s+(?:turned|turns|turning|looked|looks|looking|glanced|glances)\s+(?:to\s+(?:the\s+)?)?(?:left|right|around|round|back)(?=\s+(?:to|and|at)\s)"), "mask", {}),
    # "keep the wind bed static underneath it", "a bird perched above it": a place relative to a thing, not to you
    (_en(r"(?:under|underneath|beneath|below|above|over|behind|in\s+front\s+of)\s+(?:it|them|that|this)(?![a-z'’])"), "mask", {}),
    (r"뒤처진|뒤처져|뒤처지|뒤쳐진|뒤쳐져|뒤쳐지|뒤떨어진|뒤떨어져|뒷이야기|뒷얘기|뒷담화|뒷풀이|뒤처리|뒷수습|뒷감당|뒷북|뒷맛|뒷받침|뒷바라지|앞가림|앞장(?:서|선|섰)|앞길|좌우간|우왕좌왕|좌지우지|좌우명", "mask", {}),  # idioms: behind-the-scenes story, clean-up, anyway
    # "앞에 있던 라디오를 끄자 ...": a thing switched off is the sound that stopped, not the one described
    (r"(?:앞|뒤|왼쪽|오른쪽|옆|위|아래)(?:쪽|편)?에\s*(?:있던|있는|놓인|놓여\s*있던)\s*[가-힣]+(?:을|를)\s*(?:끄|껐|꺼|끈)", "mask", {}),
    # "왼쪽 정중앙에서": dead on the left (the side, not the centre)
    (r"(?<=쪽\s)정중앙|(?<=쪽)정중앙|(?<=편\s)정중앙|(?<=뒤\s)정중앙", "mask", {}),
    # "편의점 앞에서 수다 떨고 있었는데": in front of a building is where the listener is, not a bearing
    (r"(?:편의점|가게|상점|마트|슈퍼|학교|건물|식당|카페|은행|병원|교회|극장|빌딩|백화점|도서관|매표소|정류장|역)\s*앞(?:에서|에)(?![가-힣])", "mask", {}),
    (_en(r"(?:high|low)[- ](?:pitched|pitch|notes?|frequenc\w+|register|tones?|hats?|end|shelf|pass|cut|volume|voice|rumble|hum|drone|bass|keys?|strings?)|low\s+(?:rumble|hum|drone|growl|note|tone|voice)"), "mask", {}),
    # idioms and set phrases with "under", "right", "set right", "upstairs on the bus": no place ("under pressure",
    # "every right to complain", "levels set right", "I'm sat upstairs on the night bus")
    (_en(r"under\s+(?:pressure|control|way|the\s+weather|attack|review|contract|stress|orders|age|budget|construction|warranty|lock\s+and\s+key|a\s+lot\s+of\s+\w+)"
         r"|(?<!to\s)(?:every|any|no|equal|full|the|a)\s+right\s+to(?=\s+(?:be|complain|know|ask|say|sleep|rest|peace|quiet|silence|privacy|moan|feel|make|do|have|get|play|speak|shout|object|enjoy|a\s)(?![a-z]))|(?:human|civil|equal|voting|animal|women'?s|workers'?|legal)\s+rights"
         r"|(?:levels?|gains?|mics?|everything|things|it)\s+(?:set|put|got|dialled|dialed)\s+(?:just\s+)?right(?!\s+(?:of|side|next|behind|beside|above|below|there|here|up|in\s+front|on\s+the))"
         r"|(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|we\s+were|sitting|sat|seated)\s+upstairs\s+on\s+(?:the|a|our|my)\s+(?:night\s+|double[- ]decker\s+|school\s+|tour\s+)?(?:bus|tram|coach|ferry|boat)"
         r"|(?:from|on|up\s+on)\s+(?:our|my|the\s+hotel'?s?|the\s+building'?s?)\s+(?:rooftop|roof\s+terrace|roof|balcony)(?=\s*,?\s+(?:you|we|i|one)\s+(?:can|could|hear|heard)\s)"), "mask", {}),
    # what a voice says is not where it is: "the sat-nav keeps saying 'turn left'", "'내리실 문은 왼쪽입니다'라고"
    (_en(r"(?:say|says|saying|said|shout\w*|yell\w*|announc\w*|repeat\w*|go(?:es)?\s+like|tells?\s+(?:me|us|you)|told\s+(?:me|us|you))\s*:?\s*['\"‘“][^'\"’”]{1,60}['\"’”]"), "mask", {}),
    (r"['\"‘“][^'\"’”]{1,60}['\"’”]\s*(?:이?라고|이?라며|하고|하는|그러)", "mask", {}),
    # Korean look-alikes: side dishes, ants in one's pants, reporting to the higher-ups, a reported command, "as if
    # to bring the mountain down", drops from a tap ("밑반찬", "좌불안석", "위에는 보고했어요", "탑 올라가라고",
    # "온 산이 떠나가라", "물이 똑... 똑... 떨어져요"); the listener going up to a rooftop ("옥상 올라가니까")
    (r"앞니|앞머리|뒷머리|앞코|뒤꿈치|앞발|뒷발|앞다리|뒷다리|먼\s*발치(?:에서부터|에서|에|로|까지|쯤)?|밑반찬|밑간|밑거름|밑바탕|밑천|밑줄|밑그림|밑밥|좌불안석|좌충우돌|위에(?:는|다|다가|도)?\s*(?:보고|얘기|말씀|건의|올렸|올려|올린)", "mask", {}),
    (_KO_REPORTED_COMMAND, "mask", {}),
    (_KO_REPORTED_COMMAND + r"|떠나가(?:라|게|도록|갈)\s*|떠나갈\s*(?:듯|것\s*같|만큼|정도)", "mmask", {}),
    (r"(?:물|물방울|빗물|낙숫물|수돗물)(?:이|가)?\s*(?:(?:똑|뚝|\.|…|\s|밤새|계속|자꾸|조금씩|한\s*방울씩)+)떨어(?:져|지|진|짐|졌)", "mmask", {}),
    (_KO_LISTENER_GOES_UP, "mask", {}),
    (_KO_LISTENER_GOES_UP, "mmask", {}),
    (_en(_SIDE_TO_SIDE_EN), "mask", {}),
    (_en(_SIDE_TO_SIDE_EN), "mmask", {}),
    (_SIDE_TO_SIDE_KO, "mask", {}),
    (_SIDE_TO_SIDE_KO, "mmask", {}),
    # someone the speaker honours going up or down ("엄마 올라가셨어요?"), a post going up ("영상 올라오자마자"): no sound moves
    (r"(?:올라|내려)(?:가|오)(?:셨|시|세)|(?:영상|사진|글|게시물|게시글|공지|포스트|댓글|피드|업데이트|기사|후기|짤)(?:이|가)?\s*(?:막\s*|새로\s*)?올라(?:오|와|왔|온|옴)", "mmask", {}),
    # "went down well", "came down to the final question", "prices went up": not moves of a sound
    (_en(r"(?:went|go|goes|going|gone)\s+down\s+(?:really\s+|so\s+)?(?:well|badly|a\s+treat|a\s+storm|great|brilliantly|fine|ok|okay)"
         r"|(?:came|come|comes|coming)\s+down\s+to\s+(?:the\s+)?(?:final|last|wire|whether|who|what|luck|money|penalties|a\s+(?:vote|choice|coin))"
         r"|(?:prices?|rents?|costs?|fees?|bills?|fares?|rates?|taxes|wages|salaries|sales|(?:the\s+)?(?:price|rent|cost|fare|rate|bill))"
         r"\s+(?:have\s+|has\s+|had\s+|are\s+|is\s+|keep\s+)?(?:went|go|goes|going|gone)\s+up"), "mmask", {}),
    # pitch and volume, not places or moves: "goes straight up an octave", "her voice drops really low", "turned the
    # cartoon all the way up", "고음 쭉 올라가는데"; money going up ("물가는 계속 올라가고"); falling behind on rent
    *_no_place_no_move(_en(_NOT_A_PLACE_EN)),
    # "the cathedral bells are going across town": ringing far off, not crossing
    (_en(r"(?:are|is|were|was|been|keep|kept)\s+(?:going|ringing|sounding|pealing)\s+across(?=\s+(?:town|the\s+(?:city|town|valley|river|bay|water|lake|park|fields?|square|village|harbour|estate)))"), "mmask", {}),
    *_no_place_no_move(_NOT_A_PLACE_KO),
    # "the chanting is well round to my left": far round to a side, not a way round
    (_en(r"(?:well|way|far|a\s+long\s+way)\s+(?:a?round|over)\s+(?:to\s+|on\s+)?(?:my|the|your|our)\s+(?:left|right)(?![a-z])"), "mmask", {}),
    # (round 40) words that name no place of the sound: British "right" as "very" ("right knackered"), "and right then"
    # (a moment), a page or column of a book, a sore back, a garment's left leg or sleeve being altered, "back on" as
    # "again" at a clause's end ("props back on,"), and "back in the clubhouse" told as where others are
    (_en(r"(?<!\bthe\s)(?<!\bmy\s)(?<!\byour\s)(?<!\bto\s)(?<!\bon\s)(?<!\bfar\s)(?<!\bhard\s)right(?=\s+(?:knackered|shattered|tired|exhausted|mess|pain|state|racket|din|laugh|nuisance|faff|pig'?s\s+ear|shambles|muddle|palaver|cheek|old\s+(?:racket|din|mess|state))(?![a-z]))"), "mask", {"nopos": True}),
    (_en(r"(?<=\band\s)right\s+then(?=\s+(?:someone|somebody|a|an|the|my|his|her|their|our|it|i|we|you|there|he|she|they)(?![a-z]))"), "mask", {"nopos": True}),
    (_en(r"(?:left|right)(?:[- ]hand)?\s+(?:page|pages|column|margin)(?![a-z])"), "mask", {"nopos": True}),
    (r"(?:왼쪽|오른쪽|왼편|오른편)\s*(?:페이지|쪽\s*페이지|면\s*(?:을|를|에|펴))", "mask", {"nopos": True}),
    (_en(r"(?:(?:my|his|her|your|our|their)\s+back|(?:^|(?<=[,.;]\s))back(?='s))(?:'s)?\s+(?:is\s+|was\s+|'s\s+|has\s+been\s+|keeps\s+|kept\s+)?(?:killing|aching|aches|ached|sore|hurting|hurts|hurt|stiff|gone|playing\s+up|in\s+bits|seized|wrecked|knackered|done\s+in|in\s+agony)(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?<=the\s)(?:left|right)\s+(?:trouser\s+legs?|trousers?|pant\s+legs?|sleeves?|cuffs?|lapels?|hems?|seams?|collar\s+points?|leg\s+of\s+the\s+(?:trousers|jeans|pants))(?![a-z])"), "mask", {"nopos": True}),
    (r"(?:바지|치마|소매|셔츠|재킷|자켓|코트|청바지)\s*(?:의\s*)?(?:왼쪽|오른쪽)\s*(?:기장|소매|단|밑단|끝단|다리|솔기|옷단)|(?:왼쪽|오른쪽)\s*(?:소매|바짓단|밑단|옷단|바짓가랑이)", "mask", {"nopos": True}),
    (_en(r"(?<=[a-z]\s)back\s+on(?=\s*(?:[,.;!?]|and\s|$))"), "mask", {"nopos": True}),
    (_en(r"(?:(?<=\band\s)|(?<=,\s)|(?<=;\s))back\s+(?:in|at)\s+the\s+(?:clubhouse|office|kitchen|house|hut|camp|studio|hotel|shop|pub|bar|station|barn|lab|workshop|shed|cabin|hostel|changing\s+rooms?|dressing\s+rooms?|green\s+room|staff\s*room|depot|warehouse|club|village|farmhouse|lodge|base|yard)(?![a-z])"), "mask", {"nopos": True}),
    # the listener's own walk there and back, or the room the listener worked on: "walked all the way up to the reservoir
    # and back", "fitted the upstairs bay window"
    *_no_place_no_move(_en(r"(?:walked|hiked|cycled|ran|jogged|drove|climbed|went|trekked|trudged|biked|slogged|scrambled)\s+(?:all\s+the\s+way\s+)?(?:up|down)\s+(?:to\s+)?(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+and\s+back(?![a-z])")),
    (_en(r"(?:fitted|fixed|painted|cleaned|installed|replaced|measured|glazed|plastered|wallpapered|tiled|carpeted|hoovered|vacuumed|mopped|decorated|finished|rewired|sanded)\s+(?:the|their|his|her|a|an)\s+(?:upstairs|downstairs)(?![a-z])"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(_BOUNCES_OFF_EN)),
    # the listener's own work: "so we swept the runs early" moves no sound
    (_en(r"(?:we|i|they|he|she|you)\s+(?:then\s+|just\s+|quickly\s+)?(?:swept|sweep)\s+(?:up\s+)?(?:the|a|an|our|my|his|her|their)(?=\s)"), "mmask", {}),
    # the room described, not the sound placed: "high ceiling, parquet, bare walls", "a vaulted roof", "floor to ceiling",
    # "눈이 발목까지 쌓인"; a bass drop (music), a dog that dropped flat
    (_en(r"(?:high|low|vaulted|domed|arched|beamed|tall|lofty|sloping)[\s-]+(?:ceilings?|roofs?)|floor\s+to\s+ceiling"), "mask", {"nopos": True}),
    (r"^(?:[가-힣]+\s+){0,2}?(?:꼭대기|정상|옥상|산마루)\s*,", "mask", {"nopos": True}),  # "목장 꼭대기, 사방이 ...": where the listener is
    (_en(r"(?:the|on\s+the|over\s+the|across\s+the|up\s+the|high)\s+fells?(?![a-z])"), "mmask", {}),  # a hill (northern English), not a fall
    (_en(r"(?:a|the|big|small|loose|falling|huge)\s+rocks?(?=\s+(?:fell|falls|rolled|rolls|tumbled|tumbles|crashed|crashes|bounced|dropped|slid|came|went|hit|landed|splashed)(?![a-z]))"), "mmask", {}),  # a stone, not rocking
    (r"(?:눈|물|낙엽|먼지)(?:이|가)?\s*(?:발목|무릎|허리|정강이)\s*(?:까지|만큼)\s*(?:쌓인|쌓여|차\s*있는|차는|찬)", "mask", {"nopos": True}),
    (_en(r"(?:bass|beat)\s+drops?|the\s+drop\s+(?:hits|comes|kicks)"), "mask", {"nopos": True}),
    (_en(r"(?:bass|beat)\s+drops?|the\s+drop\s+(?:hits|comes|kicks)|(?:dropped|drops|dropping|lay|lies|lying)\s+(?:down\s+)?flat(?![a-z])"), "mmask", {}),
    # (round 40, dev set 12et) a sore or bandaged limb, a glove, the listener's own route and seat, stepping back, a visor
    # pushed up, "back to one" (a film set), a river's left or right bank: no place of a sound
    (_en(r"(?:(?:my|his|her|your|the)\s+)?(?:left|right)\s+(?:knee|arm|hand|shoulder|hip|ankle|wrist|foot|leg|elbow|thumb|finger|palm|calf|heel|eye|glove|boot|shoe|sleeve|hamstring|shin|toe)"
         r"(?:'s|\s+is|\s+was|\s+still|\s+all|\s+has\s+been|\s+feels?|\s+felt)*\s+(?:killing|aching|sore|hurting|hurts|throbbing|nicked|cut|bandaged|strapped|numb|stiff|swollen|bruised|in\s+bits|broken|with\s+a\s+hole|torn|soaked|freezing|frozen|cramping|twinging|playing\s+up|purple|red\s+raw|raw|bleeding|blistered|sticky|stained|covered|filthy|muddy|came\s+off|come\s+off|fell\s+off|(?:in\s+)?front|forward)(?![a-z])"), "mask", {"nopos": True}),
    (r"(?:왼쪽|오른쪽|왼|오른)\s*(?:손목|손|팔|무릎|발목|어깨|허리|다리|발|손가락|팔꿈치|눈|종아리|허벅지)\s*(?:에|이|은|는|도|에다)?\s*(?:파스|붕대|깁스|반창고|테이핑|아파|아프|쑤시|저리|시려|다쳐|다친|다치신|다치셔|다치셨|부러진|부러져|부러졌|삐끗|삔|삐었|결려|뻐근|시큰|침침|벌써\s*다\s*탔|다\s*탔|탔는데|그을)", "mask", {"nopos": True}),
    # (round 54, dev set 12hv) someone's hurt limb or the tooth being treated names a side of a body, not of a sound: "the one
    # with the broken left wrist", "Knee's gone on the left so I'm kneeling on the right one", "the upper-left molar",
    # "오른쪽 어금니 치료 중인데"
    (_en(r"(?<![a-z])(?:broken|sprained|bad|injured|bandaged|dodgy|gammy|sore|busted|plastered|strapped(?:[- ]up)?|fractured|twisted|bust)\s+(?:left|right)\s+"
         r"(?:knee|arm|hand|shoulder|hip|ankle|wrist|foot|leg|elbow|thumb|finger|heel|eye|shin|toe|collarbone|ribs?)s?(?![a-z])"
         r"|(?<![a-z])(?:knee|ankle|hip|shoulder|back|wrist|elbow)(?:'s|\s+has|\s+is)\s+gone\s+on\s+(?:the|my)\s+(?:left|right)(?![a-z])"
         r"|(?<![a-z])(?:kneeling|standing|leaning|hopping)\s+on\s+the\s+(?:left|right)\s+one(?![a-z])"
         r"|(?<![a-z])(?:(?:upper|lower|top|bottom)[- ](?:left|right)|(?:left|right)[- ](?:upper|lower|top|bottom))\s+(?:molars?|tooth|teeth|incisors?|canines?|premolars?|wisdom\s+tooth|quadrant|crown|filling)(?![a-z])"), "mask", {"nopos": True}),
    (r"(?:왼쪽|오른쪽|왼|오른)\s*(?:위\s*|아래\s*|윗\s*|아랫\s*)?(?:어금니|사랑니|송곳니|앞니|잇몸|이빨)(?=\s*(?:치료|신경|때우|때운|뽑|발치|씌우|씌운|충치|임플란트|스케일링|를|을|가|이\s|은|는))", "mask", {"nopos": True}),
    (_en(r"(?:(?:^|(?<=[.,;]\s))|(?<=\bi\s)|(?<=\bwe\s))turned\s+(?:left|right)\s+(?:past|at|into|onto|down|up|by|through|out\s+of)(?=\s)"), "mask", {"nopos": True}),
    (_en(r"(?:(?:^|(?<=[.,;]\s))|(?<=\bi\s)|(?<=\bwe\s))(?:went|came|headed|nipped|popped|ran|climbed|walked|got|made\s+it)\s+(?:back\s+)?(?:down|up)\s+(?:to|into)\s+the"
         r"(?:(?:\s+[a-z-]+){1,3}?(?=\s*[,.;!?]|\s+(?:after|before|for|and|to|with|at|first|again|like|where|when)(?![a-z]))|(?=\s))"), "mask", {"nopos": True}),
    (_en(r"(?:(?:^|(?<=[.,;]\s))|(?<=\bi\s)|(?<=\bwe\s))(?:went|came|headed|nipped|popped|ran|climbed|walked|got|made\s+it)\s+(?:back\s+)?(?:down|up)\s+(?:to|into)\s+the(?=\s)"), "mmask", {}),
    (_en(r"(?:sat|sitting|sit|seated|stood|standing|put\s+(?:me|us))\s+(?:down\s+)?(?:right\s+)?(?:in|at|on)\s+the\s+(?:very\s+)?front(?:\s+(?:seats?|rows?|pews?|benches|of\s+the\s+[a-z]+))?"), "mask", {"nopos": True}),
    (_en(r"(?:(?:i|we|all|everyone|everybody)\s+)(?:step|stepped|stood|moved|leaned|leant|shuffled?)\s+back(?=\s+(?:from|to|a\s+bit|a\s+little|a\s+step|and|into|against)(?![a-z])|\s*[,.;!?])"), "mask", {"nopos": True}),
    (_en(r"(?:pushed|push|pulled|lifted|flipped)\s+(?:my|our|his|her|their|the)\s+(?:visors?|goggles|masks?|hoods?|sleeves|glasses|sunglasses)\s+up"), "mask", {"nopos": True}),
    (_en(r"back\s+to\s+(?:one|ones|first\s+positions?|(?:our|your|their)\s+(?:first\s+)?(?:marks?|places))(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?<=the\s)(?:left|right)\s+bank(?!\s+of\s+(?:speakers|monitors|lights|faders))(?![a-z])"), "mask", {"nopos": True}),
    (r"(?:왼쪽|오른쪽|앞|뒤|앞쪽|뒤쪽|맨\s*앞|맨\s*뒤|가운데)\s*(?:좌석|자리|열|줄)\s*(?:으로|로|을|를)?\s*(?:예매|예약|잡았|골랐|끊었)", "mask", {"nopos": True}),
    (r"(?:왼쪽|오른쪽|레프트|라이트)\s*(?:윙|풀백|수비수?|공격수|날개|미드필더|백)\s*(?:보는|맡은|하는|인)", "mask", {"nopos": True}),
    (_en(r"(?:on|at)\s+(?:the\s+)?(?:floor|level|storey)\s+(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|[a-z]+teen|ten|eleven|twelve)(?![a-z0-9])"
         r"|(?:^|(?<=[.!?;]\s))up\s+(?:on|in)\s+(?:the|my|our)\s+(?:cradle|scaffold(?:ing)?|ladder|cherry\s+picker|platform|gantry|crane|mast|roof)(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?<=\band\s)right(?=\s+in\s+the\s+(?:middle|thick)\s+of\s+(?:it|that|this|all\s+that|the\s+[a-z]+)(?![a-z]))"), "mask", {"nopos": True}),
    # the listener's own boat or car coming in: "booming on our starboard side as we come in"
    (_en(r"as\s+(?:we|i)\s+(?:come|came|go|went|head|headed|pull|pulled|sail|sailed|motor|motored|drive|drove|steam|steamed|row|rowed|walk|walked|cycle|cycled)\s+(?:in|out|back|home|past|by|alongside|into\s+[a-z]+|up|down)(?![a-z])"), "mmask", {}),
    # (round 40) "재활용센터" (a recycling centre, not the centre of the mix), "바닥이고 벽이고 다 맨들맨들" (the room described),
    # "다리 밑 굴다리에 들어갔는데" (where the listener went)
    (r"(?<=[가-힣])센터", "mask", {"nopos": True}),
    (r"바닥(?:이고|이랑|하고|도)\s*벽(?:이고|이랑|하고|도)?", "mask", {"nopos": True}),
    (r"(?:다리|고가|고가도로|육교|굴다리)\s*(?:밑|아래)\s*(?:[가-힣]+\s*)?(?:에|으로|로)\s*(?:들어갔|들어가|들어왔|숨었|피했|섰|대피)", "mask", {"nopos": True}),
    # (round 40, dev sets 12ew/12ex) quoted speech ("whispered 'is this the right finger?'"), the listener's rounds and
    # trips up or down (2층 객실 다 돌고 내려왔는데, 내려가면 좀 봐 줘), the top of a slope the listener stands on, a machine
    # running (돌아가고 있어), "you drop a tray"
    (_en(r"(?:whispered|whispers|said|says|asked|asks|shouted|shouts|yelled|yells|called|calls|goes|went|muttered|mutters|hissed)\s+(?:to\s+me\s+)?['\"‘“][^'\"’”]{1,80}['\"’”]"), "mask", {"nopos": True}),
    *_no_place_no_move(r"(?:\d+\s*층|위층|윗층|아래층|옥상|지하)\s*(?:[가-힣]+\s*){0,2}?(?:다\s*)?(?:돌고|보고|치우고|정리하고|청소하고|둘러보고|끝내고|마치고)\s*(?:내려왔|올라왔|내려와서|올라와서|내려오니|올라오니)"),
    *_no_place_no_move(r"(?:끝나고|끝내고|마치고)\s*(?:[가-힣]+\s*)?(?:내려와서|올라와서)"),
    *_no_place_no_move(r"(?:내려|올라)가(?:면|서)\s*(?:좀|한번|꼭)?\s*(?:봐|확인|체크|살펴)"),
    (r"(?:꼭대기|정상|산마루)\s*(?:라서?|이라서?|인데|에\s*서\s*있)", "mask", {"nopos": True}),
    (r"(?<!주위를\s)(?<!둘레를\s)(?<!주변을\s)(?<!바퀴\s)(?<!빙\s)(?<!빙빙\s)(?<!주위를)(?<!둘레를)돌아가고\s*있(?:어요|어|다|는|음|습니다)", "mmask", {}),
    (_en(r"(?:you|i|we|they|someone|somebody)\s+drop\s+(?:a|an|the|your|my|our|their)(?=\s)"), "mmask", {}),
    # (round 40, dev sets 12ex/12et again) things put somewhere by the listener ("chucked the rods in the back of the van",
    # "left my hard hat up on the third lift", "my number pinned on the back"), a way back ("pushing the bed back to the
    # lift"), the listener's legs and feet ("stood on my right leg", 왼발로 페달), a trip down for a brew, a lift ride (엘리베이터
    # 타고 7층 올라가는데), a box on the top shelf (맨 윗칸 상자)
    (_en(r"(?:chucked|threw|thrown|put|loaded|stuck|shoved|tossed|dumped|packed|stowed|slung|left|leaving|forgot|forgotten)\s+(?:the|my|our|his|her|a|an|some|all\s+the)\s+[a-z]+(?:\s+[a-z]+)?\s+in(?:to)?\s+the\s+back\s+of\s+the\s+(?:van|car|truck|lorry|ute|pickup|cab|estate|boot)(?![a-z])"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(r"left\s+(?:my|the|his|her|our|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:up|down)\s+(?:on|in|at)\s+the\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[,.;!?]|\s+and\s)")),
    (_en(r"(?:pinned|sewn|stitched|printed|written|stuck|taped)\s+(?:on|onto|to|across)\s+(?:the|my|his|her)\s+back(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?<=[a-z]\s)(?<!\bmy\s)(?<!\byour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\bits\s)back\s+to\s+(?:the|my|our|his|her|their)\s+"
         r"(?!front|back|left|right|start|beginning|top|centre|center|middle|side|feet|foot|face|ears?|seat|chair|position|spot|place|wall)[a-z]+"), "mask", {"nopos": True}),
    (_en(r"(?:stood|standing|stand|balancing|hopping|leaning|kneeling)\s+on\s+(?:my|one|the)\s+(?:left|right)\s+(?:leg|foot|knee)|(?:the|my)\s+(?:left|right)(?:'s|\s+(?:one|leg|foot|arm|hand)(?:'s|\s+has)?)\s+gone\s+(?:dead|numb)"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(r"(?:came|come|comes|went|go|goes|popped|nipped)\s+(?:back\s+)?(?:down|up)\s+for\s+(?:a|my|some|lunch|tea|dinner|breakfast|a\s+brew)(?![a-z])")),
    (r"(?<![가-힣])(?:왼발|오른발)(?:로|으로|을|이|은|에)", "mask", {"nopos": True}),
    (_en(r"(?<=on\s)the\s+(?:right|wrong)\s+(?:feet|foot)(?![a-z])"), "mask", {"nopos": True}),
    # "Without moving my feet I turned my head left": the listener's stance, no place of the sound (round 58)
    (_en(r"without\s+moving\s+(?:my|our)\s+(?:feet|body|legs)|(?:keeping|kept|with)\s+(?:my|our)\s+feet\s+(?:planted|still|where\s+they\s+were)"), "mask", {"nopos": True}),
    (_en(r"(?:kick(?:s|ed|ing)?|cut(?:s|ting)?)\s+in(?:\s+again)?(?=\s*(?:[,.;!?]|$|and\s|again))"), "mmask", {}),  # a machine starting, not coming in
    (r"(?:맨\s*)?(?:윗칸|아랫칸)\s*(?:에\s*있는\s*|의\s*)?(?:상자|박스|물건|책|짐|그릇|서류)", "mask", {"nopos": True}),
    *_no_place_no_move(r"(?:엘리베이터|엘베|승강기)\s*(?:를\s*|을\s*|로\s*)?(?:타고\s*)?(?:\d+\s*층|위층|아래층|옥상|지하)?\s*(?:까지\s*|으로\s*|로\s*)?(?:올라가|내려가|올라와|내려와)(?:는데|다가|면서|서|니까)"),
    # (round 41, dev set 12ey) words that place no sound: "had right of way", a row or tray of things ("piped the left row
    # of eclairs, spun the back tray round"), a hand or arm said to be relaxed, a machine run backwards, the page a note
    # is on ("back page ..., top right corner"), the listener's own climb ("climbed the rope ladder up the side of the
    # tanker"); queues and lines opened or tidied (좌측 대기줄 정리하고), a mix note (리버브는 뒤로 좀 빼고), the listener's
    # fall (뒤로 넘어져서), a timetable's column (시간표 오른쪽 칸), the listener's trips (1층부터 4층까지 올라갔다 내려왔는데,
    # 악수하고 내려오는데)
    (_en(r"right\s+of\s+way|(?:the|a)\s+(?:left|right|back|front|top|bottom)\s+(?:row|rows|tray|trays|shelf|shelves|rack|racks|column|columns|drawer|drawers|burner|burners|hob|ring|oven)\s+(?:of|round|around)(?=\s)"
         r"|(?:spun|turned|rotated|swapped|moved|slid|pulled|pushed)\s+the\s+(?:left|right|back|front|top|bottom)\s+(?:tray|trays|shelf|rack|drawer|tin|pan|sheet)s?(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?:my|her|his|your|their|our)\s+(?:left|right)\s+(?:hand|arm|leg|foot|wrist|elbow|shoulder|knee)(?:'s|\s+is|\s+was|\s+has)\s+(?:finally\s+|now\s+|still\s+|really\s+|much\s+|so\s+)?"
         r"(?:relaxed|relaxing|loose|looser|tense|tight|better|fine|shaking|steady|steadier|lovely|perfect|improving|improved|getting\s+there)(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?:running|run|runs|ran|reversing|reversed|winding|wound|rewinding|playing|played|spinning|spun|turning|turned|driving|drove|cranking|cranked)\s+(?:the|it|them|our|my)\s+(?:[a-z]+\s+)?backwards(?![a-z])"), "mask", {"nopos": True}),
    (_en(r"(?:(?:on|in|at|inside)\s+(?:the|my|your|his|her|a)\s+)?(?:back|front|last|first|inside)\s+(?:page|cover)s?(?![a-z])|(?:page|notebook|sheet|card|form|ticket|label|envelope|diary|logbook|log\s+book|map|chart)(?:\s+[a-z]+){0,2},?\s+(?:top|bottom|upper|lower)[- ]?(?:left|right)(?:[- ]hand)?\s+corner"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(r"(?:^|(?<=[.;!?]\s))(?:(?:i|we)\s+)?(?:climbed|clambered|scrambled|hauled\s+(?:myself|ourselves))\s+(?:up\s+|down\s+)?(?:the|a|an|our|my)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:up|down)\s+(?:the|a|an|to|onto|into)\s+[a-z]+(?:\s+(?:of\s+)?(?:the\s+|a\s+)?[a-z]+)?(?=\s*[,.;]|\s+and\s)")),
    (r"(?:좌측|우측|왼쪽|오른쪽|왼편|오른편)\s*(?:대기줄|대기열|줄|라인|계산대|창구|게이트|출입구|차선|레인)\s*(?:을|를|도|은|는)?\s*(?:정리|열|닫|막|치우|오픈|마감)", "mask", {"nopos": True}),
    (r"(?<![가-힣])뒤로\s*(?:좀|살짝|조금|약간|더)?\s*빼(?:고|서|줘|자|야|면|기|는|란|라고|달라)", "mask", {"nopos": True}),
    (r"(?<![가-힣])뒤로\s*(?:벌러덩|꽈당|철퍼덕|발라당|쿵)?\s*(?:넘어져|넘어졌|넘어지|자빠|나자빠|엎어|미끄러져\s*넘어|굴렀)", "mask", {"nopos": True}),
    (r"(?:시간표|표|달력|페이지|장부|엑셀|칠판|메모지|노트|공책|일지|악보)\s*(?:의\s*)?(?:왼쪽|오른쪽|위쪽|아래쪽|맨\s*위|맨\s*아래|윗|아랫)\s*(?:칸|줄|열|구석|모서리|귀퉁이|단)", "mask", {"nopos": True}),
    *_no_place_no_move(r"(?:지하\s*)?\d+\s*층\s*(?:부터|에서)\s*(?:지하\s*)?\d+\s*층\s*까지\s*(?:쭉\s*|다\s*|계단으로\s*)?(?:올라갔다|내려갔다|올라갔다가|내려갔다가)\s*(?:다시\s*)?(?:내려왔|올라왔|내려와|올라와)"),
    *_no_place_no_move(r"(?:마치고|끝내고|끝나고|하고|나서)\s+(?:[가-힣]+\s+){0,2}?(?:[가-힣]+하고\s+)(?:내려오는데|올라오는데|내려오다가|올라오다가|내려오니까|올라오니까)"),
    # (round 41, dev sets 12ez/12fa/12fb) where the sound dies or hangs ("hang in the air", "vanish into the air",
    # "nothing round me but sky"), a room's ceiling hit by the sound or stacked to (천장에 맞고, 천장까지 쌓여), a rig that
    # turns with the sky, the sweep bar of a machine, rain that comes down, circling echoes (빙빙 돌면서 울려), the listener
    # passing the front of a room (과학실 앞을 지나는데)
    *_no_place_no_move(_en(_HANGS_IN_THE_AIR_EN)),
    (_en(r"nothing\s+(?:a)?round\s+(?:me|us)\s+but\s+(?:the\s+)?sky"), "mask", {"nopos": True}),
    # (round 45, dev sets 12ge/12gh/12gi) nouns that look like moves: a mountain pass, a survey or climbing traverse, a
    # rally's sweep car
    (_en(r"(?:the|a|this|that|mountain|high|first|second|third|final|last|next|each|every|one)\s+(?:pass|traverse)(?!\s+(?:by|over|behind|across|through|in\s+front|me|us|him|her|them)(?![a-z]))"), "mmask", {}),
    (_en(r"sweep\s+(?:bar|arm|brush|car|cars|vehicle|truck)|(?:rain|snow|hail|sleet)\s+(?:comes|came|coming|pours|poured|pouring|is\s+coming|was\s+coming|keeps\s+coming|sheets|sheeting|teems|teeming|buckets|bucketing)\s+down"), "mmask", {}),
    (r"천장(?:에|을)\s*(?:맞고|맞아|맞아서|부딪혀|부딪히고|튕겨|때리고|치고)|천장\s*까지\s*(?:쌓|닿|차|올라)", "mask", {"nopos": True}),
    (r"(?:빙빙|뱅뱅|빙글빙글)\s*(?:돌면서|돌며|돌아서|돌고)\s*(?:울려|울리|울림|메아리)", "mmask", {}),
    (r"(?<![가-힣])(?:종|방울|요령)을\s*(?:땡땡\s*|딸랑딸랑\s*|딸랑\s*)?흔들", "mmask", {}),  # a bell swung in the hand: no sway (round 45)
    (r"(?:은은하게|아득하게|아득히|희미하게|가물가물|나지막이|어렴풋이|잔잔하게)\s*(?:[가-힣]+\s+)?넘어(?:와|오|온)", "mmask", {}),  # the sound carries over (round 45)
    (r"(?<![가-힣])[가-힣]{1,6}\s*앞을\s*(?:쭉\s*)?(?:지나(?:는데|가는데|갈\s*때|가다가|다가|치는데)|걸어가는데)", "mask", {"nopos": True}),
    (r"(?<![가-힣])막\s*뒤(?:에서|에|로|쪽)", "mask", {"nopos": True}),  # behind the curtain (a puppet stage): backstage, not behind
    # what the listener said before someone corrected it ("나는 오른쪽에서 나는 거 같다고 했는데 선배가 아니래")
    (r"(?:왼쪽|오른쪽|앞|뒤|위|아래|왼편|오른편)(?:에서|쪽에서|쪽)?\s*(?:나는|들리는|울리는|오는)\s*(?:거|것)\s*같다고\s*(?:했는데|그랬는데|말했는데|했더니)(?=\s*,?\s*(?:[가-힣]+\s+){0,2}(?:아니래|아니라고|아니라던데|아니라네|아니란다))", "mask", {"nopos": True}),
    (r"(?:(?<=turned\s)|(?<=spun\s)|(?<=swung\s)|(?<=wheeled\s)|(?<=whipped\s)|(?<=twisted\s))right(?=\s+(?:a)?round(?![a-z]))", "mask", {"nopos": True}),  # "turned right round": all the way
    (_en(r"(?<=\bthe\s)(?:empty\s+|old\s+|dark\s+)?(?:crypt|vault|undercroft|cistern|bunker)s?\s+(?:under|beneath|below|underneath)\s+the\s+[a-z]+"), "mask", {"nopos": True}),  # where the listener is
    (_en(r"(?:on\s+)?every\s+(?:single\s+)?drop|the\s+(?:big\s+)?drop(?=\s*[,.;!?])|(?:before|after|at|during)\s+the\s+(?:big\s+|first\s+|last\s+)?drop(?![a-z])|drop\s+(?:tower|zone|ride)s?(?![a-z])"), "mmask", {}),  # a ride's drop, not a fall of the sound
    # (round 41, dev set 12fe) the listener's hands, feet, gloves, posts, tools and valves, with sides among other
    # things ("torch in my left hand", "knife in my right hand, paper in my left", "ripped my left glove", "I'm on the
    # left-hand tower after lunch", "left the hose round the back", "the left PSU's dead", "turned the left half over",
    # "flipped the valve to the left", "left foot on the soft pedal", "eyes on the front row"); Korean: 밸브를 왼쪽으로 돌리고,
    # 오른쪽 모니터 확인하고, 위에 보고, 떡판 앞뒤로 뒤집어, 왼발 신발 끈, 테이크 앞부분, 오른손에서 왼손으로 바꿔, 허리 펴는데,
    # 왼쪽으로 삐뚤게 붙어서, 위아래 롤러, 오른발 앞꿈치, 안경 올려 쓰고, 오른쪽 어깨에 가방 메고, 등 뒤까지 바르고
    (_en(r"(?:with|holding|carrying|gripping)\s+(?:my|a|the|his|her)\s+[a-z]+\s+in\s+my\s+(?:left|right)(?:\s+hand)?|[a-z]+\s+in\s+my\s+(?:left|right)(?:\s+hand)?,\s+[a-z]+\s+in\s+my\s+(?:left|right)(?:\s+hand)?"
         r"|[a-z]+\s+in\s+my\s+(?:left|right)\s+hand\s+and\s+(?:the|my|a)\s+[a-z]+\s+(?:in|under)\s+my\s+(?:left|right)(?:\s+(?:hand|arm))?"
         r"|(?:ripped|tore|torn|lost|dropped|split|soaked|holed)\s+my\s+(?:left|right)\s+(?:glove|boot|shoe|sock|sleeve|lens|earring|earbud|insole)"
         r"|(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are)\s+on\s+the\s+(?:left|right)(?:-hand|\s+hand)?\s+(?:tower|chair|stand|desk|till|gate|post|station|lane|shift|side)"
         r"|left\s+(?:the|my|his|her|our|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:round|around|out)\s+(?:the\s+)?back"
         r"|(?:the\s+)?(?:left|right)\s+[a-z]+(?:'s|\s+is|\s+was)\s+(?:dead|broken|gone|down|faulty|bust|busted|knackered|flat|fried)"
         r"|(?:the\s+)?(?:left|right|back|front|top|bottom)\s+half|(?:flipped|turned|tipped|held|hung|put)\s+(?:it|them|the\s+[a-z]+)\s+upside\s+down|(?:wrapped|cut|trimmed|sealed|taped|cleaned|scraped)\s+the\s+(?:back|front)\s+end"
         r"|(?:flipped|turned|twisted|moved|set|switched|pushed|pulled|rotated|cranked)\s+the\s+(?:valve|knob|dial|lever|switch|tap|handle|wheel|tiller|stick|throttle)\s+(?:all\s+the\s+way\s+)?(?:over\s+)?(?:to\s+the\s+)?(?:left|right)"
         r"|(?:left|right)\s+foot\s+on\s+the\s+(?:[a-z]+\s+)?(?:pedal|brake|clutch|gas)|eyes\s+on\s+the\s+(?:front|back)\s+(?:row|rows|desk|line)"
         r"|(?:the|a|my)\s+[a-z]+\s+(?:tucked\s+)?under\s+my\s+(?:left|right)\s+arm|back\s+of\s+the\s+(?:queue|line)\s+(?:out|going|stretching|round|right)"
         r"|(?:bending|bent|crawling|crawled|reaching|reached|kneeling|knelt)\s+(?:down\s+)?(?:under|beneath)\s+the\s+[a-z]+"), "mask", {"nopos": True}),
    (_en(r"(?:pressure|temperature|temp|volume|level|reading|needle|revs)\s+(?:went|goes|going|shot|crept|came)\s+(?:up|down)|(?:going|coming|went|came)\s+(?:up|down)\s+in\s+(?:car|lift|cage|bucket|cab)\s+(?:one|two|three|four|\d+)"), "mmask", {}),
    (r"(?:밸브|손잡이|다이얼|노브|핸들|레버|스위치|꼭지|볼륨)(?:를|을)?\s*(?:왼쪽|오른쪽)\s*(?:으로)?\s*(?:끝까지\s*)?(?:돌리|돌려|돌렸|틀|꺾)"
     r"|(?:왼쪽|오른쪽)\s*(?:모니터|화면|스크린)\s*(?:[가-힣]+\s*)?(?:확인|보고|봤|켜|껐)|(?<![가-힣])위에\s*보고|앞뒤로\s*(?:뒤집|돌려|굽|구워|흔들|뒤적)"
     r"|(?:왼발|오른발)\s+(?:신발|운동화|구두)|(?:앞부분|뒷부분)"
     r"|허리\s*(?:를\s*)?(?:한\s*번\s*)?(?:펴|펴고|펴는데|숙이|굽히)|(?:왼쪽|오른쪽)\s*(?:으로)\s*(?:삐뚤게|삐딱하게|비뚤게|기울게|치우쳐)\s*(?:붙|찍|인쇄|감겨|말려)"
     r"|위아래\s*(?:롤러|칸|선반|서랍)|(?:오른발|왼발)\s*(?:앞꿈치|뒤꿈치|발끝|발가락)(?!\s*(?:쪽|에서|근처|옆|께|에|밑|아래))|안경\s*(?:을\s*)?(?:올려|치켜)\s*쓰|(?:오른쪽|왼쪽)\s*어깨에\s*(?:[가-힣]+\s*){0,2}?(?:메고|걸치고|짊어지고|얹고)"
     r"|고물\s*(?:을|를)?\s*(?:뿌리|묻히|얹|입히|버무)|등\s*뒤까지\s*(?:바르|발라|닦)|(?:허리|목|등)\s*뒤쪽\s*(?:이|도|가|은|는)?\s*(?:뻐근|아프|쑤시|결리|당기)", "mask", {"nopos": True}),
    (r"(?:압력|온도|볼륨|음량|수위)(?:을|를)?\s*(?:올렸|내렸|올리|내리)(?:다가\s*(?:다시\s*)?(?:내렸|올렸|내리|올리))?|(?:상행선|하행선|선로|철길)\s*(?:쪽으로|따라|을\s*따라|타고|으로)?\s*(?:올라갔|내려오|올라가|내려가|걸어|올라오|올라온|내려온|내려갔)"
     r"|뒤따라\s*(?:올라가|내려가|걸어가|따라가)(?:는데|다가|면서)", "mmask", {}),
    *_no_place_no_move(_HAND_SWAP_KO),
    *_no_place_no_move(r"(?:꼭대기\s*층|옥상|\d+\s*층|지하\s*\d+\s*층)\s*까지\s*(?:쭉\s*)?(?:올라갔다가|내려갔다가)\s*(?:다시\s*)?(?:지하\s*)?(?:\d+\s*층|1층|로비|꼭대기\s*층)?\s*까지\s*(?:내려왔|올라왔)"),
    # (round 41, dev set 12fe) the listener walking past a thing, someone moving a thing ("someone's moved it"); on top of a
    # boat or a jet ski (제트스키 위에서) is no height
    (_en(r"(?:i'?ve|i\s+have|i|we'?ve|we\s+have|we)\s+(?:just\s+)?(?:walked|driven|cycled|gone|run|jogged|rowed|sailed|wheeled|pushed)\s+(?:right\s+)?past\s+(?:it|them|him|her)(?![a-z])"
         r"|(?:someone|somebody|they|he|she|the\s+[a-z]+)(?:'s|\s+has|\s+had)?\s+moved\s+(?:it|them)(?![a-z])"), "mmask", {}),
    (r"(?:제트스키|보트|배|뗏목|서핑보드|패들보드|카약|자전거|오토바이|트럭|버스|수레|리어카|경운기)\s*위(?:에서|에)", "mask", {"nopos": True}),
    # (round 41, dev set 12ff) "when the wind's right", "right up close", boxes stacked to the ceiling, a fence of noise
    # along a wall "all the way to the back", a chainsaw "going across the valley", a pianist who lifts off; 하늘만 쳐다봄
    (_en(r"(?:the\s+)?wind(?:'s|\s+is)\s+(?:in\s+the\s+)?right(?:\s+(?:place|direction|quarter|way))?|right\s+up\s+close|stacked\s+(?:up\s+)?to\s+the\s+ceiling|wall(?:\s+of\s+the\s+[a-z]+)?,\s+all\s+the\s+way\s+(?:to|down\s+to)\s+the\s+(?:back|front|end)"), "mask", {"nopos": True}),
    (_en(r"(?<=\s)going\s+across\s+the\s+(?:valley|river|lake|bay|water|fields?|hills?|moor)|(?:i|we)\s+lift\s+off"), "mmask", {}),
    (r"하늘(?:만|을)?\s*(?:쳐다|올려다|바라)", "mask", {"nopos": True}),
    (r"(?:[가-힣]+\s*)?바로\s*(?:밑|아래)에서\s*(?:위를\s*)?(?:올려다|쳐다|바라)", "mask", {"nopos": True}),  # where the listener looks up from
    # (round 41, dev sets 12fh/12fi) "Left Dave to take the van", "lean right in", "right down the end of the street", "back
    # down to the office", "flipped to the back", the listener up in a canopy, lined up across a road; Korean: a grill's
    # left slot, quoted titles, a harness's right clip, stepping off with the left foot, the listener's trips to the bottom
    # of a tank, the top of a hill or the next carriage, shelves behind a counter
    (_en(r"^left\s+[a-z]+\s+to\s+(?:take|do|finish|deal|look|watch|mind|run|sort|drive|lock)|lean(?:s|ed|t|ing)?\s+right\s+in"
         r"|right(?=\s+(?:down|up)\s+(?:at\s+)?the\s+(?:far\s+)?(?:end|street|road|lane|corridor|hall|drive|track))"
         r"|(?:^|(?<=,\s)|(?<=then\s))back\s+(?:down|up)\s+to\s+the|(?:flipped|turned|skipped|went)\s+to\s+the\s+(?:back|front)(?:\s+(?:page|pages|of\s+the\s+(?:book|file|folder|notebook|pad)))?(?=[\s,.;])"
         r"|^(?:(?:i'?m|we'?re)\s+)?up\s+in\s+the\s+(?:canopy|tree|treetops|branches|rigging|crow'?s\s+nest|loft|gods)"), "mask", {"nopos": True}),
    (_en(r"lined\s+up\s+(?:right\s+)?across"), "mmask", {}),
    (r"(?:틀|판|불판|팬|오븐|선반)\s*(?:의\s*)?(?:왼쪽|오른쪽)\s*칸\s*부터|(?:오른쪽|왼쪽)\s*(?:고리|버클|끈|클립|카라비너)\s*(?:을|를)?\s*(?:걸|채우|풀)|(?:왼발|오른발)\s*(?:딛|내딛|올리|뻗)"
     r"|['‘\"“][^'’\"”]{1,40}['’\"”]\s*(?:였는데|이었는데|라는|란|이란|였어|이야|라고|였고)|(?:카운터|계산대|책상)\s*뒤\s*(?:선반|창고|서랍)|(?:위칸|아래칸|윗칸|아랫칸)\s*(?:다\s*)?(?:닦|정리|청소|채우)"
     r"|나무\s*위에\s*(?:매달려|올라가)\s*있는데|(?:선미|선수)\s*쪽\s*[가-힣]+\s*(?:다\s*)?(?:끝내고|마치고)|뒤돌아\s+(?:[가-힣]+\s+)?[가-힣]*\s*쪽을\s*(?:보|바라)", "mask", {"nopos": True}),
    *_no_place_no_move(r"(?:바닥|밑|아래)\s*까지\s*내려가(?:서|고|니까)|(?:[가-힣]+\s*)?(?:위|꼭대기|정상)\s*까지\s*올라갔다가\s*(?:[가-힣]+\s*){0,3}?(?:내려오는데|내려왔는데|내려오다가)"
                       r"|(?:앞쪽|뒤쪽|옆)\s*(?:객실|칸|차량|객차)(?:으로|로)\s*(?:넘어가|건너가|옮겨)"),
    # (round 41) a dive as a noun (the diver's outing), a descent to a depth: no fall of the sound
    (_en(r"(?:the|a|our|my|this|that|last|first|whole|night|second|deep|wreck)\s+dive(?!\s+(?:down|in|into|from|off|towards?|bomb))(?![a-z])"
         r"|(?:went|go|going|dropped|descended|came|got)\s+down\s+to\s+(?:\d+|[a-z]+)\s+(?:metres|meters|m|feet|ft)(?![a-z])"), "mmask", {}),
    # the listener's posture: "lying on my back", "sleeping on my left side"
    (_en(r"(?:lying|lay|lie|lies|laid|laying|flat|sleeping|sleep|sleeps|slept|asleep|stretched\s+out)\s+(?:down\s+)?on\s+(?:my|our|his|her|your)\s+(?:back|front|stomach|tummy|belly|(?:left\s+|right\s+)?side)(?![a-z])"), "mask", {"nopos": True}),
    # where the listener is: "down here in the ageing cellar", "up here in the loft"
    (_en(r"(?:down|up|out|over)\s+here\s+(?:in|at|on)\s+(?:the|this|my|our)\s+(?:(?!(?:on|at|to|by|and|the|left|right|behind|above|below|under|over)\s)[a-z-]+\s+){0,2}[a-z]+(?![a-z])"), "mask", {"nopos": True}),
    # (round 42, dev set 12fj) clothes on back to front; a dog barking its head off; the back of someone else's car; the
    # listener's climbs ("went up the ladder", "got up on the roof"), rounds ("went round the back"), things left somewhere
    # (", left the rods in the van"), a wind that drops; Korean: the listener's ladder and stair trips, a trip upstairs, a
    # child's place in a row, a burn on the arm, the back yard as a chore, a closed lane and traffic sent round it
    (_en(r"(?<=(?:on|'s|is|as|it)\s)back\s+to\s+front|(?<=(?:was|are)\s)back\s+to\s+front|inside\s+out|(?:in|from)\s+the\s+back\s+of\s+(?:a|an|some|someone'?s|somebody'?s)\s+(?:[a-z]+\s+)?(?:van|car|truck|lorry|ute|pickup|cab|estate|volvo|transit|taxi|bus|wagon|jeep|hatchback)(?![a-z])"
         r"|went\s+(?:a)?round\s+the\s+back(?![a-z])|(?:^|(?<=[,;]\s))left(?=\s+(?:the|my|his|her|our|their|a|an)\s+(?!(?:side|edge|corner|wall|ear|channel|speaker|hand|rear|front|back|far|hard|extreme|very|of)(?![a-z])))"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(r"(?:its|it'?s|his|her|their|my|your)\s+heads?\s+off(?![a-z])")),
    *_no_place_no_move(_en(r"(?:(?:^|(?<=[.,;]\s))|(?<=\bi\s)|(?<=\bwe\s)|(?<=\band\s)|(?<=\bthen\s))(?:went|climbed|got|clambered|scrambled|headed|came)\s+(?:back\s+)?(?:up|down)\s+(?:on(?:to)?\s+|onto\s+|into\s+)?the\s+(?:ladder|stairs|steps|roof|hill|ramp|gangway|gangplank|scaffold|scaffolding|tower|mast|loft|attic|bank)(?![a-z])")),
    (_en(r"(?:the\s+)?(?:wind|breeze|gusts?|gale)\s+(?:drops|dropped|dropping|dies\s+down|died\s+down|drops\s+off|goes\s+down|went\s+down)(?![a-z])"), "mmask", {}),
    # (round 47, dev sets 12gp-12gs) what rises or falls is a reading, not the sound ("temperature's dropping faster than
    # forecast"); words that place no sound: a bowler who "left a seven-ten split", a runway "two-seven left", the
    # listener's own seat or hand or raised arm, "right up until", a window's lower lights, a part of a window,
    # boxes sent downstairs, what a pocket holds, a nap in the back of a truck
    (_en(r"(?:temperature|temp|pressure|mercury|barometer|price|prices|the\s+glass)(?:'s|\s+is|\s+was|\s+has\s+been|\s+keeps|\s+kept)?\s+(?:dropping|falling|rising|climbing|going\s+(?:up|down)|dropped|fell|rose|plummeting|plunging)(?![a-z])"), "mmask", {}),
    (_en(r"left\s+(?:a|an|the|one|two)\s+(?:[a-z0-9-]+\s+)?(?:split|spare|pin|pins|gap|note|message|voicemail|tip|stain|scratch|dent|mark)(?![a-z])"
         r"|(?:runway\s+)?(?:zero|one|two|three|[0-3])[- ](?:zero|one|two|three|four|five|six|seven|eight|nine|niner|[0-9])\s+(?:left|right|centre|center)(?![a-z])"
         r"|runway\s+\d{1,2}\s*(?:left|right|l|r)(?![a-z])"
         r"|(?:the\s+)?(?:left|right)[- ]hand\s+seat(?:'s|\s+is|\s+was)\s+(?:mine|ours)(?![a-z])"
         r"|right\s+up\s+(?:until|till|to\s+the\s+(?:end|moment|last))(?![a-z])"
         r"|(?:lower|upper|top|bottom)\s+(?:lights?|panes?|panels?|sections?)\s+of\s+the\s+(?:east|west|north|south|rose|great|[a-z]+)\s+window"), "mask", {"nopos": True}),
    (r"(?<![가-힣])(?:오른|왼)손에만?\s*(?:장갑|반지|시계|붕대|깁스)|(?:팔|손|고개|두\s*손|양손|양팔)(?:을|를)?\s*위로\s*(?:번쩍\s*|쭉\s*|높이\s*)?(?:들|올리|올렸|뻗)"
     r"|(?:위쪽|아래쪽|윗쪽|아랫쪽)\s*(?:패널|유리)(?:은|는|을|를)"
     r"|(?:위층|아래층|윗층|아랫층|지하)(?:으로|에)\s*(?:다\s*|전부\s*|모두\s*)?(?:내려\s*보내|올려\s*보내|내려보내|올려보내|옮기|옮겨|치우|치워|갖다\s*놓)"
     r"|주머니에\s*(?:[가-힣]+\s+){0,2}?(?:꽂고|넣고|챙기고|찔러\s*넣고)"
     r"|(?:트럭|차|버스|봉고)\s*(?:뒤칸|뒷칸|짐칸|뒷자리|뒷좌석)에서\s*(?:깜빡\s*)?(?:졸|자|잠들|쉬|누워)", "mask", {"nopos": True}),
    (_en(r"(?:after|before|during|from)\s+(?:that|the|this|my|our|a|all\s+that)\s+(?:[a-z]+\s+)?(?:climb|descent|ascent)(?![a-z])"), "mmask", {}),  # a climb as a noun: the listener's (round 43)
    # the listener going up or down before the sound is named, with no subject of its own ("3층 올라가서 헤드셋 꼈더니 ...",
    # "지붕 방수하러 올라왔는데 ...", "옥상까지 올라가서 쉬는데 ..."; round 43): a clause opening with no word marked as its
    # subject (이/가) and no height word, ending in a going-up-or-down verb that leads on to the next clause
    *_no_place_no_move(r"(?:^|(?<=[.,!?~]\s))(?![^.,!?~]*?(?:위로|아래로|위쪽|아래쪽|밑으로))(?:[가-힣0-9]+(?<![이가])\s+){0,3}?(?:[가-힣0-9]*(?<![이가])\s*)?"
                       r"(?:올라가|올라와|내려가|내려와|올라갔|올라왔|내려갔|내려왔)(?:서|더니|니까|는데|자마자|고\s*나서|면)(?![가-힣])"),
    *_no_place_no_move(r"(?<!가\s)(?<!이\s)(?:사다리|계단|비계|층계)(?:를|을)?\s*타고\s*(?:[가-힣]+\s*){0,2}?(?:까지\s*)?(?:올라갔|내려갔|내려왔|올라왔)"
                       r"|계단\s*(?:을\s*|으로\s*)?(?:올라갔다가|내려갔다가)\s*(?:다시\s*)?(?:내려왔|올라왔)|위층\s*(?:[가-힣]+\s*)?(?:갔다\s*왔|다녀왔|갔다가|올라갔다\s*왔)"),
    (r"(?:앞줄|뒷줄|맨\s*앞줄|맨\s*뒷줄)\s*(?:왼쪽|오른쪽|가운데)\s*(?:에서|부터)\s*(?:[두세네]|다섯|\d+)\s*(?:번째|째)|(?:왼팔|오른팔|왼손|오른손|왼쪽\s*팔|오른쪽\s*팔)(?:에|이)?\s*(?:불똥|화상|물집|멍|상처)"
     r"|뒷마당\s*(?:물청소|청소|정리|쓸|풀\s*뽑)|(?:왼쪽|오른쪽)\s*차로\s*(?:가|이)?\s*(?:고장|막혀|막혔|통제|공사|폐쇄)|(?:차|차들|차량)(?:을|를|들을)?\s*(?:전부\s*|다\s*)?(?:왼쪽|오른쪽)(?:으로|로)\s*(?:돌렸|돌려|우회)", "mask", {"nopos": True}),
    # (round 42, dev set 12fk) "right off my left wingtip": right as "just", before a side of its own; "the 42 pulled out":
    # a bus route; half way round as a place, not a circle; the listener coming down to land (내가 내려가는 중)
    (_en(r"right(?=\s+(?:off|by|at|on|in|next\s+to|beside|behind|above|below|under|over|past)\s+(?:my|the|your|our)\s+(?:left|right)(?![a-z]))"
         r"|(?<=\bthe\s)(?:no\.?\s*)?\d{1,3}[a-z]?(?=\s+(?:bus|tram|pulled|pulls|pulling|came|comes|coming|stopped|stops|left|leaves|arrived|arrives|was|is|goes|went|rolled|rolls|drove|drives)(?![a-z]))"), "mask", {}),
    (_en(_HALFWAY_ROUND_EN + r"(?:left|right)"), "mmask", {}),
    (r"(?:왼쪽|오른쪽)" + _KO_HALFWAY_ROUND + r"|(?:내가|제가)\s*(?:내려가는|올라가는|다가가는|걸어가는)\s*(?:중|길)", "mmask", {}),
    # (round 42, dev set 12fl) "before we head up", "the stop pushed right in", "looked up at Jupiter", moved to the back row
    # (of the floor), a van's back doors, a key up top on a piano, the high bit of a keyboard; Korean: directions to a room
    # ("오른쪽으로 꺾어서 세 번째 방"), a radio call from up top and the way down, a tattoo on the arm, a satellite passing as a
    # time, the ride's drop (하강하는 순간)
    *_no_place_no_move(_en(r"(?<![a-z])(?:we|i)\s+(?:head|headed|heading)\s+(?:back\s+)?(?:up|down|out|off|over)(?![a-z])"
                           r"|push(?:ed|es|ing)?\s+(?:it\s+|them\s+)?(?:right|all\s+the\s+way)\s+in(?![a-z])"
                           r"|(?:(?:^|(?<=[.,;]\s))|(?<=\bi\s)|(?<=\bwe\s)|(?<=\band\s))(?:looked|look|looking|gazed|glanced|peered|stared)\s+up\s+at(?![a-z])"
                           r"|(?:(?:^|(?<=[.,;]\s))|(?<=\bi\s)|(?<=\bwe\s)|(?<=\band\s))(?:looked|peered|stared|shone\s+(?:a|my)\s+torch)\s+(?:down|up|into)\s+(?:the|a)\s+(?:flue|chimney|pot|well|shaft|hole|drain|pipe|hatch)(?![a-z])")),
    (_en(r"(?:(?<![a-z])(?:i|we)\s+(?:got\s+|was\s+|were\s+)?|(?<![a-z])got\s+|(?<![a-z])been\s+)(?:moved|put|sat|seated|shifted)\s+(?:me\s+|us\s+)?(?:to|in|at|on)\s+the\s+(?:back|front)\s+(?:row|desk|bench|table|pew)s?(?:\s+of\s+the\s+(?:floor|office|room|hall|class|bus|church))?"
         r"|(?:van|car|truck|lorry|bus|ambulance|minibus|cab)'?s\s+back\s+doors?|(?:a|the)\s+(?:key|note)\s+up\s+top|the\s+(?:high|top|low|bottom)\s+(?:bit|end|register)\s+of\s+the\s+(?:keyboard|piano|keys|scale)|(?:plays|playing|played)\s+the\s+(?:high|low|top|bottom)\s+(?:bit|end|notes?|keys)"), "mask", {"nopos": True}),
    (r"(?:왼쪽|오른쪽)\s*으로\s*(?:꺾어서|꺾으면|돌아서)\s*(?:[가-힣]+\s*)?(?:번째|째)|(?:오른팔|왼팔|오른쪽\s*팔|왼쪽\s*팔|오른쪽\s*다리|왼쪽\s*다리)\s*(?:전체)?(?:에|에다|이)?\s*(?:[가-힣]+\s*)?(?:문신|타투|용\s*들어가)"
     , "mask", {"nopos": True}),
    *_no_place_no_move(r"위에서\s*(?:[가-힣]+\s*){0,2}?(?:라는|라고\s*하는)\s*(?:무전|연락|전화|지시)|(?:내려가는|올라가는|내려오는|올라오는)\s*길에|위성\s*(?:하나\s*)?지나갈\s*(?:때|무렵)|(?:하강|상승)(?:하는|할)\s*(?:순간|때)"),
    # (round 42, dev set 12fm) a ceiling "a mile high" (hyperbole), the back snug (a room's name), the sun that drops, a
    # speaker tucked into the pipework; Korean: a room's arched ceiling, the listener coming up to the surface
    (_en(r"(?:a\s+)?(?:ceiling|roof)\s+(?:miles|a\s+hundred\s+(?:feet|foot|metres|meters))\s+(?:high|up)|(?:the|our)\s+back\s+(?:snug|parlour|parlor|lounge)(?![a-z])"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(r"(?:the\s+)?sun\s+(?:drops|dropped|dropping|sets|set|setting|goes\s+down|went\s+down|sinks|sank|sinking)(?![a-z])")),
    (_en(r"tucked\s+(?:away\s+)?(?:into|in|under|behind)\s+the(?![a-z])"), "mmask", {}),
    (r"(?:아치|아치형|높은|낮은|돔|둥근|벽돌\s*아치)\s*천장(?:이라|이어서|이고|인데|이라서)", "mask", {"nopos": True}),
    *_no_place_no_move(r"수면\s*(?:에|으로|위로)\s*(?:다시\s*)?(?:올라왔|올라오|떠올랐|떠오르)(?:더니|니까|는데|자|고)?"),
    # (round 42, dev set 12fp) a line's name (the Up Fast, 상행선), a band that strikes up, riggers coming down off the truss,
    # climbs up a gully, two plots down (a distance), the listener on a car roof; Korean: lying on the floor, a trapeze
    # platform the listener stands on, bells "going up" (raised to ring)
    (_en(r"the\s+(?:up|down)\s+(?:fast|slow|main|relief|loop|line)(?![a-z])|(?:strikes?|struck|striking)\s+up(?![a-z])" + "|" + _PLOTS_DOWN_EN + r"(?:down|up)(?![a-z])"
         r"|(?:^|(?<=[.,;]\s))(?:i'?m\s+|we'?re\s+)?on\s+the\s+(?:car|lift|cab|van|train|bus)\s+roof(?![a-z])"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(r"(?<![a-z])(?:we|us|i)\s+(?:[a-z]+\s+)?(?:come|came|climb|climbed|get|got)\s+down\s+(?:off|from)\s+the\s+[a-z]+"
                           r"|(?:(?<=\bwe'd\s)|(?<=\bi'd\s)|(?<=\bwe\s)|(?<=\bi\s))(?:climbed|scrambled|walked|hiked|trudged)\s+(?:back\s+)?(?:up|down)\s+the\s+(?:gully|hill|ridge|slope|track|path|stream|valley|fell|mountain|scree|ghyll|gill)(?![a-z])")),
    (_en(r"bells?\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:going|gone|went|goes)\s+up(?![a-z])"), "mmask", {}),
    (r"바닥에\s*(?:누워|누운|엎드려|드러누워)|(?:공중그네|그네|다이빙대|사다리)\s*발판\s*위", "mask", {"nopos": True}),
    *_no_place_no_move(r"(?:상행선|하행선)\s*(?:첫차|막차|열차|기차|전철|화물차)?\s*(?:가\s*|이\s*)?(?:지나가고|지나간|지나갔|지나가)"),
    # (round 42, dev set 12fn) a level crossing's bells, the listener turning the head
    *_no_place_no_move(_en(r"(?:level\s+)?crossing\s+(?:bells?|lights|gates?|barriers?|keeper|alarms?)(?![a-z])")),
    (_en(r"turn(?:ed|s|ing)?\s+(?:my|our)\s+(?:head|heads)(?![a-z])"), "mmask", {}),
    # (round 42, dev set 12fq) sailing orders ("lean back", 뒤로 기대), a man "gone down" in a kitchen heard on the phone;
    # Korean: a caller's hurt leg, a skinned knee, a report "up" (위로 보고), the upper stems tied, ropes not to touch, stage
    # curtains lowered and raised, everyone told to go up
    (_en(r"(?<![a-z])lean(?:s|ed|t|ing)?\s+(?:right\s+|well\s+|way\s+)?back(?![a-z])"), "mask", {"nopos": True}),
    *_no_place_no_move(_en(r"(?:(?<='s\s)|(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))gone\s+down(?=\s+(?:in|on)\s+the\s)")),
    (r"뒤로\s*기대|위로\s*보고\s*(?:올리|올릴|드리|드릴|하|할|를)|(?:위쪽|아래쪽|윗|아랫)\s*(?:줄기|가지|잎|순)\s*(?:을|를)?\s*(?:묶|따|자르|치|정리)"
     r"|(?:왼쪽|오른쪽)\s*줄(?:은|을|는)\s*(?:건드리|만지|당기|풀)|(?:좌측|우측|왼쪽|오른쪽)\s*(?:다리|무릎|팔|발목|손목|어깨)(?:를|을|이|가|도)?\s*(?:다\s*)?(?:다치셨|다쳤|다친|까졌|까진|까져|긁혔|삐었)", "mask", {"nopos": True}),
    *_no_place_no_move(r"(?:앞막|뒷막|중간막|무대\s*막)\s*(?:을|를|은|는)?\s*(?:내리|올리|내렸|올렸)|다들\s*위로\s*올라가"),
    # (round 42, dev sets 12fs/12ft) a kitchen's pass, a roof throwing a sound back, the bottom of the grounds (a distance),
    # a wind that drops "till it drops"; Korean: a pitch that drops (음정이 떨어져), a high ceiling said of the room, a chapel
    # underground the listener is in, a row stretching off to one side (쭉 늘어선), metres apart (떨어진 데서)
    (_en(r"(?:the|on\s+the|at\s+the|by\s+the)\s+pass\s+(?:printer|ticket|tickets|bell|rail|lamp|lamps|lights?|screen)(?![a-z])|(?:till|until)\s+it\s+drops(?![a-z])"), "mmask", {}),
    (_en(r"(?:roof|ceiling|walls?|dome|canopy)\s+(?:was|is|were|are|kept|keeps)\s+(?:throwing|bouncing|reflecting|sending|bringing)\s+it\s+back"
         r"|(?:at|to|down\s+at|right\s+at)\s+the\s+bottom\s+of\s+the\s+(?:garden|gardens|grounds|school\s+grounds|field|playing\s+field|yard|drive|orchard|lane)(?![a-z])"), "mask", {"nopos": True}),
    *_no_place_no_move(r"음정(?:이|은|도)?\s*(?:자꾸\s*|계속\s*|살짝\s*)?(?:떨어|올라가|내려가|높아|낮아)"),
    (r"천장(?:이|은)?\s*(?:워낙\s*|너무\s*|엄청\s*|꽤\s*)?높(?:아|은(?!\s*(?:데|곳|쪽))|고|아서)|지하\s*(?:성당|예배당|교회|납골당|주차장)(?:이라|이어서|인데|이고|이라서)", "mask", {"nopos": True}),
    (r"(?:으로|로)\s*(?:쭉\s*|길게\s*)?늘어(?:선|서|진|져)|(?:미터|m|걸음)\s*(?:쯤|정도)?\s*떨어(?:진|져)\s*(?:데|곳|자리)", "mmask", {}),
    (r"(?:펌프|환풍기|모터|기계|팬|선풍기|발전기|세탁기|건조기|송풍기|컨베이어|엔진|믹서|제습기|가습기|에어컨|실외기|냉방기|보일러|히터)(?:가|이|들이|는|도)?\s*(?:[가-힣\d]+\s+){0,6}?돌아가(?:요|네|는\s*중|는데|고|서|니까|는)?(?![가-힣])", "mmask", {}),
    # (round 42, dev set 12fr) a chess clock's flag that falls; 고물 as junk for sale (not a ship's stern)
    (_en(r"flag\s+(?:falls|fell|has\s+fallen|drops|dropped)(?![a-z])"), "mmask", {}),
    (r"(?<![가-힣])고물\s*(?:삽니다|사요|팝니다|장수|상|수집|트럭|줍|주워)", "mask", {"nopos": True}),
    # (round 46, dev sets 12gk/12gl) the listener up a crane, a mast, a silo or on a roof (the sound is below: world.py)
    *((p, "mask", {"nopos": True}) for p in (LISTENER_UP_TALL_EN, LISTENER_UP_TALL_KO, LISTENER_ON_ROOF_EN, LISTENER_ON_ROOF_KO)),
    (_en(_LISTENER_IN_PLACE_EN), "mask", {"nopos": True}),  # (round 56, dev set 12ia) the listener down in a cellar, up in a loft
    # (round 46, dev sets 12gk/12gn/12gl) a sound that goes flat into the trees, an air pocket, "someone's left a ..." (the
    # verb); Korean: heard from a mountaintop, the listener busy in front of a kiln
    *_no_place_no_move(_en(r"(?:just\s+)?(?:goes|went|going|dies|died|dying|vanishes|vanished|disappears|disappeared|soaks?|soaked)\s+"
                           r"(?:flat\s+|straight\s+|right\s+|off\s+)?into\s+the\s+(?:trees|woods|forest|snow|fog|hedges?)(?![a-z])")),
    (_en(r"(?:in|into|inside)\s+(?:the|an|this|that)\s+air\s+pockets?"), "mask", {"nopos": True}),
    (r"(?:코앞|코\s*앞|귓가|바로\s*옆)(?=\s*(?:인\s*(?:것|거)\s*)?처럼)", "mask", {}),  # "코앞처럼 시끄러워": how loud, not where
    (r"(?:몰고|끌고|데리고|이끌고)\s*(?:내려|올라)(?:가|오|갔|왔)", "mmask", {}),  # "양 몰고 내려가는 아저씨": a herder walking downhill
    # (round 46, dev sets 12gk/12gn) where the listener is, said as what the place is like: "관측소 지하 창고는 콘크리트 통이라",
    # "벽돌 쌓은 우물 안이라", "트리하우스 다락 침대는", "뻥 뚫린 허공이라", "천장이 까마득한데", "The old underground reservoir under
    # the park is all stone columns"; a sound ringing off the rock (no rocking)
    (r"(?<![가-힣])(?:지하\s*[가-힣]{1,4}|다락\s*[가-힣]{0,4}|(?:우물|동굴|굴|터널|창고|지하실|다락방)\s*(?:안|속))\s*(?:은|는|이라|이라서|이어서|이니까|에선|에서는)(?![가-힣])"
     r"|허공(?:이라|이어서|이니까|이라서)|천장(?:이|은)?\s*(?:까마득|아득|엄청\s*높|높디높)", "mask", {"nopos": True}),
    (_en(r"underground\s+(?:[a-z]+\s+){0,2}?(?:reservoir|cistern|chamber|car\s+park|station|platform|lake|river|hall|vault|bunker|tunnel|cavern|cave|mine|church|chapel)"
         r"(?:\s+(?:under|beneath|below)\s+the\s+[a-z]+)?(?=\s+(?:is|was)\s+(?:all|a|an|just|one|full|mostly)\s)"), "mask", {"nopos": True}),
    (_en(r"(?:off|on|against|from)\s+the\s+rocks?(?![a-z])|(?:on|during|halfway\s+up)\s+the\s+(?:climb|descent)(?![a-z])"), "mmask", {}),
    # the listener under something, holding something in one hand, nearly dropping something: no place, no move (round 46)
    (r"(?<![가-힣])[가-힣]{1,8}\s*(?:바로\s*)?(?:밑|아래)에\s*(?:서\s*|앉아\s*|누워\s*)?(?:있는데|있어서|있으니까|있었는데)"
     r"|(?:오른손|왼손)(?:에|으로)\s*(?:[가-힣]+\s+)?[가-힣]+(?:을|를)?\s*(?:쥐|들|잡)(?:고|은\s*채)", "mask", {"nopos": True}),
    (_en(r"(?<![a-z])(?:i|we)\s+(?:nearly|almost|just\s+about|practically)\s+(?:dropped|fell|jumped|leapt)(?![a-z])"), "mmask", {}),
    (_en(r"(?<=,\sand\s)right(?=\s+(?:behind|beside|next\s+to|in\s+front|above|below|under|over)\s)"), "mask", {}),  # ", and right behind me": how near
    (_en(r"(?<![a-z])(?:the|underground|upper|lower|big|main|twin)\s+falls(?=\s+(?:take|takes|took|are|were|roar|roars|roared|roaring|thunder|thunders|fill|fills|drown|drowns|make|makes|made|is|was)(?![a-z]))"), "mmask", {}),  # a waterfall
    (_en(r"(?:(?<='s\s)|(?<=\bhas\s)|(?<=\bhave\s)|(?<='ve\s))left(?=\s+(?:a|an|the|his|her|their|its|my|our|some|it|them)\s)"), "mask", {}),
    (r"(?:산\s*)?(?:꼭대기|정상|산마루)\s*(?:[가-힣]+\s+){0,2}?[가-힣]*에서\s*(?:들으니까|들으면|들어\s*보면|듣는데|들어보니)", "mask", {"nopos": True}),
    (r"(?<![가-힣])(?!(?:왼쪽|오른쪽|좌측|우측|왼편|오른편|바로|내|제|정|우리)(?![가-힣]))[가-힣]{1,6}\s*앞에서\s+" + _KO_NO_SUBJECT_WORD + r"{0,2}?"
     r"[가-힣]+(?:고|며)\s*(?:있는데|있었는데|있을\s*때|있으면)", "mask", {"nopos": True}),
]

GROUPS = {
    "dir": "dir",
    "mask": "dir",
    "dist": "dist",
    "spread": "spread",
    "room": "room",
    "occl": "occl",
    "omask": "occl",
    "gain": "gain",
    "motion": "motion",
    "static": "motion",
    "still": "motion",
    "mmask": "motion",
    "speed": "speed",
    "clockwise": "clockwise",
}

ALL_ENTRIES: list[Entry] = (
    MASKS + DIRECTIONS + DISTANCES + SPREADS + ROOMS_TABLE + OCCLUSION + GAINS + MOTIONS_TABLE + SPEEDS + CLOCKWISE
)
_HANGUL = re.compile(r"[가-힣]")
COMPILED_KO: list[tuple[re.Pattern, str, dict]] = [
    (re.compile(p), kind, payload) for p, kind, payload in ALL_ENTRIES if _HANGUL.search(p)
]
"""Patterns with Korean words (run only on text containing Hangul)."""
COMPILED_EN: list[tuple[re.Pattern, str, dict]] = [
    (re.compile(p), kind, payload) for p, kind, payload in ALL_ENTRIES if not _HANGUL.search(p)
]
"""Patterns with English words (run only on text containing Latin letters)."""
COMPILED = COMPILED_KO + COMPILED_EN
"""Both, Korean first (the order the reader collects matches in); English from ``len(COMPILED_KO)`` on."""
SCREEN = ScreenedPatterns(p for p, _, _ in COMPILED)
"""The Korean then the English patterns, screened by the strings their matches need: a text is searched only
with the patterns it can match (most texts hold the required strings of a few dozen of the ~340)."""
