"""Shared helpers for the export validators: strict format checks and readable error lines."""
import importlib
import json
import re
import sys

MISSING = 3  # exit code: the validator could not run (a module or a file is missing)


def need(module_name, hint):
    """Imports a module or ends with MISSING and a Danish message saying how to get it."""
    try:
        return importlib.import_module(module_name)
    except ImportError as error:
        print(f"Validatoren kan ikke køre: Python-modulet '{module_name}' mangler ({error}). {hint}")
        sys.exit(MISSING)


def load(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        print(f"{path}: kan ikke læses som JSON: {error}")
        sys.exit(1)


def format_checker(jsonschema):
    """jsonschema's checker, plus uri and date-time checks that do not depend on optional packages."""
    checker = jsonschema.FormatChecker()
    if "uri" not in checker.checkers:
        checker.checks("uri")(lambda value: not isinstance(value, str)
                              or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$", value) is not None)
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(lambda value: not isinstance(value, str) or re.match(
            r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", value) is not None)
    return checker


def where(error):
    return "/".join(str(part) for part in error.absolute_path) or "(rod)"
