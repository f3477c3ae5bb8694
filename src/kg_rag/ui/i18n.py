"""Vietnamese on the page: Gradio's own strings (its i18n keys) and the engine's errors.

Gradio ships no Vietnamese and picks the browser's language, so `GRADIO_VI` is registered under
every locale Gradio knows (an officer's browser may be set to English): whatever Gradio shows,
tooltips and screen-reader text included, is Vietnamese. The page sets lang="vi" itself.

Engine errors are English for the command line (`KgRagError`, `BadInput`, `DocumentError` …) and
point to commands; `vi_error` says the same in Vietnamese with what to do *on the page*, by error
class and known message patterns, and falls back to a plain Vietnamese sentence.
"""
from __future__ import annotations

import re

from ..errors import BadInput, CorruptIndex, DocumentError, KgRagError, ModelError

GRADIO_VI = {
    "common.built_with": "xây dựng bằng", "common.built_with_gradio": "Xây dựng bằng Gradio",
    "common.clear": "Xóa", "common.complete": "Xong", "common.download": "Tải về",
    "common.download_all": "Tải tất cả", "common.edit": "Sửa", "common.empty": "Trống",
    "common.error": "Lỗi", "common.hosted_on": "Chạy trên", "common.loading": "Đang tải",
    "common.logo": "biểu trưng", "common.or": "hoặc", "common.remove": "Bỏ", "common.runs": "Lượt chạy",
    "common.runs_description": "Các lượt chạy lưu trong trình duyệt", "common.back_to_app": "Trang chính",
    "common.back_to_app_description": "Quay lại trang chính", "common.settings": "Cài đặt",
    "common.share": "Chia sẻ", "common.submit": "Gửi", "common.undo": "Hoàn tác",
    "common.no_devices": "Không có thiết bị", "common.language": "Ngôn ngữ",
    "common.display_theme": "Giao diện", "common.pwa": "Ứng dụng web", "common.progress": "Tiến độ",
    "common.record": "Ghi", "common.stop_recording": "Dừng ghi", "common.screen_studio": "Quay màn hình",
    "common.share_gradio_tab": "Chia sẻ thẻ", "common.run": "Chạy", "common.stop": "Dừng",
    "common.copy": "Chép", "common.copied": "Đã chép", "common.close": "Đóng",
    "blocks.connection_can_break": "Trên điện thoại, kết nối có thể mất khi chuyển sang ứng dụng khác "
                                   "hoặc máy tắt màn hình; khi đó hãy tải lại trang.",
    "blocks.long_requests_queue": "Đang có nhiều yêu cầu chờ xử lý; vui lòng đợi.",
    "blocks.lost_connection": "Mất kết nối do rời trang. Đang kết nối lại…",
    "blocks.waiting_for_inputs": "Đang chờ tải tệp lên xong, vui lòng thử lại.",
    "chatbot.edit": "Sửa", "chatbot.retry": "Hỏi lại", "chatbot.undo": "Hoàn tác", "chatbot.submit": "Gửi",
    "chatbot.cancel": "Hủy", "chatbot.like": "Hữu ích", "chatbot.dislike": "Không hữu ích",
    "chatbot.clear": "Xóa cuộc trò chuyện", "chatbot.complete": "Xong", "chatbot.copy_message": "Chép câu trả lời",
    "chatbot.copied_message": "Đã chép", "chat_interface.new_chat": "Cuộc trò chuyện mới",
    "chat_interface.message_placeholder": "Nhập câu hỏi…", "chat_interface.conversation": "Cuộc trò chuyện",
    "chat_interface.chatbot": "Trao đổi", "chat_interface.additional_inputs": "Tùy chọn thêm",
    "dropdown.dropdown": "Danh sách chọn", "checkbox.checkbox": "Ô chọn", "checkbox.checkbox_group": "Nhóm ô chọn",
    "radio.radio": "Lựa chọn", "label.label": "Nhãn", "number.number": "Số", "code.code": "Mã",
    "errors.build_error": "có lỗi khi dựng trang", "errors.config_error": "có lỗi cấu hình",
    "errors.contact_page_author": "Vui lòng báo người quản trị máy chủ.",
    "errors.no_app_file": "không có tệp ứng dụng", "errors.runtime_error": "có lỗi khi chạy",
    "errors.space_not_working": "Trang không hoạt động vì {0}", "errors.space_paused": "trang đang tạm dừng",
    "errors.use_via_api": "Dùng qua API", "errors.use_via_api_or_mcp": "Dùng qua API",
    "file.uploading": "Đang tải lên…",
    "login.enable_cookies": "Trình duyệt cần cho phép cookie để đăng nhập.",
    "login.incorrect_credentials": "Sai tên đăng nhập hoặc mật khẩu (sau 5 lần sai phải chờ 1 phút).",
    "login.username": "Tên đăng nhập", "login.password": "Mật khẩu", "login.login": "Đăng nhập",
    "status.queue_position": "Đang chờ: thứ {position} trên {size}",
    "upload_text.click_to_upload": "Bấm để chọn tệp", "upload_text.drop_file": "Thả tệp vào đây",
    "upload_text.drop_csv": "Thả tệp vào đây", "upload_text.drop_audio": "Thả tệp vào đây",
    "upload_text.drop_image": "Thả tệp vào đây", "upload_text.drop_video": "Thả tệp vào đây",
    "upload_text.drop_gallery": "Thả tệp vào đây", "upload_text.paste_clipboard": "Dán từ bộ nhớ tạm",
}
# the locales Gradio 6 ships (its frontend picks one of these from the browser's language)
GRADIO_LOCALES = ("en", "ca", "de", "es", "et", "eu", "fa", "fr", "he", "id", "ja", "ko", "lt", "nb", "pt",
                  "pt-BR", "ro", "ru", "sv", "ta", "th", "tr", "uk", "ur", "uz", "zh-CN", "zh-TW", "vi")

