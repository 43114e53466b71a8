"""English realisation: one sentence that states exactly what a :class:`~.plan.Plan` holds.

Directions are worded by role ("at" a place, "from" a start, "to" an end) from :mod:`.vocab_en`; a static
sentence is one of several shapes (plain, fronted, imperative, fragment, paraphrase, simile), a moving one is
built per motion family; trailing modifiers (distance, width, room, loudness) and fillers are attached last.

Every draw from ``rng`` happens in the same order with the same arguments as when the shipped model's corpus
was generated -- including draws whose result a branch then ignores -- so keep the order of calls, and of
``rng`` calls inside list literals, exactly as it is.
"""

from __future__ import annotations

import random

from .concepts import RADIAL_MOTIONS, ROUND_MOTIONS, SWING_MOTIONS, VERTICAL_MOTIONS
from .plan import Plan, restyle, spiral_heading
from .specs import (
    AzEl,
    Azimuth,
    Bearing,
    Clock,
    Compass,
    DirectionSpec,
    DistanceSpec,
    Elevation,
    ElevDeg,
    Hedge,
    NumDistance,
    SideDeg,
    WordDistance,
    fmt_num,
)
from .vocab_en import (
    AFTERTHOUGHTS_EN,
    AZ_EN,
    AZ_SECONDARY_EN,
    CLOCKWISE_EN,
    COMPASS_EN,
    DIST_EN,
    EL_EN,
    EN_NUMBER_WORDS,
    FILLERS_EN,
    GAIN_EN,
    GENERIC_VERBS_EN,
    IMPERATIVE_EN,
    INTRO_EN,
    METAPHOR_EN,
    MOTION_EN,
    OBJECTS_EN,
    OCCLUSION_EN,
    PASS_SIDE_EN,
    PASS_WHERE_EN,
    ROOM_EN,
    SOURCES_EN,
    SPEED_EN,
    SPIRAL_EN,
    SPREAD_EN,
    TURNS_EN,
)

_ROLE_PREFIX = {"at": "", "from": "from ", "to": "to "}


# -- directions and distances ----------------------------------------------------------------------
def _azel(rng: random.Random, spec: AzEl, role: str) -> str:
    az_words, el_words = AZ_EN[spec.az], EL_EN[spec.el]
    az = rng.choice(az_words["at"])
    el = rng.choice(el_words["at"])
    if role == "from":
        return rng.choice([f"from {el}, {az}", f"{rng.choice(el_words['from'])}, {az}",
                           f"{rng.choice(az_words['from'])}, {el}"])  # fmt: skip
    if role == "to":
        return rng.choice([f"{rng.choice(az_words['to'])} and {rng.choice(el_words['to'])}",
                           f"{rng.choice(el_words['to'])}, {az}"])  # fmt: skip
    return rng.choice([f"{az}, {el}", f"{el} {az}", f"{el}, {az}", f"{az} and {el}", f"{az}, {el}"])


def _hedge(rng: random.Random, spec: Hedge, role: str) -> str:
    prim = rng.choice(AZ_EN[spec.primary][role])
    sec = rng.choice(AZ_SECONDARY_EN[spec.secondary])
    return rng.choice([f"{prim}, slightly {sec}", f"{prim} but a little {sec}", f"{prim}, a bit {sec}",
                       f"{prim} and slightly {sec}"])  # fmt: skip


def _side_deg(rng: random.Random, spec: SideDeg) -> str:
    side = "left" if spec.deg > 0 else "right"
    n = abs(spec.deg)
    if n == 0:
        return "straight ahead"
    ns = EN_NUMBER_WORDS.get(n) if rng.random() < 0.15 else None
    ns = ns or fmt_num(n)
    deg = rng.choice(["degrees", "°", " degrees", "deg"]).lstrip()
    sep = "" if deg == "°" else " "
    return rng.choice([f"{ns}{sep}{deg} to the {side}", f"{ns}{sep}{deg} {side}", f"{side} {ns}{sep}{deg}",
                       f"about {ns} degrees off to your {side}", f"{ns} degrees to your {side}",
                       f"{ns}{sep}{deg} to the {side} of center"])  # fmt: skip


