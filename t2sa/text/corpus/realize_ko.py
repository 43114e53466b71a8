"""Korean realisation: one sentence that states exactly what a :class:`~.plan.Plan` holds.

Korean puts the place before the verb and marks its role with a particle, so directions are nouns from
:mod:`.vocab_ko` plus a particle chosen here (에서 "at", 부터 "from", 으로 "to" ...), with the particle
forms that depend on the final consonant from :func:`t2sa.text.korean.josa`. Word order, endings
(해/한다/해요/합니다) and sentence shapes vary; modifiers go before the verb.

Every draw from ``rng`` happens in the same order with the same arguments as when the shipped model's corpus
was generated -- including draws whose result a branch then ignores -- so keep the order of calls, and of
``rng`` calls inside list literals, exactly as it is.
"""

from __future__ import annotations

import random

from t2sa.text.korean import josa

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
from .vocab_ko import (
    AFTERTHOUGHTS_KO,
    AZ_KO,
    AZ_SECONDARY_KO,
    CLOCKWISE_KO,
    COMPASS_KO,
    DIST_KO,
    EL_KO,
    FILLERS_KO,
    GAIN_KO,
    IMPERATIVE_KO,
    KO_NATIVE_HOURS,
    KO_ROLE_PARTICLES,
    KO_STATIC_ENDINGS,
    METAPHOR_KO,
    MOTION_KO,
    OBJECTS_KO,
    OCCLUSION_KO,
    PASS_BY_KO,
    PASS_SIDE_KO,
    ROOM_KO,
    SOURCES_KO,
    SPEED_KO,
    SPIRAL_KO,
    SPREAD_KO,
    TURNS_KO,
)

# a particle that repeats the noun's own ending (방향쪽에서, 왼쪽쪽으로) -> the plain particle
_PLAIN_PARTICLE = {"쪽에서": "에서", "편에서": "에서", "쪽으로": "으로", "방향으로": "으로"}


# -- directions and distances ----------------------------------------------------------------------
def _ko_attach(noun: str, role: str, rng: random.Random) -> str:
    """``noun`` + a particle for ``role``, avoiding doubled endings (쪽쪽, 방향쪽)."""
    p = rng.choice(KO_ROLE_PARTICLES[role])
    if noun.endswith(("방향", "도", "°", "위치", "지점")) and p.startswith(("쪽", "편", "방향")):
        p = _PLAIN_PARTICLE.get(p, p)
    if p.startswith("쪽") and (noun.endswith("쪽") or noun.endswith("편")):
        p = p[1:] if p != "쪽으로" else "으로"
    if p.startswith("편") and (noun.endswith("쪽") or noun.endswith("편")):
        p = "에서"
    if p == "으로":
        return josa(noun, "으로")
    if p == "을 향해":
        return josa(noun, "을") + " 향해"
    return noun + p


def _side_deg(rng: random.Random, spec: SideDeg) -> str:
    v = spec.deg
    side = rng.choice(["왼쪽", "좌측"]) if v > 0 else rng.choice(["오른쪽", "우측"])  # drawn even for 0
    n = abs(v)
    if n == 0:
        return "정면"
    return rng.choice([f"{side}으로 {n}도", f"{side} {n}도", f"{n}도 {side}", f"{side}으로 약 {n}도", f"{side} {n}° 방향",
                       f"{side}으로 {n}도 방향"])  # fmt: skip


def _clock(rng: random.Random, spec: Clock) -> str:
    h = spec.hour
    hs = KO_NATIVE_HOURS[h] + " " if rng.random() < 0.35 else str(h)
    return rng.choice([f"{hs}시 방향", f"{hs}시 방향", f"{hs}시 쪽"])


def _elev_deg(rng: random.Random, spec: ElevDeg) -> str:
    v = spec.deg
    word = rng.choice([f"위로 {v}도", f"{v}도 위", f"고도 {v}도"]) if v > 0 else rng.choice([f"아래로 {-v}도", f"{-v}도 아래"])
    if spec.side is not None:
        word = f"{ko_direction_noun(rng, spec.side)} {word}"
    return word


