"""Tests of kg/cli: every command, global options and the extract command."""
