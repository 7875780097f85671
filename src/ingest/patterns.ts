/** Ingest-stage patterns: charset declarations and format sniffing. */

/** A charset declared in a page's head: `<meta charset="x">` or `<meta http-equiv="Content-Type" content="…; charset=x">`. */
export const META_CHARSET = /<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`). */
export const XML_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i;
/** An internal entity declaration: the building block of "billion laughs" expansion bombs. */
export const ENTITY_DECLARATION = /<!ENTITY\b/i;
/** Markup in a feed item's body (then it is read as HTML, else as plain text). */
export const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/i;
/** The start of a WARC record. */
export const WARC_START = /^WARC\/\d/;
/** A WARC record header's `Content-Length` (the block's size in bytes). */
export const WARC_CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;
