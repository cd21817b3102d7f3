"""Validates a FHIR R4 Bundle with fhir.resources 6.4.0 (pydantic 1), which models FHIR 4.0.1
and rejects unknown elements.

Usage: validate_fhir.py BUNDLE.json
The bundle is parsed as a whole and each resource on its own (so errors name the resource);
then every `urn:uuid:` reference must point to an entry of the bundle.
Exit 0: valid; 1: invalid (every problem printed); 3: cannot run.
"""
import sys

from _checks import MISSING, load, need

HINT = ("Kør scripts/test, som opretter .venv-tests med fhir.resources==6.4.0 og pydantic<2, "
        "eller peg TILBUD_PYTHON på en Python med dem.")
fhir_resources = need("fhir.resources", HINT)
pydantic = need("pydantic", HINT)
if fhir_resources.__version__ != "6.4.0" or not pydantic.VERSION.startswith("1.") or fhir_resources.__fhir_version__ != "4.0.1":
    print(f"Forkerte versioner: fhir.resources {fhir_resources.__version__} (FHIR {fhir_resources.__fhir_version__}), "
          f"pydantic {pydantic.VERSION}; kræver 6.4.0 (FHIR 4.0.1) og pydantic<2. {HINT}")
    sys.exit(MISSING)
from fhir.resources import get_fhir_model_class  # noqa: E402
from fhir.resources.bundle import Bundle  # noqa: E402

data = load(sys.argv[1])
problems = []
try:
    Bundle.parse_obj(data)
except pydantic.ValidationError as error:
    problems.append(f"Bundle: {error}")
if data.get("type") != "collection":
    problems.append(f"Bundle.type er {data.get('type')!r}, ikke 'collection'")

full_urls = set()
counts = {}
for index, entry in enumerate(data.get("entry", [])):
    resource = entry.get("resource", {})
    kind = resource.get("resourceType")
    counts[kind] = counts.get(kind, 0) + 1
    full_urls.add(entry.get("fullUrl"))
    if kind not in ("Organization", "Location", "HealthcareService"):
        problems.append(f"entry[{index}]: uventet ressourcetype {kind}")
        continue
    try:
        get_fhir_model_class(kind).parse_obj(resource)
    except pydantic.ValidationError as error:
        problems.append(f"entry[{index}] {kind}/{resource.get('id')}: {error}")
    if entry.get("fullUrl") != f"urn:uuid:{resource.get('id')}":
        problems.append(f"entry[{index}]: fullUrl {entry.get('fullUrl')} passer ikke til id {resource.get('id')}")


def references(value):
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield value["reference"]
        for item in value.values():
            yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


for reference in references(data.get("entry", [])):
    if reference not in full_urls:
        problems.append(f"referencen {reference} peger ikke på en ressource i bundlet")

for problem in problems:
    print(problem)
summary = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
print(f"{len(problems)} fejl ({summary})" if problems else f"OK ({summary})")
sys.exit(1 if problems else 0)
