// Injected by HtmlReportBrowserTest into a copy of the report (the report itself has no script):
// measures every chart and table and every piece of text, and writes what it found into the page,
// which chromium --dump-dom then prints.
(function () {
  var problems = [];
  var params = new URLSearchParams(location.search);
  if (params.get('print') === 'a4') {
    // The print style sheet, applied on screen, at A4's text width (210 mm less 2 x 15 mm).
    for (var s = 0; s < document.styleSheets.length; s++) {
      var rules = document.styleSheets[s].cssRules;
      for (var r = 0; r < rules.length; r++) {
        if (rules[r].media && rules[r].media.mediaText === 'print') {
          rules[r].media.mediaText = 'all';
        }
      }
    }
    document.body.style.width = '180mm';
    document.body.style.margin = '0';
  }
  var limit = document.body.getBoundingClientRect().right + 0.5;
  function name(element) {
    var text = (element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return element.tagName.toLowerCase() + ' "' + text + '"';
  }
  function visible(element) {
    var box = element.getBoundingClientRect();
    var style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  }
  var charts = document.querySelectorAll('figure svg');
  var tables = document.querySelectorAll('table');
  charts.forEach(function (svg) {
    if (!visible(svg)) problems.push('chart not visible: ' + name(svg.querySelector('title')));
    var width = svg.viewBox.baseVal.width;
    svg.querySelectorAll('text').forEach(function (text) {
      var box = text.getBBox();
      if (box.x < 0 || box.x + box.width > width + 0.5) {
        problems.push('chart text runs out of its chart: ' + name(text));
      }
    });
  });
  tables.forEach(function (table) {
    if (!visible(table)) problems.push('table not visible: ' + name(table.caption || table));
  });
  document.querySelectorAll('body *').forEach(function (element) {
    if (element.closest('svg') || element.id === 'layout-check') return;
    var box = element.getBoundingClientRect();
    var parent = element.parentElement.getBoundingClientRect();
    if (box.right > limit && parent.right <= limit) problems.push('runs past the page (' + Math.round(box.right) + ' > ' + Math.round(limit) + '): ' + name(element));
    if (/^(P|LI|TD|TH|H1|H2|H3|CAPTION|FIGCAPTION|BLOCKQUOTE)$/.test(element.tagName)
        && element.scrollWidth > element.clientWidth + 1) {
      problems.push('text overflows its box: ' + name(element));
    }
  });
  var report = document.createElement('pre');
  report.id = 'layout-check';
  // Where each section starts, for the test that photographs one.
  report.dataset.tops = Array.prototype.map.call(document.querySelectorAll('h2[id]'), function (h) {
    return h.id + ':' + Math.round(h.getBoundingClientRect().top + window.scrollY);
  }).join(' ');
  report.textContent = 'charts=' + charts.length + ' tables=' + tables.length + '\n' + problems.join('\n');
  document.body.appendChild(report);
})();
