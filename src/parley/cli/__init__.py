"""The `parley` command. Each module of this package registers its commands on one Typer app."""

from parley.cli import articles, scale, serve, stories, train
from parley.cli.app import app, main

__all__ = ["app", "articles", "main", "scale", "serve", "stories", "train"]
