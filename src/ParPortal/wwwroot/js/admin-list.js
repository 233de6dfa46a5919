// "Select all on this page" for the admin lists: a checkbox with data-select-all="name" checks every checkbox of that
// name (in any form). The list works without it.
(function () {
  "use strict";
  document.querySelectorAll("input[data-select-all]").forEach(function (all) {
    var boxes = function () {
      return document.querySelectorAll("input[type=checkbox][name='" + all.getAttribute("data-select-all") + "']");
    };
    all.addEventListener("change", function () {
      boxes().forEach(function (b) { b.checked = all.checked; });
    });
  });
})();
