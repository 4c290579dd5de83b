"""Whether an article tells of a shift of position: what a position-changed event must rest on.

A stance that differs from an actor's last one is either news (`Germany will send tanks,
ending weeks of hesitation`) or a misreading of one of the two articles. Wire copy rarely
reports a real change without saying so, while a misread stance comes with no such words. So
the tracker reports a change only on a stance whose article marks a shift somewhere: a
reversal word, a `no longer`, a decision `ending months of` resistance, a position the actor
`had dismissed` or `previously` held. Measured on every evaluation set (docs/quality.md,
stop 17): it keeps most true changes and drops most false ones.
The shift must be the actor's own (stop 26): a shift word in the stance's paragraph, or in a sentence
naming the actor; a story telling of one actor's U-turn does not make another's misread stance a change.
In a sentence naming the actor only after the shift word, with another actor named before it (`X said it would
no longer back the tax, a reversal that leaves Y as its only defender`), the shift is the one named first's (pass chg48).

A shift word denied is no shift (`his position had not changed`, `refused to lift the
restrictions`): a story that a stance stands is where a misread one would otherwise become a
change. A policy undone (`undo the heating law`, `roll back the rules`) or an act that
contradicts a recent one (`weeks after he vetoed`) tells of a shift (docs/quality.md, chg36).
"""

from __future__ import annotations

import re

# Tails shared by several alternatives below (each alternative starts with its own literal word: an alternative that
# starts with a group makes the engine try it at every offset). What is lifted or dropped:
_DROPPED = r"(?:a|the|its|his|her|their) (?:[\w-]+ )?(?:veto|objection|opposition|block|ban|restriction|limit|curb|embargo)s?"
# what a government undoes or rolls back when it reverses itself (`undo the damage` is no policy):
_UNDONE = (
    r"(?:[\w'-]+ ){0,8}?"
    r"(?:laws?|rules?|regulations?|polic(?:y|ies)|bans?|tax(?:es)?|levy|plans?|measures?|reforms?|requirements?|standards?|mandates?|targets?)"
)
# (pass pos39c) a measure of the actor's own, put off or taken back (`its proposed ban`, `its landmark deforestation law`)
_OWN_MEASURE = (r"(?:own |landmark |flagship |proposed |planned |draft |signature )?(?:[\w-]+ ){0,2}?"
                r"(?:bans?|rules?|regulations?|laws?|bills?|proposals?|plans?|measures?|standards?|reforms?|increases?)\b")
# the act just before that the new one contradicts (`weeks after he vetoed`, `three years ago opposed`; the time word
# is read behind `after`, so that no alternative starts with a word as common as `years`):
_LATELY = r"(?:\w+ ){0,2}(?:vetoed|rejected|refused|resisted|opposed|blocked|dismissed|backed|supported)"

