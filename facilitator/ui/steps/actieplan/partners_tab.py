"""Actieplan → "Steun van buiten": which partners the room asks, what, and their answer.

Common partners (provincial village association, LSA, Energie Samen, lokale fondsen,
opbouwwerk …) are suggested from ``resources/data/opbrengst.json``; at a later meeting
their answer is written down as nu, ooit or nooit, with a note and the date.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ....content import ContentError
from ....domain import avond, evening_content, opbrengst
from ....domain.changes import ChangeEvent
from ...common.entry_row import EntryRow, content_error
from ...common.table_in_place import FieldTableModel, edit_last, record_list_view, reload_keeping_place
from ...common.widgets import ComboDelegate
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def answer_labels(language: str) -> dict[str, str]:
    labels = {"": QCoreApplication.translate("PartnersTab", "(nog geen antwoord)")}
    labels.update({a.id: a.label(language) for a in evening_content.yields().answers})
    return labels


class PartnerModel(FieldTableModel):
    PARTNER, ASK, ANSWER, NOTE, DATE = range(5)
    FIELDS = ("partner", "ask", "answer", "answer_note", "answered_on")
    REQUIRED = "partner"
    COLUMNS = 5

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.answers = answer_labels(ctx.language)
        self.reload()

    def load_rows(self) -> list[opbrengst.PartnerAsk]:
        return opbrengst.asks(self.ctx.session)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("PartnersTab", "Partner"),
            QCoreApplication.translate("PartnersTab", "Wat vragen we"),
            QCoreApplication.translate("PartnersTab", "Antwoord"),
            QCoreApplication.translate("PartnersTab", "Toelichting"),
            QCoreApplication.translate("PartnersTab", "Datum antwoord"),
        ]

    def shown(self, column: int, value: Any) -> Any:
        return self.answers.get(value, value) if column == self.ANSWER else value

    def more_data(self, record: Any, column: int, role: int) -> Any:
        if role == Role.ToolTipRole and column == self.DATE:
            return QCoreApplication.translate("PartnersTab", "Als jjjj-mm-dd, bijvoorbeeld 2026-06-01")
        return None

    def clean(self, field: str, value: Any) -> str | None:
        cleaned = str(value).strip() if field != "ask" else str(value)
        if field == "answered_on" and cleaned and not avond.is_date(cleaned):
            return None
        return cleaned

    def save(self, record: Any, field: str, value: str) -> None:
        self.ctx.run(opbrengst.edit_ask, self.ctx.session, record, **{field: value})


class PartnersTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("partnersTab")
        layout = QVBoxLayout(self)
        self.content_error = ""
        try:
            evening_content.yields()
        except ContentError as exc:
            self.content_error = str(exc)
            layout.addWidget(
                content_error(self.tr("Dit onderdeel kan niet worden geladen."), str(exc), "partnersContentError")
            )
            return
        intro = QLabel(
            self.tr(
                "Welke partners vragen we om hulp, en waarmee? Schrijf bij een volgende bijeenkomst hun "
                "antwoord op: nu, ooit of nooit."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = EntryRow(
            self.tr("Partner, dan Enter"),
            self.tr("Naam van een partner"),
            self.tr("Kies een partner die vaak helpt"),
            opbrengst.MAX_NAME,
            self.add_typed,
            self.add_suggestion,
        )
        self.entry = row
        self.new_partner = row.edit
        self.new_partner.setObjectName("newPartner")
        self.suggestion = row.suggestion
        self.suggestion.setObjectName("partnerSuggestion")
        layout.addLayout(row)
        self.model = PartnerModel(ctx)
        self.view = record_list_view(self.model, "partnerTable", self.tr("Partners"), self.remove_selected)
        self.view.setItemDelegateForColumn(
            PartnerModel.ANSWER, ComboDelegate(list(self.model.answers.items()), self.view)
        )
        self.view.horizontalHeader().setSectionResizeMode(PartnerModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    def add_typed(self, name: str) -> None:
        self.ctx.run(opbrengst.ask_partner, self.ctx.session, name)
        self._edit_last()

    def add_suggestion(self, partner_id: str) -> None:
        self.ctx.run(opbrengst.ask_partner, self.ctx.session, partner_id=partner_id)
        self._edit_last()

    def _edit_last(self) -> None:
        edit_last(self.view, self.model, PartnerModel.ASK)

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and index.row() < len(self.model.rows):
            self.ctx.run(opbrengst.remove_ask, self.ctx.session, self.model.rows[index.row()])

    def refresh(self, event: ChangeEvent) -> None:
        if self.content_error or not event.touches("partner_ask"):
            return
        reload_keeping_place(self.view, self.model)
        lang = self.ctx.language
        suggestions = [
            (p.id, f"{p.label(lang)} ({p.more(lang)})") for p in opbrengst.suggested_partners(self.ctx.session)
        ]
        self.entry.set_suggestions(self.tr("Of kies een partner die vaak helpt…"), suggestions)

    def focus_first(self) -> None:
        if not self.content_error:
            self.new_partner.setFocus()
