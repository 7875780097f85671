/** Mozilla Readability over a linkedom document, with its hottest DOM query done by a plain tree walk. */
import { Readability } from '@mozilla/readability';
import { READABILITY_CHAR_THRESHOLD } from '../core/config.js';
import type { DomDocument, DomElement } from './dom.js';

type Parsed = ReturnType<Readability<DomElement>['parse']>;

/** Appends the elements under `root` named in `names` (lower case), in document order; template content is not read. */
function collectByTag(root: DomElement, names: ReadonlySet<string>, out: DomElement[]): void {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    // Parsed elements have lower-case names; elements Readability creates keep the case it gave ("DIV").
    const name = child.localName.toLowerCase();
    if (names.has(name)) out.push(child);
    if (name !== 'template') collectByTag(child, names, out);
  }
}

/**
 * Readability looks elements up by tag name through `querySelectorAll("a,b")`, which linkedom answers by compiling
 * the selector and matching every element with a CSS engine, on every call (a fifth of Readability's time on the
 * trafilatura-eval pages). The same elements, in the same order, come from one walk comparing names.
 */
class LinkedomReadability extends Readability<DomElement> {
  _getAllNodesWithTag(node: DomElement, tagNames: string[]): DomElement[] {
    const found: DomElement[] = [];
    collectByTag(node, new Set(tagNames.map((name) => name.toLowerCase())), found);
    return found;
  }
}

/**
 * Runs Readability on a parsed page; the content comes back as a DOM element (no serialising) with its classes.
 * Readability changes the document it reads.
 */
export function readArticle(document: DomDocument): Parsed {
  // Readability's types name the DOM lib's Document; linkedom's document is what it reads at run time.
  const reader = new LinkedomReadability(document as never, {
    serializer: (node) => node as unknown as DomElement,
    keepClasses: true,
    charThreshold: READABILITY_CHAR_THRESHOLD,
  });
  return reader.parse();
}
