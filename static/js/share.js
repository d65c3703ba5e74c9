/* Share tools (templates/components/share_links.html): copy the page's link
   and print it. Without this script the two buttons stay hidden. */
(function () {
  "use strict";

  function announce(tools, text) {
    var status = tools.querySelector("[data-share-status]");
    if (status) status.textContent = text;
  }

  function copy(button) {
    var url = button.getAttribute("data-copy-link");
    var tools = button.closest(".share-tools");
    var done = function () { announce(tools, button.getAttribute("data-copied")); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, function () { fallback(url, done); });
    } else {
      fallback(url, done);
    }
  }

  function fallback(url, done) {
    var field = document.createElement("textarea");
    field.value = url;
    field.setAttribute("readonly", "");
    field.style.position = "absolute";
    field.style.left = "-9999px";
    document.body.appendChild(field);
    field.select();
    try {
      if (document.execCommand("copy")) done();
    } finally {
      document.body.removeChild(field);
    }
  }

  document.querySelectorAll("[data-share-tool]").forEach(function (item) {
    item.hidden = false;
  });
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    button.addEventListener("click", function () { copy(button); });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();
