"""The learned layer's model card for a person: what it learned from, how it scored, its limits."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape


def render_model_card(card: dict, out: Console) -> None:
    trained = card.get("trained_on", {})
    out.print("\n[bold]Learned model[/]  " + escape(card.get("what", "")))
    out.print(f"  Trained on {trained.get('posts', '?')} labelled posts: {trained.get('clean', '?')} clean "
              f"({trained.get('near_misses', '?')} near-misses), {trained.get('real_style', '?')} modelled on real "
              "published posts; split by writer and by source (models/corpus/README.md).")
    gate = card.get("gate", {})
    out.print(f"  Flags a post when it is at least {gate.get('unsure', '?')} likely to break a policy "
              f"(a second look below {gate.get('sure', '?')}); calibrated on the validation split.")
    held_out = card.get("held_out", {})
    if held_out:
        out.print("  [bold]Held-out figures[/] (sets it never saw, rules and model together):")
        for name, figures in held_out.items():
            out.print(f"    {escape(name)}: block recall {figures.get('block_recall')}, blocks passed "
                      f"{figures.get('blocks_reported_as_pass')}, false alarms on clean posts "
                      f"{figures.get('false_alarm_rate_on_pass')} ({figures.get('posts')} posts)")
    for limit in card.get("limits", []):
        out.print(f"  • {escape(limit)}")
