// The draft page: sends the draft to POST /api/check as you type, underlines findings in place,
// lists them by section, and applies a suggestion with a click. The Invitation tab sends a connection
// note (with the recipient and, optionally, your profile) to POST /api/invite and shows the five-line
// verdict above the findings. No libraries, no network but this server.
"use strict";

const LIMITS = JSON.parse(document.getElementById("limits").textContent);
const $ = (id) => document.getElementById(id);
const state = { mode: "fields", findings: [], verdict: null, seq: 0, timer: 0, entries: 0 };
const MODES = ["fields", "whole", "invite"];

// A field is a textarea with its backdrop (where the underlines are drawn).
function fieldOf(textarea) {
  return { el: textarea, backdrop: textarea.parentElement.querySelector(".backdrop") };
}

function chars(s) {
  return [...s].length; // LinkedIn counts characters, not UTF-16 units
}

function autosize(el) {
  el.style.height = "auto";
  el.style.height = el.scrollHeight + 2 + "px";
}

// ---- Building the text that is checked ----

// In "section by section" mode the fields become one Markdown profile; each field's place in it is
// kept, so findings map back to the field (offsets are UTF-16 units, as JavaScript strings count).
function compose() {
  if (state.mode === "invite") {
    const el = $("f-note");
    return { text: el.value, format: "text", parts: [{ field: fieldOf(el), start: 0, end: el.value.length }] };
  }
  if (state.mode === "whole") {
    const el = $("f-whole");
    return { text: el.value, format: $("format").value, parts: [{ field: fieldOf(el), start: 0, end: el.value.length }] };
  }
  let text = "";
  const parts = [];
  const put = (el) => {
    parts.push({ field: fieldOf(el), start: text.length, end: text.length + el.value.length });
    text += el.value;
  };
  const headline = $("f-headline"), about = $("f-about");
  if (headline.value.trim()) { text += "## Headline\n\n"; put(headline); text += "\n\n"; }
  if (about.value.trim()) { text += "## About\n\n"; put(about); text += "\n\n"; }
  const entries = [...document.querySelectorAll("#entries .entry")];
  const filled = entries.filter((e) => [...e.querySelectorAll("textarea")].some((t) => t.value.trim()));
  if (filled.length) text += "## Experience\n\n";
  for (const e of filled) {
    const part = (p) => e.querySelector(`[data-part="${p}"]`);
    text += "### ";
    if (part("title").value.trim()) put(part("title")); else text += "Position";
    if (part("company").value.trim()) { text += " — "; put(part("company")); }
    text += "\n\n";
    if (part("dates").value.trim()) { put(part("dates")); text += "\n\n"; }
    if (part("description").value.trim()) { put(part("description")); text += "\n\n"; }
  }
  return { text, format: "markdown", parts };
}

// ---- Checking ----

// POSTs `body` as JSON; the answer, or null after saying why in the counts line (when this is still
// the latest check).
async function post(path, body, seq) {
  try {
    const r = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (r.ok) return await r.json();
    if (seq === state.seq) $("counts").textContent = (await r.text()).replace(/^Error: /, "Cannot check: ");
  } catch (e) {
    if (seq === state.seq) $("counts").textContent = "The proofile server is not answering.";
  }
  return null;
}

function schedule() {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, 350);
  updateLimits();
}

async function check() {
  const seq = ++state.seq;
  const draft = compose();
  if (state.mode === "invite") return checkInvite(seq, draft);
  state.verdict = null;
  if (!draft.text.trim()) {
    state.findings = [];
    render(draft);
    $("counts").textContent = "Type or paste a draft.";
    return;
  }
  const answer = await post("/api/check", { text: draft.text, format: draft.format, language: $("language").value }, seq);
  if (!answer || seq !== state.seq) return; // refused, or a newer check is on its way
  state.findings = answer.findings.map((f, i) => place(f, i, draft));
  render(draft);
  showCounts(answer.counts);
}

function showCounts(c) {
  const n = (k, word) => `${c[k]} ${word}${c[k] === 1 ? "" : "s"}`;
  $("counts").innerHTML = "";
  for (const [k, word] of [["error", "error"], ["warning", "warning"], ["info", "note"]]) {
    const s = document.createElement("span");
    s.className = "count sev-" + k;
    s.textContent = n(k, word);
    $("counts").append(s);
  }
}

