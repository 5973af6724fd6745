// proofile HTML report: the page reads without this script; it adds sorting and paging of the
// profiles table, and renders a large batch's per-profile findings when a profile is opened.
(function () {
  "use strict";
  var PAGE = 50;
  var table = document.getElementById("profiles-table");
  var tbody = table ? table.tBodies[0] : null;
  var page = 0;

  function cellValue(row, col, numeric) {
    var cell = row.cells[col];
    var v = cell.getAttribute("data-v");
    if (v === null) v = cell.textContent.trim();
    return numeric ? parseFloat(v) || 0 : v.toLowerCase();
  }

  function paginate() {
    if (!tbody) return;
    var rows = tbody.rows;
    var pager = document.getElementById("pager");
    if (rows.length <= PAGE) {
      if (pager) pager.hidden = true;
      return;
    }
    var pages = Math.ceil(rows.length / PAGE);
    if (page >= pages) page = pages - 1;
    for (var i = 0; i < rows.length; i++) {
      var show = page < 0 || (i >= page * PAGE && i < (page + 1) * PAGE);
      rows[i].classList.toggle("hidden", !show);
    }
    pager.hidden = false;
    document.getElementById("pager-status").textContent =
      page < 0 ? "All " + rows.length + " profiles" : "Page " + (page + 1) + " of " + pages +
        " (profiles " + (page * PAGE + 1) + "–" + Math.min(rows.length, (page + 1) * PAGE) + " of " + rows.length + ")";
    document.getElementById("pager-prev").disabled = page <= 0;
    document.getElementById("pager-next").disabled = page < 0 || page >= pages - 1;
  }

  function sortBy(th) {
    var col = th.cellIndex;
    var numeric = th.getAttribute("data-type") === "num";
    var dir = th.getAttribute("aria-sort") === "descending" ? "ascending" : "descending";
    if (!numeric && !th.hasAttribute("aria-sort")) dir = "ascending";
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", dir);
    var rows = Array.prototype.slice.call(tbody.rows);
    var sign = dir === "ascending" ? 1 : -1;
    rows.sort(function (a, b) {
      var x = cellValue(a, col, numeric), y = cellValue(b, col, numeric);
      if (x < y) return -sign;
      if (x > y) return sign;
      return parseInt(a.getAttribute("data-rank"), 10) - parseInt(b.getAttribute("data-rank"), 10);
    });
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r); });
    tbody.appendChild(frag);
    if (page > 0) page = 0;
    paginate();
  }

  if (table) {
    var buttons = table.tHead.querySelectorAll("th button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (e) { sortBy(e.currentTarget.parentNode); });
    }
    var prev = document.getElementById("pager-prev"), next = document.getElementById("pager-next");
    var all = document.getElementById("pager-all");
    if (prev) prev.addEventListener("click", function () { page = Math.max(0, page - 1); paginate(); });
    if (next) next.addEventListener("click", function () { page += 1; paginate(); });
    if (all) all.addEventListener("click", function () {
      page = page < 0 ? 0 : -1;
      all.textContent = page < 0 ? "Show pages" : "Show all";
      paginate();
    });
    paginate();
  }

  // Findings of a large batch: the profiles beyond those written into the page travel as JSON
  // keyed by rank, and get their element when a link to them is followed.
  var lazy = null;
  function lazyData() {
    if (lazy === null) {
      var node = document.getElementById("proofile-lazy");
      lazy = node ? JSON.parse(node.textContent) : { rules: [], profiles: {} };
    }
    return lazy;
  }
  var SEV = ["error", "warning", "info"];
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function finding(rules, f) {
    // [severity, rule, section label, file:line:col, before, flagged, after, message, suggestions]
    var li = el("li", "finding");
    var head = el("div");
    head.appendChild(el("span", "sev " + SEV[f[0]], SEV[f[0]]));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("strong", null, f[7]));
    li.appendChild(head);
    var where = el("div", "where");
    where.appendChild(el("span", "rule", rules[f[1]]));
    where.appendChild(document.createTextNode(" · " + f[2] + " · " + f[3] + " · "));
    var a = el("a", "explain", "explain");
    a.href = "#rule-" + rules[f[1]];
    where.appendChild(a);
    li.appendChild(where);
    if (f[4] || f[5] || f[6]) {
      var q = el("blockquote", "context");
      q.appendChild(document.createTextNode(f[4]));
      q.appendChild(el("mark", null, f[5]));
      q.appendChild(document.createTextNode(f[6]));
      li.appendChild(q);
    }
    if (f[8]) li.appendChild(el("p", "fix", "Suggestion: " + f[8]));
    return li;
  }
  // The element of profile `id` ("p-RANK"), made from the JSON when it is not in the page yet.
  function profileElement(id) {
    var found = document.getElementById(id);
    var m = /^p-(\d+)$/.exec(id);
    if (found || !m) return found;
    var data = lazyData();
    var p = data.profiles[m[1]];
    if (!p) return null;
    // [name, path, counts, error or null, findings, reasons as [class, glyph, text]]
    var details = el("details", "profile");
    details.id = id;
    details.setAttribute("data-lazy", m[1]);
    var summary = el("summary", null, p[0] + " ");
    summary.appendChild(el("span", "sub", p[1] + " · " + p[2]));
    details.appendChild(summary);
    if (p[5] && p[5].length) {
      details.appendChild(el("p", "reasons-title", "Reasons an invitation from this profile is declined:"));
      var reasons = el("ul", "reasons");
      p[5].forEach(function (r) {
        var li = el("li");
        var mark = el("span", "mark " + r[0], r[1]);
        mark.setAttribute("aria-hidden", "true");
        li.appendChild(mark);
        li.appendChild(document.createTextNode(" " + r[2]));
        reasons.appendChild(li);
      });
      details.appendChild(reasons);
    }
    if (p[3]) {
      details.appendChild(el("p", "failed", p[3]));
    } else if (!p[4].length) {
      details.appendChild(el("p", "findings", "No findings."));
    } else {
      var list = el("ul", "findings");
      p[4].forEach(function (f) { list.appendChild(finding(data.rules, f)); });
      details.appendChild(list);
    }
    document.getElementById("lazy-profiles").appendChild(details);
    return details;
  }

  // A link to a profile or to a rule's explanation opens it.
  function openTarget(id) {
    var t = id ? profileElement(id) : null;
    if (t && t.tagName === "DETAILS") {
      t.open = true;
      t.scrollIntoView();
    }
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (a) openTarget(a.getAttribute("href").slice(1));
  });
  window.addEventListener("hashchange", function () { openTarget(location.hash.slice(1)); });
  if (location.hash) openTarget(location.hash.slice(1));

  // Printing shows every finding written into the page (a large batch prints its tables only).
  window.addEventListener("beforeprint", function () {
    var ds = document.querySelectorAll("details.profile, details.rule-doc");
    for (var i = 0; i < ds.length; i++) ds[i].open = true;
  });
  document.documentElement.classList.add("js");
})();
