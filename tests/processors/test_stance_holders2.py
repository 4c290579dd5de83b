"""Holders and background clauses on unseen copy (positions 1.22.0, issue #4).

Each case is a short invented article under an issue list built here (two shipped issues and three user-defined ones,
the way a round's `issues.yaml` adds its own): a lead that names the issue or an act on it, then the sentence under test.
The classes:

- a leader or minister announcing what their own country will do: the person and the country (also a president the
  gazetteer does not know, and a delivery scheduled `once` pilots are trained); a personal view, a call on others or an
  opposition vow is the person only;
- relative clauses: a background stance in `, which has lobbied for ...,` is the holder's; one dated to a finished past
  (`who opposed ... until 2021`, `which three years ago opposed ...`) is not, nor a clause that only describes (`which
  is based in Rome`);
- an unknown name coordinated before an organisation (`Legambiente and the Salvaiciclisti association welcomed ...`); an
  organisation name with a closing word after its head (`Retail Forum Nord`), not a title after it;
- `it` as the subject of a verdict after a speech verb (`said it was "not a serious plan"`);
- thanks: the thanker reacts to the act just named and the thanked did it (`thanked Germany and Poland for the tanks`,
  `thanked both leaders but ...`, `thanked Mr Trudeau, saying ...`); not thanks for help in general, for something else,
  or to someone other than who did the last act; the thanked are objects, not holders; `the move sent "the right
  signal"` sends no item;
- a bare term of an issue on a place (`sanctions`) in an article that never names the place and is about another issue
  is not that issue.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="tanks-for-ukraine", label="Sending Western main battle tanks to Ukraine",
          proposition="Western countries should send main battle tanks to Ukraine",
          terms=("tanks", "Leopard", "Abrams", "main battle tanks")),
    Issue(id="fighter-jets-for-ukraine", label="Supplying fighter jets to Ukraine",
          proposition="Western countries should supply fighter jets to Ukraine",
          terms=("F-16", "fighter jets", "warplanes")),
    Issue(id="sanctions-on-russia", label="Sanctions on Russia",
          proposition="Sanctions on Russia should be imposed or tightened",
          terms=("sanctions", "sanction package", "price cap")),
    # user-defined issues, as a round would define them
    Issue(id="carbon-border-levy", label="A carbon levy on imports at the border",
          proposition="Imports should pay a carbon price at the border",
          terms=("carbon border levy", "border carbon levy", "carbon border tax", "carbon tariff")),
    Issue(id="minimum-wage-increase", label="Raising the minimum wage",
          proposition="The statutory minimum wage should be raised",
          terms=("minimum wage", "minimum wage increase", "living wage")),
    Issue(id="national-service", label="Compulsory national service",
          proposition="Young people should be required to do national service",
          terms=("national service", "conscription", "military draft")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_LEVY = "The European Union adopted a carbon border levy on Tuesday."
_WAGE = "The government tabled a bill to raise the minimum wage on Monday."
_TANKS = "The first Leopard tanks arrived in Ukraine on Monday."
_SENDS = "Canada will send Leopard tanks to Ukraine."
_SERVICE = "Rishi Sunak pledged to bring back national service for 18-year-olds."


def _stances(text: str, issue: str) -> set[tuple[str, str]]:
    article = Article(id="t-holders2", text=text, published_at="2025-03-01T00:00:00+00:00")
    return {(e.payload["actor"]["canonical"], e.payload["stance"]) for e in positions.extract(article, _CTX)
            if e.payload["issue"] == issue}


# (lead, sentence, issue, the positions expected from the sentence beyond the lead's own)
CASES: dict[str, tuple[str, str, str, set[tuple[str, str]]]] = {
    # a leader or minister announcing what their own country will do: both
    "pm-said-country-would": ("", "Prime Minister Pedro Sanchez said Spain would impose a carbon border levy.", "carbon-border-levy",
                              {("Spain", "support"), ("Pedro Sanchez", "support")}),
    "country-will-minister-announced": ("", "Spain will impose a carbon border levy from next year, Finance Minister Maria Jesus "
                                            "Montero announced on Thursday.", "carbon-border-levy",
                                        {("Spain", "support"), ("Maria Jesus Montero", "support")}),
    "unknown-president-postposed": ("", "Mexico will raise the minimum wage by 12 percent from January 1, President Claudia "
                                        "Sheinbaum announced on Tuesday.", "minimum-wage-increase",
                                    {("Mexico", "support"), ("Claudia Sheinbaum", "support")}),
    "unknown-president-before": ("", "President Claudia Sheinbaum said Mexico would raise the minimum wage.", "minimum-wage-increase",
                                 {("Mexico", "support"), ("Claudia Sheinbaum", "support")}),
    "unknown-premier-postposed": ("", "Chile will raise the minimum wage in May, Premier Tomas Vidal said.", "minimum-wage-increase",
                                  {("Chile", "support"), ("Tomas Vidal", "support")}),
    "delivery-once-trained": ("", "Danish Prime Minister Mette Frederiksen said Denmark would deliver 19 F-16s, six of them around "
                                  "New Year, once Ukrainian pilots had been trained.", "fighter-jets-for-ukraine",
                              {("Denmark", "support"), ("Mette Frederiksen", "support")}),
    # ... a personal view, a call on others, an opposition vow: the person only
    "minister-personal-view": (_LEVY, "Finance Minister Ana Ruiz said the levy was long overdue.", "carbon-border-levy",
                               {("Ana Ruiz", "support")}),
    "minister-call-on-others": (_LEVY, "Finance Minister Ana Ruiz urged other countries to adopt a carbon border levy.",
                                "carbon-border-levy", {("Ana Ruiz", "support")}),
    "opposition-vow": (_WAGE, "Opposition leader Jan Kos vowed to scrap the minimum wage increase.", "minimum-wage-increase",
                       {("Jan Kos", "oppose")}),
    "opposition-leader-government-would": (_WAGE, "Opposition leader Jan Kos said a government led by his party would repeal "
                                                  "the minimum wage increase.", "minimum-wage-increase", {("Jan Kos", "oppose")}),
    "conditional-is-no-stance": ("", "Prime Minister Pedro Sanchez said Spain would impose a carbon border levy if other countries "
                                     "did.", "carbon-border-levy", set()),
    # relative clauses
    "relative-lobbied-for": ("", "Tradewise, which has lobbied for a carbon border levy for years, said the plan came too late.",
                             "carbon-border-levy", {("Tradewise", "support")}),
    "relative-country": ("", "Poland, which has lobbied for a carbon border levy for years, said the plan came too late.",
                         "carbon-border-levy", {("Poland", "support")}),
    "relative-describes-only": ("", "Tradewise, which is based in Rome, said the carbon border levy came too late.",
                                "carbon-border-levy", set()),
    "relative-describes-main-verb": ("", "Tradewise, which is based in Rome, welcomed the carbon border levy.", "carbon-border-levy",
                                     {("Tradewise", "support")}),
    "relative-past-until": (_WAGE, "Labour Minister Karl Brandt, who opposed a minimum wage increase until 2021, said nothing.",
                            "minimum-wage-increase", set()),
    "relative-past-ago-main-verb": (_WAGE, "Tradewise, which three years ago opposed a rise in the minimum wage, backed the bill this time.",
                                    "minimum-wage-increase", {("Tradewise", "support")}),
    "relative-past-after-abbreviation": (_WAGE, "The Confederation of Employers' Associations (BDA), which three years ago "
                                                "opposed the jump to 12 euros, backed the bill this time.", "minimum-wage-increase",
                                         {("Confederation of Employers' Associations", "support")}),
    "relative-initially": (_WAGE, "Tradewise, which initially opposed the minimum wage increase, said it would study the bill.",
                           "minimum-wage-increase", set()),
    # unknown names: coordinated, and names with a closing word
    "coordinated-unknown": ("", "Legambiente and the Salvaiciclisti association welcomed the carbon border levy.",
                            "carbon-border-levy", {("Legambiente", "support"), ("Salvaiciclisti", "support")}),
    "coordinated-unknown-after-lead": (_LEVY, "Legambiente and the Salvaiciclisti association welcomed the levy, noting that it "
                                              "would cut emissions.", "carbon-border-levy",
                                       {("Legambiente", "support"), ("Salvaiciclisti", "support")}),
    "coordinated-known-first": ("", "Germany and the Salvaiciclisti association welcomed the carbon border levy.",
                                "carbon-border-levy", {("Germany", "support"), ("Salvaiciclisti", "support")}),
    "name-closing-word": ("", 'The Retail Forum Nord said the carbon border levy was "not a serious plan".', "carbon-border-levy",
                          {("Retail Forum Nord", "oppose")}),
    "name-closing-title-is-no-part": ("", "European Council President Charles Michel welcomed the carbon border levy.",
                                      "carbon-border-levy", {("Charles Michel", "support")}),
    "name-closing-day-is-no-part": ("", "The Retail Council Tuesday welcomed the carbon border levy.", "carbon-border-levy",
                                    {("Retail Council", "support")}),
    # `it` as the subject of a verdict
    "said-it-was-verdict": (_LEVY, "Poland said it was reckless.", "carbon-border-levy", {("Poland", "oppose")}),
    "said-it-was-quoted-verdict": (_SERVICE, 'The Liberal Democrat deputy leader, Daisy Cooper, said it was "not a serious plan".',
                                   "national-service", {("Daisy Cooper", "oppose")}),
    "said-it-was-unknown-org": (_LEVY, 'Tradewise said it was "not a serious plan".', "carbon-border-levy", {("Tradewise", "oppose")}),
    "said-it-was-praise": (_LEVY, 'Poland said it was "a historic step".', "carbon-border-levy", {("Poland", "support")}),
    "said-it-was-description": (_LEVY, "Poland said it was based in Brussels.", "carbon-border-levy", set()),
    # thanks
    "thanked-two-for-item": (_TANKS, "Zelensky thanked Germany and Poland for the tanks.", "tanks-for-ukraine",
                             {("Volodymyr Zelensky", "support"), ("Germany", "support"), ("Poland", "support")}),
    "thanked-for-sending": ("", "Zelensky thanked Berlin and Warsaw for sending tanks.", "tanks-for-ukraine",
                            {("Volodymyr Zelensky", "support"), ("Germany", "support"), ("Poland", "support")}),
    "thanking-list": (_SENDS, "Zelensky said, thanking Germany, Poland and Canada.", "tanks-for-ukraine",
                      {("Volodymyr Zelensky", "support"), ("Germany", "support"), ("Poland", "support")}),
    "thanked-both-but": (_SENDS, "Zelensky thanked both leaders but said the key now was speed.", "tanks-for-ukraine",
                         {("Volodymyr Zelensky", "support")}),
    "thanked-for-hospitality": ("", "Zelensky thanked Germany for its hospitality and urged allies to send tanks.",
                                "tanks-for-ukraine", {("Volodymyr Zelensky", "support")}),
    "thanked-both-long-after": (_SENDS + " The tanks were built in Kassel. Ukraine has lost many tanks. Crews train in Poland.",
                                "Zelensky thanked both leaders but said the key now was speed.", "tanks-for-ukraine", set()),
    "thanked-for-support": (_TANKS, "Zelensky thanked Germany for its support.", "tanks-for-ukraine", set()),
    "thanked-and-package": (_TANKS, 'Zelensky thanked Congress and said the package would "strengthen our defense".',
                            "tanks-for-ukraine", set()),
    "thanked-named-saying": (_SENDS, 'Zelensky thanked Mr Trudeau, saying Canada had shown the way.', "tanks-for-ukraine",
                             {("Volodymyr Zelensky", "support"), ("Justin Trudeau", "support")}),
    "thanked-someone-else-long-after": (_SENDS + " Poland has decided to hand over a company of Leopard tanks.",
                                        "Zelensky thanked Mr Sunak.", "tanks-for-ukraine", set()),
    "move-sent-a-signal": (_SENDS + " Poland has decided to hand over a company of Leopard tanks.",
                           'Zelensky said the move sent "the right signal to other partners".', "tanks-for-ukraine", set()),
    "thanked-possessor-is-not-thanked": ("The Polish parliament passed a bill raising the minimum wage.",
                                         "Finance Minister Ana Ruiz thanked Poland's parliament for it.", "minimum-wage-increase",
                                         {("Ana Ruiz", "support")}),
    "thanks-to-is-no-thanks": (_TANKS, "Thanks to the tanks, Ukraine held the line, Zelensky said.", "tanks-for-ukraine", set()),
}


# `said a government led by his party would repeal ...` (round 27's `said a CDU-led government would repeal the law`) is
# still missed: the vow's subject is a government not yet formed, and no holder is found
_XFAIL = {"opposition-leader-government-would"}


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c in _XFAIL else c for c in sorted(CASES)])
def test_holder(case: str) -> None:
    lead, sentence, issue, expected = CASES[case]
    found = _stances(f"{lead} {sentence}".strip(), issue)
    lead_only = _stances(lead, issue) if lead else set()
    assert found - lead_only == expected


def test_bare_term_of_a_placed_issue_in_an_article_about_another_issue() -> None:
    # `sanctions` (on Russia) in an article on national service that never names Russia: not that issue
    text = (f"{_SERVICE} The home secretary, James Cleverly, defended the plan, saying nobody would be jailed for refusing, "
            "though sanctions were being considered.")
    article = Article(id="t", text=text, published_at="2025-03-01T00:00:00+00:00")
    issues = {e.payload["issue"] for e in positions.extract(article, _CTX)}
    assert "sanctions-on-russia" not in issues
    assert ("James Cleverly", "support") in _stances(text, "national-service")
    # with Russia in the article the term is still the issue's
    text = "The EU agreed new sanctions on Russia on Friday. Poland welcomed the sanctions."
    assert ("Poland", "support") in _stances(text, "sanctions-on-russia")


def test_coordinated_undoings_do_not_cancel() -> None:
    text = "Minister Ana Ruiz signed a decree that repeals the minimum wage law and scraps 300 other regulations."
    assert _stances(text, "minimum-wage-increase") == {("Ana Ruiz", "oppose")}


# --- positions 1.23.0: whose government `his government` is; refusals; holding off on licences -------------------------
# `his government` in a clause of `said <Place>'s <Title> <Name>` is that speaker's (the gazetteer's country, else the place
# as written), never the country of a person named earlier; `press X to hold off on any licences` (licences that would let
# the halted activity go on) supports the halt; a refusal by the speaker's side (`not a path we are willing to go down`,
# `we will not go down that road`, `has no place in our waters`) is against its subject (for a halt, against the activity).

_HALT_ISSUES = IssueSet(issues=(
    Issue(id="trawling-ban", label="A ban on bottom trawling",
          proposition="A moratorium or ban on bottom trawling in marine parks should be adopted",
          terms=("bottom trawling", "trawling", "trawlers", "marine parks", "moratorium", "fishing licences")),
    Issue(id="fracking-ban", label="A fracking ban", proposition="A ban on fracking should be imposed",
          terms=("fracking", "shale gas", "hydraulic fracturing", "drilling licences")),
    *_ISSUES.issues,
))
_HALT_CTX = ExtractionContext(issues=_HALT_ISSUES)
_MACRON = "French President Emmanuel Macron on Thursday called for a ban on fracking."
_PRESS = "would press the European Commission to hold off on any licences."


def _halt_stances(text: str, issue: str) -> set[tuple[str, str]]:
    article = Article(id="t-holders3", text=text, published_at="2025-03-01T00:00:00+00:00")
    return {(e.payload["actor"]["canonical"], e.payload["stance"]) for e in positions.extract(article, _HALT_CTX)
            if e.payload["issue"] == issue}


GOVERNMENT_CASES: dict[str, tuple[str, str, str, set[tuple[str, str]]]] = {
    # the speaker's own government, after a person the gazetteer knows was named before
    "postposed-unknown-place": (_MACRON, '"Fracking is not a path we are willing to go down," said Tuvalu\'s Prime Minister Feleti Teo, '
                                         f"adding that his government {_PRESS}", "fracking-ban",
                                {("Feleti Teo", "support"), ("Tuvalu", "support")}),
    "postposed-known-place": (_MACRON, '"Fracking is not a path we are willing to go down," said Ireland\'s Prime Minister Micheal '
                                       f"Martin, adding that his government {_PRESS}", "fracking-ban",
                              {("Micheal Martin", "support"), ("Ireland", "support")}),
    "said-his-government": (_MACRON, f"Ireland's Prime Minister Micheal Martin said his government {_PRESS}", "fracking-ban",
                            {("Micheal Martin", "support"), ("Ireland", "support")}),
    "relative-names-another": (_MACRON, "Tuvalu's Prime Minister Feleti Teo, who met Emmanuel Macron on Monday, said his government "
                                        f"{_PRESS}", "fracking-ban", {("Feleti Teo", "support"), ("Tuvalu", "support")}),
    "appositive-place": (_MACRON, f"Feleti Teo, the prime minister of Tuvalu, said his government {_PRESS}", "fracking-ban",
                         {("Feleti Teo", "support"), ("Tuvalu", "support")}),
    "pronoun-speaker": (_MACRON, f"He said his government {_PRESS}", "fracking-ban", {("France", "support")}),
    # a speaker who reports someone else's government: the teller's
    "reports-another-government": (_MACRON, "Tuvalu's Prime Minister Feleti Teo said President Macron had told him his government "
                                            "would hold off on any licences.", "fracking-ban",
                                   {("Feleti Teo", "support"), ("France", "support")}),
    # no named speaker in sight: no holder rather than a wrong one
    "unnamed-spokesman": (_MACRON, f"A government spokesman said his government {_PRESS}", "fracking-ban", set()),
    "unnamed-officials": (_MACRON, "Officials said on Friday that his government would hold off on any licences.", "fracking-ban", set()),
    "no-office-no-place": (_MACRON, f"Tuvalu's Feleti Teo said his government {_PRESS}", "fracking-ban", {("Feleti Teo", "support")}),
    # refusals by the speaker's side
    "not-a-path": ("", '"Fracking is not a path we are willing to go down," said Tuvalu\'s Prime Minister Feleti Teo.', "fracking-ban",
                   {("Feleti Teo", "support")}),
    "not-that-road": ("", '"On fracking, we will not go down that road," said Micheal Martin.', "fracking-ban",
                      {("Micheal Martin", "support")}),
    "no-place-in-our-waters": ("", '"Bottom trawling has no place in our waters," said Sweden\'s Prime Minister Ulf Kristersson.',
                               "trawling-ban", {("Ulf Kristersson", "support")}),
    "refusing-a-measure": (_SERVICE, '"National service is not a path we are willing to go down," said Defence Minister Karl Brandt.', "national-service",
                           {("Karl Brandt", "oppose")}),
    "no-place-without-issue": ("", '"Racism has no place in our game," said Micheal Martin.', "fracking-ban", set()),
    # holding off on licences, granting them, holding off on the halt itself
    "hold-off-licences-term": ("", "Micheal Martin urged the Commission to hold off on new drilling licences.", "fracking-ban",
                               {("Micheal Martin", "support")}),
    "grant-licences-no-term": (_MACRON, "Micheal Martin urged the Commission to grant more licences.", "fracking-ban",
                               {("Micheal Martin", "oppose")}),
    "hold-off-the-ban": ("", "Micheal Martin urged the Commission to hold off on the fracking ban.", "fracking-ban",
                         {("Micheal Martin", "oppose")}),
}


@pytest.mark.parametrize("case", sorted(GOVERNMENT_CASES))
def test_government_and_refusal(case: str) -> None:
    lead, sentence, issue, expected = GOVERNMENT_CASES[case]
    found = _halt_stances(f"{lead} {sentence}".strip(), issue)
    lead_only = _halt_stances(lead, issue) if lead else set()
    assert found - lead_only == expected
