"""The list and resource endpoints, against SQLite and PostgreSQL (the `store_url` fixture)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from wirewatch.processors import extract_all
from wirewatch.sinks import Delivered, ViewStore

from . import factory as f
from .conftest import make_client

pytestmark = pytest.mark.postgres


def walk(client, path, **params):
    items, cursor, pages = [], None, 0
    while True:
        r = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        assert len(body["items"]) <= params.get("limit", 50)
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return items, pages


def test_statements_pages_newest_first_without_gaps_or_repeats(client):
    items, pages = walk(client, "/statements", limit=7)
    ids = [i["event_id"] for i in items]
    assert len(ids) == len(set(ids)) and pages == -(-len(ids) // 7)
    keys = [(i["occurred_at"] or "", i["event_id"]) for i in items]
    assert keys == sorted(keys, reverse=True)
    assert items[-1]["occurred_at"] is None  # undated last
    everything = client.get("/statements", params={"limit": 500}).json()["items"]
    assert [i["event_id"] for i in everything] == ids


def test_statement_filters(client):
    kirby = client.get("/statements", params={"speaker": "Kirby", "limit": 500}).json()["items"]
    assert kirby and {s["speaker"] for s in kirby} == {"John Kirby"}
    assert kirby == client.get("/statements", params={"speaker": "john kirby", "limit": 500}).json()["items"]

    drones = client.get("/statements", params={"q": "drones grain"}).json()["items"]
    assert sorted(int(s["article_id"].split("-")[1]) for s in drones) == [0, 5, 10, 15, 20, 25]
    assert client.get("/statements", params={"q": "DRONES"}).json()["items"] == drones
    assert client.get("/statements", params={"q": "zeppelin"}).json()["items"] == []
    # FTS syntax is never the user's problem
    for q in ['"', "AND OR NOT", "drones*", "(grain", "NEAR(x y)", "a:b", "'; DROP TABLE statements; --"]:
        r = client.get("/statements", params={"q": q})
        assert r.status_code in (200, 400), (q, r.text)

    one = client.get("/statements", params={"article_id": "syn-3"}).json()["items"]
    assert [s["article_id"] for s in one] == ["syn-3"]

    window = client.get("/statements", params={"since": "2025-03-02", "until": "2025-03-02T23:59:59Z", "limit": 500}).json()["items"]
    assert window and all(s["occurred_at"].startswith("2025-03-02") for s in window)
    assert len(window) == 10
    shifted = client.get("/statements", params={"since": "2025-03-02T02:00:00+02:00", "until": "2025-03-03T01:59:59+02:00", "limit": 500}).json()["items"]
    assert shifted == window  # offsets are normalised to UTC

    strikes = client.get("/statements", params={"issue": "long-range-strikes", "limit": 500}).json()["items"]
    assert strikes and all(s["article_id"].startswith(("rt-", "wirewatch-")) for s in strikes)
    assert any("long-range" in s["content"] for s in strikes)
    both = client.get("/statements", params={"issue": "long-range-strikes", "q": "missiles", "limit": 500}).json()["items"]
    assert both and {s["event_id"] for s in both} <= {s["event_id"] for s in strikes}


def test_aid_filters_and_deduplicated_totals(client):
    germany = client.get("/aid", params={"donor": "Berlin", "limit": 500, "since": "2025-01-01"}).json()["items"]  # an alias
    assert {a["article_id"] for a in germany} == {"aid-a", "aid-b", "aid-c", "aid-d"}
    assert [a["article_id"] for a in client.get("/aid", params={"kind": "cumulative", "since": "2025-01-01"}).json()["items"]] == ["aid-d"]
    assert [a["article_id"] for a in client.get("/aid", params={"status": "delivered", "since": "2025-01-01"}).json()["items"]] == ["aid-f"]
    assert [a["article_id"] for a in client.get("/aid", params={"aid_type": "humanitarian", "since": "2025-01-01"}).json()["items"]] == ["aid-e"]
    feb = client.get("/aid", params={"since": "2025-02-01", "until": "2025-02-28"}).json()["items"]
    assert [a["article_id"] for a in feb] == ["aid-c", "aid-b", "aid-a"]

    body = client.get("/aid/totals", params={"group_by": "donor", "since": "2025-01-01"}).json()
    totals = {(t["key"], t["currency"]): t for t in body["totals"]}
    # a+b are one package (3 days apart), c is another (10 days after a); d is cumulative: never counted
    assert totals[("Germany", "USD")] == {"key": "Germany", "currency": "USD", "total": 1e9, "packages": 2, "reports": 3}
    assert totals[("France", "EUR")]["total"] == 1e8
    merged = [p for p in body["packages"] if len(p["sources"]) == 2]
    assert [sorted(s["article_id"] for s in p["sources"]) for p in merged] == [["aid-a", "aid-b"]]

    months = client.get("/aid/totals", params={"group_by": "month", "since": "2025-01-01"}).json()["totals"]
    assert {(t["key"], t["currency"]): t["total"] for t in months} == {("2025-02", "USD"): 1e9, ("2025-03", "EUR"): 1e8}
    recipients = client.get("/aid/totals", params={"group_by": "recipient", "recipient": "Kyiv", "since": "2025-01-01"}).json()["totals"]
    assert {(t["key"], t["currency"]) for t in recipients} == {("Ukraine", "USD"), ("Ukraine", "EUR")}


def test_position_board_and_history(client):
    board = client.get("/positions", params={"limit": 500}).json()["items"]
    biden = [p for p in board if p["actor"] == "Joe Biden" and p["issue"] == "long-range-strikes"]
    assert len(biden) == 1 and biden[0]["stance"] == "support"
    assert biden[0]["last_change"]["from"] == "oppose" and biden[0]["last_change"]["to"] == "support"
    items, _ = walk(client, "/positions", limit=2)
    assert items == board

    r = client.get("/positions/Biden/long-range-strikes/history")  # alias in the path
    assert r.status_code == 200, r.text
    history = r.json()
    assert history["actor"] == "Joe Biden" and history["current"]["stance"] == "support"
    assert [s["stance"] for s in history["stated"]][-1] == "support" and "oppose" in [s["stance"] for s in history["stated"]]
    assert len(history["changes"]) == 1
    assert client.get("/positions/Nobody/long-range-strikes/history").status_code == 404


def test_as_of_answers_with_the_views_as_they_stood_then(client):
    def biden(params):
        board = client.get("/positions", params={"limit": 500, **params}).json()["items"]
        return [p["stance"] for p in board if p["actor"] == "Joe Biden" and p["issue"] == "long-range-strikes"]

    assert biden({}) == ["support"]
    assert biden({"as_of": "2024-09-25"}) == ["oppose"]  # before the November authorization
    assert biden({"as_of": "2024-11-18T23:59:59Z"}) == ["support"]
    assert biden({"as_of": "2024-09-24"}) == []  # nothing published yet

    history = client.get("/positions/Biden/long-range-strikes/history", params={"as_of": "2024-09-25"}).json()
    assert history["current"]["stance"] == "oppose" and history["changes"] == []
    then = client.get("/statements", params={"as_of": "2024-09-25", "limit": 500}).json()["items"]
    assert then and all(s["occurred_at"] <= "2024-09-25T23:59:59.999999+00:00" for s in then)
    assert len(then) < len(client.get("/statements", params={"limit": 500}).json()["items"])
    totals = client.get("/aid/totals", params={"as_of": "2025-02-02", "since": "2025-01-01"}).json()["totals"]
    assert totals == [{"key": "Germany", "currency": "USD", "total": 5e8, "packages": 1, "reports": 1}]

    for bad in ("yesterday", "2024-13-01", "2024-09-25T25:00"):
        r = client.get("/positions", params={"as_of": bad})
        assert r.status_code == 400 and "as_of" in r.json()["detail"], (bad, r.text)


def test_article_and_event_detail_with_evidence_and_causation(client):
    statements = client.get("/statements", params={"speaker": "Kirby", "limit": 500}).json()["items"]
    article_id = statements[0]["article_id"]
    article = client.get(f"/articles/{article_id}").json()
    assert article["complete"] and article["article"]["article_id"] == article_id
    assert statements[0]["event_id"] in {e["event_id"] for e in article["events"]["statement-made"]}
    assert client.get("/articles/no-such-article").status_code == 404

    detail = client.get(f"/events/{statements[0]['event_id']}").json()
    assert detail["envelope"]["event_id"] == statements[0]["event_id"]
    assert detail["evidence"]["text"] == statements[0]["content"]
    marked = [s for s in detail["context"]["segments"] if s["evidence"]]
    assert "".join(s["text"] for s in marked) == statements[0]["content"]
    assert len(detail["context"]["segments"]) > len(marked)  # some surrounding text
    assert detail["causation_chain"] == [
        {"kind": "event", "id": statements[0]["event_id"], "event_type": "statement-made"},
        {"kind": "article", "id": article_id, "event_type": None},
    ]

    change = client.get("/positions", params={"actor": "Joe Biden"}).json()["items"][0]["last_change"]
    chain = client.get(f"/events/{change['event_id']}").json()["causation_chain"]
    assert chain[0]["event_type"] == "position-changed" and chain[-1]["kind"] == "article"
    assert len(chain) >= 3 and chain[1]["event_type"] == "position-stated"


def test_freshness_reports_applied_offsets(api_store):
    store = ViewStore(api_store)
    later = f.statement("fresh-1", "2025-04-01T00:00:00+00:00", "Mr Sample", "A fresh remark", n=1)
    store.apply([Delivered(later, "p.statements", 2, 41)])
    store.close()
    with make_client(api_store) as client:
        for path in ("/statements", "/aid", "/positions", "/aid/totals", f"/events/{later.event_id}", "/articles/fresh-1"):
            freshness = client.get(path).json()["freshness"]
            assert freshness == {"last_event_time": "2025-04-01T00:00:00+00:00",
                                 "topics": {"p.statements": {"partitions": {"2": 41}, "last_event_time": "2025-04-01T00:00:00+00:00"}}}
        assert client.get(f"/events/{later.event_id}").json()["kafka"] == {"topic": "p.statements", "partition": 2, "offset": 41}


BAD = [
    ("/statements", {"since": "yesterday"}, 400),
    ("/statements", {"until": "2025-13-45"}, 400),
    ("/statements", {"cursor": "not-a-cursor"}, 400),
    ("/statements", {"cursor": "WyJhIl0"}, 400),  # valid base64 JSON, wrong shape
    ("/statements", {"limit": "0"}, 422),
    ("/statements", {"limit": "501"}, 422),
    ("/statements", {"limit": "lots"}, 422),
    ("/statements", {"q": "!!!"}, 400),
    ("/statements", {"issue": "no-such-issue"}, 400),
    ("/statements", {"speaker": "x\x00y"}, 400),
    ("/aid", {"donor": ["Germany", "France"]}, 400),  # one value per parameter
    ("/statements", {"speakr": "Kirby"}, 400),  # a misspelt filter never means "everything"
    ("/aid", {"kind": "sideways"}, 422),
    ("/aid", {"aid_type": "x"}, 422),
    ("/aid/totals", {"group_by": "colour"}, 422),
    ("/positions", {"stance": "maybe"}, 422),
    ("/positions", {"cursor": "W10"}, 400),
    ("/feed", {}, 503),  # no broker configured
]


def test_bad_parameters_are_clear_4xx(client):
    for path, params, status in BAD:
        r = client.get(path, params=params)
        assert r.status_code == status, (path, params, r.text)
        assert r.json()["detail"] and "Traceback" not in r.text


def test_bearer_token(api_store):
    with make_client(api_store, token="s3cret") as client:
        assert client.get("/healthz").status_code == 200
        for path in ("/statements", "/aid", "/aid/totals", "/positions", "/metrics", "/", "/openapi.json", "/docs"):
            r = client.get(path)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", path
        assert client.get("/statements", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/statements", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert client.get("/statements", params={"access_token": "s3cret"}).status_code == 200


def test_the_api_cannot_write_the_store(client):
    engine = client.app.state.engine
    with pytest.raises(sa.exc.DBAPIError):
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM statements"))
    assert client.get("/statements").json()["items"]


def test_health_metrics_and_docs(client):
    assert client.get("/healthz").json() == {"status": "ok", "store": True, "broker": None}
    client.get("/statements")
    text = client.get("/metrics").text
    assert 'wirewatch_events_applied{event_type="statement-made"}' in text
    assert 'wirewatch_api_request_duration_seconds_count{method="GET",route="/statements",status="200"}' in text
    assert "wirewatch_store_up 1.0" in text
    assert client.get("/docs").status_code == 200
    assert "/statements" in client.get("/openapi.json").json()["paths"]


def test_event_context_is_the_article_text_when_the_store_keeps_it(store_url, ctx):
    import inspect

    from .conftest import seed_articles

    if "articles" not in inspect.signature(ViewStore.apply_envelopes).parameters:
        pytest.skip("this store keeps no article texts")
    articles = seed_articles()
    store = ViewStore(store_url)
    store.apply_envelopes(list(extract_all(articles, ctx)), articles=articles)
    store.close()
    with make_client(store_url) as client:
        s = client.get("/statements", params={"speaker": "Kirby"}).json()["items"][0]
        context = client.get(f"/events/{s['event_id']}").json()["context"]
        text = next(a.text for a in articles if a.id == s["article_id"])
        assert context["complete"]
        joined = "".join(seg["text"] for seg in context["segments"])
        assert joined == text[context["start"]:context["end"]] and s["content"] in joined
        assert [seg["text"] for seg in context["segments"] if seg["evidence"]] == [s["content"]]


def test_both_sqlite_search_plans_agree(client, monkeypatch, store_url):
    from wirewatch.sinks import queries

    found = client.get("/statements", params={"q": "drones grain", "limit": 4})
    issue = client.get("/statements", params={"issue": "long-range-strikes", "limit": 500}).json()["items"]
    walk_all, _ = walk(client, "/statements", q="remark", limit=4)
    monkeypatch.setattr(queries, "DENSE_FACTOR", 0)  # always walk the page index
    assert client.get("/statements", params={"q": "drones grain", "limit": 4}).json()["items"] == found.json()["items"]
    assert walk(client, "/statements", q="remark", limit=4)[0] == walk_all
    assert client.get("/statements", params={"issue": "long-range-strikes", "limit": 500}).json()["items"] == issue
    assert len(walk_all) == 31  # 30 dated remarks and the undated one
