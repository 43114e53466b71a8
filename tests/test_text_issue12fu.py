"""Issue 12, forty-third round: what the development sets ``dev_issue12fu`` to ``dev_issue12fy`` (written blind)
showed about subjects named in a cleft after another sound's place ("..., it's that whine ... that's doing my head
in"), what a writer is trying to track down, and the listener's own climbs told before the sound ("3층 올라가서 ...",
"after that climb"), Korean idioms with height and side words (위로 한마디, 위에서 압박, 뒤타임) and a car
park that is no car, in sentences of my own. The comments say which cases failed on the round's starting code
(3beb008) and which are guards that passed there too."""

from __future__ import annotations

import pytest

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


def _heard(model: TextToSpatial, text: str):
    (params,) = model.predict([text], mode="combined")
    last = params.trajectory[-1]
    return params.azimuth_deg, params.elevation_deg, last.azimuth_deg, last.elevation_deg, params.motion


@pytest.mark.parametrize(
    "text",
    [
        # the other sound's place, then the subject in a cleft with no place of its own: unstated, so front
        "The printer on my left is fine, it's that fan whine off the server rack that's doing my head in.",  # failed before
        "Kid behind me is sweet, it's whoever keeps tapping a pen that I can't stand.",  # failed before
        "The radio up front is just noise, but what I'm really trying to track down is a dripping tap somewhere in the flat.",  # guard
        # the listener's climb, told before the sound: no height, no move
        "4층 올라가서 창문 열었더니 어디선가 풍경 소리가 들려",  # guard
        "옥탑방까지 올라왔는데 냉장고가 웅웅거려",  # failed before (a rise from -30 to 60)
        "지하 창고로 내려가자마자 어디서 물 새는 소리가 나",  # failed before (a fall from 60 to -65)
        "We were shattered after that climb and a kettle started whistling in the hut.",  # failed before (a rise)
    ],
)
def test_nothing_places_the_subject(model: TextToSpatial, text: str) -> None:
    assert _heard(model, text) == (0.0, 0.0, 0.0, 0.0, "static")


def test_a_cleft_subject_with_its_own_place_keeps_it(model: TextToSpatial) -> None:  # failed before (90: the dog's left)
    az, el, *_ = _heard(model, "The dog on my left is fine, it's the whine on my right that's doing my head in.")
    assert (az, el) == (-90.0, 0.0)


@pytest.mark.parametrize(
    ("text", "start_az"),
    [
        ("The balloon rises slowly from somewhere behind us.", 180.0),  # guard: the sound itself rises
        ("풍선이 천천히 위로 올라가더니 사라졌어", 0.0),  # guard: a subject marked with 이 is the one going up
    ],
)
def test_a_sound_that_goes_up_still_rises(model: TextToSpatial, text: str, start_az: float) -> None:
    az, el, _, end_el, motion = _heard(model, text)
    assert motion == "rise" and end_el > el and az == start_az


@pytest.mark.parametrize(
    "text",
    [
        "경기 끝나고 감독님한테 위로 한마디 듣는데 휴대폰이 계속 울려",  # failed before (45 up): 위로 = comfort
        "위에서 지시 내려와서 다들 바쁜데 누가 자꾸 키보드를 쾅쾅 쳐",  # failed before (a fall from 60): the management
        "뒤타임 근무자가 아직 안 왔는데 냉장고가 웅웅거려",  # failed before (177): the next shift
    ],
)
def test_korean_idioms_with_height_and_side_words_place_nothing(model: TextToSpatial, text: str) -> None:
    assert _heard(model, text) == (0.0, 0.0, 0.0, 0.0, "static")


def test_a_car_park_is_no_car(model: TextToSpatial) -> None:  # failed before: "in the car" read a dry car interior
    (park,) = model.predict(["Waiting in the car park, a car alarm whoops on my left."])
    (car,) = model.predict(["We sat in the car while the rain drummed on the roof."])  # guard: a car is still dry
    assert park.wet > 0.3 and car.wet < 0.1
