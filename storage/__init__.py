"""Encrypted register on disk: SQLCipher engine, key slots, schema, migrations and backups."""
