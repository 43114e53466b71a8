"""Issue 12, sixteenth round: what the development set ``dev_issue12al`` (long scenes, written blind) showed, tested
on look-alike sentences of my own: a move whose end is said first and whose start comes in a later clause ("ends up
behind us, having come up from the left", "finally stops on my right; it had rolled in from ahead"), with the places
of other sounds after it left to them. Each case failed before this round (dc90e43) unless marked as a guard; the
comment says what came out then."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The taxi ends up waiting right behind us, having come up the street from the left.", 90.0, 180.0),  # 135 -> 135
        ("The cat finally stops on my right; it had crept in from behind.", 180.0, -90.0),  # -135 static
        ("The robot ends up parked in front of me; it rattled in from the left.", 90.0, 0.0),  # 45 static
        ("The tram pulls up in front of us after coming round the bend on our right.", -90.0, 0.0),  # 0 -> -90
        ("The singer walks until she is on my right, having started behind me.", 180.0, -90.0),  # -135 static
        ("The ball comes to rest on my right, having started on the left, as the crowd cheers behind.", 90.0, -90.0),  # 180
        # guards: a start said first, an end first with "from" (right before too), and a stop with no start
        ("The trolley ends up on my left after coming from straight ahead.", 0.0, 90.0),
        ("The paper plane ends up on my left after it drifted in from the front, while a phone rings behind me.", 0.0, 90.0),
        ("The van comes from the left and ends up behind us.", 90.0, 180.0),
        ("The bus stops on my right.", -90.0, -90.0),
        ("Having started on the left, the bike ends up behind me.", 90.0, 180.0),
    ],
)
def test_end_said_before_start(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0, (text, p.azimuth_deg)
    assert _off(_end(p)[0], end) <= 1.0, (text, _end(p))
