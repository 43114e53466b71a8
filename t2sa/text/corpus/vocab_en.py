"""English wording of every concept the planner can state, plus distractors that state nothing.

Each table is keyed by the names of :mod:`.concepts` (or by a spec, for similes), so the labels never depend
on the wording. The tables are consumed by :mod:`.realize_en` with ``rng.choice``: the ORDER of every list
is part of the corpus definition -- reordering, adding or removing a phrase changes every corpus drawn after
it, and with it the shipped model. Add phrases only together with retraining.
"""

from __future__ import annotations

from .specs import Azimuth, DirectionSpec, Elevation

# fmt: off
# -- directions: phrases by role ("at" a place, "from" a start, "to" an end) -----------------------
AZ_EN: dict[str, dict[str, list[str]]] = {
    "front": {
        "at": ["in front of you", "in front", "ahead", "straight ahead", "ahead of you", "right in front of you",
               "directly in front of you", "dead ahead", "in front of me", "front and center", "in the center",
               "center stage", "facing you", "in front of the listener", "just in front", "up front", "centered",
               "in the middle", "dead center", "right ahead"],
        "from": ["from the front", "from in front", "from ahead", "from straight ahead", "from in front of you",
                 "from directly ahead", "from the center", "from up front"],
        "to": ["to the front", "to the front of you", "to the center", "toward the front", "into the center",
               "towards the middle", "back to the center"],
    },
    "back": {
        "at": ["behind you", "behind", "at your back", "at the back", "in the back", "to the rear",
               "directly behind you", "right behind you", "behind your head", "at the back of your head", "behind me",
               "behind the listener", "in the rear", "somewhere behind you", "back there behind you"],
        "from": ["from behind", "from behind you", "from the back", "from the rear", "from directly behind",
                 "from behind your head", "from somewhere behind you", "from behind me"],
        "to": ["to behind you", "to the back", "to the rear", "toward the back", "around to behind you",
               "towards the rear", "to the back of your head"],
    },
    "left": {
        "at": ["on your left", "to your left", "to the left", "on the left", "on the left side", "at your left",
               "left of you", "on your left-hand side", "off to the left", "over on the left", "by your left side",
               "on the left-hand side", "at the left", "hard left", "far left", "panned left", "left side",
               "on my left", "to my left", "at your left side", "way over on the left", "in the left channel"],
        "from": ["from the left", "from your left", "from the left side", "from the left-hand side",
                 "from over on the left", "from off to the left", "from the far left", "from my left"],
        "to": ["to the left", "to your left", "toward the left", "towards your left", "over to the left", "leftward",
               "off to the left", "into the left side", "to the far left", "over to your left side"],
    },
    "right": {
        "at": ["on your right", "to your right", "to the right", "on the right", "on the right side", "at your right",
               "right of you", "on your right-hand side", "off to the right", "over on the right",
               "by your right side", "on the right-hand side", "at the right", "hard right", "far right",
               "panned right", "right side", "on my right", "to my right", "at your right side",
               "way over on the right", "in the right channel"],
        "from": ["from the right", "from your right", "from the right side", "from the right-hand side",
                 "from over on the right", "from off to the right", "from the far right", "from my right"],
        "to": ["to the right", "to your right", "toward the right", "towards your right", "over to the right",
               "rightward", "off to the right", "into the right side", "to the far right", "over to your right side"],
    },
    "front_left": {
        "at": ["in front of you to the left", "ahead on your left", "ahead and to the left", "front-left",
               "front left", "at the front left", "diagonally in front on the left", "left front", "forward left",
               "ahead to the left", "in front and to the left", "to the left and ahead", "on your front left",
               "diagonally left ahead"],
        "from": ["from the front left", "from the front-left", "from ahead on the left", "from the left front",
                 "from diagonally in front on the left", "from in front and to the left"],
        "to": ["to the front left", "toward the front-left", "to the left front", "to your front left"],
    },
    "front_right": {
        "at": ["in front of you to the right", "ahead on your right", "ahead and to the right", "front-right",
               "front right", "at the front right", "diagonally in front on the right", "right front",
               "forward right", "ahead to the right", "in front and to the right", "to the right and ahead",
               "on your front right", "diagonally right ahead"],
        "from": ["from the front right", "from the front-right", "from ahead on the right", "from the right front",
                 "from diagonally in front on the right", "from in front and to the right"],
        "to": ["to the front right", "toward the front-right", "to the right front", "to your front right"],
    },
    "back_left": {
        "at": ["behind you to the left", "behind you on the left", "back-left", "back left", "left rear", "rear left",
               "over your left shoulder", "behind your left shoulder", "diagonally behind on the left",
               "behind and to the left", "to the left and behind", "at your back left", "left and behind you"],
        "from": ["from behind on the left", "from the back left", "from the back-left", "from the left rear",
                 "from over your left shoulder", "from behind and to the left"],
        "to": ["to the back left", "toward the back-left", "to behind you on the left", "to the left rear",
               "to your back left"],
    },
    "back_right": {
        "at": ["behind you to the right", "behind you on the right", "back-right", "back right", "right rear",
               "rear right", "over your right shoulder", "behind your right shoulder",
               "diagonally behind on the right", "behind and to the right", "to the right and behind",
               "at your back right", "right and behind you"],
        "from": ["from behind on the right", "from the back right", "from the back-right", "from the right rear",
                 "from over your right shoulder", "from behind and to the right"],
        "to": ["to the back right", "toward the back-right", "to behind you on the right", "to the right rear",
               "to your back right"],
    },
    "slight_left": {
        "at": ["slightly to the left", "a little to the left", "a bit left of center", "just left of centre",
               "slightly left of center", "a touch to the left", "a little left of the middle", "slightly left",
               "just off center to the left", "a tad to the left"],
        "from": ["from slightly to the left", "from a little left of center", "from just left of centre"],
        "to": ["slightly to the left", "a little to the left", "just left of center"],
    },
    "slight_right": {
        "at": ["slightly to the right", "a little to the right", "a bit right of center", "just right of centre",
               "slightly right of center", "a touch to the right", "a little right of the middle", "slightly right",
               "just off center to the right", "a tad to the right"],
        "from": ["from slightly to the right", "from a little right of center", "from just right of centre"],
        "to": ["slightly to the right", "a little to the right", "just right of center"],
    },
}

