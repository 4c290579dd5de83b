"""Will a consumer written against an old event schema still read the new events?

Breaking: a field that disappears, or whose type changes. Additive changes (new optional
fields, new enum values) are compatible.
"""

from __future__ import annotations



def _resolve(node: dict, root: dict) -> dict:
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = root.get("$defs", {})[name]
    return node


def _types(node: dict, root: dict) -> set[str]:
    """The JSON types a schema node admits ('null' included), looking through anyOf/refs."""
    node = _resolve(node, root)
    if "anyOf" in node or "oneOf" in node:
        return set().union(*(_types(n, root) for n in node.get("anyOf", node.get("oneOf", []))))
    if "const" in node and "type" not in node:
        return {type(node["const"]).__name__}
    kind = node.get("type")
    if isinstance(kind, list):
        return set(kind)
    if kind is None:
        return {"any"}
    return {"number"} if kind == "integer" else {kind}  # an integer is still a number


def _objects(node: dict, root: dict) -> list[dict]:
    node = _resolve(node, root)
    if "anyOf" in node:
        return [o for n in node["anyOf"] for o in _objects(n, root)]
    return [node] if node.get("type") == "object" or "properties" in node else []


def breaking_changes(old: dict, new: dict, path: str = "", old_root: dict | None = None,
                     new_root: dict | None = None) -> list[str]:
    old_root, new_root = old_root or old, new_root or new
    problems = []
    old_types, new_types = _types(old, old_root), _types(new, new_root)
    if "any" not in new_types and not (old_types - {"null"}) <= new_types:
        problems.append(f"{path or '<root>'}: type {sorted(old_types)} became {sorted(new_types)}")
        return problems
    old_objects, new_objects = _objects(old, old_root), _objects(new, new_root)
    if old_objects and new_objects:
        old_props = old_objects[0].get("properties", {})
        new_props = new_objects[0].get("properties", {})
        for name, old_child in old_props.items():
            child_path = f"{path}.{name}" if path else name
            if name not in new_props:
                problems.append(f"{child_path}: removed")
                continue
            problems += breaking_changes(old_child, new_props[name], child_path, old_root, new_root)
    old_items, new_items = _resolve(old, old_root).get("items"), _resolve(new, new_root).get("items")
    if isinstance(old_items, dict) and isinstance(new_items, dict):
        problems += breaking_changes(old_items, new_items, f"{path}[]", old_root, new_root)
    return problems
