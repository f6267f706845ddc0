"""The graph model and the stores that hold it."""