COMPASS_EN: dict[str, list[str]] = {
    "north": ["north", "the north"],
    "south": ["south", "the south"],
    "east": ["east", "the east"],
    "west": ["west", "the west"],
}

EL_EN: dict[str, dict[str, list[str]]] = {
    "zenith": {
        "at": ["directly overhead", "right above your head", "straight above you", "directly above you",
               "right over your head", "at the top of your head", "straight up above"],
        "from": ["from directly overhead", "from right above your head", "from straight above"],
        "to": ["to directly overhead", "up to right above your head", "to straight above you"],
    },
    "overhead": {
        "at": ["overhead", "above your head", "over your head", "above you", "over my head", "above the listener"],
        "from": ["from overhead", "from above your head", "from over your head"],
        "to": ["up to above your head", "to above your head", "to right over your head"],
    },
    "high": {
        "at": ["high above", "high overhead", "high up in the air", "way up above", "in the sky", "up in the sky",
               "high in the sky", "on the ceiling", "near the ceiling", "up by the ceiling", "in mid-air"],
        "from": ["from high above", "from the sky", "from up in the sky", "from the ceiling", "from way up"],
        "to": ["up to the ceiling", "into the sky", "up into the air", "up to the sky", "up toward the ceiling"],
    },
    "above": {
        "at": ["above", "up above", "up there", "up high", "high up", "upstairs", "on the floor above",
               "in the apartment above", "on the roof", "on the rooftop", "up in the trees", "in the attic"],
        "from": ["from above", "from up above", "from upstairs", "from the roof", "from the floor above",
                 "from up in the trees"],
        "to": ["up to the roof", "up to the floor above", "up into the trees", "up to the attic"],
    },
    "slightly_above": {
        "at": ["slightly above", "a little higher", "a bit above ear level", "slightly raised",
               "just above ear level", "slightly elevated"],
        "from": ["from slightly above", "from a little higher up"],
        "to": ["to slightly above ear level", "to a little higher"],
    },
    "ear_level": {
        "at": ["at ear level", "at head height", "at eye level", "level with your ears", "at ear height"],
        "from": ["from ear level", "from head height"],
        "to": ["to ear level", "down to head height"],
    },
    "slightly_below": {
        "at": ["slightly below", "a little lower", "a bit below ear level", "just below ear level",
               "slightly lower down"],
        "from": ["from slightly below", "from a little lower"],
        "to": ["to slightly below ear level", "down to a little lower"],
    },
    "below": {
        "at": ["below", "beneath you", "down below", "underneath", "down low", "low to the ground", "on the floor",
               "on the ground", "near the floor", "along the floor", "under the table", "under the desk",
               "under the bed", "beneath the chair", "downstairs", "on the floor below"],
        "from": ["from below", "from beneath", "from the floor", "from the ground", "from under the table",
                 "from downstairs", "from underneath"],
        "to": ["down to the floor", "to the ground", "down toward the floor", "down to the ground"],
    },
    "feet": {
        "at": ["at your feet", "under your feet", "by your feet", "beneath your feet", "down at your feet",
               "in the basement", "underground", "in the cellar", "beneath the floor", "under the floorboards"],
        "from": ["from under your feet", "from the basement", "from underground", "from beneath the floor"],
        "to": ["down to your feet", "into the basement", "down to the basement", "down to under the floor"],
    },
}