def _clock(rng: random.Random, spec: Clock) -> str:
    h = spec.hour
    hs = EN_NUMBER_WORDS[h] if rng.random() < 0.4 else str(h)
    return rng.choice([f"at {hs} o'clock", f"{hs} o'clock", f"in the {hs} o'clock position",
                       f"at your {hs} o'clock", f"{hs} o'clock direction"])  # fmt: skip


def _elev_deg(rng: random.Random, spec: ElevDeg) -> str:
    v = spec.deg
    updown = "up" if v > 0 else "down"
    word = rng.choice([f"{abs(v)} degrees {updown}", f"{abs(v)} degrees {'above' if v > 0 else 'below'} ear level",
                       f"at {abs(v)} degrees elevation" if v > 0 else f"{abs(v)} degrees below",
                       f"elevated {abs(v)} degrees" if v > 0 else f"{abs(v)}° down"])  # fmt: skip
    if spec.side is not None:
        side = en_direction(rng, spec.side, "at")
        word = rng.choice([f"{side} and {word}", f"{word}, {side}"])
    return word


def en_direction(rng: random.Random, spec: DirectionSpec, role: str) -> str:
    """English words for a direction in ``role`` ("at", "from" or "to")."""
    match spec:
        case Azimuth(name):
            return rng.choice(AZ_EN[name][role])
        case Elevation(name):
            return rng.choice(EL_EN[name][role])
        case Compass(name):
            word = rng.choice(COMPASS_EN[name]).replace("the ", "")
            return {"at": f"to the {word}", "from": f"from the {word}", "to": f"toward the {word}"}[role]
        case AzEl():
            return _azel(rng, spec, role)
        case Hedge():
            return _hedge(rng, spec, role)
        case SideDeg():
            return _ROLE_PREFIX[role] + _side_deg(rng, spec)
        case Bearing(v):
            return _ROLE_PREFIX[role] + rng.choice([f"at {v} degrees", f"{v}°", f"at a bearing of {v}",
                                                    f"at azimuth {v}", f"around {v} degrees", f"{v} degrees"])
        case Clock():
            return _ROLE_PREFIX[role] + _clock(rng, spec)
        case ElevDeg():
            return _ROLE_PREFIX[role] + _elev_deg(rng, spec)
    raise TypeError(f"not a direction spec: {spec!r}")


def _word_dist(rng: random.Random, spec: WordDistance, role: str) -> str:
    w = rng.choice(DIST_EN[spec.name])
    if role == "from":
        return rng.choice([f"from {w}", f"from {w}"]) if not w.startswith("from") else w
    if role == "to":
        up_to = f"right up to {w}" if spec.name == "ear" else f"to {w}"
        return rng.choice([f"until it is {w}", f"until it's {w}", up_to])
    return w


def _number_with_unit(rng: random.Random, v: float, unit: str) -> str:
    vs = fmt_num(v)
    if unit == "m":
        u = rng.choice(["metres", "meters", "m", " m"]).strip() if v != 1 else rng.choice(["metre", "meter", "m"])
        sep = "" if u == "m" and rng.random() < 0.5 else " "
        return f"{vs}{sep}{u}"
    if unit == "cm":
        return f"{vs} {rng.choice(['cm', 'centimeters', 'centimetres'])}"
    if unit == "ft":
        return f"{vs} {rng.choice(['feet', 'ft'])}" if v != 1 else "1 foot"
    return f"{EN_NUMBER_WORDS.get(int(v), vs)} {'step' if v == 1 else 'steps'}"


