"""Word lists of the anonymiser (app/anonymiser/lexicon.py): plain UTF-8 text, one entry per line; lines
starting with '#' say why words are listed. Loaded once through `app.anonymiser.wordlists`."""
