// The page rating widget, enhanced: the vote is sent without leaving the page and the thanks appear in place. Without
// JavaScript the same form posts to /danh-gia, which answers with a page. No cookie, no storage, no inline script.
(function () {
  "use strict";
  document.querySelectorAll("form[data-rating]").forEach(function (form) {
    var status = form.querySelector(".rating-status");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!form.reportValidity()) {
        return;
      }
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (response.status === 429) {
            return { outcome: "Invalid", message: form.dataset.tooMany };
          }
          return response.json();
        })
        .then(function (answer) {
          status.textContent = answer.message;
          if (answer.outcome !== "Invalid") {
            form.querySelectorAll("input, textarea").forEach(function (el) { el.disabled = true; });
            form.classList.add("rated");
          } else {
            button.disabled = false;
          }
        })
        .catch(function () {
          // Offline or refused: fall back to the plain form post, which shows its own page.
          form.submit();
        });
    });
  });
})();
