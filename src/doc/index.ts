export * from './document.js';
export * from './errors.js';
export * from './layer.js';
export * from './message.js';
export * from './record.js';
export * from './span.js';
