"""The ``kg`` command: a thin click group whose commands load lazily, so --help is fast."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
from typing import Any

import click

from kg.settings import Settings

#: command name -> "module:function" under kg.cli
COMMANDS = {
    "extract": "kg.cli.extract:extract",
    "ingest": "kg.cli.ingest:ingest",
    "load": "kg.cli.load:load",
    "query": "kg.cli.query:query",
    "export": "kg.cli.export:export",
    "viz": "kg.cli.viz:viz",
    "serve": "kg.cli.serve:serve",
    "validate": "kg.cli.validate:validate",
    "stats": "kg.cli.stats:stats",
    "schema": "kg.cli.schema:schema",
    "eval": "kg.cli.eval_cmd:eval_command",
    "demo": "kg.cli.demo:demo",
    "watch": "kg.cli.watch:watch",
    "reextract": "kg.cli.reextract:reextract",
}

SHORT_HELP = {
    "extract": "Extract entities and relations from articles as contract JSON.",
    "ingest": "Extract articles and store their graphs.",
    "load": "Load contract JSON (or JSONL) annotations into the store.",
    "query": "Run a SPARQL query, a .rq file or a named query.",
    "export": "Export the graph (Turtle, TriG, N-Triples, N-Quads, JSON-LD, GraphML, GEXF).",
    "viz": "Write an interactive HTML graph.",
    "serve": "Serve a SPARQL 1.1 endpoint and the explorer.",
    "validate": "Check the store against the SHACL shapes.",
    "stats": "Count articles, entities and relations in the store.",
    "schema": "Print the JSON Schema of the extraction contract.",
    "eval": "Score extraction against gold annotations.",
    "demo": "Build a store from the sample articles and write the exports.",
    "watch": "Follow feeds and pages, ingesting what is new.",
    "reextract": "Extract the kept web pages again, without fetching.",
}


class LazyGroup(click.Group):
    """Imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in COMMANDS if self._available(name))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS or not self._available(cmd_name):
            return None
        module_name, attribute = COMMANDS[cmd_name].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        _accept_global_options(command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP[name]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    @staticmethod
    def _available(name: str) -> bool:
        module_name = COMMANDS[name].split(":")[0]
        return importlib.util.find_spec(module_name) is not None


@click.group(cls=LazyGroup)
@click.option("--store", "store", envvar="KG_STORE", default=None, metavar="PATH|URL",
              help="Store folder or SPARQL endpoint URL (env KG_STORE; default ./kg-store).")
@click.option("--base-iri", envvar="KG_BASE_IRI", default=None, help="Base IRI of resources.")
@click.version_option(package_name="digipol-kg", prog_name="kg")
@click.pass_context
def cli(ctx: click.Context, store: str | None, base_iri: str | None) -> None:
    """Digipol KG: a knowledge graph of digital-policy cooperation from news articles.

    \b
    Example:
      kg load data/gold && kg query --name meetings
    """
    settings = Settings.from_env()
    overrides: dict[str, Any] = {}
    if store:
        overrides["store"] = store
    if base_iri:
        overrides["base_iri"] = base_iri
    ctx.obj = Settings(**{**settings.__dict__, **overrides})


#: Options of the group that a command also takes after its name (``kg stats --store out/store``).
GLOBAL_OPTIONS = {
    "store": ("--store", "PATH|URL", "Store folder or SPARQL endpoint URL (as kg --store)."),
    "base_iri": ("--base-iri", "IRI", "Base IRI of resources (as kg --base-iri)."),
}


def _accept_global_options(command: click.Command) -> None:
    """Give a command the group's options it does not define itself; they set the same settings."""
    taken = {option for param in command.params for option in getattr(param, "opts", ())}
    for name, (flag, metavar, help_text) in GLOBAL_OPTIONS.items():
        if flag not in taken:
            command.params.append(click.Option([flag, name], metavar=metavar, help=help_text,
                                               expose_value=False, callback=_override_setting))


def _override_setting(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None or param.name is None:
        return
    root = ctx.find_root()
    current = root.obj if isinstance(root.obj, Settings) else Settings.from_env()
    changes: dict[str, Any] = {param.name: value}
    root.obj = dataclasses.replace(current, **changes)


def main() -> None:
    from kg.cli.common import Process

    Process.standalone = True
    cli(prog_name="kg")
