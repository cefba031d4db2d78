"""The effective configuration for people and scripts (`postcheck config`): each value and
where it came from (a config file, a flag, or the built-in default)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from postcheck.config import Config, settings_as_dict


def config_document(config: Config) -> dict[str, Any]:
    values = settings_as_dict(config.settings)
    return {
        "config_file": str(config.file.path) if config.file else None,
        "found_by": config.file.found_by if config.file else None,
        "settings": {key: {"value": value, "origin": config.origins[key]} for key, value in values.items()},
    }


def print_config(config: Config, console: Console) -> None:
    title = f"Config: {config.file.describe()} (found by {config.file.found_by})" if config.file else \
        "Config: none found, built-in defaults"
    table = Table(title=title, title_justify="left")
    for column in ("Key", "Value", "From"):
        table.add_column(column)
    for key, value in settings_as_dict(config.settings).items():
        table.add_row(key, escape(json.dumps(value, ensure_ascii=False)), escape(config.origins[key]))
    console.print(table)
