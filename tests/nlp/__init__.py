"""Tests of kg/nlp: layer-level tests (test_<layer>.py) feed one layer its inputs by hand;
test_<layer>_end_to_end.py run sentences written for one rule through the whole extractor."""