# English strings Gradio's frontend writes without an i18n key, as tooltips or toasts: replaced
# in the browser (assets.py) by these.
DOM_VI = {
    "More tabs": "Các thẻ khác", "Error": "Lỗi", "Warning": "Chú ý", "Info": "Thông báo", "Close": "Đóng",
    "Clear": "Xóa", "Remove": "Bỏ", "Loading...": "Đang tải…", "Connection errored out.": "Mất kết nối "
    "tới máy chủ. Kiểm tra mạng rồi tải lại trang.", "Copy": "Chép", "Copied": "Đã chép",
}
GENERIC_TOAST = "Có lỗi khi xử lý yêu cầu. Tải lại trang rồi thử lại; nếu vẫn lỗi, báo người quản trị máy chủ."


def gradio_i18n(gr):
    """A gr.I18n with the Vietnamese strings under every locale Gradio may pick."""
    return gr.I18n(**{loc: dict(GRADIO_VI) for loc in GRADIO_LOCALES})


# -- engine errors -> Vietnamese, saying what to do on the page -----------------------------------

_FILE = r"(?P<f>.+?): "
_PATTERNS: list[tuple[type, str, str]] = [
    (BadInput, r"empty question", "Chưa có câu hỏi. Gõ câu hỏi vào ô “Câu hỏi”, ví dụ “Ai phải làm gì theo "
                                  "Kết luận 69?”, rồi bấm “Hỏi”."),
    (BadInput, r"question too long", "Câu hỏi dài quá 2.000 ký tự. Hãy hỏi từng ý một, ngắn gọn hơn."),
    (BadInput, r"the question must be text", "Câu hỏi phải là chữ. Gõ câu hỏi vào ô “Câu hỏi”."),
    (BadInput, r"no directive given", "Chưa nhập văn bản chỉ đạo. Gõ tên văn bản vào ô, ví dụ “KL 69”, "
                                      "“Kết luận 69” hoặc “69-KL/TW”, rồi bấm “Xem phân công”."),
    (BadInput, r"\"(?P<t>.+)\" names no directive", "“{t}” không phải tên một văn bản chỉ đạo. Gõ loại và số "
                                                   "văn bản, ví dụ “KL 69”, “Nghị quyết 20” hoặc “69-KL/TW”."),
    (BadInput, r"(?P<t>.+?) is not named in any document of the corpus",
     "Không văn bản nào trong kho nhắc tới {t}. Kiểm tra lại số hiệu; nếu văn bản đó chưa có trong kho, "
     "thêm nó ở thẻ “Văn bản” rồi thử lại."),
    (BadInput, r"\"(?P<t>.+)\" may mean (?P<n>\d+) different directives \((?P<o>.*)\): add the year, e\.g\. "
               r"\"(?P<e>.+)\"", "“{t}” có thể là {n} văn bản khác nhau ({o}). Ghi thêm năm ban hành, ví dụ “{e}”."),
    (BadInput, r"no topic given", "Chưa nhập chủ đề. Gõ chủ đề vào ô, ví dụ “Kết luận 69” hoặc “tuyên truyền "
                                  "khoa học công nghệ”, rồi bấm “Soạn đề cương”."),
    (BadInput, r"no document in the corpus is about \"(?P<t>.+)\"",
     "Không văn bản nào trong kho bàn về “{t}”. Thử chủ đề khác, hoặc thêm văn bản ở thẻ “Văn bản”."),
    (BadInput, r"must not be empty or start with '\.' or '~\$'",
     "Tên tệp bắt đầu bằng dấu chấm “.” hoặc “~$” (tệp ẩn, tệp khóa của Word), không phải văn bản. "
     "Đổi tên tệp rồi tải lên lại."),
    (BadInput, _FILE + r"no such document in the corpus", "Văn bản {f} không còn trong kho (có thể người khác "
                                                         "vừa gỡ). Danh sách văn bản đã được cập nhật."),
    (DocumentError, _FILE + r"looks like a binary file", "Tệp không phải văn bản chữ (có thể là ảnh hoặc tệp "
     "chương trình). Lưu văn bản thành .docx, .pdf có chữ, hoặc .txt (UTF-8) rồi tải lên lại."),
    (DocumentError, _FILE + r"not UTF-8 text", "Không đọc được bảng mã chữ của tệp. Mở tệp, lưu lại với bảng mã "
                                               "UTF-8 (hoặc lưu thành .docx) rồi tải lên lại."),
    (DocumentError, _FILE + r"not a readable Word \.docx", "Tệp Word bị hỏng hoặc không phải .docx. Mở bằng "
                                                          "Word, chọn Lưu thành .docx rồi tải lên lại."),
    (DocumentError, _FILE + r"not a readable PDF", "Tệp PDF bị hỏng hoặc không mở được. Xuất lại PDF (hoặc lưu "
                                                  "thành .docx) rồi tải lên lại."),
    (DocumentError, _FILE + r"the PDF has no text layer", "Tệp PDF là bản chụp (ảnh), không có chữ để đọc. Nhận "
                                                         "dạng chữ (OCR), lưu thành .docx hoặc .txt rồi tải lên."),
    (DocumentError, _FILE + r"unsupported file type", "Chỉ nhận tệp .txt, .md, .docx hoặc .pdf. Lưu văn bản "
                                                     "thành một trong các dạng đó rồi tải lên lại."),
    (DocumentError, _FILE + r"larger than (?P<mb>\d+) MB", "Tệp lớn hơn {mb} MB. Tách thành các tệp nhỏ hơn "
                                                          "rồi tải lên từng tệp."),
    (DocumentError, _FILE + r"has no readable text", "Tệp không có chữ đọc được. Kiểm tra lại nội dung tệp."),
    (DocumentError, _FILE + r"no paragraphs found", "Không thấy đoạn văn nào trong tệp — có phải văn bản chỉ "
                                                   "đạo không? Kiểm tra nội dung tệp rồi tải lên lại."),
    (DocumentError, _FILE + r"the file's content does not match its name", "Nội dung tệp không khớp với đuôi "
     "tên tệp. Đổi đuôi cho đúng loại tệp (.txt, .md, .docx, .pdf) rồi tải lên lại."),
    (DocumentError, r"needs (python-docx|pypdf)", "Máy chủ thiếu thư viện đọc loại tệp này. Báo người quản trị, "
                                                 "hoặc lưu văn bản thành .txt rồi tải lên."),
    (KgRagError, r"cannot write", "Máy chủ không ghi được tệp (ổ đĩa đầy hoặc không có quyền ghi). Báo người "
                                  "quản trị máy chủ; văn bản đã có trong kho không bị mất."),
]
_BY_CLASS = [
    (CorruptIndex, "Chỉ mục tìm kiếm đang được dựng lại. Chờ một lát rồi thử lại; nếu vẫn lỗi, báo người "
                   "quản trị máy chủ."),
    (ModelError, "Máy chủ không nạp được mô hình tìm kiếm. Báo người quản trị máy chủ."),
    (DocumentError, "Không đọc được tệp này. Lưu lại thành .docx hoặc .txt (UTF-8) rồi tải lên lại."),
    (BadInput, "Không dùng được nội dung vừa nhập. Kiểm tra lại rồi thử lần nữa."),
]
GENERIC = "Có lỗi khi xử lý yêu cầu. Thử lại; nếu vẫn lỗi, báo người quản trị máy chủ."


def vi_error(e: BaseException) -> str:
    """The Vietnamese message for an engine error (see module doc)."""
    msg = str(e)
    for cls, pattern, text in _PATTERNS:
        if isinstance(e, cls) and (m := re.search(pattern, msg)):
            return text.format(**{k: v for k, v in m.groupdict().items() if v is not None})
    return next((text for cls, text in _BY_CLASS if isinstance(e, cls)), GENERIC)
