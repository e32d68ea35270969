/* Samskap phone page. ES5 and XMLHttpRequest so that five-year-old phones run it.
   Received text is only ever set with textContent, never as HTML. A note stays in
   the field (and in localStorage) until the laptop answers that it is saved, and is
   resent with the same id, so a lost answer never makes it twice. */
(function () {
  "use strict";
  var S = {};
  var token = null;
  var code = "";
  var state = null;
  var timerBase = null;
  var events = null;
  var retryTimer = null;
  var sending = false;
  /* A note the server refused for good: its reason stays shown until the page says something
     else (the person sends again), not replaced by "connected" when it next hears the server. */
  var refused = false;
  /* After joining, the join button that had focus is gone: keyboard and screen reader
     users go on from the step's title (once it has its text) instead of from nowhere. */
  var focusTitle = false;
  var SESSION = "samskap.session";
  var PENDING = "samskap.pending";

  function $(id) { return document.getElementById(id); }

  function t(key, values) {
    var text = S[key] || key;
    if (values) {
      for (var name in values) {
        if (Object.prototype.hasOwnProperty.call(values, name)) {
          text = text.split("{" + name + "}").join(String(values[name]));
        }
      }
    }
    return text;
  }

  function load(key) {
    try { return JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }

  function save(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem(key); }
      else { window.localStorage.setItem(key, JSON.stringify(value)); }
    } catch (e) { /* private mode: the page still works, only a reload forgets */ }
  }

  function status(text, problem) {
    refused = false;
    var el = $("status");
    setText(el, text);
    el.className = problem ? "status problem" : "status";
  }

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, path, true);
    xhr.timeout = 15000;
    xhr.setRequestHeader("Content-Type", "application/json");
    if (token) { xhr.setRequestHeader("Authorization", "Bearer " + token); }
    xhr.onload = function () {
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      done(xhr.status, data || {});
    };
    xhr.onerror = xhr.ontimeout = function () { done(0, {}); };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  function newId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var hex = "";
    for (var i = 0; i < bytes.length; i++) { hex += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16); }
    return hex;
  }

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }

  /* Only a change touches the page: a screen reader announces a live region again on
     every write, even of the same words, and the room refreshes often. */
  function setText(el, text) { if (el.textContent !== text) { el.textContent = text; } }

  function item(text) {
    var li = document.createElement("li");
    var span = document.createElement("span");
    span.textContent = text;
    li.appendChild(span);
    return li;
  }

  /* -- joining ------------------------------------------------------------- */

  function showJoin(message) {
    token = null;
    if (events) { events.close(); events = null; }
    $("room").hidden = true;
    $("join").hidden = false;
    $("code").value = code;
    if (message) { status(message, true); }
  }

  function join(event) {
    event.preventDefault();
    code = $("code").value.replace(/\s+/g, "").toUpperCase();
    request("POST", "/api/join", { code: code, name: $("name").value }, function (st, data) {
      if (st === 200 && data.token) {
        token = data.token;
        save(SESSION, { code: code, token: token });
        focusTitle = true;
        enter();
      } else if (st === 401) { status(t("wrong_code"), true); }
      else if (st === 403) { status(t("joining_closed"), true); }
      else if (st === 429) { status(t(data.error === "room-full" ? "room_full" : "too_many"), true); }
      else { status(t("offline"), true); }
    });
  }

  function enter() {
    $("join").hidden = true;
    $("room").hidden = false;
    listen();
    refresh();
    sendPending();
  }

  /* -- following the room --------------------------------------------------- */

  function listen() {
    if (events) { events.close(); }
    if (!window.EventSource) { return; }  /* the periodic refresh still follows the room */
    events = new EventSource("/api/events?token=" + encodeURIComponent(token));
    events.addEventListener("changed", function () { refresh(); });
    events.onerror = function () {
      if (events && events.readyState === 2) {  /* closed for good: find out why, then try again */
        events = null;
        refresh();
        window.setTimeout(function () { if (token && !events) { listen(); } }, 5000);
      }
    };
  }

  function refresh() {
    if (!token) { return; }
    request("GET", "/api/state", null, function (st, data) {
      if (st === 200) {
        /* Say "connected" after a problem or at first, not over "saved". */
        var shown = $("status");
        if (!sending && !refused && !load(PENDING) && (!shown.textContent || shown.className.indexOf("problem") >= 0)) {
          status(t("connected"), false);
        }
        render(data);
      } else if (st === 401) {
        save(SESSION, null);
        showJoin(t("ended"));
      } else if (st === 0) {
        status(t("offline"), true);
      }
    });
  }

  function render(data) {
    state = data;
    var step = data.step;
    setText($("workshop"), data.workshop || "");
    setText($("step-title"), step ? step.title : t("no_step"));
    setText($("instructions"), step ? step.instructions : "");
    if (focusTitle) { focusTitle = false; $("step-title").focus(); }
    timerBase = step ? { remaining: step.timer.remaining_s, running: step.timer.running, at: Date.now() } : null;
    tick();
    counter();
    renderVote(data.vote);
    var mine = $("mine");
    clear(mine);
    for (var i = data.notes.length - 1; i >= 0; i--) {
      var note = data.notes[i];
      var li = item(note.text);
      var label = document.createElement("span");
      var released = note.status === "released";
      label.className = released ? "state released" : "state";
      label.textContent = released ? t("released") : t("waiting");
      li.appendChild(label);
      mine.appendChild(li);
    }
  }

  function renderVote(vote) {
    $("vote").hidden = !vote;
    if (!vote) { return; }
    setText($("vote-title"), vote.title || t("vote"));
    setText($("dots-left"), vote.open
      ? (vote.may_vote ? t("dots_left", { n: vote.dots_left, max: vote.dots_per_person }) : t("not_voter"))
      : "");
    var list = $("candidates");
    /* The list is drawn anew on every change in the room (anyone's dot): the button that
       had focus comes back, or its neighbour when it is now disabled, so a keyboard or
       screen reader user keeps their place instead of falling back to the top. */
    var had = document.activeElement;
    var focused = had && list.contains(had)
      ? { note: had.getAttribute("data-note"), action: had.getAttribute("data-action") } : null;
    clear(list);
    for (var i = 0; i < vote.candidates.length; i++) {
      list.appendChild(candidate(vote, vote.candidates[i]));
    }
    if (focused) { refocus(list, focused); }
    $("vote-hidden").hidden = !vote.hidden;
    var results = $("results");
    clear(results);
    $("results-title").hidden = !vote.results || vote.results.length === 0;
    if (vote.results) {
      for (var j = 0; j < vote.results.length; j++) {
        var r = vote.results[j];
        var li = item(r.rank + ". " + r.text);
        var dots = document.createElement("span");
        dots.className = "dots";
        dots.textContent = t(r.dots === 1 ? "dot_one" : "dot_count", { n: r.dots });
        li.appendChild(dots);
        results.appendChild(li);
      }
    }
  }

  function refocus(list, focused) {
    var buttons = list.getElementsByTagName("button");
    var same = null;
    var neighbour = null;
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].getAttribute("data-note") !== focused.note || buttons[i].disabled) { continue; }
      if (buttons[i].getAttribute("data-action") === focused.action) { same = buttons[i]; }
      else { neighbour = buttons[i]; }
    }
    if (same || neighbour) { (same || neighbour).focus(); }
  }

  function candidate(vote, note) {
    var li = item(note.text);
    var row = document.createElement("div");
    row.className = "row";
    var count = document.createElement("span");
    count.className = "mine-dots";
    count.textContent = t("your_dots", { n: note.mine });
    var minus = document.createElement("button");
    minus.type = "button";
    minus.textContent = "−";
    minus.setAttribute("aria-label", t("remove_dot", { text: note.text }));
    minus.setAttribute("data-note", note.id);
    minus.setAttribute("data-action", "remove");
    minus.disabled = !vote.may_vote || note.mine === 0;
    minus.addEventListener("click", function () { dot("DELETE", vote.id, note.id); });
    var plus = document.createElement("button");
    plus.type = "button";
    plus.textContent = "+";
    plus.setAttribute("aria-label", t("add_dot", { text: note.text }));
    plus.setAttribute("data-note", note.id);
    plus.setAttribute("data-action", "add");
    plus.disabled = !vote.may_vote || vote.dots_left === 0 || (!vote.allow_stacking && note.mine > 0);
    plus.addEventListener("click", function () { dot("POST", vote.id, note.id); });
    var pair = document.createElement("span");  /* − and + wrap below the count together */
    pair.className = "dot-buttons";
    pair.appendChild(minus);
    pair.appendChild(plus);
    row.appendChild(count);
    row.appendChild(pair);
    li.appendChild(row);
    return li;
  }

  function dot(method, voteId, noteId) {
    request(method, "/api/votes/" + encodeURIComponent(voteId) + "/dots", { note_id: noteId }, function (st) {
      if (st === 401) { showJoin(t("ended")); return; }
      if (st === 429) { status(t("too_many"), true); }
      else if (st === 0) { status(t("offline"), true); }
      else if (st >= 400) { status(t("refused"), true); }
      refresh();
    });
  }

  function tick() {
    var el = $("timer");
    if (!timerBase) { el.textContent = ""; return; }
    var left = timerBase.remaining - (timerBase.running ? (Date.now() - timerBase.at) / 1000 : 0);
    var over = left < 0;
    var whole = over ? Math.floor(-left) : Math.ceil(left);
    var text = Math.floor(whole / 60) + ":" + ("0" + (whole % 60)).slice(-2);
    if (over) { text = "+" + text + " " + t("over"); }
    if (!timerBase.running) { text += " (" + t("paused") + ")"; }
    setText(el, text);
    el.className = over ? "timer over" : "timer";
  }

  /* -- writing ---------------------------------------------------------------- */

  function limit() { return state ? state.note_limit : 500; }

  function counter() {
    var n = $("note").value.length;
    var el = $("note-count");
    var over = n > limit();
    setText(el, t(over ? "too_long" : "chars", { n: n, max: limit() }));
    el.className = over ? "hint over" : "hint";
  }

  function submitNote(event) {
    event.preventDefault();
    var text = $("note").value;
    if (!text.replace(/\s+/g, "") || text.length > limit()) { counter(); $("note").focus(); return; }
    var pending = load(PENDING);
    if (!pending || pending.text !== text) { pending = { id: newId(), text: text }; }
    save(PENDING, pending);
    sendPending();
  }

  function sendPending() {
    var pending = load(PENDING);
    if (!pending || !token || sending) { return; }
    if (!$("note").value) { $("note").value = pending.text; counter(); }
    sending = true;
    status(t("sending"), false);
    request("POST", "/api/notes", { text: pending.text, id: pending.id }, function (st, data) {
      sending = false;
      if (st === 201) {
        save(PENDING, null);
        if ($("note").value === pending.text) { $("note").value = ""; counter(); }
        status(t("saved"), false);
        refresh();
      } else if (st === 401) {
        showJoin(t("ended"));
      } else if (st === 400 || st === 409) {
        save(PENDING, null);  /* refused for good (empty, too long): the text stays in the field */
        if (data && data.error === "too-long") {
          /* The server's limit, which a page from before it may not have known. */
          status(t("too_long", { n: pending.text.length, max: limit() }), true);
        } else {
          status(t("note_refused"), true);
        }
        refused = true;
      } else {
        status(t("not_sent"), true);
        if (retryTimer === null) {
          retryTimer = window.setTimeout(function () { retryTimer = null; sendPending(); }, 4000);
        }
      }
    });
  }

  /* -- start ------------------------------------------------------------------- */

  function start(strings) {
    var lang = document.documentElement.lang;
    S = strings[lang] || strings.en;
    var labels = document.querySelectorAll("[data-s]");
    for (var i = 0; i < labels.length; i++) {
      var key = labels[i].getAttribute("data-s");
      if (S[key]) { labels[i].textContent = S[key]; }
    }
    var match = /^\/j\/([A-Za-z0-9-]+)$/.exec(window.location.pathname);
    code = match ? match[1].toUpperCase() : "";
    $("join-form").addEventListener("submit", join);
    $("note-form").addEventListener("submit", submitNote);
    $("note").addEventListener("input", counter);
    window.addEventListener("online", function () { refresh(); sendPending(); });
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { refresh(); sendPending(); if (token && !events) { listen(); } }
    });
    window.setInterval(tick, 1000);
    window.setInterval(function () { refresh(); sendPending(); }, 30000);
    var session = load(SESSION);
    if (session && session.token && (!code || session.code === code)) {
      token = session.token;
      code = session.code;
      enter();
    } else {
      showJoin(null);
    }
  }

  var xhr = new XMLHttpRequest();
  xhr.open("GET", "/static/strings.json", true);
  xhr.onload = function () {
    var strings = { en: {} };
    try { strings = JSON.parse(xhr.responseText); } catch (e) { /* keep the English in the markup */ }
    start(strings);
  };
  xhr.onerror = function () { start({ en: {} }); };
  xhr.send(null);
})();
