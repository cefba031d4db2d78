"""Where the settings come from: a config file found the way ruff and Vale users expect, then flags.

The config file is chosen by the first of these that applies:

1. `--config PATH`
2. the `POSTCHECK_CONFIG` environment variable
3. walking up from the current directory: in each folder `.postcheck.toml`, then `pyproject.toml`
   if it has a `[tool.postcheck]` table; the nearest folder wins
4. none: built-in defaults

Every key is checked (unknown key, wrong type, unknown policy pack or rule, bad level: an
`InputError` naming the file and the key). Paths in the file are relative to its folder.
Command-line flags override the file. `load_config` also says where each value came from,
for `postcheck config`.
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Callable, Mapping

from postcheck.errors import InputError
from postcheck.model import Severity
from postcheck.rulebook import pack_names
from postcheck.settings import FAIL_ON_LEVELS, Settings

CONFIG_NAME = ".postcheck.toml"
PYPROJECT_NAME = "pyproject.toml"
ENV_VAR = "POSTCHECK_CONFIG"
IGNORE_NAME = ".postcheckignore"
DEFAULT = "default"

# Flag overrides: key -> (value or None when the flag was not given, the flag's name).
Flags = Mapping[str, tuple[Any, str]]


@dataclass(frozen=True)
class ConfigFile:
    """The file the settings were read from, and how it was found."""

    path: Path
    in_pyproject: bool  # the settings are the [tool.postcheck] table of a pyproject.toml
    found_by: str  # "--config", "POSTCHECK_CONFIG" or "search"

    def describe(self) -> str:
        return str(self.path) + (" [tool.postcheck]" if self.in_pyproject else "")


@dataclass
class Config:
    """The effective settings, and for each key where its value came from."""

    settings: Settings
    origins: dict[str, str]  # key -> "default", a config file's description, or "--flag flag"
    file: ConfigFile | None


def load_config(
    explicit: Path | None = None,
    flags: Flags | None = None,
    *,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Discover the config file, validate it, apply flags on top; raise InputError on anything wrong."""
    cwd = Path.cwd() if cwd is None else cwd
    environ = os.environ if environ is None else environ
    file = discover(explicit, cwd, environ)
    settings, origins = Settings(), {key: DEFAULT for key in KEYS}
    settings.ignore_file = (file.path.parent if file else cwd) / IGNORE_NAME
    if file is not None:
        for key, value in validate_table(read_table(file), file.path.parent, file.describe()).items():
            setattr(settings, key, value)
            origins[key] = file.describe()
    for key, (value, flag) in (flags or {}).items():
        if value is None:
            continue
        if key not in KEYS:
            raise ValueError(f"no setting '{key}' for flag {flag}")  # a wiring mistake, not user input
        setattr(settings, key, _parse(key, value, cwd, flag))  # an error names the flag
        origins[key] = f"{flag} flag"
    return Config(settings, origins, file)


def discover(explicit: Path | None, cwd: Path, environ: Mapping[str, str]) -> ConfigFile | None:
    """The config file to use, or None for built-in defaults."""
    if explicit is not None:
        return _named(cwd / explicit, "--config")
    if environ.get(ENV_VAR):
        return _named(cwd / environ[ENV_VAR], ENV_VAR)
    for folder in (cwd.resolve(), *cwd.resolve().parents):
        if (folder / CONFIG_NAME).is_file():
            return ConfigFile(folder / CONFIG_NAME, in_pyproject=False, found_by="search")
        pyproject = folder / PYPROJECT_NAME
        if pyproject.is_file() and "postcheck" in _read_toml(pyproject).get("tool", {}):
            return ConfigFile(pyproject, in_pyproject=True, found_by="search")
    return None


def _named(path: Path, found_by: str) -> ConfigFile:
    """A config file the user named: it must exist; a pyproject.toml is read for its [tool.postcheck]."""
    if not path.is_file():
        raise InputError(f"config file not found: {path} (from {found_by})")
    return ConfigFile(path.resolve(), in_pyproject=path.name == PYPROJECT_NAME, found_by=found_by)


def read_table(file: ConfigFile) -> dict[str, Any]:
    """The postcheck settings table of a config file, as written."""
    data = _read_toml(file.path)
    if file.in_pyproject:
        data = data.get("tool", {}).get("postcheck")
        if not isinstance(data, dict):
            raise InputError(f"{file.path}: no [tool.postcheck] table")
    return data


