"""Bad input on the real (embedded) broker: every kind lands in the DLQ with its reason or
is processed harmlessly, the worker never stops, and the counts add up."""

from __future__ import annotations

import json

import pytest

from tests.support import Pipeline, consume, publish, wait_until
from wirewatch.schemas import MAX_TEXT_CHARS
from wirewatch.sinks import tables as t
from wirewatch.streams.dlq import DLQ_MAX_VALUE_BYTES, header_map

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

HUGE = 50 * 1024 * 1024


def doc(**fields) -> bytes:
    return json.dumps(fields).encode()


# key -> (record value, substring of the DLQ reason)
DEAD = {
    "not-json": (b"this is not json", "not JSON"),
    "binary": (bytes(range(256)) * 4, "not JSON"),
    "invalid-utf8": (b'{"id": "invalid-utf8", "text": "caf\xe9 \xff\xfe"}', "not JSON"),
    "raw-null-bytes": (b"\x00\x00\x00\x00", "not JSON"),
    "json-array": (b"[1, 2, 3]", "expected a JSON object"),
    "json-string": (b'"an article"', "expected a JSON object"),
    "json-null": (b"null", "expected a JSON object"),
    "missing-id": (doc(text="A text without an id."), "id"),
    "missing-text": (doc(id="missing-text"), "text"),
    "empty-text": (doc(id="empty-text", text=""), "text"),
    "blank-text": (doc(id="blank-text", text=" \n\t "), "blank"),
    "text-over-limit": (doc(id="text-over-limit", text="a" * (MAX_TEXT_CHARS + 1)), "text"),
    "fifty-megabytes": (b'{"id": "fifty-megabytes", "text": "' + b"x" * HUGE + b'"}', "size limit"),
    "id-is-a-number": (doc(id=42, text="A text."), "id"),
    "text-is-a-list": (doc(id="text-is-a-list", text=["a", "b"]), "text"),
    "date-is-a-number": (doc(id="date-is-a-number", text="A text.", published_at=20240925), "published_at"),
    "absurd-date": (doc(id="absurd-date", text="A text.", published_at="9999-12-31T00:00:00+00:00"), "published_at"),
    "impossible-date": (doc(id="impossible-date", text="A text.", published_at="2024-13-45"), "published_at"),
    "id-too-long": (doc(id="x" * 600, text="A text."), "id"),
    "deeply-nested": (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
    "tombstone": (None, "tombstone"),
}

HTML = ("<html><head><script>var x = \"<p>said</p>\";</script></head><body><div class='a'><p>"
        "&quot;We will help,&quot; <b>Joe Biden</b> said.</p><table><tr><td>$5 million</td></tr></table>"
        "</div><!-- a comment --><p>Unclosed <i>tags <u>everywhere</body>")
# key -> record value; each is a valid Article whose text is odd but harmless.
HARMLESS = {
    "html-soup": doc(id="html-soup", text=HTML),
    "russian": doc(id="russian", text="«Мы не отправим ракеты Taurus», — заявил Олаф Шольц в среду."),
    "chinese": doc(id="chinese", text="拜登说：“我们将提供援助。”乌克兰获得了三亿美元。"),
    "arabic": doc(id="arabic", text="قال الرئيس إن الولايات المتحدة ستقدم مساعدات بقيمة 500 مليون دولار."),
    "only-quotes": doc(id="only-quotes", text="\"“”'‘’«»" * 2000),
    "only-numbers": doc(id="only-numbers", text="1234567890 " * 2000),
    "null-bytes-in-text": doc(id="null-bytes-in-text", text="Joe Biden\u0000 said\u0000 \"yes.\""),
    "emoji-and-controls": doc(id="emoji-and-controls", text="\U0001f680\u200b\u202e\u0007 Ukraine \U0001f1fa\U0001f1e6 aid."),
    "unknown-fields": doc(id="unknown-fields", text="A text.", extra={"nested": [1, 2]}, lang=None),
    "duplicate-id": doc(id="duplicate-id", text="The first text."),
    "duplicate-id-again": doc(id="duplicate-id", text="The first text."),  # the same record again
    "duplicate-id-revised": doc(id="duplicate-id", text="Another text under the same id."),
    "far-future-but-valid": doc(id="far-future-but-valid", text="A text.", published_at="2199-01-01T00:00:00Z"),
}


def test_every_kind_of_bad_input_is_dead_lettered_or_harmless_and_the_counts_add_up(broker, sqlite_url, tmp_path):
    pipeline = Pipeline(broker, sqlite_url, tmp_path)
    try:
        worker = pipeline.worker()
        records = [(k.encode(), v) for k, (v, _) in DEAD.items()] + [(k.encode(), v) for k, v in HARMLESS.items()]
        # Interleaved, so every kind has good neighbours in its partition.
        mixed = [r for pair in zip(records[::2], records[1::2]) for r in pair] + records[len(records) // 2 * 2:]
        publish(pipeline.bootstrap, pipeline.topics.articles, mixed, max_request_size=HUGE + (1 << 20))
        last = (b"last", doc(id="last", text="President Joe Biden said: \"We stand with Ukraine.\""))
        pipeline.ingest([last])  # after everything else: proof that the worker never stopped

        assert wait_until(lambda: pipeline.store.article_complete("last"), timeout=120), pipeline.logs()
        dead = consume(pipeline.bootstrap, pipeline.topics.dlq, len(DEAD), timeout=30)
        processed = consume(pipeline.bootstrap, pipeline.topics.articles_processed, len(HARMLESS) + 1, timeout=30)

        reasons = {m.key.decode(): header_map(m.headers) for m in dead}
        assert sorted(reasons) == sorted(DEAD), "each bad record once in the DLQ"
        for key, (_, reason) in DEAD.items():
            headers = reasons[key]
            assert reason in headers["x-error-message"], (key, headers["x-error-message"])
            assert headers["x-error-class"] == "BadArticle" and headers["x-error-stage"] == "decode"
            assert headers["x-source-topic"] == pipeline.topics.articles and int(headers["x-source-offset"]) >= 0
        by_key = {m.key.decode(): m for m in dead}
        for key, (value, _) in DEAD.items():  # the original bytes, or a marked truncated copy when too big
            message = by_key[key]
            if value is not None and len(value) > DLQ_MAX_VALUE_BYTES:
                assert message.value == value[:DLQ_MAX_VALUE_BYTES]
                assert reasons[key]["x-original-bytes"] == str(len(value)) and reasons[key]["x-truncated"] == "true"
            else:
                assert (message.value or b"") == (value or b"")
        # in = processed + DLQ: one article-processed event per harmless input (+ the last one)
        assert len(processed) == len(HARMLESS) + 1
        assert len(mixed) + 1 == len(processed) + len(dead)
        assert worker.running
        harmless_ids = {json.loads(v)["id"] for v in HARMLESS.values()} | {"last"}
        assert wait_until(lambda: {r["article_id"] for r in pipeline.store.rows(t.articles)} == harmless_ids, timeout=30)
    finally:
        pipeline.close()
