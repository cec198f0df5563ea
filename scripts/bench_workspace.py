#!/usr/bin/env python3
"""The province's consolidation at scale: a workspace of N member plans (default 150) of about
60 tasks each, each in its own git repository, reported on at once (`plan --workspace …
report`) and one by one (`plan --plan-dir … report` for each member, as a province without a
workspace would). Prints a Markdown table: median wall time of the runs and peak memory.

    python3 scripts/bench_workspace.py [--members 150] [--tasks 60] [--runs 5]
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import generate, measure  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=150)
    parser.add_argument("--tasks", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    plan = os.path.join(ROOT, "target", "release", "plan")
    env = dict(os.environ, GIT_AUTHOR_NAME="b", GIT_AUTHOR_EMAIL="b@b", GIT_COMMITTER_NAME="b", GIT_COMMITTER_EMAIL="b@b")
    with tempfile.TemporaryDirectory() as work:
        lines = ['title = "Tỉnh thử nghiệm"\n']
        for number in range(args.members):
            member = os.path.join(work, f"so-{number:03d}")
            generate(os.path.join(member, "plan"), args.tasks, seed=number)
            for command in (["git", "init", "--quiet"], ["git", "add", "."], ["git", "commit", "--quiet", "-m", "plan"]):
                subprocess.run(command, cwd=member, check=True, env=env)
            lines.append(f'\n[[plan]]\nname = "Sở số {number}"\npath = "so-{number:03d}"\n')
        workspace = os.path.join(work, "tinh.toml")
        with open(workspace, "w", encoding="utf-8") as f:
            f.write("".join(lines))
        together = [plan, "--workspace", workspace, "report", "--quarter", "2", "--format", "json"]
        script = os.path.join(work, "one-by-one.sh")
        with open(script, "w") as f:
            for number in range(args.members):
                f.write(f"{plan} --plan-dir {work}/so-{number:03d}/plan report --quarter 2 --format json > /dev/null\n")
        one_by_one = ["sh", script]
        rows = []
        for name, command in (("workspace report", together), ("member reports one by one", one_by_one)):
            wall, peak = measure(command, args.runs)
            rows.append((name, wall, peak))
        print(f"{args.members} members of {args.tasks} tasks ({args.members * args.tasks} tasks), {os.cpu_count()} cores\n")
        print("| | wall (median) | peak memory |\n|---|---|---|")
        for name, wall, peak in rows:
            print(f"| {name} | {wall:.3f} s | {peak:.0f} MB |")


if __name__ == "__main__":
    main()
