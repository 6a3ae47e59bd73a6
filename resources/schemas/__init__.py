"""JSON Schemas of the files Relais writes for others (the CdP bundle)."""
