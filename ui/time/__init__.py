"""Time spent: quick log, desk timer, lists and the invisible-work dashboard."""
