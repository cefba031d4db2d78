"""The command line: parse options, call the screener, render. No screening logic lives here."""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Iterable, Optional

import typer
from rich.console import Console
from rich.markup import escape

from postcheck import __version__, exitcodes
from postcheck.errors import DetectorUnavailable, InputError, PostcheckError
from postcheck.model import ErrorKind, Post, Report, SourceLocation, Verdict
from postcheck.settings import FAIL_ON_LEVELS, Settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Screen a social-media draft against child-welfare social-media policies before you post it.",
)
watchlist_app = typer.Typer(no_args_is_help=True, help="Manage the caseload watchlist (stored as salted hashes).")
app.add_typer(watchlist_app, name="watchlist")

log = logging.getLogger("postcheck")

ConfigPath = Annotated[Optional[Path], typer.Option(
    "--config", "-c", help="Config file. Default: $POSTCHECK_CONFIG, else .postcheck.toml or pyproject.toml "
    "[tool.postcheck] found from here upward.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors; the exit code gives the result.")]


class CheckFormat(str, Enum):
    terminal = "terminal"
    json = "json"


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


def fail(message: str, code: int) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    _stderr().print(f"[bold red]postcheck:[/] {escape(message)}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def read_draft(path: Optional[str], text: Optional[str]) -> tuple[str, SourceLocation]:
    """The draft from --text, a file, or stdin ('-'); strict UTF-8."""
    if text is not None:
        if path is not None:
            raise InputError("give a draft file or --text, not both")
        return text, SourceLocation()
    if path is None:
        raise InputError("no draft given: pass a file, '-' for standard input, or --text \"...\"")
    if path == "-":
        raw, source = sys.stdin.buffer.read(), SourceLocation(file="<stdin>")
    else:
        try:
            raw, source = Path(path).read_bytes(), SourceLocation(file=path)
        except OSError as exc:
            raise InputError(f"cannot read draft {path}: {exc.strerror or type(exc).__name__}") from exc
    try:
        return raw.decode("utf-8-sig"), source
    except UnicodeDecodeError as exc:
        raise InputError(
            f"draft {source.file} is not valid UTF-8 (bad byte at position {exc.start}); "
            "save it as UTF-8 and try again"
        ) from exc


def exit_code_for(reports: Iterable[Report], fail_on: str) -> int:
    """3 if a detector failed, else 2 if an input was unreadable, else 1/0 by --fail-on."""
    worst, kinds = Verdict.PASS, set()
    for report in reports:
        kinds.update(e.kind for e in report.errors)
        if report.active_findings:
            from postcheck.model import verdict_for

            verdict = verdict_for(report.active_findings)
            worst = verdict if verdict.rank > worst.rank else worst
    if ErrorKind.DETECTOR in kinds:
        return exitcodes.DETECTOR
    if ErrorKind.INPUT in kinds:
        return exitcodes.USAGE
    threshold = {"block": Verdict.BLOCK, "warn": Verdict.WARN}.get(fail_on)
    if threshold is not None and worst.rank >= threshold.rank:
        return exitcodes.FINDINGS
    return exitcodes.OK


def build_settings(policy: Optional[str], fail_on: Optional[str], ocr: bool = True) -> Settings:
    settings = Settings()
    if policy:
        settings.policy = policy
    if fail_on:
        if fail_on not in FAIL_ON_LEVELS:
            raise InputError(f"--fail-on must be one of {', '.join(FAIL_ON_LEVELS)}")
        settings.fail_on = fail_on
    settings.ocr = ocr
    return settings


def load_settings(config_file: Optional[Path], **flags: tuple[Any, str]) -> Settings:
    """The config file's settings (see postcheck.config) with each given flag, as (value, "--flag"), on top."""
    from postcheck.config import load_config

    return load_config(config_file, flags).settings


def build_screener(settings: Settings):
    from postcheck.screener import Screener

    return Screener(settings)


@app.command()
def check(
    draft: Optional[str] = typer.Argument(None, help="Draft file, or '-' to read standard input."),
    text: Optional[str] = typer.Option(None, "--text", "-t", help="The draft itself, instead of a file."),
    image: list[Path] = typer.Option([], "--image", "-i", help="A photo attached to the draft (repeatable)."),
    output_format: Optional[str] = typer.Option(
        None, "--format", "-f", help="terminal (default; a report for people, on stderr), or json, jsonl, csv, "
        "sarif, html (on stdout)."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Exit 1 at this level or above: block (default), warn, never."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy pack: generic, la-dcfs, dc-cfsa, sv-guide, cwig, renison."),
    rewrite: bool = typer.Option(False, "--rewrite", help="Also print a safer version of the draft (on stderr)."),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Skip reading text in photos (faster)."),
    config_file: ConfigPath = None,
    quiet: Quiet = False,
) -> None:
    """Check one draft (and its photos) and print a risk report."""
    from postcheck.suppress import Suppressor

    try:
        settings = load_settings(config_file, policy=(policy, "--policy"), fail_on=(fail_on, "--fail-on"),
                                 ocr=(False if no_ocr else None, "--no-ocr"), format=(output_format, "--format"))
        suppressor = Suppressor.load(settings.ignore_file)
        body, source = read_draft(draft, text)
        screener = build_screener(settings)
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    post = Post(id=source.file or "draft", text=body, images=list(image), source=source)
    report = suppressor.apply(screener.screen(post))
    if not quiet:
        render_one(report, settings.format)
        if rewrite:
            from postcheck.rewrite import safer_rewrite

            _stderr().rule("A safer version")
            _stderr().print(safer_rewrite(report.post.text, report.active_findings), markup=False)
    raise typer.Exit(exit_code_for([report], settings.fail_on))


def render_one(report: Report, output_format: str) -> None:
    """Machine formats go to stdout for the next program; the terminal report is for a person, on stderr."""
    if output_format == "terminal":
        from postcheck.render.terminal import render_report

        render_report(report, _stderr())
        return
    from postcheck.render import open_writer

    writer = open_writer(output_format, sys.stdout)
    writer.write(report)
    writer.close()


@app.command()
def evaluate(
    labeled: Path = typer.Argument(..., help="Labeled posts (JSON Lines, see ../shared/eval/FORMAT.md)."),
    output_format: CheckFormat = typer.Option(CheckFormat.terminal, "--format", "-f"),
    policy: Optional[str] = typer.Option(None, "--policy", "-p"),
    show_mistakes: bool = typer.Option(False, "--mistakes", help="List the posts the screener got wrong."),
    config_file: ConfigPath = None,
) -> None:
    """Score the screener on a labeled set: verdicts, block recall, false alarms, categories, evidence."""
    from postcheck.evaluate import evaluate as run_evaluation, read_labeled

    try:
        settings = load_settings(config_file, policy=(policy, "--policy"))
        screener = build_screener(settings)
        scores = run_evaluation(read_labeled(labeled), screener.screen_many).as_dict()
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    except DetectorUnavailable as exc:
        raise fail(str(exc), exitcodes.DETECTOR)
    if output_format == CheckFormat.json:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        from postcheck.render.scores import render_scores

        render_scores(scores, _stdout(), show_mistakes=show_mistakes)
    raise typer.Exit(exitcodes.DETECTOR if scores["errors"] else exitcodes.OK)


@app.command("rules")
def list_rules(
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Only the rules of this pack."),
    markdown: bool = typer.Option(False, "--markdown", help="Print a Markdown table (the README's rule table)."),
) -> None:
    """List the policy rules, by category."""
    from rich.table import Table

    from postcheck.rulebook import load_rulebook

    try:
        rulebook = load_rulebook()
        rules = rulebook.rules_for(policy) if policy else rulebook.rules
    except PostcheckError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    if markdown:
        typer.echo("| category | rule | severity | what it catches | policies cited |\n|---|---|---|---|---|")
        for rule in sorted(rules, key=lambda r: (r.category, r.id)):
            cited = ", ".join(rulebook.policies[k].name for k in rule.cites)
            typer.echo(f"| {rule.category} | {rule.id} | {rule.severity.value} | {rule.message} | {cited} |")
        return
    table = Table(title=f"{len(rules)} rules" + (f" in pack {policy}" if policy else ""))
    for column in ("ID", "Category", "Severity", "Message", "Cites"):
        table.add_column(column)
    for rule in sorted(rules, key=lambda r: (r.category, r.id)):
        table.add_row(rule.id, rule.category, rule.severity.value, rule.message, ", ".join(rule.cites))
    _stdout().print(table)


@app.command()
def explain(rule_id: str = typer.Argument(..., help="A rule ID, e.g. PC-SCHED-001.")) -> None:
    """Show one rule: what it catches, why (the policy clauses), how to fix, and its examples."""
    from postcheck.rulebook import load_rulebook

    rulebook = load_rulebook()
    rule = rulebook.rule(rule_id)
    if rule is None:
        raise fail(f"no rule '{rule_id}'; `postcheck rules` lists them", exitcodes.USAGE)
    out = _stdout()
    out.print(f"[bold]{rule.id}[/] · {rule.category} · severity {rule.severity.value}")
    out.print(f"\n[bold]What[/]  {escape(rule.message)}\n[bold]Fix[/]   {escape(rule.fix)}\n\n[bold]Policy[/]")
    for key, clause in rule.cites.items():
        out.print(f"  • {escape(rulebook.citation(key, clause))}")
    out.print("\n[bold]Flags, for example[/]")
    for example in rule.flag_examples:
        out.print(f"  ✖ {escape(example)}")
    out.print("[bold]Does not flag[/]")
    for example in rule.pass_examples:
        out.print(f"  ✔ {escape(example)}")


@watchlist_app.command("add")
def watchlist_add(
    names_file: Path = typer.Argument(..., help="A file of client names, one per line ('-' for stdin)."),
    watchlist: Path = typer.Option(Path(".postcheck-watchlist.json"), "--watchlist", "-w",
                                   help="The watchlist file to create or extend."),
) -> None:
    """Add client names to the watchlist. Only salted hashes are stored; the names file is not kept."""
    from postcheck.text.watchlist import Watchlist

    try:
        raw = sys.stdin.read() if str(names_file) == "-" else names_file.read_text(encoding="utf-8")
        current = Watchlist.load(watchlist) if watchlist.exists() else Watchlist.new()
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read names: {type(exc).__name__}", exitcodes.USAGE)
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    names = [line.strip() for line in raw.splitlines() if line.strip()]
    added = current.add_all(names)
    current.save(watchlist)
    _stderr().print(f"{len(names)} name(s) hashed into {watchlist} ({added} new digests). "
                    "Delete the plain names file now.")


@app.command()
def init(
    agency: Optional[str] = typer.Option(None, "--agency", help="Your agency's name (asked when on a terminal)."),
    alias: list[str] = typer.Option([], "--alias", help="Another name or abbreviation of the agency (repeatable)."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy pack (default generic)."),
    disclaimer: Optional[str] = typer.Option(None, "--disclaimer", help="The disclaimer posts naming the agency need."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing .postcheck.toml."),
) -> None:
    """Write a commented starter .postcheck.toml in the current folder."""
    import tomllib

    from postcheck.config import CONFIG_NAME, starter_config, validate_table

    target = Path(CONFIG_NAME)
    if target.exists() and not force:
        raise fail(f"{target} already exists; pass --force to overwrite it", exitcodes.USAGE)
    if agency is None:
        if not sys.stdin.isatty():  # a script: never wait for an answer that cannot come
            raise fail("pass --agency NAME (standard input is not a terminal, so postcheck will not ask)",
                       exitcodes.USAGE)
        agency = typer.prompt("Your agency's name")
        alias = alias or [a.strip() for a in typer.prompt(
            "Other names or abbreviations, comma-separated", default="", show_default=False).split(",") if a.strip()]
        policy = policy or typer.prompt("Policy pack (postcheck rules --policy NAME lists one)", default="generic")
    policy = policy or "generic"
    disclaimer = disclaimer or (f"The views expressed here are my own and do not necessarily reflect "
                                f"those of {agency}.")
    text = starter_config(agency.strip(), alias, policy, disclaimer)
    try:  # validate before writing, so init never leaves a config the next command rejects
        validate_table(tomllib.loads(text), Path.cwd(), "the new config")
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    target.write_text(text, encoding="utf-8")
    _stderr().print(f"Wrote {target}. Check it with `postcheck config`.", markup=False)


@app.command("config")
def show_config(
    config_file: ConfigPath = None,
    output_format: CheckFormat = typer.Option(CheckFormat.terminal, "--format", "-f", help="terminal or json."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Show the effect of this --policy flag."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Show the effect of this --fail-on flag."),
) -> None:
    """Print the effective configuration and where each value came from."""
    from rich.table import Table

    from postcheck.config import load_config, settings_as_dict

    try:
        config = load_config(config_file, {"policy": (policy, "--policy"), "fail_on": (fail_on, "--fail-on")})
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    values = settings_as_dict(config.settings)
    if output_format == CheckFormat.json:
        document = {
            "config_file": str(config.file.path) if config.file else None,
            "found_by": config.file.found_by if config.file else None,
            "settings": {key: {"value": value, "origin": config.origins[key]} for key, value in values.items()},
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return
    title = f"Config: {config.file.describe()} (found by {config.file.found_by})" if config.file else \
        "Config: none found, built-in defaults"
    table = Table(title=title, title_justify="left")
    for column in ("Key", "Value", "From"):
        table.add_column(column)
    for key, value in values.items():
        table.add_row(key, escape(json.dumps(value, ensure_ascii=False)), escape(config.origins[key]))
    _stdout().print(table)


@app.command("ignore")
def ignore_finding(
    fingerprint: str = typer.Argument(..., help="The finding's fingerprint (in JSON, JSON Lines, CSV and SARIF output)."),
    reason: str = typer.Option(..., "--reason", "-r", help="Why this finding is acceptable (required)."),
    rule: Optional[str] = typer.Option(None, "--rule", help="Only suppress it as a finding of this rule."),
    config_file: ConfigPath = None,
) -> None:
    """Accept a reviewed finding: add it, with its reason, to the ignore file (.postcheckignore)."""
    from postcheck.suppress import add_to_ignore_file

    try:
        settings = load_settings(config_file)
        add_to_ignore_file(settings.ignore_file, fingerprint.strip().lower(), reason, rule)
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    _stderr().print(f"Added {fingerprint} to {settings.ignore_file}.", markup=False)


@app.callback(invoke_without_command=True)
def main_options(
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    if version:
        typer.echo(f"postcheck {__version__}")
        raise typer.Exit(0)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="postcheck: %(levelname)s: %(message)s")
    # Presidio logs each recognizer it loads and warns about languages at INFO/WARNING; none of it is
    # useful to a worker, and no log line may carry draft text.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        # Without standalone mode click returns a command's exit code instead of exiting.
        sys.exit(app(standalone_mode=False) or 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    except Exception as exc:
        import click

        if isinstance(exc, click.exceptions.UsageError):
            exc.show()
            sys.exit(exitcodes.USAGE)
        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exitcodes.USAGE)
        if isinstance(exc, DetectorUnavailable):
            _stderr().print(f"postcheck: {exc}", markup=False, soft_wrap=True)
            sys.exit(exitcodes.DETECTOR)
        if isinstance(exc, InputError):
            _stderr().print(f"postcheck: {exc}", markup=False, soft_wrap=True)
            sys.exit(exitcodes.USAGE)
        raise
