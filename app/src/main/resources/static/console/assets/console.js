// The console's commands are calls of the JSON API with the session: a form marked data-api="METHOD"
// with data-path sends its fields as JSON (data-type="list" for a multi-select, "number" for numbers,
// data-optional fields are left out when empty), shows the API's problem next to the field it names,
// and reloads the page once the command is done or held for approval.
(function () {
  function csrf() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header && token.content ? { [header.content]: token.content } : {};
  }

  function body(form) {
    const out = {};
    for (const el of form.elements) {
      if (!el.name || el.disabled) continue;
      if (el.dataset.type === 'list') {
        out[el.name] = Array.from(el.selectedOptions).map(o => o.value);
        continue;
      }
      if (el.type === 'checkbox') { out[el.name] = el.checked; continue; }
      const v = el.value.trim();
      if (v === '' && el.hasAttribute('data-optional')) continue;
      if (el.dataset.type === 'numbers') {
        out[el.name] = v === '' ? [] : v.split(',').map(x => Number(x.trim()));
        continue;
      }
      out[el.name] = el.dataset.type === 'number' && v !== '' ? Number(v) : v;
    }
    return out;
  }

  function clear(form) {
    form.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
    form.querySelectorAll('.invalid').forEach(e => e.classList.remove('invalid'));
    const result = form.querySelector('.form-result') || form.parentElement.querySelector('.form-result');
    if (result) { result.textContent = ''; result.className = 'form-result'; }
    return result;
  }

  async function submit(form, path) {
    const result = clear(form);
    const method = form.dataset.api || 'POST';
    const init = { method, headers: Object.assign({ 'Accept': 'application/json' }, csrf()), credentials: 'same-origin' };
    if (method !== 'GET' && method !== 'DELETE') {
      // data-raw sends one field's text as the whole body (a YAML strategy, a JSON card) with data-content-type.
      init.headers['Content-Type'] = form.dataset.contentType || 'application/json';
      init.body = form.dataset.raw ? form.elements[form.dataset.raw].value : JSON.stringify(body(form));
    }
    const response = await fetch(path || form.dataset.path, init);
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (response.ok) {
      if (result) {
        result.classList.add('ok');
        // a 202 is a command held for approval, unless the form goes on to the run it started
        result.textContent = response.status === 202 && !form.dataset.redirect ? (document.body.dataset.held || 'Held for approval') : 'OK';
      }
      document.dispatchEvent(new CustomEvent('creditloop:done', { detail: { form, status: response.status, json } }));
      const answer = form.querySelector('.answer');
      if (form.hasAttribute('data-stay') || path) {
        if (answer) answer.textContent = JSON.stringify(json, null, 2);
        return;
      }
      if (form.dataset.redirect && json && json.id !== undefined) {
        setTimeout(() => { window.location.href = form.dataset.redirect + json.id; }, 300);
        return;
      }
      setTimeout(() => window.location.reload(), response.status === 202 ? 1500 : 1000);
      return;
    }
    const problem = json || { detail: response.status + ' ' + text };
    let placed = false;
    for (const issue of (problem.errors || [])) {
      const slot = form.querySelector('[data-error-for="' + issue.field + '"]');
      const input = form.querySelector('[name="' + issue.field + '"]');
      if (input) input.classList.add('invalid');
      if (slot) { slot.textContent = issue.reason; placed = true; }
    }
    if (result) {
      result.classList.add('error');
      result.textContent = (problem.title ? problem.title + ': ' : '') + (problem.detail || '');
    } else if (!placed) {
      alert(problem.detail || response.status);
    }
  }

  document.addEventListener('submit', ev => {
    const form = ev.target;
    if (form.dataset && form.dataset.api) {
      ev.preventDefault();
      submit(form);
    }
  });

  document.addEventListener('click', ev => {
    // a second button of a form that sends the same fields elsewhere (e.g. a pre-check beside the drawdown)
    const also = ev.target.closest('[data-also-path]');
    if (also) {
      ev.preventDefault();
      const form = also.closest('form');
      if (!form.querySelector('.answer')) form.insertAdjacentHTML('beforeend', '<pre class="answer"></pre>');
      submit(form, also.dataset.path);
    }
  });

  document.addEventListener('click', async ev => {
    const button = ev.target.closest('#verify-chain');
    if (!button) return;
    const out = document.getElementById('verify-result');
    const r = await fetch(button.dataset.path, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
    const v = await r.json();
    out.textContent = v.intact ? out.dataset.intact + ' (' + v.records + ')' : out.dataset.broken + ' #' + v.firstBrokenId + ': ' + v.problem;
    out.className = v.intact ? 'ok' : 'error';
  });
})();
