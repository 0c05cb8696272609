"""Pieces every part of the interface shares: widgets, record tables, icons, pictures, settings, translations."""
