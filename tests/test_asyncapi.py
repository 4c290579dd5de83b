"""The AsyncAPI document is enough to consume our topics: refs resolve, examples validate."""

from __future__ import annotations

import jsonschema
import pytest

from wirewatch.schemas import SCHEMA_VERSIONS
from wirewatch.streams import asyncapi
from wirewatch.streams.topics import TopicNames


@pytest.fixture(scope="module")
def document():
    return asyncapi.build(TopicNames("wirewatch"), 4, asyncapi.seed_examples())


def resolve(document: dict, ref: str):
    node = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def refs(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def test_it_is_an_asyncapi_3_document_whose_refs_all_resolve(document):
    assert document["asyncapi"] == "3.0.0"
    assert {"title", "version"} <= set(document["info"])
    for ref in refs(document):
        assert ref.startswith("#/"), ref
        resolve(document, ref)


def test_every_topic_is_a_channel_with_its_address(document):
    names = TopicNames("wirewatch")
    addresses = {c["address"] for c in document["channels"].values()}
    assert addresses == set(names.derived)
    for operation in document["operations"].values():
        assert operation["action"] == "receive"
        resolve(document, operation["channel"]["$ref"])
        for message_ref in operation["messages"]:
            assert message_ref["$ref"].startswith(operation["channel"]["$ref"] + "/messages/")


def test_every_event_type_has_a_message_whose_examples_validate(document):
    messages = {m["name"]: m for m in document["components"]["messages"].values()}
    assert set(messages) == set(SCHEMA_VERSIONS)
    for name, message in messages.items():
        assert message["examples"], f"no example of {name}"
        for example in message["examples"]:
            jsonschema.validate(example["payload"], message["payload"])
        assert "$defs" not in message["payload"]  # self-contained
