"""Command line: a thin layer that parses arguments, prints, and maps errors to exit codes.

`verify PATH...` checks sources; `verify review ID --status S --note N` records a decision.
Every library error becomes one line on stderr and exit 2; `--debug` shows the traceback.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from verifier.errors import ReviewError, VerifyError

EXIT_USAGE = 2


class FailOn(str, Enum):
    conflict = "conflict"
    scope = "scope"
    never = "never"


class Status(str, Enum):
    confirmed = "confirmed"
    explained = "explained"
    false_alarm = "false_alarm"


check_app = typer.Typer(add_completion=False, rich_markup_mode=None,
                        pretty_exceptions_enable=False)
review_app = typer.Typer(add_completion=False, rich_markup_mode=None,
                         pretty_exceptions_enable=False)


def _fail(message: str, debug: bool) -> None:
    if debug:
        traceback.print_exc()
    typer.echo(f"verify: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


class _ProgressBar:
    """A one-line progress display on stderr, only for an interactive terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{stage:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


@check_app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Folders or files with the articles.")],
    out: Annotated[Path, typer.Option(help="Folder for index.md and discrepancies.*")] = Path(
        "reports"),
    claims: Annotated[Path, typer.Option(help="Folder for claims.csv and reviews.csv")] = Path(
        "claims"),
    fail_on: Annotated[FailOn, typer.Option(help="Lowest unreviewed verdict that exits 1.")] = (
        FailOn.conflict),
    new: Annotated[list[Path] | None, typer.Option(
        help="Report only findings involving these sources (repeatable).")] = None,
    changed_since: Annotated[str | None, typer.Option(
        help="Treat sources changed since this git revision as --new.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of unexpected errors.")] = False,
) -> None:
    """Cross-check every article under PATHS and write the reports.

    Exit 0: nothing unreviewed at or above --fail-on; 1: such findings; 2: usage or input
    error. Record a decision with: verify review ID --status explained --note "..."
    """
    from verifier import pipeline
    from verifier.report import render_step_summary, render_summary_table, write_outputs

    progress = _ProgressBar(enabled=not quiet and sys.stderr.isatty())
    try:
        new_paths = list(new or [])
        if changed_since:
            new_paths += pipeline.changed_since(changed_since, paths)
            if not new_paths:
                if not quiet:
                    typer.echo(f"no sources changed since {changed_since}; nothing to check")
                raise typer.Exit(0)
        result = pipeline.run(paths, claims_dir=claims, new_paths=new_paths, progress=progress)
        progress.close()
        command = "verify " + " ".join(_shown(p) for p in paths)
        write_outputs(result, out, claims, command=command)
    except VerifyError as exc:
        progress.close()
        _fail(str(exc), debug)
    except typer.Exit:
        progress.close()
        raise
    except KeyboardInterrupt:
        progress.close()
        typer.echo("verify: interrupted; the previous reports are left as they were", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - the one place that turns surprises into a line
        progress.close()
        _fail(f"unexpected error: {type(exc).__name__}: {exc} (rerun with --debug for the "
              "traceback)", debug)
    for line in result.warnings:
        typer.echo(f"warning: {line}", err=True)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(render_step_summary(result))
        except OSError as exc:
            typer.echo(f"warning: cannot write GITHUB_STEP_SUMMARY: {exc}", err=True)
    if not quiet:
        typer.echo(render_summary_table(result), nl=False)
        typer.echo(f"report: {out / 'index.md'}")
    raise typer.Exit(pipeline.exit_status(result, fail_on.value))


def _shown(path: Path) -> str:
    """A path as the report shows it: relative when it lies under the current folder, so the
    same inputs give the same report in any checkout."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix() if (
            path.resolve().is_relative_to(Path.cwd().resolve())) else str(path)
    except (OSError, ValueError):
        return str(path)


def _known_finding(out: Path, finding_id: str) -> str:
    """The full id for `finding_id` (a unique prefix is enough), checked against the last run."""
    report = out / "discrepancies.json"
    if not report.exists():
        typer.echo(f"warning: no {report} to check the id against; recorded as typed "
                   "(use --out to point at the report)", err=True)
        return finding_id
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
        ids = [d["id"] for d in data.get("discrepancies", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return finding_id
    if finding_id in ids:
        return finding_id
    matches = [i for i in ids if i.startswith(finding_id)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ReviewError(f"id {finding_id!r} is ambiguous: {', '.join(sorted(matches))}")
    raise ReviewError(f"no finding {finding_id!r} in {report}; run verify first or check the id")


@review_app.command()
def review(
    finding_id: Annotated[str, typer.Argument(help="Finding id from the report.")],
    status: Annotated[Status, typer.Option(help="Your decision.")],
    note: Annotated[str, typer.Option(help="Why, for the next reader.")] = "",
    reviewer: Annotated[str, typer.Option(help="Who decided.")] = "",
    out: Annotated[Path, typer.Option(help="Folder of the last report.")] = Path("reports"),
    claims: Annotated[Path, typer.Option(help="Folder holding reviews.csv")] = Path("claims"),
    debug: Annotated[bool, typer.Option(help="Show tracebacks of unexpected errors.")] = False,
) -> None:
    """Record a decision on a finding in reviews.csv, so it never fails a run again."""
    from verifier.reviews import record_review

    try:
        full_id = _known_finding(out, finding_id)
        saved = record_review(claims / "reviews.csv", full_id, status.value, note,
                              reviewer=reviewer, date=date.today().isoformat())
    except VerifyError as exc:
        _fail(str(exc), debug)
    except Exception as exc:  # noqa: BLE001
        _fail(f"unexpected error: {type(exc).__name__}: {exc}", debug)
    typer.echo(f"recorded {saved.id}: {saved.status}")


def main() -> None:
    """Entry point: `verify review ...` records a decision, anything else is a check."""
    args = sys.argv[1:]
    if args and args[0] == "review":
        review_app(args=args[1:], prog_name="verify review")
    else:
        check_app(args=args, prog_name="verify")


if __name__ == "__main__":
    main()
