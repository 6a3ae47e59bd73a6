"""Text helpers of the app API: the accent- and case-insensitive `fold` that search uses in SQL.

It lives in storage/text.py because the database registers it as a SQLite function; the window compares
typed text with the same folding (search boxes, the erase confirmation), so it imports it from here.
"""

from storage.text import fold

__all__ = ["fold"]
