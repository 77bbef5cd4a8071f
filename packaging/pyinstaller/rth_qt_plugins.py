"""Run-time hook of the Linux bundle, in place of PyInstaller's `pyi_rth_pyside6`: where Qt's plug-ins are,
said without importing PySide6.

PyInstaller's hook imported PySide6.QtCore before the app's first line, to write a qt.conf that PySide6
wheels already register themselves (their prefix is the same folder). A launch that only asks the running
KneeCare to come forward (`kneecare/__main__.py`) then loaded Qt Core for nothing: about 60 ms of its
145. The hook's other settings are for QML (not used) and for OpenSSL on Windows and macOS (which keep
PyInstaller's hook)."""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = f"{sys._MEIPASS}/PySide6/Qt/plugins"  # Linux only: "/" is the separator