def en_dist(rng: random.Random, spec: DistanceSpec, role: str = "at") -> str:
    """English words for a distance in ``role`` ("at", "from" or "to")."""
    if isinstance(spec, WordDistance):
        return _word_dist(rng, spec, role)
    if not isinstance(spec, NumDistance):
        raise TypeError(f"not a distance spec: {spec!r}")
    word = _number_with_unit(rng, spec.value, spec.unit)
    if role == "from":
        return rng.choice([f"from {word} away", f"from {word} out", f"starting {word} away"])
    if role == "to":
        return rng.choice([f"to within {word}", f"until it is {word} away", f"to {word} from you"])
    return rng.choice([f"{word} away", f"about {word} away", f"{word} from you", f"at {word}", f"{word} off"])


# -- sentences -------------------------------------------------------------------------------------
def _modifiers(rng: random.Random, plan: Plan) -> list[str]:
    """Trailing modifiers -- distance, width, loudness, occlusion, room, reverb -- in random order."""
    mods: list[str] = []
    if plan.dist is not None and plan.motion not in RADIAL_MOTIONS:
        mods.append(en_dist(rng, plan.dist))
    if plan.spread is not None:
        mods.append(rng.choice(SPREAD_EN[plan.spread]))
    if plan.gain is not None:
        mods.append(rng.choice(GAIN_EN[plan.gain]))
    if plan.gain_num is not None:
        g = plan.gain_num
        mods.append(rng.choice([f"at {g:+d} dB", f"{abs(g)} dB {'quieter' if g < 0 else 'louder'}", f"gain {g:+d} dB"]))
    if plan.occluded:
        mods.append(rng.choice(OCCLUSION_EN))
    if plan.room is not None:
        mods.append(rng.choice(ROOM_EN[plan.room]))
    if plan.wet_pct is not None:
        p = fmt_num(plan.wet_pct)
        mods.append(rng.choice([f"{p}% wet", f"with {p}% reverb", f"reverb at {p}%", f"wet mix {p} percent",
                                f"{p} percent reverb"]))  # fmt: skip
    if plan.rt60_num is not None:
        r = fmt_num(plan.rt60_num)
        mods.append(rng.choice([f"with a {r}-second reverb", f"RT60 {r} s", f"reverb time {r} seconds",
                                f"with {r} seconds of reverb"]))  # fmt: skip
    rng.shuffle(mods)
    return mods


def _attach(rng: random.Random, text: str, mod: str) -> str:
    """``mod`` after a comma, after a space, or fronted."""
    r = rng.random()
    if r < 0.6:
        return f"{text}, {mod}"
    if r < 0.8:
        return f"{text} {mod}"
    return f"{mod[0].upper() + mod[1:]}, {text[0].lower() + text[1:] if not text.startswith('I ') else text}"


def realize_en(rng: random.Random, plan: Plan) -> str:
    """An English sentence for ``plan`` (may set ``plan.style`` to the shape it chose)."""
    src, verb = rng.choice(SOURCES_EN)
    if rng.random() < 0.15:
        verb = rng.choice(GENERIC_VERBS_EN)
    mods = _modifiers(rng, plan)
    text = _motion_clause(rng, plan, src) if plan.motion else _static_clause(rng, plan, src, verb)
    for m in mods:
        text = _attach(rng, text, m)
    if rng.random() < 0.22:
        filler = rng.choice(FILLERS_EN)
        text = f"{text}, {filler}" if rng.random() < 0.6 else f"{filler[0].upper() + filler[1:]}, {text}"
        restyle(plan, "long")
    if rng.random() < 0.08:  # a second, non-spatial sentence
        text = f"{text}. {rng.choice(AFTERTHOUGHTS_EN)}"
        restyle(plan, "long")
    return text


