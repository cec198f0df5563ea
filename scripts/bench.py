#!/usr/bin/env python3
"""Benchmark `plan` on synthetic plans of 1,000, 10,000 and 100,000 tasks, beside Taskwarrior.

    python3 scripts/bench.py [--sizes 1000,10000,100000] [--runs 5] [--no-taskwarrior]
                             [--import-sizes 1000,10000,40000]

Builds the release binary, writes each plan (seven section files, Vietnamese titles, every
deadline kind, a third of the tasks with progress entries) to a temporary directory, then
times `list --unit`, `overdue --as-of`, `check`, `show` and `mark` on it: the median wall time of
--runs runs and the largest peak resident memory of them. The same tasks are imported into
Taskwarrior (Debian: `apt-get install taskwarrior`) and asked the nearest questions
(`task +unit list`, `task overdue`, `task count`, `task ID info`, `task ID annotate`), and the
ratios printed. Start-up on the shipped plan is compared with a Rust hello-world. Then
`plan import` of CSV annexes of --import-sizes rows (seven sections, every task with a lead,
support, a deadline and a budget) into a new plan directory, written and checked. Standard
library only; prints Markdown for BENCHMARKS.md.
"""

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = os.path.join(ROOT, "target", "release", "plan")

UNITS = [
    ("Văn phòng", ["VP"]),
    ("Thanh tra", []),
    ("Phòng Quản lý Khoa học", ["QLKH"]),
    ("Phòng Quản lý Chuyên ngành", ["QLCN"]),
    ("Chi cục TĐC", []),
    ("Trung tâm KH&CN", []),
    ("Tổ kiểm soát TTHC", ["Tổ kiểm soát thủ tục hành chính"]),
    ("Tổ Kiểm tra Công vụ", []),
]
COLLECTIVE = "Các phòng, đơn vị"
TAGS = ["VanPhong", "ThanhTra", "QLKH", "QLCN", "ChiCucTDC", "TrungTam", "ToTTHC", "ToKTCV", "CacPhong"]

