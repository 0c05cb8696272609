"""Kernkracht: an offline tool for facilitating village and neighbourhood meetings."""

__version__ = "0.1.0"
APP_NAME = "Kernkracht"
