"""The stylesheet and script inlined into every HTML report (no network assets)."""

CSS = """
:root { --high: #c62828; --medium: #b26a00; --low: #1565c0; --pass: #2e7d32; --error: #8e24aa;
        --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --paper: #fff; --bg: #f4f5f7; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: var(--ink); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0; }
.muted { color: var(--muted); }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 16px 0; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; }
.card { flex: 1 1 120px; border-radius: 8px; padding: 10px 14px; color: #fff; }
.card b { display: block; font-size: 28px; line-height: 1.1; }
.v-block { background: var(--high); } .v-warn { background: var(--medium); }
.v-pass { background: var(--pass); } .v-error { background: var(--error); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.summary-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
@media (max-width: 800px) { .summary-grid { grid-template-columns: 1fr; } }
#filters { display: flex; gap: 18px; flex-wrap: wrap; align-items: center; position: sticky; top: 0; z-index: 5; }
#filters label { white-space: nowrap; }
.badge { display: inline-block; color: #fff; border-radius: 4px; padding: 0 8px; font-weight: 600;
         font-size: 13px; text-transform: uppercase; letter-spacing: .03em; }
article.post { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--line);
               border-radius: 8px; padding: 14px 16px; margin: 14px 0; }
article.post.v-block { border-left-color: var(--high); } article.post.v-warn { border-left-color: var(--medium); }
article.post.v-pass { border-left-color: var(--pass); } article.post.v-error { border-left-color: var(--error); }
.post-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.post-text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fafafa; border: 1px solid var(--line);
             border-radius: 6px; padding: 10px 12px; margin: 10px 0; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; cursor: help; }
mark.sev-high { background: #ffcdd2; box-shadow: inset 0 -2px var(--high); }
mark.sev-medium { background: #ffe0b2; box-shadow: inset 0 -2px var(--medium); }
mark.sev-low { background: #bbdefb; box-shadow: inset 0 -2px var(--low); }
mark.suppressed { background: none; box-shadow: none; text-decoration: underline dotted var(--muted); }
.photos { display: flex; flex-wrap: wrap; gap: 12px; margin: 10px 0; }
figure { margin: 0; }
.frame { position: relative; display: inline-block; line-height: 0; border: 1px solid var(--line); }
.frame img { display: block; max-width: 320px; height: auto; }
.box { position: absolute; border: 2px solid; border-radius: 2px; }
.box.face { border-color: #00b0ff; }
.box.text { border-color: #ffab00; border-style: dashed; }
.box.finding { border-color: var(--high); border-width: 3px; }
.box span { position: absolute; left: -2px; bottom: 100%; background: var(--high); color: #fff; font-size: 11px;
            line-height: 1.4; padding: 0 4px; white-space: nowrap; }
.nothumb { width: 200px; height: 120px; display: flex; align-items: center; justify-content: center;
           background: #eee; color: var(--muted); font-size: 13px; line-height: 1.3; text-align: center; padding: 8px; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; max-width: 320px; overflow-wrap: anywhere; }
.legend span { display: inline-block; margin-right: 12px; font-size: 12px; }
.legend i { display: inline-block; width: 12px; height: 12px; border: 2px solid; vertical-align: -2px;
            margin-right: 4px; }
ol.findings { padding-left: 22px; margin: 8px 0; }
ol.findings li { margin: 8px 0; }
li.finding.suppressed { opacity: .6; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.sev.sev-high { color: var(--high); } .sev.sev-medium { color: var(--medium); } .sev.sev-low { color: var(--low); }
.cat { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; background: #eef;
       border-radius: 3px; padding: 0 4px; }
.rule { font-size: 12px; color: var(--muted); }
q { font-style: italic; }
.fix { margin-top: 2px; }
.fix::before { content: "Fix: "; font-weight: 600; }
ul.cites { margin: 2px 0 0; padding-left: 18px; font-size: 13px; color: var(--muted); }
ul.errors { margin: 8px 0; padding: 8px 12px 8px 28px; background: #f3e5f5; border-radius: 6px; color: #4a148c; }
a { color: #1a56c4; }
"""

SCRIPT = """
(function () {
  var form = document.getElementById('filters');
  var posts = Array.prototype.slice.call(document.querySelectorAll('article.post'));
  var shown = document.getElementById('shown');
  function apply() {
    var verdicts = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name=verdict]'), function (box) {
      verdicts[box.value] = box.checked;
    });
    var category = form.elements.category.value;
    var count = 0;
    posts.forEach(function (post) {
      var visible = verdicts[post.dataset.verdict] &&
        (category === '' || post.dataset.categories.split(' ').indexOf(category) >= 0);
      post.hidden = !visible;
      if (visible) { count += 1; }
    });
    shown.textContent = count + ' of ' + posts.length + ' posts shown';
  }
  form.addEventListener('change', apply);
  apply();
})();
"""
