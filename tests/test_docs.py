"""The README's commands are real: every `verify` line in it parses with the actual CLI."""

import json
import re
import shlex
from pathlib import Path

import pytest
import typer

from verifier.cli import check_app, review_app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    commands = [part.strip() for line in lines for part in re.split(r"&&|;|\|", line)]
    return [command for command in commands if command.startswith("verify ")]


def test_readme_has_the_required_sections() -> None:
    for heading in ("## Reviewing findings", "## Using verify in CI", "## Set up and run"):
        assert heading in README


@pytest.mark.parametrize("line", _commands())
def test_readme_command_parses(line: str) -> None:
    args = shlex.split(line)[1:]
    app = review_app if args[0] == "review" else check_app
    args = args[1:] if args[0] == "review" else args
    command = typer.main.get_command(app)
    context = command.make_context("verify", list(args))  # raises on an unknown option
    assert context.params


def test_every_cli_option_is_documented() -> None:
    for app in (check_app, review_app):
        command = typer.main.get_command(app)
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in README, f"{opt} is not in the README"


def test_setup_and_test_scripts_exist_as_documented() -> None:
    assert "./scripts/setup" in README and "./scripts/test" in README
    assert (ROOT / "scripts" / "setup").stat().st_mode & 0o111
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_review_ids_in_the_readme_exist_in_the_committed_report() -> None:
    report = json.loads((ROOT / "reports" / "discrepancies.json").read_text(encoding="utf-8"))
    ids = {d["id"] for d in report["discrepancies"]}
    for command in _commands():
        args = shlex.split(command)
        if args[1] == "review":
            assert args[2] in ids, f"README reviews {args[2]}, which the seeds report lacks"