def _placed_clause(rng: random.Random, plan: Plan, src: str, verb: str) -> str:
    """A static source at a stated direction, in one of several sentence shapes."""
    at = en_direction(rng, plan.start, "at")
    frm = en_direction(rng, plan.start, "from") if isinstance(plan.start, (Azimuth, Elevation, Compass)) else None
    r = rng.random()
    if r < 0.35:
        return f"{src} {verb} {at}"
    if r < 0.5:
        return f"{at[0].upper() + at[1:]}, {src} {verb}"
    if r < 0.62 and frm:
        return f"{src} {rng.choice(['comes', 'can be heard', 'is coming', 'sounds', 'rings out', 'is heard'])} {frm}"
    if r < 0.74:
        obj = rng.choice(OBJECTS_EN)  # drawn before the verb
        text = f"{rng.choice(IMPERATIVE_EN)} {obj} {at}"
        restyle(plan, "paraphrase")
        return f"please {text}" if rng.random() < 0.3 else text
    if r < 0.8:
        return f"{rng.choice(INTRO_EN)} {src} {at}"
    if r < 0.84:
        return rng.choice([f"{src} seems to be {at}", f"it sounds like {src} is {at}", f"{src} is somewhere {at}",
                           f"the sound of {src} comes {frm or at}", f"{src} {verb}, and it is {at}",
                           f"you can hear {src} {at}"])  # fmt: skip
    if r < 0.92:
        restyle(plan, "fragment")
        return f"{src}, {at}"
    restyle(plan, "paraphrase")
    return f"the sound source is {at}"


def _static_clause(rng: random.Random, plan: Plan, src: str, verb: str) -> str:
    if src in ("it", "the sound", "the noise") and rng.random() < 0.7:
        src = "a voice"
    if plan.start is None:
        bare = src.replace("a ", "").replace("the ", "")
        text = rng.choice([f"{src} {verb}", f"{src} {verb}", f"the sound of {bare}", f"{rng.choice(INTRO_EN)} {src}"])
    elif plan.metaphor:
        return f"{src} {verb}, {rng.choice(METAPHOR_EN[plan.start])}"
    else:
        text = _placed_clause(rng, plan, src, verb)
    if plan.static_said:
        text += " and " + rng.choice(MOTION_EN["static"])
    return text


# -- moving sources: one clause builder per motion family ------------------------------------------
def _radial(rng: random.Random, plan: Plan, src: str, speed: str, speed_front: bool) -> str:
    m = plan.motion
    v = rng.choice(MOTION_EN[m])
    parts = [f"{src}{speed if speed_front else ''} {v}{'' if speed_front else speed}"]
    if plan.start is not None:
        role = rng.choice(["from", "at"]) if m == "approach" else rng.choice(["at", "to", "from"])
        parts.append(en_direction(rng, plan.start, role))
    if plan.dist is not None:
        parts.append(en_dist(rng, plan.dist, "from"))
    if plan.end_dist is not None:
        parts.append(en_dist(rng, plan.end_dist, "to"))
    return " ".join(parts[:2]) + "".join(f" {p}" if rng.random() < 0.6 else f", {p}" for p in parts[2:])


def _pass(rng: random.Random, plan: Plan, src: str, speed: str, speed_front: bool) -> str:
    if plan.side_only:
        where = rng.choice(PASS_WHERE_EN[plan.start.name])
        return f"{src}{speed} {rng.choice(PASS_SIDE_EN)} {where}"
    v = rng.choice(MOTION_EN["pass"])
    a = en_direction(rng, plan.start, "from") if plan.start is not None else None
    b = en_direction(rng, plan.end, "to") if plan.end is not None else None
    if a and b:
        r = rng.random()
        if r < 0.6:
            return f"{src}{speed} {v} {a} {b}"
        if r < 0.8:
            return f"{src} starts {en_direction(rng, plan.start, 'at')} and{speed} {v} {b}"
        return f"{src}{speed} {rng.choice(['pans', 'moves', 'sweeps'])} {a} over {b}"
    if a:
        return f"{src}{speed} {rng.choice(['passes', 'flies past', 'passes by', 'sweeps past', 'crosses'])} {a}"
    return f"{src}{speed} {rng.choice(['moves', 'pans', 'travels', 'shifts', 'slides'])} {b}"


