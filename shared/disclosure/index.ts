// The sponsorship disclosure checker's public face: what the extension card, the CLI and the receiver use.
export { type DisclosureInput, DisclosureInputError, disclosureCheck, VERDICT_SEVERITY } from './check';
export { coversOf } from './covers';
export { type CoverageLine, coverageLines, describeSignal } from './describe';
export { JURISDICTION_RULES, SUPPORTED_JURISDICTIONS } from './jurisdictions';
export { FOLDS } from './platforms';
export type { JurisdictionRules } from './rules';
