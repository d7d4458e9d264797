export * from './sentences-stage.js';
