"""Tests of kg/evaluation and the corpus tools: scores against gold, stand-off and generated corpora."""
