"""Eigenaarschap: the Type 1–4 board, its details, its dialogs and its projector view."""
