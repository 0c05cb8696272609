"""The library window: the meetings in a folder, and the tools for several meetings at once."""
