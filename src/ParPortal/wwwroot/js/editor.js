/*
 * ParPortal rich-text fields. Include after the editor bundle:
 *   <link rel="stylesheet" href="/_content/ParPortal/lib/editor/jodit.min.css">
 *   <script src="/_content/ParPortal/lib/editor/jodit.min.js" defer></script>
 *   <script src="/_content/ParPortal/js/editor.js" defer></script>
 * Every <textarea data-richtext> becomes a Jodit editor. The textarea stays the form field (Jodit writes the HTML back
 * into it), so forms post normally with their antiforgery token. The server sanitizes whatever arrives.
 *
 * data-media-picker="/admin/media/picker" (optional) makes the image button open that page in a dialog. The picker
 * reports a choice with window.parent.postMessage({ type: "parportal:media-picked", src, alt, width, height },
 * location.origin); src must be a same-site path. The image is inserted only with a non-empty alt text.
 */
(function () {
  "use strict";

  var vietnamese = (document.documentElement.lang || "").toLowerCase().indexOf("vi") === 0;
  var text = vietnamese
    ? {
        title: "Chèn ảnh",
        picker: "Thư viện ảnh",
        alt: "Mô tả ảnh (văn bản thay thế, bắt buộc)",
        altMissing: "Hãy nhập mô tả ảnh trước khi chèn.",
        noImage: "Hãy chọn một ảnh trong thư viện.",
        insert: "Chèn",
        cancel: "Hủy",
      }
    : {
        title: "Insert image",
        picker: "Media library",
        alt: "Image description (alternative text, required)",
        altMissing: "Enter a description of the image before inserting it.",
        noImage: "Choose an image from the library.",
        insert: "Insert",
        cancel: "Cancel",
      };

  // Jodit ships no Vietnamese language pack. These are the labels of the buttons we show (their tooltips and
  // aria-labels) and of their drop-down lists; anything missing falls back to Jodit's English.
  var joditVietnamese = {
    "Insert format block": "Định dạng khối",
    Normal: "Đoạn văn",
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
    "Decrease Indent": "Giảm thụt lề",
    "Increase Indent": "Tăng thụt lề",
    Align: "Căn lề",
    "Align Left": "Căn trái",
    "Align Center": "Căn giữa",
    "Align Right": "Căn phải",
    "Align Justify": "Căn đều",
    "Insert link": "Chèn liên kết",
    "Insert table": "Chèn bảng",
    "Insert Horizontal Line": "Chèn đường kẻ ngang",
    Undo: "Hoàn tác",
    Redo: "Làm lại",
    "Clear Formatting": "Xóa định dạng",
    "Change mode": "Xem mã HTML",
    "Open in fullsize": "Toàn màn hình",
    "Type something": "Nhập nội dung",
  };

  // Only same-site paths may come back from the picker: no schemes, no protocol-relative or backslash tricks.
  function isSafeSource(src) {
    return typeof src === "string" && /^\/(?![\/\\])[^\s"'<>\\]*$/.test(src);
  }

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      node.append(child);
    });
    return node;
  }

  var dialogCount = 0;

  function openMediaDialog(editor, pickerUrl) {
    var id = "pp-media-" + ++dialogCount;
    var chosen = null;
    // Remember the caret: focus moves into the dialog and must come back to the same place.
    editor.s.save();

    var frame = element("iframe", { src: pickerUrl, title: text.picker, class: "pp-media-frame" });
    var preview = element("img", { alt: "", class: "pp-media-preview", hidden: "" });
    var altInput = element("input", { type: "text", id: id + "-alt", required: "", "aria-describedby": id + "-error" });
    var error = element("p", { id: id + "-error", class: "pp-media-error", role: "alert" });
    var insertButton = element("button", { type: "button", class: "pp-media-insert" }, [text.insert]);
    var cancelButton = element("button", { type: "button", class: "pp-media-cancel" }, [text.cancel]);
    // A modal dialog makes the page behind it inert, but Tab past the last control (or Shift+Tab out of the picker's
    // frame) would go to the browser's own UI. Two focus guards send focus round to the other end instead.
    var startGuard = element("span", { tabindex: "0", class: "pp-focus-guard" });
    var endGuard = element("span", { tabindex: "0", class: "pp-focus-guard" });
    startGuard.addEventListener("focus", function () {
      cancelButton.focus();
    });
    endGuard.addEventListener("focus", function () {
      frame.focus();
    });
    var dialog = element("dialog", { class: "pp-media-dialog", "aria-labelledby": id + "-title" }, [
      startGuard,
      element("h2", { id: id + "-title" }, [text.title]),
      frame,
      preview,
      element("label", { for: id + "-alt" }, [text.alt]),
      altInput,
      error,
      element("div", { class: "pp-media-actions" }, [insertButton, cancelButton]),
      endGuard,
    ]);

    function onMessage(event) {
      var data = event.data;
      if (event.origin !== location.origin || event.source !== frame.contentWindow || !data || data.type !== "parportal:media-picked") {
        return;
      }
      if (!isSafeSource(data.src)) {
        return;
      }
      chosen = data;
      preview.src = data.src;
      preview.hidden = false;
      if (!altInput.value && typeof data.alt === "string") {
        altInput.value = data.alt;
      }
      error.textContent = "";
      altInput.focus();
    }

    var closed = false;

    function close() {
      if (closed) {
        return;
      }
      closed = true;
      window.removeEventListener("message", onMessage);
      dialog.close();
      dialog.remove();
      editor.s.restore();
      editor.s.focus();
    }

    insertButton.addEventListener("click", function () {
      var alt = altInput.value.trim();
      if (!chosen) {
        error.textContent = text.noImage;
        frame.focus();
        return;
      }
      if (!alt) {
        // Refuse: every image in an article needs a text alternative (WCAG 1.1.1).
        error.textContent = text.altMissing;
        altInput.setAttribute("aria-invalid", "true");
        altInput.focus();
        return;
      }
      var img = editor.createInside.element("img");
      img.setAttribute("src", chosen.src);
      img.setAttribute("alt", alt);
      ["width", "height"].forEach(function (name) {
        if (/^\d{1,5}$/.test(String(chosen[name] || ""))) {
          img.setAttribute(name, String(chosen[name]));
        }
      });
      close();
      editor.s.insertImage(img, null, null);
    });
    cancelButton.addEventListener("click", close);
    dialog.addEventListener("cancel", function (event) {
      event.preventDefault();
      close();
    });
    // Escape pressed inside the picker goes to the frame's document, not to the dialog, so the dialog would not close.
    frame.addEventListener("load", function () {
      var inner = frame.contentDocument;
      if (inner) {
        inner.addEventListener("keydown", function (event) {
          if (event.key === "Escape") {
            event.preventDefault();
            close();
          }
        });
      }
    });
    window.addEventListener("message", onMessage);
    document.body.append(dialog);
    dialog.showModal();
    frame.focus();
  }

  function buttons(pickerUrl) {
    var list = [
      "paragraph", "bold", "italic", "underline", "strikethrough", "|",
      "ul", "ol", "outdent", "indent", "|",
      "align", "link", "table", "hr", "|",
      "undo", "redo", "eraser", "source", "fullsize",
    ];
    if (pickerUrl) {
      list.splice(list.indexOf("table"), 0, {
        // Our own control, not Jodit's "image" (which would accept any URL and no alt text).
        name: "ppImage",
        icon: "image",
        tooltip: text.title,
        exec: function (editor) {
          openMediaDialog(editor, pickerUrl);
        },
      });
    }
    return list;
  }

  function init(textarea) {
    if (textarea.dataset.richtextReady) {
      return;
    }
    textarea.dataset.richtextReady = "true";
    var pickerUrl = textarea.getAttribute("data-media-picker");
    var toolbar = buttons(pickerUrl);
    var editor = window.Jodit.make(textarea, {
      language: vietnamese ? "vi" : "en",
      i18n: vietnamese ? { vi: joditVietnamese } : {},
      // Jodit's HTML source view would load Ace and js-beautify from a CDN; the site has no CDN at run time, so the
      // source view uses a plain textarea and no beautifier.
      sourceEditor: "area",
      beautifyHTML: false,
      toolbarAdaptive: false,
      buttons: toolbar,
      buttonsMD: toolbar,
      buttonsSM: toolbar,
      buttonsXS: toolbar,
      minHeight: 320,
      // Word paste keeps its markup (headings, lists, tables); the server-side sanitizer removes Word's junk and
      // turns its list paragraphs into real lists.
      askBeforePasteHTML: false,
      askBeforePasteFromWord: false,
      defaultActionOnPasteFromWord: "insert_as_html",
      uploader: { insertImageAsBase64URI: false },
      showXPathInStatusbar: false,
      // Keyboard use: Jodit's defaults leave both the editing area (tabIndex -1) and the toolbar buttons out of the
      // Tab order. Inside a list item Tab nests the item and Shift+Tab un-nests it; in a table Tab moves between
      // cells; everywhere else Tab leaves the editor for the next field.
      tabIndex: 0,
      allowTabNavigation: true,
    });
    // Headings from the keyboard (Jodit has hotkeys for lists, Ctrl+Shift+7/8, but none for blocks): Ctrl+Alt+2…4
    // make the current block h2…h4, Ctrl+Alt+0 a paragraph. The page owns h1, so articles start at h2.
    [["0", "p"], ["2", "h2"], ["3", "h3"], ["4", "h4"]].forEach(function (pair) {
      editor.registerCommand("ppBlock" + pair[1], {
        exec: function () {
          editor.execCommand("formatBlock", false, pair[1]);
          return false;
        },
        hotkeys: ["ctrl+alt+" + pair[0], "cmd+alt+" + pair[0]],
      });
    });
    // Make sure the posted field holds the latest HTML even if the last change event has not fired yet.
    if (textarea.form) {
      textarea.form.addEventListener("submit", function () {
        textarea.value = editor.value;
      });
    }
  }

  function start() {
    if (!window.Jodit) {
      console.error("ParPortal editor: load /_content/ParPortal/lib/editor/jodit.min.js before js/editor.js.");
      return;
    }
    document.querySelectorAll("textarea[data-richtext]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
