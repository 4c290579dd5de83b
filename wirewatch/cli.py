"""The `wirewatch` command: run, ingest, views, serve, demo, extract, schemas, eval."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from .settings import ROLES, Settings


def _context(settings: Settings):
    from .processors import ExtractionContext, Gazetteer, default_gazetteer
    from .schemas import IssueSet

    gazetteer = Gazetteer.load(settings.actors_path) if settings.actors_path else default_gazetteer()
    return ExtractionContext(gazetteer=gazetteer, issues=IssueSet.load(settings.issues_path))


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env().with_(
        broker=getattr(args, "broker", None),
        store=getattr(args, "store", None),
        issues_path=Path(args.issues) if getattr(args, "issues", None) else None,
        partitions=getattr(args, "partitions", None),
        topic_prefix=getattr(args, "topic_prefix", None),
        app_id=getattr(args, "app_id", None),
        role=getattr(args, "role", None),
    )


def _has_broker(settings: Settings, command: str) -> bool:
    """Commands that read the log need a broker; say so plainly when there is none."""
    if not settings.broker:
        print(f"{command} reads the log: give --broker HOST:PORT or WIREWATCH_BROKER", file=sys.stderr)
    return bool(settings.broker)


def cmd_run(args: argparse.Namespace) -> int:
    from .streams.broker import EmbeddedBroker
    from .streams.worker import run_worker

    import os

    settings = _settings(args)
    ctx = None if settings.role == "sink" else _context(settings)  # a sink process extracts nothing
    loglevel = os.environ.get("WIREWATCH_FAUST_LOG_LEVEL", "WARNING")
    if settings.broker:
        run_worker(settings, ctx, settings.broker, loglevel=loglevel)
        return 0
    with EmbeddedBroker() as broker:
        print(f"embedded broker: WIREWATCH_BROKER={broker.bootstrap}", file=sys.stderr, flush=True)
        run_worker(settings, ctx, broker.bootstrap, loglevel=loglevel)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .sources import raw_records
    from .streams.ingest import publish_records
    from .streams.topics import TopicNames, ensure_topics

    settings = _settings(args)
    if not settings.broker:
        print("ingest needs a broker: --broker HOST:PORT or WIREWATCH_BROKER", file=sys.stderr)
        return 2
    names = TopicNames(settings.topic_prefix)

    async def go() -> int:
        await ensure_topics(settings.broker, names.all, settings.partitions)
        return await publish_records(settings.broker, names.articles, raw_records(args.paths))

    sent = asyncio.run(go())
    print(f"published {sent} record(s) to {names.articles}", file=sys.stderr)
    return 0


def cmd_views(args: argparse.Namespace) -> int:
    from .report import render_views
    from .sinks import ViewStore

    if args.as_of:
        return _views_as_of(args)
    store = ViewStore(_settings(args).store)
    try:
        print(render_views(store))
    finally:
        store.close()
    return 0


def _views_as_of(args: argparse.Namespace) -> int:
    """The views as they stood at an event time: rebuilt from the log into a scratch store."""
    import tempfile

    from .audit.replay import replay
    from .report import render_views
    from .sinks import ViewStore
    from .streams.topics import TopicNames
    from .timeutil import parse_bound

    settings = _settings(args)
    try:
        bound = parse_bound(args.as_of)
    except ValueError:
        print(f"--as-of: not an ISO 8601 date or date-time: {args.as_of!r}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="wirewatch-as-of-") as scratch:
        target = f"sqlite:///{scratch}/views.db"
        if settings.broker:
            store = ViewStore(target)
            report = asyncio.run(replay(settings.broker, TopicNames(settings.topic_prefix), store, until=bound))
            print(f"views as of {args.as_of} (event time), rebuilt from {report.records:,} log records")
        else:  # no broker: the store's own copy of the log (every applied envelope)
            from .sinks.as_of import rebuild_as_of

            live = ViewStore(settings.store)
            try:
                store = rebuild_as_of(live.engine, bound, target)
            finally:
                live.close()
            print(f"views as of {args.as_of} (event time), rebuilt from the events in {settings.store}")
        print(render_views(store))
        store.close()
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    from .audit.replay import Progress, replay
    from .sinks import ViewStore
    from .streams.topics import TopicNames
    from .timeutil import parse_bound

    settings = _settings(args)
    if not _has_broker(settings, "replay"):
        return 2
    store = ViewStore(args.store)
    try:
        report = asyncio.run(replay(settings.broker, TopicNames(settings.topic_prefix), store,
                                    until=parse_bound(args.until) if args.until else None, progress=Progress(),
                                    processes=max(1, args.processes)))
    except ValueError as exc:
        print(f"replay: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"replayed {report.records:,} records ({report.applied:,} applied, {report.skipped_after_bound:,} after "
          f"--until, {report.undecodable:,} undecodable) in {report.seconds:.1f}s: {report.rate:,.0f}/s")
    for view, digest in report.digests.items():
        print(f"{view:18} {digest}")
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    import dataclasses

    from .audit.reprocess import reprocess
    from .sinks import ViewStore
    from .streams.topics import TopicNames

    settings = _settings(args)
    if not _has_broker(settings, "reprocess"):
        return 2
    ctx = dataclasses.replace(_context(settings), producer_version=args.producer_version)
    store = ViewStore(args.store)
    try:
        report = asyncio.run(reprocess(settings.broker, TopicNames(settings.topic_prefix), store, ctx,
                                       group_id=f"{settings.app_id}-reprocess-{args.producer_version}"))
    except ValueError as exc:
        print(f"reprocess: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"reprocessed {report.articles:,} articles ({report.bad_records:,} bad records skipped) into "
          f"{args.store}: {report.events:,} events in {report.seconds:.1f}s as version {args.producer_version}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    import json

    from .audit.diff import diff, render
    from .sinks import ViewStore

    a, b = ViewStore(args.store_a), ViewStore(args.store_b)
    try:
        result = diff(a, b)
    finally:
        a.close()
        b.close()
    if args.json:
        print(json.dumps({"counts": result.counts(), "added": result.added, "removed": result.removed,
                          "changed": result.changed}, ensure_ascii=False, indent=2))
    else:
        print(render(result))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    import json

    from .audit.explain import explain, render
    from .sinks import ViewStore

    store = ViewStore(_settings(args).store)
    try:
        explanation = explain(store, args.event_id)
    finally:
        store.close()
    if explanation is None:
        print(f"no event {args.event_id} in this store", file=sys.stderr)
        return 1
    print(json.dumps(explanation.__dict__, ensure_ascii=False, indent=2) if args.json else render(explanation))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    import orjson

    from .processors import extract_all
    from .sources import read_articles

    ctx = _context(_settings(args))
    out = sys.stdout.buffer
    for envelope in extract_all(read_articles(args.paths), ctx):
        out.write(orjson.dumps(envelope.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS) + b"\n")
    out.flush()
    return 0


def cmd_schemas_export(args: argparse.Namespace) -> int:
    import yaml

    from .schemas.export import export_schemas
    from .streams import asyncapi
    from .streams.topics import TopicNames

    for path in export_schemas(args.dir):
        print(path)
    settings = _settings(args)
    document = asyncapi.build(TopicNames(settings.topic_prefix), settings.partitions, asyncapi.seed_examples())
    path = Path(args.dir) / "asyncapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(path)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    return run_demo(_settings(args), _context(_settings(args)), args.paths, timeout=args.timeout)


def cmd_serve(args: argparse.Namespace) -> int:
    from .api.app import ApiConfig, serve

    settings = _settings(args)
    serve(ApiConfig.from_settings(settings), host=args.host, port=args.port)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.suite == "polnear":
        from .evaluation.polnear import main
    else:
        from .evaluation.events import main
    return main(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirewatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser, broker: bool = True, store: bool = True) -> None:
        if broker:
            p.add_argument("--broker", help="Kafka bootstrap host:port (default: WIREWATCH_BROKER, else embedded)")
            p.add_argument("--topic-prefix", help="topic name prefix (default: wirewatch)")
            p.add_argument("--partitions", type=int, help="partitions per topic (default: 4)")
        if store:
            p.add_argument("--store", help="view store URL (default: WIREWATCH_STORE or sqlite:///var/wirewatch.db)")

    p = sub.add_parser("run", help="run the worker (processors + sinks)")
    common(p)
    p.add_argument("--issues", help="issues file (default: seeds/issues.yaml)")
    p.add_argument("--app-id", help="consumer group / app id (default: wirewatch)")
    p.add_argument("--role", choices=ROLES,
                   help="stages to run: all (default), extract (processors and position tracker) or sink "
                        "(the views); one sink process beside extract workers keeps view writes off their core")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("ingest", help="publish Article JSON / JSON Lines files to the articles topic")
    common(p, store=False)
    p.add_argument("paths", nargs="+", help=".json, .jsonl or - for stdin")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("views", help="print the views as tables")
    common(p)
    p.add_argument("--as-of", help="event time (ISO 8601; a bare date means the end of that day): "
                                   "rebuild the views from the log up to it (from Kafka with a broker, "
                                   "else from the events the store holds)")
    p.set_defaults(func=cmd_views)

    p = sub.add_parser("replay", help="rebuild every view from the log into a fresh store; print digests")
    common(p, store=False)
    p.add_argument("--store", required=True, help="the fresh store to build")
    p.add_argument("--until", help="event time bound (ISO 8601; a bare date means the end of that day)")
    p.add_argument("--processes", type=int, default=2,
                   help="processes sharing the partitions (default 2; decoding is per-process Python work)")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("reprocess", help="run the processors again over the articles topic into a separate store")
    common(p, store=False)
    p.add_argument("--store", required=True, help="the fresh store to build")
    p.add_argument("--producer-version", required=True, help="label of this build; stamped on every event")
    p.add_argument("--issues", help="issues file (default: seeds/issues.yaml)")
    p.set_defaults(func=cmd_reprocess)

    p = sub.add_parser("diff", help="events added, removed and changed between two stores")
    p.add_argument("store_a")
    p.add_argument("store_b")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("audit", help="explain one event: envelope, log position, evidence, causes")
    common(p, broker=False)
    p.add_argument("event_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("extract", help="offline: run the processors over article files, print events as JSON lines")
    p.add_argument("--issues", help="issues file (default: seeds/issues.yaml)")
    p.add_argument("paths", nargs="+", help=".json, .jsonl or - for stdin")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("demo", help="embedded broker + worker + seed articles, then print the views")
    common(p)
    p.add_argument("--issues", help="issues file (default: seeds/issues.yaml)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the views")
    p.add_argument("paths", nargs="*", help="article files (default: seeds/articles/*.json)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("serve", help="the read-only HTTP API, live feed and dashboard over the views")
    common(p)
    p.add_argument("--host", default="127.0.0.1", help="listen address (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="listen port (default: 8000)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("schemas", help="event schemas")
    schemas_sub = p.add_subparsers(dest="schemas_command", required=True)
    e = schemas_sub.add_parser("export", help="write a JSON Schema per event type")
    e.add_argument("dir")
    e.set_defaults(func=cmd_schemas_export)

    p = sub.add_parser("eval", help="measure extraction quality")
    p.add_argument("suite", choices=["polnear", "events"])
    p.add_argument("rest", nargs=argparse.REMAINDER, help="arguments of the suite (see --help of each)")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .log import configure_logging

    configure_logging()
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
