"""The FastAPI application: list endpoints, resources, the live feed, health and metrics."""

from __future__ import annotations

import hmac
import logging
import os
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import parse_qs, parse_qsl, quote

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from ..schemas import IssueSet
from ..settings import DEFAULT_ISSUES, Settings
from ..sinks import create_store_engine, ledger, queries
from ..sinks import tables as t
from ..sinks.as_of import AsOfViews
from ..sinks.queries import QueryError
from ..streams.topics import TopicNames
from ..timeutil import parse_bound
from . import evidence as ev
from . import feed as feedmod
from . import models as m
from .metrics import Watermarks, build_registry
from .names import NameResolver

log = logging.getLogger(__name__)

MAX_PAGE = 500
DEFAULT_PAGE = 50
STATIC = Path(__file__).parent / "static"

# --- common parameters --------------------------------------------------------------------
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")]
Cursor = Annotated[str, Query(max_length=2048, description="`next_cursor` of the previous page")]
Since = Annotated[str, Query(max_length=64, description="ISO 8601; events published at or after", examples=["2024-09-01"])]
Until = Annotated[str, Query(max_length=64, description="ISO 8601; events published at or before", examples=["2024-12-31T23:59:59Z"])]
Name = Annotated[str, Query(min_length=1, max_length=255)]
AidType = Literal["military", "humanitarian", "financial", "mixed", "unspecified"]
AidStatus = Literal["announced", "planned", "pledged", "delivered"]
AsOf = Annotated[str, Query(
    max_length=64, examples=["2024-09-25"],
    description="event time, ISO 8601 (a bare date means the end of that day): answer with the views as they"
                " stood then, rebuilt from the log of applied events up to that time (same rule as"
                " `wirewatch views --as-of`); the first request for a time takes a rebuild, later ones are cached",
)]



@dataclass(frozen=True)
class ApiConfig:
    store: str
    broker: str | None = None
    topic_prefix: str = "wirewatch"
    token: str | None = None
    issues_path: Path = DEFAULT_ISSUES
    actors_path: Path | None = None
    watermark_interval: float = 5.0

    @classmethod
    def from_settings(cls, settings: Settings, token: str | None = None) -> "ApiConfig":
        return cls(
            store=settings.store, broker=settings.broker, topic_prefix=settings.topic_prefix,
            token=token if token is not None else (os.environ.get("WIREWATCH_API_TOKEN") or None),
            issues_path=settings.issues_path, actors_path=settings.actors_path,
        )


