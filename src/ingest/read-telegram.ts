/** A Telegram Desktop channel export (`result.json`) → one text document per message. */
import type { Document } from '../core/model.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { makeDocument } from './document-object.js';

type Loose = Record<string, unknown>;

/** True for the shape Telegram Desktop writes: `{ name?, type?, id?, messages: [...] }`. */
export function isTelegramExport(value: unknown): value is { name?: unknown; messages: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as Loose).messages);
}

/**
 * A message's text: Telegram writes a string, or an array of strings and entity objects (`{ type, text, href? }`)
 * when the message has formatting or links; both read as the text a reader sees.
 * @example messageText(['Breaking: ', { type: 'bold', text: 'talks end' }]) // 'Breaking: talks end'
 */
export function messageText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      const entity = (part ?? {}) as Loose;
      return typeof entity.text === 'string' ? entity.text : '';
    })
    .join('');
}

/** A Desktop export date ("2024-12-01T09:15:00", local time without a zone) or its `date_unixtime` as ISO. */
function dateOf(message: Loose): string | undefined {
  const unix = Number(message.date_unixtime);
  if (Number.isFinite(unix) && unix > 0) return new Date(unix * 1000).toISOString();
  return typeof message.date === 'string' && message.date ? message.date : undefined;
}

export interface TelegramItem {
  input: string;
  inputId?: string;
  outcome: Outcome<Document>;
}

/**
 * Reads the messages of an export: service messages are skipped; a message without text (a photo alone) is an
 * `empty` item. The channel's `name` is the outlet; `forwarded_from` (where a forwarded post came from) is its author.
 * @example readTelegram('result.json', exportObject) // [{ input: 'result.json#4521', inputId: '4521', outcome: … }]
 */
export function readTelegram(input: string, value: { name?: unknown; messages: unknown[] }): TelegramItem[] {
  const outlet = typeof value.name === 'string' && value.name.trim() ? value.name.trim() : undefined;
  const items: TelegramItem[] = [];
  value.messages.forEach((raw, index) => {
    const message = (raw ?? {}) as Loose;
    if (message.type !== undefined && message.type !== 'message') return;
    const id =
      typeof message.id === 'number' || typeof message.id === 'string' ? String(message.id) : String(index + 1);
    const label = `${input}#${id}`;
    const text = messageText(message.text).replace(/\r\n?/g, '\n');
    const forwarded = typeof message.forwarded_from === 'string' ? message.forwarded_from : undefined;
    const outcome: Outcome<Document> = text.trim()
      ? succeed(
          makeDocument({
            input: label,
            inputId: id,
            format: 'text',
            content: text,
            outlet,
            author: forwarded,
            publishedAt: dateOf(message),
          }),
        )
      : reject('empty', `${label}: the message has no text (media only)`);
    items.push({ input: label, inputId: id, outcome });
  });
  if (items.length === 0) items.push({ input, outcome: reject('empty', 'the Telegram export holds no messages') });
  return items;
}
