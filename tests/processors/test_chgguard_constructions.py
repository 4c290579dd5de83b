"""Pass chgguard: a position change only on evidence strong enough to trust.

Three guards in the change rule (`positions.shift_of_own`, `shifts._DENIED_BEFORE`):

- a shift word of the stance's own sentence whose subject is another actor (`..., after Poland dropped its
  objections`) is that actor's shift and tells nothing of this stance (a leader's country is no other actor);
- a stance of a weak class -- its holder named only as `the government` / `his government`, or given another actor's
  stance with no cue of its own -- is a change only on a shift word in its own sentence;
- an undoing not sought (`would not seek to reverse the increase`, `is not trying to roll back the rules`) is no shift.
"""

from __future__ import annotations

from wirewatch.processors.shifts import signals_shift
from tests.position_tuples import changes_after_refusal


def test_an_undoing_not_sought_is_no_shift():
    assert not signals_shift("The opposition said it would not seek to reverse the pension increase.")
    assert not signals_shift("The minister is not trying to roll back the rules, her office said.")
    assert not signals_shift("They did not want to back down, an aide said.")


def test_an_undoing_sought_is_a_shift():
    # guard: the same without the denial
    assert signals_shift("The opposition said it would seek to reverse the pension increase.")
    assert signals_shift("The minister is trying to roll back the rules, her office said.")


def test_another_actors_shift_in_the_stances_sentence_is_no_change():
    later = ("BERLIN, Jan 25 (Reuters) - Germany agreed on Wednesday to send Leopard tanks to Ukraine after Poland "
             "dropped its objections to the deal.")
    assert ("Germany", "oppose", "support") not in changes_after_refusal(later)


def test_the_actors_own_shift_in_its_sentence_is_a_change():
    # guard: the shift word's subject is the stance's holder
    later = ("BERLIN, Jan 25 (Reuters) - Germany dropped its objections on Wednesday and agreed to send Leopard tanks "
             "to Ukraine.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_a_leaders_country_shifting_is_the_leaders_own():
    # guard: `Germany will no longer ..., Chancellor X said` -- the country's shift, announced by its leader
    later = ("BERLIN, Jan 25 (Reuters) - Germany will no longer refuse to send Leopard tanks to Ukraine, Chancellor "
             "Olaf Scholz said on Wednesday.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_a_generic_holder_needs_a_shift_in_its_own_sentence():
    later = ("BERLIN, Jan 25 (Reuters) - The government will send Leopard tanks to Ukraine, a spokesman said on "
             "Wednesday. Poland had long resisted the move and said it would no longer wait.")
    assert ("Germany", "oppose", "support") not in changes_after_refusal(later)


def test_a_named_holder_keeps_a_shift_in_its_paragraph():
    # guard: the same paragraph with the country named keeps the shift of the paragraph
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, a spokesman said on "
             "Wednesday. Poland had long resisted the move and said it would no longer wait.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_a_generic_holder_keeps_a_shift_in_its_own_sentence():
    # guard: the shift word in the generic holder's own sentence
    later = ("BERLIN, Jan 25 (Reuters) - The government will send Leopard tanks to Ukraine after weeks of hesitation, "
             "a spokesman said on Wednesday.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_a_shift_of_coordinated_subjects_is_each_ones():
    # guard: `Germany and Poland dropped their objections` -- the shift is Germany's too
    later = ("BERLIN, Jan 25 (Reuters) - Allies agreed on Wednesday to send tanks to Ukraine after Germany and Poland "
             "dropped their objections, and Germany will send Leopard tanks.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)
