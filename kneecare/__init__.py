"""KneeCare: guided self-acupressure sessions for the points behind the knees."""

# The one place the version is written; pyproject.toml reads it from here (hatch's dynamic version).
# A literal, not importlib.metadata, which would add about 90 ms to every start.
__version__ = "0.1.0"

APP_NAME = "KneeCare"
APP_ID = "io.github.kneecare.KneeCare"
