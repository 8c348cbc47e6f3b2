/*
 * The progress chart of the practice page: for the whole course and each chapter, a bar split into
 * mastered / learning / new cards, as an SVG built with DOM calls (no inline styles: colours come
 * from the chart-* classes in practice.css). The SVG is labelled with a text summary for screen readers.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});
  var SVG = "http://www.w3.org/2000/svg";
  var ORDER = ["mastered", "learning", "new"];

  function svg(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function describe(counts) {
    return counts.mastered + " mastered, " + counts.learning + " learning, " + counts["new"] + " new";
  }

  function legend(chart) {
    ORDER.forEach(function (status, index) {
      var x = index * 100;
      chart.appendChild(svg("rect", { x: String(x), y: "6", width: "14", height: "14", rx: "3", "class": "chart-" + status }));
      chart.appendChild(svg("text", { x: String(x + 20), y: "18", "class": "chart-legend" }, status));
    });
  }

  function bar(chart, row, y, width) {
    var counts = row.counts;
    chart.appendChild(svg("text", { x: "0", y: String(y + 14), "class": "chart-label" }, row.title));
    var x = 0;
    ORDER.forEach(function (status) {
      if (!counts[status]) {
        return;
      }
      var size = width * counts[status] / counts.total;
      var rect = svg("rect", { x: String(x), y: String(y + 22), width: String(size), height: "14", "class": "chart-" + status });
      rect.appendChild(svg("title", {}, row.title + ": " + counts[status] + " " + status));
      chart.appendChild(rect);
      x += size;
    });
    chart.appendChild(svg("text", { x: "0", y: String(y + 52), "class": "chart-numbers" },
      counts.mastered + " mastered · " + counts.learning + " learning · " + counts["new"] + " new"));
  }

  /**
   * Draws the chart into container, replacing what was there.
   * rows: [{title, counts: {mastered, learning, new, total}}]
   */
  function draw(container, rows) {
    // Drawn at the width it is shown at, so the text keeps its size on a phone.
    var width = Math.max(280, Math.round(container.clientWidth || 640));
    var rowHeight = 64;
    var top = 34;
    var height = top + rows.length * rowHeight;
    var chart = svg("svg", {
      viewBox: "0 0 " + width + " " + height, width: String(width), height: String(height),
      role: "img", "aria-labelledby": "practice-chart-title practice-chart-desc", "class": "progress-chart"
    });
    chart.appendChild(svg("title", { id: "practice-chart-title" }, "Progress by chapter"));
    chart.appendChild(svg("desc", { id: "practice-chart-desc" }, rows.map(function (row) {
      return row.title + ": " + describe(row.counts);
    }).join("; ") + "."));
    legend(chart);
    rows.forEach(function (row, index) {
      bar(chart, row, top + index * rowHeight, width);
    });
    container.textContent = "";
    container.appendChild(chart);
  }

  cn.progressChart = { draw: draw };
})();
