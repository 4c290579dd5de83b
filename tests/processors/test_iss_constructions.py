"""Which issue a sentence is about when users' terms overlap (positions 1.78.0, stance, pass iss).

Invented wire copy on issues of our own (a levy on plastic packaging, a tourist levy, a ferry subsidy, a digital
charter), none copied from an evaluation set.

- A term of one issue that is strictly inside a longer term of another (`levy` beside `tourist levy`), or one lowercase
  word another issue's label or proposition uses, is weak evidence (`stance.GeneralTerms`). In an article that names none
  of the issue's own (specific) terms it no longer counts for that issue, and it goes to each issue that shares the word
  and whose specific terms the article names (`GeneralTerms.settle`). Where both issues are named, the word is each
  one's and the issue in discussion takes it.
- A term that opens with a determiner (`the Charter`) names a thing: `the` is no verb that enacts the issue.
- A measure predicted to give those it concerns a say (`would give small businesses a say`) is a benefit named of it;
  a benefit denied (`would not give ...`, `would never bring stability`) is none.

Guards: the article names the weak term's own issue specifically (it keeps the word); a single word no other issue
shares stays strong evidence even beside another issue's specific term (`subsidy` in a story that names a levy); the
same term on two issues (both name one item) is weak for neither; a term opening with a verb still gives its verb;
`the final say` is no benefit.
"""

from __future__ import annotations

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, stance
from wirewatch.schemas import Issue, IssueSet

_PLASTIC = Issue(id="plastic-levy", label="A levy on plastic packaging", proposition="A levy should be imposed on plastic packaging",
                 terms=("plastic packaging levy", "packaging levy", "levy"))
_TOURIST = Issue(id="tourist-levy", label="A tourist levy on overnight stays",
                 proposition="Cities should charge visitors a tourist levy on overnight stays",
                 terms=("tourist levy", "visitor levy", "bed tax"))
_FERRY = Issue(id="ferry-subsidy", label="Ferry subsidies", proposition="Island ferries should be subsidised",
               terms=("ferry subsidy", "subsidy"))
_CHARTER = Issue(id="charter", label="The Digital Charter", proposition="Member states should ratify the Digital Charter",
                 terms=("the Charter", "Digital Charter"))

_CTX = ExtractionContext(issues=IssueSet(issues=(_PLASTIC, _TOURIST)))
S, O = "support", "oppose"


def test_weak_terms_of_a_set() -> None:
    general = stance._general_terms((_PLASTIC, _TOURIST))
    assert general is not None
    assert general.weak == {"plastic-levy": frozenset({"levy"})}
    assert general.claimants == {("plastic-levy", "levy"): ("tourist-levy",)}
    assert general.is_weak("plastic-levy", "Levy") and general.is_weak("plastic-levy", "levy")
    assert not general.is_weak("plastic-levy", "packaging levy") and not general.is_weak("tourist-levy", "levy")


def test_a_lone_word_another_label_uses_is_weak() -> None:
    # `referendum`-like: the word is in the other issue's label only, not in its terms
    hotel = Issue(id="hotel-tax", label="A hotel levy for Lisbon", proposition="Lisbon should tax hotel stays", terms=("hotel tax",))
    general = stance._general_terms((_PLASTIC, hotel))
    assert general is not None and general.claimants == {("plastic-levy", "levy"): ("hotel-tax",)}


def test_guard_no_shared_word_no_weak_terms() -> None:
    # `subsidy` is one common word, but no other issue shares it: it stays the ferry issue's own
    assert stance._general_terms((_PLASTIC, _FERRY)) is None
    # the same term on two issues (both name one item) is weak for neither
    twin = Issue(id="hotel-levy", label="A charge on hotel guests", proposition="Hotels should charge guests a nightly fee",
                 terms=("tourist levy", "hotel charge"))
    assert stance._general_terms((_TOURIST, twin)) is None


