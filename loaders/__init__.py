"""Loaders: documents in, nodes and edges of the graph model out."""
