// The reference page's behaviour: search and filters, deep links (a code inside a range opens
// the range), and the paste box. Everything it shows is read from the page's own markup.
(function () {
  'use strict';

  // --- Finding codes in text: the rule of ndr_codes::find_codes (docs/finding-codes.md). ---
  // A code is class 2, 4 or 5, a dot, 1-3 digits, a dot, 1-3 digits, without leading zeros;
  // not preceded by an ASCII letter, digit or '.', and not followed by an ASCII letter, digit,
  // or '.' and a digit. Characters outside ASCII are neither letters nor digits to the rule.
  function isDigit(c) { return c >= 48 && c <= 57; }
  function isAlnum(c) {
    return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  // The end of a number of 1-3 digits without a leading zero starting at i, or -1.
  function numberEnd(text, i) {
    var j = i;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    var len = j - i;
    if (len < 1 || len > 3 || (len > 1 && text.charCodeAt(i) === 48)) return -1;
    return j;
  }
  // Candidates: a class digit, a dot and a digit. The browser's regex engine skips the text
  // between them far faster than a loop over characters; each candidate is then checked here.
  var CANDIDATE = /[245]\.[0-9]/g;

  // Every code in `text`, in order, as {code, start, end, line} (offsets in UTF-16 units).
  function findCodes(text) {
    var found = [];
    var line = 1;
    var nextLineEnd = text.indexOf('\n');
    var m;
    CANDIDATE.lastIndex = 0;
    while ((m = CANDIDATE.exec(text)) !== null) {
      var i = m.index;
      CANDIDATE.lastIndex = i + 1;
      var before = i > 0 ? text.charCodeAt(i - 1) : -1;
      if (isAlnum(before) || before === 46) continue;
      var subjectEnd = numberEnd(text, i + 2);
      if (subjectEnd < 0 || text.charCodeAt(subjectEnd) !== 46) continue;
      var end = numberEnd(text, subjectEnd + 1);
      if (end < 0) continue;
      var after = end < text.length ? text.charCodeAt(end) : -1;
      if (isAlnum(after) || (after === 46 && isDigit(text.charCodeAt(end + 1)))) continue;
      // The line number, for the paste box: each line end is looked for once.
      while (nextLineEnd !== -1 && nextLineEnd < i) {
        line++;
        nextLineEnd = text.indexOf('\n', nextLineEnd + 1);
      }
      found.push({ code: text.slice(i, end), start: i, end: end, line: line });
      CANDIDATE.lastIndex = end;
    }
    return found;
  }

  // --- The catalog, as the page holds it. ---
  var entries = Array.prototype.slice.call(document.querySelectorAll('article.entry'));
  var exact = new Map();
  var ranges = [];
  entries.forEach(function (el) {
    // The id is the notation: 5.1.1 or 5.7.606-649.
    var m = /^([245])\.([0-9]+)\.([0-9]+)(?:-([0-9]+))?$/.exec(el.id);
    var r = { cls: m[1], subject: m[2], first: +m[3], last: +(m[4] || m[3]), el: el };
    el.range = r;
    if (r.first === r.last) exact.set(r.cls + '.' + r.subject + '.' + r.first, el);
    else ranges.push(r);
    // What the search box matches: everything but the references and "Applies to", whose
    // wording is the same for every code of one origin (a search for "Exchange" would find
    // them all) and whose meanings repeat what the entry's other texts say.
    var parts = [];
    el.querySelectorAll('.title, .tags li, dd:not(.references):not(.applies_to), .ident code').forEach(function (p) {
      // A chip's value without its label ("Reason", "Who acts"), which every entry has.
      parts.push(p.parentNode.classList.contains('tags') ? p.lastChild.textContent : p.textContent);
    });
    el.searchText = parts.join(' ').toLowerCase();
  });

  function text(el, selector) {
    var found = el && el.querySelector(selector);
    return found ? found.textContent : '';
  }

  // Parses a well-formed code: {cls, subject, detail, text} or null.
  function parseCode(s) {
    var m = /^([245])\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$/.exec(s);
    return m ? { cls: m[1], subject: m[2], detail: +m[3], text: s } : null;
  }

  // The entry for a code, a range entry holding it included.
  function entryFor(cls, subject, detail) {
    var el = exact.get(cls + '.' + subject + '.' + detail);
    if (el) return el;
    for (var i = 0; i < ranges.length; i++) {
      var r = ranges[i];
      if (r.cls === cls && r.subject === subject && r.first <= detail && detail <= r.last) {
        return r.el;
      }
    }
    return null;
  }

  // The closest explanation, as Code::explain gives it: the exact entry; else the same
  // subject.detail in the other failure class; else the subject; else the class.
  function explain(code) {
    var el = entryFor(code.cls, code.subject, code.detail);
    if (el) return { level: 'exact', entry: el };
    var other = code.cls === '4' ? '5' : code.cls === '5' ? '4' : null;
    if (other) {
      el = entryFor(other, code.subject, code.detail);
      if (el) return { level: 'other-class', entry: el };
    }
    var subject = document.getElementById('subject-' + code.subject);
    if (subject) return { level: 'subject', part: subject };
    return { level: 'class', part: document.getElementById('class-' + code.cls) };
  }

  function make(tag, className, content) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (content != null) el.textContent = content;
    return el;
  }

  function codeLink(el) {
    var a = make('a', 'code', el.id);
    a.href = '#' + el.id;
    return a;
  }

  // One explained code as a list item (for the paste box and for a missing code's note).
  function explanationItem(code, count, lines) {
    var answer = explain(code);
    var li = make('li', 'found c' + code.cls);
    li.dataset.code = code.text;
    li.dataset.level = answer.level;
    li.dataset.count = String(count);
    var head = make('p', 'found-head');
    // The code links to the entry that explains it, where there is one.
    var codeEl = make(answer.entry ? 'a' : 'span', 'code', code.text);
    if (answer.entry) codeEl.href = '#' + answer.entry.id;
    head.appendChild(codeEl);
    if (count > 1) head.appendChild(make('span', 'times', '×' + count));
    var title, reason;
    if (answer.entry) {
      title = text(answer.entry, '.title');
      reason = text(document.getElementById('reason-' + answer.entry.dataset.reason), '.title');
    } else {
      title = text(answer.part, '.title');
      reason = 'not known from the code alone';
    }
    head.appendChild(make('span', 'title', title));
    li.appendChild(head);
    var meta = make('p', 'found-meta');
    meta.appendChild(make('span', 'reason', 'Reason: ' + reason));
    if (lines && lines.length) {
      var shown = lines.slice(0, 8).join(', ') + (lines.length > 8 ? ', …' : '');
      meta.appendChild(make('span', 'where', (lines.length > 1 ? 'lines ' : 'line ') + shown));
    }
    li.appendChild(meta);
    var level = make('p', 'level');
    if (answer.level === 'exact') {
      if (answer.entry.id !== code.text) level.append('In the range ', codeLink(answer.entry), '.');
    } else if (answer.level === 'other-class') {
      level.append('Not in the catalog. Closest: ', codeLink(answer.entry),
        ', the same condition in the other failure class (other-class level): the meaning ' +
        'holds, but ' + (code.cls === '4' ? 'a 4 is transient and may clear on retry.' :
          'a 5 is permanent: retrying will not help.'));
    } else {
      level.textContent = 'Not in the catalog. Closest: the ' + answer.level + ' ' +
        (answer.level === 'subject' ? 'x.' + code.subject + '.x' : code.cls + '.x.x') +
        ' (' + answer.level + ' level). ' + text(answer.part, '.description') +
        (answer.level === 'subject' ? ' Class ' + code.cls + ': ' +
          text(document.getElementById('class-' + code.cls), '.title') + '.' : '');
    }
    if (level.textContent) li.appendChild(level);
    if (answer.entry) {
      // The entry's advice: the step for whoever got the bounce (where the catalog has one),
      // then what to do, under the labels the entry itself uses.
      ['sender', 'remedy'].forEach(function (field) {
        var dd = answer.entry.querySelector('dd.' + field);
        if (!dd) return;
        var label = dd.previousElementSibling ? dd.previousElementSibling.textContent : '';
        var p = make('p', 'remedy');
        p.append(make('b', null, label + ': '), dd.textContent);
        li.appendChild(p);
      });
    }
    return li;
  }

  // --- The paste box. ---
  var scan = document.getElementById('scan');
  var results = document.getElementById('scan-results');
  var summary = document.getElementById('scan-summary');

  var MAX_RESULTS = 300;

  function showScan() {
    var found = findCodes(scan.value);
    var groups = new Map();
    found.forEach(function (f) {
      var g = groups.get(f.code);
      if (!g) groups.set(f.code, g = { code: f.code, count: 0, lines: [] });
      g.count++;
      // Lines come in order: keep each once, and only as many as are shown (and one more,
      // for the ellipsis).
      if (g.lines.length < 9 && g.lines[g.lines.length - 1] !== f.line) g.lines.push(f.line);
    });
    results.textContent = '';
    var multiline = scan.value.indexOf('\n') >= 0;
    var shown = 0;
    groups.forEach(function (g) {
      // A log with thousands of different codes would freeze the page: show the first ones.
      if (shown++ < MAX_RESULTS) {
        results.appendChild(explanationItem(parseCode(g.code), g.count, multiline ? g.lines : null));
      }
    });
    if (!scan.value.trim()) summary.textContent = '';
    else if (!found.length) summary.textContent = 'No status code found in this text.';
    else {
      summary.textContent = found.length + (found.length === 1 ? ' code' : ' codes') +
        ' found' + (groups.size < found.length ? ', ' + groups.size + ' different.' : '.') +
        (groups.size > MAX_RESULTS ? ' The first ' + MAX_RESULTS + ' are explained below.' : '');
    }
  }
  scan.addEventListener('input', showScan);
  // The box grows with what is pasted, up to about fifteen lines; beyond that it scrolls.
  // Measuring means laying the text out: for a long paste, go straight to the largest size.
  scan.addEventListener('input', function () {
    if (scan.value.length > 4000) {
      scan.style.height = '360px';
      return;
    }
    scan.style.height = 'auto';
    scan.style.height = Math.min(scan.scrollHeight + 2, 360) + 'px';
  });

  // --- Search and filters. ---
  var form = document.getElementById('filters');
  var query = document.getElementById('q');
  var selects = {
    cls: document.getElementById('f-class'),
    subject: document.getElementById('f-subject'),
    reason: document.getElementById('f-reason'),
    origin: document.getElementById('f-origin')
  };
  var count = document.getElementById('count');
  var noMatch = document.getElementById('no-match');
  var noMatchText = document.getElementById('no-match-text');
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.group'));

  // A search word that is a code or the start of one (`5`, `5.7`, `5.7.`, `5.7.60`).
  var CODE_LIKE = /^[245](\.[0-9]{0,3}(\.[0-9]{0,3}(-[0-9]{0,3})?)?)?$/;

  // A search word without the punctuation a code is often pasted with: `#5.1.1`, `(5.1.1)`.
  function bare(term) {
    return term.replace(/^[#(\[<'"]+|[)\]>'",;:.]+$/g, '');
  }
  function isCodeTerm(term) {
    return CODE_LIKE.test(bare(term)) || CODE_LIKE.test(term);
  }
  function matchesCode(el, term) {
    var b = CODE_LIKE.test(term) ? term : bare(term);
    var code = parseCode(b);
    if (code) return entryFor(code.cls, code.subject, code.detail) === el;
    return el.id.indexOf(b) === 0;
  }

  // Code words select entries (any of them: `5.1.1 5.2.2` shows both); the other words must
  // all occur in the entry's text.
  function matches(el, codes, words) {
    return (!codes.length || codes.some(function (t) { return matchesCode(el, t); })) &&
      words.every(function (t) { return el.searchText.indexOf(t) >= 0; });
  }

  function applyFilters() {
    var terms = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var codes = terms.filter(isCodeTerm);
    var words = terms.filter(function (t) { return !isCodeTerm(t); });
    var want = {
      class: selects.cls.value, subject: selects.subject.value,
      reason: selects.reason.value, origin: selects.origin.value
    };
    var shown = 0;
    entries.forEach(function (el) {
      var d = el.dataset;
      var ok = (!want.class || el.range.cls === want.class) &&
        (!want.subject || el.range.subject === want.subject) &&
        (!want.reason || d.reason === want.reason) &&
        (!want.origin || d.origin === want.origin) &&
        matches(el, codes, words);
      el.hidden = !ok;
      if (ok) shown++;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector('article.entry:not([hidden])');
    });
    var filtered = shown !== entries.length;
    count.textContent = filtered ? shown + ' of ' + entries.length + ' codes shown'
      : entries.length + ' codes';
    noMatch.hidden = shown > 0;
    var closest = noMatch.querySelector('.closest');
    if (closest) closest.remove();
    if (!shown) {
      noMatchText.textContent = 'No code matches these filters.';
      // A well-formed code the catalog lacks: say what the closest entry or part says.
      var wanted = terms.length === 1 && parseCode(bare(terms[0]));
      if (wanted && !entryFor(wanted.cls, wanted.subject, wanted.detail)) {
        noMatchText.textContent = wanted.text + ' is not in the catalog. The closest explanation:';
        var list = make('ol', 'closest');
        list.appendChild(explanationItem(wanted, 1, null));
        noMatch.appendChild(list);
      }
    }
  }

  form.addEventListener('input', applyFilters);
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', function (ev) { ev.preventDefault(); });
  // The reset button: clear the fields here, so that the list is right as soon as the
  // click is handled (a form's own reset would clear them only after this event).
  function clearFilters() {
    query.value = '';
    Object.keys(selects).forEach(function (k) { selects[k].value = ''; });
    applyFilters();
  }
  form.addEventListener('reset', function (ev) {
    ev.preventDefault();
    clearFilters();
  });

  // --- Deep links: #5.7.708, and #5.7.620 opens the range 5.7.606-649. ---
  var current = null;
  function showHash() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (current) current.classList.remove('current');
    current = null;
    if (!id) return;
    var el = document.getElementById(id);
    var code = parseCode(id);
    if (!(el && el.classList.contains('entry')) && code) {
      el = entryFor(code.cls, code.subject, code.detail);
      if (!el) {
        // Not in the catalog: show the closest explanation where the codes start.
        query.value = code.text;
        applyFilters();
        document.getElementById('codes').scrollIntoView();
        return;
      }
    }
    if (el && !el.classList.contains('entry')) {
      // A rule's line sits in a folded list: unfold it so the link lands on something visible.
      for (var d = el.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
      el.scrollIntoView({ block: 'center' });
      return;
    }
    if (!el) return;
    if (el.hidden) clearFilters();
    current = el;
    el.classList.add('current');
    el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  }
  window.addEventListener('hashchange', showHash);

  // "/" jumps to the search box, as on many reference sites (not while typing elsewhere).
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      query.focus();
      query.select();
    }
  });

  // For the tests and the curious: the find rule and the explanation, as the page applies them.
  window.ndrCodes = {
    findCodes: findCodes,
    explain: function (s) {
      var code = parseCode(s);
      if (!code) return null;
      var answer = explain(code);
      return { level: answer.level, entry: answer.entry ? answer.entry.id : null };
    }
  };

  // Narrow screens: the filters start folded, so that the codes follow the search box.
  var more = document.getElementById('more');
  var wide = window.matchMedia('(min-width: 62rem)');
  more.open = wide.matches;
  wide.addEventListener('change', function () { if (wide.matches) more.open = true; });

  applyFilters();
  if (scan.value) showScan();
  showHash();
})();
