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

A message given with ``params`` is a whole sentence marked for translation (``N_("%(field)s: ...")``) and is
said in the language active when it is shown (``str(exc)``): the English text itself, or its translation from
the catalogue (``romestatute.i18n``); a parameter that is a day is written as that language writes days in
messages (ISO in both). A message given without ``params`` is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

#: A value quoted back to the user is cut to this many characters (a 100 KB name is not echoed whole).
QUOTE_LIMIT = 80


def quoted(value: object, limit: int = QUOTE_LIMIT) -> Quoted:
    """``repr(value)`` for an error message, cut to ``limit`` characters with an ellipsis and the full length.

    ``quoted("A" * 100_000)`` is ``'AAA…A…' (100,000 characters)`` with 80 A's. The result is a :class:`Quoted`:
    that text wherever it is used as a string, and the value between « » where a French message says it.
    """
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit:
        english = repr(value) if isinstance(value, str) else repr(text)
    else:
        shown = repr(text[:limit])
        english = f"{shown[:-1]}…{shown[-1]} ({len(text):,} characters)"
    out = Quoted(english)
    out.text, out.limit = text, limit
    return out


class Quoted(str):
    """A value the user gave, quoted back in an error (:func:`quoted`). As a string it is the English form, Python's
    quotes (``'Narnia'``); said through ``%s`` in French (a message's parameter) it is the same value between « »
    with no-break spaces (« Narnia »): nothing typed is changed, only a character that cannot be printed is written
    as its escape (as ``repr`` writes it), so the message stays one line; a long value is cut as in English."""

    text: str = ""
    limit: int = QUOTE_LIMIT

    def __str__(self) -> str:
        from romestatute import i18n  # here: the model layer is below i18n

        if i18n.language() != "fr":
            return str.__str__(self)
        body = "".join(c if c.isprintable() else repr(c)[1:-1] for c in self.text[:self.limit])
        if len(self.text) <= self.limit:
            return f"«\u00a0{body}\u00a0»"
        return i18n.gettext(N_("«\u00a0%(start)s…\u00a0» (%(count)s characters)")) % {
            "start": body, "count": i18n.number(len(self.text))}


def N_(message: str) -> str:  # noqa: N802 (gettext's name for a marker; i18n's own, which cannot be imported here)
    """Mark ``message`` for extraction; it is translated when the error is shown."""
    return message


_LONG_QUOTE = re.compile(r"""(?P<q>['"])(?P<body>[^'"\n]{""" + str(QUOTE_LIMIT) + r"""})[^'"\n]{16,}(?P=q)""")


def clip(message: str) -> str:
    """Cut every long quoted stretch of ``message`` (a message someone else built, e.g. click's) as :func:`quoted` does."""
    return _LONG_QUOTE.sub(lambda m: f"{m['q']}{m['body']}…{m['q']} ({len(m[0]) - 2:,} characters)", message)


class RomeError(Exception):
    """Base of every error romestatute raises on purpose."""

    field: str | None = None
    #: The list a reader should look at, named as the resource (``"warrants"``, ``"situations"``).
    see: str | None = None

    def __init__(self, message: str, *, field: str | None = None, see: str | None = None,
                 params: Mapping[str, object] | None = None) -> None:
        super().__init__(message % {k: str.__str__(v) if isinstance(v, Quoted) else v for k, v in params.items()}
                         if params is not None else message)  # the English line
        self.message = message
        self.params = dict(params) if params is not None else None
        if field is not None:
            self.field = field
        if see is not None:
            self.see = see

    def __str__(self) -> str:
        """The message in the active language (a message without ``params`` as it was given)."""
        if self.params is None:
            return super().__str__()
        from romestatute import i18n  # here: the model layer is below i18n, which imports these errors

        return i18n.gettext(self.message) % {k: i18n.day(v) if isinstance(v, dt.date) else v for k, v in self.params.items()}


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
        if suggestions:
            super().__init__(N_("unknown state %(given)s; did you mean %(suggestions)s?"), field=field,
                             params={"given": quoted(given), "suggestions": ", ".join(suggestions)})
        else:
            super().__init__(N_("unknown state %(given)s"), field=field, params={"given": quoted(given)})
        self.given = given
        self.suggestions = suggestions

    def __str__(self) -> str:
        """In French, each suggestion ("Burundi (BDI)") by its French name, and the last after « ou »."""
        from romestatute import i18n

        if not self.suggestions or i18n.language() == i18n.DEFAULT:
            return super().__str__()
        names = []
        for s in self.suggestions:
            m = re.fullmatch(r"(.*) \(([A-Z]{3})\)", s)
            names.append(f"{i18n.state_name(m[2], m[1])} ({m[2]})" if m else s)
        listed = names[0] if len(names) == 1 else i18n.gettext(N_("%(names)s or %(last)s")) % {
            "names": ", ".join(names[:-1]), "last": names[-1]}
        return i18n.gettext(self.message) % {"given": quoted(self.given), "suggestions": listed}


class BadDate(QueryError):
    """A malformed date, or one outside the supported range."""


class BadValue(QueryError):
    """A value outside the vocabulary of its field."""


class RuleError(RomeError):
    """The law code met a case it does not model."""
