export { CLEAN_STAGE, type CleanResult, clean, cleanToDoc } from './clean.js';
export { REMOVAL_REASONS, type RemovalReason } from './reasons.js';
