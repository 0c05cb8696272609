"""Voorbereiding: "Delen met de groep" is a tick of its own; the handout prints contact details only with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import preparation as prep
from facilitator.handouts.handout import handout_bytes
from facilitator.store.readonly import read_only_session
from facilitator.store.sessionfile import open_session
from tests.handouts import pdftext


def on_disk(path):  # type: ignore[no-untyped-def]
    """What the file holds (read after the window closed) and its handout's text."""
    session = read_only_session(path)
    return session.all(prep.Participant), pdftext.text(handout_bytes(session))


def printed(window) -> str:  # type: ignore[no-untyped-def]
    """The handout of the open meeting, as Afronding prints it."""
    return pdftext.text(handout_bytes(window.context.session))


def test_share_tick_by_keyboard_and_the_handout_honours_it(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.new_name, "Anna de Boer")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    view, model = page.participant_view, page.participants
    assert model.headerData(model.SHARE, Qt.Orientation.Horizontal) == "Delen met\nde groep"
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.NAME))
    for _ in range(model.CONSENT):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    # without consent the share tick cannot be set
    assert not model.flags(model.index(0, model.SHARE)) & Qt.ItemFlag.ItemIsUserCheckable
    qtbot.keyClick(view, Qt.Key.Key_Space)  # consent: keep the contact details
    assert model.rows[0].consent
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == model.EMAIL
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())  # the cell's editor, opened by F2
    assert editor is not None
    qtbot.keyClicks(editor, "anna@voorbeeld.nl")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # the editor closed (queued), the keyboard stays
    assert model.rows[0].email == "anna@voorbeeld.nl" and not model.rows[0].share_contact
    text = printed(window)
    assert "Anna de Boer" in text and "anna@voorbeeld.nl" not in text  # the default: names only
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.PHONE))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == model.SHARE
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.index(0, model.SHARE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "anna@voorbeeld.nl" in printed(window)
    # Ctrl+Z takes the sharing back; the e-mail stays kept, but leaves the handout
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not model.rows[0].share_contact and model.rows[0].email == "anna@voorbeeld.nl"
    assert "anna@voorbeeld.nl" not in printed(window)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # and ticked again
    window.close()
    participants, text = on_disk(path)
    assert participants[0].consent and participants[0].share_contact
    assert "anna@voorbeeld.nl" in text


def test_withdrawing_consent_also_withdraws_sharing(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    s = window.context.session
    p = prep.add_participant(s, "Bram")
    prep.edit_participant(s, p, consent=True, phone="06-12345678", share_contact=True)
    view, model = page.participant_view, page.participants
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.CONSENT))
    assert "06-12345678" in printed(window)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # consent off
    assert model.index(0, model.SHARE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "06-12345678" not in printed(window)
    window.close()
    participants, text = on_disk(path)
    assert (participants[0].consent, participants[0].phone, participants[0].share_contact) == (False, "", False)
    assert "Bram" in text and "06-12345678" not in text


def test_withdrawn_consent_leaves_the_backups_without_waiting_for_the_next_backup(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    path = library.create("Ees")
    sf, s = open_session(path)
    p = prep.add_participant(s, "Bram")
    prep.edit_participant(s, p, consent=True, email="bram.secret@voorbeeld.nl")
    sf.close()
    window = open_window(path)  # opening makes a backup that holds the e-mail
    backups = library.backups(path)
    assert backups and all(b"bram.secret@voorbeeld.nl" in b.read_bytes() for b in backups)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    view, model = page.participant_view, page.participants
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.CONSENT))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Bram withdraws his consent
    assert model.index(0, model.EMAIL).data() == "—"
    qtbot.waitUntil(lambda: all(b"bram.secret@voorbeeld.nl" not in b.read_bytes() for b in backups), timeout=5000)
    window.close()


def test_anonymous_export_without_organisations_from_the_file_menu(qtbot, library, open_window, tmp_path):  # type: ignore[no-untyped-def]
    import json

    from facilitator.ui.session import privacy_actions

    path = library.create("Ees")
    window = open_window(path)
    s = window.context.session
    prep.add_participant(s, "Bram Hart", organisation="Dorpsbelang Ees")
    assert window.export_anonymous_without_organisations_action is not None
    kept = privacy_actions.export_anonymous(window, tmp_path / "met.json")
    hidden = privacy_actions.export_anonymous(window, tmp_path / "zonder.json", hide_organisations=True)
    assert kept is not None and hidden is not None
    assert "Dorpsbelang Ees" in kept.read_text(encoding="utf-8")
    text = hidden.read_text(encoding="utf-8")
    assert "Dorpsbelang" not in text and "Bram" not in text
    assert json.loads(text)["records"]["participant"][0]["organisation"] == "Organisatie 1"
    window.close()


def test_closing_right_after_a_withdrawal_leaves_clean_backups_and_no_error(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    path = library.create("Ees")
    sf, s = open_session(path)
    p = prep.add_participant(s, "Bram")
    prep.edit_participant(s, p, consent=True, phone="0512 123456")
    sf.close()
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    view, model = page.participant_view, page.participants
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.CONSENT))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    window.close()  # before the timer ran: closing makes a last backup, which purges the older ones
    assert library.backups(path)
    assert all(b"0512 123456" not in b.read_bytes() for b in library.backups(path))
    qtbot.wait(1000)  # let a stale timer fire: pytest-qt fails the test on an exception in the event loop


def test_library_window_exports_without_organisations_too(qtbot, library, library_window, tmp_path):  # type: ignore[no-untyped-def]
    from facilitator.demo import write_demo

    write_demo(library.root)
    library_window.reload()
    library_window.table.setFocus()
    library_window.table.selectRow(0)
    tools = library_window.tools
    assert "organisaties" in tools.anonymous_without_organisations_action.text()
    kept = tools.export_anonymous(tmp_path / "met.json")
    hidden = tools.export_anonymous(tmp_path / "zonder.json", hide_organisations=True)
    assert kept is not None and hidden is not None
    assert "Dorpsbelang Ulrum" in kept.read_text(encoding="utf-8")
    assert "Dorpsbelang Ulrum" not in hidden.read_text(encoding="utf-8")