def read_only_engine(url: str) -> sa.engine.Engine:
    """The store engine, with the database itself refusing writes from this process."""
    engine = create_store_engine(url)

    @sa.event.listens_for(engine, "connect")
    def _read_only(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute("PRAGMA query_only=ON")
        elif engine.dialect.name == "postgresql":
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cursor.close()
        if engine.dialect.name == "postgresql":
            dbapi_connection.commit()

    return engine


# --- auth, request metrics, hostile input ----------------------------------------------------
def _repeated_parameter(query: bytes) -> str | None:
    seen = set()
    for name, _value in parse_qsl(query.decode("utf-8", "replace"), keep_blank_values=True):
        if name in seen:
            return name[:64]
        seen.add(name)
    return None


class Guard:
    """Pure ASGI middleware: bearer token, NUL-byte rejection, request latency histogram."""

    def __init__(self, app, token: str | None, latency) -> None:
        self.app = app
        self.token = token
        self.latency = latency

    def _authorized(self, scope) -> bool:
        supplied = None
        for name, value in scope.get("headers") or ():
            if name == b"authorization":
                text = value.decode("latin-1")
                if text[:7].lower() == "bearer ":
                    supplied = text[7:].strip()
        if supplied is None:  # EventSource and plain links cannot set headers
            values = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace")).get("access_token")
            supplied = values[0] if values else None
        return supplied is not None and hmac.compare_digest(supplied.encode(), self.token.encode())

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = {"code": 500}

        async def send_status(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            query = scope.get("query_string", b"")
            repeated = _repeated_parameter(query)
            if "\x00" in scope["path"] or b"%00" in query.lower():
                await JSONResponse({"detail": "NUL characters are not allowed in paths or parameters"}, 400)(scope, receive, send_status)
            elif repeated:  # every parameter of this API takes one value
                await JSONResponse({"detail": f"{repeated}: give this parameter once"}, 400)(scope, receive, send_status)
            elif self.token and scope["path"] != "/healthz" and not self._authorized(scope):
                await JSONResponse(
                    {"detail": "missing or invalid bearer token (Authorization: Bearer TOKEN, or ?access_token=TOKEN)"},
                    401, headers={"WWW-Authenticate": "Bearer"},
                )(scope, receive, send_status)
            else:
                await self.app(scope, receive, send_status)
        finally:
            route = scope.get("route")
            label = getattr(route, "path", None) or "unmatched"
            if label != "/feed":  # a stream's duration is not a request latency
                self.latency.labels(scope.get("method", ""), label, str(status["code"])).observe(time.perf_counter() - started)


_KNOWN: dict[str, set[str]] = {}


def _query_names(dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _known_parameters_only(request: Request) -> None:
    """A misspelt filter (`speakr=`) must not silently return everything: unknown names are a 400."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _KNOWN.get(route.path)
    if known is None:
        known = _KNOWN[route.path] = {"access_token"} | _query_names(dependant)
    unknown = sorted({name for name in request.query_params.keys() if name not in known})
    if unknown:
        raise QueryError(f"unknown parameter(s) {', '.join(repr(u[:64]) for u in unknown[:5])};"
                         f" this endpoint takes: {', '.join(sorted(known - {'access_token'})) or 'none'}")


# --- the app --------------------------------------------------------------------------------
def create_app(config: ApiConfig) -> FastAPI:
    engine = read_only_engine(config.store)
    names = TopicNames(config.topic_prefix)
    resolver = NameResolver.load(config.actors_path)
    try:
        issue_set = IssueSet.load(config.issues_path)
    except OSError:
        issue_set = IssueSet()
    issue_terms = {i.id: [i.id, *i.terms] for i in issue_set.issues}
    watermarks = Watermarks(config.broker, names, config.watermark_interval)
    registry, latency, feed_events = build_registry(engine, watermarks)
    as_of_views = AsOfViews(engine)

    def views(as_of: str | None) -> sa.engine.Engine:
        """The live views, or the views as of an event time."""
        if as_of is None:
            return engine
        try:
            bound = parse_bound(as_of)
        except ValueError:
            raise QueryError(f"as_of: not an ISO 8601 date or date-time: {as_of[:64]!r}") from None
        return as_of_views.engine(bound)

    @asynccontextmanager
    async def lifespan(_app):
        watermarks.start_polling()
        try:
            yield
        finally:
            await watermarks.stop()
            as_of_views.close()
            engine.dispose()

    app = FastAPI(
        title="wirewatch",
        version="1.0.0",
        summary="Read-only access to the wirewatch views: statements, aid, positions, evidence, and a live feed.",
        description=(Path(__file__).parent / "openapi_intro.md").read_text(encoding="utf-8"),
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(HTTPBearer(auto_error=False, description="WIREWATCH_API_TOKEN, when the server sets one")),
                      Depends(_known_parameters_only)],
        responses={400: {"model": m.Problem, "description": "bad parameter"},
                   401: {"model": m.Problem, "description": "token required"},
                   422: {"model": m.Problem, "description": "invalid parameter"},
                   503: {"model": m.Problem, "description": "store or broker unavailable"}},
    )
    app.add_middleware(Guard, token=config.token, latency=latency)
    app.state.config = config
    app.state.engine = engine

    @app.exception_handler(QueryError)
    async def _bad_query(_request, exc: QueryError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(sa.exc.OperationalError)
    @app.exception_handler(sa.exc.ProgrammingError)
    async def _store_down(_request, exc):
        log.warning("store error: %s", exc)
        return JSONResponse({"detail": "the view store is unavailable or not initialised (has a worker run?)"}, status_code=503)

    @app.exception_handler(Exception)
    async def _internal(_request, exc):
        log.exception("unhandled error")
        return JSONResponse({"detail": "internal error"}, status_code=500)

    def actors(name: str | None) -> list[str] | None:
        return resolver.resolve(name) if name else None

    def terms_of(issue: str | None) -> list[str] | None:
        if issue is None:
            return None
        if issue not in issue_terms:
            raise QueryError(f"issue: unknown issue {issue!r}; watched issues: {', '.join(sorted(issue_terms)) or 'none'}")
        return issue_terms[issue]

    # --- list endpoints -----------------------------------------------------------------------
    @app.get("/statements", response_model=m.StatementPage, tags=["views"],
             summary="Who said what, newest first")
    def list_statements(
        speaker: Annotated[str, Query(min_length=1, max_length=255, description="canonical name or an alias (`Kirby`, `Biden`)")] = None,
        q: Annotated[str, Query(min_length=1, max_length=500, description="full-text search in the statement content")] = None,
        issue: Annotated[str, Query(min_length=1, max_length=255, description="watched issue id: statements mentioning its terms")] = None,
        article_id: Annotated[str, Query(min_length=1, max_length=512)] = None,
        since: Since = None, until: Until = None, cursor: Cursor = None, limit: Limit = DEFAULT_PAGE,
        as_of: AsOf = None,
    ):
        since_, until_ = queries.parse_time(since, "since"), queries.parse_time(until, "until")
        with views(as_of).connect() as conn:
            page = queries.statements_page(
                conn, speakers=actors(speaker), speaker_raw=speaker, q=q, issue_terms=terms_of(issue),
                article_id=article_id, since=since_, until=until_, cursor=cursor, limit=limit,
            )
            return {"items": page.items, "next_cursor": page.next_cursor, "limit": limit, "freshness": queries.freshness(conn)}

    @app.get("/aid", response_model=m.AidPage, tags=["views"], summary="Aid announcements, newest first")
    def list_aid(
        donor: Name = None, recipient: Name = None,
        aid_type: AidType = None,
        kind: Literal["new", "cumulative"] = None,
        status: AidStatus = None,
        since: Since = None, until: Until = None, cursor: Cursor = None, limit: Limit = DEFAULT_PAGE,
        as_of: AsOf = None,
    ):
        since_, until_ = queries.parse_time(since, "since"), queries.parse_time(until, "until")
        with views(as_of).connect() as conn:
            page = queries.aid_page(
                conn, donors=actors(donor), recipients=actors(recipient), aid_type=aid_type, kind=kind,
                status=status, since=since_, until=until_, cursor=cursor, limit=limit,
            )
            return {"items": page.items, "next_cursor": page.next_cursor, "limit": limit, "freshness": queries.freshness(conn)}

    def aid_packages(conn, donor, recipient, aid_type, status, since, until, **options) -> list[dict]:
        """The ledger's packages for the aid endpoints' shared filters (names as the API takes them)."""
        return ledger.aid_ledger(conn, donors=actors(donor), recipients=actors(recipient), aid_type=aid_type,
                                 status=status, since=since, until=until, **options)

    @app.get("/aid/totals", response_model=m.AidTotals, tags=["views"],
             summary="Totals of new aid packages, de-duplicated across reports",
             description=(
                 "Only `kind=new` announcements with a stated amount count; cumulative figures never do. "
                 "Reports with the same donor, recipient, amount and currency published within 7 days of the "
                 "package's first report are one package (listed with all its sources). Totals are per currency."
             ))
    def aid_totals(
        group_by: Literal["donor", "recipient", "month"] = "donor",
        donor: Name = None, recipient: Name = None,
        aid_type: AidType = None,
        status: AidStatus = None,
        since: Since = None, until: Until = None, as_of: AsOf = None,
    ):
        since_, until_ = queries.parse_time(since, "since"), queries.parse_time(until, "until")
        with views(as_of).connect() as conn:
            packages = aid_packages(conn, donor, recipient, aid_type, status, since_, until_, in_kind=False)
            return {"group_by": group_by, "totals": ledger.ledger_totals(packages, group_by),
                    "packages": packages, "freshness": queries.freshness(conn)}

    @app.get("/aid/ledger", response_model=m.AidLedger, tags=["views"],
             summary="One row per aid package, de-duplicated across reports, with all its sources",
             description=(
                 "New packages only (cumulative figures are never packages). Reports with the same donor, "
                 "recipient, amount and currency published within 7 days of the package's first report are one "
                 "row; in-kind transfers (no amount) merge only when they also share an item. Filters apply to "
                 "packages: `since`/`until` to the first report, `status` to the furthest status reported."
             ))
    def aid_ledger(
        donor: Name = None, recipient: Name = None,
        aid_type: AidType = None,
        status: AidStatus = None,
        since: Since = None, until: Until = None, as_of: AsOf = None,
    ):
        since_, until_ = queries.parse_time(since, "since"), queries.parse_time(until, "until")
        with views(as_of).connect() as conn:
            rows = aid_packages(conn, donor, recipient, aid_type, status, since_, until_)
            return {"items": rows, "freshness": queries.freshness(conn)}

    @app.get("/positions", response_model=m.PositionPage, tags=["views"],
             summary="The current position board: actor x issue, by publication time")
    def list_positions(
        actor: Name = None, issue: Name = None, stance: Literal["support", "oppose"] = None,
        cursor: Cursor = None, limit: Limit = DEFAULT_PAGE, as_of: AsOf = None,
    ):
        with views(as_of).connect() as conn:
            page = queries.positions_page(conn, actors=actors(actor), issue=issue, stance=stance, cursor=cursor, limit=limit)
            return {"items": page.items, "next_cursor": page.next_cursor, "limit": limit, "freshness": queries.freshness(conn)}

    @app.get("/positions/{actor}/{issue}/history", response_model=m.PositionHistory, tags=["views"],
             summary="Every stated stance of an actor on an issue, and the changes",
             responses={404: {"model": m.Problem}})
    def position_history(
        actor: Annotated[str, PathParam(min_length=1, max_length=255)],
        issue: Annotated[str, PathParam(min_length=1, max_length=255)],
        as_of: AsOf = None,
    ):
        with views(as_of).connect() as conn:
            for canonical in resolver.resolve(actor):
                history = queries.position_history(conn, canonical, issue)
                if history["stated"] or history["changes"]:
                    current = queries.positions_page(conn, actors=[canonical], issue=issue, limit=1).items
                    return {"actor": canonical, "issue": issue, "current": current[0] if current else None,
                            **history, "freshness": queries.freshness(conn)}
        return JSONResponse({"detail": f"no stance of {actor!r} on {issue!r} in the views"}, status_code=404)

    @app.get("/articles/{article_id}", response_model=m.ArticleDetail, tags=["resources"],
             summary="An article and every event derived from it", responses={404: {"model": m.Problem}})
    def get_article(article_id: Annotated[str, PathParam(min_length=1, max_length=512)], as_of: AsOf = None):
        with views(as_of).connect() as conn:
            info = queries.article(conn, article_id)
            envelopes = queries.events_of_article(conn, article_id)
            if info is None and not envelopes:
                return JSONResponse({"detail": f"no article {article_id!r} in the views"}, status_code=404)
            grouped: dict[str, list[dict]] = {}
            for envelope in envelopes:
                grouped.setdefault(envelope["event_type"], []).append(envelope)
            present = {e["event_id"] for e in envelopes}
            complete = info is not None and all(i in present for ids in info["event_ids"].values() for i in ids)
            return {"article_id": article_id, "article": info, "complete": complete, "events": grouped,
                    "freshness": queries.freshness(conn)}

    @app.get("/events/{event_id}", response_model=m.EventDetail, tags=["resources"],
             summary="An event: its envelope, its evidence in context, and its causation chain",
             responses={404: {"model": m.Problem}})
    def get_event(event_id: Annotated[str, PathParam(min_length=1, max_length=64)]):
        with engine.connect() as conn:
            row = queries.event(conn, event_id)
            if row is None:
                return JSONResponse({"detail": f"no event {event_id!r} in the views"}, status_code=404)
            envelope = row["envelope"]
            span = ev.evidence_span(envelope)
            context = None
            if span:
                text = ev.article_text(conn, row["article_id"])
                context = ev.context_from_text(span, text) if text else None
                if context is None:
                    context = ev.context(span, queries.events_of_article(conn, row["article_id"]))
            kafka = None if row["topic"] is None else {"topic": row["topic"], "partition": row["partition"], "offset": row["offset"]}
            return {"envelope": envelope, "kafka": kafka, "evidence": span, "context": context,
                    "causation_chain": ev.causation_chain(conn, row), "freshness": queries.freshness(conn)}

    # --- live feed ----------------------------------------------------------------------------
    @app.get("/feed", tags=["live"], summary="Server-Sent Events: derived events as they arrive",
             response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
                              "description": "an endless event stream"}},
             description=(
                 "Each message's `id` encodes `topic/partition/offset` and the position of every partition; "
                 "reconnect with `Last-Event-ID` (browsers do it for you) to resume with nothing lost or repeated. "
                 "Event names are the event types, plus `ready` (the start position) and `checkpoint` "
                 "(position advanced past filtered-out records)."
             ))
    async def feed(
        request: Request,
        types: Annotated[str, Query(max_length=200, description="comma-separated event types")] = None,
        speaker: Name = None,
        issue: Name = None,
        start: Literal["latest", "earliest"] = "latest",
        last_event_id: Annotated[str, Header(max_length=4096)] = None,
        last_event_id_q: Annotated[str, Query(alias="last_event_id", max_length=4096, description="same as the Last-Event-ID header")] = None,
    ):
        if not config.broker:
            return JSONResponse({"detail": "the live feed needs a broker (--broker / WIREWATCH_BROKER)"}, status_code=503)
        event_types = feedmod.parse_types(types)
        resume = last_event_id or last_event_id_q
        positions = feedmod.decode_id(resume) if resume else None
        keep = feedmod.Filter(event_types, set(actors(speaker) or ()), speaker, issue, issue_terms.get(issue or "", [issue] if issue else None))
        try:
            consumer, vector = await feedmod.open_consumer(config.broker, feedmod.topics_for(names, event_types), positions, start)
        except Exception as exc:
            log.warning("feed: cannot open consumer: %s", exc)
            return JSONResponse({"detail": f"the broker is unavailable: {exc.__class__.__name__}"}, status_code=503)
        return StreamingResponse(
            feedmod.stream(consumer, vector, keep, request, on_event=lambda et: feed_events.labels(et).inc()),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    # --- operations ---------------------------------------------------------------------------
    @app.get("/healthz", response_model=m.Health, tags=["operations"], summary="Liveness and store reachability",
             responses={503: {"model": m.Health, "description": "the store does not answer"}})
    def healthz():
        try:
            with engine.connect() as conn:
                conn.execute(sa.select(sa.func.count()).select_from(t.offsets)).scalar_one()
            ok = True
        except Exception:
            ok = False
        body = {"status": "ok" if ok else "degraded", "store": ok, "broker": config.broker}
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/metrics", tags=["operations"], summary="Prometheus metrics", response_class=Response,
             responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}})
    def metrics():
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    def openapi_schema():
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            schema["paths"]["/healthz"]["get"]["security"] = []  # the one endpoint open without the token
            for status in ("400", "401", "422"):
                schema["paths"]["/healthz"]["get"]["responses"].pop(status, None)
        return app.openapi_schema

    app.openapi = openapi_schema

    @app.get("/", include_in_schema=False)
    def dashboard():
        return HTMLResponse((STATIC / "dashboard.html").read_text(encoding="utf-8"))

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request):
        token = request.query_params.get("access_token")
        url = "/openapi.json" + (f"?access_token={quote(token)}" if token else "")
        return get_swagger_ui_html(openapi_url=url, title="wirewatch API")

    return app


def serve(config: ApiConfig, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(config), host=host, port=port, log_level="info", proxy_headers=False)