# Searched in the lowercased text without IGNORECASE or a leading `\b`: the engine can then skip ahead to the
# first letters of the alternatives, instead of trying every alternative at every offset (0.57 ms an article before).
_SHIFT = re.compile(
    r"(?:"
    # the change named
    r"revers\w*|u-turn\w*|about-face|volte-face|turnaround|change of heart|climb-?down|"
    r"shift\w*|soften\w*|relent\w*|backtrack\w*|back(?:ed|s|ing)? down|climb\w* down|rethink\w*|reconsider\w*|"
    r"pivot\w*|flip\w*|chang\w* (?:course|tack|(?:its|his|her|their) (?:mind|position|stance|view|tune))|changed|"
    r"abandon\w*|gave up|giv\w+ up|swung (?:behind|its|his|her|their)|swings? behind|"
    # (pass chg50) a leader's retreat or concession (`a rare retreat by the prime minister`, `I concede`); not an army's
    # (`retreated from the city`)
    r"retreat(?! from)(?!ed from)(?!ing from)\w*|conced(?:e|es|ed|ing)(?! (?:a |the |that |defeat|goals?|points?|seats?)\b)|"
    # what the actor held before
    r"no longer|for the first time|after (?:months|weeks|years|days) of|ending (?:\w+ )?(?:days|weeks|months|years) of|settl\w+ (?:\w+ )?(?:days|weeks|months|years) of|"
    r"finally|previously|once (?:opposed|backed|supported|rejected)|"
    r"had (?:long )?(?:opposed|resisted|refused|rejected|supported|backed|ruled out|dismissed|blocked|vetoed|kept|maintained)|"
    r"earlier (?:opposed|refused|rejected|backed|supported)|"
    r"after (?:\w+ ){0,3}(?:rejecting|refusing|resisting|opposing|dismissing|blocking)|"
    r"now (?:backs?|supports?|opposes?|favou?rs?|says?|wants?)|"
    # (pass r51pos) a word given before the news (`which had promised in February to back the reform`)
    r"had (?:promised|pledged|vowed) (?:\w+ ){0,3}?to (?:back|support|oppose|reject|vote|block)|"
    # the old position dropped, the old commitment left
    r"dropp\w+ (?:its|his|her|their) (?:opposition|objections?|resistance|veto|support|reservations?)|drop(?:ped)? (?:its|his|her|their)|"
    r"withdr[ae]w\w* (?:its|his|her|their) support|withdr[ae]w\w* from|pull\w* out of|quit\w*|"
    r"lift\w* " + _DROPPED + r"|drop\w* " + _DROPPED + r"|"
    # a policy undone (not `undo the damage`, `rolled back Russian forces`), an act that contradicts one just before it
    r"undo(?:es|ing|ne)? " + _UNDONE + r"|undid " + _UNDONE + r"|roll\w* back " + _UNDONE + r"|rollback|had (?:long )?defended|"
    r"after(?:(?<=days after)|(?<=weeks after)|(?<=months after)|(?<=years after)) " + _LATELY + r"|ago,? " + _LATELY + r"|"
    r"first such (?:step|move)|first (?:[\w-]+ ){1,4}to (?:take|announce) such a (?:step|move)|"
    # (pass pos39c) an actor putting off or taking back its own measure (`withdrew its proposed ban`, `proposed delaying its
    # landmark law`, `has postponed its own rules`): the measure was its course until then
    r"withdr[ae]w\w* (?:its|their) " + _OWN_MEASURE + r"|"
    # (pass chg50) or named by a pronoun (`would not sign the bill and would withdraw it`; not `withdrew them from the front`)
    r"withdr[ae]w\w* (?:it|them)(?! from\b)(?! out\b)(?! back\b)(?! into\b)|"
    r"(?:delay|postpon|shelv)\w* (?:its|their) " + _OWN_MEASURE + r"|"
    # the act contradicting what the same body did before (`a law that parliament itself had adopted`)
    r"itself had (?:adopted|approved|proposed|passed|backed)"
    r")\b"
)


# A shift word denied or only asked for is no news of one: `his position had not changed`, `we are not giving up`,
# `the currency was little changed`, `no U-turn`, `refused to lift its restrictions`, `calls to reverse the ban`,
# `I'm not going to back down` (pass chg48: a refusal in the future tense), `would not seek to reverse the increase`
# (pass chgguard: an undoing not sought).
# Read in the few characters before the word (`will not be reversed` too).
_DENIED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\blittle|\bno|\brefus\w* to|\bdeclin\w* to|\bcalls? to)\s+"
    r"(?:going\s+to\s+|(?:seek|try|tri|want|plan|intend|attempt)\w*\s+to\s+)?(?:(?:be|been|being)\s+)?$"
)


def _denied(low: str, start: int) -> bool:
    # `had not previously backed` still tells of a stance held before: only a shift named can be denied
    return not low.startswith("previously", start) and _DENIED_BEFORE.search(low[max(0, start - 32) : start]) is not None


def signals_shift(text: str) -> bool:
    """Whether `text` (an article) tells of a position shifting."""
    return next(shift_offsets(text), None) is not None


def shift_offsets(text: str):
    """Where `text` tells of a position shifting (the offset of each shift word), in order."""
    low = text.lower()
    at = 0
    while (m := _SHIFT.search(low, at)) is not None:
        start = m.start()
        if start == 0 or not (low[start - 1].isalnum() or low[start - 1] == "_"):  # the `\b` before it
            if not _denied(low, start):
                yield start
        at = start + 1
