"""Widgets, workers and helpers shared by every room."""
