/** Severity of a content problem found while reading, cleaning or analysing a document. */
export type MessageLevel = 'info' | 'warning' | 'error';

/**
 * A content problem on one document (an unanchored date, text that may have been lost in
 * cleaning, an undecodable byte replaced …). Offsets, when present, are UTF-16 code units into
 * the base text.
 */
export interface Message {
  readonly stage: string;
  readonly level: MessageLevel;
  readonly text: string;
  readonly code?: string;
  readonly start?: number;
  readonly end?: number;
}
