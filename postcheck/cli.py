"""The command line: parse options, call the screener, render. No screening logic lives here."""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape

from postcheck import __version__, exitcodes
from postcheck.errors import DetectorUnavailable, InputError, PostcheckError
from postcheck.model import Post, Report
from postcheck.inputs.detect import BY_NAME as INPUT_FORMATS
from postcheck.private_files import open_private
from postcheck.render import formats_help
from postcheck.rulebook import pack_names
from postcheck.settings import Settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Screen a social-media draft against child-welfare social-media policies before you post it.",
)
watchlist_app = typer.Typer(no_args_is_help=True, help="Manage the caseload watchlist (stored as keyed hashes).")
app.add_typer(watchlist_app, name="watchlist")

log = logging.getLogger("postcheck")

ConfigPath = Annotated[Optional[Path], typer.Option(
    "--config", "-c", help="Config file. Default: $POSTCHECK_CONFIG, else .postcheck.toml or pyproject.toml "
    "[tool.postcheck] found from here upward.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors; the exit code gives the result.")]
Policy = Annotated[Optional[str], typer.Option(
    "--policy", "-p", help=f"Policy pack: {', '.join(pack_names())} (default generic: every policy).")]
FailOn = Annotated[Optional[str], typer.Option(
    "--fail-on", help="Exit 1 at this level or above: block (default), warn, never.")]
NoOcr = Annotated[bool, typer.Option("--no-ocr", help="Skip reading text in photos (faster).")]
MaxChars = Annotated[Optional[int], typer.Option(
    "--max-chars", min=1, help="Refuse a post longer than this many characters (default 100,000).")]
MaxSeconds = Annotated[Optional[float], typer.Option(
    "--max-seconds", min=0.001, help="Give up on a post whose screening takes longer than this (default 60).")]
NoTimings = Annotated[bool, typer.Option(
    "--no-timings", help="Leave the seconds each stage took out of the reports, so two runs can be diffed.")]


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
        None, "--format", "-f", help=formats_help("terminal (default: a report for people)")),
    fail_on: FailOn = None,
    policy: Policy = None,
    rewrite: bool = typer.Option(False, "--rewrite", help="Also print a safer version of the draft."),
    no_ocr: NoOcr = False,
    annotate_dir: Optional[Path] = typer.Option(
        None, "--annotate", help="Write each photo here with boxes where faces, obscured regions and text were found."),
    strip_metadata_dir: Optional[Path] = typer.Option(
        None, "--strip-metadata", help="Write a copy of each photo without EXIF/XMP (GPS, time, device) here."),
    config_file: ConfigPath = None,
    quiet: Quiet = False,
    no_timings: NoTimings = False,
    max_chars: MaxChars = None,
    max_seconds: MaxSeconds = None,
) -> None:
    """Check one draft (and its photos) and print a risk report."""
    from postcheck.inputs.drafts import read_draft
    from postcheck.suppress import Suppressor

    try:
        settings = load_settings(config_file, policy=(policy, "--policy"), fail_on=(fail_on, "--fail-on"),
                                 ocr=(False if no_ocr else None, "--no-ocr"), format=(output_format, "--format"),
                                 max_chars=(max_chars, "--max-chars"), max_seconds=(max_seconds, "--max-seconds"))
        suppressor = Suppressor.load(settings.ignore_file)
        body, source = read_draft(draft, text)
        screener = build_screener(settings)
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    post = Post(id=source.file or "draft", text=body, images=list(image), source=source)
    report = suppressor.apply(screener.screen(post))
    if no_timings:
        report.timings.clear()
    try:
        _write_photo_copies(screener, post.images, annotate_dir, strip_metadata_dir)
    except (InputError, OSError) as exc:
        raise fail(f"cannot write photo copies: {exc}", exitcodes.USAGE)
    if quiet:  # the exit code is the answer, but a screen that did not complete is said, by name
        for error in report.errors:
            _stderr().print(f"postcheck: {error.kind.value} error in {error.detector}: {error.message}", markup=False)
    else:
        render_one(report, settings.format)
        if rewrite:  # with a machine format, stdout holds that format only
            from postcheck.rewrite import safer_rewrite

            console = _stdout() if settings.format == "terminal" else _stderr()
            console.rule("A safer version")
            console.print(safer_rewrite(report.post.text, report.active_findings), markup=False)
    raise typer.Exit(exitcodes.exit_code_for([report], settings.fail_on))


