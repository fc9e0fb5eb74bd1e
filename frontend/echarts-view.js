// <echarts-view>: draws an Apache ECharts option given as a JSON string in the `option` property.
// Loaded as a static resource next to echarts.min.js (no bundler), so it waits for window.echarts.
class EchartsView extends HTMLElement {
  connectedCallback() {
    // The server may set `option` before this element was upgraded: re-apply the own property.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const pending = this.option;
      delete this.option;
      this.option = pending;
    }
    this.whenEchartsReady(() => {
      if (!this.chart) {
        this.chart = window.echarts.init(this);
        this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
        this.resizeObserver.observe(this);
      }
      this.draw();
    });
  }

  disconnectedCallback() {
    if (this.resizeObserver) this.resizeObserver.disconnect();
    if (this.chart) this.chart.dispose();
    this.chart = null;
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
    this.removeAttribute('data-rendered');
    this.chart.setOption(JSON.parse(this._option), true);
    this.setAttribute('data-rendered', String(Date.now()));
  }

  whenEchartsReady(callback) {
    if (window.echarts) {
      callback();
    } else {
      setTimeout(() => this.whenEchartsReady(callback), 30);
    }
  }
}

if (!customElements.get('echarts-view')) {
  customElements.define('echarts-view', EchartsView);
}
