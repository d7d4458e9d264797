export * from './tokens-stage.js';