VERBS = ["Xây dựng", "Triển khai", "Rà soát", "Kiểm tra", "Tổ chức", "Cập nhật", "Báo cáo", "Công khai"]
OBJECTS = [
    "kế hoạch cải cách hành chính", "danh mục thủ tục hành chính", "quy trình nội bộ",
    "cơ sở dữ liệu ngành khoa học và công nghệ", "tin, bài tuyên truyền về CCHC",
    "văn bản quy phạm pháp luật", "kết quả giải quyết hồ sơ trực tuyến", "quy chế phối hợp",
]
PLACES = [
    "tại Trung tâm Phục vụ Hành chính Công tỉnh", "trên Cổng Dịch vụ công Quốc gia",
    "của các phòng, đơn vị thuộc Sở", "theo quy định của pháp luật", "trên Trang thông tin điện tử của Sở",
]
SECTIONS = [
    ("I", "Công tác chỉ đạo điều hành"), ("II", "Cải cách thể chế"),
    ("III", "Cải cách thủ tục hành chính"), ("IV", "Cải cách tổ chức bộ máy hành chính nhà nước"),
    ("V", "Cải cách tài chính"), ("VI", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
    ("VII", "Tiếp tục triển khai Quyết định số 1364/QĐ-UBND"),
]
# (wording, kind, due for Taskwarrior, period kind for marks)
DEADLINES = [
    ("Quý 1/ 2023", "2023-03-31", None), ("Quý 2/2023", "2023-06-30", None),
    ("Quý III", "2023-09-30", None), ("Tháng 10/2023", "2023-10-31", None),
    ("Năm 2023", "2023-12-31", None), ("Trước ngày 15/12/2023", "2023-12-15", None),
    ("30/6/2023", "2023-06-30", None), ("Thường xuyên", None, None),
    ("Định kỳ quý, năm", "2023-03-31", "quarter"), ("Hằng tháng", "2023-01-31", "month"),
    ("Định kỳ 6 tháng", "2023-06-30", "half"), ("Sau khi có thông báo giao biên chế", None, None),
    ("Theo Kế hoạch số 3989/KH-UBND ngày 21/11/2022", None, None),
]
STATUSES = ["doing", "done", "blocked", "done", "dropped"]


def q(text):
    return json.dumps(text, ensure_ascii=False)


def generate(directory, count, seed=2023):
    """Writes a plan of `count` tasks; returns the records for Taskwarrior."""
    rng = random.Random(seed)
    os.makedirs(directory)
    with open(os.path.join(directory, "plan.toml"), "w", encoding="utf-8") as f:
        f.write('title = "Kế hoạch thử nghiệm"\nyear = 2023\n')
        for name, aliases in UNITS:
            f.write(f"\n[[unit]]\nname = {q(name)}\n")
            if aliases:
                f.write(f"aliases = [{', '.join(q(a) for a in aliases)}]\n")
        members = ", ".join(q(n) for n, _ in UNITS[:6])
        f.write(f"\n[[unit]]\nname = {q(COLLECTIVE)}\nmembers = [{members}]\n")
    names = [n for n, _ in UNITS] + [COLLECTIVE]
    records = []
    per_section = count // len(SECTIONS)
    for index, (section, title) in enumerate(SECTIONS):
        n = per_section if index < len(SECTIONS) - 1 else count - per_section * (len(SECTIONS) - 1)
        lines = [f"id = {q(section)}\ntitle = {q(title)}\n"]
        for k in range(1, n + 1):
            task_id = f"{section}.{k}"
            lead = rng.sample(range(len(names)), rng.choice([1, 1, 1, 2]))
            support = rng.sample(range(len(names)), rng.choice([0, 1, 2]))
            wording, due, every = rng.choice(DEADLINES)
            text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} (nhiệm vụ {k})"
            lines.append(f"\n[[task]]\nid = {q(task_id)}\ntitle = {q(text)}\nlead = [{', '.join(q(names[i]) for i in lead)}]\n")
            if support:
                lines.append(f"support = [{', '.join(q(names[i]) for i in support)}]\n")
            if rng.random() < 0.1:
                lines.append(f"budget = {rng.randrange(1, 100) * 1_000_000}\n")
            lines.append(f"deadline = {q(wording)}\n")
            status = "pending"
            annotations = []
            if k % 3 == 0:
                for entry in range(rng.choice([1, 2, 3])):
                    day = f"2023-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                    state = rng.choice(STATUSES)
                    period = {"quarter": "2023-Q1", "month": "2023-01", "half": "2023-H1"}.get(every)
                    lines.append(f'\n[[task.progress]]\ndate = {day}\nstatus = "{state}"\nnote = "Đã thực hiện lần {entry + 1}"\n')
                    if period:
                        lines.append(f'period = "{period}"\n')
                    annotations.append({"entry": day.replace("-", "") + "T000000Z", "description": f"Đã thực hiện lần {entry + 1}"})
                    status = "completed" if state == "done" else "pending"
            record = {
                "uuid": None,
                "description": text,
                "project": section,
                "tags": sorted({TAGS[i] for i in lead + support}),
                "status": status,
                "entry": "20230101T000000Z",
            }
            if due:
                record["due"] = due.replace("-", "") + "T000000Z"
            if status == "completed":
                record["end"] = "20230701T000000Z"
            if annotations:
                record["annotations"] = annotations
            records.append(record)
        with open(os.path.join(directory, f"{section}.toml"), "w", encoding="utf-8") as f:
            f.write("".join(lines))
    for number, record in enumerate(records):
        record["uuid"] = f"{number:08x}-0000-4000-8000-000000000000"
    return records


TIME = shutil.which("time") or "/usr/bin/time"


