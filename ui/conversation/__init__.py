"""Conversation mode: the card deck full screen, for the person to choose (issue 16)."""
