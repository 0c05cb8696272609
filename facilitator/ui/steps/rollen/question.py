"""The question the room answers during the Rollen step, for the projector.

On the profile: the "vraag aan de zaal" of the role the facilitator is scoring; on a
case: the case and its question; on the killer phrases: the phrase under discussion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ....content import text
from ....domain import role_content, rollen

if TYPE_CHECKING:
    from .page import RollenPage


def room_question(page: RollenPage) -> str:
    lang = page.ctx.language
    tab = page.tabs.currentIndex()
    if tab == 1:
        case = role_content.cases().get(page.cases.current_case())
        if case is not None:
            return f"{text(case.title, lang)}: {text(case.situation, lang)} {text(case.question, lang)}".strip()
    if tab == 2:
        phrase = page.phrases.current()
        if phrase is not None:
            return QCoreApplication.translate("Rollen", "„{0}” — wat antwoorden we daarop?").format(
                rollen.phrase_text(phrase, lang)
            )
        return QCoreApplication.translate("Rollen", "Welke dooddoeners hoort u? Wat antwoorden we daarop?")
    role_id = page.profile.current_role
    set_id = rollen.current_set_id(page.ctx.session)
    role = next((r for r in role_content.role_set(set_id).roles if r.id == role_id), None)
    if role is not None:
        return f"{role.label(lang)}: {text(role.question, lang)}"
    return QCoreApplication.translate("Rollen", "Hoe sterk speelt elke rol nu? En hoe sterk zou hij moeten zijn?")
