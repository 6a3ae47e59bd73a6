"""The frame of the window: composition root, main window, tool pages, actions, lock, preferences."""
