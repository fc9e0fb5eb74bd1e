// <echarts-view>: draws an Apache ECharts option given as a JSON string in the `option` property.
// A static resource (no bundler) that EChart adds to a page when its first chart attaches; ECharts itself is loaded
// from the URL in the element's `data-echarts` attribute when the first element connects, so that pages without a
// chart never fetch it.
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
    // A custom element is inline by default, which would ignore the width/height set by the server.
    if (!this.style.display) this.style.display = 'block';
    // The server may set `option` before this element was upgraded: re-apply the own property.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const pending = this.option;
      delete this.option;
      this.option = pending;
    }
    loadEcharts(this.dataset.echarts).then(() => {
      if (!this.isConnected || this.chart) return;
      this.chart = window.echarts.init(this, null, { renderer: 'canvas' });
      this.chart.on('finished', () => {
        if (this.drawn !== this.draws) {
          this.drawn = this.draws;
          this.setAttribute('data-rendered', String(this.draws));
        }
      });
      this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizeObserver.observe(this);
      this.draw();
    }, (error) => this.fail(error.message));
  }

  disconnectedCallback() {
    if (this.resizeObserver) this.resizeObserver.disconnect();
    if (this.chart) this.chart.dispose();
    this.chart = null;
    this.resizeObserver = null;
  }

  set option(json) {
    this._option = json;
    this.draw();
  }

  get option() {
    return this._option;
  }

  draw() {
    if (!this.chart || !this._option) return;
    let option;
    try {
      option = JSON.parse(this._option);
    } catch (e) {
      this.fail('option is not valid JSON: ' + e.message);
      return;
    }
    this.removeAttribute('data-error');
    this.draws = (this.draws || 0) + 1;
    // The first drawing shows the finished chart at once: an entry animation only delays the figures on a
    // page load. Later options (a new target, another profile) animate the change, which helps to follow it.
    if (this.draws === 1) option.animation = false;
    try {
      this.chart.setOption(option, true);
    } catch (e) {
      this.fail('ECharts rejected the option: ' + e.message);
    }
  }

  fail(message) {
    console.error('<echarts-view>', message);
    this.setAttribute('data-error', message);
  }
}

if (!customElements.get('echarts-view')) {
  customElements.define('echarts-view', EchartsView);
}
