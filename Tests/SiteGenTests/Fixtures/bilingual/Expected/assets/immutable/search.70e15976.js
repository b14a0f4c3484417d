// The search page of a sitegen site: loads the pieces of the index a query needs (the manifest
// /search-index/manifest.json names them, see Sources/SiteGen/Search/SearchPieces.swift) and
// searches them in the browser. Plain ES2017 plus Unicode property escapes (\p{L}, ES2018, in
// every current browser), no dependencies. The tokenizer mirrors
// Sources/SiteGen/Search/SearchTokenizer.swift (same ranges, categories and folds): a query must
// split exactly as the index was built.
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
  // Results shown at once, and term pieces a word being typed may load as a prefix.
  var RESULT_PAGE = 10;
  var PREFIX_PIECES = 3;

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

  // A term piece as term → posting list (SearchIndex+JSON.swift's encodings).
  function decodeTerms(data) {
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
    return byTerm;
  }

  // A posting list as page number → weight (3 title, 2 tag, 1 text).
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

  // The term piece that holds `term`: the last whose first term is not after it (UTF-16 order,
  // JavaScript's own, as the index sorts).
  function pieceOf(starts, term) {
    var low = 0;
    var high = starts.length;
    while (high - low > 1) {
      var middle = (low + high) >> 1;
      if (term < starts[middle]) { high = middle; } else { low = middle; }
    }
    return low;
  }

  // The pieces holding the terms that start with `prefix`, at most PREFIX_PIECES of them.
  function piecesWithPrefix(starts, prefix) {
    var out = [pieceOf(starts, prefix)];
    for (var k = out[0] + 1; k < starts.length && out.length < PREFIX_PIECES && starts[k].startsWith(prefix); k++) { out.push(k); }
    return out;
  }

  // The index as a manifest and the pieces loaded so far, each fetched once and in parallel.
  // Pieces are named by their content, so those a manifest names are always of its own build;
  // when one is gone (the site was built again since), the manifest is read again, once.
  function Index(manifestURL) {
    this.url = new URL(manifestURL, window.location.href);
    this.manifest = null;
    this.pieces = new Map();
  }

  Index.prototype.fetch = function (url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  };

  Index.prototype.load = function () {
    var index = this;
    if (index.manifest === null) {
      // Revalidated, never taken from a cache unasked: it names this build's pieces.
      index.manifest = index.fetch(index.url.href, { cache: 'no-cache' }).then(function (manifest) {
        if (manifest.version !== 2) { throw new Error('index version ' + manifest.version); }
        return manifest;
      });
      index.manifest.catch(function () { index.manifest = null; });
    }
    return index.manifest;
  };

  Index.prototype.piece = function (kind, reference, decode) {
    if (typeof reference !== 'string') {
      if (!reference.decoded) { reference.decoded = decode(reference); }
      return Promise.resolve(reference.decoded);
    }
    var index = this;
    var url = new URL(kind + '.' + reference + '.json', index.url).href;
    if (!index.pieces.has(url)) {
      var loading = index.fetch(url).then(decode);
      index.pieces.set(url, loading);
      loading.catch(function () { index.pieces.delete(url); });
    }
    return index.pieces.get(url);
  };

  Index.prototype.termPiece = function (manifest, number) {
    return this.piece('t', manifest.termPieces[number], decodeTerms);
  };

  // The entry of page `number`, from its page piece.
  Index.prototype.page = function (manifest, number) {
    var at = Math.floor(number / manifest.perPiece);
    return this.piece('p', manifest.pagePieces[at], function (data) { return data.pages; }).then(function (pages) {
      return pages[number - at * manifest.perPiece];
    });
  };

  // Page numbers (newest highest) that hold every query term, best place first, then newest. With
  // `prefix`, the last term also matches the longer terms it begins (`melo`: `melody`).
  Index.prototype.search = function (query, prefix) {
    var index = this;
    return index.load().then(function (manifest) {
      var wanted = query.map(function (term, position) {
        var numbers = prefix && position === query.length - 1 ? piecesWithPrefix(manifest.termStarts, term)
          : [pieceOf(manifest.termStarts, term)];
        return Promise.all(numbers.map(function (number) { return index.termPiece(manifest, number); }));
      });
      return Promise.all(wanted).then(function (loaded) {
        return { manifest: manifest, pages: rank(query, loaded, prefix) };
      });
    });
  };

  function rank(query, loaded, prefix) {
    var scores = null;
    for (var i = 0; i < query.length; i++) {
      var hits = new Map();
      var last = prefix && i === query.length - 1;
      loaded[i].forEach(function (piece) {
        piece.forEach(function (list, term) {
          if (term === query[i] || (last && term.startsWith(query[i]))) {
            postings(list).forEach(function (weight, page) { hits.set(page, Math.max(hits.get(page) || 0, weight)); });
          }
        });
      });
      var next = new Map();
      hits.forEach(function (weight, page) {
        if (scores === null) { next.set(page, weight); } else if (scores.has(page)) { next.set(page, scores.get(page) + weight); }
      });
      scores = next;
      if (scores.size === 0) { break; }
    }
    return Array.from(scores || []).sort(function (a, b) { return b[1] - a[1] || b[0] - a[0]; })
      .map(function (entry) { return entry[0]; });
  }

  window.sitegenSearch = { indexTerms: indexTerms, queryTerms: queryTerms, Index: Index, pieceOf: pieceOf, piecesWithPrefix: piecesWithPrefix };
  if (typeof document === 'undefined' || !document.getElementById('search-results')) { return; }
  window.sitegenSearchPage = ui();

  function ui() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-query');
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    // The page's words, from its template (data-text-NAME on the results list), in the page's
    // language; English when a theme gives none. {name} marks what is filled in.
    function words(name, fallback, values) {
      var text = results.getAttribute('data-text-' + name) || fallback;
      Object.keys(values || {}).forEach(function (key) { text = text.split('{' + key + '}').join(values[key]); });
      return text;
    }
    var index = new Index(results.getAttribute('data-index'));
    var language = document.documentElement.lang || undefined;
    var dates = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    var timer = null;
    var more = null;
    var current = 0;

    function setState(state, message) {
      results.setAttribute('data-state', state);
      status.textContent = message;
    }

    // Searches for `text`; `typing` when it comes from a keystroke, so that the last word may be
    // the start of a longer one.
    function run(text, typing) {
      var query = queryTerms(text);
      var url = new URL(window.location.href);
      if (text.trim()) { url.searchParams.set('q', text); } else { url.searchParams.delete('q'); }
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
      var search = ++current;
      if (!query.length) {
        clear();
        setState('idle', text.trim() ? words('idle', 'Type a word to search for.') : '');
        return Promise.resolve();
      }
      var last = query[query.length - 1];
      var prefix = Boolean(typing) && classify(String.fromCodePoint(last.codePointAt(0))) !== 'cjk'
        && /[\p{L}\p{N}\p{M}]$/u.test(text);
      setState('loading', words('loading', 'Searching…'));
      function attempt(again) {
        return index.search(query, prefix).then(function (found) {
          if (search !== current) { return null; }
          return show(found, text, query);
        }).catch(function (error) {
          if (search !== current) { return null; }
          // A piece gone: the site was built again since the manifest was read.
          if (again) { index.manifest = null; return attempt(false); }
          setState('error', words('error', 'The search index could not be loaded ({error}). Try again, or browse by tag or date.', { error: error.message }));
          return null;
        });
      }
      return attempt(true);
    }

    function clear() {
      while (results.firstChild) { results.removeChild(results.firstChild); }
      if (more) { more.remove(); more = null; }
    }

    // The first RESULT_PAGE results, each shown as soon as its page piece (and those of the
    // results before it) has come; the others on request.
    function show(found, text, query) {
      clear();
      var marks = markers(query);
      var quoted = '“' + text.trim() + '”';
      var total = found.pages.length;
      var summary = total === 0 ? words('none', 'No pages found for {query}. Try fewer or other words.', { query: quoted })
        : total === 1 ? words('one', '1 page found for {query}.', { query: quoted })
        : words('many', '{count} pages found for {query}.', { query: quoted, count: String(total) });
      var search = current;
      var shown = 0;
      function next() {
        var numbers = found.pages.slice(shown, shown + RESULT_PAGE);
        shown += numbers.length;
        var entries = numbers.map(function (number) { return index.page(found.manifest, number); });
        return entries.reduce(function (done, entry) {
          return done.then(function () { return entry; }).then(function (page) {
            if (search === current) { results.appendChild(item(page, marks)); }
          });
        }, Promise.resolve()).then(function () {
          if (search !== current) { return; }
          if (more) { more.remove(); more = null; }
          if (shown < total) {
            more = document.createElement('button');
            more.type = 'button';
            more.className = 'search-more';
            more.textContent = words('more', 'Show more results');
            more.addEventListener('click', function () {
              var first = shown;
              setState('loading', summary);
              next().then(function () {
                var link = links()[first];
                if (link) { link.focus(); }
              });
            });
            results.insertAdjacentElement('afterend', more);
          }
          setState('done', summary + (shown < total ? ' The first ' + shown + ' are shown.' : ''));
        });
      }
      if (total === 0) { setState('done', summary); return Promise.resolve(); }
      return next();
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
      run(input.value, false);
    });
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { run(input.value, true); }, 150);
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
    var started = run(initial, false);
    if (!initial) { input.focus(); }
    return { run: run, started: started };
  }
})();
