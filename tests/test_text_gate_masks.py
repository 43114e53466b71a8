"""The network's direction gate ignores words the rules mask as not spatial.

"right now", "all right", "someone left the radio on", "left alone" hold the letters of a direction word but
state no direction; before the gate looked past the rules' masks, the shipped network's guess (-86, -82, 78,
93 deg) came through on exactly these texts, although unstated means front."""

from __future__ import annotations

import pytest

from t2sa.text import TextToSpatial


@pytest.fixture(scope="module")
def model():
    return TextToSpatial.load()


@pytest.mark.parametrize(
    "text",
    [
        "A dog barks right now.",
        "The kettle is whistling, all right.",
        "Someone left the radio on.",
        "Left alone, the cat meows.",
    ],
)
def test_masked_direction_words_let_no_network_direction_through(model, text):
    (combined,) = model.predict([text], mode="combined")
    (rules,) = model.predict([text], mode="cues")
    assert (rules.azimuth_deg, rules.elevation_deg) == (0.0, 0.0)
    assert (combined.azimuth_deg, combined.elevation_deg) == (0.0, 0.0)


def test_a_misspelt_direction_word_still_opens_the_gate(model):
    (rules,) = model.predict(["a dog barks on the lfet"], mode="cues")
    (combined,) = model.predict(["a dog barks on the lfet"], mode="combined")
    assert rules.azimuth_deg == 0.0 and combined.azimuth_deg > 30.0  # the network reads the typo; the mask is not in the way
