export * from './entities-stage.js';
