/**
 * What every widget shares: the `BspElement` base class, `<bsp-provider>`, the theme tokens and
 * shared style sheets, the error view, the events, the draft and `src` controllers.
 *
 * @packageDocumentation
 * @module @bsp/ui
 */
export { BspElement } from './base/bsp-element.js';
export { BspProvider } from './provider/provider.js';
export { bspContext, type BspContextValue, type BspMunicipalityConfig } from './context/bsp-context.js';
export { renderErrorView, errorViewStyles } from './error-view/error-view.js';
export { BspErrorEvent, type BspErrorDetail } from './events/bsp-error.js';
export { BspMetricEvent, type BspMetric } from './events/bsp-metric.js';
export { BspChangeEvent, type BspChangeDetail, type BspChangeRecords, type BspChangeWidget } from './events/bsp-change.js';
export { baseStyles } from './styles/base.styles.js';
export { choiceStyles } from './styles/choice.styles.js';
export { bannerStyles } from './styles/banner.styles.js';
export { cardStyles } from './styles/card.styles.js';
export { segmentedStyles } from './styles/segmented.styles.js';
export { stepperStyles } from './styles/stepper.styles.js';
export { tokens } from './styles/tokens.js';
export { defineElement } from './utils/define-element.js';
export { HostRecordController, type HostRecordOptions } from './controllers/host-record-controller.js';
export { DraftController, type DraftControllerOptions, type DraftStatus, type StoredDraft } from './controllers/draft-controller.js';
export { HOST_DATA_LIMITS, MAX_PROPERTY_TEXT, boundaryMessages, checkTextProperties, propertyError, propertyIssueError, readHostData, type HostDataLimits, type HostDataResult } from './utils/property-guard.js';
export { renderHeading, type HeadingOptions } from './utils/heading.js';
export { applyPreUpgradeProperty } from './utils/pre-upgrade-property.js';
export { renderLoadWarning, type LoadWarningOptions } from './error-view/load-warning.js';
export { SrcLoader, sniffFormat, DEFAULT_SRC_MAX_BYTES, DEFAULT_SRC_TIMEOUT_MS, type SrcFormat, type SrcLoaderOptions } from './controllers/src-loader.js';
export { LocalizeController } from './controllers/localize-controller.js';
export { LazyModule, OnDemand, moduleLoadFailed, addUpdateGate, type OnDemandHost, type OnDemandOptions, type OnDemandStatus, type UpdateGate } from './on-demand/on-demand.js';
export type { WidgetLang } from './types/widget-lang.js';