def _write_photo_copies(screener, images: list[Path], annotate_dir: Optional[Path],
                        strip_dir: Optional[Path]) -> None:
    """--annotate and --strip-metadata: copies of the photos, written only when asked for."""
    if not images or not (annotate_dir or strip_dir):
        return
    from postcheck.images import annotate, strip_metadata

    for path in images:
        if strip_dir:
            strip_metadata(path, strip_dir / path.name)
        if annotate_dir:
            # Annotation needs the detectors' observations, which reports do not carry; photos are
            # analysed again only when a person asks for the annotated copies.
            _stderr().print(f"annotated: {annotate(path, screener.images.analyze(path), annotate_dir)}", markup=False)


def render_one(report: Report, output_format: str) -> None:
    """The report, in the terminal or a machine format, is the output: stdout."""
    if output_format == "terminal":
        from postcheck.render.terminal import render_report

        render_report(report, _stdout())
        return
    from postcheck.render import open_writer

    writer = open_writer(output_format, sys.stdout)
    writer.write(report)
    writer.close()


@app.command()
def scan(
    paths: list[Path] = typer.Argument(..., help="Drafts, folders of drafts, or platform exports (files or folders)."),
    input_format: Optional[str] = typer.Option(
        None, "--input-format", help=f"The input's format, when its shape does not tell: {', '.join(INPUT_FORMATS)}."),
    text_column: Optional[str] = typer.Option(None, "--text-column", help="CSV / JSON Lines: the post's text."),
    id_column: Optional[str] = typer.Option(None, "--id-column", help="CSV / JSON Lines: the post's id."),
    image_column: Optional[str] = typer.Option(None, "--image-column", help="CSV / JSON Lines: its photo paths."),
    output_format: Optional[str] = typer.Option(
        None, "--format", "-f", help=formats_help("terminal (default: the summary)")
        + " A machine format writes every post's report to stdout (or --output), the summary to stderr."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the reports here, not to stdout."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report here."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    fail_on: FailOn = None,
    policy: Policy = None,
    no_ocr: NoOcr = False,
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", help="An earlier report (JSON, JSON Lines or SARIF): its findings are marked suppressed, "
        "so only new ones count."),
    config_file: ConfigPath = None,
    quiet: Quiet = False,
    no_timings: NoTimings = False,
    max_chars: MaxChars = None,
    max_seconds: MaxSeconds = None,
) -> None:
    """Screen every post of a folder of drafts or a platform export: summary, reports, exit code."""
    from contextlib import ExitStack
    from itertools import chain

    from postcheck.inputs import read_posts
    from postcheck.render import FORMATS, open_writer
    from postcheck.render.summary import render_summary
    from postcheck.scan import default_jobs, screen_and_write
    from postcheck.suppress import Suppressor
    from postcheck.text.watchlist import open_watchlist

    signal.signal(signal.SIGTERM, _interrupt)  # a TERM stops the scan as Ctrl-C does, workers and all
    try:
        settings = load_settings(config_file, policy=(policy, "--policy"), fail_on=(fail_on, "--fail-on"),
                                 ocr=(False if no_ocr else None, "--no-ocr"), format=(output_format, "--format"),
                                 max_chars=(max_chars, "--max-chars"), max_seconds=(max_seconds, "--max-seconds"))
        if settings.format != "terminal" and not FORMATS[settings.format].many_reports:
            raise InputError(f"format '{settings.format}' holds one report; scan writes one per post: use jsonl")
        suppressor = Suppressor.load(settings.ignore_file, baseline)
        open_watchlist(settings.watchlist, settings.watchlist_key)  # a bad list or key: one error, now

        def posts():
            # Each input is recognised (or rejected) now, before any report is written.
            return chain.from_iterable([read_posts(path, fmt=input_format, text_column=text_column,
                                                   id_column=id_column, image_column=image_column)
                                        for path in paths])

        stderr = _stderr()
        show_progress = not quiet and stderr.is_terminal and not stderr.no_color
        total = sum(1 for _ in posts()) if show_progress else None  # a cheap first pass, for "time left"
        with ExitStack() as stack:
            writers = []
            if settings.format != "terminal" and (output or not quiet):  # --quiet: files only
                out = (stack.enter_context(open_private(output, "w", encoding="utf-8", newline=""))
                       if output else sys.stdout)
                writers.append(open_writer(settings.format, out))
            if html:
                writers.append(open_writer("html", stack.enter_context(open_private(html, "w", encoding="utf-8"))))
            progress = stack.enter_context(_scan_progress(total)) if show_progress else None
            summary, tally = screen_and_write(
                posts(), settings, suppressor, writers, jobs=jobs or default_jobs(), keep_timings=not no_timings,
                each_report=(lambda: progress.advance(progress.task_ids[0])) if progress is not None else None)
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    except OSError as exc:
        what = f"cannot write {exc.filename}" if exc.filename else "the scan stopped on a system error"
        raise fail(f"{what}: {exc.strerror or type(exc).__name__}", exitcodes.USAGE)
    except KeyboardInterrupt:
        # A partial report file would look like a complete scan to whoever reads it next.
        removed = [path for path in (output, html) if path is not None and path.is_file()]
        for path in removed:
            path.unlink(missing_ok=True)
        raise fail("scan interrupted" + (f"; incomplete {', '.join(map(str, removed))} removed" if removed else ""),
                   exitcodes.INTERRUPTED)
    if quiet and tally.not_screened:
        _stderr().print(f"postcheck: {tally.not_screened} post(s) not fully screened (errors in the reports)",
                        markup=False)
    if not quiet:
        # The summary is the output in terminal format; beside a machine format it is a note for people.
        render_summary(summary, _stdout() if settings.format == "terminal" else _stderr())
    raise typer.Exit(tally.code(settings.fail_on))


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _scan_progress(total: Optional[int]):
    """A progress bar on stderr: posts done, rate, time left. It disappears when the scan ends."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed or 0:.0f} posts/s")

    progress = Progress(TextColumn("screening"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                        TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                        console=_stderr(), transient=True)
    progress.add_task("scan", total=total)
    return progress


@app.command()
def serve(
    port: Optional[int] = typer.Option(
        None, "--port", min=1, max=65535, help="Listen on this port of 127.0.0.1 (default: a free one)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Print the page's address; do not open a browser."),
    policy: Policy = None,
    no_ocr: NoOcr = False,
    config_file: ConfigPath = None,
) -> None:
    """Open a page in your browser to check drafts and photos. It runs on this computer only."""
    from postcheck.config import load_config
    from postcheck.serve import serve_page

    try:
        config = load_config(config_file, {"policy": (policy, "--policy"),
                                           "ocr": (False if no_ocr else None, "--no-ocr")})
        serve_page(config, port=port, open_browser=not no_browser, say=typer.echo)
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    except OSError as exc:
        raise fail(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or type(exc).__name__}", exitcodes.USAGE)


@app.command()
def evaluate(
    labeled: Path = typer.Argument(..., help="Labelled posts: JSON Lines with text, verdict, categories and evidence (models/corpus/README.md)."),
    output_format: CheckFormat = typer.Option(CheckFormat.terminal, "--format", "-f"),
    policy: Policy = None,
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
    markdown: bool = typer.Option(False, "--markdown", help="Print a Markdown table (docs/rulebook.md's rule table)."),
) -> None:
    """List the policy rules, by category."""
    from postcheck.render.rulebook_views import print_rules, rules_markdown
    from postcheck.rulebook import load_rulebook

    try:
        rulebook = load_rulebook()
        rules = rulebook.rules_for(policy) if policy else rulebook.rules
    except PostcheckError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    if markdown:
        typer.echo(rules_markdown(rulebook, rules))
    else:
        print_rules(rules, _stdout(), policy)


@app.command()
def explain(rule_id: str = typer.Argument(..., help="A rule ID, e.g. PC-SCHED-001.")) -> None:
    """Show one rule: what it catches, why (the policy clauses), how to fix, and its examples."""
    from postcheck.render.rulebook_views import print_rule
    from postcheck.rulebook import load_rulebook

    rulebook = load_rulebook()
    rule = rulebook.rule(rule_id)
    if rule is None:
        raise fail(f"no rule '{rule_id}'; `postcheck rules` lists them", exitcodes.USAGE)
    print_rule(rule, rulebook, _stdout())
    if rule.reads_model:
        from postcheck.learned.classifier import card
        from postcheck.render.model_card import render_model_card

        try:
            render_model_card(card(), _stdout())
        except DetectorUnavailable as exc:
            raise fail(str(exc), exitcodes.DETECTOR)


@watchlist_app.command("add")
def watchlist_add(
    names_file: Path = typer.Argument(..., help="A file of client names, one per line ('-' for stdin)."),
    watchlist: Path = typer.Option(Path(".postcheck-watchlist.json"), "--watchlist", "-w",
                                   help="The watchlist file to create or extend."),
    key_file: Optional[Path] = typer.Option(
        None, "--key", "-k", help="The key file, kept apart from the list (default: $POSTCHECK_WATCHLIST_KEY, "
        "else ~/.config/postcheck/watchlist.key); made if it does not exist."),
) -> None:
    """Add client names to the watchlist. Only keyed hashes are stored; the names file is not kept."""
    from postcheck.text.watchlist import Watchlist, create_key, default_key_file, read_key

    key_path = key_file or default_key_file()
    try:
        raw = sys.stdin.read() if str(names_file) == "-" else names_file.read_text(encoding="utf-8")
        new_key = not key_path.exists()
        key = create_key(key_path) if new_key else read_key(key_path)
        current = Watchlist.load(watchlist, key) if watchlist.exists() else Watchlist.new(key)
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read names: {type(exc).__name__}", exitcodes.USAGE)
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    names = [line.strip() for line in raw.splitlines() if line.strip()]
    added = current.add_all(names)
    current.save(watchlist)
    if new_key:
        _stderr().print(f"New key in {key_path}: keep it apart from the list and give it only to people who "
                        "screen with this list (without it the list is unreadable, and useless).", markup=False)
    _stderr().print(f"{len(names)} name(s) hashed into {watchlist} ({added} new digests). "
                    "Delete the plain names file now.", markup=False)


def stdin_is_terminal() -> bool:
    """Whether a person can answer a prompt (tests replace this)."""
    return sys.stdin.isatty()


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
        if not stdin_is_terminal():  # a script: never wait for an answer that cannot come
            raise fail("pass --agency NAME (standard input is not a terminal, so postcheck will not ask)",
                       exitcodes.USAGE)
        agency = typer.prompt("Your agency's name")
        alias = alias or [a.strip() for a in typer.prompt(
            "Other names or abbreviations, comma-separated", default="", show_default=False).split(",") if a.strip()]
        policy = policy or typer.prompt("Policy pack (postcheck rules --policy NAME lists one)", default="generic")
    if not agency.strip():
        raise fail("the agency's name must not be empty", exitcodes.USAGE)
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
    from postcheck.config import load_config
    from postcheck.render.config_view import config_document, print_config

    try:
        config = load_config(config_file, {"policy": (policy, "--policy"), "fail_on": (fail_on, "--fail-on")})
    except InputError as exc:
        raise fail(str(exc), exitcodes.USAGE)
    if output_format == CheckFormat.json:
        sys.stdout.write(json.dumps(config_document(config), indent=2, ensure_ascii=False) + "\n")
    else:
        print_config(config, _stdout())


@app.command("ignore")
def ignore_finding(
    fingerprint: str = typer.Argument(..., help="The finding's fingerprint (in JSON, JSON Lines, CSV and SARIF output)."),
    reason: str = typer.Option(..., "--reason", "-r", help="Why this finding is acceptable (required)."),
    rule: Optional[str] = typer.Option(None, "--rule", help="Only suppress it as a finding of this rule."),
    config_file: ConfigPath = None,
) -> None:
    """Accept a reviewed finding: add it, with its reason, to the ignore file (.postcheckignore)."""
    from postcheck.rulebook import load_rulebook
    from postcheck.suppress import add_to_ignore_file

    try:
        settings = load_settings(config_file)
        known = load_rulebook().rule(rule) if rule else None
        if rule and known is None:
            raise InputError(f"no rule '{rule}'; `postcheck rules` lists them")
        add_to_ignore_file(settings.ignore_file, fingerprint.strip().lower(), reason, known.id if known else None)
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
    code = _run()
    # Tearing down spaCy, Presidio and onnxruntime at interpreter exit takes a quarter of a
    # second of a cold `check` and does nothing for the user: flush what was written and leave.
    # (Every file postcheck writes is closed by its own `with` before this point.)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe (`| head`): nothing more can be said
        pass
    os._exit(code)


def _run() -> int:
    """Run the command line; the exit code (exitcodes.py)."""
    logging.basicConfig(level=logging.WARNING, format="postcheck: %(levelname)s: %(message)s")
    # Presidio logs each recognizer it loads and warns about languages at INFO/WARNING; none of it is
    # useful to a worker, and no log line may carry draft text.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        # Without standalone mode click returns a command's exit code instead of exiting.
        return app(standalone_mode=False) or 0
    except typer.Exit as exc:
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        return exitcodes.INTERRUPTED
    except Exception as exc:
        import click

        if isinstance(exc, click.exceptions.ClickException):  # usage errors included
            exc.show()
            return exitcodes.USAGE
        if isinstance(exc, DetectorUnavailable):
            _stderr().print(f"postcheck: {exc}", markup=False, soft_wrap=True)
            return exitcodes.DETECTOR
        if isinstance(exc, InputError):
            _stderr().print(f"postcheck: {exc}", markup=False, soft_wrap=True)
            return exitcodes.USAGE
        raise
