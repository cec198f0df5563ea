#!/usr/bin/env python3
"""How well `plan import` reads annexes whose plans were worked out by hand: for each annex in a
directory with its NAME.expected (the format of scripts/import_corpus.py), the share of plans
imported and accepted by `plan list`, of tasks found (id, title, heading) and of tasks read that
the plan has not, of lead and support, of deadlines kept and read, of products, funding and
budgets, and of sections.

    python3 scripts/measure_import.py [--plan target/debug/plan] [--each] DIR [NAME ...]

`--each` also names every annex not read wholly right, with what it missed.

DIR is tests/fixtures/import/corpus, or a directory of real annexes kept to measure with. An
annex its expected plan says is refused (`R`) is read with the arguments of its `A` line, or
left out of the measure when it has none.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTRAS = ("product", "funding", "budget")


def expected(path):
    """The year, sections {id: title}, tasks {id: fields} and retry arguments of an .expected."""
    lines = open(path, encoding="utf-8").read().splitlines()
    year = lines[0].split()[1]
    sections, tasks, retry = {}, {}, None
    for line in lines[1:]:
        kind, rest = line[0], line[1:]
        cells = [c.strip() for c in rest.split("|")]
        if kind == "A":
            retry = rest.split()
        elif kind == "R" and retry is None:
            retry = []
        elif kind == "S":
            sections[cells[0]] = cells[1]
        elif kind == "H":
            tasks[cells[0]] = {"title": cells[1], "heading": True}
        elif kind == "T":
            task = dict(zip(("title", "lead", "support", "deadline", "due"), cells[1:6]), heading=False)
            for pair in (cells[6] if len(cells) > 6 else "").split(" ; "):
                if "=" in pair:
                    key, value = pair.split("=", 1)
                    task[key.strip()] = value.strip()
            tasks[cells[0]] = task
    return year, sections, tasks, retry


def read(plan, annex, year, retry):
    """The tasks `plan list` gives of the imported annex and its sections, or None."""
    work = tempfile.mkdtemp()
    try:
        shutil.copy(annex, work)
        run = lambda *args: subprocess.run([plan, *args], cwd=work, capture_output=True, text=True)
        if run("--lang", "en", "import", os.path.basename(annex), "--into", "plan", "--year", year, *(retry or [])).returncode:
            return None
        listed = run("list", "--format", "json", f"--as-of={year}-01-01")
        if listed.returncode:
            return None
        sections = {}
        for path in glob.glob(os.path.join(work, "plan", "*.toml")):
            if os.path.basename(path) != "plan.toml":
                with open(path, "rb") as f:
                    table = tomllib.load(f)
                sections[table["id"]] = table["title"]
        return {t["id"]: t for t in json.loads(listed.stdout)}, sections
    finally:
        shutil.rmtree(work)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plan", default=os.path.join(ROOT, "target", "debug", "plan"))
    parser.add_argument("--each", action="store_true", help="name each annex not read wholly right")
    parser.add_argument("dir")
    parser.add_argument("names", nargs="*", help="the layouts to measure (default: every NAME.expected)")
    args = parser.parse_args()
    plan = os.path.abspath(args.plan)
    names = args.names or sorted(os.path.basename(p)[: -len(".expected")] for p in glob.glob(os.path.join(args.dir, "*.expected")))
    count = dict.fromkeys(("plans", "listed", "tasks", "found", "extra", "read", "units", "units_ok", "deadlines", "deadlines_ok", "extras", "extras_ok", "sections", "sections_ok"), 0)
    for name in names:
        year, sections, tasks, retry = expected(os.path.join(args.dir, f"{name}.expected"))
        if retry == []:
            continue
        for annex in sorted(glob.glob(os.path.join(args.dir, f"{name}.*"))):
            if annex.endswith(".expected"):
                continue
            before = dict(count)
            missed = []
            count["plans"] += 1
            count["tasks"] += len(tasks)
            count["sections"] += len(sections)
            own = [t for t in tasks.values() if not t["heading"]]
            count["units"] += len(own)
            count["deadlines"] += len(own)
            count["extras"] += sum(key in t for t in own for key in EXTRAS)
            result = read(plan, annex, year, retry)
            if result is None:
                if args.each:
                    print(f"{os.path.basename(annex)}: not imported, or refused by `plan list`")
                continue
            listed, found_sections = result
            count["listed"] += 1
            # Tasks read that the plan has not (a table of targets read as tasks, say).
            extra = [id for id in listed if id not in tasks]
            count["extra"] += len(extra)
            count["read"] += len(listed)
            missed += [f"{id} read, not in the plan" for id in extra]
            count["sections_ok"] += sum(found_sections.get(i) == title for i, title in sections.items())
            for id, task in tasks.items():
                got = listed.get(id)
                if not got or got["title"] != task["title"] or got["heading"] != task["heading"]:
                    missed.append(f"{id} not found" + (f" (title `{got['title']}`)" if got else ""))
                    continue
                count["found"] += 1
                if task["heading"]:
                    continue
                lead, support = "; ".join(got["lead"]), "; ".join(got["support"])
                units_ok = lead == task["lead"] and support == task["support"]
                count["units_ok"] += units_ok
                if not units_ok:
                    missed.append(f"{id} units `{lead}` | `{support}`")
                due = got["due"] if got.get("kind") == "dated" else (got.get("kind") or "none")
                deadline_ok = (got.get("deadline") or "") == task["deadline"] and due == task["due"]
                count["deadlines_ok"] += deadline_ok
                if not deadline_ok:
                    missed.append(f"{id} deadline `{got.get('deadline') or ''}` due {due}")
                for key in EXTRAS:
                    if key in task:
                        value = got.get(key)
                        value = "" if value is None else str(value)
                        count["extras_ok"] += value == task[key]
                        if value != task[key]:
                            missed.append(f"{id} {key} `{value}`")
            missed += [f"section {i} not found" for i, title in sections.items() if found_sections.get(i) != title]
            if args.each and missed:
                shown = "; ".join(missed[:6]) + (f"; … {len(missed) - 6} more" if len(missed) > 6 else "")
                print(f"{os.path.basename(annex)}: {shown}")
    share = lambda done, of: f"{100 * done / of:.1f} % ({done}/{of})" if of else "–"
    print(f"{count['plans']} annexes")
    print(f"| measure | share |\n|---|---|")
    for label, done, of in (
        ("plans imported and accepted by `plan list`", "listed", "plans"),
        ("tasks found", "found", "tasks"),
        ("tasks read that the plan has not (fewer is better)", "extra", "read"),
        ("lead and support", "units_ok", "units"),
        ("deadline kept and read", "deadlines_ok", "deadlines"),
        ("product, funding, budget", "extras_ok", "extras"),
        ("sections", "sections_ok", "sections"),
    ):
        print(f"| {label} | {share(count[done], count[of])} |")


if __name__ == "__main__":
    main()
