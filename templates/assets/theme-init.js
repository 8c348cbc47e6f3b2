/* Applies the remembered light/dark choice before the page paints (no inline scripts allowed). */
(function () {
  "use strict";
  try {
    var theme = localStorage.getItem("coursenotes:theme");
    if (theme === "dark" || theme === "light") {
      document.documentElement.setAttribute("data-theme", theme);
    }
  } catch (e) {
    /* storage may be disabled: follow the system setting */
  }
  document.documentElement.classList.add("js");
})();
