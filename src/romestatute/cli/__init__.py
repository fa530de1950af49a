"""The ``rome`` command: parses arguments, calls the queries, renders text or ``--json``."""
