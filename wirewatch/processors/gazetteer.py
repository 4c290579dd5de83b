"""Actor gazetteer: canonical names for the ways news copy writes an actor.

Loaded once from YAML (`seeds/actors.yaml` by default) and then used read-only by the
processors, so extraction stays a pure function of (article, gazetteer, issues).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..schemas.yamlfile import read_yaml

_REPO_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEFAULT_ACTORS_PATH = _REPO_SEEDS / "actors.yaml"


@dataclass(frozen=True)
class Actor:
    canonical: str
    kind: str  # person | country | organization | media | body
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    speaks_for: str | None = None
    country: str | None = None
    # (ISO date, principal), ascending: an office voices whoever holds it then (the White House)
    principals: tuple[tuple[str, str], ...] = ()
    # (pass pos42b) False: the canonical name is how the actor is filed, never read as it in copy (`National Assembly`:
    # France's chamber is filed so, but the bare words name other countries' chambers too); only its aliases are
    canonical_written: bool = True

    @property
    def written(self) -> tuple[str, ...]:
        """The names copy writes for this actor (its mention aliases)."""
        return (self.canonical, *self.aliases) if self.canonical_written else self.aliases

    def principal_at(self, when: str | None) -> str | None:
        """Whose stance this actor voices at `when` (an ISO date or datetime; None: `speaks_for`)."""
        if not when or not self.principals:
            return self.speaks_for
        day = when[:10]
        held = [name for since, name in self.principals if since <= day]
        return held[-1] if held else self.speaks_for


@dataclass(frozen=True)
class Mention:
    """An occurrence of a gazetteer alias in a text."""

    actor: Actor
    start: int
    end: int
    text: str


def normalize(name: str) -> str:
    """Lookup key: case, dots, a leading article and a possessive do not distinguish actors."""
    key = name.strip().replace("\u2019", "'")
    key = re.sub(r"'s?$", "", key)
    key = key.replace(".", "").casefold()
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"\s+", " ", key)


# a body that stands for its whole government (`Biden administration`, `German government`)
_GOVERNMENT_AS_A_WHOLE = re.compile(r"administration|government|cabinet", re.I)


@dataclass(frozen=True)
class Gazetteer:
    actors: tuple[Actor, ...] = ()
    _by_key: dict[str, Actor] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_records(cls, records: list[dict]) -> "Gazetteer":
        actors = tuple(
            Actor(
                canonical=r["canonical"],
                kind=r.get("kind", "person"),
                aliases=tuple(r.get("aliases") or ()),
                part_of=r.get("part_of"),
                speaks_for=r.get("speaks_for"),
                country=r.get("country"),
                principals=tuple((str(since), name) for since, name in r.get("principals") or ()),
                canonical_written=r.get("canonical_written", True),
            )
            for r in records
        )
        by_key: dict[str, Actor] = {}
        for actor in actors:
            for alias in (actor.canonical, *actor.aliases):
                by_key.setdefault(normalize(alias), actor)
        return cls(actors=actors, _by_key=by_key)

    @classmethod
    def load(cls, path: str | Path = DEFAULT_ACTORS_PATH) -> "Gazetteer":
        data = read_yaml(path)
        return cls.from_records(data.get("actors") or [])

    def lookup(self, name: str) -> Actor | None:
        return self._by_key.get(normalize(name))

    def get(self, canonical: str) -> Actor | None:
        """The actor whose canonical name is exactly `canonical`."""
        actor = self._by_key.get(normalize(canonical))
        return actor if actor is not None and actor.canonical == canonical else None

    def name_of(self, actor: Actor) -> str:
        """The name an actor is filed under as itself, by positions and statements alike (pass stm25): a government,
        administration or cabinet acting as a whole is its country (`the Biden administration`, `the German government`
        -> United States, Germany); any other actor its canonical name. (Positions go on to file an office under whoever
        holds it, `positions.canonical_actor`; a statement's speaker stays the office.)"""
        if actor.kind == "body" and _GOVERNMENT_AS_A_WHOLE.search(actor.canonical):
            return self.country_of(actor) or actor.canonical
        return actor.canonical

    def country_of(self, actor: Actor) -> str | None:
        """The country an actor stands for in aid flows (the Pentagon -> United States)."""
        if actor.kind in ("country", "organization"):
            return actor.canonical
        if actor.part_of:
            parent = self.lookup(actor.part_of)
            return self.country_of(parent) if parent else actor.part_of
        return actor.country

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        aliases = sorted(
            {alias for actor in self.actors for alias in actor.written},
            key=len,
            reverse=True,
        )
        body = "|".join(re.escape(alias) for alias in aliases) or r"(?!x)x"
        # Aliases are proper nouns: match case-sensitively ("US" is not "us").
        return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")

    def mentions(self, text: str) -> list[Mention]:
        """Every alias occurrence, leftmost-longest, in text order."""
        found = []
        for match in self._pattern.finditer(text):
            actor = self.lookup(match.group(0))
            if actor is not None:
                found.append(Mention(actor, match.start(), match.end(), match.group(0)))
        return found


_DEFAULT: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer.load()
    return _DEFAULT


# Where a mention can start, and its first two characters: a capital (Latin-1) and the next
# character, `th` of `the`, `vo` of `von`, at a word start. The character comes first and the
# look back after it: the engine then skips other characters in C (a leading lookbehind is tried
# at every position). Consuming the two characters loses no start: the second is never one.
# `fast_mentions` scans with `_candidate_pattern`, which keeps only those of these starts where
# some alias's bucket key follows; this stays the reference form (tests/processors/test_fast_paths.py).
_MENTION_START = re.compile(r"[A-Z\u00c0-\u00detv](?<![\w.].)(?:(?<=t)h(?=e\b)|(?<=v)o(?=n\b)|(?<![tv]).?)")
# aliases `fast_mentions` can find: a capital (Latin-1) and one more character, or `the `/`von `
_FAST_ALIAS = re.compile(r"[A-Z\u00c0-\u00de].|(?:the|von)\b")
_Bucket = tuple[tuple[str, int, "Actor | None"], ...]  # (alias, its length, its actor), longest first
# by their first two characters: (how many leading characters key the sub-buckets, sub-buckets)
_Buckets = dict[str, tuple[int, dict[str, _Bucket]]]
_BUCKETS: dict[int, tuple[Gazetteer, _Buckets, bool, "_Candidates"]] = {}


def _alias_buckets(gazetteer: Gazetteer) -> tuple[_Buckets, bool]:
    """Aliases by their first two characters, then by as many leading characters as the
    shortest of them has (`the Pentagon` and `the bloc` part at `the P`/`the b`), each with its
    actor looked up once (cached per gazetteer object; the entry keeps the object alive, so
    its id cannot be reused), and whether all aliases start as `fast_mentions` needs."""
    cached = _alias_index(gazetteer)
    return cached[1], cached[2]


def _alias_index(gazetteer: Gazetteer) -> tuple[Gazetteer, _Buckets, bool, "_Candidates"]:
    """`_alias_buckets` and the candidate pattern over their sub-bucket keys, cached together."""
    cached = _BUCKETS.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        buckets: dict[str, list[str]] = {}
        for alias in {alias for actor in gazetteer.actors for alias in actor.written}:
            buckets.setdefault(alias[:2], []).append(alias)
        ordered: _Buckets = {}
        for key, aliases in buckets.items():
            width = min(len(a) for a in aliases)
            sub: dict[str, list[tuple[str, int, Actor | None]]] = {}
            for a in sorted(aliases, key=len, reverse=True):
                sub.setdefault(a[:width], []).append((a, len(a), gazetteer.lookup(a)))
            ordered[key] = (width, {k: tuple(v) for k, v in sub.items()})
        supported = all(_FAST_ALIAS.match(a) for v in buckets.values() for a in v)
        pattern = _Candidates([k for _, by_start in ordered.values() for k in by_start]) if supported else None
        cached = _BUCKETS[id(gazetteer)] = (gazetteer, ordered, supported, pattern)
    return cached


_GUARDS = {"t": "he", "v": "on"}  # `the`, `von` only as whole words (`_candidate_pattern`)


class _Candidates:
    """The starts `_candidate_pattern(keys)` finds, in order, from cheaper scans (`starts`).

    A class-led pattern costs the engine a test of its class at every character (some 40 instructions a character
    under callgrind), a literal-led one a plain character compare (some 9). The `t` of `the ` is a twentieth of all
    characters and the `v` of `von ` most of the rest of the lowercase ones: their branches, when every key under them
    goes on with one literal (`the `, `von der Leyen`) that holds the guard's whole word, are scanned for by that literal
    (the look back after it, of the same character before it), the other first characters by the class-led
    alternation as before. Every branch consumes less than its next possible start (one character; a literal that
    cannot overlap itself), so each scan finds all its starts, and the branches' first characters differ: the merged
    starts are the pattern's."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        root = _key_trie(keys)
        self._literal: list[re.Pattern[str]] = []
        split = set()
        for ch, word in _GUARDS.items():
            if ch not in root:
                continue
            chain, node = ch, root[ch]
            while len(node) == 1 and "" not in node:
                (nxt, node), = node.items()
                chain += nxt
            whole = ch + word
            if not (len(chain) > len(whole) and chain.startswith(whole) and not (chain[len(whole)].isalnum() or chain[len(whole)] == "_")):
                continue  # the literal does not hold the guard's whole word: the branch stays in the alternation
            if any(chain.startswith(chain[k:]) for k in range(1, len(chain))):
                continue  # a literal that can overlap itself could hide a start of its own
            split.add(ch)
            self._literal.append(re.compile(
                re.escape(chain) + r"(?<![\w.]" + re.escape(chain) + ")" + (f"(?={rest})" if (rest := _trie_pattern(node)) else "")))
        rest_root = {ch: child for ch, child in root.items() if ch not in split}
        self._rest = _trie_branches(rest_root) if rest_root else None

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The reference form (compiled only when asked: the tests)."""
        return _candidate_pattern(self._keys)

    def finditer(self, text: str):
        """The reference scan (`_candidate_pattern`)."""
        return self.pattern.finditer(text)

    def starts(self, text: str) -> list[int]:
        """`[m.start() for m in self.finditer(text)]`, cheaper."""
        out = [m.start() for m in self._rest.finditer(text)] if self._rest is not None else []
        for scan in self._literal:
            more = [m.start() for m in scan.finditer(text)]
            if more:
                out = sorted(out + more) if out else more
        return out


def _key_trie(keys: list[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _trie_branches(root: dict[str, dict]) -> re.Pattern[str]:
    """One branch per first character, the look back after it, the guard, then the look ahead over the trie."""
    guards = {ch: rf"(?={word}\b)" for ch, word in _GUARDS.items()}
    return re.compile("|".join(
        rf"{re.escape(ch)}(?<![\w.].){guards.get(ch, '')}(?={_trie_pattern(child)})" for ch, child in sorted(root.items())
    ))


def _candidate_pattern(keys: list[str]) -> re.Pattern[str]:
    """The `_MENTION_START` starts where one of `keys` (the sub-bucket keys) begins: only there
    can an alias begin, so most starts (`the talks`, `The`, `In`) never reach Python.
    One branch per first character, the look back after it (scanned for in C, as above), then a
    look ahead over a trie of the keys' rest; it consumes one character, so starts may overlap."""
    root = _key_trie(keys)
    if not root:
        return re.compile(r"(?!x)x")  # no aliases: no candidates
    return _trie_branches(root)  # (`the`, `von` only as whole words: `_GUARDS`)


def _trie_pattern(node: dict[str, dict]) -> str:
    """A pattern matching a prefix of some key of the trie (a key ending here: anything goes)."""
    if "" in node:
        return ""
    alternatives = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def fast_mentions(gazetteer: Gazetteer, text: str) -> list[Mention]:
    """Same result as `gazetteer.mentions(text)` (leftmost-longest, case-sensitive), faster.

    Instead of trying the whole alias alternation at every character, looks up the aliases
    that start with the characters found where a capitalised word (or `the`, `von`) starts
    and the leading characters of some alias follow (`_candidate_pattern`). If any alias
    starts otherwise, it falls back to `gazetteer.mentions`.
    """
    _, buckets, supported, candidates = _alias_index(gazetteer)
    if not supported:
        return gazetteer.mentions(text)
    found = []
    last_end = 0
    size = len(text)
    for pos in candidates.starts(text):
        if pos < last_end:
            continue
        width, by_start = buckets[text[pos : pos + 2]]
        options = by_start[text[pos : pos + width]]
        for alias, length, actor in options:
            end = pos + length
            if text.startswith(alias, pos) and not (end < size and (text[end].isalnum() or text[end] == "_")):
                if actor is not None:
                    found.append(Mention(actor, pos, end, alias))
                last_end = end
                break
    return found