def _round(rng: random.Random, plan: Plan, src: str, speed: str, speed_front: bool) -> str:
    m = plan.motion
    v = rng.choice(MOTION_EN[m])
    heading = spiral_heading(plan) if m == "spiral" else None
    v = rng.choice(SPIRAL_EN[heading]) if heading else v
    extra = []
    if plan.clockwise is not None:
        extra.append(rng.choice(CLOCKWISE_EN[plan.clockwise]))
    if plan.turns is not None:
        extra.append(rng.choice(TURNS_EN[plan.turns]))
    text = f"{src}{speed} {v}" + "".join(f" {e}" for e in extra)
    if isinstance(plan.start, Elevation):
        text += " " + en_direction(rng, plan.start, "at")
    elif plan.start is not None:
        text += " " + f"starting {en_direction(rng, plan.start, 'at')}"
    if m == "orbit" and plan.vtrend:
        text += rng.choice([" while rising", " and rises as it goes"] if plan.vtrend > 0 else
                           [" while sinking down", " and slowly descends"])  # fmt: skip
    return text


def _vertical(rng: random.Random, plan: Plan, src: str, speed: str, speed_front: bool) -> str:
    text = f"{src}{speed} {rng.choice(MOTION_EN[plan.motion])}"
    if plan.start is None:
        return text
    if not isinstance(plan.start, Elevation):
        return text + " " + en_direction(rng, plan.start, "at")
    text += " " + en_direction(rng, plan.start, "from")
    if plan.end is not None:
        text += " " + en_direction(rng, plan.end, "to")
    return text


def _swing(rng: random.Random, plan: Plan, src: str, speed: str, speed_front: bool) -> str:
    text = f"{src}{speed} {rng.choice(MOTION_EN[plan.motion])}"
    if plan.start is not None:
        text += " " + en_direction(rng, plan.start, "at")
    if plan.turns is not None:
        text += f" {rng.choice(TURNS_EN[plan.turns])}"
    return text


_MOTION_CLAUSES = {
    **dict.fromkeys(RADIAL_MOTIONS, _radial),
    "pass": _pass,
    **dict.fromkeys(ROUND_MOTIONS, _round),
    **dict.fromkeys(VERTICAL_MOTIONS, _vertical),
    **dict.fromkeys(SWING_MOTIONS, _swing),
}


def _timing(rng: random.Random, plan: Plan, text: str) -> str:
    """Distance trend, duration, period and delay, as the plan states them."""
    if plan.motion not in (*RADIAL_MOTIONS, "spiral") and plan.trend:
        text += rng.choice([", getting closer", " as it comes closer", " while approaching"] if plan.trend < 0 else
                           [", getting farther away", " as it moves away", " while receding"])  # fmt: skip
    if plan.motion_s:
        s = plan.motion_s
        text += rng.choice([f" over {s:g} seconds", f" in {s:g} seconds", f" within {s:g} s",
                            f" over the course of {s:g} seconds"])  # fmt: skip
    if plan.period_s:
        text += rng.choice([f" every {plan.period_s:g} seconds", f", one turn every {plan.period_s:g} s",
                            f", {plan.period_s:g} seconds per lap"])  # fmt: skip
    if plan.delay_s:
        text = rng.choice([f"after {plan.delay_s:g} seconds, {text}", f"{text} after {plan.delay_s:g} seconds"])
    return text


def _motion_clause(rng: random.Random, plan: Plan, src: str) -> str:
    speed = f" {rng.choice(SPEED_EN[plan.speed])}" if plan.speed else ""
    speed_front = rng.random() < 0.3 and bool(speed)
    text = _MOTION_CLAUSES[plan.motion](rng, plan, src, speed, speed_front)
    return _timing(rng, plan, text)
