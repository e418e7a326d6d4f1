/**
 * The country of the people who host the event: a person in the host role whom the text gives no
 * country of their own is of the host country ("MUSCAT, Feb 11 (ONA) -- The Minister of the Interior
 * received the Kuwaiti minister today": the minister is Omani). Not where the text names an
 * intergovernmental body: its officials host its meetings wherever they are held (an OSCE coordinator
 * in Vienna is not Austrian), unless the host heads an organisation that is no such body
 * ("Inspector-General of Police X chaired the ASEANAPOL conference" in Kuala Lumpur). The officials of
 * a state's government whom the people step found with no country and no guest's introduction are of
 * the host country too ("Interior Minister X also attended" in a release about a meeting in Ankara): a
 * guest's office would be qualified ("the Iraqi minister"); not where a news outlet of another country
 * reports, which writes its own country's officials so, nor where a text of no known outlet of the
 * host country qualifies an office by the host's country ("met the Saudi Interior Minister" in
 * Riyadh), which it then writes from the other side (an outlet of the host country qualifies its own:
 * "KUWAIT (KUNA) -- Kuwait's Minister of Interior"). Runs after the host is known; it fills only
 * countries the people step left empty.
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import { outletCountry } from './_lib/selfNames.js';

const BY = 'extractor/hostCountryOfHosts';

/** The country of the release's outlet, when it is a news outlet a table knows (by any name it is written with: "ONA"). */
function outletCountryOf(ctx: Context): string | null {
  const outlet = ctx.record.source.outlet;
  if (outlet === null) return null;
  const media = ctx.record.organizations.find((o) => o.kind === 'media' && (o.name === outlet || o.acronym === outlet));
  return media !== undefined ? media.country : outletCountry(outlet);
}

/** Gives the host country to hosts without a country, and to the officials of a state's government the text places nowhere else. */
function run(ctx: Context): void {
  const country = ctx.record.event.host?.country ?? null;
  if (country === null) return;
  const bodies = ctx.record.organizations.filter((o) => o.kind === 'intergovernmental');
  // A host who heads a national organisation ("Inspector-General of Police X chaired the ASEANAPOL conference") is of the host country wherever bodies are named.
  const hosts = (p: (typeof ctx.record.people)[number]): boolean =>
    p.roles.includes('host') && (bodies.length === 0 || (p.organization !== null && !bodies.some((b) => b.name === p.organization || b.acronym === p.organization)));
  // An outlet of another country writes its own country's officials without a country word ("the Minister of Interior headed the Kingdom's delegation").
  const outletCountry = outletCountryOf(ctx);
  // A text that qualifies an office by the host's country ("met the Saudi Interior Minister" in Riyadh) writes from the other side.
  const hostQualified = ctx.findings.ofKind('qualifiedNationalOffice').some((f) => f.value.country === country);
  // An outlet of the host country writes from its side even where it qualifies its own officials ("KUWAIT (KUNA) -- Kuwait's Minister of Interior ...").
  const ownSide = outletCountry === country || (outletCountry === null && !hostQualified);
  const officials = new Set(ownSide ? ctx.findings.ofKind('hostCountryOfficial').map((f) => f.value.name) : []);
  for (const p of ctx.record.people) {
    if (p.country !== null || !(hosts(p) || officials.has(p.name))) continue;
    p.country = country;
    ctx.trace(BY, () => `${p.name} is of the host country ${country}`);
  }
}

/** Gives hosts without a country the host country. */
export const hostCountryOfHosts: Extractor = { name: BY, run };
