"""The answers' shapes for the OpenAPI spec, and the published JSON Schemas written from the same definition.

Handlers return the query dicts as they are (the one schema the CLI's ``--json`` prints); the response
types are the TypedDicts of :mod:`romestatute.model.answers`, which the Python API returns too. Every
object allows extra keys: a key added to an answer is not a breaking change.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

from romestatute.model import answers
from romestatute.model.answers import (
    DiffAnswer,
    Error,
    Finding,
    ObligationAnswer,
    ObligationMapAnswer,
    PartiesAnswer,
    Reading,
    SituationAnswer,
    SituationsAnswer,
    StatusAnswer,
    StatusesAnswer,
    TimelineAnswer,
    WarrantsAnswer,
)

__all__ = ["ArticleOut", "DiffAnswer", "Error", "Finding", "ObligationAnswer", "ObligationMapAnswer", "PartiesAnswer", "Reading",
           "SituationAnswer", "SituationsAnswer", "StatusAnswer", "StatusesAnswer", "TimelineAnswer",
           "WarrantsAnswer", "errors", "json_schema"]

#: The JSON Schema dialect of the published files (pydantic writes 2020-12, as OpenAPI 3.1 uses).
DIALECT = "https://json-schema.org/draft/2020-12/schema"


class ArticleOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    number: str
    part: int
    title: str | None  # Art. 10 has no heading
    summary: str
    paragraphs: dict[str, str]
    href: str


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"model": Error} for c in codes}


def json_schema(schema_id: str) -> dict[str, Any]:
    """The JSON Schema of the answer ``schema_id`` (``romestatute.finding/1``), as published in the package."""
    body = TypeAdapter(answers.ANSWERS[schema_id]).json_schema()
    return {"$schema": DIALECT, "title": schema_id, **{k: v for k, v in body.items() if k != "title"}}
