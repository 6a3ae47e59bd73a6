"""The export log page: every export, what, when, how and to whom — never the content."""
