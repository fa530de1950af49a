"""One router per resource, aggregated in :func:`romestatute.web.app.create_app`."""