def run(command, env=None, cwd=None, memory=True):
    """Wall seconds and peak resident memory (MB) of one run.

    Peak memory is read by GNU time (Debian: `apt-get install time`): a process started from
    Python would count Python's own memory in its peak.
    """
    wrapped = [TIME, "-f", "%M", *command] if memory and os.path.exists(TIME) else command
    start = time.perf_counter()
    process = subprocess.run(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {process.stderr.decode()}")
    if wrapped is command:
        return wall, float("nan")
    return wall, int(process.stderr.decode().split()[-1]) / 1024


def measure(command, runs, env=None, cwd=None, prepare=None, memory=True):
    walls, peaks = [], []
    for _ in range(runs):
        if prepare:
            prepare()
        wall, peak = run(command, env, cwd, memory)
        walls.append(wall)
        peaks.append(peak)
    return statistics.median(walls), max(peaks)


def taskwarrior(directory, records):
    """A Taskwarrior data directory holding `records`; returns the environment to use it."""
    data = os.path.join(directory, "task-data")
    os.makedirs(data)
    rc = os.path.join(directory, "taskrc")
    with open(rc, "w") as f:
        f.write(f"data.location={data}\nconfirmation=off\nverbose=nothing\ngc=off\nhooks=off\n"
                "recurrence=off\ndefaultwidth=0\ncolor=off\njournal.info=off\n")
    env = dict(os.environ, TASKRC=rc)
    path = os.path.join(directory, "tasks.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False)
    with open(path, "rb") as f:
        subprocess.run(["task", "import"], stdin=f, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return env


def hello_world(directory):
    source = os.path.join(directory, "hello.rs")
    with open(source, "w") as f:
        f.write('fn main() { println!("hello"); }\n')
    binary = os.path.join(directory, "hello")
    subprocess.run(["rustc", "-O", "-o", binary, source], check=True)
    return binary


def annex(path, rows):
    """A CSV annex of `rows` rows: seven sections, the rest tasks."""
    random.seed(rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write("STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian hoàn thành;Kinh phí\n")
        per_section = max(1, (rows - 7) // 7)
        written = 0
        for section in ["I", "II", "III", "IV", "V", "VI", "VII"]:
            f.write(f"{section};Nội dung {section};;;;\n")
            written += 1
            for n in range(1, per_section + 1):
                lead, support = random.sample(UNITS, 2)
                f.write(f"{n};Nhiệm vụ số {n} của nội dung {section};{lead[0]};{support[0]};"
                        f"Quý {random.randint(1, 4)}/2023;{random.randint(1, 50)}.000.000\n")
                written += 1
                if written >= rows:
                    return


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-taskwarrior", action="store_true")
    parser.add_argument("--import-sizes", default="1000,10000,40000")
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    use_task = not args.no_taskwarrior and shutil.which("task") is not None

    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}; median of {args.runs} runs, peak RSS of the largest.\n")
    with tempfile.TemporaryDirectory() as scratch:
        hello = hello_world(scratch)
        print("| on the shipped plan | wall (ms) | hello-world (ms) | over hello-world (ms) |\n|---|---:|---:|---:|")
        for name, command in [
            ("list --unit", ["list", "--unit", "Văn phòng", "--as-of", "2023-06-30"]),
            ("overdue", ["overdue", "--as-of", "2023-06-30"]),
            ("check", ["check"]),
            ("show", ["show", "I.2.a", "--as-of", "2023-06-30"]),
        ]:
            # Start-up is timed without GNU time in between, and the two programs take turns: a
            # machine whose load drifts during the runs slows both alike.
            plan_walls, hello_walls = [], []
            for _ in range(50):
                plan_walls.append(run([PLAN, *command], cwd=ROOT, memory=False)[0])
                hello_walls.append(run([hello], memory=False)[0])
            wall, base = statistics.median(plan_walls), statistics.median(hello_walls)
            print(f"| plan {name} | {wall * 1000:.2f} | {base * 1000:.2f} | {(wall - base) * 1000:+.2f} |")
        print()

        header = "| tasks | question | plan wall (s) | plan peak (MB) |"
        rule = "|---:|---|---:|---:|"
        if use_task:
            header += " Taskwarrior wall (s) | Taskwarrior peak (MB) | plan / Taskwarrior |"
            rule += "---:|---:|---:|"
        print(header)
        print(rule)
        for size in [int(s) for s in args.sizes.split(",")]:
            directory = os.path.join(scratch, f"size-{size}")
            os.makedirs(directory)
            plan_dir = os.path.join(directory, "plan")
            records = generate(plan_dir, size)
            pristine = os.path.join(directory, "pristine")
            shutil.copytree(plan_dir, pristine)

            def restore():
                shutil.rmtree(plan_dir)
                shutil.copytree(pristine, plan_dir)

            env = taskwarrior(directory, records) if use_task else None
            questions = [
                ("list --unit", ["list", "--unit", "Văn phòng", "--as-of", "2023-06-30"], ["+VanPhong", "list"], None),
                ("overdue --as-of", ["overdue", "--as-of", "2023-06-30"], ["overdue"], None),
                ("check", ["check"], ["count"], None),
                ("show", ["show", "IV.7", "--as-of", "2023-06-30"], ["7", "info"], None),
                ("mark", ["mark", "IV.7", "done", "--on", "2023-06-30", "--note", "Đã xong"], ["7", "annotate", "Đã xong"], restore),
            ]
            for name, command, task_command, prepare in questions:
                wall, peak = measure([PLAN, "--plan-dir", plan_dir, *command], args.runs, prepare=prepare)
                row = f"| {size:,} | {name} | {wall:.3f} | {peak:.1f} |"
                if use_task:
                    task_wall, task_peak = measure(["task", *task_command], args.runs, env=env)
                    row += f" {task_wall:.3f} | {task_peak:.1f} | {wall / task_wall:.2f} |"
                print(row, flush=True)

        print("\n| annex rows | import wall (s) | import peak (MB) |\n|---:|---:|---:|")
        for rows in [int(s) for s in args.import_sizes.split(",") if s]:
            directory = os.path.join(scratch, f"import-{rows}")
            os.makedirs(directory)
            path = os.path.join(directory, "annex.csv")
            annex(path, rows)
            into = os.path.join(directory, "plan")

            def clean():
                shutil.rmtree(into, ignore_errors=True)

            wall, peak = measure([PLAN, "import", path, "--into", into], args.runs, prepare=clean)
            print(f"| {rows:,} | {wall:.3f} | {peak:.1f} |", flush=True)


if __name__ == "__main__":
    main()