def ko_direction_noun(rng: random.Random, spec: DirectionSpec) -> str:
    """A Korean noun phrase for a direction, without its role particle."""
    match spec:
        case Azimuth(name):
            return rng.choice(AZ_KO[name])
        case Elevation(name):
            return rng.choice(EL_KO[name])
        case Compass(name):
            return COMPASS_KO[name][0]
        case AzEl(az_name, el_name):
            az = rng.choice(AZ_KO[az_name])
            el = rng.choice(EL_KO[el_name])
            return rng.choice([f"{az} {el}", f"{el} {az}", f"{az} {el}"])
        case Hedge(primary, secondary):
            prim = rng.choice(AZ_KO[primary])
            sec = rng.choice(AZ_SECONDARY_KO[secondary])
            return rng.choice([f"{prim}, 약간 {sec}", f"{prim} 살짝 {sec}", f"{prim} 조금 {sec}"])
        case SideDeg():
            return _side_deg(rng, spec)
        case Bearing(v):
            return rng.choice([f"{v}도 방향", f"약 {v}도", f"{v}도", f"방위각 {v}도", f"{v}° 방향"])
        case Clock():
            return _clock(rng, spec)
        case ElevDeg():
            return _elev_deg(rng, spec)
    raise TypeError(f"not a direction spec: {spec!r}")


def ko_direction(rng: random.Random, spec: DirectionSpec, role: str) -> str:
    """A Korean direction with its role particle ("at", "from" or "to")."""
    noun = ko_direction_noun(rng, spec)
    if isinstance(spec, (SideDeg, ElevDeg)) and role == "at" and rng.random() < 0.5:
        return noun + rng.choice(["", " 지점에서", " 쪽에서"])
    return _ko_attach(noun, role, rng)


def _word_dist(rng: random.Random, spec: WordDistance, role: str) -> str:
    w = rng.choice(DIST_KO[spec.name])
    adverb = w.endswith("이") or w.endswith("리")  # 가까이, 멀리, 멀찍이
    if role == "to":
        return w + "까지"
    if role == "from":
        return w + (rng.choice(["서", "서부터"]) if adverb else rng.choice(["에서", "에서부터"]))
    return w + ("" if adverb else rng.choice(["에서", "에서", "에"]))


def ko_dist(rng: random.Random, spec: DistanceSpec, role: str = "at") -> str:
    """Korean words for a distance in ``role`` ("at", "from" or "to")."""
    if isinstance(spec, WordDistance):
        return _word_dist(rng, spec, role)
    if not isinstance(spec, NumDistance):
        raise TypeError(f"not a distance spec: {spec!r}")
    v, unit = spec.value, spec.unit
    vs = fmt_num(v)
    metre = rng.choice(["미터", "m", " 미터"])  # both drawn whatever the unit, to keep the random stream
    centi = rng.choice(["센티", "cm", "센티미터"])
    u = {"m": metre, "cm": centi, "ft": "피트", "steps": "걸음"}[unit]
    if unit == "steps":
        vs = KO_NATIVE_HOURS.get(int(v), vs) + " "
    word = f"{vs}{u}"
    if role == "from":
        return f"{word} 떨어진 곳에서" if rng.random() < 0.5 else f"{word} 떨어진 곳에서부터"
    if role == "to":
        return f"{word} 거리까지" if rng.random() < 0.5 else f"{word}까지"
    return rng.choice([f"{word} 떨어진 곳에서", f"{word} 거리에서", f"{word} 떨어져서", f"약 {word} 거리에서",
                       f"{word} 떨어져 있는 곳에서", f"{word}쯤 떨어진 데서"])  # fmt: skip


# -- sentences -------------------------------------------------------------------------------------
def _modifiers(rng: random.Random, plan: Plan) -> str:
    """Modifiers before the verb -- distance, width, loudness, occlusion, room, reverb -- in random order."""
    mods: list[str] = []
    if plan.dist is not None and plan.motion not in RADIAL_MOTIONS:
        mods.append(ko_dist(rng, plan.dist))
    if plan.spread is not None:
        mods.append(rng.choice(SPREAD_KO[plan.spread]))
    if plan.gain is not None:
        mods.append(rng.choice(GAIN_KO[plan.gain]))
    if plan.gain_num is not None:
        g = plan.gain_num
        mods.append(rng.choice([f"{abs(g)}dB {'작게' if g < 0 else '크게'}", f"게인 {g:+d}dB로", f"{g:+d} dB로"]))
    if plan.occluded:
        mods.append(rng.choice(OCCLUSION_KO))
    if plan.room is not None:
        mods.append(rng.choice(ROOM_KO[plan.room]))
    if plan.wet_pct is not None:
        p = fmt_num(plan.wet_pct)
        mods.append(rng.choice([f"리버브 {p}%로", f"잔향 {p}퍼센트로", f"웻 {p}%", f"리버브를 {p}% 걸어서"]))
    if plan.rt60_num is not None:
        r = fmt_num(plan.rt60_num)
        mods.append(rng.choice([f"잔향 {r}초로", f"잔향 시간 {r}초", f"리버브 타임 {r}초로"]))
    rng.shuffle(mods)
    return " ".join(mods)


