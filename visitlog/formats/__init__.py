"""Files that cross the boundary: CSV in, the exchange bundle."""
