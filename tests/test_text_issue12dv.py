"""Issue 12, thirty-second round: what the development sets ``dev_issue12dv`` to ``dev_issue12dy`` showed, tested on
sentences of my own. Direction words about something else (the listener's own way, a call returned, a sore leg, a turn
signal, a lost earbud, "up all night"); distances said in everyday words (the far end of a road, across the landing,
out on the marshes, 논 너머, across the harbour); a way in told by how a sound grows clearer (점점 또렷해져); corrections
and denials (a named thing at a place denied, "no, sorry, the right one", a side said halfway); moves told with "pulled
out at A and stopped at B", arrows between corners, a Korean lap that comes home; no usual height for a sound all
around or "somewhere". Each case failed before this round (dedd205) unless marked as a guard; the comment says what came
out then."""

from __future__ import annotations

import pytest
from support.text import end, moves_between, rules_params, trend
from support.text import off as _off


@pytest.mark.parametrize(
    "text",
    [
        "I took a left onto the ring road and somewhere a siren was wailing.",  # 90
        "Call you back in five, the kettle's whistling.",  # guard
        "I'm really behind on my marking and the radiator keeps ticking.",  # 180
        "Up all night with the baby and the fridge humming away.",  # guard (the network's guess passed "up")
        "위로 좀 해줘 밤새 어디서 개가 짖었어",  # el 45
        "왼쪽 종아리 저려서 깼는데 시계 소리만 째깍째깍",  # 90
        "오른쪽 깜빡이 넣고 차선 바꾸는데 사이렌이 울렸어",  # -90
        "왼쪽 이어폰 잃어버려서 그냥 스피커로 들어",  # 90
    ],
)
def test_direction_words_about_something_else_are_no_place(text: str) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("A lorry reversing at the far end of our road.", 50.0, 400.0),  # 20 m
        ("The telly's on in the flat across the landing.", 3.0, 20.0),  # guard
        ("Geese honking out on the marshes.", 100.0, 3000.0),  # 1.5 m
        ("논 너머에서 경운기 소리가 들려", 100.0, 3000.0),  # 2 m
        ("A dog barking across the bay.", 500.0, 5000.0),  # 300 m, below most writers' bands
        ("바로 옆 공장에서 기계 돌아가는 소리", 10.0, 100.0),  # 1.5 m
        ("A car alarm going off across the street, over on my right.", 10.0, 100.0),  # receded from 1 m
    ],
)
def test_distances_said_in_everyday_words(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


def test_an_alarm_going_off_across_the_street_does_not_recede() -> None:
    assert rules_params("A car alarm going off across the street, over on my right.").motion == "static"  # recede


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("왼쪽 바다에서 뱃소리가 희미하다가 점점 또렷해져", 90.0),  # guard
        ("소리가 점점 선명해짐", 0.0),  # static
    ],
)
def test_a_korean_sound_growing_clearer_comes_closer(text: str, side: float) -> None:
    assert trend(text) == "closer" and _off(rules_params(text).azimuth_deg, side) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("종소리가 뒤에서 들리다가 점점 커지더니 오른쪽 바로 옆에서 울렸어", 180.0, -90.0),  # 135 static
        ("트럭이 앞에서 오더니 제 왼쪽에 서더라구요", 0.0, 90.0),  # 45 static
        ("The van pulled out at my front-left and stopped at my back-left.", 45.0, 135.0),  # 90 static
        ("A scooter shot out on my right and cut straight across to the far pavement on my left.", -90.0, 90.0),  # static
        ("A dinghy came round from the bow and is now bobbing off our port side.", 0.0, 90.0),  # 90 static
        ("드론 왼쪽 앞 → 오른쪽 뒤로 이동", 45.0, -135.0),  # 45 -> -90 (the arrow split the corner)
        ("차를 오른쪽 뒤에서 빼가지고 오른쪽 앞에 대놨어요", -135.0, -45.0),  # -90 static
        ("The drone started on my right and headed over to the left.", -90.0, 90.0),  # static
        ("고양이가 왼쪽에서 울기 시작해서 뒤쪽으로 돌아가더니 오른쪽 담장에서 울음을 그쳤어", 90.0, 270.0),  # guard
    ],
)
def test_moves_told_in_everyday_words(text: str, start: float, stop: float) -> None:
    assert moves_between(text, start, stop)


def test_a_truck_coming_down_an_aisle_straight_at_me_approaches_at_ear_level() -> None:
    text = "A truck's coming down aisle 3 straight at me from the front."
    p = rules_params(text)
    assert trend(text) == "closer" and abs(p.elevation_deg) <= 1.0 and abs(end(p)[1]) <= 1.0  # a fall from 60


def test_a_baby_carried_out_recedes() -> None:
    assert trend("The baby was crying in front of me until her dad carried her out to the car.") == "farther"  # none


def test_a_korean_lap_that_comes_home_starts_where_it_ends() -> None:
    p = rules_params("강아지가 내 주위를 한 바퀴 돌고 원래 있던 왼쪽으로 돌아왔어")
    assert p.motion == "orbit" and _off(p.azimuth_deg, 90.0) <= 1.0 and _off(end(p)[0], 90.0) <= 1.0  # from the front


def test_a_boat_that_slowly_fell_behind_is_no_fall() -> None:
    text = "A narrowboat on my left slowly fell behind us and faded away."
    assert abs(rules_params(text).elevation_deg) <= 1.0 and trend(text) == "farther"  # a fall from 60


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The noise is directly behind my position, over.", 180.0),  # 0
        ("Contact is left-rear, not left-front, over.", 135.0),  # 180 ("is left" read as a verb)
        ("Kick's coming through the left monitor, no, sorry, the right one.", -90.0),  # 90
        ("Is that the right one?", 0.0),  # guard: "the right one" is the correct one
        ("앞에 스피커 아니고요, 오른쪽 벽 쪽에서 나요", -90.0),  # -45
        ("뒤에 세탁기 말고 왼쪽 창밖 공사 소리도 말고, 오른쪽 방 안에서 삑삑거려", -90.0),  # 180 (the first denied only)
        ("초인종 소리 오른쪽 문 아닌 것 같은데... 왼쪽 문이야", 90.0),  # -90
        ("Left-ish, but not fully left, more like halfway between my left and the back.", 135.0),  # 112
        ("오른쪽이긴 한데 완전 옆은 아니고 오른쪽이랑 앞 사이 딱 중간", -45.0),  # -68
    ],
)
def test_corrections_denials_and_a_side_said_halfway(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


def test_a_place_pointed_back_at_and_denied_keeps_no_height() -> None:
    p = rules_params("위층에서 소리 난다고 했는데 거기 아니고 제 왼쪽 보일러예요")
    assert _off(p.azimuth_deg, 90.0) <= 1.0 and abs(p.elevation_deg) <= 1.0  # el 45


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("사방에서 매미가 울어", 0.0),  # 30
        ("Cicadas everywhere, all round the campsite.", 0.0),  # 30
        ("An owl hoots somewhere in the woods.", 0.0),  # 35
        ("부엉이가 울어", 35.0),  # guard: one owl keeps its usual height (a cicada did until round 36's revision 15)
        ("An airliner drones somewhere.", 50.0),  # guard: a source in the sky keeps its height
    ],
)
def test_no_usual_height_for_a_sound_all_around_or_somewhere(text: str, el: float) -> None:
    assert abs(rules_params(text).elevation_deg - el) <= 1.0
