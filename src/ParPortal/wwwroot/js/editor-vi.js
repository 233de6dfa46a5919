/*
 * Vietnamese for the rich-text editor (Jodit), read by js/editor.js: include this file before it.
 */
(function () {
  "use strict";

  // Jodit ships no Vietnamese language pack, and any key missing here shows in English. So this covers everything our
  // configuration can show: the toolbar's labels and lists, the pop-ups for a link, an image or table cells, the link
  // and image-properties dialogs, the table-size popup, the colour picker, find and replace (Ctrl+F), the paste
  // dialogs (Ctrl+Shift+V; the HTML/Word ones only if the paste options below are ever turned back on), confirms, the
  // placeholder and the word/character counters. Left out on purpose: the file browser, uploader, fonts, video,
  // special characters, print, speech and "about" texts, which no button or hotkey of ours opens.
  window.ParPortalJoditVietnamese = {
    // Toolbar buttons and their drop-down lists.
    "Insert format block": "Định dạng khối",
    // The block list's first entry (Jodit's list names it "Paragraph", a key no language pack has).
    Paragraph: "Đoạn văn",
    // One key for the paragraph block and for "no vertical alignment" in the cell and image pop-ups, so a word
    // that fits both.
    Normal: "Thông thường",
    "Heading 1": "Tiêu đề 1",
    "Heading 2": "Tiêu đề 2",
    "Heading 3": "Tiêu đề 3",
    "Heading 4": "Tiêu đề 4",
    Quote: "Trích dẫn",
    Code: "Mã",
    Bold: "Đậm",
    Italic: "Nghiêng",
    Underline: "Gạch chân",
    "Strike through": "Gạch ngang",
    "Insert Unordered List": "Danh sách dấu đầu dòng",
    "Insert Ordered List": "Danh sách đánh số",
    Default: "Mặc định",
    Circle: "Vòng tròn",
    Dot: "Chấm tròn",
    Quadrate: "Ô vuông",
    "Lower Alpha": "Chữ thường (a, b, c)",
    "Upper Alpha": "Chữ hoa (A, B, C)",
    "Lower Roman": "Số La Mã thường (i, ii, iii)",
    "Upper Roman": "Số La Mã hoa (I, II, III)",
    "Lower Greek": "Chữ Hy Lạp (α, β, γ)",
    "Decrease Indent": "Giảm thụt lề",
    "Increase Indent": "Tăng thụt lề",
    Align: "Căn lề",
    "Align Left": "Căn trái",
    "Align Center": "Căn giữa",
    "Align Right": "Căn phải",
    "Align Justify": "Căn đều",
    "Insert link": "Chèn liên kết",
    "Insert table": "Chèn bảng",
    "Table size": "Kích thước bảng",
    "Insert Horizontal Line": "Chèn đường kẻ ngang",
    Undo: "Hoàn tác",
    Redo: "Làm lại",
    "Clear Formatting": "Xóa định dạng",
    "Change mode": "Xem mã HTML",
    "Open in fullsize": "Toàn màn hình",
    // Our own label for the arrow half of a split button (see splitButtonLabels below).
    "%s: open list": "%s: mở danh sách",

    // The link dialog and the pop-up on a link.
    URL: "Địa chỉ (URL)",
    " URL": "Địa chỉ (URL)",
    Text: "Văn bản hiển thị",
    "Class name": "Lớp CSS",
    "Aria label": "Nhãn cho trình đọc màn hình",
    "Open in new tab": "Mở trong tab mới",
    "No follow": "Không theo dõi liên kết (nofollow)",
    Insert: "Chèn",
    Update: "Cập nhật",
    Unlink: "Bỏ liên kết",
    "Open link": "Mở liên kết",
    "Edit link": "Sửa liên kết",
    "Please fill out this field": "Vui lòng điền trường này",
    "Please enter a web address": "Vui lòng nhập địa chỉ web",

    // The pop-up on table cells.
    "Vertical align": "Căn dọc",
    Top: "Trên",
    Middle: "Giữa",
    Bottom: "Dưới",
    Split: "Tách ô",
    "Split vertical": "Tách theo chiều dọc",
    "Split horizontal": "Tách theo chiều ngang",
    Merge: "Gộp ô",
    "Add column": "Thêm cột",
    "Insert column before": "Chèn cột bên trái",
    "Insert column after": "Chèn cột bên phải",
    "Add row": "Thêm hàng",
    "Insert row above": "Chèn hàng phía trên",
    "Insert row below": "Chèn hàng phía dưới",
    Delete: "Xóa",
    "Delete table": "Xóa bảng",
    "Delete row": "Xóa hàng",
    "Delete column": "Xóa cột",
    "Empty cell": "Xóa nội dung ô",

    // The pop-up on an image and its properties dialog.
    Edit: "Sửa",
    "Horizontal align": "Căn ngang",
    Left: "Trái",
    Center: "Giữa",
    Right: "Phải",
    "Image properties": "Thuộc tính ảnh",
    Image: "Ảnh",
    Advanced: "Nâng cao",
    Src: "Đường dẫn ảnh",
    Title: "Tiêu đề",
    Alternative: "Văn bản thay thế",
    "Alternative text": "Văn bản thay thế",
    Link: "Liên kết",
    "Open link in new tab": "Mở liên kết trong tab mới",
    Width: "Chiều rộng",
    Height: "Chiều cao",
    "Keep Aspect Ratio": "Giữ tỉ lệ",
    Margins: "Lề",
    top: "trên",
    right: "phải",
    bottom: "dưới",
    left: "trái",
    Styles: "Kiểu CSS",
    Classes: "Lớp CSS",
    "Border radius": "Bo góc",
    Border: "Viền",
    "--Not Set--": "--Không đặt--",
    "Press Alt for custom resizing": "Giữ Alt để đổi kích thước tự do",

    // The colour picker: no pop-up we keep offers it (cell colours are removed, see popupWithout below); translated
    // should one offer it again.
    "Fill color or set the text color": "Màu nền hoặc màu chữ",
    Background: "Nền",
    "Color Picker": "Bảng chọn màu",
    palette: "Bảng màu",

    // Find and replace (Ctrl+F, Ctrl+H).
    Find: "Tìm",
    "Search for": "Tìm kiếm",
    "Find Previous": "Tìm kết quả trước",
    "Find Next": "Tìm kết quả tiếp",
    Replace: "Thay thế",
    "Replace with": "Thay thế bằng",

    // Pasting: the paste-storage dialog (Ctrl+Shift+V) and, if ever enabled, the HTML and Word questions.
    Paste: "Dán",
    "Choose Content to Paste": "Chọn nội dung để dán",
    "Your code is similar to HTML. Keep as HTML?": "Nội dung bạn dán có dạng HTML. Giữ nguyên dạng HTML?",
    "Paste as HTML": "Dán dưới dạng HTML",
    Keep: "Giữ nguyên định dạng",
    Clean: "Làm sạch định dạng",
    "Insert as Text": "Dán dưới dạng văn bản",
    "Insert only Text": "Chỉ giữ văn bản",
    "Word Paste Detected": "Phát hiện nội dung dán từ Word",
    "The pasted content is coming from a Microsoft Word/Excel document. Do you want to keep the format or clean it up?":
      "Nội dung dán đến từ tài liệu Microsoft Word/Excel. Bạn muốn giữ nguyên định dạng hay làm sạch?",
    "Paste from clipboard": "Dán từ bộ nhớ tạm",
    "Your browser doesn't support direct access to the clipboard.": "Trình duyệt của bạn không cho phép truy cập trực tiếp bộ nhớ tạm.",
    "Cut selection": "Cắt phần đã chọn",
    "Copy selection": "Sao chép phần đã chọn",
    "Select all": "Chọn tất cả",

    // Dialog buttons, confirms and alerts; the dialogs' own header buttons.
    Close: "Đóng",
    Ok: "Đồng ý",
    Cancel: "Hủy",
    Apply: "Áp dụng",
    Save: "Lưu",
    Reset: "Đặt lại",
    Remove: "Gỡ bỏ",
    Yes: "Có",
    No: "Không",
    "Are you sure?": "Bạn có chắc chắn không?",
    "There was an error loading %s": "Lỗi khi tải %s",

    // The editing area and the status bar.
    "Type something": "Nhập nội dung",
    "Chars: %d": "Ký tự: %d",
    "Words: %d": "Số từ: %d",
  };
})();
