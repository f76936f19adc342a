/* skpdoc serve: the job page follows its job without reloading (GET /tugas/<id>/status every second) and
   reloads once the job has ended, to show its download link or its error. Without scripts the page refreshes
   itself instead (<noscript><meta http-equiv="refresh">). */
(function () {
  "use strict";
  var box = document.getElementById("files-job");
  if (!box || box.dataset.state === "done" || box.dataset.state === "failed") {
    return;
  }
  var bar = document.getElementById("files-job-bar");
  var text = document.getElementById("files-job-text");
  var misses = 0;

  function show(status) {
    if (status.total > 0) {
      bar.max = status.total;
      bar.value = status.done;
    } else {
      bar.removeAttribute("value"); /* not known yet: the bar says "busy" */
    }
    bar.textContent = status.text;
    text.textContent = status.text;
  }

  function tick() {
    fetch(box.dataset.status, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (status) {
        misses = 0;
        show(status);
        if (status.state === "done" || status.state === "failed") {
          window.location.reload();
        } else {
          window.setTimeout(tick, 1000);
        }
      })
      .catch(function () {
        misses += 1; /* the server restarting, a logged-out session: the page itself will say what happened */
        if (misses >= 5) {
          window.location.reload();
        } else {
          window.setTimeout(tick, 2000);
        }
      });
  }

  window.setTimeout(tick, 1000);
})();
