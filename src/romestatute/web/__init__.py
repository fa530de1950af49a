"""The web face (``rome serve``): a JSON API and a server-rendered explorer over the engine.

Needs the ``web`` extra.  Build the ASGI app with :func:`romestatute.web.app.create_app`.
"""
