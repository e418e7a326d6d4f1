/**
 * The country of the people who host the event: a person in the host role whom the text gives no
 * country of their own is of the host country ("MUSCAT, Feb 11 (ONA) -- The Minister of the Interior
 * received the Kuwaiti minister today": the minister is Omani). Runs after the host is known; it
 * fills only countries the people step left empty.
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';

const BY = 'extractor/hostCountryOfHosts';

/** Gives the host country to hosts without a country. */
function run(ctx: Context): void {
  const country = ctx.record.event.host?.country ?? null;
  if (country === null) return;
  for (const p of ctx.record.people) {
    if (p.country !== null || !p.roles.includes('host')) continue;
    p.country = country;
    ctx.trace(BY, () => `${p.name} is of the host country ${country}`);
  }
}

/** Gives hosts without a country the host country. */
export const hostCountryOfHosts: Extractor = { name: BY, run };
