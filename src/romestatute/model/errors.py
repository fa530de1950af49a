"""Errors raised by romestatute.

Our exception hierarchy:

* RomeError
  * DataError        - a data file is corrupt or inconsistent (names file and line)
  * QueryError       - the question cannot be answered as asked
    * NotFound       - a name or id that names nothing on record (the API's 404)
      * UnknownState - a state name or code that resolves to no state (with suggestions)
    * BadDate        - a date that is malformed or outside the supported range
    * BadValue       - any other field with a value outside its vocabulary
  * RuleError        - the law code met a case it does not model

Every message is one line, written for the person who typed the query. Where the message would point
to a list of what exists, ``see`` names it (``"warrants"``) and each face words the pointer in its own
terms: ``see 'rome warrants'`` on the command line, ``see /api/warrants`` in the API.
"""

from __future__ import annotations

import re

#: A value quoted back to the user is cut to this many characters (a 100 KB name is not echoed whole).
QUOTE_LIMIT = 80


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``repr(value)`` for an error message, cut to ``limit`` characters with an ellipsis and the full length.

    ``quoted("A" * 100_000)`` is ``'AAA…A…' (100,000 characters)`` with 80 A's.
    """
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit:
        return repr(value) if isinstance(value, str) else repr(text)
    shown = repr(text[:limit])
    return f"{shown[:-1]}…{shown[-1]} ({len(text):,} characters)"


_LONG_QUOTE = re.compile(r"""(?P<q>['"])(?P<body>[^'"\n]{""" + str(QUOTE_LIMIT) + r"""})[^'"\n]{16,}(?P=q)""")


def clip(message: str) -> str:
    """Cut every long quoted stretch of ``message`` (a message someone else built, e.g. click's) as :func:`quoted` does."""
    return _LONG_QUOTE.sub(lambda m: f"{m['q']}{m['body']}…{m['q']} ({len(m[0]) - 2:,} characters)", message)


class RomeError(Exception):
    """Base of every error romestatute raises on purpose."""

    field: str | None = None
    #: The list a reader should look at, named as the resource (``"warrants"``, ``"situations"``).
    see: str | None = None

    def __init__(self, message: str, *, field: str | None = None, see: str | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field
        if see is not None:
            self.see = see


class DataError(RomeError):
    """A data file is corrupt or inconsistent."""

    def __init__(self, message: str, *, file: str = "", line: int | None = None) -> None:
        where = file + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.file = file
        self.line = line


class QueryError(RomeError):
    """The query cannot be answered as asked."""


class NotFound(QueryError):
    """A name or id that names nothing on record: no state, situation or person by that name."""


class UnknownState(NotFound):
    """A state that resolves to nothing in the bundled list."""

    def __init__(self, given: str, suggestions: list[str], *, field: str = "state") -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown state {quoted(given)}{hint}", field=field)
        self.given = given
        self.suggestions = suggestions


class BadDate(QueryError):
    """A malformed date, or one outside the supported range."""


class BadValue(QueryError):
    """A value outside the vocabulary of its field."""


class RuleError(RomeError):
    """The law code met a case it does not model."""