AZ_SECONDARY_EN: dict[str, list[str]] = {
    "back": ["behind", "to the back", "toward the back", "back"],
    "front": ["ahead", "forward", "in front", "to the front"],
    "left": ["to the left", "left", "toward the left"],
    "right": ["to the right", "right", "toward the right"],
}

# -- distance, width, room, occlusion, loudness ----------------------------------------------------
DIST_EN: dict[str, list[str]] = {
    "ear": ["in your ear", "right at your ear", "right by your ear", "next to your ear", "into your ear", "in my ear",
            "close to your ear", "at your ear"],
    "very_close": ["very close", "really close", "right next to you", "up close", "extremely close",
                   "inches from you", "so close", "super close", "right under your nose"],
    "close": ["close", "nearby", "close by", "near you", "close to you", "next to you", "at arm's length",
              "within reach", "near", "beside you", "close to the listener"],
    "few_m": ["a few metres away", "a couple of meters away", "a few steps away", "not too far",
              "at a medium distance", "a few meters off", "not very far away"],
    "room_far": ["across the room", "on the other side of the room", "at the far end of the room", "by the far wall",
                 "in the far corner"],
    "far": ["far away", "in the distance", "far off", "distant", "a long way off", "from afar", "way off",
            "down the street", "across the street", "far"],
    "very_far": ["very far away", "miles away", "on the horizon", "far, far away", "really far away",
                 "far in the distance", "beyond the hills"],
}

SPREAD_EN: dict[str, list[str]] = {
    "point": ["as a pinpoint", "narrow", "focused", "tight and focused", "like a single point", "point-like",
              "very narrow", "in mono", "as a point source"],
    "medium": ["a bit wide", "fairly wide", "somewhat spread out", "moderately wide", "slightly wide"],
    "wide": ["wide", "broad", "spread out", "widely", "with a wide image", "diffuse", "spread wide"],
    "huge": ["very wide", "all around you", "everywhere", "enveloping you", "surrounding you",
             "filling the whole room", "from every direction", "wrapping around you", "immersive and wide"],
}

