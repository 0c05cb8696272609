"""Rollen: the role profile with its radar, the cases and the dooddoeners."""