// The Invitation tab: the note, who it is for, and optionally your profile, checked as
// `proofile invite --format json` checks them. The note's findings carry UTF-16 offsets (`utf16`).
async function checkInvite(seq, draft) {
  const name = $("i-to-name").value.trim(), headline = $("i-to-headline").value.trim();
  const toProfile = $("i-to-profile").value, from = $("i-from").value;
  if (!draft.text.trim() && !name && !toProfile.trim()) {
    state.findings = [];
    state.verdict = null;
    render(draft);
    $("counts").textContent = "Type the note you want to send.";
    return;
  }
  const body = { note: draft.text };
  if (name || headline) body.to = Object.assign(name ? { name } : {}, headline ? { headline } : {});
  if (toProfile.trim()) body.toProfile = toProfile;
  if (from.trim()) body.from = from;
  const answer = await post("/api/invite", body, seq);
  if (!answer || seq !== state.seq) return;
  const noteField = fieldOf($("f-note"));
  const counts = { error: 0, warning: 0, info: 0 };
  const finding = (d, i, field, section) => {
    counts[d.severity] += 1;
    const at = field && d.utf16 ? d.utf16 : null;
    return {
      index: i, rule: d.rule, severity: d.severity, message: d.message, section, flagged: d.text,
      field: at ? field : null, from: at ? at.start : 0, to: at ? at.end : 0, applicable: !!at,
      suggestions: (d.suggestions || []).map((v) => ({ value: v, safe: false })),
    };
  };
  const note = answer.note.diagnostics.map((d, i) => finding(d, i, noteField, "Note"));
  const mine = answer.from ? answer.from.diagnostics.map((d, i) => finding(d, note.length + i, null, "Your profile" + (d.section && d.section.label ? ": " + d.section.label : ""))) : [];
  state.findings = note.concat(mine);
  state.verdict = answer.verdict;
  const len = answer.note.length;
  if (len) showLimit($("n-note"), len.utf16, len.max);
  render(draft);
  showCounts(counts);
}

// Which field a finding is in, and where in that field.
function place(f, i, draft) {
  const part = draft.parts.find((p) => f.start >= p.start && f.end <= p.end && (f.end > f.start || p.end > p.start));
  return Object.assign(f, {
    index: i,
    field: part ? part.field : null,
    from: part ? f.start - part.start : 0,
    to: part ? f.end - part.start : 0,
  });
}

// ---- Drawing ----

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function render(draft) {
  for (const p of allFields()) drawBackdrop(p, state.findings.filter((f) => f.field && f.field.el === p.el));
  drawList();
}

function allFields() {
  return [...document.querySelectorAll(".field textarea")].map(fieldOf);
}

function drawBackdrop(field, findings) {
  const text = field.el.value;
  // A finding about the whole field (too long, no numbers) marks the field; the others are
  // underlined, the shortest first where they overlap (the list shows every one).
  const whole = findings.filter((f) => f.to - f.from >= Math.max(1, text.trim().length * 0.9));
  const worst = ["error", "warning", "info"].find((s) => whole.some((f) => f.severity === s));
  field.el.parentElement.dataset.flag = worst || "";
  const chosen = [];
  for (const f of findings.filter((f) => f.to > f.from && !whole.includes(f)).sort((a, b) => (a.to - a.from) - (b.to - b.from))) {
    if (!chosen.some((c) => f.from < c.to && c.from < f.to)) chosen.push(f);
  }
  chosen.sort((a, b) => a.from - b.from);
  let html = "", at = 0;
  for (const f of chosen) {
    html += escapeHtml(text.slice(at, f.from));
    html += `<mark class="sev-${f.severity}" data-i="${f.index}">${escapeHtml(text.slice(f.from, f.to))}</mark>`;
    at = f.to;
  }
  html += escapeHtml(text.slice(at)) + "\n";
  field.backdrop.innerHTML = html;
}

function drawVerdict(list) {
  const marks = { fix: "✗", consider: "!", fine: "✓", "not checked": "?" };
  const h = document.createElement("h3");
  h.textContent = "Verdict";
  const ol = document.createElement("ol");
  ol.id = "verdict";
  for (const v of state.verdict) {
    const li = document.createElement("li");
    li.className = v.status.replace(" ", "-");
    li.dataset.reason = v.reason;
    for (const [cls, text] of [["mark", marks[v.status] || "?"], ["title", v.title || v.reason], ["message", v.message.replace("give your profile with --from", "paste your profile below")]]) {
      const span = document.createElement("span");
      span.className = cls;
      span.textContent = text;
      li.append(span);
    }
    ol.append(li);
  }
  list.append(h, ol);
}

