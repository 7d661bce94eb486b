"""The logbook: one SQLite file. Only this package runs SQL."""
