/*
 * The image dialog of the admin: upload an image from the computer (button, drag-and-drop, or a file handed over by
 * the editor's paste/drop) or pick one from the media library, with its description (alt text, required) and, where
 * asked, a caption. Used by js/editor.js (images inside the text) and js/media-fields.js (featured image, gallery,
 * logo).
 *
 *   ParPortalMedia.open({ file, caption: true, alt, captionText }) → Promise of { src, thumb, alt, caption, width,
 *   height } or null when cancelled.
 *
 * Uploads and the library go through js/media-api.js (include it first). The dialog is a modal <dialog>: Escape and "Hủy" cancel, focus returns to the caller.
 */
(function () {
  "use strict";

  var vietnamese = (document.documentElement.lang || "").toLowerCase().indexOf("vi") === 0;
  var text = vietnamese
    ? {
        title: "Chèn ảnh", upload: "Tải ảnh lên", library: "Thư viện ảnh", choose: "Chọn ảnh từ máy tính",
        drop: "hoặc kéo thả ảnh vào đây", search: "Tìm trong thư viện", more: "Xem thêm ảnh", empty: "Chưa có ảnh nào phù hợp.",
        alt: "Mô tả ảnh (văn bản thay thế, bắt buộc)", caption: "Chú thích ảnh (không bắt buộc, hiện dưới ảnh)",
        insert: "Chèn", choose2: "Chọn", cancel: "Hủy", uploading: "Đang tải ảnh lên…", loading: "Đang tải thư viện…",
        altMissing: "Hãy nhập mô tả ảnh trước khi chèn.", noImage: "Hãy chọn một ảnh: tải lên từ máy tính hoặc chọn trong thư viện.",
        failed: "Không tải được ảnh lên.", libraryFailed: "Không đọc được thư viện ảnh.", selected: "Đã chọn: ",
      }
    : {
        title: "Insert image", upload: "Upload an image", library: "Media library", choose: "Choose an image from your computer",
        drop: "or drop an image here", search: "Search the library", more: "More images", empty: "No matching images.",
        alt: "Image description (alternative text, required)", caption: "Caption (optional, shown under the image)",
        insert: "Insert", choose2: "Choose", cancel: "Cancel", uploading: "Uploading the image…", loading: "Loading the library…",
        altMissing: "Enter a description of the image first.", noImage: "Choose an image: upload one or pick one from the library.",
        failed: "The image could not be uploaded.", libraryFailed: "The media library could not be read.", selected: "Selected: ",
      };

  var api = window.ParPortalMediaApi;
  var isSafeSource = api.isSafeSource;
  var isImage = api.isImage;
  var count = 0;

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

  function open(options) {
    options = options || {};
    return new Promise(function (resolve) {
      var id = "pp-media-" + ++count;
      var returnFocus = document.activeElement;
      var file = null;
      var picked = null;
      var objectUrl = null;
      var page = 1;

      var tabUpload = element("button", { type: "button", role: "tab", id: id + "-tab-up", "aria-controls": id + "-up", "aria-selected": "true" }, [text.upload]);
      var tabLibrary = element("button", { type: "button", role: "tab", id: id + "-tab-lib", "aria-controls": id + "-lib", "aria-selected": "false", tabindex: "-1" }, [text.library]);
      var fileInput = element("input", { type: "file", id: id + "-file", accept: "image/jpeg,image/png,image/webp,image/gif" });
      var drop = element("div", { class: "pp-drop" }, [element("label", { for: id + "-file", class: "button" }, [text.choose]), fileInput, element("span", {}, [text.drop])]);
      var uploadPanel = element("div", { role: "tabpanel", id: id + "-up", "aria-labelledby": id + "-tab-up", class: "pp-panel" }, [drop]);
      var searchInput = element("input", { type: "search", id: id + "-q", autocomplete: "off" });
      var grid = element("ul", { class: "pp-grid" });
      var moreButton = element("button", { type: "button", class: "secondary", hidden: "" }, [text.more]);
      var libraryStatus = element("p", { class: "muted", role: "status" });
      var libraryPanel = element("div", { role: "tabpanel", id: id + "-lib", "aria-labelledby": id + "-tab-lib", class: "pp-panel", hidden: "" }, [
        element("label", { for: id + "-q" }, [text.search]), searchInput, libraryStatus, grid, moreButton,
      ]);
      var preview = element("img", { alt: "", class: "pp-media-preview", hidden: "" });
      var chosenName = element("p", { class: "muted pp-chosen", "aria-live": "polite" });
      var altInput = element("input", { type: "text", id: id + "-alt", required: "", maxlength: "500", "aria-describedby": id + "-error" });
      var captionInput = element("input", { type: "text", id: id + "-caption", maxlength: "500" });
      var error = element("p", { id: id + "-error", class: "pp-media-error", role: "alert" });
      var status = element("p", { class: "muted", role: "status" });
      var insertButton = element("button", { type: "button", class: "pp-media-insert" }, [options.insertLabel || text.insert]);
      var cancelButton = element("button", { type: "button", class: "pp-media-cancel secondary" }, [text.cancel]);
      var fields = [element("label", { for: id + "-alt" }, [text.alt]), altInput];
      if (options.caption) {
        fields.push(element("label", { for: id + "-caption" }, [text.caption]), captionInput);
      }
      // A modal dialog makes the page behind it inert, but Tab past its last control would leave the page for the
      // browser's own UI: two focus guards send focus round to the other end instead.
      var startGuard = element("span", { tabindex: "0", class: "pp-focus-guard" });
      var endGuard = element("span", { tabindex: "0", class: "pp-focus-guard" });
      startGuard.addEventListener("focus", function () { cancelButton.focus(); });
      endGuard.addEventListener("focus", function () { (tabUpload.tabIndex === 0 ? tabUpload : tabLibrary).focus(); });
      var dialog = element("dialog", { class: "pp-media-dialog", "aria-labelledby": id + "-title" }, [
        startGuard,
        element("h2", { id: id + "-title" }, [options.title || text.title]),
        element("div", { role: "tablist", class: "pp-tabs" }, [tabUpload, tabLibrary]),
        uploadPanel,
        libraryPanel,
        element("div", { class: "pp-media-details" }, [preview, chosenName].concat(fields, [error, status])),
        element("div", { class: "pp-media-actions" }, [insertButton, cancelButton]),
        endGuard,
      ]);
      altInput.value = options.alt || "";
      captionInput.value = options.captionText || "";

      function select(tab) {
        var up = tab === tabUpload;
        tabUpload.setAttribute("aria-selected", String(up));
        tabLibrary.setAttribute("aria-selected", String(!up));
        tabUpload.tabIndex = up ? 0 : -1;
        tabLibrary.tabIndex = up ? -1 : 0;
        uploadPanel.hidden = !up;
        libraryPanel.hidden = up;
        if (!up && !grid.childElementCount) {
          loadLibrary(true);
        }
      }

      function showChoice(src, name) {
        preview.src = src;
        preview.hidden = false;
        chosenName.textContent = text.selected + name;
        error.textContent = "";
      }

      function takeFile(f) {
        if (!isImage(f)) {
          return;
        }
        file = f;
        picked = null;
        if (objectUrl) {
          URL.revokeObjectURL(objectUrl);
        }
        objectUrl = URL.createObjectURL(f);
        showChoice(objectUrl, f.name || "");
        altInput.focus();
      }

      function loadLibrary(reset) {
        if (reset) {
          page = 1;
          grid.replaceChildren();
        }
        libraryStatus.textContent = text.loading;
        api.library(searchInput.value, page)
          .then(function (data) {
            data.items.forEach(function (item) {
              if (!isSafeSource(item.src) || !isSafeSource(item.thumb)) {
                return;
              }
              var button = element("button", { type: "button", class: "pp-pick", "aria-pressed": "false" }, [
                element("img", { src: item.thumb, alt: "", width: "160", height: String(Math.round(160 * (item.height || 1) / (item.width || 1))) }),
                element("span", {}, [item.alt || item.name]),
              ]);
              button.addEventListener("click", function () {
                grid.querySelectorAll("[aria-pressed=true]").forEach(function (b) {
                  b.setAttribute("aria-pressed", "false");
                });
                button.setAttribute("aria-pressed", "true");
                picked = item;
                file = null;
                if (!altInput.value) {
                  altInput.value = item.alt || "";
                }
                showChoice(item.thumb, item.alt || item.name);
                altInput.focus();
              });
              grid.append(element("li", {}, [button]));
            });
            libraryStatus.textContent = data.total === 0 ? text.empty : "";
            moreButton.hidden = data.page >= data.pageCount;
          })
          .catch(function () {
            libraryStatus.textContent = text.libraryFailed;
          });
      }

      var closed = false;
      function close(result) {
        if (closed) {
          return;
        }
        closed = true;
        if (objectUrl) {
          URL.revokeObjectURL(objectUrl);
        }
        dialog.close();
        dialog.remove();
        if (returnFocus && returnFocus.focus) {
          returnFocus.focus();
        }
        resolve(result);
      }

      function finish(image) {
        close({
          src: image.src, thumb: image.thumb, width: image.width, height: image.height,
          alt: altInput.value.trim(), caption: options.caption ? captionInput.value.trim() : "",
        });
      }

      function upload() {
        status.textContent = text.uploading;
        insertButton.disabled = true;
        return api.upload(file, altInput.value.trim(), text.failed)
          .then(function (image) {
            if (!isSafeSource(image.src)) {
              throw new Error(text.failed);
            }
            finish(image);
          })
          .catch(function (e) {
            status.textContent = "";
            error.textContent = e.message || text.failed;
            insertButton.disabled = false;
          });
      }

      tabUpload.addEventListener("click", function () { select(tabUpload); });
      tabLibrary.addEventListener("click", function () { select(tabLibrary); });
      [tabUpload, tabLibrary].forEach(function (tab) {
        tab.addEventListener("keydown", function (event) {
          if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
            var other = tab === tabUpload ? tabLibrary : tabUpload;
            select(other);
            other.focus();
            event.preventDefault();
          }
        });
      });
      fileInput.addEventListener("change", function () {
        takeFile(fileInput.files && fileInput.files[0]);
      });
      ["dragover", "dragenter"].forEach(function (name) {
        drop.addEventListener(name, function (event) {
          event.preventDefault();
          drop.classList.add("over");
        });
      });
      drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
      drop.addEventListener("drop", function (event) {
        event.preventDefault();
        drop.classList.remove("over");
        takeFile(event.dataTransfer && event.dataTransfer.files[0]);
      });
      var searchTimer = 0;
      searchInput.addEventListener("input", function () {
        clearTimeout(searchTimer);
        searchTimer = setTimeout(function () { loadLibrary(true); }, 250);
      });
      moreButton.addEventListener("click", function () {
        page++;
        loadLibrary(false);
      });
      insertButton.addEventListener("click", function () {
        if (!file && !picked) {
          error.textContent = text.noImage;
          return;
        }
        if (!altInput.value.trim()) {
          // Every image needs a text alternative (WCAG 1.1.1); the server refuses an upload without one too.
          error.textContent = text.altMissing;
          altInput.setAttribute("aria-invalid", "true");
          altInput.focus();
          return;
        }
        altInput.removeAttribute("aria-invalid");
        if (file) {
          upload();
        } else {
          finish(picked);
        }
      });
      cancelButton.addEventListener("click", function () { close(null); });
      dialog.addEventListener("cancel", function (event) {
        event.preventDefault();
        close(null);
      });

      document.body.append(dialog);
      dialog.showModal();
      if (options.file) {
        takeFile(options.file);
      } else if (options.startInLibrary) {
        select(tabLibrary);
        tabLibrary.focus();
      } else {
        tabUpload.focus();
      }
    });
  }

  window.ParPortalMedia = { open: open, isSafeSource: isSafeSource, isImage: isImage };
})();
