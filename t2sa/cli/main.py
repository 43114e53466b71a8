"""The ``t2sa`` command line: one group; each command lives in its own module of :mod:`t2sa.cli`.

Commands import their heavy dependencies (torch, Ray) inside the command body, so ``t2sa render``
starts fast and never loads the text model unless ``--text`` asks for it.
"""

from __future__ import annotations

import click

from t2sa import __version__
from t2sa.cli.common import debug_option


class _Main(click.Group):
    """``t2sa predict --scene`` / ``t2sa render --scene`` go to ``t2sa scene predict`` / ``t2sa scene render``."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name, cmd, rest = super().resolve_command(ctx, args)
        if name in ("predict", "render") and any(a == "--scene" or a.startswith("--scene=") for a in rest):
            from t2sa.cli.scene import scene_flag

            return scene_flag(name, rest)
        return name, cmd, rest


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="t2sa")
@debug_option
def main() -> None:
    """t2sa: text to spatial audio (binaural, stereo, Ambisonics)."""


def _register() -> None:
    from t2sa.cli.osc import osc_command
    from t2sa.cli.plot import plot_command
    from t2sa.cli.render import hrtf_command, render_command
    from t2sa.cli.scene import scene_command
    from t2sa.cli.text import eval_command, predict_command, train_command

    commands = (render_command, hrtf_command, predict_command, train_command, eval_command, osc_command, plot_command,
                scene_command)
    for command in commands:
        main.add_command(command)


_register()

if __name__ == "__main__":  # `python -m t2sa.cli.main ...` (it did nothing and exited 0 before round 33)
    main()
