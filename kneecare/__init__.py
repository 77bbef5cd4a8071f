"""KneeCare: guided self-acupressure sessions for the points behind the knees."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kneecare")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "KneeCare"
APP_ID = "io.github.kneecare.KneeCare"
