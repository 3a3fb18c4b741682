export * from './errors.js';
export * from './numbers.js';
export * from './dates.js';
export * from './options.js';
export * from './schema.js';
