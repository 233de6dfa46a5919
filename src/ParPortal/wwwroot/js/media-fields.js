/*
 * Picture fields of the admin forms (featured image, gallery rows, the site logo): a "choose" button opens the media
 * dialog (js/media-dialog.js: upload or library, with alt text and caption) and fills the row's path, description
 * and caption fields and its thumbnail. The path stays an ordinary text field, so typing a path still works, and the
 * form works without this script.
 *
 *   <fieldset data-media-field> … <img class="media-field-preview"> <p class="media-field-buttons" hidden>
 *   <button data-media-choose> <button data-media-clear> </p> <input data-media-src> <input data-media-alt>
 *   <input data-media-caption> …
 *
 * A gallery (<fieldset data-gallery>) has rows of such fields in an <ol class="gallery-rows">, "add", "up" and
 * "remove" buttons; the rows post as parallel lists, so their order is the gallery's order.
 */
(function () {
  "use strict";

  function changed(input) {
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function field(root, name) {
    return root.querySelector("[data-media-" + name + "]");
  }

  function showPreview(root) {
    var src = field(root, "src");
    var preview = root.querySelector(".media-field-preview");
    if (!preview || !src) {
      return;
    }
    var path = src.value.trim();
    // Only same-site paths are previewed: a typed address of another site is not fetched from the admin.
    var safe = window.ParPortalMedia.isSafeSource(path);
    preview.hidden = !safe;
    if (safe) {
      preview.src = path;
    } else {
      preview.removeAttribute("src");
    }
  }

  function choose(root) {
    var alt = field(root, "alt");
    var caption = field(root, "caption");
    return window.ParPortalMedia.open({
      caption: !!caption,
      alt: alt ? alt.value : "",
      captionText: caption ? caption.value : "",
      insertLabel: document.documentElement.lang.indexOf("vi") === 0 ? "Chọn ảnh này" : "Use this image",
      title: (root.querySelector("legend") || {}).textContent || undefined,
    }).then(function (image) {
      if (!image) {
        return false;
      }
      var src = field(root, "src");
      src.value = image.src;
      changed(src);
      if (alt) {
        alt.value = image.alt;
        changed(alt);
      }
      if (caption) {
        caption.value = image.caption;
        changed(caption);
      }
      showPreview(root);
      return true;
    });
  }

  function enhance(root) {
    if (root.dataset.mediaReady) {
      return;
    }
    root.dataset.mediaReady = "true";
    var buttons = root.querySelector(".media-field-buttons");
    if (buttons) {
      buttons.hidden = false;
    }
    var chooseButton = field(root, "choose");
    if (chooseButton) {
      chooseButton.addEventListener("click", function () { choose(root); });
    }
    var clear = field(root, "clear");
    if (clear) {
      clear.addEventListener("click", function () {
        ["src", "alt", "caption"].forEach(function (name) {
          var input = field(root, name);
          if (input) {
            input.value = "";
            changed(input);
          }
        });
        showPreview(root);
      });
    }
    var src = field(root, "src");
    if (src) {
      src.addEventListener("change", function () { showPreview(root); });
    }
  }

  // Keeps ids, label targets and the numbers read out with the buttons in step with the rows' order.
  function renumber(list) {
    Array.prototype.forEach.call(list.children, function (row, i) {
      row.querySelectorAll("[data-n]").forEach(function (n) {
        n.textContent = String(i + 1);
      });
      ["src", "alt", "caption"].forEach(function (name) {
        var input = field(row, name);
        var label = input && row.querySelector("label[for='" + input.id + "']");
        if (input) {
          input.id = "gallery-" + name + "-" + i;
          if (label) {
            label.htmlFor = input.id;
          }
        }
      });
    });
  }

  function enhanceGallery(gallery) {
    var list = gallery.querySelector(".gallery-rows");
    var add = gallery.querySelector("[data-gallery-add]");
    if (!list || !add) {
      return;
    }
    add.parentElement.hidden = false;
    // The last row is the empty one the server adds for typing a path; it is the template of new rows.
    var template = list.lastElementChild.cloneNode(true);
    template.removeAttribute("data-media-ready");

    list.addEventListener("click", function (event) {
      var row = event.target.closest("li");
      if (!row) {
        return;
      }
      if (event.target.closest("[data-gallery-remove]")) {
        var next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        renumber(list);
        changed(gallery);
        (next ? field(next, "choose") : add).focus();
      } else if (event.target.closest("[data-gallery-up]") && row.previousElementSibling) {
        list.insertBefore(row, row.previousElementSibling);
        renumber(list);
        changed(gallery);
        event.target.closest("button").focus();
      }
    });
    add.addEventListener("click", function () {
      // Reuse the empty row when there is one, else add a copy of the template.
      var empty = Array.prototype.filter.call(list.children, function (row) { return !field(row, "src").value.trim(); })[0];
      var row = empty;
      if (!row) {
        row = template.cloneNode(true);
        row.querySelectorAll("input").forEach(function (input) { input.value = ""; });
        row.querySelector(".media-field-preview").hidden = true;
        list.append(row);
        renumber(list);
        enhance(row);
      }
      choose(row).then(function (done) {
        if (!done && row !== empty) {
          row.remove();
          renumber(list);
        }
      });
    });
  }

  function start() {
    if (!window.ParPortalMedia) {
      return;
    }
    document.querySelectorAll("[data-media-field]").forEach(enhance);
    document.querySelectorAll("[data-gallery]").forEach(enhanceGallery);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
