"""The whole hostile corpus in every text field of one session: the handout builds, and each
string comes back from the PDF text as typed (after NFC, white space and hyphens at line
ends folded), except the documented limits (tests/handouts/corpus.py, README)."""

from __future__ import annotations

import re
import unicodedata

from facilitator.domain import actieplan as plan
from facilitator.domain import eigenaarschap as own
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import support
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from tests.handouts import pdftext
from tests.handouts.corpus import CORPUS, LIMITS


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFC", text))
    return re.sub(r"[\s\-\u00ad]+", "", text)


def _session() -> Session:
    s = Session()
    texts = [t for _name, t in CORPUS]
    prep.edit_meeting(s, place="Hostiel", purpose=" | ".join(texts))
    for n, text in enumerate(texts):
        if not text.strip():
            continue  # an empty title is refused with a message (tested in the domain)
        card = kk.add_card(s, text, "gaven", description=text, holder=f"Houder {n}")
        kk.set_crown(s, card, True, text)
        a = plan.add_action(s, text, trekker=f"Trekker {n}", first_step=text, why=text, means=text, with_whom=text)
        del a
        own.add_activity(s, text, current_type=n % 4 + 1)
    support.ask_partner(s, "Provincie", ask=" | ".join(texts))
    return s


def test_every_corpus_string_comes_back_from_the_handout():
    data = handout_bytes(_session())
    text = fold(pdftext.text(data))
    found = {name for name, typed in CORPUS if fold(typed) in text}
    missing = sorted({name for name, _t in CORPUS} - found - set(LIMITS))
    print(f"\nhostile corpus: {len(found)} of {len(CORPUS)} strings verbatim in the PDF text; limits: {len(LIMITS)}")
    assert missing == []
