"""Texts made to fit a place on screen: cut at a word with "…", so a reader always sees that
something was left out (the whole text stays in the record and in the tooltip)."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters; when longer, cut at the last space
    in reach (or mid-word when there is none near) and ended with "…"."""
    value = " ".join(str(text).split())
    if len(value) <= limit:
        return value
    head = value[: limit - 1]
    space = head.rfind(" ")
    if space >= limit // 2:
        head = head[:space]
    return head.rstrip(" ,.;:-") + ELLIPSIS
