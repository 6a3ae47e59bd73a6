"""Community-of-practice sessions and their anonymised canvases (PDF and JSON bundle)."""
