"""Issue 12, fifty-second round: what the development sets ``dev_issue12hn`` to ``dev_issue12hp`` (written blind) showed
about a move whose first place was read as an earlier end ("a heron was croaking off to my left, flapped round ... and
settled out to my right"), "and then it just sat there", "last I heard", "by the time I'd ... he'd", "rolled in off
the road", turns told without a subject ("Turned ninety degrees right"), a sled pulled round, a nacelle that yaws,
words of place in another sense (running behind, right or wrong, put my back out, "Left gate 2 padlocked", 오른팔 저려서,
민원 들어옴), likenesses and other things' moves (like a jet taking off, as the barriers come down, the tide coming in),
a stone's throw that a far source does not stretch, a dentist's drill, and Korean "X보다 조금 더 Y" places, in sentences
of my own; then Korean turns to port or by a bend (꺾었어, 꺾고 나니까) and to face a sound (그쪽으로 돌아서서), heights of the
way ("way down ahead", "ground its way down"), the listener's roof and a ship's deck, someone gone upstairs told
second-hand, a place drowned in a sound and a hearing aid; and a quarter turn someone said to make, "right so" opening a
message, later sentences of other things doing something, and the first of several places before "then" starting a
move. The comments say which cases failed on the round's starting
code (a87e147) and which are guards that passed there too."""

from __future__ import annotations

import pytest
from support.text import end, heard, off

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("A heron was croaking off to my left, flapped round the back of the boathouse and settled somewhere out to my right.", 90.0, -90.0),
        ("The dog was barking off to my right, trotted round behind the van and settled out on my left.", -90.0, 90.0),
        ("The cart rattle started out in the hall behind me, rolled past the lockers on my left and then it just sat there at the door in front of me.", 180.0, 0.0),
    ],
)
def test_a_move_whose_first_place_was_read_as_an_earlier_end(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # the first two failed before (static at the last place); the third is a guard
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The kid is on the left, then runs behind me and stops on the right.", 90.0, -90.0),
        ("The hum was in front of me when I sat down, then it seemed to drift to my right, and by the end it was behind me.", 0.0, 180.0),
        ("Rolled onto my left side on the couch, and the fridge that was humming on my right is now behind my head.", -90.0, 180.0),
    ],
)
def test_a_first_place_said_before_then_or_a_turn_keeps_its_reading(
    model: TextToSpatial, text: str, start: float, stop: float
) -> None:
    p = heard(model, text)  # guards: the first place is not the earliest way-point here
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("Heard the fox in the bins behind me first, then it slunk along the fence to my left, and last I heard it was out in front by the gate.", 180.0, 0.0),
        ("The mower started up behind me, then he pushed it along my right-hand side, and by the time I'd had my tea he'd parked it in front of me.", 180.0, 0.0),
        ("A truck rolled in off the road ahead of me, went slowly along the fence on my left and stopped way behind me.", 0.0, 180.0),
    ],
)
def test_ends_told_by_last_i_heard_by_the_time_and_in_off(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # the first failed before (the front, read as static); the other two are guards
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("Turned ninety degrees right to face the sink, so the radio that had been dead ahead is now on my left.", 0.0, 90.0),
        ("Pulled the sledge round a quarter turn left, and the dog that had been straight in front of me was on my right after.", 0.0, -90.0),
        ("The buzzer was off to my left; the nacelle yawed round ninety degrees to the right and now the buzzer is behind me.", 90.0, 180.0),
    ],
)
def test_turns_told_without_a_subject_or_by_what_the_listener_rides(
    model: TextToSpatial, text: str, start: float, stop: float
) -> None:
    p = heard(model, text)  # all failed before (the turn's side read as a place, or no turn)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, can't hear you over the announcements, we're running behind again.",
        "That low whirr is the fridge, and there's no right or wrong way to describe it.",
        "Put my back out moving the piano, and now every creak of the stairs makes me jump.",
        "Heard an owl somewhere. Left gate 4 locked, went back to the hut.",
        "오른팔 저려서 일어났는데 들리는 건 보일러 소리뿐",
    ],
)
def test_words_of_place_in_another_sense_place_nothing(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # all failed before (behind, the right, behind, the left, the right)
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The blender in the tiny kitchen sounds like a jet taking off.",
        "A bell starts ringing on my left as the barriers come down.",
        "That roar is the tide coming in across the sand.",
        "소음 민원 들어옴. 확인 예정",
    ],
)
def test_likenesses_and_other_things_moves_move_nothing(model: TextToSpatial, text: str) -> None:
    assert heard(model, text).motion == "static"  # all failed before (a rise, a fall, a pass, an approach)


def test_a_stone_s_throw_is_not_stretched_by_a_far_source(model: TextToSpatial) -> None:  # failed before (300 m)
    p = heard(model, "The ship's bell is only a stone's throw to my right.")
    assert 5.0 <= p.distance_m <= 60.0 and off(p.azimuth_deg, -90.0) <= 1.0


