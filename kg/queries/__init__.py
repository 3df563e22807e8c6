"""The shipped named queries (``*.rq`` in this folder), their parameters, and the formats of their results."""
