// The input schema lives in the core (DOM-free, usable by hosts in Node); the build reads
// `schema` here to write schemas/abc-xyz-matrix.schema.json.
export * from '../../core/inputs/abc-xyz-matrix.js';
