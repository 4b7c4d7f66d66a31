// Filters of the review page: which changes are shown by stage and by rule, or findings only.
// Without JavaScript the page shows everything; nothing here fetches anything.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (form) {
    var apply = function () {
      var off = {};
      form.querySelectorAll("input[data-stage], input[data-rule]").forEach(function (box) {
        if (!box.checked) {
          off[(box.dataset.stage ? "stage:" + box.dataset.stage : "rule:" + box.dataset.rule)] = true;
        }
      });
      var findingsOnly = form.querySelector("input[name=findings-only]").checked;
      // A change filtered out reads as done: its removed text hidden, its new text plain.
      // "Findings only" hides nothing: every change reads plain, so that a finding on removed
      // or inserted text stays in view, and only the marks stand out.
      document.querySelectorAll("del[data-stage], details[data-stage]").forEach(function (el) {
        var off_ = Boolean(off["stage:" + el.dataset.stage] || off["rule:" + el.dataset.rule]);
        el.classList.toggle("filtered-out", off_);
        el.classList.toggle("plain", findingsOnly && !off_);
      });
      document.querySelectorAll("ins[data-stage]").forEach(function (el) {
        var plain = findingsOnly || off["stage:" + el.dataset.stage] || off["rule:" + el.dataset.rule];
        el.classList.toggle("plain", Boolean(plain));
      });
    };
    form.addEventListener("change", apply);
    apply();
  }
  // Sortable tables: a button in each header sorts by that column (numbers as numbers).
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th button.sort").forEach(function (button, column) {
      button.addEventListener("click", function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var descending = button.dataset.order !== "desc";
        button.dataset.order = descending ? "desc" : "asc";
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.value || a.cells[column].textContent;
          var y = b.cells[column].dataset.value || b.cells[column].textContent;
          var nx = parseFloat(x), ny = parseFloat(y);
          var order = isNaN(nx) || isNaN(ny) ? x.localeCompare(y) : nx - ny;
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
