"""The default card deck of the dialogue tool (JSON), loaded by app/cards.py."""
