import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/multi-select-combo-box/src/vaadin-multi-select-combo-box.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/comboBoxConnector.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/card/src/vaadin-card.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '3527fe80cf50899e1f5355e7d49f6061b41abdfe8e51ed23fe5ea12449c9d12c') {
    pending.push(import('./chunks/chunk-130c34adcb8399efc24409205fe0e2ea697e6ac01419ecf07b45227e16e4a549.js'));
  }
  if (key === 'ee051d578a16795eddc0dc8351e6eff8441eab8431aa1fcc415f0f2e0b81b056') {
    pending.push(import('./chunks/chunk-7df48eae3185c3212d169067c1e45e4d4cbc51d3a83d0534fcc357a41dd584a9.js'));
  }
  if (key === 'f3366013e6fc156795cd63da4e8f63e8ee90afe1ce384b91d848a577c366cca8') {
    pending.push(import('./chunks/chunk-0ffc37f565730e64d13fb5344c54f79dd408e09679e772d16a278322e64bb9ab.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}