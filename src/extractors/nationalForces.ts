/**
 * A person's organisation written as the bare noun of a force ("Commissioner of Police X": the
 * organisation "Police") is named as the force of the person's country where the tables know
 * exactly one force of that country with the noun in its name ("Commissioner of Police Ali Shujau of
 * the Maldives": the Maldives Police Service). Where they know none, or several (the Abu Dhabi and
 * the Dubai Police), the noun stays. Runs after every step that gives people their country.
 * @module
 */
import { TABLES } from '../gazetteer/tables.js';
import { CUES } from './_entities/wording.js';
import type { Context, Extractor } from '../pipeline/context.js';

const BY = 'extractor/nationalForces';

/** "<country> <noun>" for each country and force noun: the name of the one agency of the country with the noun among its name's words, or null when several have it. */
const FORCES: ReadonlyMap<string, string | null> = (() => {
  const forces = new Map<string, string | null>();
  for (const agency of TABLES.agencies) {
    for (const word of new Set(agency.name.split(/[\s-]+/))) {
      if (!CUES.forceNouns.has(word)) continue;
      const key = `${agency.country} ${word}`;
      forces.set(key, forces.has(key) ? null : agency.name);
    }
  }
  return forces;
})();

/** Names the force of a person's country for a bare force noun. */
function run(ctx: Context): void {
  for (const p of ctx.record.people) {
    if (p.organization === null || p.country === null || !CUES.forceNouns.has(p.organization)) continue;
    const force = FORCES.get(`${p.country} ${p.organization}`);
    if (force === undefined || force === null) continue;
    ctx.trace(BY, () => `${p.name}: ${p.organization} of ${p.country} is the ${force}`);
    p.organization = force;
  }
}

/** Names the national force a person's bare force noun stands for. */
export const nationalForces: Extractor = { name: BY, run };
