#!/usr/bin/env python3
"""peer.py — bench/checks.cadre as a plain Python script (the standard csv
module, dicts from ids to rows, ISO dates compared as text), the way an
analyst would write it: the benchmark's Python peer. Prints
"check violations unknown" like bench/ref.c. As of 2025-03-31.
usage: peer.py DIR"""
import csv
import os
import sys

AS_OF, TWO_YEARS_BEFORE, WEEK_BEFORE = "2025-03-31", "2023-03-31", "2025-03-24"
HOLDERS = {"asye", "social_worker", "senior_practitioner", "advanced_practitioner"}


def rows(d, name):
    path = os.path.join(d, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(d):
    teams = {t["id"]: {"balanced": t["service"] == "balanced", "holders": 0, "cases": 0,
                       "perm": 0, "miss": 0, "pqe": 0} for t in rows(d, "teams.csv")}
    pods = {p["id"]: {"team": p["team"], "lead": p["lead"], "kind": p["kind"], "holders": 0,
                      "asye": 0, "group": False} for p in rows(d, "pods.csv")}
    staff = {}
    for s in rows(d, "staff.csv"):
        s["in_post"] = s["started"] <= AS_OF and (s["left"] == "" or s["left"] > AS_OF)
        s["open"] = 0
        staff[s["id"]] = s
    open_cases = set()
    for c in rows(d, "cases.csv"):
        if c["opened"] <= AS_OF and (c["closed"] == "" or c["closed"] > AS_OF):
            open_cases.add(c["id"])
            if c["worker"] in staff:
                staff[c["worker"]]["open"] += 1
    workers = {}
    for a in rows(d, "allocations.csv"):
        if a["case"] in open_cases:
            workers.setdefault(a["case"], set()).add(a["worker"])
    for v in rows(d, "supervisions.csv"):
        if v["kind"] == "group" and v["pod"] in pods and WEEK_BEFORE < v["date"] <= AS_OF:
            pods[v["pod"]]["group"] = True

    n = dict.fromkeys(["nqsw", "cap", "avg", "plead", "pcomp", "pcomp2", "alead", "acomp",
                       "cont", "bsize", "bpqe", "group"], 0)
    unknown = 0
    for s in staff.values():
        if not s["in_post"]:
            continue
        holder = s["role"] in HOLDERS
        n["nqsw"] += s["role"] == "asye" and s["open"] > 16
        n["cap"] += holder and s["role"] != "asye" and s["open"] > 20
        pod = pods.get(s["pod"])
        member_of = {s["team"]} | ({pod["team"]} if pod else set())
        for t in member_of:
            if t not in teams:
                continue
            if holder:
                teams[t]["holders"] += 1
                teams[t]["cases"] += s["open"]
            if s["contract"] == "permanent":
                teams[t]["perm"] += 1
                if s["qualified"] == "":
                    teams[t]["miss"] += 1
                elif s["qualified"] < TWO_YEARS_BEFORE:
                    teams[t]["pqe"] += 1
        if pod:
            pod["holders"] += holder
            pod["asye"] += s["role"] == "asye"
    for t in teams.values():
        n["avg"] += t["holders"] > 0 and t["cases"] > 17 * t["holders"]
        if t["balanced"]:
            n["bsize"] += t["perm"] != 8
            if t["miss"]:
                unknown += 1
            else:
                n["bpqe"] += t["pqe"] < 5
    for p in pods.values():
        lead = staff.get(p["lead"])
        if p["kind"] == "practice":
            n["plead"] += lead is None or lead["role"] != "practice_manager"
            n["pcomp"] += p["holders"] != 4
            n["pcomp2"] += p["asye"] > 1
        elif p["kind"] == "asye":
            n["alead"] += lead is None or lead["role"] != "aspiring_manager"
            n["acomp"] += p["asye"] != 4
        n["group"] += not p["group"]
    n["cont"] = sum(len(w) > 2 for w in workers.values())
    names = ["caseload.nqsw_cap", "caseload.cap", "caseload.team_average", "pod.practice.lead",
             "pod.practice.composition", "pod.practice.composition_2", "pod.asye.lead",
             "pod.asye.composition", "continuity", "balanced_size", "balanced_pqe", "group_supervision"]
    for name, k in zip(names, n):
        print(name, int(n[k]), unknown if k == "bpqe" else 0)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: peer.py DIR")
    main(sys.argv[1])
