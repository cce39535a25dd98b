"""Errors and warnings the package raises about the data it is given."""

from __future__ import annotations

__all__ = ["DataError", "DataWarning", "ReportStopped"]


class DataError(ValueError):
    """Raise when an export cannot be turned into a canonical table.

    The message names the file, the table, the column and the first offending
    rows, and says what was expected, so an operator can fix the export without
    reading a traceback. It is written in the package's language (Chinese unless
    :func:`shopanalysis.set_language` or ``SHOPANALYSIS_LANG`` says ``en``); the
    templates are in :mod:`shopanalysis.text.io`.
    """


class DataWarning(UserWarning):
    """Warn about data that was read but deserves a look.

    Extra columns that were dropped, a platform-derived rate that disagrees with
    the one recomputed from its parts, a cross-table check that failed on a
    user's own exports. Worded in the package's language, like :class:`DataError`.
    """


class ReportStopped(Exception):
    """Raise in a report notebook to end it early, on purpose: its core table is missing.

    :func:`shopanalysis.present.require` raises it after showing, on page 1, what to
    add; :func:`shopanalysis.runner.run_report` keeps the page up to that cell and
    counts the run a success.
    """
