/**
 * The synthetic national dataset: fictional agencies in real provinces and districts, question-level
 * scores for fiscal years 2562–2568 calibrated to the published national figures. Everything is
 * deterministic for a given seed. See scripts/make-demo-data.ts for the files it becomes.
 */
export { AGENCY_TYPE, AGENCY_TYPES, type AgencyType, type AgencyTypeKey } from './agency-types';
export { indicatorCsvChunks, organisationsCsv, questionCsvChunks } from './csv';
export { generateYear, type GenerateOptions, type SyntheticYear } from './generate';
export { PROVINCES, type Province } from './geography';
export { FIRST_YEAR, generateOrganisations, isActive, LAST_YEAR, type SyntheticOrg } from './organisations';
export { hashSeed, Rng } from './prng';
export { DEFAULT_SEED, YEAR_TARGETS, yearTarget, type YearTarget } from './targets';
