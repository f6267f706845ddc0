"""pactgraph: a knowledge graph of security partnerships."""

__version__ = "0.1.0"


def main() -> None:
    """Console entry point: a running `pactgraph serve` answers lookups, else the CLI runs here."""
    import os
    import sys

    from .graph.server import delegate

    try:
        code = delegate(sys.argv[1:])
        if code is not None:
            sys.stdout.flush()
            sys.exit(code)
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    from .cli import main as run_here

    run_here()
