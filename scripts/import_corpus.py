"""Annexes of layouts the importer was not built on, written here as text tables, and the plan
each must give, worked out by hand from the table (not from the program's output).

A table is a list of rows; a row is a list of cells: text (line breaks as \\n), `^` for a cell
merged down from the one above, `<` for a cell covered by the one to its left. Between tables,
a string is a paragraph of the document (a .docx keeps it; a sheet or CSV has no such thing).

Expected plans, one line each:
    S ID | title                                  a section
    T ID | title | lead; … | support; … | deadline as written | due | extra
    H ID | title                                  a heading (a group of tasks, no lead)
    R text                                        the import is refused, saying `text`
    A args                                        … and with these arguments, reads the plan
`due` is the day the deadline is read as, or `continuous`, `periodic`, `event`, `none`;
`extra` is `key=value` pairs separated by ` ; ` (product, detail, annex_status, budget).
"""

CORPUS = []


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
layout("two-row-header-numbered", ["docx", "xlsx"], ["PHỤ LỤC", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], [[
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
layout("merged-subtask-rows", ["xlsx", "docx"], [], [[
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