def validate_table(data: dict[str, Any], base: Path, where: str) -> dict[str, Any]:
    """Each key checked and its value parsed; relative paths start at `base`; errors name `where`."""
    for key in data:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f" (known keys: {', '.join(KEYS)})"
            raise InputError(f"{where}: unknown key '{key}'{hint}")
    return {key: _parse(key, value, base, f"{where}: key '{key}'") for key, value in data.items()}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise InputError(f"cannot read config file {path}: {exc.strerror or type(exc).__name__}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from exc


def _parse(key: str, value: Any, base: Path, where: str) -> Any:
    try:
        return _PARSERS[key](value, base)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None


# One parser per key: (raw value, folder relative paths start from) -> typed value, or ValueError.


def _string(value: Any, base: Path) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be a string, not {_toml_type(value)}")
    return value


def _nonempty_string(value: Any, base: Path) -> str:
    if not _string(value, base).strip():
        raise ValueError("must not be empty")
    return value


def _strings(value: Any, base: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"must be a list of strings, not {_toml_type(value)}")
    return list(value)


def _boolean(value: Any, base: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {_toml_type(value)}")
    return value


def _positive_integer(value: Any, base: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a whole number of 1 or more, not {_toml_type(value)} {value!r}")
    return value


def _positive_number(value: Any, base: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"must be a number above 0, not {_toml_type(value)} {value!r}")
    return float(value)


def _one_of(choices: tuple[str, ...]) -> Callable[[Any, Path], str]:
    def parse(value: Any, base: Path) -> str:
        if _string(value, base) not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, not '{value}'")
        return value

    return parse


def _path(value: Any, base: Path) -> Path:
    return base / Path(_nonempty_string(value, base)).expanduser()


def _existing_file(value: Any, base: Path) -> Path:
    path = _path(value, base)
    if not path.is_file():
        raise ValueError(f"file not found: {path}")
    return path


def _format(value: Any, base: Path) -> str:
    from postcheck.render import FORMATS

    return _one_of(("terminal", *FORMATS))(value, base)


def _policy(value: Any, base: Path) -> str:
    from postcheck.rulebook import load_rulebook

    packs = load_rulebook().packs
    if _string(value, base) not in packs:
        raise ValueError(f"unknown policy pack '{value}' (known: {', '.join(sorted(packs))})")
    return value


def _rule_id(value: str) -> str:
    """The rule's canonical ID for a case-insensitive one; unknown IDs are a typo to report."""
    from postcheck.rulebook import load_rulebook

    rule = load_rulebook().rule(value)
    if rule is None:
        raise ValueError(f"unknown rule '{value}' (`postcheck rules` lists them)")
    return rule.id


def _rule_ids(value: Any, base: Path) -> list[str]:
    return [_rule_id(item) for item in _strings(value, base)]


def _severities(value: Any, base: Path) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ValueError(f"must be a table of rule ID = \"low\" | \"medium\" | \"high\", not {_toml_type(value)}")
    levels = tuple(s.value for s in Severity)
    parsed = {}
    for rule_id, level in value.items():
        if level not in levels:
            raise ValueError(f"rule {rule_id}: severity must be one of {', '.join(levels)}, not '{level}'")
        parsed[_rule_id(rule_id)] = Severity(level)
    return parsed


_PARSERS: dict[str, Callable[[Any, Path], Any]] = {
    "policy": _policy,
    "model": _nonempty_string,
    "employer_names": _strings,
    "disclaimer": _string,
    "allow": _strings,
    "watchlist": _existing_file,
    "watchlist_key": _existing_file,
    "max_chars": _positive_integer,
    "max_seconds": _positive_number,
    "fail_on": _one_of(FAIL_ON_LEVELS),
    "disable": _rule_ids,
    "enable": _rule_ids,
    "severity": _severities,
    "format": _format,
    "ocr": _boolean,
    "ignore_file": _path,
}
KEYS: tuple[str, ...] = tuple(f.name for f in fields(Settings))


def _toml_type(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def settings_as_dict(settings: Settings) -> dict[str, Any]:
    """The settings as JSON-ready values (paths as strings, severities as their names)."""

    def plain(value: Any) -> Any:
        if isinstance(value, Path):
            return str(value)
        if isinstance(value, Severity):
            return value.value
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return {key: plain(getattr(settings, key)) for key in KEYS}


def starter_config(agency: str, aliases: list[str], policy: str, disclaimer: str) -> str:
    """A commented `.postcheck.toml` for `postcheck init`; every key is shown, the optional ones commented out."""

    def toml(value: Any) -> str:
        # JSON strings and arrays of strings are valid TOML; ensure_ascii=False keeps surrogates out.
        return json.dumps(value, ensure_ascii=False)

    defaults = Settings()
    return f"""\
# postcheck configuration (docs/pipelines-and-configuration.md lists every key).
# Found by walking up from the current folder; `postcheck config` shows the effective values.
# Paths are relative to this file's folder.

# Policy pack: {', '.join(pack_names())} (generic: every policy's rules).
policy = {toml(policy)}

# Your agency's names and aliases. A post that names the agency needs the disclaimer below.
employer_names = {toml([agency, *aliases])}

# The disclaimer that must accompany posts that name the agency.
disclaimer = {toml(disclaimer)}

# Public names and numbers that are never a finding (a hotline, a public partner's name).
allow = []

# Keyed hashes of client names, built with `postcheck watchlist add`. The key lives apart from
# the list (default ~/.config/postcheck/watchlist.key): share the list freely, the key never.
# watchlist = ".postcheck-watchlist.json"
# watchlist_key = "/path/outside/the/repository/watchlist.key"

# Exit with code 1 when the worst finding is at least: block (default), warn, or never.
fail_on = {toml(defaults.fail_on)}

# Rules to turn off, by ID (`postcheck rules` lists them).
disable = []

# Rules from outside the chosen policy pack to turn on, by ID.
enable = []

# Output format when --format is not given: terminal, json, jsonl, csv, sarif, html.
format = {toml(defaults.format)}

# Read text in photos (slower).
ocr = {toml(defaults.ocr)}

# Reviewed findings to suppress, each with its reason (`postcheck ignore`).
# ignore_file = "{IGNORE_NAME}"

# The spaCy pipeline (an installed package name or a folder).
# model = {toml(defaults.model)}

# Severity overrides, by rule ID: "low", "medium" or "high".
[severity]
# "PC-VOICE-003" = "low"
"""
