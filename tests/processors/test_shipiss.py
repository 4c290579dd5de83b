"""Shipped issues on unseen copy (positions 1.25.0, issue #4): three classes of sentence, each with negative cases.

- an item's own name (`Taurus`) that a broader issue also lists among its terms: a sentence naming only that name is
  about the item's own issue (supplying Taurus), not the broader one (where Ukraine may fire); a sentence that also
  names the broader issue's own words still is about that one;
- sanctions in an article that names neither the issue's target (Russia) nor its war are sanctions on someone else;
- a name coordinated after a verb's object (`granted Ukraine and Moldova ...`, `warned Denmark and Norway`) is an
  object too, not a stance holder; subjects coordinated after a speech verb (`said Germany and France would ...`) and
  two clauses joined by `, and` still hold;
- a relative clause that only says what a curb did (`lifted the restrictions that stopped Ukraine from using ...`)
  reverses nothing: lifting them supports the use, keeping or imposing them opposes it;
- barring the recipient from a use (`still bars Kyiv from firing ...`, `prevented Ukraine from using ...`) opposes an
  issue on where the item may be used; negated (`no longer prevents`), it supports it.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, IssueSet

_CTX = ExtractionContext(issues=IssueSet.load("seeds/issues.yaml"))


def _stances(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t-shipiss", text=text, published_at="2024-03-01T00:00:00+00:00")
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"]) for e in positions.extract(article, _CTX)}


# (text, positions that must be there, positions that must not)
CASES: dict[str, tuple[str, set, set]] = {
    # the named item alone: its own issue
    "taurus-request-alone": (
        "Berlin has still not decided on its next aid package. Kyiv formally asked Germany for the Taurus last spring.",
        {("Ukraine", "taurus-for-ukraine", "support")}, {("Ukraine", "long-range-strikes", "support")}),
    "taurus-quote-verdict": (
        "Lawmakers met on Thursday. \"Delivering the Taurus is overdue,\" said opposition defence expert Roderich Kiesewetter.",
        set(), {("Roderich Kiesewetter", "long-range-strikes", "support")}),
    "taurus-no-taurus": (
        "Germany's chancellor met Nordic leaders on Friday. Olaf Scholz said there would be no Taurus for Ukraine.",
        {("Olaf Scholz", "taurus-for-ukraine", "oppose")}, {("Olaf Scholz", "long-range-strikes", "oppose")}),
    # ... not when the broader issue's own words are there too
    "taurus-with-russian-territory": (
        "Friedrich Merz said Ukraine should be allowed to fire the Taurus at military targets on Russian territory.",
        {("Friedrich Merz", "long-range-strikes", "support")}, set()),
    # sanctions on someone else: no article-wide Russia, Ukraine or invasion
    "sanctions-lifted-elsewhere": (
        "Donors pledged 4 billion euros for Sudan on Monday. Sudan's finance minister, Jibril Ibrahim, called for the "
        "sanctions imposed on the country's banks to be lifted.",
        set(), {("Sudan", "sanctions-on-russia", "oppose"), ("Jibril Ibrahim", "sanctions-on-russia", "oppose")}),
    # ... but the war named without Russia still makes them its sanctions
    "sanctions-war-named": (
        "Canada imposed sanctions on 80 more entities on Friday, two years after the invasion began.",
        {("Canada", "sanctions-on-russia", "support")}, set()),
    # coordinated objects of a verb: not holders
    "granted-two-candidates": (
        "EU leaders on Friday granted Ukraine and Georgia the status of candidates to join the bloc.",
        {("European Union", "ukraine-eu-membership", "support")}, {("Georgia", "ukraine-eu-membership", "support")}),
    "warned-two-donors": (
        "Russia on Tuesday warned Norway and Belgium that their decision to give F-16 fighter jets to Ukraine would escalate "
        "the war.",
        set(), {("Belgium", "fighter-jets-for-ukraine", "oppose"), ("Belgium", "fighter-jets-for-ukraine", "support")}),
    # ... subjects coordinated after a speech verb still hold
    "said-two-subjects": (
        "Officials in Paris said Germany and Poland would send more Leopard tanks to Ukraine this spring.",
        {("Germany", "tanks-for-ukraine", "support"), ("Poland", "tanks-for-ukraine", "support")}, set()),
    "two-leaders-subject": (
        "Chancellor Olaf Scholz and President Joe Biden agreed on Wednesday to send battle tanks to Ukraine.",
        {("Olaf Scholz", "tanks-for-ukraine", "support"), ("Joe Biden", "tanks-for-ukraine", "support")}, set()),
    # ... and so does a clause joined by `, and` after an object
    "comma-and-new-clause": (
        "Germany's government has finally answered Poland, and Warsaw said it would send its Leopard tanks within days.",
        {("Poland", "tanks-for-ukraine", "support")}, set()),
    # a curb's describing relative clause
    "lifted-curbs-that-stopped": (
        "France has lifted the limits that stopped Ukraine from firing SCALP missiles at targets inside Russia.",
        {("France", "long-range-strikes", "support")}, {("France", "long-range-strikes", "oppose")}),
    "eased-curbs-which-had-prevented": (
        "Britain eased the restrictions which had prevented Kyiv from using Storm Shadow missiles on Russian territory.",
        {("United Kingdom", "long-range-strikes", "support")}, {("United Kingdom", "long-range-strikes", "oppose")}),
    "kept-curbs-that-stop": (
        "Germany kept the restrictions that stop Ukraine from using its weapons on Russian territory.",
        {("Germany", "long-range-strikes", "oppose")}, {("Germany", "long-range-strikes", "support")}),
    "imposed-curbs-that-bar": (
        "Italy has imposed limits that bar Ukraine from striking deep inside Russia with Italian arms.",
        {("Italy", "long-range-strikes", "oppose")}, {("Italy", "long-range-strikes", "support")}),
    # barring the recipient from a use
    "still-bars-kyiv": (
        "Officials said Washington still bars Kyiv from firing the long-range missiles at targets inside Russia.",
        {("United States", "long-range-strikes", "oppose")}, {("United States", "long-range-strikes", "support")}),
    "has-prohibited-ukraine": (
        "Rome has prohibited Ukraine from using Italian weapons against targets on Russian territory.",
        {("Italy", "long-range-strikes", "oppose")}, {("Italy", "long-range-strikes", "support")}),
    "no-longer-prevents": (
        "Britain no longer prevents Ukraine from firing Storm Shadow missiles at targets inside Russia.",
        {("United Kingdom", "long-range-strikes", "support")}, {("United Kingdom", "long-range-strikes", "oppose")}),
    # ... not on an issue about supplying an item (barring is no stance on sending tanks here)
    "barred-from-reexporting-not-located": (
        "Warsaw said Berlin had not barred Poland from sending its Leopard tanks to Ukraine.",
        set(), {("Germany", "long-range-strikes", "oppose")}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_case(name: str) -> None:
    text, wanted, unwanted = CASES[name]
    got = _stances(text)
    assert wanted <= got, (name, got)
    assert not (unwanted & got), (name, got)
