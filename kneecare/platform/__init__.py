"""Platform integration: the desktop entry and icons, autostart, single instance."""
