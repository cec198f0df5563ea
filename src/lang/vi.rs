//! The catalogue: every English sentence and word `plan` says to a person, and its
//! Vietnamese. A sentence is written in English where it is said (`msg!("…")` or
//! `lang.tr("…")`) and is its own key here, the way gettext catalogues work; `{name}`s are the
//! values filled in, the same in both languages. This file is data only: a clerk can correct a
//! translation here without reading any code. `lang`'s tests require every sentence said in the
//! code to be here, and every entry here to be said somewhere.

/// English, then Vietnamese.
pub(crate) const VIETNAMESE: &[(&str, &str)] = &[
    (
        "the file is not valid TOML: {reason}",
        "tệp không phải TOML hợp lệ: {reason}",
    ),
    (
        "`{shown}` holds {count} files, more than a document or workbook ever does ({max}): it is not read",
        "`{shown}` chứa {count} tệp, nhiều hơn mọi văn bản hay bảng tính ({max}): không đọc tệp này",
    ),
    (
        "`{shown}` would unpack to more than {mib} MiB in all: too large to be an annex (or a zip bomb)",
        "`{shown}` giải nén ra hơn {mib} MiB: quá lớn để là một phụ lục (hoặc là bom zip)",
    ),
    (
        "open it and save it again as .docx or .xlsx",
        "hãy mở tệp và lưu lại dưới dạng .docx hoặc .xlsx",
    ),
    (
        "{at}: the amount {amount} is one cell merged over several tasks; it is counted once, on the first of them: share it out in the plan if it is theirs together",
        "{at}: khoản {amount} là một ô gộp qua nhiều nhiệm vụ; chỉ tính một lần, cho nhiệm vụ đầu tiên: nếu là của chung các nhiệm vụ, hãy chia lại trong kế hoạch",
    ),
    ("{at}: {doubt}", "{at}: {doubt}"),
    (
        "the amount `{text}` is in {currency}, not đồng: it is kept as written, as the source of funds",
        "khoản `{text}` tính bằng {currency}, không phải đồng: được giữ nguyên văn, như nguồn kinh phí",
    ),
    (
        "the amount `{text}` is negative: it is kept as written, as the source of funds",
        "khoản `{text}` là số âm: được giữ nguyên văn, như nguồn kinh phí",
    ),
    (
        "the amount `{text}` is not a whole number of đồng: write its unit (`triệu`, `tỷ`) or the whole amount",
        "khoản `{text}` không phải số đồng chẵn: hãy ghi đơn vị (`triệu`, `tỷ`) hoặc ghi đủ số tiền",
    ),
    (
        "`{number}` in `{text}` is not a number as written (its groups of digits are not of three): it is kept as written",
        "`{number}` trong `{text}` không phải là số viết đúng cách (các nhóm chữ số không đủ ba chữ số): được giữ nguyên văn",
    ),
    // The self-check of an import (import/mod.rs).
    (
        "{table}, column {letter} (\"{name}\"): its header names the task, but nothing was read from it",
        "{table}, cột {letter} (\"{name}\"): tiêu đề cột ghi là nhiệm vụ nhưng không được đọc vào đâu",
    ),
    (
        "`{shown}` was not imported: what was read does not look like the annex",
        "`{shown}` không được nhập: những gì đọc được không giống phụ lục",
    ),
    ("{said}\n  - {finding}", "{said}\n  - {finding}"),
    (
        "the columns were read as: {mapping} (header on row {header_row}); where the annex lacks something (a lead unit), fill it in the annex; otherwise say which column holds what with `--columns title=C,lead=D,…` (a letter or words of its header), or where the header is with `--header-row N`, and try with `--dry-run`",
        "các cột đã được đọc là: {mapping} (tiêu đề ở hàng {header_row}); nếu phụ lục thiếu thông tin (đơn vị chủ trì), hãy bổ sung vào phụ lục; nếu không, hãy chỉ rõ cột nào chứa gì bằng `--columns title=C,lead=D,…` (chữ cái của cột hoặc từ trong tiêu đề cột), hoặc hàng tiêu đề bằng `--header-row N`, và thử với `--dry-run`",
    ),
    (
        "{at}: a row of the header (\"{title}\") was read as a task",
        "{at}: một hàng của tiêu đề bảng (\"{title}\") bị đọc thành nhiệm vụ",
    ),
    (
        "all {count} tasks have the same title, \"{title}\": the title column is not the right one",
        "cả {count} nhiệm vụ có cùng tên \"{title}\": cột tên nhiệm vụ chưa đúng",
    ),
    (
        "{table}, column {letter} (\"{name}\"): long text in {long} rows, read as nothing",
        "{table}, cột {letter} (\"{name}\"): có văn bản dài ở {long} hàng nhưng không được đọc vào đâu",
    ),
    (
        "{table} has no row {number}",
        "{table} không có hàng {number}",
    ),
    (
        "`--header-row` takes a row's number as the file shows it",
        "`--header-row` nhận số hàng như tệp hiển thị",
    ),
    (
        "`--columns`: {table} has no column `{reference}` (one letter, or words of one header)",
        "`--columns`: {table} không có cột `{reference}` (một chữ cái, hoặc từ trong tiêu đề của một cột)",
    ),
    ("its columns are {columns}", "các cột của nó là {columns}"),
    (
        "`{part}` does not say which column: write FIELD=COLUMN, such as `title=C`",
        "`{part}` không nói rõ cột nào: hãy viết TRƯỜNG=CỘT, ví dụ `title=C`",
    ),
    ("unknown field `{field}`", "không có trường `{field}`"),
    ("the fields are {names}", "các trường là {names}"),
    ("columns read: {mapping}", "các cột đã đọc: {mapping}"),
    (
        "`--columns` reads column {letter} as both `{first}` and `{second}`",
        "`--columns` đọc cột {letter} thành cả `{first}` và `{second}`",
    ),
    ("give each column one field", "mỗi cột chỉ gán một trường"),
    (
        "with `--columns`, {table} has no `{field}` column",
        "với `--columns`, {table} không còn cột `{field}`",
    ),
    (
        "name it too: `--columns {field}=C`, with the column's letter or words of its header",
        "hãy chỉ cả cột đó: `--columns {field}=C`, bằng chữ cái của cột hoặc từ trong tiêu đề cột",
    ),
    (
        "`--columns`: `{reference}` is in the headers of columns {letters}",
        "`--columns`: `{reference}` có trong tiêu đề của các cột {letters}",
    ),
    (
        "give the column's letter, or more of its header's words",
        "hãy ghi chữ cái của cột, hoặc thêm từ trong tiêu đề cột",
    ),
    (
        "`{shown}` has its table of tasks on the hidden sheet `{name}` only",
        "`{shown}` chỉ có bảng nhiệm vụ ở trang tính ẩn `{name}`",
    ),
    (
        "read it with `--sheet \"{name}\"` if it is the annex",
        "nếu đó là phụ lục, hãy đọc bằng `--sheet \"{name}\"`",
    ),
    // The bounds of an imported table (import/grid.rs).
    (
        "{table} of `{shown}` is {rows} rows of {columns} columns: far larger than an annex, so it is not read",
        "{table} của `{shown}` có {rows} hàng, {columns} cột: lớn hơn nhiều so với một phụ lục, nên không được đọc",
    ),
    (
        "import the annex itself, or copy its table alone into a new file (at most {max} cells)",
        "hãy nhập chính phụ lục, hoặc chép riêng bảng của nó sang một tệp mới (tối đa {max} ô)",
    ),
    (
        "{table} of `{shown}` holds more than {mib} MiB of text once its merged cells are filled in: far more than an annex, so it is not read",
        "{table} của `{shown}` chứa hơn {mib} MiB văn bản khi điền các ô gộp: nhiều hơn hẳn một phụ lục, nên không được đọc",
    ),
    (
        "import the annex itself, or copy its table alone into a new file",
        "hãy nhập chính phụ lục, hoặc chép riêng bảng của nó sang một tệp mới",
    ),
    (
        "an estimate to the year's end is for a year's report",
        "ước thực hiện đến cuối năm chỉ dành cho báo cáo năm",
    ),
    (
        "add `--year`, or leave out `--estimate`",
        "hãy thêm `--year`, hoặc bỏ `--estimate`",
    ),
    // Sentences of `show`.
    ("{status} (as of {day})", "{status} (tính đến {day})"),
    ("for {period}", "kỳ {period}"),
    ("due moved to {day}", "hạn mới {day}"),
    ("{due} (occurrence {period})", "{due} (kỳ {period})"),
    ("due {day}", "hạn {day}"),
    // Words of tables and screens: headings, statuses, legends.
    ("ID", "Mã"),
    ("Task", "Nhiệm vụ"),
    ("Lead", "Chủ trì"),
    ("Support", "Phối hợp"),
    ("Deadline", "Thời hạn"),
    ("Due", "Hạn"),
    ("Status", "Trạng thái"),
    ("Period", "Kỳ"),
    ("Days overdue", "Số ngày quá hạn"),
    ("Days left", "Còn (ngày)"),
    ("Unit", "Đơn vị"),
    ("Section", "Nội dung"),
    ("Role", "Vai trò"),
    ("Rate", "Tỷ lệ hoàn thành"),
    ("lead", "chủ trì"),
    ("support", "phối hợp"),
    ("Tasks", "Số nhiệm vụ"),
    ("On time", "Hoàn thành đúng hạn"),
    ("Late", "Hoàn thành trễ hạn"),
    ("Blocked", "Gặp vướng mắc"),
    ("Dropped", "Không thực hiện"),
    ("Overdue", "Quá hạn, chưa thực hiện"),
    ("Not yet due", "Chưa đến hạn"),
    ("Continuous", "Thường xuyên"),
    ("Budget", "Kinh phí"),
    ("Budget done", "Kinh phí đã hoàn thành"),
    ("Total", "Tổng cộng"),
    ("Parent", "Thuộc"),
    ("Read as", "Cách hiểu"),
    ("Product", "Sản phẩm"),
    ("Detail", "Nội dung chi tiết"),
    ("Status in the annex", "Tình trạng theo phụ lục"),
    ("Funding", "Nguồn kinh phí"),
    ("Note", "Ghi chú"),
    ("Carried from", "Chuyển từ"),
    ("File", "Tệp"),
    ("Tasks under it:", "Nhiệm vụ con:"),
    ("Occurrences:", "Các kỳ:"),
    ("History:", "Lịch sử:"),
    ("(no progress recorded)", "(chưa ghi nhận tiến độ)"),
    ("due", "hạn"),
    ("occurrence", "kỳ"),
    ("Legend", "Chú giải"),
    ("due, not yet due", "đến hạn, chưa quá hạn"),
    ("overdue, or done late", "quá hạn, hoặc xong trễ"),
    ("done", "hoàn thành"),
    ("todo", "chưa thực hiện"),
    ("doing", "đang thực hiện"),
    ("blocked", "vướng mắc"),
    ("dropped", "không thực hiện"),
    ("error", "lỗi"),
    ("warning", "cảnh báo"),
    ("note", "ghi chú"),
    ("help", "gợi ý"),
    ("With a result", "Đã có kết quả"),
    ("Without a result", "Chưa có kết quả"),
    ("periodic occurrence", "kỳ định kỳ"),
    ("continuous", "thường xuyên"),
    ("tasks due that month", "số nhiệm vụ đến hạn trong tháng"),
    // Reading and writing files (files.rs, edit.rs, load/read.rs, load/mod.rs).
    ("cannot read `{display}`", "không đọc được `{display}`"),
    (
        "`{display}` is not a regular file",
        "`{display}` không phải là một tệp thông thường",
    ),
    (
        "a plan is made of ordinary text files; move whatever is at `{display}` away",
        "kế hoạch gồm các tệp văn bản thông thường; hãy chuyển thứ đang nằm ở `{display}` đi nơi khác",
    ),
    (
        "`{display}` is larger than {mib} MiB, too large to be a plan file",
        "`{display}` lớn hơn {mib} MiB, quá lớn để là một tệp kế hoạch",
    ),
    (
        "split the section into several files",
        "hãy tách nội dung này thành nhiều tệp",
    ),
    ("cannot write `{display}`", "không ghi được `{display}`"),
    (
        "`{display}` is a symbolic link; `plan` does not write through links, so that a change cannot land outside the plan",
        "`{display}` là một liên kết tượng trưng (symlink); `plan` không ghi qua liên kết, để thay đổi không rơi ra ngoài kế hoạch",
    ),
    (
        "replace the link with a copy of the file it points to",
        "hãy thay liên kết bằng một bản sao của tệp mà nó trỏ tới",
    ),
    (
        "move whatever is at `{display}` away",
        "hãy chuyển thứ đang nằm ở `{display}` đi nơi khác",
    ),
    (
        "`{display}` has other names (hard links), which a change would leave behind with the old text",
        "`{display}` còn có tên khác (liên kết cứng), và các tên đó sẽ giữ nội dung cũ nếu tệp bị thay đổi",
    ),
    (
        "replace the other names with copies, or remove them",
        "hãy thay các tên khác bằng bản sao, hoặc xóa chúng",
    ),
    (
        "`{display}` is read-only, so it is left as it is",
        "`{display}` chỉ được phép đọc, nên được giữ nguyên",
    ),
    (
        "if it should change, make it writable (`chmod u+w {display}`) and run the command again",
        "nếu cần thay đổi, hãy cho phép ghi (`chmod u+w {display}`) rồi chạy lại lệnh",
    ),
    (
        "`{display}` changed while this command was running, so nothing was written",
        "`{display}` đã thay đổi trong khi lệnh đang chạy, nên không có gì được ghi",
    ),
    ("run the command again", "hãy chạy lại lệnh"),
    ("`{shown}` names no file", "`{shown}` không phải là tên tệp"),
    (
        "give a file name, such as `-o report.xlsx`",
        "hãy cho một tên tệp, ví dụ `-o bao-cao.xlsx`",
    ),
    (
        "cannot write `{shown}`: its directory does not exist",
        "không ghi được `{shown}`: thư mục chứa nó không tồn tại",
    ),
    (
        "create the directory first, or write elsewhere",
        "hãy tạo thư mục trước, hoặc ghi vào chỗ khác",
    ),
    (
        "`{shown}` is inside `{dir}`, which holds a plan: a report there could take the place of a plan file",
        "`{shown}` nằm trong `{dir}`, nơi giữ một kế hoạch: một báo cáo ở đó có thể thế chỗ một tệp kế hoạch",
    ),
    (
        "write the report outside `{dir}`",
        "hãy ghi báo cáo ra ngoài `{dir}`",
    ),
    ("`{shown}` is a directory", "`{shown}` là một thư mục"),
    ("{problems}", "{problems}"),
    ("{days} days late", "trễ {days} ngày"),
    ("1 day late", "trễ 1 ngày"),
    ("1 day overdue", "quá hạn 1 ngày"),
    ("{days} days overdue", "quá hạn {days} ngày"),
    (
        "`{shown}` has a quote opened on line {line} that is never closed, so every row after it would be one cell",
        "`{shown}` có dấu nháy mở ở dòng {line} mà không đóng, nên mọi dòng sau nó sẽ thành một ô",
    ),
    (
        "`{text}` is not a half-year: write 1, 2, H1 or 2024-H1",
        "`{text}` không phải là nửa năm: hãy viết 1, 2, H1 hoặc 2024-H1",
    ),
    (
        "the plan covers {first} to {last}, not {year}",
        "kế hoạch gồm các năm {first} đến {last}, không có năm {year}",
    ),
    (
        "give a year of the plan, or leave the year out",
        "hãy cho một năm của kế hoạch, hoặc bỏ năm",
    ),
    (
        "`$PLAN_LANG` is `{value}`, which is no language `plan` speaks",
        "`$PLAN_LANG` là `{value}`, không phải ngôn ngữ mà `plan` dùng",
    ),
    (
        "set it to `vi` or `en`, or unset it",
        "hãy đặt là `vi` hoặc `en`, hoặc bỏ biến này",
    ),
    (
        "`{file}` is unmerged: git did not finish merging it, and it may hold one side's entries only",
        "`{file}` chưa được gộp xong: git chưa gộp xong tệp này, và tệp có thể chỉ giữ các mục của một phía",
    ),
    (
        "run `plan git-setup` once, then `git merge --abort` and merge again; or keep both sides' entries by hand and `git add` the file",
        "hãy chạy `plan git-setup` một lần, rồi `git merge --abort` và gộp lại; hoặc tự giữ các mục của cả hai phía rồi `git add` tệp",
    ),
    (
        "`{name}`: {why}; git merged the lines, but the file is left unmerged for you to decide",
        "`{name}`: {why}; git đã gộp các dòng, nhưng tệp được để ở trạng thái chưa gộp để bạn quyết định",
    ),
    (
        "`{id}` names another task on one side (the tasks were renumbered), and the other side recorded progress on the task it named before",
        "`{id}` chỉ một nhiệm vụ khác ở một phía (các nhiệm vụ đã được đánh số lại), còn phía kia ghi tiến độ cho nhiệm vụ mà mã này chỉ trước đây",
    ),
    (
        "both sides recorded a different status for `{id}` on {day}",
        "hai phía ghi hai trạng thái khác nhau cho `{id}` vào ngày {day}",
    ),
    (
        "both sides changed the entry of `{id}` of {day}, differently",
        "hai phía sửa mục ngày {day} của `{id}` theo hai cách khác nhau",
    ),
    (
        "`{shown}` is inside the plan directory `{outer}`, which would no longer load",
        "`{shown}` nằm trong thư mục kế hoạch `{outer}`, thư mục đó sẽ không nạp được nữa",
    ),
    (
        "import into a directory of its own, outside any plan",
        "hãy nhập vào một thư mục riêng, ngoài mọi kế hoạch",
    ),
    (
        "the plan read from the annex would not load, so nothing was written",
        "kế hoạch đọc từ phụ lục sẽ không nạp được, nên chưa ghi gì",
    ),
    (
        "see what `plan import --dry-run` reads, and correct the annex (or say which column is which)",
        "hãy xem `plan import --dry-run` đọc được gì, rồi sửa phụ lục (hoặc chỉ rõ cột nào là cột nào)",
    ),
    (
        "`{name}` holds a control character, which no name or id may",
        "`{name}` chứa ký tự điều khiển, điều mà không tên hay mã nào được có",
    ),
    (
        "write it on one line, with letters, digits and punctuation only",
        "hãy viết trên một dòng, chỉ bằng chữ, số và dấu câu",
    ),
    (
        "`{name}` holds `{shell}`, which a shell reads as a command or a pattern",
        "`{name}` chứa `{shell}`, là ký tự mà shell đọc thành lệnh hoặc mẫu",
    ),
    (
        "quote it whenever it is typed, or rename it without these characters",
        "hãy đặt trong dấu nháy mỗi khi gõ, hoặc đổi tên bỏ các ký tự này",
    ),
    (
        "`{shown}` is inside a `.git` directory, which only git may write",
        "`{shown}` nằm trong thư mục `.git`, nơi chỉ git được ghi",
    ),
    (
        "write the report outside `.git`",
        "hãy ghi báo cáo ra ngoài `.git`",
    ),
    (
        "`{shown}` is not a regular file (a link, a device or a pipe) and was left as it is",
        "`{shown}` không phải là tệp thường (một liên kết, một thiết bị hay một đường ống) và được giữ nguyên",
    ),
    (
        "choose another name; `-o -` writes to standard output",
        "hãy chọn tên khác; `-o -` ghi ra đầu ra chuẩn",
    ),
    ("give a file name", "hãy cho một tên tệp"),
    (
        "`{shown}` already exists and was left as it is",
        "`{shown}` đã có sẵn và được giữ nguyên",
    ),
    (
        "add `--force` to replace it, or choose another name",
        "thêm `--force` để ghi đè, hoặc chọn tên khác",
    ),
    ("cannot write `{shown}`", "không ghi được `{shown}`"),
    (
        "`{shown}` cannot become a plan directory",
        "`{shown}` không thể làm thư mục kế hoạch",
    ),
    (
        "give the name of a new directory, such as `plan-2024`",
        "hãy cho tên một thư mục mới, ví dụ `plan-2024`",
    ),
    ("`{shown}` is no longer empty", "`{shown}` không còn trống"),
    ("cannot create `{shown}`", "không tạo được `{shown}`"),
    ("no such file or directory", "không có tệp hoặc thư mục này"),
    ("permission denied", "không có quyền truy cập"),
    ("it already exists", "đã có sẵn"),
    ("it is a directory", "đây là một thư mục"),
    (
        "a part of the path is not a directory",
        "một phần của đường dẫn không phải là thư mục",
    ),
    (
        "the file system is read-only",
        "hệ thống tệp chỉ cho phép đọc",
    ),
    ("the disk is full", "ổ đĩa đã đầy"),
    // (end of files)

    // Loading and checking the plan (load/, diagnostic.rs, deadline.rs, period.rs).
    (
        "write it as the document does (`Quý 2/{year}`, `Tháng 10/{year}`, `Năm {year}`, `Trước ngày 15/12/{year}`, `Thường xuyên`, `Định kỳ quý`, `Khi có văn bản hướng dẫn ...`), or add `due = {year}-06-30` to the task",
        "hãy ghi đúng như văn bản (`Quý 2/{year}`, `Tháng 10/{year}`, `Năm {year}`, `Trước ngày 15/12/{year}`, `Thường xuyên`, `Định kỳ quý`, `Khi có văn bản hướng dẫn ...`), hoặc thêm `due = {year}-06-30` vào nhiệm vụ",
    ),
    ("deadline is empty", "thời hạn để trống"),
    (
        "leave `deadline` out when the document gives none, or write its wording",
        "hãy bỏ `deadline` khi văn bản không ghi thời hạn, hoặc ghi đúng lời văn của văn bản",
    ),
    (
        "deadline `{wording}` names an impossible date ({date})",
        "thời hạn `{wording}` ghi một ngày không có thật ({date})",
    ),
    (
        "check the day and month: the date does not exist in the calendar",
        "hãy kiểm tra ngày và tháng: ngày này không có trên lịch",
    ),
    (
        "deadline `{wording}` says periodic but not how often",
        "thời hạn `{wording}` ghi định kỳ nhưng không nói bao lâu một lần",
    ),
    (
        "name the period: `Định kỳ tháng`, `Định kỳ quý`, `Định kỳ 6 tháng` or `Định kỳ năm`",
        "hãy ghi rõ kỳ: `Định kỳ tháng`, `Định kỳ quý`, `Định kỳ 6 tháng` hoặc `Định kỳ năm`",
    ),
    (
        "deadline `{wording}` fits no kind",
        "không hiểu được thời hạn `{wording}`",
    ),
    ("the plan has 1 problem", "kế hoạch có 1 vấn đề"),
    (
        "the plan has {count} problems",
        "kế hoạch có {count} vấn đề",
    ),
    ("unknown unit `{name}`", "không có đơn vị `{name}`"),
    (
        "`{year}` is not a plan year",
        "`{year}` không phải là năm hợp lệ cho kế hoạch",
    ),
    (
        "write the year of the plan, such as `year = 2023`",
        "hãy ghi năm của kế hoạch, ví dụ `year = 2023`",
    ),
    (
        "`report_cutoff` is a day of the month (2–28) or \"calendar\"",
        "`report_cutoff` là một ngày trong tháng (2–28) hoặc \"calendar\"",
    ),
    (
        "15 follows Nghị định 09/2019/NĐ-CP: a quarter's report runs from the 15th of the month before it to the 14th of its last month",
        "15 là theo Nghị định 09/2019/NĐ-CP: báo cáo quý tính từ ngày 15 của tháng trước quý đến ngày 14 của tháng cuối quý",
    ),
    (
        "`report_threshold` is a percentage from 0 to 100",
        "`report_threshold` là một tỷ lệ phần trăm từ 0 đến 100",
    ),
    (
        "a unit reaches the bar when its rate is above it; 70 is the usual bar",
        "một đơn vị đạt khi tỷ lệ của đơn vị cao hơn mức này; mức thường dùng là 70",
    ),
    (
        "`{id}` already has this value for {period}, so it was not recorded again",
        "`{id}` đã có giá trị này cho {period}, nên không ghi lại lần nữa",
    ),
    (
        "`plan report` gives the value; a record whose confirmation was lost did land",
        "`plan report` cho biết giá trị; lần ghi bị mất thông báo xác nhận thực ra đã được ghi",
    ),
    (
        "the edit of `{shown}` would change more than one record, so nothing was written",
        "việc sửa `{shown}` sẽ thay đổi nhiều hơn một bản ghi, nên không ghi gì",
    ),
    (
        "run `plan check`, and keep the `[[record]]` tables at the end of the file",
        "chạy `plan check`, và giữ các bảng `[[record]]` ở cuối tệp",
    ),
    (
        "{id}: {value}{unit} for {period}",
        "{id}: {value}{unit} cho {period}",
    ),
    (
        "the value is written but not committed",
        "giá trị đã được ghi nhưng chưa commit",
    ),
    (
        "`{text}` could be a thousand or a fraction, so nothing was recorded",
        "`{text}` có thể là hàng nghìn hoặc số thập phân, nên không ghi gì",
    ),
    (
        "write a whole number without a separator (`1000`), or the decimals you mean (`1.5`, `1,25`)",
        "viết số nguyên không có dấu phân cách (`1000`), hoặc đúng phần thập phân muốn ghi (`1.5`, `1,25`)",
    ),
    (
        "`{text}` is not a number, so nothing was recorded",
        "`{text}` không phải là một số, nên không ghi gì",
    ),
    (
        "write the value alone, with a point or a comma for decimals: `85.5`, `85,5`, `12`",
        "chỉ ghi giá trị, dùng dấu chấm hoặc dấu phẩy cho phần thập phân: `85.5`, `85,5`, `12`",
    ),
    (
        "the plan declares no indicator: add an `[[indicator]]` (id, name, unit, target, section) to `plan.toml`",
        "kế hoạch chưa khai báo chỉ số nào: thêm một `[[indicator]]` (id, name, unit, target, section) vào `plan.toml`",
    ),
    (
        "the plan's indicators: {ids}",
        "các chỉ số của kế hoạch: {ids}",
    ),
    (
        "no indicator `{id}` in the plan",
        "kế hoạch không có chỉ số `{id}`",
    ),
    (
        "`{period}` is not in the plan's {years}, so nothing was recorded",
        "`{period}` không thuộc thời gian của kế hoạch ({years}), nên không ghi gì",
    ),
    (
        "give a period of the plan, such as `{example}`",
        "ghi một kỳ của kế hoạch, ví dụ `{example}`",
    ),
    (
        "an indicator's `id` is one word",
        "`id` của một chỉ số là một từ liền",
    ),
    (
        "it is what `plan record` is given: `id = \"dvc-truc-tuyen\"`",
        "đó là tên dùng với `plan record`: `id = \"dvc-truc-tuyen\"`",
    ),
    (
        "indicator `{id}` is declared twice",
        "chỉ số `{id}` được khai báo hai lần",
    ),
    (
        "give each `[[indicator]]` its own `id`",
        "đặt cho mỗi `[[indicator]]` một `id` riêng",
    ),
    ("indicator `{id}` has no name", "chỉ số `{id}` chưa có tên"),
    (
        "write the figure as the report names it: `name = \"Tỷ lệ hồ sơ nộp trực tuyến\"`",
        "ghi tên chỉ số như báo cáo gọi: `name = \"Tỷ lệ hồ sơ nộp trực tuyến\"`",
    ),
    ("`target` is a number", "`target` là một số"),
    (
        "the plan has no section `{section}`",
        "kế hoạch không có phần `{section}`",
    ),
    (
        "write the `id` of one of the plan's section files, such as `section = \"III\"`",
        "ghi `id` của một tệp phần của kế hoạch, ví dụ `section = \"III\"`",
    ),
    (
        "no indicator `{id}` is declared",
        "chưa khai báo chỉ số `{id}`",
    ),
    (
        "declare it as an `[[indicator]]` in `plan.toml`, or fix the `indicator` of this record",
        "khai báo chỉ số này bằng một `[[indicator]]` trong `plan.toml`, hoặc sửa `indicator` của bản ghi này",
    ),
    (
        "`{period}` is before the plan's year {year}",
        "`{period}` trước năm {year} của kế hoạch",
    ),
    (
        "a period of the plan, such as `2023-Q2`",
        "một kỳ của kế hoạch, ví dụ `2023-Q2`",
    ),
    (
        "`{period}` is after the plan's last year",
        "`{period}` sau năm cuối cùng của kế hoạch",
    ),
    (
        "write the period as `2023-05`, `2023-Q2`, `2023-H1` or `2023`",
        "ghi kỳ dạng `2023-05`, `2023-Q2`, `2023-H1` hoặc `2023`",
    ),
    ("a recorded value is a number", "giá trị được ghi là một số"),
    (
        "write it without quotes or units, with a point for decimals: `85.5`",
        "ghi không có dấu ngoặc kép hay đơn vị, dùng dấu chấm cho phần thập phân: `85.5`",
    ),
    ("evidence: {doc} ({by})", "kiểm chứng: {doc} ({by})"),
    ("evidence: {doc}", "kiểm chứng: {doc}"),
    ("file: {file}", "tệp: {file}"),
    (
        "`file` is a path inside the repository, such as `evidence/2023/kh-12.pdf`",
        "`file` là một đường dẫn bên trong kho, ví dụ `evidence/2023/kh-12.pdf`",
    ),
    (
        "write it relative to the repository's top folder, without `..`: a plan must not point outside itself",
        "ghi đường dẫn tính từ thư mục gốc của kho, không dùng `..`: kế hoạch không được trỏ ra ngoài chính nó",
    ),
    (
        "`{path}` is not a file, so nothing was written",
        "`{path}` không phải là một tệp, nên không ghi gì",
    ),
    (
        "put the document in the repository first (such as `evidence/2023/`), then name it",
        "đặt văn bản vào kho trước (ví dụ `evidence/2023/`), rồi ghi tên tệp đó",
    ),
    (
        "`{path}` is outside the repository `{root}`, so nothing was written",
        "`{path}` nằm ngoài kho `{root}`, nên không ghi gì",
    ),
    (
        "copy the document into the repository (such as `evidence/2023/`) and name that copy: a plan must not point outside itself",
        "chép văn bản vào kho (ví dụ `evidence/2023/`) và ghi tên bản chép đó: kế hoạch không được trỏ ra ngoài chính nó",
    ),
    (
        "{place}: the evidence file `{file}` of `{id}` is not in the repository",
        "{place}: tệp kiểm chứng `{file}` của `{id}` không có trong kho",
    ),
    (
        "put the file back at that path (from the repository's top folder), or correct `file`",
        "đặt lại tệp vào đường dẫn đó (tính từ thư mục gốc của kho), hoặc sửa `file`",
    ),
    (
        "a Word document or an Excel workbook cannot be shown here",
        "không thể hiển thị tài liệu Word hay bảng tính Excel ở đây",
    ),
    (
        "answer on the rows the sheet has; a new item goes through the Office",
        "chỉ trả lời trên các dòng có sẵn của phiếu; nhiệm vụ mới do Văn phòng bổ sung",
    ),
    (
        "`{id}` recurs: the row needs the occurrence it answers for",
        "`{id}` là nhiệm vụ định kỳ: dòng này cần ghi kỳ được trả lời",
    ),
    ("choose one of {words}", "chọn một trong {words}"),
    (
        "would add: {id} {status} on {day}",
        "sẽ thêm: {id} {status} ngày {day}",
    ),
    (
        "would add: {id} {status} on {day} (for {period})",
        "sẽ thêm: {id} {status} ngày {day} (kỳ {period})",
    ),
    (
        "write the occurrence in `{column}`, such as `2023-Q2`",
        "ghi kỳ vào cột `{column}`, ví dụ `2023-Q2`",
    ),
    (
        "`{id}` is answered differently here and at {other}",
        "`{id}` được trả lời khác nhau ở đây và ở {other}",
    ),
    (
        "answer on one of {children}",
        "trả lời trên một trong {children}",
    ),
    (
        "create it first, or give a file ending in .xlsx when one unit is asked",
        "tạo thư mục trước, hoặc ghi tên tệp .xlsx khi chỉ hỏi một đơn vị",
    ),
    (
        "run `plan check`, and write the entries as `[[task.progress]]` tables",
        "chạy `plan check`, và ghi các mục tiến độ dạng bảng `[[task.progress]]`",
    ),
    (
        "write the day it happened, within {years} and not after today",
        "ghi ngày thực hiện, trong {years} và không sau hôm nay",
    ),
    (
        "{day} is outside the plan's years or in the future",
        "{day} nằm ngoài các năm của kế hoạch hoặc ở tương lai",
    ),
    (
        "`{shown}` could not be written; already written: {written} (collecting the same sheets again adds only what is missing)",
        "không ghi được `{shown}`; đã ghi: {written} (thu lại các phiếu này chỉ thêm phần còn thiếu)",
    ),
    (
        "`{shown}` has no sheet with the columns `{id}` and `{status}`",
        "`{shown}` không có trang tính nào có cột `{id}` và `{status}`",
    ),
    (
        "`{shown}` is not a workbook `plan collect` reads (.xlsx or .ods)",
        "`{shown}` không phải là bảng tính mà `plan collect` đọc được (.xlsx hoặc .ods)",
    ),
    (
        "collect the sheets `plan ask` made, or add those headers above the rows",
        "thu các phiếu do `plan ask` tạo, hoặc thêm các tiêu đề đó phía trên các dòng",
    ),
    (
        "note: `{id}` was marked on {day}, after the sheet was made; this answer is added too",
        "lưu ý: `{id}` đã được cập nhật ngày {day}, sau khi lập phiếu; câu trả lời này vẫn được thêm",
    ),
    (
        "open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)",
        "mở bằng Excel hoặc LibreOffice và lưu lại dạng Excel Workbook (.xlsx)",
    ),
    (
        "the answers cannot be due ({answer_by}) before the day asked about ({day})",
        "hạn trả lời ({answer_by}) không thể trước ngày lấy số liệu ({day})",
    ),
    (
        "the sheet was made from another plan (`{title}`, {year})",
        "phiếu được lập từ một kế hoạch khác (`{title}`, {year})",
    ),
    (
        "{count} problems in the sheets; nothing was collected",
        "có {count} lỗi trong các phiếu; không thu được gì",
    ),
    (
        "no unit owes anything as of {day}: no sheet was made",
        "đến ngày {day} không đơn vị nào còn nhiệm vụ phải báo cáo: không lập phiếu nào",
    ),
    (
        "{file}: sheet `{sheet}`, row {row}",
        "{file}: trang tính `{sheet}`, dòng {row}",
    ),
    (
        "{unit}: {count} items in `{path}`",
        "{unit}: {count} nhiệm vụ trong `{path}`",
    ),
    (
        "collected {added} entries from {sheets} sheets ({already} already there, 0 refused)",
        "đã thu {added} mục tiến độ từ {sheets} phiếu ({already} mục đã có, 0 bị từ chối)",
    ),
    (", column {letter} ({name})", ", cột {letter} ({name})"),
    (
        "1 problem in the sheets; nothing was collected",
        "có 1 lỗi trong các phiếu; không thu được gì",
    ),
    (
        "`{dir}` is not a directory",
        "`{dir}` không phải là thư mục",
    ),
    (
        "`{id}` is a heading; answers go on the tasks under it",
        "`{id}` là mục tiêu đề; hãy trả lời trên các nhiệm vụ thuộc mục này",
    ),
    (
        "`{id}` is not periodic, so it takes no period",
        "`{id}` không phải nhiệm vụ định kỳ, nên không ghi kỳ",
    ),
    (
        "`{text}` is not a whole date",
        "`{text}` không phải là một ngày đầy đủ",
    ),
    (
        "check the id against `plan list`",
        "đối chiếu mã nhiệm vụ với `plan list`",
    ),
    ("clear the period", "xóa kỳ"),
    (
        "collect it into the plan it was made from",
        "thu phiếu vào đúng kế hoạch đã lập ra nó",
    ),
    ("dry run: nothing written", "chạy thử: không ghi gì"),
    (
        "give `--answer-by` a day on or after `--as-of`",
        "ghi `--answer-by` là ngày bằng hoặc sau `--as-of`",
    ),
    (
        "give the row its task's id (as in `plan list`), or clear its answer",
        "ghi mã nhiệm vụ cho dòng (như trong `plan list`), hoặc xóa câu trả lời",
    ),
    (
        "keep one answer for the item on that day, and collect again",
        "giữ một câu trả lời cho nhiệm vụ trong ngày đó, rồi thu lại",
    ),
    (
        "no task `{id}` in the plan",
        "kế hoạch không có nhiệm vụ `{id}`",
    ),
    (
        "the answers would change more than the tasks' entries, so nothing was written",
        "các câu trả lời sẽ thay đổi nhiều hơn các mục tiến độ, nên không ghi gì",
    ),
    (
        "the answers would leave the plan unreadable, so nothing was written",
        "các câu trả lời sẽ làm kế hoạch không đọc được, nên không ghi gì",
    ),
    (
        "the entries are written but not committed",
        "các mục tiến độ đã được ghi nhưng chưa commit",
    ),
    (
        "this row has an answer but no status",
        "dòng này có trả lời nhưng chưa có trạng thái",
    ),
    (
        "this row has an answer but no task id",
        "dòng này có trả lời nhưng không có mã nhiệm vụ",
    ),
    ("this row has no date", "dòng này chưa có ngày"),
    (
        "this row was made for `{made_id}`, and its id or period was changed to `{id}`",
        "dòng này được lập cho `{made_id}`, nhưng mã hoặc kỳ đã bị sửa thành `{id}`",
    ),
    (
        "this row was not in the sheet `plan ask` made",
        "dòng này không có trong phiếu do `plan ask` lập",
    ),
    (
        "undo the change to the locked columns (or ask again with `plan ask`)",
        "hoàn lại các cột bị khóa (hoặc lập phiếu mới bằng `plan ask`)",
    ),
    (
        "unknown status `{status}`",
        "trạng thái `{status}` không hợp lệ",
    ),
    (
        "write the day it happened, such as 15/04/2023",
        "ghi ngày thực hiện, ví dụ 15/04/2023",
    ),
    (
        "write the day with its month and year, such as 15/04/2023",
        "ghi đủ ngày, tháng, năm, ví dụ 15/04/2023",
    ),
    (
        "write the occurrence, such as `2023-Q2`",
        "ghi kỳ, ví dụ `2023-Q2`",
    ),
    (
        "nothing to remind of on {day}",
        "không có gì cần nhắc vào ngày {day}",
    ),
    (
        "nothing is overdue on {day}: no letter was made",
        "đến ngày {day} không có nhiệm vụ nào quá hạn: không lập công văn",
    ),
    (
        "this cell is merged with the one before it",
        "ô này được gộp với ô trước nó",
    ),
    (
        "unmerge the cells, and give each row its own answer",
        "bỏ gộp ô, và ghi câu trả lời riêng cho từng dòng",
    ),
    ("(now: {unit})", "(nay là: {unit})"),
    ("(from: {unit})", "(trước đây: {unit})"),
    (
        "`{unit}` ends ({until}) before it begins ({from})",
        "`{unit}` kết thúc ({until}) trước khi bắt đầu ({from})",
    ),
    (
        "`until` is the unit's last day, `from` its first",
        "`until` là ngày cuối cùng của đơn vị, `from` là ngày đầu tiên",
    ),
    (
        "`{unit}` cannot succeed itself",
        "`{unit}` không thể tiếp nhận từ chính nó",
    ),
    (
        "name the unit that takes over its work",
        "ghi tên đơn vị tiếp nhận công việc",
    ),
    (
        "the successor `{name}` is not a unit of the plan",
        "đơn vị tiếp nhận `{name}` không phải là đơn vị của kế hoạch",
    ),
    (
        "declare it as a `[[unit]]` (with `from`, the day it takes over), or fix the name",
        "khai báo bằng một `[[unit]]` (với `from` là ngày tiếp nhận), hoặc sửa tên",
    ),
    (
        "the successors of `{unit}` lead back to it: {chain}",
        "chuỗi đơn vị tiếp nhận của `{unit}` quay lại chính nó: {chain}",
    ),
    (
        "a unit's work goes on to a unit that still exists; break the circle",
        "công việc của một đơn vị chuyển cho một đơn vị còn tồn tại; hãy bỏ vòng lặp",
    ),
    (
        "`{id}` has progress on {day}, after every unit leading it had ended ({last})",
        "`{id}` có cập nhật tiến độ ngày {day}, sau khi mọi đơn vị chủ trì đã kết thúc ({last})",
    ),
    (
        "name the unit that took over the work as `successor` (of the unit, or of the task), or correct the date",
        "ghi đơn vị tiếp nhận công việc vào `successor` (của đơn vị hoặc của nhiệm vụ), hoặc sửa ngày",
    ),
    (
        "`plan.toml` could not be read for editing",
        "không đọc được `plan.toml` để sửa",
    ),
    (
        "`plan.toml` declares its units in a way `plan unit` does not edit",
        "`plan.toml` khai báo đơn vị theo cách `plan unit` không sửa được",
    ),
    (
        "`{day}` has no day before it",
        "`{day}` không có ngày liền trước",
    ),
    (
        "`{into}` cannot take over from itself",
        "`{into}` không thể tiếp nhận từ chính nó",
    ),
    (
        "`{into}` is already a unit of the plan",
        "`{into}` đã là một đơn vị của kế hoạch",
    ),
    (
        "`{old}` is `{new}` from {day}",
        "`{old}` đổi thành `{new}` từ ngày {day}",
    ),
    (
        "`{unit}` already ended on {until}",
        "`{unit}` đã kết thúc ngày {until}",
    ),
    (
        "`{into}` is not a name a unit can have",
        "`{into}` không phải là tên một đơn vị có thể có",
    ),
    (
        "write the new unit's name on one line, as the plan's documents write it",
        "viết tên đơn vị mới trên một dòng, như văn bản của kế hoạch ghi",
    ),
    (
        "`{unit}` is a collective unit, which owes no task of its own",
        "`{unit}` là đơn vị tập thể, không tự chịu nhiệm vụ nào",
    ),
    (
        "hand the work to one of its members",
        "giao việc cho một đơn vị thành viên của nó",
    ),
    (
        "`{unit}` is a collective unit; its members change, not it",
        "`{unit}` là đơn vị tập thể; chỉ các thành viên của nó thay đổi",
    ),
    (
        "a unit ends once; change `until` in `plan.toml` by hand if that was wrong",
        "một đơn vị chỉ kết thúc một lần; nếu sai, sửa `until` trong `plan.toml`",
    ),
    (
        "give the first day of the new arrangement, within the plan's years",
        "ghi ngày đầu tiên của cách tổ chức mới, trong các năm của kế hoạch",
    ),
    (
        "name another unit with `--into`",
        "ghi một đơn vị khác với `--into`",
    ),
    (
        "rename or merge its members",
        "đổi tên hoặc hợp nhất các thành viên của nó",
    ),
    (
        "run `plan check`, and write each unit as a `[[unit]]` table",
        "chạy `plan check`, và ghi mỗi đơn vị bằng một bảng `[[unit]]`",
    ),
    (
        "the edit of `{shown}` would change more than the units named, so nothing was written",
        "việc sửa `{shown}` sẽ thay đổi nhiều hơn các đơn vị được nêu, nên không ghi gì",
    ),
    (
        "to hand the work to a unit that exists, use `plan unit merge \"{old}\" --into \"{into}\"`",
        "để giao công việc cho một đơn vị đã có, dùng `plan unit merge \"{old}\" --into \"{into}\"`",
    ),
    (
        "write each unit as a `[[unit]]` table",
        "ghi mỗi đơn vị bằng một bảng `[[unit]]`",
    ),
    (
        "{day} is not in the plan's {years}, so nothing was written",
        "{day} không thuộc thời gian của kế hoạch ({years}), nên không ghi gì",
    ),
    (
        "{id} ({role}): {from} → {to}",
        "{id} ({role}): {from} → {to}",
    ),
    (
        "{units} become `{into}` from {day}",
        "{units} hợp nhất thành `{into}` từ ngày {day}",
    ),
    (
        "the plan has parts B to Z already: no part is left for a supplement",
        "kế hoạch đã có đủ các phần từ B đến Z: không còn phần nào cho kế hoạch bổ sung",
    ),
    (
        "the supplement's parts have sections of the same number, which one part cannot hold",
        "các phần của kế hoạch bổ sung có mục trùng số, một phần không thể chứa",
    ),
    (
        "import each part of the supplement on its own, or number its sections through",
        "nhập từng phần của kế hoạch bổ sung riêng, hoặc đánh số các mục liên tục",
    ),
    (
        "`{shown}/{name}` already exists, so nothing was written",
        "`{shown}/{name}` đã có, nên không ghi gì",
    ),
    (
        "the supplement would leave the plan unreadable, so nothing was written",
        "kế hoạch bổ sung sẽ làm kế hoạch không đọc được, nên không ghi gì",
    ),
    (
        "the supplement would change the plan's own tasks, so nothing was written",
        "kế hoạch bổ sung sẽ thay đổi các nhiệm vụ sẵn có của kế hoạch, nên không ghi gì",
    ),
    (
        "run `plan check` on the plan, and import the supplement again",
        "chạy `plan check` cho kế hoạch, rồi nhập lại kế hoạch bổ sung",
    ),
    (
        "{tasks} tasks in {count} sections ({names}) and {units} units added to {shown}/",
        "đã thêm {tasks} nhiệm vụ trong {count} mục ({names}) và {units} đơn vị vào {shown}/",
    ),
    (
        "the plans are of different years ({first} and {other}), so they were not merged",
        "các kế hoạch thuộc các năm khác nhau ({first} và {other}), nên không hợp nhất",
    ),
    (
        "merge the plans of one year",
        "hợp nhất các kế hoạch của cùng một năm",
    ),
    (
        "at most 26 plans can be merged, one part each",
        "hợp nhất được tối đa 26 kế hoạch, mỗi kế hoạch một phần",
    ),
    (
        "a plan already in parts cannot be merged again",
        "kế hoạch đã chia phần thì không hợp nhất lại được",
    ),
    (
        "merge the plans each department issued, whose sections are I, II …",
        "hợp nhất các kế hoạch do từng sở ban hành, có các mục I, II …",
    ),
    ("`{file}` is not UTF-8", "`{file}` không phải là UTF-8"),
    (
        "`{file}` could not be read for merging",
        "không đọc được `{file}` để hợp nhất",
    ),
    (
        "the merged plan would not load, so nothing was made",
        "kế hoạch hợp nhất sẽ không đọc được, nên không tạo gì",
    ),
    (
        "the merged plan would not hold every task with its history, so nothing was made",
        "kế hoạch hợp nhất sẽ không giữ đủ mọi nhiệm vụ và lịch sử của chúng, nên không tạo gì",
    ),
    (
        "merged {plans} plans into {shown}/: {sections} sections, {tasks} tasks, {units} units",
        "đã hợp nhất {plans} kế hoạch vào {shown}/: {sections} mục, {tasks} nhiệm vụ, {units} đơn vị",
    ),
    (
        "Bars run to the month a task is due; ● marks progress recorded; the red line is the month of the day.",
        "Thanh ngang kéo đến tháng đến hạn của nhiệm vụ; ● là tiến độ đã ghi nhận; vạch đỏ là tháng của ngày lấy số liệu.",
    ),
    ("Completion by unit", "Kết quả theo đơn vị chủ trì"),
    ("Completion rate", "Tỷ lệ hoàn thành"),
    ("Completion rate by quarter", "Tỷ lệ hoàn thành theo quý"),
    ("Completion rate, {quarter}", "Tỷ lệ hoàn thành, {quarter}"),
    ("Done (cumulative)", "Đã hoàn thành (lũy kế)"),
    ("Due (cumulative)", "Đến hạn (lũy kế)"),
    ("Due in the next 30 days", "Đến hạn trong 30 ngày tới"),
    ("Each unit", "Từng đơn vị"),
    ("Its tasks", "Nhiệm vụ của đơn vị"),
    ("Month", "Tháng"),
    ("Overview", "Tổng quan"),
    ("Progress through the year", "Tiến độ trong năm"),
    ("Quarter", "Quý"),
    ("Timeline", "Tiến độ theo tháng"),
    (
        "`{dir}` is not empty, so nothing was written",
        "`{dir}` không trống, nên không ghi gì",
    ),
    ("as of {day}", "số liệu đến ngày {day}"),
    (
        "give a new directory, or add `--force` to write the site's files over those there",
        "ghi một thư mục mới, hoặc thêm `--force` để ghi đè các tệp của trang",
    ),
    (
        "{count} pages written to {dir}/ (as of {day})",
        "đã ghi {count} trang vào {dir}/ (số liệu đến ngày {day})",
    ),
    (
        "`--unit` and `--estimate` are for one plan's report",
        "`--unit` và `--estimate` dùng cho báo cáo của một kế hoạch",
    ),
    (
        "`plan workspace` needs a workspace file",
        "`plan workspace` cần một tệp nhóm kế hoạch",
    ),
    (
        "`{name}` added to {shown}; `plan workspace sync` clones it",
        "đã thêm `{name}` vào {shown}; `plan workspace sync` sẽ sao chép về",
    ),
    ("`{name}` is already a member", "`{name}` đã là thành viên"),
    (
        "`{name}` is named twice in `{shown}`",
        "`{name}` được ghi hai lần trong `{shown}`",
    ),
    ("`{shown}` is not UTF-8", "`{shown}` không phải là UTF-8"),
    (
        "`{shown}` is not a workspace file: {reason}",
        "`{shown}` không phải là tệp nhóm kế hoạch: {reason}",
    ),
    (
        "a workspace names its plans: `title = \"…\"`, then `[[plan]]` with `name` and `path` (and `remote`, `dir`)",
        "tệp nhóm kế hoạch ghi các kế hoạch: `title = \"…\"`, rồi `[[plan]]` với `name` và `path` (và `remote`, `dir`)",
    ),
    (
        "ahead of its remote (commits made here): left as it is",
        "đi trước kho gốc (có commit tại đây): giữ nguyên",
    ),
    ("already up to date", "đã cập nhật"),
    ("cloned", "đã sao chép về"),
    ("could not be synced", "không đồng bộ được"),
    (
        "could not fast-forward: {reason}",
        "không cập nhật tiến thẳng được: {reason}",
    ),
    (
        "diverged from its remote: left as it is, to be settled by the department",
        "đã tách nhánh so với kho gốc: giữ nguyên, để cơ quan tự giải quyết",
    ),
    (
        "give each member its own name",
        "đặt cho mỗi thành viên một tên riêng",
    ),
    (
        "give it with `--workspace FILE` (or `$PLAN_WORKSPACE`)",
        "ghi bằng `--workspace TỆP` (hoặc `$PLAN_WORKSPACE`)",
    ),
    (
        "give the new member another name",
        "đặt tên khác cho thành viên mới",
    ),
    (
        "its branch follows no remote branch",
        "nhánh của nó không theo nhánh nào của kho gốc",
    ),
    (
        "leave out --workspace, or those options",
        "bỏ --workspace, hoặc bỏ các tùy chọn đó",
    ),
    (
        "no clone at `{path}`, and no remote to clone it from",
        "không có bản sao ở `{path}`, và không có kho gốc để sao chép",
    ),
    (
        "no member `{name}` in the workspace",
        "nhóm kế hoạch không có thành viên `{name}`",
    ),
    (
        "not a git clone with commits",
        "không phải là bản sao git có commit",
    ),
    (
        "not a plan that loads: {reason}",
        "không phải kế hoạch đọc được: {reason}",
    ),
    (
        "the edit of `{shown}` would change more than one member, so nothing was written",
        "việc sửa `{shown}` sẽ thay đổi nhiều hơn một thành viên, nên không ghi gì",
    ),
    (
        "`--document` must name the supplement's document on one line: `{given}`",
        "`--document` phải ghi văn bản của kế hoạch bổ sung trên một dòng: `{given}`",
    ),
    (
        "give its number and date, such as `--document \"Kế hoạch số 45/KH-SKHCN ngày 10/6/2023\"`",
        "ghi số và ngày của văn bản, ví dụ `--document \"Kế hoạch số 45/KH-SKHCN ngày 10/6/2023\"`",
    ),
    (
        "`{document}` is in the plan already (section {section}), so nothing was added",
        "`{document}` đã có trong kế hoạch (phần {section}), nên không thêm gì",
    ),
    (
        "a supplement is added once; to read it again, remove its sections' files first",
        "mỗi kế hoạch bổ sung chỉ thêm một lần; muốn đọc lại, hãy xóa các tệp phần của nó trước",
    ),
    (
        "{at} and {more} more rows are numbered under a number no row above them has: the sections or groups may be read wrong",
        "{at} và {more} dòng khác được đánh số dưới một số mà không dòng nào ở trên có: các phần hoặc nhóm có thể đã bị đọc sai",
    ),
    (
        "{count} of the {total} tasks have a number printed before in their section: the sections may be read wrong",
        "{count} trong {total} nhiệm vụ có số đã in trước đó trong cùng phần: các phần có thể đã bị đọc sai",
    ),
    ("the members: {names}", "các thành viên: {names}"),
    (
        "the path of `{name}` is not a folder beside the workspace: `{path}`",
        "đường dẫn của `{name}` không phải là một thư mục cạnh tệp nhóm kế hoạch: `{path}`",
    ),
    (
        "a member's clone is a folder beside the workspace file, such as `so-khcn`",
        "bản sao của một thành viên là một thư mục cạnh tệp nhóm kế hoạch, ví dụ `so-khcn`",
    ),
    (
        "a member of `{shown}` has no name that can be printed: `{name}`",
        "một thành viên của `{shown}` không có tên in được: `{name}`",
    ),
    (
        "name each member as its report names it, on one line",
        "đặt tên mỗi thành viên như báo cáo của thành viên đó ghi, trên một dòng",
    ),
    (
        "two members of `{shown}` have the clone `{path}`",
        "hai thành viên của `{shown}` cùng dùng bản sao `{path}`",
    ),
    (
        "give each member a folder of its own",
        "cho mỗi thành viên một thư mục riêng",
    ),
    (
        "the plan directory of `{name}` leads outside its clone: `{dir}`",
        "thư mục kế hoạch của `{name}` ra ngoài bản sao của nó: `{dir}`",
    ),
    (
        "`dir` is a folder inside the clone, such as `plan`",
        "`dir` là một thư mục trong bản sao, ví dụ `plan`",
    ),
    (
        "this command works on one plan, not on a workspace",
        "lệnh này làm việc trên một kế hoạch, không trên nhóm kế hoạch",
    ),
    ("unreachable: {reason}", "không kết nối được: {reason}"),
    ("{count} new commits", "{count} commit mới"),
    (
        "{name}: left out, its plan does not load: {problem}",
        "{name}: bỏ qua, kế hoạch không đọc được: {problem}",
    ),
    ("{problem} ({help})", "{problem} ({help})"),
    (
        "`--plan` chooses members of a workspace",
        "`--plan` chọn thành viên của một nhóm kế hoạch",
    ),
    (
        "add `--workspace FILE`, or leave out `--plan`",
        "thêm `--workspace TỆP`, hoặc bỏ `--plan`",
    ),
    (
        "a workspace's report is written as markdown, json, docx or xlsx",
        "báo cáo của nhóm kế hoạch được ghi dạng markdown, json, docx hoặc xlsx",
    ),
    (
        "use `--format markdown`, `json`, `docx` or `xlsx`",
        "dùng `--format markdown`, `json`, `docx` hoặc `xlsx`",
    ),
    ("Plan", "Kế hoạch"),
    (
        "Members by completion rate",
        "Các cơ quan, đơn vị theo tỷ lệ hoàn thành",
    ),
    ("Rank", "Xếp hạng"),
    ("Member", "Cơ quan, đơn vị"),
    ("Done", "Đã hoàn thành"),
    ("Plans that do not load", "Kế hoạch không đọc được"),
    ("Problem", "Lỗi"),
    (
        "{count} members' pages written to {dir}/ (as of {day})",
        "đã ghi trang của {count} cơ quan, đơn vị vào {dir}/ (số liệu đến ngày {day})",
    ),
    (
        "leave out `--workspace` (and `$PLAN_WORKSPACE`), or use `list`, `overdue`, `summary`, `report`, `site` or `workspace`",
        "bỏ `--workspace` (và `$PLAN_WORKSPACE`), hoặc dùng `list`, `overdue`, `summary`, `report`, `site` hay `workspace`",
    ),
    (
        "`rate_over` is \"due\" or \"all\"",
        "`rate_over` là \"due\" hoặc \"all\"",
    ),
    (
        "\"due\": rates over the items due (the usual rule); \"all\": over every item assigned, those not yet due too",
        "\"due\": tỷ lệ tính trên các nhiệm vụ đến hạn (cách tính thường dùng); \"all\": tính trên mọi nhiệm vụ được giao, kể cả nhiệm vụ chưa đến hạn",
    ),
    (
        "the bands are not highest first",
        "các mức xếp loại không theo thứ tự từ cao xuống thấp",
    ),
    (
        "list `[[report.band]]` from the highest `from` down, each lower than the one before",
        "liệt kê các `[[report.band]]` từ `from` cao nhất trở xuống, mức sau thấp hơn mức trước",
    ),
    (
        "a band's `from` is a percentage from 0 to 100",
        "`from` của một mức xếp loại là một tỷ lệ phần trăm từ 0 đến 100",
    ),
    (
        "a unit whose rate is this or more earns the band's word: `from = 80`",
        "đơn vị có tỷ lệ từ mức này trở lên được xếp loại theo mức: `from = 80`",
    ),
    ("a band needs a word", "mức xếp loại cần có tên (`word`)"),
    (
        "write what a unit in this band earns: `word = \"Hoàn thành tốt\"`",
        "ghi tên xếp loại của mức này: `word = \"Hoàn thành tốt\"`",
    ),
    (
        "a band's `rate` is \"done\" or \"on_time\"",
        "`rate` của một mức xếp loại là \"done\" hoặc \"on_time\"",
    ),
    (
        "\"done\" (the default) rates items done; \"on_time\" those done on time",
        "\"done\" (mặc định) tính theo tỷ lệ hoàn thành; \"on_time\" theo tỷ lệ hoàn thành đúng hạn",
    ),
    (
        "`report_send` is a number of working days after the cut-off, or a day of the month",
        "`report_send` là số ngày làm việc sau ngày chốt số liệu, hoặc một ngày trong tháng",
    ),
    (
        "write `report_send = 2` (two working days after the cut-off) or `report_send = \"ngày 20\"`",
        "hãy ghi `report_send = 2` (hai ngày làm việc sau ngày chốt số liệu) hoặc `report_send = \"ngày 20\"`",
    ),
    (
        "`{name}` already names the unit `{other}`",
        "`{name}` đã là tên của đơn vị `{other}`",
    ),
    (
        "each name and alias must belong to one unit",
        "mỗi tên và tên gọi khác chỉ được thuộc về một đơn vị",
    ),
    (
        "`{id}` recurs every {every}, so it has no single `due`",
        "`{id}` lặp lại mỗi {every}, nên không có một hạn `due` duy nhất",
    ),
    (
        "each occurrence is due at the end of its period; remove `due`, or change `deadline`",
        "mỗi kỳ đến hạn vào cuối kỳ đó; hãy bỏ `due`, hoặc sửa `deadline`",
    ),
    (
        "task id `{id}` does not belong to section `{section}`",
        "mã nhiệm vụ `{id}` không thuộc nội dung `{section}`",
    ),
    (
        "ids in this file start with `{section}.`: `{section}.1`, `{section}.2.a` ...",
        "mã nhiệm vụ trong tệp này bắt đầu bằng `{section}.`: `{section}.1`, `{section}.2.a` ...",
    ),
    (
        "unit `{written}` is not written as in plan.toml",
        "đơn vị `{written}` không được viết như trong plan.toml",
    ),
    (
        "did you mean `{unit}`? (or add `{written}` to its `aliases`)",
        "có phải là `{unit}`? (hoặc thêm `{written}` vào `aliases` của đơn vị đó)",
    ),
    ("budget is negative", "kinh phí là số âm"),
    (
        "write the budget in VND as a whole number, such as 12_000_000",
        "hãy ghi kinh phí bằng đồng, là số nguyên, ví dụ 12_000_000",
    ),
    (
        "budget {budget} is more than any task can have",
        "kinh phí {budget} lớn hơn mức một nhiệm vụ có thể có",
    ),
    (
        "write the budget in VND; the most a task may have is {most} (a million billion đồng)",
        "hãy ghi kinh phí bằng đồng; một nhiệm vụ có nhiều nhất {most} (một triệu tỷ đồng)",
    ),
    ("task `{id}`: {problem}", "nhiệm vụ `{id}`: {problem}"),
    (
        "use one of the statuses above",
        "hãy dùng một trong các trạng thái nêu trên",
    ),
    (
        "progress entry of `{id}` has neither `status` nor `due`",
        "mục tiến độ của `{id}` không có cả `status` lẫn `due`",
    ),
    (
        "add `status = \"done\"` (or another status), or `due = 2023-09-30`",
        "hãy thêm `status = \"done\"` (hoặc trạng thái khác), hoặc `due = 2023-09-30`",
    ),
    (
        "`{id}` is not periodic, so its entries take no `period`",
        "`{id}` không phải nhiệm vụ định kỳ, nên các mục tiến độ của nó không được ghi `period`",
    ),
    ("remove `period`", "hãy bỏ `period`"),
    (
        "progress entry of periodic task `{id}` has no `period`",
        "mục tiến độ của nhiệm vụ định kỳ `{id}` không có `period`",
    ),
    (
        "add the occurrence it is for, such as `period = \"{example}\"`",
        "hãy thêm kỳ mà mục này ghi nhận, ví dụ `period = \"{example}\"`",
    ),
    (
        "`{datetime}` is not a date",
        "`{datetime}` không phải là một ngày",
    ),
    (
        "write a day as YYYY-MM-DD, without a time",
        "hãy ghi ngày theo dạng YYYY-MM-DD, không kèm giờ",
    ),
    (
        "add the unit to `plan.toml` (as a `[[unit]]` or an alias), or fix the spelling",
        "hãy thêm đơn vị vào `plan.toml` (thành một `[[unit]]` hoặc một tên gọi khác), hoặc sửa lỗi chính tả",
    ),
    (
        "did you mean {names}? Or add it to `plan.toml` as a unit or an alias",
        "có phải là {names}? Hoặc thêm vào `plan.toml` thành một đơn vị hay một tên gọi khác",
    ),
    (
        "section `{id}` is also defined in {first}",
        "nội dung `{id}` đã được khai báo trong {first}",
    ),
    (
        "give each section file its own `id`",
        "hãy cho mỗi tệp nội dung một `id` riêng",
    ),
    (
        "task id `{id}` differs from `{other}` ({file}:{line}) only in case",
        "mã nhiệm vụ `{id}` chỉ khác `{other}` ({file}:{line}) ở chữ hoa, chữ thường",
    ),
    (
        "ids are matched whatever the case: give each task an id of its own",
        "mã được so khớp không phân biệt chữ hoa, chữ thường: hãy cho mỗi nhiệm vụ một mã riêng",
    ),
    (
        "duplicate task id `{id}`, first used at {file}:{line}",
        "mã nhiệm vụ `{id}` bị trùng, đã dùng lần đầu ở {file}:{line}",
    ),
    (
        "give each task its own id",
        "hãy cho mỗi nhiệm vụ một mã riêng",
    ),
    (
        "the parent `{parent}` of task `{id}` does not exist",
        "không có nhiệm vụ cha `{parent}` của nhiệm vụ `{id}`",
    ),
    (
        "add a task `{parent}`, or fix the id of `{id}`",
        "hãy thêm nhiệm vụ `{parent}`, hoặc sửa mã của `{id}`",
    ),
    (
        "task `{id}` is its own ancestor",
        "nhiệm vụ `{id}` lại là cấp trên của chính nó",
    ),
    (
        "fix the `parent` keys so that they lead up to a task with no parent",
        "hãy sửa các khóa `parent` để chúng dẫn lên một nhiệm vụ không có cấp trên",
    ),
    (
        "the budgets up to task `{id}` add up to more than {most} VND, more than any plan has",
        "tổng kinh phí tính đến nhiệm vụ `{id}` vượt quá {most} đồng, nhiều hơn mọi kế hoạch có thể có",
    ),
    (
        "check the budgets: each is a whole number of VND, such as 12_000_000",
        "hãy kiểm tra kinh phí: mỗi khoản là một số nguyên đồng, ví dụ 12_000_000",
    ),
    (
        "task `{id}` has no lead and no children",
        "nhiệm vụ `{id}` không có đơn vị chủ trì và không có nhiệm vụ con",
    ),
    (
        "add `lead = [\"...\"]` (the responsible unit), or tasks under it (`{id}.a`, `{id}.b` ...)",
        "hãy thêm `lead = [\"...\"]` (đơn vị chủ trì), hoặc các nhiệm vụ con (`{id}.a`, `{id}.b` ...)",
    ),
    ("`{path}` is not a file", "`{path}` không phải là một tệp"),
    (
        "`{file}` holds the plan's title, year and units; move whatever is there away",
        "`{file}` chứa tên, năm và các đơn vị của kế hoạch; hãy chuyển thứ đang nằm ở đó đi nơi khác",
    ),
    ("`{dir}` holds no `{file}`", "`{dir}` không có `{file}`"),
    (
        "a plan directory needs `{file}` (title, year, units) and one file per section",
        "thư mục kế hoạch cần có `{file}` (tên, năm, đơn vị) và mỗi nội dung một tệp",
    ),
    (
        "internal error while reading this file",
        "lỗi nội bộ khi đọc tệp này",
    ),
    (
        "write amounts without dots, as `12_000_000` or `12000000`: TOML reads `12.000.000` as a broken decimal",
        "hãy ghi số tiền không có dấu chấm, như `12_000_000` hoặc `12000000`: TOML đọc `12.000.000` thành một số thập phân sai",
    ),
    ("missing field `{key}`", "thiếu khóa `{key}`"),
    (
        "invalid type: {found}, expected {wanted}",
        "giá trị sai kiểu: {found}, cần {wanted}",
    ),
    ("duplicate key", "khóa bị ghi hai lần"),
    ("string {text}", "chuỗi {text}"),
    ("a sequence", "một danh sách"),
    ("i32", "một số nguyên"),
    ("i64", "một số nguyên"),
    (
        "a TOML datetime",
        "một ngày (YYYY-MM-DD, không có ngoặc kép)",
    ),
    (
        "unclosed array, expected `]`",
        "danh sách chưa đóng, thiếu `]`",
    ),
    (
        "unknown field `{key}`, there are no fields",
        "khóa `{key}` không hợp lệ, ở đây không có khóa nào",
    ),
    (
        "unknown field `{key}`, expected `{one}`",
        "khóa `{key}` không hợp lệ, cần là `{one}`",
    ),
    (
        "unknown field `{key}`, expected `{one}` or `{other}`",
        "khóa `{key}` không hợp lệ, cần là `{one}` hoặc `{other}`",
    ),
    (
        "unknown field `{key}`, expected one of {keys}",
        "khóa `{key}` không hợp lệ, cần là một trong {keys}",
    ),
    ("did you mean `{best}`?", "có phải là `{best}`?"),
    (
        "the keys allowed here are {keys}",
        "các khóa được dùng ở đây là {keys}",
    ),
    (
        "add the missing key; see the file format in docs/format.md",
        "hãy thêm khóa còn thiếu; xem cách viết tệp trong docs/format.md",
    ),
    (
        "the number is too large: budgets are whole VND amounts such as 12_000_000",
        "số quá lớn: kinh phí là số nguyên đồng, ví dụ 12_000_000",
    ),
    (
        "text goes in quotes, `budget` and `year` are whole numbers (12_000_000), dates are written 2023-04-10 without quotes, and `lead`/`support` are lists ([\"Văn phòng\"])",
        "chữ đặt trong dấu ngoặc kép, `budget` và `year` là số nguyên (12_000_000), ngày viết 2023-04-10 không có ngoặc kép, còn `lead`/`support` là danh sách ([\"Văn phòng\"])",
    ),
    (
        "a key may appear once per table: remove or rename one of them",
        "mỗi khóa chỉ được xuất hiện một lần trong một bảng: hãy bỏ hoặc đổi tên một khóa",
    ),
    (
        "write dates as YYYY-MM-DD, a day that exists (2023-02-28, not 2023-02-30)",
        "hãy ghi ngày theo dạng YYYY-MM-DD, là ngày có thật (2023-02-28, không phải 2023-02-30)",
    ),
    (
        "fix the TOML syntax here; the file format is described in docs/format.md",
        "hãy sửa cú pháp TOML ở đây; cách viết tệp có trong docs/format.md",
    ),
    (
        "`{dir}` is a file, not a plan directory",
        "`{dir}` là một tệp, không phải thư mục kế hoạch",
    ),
    (
        "`--plan-dir` (or `$PLAN_DIR`) names the directory that holds `{file}`",
        "`--plan-dir` (hoặc `$PLAN_DIR`) là thư mục chứa `{file}`",
    ),
    (
        "plan directory `{dir}` does not exist",
        "không có thư mục kế hoạch `{dir}`",
    ),
    (
        "check `--plan-dir` or `$PLAN_DIR`",
        "hãy kiểm tra `--plan-dir` hoặc `$PLAN_DIR`",
    ),
    (
        "no plan found: looked for a `plan` directory in {places}",
        "không tìm thấy kế hoạch: đã tìm thư mục `plan` ở {places}",
    ),
    (
        "run from inside a repository that has one, pass `--plan-dir DIR` (or set `$PLAN_DIR`), or start one with `plan init`",
        "hãy chạy lệnh trong kho có kế hoạch, dùng `--plan-dir DIR` (hoặc đặt `$PLAN_DIR`), hoặc tạo kế hoạch mới bằng `plan init`",
    ),
    (
        "cannot read the plan directory `{dir}`",
        "không đọc được thư mục kế hoạch `{dir}`",
    ),
    (
        "not read: only files ending in `.toml` (lower case) are plan files",
        "không được đọc: chỉ các tệp có đuôi `.toml` (chữ thường) mới là tệp kế hoạch",
    ),
    (
        "rename it to end in `.toml` if it is a section, or move it out of `{dir}`",
        "nếu đây là một nội dung, hãy đổi đuôi thành `.toml`; nếu không, hãy chuyển nó ra khỏi `{dir}`",
    ),
    (
        "check that the file exists and that you may read it",
        "hãy kiểm tra tệp có tồn tại và bạn có quyền đọc",
    ),
    ("the file is larger than 4 GiB", "tệp lớn hơn 4 GiB"),
    (
        "split the plan into section files of a reasonable size",
        "hãy chia kế hoạch thành các tệp nội dung có kích thước vừa phải",
    ),
    (
        "the file is UTF-16, not UTF-8",
        "tệp được lưu dạng UTF-16, không phải UTF-8",
    ),
    (
        "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)",
        "hãy lưu lại dạng UTF-8 (trong Notepad: Save as, Encoding: UTF-8)",
    ),
    ("the file is not valid UTF-8", "tệp không phải UTF-8 hợp lệ"),
    (
        "save it as UTF-8; Vietnamese text in another encoding (such as TCVN3 or VNI) must be converted",
        "hãy lưu lại dạng UTF-8; chữ Việt ở bảng mã khác (như TCVN3 hay VNI) phải được chuyển mã",
    ),
    (
        "unresolved git merge conflict marker",
        "còn dấu xung đột khi gộp (merge) của git chưa được xử lý",
    ),
    (
        "finish the merge: keep the lines you want from each side, delete the `<<<<<<<`, `=======` and `>>>>>>>` lines, then run `plan check`",
        "hãy hoàn tất việc gộp: giữ các dòng cần giữ của mỗi bên, xóa các dòng `<<<<<<<`, `=======` và `>>>>>>>`, rồi chạy `plan check`",
    ),
    (
        "unknown status `{text}`; the statuses are {statuses}",
        "không có trạng thái `{text}`; các trạng thái là {statuses}",
    ),
    ("month", "tháng"),
    ("quarter", "quý"),
    ("half", "6 tháng"),
    ("year", "năm"),
    (
        "use one of `{first}` … `{last}`",
        "hãy dùng một kỳ từ `{first}` đến `{last}`",
    ),
    (
        "`{period}` is not an occurrence of `{id}`, which recurs every {every} in {years}",
        "`{period}` không phải là một kỳ của `{id}`, nhiệm vụ lặp lại mỗi {every} trong năm {years}",
    ),
    (
        "`{text}` is not a period: write `2023-01` (month), `2023-Q1`, `2023-H1` or `2023`",
        "`{text}` không phải là một kỳ: hãy viết `2023-01` (tháng), `2023-Q1`, `2023-H1` hoặc `2023`",
    ),
    (
        "dated: end of {period}, due {due}",
        "có thời hạn: hết {period}, hạn {due}",
    ),
    ("dated: due {due}", "có thời hạn: hạn {due}"),
    (
        "continuous: ongoing, never overdue",
        "thường xuyên: không bao giờ quá hạn",
    ),
    (
        "periodic: every {every}, each occurrence due at the end of its {every}",
        "định kỳ: mỗi {every}, mỗi kỳ đến hạn vào cuối {every} đó",
    ),
    (
        "periodic: every month, each occurrence due on day {day} of its month",
        "định kỳ: mỗi tháng, mỗi kỳ đến hạn vào ngày {day} của tháng đó",
    ),
    (
        "periodic: every {every}, each occurrence due on day {day} of month {month} of its {every}",
        "định kỳ: mỗi {every}, mỗi kỳ đến hạn vào ngày {day} tháng thứ {month} của {every} đó",
    ),
    (
        "periodic: every year, each occurrence due on day {day} of month {month} of its year",
        "định kỳ: hằng năm, mỗi kỳ đến hạn vào ngày {day} tháng {month}",
    ),
    (
        "event: no due date until one is set with `plan due`",
        "theo sự kiện: chưa có hạn cho đến khi đặt bằng `plan due`",
    ),
    (
        "external: set by another document; no due date until one is set with `plan due`",
        "theo văn bản khác: chưa có hạn cho đến khi đặt bằng `plan due`",
    ),
    (
        "set by the task's `due` key: due {due}",
        "theo khóa `due` của nhiệm vụ: hạn {due}",
    ),
    (
        "unreadable: `plan check` says why",
        "không đọc được: `plan check` cho biết lý do",
    ),
    // (end of loading)

    // Commands (commands/ but import, cli.rs, units.rs, edit.rs).
    // The command line (cli.rs, main.rs).
    ("no kind of task named", "chưa nêu loại nhiệm vụ nào"),
    (
        "write one or more of `open`, `periodic` and `continuous`, separated by commas",
        "hãy ghi một hoặc nhiều loại trong `open`, `periodic` và `continuous`, cách nhau bằng dấu phẩy",
    ),
    (
        "`{word}` is not a kind of task to carry; did you mean `{best}`?",
        "`{word}` không phải là một loại nhiệm vụ để chuyển sang; có phải là `{best}`?",
    ),
    (
        "`{word}` is not a kind of task to carry",
        "`{word}` không phải là một loại nhiệm vụ để chuyển sang",
    ),
    (
        "write one or more of `open` (one-off tasks not done or dropped), `periodic` and `continuous`, separated by commas",
        "hãy ghi một hoặc nhiều loại trong `open` (nhiệm vụ thực hiện một lần, chưa hoàn thành và chưa hủy), `periodic` (định kỳ) và `continuous` (thường xuyên), cách nhau bằng dấu phẩy",
    ),
    (
        "unknown status `{text}`; did you mean `{best}`?",
        "không có trạng thái `{text}`; có phải là `{best}`?",
    ),
    ("unknown status `{text}`", "không có trạng thái `{text}`"),
    (
        "the statuses are {names} (also in Vietnamese: xong, đang làm, vướng mắc, hủy, chưa làm)",
        "hãy dùng một trong các trạng thái {names}, hoặc viết bằng tiếng Việt: hoàn thành (xong), đang thực hiện (đang làm), vướng mắc, không thực hiện (hủy), chưa thực hiện (chưa làm)",
    ),
    (
        "`{text}` is not a day in the calendar",
        "ngày `{text}` không có trên lịch",
    ),
    (
        "`{text}` is not a date: write 2023-06-30, 30/06/2023 or `today`",
        "`{text}` không phải là một ngày: hãy viết 2023-06-30, 30/06/2023 hoặc `today`",
    ),
    (
        "`{text}` is not a span: write 30d, 2w or 3m",
        "`{text}` không phải là một khoảng thời gian: hãy viết 30d (ngày), 2w (tuần) hoặc 3m (tháng)",
    ),
    (
        "`{text}` is not a quarter: write 2, Q2, II, 2023-Q2 or \"Quý 2\"",
        "`{text}` không phải là một quý: hãy viết 2, Q2, II, 2023-Q2 hoặc \"Quý 2\"",
    ),
    (
        "invalid value '{value}' for '{arg}'",
        "giá trị '{value}' không hợp lệ cho '{arg}'",
    ),
    (
        "For more information, try '--help'.",
        "Để biết thêm chi tiết, hãy xem '--help'.",
    ),
    // Choosing units, sections and tasks (units.rs, commands/mod.rs).
    (
        "the units are {units}",
        "hãy chọn một trong các đơn vị {units}",
    ),
    ("did you mean {names}?", "có phải là {names}?"),
    (
        "`{name}` could mean any of {units}, so no unit was chosen",
        "`{name}` có thể là một trong các đơn vị {units}, nên chưa chọn đơn vị nào",
    ),
    (
        "type more of the name, such as `--unit \"{first}\"`",
        "hãy gõ tên đầy đủ hơn, ví dụ `--unit \"{first}\"`",
    ),
    (
        "unknown section `{wanted}`",
        "kế hoạch không có nội dung `{wanted}`",
    ),
    (
        "the sections are {sections}",
        "hãy chọn một trong các nội dung {sections}",
    ),
    (
        "`plan list` shows every task and its id",
        "`plan list` cho xem mọi nhiệm vụ và mã của từng nhiệm vụ",
    ),
    (
        "no task `{wanted}` in the plan",
        "kế hoạch không có nhiệm vụ `{wanted}`",
    ),
    // Recording progress (commands/mark.rs, edit.rs).
    (
        "`{id}` is not periodic, so it takes no `--period`",
        "`{id}` không phải nhiệm vụ định kỳ, nên không dùng `--period`",
    ),
    ("leave `--period` out", "hãy bỏ `--period`"),
    (
        "`{id}` recurs every {every}: say which occurrence with `--period`",
        "`{id}` lặp lại mỗi {every}: hãy cho biết kỳ nào bằng `--period`",
    ),
    (
        "the one due is `--period {due}`",
        "kỳ đang đến hạn là `--period {due}`",
    ),
    (
        "`{id}` recurs every {every}; each occurrence is due at the end of its period",
        "`{id}` lặp lại mỗi {every}; mỗi kỳ đến hạn vào cuối kỳ đó",
    ),
    (
        "`plan due` sets the date of a one-off task",
        "`plan due` chỉ dùng để đặt hạn cho nhiệm vụ thực hiện một lần",
    ),
    (
        "`{id}` is a heading; record progress on the tasks under it",
        "`{id}` là đề mục; hãy ghi tiến độ cho các nhiệm vụ con của nó",
    ),
    (
        "mark one of {children}",
        "hãy ghi tiến độ cho một trong các nhiệm vụ {children}",
    ),
    ("the new due date", "hạn mới"),
    (
        "`{id}` already has this entry ({day}), so it was not added again",
        "`{id}` đã có mục tiến độ này ({day}), nên không ghi thêm lần nữa",
    ),
    (
        "`plan show {id}` shows its entries; a mark whose confirmation was lost did land",
        "`plan show {id}` cho xem các mục tiến độ; lần ghi trước dù không thấy xác nhận thì vẫn đã được ghi",
    ),
    (
        "the entry is written but not committed",
        "mục tiến độ đã được ghi nhưng chưa được commit",
    ),
    (
        "{name} {day} is before the plan's year {year}, so nothing was written",
        "{name} {day} rơi vào trước năm {year} của kế hoạch, nên không có gì được ghi",
    ),
    (
        "{name} {day} is more than a year after the last day the plan has anything due ({last}), so nothing was written",
        "{name} {day} sau hạn cuối cùng trong kế hoạch ({last}) hơn một năm, nên không có gì được ghi",
    ),
    (
        "check the date; if it is right, add `--force`",
        "hãy kiểm tra lại ngày; nếu ngày đúng, hãy thêm `--force`",
    ),
    (
        "the edit would leave the plan unreadable, so nothing was written",
        "sửa như vậy sẽ làm kế hoạch không đọc được, nên không có gì được ghi",
    ),
    (
        "the edit of `{shown}` would change more than its entries, so nothing was written",
        "sửa `{shown}` như vậy sẽ thay đổi cả những phần ngoài các mục tiến độ, nên không có gì được ghi",
    ),
    (
        "run `plan check`, and write the task's entries as `[[task.progress]]` tables after its other keys",
        "hãy chạy `plan check`, và viết các mục tiến độ của nhiệm vụ thành các bảng `[[task.progress]]` sau các khóa khác của nhiệm vụ",
    ),
    (
        "`git status` failed, so `--commit` cannot tell what it would commit; nothing was written",
        "`git status` không thành công, nên `--commit` không biết sẽ commit những gì; không có gì được ghi",
    ),
    ("{git_says}", "git báo: {git_says}"),
    (
        "`{display}` is not in git yet, so `--commit` would commit the whole file with this entry; nothing was written",
        "`{display}` chưa có trong git, nên `--commit` sẽ commit cả tệp cùng mục tiến độ này; không có gì được ghi",
    ),
    (
        "add and commit the file first (`git add {display}`), or leave out `--commit`",
        "hãy thêm và commit tệp trước (`git add {display}`), hoặc bỏ `--commit`",
    ),
    (
        "`{display}` has changes that are not committed, which `--commit` would commit with this entry; nothing was written",
        "`{display}` có những thay đổi chưa commit, mà `--commit` sẽ commit cùng mục tiến độ này; không có gì được ghi",
    ),
    (
        "commit or undo those changes first (`git diff {display}` shows them), or leave out `--commit`",
        "hãy commit hoặc hủy các thay đổi đó trước (`git diff {display}` cho xem chúng), hoặc bỏ `--commit`",
    ),
    (
        "`--commit` needs the plan directory to be in a git work tree",
        "`--commit` cần thư mục kế hoạch nằm trong một thư mục làm việc của git",
    ),
    (
        "run `git init` in the repository, or leave out `--commit`",
        "hãy chạy `git init` trong kho, hoặc bỏ `--commit`",
    ),
    (
        "`{display}` is not UTF-8",
        "`{display}` không phải là tệp UTF-8",
    ),
    ("run `plan check`", "hãy chạy `plan check`"),
    ("cannot edit `{display}`", "không sửa được `{display}`"),
    (
        "cannot append to `{id}` in `{display}` without changing its layout",
        "không thể thêm tiến độ cho `{id}` trong `{display}` mà không làm thay đổi cách trình bày của tệp",
    ),
    (
        "write its progress entries as `[[task.progress]]` tables",
        "hãy viết các mục tiến độ của nhiệm vụ thành các bảng `[[task.progress]]`",
    ),
    ("no task `{id}`", "không có nhiệm vụ `{id}`"),
    (
        "the progress of `{id}` is not written as `[[task.progress]]` tables",
        "tiến độ của `{id}` không được viết thành các bảng `[[task.progress]]`",
    ),
    (
        "write each entry as a `[[task.progress]]` table below the task's keys; an empty `progress = []` line can simply be removed",
        "hãy viết mỗi mục tiến độ thành một bảng `[[task.progress]]` bên dưới các khóa của nhiệm vụ; dòng `progress = []` để trống thì chỉ cần xóa đi",
    ),
    (
        "cannot find where `{id}` ends",
        "không xác định được chỗ kết thúc của `{id}`",
    ),
    (
        "cannot create the lock file `{path}`",
        "không tạo được tệp khóa `{path}`",
    ),
    (
        "another `plan`{holder} is changing the plan; waited {seconds} s for it, and changed nothing",
        "một lệnh `plan` khác{holder} đang sửa kế hoạch; đã chờ {seconds} giây mà lệnh đó chưa xong, nên không thay đổi gì",
    ),
    (
        "run the command again once it has finished (the lock is `{lock}`)",
        "hãy chạy lại lệnh khi lệnh kia đã xong (tệp khóa là `{lock}`)",
    ),
    ("cannot lock `{path}`", "không khóa được `{path}`"),
    // Starting a plan, and git (commands/init.rs, commands/git.rs).
    (
        "`{dir}` already exists and is not empty; `plan init` never overwrites",
        "`{dir}` đã có và không trống; `plan init` không bao giờ ghi đè",
    ),
    (
        "choose a directory that does not exist yet",
        "hãy chọn một thư mục chưa có",
    ),
    (
        "give the year of the plan, such as `--year 2024`",
        "hãy cho năm của kế hoạch, ví dụ `--year 2024`",
    ),
    (
        "cannot read the plan in `{dir}`",
        "không đọc được kế hoạch trong `{dir}`",
    ),
    (
        "the old plan has a section `{id}` that cannot name a file",
        "kế hoạch cũ có nội dung `{id}` không thể dùng làm tên tệp",
    ),
    (
        "give the section a Roman numeral as its `id`",
        "hãy đặt `id` của nội dung là một số La Mã",
    ),
    (
        "`{dir}` is not in a git work tree",
        "`{dir}` không nằm trong một thư mục làm việc của git",
    ),
    (
        "run `git init` in the repository first, or pass the plan's directory with `--plan-dir`",
        "hãy chạy `git init` trong kho trước, hoặc chỉ ra thư mục kế hoạch bằng `--plan-dir`",
    ),
    (
        "git will not merge progress entries by itself: {why}",
        "git sẽ không tự gộp các mục tiến độ: {why}",
    ),
    ("run `plan git-setup`", "hãy chạy `plan git-setup`"),
    ("cannot find `{path}`", "không tìm thấy `{path}`"),
    (
        "`{dir}` is not inside the work tree `{root}`",
        "`{dir}` không nằm trong thư mục làm việc `{root}`",
    ),
    (
        "`{dir}` is not a UTF-8 path",
        "đường dẫn `{dir}` không phải là UTF-8",
    ),
    (
        "`.gitattributes` is not UTF-8; add `{line}` to it",
        "`.gitattributes` không phải là tệp UTF-8; hãy tự thêm dòng `{line}` vào tệp này",
    ),
    ("cannot run `{program}`", "không chạy được `{program}`"),
    (
        "`git {args}` failed: {git_says}",
        "`git {args}` không thành công: {git_says}",
    ),
    (
        "cannot write the merge of `{name}`",
        "không ghi được kết quả gộp của `{name}`",
    ),
    (
        "`{name}`: {why}; git's conflict markers are in the file",
        "`{name}`: {why}; trong tệp có các dấu xung đột của git",
    ),
    (
        "keep every progress entry of both sides, each as its own `[[task.progress]]` table; remove the marker lines, then run `plan check`",
        "hãy giữ mọi mục tiến độ của cả hai bên, mỗi mục là một bảng `[[task.progress]]` riêng; xóa các dòng đánh dấu, rồi chạy `plan check`",
    ),
    (
        "`git merge-file` could not merge `{name}`",
        "`git merge-file` không gộp được `{name}`",
    ),
    // Reports (commands/report/).
    (
        "the reporting window ends ({to}) before it starts ({from})",
        "kỳ báo cáo kết thúc ({to}) trước khi bắt đầu ({from})",
    ),
    (
        "check `--from` and `--to`",
        "hãy kiểm tra `--from` và `--to`",
    ),
    (
        "an Excel workbook cannot be shown here",
        "không thể hiển thị tệp Excel ở đây",
    ),
    (
        "a Word document cannot be shown here",
        "không thể hiển thị văn bản Word ở đây",
    ),
    ("add `-o {file}`", "hãy thêm `-o {file}`"),
    (
        "created `{dir}` for {year}: {file} and {count} section files",
        "đã tạo `{dir}` cho năm {year}: {file} và {count} tệp nội dung",
    ),
    (
        "carried 1 task from {year}: {kinds}",
        "đã chuyển 1 nhiệm vụ từ năm {year}: {kinds}",
    ),
    (
        "carried {total} tasks from {year}: {kinds}",
        "đã chuyển {total} nhiệm vụ từ năm {year}: {kinds}",
    ),
    (
        "carried {total} tasks from {year}: {kinds} (and 1 heading above them)",
        "đã chuyển {total} nhiệm vụ từ năm {year}: {kinds} (kèm 1 đề mục bên trên)",
    ),
    (
        "carried {total} tasks from {year}: {kinds} (and {headings} headings above them)",
        "đã chuyển {total} nhiệm vụ từ năm {year}: {kinds} (kèm {headings} đề mục bên trên)",
    ),
    (
        "next: add the tasks, then run `plan check`",
        "tiếp theo: thêm các nhiệm vụ, rồi chạy `plan check`",
    ),
    (
        "next: set new deadlines where a comment says `set a new one` (1 task), add the new tasks, then run `plan check`",
        "tiếp theo: đặt thời hạn mới ở chỗ có ghi chú `set a new one` (1 nhiệm vụ), thêm các nhiệm vụ mới, rồi chạy `plan check`",
    ),
    (
        "next: set new deadlines where a comment says `set a new one` ({n} tasks), add the new tasks, then run `plan check`",
        "tiếp theo: đặt thời hạn mới ở những chỗ có ghi chú `set a new one` ({n} nhiệm vụ), thêm các nhiệm vụ mới, rồi chạy `plan check`",
    ),
    (
        "`.gitattributes` already has `{first}` and `{second}`",
        "`.gitattributes` đã có `{first}` và `{second}`",
    ),
    (
        "added `{one}` to `.gitattributes` (commit it)",
        "đã thêm `{one}` vào `.gitattributes` (hãy commit tệp này)",
    ),
    (
        "added `{first}` and `{second}` to `.gitattributes` (commit it)",
        "đã thêm `{first}` và `{second}` vào `.gitattributes` (hãy commit tệp này)",
    ),
    (
        "set git's merge driver `{driver}` to run this `plan` by its full path (`git config merge.{driver}.driver` shows it)",
        "đã đặt trình gộp (merge driver) `{driver}` của git chạy chính `plan` này theo đường dẫn đầy đủ (`git config merge.{driver}.driver` cho thấy đường dẫn đó)",
    ),
    (
        "set up git to merge `{pattern}` keeping both sides' progress entries, as `plan git-setup` does",
        "đã cài đặt để git gộp `{pattern}` mà giữ tiến độ của cả hai bên, như `plan git-setup`",
    ),
    (
        "wrote the manual pages to `{dir}`",
        "đã ghi các trang hướng dẫn (man) vào `{dir}`",
    ),
    (
        "a value is required for '{arg}' but none was supplied",
        "'{arg}' cần một giá trị nhưng chưa được cho",
    ),
    (
        "invalid value '{value}' for '{arg}' (possible values: {valid})",
        "giá trị '{value}' không hợp lệ cho '{arg}' (các giá trị được dùng: {valid})",
    ),
    (
        "unexpected argument '{arg}' found",
        "không có tham số '{arg}'",
    ),
    (
        "unrecognized subcommand '{command}'",
        "không có lệnh '{command}'",
    ),
    (
        "the following required arguments were not provided: {arg}",
        "còn thiếu các tham số bắt buộc: {arg}",
    ),
    ("did you mean '{similar}'?", "có phải là '{similar}'?"),
    ("Usage: {usage}", "Cách dùng: {usage}"),
    (
        "carried 1 task from {year}: {kinds} (and 1 heading above it)",
        "đã chuyển 1 nhiệm vụ từ năm {year}: {kinds} (kèm 1 đề mục bên trên)",
    ),
    (
        "carried 1 task from {year}: {kinds} (and {headings} headings above it)",
        "đã chuyển 1 nhiệm vụ từ năm {year}: {kinds} (kèm {headings} đề mục bên trên)",
    ),
    (
        "created `{dir}` for {year}: {file} and 1 section file",
        "đã tạo `{dir}` cho năm {year}: {file} và 1 tệp nội dung",
    ),
    ("1 heading", "1 đề mục"),
    ("{n} headings", "{n} đề mục"),
    (
        "`{name}` is taken as the unit `{unit}`",
        "`{name}` được hiểu là đơn vị `{unit}`",
    ),
    ("No task matches.", "Không có nhiệm vụ nào phù hợp."),
    (
        "Nothing falls due in the next {days} days.",
        "Không có nhiệm vụ nào đến hạn trong {days} ngày tới.",
    ),
    (
        "Nothing is overdue as of {day}.",
        "Không có nhiệm vụ nào quá hạn tính đến ngày {day}.",
    ),
    ("(via {unit})", "(qua {unit})"),
    ("the common ancestor", "bản gốc chung"),
    ("our version", "phiên bản của ta"),
    ("their version", "phiên bản của bên kia"),
    (
        "{side} is not valid TOML",
        "{side} không phải là TOML hợp lệ",
    ),
    (
        "the tasks themselves changed on both sides",
        "chính các nhiệm vụ đã bị sửa ở cả hai bên",
    ),
    (
        "progress was recorded on `{id}`, which the other side removed or renamed",
        "tiến độ được ghi cho `{id}`, nhiệm vụ mà bên kia đã xóa hoặc đổi mã",
    ),
    (
        "the merged file did not read back as both sides' entries",
        "tệp sau khi gộp không đọc lại được đúng các mục tiến độ của cả hai bên",
    ),
    (
        "has a task `{id}` without a place",
        "có nhiệm vụ `{id}` không xác định được vị trí",
    ),
    (
        "has a progress entry of `{id}` with tables inside",
        "có mục tiến độ của `{id}` chứa bảng lồng bên trong",
    ),
    (
        "has entries of `{id}` out of place",
        "có các mục tiến độ của `{id}` nằm sai chỗ",
    ),
    ("has two tasks `{id}`", "có hai nhiệm vụ `{id}`"),
    (
        "{id}: {status} on {day} (for {period})",
        "{id}: {status} ngày {day} (kỳ {period})",
    ),
    ("{id}: {status} on {day}", "{id}: {status} ngày {day}"),
    (
        "{id}: due {due} (set on {day})",
        "{id}: hạn mới {due} (ngày {day})",
    ),
    // (end of commands)

    // Import (import/, commands/import.rs).
    ("table {table}, row {row}", "bảng {table}, dòng {row}"),
    (
        "sheet \"{sheet}\", row {row}",
        "trang tính \"{sheet}\", dòng {row}",
    ),
    ("row {row}", "dòng {row}"),
    ("table {table}", "bảng {table}"),
    ("sheet \"{sheet}\"", "trang tính \"{sheet}\""),
    ("the file", "tệp này"),
    (
        "{at}: a row without a task above it was left out",
        "{at}: đã bỏ qua một dòng không có nhiệm vụ nào ở phía trên",
    ),
    (
        "{at}: section {numeral} is printed twice; the second is `{new}`",
        "{at}: nội dung {numeral} được ghi hai lần; nội dung thứ hai được đặt mã `{new}`",
    ),
    (
        "{at}: the tasks start before any section; they are put in a section of their own",
        "{at}: các nhiệm vụ bắt đầu trước khi có nội dung nào; chúng được đưa vào một nội dung riêng",
    ),
    (
        "{at}: the number of `{id}` is printed twice; the second is `{new}`",
        "{at}: số thứ tự của `{id}` được ghi hai lần; nhiệm vụ thứ hai được đặt mã `{new}`",
    ),
    (
        "{at}, \"{column}\": {reason}",
        "{at}, cột \"{column}\": {reason}",
    ),
    (
        "{at}, \"{column}\": task `{id}` names no lead unit",
        "{at}, cột \"{column}\": nhiệm vụ `{id}` không ghi đơn vị chủ trì",
    ),
    (
        "`{shown}` has a table of tasks ({table}), but no task could be read from its rows",
        "`{shown}` có bảng nhiệm vụ ({table}), nhưng không đọc được nhiệm vụ nào từ các dòng của bảng",
    ),
    (
        "check that the tasks are in the rows below the header",
        "hãy kiểm tra xem các nhiệm vụ có nằm ở các dòng bên dưới dòng tiêu đề không",
    ),
    ("`{shown}` is empty", "`{shown}` là tệp trống"),
    (
        "export the annex again from Word or Excel",
        "hãy xuất lại phụ lục từ Word hoặc Excel",
    ),
    (
        "`{shown}` is protected by a password, so it cannot be read",
        "`{shown}` được bảo vệ bằng mật khẩu nên không đọc được",
    ),
    (
        "open it, remove the password (File, Info, Protect, Encrypt with Password: empty), save it, and import again",
        "hãy mở tệp, gỡ mật khẩu (File, Info, Protect, Encrypt with Password: để trống), lưu lại rồi nhập lại",
    ),
    (
        "remove the password, save it, and import again",
        "hãy gỡ mật khẩu, lưu lại tệp rồi nhập lại",
    ),
    (
        "`{shown}` is an old binary {old} file, which `plan import` does not read",
        "`{shown}` là tệp {old} nhị phân kiểu cũ, loại tệp mà `plan import` không đọc",
    ),
    (
        "open it in Word or Excel (or LibreOffice) and save it as {new}, then import that",
        "hãy mở tệp bằng Word hoặc Excel (hoặc LibreOffice), lưu dưới dạng {new}, rồi nhập tệp đó",
    ),
    (
        "`{shown}` is a .{extension} file, which `plan import` does not read",
        "`{shown}` là tệp .{extension}, loại tệp mà `plan import` không đọc",
    ),
    (
        "save the annex as .docx, .xlsx or .csv (UTF-8), then import that",
        "hãy lưu phụ lục dưới dạng .docx, .xlsx hoặc .csv (UTF-8), rồi nhập tệp đó",
    ),
    (
        "`{shown}` is a zip archive but neither a Word document nor a workbook",
        "`{shown}` là tệp nén zip nhưng không phải văn bản Word cũng không phải bảng tính",
    ),
    (
        "import the annex as .docx, .xlsx or .csv",
        "hãy nhập phụ lục ở dạng .docx, .xlsx hoặc .csv",
    ),
    (
        "`{shown}` is damaged or truncated ({reason})",
        "`{shown}` bị hỏng hoặc không đầy đủ ({reason})",
    ),
    (
        "copy or download it again, or open it and save it again as {kind}",
        "hãy sao chép hoặc tải lại tệp, hoặc mở tệp rồi lưu lại dưới dạng {kind}",
    ),
    (
        "copy or download it again, or open it and save it again as .docx or .xlsx",
        "hãy sao chép hoặc tải lại tệp, hoặc mở tệp rồi lưu lại dưới dạng .docx hoặc .xlsx",
    ),
    ("open it and save it again", "hãy mở tệp rồi lưu lại"),
    (
        "`{shown}` holds `{entry}`, which would unpack to more than {mib} MiB: too large to be an annex (or a zip bomb)",
        "`{shown}` chứa `{entry}`, khi giải nén sẽ lớn hơn {mib} MiB: quá lớn đối với một phụ lục (hoặc là một \"bom zip\")",
    ),
    (
        "import the annex alone, saved as .docx, .xlsx or .csv",
        "hãy nhập riêng phụ lục, lưu dưới dạng .docx, .xlsx hoặc .csv",
    ),
    ("`{shown}` holds no table", "`{shown}` không có bảng nào"),
    (
        "the annex must be a table (in Word: Insert, Table), with a header row naming the task and the lead unit",
        "hãy trình bày phụ lục dưới dạng bảng (trong Word: Insert, Table), có dòng tiêu đề ghi rõ cột nhiệm vụ và cột đơn vị chủ trì",
    ),
    (
        "`{shown}` has 1 table, so there is no table {n}",
        "`{shown}` chỉ có 1 bảng, nên không có bảng {n}",
    ),
    (
        "`{shown}` has {count} tables, so there is no table {n}",
        "`{shown}` có {count} bảng, nên không có bảng {n}",
    ),
    ("`--table` counts from 1", "`--table` đánh số bảng từ 1"),
    (
        "`{shown}` has no sheet `{name}`",
        "`{shown}` không có trang tính `{name}`",
    ),
    ("its sheets are {names}", "tệp có các trang tính {names}"),
    (
        "only a workbook has sheets: leave out `--sheet`",
        "chỉ tệp Excel mới có trang tính: hãy bỏ `--sheet`",
    ),
    ("{place}: {headers}", "{place} có các cột {headers}"),
    (
        "{place}: {headers}; {more}",
        "{place} có các cột {headers}; {more}",
    ),
    ("{place}: none", "{place} không có tiêu đề nào"),
    (
        "{place}: none; {more}",
        "{place} không có tiêu đề nào; {more}",
    ),
    (
        "`{shown}` has no table whose header names a task column and a lead column (headers seen: {seen})",
        "`{shown}` không có bảng nào có dòng tiêu đề ghi cột nhiệm vụ và cột đơn vị chủ trì (các tiêu đề đã thấy: {seen})",
    ),
    (
        "`{shown}` has no table whose header names a task column and a lead column (headers seen: none)",
        "`{shown}` không có bảng nào có dòng tiêu đề ghi cột nhiệm vụ và cột đơn vị chủ trì (không thấy tiêu đề nào)",
    ),
    (
        "the header needs a task column (\"Nhiệm vụ\", \"Nội dung\") and a lead column (\"Cơ quan chủ trì\", \"Đơn vị thực hiện\"); choose another table with `--table N` or `--sheet NAME`, or say where the header is and which column holds what with `--header-row N --columns title=B,lead=C`",
        "dòng tiêu đề cần có cột nhiệm vụ (\"Nhiệm vụ\", \"Nội dung\") và cột đơn vị chủ trì (\"Cơ quan chủ trì\", \"Đơn vị thực hiện\"); hãy chọn bảng khác bằng `--table N` hoặc `--sheet NAME`, hoặc chỉ rõ hàng tiêu đề và cột nào chứa gì bằng `--header-row N --columns title=B,lead=C`",
    ),
    (
        "`{shown}` is not a Word document: it has no `word/document.xml`",
        "`{shown}` không phải là văn bản Word: tệp không có `word/document.xml`",
    ),
    (
        "open it in Word (or LibreOffice) and save it as .docx",
        "hãy mở tệp bằng Word (hoặc LibreOffice) rồi lưu dưới dạng .docx",
    ),
    (
        "`{shown}` is damaged: its text is not UTF-8",
        "`{shown}` bị hỏng: nội dung văn bản không phải UTF-8",
    ),
    (
        "open it in Word and save it again as .docx",
        "hãy mở tệp bằng Word rồi lưu lại dưới dạng .docx",
    ),
    (
        "`{shown}` is damaged: its XML does not parse ({reason})",
        "`{shown}` bị hỏng: không phân tích được XML của tệp ({reason})",
    ),
    (
        "open it in Word (or LibreOffice) and save it again as .docx",
        "hãy mở tệp bằng Word (hoặc LibreOffice) rồi lưu lại dưới dạng .docx",
    ),
    (
        "`{shown}` cannot be read as a spreadsheet ({reason})",
        "không đọc được `{shown}` dưới dạng bảng tính ({reason})",
    ),
    (
        "open it in Excel (or LibreOffice) and save it again as {extension}",
        "hãy mở tệp bằng Excel (hoặc LibreOffice) rồi lưu lại dưới dạng {extension}",
    ),
    (
        "`{shown}` is UTF-16, not UTF-8",
        "`{shown}` được mã hóa UTF-16, không phải UTF-8",
    ),
    (
        "save it again as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As, then that type)",
        "hãy lưu lại tệp dưới dạng \"CSV UTF-8 (Comma delimited)\" (trong Excel: File, Save As, rồi chọn kiểu đó)",
    ),
    (
        "`{shown}` is not UTF-8 (line {line} holds bytes that are not): Vietnamese text in another encoding (Windows-1258, TCVN3, VNI) would come out garbled",
        "`{shown}` không phải là UTF-8 (dòng {line} có byte không phải UTF-8): chữ tiếng Việt ở bảng mã khác (Windows-1258, TCVN3, VNI) sẽ bị lỗi phông",
    ),
    (
        "save it again as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As, then that type), or convert it with `iconv -f CP1258 -t UTF-8`",
        "hãy lưu lại tệp dưới dạng \"CSV UTF-8 (Comma delimited)\" (trong Excel: File, Save As, rồi chọn kiểu đó), hoặc chuyển mã bằng `iconv -f CP1258 -t UTF-8`",
    ),
    (
        "`{shown}` cannot be read as CSV ({reason})",
        "không đọc được `{shown}` dưới dạng CSV ({reason})",
    ),
    (
        "check that its quotes are balanced, or save it again from Excel as CSV UTF-8",
        "hãy kiểm tra các dấu ngoặc kép có đủ cặp không, hoặc lưu lại tệp từ Excel dưới dạng CSV UTF-8",
    ),
    (
        "`{shown}` already exists and is not empty; `plan import` never overwrites",
        "`{shown}` đã có và không trống; `plan import` không bao giờ ghi đè",
    ),
    (
        "choose another directory with `--into DIR`, or move `{shown}` away",
        "hãy chọn thư mục khác bằng `--into DIR`, hoặc chuyển `{shown}` đi nơi khác",
    ),
    (
        "`{shown}` could not be read: it is damaged in a way `plan import` does not know",
        "không đọc được `{shown}`: tệp bị hỏng theo cách mà `plan import` không nhận biết được",
    ),
    (
        "open it in Word or Excel, save it again, and import that",
        "hãy mở tệp bằng Word hoặc Excel, lưu lại, rồi nhập tệp đó",
    ),
    (
        "`plan --plan-dir {dir} check` shows each of these in its file",
        "hãy chạy `plan --plan-dir {dir} check` để xem từng cảnh báo trên ngay trong tệp chứa nó",
    ),
    ("1 task", "1 nhiệm vụ"),
    ("{n} tasks", "{n} nhiệm vụ"),
    ("1 section", "1 nội dung"),
    ("{n} sections", "{n} nội dung"),
    ("1 unit", "1 đơn vị"),
    ("{n} units", "{n} đơn vị"),
    (
        "would import {tasks} in {sections}, {units} into {into}/",
        "sẽ nhập {tasks} trong {sections}, {units} vào {into}/",
    ),
    (
        "imported {tasks} in {sections}, {units} into {into}/",
        "đã nhập {tasks} trong {sections}, {units} vào {into}/",
    ),
    // (end of import)
];
