"""Plain user text into a reportlab Paragraph without reportlab's markup parser.

Most cells of a handout are one run of plain text: no tags, no entities, one font.
reportlab still parses each with its HTML parser, which is most of the time it takes to
make the paragraphs of a large handout. For such text the parse gives one fragment: the
style's first fragment with the text, its whitespace folded. :func:`frags` makes that
fragment directly (from a template parsed once per style), and gives None for anything
else, which then goes through reportlab's parser as before. A test checks the fragments
are the same as the parser's.
"""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

_templates: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, Any]] = weakref.WeakKeyDictionary()


def _template(style: ParagraphStyle) -> dict[str, Any]:
    found = _templates.get(style)
    if found is None:
        _style, parsed, _bullets = ParaParser().parse("x", style)
        found = dict(parsed[0].__dict__)
        _templates[style] = found
    return found


def frags(text: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """(cleaned text, fragments) as reportlab's parser would give them for plain ``text``;
    None when ``text`` has markup or entities (or nothing), or the style transforms text."""
    if "<" in text or "&" in text or getattr(style, "textTransform", None):
        return None
    folded = " ".join(text.split())
    # reportlab folds whitespace the same way, except that it keeps a no-break space
    cleaned = folded if folded == text or "\xa0" not in text else cleanBlockQuotedText(text)
    if not cleaned:
        return None
    frag = ParaFrag()
    for key, value in _template(style).items():
        # the lists (links, underlines) are each fragment's own, as the parser makes them
        frag.__dict__[key] = list(value) if isinstance(value, list) else value
    frag.text = cleaned
    return cleaned, [frag]
