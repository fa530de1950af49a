"""Property-based fuzzing of the JSON API against its own OpenAPI spec (schemathesis), with every check on.

Bounded for CI: a few dozen generated requests per operation. ``bench/fuzz_api.py`` runs longer.
Every response must be below 500 and conform to the spec (status codes, content type, schema,
headers, the Allow header of a 405); data the spec allows must be accepted (2xx, or 404 for a name
nothing is known by) and data it forbids refused. The few things the spec cannot say are configured,
each with its reason, in ``schemathesis.toml`` at the top of the repository, which ``schemathesis run``
reads too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402

from romestatute.web.app import create_app  # noqa: E402

CONFIG = Path(__file__).resolve().parents[2] / "schemathesis.toml"
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(), config=SchemathesisConfig.from_path(CONFIG))
#: bench/bench_fuzz.py raises the count and collects one line per request in LOG.
EXAMPLES = int(os.environ.get("ROMESTATUTE_FUZZ_EXAMPLES", "25"))
LOG = os.environ.get("ROMESTATUTE_FUZZ_LOG")


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_spec(case: schemathesis.Case) -> None:
    response = case.call_and_validate()
    if LOG:
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(f"{case.operation.method.upper()} {case.operation.path} {response.status_code}\n")
