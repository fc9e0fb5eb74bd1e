// <echarts-view>: draws an Apache ECharts option given as a JSON string in the `option` property.
// A static resource (no bundler) that EChart adds to a page when its first chart attaches; ECharts itself is loaded
// from the URL in the element's `data-echarts` attribute when the first element connects, so that pages without a
// chart never fetch it.
// The plot is drawn as SVG (its text is in the DOM, where a test can measure that no two labels overlap); the legend
// is HTML above it (`iqcLegend` in the option: wrapped lines, never ECharts' paged "1/6" legend, never over the plot);
// a click on an entry hides or shows its series.
// Attributes for tests and styling:
//   data-rendered="N"  set after the N-th option has been drawn (ECharts' `finished` event)
//   data-error="..."   set when the option cannot be drawn (bad JSON, ECharts missing)
let echartsLoading = null;

// One <script> for the page, however many charts it has; resolves once window.echarts is there.
function loadEcharts(src) {
  if (window.echarts) return Promise.resolve();
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => (window.echarts ? resolve() : reject(new Error('ECharts did not define window.echarts')));
      script.onerror = () => reject(new Error('ECharts did not load from ' + src));
      document.head.appendChild(script);
    });
    echartsLoading.catch(() => (echartsLoading = null)); // a later chart may try again
  }
  return echartsLoading;
}

