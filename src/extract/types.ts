/** Records passed between the extract stage's steps (internal to the stage). */

/** One paragraph candidate: a kept source line or an HTML block, with the links it carries. */
export interface Line {
  text: string;
  /** Absolute http(s) URLs in this line (hrefs for HTML, URLs in the text for plain text). */
  links: string[];
  /** Share of the line's characters inside links (HTML only): 1 for a line that is one link, as in a related list. */
  linkShare?: number;
}

/** Metadata gathered so far; declared values are put in first and every step only fills gaps. */
export interface Found {
  title?: string;
  /** True when the title came from declared or page metadata rather than from the text's lines. */
  titleKnown: boolean;
  /** The input takes its first non-empty line as the title (a plain-text file), full stop or not. */
  titleLine?: boolean;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
  dateline?: string;
  cites: string[];
  provenanceNotes: string[];
}

type Fillable = 'title' | 'outlet' | 'author' | 'publishedAt' | 'url' | 'language' | 'dateline';

/** Sets `found[key]` unless it already has a non-empty value (earlier evidence wins). */
export function fill(found: Found, key: Fillable, value: string | undefined | null): void {
  const clean = value?.trim();
  if (!clean) return;
  if (found[key]) return;
  found[key] = clean;
}

/** Adds URLs to `found.cites`, keeping first-seen order and no duplicates. */
export function addCites(found: Found, urls: readonly string[]): void {
  for (const url of urls) if (!found.cites.includes(url)) found.cites.push(url);
}
