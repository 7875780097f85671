/** "Who said what" reads by speaker: every statement of one speaker under one heading. */
import type { Statement } from '../core/model.js';

export interface SpeakerStatements {
  /** The speaker as the statements name them; '' when no speaker was found. */
  speaker: string;
  statements: Statement[];
}

/**
 * Groups statements by speaker (one entity, or failing that one name), speakers in the order of their first
 * statement and each speaker's statements in their own order (the comparison's order is kept, only gathered).
 * @example groupBySpeaker([rutte1, weber, rutte2]).map((g) => g.speaker) // ['Mark Rutte', 'Manfred Weber']
 */
export function groupBySpeaker(statements: readonly Statement[]): SpeakerStatements[] {
  const groups = new Map<string, SpeakerStatements>();
  for (const statement of statements) {
    const speaker = statement.speaker.trim();
    const key = statement.entityId ?? `name:${speaker}`;
    const group = groups.get(key) ?? { speaker, statements: [] };
    group.statements.push(statement);
    groups.set(key, group);
  }
  return [...groups.values()];
}
