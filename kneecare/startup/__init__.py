"""The start's Qt dialogs before and around the window: the history's gate and the problem boxes; used by
the composition root (kneecare.app) only."""
