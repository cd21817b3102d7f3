"""Validates a JSON file against a JSON Schema (draft 2020-12), checking formats strictly.

Usage: validate_jsonschema.py SCHEMA.json INSTANCE.json
Exit 0: valid; 1: invalid (every problem printed); 3: cannot run.
"""
import sys

from _checks import format_checker, load, need, where

jsonschema = need("jsonschema", "Installér python3-jsonschema (scripts/install-deps test).")
schema, instance = load(sys.argv[1]), load(sys.argv[2])
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=format_checker(jsonschema))
errors = sorted(validator.iter_errors(instance), key=lambda error: list(map(str, error.absolute_path)))
for error in errors:
    print(f"{where(error)}: {error.message}")
print(f"{len(errors)} fejl" if errors else "OK")
sys.exit(1 if errors else 0)
