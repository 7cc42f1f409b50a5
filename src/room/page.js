'use strict';
(function () {
  var ALL = JSON.parse(document.getElementById('words').textContent);
  var code = location.pathname.split('/')[2] || '';
  var api = '/api/' + encodeURIComponent(code) + '/';
  var tokenKey = 'klantreis-' + code;
  var token = null;
  try { token = localStorage.getItem(tokenKey); } catch (e) { token = null; }
  var lang = null;
  var w = ALL.en;
  var kind = 'pain_point';
  var revision = 0;
  var stage = null;
  var mine = {};
  var ballot = [];
  var vote = null;
  var chosenStep = null;
  var $ = function (id) { return document.getElementById(id); };

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? String(values[k]) : m; });
  }
  function phoneLanguage() {
    var list = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < list.length; i++) {
      var primary = String(list[i]).toLowerCase().split(/[-_]/)[0];
      if (primary === 'nl' || primary === 'en') { return primary; }
    }
    return null;
  }
  function setLanguage(fallback) {
    var chosen = phoneLanguage() || (fallback === 'nl' ? 'nl' : 'en');
    if (chosen === lang) { return; }
    lang = chosen;
    w = ALL[lang];
    document.documentElement.lang = lang;
    document.title = w.page_title;
    $('step-label').textContent = w.step;
    $('note-heading').textContent = w.add_note;
    $('note-label').textContent = w.note_placeholder;
    $('name-label').textContent = w.name_label;
    $('send').textContent = w.send;
    $('rate-heading').textContent = w.rate;
    $('vote-heading').textContent = w.vote;
    $('send-vote').textContent = w.send_vote;
    $('anonymous').textContent = w.anonymous;
    $('scale-low').textContent = w.emotions[0];
    $('scale-high').textContent = w.emotions[6];
    var buttons = $('kinds').querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) { buttons[i].textContent = w[buttons[i].dataset.kind]; }
    var scale = $('scale');
    scale.textContent = '';
    for (var v = -3; v <= 3; v++) {
      var b = document.createElement('button');
      b.type = 'button';
      b.dataset.value = String(v);
      b.textContent = v > 0 ? '+' + v : String(v);
      b.setAttribute('aria-label', (v > 0 ? '+' + v : String(v)) + ' ' + w.emotions[v + 3]);
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', rate);
      scale.appendChild(b);
    }
    render();
  }
  function status(id, text, bad) {
    var el = $(id);
    el.textContent = text;
    el.className = bad ? 'status bad' : 'status';
  }
  function errorText(word) {
    return { empty: w.err_empty, too_long: w.err_too_long, too_many: w.err_too_many,
      step_closed: w.err_step_closed, full: w.err_full, locked: w.locked,
      wrong_code: w.wrong_code }[word] || w.err_other;
  }
  function randomKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  // Posts JSON; a lost connection is retried with the same body (and so the same key).
  function post(route, body, tries) {
    return fetch(api + route, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body), cache: 'no-store', credentials: 'omit'
    }).then(function (r) {
      return r.json().then(function (j) { return { status: r.status, json: j }; },
        function () { return { status: r.status, json: {} }; });
    }, function (e) {
      if ((tries || 0) >= 4) { throw e; }
      return new Promise(function (res) { setTimeout(res, 500 * ((tries || 0) + 1)); })
        .then(function () { return post(route, body, (tries || 0) + 1); });
    });
  }
  function join() {
    return post('join', {}).then(function (r) {
      if (r.status === 201) {
        token = r.json.participant;
        try { localStorage.setItem(tokenKey, token); } catch (e) { /* private mode */ }
      } else {
        showBanner(errorText(r.json.error));
      }
    });
  }
  function showBanner(text) {
    $('banner').textContent = text;
    $('banner').hidden = !text;
  }
  function currentStep() { return $('step').value; }
  function render() {
    if (!stage) { return; }
    $('title').textContent = stage.title;
    $('phase').textContent = stage.phase ? fill(w.phase, { name: stage.phase }) : w.no_phase;
    var select = $('step');
    var keep = chosenStep;
    select.textContent = '';
    stage.steps.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.id;
      o.textContent = s.title + (s.id === stage.focused ? ' ' + w.in_focus : '');
      select.appendChild(o);
    });
    var ids = stage.steps.map(function (s) { return s.id; });
    select.value = ids.indexOf(keep) >= 0 ? keep : (stage.focused || ids[0] || '');
    var none = stage.steps.length === 0;
    $('send').disabled = none || stage.locked;
    $('step-section').hidden = none;
    $('rate-section').hidden = none;
    showBanner(stage.locked ? w.locked : '');
    renderScale();
    renderVote();
  }
  function renderScale() {
    var value = mine[currentStep()];
    var buttons = $('scale').querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(Number(buttons[i].dataset.value) === value));
      buttons[i].disabled = stage && stage.locked;
    }
  }
  function renderVote() {
    var section = $('vote-section');
    section.hidden = !vote;
    if (!vote) { return; }
    var box = $('options');
    box.textContent = '';
    var left = vote.dots - ballot.length;
    $('dots-left').textContent = vote.open ? fill(w.dots_left, { n: left }) : (vote.results ? w.results : w.vote_closed);
    var most = vote.results ? Math.max.apply(null, vote.results.concat([1])) : 1;
    vote.options.forEach(function (text, index) {
      var row = document.createElement('div');
      row.className = 'option';
      var label = document.createElement('span');
      label.textContent = text;
      var count = document.createElement('b');
      var given = ballot.filter(function (d) { return d === index; }).length;
      count.textContent = vote.results ? String(vote.results[index]) : String(given);
      row.appendChild(label);
      if (vote.open) {
        var less = document.createElement('button');
        less.type = 'button'; less.textContent = '−'; less.disabled = given === 0;
        less.setAttribute('aria-label', '− ' + text);
        less.addEventListener('click', function () { ballot.splice(ballot.indexOf(index), 1); renderVote(); });
        var more = document.createElement('button');
        more.type = 'button'; more.textContent = '+'; more.disabled = left === 0;
        more.setAttribute('aria-label', '+ ' + text);
        more.addEventListener('click', function () { ballot.push(index); renderVote(); });
        row.appendChild(less); row.appendChild(count); row.appendChild(more);
      } else {
        row.appendChild(count);
      }
      box.appendChild(row);
      if (vote.results) {
        var bar = document.createElement('div');
        bar.className = 'bar';
        bar.style.width = Math.round(100 * vote.results[index] / most) + '%';
        box.appendChild(bar);
      }
    });
    $('send-vote').hidden = !vote.open;
  }
  function rate(event) {
    var value = Number(event.currentTarget.dataset.value);
    var step = currentStep();
    post('ratings', { participant: token, step: step, value: value }).then(function (r) {
      if (r.status === 200) {
        mine[step] = value;
        renderScale();
        status('rate-status', fill(w.rated, { emotion: w.emotions[value + 3] }), false);
      } else {
        status('rate-status', errorText(r.json.error), true);
      }
    }, function () { status('rate-status', w.offline, true); });
  }
  function sendNote() {
    var text = $('note').value.trim();
    if (!text) { status('note-status', w.err_empty, true); return; }
    var body = { participant: token, key: randomKey(), step: currentStep(), kind: kind, text: text };
    var name = $('name').value.trim();
    if (name) { body.name = name; }
    $('send').disabled = true;
    post('notes', body).then(function (r) {
      $('send').disabled = false;
      if (r.status === 200 || r.status === 201) {
        $('note').value = '';
        status('note-status', w.sent, false);
      } else {
        status('note-status', errorText(r.json.error), true);
      }
    }, function () {
      $('send').disabled = false;
      status('note-status', w.offline, true);
    });
  }
  function sendVote() {
    post('votes', { participant: token, dots: ballot }).then(function (r) {
      status('vote-status', r.status === 200 ? w.voted : errorText(r.json.error), r.status !== 200);
    }, function () { status('vote-status', w.offline, true); });
  }
  // Short polling: one small request every 700 ms, answered 204 when nothing changed.
  function poll() {
    var url = api + 'state?p=' + encodeURIComponent(token || '') + '&since=' + revision;
    fetch(url, { cache: 'no-store', credentials: 'omit' }).then(function (r) {
      if (r.status === 204) { return null; }
      return r.json().then(function (j) { return { status: r.status, json: j }; });
    }).then(function (r) {
      if (!r) { return; }
      if (r.status === 200) {
        var focusMoved = !stage || stage.focused !== r.json.stage.focused;
        revision = r.json.revision;
        stage = r.json.stage;
        stage.locked = r.json.locked;
        mine = r.json.ratings || {};
        var wasOpen = vote && vote.open;
        vote = r.json.vote;
        if (vote && (!wasOpen || !vote.open)) { ballot = (vote.mine || []).slice(); }
        if (focusMoved) { chosenStep = null; }
        setLanguage(stage.language);
        render();
      } else if (r.json.error === 'not_joined') {
        token = null;
        return join();
      } else {
        showBanner(errorText(r.json.error));
      }
    }, function () { showBanner(w.offline); })
      .then(function () { setTimeout(poll, 700); }, function () { setTimeout(poll, 1500); });
  }
  $('kinds').addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) { return; }
    kind = button.dataset.kind;
    var all = $('kinds').querySelectorAll('button');
    for (var i = 0; i < all.length; i++) { all[i].setAttribute('aria-pressed', String(all[i] === button)); }
  });
  $('step').addEventListener('change', function () { chosenStep = currentStep(); renderScale(); });
  $('send').addEventListener('click', sendNote);
  $('send-vote').addEventListener('click', sendVote);
  setLanguage('en');
  (token ? Promise.resolve() : join()).then(poll, poll);
})();
