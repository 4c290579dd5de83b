"""Pass chg48: two ways a story's shift word was taken as the evidence of another stance's change.

A refusal in the future tense (`we are not going to back down`) denies the shift it names, as `will not back down`
does. And in a sentence that names the actor only after the shift word, with another actor named before it
(`Poland dropped its opposition, a shift that leaves Germany isolated`), the shift is the other actor's.
"""

from __future__ import annotations

from wirewatch.processors.shifts import signals_shift
from tests.position_tuples import changes_after_refusal


def test_a_refusal_in_the_future_tense_denies_the_shift():
    assert not signals_shift("\"I'm not going to back down,\" the minister told reporters.")
    assert not signals_shift("The mayor said she was not going to reverse the decision.")
    assert not signals_shift("\"We won't back down,\" he said.")


def test_a_shift_going_to_happen_is_still_a_shift():
    # guard: `going to` without a denial before it
    assert signals_shift("The cabinet is going to reverse the fuel subsidy cut, two officials said.")
    assert signals_shift("The union said it was not surprised that the board backed down.")


def test_a_stance_beside_a_denied_shift_is_no_change():
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, the government said on Wednesday. "
             "\"We are not going to back down,\" a spokesman said.")
    assert ("Germany", "oppose", "support") not in changes_after_refusal(later)


def test_a_stance_beside_an_owned_shift_is_a_change():
    # guard: the same paragraph with the shift undenied
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, the government said on Wednesday, "
             "backing down after weeks of pressure.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_a_shift_of_the_actor_named_first_is_not_the_later_named_ones():
    later = ("WARSAW, Jan 25 (Reuters) - Poland said on Wednesday it had dropped its objections to the tank deal, "
             "a shift that leaves Germany isolated.\n\n"
             "The tanks will arrive in the spring, officials said.\n\n"
             "Germany will send Leopard tanks to Ukraine, the government said.")
    assert ("Germany", "oppose", "support") not in changes_after_refusal(later)


def test_a_shift_of_the_actor_named_before_it_is_its_own():
    # guard: the actor named before the shift word in the sentence keeps it
    later = ("BERLIN, Jan 25 (Reuters) - Germany reversed course on Wednesday, a move welcomed by Poland.\n\n"
             "The tanks will arrive in the spring, officials said.\n\n"
             "Germany will send Leopard tanks to Ukraine, the government said.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)


def test_a_shift_named_before_any_actor_is_the_named_ones():
    # guard: no actor before the shift word (`The decision marks a reversal for Berlin`)
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, the government said on Wednesday.\n\n"
             "The tanks will arrive in the spring, officials said.\n\n"
             "The decision marks a reversal for Berlin, which faced weeks of pressure.")
    assert ("Germany", "oppose", "support") in changes_after_refusal(later)
