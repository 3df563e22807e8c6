"""Tests of kg/server: the endpoint's protocol, limits, safety and pages, on real servers on loopback."""
