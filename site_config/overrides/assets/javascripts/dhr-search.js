/* Starts Pagefind's search interface on the search page (site_config/search.py writes the
   page). Everything it loads comes from this site: the interface and index are in pagefind/.
   A query in the address (?q=, from the form on the home page) is searched straight away. */
(function () {
  "use strict";
  var element = document.getElementById("dhr-search");
  if (!element || typeof PagefindUI === "undefined") {
    return;
  }
  // The search page is <site root>/search/, so the root is one level up: this keeps results
  // right when the site is published under a sub-folder of a council's website.
  var root = new URL("../", window.location.href).pathname;
  var ui = new PagefindUI({
    element: "#dhr-search",
    bundlePath: root + "pagefind/",
    baseUrl: root,
    showSubResults: true,
    showImages: false,
    pageSize: 5,
    translations: {
      placeholder: "Search the reviews",
      zero_results: "No review contains [SEARCH_TERM]"
    }
  });
  // Pagefind labels its box only with a title; screen readers need a real accessible name.
  var label = function () {
    var input = element.querySelector("input");
    if (input && !input.hasAttribute("aria-label")) {
      input.setAttribute("aria-label", "Search the reviews");
    }
    return Boolean(input);
  };
  if (!label()) {
    new MutationObserver(function (changes, observer) {
      if (label()) {
        observer.disconnect();
      }
    }).observe(element, { childList: true, subtree: true });
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
