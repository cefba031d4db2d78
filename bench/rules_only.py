"""A postcheck config that turns the learned layer off, for benchmarks that show what it costs."""

from __future__ import annotations

from pathlib import Path


def write_rules_only_config(path: Path) -> Path:
    """Write a config disabling every PC-ML rule (the model is then never loaded); return its path."""
    from postcheck.rulebook import load_rulebook

    learned = [r.id for r in load_rulebook().rules if r.reads_model]
    path.write_text("disable = [" + ", ".join(f'"{r}"' for r in learned) + "]\n", encoding="utf-8")
    return path
