"""The SPARQL language below the stores: its lexer, the query guard, the terms of parsed queries,
the query text the stores build, and the sandbox that runs queries without network access."""
