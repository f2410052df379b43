/* The search page (site_config/search.py writes its form, filters, status line and results
   list as plain HTML). This script runs the search with Pagefind's JavaScript API rather than
   its prebuilt interface, so a first search fetches only what it needs: Pagefind's engine
   (pagefind.js and its WebAssembly), the index chunks for the words typed, and the data of the
   five results shown. Filter files load only when a filter is chosen. Everything comes from
   this site. A query in the address (?q=, from the form on the home page) is searched at once.
   Results are built as DOM nodes (never innerHTML), so no text from the index can run. */
(function () {
  "use strict";
  const root = document.getElementById("dhr-search");
  if (!root) {
    return;
  }
  const form = root.querySelector("form");
  const input = root.querySelector("#dhr-search-input");
  const selects = Array.from(root.querySelectorAll("select[data-filter]"));
  const status = root.querySelector("#dhr-search-status");
  const list = root.querySelector("#dhr-search-results");
  const more = root.querySelector("#dhr-search-more");
  const PAGE_SIZE = 5; // results whose data (title, excerpt) is fetched at a time
  const TYPING_PAUSE_MS = 300; // search once the reader pauses, not on every key
  const MIN_TYPED = 2; // one letter would fetch much of the index for little use

  // The search page is <site root>/search/, so the root is one level up: results stay right
  // when the site is published under a sub-folder of a council's website.
  const siteRoot = new URL("../", window.location.href).pathname;
  let engine = null; // a promise of Pagefind's module, started on first use
  let current = null; // the latest search: {id, results, shown, term}
  let latestId = 0;
  let typingTimer = 0;

  function loadEngine() {
    if (engine === null) {
      engine = import(siteRoot + "pagefind/pagefind.js").then(async (pagefind) => {
        // noWorker: search on this page's thread (a few milliseconds) instead of fetching
        // Pagefind's 41 KB worker script as well. pageLength 1 (Pagefind's default is 0.75):
        // rank by how much of a page is about the words, fully allowing for its length, so an
        // overview report (20,000 words or more, which mentions most words many times) does
        // not outrank every review's summary just by being long. The summary is the review's
        // landing page, where a reader should start, and its data is a tenth the size.
        await pagefind.options({
          basePath: siteRoot + "pagefind/",
          baseUrl: siteRoot,
          noWorker: true,
          ranking: { pageLength: 1.0 },
        });
        await pagefind.init();
        return pagefind;
      });
      engine.catch(() => {
        engine = null; // let a later search try again
      });
    }
    return engine;
  }

  function chosenFilters() {
    const chosen = {};
    for (const select of selects) {
      if (select.value) {
        chosen[select.dataset.filter] = select.value;
      }
    }
    return chosen;
  }

  function plural(count, one, many) {
    return count === 1 ? `${count} ${one}` : `${count} ${many}`;
  }

  function describe(term, filtered, count, shown) {
    const what = term ? `for \u201c${term}\u201d` : "for the chosen filters";
    const narrowed = term && filtered ? " with the chosen filters" : "";
    if (count === 0) {
      return `No results ${what}${narrowed}.`;
    }
    const showing = shown < count ? ` Showing the first ${shown}.` : "";
    return `${plural(count, "result", "results")} ${what}${narrowed}.${showing}`;
  }

  // Pagefind's excerpt is the page text with `<` and `>` escaped and the matched words inside
  // <mark>: split it back into text and marks rather than parsing it as HTML.
  function excerptNodes(excerpt) {
    const nodes = [];
    excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
      const marked = part.startsWith("<mark>");
      const text = (marked ? part.slice(6, -7) : part)
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">");
      if (!text) {
        return;
      }
      if (marked) {
        const mark = document.createElement("mark");
        mark.textContent = text;
        nodes.push(mark);
      } else {
        nodes.push(document.createTextNode(text));
      }
    });
    return nodes;
  }

  function resultItem(data) {
    const item = document.createElement("li");
    item.className = "dhr-result";
    const heading = document.createElement("h2");
    heading.className = "dhr-result__title";
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    heading.append(link);
    const excerpt = document.createElement("p");
    excerpt.className = "dhr-result__excerpt";
    excerpt.append(...excerptNodes(data.excerpt || ""));
    item.append(heading, excerpt);
    return item;
  }

  // The next page of results as list items (their data fetched together).
  async function nextItems(search) {
    const page = search.results.slice(search.shown, search.shown + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    return data.map(resultItem);
  }

  function showing(search, items, replace) {
    if (replace) {
      list.replaceChildren(...items);
    } else {
      list.append(...items);
    }
    search.shown += items.length;
    more.hidden = search.shown >= search.results.length;
    list.removeAttribute("aria-busy");
    status.textContent = describe(
      search.term,
      search.filtered,
      search.results.length,
      search.shown
    );
  }

  function clear(message) {
    latestId += 1;
    current = null;
    list.replaceChildren();
    more.hidden = true;
    list.removeAttribute("aria-busy");
    status.textContent = message;
  }

  function remember(term) {
    const url = new URL(window.location.href);
    if (term) {
      url.searchParams.set("q", term);
    } else {
      url.searchParams.delete("q");
    }
    window.history.replaceState(null, "", url);
  }

  async function run() {
    window.clearTimeout(typingTimer);
    const term = input.value.trim();
    const filters = chosenFilters();
    const filtered = Object.keys(filters).length > 0;
    if (!term && !filtered) {
      clear("");
      remember("");
      return;
    }
    latestId += 1;
    const id = latestId;
    list.setAttribute("aria-busy", "true");
    try {
      const pagefind = await loadEngine();
      const response = await pagefind.search(term || null, { filters });
      if (id !== latestId) {
        return;
      }
      const search = { id, results: response.results, shown: 0, term, filtered };
      const items = await nextItems(search);
      if (id !== latestId) {
        return;
      }
      current = search;
      showing(search, items, true);
      remember(term);
    } catch (error) {
      if (id === latestId) {
        clear(
          "Search is not working at the moment. You can still browse all reviews, " +
            "learning themes, years and partnerships from the menu."
        );
      }
    }
  }

  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener("input", () => {
    window.clearTimeout(typingTimer);
    const typed = input.value.trim().length;
    if (typed === 0 || typed >= MIN_TYPED) {
      typingTimer = window.setTimeout(run, TYPING_PAUSE_MS);
    }
  });
  // Start fetching Pagefind's engine as soon as the reader moves into the box.
  input.addEventListener("focus", () => {
    loadEngine().catch(() => undefined);
  });
  for (const select of selects) {
    select.addEventListener("change", run);
  }
  more.addEventListener("click", async () => {
    const search = current;
    if (search === null || more.disabled) {
      return;
    }
    more.disabled = true;
    try {
      const items = await nextItems(search);
      if (search.id !== latestId) {
        return;
      }
      showing(search, items, false);
      if (items.length) {
        // Keyboard and screen reader users carry on from the first new result.
        items[0].querySelector("a").focus();
      }
    } catch (error) {
      status.textContent = "More results could not be loaded. Try again.";
    } finally {
      more.disabled = false;
    }
  });

  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    run();
  }
})();
