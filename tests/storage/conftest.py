"""Fixtures of the storage tests (a real small file system: tests/storage/disk_fixtures.py)."""

from tests.storage.disk_fixtures import small_fs  # noqa: F401 - a fixture, found by name
