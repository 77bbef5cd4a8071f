"""Windows and dialogs: they lay out and show; the session controller and the core decide."""