@pytest.mark.parametrize(
    "text",
    ["Lying in the dentist's chair with the drill going, my whole jaw hums.", "치과 의자에 누워 있으니까 드릴 소리에 소름 돋아"],
)
def test_a_dentists_drill_is_at_the_mouth(model: TextToSpatial, text: str) -> None:
    assert heard(model, text).distance_m <= 0.3  # both failed before (5 m)


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("왼쪽 옆보다 조금 더 뒤쪽에서 뭔가 긁는 소리가 나", 110.0),
        ("오른쪽보다 좀 더 앞쪽에서 새가 울어", -70.0),
        ("오른쪽 대각선보다 좀 더 옆으로 붙어서 들려", -65.0),
        ("왼쪽 뒤 대각선보다 조금 더 뒤쪽에서 부스럭거려", 155.0),
    ],
)
def test_korean_a_little_more_than_a_side_or_a_diagonal(model: TextToSpatial, text: str, az: float) -> None:
    assert off(heard(model, text).azimuth_deg, az) <= 1.0  # all failed before (the side or the diagonal itself)


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("정면에서 울리던 종소리가 좌현으로 크게 꺾고 나니까 우현 쪽에서 들려요.", 0.0, -90.0),
        ("나 방금 왼쪽으로 90도 꺾었어, 아까 정면에서 들리던 사이렌 이제 오른쪽에서 들림.", 0.0, -90.0),
        ("오른쪽 담장 쪽에서 강아지가 낑낑대길래 그쪽으로 돌아서서 한참 봤어.", -90.0, 0.0),
    ],
)
def test_korean_turns_to_port_by_a_bend_and_to_face_a_sound(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before (a pass from side to side, or no turn)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("오른쪽 선반 끝에서 시작해서 내 앞을 지나더니 왼쪽 상자에 쏙 들어가고 끝.", -90.0, 90.0),
        ("She walked in from behind me, stood on my right chatting for a bit, then wandered off towards the till front-left.", 180.0, 45.0),
        ("The puppy was yapping off to my front-left, then it tore round behind me, and then it just sat there on my right.", 45.0, -90.0),
        ("He started the music on my right, carried the speaker across the room and finally set it down right behind my decks.", -90.0, 180.0),
        ("ok the drone, listen, it came in from behind us and now it's hovering right in front. 3 squads left, I'm on 20 health. Ignore the shooting on the left, that's the other two teams.", 180.0, 0.0),
    ],
)
def test_more_moves_told_clause_by_clause(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    # the first, third, fourth and fifth failed before (static, or the place of the set-aside sound); the second is a guard
    p = heard(model, text)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("The deckhand's call came from way down ahead of us, then louder.", 0.0),
        ("The snowplough started over on my right, ground its way down across in front of me, then parked up on the left by the hut.", 0.0),
        ("Wasp buzzing right by my left ear while I'm weeding the pots on the roof.", 0.0),
        ("A whistle goes off from every bench on the roof terrace.", 0.0),
        ("제가 밑창 갈 때 망치 소리가 좀 커요.", 0.0),
        ("The lorry engine rumbles under the deck all night.", -65.0),
    ],
)
def test_heights_of_the_way_the_listeners_roof_and_a_deck(model: TextToSpatial, text: str, el: float) -> None:
    assert abs(heard(model, text).elevation_deg - el) <= 1.0  # all failed before (below, above, or ear level)


def test_someone_gone_upstairs_second_hand_moves_nothing(model: TextToSpatial) -> None:  # failed before (a rise)
    p = heard(model, "과장님 위로 올라가셨대. 이제 음악 좀 틀어도 되겠다")
    assert p.motion == "static" and abs(p.elevation_deg) <= 1.0


def test_a_whole_place_drowned_in_a_sound_is_wide(model: TextToSpatial) -> None:  # failed before (the default width)
    assert heard(model, "동네가 통째로 개구리 소리에 잠겼어").spread_deg >= 150.0


def test_a_hearing_aid_is_in_the_ear(model: TextToSpatial) -> None:  # guard: passed before, now also from the knowledge base
    assert heard(model, "My hearing aid whistles whenever I hug someone.").distance_m <= 0.1


def test_a_quarter_turn_someone_said_to_make(model: TextToSpatial) -> None:  # failed before (static on the right)
    p = heard(model, "The fan was humming right in front of me, so my mate said turn a quarter to your left, and I did, so now it's on my right.")
    assert off(p.azimuth_deg, 0.0) <= 1.0 and off(end(p)[0], -90.0) <= 1.0


def test_right_so_opens_a_message(model: TextToSpatial) -> None:  # failed before (the right)
    assert off(heard(model, "right so I'm on the bus. A baby is crying behind me.").azimuth_deg, 180.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("Heard the goats a little behind me on the left, bleating by the fence. Someone's radio going out in front.", 112.0),
        ("A thud right behind me, a box maybe. Rain all over the yard, the crane on my left creaking in the wind.", 180.0),
    ],
)
def test_a_later_sentence_of_other_things_doing_something(model: TextToSpatial, text: str, az: float) -> None:
    assert off(heard(model, text).azimuth_deg, az) <= 3.0  # both failed before (mixed with the other thing's place)


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The tune started at the far end of the hall in front of me, came down past the lockers on my left, then went round the corner behind me.", 0.0, 180.0),
        ("While the radio played on my left, the scooter out on the right got louder and then stopped at the door in front of me.", -90.0, 0.0),
    ],
)
def test_the_first_of_several_places_before_then_starts_a_move(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # the first failed before (the front and the left mixed, 45); the second is a guard (another's place)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0
