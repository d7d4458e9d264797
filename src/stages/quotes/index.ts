export * from './quotes-stage.js';
export { type NameResources, nameResources, testResources } from './resources.js';
