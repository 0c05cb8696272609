"""The sections of a handout, in the order of the meeting.

A section is a function ``(reader, styles) -> list of flowables``; an empty list
means the session holds nothing for it, and the section is left out.
"""
