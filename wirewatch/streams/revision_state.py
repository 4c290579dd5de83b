"""The extract stage's revision state, on local disk rather than in memory.

Revisions need the last revision of every article ever seen, so this state grows with the
log. The changelog topic is its source of truth; this is a local copy, rebuilt from it for the
partitions a worker is assigned (as Kafka Streams keeps a store beside its changelog). Kept
in a dict it cost about 2-4 KB of memory per article; here it costs disk, and a bounded page
cache.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson

from ..processors.revisions import RevisionState


class RevisionStates:
    """Article id -> its last revision's state (the changelog's JSON), per partition."""

    def __init__(self, directory: Path | None = None) -> None:
        self._owned = directory is None
        self.directory = Path(tempfile.mkdtemp(prefix="wirewatch-revisions-")) if directory is None else directory
        self._db = sqlite3.connect(self.directory / "revisions.db", isolation_level=None, check_same_thread=False)
        # a copy of the changelog, rebuilt after any loss: no journal, no syncing
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("DROP TABLE IF EXISTS revisions")  # a leftover is not trusted
        self._db.execute("CREATE TABLE revisions (article_id TEXT PRIMARY KEY, partition INTEGER NOT NULL, "
                         "state BLOB NOT NULL)")
        self._db.execute("CREATE INDEX ix_revisions_partition ON revisions (partition)")
        self.partitions: set[int] = set()

    def load(self, partition: int, records: Iterable[tuple[str, bytes]]) -> int:
        """Take a partition's changelog records (oldest first); returns how many were read."""
        rows = [(article_id, partition, state) for article_id, state in records]
        with self.batch():
            self._db.executemany("INSERT OR REPLACE INTO revisions VALUES (?, ?, ?)", rows)
        self.partitions.add(partition)
        return len(rows)

    def forget(self, partition: int) -> None:
        self._db.execute("DELETE FROM revisions WHERE partition = ?", (partition,))
        self.partitions.discard(partition)

    def get(self, article_id: str) -> RevisionState | None:
        row = self._db.execute("SELECT state FROM revisions WHERE article_id = ?", (article_id,)).fetchone()
        return None if row is None else orjson.loads(row[0])

    def put(self, article_id: str, partition: int, state: bytes) -> None:
        self._db.execute("INSERT OR REPLACE INTO revisions VALUES (?, ?, ?)", (article_id, partition, state))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction for many writes (a commit per article would dominate)."""
        self._db.execute("BEGIN")
        try:
            yield
        finally:
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
        if self._owned:
            shutil.rmtree(self.directory, ignore_errors=True)
