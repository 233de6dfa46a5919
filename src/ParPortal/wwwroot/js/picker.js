// The media picker (/admin/media/picker): reports the chosen image in the shape editor.js expects,
// { type: "parportal:media-picked", src, alt, width, height }, to the same origin only. The page runs in the
// editor's iframe (parent) or in a window it opened (opener). A file rather than an inline script, so that the
// admin's content security policy can refuse every inline script.
(function () {
  document.querySelectorAll("button.pick").forEach(function (button) {
    button.addEventListener("click", function () {
      var message = {
        type: "parportal:media-picked",
        src: button.dataset.src,
        alt: button.dataset.alt || "",
        width: Number(button.dataset.width) || undefined,
        height: Number(button.dataset.height) || undefined
      };
      var target = window.parent !== window ? window.parent : window.opener;
      if (target) {
        target.postMessage(message, location.origin);
      }
    });
  });
})();
