"""A position change rests on the actor's own shift (stop 26).

A story that tells of one actor's U-turn used to mark every differing stance in it as a change,
so one misread stance beside it became a false `position-changed`. The shift word must now be in
the stance's paragraph or in a sentence that names the actor.
"""

from __future__ import annotations

from tests.position_tuples import changes_after_refusal


def test_a_shift_told_in_the_stance_paragraph_is_a_change():
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, reversing weeks of refusal, "
             "the government said on Wednesday.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_a_shift_told_elsewhere_of_the_actor_by_name_is_a_change():
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, the government said on Wednesday.\n\n"
             "The tanks will arrive in the spring, officials said.\n\n"
             "The decision marks a reversal for Berlin, which faced weeks of pressure from its allies.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_another_actors_shift_does_not_make_a_change():
    later = ("WARSAW, Jan 25 (Reuters) - Hungary reversed its position on the talks on Wednesday, "
             "its foreign minister said.\n\n"
             "The tanks will arrive in the spring, officials said.\n\n"
             "Germany will send Leopard tanks to Ukraine, the government said.")
    assert ("Germany", "oppose", "support") not in changes_after_refusal(later)
