"""Tests of kg/store: the embedded and remote stores, their shared contract, formats and bulk loading."""