class EchartsView extends HTMLElement {
  connectedCallback() {
    // A custom element is inline by default, which would ignore the width set by the server; the server's height is
    // the plot's (EChart sets --iqc-plot-height), the legend adds its own lines above it.
    if (!this.style.display) this.style.display = 'block';
    if (!this.plot) {
      this.legend = document.createElement('div');
      this.legend.className = 'iqc-chart-legend';
      this.legend.setAttribute('role', 'list');
      this.plot = document.createElement('div');
      this.plot.className = 'iqc-chart-plot';
      this.append(this.legend, this.plot);
    }
    // The server may set `option` before this element was upgraded: re-apply the own property.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const pending = this.option;
      delete this.option;
      this.option = pending;
    }
    loadEcharts(this.dataset.echarts).then(() => {
      if (!this.isConnected || this.chart) return;
      this.chart = window.echarts.init(this.plot, null, { renderer: 'svg' });
      // A fitting step runs after ECharts' `finished` event, not inside it: an option set inside the event is
      // drawn without a `finished` event of its own, which would leave the fit waiting.
      this.chart.on('finished', () => {
        if (this.drawn === this.draws || this.stepPending) return;
        this.stepPending = true;
        requestAnimationFrame(() => {
          this.stepPending = false;
          if (this.chart && !this.fitLabels()) {
            this.drawn = this.draws;
            this.setAttribute('data-rendered', String(this.draws));
          }
        });
      });
      this.resizeObserver = new ResizeObserver(() => this.resized());
      this.resizeObserver.observe(this.plot);
      this.draw();
    }, (error) => this.fail(error.message));
  }

  disconnectedCallback() {
    if (this.resizeObserver) this.resizeObserver.disconnect();
    if (this.chart) this.chart.dispose();
    this.chart = null;
    this.resizeObserver = null;
  }

  // Fitted point labels depend on the width (a label kept at 1024 px may cross the axis at 1440 px once the layout
  // settles), so a chart with them is drawn and fitted again at its new width; other charts only resize.
  resized() {
    if (!this.chart) return;
    const width = this.plot.clientWidth;
    if (width === this.drawnWidth) return;
    this.drawnWidth = width;
    this.chart.resize();
    if (this.labelled && this.labelled.length) this.draw({ still: true });
  }

  set option(json) {
    this._option = json;
    this.draw();
  }

  get option() {
    return this._option;
  }

  draw({ still = false } = {}) {
    if (!this.chart || !this._option) return;
    this.drawnWidth = this.plot.clientWidth;
    let option;
    try {
      option = JSON.parse(this._option);
    } catch (e) {
      this.fail('option is not valid JSON: ' + e.message);
      return;
    }
    this.removeAttribute('data-error');
    const legend = option.iqcLegend || [];
    delete option.iqcLegend;
    this.keepLabelsInside(option);
    this.draws = (this.draws || 0) + 1;
    // The first drawing shows the finished chart at once: an entry animation only delays the figures on a
    // page load. Later options (a new target, another profile) animate the change, which helps to follow it.
    if (this.draws === 1 || still) option.animation = false;
    try {
      this.chart.setOption(option, true);
    } catch (e) {
      this.fail('ECharts rejected the option: ' + e.message);
    }
    this.drawLegend(legend);
  }

  // Point labels (a series with `labelLayout`, which ECharts' common build does not act on) are fitted here, on the
  // drawn SVG: a label that leaves the grid moves to the side of its point that keeps it in; then, in data order, a
  // label that overlaps an axis text or a label kept before it, or still leaves the grid, is hidden (the point's
  // tooltip names it). Each step redraws the labels and comes back here on ECharts' `finished` event; the element
  // says it has rendered only when no step is left, so nothing measured in between is ever reported as drawn.
  keepLabelsInside(option) {
    this.labelled = [];
    (option.series || []).forEach((series, index) => {
      if (!series.labelLayout) return;
      delete series.labelLayout;
      this.labelled.push({ index, data: series.data.map((d) => Object.assign({}, d)) });
    });
    this.fitStep = this.labelled.length ? 1 : 0;
  }

  /** @return whether a step changed the labels (another `finished` event follows) */
  fitLabels() {
    if (!this.fitStep) return false;
    // labels stay within the grid (the axes' rectangle), not only within the drawing
    const svg = this.plot.querySelector('svg');
    const drawing = svg.getBoundingClientRect();
    const grid = this.chart.getModel().getComponent('grid').coordinateSystem.getRect();
    const box = { left: drawing.left + grid.x, top: drawing.top + grid.y,
      right: drawing.left + grid.x + grid.width, bottom: drawing.top + grid.y + grid.height };
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim());
    const rectOf = (name) => {
      const text = texts.find((t) => t.textContent.trim() === name);
      return text ? text.getBoundingClientRect() : null;
    };
    const outside = (r) => r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom;
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    let changed = false;
    if (this.fitStep === 1) {
      for (const series of this.labelled) {
        for (const item of series.data) {
          const r = rectOf(item.name);
          if (!r || !outside(r)) continue;
          item.label = { position: r.right > box.right ? 'left' : 'right' };
          changed = true;
        }
      }
      this.fitStep = 2;
    } else {
      const names = new Set(this.labelled.flatMap((s) => s.data.map((d) => d.name)));
      const kept = texts.filter((t) => !names.has(t.textContent.trim())).map((t) => t.getBoundingClientRect());
      for (const series of this.labelled) {
        for (const item of series.data) {
          const r = rectOf(item.name);
          if (!r) continue;
          if (outside(r) || kept.some((k) => overlap(k, r))) {
            item.label = Object.assign({}, item.label, { show: false });
            changed = true;
          } else {
            kept.push(r);
          }
        }
      }
      this.fitStep = 0;
    }
    if (!changed) return this.fitLabels();
    const series = (this.chart.getOption().series || []).map(() => ({}));
    for (const labelled of this.labelled) series[labelled.index] = { data: labelled.data };
    this.chart.setOption({ series });
    return true;
  }

  drawLegend(entries) {
    this.legend.replaceChildren(...entries.map((entry) => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'iqc-chart-legend-item';
      item.setAttribute('role', 'listitem');
      item.setAttribute('aria-pressed', 'true');
      item.title = 'Hide or show ' + entry.name;
      const swatch = document.createElement('span');
      swatch.className = 'iqc-chart-swatch iqc-chart-swatch-' + entry.swatch
          + (entry.symbol ? ' iqc-chart-symbol-' + entry.symbol : '');
      swatch.style.setProperty('--iqc-swatch-color', entry.color);
      const name = document.createElement('span');
      name.textContent = entry.name;
      item.append(swatch, name);
      item.addEventListener('click', () => {
        const shown = item.getAttribute('aria-pressed') !== 'true';
        item.setAttribute('aria-pressed', String(shown));
        this.chart.dispatchAction({ type: shown ? 'legendSelect' : 'legendUnSelect', name: entry.name });
      });
      return item;
    }));
    this.legend.hidden = entries.length === 0;
  }

  fail(message) {
    console.error('<echarts-view>', message);
    this.setAttribute('data-error', message);
  }
}

if (!customElements.get('echarts-view')) {
  customElements.define('echarts-view', EchartsView);
}
