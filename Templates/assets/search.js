// The search page of a sitegen site: loads /search.json once and searches it in the browser.
// Plain ES2017 plus Unicode property escapes (\p{L}, ES2018, in every current browser), no
// dependencies. The tokenizer mirrors Sources/SiteGen/Search/SearchTokenizer.swift
// (same ranges, categories and folds): a query must split exactly as the index was built.
(function () {
  'use strict';

  // ScalarClass.swift: CJK blocks, and invisible characters that neither count nor separate.
  var CJK = [[0x1100, 0x11FF], [0x3005, 0x3007], [0x3041, 0x309F], [0x30A1, 0x30FA], [0x30FC, 0x30FF],
    [0x3130, 0x318F], [0x31F0, 0x31FF], [0x3400, 0x4DBF], [0x4E00, 0x9FFF], [0xA960, 0xA97F],
    [0xAC00, 0xD7FF], [0xF900, 0xFAFF], [0x20000, 0x323AF]];
  var IGNORED = [[0xAD, 0xAD], [0x200C, 0x200D], [0xFE00, 0xFE0F], [0xE0100, 0xE01EF]];
  var FOLDS = { 'ß': 'ss', 'ς': 'σ', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'æ': 'ae', 'œ': 'oe', 'þ': 'th' };
  var LETTER = /[\p{L}\p{N}]/u;
  var MARK = /[\p{Mn}\p{Mc}]/u;
  var ENCLOSING = /\p{Me}/u;
  // SearchIndex+JSON.swift: base-32 digits, the last of a number from the first half.
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var RESULT_LIMIT = 100;

  function inRanges(code, ranges) {
    for (var i = 0; i < ranges.length; i++) {
      if (code >= ranges[i][0] && code <= ranges[i][1]) { return true; }
    }
    return false;
  }

  function classify(ch) {
    var code = ch.codePointAt(0);
    if (code < 0x80) { return /[A-Za-z0-9]/.test(ch) ? 'word' : 'separator'; }
    if (inRanges(code, CJK)) { return 'cjk'; }
    if (inRanges(code, IGNORED) || ENCLOSING.test(ch)) { return 'ignored'; }
    if (LETTER.test(ch)) { return 'word'; }
    if (MARK.test(ch)) { return 'mark'; }
    return 'separator';
  }

  // Runs of word or CJK characters with their offsets in `text`, for terms and for highlights.
  function runs(text) {
    var out = [];
    var kind = null;
    var start = 0;
    var chars = '';
    function end(at) {
      if (kind !== null) { out.push({ kind: kind, text: chars, start: start, end: at }); }
      kind = null;
      chars = '';
    }
    var i = 0;
    while (i < text.length) {
      var ch = String.fromCodePoint(text.codePointAt(i));
      var type = classify(ch);
      if (type === 'word' || type === 'cjk') {
        if (kind !== type) { end(i); kind = type; start = i; }
        chars += ch;
      } else if (type === 'mark') {
        if (kind === 'word') { chars += ch; }
      } else if (type === 'separator') {
        end(i);
      }
      i += ch.length;
    }
    end(i);
    return out;
  }

  function fold(word) {
    var out = '';
    var decomposed = word.toLowerCase().normalize('NFD');
    for (var ch of decomposed) {
      var code = ch.codePointAt(0);
      if (code >= 0x300 && code <= 0x36F) { continue; }
      out += FOLDS[ch] || ch;
    }
    return out.normalize('NFC');
  }

  function terms(text, forQuery) {
    var out = [];
    runs(text.normalize('NFKC')).forEach(function (run) {
      if (run.kind === 'word') {
        var word = fold(run.text);
        if (word) { out.push(word); }
        return;
      }
      var chars = Array.from(run.text);
      if (forQuery && chars.length === 1) { out.push(chars[0]); return; }
      for (var k = 0; k < chars.length; k++) {
        if (!forQuery) { out.push(chars[k]); }
        if (k + 1 < chars.length) { out.push(chars[k] + chars[k + 1]); }
      }
    });
    if (!forQuery) { return out; }
    return out.filter(function (term, index) { return out.indexOf(term) === index; });
  }

  function indexTerms(text) { return terms(text, false); }
  function queryTerms(text) { return terms(text, true); }

  function decodeIndex(data) {
    var byTerm = new Map();
    if (data.terms) {
      var entries = data.terms.split(' ');
      var lists = data.postings.split(' ');
      var previous = '';
      for (var i = 0; i < entries.length; i++) {
        var term = previous.slice(0, parseInt(entries[i][0], 36)) + entries[i].slice(1);
        byTerm.set(term, lists[i]);
        previous = term;
      }
    }
    return { pages: data.pages, terms: byTerm };
  }

  // A posting list as page index → weight (3 title, 2 tag, 1 text).
  function postings(list) {
    var out = new Map();
    var page = 0;
    var number = 0;
    for (var i = 0; i < list.length; i++) {
      var digit = DIGITS.indexOf(list[i]);
      if (digit >= 32) { number = number * 32 + digit - 32; continue; }
      number = number * 32 + digit;
      page += Math.floor(number / 4);
      out.set(page, number % 4);
      number = 0;
    }
    return out;
  }

  // Pages that hold every query term, best place first, then newest (the index's own order).
  function search(index, query) {
    var scores = null;
    for (var i = 0; i < query.length; i++) {
      var list = index.terms.get(query[i]);
      if (list === undefined) { return []; }
      var hits = postings(list);
      var next = new Map();
      hits.forEach(function (weight, page) {
        if (scores === null) { next.set(page, weight); } else if (scores.has(page)) { next.set(page, scores.get(page) + weight); }
      });
      scores = next;
    }
    return Array.from(scores || []).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
      .map(function (entry) { return index.pages[entry[0]]; });
  }

  window.sitegenSearch = { indexTerms: indexTerms, queryTerms: queryTerms, search: search, decodeIndex: decodeIndex };
  if (typeof document === 'undefined' || !document.getElementById('search-results')) { return; }
  window.sitegenSearchPage = ui();

  function ui() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-query');
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var indexURL = results.getAttribute('data-index');
    var language = document.documentElement.lang || undefined;
    var dates = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    var loading = null;
    var timer = null;

    function loadIndex() {
      if (loading === null) {
        loading = fetch(indexURL).then(function (response) {
          if (!response.ok) { throw new Error('HTTP ' + response.status); }
          return response.json();
        }).then(decodeIndex);
      }
      return loading;
    }

    function setState(state, message) {
      results.setAttribute('data-state', state);
      status.textContent = message;
    }

    function run(text) {
      var query = queryTerms(text);
      var url = new URL(window.location.href);
      if (text.trim()) { url.searchParams.set('q', text); } else { url.searchParams.delete('q'); }
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
      if (!query.length) {
        clear();
        setState('idle', text.trim() ? 'Type a word to search for.' : '');
        return Promise.resolve();
      }
      setState('loading', 'Loading the index…');
      return loadIndex().then(function (index) {
        if (input.value !== text) { return; }
        show(search(index, query), text, query);
      }, function (error) {
        loading = null;
        setState('error', 'The search index could not be loaded (' + error.message + '). Try again, or browse by tag or date.');
      });
    }

    function clear() {
      while (results.firstChild) { results.removeChild(results.firstChild); }
    }

    function show(pages, text, query) {
      clear();
      var marks = markers(query);
      pages.slice(0, RESULT_LIMIT).forEach(function (page) { results.appendChild(item(page, marks)); });
      var quoted = '“' + text.trim() + '”';
      var message = pages.length === 0 ? 'No pages found for ' + quoted + '. Try fewer or other words.'
        : (pages.length === 1 ? '1 page' : pages.length + ' pages') + ' found for ' + quoted
          + (pages.length > RESULT_LIMIT ? '; the first ' + RESULT_LIMIT + ' are shown.' : '.');
      setState('done', message);
    }

    function item(page, marks) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var heading = document.createElement('h2');
      heading.className = 'card-title';
      var link = document.createElement('a');
      link.href = page.url;
      link.appendChild(highlight(page.title, marks));
      heading.appendChild(link);
      li.appendChild(heading);
      var details = [];
      if (page.date) {
        var time = document.createElement('time');
        time.dateTime = page.date;
        time.textContent = dates.format(new Date(page.date + 'T00:00:00Z'));
        details.push(time);
      }
      if (page.tags && page.tags.length) { details.push(highlight(page.tags.join(', '), marks)); }
      if (details.length) {
        var meta = document.createElement('p');
        meta.className = 'meta';
        details.forEach(function (part, index) {
          if (index > 0) { meta.appendChild(document.createTextNode(' · ')); }
          meta.appendChild(part);
        });
        li.appendChild(meta);
      }
      if (page.summary) {
        var summary = document.createElement('p');
        summary.appendChild(highlight(page.summary, marks));
        li.appendChild(summary);
      }
      return li;
    }

    function markers(query) {
      var words = new Set();
      var grams = [];
      query.forEach(function (term) {
        if (classify(String.fromCodePoint(term.codePointAt(0))) === 'cjk') { grams.push(term); } else { words.add(term); }
      });
      return { words: words, grams: grams };
    }

    // Text with each matched word and CJK pair inside <mark>, built as nodes: never as HTML.
    function highlight(text, marks) {
      var ranges = [];
      runs(text).forEach(function (run) {
        if (run.kind === 'word') {
          if (marks.words.has(fold(run.text.normalize('NFKC')))) { ranges.push([run.start, run.end]); }
          return;
        }
        marks.grams.forEach(function (gram) {
          for (var at = run.text.indexOf(gram); at !== -1; at = run.text.indexOf(gram, at + 1)) {
            ranges.push([run.start + at, run.start + at + gram.length]);
          }
        });
      });
      ranges.sort(function (a, b) { return a[0] - b[0]; });
      var fragment = document.createDocumentFragment();
      var position = 0;
      var open = null;
      ranges.concat([[Infinity, Infinity]]).forEach(function (range) {
        if (open !== null && range[0] <= open[1]) { open[1] = Math.max(open[1], range[1]); return; }
        if (open !== null) {
          fragment.appendChild(document.createTextNode(text.slice(position, open[0])));
          var mark = document.createElement('mark');
          mark.textContent = text.slice(open[0], open[1]);
          fragment.appendChild(mark);
          position = open[1];
        }
        open = range;
      });
      fragment.appendChild(document.createTextNode(text.slice(position)));
      return fragment;
    }

    function links() {
      return Array.prototype.slice.call(results.querySelectorAll('.search-result h2 a'));
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      run(input.value);
    });
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { run(input.value); }, 150);
    });
    input.addEventListener('keydown', function (event) {
      var first = links()[0];
      if (event.key === 'ArrowDown' && first) { event.preventDefault(); first.focus(); }
    });
    results.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (at === -1) { return; }
      if (event.key === 'ArrowDown' && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      if (event.key === 'Escape') { input.focus(); }
    });
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });

    var initial = new URLSearchParams(window.location.search).get('q') || '';
    input.value = initial;
    var started = run(initial);
    if (!initial) { input.focus(); }
    return { run: run, started: started };
  }
})();
