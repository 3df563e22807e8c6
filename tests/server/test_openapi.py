"""Schemathesis over the endpoint's OpenAPI description: generated requests never get a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from tests.support.server_support import Server, fixture_served_store, fixture_server  # noqa: F401

pytestmark = pytest.mark.server
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def operations(server: Server) -> list:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_server_openapi_no_server_errors(server: Server) -> None:
    """Each operation in turn: hypothesis draws requests from its schema and checks every answer.

    (Driven by hand rather than by schemathesis's pytest plugin, which does not run on this pytest.)
    """
    found = operations(server)
    assert len(found) >= 8
    for operation in found:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case) -> None:
            case.call_and_validate(base_url=server.url, checks=CHECKS)

        check()
