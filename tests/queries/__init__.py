"""Tests of kg/queries: the shipped named queries, their parameters, paging and answers at scale."""
