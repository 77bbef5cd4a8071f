"""The Qt side of a session: a thin adapter between the plain-Python machine and the widgets."""
