"""``kg serve``: the store as a SPARQL 1.1 endpoint, with a query page and the explorer."""

from __future__ import annotations

import click

from kg.cli.common import handle_errors, settings


@click.command()
@click.option("--store", "store", metavar="PATH", help="Store folder (default: kg --store / KG_STORE).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1), metavar="S",
              help="Stop a query after this many seconds.")
@click.option("--max-result-mb", default=32, show_default=True, type=click.IntRange(min=1),
              help="Refuse results larger than this.")
@click.option("--workers", type=click.IntRange(min=1), help="Query worker processes (default: CPUs, 2 to 8).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update and Graph Store writes (with the token).")
@click.option("--token", envvar="KG_SERVE_TOKEN", metavar="TOKEN",
              help="Bearer token that updates must carry (env KG_SERVE_TOKEN).")
@click.option("--allow-service", is_flag=True, help="Let SERVICE and LOAD reach other servers.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Origins whose pages may query (repeatable; default: any).")
@click.option("--no-cors", is_flag=True, help="Send no CORS headers: only same-origin pages may query.")
@click.option("--max-memory", type=click.IntRange(min=0), metavar="MB",
              help="Memory cap of each worker; a query past it gets 507 (default: half the machine's memory "
                   "over the workers, at most 2048; 0: no cap).")
@click.option("--max-client-queries", default=4, show_default=True, type=click.IntRange(min=0),
              help="Requests one client address may have waiting or running (429 past that; 0: no limit).")
@click.option("--reserved-workers", default=1, show_default=True, type=click.IntRange(min=0),
              help="Workers kept free of slow queries, for the short ones.")
@click.option("--slow-after", default=1.0, show_default=True, type=click.FloatRange(min=0.01), metavar="S",
              help="A query running longer is slow: its client's and its text's next runs use the slow lane.")
@click.option("--body-timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1), metavar="S",
              help="Seconds a client has to send a request body (408 past that).")
@click.option("--allowed-host", "hosts", multiple=True, metavar="NAME",
              help="A Host name to answer besides loopback ones (repeatable; '*': any). Bound to 0.0.0.0 "
                   "without it, any name is answered.")
@handle_errors
def serve(store: str | None, host: str, port: int, timeout: float, max_result_mb: int, workers: int | None,
          allow_update: bool, token: str | None, allow_service: bool, cors_origins: tuple[str, ...],
          no_cors: bool, max_memory: int | None, max_client_queries: int, reserved_workers: int,
          slow_after: float, body_timeout: float, hosts: tuple[str, ...]) -> None:
    """Serve the store as a SPARQL 1.1 endpoint: read-only, time- and size-bounded, no outbound requests.

    \b
    Open http://127.0.0.1:7878/ for the query page, /explore for the explorer;
    point YASGUI or SPARQLWrapper at http://127.0.0.1:7878/sparql.
    \b
    Examples:
      kg serve --store kg-store
      kg serve --store kg-store --timeout 30 --port 8080
      KG_SERVE_TOKEN=secret kg serve --store kg-store --allow-update
      kg serve --store kg-store --max-memory 2048 --max-client-queries 8
    """
    from kg.server.config import MIB, ServerConfig, default_workers
    from kg.server.middleware import ANY_HOST, allowed_hosts
    from kg.server.serve import run

    config = settings()
    names = allowed_hosts(host, hosts)
    if names == (ANY_HOST,) and not hosts:
        click.echo(f"warning: bound to {host} with no --allowed-host, so any Host name is answered; "
                   "name this server's with --allowed-host against DNS rebinding", err=True)
    server = ServerConfig(
        store=store or config.store, base_iri=config.base_iri, timeout=timeout,
        max_result_bytes=max_result_mb * MIB, workers=workers or default_workers(), allow_update=allow_update,
        token=token, allow_service=allow_service, cors_origins=() if no_cors else (cors_origins or ("*",)),
        allowed_hosts=names,
        max_memory_bytes=None if max_memory is None else max_memory * MIB, max_client_queries=max_client_queries,
        reserved_workers=reserved_workers, slow_after=slow_after, body_timeout=body_timeout)
    run(server, host=host, port=port)
