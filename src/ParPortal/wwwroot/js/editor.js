/*
 * ParPortal rich-text fields. Include after the editor bundle:
 *   <link rel="stylesheet" href="/_content/ParPortal/lib/editor/jodit.min.css">
 *   <script src="/_content/ParPortal/lib/editor/jodit.min.js" defer></script>
 *   <script src="/_content/ParPortal/js/media-api.js" defer></script>
 *   <script src="/_content/ParPortal/js/media-dialog.js" defer></script>
 *   <script src="/_content/ParPortal/js/editor-vi.js" defer></script>
 *   <script src="/_content/ParPortal/js/editor.js" defer></script>
 * Every <textarea data-richtext> becomes a Jodit editor. The textarea stays the form field (Jodit writes the HTML back
 * into it), so forms post normally with their antiforgery token. The server sanitizes whatever arrives.
 *
 * data-images (optional, needs js/media-dialog.js before this file) adds the image button, and takes image files
 * pasted or dropped into the text: each goes through the media dialog (upload or library, alt text required, caption
 * optional) and is inserted as <img> or <figure> with <figcaption>. Nothing is embedded as a data: URL.
 */
(function () {
  "use strict";

  var vietnamese = (document.documentElement.lang || "").toLowerCase().indexOf("vi") === 0;
  var imageTitle = vietnamese ? "Chèn ảnh" : "Insert image";

  // Jodit's labels in Vietnamese (js/editor-vi.js, included before this file; see there for what it covers).
  var joditVietnamese = window.ParPortalJoditVietnamese || {};

  // Inserts an image the media dialog returned: a figure with its caption when there is one, else the image alone.
  // The server's sanitizer keeps figure, figcaption and img (src under /media, alt, width, height).
  function insertImage(editor, image) {
    if (!image || !window.ParPortalMedia.isSafeSource(image.src)) {
      return;
    }
    var img = editor.createInside.element("img");
    img.setAttribute("src", image.src);
    img.setAttribute("alt", image.alt);
    ["width", "height"].forEach(function (name) {
      if (/^\d{1,5}$/.test(String(image[name] || ""))) {
        img.setAttribute(name, String(image[name]));
      }
    });
    if (!image.caption) {
      editor.s.insertImage(img, null, null);
      return;
    }
    var figure = editor.createInside.element("figure");
    var caption = editor.createInside.element("figcaption");
    caption.textContent = image.caption;
    figure.append(img, caption);
    editor.s.insertNode(figure, false, false);
    editor.synchronizeValues();
  }

  // Opens the media dialog (upload, drag-and-drop, library) and inserts the result where the caret was.
  function chooseImage(editor, file) {
    editor.s.save();
    window.ParPortalMedia.open({ file: file, caption: true, title: imageTitle }).then(function (image) {
      editor.s.restore();
      editor.s.focus();
      insertImage(editor, image);
    });
  }

  // An image file pasted or dropped into the text goes through the dialog (alt text required, caption optional) and
  // the media store, never in as a data: URL. Listening on the container in the capture phase runs before Jodit's own
  // paste and drop handlers, which would otherwise try to embed the file.
  function takeImageFiles(editor) {
    function imageFile(transfer) {
      var files = transfer && transfer.files ? Array.prototype.slice.call(transfer.files) : [];
      return files.filter(window.ParPortalMedia.isImage)[0] || null;
    }
    editor.container.addEventListener("paste", function (event) {
      var file = imageFile(event.clipboardData);
      if (file) {
        event.preventDefault();
        event.stopImmediatePropagation();
        chooseImage(editor, file);
      }
    }, true);
    editor.container.addEventListener("drop", function (event) {
      var file = imageFile(event.dataTransfer);
      if (!file) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      // Put the caret where the image was dropped, so it is inserted there.
      var range = document.caretRangeFromPoint && document.caretRangeFromPoint(event.clientX, event.clientY);
      if (range && editor.editor.contains(range.startContainer)) {
        editor.s.selectRange(range);
      }
      chooseImage(editor, file);
    }, true);
  }

  // A split button (format block, lists, align) is two Tab stops, the action and the arrow that opens its list, and
  // Jodit gives both the same accessible name. Jodit sets the arrow's name in ToolbarButton.updateAriaLabel, which
  // runs again whenever a button's tooltip or text changes, so a one-off DOM fix would be undone: the method is
  // wrapped once (it still sets everything it did) and the arrow gets "<label>: open list" in the page's language.
  function labelSplitButtonArrows() {
    var ToolbarButton = window.Jodit.modules && window.Jodit.modules.ToolbarButton;
    if (!ToolbarButton || ToolbarButton.prototype.ppArrowLabel) {
      return;
    }
    var original = ToolbarButton.prototype.updateAriaLabel;
    ToolbarButton.prototype.ppArrowLabel = true;
    ToolbarButton.prototype.updateAriaLabel = function () {
      original.apply(this, arguments);
      if (this.trigger && this.state && this.state.tooltip) {
        this.trigger.setAttribute("aria-label", this.jodit.i18n("%s: open list", this.jodit.i18n(this.state.tooltip)));
      }
    };
  }

  // The table-size grid names itself and its cells in hard-coded English ("Table size", "3 by 4"), outside Jodit's
  // dictionary; rename them each time the popup opens (its content is in place by then).
  function translateTablePopup(editor) {
    editor.e.on("afterOpenPopup", function (popup) {
      var root = popup && popup.container;
      if (!root) {
        return;
      }
      root.querySelectorAll("[role=grid][aria-label]").forEach(function (grid) {
        grid.setAttribute("aria-label", editor.i18n("Table size"));
      });
      root.querySelectorAll("[role=gridcell][aria-label]").forEach(function (cell) {
        var size = /^(\d+) by (\d+)$/.exec(cell.getAttribute("aria-label") || "");
        if (size && vietnamese) {
          cell.setAttribute("aria-label", size[1] + " hàng × " + size[2] + " cột");
        }
      });
    });
  }

  // Jodit merges option arrays with its defaults item by item; atom() makes the filtered list replace the default.
  function popupWithout(kind, names) {
    return window.Jodit.atom(window.Jodit.defaultOptions.popup[kind].filter(function (item) {
      var name = typeof item === "string" ? item : item && item.name;
      return names.indexOf(name) < 0;
    }));
  }

  function buttons(withImages) {
    var list = [
      "paragraph", "bold", "italic", "underline", "strikethrough", "|",
      "ul", "ol", "outdent", "indent", "|",
      "align", "link", "table", "hr", "|",
      "undo", "redo", "eraser", "source", "fullsize",
    ];
    if (withImages) {
      list.splice(list.indexOf("table"), 0, {
        // Our own control, not Jodit's "image" (which would accept any URL and no alt text).
        name: "ppImage",
        icon: "image",
        tooltip: imageTitle,
        exec: function (editor) {
          chooseImage(editor, null);
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
    var withImages = textarea.hasAttribute("data-images") && !!window.ParPortalMedia;
    var toolbar = buttons(withImages);
    labelSplitButtonArrows();
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
      // Pasted HTML, from Word or a web page, goes in as HTML at once with no "keep / clean / plain text" question:
      // editors want the headings, lists and tables they copied, a question they would have to learn to answer
      // helps nobody, and the server-side sanitizer removes Word's junk and turns its list paragraphs into real
      // lists. (The questions are translated anyway, should these options ever be turned back on.)
      askBeforePasteHTML: false,
      askBeforePasteFromWord: false,
      defaultActionOnPasteFromWord: "insert_as_html",
      uploader: { insertImageAsBase64URI: false },
      // The pop-ups offer only what the page keeps. The link pop-up's "insert file" needs an upload endpoint the
      // site does not have. Cell colours, vertical alignment and image float are inline styles the server's
      // sanitizer removes (it keeps text-align only), so offering them would show an effect that vanishes on save.
      popup: {
        a: popupWithout("a", ["file"]),
        cells: popupWithout("cells", ["brushCell", "valign"]),
        img: popupWithout("img", ["valign", "left"]),
      },
      showXPathInStatusbar: false,
      // The status bar's "Powered by Jodit" is an English link to a foreign site in the middle of the admin form
      // (Jodit is MIT-licensed; the licence ships with the bundle).
      hidePoweredByJodit: true,
      // Keyboard use: Jodit's defaults leave both the editing area (tabIndex -1) and the toolbar buttons out of the
      // Tab order. Inside a list item Tab nests the item and Shift+Tab un-nests it; in a table Tab moves between
      // cells; everywhere else Tab leaves the editor for the next field.
      tabIndex: 0,
      allowTabNavigation: true,
    });
    translateTablePopup(editor);
    if (withImages) {
      takeImageFiles(editor);
    }
    // Other scripts (the autosave) listen to the textarea; Jodit writes it back on change without an input event.
    editor.e.on("change", function () {
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
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

  // Jodit's dialogs (image properties, confirms) are views of their own: they read the global dictionary of their
  // language, not the editor's i18n option, so ours is registered there too. Their close button has no name at all;
  // it gets one when a dialog appears.
  function translateDialogs() {
    if (vietnamese) {
      window.Jodit.lang.vi = Object.assign({}, window.Jodit.lang.vi || {}, joditVietnamese);
    }
    new MutationObserver(function () {
      document.querySelectorAll(".jodit-dialog .jodit-toolbar-button_close button:not([aria-label])").forEach(function (button) {
        button.setAttribute("aria-label", vietnamese ? joditVietnamese.Close : "Close");
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  function start() {
    if (!window.Jodit) {
      console.error("ParPortal editor: load /_content/ParPortal/lib/editor/jodit.min.js before js/editor.js.");
      return;
    }
    translateDialogs();
    document.querySelectorAll("textarea[data-richtext]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
