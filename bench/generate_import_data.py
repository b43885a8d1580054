#!/usr/bin/python3
"""Writes a synthetic HRIS people CSV and an interactions CSV for bench/import.sh (deterministic: fixed seed).

People form an 8-ary reporting tree (person i reports to (i-1)//8), so the file has long manager chains and ~600 units
under Corp/; reports appear after managers only by accident of numbering, rows are shuffled to avoid that.
"""
import argparse
import datetime
import os
import random

SITES = [("Lisbon HQ", "PT", "Europe/Lisbon"), ("Berlin", "DE", "Europe/Berlin"), ("New York", "US", "America/New_York"),
         ("Austin", "US", "America/Chicago"), ("Singapore", "SG", "Asia/Singapore"), ("London", "GB", "Europe/London"),
         ("Sao Paulo", "BR", "America/Sao_Paulo"), ("Tokyo", "JP", "Asia/Tokyo")]
FUNCTIONS = ["Engineering", "Sales", "Marketing", "Finance", "Operations", "People", "Legal", "Product"]
TYPES = ["meeting", "message", "call", "coffee", "help", "other"]


def ancestors(i):
    chain = []
    while i > 0:
        i = (i - 1) // 8
        chain.append(i)
    return chain[::-1]  # root first


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--interactions", type=int, default=1_000_000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    n = a.people
    email = [f"p{i:07d}@bench.example" for i in range(n)]
    order = list(range(n))
    rnd.shuffle(order)
    start = datetime.date(2010, 1, 1)
    with open(os.path.join(a.out, "people.csv"), "w", newline="") as f:
        f.write("employee_id,email,name,title,department,function,manager_email,location,country,time_zone,level,hire_date,status\r\n")
        for i in order:
            chain = ancestors(i) + [i]
            depth = len(chain) - 1
            parts = ["Corp"] + [f"U{c}" for c in chain[1:4]]
            unit = "/".join(parts)
            function = FUNCTIONS[chain[1] % 8] if depth >= 1 else ""
            manager = email[(i - 1) // 8] if i > 0 else ""
            site, country, tz = SITES[(chain[1] if depth >= 1 else 0) % len(SITES)]
            level = max(1, 10 - depth)
            title = '"Engineer, Platform"' if i % 1000 == 7 else ("Manager" if 8 * i + 1 < n else "Specialist")
            hired = start + datetime.timedelta(days=rnd.randrange(5000))
            f.write(f"E{i:07d},{email[i]},Person {i},{title},{unit},{function},{manager},{site},{country},{tz},{level},{hired.isoformat()},active\r\n")
    day0 = datetime.date(2026, 5, 25)
    days = [(day0 + datetime.timedelta(days=d)).isoformat() for d in range(182)]
    with open(os.path.join(a.out, "interactions.csv"), "w", newline="") as f:
        f.write("from_email,to_email,type,occurred_at,count\n")
        lines = []
        for k in range(a.interactions):
            x = rnd.randrange(n)
            # Mostly within the team (siblings under the same manager), some across the organisation.
            if x > 0 and rnd.random() < 0.7:
                parent = (x - 1) // 8
                y = min(n - 1, 8 * parent + 1 + rnd.randrange(8))
            else:
                y = rnd.randrange(n)
            if y == x:
                y = (x + 1) % n
            lines.append(f"{email[x]},{email[y]},{TYPES[k % 6]},{days[rnd.randrange(182)]},{1 + rnd.randrange(5)}\n")
            if len(lines) == 100_000:
                f.writelines(lines)
                lines.clear()
        f.writelines(lines)


if __name__ == "__main__":
    main()
