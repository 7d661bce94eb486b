"""Rendering: the only layer that imports Rich; writers for every output format."""
