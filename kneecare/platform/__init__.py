"""What differs between desktops and systems: starting at login, and one running copy per user."""
