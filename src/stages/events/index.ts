export * from './analyse.js';
export * from './events-stage.js';
