// The scoring core's public face: what the extension, the widget, the receiver and the CLI use.
export { type AuthenticityCheck, authenticityOf } from './authenticity';
export { type CompiledBrief, compiledBrief } from './compiled-brief';
export { BASIS, bandFor, ER_BANDS, engagementOf } from './engagement';
export { FACTORS, type FitOptions, fitScore } from './fit';
export { roleOf } from './role';
export { starterBrief } from './starter-brief';
export { TIER_SOURCE, tierOf } from './tiers';
export { parseBrief, parseJson, parseProfile, ValidationError } from './validation';
