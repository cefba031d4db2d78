"""The rulebook for people: the rule list (`postcheck rules`, and its Markdown table in the
docs) and one rule's card (`postcheck explain`)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from postcheck.rulebook import Rule, Rulebook


def rules_markdown(rulebook: Rulebook, rules: list[Rule]) -> str:
    """The rule table in Markdown, by category then ID (docs/rulebook.md holds it)."""
    lines = ["| category | rule | severity | what it catches | policies cited |", "|---|---|---|---|---|"]
    for rule in sorted(rules, key=lambda r: (r.category, r.id)):
        cited = ", ".join(rulebook.policies[k].name for k in rule.cites)
        lines.append(f"| {rule.category} | {rule.id} | {rule.severity.value} | {rule.message} | {cited} |")
    return "\n".join(lines)


def print_rules(rules: list[Rule], console: Console, pack: str | None = None) -> None:
    table = Table(title=f"{len(rules)} rules" + (f" in pack {pack}" if pack else ""))
    for column in ("ID", "Category", "Severity", "Message", "Cites"):
        table.add_column(column)
    for rule in sorted(rules, key=lambda r: (r.category, r.id)):
        table.add_row(rule.id, rule.category, rule.severity.value, rule.message, ", ".join(rule.cites))
    console.print(table)


def print_rule(rule: Rule, rulebook: Rulebook, console: Console) -> None:
    """What the rule catches, why (the policy clauses), how to fix, and its examples."""
    console.print(f"[bold]{rule.id}[/] · {rule.category} · severity {rule.severity.value}")
    console.print(f"\n[bold]What[/]  {escape(rule.message)}\n[bold]Fix[/]   {escape(rule.fix)}\n\n[bold]Policy[/]")
    for key, clause in rule.cites.items():
        console.print(f"  • {escape(rulebook.citation(key, clause))}")
    console.print("\n[bold]Flags, for example[/]")
    for example in rule.flag_examples:
        console.print(f"  ✖ {escape(str(example))}")
    console.print("[bold]Does not flag[/]")
    for example in rule.pass_examples:
        console.print(f"  ✔ {escape(str(example))}")
