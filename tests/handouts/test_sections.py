"""The later steps' sections: Rollen through its domain module; Type 1–4 and the action plan
through the record contract (their domain modules may land later, so they read plain records)."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

from facilitator.domain import rollen
from facilitator.domain.session import Session
from facilitator.handouts import handout, handout_bytes, layout
from facilitator.handouts.reading import Reader
from facilitator.handouts.sections import actieplan, eigenaarschap
from tests.handouts import pdftext


def test_rollen_section_radar_notes_cases_and_killer_phrases_in_order():
    s = Session()
    rollen.choose_set(s, "bewonersorganisatie")
    rollen.set_score(s, "bewonersorganisatie", "representatief", now=2, wanted=5)
    rollen.set_notes(s, "bewonersorganisatie", "representatief", "Jongeren horen we niet <b>&</b>")
    rollen.answer_case(
        s, "winkel", "bewonersorganisatie", answer="Een winkelcoöperatie starten", role_ids=["activerend"]
    )
    rollen.set_phrase_count(s, "wet", 3)
    rollen.answer_phrase(s, "wet", "Welke wet precies?")
    text = pdftext.body(handout_bytes(s))
    order = [
        "Rollen",
        "Functies van een bewonersorganisatie",
        "Representatief",
        "Jongeren horen we niet <b>&</b>",
        "Casussen",
        "Een winkelcoöperatie starten",
        "Activerend",
        "Dooddoeners en ons antwoord",
        "De wet staat dat niet toe.",
        "3×",
        "Welke wet precies?",
    ]
    assert pdftext.missing_in_order(text, order) == []


def test_rollen_section_left_out_when_nothing_was_scored():
    s = Session()
    rollen.choose_set(s, "bewonersorganisatie")
    text = pdftext.text(handout_bytes(s))
    assert "Rollen" not in text and "Dooddoeners" not in text


def test_only_the_parts_of_rollen_that_hold_something():
    s = Session()
    rollen.set_phrase_count(s, "wet", 1)
    text = pdftext.body(handout_bytes(s))
    assert "Dooddoeners en ons antwoord" in text
    assert "Casussen" not in text and "Nu" not in text


class ContractReader(Reader):
    """A reader fed with plain records following the shared record contract."""

    def __init__(self, records: dict[str, list[Any]], anonymous: bool = False) -> None:
        self.records = records
        super().__init__(Session(), "nl", anonymous)

    def all(self, kind: str) -> list[Any]:
        return list(self.records.get(kind, []))

    def single(self, kind: str) -> Any | None:
        found = self.records.get(kind)
        return found[0] if found else None

    def records_are_session(self) -> bool:
        return False


def render(builder, reader: Reader) -> str:
    story = builder(reader, layout.make_styles())
    out = io.BytesIO()
    layout.build(story or [layout.para("leeg", layout.make_styles()["body"])], out, "voet", "nl", "t")
    return pdftext.body(out.getvalue(), skip_cover=False)


def activity(title: str, now: int, wanted: int = 0, **extra: Any) -> SimpleNamespace:
    fields = {"change_needed": "", "contributions": {}, **extra}
    return SimpleNamespace(title=title, current_type=now, wanted_type=wanted, **fields)


def test_ownership_board_and_shifts():
    reader = ContractReader(
        {
            "activity": [
                activity("IJsbaan", 1),
                activity(
                    "Dorpshuis",
                    3,
                    2,
                    change_needed="Beheer naar de stichting",
                    contributions={"money": "huur", "space": ""},
                ),
                activity("Groenonderhoud", 4, 4),
            ]
        }
    )
    text = render(eigenaarschap.build, reader)
    order = [
        "Eigenaarschap",
        "Type 1",
        "Type 4",
        "IJsbaan",
        "Dorpshuis",
        "→ Type 2",
        "Groenonderhoud",
        "Verschuivingen",
        "Dorpshuis",
        "Beheer naar de stichting",
        "geld: huur",
    ]
    assert pdftext.missing_in_order(text, order) == []
    shifts = text[text.index("Verschuivingen") :]
    assert "Groenonderhoud" not in shifts and "IJsbaan" not in shifts
    assert "ruimte" not in shifts  # an empty contribution is not printed


def test_ownership_left_out_without_activities():
    assert eigenaarschap.build(ContractReader({}), layout.make_styles()) == []


def action(what: str, trekker: str, **extra: Any) -> SimpleNamespace:
    fields = {"with_whom": "", "first_step": "", "due": "", "why": "", "means": ""}
    return SimpleNamespace(what=what, trekker=trekker, **{**fields, **extra})


def test_action_plan_ranked_ideas_table_and_one_card_per_trekker():
    reader = ContractReader(
        {
            "plan_idea": [
                SimpleNamespace(title="Jeu de boules baan", votes={"bewoners": 2}, position=1.0),
                SimpleNamespace(title="Buurtkamer", votes={"bewoners": 5, "gemeente": 3}, position=2.0),
            ],
            "action": [
                action(
                    "Zaal regelen", "Anna Bos", first_step="Bellen met stichting", due="2026-06-01", with_whom="Kees"
                ),
                action("Flyer maken", "Bert Kok"),
                action("Koffie zetten", "Anna Bos", first_step="Kan kopen"),
            ],
        }
    )
    text = render(actieplan.build, reader)
    order = [
        "Actieplan",
        "Ideeën op volgorde van stippen",
        "Buurtkamer",
        "8",
        "Jeu de boules baan",
        "Acties",
        "Zaal regelen",
        "Flyer maken",
        "Actiekaarten per trekker",
        "Actiekaart voor Anna Bos",
        "Zaal regelen",
        "Bellen met stichting",
        "1 juni 2026",
        "Kees",
        "Koffie zetten",
        "Actiekaart voor Bert Kok",
        "Flyer maken",
    ]
    assert pdftext.missing_in_order(text, order) == []
    assert text.count("Actiekaart voor") == 2


def test_action_plan_anonymous_uses_stand_ins():
    reader = ContractReader({"action": [action("Zaal regelen", "Anna Bos", with_whom="Kees Klok")]}, anonymous=True)
    text = render(actieplan.build, reader)
    assert "Anna" not in text and "Kees" not in text
    assert "Actiekaart voor Persoon 1" in text


def test_section_order_of_the_whole_handout():
    keys = [key for key, _builder, _room in handout.SECTIONS]
    # issue 12: who was there first, what the ideas yield and the closing round after the plan;
    # issue 11: the parked worries apart from the strengths; issue 15: last time's cards checked, and a
    # later meeting opens with then and now
    assert keys == [
        "review",
        "room",
        "krachtenkaart",
        "map",
        "ideas",
        "parkeerplaats",
        "carried",
        "eigenaarschap",
        "rollen",
        "spiegel",
        "gemeente",
        "actieplan",
        "yields",
        "evening",
    ]


def test_ownership_through_the_eigenaarschap_domain():
    from facilitator.domain import eigenaarschap as own

    s = Session()
    ijs = own.add_activity(s, "IJsbaan", current_type=1)
    huis = own.add_activity(s, "Dorpshuis <b>&</b>", current_type=3)
    own.set_wanted_type(s, huis, 2)
    own.edit_activity(s, huis, change_needed="Beheer naar de stichting")
    own.set_contribution(s, huis, "money", "Gemeente: eenmalig voor het dak")
    del ijs
    text = pdftext.body(handout_bytes(s))
    order = [
        "Eigenaarschap: Type 1 tot 4",
        "Type 1",
        "IJsbaan",
        "Dorpshuis <b>&</b>",
        "→ Type 2",
        "Verschuivingen",
        "Dorpshuis <b>&</b>",
        "Beheer naar de stichting",
        "Gemeente: eenmalig voor het dak",
    ]
    assert pdftext.missing_in_order(text, order) == []
    # what each type asks of the municipality comes from the step's own data
    asks = own.types("nl")[0]["role"]
    assert asks and asks in text


def test_ownership_prints_what_waits_for_a_type_who_runs_it_and_who_pulls_it():
    from facilitator.domain import eigenaarschap as own

    s = Session()
    ijs = own.add_activity(s, "IJsbaan", current_type=1)
    own.edit_activity(s, ijs, runs_now="de ijsclub", how_often="jaarlijks")
    own.add_activity(s, "Kerk en diaconie")  # still "?": the room did not choose
    groen = own.add_activity(s, "Groen langs het jaagpad", current_type=4)
    own.set_wanted_type(s, groen, 1)
    plan = own.add_activity(s, "Dorpsplan", current_type=3)
    own.set_wanted_type(s, plan, 1)
    own.set_puller(s, plan, "Dorpsbelang Ulrum")
    text = pdftext.body(handout_bytes(s))
    squeezed = " ".join(text.split())
    assert "IJsbaan (de ijsclub, jaarlijks)" in squeezed
    assert "Nog geen type gekozen: Kerk en diaconie" in squeezed
    assert pdftext.missing_in_order(text, ["Groen langs het jaagpad", "trekker:", "nog niemand"]) == []
    assert pdftext.missing_in_order(text, ["Dorpsplan", "trekker:", "Dorpsbelang Ulrum"]) == []


def test_action_plan_through_the_actieplan_domain():
    from facilitator.domain import actieplan as plan

    s = Session()
    plan.set_groups(s, ["bewoners", "gemeente"])
    quiet = plan.add_idea(s, "Bankje bij de kerk")
    top = plan.add_idea(s, "Buurtkamer <b>&</b>")
    plan.set_votes(s, top, "bewoners", 4)
    plan.set_votes(s, top, "gemeente", 2)
    del quiet
    plan.add_action(s, "Zaal regelen", trekker="Anna Bos", first_step="Bellen", due="2026-06-01", for_whom="samen")
    text = pdftext.body(handout_bytes(s))
    order = [
        "Actieplan",
        "Buurtkamer <b>&</b>",
        "4",
        "2",
        "6",
        "Zonder stippen (1): Bankje bij de kerk",
        "Acties",
        "Zaal regelen",
        "Anna Bos",
        "Bellen",
        "1 juni 2026",
        "Actiekaart voor Anna Bos",
    ]
    assert pdftext.missing_in_order(text, order) == []
