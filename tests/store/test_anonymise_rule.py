"""One anonymisation rule for the JSON export and the handout: names, e-mail and phone in free text.

Each test goes through the real paths: ``store.anonymise.anonymise`` on export data, and the
anonymous handout PDF read back with pypdf.
"""

from __future__ import annotations

import json
import re

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import support
from facilitator.domain.session import Session
from facilitator.handouts.handout import handout_bytes
from facilitator.store.anonymise import anonymise
from tests.handouts import pdftext

PHONES = ["06-12345678", "+31 6 1234 5678", "0512 123456", "(0512) 12 34 56", "0031 6 12 34 56 78", "020-1234567"]
EMAILS = ["jan.hart@dorp.nl", "ria+kaart@voorbeeld.frl"]


def export_of(s: Session) -> dict:  # type: ignore[type-arg]
    records: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for r in s.records():
        records.setdefault(r.KIND, []).append(r.to_dict())
    return {"records": records, "blobs": {}}


def village() -> Session:
    s = Session()
    prep.edit_meeting(s, place="Oosterend", facilitator="Greet Mulder")
    prep.add_participant(s, "Jan Hart", organisation="Dorpsbelang Oosterend")
    prep.add_participant(s, "Ria Hartman")
    prep.add_participant(s, "مريم حداد")
    return s


def test_phone_numbers_and_emails_typed_in_free_text_are_removed_everywhere():
    s = village()
    card = kk.add_card(s, "Fietsenmaker", "gaven", description=f"Bel {PHONES[0]} of mail {EMAILS[0]}.", hhh="hart")
    support.ask_partner(s, "Gemeente", ask=f"Bel ons op {PHONES[1]} 🌻 of {PHONES[2]}")
    kk.set_vision(s, f"In 2030 is het dorpshuis open; info: {PHONES[3]} of {EMAILS[1]}")
    ap.add_action(s, "Bankjes", trekker="Dorpsbelang Oosterend", first_step=f"Bellen {PHONES[4]}, {PHONES[5]}")
    out = anonymise(export_of(s))
    dumped = json.dumps(out["records"], ensure_ascii=False)
    for secret in PHONES + EMAILS:
        assert secret not in dumped, secret
    digits = re.sub(r"\D", "", dumped)
    for secret in PHONES:
        assert re.sub(r"\D", "", secret)[-8:] not in digits, secret
    assert "[telefoon]" in dumped and "[e-mail]" in dumped
    described = next(c for c in out["records"]["asset_card"] if c["id"] == card.id)
    assert described["description"] == "Bel [telefoon] of mail [e-mail]."
    # a date and the year stay: they are no phone number
    assert "In 2030 is het dorpshuis open" in dumped


def test_dates_amounts_and_postcodes_are_no_phone_numbers():
    s = village()
    text = "Op 10-3-2026 om 19.30 uur, € 1.500.000 budget, 8901 AB, 2024-2026, nummer 123456"
    kk.add_card(s, "Zaal", "plekken", description=text)
    out = anonymise(export_of(s))
    card = out["records"]["asset_card"][0]
    assert card["description"] == text


def test_a_choice_value_equal_to_a_name_part_is_never_scrubbed():
    s = village()  # participant "Jan Hart": "hart" is also a choice of hoofd/hart/handen
    kk.add_card(s, "Koor", "verenigingen", hhh="hart", description="Met Hart en Hartman")
    out = anonymise(export_of(s))
    card = out["records"]["asset_card"][0]
    assert card["hhh"] == "hart"
    assert card["category"] == "verenigingen"
    # "Hart" alone is a name part (Deelnemer 1); "Hartman" is the whole surname of Deelnemer 2
    assert card["description"] == "Met Deelnemer 1 en Deelnemer 2"


def test_names_inside_longer_words_stay():
    s = Session()
    prep.add_participant(s, "Hart")
    kk.add_card(s, "Hartmanlaan", "plekken", description="De Hartmanlaan en het Hartje van het dorp; Hart belt.")
    card = anonymise(export_of(s))["records"]["asset_card"][0]
    assert card["title"] == "Hartmanlaan"
    assert card["description"] == "De Hartmanlaan en het Hartje van het dorp; Deelnemer 1 belt."


def test_emoji_and_right_to_left_text_around_names_and_numbers():
    s = village()
    kk.add_card(s, "Buurtkamer", "plekken", description="📞06-12345678🌻 \u200fاتصل بـ مريم حداد 0512 123456\u200f")
    card = anonymise(export_of(s))["records"]["asset_card"][0]
    assert "12345678" not in card["description"] and "123456" not in card["description"]
    assert "مريم" not in card["description"] and "حداد" not in card["description"]
    assert card["description"].startswith("📞[telefoon]🌻")
    assert "Deelnemer 3" in card["description"]


