// Small helpers of the public pages; every page works without them. A block marked hidden that holds a
// [data-print] button (the procedure page's "print") is shown and the button prints the page with the print styles.
(function () {
  "use strict";
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    var holder = button.closest("[hidden]");
    if (holder) {
      holder.hidden = false;
    }
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
