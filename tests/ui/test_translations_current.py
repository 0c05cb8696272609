"""The English translation file is current: lupdate over today's sources changes nothing."""

from __future__ import annotations

import shutil

from facilitator.paths import resources
from facilitator.ui.common import translations


def test_the_ts_file_is_what_lupdate_makes_of_the_sources(tmp_path):
    committed = resources() / "i18n" / "kernkracht_en.ts"
    fresh = tmp_path / "kernkracht_en.ts"
    shutil.copy2(committed, fresh)
    translations.update(fresh)
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "run: python -m facilitator.ui.common.translations, then translate the new messages"
    )
    assert 'type="unfinished"' not in fresh.read_text(encoding="utf-8")


def test_the_domains_undo_steps_and_refusals_are_offered_for_translation():
    texts = translations.domain_texts()
    assert ("Undo", "Kaart toevoegen") in texts
    assert ("Refusal", "Geef de kaart een titel.") in texts
    assert ("Refusal", "Het aantal handen moet tussen 0 en {top} liggen.") in texts  # from a Refusal subclass
