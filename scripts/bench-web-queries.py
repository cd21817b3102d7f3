#!/usr/bin/env python3
"""Fresh staff searches for scripts/bench-web: one URL query string per line, few of them alike.

Words come from the catalogue itself (offer names, summaries, descriptions, search words) and from
the left side of synonymer.yaml, so most searches find something and some find nothing; each search
has 1-3 words, often an age (as a parameter or as "82-årig" in the text), a limit of its own and
sometimes a need filter. The same seed gives the same list, so two builds can be asked the same
searches and their answers compared byte for byte (scripts/bench-web --answers).
Usage: bench-web-queries.py KATALOG ANTAL [FRØ]
"""
import os
import random
import re
import sys
import urllib.parse

WORD = re.compile(r"[a-zæøåé]{4,}")


def catalogue_words(catalogue):
    words = set()
    offers = os.path.join(catalogue, "tilbud")
    for name in sorted(os.listdir(offers)):
        with open(os.path.join(offers, name), encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(("intern:", "  note:", "  telefon:", "kilde:", "  - ")):
                    continue
                words.update(WORD.findall(line.lower()))
    with open(os.path.join(catalogue, "synonymer.yaml"), encoding="utf-8") as handle:
        for line in handle:
            key = line.split(":", 1)[0].strip().strip('"')
            if key and not key.startswith("#"):
                words.update(WORD.findall(key.lower()))
    return sorted(words)


def need_ids(catalogue):
    with open(os.path.join(catalogue, "behov.yaml"), encoding="utf-8") as handle:
        return [line.split(":", 1)[0] for line in handle if re.match(r"^[a-z0-9-]+:", line)]


def main():
    catalogue, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    words, needs = catalogue_words(catalogue), need_ids(catalogue)
    out = sys.stdout
    for _ in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.choice((1, 1, 2, 2, 2, 3))))
        pairs = []
        roll = rng.random()
        if roll < 0.15:
            text = "%d-årig %s" % (rng.randint(2, 99), text)
        elif roll < 0.55:
            pairs.append(("alder", str(rng.randint(0, 99))))
        pairs.insert(0, ("q", text))
        if rng.random() < 0.1:
            pairs.append(("behov", rng.choice(needs)))
        if rng.random() < 0.7:
            pairs.append(("limit", str(rng.randint(1, 30))))
        out.write(urllib.parse.urlencode(pairs) + "\n")


if __name__ == "__main__":
    main()
