"""Actors: who a speaker or a mention is, as a CAMEO-style code (country + sector)."""

from parley.actors.resolver import ActorResolver, default_resolver, load_resolver
from parley.actors.speakers import resolve_speakers, speaker_actor

__all__ = ["ActorResolver", "default_resolver", "load_resolver", "resolve_speakers", "speaker_actor"]
