/*
 * "Keep your progress" on the practice page: export the progress to a JSON file (a Blob behind an
 * object URL, which also works for pages opened from disk), import it from a file (FileReader;
 * records are merged, see progress-file.js) and reset it after a confirmation.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});

  /**
   * Wires the buttons inside section. options: now() -> ms, site (the site title), isCard(id) ->
   * whether the id is a card of this course, changed() called after an import or a reset.
   */
  function bind(section, options) {
    var statusLine = section.querySelector(".practice-data-status");
    var fileInput = section.querySelector(".practice-import-file");
    var resetButton = section.querySelector(".practice-reset");
    var confirm = section.querySelector(".practice-reset-confirm");

    function status(text) {
      statusLine.textContent = text;
    }

    function exportProgress() {
      var now = options.now();
      var records = cn.progress.all();
      var text = cn.progressFile.serialize(records, options.site, now);
      var url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
      var link = document.createElement("a");
      link.href = url;
      link.download = cn.progressFile.fileName(options.site, now);
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () {
        URL.revokeObjectURL(url);
      }, 10000);
      status("Exported the progress of " + Object.keys(records).length + " cards to " + link.download + ".");
    }

    function imported(text) {
      var parsed;
      try {
        parsed = cn.progressFile.parse(text);
      } catch (e) {
        status("Nothing imported: " + e.message);
        return;
      }
      var merged = cn.progressFile.merge(cn.progress.all(), parsed.cards);
      cn.progress.replaceAll(merged.records);
      var ids = Object.keys(parsed.cards);
      var message = "Imported the progress of " + ids.length + " cards (" + merged.added + " new here, " +
        merged.updated + " updated, " + merged.kept + " kept because they are more recent here); " +
        ids.filter(options.isCard).length + " of them are cards of this course.";
      if (parsed.site && parsed.site !== options.site) {
        message += " The file was exported from “" + parsed.site + "”.";
      }
      status(message);
      options.changed();
    }

    function importFile(file) {
      var reader = new FileReader();
      reader.onload = function () {
        imported(reader.result);
      };
      reader.onerror = function () {
        status("Nothing imported: the file could not be read.");
      };
      reader.readAsText(file);
    }

    function closeConfirm() {
      confirm.hidden = true;
      resetButton.focus();
    }

    section.querySelector(".practice-export").addEventListener("click", exportProgress);
    section.querySelector(".practice-import").addEventListener("click", function () {
      fileInput.click();
    });
    fileInput.addEventListener("change", function () {
      if (fileInput.files && fileInput.files[0]) {
        importFile(fileInput.files[0]);
      }
      fileInput.value = "";
    });
    resetButton.addEventListener("click", function () {
      confirm.hidden = false;
      confirm.querySelector(".practice-reset-no").focus();
    });
    confirm.querySelector(".practice-reset-no").addEventListener("click", closeConfirm);
    confirm.querySelector(".practice-reset-yes").addEventListener("click", function () {
      var count = Object.keys(cn.progress.all()).length;
      cn.progress.reset();
      closeConfirm();
      status("Erased the progress of " + count + " cards.");
      options.changed();
    });
  }

  cn.progressTransfer = { bind: bind };
})();
