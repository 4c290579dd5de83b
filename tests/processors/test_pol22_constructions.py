"""position-stated (pass pol22): wrong stances for a holder the article does give a stance. Classes: the direction of
the measure (a stance on undoing it or on a counter-measure, an undoing's predicted effect); negation and its scope
(`refused to back`, `withheld support`, `dropped its objections`, `no longer supports`, `would not help`, `not against`);
contrast and concession; issues named by a ban. Each case: sentence -> the one stance expected of the holder on the issue
(None: no stance). Near misses keep their stance. Sentences written for these tests (varied topics and wording)."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="sugar-tax", label="Tax on sugary drinks", proposition="Sugary drinks should be taxed",
          terms=("sugar tax", "sugar levy", "soft drinks levy")),
    Issue(id="congestion-charge", label="Congestion charge", proposition="Drivers should pay a charge to enter the city centre",
          terms=("congestion charge", "road pricing")),
    Issue(id="rent-cap", label="Cap on rent increases", proposition="Residential rent increases should be capped",
          terms=("rent cap", "rent controls", "rent freeze")),
    Issue(id="vape-ban", label="Ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vapes", "vape ban", "single-use vapes")),
    Issue(id="speed-limit", label="Lower urban speed limits", proposition="Urban speed limits should be lowered to 20 mph",
          terms=("20mph limit", "20mph limits", "lower speed limits", "speed limit cuts")),
    Issue(id="conscription", label="Military conscription", proposition="Military service should be compulsory",
          terms=("conscription", "compulsory military service", "the draft")),
    Issue(id="sanctions-on-russia", label="Sanctions on Russia",
          proposition="Sanctions on Russia should be imposed or tightened",
          terms=("sanctions", "sanctions package", "sanction package", "price cap", "embargo")),
    Issue(id="four-day-week", label="Four-day working week", proposition="Employers should adopt a four-day working week",
          terms=("four-day week", "four-day working week", "32-hour week")),
))
SUGAR, CHARGE, RENT, VAPE, SPEED, DRAFT, SANCTIONS, FOUR = (
    "sugar-tax", "congestion-charge", "rent-cap", "vape-ban", "speed-limit", "conscription", "sanctions-on-russia",
    "four-day-week")


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


def _check(ctx, text, holder, issue, stance):
    found = {s[2] for s in stances(text, ctx) if (holder is None or s[0] == holder) and s[1] == issue}
    if stance is None:
        assert not found
    else:
        assert found == {stance}


XF = pytest.mark.xfail(strict=True, reason="not handled yet: the other stance or none")
# what the extractor still reads wrong (the cases below, by their text; two predicted-effect cases pass since the
# merge with pass pos22s, `would help tenants` since pass pos24e, `has raised objections to` since pass posr)
_OPEN: set[str] = {
    'Critics of the sugar tax, led by the Beverage Association, said it had failed.',
    'Economist Paul Rees said the rent cap would not solve the housing shortage.',
    'The Liberal Party said it had strong objections to the rent freeze.',
    'The Motorists Guild celebrated the scrapping of the congestion charge.',
    'Union leader Maria Costa said ending the four-day week would hurt productivity.',
}


def _cases(rows):
    return [pytest.param(*row, marks=XF) if row[0] in _OPEN else row for row in rows]

# ------------------------------------------------ the measure's direction: undoing it, a counter-measure


@pytest.mark.parametrize("text, holder, issue, stance", _cases([
    ("The British Medical Association opposed the repeal of the sugar tax.", "British Medical Association", SUGAR, "support"),
    ("The Taxpayers Alliance welcomed the decision to scrap the sugar levy.", "Taxpayers Alliance", SUGAR, "oppose"),
    ("Diabetes UK criticised the delay to the sugar tax.", "Diabetes UK", SUGAR, "support"),
    ("The Cyclists Federation said it would fight any attempt to abolish the congestion charge.", "Cyclists Federation",
     CHARGE, "support"),
    ("The Motorists Guild celebrated the scrapping of the congestion charge.", "Motorists Guild", CHARGE, "oppose"),
    ("The Tenants Union urged the court to overturn the repeal of the rent freeze.", "Tenants Union", RENT, "support"),
    ("Mark Jevons, a Conservative councillor, campaigned for the abolition of the congestion charge.", "Mark Jevons", CHARGE, "oppose"),
    # an undoing's predicted effect: the verdict on the undoing, against the measure undone
    ("The Asthma Society warned that scrapping the vape ban would set back public health.", "Asthma Society",
     VAPE, "support"),
    ("Labour's transport spokesman Owen Price said the reversal of the 20mph limits would cost lives.", "Owen Price", SPEED,
     "support"),
    ("The Road Safety Trust warned that a rollback of the 20mph limits would put children at risk.", "Road Safety Trust",
     SPEED, "support"),
    ("Campaign group Sustain said abolishing the sugar tax would harm children's health.", "Sustain", SUGAR, "support"),
    ("The Landlords Alliance said scrapping the rent freeze would boost the supply of homes.", "Landlords Alliance", RENT,
     "oppose"),
    ("The government scrapped the 20mph limits on Tuesday. The Road Safety Trust warned that the rollback would cost lives.",
     "Road Safety Trust", SPEED, "support"),
    ("The city suspended the congestion charge on Monday. The Cyclists Federation said the suspension would choke the "
     "city centre.", "Cyclists Federation", CHARGE, "support"),
    ("The council reversed the speed limit cuts on Monday. Labour spokesman Owen Price said the change would cost lives.",
     "Owen Price", SPEED, "support"),
    ("Ministers plan to water down the vape ban. The Asthma Society warned that watering down the vape ban would undo "
     "years of progress.", "Asthma Society", VAPE, "support"),
    ("Union leader Maria Costa said ending the four-day week would hurt productivity.", "Maria Costa", FOUR, "support"),
    ("The government scrapped the 20mph limits on Tuesday. The Road Safety Trust criticised the rollback.",
     "Road Safety Trust", SPEED, "support"),
    ("The government scrapped the 20mph limits on Tuesday. The Drivers Union welcomed the rollback.",
     "Drivers Union", SPEED, "oppose"),
    ("The government scrapped the 20mph limits on Tuesday. The Drivers Union said the rollback would save commuters time.",
     "Drivers Union", SPEED, "oppose"),
    ("The Landlords Alliance said lifting the rent freeze would end a damaging distortion of the market.", "Landlords Alliance",
     RENT, "oppose"),
    ("The Beverage Association welcomed the two-year delay to the sugar tax.", "Beverage Association", SUGAR, "oppose"),
    ("Diabetes UK criticised the delay in introducing the sugar tax.", "Diabetes UK", SUGAR, "support"),
    ("The Cyclists Federation vowed to resist every effort to weaken the congestion charge.", "Cyclists Federation", CHARGE,
     "support"),
    ("The Motorists Guild vowed to fight any attempt to introduce a congestion charge.", "Motorists Guild", CHARGE, "oppose"),
    # a verdict after `as` restates the verb's: counted once (`criticised the suspension ... as a mistake`)
    ("Former mayor Jan Holm criticised the suspension of the congestion charge as a mistake.", "Jan Holm", CHARGE, "support"),
    ("Former mayor Jan Holm denounced the repeal of the rent freeze as reckless.", "Jan Holm", RENT, "support"),
    ("The Tenants Union condemned the delay to the rent freeze as a betrayal.", "Tenants Union", RENT, "support"),
    ("The Landlords Alliance hailed the scrapping of the rent freeze as a historic step.", "Landlords Alliance", RENT, "oppose"),
    ("The Tenants Union signed a petition against the repeal of the rent freeze.", "Tenants Union", RENT, "support"),
    ("The Drivers Union launched a petition against the congestion charge.", "Drivers Union", CHARGE, "oppose"),
    ("The Beverage Association welcomed the government's U-turn on the sugar tax.", "Beverage Association", SUGAR, "oppose"),
    ("Diabetes UK condemned the government's U-turn on the sugar tax.", "Diabetes UK", SUGAR, "support"),
    # raising a cap loosens it; lowering it tightens it
    ("Poland urged the G7 to raise the price cap on Russian oil.", "Poland", SANCTIONS, "oppose"),
    ("Greece called for an increase in the price cap on Russian oil.", "Greece", SANCTIONS, "oppose"),
    ("The Landlords Alliance urged ministers to raise the rent cap.", "Landlords Alliance", RENT, "oppose"),
    ("The Tenants Union opposed any move to raise the rent cap.", "Tenants Union", RENT, "support"),
    ("Poland urged the G7 to lower the price cap on Russian oil.", "Poland", SANCTIONS, "support"),
    ("The Tenants Union urged ministers to lower the rent cap to 2 percent.", "Tenants Union", RENT, "support"),
    # near misses: the measure's own predicted effect keeps its reading
    ("The Retail Consortium warned that the sugar tax would hurt small shops.", "Retail Consortium", SUGAR, "oppose"),
    ("Public health officials said the 20mph limits would save lives.", None, SPEED, None),
    ("The Motorists Guild welcomed the congestion charge.", "Motorists Guild", CHARGE, "support"),
    ("The Landlords Alliance criticised the rent freeze as a mistake.", "Landlords Alliance", RENT, "oppose"),
    ("The Tenants Union praised the rent freeze as a lifeline.", "Tenants Union", RENT, "support"),
    ("The Tenants Union called for a rent freeze.", "Tenants Union", RENT, "support"),
]))
def test_the_measures_direction(ctx, text, holder, issue, stance):
    _check(ctx, text, holder, issue, stance)


# ------------------------------------------------ negation and its scope


@pytest.mark.parametrize("text, holder, issue, stance", _cases([
    # (pass posparty) in copy about Germany the Free Democrats are the FDP, filed under its full name
    ("Germany abstained after the Free Democrats refused to back the four-day week bill.", "Free Democratic Party", FOUR, "oppose"),
    ("Estonia withheld support for the new sanctions package against Russia on Monday.", "Estonia", SANCTIONS, "oppose"),
    ("The Liberal Party withheld its support from the rent freeze.", "Liberal Party", RENT, "oppose"),
    ("Italy dropped its objections to the sanctions package against Russia on Friday.", "Italy", SANCTIONS, "support"),
    ("The package was agreed after Austria dropped its reservations over the sanctions on Russia's banks.", "Austria",
     SANCTIONS, "support"),
    ("Slovakia lifted its objection to the embargo on Russian oil after talks in Brussels.", "Slovakia", SANCTIONS, "support"),
    ("Mayor Anna Kowal no longer supports the congestion charge, her office said.", "Anna Kowal", CHARGE, "oppose"),
    ("The Green Party said it was not against a congestion charge in principle.", "Green Party", CHARGE, "support"),
    ("Defence minister Lena Hart said reinstating conscription would not help the army, which lacks barracks.",
     "Lena Hart", DRAFT, "oppose"),
    ("Economist Paul Rees said the rent cap would not solve the housing shortage.", "Paul Rees", RENT, "oppose"),
    ("Transport secretary Dev Shah said the congestion charge would do nothing to cut pollution.", "Dev Shah", CHARGE,
     "oppose"),
    ("The Liberal Party said it was against a congestion charge.", "Liberal Party", CHARGE, "oppose"),
    ("Chancellor Erik Lund said his position against the embargo on Russian oil had not changed.", "Erik Lund", SANCTIONS, "oppose"),
    ("Minister Jan Holm said his opposition to conscription had not changed.", "Jan Holm", DRAFT, "oppose"),
    # (`stopped short of backing` states no stance: the extractor's existing reading, kept)
    ("The Chamber of Commerce stopped short of backing the four-day week.", "Chamber of Commerce", FOUR, None),
    ("The rent freeze bill failed after the Liberal Party refused to back it.", "Liberal Party", RENT, "oppose"),
    ("Germany abstained, and Estonia and Greece also withheld support for the sanctions package against Russia.", "Greece",
     SANCTIONS, "oppose"),
    ("The Liberal Party declined to back the four-day week bill.", "Liberal Party", FOUR, "oppose"),
    ("The Liberal Party withdrew its support for the four-day week bill.", "Liberal Party", FOUR, "oppose"),
    ("Slovakia ended its opposition to the embargo on Russian oil.", "Slovakia", SANCTIONS, "support"),
    ("Slovakia abandoned its opposition to the embargo on Russian oil.", "Slovakia", SANCTIONS, "support"),
    ("The Liberal Party gave up its resistance to the four-day week bill.", "Liberal Party", FOUR, "support"),
    ("Slovakia said it would no longer block the sanctions package against Russia.", "Slovakia", SANCTIONS, "support"),
    ("Slovakia said it would not veto the sanctions package against Russia.", "Slovakia", SANCTIONS, "support"),
    ("Chancellor Erik Lund said his position against introducing a congestion charge had not changed.", "Erik Lund", CHARGE,
     "oppose"),
    ("The Green Party took a firm line against the rent freeze.", "Green Party", RENT, "oppose"),
    ("The Liberal Party said it had no objection to a congestion charge.", "Liberal Party", CHARGE, "support"),
    ("Italy said it would not stand in the way of the sanctions package against Russia.", "Italy", SANCTIONS, "support"),
    ("The Liberal Party reversed its opposition to the congestion charge.", "Liberal Party", CHARGE, "support"),
    ("The Liberal Party dropped its support for the congestion charge.", "Liberal Party", CHARGE, "oppose"),
    ("The Liberal Party lifted its veto on the rent freeze.", "Liberal Party", RENT, "support"),
    # near misses: plain stances and double negations keep theirs
    ("Chancellor Erik Lund said his position in favour of a congestion charge had not changed.", "Erik Lund", CHARGE,
     "support"),
    ("The Liberal Party said it had strong objections to the rent freeze.", "Liberal Party", RENT, "oppose"),
    ("Germany backed the new sanctions package against Russia on Monday.", "Germany", SANCTIONS, "support"),
    ("Hungary blocked the new sanctions package against Russia on Monday.", "Hungary", SANCTIONS, "oppose"),
    ("Hungary has raised objections to the sanctions package against Russia.", "Hungary", SANCTIONS, "oppose"),
    ("Chancellor Erik Lund said his support for the embargo on Russian oil had not changed.", "Erik Lund", SANCTIONS, "support"),
    ("The Free Democrats said they would back the four-day week bill.", "Free Democrats", FOUR, "support"),
    ("Estonia refused to lift the sanctions on Russia's banks.", "Estonia", SANCTIONS, "support"),
    ("Doctors said the sugar tax would save lives.", None, SUGAR, None),
    ("Economist Paul Rees said the rent cap would help tenants.", "Paul Rees", RENT, "support"),
    ("The mayor did not rule out a congestion charge.", None, CHARGE, None),
]))
def test_negation_and_its_scope(ctx, text, holder, issue, stance):
    _check(ctx, text, holder, issue, stance)


# ------------------------------------------------ contrast and concession


@pytest.mark.parametrize("text, holder, issue, stance", _cases([
    ("Although the Greens backed the aim of cleaner air, they opposed the congestion charge.", "Greens", CHARGE, "oppose"),
    ("While the union supports shorter hours, it rejected the four-day week plan as unworkable.", None, FOUR, None),
    ("While the Greens criticised the details, they backed the congestion charge.", "Greens", CHARGE, "support"),
    # near misses: the main clause is another subject's; two holders contrasted keep their own
    ("Although the Greens opposed the congestion charge, the mayor pressed ahead with it.", "Greens", CHARGE, "oppose"),
    ("While Labour backed the congestion charge, the Conservatives opposed it.", "Conservatives", CHARGE, "oppose"),
    ("Though the union backs shorter hours, it has firmly rejected the four-day week plan.", None, FOUR, None),
    ("The Tenants Union, which had long demanded a rent freeze, welcomed the vote.", "Tenants Union", RENT, "support"),
    ("Critics of the sugar tax, led by the Beverage Association, said it had failed.", "Beverage Association", SUGAR, "oppose"),
    ("Mayor Anna Kowal defended the congestion charge against critics led by the Motorists Guild.", "Anna Kowal", CHARGE,
     "support"),
]))
def test_contrast_and_concession(ctx, text, holder, issue, stance):
    _check(ctx, text, holder, issue, stance)


# ------------------------------------------------ issues named by a ban


@pytest.mark.parametrize("text, holder, issue, stance", _cases([
    ("The Vaping Industry Association welcomed the lifting of the vape ban.", "Vaping Industry Association", VAPE, "oppose"),
    ("Cancer Research UK opposed lifting the ban on disposable vapes.", "Cancer Research UK", VAPE, "support"),
    ("The British Lung Foundation welcomed the ban on disposable vapes.", "British Lung Foundation", VAPE, "support"),
    ("Retailers criticised the vape ban, and the Convenience Stores Association called it unworkable.",
     "Convenience Stores Association", VAPE, "oppose"),
    ("The Green Party said the government should not lift the vape ban.", "Green Party", VAPE, "support"),
    # reinstating the ban is the ban itself, not letting back what it excludes
    ("The Asthma Society urged ministers to reinstate the vape ban.", "Asthma Society", VAPE, "support"),
    ("The Asthma Society urged ministers to reinstate the ban on disposable vapes.", "Asthma Society", VAPE, "support"),
    ("The Vaping Industry Association urged ministers to reinstate sales of disposable vapes.", "Vaping Industry Association",
     VAPE, "oppose"),
    ("The Asthma Society urged ministers not to water down the vape ban.", "Asthma Society", VAPE, "support"),
    ("The Vaping Industry Association lobbied against the ban on single-use vapes.", "Vaping Industry Association", VAPE,
     "oppose"),
]))
def test_issues_named_by_a_ban(ctx, text, holder, issue, stance):
    _check(ctx, text, holder, issue, stance)
