export type { ReadContext } from './context.js';
export { toIsoDate } from './dates.js';
export { canonicalEncoding, type Decoded, type DecodeOptions, decodeBytes } from './decode.js';
export { extractHtml, type HtmlExtract, htmlToRawDoc, readHtml, sniffHtmlCharset } from './html.js';
export {
  DEFAULT_MAX_BYTES,
  formatOf,
  type InputFormat,
  KNOWN_EXTENSIONS,
  type ReadOptions,
  readInputs,
  sizeOfInputs,
} from './inputs.js';
export {
  DEFAULT_JSON_FIELDS,
  JSON_FIELDS,
  type JsonField,
  type JsonFieldMap,
  jsonlToResults,
  jsonToResults,
  parseFieldMap,
  readJson,
  readJsonl,
} from './json.js';
export type { RawDoc, ReadResult } from './raw-doc.js';
export { readText, textToRawDoc } from './text.js';
