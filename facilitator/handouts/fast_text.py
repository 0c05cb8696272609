"""User text into a reportlab Paragraph without running reportlab's markup parser each time.

reportlab parses every paragraph with its HTML parser, which is most of the time it takes
to make the paragraphs of a large handout. Our paragraphs come in a few shapes: plain
text, or text in a few tags of our own (``<b>``, ``<br/>``, ``<font …>`` for a fallback
font or a grey line). :func:`frags` parses each shape once per style (the text replaced
by "x" between the same tags), then fills the real text into copies of those fragments.
Text with an entity (``&amp;`` …), or a shape whose fragments do not line up one per
piece of text, goes through reportlab's parser as before. A test checks that the
fragments are the same as the parser's.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

_TAG = re.compile(r"<[^>]*>")
#: shapes remembered per style; a handout has a handful, so this is never reached in practice
MAX_SHAPES = 256
#: the placeholder text of a shape
_X = "x"

#: per fragment its attributes and the names of those that are lists or dicts (each
#: fragment gets its own copy of those, as the parser makes them); the text slots
Shape = tuple[list[tuple[dict[str, Any], tuple[str, ...]]], list[int]] | None
_shapes: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, Shape]] = weakref.WeakKeyDictionary()


def _parse(skeleton: str, style: ParagraphStyle, pieces: int) -> Shape:
    """The fragments of ``skeleton`` and which of them hold a piece of text, or None."""
    parsed_style, parsed, bullets = ParaParser().parse(skeleton, style)
    if parsed is None or bullets or parsed_style is not style:
        return None
    slots = [n for n, f in enumerate(parsed) if getattr(f, "text", None) == _X]
    if len(slots) != pieces or any(getattr(f, "text", "") not in ("", _X) for f in parsed):
        return None
    template = []
    for f in parsed:
        values = dict(f.__dict__)
        template.append((values, tuple(k for k, v in values.items() if isinstance(v, (list, dict)))))
    return template, slots


def _shape(skeleton: str, style: ParagraphStyle, pieces: int) -> Shape:
    known = _shapes.setdefault(style, {})
    if skeleton not in known:
        if len(known) >= MAX_SHAPES:
            known.clear()
        known[skeleton] = _parse(skeleton, style, pieces)
    return known[skeleton]


def frags(text: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """(cleaned text, fragments) as reportlab's parser gives them for ``text``, or None to
    let the parser do it (entities, an unusual shape, nothing to print, a text transform)."""
    if "&" in text or getattr(style, "textTransform", None):
        return None
    folded = " ".join(text.split())
    # reportlab folds whitespace the same way, except that it keeps a no-break space
    cleaned = folded if folded == text or "\xa0" not in text else cleanBlockQuotedText(text)
    if not cleaned:
        return None
    if "<" in cleaned:
        runs, tags = _TAG.split(cleaned), _TAG.findall(cleaned)
        if any(">" in r for r in runs):
            return None
        pieces = [r for r in runs if r]
        skeleton = "".join((_X if r else "") + t for r, t in zip(runs, [*tags, ""], strict=True))
    else:
        pieces, skeleton = [cleaned], _X
    shape = _shape(skeleton, style, len(pieces))
    if shape is None:
        return None
    template, slots = shape
    out = []
    for values, mutable in template:
        frag = ParaFrag()
        attributes = frag.__dict__
        attributes.update(values)
        for key in mutable:
            attributes[key] = type(values[key])(values[key])
        out.append(frag)
    for slot, piece in zip(slots, pieces, strict=True):
        out[slot].text = piece
    return cleaned, out
