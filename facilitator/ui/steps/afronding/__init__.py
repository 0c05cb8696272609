"""Afronding: the handout, the worksheets and what the meeting holds."""
