/**
 * Telegram channel preview pages (t.me/s/<channel>) built at test time from the real posts in
 * ../shared/data/telegram-ru-news-posts: the real text, laid out in the preview page's markup (message wrappers
 * with data-post, the message text with its links as anchors and line breaks as <br>, the date as <time datetime>,
 * the "load more" link to ?before=). No recorded t.me page is available here, so the markup is ours; the text is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from '../../bench/shared-data.js';

export interface ChannelPost {
  message_id: number;
  text: string;
  date: string;
  channel: string;
}

export const TELEGRAM_DIR = join(DATA, 'telegram-ru-news-posts', 'raw');

/** The channels' post files, in name order. */
export function channelFiles(): string[] {
  return readdirSync(TELEGRAM_DIR)
    .filter((name) => name.endsWith('_messages.json'))
    .sort()
    .map((name) => join(TELEGRAM_DIR, name));
}

/** One channel's posts, oldest first (the files hold them newest first). */
export function readChannel(path: string): ChannelPost[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as ChannelPost[]).slice().sort((a, b) => a.message_id - b.message_id);
}

const escapeMarkup = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A post's text as the preview shows it: links as anchors, line breaks as <br/>. */
function messageHtml(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .map((part, i) =>
      i % 2 === 1
        ? `<a href="${escapeMarkup(part)}" target="_blank" rel="noopener">${escapeMarkup(part)}</a>`
        : escapeMarkup(part),
    )
    .join('')
    .replace(/\n/g, '<br/>');
}

/** The URLs a post's text carries, as the reader should find them. */
export function postUrls(text: string): string[] {
  return [...new Set((text.match(/https?:\/\/[^\s<>"]+/g) ?? []).map((url) => new URL(url).href))];
}

/**
 * The preview page that ends before post `before` (newest page without it): up to `perPage` posts, oldest first.
 * @example previewPage('nakedscience', posts, undefined, 20)
 */
export function previewPage(slug: string, posts: ChannelPost[], before: number | undefined, perPage = 20): string {
  const older = posts.filter((post) => before === undefined || post.message_id < before);
  const page = older.slice(-perPage);
  const title = posts[0]?.channel ?? slug;
  const messages = page.map(
    (post) => `<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="${slug}/${post.message_id}" data-view="x">
    <div class="tgme_widget_message_bubble">
      <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/${slug}"><span dir="auto">${escapeMarkup(title)}</span></a></div>
      <div class="tgme_widget_message_text js-message_text" dir="auto">${messageHtml(post.text)}</div>
      <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
        <span class="tgme_widget_message_views">1.2K</span>
        <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/${slug}/${post.message_id}"><time datetime="${post.date}" class="time">00:00</time></a></span>
      </div></div>
    </div>
  </div>
</div>`,
  );
  const first = page[0];
  const more =
    first && older.length > page.length
      ? `<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/${slug}?before=${first.message_id}" class="tme_messages_more js-messages_more" data-before="${first.message_id}"></a></div>`
      : '';
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeMarkup(title)} – Telegram</title></head>
<body class="widget_frame_base tgme_webpreview">
<header class="tgme_header"><div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">${escapeMarkup(title)}</span></div></div></header>
<main class="tgme_main"><section class="tgme_channel_history js-message_history">
${more}
${messages.join('\n')}
</section></main></body></html>`;
}
