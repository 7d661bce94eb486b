"""Use cases: validate, resolve names, call the store in one transaction."""
