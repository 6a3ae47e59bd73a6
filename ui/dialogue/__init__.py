"""BabbelBoost dialogue sessions (card grid) and the priorities raised."""
