"""Exports: the personal dump and the invisible-work report files."""
