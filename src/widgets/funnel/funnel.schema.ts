// The input schema lives in the core (DOM-free, usable by hosts in Node); the build reads
// `schema` here to write schemas/funnel.schema.json.
export * from '../../core/inputs/funnel.js';
