"""Tests of kg/readers: files, encodings, HTML and records read into articles."""
