/**
 * robots.txt as RFC 9309 reads it: the group naming our product token (`triangulate`) if there is one, else the `*`
 * group; the longest matching Allow/Disallow path wins, Allow on a tie; `*` matches any run, `$` ends the path.
 */

export interface RobotsRule {
  allow: boolean;
  path: string;
}

/** The rules that apply to one user agent; an empty list allows everything. */
export type RobotsRules = RobotsRule[];

/** Our product token, as robots.txt groups name it. */
export const ROBOTS_AGENT = 'triangulate';

/** robots.txt files past this size are read only this far (RFC 9309 asks crawlers to read at least 500 KiB). */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * The rules of a robots.txt that apply to `agent`.
 * @example robotsRules('User-agent: *\nDisallow: /private/', 'triangulate') // [{ allow: false, path: '/private/' }]
 */
export function robotsRules(text: string, agent: string = ROBOTS_AGENT): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRule[] }[] = [];
  let current: { agents: string[]; rules: RobotsRule[] } | undefined;
  let lastWasAgent = false;
  for (const raw of text.slice(0, ROBOTS_MAX_BYTES).split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const field = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (field === 'user-agent') {
      // Consecutive User-agent lines open one group together.
      if (!lastWasAgent || !current) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || (field !== 'allow' && field !== 'disallow')) continue;
    // An empty Disallow allows everything: it adds no rule.
    if (value === '') continue;
    current.rules.push({ allow: field === 'allow', path: value });
  }
  const token = agent.toLowerCase();
  const named = groups.filter((group) => group.agents.some((name) => name !== '*' && token.startsWith(name)));
  const chosen = named.length > 0 ? named : groups.filter((group) => group.agents.includes('*'));
  return chosen.flatMap((group) => group.rules);
}

/**
 * Whether a URL's path (with its query) may be fetched under these rules.
 * @example isAllowed([{ allow: false, path: '/private/' }], '/private/feed.xml') // false
 */
export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let best: RobotsRule | undefined;
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathAndQuery)) continue;
    const longer = !best || rule.path.length > best.path.length;
    const tieAllows = best !== undefined && rule.path.length === best.path.length && rule.allow;
    if (longer || tieAllows) best = rule;
  }
  return best?.allow ?? true;
}

function pathMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const expression = body
    .split('*')
    .map((part) => normalisePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}${anchored ? '$' : ''}`).test(normalisePath(path));
}

/** Percent-encodes what a robots.txt author may have written raw, so `/ä` and `/%C3%A4` compare equal. */
function normalisePath(path: string): string {
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return path;
  }
}
