"""position-stated (pass poslist): the stance of a coordinated or accompanying subject reaches every member of it, and only
it: a holder joined to the next name by a partner noun of its own (`A and its ally B opposed`, `A and his C party voted
against`), one compared with the next (`A, like B, opposes`), one joining others in a gerund (`A joined B and C in backing`);
the one contrasted by `Unlike B, A ...` holds nothing, and the objects, targets, places and talks partners named in
such a sentence hold nothing either. Sentences written for these tests (none copied from an evaluation set), with user
issues of their own."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="vape-ban", label="Disposable vape ban", proposition="Disposable vapes should be banned",
          terms=("vape ban", "ban on disposable vapes")),
    Issue(id="ferry-subsidy", label="Ferry subsidy", proposition="The island ferry should be subsidised by the state",
          terms=("ferry subsidy",)),
))
VAPE, FERRY = "vape-ban", "ferry-subsidy"
S, O = "support", "oppose"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


CASES = [
    # ---- a partner noun of the first holder's own between the two names
    ("Hungary and its ally Slovakia opposed the vape ban.", {("Hungary", VAPE, O), ("Slovakia", VAPE, O)}),
    ("Austria and its close partner Croatia backed the ferry subsidy.", {("Austria", FERRY, S), ("Croatia", FERRY, S)}),
    ("Christian Lindner and his Free Democrats opposed the vape ban.",
     {("Christian Lindner", VAPE, O), ("Free Democrats", VAPE, O)}),
    # ---- compared with the next name: both hold the predicate
    ("France, like Spain, opposes the vape ban.", {("France", VAPE, O), ("Spain", VAPE, O)}),
    ("Sweden, like Finland, has backed the ferry subsidy.", {("Sweden", FERRY, S), ("Finland", FERRY, S)}),
    ("Sweden, like Finland, has not backed the vape ban.", {("Sweden", VAPE, O), ("Finland", VAPE, O)}),
    # ---- joining others in a gerund
    ("Hungary joined Poland in calling for a vape ban.", {("Hungary", VAPE, S), ("Poland", VAPE, S)}),
    ("Estonia joined Latvia and Lithuania in backing the ferry subsidy.",
     {("Estonia", FERRY, S), ("Latvia", FERRY, S), ("Lithuania", FERRY, S)}),
    ("France has joined Germany in opposing the vape ban.", {("France", VAPE, O), ("Germany", VAPE, O)}),
    # ---- contrast: the one set against the holder holds nothing
    ("Unlike Spain, France opposes the vape ban.", {("France", VAPE, O)}),
    ("France, unlike Spain, opposes the vape ban.", {("France", VAPE, O)}),
    # (unless the copy gives it a stance of its own)
    ("Unlike Spain, which backs the vape ban, France opposes it.", {("France", VAPE, O), ("Spain", VAPE, S)}),
    # ---- polarity through `neither ... nor` (kept)
    ("Neither France nor Spain supports the vape ban.", {("France", VAPE, O), ("Spain", VAPE, O)}),
    # ---- coordinations that worked before, kept
    ("Denmark and Malaysia have said they would back the vape ban.", {("Denmark", VAPE, S), ("Malaysia", VAPE, S)}),
    ("Both France and Spain oppose the ferry subsidy.", {("France", FERRY, O), ("Spain", FERRY, O)}),
    ("Hungary, along with Poland, urged a vape ban.", {("Hungary", VAPE, S), ("Poland", VAPE, S)}),
    ("Neither the Greens nor Labour backed the ferry subsidy.", {("Labour Party", FERRY, O)}),  # the first conjunct unread, the polarity kept
    ("France and Spain have neither backed nor opposed the vape ban.", set()),  # no side taken
    # ---- `as did the X`: a name whose alias holds the article
    ("Labour voted against the vape ban, as did the Netherlands.", {("Labour Party", VAPE, O), ("Netherlands", VAPE, O)}),
    # ---- a pair named just before, then the subject of the next sentence
    ("Olaf Scholz met Emmanuel Macron in Paris on Monday. The two leaders said they backed the vape ban.",
     {("Olaf Scholz", VAPE, S), ("Emmanuel Macron", VAPE, S)}),
    ("Olaf Scholz met Emmanuel Macron in Paris on Monday. Officials said the two leaders agreed to back the vape ban.",
     {("Olaf Scholz", VAPE, S), ("Emmanuel Macron", VAPE, S)}),
    ("Poland and Slovakia signed a pact on Monday. Both governments oppose the vape ban.", {("Poland", VAPE, O), ("Slovakia", VAPE, O)}),
    # ---- a wire desk's dateline in ordinary case with its date (`Place, Mon DD (Desk).- `) opens no list
    ("Valletta, Mar 9 (EFE).- The leaders of Spain, Ireland, Malta and Slovenia on Friday backed the ferry subsidy.",
     {("Spain", FERRY, S), ("Ireland", FERRY, S), ("Malta", FERRY, S), ("Slovenia", FERRY, S)}),
    # ---- guards: a pair subject that is an object, a possessor, ambiguous, or no subject at all
    ("Olaf Scholz, Emmanuel Macron and Giorgia Meloni met in Rome. The two leaders backed the vape ban.", set()),
    ("Olaf Scholz met Emmanuel Macron in Paris on Monday. The two leaders' aides backed the vape ban.", set()),
    ("Poland and Slovakia signed a pact on Monday. Trade between the two countries backed the vape ban.", set()),
    # ---- guards: objects, targets, places, talks partners, no gerund after `joined`
    ("Germany imposed sanctions on Russia and Belarus and backed the vape ban.", {("Germany", VAPE, S)}),
    ("Talks between France and Spain on the vape ban stalled as Italy backed it.", {("Italy", VAPE, S)}),
    ("Sweden urged Poland and its ally Hungary to back the vape ban.", {("Sweden", VAPE, S)}),
    ("Hungary joined Poland in a bid to block the vape ban.", {("Hungary", VAPE, O)}),
    ("France joined the EU in 1958 and now backs the vape ban.", {("France", VAPE, S)}),
    ("Germany, like France, was not consulted, and Italy backed the vape ban.", {("Italy", VAPE, S)}),
    ("Olaf Scholz and his wife visited Paris, where Emmanuel Macron backed the vape ban.", {("Emmanuel Macron", VAPE, S)}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_poslist_constructions(ctx: ExtractionContext, text: str, expected: set) -> None:
    assert stances(text, ctx) == expected


# a plural title heading the leaders who speak after their countries' joint course (dated: offices change)
JOINT = "Britain and the Netherlands will work to build a coalition for the vape ban, Prime Ministers Rishi Sunak and Mark Rutte said on Tuesday."


def test_joint_speakers(ctx: ExtractionContext) -> None:
    found = stances(JOINT, ctx, published_at="2023-05-16T00:00:00+00:00")
    assert found == {("United Kingdom", VAPE, S), ("Netherlands", VAPE, S), ("Rishi Sunak", VAPE, S), ("Mark Rutte", VAPE, S)}


def test_joint_speakers_guard(ctx: ExtractionContext) -> None:
    # one country: no list of leaders to share it
    found = stances("Britain will work to build a coalition for the vape ban, officials Rishi Sunak and Mark Rutte said on Tuesday.",
                    ctx, published_at="2023-05-16T00:00:00+00:00")
    assert ("Mark Rutte", VAPE, S) not in found
