#!/usr/bin/python3
"""Validates real API answers against the schemas of the hand-written OpenAPI document.

Usage: openapi_check.py OPENAPI.json SCHEMA=ANSWER.json ...
(SCHEMA is a name under components/schemas). Uses Debian's python3-jsonschema (Draft 2020-12,
which OpenAPI 3.1 schemas are). Exits 1 and says why when an answer does not fit.
"""
import json
import sys

from jsonschema import Draft202012Validator, RefResolver


def main():
    with open(sys.argv[1]) as handle:
        document = json.load(handle)
    resolver = RefResolver(base_uri="", referrer=document)
    failures = 0
    for pair in sys.argv[2:]:
        name, path = pair.split("=", 1)
        with open(path) as handle:
            answer = json.load(handle)
        validator = Draft202012Validator({"$ref": "#/components/schemas/" + name}, resolver=resolver)
        errors = sorted(validator.iter_errors(answer), key=lambda e: list(e.path))
        for error in errors[:5]:
            print("FEJL: %s (%s): %s ved %s" % (name, path, error.message, "/".join(map(str, error.path))))
        failures += len(errors)
        if not errors:
            print("OK: %s passer til %s" % (path, name))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