function drawList() {
  const list = $("list");
  list.innerHTML = "";
  if (state.mode === "invite" && state.verdict) drawVerdict(list);
  if (!state.findings.length) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = compose().text.trim() ? "No findings." : "Findings appear here as you type.";
    list.append(p);
    return;
  }
  const groups = new Map();
  for (const f of state.findings) {
    if (!groups.has(f.section)) groups.set(f.section, []);
    groups.get(f.section).push(f);
  }
  for (const [section, findings] of groups) {
    const h = document.createElement("h3");
    h.textContent = section;
    list.append(h);
    const ul = document.createElement("ul");
    for (const f of findings) ul.append(item(f));
    list.append(ul);
  }
}

function item(f) {
  const li = document.createElement("li");
  li.className = "finding sev-" + f.severity;
  li.dataset.i = f.index;
  const head = document.createElement("div");
  head.className = "head";
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.textContent = f.severity;
  const msg = document.createElement("span");
  msg.className = "message";
  msg.textContent = f.message;
  head.append(badge, msg);
  li.append(head);
  if (f.field && f.to > f.from) {
    const show = document.createElement("button");
    show.type = "button";
    show.className = "show";
    show.textContent = "“" + f.flagged + "”";
    show.title = "Select it in the draft";
    show.addEventListener("click", () => select(f));
    li.append(show);
  }
  if (f.field && f.applicable) {
    for (const s of f.suggestions) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "suggestion";
      b.textContent = s.value === "" ? "Remove it" : s.value;
      b.setAttribute("aria-label", (s.value === "" ? "Remove" : "Replace with " + s.value) + " (" + f.rule + ")");
      b.addEventListener("click", () => apply(f, s.value));
      li.append(b);
    }
  }
  if (!f.summary) return li;
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = f.rule + ": " + f.summary;
  const explain = document.createElement("p");
  explain.className = "explain";
  explain.textContent = f.explain;
  details.append(summary, explain);
  li.append(details);
  return li;
}

function select(f) {
  f.field.el.focus();
  f.field.el.setSelectionRange(f.from, f.to);
}

function apply(f, value) {
  const el = f.field.el;
  el.value = el.value.slice(0, f.from) + value + el.value.slice(f.to);
  autosize(el);
  el.focus();
  el.setSelectionRange(f.from + value.length, f.from + value.length);
  state.findings = [];
  save();
  updateLimits();
  check();
}

function applySafe() {
  const fixes = state.findings.filter((f) => f.field && f.applicable && f.suggestions.length && f.suggestions[0].safe);
  // From the end of each field backwards, so earlier offsets stay right; overlapping fixes wait.
  fixes.sort((a, b) => b.from - a.from);
  const lastStart = new Map();
  let n = 0;
  for (const f of fixes) {
    const el = f.field.el;
    if (lastStart.has(el) && f.to > lastStart.get(el)) continue;
    el.value = el.value.slice(0, f.from) + f.suggestions[0].value + el.value.slice(f.to);
    lastStart.set(el, f.from);
    n++;
  }
  note(n ? `Applied ${n} safe fix${n === 1 ? "" : "es"}.` : "No safe fixes to apply.");
  allFields().forEach((p) => autosize(p.el));
  save();
  check();
}

// ---- Limits, copy, download, drop, tabs ----

function showLimit(span, n, max) {
  span.textContent = `${n} / ${max}`;
  span.classList.toggle("over", n > max);
}

function updateLimits() {
  const show = (span, text, max) => showLimit(span, chars(text), max);
  // A connection note is counted as LinkedIn counts it: UTF-16 units, as a JavaScript string's length.
  showLimit($("n-note"), $("f-note").value.replace(/\r\n/g, "\n").length, LIMITS.note);
  show($("n-headline"), $("f-headline").value, LIMITS.headline);
  show($("n-about"), $("f-about").value, LIMITS.about);
  for (const e of document.querySelectorAll("#entries .entry")) {
    show(e.querySelector('[data-n="title"]'), e.querySelector('[data-part="title"]').value, LIMITS.title);
    show(e.querySelector('[data-n="description"]'), e.querySelector('[data-part="description"]').value, LIMITS.description);
  }
}

function note(s) {
  $("note").textContent = s;
  setTimeout(() => { if ($("note").textContent === s) $("note").textContent = ""; }, 4000);
}

async function copy() {
  const text = compose().text;
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const t = document.createElement("textarea");
    t.value = text;
    document.body.append(t);
    t.select();
    document.execCommand("copy");
    t.remove();
  }
  note("Copied.");
}

