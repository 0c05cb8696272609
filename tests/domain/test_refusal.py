"""One refusal type: the domain says no with a Dutch message and its values (no Qt)."""

from __future__ import annotations

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain.refusal import Refusal
from facilitator.domain.session import Session


def test_a_refusal_keeps_its_text_and_values_apart_for_translation():
    refusal = Refusal("Het aantal handen moet tussen 0 en {top} liggen.", top=500)
    assert str(refusal) == "Het aantal handen moet tussen 0 en 500 liggen."
    assert refusal.message() == str(refusal)
    english = {"Het aantal handen moet tussen 0 en {top} liggen.": "The number of hands must be between 0 and {top}."}
    assert refusal.message(lambda t: english.get(t, t)) == "The number of hands must be between 0 and 500."
    # a translation with a broken placeholder falls back to the Dutch text, never to an error
    assert refusal.message(lambda t: "Hands: {count}") == str(refusal)


@pytest.mark.parametrize(
    "attempt",
    [
        lambda s: kk.add_card(s, "   ", "gaven"),
        lambda s: kk.add_photo(s, kk.add_card(s, "Molen", "plekken"), b"", "image/png"),
        lambda s: prep.edit_participant(s, prep.add_participant(s, "Ria"), email="ria@voorbeeld.nl"),
        lambda s: ap.set_dots(s, 0),
        lambda s: eig.add_activity(s, ""),
    ],
    ids=["empty card title", "empty photo", "contact without consent", "zero dots", "nameless activity"],
)
def test_the_rules_of_every_step_refuse_with_the_one_type(attempt):
    session = Session()
    with pytest.raises(Refusal) as refused:
        attempt(session)
    assert refused.value.text and refused.value.message()[0].isupper()  # a sentence for a person


def test_the_photo_limit_is_the_domains_and_the_message_names_it():
    session = Session()
    card = kk.add_card(session, "Molen", "plekken")
    with pytest.raises(Refusal, match=f"groter dan {kk.MAX_PICTURE_BYTES // (1024 * 1024)} MB"):
        kk.add_photo(session, card, b"\x89PNG" + bytes(kk.MAX_PICTURE_BYTES), "image/png")
