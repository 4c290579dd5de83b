"""Pass aid47: money that is no aid (appeals with a time between, sums still pending, funding lost), where an
organisation sits, the place of the work a sum pays for, funding paid to a relief agency (aid 1.35.0). Sentences
written for these tests; each rule has a guard case (a near sentence that must not fire, or must still fire)."""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_tuples

_FLOOD = "NDJAMENA - Floods hit Chad this week. "
_LOAN = "The IMF board approved a 900 million dollar loan for Chad. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text), key=repr)


CASES = [
    # an appeal with a day or a time between `appeal` and `for`: a sum asked for, not given
    ("appeal-on-day-for", _FLOOD + "The United Nations launched an appeal on Monday for 50 million dollars to help the "
     "country recover.", []),
    ("appeal-last-week-for", _FLOOD + "The World Bank issued an appeal last week for 50 million dollars to help the country "
     "recover.", []),
    ("guard-release-on-day", _FLOOD + "The United Nations said on Monday it would release 5 million dollars to help the "
     "country recover.", [("United Nations", "Chad", 5000000.0, "USD")]),
    # a sum `still pending` (`yet to be disbursed`) under a programme: held back by the lender, no new aid
    ("still-pending", "CAIRO - The plan is also meant to persuade the International Monetary Fund to release 1 billion dollars "
     "still pending under a rescue programme for Egypt.", []),
    ("yet-to-be-disbursed", "CAIRO - Egypt hopes the World Bank will release 700 million dollars that is yet to be disbursed "
     "under its loan.", []),
    ("guard-release-under-programme", "CAIRO - The International Monetary Fund said it would release 1 billion dollars under "
     "a rescue programme for Egypt.", [("International Monetary Fund", "Egypt", 1000000000.0, "USD")]),
    # funding lost is no funding given
    ("funding-lost", "AMMAN - The UNRWA chief said the agency was struggling after losing more than 200 million dollars of "
     "expected funding from donors in Jordan.", []),
    ("guard-funding-spent", "AMMAN - The UNRWA chief said the agency would spend 200 million dollars of expected funding from "
     "donors in Jordan.", [("UNRWA", "Jordan", 200000000.0, "USD")]),
    # `the Washington-based lender`: where an organisation sits names no giver
    ("place-based-organisation", _LOAN + "The programme allows for an immediate disbursement of about 300 million dollars, "
     "with the rest to follow after two reviews, the Washington-based lender said.",
     [("International Monetary Fund", "Chad", 900000000.0, "USD")]),
    ("guard-place-as-speaker", _LOAN + "The programme allows for an immediate disbursement of about 300 million dollars, "
     "with the rest to follow after two reviews, Washington said.",
     [("International Monetary Fund", "Chad", 900000000.0, "USD"), ("United States", "Chad", 300000000.0, "USD")]),
    # `for reconstruction in Chad`: the place of the work the sum pays for receives it (not the next sum's `for Niger`)
    ("for-reconstruction-in", "BRUSSELS - The EU said it would pledge 400 million euros for reconstruction in Chad, and "
     "50 million euros in humanitarian aid for Niger.",
     [("European Union", "Chad", 400000000.0, "EUR"), ("European Union", "Niger", 50000000.0, "EUR")]),
    ("guard-reconstruction-before-sum", "BRUSSELS - After talks on reconstruction in Chad, the EU said it would give "
     "50 million euros for Niger.", [("European Union", "Niger", 50000000.0, "EUR")]),
    # money paid to a relief agency is its funding (money paid to a lender stays a repayment)
    ("pay-to-relief-agency", "OSLO - Norway said it would pay 30 million dollars to UNICEF next week.",
     [("Norway", "UNICEF", 30000000.0, "USD")]),
    ("pay-to-described-agency", "OSLO - Norway said it would pay 30 million dollars to the U.N. agency for Palestinian "
     "refugees UNRWA next week.", [("Norway", "UNRWA", 30000000.0, "USD")]),
    ("guard-pay-to-lender", "OSLO - Norway said it would pay 30 million dollars to the IMF next week.", []),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected, key=repr)
