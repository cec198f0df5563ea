//! A province of plans over git: bare repositories on disk are the departments' remotes, a
//! workspace file names them, `workspace sync` clones and fast-forwards, and the consolidated
//! report gives each member the figures of its own report. Members are the shipped plan with
//! different marks; every figure is worked out by hand below.
use super::common;

use common::{git_identity, ok, run_plan};

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;
use tempfile::TempDir;

fn git(dir: &Path, args: &[&str]) -> String {
    let output = git_identity(Command::new("git").current_dir(dir).args(args))
        .output()
        .unwrap();
    assert!(output.status.success(), "git {args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

/// A department: its own repository (the shipped plan, with `marks` made and committed) and
/// its remote, a bare repository `remotes/NAME.git`.
fn department(root: &Path, name: &str, marks: &[&[&str]]) {
    let work = root.join("dept").join(name);
    fs::create_dir_all(&work).unwrap();
    let shipped = common::shipped_plan();
    fs::create_dir(work.join("plan")).unwrap();
    for entry in fs::read_dir(shipped.path().join("plan")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, work.join("plan").join(path.file_name().unwrap())).unwrap();
    }
    git(&work, &["init", "--quiet", "--initial-branch", "main"]);
    for mark in marks {
        ok(&work, mark);
    }
    git(&work, &["add", "."]);
    git(&work, &["commit", "--quiet", "--message", "Kế hoạch 2023"]);
    let bare = root.join("remotes").join(format!("{name}.git"));
    fs::create_dir_all(bare.parent().unwrap()).unwrap();
    git(
        root,
        &[
            "clone",
            "--quiet",
            "--bare",
            work.to_str().unwrap(),
            bare.to_str().unwrap(),
        ],
    );
    git(&work, &["remote", "add", "origin", bare.to_str().unwrap()]);
    git(&work, &["fetch", "--quiet", "origin"]);
    git(
        &work,
        &["branch", "--quiet", "--set-upstream-to", "origin/main"],
    );
}

/// The workspace `province/cac-so.toml` naming the departments' remotes.
fn workspace(root: &Path, members: &[(&str, &str)]) -> std::path::PathBuf {
    let province = root.join("province");
    fs::create_dir_all(&province).unwrap();
    let mut text = String::from("title = \"Các sở, ban, ngành tỉnh Tây Ninh\"\n");
    for (name, folder) in members {
        let remote = root.join("remotes").join(format!("{folder}.git"));
        text.push_str(&format!(
            "\n[[plan]]\nname = \"{name}\"\npath = \"{folder}\"\nremote = \"{}\"\n",
            remote.display()
        ));
    }
    fs::write(province.join("cac-so.toml"), text).unwrap();
    province
}

fn plan(province: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--lang", "en", "--workspace", "cac-so.toml"];
    all.extend(args);
    run_plan(province, &all)
}

/// Three departments: KHCN marked I.1 done late (05/04); TTTT I.1 and IV.5's first quarter
/// done on time (20/03, 25/03); TP as shipped.
fn three() -> TempDir {
    let root = TempDir::new().unwrap();
    department(
        root.path(),
        "khcn",
        &[&["mark", "I.1", "done", "--on", "2023-04-05"]],
    );
    department(
        root.path(),
        "tttt",
        &[
            &["mark", "I.1", "done", "--on", "2023-03-20"],
            &[
                "mark",
                "IV.5",
                "done",
                "--on",
                "2023-03-25",
                "--period",
                "2023-Q1",
            ],
        ],
    );
    department(root.path(), "tp", &[]);
    workspace(
        root.path(),
        &[
            ("Sở Khoa học và Công nghệ", "khcn"),
            ("Sở Thông tin và Truyền thông", "tttt"),
            ("Sở Tư pháp", "tp"),
        ],
    );
    root
}

#[test]
fn the_consolidated_report_gives_each_member_its_own_figures() {
    let root = three();
    let province = root.path().join("province");
    let (code, out, err) = plan(&province, &["workspace", "sync"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "Sở Khoa học và Công nghệ: cloned\nSở Thông tin và Truyền thông: cloned\nSở Tư pháp: cloned\n"
    );
    let (code, out, err) = plan(&province, &["report", "--quarter", "2", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    // Each member's figures are those of its own report for the same window.
    for member in report["plans"].as_array().unwrap() {
        let folder = match member["name"].as_str().unwrap() {
            "Sở Khoa học và Công nghệ" => "khcn",
            "Sở Thông tin và Truyền thông" => "tttt",
            _ => "tp",
        };
        let own: Value = serde_json::from_str(&ok(
            &province.join(folder),
            &["report", "--quarter", "2", "--format", "json"],
        ))
        .unwrap();
        assert_eq!(member["totals"], own["totals"], "{folder}");
        assert!(member["last_commit"].is_string());
        assert_eq!(member["problems"], Value::Null);
    }
    // By hand, the second quarter (15/03–14/06): II.2–II.4, I.1, III.3's and IV.5's first
    // quarters are due before it and open; KHCN did I.1 late (1 of 6); TTTT did I.1 and IV.5
    // on time (2 of 6); TP nothing (0 of 6). The province: 3 done of 18, 16.67 %.
    let rate = |i: usize| report["plans"][i]["totals"]["rate"].as_f64().unwrap();
    assert_eq!((rate(0), rate(1), rate(2)), (16.67, 33.33, 0.0));
    let ranks: Vec<u64> = (0..3)
        .map(|i| report["plans"][i]["rank"].as_u64().unwrap())
        .collect();
    assert_eq!(ranks, [2, 1, 3]);
    assert_eq!(report["totals"]["done_on_time"], 2);
    assert_eq!(report["totals"]["done_late"], 1);
    assert_eq!(report["totals"]["overdue"], 15);
    assert_eq!(report["totals"]["rate"], 16.67);
    assert_eq!(report["overdue"].as_array().unwrap().len(), 15);
    // One member alone.
    let (_, out, _) = plan(
        &province,
        &[
            "report",
            "--quarter",
            "2",
            "--format",
            "json",
            "--plan",
            "Sở Tư pháp",
        ],
    );
    let one: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(one["plans"].as_array().unwrap().len(), 1);
    // The overdue items of every member, the member first.
    let (_, out, _) = plan(
        &province,
        &["overdue", "--as-of", "2023-06-30", "--format", "json"],
    );
    let overdue: Value = serde_json::from_str(&out).unwrap();
    let per = |name: &str| {
        overdue
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["plan"] == name)
            .count()
    };
    // On 30/06: KHCN's 5, TTTT's 4, TP's 6.
    assert_eq!(
        (
            per("Sở Khoa học và Công nghệ"),
            per("Sở Thông tin và Truyền thông"),
            per("Sở Tư pháp")
        ),
        (5, 4, 6)
    );
    // A member scoring by rules of its own is said so.
    let own = province.join("tp/plan/plan.toml");
    let text = fs::read_to_string(&own)
        .unwrap()
        .replace("year = 2023\n", "year = 2023\nreport_threshold = 60\n");
    fs::write(&own, text).unwrap();
    let (_, out, _) = plan(&province, &["report", "--quarter", "2", "--format", "json"]);
    let scored: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(scored["own_rules"], serde_json::json!(["Sở Tư pháp"]));
    let (_, out, _) = plan(&province, &["report", "--quarter", "2"]);
    assert!(
        out.contains("Tỷ lệ của Sở Tư pháp tính theo quy tắc riêng"),
        "{out}"
    );
    // `list` and `summary` over the workspace: the member a column, each member's rows as its
    // own command gives them, its filters applied in each.
    let (_, out, _) = plan(
        &province,
        &[
            "list",
            "--unit",
            "Thanh tra",
            "--role",
            "lead",
            "--direct",
            "--as-of",
            "2023-06-30",
            "--format",
            "json",
        ],
    );
    let listed: Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<(String, String)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["plan"].as_str().unwrap().to_string(),
                r["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(ids.len(), 9, "{ids:?}"); // II.2–II.4 in each of the three.
    assert_eq!(
        ids[0],
        ("Sở Khoa học và Công nghệ".to_string(), "II.2".to_string())
    );
    let (_, out, _) = plan(
        &province,
        &["summary", "--as-of", "2023-06-30", "--format", "json"],
    );
    let summary: Value = serde_json::from_str(&out).unwrap();
    for (index, folder) in ["khcn", "tttt", "tp"].iter().enumerate() {
        let own: Value = serde_json::from_str(&ok(
            &province.join(folder),
            &["summary", "--as-of", "2023-06-30", "--format", "json"],
        ))
        .unwrap();
        let mut total = own.as_array().unwrap().last().unwrap().clone();
        total
            .as_object_mut()
            .unwrap()
            .insert("plan".into(), summary[index]["plan"].clone());
        assert_eq!(summary[index], total, "{folder}");
    }
    // `--plan` without a workspace is refused.
    let (code, _, err) = run_plan(
        &province.join("khcn"),
        &["--lang", "en", "list", "--plan", "Sở Tư pháp"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("`--plan` chooses members of a workspace"),
        "{err}"
    );
    // The Excel workbook: the members ranked (TTTT first), the rates as numbers.
    let (code, _, err) = plan(
        &province,
        &[
            "report",
            "--quarter",
            "2",
            "--format",
            "xlsx",
            "-o",
            "tong-hop.xlsx",
        ],
    );
    assert_eq!(code, 0, "{err}");
    {
        use calamine::{Data, Reader, Xlsx, open_workbook};
        let mut book: Xlsx<_> = open_workbook(province.join("tong-hop.xlsx")).unwrap();
        let sheet = book.worksheet_range("Tổng hợp").unwrap();
        let cell = |r: u32, c: u32| sheet.get_value((r, c)).cloned().unwrap_or(Data::Empty);
        assert_eq!(
            cell(4, 1),
            Data::String("Sở Thông tin và Truyền thông".into())
        );
        // Its rate as the report rounds it, 33.33 %, shown as a percentage.
        assert_eq!(cell(4, 7), Data::Float(0.3333));
        assert_eq!(cell(7, 1), Data::String("Tổng cộng".into()));
        assert_eq!(cell(7, 5), Data::Float(15.0));
    }
    // The Word report, in the official layout, from Sở Nội vụ.
    let (code, _, err) = plan(
        &province,
        &[
            "report",
            "--quarter",
            "2",
            "--format",
            "docx",
            "-o",
            "tong-hop.docx",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let mut archive =
        zip::ZipArchive::new(fs::File::open(province.join("tong-hop.docx")).unwrap()).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(
        xml.contains("SỞ NỘI VỤ")
            && xml.contains(
                "Tổng hợp kết quả thực hiện công tác cải cách hành chính quý II năm 2023"
            ),
        "{xml}"
    );
}

#[test]
fn sync_fast_forwards_only_and_one_member_never_stops_the_others() {
    let root = three();
    let province = root.path().join("province");
    assert_eq!(plan(&province, &["workspace", "sync"]).0, 0);
    // KHCN records more and pushes; TTTT's clone at the province gets a commit of its own
    // while TTTT pushes another (diverged); TP's remote goes away (unreachable).
    let khcn = root.path().join("dept/khcn");
    ok(
        &khcn,
        &["mark", "I.3", "done", "--on", "2023-05-10", "--commit"],
    );
    git(&khcn, &["push", "--quiet", "origin", "main"]);
    let tttt = root.path().join("dept/tttt");
    ok(
        &tttt,
        &["mark", "I.3", "done", "--on", "2023-05-11", "--commit"],
    );
    git(&tttt, &["push", "--quiet", "origin", "main"]);
    let clone = province.join("so-tttt");
    let clone = if clone.exists() {
        clone
    } else {
        province.join("tttt")
    };
    ok(
        &clone,
        &["mark", "I.4", "doing", "--on", "2023-05-12", "--commit"],
    );
    let diverged_head = git(&clone, &["rev-parse", "HEAD"]);
    fs::rename(
        root.path().join("remotes/tp.git"),
        root.path().join("remotes/tp-moved.git"),
    )
    .unwrap();
    let before = git(&province.join("khcn"), &["rev-parse", "HEAD"]);
    let (code, out, _) = plan(&province, &["workspace", "sync"]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Sở Khoa học và Công nghệ: 1 new commits");
    assert_eq!(
        lines[1],
        "Sở Thông tin và Truyền thông: diverged from its remote: left as it is, to be settled by the department"
    );
    assert!(lines[2].starts_with("Sở Tư pháp: unreachable"), "{out}");
    // The fast-forward took the department's own commit; the diverged clone is untouched;
    // nothing was rewritten (the old head is an ancestor, and git finds the history sound).
    let after = git(&province.join("khcn"), &["rev-parse", "HEAD"]);
    assert_eq!(after, git(&khcn, &["rev-parse", "HEAD"]));
    git(
        &province.join("khcn"),
        &["merge-base", "--is-ancestor", &before, &after],
    );
    assert_eq!(git(&clone, &["rev-parse", "HEAD"]), diverged_head);
    for member in ["khcn", "tttt"] {
        git(&province.join(member), &["fsck", "--no-progress"]);
    }
    // A member whose plan breaks is reported, and left out of the totals, not counted as zero.
    fs::rename(
        root.path().join("remotes/tp-moved.git"),
        root.path().join("remotes/tp.git"),
    )
    .unwrap();
    let tp = root.path().join("dept/tp");
    let broken = fs::read_to_string(tp.join("plan/I.toml"))
        .unwrap()
        .replace("title = \"Xây dựng Kế hoạch CCHC năm 2023\"", "title = ");
    fs::write(tp.join("plan/I.toml"), broken).unwrap();
    git(&tp, &["commit", "--quiet", "--all", "--message", "broken"]);
    git(&tp, &["push", "--quiet", "origin", "main"]);
    let (code, out, _) = plan(&province, &["workspace", "sync"]);
    assert_eq!(code, 1);
    assert!(out.contains("Sở Tư pháp: not a plan that loads"), "{out}");
    let (code, out, _) = plan(&province, &["report", "--quarter", "2", "--format", "json"]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    assert!(report["plans"][2]["problems"].is_string());
    assert_eq!(report["plans"][2]["totals"], Value::Null);
    // KHCN 1 late of 6 (its new I.3 is due 31/12, done in the window: on time), TTTT as its
    // clone has it: the province counts those two.
    let counted: u64 = (0..2)
        .map(|i| report["plans"][i]["totals"]["overdue"].as_u64().unwrap())
        .sum();
    assert_eq!(report["totals"]["overdue"].as_u64().unwrap(), counted);
}

/// On a terminal, `sync` says each member as it is done (on the error stream), before the list.
/// `script` gives the command a terminal; through pipes, only the list is written.
#[test]
fn sync_shows_a_line_per_member_on_a_terminal() {
    let root = three();
    let province = root.path().join("province");
    let (code, out, err) = plan(&province, &["workspace", "sync"]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(out.lines().count(), 3, "{out}");
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` (util-linux) is not installed to give the command a terminal");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("plan");
    let line = format!(
        "{} --lang en --workspace cac-so.toml workspace sync",
        bin.display()
    );
    let output = Command::new("script")
        .args(["--quiet", "--return", "--command", &line, "/dev/null"])
        .current_dir(&province)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let seen = String::from_utf8(output.stdout).unwrap().replace('\r', "");
    for name in [
        "Sở Khoa học và Công nghệ",
        "Sở Thông tin và Truyền thông",
        "Sở Tư pháp",
    ] {
        assert!(
            seen.contains(&format!("… {name}: already up to date\n")),
            "{seen}"
        );
        assert!(
            seen.contains(&format!("\n{name}: already up to date\n"))
                || seen.starts_with(&format!("{name}: already")),
            "{seen}"
        );
    }
}

#[test]
fn a_member_is_cloned_over_git_daemon() {
    let root = TempDir::new().unwrap();
    department(root.path(), "khcn", &[]);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // git-daemon itself (not `git daemon`, which would leave it running when killed), its
    // output closed so that it holds no pipe of the test's.
    let exec_path = git(root.path(), &["--exec-path"]);
    let mut daemon = Command::new(Path::new(&exec_path).join("git-daemon"))
        .args(["--reuseaddr", "--export-all", "--listen=127.0.0.1"])
        .arg(format!("--port={port}"))
        .arg(format!(
            "--base-path={}",
            root.path().join("remotes").display()
        ))
        .arg(root.path().join("remotes"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    let Ok(daemon) = daemon.as_mut() else {
        eprintln!("skipped: `git daemon` is not available");
        return;
    };
    let province = root.path().join("province");
    fs::create_dir_all(&province).unwrap();
    fs::write(
        province.join("cac-so.toml"),
        format!("title = \"Tỉnh\"\n\n[[plan]]\nname = \"Sở Khoa học và Công nghệ\"\npath = \"khcn\"\nremote = \"git://127.0.0.1:{port}/khcn.git\"\n"),
    )
    .unwrap();
    // The daemon takes a moment to listen.
    let mut said = String::new();
    for _ in 0..50 {
        let (code, out, _) = plan(&province, &["workspace", "sync"]);
        said = out;
        if code == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = daemon.kill();
    let _ = daemon.wait();
    assert_eq!(said, "Sở Khoa học và Công nghệ: cloned\n");
    assert!(province.join("khcn/plan/plan.toml").is_file());
}

#[test]
fn the_site_of_a_workspace_ranks_the_members_and_holds_their_own_pages() {
    let root = three();
    let province = root.path().join("province");
    assert_eq!(plan(&province, &["workspace", "sync"]).0, 0);
    let (code, out, err) = plan(&province, &["site", "-o", "trang", "--as-of", "2023-06-30"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "3 members' pages written to trang/ (as of 2023-06-30)\n"
    );
    // The year as of 30/06: six items due by then in each plan (II.2–II.4, I.1, III.3's and
    // IV.5's first quarters); TTTT did 2, KHCN 1, TP none.
    let index = fs::read_to_string(province.join("trang/index.html")).unwrap();
    let first = index.find("Sở Thông tin và Truyền thông</a>").unwrap();
    let second = index.find("Sở Khoa học và Công nghệ</a>").unwrap();
    let third = index.find("Sở Tư pháp</a>").unwrap();
    assert!(first < second && second < third, "{index}");
    assert!(
        index.contains("<td>2/6</td><td class=\"n\">33.33 %</td>"),
        "{index}"
    );
    assert!(
        index.contains("<td>1/6</td><td class=\"n\">16.67 %</td>"),
        "{index}"
    );
    assert!(index.contains("id=\"members-chart\""));
    // Each member's own site, whose links stay inside it.
    for folder in [
        "so-thong-tin-va-truyen-thong",
        "so-khoa-hoc-va-cong-nghe",
        "so-tu-phap",
    ] {
        assert!(
            index.contains(&format!("href=\"{folder}/index.html\"")),
            "{folder}"
        );
        assert!(
            province
                .join("trang")
                .join(folder)
                .join("index.html")
                .is_file(),
            "{folder}"
        );
        assert!(
            province
                .join("trang")
                .join(folder)
                .join("frappe-charts.js")
                .is_file(),
            "{folder}"
        );
    }
    // No page of the province goes into a department's clone, and a refused site leaves no
    // folder behind.
    for output in ["khcn/trang", "tp/plan/trang"] {
        let (code, _, err) = plan(&province, &["site", "-o", output, "--as-of", "2023-06-30"]);
        assert_eq!(code, 1, "{output}");
        assert!(err.contains("which holds a plan"), "{output}: {err}");
        assert!(!province.join(output).exists(), "{output}");
    }
    let (code, _, err) = plan(
        &province,
        &[
            "report",
            "--quarter",
            "2",
            "--format",
            "xlsx",
            "-o",
            "tttt/tong-hop.xlsx",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("which holds a plan"), "{err}");
    assert!(!province.join("tttt/tong-hop.xlsx").exists());
    // A member whose plan does not load is named on the error stream, beside the pages or the
    // report that leave it out.
    fs::write(province.join("tp/plan/I.toml"), "id = ").unwrap();
    for args in [
        &["site", "-o", "trang2", "--as-of", "2023-06-30"][..],
        &["report", "--quarter", "2", "--format", "json"],
    ] {
        let (code, _, err) = plan(&province, args);
        assert_eq!(code, 1, "{args:?}");
        assert!(
            err.starts_with("Sở Tư pháp: left out, its plan does not load: "),
            "{args:?}: {err}"
        );
    }
}

/// `workspace add` writes only a workspace that reads: a member with no printable name, a clone
/// outside the workspace's folder or shared with another member, a plan directory outside the
/// clone are refused, and the file is left as it was.
#[test]
fn workspace_add_refuses_what_could_not_be_read_back() {
    let root = TempDir::new().unwrap();
    let province = workspace(root.path(), &[("Sở Tư pháp", "tp")]);
    let before = fs::read(province.join("cac-so.toml")).unwrap();
    for (args, said) in [
        (
            &["!!!", "git://h/x.git"][..],
            "is not a folder beside the workspace",
        ),
        (&["", "git://h/x.git"], "has no name that can be printed"),
        (&["Sở Tư pháp", "git://h/x.git"], "is already a member"),
        (
            &["Sở Nội vụ", "git://h/x.git", "--path", "../ra-ngoai"],
            "is not a folder beside the workspace",
        ),
        (
            &["Sở Nội vụ", "git://h/x.git", "--path", "."],
            "is not a folder beside the workspace",
        ),
        (
            &["Sở Nội vụ", "git://h/x.git", "--path", "./tp/"],
            "have the clone",
        ),
        (
            &["Sở Nội vụ", "git://h/x.git", "--dir", "../../etc"],
            "leads outside its clone",
        ),
    ] {
        let mut all = vec!["workspace", "add"];
        all.extend(args);
        let (code, out, err) = plan(&province, &all);
        assert_eq!(code, 1, "{args:?}: {out}{err}");
        assert!(err.contains(said), "{args:?}: {err}");
        assert_eq!(fs::read(province.join("cac-so.toml")).unwrap(), before);
    }
    // A name of its own, with a folder named after it, is added.
    let (code, out, err) = plan(
        &province,
        &["workspace", "add", "Sở Nội vụ", "git://h/x.git"],
    );
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    let text = fs::read_to_string(province.join("cac-so.toml")).unwrap();
    assert!(text.contains("path = \"so-noi-vu\""), "{text}");
}
