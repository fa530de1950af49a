"""``rome serve``: the web explorer and JSON API (needs the ``web`` extra).

FastAPI and uvicorn are imported inside the command, so other commands start fast.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

import click

from romestatute import i18n
from romestatute.i18n import N_
from romestatute.model.errors import quoted

if TYPE_CHECKING:
    import socket


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help=N_("Address to bind; loopback unless you mean to expose it."))
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help=N_("TCP port."))
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              help=N_("How much the server logs to stderr (info: one line per request)."))
def serve(host: str, port: int, log_level: str) -> None:
    """Serve the explorer (map, state pages, jurisdiction checker) and the JSON API under /api.

    Read-only over the bundled data. API docs at /docs, the spec at /openapi.json.
    """
    try:
        import uvicorn

        from romestatute.web.app import create_app
    except ImportError as exc:
        raise click.ClickException(
            f"rome serve needs the web extra ({exc.name or exc} is missing): pip install 'romestatute[web]'"
        ) from None
    from romestatute.ledger_check import run as check_data
    from romestatute.model.errors import DataError

    report = check_data()  # a corrupt data file stops the server here, naming file and line
    if not report["ok"]:
        raise DataError(f"{len(report['problems'])} problem(s), first: {report['problems'][0]} "
                        "(run 'rome data check'); not serving")
    sock = bind(host, port)  # before the banner: a busy port is one line and exit 2, not a uvicorn error
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"rome serve: listening on {host}, reachable beyond this machine", err=True)
    port = sock.getsockname()[1]  # the port the system chose for --port 0
    click.echo(f"rome serve: http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl+C to stop)", err=True)
    server = uvicorn.Server(uvicorn.Config(create_app(), host=host, port=port, log_level=log_level, workers=1))
    with sock:
        server.run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (as uvicorn would open it), or a one-line error naming both."""
    import socket  # here: every command imports this module, and socket costs other commands 3-6 ms at start

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
    except (OSError, UnicodeError) as exc:
        raise click.UsageError(i18n.gettext("--host: cannot use %(host)s: %(reason)s") % {
            "host": quoted(host), "reason": getattr(exc, "strerror", None) or exc}) from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise click.UsageError(i18n.gettext("--port: port %(port)s on %(host)s is already in use; stop what runs "
                                                "there or choose another with --port") % {"port": port, "host": host}
                                   ) from None
        raise click.UsageError(i18n.gettext("--host/--port: cannot listen on %(host)s:%(port)s: %(reason)s") % {
            "host": host, "port": port, "reason": exc.strerror or exc}) from None
    return sock


COMMANDS = [serve]
