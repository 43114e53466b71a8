"""The experimenter's stimulus page: every stimulus with a player, its text, condition and trajectory.

Why: before a panel listens, someone has to hear every file and check it says what it should. One
static HTML file (inline CSS/JS, no CDN, nothing fetched from the network) opens from disk in any
browser. It is *unblinded* (it shows conditions), so it is for the experimenter, not the listeners.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans KR","Nanum Gothic",sans-serif;margin:0;
 background:#f6f7f9;color:#1d2330}
header{background:#1d2330;color:#fff;padding:16px 24px}header h1{margin:0 0 6px;font-size:22px}
header p{margin:2px 0;opacity:.85}.warn{background:#fff3cd;color:#5c4400;padding:8px 24px;font-size:14px}
main{padding:16px 24px;max-width:1400px}section{background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002;
 margin:0 0 18px;padding:14px 18px}section h2{margin:0 0 4px;font-size:17px}.src{color:#667;font-size:13px;margin:0 0 8px}
.trial{display:flex;gap:18px;flex-wrap:wrap;align-items:flex-start}.trial img{width:560px;max-width:100%;
 border:1px solid #dde;border-radius:4px}table{border-collapse:collapse;font-size:13px}
td,th{padding:4px 8px;border-bottom:1px solid #eef;text-align:left}th{color:#556}
tr.reference td{background:#eef6ff}tr.anchor td{background:#fff6ee}audio{height:32px;width:260px}
code{font-size:12px}.num{text-align:right;font-variant-numeric:tabular-nums}
"""

# One player at a time: starting a player pauses the others.
_JS = """
document.addEventListener('play', function (e) {
  document.querySelectorAll('audio').forEach(function (a) { if (a !== e.target) { a.pause(); } });
}, true);
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def write_stimulus_page(
    out_dir: str | Path,
    key: Sequence[Mapping[str, Any]],
    summary: Mapping[str, Any],
    plots: Mapping[str, str],
) -> Path:
    """Write ``out_dir/index.html`` from the key rows (paths relative to ``out_dir``)."""
    out_dir = Path(out_dir)
    trials: dict[int, list[Mapping[str, Any]]] = {}
    for k in key:
        trials.setdefault(int(k["trial"]), []).append(k)
    sections = []
    for t in sorted(trials):
        rows = sorted(trials[t], key=lambda k: k["position"])
        first = rows[0]
        body = []
        for k in rows:
            body.append(
                f'<tr class="{_e(k["role"])}"><td>{_e(k["position"])}</td><td>{_e(k["condition"])}</td>'
                f"<td>{_e(k['role'])}</td><td><code>{_e(k['token'])}</code></td>"
                f'<td class="num">{k["gain_db"]:+.2f}</td><td class="num">{k["loudness_out_lufs"]:.1f}</td>'
                f'<td class="num">{k["peak_out_dbfs"]:.1f}</td>'
                f'<td><audio controls preload="metadata" src="{_e(k["file"])}"></audio></td></tr>'
            )
        plot = plots.get(str(first["item"]))
        img = f'<img src="{_e(plot)}" alt="trajectory of trial {t}">' if plot else ""
        sections.append(
            f'<section id="trial{t}"><h2>Trial {t}: {_e(first["text"])}</h2>'
            f'<p class="src">item <code>{_e(first["item"])}</code> &middot; source <code>{_e(first["source"])}</code></p>'
            f'<div class="trial">{img}<table><thead><tr><th>#</th><th>condition</th><th>role</th><th>file</th>'
            f"<th>gain dB</th><th>LUFS</th><th>peak dBFS</th><th>listen</th></tr></thead><tbody>"
            + "".join(body)
            + "</tbody></table></div></section>"
        )
    excluded = summary.get("excluded") or []
    excluded_html = (
        '<div class="warn">Excluded (a condition failed or is missing): '
        + "; ".join(f"{_e(x['id'])} ({_e(', '.join(x['missing']))})" for x in excluded)
        + "</div>"
        if excluded
        else ""
    )
    shift = summary.get("ceiling_shift_db", 0.0)
    level = f"{summary['target_lufs_effective']:.1f} LUFS" + (
        f" (asked {summary['target_lufs']:.1f}; lowered {-shift:.1f} dB so no file passes the peak ceiling)"
        if shift
        else ""
    )
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(summary.get('name', 'stimuli'))}: stimuli</title>"
        '<link rel="icon" href="data:,">'
        f"<style>{_CSS}</style></head><body>"
        f"<header><h1>{_e(summary.get('options', {}).get('title', summary.get('name')))}</h1>"
        f"<p>{summary['items']} trials &middot; {summary['stimuli']} files &middot; every file at {_e(level)}</p>"
        f"<p>conditions: {_e(', '.join(summary['conditions']))}"
        + (f" &middot; anchors: {_e(', '.join(summary['anchors']))}" if summary.get("anchors") else "")
        + "</p></header>"
        '<div class="warn">Unblinded experimenter page: it names each condition. Listeners use the webMUSHRA / '
        "BeaqleJS configs, whose file names are blinded tokens (key.csv maps them back).</div>"
        + excluded_html
        + "<main>"
        + "".join(sections)
        + "</main>"
        f'<script type="application/json" id="t2sa-summary">{_json_for_script(summary)}</script>'
        f"<script>{_JS}</script></body></html>\n"
    )
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def _json_for_script(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
