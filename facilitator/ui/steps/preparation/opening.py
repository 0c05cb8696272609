"""The room's views from Voorbereiding: the opening of the evening, and "wie ontbreekt?".

The opening shows seed 003's starting points and its statement ("wat wil de
wethouder?" against "wat willen wij?"), Type 1–4 at a glance and tonight's agenda.
The second view asks who is missing and shows the room's list, with the way to
reach each group but never a person's name. Both are labels with a ``scale``
property, which the projector window turns into at least 30 pt at 1080 lines.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ....content import ContentError, text
from ....domain import evening_content, room
from ....domain import preparation as prep
from ...common.projector_text import MUTED, big
from ...session.context import SessionContext

#: how many missing groups fit on the projector before "en nog …"
MISSING_SHOWN = 7


def _column() -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(10)
    return column


class OpeningView(QWidget):
    """Welcome: how we look tonight, the statement, Type 1–4, the agenda."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingView")
        lang = ctx.language
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(48)
        try:
            c = evening_content.evening()
        except ContentError as exc:
            grid.addWidget(big(str(exc), 1.0), 0, 0)
            return
        left, right = _column(), _column()
        left.addWidget(big(text(c.opening_title, lang), 1.25, bold=True))
        for n, principle in enumerate(c.principles, start=1):
            left.addWidget(big(f"{n}.  {text(principle, lang)}", 1.0))
        left.addSpacing(12)
        left.addWidget(big(self.tr("Stelling"), 1.1, bold=True))
        left.addWidget(big(text(c.statement, lang), 1.0))
        sides = f"{text(c.statement_sides[0], lang)}   ⟷   {text(c.statement_sides[1], lang)}"
        left.addWidget(big(sides, 1.0, bold=True))
        left.addStretch(1)
        right.addWidget(big(self.tr("Wie is eigenaar?"), 1.1, bold=True))
        for line in c.types:
            right.addWidget(big(text(line, lang), 1.0))
        blocks = ctx.session.all(prep.AgendaBlock)
        if blocks:
            right.addSpacing(12)
            right.addWidget(big(self.tr("Vanavond"), 1.1, bold=True))
            for block in blocks[:9]:
                right.addWidget(big(self.tr("{0} min  {1}").format(block.minutes, block.title), 1.0))
            if len(blocks) > 9:
                right.addWidget(big(self.tr("en nog {0} onderdelen").format(len(blocks) - 9), 1.0, colour=MUTED))
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)


class MissingView(QWidget):
    """Who is not at the table: the question, the room's list with ways, no names of people."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        try:
            c = evening_content.missing()
        except ContentError as exc:
            layout.addWidget(big(str(exc), 1.0))
            return
        layout.addWidget(big(text(c.question, ctx.language), 1.25, bold=True))
        m = room.make_up(ctx.session)
        if m.total:
            line = (
                self.tr("Vanavond aan tafel: 1 persoon")
                if m.total == 1
                else self.tr("Vanavond aan tafel: {0} mensen").format(m.total)
            )
            layout.addWidget(big(line, 1.0, colour=MUTED))
        missing = room.missing_groups(ctx.session)
        for record in missing[:MISSING_SHOWN]:
            line = f"•  {record.name}"
            if record.way.strip():
                line += f"  —  {record.way.strip()}"
            layout.addWidget(big(line, 1.0))
        if len(missing) > MISSING_SHOWN:
            layout.addWidget(big(self.tr("en nog {0} groepen").format(len(missing) - MISSING_SHOWN), 1.0, colour=MUTED))
        if not missing:
            layout.addWidget(big(self.tr("Noem een groep: wie horen we vanavond niet?"), 1.0, colour=MUTED))
        layout.addStretch(1)
