"""Developer tools that are not installed: the screenshot renderers."""
