"""pactgraph: a knowledge graph of security partnerships."""

__version__ = "0.1.0"
