"""The few exceptions the library raises; the CLI turns each into one line and an exit code."""


class VerifyError(Exception):
    """Base class: anything the user can fix, reported as one line without a traceback."""

    exit_code = 2


class InputError(VerifyError):
    """A path or input file the run cannot use (missing folder, no readable sources)."""


class ReviewError(VerifyError):
    """A review command or reviews file the run cannot use (unknown id, bad status)."""
