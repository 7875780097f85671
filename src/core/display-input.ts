/** How a brief names an input: a URL as it is, a local file by its base name only (no local paths in output). */

/**
 * @example displayInput('/home/ana/news/003_a9df.txt') // '003_a9df.txt'
 * @example displayInput('C:\\feeds\\news.rss#4') // 'news.rss#4'
 * @example displayInput('https://example.org/a') // 'https://example.org/a'
 */
export function displayInput(input: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) || input === '-' || input.startsWith('-#')) return input;
  const parts = input.split(/[\\/]/);
  // A folder path ending in a separator names the folder.
  const last = parts.filter(Boolean).pop();
  return last ?? input;
}
