/*
 * Drafts saved automatically, in this browser (localStorage), never on the server (docs/decisions.md, "Autosave").
 *
 * <form data-autosave="{key}" data-autosave-base="{version the form started from}"> is copied a second and a half
 * after each change, and when it is submitted. When the page opens and a copy differs from the form, a notice offers
 * to restore it or throw it away. A copy written from an older version keeps that version as the form's base when
 * restored, so saving it goes through the server's conflict check (who saved, the differences) and never overwrites
 * another person's save silently. <span data-autosave-clear="{key}"> (on the page after a successful save) drops the
 * copy. Copies older than 30 days are removed.
 */
(function () {
  "use strict";

  var prefix = "parportal:draft:";
  var maxAge = 30 * 24 * 3600 * 1000;
  var vietnamese = (document.documentElement.lang || "").toLowerCase().indexOf("vi") === 0;
  var text = vietnamese
    ? {
        found: "Có bản nháp chưa lưu của biểu mẫu này, ghi trên trình duyệt này lúc {0}.",
        older: "Bản nháp được viết từ phiên bản {0}; nội dung nay đã ở phiên bản {1}. Khi lưu, bạn sẽ thấy những gì đã thay đổi trước khi quyết định.",
        restore: "Khôi phục bản nháp", discard: "Bỏ bản nháp", restored: "Đã khôi phục bản nháp. Hãy kiểm tra rồi bấm Lưu.",
        discarded: "Đã bỏ bản nháp.", saved: "Đã lưu nháp trên máy này lúc {0}.", full: "Không lưu được nháp trên máy này (bộ nhớ trình duyệt đầy).",
      }
    : {
        found: "There is an unsaved draft of this form, kept in this browser at {0}.",
        older: "The draft was written from version {0}; the content is now at version {1}. Saving will show you what changed before you decide.",
        restore: "Restore the draft", discard: "Discard the draft", restored: "The draft is restored. Check it, then press Save.",
        discarded: "The draft was discarded.", saved: "Draft kept on this computer at {0}.", full: "The draft could not be kept (browser storage is full).",
      };

  function format(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d)\}/g, function (_, i) { return args[Number(i)]; });
  }

  function time(iso) {
    var d = new Date(iso);
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return two(d.getHours()) + ":" + two(d.getMinutes()) + " " + two(d.getDate()) + "/" + two(d.getMonth() + 1) + "/" + d.getFullYear();
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  // The content fields (all named Input.*): not the antiforgery token, the version bookkeeping, file inputs, or the
  // editor's own transient dialogs.
  function editable(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && e.name.indexOf("Input.") === 0 && e.type !== "file" && e.type !== "submit" && e.type !== "button" && e.type !== "hidden";
    });
  }

  function snapshot(form) {
    return editable(form).map(function (e) {
      return e.type === "checkbox" || e.type === "radio" ? [e.name, e.value, e.checked] : [e.name, e.value];
    });
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function jodit(textarea) {
    var instances = window.Jodit && window.Jodit.instances ? Object.keys(window.Jodit.instances).map(function (k) { return window.Jodit.instances[k]; }) : [];
    return instances.filter(function (i) { return i.element === textarea; })[0] || null;
  }

  function restore(form, fields) {
    var elements = editable(form);
    // Fields of the same name (gallery rows, topic checkboxes) are matched in order.
    var seen = {};
    fields.forEach(function (f) {
      var name = f[0];
      var candidates = elements.filter(function (e) { return e.name === name; });
      if (f.length === 3) {
        var box = candidates.filter(function (e) { return e.value === f[1]; })[0];
        if (box) {
          box.checked = f[2];
        }
        return;
      }
      var index = seen[name] = (seen[name] || 0) + 1;
      var target = candidates[index - 1];
      if (!target) {
        return;
      }
      target.value = f[1];
      var editor = target.tagName === "TEXTAREA" ? jodit(target) : null;
      if (editor) {
        editor.value = f[1];
      }
      target.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  function init(form, store) {
    var key = prefix + form.getAttribute("data-autosave");
    var base = form.getAttribute("data-autosave-base") || "";
    var status = form.querySelector(".autosave-status") || document.createElement("p");
    var saved = null;
    try {
      saved = JSON.parse(store.getItem(key) || "null");
    } catch (e) {
      saved = null;
    }

    var timer = 0;
    var dirty = false;
    function save() {
      clearTimeout(timer);
      if (!dirty) {
        return;
      }
      var copy = { base: form.querySelector("input[name=BaseVersion]") ? form.querySelector("input[name=BaseVersion]").value : base, savedAt: new Date().toISOString(), fields: snapshot(form) };
      try {
        store.setItem(key, JSON.stringify(copy));
        status.textContent = format(text.saved, time(copy.savedAt));
      } catch (e) {
        status.textContent = text.full;
      }
    }
    function later() {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(save, 1500);
    }
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    form.addEventListener("submit", save);

    if (!saved || !saved.fields || same(saved.fields, snapshot(form))) {
      return;
    }

    var restoreButton = document.createElement("button");
    restoreButton.type = "button";
    restoreButton.textContent = text.restore;
    var discardButton = document.createElement("button");
    discardButton.type = "button";
    discardButton.className = "secondary";
    discardButton.textContent = text.discard;
    var notice = document.createElement("div");
    notice.className = "autosave-notice notice";
    notice.setAttribute("role", "region");
    notice.setAttribute("aria-label", text.restore);
    var message = document.createElement("p");
    message.textContent = format(text.found, time(saved.savedAt));
    notice.append(message);
    if (saved.base && base && saved.base !== base) {
      var older = document.createElement("p");
      older.textContent = format(text.older, saved.base, base);
      notice.append(older);
    }
    var actions = document.createElement("p");
    actions.className = "actions";
    actions.append(restoreButton, discardButton);
    notice.append(actions);
    form.parentNode.insertBefore(notice, form);

    restoreButton.addEventListener("click", function () {
      restore(form, saved.fields);
      var baseInput = form.querySelector("input[name=BaseVersion]");
      if (baseInput && saved.base) {
        // Saving then meets the server's check against the version this text was written from.
        baseInput.value = saved.base;
      }
      notice.remove();
      status.textContent = text.restored;
      dirty = true;
      save();
      var first = editable(form)[0];
      if (first) {
        first.focus();
      }
    });
    discardButton.addEventListener("click", function () {
      store.removeItem(key);
      notice.remove();
      status.textContent = text.discarded;
    });
  }

  function start() {
    var store = storage();
    if (!store) {
      return;
    }
    document.querySelectorAll("[data-autosave-clear]").forEach(function (e) {
      store.removeItem(prefix + e.getAttribute("data-autosave-clear"));
    });
    for (var i = store.length - 1; i >= 0; i--) {
      var k = store.key(i);
      if (k && k.indexOf(prefix) === 0) {
        try {
          if (Date.now() - new Date(JSON.parse(store.getItem(k)).savedAt).getTime() > maxAge) {
            store.removeItem(k);
          }
        } catch (e) {
          store.removeItem(k);
        }
      }
    }
    document.querySelectorAll("form[data-autosave]").forEach(function (form) {
      init(form, store);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