ROOM_EN: dict[str, list[str]] = {
    "dry": ["completely dry", "dry", "with no reverb", "without any echo", "bone dry", "in a dead room",
            "close-miked and dry", "with no room sound"],
    "studio": ["in a studio", "in a vocal booth", "in a recording studio"],
    "car": ["inside a car", "in the car"],
    "outdoors": ["outside", "outdoors", "in an open field", "in the open air", "in a park", "on a beach",
                 "in a meadow"],
    "forest": ["in a forest", "in the woods"],
    "street": ["on the street", "in an alley", "on a city street"],
    "room": ["in a small room", "in the living room", "in a bedroom", "in my office", "in a small office"],
    "bathroom": ["in a bathroom", "in the shower", "in a tiled bathroom"],
    "classroom": ["in a classroom", "in a meeting room"],
    "slightly_wet": ["with a little reverb", "with a touch of reverb", "slightly reverberant", "with some echo"],
    "hall": ["in a concert hall", "in a big hall", "in an auditorium", "in a theater", "in a large hall"],
    "wet": ["with lots of reverb", "echoey", "reverberant", "with a big reverb", "echoing", "in a reverberant space",
            "wet"],
    "gym": ["in a gym", "in an empty warehouse", "in a parking garage", "in a subway station"],
    "stairwell": ["in a stairwell", "in a long corridor"],
    "tunnel": ["in a tunnel", "in an underpass"],
    "cave": ["in a cave", "in a huge cavern"],
    "very_wet": ["drenched in reverb", "very echoey", "with an endless echo", "extremely reverberant",
                 "with a huge reverb tail"],
    "cathedral": ["in a cathedral", "in a church", "in a huge cathedral", "in a stone church"],
}

OCCLUSION_EN: list[str] = [
    "through the wall", "behind a closed door", "from the next room", "through a thick wall", "muffled",
    "behind the door", "from next door", "through the floor", "muffled, as if behind a wall",
]

GAIN_EN: dict[float, list[str]] = {
    -15.0: ["barely audible", "very quietly", "very faintly", "almost inaudible", "extremely soft"],
    -9.0: ["in a whisper", "whispering", "murmuring"],
    -6.0: ["quietly", "softly", "faintly", "at a low volume", "gently and quietly"],
    4.0: ["loudly", "loud", "with a booming sound", "powerfully", "strongly"],
    8.0: ["very loudly", "deafeningly", "at full volume", "extremely loud", "thunderously"],
}

# -- sources, neutral verbs and sentence frames (distractors: they say nothing about space) --------
SOURCES_EN: list[tuple[str, str]] = [
    ("a dog", "barks"), ("the dog", "is barking"), ("a puppy", "whines"), ("a cat", "meows"), ("a bird", "sings"),
    ("birds", "chirp"), ("a violin", "plays"), ("the piano", "plays"), ("a guitar", "strums"), ("the drums", "play"),
    ("a bell", "rings"), ("church bells", "ring"), ("a phone", "rings"), ("my phone", "buzzes"),
    ("an alarm clock", "goes off"), ("a clock", "ticks"), ("footsteps", "sound"), ("a voice", "speaks"),
    ("someone", "is talking"), ("a woman", "sings"), ("a man", "coughs"), ("a child", "laughs"),
    ("the kids", "giggle"), ("a crowd", "cheers"), ("people", "chatter"), ("the rain", "patters"),
    ("thunder", "rumbles"), ("the wind", "howls"), ("a car", "honks"), ("a motorbike", "revs"),
    ("a train", "rumbles"), ("a plane", "drones"), ("a helicopter", "thumps"), ("a bee", "buzzes"),
    ("a mosquito", "whines"), ("a fly", "buzzes"), ("a drone", "hums"), ("a choir", "sings"),
    ("a saxophone", "plays"), ("a flute", "plays"), ("a cello", "plays"), ("the singer", "sings"),
    ("a baby", "cries"), ("water", "trickles"), ("a fountain", "splashes"), ("a kettle", "whistles"),
    ("the radio", "plays"), ("the TV", "is on"), ("a typewriter", "clacks"), ("a keyboard", "clicks"),
    ("a door", "creaks"), ("a horn", "blares"), ("a siren", "wails"), ("an ambulance", "wails"), ("fireworks", "pop"),
    ("the waves", "crash"), ("a whistle", "blows"), ("a frog", "croaks"), ("crickets", "chirp"), ("an owl", "hoots"),
    ("a synth pad", "swells"), ("the lead vocal", "sings"), ("the narrator", "speaks"), ("the hi-hat", "ticks"),
    ("a snare drum", "hits"), ("the bass", "thumps"), ("a ghost", "moans"), ("a robot", "beeps"),
    ("the announcer", "speaks"), ("a fan", "whirs"), ("an engine", "roars"), ("a rooster", "crows"),
    ("a cow", "moos"), ("a horse", "neighs"), ("a trumpet", "blares"), ("a music box", "tinkles"),
    ("wind chimes", "jingle"), ("keys", "jingle"), ("a glass", "clinks"), ("someone's voice", "calls out"),
    ("an old man", "hums a tune"), ("a girl", "sings"), ("the audience", "claps"), ("a toy", "squeaks"),
    ("the sound", "plays"), ("it", "sounds"), ("the noise", "is heard"), ("a buzzing", "starts"),
    ("a melody", "plays"), ("a heartbeat", "pulses"), ("a clarinet", "plays"), ("an accordion", "plays"),
    ("a harp", "plays"), ("a dripping tap", "drips"), ("a printer", "whirs"), ("the microwave", "beeps"),
]

