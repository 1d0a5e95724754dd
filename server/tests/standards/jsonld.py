"""Checks schema.org JSON-LD documents against the AMB profile: each validates against AMB's
JSON schema (draft-07, with format checking, as the profile's own tests run it) and expands
with a JSON-LD processor (PyLD) without losing a term. The AMB context is read from ../shared
(no network). Before that, the validator is checked on the profile's own examples.

    jsonld.py AMB_DIR DOCUMENTS.json     (a JSON array; the first `materials` are materials)

Prints a JSON report: per document the schema errors and the terms that did not expand.
"""

import json
import os
import sys

import jsonschema
from pyld import jsonld
from referencing import Registry, Resource

SCHEMA_BASE = "https://w3id.org/kim/amb/20231019/schemas/"
CONTEXT_URL = "https://w3id.org/kim/amb/context.jsonld"


def validator(amb_dir):
    schemas = os.path.join(amb_dir, "schemas")
    resources = []
    for name in os.listdir(schemas):
        with open(os.path.join(schemas, name), encoding="utf-8") as f:
            resources.append((SCHEMA_BASE + name, Resource.from_contents(json.load(f))))
    registry = Registry().with_resources(resources)
    with open(os.path.join(schemas, "schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    return jsonschema.Draft7Validator(schema, registry=registry, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def examples(amb_dir, kind):
    folder = os.path.join(amb_dir, "examples", kind)
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            yield name, json.load(f)


def loader(amb_dir):
    with open(os.path.join(amb_dir, "context.jsonld"), encoding="utf-8") as f:
        context = json.load(f)

    def load(url, options=None):
        if url.rstrip("/") != CONTEXT_URL:
            raise jsonld.JsonLdError("no network in tests", "loading document failed", {"url": url}, code="loading document failed")
        return {"contextUrl": None, "documentUrl": url, "document": context}

    return load


def keys(value, found):
    """Every property name in a compacted document, at any depth."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key not in ("@context", "id", "type", "@language"):
                found.add(key)
            if key != "@context" and key != "prefLabel":
                keys(inner, found)
    elif isinstance(value, list):
        for inner in value:
            keys(inner, found)
    return found


def iris(value, found):
    if isinstance(value, dict):
        for key, inner in value.items():
            if not key.startswith("@"):
                found.add(key)
            iris(inner, found)
    elif isinstance(value, list):
        for inner in value:
            iris(inner, found)
    return found


def main():
    amb_dir, documents_path = sys.argv[1], sys.argv[2]
    check = validator(amb_dir)
    valid_ok = [name for name, doc in examples(amb_dir, "valid") if check.is_valid(doc)]
    invalid_caught = [name for name, doc in examples(amb_dir, "invalid") if not check.is_valid(doc)]
    with open(documents_path, encoding="utf-8") as f:
        documents = json.load(f)
    options = {"documentLoader": loader(amb_dir)}
    report = {"valid_examples_passing": len(valid_ok), "invalid_examples_failing": len(invalid_caught), "documents": []}
    for doc in documents:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in check.iter_errors(doc)]
        expanded = jsonld.expand(doc, options)
        found = iris(expanded, set())
        lost = []
        for key in sorted(keys(doc, set())):
            wanted = "http://www.w3.org/2004/02/skos/core#prefLabel" if key == "prefLabel" else "http://schema.org/" + key
            if wanted not in found:
                lost.append(key)
        report["documents"].append({"id": doc.get("id"), "schema_errors": errors[:5], "lost_terms": lost, "expanded_terms": len(found)})
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
