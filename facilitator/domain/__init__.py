"""The session and the rules of each exercise, in plain Python (no Qt)."""
