export * from './find-times.js';
export * from './recognize.js';
export * from './times-stage.js';
