"""Pass posact: a country's own act on the measure, done by its cabinet or its parliament.

- a country's cabinet named by its possessive (`Norway's cabinet approved a bill ...`) or its demonym (`the Norwegian
  cabinet`) acts for the country, also when the proposition asks that very country to act (`Norway should ban ...`);
  a cabinet of the country the issue is about as its object still is no holder (`Ruritania's cabinet` on arms for
  Ruritania);
- a country's parliament written so (`Norway's parliament passed the law`, `Belgium's federal parliament repealed ...`)
  acts for the country beside the chamber the gazetteer knows (gold's "Bodies give the country"); a chamber named by
  its own name (`The Storting passed ...`) and the parliament's officers (`Norway's parliament speaker said`) do not.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import IssueSet
from tests.position_tuples import assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "norway-trawling-ban", "label": "Norway banning bottom trawling", "proposition": "Norway should ban bottom trawling in its coastal waters",
     "terms": ["trawling ban", "ban on bottom trawling"]},
    {"id": "belgium-fuel-tax", "label": "Belgium's aviation fuel tax", "proposition": "Belgium should tax aviation fuel on domestic flights",
     "terms": ["aviation fuel tax", "kerosene tax", "fuel tax law"]},
    {"id": "arms-for-israel", "label": "Arms exports to Israel", "proposition": "Arms exports to Israel should be halted",
     "terms": ["arms exports", "arms sales", "weapons exports"]},
]})
CTX = ExtractionContext(issues=ISSUES)


@pytest.mark.parametrize("text, expected", [
    ("OSLO (Reuters) - Norway's cabinet on Tuesday approved a bill that would ban bottom trawling in fjords.",
     ("Norway", "norway-trawling-ban", "support")),
    ("OSLO (Reuters) - The Norwegian cabinet approved the trawling ban on Friday.",
     ("Norway", "norway-trawling-ban", "support")),
    ("OSLO (Reuters) - Norway's parliament on Thursday passed the trawling ban by 120 votes to 40.",
     ("Norway", "norway-trawling-ban", "support")),
    ("OSLO (Reuters) - Norway's parliament on Thursday passed the trawling ban by 120 votes to 40.",
     ("Storting", "norway-trawling-ban", "support")),
    ("BRUSSELS (Reuters) - Belgium's federal parliament on Wednesday repealed the fuel tax law, months after it took effect.",
     ("Belgium", "belgium-fuel-tax", "oppose")),
])
def test_country_acts(text, expected):
    assert_stance_not_flipped(text, CTX, expected)


@pytest.mark.parametrize("text, actor, issue", [
    # a chamber by its own name gives no country (the older rounds' `The Bundestag passed the law`)
    ("OSLO (Reuters) - The Storting on Thursday passed the trawling ban by 120 votes to 40.", "Norway", "norway-trawling-ban"),
    # the parliament's officers are not the parliament
    ("OSLO (Reuters) - Norway's parliament speaker said on Thursday the trawling ban was a mistake.", "Norway", "norway-trawling-ban"),
    # the country an issue is about as its object: its cabinet is no holder of it
    ("JERUSALEM (Reuters) - Israel's security cabinet on Sunday approved new arms sales rules for its own industry.", "Israel", "arms-for-israel"),
])
def test_no_country(text, actor, issue):
    found = stances(text, CTX)
    assert not any(a == actor and i == issue for a, i, _ in found), found