GENERIC_VERBS_EN: list[str] = [
    "can be heard", "is heard", "sounds", "is playing", "makes a sound", "comes through", "is audible", "goes on",
]

FILLERS_EN: list[str] = [
    "while it rains", "in the middle of the night", "and it sounds a bit sad", "like in an old movie", "I think",
    "somehow", "while the song plays", "and it feels eerie", "as I read a book", "during a quiet evening",
    "and nobody else seems to notice", "just before dawn", "on a lazy Sunday", "as the lights go out",
    "and I can't quite see it", "over the background music", "in a dream", "for no obvious reason",
    "and it is strangely calming", "as the film starts", "after dinner", "while I'm trying to sleep", "in this scene",
    "in the game", "for the intro", "at the start of the track", "while the kettle boils", "with a warm tone",
    "with a metallic timbre", "and it's kind of creepy",
]

INTRO_EN: list[str] = ["I hear", "You can hear", "There's", "I can hear", "We hear", "Imagine", "Picture",
                       "In the recording there's"]

IMPERATIVE_EN: list[str] = ["place", "put", "position", "pan", "set", "move", "locate"]

OBJECTS_EN: list[str] = [
    "the sound", "the voice", "it", "the violin", "the dog", "the source", "this sound", "the effect", "the vocal",
    "the guitar", "the bell", "the narration", "the sample",
]

# -- motion ----------------------------------------------------------------------------------------
MOTION_EN: dict[str, list[str]] = {
    "approach": ["approaches", "comes closer", "comes toward you", "gets closer", "draws near", "moves closer",
                 "walks up to you", "creeps closer", "is approaching", "is coming closer", "closes in",
                 "edges closer", "gradually gets nearer", "moves toward you", "heads toward you", "drifts closer",
                 "grows closer", "comes nearer and nearer", "is getting closer", "comes in close"],
    "recede": ["moves away", "recedes", "goes away", "drifts away", "fades into the distance", "walks away",
               "gets farther away", "is moving away", "retreats", "floats away", "drifts off into the distance",
               "pulls away", "fades away into the distance", "travels away from you", "gets further and further away",
               "is going away"],
    "pass": ["passes", "goes", "moves", "travels", "sweeps", "glides", "crosses", "pans", "slides", "shifts", "flies",
             "drifts", "runs", "walks", "zooms", "whooshes"],
    "orbit": ["circles around you", "orbits around your head", "goes around you", "spins around you",
              "circles the room", "moves in a circle around you", "makes a full circle around you",
              "loops around your head", "revolves around you", "swirls around you", "goes round and round",
              "circles around the listener", "travels around you in a circle", "orbits you"],
    "rise": ["rises", "climbs", "goes up", "floats up", "ascends", "lifts off", "drifts upward", "soars up",
             "rises up", "moves upward", "climbs higher and higher", "floats upward"],
    "fall": ["falls", "drops", "descends", "comes down", "drifts down", "plummets", "floats down", "rains down",
             "moves downward", "sinks", "drops down"],
    "zigzag": ["zigzags", "moves in a zigzag", "darts back and forth", "zigzags left and right",
               "jerks from side to side", "moves erratically", "zig-zags"],
    "sway": ["sways", "sways from side to side", "swings back and forth", "rocks gently", "wobbles",
             "drifts back and forth", "oscillates left and right", "moves side to side", "swings like a pendulum"],
    "spiral": ["spirals", "spirals around you", "corkscrews", "moves in a spiral", "swirls in a spiral"],
    "static": ["stays put", "doesn't move", "stays still", "is stationary", "stays in place", "never moves"],
}

