/*
 * The media library's HTTP calls for the admin's image dialog (js/media-dialog.js), kept apart from the dialog's DOM.
 * Uploads go to /admin/media/library?handler=Upload (the media store's checks: type from the bytes, size, pixels),
 * with the page's antiforgery token in the RequestVerificationToken header; the library is read from
 * /admin/media/library as JSON ({ items, total, page, pageCount }).
 */
(function () {
  "use strict";

  var libraryUrl = "/admin/media/library";

  function token() {
    var input = document.querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }

  /** Only same-site paths come back from the server; anything else is refused. */
  function isSafeSource(src) {
    return typeof src === "string" && /^\/(?![\/\\])[^\s"'<>\\]*$/.test(src);
  }

  function isImage(file) {
    return !!file && /^image\//.test(file.type || "");
  }

  /** One page of the library matching the query. */
  function library(query, page) {
    return fetch(libraryUrl + "?q=" + encodeURIComponent(query) + "&page=" + page, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error(String(r.status));
        }
        return r.json();
      });
  }

  /** Uploads one image with its alt text; rejects with the server's message for the field (or failedText). */
  function upload(file, altText, failedText) {
    var body = new FormData();
    body.append("file", file, file.name || "anh.png");
    body.append("altText", altText);
    return fetch(libraryUrl + "?handler=Upload", { method: "POST", body: body, credentials: "same-origin", headers: { RequestVerificationToken: token(), Accept: "application/json" } })
      .then(function (r) {
        return r.json().then(function (data) {
          if (!r.ok) {
            var errors = (data && data.errors) || {};
            throw new Error((errors.file || errors.altText || [failedText])[0]);
          }
          return data;
        }, function () {
          throw new Error(failedText);
        });
      });
  }

  window.ParPortalMediaApi = { isSafeSource: isSafeSource, isImage: isImage, library: library, upload: upload };
})();
