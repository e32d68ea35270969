"""Workshop templates shipped as data files, read with importlib.resources."""