def test_organisations_stay_unless_asked():
    s = village()
    ap.add_action(s, "Speeltuin opknappen", trekker="Dorpsbelang Oosterend", why="Dorpsbelang Oosterend vraagt het")
    support.ask_partner(s, "Woningcorporatie Thuis", ask="Een sleutel")
    kept = anonymise(export_of(s))
    action = kept["records"]["action"][0]
    assert action["trekker"] == "Dorpsbelang Oosterend"
    assert kept["records"]["partner_ask"][0]["partner"] == "Woningcorporatie Thuis"
    people = {p["name"]: p for p in kept["records"]["participant"]}
    assert people["Deelnemer 1"]["organisation"] == "Dorpsbelang Oosterend"
    hidden = anonymise(export_of(s), hide_organisations=True)
    dumped = json.dumps(hidden["records"], ensure_ascii=False)
    assert "Dorpsbelang" not in dumped and "Woningcorporatie" not in dumped
    action = hidden["records"]["action"][0]
    assert action["trekker"] == "Organisatie 1" and action["why"] == "Organisatie 1 vraagt het"


def test_the_handout_uses_the_same_rule_and_the_same_stand_ins():
    s = village()
    kk.add_card(s, "Fietsenmaker", "gaven", hhh="hart", description=f"Jan Hart belt {PHONES[1]}, {EMAILS[0]}")
    ap.add_action(s, "Bankjes plaatsen", trekker="Ria Hartman", first_step=f"Ria belt {PHONES[3]}")
    ap.add_action(s, "Speeltuin", trekker="Dorpsbelang Oosterend")
    exported = anonymise(export_of(s))
    trekker = next(a for a in exported["records"]["action"] if a["what"] == "Bankjes plaatsen")["trekker"]
    text = pdftext.text(handout_bytes(s, anonymous=True))
    for secret in ["Jan Hart", "Hartman", "Greet", "مريم", *PHONES[1:2], PHONES[3], EMAILS[0]]:
        assert secret not in text, secret
    assert trekker == "Deelnemer 2"
    assert f"Actiekaart voor {trekker}" in text
    assert "Dorpsbelang Oosterend" in text  # an organisation leading a plan stays visible
    assert "Deelnemer 1 belt [telefoon], [e-mail]" in text


@pytest.mark.parametrize("phone", PHONES)
def test_each_dutch_phone_format_alone(phone: str) -> None:
    s = Session()
    kk.add_card(s, "Hulp", "gaven", description=f"tel. {phone}.")
    assert anonymise(export_of(s))["records"]["asset_card"][0]["description"] == "tel. [telefoon]."


def test_descriptions_in_person_fields_stay_and_do_not_blank_free_text():
    s = village()
    kk.add_card(s, "Moestuin", "plekken", holder="Oudere bewoners", description="De oudere bewoners en het team")
    ap.add_action(s, "Subsidie", trekker="Team subsidies", with_whom="Jan Hart (dorpsbelang), Opa Klaas")
    ap.add_action(s, "Ijsbaan", trekker="Dorpsbelang", why="Dorpsbelang vraagt het; Opa Klaas helpt")
    out = anonymise(export_of(s))
    card = out["records"]["asset_card"][0]
    assert card["holder"] == "Oudere bewoners" and card["description"] == "De oudere bewoners en het team"
    actions = {a["what"]: a for a in out["records"]["action"]}
    assert actions["Subsidie"]["trekker"] == "Team subsidies"
    assert actions["Subsidie"]["with_whom"] == "Deelnemer 1 (dorpsbelang), Persoon 1"
    assert actions["Ijsbaan"]["trekker"] == "Dorpsbelang"  # the first words of a known organisation
    assert actions["Ijsbaan"]["why"] == "Dorpsbelang vraagt het; Persoon 1 helpt"


def test_command_line_ook_organisaties(library, tmp_path):  # type: ignore[no-untyped-def]
    import subprocess
    import sys
    from pathlib import Path

    from facilitator.demo import write_demo

    demo = write_demo(library.root)
    main = Path(__file__).resolve().parents[2] / "main.py"
    outputs = {}
    for extra in ([], ["--ook-organisaties"]):
        out = tmp_path / f"a{len(extra)}.json"
        command = [sys.executable, str(main), "export", demo.name, "-o", str(out), "--anoniem", *extra]
        result = subprocess.run([*command, "--library", str(library.root)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        outputs[len(extra)] = out.read_text(encoding="utf-8")
    assert "Dorpsbelang Ulrum" in outputs[0]
    assert "Dorpsbelang Ulrum" not in outputs[1] and "Organisatie 1" in outputs[1]
