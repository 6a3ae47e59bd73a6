"""The Moderator tool page: a CdP moderator merges referents' anonymised bundles (app.moderator)."""
