/** A typed view of the few DOM features the extract stage uses (the project compiles without the DOM lib), and HTML parsing. */
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode?: DomNode | null;
  /** Children as a linked list: walking them allocates nothing (`childNodes` builds an array per call). */
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  /** The tag name in lower case, as parsed (`nodeName` and `tagName` upper-case it on every read). */
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  /** False once the element (or an ancestor) was removed; absent on parsers that do not track it. */
  isConnected?: boolean;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** True when a node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

function hasBody(document: DomDocument): boolean {
  return document.documentElement !== null && document.documentElement.nodeName === 'HTML' && document.body !== null;
}

/**
 * Parses HTML with linkedom into a document that always has `<html>` and `<body>` (linkedom leaves a bare
 * fragment without them, so fragments are wrapped). May throw on input linkedom cannot handle.
 * @example parseDocument('<p>x</p>').body?.textContent // 'x'
 */
export function parseDocument(html: string): DomDocument {
  const document = parseHTML(html).document as unknown as DomDocument;
  if (hasBody(document)) return document;
  const wrapped = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
    .document as unknown as DomDocument;
  return wrapped;
}
