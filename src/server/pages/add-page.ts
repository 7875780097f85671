/** The add-sources form: paste URLs (pages or feeds), upload files; and the page that reports what adding did. */
import { escapeHtml as h } from '../../render/escape-html.js';
import type { IngestReport } from '../reader.js';
import { layout } from './layout.js';
import { storyPath } from './paths.js';

export interface AddForm {
  csrf: string;
  /** A write token is required (the server listens beyond loopback). */
  needsToken: boolean;
  error?: string;
  urls?: string;
}

/**
 * The form; posting it adds the sources and shows what happened.
 * @example addPage({ csrf: 't', needsToken: false })
 */
export function addPage(form: AddForm, caps: { urls: number; files: number; bytes: number }): string {
  const token = form.needsToken
    ? `<label for="token">Write token (TRIANGULATE_TOKEN of this server)</label><input id="token" name="token" type="password" autocomplete="off" required>`
    : '';
  const body = [
    '<h1>Add sources</h1>',
    form.error ? `<p class="notice error" role="alert">${h(form.error)}</p>` : '',
    `<form class="add" action="/add" method="post" enctype="multipart/form-data">`,
    `<input type="hidden" name="csrf" value="${h(form.csrf)}">`,
    `<label for="urls">Web pages or feeds (RSS, Atom, JSON Feed, OPML), one URL a line, at most ${caps.urls}</label>`,
    `<textarea id="urls" name="urls" rows="5" spellcheck="false">${h(form.urls ?? '')}</textarea>`,
    `<label for="files">Files (HTML, text, Markdown, JSON, JSONL, feeds, WARC; at most ${caps.files}, ${Math.round(caps.bytes / 1024 / 1024)} MB in all)</label>`,
    `<input id="files" name="files" type="file" multiple>`,
    token,
    `<p><button type="submit">Add and brief</button></p>`,
    '</form>',
    '<p class="note">Private and loopback addresses are refused. Adding waits until the sources are read and their stories briefed.</p>',
  ];
  return layout({ title: 'Add sources', body: body.filter(Boolean).join('\n'), current: 'add' });
}

/**
 * What adding did: counts, one line per failed input, links to the stories the sources are in.
 * @example addedPage(report)
 */
export function addedPage(report: IngestReport, titles: Map<string, string>): string {
  const failures = report.failures.map((f) => `<li><code>${h(f.input)}</code>: ${h(f.message)}</li>`);
  const stories = report.storyIds.map(
    (id) => `<li><a href="${h(storyPath(id))}">${h(titles.get(id) ?? id) || 'Untitled story'}</a></li>`,
  );
  const body = [
    '<h1>Sources added</h1>',
    `<p class="notice" role="status">${report.read} ${report.read === 1 ? 'document' : 'documents'} read, ${report.added} new, ${report.failures.length} failed.</p>`,
    stories.length > 0 ? `<h2>In these stories</h2><ul>${stories.join('\n')}</ul>` : '',
    failures.length > 0 ? `<h2>Could not be added</h2><ul>${failures.join('\n')}</ul>` : '',
    '<p><a href="/add">Add more</a> · <a href="/">All stories</a></p>',
  ];
  return layout({ title: 'Sources added', body: body.filter(Boolean).join('\n'), current: 'add' });
}