def test_shared_word_goes_to_the_issue_the_article_names() -> None:
    # the article names the tourist levy; `the levy` is the plastic issue's bare term only
    text = "Amsterdam will raise its tourist levy to 12.5 percent next year. Prime Minister Mark Rutte said he supported the levy."
    assert stances(text, _CTX) == {("Mark Rutte", "tourist-levy", S)}


def test_shared_word_in_a_mixed_story_goes_to_the_issue_in_discussion() -> None:
    text = ("Barcelona doubled its visitor levy this year. Prime Minister Pedro Sanchez said he backed the new levy. "
            "Separately, Spain plans a packaging levy on plastic.")
    assert stances(text, _CTX) == {("Pedro Sanchez", "tourist-levy", S)}


def test_shared_word_alone_names_no_issue() -> None:
    # no specific term of either issue anywhere: a bare `levy` could be any levy
    assert stances("Prime Minister Pedro Sanchez said he backed the new levy.", _CTX) == set()


def test_guard_the_issue_named_specifically_keeps_its_word() -> None:
    text = ("The Dutch government announced a plastic packaging levy on Tuesday. Prime Minister Mark Rutte said he supported a "
            "levy that would cut waste.")
    assert ("Mark Rutte", "plastic-levy", S) in stances(text, _CTX)
    assert not any(issue == "tourist-levy" for _, issue, _ in stances(text, _CTX))


def test_guard_unshared_single_word_stays_strong_beside_another_issue() -> None:
    ctx = ExtractionContext(issues=IssueSet(issues=(_PLASTIC, _FERRY)))
    text = "Spain plans a packaging levy on plastic. Prime Minister Pedro Sanchez said he backed a subsidy for island ferries."
    assert stances(text, ctx) == {("Pedro Sanchez", "ferry-subsidy", S)}


def test_a_term_opening_with_a_determiner_gives_no_verb() -> None:
    m = stance.matcher(_CHARTER)
    assert m.lead_actions is None
    assert m.actions is not None and not m.actions.search("the talks on the charter")
    ctx = ExtractionContext(issues=IssueSet(issues=(_CHARTER,)))
    # `the` before the issue is no act on it
    assert stances("Prime Minister Pedro Sanchez said the talks on the Digital Charter had begun in the spring.", ctx) == set()
    # (the stance rules still read a real verdict)
    assert stances("Prime Minister Pedro Sanchez said the Digital Charter was a mistake.", ctx) == {("Pedro Sanchez", "charter", O)}


def test_guard_a_term_opening_with_a_verb_keeps_it() -> None:
    join = Issue(id="join-charter", label="Joining the Digital Charter", proposition="Norway should join the Digital Charter",
                 terms=("join the Charter", "Digital Charter"))
    m = stance.matcher(join)
    assert m.lead_actions is not None and m.lead_actions.search("Oslo joined it") and not m.lead_actions.search("the")


_CHARTER_CTX = ExtractionContext(issues=IssueSet(issues=(_CHARTER,)))


def test_a_say_given_by_the_measure_supports_it() -> None:
    # (the benefit `would give <those it concerns> a say`, which the bogus `the` verb used to stand in for)
    text = "Prime Minister Pedro Sanchez said the Digital Charter would give small businesses a say over the rules."
    assert stances(text, _CHARTER_CTX) == {("Pedro Sanchez", "charter", S)}


def test_guard_the_final_say_is_no_benefit() -> None:
    text = "Prime Minister Pedro Sanchez said the Digital Charter would give Brussels the final say over the rules."
    assert stances(text, _CHARTER_CTX) == set()


def test_guard_a_benefit_denied_is_no_support() -> None:
    # `would not` / `would never` before a predicted benefit: not a word in favour
    for text in ("Prime Minister Pedro Sanchez said the Digital Charter would not give citizens a real say.",
                 "Prime Minister Pedro Sanchez said the Digital Charter would never bring stability to the market."):
        assert ("Pedro Sanchez", "charter", S) not in stances(text, _CHARTER_CTX)
