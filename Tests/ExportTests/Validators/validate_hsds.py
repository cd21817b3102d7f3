"""Validates a Tilbudsguide HSDS 3.0 export against the official HSDS 3.0 JSON Schemas.

Usage: validate_hsds.py EXPORT_DIR SCHEMA_DIR
Every object in services.json, organizations.json, taxonomies.json and taxonomy_terms.json is
validated with its schema (the compiled ones where HSDS has them), formats checked strictly;
then ids must be unique and every reference must point to an exported object.
Exit 0: valid; 1: invalid (every problem printed); 3: cannot run.
"""
import os
import sys

from _checks import MISSING, format_checker, load, need, where

jsonschema = need("jsonschema", "Installér python3-jsonschema (scripts/install-deps test).")
referencing = need("referencing", "Det følger med jsonschema 4.18 og nyere.")
from referencing.jsonschema import DRAFT202012  # noqa: E402

export_dir, schema_dir = sys.argv[1], sys.argv[2]
if not os.path.isdir(schema_dir):
    print(f"HSDS-skemaerne findes ikke i {schema_dir} (shared/ skal ligge ved siden af repoet).")
    sys.exit(MISSING)

resources = []
for name in os.listdir(schema_dir):
    if name.endswith(".json"):
        resources.append((name, DRAFT202012.create_resource(load(os.path.join(schema_dir, name)))))
registry = referencing.Registry().with_resources(resources)
checker = format_checker(jsonschema)

files = {
    "services.json": "compiled/service.json",
    "organizations.json": "compiled/organization.json",
    "taxonomies.json": "taxonomy.json",
    "taxonomy_terms.json": "taxonomy_term.json",
}
problems = []
records = {}
for file, schema_name in files.items():
    data = load(os.path.join(export_dir, file))
    if not isinstance(data, list):
        problems.append(f"{file}: skal være en liste")
        continue
    records[file] = data
    validator = jsonschema.Draft202012Validator(load(os.path.join(schema_dir, schema_name)),
                                                registry=registry, format_checker=checker)
    for index, record in enumerate(data):
        for error in validator.iter_errors(record):
            problems.append(f"{file}[{index}] {where(error)}: {error.message}")

ids = {}
for file, data in records.items():
    for record in data:
        if record.get("id") in ids:
            problems.append(f"{file}: id {record.get('id')} findes også i {ids[record.get('id')]}")
        ids[record.get("id")] = file
organizations = {record["id"] for record in records.get("organizations.json", [])}
terms = {record["id"] for record in records.get("taxonomy_terms.json", [])}
taxonomies = {record["id"] for record in records.get("taxonomies.json", [])}
for service in records.get("services.json", []):
    if service.get("organization_id") not in organizations:
        problems.append(f"tjeneste {service['id']}: organization_id {service.get('organization_id')} er ikke eksporteret")
    for attribute in service.get("attributes", []):
        if attribute.get("taxonomy_term_id") not in terms:
            problems.append(f"tjeneste {service['id']}: taxonomy_term_id {attribute.get('taxonomy_term_id')} er ikke eksporteret")
for organization in records.get("organizations.json", []):
    parent = organization.get("parent_organization_id")
    if parent is not None and parent not in organizations:
        problems.append(f"organisation {organization['id']}: parent_organization_id {parent} er ikke eksporteret")
for term in records.get("taxonomy_terms.json", []):
    if term.get("taxonomy_id") not in taxonomies:
        problems.append(f"term {term['id']}: taxonomy_id {term.get('taxonomy_id')} er ikke eksporteret")

for problem in problems:
    print(problem)
counts = ", ".join(f"{len(data)} i {file}" for file, data in records.items())
print(f"{len(problems)} fejl ({counts})" if problems else f"OK ({counts})")
sys.exit(1 if problems else 0)
