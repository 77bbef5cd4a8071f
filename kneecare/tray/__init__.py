"""The tray: icon and menu, reminder timing on the wall clock, notifications with actions."""
