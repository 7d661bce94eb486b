"""The example federation (`visitlog demo`): generated files loaded through the use cases."""
