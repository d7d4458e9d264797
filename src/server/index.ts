export {
  type ApiContext,
  type AppOptions,
  CONTENT_SECURITY_POLICY,
  createApp,
  MAX_JSON_BYTES,
  MAX_UPLOAD_BYTES,
} from './app.js';
export { bearerToken, MIN_TOKEN_CHARS, tokenMatches } from './auth.js';
export { EMPTY_DIRECTORY, type EntityDirectory, loadEntityDirectory } from './entity-directory.js';
export { API_ERROR_CODES, ApiError, type ApiErrorCode } from './errors.js';
export { type RunningServer, startServer } from './server.js';
export { defaultUiDir, loadUi, type UiBundle } from './static-ui.js';
