//! The language of what people read: headings, status words and confirmations, in English or
//! Vietnamese. Machine formats (JSON, CSV keys) stay in English; errors, warnings and other
//! sentences are in `message`'s table.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English
    #[default]
    En,
    /// Tiếng Việt
    Vi,
}

/// English words and their Vietnamese.
const VIETNAMESE: &[(&str, &str)] = &[
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
    ("On time", "Đúng hạn"),
    ("Late", "Trễ hạn"),
    ("Doing", "Đang làm"),
    ("Blocked", "Vướng mắc"),
    ("Not started", "Chưa làm"),
    ("Dropped", "Không làm"),
    ("Overdue", "Quá hạn"),
    ("Not yet due", "Chưa đến hạn"),
    ("Continuous", "Thường xuyên"),
    ("Budget", "Kinh phí"),
    ("Budget done", "Kinh phí đã hoàn thành"),
    ("Total", "Tổng cộng"),
    ("Parent", "Thuộc"),
    ("Read as", "Cách hiểu"),
    ("Product", "Sản phẩm"),
    ("Funding", "Nguồn kinh phí"),
    ("Note", "Ghi chú"),
    ("Carried from", "Chuyển từ"),
    ("File", "Tệp"),
    ("Tasks under it:", "Nhiệm vụ con:"),
    ("Occurrences:", "Các kỳ:"),
    ("History:", "Lịch sử:"),
    ("(no progress recorded)", "(chưa ghi nhận tiến độ)"),
    ("as of", "tính đến"),
    ("due", "hạn"),
    ("for", "kỳ"),
    ("occurrence", "kỳ"),
    ("due moved to", "hạn mới"),
    ("Legend", "Chú giải"),
    ("due, not yet due", "đến hạn, chưa quá hạn"),
    ("overdue, or done late", "quá hạn, hoặc xong trễ"),
    ("done", "hoàn thành"),
    ("periodic occurrence", "kỳ định kỳ"),
    ("continuous", "thường xuyên"),
    ("tasks due that month", "số nhiệm vụ đến hạn trong tháng"),
];

impl Lang {
    /// The language of a code as `--lang`, `$PLAN_LANG` and `lang` in plan.toml write it.
    pub fn from_code(code: &str) -> Option<Lang> {
        // A locale names its language first: `vi_VN.UTF-8`, `en-US`, `VI`.
        let language = code
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }

    /// `text` in this language (English text is its own key).
    pub fn tr(self, text: &'static str) -> &'static str {
        match self {
            Lang::En => text,
            Lang::Vi => VIETNAMESE
                .iter()
                .find(|(en, _)| *en == text)
                .map_or(text, |(_, vi)| vi),
        }
    }

    /// A day as people of this language read it on screen: 2023-06-30, or 30/06/2023 in
    /// Vietnamese. (JSON and CSV keep ISO dates.)
    pub fn day(self, day: chrono::NaiveDate) -> String {
        match self {
            Lang::En => day.to_string(),
            Lang::Vi => day.format("%d/%m/%Y").to_string(),
        }
    }

    /// A number written with a decimal point (`66.67`), with this language's decimal sign:
    /// `66,67` in Vietnamese.
    pub fn decimal(self, number: &str) -> String {
        match self {
            Lang::En => number.to_string(),
            Lang::Vi => number.replace('.', ","),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_its_own_key() {
        assert_eq!(Lang::En.tr("Task"), "Task");
        assert_eq!(Lang::Vi.tr("Task"), "Nhiệm vụ");
    }

    #[test]
    fn days_are_written_the_vietnamese_way_in_vietnamese() {
        let day = chrono::NaiveDate::from_ymd_opt(2023, 6, 5).unwrap();
        assert_eq!(Lang::En.day(day), "2023-06-05");
        assert_eq!(Lang::Vi.day(day), "05/06/2023");
    }

    #[test]
    fn every_word_has_one_translation() {
        for (index, (en, vi)) in VIETNAMESE.iter().enumerate() {
            assert!(!vi.is_empty());
            assert!(
                VIETNAMESE[index + 1..].iter().all(|(other, _)| other != en),
                "`{en}` twice"
            );
        }
    }
}
