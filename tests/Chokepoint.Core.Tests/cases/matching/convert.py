#!/usr/bin/env python3
"""Converts ../shared/data/matching (MIT, OpenSanctions: nomenklatura, yente, rigour) into Chokepoint's
pairs format: left_name,left_schema,right_name,right_schema,match,left_birth_date,right_birth_date,
left_country,right_country,subset,quality (name_bench's label strength STRONG/MEDIUM/WEAK, blank = MEDIUM there;
empty for the other sources). Run from the repository root; writes shared_pairs.csv beside this file."""
import csv, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "../../../../../shared/data/matching")
LATIN = re.compile(r"^[\x00-\x7f\u00a0-\u024f\u1e00-\u1eff]*$")
FIELDS = ["left_name", "left_schema", "right_name", "right_schema", "match", "left_birth_date", "right_birth_date",
          "left_country", "right_country", "subset", "quality"]
rows = []

def row(ln, ls, rn, rs, match, subset, lb="", rb="", lc="", rc="", quality=""):
    rows.append(dict(left_name=ln, left_schema=ls, right_name=rn, right_schema=rs, match="true" if match else "false",
                     left_birth_date=lb, right_birth_date=rb, left_country=lc, right_country=rc, subset=subset,
                     quality=quality))

# nomenklatura contrib/name_bench/cases.csv: labelled name pairs (people and companies).
with open(os.path.join(data, "nomenklatura/name_bench_cases.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        schema = r["schema"] or "LegalEntity"
        if not (LATIN.match(r["name1"]) and LATIN.match(r["name2"])):
            subset = "cross-script"
        elif schema in ("Company", "Organization", "LegalEntity", "PublicBody"):
            subset = "organizations"
        else:
            subset = "persons"
        row(r["name1"], schema, r["name2"], schema, r["is_match"].strip().lower() == "true", subset,
            quality=(r.get("quality") or "MEDIUM").strip().upper())

# yente candidate_generation_benchmark: UN names and their treated (typo, reorder, ...) variants, all matches.
un = []
with open(os.path.join(data, "yente-benchmark/un_pairs.train.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        un.append(r)
        same = r["untreated_full_name"] == r["treated_full_name"]
        row(r["treated_full_name"], "Person", r["untreated_full_name"], "Person", True, "un-exact" if same else "typos",
            r["treated_date_of_birth"], r["untreated_date_of_birth"], r["treated_nationality"], r["untreated_nationality"])

# yente validation_report negatives (synthetic people), each paired with one UN name: none may match.
for name in ("negatives_global_small.csv", "negatives_us_small.csv"):
    with open(os.path.join(data, "yente-benchmark", name), encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            target = un[i % len(un)]
            row(r["full_name"], "Person", target["untreated_full_name"], "Person", False, "negatives",
                r["date_of_birth"], target["untreated_date_of_birth"], r["nationality"], target["untreated_nationality"])

# rigour contrib/putin_names.txt: "Putin" in ~80 scripts and spellings, each against OFAC's listing.
with open(os.path.join(data, "rigour/putin_names.txt"), encoding="utf-8") as f:
    for line in f:
        name = line.strip()
        if name:
            row(name, "Person", "PUTIN, Vladimir Vladimirovich", "Person", True,
                "transliteration" if LATIN.match(name) else "cross-script")

with open(os.path.join(root, "shared_pairs.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=FIELDS)
    w.writeheader()
    w.writerows(rows)
print(f"{len(rows)} pairs", file=sys.stderr)
