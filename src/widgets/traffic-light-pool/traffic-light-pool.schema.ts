// The input schema lives in the core (DOM-free, usable by hosts in Node); the build reads
// `schema` here to write schemas/traffic-light-pool.schema.json.
export * from '../../core/inputs/traffic-light-pool.js';