function download() {
  const d = compose();
  const json = d.format === "json-resume" || (d.format === "auto" && d.text.trim().startsWith("{"));
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([d.text], { type: json ? "application/json" : "text/markdown" }));
  a.download = json ? "resume.json" : "profile.md";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function addEntry(values) {
  const n = ++state.entries;
  const node = document.getElementById("entry-template").content.firstElementChild.cloneNode(true);
  node.querySelector("legend").textContent = "Position " + n;
  for (const row of node.querySelectorAll(".row")) {
    const label = row.querySelector("label");
    const area = row.nextElementSibling.querySelector("textarea");
    area.id = `e${n}-${area.dataset.part}`;
    label.htmlFor = area.id;
    if (values && values[area.dataset.part]) area.value = values[area.dataset.part];
  }
  node.querySelector(".remove").addEventListener("click", () => { node.remove(); save(); schedule(); });
  wire(node);
  $("entries").append(node);
  updateLimits();
  return node;
}

function wire(root) {
  root.querySelectorAll("textarea").forEach(wireOne);
}

function wireOne(t) {
  t.addEventListener("input", () => { autosize(t); save(); schedule(); });
  autosize(t);
}

function setMode(mode) {
  state.mode = mode;
  for (const m of MODES) {
    const [tab, panel, on] = ["tab-" + m, "panel-" + m, m === mode];
    $(tab).setAttribute("aria-selected", String(on));
    $(tab).tabIndex = on ? 0 : -1;
    $(panel).hidden = !on;
  }
  // Safe fixes apply to a profile draft; a connection note has none to apply, so the Invitation tab
  // does not offer the button.
  $("apply-safe").hidden = mode === "invite";
  allFields().forEach((p) => autosize(p.el));
  save();
  check();
}

// The draft stays in this browser (localStorage) across reloads; it is never sent anywhere else.
function save() {
  try {
    const entries = [...document.querySelectorAll("#entries .entry")].map((e) =>
      Object.fromEntries([...e.querySelectorAll("textarea")].map((t) => [t.dataset.part, t.value])));
    localStorage.setItem("proofile-draft", JSON.stringify({
      mode: state.mode, headline: $("f-headline").value, about: $("f-about").value, entries,
      whole: $("f-whole").value, format: $("format").value,
      invite: { note: $("f-note").value, name: $("i-to-name").value, headline: $("i-to-headline").value,
        toProfile: $("i-to-profile").value, from: $("i-from").value },
    }));
  } catch (e) { /* storage may be off */ }
}

function restore() {
  let d = null;
  try { d = JSON.parse(localStorage.getItem("proofile-draft") || "null"); } catch (e) { d = null; }
  if (!d) { addEntry(); return; }
  $("f-headline").value = d.headline || "";
  $("f-about").value = d.about || "";
  $("f-whole").value = d.whole || "";
  $("format").value = d.format || "auto";
  (d.entries && d.entries.length ? d.entries : [null]).forEach((e) => addEntry(e));
  const inv = d.invite || {};
  $("f-note").value = inv.note || "";
  $("i-to-name").value = inv.name || "";
  $("i-to-headline").value = inv.headline || "";
  $("i-to-profile").value = inv.toProfile || "";
  $("i-from").value = inv.from || "";
  if (d.mode === "whole" || d.mode === "invite") setMode(d.mode);
}

document.addEventListener("DOMContentLoaded", () => {
  restore();
  ["f-headline", "f-about", "f-whole", "f-note"].forEach((id) => wireOne($(id)));
  for (const id of ["i-to-name", "i-to-headline", "i-to-profile", "i-from"]) {
    $(id).addEventListener("input", () => { save(); schedule(); });
  }
  $("add-entry").addEventListener("click", () => { const e = addEntry(); e.querySelector("textarea").focus(); });
  $("tab-fields").addEventListener("click", () => setMode("fields"));
  $("tab-whole").addEventListener("click", () => setMode("whole"));
  $("tab-invite").addEventListener("click", () => setMode("invite"));
  $("editor").querySelector(".tabs").addEventListener("keydown", (e) => {
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      const step = e.key === "ArrowRight" ? 1 : MODES.length - 1;
      const next = MODES[(MODES.indexOf(state.mode) + step) % MODES.length];
      setMode(next);
      $("tab-" + next).focus();
    }
  });
  $("format").addEventListener("change", () => { save(); check(); });
  $("language").addEventListener("change", check);
  $("apply-safe").addEventListener("click", applySafe);
  $("copy").addEventListener("click", copy);
  $("download").addEventListener("click", download);
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); check(); }
  });
  // Drop a JSON Resume (or Markdown) file anywhere on the page.
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", async (e) => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (!file) return;
    if (file.size > 1024 * 1024) { note("That file is over 1 MiB."); return; }
    $("f-whole").value = await file.text();
    $("format").value = "auto";
    setMode("whole");
    note("Read " + file.name + ".");
  });
  updateLimits();
  check();
});
