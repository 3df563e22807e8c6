"""Evaluation of the extraction: scores against gold annotations, and the reliability of its confidences."""
