#!/usr/bin/env python3
"""Writes the annex fixtures of `plan import` into tests/fixtures/import/, with the standard
library only (zipfile): the seed's annex as the Word table it was printed from (Kế hoạch số
12/KH-KHCN, Sở KH&CN Tây Ninh, 2023), a layout with parts, Roman sections spanning the row, a
two-row header, numbering 1. / 1.1 / a) / -, a repeated header and merged cells, each as .docx,
.xlsx and .csv, and the bad files the importer must refuse.

Run from the repository root: python3 scripts/make_import_fixtures.py
"""

import csv
import sys
import io
import os
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join("tests", "fixtures", "import")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# The seed's annex: the section (merged down the first column), then each row's task
# ("1." numbered, "-" bulleted), lead, support, budget and deadline, as the PDF prints them.
SEED = [('I. Công tác chỉ đạo điều hành',
  [('1. Xây dựng Kế hoạch CCHC năm 2023', 'Văn phòng', '', '', 'Quý 1/ 2023'),
   ('2. Tuyên truyền CCHC', '', '', '', ''),
   ('- Xây dựng 01 video hướng dẫn, hỗ trợ người dân thực hiện nộp hồ sơ trực tuyến đối với thủ '
    'tục cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)',
    'Văn phòng',
    'Phòng Quản lý Chuyên ngành',
    '12.000.000 đồng',
    'Quý 2/ 2023'),
   ('- Xây dựng tin, bài, ấn phẩm, sản phẩm truyền thông về cải cách hành chính tại Trung tâm Phục '
    'vụ Hành chính Công tỉnh',
    'Văn phòng',
    'Các phòng, đơn vị',
    '8.000.000 đồng',
    'Quý 2/ 2023'),
   ('- Viết tin, bài đăng tải trên Trang thông tin điện tử của Sở, Cổng Hành chính công tỉnh '
    '(Zalo) theo chức năng, nhiệm vụ của phòng, đơn vị (đảm bảo có ít nhất 02 tin, bài về CCHC '
    'được đăng tải trong năm; 02 tin, bài liên quan đến chức năng, nhiệm vụ của phòng, đơn '
    'vị/tháng)',
    'Các phòng, đơn vị',
    '',
    '',
    'Tháng 10/2023'),
   ('3. Xây dựng Kế hoạch và tổ chức kiểm tra việc giải quyết thủ tục hành chính cho tổ chức, công '
    'dân tại phòng, đơn vị thuộc Sở.',
    'Văn phòng',
    'Tổ kiểm soát thủ tục hành chính;\nCác phòng, đơn vị',
    '',
    'Năm 2023'),
   ('4. Cử công chức tham gia các lớp tập huấn về CCHC do UBND tỉnh tổ chức',
    'Văn phòng',
    'Các phòng, đơn vị',
    '',
    'Năm 2023')]),
 ('II. Cải cách thể chế',
  [('1. Đảm bảo 100% văn bản QPPL tham mưu HĐND, UBND tỉnh ban hành trong năm 2023 hợp hiến, hợp '
    'pháp, thống nhất và đúng trình tự, thủ tục theo quy định của Luật Ban hành văn bản QPPL.',
    'Các phòng, đơn vị',
    'Thanh tra',
    '',
    'Năm 2023'),
   ('2. Xây dựng và triển khai thực hiện Kế hoạch tự kiểm tra, rà soát, xử lý văn bản quy phạm '
    'pháp luật năm 2023; Kế hoạch hệ thống hóa văn bản quy phạm pháp luật của ngành kỳ 2019-2023',
    'Thanh tra',
    'Các phòng, đơn vị',
    '',
    'Tháng 01/2023'),
   ('3. Xây dựng và triển khai thực hiện Kế hoạch theo dõi tình hình thi hành pháp luật năm 2023',
    'Thanh tra',
    'Các phòng, đơn vị',
    '',
    'Tháng 01/2023'),
   ('4. Xây dựng và triển khai thực hiện Kế hoạch công tác Phổ biến giáo dục pháp luật trên địa '
    'bàn tỉnh năm 2023',
    'Thanh tra',
    'Các phòng, đơn vị',
    '',
    'Tháng 01/2023')]),
 ('III. Cải cách thủ tục hành chính',
  [('1. Rà soát, cập nhật và trình Chủ tịch UBND tỉnh ban hành Quyết định công bố Danh mục TTHC, '
    'quy trình nội bộ, quy trình điện tử các TTHC để kiểm soát khi có thay đổi. Cập nhật đầy đủ '
    'các quy trình TTHC lên Hệ thống thông tin giải quyết TTHC của tỉnh, Cổng Dịch vụ công Quốc '
    'gia.',
    'Văn phòng',
    'Tổ kiểm soát TTHC; Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành;\nChi cục TĐC',
    '',
    'Thường xuyên'),
   ('2. Kiểm soát nội dung, số lượng, chất lượng, dự thảo quyết định công bố, công khai danh mục '
    'TTHC thuộc thẩm quyền giải quyết và phạm vi quản lý của từng phòng, đơn vị theo quy định của '
    'pháp luật.',
    'Văn phòng',
    'Tổ kiểm soát TTHC; Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành;\nChi cục TĐC',
    '',
    'Thường xuyên'),
   ('3. Báo cáo công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên '
    'thông và thực hiện thủ tục hành chính trên môi trường điện tử.',
    'Văn phòng',
    'Tổ kiểm soát TTHC; Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành;\nChi cục TĐC',
    '',
    'Định kỳ quý, năm'),
   ('4. Xây dựng, sửa đổi bổ sung các quy chế phối hợp, liên thông thủ tục hành chính thuộc thẩm '
    'quyền giải quyết của phòng, đơn vị (nếu có)',
    'Văn phòng',
    'Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành; Chi cục TĐC',
    '',
    'Năm 2023'),
   ('5. Tiếp tục triển khai thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về '
    'thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC',
    '',
    '',
    '',
    ''),
   ('- Giải quyết hồ sơ TTHC kịp thời đúng quy định',
    'Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành; Chi cục TĐC',
    '',
    '',
    'Thường xuyên'),
   ('- Tăng cường công tác hỗ trợ, hướng dẫn người dân, doanh nghiệp thực hiện nộp hồ sơ qua Cổng '
    'dịch vụ công trực tuyến, qua dịch vụ bưu chính công ích đảm bảo đạt tỷ lệ trên 60% hồ sơ phát '
    'sinh qua trực tuyến, bưu chính công ích trên tổng số hồ sơ phát sinh của phòng, đơn vị',
    'Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành; Chi cục TĐC',
    '',
    '',
    'Thường xuyên'),
   ('6. Thống kê, rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà '
    'nước giai đoạn 2022 – 2025',
    'Phòng Quản lý Chuyên ngành',
    'Văn phòng',
    '',
    'Theo Kế hoạch số 3989/KH-UBND ngày 21/11/2022 của UBND tỉnh')]),
 ('IV. Cải cách tổ chức bộ máy hành chính nhà nước và chế độ công chức, công vụ',
  [('1. Tiếp tục kiện toàn tổ chức bộ máy nhằm từng bước nâng cao hiệu quả quản lý nhà nước về '
    'KH&CN ở địa phương',
    '',
    '',
    '',
    ''),
   ('- Rà soát, xây dựng danh mục vị trí việc làm của Sở theo Thông tư số 01/2021/TT-BKHCN ngày '
    '01/3/2021 của Bộ KH&CN hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về '
    'khoa học và công nghệ thuộc UBND cấp tỉnh, cấp huyện',
    'Văn phòng',
    'Các phòng, đơn vị',
    '',
    'Năm 2023'),
   ('2. Xây dựng và triển khai Kế hoạch Kiểm tra về công tác tổ chức cán bộ',
    'Văn phòng',
    'Thanh tra',
    '',
    'Năm 2023'),
   ('3. Giao biên chế hành chính, biên chế sự nghiệp cho các phòng, đơn vị năm 2023',
    'Văn phòng',
    '',
    '',
    'Sau khi có thông báo giao biên chế của tỉnh'),
   ('4. Xây dựng và triển khai kế hoạch đào tạo bồi dưỡng năm 2023',
    'Văn phòng',
    '',
    '',
    'Năm 2023'),
   ('5. Thường xuyên kiểm tra công vụ; nâng cao trách nhiệm, kỷ luật, kỷ cương hành chính và đạo '
    'đức công vụ của công chức, viên chức',
    'Tổ Kiểm tra Công vụ',
    '',
    '',
    'Định kỳ quý hoặc đột xuất')]),
 ('V. Cải cách tài chính',
  [('1. Thực hiện cơ chế tài chính đối với các cơ quan Nhà nước: Báo cáo kết quả thực hiện Nghị '
    'định 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định 117/2013/NĐ-CP ngày 07/10/2013 về sửa đổi, '
    'bổ sung Nghị định 130/2005/NĐ-CP của Chính phủ',
    'Văn phòng',
    'Chi cục TĐC',
    '',
    'Năm 2023'),
   ('2. Đổi mới cơ chế tài chính đối với Trung tâm KH&CN – đơn vị sự nghiệp công lập thuộc Sở '
    'KH&CN',
    '',
    '',
    '',
    ''),
   ('- Đảm bảo mức tự chủ theo Quyết định số 273/QĐ-STC ngày15/12/2022 của Sở Tài chính về việc '
    'giao quyền tự chủ tài chính cho Trung tâm KH&CN tăng từ 2% trở lên',
    'Trung tâm KH&CN',
    'Văn phòng',
    '',
    'Năm 2023'),
   ('- Tăng tỷ lệ giảm chi trực tiếp ngân sách cho Trung tâm KH&CN so với năm 2022',
    'Trung tâm KH&CN',
    '',
    '',
    'Năm 2023'),
   ('3. Đảm bảo giải ngân 90% kinh phí sự nghiệp khoa học được cấp theo kế hoạch năm',
    'Văn phòng',
    'Các phòng, đơn vị',
    '',
    'Năm 2023'),
   ('4. Công khai tình hình giải ngân kinh phí trên Trang Thông tin điện tử của Sở theo quy định',
    'Văn phòng, Chi cục TĐC, Trung tâm KH&CN',
    '',
    '',
    'Năm 2023')]),
 ('VI. Xây dựng và phát triển chính quyền điện tử, chính quyền số',
  [('1. Sử dụng có hiệu quả, đúng quy định các hệ thống thông tin nhằm tăng cường trao đổi văn bản '
    'điện tử, phục vụ công tác chỉ đạo điều hành (Văn phòng điện tử, chữ ký số, họp không giấy...; '
    'các hệ thống thông tin phục vụ người dân và doanh nghiệp (Hệ thống thông tin giải quyết TTHC '
    'của tỉnh, Cổng Hành chính công tỉnh Tây Ninh,...).',
    'Văn phòng',
    'Các phòng, đơn vị',
    '',
    'Thường xuyên'),
   ('2. Đảm bảo 100% kết quả giải quyết thủ tục hành chính được số hoá theo quy định',
    'Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành; Chi cục TĐC',
    'Văn phòng',
    '',
    'Thường xuyên'),
   ('3. Thực hiện cấp kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm quyền tham mưu, giải '
    'quyết của phòng, đơn vị',
    'Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành; Chi cục TĐC',
    '',
    '',
    'Thường xuyên'),
   ('4. Thực hiện tích hợp cơ sở dữ liệu của ngành lên Trung tâm IOC tỉnh.',
    'Các phòng, đơn vị',
    'Văn phòng',
    '',
    'Khi có văn bản hướng dẫn của Sở Thông tin và Truyền thông'),
   ('5. Triển khai xây dựng CSDL ngành KH&CN', 'Văn phòng', 'Các phòng, đơn vị', '', 'Năm 2023')]),
 ('VII. Tiếp tục triển khai Quyết định số 1364/QĐ-UBND ngày 25/6/2021 của UBND tỉnh',
  [('Tham mưu lãnh đạo Sở có biện pháp cụ thể tạo điều kiện cho các doanh nghiệp cung ứng dịch vụ '
    'liên quan đến công nghệ để làm tăng tỷ lệ doanh nghiệp trả lời “đã sử dụng nhà cung cấp tư '
    'nhân cho dịch vụ liên quan tới công nghệ” và “có ý định tiếp tục sử dụng dịch vụ liên quan '
    'tới công nghệ” lên bằng với mức bình quân cả nước để cải thiện chỉ số năng lực cạnh tranh cấp '
    'tỉnh (PCI) trong thời gian tới.',
    'Phòng Quản lý Chuyên ngành',
    '',
    '',
    'Năm 2023')])]

