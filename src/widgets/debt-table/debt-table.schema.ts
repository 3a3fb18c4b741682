// The input schema lives in the core (DOM-free, usable by hosts in Node); the build reads
// `schema` here to write schemas/debt-table.schema.json.
export * from '../../core/inputs/debt-table.js';