PASS_SIDE_EN: list[str] = [
    "passes by", "goes by", "flies by", "whooshes past", "drives by", "zooms past", "runs past", "walks past",
    "passes", "speeds past",
]

SPEED_EN: dict[int, list[str]] = {
    -1: ["slowly", "gradually", "leisurely", "very slowly"],
    1: ["quickly", "fast", "rapidly", "swiftly"],
}

CLOCKWISE_EN: dict[bool, list[str]] = {
    True: ["clockwise"],
    False: ["counterclockwise", "anticlockwise", "counter-clockwise"],
}

TURNS_EN: dict[float, list[str]] = {
    1.0: ["once"],
    2.0: ["twice", "two times"],
    3.0: ["three times", "3 times"],
    4.0: ["four times"],
}

EN_NUMBER_WORDS: dict[int, str] = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
    11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 45: "forty-five", 60: "sixty", 90: "ninety",
}

# -- similes that state a position (same labels as the plain concept) ------------------------------
METAPHOR_EN: dict[DirectionSpec, list[str]] = {
    Azimuth("back"): ["as if someone were standing right behind you", "like a shadow following at your back"],
    Azimuth("left"): ["as if a friend were sitting on your left", "like a friend sitting on your left"],
    Azimuth("right"): ["as if someone were leaning in on your right", "like a neighbour sitting on your right"],
    Azimuth("front"): ["as if it were right before your eyes", "like a performer on a stage in front of you"],
    Elevation("high"): ["like a bird circling in the sky", "as if it came down from the heavens",
                        "like rain on a skylight"],
    Elevation("overhead"): ["like a lamp hanging over your head", "as if it floated just above your head"],
    Elevation("feet"): ["as if it were crawling around your feet", "like something scurrying under the floorboards"],
    Elevation("below"): ["as if it came up from the floor", "like a rumble from the ground"],
}

# -- phrases for particular motions and sentence shapes --------------------------------------------
PASS_WHERE_EN: dict[str, tuple[str, str]] = {
    "left": ("on your left", "on the left"),
    "right": ("on your right", "on the right"),
    "front": ("in front of you", "right in front of you"),
    "back": ("behind you", "behind your back"),
}
"""Where a source passes by, for a pass described only by its side."""

SPIRAL_EN: dict[str, list[str]] = {
    "in": ["spirals in toward you", "spirals inward", "spirals closer"],
    "out": ["spirals outward", "spirals away from you", "spirals out and away"],
    "up": ["spirals upward", "spirals up", "corkscrews upward"],
    "down": ["spirals downward", "spirals down", "corkscrews down"],
}
"""Spiral verbs that also state the heading (see :func:`.plan.spiral_heading`)."""

AFTERTHOUGHTS_EN: list[str] = [
    "It sounds nice", "Nothing else is going on", "The mood is tense", "It repeats a few times",
    "Everything else is silent",
]
"""A second sentence that says nothing about space."""
# fmt: on
