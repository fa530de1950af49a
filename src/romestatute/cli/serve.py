"""``rome serve``: the web explorer and JSON API (needs the ``web`` extra).

FastAPI and uvicorn are imported inside the command, so other commands start fast.
"""

from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; loopback unless you mean to expose it.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
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
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"rome serve: listening on {host}, reachable beyond this machine", err=True)
    click.echo(f"rome serve: http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(create_app(), host=host, port=port, log_level=log_level, workers=1)


COMMANDS = [serve]
