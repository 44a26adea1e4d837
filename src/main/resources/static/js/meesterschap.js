// Meesterschap: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Copy buttons next to one-time secrets (tokens, invitation links).
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button || !navigator.clipboard) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (source) {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-copied") || button.textContent;
      });
    }
  });
})();

// Mentions: choosing a name in "Iemand noemen" puts @username into the text at the cursor.
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-mention-target]") || input.value.indexOf("@") !== 0) {
      return;
    }
    var area = document.getElementById(input.getAttribute("data-mention-target"));
    if (!area) {
      return;
    }
    var at = typeof area.selectionStart === "number" ? area.selectionStart : area.value.length;
    var before = area.value.slice(0, at);
    var spacer = before === "" || /\s$/.test(before) ? "" : " ";
    area.value = before + spacer + input.value + " " + area.value.slice(at);
    input.value = "";
    area.focus();
  });
})();
