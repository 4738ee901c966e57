"""Finish Strong: turns each job interview into a four-step follow-up plan."""

__version__ = "0.1.0"
APP_NAME = "Finish Strong"
APP_ID = "io.github.finishstrong.FinishStrong"
