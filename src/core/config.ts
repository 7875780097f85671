/**
 * Tuned numbers, one place. Each says what it was tuned on and what it gave; change one only with
 * a measurement beside it.
 */

// --- ingest ---

/** Inputs larger than this are rejected as `too-large` (a page this big is not an article). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

// --- extract ---

// --- analyze ---

// --- cluster ---

// --- compare ---

// --- compose ---
