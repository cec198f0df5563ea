"""Annexes of layouts the importer was not built on, written here as text tables, and the plan
each must give, worked out by hand from the table (not from the program's output).

A table is a list of rows; a row is a list of cells: text (line breaks as \\n), `^` for a cell
merged down from the one above, `<` for a cell covered by the one to its left, `**` before a
text Word shows in bold. Between tables,
a string is a paragraph of the document (a .docx keeps it; a sheet or CSV has no such thing).

Expected plans, one line each:
    S ID | title                                  a section
    T ID | title | lead; … | support; … | deadline as written | due | extra
    H ID | title                                  a heading (a group of tasks, no lead)
    R text                                        the import is refused, saying `text`
    A args                                        … and with these arguments, reads the plan
`due` is the day the deadline is read as, or `continuous`, `periodic`, `event`, `none`;
`extra` is `key=value` pairs separated by ` ; ` (product, detail, annex_status, budget).

CSV_OPTIONS says how a layout's CSV is written where it differs from the default (`,`, BOM,
cells a merge covers left empty): `delimiter`, `quote_all` (every cell quoted), `crlf_in_cells`
(line breaks inside cells written as CR LF). SHEETS names the sheets of a workbook that puts
each table on a sheet of its own.
"""

CORPUS = []
CSV_OPTIONS = {}
# Layouts whose .xlsx puts each table on a sheet of its own, named so (in order); the others
# stack their tables on one sheet.
SHEETS = {}
# Layouts the reader does not read yet: written to tests/fixtures/import/not-yet/ with their
# plans, for `scripts/measure_import.py`, and left out of the corpus the tests check.
NOT_YET = set()


def layout(name, formats, above, blocks, expected, year=2025):
    CORPUS.append({"name": name, "formats": formats, "above": above, "blocks": blocks,
                   "expected": expected.strip("\n"), "year": year})


# 1. A title line directly above the header (no blank row), sections as rows spanning the table.
layout("title-above-header", ["xlsx", "csv"], [], [[
    ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", "<", "<", "<", "<"],
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["I", "Cải cách thể chế", "<", "<", "<"],
    ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2025"],
    ["2", "Theo dõi thi hành pháp luật", "Sở Tư pháp", "", "Tháng 10/2025"],
    ["II", "Cải cách thủ tục hành chính", "<", "<", "<"],
    ["1", "Công bố, công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên"],
    ["III", "Cải cách tổ chức bộ máy", "<", "<", "<"],
    ["1", "Rà soát vị trí việc làm", "Sở Nội vụ", "", "Năm 2025"],
]], """
S I | Cải cách thể chế
T I.1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ban, ngành | Quý II/2025 | 2025-06-30 |
T I.2 | Theo dõi thi hành pháp luật | Sở Tư pháp | | Tháng 10/2025 | 2025-10-31 |
S II | Cải cách thủ tục hành chính
T II.1 | Công bố, công khai thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | continuous |
S III | Cải cách tổ chức bộ máy
T III.1 | Rà soát vị trí việc làm | Sở Nội vụ | | Năm 2025 | 2025-12-31 |
""")

# 2. A header of two rows (a parent over its children) and a row of column numbers, under the
# annex's title; deadlines written as sentences.
layout("two-row-header-numbered", ["docx", "xlsx", "ods"], ["PHỤ LỤC", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], [[
    ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "<", "Thời hạn"],
    ["^", "^", "Chủ trì", "Phối hợp", "^"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<"],
    ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "Ban hành trong quý III năm 2025"],
    ["2", "Sửa đổi quy định về thi đua", "Sở Nội vụ", "", "Chậm nhất quý II/2026"],
    ["3", "Tổng kết thi hành luật", "Sở Tư pháp", "", "Trước năm 2028"],
    ["II", "CHÍNH QUYỀN SỐ", "<", "<", "<"],
    ["1", "Vận hành hệ thống thông tin giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "", "Triển khai từ năm 2025"],
    ["2", "Xây dựng cơ sở dữ liệu cán bộ", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Hoàn thành trong quý I năm 2026 và cập nhật hằng năm"],
    ["3", "Báo cáo kết quả số hóa", "Văn phòng UBND tỉnh", "", "05/09/2025"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Ban hành quy chế phối hợp | Sở Tư pháp | Sở Nội vụ | Ban hành trong quý III năm 2025 | 2025-09-30 |
T I.2 | Sửa đổi quy định về thi đua | Sở Nội vụ | | Chậm nhất quý II/2026 | 2026-06-30 |
T I.3 | Tổng kết thi hành luật | Sở Tư pháp | | Trước năm 2028 | 2027-12-31 |
S II | CHÍNH QUYỀN SỐ
T II.1 | Vận hành hệ thống thông tin giải quyết thủ tục hành chính | Sở Khoa học và Công nghệ | | Triển khai từ năm 2025 | continuous |
T II.2 | Xây dựng cơ sở dữ liệu cán bộ | Sở Nội vụ | Sở Khoa học và Công nghệ | Hoàn thành trong quý I năm 2026 và cập nhật hằng năm | 2026-03-31 |
T II.3 | Báo cáo kết quả số hóa | Văn phòng UBND tỉnh | | 05/09/2025 | 2025-09-05 |
""")

# 3. Footnote marks in header cells; the CSV of a sheet saved with `;`.
CSV_OPTIONS["footnote-marks"] = {"delimiter": ";"}
layout("footnote-marks", ["csv", "xlsx"], [], [[
    ["Số TT", "Nội dung công việc", "Cơ quan chủ trì[1]", "Cơ quan phối hợp (*)", "Thời gian hoàn thành (**)"],
    ["I", "Cải cách tài chính công", "<", "<", "<"],
    ["1", "Giao quyền tự chủ cho đơn vị sự nghiệp", "Sở Tài chính", "Các đơn vị sự nghiệp công lập", "Quý IV/2025"],
    ["2", "Công khai ngân sách", "Sở Tài chính", "", "Tháng 12/2025"],
]], """
S I | Cải cách tài chính công
T I.1 | Giao quyền tự chủ cho đơn vị sự nghiệp | Sở Tài chính | Các đơn vị sự nghiệp công lập | Quý IV/2025 | 2025-12-31 |
T I.2 | Công khai ngân sách | Sở Tài chính | | Tháng 12/2025 | 2025-12-31 |
""")

# 4. The header repeated where the table breaks across pages, and the numbers row with it.
layout("header-repeated", ["docx", "xlsx", "csv"], [], [[
    ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["I", "Cải cách hành chính nội bộ", "<", "<", "<"],
    ["1", "Kiểm tra công vụ", "Văn phòng", "Thanh tra", "Quý III/2025"],
    ["2", "Đánh giá chỉ số cải cách hành chính", "Văn phòng", "Các phòng, đơn vị", "Tháng 11/2025"],
    ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["3", "Khảo sát mức độ hài lòng", "Văn phòng", "", "Quý IV/2025"],
    ["II", "Hiện đại hóa", "<", "<", "<"],
    ["1", "Duy trì hệ thống quản lý chất lượng", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "", "Thường xuyên"],
]], """
S I | Cải cách hành chính nội bộ
T I.1 | Kiểm tra công vụ | Văn phòng | Thanh tra | Quý III/2025 | 2025-09-30 |
T I.2 | Đánh giá chỉ số cải cách hành chính | Văn phòng | Các phòng, đơn vị | Tháng 11/2025 | 2025-11-30 |
T I.3 | Khảo sát mức độ hài lòng | Văn phòng | | Quý IV/2025 | 2025-12-31 |
S II | Hiện đại hóa
T II.1 | Duy trì hệ thống quản lý chất lượng | Chi cục Tiêu chuẩn Đo lường Chất lượng | | Thường xuyên | continuous |
""")

# 5. A column of documents that give the task (its header says "nhiệm vụ"), a name column and
# a content column: the name is the title, the content the detail, the documents a note.
layout("name-content-documents", ["xlsx", "docx"], [], [[
    ["STT", "Văn bản giao nhiệm vụ", "Tên nhiệm vụ", "Nội dung chính", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["I", "Cải cách thủ tục hành chính", "<", "<", "<", "<", "<"],
    ["1", "Nghị quyết số 12/NQ-CP ngày 10/02/2025", "Đơn giản hóa thủ tục hành chính nội bộ",
     "Rà soát, đề xuất cắt giảm ít nhất 20% thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Quý III/2025"],
    ["2", "Quyết định số 468/QĐ-TTg ngày 27/3/2021", "Số hóa hồ sơ, kết quả giải quyết",
     "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
     "Sở Khoa học và Công nghệ", "", "Năm 2025"],
]], """
S I | Cải cách thủ tục hành chính
T I.1 | Đơn giản hóa thủ tục hành chính nội bộ | Văn phòng UBND tỉnh | Các sở, ban, ngành | Quý III/2025 | 2025-09-30 | detail=Rà soát, đề xuất cắt giảm ít nhất 20% thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước ; note=Nghị quyết số 12/NQ-CP ngày 10/02/2025
T I.2 | Số hóa hồ sơ, kết quả giải quyết | Sở Khoa học và Công nghệ | | Năm 2025 | 2025-12-31 | detail=Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực ; note=Quyết định số 468/QĐ-TTg ngày 27/3/2021
""")

# 6. The unit columns before the task column.
layout("units-first", ["csv", "docx"], [], [[
    ["TT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Nhiệm vụ", "Thời hạn hoàn thành"],
    ["I", "Công tác chỉ đạo, điều hành", "<", "<", "<"],
    ["1", "Văn phòng", "Các phòng, đơn vị", "Xây dựng kế hoạch cải cách hành chính năm 2026", "Tháng 12/2025"],
    ["2", "Thanh tra", "", "Kiểm tra việc thực hiện quy chế làm việc", "Quý III/2025"],
]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Xây dựng kế hoạch cải cách hành chính năm 2026 | Văn phòng | Các phòng, đơn vị | Tháng 12/2025 | 2025-12-31 |
T I.2 | Kiểm tra việc thực hiện quy chế làm việc | Thanh tra | | Quý III/2025 | 2025-09-30 |
""")

# 7. A status column and a result column of a plan already under way: the status is kept as the
# annex gave it, the result is the product.
layout("status-and-result", ["xlsx", "csv"], [], [[
    ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Tình trạng", "Kết quả"],
    ["I", "Cải cách công vụ", "<", "<", "<", "<", "<"],
    ["1", "Tuyển dụng công chức", "Sở Nội vụ", "", "Quý II/2025", "Đã hoàn thành", "Quyết định tuyển dụng"],
    ["2", "Đào tạo, bồi dưỡng công chức", "Sở Nội vụ", "Trường Chính trị tỉnh", "Tháng 11/2025", "Đang thực hiện", "Lớp bồi dưỡng"],
    ["3", "Đánh giá, xếp loại công chức", "Sở Nội vụ", "", "Tháng 12/2025", "Chưa thực hiện", ""],
]], """
S I | Cải cách công vụ
T I.1 | Tuyển dụng công chức | Sở Nội vụ | | Quý II/2025 | 2025-06-30 | product=Quyết định tuyển dụng ; annex_status=Đã hoàn thành
T I.2 | Đào tạo, bồi dưỡng công chức | Sở Nội vụ | Trường Chính trị tỉnh | Tháng 11/2025 | 2025-11-30 | product=Lớp bồi dưỡng ; annex_status=Đang thực hiện
T I.3 | Đánh giá, xếp loại công chức | Sở Nội vụ | | Tháng 12/2025 | 2025-12-31 | annex_status=Chưa thực hiện
""")

# 8. Parts lettered in the Vietnamese alphabet, with Roman sections inside: "Đ" is a letter of
# its own, and "I" after "H" is the next part, not a Roman numeral.
layout("vietnamese-part-letters", ["csv", "xlsx"], [], [[
    ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
    ["A", "NHIỆM VỤ CHUNG", "<", "<"],
    ["I", "Chỉ đạo, điều hành", "<", "<"],
    ["1", "Ban hành kế hoạch", "Văn phòng", "Quý I/2025"],
    ["Đ", "NHIỆM VỤ VỀ THỂ CHẾ", "<", "<"],
    ["I", "Xây dựng văn bản", "<", "<"],
    ["1", "Ban hành quy định phân cấp", "Sở Tư pháp", "Quý II/2025"],
    ["H", "NHIỆM VỤ VỀ CÔNG VỤ", "<", "<"],
    ["I", "Tuyển dụng", "<", "<"],
    ["1", "Tổ chức thi tuyển công chức", "Sở Nội vụ", "Quý III/2025"],
    ["II", "Đánh giá", "<", "<"],
    ["1", "Đánh giá công chức cuối năm", "Sở Nội vụ", "Tháng 12/2025"],
    ["I", "NHIỆM VỤ VỀ TÀI CHÍNH CÔNG", "<", "<"],
    ["I", "Tự chủ tài chính", "<", "<"],
    ["1", "Giao tự chủ cho đơn vị sự nghiệp", "Sở Tài chính", "Quý IV/2025"],
    ["K", "NHIỆM VỤ VỀ CHÍNH QUYỀN SỐ", "<", "<"],
    ["I", "Dịch vụ công trực tuyến", "<", "<"],
    ["1", "Cung cấp dịch vụ công trực tuyến toàn trình", "Sở Khoa học và Công nghệ", "Thường xuyên"],
]], """
S A.I | Chỉ đạo, điều hành
T A.I.1 | Ban hành kế hoạch | Văn phòng | | Quý I/2025 | 2025-03-31 |
S Đ.I | Xây dựng văn bản
T Đ.I.1 | Ban hành quy định phân cấp | Sở Tư pháp | | Quý II/2025 | 2025-06-30 |
S H.I | Tuyển dụng
T H.I.1 | Tổ chức thi tuyển công chức | Sở Nội vụ | | Quý III/2025 | 2025-09-30 |
S H.II | Đánh giá
T H.II.1 | Đánh giá công chức cuối năm | Sở Nội vụ | | Tháng 12/2025 | 2025-12-31 |
S I.I | Tự chủ tài chính
T I.I.1 | Giao tự chủ cho đơn vị sự nghiệp | Sở Tài chính | | Quý IV/2025 | 2025-12-31 |
S K.I | Dịch vụ công trực tuyến
T K.I.1 | Cung cấp dịch vụ công trực tuyến toàn trình | Sở Khoa học và Công nghệ | | Thường xuyên | continuous |
""")

# 9. Groups inside a section: a numbered row spanning the table with no lead is a heading; the
# tasks under it are numbered within it (1.1, 1.2), restart in each group (II), or run on
# across groups (III).
layout("groups-in-sections", ["docx", "xlsx", "csv"], [], [[
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<"],
    ["1", "Xây dựng thể chế", "<", "<", "<"],
    ["1.1", "Ban hành quy chế làm việc", "Văn phòng", "", "Quý I/2025"],
    ["1.2", "Ban hành quy chế chi tiêu nội bộ", "Văn phòng", "Phòng Kế hoạch - Tài chính", "Quý I/2025"],
    ["2", "Kiểm tra văn bản", "<", "<", "<"],
    ["2.1", "Tự kiểm tra văn bản quy phạm pháp luật", "Thanh tra", "", "Quý IV/2025"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<"],
    ["II.1", "Kiểm soát thủ tục hành chính", "<", "<", "<"],
    ["1", "Rà soát thủ tục hành chính", "Văn phòng", "", "Quý II/2025"],
    ["2", "Công bố thủ tục hành chính", "Văn phòng", "", "Thường xuyên"],
    ["II.2", "Một cửa liên thông", "<", "<", "<"],
    ["1", "Tiếp nhận hồ sơ trực tuyến", "Bộ phận Một cửa", "", "Thường xuyên"],
]], """
S I | CẢI CÁCH THỂ CHẾ
H I.1 | Xây dựng thể chế
T I.1.1 | Ban hành quy chế làm việc | Văn phòng | | Quý I/2025 | 2025-03-31 |
T I.1.2 | Ban hành quy chế chi tiêu nội bộ | Văn phòng | Phòng Kế hoạch - Tài chính | Quý I/2025 | 2025-03-31 |
H I.2 | Kiểm tra văn bản
T I.2.1 | Tự kiểm tra văn bản quy phạm pháp luật | Thanh tra | | Quý IV/2025 | 2025-12-31 |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Kiểm soát thủ tục hành chính
T II.1.1 | Rà soát thủ tục hành chính | Văn phòng | | Quý II/2025 | 2025-06-30 |
T II.1.2 | Công bố thủ tục hành chính | Văn phòng | | Thường xuyên | continuous |
H II.2 | Một cửa liên thông
T II.2.1 | Tiếp nhận hồ sơ trực tuyến | Bộ phận Một cửa | | Thường xuyên | continuous |
""")

# 9b. Groups across the table whose tasks' numbers run on from one group to the next.
layout("groups-numbered-on", ["docx", "xlsx"], [], [[
    ["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
    ["III", "CẢI CÁCH CÔNG VỤ", "<", "<"],
    ["III.1", "Tuyển dụng", "<", "<"],
    ["1", "Thi tuyển công chức", "Sở Nội vụ", "Quý II/2025"],
    ["2", "Tiếp nhận viên chức", "Sở Nội vụ", "Quý III/2025"],
    ["III.2", "Đánh giá", "<", "<"],
    ["3", "Đánh giá công chức", "Sở Nội vụ", "Tháng 12/2025"],
    ["4", "Khen thưởng", "Sở Nội vụ", "Tháng 12/2025"],
]], """
S III | CẢI CÁCH CÔNG VỤ
H III.1 | Tuyển dụng
T III.1.1 | Thi tuyển công chức | Sở Nội vụ | | Quý II/2025 | 2025-06-30 |
T III.1.2 | Tiếp nhận viên chức | Sở Nội vụ | | Quý III/2025 | 2025-09-30 |
H III.2 | Đánh giá
T III.2.3 | Đánh giá công chức | Sở Nội vụ | | Tháng 12/2025 | 2025-12-31 |
T III.2.4 | Khen thưởng | Sở Nội vụ | | Tháng 12/2025 | 2025-12-31 |
""")

# 9c. Groups told by bold alone (a Word table whose group rows are not merged across): their
# tasks' numbers run on; a heading in bold whose items are bullets holds those, not the next
# number.
layout("bold-groups", ["docx", "xlsx", "ods"], [], [[
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
    ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<"],
    ["**I.1", "**Kiểm soát thủ tục hành chính", "", "", ""],
    ["1", "Rà soát thủ tục hành chính", "Văn phòng", "", "Quý II/2025"],
    ["2", "Công bố thủ tục hành chính", "Văn phòng", "", "Quý III/2025"],
    ["**I.2", "**Một cửa liên thông", "", "", ""],
    ["3", "Tiếp nhận hồ sơ trực tuyến", "Bộ phận Một cửa", "", "Thường xuyên"],
    ["4", "Trả kết quả qua bưu chính", "Bộ phận Một cửa", "", "Thường xuyên"],
    ["**5", "**Tuyên truyền cải cách hành chính", "", "", ""],
    ["-", "Viết tin, bài về cải cách hành chính", "Văn phòng", "", "Tháng 10/2025"],
    ["6", "Khảo sát sự hài lòng", "Thanh tra", "", "Quý IV/2025"],
]], """
S I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H I.1 | Kiểm soát thủ tục hành chính
T I.1.1 | Rà soát thủ tục hành chính | Văn phòng | | Quý II/2025 | 2025-06-30 |
T I.1.2 | Công bố thủ tục hành chính | Văn phòng | | Quý III/2025 | 2025-09-30 |
H I.2 | Một cửa liên thông
T I.2.3 | Tiếp nhận hồ sơ trực tuyến | Bộ phận Một cửa | | Thường xuyên | continuous |
T I.2.4 | Trả kết quả qua bưu chính | Bộ phận Một cửa | | Thường xuyên | continuous |
H I.5 | Tuyên truyền cải cách hành chính
T I.5.a | Viết tin, bài về cải cách hành chính | Văn phòng | | Tháng 10/2025 | 2025-10-31 |
T I.6 | Khảo sát sự hài lòng | Thanh tra | | Quý IV/2025 | 2025-12-31 |
""")

# 10. One table per section, each after its section's title written as a paragraph.
layout("tables-after-paragraphs", ["docx"], ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ NĂM 2025"], [
    "I. CẢI CÁCH THỂ CHẾ",
    [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Rà soát quy chế làm việc", "Văn phòng", "", "Quý II/2025"],
        ["2", "Theo dõi thi hành pháp luật", "Thanh tra", "Văn phòng", "Tháng 11/2025"],
    ],
    "II. HIỆN ĐẠI HÓA HÀNH CHÍNH",
    [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Số hóa hồ sơ lưu trữ", "Văn phòng", "Các phòng, đơn vị", "Năm 2025"],
    ],
], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát quy chế làm việc | Văn phòng | | Quý II/2025 | 2025-06-30 |
T I.2 | Theo dõi thi hành pháp luật | Thanh tra | Văn phòng | Tháng 11/2025 | 2025-11-30 |
S II | HIỆN ĐẠI HÓA HÀNH CHÍNH
T II.1 | Số hóa hồ sơ lưu trữ | Văn phòng | Các phòng, đơn vị | Năm 2025 | 2025-12-31 |
""")

# 11. A number, its lead and its support merged down over the rows of its sub-tasks: each row is
# a task of its own under that number.
layout("merged-subtask-rows", ["xlsx", "docx", "ods"], [], [[
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["I", "TUYÊN TRUYỀN", "<", "<", "<"],
    ["1", "Tuyên truyền trên báo, đài", "Văn phòng", "Các phòng, đơn vị", "Quý II/2025"],
    ["^", "Tuyên truyền trên mạng xã hội", "^", "^", "Quý III/2025"],
    ["^", "Tổ chức hội thi tìm hiểu cải cách hành chính", "^", "^", "Quý IV/2025"],
    ["2", "Khảo sát sự hài lòng", "Thanh tra", "", "Tháng 11/2025"],
]], """
S I | TUYÊN TRUYỀN
T I.1 | Tuyên truyền trên báo, đài | Văn phòng | Các phòng, đơn vị | Quý II/2025 | 2025-06-30 |
T I.1.a | Tuyên truyền trên mạng xã hội | Văn phòng | Các phòng, đơn vị | Quý III/2025 | 2025-09-30 |
T I.1.b | Tổ chức hội thi tìm hiểu cải cách hành chính | Văn phòng | Các phòng, đơn vị | Quý IV/2025 | 2025-12-31 |
T I.2 | Khảo sát sự hài lòng | Thanh tra | | Tháng 11/2025 | 2025-11-30 |
""")

# 12. Units as bullet lists in a cell, and one column of units with their roles in brackets,
# a role after several units standing for all of them.
layout("bullets-and-roles", ["csv", "docx"], [], [[
    ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành"],
    ["I", "Cải cách tổ chức bộ máy", "<", "<"],
    ["1", "Sắp xếp đơn vị sự nghiệp", "- Sở Nội vụ;\n- Sở Tài chính", "Quý III/2025"],
    ["2", "Rà soát chức năng, nhiệm vụ", "Sở Nội vụ (chủ trì); Sở Tư pháp, Sở Tài chính (phối hợp)", "Quý IV/2025"],
    ["3", "Kiện toàn tổ chức", "Sở Nội vụ (chủ trì), Văn phòng UBND tỉnh (phối hợp)", "Tháng 10/2025"],
]], """
S I | Cải cách tổ chức bộ máy
T I.1 | Sắp xếp đơn vị sự nghiệp | Sở Nội vụ; Sở Tài chính | | Quý III/2025 | 2025-09-30 |
T I.2 | Rà soát chức năng, nhiệm vụ | Sở Nội vụ | Sở Tư pháp; Sở Tài chính | Quý IV/2025 | 2025-12-31 |
T I.3 | Kiện toàn tổ chức | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 10/2025 | 2025-10-31 |
""")

# 13. Budget and funds, a product, periodic duties and an event; the column "Tiến độ" holds the
# deadlines.
layout("budget-and-periodic", ["xlsx", "csv"], [], [[
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Kinh phí (triệu đồng)", "Nguồn kinh phí", "Sản phẩm", "Tiến độ"],
    ["I", "Hiện đại hóa nền hành chính", "<", "<", "<", "<", "<", "<"],
    ["1", "Nâng cấp cổng thông tin điện tử", "Văn phòng", "", "150", "Ngân sách tỉnh", "Cổng thông tin được nâng cấp", "Quý III/2025"],
    ["2", "Báo cáo tình hình cải cách hành chính", "Văn phòng", "Các phòng, đơn vị", "", "", "Báo cáo", "Định kỳ hằng quý"],
    ["3", "Triển khai văn bản mới về cải cách hành chính", "Văn phòng", "", "", "", "", "Khi có văn bản hướng dẫn của UBND tỉnh"],
]], """
S I | Hiện đại hóa nền hành chính
T I.1 | Nâng cấp cổng thông tin điện tử | Văn phòng | | Quý III/2025 | 2025-09-30 | budget=150000000 ; product=Cổng thông tin được nâng cấp ; funding=Ngân sách tỉnh
T I.2 | Báo cáo tình hình cải cách hành chính | Văn phòng | Các phòng, đơn vị | Định kỳ hằng quý | periodic | product=Báo cáo
T I.3 | Triển khai văn bản mới về cải cách hành chính | Văn phòng | | Khi có văn bản hướng dẫn của UBND tỉnh | event |
""")

# 14. Headers in words the reader does not know: refused, naming the headers it saw; with
# `--columns` saying which column is which, read.
layout("unknown-headers", ["csv", "xlsx"], [], [[
    ["STT", "Công việc cần làm", "Người phụ trách", "Hạn chót"],
    ["I", "Công tác văn phòng", "<", "<"],
    ["1", "Rà soát quy chế làm việc", "Văn phòng", "Quý II/2025"],
    ["2", "Báo cáo công tác quý", "Thanh tra", "Tháng 6/2025"],
]], """
R has no table whose header names a task column and a lead column
A --columns title=B,lead=C,deadline=D
S I | Công tác văn phòng
T I.1 | Rà soát quy chế làm việc | Văn phòng | | Quý II/2025 | 2025-06-30 |
T I.2 | Báo cáo công tác quý | Thanh tra | | Tháng 6/2025 | 2025-06-30 |
""")


# Layouts written by a second hand, blind to the reader's code, from what provinces publish
# (districts, communes, departments, 2024–2026); the expected plans were checked against the
# contract (plan-format.md, import.md) where the second hand was unsure.

# B1. A district annex (UBND huyện, 2025) with the long header wording "Nội dung nhiệm vụ /
# Đơn vị chủ trì thực hiện / Đơn vị phối hợp thực hiện / Thời gian hoàn thành / Sản phẩm đầu ra",
# no Roman numerals at all: sections are Arabic-numbered rows in capitals spanning the table
# ("1" + "CẢI CÁCH THỂ CHẾ"), tasks "1.1", "1.2". Deadlines as ranges, "Cả năm", "6 tháng đầu
# năm", "Hằng tháng", "Trước ngày 15/12/2025"; collective units ("UBND các xã, thị trấn") as lead.
# A section's id is its Roman numeral (plan-format.md): section "1" is I, and its task "1.1"
# is I.1.
layout("arabic-caps-sections", ["docx", "xlsx"], [
    "UBND HUYỆN ĐỨC HÒA",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND HUYỆN",
    "(Kèm theo Kế hoạch số 15/KH-UBND ngày 08/01/2025 của UBND huyện Đức Hòa)",
], [[
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện", "Thời gian hoàn thành", "Sản phẩm đầu ra"],
    ["1", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1.1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Phòng Tư pháp",
     "Phòng Nội vụ, Văn phòng HĐND và UBND huyện", "Quý IV/2025", "Báo cáo kết quả rà soát"],
    ["1.2", "Theo dõi tình hình thi hành pháp luật trên địa bàn huyện", "Phòng Tư pháp", "UBND các xã, thị trấn",
     "Từ tháng 01 đến tháng 12/2025", "Báo cáo năm"],
    ["1.3", "Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Phòng Tư pháp",
     "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thông", "Tháng 11/2025", "Kế hoạch, báo cáo"],
    ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["2.1", "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện",
     "Văn phòng HĐND và UBND huyện", "Các phòng, ban chuyên môn", "Tháng 3 - Tháng 6/2025", "Báo cáo rà soát"],
    ["2.2", "Duy trì hoạt động Bộ phận Một cửa huyện và cấp xã", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "Cả năm", "Hồ sơ được giải quyết đúng hạn"],
    ["2.3", "Cập nhật, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa cấp xã", "UBND các xã, thị trấn",
     "Văn phòng HĐND và UBND huyện", "Thường xuyên", "Niêm yết công khai"],
    ["3", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["3.1", "Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND huyện", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "6 tháng đầu năm", "Đề án, Tờ trình"],
    ["3.2", "Xây dựng, điều chỉnh đề án vị trí việc làm", "Phòng Nội vụ", "Các cơ quan, đơn vị",
     "Quý III/2025", "Quyết định phê duyệt"],
    ["4", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
    ["4.1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "Hằng tháng", "Tỷ lệ số hóa đạt trên 80%"],
    ["4.2", "Sử dụng chữ ký số trong trao đổi văn bản điện tử", "Các cơ quan, đơn vị; UBND các xã, thị trấn",
     "Phòng Văn hóa và Thông tin", "Trước ngày 15/12/2025", "Báo cáo"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành | Phòng Tư pháp | Phòng Nội vụ; Văn phòng HĐND và UBND huyện | Quý IV/2025 | 2025-12-31 | product=Báo cáo kết quả rà soát
T I.2 | Theo dõi tình hình thi hành pháp luật trên địa bàn huyện | Phòng Tư pháp | UBND các xã, thị trấn | Từ tháng 01 đến tháng 12/2025 | 2025-12-31 | product=Báo cáo năm
T I.3 | Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam | Phòng Tư pháp | Phòng Văn hóa và Thông tin; Trung tâm Văn hóa, Thể thao và Truyền thông | Tháng 11/2025 | 2025-11-30 | product=Kế hoạch, báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện | Văn phòng HĐND và UBND huyện | Các phòng, ban chuyên môn | Tháng 3 - Tháng 6/2025 | 2025-06-30 | product=Báo cáo rà soát
T II.2 | Duy trì hoạt động Bộ phận Một cửa huyện và cấp xã | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Cả năm | 2025-12-31 | product=Hồ sơ được giải quyết đúng hạn
T II.3 | Cập nhật, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa cấp xã | UBND các xã, thị trấn | Văn phòng HĐND và UBND huyện | Thường xuyên | continuous | product=Niêm yết công khai
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | 6 tháng đầu năm | 2025-06-30 | product=Đề án, Tờ trình
T III.2 | Xây dựng, điều chỉnh đề án vị trí việc làm | Phòng Nội vụ | Các cơ quan, đơn vị | Quý III/2025 | 2025-09-30 | product=Quyết định phê duyệt
S IV | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T IV.1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Hằng tháng | periodic | product=Tỷ lệ số hóa đạt trên 80%
T IV.2 | Sử dụng chữ ký số trong trao đổi văn bản điện tử | Các cơ quan, đơn vị; UBND các xã, thị trấn | Phòng Văn hóa và Thông tin | Trước ngày 15/12/2025 | 2025-12-15 | product=Báo cáo
""")

# B2. A commune annex (UBND xã, 2024) of only four columns, the lead column headed "Cán bộ,
# công chức thực hiện" (people's posts, not offices), no support column. Section rows are
# Roman numerals written with a dot ("I.") whose other cells are empty, NOT merged.
layout("commune-four-columns", ["docx", "csv"], [
    "UBND XÃ TÂN PHÚ",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 05/KH-UBND ngày 12/01/2024 của UBND xã Tân Phú)",
], [[
    ["TT", "Nội dung công việc", "Cán bộ, công chức thực hiện", "Thời gian thực hiện"],
    ["I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", ""],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024", "Công chức Văn phòng - Thống kê", "Tháng 01/2024"],
    ["2", "Báo cáo kết quả thực hiện cải cách hành chính gửi UBND huyện", "Công chức Văn phòng - Thống kê", "Hằng quý"],
    ["3", "Tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh xã", "Công chức Văn hóa - Xã hội", "Hằng tháng"],
    ["II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
    ["1", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa",
     "Công chức Tư pháp - Hộ tịch;\nCông chức Văn phòng - Thống kê", "Thường xuyên"],
    ["2", "Hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia", "Bộ phận Một cửa xã", "Cả năm"],
    ["3", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về thủ tục hành chính", "Chủ tịch UBND xã",
     "Khi có phản ánh, kiến nghị"],
    ["III.", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", ""],
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức xã", "Chủ tịch UBND xã", "Trước ngày 15/12/2024"],
    ["2", "Cử cán bộ, công chức tham gia các lớp bồi dưỡng do huyện tổ chức", "Công chức Văn phòng - Thống kê",
     "6 tháng cuối năm"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 | Công chức Văn phòng - Thống kê | | Tháng 01/2024 | 2024-01-31 |
T I.2 | Báo cáo kết quả thực hiện cải cách hành chính gửi UBND huyện | Công chức Văn phòng - Thống kê | | Hằng quý | periodic |
T I.3 | Tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh xã | Công chức Văn hóa - Xã hội | | Hằng tháng | periodic |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa | Công chức Tư pháp - Hộ tịch; Công chức Văn phòng - Thống kê | | Thường xuyên | continuous |
T II.2 | Hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia | Bộ phận Một cửa xã | | Cả năm | 2024-12-31 |
T II.3 | Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về thủ tục hành chính | Chủ tịch UBND xã | | Khi có phản ánh, kiến nghị | event |
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức xã | Chủ tịch UBND xã | | Trước ngày 15/12/2024 | 2024-12-15 |
T III.2 | Cử cán bộ, công chức tham gia các lớp bồi dưỡng do huyện tổ chức | Công chức Văn phòng - Thống kê | | 6 tháng cuối năm | 2024-12-31 |
""", year=2024)

# B3. A department's sheet (Sở Nội vụ, 2026) laid out as printed: column A empty, the table
# from column B; above it the issuing body on the left and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
# Độc lập - Tự do - Hạnh phúc" on the right, a blank row, the annex's title lines, a blank row.
# Budget in "nghìn đồng" with "." thousands separators, a funding column, a "TỔNG CỘNG" row
# under the table (not a task) and the signer's title under that (not a task).
_E = ["", "", "", "", "", "", "", ""]
layout("sheet-from-column-b", ["xlsx", "csv"], [], [[
    ["", "UBND TỈNH BÌNH PHƯỚC", "<", "<", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "<", "<"],
    ["", "SỞ NỘI VỤ", "<", "<", "", "Độc lập - Tự do - Hạnh phúc", "<", "<"],
    list(_E),
    ["", "PHỤ LỤC", "<", "<", "<", "<", "<", "<"],
    ["", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "<", "<", "<", "<", "<", "<"],
    ["", "(Kèm theo Kế hoạch số 21/KH-SNV ngày 15/01/2026 của Sở Nội vụ)", "<", "<", "<", "<", "<", "<"],
    list(_E),
    ["", "STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí (nghìn đồng)", "Nguồn kinh phí"],
    ["", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"],
    ["", "1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Tháng 01/2026", "", ""],
    ["", "2", "Tổ chức tuyên truyền cải cách hành chính", "Văn phòng Sở", "Trung tâm Lưu trữ lịch sử", "Quý II, Quý III/2026", "45.000", "Ngân sách nhà nước"],
    ["", "3", "Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
     "Phòng Cải cách hành chính", "Viện Nghiên cứu phát triển", "Tháng 9/2026", "120.500", "Ngân sách tỉnh"],
    ["", "II", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<", "<"],
    ["", "1", "Tổ chức thi tuyển công chức", "Phòng Công chức, viên chức", "Hội đồng tuyển dụng", "Quý III/2026", "350.000", "Nguồn thu phí dự tuyển"],
    ["", "2", "Bồi dưỡng kiến thức quản lý nhà nước cho công chức", "Phòng Công chức, viên chức", "Trường Chính trị tỉnh",
     "Từ tháng 4 đến tháng 10/2026", "1.250.000", "Ngân sách tỉnh"],
    ["", "3", "Kiểm tra công vụ đột xuất", "Thanh tra Sở", "", "Khi có chỉ đạo của UBND tỉnh", "", ""],
    ["", "III", "XÂY DỰNG CHÍNH QUYỀN SỐ", "<", "<", "<", "<", "<"],
    ["", "1", "Số hóa hồ sơ lưu trữ", "Trung tâm Lưu trữ lịch sử", "Văn phòng Sở", "Năm 2026", "800.000", "Ngân sách tỉnh"],
    ["", "2", "Duy trì hệ thống quản lý văn bản và điều hành", "Văn phòng Sở", "", "Thường xuyên", "", ""],
    ["", "", "TỔNG CỘNG", "<", "<", "<", "2.565.500", ""],
    list(_E),
    ["", "", "", "", "", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "<", "<"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 |
T I.2 | Tổ chức tuyên truyền cải cách hành chính | Văn phòng Sở | Trung tâm Lưu trữ lịch sử | Quý II, Quý III/2026 | 2026-09-30 | budget=45000000 ; funding=Ngân sách nhà nước
T I.3 | Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước | Phòng Cải cách hành chính | Viện Nghiên cứu phát triển | Tháng 9/2026 | 2026-09-30 | budget=120500000 ; funding=Ngân sách tỉnh
S II | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T II.1 | Tổ chức thi tuyển công chức | Phòng Công chức, viên chức | Hội đồng tuyển dụng | Quý III/2026 | 2026-09-30 | budget=350000000 ; funding=Nguồn thu phí dự tuyển
T II.2 | Bồi dưỡng kiến thức quản lý nhà nước cho công chức | Phòng Công chức, viên chức | Trường Chính trị tỉnh | Từ tháng 4 đến tháng 10/2026 | 2026-10-31 | budget=1250000000 ; funding=Ngân sách tỉnh
T II.3 | Kiểm tra công vụ đột xuất | Thanh tra Sở | | Khi có chỉ đạo của UBND tỉnh | event |
S III | XÂY DỰNG CHÍNH QUYỀN SỐ
T III.1 | Số hóa hồ sơ lưu trữ | Trung tâm Lưu trữ lịch sử | Văn phòng Sở | Năm 2026 | 2026-12-31 | budget=800000000 ; funding=Ngân sách tỉnh
T III.2 | Duy trì hệ thống quản lý văn bản và điều hành | Văn phòng Sở | | Thường xuyên | continuous |
""", year=2026)

# B4. A Word annex (Sở Tư pháp, 2025) whose table breaks across a page and was continued as a
# second table starting again with the header row; the second table opens mid-section (no
# section row: its rows still belong to section II and to task II.1). Sub-tasks "a)", "b)"
# under numbered tasks with no lead (headings), one "a)" WITH a lead and a "-" under it; a unit
# name with a comma inside ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật").
_H4 = ["TT", "Nhiệm vụ", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời hạn hoàn thành", "Hình thức sản phẩm"]
_XD = "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật"
layout("docx-table-continued", ["docx"], [
    "PHỤ LỤC",
    "CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ TƯ PHÁP",
    "(Ban hành kèm theo Kế hoạch số 09/KH-STP ngày 20/01/2025 của Sở Tư pháp)",
], [
    [
        list(_H4),
        ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
        ["1", "Tham mưu xây dựng văn bản quy phạm pháp luật thuộc lĩnh vực tư pháp", "", "", "", ""],
        ["a)", "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp", "Văn phòng Sở",
         "Sở Nội vụ", "Quý II/2025", "Quyết định của UBND tỉnh"],
        ["b)", "Quyết định ban hành Quy chế phối hợp quản lý nhà nước về công tác bồi thường nhà nước",
         "Phòng Hành chính tư pháp", "Các sở, ban, ngành", "Quý III/2025", "Quyết định của UBND tỉnh"],
        ["2", "Kiểm tra, rà soát văn bản quy phạm pháp luật theo thẩm quyền", _XD,
         "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Thường xuyên", "Báo cáo"],
        ["3", "Theo dõi tình hình thi hành pháp luật", "", "", "", ""],
        ["a)", "Xây dựng Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025", _XD, "", "Tháng 02/2025", "Kế hoạch"],
        ["b)", "Kiểm tra tình hình thi hành pháp luật tại một số địa phương", _XD,
         "UBND các huyện, thị xã, thành phố", "Quý III/2025", "Báo cáo"],
        ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
        ["1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực tư pháp", "", "", "", ""],
    ],
    [
        list(_H4),
        ["a)", "Lĩnh vực hộ tịch, chứng thực", "Phòng Hành chính tư pháp", "UBND các huyện, thị xã, thành phố",
         "Quý II/2025", "Phương án đơn giản hóa"],
        ["-", "Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
         "Phòng Hành chính tư pháp", "Công an tỉnh; Bảo hiểm xã hội tỉnh", "Tháng 6/2025", "Báo cáo"],
        ["b)", "Lĩnh vực luật sư, công chứng, đấu giá tài sản", "Phòng Bổ trợ tư pháp", "", "Quý III/2025",
         "Phương án đơn giản hóa"],
        ["2", "Công bố, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", "Văn phòng Sở",
         "Trung tâm Phục vụ hành chính công tỉnh",
         "Trong thời hạn 05 ngày làm việc kể từ ngày Quyết định công bố có hiệu lực", "Thủ tục hành chính được công khai"],
        ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
        ["1", "Kiện toàn tổ chức các phòng chuyên môn thuộc Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Quý I/2025", "Quyết định"],
        ["2", "Xây dựng Đề án vị trí việc làm của Sở", "Văn phòng Sở", "Sở Nội vụ", "Quý IV/2025", "Đề án"],
    ],
], """
S I | CẢI CÁCH THỂ CHẾ
H I.1 | Tham mưu xây dựng văn bản quy phạm pháp luật thuộc lĩnh vực tư pháp
T I.1.a | Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp | Văn phòng Sở | Sở Nội vụ | Quý II/2025 | 2025-06-30 | product=Quyết định của UBND tỉnh
T I.1.b | Quyết định ban hành Quy chế phối hợp quản lý nhà nước về công tác bồi thường nhà nước | Phòng Hành chính tư pháp | Các sở, ban, ngành | Quý III/2025 | 2025-09-30 | product=Quyết định của UBND tỉnh
T I.2 | Kiểm tra, rà soát văn bản quy phạm pháp luật theo thẩm quyền | Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Thường xuyên | continuous | product=Báo cáo
H I.3 | Theo dõi tình hình thi hành pháp luật
T I.3.a | Xây dựng Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025 | Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật | | Tháng 02/2025 | 2025-02-28 | product=Kế hoạch
T I.3.b | Kiểm tra tình hình thi hành pháp luật tại một số địa phương | Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật | UBND các huyện, thị xã, thành phố | Quý III/2025 | 2025-09-30 | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực tư pháp
T II.1.a | Lĩnh vực hộ tịch, chứng thực | Phòng Hành chính tư pháp | UBND các huyện, thị xã, thành phố | Quý II/2025 | 2025-06-30 | product=Phương án đơn giản hóa
T II.1.a.1 | Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | Phòng Hành chính tư pháp | Công an tỉnh; Bảo hiểm xã hội tỉnh | Tháng 6/2025 | 2025-06-30 | product=Báo cáo
T II.1.b | Lĩnh vực luật sư, công chứng, đấu giá tài sản | Phòng Bổ trợ tư pháp | | Quý III/2025 | 2025-09-30 | product=Phương án đơn giản hóa
T II.2 | Công bố, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Trong thời hạn 05 ngày làm việc kể từ ngày Quyết định công bố có hiệu lực | event | product=Thủ tục hành chính được công khai
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Kiện toàn tổ chức các phòng chuyên môn thuộc Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý I/2025 | 2025-03-31 | product=Quyết định
T III.2 | Xây dựng Đề án vị trí việc làm của Sở | Văn phòng Sở | Sở Nội vụ | Quý IV/2025 | 2025-12-31 | product=Đề án
""")

# B5. No number column at all: the numbers are written inside the task text ("I. …" spanning
# the row for a section, "1. …" for a task, "- …" for a bullet). Numbered tasks with no lead
# have "-" bullets under them and the units are given only on the bullets; one numbered task
# with a lead and no bullets; a support list joining an office and a collective with ", UBND".
layout("numbers-in-text-bullets", ["docx", "xlsx", "csv"], [
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 32/KH-UBND ngày 16/01/2025 của UBND huyện Châu Thành)",
], [[
    ["Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả/sản phẩm"],
    ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1. Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện", "Phòng Nội vụ", "Các cơ quan, đơn vị",
     "Tháng 01/2025", "Kế hoạch"],
    ["2. Tuyên truyền về cải cách hành chính", "", "", "", ""],
    ["- Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử huyện", "Phòng Văn hóa và Thông tin",
     "Phòng Nội vụ", "Quý II/2025", "Chuyên mục"],
    ["- Tổ chức Hội thi tìm hiểu về cải cách hành chính", "Phòng Nội vụ", "Huyện Đoàn; Phòng Giáo dục và Đào tạo",
     "Tháng 8/2025", "Hội thi"],
    ["- Tuyên truyền trên hệ thống loa truyền thanh cơ sở", "UBND các xã, thị trấn",
     "Trung tâm Văn hóa, Thể thao và Truyền thông", "Hằng tháng", "Tin, bài"],
    ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1. Thực hiện cơ chế một cửa, một cửa liên thông", "", "", "", ""],
    ["- Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Quý I - Quý II/2025", "Quy trình nội bộ được phê duyệt"],
    ["- Đánh giá việc giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện", "", "Định kỳ 6 tháng, năm", "Báo cáo"],
    ["2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "Phòng Văn hóa và Thông tin, UBND các xã, thị trấn", "Năm 2025", "Kết quả được số hóa"],
    ["III. CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1. Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "", "", "", ""],
    ["- Các trường học trực thuộc UBND huyện", "Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch",
     "Quý I/2025", "Quyết định giao tự chủ"],
    ["- Trung tâm Văn hóa, Thể thao và Truyền thông", "Phòng Tài chính - Kế hoạch", "", "Quý I/2025",
     "Quyết định giao tự chủ"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện | Phòng Nội vụ | Các cơ quan, đơn vị | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
H I.2 | Tuyên truyền về cải cách hành chính
T I.2.a | Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử huyện | Phòng Văn hóa và Thông tin | Phòng Nội vụ | Quý II/2025 | 2025-06-30 | product=Chuyên mục
T I.2.b | Tổ chức Hội thi tìm hiểu về cải cách hành chính | Phòng Nội vụ | Huyện Đoàn; Phòng Giáo dục và Đào tạo | Tháng 8/2025 | 2025-08-31 | product=Hội thi
T I.2.c | Tuyên truyền trên hệ thống loa truyền thanh cơ sở | UBND các xã, thị trấn | Trung tâm Văn hóa, Thể thao và Truyền thông | Hằng tháng | periodic | product=Tin, bài
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Thực hiện cơ chế một cửa, một cửa liên thông
T II.1.a | Rà soát quy trình nội bộ giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện | Quý I - Quý II/2025 | 2025-06-30 | product=Quy trình nội bộ được phê duyệt
T II.1.b | Đánh giá việc giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | | Định kỳ 6 tháng, năm | periodic | product=Báo cáo
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | Phòng Văn hóa và Thông tin; UBND các xã, thị trấn | Năm 2025 | 2025-12-31 | product=Kết quả được số hóa
S III | CẢI CÁCH TÀI CHÍNH CÔNG
H III.1 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập
T III.1.a | Các trường học trực thuộc UBND huyện | Phòng Giáo dục và Đào tạo | Phòng Tài chính - Kế hoạch | Quý I/2025 | 2025-03-31 | product=Quyết định giao tự chủ
T III.1.b | Trung tâm Văn hóa, Thể thao và Truyền thông | Phòng Tài chính - Kế hoạch | | Quý I/2025 | 2025-03-31 | product=Quyết định giao tự chủ
""")

# B6. A department's annex (Sở Tài nguyên và Môi trường, 2025) with a "Ghi chú" column of long
# text (sentences with ";" and "," and one line break); one SECTION row carries a note of its
# own in the "Ghi chú" column (the section title merged over the middle columns only). Deadlines
# "Từ 01/7/2025" (starts then, ongoing), "Hằng ngày", "Năm 2025 - 2026", an event sentence.
# The note of a section row is not part of the expected plan (S lines carry no extras).
layout("long-notes", ["xlsx", "docx"], [], [[
    ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1", "Rà soát các văn bản quy phạm pháp luật của tỉnh trong lĩnh vực đất đai", "Phòng Quản lý đất đai", "Sở Tư pháp",
     "Quý II/2025",
     "Thực hiện theo Luật Đất đai năm 2024 và các Nghị định hướng dẫn; kết quả rà soát gửi Sở Tư pháp tổng hợp trước ngày 30/6/2025 để báo cáo UBND tỉnh"],
    ["2", "Tham mưu Quyết định quy định hạn mức giao đất, hạn mức công nhận quyền sử dụng đất", "Phòng Quản lý đất đai",
     "Sở Tư pháp, Sở Xây dựng, UBND các huyện, thị xã, thành phố", "Tháng 9/2025",
     "Nhiệm vụ chuyển tiếp từ năm 2024.\nTrường hợp Trung ương sửa đổi Nghị định hướng dẫn thì điều chỉnh thời gian cho phù hợp"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<",
     "Thực hiện theo Kế hoạch kiểm soát thủ tục hành chính năm 2025 của UBND tỉnh"],
    ["1", "Công bố danh mục thủ tục hành chính lĩnh vực môi trường", "Văn phòng Sở", "Phòng Môi trường",
     "Trong vòng 05 ngày làm việc sau khi có Quyết định công bố của Bộ", ""],
    ["2", "Cắt giảm thời gian giải quyết thủ tục đăng ký đất đai", "Văn phòng Đăng ký đất đai",
     "Chi nhánh Văn phòng Đăng ký đất đai các huyện", "Năm 2025",
     "Phấn đấu cắt giảm ít nhất 30% thời gian giải quyết so với quy định; áp dụng đối với hồ sơ đăng ký biến động, cấp đổi Giấy chứng nhận"],
    ["3", "Tiếp nhận hồ sơ đăng ký đất đai trực tuyến toàn trình", "Văn phòng Đăng ký đất đai",
     "Trung tâm Phục vụ hành chính công tỉnh", "Từ 01/7/2025",
     "Phụ thuộc tiến độ nâng cấp Hệ thống thông tin đất đai của tỉnh"],
    ["III", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<"],
    ["1", "Xây dựng cơ sở dữ liệu đất đai", "Văn phòng Đăng ký đất đai",
     "Sở Khoa học và Công nghệ; UBND các huyện, thị xã, thành phố", "Năm 2025 - 2026",
     "Thực hiện theo Đề án 06 của Chính phủ; năm 2025 hoàn thành tại 04 huyện, năm 2026 hoàn thành các huyện còn lại"],
    ["2", "Cập nhật dữ liệu quan trắc môi trường tự động", "Trung tâm Quan trắc tài nguyên và môi trường", "",
     "Hằng ngày", "Dữ liệu truyền về Bộ Tài nguyên và Môi trường theo thời gian thực"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát các văn bản quy phạm pháp luật của tỉnh trong lĩnh vực đất đai | Phòng Quản lý đất đai | Sở Tư pháp | Quý II/2025 | 2025-06-30 | note=Thực hiện theo Luật Đất đai năm 2024 và các Nghị định hướng dẫn; kết quả rà soát gửi Sở Tư pháp tổng hợp trước ngày 30/6/2025 để báo cáo UBND tỉnh
T I.2 | Tham mưu Quyết định quy định hạn mức giao đất, hạn mức công nhận quyền sử dụng đất | Phòng Quản lý đất đai | Sở Tư pháp; Sở Xây dựng; UBND các huyện, thị xã, thành phố | Tháng 9/2025 | 2025-09-30 | note=Nhiệm vụ chuyển tiếp từ năm 2024. Trường hợp Trung ương sửa đổi Nghị định hướng dẫn thì điều chỉnh thời gian cho phù hợp
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Công bố danh mục thủ tục hành chính lĩnh vực môi trường | Văn phòng Sở | Phòng Môi trường | Trong vòng 05 ngày làm việc sau khi có Quyết định công bố của Bộ | event |
T II.2 | Cắt giảm thời gian giải quyết thủ tục đăng ký đất đai | Văn phòng Đăng ký đất đai | Chi nhánh Văn phòng Đăng ký đất đai các huyện | Năm 2025 | 2025-12-31 | note=Phấn đấu cắt giảm ít nhất 30% thời gian giải quyết so với quy định; áp dụng đối với hồ sơ đăng ký biến động, cấp đổi Giấy chứng nhận
T II.3 | Tiếp nhận hồ sơ đăng ký đất đai trực tuyến toàn trình | Văn phòng Đăng ký đất đai | Trung tâm Phục vụ hành chính công tỉnh | Từ 01/7/2025 | continuous | note=Phụ thuộc tiến độ nâng cấp Hệ thống thông tin đất đai của tỉnh
S III | CHUYỂN ĐỔI SỐ
T III.1 | Xây dựng cơ sở dữ liệu đất đai | Văn phòng Đăng ký đất đai | Sở Khoa học và Công nghệ; UBND các huyện, thị xã, thành phố | Năm 2025 - 2026 | 2026-12-31 | note=Thực hiện theo Đề án 06 của Chính phủ; năm 2025 hoàn thành tại 04 huyện, năm 2026 hoàn thành các huyện còn lại
T III.2 | Cập nhật dữ liệu quan trắc môi trường tự động | Trung tâm Quan trắc tài nguyên và môi trường | | Hằng ngày | continuous | note=Dữ liệu truyền về Bộ Tài nguyên và Môi trường theo thời gian thực
""")

# B7. The deadline column BEFORE the unit columns, the lead headed "Cơ quan thực hiện" beside a
# "Cơ quan phối hợp", the task column "Nhiệm vụ cụ thể". Deadlines as ranges of months, of
# quarters, of dates, two months, a school year, a range crossing into the next year.
# "Năm học 2024 - 2025" read as the end of that school year, 31/5/2025 (the date the Ministry's
# yearly calendar ends the second term).
layout("deadline-before-units", ["csv", "xlsx"], [], [[
    ["STT", "Nhiệm vụ cụ thể", "Thời gian thực hiện", "Cơ quan thực hiện", "Cơ quan phối hợp", "Sản phẩm"],
    ["I", "CẢI CÁCH HÀNH CHÍNH NỘI BỘ NGÀNH GIÁO DỤC", "<", "<", "<", "<"],
    ["1", "Rà soát, sửa đổi quy chế làm việc của Sở", "Tháng 3 - Tháng 6/2025", "Văn phòng Sở", "Các phòng chuyên môn", "Quy chế"],
    ["2", "Kiểm tra công tác cải cách hành chính tại các trường trung học phổ thông", "Từ tháng 01 đến tháng 12/2025",
     "Thanh tra Sở", "Văn phòng Sở, Phòng Tổ chức cán bộ", "Báo cáo kiểm tra"],
    ["3", "Tập huấn nghiệp vụ cho cán bộ văn thư, lưu trữ các đơn vị trực thuộc", "Quý II - Quý III/2025", "Văn phòng Sở", "",
     "Lớp tập huấn"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Tuyển sinh vào lớp 10 trực tuyến", "Tháng 5, tháng 6/2025", "Phòng Giáo dục trung học",
     "Các trường THPT; Sở Khoa học và Công nghệ", "Hệ thống tuyển sinh trực tuyến"],
    ["2", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc qua dịch vụ công trực tuyến", "Từ 01/4/2025 đến 31/12/2025",
     "Phòng Quản lý chất lượng", "Trung tâm Phục vụ hành chính công tỉnh", "Hồ sơ trực tuyến"],
    ["3", "Báo cáo tình hình giải quyết thủ tục hành chính", "Trước ngày 15 của tháng cuối quý", "Văn phòng Sở",
     "Các phòng chuyên môn", "Báo cáo quý"],
    ["III", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Triển khai học bạ số cấp tiểu học, trung học cơ sở", "Năm học 2024 - 2025",
     "Phòng Giáo dục trung học, Phòng Giáo dục mầm non và tiểu học", "Phòng Giáo dục và Đào tạo các huyện, thành phố",
     "Học bạ số"],
    ["2", "Ứng dụng chữ ký số trong văn bản của nhà trường", "Tháng 9/2025 - Tháng 3/2026", "Văn phòng Sở",
     "Các đơn vị trực thuộc", "Văn bản được ký số"],
]], """
S I | CẢI CÁCH HÀNH CHÍNH NỘI BỘ NGÀNH GIÁO DỤC
T I.1 | Rà soát, sửa đổi quy chế làm việc của Sở | Văn phòng Sở | Các phòng chuyên môn | Tháng 3 - Tháng 6/2025 | 2025-06-30 | product=Quy chế
T I.2 | Kiểm tra công tác cải cách hành chính tại các trường trung học phổ thông | Thanh tra Sở | Văn phòng Sở; Phòng Tổ chức cán bộ | Từ tháng 01 đến tháng 12/2025 | 2025-12-31 | product=Báo cáo kiểm tra
T I.3 | Tập huấn nghiệp vụ cho cán bộ văn thư, lưu trữ các đơn vị trực thuộc | Văn phòng Sở | | Quý II - Quý III/2025 | 2025-09-30 | product=Lớp tập huấn
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Tuyển sinh vào lớp 10 trực tuyến | Phòng Giáo dục trung học | Các trường THPT; Sở Khoa học và Công nghệ | Tháng 5, tháng 6/2025 | 2025-06-30 | product=Hệ thống tuyển sinh trực tuyến
T II.2 | Cấp bản sao văn bằng, chứng chỉ từ sổ gốc qua dịch vụ công trực tuyến | Phòng Quản lý chất lượng | Trung tâm Phục vụ hành chính công tỉnh | Từ 01/4/2025 đến 31/12/2025 | 2025-12-31 | product=Hồ sơ trực tuyến
T II.3 | Báo cáo tình hình giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng chuyên môn | Trước ngày 15 của tháng cuối quý | periodic | product=Báo cáo quý
S III | HIỆN ĐẠI HÓA HÀNH CHÍNH
T III.1 | Triển khai học bạ số cấp tiểu học, trung học cơ sở | Phòng Giáo dục trung học; Phòng Giáo dục mầm non và tiểu học | Phòng Giáo dục và Đào tạo các huyện, thành phố | Năm học 2024 - 2025 | 2025-05-31 | product=Học bạ số
T III.2 | Ứng dụng chữ ký số trong văn bản của nhà trường | Văn phòng Sở | Các đơn vị trực thuộc | Tháng 9/2025 - Tháng 3/2026 | 2026-03-31 | product=Văn bản được ký số
""")

# B8. A schedule by quarter (Sở Y tế, 2024): no deadline text at all, the header "Thời gian
# thực hiện" spans four columns "Quý I … Quý IV" and each task is marked "x" (once "X") in the
# quarters it runs in.
# The deadline is the quarters marked, written as their runs ("Quý I - Quý II", "Quý IV"), and
# `due` is the last day of the last quarter marked, in the plan's year.
layout("quarter-marks", ["xlsx", "docx", "csv", "ods"], [
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ Y TẾ",
], [[
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "<", "<", "<"],
    ["^", "^", "^", "^", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<", "<", "<"],
    ["1", "Rà soát văn bản quy phạm pháp luật lĩnh vực y tế", "Phòng Pháp chế", "Các phòng chức năng", "x", "x", "", ""],
    ["2", "Tự kiểm tra văn bản quy phạm pháp luật do Sở tham mưu ban hành", "Phòng Pháp chế", "", "", "", "", "x"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<", "<"],
    ["1", "Công bố, công khai thủ tục hành chính thuộc thẩm quyền của Sở", "Văn phòng Sở", "Các phòng chức năng",
     "x", "x", "x", "x"],
    ["2", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực dược", "Phòng Nghiệp vụ Dược", "Văn phòng Sở", "", "x", "", ""],
    ["3", "Khảo sát sự hài lòng của người bệnh", "Phòng Kế hoạch - Tài chính", "Các bệnh viện, trung tâm y tế", "", "", "X", ""],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<", "<", "<"],
    ["1", "Sắp xếp các trung tâm y tế tuyến huyện", "Phòng Tổ chức cán bộ", "Sở Nội vụ, Sở Tài chính", "", "", "x", "x"],
    ["2", "Đánh giá, xếp loại viên chức", "Phòng Tổ chức cán bộ", "Các đơn vị trực thuộc", "", "", "", "x"],
    ["IV", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<", "<", "<"],
    ["1", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "Phòng Nghiệp vụ Y", "Các bệnh viện", "x", "x", "x", "x"],
    ["2", "Kết nối liên thông dữ liệu khám chữa bệnh với Cổng giám định bảo hiểm y tế", "Phòng Kế hoạch - Tài chính",
     "Bảo hiểm xã hội tỉnh", "", "x", "", ""],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực y tế | Phòng Pháp chế | Các phòng chức năng | Quý I - Quý II | 2024-06-30 |
T I.2 | Tự kiểm tra văn bản quy phạm pháp luật do Sở tham mưu ban hành | Phòng Pháp chế | | Quý IV | 2024-12-31 |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Công bố, công khai thủ tục hành chính thuộc thẩm quyền của Sở | Văn phòng Sở | Các phòng chức năng | Quý I - Quý IV | 2024-12-31 |
T II.2 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực dược | Phòng Nghiệp vụ Dược | Văn phòng Sở | Quý II | 2024-06-30 |
T II.3 | Khảo sát sự hài lòng của người bệnh | Phòng Kế hoạch - Tài chính | Các bệnh viện, trung tâm y tế | Quý III | 2024-09-30 |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp các trung tâm y tế tuyến huyện | Phòng Tổ chức cán bộ | Sở Nội vụ; Sở Tài chính | Quý III - Quý IV | 2024-12-31 |
T III.2 | Đánh giá, xếp loại viên chức | Phòng Tổ chức cán bộ | Các đơn vị trực thuộc | Quý IV | 2024-12-31 |
S IV | CHUYỂN ĐỔI SỐ
T IV.1 | Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh | Phòng Nghiệp vụ Y | Các bệnh viện | Quý I - Quý IV | 2024-12-31 |
T IV.2 | Kết nối liên thông dữ liệu khám chữa bệnh với Cổng giám định bảo hiểm y tế | Phòng Kế hoạch - Tài chính | Bảo hiểm xã hội tỉnh | Quý II | 2024-06-30 |
""", year=2024)


# A second batch written blind by a second hand (2024–2026 annexes of departments, districts and
# communes). Where it was unsure, the contract decided: "Hình thức tuyên truyền" is a product
# column (import.md lists "Hình thức văn bản" among the product headers).

# C1. A department's annex (Sở Nông nghiệp và Môi trường, 2026, after the 2025 merger) with the
# column order "STT | Nhiệm vụ/Hoạt động | Kết quả/sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp |
# Thời gian | Kinh phí (triệu đồng) | Nguồn kinh phí": headers with a slash, the product column
# BEFORE the units, the deadline headed only "Thời gian", the budget in millions with a decimal
# comma ("50,5") and a "." thousands separator ("1.200" = 1.2 billion), a funding text holding a
# ";" (not a unit list). Deadlines "Quý I-II/2026", "Trước 30/6/2026", "Trong năm", "Hoàn thành
# trước ngày 31/12/2026", "Năm 2026-2030", "Định kỳ 6 tháng". Communes after the two-level reform
# ("UBND các xã, phường") as one collective unit.
layout("so-product-before-units", ["docx", "xlsx", "csv"], [
    "UBND TỈNH QUẢNG NGÃI",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 18/KH-SNNMT ngày 12/01/2026 của Sở Nông nghiệp và Môi trường)",
], [[
    ["STT", "Nhiệm vụ/Hoạt động", "Kết quả/sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian",
     "Kinh phí (triệu đồng)", "Nguồn kinh phí"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, đề xuất sửa đổi các quyết định quy phạm pháp luật của UBND tỉnh lĩnh vực nông nghiệp và môi trường sau sắp xếp chính quyền địa phương hai cấp",
     "Báo cáo rà soát; dự thảo Quyết định sửa đổi", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Quý I-II/2026",
     "50,5", "Ngân sách tỉnh"],
    ["2", "Xây dựng Quy chế phối hợp quản lý nhà nước về đất đai giữa Sở và UBND cấp xã", "Quy chế phối hợp",
     "Phòng Quản lý đất đai", "Sở Tư pháp, UBND các xã, phường", "Trước 30/6/2026", "", ""],
    ["3", "Tổ chức hội nghị phổ biến pháp luật về đất đai, môi trường cho công chức cấp xã", "04 hội nghị",
     "Văn phòng Sở", "Chi cục Bảo vệ môi trường", "Trong năm", "120",
     "Ngân sách tỉnh; nguồn sự nghiệp bảo vệ môi trường"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<", "<"],
    ["1", "Công bố danh mục thủ tục hành chính lĩnh vực nông nghiệp và môi trường được chuẩn hóa",
     "Quyết định công bố của Chủ tịch UBND tỉnh", "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh",
     "Hoàn thành trước ngày 31/12/2026", "", ""],
    ["2", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực đất đai",
     "Quy trình điện tử được cấu hình trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
     "Văn phòng Đăng ký đất đai", "Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh",
     "Quý III/2026", "1.200", "Ngân sách tỉnh"],
    ["3", "Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính của Sở",
     "Báo cáo kết quả khảo sát", "Văn phòng Sở", "", "Tháng 10/2026", "35", "Kinh phí chi thường xuyên của Sở"],
    ["III", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng, cập nhật cơ sở dữ liệu đất đai của tỉnh", "Cơ sở dữ liệu đất đai được kết nối, chia sẻ",
     "Văn phòng Đăng ký đất đai", "UBND các xã, phường", "Năm 2026-2030", "2.500",
     "Ngân sách trung ương và ngân sách tỉnh"],
    ["2", "Vận hành hệ thống quan trắc môi trường tự động, liên tục", "Số liệu quan trắc được truyền về Bộ",
     "Trung tâm Quan trắc tài nguyên và môi trường", "", "Thường xuyên", "", ""],
    ["3", "Báo cáo tình hình thực hiện chuyển đổi số của Sở", "Báo cáo 6 tháng, năm", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Định kỳ 6 tháng", "", ""],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát, đề xuất sửa đổi các quyết định quy phạm pháp luật của UBND tỉnh lĩnh vực nông nghiệp và môi trường sau sắp xếp chính quyền địa phương hai cấp | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý I-II/2026 | 2026-06-30 | budget=50500000 ; product=Báo cáo rà soát; dự thảo Quyết định sửa đổi ; funding=Ngân sách tỉnh
T I.2 | Xây dựng Quy chế phối hợp quản lý nhà nước về đất đai giữa Sở và UBND cấp xã | Phòng Quản lý đất đai | Sở Tư pháp; UBND các xã, phường | Trước 30/6/2026 | 2026-06-30 | product=Quy chế phối hợp
T I.3 | Tổ chức hội nghị phổ biến pháp luật về đất đai, môi trường cho công chức cấp xã | Văn phòng Sở | Chi cục Bảo vệ môi trường | Trong năm | 2026-12-31 | budget=120000000 ; product=04 hội nghị ; funding=Ngân sách tỉnh; nguồn sự nghiệp bảo vệ môi trường
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Công bố danh mục thủ tục hành chính lĩnh vực nông nghiệp và môi trường được chuẩn hóa | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Hoàn thành trước ngày 31/12/2026 | 2026-12-31 | product=Quyết định công bố của Chủ tịch UBND tỉnh
T II.2 | Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực đất đai | Văn phòng Đăng ký đất đai | Sở Khoa học và Công nghệ; Trung tâm Phục vụ hành chính công tỉnh | Quý III/2026 | 2026-09-30 | budget=1200000000 ; product=Quy trình điện tử được cấu hình trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh ; funding=Ngân sách tỉnh
T II.3 | Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính của Sở | Văn phòng Sở | | Tháng 10/2026 | 2026-10-31 | budget=35000000 ; product=Báo cáo kết quả khảo sát ; funding=Kinh phí chi thường xuyên của Sở
S III | CHUYỂN ĐỔI SỐ
T III.1 | Xây dựng, cập nhật cơ sở dữ liệu đất đai của tỉnh | Văn phòng Đăng ký đất đai | UBND các xã, phường | Năm 2026-2030 | 2030-12-31 | budget=2500000000 ; product=Cơ sở dữ liệu đất đai được kết nối, chia sẻ ; funding=Ngân sách trung ương và ngân sách tỉnh
T III.2 | Vận hành hệ thống quan trắc môi trường tự động, liên tục | Trung tâm Quan trắc tài nguyên và môi trường | | Thường xuyên | continuous | product=Số liệu quan trắc được truyền về Bộ
T III.3 | Báo cáo tình hình thực hiện chuyển đổi số của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ 6 tháng | periodic | product=Báo cáo 6 tháng, năm
""", year=2026)


# C2. A city annex (UBND thành phố, 2025) whose FIRST column "Mục tiêu" is merged down over the
# tasks serving each goal; the goals carry no number and there is no Roman numeral anywhere; the
# STT column runs 1…9 through the whole table without restarting. Each goal is a section, numbered
# I, II, III in order; the tasks keep their printed numbers (II.4, III.7). "Tháng 6, 12/2025" is
# periodic (the ends of the two halves).
layout("goal-column-merged", ["xlsx", "docx", "csv"], [
    "UBND THÀNH PHỐ TÂY NINH",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 27/KH-UBND ngày 14/01/2025 của UBND thành phố Tây Ninh)",
], [[
    ["Mục tiêu", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["Nâng cao chất lượng công tác xây dựng và thi hành pháp luật", "1",
     "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thành phố ban hành", "Phòng Tư pháp",
     "Các cơ quan chuyên môn thuộc UBND thành phố", "Quý I/2025", "Báo cáo kết quả rà soát"],
    ["^", "2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính", "Phòng Tư pháp",
     "Công an thành phố", "Tháng 6, 12/2025", "Báo cáo 6 tháng, năm"],
    ["^", "3", "Tự kiểm tra văn bản quy phạm pháp luật ngay sau khi ban hành", "Phòng Tư pháp", "", "Thường xuyên",
     "Phiếu kiểm tra"],
    ["100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "4",
     "Rà soát, đề xuất danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
     "Văn phòng HĐND và UBND thành phố", "Các cơ quan chuyên môn thuộc UBND thành phố", "Trước 30/6/2025",
     "Danh mục đề xuất"],
    ["^", "5", "Hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến tại Bộ phận Một cửa", "Bộ phận Một cửa thành phố",
     "UBND các phường, xã", "Trong năm", "Tỷ lệ hồ sơ trực tuyến đạt trên 80%"],
    ["^", "6", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp",
     "Văn phòng HĐND và UBND thành phố", "", "Định kỳ 6 tháng", "Báo cáo đánh giá"],
    ["Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có năng lực", "7",
     "Xây dựng Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2025", "Phòng Nội vụ",
     "Các cơ quan, đơn vị", "Quý I/2025", "Kế hoạch"],
    ["^", "8", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức", "Phòng Nội vụ",
     "Các cơ quan, đơn vị; UBND các phường, xã", "Tháng 12/2025", "Kết quả đánh giá, xếp loại"],
    ["^", "9", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Phòng Nội vụ", "Thanh tra thành phố",
     "Quý III/2025", "Báo cáo kết quả kiểm tra"],
]], """
S I | Nâng cao chất lượng công tác xây dựng và thi hành pháp luật
T I.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thành phố ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND thành phố | Quý I/2025 | 2025-03-31 | product=Báo cáo kết quả rà soát
T I.2 | Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính | Phòng Tư pháp | Công an thành phố | Tháng 6, 12/2025 | periodic | product=Báo cáo 6 tháng, năm
T I.3 | Tự kiểm tra văn bản quy phạm pháp luật ngay sau khi ban hành | Phòng Tư pháp | | Thường xuyên | continuous | product=Phiếu kiểm tra
S II | 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình
T II.4 | Rà soát, đề xuất danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình | Văn phòng HĐND và UBND thành phố | Các cơ quan chuyên môn thuộc UBND thành phố | Trước 30/6/2025 | 2025-06-30 | product=Danh mục đề xuất
T II.5 | Hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến tại Bộ phận Một cửa | Bộ phận Một cửa thành phố | UBND các phường, xã | Trong năm | 2025-12-31 | product=Tỷ lệ hồ sơ trực tuyến đạt trên 80%
T II.6 | Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp | Văn phòng HĐND và UBND thành phố | | Định kỳ 6 tháng | periodic | product=Báo cáo đánh giá
S III | Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có năng lực
T III.7 | Xây dựng Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2025 | Phòng Nội vụ | Các cơ quan, đơn vị | Quý I/2025 | 2025-03-31 | product=Kế hoạch
T III.8 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức | Phòng Nội vụ | Các cơ quan, đơn vị; UBND các phường, xã | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá, xếp loại
T III.9 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Phòng Nội vụ | Thanh tra thành phố | Quý III/2025 | 2025-09-30 | product=Báo cáo kết quả kiểm tra
""")


# C3. "Nhiệm vụ" and "Hoạt động cụ thể" as two columns (Sở Công Thương, 2025): the task's number
# and name are merged down over the rows of its activities, each activity a task of its own with
# its own units, deadline and product; the merged name is a heading (no lead of its own) and the
# activities, unnumbered, are its items a, b, c. Deadlines include an event ("Khi có yêu cầu",
# "Sau khi …"). In the CSV the number and name are on the first activity's row only.
layout("task-and-activity-columns", ["docx", "xlsx", "csv", "ods"], [
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ CÔNG THƯƠNG",
], [[
    ["STT", "Nhiệm vụ", "Hoạt động cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính",
     "Rà soát thủ tục hành chính lĩnh vực lưu thông hàng hóa trong nước", "Phòng Quản lý thương mại",
     "Văn phòng Sở", "Quý I-II/2025", "Báo cáo rà soát"],
    ["^", "^", "Rà soát thủ tục hành chính lĩnh vực điện, an toàn đập thủy điện", "Phòng Quản lý năng lượng",
     "Văn phòng Sở", "Quý I-II/2025", "Báo cáo rà soát"],
    ["^", "^", "Tổng hợp phương án đơn giản hóa trình UBND tỉnh", "Văn phòng Sở", "", "Tháng 7/2025", "Tờ trình"],
    ["2", "Thực hiện cơ chế một cửa, một cửa liên thông",
     "Cử công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng Sở",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Quyết định cử công chức"],
    ["^", "^", "Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng", "Các phòng chuyên môn thuộc Sở",
     "Văn phòng Sở", "Thường xuyên", "Tỷ lệ hồ sơ đúng hạn đạt 100%"],
    ["II", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Ứng dụng công nghệ thông tin trong quản lý, điều hành",
     "Sử dụng hệ thống quản lý văn bản và điều hành trong xử lý công việc", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Thường xuyên", "Văn bản điện tử"],
    ["^", "^", "Tổ chức họp trực tuyến, họp không giấy", "Văn phòng Sở", "", "Khi có yêu cầu", "Cuộc họp trực tuyến"],
    ["2", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
     "Cập nhật quy trình ISO theo thủ tục hành chính mới công bố", "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở",
     "Sau khi thủ tục hành chính được công bố", "Quy trình được cập nhật"],
    ["^", "^", "Đánh giá nội bộ, xem xét của lãnh đạo", "Văn phòng Sở", "", "Quý IV/2025", "Báo cáo đánh giá nội bộ"],
    ["^", "^", "Công bố lại Hệ thống quản lý chất lượng", "Văn phòng Sở", "", "Hoàn thành trước ngày 31/12/2025",
     "Quyết định công bố"],
]], """
S I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H I.1 | Rà soát, đơn giản hóa thủ tục hành chính
T I.1.a | Rà soát thủ tục hành chính lĩnh vực lưu thông hàng hóa trong nước | Phòng Quản lý thương mại | Văn phòng Sở | Quý I-II/2025 | 2025-06-30 | product=Báo cáo rà soát
T I.1.b | Rà soát thủ tục hành chính lĩnh vực điện, an toàn đập thủy điện | Phòng Quản lý năng lượng | Văn phòng Sở | Quý I-II/2025 | 2025-06-30 | product=Báo cáo rà soát
T I.1.c | Tổng hợp phương án đơn giản hóa trình UBND tỉnh | Văn phòng Sở | | Tháng 7/2025 | 2025-07-31 | product=Tờ trình
H I.2 | Thực hiện cơ chế một cửa, một cửa liên thông
T I.2.a | Cử công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Quyết định cử công chức
T I.2.b | Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng | Các phòng chuyên môn thuộc Sở | Văn phòng Sở | Thường xuyên | continuous | product=Tỷ lệ hồ sơ đúng hạn đạt 100%
S II | HIỆN ĐẠI HÓA HÀNH CHÍNH
H II.1 | Ứng dụng công nghệ thông tin trong quản lý, điều hành
T II.1.a | Sử dụng hệ thống quản lý văn bản và điều hành trong xử lý công việc | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Văn bản điện tử
T II.1.b | Tổ chức họp trực tuyến, họp không giấy | Văn phòng Sở | | Khi có yêu cầu | event | product=Cuộc họp trực tuyến
H II.2 | Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015
T II.2.a | Cập nhật quy trình ISO theo thủ tục hành chính mới công bố | Văn phòng Sở | Các phòng chuyên môn thuộc Sở | Sau khi thủ tục hành chính được công bố | event | product=Quy trình được cập nhật
T II.2.b | Đánh giá nội bộ, xem xét của lãnh đạo | Văn phòng Sở | | Quý IV/2025 | 2025-12-31 | product=Báo cáo đánh giá nội bộ
T II.2.c | Công bố lại Hệ thống quản lý chất lượng | Văn phòng Sở | | Hoàn thành trước ngày 31/12/2025 | 2025-12-31 | product=Quyết định công bố
""")


# C4. A provincial annex (UBND tỉnh Bình Định, 2025) whose lead cells name the standing body
# with words in brackets that are NOT a role: "Sở Nội vụ (cơ quan thường trực)", "Văn phòng UBND
# tỉnh (Phòng Kiểm soát thủ tục hành chính)" stay whole, as units of their own; one lead written
# "Công an tỉnh (chủ trì)" and its support "Sở Khoa học và Công nghệ (phối hợp)" in their own
# columns (the role just confirms the column). Support lists joined by "," where the next name
# starts "Văn phòng …", "Ban Quản lý …", "các sở …". Deadlines "Theo Kế hoạch của UBND tỉnh"
# (external), "Theo lộ trình của Đề án 06" (external), "Năm 2025-2030", "Định kỳ quý, 6 tháng,
# năm", "Chậm nhất ngày 30/9/2025"; a "Ghi chú" column.
layout("provincial-standing-body", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ TRỌNG TÂM CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 08/KH-UBND ngày 15/01/2025 của UBND tỉnh Bình Định)",
], [[
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND tỉnh", "Sở Nội vụ (cơ quan thường trực)",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Tháng 01/2025", ""],
    ["2", "Kiểm tra công tác cải cách hành chính tại các cơ quan, địa phương", "Sở Nội vụ (cơ quan thường trực)",
     "Văn phòng UBND tỉnh, Sở Tư pháp, Sở Khoa học và Công nghệ", "Quý III/2025", ""],
    ["3", "Xác định Chỉ số cải cách hành chính của các sở, ban, ngành và UBND cấp huyện",
     "Sở Nội vụ (cơ quan thường trực)", "Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh",
     "Theo Kế hoạch của UBND tỉnh", "Theo hướng dẫn của Bộ Nội vụ"],
    ["4", "Báo cáo kết quả thực hiện cải cách hành chính", "Sở Nội vụ (cơ quan thường trực)",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Định kỳ quý, 6 tháng, năm", ""],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Kiểm soát chất lượng dự thảo văn bản quy phạm pháp luật có quy định thủ tục hành chính",
     "Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)", "Các sở, ban, ngành", "Thường xuyên", ""],
    ["2", "Triển khai các nhiệm vụ của Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử",
     "Công an tỉnh (chủ trì)", "Sở Khoa học và Công nghệ (phối hợp)", "Theo lộ trình của Đề án 06", ""],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
     "Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh, Ban Quản lý Khu kinh tế tỉnh", "Trong năm", ""],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "<", "<", "<", "<"],
    ["1", "Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh", "Sở Nội vụ (cơ quan thường trực)",
     "Các sở, ban, ngành", "Quý I-II/2025", "Thực hiện theo chỉ đạo của Trung ương về sắp xếp tổ chức bộ máy"],
    ["2", "Phê duyệt, điều chỉnh vị trí việc làm sau sắp xếp", "Sở Nội vụ", "Các sở, ban, ngành",
     "Chậm nhất ngày 30/9/2025", ""],
    ["IV", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "Sở Tài chính",
     "Sở Nội vụ, các sở quản lý ngành, lĩnh vực", "Năm 2025-2030", "Thực hiện theo Nghị định số 60/2021/NĐ-CP"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND tỉnh | Sở Nội vụ (cơ quan thường trực) | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Tháng 01/2025 | 2025-01-31 |
T I.2 | Kiểm tra công tác cải cách hành chính tại các cơ quan, địa phương | Sở Nội vụ (cơ quan thường trực) | Văn phòng UBND tỉnh; Sở Tư pháp; Sở Khoa học và Công nghệ | Quý III/2025 | 2025-09-30 |
T I.3 | Xác định Chỉ số cải cách hành chính của các sở, ban, ngành và UBND cấp huyện | Sở Nội vụ (cơ quan thường trực) | Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh | Theo Kế hoạch của UBND tỉnh | external | note=Theo hướng dẫn của Bộ Nội vụ
T I.4 | Báo cáo kết quả thực hiện cải cách hành chính | Sở Nội vụ (cơ quan thường trực) | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Định kỳ quý, 6 tháng, năm | periodic |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Kiểm soát chất lượng dự thảo văn bản quy phạm pháp luật có quy định thủ tục hành chính | Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính) | Các sở, ban, ngành | Thường xuyên | continuous |
T II.2 | Triển khai các nhiệm vụ của Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử | Công an tỉnh | Sở Khoa học và Công nghệ | Theo lộ trình của Đề án 06 | external |
T II.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Sở Khoa học và Công nghệ; Văn phòng UBND tỉnh; Ban Quản lý Khu kinh tế tỉnh | Trong năm | 2025-12-31 |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T III.1 | Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh | Sở Nội vụ (cơ quan thường trực) | Các sở, ban, ngành | Quý I-II/2025 | 2025-06-30 | note=Thực hiện theo chỉ đạo của Trung ương về sắp xếp tổ chức bộ máy
T III.2 | Phê duyệt, điều chỉnh vị trí việc làm sau sắp xếp | Sở Nội vụ | Các sở, ban, ngành | Chậm nhất ngày 30/9/2025 | 2025-09-30 |
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập | Sở Tài chính | Sở Nội vụ; các sở quản lý ngành, lĩnh vực | Năm 2025-2030 | 2030-12-31 | note=Thực hiện theo Nghị định số 60/2021/NĐ-CP
""")


# C5. A sheet (Sở Nội vụ, communication plan on CCHC, 2024) whose row 1 is "Phụ lục I" alone in
# the first cell, row 2 the title across the table, the real header in row 3, and row 4 the
# column letters "A B C D E F" (the "A" in the number column is no part A, the "B" no title).
# A "Hình thức tuyên truyền" column beside the task, describing how it is done: detail.
# Two leads in one cell joined by ";". Deadlines "Tháng 6, 12/2024" (periodic), "Quý I-II/2024",
# "Định kỳ hằng quý", "Hằng tháng", "Trong năm", "Tháng 9 - Tháng 10/2024".
layout("phu-luc-letters-row", ["xlsx", "csv"], [], [[
    ["Phụ lục I", "", "", "", "", ""],
    ["DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung tuyên truyền", "Hình thức tuyên truyền", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện"],
    ["A", "B", "C", "D", "E", "F"],
    ["I", "TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG", "<", "<", "<", "<"],
    ["1", "Tuyên truyền Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
     "Tin, bài, phóng sự trên báo in, báo điện tử và truyền hình", "Báo Bình Dương; Đài Phát thanh và Truyền hình Bình Dương",
     "Sở Nội vụ", "Tháng 6, 12/2024"],
    ["2", "Xây dựng chuyên mục \"Cải cách hành chính\" trên Cổng thông tin điện tử tỉnh", "Chuyên mục điện tử",
     "Sở Thông tin và Truyền thông", "Sở Nội vụ", "Quý I-II/2024"],
    ["3", "Phản ánh kết quả giải quyết thủ tục hành chính trên môi trường điện tử", "Tin, bài",
     "Báo Bình Dương", "Văn phòng UBND tỉnh, Trung tâm Phục vụ hành chính công tỉnh", "Định kỳ hằng quý"],
    ["II", "TUYÊN TRUYỀN TẠI CƠ QUAN, ĐƠN VỊ VÀ CƠ SỞ", "<", "<", "<", "<"],
    ["1", "Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức", "Thi trực tuyến",
     "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Quý III/2024"],
    ["2", "Tuyên truyền cải cách hành chính trên hệ thống truyền thanh cấp xã", "Bản tin, chuyên mục phát thanh",
     "UBND các huyện, thị xã, thành phố", "", "Hằng tháng"],
    ["3", "Lồng ghép nội dung cải cách hành chính tại các cuộc họp, hội nghị của cơ quan, đơn vị",
     "Lồng ghép trong hội nghị", "Các sở, ban, ngành", "", "Trong năm"],
    ["III", "KHẢO SÁT, ĐÁNH GIÁ", "<", "<", "<", "<"],
    ["1", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
     "Phiếu khảo sát trực tiếp và trực tuyến", "Sở Nội vụ", "Bưu điện tỉnh", "Tháng 9 - Tháng 10/2024"],
    ["2", "Sơ kết, đánh giá hiệu quả công tác tuyên truyền cải cách hành chính", "Báo cáo sơ kết", "Sở Nội vụ",
     "Các cơ quan liên quan", "Trước ngày 15/12/2024"],
]], """
S I | TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG
T I.1 | Tuyên truyền Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 | Báo Bình Dương; Đài Phát thanh và Truyền hình Bình Dương | Sở Nội vụ | Tháng 6, 12/2024 | periodic | product=Tin, bài, phóng sự trên báo in, báo điện tử và truyền hình
T I.2 | Xây dựng chuyên mục "Cải cách hành chính" trên Cổng thông tin điện tử tỉnh | Sở Thông tin và Truyền thông | Sở Nội vụ | Quý I-II/2024 | 2024-06-30 | product=Chuyên mục điện tử
T I.3 | Phản ánh kết quả giải quyết thủ tục hành chính trên môi trường điện tử | Báo Bình Dương | Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh | Định kỳ hằng quý | periodic | product=Tin, bài
S II | TUYÊN TRUYỀN TẠI CƠ QUAN, ĐƠN VỊ VÀ CƠ SỞ
T II.1 | Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức | Sở Nội vụ | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Quý III/2024 | 2024-09-30 | product=Thi trực tuyến
T II.2 | Tuyên truyền cải cách hành chính trên hệ thống truyền thanh cấp xã | UBND các huyện, thị xã, thành phố | | Hằng tháng | periodic | product=Bản tin, chuyên mục phát thanh
T II.3 | Lồng ghép nội dung cải cách hành chính tại các cuộc họp, hội nghị của cơ quan, đơn vị | Các sở, ban, ngành | | Trong năm | 2024-12-31 | product=Lồng ghép trong hội nghị
S III | KHẢO SÁT, ĐÁNH GIÁ
T III.1 | Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước | Sở Nội vụ | Bưu điện tỉnh | Tháng 9 - Tháng 10/2024 | 2024-10-31 | product=Phiếu khảo sát trực tiếp và trực tuyến
T III.2 | Sơ kết, đánh giá hiệu quả công tác tuyên truyền cải cách hành chính | Sở Nội vụ | Các cơ quan liên quan | Trước ngày 15/12/2024 | 2024-12-15 | product=Báo cáo sơ kết
""", year=2024)


# C6. A district annex (UBND huyện, 2025) whose tasks are numbered "1.", "2." WITH a full stop and
# run on through the whole table (section II opens at "4."); one numbered row with no lead and
# sub-tasks "5.1.", "5.2." under it (a heading holding them); support lists joined by "," before
# "Công an huyện" and "UBND các xã, thị trấn"; the product column headed "Kết quả dự kiến".
layout("numbering-runs-on-dotted", ["docx", "csv"], [
    "UBND HUYỆN PHÙ CÁT",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 11/KH-UBND ngày 09/01/2025 của UBND huyện Phù Cát)",
], [[
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả dự kiến"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1.", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Phòng Tư pháp",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Quý I-II/2025", "Báo cáo kết quả rà soát"],
    ["2.", "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính", "Phòng Tư pháp",
     "Phòng Nội vụ, Công an huyện", "Tháng 6, 12/2025", "Báo cáo 6 tháng, năm"],
    ["3.", "Tổ chức phổ biến, giáo dục pháp luật cho cán bộ, công chức cấp xã", "Phòng Tư pháp",
     "UBND các xã, thị trấn", "Trong năm", "Hội nghị phổ biến pháp luật"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["4.", "Công khai thủ tục hành chính trên Cổng thông tin điện tử huyện", "Văn phòng HĐND và UBND huyện",
     "", "Thường xuyên", "Thủ tục hành chính được công khai"],
    ["5.", "Thực hiện cơ chế một cửa, một cửa liên thông", "", "", "", ""],
    ["5.1.", "Tiếp nhận, trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện",
     "Văn phòng HĐND và UBND huyện", "Các cơ quan chuyên môn thuộc UBND huyện", "Thường xuyên",
     "Hồ sơ được giải quyết đúng hạn"],
    ["5.2.", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "Phòng Nội vụ, UBND các xã, thị trấn", "Trước 30/6/2025", "Quy trình nội bộ"],
    ["6.", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "Định kỳ 6 tháng", "Báo cáo"],
    ["III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["7.", "Tuyển dụng viên chức sự nghiệp giáo dục", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo", "Quý III/2025",
     "Quyết định tuyển dụng"],
    ["8.", "Kiểm tra công vụ tại các cơ quan, đơn vị và UBND các xã, thị trấn", "Phòng Nội vụ",
     "Thanh tra huyện", "Sau khi có hướng dẫn của UBND tỉnh", "Thông báo kết quả kiểm tra"],
    ["IV", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["9.", "Công khai dự toán, quyết toán ngân sách huyện", "Phòng Tài chính - Kế hoạch", "", "Tháng 12/2025",
     "Quyết định công khai"],
    ["10.", "Kiểm tra việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập", "Phòng Tài chính - Kế hoạch",
     "Phòng Nội vụ", "Hoàn thành trước ngày 31/12/2025", "Báo cáo kiểm tra"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND huyện | Quý I-II/2025 | 2025-06-30 | product=Báo cáo kết quả rà soát
T I.2 | Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính | Phòng Tư pháp | Phòng Nội vụ; Công an huyện | Tháng 6, 12/2025 | periodic | product=Báo cáo 6 tháng, năm
T I.3 | Tổ chức phổ biến, giáo dục pháp luật cho cán bộ, công chức cấp xã | Phòng Tư pháp | UBND các xã, thị trấn | Trong năm | 2025-12-31 | product=Hội nghị phổ biến pháp luật
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.4 | Công khai thủ tục hành chính trên Cổng thông tin điện tử huyện | Văn phòng HĐND và UBND huyện | | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
H II.5 | Thực hiện cơ chế một cửa, một cửa liên thông
T II.5.1 | Tiếp nhận, trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.5.2 | Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | Phòng Nội vụ; UBND các xã, thị trấn | Trước 30/6/2025 | 2025-06-30 | product=Quy trình nội bộ
T II.6 | Báo cáo tình hình, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Định kỳ 6 tháng | periodic | product=Báo cáo
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.7 | Tuyển dụng viên chức sự nghiệp giáo dục | Phòng Nội vụ | Phòng Giáo dục và Đào tạo | Quý III/2025 | 2025-09-30 | product=Quyết định tuyển dụng
T III.8 | Kiểm tra công vụ tại các cơ quan, đơn vị và UBND các xã, thị trấn | Phòng Nội vụ | Thanh tra huyện | Sau khi có hướng dẫn của UBND tỉnh | event | product=Thông báo kết quả kiểm tra
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.9 | Công khai dự toán, quyết toán ngân sách huyện | Phòng Tài chính - Kế hoạch | | Tháng 12/2025 | 2025-12-31 | product=Quyết định công khai
T IV.10 | Kiểm tra việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập | Phòng Tài chính - Kế hoạch | Phòng Nội vụ | Hoàn thành trước ngày 31/12/2025 | 2025-12-31 | product=Báo cáo kiểm tra
""")


# C7. A Word annex (Sở Văn hóa, Thể thao và Du lịch, 2025) whose sub-items are bullets written at
# the start of the task text, "-" then "+" nested under it, the number column left empty on
# those rows. A "-" with no lead and "+" items under it is a heading (I.2.a); a "-" WITH a lead
# and a "+" under it is a task that has a task under it (II.1.b). Unit names with commas inside
# ("Trung tâm Văn hóa, Nghệ thuật tỉnh", "Sở Văn hóa, Thể thao và Du lịch" in the title only).
layout("docx-plus-minus-bullets", ["docx"], [
    "UBND TỈNH NINH THUẬN",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "(Kèm theo Kế hoạch số 06/KH-SVHTTDL ngày 10/01/2025)",
], [[
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<"],
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2025"],
    ["2", "Tuyên truyền cải cách hành chính", "", "", ""],
    ["", "- Tuyên truyền trên Trang thông tin điện tử của Sở", "", "", ""],
    ["", "+ Đăng tin, bài về kết quả cải cách hành chính của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Hằng quý"],
    ["", "+ Cập nhật chuyên mục hỏi - đáp về thủ tục hành chính", "Văn phòng Sở", "", "Thường xuyên"],
    ["", "- Tuyên truyền tại các thiết chế văn hóa cơ sở", "Phòng Quản lý văn hóa",
     "Trung tâm Văn hóa, Nghệ thuật tỉnh; Thư viện tỉnh", "Quý I-II/2025"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính", "", "", ""],
    ["", "- Lĩnh vực văn hóa, gia đình", "Phòng Quản lý văn hóa", "Văn phòng Sở", "Quý II/2025"],
    ["", "- Lĩnh vực du lịch", "Phòng Quản lý du lịch", "Văn phòng Sở", "Trước 30/6/2025"],
    ["", "+ Thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", "Phòng Quản lý du lịch", "", "Tháng 5/2025"],
    ["", "- Lĩnh vực thể dục, thể thao", "Phòng Quản lý thể dục thể thao", "Văn phòng Sở", "Quý III/2025"],
    ["2", "Giải quyết thủ tục hành chính qua dịch vụ công trực tuyến toàn trình", "Các phòng chuyên môn thuộc Sở",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên"],
    ["III", "CHUYỂN ĐỔI SỐ", "<", "<", "<"],
    ["1", "Số hóa tài liệu, hiện vật", "", "", ""],
    ["", "- Số hóa tài liệu thư viện", "Thư viện tỉnh", "Sở Khoa học và Công nghệ", "Năm 2025-2030"],
    ["", "- Số hóa hiện vật bảo tàng", "Bảo tàng tỉnh", "Phòng Quản lý văn hóa, Trung tâm Văn hóa, Nghệ thuật tỉnh",
     "Quý IV/2025"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2025 | 2025-01-31 |
H I.2 | Tuyên truyền cải cách hành chính
H I.2.a | Tuyên truyền trên Trang thông tin điện tử của Sở
T I.2.a.1 | Đăng tin, bài về kết quả cải cách hành chính của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Hằng quý | periodic |
T I.2.a.2 | Cập nhật chuyên mục hỏi - đáp về thủ tục hành chính | Văn phòng Sở | | Thường xuyên | continuous |
T I.2.b | Tuyên truyền tại các thiết chế văn hóa cơ sở | Phòng Quản lý văn hóa | Trung tâm Văn hóa, Nghệ thuật tỉnh; Thư viện tỉnh | Quý I-II/2025 | 2025-06-30 |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Rà soát, đơn giản hóa thủ tục hành chính
T II.1.a | Lĩnh vực văn hóa, gia đình | Phòng Quản lý văn hóa | Văn phòng Sở | Quý II/2025 | 2025-06-30 |
T II.1.b | Lĩnh vực du lịch | Phòng Quản lý du lịch | Văn phòng Sở | Trước 30/6/2025 | 2025-06-30 |
T II.1.b.1 | Thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành nội địa | Phòng Quản lý du lịch | | Tháng 5/2025 | 2025-05-31 |
T II.1.c | Lĩnh vực thể dục, thể thao | Phòng Quản lý thể dục thể thao | Văn phòng Sở | Quý III/2025 | 2025-09-30 |
T II.2 | Giải quyết thủ tục hành chính qua dịch vụ công trực tuyến toàn trình | Các phòng chuyên môn thuộc Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
S III | CHUYỂN ĐỔI SỐ
H III.1 | Số hóa tài liệu, hiện vật
T III.1.a | Số hóa tài liệu thư viện | Thư viện tỉnh | Sở Khoa học và Công nghệ | Năm 2025-2030 | 2030-12-31 |
T III.1.b | Số hóa hiện vật bảo tàng | Bảo tàng tỉnh | Phòng Quản lý văn hóa; Trung tâm Văn hóa, Nghệ thuật tỉnh | Quý IV/2025 | 2025-12-31 |
""")


# C8. A CSV exported by a commune (UBND xã, 2026, two-level local government) with ";" as
# separator, EVERY cell quoted (empty ones as ""), and Windows line breaks (CR LF) inside quoted
# cells: in the header ("Cơ quan\r\nchủ trì"), between units ("Phòng Văn hóa - Xã hội\r\nPhòng Kinh
# tế"), after a ";" between units, and inside a deadline and a note (kept as one space). The
# title row above the header is in the file. Deadlines "Định kỳ hằng quý, 6 tháng, năm",
# "Hoàn thành trước\r\nngày 31/12/2026", "Theo Kế hoạch của UBND tỉnh", "Tháng 6, 12/2026".
layout("csv-semicolon-quoted-crlf", ["csv"], [], [[
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND XÃ HÒA AN", "<", "<", "<", "<", "<", "<"],
    ["STT", "Nhiệm vụ", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Thời hạn\nhoàn thành", "Sản phẩm", "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã", "Văn phòng HĐND và UBND xã",
     "Các phòng, đơn vị thuộc UBND xã", "Tháng 01/2026", "Kế hoạch", ""],
    ["2", "Kiểm tra công tác cải cách hành chính tại các phòng chuyên môn", "Văn phòng HĐND và UBND xã",
     "Phòng Văn hóa - Xã hội\nPhòng Kinh tế", "Quý I-II/2026", "Báo cáo kết quả kiểm tra", ""],
    ["3", "Báo cáo công tác cải cách hành chính", "Văn phòng HĐND và UBND xã", "Các phòng, đơn vị thuộc UBND xã",
     "Định kỳ hằng quý,\n6 tháng, năm", "Báo cáo", "Gửi Sở Nội vụ trước ngày 15 của tháng cuối kỳ báo cáo"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã",
     "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã", "Thường xuyên",
     "Thủ tục hành chính được công khai", ""],
    ["2", "Giải quyết liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
     "Phòng Văn hóa - Xã hội", "Công an xã\nTrung tâm Phục vụ hành chính công xã", "Trong năm",
     "Hồ sơ liên thông được giải quyết đúng hạn", ""],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công xã",
     "Các phòng, đơn vị thuộc UBND xã", "Hoàn thành trước\nngày 31/12/2026", "Tỷ lệ số hóa đạt 100%",
     "Chỉ tiêu giao tại Kế hoạch số 12/KH-UBND\nngày 10/01/2026 của UBND tỉnh"],
    ["III", "XÂY DỰNG CHÍNH QUYỀN SỐ", "<", "<", "<", "<", "<"],
    ["1", "Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc",
     "Văn phòng HĐND và UBND xã", "Các phòng, đơn vị thuộc UBND xã", "Thường xuyên", "", ""],
    ["2", "Cập nhật dữ liệu dân cư, đất đai vào cơ sở dữ liệu dùng chung của tỉnh", "Công an xã;\nPhòng Kinh tế",
     "", "Theo Kế hoạch của UBND tỉnh", "Cơ sở dữ liệu được cập nhật", ""],
    ["3", "Tổ chức lớp phổ cập kỹ năng số cho người dân", "Phòng Văn hóa - Xã hội",
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Tháng 6, 12/2026", "Lớp tập huấn",
     "Thực hiện phong trào \"Bình dân học vụ số\""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các phòng chuyên môn | Văn phòng HĐND và UBND xã | Phòng Văn hóa - Xã hội; Phòng Kinh tế | Quý I-II/2026 | 2026-06-30 | product=Báo cáo kết quả kiểm tra
T I.3 | Báo cáo công tác cải cách hành chính | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Định kỳ hằng quý, 6 tháng, năm | periodic | product=Báo cáo ; note=Gửi Sở Nội vụ trước ngày 15 của tháng cuối kỳ báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã | Trung tâm Phục vụ hành chính công xã | Văn phòng HĐND và UBND xã | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T II.2 | Giải quyết liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | Phòng Văn hóa - Xã hội | Công an xã; Trung tâm Phục vụ hành chính công xã | Trong năm | 2026-12-31 | product=Hồ sơ liên thông được giải quyết đúng hạn
T II.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công xã | Các phòng, đơn vị thuộc UBND xã | Hoàn thành trước ngày 31/12/2026 | 2026-12-31 | product=Tỷ lệ số hóa đạt 100% ; note=Chỉ tiêu giao tại Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh
S III | XÂY DỰNG CHÍNH QUYỀN SỐ
T III.1 | Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Thường xuyên | continuous |
T III.2 | Cập nhật dữ liệu dân cư, đất đai vào cơ sở dữ liệu dùng chung của tỉnh | Công an xã; Phòng Kinh tế | | Theo Kế hoạch của UBND tỉnh | external | product=Cơ sở dữ liệu được cập nhật
T III.3 | Tổ chức lớp phổ cập kỹ năng số cho người dân | Phòng Văn hóa - Xã hội | Đoàn Thanh niên Cộng sản Hồ Chí Minh xã | Tháng 6, 12/2026 | periodic | product=Lớp tập huấn ; note=Thực hiện phong trào "Bình dân học vụ số"
""", year=2026)
CSV_OPTIONS["csv-semicolon-quoted-crlf"] = {"delimiter": ";", "quote_all": True, "crlf_in_cells": True}


# A third batch written blind by a second hand, read after the first two had been learnt from.
# One reading differs from the second hand's: "Trước ngày 05 của tháng sau" (a day of the month
# after each month) is a deadline the plan's format cannot say yet, so it is read as nothing and
# the import warns; the office sets `due` with `plan due`.

# D1. A provincial annex (UBND tỉnh, 2025) with a budget column in millions and a "Cộng" row closing
# EACH section (written across the number and task columns, the section's sum in the budget
# column), then "TỔNG CỘNG (I+II+III)" at the foot. The "Cộng" rows sit in the number column, where
# a number is expected; they are no tasks, no sections, no headings.
layout("section-total-rows", ["xlsx", "csv", "docx"], [
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ VÀ KINH PHÍ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 41/KH-UBND ngày 20/01/2025 của UBND tỉnh)",
], [[
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
     "Kinh phí (triệu đồng)", "Nguồn kinh phí"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "Sở Tư pháp",
     "Các sở, ban, ngành", "Quý II/2025", "150", "Ngân sách tỉnh"],
    ["2", "Tổ chức lấy ý kiến dự thảo Nghị quyết về phân cấp quản lý ngân sách", "Sở Tài chính",
     "Sở Tư pháp, Văn phòng UBND tỉnh", "Tháng 8/2025", "80", "Ngân sách tỉnh"],
    ["Cộng", "<", "", "", "", "230", ""],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
     "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
     "Năm 2025", "2.400", "Ngân sách tỉnh"],
    ["2", "Duy trì tổng đài hỗ trợ người dân thực hiện dịch vụ công trực tuyến",
     "Trung tâm Phục vụ hành chính công tỉnh", "", "Thường xuyên", "360", "Kinh phí chi thường xuyên"],
    ["3", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính",
     "Sở Nội vụ", "Bưu điện tỉnh", "Quý IV/2025", "95,5", "Ngân sách tỉnh"],
    ["Cộng", "<", "", "", "", "2.855,5", ""],
    ["III", "XÂY DỰNG CHÍNH QUYỀN SỐ", "<", "<", "<", "<", "<"],
    ["1", "Nâng cấp Hệ thống quản lý văn bản và điều hành của tỉnh", "Sở Khoa học và Công nghệ",
     "Văn phòng UBND tỉnh", "Tháng 10/2025", "1.200", "Ngân sách tỉnh"],
    ["2", "Đào tạo kỹ năng số cho cán bộ, công chức cấp xã", "Sở Khoa học và Công nghệ",
     "Sở Nội vụ, UBND các huyện, thị xã, thành phố", "Quý III/2025", "300", "Nguồn sự nghiệp khoa học"],
    ["3", "Báo cáo tình hình triển khai chuyển đổi số", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành",
     "Định kỳ 6 tháng", "", ""],
    ["Cộng", "<", "", "", "", "1.500", ""],
    ["TỔNG CỘNG (I+II+III)", "<", "", "", "", "4.585,5", ""],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành | Sở Tư pháp | Các sở, ban, ngành | Quý II/2025 | 2025-06-30 | budget=150000000 ; funding=Ngân sách tỉnh
T I.2 | Tổ chức lấy ý kiến dự thảo Nghị quyết về phân cấp quản lý ngân sách | Sở Tài chính | Sở Tư pháp; Văn phòng UBND tỉnh | Tháng 8/2025 | 2025-08-31 | budget=80000000 ; funding=Ngân sách tỉnh
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực | Trung tâm Phục vụ hành chính công tỉnh | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Năm 2025 | 2025-12-31 | budget=2400000000 ; funding=Ngân sách tỉnh
T II.2 | Duy trì tổng đài hỗ trợ người dân thực hiện dịch vụ công trực tuyến | Trung tâm Phục vụ hành chính công tỉnh | | Thường xuyên | continuous | budget=360000000 ; funding=Kinh phí chi thường xuyên
T II.3 | Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính | Sở Nội vụ | Bưu điện tỉnh | Quý IV/2025 | 2025-12-31 | budget=95500000 ; funding=Ngân sách tỉnh
S III | XÂY DỰNG CHÍNH QUYỀN SỐ
T III.1 | Nâng cấp Hệ thống quản lý văn bản và điều hành của tỉnh | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Tháng 10/2025 | 2025-10-31 | budget=1200000000 ; funding=Ngân sách tỉnh
T III.2 | Đào tạo kỹ năng số cho cán bộ, công chức cấp xã | Sở Khoa học và Công nghệ | Sở Nội vụ; UBND các huyện, thị xã, thành phố | Quý III/2025 | 2025-09-30 | budget=300000000 ; funding=Nguồn sự nghiệp khoa học
T III.3 | Báo cáo tình hình triển khai chuyển đổi số | Sở Khoa học và Công nghệ | Các sở, ban, ngành | Định kỳ 6 tháng | periodic |
""")


# D2. A ministry's "Danh mục nhiệm vụ" (Bộ Tư pháp, 2025) numbered in figures three levels deep,
# no Roman numeral anywhere: "1" in capitals across the table is a section (I), "1.1" with no unit
# is a heading (its cells left empty, not merged), "1.1.1" a task; some second-level rows ("1.3",
# "2.2", "3.2") are tasks themselves. Unit names with commas inside ("Cục Hộ tịch, quốc tịch,
# chứng thực") and a collective "Các bộ, cơ quan ngang bộ".
layout("ministry-three-level-figures", ["docx", "xlsx"], [
    "BỘ TƯ PHÁP",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA BỘ TƯ PHÁP",
    "(Kèm theo Quyết định số 125/QĐ-BTP ngày 20/01/2025 của Bộ trưởng Bộ Tư pháp)",
], [[
    ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["1", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1.1", "Xây dựng văn bản quy phạm pháp luật", "", "", "", ""],
    ["1.1.1", "Xây dựng Nghị định sửa đổi, bổ sung Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực",
     "Cục Hộ tịch, quốc tịch, chứng thực", "Vụ Pháp luật dân sự - kinh tế; Văn phòng Bộ", "Tháng 10/2025",
     "Nghị định của Chính phủ"],
    ["1.1.2", "Xây dựng Thông tư hướng dẫn đăng ký hộ tịch trực tuyến", "Cục Hộ tịch, quốc tịch, chứng thực",
     "Cục Công nghệ thông tin", "Quý III/2025", "Thông tư"],
    ["1.2", "Kiểm tra, rà soát văn bản quy phạm pháp luật", "", "", "", ""],
    ["1.2.1", "Kiểm tra văn bản quy phạm pháp luật do các bộ, cơ quan ngang bộ ban hành",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", "", "Thường xuyên", "Báo cáo kết quả kiểm tra"],
    ["1.2.2", "Hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của Bộ",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", "Các đơn vị thuộc Bộ", "Quý IV/2025",
     "Quyết định công bố kết quả hệ thống hóa"],
    ["1.3", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm liên ngành năm 2025",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", "Các bộ, cơ quan ngang bộ", "Tháng 12/2025",
     "Báo cáo"],
    ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["2.1", "Rà soát, đơn giản hóa thủ tục hành chính", "", "", "", ""],
    ["2.1.1", "Rà soát thủ tục hành chính lĩnh vực lý lịch tư pháp", "Trung tâm Lý lịch tư pháp quốc gia",
     "Văn phòng Bộ", "Quý II/2025", "Báo cáo rà soát"],
    ["2.1.2", "Cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID", "Trung tâm Lý lịch tư pháp quốc gia",
     "Cục Công nghệ thông tin; Bộ Công an", "Tháng 9/2025", "Phiếu lý lịch tư pháp điện tử"],
    ["2.2", "Công bố, công khai thủ tục hành chính thuộc phạm vi quản lý của Bộ", "Văn phòng Bộ",
     "Các đơn vị thuộc Bộ", "Thường xuyên", "Quyết định công bố"],
    ["3", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["3.1", "Sắp xếp, kiện toàn tổ chức bộ máy", "", "", "", ""],
    ["3.1.1", "Trình Chính phủ ban hành Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp",
     "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ", "Quý I/2025", "Nghị định của Chính phủ"],
    ["3.1.2", "Ban hành quyết định quy định chức năng, nhiệm vụ của các đơn vị thuộc Bộ sau sắp xếp",
     "Vụ Tổ chức cán bộ", "", "Sau khi Nghị định được ban hành", "Quyết định của Bộ trưởng"],
    ["3.2", "Điều chỉnh Đề án vị trí việc làm của Bộ", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ", "Quý III/2025",
     "Đề án"],
]], """
S I | CẢI CÁCH THỂ CHẾ
H I.1 | Xây dựng văn bản quy phạm pháp luật
T I.1.1 | Xây dựng Nghị định sửa đổi, bổ sung Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực | Cục Hộ tịch, quốc tịch, chứng thực | Vụ Pháp luật dân sự - kinh tế; Văn phòng Bộ | Tháng 10/2025 | 2025-10-31 | product=Nghị định của Chính phủ
T I.1.2 | Xây dựng Thông tư hướng dẫn đăng ký hộ tịch trực tuyến | Cục Hộ tịch, quốc tịch, chứng thực | Cục Công nghệ thông tin | Quý III/2025 | 2025-09-30 | product=Thông tư
H I.2 | Kiểm tra, rà soát văn bản quy phạm pháp luật
T I.2.1 | Kiểm tra văn bản quy phạm pháp luật do các bộ, cơ quan ngang bộ ban hành | Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính | | Thường xuyên | continuous | product=Báo cáo kết quả kiểm tra
T I.2.2 | Hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của Bộ | Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính | Các đơn vị thuộc Bộ | Quý IV/2025 | 2025-12-31 | product=Quyết định công bố kết quả hệ thống hóa
T I.3 | Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm liên ngành năm 2025 | Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính | Các bộ, cơ quan ngang bộ | Tháng 12/2025 | 2025-12-31 | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Rà soát, đơn giản hóa thủ tục hành chính
T II.1.1 | Rà soát thủ tục hành chính lĩnh vực lý lịch tư pháp | Trung tâm Lý lịch tư pháp quốc gia | Văn phòng Bộ | Quý II/2025 | 2025-06-30 | product=Báo cáo rà soát
T II.1.2 | Cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID | Trung tâm Lý lịch tư pháp quốc gia | Cục Công nghệ thông tin; Bộ Công an | Tháng 9/2025 | 2025-09-30 | product=Phiếu lý lịch tư pháp điện tử
T II.2 | Công bố, công khai thủ tục hành chính thuộc phạm vi quản lý của Bộ | Văn phòng Bộ | Các đơn vị thuộc Bộ | Thường xuyên | continuous | product=Quyết định công bố
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
H III.1 | Sắp xếp, kiện toàn tổ chức bộ máy
T III.1.1 | Trình Chính phủ ban hành Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Quý I/2025 | 2025-03-31 | product=Nghị định của Chính phủ
T III.1.2 | Ban hành quyết định quy định chức năng, nhiệm vụ của các đơn vị thuộc Bộ sau sắp xếp | Vụ Tổ chức cán bộ | | Sau khi Nghị định được ban hành | event | product=Quyết định của Bộ trưởng
T III.2 | Điều chỉnh Đề án vị trí việc làm của Bộ | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Quý III/2025 | 2025-09-30 | product=Đề án
""")


# D3. A provincial annex (UBND tỉnh, 2024) whose section rows are in bold but NOT merged: "I" (no
# dot) and a title in ordinary case, the other cells empty. One unit column "Cơ quan thực hiện"
# whose cells list units line by line with their role after a colon ("- Sở Nội vụ: chủ trì;",
# "- Sở Tư pháp, Sở Kế hoạch và Đầu tư: phối hợp"); "thực hiện" as the role of the lead; a cell
# with one unit and no role is the lead.
layout("bold-sections-role-lines", ["docx", "xlsx", "csv", "ods"], [
    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024",
    "(Kèm theo Kế hoạch số 702/KH-UBND ngày 28/12/2023 của UBND tỉnh)",
], [[
    ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian hoàn thành", "Kết quả đầu ra"],
    ["**I", "**Cải cách thể chế", "", "", ""],
    ["1", "Tham mưu ban hành Quy định phân cấp quản lý tổ chức bộ máy, công chức, viên chức",
     "- Sở Nội vụ: chủ trì;\n- Sở Tư pháp: phối hợp", "Quý III/2024", "Quyết định của UBND tỉnh"],
    ["2", "Rà soát văn bản quy phạm pháp luật về phí, lệ phí thuộc thẩm quyền của HĐND tỉnh",
     "- Sở Tài chính: chủ trì;\n- Sở Tư pháp, Sở Kế hoạch và Đầu tư: phối hợp", "Tháng 9/2024", "Báo cáo rà soát"],
    ["3", "Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại địa phương",
     "- Sở Tư pháp: chủ trì;\n- UBND các huyện, thành phố, thị xã: phối hợp", "Quý IV/2024",
     "Thông báo kết quả kiểm tra"],
    ["**II", "**Cải cách thủ tục hành chính", "", "", ""],
    ["1", "Công bố danh mục thủ tục hành chính được chuẩn hóa",
     "- Văn phòng UBND tỉnh: chủ trì;\n- Các sở, ban, ngành: phối hợp", "Thường xuyên", "Quyết định công bố"],
    ["2", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện",
     "- Các sở, ban, ngành: thực hiện;\n- Sở Thông tin và Truyền thông: phối hợp", "Năm 2024",
     "Tỷ lệ hồ sơ trực tuyến đạt 50%"],
    ["3", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "Văn phòng UBND tỉnh",
     "Khi có phản ánh, kiến nghị", "Văn bản trả lời"],
    ["**III", "**Cải cách tài chính công", "", "", ""],
    ["1", "Giao dự toán ngân sách và quyền tự chủ tài chính cho đơn vị sự nghiệp công lập",
     "- Sở Tài chính: chủ trì;\n- Sở Nội vụ, các sở quản lý ngành, lĩnh vực: phối hợp", "Tháng 12/2024",
     "Quyết định giao dự toán"],
    ["2", "Công khai dự toán, quyết toán ngân sách trên Cổng thông tin điện tử tỉnh", "Sở Tài chính",
     "Định kỳ hằng quý", "Số liệu được công khai"],
]], """
S I | Cải cách thể chế
T I.1 | Tham mưu ban hành Quy định phân cấp quản lý tổ chức bộ máy, công chức, viên chức | Sở Nội vụ | Sở Tư pháp | Quý III/2024 | 2024-09-30 | product=Quyết định của UBND tỉnh
T I.2 | Rà soát văn bản quy phạm pháp luật về phí, lệ phí thuộc thẩm quyền của HĐND tỉnh | Sở Tài chính | Sở Tư pháp; Sở Kế hoạch và Đầu tư | Tháng 9/2024 | 2024-09-30 | product=Báo cáo rà soát
T I.3 | Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại địa phương | Sở Tư pháp | UBND các huyện, thành phố, thị xã | Quý IV/2024 | 2024-12-31 | product=Thông báo kết quả kiểm tra
S II | Cải cách thủ tục hành chính
T II.1 | Công bố danh mục thủ tục hành chính được chuẩn hóa | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | continuous | product=Quyết định công bố
T II.2 | Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện | Các sở, ban, ngành | Sở Thông tin và Truyền thông | Năm 2024 | 2024-12-31 | product=Tỷ lệ hồ sơ trực tuyến đạt 50%
T II.3 | Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính | Văn phòng UBND tỉnh | | Khi có phản ánh, kiến nghị | event | product=Văn bản trả lời
S III | Cải cách tài chính công
T III.1 | Giao dự toán ngân sách và quyền tự chủ tài chính cho đơn vị sự nghiệp công lập | Sở Tài chính | Sở Nội vụ; các sở quản lý ngành, lĩnh vực | Tháng 12/2024 | 2024-12-31 | product=Quyết định giao dự toán
T III.2 | Công khai dự toán, quyết toán ngân sách trên Cổng thông tin điện tử tỉnh | Sở Tài chính | | Định kỳ hằng quý | periodic | product=Số liệu được công khai
""", year=2024)


# D4. A department's sheet (Sở Khoa học và Công nghệ, 2026) whose header has THREE rows of labels
# and a fourth of column numbers: "Tổ chức thực hiện" over "Phân công thực hiện" (over "Cơ quan chủ
# trì | Cơ quan phối hợp") and "Thời gian thực hiện" (over "Bắt đầu | Hoàn thành"). The deadline is
# the "Hoàn thành" column; the "Bắt đầu" column (once an event, "Sau khi …") is no deadline.
layout("three-row-header-start-end", ["xlsx", "csv", "docx", "ods"], [
    "UBND TỈNH ĐỒNG NAI",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
], [[
    ["STT", "Nội dung nhiệm vụ", "Tổ chức thực hiện", "<", "<", "<", "Sản phẩm"],
    ["^", "^", "Phân công thực hiện", "<", "Thời gian thực hiện", "<", "^"],
    ["^", "^", "Cơ quan chủ trì", "Cơ quan phối hợp", "Bắt đầu", "Hoàn thành", "^"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực sở hữu trí tuệ, tiêu chuẩn đo lường chất lượng",
     "Văn phòng Sở", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Tháng 02/2026", "Tháng 6/2026",
     "Phương án đơn giản hóa"],
    ["2", "Cập nhật, công khai thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
     "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Tháng 01/2026", "Thường xuyên",
     "Thủ tục hành chính được công khai"],
    ["3", "Đánh giá chất lượng giải quyết thủ tục hành chính của Sở", "Văn phòng Sở", "Các phòng chuyên môn",
     "Quý I/2026", "Quý IV/2026", "Báo cáo đánh giá"],
    ["II", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng Kho dữ liệu dùng chung của tỉnh", "Trung tâm Chuyển đổi số", "Các sở, ban, ngành",
     "01/3/2026", "31/10/2026", "Kho dữ liệu dùng chung"],
    ["2", "Triển khai nền tảng họp trực tuyến đến cấp xã", "Trung tâm Chuyển đổi số", "UBND các xã, phường",
     "Quý II/2026", "Quý III/2026", "Hệ thống họp trực tuyến"],
    ["3", "Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin của tỉnh",
     "Phòng Bưu chính, Viễn thông và Chuyển đổi số", "Công an tỉnh", "Tháng 01/2026", "Tháng 12/2026",
     "Báo cáo an toàn thông tin"],
    ["III", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<", "<"],
    ["1", "Giao nhiệm vụ khoa học và công nghệ theo cơ chế khoán chi đến sản phẩm cuối cùng",
     "Phòng Quản lý khoa học", "Phòng Kế hoạch - Tài chính", "Quý I/2026", "Tháng 9/2026",
     "Quyết định giao nhiệm vụ"],
    ["2", "Giao quyền tự chủ tài chính cho Trung tâm Chuyển đổi số", "Phòng Kế hoạch - Tài chính", "Sở Tài chính",
     "Sau khi có Quyết định kiện toàn tổ chức", "Quý IV/2026", "Quyết định giao tự chủ"],
]], """
S I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T I.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực sở hữu trí tuệ, tiêu chuẩn đo lường chất lượng | Văn phòng Sở | Chi cục Tiêu chuẩn Đo lường Chất lượng | Tháng 6/2026 | 2026-06-30 | product=Phương án đơn giản hóa
T I.2 | Cập nhật, công khai thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T I.3 | Đánh giá chất lượng giải quyết thủ tục hành chính của Sở | Văn phòng Sở | Các phòng chuyên môn | Quý IV/2026 | 2026-12-31 | product=Báo cáo đánh giá
S II | CHUYỂN ĐỔI SỐ
T II.1 | Xây dựng Kho dữ liệu dùng chung của tỉnh | Trung tâm Chuyển đổi số | Các sở, ban, ngành | 31/10/2026 | 2026-10-31 | product=Kho dữ liệu dùng chung
T II.2 | Triển khai nền tảng họp trực tuyến đến cấp xã | Trung tâm Chuyển đổi số | UBND các xã, phường | Quý III/2026 | 2026-09-30 | product=Hệ thống họp trực tuyến
T II.3 | Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin của tỉnh | Phòng Bưu chính, Viễn thông và Chuyển đổi số | Công an tỉnh | Tháng 12/2026 | 2026-12-31 | product=Báo cáo an toàn thông tin
S III | CẢI CÁCH TÀI CHÍNH CÔNG
T III.1 | Giao nhiệm vụ khoa học và công nghệ theo cơ chế khoán chi đến sản phẩm cuối cùng | Phòng Quản lý khoa học | Phòng Kế hoạch - Tài chính | Tháng 9/2026 | 2026-09-30 | product=Quyết định giao nhiệm vụ
T III.2 | Giao quyền tự chủ tài chính cho Trung tâm Chuyển đổi số | Phòng Kế hoạch - Tài chính | Sở Tài chính | Quý IV/2026 | 2026-12-31 | product=Quyết định giao tự chủ
""", year=2026)


# D5. A department's sheet (Sở Xây dựng, 2025) whose deadline column, headed "Thời hạn hoàn thành
# (ngày/tháng/năm)", holds what a spreadsheet shows of dates and years: "30/06/2025" (zero-padded),
# "15/3/2025", "06/2025" (month/year), a bare "2025", a range of bare years "2025-2026", and
# "Ngày 20 hằng tháng" (periodic). A "Ghi chú" column, sometimes empty.
layout("sheet-dates-and-years", ["xlsx", "csv"], [], [[
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành (ngày/tháng/năm)", "Ghi chú"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1", "Tham mưu Quyết định quy định chi tiết một số điều của Luật Nhà ở năm 2023",
     "Phòng Quản lý nhà và thị trường bất động sản", "Sở Tư pháp", "30/06/2025", ""],
    ["2", "Rà soát quy định về cấp giấy phép xây dựng trên địa bàn tỉnh", "Phòng Quản lý xây dựng",
     "UBND các huyện, thị xã, thành phố", "2025", ""],
    ["3", "Ban hành Quy chế quản lý kiến trúc đô thị", "Phòng Quy hoạch - Kiến trúc", "Sở Tư pháp; UBND thành phố",
     "15/3/2025", "Nhiệm vụ chuyển tiếp từ năm 2024"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Cắt giảm thời gian giải quyết thủ tục cấp giấy phép xây dựng", "Phòng Quản lý xây dựng",
     "Trung tâm Phục vụ hành chính công tỉnh", "31/12/2025", "Cắt giảm ít nhất 30% thời gian so với quy định"],
    ["2", "Cung cấp dịch vụ công trực tuyến toàn trình thủ tục cấp chứng chỉ hành nghề hoạt động xây dựng",
     "Văn phòng Sở", "", "06/2025", ""],
    ["3", "Báo cáo kết quả giải quyết thủ tục hành chính", "Văn phòng Sở", "Các phòng chuyên môn",
     "Ngày 20 hằng tháng", ""],
    ["III", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản", "Phòng Quản lý nhà và thị trường bất động sản",
     "Sở Khoa học và Công nghệ", "2025-2026", "Theo Nghị định số 94/2024/NĐ-CP"],
    ["2", "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Văn phòng Sở", "", "2025", ""],
    ["3", "Số hóa hồ sơ cấp phép xây dựng lưu trữ tại Sở", "Văn phòng Sở", "Phòng Quản lý xây dựng", "30/9/2025", ""],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Tham mưu Quyết định quy định chi tiết một số điều của Luật Nhà ở năm 2023 | Phòng Quản lý nhà và thị trường bất động sản | Sở Tư pháp | 30/06/2025 | 2025-06-30 |
T I.2 | Rà soát quy định về cấp giấy phép xây dựng trên địa bàn tỉnh | Phòng Quản lý xây dựng | UBND các huyện, thị xã, thành phố | 2025 | 2025-12-31 |
T I.3 | Ban hành Quy chế quản lý kiến trúc đô thị | Phòng Quy hoạch - Kiến trúc | Sở Tư pháp; UBND thành phố | 15/3/2025 | 2025-03-15 | note=Nhiệm vụ chuyển tiếp từ năm 2024
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Cắt giảm thời gian giải quyết thủ tục cấp giấy phép xây dựng | Phòng Quản lý xây dựng | Trung tâm Phục vụ hành chính công tỉnh | 31/12/2025 | 2025-12-31 | note=Cắt giảm ít nhất 30% thời gian so với quy định
T II.2 | Cung cấp dịch vụ công trực tuyến toàn trình thủ tục cấp chứng chỉ hành nghề hoạt động xây dựng | Văn phòng Sở | | 06/2025 | 2025-06-30 |
T II.3 | Báo cáo kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng chuyên môn | Ngày 20 hằng tháng | periodic |
S III | HIỆN ĐẠI HÓA HÀNH CHÍNH
T III.1 | Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản | Phòng Quản lý nhà và thị trường bất động sản | Sở Khoa học và Công nghệ | 2025-2026 | 2026-12-31 | note=Theo Nghị định số 94/2024/NĐ-CP
T III.2 | Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 | Văn phòng Sở | | 2025 | 2025-12-31 |
T III.3 | Số hóa hồ sơ cấp phép xây dựng lưu trữ tại Sở | Văn phòng Sở | Phòng Quản lý xây dựng | 30/9/2025 | 2025-09-30 |
""")


# D6. A ward's Word annex (UBND phường, 2026, after the two-level reform) with one table per field,
# each introduced by a paragraph "Lĩnh vực 1: …" (a figure after a word, a colon, the title in
# ordinary case); the tables number their tasks from 1 again and one holds "a)", "b)" under a
# numbered row with no unit. A unit name with a comma inside ("Phòng Kinh tế, Hạ tầng và Đô thị").
# The fields are the sections, numbered I, II, III; the title is the words after the colon.
_H6 = ["STT", "Nội dung", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian hoàn thành"]
layout("ward-linh-vuc-tables", ["docx"], [
    "UBND PHƯỜNG AN HỘI",
    "PHỤ LỤC",
    "CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 03/KH-UBND ngày 08/01/2026 của UBND phường An Hội)",
], [
    "Lĩnh vực 1: Cải cách thủ tục hành chính",
    [
        list(_H6),
        ["1", "Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường",
         "Trung tâm Phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường", "Thường xuyên"],
        ["2", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của UBND phường",
         "Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội", "Quý II/2026"],
        ["3", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến", "", "", ""],
        ["a)", "Bố trí Tổ công nghệ số cộng đồng tại các khu phố", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên phường",
         "Quý I/2026"],
        ["b)", "Hỗ trợ người dân thanh toán trực tuyến phí, lệ phí", "Trung tâm Phục vụ hành chính công phường", "",
         "Hằng ngày"],
    ],
    "Lĩnh vực 2: Cải cách chế độ công vụ",
    [
        list(_H6),
        ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức hằng tháng trên phần mềm",
         "Văn phòng HĐND và UBND phường", "Các phòng, đơn vị thuộc UBND phường", "Trước ngày 05 của tháng sau"],
        ["2", "Cử công chức tham gia bồi dưỡng kỹ năng số", "Văn phòng HĐND và UBND phường", "",
         "Khi có kế hoạch của Sở Nội vụ"],
    ],
    "Lĩnh vực 3: Xây dựng chính quyền số",
    [
        list(_H6),
        ["1", "Sử dụng chữ ký số cá nhân trong xử lý văn bản", "Các phòng, đơn vị thuộc UBND phường", "", "Thường xuyên"],
        ["2", "Cập nhật dữ liệu hộ tịch vào Cơ sở dữ liệu hộ tịch điện tử", "Phòng Văn hóa - Xã hội", "Công an phường",
         "Tháng 11/2026"],
    ],
], """
S I | Cải cách thủ tục hành chính
T I.1 | Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường | Trung tâm Phục vụ hành chính công phường | Văn phòng HĐND và UBND phường | Thường xuyên | continuous |
T I.2 | Rà soát quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của UBND phường | Văn phòng HĐND và UBND phường | Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội | Quý II/2026 | 2026-06-30 |
H I.3 | Hướng dẫn người dân sử dụng dịch vụ công trực tuyến
T I.3.a | Bố trí Tổ công nghệ số cộng đồng tại các khu phố | Phòng Văn hóa - Xã hội | Đoàn Thanh niên phường | Quý I/2026 | 2026-03-31 |
T I.3.b | Hỗ trợ người dân thanh toán trực tuyến phí, lệ phí | Trung tâm Phục vụ hành chính công phường | | Hằng ngày | continuous |
S II | Cải cách chế độ công vụ
T II.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức hằng tháng trên phần mềm | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | Trước ngày 05 của tháng sau | none |
T II.2 | Cử công chức tham gia bồi dưỡng kỹ năng số | Văn phòng HĐND và UBND phường | | Khi có kế hoạch của Sở Nội vụ | event |
S III | Xây dựng chính quyền số
T III.1 | Sử dụng chữ ký số cá nhân trong xử lý văn bản | Các phòng, đơn vị thuộc UBND phường | | Thường xuyên | continuous |
T III.2 | Cập nhật dữ liệu hộ tịch vào Cơ sở dữ liệu hộ tịch điện tử | Phòng Văn hóa - Xã hội | Công an phường | Tháng 11/2026 | 2026-11-30 |
""", year=2026)


# D7. A district annex (UBND huyện, 2024) whose "Nội dung" cells are long: a lead-in line and bullet
# lines "- …" or "+ …" INSIDE the same cell. Such a cell is one task (its bullets are no tasks);
# its title is the whole cell, line breaks read as one space. Real bullet ROWS ("-" in the number
# column) under a numbered row with no unit are tasks a, b, and one of them has in-cell bullets too.
layout("in-cell-bullets", ["docx", "xlsx"], [
    "UBND HUYỆN CẨM XUYÊN",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
], [[
    ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024, trong đó:\n- Xác định nhiệm vụ trọng tâm, sản phẩm cụ thể;\n"
          "- Phân công rõ cơ quan chủ trì, thời hạn hoàn thành;\n- Bố trí kinh phí thực hiện",
     "Phòng Nội vụ", "Các cơ quan chuyên môn thuộc UBND huyện", "Tháng 01/2024"],
    ["2", "Kiểm tra công tác cải cách hành chính:\n- Tại 05 cơ quan chuyên môn thuộc UBND huyện;\n- Tại 07 xã, thị trấn",
     "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Quý III/2024"],
    ["3", "Tuyên truyền cải cách hành chính", "", "", ""],
    ["-", "Trên Trang thông tin điện tử huyện", "Phòng Văn hóa và Thông tin", "", "Thường xuyên"],
    ["-", "Trên hệ thống truyền thanh các xã, thị trấn:\n+ Phát chuyên mục cải cách hành chính;\n"
          "+ Tiếp sóng chương trình của Đài Phát thanh - Truyền hình tỉnh",
     "UBND các xã, thị trấn", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Hằng tháng"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<"],
    ["1", "Thực hiện cơ chế một cửa, một cửa liên thông:\n- Bố trí công chức có năng lực làm việc tại Bộ phận Một cửa;\n"
          "- Niêm yết đầy đủ thủ tục hành chính;\n- Giải quyết hồ sơ đúng hạn, không yêu cầu bổ sung giấy tờ ngoài quy định",
     "Văn phòng HĐND và UBND huyện", "Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn", "Thường xuyên"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "Năm 2024"],
    ["III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<"],
    ["1", "Tuyển dụng công chức cấp xã năm 2024:\n+ Xây dựng kế hoạch tuyển dụng;\n+ Tổ chức kỳ tuyển dụng;\n"
          "+ Quyết định tuyển dụng và phân công công tác",
     "Phòng Nội vụ", "UBND các xã, thị trấn", "Quý II - Quý IV/2024"],
    ["2", "Đánh giá, xếp loại cán bộ, công chức", "Phòng Nội vụ", "Các cơ quan, đơn vị", "Tháng 12/2024"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024, trong đó: - Xác định nhiệm vụ trọng tâm, sản phẩm cụ thể; - Phân công rõ cơ quan chủ trì, thời hạn hoàn thành; - Bố trí kinh phí thực hiện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Tháng 01/2024 | 2024-01-31 |
T I.2 | Kiểm tra công tác cải cách hành chính: - Tại 05 cơ quan chuyên môn thuộc UBND huyện; - Tại 07 xã, thị trấn | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Quý III/2024 | 2024-09-30 |
H I.3 | Tuyên truyền cải cách hành chính
T I.3.a | Trên Trang thông tin điện tử huyện | Phòng Văn hóa và Thông tin | | Thường xuyên | continuous |
T I.3.b | Trên hệ thống truyền thanh các xã, thị trấn: + Phát chuyên mục cải cách hành chính; + Tiếp sóng chương trình của Đài Phát thanh - Truyền hình tỉnh | UBND các xã, thị trấn | Trung tâm Văn hóa, Thể thao và Truyền thông | Hằng tháng | periodic |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Thực hiện cơ chế một cửa, một cửa liên thông: - Bố trí công chức có năng lực làm việc tại Bộ phận Một cửa; - Niêm yết đầy đủ thủ tục hành chính; - Giải quyết hồ sơ đúng hạn, không yêu cầu bổ sung giấy tờ ngoài quy định | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn | Thường xuyên | continuous |
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Năm 2024 | 2024-12-31 |
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Tuyển dụng công chức cấp xã năm 2024: + Xây dựng kế hoạch tuyển dụng; + Tổ chức kỳ tuyển dụng; + Quyết định tuyển dụng và phân công công tác | Phòng Nội vụ | UBND các xã, thị trấn | Quý II - Quý IV/2024 | 2024-12-31 |
T III.2 | Đánh giá, xếp loại cán bộ, công chức | Phòng Nội vụ | Các cơ quan, đơn vị | Tháng 12/2024 | 2024-12-31 |
""", year=2024)


# D8. A department's internal plan (Sở Nội vụ, 2025) whose unit cells hold abbreviations only ("VP",
# "TTr", "P.CCHC", "P.TCBC", "P.KHTC", "TT.LT"), explained by a legend paragraph UNDER the table
# ("Ghi chú: VP - Văn phòng Sở; …", in the Word file only). The units stay as written; support
# lists joined by ";", by a line break, and once by ", " between two abbreviations ("P.KHTC, TTr":
# two units); "VP; các phòng, đơn vị" (a collective with a comma inside).
layout("abbreviated-units-legend", ["docx", "xlsx"], [
    "UBND TỈNH QUẢNG NAM",
    "SỞ NỘI VỤ",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NỘI VỤ",
], [
    [
        ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"],
        ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
        ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2025 của Sở", "P.CCHC", "VP; các phòng, đơn vị",
         "Tháng 01/2025", "Kế hoạch"],
        ["2", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", "P.CCHC", "TTr", "Quý III/2025",
         "Báo cáo kiểm tra"],
        ["3", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở", "VP", "P.CCHC", "Hằng quý",
         "Tin, bài"],
        ["II", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
        ["1", "Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị", "P.TCBC", "P.CCVC", "Quý II/2025",
         "Văn bản thẩm định"],
        ["2", "Tham mưu sắp xếp đơn vị sự nghiệp công lập thuộc UBND tỉnh", "P.TCBC", "P.KHTC, TTr", "Quý IV/2025",
         "Đề án sắp xếp"],
        ["III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
        ["1", "Tổ chức thi tuyển công chức năm 2025", "P.CCVC", "VP\nTTr", "Quý III/2025", "Kết quả thi tuyển"],
        ["2", "Bồi dưỡng kiến thức quản lý nhà nước cho công chức", "P.CCVC", "Trường Chính trị tỉnh", "Tháng 10/2025",
         "Lớp bồi dưỡng"],
        ["3", "Chỉnh lý, số hóa tài liệu lưu trữ của Sở", "TT.LT", "VP", "Năm 2025", "Tài liệu được số hóa"],
    ],
    "Ghi chú: VP - Văn phòng Sở; TTr - Thanh tra Sở; P.CCHC - Phòng Cải cách hành chính; P.TCBC - Phòng Tổ chức, "
    "biên chế; P.CCVC - Phòng Công chức, viên chức; P.KHTC - Phòng Kế hoạch - Tài chính; TT.LT - Trung tâm Lưu trữ "
    "lịch sử.",
], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2025 của Sở | P.CCHC | VP; các phòng, đơn vị | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị | P.CCHC | TTr | Quý III/2025 | 2025-09-30 | product=Báo cáo kiểm tra
T I.3 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở | VP | P.CCHC | Hằng quý | periodic | product=Tin, bài
S II | CẢI CÁCH TỔ CHỨC BỘ MÁY
T II.1 | Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị | P.TCBC | P.CCVC | Quý II/2025 | 2025-06-30 | product=Văn bản thẩm định
T II.2 | Tham mưu sắp xếp đơn vị sự nghiệp công lập thuộc UBND tỉnh | P.TCBC | P.KHTC; TTr | Quý IV/2025 | 2025-12-31 | product=Đề án sắp xếp
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Tổ chức thi tuyển công chức năm 2025 | P.CCVC | VP; TTr | Quý III/2025 | 2025-09-30 | product=Kết quả thi tuyển
T III.2 | Bồi dưỡng kiến thức quản lý nhà nước cho công chức | P.CCVC | Trường Chính trị tỉnh | Tháng 10/2025 | 2025-10-31 | product=Lớp bồi dưỡng
T III.3 | Chỉnh lý, số hóa tài liệu lưu trữ của Sở | TT.LT | VP | Năm 2025 | 2025-12-31 | product=Tài liệu được số hóa
""")


# A fourth batch written blind by a second hand, asked for the shapes a new office most often
# receives: a work programme by months, an inspection schedule, a section's lead on its row, a
# plan re-issued with "Đã hoàn thành" notes, a whole plan in one Word file, a Google Sheets
# tracker, a communication plan charted by months, a plan to raise the PAR Index.

# E1. A "Chương trình công tác" (Sở Tài chính, first half of 2026) whose sections are the MONTHS:
# rows "THÁNG 01" … "THÁNG 06" in bold, merged across the WHOLE row from the number column (no
# number of their own, a figure inside the title). Task numbers restart in each month. The
# deadline column is headed "Thời gian trình" and mostly holds day/month with no year ("Trước
# 20/01"), read in the plan's year; the lead column "Cơ quan chủ trì tham mưu"; a "Ghi chú".
def _month(title):
    return ["**" + title, "<", "<", "<", "<", "<"]


layout("month-sections-work-programme", ["xlsx", "docx"], [
    "UBND TỈNH HƯNG YÊN",
    "SỞ TÀI CHÍNH",
    "PHỤ LỤC",
    "CHƯƠNG TRÌNH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026",
    "(Kèm theo Kế hoạch số 09/KH-STC ngày 06/01/2026 của Sở Tài chính)",
], [[
    ["STT", "Nội dung công việc", "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp", "Thời gian trình", "Ghi chú"],
    _month("THÁNG 01"),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Trước 20/01", ""],
    ["2", "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026", "Văn phòng Sở", "Phòng Pháp chế",
     "31/01/2026", ""],
    _month("THÁNG 02"),
    ["1", "Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Văn phòng Sở", "Phòng Tin học và Thống kê",
     "Trước 15/02", ""],
    ["2", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực quản lý công sản",
     "Phòng Quản lý giá và công sản", "Văn phòng Sở, Trung tâm Phục vụ hành chính công tỉnh", "Tháng 02/2026", ""],
    _month("THÁNG 03"),
    ["1", "Báo cáo kết quả thực hiện cải cách hành chính quý I năm 2026", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Trước 15/3", "Báo cáo gửi Sở Nội vụ"],
    ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Theo Kế hoạch của UBND tỉnh", ""],
    _month("THÁNG 04"),
    ["1", "Kiểm tra việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh", "Thanh tra Sở",
     "Văn phòng Sở", "Tháng 4/2026", ""],
    _month("THÁNG 05"),
    ["1", "Lấy ý kiến đánh giá sự hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính",
     "Văn phòng Sở", "", "Tháng 5/2026", ""],
    ["2", "Rà soát, đề xuất phân cấp thẩm quyền giải quyết thủ tục hành chính cho UBND cấp xã", "Phòng Pháp chế",
     "Các phòng chuyên môn, UBND các xã, phường", "31/5/2026", ""],
    _month("THÁNG 06"),
    ["1", "Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Trước 15/6", "Báo cáo gửi Sở Nội vụ"],
    ["2", "Sơ kết công tác cải cách hành chính 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm",
     "Văn phòng Sở", "", "Cuối tháng 6/2026", "Kết hợp hội nghị sơ kết công tác tài chính"],
]], """
S I | THÁNG 01
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Trước 20/01 | 2026-01-20 |
T I.2 | Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026 | Văn phòng Sở | Phòng Pháp chế | 31/01/2026 | 2026-01-31 |
S II | THÁNG 02
T II.1 | Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2026 | Văn phòng Sở | Phòng Tin học và Thống kê | Trước 15/02 | 2026-02-15 |
T II.2 | Rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực quản lý công sản | Phòng Quản lý giá và công sản | Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh | Tháng 02/2026 | 2026-02-28 |
S III | THÁNG 03
T III.1 | Báo cáo kết quả thực hiện cải cách hành chính quý I năm 2026 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Trước 15/3 | 2026-03-15 | note=Báo cáo gửi Sở Nội vụ
T III.2 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Theo Kế hoạch của UBND tỉnh | external |
S IV | THÁNG 04
T IV.1 | Kiểm tra việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh | Thanh tra Sở | Văn phòng Sở | Tháng 4/2026 | 2026-04-30 |
S V | THÁNG 05
T V.1 | Lấy ý kiến đánh giá sự hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính | Văn phòng Sở | | Tháng 5/2026 | 2026-05-31 |
T V.2 | Rà soát, đề xuất phân cấp thẩm quyền giải quyết thủ tục hành chính cho UBND cấp xã | Phòng Pháp chế | Các phòng chuyên môn; UBND các xã, phường | 31/5/2026 | 2026-05-31 |
S VI | THÁNG 06
T VI.1 | Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Trước 15/6 | 2026-06-15 | note=Báo cáo gửi Sở Nội vụ
T VI.2 | Sơ kết công tác cải cách hành chính 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm | Văn phòng Sở | | Cuối tháng 6/2026 | 2026-06-30 | note=Kết hợp hội nghị sơ kết công tác tài chính
""", year=2026)


# E2. The annex of a "Kế hoạch kiểm tra công tác cải cách hành chính" (UBND tỉnh Quảng Trị, 2024):
# each task is the inspection of named units. The column of the units INSPECTED, headed "Cơ quan,
# đơn vị được kiểm tra", comes first, before the inspection's content; the inspecting body is in
# "Cơ quan chủ trì" further right. The inspected units are no lead and no support: they describe
# the task (detail); the title is the content ("Nội dung kiểm tra"), repeated word for word on
# two rows. Dates as ranges of days ("Từ ngày 13/5 đến ngày 15/5/2024"), "Tháng 10 - 11/2024", an
# event, and a last row with no inspected unit ("trước 15/12" style deadline, no year).
layout("inspection-schedule", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
    "PHỤ LỤC",
    "DANH SÁCH CƠ QUAN, ĐƠN VỊ ĐƯỢC KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 38/KH-UBND ngày 04/3/2024 của UBND tỉnh Quảng Trị)",
], [[
    ["STT", "Cơ quan, đơn vị được kiểm tra", "Nội dung kiểm tra", "Thời gian kiểm tra", "Cơ quan chủ trì",
     "Cơ quan phối hợp"],
    ["I", "KIỂM TRA CÁC SỞ, BAN, NGÀNH", "<", "<", "<", "<"],
    ["1", "Sở Tài nguyên và Môi trường",
     "Kiểm tra toàn diện công tác cải cách hành chính; việc giải quyết thủ tục hành chính lĩnh vực đất đai",
     "Từ ngày 13/5 đến ngày 15/5/2024", "Sở Nội vụ", "Văn phòng UBND tỉnh, Sở Tư pháp"],
    ["2", "Sở Xây dựng", "Kiểm tra toàn diện công tác cải cách hành chính", "Tháng 6/2024", "Sở Nội vụ",
     "Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông"],
    ["3", "Sở Y tế; Sở Giáo dục và Đào tạo", "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông",
     "Quý III/2024", "Văn phòng UBND tỉnh", "Sở Nội vụ"],
    ["II", "KIỂM TRA UBND CẤP HUYỆN", "<", "<", "<", "<"],
    ["1", "UBND huyện Hải Lăng và 02 xã trực thuộc",
     "Kiểm tra toàn diện công tác cải cách hành chính; kiểm tra công vụ", "Từ 23/9 đến 25/9/2024", "Sở Nội vụ",
     "Văn phòng UBND tỉnh, Sở Tư pháp, Sở Tài chính"],
    ["2", "UBND huyện Vĩnh Linh và 02 xã trực thuộc",
     "Kiểm tra toàn diện công tác cải cách hành chính; kiểm tra công vụ", "Tháng 10/2024", "Sở Nội vụ",
     "Văn phòng UBND tỉnh, Sở Tư pháp, Sở Tài chính"],
    ["3", "UBND thành phố Đông Hà", "Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
     "Tháng 10 - 11/2024", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"],
    ["4", "UBND huyện Gio Linh", "Kiểm tra công tác kiểm soát thủ tục hành chính", "Quý IV/2024",
     "Văn phòng UBND tỉnh", "Sở Nội vụ"],
    ["III", "KIỂM TRA ĐỘT XUẤT VÀ TỔNG HỢP KẾT QUẢ", "<", "<", "<", "<"],
    ["1", "Các cơ quan, đơn vị, địa phương có phản ánh, kiến nghị",
     "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính",
     "Khi có phản ánh, kiến nghị hoặc theo chỉ đạo của Chủ tịch UBND tỉnh", "Sở Nội vụ", "Các cơ quan liên quan"],
    ["2", "", "Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch UBND tỉnh", "Trước 15/12", "Sở Nội vụ", ""],
]], """
S I | KIỂM TRA CÁC SỞ, BAN, NGÀNH
T I.1 | Kiểm tra toàn diện công tác cải cách hành chính; việc giải quyết thủ tục hành chính lĩnh vực đất đai | Sở Nội vụ | Văn phòng UBND tỉnh; Sở Tư pháp | Từ ngày 13/5 đến ngày 15/5/2024 | 2024-05-15 | detail=Sở Tài nguyên và Môi trường
T I.2 | Kiểm tra toàn diện công tác cải cách hành chính | Sở Nội vụ | Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông | Tháng 6/2024 | 2024-06-30 | detail=Sở Xây dựng
T I.3 | Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông | Văn phòng UBND tỉnh | Sở Nội vụ | Quý III/2024 | 2024-09-30 | detail=Sở Y tế; Sở Giáo dục và Đào tạo
S II | KIỂM TRA UBND CẤP HUYỆN
T II.1 | Kiểm tra toàn diện công tác cải cách hành chính; kiểm tra công vụ | Sở Nội vụ | Văn phòng UBND tỉnh; Sở Tư pháp; Sở Tài chính | Từ 23/9 đến 25/9/2024 | 2024-09-25 | detail=UBND huyện Hải Lăng và 02 xã trực thuộc
T II.2 | Kiểm tra toàn diện công tác cải cách hành chính; kiểm tra công vụ | Sở Nội vụ | Văn phòng UBND tỉnh; Sở Tư pháp; Sở Tài chính | Tháng 10/2024 | 2024-10-31 | detail=UBND huyện Vĩnh Linh và 02 xã trực thuộc
T II.3 | Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh | Tháng 10 - 11/2024 | 2024-11-30 | detail=UBND thành phố Đông Hà
T II.4 | Kiểm tra công tác kiểm soát thủ tục hành chính | Văn phòng UBND tỉnh | Sở Nội vụ | Quý IV/2024 | 2024-12-31 | detail=UBND huyện Gio Linh
S III | KIỂM TRA ĐỘT XUẤT VÀ TỔNG HỢP KẾT QUẢ
T III.1 | Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính | Sở Nội vụ | Các cơ quan liên quan | Khi có phản ánh, kiến nghị hoặc theo chỉ đạo của Chủ tịch UBND tỉnh | event | detail=Các cơ quan, đơn vị, địa phương có phản ánh, kiến nghị
T III.2 | Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch UBND tỉnh | Sở Nội vụ | | Trước 15/12 | 2024-12-15 |
""", year=2024)


# E3. A provincial "phân công" annex (UBND tỉnh Lâm Đồng, 2025) where the LEAD IS GIVEN ON THE
# SECTION ROW: each Roman row (bold, not merged) names the lead of the whole field in the lead
# column ("I | CẢI CÁCH THỂ CHẾ | Sở Tư pháp"), and the task rows leave the lead empty and name
# only their support. One task names a lead of its own, which stands for that task alone. The
# section is still a section (S), and its tasks take its lead. Deadlines "Quý I năm 2025",
# "trước 15/12" (no year), "Tháng 3/2025; tháng 9/2025" (due at the last), "31/3/2025",
# "Năm 2025 và các năm tiếp theo" (periodic).
layout("section-row-lead", ["docx", "xlsx", "csv", "ods"], [
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    "PHỤ LỤC",
    "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 52/KH-UBND ngày 08/01/2025 của UBND tỉnh Lâm Đồng)",
], [[
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"],
    ["**I", "**CẢI CÁCH THỂ CHẾ", "**Sở Tư pháp", "", "", ""],
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "",
     "Các sở, ban, ngành", "Quý I năm 2025", "Quyết định công bố kết quả rà soát"],
    ["2", "Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành", "",
     "UBND các huyện, thành phố", "Thường xuyên", "Kết luận kiểm tra"],
    ["3", "Theo dõi tình hình thi hành pháp luật năm 2025", "",
     "Các sở, ban, ngành; UBND các huyện, thành phố", "trước 15/12", "Báo cáo"],
    ["**II", "**CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "**Văn phòng UBND tỉnh", "", "", ""],
    ["1", "Công bố, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp", "",
     "Các sở, ban, ngành", "Thường xuyên", "Quyết định công bố"],
    ["2", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "",
     "Các sở, ban, ngành", "Tháng 3/2025; tháng 9/2025", "Phương án đơn giản hóa"],
    ["3", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Thông tin và Truyền thông",
     "Văn phòng UBND tỉnh", "Thường xuyên", "Hệ thống vận hành ổn định"],
    ["**III", "**CẢI CÁCH TỔ CHỨC BỘ MÁY", "**Sở Nội vụ", "", "", ""],
    ["1", "Sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh", "", "Các sở, ban, ngành",
     "Quý I năm 2025", "Quyết định của UBND tỉnh"],
    ["2", "Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị sau sắp xếp", "", "Các cơ quan, đơn vị",
     "31/3/2025", "Văn bản thẩm định"],
    ["**IV", "**CẢI CÁCH TÀI CHÍNH CÔNG", "**Sở Tài chính", "", "", ""],
    ["1", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "",
     "Sở Nội vụ, các sở quản lý ngành, lĩnh vực", "Năm 2025 và các năm tiếp theo", "Quyết định giao tự chủ"],
    ["2", "Công khai dự toán, quyết toán ngân sách theo quy định", "",
     "Các sở, ban, ngành; UBND các huyện, thành phố", "Định kỳ hằng quý", "Báo cáo công khai"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành | Sở Tư pháp | Các sở, ban, ngành | Quý I năm 2025 | 2025-03-31 | product=Quyết định công bố kết quả rà soát
T I.2 | Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành | Sở Tư pháp | UBND các huyện, thành phố | Thường xuyên | continuous | product=Kết luận kiểm tra
T I.3 | Theo dõi tình hình thi hành pháp luật năm 2025 | Sở Tư pháp | Các sở, ban, ngành; UBND các huyện, thành phố | trước 15/12 | 2025-12-15 | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Công bố, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | continuous | product=Quyết định công bố
T II.2 | Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước | Văn phòng UBND tỉnh | Các sở, ban, ngành | Tháng 3/2025; tháng 9/2025 | 2025-09-30 | product=Phương án đơn giản hóa
T II.3 | Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh | Thường xuyên | continuous | product=Hệ thống vận hành ổn định
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh | Sở Nội vụ | Các sở, ban, ngành | Quý I năm 2025 | 2025-03-31 | product=Quyết định của UBND tỉnh
T III.2 | Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị sau sắp xếp | Sở Nội vụ | Các cơ quan, đơn vị | 31/3/2025 | 2025-03-31 | product=Văn bản thẩm định
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập | Sở Tài chính | Sở Nội vụ; các sở quản lý ngành, lĩnh vực | Năm 2025 và các năm tiếp theo | periodic | product=Quyết định giao tự chủ
T IV.2 | Công khai dự toán, quyết toán ngân sách theo quy định | Sở Tài chính | Các sở, ban, ngành; UBND các huyện, thành phố | Định kỳ hằng quý | periodic | product=Báo cáo công khai
""")


# E4. A plan re-issued mid-year (Sở Lao động - Thương binh và Xã hội tỉnh Vĩnh Long, 2024, "điều
# chỉnh, bổ sung") whose "Ghi chú" column says "Đã hoàn thành" on some rows (once with the
# decision that did it, once "Đã hoàn thành đợt 1"), "Chuyển sang năm 2025" on one: a note, not a
# deadline (the words "hoàn thành" are no deadline) and not a status column. Unit headers with a
# comma inside ("Phòng, đơn vị chủ trì"). Deadlines "Quý I năm 2024", two months joined by ";"
# that end no halves (due at the last) and two that do (periodic), "trước 15/12", "31/3/2024",
# "Năm 2024 và các năm tiếp theo".
layout("ghi-chu-done", ["xlsx", "csv"], [], [[
    ["PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 (ĐIỀU CHỈNH, BỔ SUNG)", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung nhiệm vụ", "Phòng, đơn vị chủ trì", "Phòng, đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 01/2024", "Đã hoàn thành"],
    ["2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024", "Văn phòng Sở", "", "Quý I năm 2024",
     "Đã hoàn thành"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính 6 tháng, năm", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 6/2024; tháng 12/2024", ""],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực người có công", "Phòng Người có công", "Văn phòng Sở",
     "Tháng 3/2024; tháng 9/2024", "Đã hoàn thành đợt 1"],
    ["2", "Giải quyết thủ tục hành chính lĩnh vực bảo trợ xã hội qua dịch vụ công trực tuyến toàn trình",
     "Phòng Bảo trợ xã hội", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", ""],
    ["3", "Trình công bố danh mục thủ tục hành chính lĩnh vực giáo dục nghề nghiệp", "Phòng Giáo dục nghề nghiệp",
     "Văn phòng Sở", "31/3/2024", "Đã hoàn thành (Quyết định số 512/QĐ-UBND ngày 25/3/2024)"],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Rà soát, điều chỉnh vị trí việc làm của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Quý II năm 2024", "Đã hoàn thành"],
    ["2", "Kiện toàn tổ chức Trung tâm Dịch vụ việc làm", "Văn phòng Sở", "Trung tâm Dịch vụ việc làm, Sở Nội vụ",
     "Quý IV năm 2024", "Chuyển sang năm 2025"],
    ["3", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "trước 15/12", ""],
    ["IV", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở", "Các phòng chuyên môn",
     "Năm 2024 và các năm tiếp theo", ""],
    ["2", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Văn phòng Sở", "", "Thường xuyên",
     ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2024 | 2024-01-31 | note=Đã hoàn thành
T I.2 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 | Văn phòng Sở | | Quý I năm 2024 | 2024-03-31 | note=Đã hoàn thành
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính 6 tháng, năm | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 6/2024; tháng 12/2024 | periodic |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực người có công | Phòng Người có công | Văn phòng Sở | Tháng 3/2024; tháng 9/2024 | 2024-09-30 | note=Đã hoàn thành đợt 1
T II.2 | Giải quyết thủ tục hành chính lĩnh vực bảo trợ xã hội qua dịch vụ công trực tuyến toàn trình | Phòng Bảo trợ xã hội | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
T II.3 | Trình công bố danh mục thủ tục hành chính lĩnh vực giáo dục nghề nghiệp | Phòng Giáo dục nghề nghiệp | Văn phòng Sở | 31/3/2024 | 2024-03-31 | note=Đã hoàn thành (Quyết định số 512/QĐ-UBND ngày 25/3/2024)
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ
T III.1 | Rà soát, điều chỉnh vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý II năm 2024 | 2024-06-30 | note=Đã hoàn thành
T III.2 | Kiện toàn tổ chức Trung tâm Dịch vụ việc làm | Văn phòng Sở | Trung tâm Dịch vụ việc làm; Sở Nội vụ | Quý IV năm 2024 | 2024-12-31 | note=Chuyển sang năm 2025
T III.3 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | trước 15/12 | 2024-12-15 |
S IV | HIỆN ĐẠI HÓA HÀNH CHÍNH
T IV.1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng chuyên môn | Năm 2024 và các năm tiếp theo | periodic |
T IV.2 | Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 | Văn phòng Sở | | Thường xuyên | continuous |
""", year=2024)


# E5. The whole plan as one Word file (Sở Nội vụ tỉnh Long An, 2025): the national heading as
# paragraphs, the plan's body with its own Roman and figure headings as paragraphs ("I. MỤC ĐÍCH,
# YÊU CẦU", "1. Mục đích", "III. TỔ CHỨC THỰC HIỆN"), then the FIRST table, the small signature
# block (one row: "Nơi nhận:" with a list of bodies | "KT. GIÁM ĐỐC … name"), then the annex's
# title paragraphs and the annex table SECOND. Only the second table is the annex; the body's
# numbered paragraphs are no sections (the annex has its own Roman rows), the recipients no units.
layout("docx-signature-table-first", ["docx"], [
    "UBND TỈNH LONG AN",
    "SỞ NỘI VỤ",
    "Số: 18/KH-SNV",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Long An, ngày 10 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Sở Nội vụ",
    "Căn cứ Kế hoạch số 123/KH-UBND ngày 03/01/2025 của UBND tỉnh về cải cách hành chính năm 2025; Sở Nội vụ "
    "ban hành Kế hoạch cải cách hành chính năm 2025 như sau:",
], [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính; nâng cao Chỉ số cải cách hành chính của Sở.",
    "2. Yêu cầu",
    "Nhiệm vụ phải cụ thể, có sản phẩm, thời hạn hoàn thành và phân công rõ trách nhiệm.",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "Các nhiệm vụ cụ thể, đơn vị chủ trì, thời hạn hoàn thành tại Phụ lục kèm theo Kế hoạch này.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện Kế hoạch.",
    "2. Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm triển khai nhiệm vụ được giao.",
    [
        ["Nơi nhận:\n- Bộ Nội vụ (b/c);\n- TT. UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n"
         "- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
         "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTrần Văn Hùng"],
    ],
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NỘI VỤ",
    "(Kèm theo Kế hoạch số 18/KH-SNV ngày 10/01/2025 của Sở Nội vụ)",
    [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"],
        ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
        ["1", "Triển khai Kế hoạch cải cách hành chính năm 2025 đến các phòng, đơn vị", "Văn phòng Sở",
         "Phòng Cải cách hành chính", "Quý I năm 2025", "Văn bản triển khai"],
        ["2", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Thanh tra Sở", "Văn phòng Sở",
         "Quý III năm 2025", "Báo cáo kết quả kiểm tra"],
        ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
        ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
        ["1", "Rà soát thủ tục hành chính lĩnh vực thi đua, khen thưởng", "Ban Thi đua - Khen thưởng", "Văn phòng Sở",
         "31/3/2025", "Báo cáo rà soát"],
        ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực nội vụ", "Văn phòng Sở",
         "Trung tâm Phục vụ hành chính công tỉnh", "Năm 2025", "Hồ sơ được số hóa"],
        ["3", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "Văn phòng Sở", "",
         "Khi có phản ánh, kiến nghị", "Văn bản trả lời"],
        ["III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
        ["1", "Tổ chức thi tuyển công chức tỉnh năm 2025", "Phòng Công chức, viên chức",
         "Hội đồng thi tuyển công chức tỉnh, Sở Tài chính", "Quý II năm 2025", "Kết quả thi tuyển"],
        ["2", "Bồi dưỡng kỹ năng cho công chức làm công tác cải cách hành chính", "Phòng Cải cách hành chính",
         "Trường Chính trị Long An", "Tháng 8/2025", "Lớp bồi dưỡng"],
        ["3", "Đánh giá, xếp loại chất lượng công chức, viên chức của Sở", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "trước 15/12", "Kết quả đánh giá"],
    ],
], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Triển khai Kế hoạch cải cách hành chính năm 2025 đến các phòng, đơn vị | Văn phòng Sở | Phòng Cải cách hành chính | Quý I năm 2025 | 2025-03-31 | product=Văn bản triển khai
T I.2 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Thanh tra Sở | Văn phòng Sở | Quý III năm 2025 | 2025-09-30 | product=Báo cáo kết quả kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát thủ tục hành chính lĩnh vực thi đua, khen thưởng | Ban Thi đua - Khen thưởng | Văn phòng Sở | 31/3/2025 | 2025-03-31 | product=Báo cáo rà soát
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực nội vụ | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Năm 2025 | 2025-12-31 | product=Hồ sơ được số hóa
T II.3 | Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính | Văn phòng Sở | | Khi có phản ánh, kiến nghị | event | product=Văn bản trả lời
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Tổ chức thi tuyển công chức tỉnh năm 2025 | Phòng Công chức, viên chức | Hội đồng thi tuyển công chức tỉnh; Sở Tài chính | Quý II năm 2025 | 2025-06-30 | product=Kết quả thi tuyển
T III.2 | Bồi dưỡng kỹ năng cho công chức làm công tác cải cách hành chính | Phòng Cải cách hành chính | Trường Chính trị Long An | Tháng 8/2025 | 2025-08-31 | product=Lớp bồi dưỡng
T III.3 | Đánh giá, xếp loại chất lượng công chức, viên chức của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | trước 15/12 | 2025-12-15 | product=Kết quả đánh giá
""")


# E6. A CSV downloaded from a Google Sheets tracker (Phòng Nội vụ huyện Cần Giuộc, 2025): column A
# left empty on every row, a title and an "updated on" line in column B, a blank row, the header
# on row 4; no merges anywhere (a section row is "I" and its title, the rest empty); dates
# zero-padded "31/03/2025"; a line break (LF) inside one cell of units; and a "Tiến độ (%)"
# column of percentages beside the deadline column "Hạn hoàn thành": "Tiến độ" here is the
# progress (kept as the annex's status), NOT the deadline.
_G = ["", "", "", "", "", "", "", ""]
layout("gsheets-export-progress", ["csv"], [], [[
    ["", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 - BẢNG THEO DÕI TIẾN ĐỘ", "", "", "", "", "", ""],
    ["", "Cập nhật đến ngày 30/6/2025", "", "", "", "", "", ""],
    list(_G),
    ["", "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn hoàn thành", "Tiến độ (%)", "Ghi chú"],
    ["", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", "", ""],
    ["", "1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "15/01/2025", "100%", ""],
    ["", "2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025", "Phòng Văn hóa và Thông tin",
     "Phòng Nội vụ", "31/01/2025", "100%", ""],
    ["", "3", "Kiểm tra công tác cải cách hành chính tại UBND các xã, thị trấn", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện\nPhòng Tư pháp", "30/09/2025", "0%", "Đã ban hành kế hoạch kiểm tra"],
    ["", "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
    ["", "1", "Rà soát, công bố danh mục thủ tục hành chính cấp huyện, cấp xã", "Văn phòng HĐND và UBND huyện",
     "Các cơ quan chuyên môn thuộc UBND huyện", "31/03/2025", "100%", ""],
    ["", "2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "31/12/2025", "60%", "Tỷ lệ số hóa đến 30/6 đạt 72%"],
    ["", "3", "Khảo sát mức độ hài lòng của người dân, tổ chức", "Phòng Nội vụ", "", "30/11/2025", "", ""],
    ["", "III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""],
    ["", "1", "Rà soát, bố trí cán bộ, công chức cấp xã khi sắp xếp đơn vị hành chính", "Phòng Nội vụ",
     "UBND các xã, thị trấn", "30/06/2025", "100%", "Theo Đề án sắp xếp đơn vị hành chính cấp xã"],
    ["", "2", "Đánh giá, xếp loại chất lượng cán bộ, công chức hằng tháng", "Phòng Nội vụ", "Các cơ quan, đơn vị",
     "Hằng tháng", "50%", ""],
    ["", "IV", "CHUYỂN ĐỔI SỐ", "", "", "", "", ""],
    ["", "1", "Sử dụng chữ ký số trong gửi, nhận văn bản điện tử", "Phòng Văn hóa và Thông tin",
     "Các cơ quan, đơn vị; UBND các xã, thị trấn", "Thường xuyên", "80%", ""],
    ["", "2", "Triển khai nền tảng họp trực tuyến đến cấp xã", "Phòng Văn hóa và Thông tin",
     "Trung tâm Văn hóa, Thể thao và Truyền thông", "30/04/2025", "100%", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | 15/01/2025 | 2025-01-15 | annex_status=100%
T I.2 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 | Phòng Văn hóa và Thông tin | Phòng Nội vụ | 31/01/2025 | 2025-01-31 | annex_status=100%
T I.3 | Kiểm tra công tác cải cách hành chính tại UBND các xã, thị trấn | Phòng Nội vụ | Văn phòng HĐND và UBND huyện; Phòng Tư pháp | 30/09/2025 | 2025-09-30 | note=Đã ban hành kế hoạch kiểm tra ; annex_status=0%
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, công bố danh mục thủ tục hành chính cấp huyện, cấp xã | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện | 31/03/2025 | 2025-03-31 | annex_status=100%
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | 31/12/2025 | 2025-12-31 | note=Tỷ lệ số hóa đến 30/6 đạt 72% ; annex_status=60%
T II.3 | Khảo sát mức độ hài lòng của người dân, tổ chức | Phòng Nội vụ | | 30/11/2025 | 2025-11-30 |
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Rà soát, bố trí cán bộ, công chức cấp xã khi sắp xếp đơn vị hành chính | Phòng Nội vụ | UBND các xã, thị trấn | 30/06/2025 | 2025-06-30 | note=Theo Đề án sắp xếp đơn vị hành chính cấp xã ; annex_status=100%
T III.2 | Đánh giá, xếp loại chất lượng cán bộ, công chức hằng tháng | Phòng Nội vụ | Các cơ quan, đơn vị | Hằng tháng | periodic | annex_status=50%
S IV | CHUYỂN ĐỔI SỐ
T IV.1 | Sử dụng chữ ký số trong gửi, nhận văn bản điện tử | Phòng Văn hóa và Thông tin | Các cơ quan, đơn vị; UBND các xã, thị trấn | Thường xuyên | continuous | annex_status=80%
T IV.2 | Triển khai nền tảng họp trực tuyến đến cấp xã | Phòng Văn hóa và Thông tin | Trung tâm Văn hóa, Thể thao và Truyền thông | 30/04/2025 | 2025-04-30 | annex_status=100%
""")


# E7. A "Kế hoạch tuyên truyền cải cách hành chính" (Sở Nội vụ tỉnh Thái Nguyên, 2026) drawn as a
# year chart: "Thời gian thực hiện (tháng)" spans TWELVE columns whose second header row is the
# bare figures 1 … 12 (which look like a row of column numbers but are the months), each task
# marked "x" in the months it runs; a "Hình thức tuyên truyền" column (product), a budget in
# "đồng" with "." separators, a "Tổng cộng" row. As with the quarter chart (B8), the deadline is
# the months marked written as their runs ("Tháng 3 - Tháng 5"), due at the end of the last month
# marked; the two separate marks in June and December are the ends of the two halves: periodic.
def _marks(*months):
    return ["x" if m in months else "" for m in range(1, 13)]


_ALL = tuple(range(1, 13))
layout("month-grid-propaganda", ["xlsx", "docx", "ods"], [
    "UBND TỈNH THÁI NGUYÊN",
    "SỞ NỘI VỤ",
    "PHỤ LỤC",
    "KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 14/KH-SNV ngày 16/01/2026 của Sở Nội vụ)",
], [[
    ["STT", "Nội dung tuyên truyền", "Hình thức tuyên truyền", "Cơ quan chủ trì", "Cơ quan phối hợp",
     "Thời gian thực hiện (tháng)"] + ["<"] * 11 + ["Kinh phí (đồng)"],
    ["^", "^", "^", "^", "^"] + [str(m) for m in range(1, 13)] + ["^"],
    ["I", "TUYÊN TRUYỀN TRÊN BÁO CHÍ"] + ["<"] * 16,
    ["1", "Tuyên truyền kết quả cải cách hành chính của tỉnh",
     "Phóng sự, tin, bài trên Báo và Phát thanh, Truyền hình Thái Nguyên", "Sở Nội vụ",
     "Báo và Phát thanh, Truyền hình Thái Nguyên"] + _marks(*_ALL) + ["120.000.000"],
    ["2", "Chuyên mục \"Cải cách hành chính - Vì người dân, doanh nghiệp\"", "Chuyên mục phát thanh, truyền hình",
     "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"] + _marks(3, 4, 5) + ["45.000.000"],
    ["II", "TUYÊN TRUYỀN TRỰC TIẾP"] + ["<"] * 16,
    ["1", "Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức", "Thi trực tuyến",
     "Sở Nội vụ", "Các sở, ban, ngành; UBND các xã, phường"] + _marks(8, 9) + ["150.000.000"],
    ["2", "Lồng ghép tuyên truyền cải cách hành chính tại hội nghị tiếp xúc cử tri", "Lồng ghép tại hội nghị",
     "UBND các xã, phường", ""] + _marks(6, 12) + [""],
    ["3", "Tuyên truyền tại Trung tâm Phục vụ hành chính công tỉnh", "Màn hình LED, tờ rơi",
     "Trung tâm Phục vụ hành chính công tỉnh", "Sở Nội vụ"] + _marks(*_ALL) + ["30.000.000"],
    ["III", "TUYÊN TRUYỀN TRÊN MÔI TRƯỜNG SỐ"] + ["<"] * 16,
    ["1", "Cập nhật chuyên mục cải cách hành chính trên Cổng thông tin điện tử tỉnh", "Tin, bài, video ngắn",
     "Văn phòng UBND tỉnh", "Sở Nội vụ"] + _marks(*_ALL) + [""],
    ["2", "Xây dựng video hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
     "Video đăng tải trên mạng xã hội", "Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh"]
    + _marks(4) + ["60.000.000"],
    ["3", "Khảo sát hiệu quả công tác tuyên truyền cải cách hành chính", "Phiếu khảo sát trực tuyến", "Sở Nội vụ",
     ""] + _marks(10, 11) + ["25.000.000"],
    ["", "Tổng cộng", "<", "<", "<"] + [""] * 12 + ["430.000.000"],
]], """
S I | TUYÊN TRUYỀN TRÊN BÁO CHÍ
T I.1 | Tuyên truyền kết quả cải cách hành chính của tỉnh | Sở Nội vụ | Báo và Phát thanh, Truyền hình Thái Nguyên | Tháng 1 - Tháng 12 | 2026-12-31 | budget=120000000 ; product=Phóng sự, tin, bài trên Báo và Phát thanh, Truyền hình Thái Nguyên
T I.2 | Chuyên mục "Cải cách hành chính - Vì người dân, doanh nghiệp" | Sở Nội vụ | Sở Văn hóa, Thể thao và Du lịch | Tháng 3 - Tháng 5 | 2026-05-31 | budget=45000000 ; product=Chuyên mục phát thanh, truyền hình
S II | TUYÊN TRUYỀN TRỰC TIẾP
T II.1 | Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức | Sở Nội vụ | Các sở, ban, ngành; UBND các xã, phường | Tháng 8 - Tháng 9 | 2026-09-30 | budget=150000000 ; product=Thi trực tuyến
T II.2 | Lồng ghép tuyên truyền cải cách hành chính tại hội nghị tiếp xúc cử tri | UBND các xã, phường | | Tháng 6, Tháng 12 | periodic | product=Lồng ghép tại hội nghị
T II.3 | Tuyên truyền tại Trung tâm Phục vụ hành chính công tỉnh | Trung tâm Phục vụ hành chính công tỉnh | Sở Nội vụ | Tháng 1 - Tháng 12 | 2026-12-31 | budget=30000000 ; product=Màn hình LED, tờ rơi
S III | TUYÊN TRUYỀN TRÊN MÔI TRƯỜNG SỐ
T III.1 | Cập nhật chuyên mục cải cách hành chính trên Cổng thông tin điện tử tỉnh | Văn phòng UBND tỉnh | Sở Nội vụ | Tháng 1 - Tháng 12 | 2026-12-31 | product=Tin, bài, video ngắn
T III.2 | Xây dựng video hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia | Sở Khoa học và Công nghệ | Trung tâm Phục vụ hành chính công tỉnh | Tháng 4 | 2026-04-30 | budget=60000000 ; product=Video đăng tải trên mạng xã hội
T III.3 | Khảo sát hiệu quả công tác tuyên truyền cải cách hành chính | Sở Nội vụ | | Tháng 10 - Tháng 11 | 2026-11-30 | budget=25000000 ; product=Phiếu khảo sát trực tuyến
""", year=2026)


# E8. A plan to raise the PAR INDEX (Chỉ số cải cách hành chính, UBND tỉnh Quảng Ngãi, 2025) after
# the 2024 score: each row is a CRITERION that lost points, with "Điểm tối đa" and "Điểm đạt năm
# 2024" (decimal commas "11,25"), then the task that fixes it ("Nhiệm vụ, giải pháp khắc phục"),
# lead, support, deadline. Field rows are numbered in figures in capitals ("1", "2" …) and carry
# their points, so they are not merged across; criteria "1.1", "1.2". No Roman numeral anywhere:
# fields are sections I, II …; the task column gives the title, the criterion the detail; the
# points are neither budget nor anything else. Deadlines include "31/01/2026" (after the year).
layout("par-index-criteria", ["xlsx", "docx"], [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
    "PHỤ LỤC",
    "PHÂN CÔNG NHIỆM VỤ KHẮC PHỤC HẠN CHẾ, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 66/KH-UBND ngày 21/3/2025 của UBND tỉnh Quảng Ngãi)",
], [[
    ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm đạt năm 2024", "Nhiệm vụ, giải pháp khắc phục",
     "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "13", "11,25", "", "", "", ""],
    ["1.1", "Kế hoạch cải cách hành chính năm", "2", "1,5",
     "Hoàn thành 100% nhiệm vụ đề ra trong Kế hoạch cải cách hành chính năm 2025 của tỉnh", "Sở Nội vụ",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Tháng 12/2025"],
    ["1.2", "Công tác kiểm tra cải cách hành chính", "2", "1",
     "Kiểm tra ít nhất 30% cơ quan chuyên môn thuộc UBND tỉnh và UBND cấp huyện; xử lý 100% vấn đề phát hiện qua kiểm tra",
     "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý III năm 2025"],
    ["2", "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT TẠI TỈNH", "7,5", "6", "", "", "", ""],
    ["2.1", "Theo dõi thi hành pháp luật", "2", "1,25",
     "Xử lý 100% kiến nghị sau theo dõi thi hành pháp luật", "Sở Tư pháp", "Các sở, ban, ngành", "trước 15/12"],
    ["2.2", "Kiểm tra, xử lý văn bản quy phạm pháp luật", "1,5", "1",
     "Tự kiểm tra 100% văn bản quy phạm pháp luật ngay sau khi ban hành", "Sở Tư pháp", "", "Thường xuyên"],
    ["3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "13", "10,5", "", "", "", ""],
    ["3.1", "Công khai thủ tục hành chính", "2", "1,5",
     "Công khai đầy đủ, đúng hạn 100% thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên"],
    ["3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "3", "2",
     "Giải quyết đúng hạn trên 98% hồ sơ; xin lỗi công khai 100% trường hợp trễ hạn",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Văn phòng UBND tỉnh", "Năm 2025 và các năm tiếp theo"],
    ["3.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2", "1",
     "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công tỉnh",
     "Sở Thông tin và Truyền thông, UBND các huyện, thị xã, thành phố", "Tháng 3/2025; tháng 9/2025"],
    ["4", "CẢI CÁCH TÀI CHÍNH CÔNG", "9", "7,5", "", "", "", ""],
    ["4.1", "Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập", "2", "1",
     "Giao quyền tự chủ tài chính cho 100% đơn vị sự nghiệp công lập đủ điều kiện", "Sở Tài chính", "Sở Nội vụ",
     "Quý I năm 2025"],
    ["4.2", "Tỷ lệ giải ngân kế hoạch vốn đầu tư công", "2", "1,5",
     "Giải ngân trên 95% kế hoạch vốn đầu tư công năm 2025", "Sở Kế hoạch và Đầu tư",
     "Sở Tài chính; Kho bạc Nhà nước tỉnh", "31/01/2026"],
    ["5", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "12", "10", "", "", "", ""],
    ["5.1", "Cung cấp dịch vụ công trực tuyến toàn trình", "2", "1,5",
     "Cung cấp dịch vụ công trực tuyến toàn trình đối với 100% thủ tục hành chính đủ điều kiện",
     "Sở Thông tin và Truyền thông", "Các sở, ban, ngành", "31/3/2025"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
T I.1 | Hoàn thành 100% nhiệm vụ đề ra trong Kế hoạch cải cách hành chính năm 2025 của tỉnh | Sở Nội vụ | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Tháng 12/2025 | 2025-12-31 | detail=Kế hoạch cải cách hành chính năm
T I.2 | Kiểm tra ít nhất 30% cơ quan chuyên môn thuộc UBND tỉnh và UBND cấp huyện; xử lý 100% vấn đề phát hiện qua kiểm tra | Sở Nội vụ | Văn phòng UBND tỉnh | Quý III năm 2025 | 2025-09-30 | detail=Công tác kiểm tra cải cách hành chính
S II | XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT TẠI TỈNH
T II.1 | Xử lý 100% kiến nghị sau theo dõi thi hành pháp luật | Sở Tư pháp | Các sở, ban, ngành | trước 15/12 | 2025-12-15 | detail=Theo dõi thi hành pháp luật
T II.2 | Tự kiểm tra 100% văn bản quy phạm pháp luật ngay sau khi ban hành | Sở Tư pháp | | Thường xuyên | continuous | detail=Kiểm tra, xử lý văn bản quy phạm pháp luật
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Công khai đầy đủ, đúng hạn 100% thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | continuous | detail=Công khai thủ tục hành chính
T III.2 | Giải quyết đúng hạn trên 98% hồ sơ; xin lỗi công khai 100% trường hợp trễ hạn | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Văn phòng UBND tỉnh | Năm 2025 và các năm tiếp theo | periodic | detail=Tỷ lệ hồ sơ giải quyết đúng hạn
T III.3 | Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công tỉnh | Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố | Tháng 3/2025; tháng 9/2025 | 2025-09-30 | detail=Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Giao quyền tự chủ tài chính cho 100% đơn vị sự nghiệp công lập đủ điều kiện | Sở Tài chính | Sở Nội vụ | Quý I năm 2025 | 2025-03-31 | detail=Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập
T IV.2 | Giải ngân trên 95% kế hoạch vốn đầu tư công năm 2025 | Sở Kế hoạch và Đầu tư | Sở Tài chính; Kho bạc Nhà nước tỉnh | 31/01/2026 | 2026-01-31 | detail=Tỷ lệ giải ngân kế hoạch vốn đầu tư công
S V | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T V.1 | Cung cấp dịch vụ công trực tuyến toàn trình đối với 100% thủ tục hành chính đủ điều kiện | Sở Thông tin và Truyền thông | Các sở, ban, ngành | 31/3/2025 | 2025-03-31 | detail=Cung cấp dịch vụ công trực tuyến toàn trình
""")


# A fifth batch written blind by a second hand, asked for the plain annexes most offices issue,
# each with one clerk's habits. Where the second hand kept a spelling that differs only in case
# from one met before ("các cơ quan chuyên môn …"), the contract (import.md) makes it the first
# spelling's unit.

# F1. A department's Word annex (Sở Tư pháp tỉnh Thanh Hóa, 2025) with ALL SEVEN reform areas as
# bold sections merged across, a header row typed in BOLD, and under it a row of column numbers as
# BARE FIGURES "1 | 2 | 3 | 4 | 5 | 6" (no brackets: the "1" looks like a task number, the "2" like
# its title, the "3" like its lead). Quarters written with Arabic figures ("Quý 1/2025"), one
# deadline "Theo Kế hoạch của Sở Nội vụ" (external), supports joined by "," before "Sở …" and by ";".
layout("bold-header-digit-row", ["docx", "xlsx"], [
    "UBND TỈNH THANH HÓA",
    "SỞ TƯ PHÁP",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 27/KH-STP ngày 10/01/2025 của Sở Tư pháp tỉnh Thanh Hóa)",
], [[
    ["**TT", "**Nội dung công việc", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời gian hoàn thành", "**Sản phẩm"],
    ["1", "2", "3", "4", "5", "6"],
    ["**I", "**CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Thanh tra Sở", "Văn phòng Sở",
     "Quý 3/2025", "Báo cáo kết quả kiểm tra"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Định kỳ hằng quý", "Báo cáo"],
    ["**II", "**CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1", "Tham mưu UBND tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp",
     "Văn phòng Sở", "Sở Nội vụ", "Quý 1/2025", "Quyết định của UBND tỉnh"],
    ["2", "Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
     "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", "Các sở, ban, ngành", "Thường xuyên",
     "Báo cáo kết quả rà soát"],
    ["3", "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính",
     "Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật", "Công an tỉnh, Sở Tài chính",
     "6 tháng, năm", "Báo cáo 6 tháng, năm"],
    ["**III", "**CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, chứng thực", "Phòng Hành chính tư pháp",
     "UBND các huyện, thị xã, thành phố", "Quý 2/2025", "Phương án đơn giản hóa"],
    ["2", "Cung cấp dịch vụ công trực tuyến toàn trình cấp Phiếu lý lịch tư pháp", "Phòng Hành chính tư pháp",
     "Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Cả năm", "Hồ sơ trực tuyến"],
    ["**IV", "**CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "<", "<", "<", "<"],
    ["1", "Sắp xếp, kiện toàn các phòng chuyên môn thuộc Sở theo quy định mới", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Trước 30/6/2025", "Quyết định kiện toàn"],
    ["**V", "**CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 12/2025", "Kết quả đánh giá, xếp loại"],
    ["2", "Cử công chức, viên chức tham gia các lớp bồi dưỡng nghiệp vụ", "Văn phòng Sở", "",
     "Theo Kế hoạch của Sở Nội vụ", "Chứng chỉ bồi dưỡng"],
    ["**VI", "**CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1", "Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2025", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Quý 1/2025", "Quy chế chi tiêu nội bộ"],
    ["2", "Giao quyền tự chủ tài chính cho Trung tâm Trợ giúp pháp lý nhà nước", "Văn phòng Sở",
     "Trung tâm Trợ giúp pháp lý nhà nước, Sở Tài chính", "Quý 2/2025", "Quyết định giao tự chủ"],
    ["**VII", "**XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
    ["1", "Sử dụng chữ ký số trong gửi, nhận văn bản điện tử", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Thường xuyên", "Văn bản điện tử"],
    ["2", "Số hóa sổ hộ tịch lưu trữ, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", "Phòng Hành chính tư pháp",
     "UBND các huyện, thị xã, thành phố", "Năm 2025", "Dữ liệu hộ tịch được số hóa"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Thanh tra Sở | Văn phòng Sở | Quý 3/2025 | 2025-09-30 | product=Báo cáo kết quả kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ hằng quý | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp | Văn phòng Sở | Sở Nội vụ | Quý 1/2025 | 2025-03-31 | product=Quyết định của UBND tỉnh
T II.2 | Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành | Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật | Các sở, ban, ngành | Thường xuyên | continuous | product=Báo cáo kết quả rà soát
T II.3 | Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính | Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật | Công an tỉnh; Sở Tài chính | 6 tháng, năm | periodic | product=Báo cáo 6 tháng, năm
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, chứng thực | Phòng Hành chính tư pháp | UBND các huyện, thị xã, thành phố | Quý 2/2025 | 2025-06-30 | product=Phương án đơn giản hóa
T III.2 | Cung cấp dịch vụ công trực tuyến toàn trình cấp Phiếu lý lịch tư pháp | Phòng Hành chính tư pháp | Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh | Cả năm | 2025-12-31 | product=Hồ sơ trực tuyến
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Sắp xếp, kiện toàn các phòng chuyên môn thuộc Sở theo quy định mới | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Trước 30/6/2025 | 2025-06-30 | product=Quyết định kiện toàn
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá, xếp loại
T V.2 | Cử công chức, viên chức tham gia các lớp bồi dưỡng nghiệp vụ | Văn phòng Sở | | Theo Kế hoạch của Sở Nội vụ | external | product=Chứng chỉ bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2025 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý 1/2025 | 2025-03-31 | product=Quy chế chi tiêu nội bộ
T VI.2 | Giao quyền tự chủ tài chính cho Trung tâm Trợ giúp pháp lý nhà nước | Văn phòng Sở | Trung tâm Trợ giúp pháp lý nhà nước; Sở Tài chính | Quý 2/2025 | 2025-06-30 | product=Quyết định giao tự chủ
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Sử dụng chữ ký số trong gửi, nhận văn bản điện tử | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Văn bản điện tử
T VII.2 | Số hóa sổ hộ tịch lưu trữ, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử | Phòng Hành chính tư pháp | UBND các huyện, thị xã, thành phố | Năm 2025 | 2025-12-31 | product=Dữ liệu hộ tịch được số hóa
""")


# F2. A district's sheet (UBND huyện Yên Thành, Nghệ An, 2025) whose clerk numbers tasks "1)", "2)"
# with a closing bracket, leaves an EMPTY SPACER ROW before each section (and after the header),
# and closes the sheet with a footnote row "Ghi chú: …" merged across the whole table (not a
# task). The collective "Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc" (a comma inside, one
# unit) as support, and once beside "UBND các xã, thị trấn" after a ";"; two leads joined by ";"; a
# deadline with a line break "Quý II/2025\n(trước 30/6)"; a heading "3)" with "-" items.
_B5_BLANK6 = ["", "", "", "", "", ""]
_B5_PCM = "Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc"
layout("huyen-paren-numbers-spacer-rows", ["xlsx", "csv"], [], [[
    ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND HUYỆN YÊN THÀNH", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả/sản phẩm đầu ra"],
    list(_B5_BLANK6),
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1)", "Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện", "Phòng Nội vụ", _B5_PCM,
     "Tháng 01/2025", "Kế hoạch"],
    ["2)", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị và UBND các xã, thị trấn", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện, Phòng Tư pháp", "Quý III/2025", "Thông báo kết quả kiểm tra"],
    ["3)", "Tuyên truyền cải cách hành chính", "", "", "", ""],
    ["-", "Tuyên truyền trên Trang thông tin điện tử huyện", "Phòng Văn hóa và Thông tin", "Phòng Nội vụ",
     "Thường xuyên", "Tin, bài"],
    ["-", "Tuyên truyền trên hệ thống truyền thanh cơ sở", "UBND các xã, thị trấn",
     "Trung tâm Văn hóa - Thể thao và Truyền thông", "Hằng tháng", "Chuyên mục phát thanh"],
    list(_B5_BLANK6),
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1)", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng HĐND và UBND huyện", _B5_PCM,
     "Quý II/2025\n(trước 30/6)", "Phương án đơn giản hóa"],
    ["2)", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện, xã",
     "Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin", "Cả năm",
     "Tỷ lệ số hóa đạt 100%"],
    list(_B5_BLANK6),
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["1)", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc UBND huyện", "Phòng Nội vụ",
     "Phòng Tài chính - Kế hoạch, Phòng Giáo dục và Đào tạo", "Trước 30/6/2025", "Đề án sắp xếp"],
    ["2)", "Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "Phòng Nội vụ", "UBND các xã, thị trấn",
     "Theo chỉ đạo của UBND tỉnh", "Đề án, Nghị quyết"],
    list(_B5_BLANK6),
    ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1)", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025", "Phòng Nội vụ", _B5_PCM,
     "Tháng 12/2025", "Kết quả đánh giá, xếp loại"],
    ["2)", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Phòng Nội vụ", "Thanh tra huyện", "6 tháng, năm",
     "Thông báo kết quả kiểm tra"],
    list(_B5_BLANK6),
    ["V", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1)", "Công khai dự toán, quyết toán ngân sách huyện", "Phòng Tài chính - Kế hoạch", "", "Định kỳ hằng quý",
     "Báo cáo công khai"],
    ["2)", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập thuộc huyện", "Phòng Tài chính - Kế hoạch",
     "Phòng Nội vụ", "Quý I/2025", "Quyết định giao tự chủ"],
    list(_B5_BLANK6),
    ["VI", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
    ["1)", "Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc", "Phòng Văn hóa và Thông tin",
     _B5_PCM + "; UBND các xã, thị trấn", "Thường xuyên", "Văn bản điện tử"],
    list(_B5_BLANK6),
    ["Ghi chú: Các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày 05/12/2025 để tổng hợp, "
     "báo cáo UBND huyện.", "<", "<", "<", "<", "<"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện | Phòng Nội vụ | Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị và UBND các xã, thị trấn | Phòng Nội vụ | Văn phòng HĐND và UBND huyện; Phòng Tư pháp | Quý III/2025 | 2025-09-30 | product=Thông báo kết quả kiểm tra
H I.3 | Tuyên truyền cải cách hành chính
T I.3.a | Tuyên truyền trên Trang thông tin điện tử huyện | Phòng Văn hóa và Thông tin | Phòng Nội vụ | Thường xuyên | continuous | product=Tin, bài
T I.3.b | Tuyên truyền trên hệ thống truyền thanh cơ sở | UBND các xã, thị trấn | Trung tâm Văn hóa - Thể thao và Truyền thông | Hằng tháng | periodic | product=Chuyên mục phát thanh
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính nội bộ | Văn phòng HĐND và UBND huyện | Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc | Quý II/2025 (trước 30/6) | 2025-06-30 | product=Phương án đơn giản hóa
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện, xã | Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn | Phòng Văn hóa và Thông tin | Cả năm | 2025-12-31 | product=Tỷ lệ số hóa đạt 100%
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc UBND huyện | Phòng Nội vụ | Phòng Tài chính - Kế hoạch; Phòng Giáo dục và Đào tạo | Trước 30/6/2025 | 2025-06-30 | product=Đề án sắp xếp
T III.2 | Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 | Phòng Nội vụ | UBND các xã, thị trấn | Theo chỉ đạo của UBND tỉnh | external | product=Đề án, Nghị quyết
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025 | Phòng Nội vụ | Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá, xếp loại
T IV.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Phòng Nội vụ | Thanh tra huyện | 6 tháng, năm | periodic | product=Thông báo kết quả kiểm tra
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Công khai dự toán, quyết toán ngân sách huyện | Phòng Tài chính - Kế hoạch | | Định kỳ hằng quý | periodic | product=Báo cáo công khai
T V.2 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập thuộc huyện | Phòng Tài chính - Kế hoạch | Phòng Nội vụ | Quý I/2025 | 2025-03-31 | product=Quyết định giao tự chủ
S VI | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VI.1 | Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc | Phòng Văn hóa và Thông tin | Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc; UBND các xã, thị trấn | Thường xuyên | continuous | product=Văn bản điện tử
""")


# F3. The internal annex of a provincial office (Văn phòng UBND tỉnh Phú Thọ, 2025) in Word, whose
# clerk MERGED DOWN repeated values over INDEPENDENT numbered tasks: the lead over all tasks of a
# section, the support over two or three tasks, the deadline "Thường xuyên" over three, "Cả năm"
# and a support over two tasks whose leads differ. Each task takes the merged value (only the
# top cell holds it in the sheet). Header wordings "Đơn vị chủ trì thực hiện", "Cơ quan/đơn vị phối
# hợp", "Thời gian thực hiện/hoàn thành", "Kết quả/sản phẩm đầu ra"; Phú Thọ's collective "UBND
# các huyện, thành, thị"; a support "Sở Khoa học và Công nghệ, VNPT Phú Thọ" (a capitals
# abbreviation starting the second name). No CSV: merged cells are left empty there.
layout("merged-down-repeated-values", ["docx", "xlsx", "ods"], [
    "UBND TỈNH PHÚ THỌ",
    "VĂN PHÒNG",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA VĂN PHÒNG UBND TỈNH",
    "(Kèm theo Kế hoạch số 12/KH-VP ngày 15/01/2025 của Văn phòng UBND tỉnh)",
], [[
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì thực hiện", "Cơ quan/đơn vị phối hợp", "Thời gian thực hiện/hoàn thành",
     "Kết quả/sản phẩm đầu ra"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2025 của Văn phòng", "Phòng Hành chính - Tổ chức",
     "Các phòng, đơn vị thuộc Văn phòng", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2025", "^", "^", "Tháng 02/2025", "Kế hoạch"],
    ["3", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Văn phòng", "^", "^",
     "Theo Kế hoạch của UBND tỉnh", "Báo cáo tự đánh giá"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Kiểm soát chất lượng dự thảo văn bản quy phạm pháp luật có quy định thủ tục hành chính",
     "Phòng Kiểm soát thủ tục hành chính", "Các sở, ban, ngành", "Thường xuyên", "Ý kiến kiểm soát"],
    ["2", "Công bố, công khai danh mục thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", "^", "^",
     "^", "Quyết định công bố"],
    ["3", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", "^",
     "Các cơ quan liên quan", "^", "Văn bản xử lý"],
    ["4", "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính", "^",
     "Các sở, ban, ngành; UBND các huyện, thành, thị", "Định kỳ hằng quý", "Báo cáo"],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Rà soát, sắp xếp các phòng, đơn vị thuộc Văn phòng", "Phòng Hành chính - Tổ chức",
     "Các phòng, đơn vị thuộc Văn phòng", "Quý I/2025", "Quyết định"],
    ["2", "Điều chỉnh Đề án vị trí việc làm sau sắp xếp", "^", "^", "Quý II/2025", "Đề án"],
    ["3", "Đánh giá, xếp loại chất lượng công chức, viên chức", "^", "^", "Tháng 12/2025", "Kết quả đánh giá"],
    ["IV", "XÂY DỰNG CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
    ["1", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Trung tâm Phục vụ hành chính công",
     "Sở Khoa học và Công nghệ, VNPT Phú Thọ", "Cả năm", "Hệ thống vận hành ổn định"],
    ["2", "Vận hành Hệ thống thông tin báo cáo của tỉnh kết nối với Hệ thống thông tin báo cáo Chính phủ",
     "Phòng Tổng hợp", "^", "^", "Báo cáo điện tử"],
    ["3", "Số hóa hồ sơ, tài liệu lưu trữ của Văn phòng", "Phòng Hành chính - Tổ chức", "", "Năm 2025",
     "Tài liệu được số hóa"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2025 của Văn phòng | Phòng Hành chính - Tổ chức | Các phòng, đơn vị thuộc Văn phòng | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2025 | Phòng Hành chính - Tổ chức | Các phòng, đơn vị thuộc Văn phòng | Tháng 02/2025 | 2025-02-28 | product=Kế hoạch
T I.3 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Văn phòng | Phòng Hành chính - Tổ chức | Các phòng, đơn vị thuộc Văn phòng | Theo Kế hoạch của UBND tỉnh | external | product=Báo cáo tự đánh giá
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Kiểm soát chất lượng dự thảo văn bản quy phạm pháp luật có quy định thủ tục hành chính | Phòng Kiểm soát thủ tục hành chính | Các sở, ban, ngành | Thường xuyên | continuous | product=Ý kiến kiểm soát
T II.2 | Công bố, công khai danh mục thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính | Phòng Kiểm soát thủ tục hành chính | Các sở, ban, ngành | Thường xuyên | continuous | product=Quyết định công bố
T II.3 | Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính | Phòng Kiểm soát thủ tục hành chính | Các cơ quan liên quan | Thường xuyên | continuous | product=Văn bản xử lý
T II.4 | Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính | Phòng Kiểm soát thủ tục hành chính | Các sở, ban, ngành; UBND các huyện, thành, thị | Định kỳ hằng quý | periodic | product=Báo cáo
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ
T III.1 | Rà soát, sắp xếp các phòng, đơn vị thuộc Văn phòng | Phòng Hành chính - Tổ chức | Các phòng, đơn vị thuộc Văn phòng | Quý I/2025 | 2025-03-31 | product=Quyết định
T III.2 | Điều chỉnh Đề án vị trí việc làm sau sắp xếp | Phòng Hành chính - Tổ chức | Các phòng, đơn vị thuộc Văn phòng | Quý II/2025 | 2025-06-30 | product=Đề án
T III.3 | Đánh giá, xếp loại chất lượng công chức, viên chức | Phòng Hành chính - Tổ chức | Các phòng, đơn vị thuộc Văn phòng | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
S IV | XÂY DỰNG CHÍNH QUYỀN SỐ
T IV.1 | Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Trung tâm Phục vụ hành chính công | Sở Khoa học và Công nghệ; VNPT Phú Thọ | Cả năm | 2025-12-31 | product=Hệ thống vận hành ổn định
T IV.2 | Vận hành Hệ thống thông tin báo cáo của tỉnh kết nối với Hệ thống thông tin báo cáo Chính phủ | Phòng Tổng hợp | Sở Khoa học và Công nghệ; VNPT Phú Thọ | Cả năm | 2025-12-31 | product=Báo cáo điện tử
T IV.3 | Số hóa hồ sơ, tài liệu lưu trữ của Văn phòng | Phòng Hành chính - Tổ chức | | Năm 2025 | 2025-12-31 | product=Tài liệu được số hóa
""")


# F4. A town's annex (UBND thị xã Hương Thủy, Thừa Thiên Huế, 2024) with ONE unit column "Cơ quan
# thực hiện" whose cells put the ROLE FIRST: "Chủ trì: Phòng Tư pháp" and, on the next line,
# "Phối hợp: …" (the names after the colon); once both on one line "Chủ trì: Phòng Nội vụ; phối
# hợp: các cơ quan chuyên môn thuộc UBND thị xã" (lower-case role); once "Chủ trì: Phòng Nội vụ và
# Phòng Tài chính - Kế hoạch" (two leads joined by "và"); once two collective leads after the role
# ("Các cơ quan chuyên môn thuộc UBND thị xã; UBND các phường, xã"); once a bare name with no role
# (the lead). A deadline in words "Trước ngày 30 tháng 6 năm 2024"; a "Ghi chú" column.
layout("role-first-unit-column", ["csv", "docx"], [
    "UBND THỊ XÃ HƯƠNG THỦY",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 08/KH-UBND ngày 11/01/2024 của UBND thị xã Hương Thủy)",
], [[
    ["TT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời gian", "Sản phẩm", "Ghi chú"],
    ["I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thị xã ban hành",
     "Chủ trì: Phòng Tư pháp\nPhối hợp: Các cơ quan chuyên môn thuộc UBND thị xã", "Quý II/2024", "Báo cáo rà soát", ""],
    ["2", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2024",
     "Chủ trì: Phòng Tư pháp\nPhối hợp: Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao thị xã",
     "Tháng 11/2024", "Kế hoạch, báo cáo", ""],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, đánh giá quy trình nội bộ giải quyết thủ tục hành chính",
     "Chủ trì: Văn phòng HĐND và UBND thị xã\nPhối hợp: Các cơ quan chuyên môn thuộc UBND thị xã; UBND các phường, xã",
     "Trước ngày 30 tháng 6 năm 2024", "Quy trình nội bộ được phê duyệt", ""],
    ["2", "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa thị xã và cấp xã",
     "Văn phòng HĐND và UBND thị xã", "Thường xuyên", "Thủ tục hành chính được công khai", ""],
    ["3", "Giải quyết hồ sơ thủ tục hành chính đúng hạn; thực hiện xin lỗi người dân khi trễ hạn",
     "Chủ trì: Các cơ quan chuyên môn thuộc UBND thị xã; UBND các phường, xã", "Cả năm",
     "Tỷ lệ hồ sơ đúng hạn trên 98%", ""],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, sắp xếp tổ chức các cơ quan chuyên môn thuộc UBND thị xã",
     "Chủ trì: Phòng Nội vụ; phối hợp: các cơ quan chuyên môn thuộc UBND thị xã", "Quý III/2024", "Đề án sắp xếp",
     "Theo hướng dẫn của Sở Nội vụ"],
    ["2", "Xây dựng kế hoạch biên chế, số lượng người làm việc năm 2025",
     "Chủ trì: Phòng Nội vụ và Phòng Tài chính - Kế hoạch", "Tháng 8/2024", "Tờ trình", ""],
    ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Tuyển dụng viên chức sự nghiệp giáo dục năm 2024",
     "Chủ trì: Phòng Nội vụ\nPhối hợp: Phòng Giáo dục và Đào tạo", "Theo chỉ đạo của UBND tỉnh",
     "Quyết định tuyển dụng", ""],
    ["2", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính",
     "Chủ trì: Phòng Nội vụ\nPhối hợp: Thanh tra thị xã, Văn phòng HĐND và UBND thị xã", "6 tháng, năm",
     "Thông báo kết quả kiểm tra", ""],
    ["V", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
     "Chủ trì: Văn phòng HĐND và UBND thị xã\nPhối hợp: Các cơ quan chuyên môn thuộc UBND thị xã", "Thường xuyên",
     "Quyết định công bố", ""],
    ["2", "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính",
     "Chủ trì: Phòng Tài chính - Kế hoạch\nPhối hợp: Kho bạc Nhà nước thị xã; Bộ phận Một cửa thị xã",
     "Khi có văn bản hướng dẫn của UBND tỉnh", "", "Phụ thuộc tiến độ nâng cấp Cổng dịch vụ công của tỉnh"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thị xã ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND thị xã | Quý II/2024 | 2024-06-30 | product=Báo cáo rà soát
T I.2 | Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2024 | Phòng Tư pháp | Phòng Văn hóa và Thông tin; Trung tâm Văn hóa, Thông tin và Thể thao thị xã | Tháng 11/2024 | 2024-11-30 | product=Kế hoạch, báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đánh giá quy trình nội bộ giải quyết thủ tục hành chính | Văn phòng HĐND và UBND thị xã | Các cơ quan chuyên môn thuộc UBND thị xã; UBND các phường, xã | Trước ngày 30 tháng 6 năm 2024 | 2024-06-30 | product=Quy trình nội bộ được phê duyệt
T II.2 | Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa thị xã và cấp xã | Văn phòng HĐND và UBND thị xã | | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T II.3 | Giải quyết hồ sơ thủ tục hành chính đúng hạn; thực hiện xin lỗi người dân khi trễ hạn | Các cơ quan chuyên môn thuộc UBND thị xã; UBND các phường, xã | | Cả năm | 2024-12-31 | product=Tỷ lệ hồ sơ đúng hạn trên 98%
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH
T III.1 | Rà soát, sắp xếp tổ chức các cơ quan chuyên môn thuộc UBND thị xã | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND thị xã | Quý III/2024 | 2024-09-30 | product=Đề án sắp xếp ; note=Theo hướng dẫn của Sở Nội vụ
T III.2 | Xây dựng kế hoạch biên chế, số lượng người làm việc năm 2025 | Phòng Nội vụ; Phòng Tài chính - Kế hoạch | | Tháng 8/2024 | 2024-08-31 | product=Tờ trình
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Tuyển dụng viên chức sự nghiệp giáo dục năm 2024 | Phòng Nội vụ | Phòng Giáo dục và Đào tạo | Theo chỉ đạo của UBND tỉnh | external | product=Quyết định tuyển dụng
T IV.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Phòng Nội vụ | Thanh tra thị xã; Văn phòng HĐND và UBND thị xã | 6 tháng, năm | periodic | product=Thông báo kết quả kiểm tra
S V | HIỆN ĐẠI HÓA HÀNH CHÍNH
T V.1 | Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 | Văn phòng HĐND và UBND thị xã | Các cơ quan chuyên môn thuộc UBND thị xã | Thường xuyên | continuous | product=Quyết định công bố
T V.2 | Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính | Phòng Tài chính - Kế hoạch | Kho bạc Nhà nước thị xã; Bộ phận Một cửa thị xã | Khi có văn bản hướng dẫn của UBND tỉnh | event | note=Phụ thuộc tiến độ nâng cấp Cổng dịch vụ công của tỉnh
""", year=2024)


# F5. A department's sheet (Sở Giao thông vận tải tỉnh Quảng Ninh, 2024) whose clerk put the
# SUPPORT COLUMN AFTER THE DEADLINE ("STT | Nội dung công việc | Đơn vị chủ trì | Thời gian thực
# hiện | Đơn vị phối hợp | Dự kiến kinh phí (đồng) | Ghi chú"). The budget header starts with
# "Dự kiến"; its cells hold bare sums in đồng with "." separators, or a TEXT saying where the
# money comes from ("Trong dự toán chi thường xuyên", read as funding); the funding source once
# written in "Ghi chú" instead (a note). A lead name with commas inside ("Phòng Quản lý vận tải,
# phương tiện và người lái"); a "Tổng cộng" row. "Hằng năm" (periodic) in a one-year plan; a
# support cell left empty.
layout("support-after-deadline", ["xlsx", "csv"], [], [[
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH", "<", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện", "Đơn vị phối hợp", "Dự kiến kinh phí (đồng)",
     "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Văn phòng Sở", "Tháng 01/2024",
     "Các phòng, đơn vị thuộc Sở", "", ""],
    ["2", "Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử của Sở", "Văn phòng Sở", "Hằng năm",
     "Các phòng chuyên môn", "Trong dự toán chi thường xuyên", ""],
    ["3", "Khảo sát sự hài lòng của người dân, doanh nghiệp đối với dịch vụ công lĩnh vực giao thông vận tải",
     "Văn phòng Sở", "Quý III/2024", "Trung tâm Phục vụ hành chính công tỉnh", "45.000.000", ""],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đường bộ",
     "Phòng Quản lý vận tải, phương tiện và người lái", "Quý II/2024", "Văn phòng Sở", "", ""],
    ["2", "Cung cấp dịch vụ công trực tuyến toàn trình cấp đổi giấy phép lái xe",
     "Phòng Quản lý vận tải, phương tiện và người lái", "Thường xuyên",
     "Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "", "Theo Đề án 06/CP"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở", "Năm 2024", "Các phòng chuyên môn",
     "120.000.000", ""],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<", "<"],
    ["1", "Kiện toàn Ban Quản lý dự án đầu tư xây dựng các công trình giao thông", "Văn phòng Sở",
     "Khi có văn bản hướng dẫn", "Sở Nội vụ", "", ""],
    ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<", "<"],
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Văn phòng Sở", "Tháng 12/2024",
     "Các phòng, đơn vị thuộc Sở", "", ""],
    ["2", "Cử công chức tham gia lớp bồi dưỡng ngạch chuyên viên chính", "Văn phòng Sở", "Theo chỉ đạo của UBND tỉnh",
     "", "Kinh phí đào tạo của tỉnh", ""],
    ["V", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<", "<"],
    ["1", "Thực hiện cơ chế tự chủ tài chính tại Trung tâm Đăng kiểm xe cơ giới", "Phòng Kế hoạch - Tài chính",
     "Cả năm", "Trung tâm Đăng kiểm xe cơ giới", "", ""],
    ["2", "Công khai dự toán, quyết toán ngân sách của Sở", "Phòng Kế hoạch - Tài chính", "6 tháng, năm", "", "", ""],
    ["VI", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<", "<"],
    ["1", "Nâng cấp phần mềm quản lý văn bản và điều hành của Sở", "Văn phòng Sở", "Trước 30/9/2024",
     "VNPT Quảng Ninh", "250.000.000", "Ngân sách tỉnh"],
    ["2", "Cập nhật dữ liệu đăng kiểm, giấy phép lái xe vào cơ sở dữ liệu dùng chung của tỉnh",
     "Phòng Quản lý vận tải, phương tiện và người lái", "Định kỳ hằng quý",
     "Trung tâm Đăng kiểm xe cơ giới, VNPT Quảng Ninh", "", ""],
    ["", "Tổng cộng", "", "", "", "415.000.000", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2024 | 2024-01-31 |
T I.2 | Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử của Sở | Văn phòng Sở | Các phòng chuyên môn | Hằng năm | periodic | funding=Trong dự toán chi thường xuyên
T I.3 | Khảo sát sự hài lòng của người dân, doanh nghiệp đối với dịch vụ công lĩnh vực giao thông vận tải | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Quý III/2024 | 2024-09-30 | budget=45000000
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đường bộ | Phòng Quản lý vận tải, phương tiện và người lái | Văn phòng Sở | Quý II/2024 | 2024-06-30 |
T II.2 | Cung cấp dịch vụ công trực tuyến toàn trình cấp đổi giấy phép lái xe | Phòng Quản lý vận tải, phương tiện và người lái | Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | note=Theo Đề án 06/CP
T II.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng chuyên môn | Năm 2024 | 2024-12-31 | budget=120000000
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Kiện toàn Ban Quản lý dự án đầu tư xây dựng các công trình giao thông | Văn phòng Sở | Sở Nội vụ | Khi có văn bản hướng dẫn | event |
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2024 | 2024-12-31 |
T IV.2 | Cử công chức tham gia lớp bồi dưỡng ngạch chuyên viên chính | Văn phòng Sở | | Theo chỉ đạo của UBND tỉnh | external | funding=Kinh phí đào tạo của tỉnh
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Thực hiện cơ chế tự chủ tài chính tại Trung tâm Đăng kiểm xe cơ giới | Phòng Kế hoạch - Tài chính | Trung tâm Đăng kiểm xe cơ giới | Cả năm | 2024-12-31 |
T V.2 | Công khai dự toán, quyết toán ngân sách của Sở | Phòng Kế hoạch - Tài chính | | 6 tháng, năm | periodic |
S VI | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VI.1 | Nâng cấp phần mềm quản lý văn bản và điều hành của Sở | Văn phòng Sở | VNPT Quảng Ninh | Trước 30/9/2024 | 2024-09-30 | budget=250000000 ; note=Ngân sách tỉnh
T VI.2 | Cập nhật dữ liệu đăng kiểm, giấy phép lái xe vào cơ sở dữ liệu dùng chung của tỉnh | Phòng Quản lý vận tải, phương tiện và người lái | Trung tâm Đăng kiểm xe cơ giới; VNPT Quảng Ninh | Định kỳ hằng quý | periodic |
""", year=2024)


# F6. A ward's annex (UBND phường Vũng Tàu, Thành phố Hồ Chí Minh, 2026, after the two-level reform)
# whose clerk writes each SECTION IN THE CONTENT COLUMN, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in bold,
# the STT cell and all other cells of that row EMPTY (not merged); tasks numbered "1.", "2." with a
# full stop in the STT column; a heading "2." whose items are lettered "a.", "b." (a letter with a
# full stop); two leads joined by "và" ("Công an phường và Phòng Văn hóa - Xã hội"); supports
# joined by "," before "Công an phường"; deadlines "Theo Kế hoạch của UBND Thành phố" (external),
# "Khi có phản ánh, kiến nghị" (event).
_B5_S6 = lambda title: ["", "**" + title, "", "", "", ""]  # noqa: E731
layout("section-in-content-column", ["docx", "xlsx", "csv"], [
    "ỦY BAN NHÂN DÂN PHƯỜNG VŨNG TÀU",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND phường Vũng Tàu)",
], [[
    ["STT", "Nội dung, nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
    _B5_S6("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
    ["1.", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND phường", "Văn phòng HĐND và UBND phường",
     "Các phòng, đơn vị thuộc UBND phường", "Tháng 01/2026", ""],
    ["2.", "Tuyên truyền, phổ biến về cải cách hành chính", "", "", "", ""],
    ["a.", "Tuyên truyền trên Trang thông tin điện tử phường và nhóm Zalo các khu phố", "Phòng Văn hóa - Xã hội",
     "Ban điều hành các khu phố", "Thường xuyên", ""],
    ["b.", "Lồng ghép tuyên truyền tại các cuộc họp khu phố", "Ban điều hành các khu phố", "Phòng Văn hóa - Xã hội",
     "Định kỳ hằng quý", ""],
    ["3.", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng HĐND và UBND phường",
     "Các phòng, đơn vị thuộc UBND phường", "Định kỳ 6 tháng, năm", "Báo cáo gửi Sở Nội vụ"],
    _B5_S6("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    ["1.", "Rà soát, công bố danh mục thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công phường",
     "Trung tâm Phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường", "Quý I/2026", ""],
    ["2.", "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến",
     "Trung tâm Phục vụ hành chính công phường", "Đoàn Thanh niên phường, Công an phường", "Cả năm", ""],
    ["3.", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về thủ tục hành chính", "Văn phòng HĐND và UBND phường",
     "", "Khi có phản ánh, kiến nghị", ""],
    _B5_S6("III. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
    ["1.", "Đánh giá, xếp loại chất lượng cán bộ, công chức theo tháng, quý, năm", "Văn phòng HĐND và UBND phường",
     "Các phòng, đơn vị thuộc UBND phường", "Hằng tháng", ""],
    ["2.", "Cử cán bộ, công chức tham gia bồi dưỡng kiến thức, kỹ năng chuyển đổi số", "Văn phòng HĐND và UBND phường",
     "", "Theo Kế hoạch của UBND Thành phố", ""],
    _B5_S6("IV. XÂY DỰNG CHÍNH QUYỀN SỐ"),
    ["1.", "Sử dụng chữ ký số, văn bản điện tử trong xử lý công việc", "Các phòng, đơn vị thuộc UBND phường", "",
     "Thường xuyên", ""],
    ["2.", "Làm sạch dữ liệu dân cư, hộ tịch phục vụ Đề án 06", "Công an phường và Phòng Văn hóa - Xã hội",
     "Ban điều hành các khu phố", "Trước 30/6/2026", "Theo Kế hoạch số 45/KH-UBND ngày 20/01/2026 của UBND phường"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND phường | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | Tháng 01/2026 | 2026-01-31 |
H I.2 | Tuyên truyền, phổ biến về cải cách hành chính
T I.2.a | Tuyên truyền trên Trang thông tin điện tử phường và nhóm Zalo các khu phố | Phòng Văn hóa - Xã hội | Ban điều hành các khu phố | Thường xuyên | continuous |
T I.2.b | Lồng ghép tuyên truyền tại các cuộc họp khu phố | Ban điều hành các khu phố | Phòng Văn hóa - Xã hội | Định kỳ hằng quý | periodic |
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | Định kỳ 6 tháng, năm | periodic | note=Báo cáo gửi Sở Nội vụ
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, công bố danh mục thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công phường | Trung tâm Phục vụ hành chính công phường | Văn phòng HĐND và UBND phường | Quý I/2026 | 2026-03-31 |
T II.2 | Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến | Trung tâm Phục vụ hành chính công phường | Đoàn Thanh niên phường; Công an phường | Cả năm | 2026-12-31 |
T II.3 | Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về thủ tục hành chính | Văn phòng HĐND và UBND phường | | Khi có phản ánh, kiến nghị | event |
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức theo tháng, quý, năm | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | Hằng tháng | periodic |
T III.2 | Cử cán bộ, công chức tham gia bồi dưỡng kiến thức, kỹ năng chuyển đổi số | Văn phòng HĐND và UBND phường | | Theo Kế hoạch của UBND Thành phố | external |
S IV | XÂY DỰNG CHÍNH QUYỀN SỐ
T IV.1 | Sử dụng chữ ký số, văn bản điện tử trong xử lý công việc | Các phòng, đơn vị thuộc UBND phường | | Thường xuyên | continuous |
T IV.2 | Làm sạch dữ liệu dân cư, hộ tịch phục vụ Đề án 06 | Công an phường; Phòng Văn hóa - Xã hội | Ban điều hành các khu phố | Trước 30/6/2026 | 2026-06-30 | note=Theo Kế hoạch số 45/KH-UBND ngày 20/01/2026 của UBND phường
""", year=2026)


# F7. A department's Word annex (Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang, 2024) with a
# column "Lãnh đạo Sở phụ trách" (the Director or a named Deputy Director overseeing the task)
# BEFORE the lead column "Đơn vị chủ trì": the overseer is neither lead nor support nor anything the
# plan keeps; the lead is the "chủ trì" column. All seven areas; the task column headed "Nhiệm vụ,
# giải pháp", the deadline "Thời hạn"; two leads joined by ";"; supports joined by "," before
# "Sở …"; one deadline cell the clerk forgot (empty: no due day); "Theo lộ trình của UBND tỉnh"
# (external); "Năm 2024 - 2025".
layout("overseer-column", ["xlsx", "docx"], [
    "UBND TỈNH AN GIANG",
    "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "PHỤ LỤC",
    "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 35/KH-SNNPTNT ngày 19/01/2024 của Sở Nông nghiệp và Phát triển nông thôn)",
], [[
    ["STT", "Nhiệm vụ, giải pháp", "Lãnh đạo Sở phụ trách", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Giám đốc Sở", "Văn phòng Sở",
     "Các phòng, đơn vị trực thuộc Sở", "Tháng 01/2024", ""],
    ["2", "Kiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc", "Phó Giám đốc Trần Văn Lộc",
     "Văn phòng Sở", "Thanh tra Sở", "Quý III/2024", ""],
    ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<", "<"],
    ["1", "Tham mưu Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Chi cục Thủy lợi",
     "Phó Giám đốc Trần Văn Lộc", "Văn phòng Sở", "Chi cục Thủy lợi, Sở Nội vụ", "Quý II/2024", ""],
    ["2", "Rà soát văn bản quy phạm pháp luật lĩnh vực nông nghiệp do UBND tỉnh ban hành", "Phó Giám đốc Nguyễn Thị Hạnh",
     "Thanh tra Sở", "Các phòng, đơn vị trực thuộc Sở", "", ""],
    ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực trồng trọt, bảo vệ thực vật", "Phó Giám đốc Nguyễn Thị Hạnh",
     "Chi cục Trồng trọt và Bảo vệ thực vật", "Văn phòng Sở", "Trước 30/6/2024", ""],
    ["2", "Giải quyết thủ tục hành chính đúng hạn, không để tồn đọng hồ sơ", "Giám đốc Sở",
     "Các phòng, đơn vị trực thuộc Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", ""],
    ["3", "Số hóa kết quả giải quyết thủ tục hành chính lĩnh vực thủy sản, chăn nuôi", "Phó Giám đốc Lê Minh Tuấn",
     "Chi cục Thủy sản; Chi cục Chăn nuôi và Thú y", "Văn phòng Sở", "Năm 2024", ""],
    ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<", "<"],
    ["1", "Sắp xếp, tinh gọn các đơn vị sự nghiệp công lập trực thuộc Sở", "Giám đốc Sở", "Văn phòng Sở",
     "Sở Nội vụ, Sở Tài chính", "Theo lộ trình của UBND tỉnh", "Thực hiện Nghị quyết số 19-NQ/TW"],
    ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<", "<"],
    ["1", "Tuyển dụng viên chức năm 2024", "Giám đốc Sở", "Văn phòng Sở", "Các đơn vị sự nghiệp trực thuộc Sở",
     "Quý IV/2024", ""],
    ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<", "<"],
    ["1", "Giao quyền tự chủ tài chính cho Trung tâm Khuyến nông", "Phó Giám đốc Lê Minh Tuấn",
     "Phòng Kế hoạch - Tài chính", "Trung tâm Khuyến nông", "Tháng 3/2024", ""],
    ["VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng cơ sở dữ liệu mã số vùng trồng, cơ sở đóng gói", "Phó Giám đốc Nguyễn Thị Hạnh",
     "Chi cục Trồng trọt và Bảo vệ thực vật", "Sở Thông tin và Truyền thông", "Năm 2024 - 2025", ""],
    ["2", "Duy trì hệ thống quản lý văn bản và điều hành", "Giám đốc Sở", "Văn phòng Sở", "", "Thường xuyên", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị trực thuộc Sở | Tháng 01/2024 | 2024-01-31 |
T I.2 | Kiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc | Văn phòng Sở | Thanh tra Sở | Quý III/2024 | 2024-09-30 |
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Chi cục Thủy lợi | Văn phòng Sở | Chi cục Thủy lợi; Sở Nội vụ | Quý II/2024 | 2024-06-30 |
T II.2 | Rà soát văn bản quy phạm pháp luật lĩnh vực nông nghiệp do UBND tỉnh ban hành | Thanh tra Sở | Các phòng, đơn vị trực thuộc Sở | | none |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực trồng trọt, bảo vệ thực vật | Chi cục Trồng trọt và Bảo vệ thực vật | Văn phòng Sở | Trước 30/6/2024 | 2024-06-30 |
T III.2 | Giải quyết thủ tục hành chính đúng hạn, không để tồn đọng hồ sơ | Các phòng, đơn vị trực thuộc Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
T III.3 | Số hóa kết quả giải quyết thủ tục hành chính lĩnh vực thủy sản, chăn nuôi | Chi cục Thủy sản; Chi cục Chăn nuôi và Thú y | Văn phòng Sở | Năm 2024 | 2024-12-31 |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp, tinh gọn các đơn vị sự nghiệp công lập trực thuộc Sở | Văn phòng Sở | Sở Nội vụ; Sở Tài chính | Theo lộ trình của UBND tỉnh | external | note=Thực hiện Nghị quyết số 19-NQ/TW
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Tuyển dụng viên chức năm 2024 | Văn phòng Sở | Các đơn vị sự nghiệp trực thuộc Sở | Quý IV/2024 | 2024-12-31 |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho Trung tâm Khuyến nông | Phòng Kế hoạch - Tài chính | Trung tâm Khuyến nông | Tháng 3/2024 | 2024-03-31 |
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Xây dựng cơ sở dữ liệu mã số vùng trồng, cơ sở đóng gói | Chi cục Trồng trọt và Bảo vệ thực vật | Sở Thông tin và Truyền thông | Năm 2024 - 2025 | 2025-12-31 |
T VII.2 | Duy trì hệ thống quản lý văn bản và điều hành | Văn phòng Sở | | Thường xuyên | continuous |
""", year=2024)


# F8. A tracker kept as a FLAT LIST (Sở Thông tin và Truyền thông tỉnh Bình Thuận, 2024), one row a
# task so that it can be filtered: a column "Lĩnh vực" REPEATS the reform area on every row (no
# merge, no Roman numeral, no section row anywhere), and STT runs 1 … 12 through the whole list.
# As with a goal column merged down (C2), each area is a section numbered I, II … in the order
# met, titled as written, and the tasks keep their printed numbers (II.3, VII.12).
_B5_F8 = [
    ("1", "Công tác chỉ đạo, điều hành", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2024", "Kế hoạch"),
    ("2", "Công tác chỉ đạo, điều hành", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Định kỳ hằng quý", "Báo cáo"),
    ("3", "Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật lĩnh vực thông tin và truyền thông", "Thanh tra Sở",
     "Các phòng chuyên môn", "Quý II/2024", "Báo cáo rà soát"),
    ("4", "Cải cách thể chế",
     "Tham mưu Quyết định ban hành Quy chế quản lý, vận hành Trung tâm Giám sát, điều hành đô thị thông minh tỉnh",
     "Phòng Công nghệ thông tin", "Sở Tư pháp", "Tháng 9/2024", "Quyết định của UBND tỉnh"),
    ("5", "Cải cách thủ tục hành chính", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực báo chí, xuất bản",
     "Phòng Thông tin - Báo chí - Xuất bản", "Văn phòng Sở", "Trước 30/6/2024", "Phương án đơn giản hóa"),
    ("6", "Cải cách thủ tục hành chính", "Cung cấp dịch vụ công trực tuyến toàn trình thuộc thẩm quyền của Sở",
     "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Cả năm", "Hồ sơ trực tuyến"),
    ("7", "Cải cách tổ chức bộ máy", "Rà soát, điều chỉnh vị trí việc làm của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Quý III/2024", "Đề án vị trí việc làm"),
    ("8", "Cải cách chế độ công vụ", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 12/2024", "Kết quả đánh giá"),
    ("9", "Cải cách tài chính công", "Xây dựng Quy chế chi tiêu nội bộ năm 2024", "Văn phòng Sở",
     "Trung tâm Công nghệ thông tin và Truyền thông", "Quý I/2024", "Quy chế"),
    ("10", "Xây dựng chính quyền điện tử, chính quyền số",
     "Vận hành Trung tâm Giám sát, điều hành đô thị thông minh tỉnh", "Trung tâm Công nghệ thông tin và Truyền thông",
     "Các sở, ban, ngành", "Thường xuyên", "Báo cáo vận hành"),
    ("11", "Xây dựng chính quyền điện tử, chính quyền số", "Kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) với các hệ thống thông tin của Bộ, ngành",
     "Phòng Công nghệ thông tin", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
     "Khi có văn bản hướng dẫn của Bộ Thông tin và Truyền thông", "Nền tảng LGSP được kết nối"),
    ("12", "Xây dựng chính quyền điện tử, chính quyền số",
     "Giám sát an toàn thông tin cho các hệ thống thông tin của tỉnh", "Trung tâm Công nghệ thông tin và Truyền thông",
     "Công an tỉnh", "Hằng tháng", "Báo cáo giám sát"),
]
layout("flat-list-area-column", ["xlsx", "csv"], [], [[
    ["STT", "Lĩnh vực", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Sản phẩm"],
] + [list(r) for r in _B5_F8]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ hằng quý | periodic | product=Báo cáo
S II | Cải cách thể chế
T II.3 | Rà soát văn bản quy phạm pháp luật lĩnh vực thông tin và truyền thông | Thanh tra Sở | Các phòng chuyên môn | Quý II/2024 | 2024-06-30 | product=Báo cáo rà soát
T II.4 | Tham mưu Quyết định ban hành Quy chế quản lý, vận hành Trung tâm Giám sát, điều hành đô thị thông minh tỉnh | Phòng Công nghệ thông tin | Sở Tư pháp | Tháng 9/2024 | 2024-09-30 | product=Quyết định của UBND tỉnh
S III | Cải cách thủ tục hành chính
T III.5 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực báo chí, xuất bản | Phòng Thông tin - Báo chí - Xuất bản | Văn phòng Sở | Trước 30/6/2024 | 2024-06-30 | product=Phương án đơn giản hóa
T III.6 | Cung cấp dịch vụ công trực tuyến toàn trình thuộc thẩm quyền của Sở | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Cả năm | 2024-12-31 | product=Hồ sơ trực tuyến
S IV | Cải cách tổ chức bộ máy
T IV.7 | Rà soát, điều chỉnh vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý III/2024 | 2024-09-30 | product=Đề án vị trí việc làm
S V | Cải cách chế độ công vụ
T V.8 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2024 | 2024-12-31 | product=Kết quả đánh giá
S VI | Cải cách tài chính công
T VI.9 | Xây dựng Quy chế chi tiêu nội bộ năm 2024 | Văn phòng Sở | Trung tâm Công nghệ thông tin và Truyền thông | Quý I/2024 | 2024-03-31 | product=Quy chế
S VII | Xây dựng chính quyền điện tử, chính quyền số
T VII.10 | Vận hành Trung tâm Giám sát, điều hành đô thị thông minh tỉnh | Trung tâm Công nghệ thông tin và Truyền thông | Các sở, ban, ngành | Thường xuyên | continuous | product=Báo cáo vận hành
T VII.11 | Kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) với các hệ thống thông tin của Bộ, ngành | Phòng Công nghệ thông tin | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Khi có văn bản hướng dẫn của Bộ Thông tin và Truyền thông | event | product=Nền tảng LGSP được kết nối
T VII.12 | Giám sát an toàn thông tin cho các hệ thống thông tin của tỉnh | Trung tâm Công nghệ thông tin và Truyền thông | Công an tỉnh | Hằng tháng | periodic | product=Báo cáo giám sát
""", year=2024)


# A sixth batch written blind by a second hand: plain annexes with habits of their own
# (non-breaking spaces, dashes put for nothing, the support before the lead, a section continued
# after a page break, the unit of amounts above the header, a note under the header, a narrow
# column of bullets under the task's header).

_B6_NB = "\u00a0"  # a non-breaking space, as Word and web pages leave them


# G1. A department's Word annex (Sở Y tế tỉnh Sóc Trăng, 2025) typed by a clerk who pastes from
# the provincial portal and from older files: NON-BREAKING SPACES inside unit names ("Văn
# phòng<NBSP>Sở", "Sở<NBSP>Tài chính", "Trung tâm Phục vụ hành chính công<NBSP>tỉnh"), TRAILING
# spaces after titles, units and a deadline, DOUBLE spaces inside unit names and after a comma
# ("Sở Nội vụ,  Sở Tư pháp", "Phòng Kế hoạch  -  Tài chính"), a title ending in a non-breaking
# space; one unit written once with a lower-case initial ("phòng Nghiệp vụ Y"). EN DASHES: as
# the bullet "–" in the TT column for the items of a numbered heading, and inside deadline ranges
# "Quý I – II/2025", "Tháng 3 – 6/2025", "Giai đoạn 2025 – 2026". All seven areas, merged across.
# Spellings of one unit that differ only in spacing (NBSP counted as a space) or case are one
# unit, written as first met (trimmed, inner spaces single).
layout("nbsp-endash-pasted", ["docx", "xlsx"], [
    "UBND TỈNH SÓC TRĂNG",
    "SỞ Y TẾ",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ Y TẾ",
    "(Kèm theo Kế hoạch số 25/KH-SYT ngày 14/01/2025 của Sở Y tế tỉnh Sóc Trăng)",
], [[
    ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH ", "<", "<", "<", "<"],
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Y tế ", "Văn phòng Sở ",
     "Các phòng chức năng, đơn vị trực thuộc", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Tuyên truyền cải cách hành chính", "", "", "", ""],
    ["–", "Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử Sở Y tế",
     "Văn phòng" + _B6_NB + "Sở", "Các phòng chức năng", "Hằng quý", "Tin, bài"],
    ["–", "Tuyên truyền tại khu vực tiếp đón người bệnh của các bệnh viện", "Các bệnh viện tuyến tỉnh",
     "Trung tâm Kiểm soát bệnh tật", "Quý I – II/2025", "Màn hình, tờ rơi"],
    ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1", "Rà soát văn bản quy phạm pháp luật của HĐND, UBND tỉnh trong lĩnh vực y tế", "Thanh tra Sở",
     "Các phòng chức năng", "Quý III/2025 ", "Báo cáo rà soát"],
    ["2", "Tham mưu Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế",
     "Phòng Tổ chức cán bộ", "Sở Nội vụ,  Sở Tư pháp", "Tháng 3 – 6/2025", "Quyết định của UBND tỉnh"],
    ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh", "Phòng Nghiệp vụ Y",
     "Văn phòng Sở", "Quý II/2025", "Phương án đơn giản hóa"],
    ["2", "Cấp giấy phép hành nghề khám bệnh, chữa bệnh qua dịch vụ công trực tuyến toàn trình",
     "phòng Nghiệp vụ Y", "Trung tâm Phục vụ hành chính công" + _B6_NB + "tỉnh", "Thường xuyên", "Hồ sơ trực tuyến"],
    ["3", "Công bố danh mục thủ tục hành chính lĩnh vực dược, mỹ phẩm" + _B6_NB, "Phòng Nghiệp vụ Dược",
     "Văn phòng Sở", "Sau khi Bộ Y tế ban hành quyết định công bố", "Quyết định công bố"],
    ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "<", "<", "<", "<"],
    ["1", "Sắp xếp, tổ chức lại các Trung tâm Y tế tuyến huyện", "Phòng Tổ chức cán bộ",
     "Sở Nội vụ;  UBND các huyện, thị xã, thành phố", "Giai đoạn 2025 – 2026", "Đề án sắp xếp"],
    ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Tuyển dụng viên chức các đơn vị sự nghiệp y tế năm 2025", "Phòng Tổ chức cán bộ",
     "Các đơn vị trực thuộc", "Quý III/2025", "Quyết định tuyển dụng"],
    ["2", "Đánh giá, xếp loại chất lượng công chức, viên chức", "Phòng Tổ chức cán bộ ",
     "Các phòng chức năng, đơn vị trực thuộc", "Tháng 12/2025", "Kết quả đánh giá"],
    ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp y tế công lập", "Phòng Kế hoạch - Tài chính",
     "Sở" + _B6_NB + "Tài chính", "Quý I/2025", "Quyết định giao tự chủ"],
    ["2", "Điều chỉnh giá dịch vụ khám bệnh, chữa bệnh theo lộ trình tính đúng, tính đủ",
     "Phòng Kế hoạch  -  Tài chính", "Bảo hiểm xã hội tỉnh", "Theo lộ trình của Bộ Y tế", "Quyết định giá"],
    ["VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
    ["1", "Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh",
     "Phòng Nghiệp vụ Y, Sở Khoa học và Công nghệ", "Trước 30/9/2025", "Bệnh án điện tử"],
    ["2", "Liên thông dữ liệu giấy chứng sinh, giấy báo tử, giấy khám sức khỏe lái xe lên Cổng Dịch vụ công quốc gia",
     "Phòng Nghiệp vụ Y", "Công an tỉnh; Các bệnh viện tuyến tỉnh", "Thường xuyên", "Dữ liệu được liên thông"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng  Sở", "Các phòng chức năng",
     "Năm 2025", "Kết quả được số hóa"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Y tế | Văn phòng Sở | Các phòng chức năng, đơn vị trực thuộc | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính
T I.2.a | Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử Sở Y tế | Văn phòng Sở | Các phòng chức năng | Hằng quý | periodic | product=Tin, bài
T I.2.b | Tuyên truyền tại khu vực tiếp đón người bệnh của các bệnh viện | Các bệnh viện tuyến tỉnh | Trung tâm Kiểm soát bệnh tật | Quý I – II/2025 | 2025-06-30 | product=Màn hình, tờ rơi
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật của HĐND, UBND tỉnh trong lĩnh vực y tế | Thanh tra Sở | Các phòng chức năng | Quý III/2025 | 2025-09-30 | product=Báo cáo rà soát
T II.2 | Tham mưu Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế | Phòng Tổ chức cán bộ | Sở Nội vụ; Sở Tư pháp | Tháng 3 – 6/2025 | 2025-06-30 | product=Quyết định của UBND tỉnh
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh | Phòng Nghiệp vụ Y | Văn phòng Sở | Quý II/2025 | 2025-06-30 | product=Phương án đơn giản hóa
T III.2 | Cấp giấy phép hành nghề khám bệnh, chữa bệnh qua dịch vụ công trực tuyến toàn trình | Phòng Nghiệp vụ Y | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Hồ sơ trực tuyến
T III.3 | Công bố danh mục thủ tục hành chính lĩnh vực dược, mỹ phẩm | Phòng Nghiệp vụ Dược | Văn phòng Sở | Sau khi Bộ Y tế ban hành quyết định công bố | event | product=Quyết định công bố
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Sắp xếp, tổ chức lại các Trung tâm Y tế tuyến huyện | Phòng Tổ chức cán bộ | Sở Nội vụ; UBND các huyện, thị xã, thành phố | Giai đoạn 2025 – 2026 | 2026-12-31 | product=Đề án sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Tuyển dụng viên chức các đơn vị sự nghiệp y tế năm 2025 | Phòng Tổ chức cán bộ | Các đơn vị trực thuộc | Quý III/2025 | 2025-09-30 | product=Quyết định tuyển dụng
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức | Phòng Tổ chức cán bộ | Các phòng chức năng, đơn vị trực thuộc | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp y tế công lập | Phòng Kế hoạch - Tài chính | Sở Tài chính | Quý I/2025 | 2025-03-31 | product=Quyết định giao tự chủ
T VI.2 | Điều chỉnh giá dịch vụ khám bệnh, chữa bệnh theo lộ trình tính đúng, tính đủ | Phòng Kế hoạch - Tài chính | Bảo hiểm xã hội tỉnh | Theo lộ trình của Bộ Y tế | external | product=Quyết định giá
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh | Bệnh viện Đa khoa tỉnh | Phòng Nghiệp vụ Y; Sở Khoa học và Công nghệ | Trước 30/9/2025 | 2025-09-30 | product=Bệnh án điện tử
T VII.2 | Liên thông dữ liệu giấy chứng sinh, giấy báo tử, giấy khám sức khỏe lái xe lên Cổng Dịch vụ công quốc gia | Phòng Nghiệp vụ Y | Công an tỉnh; Các bệnh viện tuyến tỉnh | Thường xuyên | continuous | product=Dữ liệu được liên thông
T VII.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng chức năng | Năm 2025 | 2025-12-31 | product=Kết quả được số hóa
""")


# G2. A district's sheet (UBND huyện Krông Pắc, Đắk Lắk, 2024) whose clerk put the SUPPORT COLUMN
# BEFORE THE LEAD COLUMN ("TT | Nội dung nhiệm vụ | Cơ quan phối hợp | Cơ quan chủ trì | Thời gian
# hoàn thành | Ghi chú"), numbers tasks with a LEADING ZERO ("01", "02", restarting in each
# section), and fills every cell that has nothing to say with a DASH "-" (support and note): a
# "-" there is no unit and no note. Deadlines "Hàng quý", "Hàng tháng" (the "hàng" spelling). The
# CSV is the sheet saved as TAB-separated text with a .csv name. A title row merged above the header.
CSV_OPTIONS["support-before-lead-dashes"] = {"delimiter": "\t"}
layout("support-before-lead-dashes", ["xlsx", "csv"], [], [[
    ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND HUYỆN KRÔNG PẮC", "<", "<", "<", "<", "<"],
    ["TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Cơ quan chủ trì", "Thời gian hoàn thành", "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["01", "Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện", "Các cơ quan chuyên môn thuộc UBND huyện",
     "Phòng Nội vụ", "Tháng 01/2024", "-"],
    ["02", "Báo cáo kết quả thực hiện công tác cải cách hành chính", "Các cơ quan, đơn vị; UBND các xã, thị trấn",
     "Phòng Nội vụ", "Hàng quý", "Gửi Sở Nội vụ trước ngày 15 tháng cuối quý"],
    ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["01", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Phòng Tư pháp", "Quý II/2024", "-"],
    ["02", "Tự kiểm tra văn bản quy phạm pháp luật sau khi ban hành", "-", "Phòng Tư pháp", "Thường xuyên", "-"],
    ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["01", "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa huyện và cấp xã", "UBND các xã, thị trấn",
     "Văn phòng HĐND và UBND huyện", "Thường xuyên", "-"],
    ["02", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Phòng Văn hóa và Thông tin, UBND các xã, thị trấn",
     "Văn phòng HĐND và UBND huyện", "Năm 2024", "Chỉ tiêu đạt 100% theo Đề án 06"],
    ["03", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "-", "Văn phòng HĐND và UBND huyện",
     "Khi có phản ánh, kiến nghị", "-"],
    ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "<", "<", "<", "<"],
    ["01", "Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "Công an huyện, UBND các xã, thị trấn",
     "Phòng Nội vụ", "Theo lộ trình của UBND tỉnh", "-"],
    ["02", "Rà soát, kiện toàn tổ chức các đơn vị sự nghiệp công lập thuộc UBND huyện", "Phòng Tài chính - Kế hoạch",
     "Phòng Nội vụ", "Quý III/2024", "-"],
    ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["01", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024", "Các cơ quan, đơn vị",
     "Phòng Nội vụ", "Tháng 12/2024", "-"],
    ["02", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Thanh tra huyện", "Phòng Nội vụ", "Quý IV/2024", "-"],
    ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["01", "Công khai dự toán, quyết toán ngân sách huyện", "-", "Phòng Tài chính - Kế hoạch", "Hàng quý", "-"],
    ["02", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập thuộc huyện",
     "Phòng Nội vụ, Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch", "Quý I/2024", "-"],
    ["VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
    ["01", "Sử dụng phần mềm quản lý văn bản và điều hành, chữ ký số trong xử lý công việc",
     "Các cơ quan, đơn vị; UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin", "Thường xuyên", "-"],
    ["02", "Duy trì, cập nhật Trang thông tin điện tử huyện", "-", "Phòng Văn hóa và Thông tin", "Hàng tháng",
     "Cập nhật tin, bài, văn bản chỉ đạo điều hành"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Tháng 01/2024 | 2024-01-31 |
T I.2 | Báo cáo kết quả thực hiện công tác cải cách hành chính | Phòng Nội vụ | Các cơ quan, đơn vị; UBND các xã, thị trấn | Hàng quý | periodic | note=Gửi Sở Nội vụ trước ngày 15 tháng cuối quý
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND huyện | Quý II/2024 | 2024-06-30 |
T II.2 | Tự kiểm tra văn bản quy phạm pháp luật sau khi ban hành | Phòng Tư pháp | | Thường xuyên | continuous |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa huyện và cấp xã | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Thường xuyên | continuous |
T III.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | Phòng Văn hóa và Thông tin; UBND các xã, thị trấn | Năm 2024 | 2024-12-31 | note=Chỉ tiêu đạt 100% theo Đề án 06
T III.3 | Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính | Văn phòng HĐND và UBND huyện | | Khi có phản ánh, kiến nghị | event |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 | Phòng Nội vụ | Công an huyện; UBND các xã, thị trấn | Theo lộ trình của UBND tỉnh | external |
T IV.2 | Rà soát, kiện toàn tổ chức các đơn vị sự nghiệp công lập thuộc UBND huyện | Phòng Nội vụ | Phòng Tài chính - Kế hoạch | Quý III/2024 | 2024-09-30 |
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 | Phòng Nội vụ | Các cơ quan, đơn vị | Tháng 12/2024 | 2024-12-31 |
T V.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Phòng Nội vụ | Thanh tra huyện | Quý IV/2024 | 2024-12-31 |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Công khai dự toán, quyết toán ngân sách huyện | Phòng Tài chính - Kế hoạch | | Hàng quý | periodic |
T VI.2 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập thuộc huyện | Phòng Tài chính - Kế hoạch | Phòng Nội vụ; Phòng Giáo dục và Đào tạo | Quý I/2024 | 2024-03-31 |
S VII | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Sử dụng phần mềm quản lý văn bản và điều hành, chữ ký số trong xử lý công việc | Phòng Văn hóa và Thông tin | Các cơ quan, đơn vị; UBND các xã, thị trấn | Thường xuyên | continuous |
T VII.2 | Duy trì, cập nhật Trang thông tin điện tử huyện | Phòng Văn hóa và Thông tin | | Hàng tháng | periodic | note=Cập nhật tin, bài, văn bản chỉ đạo điều hành
""", year=2024)


# G3. A department's Word annex (Sở Kế hoạch và Đầu tư tỉnh Hải Dương, 2024) whose clerk, when one
# unit does a task alone, MERGES THE LEAD AND SUPPORT CELLS ACROSS into one cell holding that unit
# (it is the lead; there is no support). The table breaks at a page and goes on in a SECOND TABLE
# that repeats the header and then REPEATS THE SECTION ROW with "(tiếp theo)" after its title
# ("IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC (tiếp theo)"): the same section IV, its
# numbering going on (IV.3); the section keeps its first title. Deadlines "Định kỳ hằng tháng,
# quý, năm" (periodic), "Tháng 01 - 12/2024", an event "Khi phát sinh …"; a lead with commas inside
# ("Phòng Đấu thầu, thẩm định và giám sát đầu tư").
_B6_H3 = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
_B6_DT = "Phòng Đấu thầu, thẩm định và giám sát đầu tư"
layout("continued-section-merged-units", ["docx", "xlsx"], [
    "UBND TỈNH HẢI DƯƠNG",
    "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
    "(Kèm theo Kế hoạch số 05/KH-SKHĐT ngày 10/01/2024 của Sở Kế hoạch và Đầu tư)",
], [
    [
        list(_B6_H3),
        ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
        ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Văn phòng Sở", "<",
         "Tháng 01/2024", "Kế hoạch"],
        ["2", "Báo cáo tình hình thực hiện cải cách hành chính của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Định kỳ hằng tháng, quý, năm", "Báo cáo"],
        ["3", "Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại các phòng, đơn vị", "Thanh tra Sở",
         "Văn phòng Sở", "Quý III/2024", "Thông báo kết quả kiểm tra"],
        ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
        ["1", "Tham mưu UBND tỉnh ban hành Quy định quản lý dự án đầu tư theo phương thức đối tác công tư (PPP)",
         _B6_DT, "Sở Tư pháp, Sở Tài chính", "Quý II/2024", "Quyết định của UBND tỉnh"],
        ["2", "Rà soát văn bản quy phạm pháp luật lĩnh vực kế hoạch và đầu tư", "Thanh tra Sở", "<",
         "Tháng 01 - 12/2024", "Báo cáo rà soát"],
        ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
        ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư tại Việt Nam", "Phòng Kinh tế đối ngoại",
         "Văn phòng Sở", "Quý II/2024", "Phương án đơn giản hóa"],
        ["2", "Giải quyết thủ tục hành chính đúng hạn tại Trung tâm Phục vụ hành chính công tỉnh",
         "Các phòng chuyên môn thuộc Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên",
         "Tỷ lệ hồ sơ đúng hạn 100%"],
        ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "<", "<", "<", "<"],
        ["1", "Rà soát chức năng, nhiệm vụ các phòng chuyên môn thuộc Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Quý I/2024", "Quyết định"],
        ["2", "Điều chỉnh Đề án vị trí việc làm của Sở", "Văn phòng Sở", "<", "Quý II/2024", "Đề án vị trí việc làm"],
    ],
    [
        list(_B6_H3),
        ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC (tiếp theo)", "<", "<", "<", "<"],
        ["3", "Rà soát, sắp xếp đơn vị sự nghiệp công lập trực thuộc Sở", "Văn phòng Sở", "Sở Nội vụ", "Quý III/2024",
         "Đề án sắp xếp"],
        ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
        ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "Tháng 12/2024", "Kết quả đánh giá"],
        ["2", "Cử công chức tham gia bồi dưỡng kiến thức quản lý nhà nước", "Văn phòng Sở", "<",
         "Theo Kế hoạch của Sở Nội vụ", "Chứng chỉ bồi dưỡng"],
        ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
        ["1", "Xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030", "Phòng Tổng hợp, quy hoạch",
         "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Tháng 10/2024", "Báo cáo kế hoạch"],
        ["2", "Theo dõi, đôn đốc giải ngân vốn đầu tư công", "Phòng Kinh tế ngành", "Sở Tài chính; Kho bạc Nhà nước tỉnh",
         "Thường xuyên", "Báo cáo giải ngân"],
        ["VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
        ["1", "Cấp đăng ký doanh nghiệp qua mạng điện tử", "Phòng Đăng ký kinh doanh", "<", "Thường xuyên",
         "Hồ sơ trực tuyến"],
        ["2", "Cập nhật dữ liệu vào Hệ thống thông tin quốc gia về đầu tư", "Phòng Kinh tế đối ngoại", _B6_DT,
         "Khi phát sinh dự án đầu tư mới", "Dữ liệu được cập nhật"],
    ],
], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Báo cáo tình hình thực hiện cải cách hành chính của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ hằng tháng, quý, năm | periodic | product=Báo cáo
T I.3 | Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại các phòng, đơn vị | Thanh tra Sở | Văn phòng Sở | Quý III/2024 | 2024-09-30 | product=Thông báo kết quả kiểm tra
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quy định quản lý dự án đầu tư theo phương thức đối tác công tư (PPP) | Phòng Đấu thầu, thẩm định và giám sát đầu tư | Sở Tư pháp; Sở Tài chính | Quý II/2024 | 2024-06-30 | product=Quyết định của UBND tỉnh
T II.2 | Rà soát văn bản quy phạm pháp luật lĩnh vực kế hoạch và đầu tư | Thanh tra Sở | | Tháng 01 - 12/2024 | 2024-12-31 | product=Báo cáo rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư tại Việt Nam | Phòng Kinh tế đối ngoại | Văn phòng Sở | Quý II/2024 | 2024-06-30 | product=Phương án đơn giản hóa
T III.2 | Giải quyết thủ tục hành chính đúng hạn tại Trung tâm Phục vụ hành chính công tỉnh | Các phòng chuyên môn thuộc Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Tỷ lệ hồ sơ đúng hạn 100%
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Rà soát chức năng, nhiệm vụ các phòng chuyên môn thuộc Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý I/2024 | 2024-03-31 | product=Quyết định
T IV.2 | Điều chỉnh Đề án vị trí việc làm của Sở | Văn phòng Sở | | Quý II/2024 | 2024-06-30 | product=Đề án vị trí việc làm
T IV.3 | Rà soát, sắp xếp đơn vị sự nghiệp công lập trực thuộc Sở | Văn phòng Sở | Sở Nội vụ | Quý III/2024 | 2024-09-30 | product=Đề án sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2024 | 2024-12-31 | product=Kết quả đánh giá
T V.2 | Cử công chức tham gia bồi dưỡng kiến thức quản lý nhà nước | Văn phòng Sở | | Theo Kế hoạch của Sở Nội vụ | external | product=Chứng chỉ bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 | Phòng Tổng hợp, quy hoạch | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Tháng 10/2024 | 2024-10-31 | product=Báo cáo kế hoạch
T VI.2 | Theo dõi, đôn đốc giải ngân vốn đầu tư công | Phòng Kinh tế ngành | Sở Tài chính; Kho bạc Nhà nước tỉnh | Thường xuyên | continuous | product=Báo cáo giải ngân
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Cấp đăng ký doanh nghiệp qua mạng điện tử | Phòng Đăng ký kinh doanh | | Thường xuyên | continuous | product=Hồ sơ trực tuyến
T VII.2 | Cập nhật dữ liệu vào Hệ thống thông tin quốc gia về đầu tư | Phòng Kinh tế đối ngoại | Phòng Đấu thầu, thẩm định và giám sát đầu tư | Khi phát sinh dự án đầu tư mới | event | product=Dữ liệu được cập nhật
""", year=2024)


# G4. The sheet of a Ban Quản lý (Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh, 2025) whose budget
# column is headed only "Kinh phí": the unit is given by a row "ĐVT: triệu đồng" ABOVE THE HEADER,
# right-aligned over the budget and funding columns (merged over both), under the title row. Bare
# sums are millions ("85", "35,5", "1.250"); "Không" in the budget cell is no budget; the funding
# column is headed "Nguồn vốn"; a "Tổng cộng" row at the foot. Deadlines "Hoàn thành trước
# 31/10/2025", "Thường xuyên, liên tục", "Trong tháng 11/2025", "Từ nay đến cuối năm" (twice),
# "Định kỳ hằng năm". Supports joined by "," before "Sở …" and before a capitals abbreviation.
layout("dvt-row-above-header", ["xlsx", "csv"], [], [[
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH",
     "<", "<", "<", "<", "<", "<"],
    ["", "", "", "", "", "ĐVT: triệu đồng", "<"],
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kinh phí", "Nguồn vốn"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của Ban Quản lý", "Văn phòng Ban", "Các phòng chuyên môn",
     "Tháng 01/2025", "Không", ""],
    ["2", "Tổ chức tập huấn, tuyên truyền về cải cách hành chính cho doanh nghiệp trong các khu công nghiệp",
     "Văn phòng Ban", "Phòng Quản lý doanh nghiệp", "Quý III/2025", "85", "Ngân sách tỉnh"],
    ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, đề xuất sửa đổi Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp trên địa bàn tỉnh",
     "Phòng Quản lý quy hoạch và xây dựng", "Sở Tư pháp, Sở Xây dựng, UBND các huyện, thị xã, thành phố",
     "Hoàn thành trước 31/10/2025", "", ""],
    ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư, lao động trong khu công nghiệp",
     "Phòng Quản lý đầu tư", "Phòng Quản lý lao động", "Quý II/2025", "", ""],
    ["2", "Cấp giấy chứng nhận đăng ký đầu tư qua dịch vụ công trực tuyến toàn trình", "Phòng Quản lý đầu tư",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên, liên tục", "", ""],
    ["3", "Khảo sát mức độ hài lòng của nhà đầu tư, doanh nghiệp", "Văn phòng Ban", "", "Trong tháng 11/2025",
     "35,5", "Kinh phí chi thường xuyên"],
    ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<", "<"],
    ["1", "Kiện toàn tổ chức bộ máy các phòng chuyên môn sau sắp xếp", "Văn phòng Ban", "Sở Nội vụ",
     "Từ nay đến cuối năm", "Không", ""],
    ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<", "<"],
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025", "Văn phòng Ban", "Các phòng chuyên môn",
     "Tháng 12/2025", "", ""],
    ["2", "Bồi dưỡng kỹ năng hỗ trợ nhà đầu tư cho công chức", "Văn phòng Ban", "Trường Chính trị Nguyễn Văn Cừ",
     "Quý III/2025", "120", "Ngân sách tỉnh"],
    ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<", "<"],
    ["1", "Công khai dự toán, quyết toán ngân sách của Ban Quản lý", "Văn phòng Ban", "", "Định kỳ hằng năm", "", ""],
    ["VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng cơ sở dữ liệu doanh nghiệp, lao động trong các khu công nghiệp", "Phòng Quản lý doanh nghiệp",
     "Sở Khoa học và Công nghệ, VNPT Bắc Ninh", "Quý IV/2025", "1.250", "Ngân sách tỉnh"],
    ["2", "Kết nối dữ liệu quan trắc môi trường tự động của doanh nghiệp với Ban Quản lý", "Phòng Quản lý môi trường",
     "Các doanh nghiệp trong khu công nghiệp", "Từ nay đến cuối năm", "Không", "Doanh nghiệp tự đảm bảo"],
    ["", "Tổng cộng", "<", "<", "<", "1.490,5", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của Ban Quản lý | Văn phòng Ban | Các phòng chuyên môn | Tháng 01/2025 | 2025-01-31 |
T I.2 | Tổ chức tập huấn, tuyên truyền về cải cách hành chính cho doanh nghiệp trong các khu công nghiệp | Văn phòng Ban | Phòng Quản lý doanh nghiệp | Quý III/2025 | 2025-09-30 | budget=85000000 ; funding=Ngân sách tỉnh
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, đề xuất sửa đổi Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp trên địa bàn tỉnh | Phòng Quản lý quy hoạch và xây dựng | Sở Tư pháp; Sở Xây dựng; UBND các huyện, thị xã, thành phố | Hoàn thành trước 31/10/2025 | 2025-10-31 |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư, lao động trong khu công nghiệp | Phòng Quản lý đầu tư | Phòng Quản lý lao động | Quý II/2025 | 2025-06-30 |
T III.2 | Cấp giấy chứng nhận đăng ký đầu tư qua dịch vụ công trực tuyến toàn trình | Phòng Quản lý đầu tư | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên, liên tục | continuous |
T III.3 | Khảo sát mức độ hài lòng của nhà đầu tư, doanh nghiệp | Văn phòng Ban | | Trong tháng 11/2025 | 2025-11-30 | budget=35500000 ; funding=Kinh phí chi thường xuyên
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Kiện toàn tổ chức bộ máy các phòng chuyên môn sau sắp xếp | Văn phòng Ban | Sở Nội vụ | Từ nay đến cuối năm | 2025-12-31 |
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 | Văn phòng Ban | Các phòng chuyên môn | Tháng 12/2025 | 2025-12-31 |
T V.2 | Bồi dưỡng kỹ năng hỗ trợ nhà đầu tư cho công chức | Văn phòng Ban | Trường Chính trị Nguyễn Văn Cừ | Quý III/2025 | 2025-09-30 | budget=120000000 ; funding=Ngân sách tỉnh
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Công khai dự toán, quyết toán ngân sách của Ban Quản lý | Văn phòng Ban | | Định kỳ hằng năm | periodic |
S VII | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Xây dựng cơ sở dữ liệu doanh nghiệp, lao động trong các khu công nghiệp | Phòng Quản lý doanh nghiệp | Sở Khoa học và Công nghệ; VNPT Bắc Ninh | Quý IV/2025 | 2025-12-31 | budget=1250000000 ; funding=Ngân sách tỉnh
T VII.2 | Kết nối dữ liệu quan trắc môi trường tự động của doanh nghiệp với Ban Quản lý | Phòng Quản lý môi trường | Các doanh nghiệp trong khu công nghiệp | Từ nay đến cuối năm | 2025-12-31 | funding=Doanh nghiệp tự đảm bảo
""")


# G5. A town's sheet (UBND thị trấn Cái Dầu, huyện Châu Phú, An Giang, 2025) whose clerk types each
# SECTION WHOLE INTO THE TT CELL ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in column A, the other cells of
# the row empty and NOT merged: Excel lets the text run over them), and numbers the tasks with the
# SECTION'S FIGURE IN FRONT ("1.1", "1.2" in section I, "2.1" in section II … with no row "1",
# "2"): "2.1" in section II is II.1. Units are posts and bodies of a town ("Công chức Văn phòng -
# Thống kê", "Bộ phận Một cửa thị trấn", "Ban điều hành các khóm"); the collective "Các ban,
# ngành, đoàn thể thị trấn" (commas inside, one unit); a support joined by "," before "Công an …".
# Deadlines "Quý I, II/2025", "Trong Quý III", "Trong Quý I" (no year: the plan's), "Tháng 01 -
# 12/2025", "Định kỳ hàng quý"; a "Ghi chú" column.
layout("section-in-number-cell", ["xlsx", "csv"], [], [[
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND THỊ TRẤN CÁI DẦU", "<", "<", "<", "<", "<"],
    ["TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Ghi chú"],
    ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", "", ""],
    ["1.1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của UBND thị trấn",
     "Công chức Văn phòng - Thống kê", "Các ban, ngành, đoàn thể thị trấn", "Quý I/2025", ""],
    ["1.2", "Báo cáo kết quả thực hiện cải cách hành chính", "Công chức Văn phòng - Thống kê", "",
     "Định kỳ hàng quý", "Gửi Phòng Nội vụ huyện"],
    ["1.3", "Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh thị trấn", "Công chức Văn hóa - Xã hội",
     "Ban điều hành các khóm", "Tháng 01 - 12/2025", ""],
    ["II. CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
    ["2.1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND thị trấn ban hành", "Công chức Tư pháp - Hộ tịch",
     "Công chức Văn phòng - Thống kê", "Quý I, II/2025", ""],
    ["2.2", "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", "Công chức Tư pháp - Hộ tịch",
     "Các ban, ngành, đoàn thể thị trấn", "Tháng 11/2025", ""],
    ["III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
    ["3.1", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa thị trấn", "Bộ phận Một cửa thị trấn", "",
     "Thường xuyên", ""],
    ["3.2", "Tổ chức đợt cao điểm hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến",
     "Bộ phận Một cửa thị trấn", "Đoàn Thanh niên thị trấn, Công an thị trấn", "Trong Quý III", ""],
    ["IV. CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", "", "", ""],
    ["4.1", "Rà soát, kiện toàn các ban chỉ đạo, tổ công tác của UBND thị trấn", "Chủ tịch UBND thị trấn",
     "Công chức Văn phòng - Thống kê", "Quý II/2025", ""],
    ["V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""],
    ["5.1", "Đánh giá, xếp loại chất lượng cán bộ, công chức thị trấn", "Chủ tịch UBND thị trấn", "",
     "Tháng 12/2025", ""],
    ["5.2", "Cử cán bộ, công chức tham gia các lớp bồi dưỡng do huyện tổ chức", "Công chức Văn phòng - Thống kê", "",
     "Khi có kế hoạch của UBND huyện", ""],
    ["VI. CẢI CÁCH TÀI CHÍNH CÔNG", "", "", "", "", ""],
    ["6.1", "Công khai dự toán, quyết toán ngân sách thị trấn", "Công chức Tài chính - Kế toán", "", "Trong Quý I",
     "Niêm yết tại trụ sở UBND thị trấn"],
    ["VII. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "", "", "", "", ""],
    ["7.1", "Sử dụng chữ ký số, hệ thống quản lý văn bản và điều hành trong xử lý công việc",
     "Cán bộ, công chức thị trấn", "", "Thường xuyên", ""],
    ["7.2", "Thành lập Tổ công nghệ số cộng đồng tại các khóm", "Công chức Văn hóa - Xã hội", "Ban điều hành các khóm",
     "Tháng 3/2025", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của UBND thị trấn | Công chức Văn phòng - Thống kê | Các ban, ngành, đoàn thể thị trấn | Quý I/2025 | 2025-03-31 |
T I.2 | Báo cáo kết quả thực hiện cải cách hành chính | Công chức Văn phòng - Thống kê | | Định kỳ hàng quý | periodic | note=Gửi Phòng Nội vụ huyện
T I.3 | Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh thị trấn | Công chức Văn hóa - Xã hội | Ban điều hành các khóm | Tháng 01 - 12/2025 | 2025-12-31 |
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND thị trấn ban hành | Công chức Tư pháp - Hộ tịch | Công chức Văn phòng - Thống kê | Quý I, II/2025 | 2025-06-30 |
T II.2 | Tổ chức hưởng ứng Ngày Pháp luật Việt Nam | Công chức Tư pháp - Hộ tịch | Các ban, ngành, đoàn thể thị trấn | Tháng 11/2025 | 2025-11-30 |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa thị trấn | Bộ phận Một cửa thị trấn | | Thường xuyên | continuous |
T III.2 | Tổ chức đợt cao điểm hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến | Bộ phận Một cửa thị trấn | Đoàn Thanh niên thị trấn; Công an thị trấn | Trong Quý III | 2025-09-30 |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, kiện toàn các ban chỉ đạo, tổ công tác của UBND thị trấn | Chủ tịch UBND thị trấn | Công chức Văn phòng - Thống kê | Quý II/2025 | 2025-06-30 |
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức thị trấn | Chủ tịch UBND thị trấn | | Tháng 12/2025 | 2025-12-31 |
T V.2 | Cử cán bộ, công chức tham gia các lớp bồi dưỡng do huyện tổ chức | Công chức Văn phòng - Thống kê | | Khi có kế hoạch của UBND huyện | event |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Công khai dự toán, quyết toán ngân sách thị trấn | Công chức Tài chính - Kế toán | | Trong Quý I | 2025-03-31 | note=Niêm yết tại trụ sở UBND thị trấn
S VII | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Sử dụng chữ ký số, hệ thống quản lý văn bản và điều hành trong xử lý công việc | Cán bộ, công chức thị trấn | | Thường xuyên | continuous |
T VII.2 | Thành lập Tổ công nghệ số cộng đồng tại các khóm | Công chức Văn hóa - Xã hội | Ban điều hành các khóm | Tháng 3/2025 | 2025-03-31 |
""")


# G6. The plan of a public service unit (đơn vị sự nghiệp: Trung tâm Y tế huyện Lâm Hà, Lâm Đồng,
# 2025) in Word: units are its wards and offices ("Khoa Khám bệnh", "Phòng Tổ chức - Hành chính",
# "Khoa Dược - Trang thiết bị - Vật tư y tế"), headers "Khoa, phòng chủ trì" / "Khoa, phòng phối
# hợp" / "Thời gian"; the budget column "Dự toán kinh phí (1.000 đồng)" in THOUSANDS ("12.000" is
# 12 million). A numbered task WITH its own lead, deadline and product has numbered sub-tasks
# "2.1", "2.2" under it, each with its own units (the parent is a task, not a heading). Collectives
# "Các khoa, phòng", "Trạm Y tế các xã, thị trấn", "Các khoa lâm sàng, cận lâm sàng"; two leads
# joined by ";". Deadlines "Hàng tháng", "Hàng ngày", "Thường xuyên, liên tục", "Trong năm 2025",
# "Khi có phản ánh" (event), "Theo chỉ đạo của Sở Y tế" (external).
layout("su-nghiep-thousands-subtasks", ["docx", "csv"], [
    "SỞ Y TẾ LÂM ĐỒNG",
    "TRUNG TÂM Y TẾ HUYỆN LÂM HÀ",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 18/KH-TTYT ngày 15/01/2025 của Trung tâm Y tế huyện Lâm Hà)",
], [[
    ["STT", "Nội dung công việc", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp", "Thời gian",
     "Dự toán kinh phí (1.000 đồng)", "Sản phẩm"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2025 của Trung tâm", "Phòng Tổ chức - Hành chính",
     "Các khoa, phòng; Trạm Y tế các xã, thị trấn", "Tháng 01/2025", "", "Kế hoạch"],
    ["2", "Tuyên truyền về cải cách hành chính, quy tắc ứng xử của viên chức y tế", "Phòng Kế hoạch - Nghiệp vụ",
     "Các khoa, phòng", "Năm 2025", "", "Tin, bài, pa nô, khẩu hiệu"],
    ["2.1", "Cập nhật tin, bài trên Trang thông tin điện tử của Trung tâm", "Phòng Kế hoạch - Nghiệp vụ", "",
     "Hàng tháng", "", "Tin, bài"],
    ["2.2", "Treo pa nô, khẩu hiệu tại khu vực tiếp đón người bệnh", "Phòng Tổ chức - Hành chính", "Khoa Khám bệnh",
     "Quý I/2025", "12.000", "Pa nô, khẩu hiệu"],
    ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, sửa đổi Quy chế chi tiêu nội bộ, Quy chế làm việc của Trung tâm",
     "Phòng Tài chính - Kế toán; Phòng Tổ chức - Hành chính", "Công đoàn cơ sở", "Quý I/2025", "", "Quy chế"],
    ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
    ["1", "Cải tiến quy trình khám bệnh, giảm thời gian chờ của người bệnh", "Khoa Khám bệnh",
     "Phòng Kế hoạch - Nghiệp vụ; Khoa Dược - Trang thiết bị - Vật tư y tế", "Thường xuyên, liên tục", "",
     "Quy trình khám bệnh"],
    ["2", "Tiếp nhận, giải quyết phản ánh, kiến nghị của người bệnh qua đường dây nóng", "Phòng Kế hoạch - Nghiệp vụ",
     "", "Khi có phản ánh", "", "Sổ theo dõi"],
    ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<", "<"],
    ["1", "Rà soát, sắp xếp các khoa, phòng theo hướng tinh gọn", "Phòng Tổ chức - Hành chính", "Các khoa, phòng",
     "Theo chỉ đạo của Sở Y tế", "", "Phương án sắp xếp"],
    ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<", "<"],
    ["1", "Đánh giá, xếp loại viên chức, người lao động năm 2025", "Phòng Tổ chức - Hành chính",
     "Các khoa, phòng; Trạm Y tế các xã, thị trấn", "Tháng 12/2025", "", "Kết quả đánh giá"],
    ["2", "Cử viên chức đi đào tạo, cập nhật kiến thức y khoa liên tục", "Phòng Tổ chức - Hành chính",
     "Phòng Tài chính - Kế toán", "Trong năm 2025", "150.000", "Chứng chỉ đào tạo"],
    ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030", "Phòng Tài chính - Kế toán",
     "Phòng Tổ chức - Hành chính", "Quý IV/2025", "", "Phương án tự chủ"],
    ["2", "Triển khai thanh toán viện phí không dùng tiền mặt", "Phòng Tài chính - Kế toán", "Khoa Khám bệnh",
     "Quý II/2025", "45.500", "Hệ thống thanh toán"],
    ["VII", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<", "<"],
    ["1", "Triển khai bệnh án điện tử", "Phòng Kế hoạch - Nghiệp vụ", "Các khoa lâm sàng, cận lâm sàng",
     "Trước 30/9/2025", "850.000", "Hệ thống bệnh án điện tử"],
    ["2", "Liên thông dữ liệu khám chữa bệnh với Cổng tiếp nhận dữ liệu của Bảo hiểm xã hội",
     "Phòng Kế hoạch - Nghiệp vụ", "Bảo hiểm xã hội huyện", "Hàng ngày", "", "Dữ liệu được liên thông"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2025 của Trung tâm | Phòng Tổ chức - Hành chính | Các khoa, phòng; Trạm Y tế các xã, thị trấn | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Tuyên truyền về cải cách hành chính, quy tắc ứng xử của viên chức y tế | Phòng Kế hoạch - Nghiệp vụ | Các khoa, phòng | Năm 2025 | 2025-12-31 | product=Tin, bài, pa nô, khẩu hiệu
T I.2.1 | Cập nhật tin, bài trên Trang thông tin điện tử của Trung tâm | Phòng Kế hoạch - Nghiệp vụ | | Hàng tháng | periodic | product=Tin, bài
T I.2.2 | Treo pa nô, khẩu hiệu tại khu vực tiếp đón người bệnh | Phòng Tổ chức - Hành chính | Khoa Khám bệnh | Quý I/2025 | 2025-03-31 | budget=12000000 ; product=Pa nô, khẩu hiệu
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, sửa đổi Quy chế chi tiêu nội bộ, Quy chế làm việc của Trung tâm | Phòng Tài chính - Kế toán; Phòng Tổ chức - Hành chính | Công đoàn cơ sở | Quý I/2025 | 2025-03-31 | product=Quy chế
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Cải tiến quy trình khám bệnh, giảm thời gian chờ của người bệnh | Khoa Khám bệnh | Phòng Kế hoạch - Nghiệp vụ; Khoa Dược - Trang thiết bị - Vật tư y tế | Thường xuyên, liên tục | continuous | product=Quy trình khám bệnh
T III.2 | Tiếp nhận, giải quyết phản ánh, kiến nghị của người bệnh qua đường dây nóng | Phòng Kế hoạch - Nghiệp vụ | | Khi có phản ánh | event | product=Sổ theo dõi
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, sắp xếp các khoa, phòng theo hướng tinh gọn | Phòng Tổ chức - Hành chính | Các khoa, phòng | Theo chỉ đạo của Sở Y tế | external | product=Phương án sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại viên chức, người lao động năm 2025 | Phòng Tổ chức - Hành chính | Các khoa, phòng; Trạm Y tế các xã, thị trấn | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
T V.2 | Cử viên chức đi đào tạo, cập nhật kiến thức y khoa liên tục | Phòng Tổ chức - Hành chính | Phòng Tài chính - Kế toán | Trong năm 2025 | 2025-12-31 | budget=150000000 ; product=Chứng chỉ đào tạo
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030 | Phòng Tài chính - Kế toán | Phòng Tổ chức - Hành chính | Quý IV/2025 | 2025-12-31 | product=Phương án tự chủ
T VI.2 | Triển khai thanh toán viện phí không dùng tiền mặt | Phòng Tài chính - Kế toán | Khoa Khám bệnh | Quý II/2025 | 2025-06-30 | budget=45500000 ; product=Hệ thống thanh toán
S VII | CHUYỂN ĐỔI SỐ
T VII.1 | Triển khai bệnh án điện tử | Phòng Kế hoạch - Nghiệp vụ | Các khoa lâm sàng, cận lâm sàng | Trước 30/9/2025 | 2025-09-30 | budget=850000000 ; product=Hệ thống bệnh án điện tử
T VII.2 | Liên thông dữ liệu khám chữa bệnh với Cổng tiếp nhận dữ liệu của Bảo hiểm xã hội | Phòng Kế hoạch - Nghiệp vụ | Bảo hiểm xã hội huyện | Hàng ngày | continuous | product=Dữ liệu được liên thông
""")


# G7. A department's annex (Sở Giáo dục và Đào tạo tỉnh Gia Lai, 2026, after the merger of
# provinces) whose clerk puts a NOTE ROW DIRECTLY UNDER THE HEADER, merged across ("Ghi chú: Nhiệm
# vụ có dấu (*) là nhiệm vụ trọng tâm …"), marks six task titles with a trailing "(*)" (kept in the
# title, as printed), and closes the table with a COUNT ROW in the task column ("Tổng số: 14 nhiệm
# vụ …", the number cell empty): neither is a task. The product column is headed "Kết quả cần
# đạt"; the deadline "Thời hạn". Deadlines "Tháng 5 - 7/2026", "Trong Quý II" (the plan's year),
# "Năm học 2025 - 2026" (the end of the school year, 31/5/2026, as in the corpus), "Hằng năm".
layout("star-note-under-header", ["docx", "csv"], [
    "UBND TỈNH GIA LAI",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 112/KH-SGDĐT ngày 20/01/2026 của Sở Giáo dục và Đào tạo)",
], [[
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kết quả cần đạt"],
    ["Ghi chú: Nhiệm vụ có dấu (*) là nhiệm vụ trọng tâm, là căn cứ đánh giá, chấm điểm Chỉ số cải cách hành "
     "chính năm 2026 của Sở", "<", "<", "<", "<", "<"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở (*)", "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở",
     "Tháng 01/2026", "Kế hoạch được ban hành"],
    ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở", "Văn phòng Sở",
     "Các phòng chuyên môn thuộc Sở", "Theo Kế hoạch của UBND tỉnh", "Báo cáo tự đánh giá"],
    ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
    ["1", "Tham mưu UBND tỉnh ban hành quy định phân cấp quản lý giáo dục cho UBND cấp xã (*)",
     "Phòng Tổ chức cán bộ", "Sở Tư pháp, Sở Nội vụ", "Quý I/2026", "Quyết định của UBND tỉnh"],
    ["2", "Rà soát văn bản quy phạm pháp luật lĩnh vực giáo dục sau hợp nhất tỉnh", "Thanh tra Sở", "Văn phòng Sở",
     "Quý II/2026", "Báo cáo rà soát"],
    ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với tuyển sinh đầu cấp (*)", "Phòng Giáo dục phổ thông",
     "UBND các xã, phường; Các trường trung học phổ thông", "Tháng 5 - 7/2026", "100% hồ sơ tuyển sinh trực tuyến"],
    ["2", "Cấp văn bằng, chứng chỉ điện tử", "Phòng Quản lý chất lượng", "Trung tâm Phục vụ hành chính công tỉnh",
     "Quý III/2026", "Văn bằng điện tử"],
    ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["1", "Sắp xếp, tổ chức lại các trường trung học phổ thông có quy mô nhỏ (*)", "Phòng Tổ chức cán bộ",
     "Phòng Kế hoạch - Tài chính, UBND các xã, phường", "Tháng 8/2026", "Quyết định sắp xếp"],
    ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Tuyển dụng giáo viên năm 2026", "Phòng Tổ chức cán bộ", "Các trường trung học phổ thông", "Quý III/2026",
     "Quyết định tuyển dụng"],
    ["2", "Đánh giá, xếp loại chất lượng công chức, viên chức", "Phòng Tổ chức cán bộ",
     "Các phòng chuyên môn thuộc Sở; Các đơn vị trực thuộc", "Tháng 12/2026", "Kết quả đánh giá"],
    ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1", "Giao quyền tự chủ tài chính cho các trường trung học phổ thông (*)", "Phòng Kế hoạch - Tài chính",
     "Sở Tài chính", "Quý I/2026", "Quyết định giao tự chủ"],
    ["2", "Công khai tài chính tại các cơ sở giáo dục", "Các trường trung học phổ thông", "Phòng Kế hoạch - Tài chính",
     "Hằng năm", "Báo cáo công khai"],
    ["VII", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<"],
    ["1", "Triển khai học bạ số đối với cấp trung học phổ thông (*)", "Phòng Quản lý chất lượng",
     "Các trường trung học phổ thông", "Năm học 2025 - 2026", "Học bạ số"],
    ["2", "Cập nhật cơ sở dữ liệu ngành giáo dục", "Văn phòng Sở", "Các đơn vị trực thuộc", "Thường xuyên",
     "Dữ liệu đầy đủ, chính xác"],
    ["3", "Bồi dưỡng kỹ năng số cho cán bộ quản lý, giáo viên", "Phòng Tổ chức cán bộ",
     "Các trường trung học phổ thông", "Trong Quý II", "Lớp bồi dưỡng"],
    ["", "Tổng số: 14 nhiệm vụ (trong đó 06 nhiệm vụ trọng tâm)", "<", "<", "<", "<"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở (*) | Văn phòng Sở | Các phòng chuyên môn thuộc Sở | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch được ban hành
T I.2 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng chuyên môn thuộc Sở | Theo Kế hoạch của UBND tỉnh | external | product=Báo cáo tự đánh giá
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành quy định phân cấp quản lý giáo dục cho UBND cấp xã (*) | Phòng Tổ chức cán bộ | Sở Tư pháp; Sở Nội vụ | Quý I/2026 | 2026-03-31 | product=Quyết định của UBND tỉnh
T II.2 | Rà soát văn bản quy phạm pháp luật lĩnh vực giáo dục sau hợp nhất tỉnh | Thanh tra Sở | Văn phòng Sở | Quý II/2026 | 2026-06-30 | product=Báo cáo rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Cung cấp dịch vụ công trực tuyến toàn trình đối với tuyển sinh đầu cấp (*) | Phòng Giáo dục phổ thông | UBND các xã, phường; Các trường trung học phổ thông | Tháng 5 - 7/2026 | 2026-07-31 | product=100% hồ sơ tuyển sinh trực tuyến
T III.2 | Cấp văn bằng, chứng chỉ điện tử | Phòng Quản lý chất lượng | Trung tâm Phục vụ hành chính công tỉnh | Quý III/2026 | 2026-09-30 | product=Văn bằng điện tử
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp, tổ chức lại các trường trung học phổ thông có quy mô nhỏ (*) | Phòng Tổ chức cán bộ | Phòng Kế hoạch - Tài chính; UBND các xã, phường | Tháng 8/2026 | 2026-08-31 | product=Quyết định sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Tuyển dụng giáo viên năm 2026 | Phòng Tổ chức cán bộ | Các trường trung học phổ thông | Quý III/2026 | 2026-09-30 | product=Quyết định tuyển dụng
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức | Phòng Tổ chức cán bộ | Các phòng chuyên môn thuộc Sở; Các đơn vị trực thuộc | Tháng 12/2026 | 2026-12-31 | product=Kết quả đánh giá
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho các trường trung học phổ thông (*) | Phòng Kế hoạch - Tài chính | Sở Tài chính | Quý I/2026 | 2026-03-31 | product=Quyết định giao tự chủ
T VI.2 | Công khai tài chính tại các cơ sở giáo dục | Các trường trung học phổ thông | Phòng Kế hoạch - Tài chính | Hằng năm | periodic | product=Báo cáo công khai
S VII | CHUYỂN ĐỔI SỐ
T VII.1 | Triển khai học bạ số đối với cấp trung học phổ thông (*) | Phòng Quản lý chất lượng | Các trường trung học phổ thông | Năm học 2025 - 2026 | 2026-05-31 | product=Học bạ số
T VII.2 | Cập nhật cơ sở dữ liệu ngành giáo dục | Văn phòng Sở | Các đơn vị trực thuộc | Thường xuyên | continuous | product=Dữ liệu đầy đủ, chính xác
T VII.3 | Bồi dưỡng kỹ năng số cho cán bộ quản lý, giáo viên | Phòng Tổ chức cán bộ | Các trường trung học phổ thông | Trong Quý II | 2026-06-30 | product=Lớp bồi dưỡng
""", year=2026)


# G8. A town's annex (UBND thị xã Buôn Hồ, Đắk Lắk, 2024) whose clerk INDENTS sub-items with a
# NARROW EXTRA COLUMN: the header "Nội dung nhiệm vụ" is merged over two columns; a numbered task's
# text is merged across both, while a bullet row leaves the number cell empty, puts "-" alone in
# the narrow column and the item's text in the wide one. Numbered rows with no unit and "-" items
# under them are headings (I.2, II.2, V.1, VII.1), the items a, b; a heading's sibling task after
# it (VII.2). Deadline "Cuối năm 2024"; supports joined by "," before "Phòng …"; a lead list
# joined by ";" ("Văn phòng HĐND và UBND thị xã; UBND các xã, phường").
def _B6_task(number, title, lead="", support="", deadline="", product=""):
    return [number, title, "<", lead, support, deadline, product]


def _B6_item(title, lead, support, deadline, product):
    return ["", "-", title, lead, support, deadline, product]


def _B6_section(number, title):
    return [number, title, "<", "<", "<", "<", "<"]


_B6_CQCM = "Các cơ quan chuyên môn thuộc UBND thị xã"
layout("indent-column-bullets", ["xlsx", "docx"], [
    "UBND THỊ XÃ BUÔN HỒ",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 09/KH-UBND ngày 12/01/2024 của UBND thị xã Buôn Hồ)",
], [[
    ["STT", "Nội dung nhiệm vụ", "<", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    _B6_section("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
    _B6_task("1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND thị xã", "Phòng Nội vụ", _B6_CQCM,
             "Tháng 01/2024", "Kế hoạch"),
    _B6_task("2", "Tuyên truyền cải cách hành chính"),
    _B6_item("Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử thị xã",
             "Phòng Văn hóa và Thông tin", "Phòng Nội vụ", "Quý II/2024", "Chuyên mục"),
    _B6_item("Phát chuyên mục cải cách hành chính trên sóng phát thanh thị xã",
             "Trung tâm Văn hóa - Thông tin và Thể thao", "Phòng Nội vụ", "Hằng tháng", "Chuyên mục phát thanh"),
    _B6_section("II", "CẢI CÁCH THỂ CHẾ"),
    _B6_task("1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thị xã ban hành", "Phòng Tư pháp",
             _B6_CQCM, "Quý I/2024", "Báo cáo rà soát"),
    _B6_task("2", "Kiểm tra, theo dõi thi hành pháp luật"),
    _B6_item("Theo dõi thi hành pháp luật về xử lý vi phạm hành chính", "Phòng Tư pháp", "Công an thị xã",
             "Cuối năm 2024", "Báo cáo"),
    _B6_item("Kiểm tra văn bản quy phạm pháp luật của HĐND, UBND các xã, phường", "Phòng Tư pháp",
             "UBND các xã, phường", "Quý III/2024", "Kết luận kiểm tra"),
    _B6_section("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    _B6_task("1", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND thị xã",
             _B6_CQCM, "Trước 30/6/2024", "Quy trình nội bộ"),
    _B6_task("2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
             "Văn phòng HĐND và UBND thị xã; UBND các xã, phường", "Phòng Văn hóa và Thông tin", "Năm 2024",
             "Kết quả được số hóa"),
    _B6_section("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
    _B6_task("1", "Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "Phòng Nội vụ", "UBND các xã, phường",
             "Theo Kế hoạch của UBND tỉnh", "Đề án sắp xếp"),
    _B6_section("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
    _B6_task("1", "Nâng cao chất lượng đội ngũ cán bộ, công chức"),
    _B6_item("Tổ chức thi tuyển công chức cấp xã", "Phòng Nội vụ", "UBND các xã, phường", "Quý III/2024",
             "Kết quả tuyển dụng"),
    _B6_item("Cử cán bộ, công chức tham gia các lớp bồi dưỡng", "Phòng Nội vụ", "Trường Chính trị tỉnh",
             "Theo Kế hoạch của Sở Nội vụ", "Chứng chỉ bồi dưỡng"),
    _B6_section("VI", "CẢI CÁCH TÀI CHÍNH CÔNG"),
    _B6_task("1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc thị xã",
             "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ, Phòng Giáo dục và Đào tạo", "Quý I/2024",
             "Quyết định giao tự chủ"),
    _B6_section("VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
    _B6_task("1", "Triển khai các mô hình chuyển đổi số"),
    _B6_item("Mô hình \"Chợ 4.0\" thanh toán không dùng tiền mặt", "Phòng Kinh tế",
             "UBND các phường; Ban Quản lý chợ Buôn Hồ", "Quý II/2024", "Mô hình được nhân rộng"),
    _B6_item("Tổ công nghệ số cộng đồng tại các thôn, buôn, tổ dân phố", "UBND các xã, phường",
             "Phòng Văn hóa và Thông tin", "Thường xuyên", "Tổ công nghệ số"),
    _B6_task("2", "Sử dụng chữ ký số trong gửi, nhận văn bản điện tử", "Các cơ quan, đơn vị",
             "Phòng Văn hóa và Thông tin", "Thường xuyên", "Văn bản điện tử"),
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND thị xã | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND thị xã | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính
T I.2.a | Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử thị xã | Phòng Văn hóa và Thông tin | Phòng Nội vụ | Quý II/2024 | 2024-06-30 | product=Chuyên mục
T I.2.b | Phát chuyên mục cải cách hành chính trên sóng phát thanh thị xã | Trung tâm Văn hóa - Thông tin và Thể thao | Phòng Nội vụ | Hằng tháng | periodic | product=Chuyên mục phát thanh
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thị xã ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND thị xã | Quý I/2024 | 2024-03-31 | product=Báo cáo rà soát
H II.2 | Kiểm tra, theo dõi thi hành pháp luật
T II.2.a | Theo dõi thi hành pháp luật về xử lý vi phạm hành chính | Phòng Tư pháp | Công an thị xã | Cuối năm 2024 | 2024-12-31 | product=Báo cáo
T II.2.b | Kiểm tra văn bản quy phạm pháp luật của HĐND, UBND các xã, phường | Phòng Tư pháp | UBND các xã, phường | Quý III/2024 | 2024-09-30 | product=Kết luận kiểm tra
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính | Văn phòng HĐND và UBND thị xã | Các cơ quan chuyên môn thuộc UBND thị xã | Trước 30/6/2024 | 2024-06-30 | product=Quy trình nội bộ
T III.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND thị xã; UBND các xã, phường | Phòng Văn hóa và Thông tin | Năm 2024 | 2024-12-31 | product=Kết quả được số hóa
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 | Phòng Nội vụ | UBND các xã, phường | Theo Kế hoạch của UBND tỉnh | external | product=Đề án sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
H V.1 | Nâng cao chất lượng đội ngũ cán bộ, công chức
T V.1.a | Tổ chức thi tuyển công chức cấp xã | Phòng Nội vụ | UBND các xã, phường | Quý III/2024 | 2024-09-30 | product=Kết quả tuyển dụng
T V.1.b | Cử cán bộ, công chức tham gia các lớp bồi dưỡng | Phòng Nội vụ | Trường Chính trị tỉnh | Theo Kế hoạch của Sở Nội vụ | external | product=Chứng chỉ bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc thị xã | Phòng Tài chính - Kế hoạch | Phòng Nội vụ; Phòng Giáo dục và Đào tạo | Quý I/2024 | 2024-03-31 | product=Quyết định giao tự chủ
S VII | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
H VII.1 | Triển khai các mô hình chuyển đổi số
T VII.1.a | Mô hình "Chợ 4.0" thanh toán không dùng tiền mặt | Phòng Kinh tế | UBND các phường; Ban Quản lý chợ Buôn Hồ | Quý II/2024 | 2024-06-30 | product=Mô hình được nhân rộng
T VII.1.b | Tổ công nghệ số cộng đồng tại các thôn, buôn, tổ dân phố | UBND các xã, phường | Phòng Văn hóa và Thông tin | Thường xuyên | continuous | product=Tổ công nghệ số
T VII.2 | Sử dụng chữ ký số trong gửi, nhận văn bản điện tử | Các cơ quan, đơn vị | Phòng Văn hóa và Thông tin | Thường xuyên | continuous | product=Văn bản điện tử
""", year=2024)


# A seventh batch written blind by a second hand: ordinary annexes with odder habits ("x" put
# for nothing, titles carried onto the next row, a section merged over two columns only, posts
# as units, "ĐVT" at the left of a preamble, a CSV with a "sep=" line, parts as paragraphs
# between tables, numbering with slashes).

# H1. A department's sheet (Sở Xây dựng tỉnh Thái Bình, 2025) whose clerk fills the empty cells of
# SECTION ROWS AND HEADING ROWS WITH "x" (lead, support, deadline, product): "I | Công tác chỉ đạo,
# điều hành | x | x | x | x", section titles in ordinary case, NOT merged, NOT bold. A numbered row
# whose units are "x" and which has "-" items under it is a heading (the "x" is no unit). The
# deadline column, headed only "Thời gian", says "Năm 2025" for nearly every task, and
# "Năm 2025 (định kỳ hằng quý)", "Năm 2025 (định kỳ 6 tháng)", "Năm 2025 (định kỳ hằng tháng)"
# for recurring ones (periodic: the bracket says the task recurs within the year).
def _B7_x(number, title):
    return [number, title, "x", "x", "x", "x"]


layout("b7-section-x-placeholder", ["xlsx", "csv"], [], [[
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ XÂY DỰNG TỈNH THÁI BÌNH", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
    _B7_x("I", "Công tác chỉ đạo, điều hành"),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Năm 2025", "Kế hoạch"],
    _B7_x("2", "Tuyên truyền cải cách hành chính"),
    ["-", "Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Sở", "Văn phòng Sở",
     "Các phòng chuyên môn", "Năm 2025", "Tin, bài"],
    ["-", "Tuyên truyền cải cách hành chính qua nhóm Zalo của cơ quan", "Văn phòng Sở", "", "Năm 2025",
     "Tin nhắn, thông báo"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Năm 2025 (định kỳ hằng quý)", "Báo cáo quý, 6 tháng, năm"],
    _B7_x("II", "Cải cách thủ tục hành chính"),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hoạt động xây dựng", "Phòng Quản lý hoạt động xây dựng",
     "Văn phòng Sở", "Năm 2025", "Phương án đơn giản hóa"],
    ["2", "Giải quyết thủ tục hành chính qua dịch vụ công trực tuyến toàn trình", "Các phòng chuyên môn",
     "Trung tâm Phục vụ hành chính công tỉnh", "Năm 2025", "Tỷ lệ hồ sơ trực tuyến đạt trên 80%"],
    ["3", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng Sở", "Các phòng chuyên môn",
     "Năm 2025 (định kỳ 6 tháng)", "Quy trình nội bộ"],
    _B7_x("III", "Cải cách tổ chức bộ máy"),
    ["1", "Rà soát, điều chỉnh vị trí việc làm của Sở sau sắp xếp", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Năm 2025", "Đề án vị trí việc làm"],
    _B7_x("IV", "Cải cách chế độ công vụ"),
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức hằng tháng", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Năm 2025 (định kỳ hằng tháng)", "Kết quả đánh giá"],
    ["2", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Thanh tra Sở", "Văn phòng Sở", "Năm 2025",
     "Thông báo kết quả kiểm tra"],
    _B7_x("V", "Xây dựng chính quyền điện tử, chính quyền số"),
    ["1", "Sử dụng chữ ký số trong gửi, nhận văn bản điện tử", "Các phòng, đơn vị thuộc Sở", "Văn phòng Sở",
     "Thường xuyên", "Văn bản điện tử"],
    ["2", "Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản", "Phòng Quản lý nhà và thị trường bất động sản",
     "UBND các huyện, thành phố", "Năm 2025", "Cơ sở dữ liệu được cập nhật"],
]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2025 | 2025-12-31 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính
T I.2.a | Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Sở | Văn phòng Sở | Các phòng chuyên môn | Năm 2025 | 2025-12-31 | product=Tin, bài
T I.2.b | Tuyên truyền cải cách hành chính qua nhóm Zalo của cơ quan | Văn phòng Sở | | Năm 2025 | 2025-12-31 | product=Tin nhắn, thông báo
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2025 (định kỳ hằng quý) | periodic | product=Báo cáo quý, 6 tháng, năm
S II | Cải cách thủ tục hành chính
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hoạt động xây dựng | Phòng Quản lý hoạt động xây dựng | Văn phòng Sở | Năm 2025 | 2025-12-31 | product=Phương án đơn giản hóa
T II.2 | Giải quyết thủ tục hành chính qua dịch vụ công trực tuyến toàn trình | Các phòng chuyên môn | Trung tâm Phục vụ hành chính công tỉnh | Năm 2025 | 2025-12-31 | product=Tỷ lệ hồ sơ trực tuyến đạt trên 80%
T II.3 | Rà soát quy trình nội bộ giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng chuyên môn | Năm 2025 (định kỳ 6 tháng) | periodic | product=Quy trình nội bộ
S III | Cải cách tổ chức bộ máy
T III.1 | Rà soát, điều chỉnh vị trí việc làm của Sở sau sắp xếp | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2025 | 2025-12-31 | product=Đề án vị trí việc làm
S IV | Cải cách chế độ công vụ
T IV.1 | Đánh giá, xếp loại chất lượng công chức, viên chức hằng tháng | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2025 (định kỳ hằng tháng) | periodic | product=Kết quả đánh giá
T IV.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Thanh tra Sở | Văn phòng Sở | Năm 2025 | 2025-12-31 | product=Thông báo kết quả kiểm tra
S V | Xây dựng chính quyền điện tử, chính quyền số
T V.1 | Sử dụng chữ ký số trong gửi, nhận văn bản điện tử | Các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thường xuyên | continuous | product=Văn bản điện tử
T V.2 | Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản | Phòng Quản lý nhà và thị trường bất động sản | UBND các huyện, thành phố | Năm 2025 | 2025-12-31 | product=Cơ sở dữ liệu được cập nhật
""")


# H2. A district's sheet (UBND huyện Thạch Hà, Hà Tĩnh, 2024) typed by a clerk who does not wrap
# text: a long task title is CONTINUED ON THE NEXT PHYSICAL ROW, whose only filled cell is the task
# column (no number, no units, no deadline, no note); five tasks are split so, one of them after
# a comma, one in the middle of a collective's name ("… cơ quan chuyên môn và" / "UBND các xã, thị
# trấn năm 2024": words in the title column, not units). The continued title is the two texts
# joined by one space. Deadlines "T01/2024", "T10/2024" (a month written "T"), "Tháng 10-2024" (a
# hyphen between month and year), "Quý 3/2024", "Quý 4/2024" (Arabic quarters), "Hằng quý", "6
# tháng, năm", "Theo Kế hoạch của UBND tỉnh"; a "Ghi chú" column; supports joined by "," before
# "UBND …" and by ";".
def _B7_more(text):
    return ["", text, "", "", "", ""]


layout("b7-continuation-rows", ["xlsx", "csv"], [], [[
    ["PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND HUYỆN THẠCH HÀ", "<", "<", "<", "<", "<"],
    ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 và Kế hoạch tuyên truyền", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "T01/2024", ""],
    _B7_more("cải cách hành chính năm 2024 của UBND huyện"),
    ["2", "Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện", "Quý 3/2024", ""],
    _B7_more("UBND các xã, thị trấn năm 2024"),
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Phòng Nội vụ", "Các cơ quan, đơn vị", "Hằng quý",
     "Gửi Sở Nội vụ trước ngày 15 tháng cuối quý"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, đánh giá, đơn giản hóa thủ tục hành chính thuộc thẩm quyền", "Văn phòng HĐND và UBND huyện",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Tháng 10-2024", ""],
    _B7_more("giải quyết của UBND huyện, UBND cấp xã"),
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "Quý 4/2024", ""],
    ["3", "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến", "Bộ phận Một cửa huyện",
     "Huyện Đoàn; UBND các xã, thị trấn", "Thường xuyên", ""],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["1", "Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND huyện,", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Theo Kế hoạch của UBND tỉnh", ""],
    _B7_more("bảo đảm tinh gọn, hoạt động hiệu lực, hiệu quả"),
    ["2", "Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "Phòng Nội vụ",
     "Công an huyện, UBND các xã, thị trấn", "T10/2024", "Theo Nghị quyết của Ủy ban Thường vụ Quốc hội"],
    ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024", "Phòng Nội vụ",
     "Các cơ quan, đơn vị", "Tháng 12/2024", ""],
    ["2", "Tổ chức bồi dưỡng kiến thức, kỹ năng cho công chức làm việc tại Bộ phận", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện", "Quý 3/2024", ""],
    _B7_more("Một cửa huyện và cấp xã"),
    ["V", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1", "Công khai dự toán, quyết toán ngân sách huyện", "Phòng Tài chính - Kế hoạch", "", "6 tháng, năm", ""],
    ["VI", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<"],
    ["1", "Triển khai Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố", "Phòng Văn hóa và Thông tin",
     "UBND các xã, thị trấn", "Quý 4/2024", ""],
    ["2", "Sử dụng hệ thống quản lý văn bản và điều hành trong xử lý công việc", "Các cơ quan, đơn vị", "",
     "Thường xuyên", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 và Kế hoạch tuyên truyền cải cách hành chính năm 2024 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | T01/2024 | 2024-01-31 |
T I.2 | Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, thị trấn năm 2024 | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Quý 3/2024 | 2024-09-30 |
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Phòng Nội vụ | Các cơ quan, đơn vị | Hằng quý | periodic | note=Gửi Sở Nội vụ trước ngày 15 tháng cuối quý
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đánh giá, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện, UBND cấp xã | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện | Tháng 10-2024 | 2024-10-31 |
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Quý 4/2024 | 2024-12-31 |
T II.3 | Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến | Bộ phận Một cửa huyện | Huyện Đoàn; UBND các xã, thị trấn | Thường xuyên | continuous |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND huyện, bảo đảm tinh gọn, hoạt động hiệu lực, hiệu quả | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Theo Kế hoạch của UBND tỉnh | external |
T III.2 | Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 | Phòng Nội vụ | Công an huyện; UBND các xã, thị trấn | T10/2024 | 2024-10-31 | note=Theo Nghị quyết của Ủy ban Thường vụ Quốc hội
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 | Phòng Nội vụ | Các cơ quan, đơn vị | Tháng 12/2024 | 2024-12-31 |
T IV.2 | Tổ chức bồi dưỡng kiến thức, kỹ năng cho công chức làm việc tại Bộ phận Một cửa huyện và cấp xã | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Quý 3/2024 | 2024-09-30 |
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Công khai dự toán, quyết toán ngân sách huyện | Phòng Tài chính - Kế hoạch | | 6 tháng, năm | periodic |
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Triển khai Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố | Phòng Văn hóa và Thông tin | UBND các xã, thị trấn | Quý 4/2024 | 2024-12-31 |
T VI.2 | Sử dụng hệ thống quản lý văn bản và điều hành trong xử lý công việc | Các cơ quan, đơn vị | | Thường xuyên | continuous |
""", year=2024)


# H3. A department's Word annex (Sở Khoa học và Công nghệ tỉnh Quảng Trị, 2025) whose clerk writes
# each SECTION as "I. Công tác chỉ đạo, điều hành" — numeral, full stop and a title in ORDINARY
# CASE, NOT bold — in ONE CELL MERGED OVER THE NUMBER AND TASK COLUMNS ONLY; the unit, deadline and
# product cells of that row are empty and not merged. Tasks are numbered with the section's figure
# in front and a TRAILING FULL STOP ("1.1.", "1.2.", "2.1." …, no row "1", "2"); one heading
# "2.2." (no units) holds "2.2.1.", "2.2.2.". Deadlines "Tháng 01-2025", "Tháng 10-2025",
# "Tháng 11-2025" (hyphen), "Quý 1/2025", "Quý 3/2025", "Quý 4/2025" (Arabic quarters), "trước
# ngày 20/12/2025", "trước ngày 30/6/2025" (lower case).
def _B7_sec(text):
    return [text, "<", "", "", "", ""]


layout("b7-section-spans-number-title", ["docx", "xlsx"], [
    "UBND TỈNH QUẢNG TRỊ",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 06/KH-SKHCN ngày 13/01/2025 của Sở Khoa học và Công nghệ)",
], [[
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    _B7_sec("I. Công tác chỉ đạo, điều hành"),
    ["1.1.", "Xây dựng Kế hoạch cải cách hành chính năm 2025 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 01-2025", "Kế hoạch"],
    ["1.2.", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Thanh tra Sở",
     "Quý 3/2025", "Báo cáo kết quả kiểm tra"],
    ["1.3.", "Tổng kết, đánh giá kết quả thực hiện cải cách hành chính năm 2025", "Văn phòng Sở", "",
     "trước ngày 20/12/2025", "Báo cáo năm"],
    _B7_sec("II. Cải cách thủ tục hành chính"),
    ["2.1.", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng",
     "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Văn phòng Sở", "Tháng 10-2025", "Phương án đơn giản hóa"],
    ["2.2.", "Thực hiện cơ chế một cửa, một cửa liên thông", "", "", "", ""],
    ["2.2.1.", "Cử công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng Sở", "", "Thường xuyên",
     "Quyết định cử công chức"],
    ["2.2.2.", "Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng", "Các phòng chuyên môn thuộc Sở",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Tỷ lệ hồ sơ đúng hạn 100%"],
    _B7_sec("III. Cải cách tài chính công"),
    ["3.1.", "Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2025", "Văn phòng Sở", "Công đoàn cơ sở", "Quý 1/2025",
     "Quy chế"],
    ["3.2.", "Giao quyền tự chủ tài chính cho Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
     "Phòng Kế hoạch - Tài chính", "Sở Tài chính", "trước ngày 30/6/2025", "Quyết định giao tự chủ"],
    _B7_sec("IV. Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
    ["4.1.", "Duy trì hệ thống quản lý văn bản và điều hành", "Văn phòng Sở", "", "Thường xuyên", "Văn bản điện tử"],
    ["4.2.", "Số hóa kết quả giải quyết thủ tục hành chính", "Các phòng chuyên môn thuộc Sở", "Văn phòng Sở",
     "Tháng 11-2025", "Kết quả được số hóa"],
    ["4.3.", "Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ của tỉnh", "Phòng Quản lý khoa học",
     "Trung tâm Thông tin và Thống kê khoa học và công nghệ", "Quý 4/2025", "Cơ sở dữ liệu"],
]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01-2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Quý 3/2025 | 2025-09-30 | product=Báo cáo kết quả kiểm tra
T I.3 | Tổng kết, đánh giá kết quả thực hiện cải cách hành chính năm 2025 | Văn phòng Sở | | trước ngày 20/12/2025 | 2025-12-20 | product=Báo cáo năm
S II | Cải cách thủ tục hành chính
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng | Chi cục Tiêu chuẩn Đo lường Chất lượng | Văn phòng Sở | Tháng 10-2025 | 2025-10-31 | product=Phương án đơn giản hóa
H II.2 | Thực hiện cơ chế một cửa, một cửa liên thông
T II.2.1 | Cử công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh | Văn phòng Sở | | Thường xuyên | continuous | product=Quyết định cử công chức
T II.2.2 | Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng | Các phòng chuyên môn thuộc Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Tỷ lệ hồ sơ đúng hạn 100%
S III | Cải cách tài chính công
T III.1 | Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2025 | Văn phòng Sở | Công đoàn cơ sở | Quý 1/2025 | 2025-03-31 | product=Quy chế
T III.2 | Giao quyền tự chủ tài chính cho Trung tâm Ứng dụng tiến bộ khoa học và công nghệ | Phòng Kế hoạch - Tài chính | Sở Tài chính | trước ngày 30/6/2025 | 2025-06-30 | product=Quyết định giao tự chủ
S IV | Xây dựng và phát triển chính quyền điện tử, chính quyền số
T IV.1 | Duy trì hệ thống quản lý văn bản và điều hành | Văn phòng Sở | | Thường xuyên | continuous | product=Văn bản điện tử
T IV.2 | Số hóa kết quả giải quyết thủ tục hành chính | Các phòng chuyên môn thuộc Sở | Văn phòng Sở | Tháng 11-2025 | 2025-11-30 | product=Kết quả được số hóa
T IV.3 | Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ của tỉnh | Phòng Quản lý khoa học | Trung tâm Thông tin và Thống kê khoa học và công nghệ | Quý 4/2025 | 2025-12-31 | product=Cơ sở dữ liệu
""")


# H4. A department's Word annex (Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình, 2025) that assigns
# tasks to PEOPLE'S POSTS, not offices: the unit headers are "Đơn vị/cá nhân chủ trì" and "Đơn
# vị/cá nhân phối hợp" (a slash), the cells "Chánh Văn phòng", "Chánh Thanh tra", "Giám đốc Sở",
# "Phó Giám đốc Sở phụ trách tổ chức", "Trưởng phòng Quản lý du lịch", "Giám đốc Bảo tàng tỉnh",
# collectives of posts "Trưởng các phòng, đơn vị thuộc Sở", "Trưởng các phòng chuyên môn",
# "Cán bộ, công chức, viên chức của Sở", "Kế toán trưởng các đơn vị trực thuộc" (commas inside, one
# unit each). Two posts joined by "," ("Chánh Văn phòng, Chánh Thanh tra") and by "và" ("Chánh Văn
# phòng và Chánh Thanh tra") are two units; posts joined to a "Trưởng phòng …" by ";". The product
# column is headed "Sản phẩm dự kiến".
layout("b7-posts-as-units", ["docx", "csv"], [
    "UBND TỈNH NINH BÌNH",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "PHỤ LỤC",
    "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 14/KH-SVHTTDL ngày 16/01/2025 của Sở Văn hóa, Thể thao và Du lịch)",
], [[
    ["TT", "Nội dung nhiệm vụ", "Đơn vị/cá nhân chủ trì", "Đơn vị/cá nhân phối hợp", "Thời gian hoàn thành",
     "Sản phẩm dự kiến"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1", "Tham mưu Giám đốc Sở ban hành Kế hoạch cải cách hành chính năm 2025", "Chánh Văn phòng",
     "Trưởng các phòng, đơn vị thuộc Sở", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Kiểm tra công tác cải cách hành chính tại các đơn vị sự nghiệp trực thuộc", "Chánh Thanh tra",
     "Chánh Văn phòng", "Quý III/2025", "Thông báo kết quả kiểm tra"],
    ["3", "Chủ trì họp đánh giá kết quả thực hiện cải cách hành chính", "Giám đốc Sở",
     "Chánh Văn phòng, Chánh Thanh tra", "Định kỳ hằng quý", "Thông báo kết luận"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực du lịch, lữ hành", "Trưởng phòng Quản lý du lịch",
     "Chánh Văn phòng", "Quý II/2025", "Phương án đơn giản hóa"],
    ["2", "Giải quyết hồ sơ thủ tục hành chính lĩnh vực văn hóa, gia đình đúng hạn",
     "Trưởng phòng Quản lý văn hóa và Gia đình",
     "Công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Tỷ lệ hồ sơ đúng hạn 100%"],
    ["3", "Tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân về thủ tục hành chính", "Chánh Văn phòng",
     "Trưởng các phòng chuyên môn", "Khi có phản ánh, kiến nghị", "Văn bản trả lời"],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc Sở", "Phó Giám đốc Sở phụ trách tổ chức",
     "Chánh Văn phòng; Trưởng phòng Kế hoạch - Tài chính", "Theo chỉ đạo của UBND tỉnh", "Đề án sắp xếp"],
    ["2", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị", "Chánh Văn phòng và Chánh Thanh tra",
     "Trưởng các phòng, đơn vị thuộc Sở", "Quý IV/2025", "Báo cáo kiểm tra"],
    ["3", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025", "Giám đốc Sở", "Chánh Văn phòng",
     "Tháng 12/2025", "Kết quả đánh giá"],
    ["IV", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1", "Xây dựng dự toán ngân sách năm 2026 của Sở", "Trưởng phòng Kế hoạch - Tài chính",
     "Kế toán trưởng các đơn vị trực thuộc", "Tháng 7/2025", "Dự toán ngân sách"],
    ["2", "Công khai dự toán, quyết toán ngân sách của Sở", "Trưởng phòng Kế hoạch - Tài chính", "",
     "Định kỳ hằng năm", "Báo cáo công khai"],
    ["V", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<"],
    ["1", "Số hóa hồ sơ hiện vật, tư liệu di sản văn hóa", "Giám đốc Bảo tàng tỉnh",
     "Trưởng phòng Quản lý di sản văn hóa", "Năm 2025", "Dữ liệu số hóa"],
    ["2", "Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số", "Chánh Văn phòng",
     "Cán bộ, công chức, viên chức của Sở", "Thường xuyên", "Văn bản điện tử"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Tham mưu Giám đốc Sở ban hành Kế hoạch cải cách hành chính năm 2025 | Chánh Văn phòng | Trưởng các phòng, đơn vị thuộc Sở | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các đơn vị sự nghiệp trực thuộc | Chánh Thanh tra | Chánh Văn phòng | Quý III/2025 | 2025-09-30 | product=Thông báo kết quả kiểm tra
T I.3 | Chủ trì họp đánh giá kết quả thực hiện cải cách hành chính | Giám đốc Sở | Chánh Văn phòng; Chánh Thanh tra | Định kỳ hằng quý | periodic | product=Thông báo kết luận
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực du lịch, lữ hành | Trưởng phòng Quản lý du lịch | Chánh Văn phòng | Quý II/2025 | 2025-06-30 | product=Phương án đơn giản hóa
T II.2 | Giải quyết hồ sơ thủ tục hành chính lĩnh vực văn hóa, gia đình đúng hạn | Trưởng phòng Quản lý văn hóa và Gia đình | Công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Tỷ lệ hồ sơ đúng hạn 100%
T II.3 | Tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân về thủ tục hành chính | Chánh Văn phòng | Trưởng các phòng chuyên môn | Khi có phản ánh, kiến nghị | event | product=Văn bản trả lời
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ
T III.1 | Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc Sở | Phó Giám đốc Sở phụ trách tổ chức | Chánh Văn phòng; Trưởng phòng Kế hoạch - Tài chính | Theo chỉ đạo của UBND tỉnh | external | product=Đề án sắp xếp
T III.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị | Chánh Văn phòng; Chánh Thanh tra | Trưởng các phòng, đơn vị thuộc Sở | Quý IV/2025 | 2025-12-31 | product=Báo cáo kiểm tra
T III.3 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 | Giám đốc Sở | Chánh Văn phòng | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Xây dựng dự toán ngân sách năm 2026 của Sở | Trưởng phòng Kế hoạch - Tài chính | Kế toán trưởng các đơn vị trực thuộc | Tháng 7/2025 | 2025-07-31 | product=Dự toán ngân sách
T IV.2 | Công khai dự toán, quyết toán ngân sách của Sở | Trưởng phòng Kế hoạch - Tài chính | | Định kỳ hằng năm | periodic | product=Báo cáo công khai
S V | CHUYỂN ĐỔI SỐ
T V.1 | Số hóa hồ sơ hiện vật, tư liệu di sản văn hóa | Giám đốc Bảo tàng tỉnh | Trưởng phòng Quản lý di sản văn hóa | Năm 2025 | 2025-12-31 | product=Dữ liệu số hóa
T V.2 | Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số | Chánh Văn phòng | Cán bộ, công chức, viên chức của Sở | Thường xuyên | continuous | product=Văn bản điện tử
""")


# H5. The sheet of a project board (Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và
# công nghiệp tỉnh Quảng Trị, 2026) typed without merges: a LONG PREAMBLE in column A only, one
# line a row and NOT merged (the province, the board, the title, "(Kèm theo …)"), then the line
# "ĐVT: triệu đồng" also in column A (left, not over the budget column), and the HEADER ON ROW 6.
# Section rows "I" + title, the rest empty, not merged. Units are the board's own offices as
# ABBREVIATIONS WITH A SPACE after "P." ("P. TCHC", "P. KHTC", "P. KTTĐ", "P. ĐHDA1", "P. ĐHDA2"),
# kept as written; supports joined by "," between abbreviations ("P. KHTC, P. KTTĐ": two units) and
# before "VNPT …", by ";" before a collective. A budget column headed only "Kinh phí" with bare
# millions ("15", "120,5") or a dash "-" for none, a funding column "Nguồn kinh phí" with "-" for
# none, and a "Tổng cộng" row at the foot.
def _B7_pre(text):
    return [text, "", "", "", "", "", ""]


def _B7_roman(numeral, title):
    return [numeral, title, "", "", "", "", ""]


layout("b7-preamble-row6-dvt-left", ["xlsx", "csv"], [], [[
    _B7_pre("UBND TỈNH QUẢNG TRỊ"),
    _B7_pre("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH"),
    _B7_pre("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"),
    _B7_pre("(Kèm theo Kế hoạch số 07/KH-BQLDA ngày 09/01/2026 của Ban Quản lý dự án)"),
    _B7_pre("ĐVT: triệu đồng"),
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kinh phí",
     "Nguồn kinh phí"],
    _B7_roman("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Ban", "P. TCHC", "Các phòng chuyên môn",
     "Tháng 01/2026", "-", "-"],
    ["2", "Tuyên truyền cải cách hành chính, quy tắc ứng xử trong công tác đấu thầu", "P. TCHC", "P. KHTC, P. KTTĐ",
     "Quý 2/2026", "15", "Chi phí quản lý dự án"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "P. TCHC", "Các phòng chuyên môn", "Hằng quý", "-", "-"],
    _B7_roman("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    ["1", "Rà soát quy trình nội bộ thẩm định dự án, thiết kế, dự toán", "P. KTTĐ", "P. ĐHDA1; P. ĐHDA2",
     "Quý 1/2026", "-", "-"],
    ["2", "Thực hiện thanh toán vốn đầu tư qua Dịch vụ công trực tuyến của Kho bạc Nhà nước", "P. KHTC",
     "Kho bạc Nhà nước khu vực XI", "Thường xuyên", "-", "-"],
    _B7_roman("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
    ["1", "Sắp xếp, kiện toàn các phòng chuyên môn thuộc Ban sau hợp nhất", "P. TCHC", "Sở Nội vụ, Sở Xây dựng",
     "Quý 3/2026", "-", "-"],
    _B7_roman("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
    ["1", "Đánh giá, xếp loại viên chức, người lao động năm 2026", "P. TCHC", "Các phòng chuyên môn",
     "Tháng 12/2026", "-", "-"],
    ["2", "Cử viên chức tham gia bồi dưỡng nghiệp vụ đấu thầu, quản lý dự án", "P. TCHC", "P. KHTC",
     "Trong năm 2026", "80", "Chi phí quản lý dự án"],
    _B7_roman("V", "CẢI CÁCH TÀI CHÍNH CÔNG"),
    ["1", "Xây dựng Quy chế chi tiêu nội bộ năm 2026", "P. KHTC", "P. TCHC; Công đoàn cơ sở", "Quý 1/2026", "-",
     "-"],
    ["2", "Quyết toán chi phí quản lý dự án năm 2025", "P. KHTC", "Sở Tài chính", "trước ngày 31/3/2026", "-", "-"],
    _B7_roman("VI", "CHUYỂN ĐỔI SỐ"),
    ["1", "Triển khai phần mềm quản lý dự án đầu tư xây dựng", "P. KTTĐ", "P. ĐHDA1, P. ĐHDA2, VNPT Quảng Trị",
     "Tháng 9/2026", "450", "Ngân sách tỉnh"],
    ["2", "Số hóa hồ sơ quyết toán dự án hoàn thành", "P. KHTC", "P. TCHC", "Năm 2026", "120,5",
     "Chi phí quản lý dự án"],
    ["", "Tổng cộng", "", "", "", "665,5", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Ban | P. TCHC | Các phòng chuyên môn | Tháng 01/2026 | 2026-01-31 |
T I.2 | Tuyên truyền cải cách hành chính, quy tắc ứng xử trong công tác đấu thầu | P. TCHC | P. KHTC; P. KTTĐ | Quý 2/2026 | 2026-06-30 | budget=15000000 ; funding=Chi phí quản lý dự án
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | P. TCHC | Các phòng chuyên môn | Hằng quý | periodic |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát quy trình nội bộ thẩm định dự án, thiết kế, dự toán | P. KTTĐ | P. ĐHDA1; P. ĐHDA2 | Quý 1/2026 | 2026-03-31 |
T II.2 | Thực hiện thanh toán vốn đầu tư qua Dịch vụ công trực tuyến của Kho bạc Nhà nước | P. KHTC | Kho bạc Nhà nước khu vực XI | Thường xuyên | continuous |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp, kiện toàn các phòng chuyên môn thuộc Ban sau hợp nhất | P. TCHC | Sở Nội vụ; Sở Xây dựng | Quý 3/2026 | 2026-09-30 |
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại viên chức, người lao động năm 2026 | P. TCHC | Các phòng chuyên môn | Tháng 12/2026 | 2026-12-31 |
T IV.2 | Cử viên chức tham gia bồi dưỡng nghiệp vụ đấu thầu, quản lý dự án | P. TCHC | P. KHTC | Trong năm 2026 | 2026-12-31 | budget=80000000 ; funding=Chi phí quản lý dự án
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Xây dựng Quy chế chi tiêu nội bộ năm 2026 | P. KHTC | P. TCHC; Công đoàn cơ sở | Quý 1/2026 | 2026-03-31 |
T V.2 | Quyết toán chi phí quản lý dự án năm 2025 | P. KHTC | Sở Tài chính | trước ngày 31/3/2026 | 2026-03-31 |
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Triển khai phần mềm quản lý dự án đầu tư xây dựng | P. KTTĐ | P. ĐHDA1; P. ĐHDA2; VNPT Quảng Trị | Tháng 9/2026 | 2026-09-30 | budget=450000000 ; funding=Ngân sách tỉnh
T VI.2 | Số hóa hồ sơ quyết toán dự án hoàn thành | P. KHTC | P. TCHC | Năm 2026 | 2026-12-31 | budget=120500000 ; funding=Chi phí quản lý dự án
""", year=2026)


# H6. A CSV written for Excel (Sở Y tế tỉnh Cà Mau, 2026, after the merger of provinces) whose FIRST
# LINE is Excel's separator hint "sep=" (the writer pads it with the row's empty cells:
# "sep=;;;;;"), then the title row, then the header; ";" as separator, so the cells holding ";"
# are quoted. The lead cell "Văn phòng Sở; các phòng, đơn vị thuộc Sở" (twice) names two units, the
# second a collective written in lower case that was met before as "Các phòng, đơn vị thuộc Sở":
# one unit, written as first met. Deadlines with abbreviations: "T01/2026", "T3/2026", "T9/2026",
# "T10/2026" (month), "Q2/2026", "Q3/2026" (quarter), "Tháng 12-2026", "Năm 2026 (định kỳ hằng
# quý)", "Năm 2026 (định kỳ hằng tháng)", "Theo lộ trình của UBND tỉnh"; a "Ghi chú" column.
CSV_OPTIONS["b7-csv-sep-line"] = {"delimiter": ";"}
_B7_VP = "Văn phòng Sở; các phòng, đơn vị thuộc Sở"
layout("b7-csv-sep-line", ["csv"], [], [[
    ["sep=", "", "", "", "", ""],
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ Y TẾ TỈNH CÀ MAU", "<", "<", "<", "<", "<"],
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "T01/2026", ""],
    ["2", "Tuyên truyền cải cách hành chính, chuyển đổi số trong ngành y tế", _B7_VP, "Trung tâm Kiểm soát bệnh tật",
     "Năm 2026 (định kỳ hằng quý)", ""],
    ["3", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "T3/2026", "Theo hướng dẫn của Sở Nội vụ"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1", "Rà soát, chuẩn hóa thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh sau hợp nhất tỉnh", "Phòng Nghiệp vụ Y",
     "Văn phòng Sở", "Q2/2026", ""],
    ["2", "Cấp chứng chỉ hành nghề dược qua dịch vụ công trực tuyến toàn trình", "Phòng Nghiệp vụ Dược",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", ""],
    ["3", "Khảo sát mức độ hài lòng của người bệnh tại các cơ sở khám bệnh, chữa bệnh", "Phòng Nghiệp vụ Y",
     "Các bệnh viện, trung tâm y tế", "Q3/2026", ""],
    ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["1", "Sắp xếp các trung tâm y tế khu vực theo mô hình chính quyền địa phương hai cấp", "Phòng Tổ chức cán bộ",
     "Sở Nội vụ, UBND các xã, phường", "Theo lộ trình của UBND tỉnh", ""],
    ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1", "Tuyển dụng viên chức ngành y tế năm 2026", "Phòng Tổ chức cán bộ", "Các đơn vị trực thuộc", "T10/2026", ""],
    ["2", "Đánh giá, xếp loại chất lượng công chức, viên chức", _B7_VP, "", "Tháng 12-2026", ""],
    ["V", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "<", "<"],
    ["1", "Giao quyền tự chủ tài chính cho các bệnh viện tuyến tỉnh", "Phòng Kế hoạch - Tài chính", "Sở Tài chính",
     "Quý 1/2026", ""],
    ["VI", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<"],
    ["1", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "Phòng Nghiệp vụ Y", "Các bệnh viện tuyến tỉnh",
     "T9/2026", "Theo lộ trình của Bộ Y tế"],
    ["2", "Kết nối dữ liệu giấy chứng sinh, giấy báo tử với ứng dụng VNeID", "Phòng Nghiệp vụ Y", "Công an tỉnh",
     "Năm 2026 (định kỳ hằng tháng)", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | T01/2026 | 2026-01-31 |
T I.2 | Tuyên truyền cải cách hành chính, chuyển đổi số trong ngành y tế | Văn phòng Sở; Các phòng, đơn vị thuộc Sở | Trung tâm Kiểm soát bệnh tật | Năm 2026 (định kỳ hằng quý) | periodic |
T I.3 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | T3/2026 | 2026-03-31 | note=Theo hướng dẫn của Sở Nội vụ
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, chuẩn hóa thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh sau hợp nhất tỉnh | Phòng Nghiệp vụ Y | Văn phòng Sở | Q2/2026 | 2026-06-30 |
T II.2 | Cấp chứng chỉ hành nghề dược qua dịch vụ công trực tuyến toàn trình | Phòng Nghiệp vụ Dược | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
T II.3 | Khảo sát mức độ hài lòng của người bệnh tại các cơ sở khám bệnh, chữa bệnh | Phòng Nghiệp vụ Y | Các bệnh viện, trung tâm y tế | Q3/2026 | 2026-09-30 |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp các trung tâm y tế khu vực theo mô hình chính quyền địa phương hai cấp | Phòng Tổ chức cán bộ | Sở Nội vụ; UBND các xã, phường | Theo lộ trình của UBND tỉnh | external |
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Tuyển dụng viên chức ngành y tế năm 2026 | Phòng Tổ chức cán bộ | Các đơn vị trực thuộc | T10/2026 | 2026-10-31 |
T IV.2 | Đánh giá, xếp loại chất lượng công chức, viên chức | Văn phòng Sở; Các phòng, đơn vị thuộc Sở | | Tháng 12-2026 | 2026-12-31 |
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Giao quyền tự chủ tài chính cho các bệnh viện tuyến tỉnh | Phòng Kế hoạch - Tài chính | Sở Tài chính | Quý 1/2026 | 2026-03-31 |
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh | Phòng Nghiệp vụ Y | Các bệnh viện tuyến tỉnh | T9/2026 | 2026-09-30 | note=Theo lộ trình của Bộ Y tế
T VI.2 | Kết nối dữ liệu giấy chứng sinh, giấy báo tử với ứng dụng VNeID | Phòng Nghiệp vụ Y | Công an tỉnh | Năm 2026 (định kỳ hằng tháng) | periodic |
""", year=2026)


# H7. A city's Word annex (UBND thành phố Hội An, Quảng Nam, 2025) split into PARTS WRITTEN AS
# PARAGRAPHS between two tables: "A. NHIỆM VỤ TRỌNG TÂM" above the first table and "B. NHIỆM VỤ
# THƯỜNG XUYÊN" above the second; each table repeats the header and numbers its Roman sections from
# I again (merged across). Sections are A.I, A.II, B.I …; the parts themselves are no sections. A
# lead "Văn phòng HĐND và UBND thành phố, các phòng, ban thuộc UBND thành phố" (two units: the
# collective, with a comma of its own, after ", các …"; written as first met, "Các phòng, ban …");
# a support "Văn phòng HĐND và UBND thành phố, Phòng Tư pháp". Deadlines "Tháng 10-2025", "Quý
# 3/2025", "Quý 4/2025", "trước ngày 20/12/2025", "T8/2025", "Năm 2025 (định kỳ hằng quý)".
_B7_H7 = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"]
_B7_PB = "Các phòng, ban thuộc UBND thành phố"
layout("b7-docx-parts-paragraphs", ["docx"], [
    "UBND THÀNH PHỐ HỘI AN",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND thành phố Hội An)",
], [
    "A. NHIỆM VỤ TRỌNG TÂM",
    [
        list(_B7_H7),
        ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
        ["1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện",
         "Văn phòng HĐND và UBND thành phố", _B7_PB + "; UBND các phường, xã", "Quý 3/2025",
         "Danh mục dịch vụ công trực tuyến toàn trình"],
        ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
         "Văn phòng HĐND và UBND thành phố, các phòng, ban thuộc UBND thành phố", "UBND các phường, xã",
         "Tháng 10-2025", "Kết quả được số hóa"],
        ["II", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<"],
        ["1", "Triển khai mô hình \"Phố cổ số\" hỗ trợ du khách thanh toán không dùng tiền mặt",
         "Phòng Văn hóa và Thông tin", "Trung tâm Quản lý bảo tồn di sản văn hóa Hội An; UBND phường Minh An",
         "Quý 4/2025", "Mô hình được triển khai"],
        ["2", "Vận hành Trung tâm điều hành thông minh thành phố", "Phòng Văn hóa và Thông tin", "Công an thành phố",
         "Thường xuyên", "Báo cáo vận hành"],
    ],
    "B. NHIỆM VỤ THƯỜNG XUYÊN",
    [
        list(_B7_H7),
        ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
        ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND thành phố", "Phòng Nội vụ", _B7_PB,
         "Tháng 01/2025", "Kế hoạch"],
        ["2", "Báo cáo kết quả thực hiện cải cách hành chính", "Phòng Nội vụ", _B7_PB + "; UBND các phường, xã",
         "Năm 2025 (định kỳ hằng quý)", "Báo cáo"],
        ["3", "Kiểm tra công tác cải cách hành chính tại UBND các phường, xã", "Phòng Nội vụ",
         "Văn phòng HĐND và UBND thành phố, Phòng Tư pháp", "Quý 4/2025", "Thông báo kết quả kiểm tra"],
        ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<"],
        ["1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND thành phố ban hành", "Phòng Tư pháp", _B7_PB,
         "trước ngày 20/12/2025", "Báo cáo rà soát"],
        ["III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
        ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức", "Phòng Nội vụ", "Các cơ quan, đơn vị",
         "Tháng 12/2025", "Kết quả đánh giá"],
        ["2", "Tuyển dụng viên chức sự nghiệp giáo dục năm 2025", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo",
         "T8/2025", "Quyết định tuyển dụng"],
    ],
], """
S A.I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T A.I.1 | Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện | Văn phòng HĐND và UBND thành phố | Các phòng, ban thuộc UBND thành phố; UBND các phường, xã | Quý 3/2025 | 2025-09-30 | product=Danh mục dịch vụ công trực tuyến toàn trình
T A.I.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND thành phố; Các phòng, ban thuộc UBND thành phố | UBND các phường, xã | Tháng 10-2025 | 2025-10-31 | product=Kết quả được số hóa
S A.II | CHUYỂN ĐỔI SỐ
T A.II.1 | Triển khai mô hình "Phố cổ số" hỗ trợ du khách thanh toán không dùng tiền mặt | Phòng Văn hóa và Thông tin | Trung tâm Quản lý bảo tồn di sản văn hóa Hội An; UBND phường Minh An | Quý 4/2025 | 2025-12-31 | product=Mô hình được triển khai
T A.II.2 | Vận hành Trung tâm điều hành thông minh thành phố | Phòng Văn hóa và Thông tin | Công an thành phố | Thường xuyên | continuous | product=Báo cáo vận hành
S B.I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T B.I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND thành phố | Phòng Nội vụ | Các phòng, ban thuộc UBND thành phố | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T B.I.2 | Báo cáo kết quả thực hiện cải cách hành chính | Phòng Nội vụ | Các phòng, ban thuộc UBND thành phố; UBND các phường, xã | Năm 2025 (định kỳ hằng quý) | periodic | product=Báo cáo
T B.I.3 | Kiểm tra công tác cải cách hành chính tại UBND các phường, xã | Phòng Nội vụ | Văn phòng HĐND và UBND thành phố; Phòng Tư pháp | Quý 4/2025 | 2025-12-31 | product=Thông báo kết quả kiểm tra
S B.II | CẢI CÁCH THỂ CHẾ
T B.II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND thành phố ban hành | Phòng Tư pháp | Các phòng, ban thuộc UBND thành phố | trước ngày 20/12/2025 | 2025-12-20 | product=Báo cáo rà soát
S B.III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T B.III.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức | Phòng Nội vụ | Các cơ quan, đơn vị | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
T B.III.2 | Tuyển dụng viên chức sự nghiệp giáo dục năm 2025 | Phòng Nội vụ | Phòng Giáo dục và Đào tạo | T8/2025 | 2025-08-31 | product=Quyết định tuyển dụng
""")


# H8. A district's annex (UBND huyện Mỏ Cày Nam, Bến Tre, 2025), in Word and as the sheet it was
# drafted in, numbered with SLASHES as Vietnamese typists often do: sections "I/", "II/" (merged
# across), tasks "1/", "2/", items "a/", "b/", "c/" under numbered rows with no unit (headings,
# their cells empty and not merged). The lead column is headed "Đơn vị thực hiện" beside "Đơn vị
# phối hợp", the product "Kết quả"; the deadline column "Thời gian" says "Năm 2025" on nearly every
# row (due at the end of the year), "Thường xuyên" on two.
layout("b7-slash-numbering", ["docx", "xlsx"], [
    "UBND HUYỆN MỎ CÀY NAM",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 20/KH-UBND ngày 15/01/2025 của UBND huyện Mỏ Cày Nam)",
], [[
    ["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Kết quả"],
    ["I/", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
    ["1/", "Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Năm 2025", "Kế hoạch"],
    ["2/", "Tuyên truyền cải cách hành chính", "", "", "", ""],
    ["a/", "Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội", "Phòng Văn hóa và Thông tin",
     "Phòng Nội vụ", "Năm 2025", "Tin, bài"],
    ["b/", "Tổ chức Hội thi tìm hiểu cải cách hành chính dành cho đoàn viên, thanh niên", "Phòng Nội vụ",
     "Huyện Đoàn; Liên đoàn Lao động huyện", "Năm 2025", "Hội thi"],
    ["II/", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<"],
    ["1/", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng HĐND và UBND huyện",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Năm 2025", "Phương án đơn giản hóa"],
    ["2/", "Thực hiện cơ chế một cửa, một cửa liên thông", "", "", "", ""],
    ["a/", "Giải quyết hồ sơ thủ tục hành chính đúng hạn, xin lỗi người dân khi trễ hạn",
     "Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn", "Thường xuyên",
     "Tỷ lệ hồ sơ đúng hạn trên 98%"],
    ["b/", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "Năm 2025", "Kết quả được số hóa"],
    ["c/", "Thu phí, lệ phí giải quyết thủ tục hành chính không dùng tiền mặt", "Phòng Tài chính - Kế hoạch",
     "Bưu điện huyện", "Năm 2025", "Biên lai điện tử"],
    ["III/", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["1/", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc UBND huyện", "Phòng Nội vụ",
     "Phòng Tài chính - Kế hoạch", "Năm 2025", "Đề án sắp xếp"],
    ["IV/", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "<", "<", "<", "<"],
    ["1/", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức", "Phòng Nội vụ", "Các cơ quan, đơn vị",
     "Năm 2025", "Kết quả đánh giá"],
    ["2/", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Phòng Nội vụ", "Thanh tra huyện", "Năm 2025",
     "Thông báo kết quả kiểm tra"],
    ["V/", "XÂY DỰNG CHÍNH QUYỀN SỐ", "<", "<", "<", "<"],
    ["1/", "Sử dụng chữ ký số, văn bản điện tử trong xử lý công việc", "Các cơ quan, đơn vị",
     "Phòng Văn hóa và Thông tin", "Thường xuyên", "Văn bản điện tử"],
    ["2/", "Duy trì hoạt động Tổ công nghệ số cộng đồng", "UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin",
     "Năm 2025", "Tổ công nghệ số"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Năm 2025 | 2025-12-31 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính
T I.2.a | Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội | Phòng Văn hóa và Thông tin | Phòng Nội vụ | Năm 2025 | 2025-12-31 | product=Tin, bài
T I.2.b | Tổ chức Hội thi tìm hiểu cải cách hành chính dành cho đoàn viên, thanh niên | Phòng Nội vụ | Huyện Đoàn; Liên đoàn Lao động huyện | Năm 2025 | 2025-12-31 | product=Hội thi
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính nội bộ | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện | Năm 2025 | 2025-12-31 | product=Phương án đơn giản hóa
H II.2 | Thực hiện cơ chế một cửa, một cửa liên thông
T II.2.a | Giải quyết hồ sơ thủ tục hành chính đúng hạn, xin lỗi người dân khi trễ hạn | Các cơ quan chuyên môn thuộc UBND huyện | UBND các xã, thị trấn | Thường xuyên | continuous | product=Tỷ lệ hồ sơ đúng hạn trên 98%
T II.2.b | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Năm 2025 | 2025-12-31 | product=Kết quả được số hóa
T II.2.c | Thu phí, lệ phí giải quyết thủ tục hành chính không dùng tiền mặt | Phòng Tài chính - Kế hoạch | Bưu điện huyện | Năm 2025 | 2025-12-31 | product=Biên lai điện tử
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc UBND huyện | Phòng Nội vụ | Phòng Tài chính - Kế hoạch | Năm 2025 | 2025-12-31 | product=Đề án sắp xếp
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức | Phòng Nội vụ | Các cơ quan, đơn vị | Năm 2025 | 2025-12-31 | product=Kết quả đánh giá
T IV.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Phòng Nội vụ | Thanh tra huyện | Năm 2025 | 2025-12-31 | product=Thông báo kết quả kiểm tra
S V | XÂY DỰNG CHÍNH QUYỀN SỐ
T V.1 | Sử dụng chữ ký số, văn bản điện tử trong xử lý công việc | Các cơ quan, đơn vị | Phòng Văn hóa và Thông tin | Thường xuyên | continuous | product=Văn bản điện tử
T V.2 | Duy trì hoạt động Tổ công nghệ số cộng đồng | UBND các xã, thị trấn | Phòng Văn hóa và Thông tin | Năm 2025 | 2025-12-31 | product=Tổ công nghệ số
""")


# An eighth batch written blind by a second hand: four plain annexes (each read right at once)
# and four habits. One is not read yet (NOT_YET): a matrix of offices marked "CT"/"PH" instead
# of lead and support columns.

def _B8_span(number, title, width):
    """A section row: the numeral, then its title merged across the rest of the row."""
    return [number, title] + ["<"] * (width - 2)


# B8-P1. A plain annex of a provincial committee's office (Ban Dân tộc tỉnh Sơn La, 2024): the
# standard six columns, all seven areas as Roman rows merged across. The one habit: the clerk
# numbers each task with its SECTION'S NUMERAL IN FRONT, "I.1", "I.2", "II.1" … "VII.2", in the STT
# column, on rows that HAVE a lead (so they are tasks, not the group headings "II.1" of a corpus
# layout). "I.1" in section I is I.1.
layout("b8-plain-roman-prefixed-task-numbers", ["docx", "xlsx"], [
    "UBND TỈNH SƠN LA",
    "BAN DÂN TỘC",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA BAN DÂN TỘC",
    "(Kèm theo Kế hoạch số 07/KH-BDT ngày 10/01/2024 của Ban Dân tộc tỉnh Sơn La)",
], [[
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    _B8_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["I.1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Ban Dân tộc", "Văn phòng Ban",
     "Các phòng thuộc Ban", "Tháng 01/2024", "Kế hoạch"],
    ["I.2", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Ban", "Văn phòng Ban",
     "Phòng Tuyên truyền và Địa bàn", "Hằng quý", "Tin, bài"],
    ["I.3", "Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm", "Văn phòng Ban",
     "Các phòng thuộc Ban", "Định kỳ hằng quý", "Báo cáo"],
    _B8_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["II.1", "Rà soát văn bản quy phạm pháp luật về chính sách dân tộc do HĐND, UBND tỉnh ban hành",
     "Thanh tra Ban", "Phòng Chính sách dân tộc", "Quý II/2024", "Báo cáo rà soát"],
    ["II.2", "Tham mưu Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Dân tộc",
     "Văn phòng Ban", "Sở Nội vụ, Sở Tư pháp", "Quý III/2024", "Quyết định của UBND tỉnh"],
    _B8_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["III.1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của Ban", "Văn phòng Ban",
     "Phòng Chính sách dân tộc", "Trước 30/6/2024", "Phương án đơn giản hóa"],
    ["III.2", "Giải quyết thủ tục hành chính thuộc thẩm quyền của Ban qua dịch vụ công trực tuyến",
     "Phòng Chính sách dân tộc", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Hồ sơ trực tuyến"],
    _B8_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", 6),
    ["IV.1", "Rà soát, điều chỉnh vị trí việc làm, cơ cấu ngạch công chức của Ban", "Văn phòng Ban",
     "Các phòng thuộc Ban", "Quý III/2024", "Đề án vị trí việc làm"],
    _B8_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["V.1", "Đánh giá, xếp loại chất lượng công chức năm 2024", "Văn phòng Ban", "Các phòng thuộc Ban",
     "Tháng 12/2024", "Kết quả đánh giá"],
    ["V.2", "Cử công chức tham gia bồi dưỡng kiến thức công tác dân tộc", "Văn phòng Ban", "",
     "Theo Kế hoạch của Ủy ban Dân tộc", "Quyết định cử công chức"],
    _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["VI.1", "Xây dựng Quy chế chi tiêu nội bộ năm 2024", "Văn phòng Ban", "Công đoàn cơ sở", "Quý I/2024", "Quy chế"],
    ["VI.2", "Công khai dự toán, quyết toán ngân sách của Ban", "Văn phòng Ban", "", "Năm 2024",
     "Báo cáo công khai"],
    _B8_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 6),
    ["VII.1", "Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc",
     "Các phòng thuộc Ban", "Văn phòng Ban", "Thường xuyên", "Văn bản điện tử"],
    ["VII.2", "Cập nhật cơ sở dữ liệu về công tác dân tộc của tỉnh", "Phòng Kế hoạch - Tổng hợp",
     "Sở Thông tin và Truyền thông", "Quý IV/2024", "Cơ sở dữ liệu được cập nhật"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của Ban Dân tộc | Văn phòng Ban | Các phòng thuộc Ban | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Ban | Văn phòng Ban | Phòng Tuyên truyền và Địa bàn | Hằng quý | periodic | product=Tin, bài
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm | Văn phòng Ban | Các phòng thuộc Ban | Định kỳ hằng quý | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật về chính sách dân tộc do HĐND, UBND tỉnh ban hành | Thanh tra Ban | Phòng Chính sách dân tộc | Quý II/2024 | 2024-06-30 | product=Báo cáo rà soát
T II.2 | Tham mưu Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Dân tộc | Văn phòng Ban | Sở Nội vụ; Sở Tư pháp | Quý III/2024 | 2024-09-30 | product=Quyết định của UBND tỉnh
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của Ban | Văn phòng Ban | Phòng Chính sách dân tộc | Trước 30/6/2024 | 2024-06-30 | product=Phương án đơn giản hóa
T III.2 | Giải quyết thủ tục hành chính thuộc thẩm quyền của Ban qua dịch vụ công trực tuyến | Phòng Chính sách dân tộc | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Hồ sơ trực tuyến
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Rà soát, điều chỉnh vị trí việc làm, cơ cấu ngạch công chức của Ban | Văn phòng Ban | Các phòng thuộc Ban | Quý III/2024 | 2024-09-30 | product=Đề án vị trí việc làm
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức năm 2024 | Văn phòng Ban | Các phòng thuộc Ban | Tháng 12/2024 | 2024-12-31 | product=Kết quả đánh giá
T V.2 | Cử công chức tham gia bồi dưỡng kiến thức công tác dân tộc | Văn phòng Ban | | Theo Kế hoạch của Ủy ban Dân tộc | external | product=Quyết định cử công chức
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng Quy chế chi tiêu nội bộ năm 2024 | Văn phòng Ban | Công đoàn cơ sở | Quý I/2024 | 2024-03-31 | product=Quy chế
T VI.2 | Công khai dự toán, quyết toán ngân sách của Ban | Văn phòng Ban | | Năm 2024 | 2024-12-31 | product=Báo cáo công khai
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc | Các phòng thuộc Ban | Văn phòng Ban | Thường xuyên | continuous | product=Văn bản điện tử
T VII.2 | Cập nhật cơ sở dữ liệu về công tác dân tộc của tỉnh | Phòng Kế hoạch - Tổng hợp | Sở Thông tin và Truyền thông | Quý IV/2024 | 2024-12-31 | product=Cơ sở dữ liệu được cập nhật
""", year=2024)


# B8-P2. A plain town annex (UBND thị xã Phú Mỹ, Bà Rịa - Vũng Tàu, 2025) sent as a Word file that
# STARTS WITH THE TABLE: the annex's title and its "(Kèm theo …)" line are the first two ROWS OF
# THE WORD TABLE, merged across (no paragraph above), and the header row is typed IN CAPITALS and
# bold ("STT | NỘI DUNG NHIỆM VỤ | ĐƠN VỊ CHỦ TRÌ | ĐƠN VỊ PHỐI HỢP | THỜI GIAN HOÀN THÀNH | SẢN
# PHẨM"). The title row holds the words "NHIỆM VỤ" and "CẢI CÁCH HÀNH CHÍNH" but is no header and
# no section. Otherwise the standard table: seven areas merged across, tasks 1, 2 …; a support
# list joined by "," before "Phòng …".
layout("b8-plain-caps-header-title-rows-in-table", ["docx", "csv"], [], [[
    ["PHỤ LỤC: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND THỊ XÃ PHÚ MỸ", "<", "<", "<", "<", "<"],
    ["(Kèm theo Kế hoạch số 14/KH-UBND ngày 13/01/2025 của UBND thị xã Phú Mỹ)", "<", "<", "<", "<", "<"],
    ["**STT", "**NỘI DUNG NHIỆM VỤ", "**ĐƠN VỊ CHỦ TRÌ", "**ĐƠN VỊ PHỐI HỢP", "**THỜI GIAN HOÀN THÀNH", "**SẢN PHẨM"],
    _B8_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND thị xã", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND thị xã", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các phường, xã", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND thị xã, Phòng Tư pháp", "Quý III/2025", "Thông báo kết quả kiểm tra"],
    _B8_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thị xã ban hành", "Phòng Tư pháp",
     "Các cơ quan chuyên môn thuộc UBND thị xã", "Quý II/2025", "Báo cáo rà soát"],
    ["2", "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính", "Phòng Tư pháp", "Công an thị xã",
     "Tháng 11/2025", "Báo cáo"],
    _B8_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Công bố, công khai thủ tục hành chính tại Bộ phận Một cửa thị xã và cấp xã", "Văn phòng HĐND và UBND thị xã",
     "UBND các phường, xã", "Thường xuyên", "Thủ tục hành chính được công khai"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND thị xã",
     "UBND các phường, xã", "Năm 2025", "Kết quả được số hóa"],
    ["3", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND thị xã", "Quý IV/2025", "Báo cáo khảo sát"],
    _B8_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", 6),
    ["1", "Sắp xếp, kiện toàn các cơ quan chuyên môn thuộc UBND thị xã", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND thị xã", "Theo chỉ đạo của UBND tỉnh", "Quyết định kiện toàn"],
    _B8_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025", "Phòng Nội vụ", "Các cơ quan, đơn vị",
     "Tháng 12/2025", "Kết quả đánh giá"],
    ["2", "Tuyển dụng viên chức sự nghiệp giáo dục", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo", "Quý III/2025",
     "Quyết định tuyển dụng"],
    _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập thuộc thị xã", "Phòng Tài chính - Kế hoạch",
     "Phòng Nội vụ", "Quý I/2025", "Quyết định giao tự chủ"],
    _B8_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 6),
    ["1", "Duy trì hoạt động Tổ công nghệ số cộng đồng tại các khu phố, ấp", "UBND các phường, xã",
     "Phòng Văn hóa và Thông tin", "Thường xuyên", "Tổ công nghệ số"],
    ["2", "Sử dụng chữ ký số, văn bản điện tử trong gửi, nhận văn bản", "Các cơ quan, đơn vị",
     "Phòng Văn hóa và Thông tin", "Thường xuyên", "Văn bản điện tử"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND thị xã | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND thị xã | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các phường, xã | Phòng Nội vụ | Văn phòng HĐND và UBND thị xã; Phòng Tư pháp | Quý III/2025 | 2025-09-30 | product=Thông báo kết quả kiểm tra
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thị xã ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND thị xã | Quý II/2025 | 2025-06-30 | product=Báo cáo rà soát
T II.2 | Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính | Phòng Tư pháp | Công an thị xã | Tháng 11/2025 | 2025-11-30 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Công bố, công khai thủ tục hành chính tại Bộ phận Một cửa thị xã và cấp xã | Văn phòng HĐND và UBND thị xã | UBND các phường, xã | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T III.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND thị xã | UBND các phường, xã | Năm 2025 | 2025-12-31 | product=Kết quả được số hóa
T III.3 | Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính | Phòng Nội vụ | Văn phòng HĐND và UBND thị xã | Quý IV/2025 | 2025-12-31 | product=Báo cáo khảo sát
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Sắp xếp, kiện toàn các cơ quan chuyên môn thuộc UBND thị xã | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND thị xã | Theo chỉ đạo của UBND tỉnh | external | product=Quyết định kiện toàn
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025 | Phòng Nội vụ | Các cơ quan, đơn vị | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
T V.2 | Tuyển dụng viên chức sự nghiệp giáo dục | Phòng Nội vụ | Phòng Giáo dục và Đào tạo | Quý III/2025 | 2025-09-30 | product=Quyết định tuyển dụng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập thuộc thị xã | Phòng Tài chính - Kế hoạch | Phòng Nội vụ | Quý I/2025 | 2025-03-31 | product=Quyết định giao tự chủ
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Duy trì hoạt động Tổ công nghệ số cộng đồng tại các khu phố, ấp | UBND các phường, xã | Phòng Văn hóa và Thông tin | Thường xuyên | continuous | product=Tổ công nghệ số
T VII.2 | Sử dụng chữ ký số, văn bản điện tử trong gửi, nhận văn bản | Các cơ quan, đơn vị | Phòng Văn hóa và Thông tin | Thường xuyên | continuous | product=Văn bản điện tử
""")


# B8-P3. A plain department sheet (Sở Tài nguyên và Môi trường tỉnh Lào Cai, 2024) with a budget
# column "Kinh phí (đồng)" and a funding column "Nguồn kinh phí". The one habit: the sums are
# written as an ENGLISH-LOCALE Excel shows them, with COMMAS AS THOUSANDS SEPARATORS
# ("20,000,000", "45,500,000", "1,200,000,000"); each has two or more groups of three figures, so
# the comma is no decimal comma: 45,500,000 is forty-five and a half million đồng. The CSV is
# written with "," as separator, so these cells are quoted. A title row merged above the header;
# two supports joined by "," before "Sở …", two by ";".
layout("b8-plain-budget-comma-thousands", ["xlsx", "csv"], [], [[
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÀO CAI", "<", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kinh phí (đồng)",
     "Nguồn kinh phí"],
    _B8_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2024", "", ""],
    ["2", "Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử của Sở", "Văn phòng Sở",
     "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Hằng quý", "20,000,000", "Ngân sách tỉnh"],
    ["3", "Kiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc", "Văn phòng Sở", "Thanh tra Sở",
     "Quý III/2024", "15,000,000", "Chi thường xuyên của Sở"],
    _B8_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Rà soát văn bản quy phạm pháp luật lĩnh vực tài nguyên và môi trường do UBND tỉnh ban hành",
     "Thanh tra Sở", "Các phòng chuyên môn", "Quý II/2024", "10,000,000", "Ngân sách tỉnh"],
    ["2", "Tham mưu ban hành Quyết định điều chỉnh Bảng giá đất trên địa bàn tỉnh", "Chi cục Quản lý đất đai",
     "Sở Tài chính, Sở Tư pháp", "Quý IV/2024", "1,200,000,000", "Ngân sách tỉnh"],
    _B8_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường", "Văn phòng Sở",
     "Chi cục Quản lý đất đai; Chi cục Bảo vệ môi trường", "Quý II/2024", "", ""],
    ["2", "Giải quyết thủ tục hành chính đúng hạn, không để tồn đọng hồ sơ", "Văn phòng Đăng ký đất đai",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "", ""],
    ["3", "Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính của Sở",
     "Văn phòng Sở", "", "Quý IV/2024", "45,500,000", "Chi thường xuyên của Sở"],
    _B8_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", 7),
    ["1", "Kiện toàn tổ chức bộ máy Văn phòng Đăng ký đất đai", "Văn phòng Sở", "Sở Nội vụ", "Quý III/2024", "", ""],
    _B8_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 12/2024", "", ""],
    _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Giao quyền tự chủ tài chính cho Trung tâm Quan trắc tài nguyên và môi trường", "Văn phòng Sở",
     "Sở Tài chính", "Quý I/2024", "", ""],
    _B8_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 7),
    ["1", "Xây dựng cơ sở dữ liệu đất đai tỉnh Lào Cai", "Văn phòng Đăng ký đất đai",
     "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Năm 2024 - 2025", "2,500,000,000", "Ngân sách tỉnh"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Năm 2024", "120,000,000", "Ngân sách tỉnh"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2024 | 2024-01-31 |
T I.2 | Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử của Sở | Văn phòng Sở | Trung tâm Công nghệ thông tin tài nguyên và môi trường | Hằng quý | periodic | budget=20000000 ; funding=Ngân sách tỉnh
T I.3 | Kiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc | Văn phòng Sở | Thanh tra Sở | Quý III/2024 | 2024-09-30 | budget=15000000 ; funding=Chi thường xuyên của Sở
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực tài nguyên và môi trường do UBND tỉnh ban hành | Thanh tra Sở | Các phòng chuyên môn | Quý II/2024 | 2024-06-30 | budget=10000000 ; funding=Ngân sách tỉnh
T II.2 | Tham mưu ban hành Quyết định điều chỉnh Bảng giá đất trên địa bàn tỉnh | Chi cục Quản lý đất đai | Sở Tài chính; Sở Tư pháp | Quý IV/2024 | 2024-12-31 | budget=1200000000 ; funding=Ngân sách tỉnh
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường | Văn phòng Sở | Chi cục Quản lý đất đai; Chi cục Bảo vệ môi trường | Quý II/2024 | 2024-06-30 |
T III.2 | Giải quyết thủ tục hành chính đúng hạn, không để tồn đọng hồ sơ | Văn phòng Đăng ký đất đai | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
T III.3 | Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính của Sở | Văn phòng Sở | | Quý IV/2024 | 2024-12-31 | budget=45500000 ; funding=Chi thường xuyên của Sở
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Kiện toàn tổ chức bộ máy Văn phòng Đăng ký đất đai | Văn phòng Sở | Sở Nội vụ | Quý III/2024 | 2024-09-30 |
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2024 | 2024-12-31 |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho Trung tâm Quan trắc tài nguyên và môi trường | Văn phòng Sở | Sở Tài chính | Quý I/2024 | 2024-03-31 |
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Xây dựng cơ sở dữ liệu đất đai tỉnh Lào Cai | Văn phòng Đăng ký đất đai | Trung tâm Công nghệ thông tin tài nguyên và môi trường | Năm 2024 - 2025 | 2025-12-31 | budget=2500000000 ; funding=Ngân sách tỉnh
T VII.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2024 | 2024-12-31 | budget=120000000 ; funding=Ngân sách tỉnh
""", year=2024)


# B8-P4. A plain ward annex (UBND phường Hải Châu, thành phố Đà Nẵng, 2026, after the two-level
# reform), the standard six columns and seven areas. The one habit: the clerk writes dates WITH
# FULL STOPS, "31.01.2026", "30.6.2026", "Trước 30.9.2026", "15.12.2026" (day.month.year, as on a
# stamp), beside ordinary wordings ("Định kỳ hằng quý", "Thường xuyên", "Hằng tháng", "Theo Kế
# hoạch của UBND thành phố"). A lead with commas inside ("Phòng Kinh tế, Hạ tầng và Đô thị") alone in
# its cell; supports joined by ";".
layout("b8-plain-dotted-dates", ["docx", "csv"], [
    "ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 08/KH-UBND ngày 09/01/2026 của UBND phường Hải Châu)",
], [[
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    _B8_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND phường", "Văn phòng HĐND và UBND phường",
     "Các phòng, đơn vị thuộc UBND phường", "31.01.2026", "Kế hoạch"],
    ["2", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng HĐND và UBND phường",
     "Các phòng, đơn vị thuộc UBND phường", "Định kỳ hằng quý", "Báo cáo"],
    _B8_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND phường ban hành sau sắp xếp",
     "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "30.6.2026", "Báo cáo rà soát"],
    _B8_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường",
     "Trung tâm Phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường", "Thường xuyên",
     "Thủ tục hành chính được công khai"],
    ["2", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến",
     "Trung tâm Phục vụ hành chính công phường", "Đoàn Thanh niên phường; Công an phường", "Thường xuyên",
     "Tỷ lệ hồ sơ trực tuyến đạt trên 80%"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công phường", "",
     "Trước 30.9.2026", "Kết quả được số hóa"],
    _B8_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Xây dựng đề án vị trí việc làm của UBND phường", "Văn phòng HĐND và UBND phường",
     "Các phòng, đơn vị thuộc UBND phường", "30.4.2026", "Đề án vị trí việc làm"],
    _B8_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026", "Văn phòng HĐND và UBND phường",
     "Các phòng, đơn vị thuộc UBND phường", "15.12.2026", "Kết quả đánh giá"],
    ["2", "Cử cán bộ, công chức tham gia bồi dưỡng kỹ năng chuyển đổi số", "Văn phòng HĐND và UBND phường", "",
     "Theo Kế hoạch của UBND thành phố", "Chứng chỉ bồi dưỡng"],
    _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Công khai dự toán, quyết toán ngân sách phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "", "31.3.2026",
     "Báo cáo công khai"],
    _B8_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 6),
    ["1", "Làm sạch dữ liệu hộ tịch, dân cư phục vụ Đề án 06", "Công an phường", "Phòng Văn hóa - Xã hội",
     "30.6.2026", "Dữ liệu được làm sạch"],
    ["2", "Duy trì hoạt động Tổ công nghệ số cộng đồng tại các tổ dân phố", "Phòng Văn hóa - Xã hội",
     "Ban công tác Mặt trận các tổ dân phố", "Hằng tháng", "Tổ công nghệ số"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND phường | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | 31.01.2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | Định kỳ hằng quý | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND phường ban hành sau sắp xếp | Văn phòng HĐND và UBND phường | Phòng Văn hóa - Xã hội | 30.6.2026 | 2026-06-30 | product=Báo cáo rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường | Trung tâm Phục vụ hành chính công phường | Văn phòng HĐND và UBND phường | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T III.2 | Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến | Trung tâm Phục vụ hành chính công phường | Đoàn Thanh niên phường; Công an phường | Thường xuyên | continuous | product=Tỷ lệ hồ sơ trực tuyến đạt trên 80%
T III.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công phường | | Trước 30.9.2026 | 2026-09-30 | product=Kết quả được số hóa
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Xây dựng đề án vị trí việc làm của UBND phường | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | 30.4.2026 | 2026-04-30 | product=Đề án vị trí việc làm
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026 | Văn phòng HĐND và UBND phường | Các phòng, đơn vị thuộc UBND phường | 15.12.2026 | 2026-12-15 | product=Kết quả đánh giá
T V.2 | Cử cán bộ, công chức tham gia bồi dưỡng kỹ năng chuyển đổi số | Văn phòng HĐND và UBND phường | | Theo Kế hoạch của UBND thành phố | external | product=Chứng chỉ bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Công khai dự toán, quyết toán ngân sách phường | Phòng Kinh tế, Hạ tầng và Đô thị | | 31.3.2026 | 2026-03-31 | product=Báo cáo công khai
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Làm sạch dữ liệu hộ tịch, dân cư phục vụ Đề án 06 | Công an phường | Phòng Văn hóa - Xã hội | 30.6.2026 | 2026-06-30 | product=Dữ liệu được làm sạch
T VII.2 | Duy trì hoạt động Tổ công nghệ số cộng đồng tại các tổ dân phố | Phòng Văn hóa - Xã hội | Ban công tác Mặt trận các tổ dân phố | Hằng tháng | periodic | product=Tổ công nghệ số
""", year=2026)


# B8-X1. A department's "phân công" sheet (Sở Tư pháp tỉnh Đắk Nông, 2024) drawn as a
# RESPONSIBILITY MATRIX: there is no lead column and no support column. "Đơn vị thực hiện" spans
# FIVE columns whose second header row names the Sở's own offices ("Văn phòng Sở", "Thanh tra
# Sở", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", "Phòng Hành chính tư pháp",
# "Phòng Bổ trợ tư pháp"); each task row marks "CT" (chủ trì) under its lead's column and "PH"
# (phối hợp) under its supports' columns, the other cells empty. A legend row closes the table
# ("Ghi chú: CT - Chủ trì thực hiện; PH - Phối hợp thực hiện", merged across: no task). The marks
# "CT"/"PH" are no unit names (though they look like capitals abbreviations): the lead is the
# office whose column says CT, the supports those whose columns say PH, listed in column order.
_B8_UNITS = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật",
             "Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp"]


def _B8_mx(number, title, marks, deadline, product):
    """A task row of the matrix: `marks` is five cells (CT, PH or empty), one per office."""
    return [number, title] + list(marks) + [deadline, product]


layout("b8-responsibility-matrix", ["xlsx", "csv", "docx"], [], [[
    _B8_span("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ TƯ PHÁP TỈNH ĐẮK NÔNG", "<", 9),
    ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "<", "<", "<", "<", "Thời gian hoàn thành", "Sản phẩm"],
    ["^", "^"] + _B8_UNITS + ["^", "^"],
    _B8_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 9),
    _B8_mx("1", "Xây dựng Kế hoạch cải cách hành chính năm 2024 của Sở", ["CT", "PH", "PH", "PH", "PH"],
           "Tháng 01/2024", "Kế hoạch"),
    _B8_mx("2", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", ["CT", "PH", "", "", ""],
           "Quý III/2024", "Báo cáo kiểm tra"),
    _B8_mx("3", "Báo cáo kết quả thực hiện cải cách hành chính", ["CT", "", "PH", "PH", "PH"],
           "Định kỳ hằng quý", "Báo cáo"),
    _B8_span("II", "CẢI CÁCH THỂ CHẾ", 9),
    _B8_mx("1", "Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ngành chủ trì soạn thảo",
           ["", "", "CT", "", ""], "Thường xuyên", "Báo cáo thẩm định"),
    _B8_mx("2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh", ["", "PH", "CT", "", ""],
           "Quý I/2024", "Quyết định công bố kết quả hệ thống hóa"),
    _B8_mx("3", "Theo dõi tình hình thi hành pháp luật năm 2024", ["PH", "", "CT", "", ""], "Tháng 11/2024",
           "Báo cáo"),
    _B8_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 9),
    _B8_mx("1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, lý lịch tư pháp",
           ["PH", "", "", "CT", ""], "Quý II/2024", "Phương án đơn giản hóa"),
    _B8_mx("2", "Cấp Phiếu lý lịch tư pháp qua dịch vụ công trực tuyến và ứng dụng VNeID", ["PH", "", "", "CT", ""],
           "Thường xuyên", "Phiếu lý lịch tư pháp điện tử"),
    _B8_mx("3", "Giải quyết thủ tục hành chính lĩnh vực công chứng, luật sư, đấu giá tài sản đúng hạn",
           ["PH", "", "", "", "CT"], "Thường xuyên", "Hồ sơ được giải quyết đúng hạn"),
    _B8_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", 9),
    _B8_mx("1", "Rà soát, điều chỉnh vị trí việc làm của Sở", ["CT", "PH", "PH", "PH", "PH"], "Quý III/2024",
           "Đề án vị trí việc làm"),
    _B8_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 9),
    _B8_mx("1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", ["CT", "PH", "PH", "PH", "PH"],
           "Tháng 12/2024", "Kết quả đánh giá"),
    _B8_mx("2", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", ["PH", "CT", "", "", ""], "Quý IV/2024",
           "Thông báo kết quả kiểm tra"),
    _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 9),
    _B8_mx("1", "Xây dựng Quy chế chi tiêu nội bộ năm 2024", ["CT", "", "", "", ""], "Quý I/2024", "Quy chế"),
    _B8_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 9),
    _B8_mx("1", "Số hóa sổ hộ tịch, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", ["PH", "", "", "CT", ""],
           "Năm 2024", "Dữ liệu hộ tịch được số hóa"),
    _B8_mx("2", "Sử dụng chữ ký số, văn bản điện tử trong xử lý công việc", ["CT", "PH", "PH", "PH", "PH"],
           "Thường xuyên", "Văn bản điện tử"),
    _B8_span("Ghi chú: CT - Chủ trì thực hiện; PH - Phối hợp thực hiện", "<", 9),
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Thanh tra Sở; Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật; Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Quý III/2024 | 2024-09-30 | product=Báo cáo kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật; Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp | Định kỳ hằng quý | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ngành chủ trì soạn thảo | Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật | | Thường xuyên | continuous | product=Báo cáo thẩm định
T II.2 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh | Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật | Thanh tra Sở | Quý I/2024 | 2024-03-31 | product=Quyết định công bố kết quả hệ thống hóa
T II.3 | Theo dõi tình hình thi hành pháp luật năm 2024 | Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật | Văn phòng Sở | Tháng 11/2024 | 2024-11-30 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, lý lịch tư pháp | Phòng Hành chính tư pháp | Văn phòng Sở | Quý II/2024 | 2024-06-30 | product=Phương án đơn giản hóa
T III.2 | Cấp Phiếu lý lịch tư pháp qua dịch vụ công trực tuyến và ứng dụng VNeID | Phòng Hành chính tư pháp | Văn phòng Sở | Thường xuyên | continuous | product=Phiếu lý lịch tư pháp điện tử
T III.3 | Giải quyết thủ tục hành chính lĩnh vực công chứng, luật sư, đấu giá tài sản đúng hạn | Phòng Bổ trợ tư pháp | Văn phòng Sở | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Rà soát, điều chỉnh vị trí việc làm của Sở | Văn phòng Sở | Thanh tra Sở; Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật; Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp | Quý III/2024 | 2024-09-30 | product=Đề án vị trí việc làm
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Thanh tra Sở; Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật; Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp | Tháng 12/2024 | 2024-12-31 | product=Kết quả đánh giá
T V.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Thanh tra Sở | Văn phòng Sở | Quý IV/2024 | 2024-12-31 | product=Thông báo kết quả kiểm tra
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng Quy chế chi tiêu nội bộ năm 2024 | Văn phòng Sở | | Quý I/2024 | 2024-03-31 | product=Quy chế
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Số hóa sổ hộ tịch, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử | Phòng Hành chính tư pháp | Văn phòng Sở | Năm 2024 | 2024-12-31 | product=Dữ liệu hộ tịch được số hóa
T VII.2 | Sử dụng chữ ký số, văn bản điện tử trong xử lý công việc | Văn phòng Sở | Thanh tra Sở; Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật; Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp | Thường xuyên | continuous | product=Văn bản điện tử
""", year=2024)


# B8-X2. A district-level annex (UBND quận Hải An, Hải Phòng, 2024) whose HEADER HAS NO "STT"
# LABEL: the first header cell, "Nội dung nhiệm vụ", is MERGED OVER THE NUMBER COLUMN AND THE TASK
# COLUMN, while every body row keeps the two apart (numeral or number in the first column, the
# title in the second; a section's title merged across the rest of the row). In the sheet the
# label sits in column A above the numbers and column B's header is empty. Otherwise ordinary:
# seven areas, tasks 1, 2 …, one heading "2" with items "a)", "b)" under it.
layout("b8-header-over-number-and-title", ["docx", "xlsx"], [
    "UBND QUẬN HẢI AN",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 09/KH-UBND ngày 11/01/2024 của UBND quận Hải An)",
], [[
    ["Nội dung nhiệm vụ", "<", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"],
    _B8_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND quận", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND quận", "Tháng 01/2024", "Kế hoạch"],
    ["2", "Tuyên truyền cải cách hành chính", "", "", "", ""],
    ["a)", "Tuyên truyền trên Cổng thông tin điện tử quận và mạng xã hội", "Phòng Văn hóa và Thông tin",
     "Phòng Nội vụ", "Hằng quý", "Tin, bài"],
    ["b)", "Tổ chức Hội thi tìm hiểu về cải cách hành chính", "Phòng Nội vụ", "Quận Đoàn; UBND các phường",
     "Quý III/2024", "Hội thi"],
    _B8_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND quận ban hành", "Phòng Tư pháp",
     "Các cơ quan chuyên môn thuộc UBND quận", "Quý II/2024", "Báo cáo rà soát"],
    ["2", "Theo dõi thi hành pháp luật về xử lý vi phạm hành chính", "Phòng Tư pháp", "Công an quận",
     "Tháng 11/2024", "Báo cáo"],
    _B8_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND quận",
     "Các cơ quan chuyên môn thuộc UBND quận", "Trước 30/6/2024", "Quy trình nội bộ"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND quận", "UBND các phường",
     "Năm 2024", "Kết quả được số hóa"],
    _B8_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "Phòng Nội vụ", "UBND các phường",
     "Theo Kế hoạch của UBND thành phố", "Đề án sắp xếp"],
    _B8_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức", "Phòng Nội vụ", "Các cơ quan, đơn vị",
     "Tháng 12/2024", "Kết quả đánh giá"],
    ["2", "Kiểm tra công vụ tại các cơ quan, đơn vị và UBND các phường", "Phòng Nội vụ", "Thanh tra quận",
     "Quý IV/2024", "Thông báo kết quả kiểm tra"],
    _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Công khai dự toán, quyết toán ngân sách quận", "Phòng Tài chính - Kế hoạch", "", "Tháng 12/2024",
     "Báo cáo công khai"],
    _B8_span("VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 6),
    ["1", "Vận hành hệ thống camera giám sát kết nối Trung tâm điều hành thông minh của quận",
     "Phòng Văn hóa và Thông tin", "Công an quận", "Thường xuyên", "Hệ thống vận hành ổn định"],
    ["2", "Sử dụng chữ ký số trong gửi, nhận văn bản điện tử", "Các cơ quan, đơn vị", "Phòng Văn hóa và Thông tin",
     "Thường xuyên", "Văn bản điện tử"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND quận | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND quận | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính
T I.2.a | Tuyên truyền trên Cổng thông tin điện tử quận và mạng xã hội | Phòng Văn hóa và Thông tin | Phòng Nội vụ | Hằng quý | periodic | product=Tin, bài
T I.2.b | Tổ chức Hội thi tìm hiểu về cải cách hành chính | Phòng Nội vụ | Quận Đoàn; UBND các phường | Quý III/2024 | 2024-09-30 | product=Hội thi
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND quận ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND quận | Quý II/2024 | 2024-06-30 | product=Báo cáo rà soát
T II.2 | Theo dõi thi hành pháp luật về xử lý vi phạm hành chính | Phòng Tư pháp | Công an quận | Tháng 11/2024 | 2024-11-30 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính | Văn phòng HĐND và UBND quận | Các cơ quan chuyên môn thuộc UBND quận | Trước 30/6/2024 | 2024-06-30 | product=Quy trình nội bộ
T III.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND quận | UBND các phường | Năm 2024 | 2024-12-31 | product=Kết quả được số hóa
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 | Phòng Nội vụ | UBND các phường | Theo Kế hoạch của UBND thành phố | external | product=Đề án sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức | Phòng Nội vụ | Các cơ quan, đơn vị | Tháng 12/2024 | 2024-12-31 | product=Kết quả đánh giá
T V.2 | Kiểm tra công vụ tại các cơ quan, đơn vị và UBND các phường | Phòng Nội vụ | Thanh tra quận | Quý IV/2024 | 2024-12-31 | product=Thông báo kết quả kiểm tra
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Công khai dự toán, quyết toán ngân sách quận | Phòng Tài chính - Kế hoạch | | Tháng 12/2024 | 2024-12-31 | product=Báo cáo công khai
S VII | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Vận hành hệ thống camera giám sát kết nối Trung tâm điều hành thông minh của quận | Phòng Văn hóa và Thông tin | Công an quận | Thường xuyên | continuous | product=Hệ thống vận hành ổn định
T VII.2 | Sử dụng chữ ký số trong gửi, nhận văn bản điện tử | Các cơ quan, đơn vị | Phòng Văn hóa và Thông tin | Thường xuyên | continuous | product=Văn bản điện tử
""", year=2024)


# B8-X3. A department's Word annex (Sở Công Thương tỉnh Nghệ An, 2025) holding TWO TABLES WITH
# DIFFERENT COLUMNS, each under an unnumbered paragraph: the key tasks that carry money ("STT |
# Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm | Kinh phí (triệu
# đồng)", sections I–II), then the routine tasks in a narrower table whose columns are in ANOTHER
# ORDER and partly other: "TT | Nội dung công việc | Thời gian thực hiện | Đơn vị thực hiện | Ghi
# chú" (the deadline before the one unit column, no support, no product, no budget), its Roman
# sections going on from III. Each table is read by its own header: in the second, the third
# column is the deadline and the fourth the lead. The paragraphs are no sections.
layout("b8-two-tables-different-columns", ["docx"], [
    "UBND TỈNH NGHỆ AN",
    "SỞ CÔNG THƯƠNG",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 21/KH-SCT ngày 15/01/2025 của Sở Công Thương tỉnh Nghệ An)",
], [
    "CÁC NHIỆM VỤ TRỌNG TÂM CÓ KINH PHÍ THỰC HIỆN",
    [
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm",
         "Kinh phí (triệu đồng)"],
        _B8_span("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
        ["1", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực xúc tiến thương mại",
         "Phòng Quản lý thương mại", "Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2025",
         "Quy trình điện tử", "80"],
        ["2", "Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính của Sở",
         "Văn phòng Sở", "", "Quý IV/2025", "Báo cáo khảo sát", "35"],
        _B8_span("II", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 7),
        ["1", "Xây dựng cơ sở dữ liệu ngành công thương tỉnh Nghệ An", "Văn phòng Sở", "Sở Khoa học và Công nghệ",
         "Năm 2025 - 2026", "Cơ sở dữ liệu", "450"],
        ["2", "Nâng cấp Trang thông tin điện tử của Sở", "Văn phòng Sở", "", "Quý III/2025",
         "Trang thông tin được nâng cấp", "120,5"],
    ],
    "CÁC NHIỆM VỤ THƯỜNG XUYÊN",
    [
        ["TT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị thực hiện", "Ghi chú"],
        _B8_span("III", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 5),
        ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của Sở", "Tháng 01/2025", "Văn phòng Sở", ""],
        ["2", "Báo cáo kết quả thực hiện cải cách hành chính", "Định kỳ quý, 6 tháng, năm", "Văn phòng Sở",
         "Gửi Sở Nội vụ"],
        _B8_span("IV", "CẢI CÁCH THỂ CHẾ", 5),
        ["1", "Rà soát văn bản quy phạm pháp luật lĩnh vực công thương do UBND tỉnh ban hành", "Quý III/2025",
         "Thanh tra Sở", ""],
        _B8_span("V", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", 5),
        ["1", "Kiện toàn tổ chức các phòng chuyên môn thuộc Sở", "Quý I/2025", "Văn phòng Sở",
         "Theo hướng dẫn của Sở Nội vụ"],
        ["2", "Đánh giá, xếp loại chất lượng công chức, viên chức", "Tháng 12/2025", "Văn phòng Sở", ""],
        ["3", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Quý IV/2025", "Thanh tra Sở", ""],
        _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 5),
        ["1", "Xây dựng Quy chế chi tiêu nội bộ năm 2025", "Quý I/2025", "Văn phòng Sở", ""],
        ["2", "Công khai dự toán, quyết toán ngân sách của Sở", "Năm 2025", "Văn phòng Sở", ""],
    ],
], """
S I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T I.1 | Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực xúc tiến thương mại | Phòng Quản lý thương mại | Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh | Quý II/2025 | 2025-06-30 | budget=80000000 ; product=Quy trình điện tử
T I.2 | Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính của Sở | Văn phòng Sở | | Quý IV/2025 | 2025-12-31 | budget=35000000 ; product=Báo cáo khảo sát
S II | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T II.1 | Xây dựng cơ sở dữ liệu ngành công thương tỉnh Nghệ An | Văn phòng Sở | Sở Khoa học và Công nghệ | Năm 2025 - 2026 | 2026-12-31 | budget=450000000 ; product=Cơ sở dữ liệu
T II.2 | Nâng cấp Trang thông tin điện tử của Sở | Văn phòng Sở | | Quý III/2025 | 2025-09-30 | budget=120500000 ; product=Trang thông tin được nâng cấp
S III | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T III.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của Sở | Văn phòng Sở | | Tháng 01/2025 | 2025-01-31 |
T III.2 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | | Định kỳ quý, 6 tháng, năm | periodic | note=Gửi Sở Nội vụ
S IV | CẢI CÁCH THỂ CHẾ
T IV.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực công thương do UBND tỉnh ban hành | Thanh tra Sở | | Quý III/2025 | 2025-09-30 |
S V | CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ
T V.1 | Kiện toàn tổ chức các phòng chuyên môn thuộc Sở | Văn phòng Sở | | Quý I/2025 | 2025-03-31 | note=Theo hướng dẫn của Sở Nội vụ
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức | Văn phòng Sở | | Tháng 12/2025 | 2025-12-31 |
T V.3 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Thanh tra Sở | | Quý IV/2025 | 2025-12-31 |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng Quy chế chi tiêu nội bộ năm 2025 | Văn phòng Sở | | Quý I/2025 | 2025-03-31 |
T VI.2 | Công khai dự toán, quyết toán ngân sách của Sở | Văn phòng Sở | | Năm 2025 | 2025-12-31 |
""")


# B8-X4. A provincial annex (UBND tỉnh Kon Tum, 2025) with ONE unit column "Cơ quan thực hiện" whose
# cells give the roles AS A SENTENCE, the way the plan's body writes them: "Sở Nội vụ chủ trì, phối
# hợp với các sở, ban, ngành", "… chủ trì, phối hợp Sở Tư pháp" (no "với"), once "Sở Tư pháp chủ
# trì; các sở, ban, ngành, UBND các huyện, thành phố phối hợp" (the role after the names, no colon
# and no bracket); a cell with a name alone is the lead. The words "chủ trì", "phối hợp (với)" are
# roles, not parts of names: the name before "chủ trì" is the lead, the names after "phối hợp
# với" (or before a closing "phối hợp") the supports, split as usual ("," before "UBND …", "Văn
# phòng …", "Sở …"). "các sở, ban, ngành" is one collective, written as first met (lower case).
layout("b8-role-sentence-in-unit-cell", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN TỈNH KON TUM",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA TỈNH KON TUM",
    "(Kèm theo Kế hoạch số 215/KH-UBND ngày 17/01/2025 của UBND tỉnh Kon Tum)",
], [[
    ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành", "Sản phẩm"],
    _B8_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 5),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND tỉnh",
     "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Kiểm tra công tác cải cách hành chính tại các cơ quan, địa phương",
     "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Tư pháp", "Quý III/2025",
     "Thông báo kết quả kiểm tra"],
    ["3", "Xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện, thành phố",
     "Sở Nội vụ", "Quý I/2025", "Quyết định công bố Chỉ số"],
    _B8_span("II", "CẢI CÁCH THỂ CHẾ", 5),
    ["1", "Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ban, ngành soạn thảo",
     "Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành", "Thường xuyên", "Báo cáo thẩm định"],
    ["2", "Theo dõi tình hình thi hành pháp luật năm 2025",
     "Sở Tư pháp chủ trì; các sở, ban, ngành, UBND các huyện, thành phố phối hợp", "Tháng 11/2025", "Báo cáo"],
    _B8_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5),
    ["1", "Công bố, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp",
     "Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ban, ngành", "Thường xuyên", "Quyết định công bố"],
    ["2", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước",
     "Văn phòng UBND tỉnh chủ trì, phối hợp Sở Tư pháp", "Quý II/2025", "Phương án đơn giản hóa"],
    ["3", "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)",
     "Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh",
     "Theo lộ trình của Chính phủ", "Báo cáo kết quả"],
    _B8_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", 5),
    ["1", "Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh",
     "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành", "Quý I/2025", "Đề án sắp xếp"],
    _B8_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 5),
    ["1", "Tổ chức thi tuyển công chức năm 2025", "Sở Nội vụ", "Quý III/2025", "Kết quả tuyển dụng"],
    ["2", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức",
     "Sở Nội vụ chủ trì, phối hợp với UBND các huyện, thành phố", "Tháng 12/2025", "Kết quả đánh giá"],
    _B8_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 5),
    ["1", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ",
     "Quý II/2025", "Quyết định giao tự chủ"],
    _B8_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 5),
    ["1", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
     "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh", "Thường xuyên",
     "Hệ thống vận hành ổn định"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
     "UBND các huyện, thành phố chủ trì, phối hợp với Sở Khoa học và Công nghệ", "Năm 2025", "Kết quả được số hóa"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của UBND tỉnh | Sở Nội vụ | các sở, ban, ngành | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các cơ quan, địa phương | Sở Nội vụ | Văn phòng UBND tỉnh; Sở Tư pháp | Quý III/2025 | 2025-09-30 | product=Thông báo kết quả kiểm tra
T I.3 | Xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện, thành phố | Sở Nội vụ | | Quý I/2025 | 2025-03-31 | product=Quyết định công bố Chỉ số
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ban, ngành soạn thảo | Sở Tư pháp | các sở, ban, ngành | Thường xuyên | continuous | product=Báo cáo thẩm định
T II.2 | Theo dõi tình hình thi hành pháp luật năm 2025 | Sở Tư pháp | các sở, ban, ngành; UBND các huyện, thành phố | Tháng 11/2025 | 2025-11-30 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Công bố, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp | Văn phòng UBND tỉnh | các sở, ban, ngành | Thường xuyên | continuous | product=Quyết định công bố
T III.2 | Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước | Văn phòng UBND tỉnh | Sở Tư pháp | Quý II/2025 | 2025-06-30 | product=Phương án đơn giản hóa
T III.3 | Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) | Công an tỉnh | Sở Khoa học và Công nghệ; Văn phòng UBND tỉnh | Theo lộ trình của Chính phủ | external | product=Báo cáo kết quả
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh | Sở Nội vụ | các sở, ban, ngành | Quý I/2025 | 2025-03-31 | product=Đề án sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Tổ chức thi tuyển công chức năm 2025 | Sở Nội vụ | | Quý III/2025 | 2025-09-30 | product=Kết quả tuyển dụng
T V.2 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức | Sở Nội vụ | UBND các huyện, thành phố | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập | Sở Tài chính | Sở Nội vụ | Quý II/2025 | 2025-06-30 | product=Quyết định giao tự chủ
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Thường xuyên | continuous | product=Hệ thống vận hành ổn định
T VII.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | UBND các huyện, thành phố | Sở Khoa học và Công nghệ | Năm 2025 | 2025-12-31 | product=Kết quả được số hóa
""")

# A matrix of roles written in words and ticks (a Sở's own division of labour): "Phân công
# thực hiện" over its offices, each task marked "Chủ trì" or "Phối hợp" under them (or "CT",
# "PH"); a task marked "x" under one office alone is that office's, its role unsaid. The lead
# is the office marked to lead, the supports those marked to support, in the columns' order.
layout("matrix-role-words", ["docx", "ods", "csv"], [
    "PHỤ LỤC",
    "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
], [[
    ["TT", "Nội dung công việc", "Phân công thực hiện", "<", "<", "<", "Thời hạn"],
    ["^", "^", "Văn phòng", "Phòng Kế hoạch - Tài chính", "Phòng Quản lý chuyên ngành",
     "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "^"],
    ["I", "Công tác chỉ đạo điều hành", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng kế hoạch kiểm tra cải cách hành chính", "Chủ trì", "Phối hợp", "Phối hợp", "",
     "Quý I/2025"],
    ["2", "Cập nhật tin, bài về cải cách hành chính lên Cổng thông tin điện tử", "", "", "", "x",
     "Hằng tháng"],
    ["II", "Cải cách tài chính công", "<", "<", "<", "<", "<"],
    ["1", "Xây dựng dự toán ngân sách năm 2026", "Phối hợp", "Chủ trì", "", "", "Tháng 7/2025"],
    ["2", "Công khai tài chính theo quy định", "", "CT", "", "PH", "Quý IV/2025"],
    ["3", "Rà soát quy chế chi tiêu nội bộ", "x", "", "", "", "Tháng 3/2025"],
]], """
S I | Công tác chỉ đạo điều hành
T I.1 | Xây dựng kế hoạch kiểm tra cải cách hành chính | Văn phòng | Phòng Kế hoạch - Tài chính; Phòng Quản lý chuyên ngành | Quý I/2025 | 2025-03-31 |
T I.2 | Cập nhật tin, bài về cải cách hành chính lên Cổng thông tin điện tử | Trung tâm Ứng dụng tiến bộ khoa học và công nghệ | | Hằng tháng | periodic |
S II | Cải cách tài chính công
T II.1 | Xây dựng dự toán ngân sách năm 2026 | Phòng Kế hoạch - Tài chính | Văn phòng | Tháng 7/2025 | 2025-07-31 |
T II.2 | Công khai tài chính theo quy định | Phòng Kế hoạch - Tài chính | Trung tâm Ứng dụng tiến bộ khoa học và công nghệ | Quý IV/2025 | 2025-12-31 |
T II.3 | Rà soát quy chế chi tiêu nội bộ | Văn phòng | | Tháng 3/2025 | 2025-03-31 |
""")


# A ninth batch, written blind as the eighth was (no reading of the importer, no run of `plan`):
# yearly annexes of four kinds of body not met before (a general department, a whole city, a
# university, a district police office) and four plans the office tracks that are not titled
# CCHC (digital transformation, Đề án 06, PCI, control of procedures). Measured before the
# reader learnt from it: BENCHMARKS.md.
def _B9_span(number, title, width, tail=0):
    """A section or group row: the number, then its title merged across the rest of the table;
    `tail` empty cells after it (columns the sheet has but the table does not use)."""
    return [number, title] + ["<"] * (width - 2) + [""] * tail


def _B9_bullets(*units):
    """A unit cell written as a bullet list, one unit a line, each but the last closed by ";"."""
    return ";\n".join("- " + u for u in units)


def _B9_pad(row, tail):
    """A row of the table followed by `tail` empty cells (empty trailing columns of a sheet)."""
    return list(row) + [""] * tail


# B9-1. A ministry's general department (Tổng cục Hải quan, Bộ Tài chính, 2024), in Word and as an
# OpenDocument sheet. The ministry-level habits:
#  - Units are DEPARTMENTS OF A MINISTRY whose names begin "Vụ …" and "Cục …", not "Sở …"/"Phòng …":
#    "Vụ Pháp chế, Cục Kiểm tra sau thông quan" and "Vụ Pháp chế và Cục Thuế xuất nhập khẩu" are two
#    units each (the contract splits on "," or " và " where a new unit's name begins; its list of
#    such beginnings ends with "…", and "Vụ", "Cục" begin every unit name at this level). The
#    collective "Cục Hải quan các tỉnh, thành phố" (its comma is inside the name: "thành phố" begins
#    no unit) is one unit, also after ", " in "Cục Giám sát quản lý về hải quan, Cục Hải quan các
#    tỉnh, thành phố" (two units). "Cục Công nghệ thông tin và Thống kê hải quan" is one unit.
#  - A column "Cấp trình" (the level that signs: "Chính phủ", "Bộ trưởng Bộ Tài chính", "Tổng cục
#    trưởng") between the support and the deadline. The contract names no such column: nothing in
#    the plan carries it (it is not a unit, not a note).
#  - The product column headed "Sản phẩm\n(Hình thức văn bản)" (both are product words in
#    import.md); sections numbered "I." with a full stop; a legal-drafting heading "1" with no unit
#    holding "1.1", "1.2" (II.1.1, II.1.2), then "2" (II.2).
#  - Deadlines "Tháng 02/2024" (a leap February: 2024-02-29), "Trước ngày 15/02/2024", "Định kỳ quý,
#    6 tháng, năm" (periodic), "Theo kế hoạch của Bộ Tài chính" (external, like the contract's
#    "Theo Kế hoạch số …"), "Quý II - Quý III/2024" (a range: the end of the last quarter), "Năm
#    2024 - 2025" (the end of 2025, as in the corpus).
#  - A closing paragraph under the table in the Word file (no task).
layout("b9-general-department-vu-cuc-units", ["docx", "ods"], [
    "BỘ TÀI CHÍNH",
    "TỔNG CỤC HẢI QUAN",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỔNG CỤC HẢI QUAN",
    "(Ban hành kèm theo Quyết định số 2563/QĐ-TCHQ ngày 29/12/2023 của Tổng cục trưởng Tổng cục Hải quan)",
], [[
    ["**STT", "**Nội dung công việc", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Cấp trình",
     "**Thời gian hoàn thành", "**Sản phẩm\n(Hình thức văn bản)"],
    _B9_span("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 của Tổng cục Hải quan", "Văn phòng Tổng cục",
     "Cục Công nghệ thông tin và Thống kê hải quan", "Tổng cục trưởng", "Tháng 02/2024", "Kế hoạch"],
    ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của Tổng cục Hải quan", "Văn phòng Tổng cục",
     "Các đơn vị thuộc Tổng cục", "Bộ trưởng Bộ Tài chính", "Trước ngày 15/02/2024", "Báo cáo tự đánh giá"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm", "Văn phòng Tổng cục",
     "Các đơn vị thuộc Tổng cục; Cục Hải quan các tỉnh, thành phố", "Bộ trưởng Bộ Tài chính",
     "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
    _B9_span("II.", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Xây dựng, trình ban hành văn bản quy phạm pháp luật về hải quan", "", "", "", "", ""],
    ["1.1", "Nghị định sửa đổi, bổ sung Nghị định số 08/2015/NĐ-CP quy định chi tiết và biện pháp thi hành Luật "
     "Hải quan về thủ tục hải quan, kiểm tra, giám sát, kiểm soát hải quan", "Cục Giám sát quản lý về hải quan",
     "Vụ Pháp chế, Cục Kiểm tra sau thông quan", "Chính phủ", "Tháng 10/2024", "Nghị định"],
    ["1.2", "Thông tư sửa đổi, bổ sung Thông tư số 38/2015/TT-BTC quy định về thủ tục hải quan; kiểm tra, giám "
     "sát hải quan; thuế xuất khẩu, thuế nhập khẩu và quản lý thuế đối với hàng hóa xuất khẩu, nhập khẩu",
     "Cục Giám sát quản lý về hải quan", "Vụ Pháp chế và Cục Thuế xuất nhập khẩu", "Bộ trưởng Bộ Tài chính",
     "Quý IV/2024", "Thông tư"],
    ["2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật về hải quan", "Vụ Pháp chế",
     "Các đơn vị thuộc Tổng cục", "Bộ trưởng Bộ Tài chính", "Quý I/2024", "Báo cáo kết quả hệ thống hóa"],
    _B9_span("III.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hải quan theo Quyết định số 1085/QĐ-TTg của Thủ "
     "tướng Chính phủ", "Vụ Pháp chế", "Các Cục nghiệp vụ thuộc Tổng cục", "Bộ trưởng Bộ Tài chính",
     "Tháng 6/2024", "Phương án đơn giản hóa"],
    ["2", "Triển khai Cơ chế một cửa quốc gia, kết nối thủ tục hành chính của các bộ, ngành",
     "Cục Giám sát quản lý về hải quan", "Cục Công nghệ thông tin và Thống kê hải quan", "Tổng cục trưởng",
     "Theo kế hoạch của Bộ Tài chính", "Thủ tục được kết nối"],
    ["3", "Cập nhật, công khai thủ tục hành chính lĩnh vực hải quan trên Cơ sở dữ liệu quốc gia về thủ tục "
     "hành chính", "Văn phòng Tổng cục", "Vụ Pháp chế", "", "Thường xuyên", "Thủ tục hành chính được công khai"],
    _B9_span("IV.", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "Xây dựng Đề án sắp xếp, tổ chức lại các Chi cục Hải quan trực thuộc Cục Hải quan các tỉnh, thành phố",
     "Vụ Tổ chức cán bộ", "Cục Hải quan các tỉnh, thành phố", "Bộ trưởng Bộ Tài chính", "Quý III/2024", "Đề án"],
    _B9_span("V.", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Vụ Tổ chức cán bộ",
     "Các đơn vị thuộc Tổng cục", "Tổng cục trưởng", "Tháng 12/2024", "Kết quả đánh giá"],
    ["2", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại Cục Hải quan các tỉnh, thành phố",
     "Vụ Thanh tra - Kiểm tra", "Vụ Tổ chức cán bộ", "Tổng cục trưởng", "Quý II - Quý III/2024",
     "Thông báo kết quả kiểm tra"],
    _B9_span("VI.", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Giao dự toán ngân sách năm 2024 cho các đơn vị dự toán thuộc Tổng cục", "Cục Tài vụ - Quản trị",
     "Vụ Tổ chức cán bộ", "Tổng cục trưởng", "Tháng 01/2024", "Quyết định giao dự toán"],
    _B9_span("VII.", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ", 7),
    ["1", "Xây dựng, triển khai Hệ thống xử lý dữ liệu điện tử hải quan tập trung (hải quan số)",
     "Cục Công nghệ thông tin và Thống kê hải quan",
     "Cục Giám sát quản lý về hải quan, Cục Hải quan các tỉnh, thành phố", "Bộ trưởng Bộ Tài chính",
     "Năm 2024 - 2025", "Hệ thống công nghệ thông tin"],
    ["2", "Duy trì cung cấp dịch vụ công trực tuyến toàn trình trên Cổng thông tin một cửa quốc gia",
     "Cục Công nghệ thông tin và Thống kê hải quan", "Cục Giám sát quản lý về hải quan", "", "Thường xuyên",
     "Dịch vụ công trực tuyến"],
], "Ghi chú: Các đơn vị được giao chủ trì báo cáo kết quả thực hiện về Văn phòng Tổng cục để tổng hợp."], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 của Tổng cục Hải quan | Văn phòng Tổng cục | Cục Công nghệ thông tin và Thống kê hải quan | Tháng 02/2024 | 2024-02-29 | product=Kế hoạch
T I.2 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của Tổng cục Hải quan | Văn phòng Tổng cục | Các đơn vị thuộc Tổng cục | Trước ngày 15/02/2024 | 2024-02-15 | product=Báo cáo tự đánh giá
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm | Văn phòng Tổng cục | Các đơn vị thuộc Tổng cục; Cục Hải quan các tỉnh, thành phố | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
H II.1 | Xây dựng, trình ban hành văn bản quy phạm pháp luật về hải quan
T II.1.1 | Nghị định sửa đổi, bổ sung Nghị định số 08/2015/NĐ-CP quy định chi tiết và biện pháp thi hành Luật Hải quan về thủ tục hải quan, kiểm tra, giám sát, kiểm soát hải quan | Cục Giám sát quản lý về hải quan | Vụ Pháp chế; Cục Kiểm tra sau thông quan | Tháng 10/2024 | 2024-10-31 | product=Nghị định
T II.1.2 | Thông tư sửa đổi, bổ sung Thông tư số 38/2015/TT-BTC quy định về thủ tục hải quan; kiểm tra, giám sát hải quan; thuế xuất khẩu, thuế nhập khẩu và quản lý thuế đối với hàng hóa xuất khẩu, nhập khẩu | Cục Giám sát quản lý về hải quan | Vụ Pháp chế; Cục Thuế xuất nhập khẩu | Quý IV/2024 | 2024-12-31 | product=Thông tư
T II.2 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật về hải quan | Vụ Pháp chế | Các đơn vị thuộc Tổng cục | Quý I/2024 | 2024-03-31 | product=Báo cáo kết quả hệ thống hóa
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hải quan theo Quyết định số 1085/QĐ-TTg của Thủ tướng Chính phủ | Vụ Pháp chế | Các Cục nghiệp vụ thuộc Tổng cục | Tháng 6/2024 | 2024-06-30 | product=Phương án đơn giản hóa
T III.2 | Triển khai Cơ chế một cửa quốc gia, kết nối thủ tục hành chính của các bộ, ngành | Cục Giám sát quản lý về hải quan | Cục Công nghệ thông tin và Thống kê hải quan | Theo kế hoạch của Bộ Tài chính | external | product=Thủ tục được kết nối
T III.3 | Cập nhật, công khai thủ tục hành chính lĩnh vực hải quan trên Cơ sở dữ liệu quốc gia về thủ tục hành chính | Văn phòng Tổng cục | Vụ Pháp chế | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Xây dựng Đề án sắp xếp, tổ chức lại các Chi cục Hải quan trực thuộc Cục Hải quan các tỉnh, thành phố | Vụ Tổ chức cán bộ | Cục Hải quan các tỉnh, thành phố | Quý III/2024 | 2024-09-30 | product=Đề án
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Vụ Tổ chức cán bộ | Các đơn vị thuộc Tổng cục | Tháng 12/2024 | 2024-12-31 | product=Kết quả đánh giá
T V.2 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại Cục Hải quan các tỉnh, thành phố | Vụ Thanh tra - Kiểm tra | Vụ Tổ chức cán bộ | Quý II - Quý III/2024 | 2024-09-30 | product=Thông báo kết quả kiểm tra
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao dự toán ngân sách năm 2024 cho các đơn vị dự toán thuộc Tổng cục | Cục Tài vụ - Quản trị | Vụ Tổ chức cán bộ | Tháng 01/2024 | 2024-01-31 | product=Quyết định giao dự toán
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ
T VII.1 | Xây dựng, triển khai Hệ thống xử lý dữ liệu điện tử hải quan tập trung (hải quan số) | Cục Công nghệ thông tin và Thống kê hải quan | Cục Giám sát quản lý về hải quan; Cục Hải quan các tỉnh, thành phố | Năm 2024 - 2025 | 2025-12-31 | product=Hệ thống công nghệ thông tin
T VII.2 | Duy trì cung cấp dịch vụ công trực tuyến toàn trình trên Cổng thông tin một cửa quốc gia | Cục Công nghệ thông tin và Thống kê hải quan | Cục Giám sát quản lý về hải quan | Thường xuyên | continuous | product=Dịch vụ công trực tuyến
""", year=2024)


# B9-2. The whole-city annex of a centrally-run city after the 2025 merger (UBND Thành phố Hồ Chí
# Minh, 2026: the old city with Bình Dương and Bà Rịa - Vũng Tàu, communes and wards plus the
# special zone Côn Đảo), in Word and Excel. The habits:
#  - A HEADER OF TWO ROWS whose cells hold line breaks: "Tổ chức thực hiện" merged over "Cơ quan\nchủ
#    trì" | "Cơ quan\nphối hợp"; "TT", "Nhiệm vụ", "Thời gian\nhoàn thành", "Kết quả/\nsản phẩm",
#    "Ghi chú" merged down over both rows.
#  - CO-LEADS WRITTEN AS A BULLET LIST in the lead cell, "- Sở Tài chính;\n- Sở Tư pháp": two leads,
#    the dashes and ";" no part of the names.
#  - The city's collectives: "Các sở, ban, ngành Thành phố", "UBND các xã, phường, đặc khu" (commas
#    inside: one unit each), joined by ";" or by ", " before "UBND …" (two units); "Các sở, ban,
#    ngành có đơn vị sự nghiệp" is a third collective of its own (its words differ).
#  - "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố": " và công nghiệp" begins no unit.
#  - A "Ghi chú" column: "Nhiệm vụ chuyển tiếp năm 2025" (a note, not carried_from: it names no
#    task of last year's plan), "Báo cáo trước ngày 20 hằng tháng" (a note, not the deadline).
#  - Deadlines "Tháng 02/2026" (2026-02-28), "Quý III - IV/2026" and "Quý II - III/2026" (ranges, as
#    in the corpus), "Định kỳ 6 tháng", "Trước ngày 31/01/2027" (after the plan's year: that day).
layout("b9-city-two-row-header-bullet-leads", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA THÀNH PHỐ HỒ CHÍ MINH",
    "(Kèm theo Kế hoạch số 58/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân Thành phố)",
], [[
    ["**TT", "**Nhiệm vụ", "**Tổ chức thực hiện", "<", "**Thời gian\nhoàn thành", "**Kết quả/\nsản phẩm",
     "**Ghi chú"],
    ["^", "^", "**Cơ quan\nchủ trì", "**Cơ quan\nphối hợp", "^", "^", "^"],
    _B9_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Thành phố", "Sở Nội vụ",
     "Các sở, ban, ngành Thành phố; UBND các xã, phường, đặc khu", "Tháng 02/2026", "Kế hoạch", ""],
    ["2", "Xác định Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và UBND các xã, phường, đặc khu",
     "Sở Nội vụ", "Hội đồng thẩm định Chỉ số cải cách hành chính Thành phố", "Quý II/2026",
     "Quyết định công bố Chỉ số", ""],
    ["3", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
     "Sở Nội vụ", "Viện Nghiên cứu phát triển Thành phố, UBND các xã, phường, đặc khu", "Quý III - IV/2026",
     "Báo cáo kết quả khảo sát", ""],
    _B9_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND Thành phố Hồ Chí Minh, tỉnh Bình Dương, tỉnh Bà Rịa - "
     "Vũng Tàu (cũ) ban hành để bãi bỏ, thay thế", "Sở Tư pháp", "Các sở, ban, ngành Thành phố", "Quý I/2026",
     "Danh mục văn bản đề nghị bãi bỏ, thay thế", "Nhiệm vụ chuyển tiếp năm 2025"],
    ["2", "Xây dựng Nghị quyết của HĐND Thành phố quy định mức thu phí, lệ phí áp dụng thống nhất trên địa bàn "
     "Thành phố", _B9_bullets("Sở Tài chính", "Sở Tư pháp"),
     "Các sở, ban, ngành Thành phố, UBND các xã, phường, đặc khu", "Tháng 6/2026", "Nghị quyết", ""],
    _B9_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, công bố danh mục thủ tục hành chính thực hiện tại cấp xã sau sắp xếp đơn vị hành chính",
     "Văn phòng UBND Thành phố", "Các sở, ban, ngành Thành phố", "Quý I/2026", "Quyết định công bố", ""],
    ["2", "Tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi Thành phố",
     _B9_bullets("Trung tâm Phục vụ hành chính công Thành phố", "UBND các xã, phường, đặc khu"),
     "Sở Khoa học và Công nghệ", "Thường xuyên", "Hồ sơ được tiếp nhận, giải quyết", ""],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
     "Các sở, ban, ngành Thành phố, UBND các xã, phường, đặc khu", "Sở Khoa học và Công nghệ", "Hằng tháng",
     "Kết quả số hóa", "Báo cáo trước ngày 20 hằng tháng"],
    ["4", "Rút gọn quy trình cấp phép xây dựng, giao đất cho nhà đầu tư trong khu chế xuất, khu công nghiệp",
     "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", "Sở Xây dựng, Sở Nông nghiệp và Môi trường",
     "Quý III/2026", "Quy trình được rút gọn", ""],
    _B9_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", 7),
    ["1", "Rà soát, sửa đổi quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn "
     "thuộc UBND Thành phố", "Sở Nội vụ", "Các cơ quan chuyên môn thuộc UBND Thành phố; Sở Tư pháp",
     "Quý II/2026", "Quyết định của UBND Thành phố", ""],
    ["2", "Sắp xếp các đơn vị sự nghiệp công lập thuộc UBND Thành phố", _B9_bullets("Sở Nội vụ", "Sở Tài chính"),
     "Các sở, ban, ngành có đơn vị sự nghiệp", "Quý III/2026", "Đề án sắp xếp", ""],
    _B9_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức theo kết quả thực hiện nhiệm vụ năm 2026",
     "Sở Nội vụ", "Các sở, ban, ngành Thành phố; UBND các xã, phường, đặc khu", "Tháng 12/2026",
     "Kết quả đánh giá", ""],
    ["2", "Bồi dưỡng kiến thức, kỹ năng quản lý nhà nước cho công chức cấp xã sau sắp xếp", "Sở Nội vụ",
     "Trường Cán bộ Thành phố Hồ Chí Minh", "Quý II - III/2026", "Lớp bồi dưỡng", ""],
    ["3", "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính",
     _B9_bullets("Sở Nội vụ", "Thanh tra Thành phố"), "Văn phòng UBND Thành phố", "Định kỳ 6 tháng",
     "Thông báo kết quả kiểm tra", ""],
    _B9_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập giai đoạn 2026 - 2030", "Sở Tài chính",
     "Các sở, ban, ngành có đơn vị sự nghiệp", "Quý I/2026", "Quyết định giao tự chủ", ""],
    ["2", "Đẩy mạnh giải ngân vốn đầu tư công kế hoạch năm 2026", "Sở Tài chính", "Các chủ đầu tư",
     "Trước ngày 31/01/2027", "Báo cáo giải ngân", "Theo Nghị quyết của HĐND Thành phố"],
    _B9_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 7),
    ["1", "Hợp nhất Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố Hồ Chí Minh, tỉnh Bình Dương "
     "và tỉnh Bà Rịa - Vũng Tàu (cũ)", "Sở Khoa học và Công nghệ", "Văn phòng UBND Thành phố, Công an Thành phố",
     "Quý I/2026", "Hệ thống thống nhất", "Nhiệm vụ chuyển tiếp năm 2025"],
    ["2", "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID", "Công an Thành phố",
     "Sở Văn hóa và Thể thao; Đài Truyền hình Thành phố Hồ Chí Minh", "Thường xuyên", "Tin, bài, phóng sự", ""],
    ["3", "Vận hành Trung tâm giám sát, điều hành thông minh (IOC) của Thành phố sau sắp xếp",
     "Sở Khoa học và Công nghệ", "Các sở, ban, ngành Thành phố", "Năm 2026", "Hệ thống IOC", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Thành phố | Sở Nội vụ | Các sở, ban, ngành Thành phố; UBND các xã, phường, đặc khu | Tháng 02/2026 | 2026-02-28 | product=Kế hoạch
T I.2 | Xác định Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và UBND các xã, phường, đặc khu | Sở Nội vụ | Hội đồng thẩm định Chỉ số cải cách hành chính Thành phố | Quý II/2026 | 2026-06-30 | product=Quyết định công bố Chỉ số
T I.3 | Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước | Sở Nội vụ | Viện Nghiên cứu phát triển Thành phố; UBND các xã, phường, đặc khu | Quý III - IV/2026 | 2026-12-31 | product=Báo cáo kết quả khảo sát
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND Thành phố Hồ Chí Minh, tỉnh Bình Dương, tỉnh Bà Rịa - Vũng Tàu (cũ) ban hành để bãi bỏ, thay thế | Sở Tư pháp | Các sở, ban, ngành Thành phố | Quý I/2026 | 2026-03-31 | product=Danh mục văn bản đề nghị bãi bỏ, thay thế ; note=Nhiệm vụ chuyển tiếp năm 2025
T II.2 | Xây dựng Nghị quyết của HĐND Thành phố quy định mức thu phí, lệ phí áp dụng thống nhất trên địa bàn Thành phố | Sở Tài chính; Sở Tư pháp | Các sở, ban, ngành Thành phố; UBND các xã, phường, đặc khu | Tháng 6/2026 | 2026-06-30 | product=Nghị quyết
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, công bố danh mục thủ tục hành chính thực hiện tại cấp xã sau sắp xếp đơn vị hành chính | Văn phòng UBND Thành phố | Các sở, ban, ngành Thành phố | Quý I/2026 | 2026-03-31 | product=Quyết định công bố
T III.2 | Tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi Thành phố | Trung tâm Phục vụ hành chính công Thành phố; UBND các xã, phường, đặc khu | Sở Khoa học và Công nghệ | Thường xuyên | continuous | product=Hồ sơ được tiếp nhận, giải quyết
T III.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Các sở, ban, ngành Thành phố; UBND các xã, phường, đặc khu | Sở Khoa học và Công nghệ | Hằng tháng | periodic | product=Kết quả số hóa ; note=Báo cáo trước ngày 20 hằng tháng
T III.4 | Rút gọn quy trình cấp phép xây dựng, giao đất cho nhà đầu tư trong khu chế xuất, khu công nghiệp | Ban Quản lý các Khu chế xuất và công nghiệp Thành phố | Sở Xây dựng; Sở Nông nghiệp và Môi trường | Quý III/2026 | 2026-09-30 | product=Quy trình được rút gọn
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Rà soát, sửa đổi quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND Thành phố | Sở Nội vụ | Các cơ quan chuyên môn thuộc UBND Thành phố; Sở Tư pháp | Quý II/2026 | 2026-06-30 | product=Quyết định của UBND Thành phố
T IV.2 | Sắp xếp các đơn vị sự nghiệp công lập thuộc UBND Thành phố | Sở Nội vụ; Sở Tài chính | Các sở, ban, ngành có đơn vị sự nghiệp | Quý III/2026 | 2026-09-30 | product=Đề án sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức theo kết quả thực hiện nhiệm vụ năm 2026 | Sở Nội vụ | Các sở, ban, ngành Thành phố; UBND các xã, phường, đặc khu | Tháng 12/2026 | 2026-12-31 | product=Kết quả đánh giá
T V.2 | Bồi dưỡng kiến thức, kỹ năng quản lý nhà nước cho công chức cấp xã sau sắp xếp | Sở Nội vụ | Trường Cán bộ Thành phố Hồ Chí Minh | Quý II - III/2026 | 2026-09-30 | product=Lớp bồi dưỡng
T V.3 | Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính | Sở Nội vụ; Thanh tra Thành phố | Văn phòng UBND Thành phố | Định kỳ 6 tháng | periodic | product=Thông báo kết quả kiểm tra
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập giai đoạn 2026 - 2030 | Sở Tài chính | Các sở, ban, ngành có đơn vị sự nghiệp | Quý I/2026 | 2026-03-31 | product=Quyết định giao tự chủ
T VI.2 | Đẩy mạnh giải ngân vốn đầu tư công kế hoạch năm 2026 | Sở Tài chính | Các chủ đầu tư | Trước ngày 31/01/2027 | 2027-01-31 | product=Báo cáo giải ngân ; note=Theo Nghị quyết của HĐND Thành phố
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Hợp nhất Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu (cũ) | Sở Khoa học và Công nghệ | Văn phòng UBND Thành phố; Công an Thành phố | Quý I/2026 | 2026-03-31 | product=Hệ thống thống nhất ; note=Nhiệm vụ chuyển tiếp năm 2025
T VII.2 | Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID | Công an Thành phố | Sở Văn hóa và Thể thao; Đài Truyền hình Thành phố Hồ Chí Minh | Thường xuyên | continuous | product=Tin, bài, phóng sự
T VII.3 | Vận hành Trung tâm giám sát, điều hành thông minh (IOC) của Thành phố sau sắp xếp | Sở Khoa học và Công nghệ | Các sở, ban, ngành Thành phố | Năm 2026 | 2026-12-31 | product=Hệ thống IOC
""", year=2026)


# B9-3. A public university (đơn vị sự nghiệp: Trường Đại học Sư phạm Kỹ thuật Vĩnh Long, 2025),
# as the Excel sheet it was drafted in and as the OpenDocument sheet a LibreOffice user saved. The
# habits:
#  - The lead column is headed "Đơn vị thực hiện" (a lead word in import.md) beside "Đơn vị phối
#    hợp"; "Thời gian thực hiện"; "Sản phẩm"; "Ghi chú".
#  - The sheet has TWO EMPTY TRAILING COLUMNS (blank header cells, blank cells on every row), a
#    title row and a "(Kèm theo …)" row merged over the table's seven columns, then a BLANK ROW,
#    then the header.
#  - Units are a school's offices: "Phòng Công tác chính trị - Học sinh, sinh viên" has a comma
#    inside ("sinh viên" begins no unit): after "Phòng Đào tạo, " it is the second of two units.
#    Collectives "Các khoa, bộ môn", "Các đơn vị trong Trường". One lead typed "Phòng Kế hoạch - Tài
#    Chính" (a capital C) is the unit met first as "Phòng Kế hoạch - Tài chính" (the contract: case
#    differences are aliases of the first spelling).
#  - A heading "1" with no unit holding three "-" rows, each with its units (II.1.a … II.1.c).
#  - Deadlines "Tháng 5 - 6/2025" (a range: the end of June), "Tháng 9/2025 (trước năm học mới)"
#    (the month; the bracket only says why: 2025-09-30), "Định kỳ 6 tháng", "Hằng năm"; a task with
#    no product.
layout("b9-university-trailing-empty-columns", ["xlsx", "ods"], [], [[
    _B9_pad(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VĨNH LONG",
             "<", "<", "<", "<", "<", "<"], 2),
    _B9_pad(["(Kèm theo Kế hoạch số 45/KH-ĐHSPKTVL ngày 20/01/2025 của Hiệu trưởng)",
             "<", "<", "<", "<", "<", "<"], 2),
    _B9_pad(["", "", "", "", "", "", ""], 2),
    _B9_pad(["TT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm",
             "Ghi chú"], 2),
    _B9_span("I", "CẢI CÁCH THỂ CHẾ", 7, 2),
    _B9_pad(["1", "Rà soát, sửa đổi Quy chế tổ chức và hoạt động của Trường theo Luật Giáo dục đại học",
             "Phòng Tổ chức Cán bộ", "Phòng Thanh tra - Pháp chế", "Quý II/2025", "Quy chế",
             "Trình Hội đồng trường"], 2),
    _B9_pad(["2", "Rà soát, cập nhật Quy chế chi tiêu nội bộ năm 2025", "Phòng Kế hoạch - Tài chính",
             "Các đơn vị trong Trường", "Tháng 3/2025", "Quy chế chi tiêu nội bộ", ""], 2),
    _B9_pad(["3", "Ban hành Quy định về đào tạo trình độ đại học theo hệ thống tín chỉ (sửa đổi)", "Phòng Đào tạo",
             "Các khoa, bộ môn", "Tháng 7/2025", "Quyết định của Hiệu trưởng", ""], 2),
    _B9_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7, 2),
    _B9_pad(["1", "Chuẩn hóa quy trình giải quyết các thủ tục hành chính nội bộ phục vụ người học", "", "", "", "",
             ""], 2),
    _B9_pad(["-", "Quy trình cấp giấy xác nhận sinh viên, bảng điểm, giấy chứng nhận tốt nghiệp tạm thời",
             "Phòng Đào tạo", "Phòng Công tác chính trị - Học sinh, sinh viên", "Tháng 4/2025", "Quy trình", ""], 2),
    _B9_pad(["-", "Quy trình xét miễn, giảm học phí và cấp học bổng khuyến khích học tập",
             "Phòng Công tác chính trị - Học sinh, sinh viên", "Phòng Kế hoạch - Tài chính", "Tháng 5 - 6/2025",
             "Quy trình", ""], 2),
    _B9_pad(["-", "Quy trình đăng ký đề tài khoa học và công nghệ cấp trường", "Phòng Khoa học và Hợp tác quốc tế",
             "Các khoa, bộ môn", "Tháng 6/2025", "Quy trình", ""], 2),
    _B9_pad(["2", "Vận hành Bộ phận một cửa tiếp nhận và trả kết quả cho người học", "Phòng Hành chính - Tổng hợp",
             "Phòng Đào tạo, Phòng Công tác chính trị - Học sinh, sinh viên", "Thường xuyên", "", ""], 2),
    _B9_pad(["3", "Khảo sát sự hài lòng của người học đối với các dịch vụ hỗ trợ của Nhà trường",
             "Trung tâm Đảm bảo chất lượng", "Phòng Công tác chính trị - Học sinh, sinh viên", "Định kỳ 6 tháng",
             "Báo cáo khảo sát", ""], 2),
    _B9_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7, 2),
    _B9_pad(["1", "Sắp xếp, sáp nhập các khoa, trung tâm theo Đề án tự chủ của Trường", "Phòng Tổ chức Cán bộ",
             "Các đơn vị trong Trường", "Tháng 9/2025 (trước năm học mới)", "Quyết định thành lập, sáp nhập",
             "Trình Hội đồng trường"], 2),
    _B9_span("IV", "XÂY DỰNG ĐỘI NGŨ VIÊN CHỨC, NGƯỜI LAO ĐỘNG", 7, 2),
    _B9_pad(["1", "Tuyển dụng viên chức giảng dạy có trình độ tiến sĩ", "Phòng Tổ chức Cán bộ", "Các khoa, bộ môn",
             "Quý III/2025", "Kết quả tuyển dụng", ""], 2),
    _B9_pad(["2", "Đánh giá, xếp loại viên chức, người lao động năm 2025", "Phòng Tổ chức Cán bộ",
             "Các đơn vị trong Trường", "Tháng 12/2025", "Kết quả đánh giá", ""], 2),
    _B9_span("V", "ĐỔI MỚI CƠ CHẾ TÀI CHÍNH, TỰ CHỦ", 7, 2),
    _B9_pad(["1", "Xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030", "Phòng Kế hoạch - Tài chính",
             "Phòng Tổ chức Cán bộ, Phòng Đào tạo", "Quý IV/2025", "Phương án tự chủ",
             "Trình Bộ Giáo dục và Đào tạo"], 2),
    _B9_pad(["2", "Công khai tài chính theo quy định", "Phòng Kế hoạch - Tài Chính", "", "Hằng năm",
             "Báo cáo công khai", ""], 2),
    _B9_span("VI", "CHUYỂN ĐỔI SỐ TRONG QUẢN TRỊ VÀ ĐÀO TẠO", 7, 2),
    _B9_pad(["1", "Triển khai phần mềm quản lý đào tạo, học vụ trực tuyến", "Trung tâm Thông tin - Thư viện",
             "Phòng Đào tạo", "Tháng 8/2025", "Phần mềm", ""], 2),
    _B9_pad(["2", "Số hóa văn bằng, chứng chỉ và kết nối Cơ sở dữ liệu ngành giáo dục", "Phòng Đào tạo",
             "Trung tâm Thông tin - Thư viện", "Năm 2025", "Dữ liệu số", ""], 2),
    _B9_pad(["3", "Sử dụng chữ ký số, hệ thống quản lý văn bản điện tử", "Các đơn vị trong Trường",
             "Phòng Hành chính - Tổng hợp", "Thường xuyên", "", ""], 2),
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát, sửa đổi Quy chế tổ chức và hoạt động của Trường theo Luật Giáo dục đại học | Phòng Tổ chức Cán bộ | Phòng Thanh tra - Pháp chế | Quý II/2025 | 2025-06-30 | product=Quy chế ; note=Trình Hội đồng trường
T I.2 | Rà soát, cập nhật Quy chế chi tiêu nội bộ năm 2025 | Phòng Kế hoạch - Tài chính | Các đơn vị trong Trường | Tháng 3/2025 | 2025-03-31 | product=Quy chế chi tiêu nội bộ
T I.3 | Ban hành Quy định về đào tạo trình độ đại học theo hệ thống tín chỉ (sửa đổi) | Phòng Đào tạo | Các khoa, bộ môn | Tháng 7/2025 | 2025-07-31 | product=Quyết định của Hiệu trưởng
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Chuẩn hóa quy trình giải quyết các thủ tục hành chính nội bộ phục vụ người học
T II.1.a | Quy trình cấp giấy xác nhận sinh viên, bảng điểm, giấy chứng nhận tốt nghiệp tạm thời | Phòng Đào tạo | Phòng Công tác chính trị - Học sinh, sinh viên | Tháng 4/2025 | 2025-04-30 | product=Quy trình
T II.1.b | Quy trình xét miễn, giảm học phí và cấp học bổng khuyến khích học tập | Phòng Công tác chính trị - Học sinh, sinh viên | Phòng Kế hoạch - Tài chính | Tháng 5 - 6/2025 | 2025-06-30 | product=Quy trình
T II.1.c | Quy trình đăng ký đề tài khoa học và công nghệ cấp trường | Phòng Khoa học và Hợp tác quốc tế | Các khoa, bộ môn | Tháng 6/2025 | 2025-06-30 | product=Quy trình
T II.2 | Vận hành Bộ phận một cửa tiếp nhận và trả kết quả cho người học | Phòng Hành chính - Tổng hợp | Phòng Đào tạo; Phòng Công tác chính trị - Học sinh, sinh viên | Thường xuyên | continuous |
T II.3 | Khảo sát sự hài lòng của người học đối với các dịch vụ hỗ trợ của Nhà trường | Trung tâm Đảm bảo chất lượng | Phòng Công tác chính trị - Học sinh, sinh viên | Định kỳ 6 tháng | periodic | product=Báo cáo khảo sát
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp, sáp nhập các khoa, trung tâm theo Đề án tự chủ của Trường | Phòng Tổ chức Cán bộ | Các đơn vị trong Trường | Tháng 9/2025 (trước năm học mới) | 2025-09-30 | product=Quyết định thành lập, sáp nhập ; note=Trình Hội đồng trường
S IV | XÂY DỰNG ĐỘI NGŨ VIÊN CHỨC, NGƯỜI LAO ĐỘNG
T IV.1 | Tuyển dụng viên chức giảng dạy có trình độ tiến sĩ | Phòng Tổ chức Cán bộ | Các khoa, bộ môn | Quý III/2025 | 2025-09-30 | product=Kết quả tuyển dụng
T IV.2 | Đánh giá, xếp loại viên chức, người lao động năm 2025 | Phòng Tổ chức Cán bộ | Các đơn vị trong Trường | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
S V | ĐỔI MỚI CƠ CHẾ TÀI CHÍNH, TỰ CHỦ
T V.1 | Xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030 | Phòng Kế hoạch - Tài chính | Phòng Tổ chức Cán bộ; Phòng Đào tạo | Quý IV/2025 | 2025-12-31 | product=Phương án tự chủ ; note=Trình Bộ Giáo dục và Đào tạo
T V.2 | Công khai tài chính theo quy định | Phòng Kế hoạch - Tài chính | | Hằng năm | periodic | product=Báo cáo công khai
S VI | CHUYỂN ĐỔI SỐ TRONG QUẢN TRỊ VÀ ĐÀO TẠO
T VI.1 | Triển khai phần mềm quản lý đào tạo, học vụ trực tuyến | Trung tâm Thông tin - Thư viện | Phòng Đào tạo | Tháng 8/2025 | 2025-08-31 | product=Phần mềm
T VI.2 | Số hóa văn bằng, chứng chỉ và kết nối Cơ sở dữ liệu ngành giáo dục | Phòng Đào tạo | Trung tâm Thông tin - Thư viện | Năm 2025 | 2025-12-31 | product=Dữ liệu số
T VI.3 | Sử dụng chữ ký số, hệ thống quản lý văn bản điện tử | Các đơn vị trong Trường | Phòng Hành chính - Tổng hợp | Thường xuyên | continuous |
""")


# B9-4. A district police office (ngành dọc: Công an huyện Châu Thành, Công an tỉnh Tiền Giang,
# 2024), in Word and as a CSV. The habits:
#  - Units are the office's teams, "Đội …" ("Đội Tổng hợp", "Đội Cảnh sát quản lý hành chính về
#    trật tự xã hội", "Đội Cảnh sát giao thông - Trật tự"), joined by ", " before "Đội …" (two units:
#    a new unit's name begins, though "Đội" is not among the contract's examples) and by " và "
#    before "Công an các xã, thị trấn" (a collective with a comma inside). "Các đội nghiệp vụ" is a
#    collective (lower-case "đội" after "Các").
#  - The number column headed "Số TT"; sections "I." and tasks "1." with full stops, restarting in
#    each section; no product column; a "Ghi chú" column with sentences holding dates ("Từ ngày
#    01/7/2024 thực hiện theo Luật Căn cước"): a note, never the deadline.
#  - A FOOTNOTE MARK in the deadline header, "Thời hạn hoàn thành (*)", explained by a paragraph
#    under the table in the Word file (no task); "Thời hạn" is a deadline word of import.md.
#  - Deadlines "Định kỳ hằng tháng, quý, 6 tháng, năm" (periodic), "Hằng quý", "Hằng tháng",
#    "Theo chỉ đạo của Công an tỉnh" (external, as in the corpus: "Theo …" another body's schedule),
#    "Trước ngày 15/12/2024".
#  - A title holding a quoted motto with commas ("đúng, đủ, sạch, sống"), quoted in the CSV.
layout("b9-district-police-doi-units", ["docx", "csv"], [
    "CÔNG AN TỈNH TIỀN GIANG",
    "CÔNG AN HUYỆN CHÂU THÀNH",
    "PHỤ LỤC",
    "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 35/KH-CAH ngày 22/01/2024 của Công an huyện Châu Thành)",
], [[
    ["**Số TT", "**Nội dung công việc", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời hạn hoàn thành (*)",
     "**Ghi chú"],
    _B9_span("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1.", "Xây dựng Kế hoạch tuyên truyền cải cách hành chính, Đề án 06 năm 2024", "Đội Tổng hợp",
     "Các đội nghiệp vụ", "Quý I/2024", ""],
    ["2.", "Tự kiểm tra công tác cải cách hành chính tại các đội nghiệp vụ và Công an các xã, thị trấn",
     "Đội Tổng hợp", "Đội Cảnh sát quản lý hành chính về trật tự xã hội, Đội Cảnh sát giao thông - Trật tự",
     "Quý III/2024", ""],
    ["3.", "Báo cáo kết quả thực hiện cải cách hành chính", "Đội Tổng hợp",
     "Các đội nghiệp vụ và Công an các xã, thị trấn", "Định kỳ hằng tháng, quý, 6 tháng, năm",
     "Gửi Phòng Tham mưu Công an tỉnh trước ngày 15 của tháng cuối kỳ"],
    _B9_span("II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1.", "Niêm yết công khai thủ tục hành chính lĩnh vực cư trú, căn cước tại nơi tiếp công dân",
     "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Công an các xã, thị trấn", "Thường xuyên", ""],
    ["2.", "Tiếp nhận, giải quyết hồ sơ cấp căn cước qua dịch vụ công trực tuyến",
     "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Công an các xã, thị trấn", "Thường xuyên",
     "Từ ngày 01/7/2024 thực hiện theo Luật Căn cước"],
    ["3.", "Đăng ký, cấp biển số xe lần đầu qua dịch vụ công trực tuyến toàn trình",
     "Đội Cảnh sát giao thông - Trật tự", "Công an các xã, thị trấn", "Năm 2024", ""],
    ["4.", "Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân khi giải quyết thủ tục hành chính",
     "Đội Tổng hợp",
     "Đội Cảnh sát quản lý hành chính về trật tự xã hội, Đội Cảnh sát giao thông - Trật tự và Công an các xã, "
     "thị trấn", "Quý IV/2024", ""],
    _B9_span("III.", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1.", "Kiện toàn tổ chức, bố trí lực lượng Công an xã, thị trấn theo Luật Lực lượng tham gia bảo vệ an ninh, "
     "trật tự ở cơ sở", "Đội Tổng hợp", "Công an các xã, thị trấn", "Theo chỉ đạo của Công an tỉnh", ""],
    _B9_span("IV.", "XÂY DỰNG ĐỘI NGŨ CÁN BỘ, CHIẾN SĨ", 6),
    ["1.", "Bồi dưỡng kỹ năng giao tiếp, ứng xử với nhân dân cho cán bộ, chiến sĩ làm công tác tiếp dân",
     "Đội Tổng hợp", "Các đội nghiệp vụ", "Quý II/2024", ""],
    ["2.", "Kiểm tra điều lệnh, lễ tiết tác phong, văn hóa ứng xử của cán bộ, chiến sĩ", "Đội Tổng hợp",
     "Đội Cảnh sát giao thông - Trật tự", "Hằng quý", "Kết hợp kiểm tra đột xuất"],
    ["3.", "Đánh giá, xếp loại cán bộ, chiến sĩ năm 2024", "Đội Tổng hợp", "Các đội nghiệp vụ",
     "Trước ngày 15/12/2024", ""],
    _B9_span("V.", "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN, CHUYỂN ĐỔI SỐ", 6),
    ["1.", "Thu nhận hồ sơ cấp căn cước, kích hoạt tài khoản định danh điện tử mức độ 2 cho công dân",
     "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Công an các xã, thị trấn", "Hằng tháng",
     "Chỉ tiêu theo Kế hoạch của Công an tỉnh"],
    ["2.", "Cập nhật, làm sạch dữ liệu dân cư theo phương châm \"đúng, đủ, sạch, sống\"", "Công an các xã, thị trấn",
     "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Thường xuyên", ""],
    ["3.", "Sử dụng hệ thống văn bản điện tử, chữ ký số trong Công an nhân dân", "Các đội nghiệp vụ",
     "Đội Tổng hợp", "Năm 2024", ""],
], "(*) Thời hạn hoàn thành là thời hạn đơn vị chủ trì gửi kết quả về Đội Tổng hợp để tổng hợp, báo cáo."], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch tuyên truyền cải cách hành chính, Đề án 06 năm 2024 | Đội Tổng hợp | Các đội nghiệp vụ | Quý I/2024 | 2024-03-31 |
T I.2 | Tự kiểm tra công tác cải cách hành chính tại các đội nghiệp vụ và Công an các xã, thị trấn | Đội Tổng hợp | Đội Cảnh sát quản lý hành chính về trật tự xã hội; Đội Cảnh sát giao thông - Trật tự | Quý III/2024 | 2024-09-30 |
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Đội Tổng hợp | Các đội nghiệp vụ; Công an các xã, thị trấn | Định kỳ hằng tháng, quý, 6 tháng, năm | periodic | note=Gửi Phòng Tham mưu Công an tỉnh trước ngày 15 của tháng cuối kỳ
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Niêm yết công khai thủ tục hành chính lĩnh vực cư trú, căn cước tại nơi tiếp công dân | Đội Cảnh sát quản lý hành chính về trật tự xã hội | Công an các xã, thị trấn | Thường xuyên | continuous |
T II.2 | Tiếp nhận, giải quyết hồ sơ cấp căn cước qua dịch vụ công trực tuyến | Đội Cảnh sát quản lý hành chính về trật tự xã hội | Công an các xã, thị trấn | Thường xuyên | continuous | note=Từ ngày 01/7/2024 thực hiện theo Luật Căn cước
T II.3 | Đăng ký, cấp biển số xe lần đầu qua dịch vụ công trực tuyến toàn trình | Đội Cảnh sát giao thông - Trật tự | Công an các xã, thị trấn | Năm 2024 | 2024-12-31 |
T II.4 | Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân khi giải quyết thủ tục hành chính | Đội Tổng hợp | Đội Cảnh sát quản lý hành chính về trật tự xã hội; Đội Cảnh sát giao thông - Trật tự; Công an các xã, thị trấn | Quý IV/2024 | 2024-12-31 |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Kiện toàn tổ chức, bố trí lực lượng Công an xã, thị trấn theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở | Đội Tổng hợp | Công an các xã, thị trấn | Theo chỉ đạo của Công an tỉnh | external |
S IV | XÂY DỰNG ĐỘI NGŨ CÁN BỘ, CHIẾN SĨ
T IV.1 | Bồi dưỡng kỹ năng giao tiếp, ứng xử với nhân dân cho cán bộ, chiến sĩ làm công tác tiếp dân | Đội Tổng hợp | Các đội nghiệp vụ | Quý II/2024 | 2024-06-30 |
T IV.2 | Kiểm tra điều lệnh, lễ tiết tác phong, văn hóa ứng xử của cán bộ, chiến sĩ | Đội Tổng hợp | Đội Cảnh sát giao thông - Trật tự | Hằng quý | periodic | note=Kết hợp kiểm tra đột xuất
T IV.3 | Đánh giá, xếp loại cán bộ, chiến sĩ năm 2024 | Đội Tổng hợp | Các đội nghiệp vụ | Trước ngày 15/12/2024 | 2024-12-15 |
S V | ỨNG DỤNG CÔNG NGHỆ THÔNG TIN, CHUYỂN ĐỔI SỐ
T V.1 | Thu nhận hồ sơ cấp căn cước, kích hoạt tài khoản định danh điện tử mức độ 2 cho công dân | Đội Cảnh sát quản lý hành chính về trật tự xã hội | Công an các xã, thị trấn | Hằng tháng | periodic | note=Chỉ tiêu theo Kế hoạch của Công an tỉnh
T V.2 | Cập nhật, làm sạch dữ liệu dân cư theo phương châm "đúng, đủ, sạch, sống" | Công an các xã, thị trấn | Đội Cảnh sát quản lý hành chính về trật tự xã hội | Thường xuyên | continuous |
T V.3 | Sử dụng hệ thống văn bản điện tử, chữ ký số trong Công an nhân dân | Các đội nghiệp vụ | Đội Tổng hợp | Năm 2024 | 2024-12-31 |
""", year=2024)


# B9-5. A digital transformation plan (Kế hoạch chuyển đổi số năm 2025, UBND huyện Đức Trọng, Lâm
# Đồng), in Word and as an OpenDocument sheet. The habits:
#  - TWO ANNEXES IN ONE FILE: "Phụ lục I", a TABLE OF TARGETS ("STT | Chỉ tiêu | Đơn vị tính |
#    Chỉ tiêu năm 2025 | Cơ quan chủ trì theo dõi"): its header names a lead column but NO TASK
#    COLUMN ("Chỉ tiêu" is no task word of import.md), so it is not the task table; then "Phụ lục
#    II", the tasks. The contract: by default the first table whose header names a task column
#    and a lead column, so the second. In the sheet the two tables are stacked on one sheet: the
#    targets and their header are rows above the task table's header (no tasks, no units).
#  - The pillars of a DX plan as Roman sections; in section I GROUPS numbered "1", "2", "3" spanning
#    the row (headings, no unit) over tasks "1.1", "1.2" … (I.1.1 …); sections II–IV plain.
#  - "Kinh phí\n(triệu đồng)" in millions ("850", "3.500" = 3.5 billion, "420,5" = 420.5 million),
#    an empty budget cell for none; the funding column headed "Nguồn vốn" (funding, as in the
#    corpus) with "Ngân sách huyện", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
#    "Kinh phí chi thường xuyên"; a "Tổng cộng" row at the foot (no task).
#  - The district offices after the 2025 reorganisation: "Phòng Văn hóa, Khoa học và Thông tin" (a
#    comma inside: one unit; after it ", Công an huyện" is a second), "Phòng Nông nghiệp và Môi
#    trường", "Văn phòng HĐND và UBND huyện" (" và UBND huyện" inside one name: never split). A
#    support written as two lines (no ";"), the second a collective "Các trường học trên địa bàn
#    huyện". Supports joined by ";" ("Hội Liên hiệp Phụ nữ huyện; Huyện đoàn"). "Khi có yêu cầu":
#    an event.
layout("b9-digital-transformation-targets-table-first", ["docx", "ods"], [
    "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG",
    "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025 TRÊN ĐỊA BÀN HUYỆN ĐỨC TRỌNG",
    "(Kèm theo Kế hoạch số 62/KH-UBND ngày 14/3/2025 của UBND huyện Đức Trọng)",
], [
    "Phụ lục I",
    "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025",
    [
        ["**STT", "**Chỉ tiêu", "**Đơn vị tính", "**Chỉ tiêu năm 2025", "**Cơ quan chủ trì theo dõi"],
        ["1", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình", "%", "≥ 50",
         "Văn phòng HĐND và UBND huyện"],
        ["2", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", "%", "100",
         "Văn phòng HĐND và UBND huyện"],
        ["3", "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức độ 2", "%", "≥ 80", "Công an huyện"],
        ["4", "Tỷ lệ hộ gia đình có đường truyền Internet cáp quang băng rộng", "%", "≥ 85",
         "Phòng Văn hóa, Khoa học và Thông tin"],
    ],
    "Phụ lục II",
    "NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025",
    [
        ["**STT", "**Nhiệm vụ", "**Cơ quan chủ trì", "**Cơ quan phối hợp", "**Thời gian hoàn thành",
         "**Kinh phí\n(triệu đồng)", "**Nguồn vốn"],
        _B9_span("I", "CHÍNH QUYỀN SỐ", 7),
        _B9_span("1", "Hạ tầng số, nền tảng số", 7),
        ["1.1", "Nâng cấp mạng nội bộ (LAN), đường truyền số liệu chuyên dùng tại UBND huyện và UBND các xã, thị trấn",
         "Phòng Văn hóa, Khoa học và Thông tin", "UBND các xã, thị trấn; VNPT Lâm Đồng", "Quý II/2025", "850",
         "Ngân sách huyện"],
        ["1.2", "Trang bị chữ ký số chuyên dùng cho cán bộ, công chức cấp huyện, cấp xã",
         "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Quý I/2025", "", ""],
        _B9_span("2", "Dữ liệu số", 7),
        ["2.1", "Xây dựng cơ sở dữ liệu đất đai huyện Đức Trọng", "Phòng Nông nghiệp và Môi trường",
         "Chi nhánh Văn phòng đăng ký đất đai huyện Đức Trọng", "Năm 2025", "3.500", "Ngân sách tỉnh"],
        ["2.2", "Số hóa sổ hộ tịch, hồ sơ chứng thực lưu trữ tại UBND các xã, thị trấn", "Văn phòng HĐND và UBND huyện",
         "UBND các xã, thị trấn", "Quý III/2025", "420,5", "Ngân sách huyện"],
        _B9_span("3", "Ứng dụng số phục vụ chỉ đạo, điều hành", 7),
        ["3.1", "Vận hành Trung tâm giám sát, điều hành thông minh (IOC) cấp huyện",
         "Phòng Văn hóa, Khoa học và Thông tin", "Văn phòng HĐND và UBND huyện, Công an huyện", "Thường xuyên",
         "250", "Ngân sách huyện"],
        ["3.2", "Tổ chức họp trực tuyến từ huyện đến các xã, thị trấn", "Văn phòng HĐND và UBND huyện",
         "Phòng Văn hóa, Khoa học và Thông tin", "Khi có yêu cầu", "", ""],
        _B9_span("II", "KINH TẾ SỐ", 7),
        ["1", "Hỗ trợ hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử",
         "Phòng Kinh tế, Hạ tầng và Đô thị", "Hội Liên hiệp Phụ nữ huyện; Huyện đoàn", "Quý III/2025", "120",
         "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
        ["2", "Đẩy mạnh thanh toán không dùng tiền mặt trong thu học phí, viện phí", "Phòng Tài chính - Kế hoạch",
         "Trung tâm Y tế huyện\nCác trường học trên địa bàn huyện", "Năm 2025", "", ""],
        _B9_span("III", "XÃ HỘI SỐ", 7),
        ["1", "Duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố", "UBND các xã, thị trấn",
         "Phòng Văn hóa, Khoa học và Thông tin", "Thường xuyên", "180", "Ngân sách xã"],
        ["2", "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến", "Công an huyện",
         "Huyện đoàn, UBND các xã, thị trấn", "Hằng tháng", "", ""],
        ["3", "Tập huấn kỹ năng số cho cán bộ, công chức và người dân", "Phòng Văn hóa, Khoa học và Thông tin",
         "Phòng Nội vụ", "Quý II - III/2025", "95", "Kinh phí chi thường xuyên"],
        _B9_span("IV", "AN TOÀN THÔNG TIN MẠNG", 7),
        ["1", "Kiểm tra, đánh giá an toàn thông tin hệ thống thông tin cấp huyện theo cấp độ",
         "Phòng Văn hóa, Khoa học và Thông tin", "Công an huyện", "Quý IV/2025", "60", "Ngân sách huyện"],
        ["2", "Diễn tập ứng cứu sự cố an toàn thông tin mạng", "Phòng Văn hóa, Khoa học và Thông tin",
         "Sở Khoa học và Công nghệ, VNPT Lâm Đồng", "Tháng 10/2025", "75", "Ngân sách huyện"],
        ["", "Tổng cộng", "<", "<", "<", "5.550,5", ""],
    ],
], """
S I | CHÍNH QUYỀN SỐ
H I.1 | Hạ tầng số, nền tảng số
T I.1.1 | Nâng cấp mạng nội bộ (LAN), đường truyền số liệu chuyên dùng tại UBND huyện và UBND các xã, thị trấn | Phòng Văn hóa, Khoa học và Thông tin | UBND các xã, thị trấn; VNPT Lâm Đồng | Quý II/2025 | 2025-06-30 | budget=850000000 ; funding=Ngân sách huyện
T I.1.2 | Trang bị chữ ký số chuyên dùng cho cán bộ, công chức cấp huyện, cấp xã | Văn phòng HĐND và UBND huyện | Phòng Nội vụ | Quý I/2025 | 2025-03-31 |
H I.2 | Dữ liệu số
T I.2.1 | Xây dựng cơ sở dữ liệu đất đai huyện Đức Trọng | Phòng Nông nghiệp và Môi trường | Chi nhánh Văn phòng đăng ký đất đai huyện Đức Trọng | Năm 2025 | 2025-12-31 | budget=3500000000 ; funding=Ngân sách tỉnh
T I.2.2 | Số hóa sổ hộ tịch, hồ sơ chứng thực lưu trữ tại UBND các xã, thị trấn | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Quý III/2025 | 2025-09-30 | budget=420500000 ; funding=Ngân sách huyện
H I.3 | Ứng dụng số phục vụ chỉ đạo, điều hành
T I.3.1 | Vận hành Trung tâm giám sát, điều hành thông minh (IOC) cấp huyện | Phòng Văn hóa, Khoa học và Thông tin | Văn phòng HĐND và UBND huyện; Công an huyện | Thường xuyên | continuous | budget=250000000 ; funding=Ngân sách huyện
T I.3.2 | Tổ chức họp trực tuyến từ huyện đến các xã, thị trấn | Văn phòng HĐND và UBND huyện | Phòng Văn hóa, Khoa học và Thông tin | Khi có yêu cầu | event |
S II | KINH TẾ SỐ
T II.1 | Hỗ trợ hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử | Phòng Kinh tế, Hạ tầng và Đô thị | Hội Liên hiệp Phụ nữ huyện; Huyện đoàn | Quý III/2025 | 2025-09-30 | budget=120000000 ; funding=Chương trình mục tiêu quốc gia xây dựng nông thôn mới
T II.2 | Đẩy mạnh thanh toán không dùng tiền mặt trong thu học phí, viện phí | Phòng Tài chính - Kế hoạch | Trung tâm Y tế huyện; Các trường học trên địa bàn huyện | Năm 2025 | 2025-12-31 |
S III | XÃ HỘI SỐ
T III.1 | Duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố | UBND các xã, thị trấn | Phòng Văn hóa, Khoa học và Thông tin | Thường xuyên | continuous | budget=180000000 ; funding=Ngân sách xã
T III.2 | Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến | Công an huyện | Huyện đoàn; UBND các xã, thị trấn | Hằng tháng | periodic |
T III.3 | Tập huấn kỹ năng số cho cán bộ, công chức và người dân | Phòng Văn hóa, Khoa học và Thông tin | Phòng Nội vụ | Quý II - III/2025 | 2025-09-30 | budget=95000000 ; funding=Kinh phí chi thường xuyên
S IV | AN TOÀN THÔNG TIN MẠNG
T IV.1 | Kiểm tra, đánh giá an toàn thông tin hệ thống thông tin cấp huyện theo cấp độ | Phòng Văn hóa, Khoa học và Thông tin | Công an huyện | Quý IV/2025 | 2025-12-31 | budget=60000000 ; funding=Ngân sách huyện
T IV.2 | Diễn tập ứng cứu sự cố an toàn thông tin mạng | Phòng Văn hóa, Khoa học và Thông tin | Sở Khoa học và Công nghệ; VNPT Lâm Đồng | Tháng 10/2025 | 2025-10-31 | budget=75000000 ; funding=Ngân sách huyện
""")


# B9-6. A plan implementing Đề án 06 (dân cư, định danh và xác thực điện tử) of a town (UBND thị xã
# Ninh Hòa, Khánh Hòa, 2024), in Word and Excel. The habits:
#  - Two Roman sections, "NHIỆM VỤ CHUNG" and "NHIỆM VỤ CỤ THỂ"; the second holds the Đề án's FIVE
#    GROUPS of utilities as rows "1" … "5" spanning the row (headings, no unit), each over tasks
#    "1.1", "1.2" … (II.1.1 …).
#  - UNIT CELLS WRITTEN AS BULLET LISTS, "- Công an thị xã;\n- UBND các xã, phường" (and three lines
#    once), in the lead and in the support: one unit a line, the dashes and ";" no part of the
#    names. "Các ngân hàng thương mại trên địa bàn" and "Các cơ quan, đơn vị" are collectives; "Các
#    cơ quan, đơn vị, UBND các xã, phường" is two units (", UBND" begins one).
#  - A "Ghi chú" column naming documents and quotas; no product column.
#  - Deadlines "Định kỳ hằng tháng, quý" (periodic), "Trước ngày 30/6/2024", "Theo lộ trình của Bộ
#    Lao động - Thương binh và Xã hội" (external, as in the corpus's "Theo lộ trình …").
#  - Titles with quoted service names that hold dashes and commas.
layout("b9-de-an-06-bullet-unit-cells", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2024 TRÊN ĐỊA BÀN THỊ XÃ",
    "(Kèm theo Kế hoạch số 41/KH-UBND ngày 26/02/2024 của UBND thị xã Ninh Hòa)",
], [[
    ["**STT", "**Nội dung nhiệm vụ", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời gian hoàn thành",
     "**Ghi chú"],
    _B9_span("I", "NHIỆM VỤ CHUNG", 6),
    ["1", "Kiện toàn Tổ công tác triển khai Đề án 06 thị xã", "Công an thị xã", "Phòng Nội vụ", "Quý I/2024", ""],
    ["2", "Tuyên truyền về lợi ích của Đề án 06, ứng dụng VNeID trên các phương tiện thông tin đại chúng",
     _B9_bullets("Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã"),
     _B9_bullets("Công an thị xã", "UBND các xã, phường"), "Thường xuyên", ""],
    ["3", "Sơ kết, báo cáo kết quả thực hiện Đề án 06", "Công an thị xã", "Các cơ quan, đơn vị, UBND các xã, phường",
     "Định kỳ hằng tháng, quý", "Gửi Tổ công tác Đề án 06 tỉnh trước ngày 20 hằng tháng"],
    _B9_span("II", "NHIỆM VỤ CỤ THỂ", 6),
    _B9_span("1", "Nhóm tiện ích phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến", 6),
    ["1.1", "Thực hiện 02 nhóm thủ tục hành chính liên thông \"Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ "
     "bảo hiểm y tế cho trẻ em dưới 6 tuổi\" và \"Đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng "
     "phí\"", _B9_bullets("Phòng Tư pháp", "Công an thị xã"), _B9_bullets("Bảo hiểm xã hội thị xã", "UBND các xã, phường"),
     "Thường xuyên", ""],
    ["1.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa thị xã và cấp xã",
     "Văn phòng HĐND và UBND thị xã", "UBND các xã, phường", "Trước ngày 30/6/2024", ""],
    ["1.3", "Thu nhận hồ sơ cấp căn cước, định danh điện tử mức độ 2 tại các điểm thu nhận lưu động", "Công an thị xã",
     _B9_bullets("Bưu điện thị xã", "UBND các xã, phường"), "Hằng tháng",
     "Chỉ tiêu giao tại Kế hoạch số 125/KH-UBND của UBND tỉnh"],
    _B9_span("2", "Nhóm tiện ích phục vụ phát triển kinh tế, xã hội", 6),
    ["2.1", "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt", "Phòng Lao động - Thương binh và Xã hội",
     _B9_bullets("Bưu điện thị xã", "Các ngân hàng thương mại trên địa bàn"), "Quý II/2024", ""],
    ["2.2", "Sử dụng thẻ căn cước gắn chip trong khám, chữa bệnh bảo hiểm y tế", "Trung tâm Y tế thị xã",
     "Bảo hiểm xã hội thị xã", "Thường xuyên", ""],
    _B9_span("3", "Nhóm tiện ích phục vụ công dân số", 6),
    ["3.1", "Hướng dẫn người dân sử dụng các tiện ích trên ứng dụng VNeID (tích hợp giấy phép lái xe, thẻ bảo hiểm y "
     "tế, sổ sức khỏe điện tử)", "Công an thị xã",
     _B9_bullets("Thị đoàn", "Hội Liên hiệp Phụ nữ thị xã", "UBND các xã, phường"), "Năm 2024", ""],
    _B9_span("4", "Nhóm hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu dân cư", 6),
    ["4.1", "Rà soát, làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "Phòng Tư pháp",
     "Công an thị xã", "Tháng 9/2024", ""],
    ["4.2", "Cập nhật dữ liệu người có công, đối tượng bảo trợ xã hội vào Cơ sở dữ liệu quốc gia về dân cư",
     "Phòng Lao động - Thương binh và Xã hội", "Công an thị xã",
     "Theo lộ trình của Bộ Lao động - Thương binh và Xã hội", ""],
    _B9_span("5", "Nhóm phục vụ chỉ đạo, điều hành của lãnh đạo các cấp", 6),
    ["5.1", "Kết nối dữ liệu Đề án 06 với Trung tâm giám sát, điều hành thông minh của thị xã",
     "Phòng Văn hóa và Thông tin", _B9_bullets("Công an thị xã", "Văn phòng HĐND và UBND thị xã"), "Quý IV/2024",
     ""],
]], """
S I | NHIỆM VỤ CHUNG
T I.1 | Kiện toàn Tổ công tác triển khai Đề án 06 thị xã | Công an thị xã | Phòng Nội vụ | Quý I/2024 | 2024-03-31 |
T I.2 | Tuyên truyền về lợi ích của Đề án 06, ứng dụng VNeID trên các phương tiện thông tin đại chúng | Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã | Công an thị xã; UBND các xã, phường | Thường xuyên | continuous |
T I.3 | Sơ kết, báo cáo kết quả thực hiện Đề án 06 | Công an thị xã | Các cơ quan, đơn vị; UBND các xã, phường | Định kỳ hằng tháng, quý | periodic | note=Gửi Tổ công tác Đề án 06 tỉnh trước ngày 20 hằng tháng
S II | NHIỆM VỤ CỤ THỂ
H II.1 | Nhóm tiện ích phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến
T II.1.1 | Thực hiện 02 nhóm thủ tục hành chính liên thông "Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi" và "Đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí" | Phòng Tư pháp; Công an thị xã | Bảo hiểm xã hội thị xã; UBND các xã, phường | Thường xuyên | continuous |
T II.1.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa thị xã và cấp xã | Văn phòng HĐND và UBND thị xã | UBND các xã, phường | Trước ngày 30/6/2024 | 2024-06-30 |
T II.1.3 | Thu nhận hồ sơ cấp căn cước, định danh điện tử mức độ 2 tại các điểm thu nhận lưu động | Công an thị xã | Bưu điện thị xã; UBND các xã, phường | Hằng tháng | periodic | note=Chỉ tiêu giao tại Kế hoạch số 125/KH-UBND của UBND tỉnh
H II.2 | Nhóm tiện ích phục vụ phát triển kinh tế, xã hội
T II.2.1 | Chi trả trợ cấp an sinh xã hội không dùng tiền mặt | Phòng Lao động - Thương binh và Xã hội | Bưu điện thị xã; Các ngân hàng thương mại trên địa bàn | Quý II/2024 | 2024-06-30 |
T II.2.2 | Sử dụng thẻ căn cước gắn chip trong khám, chữa bệnh bảo hiểm y tế | Trung tâm Y tế thị xã | Bảo hiểm xã hội thị xã | Thường xuyên | continuous |
H II.3 | Nhóm tiện ích phục vụ công dân số
T II.3.1 | Hướng dẫn người dân sử dụng các tiện ích trên ứng dụng VNeID (tích hợp giấy phép lái xe, thẻ bảo hiểm y tế, sổ sức khỏe điện tử) | Công an thị xã | Thị đoàn; Hội Liên hiệp Phụ nữ thị xã; UBND các xã, phường | Năm 2024 | 2024-12-31 |
H II.4 | Nhóm hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu dân cư
T II.4.1 | Rà soát, làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư | Phòng Tư pháp | Công an thị xã | Tháng 9/2024 | 2024-09-30 |
T II.4.2 | Cập nhật dữ liệu người có công, đối tượng bảo trợ xã hội vào Cơ sở dữ liệu quốc gia về dân cư | Phòng Lao động - Thương binh và Xã hội | Công an thị xã | Theo lộ trình của Bộ Lao động - Thương binh và Xã hội | external |
H II.5 | Nhóm phục vụ chỉ đạo, điều hành của lãnh đạo các cấp
T II.5.1 | Kết nối dữ liệu Đề án 06 với Trung tâm giám sát, điều hành thông minh của thị xã | Phòng Văn hóa và Thông tin | Công an thị xã; Văn phòng HĐND và UBND thị xã | Quý IV/2024 | 2024-12-31 |
""", year=2024)


# B9-7. A plan to improve the PCI (Chỉ số năng lực cạnh tranh cấp tỉnh, UBND tỉnh Hậu Giang, 2024,
# issued in May after the 2023 results), as an Excel sheet and an OpenDocument sheet. The habits:
#  - PARTS "A" (general tasks) and "B" (tasks per COMPONENT INDEX) in rows spanning the table, each
#    with Roman sections from I again; in B the ten component indices are the sections B.I … B.X,
#    their titles carrying the 2023 SCORE AND RANK in brackets with decimal commas and a slash
#    ("Chỉ số Gia nhập thị trường (năm 2023: 6,85 điểm, xếp thứ 38/63)"): kept whole as the
#    section's title. The parts are no sections (no S line), as in the corpus.
#  - The title and the "(Kèm theo …)" line as rows merged over the table above the header.
#  - Units of a province: "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch" (commas inside), after
#    "Hiệp hội Doanh nghiệp tỉnh, " (split before "Trung tâm"); "Các sở, ban, ngành tỉnh" and "UBND
#    các huyện, thị xã, thành phố" collectives, joined by ", " as one lead cell (two leads); "Cục
#    Thuế tỉnh", "Tòa án nhân dân tỉnh", "Công an tỉnh".
#  - "Ghi chú": "Trả lời trong thời hạn 07 ngày làm việc", "Đề nghị Tòa án nhân dân tỉnh chủ trì".
#  - Deadlines "Trước 30/9/2024", "Năm 2024 và những năm tiếp theo" (periodic, every year, as the
#    corpus reads "Năm 2025 và các năm tiếp theo"), "Sau khi có kết luận của Chủ tịch UBND tỉnh"
#    (event), "Định kỳ hằng quý", "Hằng tháng".
layout("b9-pci-parts-component-sections", ["xlsx", "ods"], [], [[
    ["PHỤ LỤC: NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2024", "<", "<", "<", "<",
     "<"],
    ["(Kèm theo Kế hoạch số 102/KH-UBND ngày 15/5/2024 của UBND tỉnh Hậu Giang)", "<", "<", "<", "<", "<"],
    ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"],
    _B9_span("A", "NHIỆM VỤ, GIẢI PHÁP CHUNG", 6),
    _B9_span("I", "Nâng cao nhận thức, trách nhiệm của người đứng đầu", 6),
    ["1", "Quán triệt, thông báo kết quả PCI năm 2023 đến các sở, ban, ngành và UBND các huyện, thị xã, thành phố",
     "Sở Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh", "Tháng 6/2024", ""],
    ["2", "Đưa kết quả cải thiện chỉ số thành phần PCI vào tiêu chí đánh giá, xếp loại người đứng đầu cơ quan, đơn vị",
     "Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Quý IV/2024", ""],
    _B9_span("II", "Tăng cường đối thoại, hỗ trợ doanh nghiệp", 6),
    ["1", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp", "Sở Kế hoạch và Đầu tư",
     "Hiệp hội Doanh nghiệp tỉnh, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Định kỳ hằng quý", ""],
    ["2", "Tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp qua Cổng thông tin điện tử tỉnh",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Thường xuyên", "Trả lời trong thời hạn 07 ngày làm việc"],
    _B9_span("B", "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CÁC CHỈ SỐ THÀNH PHẦN", 6),
    _B9_span("I", "Chỉ số Gia nhập thị trường (năm 2023: 6,85 điểm, xếp thứ 38/63)", 6),
    ["1", "Rút ngắn thời gian đăng ký doanh nghiệp xuống còn 02 ngày làm việc", "Sở Kế hoạch và Đầu tư",
     "Cục Thuế tỉnh", "Năm 2024", ""],
    _B9_span("II", "Chỉ số Tiếp cận đất đai (năm 2023: 5,92 điểm, xếp thứ 51/63)", 6),
    ["1", "Công khai quy hoạch, kế hoạch sử dụng đất cấp huyện năm 2024 trên Cổng thông tin điện tử",
     "Sở Tài nguyên và Môi trường", "UBND các huyện, thị xã, thành phố", "Quý II/2024", ""],
    ["2", "Rút ngắn thời gian giải quyết thủ tục giao đất, cho thuê đất đối với nhà đầu tư",
     "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư, Sở Tài chính", "Trước 30/9/2024", ""],
    _B9_span("III", "Chỉ số Tính minh bạch (năm 2023: 5,74 điểm, xếp thứ 47/63)", 6),
    ["1", "Cập nhật đầy đủ văn bản, chính sách, quy hoạch liên quan đến doanh nghiệp trên trang thông tin điện tử "
     "của các cơ quan", "Các sở, ban, ngành tỉnh", "Văn phòng UBND tỉnh", "Thường xuyên", ""],
    _B9_span("IV", "Chỉ số Chi phí thời gian (năm 2023: 6,71 điểm, xếp thứ 29/63)", 6),
    ["1", "Giảm số lần thanh tra, kiểm tra trùng lặp đối với doanh nghiệp", "Thanh tra tỉnh", "Các sở, ban, ngành tỉnh",
     "Năm 2024 và những năm tiếp theo", ""],
    _B9_span("V", "Chỉ số Chi phí không chính thức (năm 2023: 6,05 điểm, xếp thứ 44/63)", 6),
    ["1", "Công khai đường dây nóng, hộp thư điện tử tiếp nhận phản ánh về nhũng nhiễu, tiêu cực của cán bộ, công chức",
     "Thanh tra tỉnh", "Sở Nội vụ", "Quý III/2024", ""],
    _B9_span("VI", "Chỉ số Cạnh tranh bình đẳng (năm 2023: 5,36 điểm, xếp thứ 40/63)", 6),
    ["1", "Công khai danh mục dự án kêu gọi đầu tư và tiêu chí lựa chọn nhà đầu tư", "Sở Kế hoạch và Đầu tư",
     "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Tháng 8/2024", ""],
    _B9_span("VII", "Chỉ số Tính năng động của chính quyền tỉnh (năm 2023: 6,48 điểm, xếp thứ 33/63)", 6),
    ["1", "Xử lý dứt điểm các khó khăn, vướng mắc của doanh nghiệp đã được kiến nghị tại Hội nghị đối thoại",
     "Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố", "Sở Kế hoạch và Đầu tư",
     "Sau khi có kết luận của Chủ tịch UBND tỉnh", ""],
    _B9_span("VIII", "Chỉ số Dịch vụ hỗ trợ doanh nghiệp (năm 2023: 5,88 điểm, xếp thứ 42/63)", 6),
    ["1", "Triển khai Chương trình hỗ trợ doanh nghiệp nhỏ và vừa năm 2024", "Sở Kế hoạch và Đầu tư",
     "Sở Công Thương, Sở Khoa học và Công nghệ", "Quý III/2024", ""],
    _B9_span("IX", "Chỉ số Đào tạo lao động (năm 2023: 6,92 điểm, xếp thứ 21/63)", 6),
    ["1", "Tổ chức phiên giao dịch việc làm tại Trung tâm Dịch vụ việc làm tỉnh", "Sở Lao động - Thương binh và Xã hội",
     "Các doanh nghiệp trên địa bàn tỉnh", "Hằng tháng", ""],
    _B9_span("X", "Chỉ số Thiết chế pháp lý và an ninh trật tự (năm 2023: 6,21 điểm, xếp thứ 45/63)", 6),
    ["1", "Nâng cao hiệu quả giải quyết tranh chấp kinh doanh, thương mại tại Tòa án", "Tòa án nhân dân tỉnh",
     "Sở Tư pháp", "Thường xuyên", "Đề nghị Tòa án nhân dân tỉnh chủ trì"],
    ["2", "Bảo đảm an ninh trật tự tại các khu, cụm công nghiệp", "Công an tỉnh", "UBND các huyện, thị xã, thành phố",
     "Thường xuyên", ""],
]], """
S A.I | Nâng cao nhận thức, trách nhiệm của người đứng đầu
T A.I.1 | Quán triệt, thông báo kết quả PCI năm 2023 đến các sở, ban, ngành và UBND các huyện, thị xã, thành phố | Sở Kế hoạch và Đầu tư | Văn phòng UBND tỉnh | Tháng 6/2024 | 2024-06-30 |
T A.I.2 | Đưa kết quả cải thiện chỉ số thành phần PCI vào tiêu chí đánh giá, xếp loại người đứng đầu cơ quan, đơn vị | Sở Nội vụ | Sở Kế hoạch và Đầu tư | Quý IV/2024 | 2024-12-31 |
S A.II | Tăng cường đối thoại, hỗ trợ doanh nghiệp
T A.II.1 | Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp | Sở Kế hoạch và Đầu tư | Hiệp hội Doanh nghiệp tỉnh; Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch | Định kỳ hằng quý | periodic |
T A.II.2 | Tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp qua Cổng thông tin điện tử tỉnh | Văn phòng UBND tỉnh | Các sở, ban, ngành tỉnh | Thường xuyên | continuous | note=Trả lời trong thời hạn 07 ngày làm việc
S B.I | Chỉ số Gia nhập thị trường (năm 2023: 6,85 điểm, xếp thứ 38/63)
T B.I.1 | Rút ngắn thời gian đăng ký doanh nghiệp xuống còn 02 ngày làm việc | Sở Kế hoạch và Đầu tư | Cục Thuế tỉnh | Năm 2024 | 2024-12-31 |
S B.II | Chỉ số Tiếp cận đất đai (năm 2023: 5,92 điểm, xếp thứ 51/63)
T B.II.1 | Công khai quy hoạch, kế hoạch sử dụng đất cấp huyện năm 2024 trên Cổng thông tin điện tử | Sở Tài nguyên và Môi trường | UBND các huyện, thị xã, thành phố | Quý II/2024 | 2024-06-30 |
T B.II.2 | Rút ngắn thời gian giải quyết thủ tục giao đất, cho thuê đất đối với nhà đầu tư | Sở Tài nguyên và Môi trường | Sở Kế hoạch và Đầu tư; Sở Tài chính | Trước 30/9/2024 | 2024-09-30 |
S B.III | Chỉ số Tính minh bạch (năm 2023: 5,74 điểm, xếp thứ 47/63)
T B.III.1 | Cập nhật đầy đủ văn bản, chính sách, quy hoạch liên quan đến doanh nghiệp trên trang thông tin điện tử của các cơ quan | Các sở, ban, ngành tỉnh | Văn phòng UBND tỉnh | Thường xuyên | continuous |
S B.IV | Chỉ số Chi phí thời gian (năm 2023: 6,71 điểm, xếp thứ 29/63)
T B.IV.1 | Giảm số lần thanh tra, kiểm tra trùng lặp đối với doanh nghiệp | Thanh tra tỉnh | Các sở, ban, ngành tỉnh | Năm 2024 và những năm tiếp theo | periodic |
S B.V | Chỉ số Chi phí không chính thức (năm 2023: 6,05 điểm, xếp thứ 44/63)
T B.V.1 | Công khai đường dây nóng, hộp thư điện tử tiếp nhận phản ánh về nhũng nhiễu, tiêu cực của cán bộ, công chức | Thanh tra tỉnh | Sở Nội vụ | Quý III/2024 | 2024-09-30 |
S B.VI | Chỉ số Cạnh tranh bình đẳng (năm 2023: 5,36 điểm, xếp thứ 40/63)
T B.VI.1 | Công khai danh mục dự án kêu gọi đầu tư và tiêu chí lựa chọn nhà đầu tư | Sở Kế hoạch và Đầu tư | Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch | Tháng 8/2024 | 2024-08-31 |
S B.VII | Chỉ số Tính năng động của chính quyền tỉnh (năm 2023: 6,48 điểm, xếp thứ 33/63)
T B.VII.1 | Xử lý dứt điểm các khó khăn, vướng mắc của doanh nghiệp đã được kiến nghị tại Hội nghị đối thoại | Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố | Sở Kế hoạch và Đầu tư | Sau khi có kết luận của Chủ tịch UBND tỉnh | event |
S B.VIII | Chỉ số Dịch vụ hỗ trợ doanh nghiệp (năm 2023: 5,88 điểm, xếp thứ 42/63)
T B.VIII.1 | Triển khai Chương trình hỗ trợ doanh nghiệp nhỏ và vừa năm 2024 | Sở Kế hoạch và Đầu tư | Sở Công Thương; Sở Khoa học và Công nghệ | Quý III/2024 | 2024-09-30 |
S B.IX | Chỉ số Đào tạo lao động (năm 2023: 6,92 điểm, xếp thứ 21/63)
T B.IX.1 | Tổ chức phiên giao dịch việc làm tại Trung tâm Dịch vụ việc làm tỉnh | Sở Lao động - Thương binh và Xã hội | Các doanh nghiệp trên địa bàn tỉnh | Hằng tháng | periodic |
S B.X | Chỉ số Thiết chế pháp lý và an ninh trật tự (năm 2023: 6,21 điểm, xếp thứ 45/63)
T B.X.1 | Nâng cao hiệu quả giải quyết tranh chấp kinh doanh, thương mại tại Tòa án | Tòa án nhân dân tỉnh | Sở Tư pháp | Thường xuyên | continuous | note=Đề nghị Tòa án nhân dân tỉnh chủ trì
T B.X.2 | Bảo đảm an ninh trật tự tại các khu, cụm công nghiệp | Công an tỉnh | UBND các huyện, thị xã, thành phố | Thường xuyên | continuous |
""", year=2024)


# B9-8. The yearly plan for the control of administrative procedures (Kế hoạch kiểm soát thủ tục
# hành chính năm 2026, UBND tỉnh Tuyên Quang after the merger with Hà Giang), in Word and as a
# CSV. The habits:
#  - Sections are the stages of TTHC control (kiểm soát quy định, công bố công khai, rà soát đánh
#    giá, một cửa, phản ánh kiến nghị, kiểm tra báo cáo), not the six reform areas.
#  - A heading "1" whose title ENDS WITH A COLON ("… theo các nhóm sau:", kept) and whose unit
#    cells are empty, over "-" rows, each a group of procedures with its own lead (III.1.a …
#    III.1.d), then "2" (III.2).
#  - The deadline header with a line break ("Thời gian\nthực hiện"); ONE DEADLINE CELL WITH A LINE
#    BREAK, "Định kỳ hằng quý\n(trước ngày 18 của tháng cuối quý)": periodic, kept with the break as
#    one space (as in the corpus); a task whose support is empty.
#  - Events "Khi có dự thảo văn bản gửi thẩm định", "Khi có Quyết định công bố của Bộ, ngành Trung
#    ương"; "Tháng 5 - Tháng 10/2026" (a range: the end of October); "Trước ngày 30/9/2026".
#  - Collectives "Các sở, ban, ngành" (also as a lead) and "UBND các xã, phường"; a support "Các
#    sở, ban, ngành, UBND các xã, phường" (two units).
layout("b9-tthc-control-colon-heading", ["docx", "csv"], [
    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
    "PHỤ LỤC",
    "KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 12/KH-UBND ngày 16/01/2026 của UBND tỉnh Tuyên Quang)",
], [[
    ["**TT", "**Nội dung công việc", "**Cơ quan chủ trì", "**Cơ quan phối hợp", "**Thời gian\nthực hiện",
     "**Sản phẩm"],
    _B9_span("I", "KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Đánh giá tác động thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật do UBND tỉnh chủ trì soạn thảo",
     "Các sở, ban, ngành", "", "Thường xuyên", "Bản đánh giá tác động"],
    ["2", "Thẩm định quy định thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật", "Sở Tư pháp",
     "Văn phòng UBND tỉnh", "Khi có dự thảo văn bản gửi thẩm định", "Báo cáo thẩm định"],
    _B9_span("II", "CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ thuộc thẩm quyền giải quyết của "
     "các cấp chính quyền", "Các sở, ban, ngành", "Văn phòng UBND tỉnh",
     "Khi có Quyết định công bố của Bộ, ngành Trung ương", "Quyết định công bố của Chủ tịch UBND tỉnh"],
    ["2", "Công khai thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh và tại nơi tiếp "
     "nhận hồ sơ", "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh, UBND các xã, phường",
     "Thường xuyên", "Thủ tục hành chính được công khai"],
    _B9_span("III", "RÀ SOÁT, ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Rà soát, đánh giá thủ tục hành chính theo các nhóm sau:", "", "", "", ""],
    ["-", "Nhóm thủ tục hành chính lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh",
     "Tháng 6/2026", "Báo cáo rà soát, phương án đơn giản hóa"],
    ["-", "Nhóm thủ tục hành chính lĩnh vực xây dựng, quy hoạch", "Sở Xây dựng", "Văn phòng UBND tỉnh",
     "Tháng 6/2026", "Báo cáo rà soát, phương án đơn giản hóa"],
    ["-", "Nhóm thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp, đầu tư", "Sở Tài chính",
     "Văn phòng UBND tỉnh", "Tháng 7/2026", "Báo cáo rà soát, phương án đơn giản hóa"],
    ["-", "Nhóm thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "Văn phòng UBND tỉnh",
     "Các sở, ban, ngành", "Tháng 8/2026", "Quyết định phê duyệt phương án đơn giản hóa"],
    ["2", "Tổng hợp, trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa thủ tục hành chính",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Trước ngày 30/9/2026", "Quyết định phê duyệt"],
    _B9_span("IV", "THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", 6),
    ["1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện", "Các sở, ban, ngành",
     "Sở Khoa học và Công nghệ", "Năm 2026", "Dịch vụ công trực tuyến toàn trình"],
    ["2", "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính",
     "Trung tâm Phục vụ hành chính công tỉnh", "UBND các xã, phường", "Thường xuyên", "Hồ sơ được tiếp nhận"],
    ["3", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND các xã, phường", "Định kỳ hằng quý",
     "Kết quả đánh giá trên Cổng Dịch vụ công quốc gia"],
    _B9_span("V", "TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ", 6),
    ["1", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", "Văn phòng UBND tỉnh",
     "Các sở, ban, ngành", "Thường xuyên", "Văn bản xử lý phản ánh, kiến nghị"],
    _B9_span("VI", "KIỂM TRA, THÔNG TIN, BÁO CÁO", 6),
    ["1", "Kiểm tra công tác kiểm soát thủ tục hành chính tại các sở, ban, ngành và UBND các xã, phường",
     "Văn phòng UBND tỉnh", "Sở Nội vụ, Sở Tư pháp", "Tháng 5 - Tháng 10/2026", "Thông báo kết quả kiểm tra"],
    ["2", "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính", "Văn phòng UBND tỉnh",
     "Các sở, ban, ngành; UBND các xã, phường", "Định kỳ hằng quý\n(trước ngày 18 của tháng cuối quý)",
     "Báo cáo quý, năm"],
]], """
S I | KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH
T I.1 | Đánh giá tác động thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật do UBND tỉnh chủ trì soạn thảo | Các sở, ban, ngành | | Thường xuyên | continuous | product=Bản đánh giá tác động
T I.2 | Thẩm định quy định thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật | Sở Tư pháp | Văn phòng UBND tỉnh | Khi có dự thảo văn bản gửi thẩm định | event | product=Báo cáo thẩm định
S II | CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH
T II.1 | Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ thuộc thẩm quyền giải quyết của các cấp chính quyền | Các sở, ban, ngành | Văn phòng UBND tỉnh | Khi có Quyết định công bố của Bộ, ngành Trung ương | event | product=Quyết định công bố của Chủ tịch UBND tỉnh
T II.2 | Công khai thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh và tại nơi tiếp nhận hồ sơ | Văn phòng UBND tỉnh | Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
S III | RÀ SOÁT, ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH
H III.1 | Rà soát, đánh giá thủ tục hành chính theo các nhóm sau:
T III.1.a | Nhóm thủ tục hành chính lĩnh vực đất đai | Sở Nông nghiệp và Môi trường | Văn phòng UBND tỉnh | Tháng 6/2026 | 2026-06-30 | product=Báo cáo rà soát, phương án đơn giản hóa
T III.1.b | Nhóm thủ tục hành chính lĩnh vực xây dựng, quy hoạch | Sở Xây dựng | Văn phòng UBND tỉnh | Tháng 6/2026 | 2026-06-30 | product=Báo cáo rà soát, phương án đơn giản hóa
T III.1.c | Nhóm thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp, đầu tư | Sở Tài chính | Văn phòng UBND tỉnh | Tháng 7/2026 | 2026-07-31 | product=Báo cáo rà soát, phương án đơn giản hóa
T III.1.d | Nhóm thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước | Văn phòng UBND tỉnh | Các sở, ban, ngành | Tháng 8/2026 | 2026-08-31 | product=Quyết định phê duyệt phương án đơn giản hóa
T III.2 | Tổng hợp, trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Trước ngày 30/9/2026 | 2026-09-30 | product=Quyết định phê duyệt
S IV | THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG
T IV.1 | Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện | Các sở, ban, ngành | Sở Khoa học và Công nghệ | Năm 2026 | 2026-12-31 | product=Dịch vụ công trực tuyến toàn trình
T IV.2 | Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính | Trung tâm Phục vụ hành chính công tỉnh | UBND các xã, phường | Thường xuyên | continuous | product=Hồ sơ được tiếp nhận
T IV.3 | Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp | Văn phòng UBND tỉnh | Các sở, ban, ngành; UBND các xã, phường | Định kỳ hằng quý | periodic | product=Kết quả đánh giá trên Cổng Dịch vụ công quốc gia
S V | TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ
T V.1 | Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | continuous | product=Văn bản xử lý phản ánh, kiến nghị
S VI | KIỂM TRA, THÔNG TIN, BÁO CÁO
T VI.1 | Kiểm tra công tác kiểm soát thủ tục hành chính tại các sở, ban, ngành và UBND các xã, phường | Văn phòng UBND tỉnh | Sở Nội vụ; Sở Tư pháp | Tháng 5 - Tháng 10/2026 | 2026-10-31 | product=Thông báo kết quả kiểm tra
T VI.2 | Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành; UBND các xã, phường | Định kỳ hằng quý (trước ngày 18 của tháng cuối quý) | periodic | product=Báo cáo quý, năm
""", year=2026)


# An eleventh batch, written blind as the ninth (a tenth was asked at the same time): the shape of
# the task list as real annexes vary it (three levels with a middle that is a heading or a task, a
# task's sub-tasks as lines of its cell, bold Arabic sections, no sections at all, no number
# column, section rows that carry a deadline, two leads, a commune's posts, a code column).
# Measured before the reader learnt from it: BENCHMARKS.md.
def _B11_span(number, title, width):
    """A section row: the number, then its title merged across the rest of the table."""
    return [number, title] + ["<"] * (width - 2)


def _B11_bold_section(number, title, width):
    """A section row told by bold alone: number and title in bold, the other cells empty and NOT
    merged."""
    return ["**" + number, "**" + title] + [""] * (width - 2)


def _B11_heading(number, title, width):
    """A numbered row with no unit, no deadline, no product: its cells left empty, not merged."""
    return [number, title] + [""] * (width - 2)


def _B11_lines(*lines):
    """A cell written as several lines (line breaks inside the cell)."""
    return "\n".join(lines)


# B11-1. A ministry's annex (Bộ Khoa học và Công nghệ, 2026, after its merger with the Ministry of
# Information and Communications), in Word and Excel. The habits:
#  - A CODE COLUMN "Mã nhiệm vụ" BESIDE THE NUMBER: "CCHC-01" … "CCHC-15" run on through the whole
#    table while the STT restarts at 1 in each section; a heading has a code too ("CCHC-05") and its
#    sub-tasks "CCHC-05.1", "CCHC-05.2". The header "Mã nhiệm vụ" holds the words "nhiệm vụ" (a
#    title word in import.md), but the title column is "Tên nhiệm vụ". The contract says ids are
#    the section then the document's own numbers (II.1.2, not CCHC-05.2), and names no code column:
#    nothing in the plan carries the code (not a note, not a product).
#  - Section rows "I" … "VII" whose title is MERGED FROM THE CODE COLUMN across to the last column
#    (in the sheet the title stands in the "Mã nhiệm vụ" column).
#  - A heading "1" (no unit, no product) over "1.1", "1.2" (II.1.1, II.1.2), then "2", "3".
#  - Ministry units "Vụ …", "Cục …", "Văn phòng Bộ", "Thanh tra Bộ"; "Vụ Khoa học xã hội, nhân văn
#    và tự nhiên" is one unit (its comma and "và" begin no unit); "Các đơn vị thuộc Bộ" a
#    collective; one support "Vụ Tổ chức cán bộ; Thanh tra Bộ".
#  - Deadlines "Tháng 01/2026", "Tháng 02/2026" (2026-02-28), "Trước ngày 20/02/2026", "30/6/2026",
#    "Định kỳ quý, năm", "Hằng tháng", "Khi có văn bản quy phạm pháp luật được ban hành" (event),
#    "Theo Kế hoạch số 12/KH-BKHCN ngày 10/01/2026 của Bộ" (external: its date is no deadline).
layout("b11-ministry-task-code-column", ["docx", "xlsx"], [
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    "(Kèm theo Quyết định số 215/QĐ-BKHCN ngày 23/01/2026 của Bộ trưởng Bộ Khoa học và Công nghệ)",
], [[
    ["**STT", "**Mã nhiệm vụ", "**Tên nhiệm vụ", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời hạn hoàn thành",
     "**Sản phẩm"],
    _B11_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "CCHC-01", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ Khoa học và Công nghệ", "Vụ Tổ chức cán bộ",
     "Các đơn vị thuộc Bộ", "Tháng 01/2026", "Quyết định ban hành Kế hoạch"],
    ["2", "CCHC-02", "Xây dựng và triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Văn phòng Bộ",
     "Trung tâm Công nghệ thông tin", "Quý I/2026", "Kế hoạch tuyên truyền"],
    ["3", "CCHC-03", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Bộ", "Vụ Tổ chức cán bộ",
     "Các đơn vị thuộc Bộ", "Trước ngày 20/02/2026", "Báo cáo tự đánh giá"],
    ["4", "CCHC-04", "Báo cáo kết quả thực hiện cải cách hành chính của Bộ", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ",
     "Định kỳ quý, năm", "Báo cáo"],
    _B11_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "CCHC-05", "Xây dựng văn bản quy phạm pháp luật thuộc Chương trình xây dựng văn bản năm 2026", "", "", "", ""],
    ["1.1", "CCHC-05.1", "Thông tư quy định về quản lý nhiệm vụ khoa học và công nghệ cấp quốc gia",
     "Vụ Khoa học xã hội, nhân văn và tự nhiên", "Vụ Pháp chế", "Quý III/2026", "Thông tư"],
    ["1.2", "CCHC-05.2", "Thông tư hướng dẫn cung ứng dịch vụ bưu chính công ích", "Cục Bưu điện Trung ương",
     "Vụ Pháp chế", "Tháng 10/2026", "Thông tư"],
    ["2", "CCHC-06", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc phạm vi quản lý nhà nước của Bộ",
     "Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Quý IV/2026", "Báo cáo kết quả rà soát"],
    ["3", "CCHC-07", "Theo dõi tình hình thi hành pháp luật về chuyển đổi số", "Vụ Pháp chế", "Cục Chuyển đổi số quốc gia",
     "Năm 2026", "Báo cáo theo dõi thi hành pháp luật"],
    _B11_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "CCHC-08", "Rà soát, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ",
     "Văn phòng Bộ", "Các đơn vị thuộc Bộ", "Tháng 6/2026", "Phương án đơn giản hóa"],
    ["2", "CCHC-09", "Công bố, công khai thủ tục hành chính mới ban hành, sửa đổi, bổ sung", "Văn phòng Bộ",
     "Vụ Pháp chế", "Khi có văn bản quy phạm pháp luật được ban hành", "Quyết định công bố"],
    ["3", "CCHC-10", "Cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia",
     "Trung tâm Công nghệ thông tin", "Văn phòng Bộ", "Thường xuyên", "Dịch vụ công trực tuyến"],
    _B11_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "CCHC-11", "Rà soát, sửa đổi quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các đơn vị "
     "thuộc Bộ sau hợp nhất", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ", "30/6/2026", "Quyết định của Bộ trưởng"],
    _B11_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "CCHC-12", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các đơn vị thuộc Bộ", "Văn phòng Bộ",
     "Vụ Tổ chức cán bộ; Thanh tra Bộ", "Quý II/2026", "Thông báo kết quả kiểm tra"],
    _B11_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "CCHC-13", "Giao dự toán ngân sách nhà nước năm 2026 cho các đơn vị dự toán thuộc Bộ",
     "Vụ Kế hoạch - Tài chính", "Các đơn vị thuộc Bộ", "Tháng 02/2026", "Quyết định giao dự toán"],
    _B11_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ", 7),
    ["1", "CCHC-14", "Kết nối Nền tảng tích hợp, chia sẻ dữ liệu của Bộ với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
     "Trung tâm Công nghệ thông tin", "Cục Chuyển đổi số quốc gia",
     "Theo Kế hoạch số 12/KH-BKHCN ngày 10/01/2026 của Bộ", "Nền tảng được kết nối"],
    ["2", "CCHC-15", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Bộ", "Văn phòng Bộ",
     "Trung tâm Công nghệ thông tin", "Hằng tháng", "Kết quả số hóa"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ Khoa học và Công nghệ | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Tháng 01/2026 | 2026-01-31 | product=Quyết định ban hành Kế hoạch
T I.2 | Xây dựng và triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2026 | Văn phòng Bộ | Trung tâm Công nghệ thông tin | Quý I/2026 | 2026-03-31 | product=Kế hoạch tuyên truyền
T I.3 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Bộ | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Trước ngày 20/02/2026 | 2026-02-20 | product=Báo cáo tự đánh giá
T I.4 | Báo cáo kết quả thực hiện cải cách hành chính của Bộ | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
H II.1 | Xây dựng văn bản quy phạm pháp luật thuộc Chương trình xây dựng văn bản năm 2026
T II.1.1 | Thông tư quy định về quản lý nhiệm vụ khoa học và công nghệ cấp quốc gia | Vụ Khoa học xã hội, nhân văn và tự nhiên | Vụ Pháp chế | Quý III/2026 | 2026-09-30 | product=Thông tư
T II.1.2 | Thông tư hướng dẫn cung ứng dịch vụ bưu chính công ích | Cục Bưu điện Trung ương | Vụ Pháp chế | Tháng 10/2026 | 2026-10-31 | product=Thông tư
T II.2 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc phạm vi quản lý nhà nước của Bộ | Vụ Pháp chế | Các đơn vị thuộc Bộ | Quý IV/2026 | 2026-12-31 | product=Báo cáo kết quả rà soát
T II.3 | Theo dõi tình hình thi hành pháp luật về chuyển đổi số | Vụ Pháp chế | Cục Chuyển đổi số quốc gia | Năm 2026 | 2026-12-31 | product=Báo cáo theo dõi thi hành pháp luật
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ | Văn phòng Bộ | Các đơn vị thuộc Bộ | Tháng 6/2026 | 2026-06-30 | product=Phương án đơn giản hóa
T III.2 | Công bố, công khai thủ tục hành chính mới ban hành, sửa đổi, bổ sung | Văn phòng Bộ | Vụ Pháp chế | Khi có văn bản quy phạm pháp luật được ban hành | event | product=Quyết định công bố
T III.3 | Cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia | Trung tâm Công nghệ thông tin | Văn phòng Bộ | Thường xuyên | continuous | product=Dịch vụ công trực tuyến
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, sửa đổi quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các đơn vị thuộc Bộ sau hợp nhất | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | 30/6/2026 | 2026-06-30 | product=Quyết định của Bộ trưởng
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các đơn vị thuộc Bộ | Văn phòng Bộ | Vụ Tổ chức cán bộ; Thanh tra Bộ | Quý II/2026 | 2026-06-30 | product=Thông báo kết quả kiểm tra
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao dự toán ngân sách nhà nước năm 2026 cho các đơn vị dự toán thuộc Bộ | Vụ Kế hoạch - Tài chính | Các đơn vị thuộc Bộ | Tháng 02/2026 | 2026-02-28 | product=Quyết định giao dự toán
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ
T VII.1 | Kết nối Nền tảng tích hợp, chia sẻ dữ liệu của Bộ với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia | Trung tâm Công nghệ thông tin | Cục Chuyển đổi số quốc gia | Theo Kế hoạch số 12/KH-BKHCN ngày 10/01/2026 của Bộ | external | product=Nền tảng được kết nối
T VII.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Bộ | Văn phòng Bộ | Trung tâm Công nghệ thông tin | Hằng tháng | periodic | product=Kết quả số hóa
""", year=2026)


# B11-2. A commune's annex (UBND xã Tân Lập, huyện Đồng Phú, Bình Phước, 2025, issued before the
# two-level reform), in Word and as an OpenDocument sheet. The habits:
#  - UNITS ARE THE COMMUNE'S POSTS: "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ
#    tịch", "Công chức Văn hóa - Xã hội", "Công chức Tài chính - Kế toán", "Công chức Địa chính -
#    Xây dựng - Đô thị và Môi trường" (one unit: " và Môi trường" begins none), beside "Công an xã",
#    "Đoàn Thanh niên xã", "Ban nhân dân các ấp" and the collective "Các ban, ngành, đoàn thể xã".
#    The unit headers "Bộ phận chủ trì" / "Bộ phận phối hợp" (they hold "chủ trì" / "phối hợp").
#    Splits: "Công chức Văn phòng - Thống kê, Ban nhân dân các ấp" (", Ban" begins a unit: two);
#    "Công chức Văn hóa - Xã hội và Công an xã" (" và Công an": two); "Công chức Tư pháp - Hộ tịch,
#    Công chức Địa chính - …, Công chức Văn hóa - Xã hội" (three: at a commune every post's name
#    begins "Công chức", a beginning like those the contract lists, whose list ends with "…"). The
#    "Văn phòng" inside "Công chức Văn phòng - Thống kê" begins no unit: no comma or "và" before it.
#  - SUB-TASKS WRITTEN INSIDE ONE CELL, one line each, lettered "a) …", "b) …", "c) …" under a
#    lead-in line, with ONE lead and one support for all (three rows). The contract says line
#    breaks inside a title become single spaces: each such row is ONE task whose title is the whole
#    cell, the lines joined by one space (as in the corpus's in-cell bullets); "a)" is a task number
#    only in the number column.
#  - Sections "I" … "VII" merged across; deadlines "Tháng 01/2025", "Định kỳ quý, năm", "Quý
#    III/2025", "Tháng 11/2025", "Hằng tháng", "Hằng năm", "Thường xuyên", "Năm 2025".
layout("b11-commune-posts-subtasks-in-cell", ["docx", "ods"], [
    "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND XÃ TÂN LẬP",
    "(Kèm theo Kế hoạch số 05/KH-UBND ngày 10/01/2025 của UBND xã Tân Lập)",
], [[
    ["**STT", "**Nội dung", "**Bộ phận chủ trì", "**Bộ phận phối hợp", "**Thời gian thực hiện"],
    _B11_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 5),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của UBND xã", "Công chức Văn phòng - Thống kê",
     "Các ban, ngành, đoàn thể xã", "Tháng 01/2025"],
    ["2", _B11_lines(
        "Tuyên truyền cải cách hành chính trên địa bàn xã:",
        "a) Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại Bộ phận Tiếp nhận và trả kết quả;",
        "b) Phát thanh tin, bài về cải cách hành chính trên hệ thống loa truyền thanh xã;",
        "c) Lồng ghép nội dung cải cách hành chính trong các buổi họp dân ở ấp."),
     "Công chức Văn hóa - Xã hội", "Công chức Văn phòng - Thống kê, Ban nhân dân các ấp", "Năm 2025"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính gửi UBND huyện", "Công chức Văn phòng - Thống kê",
     "Công chức Tư pháp - Hộ tịch", "Định kỳ quý, năm"],
    _B11_span("II", "CẢI CÁCH THỂ CHẾ", 5),
    ["1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", "Công chức Tư pháp - Hộ tịch",
     "Công chức Văn phòng - Thống kê", "Quý III/2025"],
    ["2", "Tổ chức Ngày Pháp luật Việt Nam trên địa bàn xã", "Công chức Tư pháp - Hộ tịch",
     "Công chức Văn hóa - Xã hội và Công an xã", "Tháng 11/2025"],
    _B11_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5),
    ["1", _B11_lines(
        "Rà soát, cập nhật thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã, gồm:",
        "a) Lĩnh vực hộ tịch, chứng thực;",
        "b) Lĩnh vực đất đai, xây dựng;",
        "c) Lĩnh vực bảo trợ xã hội, người có công."),
     "Công chức Văn phòng - Thống kê",
     "Công chức Tư pháp - Hộ tịch, Công chức Địa chính - Xây dựng - Đô thị và Môi trường, Công chức Văn hóa - Xã hội",
     "Quý II/2025"],
    ["2", "Duy trì hoạt động của Bộ phận Tiếp nhận và trả kết quả, bảo đảm giải quyết hồ sơ đúng hạn",
     "Công chức Văn phòng - Thống kê",
     "Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng - Đô thị và Môi trường", "Thường xuyên"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính khi tiếp nhận", "Công chức Tư pháp - Hộ tịch",
     "Công chức Văn phòng - Thống kê", "Hằng tháng"],
    _B11_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 5),
    ["1", "Rà soát, kiện toàn các Tổ công tác, Ban chỉ đạo của UBND xã", "Công chức Văn phòng - Thống kê",
     "Các ban, ngành, đoàn thể xã", "Quý I/2025"],
    _B11_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 5),
    ["1", _B11_lines(
        "Thực hiện kỷ luật, kỷ cương hành chính của cán bộ, công chức xã:",
        "a) Đeo thẻ công chức trong giờ làm việc;",
        "b) Thực hiện đúng thời gian làm việc, không uống rượu, bia trong giờ hành chính."),
     "Công chức Văn phòng - Thống kê", "Các ban, ngành, đoàn thể xã", "Thường xuyên"],
    ["2", "Đánh giá, xếp loại chất lượng cán bộ, công chức xã năm 2025", "Công chức Văn phòng - Thống kê",
     "Các ban, ngành, đoàn thể xã", "Tháng 12/2025"],
    _B11_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 5),
    ["1", "Công khai dự toán, quyết toán ngân sách xã theo quy định", "Công chức Tài chính - Kế toán",
     "Công chức Văn phòng - Thống kê", "Hằng năm"],
    _B11_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 5),
    ["1", "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí", "Công an xã",
     "Đoàn Thanh niên xã", "Thường xuyên"],
    ["2", "Sử dụng chữ ký số, hệ thống quản lý văn bản và điều hành trong xử lý công việc",
     "Công chức Văn phòng - Thống kê", "Các ban, ngành, đoàn thể xã", "Năm 2025"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của UBND xã | Công chức Văn phòng - Thống kê | Các ban, ngành, đoàn thể xã | Tháng 01/2025 | 2025-01-31 |
T I.2 | Tuyên truyền cải cách hành chính trên địa bàn xã: a) Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại Bộ phận Tiếp nhận và trả kết quả; b) Phát thanh tin, bài về cải cách hành chính trên hệ thống loa truyền thanh xã; c) Lồng ghép nội dung cải cách hành chính trong các buổi họp dân ở ấp. | Công chức Văn hóa - Xã hội | Công chức Văn phòng - Thống kê; Ban nhân dân các ấp | Năm 2025 | 2025-12-31 |
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính gửi UBND huyện | Công chức Văn phòng - Thống kê | Công chức Tư pháp - Hộ tịch | Định kỳ quý, năm | periodic |
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành | Công chức Tư pháp - Hộ tịch | Công chức Văn phòng - Thống kê | Quý III/2025 | 2025-09-30 |
T II.2 | Tổ chức Ngày Pháp luật Việt Nam trên địa bàn xã | Công chức Tư pháp - Hộ tịch | Công chức Văn hóa - Xã hội; Công an xã | Tháng 11/2025 | 2025-11-30 |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, cập nhật thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã, gồm: a) Lĩnh vực hộ tịch, chứng thực; b) Lĩnh vực đất đai, xây dựng; c) Lĩnh vực bảo trợ xã hội, người có công. | Công chức Văn phòng - Thống kê | Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng - Đô thị và Môi trường; Công chức Văn hóa - Xã hội | Quý II/2025 | 2025-06-30 |
T III.2 | Duy trì hoạt động của Bộ phận Tiếp nhận và trả kết quả, bảo đảm giải quyết hồ sơ đúng hạn | Công chức Văn phòng - Thống kê | Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng - Đô thị và Môi trường | Thường xuyên | continuous |
T III.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính khi tiếp nhận | Công chức Tư pháp - Hộ tịch | Công chức Văn phòng - Thống kê | Hằng tháng | periodic |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, kiện toàn các Tổ công tác, Ban chỉ đạo của UBND xã | Công chức Văn phòng - Thống kê | Các ban, ngành, đoàn thể xã | Quý I/2025 | 2025-03-31 |
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Thực hiện kỷ luật, kỷ cương hành chính của cán bộ, công chức xã: a) Đeo thẻ công chức trong giờ làm việc; b) Thực hiện đúng thời gian làm việc, không uống rượu, bia trong giờ hành chính. | Công chức Văn phòng - Thống kê | Các ban, ngành, đoàn thể xã | Thường xuyên | continuous |
T V.2 | Đánh giá, xếp loại chất lượng cán bộ, công chức xã năm 2025 | Công chức Văn phòng - Thống kê | Các ban, ngành, đoàn thể xã | Tháng 12/2025 | 2025-12-31 |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Công khai dự toán, quyết toán ngân sách xã theo quy định | Công chức Tài chính - Kế toán | Công chức Văn phòng - Thống kê | Hằng năm | periodic |
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí | Công an xã | Đoàn Thanh niên xã | Thường xuyên | continuous |
T VII.2 | Sử dụng chữ ký số, hệ thống quản lý văn bản và điều hành trong xử lý công việc | Công chức Văn phòng - Thống kê | Các ban, ngành, đoàn thể xã | Năm 2025 | 2025-12-31 |
""", year=2025)


# B11-3. A city department's annex (Sở Giáo dục và Đào tạo thành phố Hải Phòng, 2026, after the
# merger with Hải Dương: communes, wards and special zones), in Word and as a CSV saved with ";".
# The habits:
#  - THREE LEVELS OF NUMBERING inside a section, "1", "1.1", "1.1.1", WHOSE MIDDLE LEVEL IS NOW A
#    HEADING, NOW A TASK: in section I the heading "2" (no unit) holds "2.1", a task with its lead,
#    and "2.2", a heading (no unit) over "2.2.1", "2.2.2"; in II the heading "1" holds "1.1" (task),
#    "1.2" (heading over "1.2.1" … "1.2.3") and "1.3" (task); in III the heading "1" holds "1.1"
#    (heading over "1.1.1", "1.1.2") and "1.2" (task). The contract says a row that has children and
#    no lead is a heading, and ids are the section then the document's numbers: I.2.2.1, II.1.2.3.
#  - Heading rows have their other cells EMPTY (not merged); sections "I" … "IV" merged across.
#  - Units of a department: "Trung tâm Thông tin và Truyền thông giáo dục" (one unit: "Truyền
#    thông" begins none), "Phòng Giáo dục Thường xuyên - Chuyên nghiệp", collectives "Các phòng, đơn
#    vị thuộc Sở", "Các cơ sở giáo dục trực thuộc Sở", "UBND các xã, phường, đặc khu"; supports
#    joined by ";".
#  - Deadlines "Tháng 01/2026", "Quý I/2026", "Tháng 4/2026", "Định kỳ quý, năm", "Định kỳ 6
#    tháng", "Hằng tháng", "Thường xuyên", "Sau khi có Quyết định phê duyệt Đề án của UBND thành
#    phố" (event), "Trước ngày 31/3/2026".
CSV_OPTIONS["b11-department-three-levels-mixed-middle"] = {"delimiter": ";"}
layout("b11-department-three-levels-mixed-middle", ["docx", "csv"], [
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 38/KH-SGDĐT ngày 14/01/2026 của Sở Giáo dục và Đào tạo)",
], [[
    ["**TT", "**Nhiệm vụ", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời gian hoàn thành", "**Sản phẩm"],
    _B11_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 01/2026", "Kế hoạch"],
    _B11_heading("2", "Tuyên truyền cải cách hành chính trong ngành giáo dục", 6),
    ["2.1", "Xây dựng chuyên mục cải cách hành chính trên Cổng thông tin điện tử của Sở",
     "Trung tâm Thông tin và Truyền thông giáo dục", "Văn phòng Sở", "Quý I/2026", "Chuyên mục"],
    _B11_heading("2.2", "Tổ chức cuộc thi tìm hiểu về cải cách hành chính dành cho cán bộ, giáo viên", 6),
    ["2.2.1", "Xây dựng thể lệ, bộ câu hỏi cuộc thi", "Văn phòng Sở", "Phòng Tổ chức cán bộ", "Tháng 4/2026",
     "Thể lệ, bộ câu hỏi"],
    ["2.2.2", "Tổ chức thi trực tuyến và trao giải", "Văn phòng Sở", "Các cơ sở giáo dục trực thuộc Sở", "Quý III/2026",
     "Quyết định khen thưởng"],
    ["3", "Báo cáo cải cách hành chính quý, 6 tháng, năm", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Định kỳ quý, năm", "Báo cáo"],
    _B11_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    _B11_heading("1", "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", 6),
    ["1.1", "Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục và đào tạo",
     "Văn phòng Sở", "Phòng Giáo dục Phổ thông; Phòng Giáo dục Thường xuyên - Chuyên nghiệp", "Quý II/2026",
     "Quyết định phê duyệt quy trình nội bộ"],
    _B11_heading("1.2", "Giải quyết thủ tục hành chính theo từng lĩnh vực", 6),
    ["1.2.1", "Cấp phép hoạt động giáo dục đối với cơ sở giáo dục mầm non ngoài công lập", "Phòng Giáo dục Mầm non",
     "Văn phòng Sở", "Thường xuyên", "Giấy phép hoạt động giáo dục"],
    ["1.2.2", "Công nhận trường đạt chuẩn quốc gia", "Phòng Quản lý chất lượng", "UBND các xã, phường, đặc khu",
     "Thường xuyên", "Quyết định công nhận"],
    ["1.2.3", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Phòng Giáo dục Thường xuyên - Chuyên nghiệp",
     "Văn phòng Sở", "Thường xuyên", "Bản sao văn bằng, chứng chỉ"],
    ["1.3", "Khảo sát mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính", "Văn phòng Sở",
     "Trung tâm Thông tin và Truyền thông giáo dục", "Định kỳ 6 tháng", "Báo cáo khảo sát"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Hằng tháng", "Kết quả số hóa"],
    _B11_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    _B11_heading("1", "Sắp xếp các đơn vị sự nghiệp công lập thuộc Sở", 6),
    _B11_heading("1.1", "Sắp xếp các trường trung học phổ thông có quy mô nhỏ", 6),
    ["1.1.1", "Xây dựng Đề án sắp xếp, trình UBND thành phố phê duyệt", "Phòng Tổ chức cán bộ",
     "Phòng Giáo dục Phổ thông; Phòng Kế hoạch - Tài chính", "Quý II/2026", "Đề án"],
    ["1.1.2", "Tổ chức thực hiện sắp xếp theo Đề án được phê duyệt", "Phòng Tổ chức cán bộ",
     "Các cơ sở giáo dục trực thuộc Sở", "Sau khi có Quyết định phê duyệt Đề án của UBND thành phố",
     "Quyết định sắp xếp"],
    ["1.2", "Sắp xếp các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", "Phòng Tổ chức cán bộ",
     "Phòng Giáo dục Thường xuyên - Chuyên nghiệp", "Quý IV/2026", "Đề án"],
    _B11_span("IV", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp giai đoạn 2026 - 2030", "Phòng Kế hoạch - Tài chính",
     "Các cơ sở giáo dục trực thuộc Sở", "Trước ngày 31/3/2026", "Quyết định giao tự chủ"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính trong ngành giáo dục
T I.2.1 | Xây dựng chuyên mục cải cách hành chính trên Cổng thông tin điện tử của Sở | Trung tâm Thông tin và Truyền thông giáo dục | Văn phòng Sở | Quý I/2026 | 2026-03-31 | product=Chuyên mục
H I.2.2 | Tổ chức cuộc thi tìm hiểu về cải cách hành chính dành cho cán bộ, giáo viên
T I.2.2.1 | Xây dựng thể lệ, bộ câu hỏi cuộc thi | Văn phòng Sở | Phòng Tổ chức cán bộ | Tháng 4/2026 | 2026-04-30 | product=Thể lệ, bộ câu hỏi
T I.2.2.2 | Tổ chức thi trực tuyến và trao giải | Văn phòng Sở | Các cơ sở giáo dục trực thuộc Sở | Quý III/2026 | 2026-09-30 | product=Quyết định khen thưởng
T I.3 | Báo cáo cải cách hành chính quý, 6 tháng, năm | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
T II.1.1 | Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục và đào tạo | Văn phòng Sở | Phòng Giáo dục Phổ thông; Phòng Giáo dục Thường xuyên - Chuyên nghiệp | Quý II/2026 | 2026-06-30 | product=Quyết định phê duyệt quy trình nội bộ
H II.1.2 | Giải quyết thủ tục hành chính theo từng lĩnh vực
T II.1.2.1 | Cấp phép hoạt động giáo dục đối với cơ sở giáo dục mầm non ngoài công lập | Phòng Giáo dục Mầm non | Văn phòng Sở | Thường xuyên | continuous | product=Giấy phép hoạt động giáo dục
T II.1.2.2 | Công nhận trường đạt chuẩn quốc gia | Phòng Quản lý chất lượng | UBND các xã, phường, đặc khu | Thường xuyên | continuous | product=Quyết định công nhận
T II.1.2.3 | Cấp bản sao văn bằng, chứng chỉ từ sổ gốc | Phòng Giáo dục Thường xuyên - Chuyên nghiệp | Văn phòng Sở | Thường xuyên | continuous | product=Bản sao văn bằng, chứng chỉ
T II.1.3 | Khảo sát mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính | Văn phòng Sở | Trung tâm Thông tin và Truyền thông giáo dục | Định kỳ 6 tháng | periodic | product=Báo cáo khảo sát
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Hằng tháng | periodic | product=Kết quả số hóa
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
H III.1 | Sắp xếp các đơn vị sự nghiệp công lập thuộc Sở
H III.1.1 | Sắp xếp các trường trung học phổ thông có quy mô nhỏ
T III.1.1.1 | Xây dựng Đề án sắp xếp, trình UBND thành phố phê duyệt | Phòng Tổ chức cán bộ | Phòng Giáo dục Phổ thông; Phòng Kế hoạch - Tài chính | Quý II/2026 | 2026-06-30 | product=Đề án
T III.1.1.2 | Tổ chức thực hiện sắp xếp theo Đề án được phê duyệt | Phòng Tổ chức cán bộ | Các cơ sở giáo dục trực thuộc Sở | Sau khi có Quyết định phê duyệt Đề án của UBND thành phố | event | product=Quyết định sắp xếp
T III.1.2 | Sắp xếp các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên | Phòng Tổ chức cán bộ | Phòng Giáo dục Thường xuyên - Chuyên nghiệp | Quý IV/2026 | 2026-12-31 | product=Đề án
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp giai đoạn 2026 - 2030 | Phòng Kế hoạch - Tài chính | Các cơ sở giáo dục trực thuộc Sở | Trước ngày 31/3/2026 | 2026-03-31 | product=Quyết định giao tự chủ
""", year=2026)


# B11-4. The annex of a provincial industrial-zone authority (Ban Quản lý các Khu công nghiệp tỉnh
# Bắc Giang, 2024), in Word and as an OpenDocument sheet. The habits:
#  - SECTIONS NAMED BY ARABIC NUMERALS IN BOLD, "1." … "6." with a full stop, titles in ordinary
#    case ("Cải cách thủ tục hành chính"), the other cells of the row EMPTY and NOT merged; the
#    tasks under each RESTART AT "1" (no dot, not bold), so that only the bold, the missing units
#    and the restart tell a section from a task. NO ROMAN NUMERAL ANYWHERE, not even in the
#    deadlines ("Quý 2/2024", not "Quý II"). As in the corpus, a section printed with a figure takes
#    the Roman numeral of that figure as its id ("3." is III) and its tasks are III.1, III.2.
#  - Unit headers "Phòng, đơn vị chủ trì" / "Phòng, đơn vị phối hợp"; units "Văn phòng", "Phòng
#    Quản lý quy hoạch và xây dựng" (one unit: " và xây dựng" begins none), "Trung tâm Dịch vụ khu
#    công nghiệp", the collective "Các phòng, đơn vị thuộc Ban"; one support "Phòng Quản lý đầu
#    tư, Phòng Quản lý môi trường" (two units); one task with no support.
#  - A "Ghi chú" column, filled once ("Gửi Sở Nội vụ trước ngày 10 của tháng cuối quý": a note, not
#    the deadline).
#  - Deadlines "Tháng 02/2024" (a leap February: 2024-02-29), "Quý 3/2024", "Định kỳ quý, năm",
#    "Khi có văn bản ủy quyền của UBND tỉnh" (event), "Theo Kế hoạch đào tạo, bồi dưỡng của UBND
#    tỉnh" (external), "Tháng 9/2024", "Năm 2024", "Thường xuyên".
layout("b11-bold-arabic-sections-restarting-tasks", ["docx", "ods"], [
    "UBND TỈNH BẮC GIANG",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 09/KH-BQL ngày 12/01/2024 của Ban Quản lý các Khu công nghiệp tỉnh)",
], [[
    ["**STT", "**Nội dung công việc", "**Phòng, đơn vị chủ trì", "**Phòng, đơn vị phối hợp", "**Thời gian hoàn thành",
     "**Ghi chú"],
    _B11_bold_section("1.", "Công tác chỉ đạo, điều hành", 6),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Ban", "Văn phòng", "Các phòng, đơn vị thuộc Ban",
     "Tháng 02/2024", ""],
    ["2", "Kiểm tra việc thực hiện cải cách hành chính tại các phòng, đơn vị", "Văn phòng", "Phòng Quản lý lao động",
     "Quý 3/2024", ""],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng", "Các phòng, đơn vị thuộc Ban",
     "Định kỳ quý, năm", "Gửi Sở Nội vụ trước ngày 10 của tháng cuối quý"],
    _B11_bold_section("2.", "Cải cách thủ tục hành chính", 6),
    ["1", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đầu tư tại khu công nghiệp", "Phòng Quản lý đầu tư",
     "Văn phòng", "Quý 2/2024", ""],
    ["2", "Giải quyết thủ tục cấp Giấy chứng nhận đăng ký đầu tư qua dịch vụ công trực tuyến toàn trình",
     "Phòng Quản lý đầu tư", "Phòng Quản lý quy hoạch và xây dựng", "Thường xuyên", ""],
    ["3", "Tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp về thủ tục hành chính", "Văn phòng",
     "Các phòng, đơn vị thuộc Ban", "Thường xuyên", ""],
    ["4", "Cấp giấy phép môi trường cho dự án trong khu công nghiệp theo phân cấp", "Phòng Quản lý môi trường",
     "Phòng Quản lý đầu tư", "Khi có văn bản ủy quyền của UBND tỉnh", ""],
    _B11_bold_section("3.", "Cải cách tổ chức bộ máy", 6),
    ["1", "Rà soát, cập nhật đề án vị trí việc làm của Ban", "Văn phòng", "Các phòng, đơn vị thuộc Ban", "Quý 2/2024", ""],
    ["2", "Kiện toàn tổ chức, hoạt động của Trung tâm Dịch vụ khu công nghiệp", "Văn phòng",
     "Trung tâm Dịch vụ khu công nghiệp", "Tháng 9/2024", ""],
    _B11_bold_section("4.", "Cải cách chế độ công vụ", 6),
    ["1", "Đánh giá, xếp loại công chức, viên chức, người lao động năm 2024", "Văn phòng", "Các phòng, đơn vị thuộc Ban",
     "Tháng 12/2024", ""],
    ["2", "Cử công chức tham gia bồi dưỡng kiến thức quản lý nhà nước về khu công nghiệp", "Văn phòng", "",
     "Theo Kế hoạch đào tạo, bồi dưỡng của UBND tỉnh", ""],
    _B11_bold_section("5.", "Cải cách tài chính công", 6),
    ["1", "Thực hiện cơ chế tự chủ tài chính tại Trung tâm Dịch vụ khu công nghiệp", "Trung tâm Dịch vụ khu công nghiệp",
     "Văn phòng", "Năm 2024", ""],
    _B11_bold_section("6.", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 6),
    ["1", "Vận hành hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý văn bản", "Văn phòng",
     "Các phòng, đơn vị thuộc Ban", "Thường xuyên", ""],
    ["2", "Xây dựng cơ sở dữ liệu doanh nghiệp, dự án trong các khu công nghiệp", "Phòng Quản lý doanh nghiệp",
     "Phòng Quản lý đầu tư, Phòng Quản lý môi trường", "Quý 4/2024", ""],
]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Ban | Văn phòng | Các phòng, đơn vị thuộc Ban | Tháng 02/2024 | 2024-02-29 |
T I.2 | Kiểm tra việc thực hiện cải cách hành chính tại các phòng, đơn vị | Văn phòng | Phòng Quản lý lao động | Quý 3/2024 | 2024-09-30 |
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng | Các phòng, đơn vị thuộc Ban | Định kỳ quý, năm | periodic | note=Gửi Sở Nội vụ trước ngày 10 của tháng cuối quý
S II | Cải cách thủ tục hành chính
T II.1 | Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đầu tư tại khu công nghiệp | Phòng Quản lý đầu tư | Văn phòng | Quý 2/2024 | 2024-06-30 |
T II.2 | Giải quyết thủ tục cấp Giấy chứng nhận đăng ký đầu tư qua dịch vụ công trực tuyến toàn trình | Phòng Quản lý đầu tư | Phòng Quản lý quy hoạch và xây dựng | Thường xuyên | continuous |
T II.3 | Tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp về thủ tục hành chính | Văn phòng | Các phòng, đơn vị thuộc Ban | Thường xuyên | continuous |
T II.4 | Cấp giấy phép môi trường cho dự án trong khu công nghiệp theo phân cấp | Phòng Quản lý môi trường | Phòng Quản lý đầu tư | Khi có văn bản ủy quyền của UBND tỉnh | event |
S III | Cải cách tổ chức bộ máy
T III.1 | Rà soát, cập nhật đề án vị trí việc làm của Ban | Văn phòng | Các phòng, đơn vị thuộc Ban | Quý 2/2024 | 2024-06-30 |
T III.2 | Kiện toàn tổ chức, hoạt động của Trung tâm Dịch vụ khu công nghiệp | Văn phòng | Trung tâm Dịch vụ khu công nghiệp | Tháng 9/2024 | 2024-09-30 |
S IV | Cải cách chế độ công vụ
T IV.1 | Đánh giá, xếp loại công chức, viên chức, người lao động năm 2024 | Văn phòng | Các phòng, đơn vị thuộc Ban | Tháng 12/2024 | 2024-12-31 |
T IV.2 | Cử công chức tham gia bồi dưỡng kiến thức quản lý nhà nước về khu công nghiệp | Văn phòng | | Theo Kế hoạch đào tạo, bồi dưỡng của UBND tỉnh | external |
S V | Cải cách tài chính công
T V.1 | Thực hiện cơ chế tự chủ tài chính tại Trung tâm Dịch vụ khu công nghiệp | Trung tâm Dịch vụ khu công nghiệp | Văn phòng | Năm 2024 | 2024-12-31 |
S VI | Xây dựng và phát triển chính quyền điện tử, chính quyền số
T VI.1 | Vận hành hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý văn bản | Văn phòng | Các phòng, đơn vị thuộc Ban | Thường xuyên | continuous |
T VI.2 | Xây dựng cơ sở dữ liệu doanh nghiệp, dự án trong các khu công nghiệp | Phòng Quản lý doanh nghiệp | Phòng Quản lý đầu tư; Phòng Quản lý môi trường | Quý 4/2024 | 2024-12-31 |
""", year=2024)


# B11-5. A "Nhiệm vụ trọng tâm" annex (Phụ lục II of the CCHC plan of UBND tỉnh Nghệ An, 2026: the
# key tasks GIVEN TO ONE UNIT, Trung tâm Phục vụ hành chính công tỉnh), in Word and Excel. The
# habits:
#  - A PLAN WITH NO SECTIONS AT ALL: a flat list "1" … "14" under the header, no Roman numeral, no
#    group row, no area column.
#  - EVERY ROW NAMES THE SAME LEAD, written once and MERGED DOWN OVER THE WHOLE TABLE (Word vMerge,
#    an Excel range over 14 rows). The contract says a merged cell has the value of the cell above
#    for every row it covers: all fourteen tasks are led by "Trung tâm Phục vụ hành chính công
#    tỉnh" (not only the first).
#  - The title column headed "Nhiệm vụ trọng tâm"; the product "Kết quả dự kiến"; one task with no
#    support; supports "Văn phòng UBND tỉnh; Các sở, ban, ngành" and "Sở Tài chính; Sở Khoa học
#    và Công nghệ" (two units each), collectives "Các sở, ban, ngành", "UBND các xã, phường".
#  - Deadlines "Tháng 02/2026" (2026-02-28), "Định kỳ quý, năm", "Định kỳ 6 tháng", "Sau khi được
#    Chủ tịch UBND tỉnh cho phép" (event, like the contract's "Sau khi có thông báo …"), "Trước ngày
#    15/12/2026".
#  - UNSURE: the contract numbers tasks "<section>.<n>" and never says what a table with no section
#    gives. Chosen: ONE section "I" (the first Roman numeral, as the corpus numbers unnumbered
#    sections I, II … in the order met) WITH AN EMPTY TITLE (the table names none; the annex's own
#    title is a Word paragraph a sheet does not have, and the contract adds no word of its own), its
#    tasks I.1 … I.14 by their printed numbers.
# Adjudicated: where the annex names no section, its tasks go into one section made for them
# (warned), titled as the plan is (the annex's title above the table, sentence-cased), or
# "Nhiệm vụ" where the file gives none (a sheet without a title row): so the Word file and the
# sheet are kept as two layouts here, each with its section's title.
layout("b11-flat-key-tasks-lead-merged-whole-table", ["docx"], [
    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    "PHỤ LỤC II",
    "NHIỆM VỤ TRỌNG TÂM VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH NĂM 2026 GIAO TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
    "(Kèm theo Kế hoạch số 27/KH-UBND ngày 15/01/2026 của UBND tỉnh Nghệ An)",
], [[
    ["**STT", "**Nhiệm vụ trọng tâm", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời gian hoàn thành",
     "**Kết quả dự kiến"],
    ["1", "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh",
     "Trung tâm Phục vụ hành chính công tỉnh", "UBND các xã, phường", "Thường xuyên", "Hồ sơ được tiếp nhận"],
    ["2", "Rà soát, công bố danh mục thủ tục hành chính tiếp nhận tại Trung tâm", "^",
     "Văn phòng UBND tỉnh; Các sở, ban, ngành", "Quý I/2026", "Quyết định công bố danh mục"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận", "^", "Các sở, ban, ngành",
     "Hằng tháng", "Tỷ lệ số hóa đạt 100%"],
    ["4", "Đề nghị cử công chức, viên chức làm việc tại Trung tâm theo quy định", "^", "Sở Nội vụ", "Tháng 02/2026",
     "Quyết định cử công chức, viên chức"],
    ["5", "Triển khai dịch vụ bưu chính công ích trong tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính",
     "^", "Bưu điện tỉnh", "Quý II/2026", "Hồ sơ qua dịch vụ bưu chính công ích"],
    ["6", "Đánh giá chất lượng phục vụ của công chức, viên chức tại Trung tâm qua thiết bị điện tử", "^",
     "Sở Khoa học và Công nghệ", "Định kỳ quý, năm", "Báo cáo đánh giá"],
    ["7", "Nâng cấp hạ tầng, trang thiết bị của Trung tâm", "^", "Sở Tài chính; Sở Khoa học và Công nghệ",
     "Quý III/2026", "Trang thiết bị được nâng cấp"],
    ["8", "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại khu vực hỗ trợ của Trung tâm", "^", "Tỉnh đoàn",
     "Thường xuyên", "Người dân được hỗ trợ"],
    ["9", "Xây dựng quy chế phối hợp giữa Trung tâm với các sở, ngành có thủ tục hành chính tiếp nhận tại Trung tâm",
     "^", "Các sở, ban, ngành", "Tháng 4/2026", "Quy chế phối hợp"],
    ["10", "Tổ chức tập huấn kỹ năng giao tiếp, ứng xử cho công chức, viên chức làm việc tại Trung tâm", "^",
     "Sở Nội vụ", "Quý II/2026", "Lớp tập huấn"],
    ["11", "Tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân về việc giải quyết thủ tục hành chính", "^",
     "Văn phòng UBND tỉnh", "Thường xuyên", "Phản ánh, kiến nghị được xử lý"],
    ["12", "Thí điểm tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy", "^", "Các sở, ban, ngành",
     "Sau khi được Chủ tịch UBND tỉnh cho phép", "Kết quả thí điểm"],
    ["13", "Báo cáo tình hình tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm", "^", "", "Định kỳ 6 tháng",
     "Báo cáo"],
    ["14", "Tổng kết hoạt động của Trung tâm năm 2026, đề xuất nhiệm vụ năm 2027", "^", "Văn phòng UBND tỉnh",
     "Trước ngày 15/12/2026", "Báo cáo tổng kết"],
]], """
S I | Nhiệm vụ trọng tâm về cải cách thủ tục hành chính năm 2026 giao trung tâm phục vụ hành chính công tỉnh
T I.1 | Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh | Trung tâm Phục vụ hành chính công tỉnh | UBND các xã, phường | Thường xuyên | continuous | product=Hồ sơ được tiếp nhận
T I.2 | Rà soát, công bố danh mục thủ tục hành chính tiếp nhận tại Trung tâm | Trung tâm Phục vụ hành chính công tỉnh | Văn phòng UBND tỉnh; Các sở, ban, ngành | Quý I/2026 | 2026-03-31 | product=Quyết định công bố danh mục
T I.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận | Trung tâm Phục vụ hành chính công tỉnh | Các sở, ban, ngành | Hằng tháng | periodic | product=Tỷ lệ số hóa đạt 100%
T I.4 | Đề nghị cử công chức, viên chức làm việc tại Trung tâm theo quy định | Trung tâm Phục vụ hành chính công tỉnh | Sở Nội vụ | Tháng 02/2026 | 2026-02-28 | product=Quyết định cử công chức, viên chức
T I.5 | Triển khai dịch vụ bưu chính công ích trong tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công tỉnh | Bưu điện tỉnh | Quý II/2026 | 2026-06-30 | product=Hồ sơ qua dịch vụ bưu chính công ích
T I.6 | Đánh giá chất lượng phục vụ của công chức, viên chức tại Trung tâm qua thiết bị điện tử | Trung tâm Phục vụ hành chính công tỉnh | Sở Khoa học và Công nghệ | Định kỳ quý, năm | periodic | product=Báo cáo đánh giá
T I.7 | Nâng cấp hạ tầng, trang thiết bị của Trung tâm | Trung tâm Phục vụ hành chính công tỉnh | Sở Tài chính; Sở Khoa học và Công nghệ | Quý III/2026 | 2026-09-30 | product=Trang thiết bị được nâng cấp
T I.8 | Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại khu vực hỗ trợ của Trung tâm | Trung tâm Phục vụ hành chính công tỉnh | Tỉnh đoàn | Thường xuyên | continuous | product=Người dân được hỗ trợ
T I.9 | Xây dựng quy chế phối hợp giữa Trung tâm với các sở, ngành có thủ tục hành chính tiếp nhận tại Trung tâm | Trung tâm Phục vụ hành chính công tỉnh | Các sở, ban, ngành | Tháng 4/2026 | 2026-04-30 | product=Quy chế phối hợp
T I.10 | Tổ chức tập huấn kỹ năng giao tiếp, ứng xử cho công chức, viên chức làm việc tại Trung tâm | Trung tâm Phục vụ hành chính công tỉnh | Sở Nội vụ | Quý II/2026 | 2026-06-30 | product=Lớp tập huấn
T I.11 | Tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân về việc giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công tỉnh | Văn phòng UBND tỉnh | Thường xuyên | continuous | product=Phản ánh, kiến nghị được xử lý
T I.12 | Thí điểm tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy | Trung tâm Phục vụ hành chính công tỉnh | Các sở, ban, ngành | Sau khi được Chủ tịch UBND tỉnh cho phép | event | product=Kết quả thí điểm
T I.13 | Báo cáo tình hình tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm | Trung tâm Phục vụ hành chính công tỉnh | | Định kỳ 6 tháng | periodic | product=Báo cáo
T I.14 | Tổng kết hoạt động của Trung tâm năm 2026, đề xuất nhiệm vụ năm 2027 | Trung tâm Phục vụ hành chính công tỉnh | Văn phòng UBND tỉnh | Trước ngày 15/12/2026 | 2026-12-15 | product=Báo cáo tổng kết
""", year=2026)
_B11_FLAT = CORPUS[-1]
layout("b11-flat-key-tasks-lead-merged-whole-table-sheet", ["xlsx"], [], _B11_FLAT["blocks"],
       _B11_FLAT["expected"].replace("S I | Nhiệm vụ trọng tâm về cải cách thủ tục hành chính năm 2026 giao trung tâm phục vụ hành chính công tỉnh", "S I | Nhiệm vụ", 1), year=2026)


# B11-6. A department's annex laid out like the seed but WITH NO NUMBER COLUMN AT ALL (Sở Xây dựng
# tỉnh Long An, 2025), in Word and as an OpenDocument sheet. The habits:
#  - The first column "Nội dung" holds each section's name, "I. Công tác chỉ đạo, điều hành", MERGED
#    DOWN beside its tasks (the contract: a section column, not a title; id the numeral, title the
#    text after it, as the seed's "I. Công tác chỉ đạo điều hành" is I "Công tác chỉ đạo điều
#    hành"). The second column "Nhiệm vụ" holds the tasks.
#  - TASKS TOLD ONLY BY ROWS: no STT column, and no number written in the task text either (unlike
#    the corpus's numbers-in-text layout). The contract says a lone unnumbered task in a section is
#    "<section>.1"; several unnumbered tasks are numbered the same way in row order, I.1, I.2, I.3
#    (as the corpus numbers unnumbered sections in the order met). Sections IV and V hold one task
#    each (IV.1, V.1).
#  - Units "Văn phòng", "Thanh tra Sở", "Phòng Quy hoạch - Kiến trúc", "Phòng Quản lý nhà và thị
#    trường bất động sản" (one unit: " và thị trường" begins none), "Trung tâm Kiểm định chất
#    lượng xây dựng", the collective "Các phòng, đơn vị" (also as a lead).
#  - Deadlines "Quý 2/2025", "Quý 1/2025" (figures, as the seed writes them), "Hằng quý" (periodic),
#    "Sau khi có thông báo của UBND tỉnh về sắp xếp tổ chức bộ máy" (event).
layout("b11-no-number-column-section-column", ["docx", "ods"], [
    "UBND TỈNH LONG AN",
    "SỞ XÂY DỰNG",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ XÂY DỰNG",
    "(Ban hành kèm theo Kế hoạch số 120/KH-SXD ngày 20/01/2025 của Sở Xây dựng)",
], [[
    ["**Nội dung", "**Nhiệm vụ", "**Cơ quan chủ trì", "**Cơ quan phối hợp", "**Thời gian hoàn thành"],
    ["I. Công tác chỉ đạo, điều hành", "Xây dựng Kế hoạch cải cách hành chính năm 2025 của Sở", "Văn phòng",
     "Các phòng, đơn vị", "Tháng 01/2025"],
    ["^", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở", "Văn phòng", "Các phòng, đơn vị",
     "Quý 2/2025"],
    ["^", "Kiểm tra cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng", "Thanh tra Sở", "Quý 3/2025"],
    ["II. Cải cách thể chế", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng", "Thanh tra Sở",
     "Các phòng, đơn vị", "Năm 2025"],
    ["^", "Theo dõi tình hình thi hành pháp luật về xây dựng", "Thanh tra Sở", "Phòng Quản lý xây dựng", "Năm 2025"],
    ["III. Cải cách thủ tục hành chính",
     "Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực xây dựng", "Văn phòng",
     "Phòng Quản lý xây dựng; Phòng Quy hoạch - Kiến trúc", "Quý 1/2025"],
    ["^", "Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng", "Các phòng, đơn vị", "Văn phòng",
     "Thường xuyên"],
    ["^", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính", "Văn phòng", "Các phòng, đơn vị",
     "Định kỳ quý, năm"],
    ["IV. Cải cách tổ chức bộ máy hành chính nhà nước",
     "Rà soát chức năng, nhiệm vụ của các phòng, đơn vị thuộc Sở", "Văn phòng", "Các phòng, đơn vị",
     "Sau khi có thông báo của UBND tỉnh về sắp xếp tổ chức bộ máy"],
    ["V. Cải cách tài chính công", "Thực hiện cơ chế tự chủ tài chính tại Trung tâm Kiểm định chất lượng xây dựng",
     "Trung tâm Kiểm định chất lượng xây dựng", "Văn phòng", "Năm 2025"],
    ["VI. Xây dựng và phát triển chính quyền điện tử, chính quyền số",
     "Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản", "Phòng Quản lý nhà và thị trường bất động sản",
     "Văn phòng", "Hằng quý"],
    ["^", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng", "Các phòng, đơn vị", "Thường xuyên"],
]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2025 của Sở | Văn phòng | Các phòng, đơn vị | Tháng 01/2025 | 2025-01-31 |
T I.2 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở | Văn phòng | Các phòng, đơn vị | Quý 2/2025 | 2025-06-30 |
T I.3 | Kiểm tra cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng | Thanh tra Sở | Quý 3/2025 | 2025-09-30 |
S II | Cải cách thể chế
T II.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng | Thanh tra Sở | Các phòng, đơn vị | Năm 2025 | 2025-12-31 |
T II.2 | Theo dõi tình hình thi hành pháp luật về xây dựng | Thanh tra Sở | Phòng Quản lý xây dựng | Năm 2025 | 2025-12-31 |
S III | Cải cách thủ tục hành chính
T III.1 | Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực xây dựng | Văn phòng | Phòng Quản lý xây dựng; Phòng Quy hoạch - Kiến trúc | Quý 1/2025 | 2025-03-31 |
T III.2 | Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng | Các phòng, đơn vị | Văn phòng | Thường xuyên | continuous |
T III.3 | Báo cáo tình hình, kết quả giải quyết thủ tục hành chính | Văn phòng | Các phòng, đơn vị | Định kỳ quý, năm | periodic |
S IV | Cải cách tổ chức bộ máy hành chính nhà nước
T IV.1 | Rà soát chức năng, nhiệm vụ của các phòng, đơn vị thuộc Sở | Văn phòng | Các phòng, đơn vị | Sau khi có thông báo của UBND tỉnh về sắp xếp tổ chức bộ máy | event |
S V | Cải cách tài chính công
T V.1 | Thực hiện cơ chế tự chủ tài chính tại Trung tâm Kiểm định chất lượng xây dựng | Trung tâm Kiểm định chất lượng xây dựng | Văn phòng | Năm 2025 | 2025-12-31 |
S VI | Xây dựng và phát triển chính quyền điện tử, chính quyền số
T VI.1 | Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản | Phòng Quản lý nhà và thị trường bất động sản | Văn phòng | Hằng quý | periodic |
T VI.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng | Các phòng, đơn vị | Thường xuyên | continuous |
""", year=2025)


# B11-7. A department's sheet (Sở Tài chính tỉnh Quảng Ngãi, 2026, after its merger with Sở Kế
# hoạch và Đầu tư), as an OpenDocument sheet and a CSV. The habits:
#  - SECTION ROWS THAT ALSO CARRY A DEADLINE OR A PRODUCT: the Roman row's title is merged over the
#    title and unit columns only, and its own deadline cell says "Năm 2026" (I), its product cell
#    "Văn bản quy phạm pháp luật" (II), both "Thường xuyên" / "Thủ tục hành chính được giải quyết
#    đúng hạn" (III) and "Quý IV/2026" / "Báo cáo" (V); IV and VI are merged across as usual. Each
#    is still a section (S): the contract starts a section at a Roman-numbered row and gives a
#    section an id and a title only, so the row's deadline and product are carried by nothing (no
#    task is made of the row). Every task under them names its own deadline and product, so nothing
#    needs to be taken from the section row either.
#  - No bold (a sheet), header on the first row; units "Phòng Quản lý giá và công sản" and "Trung
#    tâm Hỗ trợ doanh nghiệp và xúc tiến đầu tư" (one unit each: " và công sản", " và xúc tiến"
#    begin none); the collective "Các phòng, đơn vị thuộc Sở" (also as a lead); one task with no
#    support; a support "Văn phòng UBND tỉnh; Sở Tư pháp".
#  - Deadlines "Quý 2/2026", "Tháng 7/2026", "Trước ngày 30/11/2026", "Tháng 5/2026", "Khi có hướng
#    dẫn của Sở Nội vụ" (event), "Theo lộ trình của Bộ Tài chính" (external, as in the corpus).
layout("b11-section-rows-carry-deadline-product", ["ods", "csv"], [], [[
    ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "Năm 2026", ""],
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở Tài chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 01/2026", "Kế hoạch"],
    ["2", "Tổ chức hội nghị quán triệt nhiệm vụ cải cách hành chính năm 2026", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Quý I/2026", "Hội nghị"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Định kỳ quý, năm", "Báo cáo quý, năm"],
    ["II", "CẢI CÁCH THỂ CHẾ", "<", "<", "", "Văn bản quy phạm pháp luật"],
    ["1", "Tham mưu UBND tỉnh ban hành Quyết định phân cấp quản lý, sử dụng tài sản công tại cơ quan, đơn vị thuộc "
     "tỉnh", "Phòng Quản lý giá và công sản", "Sở Tư pháp", "Quý 2/2026", "Quyết định của UBND tỉnh"],
    ["2", "Tham mưu HĐND tỉnh ban hành Nghị quyết quy định mức chi tổ chức hội nghị, hội thảo quốc tế trên địa bàn "
     "tỉnh", "Phòng Quản lý ngân sách", "Văn phòng UBND tỉnh; Sở Tư pháp", "Tháng 7/2026", "Nghị quyết của HĐND tỉnh"],
    ["3", "Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực tài chính, kế hoạch và đầu tư do HĐND, UBND tỉnh ban hành",
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Trước ngày 30/11/2026", "Báo cáo kết quả rà soát"],
    ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "Thường xuyên", "Thủ tục hành chính được giải quyết đúng hạn"],
    ["1", "Giải quyết thủ tục đăng ký doanh nghiệp qua mạng điện tử", "Phòng Đăng ký kinh doanh",
     "Trung tâm Hỗ trợ doanh nghiệp và xúc tiến đầu tư", "Thường xuyên", "Giấy chứng nhận đăng ký doanh nghiệp"],
    ["2", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực đầu tư", "Phòng Quản lý đầu tư",
     "Văn phòng Sở", "Tháng 5/2026", "Phương án đơn giản hóa"],
    ["3", "Công khai tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công của tỉnh", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Hằng tháng", "Tiến độ được công khai"],
    ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<"],
    ["1", "Rà soát, sắp xếp các phòng chuyên môn thuộc Sở sau hợp nhất", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Quý II/2026", "Quyết định quy định chức năng, nhiệm vụ"],
    ["2", "Xây dựng Đề án vị trí việc làm của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Khi có hướng dẫn của Sở Nội vụ", "Đề án vị trí việc làm"],
    ["V", "CẢI CÁCH TÀI CHÍNH CÔNG", "<", "<", "Quý IV/2026", "Báo cáo"],
    ["1", "Giao dự toán ngân sách năm 2026 cho các cơ quan, đơn vị cấp tỉnh", "Phòng Quản lý ngân sách",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2026", "Quyết định giao dự toán"],
    ["2", "Thẩm định quyết toán ngân sách năm 2025 của các cơ quan, đơn vị", "Phòng Quản lý ngân sách", "",
     "Tháng 10/2026", "Thông báo thẩm định quyết toán"],
    ["VI", "CHUYỂN ĐỔI SỐ", "<", "<", "<", "<"],
    ["1", "Kết nối Hệ thống thông tin quốc gia về đăng ký doanh nghiệp với Hệ thống thông tin giải quyết thủ tục "
     "hành chính tỉnh", "Phòng Đăng ký kinh doanh", "Văn phòng Sở", "Theo lộ trình của Bộ Tài chính",
     "Hệ thống được kết nối"],
    ["2", "Sử dụng chữ ký số trong trao đổi văn bản điện tử", "Các phòng, đơn vị thuộc Sở", "Văn phòng Sở",
     "Thường xuyên", "Văn bản điện tử có chữ ký số"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở Tài chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Tổ chức hội nghị quán triệt nhiệm vụ cải cách hành chính năm 2026 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý I/2026 | 2026-03-31 | product=Hội nghị
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, năm | periodic | product=Báo cáo quý, năm
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quyết định phân cấp quản lý, sử dụng tài sản công tại cơ quan, đơn vị thuộc tỉnh | Phòng Quản lý giá và công sản | Sở Tư pháp | Quý 2/2026 | 2026-06-30 | product=Quyết định của UBND tỉnh
T II.2 | Tham mưu HĐND tỉnh ban hành Nghị quyết quy định mức chi tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh | Phòng Quản lý ngân sách | Văn phòng UBND tỉnh; Sở Tư pháp | Tháng 7/2026 | 2026-07-31 | product=Nghị quyết của HĐND tỉnh
T II.3 | Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực tài chính, kế hoạch và đầu tư do HĐND, UBND tỉnh ban hành | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Trước ngày 30/11/2026 | 2026-11-30 | product=Báo cáo kết quả rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Giải quyết thủ tục đăng ký doanh nghiệp qua mạng điện tử | Phòng Đăng ký kinh doanh | Trung tâm Hỗ trợ doanh nghiệp và xúc tiến đầu tư | Thường xuyên | continuous | product=Giấy chứng nhận đăng ký doanh nghiệp
T III.2 | Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực đầu tư | Phòng Quản lý đầu tư | Văn phòng Sở | Tháng 5/2026 | 2026-05-31 | product=Phương án đơn giản hóa
T III.3 | Công khai tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công của tỉnh | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Hằng tháng | periodic | product=Tiến độ được công khai
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, sắp xếp các phòng chuyên môn thuộc Sở sau hợp nhất | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý II/2026 | 2026-06-30 | product=Quyết định quy định chức năng, nhiệm vụ
T IV.2 | Xây dựng Đề án vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Khi có hướng dẫn của Sở Nội vụ | event | product=Đề án vị trí việc làm
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Giao dự toán ngân sách năm 2026 cho các cơ quan, đơn vị cấp tỉnh | Phòng Quản lý ngân sách | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 | product=Quyết định giao dự toán
T V.2 | Thẩm định quyết toán ngân sách năm 2025 của các cơ quan, đơn vị | Phòng Quản lý ngân sách | | Tháng 10/2026 | 2026-10-31 | product=Thông báo thẩm định quyết toán
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Kết nối Hệ thống thông tin quốc gia về đăng ký doanh nghiệp với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Phòng Đăng ký kinh doanh | Văn phòng Sở | Theo lộ trình của Bộ Tài chính | external | product=Hệ thống được kết nối
T VI.2 | Sử dụng chữ ký số trong trao đổi văn bản điện tử | Các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thường xuyên | continuous | product=Văn bản điện tử có chữ ký số
""", year=2026)


# B11-8. A provincial annex (UBND tỉnh Quảng Trị, 2026, after the merger with Quảng Bình), as an
# Excel sheet and a CSV with every cell quoted. The habits:
#  - SEVERAL TASKS NAME TWO LEAD UNITS in the lead column: "Sở Nội vụ, Văn phòng UBND tỉnh", "Sở
#    Nội vụ\nSở Tài chính" (a line break), "Sở Tư pháp và Công an tỉnh", "Sở Xây dựng; Sở Nông
#    nghiệp và Môi trường", "Sở Nội vụ, Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học
#    và Công nghệ". The contract splits on ";", line breaks, and on "," or " và " where a new unit's
#    name begins, never inside "Sở Văn hóa, Thể thao và Du lịch" or "Sở Nông nghiệp và Môi trường":
#    two leads each, in the order written.
#  - SECTIONS OF A SINGLE UNNUMBERED TASK: in IV and VI the one task row has an EMPTY STT cell. The
#    contract says a lone unnumbered task in a section is "<section>.1" (IV.1, VI.1).
#  - Collectives "Các sở, ban, ngành", "UBND các xã, phường, đặc khu"; supports joined by ";" and by
#    ", " before "Sở Tư pháp".
#  - Deadlines "Tháng 01/2026", "Quý 2/2026", "Tháng 6/2026", "Tháng 3/2026", "Hằng tháng".
CSV_OPTIONS["b11-province-two-leads-lone-tasks"] = {"quote_all": True}
layout("b11-province-two-leads-lone-tasks", ["xlsx", "csv"], [], [[
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"],
    _B11_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của tỉnh", "Sở Nội vụ",
     "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "Tháng 01/2026", "Kế hoạch"],
    ["2", "Xác định, công bố Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và UBND các xã, phường, đặc khu",
     "Sở Nội vụ, Văn phòng UBND tỉnh", "Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh", "Quý 2/2026",
     "Quyết định công bố"],
    ["3", "Kiểm tra cải cách hành chính tại các cơ quan, đơn vị", "Sở Nội vụ", "Văn phòng UBND tỉnh, Sở Tư pháp",
     "Quý III/2026", "Thông báo kết quả kiểm tra"],
    _B11_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Rà soát văn bản quy phạm pháp luật của HĐND, UBND tỉnh Quảng Bình và tỉnh Quảng Trị (cũ) để bãi bỏ, "
     "thay thế", "Sở Tư pháp", "Các sở, ban, ngành", "Quý I/2026", "Danh mục văn bản"],
    ["2", "Xây dựng Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ cán bộ, công chức cấp xã sau sắp xếp",
     "Sở Nội vụ\nSở Tài chính", "Sở Tư pháp", "Tháng 6/2026", "Nghị quyết"],
    _B11_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính", "Văn phòng UBND tỉnh",
     "Các sở, ban, ngành", "Quý I/2026", "Quyết định công bố"],
    ["2", "Thực hiện liên thông thủ tục hành chính đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế",
     "Sở Tư pháp và Công an tỉnh", "Bảo hiểm xã hội tỉnh; UBND các xã, phường, đặc khu", "Thường xuyên",
     "Hồ sơ liên thông"],
    ["3", "Rút ngắn thời gian giải quyết thủ tục cấp giấy phép xây dựng, giao đất, cho thuê đất",
     "Sở Xây dựng; Sở Nông nghiệp và Môi trường", "Trung tâm Phục vụ hành chính công tỉnh", "Quý III/2026",
     "Quy trình được rút gọn"],
    _B11_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["", "Sắp xếp, kiện toàn các đơn vị sự nghiệp công lập thuộc UBND tỉnh sau hợp nhất", "Sở Nội vụ, Sở Tài chính",
     "Các sở, ban, ngành", "Quý IV/2026", "Đề án"],
    _B11_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Tuyển dụng công chức cấp xã theo vị trí việc làm", "Sở Nội vụ", "UBND các xã, phường, đặc khu",
     "Quý III/2026", "Kết quả tuyển dụng"],
    ["2", "Bồi dưỡng kiến thức quản lý nhà nước cho công chức cấp xã", "Sở Nội vụ", "Trường Chính trị tỉnh",
     "Năm 2026", "Lớp bồi dưỡng"],
    _B11_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["", "Đẩy nhanh giải ngân vốn đầu tư công năm 2026", "Sở Tài chính", "Các chủ đầu tư", "Hằng tháng",
     "Báo cáo giải ngân"],
    _B11_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 6),
    ["1", "Vận hành Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh", "Sở Khoa học và Công nghệ",
     "Công an tỉnh", "Thường xuyên", "Hệ thống IOC"],
    ["2", "Tuyên truyền, hướng dẫn sử dụng dịch vụ công trực tuyến trên các phương tiện thông tin đại chúng",
     "Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ", "Báo Quảng Trị", "Năm 2026", "Tin, bài, phóng sự"],
    ["3", "Cấp chứng thư số cho cán bộ, công chức cấp xã", "Sở Khoa học và Công nghệ", "UBND các xã, phường, đặc khu",
     "Tháng 3/2026", "Chứng thư số"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của tỉnh | Sở Nội vụ | Các sở, ban, ngành; UBND các xã, phường, đặc khu | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Xác định, công bố Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và UBND các xã, phường, đặc khu | Sở Nội vụ; Văn phòng UBND tỉnh | Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh | Quý 2/2026 | 2026-06-30 | product=Quyết định công bố
T I.3 | Kiểm tra cải cách hành chính tại các cơ quan, đơn vị | Sở Nội vụ | Văn phòng UBND tỉnh; Sở Tư pháp | Quý III/2026 | 2026-09-30 | product=Thông báo kết quả kiểm tra
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật của HĐND, UBND tỉnh Quảng Bình và tỉnh Quảng Trị (cũ) để bãi bỏ, thay thế | Sở Tư pháp | Các sở, ban, ngành | Quý I/2026 | 2026-03-31 | product=Danh mục văn bản
T II.2 | Xây dựng Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ cán bộ, công chức cấp xã sau sắp xếp | Sở Nội vụ; Sở Tài chính | Sở Tư pháp | Tháng 6/2026 | 2026-06-30 | product=Nghị quyết
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Quý I/2026 | 2026-03-31 | product=Quyết định công bố
T III.2 | Thực hiện liên thông thủ tục hành chính đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế | Sở Tư pháp; Công an tỉnh | Bảo hiểm xã hội tỉnh; UBND các xã, phường, đặc khu | Thường xuyên | continuous | product=Hồ sơ liên thông
T III.3 | Rút ngắn thời gian giải quyết thủ tục cấp giấy phép xây dựng, giao đất, cho thuê đất | Sở Xây dựng; Sở Nông nghiệp và Môi trường | Trung tâm Phục vụ hành chính công tỉnh | Quý III/2026 | 2026-09-30 | product=Quy trình được rút gọn
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp, kiện toàn các đơn vị sự nghiệp công lập thuộc UBND tỉnh sau hợp nhất | Sở Nội vụ; Sở Tài chính | Các sở, ban, ngành | Quý IV/2026 | 2026-12-31 | product=Đề án
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Tuyển dụng công chức cấp xã theo vị trí việc làm | Sở Nội vụ | UBND các xã, phường, đặc khu | Quý III/2026 | 2026-09-30 | product=Kết quả tuyển dụng
T V.2 | Bồi dưỡng kiến thức quản lý nhà nước cho công chức cấp xã | Sở Nội vụ | Trường Chính trị tỉnh | Năm 2026 | 2026-12-31 | product=Lớp bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Đẩy nhanh giải ngân vốn đầu tư công năm 2026 | Sở Tài chính | Các chủ đầu tư | Hằng tháng | periodic | product=Báo cáo giải ngân
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VII.1 | Vận hành Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh | Sở Khoa học và Công nghệ | Công an tỉnh | Thường xuyên | continuous | product=Hệ thống IOC
T VII.2 | Tuyên truyền, hướng dẫn sử dụng dịch vụ công trực tuyến trên các phương tiện thông tin đại chúng | Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ | Báo Quảng Trị | Năm 2026 | 2026-12-31 | product=Tin, bài, phóng sự
T VII.3 | Cấp chứng thư số cho cán bộ, công chức cấp xã | Sở Khoa học và Công nghệ | UBND các xã, phường, đặc khu | Tháng 3/2026 | 2026-03-31 | product=Chứng thư số
""", year=2026)


# A tenth batch, written blind as the ninth, asked at the same time as the eleventh: annexes as
# they arrive after passing through tools (a PDF made into Word or a sheet, a Word table pasted
# into Excel, an export of a document system, a re-typed copy, a scan through OCR). Measured
# before the reader learnt from it: BENCHMARKS.md.
def _B10_span(number, title, width, tail=0):
    """A section row: the number, then its title merged across the rest of the table; `tail`
    empty cells after it (columns the sheet has but the table does not use)."""
    return [number, title] + ["<"] * (width - 2) + [""] * tail


def _B10_pad(row, tail):
    """A row followed by `tail` empty cells (the empty trailing columns of an export)."""
    return list(row) + [""] * tail


def _B10_footer(text, width):
    """A page footer that a PDF converter kept as a row: right-aligned, so in the last column."""
    return [""] * (width - 1) + [text]


def _B10_lines(*lines):
    """Text that OCR gave back line by line, each line in the first column of its own row."""
    return [[line] for line in lines]


# B10-1. A department's annex (Sở Xây dựng tỉnh Quảng Ngãi, 2026, after the merger with Kon Tum and
# the absorption of transport into construction) that reached the office as a PDF and was CONVERTED
# BACK TO WORD, in Word and as the OpenDocument sheet someone made of that Word file. The habits:
#  - THE TABLE IS CUT AT EACH PAGE INTO A SEPARATE WORD TABLE, three pieces; the page numbers the
#    PDF printed at the top of pages 2 and 3 ("2", "3", bare figures, as Vietnamese documents number
#    pages) sit as PARAGRAPHS between the pieces: no section, no group, no task. The header is
#    repeated at the top of the third piece (the converter caught the repeated header row) but NOT
#    at the top of the second: the second piece is headerless and goes on with the same columns.
#    In the sheet the paragraphs are gone and the pieces are stacked.
#  - A ROW SPLIT ACROSS TWO PIECES, twice. II.2 breaks at the foot of page 1: its number, the first
#    part of its title (ending "… lĩnh vực xây dựng,"), its lead and the first of its two supports
#    (ending in ";") are in the last row of piece 1; the second piece OPENS with a row whose number
#    cell is EMPTY, whose title cell holds the rest of the title in mid-phrase ("giao thông vận tải
#    để kịp thời …"), whose support cell holds the second support, and whose deadline and product
#    (vertically centred in the PDF, so below the cut) are there. III.4 breaks at the foot of page
#    2: the rest of its title ("đúng hoặc trước hạn") and its product come after the REPEATED
#    HEADER of piece 3. Each is one task: its title the two parts joined by one space, its support
#    the two parts' units, its deadline and product from whichever part holds them.
#  - Otherwise ordinary: the seven areas merged across, tasks 1, 2 … restarting per section; a
#    lead with commas inside ("Phòng Quản lý vận tải, phương tiện và người lái"); supports joined
#    by ";"; "Theo Kế hoạch của UBND tỉnh" (external), "Định kỳ quý, 6 tháng, năm", "Hằng tháng"
#    (periodic), "Tháng 02/2026" (2026-02-28).
_B10_H1 = ["**TT", "**Nội dung nhiệm vụ", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời gian hoàn thành",
           "**Sản phẩm"]
layout("b10-pdf-to-word-page-pieces", ["docx", "ods"], [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
    "SỞ XÂY DỰNG",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ XÂY DỰNG",
    "(Kèm theo Kế hoạch số 15/KH-SXD ngày 12/01/2026 của Sở Xây dựng tỉnh Quảng Ngãi)",
], [
    [
        list(_B10_H1),
        _B10_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
        ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở Xây dựng", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "Tháng 01/2026", "Kế hoạch"],
        ["2", "Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "Tháng 02/2026", "Kế hoạch"],
        ["3", "Tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần Chỉ số cải cách hành chính năm 2025 "
         "của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Theo Kế hoạch của UBND tỉnh",
         "Báo cáo tự đánh giá"],
        ["4", "Báo cáo định kỳ kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
        _B10_span("II", "CẢI CÁCH THỂ CHẾ", 6),
        ["1", "Tham mưu UBND tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức "
         "của Sở Xây dựng", "Văn phòng Sở", "Sở Nội vụ; Sở Tư pháp", "Quý I/2026", "Quyết định của UBND tỉnh"],
        ["2", "Rà soát, kiểm tra văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành thuộc lĩnh vực xây dựng,",
         "Văn phòng Sở", "Phòng Quản lý xây dựng;", "", ""],
    ],
    "2",
    [
        ["", "giao thông vận tải để kịp thời kiến nghị sửa đổi, bổ sung, bãi bỏ", "",
         "Phòng Kết cấu hạ tầng giao thông", "Quý III/2026", "Báo cáo kết quả rà soát"],
        _B10_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
        ["1", "Rà soát, đánh giá, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực nhà ở, kinh doanh "
         "bất động sản", "Phòng Quản lý nhà và thị trường bất động sản", "Văn phòng Sở", "Tháng 6/2026",
         "Phương án đơn giản hóa"],
        ["2", "Cập nhật, công khai thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
         "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên",
         "Thủ tục hành chính được công khai"],
        ["3", "Cấp phù hiệu xe kinh doanh vận tải, giấy phép kinh doanh vận tải qua dịch vụ công trực tuyến toàn "
         "trình", "Phòng Quản lý vận tải, phương tiện và người lái", "Trung tâm Phục vụ hành chính công tỉnh",
         "Thường xuyên", "Hồ sơ được giải quyết trực tuyến"],
        ["4", "Giải quyết thủ tục cấp giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II trên địa "
         "bàn tỉnh bảo đảm", "Phòng Quản lý xây dựng", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên",
         ""],
    ],
    "3",
    [
        list(_B10_H1),
        ["", "đúng hoặc trước hạn", "", "", "", "Giấy phép xây dựng"],
        _B10_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", 6),
        ["1", "Sắp xếp, kiện toàn các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở sau hợp nhất", "Văn phòng Sở",
         "Sở Nội vụ", "Quý II/2026", "Quyết định"],
        _B10_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
        ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức, người lao động năm 2026", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "Tháng 12/2026", "Kết quả đánh giá"],
        _B10_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
        ["1", "Giao quyền tự chủ tài chính cho Trung tâm Giám định chất lượng xây dựng giai đoạn 2026 - 2030",
         "Văn phòng Sở", "Trung tâm Giám định chất lượng xây dựng; Sở Tài chính", "Quý I/2026",
         "Quyết định giao tự chủ"],
        _B10_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 6),
        ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực xây dựng", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "Hằng tháng", "Kết quả số hóa"],
        ["2", "Xây dựng, cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản",
         "Phòng Quản lý nhà và thị trường bất động sản", "Sở Khoa học và Công nghệ", "Năm 2026", "Cơ sở dữ liệu"],
    ],
], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở Xây dựng | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 02/2026 | 2026-02-28 | product=Kế hoạch
T I.3 | Tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần Chỉ số cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Theo Kế hoạch của UBND tỉnh | external | product=Báo cáo tự đánh giá
T I.4 | Báo cáo định kỳ kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng | Văn phòng Sở | Sở Nội vụ; Sở Tư pháp | Quý I/2026 | 2026-03-31 | product=Quyết định của UBND tỉnh
T II.2 | Rà soát, kiểm tra văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành thuộc lĩnh vực xây dựng, giao thông vận tải để kịp thời kiến nghị sửa đổi, bổ sung, bãi bỏ | Văn phòng Sở | Phòng Quản lý xây dựng; Phòng Kết cấu hạ tầng giao thông | Quý III/2026 | 2026-09-30 | product=Báo cáo kết quả rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đánh giá, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực nhà ở, kinh doanh bất động sản | Phòng Quản lý nhà và thị trường bất động sản | Văn phòng Sở | Tháng 6/2026 | 2026-06-30 | product=Phương án đơn giản hóa
T III.2 | Cập nhật, công khai thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T III.3 | Cấp phù hiệu xe kinh doanh vận tải, giấy phép kinh doanh vận tải qua dịch vụ công trực tuyến toàn trình | Phòng Quản lý vận tải, phương tiện và người lái | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Hồ sơ được giải quyết trực tuyến
T III.4 | Giải quyết thủ tục cấp giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II trên địa bàn tỉnh bảo đảm đúng hoặc trước hạn | Phòng Quản lý xây dựng | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Giấy phép xây dựng
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Sắp xếp, kiện toàn các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở sau hợp nhất | Văn phòng Sở | Sở Nội vụ | Quý II/2026 | 2026-06-30 | product=Quyết định
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức, người lao động năm 2026 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2026 | 2026-12-31 | product=Kết quả đánh giá
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho Trung tâm Giám định chất lượng xây dựng giai đoạn 2026 - 2030 | Văn phòng Sở | Trung tâm Giám định chất lượng xây dựng; Sở Tài chính | Quý I/2026 | 2026-03-31 | product=Quyết định giao tự chủ
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực xây dựng | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Hằng tháng | periodic | product=Kết quả số hóa
T VII.2 | Xây dựng, cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản | Phòng Quản lý nhà và thị trường bất động sản | Sở Khoa học và Công nghệ | Năm 2026 | 2026-12-31 | product=Cơ sở dữ liệu
""", year=2026)


# B10-2. The annex of a Ban Quản lý (Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh, 2025) that reached the
# office as a PDF and was CONVERTED TO A SPREADSHEET, as the OpenDocument sheet and the CSV saved
# from it. The habits:
#  - THE PDF'S LINE WRAPS ARE KEPT AS LINE BREAKS IN MID-PHRASE in every long cell: titles ("…, Kế
#    hoạch\ntuyên truyền …"), one section title ("… CẢI CÁCH HÀNH\nCHÍNH"), products ("Thông báo
#    kết\nquả kiểm tra"), a note over three lines, deadlines ("Định kỳ quý, 6\ntháng, năm",
#    "Trước ngày\n30/11/2025", "Tháng 10 -\n11/2025"). The contract says line breaks inside a title
#    become single spaces; the deadline is kept verbatim, a break in it read as one space, as in
#    the corpus (a break inside a deadline and a note "kept as one space"), and the same for the
#    product and the note.
#  - In the UNIT cells the converter broke lines only BETWEEN units here (the unit columns are
#    wide): once after a ";" ("Sở Tư pháp;\nCác phòng, …"), once after a ";" between two offices,
#    and ONCE AFTER A COMMA ("Phòng Quản lý đầu tư,\nPhòng Quản lý quy hoạch và xây dựng"): the
#    contract splits on line breaks, and on "," where a new unit's name begins; the comma left at
#    the end of the first line is a separator, not part of the name ("Phòng Quản lý đầu tư").
#    A break INSIDE a unit's name was left out of this layout on purpose (the contract splits on
#    every line break, a careful person would not: ambiguous).
#  - PAGE FOOTERS KEPT AS ROWS: "Trang 1/3", "Trang 2/3", "Trang 3/3", right-aligned, so alone in
#    the last column ("Ghi chú") of a row otherwise empty: not a task, not a note of the task above.
#    After each footer the HEADER IS REPEATED (the PDF repeated it on each page): skipped.
#  - The title and the "(Kèm theo …)" line as rows merged across above the header; header cells
#    with line breaks ("Đơn vị\nchủ trì", "Thời gian\nhoàn thành").
#  - Units of a Ban: "Văn phòng Ban", "Phòng Quản lý doanh nghiệp và lao động" (" và lao động"
#    begins no unit), "Trung tâm Hỗ trợ đầu tư và Dịch vụ khu kinh tế" (one unit, lead and
#    support), the collective "Các phòng, đơn vị thuộc Ban". "Tháng 10 - 11/2025" is a range: the
#    end of November (as in the corpus, "Tháng 5 - 6/2025" → end of June).
_B10_H2 = ["STT", "Nội dung công việc", "Đơn vị\nchủ trì", "Đơn vị\nphối hợp", "Thời gian\nhoàn thành",
           "Sản phẩm", "Ghi chú"]
layout("b10-pdf-to-sheet-wrapped-lines-page-footers", ["ods", "csv"], [], [[
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA BAN QUẢN LÝ KHU KINH TẾ TỈNH HÀ TĨNH",
     "<", "<", "<", "<", "<", "<"],
    ["(Kèm theo Kế hoạch số 28/KH-BQLKKT ngày 20/01/2025 của Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh)",
     "<", "<", "<", "<", "<", "<"],
    list(_B10_H2),
    _B10_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH\nCHÍNH", 7),
    ["1", "Ban hành Kế hoạch cải cách hành chính, Kế hoạch\ntuyên truyền cải cách hành chính năm 2025",
     "Văn phòng Ban", "Các phòng, đơn vị thuộc Ban", "Tháng 01/2025", "Kế hoạch", ""],
    ["2", "Kiểm tra công tác cải cách hành chính, việc chấp\nhành kỷ luật, kỷ cương hành chính tại các phòng,\n"
     "đơn vị thuộc Ban", "Văn phòng Ban", "Các phòng, đơn vị thuộc Ban", "Quý III/2025",
     "Thông báo kết\nquả kiểm tra", ""],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính\nđịnh kỳ", "Văn phòng Ban", "Các phòng, đơn vị thuộc Ban",
     "Định kỳ quý, 6\ntháng, năm", "Báo cáo", "Gửi Sở Nội vụ trước\nngày 15 của tháng\ncuối kỳ báo cáo"],
    _B10_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Rà soát, đề xuất sửa đổi Quy chế phối hợp quản lý\nnhà nước đối với Khu kinh tế Vũng Áng và các khu\n"
     "công nghiệp trên địa bàn tỉnh", "Văn phòng Ban", "Sở Tư pháp;\nCác phòng, đơn vị thuộc Ban", "Quý II/2025",
     "Dự thảo Quyết\nđịnh của UBND tỉnh", ""],
    ["2", "Theo dõi tình hình thi hành pháp luật về đầu tư,\ndoanh nghiệp, lao động tại các khu công nghiệp",
     "Phòng Quản lý doanh nghiệp và lao động", "Văn phòng Ban", "Trước ngày\n30/11/2025", "Báo cáo", ""],
    _B10_footer("Trang 1/3", 7),
    list(_B10_H2),
    _B10_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực\nđầu tư, xây dựng, môi trường tại Khu kinh tế",
     "Văn phòng Ban", "Phòng Quản lý đầu tư,\nPhòng Quản lý quy hoạch và xây dựng", "Tháng 6/2025",
     "Phương án đơn\ngiản hóa", ""],
    ["2", "Công khai thủ tục hành chính thuộc thẩm quyền giải\nquyết của Ban tại Trung tâm Phục vụ hành chính công\n"
     "tỉnh và trên Cổng Dịch vụ công quốc gia", "Văn phòng Ban", "Trung tâm Phục vụ hành chính công tỉnh",
     "Thường xuyên", "Thủ tục hành\nchính được công khai", ""],
    ["3", "Cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư qua\ndịch vụ công trực tuyến toàn trình",
     "Phòng Quản lý đầu tư", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên",
     "Hồ sơ được giải\nquyết trực tuyến", "Tỷ lệ hồ sơ trực\ntuyến đạt trên 80%"],
    _B10_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "Xây dựng Đề án sắp xếp, tổ chức lại các phòng\nchuyên môn và Trung tâm Hỗ trợ đầu tư và Dịch vụ\n"
     "khu kinh tế", "Văn phòng Ban", "Sở Nội vụ", "Quý II/2025", "Đề án", ""],
    _B10_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Bồi dưỡng kiến thức, kỹ năng xúc tiến đầu tư, hỗ\ntrợ doanh nghiệp cho công chức, viên chức",
     "Văn phòng Ban", "Trung tâm Hỗ trợ đầu tư và Dịch vụ khu kinh tế", "Quý III/2025", "Lớp bồi dưỡng", ""],
    _B10_footer("Trang 2/3", 7),
    list(_B10_H2),
    ["2", "Đánh giá, xếp loại chất lượng công chức, viên\nchức, người lao động năm 2025", "Văn phòng Ban",
     "Các phòng, đơn vị thuộc Ban", "Tháng 12/2025", "Kết quả đánh\ngiá", ""],
    _B10_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Thực hiện cơ chế tự chủ tài chính tại Trung tâm Hỗ\ntrợ đầu tư và Dịch vụ khu kinh tế",
     "Trung tâm Hỗ trợ đầu tư và Dịch vụ khu kinh tế", "Văn phòng Ban", "Năm 2025", "Báo cáo tự chủ\ntài chính",
     ""],
    _B10_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 7),
    ["1", "Sử dụng Hệ thống quản lý văn bản và điều hành,\nchữ ký số trong xử lý công việc", "Văn phòng Ban",
     "Các phòng, đơn vị thuộc Ban", "Thường xuyên", "", ""],
    ["2", "Xây dựng cơ sở dữ liệu doanh nghiệp, dự án đầu tư\ntại Khu kinh tế Vũng Áng và các khu công nghiệp",
     "Phòng Quản lý đầu tư", "Phòng Quản lý doanh nghiệp và lao động;\nSở Khoa học và Công nghệ",
     "Tháng 10 -\n11/2025", "Cơ sở dữ liệu", ""],
    _B10_footer("Trang 3/3", 7),
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
T I.1 | Ban hành Kế hoạch cải cách hành chính, Kế hoạch tuyên truyền cải cách hành chính năm 2025 | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính, việc chấp hành kỷ luật, kỷ cương hành chính tại các phòng, đơn vị thuộc Ban | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Quý III/2025 | 2025-09-30 | product=Thông báo kết quả kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính định kỳ | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo ; note=Gửi Sở Nội vụ trước ngày 15 của tháng cuối kỳ báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, đề xuất sửa đổi Quy chế phối hợp quản lý nhà nước đối với Khu kinh tế Vũng Áng và các khu công nghiệp trên địa bàn tỉnh | Văn phòng Ban | Sở Tư pháp; Các phòng, đơn vị thuộc Ban | Quý II/2025 | 2025-06-30 | product=Dự thảo Quyết định của UBND tỉnh
T II.2 | Theo dõi tình hình thi hành pháp luật về đầu tư, doanh nghiệp, lao động tại các khu công nghiệp | Phòng Quản lý doanh nghiệp và lao động | Văn phòng Ban | Trước ngày 30/11/2025 | 2025-11-30 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư, xây dựng, môi trường tại Khu kinh tế | Văn phòng Ban | Phòng Quản lý đầu tư; Phòng Quản lý quy hoạch và xây dựng | Tháng 6/2025 | 2025-06-30 | product=Phương án đơn giản hóa
T III.2 | Công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Ban tại Trung tâm Phục vụ hành chính công tỉnh và trên Cổng Dịch vụ công quốc gia | Văn phòng Ban | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T III.3 | Cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư qua dịch vụ công trực tuyến toàn trình | Phòng Quản lý đầu tư | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Hồ sơ được giải quyết trực tuyến ; note=Tỷ lệ hồ sơ trực tuyến đạt trên 80%
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Xây dựng Đề án sắp xếp, tổ chức lại các phòng chuyên môn và Trung tâm Hỗ trợ đầu tư và Dịch vụ khu kinh tế | Văn phòng Ban | Sở Nội vụ | Quý II/2025 | 2025-06-30 | product=Đề án
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Bồi dưỡng kiến thức, kỹ năng xúc tiến đầu tư, hỗ trợ doanh nghiệp cho công chức, viên chức | Văn phòng Ban | Trung tâm Hỗ trợ đầu tư và Dịch vụ khu kinh tế | Quý III/2025 | 2025-09-30 | product=Lớp bồi dưỡng
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức, người lao động năm 2025 | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Thực hiện cơ chế tự chủ tài chính tại Trung tâm Hỗ trợ đầu tư và Dịch vụ khu kinh tế | Trung tâm Hỗ trợ đầu tư và Dịch vụ khu kinh tế | Văn phòng Ban | Năm 2025 | 2025-12-31 | product=Báo cáo tự chủ tài chính
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VII.1 | Sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Thường xuyên | continuous |
T VII.2 | Xây dựng cơ sở dữ liệu doanh nghiệp, dự án đầu tư tại Khu kinh tế Vũng Áng và các khu công nghiệp | Phòng Quản lý đầu tư | Phòng Quản lý doanh nghiệp và lao động; Sở Khoa học và Công nghệ | Tháng 10 - 11/2025 | 2025-11-30 | product=Cơ sở dữ liệu
""")


# B10-3. A commune's annex (UBND xã Cát Tiên, tỉnh Lâm Đồng, 2026, two-level local government) typed
# as a Word table and then COPIED AND PASTED INTO EXCEL by the commune's office, as that sheet and
# the CSV saved from it. Only the table was copied (no title). The habits:
#  - EACH PARAGRAPH OF A WORD CELL LANDED ON ITS OWN SHEET ROW. A task whose cells held two
#    paragraphs takes two rows: the first row has the number, the first paragraph of each cell,
#    the lead, the deadline; the second row has the number cell EMPTY and only the second
#    paragraphs: a second support ("Ban nhân dân các thôn", "Trung tâm Phục vụ hành chính công
#    xã", "Phòng Văn hóa - Xã hội" …), a bracketed addition to the title ("(theo hướng dẫn của Sở
#    Nội vụ)", "(Đăng ký khai sinh - … dưới 6 tuổi)"), a bracketed addition to the deadline
#    ("(trước ngày 10 của tháng cuối kỳ)", "(đạt 100%)"), a second product line ("Báo cáo kết
#    quả"). Excel merged the single-paragraph cells down over both rows; the clerk then UNMERGED
#    them, so their value is in the top row only (the second row's cells are empty, not merged).
#  - Such a second row is no task: it is the rest of the Word cells of the task above. The cell is
#    what the Word cell was: a title's paragraphs joined by one space (the contract: line breaks
#    inside a title become single spaces), a unit cell's paragraphs one unit each (the contract
#    splits on line breaks), a deadline's or product's paragraphs joined by one space (as in the
#    corpus, "Quý II/2025\n(trước 30/6)"). "Quý II/2026 (đạt 100%)" is the quarter: the bracket
#    says how much (as the corpus reads "Tháng 9/2025 (trước năm học mới)").
#  - Sections merged across (Excel keeps a merge across one row when pasting); units of a commune
#    after the reform: "Văn phòng HĐND và UBND xã" (one unit: " và UBND xã" is inside its name),
#    "Trung tâm Phục vụ hành chính công xã", "Công an xã", collectives "Các phòng chuyên môn thuộc
#    UBND xã" and "Ban nhân dân các thôn"; a task with no support and no product.
layout("b10-word-pasted-into-excel-paragraph-rows", ["xlsx", "csv"], [], [[
    ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    _B10_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã", "Văn phòng HĐND và UBND xã",
     "Các phòng chuyên môn thuộc UBND xã", "Tháng 01/2026", "Kế hoạch"],
    ["2", "Tuyên truyền cải cách hành chính trên hệ thống truyền thanh, trang thông tin điện tử của xã",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Thường xuyên", "Tin, bài"],
    ["", "", "", "Ban nhân dân các thôn", "", ""],
    ["3", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của UBND xã", "Văn phòng HĐND và UBND xã",
     "Các phòng chuyên môn thuộc UBND xã", "Theo Kế hoạch của UBND tỉnh", "Báo cáo tự đánh giá"],
    ["", "(theo hướng dẫn của Sở Nội vụ)", "", "Trung tâm Phục vụ hành chính công xã", "", ""],
    ["4", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng HĐND và UBND xã",
     "Các phòng chuyên môn thuộc UBND xã", "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
    ["", "", "", "", "(trước ngày 10 của tháng cuối kỳ)", ""],
    _B10_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành sau sắp xếp đơn vị hành chính",
     "Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Quý I/2026", "Danh mục văn bản"],
    ["", "", "", "Phòng Văn hóa - Xã hội", "", ""],
    ["2", "Tổ chức phổ biến, giáo dục pháp luật cho cán bộ, công chức và Nhân dân năm 2026",
     "Phòng Văn hóa - Xã hội", "Công an xã", "Năm 2026", "Kế hoạch;"],
    ["", "", "", "", "", "Báo cáo kết quả"],
    _B10_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã bảo đảm đúng hạn",
     "Trung tâm Phục vụ hành chính công xã", "Các phòng chuyên môn thuộc UBND xã", "Thường xuyên",
     "Hồ sơ giải quyết đúng hạn"],
    ["2", "Niêm yết, công khai thủ tục hành chính, số điện thoại đường dây nóng tại Trung tâm Phục vụ hành chính "
     "công xã", "Trung tâm Phục vụ hành chính công xã", "", "Quý I/2026", ""],
    ["3", "Thực hiện liên thông điện tử nhóm thủ tục hành chính", "Phòng Văn hóa - Xã hội", "Công an xã",
     "Thường xuyên", ""],
    ["", "(Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi)", "",
     "Bảo hiểm xã hội cơ sở", "", ""],
    _B10_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Rà soát, xây dựng Đề án vị trí việc làm của cán bộ, công chức xã", "Văn phòng HĐND và UBND xã",
     "Sở Nội vụ", "Quý II/2026", "Đề án vị trí việc làm"],
    _B10_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức xã năm 2026", "Văn phòng HĐND và UBND xã",
     "Các phòng chuyên môn thuộc UBND xã", "Tháng 12/2026", "Kết quả đánh giá"],
    _B10_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Công khai dự toán, quyết toán ngân sách xã", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Hằng năm",
     "Báo cáo công khai"],
    _B10_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 6),
    ["1", "Duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn", "Phòng Văn hóa - Xã hội",
     "Ban nhân dân các thôn", "Thường xuyên", ""],
    ["", "", "", "Đoàn Thanh niên xã", "", ""],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công xã",
     "Các phòng chuyên môn thuộc UBND xã", "Quý II/2026", "Kết quả số hóa"],
    ["", "", "", "", "(đạt 100%)", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã | Văn phòng HĐND và UBND xã | Các phòng chuyên môn thuộc UBND xã | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Tuyên truyền cải cách hành chính trên hệ thống truyền thanh, trang thông tin điện tử của xã | Phòng Văn hóa - Xã hội | Văn phòng HĐND và UBND xã; Ban nhân dân các thôn | Thường xuyên | continuous | product=Tin, bài
T I.3 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của UBND xã (theo hướng dẫn của Sở Nội vụ) | Văn phòng HĐND và UBND xã | Các phòng chuyên môn thuộc UBND xã; Trung tâm Phục vụ hành chính công xã | Theo Kế hoạch của UBND tỉnh | external | product=Báo cáo tự đánh giá
T I.4 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng HĐND và UBND xã | Các phòng chuyên môn thuộc UBND xã | Định kỳ quý, 6 tháng, năm (trước ngày 10 của tháng cuối kỳ) | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành sau sắp xếp đơn vị hành chính | Văn phòng HĐND và UBND xã | Phòng Kinh tế; Phòng Văn hóa - Xã hội | Quý I/2026 | 2026-03-31 | product=Danh mục văn bản
T II.2 | Tổ chức phổ biến, giáo dục pháp luật cho cán bộ, công chức và Nhân dân năm 2026 | Phòng Văn hóa - Xã hội | Công an xã | Năm 2026 | 2026-12-31 | product=Kế hoạch; Báo cáo kết quả
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã bảo đảm đúng hạn | Trung tâm Phục vụ hành chính công xã | Các phòng chuyên môn thuộc UBND xã | Thường xuyên | continuous | product=Hồ sơ giải quyết đúng hạn
T III.2 | Niêm yết, công khai thủ tục hành chính, số điện thoại đường dây nóng tại Trung tâm Phục vụ hành chính công xã | Trung tâm Phục vụ hành chính công xã | | Quý I/2026 | 2026-03-31 |
T III.3 | Thực hiện liên thông điện tử nhóm thủ tục hành chính (Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi) | Phòng Văn hóa - Xã hội | Công an xã; Bảo hiểm xã hội cơ sở | Thường xuyên | continuous |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, xây dựng Đề án vị trí việc làm của cán bộ, công chức xã | Văn phòng HĐND và UBND xã | Sở Nội vụ | Quý II/2026 | 2026-06-30 | product=Đề án vị trí việc làm
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức xã năm 2026 | Văn phòng HĐND và UBND xã | Các phòng chuyên môn thuộc UBND xã | Tháng 12/2026 | 2026-12-31 | product=Kết quả đánh giá
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Công khai dự toán, quyết toán ngân sách xã | Phòng Kinh tế | Văn phòng HĐND và UBND xã | Hằng năm | periodic | product=Báo cáo công khai
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VII.1 | Duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn | Phòng Văn hóa - Xã hội | Ban nhân dân các thôn; Đoàn Thanh niên xã | Thường xuyên | continuous |
T VII.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công xã | Các phòng chuyên môn thuộc UBND xã | Quý II/2026 (đạt 100%) | 2026-06-30 | product=Kết quả số hóa
""", year=2026)


# B10-4. A department's task list (Sở Tài chính tỉnh Bắc Giang, 2024) EXPORTED FROM THE PROVINCE'S
# DOCUMENT-MANAGEMENT SYSTEM ("Hệ thống quản lý văn bản và điều hành") as a CSV, and the same export
# opened and saved as .xlsx. The habits:
#  - The CSV is ";"-separated with EVERY CELL QUOTED (empty ones as ""), a BOM, CR LF line ends.
#    Cells holding ";" (a support list "Phòng Tài chính hành chính sự nghiệp; UBND các huyện, thành
#    phố") are inside their quotes: no extra column.
#  - Above the header: a TITLE ROW in the first cell only, an EXPORT LINE ("Xuất từ … ngày
#    22/01/2024 lúc 09:15": a date, but no deadline and no task), and a row of empty cells.
#  - THREE EMPTY TRAILING COLUMNS on every row, the header's included (the export's fixed width).
#  - NO MERGES anywhere: a section row is "I" and its title, the other cells empty.
#  - The system's deadline field holds DATES, zero-padded ("31/01/2024", "30/06/2024"), each the
#    day itself; a few free-text wordings ("Định kỳ quý, 6 tháng, năm", "Hằng tháng"). Tasks done
#    all year long carry "31/12/2024" as the deadline and "Thực hiện thường xuyên" in "Ghi chú":
#    the deadline column decides (dated, 2024-12-31); the note is a note. "Trước ngày 05 hằng
#    tháng" in "Ghi chú" is a note, not the deadline.
#  - Supports joined by ", " before "Văn phòng Sở" and before "Phòng …" (two units each).
layout("b10-dms-export-csv-quoted-semicolon", ["csv", "xlsx"], [], [[
    _B10_pad(["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 - SỞ TÀI CHÍNH TỈNH BẮC GIANG",
              "", "", "", "", "", ""], 3),
    _B10_pad(["Xuất từ Hệ thống quản lý văn bản và điều hành ngày 22/01/2024 lúc 09:15",
              "", "", "", "", "", ""], 3),
    _B10_pad(["", "", "", "", "", "", ""], 3),
    _B10_pad(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Sản phẩm",
              "Ghi chú"], 3),
    _B10_pad(["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", "", ""], 3),
    _B10_pad(["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở Tài chính", "Văn phòng Sở",
              "Các phòng, đơn vị thuộc Sở", "31/01/2024", "Kế hoạch", ""], 3),
    _B10_pad(["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của Sở", "Văn phòng Sở",
              "Các phòng, đơn vị thuộc Sở", "15/02/2024", "Báo cáo tự đánh giá", "Theo hướng dẫn của Sở Nội vụ"], 3),
    _B10_pad(["3", "Báo cáo công tác cải cách hành chính quý, 6 tháng, năm", "Văn phòng Sở",
              "Các phòng, đơn vị thuộc Sở", "Định kỳ quý, 6 tháng, năm", "Báo cáo", ""], 3),
    _B10_pad(["II", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""], 3),
    _B10_pad(["1", "Tham mưu UBND tỉnh ban hành Quyết định phân cấp thẩm quyền quản lý, sử dụng tài sản công tại "
              "cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh", "Phòng Quản lý giá và công sản",
              "Sở Tư pháp, Văn phòng Sở", "30/06/2024", "Quyết định của UBND tỉnh", ""], 3),
    _B10_pad(["2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực tài chính", "Văn phòng Sở",
              "Các phòng, đơn vị thuộc Sở", "31/03/2024", "Báo cáo kết quả rà soát", ""], 3),
    _B10_pad(["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""], 3),
    _B10_pad(["1", "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của Sở", "Văn phòng Sở",
              "Phòng Quản lý giá và công sản, Phòng Tài chính đầu tư", "30/09/2024", "Phương án đơn giản hóa",
              ""], 3),
    _B10_pad(["2", "Giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
              "Các phòng, đơn vị thuộc Sở", "Trung tâm Phục vụ hành chính công tỉnh", "31/12/2024",
              "Hồ sơ được giải quyết", "Thực hiện thường xuyên"], 3),
    _B10_pad(["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", "", "", ""], 3),
    _B10_pad(["1", "Kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở theo hướng dẫn của Bộ Tài chính",
              "Văn phòng Sở", "Sở Nội vụ", "30/06/2024", "Quyết định", ""], 3),
    _B10_pad(["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""], 3),
    _B10_pad(["1", "Xây dựng Đề án vị trí việc làm của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
              "31/10/2024", "Đề án", ""], 3),
    _B10_pad(["2", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Văn phòng Sở",
              "Các phòng, đơn vị thuộc Sở", "20/12/2024", "Kết quả đánh giá", ""], 3),
    _B10_pad(["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", "", "", ""], 3),
    _B10_pad(["1", "Thẩm định, trình UBND tỉnh giao dự toán ngân sách nhà nước năm 2025", "Phòng Quản lý ngân sách",
              "Phòng Tài chính hành chính sự nghiệp; UBND các huyện, thành phố", "10/12/2024",
              "Quyết định giao dự toán", ""], 3),
    _B10_pad(["2", "Báo cáo tình hình giải ngân vốn đầu tư công", "Phòng Tài chính đầu tư", "Kho bạc Nhà nước tỉnh",
              "Hằng tháng", "Báo cáo", "Trước ngày 05 hằng tháng"], 3),
    _B10_pad(["VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", "", "", "", "", ""], 3),
    _B10_pad(["1", "Sử dụng chữ ký số, gửi nhận văn bản điện tử trên Hệ thống quản lý văn bản và điều hành",
              "Phòng Tin học và Thống kê", "Các phòng, đơn vị thuộc Sở", "31/12/2024", "", "Thực hiện thường xuyên"],
             3),
    _B10_pad(["2", "Vận hành Cơ sở dữ liệu quốc gia về tài sản công đối với tài sản của tỉnh",
              "Phòng Quản lý giá và công sản", "Phòng Tin học và Thống kê", "30/11/2024",
              "Dữ liệu tài sản công được cập nhật", ""], 3),
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở Tài chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 31/01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 15/02/2024 | 2024-02-15 | product=Báo cáo tự đánh giá ; note=Theo hướng dẫn của Sở Nội vụ
T I.3 | Báo cáo công tác cải cách hành chính quý, 6 tháng, năm | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quyết định phân cấp thẩm quyền quản lý, sử dụng tài sản công tại cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh | Phòng Quản lý giá và công sản | Sở Tư pháp; Văn phòng Sở | 30/06/2024 | 2024-06-30 | product=Quyết định của UBND tỉnh
T II.2 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực tài chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 31/03/2024 | 2024-03-31 | product=Báo cáo kết quả rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của Sở | Văn phòng Sở | Phòng Quản lý giá và công sản; Phòng Tài chính đầu tư | 30/09/2024 | 2024-09-30 | product=Phương án đơn giản hóa
T III.2 | Giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Các phòng, đơn vị thuộc Sở | Trung tâm Phục vụ hành chính công tỉnh | 31/12/2024 | 2024-12-31 | product=Hồ sơ được giải quyết ; note=Thực hiện thường xuyên
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở theo hướng dẫn của Bộ Tài chính | Văn phòng Sở | Sở Nội vụ | 30/06/2024 | 2024-06-30 | product=Quyết định
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Xây dựng Đề án vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 31/10/2024 | 2024-10-31 | product=Đề án
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 20/12/2024 | 2024-12-20 | product=Kết quả đánh giá
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Thẩm định, trình UBND tỉnh giao dự toán ngân sách nhà nước năm 2025 | Phòng Quản lý ngân sách | Phòng Tài chính hành chính sự nghiệp; UBND các huyện, thành phố | 10/12/2024 | 2024-12-10 | product=Quyết định giao dự toán
T VI.2 | Báo cáo tình hình giải ngân vốn đầu tư công | Phòng Tài chính đầu tư | Kho bạc Nhà nước tỉnh | Hằng tháng | periodic | product=Báo cáo ; note=Trước ngày 05 hằng tháng
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VII.1 | Sử dụng chữ ký số, gửi nhận văn bản điện tử trên Hệ thống quản lý văn bản và điều hành | Phòng Tin học và Thống kê | Các phòng, đơn vị thuộc Sở | 31/12/2024 | 2024-12-31 | note=Thực hiện thường xuyên
T VII.2 | Vận hành Cơ sở dữ liệu quốc gia về tài sản công đối với tài sản của tỉnh | Phòng Quản lý giá và công sản | Phòng Tin học và Thống kê | 30/11/2024 | 2024-11-30 | product=Dữ liệu tài sản công được cập nhật
""", year=2024)
CSV_OPTIONS["b10-dms-export-csv-quoted-semicolon"] = {"delimiter": ";", "quote_all": True}


# B10-5. An old annex RE-TYPED by a clerk from a printed copy (Đài Phát thanh và Truyền hình Phú Yên,
# an đơn vị sự nghiệp, 2024), in Word and as the OpenDocument sheet made from it. The habits:
#  - INCONSISTENT NUMBERING, as a hurried typist mixes styles: sections "I.", "II/", "III -",
#    "IV.", "V)", "VI/"; tasks "1.", "2/", "3-", "4)", "1-", " 2.", "1)", "1/"; the items under a
#    heading "a)", "b/", "c.". The punctuation is no part of the number: the ids are the figures
#    (I.3, IV.1.c …), the sections the numerals. "V)" on a row spanning the table after section IV
#    is section V, not a lettered item.
#  - STRAY SPACES: a leading space in number cells (" 2."), trailing ones ("3- ", "III - "), around
#    titles, after a unit ("Phòng Tổ chức - Hành chính "), before a deadline (" Quý II/2024"). The
#    contract says text is trimmed: the unit is the same unit, the deadline "Quý II/2024". No
#    double space INSIDE a title (the contract does not say those are squeezed).
#  - A HEADER WHOSE WORDS ARE LENGTHENED from the usual: "Nội dung công việc cụ thể", "Bộ phận tham
#    mưu chủ trì", "Đơn vị phối hợp thực hiện", "Mốc thời gian hoàn thành", "Sản phẩm". Each holds a
#    header word of import.md ("Nội dung công việc", "Chủ trì", "Đơn vị phối hợp", "Thời gian hoàn
#    thành", "Sản phẩm"); the support's "… thực hiện" does not make it a lead column.
#  - A heading "1." whose title ends with a colon (kept) over the items a, b, c, then "2/" (IV.2)
#    with no support; deadlines "Định kỳ quý, năm", "Hằng quý", "Hằng năm" (periodic).
layout("b10-retyped-mixed-numbering-stray-spaces", ["docx", "ods"], [
    "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ YÊN",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 05/KH-PTTH ngày 18/01/2024 của Giám đốc Đài Phát thanh và Truyền hình Phú Yên)",
], [[
    ["**Số TT", "**Nội dung công việc cụ thể", "**Bộ phận tham mưu chủ trì", "**Đơn vị phối hợp thực hiện",
     "**Mốc thời gian hoàn thành", "**Sản phẩm"],
    _B10_span("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1.", "Xây dựng Kế hoạch cải cách hành chính năm 2024 của Đài", "Phòng Tổ chức - Hành chính ",
     "Các phòng chuyên môn", "Tháng 01/2024", "Kế hoạch"],
    ["2/", " Tuyên truyền cải cách hành chính trên sóng phát thanh, truyền hình và nền tảng số của Đài",
     "Phòng Chuyên đề - Chuyên mục", "Phòng Thời sự; Phòng Nội dung số", "Thường xuyên", "Tin, bài, phóng sự"],
    ["3- ", "Tự kiểm tra công tác cải cách hành chính tại các phòng chuyên môn ", "Phòng Tổ chức - Hành chính",
     "Các phòng chuyên môn", "Quý III/2024", "Thông báo kết quả kiểm tra"],
    ["4)", "Báo cáo kết quả thực hiện cải cách hành chính", "Phòng Tổ chức - Hành chính", "Các phòng chuyên môn",
     "Định kỳ quý, năm", "Báo cáo"],
    _B10_span("II/", "CẢI CÁCH THỂ CHẾ", 6),
    ["1-", "Rà soát, sửa đổi Quy chế làm việc, Quy chế chi tiêu nội bộ của Đài", "Phòng Kế hoạch - Tài chính",
     "Phòng Tổ chức - Hành chính", "Quý I/2024", "Quy chế"],
    [" 2.", "Xây dựng Quy định quản lý nội dung thông tin trên nền tảng số của Đài", "Phòng Nội dung số",
     "Phòng Thời sự", " Quý II/2024", "Quy định"],
    _B10_span("III - ", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1)", "Xây dựng Đề án sắp xếp, tổ chức lại các phòng chuyên môn của Đài", "Phòng Tổ chức - Hành chính",
     "Sở Nội vụ", "Quý II/2024", "Đề án"],
    _B10_span("IV.", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1.", "Thực hiện các nội dung về quản lý viên chức sau:", "", "", "", ""],
    ["a)", "Rà soát, cập nhật vị trí việc làm, cơ cấu chức danh nghề nghiệp viên chức",
     "Phòng Tổ chức - Hành chính", "Các phòng chuyên môn", "Quý II/2024", "Đề án vị trí việc làm"],
    ["b/", "Cử viên chức tham gia bồi dưỡng nghiệp vụ báo chí, kỹ năng sản xuất nội dung số",
     "Phòng Tổ chức - Hành chính", "Phòng Nội dung số", "Năm 2024", "Danh sách cử đi bồi dưỡng"],
    ["c.", "Đánh giá, xếp loại viên chức, người lao động năm 2024", "Phòng Tổ chức - Hành chính",
     "Các phòng chuyên môn", "Tháng 12/2024", "Kết quả đánh giá"],
    ["2/", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc", "Phòng Tổ chức - Hành chính",
     "", "Hằng quý", "Biên bản kiểm tra"],
    _B10_span("V)", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1.", "Xây dựng phương án tự chủ tài chính giai đoạn 2024 - 2026", "Phòng Kế hoạch - Tài chính", "Sở Tài chính",
     "Quý III/2024", "Phương án tự chủ"],
    ["2-", "Công khai tài chính theo quy định", "Phòng Kế hoạch - Tài chính", "", "Hằng năm", "Báo cáo công khai"],
    _B10_span("VI/", "CHUYỂN ĐỔI SỐ", 6),
    ["1/", "Đầu tư hệ thống sản xuất chương trình theo công nghệ số, lưu trữ tư liệu số", "Phòng Kỹ thuật - Công nghệ",
     "Phòng Kế hoạch - Tài chính", "Quý IV/2024", "Hệ thống lưu trữ số"],
    ["2.", "Sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số", "Phòng Tổ chức - Hành chính",
     "Các phòng chuyên môn; Sở Thông tin và Truyền thông ", "Thường xuyên", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2024 của Đài | Phòng Tổ chức - Hành chính | Các phòng chuyên môn | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Tuyên truyền cải cách hành chính trên sóng phát thanh, truyền hình và nền tảng số của Đài | Phòng Chuyên đề - Chuyên mục | Phòng Thời sự; Phòng Nội dung số | Thường xuyên | continuous | product=Tin, bài, phóng sự
T I.3 | Tự kiểm tra công tác cải cách hành chính tại các phòng chuyên môn | Phòng Tổ chức - Hành chính | Các phòng chuyên môn | Quý III/2024 | 2024-09-30 | product=Thông báo kết quả kiểm tra
T I.4 | Báo cáo kết quả thực hiện cải cách hành chính | Phòng Tổ chức - Hành chính | Các phòng chuyên môn | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, sửa đổi Quy chế làm việc, Quy chế chi tiêu nội bộ của Đài | Phòng Kế hoạch - Tài chính | Phòng Tổ chức - Hành chính | Quý I/2024 | 2024-03-31 | product=Quy chế
T II.2 | Xây dựng Quy định quản lý nội dung thông tin trên nền tảng số của Đài | Phòng Nội dung số | Phòng Thời sự | Quý II/2024 | 2024-06-30 | product=Quy định
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Xây dựng Đề án sắp xếp, tổ chức lại các phòng chuyên môn của Đài | Phòng Tổ chức - Hành chính | Sở Nội vụ | Quý II/2024 | 2024-06-30 | product=Đề án
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
H IV.1 | Thực hiện các nội dung về quản lý viên chức sau:
T IV.1.a | Rà soát, cập nhật vị trí việc làm, cơ cấu chức danh nghề nghiệp viên chức | Phòng Tổ chức - Hành chính | Các phòng chuyên môn | Quý II/2024 | 2024-06-30 | product=Đề án vị trí việc làm
T IV.1.b | Cử viên chức tham gia bồi dưỡng nghiệp vụ báo chí, kỹ năng sản xuất nội dung số | Phòng Tổ chức - Hành chính | Phòng Nội dung số | Năm 2024 | 2024-12-31 | product=Danh sách cử đi bồi dưỡng
T IV.1.c | Đánh giá, xếp loại viên chức, người lao động năm 2024 | Phòng Tổ chức - Hành chính | Các phòng chuyên môn | Tháng 12/2024 | 2024-12-31 | product=Kết quả đánh giá
T IV.2 | Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc | Phòng Tổ chức - Hành chính | | Hằng quý | periodic | product=Biên bản kiểm tra
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Xây dựng phương án tự chủ tài chính giai đoạn 2024 - 2026 | Phòng Kế hoạch - Tài chính | Sở Tài chính | Quý III/2024 | 2024-09-30 | product=Phương án tự chủ
T V.2 | Công khai tài chính theo quy định | Phòng Kế hoạch - Tài chính | | Hằng năm | periodic | product=Báo cáo công khai
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Đầu tư hệ thống sản xuất chương trình theo công nghệ số, lưu trữ tư liệu số | Phòng Kỹ thuật - Công nghệ | Phòng Kế hoạch - Tài chính | Quý IV/2024 | 2024-12-31 | product=Hệ thống lưu trữ số
T VI.2 | Sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số | Phòng Tổ chức - Hành chính | Các phòng chuyên môn; Sở Thông tin và Truyền thông | Thường xuyên | continuous |
""", year=2024)


# B10-6. A ward's annex (UBND phường Tân Lập, tỉnh Đắk Lắk, 2026) that reached the office as a SCAN
# and was run through OCR into a sheet, as that .xlsx and the CSV saved from it: THE TABLE IS GONE.
# Each printed line is one row with its text in the first column only, the columns run together
# with single spaces, and cells that wrapped in print INTERLEAVE over the next lines ("1
# Xây dựng, ban hành Kế hoạch cải cách Văn phòng HĐND Các cơ quan, Tháng 01/2026" then "hành chính
# năm 2026 của UBND phường và UBND phường đơn vị"), the header likewise over two lines. No column
# can be told from another: one column is no table whose header names a task column and a lead
# column, even though its header lines hold both words in one cell. The contract says such a file
# is refused (exit 1, nothing written), listing the headers seen; the office must get the Word file.
layout("b10-ocr-scan-one-column-refused", ["xlsx", "csv"], [], [_B10_lines(
    "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 07/KH-UBND ngày 14/01/2026 của UBND phường Tân Lập)",
    "TT Nội dung công việc Cơ quan Cơ quan Thời gian",
    "chủ trì phối hợp hoàn thành",
    "I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    "1 Xây dựng, ban hành Kế hoạch cải cách Văn phòng HĐND Các cơ quan, Tháng 01/2026",
    "hành chính năm 2026 của UBND phường và UBND phường đơn vị",
    "2 Báo cáo kết quả thực hiện cải cách Văn phòng HĐND Các cơ quan, Định kỳ quý,",
    "hành chính và UBND phường đơn vị 6 tháng, năm",
    "II CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    "1 Tiếp nhận, giải quyết hồ sơ thủ tục hành Trung tâm Phục vụ Các cơ quan, Thường xuyên",
    "chính không phụ thuộc địa giới hành chính hành chính công đơn vị",
    "phường",
    "2 Số hóa hồ sơ, kết quả giải quyết thủ Trung tâm Phục vụ Công an phường Quý II/2026",
    "tục hành chính hành chính công",
    "phường",
    "- 2 -",
    "III CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    "1 Đánh giá, xếp loại chất lượng cán bộ, Văn phòng HĐND Các cơ quan, Tháng 12/2026",
    "công chức phường năm 2026 và UBND phường đơn vị",
    "IV XÂY DỰNG CHÍNH QUYỀN SỐ",
    "1 Hướng dẫn người dân sử dụng dịch vụ Phòng Văn hóa - Công an phường Thường xuyên",
    "công trực tuyến, ứng dụng VNeID Xã hội",
    "2 Duy trì hoạt động Tổ công nghệ số cộng Phòng Văn hóa - Các tổ dân phố Năm 2026",
    "đồng tại các tổ dân phố Xã hội",
    "3 Sử dụng chữ ký số, hệ thống quản lý văn Văn phòng HĐND Các cơ quan, Thường xuyên",
    "bản và điều hành và UBND phường đơn vị",
)], """
R has no table whose header names a task column and a lead column
""", year=2026)


# B10-7. A department's annex (Sở Nông nghiệp và Môi trường tỉnh Phú Thọ, 2026, after the merger
# with Vĩnh Phúc and Hòa Bình) CONVERTED FROM PDF by a tool that made ONE ROW PER PRINTED LINE OF
# THE HEADER, in Word and as the Excel sheet made from that Word file. The habits:
#  - THE HEADER IS SPLIT OVER TWO ROWS, NOT MERGED, each row holding one printed line of each
#    header cell: "TT | Nội dung | Đơn vị | Đơn vị | Thời gian | Kinh phí | Sản phẩm" over " |
#    nhiệm vụ | chủ trì | phối hợp | hoàn thành | (triệu đồng) | đầu ra". A column's header is its
#    two lines read together ("Đơn vị chủ trì", "Thời gian hoàn thành", "Kinh phí (triệu đồng)"):
#    the lead is the third column, the support the fourth, the deadline the fifth, the budget in
#    MILLIONS ("50" = 50 000 000 đồng, "1.200" = 1.2 billion, "35,5" = 35.5 million).
#  - THE TWO-ROW HEADER IS REPEATED where the PDF's page 2 began (the converter joined the pages
#    into one table): both rows skipped. Its second row, " | nhiệm vụ | chủ trì | phối hợp | …",
#    is no continuation of the task above (its words are the header's).
#  - Otherwise ordinary: seven areas merged across; supports joined by "," before "Sở …" and by
#    ";"; "Trung tâm Công nghệ thông tin, Sở Khoa học và Công nghệ" is two units; a budget cell
#    left empty for none; "Định kỳ quý, 6 tháng, năm", "Hằng tháng" (periodic).
_B10_H7A = ["**TT", "**Nội dung", "**Đơn vị", "**Đơn vị", "**Thời gian", "**Kinh phí", "**Sản phẩm"]
_B10_H7B = ["", "**nhiệm vụ", "**chủ trì", "**phối hợp", "**hoàn thành", "**(triệu đồng)", "**đầu ra"]
layout("b10-pdf-header-lines-as-rows-budget-millions", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 21/KH-SNNMT ngày 16/01/2026 của Sở Nông nghiệp và Môi trường tỉnh Phú Thọ)",
], [[
    list(_B10_H7A),
    list(_B10_H7B),
    _B10_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 01/2026", "", "Kế hoạch"],
    ["2", "Tuyên truyền cải cách hành chính trong lĩnh vực nông nghiệp, đất đai, môi trường", "Văn phòng Sở",
     "Trung tâm Công nghệ thông tin", "Năm 2026", "50", "Tin, bài, pa nô"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Định kỳ quý, 6 tháng, năm", "", "Báo cáo"],
    _B10_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Tham mưu UBND tỉnh ban hành Quyết định điều chỉnh, bổ sung Bảng giá đất trên địa bàn tỉnh",
     "Phòng Quản lý đất đai", "Sở Tài chính, Sở Tư pháp", "Quý III/2026", "1.200", "Quyết định của UBND tỉnh"],
    ["2", "Rà soát văn bản quy phạm pháp luật của HĐND, UBND các tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình (cũ) thuộc lĩnh "
     "vực nông nghiệp và môi trường", "Phòng Pháp chế", "Các phòng, đơn vị thuộc Sở", "Quý II/2026", "",
     "Danh mục văn bản đề nghị bãi bỏ, thay thế"],
    _B10_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường", "Văn phòng Sở",
     "Phòng Quản lý đất đai; Phòng Môi trường", "Tháng 6/2026", "", "Phương án đơn giản hóa"],
    ["2", "Giải quyết thủ tục đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất không phụ thuộc vào địa giới "
     "hành chính", "Văn phòng Đăng ký đất đai tỉnh", "UBND các xã, phường", "Thường xuyên", "",
     "Hồ sơ được giải quyết"],
    list(_B10_H7A),
    list(_B10_H7B),
    ["3", "Số hóa hồ sơ địa chính, kết quả giải quyết thủ tục hành chính", "Văn phòng Đăng ký đất đai tỉnh",
     "Trung tâm Công nghệ thông tin", "Quý IV/2026", "35,5", "Dữ liệu số"],
    _B10_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "Sắp xếp, tổ chức lại các chi cục, đơn vị sự nghiệp thuộc Sở sau hợp nhất", "Văn phòng Sở", "Sở Nội vụ",
     "Quý II/2026", "", "Đề án"],
    _B10_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Bồi dưỡng chuyên môn, nghiệp vụ cho công chức làm công tác nông nghiệp, địa chính, môi trường cấp xã",
     "Văn phòng Sở", "UBND các xã, phường", "Quý III/2026", "120", "Lớp bồi dưỡng"],
    _B10_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở giai đoạn 2026 - 2030",
     "Phòng Kế hoạch - Tài chính", "Sở Tài chính", "Quý I/2026", "", "Quyết định giao tự chủ"],
    _B10_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 7),
    ["1", "Xây dựng cơ sở dữ liệu đất đai tỉnh, kết nối với Cơ sở dữ liệu quốc gia về đất đai",
     "Văn phòng Đăng ký đất đai tỉnh", "Trung tâm Công nghệ thông tin, Sở Khoa học và Công nghệ", "Năm 2026",
     "2.500", "Cơ sở dữ liệu"],
    ["2", "Vận hành hệ thống quan trắc môi trường tự động, truyền số liệu về Sở", "Phòng Môi trường",
     "Trung tâm Công nghệ thông tin", "Hằng tháng", "", "Số liệu quan trắc"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Tuyên truyền cải cách hành chính trong lĩnh vực nông nghiệp, đất đai, môi trường | Văn phòng Sở | Trung tâm Công nghệ thông tin | Năm 2026 | 2026-12-31 | budget=50000000 ; product=Tin, bài, pa nô
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quyết định điều chỉnh, bổ sung Bảng giá đất trên địa bàn tỉnh | Phòng Quản lý đất đai | Sở Tài chính; Sở Tư pháp | Quý III/2026 | 2026-09-30 | budget=1200000000 ; product=Quyết định của UBND tỉnh
T II.2 | Rà soát văn bản quy phạm pháp luật của HĐND, UBND các tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình (cũ) thuộc lĩnh vực nông nghiệp và môi trường | Phòng Pháp chế | Các phòng, đơn vị thuộc Sở | Quý II/2026 | 2026-06-30 | product=Danh mục văn bản đề nghị bãi bỏ, thay thế
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường | Văn phòng Sở | Phòng Quản lý đất đai; Phòng Môi trường | Tháng 6/2026 | 2026-06-30 | product=Phương án đơn giản hóa
T III.2 | Giải quyết thủ tục đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất không phụ thuộc vào địa giới hành chính | Văn phòng Đăng ký đất đai tỉnh | UBND các xã, phường | Thường xuyên | continuous | product=Hồ sơ được giải quyết
T III.3 | Số hóa hồ sơ địa chính, kết quả giải quyết thủ tục hành chính | Văn phòng Đăng ký đất đai tỉnh | Trung tâm Công nghệ thông tin | Quý IV/2026 | 2026-12-31 | budget=35500000 ; product=Dữ liệu số
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp, tổ chức lại các chi cục, đơn vị sự nghiệp thuộc Sở sau hợp nhất | Văn phòng Sở | Sở Nội vụ | Quý II/2026 | 2026-06-30 | product=Đề án
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Bồi dưỡng chuyên môn, nghiệp vụ cho công chức làm công tác nông nghiệp, địa chính, môi trường cấp xã | Văn phòng Sở | UBND các xã, phường | Quý III/2026 | 2026-09-30 | budget=120000000 ; product=Lớp bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở giai đoạn 2026 - 2030 | Phòng Kế hoạch - Tài chính | Sở Tài chính | Quý I/2026 | 2026-03-31 | product=Quyết định giao tự chủ
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VII.1 | Xây dựng cơ sở dữ liệu đất đai tỉnh, kết nối với Cơ sở dữ liệu quốc gia về đất đai | Văn phòng Đăng ký đất đai tỉnh | Trung tâm Công nghệ thông tin; Sở Khoa học và Công nghệ | Năm 2026 | 2026-12-31 | budget=2500000000 ; product=Cơ sở dữ liệu
T VII.2 | Vận hành hệ thống quan trắc môi trường tự động, truyền số liệu về Sở | Phòng Môi trường | Trung tâm Công nghệ thông tin | Hằng tháng | periodic | product=Số liệu quan trắc
""", year=2026)


# B10-8. A district's annex (UBND huyện Hàm Thuận Bắc, Bình Thuận, 2024) laid out as the seed is: a
# first column "Nội dung" holding each section's numeral and name beside its tasks, the tasks
# numbered inside their text ("1. …", "- …"), units, "Kinh phí dự kiến", "Thời gian hoàn thành".
# It was drafted in Excel with that column merged down; someone then chose "UNMERGE ALL" to filter
# the sheet, and this is the sheet the office received, as .xlsx and .ods. The habits:
#  - THE SECTION COLUMN IS UNMERGED: each section's name is in the TOP ROW of its block only, the
#    cells below it EMPTY (not merged). An empty section cell means the section above goes on: the
#    tasks under "I. …" are section I's until the next name. The contract reads a section column's
#    merged cell as the section: "I. Công tác chỉ đạo, điều hành" is id I, title the words after
#    the numeral.
#  - The title rows above the header were unmerged as well: their text sits in the first column
#    only, above the header (no section, no task).
#  - Two section names carry the line break the clerk typed to fit the narrow column ("I. Công tác
#    chỉ đạo,\nđiều hành"): one space.
#  - As in the seed: a numbered row with no unit and "-" rows under it is a heading (I.2) over items
#    I.2.a, I.2.b; budgets "15.000.000 đồng" in the budget column; a lead with commas inside
#    ("Trung tâm Văn hóa, Thông tin và Thể thao huyện"); collectives "Các cơ quan chuyên môn thuộc
#    UBND huyện", "UBND các xã, thị trấn"; "Theo Kế hoạch của UBND tỉnh" (external).
layout("b10-section-column-unmerged", ["xlsx", "ods"], [], [[
    ["PHỤ LỤC", "", "", "", "", ""],
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND HUYỆN HÀM THUẬN BẮC", "", "", "", "", ""],
    ["(Kèm theo Kế hoạch số 18/KH-UBND ngày 25/01/2024 của UBND huyện Hàm Thuận Bắc)", "", "", "", "", ""],
    ["Nội dung", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí dự kiến", "Thời gian hoàn thành"],
    ["I. Công tác chỉ đạo,\nđiều hành", "1. Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện",
     "Phòng Nội vụ", "Các cơ quan chuyên môn thuộc UBND huyện", "", "Tháng 01/2024"],
    ["", "2. Tuyên truyền cải cách hành chính", "", "", "", ""],
    ["", "- Xây dựng chuyên mục cải cách hành chính trên sóng phát thanh, truyền hình của huyện",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Nội vụ", "15.000.000 đồng", "Quý II/2024"],
    ["", "- Tổ chức Hội thi tìm hiểu về cải cách hành chính cho cán bộ, công chức cấp xã", "Phòng Nội vụ",
     "UBND các xã, thị trấn", "30.000.000 đồng", "Quý III/2024"],
    ["", "3. Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, thị trấn",
     "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện; Phòng Tư pháp", "", "Quý III/2024"],
    ["", "4. Báo cáo kết quả thực hiện cải cách hành chính", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn", "", "Định kỳ quý, 6 tháng, năm"],
    ["II. Cải cách thể chế", "1. Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành",
     "Phòng Tư pháp", "Các cơ quan chuyên môn thuộc UBND huyện", "", "Năm 2024"],
    ["", "2. Theo dõi tình hình thi hành pháp luật trên địa bàn huyện", "Phòng Tư pháp", "UBND các xã, thị trấn", "",
     "Tháng 11/2024"],
    ["III. Cải cách thủ tục\nhành chính", "1. Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa huyện và "
     "cấp xã", "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn", "", "Thường xuyên"],
    ["", "2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "UBND các xã, thị trấn", "", "Quý II/2024"],
    ["", "3. Khảo sát mức độ hài lòng của người dân, doanh nghiệp", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện",
     "20.000.000 đồng", "Quý IV/2024"],
    ["IV. Cải cách tổ chức bộ máy", "1. Rà soát, sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 trên địa "
     "bàn huyện", "Phòng Nội vụ", "UBND các xã, thị trấn", "", "Theo Kế hoạch của UBND tỉnh"],
    ["V. Cải cách chế độ công vụ", "1. Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024",
     "Phòng Nội vụ", "Các cơ quan chuyên môn thuộc UBND huyện", "", "Tháng 12/2024"],
    ["VI. Cải cách tài chính công", "1. Công khai dự toán, quyết toán ngân sách huyện",
     "Phòng Tài chính - Kế hoạch", "", "", "Hằng năm"],
    ["VII. Xây dựng chính quyền điện tử, chính quyền số", "1. Duy trì hoạt động Tổ công nghệ số cộng đồng tại các "
     "thôn, khu phố", "UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin", "", "Thường xuyên"],
    ["", "2. Ứng dụng chữ ký số, Hệ thống quản lý văn bản và điều hành", "Văn phòng HĐND và UBND huyện",
     "Các cơ quan chuyên môn thuộc UBND huyện", "10.000.000 đồng", "Năm 2024"],
]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Tháng 01/2024 | 2024-01-31 |
H I.2 | Tuyên truyền cải cách hành chính
T I.2.a | Xây dựng chuyên mục cải cách hành chính trên sóng phát thanh, truyền hình của huyện | Trung tâm Văn hóa, Thông tin và Thể thao huyện | Phòng Nội vụ | Quý II/2024 | 2024-06-30 | budget=15000000
T I.2.b | Tổ chức Hội thi tìm hiểu về cải cách hành chính cho cán bộ, công chức cấp xã | Phòng Nội vụ | UBND các xã, thị trấn | Quý III/2024 | 2024-09-30 | budget=30000000
T I.3 | Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, thị trấn | Phòng Nội vụ | Văn phòng HĐND và UBND huyện; Phòng Tư pháp | Quý III/2024 | 2024-09-30 |
T I.4 | Báo cáo kết quả thực hiện cải cách hành chính | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn | Định kỳ quý, 6 tháng, năm | periodic |
S II | Cải cách thể chế
T II.1 | Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND huyện | Năm 2024 | 2024-12-31 |
T II.2 | Theo dõi tình hình thi hành pháp luật trên địa bàn huyện | Phòng Tư pháp | UBND các xã, thị trấn | Tháng 11/2024 | 2024-11-30 |
S III | Cải cách thủ tục hành chính
T III.1 | Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa huyện và cấp xã | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Thường xuyên | continuous |
T III.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Quý II/2024 | 2024-06-30 |
T III.3 | Khảo sát mức độ hài lòng của người dân, doanh nghiệp | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Quý IV/2024 | 2024-12-31 | budget=20000000
S IV | Cải cách tổ chức bộ máy
T IV.1 | Rà soát, sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 trên địa bàn huyện | Phòng Nội vụ | UBND các xã, thị trấn | Theo Kế hoạch của UBND tỉnh | external |
S V | Cải cách chế độ công vụ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Tháng 12/2024 | 2024-12-31 |
S VI | Cải cách tài chính công
T VI.1 | Công khai dự toán, quyết toán ngân sách huyện | Phòng Tài chính - Kế hoạch | | Hằng năm | periodic |
S VII | Xây dựng chính quyền điện tử, chính quyền số
T VII.1 | Duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, khu phố | UBND các xã, thị trấn | Phòng Văn hóa và Thông tin | Thường xuyên | continuous |
T VII.2 | Ứng dụng chữ ký số, Hệ thống quản lý văn bản và điều hành | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện | Năm 2024 | 2024-12-31 | budget=10000000
""", year=2024)


# A twelfth batch, written blind as the ninth: time as annexes write it in their columns (start
# and end columns, ranges, years marked over a five-year plan, two dates, qualifiers, steps in
# one cell, periodic reports, a progress sheet). Measured before the reader learnt from it:
# BENCHMARKS.md.
def _B12_span(number, title, width):
    """A section row: the number, then its title merged across the rest of the table."""
    return [number, title] + ["<"] * (width - 2)


def _B12_heading(number, title, width):
    """A numbered group row with no unit and no time: its other cells left empty, not merged."""
    return [number, title] + [""] * (width - 2)


def _B12_lines(*lines):
    """A cell written as several lines (line breaks inside the cell)."""
    return "\n".join(lines)


def _B12_years(marked, first=2026, last=2030, mark="x"):
    """The year columns of a multi-year plan: `mark` in each year of `marked`, else empty."""
    return [mark if y in marked else "" for y in range(first, last + 1)]


# B12-1. A department's annex (Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai, 2024), in Word and
# Excel. The habits:
#  - TWO TIME COLUMNS SIDE BY SIDE, "Thời gian bắt đầu" THEN "Thời gian hoàn thành" (in Word each
#    header on two lines, "Thời gian\nbắt đầu"). The contract lists "Thời gian hoàn thành" as a
#    deadline header and "Thời gian bắt đầu" as nothing: the deadline is the "hoàn thành" cell,
#    verbatim, and the start column stands FIRST, so a reader that takes the first "Thời gian …"
#    column takes the wrong one. Both hold dates ("02/01/2024", "30/6/2024"), months ("Tháng
#    01/2024", "Tháng 02/2024" → 2024-02-29, a leap year) and quarters ("Quý II/2024"); one start
#    cell is empty; one finish cell says "Thường xuyên" (continuous), one "Hằng tháng" (periodic).
#  - UNSURE: the contract has no key for a start time; the start is carried by nothing in the plan
#    (not a note, not a detail: the brief allows extra keys only where the contract writes them).
#  - Units: "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới" (one unit), "Phòng Lao động - Thương
#    binh và Xã hội các huyện, thành phố" (a collective: " và Xã hội" and ", thành phố" begin no
#    unit), "Các phòng, đơn vị thuộc Sở" (collective). Supports "Văn phòng Sở, Thanh tra Sở" (",
#    Thanh tra" begins a unit: two) and "Phòng Người có công và Trung tâm Dịch vụ việc làm" (" và
#    Trung tâm" begins a unit: two); one task with no support.
layout("b12-start-and-finish-columns", ["docx", "xlsx"], [
    "UBND TỈNH ĐỒNG NAI",
    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 18/KH-SLĐTBXH ngày 05/01/2024 của Sở Lao động - Thương binh và Xã hội)",
], [[
    ["**STT", "**Nội dung nhiệm vụ", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời gian\nbắt đầu",
     "**Thời gian\nhoàn thành", "**Sản phẩm"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "02/01/2024", "31/01/2024", "Kế hoạch"],
    ["2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024", "Văn phòng Sở",
     "Trung tâm Dịch vụ việc làm", "Tháng 01/2024", "Tháng 02/2024", "Kế hoạch tuyên truyền"],
    ["3", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Thanh tra Sở",
     "Quý II/2024", "Quý III/2024", "Thông báo kết luận kiểm tra"],
    ["4", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "01/11/2024", "30/11/2024", "Báo cáo tự đánh giá"],
    _B12_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Rà soát văn bản quy phạm pháp luật lĩnh vực lao động, người có công và xã hội do HĐND, UBND tỉnh ban hành",
     "Thanh tra Sở", "Các phòng, đơn vị thuộc Sở", "Tháng 3/2024", "Tháng 9/2024", "Báo cáo kết quả rà soát"],
    ["2", "Tham mưu UBND tỉnh ban hành Quyết định quy định mức trợ giúp xã hội trên địa bàn tỉnh",
     "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới", "Văn phòng Sở, Thanh tra Sở", "15/02/2024", "30/6/2024",
     "Quyết định của UBND tỉnh"],
    _B12_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực người có công", "Phòng Người có công", "Văn phòng Sở",
     "Quý I/2024", "Quý II/2024", "Phương án đơn giản hóa"],
    ["2", "Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2024", "Thường xuyên", "Quyết định công bố"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở",
     "Phòng Người có công và Trung tâm Dịch vụ việc làm", "01/01/2024", "31/12/2024", "Hồ sơ được số hóa"],
    _B12_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "Rà soát, cập nhật Đề án vị trí việc làm của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Quý II/2024", "Quý IV/2024", "Đề án vị trí việc làm"],
    ["2", "Kiện toàn tổ chức, hoạt động của Trung tâm Dịch vụ việc làm", "Văn phòng Sở", "Trung tâm Dịch vụ việc làm",
     "", "Tháng 8/2024", "Quyết định của Giám đốc Sở"],
    _B12_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "01/12/2024", "31/12/2024", "Quyết định xếp loại"],
    ["2", "Cử công chức, viên chức tham gia bồi dưỡng kiến thức quản lý nhà nước", "Văn phòng Sở", "",
     "Tháng 4/2024", "Tháng 10/2024", "Danh sách cử đi bồi dưỡng"],
    _B12_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Thực hiện cơ chế tự chủ tài chính tại Trung tâm Dịch vụ việc làm", "Phòng Kế hoạch - Tài chính",
     "Trung tâm Dịch vụ việc làm", "01/01/2024", "31/12/2024", "Báo cáo tự chủ tài chính"],
    ["2", "Chi trả trợ cấp ưu đãi người có công qua tài khoản cá nhân", "Phòng Người có công",
     "Phòng Lao động - Thương binh và Xã hội các huyện, thành phố", "Tháng 01/2024", "Hằng tháng",
     "Danh sách chi trả"],
    _B12_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 7),
    ["1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Quý I/2024", "Quý IV/2024", "Dịch vụ công trực tuyến toàn trình"],
    ["2", "Cập nhật cơ sở dữ liệu người có công trên địa bàn tỉnh", "Phòng Người có công",
     "Phòng Lao động - Thương binh và Xã hội các huyện, thành phố", "01/3/2024", "15/11/2024",
     "Cơ sở dữ liệu được cập nhật"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 31/01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 | Văn phòng Sở | Trung tâm Dịch vụ việc làm | Tháng 02/2024 | 2024-02-29 | product=Kế hoạch tuyên truyền
T I.3 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Quý III/2024 | 2024-09-30 | product=Thông báo kết luận kiểm tra
T I.4 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 30/11/2024 | 2024-11-30 | product=Báo cáo tự đánh giá
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực lao động, người có công và xã hội do HĐND, UBND tỉnh ban hành | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Tháng 9/2024 | 2024-09-30 | product=Báo cáo kết quả rà soát
T II.2 | Tham mưu UBND tỉnh ban hành Quyết định quy định mức trợ giúp xã hội trên địa bàn tỉnh | Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới | Văn phòng Sở; Thanh tra Sở | 30/6/2024 | 2024-06-30 | product=Quyết định của UBND tỉnh
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực người có công | Phòng Người có công | Văn phòng Sở | Quý II/2024 | 2024-06-30 | product=Phương án đơn giản hóa
T III.2 | Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Quyết định công bố
T III.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Phòng Người có công; Trung tâm Dịch vụ việc làm | 31/12/2024 | 2024-12-31 | product=Hồ sơ được số hóa
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, cập nhật Đề án vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý IV/2024 | 2024-12-31 | product=Đề án vị trí việc làm
T IV.2 | Kiện toàn tổ chức, hoạt động của Trung tâm Dịch vụ việc làm | Văn phòng Sở | Trung tâm Dịch vụ việc làm | Tháng 8/2024 | 2024-08-31 | product=Quyết định của Giám đốc Sở
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | 31/12/2024 | 2024-12-31 | product=Quyết định xếp loại
T V.2 | Cử công chức, viên chức tham gia bồi dưỡng kiến thức quản lý nhà nước | Văn phòng Sở | | Tháng 10/2024 | 2024-10-31 | product=Danh sách cử đi bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Thực hiện cơ chế tự chủ tài chính tại Trung tâm Dịch vụ việc làm | Phòng Kế hoạch - Tài chính | Trung tâm Dịch vụ việc làm | 31/12/2024 | 2024-12-31 | product=Báo cáo tự chủ tài chính
T VI.2 | Chi trả trợ cấp ưu đãi người có công qua tài khoản cá nhân | Phòng Người có công | Phòng Lao động - Thương binh và Xã hội các huyện, thành phố | Hằng tháng | periodic | product=Danh sách chi trả
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VII.1 | Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý IV/2024 | 2024-12-31 | product=Dịch vụ công trực tuyến toàn trình
T VII.2 | Cập nhật cơ sở dữ liệu người có công trên địa bàn tỉnh | Phòng Người có công | Phòng Lao động - Thương binh và Xã hội các huyện, thành phố | 15/11/2024 | 2024-11-15 | product=Cơ sở dữ liệu được cập nhật
""", year=2024)


# B12-2. A district's annex (UBND huyện Châu Thành, tỉnh Đồng Tháp, 2024), in Word and as a CSV
# saved with TABS. The habits:
#  - A "Thời gian thực hiện" COLUMN OF RANGES, each written its own way: "Từ 02/01 đến 20/01/2024",
#    "Từ tháng 3 đến tháng 11/2024", "Quý II - III" (no year: the plan's), "01/3 - 30/6/2024",
#    "Tháng 4 - 10/2024", "Từ tháng 01 đến tháng 3/2024", "Quý II - Quý III/2024", "Từ tháng
#    02/2024 đến tháng 12/2024", "Quý I - II/2024", "Từ 15/01 đến 29/02/2024" (a leap day), "Quý
#    III - IV/2024", "Từ 01/12 đến 25/12/2024", "Từ tháng 5 đến tháng 8/2024", "Tháng 3 - tháng
#    6/2024"; one "Thường xuyên". The contract keeps the deadline verbatim; the due is the END of
#    the range (the batch's rule above: "Quý II - III" is due 2024-09-30, "Tháng 4 - 10/2024"
#    2024-10-31). No open range ("Từ quý III/2024", "Từ tháng 7 đến khi …") is used: it has no
#    end a careful person could name.
#  - A group row "1" in section III (no unit, no time) over "1.1", "1.2" (III.1.1, III.1.2), then
#    task "2", "3" (III.2, III.3). The product column is headed "Kết quả dự kiến" (the contract's
#    product word).
#  - Units: "Văn phòng HĐND và UBND huyện" (ONE unit, as in the corpus: " và UBND huyện" is part of
#    the office's name, the contract never splits inside a name), "Phòng Văn hóa và Thông tin" (one
#    unit), "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện" (one unit), "Chi nhánh Văn phòng
#    đăng ký đất đai huyện Châu Thành" (one unit: its "Văn phòng" follows no comma or "và"),
#    collectives "Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn"; supports
#    joined by ";".
CSV_OPTIONS["b12-district-range-deadlines"] = {"delimiter": "\t"}
layout("b12-district-range-deadlines", ["docx", "csv"], [
    "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND HUYỆN CHÂU THÀNH",
    "(Kèm theo Kế hoạch số 07/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân huyện Châu Thành)",
], [[
    ["**STT", "**Nhiệm vụ", "**Cơ quan chủ trì", "**Cơ quan phối hợp", "**Thời gian thực hiện", "**Kết quả dự kiến"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Từ 02/01 đến 20/01/2024", "Kế hoạch"],
    ["2", "Tuyên truyền cải cách hành chính trên sóng phát thanh của huyện và hệ thống loa truyền thanh cơ sở",
     "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", "Từ tháng 3 đến tháng 11/2024",
     "Tin, bài, phóng sự"],
    ["3", "Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, thị trấn", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện; Phòng Tư pháp", "Quý II - III", "Thông báo kết luận kiểm tra"],
    _B12_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Phòng Tư pháp",
     "Các cơ quan chuyên môn thuộc UBND huyện", "01/3 - 30/6/2024", "Báo cáo kết quả rà soát"],
    ["2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, môi trường", "Phòng Tư pháp",
     "Phòng Tài nguyên và Môi trường; UBND các xã, thị trấn", "Tháng 4 - 10/2024", "Báo cáo theo dõi thi hành pháp luật"],
    _B12_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    _B12_heading("1", "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", 6),
    ["1.1", "Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính cấp huyện",
     "Văn phòng HĐND và UBND huyện", "Các cơ quan chuyên môn thuộc UBND huyện", "Từ tháng 01 đến tháng 3/2024",
     "Quy trình nội bộ được phê duyệt"],
    ["1.2", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp tại Bộ phận Một cửa huyện",
     "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn", "Quý II - Quý III/2024", "Báo cáo kết quả khảo sát"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai",
     "Chi nhánh Văn phòng đăng ký đất đai huyện Châu Thành", "Phòng Tài nguyên và Môi trường",
     "Từ tháng 02/2024 đến tháng 12/2024", "Hồ sơ được số hóa"],
    ["3", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính cấp huyện",
     "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp", "Quý I - II/2024", "Phương án đơn giản hóa"],
    _B12_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Xây dựng Đề án sắp xếp, sáp nhập ấp, khóm trên địa bàn huyện", "Phòng Nội vụ", "UBND các xã, thị trấn",
     "Từ 15/01 đến 29/02/2024", "Đề án"],
    ["2", "Sắp xếp các đơn vị sự nghiệp công lập thuộc UBND huyện", "Phòng Nội vụ",
     "Phòng Tài chính - Kế hoạch; Phòng Giáo dục và Đào tạo", "Quý III - IV/2024", "Quyết định sắp xếp"],
    _B12_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "Từ 01/12 đến 25/12/2024", "Quyết định xếp loại"],
    ["2", "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện", "Thường xuyên", "Thông báo kết quả kiểm tra"],
    _B12_span("VI", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 6),
    ["1", "Lắp đặt hệ thống camera giám sát tại Bộ phận Một cửa huyện", "Văn phòng HĐND và UBND huyện",
     "Phòng Văn hóa và Thông tin", "Từ tháng 5 đến tháng 8/2024", "Hệ thống camera giám sát"],
    ["2", "Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử", "Công an huyện",
     "UBND các xã, thị trấn; Huyện đoàn", "Tháng 3 - tháng 6/2024", "Tài khoản được kích hoạt"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Từ 02/01 đến 20/01/2024 | 2024-01-20 | product=Kế hoạch
T I.2 | Tuyên truyền cải cách hành chính trên sóng phát thanh của huyện và hệ thống loa truyền thanh cơ sở | Phòng Văn hóa và Thông tin | Trung tâm Văn hóa, Thể thao và Truyền thanh huyện | Từ tháng 3 đến tháng 11/2024 | 2024-11-30 | product=Tin, bài, phóng sự
T I.3 | Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, thị trấn | Phòng Nội vụ | Văn phòng HĐND và UBND huyện; Phòng Tư pháp | Quý II - III | 2024-09-30 | product=Thông báo kết luận kiểm tra
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND huyện | 01/3 - 30/6/2024 | 2024-06-30 | product=Báo cáo kết quả rà soát
T II.2 | Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, môi trường | Phòng Tư pháp | Phòng Tài nguyên và Môi trường; UBND các xã, thị trấn | Tháng 4 - 10/2024 | 2024-10-31 | product=Báo cáo theo dõi thi hành pháp luật
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H III.1 | Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
T III.1.1 | Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính cấp huyện | Văn phòng HĐND và UBND huyện | Các cơ quan chuyên môn thuộc UBND huyện | Từ tháng 01 đến tháng 3/2024 | 2024-03-31 | product=Quy trình nội bộ được phê duyệt
T III.1.2 | Khảo sát mức độ hài lòng của người dân, doanh nghiệp tại Bộ phận Một cửa huyện | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Quý II - Quý III/2024 | 2024-09-30 | product=Báo cáo kết quả khảo sát
T III.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai | Chi nhánh Văn phòng đăng ký đất đai huyện Châu Thành | Phòng Tài nguyên và Môi trường | Từ tháng 02/2024 đến tháng 12/2024 | 2024-12-31 | product=Hồ sơ được số hóa
T III.3 | Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính cấp huyện | Văn phòng HĐND và UBND huyện | Phòng Tư pháp | Quý I - II/2024 | 2024-06-30 | product=Phương án đơn giản hóa
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Xây dựng Đề án sắp xếp, sáp nhập ấp, khóm trên địa bàn huyện | Phòng Nội vụ | UBND các xã, thị trấn | Từ 15/01 đến 29/02/2024 | 2024-02-29 | product=Đề án
T IV.2 | Sắp xếp các đơn vị sự nghiệp công lập thuộc UBND huyện | Phòng Nội vụ | Phòng Tài chính - Kế hoạch; Phòng Giáo dục và Đào tạo | Quý III - IV/2024 | 2024-12-31 | product=Quyết định sắp xếp
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Từ 01/12 đến 25/12/2024 | 2024-12-25 | product=Quyết định xếp loại
T V.2 | Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Thường xuyên | continuous | product=Thông báo kết quả kiểm tra
S VI | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VI.1 | Lắp đặt hệ thống camera giám sát tại Bộ phận Một cửa huyện | Văn phòng HĐND và UBND huyện | Phòng Văn hóa và Thông tin | Từ tháng 5 đến tháng 8/2024 | 2024-08-31 | product=Hệ thống camera giám sát
T VI.2 | Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử | Công an huyện | UBND các xã, thị trấn; Huyện đoàn | Tháng 3 - tháng 6/2024 | 2024-06-30 | product=Tài khoản được kích hoạt
""", year=2024)


# B12-3. A five-year plan (Kế hoạch cải cách hành chính giai đoạn 2026 - 2030 of the Ban Quản lý Khu
# kinh tế tỉnh Quảng Ninh), as an Excel sheet and an OpenDocument sheet. The habits:
#  - THE YEARS ARE COLUMNS: a header of two rows, "Thời gian thực hiện" merged over five columns
#    "Năm 2026" … "Năm 2030", the other header cells merged down; each task marked "x" (once "X")
#    in the years it runs, the others empty. As in the corpus (B8, quarters marked "x" under
#    "Thời gian thực hiện"): the deadline is the years marked written as their run, the header
#    texts joined by " - " ("Năm 2026 - Năm 2030"; one year alone "Năm 2028"), and the due is the
#    last day of the last year marked. Every task's marks are ONE unbroken run: a task marked in
#    2026 and 2028 only would need a joining word no layout settles, so none is used.
#  - The contract says a multi-year plan sets `year` to its first year: 2026.
#  - A group row "1" in section III (no unit, no mark) over "1.1", "1.2" (III.1.1, III.1.2).
#  - A "Sản phẩm" column after the year columns. Units of a Ban: "Văn phòng Ban", "Phòng Quản lý
#    Quy hoạch và Xây dựng" (one unit), "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"
#    (one unit: ", Thương mại" and " và Du lịch" begin none), "Trung tâm Dịch vụ khu kinh tế",
#    collective "Các phòng, đơn vị thuộc Ban"; a support "Sở Tài chính, Sở Khoa học và Công nghệ"
#    (", Sở" begins a unit: two; " và Công nghệ" begins none).
layout("b12-five-year-plan-year-marks", ["xlsx", "ods"], [], [[
    ["TT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "<", "<", "<", "<",
     "Sản phẩm"],
    ["^", "^", "^", "^", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030", "^"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 10),
    ["1", "Ban hành Kế hoạch cải cách hành chính hằng năm của Ban", "Văn phòng Ban", "Các phòng, đơn vị thuộc Ban"]
    + _B12_years({2026, 2027, 2028, 2029, 2030}) + ["Kế hoạch"],
    ["2", "Sơ kết giữa kỳ thực hiện Kế hoạch cải cách hành chính giai đoạn 2026 - 2030", "Văn phòng Ban",
     "Các phòng, đơn vị thuộc Ban"] + _B12_years({2028}) + ["Báo cáo sơ kết"],
    ["3", "Tổng kết thực hiện Kế hoạch cải cách hành chính giai đoạn 2026 - 2030, đề xuất nhiệm vụ giai đoạn tiếp theo",
     "Văn phòng Ban", "Các phòng, đơn vị thuộc Ban"] + _B12_years({2030}) + ["Báo cáo tổng kết"],
    _B12_span("II", "CẢI CÁCH THỂ CHẾ", 10),
    ["1", "Rà soát, sửa đổi Quy chế phối hợp quản lý nhà nước đối với khu kinh tế, khu công nghiệp trên địa bàn tỉnh",
     "Văn phòng Ban", "Sở Tư pháp; Sở Tài chính"] + _B12_years({2026, 2027}) + ["Quy chế phối hợp"],
    ["2", "Tham mưu UBND tỉnh ban hành quy định về ưu đãi, hỗ trợ đầu tư vào khu kinh tế cửa khẩu",
     "Phòng Quản lý đầu tư", "Sở Tài chính"] + _B12_years({2027}) + ["Quyết định của UBND tỉnh"],
    _B12_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 10),
    _B12_heading("1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính thuộc thẩm quyền của Ban",
                 10),
    ["1.1", "Rà soát, tái cấu trúc quy trình giải quyết thủ tục hành chính trên môi trường điện tử", "Văn phòng Ban",
     "Phòng Quản lý đầu tư"] + _B12_years({2026}) + ["Quy trình được tái cấu trúc"],
    ["1.2", "Cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình",
     "Văn phòng Ban", "Trung tâm Phục vụ hành chính công tỉnh"] + _B12_years({2027, 2028, 2029, 2030})
    + ["Dịch vụ công trực tuyến toàn trình"],
    ["2", "Rút ngắn thời gian cấp Giấy chứng nhận đăng ký đầu tư xuống không quá 10 ngày làm việc",
     "Phòng Quản lý đầu tư", "Văn phòng Ban"] + _B12_years({2026, 2027, 2028, 2029, 2030})
    + ["Giấy chứng nhận đăng ký đầu tư"],
    _B12_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 10),
    ["1", "Sắp xếp, tinh gọn các phòng chuyên môn, đơn vị sự nghiệp thuộc Ban", "Văn phòng Ban", "Sở Nội vụ"]
    + _B12_years({2026}, mark="X") + ["Quyết định của UBND tỉnh"],
    ["2", "Thực hiện tinh giản biên chế theo lộ trình", "Văn phòng Ban", "Các phòng, đơn vị thuộc Ban"]
    + _B12_years({2026, 2027, 2028, 2029, 2030}) + ["Báo cáo tinh giản biên chế"],
    _B12_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 10),
    ["1", "Bồi dưỡng kỹ năng xúc tiến đầu tư, ngoại ngữ cho công chức, viên chức của Ban", "Văn phòng Ban",
     "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"] + _B12_years({2027, 2028, 2029})
    + ["Lớp bồi dưỡng"],
    _B12_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 10),
    ["1", "Giao quyền tự chủ tài chính cho Trung tâm Dịch vụ khu kinh tế", "Phòng Kế hoạch - Tài chính",
     "Trung tâm Dịch vụ khu kinh tế"] + _B12_years({2026, 2027}) + ["Quyết định giao tự chủ"],
    _B12_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 10),
    ["1", "Xây dựng cơ sở dữ liệu số về doanh nghiệp, dự án trong khu kinh tế, khu công nghiệp",
     "Phòng Quản lý doanh nghiệp", "Phòng Quản lý Quy hoạch và Xây dựng"] + _B12_years({2026, 2027, 2028})
    + ["Cơ sở dữ liệu"],
    ["2", "Kết nối, chia sẻ dữ liệu với Hệ thống thông tin quốc gia về đầu tư", "Phòng Quản lý đầu tư",
     "Sở Tài chính, Sở Khoa học và Công nghệ"] + _B12_years({2028, 2029, 2030}) + ["Dữ liệu được kết nối"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính hằng năm của Ban | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Năm 2026 - Năm 2030 | 2030-12-31 | product=Kế hoạch
T I.2 | Sơ kết giữa kỳ thực hiện Kế hoạch cải cách hành chính giai đoạn 2026 - 2030 | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Năm 2028 | 2028-12-31 | product=Báo cáo sơ kết
T I.3 | Tổng kết thực hiện Kế hoạch cải cách hành chính giai đoạn 2026 - 2030, đề xuất nhiệm vụ giai đoạn tiếp theo | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Năm 2030 | 2030-12-31 | product=Báo cáo tổng kết
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, sửa đổi Quy chế phối hợp quản lý nhà nước đối với khu kinh tế, khu công nghiệp trên địa bàn tỉnh | Văn phòng Ban | Sở Tư pháp; Sở Tài chính | Năm 2026 - Năm 2027 | 2027-12-31 | product=Quy chế phối hợp
T II.2 | Tham mưu UBND tỉnh ban hành quy định về ưu đãi, hỗ trợ đầu tư vào khu kinh tế cửa khẩu | Phòng Quản lý đầu tư | Sở Tài chính | Năm 2027 | 2027-12-31 | product=Quyết định của UBND tỉnh
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H III.1 | Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính thuộc thẩm quyền của Ban
T III.1.1 | Rà soát, tái cấu trúc quy trình giải quyết thủ tục hành chính trên môi trường điện tử | Văn phòng Ban | Phòng Quản lý đầu tư | Năm 2026 | 2026-12-31 | product=Quy trình được tái cấu trúc
T III.1.2 | Cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình | Văn phòng Ban | Trung tâm Phục vụ hành chính công tỉnh | Năm 2027 - Năm 2030 | 2030-12-31 | product=Dịch vụ công trực tuyến toàn trình
T III.2 | Rút ngắn thời gian cấp Giấy chứng nhận đăng ký đầu tư xuống không quá 10 ngày làm việc | Phòng Quản lý đầu tư | Văn phòng Ban | Năm 2026 - Năm 2030 | 2030-12-31 | product=Giấy chứng nhận đăng ký đầu tư
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp, tinh gọn các phòng chuyên môn, đơn vị sự nghiệp thuộc Ban | Văn phòng Ban | Sở Nội vụ | Năm 2026 | 2026-12-31 | product=Quyết định của UBND tỉnh
T IV.2 | Thực hiện tinh giản biên chế theo lộ trình | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Năm 2026 - Năm 2030 | 2030-12-31 | product=Báo cáo tinh giản biên chế
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Bồi dưỡng kỹ năng xúc tiến đầu tư, ngoại ngữ cho công chức, viên chức của Ban | Văn phòng Ban | Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh | Năm 2027 - Năm 2029 | 2029-12-31 | product=Lớp bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao quyền tự chủ tài chính cho Trung tâm Dịch vụ khu kinh tế | Phòng Kế hoạch - Tài chính | Trung tâm Dịch vụ khu kinh tế | Năm 2026 - Năm 2027 | 2027-12-31 | product=Quyết định giao tự chủ
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VII.1 | Xây dựng cơ sở dữ liệu số về doanh nghiệp, dự án trong khu kinh tế, khu công nghiệp | Phòng Quản lý doanh nghiệp | Phòng Quản lý Quy hoạch và Xây dựng | Năm 2026 - Năm 2028 | 2028-12-31 | product=Cơ sở dữ liệu
T VII.2 | Kết nối, chia sẻ dữ liệu với Hệ thống thông tin quốc gia về đầu tư | Phòng Quản lý đầu tư | Sở Tài chính; Sở Khoa học và Công nghệ | Năm 2028 - Năm 2030 | 2030-12-31 | product=Dữ liệu được kết nối
""", year=2026)


# B12-4. A commune's annex (UBND xã Hòa Bình, tỉnh Cà Mau, 2026, two-level local government), in
# Word and as an OpenDocument sheet. The habits:
#  - DEADLINES THAT NAME TWO DATES, for work done in two rounds: "Tháng 6 và tháng 12/2026",
#    "Quý II và Quý III/2026", "Trước 15/6 và 15/12" (no year: the plan's), "Tháng 3 và tháng
#    9/2026", "30/6/2026 và 30/11/2026", "Tháng 5 và tháng 8/2026", "Trước 31/01 và 31/7/2026",
#    "Quý I và Quý IV/2026". The contract keeps them verbatim; the due is the LATER date (the
#    batch's rule, from the corpus's quarter marks: the task is done when its last round is).
#    UNSURE: a reader could call such a cell periodic; none of these tasks is a report or a
#    recurring duty (they are "02 đợt" of one piece of work), and none names a period word
#    ("định kỳ", "hằng", "quý, năm"), so the dated reading is kept.
#    Adjudicated: two rounds at the ends of the year's two halves ("Tháng 6 và tháng 12/2026",
#    "Trước 15/6 và 15/12") are one round each half, as the corpus reads "Tháng 6, 12/2024"
#    (periodic): each round is then due in its own half, and the first is not hidden behind the
#    second. The other pairs keep the later date.
#  - The deadline column headed "Thời hạn" (a contract word) and a "Ghi chú" column filled on three
#    rows (notes, verbatim).
#  - Units of a commune after the reform: "Văn phòng HĐND và UBND xã" (ONE unit, as in the corpus's
#    "Văn phòng HĐND và UBND huyện"), "Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế",
#    "Phòng Văn hóa - Xã hội", "Công an xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", collective
#    "Các phòng, đơn vị thuộc UBND xã"; supports joined by ";"; two tasks with no support.
layout("b12-commune-two-date-deadlines", ["docx", "ods"], [
    "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 04/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân xã Hòa Bình)",
], [[
    ["**TT", "**Nội dung công việc", "**Cơ quan chủ trì", "**Cơ quan phối hợp", "**Thời hạn", "**Ghi chú"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã", "Văn phòng HĐND và UBND xã",
     "Các phòng, đơn vị thuộc UBND xã", "Tháng 01/2026", ""],
    ["2", "Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân về giải quyết thủ tục hành chính",
     "Văn phòng HĐND và UBND xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Tháng 6 và tháng 12/2026", "02 hội nghị"],
    ["3", "Kiểm tra việc thực hiện cải cách hành chính, kỷ luật, kỷ cương tại các phòng, đơn vị (02 đợt)",
     "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Quý II và Quý III/2026", ""],
    ["4", "Tuyên truyền cải cách hành chính trên hệ thống truyền thanh xã và trang thông tin điện tử của xã",
     "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công xã", "Thường xuyên", ""],
    _B12_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Rà soát, cập nhật danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã",
     "Trung tâm Phục vụ hành chính công xã", "Các phòng, đơn vị thuộc UBND xã", "Trước 15/6 và 15/12",
     "Đợt 1 và đợt 2"],
    ["2", "Niêm yết, công khai đầy đủ thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã",
     "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã", "Tháng 01/2026", ""],
    ["3", "Tự kiểm tra việc giải quyết hồ sơ thủ tục hành chính trễ hạn, xin lỗi người dân",
     "Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế; Phòng Văn hóa - Xã hội", "Tháng 3 và tháng 9/2026", ""],
    ["4", "Khảo sát sự hài lòng của người dân đối với việc giải quyết thủ tục hành chính",
     "Văn phòng HĐND và UBND xã", "Công an xã", "30/6/2026 và 30/11/2026", ""],
    _B12_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Rà soát, kiện toàn các Ban chỉ đạo, Tổ công tác của UBND xã sau sắp xếp", "Văn phòng HĐND và UBND xã",
     "Các phòng, đơn vị thuộc UBND xã", "Quý I/2026", ""],
    ["2", "Xây dựng Đề án vị trí việc làm của UBND xã", "Văn phòng HĐND và UBND xã", "", "Quý III/2026", ""],
    _B12_span("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026", "Văn phòng HĐND và UBND xã",
     "Các phòng, đơn vị thuộc UBND xã", "Tháng 12/2026", ""],
    ["2", "Cử cán bộ, công chức tham gia bồi dưỡng chuyên môn, nghiệp vụ theo vị trí việc làm (02 đợt)",
     "Văn phòng HĐND và UBND xã", "", "Tháng 5 và tháng 8/2026", "Theo Kế hoạch của Sở Nội vụ"],
    _B12_span("V", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Công khai dự toán và quyết toán ngân sách xã trên trang thông tin điện tử của xã", "Phòng Kinh tế",
     "Văn phòng HĐND và UBND xã", "Trước 31/01 và 31/7/2026", ""],
    _B12_span("VI", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 6),
    ["1", "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng các ấp", "Phòng Văn hóa - Xã hội",
     "Công an xã; Đoàn Thanh niên xã", "Quý I và Quý IV/2026", ""],
    ["2", "Vận hành hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc",
     "Văn phòng HĐND và UBND xã", "Các phòng, đơn vị thuộc UBND xã", "Thường xuyên", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Tháng 01/2026 | 2026-01-31 |
T I.2 | Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân về giải quyết thủ tục hành chính | Văn phòng HĐND và UBND xã | Ủy ban Mặt trận Tổ quốc Việt Nam xã | Tháng 6 và tháng 12/2026 | periodic | note=02 hội nghị
T I.3 | Kiểm tra việc thực hiện cải cách hành chính, kỷ luật, kỷ cương tại các phòng, đơn vị (02 đợt) | Văn phòng HĐND và UBND xã | Phòng Văn hóa - Xã hội | Quý II và Quý III/2026 | 2026-09-30 |
T I.4 | Tuyên truyền cải cách hành chính trên hệ thống truyền thanh xã và trang thông tin điện tử của xã | Phòng Văn hóa - Xã hội | Trung tâm Phục vụ hành chính công xã | Thường xuyên | continuous |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, cập nhật danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã | Trung tâm Phục vụ hành chính công xã | Các phòng, đơn vị thuộc UBND xã | Trước 15/6 và 15/12 | periodic | note=Đợt 1 và đợt 2
T II.2 | Niêm yết, công khai đầy đủ thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã | Trung tâm Phục vụ hành chính công xã | Văn phòng HĐND và UBND xã | Tháng 01/2026 | 2026-01-31 |
T II.3 | Tự kiểm tra việc giải quyết hồ sơ thủ tục hành chính trễ hạn, xin lỗi người dân | Trung tâm Phục vụ hành chính công xã | Phòng Kinh tế; Phòng Văn hóa - Xã hội | Tháng 3 và tháng 9/2026 | 2026-09-30 |
T II.4 | Khảo sát sự hài lòng của người dân đối với việc giải quyết thủ tục hành chính | Văn phòng HĐND và UBND xã | Công an xã | 30/6/2026 và 30/11/2026 | 2026-11-30 |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Rà soát, kiện toàn các Ban chỉ đạo, Tổ công tác của UBND xã sau sắp xếp | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Quý I/2026 | 2026-03-31 |
T III.2 | Xây dựng Đề án vị trí việc làm của UBND xã | Văn phòng HĐND và UBND xã | | Quý III/2026 | 2026-09-30 |
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026 | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Tháng 12/2026 | 2026-12-31 |
T IV.2 | Cử cán bộ, công chức tham gia bồi dưỡng chuyên môn, nghiệp vụ theo vị trí việc làm (02 đợt) | Văn phòng HĐND và UBND xã | | Tháng 5 và tháng 8/2026 | 2026-08-31 | note=Theo Kế hoạch của Sở Nội vụ
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Công khai dự toán và quyết toán ngân sách xã trên trang thông tin điện tử của xã | Phòng Kinh tế | Văn phòng HĐND và UBND xã | Trước 31/01 và 31/7/2026 | 2026-07-31 |
S VI | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VI.1 | Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng các ấp | Phòng Văn hóa - Xã hội | Công an xã; Đoàn Thanh niên xã | Quý I và Quý IV/2026 | 2026-12-31 |
T VI.2 | Vận hành hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Thường xuyên | continuous |
""", year=2026)


# B12-5. The annex of a vertical agency (cơ quan ngành dọc: Bảo hiểm xã hội tỉnh Nghệ An, 2024), in
# Word and as a CSV whose line breaks inside cells are CR LF. The habits:
#  - DEADLINES WITH A QUALIFIER, all on one line: "Trong tháng 01/2024", "Quý I/2024 (trước ngày
#    15/3)", "Trước ngày 31/01/2024 (dự kiến)", "Quý III/2024 (dự kiến)", "Quý II/2024 (trước ngày
#    15/6)", "Thường xuyên, liên tục", "Tháng 9/2024 - chậm nhất", "Năm 2024 (trước ngày 15/12)",
#    "Tháng 6/2024 (có thể điều chỉnh)", "Tháng 12/2024 - chậm nhất ngày 25/12/2024", "Chậm nhất
#    31/3/2024", "Tháng 10/2024 (chậm nhất ngày 20/10)", "Quý IV/2024 (trước ngày 30/11)", "Hằng
#    tháng (trước ngày 05 tháng sau)". The contract keeps each verbatim, qualifier and all. The due:
#    a qualifier that names an EARLIER day inside the period ("trước ngày 15/6" in Quý II, "chậm
#    nhất ngày 25/12/2024" in Tháng 12) is the day the task is due, since that is what the cell
#    says it must be done by; a qualifier that names no day ("dự kiến", "chậm nhất", "có thể điều
#    chỉnh", "liên tục") leaves the period's end (or the kind) as it is. UNSURE: a reader could keep
#    the period's end (2024-06-30 for "Quý II/2024 (trước ngày 15/6)"); the narrower day is chosen.
#    "Hằng tháng (…)" is periodic; "Thường xuyên, liên tục" continuous. A cell that mixes a date
#    and an event ("Tháng 5/2024 (sau khi có hướng dẫn của BHXH Việt Nam)") is LEFT OUT: it reads two
#    ways.
#  - Unit cells on two lines: "Văn phòng\nPhòng Tổ chức cán bộ", "Sở Tư pháp\nCông an tỉnh" (the
#    contract splits on line breaks: two each). Units of the agency: "Phòng Truyền thông và Phát
#    triển đối tượng" (one unit), "Phòng Cấp sổ, thẻ" (one unit: ", thẻ" begins none), "Bộ phận
#    Tiếp nhận và Trả kết quả thủ tục hành chính" (one unit), collectives "Các phòng nghiệp vụ",
#    "Bảo hiểm xã hội các huyện, thị xã, thành phố". The product column "Sản phẩm đầu ra".
CSV_OPTIONS["b12-agency-qualified-deadlines"] = {"crlf_in_cells": True}
layout("b12-agency-qualified-deadlines", ["docx", "csv"], [
    "BẢO HIỂM XÃ HỘI VIỆT NAM",
    "BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA BẢO HIỂM XÃ HỘI TỈNH",
    "(Kèm theo Kế hoạch số 112/KH-BHXH ngày 16/01/2024 của Bảo hiểm xã hội tỉnh Nghệ An)",
], [[
    ["**STT", "**Nội dung", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Thời gian hoàn thành", "**Sản phẩm đầu ra"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của Bảo hiểm xã hội tỉnh", "Văn phòng",
     "Các phòng nghiệp vụ; Bảo hiểm xã hội các huyện, thị xã, thành phố", "Trong tháng 01/2024", "Kế hoạch"],
    ["2", "Xây dựng Kế hoạch tuyên truyền cải cách hành chính, chính sách bảo hiểm xã hội, bảo hiểm y tế năm 2024",
     "Phòng Truyền thông và Phát triển đối tượng", "Văn phòng", "Quý I/2024 (trước ngày 15/3)", "Kế hoạch tuyên truyền"],
    ["3", "Tự đánh giá, chấm điểm kết quả cải cách hành chính năm 2023 theo Bộ chỉ số của Bảo hiểm xã hội Việt Nam",
     "Văn phòng", "Các phòng nghiệp vụ", "Trước ngày 31/01/2024 (dự kiến)", "Báo cáo tự đánh giá"],
    ["4", "Kiểm tra công tác cải cách hành chính tại Bảo hiểm xã hội các huyện, thị xã, thành phố", "Phòng Kiểm tra",
     _B12_lines("Văn phòng", "Phòng Tổ chức cán bộ"), "Quý III/2024 (dự kiến)", "Thông báo kết quả kiểm tra"],
    _B12_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực thu bảo hiểm xã hội, bảo hiểm y tế",
     "Phòng Quản lý thu", "Phòng Cấp sổ, thẻ", "Quý II/2024 (trước ngày 15/6)", "Báo cáo đề xuất"],
    ["2", "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng",
     "Bộ phận Tiếp nhận và Trả kết quả thủ tục hành chính", "Các phòng nghiệp vụ", "Thường xuyên, liên tục",
     "Hồ sơ được giải quyết đúng hạn"],
    ["3", "Thực hiện liên thông điện tử thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ "
     "em dưới 6 tuổi", "Phòng Cấp sổ, thẻ", _B12_lines("Sở Tư pháp", "Công an tỉnh"), "Tháng 9/2024 - chậm nhất",
     "Hồ sơ liên thông"],
    ["4", "Chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân tại khu vực đô thị",
     "Phòng Chế độ bảo hiểm xã hội", "Bưu điện tỉnh", "Năm 2024 (trước ngày 15/12)", "Tỷ lệ chi trả qua tài khoản"],
    _B12_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Kiện toàn tổ chức bộ máy các phòng nghiệp vụ theo Quyết định của Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
     "Phòng Tổ chức cán bộ", "Các phòng nghiệp vụ", "Tháng 6/2024 (có thể điều chỉnh)", "Quyết định kiện toàn"],
    _B12_span("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng viên chức, người lao động năm 2024", "Phòng Tổ chức cán bộ",
     "Văn phòng; Phòng Kiểm tra", "Tháng 12/2024 - chậm nhất ngày 25/12/2024", "Quyết định xếp loại"],
    ["2", "Thực hiện Quy tắc ứng xử của viên chức, người lao động ngành Bảo hiểm xã hội", "Văn phòng",
     "Các phòng nghiệp vụ; Bảo hiểm xã hội các huyện, thị xã, thành phố", "Thường xuyên", "Báo cáo kết quả thực hiện"],
    _B12_span("V", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Quyết toán thu, chi bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp năm 2023",
     "Phòng Kế hoạch - Tài chính", "Bảo hiểm xã hội các huyện, thị xã, thành phố", "Chậm nhất 31/3/2024",
     "Báo cáo quyết toán"],
    ["2", "Kiểm tra chuyên đề việc thu, chi tại các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế", "Phòng Kiểm tra",
     "Phòng Giám định bảo hiểm y tế; Phòng Kế hoạch - Tài chính", "Tháng 10/2024 (chậm nhất ngày 20/10)",
     "Kết luận kiểm tra"],
    _B12_span("VI", "CHUYỂN ĐỔI SỐ", 6),
    ["1", "Thực hiện giao dịch điện tử trong lĩnh vực bảo hiểm xã hội, bảo hiểm y tế đạt tỷ lệ 100% đơn vị sử dụng "
     "lao động", "Phòng Công nghệ thông tin", "Phòng Quản lý thu", "Quý IV/2024 (trước ngày 30/11)",
     "Tỷ lệ giao dịch điện tử"],
    ["2", "Báo cáo kết quả xác thực, tích hợp thẻ bảo hiểm y tế trên ứng dụng VNeID", "Phòng Cấp sổ, thẻ",
     "Công an tỉnh", "Hằng tháng (trước ngày 05 tháng sau)", "Báo cáo"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của Bảo hiểm xã hội tỉnh | Văn phòng | Các phòng nghiệp vụ; Bảo hiểm xã hội các huyện, thị xã, thành phố | Trong tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Xây dựng Kế hoạch tuyên truyền cải cách hành chính, chính sách bảo hiểm xã hội, bảo hiểm y tế năm 2024 | Phòng Truyền thông và Phát triển đối tượng | Văn phòng | Quý I/2024 (trước ngày 15/3) | 2024-03-15 | product=Kế hoạch tuyên truyền
T I.3 | Tự đánh giá, chấm điểm kết quả cải cách hành chính năm 2023 theo Bộ chỉ số của Bảo hiểm xã hội Việt Nam | Văn phòng | Các phòng nghiệp vụ | Trước ngày 31/01/2024 (dự kiến) | 2024-01-31 | product=Báo cáo tự đánh giá
T I.4 | Kiểm tra công tác cải cách hành chính tại Bảo hiểm xã hội các huyện, thị xã, thành phố | Phòng Kiểm tra | Văn phòng; Phòng Tổ chức cán bộ | Quý III/2024 (dự kiến) | 2024-09-30 | product=Thông báo kết quả kiểm tra
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực thu bảo hiểm xã hội, bảo hiểm y tế | Phòng Quản lý thu | Phòng Cấp sổ, thẻ | Quý II/2024 (trước ngày 15/6) | 2024-06-15 | product=Báo cáo đề xuất
T II.2 | Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng | Bộ phận Tiếp nhận và Trả kết quả thủ tục hành chính | Các phòng nghiệp vụ | Thường xuyên, liên tục | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.3 | Thực hiện liên thông điện tử thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | Phòng Cấp sổ, thẻ | Sở Tư pháp; Công an tỉnh | Tháng 9/2024 - chậm nhất | 2024-09-30 | product=Hồ sơ liên thông
T II.4 | Chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân tại khu vực đô thị | Phòng Chế độ bảo hiểm xã hội | Bưu điện tỉnh | Năm 2024 (trước ngày 15/12) | 2024-12-15 | product=Tỷ lệ chi trả qua tài khoản
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Kiện toàn tổ chức bộ máy các phòng nghiệp vụ theo Quyết định của Tổng Giám đốc Bảo hiểm xã hội Việt Nam | Phòng Tổ chức cán bộ | Các phòng nghiệp vụ | Tháng 6/2024 (có thể điều chỉnh) | 2024-06-30 | product=Quyết định kiện toàn
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng viên chức, người lao động năm 2024 | Phòng Tổ chức cán bộ | Văn phòng; Phòng Kiểm tra | Tháng 12/2024 - chậm nhất ngày 25/12/2024 | 2024-12-25 | product=Quyết định xếp loại
T IV.2 | Thực hiện Quy tắc ứng xử của viên chức, người lao động ngành Bảo hiểm xã hội | Văn phòng | Các phòng nghiệp vụ; Bảo hiểm xã hội các huyện, thị xã, thành phố | Thường xuyên | continuous | product=Báo cáo kết quả thực hiện
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Quyết toán thu, chi bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp năm 2023 | Phòng Kế hoạch - Tài chính | Bảo hiểm xã hội các huyện, thị xã, thành phố | Chậm nhất 31/3/2024 | 2024-03-31 | product=Báo cáo quyết toán
T V.2 | Kiểm tra chuyên đề việc thu, chi tại các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế | Phòng Kiểm tra | Phòng Giám định bảo hiểm y tế; Phòng Kế hoạch - Tài chính | Tháng 10/2024 (chậm nhất ngày 20/10) | 2024-10-20 | product=Kết luận kiểm tra
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Thực hiện giao dịch điện tử trong lĩnh vực bảo hiểm xã hội, bảo hiểm y tế đạt tỷ lệ 100% đơn vị sử dụng lao động | Phòng Công nghệ thông tin | Phòng Quản lý thu | Quý IV/2024 (trước ngày 30/11) | 2024-11-30 | product=Tỷ lệ giao dịch điện tử
T VI.2 | Báo cáo kết quả xác thực, tích hợp thẻ bảo hiểm y tế trên ứng dụng VNeID | Phòng Cấp sổ, thẻ | Công an tỉnh | Hằng tháng (trước ngày 05 tháng sau) | periodic | product=Báo cáo
""", year=2024)


# B12-6. A progress sheet of a public service unit (đơn vị sự nghiệp: Trung tâm Kiểm soát bệnh tật
# tỉnh Bình Phước, 2025): "Biểu tổng hợp kết quả thực hiện nhiệm vụ cải cách hành chính 6 tháng đầu
# năm", as an Excel sheet and a CSV. The habits:
#  - A PLAN-PROGRESS ANNEX that still lists the tasks with their lead, support and deadline, plus a
#    "Tình trạng" column holding "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện" and a "Ghi
#    chú" of what was done. As in the corpus (#7, a status column of a plan under way): the status
#    is kept as the annex gave it (annex_status=…), verbatim; the note is a note.
#  - THE DEADLINE COLUMN HOLDS DATES TYPED "dd/mm/yyyy", two-digit day and month as Excel shows a
#    date cell ("31/01/2025", "28/02/2025", "30/06/2025"), and TEXT on other rows ("Thường xuyên",
#    "Định kỳ quý, năm", "Quý III/2025", "Quý IV/2025"). The fixture writer stores every cell as a
#    string, so the sheet holds the text as shown, not a date serial. Each date is its own due
#    (plan-format.md: "30/6/2023" is dated, due that day). The header "Thời gian hoàn thành theo
#    Kế hoạch" holds the contract's "Thời gian hoàn thành".
#  - TWO TITLE ROWS ON THE SHEET above the header, each merged across the table ("BIỂU TỔNG HỢP …",
#    "(Kèm theo Báo cáo số …)"), then the header; sections "I" … "V" merged across.
#  - Units: "Phòng Tổ chức - Hành chính", "Phòng Kế hoạch - Nghiệp vụ", "Phòng Tài chính - Kế toán",
#    "Khoa Phòng, chống bệnh truyền nhiễm" (one unit: ", chống" begins none), "Khoa Xét nghiệm -
#    Chẩn đoán hình ảnh - Thăm dò chức năng" (one unit), "Khoa Truyền thông - Giáo dục sức khỏe",
#    collectives "Các khoa, phòng" and "Trung tâm Y tế các huyện, thị xã, thành phố" (a collective
#    wording though it begins with "Trung tâm": one unit); one support "Phòng Tổ chức - Hành chính;
#    Các khoa, phòng" (two); one task with no support.
layout("b12-progress-sheet-typed-dates", ["xlsx", "csv"], [], [[
    ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2025", "<", "<", "<", "<", "<", "<"],
    ["(Kèm theo Báo cáo số 156/BC-KSBT ngày 20/6/2025 của Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước)", "<", "<",
     "<", "<", "<", "<"],
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành theo Kế hoạch", "Tình trạng",
     "Ghi chú"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của Trung tâm", "Phòng Tổ chức - Hành chính",
     "Các khoa, phòng", "31/01/2025", "Đã hoàn thành", "Kế hoạch số 12/KH-KSBT ngày 15/01/2025"],
    ["2", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Trung tâm", "Phòng Tổ chức - Hành chính",
     "Khoa Truyền thông - Giáo dục sức khỏe", "Thường xuyên", "Đang thực hiện", ""],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính gửi Sở Y tế", "Phòng Tổ chức - Hành chính", "Các khoa, phòng",
     "Định kỳ quý, năm", "Đang thực hiện", "Đã gửi báo cáo quý I"],
    _B12_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Công khai quy trình, thời gian trả kết quả dịch vụ tiêm chủng, xét nghiệm tại khu vực tiếp đón",
     "Phòng Kế hoạch - Nghiệp vụ", "Phòng Tổ chức - Hành chính", "15/03/2025", "Đã hoàn thành", ""],
    ["2", "Rà soát quy trình trả kết quả xét nghiệm cho người dân qua ứng dụng điện tử",
     "Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng", "Phòng Kế hoạch - Nghiệp vụ", "30/06/2025",
     "Đang thực hiện", "Đạt khoảng 70% khối lượng"],
    ["3", "Khảo sát sự hài lòng của người dân sử dụng dịch vụ tiêm chủng", "Phòng Kế hoạch - Nghiệp vụ",
     "Khoa Phòng, chống bệnh truyền nhiễm", "Quý III/2025", "Chưa thực hiện", ""],
    _B12_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "Rà soát, sắp xếp lại các khoa, phòng theo hướng dẫn của Bộ Y tế", "Phòng Tổ chức - Hành chính",
     "Các khoa, phòng", "31/03/2025", "Đã hoàn thành", "Quyết định số 45/QĐ-KSBT ngày 28/3/2025"],
    ["2", "Xây dựng Đề án vị trí việc làm của Trung tâm", "Phòng Tổ chức - Hành chính", "Phòng Tài chính - Kế toán",
     "31/08/2025", "Đang thực hiện", ""],
    _B12_span("IV", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Xây dựng, ban hành Quy chế chi tiêu nội bộ năm 2025", "Phòng Tài chính - Kế toán",
     "Phòng Tổ chức - Hành chính; Các khoa, phòng", "28/02/2025", "Đã hoàn thành", ""],
    ["2", "Thực hiện cơ chế tự chủ tài chính theo phương án được phê duyệt", "Phòng Tài chính - Kế toán",
     "Phòng Tổ chức - Hành chính", "31/12/2025", "Đang thực hiện", ""],
    ["3", "Công khai dự toán, quyết toán ngân sách năm của Trung tâm", "Phòng Tài chính - Kế toán", "", "30/04/2025",
     "Đã hoàn thành", ""],
    _B12_span("V", "CHUYỂN ĐỔI SỐ", 7),
    ["1", "Triển khai phần mềm quản lý tiêm chủng đến các điểm tiêm trên địa bàn tỉnh",
     "Khoa Phòng, chống bệnh truyền nhiễm", "Trung tâm Y tế các huyện, thị xã, thành phố", "30/09/2025",
     "Đang thực hiện", ""],
    ["2", "Sử dụng chữ ký số, văn bản điện tử trong trao đổi công việc", "Phòng Tổ chức - Hành chính",
     "Các khoa, phòng", "Thường xuyên", "Đang thực hiện", ""],
    ["3", "Xây dựng kho dữ liệu giám sát dịch bệnh của Trung tâm", "Phòng Kế hoạch - Nghiệp vụ",
     "Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng", "Quý IV/2025", "Chưa thực hiện",
     "Chờ bố trí kinh phí"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của Trung tâm | Phòng Tổ chức - Hành chính | Các khoa, phòng | 31/01/2025 | 2025-01-31 | note=Kế hoạch số 12/KH-KSBT ngày 15/01/2025 ; annex_status=Đã hoàn thành
T I.2 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Trung tâm | Phòng Tổ chức - Hành chính | Khoa Truyền thông - Giáo dục sức khỏe | Thường xuyên | continuous | annex_status=Đang thực hiện
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính gửi Sở Y tế | Phòng Tổ chức - Hành chính | Các khoa, phòng | Định kỳ quý, năm | periodic | note=Đã gửi báo cáo quý I ; annex_status=Đang thực hiện
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Công khai quy trình, thời gian trả kết quả dịch vụ tiêm chủng, xét nghiệm tại khu vực tiếp đón | Phòng Kế hoạch - Nghiệp vụ | Phòng Tổ chức - Hành chính | 15/03/2025 | 2025-03-15 | annex_status=Đã hoàn thành
T II.2 | Rà soát quy trình trả kết quả xét nghiệm cho người dân qua ứng dụng điện tử | Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng | Phòng Kế hoạch - Nghiệp vụ | 30/06/2025 | 2025-06-30 | note=Đạt khoảng 70% khối lượng ; annex_status=Đang thực hiện
T II.3 | Khảo sát sự hài lòng của người dân sử dụng dịch vụ tiêm chủng | Phòng Kế hoạch - Nghiệp vụ | Khoa Phòng, chống bệnh truyền nhiễm | Quý III/2025 | 2025-09-30 | annex_status=Chưa thực hiện
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Rà soát, sắp xếp lại các khoa, phòng theo hướng dẫn của Bộ Y tế | Phòng Tổ chức - Hành chính | Các khoa, phòng | 31/03/2025 | 2025-03-31 | note=Quyết định số 45/QĐ-KSBT ngày 28/3/2025 ; annex_status=Đã hoàn thành
T III.2 | Xây dựng Đề án vị trí việc làm của Trung tâm | Phòng Tổ chức - Hành chính | Phòng Tài chính - Kế toán | 31/08/2025 | 2025-08-31 | annex_status=Đang thực hiện
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Xây dựng, ban hành Quy chế chi tiêu nội bộ năm 2025 | Phòng Tài chính - Kế toán | Phòng Tổ chức - Hành chính; Các khoa, phòng | 28/02/2025 | 2025-02-28 | annex_status=Đã hoàn thành
T IV.2 | Thực hiện cơ chế tự chủ tài chính theo phương án được phê duyệt | Phòng Tài chính - Kế toán | Phòng Tổ chức - Hành chính | 31/12/2025 | 2025-12-31 | annex_status=Đang thực hiện
T IV.3 | Công khai dự toán, quyết toán ngân sách năm của Trung tâm | Phòng Tài chính - Kế toán | | 30/04/2025 | 2025-04-30 | annex_status=Đã hoàn thành
S V | CHUYỂN ĐỔI SỐ
T V.1 | Triển khai phần mềm quản lý tiêm chủng đến các điểm tiêm trên địa bàn tỉnh | Khoa Phòng, chống bệnh truyền nhiễm | Trung tâm Y tế các huyện, thị xã, thành phố | 30/09/2025 | 2025-09-30 | annex_status=Đang thực hiện
T V.2 | Sử dụng chữ ký số, văn bản điện tử trong trao đổi công việc | Phòng Tổ chức - Hành chính | Các khoa, phòng | Thường xuyên | continuous | annex_status=Đang thực hiện
T V.3 | Xây dựng kho dữ liệu giám sát dịch bệnh của Trung tâm | Phòng Kế hoạch - Nghiệp vụ | Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng | Quý IV/2025 | 2025-12-31 | note=Chờ bố trí kinh phí ; annex_status=Chưa thực hiện
""", year=2025)


# B12-7. A department's annex (Sở Công Thương tỉnh Tây Ninh, 2026, after the merger with Long An), in
# Word and as an OpenDocument sheet. The habits:
#  - A "Tiến độ thực hiện" COLUMN (the contract's "Tiến độ": the deadline) HOLDING MONTHLY STEPS IN
#    ONE CELL, on one line, the steps joined by ";": "Tháng 3: xây dựng dự thảo; Tháng 5: trình ban
#    hành", "Quý I: rà soát, lập danh mục; Quý II: đề xuất bãi bỏ, thay thế", "Trước 31/3: rà soát;
#    Trước 30/6: trình UBND tỉnh thông qua phương án", "Tháng 02: …; Tháng 4 - 10: …; Tháng 11: …".
#    The contract keeps the cell verbatim as the deadline; the due is the LAST step's period, in
#    the plan's year (the batch's rule: the task is done at its last step). Steps on separate lines
#    inside the cell are not used: the expected-plan line cannot show a line break kept verbatim.
#  - Other rows plain: "Tháng 01/2026", "Định kỳ quý, năm", "Thường xuyên", "Quý II/2026", "Quý
#    III/2026", "Tháng 12/2026".
#  - Units: "Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý công nghiệp", "Phòng Quản lý thương mại",
#    "Phòng Kỹ thuật an toàn - Môi trường", "Trung tâm Khuyến công và Xúc tiến thương mại" (one
#    unit: " và Xúc tiến" begins none), collective "Các phòng, đơn vị thuộc Sở" (also as a lead);
#    supports "Sở Tư pháp; Sở Tài chính". A "Sản phẩm" column.
layout("b12-department-monthly-steps-in-cell", ["docx", "ods"], [
    "UBND TỈNH TÂY NINH",
    "SỞ CÔNG THƯƠNG",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ CÔNG THƯƠNG",
    "(Kèm theo Kế hoạch số 25/KH-SCT ngày 12/01/2026 của Sở Công Thương tỉnh Tây Ninh)",
], [[
    ["**STT", "**Nhiệm vụ", "**Đơn vị chủ trì", "**Đơn vị phối hợp", "**Tiến độ thực hiện", "**Sản phẩm"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 01/2026", "Kế hoạch"],
    ["2", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Thanh tra Sở",
     "Tháng 02: ban hành kế hoạch kiểm tra; Tháng 4 - 10: tổ chức kiểm tra; Tháng 11: báo cáo kết quả",
     "Báo cáo kết quả kiểm tra"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Định kỳ quý, năm", "Báo cáo"],
    _B12_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Tham mưu UBND tỉnh ban hành Quyết định phân cấp quản lý cụm công nghiệp trên địa bàn tỉnh",
     "Phòng Quản lý công nghiệp", "Sở Tư pháp; Sở Tài chính", "Tháng 3: xây dựng dự thảo; Tháng 5: trình ban hành",
     "Quyết định của UBND tỉnh"],
    ["2", "Tham mưu HĐND tỉnh ban hành Nghị quyết về chính sách hỗ trợ phát triển thương mại điện tử",
     "Phòng Quản lý thương mại", "Sở Tư pháp",
     "Tháng 6: lấy ý kiến góp ý; Tháng 8: hoàn thiện hồ sơ, trình UBND tỉnh; Tháng 12: trình HĐND tỉnh",
     "Nghị quyết của HĐND tỉnh"],
    ["3", "Rà soát văn bản quy phạm pháp luật lĩnh vực công thương do HĐND, UBND tỉnh Long An và tỉnh Tây Ninh (cũ) "
     "ban hành", "Thanh tra Sở", "Các phòng, đơn vị thuộc Sở",
     "Quý I: rà soát, lập danh mục; Quý II: đề xuất bãi bỏ, thay thế", "Danh mục văn bản"],
    _B12_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực điện, năng lượng", "Phòng Quản lý năng lượng",
     "Văn phòng Sở", "Trước 31/3: rà soát; Trước 30/6: trình UBND tỉnh thông qua phương án",
     "Phương án đơn giản hóa"],
    ["2", "Giải quyết thủ tục hành chính đúng hạn, không để hồ sơ tồn đọng", "Các phòng, đơn vị thuộc Sở",
     "Văn phòng Sở", "Thường xuyên", "Hồ sơ được giải quyết đúng hạn"],
    ["3", "Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép kinh doanh hóa chất",
     "Phòng Kỹ thuật an toàn - Môi trường", "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026",
     "Dịch vụ công trực tuyến toàn trình"],
    _B12_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Xây dựng Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở sau hợp nhất",
     "Văn phòng Sở", "Sở Nội vụ",
     "Tháng 01: xây dựng dự thảo; Tháng 02: lấy ý kiến Sở Nội vụ; Tháng 3: trình UBND tỉnh ban hành",
     "Quyết định của UBND tỉnh"],
    ["2", "Rà soát, cập nhật Đề án vị trí việc làm của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Quý III/2026", "Đề án vị trí việc làm"],
    _B12_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2026", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 12/2026", "Quyết định xếp loại"],
    _B12_span("VI", "CHUYỂN ĐỔI SỐ", 6),
    ["1", "Xây dựng cơ sở dữ liệu cụm công nghiệp trên địa bàn tỉnh", "Phòng Quản lý công nghiệp",
     "Sở Khoa học và Công nghệ",
     "Quý II: thu thập dữ liệu; Quý III: xây dựng phần mềm; Quý IV: vận hành thử", "Cơ sở dữ liệu cụm công nghiệp"],
    ["2", "Đưa sản phẩm của doanh nghiệp địa phương lên sàn thương mại điện tử của tỉnh",
     "Trung tâm Khuyến công và Xúc tiến thương mại", "Phòng Quản lý thương mại",
     "Tháng 4: khảo sát; Tháng 7: ký kết hợp tác; Tháng 9: đưa vào vận hành", "Gian hàng trên sàn thương mại điện tử"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Tháng 02: ban hành kế hoạch kiểm tra; Tháng 4 - 10: tổ chức kiểm tra; Tháng 11: báo cáo kết quả | 2026-11-30 | product=Báo cáo kết quả kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quyết định phân cấp quản lý cụm công nghiệp trên địa bàn tỉnh | Phòng Quản lý công nghiệp | Sở Tư pháp; Sở Tài chính | Tháng 3: xây dựng dự thảo; Tháng 5: trình ban hành | 2026-05-31 | product=Quyết định của UBND tỉnh
T II.2 | Tham mưu HĐND tỉnh ban hành Nghị quyết về chính sách hỗ trợ phát triển thương mại điện tử | Phòng Quản lý thương mại | Sở Tư pháp | Tháng 6: lấy ý kiến góp ý; Tháng 8: hoàn thiện hồ sơ, trình UBND tỉnh; Tháng 12: trình HĐND tỉnh | 2026-12-31 | product=Nghị quyết của HĐND tỉnh
T II.3 | Rà soát văn bản quy phạm pháp luật lĩnh vực công thương do HĐND, UBND tỉnh Long An và tỉnh Tây Ninh (cũ) ban hành | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý I: rà soát, lập danh mục; Quý II: đề xuất bãi bỏ, thay thế | 2026-06-30 | product=Danh mục văn bản
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực điện, năng lượng | Phòng Quản lý năng lượng | Văn phòng Sở | Trước 31/3: rà soát; Trước 30/6: trình UBND tỉnh thông qua phương án | 2026-06-30 | product=Phương án đơn giản hóa
T III.2 | Giải quyết thủ tục hành chính đúng hạn, không để hồ sơ tồn đọng | Các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T III.3 | Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép kinh doanh hóa chất | Phòng Kỹ thuật an toàn - Môi trường | Trung tâm Phục vụ hành chính công tỉnh | Quý II/2026 | 2026-06-30 | product=Dịch vụ công trực tuyến toàn trình
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Xây dựng Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở sau hợp nhất | Văn phòng Sở | Sở Nội vụ | Tháng 01: xây dựng dự thảo; Tháng 02: lấy ý kiến Sở Nội vụ; Tháng 3: trình UBND tỉnh ban hành | 2026-03-31 | product=Quyết định của UBND tỉnh
T IV.2 | Rà soát, cập nhật Đề án vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý III/2026 | 2026-09-30 | product=Đề án vị trí việc làm
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2026 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2026 | 2026-12-31 | product=Quyết định xếp loại
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Xây dựng cơ sở dữ liệu cụm công nghiệp trên địa bàn tỉnh | Phòng Quản lý công nghiệp | Sở Khoa học và Công nghệ | Quý II: thu thập dữ liệu; Quý III: xây dựng phần mềm; Quý IV: vận hành thử | 2026-12-31 | product=Cơ sở dữ liệu cụm công nghiệp
T VI.2 | Đưa sản phẩm của doanh nghiệp địa phương lên sàn thương mại điện tử của tỉnh | Trung tâm Khuyến công và Xúc tiến thương mại | Phòng Quản lý thương mại | Tháng 4: khảo sát; Tháng 7: ký kết hợp tác; Tháng 9: đưa vào vận hành | 2026-09-30 | product=Gian hàng trên sàn thương mại điện tử
""", year=2026)


# B12-8. A department's annex that is mostly a PLAN OF PERIODIC REPORTS (Sở Nội vụ tỉnh Hà Tĩnh, 2025:
# the body that collects the province's reform reports), in Word and Excel. The habits:
#  - REPORT DEADLINES WRITTEN AS THE REPORT'S RULE, not as a date: "Báo cáo quý: trước ngày 15 tháng
#    cuối quý; Báo cáo năm: trước 15/11", "Báo cáo quý: trước ngày 20 tháng cuối quý", "Hằng tháng,
#    trước ngày 25", "Định kỳ 6 tháng (trước 15/6 và 15/12)", "Báo cáo tháng: trước ngày 20 hằng
#    tháng", "Hằng năm, trước ngày 15/11". Each names a duty that RECURS within the plan's year (a
#    quarter, a month, a half, a year), as the contract's "Định kỳ quý, năm", "Hằng tháng", "Định kỳ
#    6 tháng", "Hằng năm": periodic. The day inside the period ("trước ngày 15 tháng cuối quý") is
#    kept in the verbatim deadline; the contract has no key for it (each occurrence is due at its
#    period's end). A cell that could be a recurring duty OR two dates ("Báo cáo 6 tháng: trước
#    10/6; Báo cáo năm: trước 10/12") and a lone yearly one ("Báo cáo năm: trước 15/11": periodic or
#    dated 15/11?) are LEFT OUT.
#  - "Khi có yêu cầu của Bộ Nội vụ, UBND tỉnh" (an ad hoc report: event, as the contract's "Khi có
#    văn bản hướng dẫn …").
#  - A group row "2" ("Thực hiện chế độ thông tin, báo cáo …", no unit, no deadline) over "2.1" …
#    "2.5" (I.2.1 … I.2.5), then task "3" (I.3). The deadline column headed "Thời hạn" and the
#    product column "Hình thức văn bản" (both contract words).
#  - Units: "Phòng Cải cách hành chính", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ" (one unit:
#    ", biên chế" and " và tổ chức" begin none), "Phòng Công chức, viên chức" (one unit), "Thanh tra
#    Sở", "Văn phòng Sở", collectives "Các sở, ban, ngành", "UBND các huyện, thành phố, thị xã",
#    "Các phòng, đơn vị thuộc Sở"; supports joined by ";".
layout("b12-department-periodic-reports", ["docx", "xlsx"], [
    "UBND TỈNH HÀ TĨNH",
    "SỞ NỘI VỤ",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH VÀ CHẾ ĐỘ BÁO CÁO NĂM 2025 CỦA SỞ NỘI VỤ",
    "(Kèm theo Kế hoạch số 30/KH-SNV ngày 13/01/2025 của Sở Nội vụ tỉnh Hà Tĩnh)",
], [[
    ["**STT", "**Nội dung công việc", "**Cơ quan chủ trì", "**Cơ quan phối hợp", "**Thời hạn", "**Hình thức văn bản"],
    _B12_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Tham mưu UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2025 của tỉnh", "Phòng Cải cách hành chính",
     "Các sở, ban, ngành; UBND các huyện, thành phố, thị xã", "Tháng 01/2025", "Kế hoạch"],
    _B12_heading("2", "Thực hiện chế độ thông tin, báo cáo về cải cách hành chính", 6),
    ["2.1", "Tổng hợp báo cáo cải cách hành chính của tỉnh gửi Bộ Nội vụ", "Phòng Cải cách hành chính",
     "Các sở, ban, ngành; UBND các huyện, thành phố, thị xã",
     "Báo cáo quý: trước ngày 15 tháng cuối quý; Báo cáo năm: trước 15/11", "Báo cáo"],
    ["2.2", "Báo cáo tình hình thực hiện Kế hoạch kiểm tra công vụ của tỉnh", "Thanh tra Sở",
     "Phòng Cải cách hành chính", "Báo cáo quý: trước ngày 20 tháng cuối quý", "Báo cáo"],
    ["2.3", "Báo cáo tiến độ giải quyết hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở", "Văn phòng Sở",
     "Trung tâm Phục vụ hành chính công tỉnh", "Hằng tháng, trước ngày 25", "Báo cáo"],
    ["2.4", "Báo cáo kết quả triển khai Đề án 06 tại Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Định kỳ 6 tháng (trước 15/6 và 15/12)", "Báo cáo"],
    ["2.5", "Báo cáo đột xuất về cải cách hành chính", "Phòng Cải cách hành chính", "Các phòng, đơn vị thuộc Sở",
     "Khi có yêu cầu của Bộ Nội vụ, UBND tỉnh", "Báo cáo"],
    ["3", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Trước ngày 20/01/2025", "Báo cáo tự đánh giá"],
    _B12_span("II", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Thẩm định đề án vị trí việc làm của các cơ quan, tổ chức hành chính cấp tỉnh",
     "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Sở Tài chính", "Quý II/2025", "Văn bản thẩm định"],
    ["2", "Báo cáo tình hình quản lý, sử dụng biên chế công chức, số lượng người làm việc",
     "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Các sở, ban, ngành; UBND các huyện, thành phố, thị xã",
     "Hằng năm, trước ngày 15/11", "Báo cáo"],
    _B12_span("III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Kiểm tra công vụ tại các sở, ban, ngành và UBND các huyện, thành phố, thị xã", "Thanh tra Sở",
     "Phòng Công chức, viên chức", "Quý III/2025", "Kết luận kiểm tra"],
    ["2", "Báo cáo kết quả tuyển dụng, tiếp nhận công chức, viên chức", "Phòng Công chức, viên chức",
     "Các sở, ban, ngành; UBND các huyện, thành phố, thị xã", "Báo cáo quý: trước ngày 15 tháng cuối quý", "Báo cáo"],
    ["3", "Thống kê số lượng, chất lượng đội ngũ cán bộ, công chức, viên chức năm 2024", "Phòng Công chức, viên chức",
     "Các sở, ban, ngành", "Tháng 3/2025", "Báo cáo thống kê"],
    _B12_span("IV", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 6),
    ["1", "Báo cáo tình hình cập nhật Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức",
     "Phòng Công chức, viên chức", "Các sở, ban, ngành; UBND các huyện, thành phố, thị xã",
     "Báo cáo tháng: trước ngày 20 hằng tháng", "Báo cáo"],
    ["2", "Triển khai phần mềm đánh giá cán bộ, công chức, viên chức theo thời gian thực", "Văn phòng Sở",
     "Sở Khoa học và Công nghệ", "Quý IV/2025", "Phần mềm được triển khai"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Tham mưu UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2025 của tỉnh | Phòng Cải cách hành chính | Các sở, ban, ngành; UBND các huyện, thành phố, thị xã | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
H I.2 | Thực hiện chế độ thông tin, báo cáo về cải cách hành chính
T I.2.1 | Tổng hợp báo cáo cải cách hành chính của tỉnh gửi Bộ Nội vụ | Phòng Cải cách hành chính | Các sở, ban, ngành; UBND các huyện, thành phố, thị xã | Báo cáo quý: trước ngày 15 tháng cuối quý; Báo cáo năm: trước 15/11 | periodic | product=Báo cáo
T I.2.2 | Báo cáo tình hình thực hiện Kế hoạch kiểm tra công vụ của tỉnh | Thanh tra Sở | Phòng Cải cách hành chính | Báo cáo quý: trước ngày 20 tháng cuối quý | periodic | product=Báo cáo
T I.2.3 | Báo cáo tiến độ giải quyết hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Hằng tháng, trước ngày 25 | periodic | product=Báo cáo
T I.2.4 | Báo cáo kết quả triển khai Đề án 06 tại Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ 6 tháng (trước 15/6 và 15/12) | periodic | product=Báo cáo
T I.2.5 | Báo cáo đột xuất về cải cách hành chính | Phòng Cải cách hành chính | Các phòng, đơn vị thuộc Sở | Khi có yêu cầu của Bộ Nội vụ, UBND tỉnh | event | product=Báo cáo
T I.3 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Trước ngày 20/01/2025 | 2025-01-20 | product=Báo cáo tự đánh giá
S II | CẢI CÁCH TỔ CHỨC BỘ MÁY
T II.1 | Thẩm định đề án vị trí việc làm của các cơ quan, tổ chức hành chính cấp tỉnh | Phòng Tổ chức, biên chế và tổ chức phi chính phủ | Sở Tài chính | Quý II/2025 | 2025-06-30 | product=Văn bản thẩm định
T II.2 | Báo cáo tình hình quản lý, sử dụng biên chế công chức, số lượng người làm việc | Phòng Tổ chức, biên chế và tổ chức phi chính phủ | Các sở, ban, ngành; UBND các huyện, thành phố, thị xã | Hằng năm, trước ngày 15/11 | periodic | product=Báo cáo
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Kiểm tra công vụ tại các sở, ban, ngành và UBND các huyện, thành phố, thị xã | Thanh tra Sở | Phòng Công chức, viên chức | Quý III/2025 | 2025-09-30 | product=Kết luận kiểm tra
T III.2 | Báo cáo kết quả tuyển dụng, tiếp nhận công chức, viên chức | Phòng Công chức, viên chức | Các sở, ban, ngành; UBND các huyện, thành phố, thị xã | Báo cáo quý: trước ngày 15 tháng cuối quý | periodic | product=Báo cáo
T III.3 | Thống kê số lượng, chất lượng đội ngũ cán bộ, công chức, viên chức năm 2024 | Phòng Công chức, viên chức | Các sở, ban, ngành | Tháng 3/2025 | 2025-03-31 | product=Báo cáo thống kê
S IV | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T IV.1 | Báo cáo tình hình cập nhật Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức | Phòng Công chức, viên chức | Các sở, ban, ngành; UBND các huyện, thành phố, thị xã | Báo cáo tháng: trước ngày 20 hằng tháng | periodic | product=Báo cáo
T IV.2 | Triển khai phần mềm đánh giá cán bộ, công chức, viên chức theo thời gian thực | Văn phòng Sở | Sở Khoa học và Công nghệ | Quý IV/2025 | 2025-12-31 | product=Phần mềm được triển khai
""", year=2025)


# A thirteenth batch, written blind as the ninth: sectors the corpus had few of (health, a school,
# tax, social insurance, forest protection, police with unit codes, a commune after the reform, a
# bank branch). Measured before the reader learnt from it: BENCHMARKS.md.
def _B13_span(number, title, width, bold=False):
    """A section row: the number, then its title merged across the rest of the table."""
    mark = "**" if bold else ""
    return [mark + number, mark + title] + ["<"] * (width - 2)


def _B13_heading(number, title, width):
    """A numbered (or bulleted) row with no unit, no deadline, no product: its cells left empty,
    not merged."""
    return [number, title] + [""] * (width - 2)


def _B13_bold(*texts):
    """A header row typed in bold (Word)."""
    return ["**" + t for t in texts]


def _B13_lines(*lines):
    """A cell written as several lines (line breaks inside the cell)."""
    return "\n".join(lines)


# B13-1. A provincial Department of Health (Sở Y tế tỉnh Hà Tĩnh, 2025), in Word and Excel. The
# habits:
#  - THE LEAD NAMED INSIDE THE TASK TEXT, THE LEAD CELL EMPTY: on seven rows the clerk wrote the
#    lead at the start of the task, "Phòng Nghiệp vụ Y chủ trì tham mưu Giám đốc Sở ban hành …",
#    "Văn phòng Sở chủ trì tham mưu …", "Chi cục Dân số chủ trì tham mưu …", "Trung tâm Kiểm soát
#    bệnh tật chủ trì cập nhật …", and left the "Đơn vị chủ trì" cell EMPTY; the support is in its
#    column as usual. Each named unit is one met elsewhere in the lead column, spelt the same
#    way, and the words "chủ trì" stand right after it.
#    UNSURE: the contract reads the lead from the lead column and says nothing of a lead written
#    in the title. Chosen: the row is a task (it has no children, so it is no heading) whose lead
#    is the unit the text names before "chủ trì" (a user filtering by "Phòng Nghiệp vụ Y" expects
#    to see it; the corpus reads "X chủ trì, phối hợp …" as a role sentence in a unit column), and
#    whose title is the WHOLE text as printed (the contract keeps a title verbatim: nothing cut).
#  - Health units: "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch - Tài chính",
#    "Phòng Tổ chức cán bộ", "Chi cục Dân số", "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Đa khoa
#    tỉnh", "Bệnh viện Y dược cổ truyền và Phục hồi chức năng" (one unit: " và Phục hồi" begins
#    none); collectives "Các phòng chức năng, đơn vị trực thuộc Sở", "Các bệnh viện, trung tâm y
#    tế" (the lower-case "trung tâm y tế" after the comma is part of the collective, not a new
#    "Trung tâm …" unit), "Trung tâm Y tế các huyện, thị xã, thành phố" (a collective whose commas
#    are inside it, like "UBND các xã, phường"). Supports joined by ";".
#  - The product column "Sản phẩm"; deadlines "Tháng 01/2025", "Quý III/2025", "Định kỳ quý, 6
#    tháng, năm" (periodic, as in the corpus), "Trước ngày 30/9/2025", "Tháng 6/2025", "Theo lộ
#    trình của Bộ Y tế" (external, as in the corpus's "Theo lộ trình …"), "Khi có hướng dẫn của Bộ
#    Y tế" (event), "Hằng tháng", "Thường xuyên".
layout("b13-health-lead-named-in-task-text", ["docx", "xlsx"], [
    "UBND TỈNH HÀ TĨNH",
    "SỞ Y TẾ",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ Y TẾ",
    "(Kèm theo Kế hoạch số 112/KH-SYT ngày 17/01/2025 của Sở Y tế)",
], [[
    _B13_bold("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6, bold=True),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Y tế", "Văn phòng Sở",
     "Các phòng chức năng, đơn vị trực thuộc Sở", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Văn phòng Sở chủ trì tham mưu Giám đốc Sở tổ chức kiểm tra công tác cải cách hành chính tại các bệnh "
     "viện, trung tâm y tế", "", "Phòng Tổ chức cán bộ", "Quý III/2025", "Thông báo kết quả kiểm tra"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính của Sở", "Văn phòng Sở",
     "Các phòng chức năng, đơn vị trực thuộc Sở", "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
    _B13_span("II", "CẢI CÁCH THỂ CHẾ", 6, bold=True),
    ["1", "Phòng Kế hoạch - Tài chính chủ trì tham mưu UBND tỉnh ban hành Quyết định quy định giá dịch vụ khám "
     "bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế", "", "Phòng Nghiệp vụ Y; Sở Tư pháp",
     "Quý II/2025", "Quyết định của UBND tỉnh"],
    ["2", "Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực y tế do HĐND, UBND tỉnh ban hành", "Văn phòng Sở",
     "Các phòng chức năng, đơn vị trực thuộc Sở", "Trước ngày 30/9/2025", "Báo cáo kết quả rà soát"],
    _B13_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6, bold=True),
    ["1", "Phòng Nghiệp vụ Y chủ trì tham mưu Giám đốc Sở ban hành quy trình nội bộ giải quyết thủ tục hành chính "
     "lĩnh vực khám bệnh, chữa bệnh", "", "Văn phòng Sở", "Quý I/2025", "Quyết định phê duyệt quy trình nội bộ"],
    ["2", "Cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh theo Luật Khám bệnh, chữa bệnh năm 2023",
     "Phòng Nghiệp vụ Y", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Giấy phép hành nghề"],
    ["3", "Phòng Nghiệp vụ Dược chủ trì thẩm định, cấp chứng chỉ hành nghề dược trực tuyến toàn trình", "",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Chứng chỉ hành nghề dược"],
    ["4", "Cấp giấy chứng sinh, giấy báo tử dưới dạng điện tử phục vụ liên thông thủ tục hành chính",
     "Phòng Nghiệp vụ Y", "Các bệnh viện, trung tâm y tế", "Tháng 6/2025", "Giấy chứng sinh, giấy báo tử điện tử"],
    _B13_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6, bold=True),
    ["1", "Rà soát, sắp xếp các đơn vị sự nghiệp y tế công lập trực thuộc Sở", "Phòng Tổ chức cán bộ",
     "Các phòng chức năng, đơn vị trực thuộc Sở", "Quý IV/2025", "Đề án sắp xếp"],
    ["2", "Chi cục Dân số chủ trì tham mưu kiện toàn mạng lưới cộng tác viên dân số tại thôn, tổ dân phố", "",
     "Trung tâm Y tế các huyện, thị xã, thành phố", "Năm 2025", "Quyết định kiện toàn"],
    _B13_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6, bold=True),
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025", "Phòng Tổ chức cán bộ",
     "Các phòng chức năng, đơn vị trực thuộc Sở", "Tháng 12/2025", "Quyết định xếp loại"],
    ["2", "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho nhân viên y tế tại khu vực tiếp đón người bệnh",
     "Phòng Nghiệp vụ Y", "Bệnh viện Đa khoa tỉnh; Bệnh viện Y dược cổ truyền và Phục hồi chức năng", "Quý II/2025",
     "Lớp bồi dưỡng"],
    _B13_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 6, bold=True),
    ["1", "Phòng Kế hoạch - Tài chính chủ trì tham mưu giao quyền tự chủ tài chính cho các đơn vị sự nghiệp y tế "
     "công lập giai đoạn 2025 - 2027", "", "Phòng Tổ chức cán bộ", "Quý I/2025", "Quyết định giao quyền tự chủ"],
    ["2", "Triển khai thanh toán viện phí không dùng tiền mặt tại các cơ sở khám bệnh, chữa bệnh",
     "Phòng Kế hoạch - Tài chính", "Các bệnh viện, trung tâm y tế", "Thường xuyên",
     "Tỷ lệ giao dịch không dùng tiền mặt"],
    _B13_span("VII", "CHUYỂN ĐỔI SỐ", 6, bold=True),
    ["1", "Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh", "Phòng Nghiệp vụ Y",
     "Theo lộ trình của Bộ Y tế", "Bệnh án điện tử"],
    ["2", "Trung tâm Kiểm soát bệnh tật chủ trì cập nhật dữ liệu tiêm chủng lên Hệ thống thông tin tiêm chủng quốc "
     "gia", "", "Trung tâm Y tế các huyện, thị xã, thành phố", "Hằng tháng", "Dữ liệu tiêm chủng"],
    ["3", "Kết nối, liên thông dữ liệu giấy khám sức khỏe lái xe với Cổng Dịch vụ công quốc gia", "Văn phòng Sở",
     "Các bệnh viện, trung tâm y tế", "Khi có hướng dẫn của Bộ Y tế", "Dữ liệu được kết nối"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Y tế | Văn phòng Sở | Các phòng chức năng, đơn vị trực thuộc Sở | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Văn phòng Sở chủ trì tham mưu Giám đốc Sở tổ chức kiểm tra công tác cải cách hành chính tại các bệnh viện, trung tâm y tế | Văn phòng Sở | Phòng Tổ chức cán bộ | Quý III/2025 | 2025-09-30 | product=Thông báo kết quả kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính của Sở | Văn phòng Sở | Các phòng chức năng, đơn vị trực thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Phòng Kế hoạch - Tài chính chủ trì tham mưu UBND tỉnh ban hành Quyết định quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế | Phòng Kế hoạch - Tài chính | Phòng Nghiệp vụ Y; Sở Tư pháp | Quý II/2025 | 2025-06-30 | product=Quyết định của UBND tỉnh
T II.2 | Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực y tế do HĐND, UBND tỉnh ban hành | Văn phòng Sở | Các phòng chức năng, đơn vị trực thuộc Sở | Trước ngày 30/9/2025 | 2025-09-30 | product=Báo cáo kết quả rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Phòng Nghiệp vụ Y chủ trì tham mưu Giám đốc Sở ban hành quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh | Phòng Nghiệp vụ Y | Văn phòng Sở | Quý I/2025 | 2025-03-31 | product=Quyết định phê duyệt quy trình nội bộ
T III.2 | Cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh theo Luật Khám bệnh, chữa bệnh năm 2023 | Phòng Nghiệp vụ Y | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Giấy phép hành nghề
T III.3 | Phòng Nghiệp vụ Dược chủ trì thẩm định, cấp chứng chỉ hành nghề dược trực tuyến toàn trình | Phòng Nghiệp vụ Dược | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Chứng chỉ hành nghề dược
T III.4 | Cấp giấy chứng sinh, giấy báo tử dưới dạng điện tử phục vụ liên thông thủ tục hành chính | Phòng Nghiệp vụ Y | Các bệnh viện, trung tâm y tế | Tháng 6/2025 | 2025-06-30 | product=Giấy chứng sinh, giấy báo tử điện tử
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát, sắp xếp các đơn vị sự nghiệp y tế công lập trực thuộc Sở | Phòng Tổ chức cán bộ | Các phòng chức năng, đơn vị trực thuộc Sở | Quý IV/2025 | 2025-12-31 | product=Đề án sắp xếp
T IV.2 | Chi cục Dân số chủ trì tham mưu kiện toàn mạng lưới cộng tác viên dân số tại thôn, tổ dân phố | Chi cục Dân số | Trung tâm Y tế các huyện, thị xã, thành phố | Năm 2025 | 2025-12-31 | product=Quyết định kiện toàn
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 | Phòng Tổ chức cán bộ | Các phòng chức năng, đơn vị trực thuộc Sở | Tháng 12/2025 | 2025-12-31 | product=Quyết định xếp loại
T V.2 | Bồi dưỡng kỹ năng giao tiếp, ứng xử cho nhân viên y tế tại khu vực tiếp đón người bệnh | Phòng Nghiệp vụ Y | Bệnh viện Đa khoa tỉnh; Bệnh viện Y dược cổ truyền và Phục hồi chức năng | Quý II/2025 | 2025-06-30 | product=Lớp bồi dưỡng
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Phòng Kế hoạch - Tài chính chủ trì tham mưu giao quyền tự chủ tài chính cho các đơn vị sự nghiệp y tế công lập giai đoạn 2025 - 2027 | Phòng Kế hoạch - Tài chính | Phòng Tổ chức cán bộ | Quý I/2025 | 2025-03-31 | product=Quyết định giao quyền tự chủ
T VI.2 | Triển khai thanh toán viện phí không dùng tiền mặt tại các cơ sở khám bệnh, chữa bệnh | Phòng Kế hoạch - Tài chính | Các bệnh viện, trung tâm y tế | Thường xuyên | continuous | product=Tỷ lệ giao dịch không dùng tiền mặt
S VII | CHUYỂN ĐỔI SỐ
T VII.1 | Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh | Bệnh viện Đa khoa tỉnh | Phòng Nghiệp vụ Y | Theo lộ trình của Bộ Y tế | external | product=Bệnh án điện tử
T VII.2 | Trung tâm Kiểm soát bệnh tật chủ trì cập nhật dữ liệu tiêm chủng lên Hệ thống thông tin tiêm chủng quốc gia | Trung tâm Kiểm soát bệnh tật | Trung tâm Y tế các huyện, thị xã, thành phố | Hằng tháng | periodic | product=Dữ liệu tiêm chủng
T VII.3 | Kết nối, liên thông dữ liệu giấy khám sức khỏe lái xe với Cổng Dịch vụ công quốc gia | Văn phòng Sở | Các bệnh viện, trung tâm y tế | Khi có hướng dẫn của Bộ Y tế | event | product=Dữ liệu được kết nối
""", year=2025)


# B13-2. A lower-secondary school's plan for a SCHOOL YEAR (Trường THCS Lê Lợi, phường Trường Vinh,
# Nghệ An, "năm học 2025 - 2026"), in Word and as an OpenDocument sheet. The habits:
#  - "-" AND "+" ITEMS IN THE NUMBER COLUMN (the text itself carries no bullet) under numbered
#    tasks: in I the heading "2" (no unit) holds a "-" task and a "-" heading whose "+" items are
#    tasks; in II the numbered "1" HAS ITS OWN LEAD, deadline and product (a task, not a heading:
#    the contract makes a heading only of a row with children AND no lead) and holds two "-" tasks
#    and a "-" heading over two "+" tasks. Ids: the contract gives letters to bullets (I.2.a,
#    II.1.c); a "+" under a lettered item takes a figure (I.2.b.1), as in the corpus (C7:
#    II.1.b.1).
#  - Units are a school's posts and bodies: "Hiệu trưởng", "Phó Hiệu trưởng", "Tổ Văn phòng",
#    "Kế toán", "Văn thư", "Công đoàn trường", "Liên đội", "Ban đại diện cha mẹ học sinh"; the
#    collectives "Các tổ chuyên môn", "Giáo viên chủ nhiệm các lớp". Unit headers "Người chủ trì" /
#    "Người phối hợp" (they hold "chủ trì" / "phối hợp"); supports joined by ";"; one item with no
#    support.
#  - SCHOOL-YEAR DEADLINES: the plan runs September 2025 to May 2026, every month written with its
#    year ("Tháng 9/2025", "Tháng 01/2026", "Tháng 5/2026"), "Trước ngày 15/10/2025", and "Năm học
#    2025 - 2026" read as the end of that school year, 2026-05-31, as in the corpus (B7, G7);
#    "Hằng tháng", "Định kỳ 6 tháng", "Định kỳ quý, năm" (periodic), "Thường xuyên". The contract:
#    a multi-year plan sets `year` to its first year (2025), which is also the year the deadlines
#    name most often.
layout("b13-school-year-plus-under-minus", ["docx", "ods"], [
    "UBND PHƯỜNG TRƯỜNG VINH",
    "TRƯỜNG THCS LÊ LỢI",
    "PHỤ LỤC",
    "KẾ HOẠCH THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM HỌC 2025 - 2026",
    "(Kèm theo Kế hoạch số 45/KH-THCSLL ngày 12/9/2025 của Hiệu trưởng Trường THCS Lê Lợi)",
], [[
    _B13_bold("TT", "Nội dung công việc", "Người chủ trì", "Người phối hợp", "Thời gian thực hiện", "Sản phẩm"),
    _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6, bold=True),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm học 2025 - 2026 của nhà trường", "Hiệu trưởng",
     "Phó Hiệu trưởng; Tổ Văn phòng", "Tháng 9/2025", "Kế hoạch"],
    _B13_heading("2", "Tuyên truyền cải cách hành chính trong nhà trường", 6),
    ["-", "Lồng ghép nội dung cải cách hành chính trong các buổi họp hội đồng sư phạm", "Phó Hiệu trưởng",
     "Các tổ chuyên môn", "Hằng tháng", "Biên bản họp"],
    _B13_heading("-", "Tuyên truyền đến cha mẹ học sinh", 6),
    ["+", "Niêm yết công khai thủ tục hành chính, các khoản thu tại bảng tin nhà trường", "Tổ Văn phòng", "Kế toán",
     "Tháng 9/2025", "Bảng niêm yết"],
    ["+", "Thông tin qua nhóm Zalo của các lớp và Trang thông tin điện tử của trường", "Giáo viên chủ nhiệm các lớp",
     "Tổ Văn phòng", "Thường xuyên", "Tin, bài"],
    ["3", "Báo cáo công tác cải cách hành chính gửi UBND phường", "Phó Hiệu trưởng", "Tổ Văn phòng",
     "Định kỳ 6 tháng", "Báo cáo"],
    _B13_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6, bold=True),
    ["1", "Giải quyết các thủ tục hành chính thuộc thẩm quyền của nhà trường", "Hiệu trưởng", "Tổ Văn phòng",
     "Thường xuyên", "Hồ sơ được giải quyết đúng hạn"],
    ["-", "Thủ tục chuyển trường đối với học sinh trung học cơ sở", "Phó Hiệu trưởng", "Giáo viên chủ nhiệm các lớp",
     "Thường xuyên", "Hồ sơ chuyển trường"],
    ["-", "Thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Văn thư", "", "Thường xuyên",
     "Bản sao văn bằng, chứng chỉ"],
    _B13_heading("-", "Thủ tục xét, duyệt chính sách hỗ trợ đối với học sinh", 6),
    ["+", "Tiếp nhận, rà soát hồ sơ đề nghị hỗ trợ chi phí học tập", "Kế toán", "Giáo viên chủ nhiệm các lớp",
     "Tháng 10/2025", "Danh sách học sinh được hỗ trợ"],
    ["+", "Chi trả kinh phí hỗ trợ chi phí học tập cho học sinh", "Kế toán", "Tổ Văn phòng", "Tháng 12/2025",
     "Chứng từ chi trả"],
    ["2", "Công khai thông tin của nhà trường theo Thông tư số 09/2024/TT-BGDĐT", "Hiệu trưởng", "Tổ Văn phòng",
     "Năm học 2025 - 2026", "Báo cáo công khai"],
    _B13_span("III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6, bold=True),
    ["1", "Thực hiện quy tắc ứng xử trong trường học", "Hiệu trưởng", "Công đoàn trường; Liên đội", "Thường xuyên",
     "Bộ quy tắc ứng xử"],
    ["2", "Đánh giá, xếp loại viên chức, người lao động năm học 2025 - 2026", "Hiệu trưởng",
     "Công đoàn trường; Các tổ chuyên môn", "Tháng 5/2026", "Biên bản đánh giá"],
    _B13_span("IV", "CẢI CÁCH TÀI CHÍNH CÔNG", 6, bold=True),
    ["1", "Xây dựng, công khai Quy chế chi tiêu nội bộ năm 2026", "Kế toán", "Công đoàn trường", "Tháng 01/2026",
     "Quy chế chi tiêu nội bộ"],
    ["2", "Công khai dự toán, quyết toán ngân sách của nhà trường", "Kế toán", "Tổ Văn phòng", "Định kỳ quý, năm",
     "Biểu công khai"],
    _B13_span("V", "CHUYỂN ĐỔI SỐ", 6, bold=True),
    ["1", "Cập nhật dữ liệu học sinh, giáo viên trên Cơ sở dữ liệu ngành giáo dục", "Phó Hiệu trưởng",
     "Văn thư; Giáo viên chủ nhiệm các lớp", "Trước ngày 15/10/2025", "Dữ liệu được cập nhật"],
    ["2", "Triển khai học bạ số đối với học sinh", "Phó Hiệu trưởng", "Giáo viên chủ nhiệm các lớp",
     "Năm học 2025 - 2026", "Học bạ số"],
    ["3", "Thu các khoản thu dịch vụ theo hình thức không dùng tiền mặt", "Kế toán", "Ban đại diện cha mẹ học sinh",
     "Thường xuyên", "Chứng từ thu điện tử"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm học 2025 - 2026 của nhà trường | Hiệu trưởng | Phó Hiệu trưởng; Tổ Văn phòng | Tháng 9/2025 | 2025-09-30 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính trong nhà trường
T I.2.a | Lồng ghép nội dung cải cách hành chính trong các buổi họp hội đồng sư phạm | Phó Hiệu trưởng | Các tổ chuyên môn | Hằng tháng | periodic | product=Biên bản họp
H I.2.b | Tuyên truyền đến cha mẹ học sinh
T I.2.b.1 | Niêm yết công khai thủ tục hành chính, các khoản thu tại bảng tin nhà trường | Tổ Văn phòng | Kế toán | Tháng 9/2025 | 2025-09-30 | product=Bảng niêm yết
T I.2.b.2 | Thông tin qua nhóm Zalo của các lớp và Trang thông tin điện tử của trường | Giáo viên chủ nhiệm các lớp | Tổ Văn phòng | Thường xuyên | continuous | product=Tin, bài
T I.3 | Báo cáo công tác cải cách hành chính gửi UBND phường | Phó Hiệu trưởng | Tổ Văn phòng | Định kỳ 6 tháng | periodic | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Giải quyết các thủ tục hành chính thuộc thẩm quyền của nhà trường | Hiệu trưởng | Tổ Văn phòng | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.1.a | Thủ tục chuyển trường đối với học sinh trung học cơ sở | Phó Hiệu trưởng | Giáo viên chủ nhiệm các lớp | Thường xuyên | continuous | product=Hồ sơ chuyển trường
T II.1.b | Thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc | Văn thư | | Thường xuyên | continuous | product=Bản sao văn bằng, chứng chỉ
H II.1.c | Thủ tục xét, duyệt chính sách hỗ trợ đối với học sinh
T II.1.c.1 | Tiếp nhận, rà soát hồ sơ đề nghị hỗ trợ chi phí học tập | Kế toán | Giáo viên chủ nhiệm các lớp | Tháng 10/2025 | 2025-10-31 | product=Danh sách học sinh được hỗ trợ
T II.1.c.2 | Chi trả kinh phí hỗ trợ chi phí học tập cho học sinh | Kế toán | Tổ Văn phòng | Tháng 12/2025 | 2025-12-31 | product=Chứng từ chi trả
T II.2 | Công khai thông tin của nhà trường theo Thông tư số 09/2024/TT-BGDĐT | Hiệu trưởng | Tổ Văn phòng | Năm học 2025 - 2026 | 2026-05-31 | product=Báo cáo công khai
S III | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T III.1 | Thực hiện quy tắc ứng xử trong trường học | Hiệu trưởng | Công đoàn trường; Liên đội | Thường xuyên | continuous | product=Bộ quy tắc ứng xử
T III.2 | Đánh giá, xếp loại viên chức, người lao động năm học 2025 - 2026 | Hiệu trưởng | Công đoàn trường; Các tổ chuyên môn | Tháng 5/2026 | 2026-05-31 | product=Biên bản đánh giá
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Xây dựng, công khai Quy chế chi tiêu nội bộ năm 2026 | Kế toán | Công đoàn trường | Tháng 01/2026 | 2026-01-31 | product=Quy chế chi tiêu nội bộ
T IV.2 | Công khai dự toán, quyết toán ngân sách của nhà trường | Kế toán | Tổ Văn phòng | Định kỳ quý, năm | periodic | product=Biểu công khai
S V | CHUYỂN ĐỔI SỐ
T V.1 | Cập nhật dữ liệu học sinh, giáo viên trên Cơ sở dữ liệu ngành giáo dục | Phó Hiệu trưởng | Văn thư; Giáo viên chủ nhiệm các lớp | Trước ngày 15/10/2025 | 2025-10-15 | product=Dữ liệu được cập nhật
T V.2 | Triển khai học bạ số đối với học sinh | Phó Hiệu trưởng | Giáo viên chủ nhiệm các lớp | Năm học 2025 - 2026 | 2026-05-31 | product=Học bạ số
T V.3 | Thu các khoản thu dịch vụ theo hình thức không dùng tiền mặt | Kế toán | Ban đại diện cha mẹ học sinh | Thường xuyên | continuous | product=Chứng từ thu điện tử
""", year=2025)


# B13-3. A tax area office (Chi cục Thuế khu vực Quỳnh Lưu - Hoàng Mai, Cục Thuế tỉnh Nghệ An, 2024),
# as an Excel sheet and a CSV. The habits:
#  - A COLUMN "Đầu mối theo dõi" BETWEEN THE LEAD AND THE SUPPORT: the team that follows the task up
#    for the CCHC report ("Đội Nghiệp vụ - Dự toán - Pháp chế" on most rows, "Đội Hành chính - Nhân
#    sự - Tài vụ - Ấn chỉ" on some; once empty). Its cells hold UNIT NAMES, but its header holds no
#    lead or support word of import.md; the contract names no such column, so nothing in the plan
#    carries it: not a lead, not a support, not a note (as the corpus drops the overseer column
#    "Lãnh đạo Sở phụ trách", F7).
#  - Unit headers "Đội chủ trì" / "Đội phối hợp" (they hold "chủ trì" / "phối hợp"); the deadline
#    "Thời hạn hoàn thành"; the product "Kết quả dự kiến".
#  - A tax office's teams: "Đội Tuyên truyền - Hỗ trợ người nộp thuế", "Đội Kê khai - Kế toán thuế
#    và Tin học" (one unit: " và Tin học" begins none), "Đội Quản lý nợ và Cưỡng chế nợ thuế" (one),
#    "Đội Kiểm tra thuế số 1", "Đội Kiểm tra nội bộ"; collectives "Các Đội thuộc Chi cục Thuế", "Các
#    Đội thuế liên xã", "Các ngân hàng thương mại trên địa bàn". Splits: "Đội Kiểm tra thuế số 1,
#    Đội Kiểm tra thuế số 2" (two: ", Đội" begins a unit, as in the corpus, B9-4); "UBND huyện Quỳnh
#    Lưu và UBND thị xã Hoàng Mai" (two: " và UBND" begins one); "…; Kho bạc Nhà nước Quỳnh Lưu".
#  - Two title rows merged across above the header (the sheet), then a blank row.
#  - Deadlines of the tax year: "Trước ngày 02/5/2024" (the 2024 personal-income-tax filing day),
#    "Định kỳ quý, 6 tháng, năm", "Hằng quý", "Hằng tháng" (periodic), "Khi có hướng dẫn của Cục
#    Thuế tỉnh Nghệ An" (event), "Theo lộ trình của Tổng cục Thuế" and "Theo Kế hoạch kiểm tra năm
#    2024 của Chi cục Thuế" (external), "Tháng 01/2024", "Quý II/2024", "Quý III/2024", "Tháng
#    6/2024", "Tháng 9/2024", "Tháng 12/2024", "Thường xuyên".
# Adjudicated: a second unit column that loses to "chủ trì" is kept as the task's detail, never
# dropped (as the corpus keeps "Cơ quan, đơn vị được kiểm tra"): "Đầu mối theo dõi" is.
layout("b13-tax-focal-point-column", ["xlsx", "csv"], [], [[
    ["CHI CỤC THUẾ KHU VỰC QUỲNH LƯU - HOÀNG MAI", "<", "<", "<", "<", "<", "<"],
    ["PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 (Kèm theo Kế hoạch số 86/KH-CCT ngày 18/01/2024)",
     "<", "<", "<", "<", "<", "<"],
    ["", "", "", "", "", "", ""],
    ["STT", "Nội dung công việc", "Đội chủ trì", "Đầu mối theo dõi", "Đội phối hợp", "Thời hạn hoàn thành",
     "Kết quả dự kiến"],
    _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Xây dựng, triển khai Kế hoạch cải cách hành chính năm 2024 của Chi cục Thuế",
     "Đội Nghiệp vụ - Dự toán - Pháp chế", "Đội Nghiệp vụ - Dự toán - Pháp chế", "Các Đội thuộc Chi cục Thuế",
     "Tháng 01/2024", "Kế hoạch"],
    ["2", "Báo cáo kết quả thực hiện cải cách hành chính gửi Cục Thuế", "Đội Nghiệp vụ - Dự toán - Pháp chế",
     "Đội Nghiệp vụ - Dự toán - Pháp chế", "Các Đội thuộc Chi cục Thuế", "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
    ["3", "Kiểm tra nội bộ việc chấp hành kỷ luật, kỷ cương hành chính", "Đội Kiểm tra nội bộ",
     "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ", "Các Đội thuộc Chi cục Thuế", "Quý III/2024",
     "Thông báo kết quả kiểm tra"],
    _B13_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH THUẾ", 7),
    ["1", "Tổ chức đối thoại với người nộp thuế về chính sách thuế mới", "Đội Tuyên truyền - Hỗ trợ người nộp thuế",
     "Đội Nghiệp vụ - Dự toán - Pháp chế", "UBND huyện Quỳnh Lưu và UBND thị xã Hoàng Mai", "Quý II/2024",
     "Hội nghị đối thoại"],
    ["2", "Hỗ trợ người nộp thuế quyết toán thuế thu nhập cá nhân năm 2023 qua ứng dụng eTax Mobile",
     "Đội Tuyên truyền - Hỗ trợ người nộp thuế", "Đội Nghiệp vụ - Dự toán - Pháp chế",
     "Đội Kê khai - Kế toán thuế và Tin học", "Trước ngày 02/5/2024", "Hồ sơ quyết toán điện tử"],
    ["3", "Giải quyết hồ sơ hoàn thuế đúng thời hạn quy định", "Đội Kê khai - Kế toán thuế và Tin học",
     "Đội Nghiệp vụ - Dự toán - Pháp chế", "Đội Kiểm tra thuế số 1, Đội Kiểm tra thuế số 2", "Thường xuyên",
     "Quyết định hoàn thuế"],
    ["4", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuế đối với hộ kinh doanh",
     "Đội Nghiệp vụ - Dự toán - Pháp chế", "Đội Nghiệp vụ - Dự toán - Pháp chế", "Các Đội thuế liên xã",
     "Tháng 6/2024", "Văn bản đề xuất"],
    ["5", "Công khai thông tin người nộp thuế nợ thuế trên phương tiện thông tin đại chúng",
     "Đội Quản lý nợ và Cưỡng chế nợ thuế", "", "Đội Tuyên truyền - Hỗ trợ người nộp thuế", "Hằng tháng",
     "Danh sách công khai"],
    _B13_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Rà soát, sắp xếp tổ chức các Đội thuế theo hướng dẫn của cấp trên", "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ",
     "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ", "Các Đội thuộc Chi cục Thuế",
     "Khi có hướng dẫn của Cục Thuế tỉnh Nghệ An", "Phương án sắp xếp"],
    ["2", "Luân phiên, điều động công chức theo quy định", "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ",
     "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ", "", "Tháng 9/2024", "Quyết định điều động"],
    ["3", "Đánh giá, xếp loại công chức, người lao động năm 2024", "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ",
     "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ", "Các Đội thuộc Chi cục Thuế", "Tháng 12/2024",
     "Quyết định xếp loại"],
    _B13_span("IV", "HIỆN ĐẠI HÓA CÔNG TÁC QUẢN LÝ THUẾ", 7),
    ["1", "Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với hộ kinh doanh",
     "Đội Kê khai - Kế toán thuế và Tin học", "Đội Nghiệp vụ - Dự toán - Pháp chế", "Các Đội thuế liên xã",
     "Theo lộ trình của Tổng cục Thuế", "Hộ kinh doanh sử dụng hóa đơn điện tử"],
    ["2", "Phối hợp thu ngân sách nhà nước bằng phương thức điện tử", "Đội Kê khai - Kế toán thuế và Tin học",
     "Đội Nghiệp vụ - Dự toán - Pháp chế", "Các ngân hàng thương mại trên địa bàn; Kho bạc Nhà nước Quỳnh Lưu",
     "Hằng quý", "Chứng từ nộp thuế điện tử"],
    ["3", "Kiểm tra hồ sơ khai thuế tại trụ sở cơ quan thuế trên ứng dụng quản lý thuế tập trung",
     "Đội Kiểm tra thuế số 1", "Đội Nghiệp vụ - Dự toán - Pháp chế", "Đội Kê khai - Kế toán thuế và Tin học",
     "Theo Kế hoạch kiểm tra năm 2024 của Chi cục Thuế", "Biên bản kiểm tra"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, triển khai Kế hoạch cải cách hành chính năm 2024 của Chi cục Thuế | Đội Nghiệp vụ - Dự toán - Pháp chế | Các Đội thuộc Chi cục Thuế | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T I.2 | Báo cáo kết quả thực hiện cải cách hành chính gửi Cục Thuế | Đội Nghiệp vụ - Dự toán - Pháp chế | Các Đội thuộc Chi cục Thuế | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T I.3 | Kiểm tra nội bộ việc chấp hành kỷ luật, kỷ cương hành chính | Đội Kiểm tra nội bộ | Các Đội thuộc Chi cục Thuế | Quý III/2024 | 2024-09-30 | product=Thông báo kết quả kiểm tra ; detail=Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH THUẾ
T II.1 | Tổ chức đối thoại với người nộp thuế về chính sách thuế mới | Đội Tuyên truyền - Hỗ trợ người nộp thuế | UBND huyện Quỳnh Lưu; UBND thị xã Hoàng Mai | Quý II/2024 | 2024-06-30 | product=Hội nghị đối thoại ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T II.2 | Hỗ trợ người nộp thuế quyết toán thuế thu nhập cá nhân năm 2023 qua ứng dụng eTax Mobile | Đội Tuyên truyền - Hỗ trợ người nộp thuế | Đội Kê khai - Kế toán thuế và Tin học | Trước ngày 02/5/2024 | 2024-05-02 | product=Hồ sơ quyết toán điện tử ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T II.3 | Giải quyết hồ sơ hoàn thuế đúng thời hạn quy định | Đội Kê khai - Kế toán thuế và Tin học | Đội Kiểm tra thuế số 1; Đội Kiểm tra thuế số 2 | Thường xuyên | continuous | product=Quyết định hoàn thuế ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T II.4 | Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuế đối với hộ kinh doanh | Đội Nghiệp vụ - Dự toán - Pháp chế | Các Đội thuế liên xã | Tháng 6/2024 | 2024-06-30 | product=Văn bản đề xuất ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T II.5 | Công khai thông tin người nộp thuế nợ thuế trên phương tiện thông tin đại chúng | Đội Quản lý nợ và Cưỡng chế nợ thuế | Đội Tuyên truyền - Hỗ trợ người nộp thuế | Hằng tháng | periodic | product=Danh sách công khai
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ
T III.1 | Rà soát, sắp xếp tổ chức các Đội thuế theo hướng dẫn của cấp trên | Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ | Các Đội thuộc Chi cục Thuế | Khi có hướng dẫn của Cục Thuế tỉnh Nghệ An | event | product=Phương án sắp xếp ; detail=Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ
T III.2 | Luân phiên, điều động công chức theo quy định | Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ | | Tháng 9/2024 | 2024-09-30 | product=Quyết định điều động ; detail=Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ
T III.3 | Đánh giá, xếp loại công chức, người lao động năm 2024 | Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ | Các Đội thuộc Chi cục Thuế | Tháng 12/2024 | 2024-12-31 | product=Quyết định xếp loại ; detail=Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ
S IV | HIỆN ĐẠI HÓA CÔNG TÁC QUẢN LÝ THUẾ
T IV.1 | Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với hộ kinh doanh | Đội Kê khai - Kế toán thuế và Tin học | Các Đội thuế liên xã | Theo lộ trình của Tổng cục Thuế | external | product=Hộ kinh doanh sử dụng hóa đơn điện tử ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T IV.2 | Phối hợp thu ngân sách nhà nước bằng phương thức điện tử | Đội Kê khai - Kế toán thuế và Tin học | Các ngân hàng thương mại trên địa bàn; Kho bạc Nhà nước Quỳnh Lưu | Hằng quý | periodic | product=Chứng từ nộp thuế điện tử ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
T IV.3 | Kiểm tra hồ sơ khai thuế tại trụ sở cơ quan thuế trên ứng dụng quản lý thuế tập trung | Đội Kiểm tra thuế số 1 | Đội Kê khai - Kế toán thuế và Tin học | Theo Kế hoạch kiểm tra năm 2024 của Chi cục Thuế | external | product=Biên bản kiểm tra ; detail=Đội Nghiệp vụ - Dự toán - Pháp chế
""", year=2024)


# B13-4. Provincial Social Insurance (Bảo hiểm xã hội tỉnh Đồng Nai, 2026, after the merger with
# Bình Phước and the reorganisation into "BHXH cơ sở"), in Word and as an OpenDocument sheet. The
# habits:
#  - UNITS ABBREVIATED IN THE CELLS ("VP", "TST", "CĐBHXH", "GĐBHYT", "KHTC", "TNTKQ", "KT",
#    "TTPTĐT", "CNTT"), EXPLAINED BY A LEGEND TABLE ABOVE THE TASK TABLE: a paragraph "Chữ viết tắt
#    dùng trong Phụ lục:" and a two-column table "Chữ viết tắt | Tên đơn vị" ("TST | Phòng Thu -
#    Sổ, thẻ" …). The legend's header names no task and no lead column, so it is not the task
#    table (the contract: by default the first table whose header names both); in the sheet its
#    rows stand above the task table's header (no tasks, no units).
#    The contract says no word of a unit cell is lost or added and that only spellings differing in
#    case, spacing or Unicode form are one unit: the units are the abbreviations AS WRITTEN ("TST",
#    not "Phòng Thu - Sổ, thẻ"), as in the corpus (D8: abbreviations stay as written beside a
#    legend).
#  - Splits: ";" and a line break ("TNTKQ\nCNTT": two units); once ", " between two abbreviations
#    ("KHTC, TNTKQ": two units, as in the corpus, D8/H5). Collectives "Các phòng nghiệp vụ", "Các
#    BHXH cơ sở".
#  - Deadlines "Tháng 01/2026", "Quý I/2026", "Trước ngày 31/3/2026", "Quý II/2026", "Tháng
#    12/2026", "Năm 2026", "Hằng tháng", "Định kỳ quý, năm" (periodic), "Thường xuyên", "Khi có
#    hướng dẫn của Bảo hiểm xã hội Việt Nam" (event), "Theo lộ trình của Bảo hiểm xã hội Việt Nam"
#    (external). The product column "Sản phẩm".
layout("b13-social-insurance-abbreviation-legend-table", ["docx", "ods"], [
    "BẢO HIỂM XÃ HỘI VIỆT NAM",
    "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 25/KH-BHXH ngày 12/01/2026 của Bảo hiểm xã hội tỉnh Đồng Nai)",
], [
    "Chữ viết tắt dùng trong Phụ lục:",
    [
        _B13_bold("Chữ viết tắt", "Tên đơn vị"),
        ["VP", "Văn phòng"],
        ["TST", "Phòng Thu - Sổ, thẻ"],
        ["CĐBHXH", "Phòng Chế độ bảo hiểm xã hội"],
        ["GĐBHYT", "Phòng Giám định bảo hiểm y tế"],
        ["KHTC", "Phòng Kế hoạch - Tài chính"],
        ["TNTKQ", "Phòng Tiếp nhận và Trả kết quả thủ tục hành chính"],
        ["KT", "Phòng Kiểm tra"],
        ["TTPTĐT", "Phòng Truyền thông và Phát triển đối tượng"],
        ["CNTT", "Phòng Công nghệ thông tin"],
    ],
    [
        _B13_bold("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
        _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6, bold=True),
        ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Bảo hiểm xã hội tỉnh", "VP",
         "Các phòng nghiệp vụ; Các BHXH cơ sở", "Tháng 01/2026", "Kế hoạch"],
        ["2", "Tuyên truyền chính sách bảo hiểm xã hội, bảo hiểm y tế và cải cách hành chính trên các phương tiện "
         "thông tin đại chúng", "TTPTĐT", "VP; Các BHXH cơ sở", "Hằng tháng", "Tin, bài, phóng sự"],
        ["3", "Báo cáo kết quả cải cách hành chính gửi Bảo hiểm xã hội Việt Nam", "VP", "Các phòng nghiệp vụ",
         "Định kỳ quý, năm", "Báo cáo"],
        _B13_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6, bold=True),
        ["1", "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích và giao "
         "dịch điện tử", "TNTKQ", "TST; CĐBHXH", "Thường xuyên", "Hồ sơ được giải quyết đúng hạn"],
        ["2", "Rà soát, cập nhật quy trình giải quyết thủ tục cấp, cấp lại, đổi thẻ bảo hiểm y tế", "TST", "TNTKQ",
         "Quý I/2026", "Quy trình nội bộ"],
        ["3", "Giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe đúng thời hạn", "CĐBHXH",
         "KHTC, TNTKQ", "Thường xuyên", "Quyết định hưởng chế độ"],
        ["4", "Giám định chi phí khám bệnh, chữa bệnh bảo hiểm y tế trên Hệ thống thông tin giám định", "GĐBHYT",
         "Các BHXH cơ sở", "Hằng tháng", "Báo cáo giám định"],
        ["5", "Thực hiện liên thông điện tử nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y "
         "tế cho trẻ em dưới 6 tuổi", "TST", _B13_lines("TNTKQ", "CNTT"), "Thường xuyên", "Thẻ bảo hiểm y tế"],
        _B13_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6, bold=True),
        ["1", "Kiện toàn tổ chức, bộ máy của các BHXH cơ sở sau sắp xếp đơn vị hành chính cấp xã", "VP",
         "Các BHXH cơ sở", "Khi có hướng dẫn của Bảo hiểm xã hội Việt Nam", "Quyết định kiện toàn"],
        _B13_span("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6, bold=True),
        ["1", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ tại các BHXH cơ sở", "KT", "VP",
         "Quý II/2026", "Thông báo kết quả kiểm tra"],
        ["2", "Đánh giá, xếp loại công chức, viên chức, người lao động năm 2026", "VP",
         "Các phòng nghiệp vụ; Các BHXH cơ sở", "Tháng 12/2026", "Quyết định xếp loại"],
        _B13_span("V", "CẢI CÁCH TÀI CHÍNH CÔNG", 6, bold=True),
        ["1", "Chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân", "KHTC", "CĐBHXH; Các BHXH cơ sở",
         "Hằng tháng", "Tỷ lệ chi trả qua tài khoản"],
        ["2", "Giao dự toán chi phí quản lý năm 2026 cho các BHXH cơ sở", "KHTC", "VP", "Trước ngày 31/3/2026",
         "Quyết định giao dự toán"],
        _B13_span("VI", "CHUYỂN ĐỔI SỐ", 6, bold=True),
        ["1", "Làm sạch, đồng bộ dữ liệu người tham gia bảo hiểm với Cơ sở dữ liệu quốc gia về dân cư", "TST",
         "CNTT; Các BHXH cơ sở", "Theo lộ trình của Bảo hiểm xã hội Việt Nam", "Dữ liệu được xác thực"],
        ["2", "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VssID", "TTPTĐT", "Các BHXH cơ sở", "Năm 2026",
         "Tài khoản VssID được kích hoạt"],
    ],
], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Bảo hiểm xã hội tỉnh | VP | Các phòng nghiệp vụ; Các BHXH cơ sở | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Tuyên truyền chính sách bảo hiểm xã hội, bảo hiểm y tế và cải cách hành chính trên các phương tiện thông tin đại chúng | TTPTĐT | VP; Các BHXH cơ sở | Hằng tháng | periodic | product=Tin, bài, phóng sự
T I.3 | Báo cáo kết quả cải cách hành chính gửi Bảo hiểm xã hội Việt Nam | VP | Các phòng nghiệp vụ | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích và giao dịch điện tử | TNTKQ | TST; CĐBHXH | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.2 | Rà soát, cập nhật quy trình giải quyết thủ tục cấp, cấp lại, đổi thẻ bảo hiểm y tế | TST | TNTKQ | Quý I/2026 | 2026-03-31 | product=Quy trình nội bộ
T II.3 | Giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe đúng thời hạn | CĐBHXH | KHTC; TNTKQ | Thường xuyên | continuous | product=Quyết định hưởng chế độ
T II.4 | Giám định chi phí khám bệnh, chữa bệnh bảo hiểm y tế trên Hệ thống thông tin giám định | GĐBHYT | Các BHXH cơ sở | Hằng tháng | periodic | product=Báo cáo giám định
T II.5 | Thực hiện liên thông điện tử nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | TST | TNTKQ; CNTT | Thường xuyên | continuous | product=Thẻ bảo hiểm y tế
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Kiện toàn tổ chức, bộ máy của các BHXH cơ sở sau sắp xếp đơn vị hành chính cấp xã | VP | Các BHXH cơ sở | Khi có hướng dẫn của Bảo hiểm xã hội Việt Nam | event | product=Quyết định kiện toàn
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ tại các BHXH cơ sở | KT | VP | Quý II/2026 | 2026-06-30 | product=Thông báo kết quả kiểm tra
T IV.2 | Đánh giá, xếp loại công chức, viên chức, người lao động năm 2026 | VP | Các phòng nghiệp vụ; Các BHXH cơ sở | Tháng 12/2026 | 2026-12-31 | product=Quyết định xếp loại
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân | KHTC | CĐBHXH; Các BHXH cơ sở | Hằng tháng | periodic | product=Tỷ lệ chi trả qua tài khoản
T V.2 | Giao dự toán chi phí quản lý năm 2026 cho các BHXH cơ sở | KHTC | VP | Trước ngày 31/3/2026 | 2026-03-31 | product=Quyết định giao dự toán
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Làm sạch, đồng bộ dữ liệu người tham gia bảo hiểm với Cơ sở dữ liệu quốc gia về dân cư | TST | CNTT; Các BHXH cơ sở | Theo lộ trình của Bảo hiểm xã hội Việt Nam | external | product=Dữ liệu được xác thực
T VI.2 | Hướng dẫn người dân cài đặt, sử dụng ứng dụng VssID | TTPTĐT | Các BHXH cơ sở | Năm 2026 | 2026-12-31 | product=Tài khoản VssID được kích hoạt
""", year=2026)


# B13-5. A forest-protection sub-department (Chi cục Kiểm lâm tỉnh Gia Lai, under Sở Nông nghiệp và
# Môi trường, 2026, after the merger with Bình Định), as an OpenDocument sheet and a CSV. The
# habits:
#  - A BUDGET IN THOUSANDS: "Kinh phí (nghìn đồng)" with "." thousands separators ("120.000" is 120
#    million đồng, "1.200.000" is 1.2 billion, "85.500" is 85.5 million), empty for none, and a
#    funding column "Nguồn kinh phí" whose sources are the sector's own: "Nguồn dịch vụ môi trường
#    rừng", "Kinh phí sự nghiệp lâm nghiệp", "Ngân sách tỉnh", "Chi thường xuyên của Chi cục"
#    (funding, verbatim: the contract). A "Tổng cộng" row at the foot, the sum in the budget column
#    (no task, as in the corpus).
#  - Forestry units: "Văn phòng Chi cục", "Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên",
#    "Phòng Sử dụng và phát triển rừng", "Phòng Thanh tra, pháp chế" (one unit: "pháp chế" begins
#    none), "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng" (one unit: its "và" and commas
#    begin none), "Hạt Kiểm lâm khu vực …", "Ban Quản lý rừng phòng hộ Ia Grai", "Vườn quốc gia Kon
#    Ka Kinh"; collectives "Các Hạt Kiểm lâm khu vực", "Các Ban Quản lý rừng phòng hộ, rừng đặc
#    dụng" (", rừng đặc dụng" begins none), "UBND các xã, phường".
#  - Splits on "," and " và " where a new unit's name begins: "Hạt Kiểm lâm khu vực An Khê, Hạt
#    Kiểm lâm khu vực Chư Sê và Hạt Kiểm lâm khu vực Hoài Nhơn" (three: "Hạt …" begins every ranger
#    station's name, as "Đội …" in the corpus, B9-4), "Ban Quản lý rừng phòng hộ Ia Grai và Vườn
#    quốc gia Kon Ka Kinh" (two).
#  - Title rows merged above the header (the sheet). Deadlines of the dry season "Từ tháng 01 đến
#    tháng 5/2026" (the end of May, as the corpus reads "Từ tháng 4 đến tháng 10/2026"), "Định kỳ 6
#    tháng", "Định kỳ quý, 6 tháng, năm", "Hằng tháng" (periodic), "Khi có quyết định sắp xếp của
#    UBND tỉnh" (event), "Theo Kế hoạch số 45/KH-UBND ngày 20/02/2026 của UBND tỉnh" (external),
#    "Trước ngày 15/12/2026", "Quý I/2026", "Quý II/2026", "Tháng 6/2026", "Năm 2026".
layout("b13-forest-protection-budget-thousands", ["ods", "csv"], [], [[
    ["CHI CỤC KIỂM LÂM TỈNH GIA LAI", "<", "<", "<", "<", "<", "<"],
    ["PHỤ LỤC: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "<", "<", "<", "<", "<", "<"],
    ["(Kèm theo Kế hoạch số 09/KH-CCKL ngày 21/01/2026 của Chi cục Kiểm lâm)", "<", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
     "Kinh phí (nghìn đồng)", "Nguồn kinh phí"],
    _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Chi cục Kiểm lâm", "Văn phòng Chi cục",
     "Các Hạt Kiểm lâm khu vực", "Tháng 01/2026", "", ""],
    ["2", "Tuyên truyền Luật Lâm nghiệp và thủ tục hành chính lĩnh vực lâm nghiệp tại các thôn, làng giáp rừng",
     "Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên",
     "Hạt Kiểm lâm khu vực An Khê, Hạt Kiểm lâm khu vực Chư Sê và Hạt Kiểm lâm khu vực Hoài Nhơn", "Quý II/2026",
     "120.000", "Nguồn dịch vụ môi trường rừng"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Chi cục", "Các Hạt Kiểm lâm khu vực",
     "Định kỳ quý, 6 tháng, năm", "", ""],
    _B13_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, đề xuất đơn giản hóa thủ tục xác nhận bảng kê lâm sản, phê duyệt phương án khai thác thực vật "
     "rừng", "Phòng Sử dụng và phát triển rừng", "Phòng Thanh tra, pháp chế", "Tháng 6/2026", "", ""],
    ["2", "Giải quyết thủ tục hành chính lĩnh vực lâm nghiệp trên Cổng Dịch vụ công quốc gia",
     "Phòng Sử dụng và phát triển rừng", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "", ""],
    ["3", "Hướng dẫn chủ rừng lập hồ sơ đề nghị chi trả dịch vụ môi trường rừng", "Các Hạt Kiểm lâm khu vực",
     "Ban Quản lý rừng phòng hộ Ia Grai và Vườn quốc gia Kon Ka Kinh", "Định kỳ 6 tháng", "35.000",
     "Nguồn dịch vụ môi trường rừng"],
    _B13_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "Kiện toàn tổ chức, hoạt động của các Hạt Kiểm lâm khu vực sau sắp xếp đơn vị hành chính cấp xã",
     "Văn phòng Chi cục", "Sở Nông nghiệp và Môi trường", "Quý I/2026", "", ""],
    ["2", "Bố trí công chức kiểm lâm địa bàn tại các xã có rừng", "Các Hạt Kiểm lâm khu vực", "UBND các xã, phường",
     "Khi có quyết định sắp xếp của UBND tỉnh", "", ""],
    _B13_span("IV", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Thực hiện cơ chế tự chủ tài chính tại các Ban Quản lý rừng phòng hộ, rừng đặc dụng", "Văn phòng Chi cục",
     "Các Ban Quản lý rừng phòng hộ, rừng đặc dụng", "Năm 2026", "", ""],
    ["2", "Đầu tư trang thiết bị phục vụ tuần tra, phòng cháy, chữa cháy rừng",
     "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng", "Văn phòng Chi cục", "Từ tháng 01 đến tháng 5/2026",
     "1.200.000", "Ngân sách tỉnh"],
    _B13_span("V", "CHUYỂN ĐỔI SỐ", 7),
    ["1", "Cập nhật diễn biến rừng trên phần mềm theo dõi diễn biến rừng", "Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên",
     "Các Hạt Kiểm lâm khu vực", "Hằng tháng", "85.500", "Kinh phí sự nghiệp lâm nghiệp"],
    ["2", "Ứng dụng ảnh viễn thám phát hiện sớm điểm cháy rừng, mất rừng", "Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên",
     "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng; Công an tỉnh",
     "Theo Kế hoạch số 45/KH-UBND ngày 20/02/2026 của UBND tỉnh", "250.000", "Ngân sách tỉnh"],
    ["3", "Số hóa hồ sơ giao rừng, cho thuê rừng", "Phòng Sử dụng và phát triển rừng",
     "Các Hạt Kiểm lâm khu vực; UBND các xã, phường", "Trước ngày 15/12/2026", "150.000", "Chi thường xuyên của Chi cục"],
    ["", "Tổng cộng", "<", "<", "<", "1.840.500", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Chi cục Kiểm lâm | Văn phòng Chi cục | Các Hạt Kiểm lâm khu vực | Tháng 01/2026 | 2026-01-31 |
T I.2 | Tuyên truyền Luật Lâm nghiệp và thủ tục hành chính lĩnh vực lâm nghiệp tại các thôn, làng giáp rừng | Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên | Hạt Kiểm lâm khu vực An Khê; Hạt Kiểm lâm khu vực Chư Sê; Hạt Kiểm lâm khu vực Hoài Nhơn | Quý II/2026 | 2026-06-30 | budget=120000000 ; funding=Nguồn dịch vụ môi trường rừng
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Chi cục | Các Hạt Kiểm lâm khu vực | Định kỳ quý, 6 tháng, năm | periodic |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đề xuất đơn giản hóa thủ tục xác nhận bảng kê lâm sản, phê duyệt phương án khai thác thực vật rừng | Phòng Sử dụng và phát triển rừng | Phòng Thanh tra, pháp chế | Tháng 6/2026 | 2026-06-30 |
T II.2 | Giải quyết thủ tục hành chính lĩnh vực lâm nghiệp trên Cổng Dịch vụ công quốc gia | Phòng Sử dụng và phát triển rừng | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
T II.3 | Hướng dẫn chủ rừng lập hồ sơ đề nghị chi trả dịch vụ môi trường rừng | Các Hạt Kiểm lâm khu vực | Ban Quản lý rừng phòng hộ Ia Grai; Vườn quốc gia Kon Ka Kinh | Định kỳ 6 tháng | periodic | budget=35000000 ; funding=Nguồn dịch vụ môi trường rừng
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Kiện toàn tổ chức, hoạt động của các Hạt Kiểm lâm khu vực sau sắp xếp đơn vị hành chính cấp xã | Văn phòng Chi cục | Sở Nông nghiệp và Môi trường | Quý I/2026 | 2026-03-31 |
T III.2 | Bố trí công chức kiểm lâm địa bàn tại các xã có rừng | Các Hạt Kiểm lâm khu vực | UBND các xã, phường | Khi có quyết định sắp xếp của UBND tỉnh | event |
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Thực hiện cơ chế tự chủ tài chính tại các Ban Quản lý rừng phòng hộ, rừng đặc dụng | Văn phòng Chi cục | Các Ban Quản lý rừng phòng hộ, rừng đặc dụng | Năm 2026 | 2026-12-31 |
T IV.2 | Đầu tư trang thiết bị phục vụ tuần tra, phòng cháy, chữa cháy rừng | Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng | Văn phòng Chi cục | Từ tháng 01 đến tháng 5/2026 | 2026-05-31 | budget=1200000000 ; funding=Ngân sách tỉnh
S V | CHUYỂN ĐỔI SỐ
T V.1 | Cập nhật diễn biến rừng trên phần mềm theo dõi diễn biến rừng | Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên | Các Hạt Kiểm lâm khu vực | Hằng tháng | periodic | budget=85500000 ; funding=Kinh phí sự nghiệp lâm nghiệp
T V.2 | Ứng dụng ảnh viễn thám phát hiện sớm điểm cháy rừng, mất rừng | Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên | Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng; Công an tỉnh | Theo Kế hoạch số 45/KH-UBND ngày 20/02/2026 của UBND tỉnh | external | budget=250000000 ; funding=Ngân sách tỉnh
T V.3 | Số hóa hồ sơ giao rừng, cho thuê rừng | Phòng Sử dụng và phát triển rừng | Các Hạt Kiểm lâm khu vực; UBND các xã, phường | Trước ngày 15/12/2026 | 2026-12-15 | budget=150000000 ; funding=Chi thường xuyên của Chi cục
""", year=2026)


# B13-6. A provincial Police (Công an tỉnh Thanh Hóa, 2025, issued in March after district police
# were dissolved), in Word and as a CSV. The habits:
#  - UNITS NAMED BY THEIR CODES, THE FULL NAME IN BRACKETS ON FIRST USE: "PV01 (Phòng Tham mưu)",
#    "PC06 (Phòng Cảnh sát quản lý hành chính về trật tự xã hội)", "PV06 (Phòng Hồ sơ)", "PA08
#    (Phòng Quản lý xuất nhập cảnh)", "PX01 (Phòng Tổ chức cán bộ)", then the bare code "PV01",
#    "PC06", "PV06", "PA08", "PX01" on every later row. Three codes appear once only, with their
#    brackets: "PC08 (Phòng Cảnh sát giao thông)", "PC07 (Phòng Cảnh sát phòng cháy, chữa cháy và cứu
#    nạn, cứu hộ)", "PA05 (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)" (one
#    unit each: the commas and "và" inside the brackets begin no unit).
#    The contract says no word of a unit cell is lost or added, and that spellings become one unit
#    only when they differ in case, spacing or Unicode form; the corpus keeps a bracket naming a
#    body as part of the unit ("Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)", C4). So
#    "PC06 (Phòng Cảnh sát …)" and "PC06" are TWO units of plan.toml, each task showing the one it
#    was written with. (A reader would guess they are one; the contract does not make them one.)
#  - Splits: ";" ("PV06 (Phòng Hồ sơ); Công an các xã, phường, thị trấn"); once ", " between two
#    codes ("PV01, PA08": two units, as the corpus splits ", " between abbreviations, D8/H5).
#    Collectives "Các phòng nghiệp vụ", "Công an các xã, phường, thị trấn"; "Thanh tra Công an
#    tỉnh" alone in its cell.
#  - The product column "Kết quả/sản phẩm"; deadlines "Tháng 3/2025", "Định kỳ quý, 6 tháng, năm",
#    "Hằng tháng" (periodic), "Thường xuyên", "Quý II/2025", "Quý III/2025", "Tháng 6/2025",
#    "Tháng 12/2025", "Theo lộ trình của Bộ Công an" (external).
layout("b13-provincial-police-unit-codes", ["docx", "csv"], [
    "BỘ CÔNG AN",
    "CÔNG AN TỈNH THANH HÓA",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÔNG AN TỈNH",
    "(Kèm theo Kế hoạch số 215/KH-CAT-PV01 ngày 14/3/2025 của Công an tỉnh Thanh Hóa)",
], [[
    _B13_bold("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
              "Kết quả/sản phẩm"),
    _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6, bold=True),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Công an tỉnh", "PV01 (Phòng Tham mưu)",
     "Các phòng nghiệp vụ", "Tháng 3/2025", "Kế hoạch"],
    ["2", "Tuyên truyền cải cách hành chính, Đề án 06 trên Trang thông tin điện tử Công an tỉnh", "PV01",
     "Công an các xã, phường, thị trấn", "Thường xuyên", "Tin, bài"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "PV01", "Các phòng nghiệp vụ; Công an các xã, phường, thị trấn",
     "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
    _B13_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6, bold=True),
    ["1", "Giải quyết thủ tục đăng ký, quản lý cư trú trên môi trường điện tử",
     "PC06 (Phòng Cảnh sát quản lý hành chính về trật tự xã hội)", "Công an các xã, phường, thị trấn", "Thường xuyên",
     "Hồ sơ được giải quyết đúng hạn"],
    ["2", "Cấp thẻ căn cước, định danh điện tử mức độ 2 cho công dân", "PC06",
     "PV06 (Phòng Hồ sơ); Công an các xã, phường, thị trấn", "Thường xuyên",
     "Thẻ căn cước, tài khoản định danh điện tử"],
    ["3", "Giải quyết thủ tục cấp hộ chiếu phổ thông qua Cổng Dịch vụ công Bộ Công an",
     "PA08 (Phòng Quản lý xuất nhập cảnh)", "PC06", "Thường xuyên", "Hộ chiếu phổ thông"],
    ["4", "Đăng ký, cấp biển số xe trực tuyến toàn trình", "PC08 (Phòng Cảnh sát giao thông)",
     "Công an các xã, phường, thị trấn", "Quý II/2025", "Hồ sơ đăng ký xe trực tuyến"],
    ["5", "Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực phòng cháy, chữa cháy",
     "PC07 (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ)", "PV01", "Quý II/2025", "Văn bản đề xuất"],
    _B13_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6, bold=True),
    ["1", "Sắp xếp, kiện toàn tổ chức bộ máy Công an tỉnh theo mô hình không tổ chức Công an cấp huyện",
     "PX01 (Phòng Tổ chức cán bộ)", "Các phòng nghiệp vụ", "Quý II/2025", "Quyết định kiện toàn"],
    ["2", "Bố trí công an chính quy đảm nhiệm các chức danh Công an xã, phường, thị trấn", "PX01", "PC06",
     "Tháng 6/2025", "Quyết định điều động"],
    _B13_span("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6, bold=True),
    ["1", "Kiểm tra điều lệnh, lễ tiết tác phong, văn hóa ứng xử của cán bộ, chiến sĩ tại bộ phận tiếp nhận hồ sơ",
     "PV01", "Thanh tra Công an tỉnh", "Quý III/2025", "Thông báo kết quả kiểm tra"],
    ["2", "Đánh giá, xếp loại cán bộ, chiến sĩ năm 2025", "PX01", "Các phòng nghiệp vụ; Công an các xã, phường, thị trấn",
     "Tháng 12/2025", "Quyết định xếp loại"],
    _B13_span("V", "CHUYỂN ĐỔI SỐ", 6, bold=True),
    ["1", "Cập nhật, làm sạch Cơ sở dữ liệu quốc gia về dân cư", "PC06", "PV06; Công an các xã, phường, thị trấn",
     "Hằng tháng", "Dữ liệu dân cư được làm sạch"],
    ["2", "Bảo đảm an ninh, an toàn hệ thống thông tin phục vụ giải quyết thủ tục hành chính",
     "PA05 (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)", "PV01", "Thường xuyên",
     "Hệ thống an toàn"],
    ["3", "Triển khai các tiện ích trên ứng dụng định danh điện tử VNeID", "PC06", "PV01, PA08",
     "Theo lộ trình của Bộ Công an", "Tiện ích được triển khai"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Công an tỉnh | PV01 (Phòng Tham mưu) | Các phòng nghiệp vụ | Tháng 3/2025 | 2025-03-31 | product=Kế hoạch
T I.2 | Tuyên truyền cải cách hành chính, Đề án 06 trên Trang thông tin điện tử Công an tỉnh | PV01 | Công an các xã, phường, thị trấn | Thường xuyên | continuous | product=Tin, bài
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | PV01 | Các phòng nghiệp vụ; Công an các xã, phường, thị trấn | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Giải quyết thủ tục đăng ký, quản lý cư trú trên môi trường điện tử | PC06 (Phòng Cảnh sát quản lý hành chính về trật tự xã hội) | Công an các xã, phường, thị trấn | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.2 | Cấp thẻ căn cước, định danh điện tử mức độ 2 cho công dân | PC06 | PV06 (Phòng Hồ sơ); Công an các xã, phường, thị trấn | Thường xuyên | continuous | product=Thẻ căn cước, tài khoản định danh điện tử
T II.3 | Giải quyết thủ tục cấp hộ chiếu phổ thông qua Cổng Dịch vụ công Bộ Công an | PA08 (Phòng Quản lý xuất nhập cảnh) | PC06 | Thường xuyên | continuous | product=Hộ chiếu phổ thông
T II.4 | Đăng ký, cấp biển số xe trực tuyến toàn trình | PC08 (Phòng Cảnh sát giao thông) | Công an các xã, phường, thị trấn | Quý II/2025 | 2025-06-30 | product=Hồ sơ đăng ký xe trực tuyến
T II.5 | Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực phòng cháy, chữa cháy | PC07 (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ) | PV01 | Quý II/2025 | 2025-06-30 | product=Văn bản đề xuất
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp, kiện toàn tổ chức bộ máy Công an tỉnh theo mô hình không tổ chức Công an cấp huyện | PX01 (Phòng Tổ chức cán bộ) | Các phòng nghiệp vụ | Quý II/2025 | 2025-06-30 | product=Quyết định kiện toàn
T III.2 | Bố trí công an chính quy đảm nhiệm các chức danh Công an xã, phường, thị trấn | PX01 | PC06 | Tháng 6/2025 | 2025-06-30 | product=Quyết định điều động
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Kiểm tra điều lệnh, lễ tiết tác phong, văn hóa ứng xử của cán bộ, chiến sĩ tại bộ phận tiếp nhận hồ sơ | PV01 | Thanh tra Công an tỉnh | Quý III/2025 | 2025-09-30 | product=Thông báo kết quả kiểm tra
T IV.2 | Đánh giá, xếp loại cán bộ, chiến sĩ năm 2025 | PX01 | Các phòng nghiệp vụ; Công an các xã, phường, thị trấn | Tháng 12/2025 | 2025-12-31 | product=Quyết định xếp loại
S V | CHUYỂN ĐỔI SỐ
T V.1 | Cập nhật, làm sạch Cơ sở dữ liệu quốc gia về dân cư | PC06 | PV06; Công an các xã, phường, thị trấn | Hằng tháng | periodic | product=Dữ liệu dân cư được làm sạch
T V.2 | Bảo đảm an ninh, an toàn hệ thống thông tin phục vụ giải quyết thủ tục hành chính | PA05 (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao) | PV01 | Thường xuyên | continuous | product=Hệ thống an toàn
T V.3 | Triển khai các tiện ích trên ứng dụng định danh điện tử VNeID | PC06 | PV01; PA08 | Theo lộ trình của Bộ Công an | external | product=Tiện ích được triển khai
""", year=2025)


# B13-7. A commune after the two-level reform (UBND xã Ea Kar, tỉnh Đắk Lắk, 2026: formed in 2025
# from the town Ea Kar and two communes), in Word and Excel. The habits:
#  - A TWO-ROW HEADER WITH BARE ROLE WORDS: "Phân công thực hiện" merged over two columns whose
#    second-row labels are just "Chủ trì" and "Phối hợp" (both header words of import.md); "TT",
#    "Nội dung", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú" merged down over both rows. The group
#    label's "thực hiện" is no column of its own.
#  - NOTES OF TASKS CARRIED OVER FROM THE MERGED COMMUNES in "Ghi chú": "Nhiệm vụ chuyển tiếp của
#    UBND thị trấn Ea Kar (cũ)", "Trụ sở UBND xã Ea Đar, xã Cư Huê (cũ)", "Thực hiện theo hướng
#    dẫn của UBND tỉnh": notes, verbatim (the contract); not `carried_from`, which names a task of
#    last year's plan (as in the corpus, B9-2).
#  - Commune units after the reform: "Văn phòng HĐND và UBND xã" (one unit: " và UBND xã" is inside
#    its name, as in the corpus, B10-3), "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục
#    vụ hành chính công xã", "Công an xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"; collectives
#    "Các cơ quan, đơn vị thuộc UBND xã", "Các thôn, buôn, tổ dân phố" (commas inside, one unit
#    each). Two leads: "Văn phòng HĐND và UBND xã, Công an xã" (", Công an" begins a unit) and
#    "Phòng Văn hóa - Xã hội và Công an xã" (" và Công an" begins a unit).
#  - Deadlines "Tháng 01/2026", "Tháng 02/2026" (2026-02-28), "Quý I/2026", "Quý II/2026", "Năm
#    2026", "Định kỳ quý, 6 tháng, năm", "Hằng tháng", "Hằng quý" (periodic), "Thường xuyên", "Khi
#    có hướng dẫn của Sở Nội vụ" (event).
layout("b13-commune-two-row-header-carryover-notes", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN XÃ EA KAR",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND XÃ EA KAR",
    "(Kèm theo Kế hoạch số 08/KH-UBND ngày 09/01/2026 của UBND xã Ea Kar)",
], [[
    ["**TT", "**Nội dung", "**Phân công thực hiện", "<", "**Thời gian hoàn thành", "**Sản phẩm", "**Ghi chú"],
    ["^", "^", "**Chủ trì", "**Phối hợp", "^", "^", "^"],
    _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7, bold=True),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã", "Văn phòng HĐND và UBND xã",
     "Các cơ quan, đơn vị thuộc UBND xã", "Tháng 01/2026", "Kế hoạch", ""],
    ["2", "Kiện toàn Tổ công tác cải cách hành chính của xã sau sắp xếp đơn vị hành chính",
     "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Quý I/2026", "Quyết định kiện toàn",
     "Nhiệm vụ chuyển tiếp của UBND thị trấn Ea Kar (cũ)"],
    ["3", "Báo cáo cải cách hành chính gửi Sở Nội vụ", "Văn phòng HĐND và UBND xã",
     "Các cơ quan, đơn vị thuộc UBND xã", "Định kỳ quý, 6 tháng, năm", "Báo cáo",
     "Gửi qua Hệ thống quản lý văn bản và điều hành"],
    _B13_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7, bold=True),
    ["1", "Niêm yết, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm Phục vụ hành "
     "chính công xã", "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã", "Tháng 02/2026",
     "Danh mục thủ tục hành chính được niêm yết", ""],
    ["2", "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính trong phạm vi tỉnh",
     "Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế; Phòng Văn hóa - Xã hội", "Thường xuyên", "", ""],
    ["3", "Giải quyết nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 "
     "tuổi theo quy trình liên thông", "Văn phòng HĐND và UBND xã, Công an xã",
     "Trung tâm Phục vụ hành chính công xã", "Thường xuyên", "Hồ sơ liên thông", ""],
    ["4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công xã",
     "Các cơ quan, đơn vị thuộc UBND xã", "Hằng tháng", "Kết quả số hóa", "Chỉ tiêu tỷ lệ số hóa đạt 100%"],
    _B13_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7, bold=True),
    ["1", "Xây dựng Đề án vị trí việc làm của các cơ quan, đơn vị thuộc UBND xã", "Văn phòng HĐND và UBND xã",
     "Các cơ quan, đơn vị thuộc UBND xã", "Khi có hướng dẫn của Sở Nội vụ", "Đề án vị trí việc làm",
     "Nhiệm vụ chuyển tiếp của UBND thị trấn Ea Kar (cũ)"],
    ["2", "Sắp xếp, xử lý trụ sở làm việc, tài sản công dôi dư sau sắp xếp đơn vị hành chính", "Phòng Kinh tế",
     "Văn phòng HĐND và UBND xã", "Quý II/2026", "Phương án xử lý", "Trụ sở UBND xã Ea Đar, xã Cư Huê (cũ)"],
    _B13_span("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 7, bold=True),
    ["1", "Đánh giá, xếp loại chất lượng cán bộ, công chức theo kết quả thực hiện nhiệm vụ", "Văn phòng HĐND và UBND xã",
     "Các cơ quan, đơn vị thuộc UBND xã", "Hằng quý", "Kết quả đánh giá", "Thực hiện theo hướng dẫn của UBND tỉnh"],
    _B13_span("V", "CẢI CÁCH TÀI CHÍNH CÔNG", 7, bold=True),
    ["1", "Công khai dự toán ngân sách xã năm 2026", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Tháng 01/2026",
     "Báo cáo công khai", ""],
    _B13_span("VI", "CHUYỂN ĐỔI SỐ", 7, bold=True),
    ["1", "Tổ chức phổ cập kỹ năng số cho người dân tại các thôn, buôn, tổ dân phố",
     "Phòng Văn hóa - Xã hội và Công an xã", "Các thôn, buôn, tổ dân phố", "Năm 2026", "Lớp phổ cập kỹ năng số", ""],
    ["2", "Duy trì hoạt động của Tổ công nghệ số cộng đồng", "Phòng Văn hóa - Xã hội",
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Thường xuyên", "", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã | Văn phòng HĐND và UBND xã | Các cơ quan, đơn vị thuộc UBND xã | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Kiện toàn Tổ công tác cải cách hành chính của xã sau sắp xếp đơn vị hành chính | Văn phòng HĐND và UBND xã | Phòng Văn hóa - Xã hội | Quý I/2026 | 2026-03-31 | product=Quyết định kiện toàn ; note=Nhiệm vụ chuyển tiếp của UBND thị trấn Ea Kar (cũ)
T I.3 | Báo cáo cải cách hành chính gửi Sở Nội vụ | Văn phòng HĐND và UBND xã | Các cơ quan, đơn vị thuộc UBND xã | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo ; note=Gửi qua Hệ thống quản lý văn bản và điều hành
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Niêm yết, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm Phục vụ hành chính công xã | Trung tâm Phục vụ hành chính công xã | Văn phòng HĐND và UBND xã | Tháng 02/2026 | 2026-02-28 | product=Danh mục thủ tục hành chính được niêm yết
T II.2 | Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính trong phạm vi tỉnh | Trung tâm Phục vụ hành chính công xã | Phòng Kinh tế; Phòng Văn hóa - Xã hội | Thường xuyên | continuous |
T II.3 | Giải quyết nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi theo quy trình liên thông | Văn phòng HĐND và UBND xã; Công an xã | Trung tâm Phục vụ hành chính công xã | Thường xuyên | continuous | product=Hồ sơ liên thông
T II.4 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công xã | Các cơ quan, đơn vị thuộc UBND xã | Hằng tháng | periodic | product=Kết quả số hóa ; note=Chỉ tiêu tỷ lệ số hóa đạt 100%
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Xây dựng Đề án vị trí việc làm của các cơ quan, đơn vị thuộc UBND xã | Văn phòng HĐND và UBND xã | Các cơ quan, đơn vị thuộc UBND xã | Khi có hướng dẫn của Sở Nội vụ | event | product=Đề án vị trí việc làm ; note=Nhiệm vụ chuyển tiếp của UBND thị trấn Ea Kar (cũ)
T III.2 | Sắp xếp, xử lý trụ sở làm việc, tài sản công dôi dư sau sắp xếp đơn vị hành chính | Phòng Kinh tế | Văn phòng HĐND và UBND xã | Quý II/2026 | 2026-06-30 | product=Phương án xử lý ; note=Trụ sở UBND xã Ea Đar, xã Cư Huê (cũ)
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng cán bộ, công chức theo kết quả thực hiện nhiệm vụ | Văn phòng HĐND và UBND xã | Các cơ quan, đơn vị thuộc UBND xã | Hằng quý | periodic | product=Kết quả đánh giá ; note=Thực hiện theo hướng dẫn của UBND tỉnh
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Công khai dự toán ngân sách xã năm 2026 | Phòng Kinh tế | Văn phòng HĐND và UBND xã | Tháng 01/2026 | 2026-01-31 | product=Báo cáo công khai
S VI | CHUYỂN ĐỔI SỐ
T VI.1 | Tổ chức phổ cập kỹ năng số cho người dân tại các thôn, buôn, tổ dân phố | Phòng Văn hóa - Xã hội; Công an xã | Các thôn, buôn, tổ dân phố | Năm 2026 | 2026-12-31 | product=Lớp phổ cập kỹ năng số
T VI.2 | Duy trì hoạt động của Tổ công nghệ số cộng đồng | Phòng Văn hóa - Xã hội | Đoàn Thanh niên Cộng sản Hồ Chí Minh xã | Thường xuyên | continuous |
""", year=2026)


# B13-8. A state bank's provincial branch that follows the province's CCHC plan (Ngân hàng Chính
# sách xã hội Chi nhánh tỉnh Quảng Trị, 2026), as an Excel sheet and a CSV saved with ";". The
# habits:
#  - A START COLUMN BESIDE THE DEADLINE, both plain top-level headers (no group over them): "Thời
#    gian bắt đầu" then "Thời gian hoàn thành". Only the second holds a deadline word of import.md;
#    the start ("01/01/2026", "Tháng 02/2026", "Quý I/2026" …: dates and periods that would read as
#    deadlines) is no deadline and nothing in the plan carries it (as the corpus drops the
#    "Bắt đầu" column under a group, D4).
#  - A bank's units: "Phòng Kế hoạch - Nghiệp vụ tín dụng", "Phòng Kế toán - Ngân quỹ", "Phòng Tin
#    học", "Phòng Hành chính - Tổ chức", "Phòng Kiểm tra, kiểm soát nội bộ" (one unit: "kiểm soát"
#    begins none), "Ban đại diện Hội đồng quản trị NHCSXH tỉnh"; collectives "Các phòng chuyên môn",
#    "Các Phòng giao dịch", "Các tổ chức chính trị - xã hội nhận ủy thác", "UBND các xã, phường".
#    The four trustee bodies in one cell, "Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Cựu
#    chiến binh tỉnh và Tỉnh đoàn": four units (", Hội …" and " và Tỉnh đoàn" each begin a body's
#    name). Other supports joined by ";".
#  - Title rows merged above the header (the sheet); the product column "Kết quả dự kiến".
#  - Deadlines "Tháng 01/2026", "Định kỳ quý, năm", "Hằng quý", "Hằng tháng" (periodic), "Quý
#    I/2026", "Quý III/2026", "Tháng 8/2026", "Tháng 9/2026", "Trước ngày 20/12/2026", "Năm 2026",
#    "Thường xuyên", "Khi có quyết định của Tổng Giám đốc Ngân hàng Chính sách xã hội" (event),
#    "Theo lộ trình của Ngân hàng Nhà nước Việt Nam" (external).
CSV_OPTIONS["b13-bank-branch-start-and-end-columns"] = {"delimiter": ";"}
layout("b13-bank-branch-start-and-end-columns", ["xlsx", "csv"], [], [[
    ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH TỈNH QUẢNG TRỊ", "<", "<", "<", "<", "<", "<"],
    ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "<", "<", "<", "<", "<", "<"],
    ["(Kèm theo Kế hoạch số 18/KH-NHCS ngày 16/01/2026 của Giám đốc Chi nhánh)", "<", "<", "<", "<", "<", "<"],
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian bắt đầu", "Thời gian hoàn thành",
     "Kết quả dự kiến"],
    _B13_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2026 của Chi nhánh theo Kế hoạch của UBND tỉnh",
     "Phòng Hành chính - Tổ chức", "Các phòng chuyên môn; Các Phòng giao dịch", "01/01/2026", "Tháng 01/2026",
     "Kế hoạch"],
    ["2", "Báo cáo kết quả cải cách hành chính gửi UBND tỉnh qua Sở Nội vụ", "Phòng Hành chính - Tổ chức",
     "Các phòng chuyên môn", "Tháng 3/2026", "Định kỳ quý, năm", "Báo cáo"],
    ["3", "Lồng ghép nội dung cải cách hành chính trong các phiên họp của Ban đại diện Hội đồng quản trị",
     "Phòng Kế hoạch - Nghiệp vụ tín dụng", "Ban đại diện Hội đồng quản trị NHCSXH tỉnh", "Quý I/2026", "Hằng quý",
     "Thông báo kết luận phiên họp"],
    _B13_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, niêm yết công khai quy trình, thủ tục cho vay, mức cho vay, lãi suất tại các Điểm giao dịch xã",
     "Phòng Kế hoạch - Nghiệp vụ tín dụng", "Các Phòng giao dịch", "01/01/2026", "Quý I/2026",
     "Bảng công khai tại Điểm giao dịch"],
    ["2", "Rút ngắn thời gian giải quyết hồ sơ vay vốn của hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo",
     "Phòng Kế hoạch - Nghiệp vụ tín dụng",
     "Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Cựu chiến binh tỉnh và Tỉnh đoàn", "Tháng 02/2026",
     "Thường xuyên", "Hồ sơ được giải quyết đúng hạn"],
    ["3", "Giải ngân, thu nợ qua tài khoản của khách hàng trên ứng dụng ngân hàng số", "Phòng Kế toán - Ngân quỹ",
     "Phòng Tin học; Các Phòng giao dịch", "Quý I/2026", "Tháng 9/2026", "Giao dịch trên ứng dụng"],
    ["4", "Củng cố, kiện toàn Tổ Tiết kiệm và vay vốn sau sắp xếp đơn vị hành chính cấp xã", "Các Phòng giao dịch",
     "Các tổ chức chính trị - xã hội nhận ủy thác; UBND các xã, phường", "Tháng 3/2026", "Tháng 8/2026",
     "Tổ Tiết kiệm và vay vốn được kiện toàn"],
    _B13_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", 7),
    ["1", "Sắp xếp mạng lưới Phòng giao dịch, Điểm giao dịch xã theo đơn vị hành chính mới",
     "Phòng Hành chính - Tổ chức", "Các Phòng giao dịch; UBND các xã, phường", "01/01/2026",
     "Khi có quyết định của Tổng Giám đốc Ngân hàng Chính sách xã hội", "Mạng lưới được sắp xếp"],
    ["2", "Kiểm tra việc chấp hành quy định về văn hóa giao dịch tại các Điểm giao dịch xã",
     "Phòng Kiểm tra, kiểm soát nội bộ", "Phòng Hành chính - Tổ chức", "Quý II/2026", "Quý III/2026",
     "Thông báo kết quả kiểm tra"],
    ["3", "Đánh giá, xếp loại cán bộ, người lao động năm 2026", "Phòng Hành chính - Tổ chức",
     "Các phòng chuyên môn; Các Phòng giao dịch", "Tháng 11/2026", "Trước ngày 20/12/2026", "Kết quả xếp loại"],
    _B13_span("IV", "CHUYỂN ĐỔI SỐ", 7),
    ["1", "Xác thực thông tin khách hàng vay vốn với Cơ sở dữ liệu quốc gia về dân cư", "Phòng Tin học",
     "Công an tỉnh; Các Phòng giao dịch", "01/01/2026", "Theo lộ trình của Ngân hàng Nhà nước Việt Nam",
     "Hồ sơ khách hàng được xác thực"],
    ["2", "Số hóa hồ sơ vay vốn lưu trữ tại các Phòng giao dịch", "Phòng Tin học", "Các Phòng giao dịch", "Tháng 4/2026",
     "Năm 2026", "Hồ sơ được số hóa"],
    ["3", "Chi trả hoa hồng cho Tổ Tiết kiệm và vay vốn qua tài khoản", "Phòng Kế toán - Ngân quỹ",
     "Các Phòng giao dịch", "Tháng 02/2026", "Hằng tháng", "Chứng từ chi trả"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2026 của Chi nhánh theo Kế hoạch của UBND tỉnh | Phòng Hành chính - Tổ chức | Các phòng chuyên môn; Các Phòng giao dịch | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Báo cáo kết quả cải cách hành chính gửi UBND tỉnh qua Sở Nội vụ | Phòng Hành chính - Tổ chức | Các phòng chuyên môn | Định kỳ quý, năm | periodic | product=Báo cáo
T I.3 | Lồng ghép nội dung cải cách hành chính trong các phiên họp của Ban đại diện Hội đồng quản trị | Phòng Kế hoạch - Nghiệp vụ tín dụng | Ban đại diện Hội đồng quản trị NHCSXH tỉnh | Hằng quý | periodic | product=Thông báo kết luận phiên họp
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, niêm yết công khai quy trình, thủ tục cho vay, mức cho vay, lãi suất tại các Điểm giao dịch xã | Phòng Kế hoạch - Nghiệp vụ tín dụng | Các Phòng giao dịch | Quý I/2026 | 2026-03-31 | product=Bảng công khai tại Điểm giao dịch
T II.2 | Rút ngắn thời gian giải quyết hồ sơ vay vốn của hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo | Phòng Kế hoạch - Nghiệp vụ tín dụng | Hội Nông dân tỉnh; Hội Liên hiệp Phụ nữ tỉnh; Hội Cựu chiến binh tỉnh; Tỉnh đoàn | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.3 | Giải ngân, thu nợ qua tài khoản của khách hàng trên ứng dụng ngân hàng số | Phòng Kế toán - Ngân quỹ | Phòng Tin học; Các Phòng giao dịch | Tháng 9/2026 | 2026-09-30 | product=Giao dịch trên ứng dụng
T II.4 | Củng cố, kiện toàn Tổ Tiết kiệm và vay vốn sau sắp xếp đơn vị hành chính cấp xã | Các Phòng giao dịch | Các tổ chức chính trị - xã hội nhận ủy thác; UBND các xã, phường | Tháng 8/2026 | 2026-08-31 | product=Tổ Tiết kiệm và vay vốn được kiện toàn
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ
T III.1 | Sắp xếp mạng lưới Phòng giao dịch, Điểm giao dịch xã theo đơn vị hành chính mới | Phòng Hành chính - Tổ chức | Các Phòng giao dịch; UBND các xã, phường | Khi có quyết định của Tổng Giám đốc Ngân hàng Chính sách xã hội | event | product=Mạng lưới được sắp xếp
T III.2 | Kiểm tra việc chấp hành quy định về văn hóa giao dịch tại các Điểm giao dịch xã | Phòng Kiểm tra, kiểm soát nội bộ | Phòng Hành chính - Tổ chức | Quý III/2026 | 2026-09-30 | product=Thông báo kết quả kiểm tra
T III.3 | Đánh giá, xếp loại cán bộ, người lao động năm 2026 | Phòng Hành chính - Tổ chức | Các phòng chuyên môn; Các Phòng giao dịch | Trước ngày 20/12/2026 | 2026-12-20 | product=Kết quả xếp loại
S IV | CHUYỂN ĐỔI SỐ
T IV.1 | Xác thực thông tin khách hàng vay vốn với Cơ sở dữ liệu quốc gia về dân cư | Phòng Tin học | Công an tỉnh; Các Phòng giao dịch | Theo lộ trình của Ngân hàng Nhà nước Việt Nam | external | product=Hồ sơ khách hàng được xác thực
T IV.2 | Số hóa hồ sơ vay vốn lưu trữ tại các Phòng giao dịch | Phòng Tin học | Các Phòng giao dịch | Năm 2026 | 2026-12-31 | product=Hồ sơ được số hóa
T IV.3 | Chi trả hoa hồng cho Tổ Tiết kiệm và vay vốn qua tài khoản | Phòng Kế toán - Ngân quỹ | Các Phòng giao dịch | Hằng tháng | periodic | product=Chứng từ chi trả
""", year=2026)


# A fourteenth batch, written blind as the ninth: workbooks as offices keep them (a cover sheet, a
# sheet per section, a summary sheet first, letterhead typed in cells, a Word table per section, a
# letterhead table, targets below the tasks, a second annex of documents). Measured before the
# reader learnt from it: BENCHMARKS.md.
def _B14_span(number, title, width):
    """A section row: the numeral, then its title merged across the rest of the table."""
    return [number, title] + ["<"] * (width - 2)


def _B14_across(text, width):
    """One text merged across the whole row (a title row)."""
    return [text] + ["<"] * (width - 1)


def _B14_heading(number, title, width):
    """A numbered row with no unit, no deadline, no product: its cells left empty, not merged."""
    return [number, title] + [""] * (width - 2)


def _B14_blank(width):
    """An empty row."""
    return [""] * width


def _B14_cells(width, *texts):
    """A row of `width` cells, `texts` in the first ones, the rest empty (text typed in the first
    columns of a sheet, not merged)."""
    return list(texts) + [""] * (width - len(texts))


def _B14_bold(*texts):
    """A header row typed in bold (Word)."""
    return ["**" + t for t in texts]


# B14-1. A tracker workbook sent by the Office of a department to its divisions (Sở Giao thông vận
# tải tỉnh Bình Định, 2024), as an Excel workbook of two sheets and as an OpenDocument sheet. The
# habits:
#  - A COVER SHEET FIRST, "Hướng dẫn": a title and four numbered instructions, one per row, in
#    column A, no table. Instruction 2 names the columns "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian
#    hoàn thành" in ONE cell; instruction 1 names the sheet "Phụ lục". The annex is the second
#    sheet, "Phụ lục", under a title row merged across. The contract says the default is the first
#    table whose header names a task and a lead column: the cover's rows have no such header (one
#    cell naming both is no header of two columns), so the annex is read with no `--sheet`, and the
#    cover gives nothing. In the OpenDocument sheet the cover's lines stand above the annex's title
#    row, in the number column, "1. …" to "4. …": above the header, so no tasks.
#  - A "Ghi chú" column filled on three rows (note = verbatim, the contract), a product column
#    "Sản phẩm".
#  - Units of a transport department: "Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý vận tải,
#    phương tiện và người lái" (one unit: ", phương tiện" and " và người lái" begin no unit's name),
#    "Phòng Quản lý kết cấu hạ tầng giao thông", "Phòng Kế hoạch - Tài chính", "Ban Quản lý dự án
#    giao thông"; the collective "Các phòng, đơn vị thuộc Sở". Splits: "Văn phòng Sở, Thanh tra Sở"
#    (two: ", Thanh tra" begins a unit), "Phòng Kế hoạch - Tài chính và Sở Nội vụ" (two: " và Sở"),
#    "…; Công an tỉnh".
#  - Deadlines: "Tháng 01/2024", "Quý III/2024", "Định kỳ quý, năm" (periodic), "Quý II/2024",
#    "Thường xuyên", "Tháng 6/2024", "Khi có Quyết định công bố của Chủ tịch UBND tỉnh" (event),
#    "Quý I/2024", "Theo Kế hoạch số 112/KH-UBND ngày 15/6/2023 của UBND tỉnh" (external), "Quý II"
#    (no year: the plan's, 2024-06-30, the contract), "Năm 2024", "Hằng tháng", "Trước ngày
#    30/11/2024".
SHEETS["b14-cover-sheet-instructions"] = ["Hướng dẫn", "Phụ lục"]
layout("b14-cover-sheet-instructions", ["xlsx", "ods"], [], [[
    ["HƯỚNG DẪN CẬP NHẬT PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
    ["1. Mỗi phòng, đơn vị theo dõi các nhiệm vụ do mình chủ trì tại sheet “Phụ lục”."],
    ["2. Không thêm, bớt cột; không sửa tên các cột “Nhiệm vụ”, “Đơn vị chủ trì”, “Thời gian hoàn thành”."],
    ["3. Kết quả thực hiện ghi vào cột “Ghi chú”, gửi Văn phòng Sở trước ngày 20 của tháng cuối quý."],
    ["4. Đầu mối tổng hợp: Văn phòng Sở, điện thoại 0256 3822 105."],
    [""],
], [
    _B14_across("PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ GIAO THÔNG VẬN TẢI", 7),
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú"],
    _B14_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", 7),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2024", "Kế hoạch", ""],
    ["2", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở, Thanh tra Sở", "",
     "Quý III/2024", "Thông báo kết quả kiểm tra", ""],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Định kỳ quý, năm", "Báo cáo", "Gửi Sở Nội vụ trước ngày 15 của tháng cuối quý"],
    _B14_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Rà soát, đề xuất sửa đổi Quy định phân cấp quản lý đường bộ trên địa bàn tỉnh",
     "Phòng Quản lý kết cấu hạ tầng giao thông", "Sở Tư pháp", "Quý II/2024", "Quyết định của UBND tỉnh", ""],
    ["2", "Tự kiểm tra văn bản quy phạm pháp luật thuộc lĩnh vực giao thông vận tải", "Thanh tra Sở", "Văn phòng Sở",
     "Thường xuyên", "Báo cáo", ""],
    _B14_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đường bộ",
     "Phòng Quản lý vận tải, phương tiện và người lái", "Văn phòng Sở", "Tháng 6/2024", "Phương án đơn giản hóa", ""],
    ["2", "Cấp, đổi giấy phép lái xe trực tuyến toàn trình", "Phòng Quản lý vận tải, phương tiện và người lái",
     "Trung tâm Phục vụ hành chính công tỉnh; Công an tỉnh", "Thường xuyên", "Giấy phép lái xe",
     "Phối hợp Công an tỉnh xác thực dữ liệu dân cư"],
    ["3", "Công khai thủ tục hành chính trên Cổng thông tin điện tử của Sở", "Văn phòng Sở", "",
     "Khi có Quyết định công bố của Chủ tịch UBND tỉnh", "Thủ tục hành chính được công khai", ""],
    _B14_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 7),
    ["1", "Rà soát chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Quý I/2024", "Quyết định quy định chức năng, nhiệm vụ", ""],
    ["2", "Sắp xếp Trung tâm Đăng kiểm xe cơ giới thuộc Sở", "Văn phòng Sở", "Phòng Kế hoạch - Tài chính và Sở Nội vụ",
     "Theo Kế hoạch số 112/KH-UBND ngày 15/6/2023 của UBND tỉnh", "Đề án sắp xếp",
     "Nhiệm vụ chuyển tiếp từ năm 2023"],
    _B14_span("V", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở", "Phòng Kế hoạch - Tài chính",
     "Sở Tài chính", "Quý II", "Quyết định giao quyền tự chủ", ""],
    ["2", "Thanh toán phí, lệ phí thủ tục hành chính không dùng tiền mặt", "Văn phòng Sở",
     "Trung tâm Phục vụ hành chính công tỉnh", "Năm 2024", "Tỷ lệ thanh toán trực tuyến", ""],
    _B14_span("VI", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", 7),
    ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực giao thông vận tải", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Hằng tháng", "Dữ liệu số hóa", ""],
    ["2", "Cập nhật dữ liệu phương tiện, người lái vào cơ sở dữ liệu của Bộ Giao thông vận tải",
     "Phòng Quản lý vận tải, phương tiện và người lái", "Ban Quản lý dự án giao thông", "Trước ngày 30/11/2024",
     "Dữ liệu được cập nhật", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở; Thanh tra Sở | | Quý III/2024 | 2024-09-30 | product=Thông báo kết quả kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, năm | periodic | product=Báo cáo ; note=Gửi Sở Nội vụ trước ngày 15 của tháng cuối quý
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, đề xuất sửa đổi Quy định phân cấp quản lý đường bộ trên địa bàn tỉnh | Phòng Quản lý kết cấu hạ tầng giao thông | Sở Tư pháp | Quý II/2024 | 2024-06-30 | product=Quyết định của UBND tỉnh
T II.2 | Tự kiểm tra văn bản quy phạm pháp luật thuộc lĩnh vực giao thông vận tải | Thanh tra Sở | Văn phòng Sở | Thường xuyên | continuous | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đường bộ | Phòng Quản lý vận tải, phương tiện và người lái | Văn phòng Sở | Tháng 6/2024 | 2024-06-30 | product=Phương án đơn giản hóa
T III.2 | Cấp, đổi giấy phép lái xe trực tuyến toàn trình | Phòng Quản lý vận tải, phương tiện và người lái | Trung tâm Phục vụ hành chính công tỉnh; Công an tỉnh | Thường xuyên | continuous | product=Giấy phép lái xe ; note=Phối hợp Công an tỉnh xác thực dữ liệu dân cư
T III.3 | Công khai thủ tục hành chính trên Cổng thông tin điện tử của Sở | Văn phòng Sở | | Khi có Quyết định công bố của Chủ tịch UBND tỉnh | event | product=Thủ tục hành chính được công khai
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Rà soát chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý I/2024 | 2024-03-31 | product=Quyết định quy định chức năng, nhiệm vụ
T IV.2 | Sắp xếp Trung tâm Đăng kiểm xe cơ giới thuộc Sở | Văn phòng Sở | Phòng Kế hoạch - Tài chính; Sở Nội vụ | Theo Kế hoạch số 112/KH-UBND ngày 15/6/2023 của UBND tỉnh | external | product=Đề án sắp xếp ; note=Nhiệm vụ chuyển tiếp từ năm 2023
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở | Phòng Kế hoạch - Tài chính | Sở Tài chính | Quý II | 2024-06-30 | product=Quyết định giao quyền tự chủ
T V.2 | Thanh toán phí, lệ phí thủ tục hành chính không dùng tiền mặt | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Năm 2024 | 2024-12-31 | product=Tỷ lệ thanh toán trực tuyến
S VI | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ
T VI.1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực giao thông vận tải | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Hằng tháng | periodic | product=Dữ liệu số hóa
T VI.2 | Cập nhật dữ liệu phương tiện, người lái vào cơ sở dữ liệu của Bộ Giao thông vận tải | Phòng Quản lý vận tải, phương tiện và người lái | Ban Quản lý dự án giao thông | Trước ngày 30/11/2024 | 2024-11-30 | product=Dữ liệu được cập nhật
""", year=2024)


# B14-2. A district's workbook with ONE SHEET PER SECTION (UBND huyện Gia Lâm, thành phố Hà Nội,
# 2024), as an Excel workbook of four sheets and as a CSV of the same rows one under the other.
# The habits:
#  - Sheets "I. Cải cách thể chế", "II. Cải cách TTHC", "III. Tổ chức bộ máy", "IV. Chính quyền
#    số". On each, row 1 is a TITLE ROW merged across that repeats the sheet's name exactly ("I. Cải
#    cách thể chế"), row 2 the header (the same on every sheet), then the tasks numbered from 1.
#    No Roman-numeral row inside the tables.
#    UNSURE (1): the contract does not say whether the sheets after the first are read. Chosen:
#    yes, in sheet order, as the corpus reads a Word file split into one table per section (layout
#    10); they carry the same header, so they continue the annex (a person would not import a
#    quarter of the plan). UNSURE (2): the section of each sheet. The title row holds the numeral
#    and the title in one cell spanning the row ("I. Cải cách thể chế"), which is the contract's
#    section row (a Roman numeral in the number cell, the text spanning the row) written with its
#    numeral inside the text, and it agrees letter for letter with the sheet's name, so either
#    reading gives id "I", title "Cải cách thể chế". In the CSV the title rows stand between the
#    last task of one section and the repeated header of the next (the repeat skipped, the
#    contract); the first one stands above the first header: chosen, it names section I all the
#    same (the tasks under it need a section, and it is the same row as the others).
#  - Header "TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện".
#  - District units: "Phòng Tư pháp", "Phòng Nội vụ", "Phòng Văn hóa và Thông tin" (one unit),
#    "Bộ phận Tiếp nhận và Trả kết quả huyện" (one unit: " và Trả" begins none), "Công an huyện",
#    "Huyện đoàn Gia Lâm"; collectives "UBND các xã, thị trấn", "Các cơ quan, đơn vị thuộc UBND
#    huyện". Splits: "Phòng Văn hóa và Thông tin, Công an huyện" (two: ", Công an" begins one);
#    "Huyện đoàn Gia Lâm; UBND các xã, thị trấn".
#  - Deadlines "Quý II/2024", "Thường xuyên", "Tháng 11/2024", "Quý III/2024", "Hằng tháng",
#    "Tháng 10/2024", "Theo Kế hoạch số 246/KH-UBND ngày 12/10/2023 của UBND Thành phố" (external),
#    "Quý I/2024", "Tháng 12/2024", "Năm 2024", "Định kỳ quý, năm".
_B14_GL_HEADER = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
SHEETS["b14-sheet-per-section-title-rows"] = ["I. Cải cách thể chế", "II. Cải cách TTHC", "III. Tổ chức bộ máy",
                                               "IV. Chính quyền số"]
layout("b14-sheet-per-section-title-rows", ["xlsx", "csv"], [], [[
    _B14_across("I. Cải cách thể chế", 5),
    list(_B14_GL_HEADER),
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Phòng Tư pháp",
     "Các cơ quan, đơn vị thuộc UBND huyện", "Quý II/2024"],
    ["2", "Kiểm tra, xử lý văn bản quy phạm pháp luật của HĐND, UBND các xã, thị trấn", "Phòng Tư pháp",
     "UBND các xã, thị trấn", "Thường xuyên"],
    ["3", "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính", "Phòng Tư pháp", "Công an huyện",
     "Tháng 11/2024"],
], [
    _B14_across("II. Cải cách TTHC", 5),
    list(_B14_GL_HEADER),
    ["1", "Niêm yết, công khai thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả huyện", "Phòng Nội vụ",
     "Bộ phận Tiếp nhận và Trả kết quả huyện", "Thường xuyên"],
    ["2", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện",
     "Phòng Tư pháp", "Các cơ quan, đơn vị thuộc UBND huyện", "Quý III/2024"],
    ["3", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính", "Phòng Nội vụ", "UBND các xã, thị trấn",
     "Hằng tháng"],
    ["4", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính",
     "Phòng Nội vụ", "Phòng Văn hóa và Thông tin, Công an huyện", "Tháng 10/2024"],
], [
    _B14_across("III. Tổ chức bộ máy", 5),
    list(_B14_GL_HEADER),
    ["1", "Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 trên địa bàn huyện", "Phòng Nội vụ",
     "UBND các xã, thị trấn", "Theo Kế hoạch số 246/KH-UBND ngày 12/10/2023 của UBND Thành phố"],
    ["2", "Rà soát, điều chỉnh vị trí việc làm trong các cơ quan hành chính thuộc UBND huyện", "Phòng Nội vụ",
     "Các cơ quan, đơn vị thuộc UBND huyện", "Quý I/2024"],
    ["3", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024", "Phòng Nội vụ",
     "Các cơ quan, đơn vị thuộc UBND huyện", "Tháng 12/2024"],
], [
    _B14_across("IV. Chính quyền số", 5),
    list(_B14_GL_HEADER),
    ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Bộ phận Tiếp nhận và Trả kết quả huyện",
     "UBND các xã, thị trấn", "Năm 2024"],
    ["2", "Tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
     "Phòng Văn hóa và Thông tin", "Huyện đoàn Gia Lâm; UBND các xã, thị trấn", "Thường xuyên"],
    ["3", "Báo cáo kết quả triển khai Đề án 06 trên địa bàn huyện", "Công an huyện",
     "Các cơ quan, đơn vị thuộc UBND huyện", "Định kỳ quý, năm"],
]], """
S I | Cải cách thể chế
T I.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành | Phòng Tư pháp | Các cơ quan, đơn vị thuộc UBND huyện | Quý II/2024 | 2024-06-30 |
T I.2 | Kiểm tra, xử lý văn bản quy phạm pháp luật của HĐND, UBND các xã, thị trấn | Phòng Tư pháp | UBND các xã, thị trấn | Thường xuyên | continuous |
T I.3 | Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính | Phòng Tư pháp | Công an huyện | Tháng 11/2024 | 2024-11-30 |
S II | Cải cách TTHC
T II.1 | Niêm yết, công khai thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả huyện | Phòng Nội vụ | Bộ phận Tiếp nhận và Trả kết quả huyện | Thường xuyên | continuous |
T II.2 | Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện | Phòng Tư pháp | Các cơ quan, đơn vị thuộc UBND huyện | Quý III/2024 | 2024-09-30 |
T II.3 | Báo cáo tình hình, kết quả giải quyết thủ tục hành chính | Phòng Nội vụ | UBND các xã, thị trấn | Hằng tháng | periodic |
T II.4 | Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính | Phòng Nội vụ | Phòng Văn hóa và Thông tin; Công an huyện | Tháng 10/2024 | 2024-10-31 |
S III | Tổ chức bộ máy
T III.1 | Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 trên địa bàn huyện | Phòng Nội vụ | UBND các xã, thị trấn | Theo Kế hoạch số 246/KH-UBND ngày 12/10/2023 của UBND Thành phố | external |
T III.2 | Rà soát, điều chỉnh vị trí việc làm trong các cơ quan hành chính thuộc UBND huyện | Phòng Nội vụ | Các cơ quan, đơn vị thuộc UBND huyện | Quý I/2024 | 2024-03-31 |
T III.3 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 | Phòng Nội vụ | Các cơ quan, đơn vị thuộc UBND huyện | Tháng 12/2024 | 2024-12-31 |
S IV | Chính quyền số
T IV.1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Bộ phận Tiếp nhận và Trả kết quả huyện | UBND các xã, thị trấn | Năm 2024 | 2024-12-31 |
T IV.2 | Tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia | Phòng Văn hóa và Thông tin | Huyện đoàn Gia Lâm; UBND các xã, thị trấn | Thường xuyên | continuous |
T IV.3 | Báo cáo kết quả triển khai Đề án 06 trên địa bàn huyện | Công an huyện | Các cơ quan, đơn vị thuộc UBND huyện | Định kỳ quý, năm | periodic |
""", year=2024)


# B14-3. A department's workbook whose FIRST SHEET IS A SUMMARY (Sở Tư pháp tỉnh Khánh Hòa, 2025),
# as an Excel workbook of two sheets and as an OpenDocument sheet. The habits:
#  - Sheet "Tổng hợp": a title row, then "STT | Đơn vị | Tổng số | Quý I | Quý II | Quý III | Quý
#    IV | Khác", one NUMBERED ROW PER LEAD UNIT (1 to 6, the unit's name in column B, counts in the
#    others: they agree with the task sheet), a "Tổng cộng" row. Its header names no task column
#    and no lead column ("Đơn vị" alone is none of import.md's lead words), so the contract's
#    default passes it by and reads the second sheet, "Danh mục nhiệm vụ". In the OpenDocument sheet
#    the summary stands above the task table, a blank row between: above the task header, so no
#    tasks (a reader that takes the first numbered rows would make six tasks of unit names).
#  - Task header "STT | Tên nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời hạn | Sản phẩm đầu
#    ra" (lead "Đơn vị thực hiện", deadline "Thời hạn", product "Sản phẩm đầu ra", the contract).
#  - Units of a justice department: "Văn phòng Sở", "Phòng Xây dựng, kiểm tra và theo dõi thi hành
#    pháp luật" (one unit), "Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp", "Phòng Phổ biến,
#    giáo dục pháp luật" (one unit), "Trung tâm Trợ giúp pháp lý nhà nước", "Trung tâm Dịch vụ đấu
#    giá tài sản"; collectives "Các phòng, đơn vị thuộc Sở", "Các sở, ban, ngành", "UBND các huyện,
#    thị xã, thành phố". Split: "Trung tâm Dịch vụ đấu giá tài sản, Sở Nội vụ" (two: ", Sở").
#  - Deadlines "Tháng 01/2025", "Định kỳ quý, năm", "Thường xuyên", "Quý III/2025", "Trước ngày
#    31/01/2025", "Quý II/2025", "Khi có Quyết định công bố của Chủ tịch UBND tỉnh" (event), "Năm
#    2025", "Quý IV/2025", "Hằng tháng".
SHEETS["b14-summary-sheet-first"] = ["Tổng hợp", "Danh mục nhiệm vụ"]
layout("b14-summary-sheet-first", ["xlsx", "ods"], [], [[
    _B14_across("BẢNG TỔNG HỢP SỐ LƯỢNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 THEO ĐƠN VỊ", 8),
    ["STT", "Đơn vị", "Tổng số", "Quý I", "Quý II", "Quý III", "Quý IV", "Khác"],
    ["1", "Văn phòng Sở", "4", "1", "1", "0", "0", "2"],
    ["2", "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "3", "1", "0", "1", "0", "1"],
    ["3", "Phòng Hành chính tư pháp", "3", "0", "0", "1", "1", "1"],
    ["4", "Phòng Bổ trợ tư pháp", "1", "0", "1", "0", "0", "0"],
    ["5", "Trung tâm Trợ giúp pháp lý nhà nước", "1", "0", "0", "0", "1", "0"],
    ["6", "Phòng Phổ biến, giáo dục pháp luật", "1", "0", "0", "0", "0", "1"],
    ["", "Tổng cộng", "13", "2", "2", "2", "2", "5"],
    _B14_blank(8),
], [
    _B14_across("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ TƯ PHÁP", 6),
    ["STT", "Tên nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm đầu ra"],
    _B14_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Tư pháp", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2025", "Kế hoạch"],
    ["2", "Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Định kỳ quý, năm", "Báo cáo"],
    _B14_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Thẩm định dự thảo văn bản quy phạm pháp luật do UBND tỉnh ban hành",
     "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "Các sở, ban, ngành", "Thường xuyên",
     "Báo cáo thẩm định"],
    ["2", "Kiểm tra văn bản quy phạm pháp luật của HĐND, UBND cấp huyện",
     "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "UBND các huyện, thị xã, thành phố",
     "Quý III/2025", "Kết luận kiểm tra"],
    ["3", "Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2024",
     "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "Các sở, ban, ngành", "Trước ngày 31/01/2025",
     "Quyết định công bố"],
    _B14_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Cấp phiếu lý lịch tư pháp trực tuyến trên ứng dụng VNeID", "Phòng Hành chính tư pháp",
     "Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Phiếu lý lịch tư pháp"],
    ["2", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực bổ trợ tư pháp", "Phòng Bổ trợ tư pháp",
     "Văn phòng Sở", "Quý II/2025", "Phương án đơn giản hóa"],
    ["3", "Cập nhật, công khai thủ tục hành chính lĩnh vực tư pháp trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Khi có Quyết định công bố của Chủ tịch UBND tỉnh",
     "Thủ tục hành chính được công khai"],
    _B14_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Sắp xếp, kiện toàn Trung tâm Dịch vụ đấu giá tài sản", "Văn phòng Sở",
     "Trung tâm Dịch vụ đấu giá tài sản, Sở Nội vụ", "Quý II/2025", "Đề án sắp xếp"],
    ["2", "Bồi dưỡng nghiệp vụ cho công chức Tư pháp - Hộ tịch cấp xã", "Phòng Hành chính tư pháp",
     "UBND các huyện, thị xã, thành phố", "Quý III/2025", "Lớp bồi dưỡng"],
    _B14_span("V", "CHUYỂN ĐỔI SỐ", 6),
    ["1", "Số hóa sổ hộ tịch lưu trữ, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", "Phòng Hành chính tư pháp",
     "UBND các huyện, thị xã, thành phố", "Năm 2025", "Dữ liệu hộ tịch điện tử"],
    ["2", "Thực hiện trợ giúp pháp lý trực tuyến", "Trung tâm Trợ giúp pháp lý nhà nước", "Văn phòng Sở",
     "Quý IV/2025", "Hồ sơ trợ giúp pháp lý trực tuyến"],
    ["3", "Phổ biến pháp luật về cải cách hành chính trên Cổng thông tin điện tử của Sở",
     "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở", "Hằng tháng", "Tin, bài"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Tư pháp | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch
T I.2 | Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Thẩm định dự thảo văn bản quy phạm pháp luật do UBND tỉnh ban hành | Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật | Các sở, ban, ngành | Thường xuyên | continuous | product=Báo cáo thẩm định
T II.2 | Kiểm tra văn bản quy phạm pháp luật của HĐND, UBND cấp huyện | Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật | UBND các huyện, thị xã, thành phố | Quý III/2025 | 2025-09-30 | product=Kết luận kiểm tra
T II.3 | Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2024 | Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật | Các sở, ban, ngành | Trước ngày 31/01/2025 | 2025-01-31 | product=Quyết định công bố
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Cấp phiếu lý lịch tư pháp trực tuyến trên ứng dụng VNeID | Phòng Hành chính tư pháp | Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Phiếu lý lịch tư pháp
T III.2 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực bổ trợ tư pháp | Phòng Bổ trợ tư pháp | Văn phòng Sở | Quý II/2025 | 2025-06-30 | product=Phương án đơn giản hóa
T III.3 | Cập nhật, công khai thủ tục hành chính lĩnh vực tư pháp trên Cơ sở dữ liệu quốc gia về thủ tục hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Khi có Quyết định công bố của Chủ tịch UBND tỉnh | event | product=Thủ tục hành chính được công khai
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ
T IV.1 | Sắp xếp, kiện toàn Trung tâm Dịch vụ đấu giá tài sản | Văn phòng Sở | Trung tâm Dịch vụ đấu giá tài sản; Sở Nội vụ | Quý II/2025 | 2025-06-30 | product=Đề án sắp xếp
T IV.2 | Bồi dưỡng nghiệp vụ cho công chức Tư pháp - Hộ tịch cấp xã | Phòng Hành chính tư pháp | UBND các huyện, thị xã, thành phố | Quý III/2025 | 2025-09-30 | product=Lớp bồi dưỡng
S V | CHUYỂN ĐỔI SỐ
T V.1 | Số hóa sổ hộ tịch lưu trữ, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử | Phòng Hành chính tư pháp | UBND các huyện, thị xã, thành phố | Năm 2025 | 2025-12-31 | product=Dữ liệu hộ tịch điện tử
T V.2 | Thực hiện trợ giúp pháp lý trực tuyến | Trung tâm Trợ giúp pháp lý nhà nước | Văn phòng Sở | Quý IV/2025 | 2025-12-31 | product=Hồ sơ trợ giúp pháp lý trực tuyến
T V.3 | Phổ biến pháp luật về cải cách hành chính trên Cổng thông tin điện tử của Sở | Phòng Phổ biến, giáo dục pháp luật | Văn phòng Sở | Hằng tháng | periodic | product=Tin, bài
""", year=2025)


# B14-4. A department's sheet with FIVE LINES OF LETTERHEAD TYPED IN CELLS above a header on row 6
# (Sở Công Thương tỉnh Lạng Sơn, 2026, after the two-level reform), as an Excel sheet and a CSV.
# The habits:
#  - Rows 1-5, nothing merged, each text in ONE cell of the first columns: A1 "UBND TỈNH LẠNG SƠN",
#    A2 "SỞ CÔNG THƯƠNG", B3 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and B4 "Độc lập - Tự do - Hạnh
#    phúc" (in the task column: a row with a text in the title column and nothing else), A5 the
#    title of the annex. The header is row 6. All five are above the header, so none is a section
#    or a task (the contract reads the table from its header; nothing in them is a header).
#  - A budget "Kinh phí dự kiến (đồng)" written "20.000.000" (→ 20000000, the contract: "." is the
#    thousands separator) on two rows and a "Nguồn kinh phí" beside it (funding, verbatim).
#  - Units after the reform: "Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý công nghiệp", "Phòng
#    Quản lý thương mại", "Phòng Quản lý năng lượng", "Phòng Kế hoạch - Tài chính - Tổng hợp", "Chi
#    cục Quản lý thị trường", "Trung tâm Khuyến công và Xúc tiến thương mại" (one unit: "Xúc tiến"
#    begins no unit's name), "Công ty Điện lực Lạng Sơn"; collectives "Các phòng, đơn vị thuộc Sở",
#    "UBND các xã, phường". Split: "Công ty Điện lực Lạng Sơn và UBND các xã, phường" (two: " và
#    UBND" begins one), "Sở Tư pháp; UBND các xã, phường".
#  - Deadlines "Tháng 01/2026", "Theo Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND tỉnh"
#    (external), "Thường xuyên", "Quý II/2026", "Quý I/2026", "Tháng 6/2026", "Quý III/2026", "Quý
#    II" (the plan's year: 2026-06-30), "Năm 2026", "Hằng tháng", "Trước ngày 30/9/2026".
layout("b14-letterhead-rows-header-row-6", ["xlsx", "csv"], [], [[
    _B14_cells(7, "UBND TỈNH LẠNG SƠN"),
    _B14_cells(7, "SỞ CÔNG THƯƠNG"),
    _B14_cells(7, "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    _B14_cells(7, "", "Độc lập - Tự do - Hạnh phúc"),
    _B14_cells(7, "PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 (Kèm theo Kế hoạch số 18/KH-SCT ngày 14/01/2026 "
                  "của Sở Công Thương)"),
    ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
     "Kinh phí dự kiến (đồng)", "Nguồn kinh phí"],
    _B14_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 7),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở Công Thương", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 01/2026", "", ""],
    ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Theo Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND tỉnh", "", ""],
    ["3", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở", "Văn phòng Sở",
     "Trung tâm Khuyến công và Xúc tiến thương mại", "Thường xuyên", "20.000.000", "Chi thường xuyên của Sở"],
    _B14_span("II", "CẢI CÁCH THỂ CHẾ", 7),
    ["1", "Tham mưu UBND tỉnh ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh",
     "Phòng Quản lý công nghiệp", "Sở Tư pháp; UBND các xã, phường", "Quý II/2026", "", ""],
    ["2", "Rà soát văn bản quy phạm pháp luật lĩnh vực công thương sau sắp xếp chính quyền địa phương hai cấp",
     "Thanh tra Sở", "Các phòng, đơn vị thuộc Sở", "Quý I/2026", "", ""],
    _B14_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7),
    ["1", "Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực an toàn thực phẩm",
     "Phòng Quản lý thương mại", "Chi cục Quản lý thị trường", "Tháng 6/2026", "", ""],
    ["2", "Tiếp nhận, giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
     "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "", ""],
    ["3", "Kiểm tra việc thực hiện thủ tục hành chính lĩnh vực điện tại cấp xã", "Phòng Quản lý năng lượng",
     "Công ty Điện lực Lạng Sơn và UBND các xã, phường", "Quý III/2026", "", ""],
    _B14_span("IV", "CẢI CÁCH TÀI CHÍNH CÔNG", 7),
    ["1", "Xây dựng phương án tự chủ tài chính của Trung tâm Khuyến công và Xúc tiến thương mại giai đoạn 2026 - 2030",
     "Phòng Kế hoạch - Tài chính - Tổng hợp", "Trung tâm Khuyến công và Xúc tiến thương mại", "Quý II", "", ""],
    _B14_span("V", "CHUYỂN ĐỔI SỐ", 7),
    ["1", "Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử",
     "Trung tâm Khuyến công và Xúc tiến thương mại", "Phòng Quản lý thương mại", "Năm 2026", "150.000.000",
     "Ngân sách tỉnh"],
    ["2", "Báo cáo số liệu thương mại điện tử trên hệ thống của Bộ Công Thương", "Phòng Quản lý thương mại", "",
     "Hằng tháng", "", ""],
    ["3", "Cập nhật dữ liệu cửa hàng bán lẻ xăng dầu vào cơ sở dữ liệu ngành công thương", "Phòng Quản lý năng lượng",
     "Chi cục Quản lý thị trường", "Trước ngày 30/9/2026", "", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở Công Thương | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2026 | 2026-01-31 |
T I.2 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Theo Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND tỉnh | external |
T I.3 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở | Văn phòng Sở | Trung tâm Khuyến công và Xúc tiến thương mại | Thường xuyên | continuous | budget=20000000 ; funding=Chi thường xuyên của Sở
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh | Phòng Quản lý công nghiệp | Sở Tư pháp; UBND các xã, phường | Quý II/2026 | 2026-06-30 |
T II.2 | Rà soát văn bản quy phạm pháp luật lĩnh vực công thương sau sắp xếp chính quyền địa phương hai cấp | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý I/2026 | 2026-03-31 |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực an toàn thực phẩm | Phòng Quản lý thương mại | Chi cục Quản lý thị trường | Tháng 6/2026 | 2026-06-30 |
T III.2 | Tiếp nhận, giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
T III.3 | Kiểm tra việc thực hiện thủ tục hành chính lĩnh vực điện tại cấp xã | Phòng Quản lý năng lượng | Công ty Điện lực Lạng Sơn; UBND các xã, phường | Quý III/2026 | 2026-09-30 |
S IV | CẢI CÁCH TÀI CHÍNH CÔNG
T IV.1 | Xây dựng phương án tự chủ tài chính của Trung tâm Khuyến công và Xúc tiến thương mại giai đoạn 2026 - 2030 | Phòng Kế hoạch - Tài chính - Tổng hợp | Trung tâm Khuyến công và Xúc tiến thương mại | Quý II | 2026-06-30 |
S V | CHUYỂN ĐỔI SỐ
T V.1 | Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử | Trung tâm Khuyến công và Xúc tiến thương mại | Phòng Quản lý thương mại | Năm 2026 | 2026-12-31 | budget=150000000 ; funding=Ngân sách tỉnh
T V.2 | Báo cáo số liệu thương mại điện tử trên hệ thống của Bộ Công Thương | Phòng Quản lý thương mại | | Hằng tháng | periodic |
T V.3 | Cập nhật dữ liệu cửa hàng bán lẻ xăng dầu vào cơ sở dữ liệu ngành công thương | Phòng Quản lý năng lượng | Chi cục Quản lý thị trường | Trước ngày 30/9/2026 | 2026-09-30 |
""", year=2026)


# B14-5. A department's Word annex WITH ONE TABLE PER SECTION (Sở Thông tin và Truyền thông tỉnh Hòa
# Bình, 2024), and the same plan as the workbook the Office keeps, ONE SHEET PER SECTION named like
# the Word paragraphs. The habits:
#  - Word: a paragraph "I. CẢI CÁCH THỂ CHẾ" (and so on) above each table; each table repeats the
#    whole TWO-ROW HEADER ("STT | Nội dung | Phân công thực hiện | Thời gian hoàn thành | Sản phẩm",
#    "Phân công thực hiện" merged over the bare sub-headers "Chủ trì | Phối hợp", the other cells
#    merged down); tasks numbered from 1 in each table. The contract allows a header of two rows;
#    the sections from the paragraphs, as in the corpus (layout 10).
#  - Excel: the same four tables, one per sheet, the sheets named "I. CẢI CÁCH THỂ CHẾ", "II. CẢI
#    CÁCH THỦ TỤC HÀNH CHÍNH" (31 characters, Excel's longest), "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV.
#    XÂY DỰNG CHÍNH QUYỀN SỐ": no title row, no section row, the section is the sheet's name only.
#    UNSURE: the contract never names a sheet's name as a section. Chosen: the sheet's name is read
#    as the paragraph is in Word (numeral, then title), so both files give one plan (a person reads
#    the tab as the section; without it the tasks "1", "2" of four sheets would collide).
#  - In II a numbered heading "2" (no unit, no deadline) over items "a)", "b)": ids II.2.a, II.2.b
#    (the contract).
#  - Units: "Văn phòng Sở", "Thanh tra Sở", "Phòng Công nghệ thông tin", "Phòng Bưu chính - Viễn
#    thông", "Phòng Thông tin - Báo chí - Xuất bản", "Trung tâm Công nghệ thông tin và Truyền thông"
#    (one unit), "Bưu điện tỉnh"; collectives "Các phòng, đơn vị thuộc Sở", "Các sở, ban, ngành",
#    "UBND các huyện, thành phố". Split "Trung tâm Công nghệ thông tin và Truyền thông, Sở Nội vụ"
#    (two: ", Sở").
#  - Deadlines "Quý II/2024", "Quý III/2024", "Tháng 10/2024", "Khi có Quyết định công bố của Bộ
#    Thông tin và Truyền thông" (event), "Thường xuyên", "Định kỳ quý hoặc đột xuất" (periodic),
#    "Quý IV/2024", "Trước ngày 15/12/2024", "30/9/2024", "Năm 2024".
def _B14_ict_table(rows):
    return [
        _B14_bold("STT", "Nội dung", "Phân công thực hiện") + ["<"] + _B14_bold("Thời gian hoàn thành", "Sản phẩm"),
        ["^", "^"] + _B14_bold("Chủ trì", "Phối hợp") + ["^", "^"],
    ] + rows


SHEETS["b14-word-table-per-section"] = ["I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                                        "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV. XÂY DỰNG CHÍNH QUYỀN SỐ"]
layout("b14-word-table-per-section", ["docx", "xlsx"], [
    "UBND TỈNH HÒA BÌNH",
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 09/KH-STTTT ngày 22/01/2024 của Sở Thông tin và Truyền thông)",
], [
    "I. CẢI CÁCH THỂ CHẾ",
    _B14_ict_table([
        ["1", "Rà soát văn bản quy phạm pháp luật lĩnh vực thông tin và truyền thông do UBND tỉnh ban hành",
         "Thanh tra Sở", "Các phòng, đơn vị thuộc Sở", "Quý II/2024", "Báo cáo rà soát"],
        ["2", "Tham mưu UBND tỉnh ban hành Quy chế quản lý, vận hành Trung tâm giám sát, điều hành thông minh tỉnh",
         "Phòng Công nghệ thông tin", "Sở Tư pháp; Văn phòng UBND tỉnh", "Quý III/2024", "Quyết định của UBND tỉnh"],
        ["3", "Kiểm tra việc thực hiện pháp luật về báo chí, xuất bản trên địa bàn tỉnh",
         "Phòng Thông tin - Báo chí - Xuất bản", "Thanh tra Sở", "Tháng 10/2024", "Kết luận kiểm tra"],
    ]),
    "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    _B14_ict_table([
        ["1", "Công bố, công khai thủ tục hành chính lĩnh vực thông tin và truyền thông", "Văn phòng Sở",
         "Trung tâm Phục vụ hành chính công tỉnh", "Khi có Quyết định công bố của Bộ Thông tin và Truyền thông",
         "Quyết định công bố"],
        _B14_heading("2", "Thực hiện cơ chế một cửa, một cửa liên thông", 6),
        ["a)", "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Thường xuyên", "Hồ sơ được giải quyết đúng hạn"],
        ["b)", "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
         "Phòng Bưu chính - Viễn thông", "Bưu điện tỉnh", "Thường xuyên", "Hồ sơ qua dịch vụ bưu chính công ích"],
        ["3", "Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Định kỳ quý hoặc đột xuất", "Báo cáo"],
    ]),
    "III. CẢI CÁCH TỔ CHỨC BỘ MÁY",
    _B14_ict_table([
        ["1", "Sắp xếp lại tổ chức của Trung tâm Công nghệ thông tin và Truyền thông", "Văn phòng Sở",
         "Trung tâm Công nghệ thông tin và Truyền thông, Sở Nội vụ", "Quý IV/2024", "Đề án sắp xếp"],
        ["2", "Cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức của Sở", "Văn phòng Sở", "",
         "Trước ngày 15/12/2024", "Dữ liệu được cập nhật"],
    ]),
    "IV. XÂY DỰNG CHÍNH QUYỀN SỐ",
    _B14_ict_table([
        ["1", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
         "Trung tâm Công nghệ thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Thường xuyên",
         "Hệ thống vận hành ổn định"],
        ["2", "Kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
         "Phòng Công nghệ thông tin", "Trung tâm Công nghệ thông tin và Truyền thông", "30/9/2024",
         "Nền tảng được kết nối"],
        ["3", "Hướng dẫn các cơ quan, địa phương sử dụng chữ ký số chuyên dùng", "Phòng Công nghệ thông tin",
         "Các sở, ban, ngành; UBND các huyện, thành phố", "Năm 2024", "Văn bản hướng dẫn"],
    ]),
], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực thông tin và truyền thông do UBND tỉnh ban hành | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý II/2024 | 2024-06-30 | product=Báo cáo rà soát
T I.2 | Tham mưu UBND tỉnh ban hành Quy chế quản lý, vận hành Trung tâm giám sát, điều hành thông minh tỉnh | Phòng Công nghệ thông tin | Sở Tư pháp; Văn phòng UBND tỉnh | Quý III/2024 | 2024-09-30 | product=Quyết định của UBND tỉnh
T I.3 | Kiểm tra việc thực hiện pháp luật về báo chí, xuất bản trên địa bàn tỉnh | Phòng Thông tin - Báo chí - Xuất bản | Thanh tra Sở | Tháng 10/2024 | 2024-10-31 | product=Kết luận kiểm tra
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Công bố, công khai thủ tục hành chính lĩnh vực thông tin và truyền thông | Văn phòng Sở | Trung tâm Phục vụ hành chính công tỉnh | Khi có Quyết định công bố của Bộ Thông tin và Truyền thông | event | product=Quyết định công bố
H II.2 | Thực hiện cơ chế một cửa, một cửa liên thông
T II.2.a | Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.2.b | Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích | Phòng Bưu chính - Viễn thông | Bưu điện tỉnh | Thường xuyên | continuous | product=Hồ sơ qua dịch vụ bưu chính công ích
T II.3 | Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý hoặc đột xuất | periodic | product=Báo cáo
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Sắp xếp lại tổ chức của Trung tâm Công nghệ thông tin và Truyền thông | Văn phòng Sở | Trung tâm Công nghệ thông tin và Truyền thông; Sở Nội vụ | Quý IV/2024 | 2024-12-31 | product=Đề án sắp xếp
T III.2 | Cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức của Sở | Văn phòng Sở | | Trước ngày 15/12/2024 | 2024-12-15 | product=Dữ liệu được cập nhật
S IV | XÂY DỰNG CHÍNH QUYỀN SỐ
T IV.1 | Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Trung tâm Công nghệ thông tin và Truyền thông | Văn phòng UBND tỉnh | Thường xuyên | continuous | product=Hệ thống vận hành ổn định
T IV.2 | Kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia | Phòng Công nghệ thông tin | Trung tâm Công nghệ thông tin và Truyền thông | 30/9/2024 | 2024-09-30 | product=Nền tảng được kết nối
T IV.3 | Hướng dẫn các cơ quan, địa phương sử dụng chữ ký số chuyên dùng | Phòng Công nghệ thông tin | Các sở, ban, ngành; UBND các huyện, thành phố | Năm 2024 | 2024-12-31 | product=Văn bản hướng dẫn
""", year=2024)


# B14-6. A department's Word file WHOSE FIRST TABLE IS THE LETTERHEAD (Sở Ngoại vụ tỉnh Lào Cai, 2025),
# and the Excel sheet someone made of it. The habits:
#  - Table 1, two columns, two rows: "UBND TỈNH LÀO CAI / SỞ NGOẠI VỤ" (two lines in one cell) left,
#    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" right; then "Số:
#    15/KH-SNgV" left and the place and date right. Then paragraphs ("PHỤ LỤC", the title,
#    "(Kèm theo …)") and table 2, the annex. The letterhead's first row names no task column and no
#    lead column, so the contract's default passes it by: the annex is table 2, read with no
#    `--table`. In the Excel sheet (no paragraphs) the letterhead's rows stand above the annex's
#    header in columns A-B ("Số: 15/KH-SNgV" in the number column): above the header, no task.
#  - Header "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú"
#    (here "Nội dung" holds the task text beside a number column: a title, not a section column).
#    Notes on two rows.
#  - Units: "Văn phòng Sở", "Phòng Hợp tác quốc tế", "Phòng Lãnh sự", "Phòng Quản lý biên giới",
#    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "Sở Tư pháp", "Sở Nội vụ"; collectives
#    "Các phòng thuộc Sở", "Các cơ quan, đơn vị liên quan". Split "Văn phòng Sở, Công an tỉnh" (two:
#    ", Công an").
#  - Deadlines "Tháng 01/2025", "Định kỳ quý, năm", "Quý II/2025", "Tháng 9/2025", "Thường xuyên",
#    "Quý III/2025", "Khi có văn bản hướng dẫn của Bộ Ngoại giao" (event), "Theo Kế hoạch số
#    45/KH-UBND ngày 14/02/2025 của UBND tỉnh" (external), "Năm 2025", "30/6/2025".
layout("b14-word-letterhead-table-first", ["docx", "xlsx"], [], [[
    ["UBND TỈNH LÀO CAI\nSỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
    ["Số: 15/KH-SNgV", "Lào Cai, ngày 10 tháng 01 năm 2025"],
],
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NGOẠI VỤ",
    "(Kèm theo Kế hoạch số 15/KH-SNgV ngày 10/01/2025 của Sở Ngoại vụ tỉnh Lào Cai)",
    [
    _B14_bold("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"),
    _B14_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025 của Sở", "Văn phòng Sở", "Các phòng thuộc Sở",
     "Tháng 01/2025", ""],
    ["2", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng thuộc Sở", "Định kỳ quý, năm",
     "Gửi Sở Nội vụ trước ngày 15 của tháng cuối quý"],
    _B14_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Tham mưu UBND tỉnh ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh",
     "Phòng Hợp tác quốc tế", "Sở Tư pháp; Công an tỉnh", "Quý II/2025", ""],
    ["2", "Rà soát các thỏa thuận quốc tế đã ký kết với các địa phương nước láng giềng", "Phòng Quản lý biên giới",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Tháng 9/2025", ""],
    _B14_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Giải quyết thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế trực tuyến toàn trình",
     "Phòng Hợp tác quốc tế", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", ""],
    ["2", "Rà soát thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Sở", "Văn phòng Sở",
     "Các phòng thuộc Sở", "Quý III/2025", ""],
    ["3", "Hướng dẫn thủ tục cử cán bộ, công chức đi công tác nước ngoài", "Phòng Lãnh sự",
     "Các cơ quan, đơn vị liên quan", "Khi có văn bản hướng dẫn của Bộ Ngoại giao", ""],
    _B14_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Sắp xếp tổ chức bộ máy của Sở theo chỉ đạo của Trung ương và của tỉnh", "Văn phòng Sở", "Sở Nội vụ",
     "Theo Kế hoạch số 45/KH-UBND ngày 14/02/2025 của UBND tỉnh", "Thực hiện theo lộ trình sắp xếp của tỉnh"],
    _B14_span("V", "HIỆN ĐẠI HÓA HÀNH CHÍNH", 6),
    ["1", "Số hóa hồ sơ lưu trữ của Sở", "Văn phòng Sở", "Các phòng thuộc Sở", "Năm 2025", ""],
    ["2", "Triển khai phần mềm quản lý đoàn ra, đoàn vào", "Phòng Lãnh sự", "Văn phòng Sở, Công an tỉnh", "30/6/2025",
     ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2025 của Sở | Văn phòng Sở | Các phòng thuộc Sở | Tháng 01/2025 | 2025-01-31 |
T I.2 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng thuộc Sở | Định kỳ quý, năm | periodic | note=Gửi Sở Nội vụ trước ngày 15 của tháng cuối quý
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Tham mưu UBND tỉnh ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh | Phòng Hợp tác quốc tế | Sở Tư pháp; Công an tỉnh | Quý II/2025 | 2025-06-30 |
T II.2 | Rà soát các thỏa thuận quốc tế đã ký kết với các địa phương nước láng giềng | Phòng Quản lý biên giới | Bộ Chỉ huy Bộ đội Biên phòng tỉnh | Tháng 9/2025 | 2025-09-30 |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Giải quyết thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế trực tuyến toàn trình | Phòng Hợp tác quốc tế | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous |
T III.2 | Rà soát thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Sở | Văn phòng Sở | Các phòng thuộc Sở | Quý III/2025 | 2025-09-30 |
T III.3 | Hướng dẫn thủ tục cử cán bộ, công chức đi công tác nước ngoài | Phòng Lãnh sự | Các cơ quan, đơn vị liên quan | Khi có văn bản hướng dẫn của Bộ Ngoại giao | event |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp tổ chức bộ máy của Sở theo chỉ đạo của Trung ương và của tỉnh | Văn phòng Sở | Sở Nội vụ | Theo Kế hoạch số 45/KH-UBND ngày 14/02/2025 của UBND tỉnh | external | note=Thực hiện theo lộ trình sắp xếp của tỉnh
S V | HIỆN ĐẠI HÓA HÀNH CHÍNH
T V.1 | Số hóa hồ sơ lưu trữ của Sở | Văn phòng Sở | Các phòng thuộc Sở | Năm 2025 | 2025-12-31 |
T V.2 | Triển khai phần mềm quản lý đoàn ra, đoàn vào | Phòng Lãnh sự | Văn phòng Sở; Công an tỉnh | 30/6/2025 | 2025-06-30 |
""", year=2025)


# B14-7. A city's sheet with A TABLE OF TARGETS BELOW THE TASKS (UBND thành phố Bảo Lộc, tỉnh Lâm
# Đồng, 2024), as an Excel sheet and a CSV. The habits:
#  - After the last task of section V: a BLANK ROW, a title row "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM
#    2024" merged across, and a second table "STT | Chỉ tiêu | Mục tiêu năm 2024 | Đơn vị chủ trì"
#    with five NUMBERED rows 1-5 ("Tỷ lệ hồ sơ … giải quyết đúng hạn | 100% | Phòng Nội vụ"). Its
#    header names a lead column ("Đơn vị chủ trì", the very words of the task table) but no task
#    column ("Chỉ tiêu" is none of import.md's title words), and it is not the task table's header
#    repeated: it is another table, a list of targets, not of tasks. Chosen (a careful person, and
#    the contract's "first table whose header names a task column and a lead column"): the annex
#    ends at the blank row; the targets give no task, no section, no unit (a reader that runs on
#    would make V.3 to V.7 of them). The title row begins with "C" but is no part letter: it is a
#    sentence, not a number.
#  - Header "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm".
#  - City units: "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và
#    Thông tin", "Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị", "Trung tâm Chính trị thành
#    phố", "Công an thành phố"; collectives "Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các xã,
#    phường". Split "Công an thành phố và UBND các xã, phường" (two: " và UBND").
#  - Deadlines "Tháng 01/2024", "Quý III/2024", "Định kỳ quý, năm", "Quý IV/2024", "Tháng 11/2024",
#    "Thường xuyên", "Quý II/2024", "Theo Kế hoạch số 87/KH-UBND ngày 05/3/2024 của UBND tỉnh"
#    (external), "Quý II" (the plan's year), "Năm 2024".
layout("b14-targets-table-below-tasks", ["xlsx", "csv"], [], [[
    _B14_across("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND THÀNH PHỐ BẢO LỘC", 6),
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    _B14_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND thành phố", "Phòng Nội vụ",
     "Các cơ quan, đơn vị thuộc UBND thành phố", "Tháng 01/2024", "Kế hoạch"],
    ["2", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị và UBND các xã, phường", "Phòng Nội vụ",
     "Phòng Tư pháp; Phòng Văn hóa và Thông tin", "Quý III/2024", "Thông báo kết luận kiểm tra"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính", "Phòng Nội vụ",
     "Các cơ quan, đơn vị thuộc UBND thành phố; UBND các xã, phường", "Định kỳ quý, năm", "Báo cáo"],
    _B14_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thành phố ban hành", "Phòng Tư pháp",
     "Các cơ quan, đơn vị thuộc UBND thành phố", "Quý IV/2024", "Báo cáo kết quả rà soát"],
    ["2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai", "Phòng Tư pháp",
     "Phòng Tài nguyên và Môi trường", "Tháng 11/2024", "Báo cáo"],
    _B14_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa thành phố và UBND các xã, phường",
     "Phòng Nội vụ", "UBND các xã, phường", "Thường xuyên", "Thủ tục hành chính được công khai"],
    ["2", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, xây dựng", "Phòng Tài nguyên và Môi trường",
     "Phòng Quản lý đô thị", "Quý II/2024", "Phương án đơn giản hóa"],
    _B14_span("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 6),
    ["1", "Tuyển dụng công chức cấp xã năm 2024", "Phòng Nội vụ", "UBND các xã, phường",
     "Theo Kế hoạch số 87/KH-UBND ngày 05/3/2024 của UBND tỉnh", "Quyết định tuyển dụng"],
    ["2", "Bồi dưỡng kỹ năng giao tiếp cho công chức làm việc tại Bộ phận Một cửa", "Phòng Nội vụ",
     "Trung tâm Chính trị thành phố", "Quý II", "Lớp bồi dưỡng"],
    _B14_span("V", "XÂY DỰNG CHÍNH QUYỀN SỐ", 6),
    ["1", "Triển khai thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia", "Phòng Tài chính - Kế hoạch",
     "UBND các xã, phường", "Năm 2024", "Giao dịch thanh toán trực tuyến"],
    ["2", "Tuyên truyền, vận động người dân sử dụng dịch vụ công trực tuyến", "Phòng Văn hóa và Thông tin",
     "Công an thành phố và UBND các xã, phường", "Thường xuyên", "Tin, bài tuyên truyền"],
    _B14_blank(6),
], [
    _B14_across("CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2024", 4),
    ["STT", "Chỉ tiêu", "Mục tiêu năm 2024", "Đơn vị chủ trì"],
    ["1", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "100%", "Phòng Nội vụ"],
    ["2", "Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ thủ tục hành chính", "Từ 50% trở lên",
     "Phòng Văn hóa và Thông tin"],
    ["3", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "100%", "Phòng Nội vụ"],
    ["4", "Mức độ hài lòng của người dân, doanh nghiệp", "Từ 90% trở lên", "Phòng Nội vụ"],
    ["5", "Tỷ lệ thanh toán trực tuyến phí, lệ phí", "Từ 45% trở lên", "Phòng Tài chính - Kế hoạch"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND thành phố | Phòng Nội vụ | Các cơ quan, đơn vị thuộc UBND thành phố | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch
T I.2 | Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị và UBND các xã, phường | Phòng Nội vụ | Phòng Tư pháp; Phòng Văn hóa và Thông tin | Quý III/2024 | 2024-09-30 | product=Thông báo kết luận kiểm tra
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính | Phòng Nội vụ | Các cơ quan, đơn vị thuộc UBND thành phố; UBND các xã, phường | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thành phố ban hành | Phòng Tư pháp | Các cơ quan, đơn vị thuộc UBND thành phố | Quý IV/2024 | 2024-12-31 | product=Báo cáo kết quả rà soát
T II.2 | Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai | Phòng Tư pháp | Phòng Tài nguyên và Môi trường | Tháng 11/2024 | 2024-11-30 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa thành phố và UBND các xã, phường | Phòng Nội vụ | UBND các xã, phường | Thường xuyên | continuous | product=Thủ tục hành chính được công khai
T III.2 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, xây dựng | Phòng Tài nguyên và Môi trường | Phòng Quản lý đô thị | Quý II/2024 | 2024-06-30 | product=Phương án đơn giản hóa
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Tuyển dụng công chức cấp xã năm 2024 | Phòng Nội vụ | UBND các xã, phường | Theo Kế hoạch số 87/KH-UBND ngày 05/3/2024 của UBND tỉnh | external | product=Quyết định tuyển dụng
T IV.2 | Bồi dưỡng kỹ năng giao tiếp cho công chức làm việc tại Bộ phận Một cửa | Phòng Nội vụ | Trung tâm Chính trị thành phố | Quý II | 2024-06-30 | product=Lớp bồi dưỡng
S V | XÂY DỰNG CHÍNH QUYỀN SỐ
T V.1 | Triển khai thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia | Phòng Tài chính - Kế hoạch | UBND các xã, phường | Năm 2024 | 2024-12-31 | product=Giao dịch thanh toán trực tuyến
T V.2 | Tuyên truyền, vận động người dân sử dụng dịch vụ công trực tuyến | Phòng Văn hóa và Thông tin | Công an thành phố; UBND các xã, phường | Thường xuyên | continuous | product=Tin, bài tuyên truyền
""", year=2024)


# B14-8. A provincial plan whose workbook holds, on a SECOND SHEET, "PHỤ LỤC 2: DANH MỤC VĂN BẢN"
# (UBND tỉnh Điện Biên, 2025), as an Excel workbook of two sheets and in Word (two tables, each
# under its "PHỤ LỤC" paragraph). The habits:
#  - Sheet "PL1 Nhiệm vụ" (Word table 1): the task annex, header "STT | Nội dung nhiệm vụ | Cơ quan
#    chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm".
#  - Sheet "PL2 Danh mục văn bản" (Excel forbids ":" in a sheet's name; Word table 2): a title row
#    "PHỤ LỤC 2: DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT, VĂN BẢN HÀNH CHÍNH BAN HÀNH NĂM 2025" merged
#    across, then "STT | Tên văn bản | Cơ quan chủ trì soạn thảo | Thời gian trình" and five
#    documents to draft, numbered 1-5, each with a drafting body and a time to submit: a task list
#    of its own. The contract says the default is the first table whose header names a task and a
#    lead column: that is PL1, which is the plan; PL2 has another header (and "Tên văn bản" is none
#    of import.md's title words), so it does not continue PL1, and none of its rows is in this plan.
#    A user who wants the documents as tasks imports PL2 on its own (`--sheet "PL2 Danh mục văn
#    bản"` / `--table 2`); not tested here. Task II.1 of PL1 refers to PL2 in its text (kept
#    verbatim). In Word the paragraph "PHỤ LỤC 2: …" stands between the tables.
#  - Units of a province: "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Thông tin và Truyền thông",
#    "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Công an tỉnh"; collectives
#    "Các sở, ban, ngành" (also as a LEAD, II.1), "UBND các huyện, thị xã, thành phố", "Các thành viên
#    Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh". Split "Các sở, ban, ngành và UBND các
#    huyện, thị xã, thành phố" (two: " và UBND" begins one; the commas inside each collective split
#    nothing).
#  - Deadlines "Quý I/2025", "Tháng 3/2025", "Định kỳ quý, năm", "Năm 2025", "Thường xuyên", "Khi có
#    Quyết định công bố của Bộ, ngành Trung ương" (event), "Quý II/2025", "Theo Kế hoạch số
#    141/KH-UBND ngày 10/01/2025 của UBND tỉnh" (external), "Quý III/2025".
SHEETS["b14-second-sheet-document-list"] = ["PL1 Nhiệm vụ", "PL2 Danh mục văn bản"]
layout("b14-second-sheet-document-list", ["xlsx", "docx"], [
    "PHỤ LỤC 1",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 28/KH-UBND ngày 15/01/2025 của UBND tỉnh Điện Biên)",
], [[
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    _B14_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6),
    ["1", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025", "Sở Nội vụ",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Quý I/2025", "Kế hoạch của UBND tỉnh"],
    ["2", "Xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND cấp huyện", "Sở Nội vụ",
     "Các thành viên Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh", "Tháng 3/2025",
     "Quyết định công bố Chỉ số"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính của tỉnh", "Sở Nội vụ",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Định kỳ quý, năm", "Báo cáo"],
    _B14_span("II", "CẢI CÁCH THỂ CHẾ", 6),
    ["1", "Xây dựng, trình ban hành các văn bản tại Phụ lục 2 kèm theo Kế hoạch này", "Các sở, ban, ngành",
     "Sở Tư pháp", "Năm 2025", "Văn bản được ban hành"],
    ["2", "Kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "Sở Tư pháp",
     "Các sở, ban, ngành", "Thường xuyên", "Báo cáo kết quả kiểm tra, rà soát"],
    _B14_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6),
    ["1", "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Khi có Quyết định công bố của Bộ, ngành Trung ương",
     "Quyết định công bố của Chủ tịch UBND tỉnh"],
    ["2", "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính",
     "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố",
     "Quý II/2025", "Danh mục thủ tục hành chính"],
    _B14_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 6),
    ["1", "Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh", "Sở Nội vụ", "Các sở, ban, ngành",
     "Theo Kế hoạch số 141/KH-UBND ngày 10/01/2025 của UBND tỉnh", "Quyết định của UBND tỉnh"],
    ["2", "Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã", "Sở Nội vụ", "UBND các huyện, thị xã, thành phố",
     "Quý III/2025", "Đề án sắp xếp"],
    _B14_span("V", "CẢI CÁCH TÀI CHÍNH CÔNG", 6),
    ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập", "Sở Tài chính", "Các sở, ban, ngành",
     "Quý II/2025", "Quyết định giao quyền tự chủ"],
    _B14_span("VI", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 6),
    ["1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Thông tin và Truyền thông",
     "Văn phòng UBND tỉnh", "Quý III/2025", "Hệ thống được nâng cấp"],
    ["2", "Triển khai các nhiệm vụ của Đề án 06 năm 2025 trên địa bàn tỉnh", "Công an tỉnh",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Năm 2025", "Báo cáo kết quả"],
],
    "PHỤ LỤC 2",
    [
    _B14_across("PHỤ LỤC 2: DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT, VĂN BẢN HÀNH CHÍNH BAN HÀNH NĂM 2025", 4),
    ["STT", "Tên văn bản", "Cơ quan chủ trì soạn thảo", "Thời gian trình"],
    ["1", "Quyết định ban hành Quy chế phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa liên thông",
     "Văn phòng UBND tỉnh", "Quý II/2025"],
    ["2", "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ", "Sở Nội vụ",
     "Tháng 3/2025"],
    ["3", "Nghị quyết quy định mức thu, chế độ thu, nộp lệ phí cấp giấy phép xây dựng", "Sở Tài chính",
     "Kỳ họp giữa năm 2025 của HĐND tỉnh"],
    ["4", "Quyết định ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh", "Sở Công Thương", "Quý III/2025"],
    ["5", "Quyết định bãi bỏ văn bản quy phạm pháp luật không còn phù hợp", "Sở Tư pháp", "Tháng 10/2025"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 | Sở Nội vụ | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Quý I/2025 | 2025-03-31 | product=Kế hoạch của UBND tỉnh
T I.2 | Xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND cấp huyện | Sở Nội vụ | Các thành viên Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh | Tháng 3/2025 | 2025-03-31 | product=Quyết định công bố Chỉ số
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính của tỉnh | Sở Nội vụ | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Xây dựng, trình ban hành các văn bản tại Phụ lục 2 kèm theo Kế hoạch này | Các sở, ban, ngành | Sở Tư pháp | Năm 2025 | 2025-12-31 | product=Văn bản được ban hành
T II.2 | Kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành | Sở Tư pháp | Các sở, ban, ngành | Thường xuyên | continuous | product=Báo cáo kết quả kiểm tra, rà soát
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh | Văn phòng UBND tỉnh | Các sở, ban, ngành | Khi có Quyết định công bố của Bộ, ngành Trung ương | event | product=Quyết định công bố của Chủ tịch UBND tỉnh
T III.2 | Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính | Trung tâm Phục vụ hành chính công tỉnh | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Quý II/2025 | 2025-06-30 | product=Danh mục thủ tục hành chính
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
T IV.1 | Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh | Sở Nội vụ | Các sở, ban, ngành | Theo Kế hoạch số 141/KH-UBND ngày 10/01/2025 của UBND tỉnh | external | product=Quyết định của UBND tỉnh
T IV.2 | Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã | Sở Nội vụ | UBND các huyện, thị xã, thành phố | Quý III/2025 | 2025-09-30 | product=Đề án sắp xếp
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập | Sở Tài chính | Các sở, ban, ngành | Quý II/2025 | 2025-06-30 | product=Quyết định giao quyền tự chủ
S VI | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VI.1 | Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh | Quý III/2025 | 2025-09-30 | product=Hệ thống được nâng cấp
T VI.2 | Triển khai các nhiệm vụ của Đề án 06 năm 2025 trên địa bàn tỉnh | Công an tỉnh | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Năm 2025 | 2025-12-31 | product=Báo cáo kết quả
""", year=2025)


# A fifteenth batch, written blind as the ninth: plans of other years and shapes (the six areas of
# 2021-2022, "Nhiệm vụ 1:" and "Phần thứ nhất" sections, a group column under the task header,
# fields repeated in the task text, a district of 31 tasks, an inspection schedule before the
# tasks, a small unit's own header words, amounts written seven ways). Measured before the reader
# learnt from it: BENCHMARKS.md.
def _B15_span(number, title, width, bold=False):
    """A section row: the number, then its title merged across the rest of the table."""
    mark = "**" if bold else ""
    return [mark + number, mark + title] + ["<"] * (width - 2)


def _B15_whole(text, width, bold=False):
    """A row whose one cell, from the number column on, is merged across the whole table."""
    mark = "**" if bold else ""
    return [mark + text] + ["<"] * (width - 1)


def _B15_heading(number, title, width):
    """A numbered (or bulleted) row with no unit, no deadline, no product: cells left empty."""
    return [number, title] + [""] * (width - 2)


def _B15_bold(*texts):
    """A header row typed in bold (Word)."""
    return ["**" + t for t in texts]


def _B15_lines(*lines):
    """A cell written as several lines (line breaks inside the cell)."""
    return "\n".join(lines)


def _B15_group(group, rows):
    """Rows of one "Nhóm nhiệm vụ": the group's cell (second column) holds its name on the first
    row and is merged down (`^`) over the others."""
    out = []
    for i, row in enumerate(rows):
        out.append([row[0], group if i == 0 else "^"] + list(row[1:]))
    return out


# B15-1. A department's annex of 2021 (Sở Giao thông vận tải tỉnh Quảng Bình), in Word and as an
# OpenDocument sheet. The habits:
#  - A TWO-ROW HEADER WHOSE GROUP LABEL IS A TITLE WORD: "Nhiệm vụ" merged over two sub-columns,
#    "Nhóm nhiệm vụ" and "Nhiệm vụ cụ thể" (all three hold "nhiệm vụ"); "TT", "Cơ quan chủ trì",
#    "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm" merged down over both header rows.
#  - "NHÓM NHIỆM VỤ" IS A SECTION COLUMN: the SIX reform areas of 2021 written with their Roman
#    numeral ("I. Cải cách thể chế" … "VI. Hiện đại hóa hành chính"), each merged down beside its
#    tasks (Word vMerge, an ODS merged range); the group of area V holds one task only (no merge).
#    The contract says a column holding the section's name merged down beside its tasks is a
#    section column, not a title; it is the SECOND column here (TT comes first), which changes
#    nothing of its role. Section id = the numeral, title = the text after "I. " (as the seed's
#    "I. Công tác chỉ đạo điều hành" gives id "I" and title "Công tác chỉ đạo điều hành" in
#    plan-format.md). The title column is "Nhiệm vụ cụ thể".
#  - TT restarts at 1 in each group: ids I.1 … VI.3.
#  - Units of 2021: "Phòng Quản lý vận tải, phương tiện và người lái" (one unit: ", phương tiện" and
#    " và người lái" begin no unit's name), "Phòng Quản lý kết cấu hạ tầng giao thông", "Trung tâm
#    Sát hạch lái xe", "Ban Quản lý bảo trì đường bộ", "Sở Thông tin và Truyền thông" (one unit);
#    splits on ", Sở" and ", Ban" (a new unit's name begins), on ";" and once on a line break inside
#    the support cell. Collective "Các phòng, đơn vị thuộc Sở".
#  - Deadlines "Quý I/2021" … "Quý IV/2021", "Tháng 02/2021" (2021-02-28), "Tháng 6/2021", "Tháng
#    9/2021", "Năm 2021", "Thường xuyên", "Hằng tháng", "Định kỳ 6 tháng", "Định kỳ quý hoặc đột
#    xuất" (periodic, as in plan-format.md), "Khi có văn bản hướng dẫn của UBND tỉnh" (event). One
#    task has no product.
_B15_W1 = 7
layout("b15-2021-group-column-under-task-header", ["docx", "ods"], [
    "UBND TỈNH QUẢNG BÌNH",
    "SỞ GIAO THÔNG VẬN TẢI",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA SỞ GIAO THÔNG VẬN TẢI",
    "(Kèm theo Kế hoạch số 86/KH-SGTVT ngày 15/01/2021 của Sở Giao thông vận tải)",
], [[
    ["**TT", "**Nhiệm vụ", "<", "**Cơ quan chủ trì", "**Cơ quan phối hợp", "**Thời gian hoàn thành", "**Sản phẩm"],
    ["^", "**Nhóm nhiệm vụ", "**Nhiệm vụ cụ thể", "^", "^", "^", "^"],
    *_B15_group("I. Cải cách thể chế", [
        ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực giao thông vận tải do HĐND, UBND tỉnh ban "
         "hành", "Thanh tra Sở", "Các phòng, đơn vị thuộc Sở", "Quý II/2021", "Báo cáo kết quả rà soát"],
        ["2", "Tham mưu UBND tỉnh ban hành Quyết định phân cấp quản lý, bảo trì hệ thống đường tỉnh",
         "Phòng Quản lý kết cấu hạ tầng giao thông", "Sở Tư pháp, Sở Tài chính", "Quý III/2021",
         "Quyết định của UBND tỉnh"],
        ["3", "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính trong lĩnh vực giao thông vận tải",
         "Thanh tra Sở", "Văn phòng Sở", "Định kỳ 6 tháng", "Báo cáo"],
    ]),
    *_B15_group("II. Cải cách thủ tục hành chính", [
        ["1", "Cập nhật, công khai thủ tục hành chính lĩnh vực giao thông vận tải trên Cổng Dịch vụ công của tỉnh",
         "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Thường xuyên", "Danh mục thủ tục hành chính được công khai"],
        ["2", "Cung cấp dịch vụ công trực tuyến mức độ 4 đối với thủ tục cấp đổi giấy phép lái xe",
         "Phòng Quản lý vận tải, phương tiện và người lái", "Sở Thông tin và Truyền thông", "Tháng 6/2021",
         "Dịch vụ công trực tuyến mức độ 4"],
        ["3", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đường bộ", "Văn phòng Sở",
         _B15_lines("Phòng Quản lý vận tải, phương tiện và người lái", "Phòng Quản lý kết cấu hạ tầng giao thông"),
         "Tháng 9/2021", "Phương án đơn giản hóa"],
        ["4", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Hằng tháng", "Báo cáo"],
    ]),
    *_B15_group("III. Cải cách tổ chức bộ máy hành chính nhà nước", [
        ["1", "Tham mưu ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao "
         "thông vận tải", "Văn phòng Sở", "Sở Nội vụ", "Quý I/2021", "Quyết định của UBND tỉnh"],
        ["2", "Sắp xếp, kiện toàn tổ chức các đơn vị sự nghiệp công lập thuộc Sở", "Văn phòng Sở",
         "Trung tâm Sát hạch lái xe; Ban Quản lý bảo trì đường bộ", "Khi có văn bản hướng dẫn của UBND tỉnh",
         "Đề án sắp xếp"],
    ]),
    *_B15_group("IV. Cải cách chế độ công vụ", [
        ["1", "Xây dựng Đề án vị trí việc làm của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Quý II/2021",
         "Đề án vị trí việc làm"],
        ["2", "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính tại các phòng, đơn vị", "Văn phòng Sở",
         "Thanh tra Sở", "Định kỳ quý hoặc đột xuất", "Thông báo kết quả kiểm tra"],
        ["3", "Cử công chức, viên chức tham gia các lớp đào tạo, bồi dưỡng kiến thức quản lý nhà nước",
         "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Năm 2021", "Quyết định cử đi học"],
    ]),
    *_B15_group("V. Cải cách tài chính công", [
        ["1", "Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2021", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở",
         "Tháng 02/2021", "Quy chế chi tiêu nội bộ"],
    ]),
    *_B15_group("VI. Hiện đại hóa hành chính", [
        ["1", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
         "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Năm 2021", ""],
        ["2", "Sử dụng chữ ký số trong gửi, nhận văn bản điện tử", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Thường xuyên", "Văn bản điện tử có chữ ký số"],
        ["3", "Xây dựng cơ sở dữ liệu kết cấu hạ tầng giao thông đường bộ của tỉnh",
         "Phòng Quản lý kết cấu hạ tầng giao thông", "Sở Thông tin và Truyền thông, Ban Quản lý bảo trì đường bộ",
         "Quý IV/2021", "Cơ sở dữ liệu"],
    ]),
]], """
S I | Cải cách thể chế
T I.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực giao thông vận tải do HĐND, UBND tỉnh ban hành | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý II/2021 | 2021-06-30 | product=Báo cáo kết quả rà soát
T I.2 | Tham mưu UBND tỉnh ban hành Quyết định phân cấp quản lý, bảo trì hệ thống đường tỉnh | Phòng Quản lý kết cấu hạ tầng giao thông | Sở Tư pháp; Sở Tài chính | Quý III/2021 | 2021-09-30 | product=Quyết định của UBND tỉnh
T I.3 | Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính trong lĩnh vực giao thông vận tải | Thanh tra Sở | Văn phòng Sở | Định kỳ 6 tháng | periodic | product=Báo cáo
S II | Cải cách thủ tục hành chính
T II.1 | Cập nhật, công khai thủ tục hành chính lĩnh vực giao thông vận tải trên Cổng Dịch vụ công của tỉnh | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Danh mục thủ tục hành chính được công khai
T II.2 | Cung cấp dịch vụ công trực tuyến mức độ 4 đối với thủ tục cấp đổi giấy phép lái xe | Phòng Quản lý vận tải, phương tiện và người lái | Sở Thông tin và Truyền thông | Tháng 6/2021 | 2021-06-30 | product=Dịch vụ công trực tuyến mức độ 4
T II.3 | Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đường bộ | Văn phòng Sở | Phòng Quản lý vận tải, phương tiện và người lái; Phòng Quản lý kết cấu hạ tầng giao thông | Tháng 9/2021 | 2021-09-30 | product=Phương án đơn giản hóa
T II.4 | Báo cáo tình hình, kết quả giải quyết thủ tục hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Hằng tháng | periodic | product=Báo cáo
S III | Cải cách tổ chức bộ máy hành chính nhà nước
T III.1 | Tham mưu ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải | Văn phòng Sở | Sở Nội vụ | Quý I/2021 | 2021-03-31 | product=Quyết định của UBND tỉnh
T III.2 | Sắp xếp, kiện toàn tổ chức các đơn vị sự nghiệp công lập thuộc Sở | Văn phòng Sở | Trung tâm Sát hạch lái xe; Ban Quản lý bảo trì đường bộ | Khi có văn bản hướng dẫn của UBND tỉnh | event | product=Đề án sắp xếp
S IV | Cải cách chế độ công vụ
T IV.1 | Xây dựng Đề án vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý II/2021 | 2021-06-30 | product=Đề án vị trí việc làm
T IV.2 | Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính tại các phòng, đơn vị | Văn phòng Sở | Thanh tra Sở | Định kỳ quý hoặc đột xuất | periodic | product=Thông báo kết quả kiểm tra
T IV.3 | Cử công chức, viên chức tham gia các lớp đào tạo, bồi dưỡng kiến thức quản lý nhà nước | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2021 | 2021-12-31 | product=Quyết định cử đi học
S V | Cải cách tài chính công
T V.1 | Xây dựng, sửa đổi Quy chế chi tiêu nội bộ năm 2021 | Phòng Kế hoạch - Tài chính | Văn phòng Sở | Tháng 02/2021 | 2021-02-28 | product=Quy chế chi tiêu nội bộ
S VI | Hiện đại hóa hành chính
T VI.1 | Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2021 | 2021-12-31 |
T VI.2 | Sử dụng chữ ký số trong gửi, nhận văn bản điện tử | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Văn bản điện tử có chữ ký số
T VI.3 | Xây dựng cơ sở dữ liệu kết cấu hạ tầng giao thông đường bộ của tỉnh | Phòng Quản lý kết cấu hạ tầng giao thông | Sở Thông tin và Truyền thông; Ban Quản lý bảo trì đường bộ | Quý IV/2021 | 2021-12-31 | product=Cơ sở dữ liệu
""", year=2021)


# B15-2. A province's plan implementing the national programme of administrative reform 2021–2030
# (Nghị quyết số 76/NQ-CP; UBND tỉnh Hà Nam, issued March 2021), in Word and Excel. The habits:
#  - SECTIONS ARE "NHIỆM VỤ 1: …" ROWS, NOT ROMAN NUMERALS: the programme's six tasks, each a bold
#    row merged across the WHOLE table, the number column included ("NHIỆM VỤ 1: CẢI CÁCH THỂ CHẾ"
#    … "NHIỆM VỤ 6: XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"). The title column is
#    headed "Nhiệm vụ" too, so a section row begins with the header's own word; it is no repeated
#    header (nothing else of the header is in it).
#    UNSURE: the contract gives a section's id as its Roman numeral and its title as its text, and
#    says nothing of a numbered label. Chosen: "Nhiệm vụ 1" is section 1, id "I" (as the corpus
#    makes an Arabic section "1" into I, B1), and the title is the text after the label and its
#    colon, "CẢI CÁCH THỂ CHẾ" (the label plays the part the numeral "I." plays in the seed's
#    "I. Công tác chỉ đạo điều hành", which plan-format.md titles without it).
#  - Tasks "1", "2" … restart in each section: I.1 … VI.4.
#  - A MULTI-YEAR PLAN: the contract says `year` is its first year, 2021, which is also the year
#    its deadlines name most often. Deadlines in other years keep their own ("Năm 2025", "Năm
#    2030"); "Quý IV" and "Tháng 6" without a year are read in 2021 (plan-format.md: a missing year
#    means the plan's year). "Hằng năm" is periodic; "Theo Kế hoạch số 2983/KH-UBND ngày 30/12/2020
#    của UBND tỉnh" external; "Khi có văn bản hướng dẫn của Bộ Nội vụ" event.
#  - Provincial units of 2021: "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Khoa
#    học và Công nghệ" (one unit each); "Văn phòng UBND tỉnh và Sở Thông tin và Truyền thông" is
#    two leads (" và Sở" begins a unit; " và Truyền thông" does not); "Sở Tài chính, Sở Kế hoạch và
#    Đầu tư" and "Công an tỉnh, Sở Khoa học và Công nghệ" two supports each; collectives "Các sở,
#    ban, ngành", "UBND các huyện, thị xã, thành phố". One task with no product, one with none and
#    no support.
_B15_W2 = 6
layout("b15-programme-2021-2030-task-n-sections", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
    "PHỤ LỤC",
    "NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2021 - 2030 TRÊN ĐỊA BÀN TỈNH",
    "(Kèm theo Kế hoạch số 512/KH-UBND ngày 03/3/2021 của UBND tỉnh Hà Nam)",
], [[
    _B15_bold("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    _B15_whole("NHIỆM VỤ 1: CẢI CÁCH THỂ CHẾ", _B15_W2, bold=True),
    ["1", "Xây dựng, ban hành Chương trình xây dựng văn bản quy phạm pháp luật của HĐND, UBND tỉnh", "Sở Tư pháp",
     "Các sở, ban, ngành", "Hằng năm", "Chương trình xây dựng văn bản quy phạm pháp luật"],
    ["2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "Sở Tư pháp",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Quý IV/2021", "Báo cáo kết quả rà soát"],
    ["3", "Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh", "Sở Tư pháp", "Các sở, ban, ngành",
     "Thường xuyên", "Báo cáo"],
    _B15_whole("NHIỆM VỤ 2: CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B15_W2, bold=True),
    ["1", "Rà soát, đánh giá, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Hằng năm", "Quyết định thông qua phương án đơn giản hóa"],
    ["2", "Cung cấp dịch vụ công trực tuyến mức độ 4 đối với các thủ tục hành chính đủ điều kiện",
     "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh; Các sở, ban, ngành", "Năm 2025",
     "Dịch vụ công trực tuyến mức độ 4"],
    ["3", "Thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công tỉnh",
     "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh; Các sở, ban, ngành", "Thường xuyên", ""],
    ["4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh và Sở Thông tin và Truyền thông",
     "UBND các huyện, thị xã, thành phố", "Quý IV", "Hồ sơ, kết quả được số hóa"],
    _B15_whole("NHIỆM VỤ 3: CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B15_W2, bold=True),
    ["1", "Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh theo Nghị định số "
     "107/2020/NĐ-CP", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 6", "Quyết định của UBND tỉnh"],
    ["2", "Sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập", "Sở Nội vụ", "Sở Tài chính, Sở Kế hoạch và Đầu tư",
     "Năm 2025", "Đề án sắp xếp"],
    ["3", "Sắp xếp đơn vị hành chính cấp xã chưa đạt tiêu chuẩn theo quy định", "Sở Nội vụ",
     "UBND các huyện, thị xã, thành phố", "Khi có văn bản hướng dẫn của Bộ Nội vụ", "Đề án"],
    _B15_whole("NHIỆM VỤ 4: CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B15_W2, bold=True),
    ["1", "Hoàn thiện vị trí việc làm, cơ cấu ngạch công chức, viên chức", "Sở Nội vụ",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Quý III/2021", "Quyết định phê duyệt vị trí việc làm"],
    ["2", "Thi tuyển chức danh lãnh đạo, quản lý cấp phòng", "Sở Nội vụ", "Các sở, ban, ngành",
     "Theo Kế hoạch số 2983/KH-UBND ngày 30/12/2020 của UBND tỉnh", "Kết quả thi tuyển"],
    ["3", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Sở Nội vụ", "Văn phòng UBND tỉnh; Thanh tra tỉnh",
     "Hằng năm", "Thông báo kết quả kiểm tra"],
    _B15_whole("NHIỆM VỤ 5: CẢI CÁCH TÀI CHÍNH CÔNG", _B15_W2, bold=True),
    ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập", "Sở Tài chính", "Các sở, ban, ngành",
     "Năm 2025", "Quyết định giao quyền tự chủ"],
    ["2", "Quản lý, sử dụng tài sản công", "Sở Tài chính", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
     "Thường xuyên", ""],
    ["3", "Theo dõi, đôn đốc giải ngân vốn đầu tư công", "Sở Kế hoạch và Đầu tư", "Sở Tài chính; Kho bạc Nhà nước tỉnh",
     "Định kỳ quý, năm", "Báo cáo"],
    _B15_whole("NHIỆM VỤ 6: XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B15_W2, bold=True),
    ["1", "Xây dựng Kiến trúc Chính quyền điện tử tỉnh Hà Nam phiên bản 2.0", "Sở Thông tin và Truyền thông",
     "Các sở, ban, ngành", "Quý II/2021", "Kiến trúc Chính quyền điện tử phiên bản 2.0"],
    ["2", "Xây dựng Trung tâm Giám sát, điều hành đô thị thông minh của tỉnh", "Sở Thông tin và Truyền thông",
     "Công an tỉnh, Sở Khoa học và Công nghệ", "Tháng 12/2021", "Trung tâm IOC đi vào hoạt động"],
    ["3", "100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng", "Văn phòng UBND tỉnh",
     "", "Năm 2030", ""],
    ["4", "Áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Sở Khoa học và Công nghệ",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Hằng năm", "Quyết định công bố"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Xây dựng, ban hành Chương trình xây dựng văn bản quy phạm pháp luật của HĐND, UBND tỉnh | Sở Tư pháp | Các sở, ban, ngành | Hằng năm | periodic | product=Chương trình xây dựng văn bản quy phạm pháp luật
T I.2 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành | Sở Tư pháp | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Quý IV/2021 | 2021-12-31 | product=Báo cáo kết quả rà soát
T I.3 | Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh | Sở Tư pháp | Các sở, ban, ngành | Thường xuyên | continuous | product=Báo cáo
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đánh giá, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh | Văn phòng UBND tỉnh | Các sở, ban, ngành | Hằng năm | periodic | product=Quyết định thông qua phương án đơn giản hóa
T II.2 | Cung cấp dịch vụ công trực tuyến mức độ 4 đối với các thủ tục hành chính đủ điều kiện | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh; Các sở, ban, ngành | Năm 2025 | 2025-12-31 | product=Dịch vụ công trực tuyến mức độ 4
T II.3 | Thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công tỉnh | Văn phòng UBND tỉnh | Trung tâm Phục vụ hành chính công tỉnh; Các sở, ban, ngành | Thường xuyên | continuous |
T II.4 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông | UBND các huyện, thị xã, thành phố | Quý IV | 2021-12-31 | product=Hồ sơ, kết quả được số hóa
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T III.1 | Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh theo Nghị định số 107/2020/NĐ-CP | Sở Nội vụ | Các sở, ban, ngành | Tháng 6 | 2021-06-30 | product=Quyết định của UBND tỉnh
T III.2 | Sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập | Sở Nội vụ | Sở Tài chính; Sở Kế hoạch và Đầu tư | Năm 2025 | 2025-12-31 | product=Đề án sắp xếp
T III.3 | Sắp xếp đơn vị hành chính cấp xã chưa đạt tiêu chuẩn theo quy định | Sở Nội vụ | UBND các huyện, thị xã, thành phố | Khi có văn bản hướng dẫn của Bộ Nội vụ | event | product=Đề án
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Hoàn thiện vị trí việc làm, cơ cấu ngạch công chức, viên chức | Sở Nội vụ | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Quý III/2021 | 2021-09-30 | product=Quyết định phê duyệt vị trí việc làm
T IV.2 | Thi tuyển chức danh lãnh đạo, quản lý cấp phòng | Sở Nội vụ | Các sở, ban, ngành | Theo Kế hoạch số 2983/KH-UBND ngày 30/12/2020 của UBND tỉnh | external | product=Kết quả thi tuyển
T IV.3 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Sở Nội vụ | Văn phòng UBND tỉnh; Thanh tra tỉnh | Hằng năm | periodic | product=Thông báo kết quả kiểm tra
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập | Sở Tài chính | Các sở, ban, ngành | Năm 2025 | 2025-12-31 | product=Quyết định giao quyền tự chủ
T V.2 | Quản lý, sử dụng tài sản công | Sở Tài chính | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Thường xuyên | continuous |
T V.3 | Theo dõi, đôn đốc giải ngân vốn đầu tư công | Sở Kế hoạch và Đầu tư | Sở Tài chính; Kho bạc Nhà nước tỉnh | Định kỳ quý, năm | periodic | product=Báo cáo
S VI | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VI.1 | Xây dựng Kiến trúc Chính quyền điện tử tỉnh Hà Nam phiên bản 2.0 | Sở Thông tin và Truyền thông | Các sở, ban, ngành | Quý II/2021 | 2021-06-30 | product=Kiến trúc Chính quyền điện tử phiên bản 2.0
T VI.2 | Xây dựng Trung tâm Giám sát, điều hành đô thị thông minh của tỉnh | Sở Thông tin và Truyền thông | Công an tỉnh; Sở Khoa học và Công nghệ | Tháng 12/2021 | 2021-12-31 | product=Trung tâm IOC đi vào hoạt động
T VI.3 | 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng | Văn phòng UBND tỉnh | | Năm 2030 | 2030-12-31 |
T VI.4 | Áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 | Sở Khoa học và Công nghệ | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Hằng năm | periodic | product=Quyết định công bố
""", year=2021)


# B15-3. A department's annex of 2022 (Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế), in Word and as a
# CSV. The habits:
#  - SECTIONS WRITTEN "PHẦN THỨ NHẤT / PHẦN THỨ HAI / PHẦN THỨ BA" in ordinal words, each a bold row
#    merged across the whole table from the number column ("PHẦN THỨ NHẤT: NHIỆM VỤ TRỌNG TÂM");
#    there is no Roman numeral anywhere. In the CSV the label and title stand in the number column,
#    the other cells empty.
#    UNSURE: the contract names sections by Roman numerals (and parts by letters A, B); these rows
#    are the annex's top level with tasks under them, so they are its sections. Chosen: "thứ
#    nhất", "thứ hai", "thứ ba" are 1, 2, 3 → ids I, II, III (as an Arabic section "1" is I in the
#    corpus, B1), titled by the text after the label and its colon (as the seed's "I. " is not part
#    of its section's title). They are not parts: no Roman sections stand under them.
#  - THE SIX AREAS OF 2022 AS HEADINGS inside "PHẦN THỨ NHẤT": rows "1" … "6" with the area's name
#    and every other cell empty, tasks "1.1", "2.1" … under them. The contract says a row that has
#    children and no lead is a heading; ids keep the document's own numbers under the section:
#    heading I.2, task I.2.3. "PHẦN THỨ HAI" and "PHẦN THỨ BA" hold plain tasks "1", "2" … (II.1,
#    III.2); heading "3" holds a single task "3.1".
#  - Headers "Nội dung công việc", "Đơn vị thực hiện" (a lead word of import.md), "Đơn vị phối
#    hợp", "Thời hạn", "Kết quả dự kiến" (product).
#  - Units of Sở Kế hoạch và Đầu tư in 2022: "Phòng Tổng hợp, quy hoạch" and "Phòng Đấu thầu, thẩm
#    định và giám sát đầu tư" (one unit each: the comma and "và" begin no unit), "Trung tâm Xúc tiến
#    đầu tư và Hỗ trợ doanh nghiệp" (one unit). "Phòng Đăng ký kinh doanh và Trung tâm Xúc tiến đầu
#    tư và Hỗ trợ doanh nghiệp" is two supports (split at " và Trung tâm" only). Collective "Các
#    phòng, đơn vị thuộc Sở".
#  - Deadlines "Tháng 01/2022", "Quý I/2022" … "Quý IV/2022", "Tháng 5/2022", "Tháng 8/2022",
#    "Tháng 10/2022", "Tháng 12/2022", "Thường xuyên", "Hằng tháng", "Định kỳ quý, 6 tháng, năm",
#    "Khi có hướng dẫn của Bộ Kế hoạch và Đầu tư" (event), "Theo Kế hoạch số 35/KH-UBND ngày
#    08/02/2022 của UBND tỉnh" (external).
_B15_W3 = 6
layout("b15-2022-sections-phan-thu-nhat", ["docx", "csv"], [
    "UBND TỈNH THỪA THIÊN HUẾ",
    "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
    "(Kèm theo Kế hoạch số 19/KH-SKHĐT ngày 14/01/2022 của Sở Kế hoạch và Đầu tư)",
], [[
    _B15_bold("TT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn", "Kết quả dự kiến"),
    _B15_whole("PHẦN THỨ NHẤT: NHIỆM VỤ TRỌNG TÂM", _B15_W3, bold=True),
    _B15_heading("1", "Cải cách thể chế", _B15_W3),
    ["1.1", "Rà soát văn bản quy phạm pháp luật lĩnh vực kế hoạch và đầu tư", "Thanh tra Sở",
     "Các phòng, đơn vị thuộc Sở", "Quý II/2022", "Báo cáo kết quả rà soát"],
    ["1.2", "Tham mưu UBND tỉnh ban hành Quy định phân cấp quản lý dự án đầu tư công", "Phòng Tổng hợp, quy hoạch",
     "Sở Tài chính; Sở Tư pháp", "Quý III/2022", "Quyết định của UBND tỉnh"],
    _B15_heading("2", "Cải cách thủ tục hành chính", _B15_W3),
    ["2.1", "Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở", "Văn phòng Sở",
     "Phòng Đăng ký kinh doanh", "Thường xuyên", "Danh mục thủ tục hành chính"],
    ["2.2", "Giải quyết hồ sơ đăng ký doanh nghiệp qua mạng điện tử", "Phòng Đăng ký kinh doanh",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Hồ sơ đăng ký trực tuyến"],
    ["2.3", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đầu tư", "Phòng Đấu thầu, thẩm định và giám "
     "sát đầu tư", "Văn phòng Sở", "Tháng 8/2022", "Phương án đơn giản hóa"],
    _B15_heading("3", "Cải cách tổ chức bộ máy hành chính nhà nước", _B15_W3),
    ["3.1", "Kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở", "Văn phòng Sở", "Sở Nội vụ", "Quý I/2022",
     "Quyết định kiện toàn"],
    _B15_heading("4", "Cải cách chế độ công vụ", _B15_W3),
    ["4.1", "Cập nhật bản mô tả công việc, khung năng lực vị trí việc làm", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Tháng 5/2022", "Đề án vị trí việc làm"],
    ["4.2", "Đánh giá, xếp loại công chức, viên chức năm 2022", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 12/2022", "Quyết định xếp loại"],
    _B15_heading("5", "Cải cách tài chính công", _B15_W3),
    ["5.1", "Xây dựng Kế hoạch đầu tư công năm 2023 của tỉnh", "Phòng Tổng hợp, quy hoạch",
     "Phòng Kinh tế ngành; Phòng Văn hóa - Xã hội", "Tháng 10/2022", "Kế hoạch đầu tư công năm 2023"],
    ["5.2", "Theo dõi, đôn đốc giải ngân vốn đầu tư công", "Phòng Tổng hợp, quy hoạch",
     "Sở Tài chính; Kho bạc Nhà nước tỉnh", "Hằng tháng", "Báo cáo giải ngân"],
    _B15_heading("6", "Hiện đại hóa hành chính", _B15_W3),
    ["6.1", "Vận hành Hệ thống quản lý văn bản và điều hành", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Thường xuyên", ""],
    ["6.2", "Kết nối Hệ thống thông tin quốc gia về đăng ký doanh nghiệp với Hệ thống thông tin giải quyết thủ tục "
     "hành chính của tỉnh", "Phòng Đăng ký kinh doanh", "Sở Thông tin và Truyền thông",
     "Khi có hướng dẫn của Bộ Kế hoạch và Đầu tư", "Dữ liệu được kết nối"],
    _B15_whole("PHẦN THỨ HAI: NHIỆM VỤ THƯỜNG XUYÊN", _B15_W3, bold=True),
    ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2022 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 01/2022", "Kế hoạch"],
    ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2021 của Sở", "Văn phòng Sở",
     "Các phòng, đơn vị thuộc Sở", "Theo Kế hoạch số 35/KH-UBND ngày 08/02/2022 của UBND tỉnh", "Báo cáo tự đánh giá"],
    ["3", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở", "Văn phòng Sở",
     "Phòng Đăng ký kinh doanh và Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp", "Thường xuyên", "Tin, bài"],
    ["4", "Tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính", "Trung tâm Xúc tiến đầu tư và Hỗ trợ "
     "doanh nghiệp", "Phòng Đăng ký kinh doanh", "Quý III/2022", "Hội nghị đối thoại"],
    _B15_whole("PHẦN THỨ BA: KIỂM TRA, BÁO CÁO", _B15_W3, bold=True),
    ["1", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Thanh tra Sở",
     "Quý IV/2022", "Thông báo kết quả kiểm tra"],
    ["2", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Định kỳ quý, 6 tháng, năm", "Báo cáo"],
]], """
S I | NHIỆM VỤ TRỌNG TÂM
H I.1 | Cải cách thể chế
T I.1.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực kế hoạch và đầu tư | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý II/2022 | 2022-06-30 | product=Báo cáo kết quả rà soát
T I.1.2 | Tham mưu UBND tỉnh ban hành Quy định phân cấp quản lý dự án đầu tư công | Phòng Tổng hợp, quy hoạch | Sở Tài chính; Sở Tư pháp | Quý III/2022 | 2022-09-30 | product=Quyết định của UBND tỉnh
H I.2 | Cải cách thủ tục hành chính
T I.2.1 | Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở | Văn phòng Sở | Phòng Đăng ký kinh doanh | Thường xuyên | continuous | product=Danh mục thủ tục hành chính
T I.2.2 | Giải quyết hồ sơ đăng ký doanh nghiệp qua mạng điện tử | Phòng Đăng ký kinh doanh | Trung tâm Phục vụ hành chính công tỉnh | Thường xuyên | continuous | product=Hồ sơ đăng ký trực tuyến
T I.2.3 | Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đầu tư | Phòng Đấu thầu, thẩm định và giám sát đầu tư | Văn phòng Sở | Tháng 8/2022 | 2022-08-31 | product=Phương án đơn giản hóa
H I.3 | Cải cách tổ chức bộ máy hành chính nhà nước
T I.3.1 | Kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở | Văn phòng Sở | Sở Nội vụ | Quý I/2022 | 2022-03-31 | product=Quyết định kiện toàn
H I.4 | Cải cách chế độ công vụ
T I.4.1 | Cập nhật bản mô tả công việc, khung năng lực vị trí việc làm | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 5/2022 | 2022-05-31 | product=Đề án vị trí việc làm
T I.4.2 | Đánh giá, xếp loại công chức, viên chức năm 2022 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2022 | 2022-12-31 | product=Quyết định xếp loại
H I.5 | Cải cách tài chính công
T I.5.1 | Xây dựng Kế hoạch đầu tư công năm 2023 của tỉnh | Phòng Tổng hợp, quy hoạch | Phòng Kinh tế ngành; Phòng Văn hóa - Xã hội | Tháng 10/2022 | 2022-10-31 | product=Kế hoạch đầu tư công năm 2023
T I.5.2 | Theo dõi, đôn đốc giải ngân vốn đầu tư công | Phòng Tổng hợp, quy hoạch | Sở Tài chính; Kho bạc Nhà nước tỉnh | Hằng tháng | periodic | product=Báo cáo giải ngân
H I.6 | Hiện đại hóa hành chính
T I.6.1 | Vận hành Hệ thống quản lý văn bản và điều hành | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous |
T I.6.2 | Kết nối Hệ thống thông tin quốc gia về đăng ký doanh nghiệp với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh | Phòng Đăng ký kinh doanh | Sở Thông tin và Truyền thông | Khi có hướng dẫn của Bộ Kế hoạch và Đầu tư | event | product=Dữ liệu được kết nối
S II | NHIỆM VỤ THƯỜNG XUYÊN
T II.1 | Xây dựng Kế hoạch cải cách hành chính năm 2022 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2022 | 2022-01-31 | product=Kế hoạch
T II.2 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2021 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Theo Kế hoạch số 35/KH-UBND ngày 08/02/2022 của UBND tỉnh | external | product=Báo cáo tự đánh giá
T II.3 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở | Văn phòng Sở | Phòng Đăng ký kinh doanh; Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp | Thường xuyên | continuous | product=Tin, bài
T II.4 | Tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính | Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp | Phòng Đăng ký kinh doanh | Quý III/2022 | 2022-09-30 | product=Hội nghị đối thoại
S III | KIỂM TRA, BÁO CÁO
T III.1 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Quý IV/2022 | 2022-12-31 | product=Thông báo kết quả kiểm tra
T III.2 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
""", year=2022)


# B15-4. A department's sheet of 2022 (Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương), as an
# Excel sheet and a CSV whose line breaks inside cells are CR LF. The habits:
#  - EACH TASK TEXT REPEATS ITS PRODUCT, DEADLINE AND LEAD, in two ways: in brackets at the end of
#    one line ("… (Sản phẩm: Kế hoạch; Thời gian: Quý II/2022; Chủ trì: Thanh tra Sở)"), or as
#    lines of the cell under the task ("Sản phẩm: …", "Thời gian hoàn thành: …", "Đơn vị chủ trì:
#    …": a data cell holding header words). The same three are in their columns.
#    The contract reads the lead, the deadline and the product from their COLUMNS and keeps the
#    title whole (line breaks become single spaces, nothing is cut): the words in the text stay
#    in the title and count for nothing else. Where the text and the column disagree the column is
#    what counts: II.3 and IV.2 name another lead in the text (the "Ghi chú" says the task was
#    given to another office), I.2 and III.1 another deadline (moved, per the note), III.1 another
#    product; IV.3 names a product in the text and has its product cell EMPTY: no product.
#  - Title rows merged above the header; a "Ghi chú" column (note, verbatim: the contract).
#  - The six areas of 2022 as Roman rows (no "Công tác chỉ đạo, điều hành" section).
#  - Units: "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp", "Phòng Bảo trợ xã hội - Trẻ em - Bình
#    đẳng giới", "Phòng Người có công", "Trung tâm Dịch vụ việc làm", "Bưu điện tỉnh" (after ";");
#    supports joined by ";"; collective "Các phòng, đơn vị thuộc Sở".
#  - Deadlines "Quý I/2022" … "Quý IV/2022", "Tháng 4/2022", "Tháng 6/2022", "Tháng 12/2022",
#    "Năm 2022", "Thường xuyên", "Hằng quý", "Hằng tháng" (periodic), "Khi có hướng dẫn của Bộ Lao
#    động - Thương binh và Xã hội" and "Sau khi có thông báo giao dự toán năm 2022 của Sở Tài
#    chính" (event), "Theo lộ trình của Bộ Lao động - Thương binh và Xã hội" (external, as in the
#    corpus).
CSV_OPTIONS["b15-2022-fields-repeated-in-task-text"] = {"crlf_in_cells": True}
_B15_W4 = 7
layout("b15-2022-fields-repeated-in-task-text", ["xlsx", "csv"], [], [[
    _B15_whole("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG", _B15_W4),
    _B15_whole("PHỤ LỤC: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2022", _B15_W4),
    _B15_whole("(Kèm theo Kế hoạch số 215/KH-SLĐTBXH ngày 20/01/2022 của Sở Lao động - Thương binh và Xã hội)",
               _B15_W4),
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú"],
    _B15_span("I", "CẢI CÁCH THỂ CHẾ", _B15_W4),
    ["1", "Rà soát văn bản quy phạm pháp luật lĩnh vực lao động, người có công và xã hội do HĐND, UBND tỉnh ban hành "
     "(Sản phẩm: Báo cáo kết quả rà soát; Thời gian: Quý II/2022; Chủ trì: Thanh tra Sở)", "Thanh tra Sở",
     "Các phòng, đơn vị thuộc Sở", "Quý II/2022", "Báo cáo kết quả rà soát", ""],
    ["2", _B15_lines("Tham mưu UBND tỉnh ban hành Quyết định quy định mức trợ giúp xã hội trên địa bàn tỉnh",
                     "Sản phẩm: Quyết định của UBND tỉnh",
                     "Thời gian hoàn thành: Quý I/2022",
                     "Đơn vị chủ trì: Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới"),
     "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới", "Sở Tư pháp; Sở Tài chính", "Tháng 4/2022",
     "Quyết định của UBND tỉnh", "Điều chỉnh thời gian theo Công văn số 1025/SLĐTBXH-VP ngày 28/3/2022"],
    _B15_span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B15_W4),
    ["1", "Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở (Sản phẩm: Quyết định công bố; "
     "Thời gian: Thường xuyên; Chủ trì: Văn phòng Sở)", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Thường xuyên",
     "Quyết định công bố", ""],
    ["2", _B15_lines("Giải quyết hồ sơ hưởng trợ cấp thất nghiệp qua dịch vụ công trực tuyến",
                     "Sản phẩm: Hồ sơ được giải quyết đúng hạn",
                     "Thời gian hoàn thành: Thường xuyên",
                     "Đơn vị chủ trì: Trung tâm Dịch vụ việc làm"),
     "Trung tâm Dịch vụ việc làm", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp", "Thường xuyên",
     "Hồ sơ được giải quyết đúng hạn", ""],
    ["3", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực người có công (Sản phẩm: Phương án "
     "đơn giản hóa; Thời gian: Tháng 6/2022; Chủ trì: Văn phòng Sở)", "Phòng Người có công", "Văn phòng Sở",
     "Tháng 6/2022", "Phương án đơn giản hóa", "Giao Phòng Người có công chủ trì theo Quyết định số 88/QĐ-SLĐTBXH "
     "ngày 10/3/2022"],
    ["4", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính (Sản phẩm: Báo cáo; Thời gian: Hằng quý; Chủ "
     "trì: Văn phòng Sở)", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Hằng quý", "Báo cáo", ""],
    _B15_span("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B15_W4),
    ["1", "Sắp xếp, tổ chức lại các cơ sở trợ giúp xã hội công lập (Sản phẩm: Đề án; Thời gian: Quý III/2022; Chủ "
     "trì: Văn phòng Sở)", "Văn phòng Sở", "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới; Sở Nội vụ", "Quý IV/2022",
     "Đề án sắp xếp", "Điều chỉnh theo chỉ đạo của UBND tỉnh"],
    ["2", _B15_lines("Rà soát, kiện toàn chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở",
                     "Sản phẩm: Quyết định kiện toàn",
                     "Thời gian hoàn thành: Khi có hướng dẫn của Bộ Lao động - Thương binh và Xã hội",
                     "Đơn vị chủ trì: Văn phòng Sở"),
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Khi có hướng dẫn của Bộ Lao động - Thương binh và Xã hội",
     "Quyết định kiện toàn", ""],
    _B15_span("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B15_W4),
    ["1", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2022 (Sản phẩm: Quyết định xếp loại; Thời gian: "
     "Tháng 12/2022; Chủ trì: Văn phòng Sở)", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Tháng 12/2022",
     "Quyết định xếp loại", ""],
    ["2", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ sở trợ giúp xã hội (Sản phẩm: Thông báo "
     "kết quả kiểm tra; Thời gian: Quý III/2022; Chủ trì: Văn phòng Sở)", "Thanh tra Sở", "Văn phòng Sở",
     "Quý III/2022", "Thông báo kết quả kiểm tra", "Giao Thanh tra Sở chủ trì"],
    ["3", "Tổ chức bồi dưỡng kỹ năng giao tiếp cho công chức tiếp nhận hồ sơ (Sản phẩm: Lớp bồi dưỡng; Thời gian: "
     "Quý II/2022; Chủ trì: Văn phòng Sở)", "Văn phòng Sở", "Trung tâm Dịch vụ việc làm", "Quý II/2022", "", ""],
    _B15_span("V", "CẢI CÁCH TÀI CHÍNH CÔNG", _B15_W4),
    ["1", _B15_lines("Chi trả trợ cấp ưu đãi người có công qua tài khoản cá nhân",
                     "Sản phẩm: Tỷ lệ chi trả qua tài khoản",
                     "Thời gian hoàn thành: Hằng tháng",
                     "Đơn vị chủ trì: Phòng Kế hoạch - Tài chính"),
     "Phòng Kế hoạch - Tài chính", "Phòng Người có công; Bưu điện tỉnh", "Hằng tháng", "Tỷ lệ chi trả qua tài khoản",
     ""],
    ["2", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở (Sản phẩm: Quyết định giao tự chủ; "
     "Thời gian: Sau khi có thông báo giao dự toán; Chủ trì: Phòng Kế hoạch - Tài chính)", "Phòng Kế hoạch - Tài chính",
     "Trung tâm Dịch vụ việc làm", "Sau khi có thông báo giao dự toán năm 2022 của Sở Tài chính",
     "Quyết định giao tự chủ", ""],
    _B15_span("VI", "HIỆN ĐẠI HÓA HÀNH CHÍNH", _B15_W4),
    ["1", "Số hóa hồ sơ người có công với cách mạng (Sản phẩm: Cơ sở dữ liệu người có công; Thời gian: Năm 2022; Chủ "
     "trì: Phòng Người có công)", "Phòng Người có công", "Văn phòng Sở", "Năm 2022", "Cơ sở dữ liệu người có công", ""],
    ["2", _B15_lines("Vận hành phần mềm quản lý văn bản và điều hành, sử dụng chữ ký số",
                     "Sản phẩm: Văn bản điện tử",
                     "Thời gian hoàn thành: Thường xuyên",
                     "Đơn vị chủ trì: Văn phòng Sở"),
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Thường xuyên", "Văn bản điện tử", ""],
    ["3", "Kết nối Cổng thông tin việc làm của tỉnh với Hệ thống thông tin thị trường lao động quốc gia (Sản phẩm: "
     "Dữ liệu được kết nối; Thời gian: Theo lộ trình của Bộ Lao động - Thương binh và Xã hội; Chủ trì: Trung tâm "
     "Dịch vụ việc làm)", "Trung tâm Dịch vụ việc làm", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
     "Theo lộ trình của Bộ Lao động - Thương binh và Xã hội", "Dữ liệu được kết nối", ""],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực lao động, người có công và xã hội do HĐND, UBND tỉnh ban hành (Sản phẩm: Báo cáo kết quả rà soát; Thời gian: Quý II/2022; Chủ trì: Thanh tra Sở) | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý II/2022 | 2022-06-30 | product=Báo cáo kết quả rà soát
T I.2 | Tham mưu UBND tỉnh ban hành Quyết định quy định mức trợ giúp xã hội trên địa bàn tỉnh Sản phẩm: Quyết định của UBND tỉnh Thời gian hoàn thành: Quý I/2022 Đơn vị chủ trì: Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới | Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới | Sở Tư pháp; Sở Tài chính | Tháng 4/2022 | 2022-04-30 | product=Quyết định của UBND tỉnh ; note=Điều chỉnh thời gian theo Công văn số 1025/SLĐTBXH-VP ngày 28/3/2022
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở (Sản phẩm: Quyết định công bố; Thời gian: Thường xuyên; Chủ trì: Văn phòng Sở) | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Quyết định công bố
T II.2 | Giải quyết hồ sơ hưởng trợ cấp thất nghiệp qua dịch vụ công trực tuyến Sản phẩm: Hồ sơ được giải quyết đúng hạn Thời gian hoàn thành: Thường xuyên Đơn vị chủ trì: Trung tâm Dịch vụ việc làm | Trung tâm Dịch vụ việc làm | Phòng Lao động - Việc làm - Giáo dục nghề nghiệp | Thường xuyên | continuous | product=Hồ sơ được giải quyết đúng hạn
T II.3 | Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực người có công (Sản phẩm: Phương án đơn giản hóa; Thời gian: Tháng 6/2022; Chủ trì: Văn phòng Sở) | Phòng Người có công | Văn phòng Sở | Tháng 6/2022 | 2022-06-30 | product=Phương án đơn giản hóa ; note=Giao Phòng Người có công chủ trì theo Quyết định số 88/QĐ-SLĐTBXH ngày 10/3/2022
T II.4 | Báo cáo tình hình, kết quả giải quyết thủ tục hành chính (Sản phẩm: Báo cáo; Thời gian: Hằng quý; Chủ trì: Văn phòng Sở) | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Hằng quý | periodic | product=Báo cáo
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T III.1 | Sắp xếp, tổ chức lại các cơ sở trợ giúp xã hội công lập (Sản phẩm: Đề án; Thời gian: Quý III/2022; Chủ trì: Văn phòng Sở) | Văn phòng Sở | Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới; Sở Nội vụ | Quý IV/2022 | 2022-12-31 | product=Đề án sắp xếp ; note=Điều chỉnh theo chỉ đạo của UBND tỉnh
T III.2 | Rà soát, kiện toàn chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở Sản phẩm: Quyết định kiện toàn Thời gian hoàn thành: Khi có hướng dẫn của Bộ Lao động - Thương binh và Xã hội Đơn vị chủ trì: Văn phòng Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Khi có hướng dẫn của Bộ Lao động - Thương binh và Xã hội | event | product=Quyết định kiện toàn
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2022 (Sản phẩm: Quyết định xếp loại; Thời gian: Tháng 12/2022; Chủ trì: Văn phòng Sở) | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2022 | 2022-12-31 | product=Quyết định xếp loại
T IV.2 | Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ sở trợ giúp xã hội (Sản phẩm: Thông báo kết quả kiểm tra; Thời gian: Quý III/2022; Chủ trì: Văn phòng Sở) | Thanh tra Sở | Văn phòng Sở | Quý III/2022 | 2022-09-30 | product=Thông báo kết quả kiểm tra ; note=Giao Thanh tra Sở chủ trì
T IV.3 | Tổ chức bồi dưỡng kỹ năng giao tiếp cho công chức tiếp nhận hồ sơ (Sản phẩm: Lớp bồi dưỡng; Thời gian: Quý II/2022; Chủ trì: Văn phòng Sở) | Văn phòng Sở | Trung tâm Dịch vụ việc làm | Quý II/2022 | 2022-06-30 |
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Chi trả trợ cấp ưu đãi người có công qua tài khoản cá nhân Sản phẩm: Tỷ lệ chi trả qua tài khoản Thời gian hoàn thành: Hằng tháng Đơn vị chủ trì: Phòng Kế hoạch - Tài chính | Phòng Kế hoạch - Tài chính | Phòng Người có công; Bưu điện tỉnh | Hằng tháng | periodic | product=Tỷ lệ chi trả qua tài khoản
T V.2 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở (Sản phẩm: Quyết định giao tự chủ; Thời gian: Sau khi có thông báo giao dự toán; Chủ trì: Phòng Kế hoạch - Tài chính) | Phòng Kế hoạch - Tài chính | Trung tâm Dịch vụ việc làm | Sau khi có thông báo giao dự toán năm 2022 của Sở Tài chính | event | product=Quyết định giao tự chủ
S VI | HIỆN ĐẠI HÓA HÀNH CHÍNH
T VI.1 | Số hóa hồ sơ người có công với cách mạng (Sản phẩm: Cơ sở dữ liệu người có công; Thời gian: Năm 2022; Chủ trì: Phòng Người có công) | Phòng Người có công | Văn phòng Sở | Năm 2022 | 2022-12-31 | product=Cơ sở dữ liệu người có công
T VI.2 | Vận hành phần mềm quản lý văn bản và điều hành, sử dụng chữ ký số Sản phẩm: Văn bản điện tử Thời gian hoàn thành: Thường xuyên Đơn vị chủ trì: Văn phòng Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | product=Văn bản điện tử
T VI.3 | Kết nối Cổng thông tin việc làm của tỉnh với Hệ thống thông tin thị trường lao động quốc gia (Sản phẩm: Dữ liệu được kết nối; Thời gian: Theo lộ trình của Bộ Lao động - Thương binh và Xã hội; Chủ trì: Trung tâm Dịch vụ việc làm) | Trung tâm Dịch vụ việc làm | Phòng Lao động - Việc làm - Giáo dục nghề nghiệp | Theo lộ trình của Bộ Lao động - Thương binh và Xã hội | external | product=Dữ liệu được kết nối
""", year=2022)


# B15-5. A whole district's plan of 2022 (UBND huyện Phù Cát, tỉnh Bình Định), 31 tasks, as an Excel
# sheet and an OpenDocument sheet. The habits:
#  - MANY LEADS: the district's offices of 2022 ("Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính -
#    Kế hoạch", "Văn phòng HĐND và UBND huyện", "Phòng Tài nguyên và Môi trường", "Phòng Kinh tế và
#    Hạ tầng", "Phòng Giáo dục và Đào tạo", "Phòng Nông nghiệp và Phát triển nông thôn", "Công an
#    huyện") and the collective "UBND các xã, thị trấn" as a lead; other collectives "Các cơ quan
#    chuyên môn thuộc UBND huyện", "Các cơ quan, đơn vị thuộc UBND huyện". Names with " và " inside
#    are one unit each ("Phòng Văn hóa và Thông tin", "Phòng Lao động - Thương binh và Xã hội",
#    "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Văn phòng HĐND và UBND huyện": its " và
#    UBND huyện" is INSIDE the name, though "UBND" begins units elsewhere).
#  - SPLITS the contract makes where a new unit's name begins: ", Phòng …" and ", Trung tâm …" (two
#    units); " và UBND các xã, thị trấn" after "Công an huyện" and after "Trung tâm Văn hóa - Thông
#    tin và Thể thao huyện" (two units: split at the last " và", where the collective begins, not
#    at the " và Thể thao" inside the centre's name); "Phòng Nội vụ và Văn phòng HĐND và UBND huyện"
#    (two leads: split at " và Văn phòng" only). Other lists joined by ";".
#  - ONE SPELLING DIFFERING IN CASE: "Phòng Tài chính - kế hoạch" (IV.2) after "Phòng Tài chính - Kế
#    hoạch" was met (II.3): the contract makes it an alias of the first; the plan shows the
#    canonical name.
#  - One heading: III.2 "Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"
#    (no unit, no deadline) over three "-" items, III.2.a … III.2.c (letters for bullets: the
#    contract).
#  - Headers "Tiến độ" (a deadline word of import.md) and "Hình thức văn bản" (a product word:
#    product = "Kế hoạch", "Báo cáo", "Quyết định" …, empty on some rows). Title rows merged above
#    the header. Sections I–VII: "Công tác chỉ đạo, điều hành" and the six areas of 2022.
#  - Deadlines "Tháng 01/2022", "Tháng 02/2022" (2022-02-28), "Tháng 6/2022", "Tháng 9/2022", "Tháng
#    11/2022", "Quý II/2022" … "Quý IV/2022", "Năm 2022", "Trước ngày 15/12/2022", "Thường xuyên",
#    "Hằng tháng", "Hằng năm", "Định kỳ quý, năm", "Định kỳ 6 tháng", "Định kỳ quý hoặc đột xuất"
#    (periodic), "Sau khi có Quyết định công bố của Chủ tịch UBND tỉnh" and "Khi có văn bản hướng
#    dẫn của UBND tỉnh" (event), "Theo Kế hoạch số 50/KH-UBND ngày 10/3/2022 của UBND tỉnh"
#    (external).
_B15_W5 = 6
_B15_CM = "Các cơ quan chuyên môn thuộc UBND huyện"
_B15_CQ = "Các cơ quan, đơn vị thuộc UBND huyện"
_B15_XA = "UBND các xã, thị trấn"
layout("b15-2022-district-many-leads", ["xlsx", "ods"], [], [[
    _B15_whole("ỦY BAN NHÂN DÂN HUYỆN PHÙ CÁT", _B15_W5),
    _B15_whole("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022", _B15_W5),
    _B15_whole("(Kèm theo Kế hoạch số 08/KH-UBND ngày 14/01/2022 của UBND huyện Phù Cát)", _B15_W5),
    ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ", "Hình thức văn bản"],
    _B15_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B15_W5),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2022 của UBND huyện", "Phòng Nội vụ", _B15_CM + "; " + _B15_XA,
     "Tháng 01/2022", "Kế hoạch"],
    ["2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2022", "Phòng Nội vụ",
     "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Tháng 02/2022", "Kế hoạch"],
    ["3", "Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, thị trấn", "Phòng Nội vụ",
     "Văn phòng HĐND và UBND huyện; Phòng Tư pháp", "Quý III/2022", "Thông báo"],
    ["4", "Báo cáo kết quả thực hiện cải cách hành chính", "Phòng Nội vụ", _B15_CM + "; " + _B15_XA,
     "Định kỳ quý, năm", "Báo cáo"],
    ["5", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2022 của UBND huyện", "Phòng Nội vụ", _B15_CM,
     "Theo Kế hoạch số 50/KH-UBND ngày 10/3/2022 của UBND tỉnh", "Báo cáo"],
    _B15_span("II", "CẢI CÁCH THỂ CHẾ", _B15_W5),
    ["1", "Xây dựng, ban hành văn bản quy phạm pháp luật của UBND huyện theo Chương trình năm 2022", "Phòng Tư pháp",
     _B15_CM, "Năm 2022", "Quyết định"],
    ["2", "Rà soát, kiểm tra, xử lý văn bản quy phạm pháp luật do HĐND, UBND huyện và cấp xã ban hành",
     "Phòng Tư pháp", _B15_XA, "Quý IV/2022", "Báo cáo"],
    ["3", "Theo dõi tình hình thi hành pháp luật trên địa bàn huyện năm 2022", "Phòng Tư pháp",
     "Phòng Nội vụ, Phòng Tài chính - Kế hoạch", "Tháng 11/2022", "Báo cáo"],
    ["4", "Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ và nhân dân", "Phòng Tư pháp",
     "Trung tâm Văn hóa - Thông tin và Thể thao huyện và UBND các xã, thị trấn", "Thường xuyên", ""],
    _B15_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B15_W5),
    ["1", "Niêm yết, công khai thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả huyện, xã",
     "Văn phòng HĐND và UBND huyện", _B15_XA, "Sau khi có Quyết định công bố của Chủ tịch UBND tỉnh", ""],
    _B15_heading("2", "Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông", _B15_W5),
    ["-", "Tiếp nhận, giải quyết hồ sơ đất đai đúng hạn", "Phòng Tài nguyên và Môi trường",
     "Chi nhánh Văn phòng đăng ký đất đai huyện; " + _B15_XA, "Thường xuyên", ""],
    ["-", "Giải quyết hồ sơ cấp giấy phép xây dựng", "Phòng Kinh tế và Hạ tầng", "Văn phòng HĐND và UBND huyện",
     "Thường xuyên", ""],
    ["-", "Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
     "Phòng Tư pháp", "Công an huyện và UBND các xã, thị trấn", "Quý II/2022", ""],
    ["3", "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện",
     "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp, Phòng Tài nguyên và Môi trường", "Tháng 9/2022", "Báo cáo"],
    ["4", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
     "Phòng Nội vụ và Văn phòng HĐND và UBND huyện", _B15_XA, "Quý IV/2022", "Báo cáo"],
    _B15_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B15_W5),
    ["1", "Rà soát, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND huyện theo Nghị định số "
     "108/2020/NĐ-CP", "Phòng Nội vụ", _B15_CM, "Quý II/2022", "Quyết định"],
    ["2", "Sắp xếp các trường mầm non, tiểu học, trung học cơ sở công lập", "Phòng Giáo dục và Đào tạo",
     "Phòng Nội vụ; Phòng Tài chính - kế hoạch", "Khi có văn bản hướng dẫn của UBND tỉnh", "Đề án"],
    ["3", "Sáp nhập thôn, khu phố chưa đủ tiêu chuẩn theo quy định", "Phòng Nội vụ", _B15_XA, "Năm 2022",
     "Nghị quyết"],
    _B15_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B15_W5),
    ["1", "Rà soát, hoàn thiện vị trí việc làm, cơ cấu ngạch công chức", "Phòng Nội vụ", _B15_CM, "Tháng 6/2022",
     "Đề án"],
    ["2", "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính", "Phòng Nội vụ",
     "Thanh tra huyện; Văn phòng HĐND và UBND huyện", "Định kỳ quý hoặc đột xuất", "Thông báo"],
    ["3", "Đánh giá, xếp loại cán bộ, công chức, viên chức năm 2022", "Phòng Nội vụ", _B15_CQ + "; " + _B15_XA,
     "Trước ngày 15/12/2022", "Báo cáo"],
    ["4", "Đào tạo, bồi dưỡng cán bộ, công chức cấp xã", "Phòng Nội vụ", _B15_XA, "Quý III/2022", "Kế hoạch"],
    _B15_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", _B15_W5),
    ["1", "Giao dự toán ngân sách năm 2022 cho các cơ quan, đơn vị", "Phòng Tài chính - Kế hoạch", _B15_CQ,
     "Tháng 01/2022", "Quyết định"],
    ["2", "Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập", "Phòng Tài chính - Kế hoạch",
     "Phòng Giáo dục và Đào tạo, Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Năm 2022", ""],
    ["3", "Công khai dự toán, quyết toán ngân sách", "Phòng Tài chính - Kế hoạch", _B15_XA, "Định kỳ 6 tháng",
     "Báo cáo"],
    ["4", "Quản lý, sử dụng tài sản công đúng quy định", "Phòng Tài chính - Kế hoạch", _B15_CQ, "Thường xuyên", ""],
    _B15_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B15_W5),
    ["1", "Sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc",
     "Văn phòng HĐND và UBND huyện", _B15_CQ + "; " + _B15_XA, "Thường xuyên", ""],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
     "Phòng Văn hóa và Thông tin", "Hằng tháng", "Báo cáo"],
    ["3", "Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử", "Công an huyện",
     "Phòng Tư pháp; Phòng Văn hóa và Thông tin; " + _B15_XA, "Năm 2022", "Kế hoạch"],
    ["4", "Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
     "Văn phòng HĐND và UBND huyện, Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Kinh tế và Hạ tầng",
     "Hằng năm", "Quyết định công bố"],
    ["5", "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến", _B15_XA,
     "Phòng Văn hóa và Thông tin; Phòng Lao động - Thương binh và Xã hội", "Thường xuyên", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2022 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn | Tháng 01/2022 | 2022-01-31 | product=Kế hoạch
T I.2 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2022 | Phòng Nội vụ | Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Thông tin và Thể thao huyện | Tháng 02/2022 | 2022-02-28 | product=Kế hoạch
T I.3 | Kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, thị trấn | Phòng Nội vụ | Văn phòng HĐND và UBND huyện; Phòng Tư pháp | Quý III/2022 | 2022-09-30 | product=Thông báo
T I.4 | Báo cáo kết quả thực hiện cải cách hành chính | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn | Định kỳ quý, năm | periodic | product=Báo cáo
T I.5 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2022 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Theo Kế hoạch số 50/KH-UBND ngày 10/3/2022 của UBND tỉnh | external | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Xây dựng, ban hành văn bản quy phạm pháp luật của UBND huyện theo Chương trình năm 2022 | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND huyện | Năm 2022 | 2022-12-31 | product=Quyết định
T II.2 | Rà soát, kiểm tra, xử lý văn bản quy phạm pháp luật do HĐND, UBND huyện và cấp xã ban hành | Phòng Tư pháp | UBND các xã, thị trấn | Quý IV/2022 | 2022-12-31 | product=Báo cáo
T II.3 | Theo dõi tình hình thi hành pháp luật trên địa bàn huyện năm 2022 | Phòng Tư pháp | Phòng Nội vụ; Phòng Tài chính - Kế hoạch | Tháng 11/2022 | 2022-11-30 | product=Báo cáo
T II.4 | Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ và nhân dân | Phòng Tư pháp | Trung tâm Văn hóa - Thông tin và Thể thao huyện; UBND các xã, thị trấn | Thường xuyên | continuous |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Niêm yết, công khai thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả huyện, xã | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Sau khi có Quyết định công bố của Chủ tịch UBND tỉnh | event |
H III.2 | Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông
T III.2.a | Tiếp nhận, giải quyết hồ sơ đất đai đúng hạn | Phòng Tài nguyên và Môi trường | Chi nhánh Văn phòng đăng ký đất đai huyện; UBND các xã, thị trấn | Thường xuyên | continuous |
T III.2.b | Giải quyết hồ sơ cấp giấy phép xây dựng | Phòng Kinh tế và Hạ tầng | Văn phòng HĐND và UBND huyện | Thường xuyên | continuous |
T III.2.c | Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | Phòng Tư pháp | Công an huyện; UBND các xã, thị trấn | Quý II/2022 | 2022-06-30 |
T III.3 | Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện | Văn phòng HĐND và UBND huyện | Phòng Tư pháp; Phòng Tài nguyên và Môi trường | Tháng 9/2022 | 2022-09-30 | product=Báo cáo
T III.4 | Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính | Phòng Nội vụ; Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Quý IV/2022 | 2022-12-31 | product=Báo cáo
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Rà soát, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND huyện theo Nghị định số 108/2020/NĐ-CP | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Quý II/2022 | 2022-06-30 | product=Quyết định
T IV.2 | Sắp xếp các trường mầm non, tiểu học, trung học cơ sở công lập | Phòng Giáo dục và Đào tạo | Phòng Nội vụ; Phòng Tài chính - Kế hoạch | Khi có văn bản hướng dẫn của UBND tỉnh | event | product=Đề án
T IV.3 | Sáp nhập thôn, khu phố chưa đủ tiêu chuẩn theo quy định | Phòng Nội vụ | UBND các xã, thị trấn | Năm 2022 | 2022-12-31 | product=Nghị quyết
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Rà soát, hoàn thiện vị trí việc làm, cơ cấu ngạch công chức | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Tháng 6/2022 | 2022-06-30 | product=Đề án
T V.2 | Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính | Phòng Nội vụ | Thanh tra huyện; Văn phòng HĐND và UBND huyện | Định kỳ quý hoặc đột xuất | periodic | product=Thông báo
T V.3 | Đánh giá, xếp loại cán bộ, công chức, viên chức năm 2022 | Phòng Nội vụ | Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn | Trước ngày 15/12/2022 | 2022-12-15 | product=Báo cáo
T V.4 | Đào tạo, bồi dưỡng cán bộ, công chức cấp xã | Phòng Nội vụ | UBND các xã, thị trấn | Quý III/2022 | 2022-09-30 | product=Kế hoạch
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao dự toán ngân sách năm 2022 cho các cơ quan, đơn vị | Phòng Tài chính - Kế hoạch | Các cơ quan, đơn vị thuộc UBND huyện | Tháng 01/2022 | 2022-01-31 | product=Quyết định
T VI.2 | Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập | Phòng Tài chính - Kế hoạch | Phòng Giáo dục và Đào tạo; Trung tâm Văn hóa - Thông tin và Thể thao huyện | Năm 2022 | 2022-12-31 |
T VI.3 | Công khai dự toán, quyết toán ngân sách | Phòng Tài chính - Kế hoạch | UBND các xã, thị trấn | Định kỳ 6 tháng | periodic | product=Báo cáo
T VI.4 | Quản lý, sử dụng tài sản công đúng quy định | Phòng Tài chính - Kế hoạch | Các cơ quan, đơn vị thuộc UBND huyện | Thường xuyên | continuous |
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc | Văn phòng HĐND và UBND huyện | Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn | Thường xuyên | continuous |
T VII.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | Phòng Văn hóa và Thông tin | Hằng tháng | periodic | product=Báo cáo
T VII.3 | Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử | Công an huyện | Phòng Tư pháp; Phòng Văn hóa và Thông tin; UBND các xã, thị trấn | Năm 2022 | 2022-12-31 | product=Kế hoạch
T VII.4 | Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 | Văn phòng HĐND và UBND huyện; Phòng Nông nghiệp và Phát triển nông thôn | Phòng Kinh tế và Hạ tầng | Hằng năm | periodic | product=Quyết định công bố
T VII.5 | Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến | UBND các xã, thị trấn | Phòng Văn hóa và Thông tin; Phòng Lao động - Thương binh và Xã hội | Thường xuyên | continuous |
""", year=2022)


# B15-6. The annex of a "Kế hoạch kiểm tra công tác cải cách hành chính năm 2023" (UBND tỉnh Bình
# Phước), in Word and as an OpenDocument sheet. The habits:
#  - TWO TABLES. The FIRST is the inspection schedule, "Phụ lục I: LỊCH KIỂM TRA": one row per
#    inspection team, "Đoàn kiểm tra số 1" … "số 4", the bodies it inspects ("Sở Kế hoạch và Đầu tư;
#    Sở Lao động - Thương binh và Xã hội"), the month ("Tháng 5/2023") and the body that leads the
#    team, under the header "TT | Đoàn kiểm tra | Cơ quan, đơn vị được kiểm tra | Thời gian kiểm tra
#    | Cơ quan chủ trì". That header names a LEAD column ("Cơ quan chủ trì") but NO TASK COLUMN
#    (neither "Đoàn kiểm tra" nor "Cơ quan, đơn vị được kiểm tra" is a title word of import.md;
#    "Thời gian kiểm tra" is no deadline word either). The contract says the default table is the
#    first whose header names a task column AND a lead column: the schedule is not it, and its rows
#    are no tasks, no units, no sections. The SECOND table, "Phụ lục II: PHÂN CÔNG THỰC HIỆN", is
#    the task list: the work of preparing, carrying out and reporting the inspections, in Roman
#    sections. (A reader might make each team a task; by the contract the schedule is not a task
#    list, and the plan's tasks that carry the inspections out name the schedule instead.)
#    In the sheet both tables stand on one sheet, the schedule above the task table's header.
#  - Units of 2023: "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Văn
#    phòng UBND tỉnh", "Thanh tra tỉnh"; the collective "Các cơ quan, đơn vị được kiểm tra" as a
#    lead (twice). Three tasks with no support.
#  - Deadlines "Tháng 4/2023", "Trước ngày 20/4/2023", "Tháng 8/2023", "Quý III/2023", "Trước ngày
#    30/11/2023", "Tháng 12/2023", "Từ tháng 5 đến tháng 9/2023" (the end of September, as the
#    corpus reads "Từ tháng 01 đến tháng 5/2026"), "Khi có văn bản chỉ đạo của Chủ tịch UBND tỉnh"
#    and "Sau khi có kết luận của Trưởng Đoàn kiểm tra" (event: "Khi có văn bản …", "Sau khi có …"
#    as in plan-format.md), "Theo Lịch kiểm tra tại Phụ lục I" (external: the date lives in another
#    schedule, as "Theo Kế hoạch số …" in plan-format.md).
_B15_W6 = 5
layout("b15-2023-inspection-schedule-then-tasks", ["docx", "ods"], [
    "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
    "KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023",
    "(Kèm theo Kế hoạch số 96/KH-UBND ngày 06/4/2023 của UBND tỉnh Bình Phước)",
], [
    "Phụ lục I",
    "LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023",
    [
        _B15_bold("TT", "Đoàn kiểm tra", "Cơ quan, đơn vị được kiểm tra", "Thời gian kiểm tra", "Cơ quan chủ trì"),
        ["1", "Đoàn kiểm tra số 1", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội", "Tháng 5/2023",
         "Sở Nội vụ"],
        ["2", "Đoàn kiểm tra số 2", "Sở Thông tin và Truyền thông; Sở Giao thông vận tải", "Tháng 6/2023", "Sở Nội vụ"],
        ["3", "Đoàn kiểm tra số 3", "UBND huyện Bù Đăng; UBND xã Đak Nhau, UBND xã Thống Nhất", "Tháng 8/2023",
         "Văn phòng UBND tỉnh"],
        ["4", "Đoàn kiểm tra số 4", "UBND thị xã Chơn Thành; UBND phường Hưng Long", "Tháng 9/2023", "Sở Nội vụ"],
    ],
    "Phụ lục II",
    "PHÂN CÔNG THỰC HIỆN",
    [
        _B15_bold("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
        _B15_span("I", "CÔNG TÁC CHUẨN BỊ", _B15_W6, bold=True),
        ["1", "Ban hành Quyết định thành lập các Đoàn kiểm tra công tác cải cách hành chính năm 2023", "Sở Nội vụ",
         "Văn phòng UBND tỉnh", "Tháng 4/2023"],
        ["2", "Thông báo lịch kiểm tra đến các cơ quan, đơn vị được kiểm tra", "Sở Nội vụ", "", "Trước ngày 20/4/2023"],
        ["3", "Xây dựng báo cáo tự kiểm tra công tác cải cách hành chính, gửi Đoàn kiểm tra",
         "Các cơ quan, đơn vị được kiểm tra", "", "Theo Lịch kiểm tra tại Phụ lục I"],
        _B15_span("II", "TỔ CHỨC KIỂM TRA", _B15_W6, bold=True),
        ["1", "Kiểm tra theo Lịch kiểm tra tại Phụ lục I (Đoàn kiểm tra số 1, số 2 và số 4)", "Sở Nội vụ",
         "Sở Tư pháp; Sở Thông tin và Truyền thông", "Từ tháng 5 đến tháng 9/2023"],
        ["2", "Kiểm tra theo Lịch kiểm tra tại Phụ lục I (Đoàn kiểm tra số 3)", "Văn phòng UBND tỉnh",
         "Sở Nội vụ; Sở Tư pháp", "Tháng 8/2023"],
        ["3", "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại Trung tâm Phục vụ hành chính công "
         "tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh; Thanh tra tỉnh", "Khi có văn bản chỉ đạo của Chủ tịch UBND tỉnh"],
        ["4", "Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại các cơ quan được kiểm tra",
         "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Quý III/2023"],
        _B15_span("III", "TỔNG HỢP, BÁO CÁO", _B15_W6, bold=True),
        ["1", "Thông báo kết quả kiểm tra đến từng cơ quan, đơn vị được kiểm tra", "Sở Nội vụ", "",
         "Sau khi có kết luận của Trưởng Đoàn kiểm tra"],
        ["2", "Báo cáo kết quả khắc phục tồn tại, hạn chế sau kiểm tra", "Các cơ quan, đơn vị được kiểm tra",
         "Sở Nội vụ", "Trước ngày 30/11/2023"],
        ["3", "Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch UBND tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh",
         "Tháng 12/2023"],
    ],
], """
S I | CÔNG TÁC CHUẨN BỊ
T I.1 | Ban hành Quyết định thành lập các Đoàn kiểm tra công tác cải cách hành chính năm 2023 | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 4/2023 | 2023-04-30 |
T I.2 | Thông báo lịch kiểm tra đến các cơ quan, đơn vị được kiểm tra | Sở Nội vụ | | Trước ngày 20/4/2023 | 2023-04-20 |
T I.3 | Xây dựng báo cáo tự kiểm tra công tác cải cách hành chính, gửi Đoàn kiểm tra | Các cơ quan, đơn vị được kiểm tra | | Theo Lịch kiểm tra tại Phụ lục I | external |
S II | TỔ CHỨC KIỂM TRA
T II.1 | Kiểm tra theo Lịch kiểm tra tại Phụ lục I (Đoàn kiểm tra số 1, số 2 và số 4) | Sở Nội vụ | Sở Tư pháp; Sở Thông tin và Truyền thông | Từ tháng 5 đến tháng 9/2023 | 2023-09-30 |
T II.2 | Kiểm tra theo Lịch kiểm tra tại Phụ lục I (Đoàn kiểm tra số 3) | Văn phòng UBND tỉnh | Sở Nội vụ; Sở Tư pháp | Tháng 8/2023 | 2023-08-31 |
T II.3 | Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại Trung tâm Phục vụ hành chính công tỉnh | Sở Nội vụ | Văn phòng UBND tỉnh; Thanh tra tỉnh | Khi có văn bản chỉ đạo của Chủ tịch UBND tỉnh | event |
T II.4 | Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại các cơ quan được kiểm tra | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh | Quý III/2023 | 2023-09-30 |
S III | TỔNG HỢP, BÁO CÁO
T III.1 | Thông báo kết quả kiểm tra đến từng cơ quan, đơn vị được kiểm tra | Sở Nội vụ | | Sau khi có kết luận của Trưởng Đoàn kiểm tra | event |
T III.2 | Báo cáo kết quả khắc phục tồn tại, hạn chế sau kiểm tra | Các cơ quan, đơn vị được kiểm tra | Sở Nội vụ | Trước ngày 30/11/2023 | 2023-11-30 |
T III.3 | Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch UBND tỉnh | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 12/2023 | 2023-12-31 |
""", year=2023)


# B15-7. A small unit's one-page list (Trung tâm Lưu trữ lịch sử tỉnh Nghệ An, 2022), in Word and as
# a CSV: eight tasks, NO SECTIONS, and a header in words of the unit's own: "TT | Việc cần làm |
# Người/bộ phận thực hiện | Hạn". The Word file holds the table alone (the plan's text was sent as
# another file), so neither format has a title above the table.
#  - REFUSED: none of "Việc cần làm", "Người/bộ phận thực hiện", "Hạn" is a header word of
#    import.md. "Việc cần làm" holds no title word ("Nội dung", "Nhiệm vụ" …); "Người/bộ phận thực
#    hiện" holds "thực hiện", which alone names no lead (the contract's lead words are "Đơn vị thực
#    hiện", "Cơ quan thực hiện", "Chủ trì" …, and "thực hiện" is also in the deadline word "Thời gian
#    thực hiện"); "Hạn" is not "Thời hạn". The contract says a file with no table whose header names
#    a task and a lead column is refused, listing the headers seen. With the columns named (as the
#    corpus does for its own unknown headers, layout 14: `--columns title=B,lead=C,deadline=D`) the
#    table reads.
#  - NO SECTION: as the corpus adjudicated (B11-5), the tasks go into one section "I" made for
#    them, titled "Nhiệm vụ" where the file gives no title (neither the bare Word table nor the CSV
#    does). Tasks keep their printed numbers, I.1 … I.8; no support column, so no support.
#  - Units of a small unit: "Phòng Hành chính - Tổng hợp", "Phòng Khai thác và Phát huy giá trị tài
#    liệu" (one unit: " và Phát huy" begins none), "Tổ Công nghệ thông tin", "Kế toán", "Giám đốc
#    Trung tâm"; two joined by ";" once; the collective "Các phòng, tổ thuộc Trung tâm".
#  - Deadlines "Tháng 01/2022", "Tháng 3/2022", "Quý I/2022", "30/6/2022" (a bare date, as in
#    plan-format.md), "Năm 2022", "Trước ngày 15/12/2022", "Hằng quý", "Thường xuyên".
_B15_W7 = 4
layout("b15-2022-small-unit-own-header-words", ["docx", "csv"], [], [[
    _B15_bold("TT", "Việc cần làm", "Người/bộ phận thực hiện", "Hạn"),
    ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2022 của Trung tâm", "Phòng Hành chính - Tổng hợp",
     "Tháng 01/2022"],
    ["2", "Niêm yết công khai thủ tục phục vụ độc giả khai thác tài liệu lưu trữ tại phòng đọc",
     "Phòng Khai thác và Phát huy giá trị tài liệu", "Quý I/2022"],
    ["3", "Cấp bản sao, chứng thực lưu trữ qua dịch vụ công trực tuyến",
     "Phòng Khai thác và Phát huy giá trị tài liệu; Tổ Công nghệ thông tin", "30/6/2022"],
    ["4", "Số hóa tài liệu lưu trữ của các phông đã đóng", "Tổ Công nghệ thông tin", "Năm 2022"],
    ["5", "Rà soát, sửa đổi Quy chế chi tiêu nội bộ", "Kế toán", "Tháng 3/2022"],
    ["6", "Báo cáo kết quả cải cách hành chính gửi Sở Nội vụ", "Phòng Hành chính - Tổng hợp", "Hằng quý"],
    ["7", "Thực hiện văn hóa công sở, quy tắc ứng xử của viên chức", "Các phòng, tổ thuộc Trung tâm", "Thường xuyên"],
    ["8", "Đánh giá, xếp loại viên chức năm 2022", "Giám đốc Trung tâm", "Trước ngày 15/12/2022"],
]], """
R has no table whose header names a task column and a lead column
A --columns title=B,lead=C,deadline=D
S I | Nhiệm vụ
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2022 của Trung tâm | Phòng Hành chính - Tổng hợp | | Tháng 01/2022 | 2022-01-31 |
T I.2 | Niêm yết công khai thủ tục phục vụ độc giả khai thác tài liệu lưu trữ tại phòng đọc | Phòng Khai thác và Phát huy giá trị tài liệu | | Quý I/2022 | 2022-03-31 |
T I.3 | Cấp bản sao, chứng thực lưu trữ qua dịch vụ công trực tuyến | Phòng Khai thác và Phát huy giá trị tài liệu; Tổ Công nghệ thông tin | | 30/6/2022 | 2022-06-30 |
T I.4 | Số hóa tài liệu lưu trữ của các phông đã đóng | Tổ Công nghệ thông tin | | Năm 2022 | 2022-12-31 |
T I.5 | Rà soát, sửa đổi Quy chế chi tiêu nội bộ | Kế toán | | Tháng 3/2022 | 2022-03-31 |
T I.6 | Báo cáo kết quả cải cách hành chính gửi Sở Nội vụ | Phòng Hành chính - Tổng hợp | | Hằng quý | periodic |
T I.7 | Thực hiện văn hóa công sở, quy tắc ứng xử của viên chức | Các phòng, tổ thuộc Trung tâm | | Thường xuyên | continuous |
T I.8 | Đánh giá, xếp loại viên chức năm 2022 | Giám đốc Trung tâm | | Trước ngày 15/12/2022 | 2022-12-15 |
""", year=2022)


# B15-8. A department's annex of 2021 (Sở Thông tin và Truyền thông tỉnh Bình Định), as an
# OpenDocument sheet and a TAB-separated CSV. The habits:
#  - ONE BUDGET COLUMN, "Kinh phí dự kiến", HOLDING AMOUNTS AND SOURCES OF FUNDS ALIKE. The amounts
#    are written in every way import.md names: "50.000.000 đồng", "2.350.000.000 đồng" (dots),
#    "12,000,000" (commas, no unit), "20 triệu đồng", "35 triệu đồng", "1,5 tỷ đồng" (decimal
#    comma), "150 tr.đ"; the contract says an amount becomes `budget` in VND (50000000,
#    2350000000, 12000000, 20000000, 35000000, 1500000000, 150000000). Three cells name a source
#    instead, "Chi thường xuyên của Sở", "Ngân sách tỉnh", "Nguồn vốn hợp pháp khác": the contract
#    says text that is a source of funds becomes `funding`, verbatim, and no budget. Empty cells
#    give neither.
#  - The six areas of 2021 as Roman rows written with a full stop in the number cell ("I.", "IV.":
#    the contract's "II." form), the sixth "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN
#    SỐ". Title rows merged above the header.
#  - Headers "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian dự kiến hoàn
#    thành" (all words of import.md).
#  - Units of 2021: "Phòng Bưu chính - Viễn thông", "Phòng Thông tin - Báo chí - Xuất bản", "Phòng
#    Công nghệ thông tin", "Trung tâm Công nghệ thông tin và Truyền thông" (one unit), "Sở Kế hoạch
#    và Đầu tư" (one unit), "Bưu điện tỉnh", "VNPT Bình Định", "Viettel Bình Định" (after ";").
#    Splits at ", Sở", ", Phòng" where a new unit's name begins: "Văn phòng UBND tỉnh, Sở Nội vụ",
#    "Trung tâm Công nghệ thông tin và Truyền thông, Phòng Công nghệ thông tin" (two leads), "Sở Kế
#    hoạch và Đầu tư, Sở Tài chính". Collectives "Các phòng, đơn vị thuộc Sở", "Các sở, ban, ngành",
#    "UBND các huyện, thị xã, thành phố".
#  - Deadlines "Quý I/2021", "Quý 2/2021" (a quarter in figures), "Quý 3/ 2021" (a space after the
#    slash, as the seed writes "Quý 2/ 2023"), "Tháng 02/2021", "Tháng 3/2021", "Tháng 8/2021",
#    "Tháng 10/2021", "Năm 2021", "Trước ngày 30/11/2021", "Thường xuyên", "Định kỳ 6 tháng", "Hằng
#    năm", "Khi có văn bản hướng dẫn của Sở Tài chính" (event).
CSV_OPTIONS["b15-2021-budget-amounts-and-sources"] = {"delimiter": "\t"}
_B15_W8 = 6
_B15_PDV = "Các phòng, đơn vị thuộc Sở"
_B15_SBN = "Các sở, ban, ngành"
_B15_HUYEN = "UBND các huyện, thị xã, thành phố"
_B15_TT = "Trung tâm Công nghệ thông tin và Truyền thông"
layout("b15-2021-budget-amounts-and-sources", ["ods", "csv"], [], [[
    _B15_whole("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH ĐỊNH", _B15_W8),
    _B15_whole("PHỤ LỤC: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021", _B15_W8),
    _B15_whole("(Kèm theo Kế hoạch số 12/KH-STTTT ngày 22/01/2021 của Sở Thông tin và Truyền thông)", _B15_W8),
    ["STT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian dự kiến hoàn thành",
     "Kinh phí dự kiến"],
    _B15_span("I.", "CẢI CÁCH THỂ CHẾ", _B15_W8),
    ["1", "Rà soát văn bản quy phạm pháp luật lĩnh vực thông tin và truyền thông", "Thanh tra Sở", _B15_PDV,
     "Quý 2/2021", ""],
    ["2", "Tham mưu UBND tỉnh ban hành Quy chế quản lý, vận hành Trung tâm Giám sát, điều hành thông minh của tỉnh",
     "Phòng Công nghệ thông tin", "Văn phòng UBND tỉnh, Sở Nội vụ", "Quý 3/ 2021", "Chi thường xuyên của Sở"],
    _B15_span("II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B15_W8),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực bưu chính, viễn thông, báo chí, xuất bản",
     "Văn phòng Sở", "Phòng Bưu chính - Viễn thông; Phòng Thông tin - Báo chí - Xuất bản", "Tháng 3/2021", ""],
    ["2", "Nâng cấp Hệ thống thông tin một cửa điện tử của tỉnh", _B15_TT, "Văn phòng UBND tỉnh", "Quý I/2021",
     "1,5 tỷ đồng"],
    ["3", "Tích hợp dịch vụ công trực tuyến mức độ 3, 4 lên Cổng Dịch vụ công quốc gia",
     _B15_TT + ", Phòng Công nghệ thông tin", _B15_SBN, "Tháng 10/2021", "150 tr.đ"],
    ["4", "Tuyên truyền về dịch vụ công trực tuyến và dịch vụ bưu chính công ích", "Phòng Thông tin - Báo chí - Xuất bản",
     "Bưu điện tỉnh", "Thường xuyên", "20 triệu đồng"],
    _B15_span("III.", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B15_W8),
    ["1", "Kiện toàn tổ chức bộ máy của Sở theo hướng dẫn của Bộ Thông tin và Truyền thông", "Văn phòng Sở",
     "Sở Nội vụ", "Quý I/2021", ""],
    _B15_span("IV.", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B15_W8),
    ["1", "Bồi dưỡng kỹ năng bảo đảm an toàn thông tin cho công chức phụ trách công nghệ thông tin của các sở, ngành, "
     "địa phương", "Phòng Công nghệ thông tin", _B15_SBN + "; " + _B15_HUYEN, "Tháng 8/2021", "50.000.000 đồng"],
    ["2", "Đánh giá, xếp loại công chức, viên chức năm 2021", "Văn phòng Sở", _B15_PDV, "Trước ngày 30/11/2021", ""],
    ["3", "Kiểm tra công vụ tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Thanh tra Sở", "Định kỳ 6 tháng", ""],
    _B15_span("V.", "CẢI CÁCH TÀI CHÍNH CÔNG", _B15_W8),
    ["1", "Xây dựng Quy chế chi tiêu nội bộ năm 2021", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "Tháng 02/2021",
     ""],
    ["2", "Giao quyền tự chủ tài chính cho Trung tâm Công nghệ thông tin và Truyền thông", "Phòng Kế hoạch - Tài chính",
     _B15_TT + "; Sở Tài chính", "Khi có văn bản hướng dẫn của Sở Tài chính", ""],
    _B15_span("VI.", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B15_W8),
    ["1", "Xây dựng Kiến trúc Chính quyền điện tử tỉnh Bình Định phiên bản 2.0", "Phòng Công nghệ thông tin", _B15_SBN,
     "Quý 2/2021", "12,000,000"],
    ["2", "Đầu tư Trung tâm Giám sát, điều hành thông minh của tỉnh (giai đoạn 1)", _B15_TT,
     "Sở Kế hoạch và Đầu tư, Sở Tài chính", "Năm 2021", "2.350.000.000 đồng"],
    ["3", "Triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", _B15_TT, _B15_SBN + "; " + _B15_HUYEN,
     "Tháng 10/2021", "Ngân sách tỉnh"],
    ["4", "Bảo đảm an toàn thông tin cho các hệ thống thông tin dùng chung của tỉnh", "Phòng Công nghệ thông tin",
     _B15_TT + "; Công an tỉnh", "Thường xuyên", "35 triệu đồng"],
    ["5", "Phát triển hạ tầng viễn thông băng rộng đến các thôn, làng vùng sâu, vùng xa", "Phòng Bưu chính - Viễn thông",
     "VNPT Bình Định; Viettel Bình Định", "Hằng năm", "Nguồn vốn hợp pháp khác"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát văn bản quy phạm pháp luật lĩnh vực thông tin và truyền thông | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý 2/2021 | 2021-06-30 |
T I.2 | Tham mưu UBND tỉnh ban hành Quy chế quản lý, vận hành Trung tâm Giám sát, điều hành thông minh của tỉnh | Phòng Công nghệ thông tin | Văn phòng UBND tỉnh; Sở Nội vụ | Quý 3/ 2021 | 2021-09-30 | funding=Chi thường xuyên của Sở
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T II.1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực bưu chính, viễn thông, báo chí, xuất bản | Văn phòng Sở | Phòng Bưu chính - Viễn thông; Phòng Thông tin - Báo chí - Xuất bản | Tháng 3/2021 | 2021-03-31 |
T II.2 | Nâng cấp Hệ thống thông tin một cửa điện tử của tỉnh | Trung tâm Công nghệ thông tin và Truyền thông | Văn phòng UBND tỉnh | Quý I/2021 | 2021-03-31 | budget=1500000000
T II.3 | Tích hợp dịch vụ công trực tuyến mức độ 3, 4 lên Cổng Dịch vụ công quốc gia | Trung tâm Công nghệ thông tin và Truyền thông; Phòng Công nghệ thông tin | Các sở, ban, ngành | Tháng 10/2021 | 2021-10-31 | budget=150000000
T II.4 | Tuyên truyền về dịch vụ công trực tuyến và dịch vụ bưu chính công ích | Phòng Thông tin - Báo chí - Xuất bản | Bưu điện tỉnh | Thường xuyên | continuous | budget=20000000
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T III.1 | Kiện toàn tổ chức bộ máy của Sở theo hướng dẫn của Bộ Thông tin và Truyền thông | Văn phòng Sở | Sở Nội vụ | Quý I/2021 | 2021-03-31 |
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Bồi dưỡng kỹ năng bảo đảm an toàn thông tin cho công chức phụ trách công nghệ thông tin của các sở, ngành, địa phương | Phòng Công nghệ thông tin | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Tháng 8/2021 | 2021-08-31 | budget=50000000
T IV.2 | Đánh giá, xếp loại công chức, viên chức năm 2021 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Trước ngày 30/11/2021 | 2021-11-30 |
T IV.3 | Kiểm tra công vụ tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Định kỳ 6 tháng | periodic |
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Xây dựng Quy chế chi tiêu nội bộ năm 2021 | Phòng Kế hoạch - Tài chính | Văn phòng Sở | Tháng 02/2021 | 2021-02-28 |
T V.2 | Giao quyền tự chủ tài chính cho Trung tâm Công nghệ thông tin và Truyền thông | Phòng Kế hoạch - Tài chính | Trung tâm Công nghệ thông tin và Truyền thông; Sở Tài chính | Khi có văn bản hướng dẫn của Sở Tài chính | event |
S VI | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VI.1 | Xây dựng Kiến trúc Chính quyền điện tử tỉnh Bình Định phiên bản 2.0 | Phòng Công nghệ thông tin | Các sở, ban, ngành | Quý 2/2021 | 2021-06-30 | budget=12000000
T VI.2 | Đầu tư Trung tâm Giám sát, điều hành thông minh của tỉnh (giai đoạn 1) | Trung tâm Công nghệ thông tin và Truyền thông | Sở Kế hoạch và Đầu tư; Sở Tài chính | Năm 2021 | 2021-12-31 | budget=2350000000
T VI.3 | Triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) | Trung tâm Công nghệ thông tin và Truyền thông | Các sở, ban, ngành; UBND các huyện, thị xã, thành phố | Tháng 10/2021 | 2021-10-31 | funding=Ngân sách tỉnh
T VI.4 | Bảo đảm an toàn thông tin cho các hệ thống thông tin dùng chung của tỉnh | Phòng Công nghệ thông tin | Trung tâm Công nghệ thông tin và Truyền thông; Công an tỉnh | Thường xuyên | continuous | budget=35000000
T VI.5 | Phát triển hạ tầng viễn thông băng rộng đến các thôn, làng vùng sâu, vùng xa | Phòng Bưu chính - Viễn thông | VNPT Bình Định; Viettel Bình Định | Hằng năm | periodic | funding=Nguồn vốn hợp pháp khác
""", year=2021)


# Word's automatic numbering: the STT column's "I.", "1.", "a)" are labels of Word's lists
# (`word/numbering.xml`), not text; a cell marked "#R", "#1" or "#a" is a paragraph of such a
# list (see make_import_fixtures.py). The figures start again in each section, the letters
# under a heading whose items they are. A Word file only: a sheet has no such lists.
layout("word-auto-numbering", ["docx"], ["PHỤ LỤC", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], [[
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["#R", "CẢI CÁCH THỂ CHẾ", "<", "<", "<"],
    ["#1", "Rà soát văn bản quy phạm pháp luật", "Văn phòng", "Thanh tra", "Quý I/2025"],
    ["#1", "Theo dõi thi hành pháp luật", "Thanh tra", "", "Tháng 10/2025"],
    ["#R", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<"],
    ["#1", "Công khai thủ tục hành chính", "", "", ""],
    ["#a", "Trên Cổng dịch vụ công", "Văn phòng", "", "Thường xuyên"],
    ["#a", "Tại bộ phận một cửa", "Văn phòng", "", "Thường xuyên"],
    ["#1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng", "Trung tâm Phục vụ hành chính công",
     "Năm 2025"],
    ["#R", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<"],
    ["#1", "Rà soát vị trí việc làm", "Văn phòng", "", "Quý II/2025"],
]], """
S I | CẢI CÁCH THỂ CHẾ
T I.1 | Rà soát văn bản quy phạm pháp luật | Văn phòng | Thanh tra | Quý I/2025 | 2025-03-31 |
T I.2 | Theo dõi thi hành pháp luật | Thanh tra | | Tháng 10/2025 | 2025-10-31 |
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Công khai thủ tục hành chính
T II.1.a | Trên Cổng dịch vụ công | Văn phòng | | Thường xuyên | continuous |
T II.1.b | Tại bộ phận một cửa | Văn phòng | | Thường xuyên | continuous |
T II.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng | Trung tâm Phục vụ hành chính công | Năm 2025 | 2025-12-31 |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Rà soát vị trí việc làm | Văn phòng | | Quý II/2025 | 2025-06-30 |
""")


# A sixteenth batch, written blind as the ninth but asked to be a fair sample of ordinary annexes
# (eight issuers of 2023-2026 as portals publish them, with their habits and no exotic ones):
# read wholly right before the reader learnt anything from it (BENCHMARKS.md).
def _B16_span(number, title, width, bold=True):
    """A section row as Word writes it: the numeral, then its title merged across the rest."""
    mark = "**" if bold else ""
    return [mark + number, mark + title] + ["<"] * (width - 2)


def _B16_flat(number, title, width, bold=True):
    """A section row as Excel users type it: the numeral and the title in their own cells, the
    other cells of the row left empty (not merged)."""
    mark = "**" if bold else ""
    return [mark + number, mark + title] + [""] * (width - 2)


def _B16_whole(text, width, bold=False):
    """A row whose one cell is merged across the whole table (title rows of a sheet)."""
    mark = "**" if bold else ""
    return [mark + text] + ["<"] * (width - 1)


def _B16_heading(number, title, width):
    """A numbered row with no unit, no deadline, no product: a group of the tasks under it."""
    return [number, title] + [""] * (width - 2)


def _B16_bold(*texts):
    """A header row typed in bold."""
    return ["**" + t for t in texts]


def _B16_lines(*lines):
    """A cell written as several lines (Enter in Word, Alt+Enter in Excel)."""
    return "\n".join(lines)


def _B16_secol(section, rows):
    """Rows beside a section column: the first column holds the section's name on the first row
    and is merged down (`^`) over the others."""
    return [[section if i == 0 else "^"] + list(row) for i, row in enumerate(rows)]


# B16-1. A provincial department's annex of 2023 (Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi), in
# Word and Excel. The most ordinary shape there is; its habits:
#  - A ROW OF COLUMN NUMBERS "(1)" … "(6)" under the bold header, as provincial annexes print it.
#    CHOSEN: it is no task and no section (its number cell "(1)" is none of the contract's task
#    numbers `1`, `1.`, `a)`, `-` …, and no cell names a unit); it gives nothing.
#  - The 2023 structure: seven Roman sections, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" and the six areas, in
#    capitals, bold, the numeral in its cell and the title merged across the row. Tasks "1", "2" …
#    restart in each section.
#  - One heading: III.2 "Thực hiện cơ chế một cửa, một cửa liên thông" (no unit, no deadline, no
#    product) over two "-" items: the contract says a row with children and no lead is a heading
#    and bullets take letters, III.2.a, III.2.b.
#  - One title typed as two paragraphs of its cell (III.1): the contract says line breaks inside a
#    title become single spaces.
#  - Units of the department: "Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý đất đai", "Phòng Kế
#    hoạch - Tài chính", "Văn phòng Đăng ký đất đai", "Chi cục Bảo vệ môi trường", "Trung tâm Công
#    nghệ thông tin tài nguyên và môi trường" (one unit: " và môi trường" begins no unit). Splits
#    where a new unit's name begins: "Sở Tư pháp, Sở Xây dựng"; "Văn phòng Sở, Văn phòng Đăng ký
#    đất đai" (lead); "Văn phòng Đăng ký đất đai, Trung tâm …"; "Văn phòng Sở, Chi cục Bảo vệ môi
#    trường" (the seed's own cell "Văn phòng, Chi cục TĐC, Trung tâm KH&CN" splits at ", Chi cục").
#    A line break between "Văn phòng Đăng ký đất đai" and "Bưu điện tỉnh Quảng Ngãi". Collectives
#    "Các phòng, đơn vị thuộc Sở" (also as a lead), "UBND các huyện, thị xã, thành phố".
#  - Deadlines "Tháng 01/2023", "Quý I/2023" … "Quý IV/2023", "Tháng 12/2023", "Năm 2023",
#    "30/6/2023", "Thường xuyên", "Định kỳ quý, 6 tháng, năm" and "Định kỳ hằng quý" (periodic:
#    they begin "Định kỳ" as the contract's examples do), "Khi có Quyết định công bố của Chủ tịch
#    UBND tỉnh", "Khi có hướng dẫn của Bộ Tài nguyên và Môi trường", "Sau khi có Quyết định giao dự
#    toán của UBND tỉnh" (event), "Theo Kế hoạch số 160/KH-UBND ngày 05/12/2022 của UBND tỉnh"
#    (external). Two tasks have no product.
_B16_W1 = 6
_B16_PDV1 = "Các phòng, đơn vị thuộc Sở"
_B16_TTCNTT = "Trung tâm Công nghệ thông tin tài nguyên và môi trường"
layout("b16-2023-so-tnmt-column-numbers", ["docx", "xlsx"], [
    "UBND TỈNH QUẢNG NGÃI",
    "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "(Kèm theo Kế hoạch số 18/KH-STNMT ngày 16/01/2023 của Sở Tài nguyên và Môi trường)",
], [[
    _B16_bold("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    _B16_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B16_W1),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2023 của Sở", "Văn phòng Sở", _B16_PDV1,
     "Tháng 01/2023", "Kế hoạch"],
    ["2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023", "Văn phòng Sở", _B16_PDV1, "Quý I/2023",
     "Kế hoạch"],
    ["3", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Thanh tra Sở",
     "Quý III/2023", "Thông báo kết luận kiểm tra"],
    ["4", "Báo cáo định kỳ công tác cải cách hành chính", "Văn phòng Sở", _B16_PDV1, "Định kỳ quý, 6 tháng, năm",
     "Báo cáo"],
    _B16_span("II", "CẢI CÁCH THỂ CHẾ", _B16_W1),
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực tài nguyên và môi trường", "Thanh tra Sở",
     _B16_PDV1, "Quý IV/2023", "Báo cáo kết quả rà soát"],
    ["2", "Tham mưu UBND tỉnh ban hành Quyết định quy định hạn mức giao đất, công nhận quyền sử dụng đất trên địa "
     "bàn tỉnh", "Phòng Quản lý đất đai", "Sở Tư pháp, Sở Xây dựng", "Quý II/2023", "Quyết định của UBND tỉnh"],
    _B16_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B16_W1),
    ["1", _B16_lines("Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở;",
                     "công khai trên Cổng Dịch vụ công của tỉnh"),
     "Văn phòng Sở", _B16_PDV1, "Khi có Quyết định công bố của Chủ tịch UBND tỉnh", "Danh mục thủ tục hành chính"],
    _B16_heading("2", "Thực hiện cơ chế một cửa, một cửa liên thông", _B16_W1),
    ["-", "Giải quyết hồ sơ đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất đúng hạn",
     "Văn phòng Đăng ký đất đai", "Phòng Quản lý đất đai; UBND các huyện, thị xã, thành phố", "Thường xuyên",
     "Hồ sơ giải quyết đúng hạn"],
    ["-", "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
     "Văn phòng Sở", _B16_lines("Văn phòng Đăng ký đất đai", "Bưu điện tỉnh Quảng Ngãi"), "Thường xuyên", ""],
    ["3", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ lĩnh vực tài nguyên và môi trường",
     "Phòng Quản lý đất đai", "Văn phòng Sở, Chi cục Bảo vệ môi trường",
     "Theo Kế hoạch số 160/KH-UBND ngày 05/12/2022 của UBND tỉnh", "Phương án đơn giản hóa"],
    _B16_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B16_W1),
    ["1", "Rà soát, tham mưu kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của Văn phòng Đăng ký đất đai",
     "Văn phòng Sở", "Văn phòng Đăng ký đất đai; Sở Nội vụ", "Khi có hướng dẫn của Bộ Tài nguyên và Môi trường",
     "Quyết định của UBND tỉnh"],
    _B16_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B16_W1),
    ["1", "Rà soát, điều chỉnh Đề án vị trí việc làm của Sở", "Văn phòng Sở", _B16_PDV1, "Quý II/2023",
     "Đề án vị trí việc làm"],
    ["2", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2023", "Văn phòng Sở", _B16_PDV1, "Tháng 12/2023",
     "Quyết định xếp loại"],
    ["3", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị", "Văn phòng Sở", "Thanh tra Sở",
     "Định kỳ hằng quý", "Thông báo kết quả kiểm tra"],
    _B16_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", _B16_W1),
    ["1", "Xây dựng, ban hành Quy chế chi tiêu nội bộ năm 2023", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở",
     "Quý I/2023", "Quy chế chi tiêu nội bộ"],
    ["2", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở", "Phòng Kế hoạch - Tài chính",
     "Văn phòng Đăng ký đất đai, " + _B16_TTCNTT, "Sau khi có Quyết định giao dự toán của UBND tỉnh",
     "Quyết định giao quyền tự chủ"],
    _B16_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B16_W1),
    ["1", "Xây dựng, cập nhật cơ sở dữ liệu đất đai tỉnh Quảng Ngãi", "Văn phòng Đăng ký đất đai",
     _B16_TTCNTT + "; UBND các huyện, thị xã, thành phố", "Năm 2023", "Cơ sở dữ liệu đất đai"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở, Văn phòng Đăng ký đất đai", "",
     "30/6/2023", "Hồ sơ được số hóa"],
    ["3", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Văn phòng Sở", _B16_PDV1,
     "Năm 2023", ""],
    ["4", "Sử dụng chữ ký số, gửi nhận văn bản điện tử trên Hệ thống quản lý văn bản và điều hành", _B16_PDV1,
     "Văn phòng Sở", "Thường xuyên", "Văn bản điện tử"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2023 của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2023 | 2023-01-31 | product=Kế hoạch
T I.2 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý I/2023 | 2023-03-31 | product=Kế hoạch
T I.3 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Quý III/2023 | 2023-09-30 | product=Thông báo kết luận kiểm tra
T I.4 | Báo cáo định kỳ công tác cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực tài nguyên và môi trường | Thanh tra Sở | Các phòng, đơn vị thuộc Sở | Quý IV/2023 | 2023-12-31 | product=Báo cáo kết quả rà soát
T II.2 | Tham mưu UBND tỉnh ban hành Quyết định quy định hạn mức giao đất, công nhận quyền sử dụng đất trên địa bàn tỉnh | Phòng Quản lý đất đai | Sở Tư pháp; Sở Xây dựng | Quý II/2023 | 2023-06-30 | product=Quyết định của UBND tỉnh
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở; công khai trên Cổng Dịch vụ công của tỉnh | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Khi có Quyết định công bố của Chủ tịch UBND tỉnh | event | product=Danh mục thủ tục hành chính
H III.2 | Thực hiện cơ chế một cửa, một cửa liên thông
T III.2.a | Giải quyết hồ sơ đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất đúng hạn | Văn phòng Đăng ký đất đai | Phòng Quản lý đất đai; UBND các huyện, thị xã, thành phố | Thường xuyên | continuous | product=Hồ sơ giải quyết đúng hạn
T III.2.b | Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích | Văn phòng Sở | Văn phòng Đăng ký đất đai; Bưu điện tỉnh Quảng Ngãi | Thường xuyên | continuous |
T III.3 | Rà soát, đơn giản hóa thủ tục hành chính nội bộ lĩnh vực tài nguyên và môi trường | Phòng Quản lý đất đai | Văn phòng Sở; Chi cục Bảo vệ môi trường | Theo Kế hoạch số 160/KH-UBND ngày 05/12/2022 của UBND tỉnh | external | product=Phương án đơn giản hóa
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Rà soát, tham mưu kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của Văn phòng Đăng ký đất đai | Văn phòng Sở | Văn phòng Đăng ký đất đai; Sở Nội vụ | Khi có hướng dẫn của Bộ Tài nguyên và Môi trường | event | product=Quyết định của UBND tỉnh
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Rà soát, điều chỉnh Đề án vị trí việc làm của Sở | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý II/2023 | 2023-06-30 | product=Đề án vị trí việc làm
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2023 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2023 | 2023-12-31 | product=Quyết định xếp loại
T V.3 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị | Văn phòng Sở | Thanh tra Sở | Định kỳ hằng quý | periodic | product=Thông báo kết quả kiểm tra
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng, ban hành Quy chế chi tiêu nội bộ năm 2023 | Phòng Kế hoạch - Tài chính | Văn phòng Sở | Quý I/2023 | 2023-03-31 | product=Quy chế chi tiêu nội bộ
T VI.2 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở | Phòng Kế hoạch - Tài chính | Văn phòng Đăng ký đất đai; Trung tâm Công nghệ thông tin tài nguyên và môi trường | Sau khi có Quyết định giao dự toán của UBND tỉnh | event | product=Quyết định giao quyền tự chủ
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Xây dựng, cập nhật cơ sở dữ liệu đất đai tỉnh Quảng Ngãi | Văn phòng Đăng ký đất đai | Trung tâm Công nghệ thông tin tài nguyên và môi trường; UBND các huyện, thị xã, thành phố | Năm 2023 | 2023-12-31 | product=Cơ sở dữ liệu đất đai
T VII.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng Sở; Văn phòng Đăng ký đất đai | | 30/6/2023 | 2023-06-30 | product=Hồ sơ được số hóa
T VII.3 | Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2023 | 2023-12-31 |
T VII.4 | Sử dụng chữ ký số, gửi nhận văn bản điện tử trên Hệ thống quản lý văn bản và điều hành | Các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thường xuyên | continuous | product=Văn bản điện tử
""", year=2023)


# B16-2. A district's sheet of 2024 (UBND huyện Đức Trọng, tỉnh Lâm Đồng), as an Excel workbook and
# as an OpenDocument sheet (the format the province's offices are told to use). Its habits:
#  - TITLE ROWS MERGED ACROSS THE SHEET above the header, then one empty row.
#  - SECTION ROWS NOT MERGED: the numeral in the "STT" cell, the title in the next cell, the other
#    cells left empty, in bold. The contract speaks of a Roman row "whose text spans the row";
#    CHOSEN: such a row is a section all the same (its only text is the numeral and the title, it
#    has no unit and no deadline), which is how anyone reads an Excel annex.
#  - One heading "2" ("Nâng cao chất lượng giải quyết thủ tục hành chính", every other cell empty)
#    over "2.1" … "2.3": III.2, III.2.1 … III.2.3 (the document's own numbers, the contract).
#  - UNITS ON LINES OF ONE CELL (Alt+Enter) in two support cells; "Các cơ quan chuyên môn thuộc
#    UBND huyện; UBND các xã, thị trấn" split on ";". "Phòng Nội Vụ" (Title Case, II.2) after
#    "Phòng Nội vụ" was met: the contract makes it an alias, the plan shows "Phòng Nội vụ". "Công an
#    huyện " with a trailing space (trimmed). One unit each despite their inner words: "Văn phòng
#    HĐND và UBND huyện" (the office's name; " và UBND huyện" is part of it, as B15-5 read it),
#    "Trung tâm Văn hóa, Thông tin và Thể thao huyện" (", Thông tin" begins no unit, like the
#    contract's "Sở Văn hóa, Thể thao và Du lịch"), "Phòng Tài nguyên và Môi trường". "Phòng Nội Vụ,
#    Phòng Tài chính - Kế hoạch" splits at ", Phòng".
#  - A "Ghi chú" column, empty on most rows: note, verbatim (the contract), only where written.
#  - Deadlines "Tháng 01/2024", "Tháng 8/2024", "Tháng 11/2024", "Tháng 12/2024", "Quý I/2024",
#    "Quý III/2024", "Quý IV/2024", "Năm 2024", "Thường xuyên", "Định kỳ quý, 6 tháng, năm", "Theo
#    Kế hoạch số 125/KH-UBND ngày 20/10/2023 của UBND tỉnh" (external), and "Hàng quý": CHOSEN
#    periodic, every quarter — "hàng" is the everyday spelling of "hằng" (both are in use; "Hằng
#    quý" is the contract's kind), and no other reading is possible.
_B16_W2 = 6
_B16_CM2 = "Các cơ quan chuyên môn thuộc UBND huyện"
_B16_XA2 = "UBND các xã, thị trấn"
_B16_VP2 = "Văn phòng HĐND và UBND huyện"
layout("b16-2024-huyen-sheet-unmerged-sections", ["xlsx", "ods"], [], [[
    _B16_whole("ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG", _B16_W2, bold=True),
    _B16_whole("PHỤ LỤC", _B16_W2, bold=True),
    _B16_whole("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND HUYỆN ĐỨC TRỌNG", _B16_W2, bold=True),
    _B16_whole("(Kèm theo Kế hoạch số 21/KH-UBND ngày 19/01/2024 của UBND huyện Đức Trọng)", _B16_W2),
    [""] * _B16_W2,
    _B16_bold("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"),
    _B16_flat("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B16_W2),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện", "Phòng Nội vụ", _B16_CM2,
     "Tháng 01/2024", ""],
    ["2", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", "Phòng Nội vụ", _B16_VP2,
     "Quý I/2024", ""],
    ["3", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị và UBND các xã, thị trấn", "Phòng Nội vụ",
     _B16_lines(_B16_VP2, "Phòng Tư pháp"), "Quý III/2024", "Kiểm tra 05 cơ quan, 06 xã, thị trấn"],
    ["4", "Tuyên truyền cải cách hành chính trên hệ thống truyền thanh huyện, xã", "Phòng Văn hóa và Thông tin",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện; " + _B16_XA2, "Thường xuyên", ""],
    ["5", "Báo cáo kết quả thực hiện công tác cải cách hành chính", "Phòng Nội vụ", _B16_CM2 + "; " + _B16_XA2,
     "Định kỳ quý, 6 tháng, năm", "Theo hướng dẫn của Sở Nội vụ"],
    _B16_flat("II", "CẢI CÁCH THỂ CHẾ", _B16_W2),
    ["1", "Rà soát, kiểm tra, xử lý văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Phòng Tư pháp",
     _B16_CM2, "Quý IV/2024", ""],
    ["2", "Theo dõi tình hình thi hành pháp luật trên địa bàn huyện", "Phòng Tư pháp",
     "Phòng Nội Vụ, Phòng Tài chính - Kế hoạch", "Tháng 11/2024", ""],
    _B16_flat("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B16_W2),
    ["1", "Cập nhật, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa huyện, xã", _B16_VP2, _B16_XA2,
     "Thường xuyên", ""],
    _B16_heading("2", "Nâng cao chất lượng giải quyết thủ tục hành chính", _B16_W2),
    ["2.1", "Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng", _B16_CM2, _B16_VP2, "Thường xuyên",
     ""],
    ["2.2", "Thực hiện thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia", _B16_VP2,
     _B16_lines("Phòng Tài chính - Kế hoạch", _B16_XA2), "Năm 2024", ""],
    ["2.3", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính", "Phòng Nội vụ",
     _B16_XA2, "Quý III/2024", ""],
    _B16_flat("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B16_W2),
    ["1", "Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "Phòng Nội vụ",
     _B16_CM2 + "; " + _B16_XA2, "Theo Kế hoạch số 125/KH-UBND ngày 20/10/2023 của UBND tỉnh", ""],
    ["2", "Sắp xếp, tổ chức lại các trường mầm non, tiểu học trên địa bàn huyện", "Phòng Giáo dục và Đào tạo",
     "Phòng Nội vụ", "Tháng 8/2024", "Tiếp tục thực hiện từ năm 2023"],
    _B16_flat("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B16_W2),
    ["1", "Tuyển dụng viên chức sự nghiệp giáo dục năm 2024", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo",
     "Quý III/2024", ""],
    ["2", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024", "Phòng Nội vụ",
     "Các cơ quan, đơn vị thuộc UBND huyện", "Tháng 12/2024", ""],
    _B16_flat("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", _B16_W2),
    ["1", "Giao dự toán thu, chi ngân sách năm 2024 cho các cơ quan, đơn vị", "Phòng Tài chính - Kế hoạch",
     "Các cơ quan, đơn vị thuộc UBND huyện", "Tháng 01/2024", ""],
    ["2", "Công khai dự toán, quyết toán ngân sách theo quy định", "Phòng Tài chính - Kế hoạch", _B16_XA2,
     "Hàng quý", ""],
    _B16_flat("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B16_W2),
    ["1", "Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử trên địa bàn "
     "huyện", "Công an huyện ", _B16_CM2 + "; " + _B16_XA2, "Năm 2024", ""],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", _B16_VP2, _B16_XA2, "Thường xuyên", ""],
    ["3", "Vận hành Hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số", _B16_VP2, "Phòng Văn hóa và Thông tin",
     "Thường xuyên", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của UBND huyện | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện | Tháng 01/2024 | 2024-01-31 |
T I.2 | Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Quý I/2024 | 2024-03-31 |
T I.3 | Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị và UBND các xã, thị trấn | Phòng Nội vụ | Văn phòng HĐND và UBND huyện; Phòng Tư pháp | Quý III/2024 | 2024-09-30 | note=Kiểm tra 05 cơ quan, 06 xã, thị trấn
T I.4 | Tuyên truyền cải cách hành chính trên hệ thống truyền thanh huyện, xã | Phòng Văn hóa và Thông tin | Trung tâm Văn hóa, Thông tin và Thể thao huyện; UBND các xã, thị trấn | Thường xuyên | continuous |
T I.5 | Báo cáo kết quả thực hiện công tác cải cách hành chính | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn | Định kỳ quý, 6 tháng, năm | periodic | note=Theo hướng dẫn của Sở Nội vụ
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát, kiểm tra, xử lý văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành | Phòng Tư pháp | Các cơ quan chuyên môn thuộc UBND huyện | Quý IV/2024 | 2024-12-31 |
T II.2 | Theo dõi tình hình thi hành pháp luật trên địa bàn huyện | Phòng Tư pháp | Phòng Nội vụ; Phòng Tài chính - Kế hoạch | Tháng 11/2024 | 2024-11-30 |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Cập nhật, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa huyện, xã | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Thường xuyên | continuous |
H III.2 | Nâng cao chất lượng giải quyết thủ tục hành chính
T III.2.1 | Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng | Các cơ quan chuyên môn thuộc UBND huyện | Văn phòng HĐND và UBND huyện | Thường xuyên | continuous |
T III.2.2 | Thực hiện thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia | Văn phòng HĐND và UBND huyện | Phòng Tài chính - Kế hoạch; UBND các xã, thị trấn | Năm 2024 | 2024-12-31 |
T III.2.3 | Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính | Phòng Nội vụ | UBND các xã, thị trấn | Quý III/2024 | 2024-09-30 |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 | Phòng Nội vụ | Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn | Theo Kế hoạch số 125/KH-UBND ngày 20/10/2023 của UBND tỉnh | external |
T IV.2 | Sắp xếp, tổ chức lại các trường mầm non, tiểu học trên địa bàn huyện | Phòng Giáo dục và Đào tạo | Phòng Nội vụ | Tháng 8/2024 | 2024-08-31 | note=Tiếp tục thực hiện từ năm 2023
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Tuyển dụng viên chức sự nghiệp giáo dục năm 2024 | Phòng Nội vụ | Phòng Giáo dục và Đào tạo | Quý III/2024 | 2024-09-30 |
T V.2 | Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 | Phòng Nội vụ | Các cơ quan, đơn vị thuộc UBND huyện | Tháng 12/2024 | 2024-12-31 |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao dự toán thu, chi ngân sách năm 2024 cho các cơ quan, đơn vị | Phòng Tài chính - Kế hoạch | Các cơ quan, đơn vị thuộc UBND huyện | Tháng 01/2024 | 2024-01-31 |
T VI.2 | Công khai dự toán, quyết toán ngân sách theo quy định | Phòng Tài chính - Kế hoạch | UBND các xã, thị trấn | Hàng quý | periodic |
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử trên địa bàn huyện | Công an huyện | Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn | Năm 2024 | 2024-12-31 |
T VII.2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã, thị trấn | Thường xuyên | continuous |
T VII.3 | Vận hành Hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số | Văn phòng HĐND và UBND huyện | Phòng Văn hóa và Thông tin | Thường xuyên | continuous |
""", year=2024)


# B16-3. A province's annex of 2024 (UBND tỉnh Hà Tĩnh, Kế hoạch CCHC năm 2024), in Word and Excel:
# the plan every department and district copies its own from. Its habits:
#  - NUMBERING RUNS ON ACROSS SECTIONS: tasks 1 … 22 through sections I … VII (section II starts at
#    5, section VII at 19). The contract says ids are the section, then THE DOCUMENT'S OWN NUMBERS:
#    II.5, II.6, II.7, not II.1 … (a reader might renumber; the contract does not).
#  - Seven Roman sections, bold, the numeral in its cell and the title merged across the row.
#  - Headers "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm".
#  - PROVINCIAL UNITS AND COLLECTIVES: "Các sở, ban, ngành" (one unit, a collective: the contract's
#    own example), "UBND cấp huyện", "UBND các huyện, thành phố, thị xã". "Các sở, ban, ngành, UBND
#    cấp huyện" (written with a comma, as often as with ";") splits at ", UBND" where a new unit's
#    name begins, never at ", ban" / ", ngành". Three supports in "Văn phòng UBND tỉnh, Sở Tư pháp,
#    Sở Thông tin và Truyền thông" ("Sở Thông tin và Truyền thông" one unit). "Sở Khoa học và Công
#    nghệ, Công an tỉnh" two. "Sở Tài chính; Kho bạc Nhà nước Hà Tĩnh" (";": a comma before "Kho
#    bạc" was avoided, "Kho bạc" not being among the contract's name starts). One support typed with
#    a double space, "Văn phòng  UBND tỉnh" (III.11), after "Văn phòng UBND tỉnh" was met: the
#    contract makes it an alias (spacing), the plan shows "Văn phòng UBND tỉnh".
#  - Deadlines "Tháng 01/2024", "Tháng 6/2024", "Tháng 11/2024", "Quý I/2024" … "Quý IV/2024",
#    "Năm 2024", "Trước ngày 30/6/2024", "Thường xuyên", "Hằng tháng", "Hằng năm", "Định kỳ quý
#    hoặc đột xuất" (periodic), "Khi có chỉ tiêu được Bộ Nội vụ thống nhất" (event: "Khi có …"),
#    "Theo Chương trình công tác năm 2024 của UBND tỉnh" and "Theo Kế hoạch số 230/KH-UBND ngày
#    25/7/2023 của UBND tỉnh" (external: "Theo …", the date lives in another document), and "Quý IV
#    năm 2024": CHOSEN dated 2024-12-31, the quarter with its year written out in words (the usual
#    wording of a Word document; "Quý IV/2024" with "năm" for "/").
#  - Two tasks with no product.
_B16_W3 = 6
_B16_SBN3 = "Các sở, ban, ngành"
_B16_HUYEN3 = "UBND cấp huyện"
layout("b16-2024-tinh-numbering-runs-on", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/01/2024 của UBND tỉnh Hà Tĩnh)",
], [[
    _B16_bold("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    _B16_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B16_W3),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND tỉnh", "Sở Nội vụ",
     _B16_SBN3 + "; " + _B16_HUYEN3, "Tháng 01/2024", "Kế hoạch của UBND tỉnh"],
    ["2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024", "Sở Nội vụ",
     "Sở Thông tin và Truyền thông; Đài Phát thanh - Truyền hình tỉnh; Báo Hà Tĩnh", "Quý I/2024", "Kế hoạch"],
    ["3", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương", "Sở Nội vụ",
     "Văn phòng UBND tỉnh, Sở Tư pháp, Sở Thông tin và Truyền thông", "Quý III/2024", "Thông báo kết luận kiểm tra"],
    ["4", "Xác định Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành, UBND cấp huyện", "Sở Nội vụ",
     "Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh", "Quý I/2024", "Quyết định công bố Chỉ số"],
    _B16_span("II", "CẢI CÁCH THỂ CHẾ", _B16_W3),
    ["5", "Xây dựng, ban hành văn bản quy phạm pháp luật theo Chương trình công tác năm 2024 của UBND tỉnh",
     _B16_SBN3, "Sở Tư pháp", "Theo Chương trình công tác năm 2024 của UBND tỉnh", "Văn bản quy phạm pháp luật"],
    ["6", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023", "Sở Tư pháp",
     _B16_SBN3 + ", " + _B16_HUYEN3, "Quý II/2024", "Báo cáo kết quả hệ thống hóa"],
    ["7", "Theo dõi tình hình thi hành pháp luật năm 2024", "Sở Tư pháp", _B16_SBN3, "Tháng 11/2024", "Báo cáo"],
    _B16_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B16_W3),
    ["8", "Công bố danh mục thủ tục hành chính, quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh",
     _B16_SBN3, "Thường xuyên", "Quyết định của Chủ tịch UBND tỉnh"],
    ["9", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ theo Quyết định số 1085/QĐ-TTg", "Văn phòng UBND tỉnh",
     _B16_SBN3 + "; " + _B16_HUYEN3, "Quý III/2024", "Quyết định phê duyệt phương án đơn giản hóa"],
    ["10", "Vận hành Trung tâm Phục vụ hành chính công tỉnh, Bộ phận Một cửa các cấp",
     "Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh; " + _B16_HUYEN3, "Thường xuyên", ""],
    ["11", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP",
     _B16_SBN3 + ", " + _B16_HUYEN3, "Văn phòng  UBND tỉnh, Sở Thông tin và Truyền thông", "Năm 2024",
     "Hồ sơ được số hóa"],
    _B16_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B16_W3),
    ["12", "Sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025", "Sở Nội vụ",
     "UBND các huyện, thành phố, thị xã", "Theo Kế hoạch số 230/KH-UBND ngày 25/7/2023 của UBND tỉnh",
     "Đề án sắp xếp"],
    ["13", "Rà soát, sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh", "Sở Nội vụ", _B16_SBN3,
     "Quý IV/2024", "Quyết định của UBND tỉnh"],
    _B16_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B16_W3),
    ["14", "Phê duyệt vị trí việc làm, cơ cấu ngạch công chức trong các cơ quan, tổ chức hành chính", "Sở Nội vụ",
     _B16_SBN3 + "; " + _B16_HUYEN3, "Tháng 6/2024", "Quyết định phê duyệt"],
    ["15", "Tổ chức thi nâng ngạch công chức năm 2024", "Sở Nội vụ", _B16_SBN3,
     "Khi có chỉ tiêu được Bộ Nội vụ thống nhất", "Kết quả thi nâng ngạch"],
    ["16", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "Sở Nội vụ", "Văn phòng UBND tỉnh; Thanh tra tỉnh",
     "Định kỳ quý hoặc đột xuất", "Thông báo kết quả kiểm tra"],
    _B16_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", _B16_W3),
    ["17", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập", "Sở Tài chính",
     _B16_SBN3 + "; " + _B16_HUYEN3, "Trước ngày 30/6/2024", "Quyết định giao quyền tự chủ"],
    ["18", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024", "Sở Kế hoạch và Đầu tư",
     "Sở Tài chính; Kho bạc Nhà nước Hà Tĩnh", "Hằng tháng", "Báo cáo tiến độ giải ngân"],
    _B16_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B16_W3),
    ["19", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Thông tin và Truyền thông",
     "Văn phòng UBND tỉnh", "Quý II/2024", "Hệ thống được nâng cấp"],
    ["20", "Triển khai Đề án 06/CP trên địa bàn tỉnh năm 2024", "Công an tỉnh", _B16_SBN3 + "; " + _B16_HUYEN3,
     "Năm 2024", "Kế hoạch triển khai"],
    ["21", "Duy trì, mở rộng Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh", "Sở Thông tin và Truyền thông",
     "Sở Khoa học và Công nghệ, Công an tỉnh", "Quý IV năm 2024", ""],
    ["22", "Áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính",
     "Sở Khoa học và Công nghệ", _B16_SBN3 + "; " + _B16_HUYEN3, "Hằng năm", "Quyết định công bố"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2024 của UBND tỉnh | Sở Nội vụ | Các sở, ban, ngành; UBND cấp huyện | Tháng 01/2024 | 2024-01-31 | product=Kế hoạch của UBND tỉnh
T I.2 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 | Sở Nội vụ | Sở Thông tin và Truyền thông; Đài Phát thanh - Truyền hình tỉnh; Báo Hà Tĩnh | Quý I/2024 | 2024-03-31 | product=Kế hoạch
T I.3 | Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương | Sở Nội vụ | Văn phòng UBND tỉnh; Sở Tư pháp; Sở Thông tin và Truyền thông | Quý III/2024 | 2024-09-30 | product=Thông báo kết luận kiểm tra
T I.4 | Xác định Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành, UBND cấp huyện | Sở Nội vụ | Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh | Quý I/2024 | 2024-03-31 | product=Quyết định công bố Chỉ số
S II | CẢI CÁCH THỂ CHẾ
T II.5 | Xây dựng, ban hành văn bản quy phạm pháp luật theo Chương trình công tác năm 2024 của UBND tỉnh | Các sở, ban, ngành | Sở Tư pháp | Theo Chương trình công tác năm 2024 của UBND tỉnh | external | product=Văn bản quy phạm pháp luật
T II.6 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023 | Sở Tư pháp | Các sở, ban, ngành; UBND cấp huyện | Quý II/2024 | 2024-06-30 | product=Báo cáo kết quả hệ thống hóa
T II.7 | Theo dõi tình hình thi hành pháp luật năm 2024 | Sở Tư pháp | Các sở, ban, ngành | Tháng 11/2024 | 2024-11-30 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.8 | Công bố danh mục thủ tục hành chính, quy trình nội bộ giải quyết thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | continuous | product=Quyết định của Chủ tịch UBND tỉnh
T III.9 | Rà soát, đơn giản hóa thủ tục hành chính nội bộ theo Quyết định số 1085/QĐ-TTg | Văn phòng UBND tỉnh | Các sở, ban, ngành; UBND cấp huyện | Quý III/2024 | 2024-09-30 | product=Quyết định phê duyệt phương án đơn giản hóa
T III.10 | Vận hành Trung tâm Phục vụ hành chính công tỉnh, Bộ phận Một cửa các cấp | Trung tâm Phục vụ hành chính công tỉnh | Văn phòng UBND tỉnh; UBND cấp huyện | Thường xuyên | continuous |
T III.11 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP | Các sở, ban, ngành; UBND cấp huyện | Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông | Năm 2024 | 2024-12-31 | product=Hồ sơ được số hóa
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.12 | Sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025 | Sở Nội vụ | UBND các huyện, thành phố, thị xã | Theo Kế hoạch số 230/KH-UBND ngày 25/7/2023 của UBND tỉnh | external | product=Đề án sắp xếp
T IV.13 | Rà soát, sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh | Sở Nội vụ | Các sở, ban, ngành | Quý IV/2024 | 2024-12-31 | product=Quyết định của UBND tỉnh
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.14 | Phê duyệt vị trí việc làm, cơ cấu ngạch công chức trong các cơ quan, tổ chức hành chính | Sở Nội vụ | Các sở, ban, ngành; UBND cấp huyện | Tháng 6/2024 | 2024-06-30 | product=Quyết định phê duyệt
T V.15 | Tổ chức thi nâng ngạch công chức năm 2024 | Sở Nội vụ | Các sở, ban, ngành | Khi có chỉ tiêu được Bộ Nội vụ thống nhất | event | product=Kết quả thi nâng ngạch
T V.16 | Kiểm tra công vụ, kỷ luật, kỷ cương hành chính | Sở Nội vụ | Văn phòng UBND tỉnh; Thanh tra tỉnh | Định kỳ quý hoặc đột xuất | periodic | product=Thông báo kết quả kiểm tra
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.17 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập | Sở Tài chính | Các sở, ban, ngành; UBND cấp huyện | Trước ngày 30/6/2024 | 2024-06-30 | product=Quyết định giao quyền tự chủ
T VI.18 | Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024 | Sở Kế hoạch và Đầu tư | Sở Tài chính; Kho bạc Nhà nước Hà Tĩnh | Hằng tháng | periodic | product=Báo cáo tiến độ giải ngân
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.19 | Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh | Quý II/2024 | 2024-06-30 | product=Hệ thống được nâng cấp
T VII.20 | Triển khai Đề án 06/CP trên địa bàn tỉnh năm 2024 | Công an tỉnh | Các sở, ban, ngành; UBND cấp huyện | Năm 2024 | 2024-12-31 | product=Kế hoạch triển khai
T VII.21 | Duy trì, mở rộng Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh | Sở Thông tin và Truyền thông | Sở Khoa học và Công nghệ; Công an tỉnh | Quý IV năm 2024 | 2024-12-31 |
T VII.22 | Áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính | Sở Khoa học và Công nghệ | Các sở, ban, ngành; UBND cấp huyện | Hằng năm | periodic | product=Quyết định công bố
""", year=2024)


# B16-4. A ministry's plan of 2025 (Bộ Tư pháp, Kế hoạch CCHC năm 2025, issued by a Quyết định of
# the Minister), in Word and as an Excel workbook with one sheet per annex. Its habits:
#  - TWO ANNEXES. "Phụ lục I", the task table; "Phụ lục II", the list of administrative procedures
#    to review ("STT | Tên thủ tục hành chính | Lĩnh vực | Đơn vị chủ trì rà soát | Thời gian hoàn
#    thành"), which task III.1 points to. The contract takes by default the FIRST table whose header
#    names a task column and a lead column: Phụ lục I (sheet "Phụ lục I" of the workbook). Phụ lục
#    II gives no task, no section, no unit (its header has no title word either).
#  - Headers of a ministry: "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian
#    hoàn thành" — the product column BEFORE the deadline column.
#  - Sections I–VII bold, the seventh worded for a ministry: "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN
#    TỬ, CHÍNH PHỦ SỐ". Tasks "1", "2" … restart in each section: I.1 … VII.3.
#  - UNITS OF A MINISTRY: "Văn phòng Bộ", "Thanh tra Bộ", "Vụ Tổ chức cán bộ", "Vụ Kế hoạch - Tài
#    chính", "Vụ Các vấn đề chung về xây dựng pháp luật", "Cục Kiểm tra văn bản quy phạm pháp luật",
#    "Cục Công nghệ thông tin", "Cục Bổ trợ tư pháp", "Cục Đăng ký quốc gia giao dịch bảo đảm",
#    "Trung tâm Lý lịch tư pháp quốc gia", "Học viện Tư pháp", and "CỤC HỘ TỊCH, QUỐC TỊCH, CHỨNG
#    THỰC" written "Cục Hộ tịch, quốc tịch, chứng thực": ONE unit (", quốc tịch" and ", chứng thực"
#    begin no unit's name). Collective "Các đơn vị thuộc Bộ".
#    Splits: "Vụ Tổ chức cán bộ, Thanh tra Bộ" (", Thanh tra": a start the contract names). III.1's
#    "Cục Hộ tịch, quốc tịch, chứng thực, Cục Đăng ký quốc gia giao dịch bảo đảm, Cục Bổ trợ tư
#    pháp": CHOSEN three units, split at ", Cục" only. "Cục …" (like "Vụ …") is not in the
#    contract's short list of starts, but the list ends "…" and in a ministry a "Cục" is a unit as
#    plainly as a "Sở" in a province; the commas inside the first name are not followed by a unit's
#    start, so they stay. "Vụ Tổ chức cán bộ; Học viện Tư pháp" on ";".
#  - Deadlines "Tháng 01/2025", "Tháng 6/2025", "Tháng 12/2025", "Quý I/2025" … "Quý IV/2025",
#    "Năm 2025", "Thường xuyên", "Định kỳ quý, 6 tháng, năm" (periodic), "Sau khi Nghị định quy
#    định chức năng, nhiệm vụ của Bộ được ban hành" (event: "Sau khi …", as the contract's "Sau khi
#    có thông báo …"), "Theo Chương trình xây dựng luật, pháp lệnh năm 2025" and "Theo Kế hoạch của
#    Ban Chỉ đạo cải cách hành chính của Chính phủ" (external). One task without a product.
SHEETS["b16-2025-bo-tu-phap-two-annexes"] = ["Phụ lục I", "Phụ lục II"]
_B16_W4 = 6
_B16_DV4 = "Các đơn vị thuộc Bộ"
_B16_HT4 = "Cục Hộ tịch, quốc tịch, chứng thực"
layout("b16-2025-bo-tu-phap-two-annexes", ["docx", "xlsx"], [
    "BỘ TƯ PHÁP",
    "Phụ lục I",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA BỘ TƯ PHÁP",
    "(Ban hành kèm theo Quyết định số 2895/QĐ-BTP ngày 27 tháng 12 năm 2024 của Bộ trưởng Bộ Tư pháp)",
], [[
    _B16_bold("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"),
    _B16_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B16_W4),
    ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Bộ Tư pháp", "Văn phòng Bộ", _B16_DV4,
     "Kế hoạch của Bộ trưởng", "Tháng 01/2025"],
    ["2", "Kiểm tra công tác cải cách hành chính tại một số đơn vị thuộc Bộ và Sở Tư pháp các tỉnh, thành phố "
     "trực thuộc Trung ương", "Văn phòng Bộ", "Vụ Tổ chức cán bộ, Thanh tra Bộ", "Báo cáo kết quả kiểm tra",
     "Quý III/2025"],
    ["3", "Báo cáo công tác cải cách hành chính của Bộ Tư pháp", "Văn phòng Bộ", _B16_DV4,
     "Báo cáo quý, 6 tháng, năm", "Định kỳ quý, 6 tháng, năm"],
    ["4", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Bộ Tư pháp", "Văn phòng Bộ", _B16_DV4,
     "Báo cáo tự đánh giá", "Theo Kế hoạch của Ban Chỉ đạo cải cách hành chính của Chính phủ"],
    _B16_span("II", "CẢI CÁCH THỂ CHẾ", _B16_W4),
    ["1", "Xây dựng, trình các dự án luật, pháp lệnh theo Chương trình xây dựng luật, pháp lệnh năm 2025",
     _B16_DV4, "Vụ Các vấn đề chung về xây dựng pháp luật", "Dự án luật, pháp lệnh",
     "Theo Chương trình xây dựng luật, pháp lệnh năm 2025"],
    ["2", "Kiểm tra, xử lý văn bản quy phạm pháp luật theo thẩm quyền", "Cục Kiểm tra văn bản quy phạm pháp luật",
     _B16_DV4, "Báo cáo kết quả kiểm tra văn bản", "Thường xuyên"],
    ["3", "Theo dõi tình hình thi hành pháp luật về hộ tịch, quốc tịch, chứng thực", _B16_HT4,
     "Vụ Các vấn đề chung về xây dựng pháp luật", "Báo cáo", "Quý IV/2025"],
    _B16_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B16_W4),
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Bộ (Phụ lục II kèm theo)",
     "Văn phòng Bộ", _B16_HT4 + ", Cục Đăng ký quốc gia giao dịch bảo đảm, Cục Bổ trợ tư pháp",
     "Quyết định phê duyệt phương án đơn giản hóa", "Quý III/2025"],
    ["2", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục cấp Phiếu lý lịch tư pháp",
     "Trung tâm Lý lịch tư pháp quốc gia", "Cục Công nghệ thông tin", "Dịch vụ công trực tuyến toàn trình",
     "Tháng 6/2025"],
    ["3", "Công bố, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", "Văn phòng Bộ",
     _B16_DV4, "Quyết định công bố", "Thường xuyên"],
    _B16_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B16_W4),
    ["1", "Xây dựng Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp",
     "Vụ Tổ chức cán bộ", _B16_DV4, "Nghị định của Chính phủ", "Quý I/2025"],
    ["2", "Sắp xếp, kiện toàn tổ chức bộ máy các đơn vị thuộc Bộ", "Vụ Tổ chức cán bộ", _B16_DV4,
     "Quyết định của Bộ trưởng", "Sau khi Nghị định quy định chức năng, nhiệm vụ của Bộ được ban hành"],
    _B16_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B16_W4),
    ["1", "Rà soát, hoàn thiện danh mục vị trí việc làm của các đơn vị thuộc Bộ", "Vụ Tổ chức cán bộ", _B16_DV4,
     "Quyết định phê duyệt", "Quý II/2025"],
    ["2", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025", "Vụ Tổ chức cán bộ", _B16_DV4,
     "Kết quả đánh giá, xếp loại", "Tháng 12/2025"],
    _B16_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", _B16_W4),
    ["1", "Giao dự toán ngân sách nhà nước năm 2025 cho các đơn vị dự toán thuộc Bộ", "Vụ Kế hoạch - Tài chính",
     _B16_DV4, "Quyết định giao dự toán", "Tháng 01/2025"],
    ["2", "Thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập thuộc Bộ", "Vụ Kế hoạch - Tài chính",
     "Vụ Tổ chức cán bộ; Học viện Tư pháp", "Phương án tự chủ tài chính", "Năm 2025"],
    _B16_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ", _B16_W4),
    ["1", "Xây dựng Cơ sở dữ liệu hộ tịch điện tử toàn quốc, kết nối với Cơ sở dữ liệu quốc gia về dân cư", _B16_HT4,
     "Cục Công nghệ thông tin", "Cơ sở dữ liệu được kết nối", "Năm 2025"],
    ["2", "Nâng cấp Cổng Dịch vụ công của Bộ Tư pháp", "Cục Công nghệ thông tin", "Văn phòng Bộ",
     "Cổng Dịch vụ công được nâng cấp", "Quý III/2025"],
    ["3", "Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin của Bộ", "Cục Công nghệ thông tin", _B16_DV4,
     "", "Thường xuyên"],
],
    "Phụ lục II",
    "DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT, ĐƠN GIẢN HÓA NĂM 2025",
    "(Ban hành kèm theo Quyết định số 2895/QĐ-BTP ngày 27 tháng 12 năm 2024 của Bộ trưởng Bộ Tư pháp)",
    [
        _B16_bold("STT", "Tên thủ tục hành chính", "Lĩnh vực", "Đơn vị chủ trì rà soát", "Thời gian hoàn thành"),
        ["1", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", _B16_HT4, "Quý II/2025"],
        ["2", "Thủ tục nhập quốc tịch Việt Nam", "Quốc tịch", _B16_HT4, "Quý III/2025"],
        ["3", "Thủ tục đăng ký biện pháp bảo đảm bằng quyền sử dụng đất", "Đăng ký biện pháp bảo đảm",
         "Cục Đăng ký quốc gia giao dịch bảo đảm", "Quý III/2025"],
        ["4", "Thủ tục cấp Chứng chỉ hành nghề luật sư", "Luật sư", "Cục Bổ trợ tư pháp", "Quý II/2025"],
        ["5", "Thủ tục bổ nhiệm công chứng viên", "Công chứng", "Cục Bổ trợ tư pháp", "Quý III/2025"],
    ],
], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Bộ Tư pháp | Văn phòng Bộ | Các đơn vị thuộc Bộ | Tháng 01/2025 | 2025-01-31 | product=Kế hoạch của Bộ trưởng
T I.2 | Kiểm tra công tác cải cách hành chính tại một số đơn vị thuộc Bộ và Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương | Văn phòng Bộ | Vụ Tổ chức cán bộ; Thanh tra Bộ | Quý III/2025 | 2025-09-30 | product=Báo cáo kết quả kiểm tra
T I.3 | Báo cáo công tác cải cách hành chính của Bộ Tư pháp | Văn phòng Bộ | Các đơn vị thuộc Bộ | Định kỳ quý, 6 tháng, năm | periodic | product=Báo cáo quý, 6 tháng, năm
T I.4 | Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Bộ Tư pháp | Văn phòng Bộ | Các đơn vị thuộc Bộ | Theo Kế hoạch của Ban Chỉ đạo cải cách hành chính của Chính phủ | external | product=Báo cáo tự đánh giá
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Xây dựng, trình các dự án luật, pháp lệnh theo Chương trình xây dựng luật, pháp lệnh năm 2025 | Các đơn vị thuộc Bộ | Vụ Các vấn đề chung về xây dựng pháp luật | Theo Chương trình xây dựng luật, pháp lệnh năm 2025 | external | product=Dự án luật, pháp lệnh
T II.2 | Kiểm tra, xử lý văn bản quy phạm pháp luật theo thẩm quyền | Cục Kiểm tra văn bản quy phạm pháp luật | Các đơn vị thuộc Bộ | Thường xuyên | continuous | product=Báo cáo kết quả kiểm tra văn bản
T II.3 | Theo dõi tình hình thi hành pháp luật về hộ tịch, quốc tịch, chứng thực | Cục Hộ tịch, quốc tịch, chứng thực | Vụ Các vấn đề chung về xây dựng pháp luật | Quý IV/2025 | 2025-12-31 | product=Báo cáo
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Bộ (Phụ lục II kèm theo) | Văn phòng Bộ | Cục Hộ tịch, quốc tịch, chứng thực; Cục Đăng ký quốc gia giao dịch bảo đảm; Cục Bổ trợ tư pháp | Quý III/2025 | 2025-09-30 | product=Quyết định phê duyệt phương án đơn giản hóa
T III.2 | Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục cấp Phiếu lý lịch tư pháp | Trung tâm Lý lịch tư pháp quốc gia | Cục Công nghệ thông tin | Tháng 6/2025 | 2025-06-30 | product=Dịch vụ công trực tuyến toàn trình
T III.3 | Công bố, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính | Văn phòng Bộ | Các đơn vị thuộc Bộ | Thường xuyên | continuous | product=Quyết định công bố
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Xây dựng Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Quý I/2025 | 2025-03-31 | product=Nghị định của Chính phủ
T IV.2 | Sắp xếp, kiện toàn tổ chức bộ máy các đơn vị thuộc Bộ | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Sau khi Nghị định quy định chức năng, nhiệm vụ của Bộ được ban hành | event | product=Quyết định của Bộ trưởng
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Rà soát, hoàn thiện danh mục vị trí việc làm của các đơn vị thuộc Bộ | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Quý II/2025 | 2025-06-30 | product=Quyết định phê duyệt
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 | Vụ Tổ chức cán bộ | Các đơn vị thuộc Bộ | Tháng 12/2025 | 2025-12-31 | product=Kết quả đánh giá, xếp loại
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Giao dự toán ngân sách nhà nước năm 2025 cho các đơn vị dự toán thuộc Bộ | Vụ Kế hoạch - Tài chính | Các đơn vị thuộc Bộ | Tháng 01/2025 | 2025-01-31 | product=Quyết định giao dự toán
T VI.2 | Thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập thuộc Bộ | Vụ Kế hoạch - Tài chính | Vụ Tổ chức cán bộ; Học viện Tư pháp | Năm 2025 | 2025-12-31 | product=Phương án tự chủ tài chính
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ
T VII.1 | Xây dựng Cơ sở dữ liệu hộ tịch điện tử toàn quốc, kết nối với Cơ sở dữ liệu quốc gia về dân cư | Cục Hộ tịch, quốc tịch, chứng thực | Cục Công nghệ thông tin | Năm 2025 | 2025-12-31 | product=Cơ sở dữ liệu được kết nối
T VII.2 | Nâng cấp Cổng Dịch vụ công của Bộ Tư pháp | Cục Công nghệ thông tin | Văn phòng Bộ | Quý III/2025 | 2025-09-30 | product=Cổng Dịch vụ công được nâng cấp
T VII.3 | Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin của Bộ | Cục Công nghệ thông tin | Các đơn vị thuộc Bộ | Thường xuyên | continuous |
""", year=2025)


# B16-5. A public service unit's annex of 2024 (Bệnh viện Đa khoa tỉnh Ninh Bình), in Word and
# Excel. Its habits:
#  - HEADERS OF A HOSPITAL: "TT | Nội dung công việc | Khoa/Phòng chủ trì | Khoa/Phòng phối hợp |
#    Thời gian thực hiện | Ghi chú". CHOSEN: "Khoa/Phòng chủ trì" is the lead column and
#    "Khoa/Phòng phối hợp" the support column: each holds the contract's header word ("Chủ trì",
#    "Phối hợp") and nothing that names another field.
#  - SIX sections: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" and five areas — no "Cải cách thể chế" (a
#    hospital makes no legal texts), the last called "HIỆN ĐẠI HÓA HÀNH CHÍNH" as such units still
#    call it — written "I." … "VI." with a full stop (the contract's "II." form), bold, the title
#    merged across the row. Tasks restart at 1 in each section.
#  - SUB-ITEMS LETTERED "a)", "b)", "c)" under a numbered heading (II.1 "Cải tiến quy trình khám
#    bệnh, chữa bệnh", every other cell empty): the contract lists "a)" among task numbers, nested
#    under the task above, the document's own letters: II.1.a … II.1.c.
#  - UNITS ONE PER LINE of the cell (Word paragraphs), split on the line breaks (the contract):
#    "Phòng Điều dưỡng" / "Các khoa, phòng"; "Phòng Tài chính kế toán" / "Phòng Công nghệ thông
#    tin" … The collective "Các khoa, phòng" (one unit: ", phòng" begins none). "Trung tâm Đào tạo
#    và Chỉ đạo tuyến" one unit. "Công đoàn Bệnh viện" on a line of its own.
#  - "Ghi chú" written on four rows: note, verbatim (the contract).
#  - Deadlines "Tháng 01/2024", "Tháng 3/2024", "Tháng 6/2024", "Quý I/2024" … "Quý III/2024",
#    "Năm 2024", "Trước ngày 15/12/2024", "30/9/2024" (a bare date), "Thường xuyên", "Hằng quý",
#    "Định kỳ quý, năm" (periodic), "Khi có hướng dẫn của Sở Y tế", "Sau khi có Quyết định phê
#    duyệt của Sở Y tế" (event).
_B16_W5 = 6
_B16_KP = "Các khoa, phòng"
_B16_TCCB = "Phòng Tổ chức cán bộ"
_B16_TCKT = "Phòng Tài chính kế toán"
_B16_CNTT5 = "Phòng Công nghệ thông tin"
layout("b16-2024-benh-vien-khoa-phong", ["docx", "xlsx"], [
    "SỞ Y TẾ NINH BÌNH",
    "BỆNH VIỆN ĐA KHOA TỈNH",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 35/KH-BVĐK ngày 22/01/2024 của Bệnh viện Đa khoa tỉnh)",
], [[
    _B16_bold("TT", "Nội dung công việc", "Khoa/Phòng chủ trì", "Khoa/Phòng phối hợp", "Thời gian thực hiện",
              "Ghi chú"),
    _B16_span("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B16_W5),
    ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2024 của Bệnh viện", _B16_TCCB, _B16_KP, "Tháng 01/2024", ""],
    ["2", "Tuyên truyền về cải cách hành chính, quy tắc ứng xử của nhân viên y tế", "Phòng Công tác xã hội",
     _B16_lines("Phòng Điều dưỡng", _B16_KP), "Thường xuyên",
     "Trên Trang thông tin điện tử và Fanpage của Bệnh viện"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính gửi Sở Y tế", _B16_TCCB, _B16_KP, "Định kỳ quý, năm",
     "Trước ngày 15 của tháng cuối quý"],
    _B16_span("II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B16_W5),
    _B16_heading("1", "Cải tiến quy trình khám bệnh, chữa bệnh", _B16_W5),
    ["a)", "Rút ngắn thời gian chờ khám bệnh, thanh toán viện phí tại Khoa Khám bệnh", "Khoa Khám bệnh",
     _B16_lines(_B16_TCKT, _B16_CNTT5), "Quý II/2024", ""],
    ["b)", "Triển khai đặt lịch khám bệnh trực tuyến qua ứng dụng và tổng đài", _B16_CNTT5,
     _B16_lines("Khoa Khám bệnh", "Phòng Kế hoạch tổng hợp"), "Tháng 6/2024", ""],
    ["c)", "Thanh toán viện phí không dùng tiền mặt", _B16_TCKT, _B16_CNTT5, "Năm 2024",
     "Phối hợp với các ngân hàng thương mại"],
    ["2", "Niêm yết công khai giá dịch vụ khám bệnh, chữa bệnh và thủ tục khám chữa bệnh bảo hiểm y tế",
     "Phòng Kế hoạch tổng hợp", _B16_TCKT, "Thường xuyên", ""],
    ["3", "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú", "Phòng Quản lý chất lượng", "Phòng Điều dưỡng",
     "Hằng quý", ""],
    _B16_span("III.", "CẢI CÁCH TỔ CHỨC BỘ MÁY", _B16_W5),
    ["1", "Rà soát, kiện toàn cơ cấu tổ chức các khoa, phòng theo quy định của Bộ Y tế", _B16_TCCB, _B16_KP,
     "Quý III/2024", ""],
    ["2", "Xây dựng Quy chế làm việc của Bệnh viện năm 2024", _B16_TCCB, "Phòng Kế hoạch tổng hợp", "Tháng 3/2024", ""],
    _B16_span("IV.", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B16_W5),
    ["1", "Rà soát, điều chỉnh Đề án vị trí việc làm của Bệnh viện", _B16_TCCB, _B16_KP,
     "Khi có hướng dẫn của Sở Y tế", ""],
    ["2", "Tuyển dụng viên chức năm 2024", _B16_TCCB, _B16_TCKT, "Quý III/2024", ""],
    ["3", "Đào tạo liên tục, cập nhật kiến thức chuyên môn cho viên chức", "Trung tâm Đào tạo và Chỉ đạo tuyến",
     _B16_KP, "Năm 2024", ""],
    ["4", "Đánh giá, xếp loại viên chức, người lao động năm 2024", _B16_TCCB, _B16_KP, "Trước ngày 15/12/2024", ""],
    _B16_span("V.", "CẢI CÁCH TÀI CHÍNH CÔNG", _B16_W5),
    ["1", "Xây dựng Quy chế chi tiêu nội bộ năm 2024", _B16_TCKT, _B16_lines(_B16_TCCB, "Công đoàn Bệnh viện"),
     "Quý I/2024", ""],
    ["2", "Thực hiện phương án tự chủ tài chính giai đoạn 2024 - 2026", _B16_TCKT, _B16_KP,
     "Sau khi có Quyết định phê duyệt của Sở Y tế", ""],
    _B16_span("VI.", "HIỆN ĐẠI HÓA HÀNH CHÍNH", _B16_W5),
    ["1", "Triển khai bệnh án điện tử", _B16_CNTT5, _B16_lines("Phòng Kế hoạch tổng hợp", _B16_KP), "30/9/2024",
     "Theo Thông tư số 46/2018/TT-BYT"],
    ["2", "Kết nối liên thông dữ liệu khám bệnh, chữa bệnh với Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định "
     "bảo hiểm y tế", _B16_CNTT5, _B16_TCKT, "Thường xuyên", ""],
    ["3", "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các phòng chức năng",
     "Phòng Quản lý chất lượng", _B16_KP, "Năm 2024", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng Kế hoạch cải cách hành chính năm 2024 của Bệnh viện | Phòng Tổ chức cán bộ | Các khoa, phòng | Tháng 01/2024 | 2024-01-31 |
T I.2 | Tuyên truyền về cải cách hành chính, quy tắc ứng xử của nhân viên y tế | Phòng Công tác xã hội | Phòng Điều dưỡng; Các khoa, phòng | Thường xuyên | continuous | note=Trên Trang thông tin điện tử và Fanpage của Bệnh viện
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính gửi Sở Y tế | Phòng Tổ chức cán bộ | Các khoa, phòng | Định kỳ quý, năm | periodic | note=Trước ngày 15 của tháng cuối quý
S II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
H II.1 | Cải tiến quy trình khám bệnh, chữa bệnh
T II.1.a | Rút ngắn thời gian chờ khám bệnh, thanh toán viện phí tại Khoa Khám bệnh | Khoa Khám bệnh | Phòng Tài chính kế toán; Phòng Công nghệ thông tin | Quý II/2024 | 2024-06-30 |
T II.1.b | Triển khai đặt lịch khám bệnh trực tuyến qua ứng dụng và tổng đài | Phòng Công nghệ thông tin | Khoa Khám bệnh; Phòng Kế hoạch tổng hợp | Tháng 6/2024 | 2024-06-30 |
T II.1.c | Thanh toán viện phí không dùng tiền mặt | Phòng Tài chính kế toán | Phòng Công nghệ thông tin | Năm 2024 | 2024-12-31 | note=Phối hợp với các ngân hàng thương mại
T II.2 | Niêm yết công khai giá dịch vụ khám bệnh, chữa bệnh và thủ tục khám chữa bệnh bảo hiểm y tế | Phòng Kế hoạch tổng hợp | Phòng Tài chính kế toán | Thường xuyên | continuous |
T II.3 | Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú | Phòng Quản lý chất lượng | Phòng Điều dưỡng | Hằng quý | periodic |
S III | CẢI CÁCH TỔ CHỨC BỘ MÁY
T III.1 | Rà soát, kiện toàn cơ cấu tổ chức các khoa, phòng theo quy định của Bộ Y tế | Phòng Tổ chức cán bộ | Các khoa, phòng | Quý III/2024 | 2024-09-30 |
T III.2 | Xây dựng Quy chế làm việc của Bệnh viện năm 2024 | Phòng Tổ chức cán bộ | Phòng Kế hoạch tổng hợp | Tháng 3/2024 | 2024-03-31 |
S IV | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T IV.1 | Rà soát, điều chỉnh Đề án vị trí việc làm của Bệnh viện | Phòng Tổ chức cán bộ | Các khoa, phòng | Khi có hướng dẫn của Sở Y tế | event |
T IV.2 | Tuyển dụng viên chức năm 2024 | Phòng Tổ chức cán bộ | Phòng Tài chính kế toán | Quý III/2024 | 2024-09-30 |
T IV.3 | Đào tạo liên tục, cập nhật kiến thức chuyên môn cho viên chức | Trung tâm Đào tạo và Chỉ đạo tuyến | Các khoa, phòng | Năm 2024 | 2024-12-31 |
T IV.4 | Đánh giá, xếp loại viên chức, người lao động năm 2024 | Phòng Tổ chức cán bộ | Các khoa, phòng | Trước ngày 15/12/2024 | 2024-12-15 |
S V | CẢI CÁCH TÀI CHÍNH CÔNG
T V.1 | Xây dựng Quy chế chi tiêu nội bộ năm 2024 | Phòng Tài chính kế toán | Phòng Tổ chức cán bộ; Công đoàn Bệnh viện | Quý I/2024 | 2024-03-31 |
T V.2 | Thực hiện phương án tự chủ tài chính giai đoạn 2024 - 2026 | Phòng Tài chính kế toán | Các khoa, phòng | Sau khi có Quyết định phê duyệt của Sở Y tế | event |
S VI | HIỆN ĐẠI HÓA HÀNH CHÍNH
T VI.1 | Triển khai bệnh án điện tử | Phòng Công nghệ thông tin | Phòng Kế hoạch tổng hợp; Các khoa, phòng | 30/9/2024 | 2024-09-30 | note=Theo Thông tư số 46/2018/TT-BYT
T VI.2 | Kết nối liên thông dữ liệu khám bệnh, chữa bệnh với Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định bảo hiểm y tế | Phòng Công nghệ thông tin | Phòng Tài chính kế toán | Thường xuyên | continuous |
T VI.3 | Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các phòng chức năng | Phòng Quản lý chất lượng | Các khoa, phòng | Năm 2024 | 2024-12-31 |
""", year=2024)


# B16-6. A department's annex of 2025 with its money (Sở Tư pháp tỉnh Bắc Giang), in Word and Excel.
# Its habits:
#  - TWO MONEY COLUMNS side by side: "Kinh phí (đồng)", the amount, and "Nguồn kinh phí", where it
#    comes from. The contract says an amount becomes `budget` in VND and a source of funds becomes
#    `funding`, verbatim: "20.000.000" → 20000000 (dot = thousands, the unit in the header),
#    "30 triệu đồng" → 30000000 (the unit written in the cell, a habit even under "(đồng)"),
#    "15.000.000", "25.000.000", "5.000.000", "150.000.000"; sources "Ngân sách tỉnh", "Chi thường
#    xuyên của Sở", and "Lồng ghép trong kinh phí chi thường xuyên" (CHOSEN: funding, verbatim — it
#    says where the money comes from, names no amount, and stands in the source column). Most rows
#    leave both cells empty: no budget, no funding.
#  - Numbers written "1.", "2." with a full stop (Word's numbering typed out), sections "I" … "VII"
#    bold, merged across the row; tasks restart in each section.
#  - UNITS OF A SỞ TƯ PHÁP whose names hold commas and "và": "Phòng Phổ biến, giáo dục pháp luật",
#    "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", "Phòng Quản lý xử lý vi phạm hành
#    chính và Theo dõi thi hành pháp luật", "Trung tâm Trợ giúp pháp lý nhà nước" — one unit each.
#    Splits where a new unit's name begins: "Văn phòng Sở, Phòng Phổ biến, giáo dục pháp luật" (two:
#    at ", Phòng", not at ", giáo dục"), "Phòng Hành chính tư pháp, Phòng Bổ trợ tư pháp", "Sở Nội
#    vụ, Sở Tài nguyên và Môi trường", "Trung tâm Trợ giúp pháp lý nhà nước và Trung tâm Dịch vụ đấu
#    giá tài sản" (two: at " và Trung tâm"). A line break between "Trung tâm Phục vụ hành chính
#    công tỉnh" and "Bưu điện tỉnh Bắc Giang". Collectives "Các phòng, đơn vị thuộc Sở", "Các sở,
#    ban, ngành". One task with no support (the cell empty).
#  - Deadlines "Tháng 01/2025", "Tháng 8/2025", "Tháng 10/2025", "Tháng 12/2025", "Quý I/2025" …
#    "Quý IV/2025", "Năm 2025", "Thường xuyên", "Hằng tháng", "Định kỳ quý, 6 tháng, năm"
#    (periodic), "Khi có văn bản hướng dẫn của UBND tỉnh", "Sau khi có Quyết định giao dự toán năm
#    2025 của UBND tỉnh" (event), "Theo Đề án được UBND tỉnh phê duyệt" (external: "Theo …").
_B16_W6 = 7
_B16_PDV6 = "Các phòng, đơn vị thuộc Sở"
_B16_XDKT = "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật"
_B16_TDTH = "Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật"
_B16_HCTP = "Phòng Hành chính tư pháp"
layout("b16-2025-so-tu-phap-amount-and-source", ["docx", "xlsx"], [
    "UBND TỈNH BẮC GIANG",
    "SỞ TƯ PHÁP",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ TƯ PHÁP",
    "(Kèm theo Kế hoạch số 09/KH-STP ngày 10/01/2025 của Sở Tư pháp)",
], [[
    _B16_bold("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
              "Kinh phí (đồng)", "Nguồn kinh phí"),
    _B16_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B16_W6),
    ["1.", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Tư pháp", "Văn phòng Sở", _B16_PDV6,
     "Tháng 01/2025", "", ""],
    ["2.", "Tuyên truyền cải cách hành chính gắn với phổ biến, giáo dục pháp luật", "Phòng Phổ biến, giáo dục pháp luật",
     "Văn phòng Sở", "Năm 2025", "20.000.000", "Ngân sách tỉnh"],
    ["3.", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Thanh tra Sở",
     "Quý III/2025", "5.000.000", ""],
    ["4.", "Báo cáo kết quả thực hiện cải cách hành chính", "Văn phòng Sở", _B16_PDV6, "Định kỳ quý, 6 tháng, năm",
     "", ""],
    _B16_span("II", "CẢI CÁCH THỂ CHẾ", _B16_W6),
    ["1.", "Thẩm định dự thảo văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", _B16_XDKT, "",
     "Thường xuyên", "", ""],
    ["2.", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh", _B16_XDKT, "Các sở, ban, ngành",
     "Quý IV/2025", "15.000.000", "Ngân sách tỉnh"],
    ["3.", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm năm 2025", _B16_TDTH,
     "Sở Nội vụ, Sở Tài nguyên và Môi trường", "Tháng 10/2025", "25.000.000", "Ngân sách tỉnh"],
    _B16_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B16_W6),
    ["1.", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực tư pháp",
     "Văn phòng Sở, Phòng Phổ biến, giáo dục pháp luật", _B16_HCTP + ", Phòng Bổ trợ tư pháp", "Tháng 8/2025", "",
     ""],
    ["2.", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục cấp Phiếu lý lịch tư pháp", _B16_HCTP,
     "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2025", "", ""],
    ["3.", "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí", _B16_HCTP,
     _B16_lines("Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh Bắc Giang"), "Thường xuyên", "", ""],
    _B16_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B16_W6),
    ["1.", "Tham mưu sắp xếp, kiện toàn tổ chức bộ máy của Sở Tư pháp", "Văn phòng Sở", "Sở Nội vụ",
     "Khi có văn bản hướng dẫn của UBND tỉnh", "", ""],
    ["2.", "Chuyển đổi Phòng Công chứng số 1 sang Văn phòng công chứng", "Phòng Bổ trợ tư pháp",
     "Phòng Công chứng số 1", "Theo Đề án được UBND tỉnh phê duyệt", "", ""],
    _B16_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B16_W6),
    ["1.", "Cử công chức, viên chức tham gia bồi dưỡng kiến thức, kỹ năng chuyên ngành tư pháp", "Văn phòng Sở",
     _B16_PDV6, "Năm 2025", "30 triệu đồng", "Chi thường xuyên của Sở"],
    ["2.", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025", "Văn phòng Sở", _B16_PDV6, "Tháng 12/2025",
     "", ""],
    _B16_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", _B16_W6),
    ["1.", "Xây dựng Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công năm 2025", "Văn phòng Sở",
     _B16_PDV6, "Quý I/2025", "", ""],
    ["2.", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở", "Văn phòng Sở",
     "Trung tâm Trợ giúp pháp lý nhà nước và Trung tâm Dịch vụ đấu giá tài sản",
     "Sau khi có Quyết định giao dự toán năm 2025 của UBND tỉnh", "", ""],
    _B16_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B16_W6),
    ["1.", "Số hóa sổ hộ tịch đang lưu trữ tại Sở Tư pháp", _B16_HCTP, "Văn phòng Sở", "Năm 2025", "150.000.000",
     "Ngân sách tỉnh"],
    ["2.", "Xử lý văn bản trên Hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số", "Văn phòng Sở", _B16_PDV6,
     "Thường xuyên", "", "Lồng ghép trong kinh phí chi thường xuyên"],
    ["3.", "Cập nhật thông tin lý lịch tư pháp vào Cơ sở dữ liệu lý lịch tư pháp", _B16_HCTP, "Công an tỉnh",
     "Hằng tháng", "", ""],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở Tư pháp | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 01/2025 | 2025-01-31 |
T I.2 | Tuyên truyền cải cách hành chính gắn với phổ biến, giáo dục pháp luật | Phòng Phổ biến, giáo dục pháp luật | Văn phòng Sở | Năm 2025 | 2025-12-31 | budget=20000000 ; funding=Ngân sách tỉnh
T I.3 | Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở | Văn phòng Sở | Thanh tra Sở | Quý III/2025 | 2025-09-30 | budget=5000000
T I.4 | Báo cáo kết quả thực hiện cải cách hành chính | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Định kỳ quý, 6 tháng, năm | periodic |
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Thẩm định dự thảo văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành | Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật | | Thường xuyên | continuous |
T II.2 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh | Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật | Các sở, ban, ngành | Quý IV/2025 | 2025-12-31 | budget=15000000 ; funding=Ngân sách tỉnh
T II.3 | Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm năm 2025 | Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật | Sở Nội vụ; Sở Tài nguyên và Môi trường | Tháng 10/2025 | 2025-10-31 | budget=25000000 ; funding=Ngân sách tỉnh
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực tư pháp | Văn phòng Sở; Phòng Phổ biến, giáo dục pháp luật | Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp | Tháng 8/2025 | 2025-08-31 |
T III.2 | Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục cấp Phiếu lý lịch tư pháp | Phòng Hành chính tư pháp | Trung tâm Phục vụ hành chính công tỉnh | Quý II/2025 | 2025-06-30 |
T III.3 | Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí | Phòng Hành chính tư pháp | Trung tâm Phục vụ hành chính công tỉnh; Bưu điện tỉnh Bắc Giang | Thường xuyên | continuous |
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Tham mưu sắp xếp, kiện toàn tổ chức bộ máy của Sở Tư pháp | Văn phòng Sở | Sở Nội vụ | Khi có văn bản hướng dẫn của UBND tỉnh | event |
T IV.2 | Chuyển đổi Phòng Công chứng số 1 sang Văn phòng công chứng | Phòng Bổ trợ tư pháp | Phòng Công chứng số 1 | Theo Đề án được UBND tỉnh phê duyệt | external |
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Cử công chức, viên chức tham gia bồi dưỡng kiến thức, kỹ năng chuyên ngành tư pháp | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Năm 2025 | 2025-12-31 | budget=30000000 ; funding=Chi thường xuyên của Sở
T V.2 | Đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2025 | 2025-12-31 |
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Xây dựng Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công năm 2025 | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Quý I/2025 | 2025-03-31 |
T VI.2 | Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc Sở | Văn phòng Sở | Trung tâm Trợ giúp pháp lý nhà nước; Trung tâm Dịch vụ đấu giá tài sản | Sau khi có Quyết định giao dự toán năm 2025 của UBND tỉnh | event |
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Số hóa sổ hộ tịch đang lưu trữ tại Sở Tư pháp | Phòng Hành chính tư pháp | Văn phòng Sở | Năm 2025 | 2025-12-31 | budget=150000000 ; funding=Ngân sách tỉnh
T VII.2 | Xử lý văn bản trên Hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Thường xuyên | continuous | funding=Lồng ghép trong kinh phí chi thường xuyên
T VII.3 | Cập nhật thông tin lý lịch tư pháp vào Cơ sở dữ liệu lý lịch tư pháp | Phòng Hành chính tư pháp | Công an tỉnh | Hằng tháng | periodic |
""", year=2025)


# B16-7. A commune's annex of 2026 under the two-level local government (UBND xã Tân Hội, tỉnh Lâm
# Đồng: a commune formed by the 2025 merger, with its own "phòng" and public service centre), in
# Word and Excel. Its habits:
#  - A SMALL PLAN (17 tasks) with the seven Roman sections all the same, bold, merged across the
#    row; tasks "1", "2" … restart in each section.
#  - Headers "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành | Sản phẩm"
#    ("Thời hạn hoàn thành" holds the contract's "Thời hạn").
#  - UNITS OF A NEW COMMUNE: "Văn phòng HĐND và UBND xã" (one unit: the office's name, as B15-5 read
#    "Văn phòng HĐND và UBND huyện"), "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ
#    hành chính công xã", "Công an xã", and above them "Sở Nội vụ" of the province. Splits: "Phòng
#    Văn hóa - Xã hội và Công an xã" (two: " và Công an", a start the contract names), "Phòng Kinh
#    tế, Phòng Văn hóa - Xã hội" (two), "Phòng Kinh tế; Phòng Văn hóa - Xã hội". Collectives "Các
#    phòng, đơn vị thuộc UBND xã", "Các Tổ công nghệ số cộng đồng". Two tasks with no support.
#  - ONE TASK TEXT HOLDING ITS OWN BULLETS (VII.1): "Hướng dẫn người dân:" then "- Sử dụng …;" and
#    "- Cài đặt …" as lines of the same cell. The contract says line breaks inside a title become
#    single spaces: one task, titled "Hướng dẫn người dân: - Sử dụng dịch vụ công trực tuyến; -
#    Cài đặt, kích hoạt và sử dụng ứng dụng VNeID" (the dashes are the title's words: lines of a
#    cell are not rows, so they are no bullet tasks).
#  - Deadlines "Tháng 01/2026", "Quý I/2026" … "Quý III/2026", "Thường xuyên", "Hằng tháng",
#    "Định kỳ quý, năm", "Định kỳ 6 tháng" (periodic), "Khi có văn bản hướng dẫn của UBND tỉnh"
#    (event), "Theo Kế hoạch của UBND tỉnh" (external), and "Trước ngày 20/12" with no year:
#    plan-format.md says a missing year means the plan's year, 2026-12-20.
_B16_W7 = 6
_B16_VP7 = "Văn phòng HĐND và UBND xã"
_B16_PDV7 = "Các phòng, đơn vị thuộc UBND xã"
_B16_TTHCC7 = "Trung tâm Phục vụ hành chính công xã"
layout("b16-2026-xa-two-level-government", ["docx", "xlsx"], [
    "ỦY BAN NHÂN DÂN XÃ TÂN HỘI",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND XÃ TÂN HỘI",
    "(Kèm theo Kế hoạch số 05/KH-UBND ngày 08/01/2026 của UBND xã Tân Hội)",
], [[
    _B16_bold("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Sản phẩm"),
    _B16_span("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", _B16_W7),
    ["1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã", _B16_VP7, _B16_PDV7, "Tháng 01/2026",
     "Kế hoạch"],
    ["2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Phòng Văn hóa - Xã hội", _B16_VP7,
     "Quý I/2026", "Kế hoạch"],
    ["3", "Báo cáo kết quả thực hiện cải cách hành chính gửi Sở Nội vụ", _B16_VP7, _B16_PDV7, "Định kỳ quý, năm",
     "Báo cáo"],
    _B16_span("II", "CẢI CÁCH THỂ CHẾ", _B16_W7),
    ["1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành sau sắp xếp đơn vị hành chính", _B16_VP7,
     "Phòng Kinh tế; Phòng Văn hóa - Xã hội", "Quý II/2026", "Báo cáo kết quả rà soát"],
    ["2", "Tổ chức phổ biến, giáo dục pháp luật cho cán bộ và Nhân dân", _B16_VP7,
     "Phòng Văn hóa - Xã hội và Công an xã", "Thường xuyên", ""],
    _B16_span("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", _B16_W7),
    ["1", "Niêm yết, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã", _B16_TTHCC7, _B16_PDV7,
     "Thường xuyên", "Danh mục thủ tục hành chính"],
    ["2", "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn, không để phát sinh hồ sơ trễ hạn", _B16_TTHCC7,
     "Phòng Kinh tế, Phòng Văn hóa - Xã hội", "Thường xuyên", ""],
    ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", _B16_TTHCC7, _B16_VP7, "Hằng tháng",
     "Hồ sơ được số hóa"],
    ["4", "Khảo sát mức độ hài lòng của người dân đối với sự phục vụ của UBND xã", _B16_VP7, _B16_TTHCC7,
     "Quý III/2026", "Báo cáo"],
    _B16_span("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", _B16_W7),
    ["1", "Kiện toàn tổ chức các phòng chuyên môn và Trung tâm Phục vụ hành chính công xã", _B16_VP7, "Sở Nội vụ",
     "Khi có văn bản hướng dẫn của UBND tỉnh", "Quyết định kiện toàn"],
    ["2", "Sắp xếp thôn, tổ dân phố trên địa bàn xã", _B16_VP7, "Công an xã", "Theo Kế hoạch của UBND tỉnh",
     "Đề án sắp xếp thôn, tổ dân phố"],
    _B16_span("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", _B16_W7),
    ["1", "Xây dựng Đề án vị trí việc làm của UBND xã", _B16_VP7, _B16_PDV7, "Quý II/2026", "Đề án vị trí việc làm"],
    ["2", "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026", _B16_VP7, _B16_PDV7, "Trước ngày 20/12",
     "Kết quả đánh giá, xếp loại"],
    _B16_span("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", _B16_W7),
    ["1", "Lập, giao dự toán ngân sách xã năm 2026", "Phòng Kinh tế", _B16_VP7, "Tháng 01/2026",
     "Quyết định giao dự toán"],
    ["2", "Công khai dự toán, quyết toán ngân sách xã", "Phòng Kinh tế", "", "Định kỳ 6 tháng", "Báo cáo công khai"],
    _B16_span("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", _B16_W7),
    ["1", _B16_lines("Hướng dẫn người dân:", "- Sử dụng dịch vụ công trực tuyến;",
                     "- Cài đặt, kích hoạt và sử dụng ứng dụng VNeID"),
     "Công an xã", _B16_TTHCC7 + "; Các Tổ công nghệ số cộng đồng", "Thường xuyên", ""],
    ["2", "Xử lý văn bản, hồ sơ công việc trên môi trường điện tử, sử dụng chữ ký số", _B16_VP7, "", "Thường xuyên",
     "Văn bản điện tử"],
]], """
S I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
T I.1 | Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND xã | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Tháng 01/2026 | 2026-01-31 | product=Kế hoạch
T I.2 | Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 | Phòng Văn hóa - Xã hội | Văn phòng HĐND và UBND xã | Quý I/2026 | 2026-03-31 | product=Kế hoạch
T I.3 | Báo cáo kết quả thực hiện cải cách hành chính gửi Sở Nội vụ | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Định kỳ quý, năm | periodic | product=Báo cáo
S II | CẢI CÁCH THỂ CHẾ
T II.1 | Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành sau sắp xếp đơn vị hành chính | Văn phòng HĐND và UBND xã | Phòng Kinh tế; Phòng Văn hóa - Xã hội | Quý II/2026 | 2026-06-30 | product=Báo cáo kết quả rà soát
T II.2 | Tổ chức phổ biến, giáo dục pháp luật cho cán bộ và Nhân dân | Văn phòng HĐND và UBND xã | Phòng Văn hóa - Xã hội; Công an xã | Thường xuyên | continuous |
S III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
T III.1 | Niêm yết, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã | Trung tâm Phục vụ hành chính công xã | Các phòng, đơn vị thuộc UBND xã | Thường xuyên | continuous | product=Danh mục thủ tục hành chính
T III.2 | Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn, không để phát sinh hồ sơ trễ hạn | Trung tâm Phục vụ hành chính công xã | Phòng Kinh tế; Phòng Văn hóa - Xã hội | Thường xuyên | continuous |
T III.3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công xã | Văn phòng HĐND và UBND xã | Hằng tháng | periodic | product=Hồ sơ được số hóa
T III.4 | Khảo sát mức độ hài lòng của người dân đối với sự phục vụ của UBND xã | Văn phòng HĐND và UBND xã | Trung tâm Phục vụ hành chính công xã | Quý III/2026 | 2026-09-30 | product=Báo cáo
S IV | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
T IV.1 | Kiện toàn tổ chức các phòng chuyên môn và Trung tâm Phục vụ hành chính công xã | Văn phòng HĐND và UBND xã | Sở Nội vụ | Khi có văn bản hướng dẫn của UBND tỉnh | event | product=Quyết định kiện toàn
T IV.2 | Sắp xếp thôn, tổ dân phố trên địa bàn xã | Văn phòng HĐND và UBND xã | Công an xã | Theo Kế hoạch của UBND tỉnh | external | product=Đề án sắp xếp thôn, tổ dân phố
S V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
T V.1 | Xây dựng Đề án vị trí việc làm của UBND xã | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Quý II/2026 | 2026-06-30 | product=Đề án vị trí việc làm
T V.2 | Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026 | Văn phòng HĐND và UBND xã | Các phòng, đơn vị thuộc UBND xã | Trước ngày 20/12 | 2026-12-20 | product=Kết quả đánh giá, xếp loại
S VI | CẢI CÁCH TÀI CHÍNH CÔNG
T VI.1 | Lập, giao dự toán ngân sách xã năm 2026 | Phòng Kinh tế | Văn phòng HĐND và UBND xã | Tháng 01/2026 | 2026-01-31 | product=Quyết định giao dự toán
T VI.2 | Công khai dự toán, quyết toán ngân sách xã | Phòng Kinh tế | | Định kỳ 6 tháng | periodic | product=Báo cáo công khai
S VII | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
T VII.1 | Hướng dẫn người dân: - Sử dụng dịch vụ công trực tuyến; - Cài đặt, kích hoạt và sử dụng ứng dụng VNeID | Công an xã | Trung tâm Phục vụ hành chính công xã; Các Tổ công nghệ số cộng đồng | Thường xuyên | continuous |
T VII.2 | Xử lý văn bản, hồ sơ công việc trên môi trường điện tử, sử dụng chữ ký số | Văn phòng HĐND và UBND xã | | Thường xuyên | continuous | product=Văn bản điện tử
""", year=2026)


# B16-8. A provincial agency's annex of 2023 laid out as the seed is (Ban Quản lý các Khu công
# nghiệp tỉnh Đồng Nai), in Word and Excel. Its habits:
#  - NO NUMBER COLUMN. The first column, "Nội dung", holds each section's name, "I. Công tác chỉ
#    đạo, điều hành" … "VII. Xây dựng và phát triển chính quyền điện tử, chính quyền số", merged
#    down beside its tasks (Word vMerge, an Excel merged range); section IV has a single task, so
#    its cell is merged over nothing. The contract says such a column is a section column, not a
#    title: id = the numeral, title = the text after "I. " (as plan-format.md titles the seed's
#    "I. Công tác chỉ đạo điều hành"). The title column is "Nhiệm vụ".
#  - THE NUMBERS ARE WRITTEN INSIDE THE TASK TEXT, "1. Xây dựng …", and bullets "- Đăng tải …", as
#    in the seed, whose I.2.a plan-format.md titles "Xây dựng 01 video …" without its "- ". So: ids
#    from those numbers and letters for the bullets, titles without the "1. " or "- ". I.2
#    "Tuyên truyền cải cách hành chính" has no unit and two bullets under it: a heading (the
#    contract), I.2.a and I.2.b.
#  - Headers "Nội dung | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Kết quả
#    dự kiến" ("Kết quả dự kiến": product).
#  - Units of the Ban: "Văn phòng Ban", "Phòng Quản lý đầu tư", "Phòng Quản lý doanh nghiệp",
#    "Phòng Quản lý lao động", collective "Các phòng, đơn vị thuộc Ban" (also as a lead); outside
#    it "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã
#    hội", "Sở Thông tin và Truyền thông", "Sở Nội vụ", "Công an tỉnh" (one unit each). Splits:
#    "Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, Công an tỉnh" (three), "Phòng Quản lý đầu
#    tư, Phòng Quản lý lao động" (two, at ", Phòng"), "Văn phòng Ban, Sở Thông tin và Truyền thông"
#    (two); ";" once.
#  - Deadlines "Tháng 01/2023", "Tháng 6/2023", "Tháng 9/2023", "Quý I/2023" … "Quý IV/2023", "Năm
#    2023", "Trước ngày 15/12/2023", "Thường xuyên", "Định kỳ quý, năm", "Định kỳ 6 tháng", "Hằng
#    năm" (periodic), "Khi có văn bản hướng dẫn của Bộ Kế hoạch và Đầu tư" (event). Three tasks
#    with no product, one with no support.
_B16_W8 = 6
_B16_PDV8 = "Các phòng, đơn vị thuộc Ban"
_B16_VP8 = "Văn phòng Ban"
layout("b16-2023-bql-kcn-section-column-numbers-in-text", ["docx", "xlsx"], [
    "UBND TỈNH ĐỒNG NAI",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
    "Phụ lục",
    "KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
    "(Ban hành kèm theo Kế hoạch số 210/KH-KCNĐN ngày 17 tháng 01 năm 2023 của Ban Quản lý các Khu công nghiệp "
    "Đồng Nai)",
], [[
    _B16_bold("Nội dung", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kết quả dự kiến"),
    *_B16_secol("I. Công tác chỉ đạo, điều hành", [
        ["1. Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2023 của Ban Quản lý các Khu công nghiệp", _B16_VP8,
         _B16_PDV8, "Tháng 01/2023", "Kế hoạch"],
        ["2. Tuyên truyền cải cách hành chính", "", "", "", ""],
        ["- Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử của Ban", _B16_VP8, _B16_PDV8,
         "Thường xuyên", "Tin, bài"],
        ["- Tổ chức Hội nghị đối thoại với doanh nghiệp trong khu công nghiệp về thủ tục hành chính",
         "Phòng Quản lý doanh nghiệp", "Phòng Quản lý đầu tư, Phòng Quản lý lao động", "Quý III/2023",
         "Hội nghị đối thoại"],
        ["3. Báo cáo công tác cải cách hành chính", _B16_VP8, _B16_PDV8, "Định kỳ quý, năm", "Báo cáo"],
    ]),
    *_B16_secol("II. Cải cách thể chế", [
        ["1. Rà soát văn bản quy phạm pháp luật liên quan đến quản lý nhà nước về khu công nghiệp", _B16_VP8,
         _B16_PDV8, "Quý II/2023", "Báo cáo kết quả rà soát"],
        ["2. Tham mưu UBND tỉnh ban hành Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp trên địa bàn "
         "tỉnh", "Phòng Quản lý đầu tư", "Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, Công an tỉnh",
         "Tháng 9/2023", "Quyết định của UBND tỉnh"],
    ]),
    *_B16_secol("III. Cải cách thủ tục hành chính", [
        ["1. Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính "
         "công tỉnh", _B16_PDV8, _B16_VP8, "Thường xuyên", "Hồ sơ giải quyết đúng hạn"],
        ["2. Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đầu tư, lao động trong khu công nghiệp",
         _B16_VP8, "Phòng Quản lý đầu tư; Phòng Quản lý lao động", "Tháng 6/2023", "Phương án đơn giản hóa"],
        ["3. Thực hiện thủ tục cấp giấy phép lao động cho người nước ngoài qua dịch vụ công trực tuyến toàn trình",
         "Phòng Quản lý lao động", "Sở Lao động - Thương binh và Xã hội", "Quý II/2023", ""],
    ]),
    *_B16_secol("IV. Cải cách tổ chức bộ máy hành chính nhà nước", [
        ["1. Kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng thuộc Ban", _B16_VP8, "Sở Nội vụ",
         "Khi có văn bản hướng dẫn của Bộ Kế hoạch và Đầu tư", "Quyết định kiện toàn"],
    ]),
    *_B16_secol("V. Cải cách chế độ công vụ", [
        ["1. Rà soát, điều chỉnh vị trí việc làm của Ban", _B16_VP8, _B16_PDV8, "Quý III/2023",
         "Đề án vị trí việc làm"],
        ["2. Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính", _B16_VP8, _B16_PDV8, "Định kỳ 6 tháng",
         "Thông báo kết quả kiểm tra"],
        ["3. Đánh giá, xếp loại chất lượng công chức năm 2023", _B16_VP8, _B16_PDV8, "Trước ngày 15/12/2023",
         "Quyết định xếp loại"],
    ]),
    *_B16_secol("VI. Cải cách tài chính công", [
        ["1. Xây dựng Quy chế chi tiêu nội bộ năm 2023", _B16_VP8, _B16_PDV8, "Quý I/2023", "Quy chế chi tiêu nội bộ"],
        ["2. Công khai dự toán, quyết toán ngân sách của Ban", _B16_VP8, "", "Hằng năm", "Báo cáo công khai"],
    ]),
    *_B16_secol("VII. Xây dựng và phát triển chính quyền điện tử, chính quyền số", [
        ["1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", _B16_PDV8, _B16_VP8, "Năm 2023", ""],
        ["2. Xây dựng cơ sở dữ liệu doanh nghiệp trong các khu công nghiệp", "Phòng Quản lý doanh nghiệp",
         _B16_VP8 + ", Sở Thông tin và Truyền thông", "Quý IV/2023", "Cơ sở dữ liệu doanh nghiệp"],
        ["3. Vận hành Hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số", _B16_VP8, _B16_PDV8, "Thường xuyên",
         ""],
    ]),
]], """
S I | Công tác chỉ đạo, điều hành
T I.1 | Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2023 của Ban Quản lý các Khu công nghiệp | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Tháng 01/2023 | 2023-01-31 | product=Kế hoạch
H I.2 | Tuyên truyền cải cách hành chính
T I.2.a | Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử của Ban | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Thường xuyên | continuous | product=Tin, bài
T I.2.b | Tổ chức Hội nghị đối thoại với doanh nghiệp trong khu công nghiệp về thủ tục hành chính | Phòng Quản lý doanh nghiệp | Phòng Quản lý đầu tư; Phòng Quản lý lao động | Quý III/2023 | 2023-09-30 | product=Hội nghị đối thoại
T I.3 | Báo cáo công tác cải cách hành chính | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Định kỳ quý, năm | periodic | product=Báo cáo
S II | Cải cách thể chế
T II.1 | Rà soát văn bản quy phạm pháp luật liên quan đến quản lý nhà nước về khu công nghiệp | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Quý II/2023 | 2023-06-30 | product=Báo cáo kết quả rà soát
T II.2 | Tham mưu UBND tỉnh ban hành Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp trên địa bàn tỉnh | Phòng Quản lý đầu tư | Sở Kế hoạch và Đầu tư; Sở Tài nguyên và Môi trường; Công an tỉnh | Tháng 9/2023 | 2023-09-30 | product=Quyết định của UBND tỉnh
S III | Cải cách thủ tục hành chính
T III.1 | Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công tỉnh | Các phòng, đơn vị thuộc Ban | Văn phòng Ban | Thường xuyên | continuous | product=Hồ sơ giải quyết đúng hạn
T III.2 | Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đầu tư, lao động trong khu công nghiệp | Văn phòng Ban | Phòng Quản lý đầu tư; Phòng Quản lý lao động | Tháng 6/2023 | 2023-06-30 | product=Phương án đơn giản hóa
T III.3 | Thực hiện thủ tục cấp giấy phép lao động cho người nước ngoài qua dịch vụ công trực tuyến toàn trình | Phòng Quản lý lao động | Sở Lao động - Thương binh và Xã hội | Quý II/2023 | 2023-06-30 |
S IV | Cải cách tổ chức bộ máy hành chính nhà nước
T IV.1 | Kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng thuộc Ban | Văn phòng Ban | Sở Nội vụ | Khi có văn bản hướng dẫn của Bộ Kế hoạch và Đầu tư | event | product=Quyết định kiện toàn
S V | Cải cách chế độ công vụ
T V.1 | Rà soát, điều chỉnh vị trí việc làm của Ban | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Quý III/2023 | 2023-09-30 | product=Đề án vị trí việc làm
T V.2 | Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Định kỳ 6 tháng | periodic | product=Thông báo kết quả kiểm tra
T V.3 | Đánh giá, xếp loại chất lượng công chức năm 2023 | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Trước ngày 15/12/2023 | 2023-12-15 | product=Quyết định xếp loại
S VI | Cải cách tài chính công
T VI.1 | Xây dựng Quy chế chi tiêu nội bộ năm 2023 | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Quý I/2023 | 2023-03-31 | product=Quy chế chi tiêu nội bộ
T VI.2 | Công khai dự toán, quyết toán ngân sách của Ban | Văn phòng Ban | | Hằng năm | periodic | product=Báo cáo công khai
S VII | Xây dựng và phát triển chính quyền điện tử, chính quyền số
T VII.1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Các phòng, đơn vị thuộc Ban | Văn phòng Ban | Năm 2023 | 2023-12-31 |
T VII.2 | Xây dựng cơ sở dữ liệu doanh nghiệp trong các khu công nghiệp | Phòng Quản lý doanh nghiệp | Văn phòng Ban; Sở Thông tin và Truyền thông | Quý IV/2023 | 2023-12-31 | product=Cơ sở dữ liệu doanh nghiệp
T VII.3 | Vận hành Hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số | Văn phòng Ban | Các phòng, đơn vị thuộc Ban | Thường xuyên | continuous |
""", year=2023)
