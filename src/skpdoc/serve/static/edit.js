// The edit forms without this file work the same; with it, leaving a form that has unsaved changes asks first.
// (Re-validation on change is htmx's, declared on the form; no inline script: the CSP forbids it.)
(function () {
  "use strict";
  var form = document.getElementById("edit-form");
  if (!form) {
    return;
  }
  // A page that came back from a button (add, move, check) holds input that is not saved yet.
  var dirty = form.dataset.unsaved === "1";
  var submitting = false;
  form.addEventListener("input", function () { dirty = true; });
  form.addEventListener("change", function () { dirty = true; });
  // Every button of the form posts it (add, remove, move, check, save): the input travels with it.
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
