"""The SPARQL 1.1 endpoint and explorer behind ``kg serve`` (started by :func:`kg.server.serve.run`)."""
