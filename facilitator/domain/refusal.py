"""One way for a rule of the meeting to say no: :class:`Refusal`.

A refusal carries a Dutch message with ``{placeholders}`` and the values for them. The
message is also the source text of Qt's translation (context ``"Refusal"``), so the one
place in the interface that runs operations (``SessionContext.run``) shows it in the
user's language. Unknown ids and other mistakes of the program stay ``ValueError`` or
``KeyError``: those are bugs, not answers for a person.
"""

from __future__ import annotations

from collections.abc import Callable


class Refusal(ValueError):
    """A request the rules refuse; ``text`` is Dutch and says what to do instead."""

    def __init__(self, text: str, **arguments: object) -> None:
        super().__init__(text.format(**arguments))
        self.text = text
        self.arguments = arguments

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        """The message, translated by ``translate(dutch_text)`` when given."""
        template = translate(self.text) if translate is not None else self.text
        try:
            return template.format(**self.arguments)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return self.text.format(**self.arguments)
