"""Data files shipped with Relais (vocabularies, fonts, translations)."""
