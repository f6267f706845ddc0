"""Exceptions raised by the library; the CLI turns each into one line on stderr."""


class PactgraphError(Exception):
    """Base class for every error pactgraph reports to the user."""


class StoreError(PactgraphError):
    """The store could not be opened, reached or written."""


class StoreBusyError(StoreError):
    """Another process holds the embedded store."""


class QueryError(PactgraphError):
    """A Cypher query was refused or failed."""


class WriteError(StoreError, QueryError):
    """A write transaction failed; nothing of it was written (its Cypher was refused)."""


class InputError(PactgraphError):
    """A document or argument cannot be used."""
