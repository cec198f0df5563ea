//! Units that change mid-year: the shipped plan with its two management divisions merged on
//! 01/07/2023 into one, "Phòng Quản lý Khoa học và Công nghệ" (a reorganisation written for
//! these tests). Every expected owner is worked out from `plan/*.toml`: Phòng Quản lý Khoa học
//! leads III.5.a, III.5.b, VI.2 and VI.3 (continuous, with Phòng Quản lý Chuyên ngành and Chi
//! cục TĐC); Phòng Quản lý Chuyên ngành leads those four, III.6 (its deadline is another
//! plan's) and VII.1 (due 31/12/2023), and supports I.2.a.
use super::common;

use common::{ok, run_plan};

use std::fs;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

const NEW: &str = "Phòng Quản lý Khoa học và Công nghệ";

/// The shipped plan with the merger written into `plan.toml`.
fn merged() -> TempDir {
    let root = common::shipped_plan();
    let path = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace(
            "aliases = [\"QLKH\"]\n",
            &format!("aliases = [\"QLKH\"]\nuntil = 2023-06-30\nsuccessor = \"{NEW}\"\n"),
        )
        .replace(
            "aliases = [\"QLCN\"]\n",
            &format!("aliases = [\"QLCN\"]\nuntil = 2023-06-30\nsuccessor = \"{NEW}\"\n"),
        );
    let text = format!(
        "{text}\n[[unit]]\nname = \"{NEW}\"\nfrom = 2023-07-01\ndoc = \"Quyết định số 45/QĐ-SKHCN ngày 20/06/2023\"\n"
    );
    fs::write(&path, text).unwrap();
    root
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["--lang", "en"];
    all.extend(args);
    all.extend(["--format", "json"]);
    serde_json::from_str(&ok(dir, &all)).unwrap()
}

/// The ids of a list, each with the `now` or `taken_from` of its row.
fn rows(list: &Value, key: &str) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let said = t[key].as_str().unwrap_or_default().to_string();
            (t["id"].as_str().unwrap().to_string(), said)
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn after_the_merger_the_successor_owes_the_work_and_the_old_name_says_who_does() {
    let root = merged();
    let dir = root.path();
    let lead = ["list", "--role", "lead", "--unit"];
    // From 01/07 the new division owes what each of the two led, and says whose it was; it
    // belongs to "Các phòng, đơn vị" as they did, so it owes that collective's work too.
    let after = json(dir, &[&lead[..], &[NEW, "--as-of", "2023-08-01"]].concat());
    assert_eq!(
        rows(&after, "via"),
        pairs(&[
            ("I.2", ""),
            ("I.2.c", "Các phòng, đơn vị"),
            ("II.1", "Các phòng, đơn vị"),
            ("III.5", ""),
            ("III.5.a", ""),
            ("III.5.b", ""),
            ("III.6", ""),
            ("VI.2", ""),
            ("VI.3", ""),
            ("VI.4", "Các phòng, đơn vị"),
            ("VII.1", ""),
        ])
    );
    let taken: Vec<(String, String)> = rows(&after, "taken_from")
        .into_iter()
        .filter(|(_, from)| !from.is_empty())
        .collect();
    assert_eq!(
        taken,
        pairs(&[
            ("III.5.a", "Phòng Quản lý Khoa học"),
            ("III.5.b", "Phòng Quản lý Khoa học"),
            ("III.6", "Phòng Quản lý Chuyên ngành"),
            ("VI.2", "Phòng Quản lý Khoa học"),
            ("VI.3", "Phòng Quản lý Khoa học"),
            ("VII.1", "Phòng Quản lý Chuyên ngành"),
        ])
    );
    // Before it, it owes nothing.
    let before = json(dir, &[&lead[..], &[NEW, "--as-of", "2023-06-15"]].concat());
    assert_eq!(before.as_array().unwrap().len(), 0);
    // The old name still finds its tasks, and after its end says who owes them now (and no
    // longer the collective's).
    let old = json(
        dir,
        &[
            &lead[..],
            &["Phòng Quản lý Chuyên ngành", "--as-of", "2023-08-01"],
        ]
        .concat(),
    );
    let now: Vec<(String, String)> = [
        "III.5", "III.5.a", "III.5.b", "III.6", "VI.2", "VI.3", "VII.1",
    ]
    .iter()
    .map(|id| {
        (
            id.to_string(),
            if *id == "III.5" {
                String::new()
            } else {
                NEW.to_string()
            },
        )
    })
    .collect();
    assert_eq!(rows(&old, "now"), now);
    let old_before = json(
        dir,
        &[
            &lead[..],
            &["Phòng Quản lý Chuyên ngành", "--as-of", "2023-06-15"],
        ]
        .concat(),
    );
    assert!(
        rows(&old_before, "now")
            .iter()
            .all(|(_, now)| now.is_empty())
    );
    // Before its end it is still one of "Các phòng, đơn vị": the collective's tasks too.
    assert_eq!(old_before.as_array().unwrap().len(), 11);
    // As support: what either supported passes to it too (I.2.a from QLCN; III.1–III.4,
    // which name both, from the first named), besides the collective's.
    let support = json(
        dir,
        &[
            "list",
            "--role",
            "support",
            "--unit",
            NEW,
            "--as-of",
            "2023-08-01",
        ],
    );
    let taken: Vec<(String, String)> = rows(&support, "taken_from")
        .into_iter()
        .filter(|(_, from)| !from.is_empty())
        .collect();
    assert_eq!(
        taken,
        pairs(&[
            ("I.2.a", "Phòng Quản lý Chuyên ngành"),
            ("III.1", "Phòng Quản lý Khoa học"),
            ("III.2", "Phòng Quản lý Khoa học"),
            ("III.3", "Phòng Quản lý Khoa học"),
            ("III.4", "Phòng Quản lý Khoa học"),
        ])
    );
    // The table says it in words.
    let table = ok(
        dir,
        &[
            "--lang",
            "en",
            "list",
            "--role",
            "lead",
            "--unit",
            "Phòng Quản lý Chuyên ngành",
            "--as-of",
            "2023-08-01",
            "--format",
            "markdown",
        ],
    );
    assert!(table.contains(&format!("| lead (now: {NEW}) |")), "{table}");
}

