// genaudit workspace: small enhancements over pages that work without it.
// Uploads with a progress bar, drag and drop; filters of problem tables;
// the audit form's progress. (A run's findings are filtered and paged on
// the server: a national run has too many to send.) No HTML is built from data
// here: results come from the server already rendered and escaped.
(function () {
  "use strict";

  function upload(form) {
    var input = form.querySelector("#files");
    var drop = form.querySelector("#drop-zone");
    var bar = form.querySelector("#upload-progress");
    var status = form.querySelector("#upload-status");
    var limit = parseInt(form.getAttribute("data-limit"), 10);
    var dropped = null;
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      dropped = e.dataTransfer.files;
      status.textContent = Array.prototype.map.call(dropped, function (f) { return f.name; }).join(", ");
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var data = new FormData();
      data.append("csrf", form.querySelector("input[name=csrf]").value);
      if (form.querySelector("#lenient").checked) data.append("lenient", "1");
      var files = dropped || input.files;
      var total = 0;
      for (var i = 0; i < files.length; i++) { data.append("files", files[i]); total += files[i].size; }
      var result = document.getElementById("import-result");
      if (total > limit) {  // the server refuses it too (413); say so before sending
        status.textContent = form.getAttribute("data-too-large");
        return;
      }
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/registers?fragment=1");
      xhr.upload.addEventListener("progress", function (p) {
        if (p.lengthComputable) { bar.hidden = false; bar.value = Math.round(100 * p.loaded / p.total); }
      });
      xhr.addEventListener("load", function () {
        bar.hidden = true;
        var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
        var outcome = doc.getElementById("import-outcome") || doc.querySelector("main");
        result.replaceChildren(document.importNode(outcome, true));
        status.textContent = outcome.querySelector("h2") ? outcome.querySelector("h2").textContent : "";
        dropped = null;
        wireFilters(result);
      });
      xhr.addEventListener("error", function () {
        status.textContent = form.getAttribute("data-failed");
        bar.hidden = true;
      });
      xhr.send(data);
    });
  }

  function wireFilters(root) {
    root.querySelectorAll("input[data-filter-table]").forEach(function (box) {
      var table = document.getElementById(box.getAttribute("data-filter-table"));
      box.addEventListener("input", function () {
        var q = box.value.toLowerCase();
        table.querySelectorAll("tbody tr").forEach(function (tr) {
          tr.classList.toggle("hidden", q !== "" && tr.textContent.toLowerCase().indexOf(q) < 0);
        });
      });
    });
  }

  // The audit runs in the background (the JSON interface); the page stays
  // usable meanwhile, and the run's page opens once it is recorded.
  function auditProgress() {
    var form = document.getElementById("audit-form");
    if (!form) return;
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var progress = document.getElementById("audit-progress");
      var button = document.getElementById("run-audit");
      var said = document.getElementById("audit-message");
      progress.hidden = false;
      button.disabled = true;
      said.textContent = "";
      var profile = form.querySelector("#profile");
      var chosen = form.querySelector("#inspection");
      var file = chosen && chosen.files.length ? chosen.files[0] : null;
      // The inspection file goes as text; none: "" (the records get dotted blanks).
      (file ? file.text() : Promise.resolve("")).then(function (inspection) {
        return fetch("/api/audits", {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": form.getAttribute("data-csrf") },
          body: JSON.stringify({ period: form.querySelector("#period").value,
                                 as_of: form.querySelector("#as_of").value,
                                 profile: profile ? profile.value : "",
                                 inspection: inspection })
        });
      }).then(function (r) {
        return r.json().then(function (body) { return { ok: r.ok, body: body }; });
      }).then(function (answer) {
        if (answer.ok) { window.location.assign("/runs/" + answer.body.run); return; }
        progress.hidden = true;
        button.disabled = false;
        said.textContent = answer.body.message || "";
      }).catch(function () { progress.hidden = true; button.disabled = false; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("upload-form");
    if (form) upload(form);
    wireFilters(document);
    auditProgress();
  });
})();
