"""The page's JavaScript, run once when the page loads (the `js_on_load` of an invisible gr.HTML
that also exposes the server functions `open_doc` and `export_docx`).

* lang="vi" kept on <html> (Gradio sets its locale, "en", when it starts);
* English that Gradio writes without an i18n key (tooltips, toasts) replaced (i18n.DOM_VI);
* [n] opens card n in place: its panel scrolls (never the page), the card is highlighted, and
  when the card is out of sight (a phone, a long table) a copy opens right under the [n];
* "Mở toàn văn" shows the whole document in the card's panel, scrolled to the quote;
* "Chép câu trả lời" copies clean text; "Tải Word" saves the .docx made by the server;
* sample questions are sent at once;
* a file over the size limit is refused in the browser, in Vietnamese, before any upload.
"""
from __future__ import annotations

import json

from .i18n import DOM_VI, GENERIC_TOAST

_JS = r"""
const KG = window.KG = window.KG || {};
KG.server = server;
const VI = __DOM_VI__, GENERIC = __GENERIC__, MAX_BYTES = __MAX_BYTES__, MAX_MB = __MAX_MB__;
const setLang = () => { if (document.documentElement.lang !== 'vi') document.documentElement.lang = 'vi'; };
setLang();
new MutationObserver(setLang).observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});

const viText = (s) => VI[(s || '').trim()];
const fixAttrs = (el) => {
  if (!el.getAttribute) return;
  for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
    const v = el.getAttribute(a), t = v && viText(v);
    if (t) el.setAttribute(a, t);
  }
};
const fixToasts = (root) => {
  root.querySelectorAll('.toast-title, .toast-text, .toast-message-text, .toast-msg').forEach((t) => {
    const s = t.textContent.trim();
    if (!s || /[À-ỹĐđ]/.test(s)) return;
    t.textContent = viText(s) || (t.classList.contains('toast-title') ? 'Lỗi' : GENERIC);
  });
};
const fixTree = (root) => {
  fixAttrs(root);
  if (root.querySelectorAll) { root.querySelectorAll('[aria-label],[title],[placeholder],[alt]').forEach(fixAttrs); fixToasts(root); }
};
fixTree(document.body);
new MutationObserver((muts) => {
  for (const m of muts) {
    if (m.type === 'attributes') fixAttrs(m.target);
    else if (m.type === 'characterData') { const p = m.target.parentElement; if (p && p.closest('[class*=toast]')) fixToasts(p.closest('[class*=toast]')); }
    else m.addedNodes.forEach((n) => { if (n.nodeType === 1) fixTree(n); else if (n.parentElement) fixTree(n.parentElement); });
  }
}).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                            attributeFilter: ['aria-label', 'title', 'placeholder', 'alt']});

const scrollBox = (el) => {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const oy = getComputedStyle(p).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && p.scrollHeight > p.clientHeight + 1) return p;
  }
  return null;
};
const inSight = (el) => { const r = el.getBoundingClientRect();
  return r.width > 0 && r.top >= 0 && r.top < window.innerHeight - 30; };
const closeViewer = (v) => { if (!v) return; v.hidden = true; const s = v.parentElement; if (s) s.classList.remove('viewing'); };
const dropPops = () => document.querySelectorAll('.cite-pop').forEach((p) => p.remove());

function openCite(btn) {
  const n = btn.dataset.n, scope = btn.dataset.scope;
  const panel = document.querySelector('#sources .kg-scope');
  if (panel && !/^(ww|ol)-/.test(scope)) {
    const sec = panel.querySelector('.turn-src[data-turn="' + CSS.escape(scope) + '"]');
    if (sec) panel.querySelectorAll('.turn-src').forEach((s) => { s.hidden = s !== sec; });
    closeViewer(panel.querySelector(':scope > .viewer'));
  }
  const card = document.getElementById('src-' + scope + '-' + n);
  if (!card) return;
  const own = card.closest('.kg-scope');
  if (own) closeViewer(own.querySelector(':scope > .viewer'));
  document.querySelectorAll('.src-card.active').forEach((c) => c.classList.remove('active'));
  card.classList.add('active');
  const box = scrollBox(card);
  if (box) box.scrollTop += card.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  dropPops();
  if (inSight(card)) return;
  const pop = document.createElement('div');
  pop.className = 'cite-pop';
  pop.setAttribute('role', 'region');
  pop.setAttribute('aria-label', 'Nguồn ' + n);
  const copy = card.cloneNode(true);
  copy.removeAttribute('id');
  pop.appendChild(copy);
  const close = document.createElement('button');
  close.type = 'button'; close.className = 'pop-close'; close.textContent = 'Đóng nguồn ' + n;
  pop.appendChild(close);
  const host = btn.closest('li, td, th, p') || btn.parentElement;
  if (host.tagName === 'P') host.insertAdjacentElement('afterend', pop); else host.appendChild(pop);
}

async function openDoc(btn) {
  const scope = btn.closest('.cite-pop') || btn.closest('.kg-scope');
  if (!scope) return;
  let v = scope.querySelector(':scope > .viewer');
  if (!v) {
    v = document.createElement('div'); v.className = 'viewer';
    v.innerHTML = '<div class="viewer-bar"><button type="button" class="viewer-close">← Quay lại các nguồn</button></div><div class="viewer-body" tabindex="0"></div>';
    scope.appendChild(v);
  }
  const body = v.querySelector('.viewer-body');
  body.innerHTML = '<p class="kg-empty">Đang mở văn bản…</p>';
  v.hidden = false;
  if (scope.classList.contains('kg-scope')) scope.classList.add('viewing');
  const d = btn.dataset;
  let r;
  try { r = await KG.server.open_doc(d.source, +d.start, +d.end, +d.qs, +d.qe, d.h); }
  catch (e) { r = {html: '<div class="kg-warn">' + GENERIC + '</div>'}; }
  body.innerHTML = r.html;      /* built and escaped by the server */
  const c = body.querySelector('#cited');
  if (c) body.scrollTop += c.getBoundingClientRect().top - body.getBoundingClientRect().top - body.clientHeight / 4;
}

function flash(btn, text, ms) {
  const old = btn.dataset.label || btn.textContent;
  btn.dataset.label = old; btn.textContent = text;
  if (ms) setTimeout(() => { btn.textContent = old; }, ms);
}

async function copyAnswer(btn) {
  const text = btn.closest('.msg').querySelector('textarea.plain').value;
  try { await navigator.clipboard.writeText(text); }
  catch (e) {
    const t = document.createElement('textarea');
    t.value = text; t.style.position = 'fixed'; t.style.opacity = '0';
    document.body.appendChild(t); t.select(); document.execCommand('copy'); t.remove();
  }
  flash(btn, 'Đã chép', 1500);
}

async function saveWord(btn) {
  flash(btn, 'Đang tạo tệp Word…');
  let r;
  try { r = await KG.server.export_docx(btn.dataset.token); } catch (e) { r = {error: GENERIC}; }
  btn.textContent = btn.dataset.label;
  const tools = btn.parentElement;
  tools.querySelectorAll('.kg-warn').forEach((w) => w.remove());
  if (r.error) {
    const w = document.createElement('span'); w.className = 'kg-warn'; w.setAttribute('role', 'alert');
    w.textContent = r.error; tools.appendChild(w); return;
  }
  const bytes = Uint8Array.from(atob(r.data), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], {type: r.mime}));
  const a = document.createElement('a');
  a.href = url; a.download = r.name; a.hidden = true;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

function askExample(q) {
  const ta = document.querySelector('#question textarea');
  if (!ta) return;
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(ta, q);
  ta.dispatchEvent(new Event('input', {bubbles: true}));
  setTimeout(() => { const b = document.querySelector('#ask-btn'); if (b && !b.disabled) b.click(); }, 60);
}

document.addEventListener('click', (e) => {
  const t = e.target;
  if (!t.closest) return;
  let b;
  if ((b = t.closest('button.cite'))) { e.preventDefault(); openCite(b); }
  else if ((b = t.closest('button.open-doc'))) openDoc(b);
  else if ((b = t.closest('button.viewer-close'))) closeViewer(b.closest('.viewer'));
  else if ((b = t.closest('button.pop-close'))) b.closest('.cite-pop').remove();
  else if ((b = t.closest('button.kg-copy'))) copyAnswer(b);
  else if ((b = t.closest('button.kg-word'))) saveWord(b);
  else if ((b = t.closest('button.kg-example'))) askExample(b.dataset.q || b.textContent);
});

document.addEventListener('change', (e) => {
  const inp = e.target;
  if (!(inp instanceof HTMLInputElement) || inp.type !== 'file') return;
  const note = document.querySelector('#upload-note');
  if (note) note.replaceChildren();
  const files = [...(inp.files || [])], big = files.filter((f) => f.size > MAX_BYTES);
  if (!big.length) return;
  if (note) {
    const ul = document.createElement('ul'); ul.className = 'up-report'; ul.setAttribute('role', 'alert');
    for (const f of big) {
      const li = document.createElement('li'); li.className = 'bad';
      const m = document.createElement('span'); m.className = 'mark'; m.textContent = 'Không nhận';
      const b = document.createElement('b'); b.textContent = f.name;
      li.append(m, ' ', b, ': tệp lớn hơn ' + MAX_MB + ' MB nên không tải lên. Tách văn bản thành các tệp nhỏ hơn rồi tải lên từng tệp.');
      ul.appendChild(li);
    }
    note.appendChild(ul);
  }
  const keep = files.filter((f) => f.size <= MAX_BYTES);
  if (!keep.length) { e.stopImmediatePropagation(); inp.value = ''; return; }
  const dt = new DataTransfer(); keep.forEach((f) => dt.items.add(f)); inp.files = dt.files;
}, true);
"""

CHAT_JS = r"""
watch('value', () => {
  const log = element.querySelector('.kg-chat');
  const turns = log ? log.querySelectorAll('.turn') : [];
  if (turns.length) log.scrollTop = turns[turns.length - 1].offsetTop - log.offsetTop;
});
"""


def page_js(max_bytes: int) -> str:
    return (_JS.replace("__DOM_VI__", json.dumps(DOM_VI, ensure_ascii=False))
            .replace("__GENERIC__", json.dumps(GENERIC_TOAST, ensure_ascii=False))
            .replace("__MAX_BYTES__", str(int(max_bytes))).replace("__MAX_MB__", str(max_bytes // 2**20)))