SEED_ABOVE = [
    "Phụ lục",
    "KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
    "(Ban hành kèm theo Kế hoạch số 12/KH-KHCN ngày 31 tháng 01 năm 2023 của Sở KH&CN)",
]
SEED_HEADER = ["Nội\ndung", "Nhiệm vụ", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Kinh phí\ndự kiến", "Thời gian\nhoàn thành"]


def cell(text, span=1, merge=None, bold=False):
    """A cell: its text (paragraphs split by \\n), columns spanned, `restart`/`continue`, and
    whether Word shows it in bold."""
    return {"text": text, "span": span, "merge": merge, "bold": bold}


def seed_rows():
    rows = [[cell(h) for h in SEED_HEADER]]
    for section, tasks in SEED:
        for index, task in enumerate(tasks):
            first = cell(section, merge="restart") if index == 0 else cell("", merge="continue")
            rows.append([first] + [cell(t) for t in task])
    return rows


PARTS_ABOVE = [
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/01/2025 của UBND huyện Tân Biên)",
]


def parts_rows():
    """Parts A/B, Roman sections spanning the row, a two-row header, column numbers, 1. / 1.1
    / a) / - numbering, a lead merged down over two tasks, a header repeated at a page break."""
    head1 = [cell("TT", merge="restart"), cell("Nhiệm vụ", merge="restart"), cell("Cơ quan thực hiện", span=2),
             cell("Thời gian\nhoàn thành", merge="restart"), cell("Kinh phí", merge="restart"),
             cell("Sản phẩm", merge="restart"), cell("Ghi chú", merge="restart")]
    head2 = [cell("", merge="continue"), cell("", merge="continue"), cell("Chủ trì"), cell("Phối hợp"),
             cell("", merge="continue"), cell("", merge="continue"), cell("", merge="continue"), cell("", merge="continue")]
    numbers = [cell(f"({n})") for n in range(1, 9)]

    def span(number, text):
        return [cell(number), cell(text, span=7)]

    def task(number, title, lead="", support="", deadline="", budget="", product="", note=""):
        lead_cell = lead if isinstance(lead, dict) else cell(lead)
        return [cell(number), cell(title), lead_cell, cell(support), cell(deadline), cell(budget), cell(product), cell(note)]

    return [
        head1, head2, numbers,
        span("A", "NHIỆM VỤ TRỌNG TÂM"),
        span("I", "CẢI CÁCH THỂ CHẾ"),
        task("1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Phòng Tư pháp",
             "Các cơ quan, đơn vị liên quan", "Quý III/2025", "20 triệu đồng", "Báo cáo kết quả rà soát"),
        task("2", "Kiểm tra công tác thi hành pháp luật", cell("Phòng Tư pháp", merge="restart"),
             "Văn phòng HĐND và UBND huyện", "Tháng 11/2025", "", "Kế hoạch, báo cáo"),
        task("3", "Theo dõi thi hành pháp luật về xử lý vi phạm hành chính", cell("", merge="continue"),
             "Công an huyện, Phòng Nội vụ", "Trước ngày 15/6 và 15/12", "Ngân sách huyện", "Báo cáo 6 tháng, năm"),
        span("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        task("1", "Kiểm soát thủ tục hành chính"),
        task("1.1", "Công bố, công khai thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
             "Các phòng, ban chuyên môn", "Thường xuyên"),
        task("1.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND huyện",
             "Phòng Văn hóa, Khoa học và Thông tin;\nUBND các xã, thị trấn", "Năm 2025 - 2026", "1,5 tỷ đồng",
             "Kho dữ liệu số", "Nguồn vốn sự nghiệp"),
        task("2", "Tiếp nhận, giải quyết hồ sơ trực tuyến"),
        task("a)", "Hướng dẫn người dân nộp hồ sơ trực tuyến", "Bộ phận Một cửa huyện", "UBND các xã, thị trấn",
             "Trước ngày 20 hàng tháng"),
        task("b)", "Thanh toán trực tuyến phí, lệ phí", "Bộ phận Một cửa huyện", "", "Quý IV/2025"),
        task("-", "Phí thẩm định hồ sơ", "Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước huyện", "Tháng 7 - 8/2025"),
        [cell("TT"), cell("Nhiệm vụ"), cell("Cơ quan thực hiện", span=2), cell("Thời gian\nhoàn thành"),
         cell("Kinh phí"), cell("Sản phẩm"), cell("Ghi chú")],
        span("B", "NHIỆM VỤ KHÁC"),
        span("I", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
        task("1", "Rà soát vị trí việc làm", "Phòng Nội vụ", "Các cơ quan, đơn vị",
             "Từ tháng 3 đến tháng 11 hằng năm", "150 tr.đ"),
        task("2", "Xây dựng chính quyền số", "Phòng Văn hóa, Khoa học và Thông tin",
             "Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch",
             "Năm 2025 và các năm tiếp theo", "12.000.000 đồng", "", "Theo Kế hoạch của tỉnh"),
    ]


def put(z, name, data):
    """An entry with a fixed time, so that the fixtures are the same bytes each time written."""
    z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


# Word ------------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# Word's automatic numbering: a line written "#R …" is numbered by a list of Roman numerals
# ("I.", "II." …, one list through the document), "#1 …" and "#a …" by a list of figures and
# letters under them ("1.", then "a)"), started again after each "#R". The label is not in the
# text, as Word keeps it.
LISTS = {"sections": 0}


def numbered(line):
    """A line's list paragraph properties and its text without the mark."""
    for mark, level in (("#R", None), ("#1", 0), ("#a", 1)):
        if line == mark or line.startswith(mark + " "):
            text = line[len(mark):].strip()
            if level is None:
                LISTS["sections"] += 1
                return '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>', text
            num = 10 + LISTS["sections"]
            return f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>', text
    return "", line


def paragraphs(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for line in text.split("\n"):
        list_props, line = numbered(line)
        out.append(f'<w:p>{list_props}<w:r>{props}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    return "".join(out) or "<w:p/>"


def numbering_xml(lists):
    """The lists `numbered` refers to: the sections', and one of figures and letters for each
    section (or one, where there is none), each starting again at 1."""
    nums = "".join(
        f'<w:num w:numId="{10 + n}"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        for n in range(lists + 1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
            '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
            '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>{nums}</w:numbering>')


def docx_table(rows):
    """A Word table as Word writes one: its grid of columns, then its rows."""
    width = max(sum(c["span"] for c in row) for row in rows)
    grid_columns = '<w:gridCol w:w="1400"/>' * width
    out = [f"<w:tbl><w:tblPr><w:tblBorders/></w:tblPr><w:tblGrid>{grid_columns}</w:tblGrid>"]
    for row in rows:
        out.append("<w:tr>")
        for c in row:
            props = ""
            if c["span"] > 1:
                props += f'<w:gridSpan w:val="{c["span"]}"/>'
            if c["merge"] == "restart":
                props += '<w:vMerge w:val="restart"/>'
            elif c["merge"] == "continue":
                props += "<w:vMerge/>"
            out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs(c['text'], c.get('bold', False))}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path, above, tables):
    body = "".join(paragraphs(p) for p in above)
    body += "".join(docx_table(t) + "<w:p/>" for t in tables)
    write_docx_body(path, body)


def write_docx_body(path, body):
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    lists = "<w:numPr>" in body
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if lists else '')
            + '</Types>')
        put(z, "_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        if lists:
            put(z, "word/_rels/document.xml.rels",
                       '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
            put(z, "word/numbering.xml", numbering_xml(LISTS["sections"]))
        put(z, "word/document.xml", document)
    LISTS["sections"] = 0


# Excel -----------------------------------------------------------------------------------

def column(n):
    name = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def grid(rows):
    """Rows of cells laid on a grid: (row, col) -> text, and the merged ranges."""
    texts, merges, starts = {}, [], {}
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            if spec["merge"] == "continue":
                starts[c] = starts.get(c, (r, c, spec["span"]))
            else:
                texts[(r, c)] = spec["text"]
                if spec["merge"] == "restart":
                    starts[c] = (r, c, spec["span"])
                elif spec["span"] > 1:
                    merges.append(((r, c), (r, c + spec["span"] - 1)))
            # close a vertical merge when a column stops continuing
            c += spec["span"]
    # vertical merges: from each restart down through the rows that continue it
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            if spec["merge"] == "restart":
                end = r
                while end + 1 < len(rows) and column_spec(rows[end + 1], c) is not None and column_spec(rows[end + 1], c)["merge"] == "continue":
                    end += 1
                merges.append(((r, c), (end, c + spec["span"] - 1)))
            c += spec["span"]
    return texts, merges


def column_spec(row, col):
    c = 0
    for spec in row:
        if c == col:
            return spec
        c += spec["span"]
    return None


STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>'
)


BOLD = ' s="1"'


def bold_cells(rows):
    """The (row, column) of the cells in bold."""
    found = set()
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            if spec.get("bold"):
                found.add((r, c))
            c += spec["span"]
    return found


def sheet_xml(rows, offset=0):
    """A worksheet's XML: its rows of inline strings, bold through style 1, merged ranges."""
    texts, merges = grid(rows)
    bold = bold_cells(rows)
    data = []
    for r in range(len(rows)):
        cells = "".join(
            f'<c r="{column(c)}{r + 1 + offset}" t="inlineStr"{BOLD if (rr, c) in bold else ""}><is><t xml:space="preserve">{escape(t)}</t></is></c>'
            for (rr, c), t in sorted(texts.items()) if rr == r and t != ""
        )
        data.append(f'<row r="{r + 1 + offset}">{cells}</row>')
    merge = "".join(f'<mergeCell ref="{column(a[1])}{a[0] + 1 + offset}:{column(b[1])}{b[0] + 1 + offset}"/>' for a, b in merges)
    merge = f'<mergeCells count="{len(merges)}">{merge}</mergeCells>' if merges else ""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{"".join(data)}</sheetData>{merge}</worksheet>', bool(bold)


def write_xlsx(path, sheet, rows, offset=0):
    write_workbook(path, [(sheet, rows)], offset)


def write_workbook(path, sheets, offset=0):
    """A workbook of `sheets`, each (name, rows), in order."""
    parts = [sheet_xml(rows, offset) for _, rows in sheets]
    bold = any(b for _, b in parts)
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
            + ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' if bold else '')
            + '</Types>')
        put(z, "_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        entries = "".join(f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
        put(z, "xl/workbook.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns}><sheets>{entries}</sheets></workbook>')
        put(z, "xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
            + (f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' if bold else '')
            + '</Relationships>')
        if bold:
            put(z, "xl/styles.xml", STYLES)
        for i, (xml, _) in enumerate(parts):
            put(z, f"xl/worksheets/sheet{i + 1}.xml", xml)


# OpenDocument ----------------------------------------------------------------------------

ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def write_ods(path, sheet, rows):
    """A spreadsheet as LibreOffice writes one: two empty rows and an empty column before the
    table (rows repeated), merged cells spanned with the cells they cover, bold through a cell
    style that inherits its weight from a named style in styles.xml."""
    texts, merges = grid(rows)
    bold = bold_cells(rows)
    width = max(sum(c["span"] for c in row) for row in rows)
    spans = {start: (end[0] - start[0] + 1, end[1] - start[1] + 1) for start, end in merges}
    covered = {(r, c) for (r0, c0), (r1, c1) in merges for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}
    body = ['<table:table-column table:number-columns-repeated="%d" '
            'table:default-cell-style-name="Default"/>' % (width + 1),
            '<table:table-row table:number-rows-repeated="2">'
            '<table:table-cell table:number-columns-repeated="%d"/></table:table-row>' % (width + 1)]
    for r in range(len(rows)):
        cells = ['<table:table-cell/>']
        for c in range(width):
            text = texts.get((r, c), "")
            tag = "table:covered-table-cell" if (r, c) in covered else "table:table-cell"
            attrs = ' table:style-name="ce1"' if (r, c) in bold else ""
            if (r, c) in spans:
                down, across = spans[(r, c)]
                attrs += f' table:number-columns-spanned="{across}" table:number-rows-spanned="{down}"'
            if text:
                paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
                cells.append(f'<{tag}{attrs} office:value-type="string">{paras}</{tag}>')
            else:
                cells.append(f"<{tag}{attrs}/>")
        body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.2">'
               '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell" '
               'style:parent-style-name="Nhấn"/></office:automatic-styles>'
               f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
               + "".join(body) + '</table:table></office:spreadsheet></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODS_NS} office:version="1.2">'
              '<office:styles><style:style style:name="Default" style:family="table-cell"/>'
              '<style:style style:name="Nhấn" style:family="table-cell" style:parent-style-name="Default">'
              '<style:text-properties fo:font-weight="bold"/></style:style></office:styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", date_time=(2025, 1, 1, 0, 0, 0)),
                   "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        put(z, "META-INF/manifest.xml", manifest)
        put(z, "content.xml", content)
        put(z, "styles.xml", styles)


# CSV -------------------------------------------------------------------------------------

def write_csv(path, rows, delimiter, bom, fill_down, quote_all=False):
    """Cells merged down are repeated (`fill_down`: every column but the first) or left empty,
    as a spreadsheet exports them; `quote_all` quotes every cell."""
    width = max(sum(c["span"] for c in row) for row in rows)
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n", quoting=quoting)
    previous = [""] * width
    for row in rows:
        line, c = [], 0
        for spec in row:
            text = spec["text"]
            if spec["merge"] == "continue":
                text = previous[c] if (fill_down and c > 0) else ""
            line.append(text)
            line.extend([""] * (spec["span"] - 1))
            c += spec["span"]
        line += [""] * (width - len(line))
        for i, t in enumerate(line):
            if t:
                previous[i] = t
        writer.writerow(line)
    with open(path, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))


# Bad files -------------------------------------------------------------------------------

def write_bad():
    open(os.path.join(OUT, "bad-empty.docx"), "wb").close()
    whole = open(os.path.join(OUT, "seed-annex.docx"), "rb").read()
    with open(os.path.join(OUT, "bad-truncated.docx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    with open(os.path.join(OUT, "bad-old-word.doc"), "wb") as f:
        f.write(ole + "WordDocument".encode("utf-16-le") + bytes(512))
    with open(os.path.join(OUT, "bad-password.docx"), "wb") as f:
        f.write(ole + "EncryptionInfo".encode("utf-16-le") + bytes(16) + "EncryptedPackage".encode("utf-16-le") + bytes(512))
    write_docx(os.path.join(OUT, "bad-no-table.docx"), ["Kế hoạch cải cách hành chính năm 2024", "Không có bảng nào."], [])
    write_docx(os.path.join(OUT, "bad-no-task-column.docx"), ["Danh sách"],
               [[[cell("STT"), cell("Họ và tên"), cell("Chức vụ")], [cell("1"), cell("Nguyễn Văn A"), cell("Chánh Văn phòng")]]])
    with zipfile.ZipFile(os.path.join(OUT, "bad-zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        put(z, "[Content_Types].xml", "<Types/>")
        bomb = zipfile.ZipInfo("word/document.xml", date_time=(2025, 1, 1, 0, 0, 0))
        bomb.compress_type = zipfile.ZIP_DEFLATED
        with z.open(bomb, "w", force_zip64=True) as entry:
            block = b" " * (1 << 20)
            for _ in range(65):
                entry.write(block)
    with open(os.path.join(OUT, "bad-windows-1258.csv"), "wb") as f:
        f.write("STT,Nhiệm vụ,Cơ quan chủ trì\r\n1,Rà soát,Văn phòng\r\n".encode("cp1258", errors="replace"))


# The corpus of other layouts ------------------------------------------------------------------

def specs(table):
    """The corpus's text rows (`^` merged from above, `<` covered from the left, `**` before a
    text in bold) as cells."""
    rows = []
    for r, texts in enumerate(table):
        row, col = [], 0
        for text in texts:
            if text == "<":
                row[-1]["span"] += 1
            elif text == "^":
                above = column_spec(rows[r - 1], col)
                if above["merge"] is None:
                    above["merge"] = "restart"
                row.append(cell("", merge="continue"))
            elif text.startswith("**"):
                row.append(cell(text[2:], bold=True))
            else:
                row.append(cell(text))
            col = sum(c["span"] for c in row)
        rows.append(row)
    return rows


def write_corpus():
    from import_corpus import CORPUS, CSV_OPTIONS, NOT_YET, SHEETS
    for item in CORPUS:
        name, above, blocks = item["name"], item["above"], item["blocks"]
        out = os.path.join(OUT, "not-yet" if name in NOT_YET else "corpus")
        os.makedirs(out, exist_ok=True)
        tables = [specs(b) for b in blocks if not isinstance(b, str)]
        for fmt in item["formats"]:
            path = os.path.join(out, f"{name}.{fmt}")
            if fmt == "docx":
                body = "".join(paragraphs(p) for p in above)
                for block in blocks:
                    body += paragraphs(block) if isinstance(block, str) else docx_table(specs(block)) + "<w:p/>"
                write_docx_body(path, body)
            elif fmt == "xlsx" and name in SHEETS:
                write_workbook(path, list(zip(SHEETS[name], tables)))
            elif fmt == "xlsx":
                write_xlsx(path, "Phụ lục", [r for t in tables for r in t])
            elif fmt == "ods":
                write_ods(path, "Phụ lục", [r for t in tables for r in t])
            else:
                options = CSV_OPTIONS.get(name, {})
                rows = [r for t in tables for r in t]
                if options.get("crlf_in_cells"):
                    rows = [[dict(c, text=c["text"].replace("\n", "\r\n")) for c in row] for row in rows]
                write_csv(path, rows, options.get("delimiter", ","), True, False, options.get("quote_all", False))
        with open(os.path.join(out, f"{name}.expected"), "w", encoding="utf-8") as f:
            f.write(f"year {item['year']}\n{item['expected']}\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    write_corpus()
    seed = seed_rows()
    write_docx(os.path.join(OUT, "seed-annex.docx"), SEED_ABOVE, [seed])
    write_xlsx(os.path.join(OUT, "seed-annex.xlsx"), "Phụ lục", seed)
    write_csv(os.path.join(OUT, "seed-annex.csv"), seed, ",", True, fill_down=False)
    parts = parts_rows()
    write_docx(os.path.join(OUT, "parts.docx"), PARTS_ABOVE, [parts])
    write_xlsx(os.path.join(OUT, "parts.xlsx"), "KH CCHC 2025", parts, offset=3)
    write_csv(os.path.join(OUT, "parts.csv"), parts, ";", False, fill_down=True)
    write_bad()


if __name__ == "__main__":
    main()
