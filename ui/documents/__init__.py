"""The documents room: preview, print, the Documents menu of a situation, the consent to share."""