#[test]
fn overdue_summary_and_reports_count_each_task_under_who_owes_it() {
    let root = merged();
    let dir = root.path();
    // VII.1, due 31/12/2023, is the new division's when overdue in January, as are the
    // collective's I.2.c and II.1.
    let late = json(
        dir,
        &[
            "overdue",
            "--as-of",
            "2024-01-10",
            "--role",
            "lead",
            "--unit",
            NEW,
        ],
    );
    assert_eq!(
        rows(&late, "taken_from"),
        pairs(&[
            ("I.2.c", ""),
            ("II.1", ""),
            ("VII.1", "Phòng Quản lý Chuyên ngành")
        ])
    );
    // The old division, asked after its end, owes none of the collective's.
    let old = json(
        dir,
        &[
            "overdue",
            "--as-of",
            "2024-01-10",
            "--role",
            "lead",
            "--unit",
            "Phòng Quản lý Chuyên ngành",
        ],
    );
    assert_eq!(rows(&old, "now"), pairs(&[("VII.1", NEW)]));
    // The summary counts by who owes on the day: before the merger the two old divisions
    // (four continuous tasks each; QLCN also VII.1 and III.6), after it the new one alone.
    let lead_rows = |day: &str| -> Vec<(String, u64, u64)> {
        json(dir, &["summary", "--as-of", day])
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["role"] == "lead" && r["group"].as_str().unwrap().starts_with("Phòng"))
            .map(|r| {
                (
                    r["group"].as_str().unwrap().to_string(),
                    r["tasks"].as_u64().unwrap(),
                    r["continuous"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let before = lead_rows("2023-06-15");
    assert_eq!(before.len(), 2, "{before:?}");
    assert_eq!(
        (before[0].0.as_str(), before[0].2),
        ("Phòng Quản lý Khoa học", 4)
    );
    assert_eq!(
        (before[1].0.as_str(), before[1].2),
        ("Phòng Quản lý Chuyên ngành", 4)
    );
    let after = lead_rows("2023-08-01");
    assert_eq!(after.len(), 1, "{after:?}");
    assert_eq!(
        (after[0].0.as_str(), after[0].1, after[0].2),
        (NEW, before[1].1, 4)
    );
    // The 6-month report (cut-off 14/06) names the units as they were; the year's (cut-off
    // 14/12) the new division, with those it took over from, and counts VII.1 under it.
    let half = ok(dir, &["report", "--half", "1"]);
    assert!(
        half.contains("(Đơn vị chủ trì: Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành; Chi cục TĐC; thời hạn: Thường xuyên)"),
        "{half}"
    );
    let year = ok(dir, &["report", "--year"]);
    assert!(
        year.contains(&format!("(Đơn vị chủ trì: {NEW} (trước đây: Phòng Quản lý Khoa học, Phòng Quản lý Chuyên ngành); Chi cục TĐC; thời hạn: Thường xuyên)")),
        "{year}"
    );
    assert!(
        year.contains("- VII.1. ") && year.contains(&format!("(Đơn vị chủ trì: {NEW} (trước đây: Phòng Quản lý Chuyên ngành); thời hạn: 31/12/2023)")),
        "{year}"
    );
    assert!(
        year.contains(&format!("| {NEW} (trước đây: Phòng Quản lý Khoa học, đến 30/06/2023; Phòng Quản lý Chuyên ngành, đến 30/06/2023) |")),
        "{year}"
    );
    let data = json(dir, &["report", "--year"]);
    let row = data["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == NEW)
        .unwrap();
    assert_eq!(row["not_yet_due"], 1); // VII.1, due after the cut-off.
    let old = data["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == "Phòng Quản lý Chuyên ngành")
        .unwrap();
    assert_eq!(old["not_yet_due"], 0);
}

#[test]
fn check_refuses_a_life_that_cannot_be() {
    for (change, said) in [
        (
            "until = 2023-06-30\nsuccessor = \"Phòng Không Có\"\n",
            "the successor `Phòng Không Có` is not a unit of the plan",
        ),
        (
            "until = 2023-06-30\nfrom = 2023-07-01\n",
            "ends (2023-06-30) before it begins (2023-07-01)",
        ),
        (
            "until = 2023-06-30\nsuccessor = \"Phòng Quản lý Khoa học\"\n",
            "cannot succeed itself",
        ),
    ] {
        let root = common::shipped_plan();
        let path = root.path().join("plan/plan.toml");
        let text = fs::read_to_string(&path).unwrap().replace(
            "aliases = [\"QLKH\"]\n",
            &format!("aliases = [\"QLKH\"]\n{change}"),
        );
        fs::write(&path, text).unwrap();
        let (code, _, err) = run_plan(root.path(), &["--lang", "en", "check"]);
        assert_eq!(code, 1, "{change}");
        assert!(err.contains(said), "{change}: {err}");
    }
    // Two units each naming the other.
    let root = common::shipped_plan();
    let path = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace(
            "aliases = [\"QLKH\"]\n",
            "aliases = [\"QLKH\"]\nuntil = 2023-06-30\nsuccessor = \"QLCN\"\n",
        )
        .replace(
            "aliases = [\"QLCN\"]\n",
            "aliases = [\"QLCN\"]\nuntil = 2023-06-30\nsuccessor = \"QLKH\"\n",
        );
    fs::write(&path, text).unwrap();
    let (code, _, err) = run_plan(root.path(), &["--lang", "en", "check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("lead back to it: Phòng Quản lý Khoa học → Phòng Quản lý Chuyên ngành"),
        "{err}"
    );
    // Progress on VII.1 (QLCN's alone) after QLCN ended with nobody to take over.
    let root = common::shipped_plan();
    let path = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&path).unwrap().replace(
        "aliases = [\"QLCN\"]\n",
        "aliases = [\"QLCN\"]\nuntil = 2023-06-30\n",
    );
    fs::write(&path, text).unwrap();
    let (code, _, _) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0);
    let (code, _, err) = run_plan(
        root.path(),
        &[
            "--lang",
            "en",
            "mark",
            "VII.1",
            "doing",
            "--on",
            "2023-07-05",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "`VII.1` has progress on 2023-07-05, after every unit leading it had ended (2023-06-30)"
        ),
        "{err}"
    );
    let (code, _, _) = run_plan(
        root.path(),
        &["mark", "VII.1", "doing", "--on", "2023-06-20"],
    );
    assert_eq!(code, 0);
}

#[test]
fn unit_merge_and_rename_record_the_change_in_plan_toml() {
    let root = common::shipped_plan();
    let dir = root.path();
    let path = dir.join("plan/plan.toml");
    let before = fs::read_to_string(&path).unwrap();
    let merge = [
        "--lang",
        "en",
        "unit",
        "merge",
        "QLKH",
        "QLCN",
        "--into",
        NEW,
        "--on",
        "2023-07-01",
        "--doc",
        "Quyết định số 45/QĐ-SKHCN ngày 20/06/2023",
    ];
    // A dry run says what moves (VII.1, QLCN's, among them) and writes nothing.
    let said = ok(dir, &[&merge[..], &["--dry-run"]].concat());
    assert!(
        said.contains(&format!(
            "VII.1 (lead): Phòng Quản lý Chuyên ngành → {NEW}\n"
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "I.2.a (support): Phòng Quản lý Chuyên ngành → {NEW}\n"
        )),
        "{said}"
    );
    assert!(said.ends_with("(dry run: nothing written)\n"), "{said}");
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
    let said = ok(dir, &merge);
    assert!(said.ends_with(&format!("`Phòng Quản lý Khoa học`, `Phòng Quản lý Chuyên ngành` become `{NEW}` from 2023-07-01 (plan/plan.toml)\n")), "{said}");
    // Each merged unit ends the day before and names its successor; the new unit begins that
    // day; everything else, comments included, is as it was.
    let after = fs::read_to_string(&path).unwrap();
    let expected = before
        .replace(
            "aliases = [\"QLKH\"]\n",
            &format!("aliases = [\"QLKH\"]\nuntil = 2023-06-30\nsuccessor = \"{NEW}\"\n"),
        )
        .replace(
            "aliases = [\"QLCN\"]\n",
            &format!("aliases = [\"QLCN\"]\nuntil = 2023-06-30\nsuccessor = \"{NEW}\"\n"),
        );
    assert_eq!(
        after,
        format!(
            "{expected}\n[[unit]]\nname = \"{NEW}\"\nfrom = 2023-07-01\ndoc = \"Quyết định số 45/QĐ-SKHCN ngày 20/06/2023\"\n"
        )
    );
    // The plan then reads as the merger of the tests above: VII.1 is the new division's.
    let list = json(
        dir,
        &[
            "list",
            "--role",
            "lead",
            "--unit",
            NEW,
            "--as-of",
            "2023-08-01",
        ],
    );
    assert!(rows(&list, "taken_from").contains(&(
        "VII.1".to_string(),
        "Phòng Quản lý Chuyên ngành".to_string()
    )));
    // Refused, and nothing written: a unit that already ended, a new name already a unit,
    // a collective unit, a day outside the plan, a merge into one of the merged.
    let written = fs::read_to_string(&path).unwrap();
    for (args, said) in [
        (
            &["unit", "rename", "QLKH", "X", "--on", "2023-09-01"][..],
            "`Phòng Quản lý Khoa học` already ended on 2023-06-30",
        ),
        (
            &[
                "unit",
                "rename",
                "Văn phòng",
                "Thanh tra Sở",
                "--on",
                "2023-09-01",
            ],
            "`Thanh tra Sở` is already a unit of the plan",
        ),
        (
            &[
                "unit",
                "rename",
                "Các phòng, đơn vị",
                "Y",
                "--on",
                "2023-09-01",
            ],
            "is a collective unit",
        ),
        (
            &["unit", "rename", "Văn phòng", "Y", "--on", "2030-01-01"],
            "2030-01-01 is not in the plan's 2023",
        ),
        (
            &[
                "unit",
                "merge",
                "Văn phòng",
                "Thanh tra",
                "--into",
                "Văn phòng",
                "--on",
                "2023-09-01",
            ],
            "`Văn phòng` cannot take over from itself",
        ),
        (
            &[
                "unit",
                "rename",
                "Phòng Không Có",
                "Y",
                "--on",
                "2023-09-01",
            ],
            "unknown unit `Phòng Không Có`",
        ),
        (
            &["unit", "rename", "Thanh tra", " ", "--on", "2023-09-01"],
            "is not a name a unit can have",
        ),
        (
            &[
                "unit",
                "merge",
                "Thanh tra",
                "--into",
                "",
                "--on",
                "2023-09-01",
            ],
            "is not a name a unit can have",
        ),
        (
            &[
                "unit",
                "merge",
                "Thanh tra",
                "--into",
                "Các phòng, đơn vị",
                "--on",
                "2023-09-01",
            ],
            "`Các phòng, đơn vị` is a collective unit, which owes no task of its own",
        ),
    ] {
        let mut all = vec!["--lang", "en"];
        all.extend(args);
        let (code, _, err) = run_plan(dir, &all);
        assert_eq!(code, 1, "{args:?}");
        assert!(err.contains(said), "{args:?}: {err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), written);
    }
    // A rename: Thanh tra becomes "Thanh tra Sở Khoa học và Công nghệ" from 01/09.
    let said = ok(
        dir,
        &[
            "--lang",
            "en",
            "unit",
            "rename",
            "Thanh tra",
            "Thanh tra Sở Khoa học và Công nghệ",
            "--on",
            "2023-09-01",
        ],
    );
    assert!(
        said.ends_with(
            "`Thanh tra` is `Thanh tra Sở Khoa học và Công nghệ` from 2023-09-01 (plan/plan.toml)\n"
        ),
        "{said}"
    );
    let late = json(
        dir,
        &[
            "overdue",
            "--as-of",
            "2023-09-05",
            "--role",
            "lead",
            "--unit",
            "Thanh tra Sở Khoa học và Công nghệ",
        ],
    );
    assert_eq!(
        rows(&late, "taken_from"),
        pairs(&[
            ("II.2", "Thanh tra"),
            ("II.3", "Thanh tra"),
            ("II.4", "Thanh tra")
        ])
    );
}

#[test]
fn a_supplement_is_added_as_a_new_part_and_cited_by_the_report() {
    let root = common::shipped_plan();
    let dir = root.path();
    let before: Vec<(String, Vec<u8>)> = ["I", "II", "III", "IV", "V", "VI", "VII"]
        .iter()
        .map(|s| {
            (
                s.to_string(),
                fs::read(dir.join(format!("plan/{s}.toml"))).unwrap(),
            )
        })
        .collect();
    // A second-half plan: one section, a task for Văn phòng and one for a unit the plan lacks.
    fs::write(
        dir.join("bo-sung.csv"),
        "STT,Nội dung công việc,Cơ quan chủ trì,Thời gian hoàn thành\nI,Công tác chỉ đạo điều hành (bổ sung),,\n1,Xây dựng Kế hoạch chuyển đổi số 6 tháng cuối năm,Văn phòng,Quý 3/2023\n2,Rà soát thủ tục hành chính lĩnh vực công nghệ,Phòng Quản lý Công nghệ,Quý 4/2023\n",
    )
    .unwrap();
    let add = [
        "--lang",
        "en",
        "import",
        "bo-sung.csv",
        "--add-to",
        "plan",
        "--document",
        "Kế hoạch số 30/KH-KHCN ngày 15/06/2023",
    ];
    let said = ok(dir, &[&add[..], &["--dry-run"]].concat());
    assert!(said.ends_with("(dry run: nothing written)\n"), "{said}");
    assert!(!dir.join("plan/B.I.toml").exists());
    let said = ok(dir, &add);
    assert_eq!(
        said,
        "2 tasks in 1 sections (B.I.toml) and 1 units added to plan/\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("plan/B.I.toml")).unwrap(),
        "id = \"B.I\"\ntitle = \"Công tác chỉ đạo điều hành (bổ sung)\"\ndocument = \"Kế hoạch số 30/KH-KHCN ngày 15/06/2023\"\n\n[[task]]\nid = \"B.I.1\"\ntitle = \"Xây dựng Kế hoạch chuyển đổi số 6 tháng cuối năm\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 3/2023\"\n\n[[task]]\nid = \"B.I.2\"\ntitle = \"Rà soát thủ tục hành chính lĩnh vực công nghệ\"\nlead = [\"Phòng Quản lý Công nghệ\"]\ndeadline = \"Quý 4/2023\"\n"
    );
    assert!(
        fs::read_to_string(dir.join("plan/plan.toml"))
            .unwrap()
            .ends_with("\n[[unit]]\nname = \"Phòng Quản lý Công nghệ\"\n")
    );
    for (name, bytes) in &before {
        assert_eq!(
            &fs::read(dir.join(format!("plan/{name}.toml"))).unwrap(),
            bytes,
            "{name}"
        );
    }
    // The year's report counts them and cites both documents.
    let year = ok(dir, &["report", "--year"]);
    assert!(year.contains("Thực hiện Kế hoạch số 12/KH-KHCN ngày 31/01/2023 của Sở Khoa học và Công nghệ tỉnh Tây Ninh (bổ sung theo Kế hoạch số 30/KH-KHCN ngày 15/06/2023) về"), "{year}");
    assert!(year.contains("- B.I.1. Xây dựng Kế hoạch chuyển đổi số 6 tháng cuối năm (Đơn vị chủ trì: Văn phòng; thời hạn: 30/09/2023)"), "{year}");
    // The same supplement again is refused; another goes under the next letter.
    let before = fs::read_dir(dir.join("plan")).unwrap().count();
    let (code, _, err) = run_plan(dir, &add);
    assert_eq!(code, 1);
    assert!(
        err.contains("`Kế hoạch số 30/KH-KHCN ngày 15/06/2023` is in the plan already (section B.I), so nothing was added"),
        "{err}"
    );
    assert_eq!(fs::read_dir(dir.join("plan")).unwrap().count(), before);
    let mut second = add;
    second[7] = "Kế hoạch số 41/KH-KHCN ngày 01/09/2023";
    let said = ok(dir, &second);
    assert!(
        said.starts_with("2 tasks in 1 sections (C.I.toml)"),
        "{said}"
    );
    // `--document` on one line; `--into` and `--year` are for a new plan, not a supplement.
    for (extra, said) in [
        (
            &["--document", " "][..],
            "must name the supplement's document on one line",
        ),
        (
            &["--document", "Kế hoạch\nsố 5"],
            "must name the supplement's document on one line",
        ),
        (&["--into", "other"], "cannot be used with"),
        (&["--year", "2024"], "cannot be used with"),
    ] {
        let mut args = vec!["--lang", "en", "import", "bo-sung.csv", "--add-to", "plan"];
        args.extend(extra);
        let (code, _, err) = run_plan(dir, &args);
        assert_eq!(
            code,
            if said == "cannot be used with" { 2 } else { 1 },
            "{extra:?}: {err}"
        );
        assert!(err.contains(said), "{extra:?}: {err}");
    }
    // A plan directory that is none is refused.
    let (code, _, err) = run_plan(
        dir,
        &[
            "--lang",
            "en",
            "import",
            "bo-sung.csv",
            "--add-to",
            "nowhere",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("holds no `plan.toml`"), "{err}");
}

#[test]
fn two_departments_plans_are_made_one_each_a_part_with_its_history() {
    let root = TempDir::new().unwrap();
    let dir = root.path();
    let copy = |name: &str| {
        let plan = common::shipped_plan();
        fs::create_dir(dir.join(name)).unwrap();
        for entry in fs::read_dir(plan.path().join("plan")).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, dir.join(name).join(path.file_name().unwrap())).unwrap();
        }
    };
    copy("khcn");
    copy("tttt");
    // The second department's plan: its own document, and "Thanh tra" written in capitals with
    // an alias of its own.
    let head = dir.join("tttt/plan.toml");
    let text = fs::read_to_string(&head)
        .unwrap()
        .replace(
            "Kế hoạch số 12/KH-KHCN ngày 31/01/2023",
            "Kế hoạch số 20/KH-STTTT ngày 05/02/2023",
        )
        .replace(
            "name = \"Thanh tra\"\naliases = [\"Thanh tra Sở\"]",
            "name = \"THANH TRA\"\naliases = [\"Thanh tra Sở TTTT\"]",
        );
    fs::write(&head, text).unwrap();
    ok(
        dir,
        &[
            "--plan-dir",
            "khcn",
            "mark",
            "I.1",
            "done",
            "--on",
            "2023-04-05",
        ],
    );
    let said = ok(
        dir,
        &[
            "--lang",
            "en",
            "merge-plans",
            "khcn",
            "tttt",
            "--into",
            "so-moi",
            "--title",
            "Kế hoạch CCHC năm 2023 của Sở Khoa học và Công nghệ (sau hợp nhất)",
        ],
    );
    assert_eq!(
        said,
        "merged 2 plans into so-moi/: 14 sections, 74 tasks, 9 units\n"
    );
    // Each part keeps its document, and its history.
    let first = fs::read_to_string(dir.join("so-moi/A.I.toml")).unwrap();
    assert!(first.starts_with("id = \"A.I\"\ntitle = \"Công tác chỉ đạo điều hành\"\ndocument = \"Kế hoạch số 12/KH-KHCN ngày 31/01/2023\"\n"), "{first}");
    assert!(
        first.contains("id = \"A.I.1\"") && first.contains("date = 2023-04-05\nstatus = \"done\""),
        "{first}"
    );
    let second = fs::read_to_string(dir.join("so-moi/B.II.toml")).unwrap();
    assert!(
        second.contains("document = \"Kế hoạch số 20/KH-STTTT ngày 05/02/2023\""),
        "{second}"
    );
    assert!(
        second.contains(
            "id = \"B.II.2\"\ntitle = \"Xây dựng và triển khai thực hiện Kế hoạch tự kiểm tra"
        ),
        "{second}"
    );
    // One "Thanh tra", with both plans' aliases.
    let merged = fs::read_to_string(dir.join("so-moi/plan.toml")).unwrap();
    assert!(
        merged.contains(
            "name = \"Thanh tra\"\naliases = [\"Thanh tra Sở\", \"Thanh tra Sở TTTT\"]\n"
        ),
        "{merged}"
    );
    assert_eq!(merged.matches("[[unit]]").count(), 9);
    let thanh_tra = json(
        dir,
        &[
            "--plan-dir",
            "so-moi",
            "list",
            "--role",
            "lead",
            "--direct",
            "--unit",
            "Thanh tra",
            "--as-of",
            "2023-06-30",
        ],
    );
    let ids: Vec<String> = rows(&thanh_tra, "id")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(
        ids,
        ["A.II.2", "A.II.3", "A.II.4", "B.II.2", "B.II.3", "B.II.4"]
    );
    let year = ok(dir, &["--plan-dir", "so-moi", "report", "--year"]);
    assert!(year.contains("Thực hiện Kế hoạch số 12/KH-KHCN ngày 31/01/2023 và Kế hoạch số 20/KH-STTTT ngày 05/02/2023 về CCHC năm 2023 của Sở"), "{year}");
    // Refused, nothing made: into a directory that is not empty, plans of different years, a
    // plan already in parts.
    let (code, _, err) = run_plan(
        dir,
        &[
            "--lang",
            "en",
            "merge-plans",
            "khcn",
            "tttt",
            "--into",
            "khcn",
        ],
    );
    assert_eq!(code, 1, "{err}");
    let text = fs::read_to_string(&head)
        .unwrap()
        .replace("year = 2023", "year = 2024");
    fs::write(&head, text).unwrap();
    let (code, _, err) = run_plan(
        dir,
        &[
            "--lang",
            "en",
            "merge-plans",
            "khcn",
            "tttt",
            "--into",
            "other",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("the plans are of different years (2023 and 2024)"),
        "{err}"
    );
    assert!(!dir.join("other").exists());
    let (code, _, err) = run_plan(
        dir,
        &[
            "--lang",
            "en",
            "merge-plans",
            "so-moi",
            "khcn",
            "--into",
            "other",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("a plan already in parts cannot be merged again"),
        "{err}"
    );
}

#[test]
fn a_tasks_own_successor_splits_a_units_work() {
    let root = merged();
    let dir = root.path();
    // VII.1 (QLCN's) goes to Văn phòng, not to the new division.
    let path = dir.join("plan/VII.toml");
    let text = fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "lead = [\"Phòng Quản lý Chuyên ngành\"]\n",
        "lead = [\"Phòng Quản lý Chuyên ngành\"]\nsuccessor = \"VP\"\n",
        1,
    );
    fs::write(&path, text).unwrap();
    let vp = json(
        dir,
        &[
            "list",
            "--role",
            "lead",
            "--direct",
            "--unit",
            "Văn phòng",
            "--section",
            "VII",
            "--as-of",
            "2023-08-01",
        ],
    );
    assert_eq!(
        rows(&vp, "taken_from"),
        pairs(&[("VII.1", "Phòng Quản lý Chuyên ngành")])
    );
    let new = json(
        dir,
        &[
            "list",
            "--role",
            "lead",
            "--unit",
            NEW,
            "--section",
            "VII",
            "--as-of",
            "2023-08-01",
        ],
    );
    assert!(new.as_array().unwrap().is_empty(), "{new}");
    // Before the merger it is still QLCN's.
    let before = json(
        dir,
        &[
            "list",
            "--role",
            "lead",
            "--direct",
            "--unit",
            "Văn phòng",
            "--section",
            "VII",
            "--as-of",
            "2023-06-01",
        ],
    );
    assert!(before.as_array().unwrap().is_empty(), "{before}");
}
