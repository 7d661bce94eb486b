"""visitlog: a field-visit logbook for trade-union federations (一周进一企)."""

__version__ = "0.1.0"