def realize_ko(rng: random.Random, plan: Plan) -> str:
    """A Korean sentence for ``plan`` (may set ``plan.style`` to the shape it chose)."""
    src, verb = rng.choice(SOURCES_KO)
    subj = josa(src, rng.choice(["이", "이", "은", "도"])) if rng.random() < 0.85 else src
    mods = _modifiers(rng, plan)
    if plan.motion:
        text = _motion_clause(rng, plan, subj, mods)
    else:
        text = _static_clause(rng, plan, src, subj, verb, mods)
    if rng.random() < 0.22:
        filler = rng.choice(FILLERS_KO)
        text = f"{filler} {text}" if rng.random() < 0.6 else f"{text}. {filler} 그래"
        restyle(plan, "long")
    if rng.random() < 0.08:
        text = f"{text}. {rng.choice(AFTERTHOUGHTS_KO)}"
        restyle(plan, "long")
    return text


def _join(*words: str) -> str:
    """Words with single spaces, empty ones dropped."""
    return " ".join(x for x in words if x)


def _placed_clause(rng: random.Random, plan: Plan, src: str, subj: str, mods: str, ending: str) -> str:
    """A static source at a stated direction, in one of several sentence shapes."""
    where = ko_direction(rng, plan.start, "at")
    r = rng.random()
    if r < 0.4:
        return _join(where, subj, mods, ending)
    if r < 0.6:
        return _join(subj, where, mods, ending)
    if r < 0.75:
        obj = josa(rng.choice(OBJECTS_KO), "을")
        noun = ko_direction_noun(rng, plan.start)
        place = noun + (rng.choice(["에", "쪽에", "에서"]) if not noun.endswith(("쪽", "편", "방향", "도", "°")) else "에")
        restyle(plan, "paraphrase")
        return _join(obj, place, mods, rng.choice(IMPERATIVE_KO))
    if r < 0.83:
        restyle(plan, "fragment")
        return _join(where, mods, f"들리는 {src} 소리" if not src.endswith("소리") else f"들리는 {src}")
    if r < 0.88:
        noun = ko_direction_noun(rng, plan.start)
        return rng.choice([
            f"{josa(src, '이')} {noun}에 있는 것 같아", f"{noun} 어딘가에서 {src} 소리가 들리는 것 같아",
            f"{noun}에 {josa(src, '이')} 있어", f"{src} 소리가 {noun}{rng.choice(['에서', '쪽에서'])} 나는 것 같아요",
        ]) + (" " + mods if mods else "")  # fmt: skip
    restyle(plan, "paraphrase")
    return _join(f"소리의 위치는 {ko_direction_noun(rng, plan.start)}", mods) + rng.choice(["이야", "야", "입니다", ""])


def _static_clause(rng: random.Random, plan: Plan, src: str, subj: str, verb: str, mods: str) -> str:
    ending = verb if rng.random() < 0.5 else rng.choice(KO_STATIC_ENDINGS)
    if plan.start is None:
        text = _join(subj, mods, ending)
        if plan.static_said:
            text += " " + rng.choice(MOTION_KO["static"])
        return text
    if plan.metaphor:
        return _join(rng.choice(METAPHOR_KO[plan.start]), subj, mods, ending)
    text = _placed_clause(rng, plan, src, subj, mods, ending)
    if plan.static_said:
        text += " " + rng.choice(["그리고 " + rng.choice(MOTION_KO["static"]), rng.choice(MOTION_KO["static"])])
    return text


# -- moving sources: one builder per motion family, returning the words before the timing ----------
def _radial(rng: random.Random, plan: Plan, subj: str, mods: str, speed: str) -> list[str]:
    m = plan.motion
    where = ko_direction(rng, plan.start, "from" if m == "approach" else rng.choice(["at", "to", "from"])) if plan.start else ""
    d0 = ko_dist(rng, plan.dist, "from") if plan.dist is not None else ""
    d1 = ko_dist(rng, plan.end_dist, "to") if plan.end_dist is not None else ""
    order = [where, subj, d0, d1] if rng.random() < 0.6 else [subj, where, d0, d1]
    return order + [mods, speed, rng.choice(MOTION_KO[m])]


