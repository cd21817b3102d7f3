#!/usr/bin/env python3
"""Never-repeated staff sentences for `scripts/bench --sentences`: one URL query string (`q=...`)
per line, each line a different sentence, as staff describe citizens at their meetings (who,
often with an age, what is wrong, and sometimes since when or what else). Every sentence is
new to the server, so neither its answer cache nor its query-vector cache can answer: each one
costs an embedding. The same seed gives the same list.
Usage: bench-sentences.py ANTAL [FRØ]
"""
import random
import sys
import urllib.parse

WHO_PLAIN = ["far", "mor", "min mand", "min kone", "borgeren", "hendes søn", "hans datter", "naboen", "en enkemand",
             "en nybagt mor", "en ung mand", "en ældre dame", "en pårørende", "en flygtning", "en kvinde", "en mand"]
WHO_AGED = ["en {n}-årig mand", "en {n}-årig kvinde", "min far på {n}", "en borger på {n} år"]
WHAT = ["er begyndt at glemme ting", "sidder meget alene", "kan ikke sove om natten", "vil gerne holde op med at ryge",
        "drikker for meget", "er faldet flere gange", "har lige fået sukkersyge", "får ikke luft når han går på trapper",
        "har ondt i ryggen", "er ked af det efter et dødsfald", "kan ikke selv gøre rent", "spiser for lidt",
        "har det svært psykisk", "har taget meget på", "har angst", "er meget stresset", "har svært ved at høre",
        "kan ikke holde på vandet", "har brug for hjælp til medicinen", "mangler nogen at tale med",
        "har problemer med tænderne", "bevæger sig for lidt", "har kol", "er blevet opereret i knæet",
        "ryger hash hver dag", "har svært ved at finde arbejde", "har et barn med overvægt", "græder meget efter fødslen",
        "passer sin syge mand", "har mistet sin kone", "har hjertesvigt", "er bange for at falde",
        "kan ikke komme ud af huset", "har brug for træning efter indlæggelsen", "taler ikke dansk", "har gigt i hænderne",
        "har kræft og er træt", "føler sig udenfor", "har svært ved at gå", "glemmer at spise"]
WHEN = ["", "efter hospitalsindlæggelsen", "siden foråret", "og bor alene", "og har ingen familie i nærheden",
        "efter operationen", "om aftenen", "efter skilsmissen", "og vil gerne have hjælp", "men vil ikke på plejehjem",
        "og har svært ved at komme ud", "hele tiden", "siden jul", "efter et fald"]


def sentences():
    who = WHO_PLAIN + [form.format(n=n) for form in WHO_AGED for n in range(18, 96)]
    return sorted({" ".join(part for part in (w, s, e) if part) for w in who for s in WHAT for e in WHEN})


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2026)
    every = sentences()
    if count > len(every):
        sys.exit("højst %d forskellige sætninger" % len(every))
    rng.shuffle(every)
    for text in every[:count]:
        print("q=" + urllib.parse.quote_plus(text))


main()
