"""API safety: hostile parameters get a 4xx (or a harmless empty 200), never a 500, on both
stores; the bearer token is enforced when set."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.api.conftest import make_client, seed_events, synthetic_events
from wirewatch.sinks import ViewStore

INJECTIONS = [
    "' OR 1=1 --", "'; DROP TABLE statements; --", '" OR ""="', "1; SELECT pg_sleep(5)",
    "%' UNION SELECT event_id, payload FROM events --", "\\'; --", "%", "_", "*", "\u0000", "%00",
    "𝕏 \u202e", "a" * 250,
]
# endpoint -> free-text parameters it takes
TEXT_PARAMETERS = {
    "/statements": ["speaker", "q", "article_id"],
    "/aid": ["donor", "recipient"],
    "/aid/totals": ["donor", "recipient"],
    "/aid/ledger": ["donor", "recipient"],
    "/positions": ["actor"],
}
LISTS = ["/statements", "/aid", "/positions"]
BAD_LIMITS = ["0", "-1", "501", "1000000000", "99999999999999999999999", "1e3", "ten", "", "1 OR 1=1"]
BAD_DATES = ["yesterday", "2024-13-45", "2024-02-30", "99999-01-01", "-0001-01-01", "' OR 1=1 --", "0x7e8",
             "2024-01-01T25:00:00", "2024-01-01T00:00:00+99:00", "x" * 65]
BAD_CURSORS = ["garbage", "' OR 1=1 --", "eyJhIjoxfQ", "%%%%", "a" * 2049]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def client(request, tmp_path_factory, ctx):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'views.db'}"
    else:
        url = _module_postgres(request)
    store = ViewStore(url)
    store.apply_envelopes([*seed_events(ctx), *synthetic_events()])
    store.close()
    with make_client(url) as c:
        yield c


def _module_postgres(request) -> str:
    """A fresh PostgreSQL database for the module (the `postgres_url` fixture is per test)."""
    import uuid

    import sqlalchemy as sa

    from tests.conftest import POSTGRES_ADMIN_URL, _postgres_available

    if not _postgres_available():
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    name = f"wirewatch_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    request.addfinalizer(drop)
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


@pytest.mark.parametrize("path,name", [(p, n) for p, names in TEXT_PARAMETERS.items() for n in names])
def test_injection_strings_are_data_never_sql(client, path, name):
    for value in INJECTIONS:
        response = client.get(path, params={name: value})
        assert response.status_code < 500, (path, name, value, response.text[:300])
        if response.status_code == 200 and "items" in response.json():
            assert response.json()["items"] == [], (path, name, value)  # never widens the result


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_in_path_parameters(client, value):
    value = quote(value, safe="")
    for path in (f"/articles/{value}", f"/events/{value}", f"/positions/{value}/long-range-strikes/history",
                 f"/positions/Joe Biden/{value}/history"):
        response = client.get(path)
        assert 400 <= response.status_code < 500, (path, response.status_code, response.text[:300])


@pytest.mark.parametrize("path", LISTS)
def test_page_sizes_out_of_range_are_rejected(client, path):
    for limit in BAD_LIMITS:
        response = client.get(path, params={"limit": limit})
        assert 400 <= response.status_code < 500, (path, limit, response.status_code)
    assert client.get(path, params={"limit": "500"}).status_code == 200


@pytest.mark.parametrize("path", ["/statements", "/aid", "/aid/totals", "/aid/ledger"])
def test_malformed_dates_are_rejected(client, path):
    for name in ("since", "until"):
        for value in BAD_DATES:
            response = client.get(path, params={name: value})
            assert 400 <= response.status_code < 500, (path, name, value, response.status_code, response.text[:200])


@pytest.mark.parametrize("path", LISTS)
def test_malformed_cursors_are_rejected(client, path):
    for cursor in BAD_CURSORS:
        response = client.get(path, params={"cursor": cursor})
        assert 400 <= response.status_code < 500, (path, cursor, response.status_code, response.text[:200])


@pytest.mark.parametrize("path", [*TEXT_PARAMETERS, "/feed", "/healthz"])
def test_unknown_and_repeated_parameters_are_rejected(client, path):
    assert client.get(path, params={"speakr": "Biden"}).status_code == 400
    assert client.get(path, params={"x' OR 1=1 --": "1"}).status_code == 400


@pytest.mark.parametrize("path", LISTS)
def test_repeated_parameters_are_rejected(client, path):
    assert 400 <= client.get(f"{path}?limit=1&limit=2").status_code < 500


def test_the_token_is_enforced_when_set(tmp_path, ctx):
    url = f"sqlite:///{tmp_path / 'views.db'}"
    store = ViewStore(url)
    store.apply_envelopes(seed_events(ctx))
    store.close()
    with make_client(url, token="s3cret-token") as c:
        for path in ("/statements", "/aid", "/positions", "/metrics", "/aid/totals"):
            assert c.get(path).status_code == 401
            assert c.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
            assert c.get(path, headers={"Authorization": "Basic czNjcmV0LXRva2Vu"}).status_code == 401
            assert c.get(path, headers={"Authorization": "Bearer s3cret-token' OR 1=1 --"}).status_code == 401
            assert c.get(path, headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert c.get("/healthz").status_code == 200  # the one open endpoint (for health checks)
