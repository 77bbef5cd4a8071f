"""What differs between desktops and systems: menu entry and icons, starting at login, one copy per user."""
