"""Community-of-practice sessions: the session form and the anonymised export review."""