def _pass(rng: random.Random, plan: Plan, subj: str, mods: str, speed: str) -> list[str]:
    if plan.side_only:
        place = rng.choice(PASS_SIDE_KO[plan.start.name])
        how = rng.choice([josa(place, "을") + " 스쳐", josa(place, "을") + " 지나", place + "에서 스쳐"])
        return [subj, how, mods, speed, rng.choice(PASS_BY_KO)]
    a = ko_direction(rng, plan.start, "from") if plan.start is not None else ""
    b = ko_direction(rng, plan.end, "to") if plan.end is not None else ""
    if a and b and rng.random() < 0.25:
        return [subj, a, mods, speed, rng.choice(["출발해서", "시작해서"]), b, rng.choice(MOTION_KO["pass"])]
    return ([a, subj] if rng.random() < 0.5 else [subj, a]) + [b, mods, speed, rng.choice(MOTION_KO["pass"])]


def _round_where(rng: random.Random, plan: Plan) -> str:
    """Where an orbit or spiral is: around a height (을), or starting from a side (에서 시작해서)."""
    noun = ko_direction_noun(rng, plan.start)
    is_el = isinstance(plan.start, Elevation)
    if is_el and plan.motion == "orbit" and rng.random() < 0.5:
        return josa(noun, "을")
    return _ko_attach(noun, "at", rng) + (" 시작해서" if not is_el else "")


def _round(rng: random.Random, plan: Plan, subj: str, mods: str, speed: str) -> list[str]:
    m = plan.motion
    v = rng.choice(MOTION_KO[m])
    heading = spiral_heading(plan) if m == "spiral" else None
    v = rng.choice(SPIRAL_KO[heading]) if heading else v
    extra = []
    if plan.clockwise is not None:
        extra.append(rng.choice(CLOCKWISE_KO[plan.clockwise]))
    if plan.turns is not None:
        extra.append(rng.choice(TURNS_KO[plan.turns]))
        v = "돌아" if v.startswith("한 바퀴") else v  # the turns already say "한 바퀴"
    where = _round_where(rng, plan) if plan.start is not None else ""
    words = [subj, where, mods, speed] + extra + [v]
    if m == "orbit" and plan.vtrend:
        words.append(rng.choice(["점점 올라가"] if plan.vtrend > 0 else ["점점 내려와"]))
    return words


def _vertical_where(rng: random.Random, plan: Plan) -> str:
    if not isinstance(plan.start, Elevation):
        return ko_direction(rng, plan.start, "at")
    where = ko_direction(rng, plan.start, "from")
    if plan.end is not None:
        where += " " + ko_direction(rng, plan.end, "to")
    return where


def _vertical(rng: random.Random, plan: Plan, subj: str, mods: str, speed: str) -> list[str]:
    where = _vertical_where(rng, plan) if plan.start is not None else ""
    return [where, subj, mods, speed, rng.choice(MOTION_KO[plan.motion])]


def _swing(rng: random.Random, plan: Plan, subj: str, mods: str, speed: str) -> list[str]:
    where = ko_direction(rng, plan.start, "at") if plan.start is not None else ""
    turns = rng.choice(["여러 번", f"{KO_NATIVE_HOURS[int(plan.turns)]} 번"]) if plan.turns else ""
    return [where, subj, mods, speed, turns, rng.choice(MOTION_KO[plan.motion])]


_MOTION_CLAUSES = {
    **dict.fromkeys(RADIAL_MOTIONS, _radial),
    "pass": _pass,
    **dict.fromkeys(ROUND_MOTIONS, _round),
    **dict.fromkeys(VERTICAL_MOTIONS, _vertical),
    **dict.fromkeys(SWING_MOTIONS, _swing),
}


def _motion_clause(rng: random.Random, plan: Plan, subj: str, mods: str) -> str:
    speed = rng.choice(SPEED_KO[plan.speed]) if plan.speed else ""
    parts: list[str] = []
    if plan.delay_s:
        d = plan.delay_s
        parts.append(rng.choice([f"{d:g}초 후에", f"{d:g}초 뒤에", f"{d:g}초 있다가"]))
    parts += _MOTION_CLAUSES[plan.motion](rng, plan, subj, mods, speed)
    # distance trend, duration and period go just before the verb
    if plan.motion not in (*RADIAL_MOTIONS, "spiral") and plan.trend:
        parts.insert(-1, rng.choice(["점점 가까워지며", "가까워지면서", "다가오면서"] if plan.trend < 0 else ["점점 멀어지며", "멀어지면서"]))
    if plan.motion_s:
        s = plan.motion_s
        parts.insert(-1, rng.choice([f"{s:g}초 동안", f"{s:g}초에 걸쳐", f"{s:g}초 만에"]))
    if plan.period_s:
        parts.insert(-1, rng.choice([f"{plan.period_s:g}초마다 한 바퀴씩", f"{plan.period_s:g}초마다"]))
    return _join(*parts)
