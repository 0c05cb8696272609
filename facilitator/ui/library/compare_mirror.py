"""What "Groepen vergelijken" shows of the Spiegel step: each group's democratic values
(now → wanted) and its marks of the two logics, with the clashes named."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import scoring, spiegel
from ...domain.session import Session


def _bar(value: int, top: int = 5) -> str:
    value = max(0, min(top, value))
    return "●" * value + "○" * (top - value)


def value_lines(session: Session, language: str) -> list[str]:
    """'Inclusiviteit  ●●○○○ → ●●●●○' per value and scoring group."""
    groups = scoring.scored_groups(session, "values")
    lines = []
    for group in groups:
        if len(groups) > 1 or group:
            lines.append((group or QCoreApplication.translate("CompareMirror", "samen")) + ":")
        for row in scoring.profile(session, "values", group, language):
            lines.append(f"  {row.name}  {_bar(row.now)} → {_bar(row.wanted)}")
    return lines


def logic_lines(session: Session, language: str) -> list[str]:
    """'Besluiten: dorp 1 · gemeente 5 — botst' per marked characteristic."""
    lines = []
    for r in spiegel.logic(session):
        if not (r.village or r.municipality):
            continue
        line = QCoreApplication.translate("CompareMirror", "{0}: dorp {1} · gemeente {2}").format(
            r.trait.label(language), r.village or "–", r.municipality or "–"
        )
        if r.clash:
            line += " — " + QCoreApplication.translate("CompareMirror", "botst")
        lines.append(line)
    return lines
