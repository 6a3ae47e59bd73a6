"""The resource directory, its shared files, mobilisations and shortages."""
