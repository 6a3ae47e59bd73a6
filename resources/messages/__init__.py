"""The texts of coded errors (errors.json), read by app.messages."""
