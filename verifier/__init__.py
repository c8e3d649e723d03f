"""verify: find where news sources disagree about the same figure, offline.

The public API: `run` a check, write its outputs, and the records that flow between stages.
"""

from verifier.errors import InputError, ReviewError, VerifyError
from verifier.pipeline import exit_status, failing_findings, run
from verifier.records import Claim, Finding, Frame, Quantity, Review, RunResult, Source, TimeScope

__all__ = [
    "Claim", "Finding", "Frame", "InputError", "Quantity", "Review", "ReviewError", "RunResult",
    "Source", "TimeScope", "VerifyError", "exit_status", "failing_findings", "run",
]
