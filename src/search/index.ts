export * from './ast.js';
export * from './compile.js';
export * from './fts.js';
export * from './index-text.js';
export * from './match.js';
export * from './query.js';
export * from './service.js';
export * from './snippet.js';
