/**
 * Which countries met together, and how often: a network ready to plot.
 * @module
 */
import { z } from 'zod';
import { CountryCodeSchema, type PressRecord } from '../schema/record.js';

/**
 * A co-participation network: `nodes` are the participant countries with the number of records
 * they take part in; `links` join two countries (`source` before `target` alphabetically) with
 * the number of records in which both took part. The shape most network-plotting libraries read.
 *
 * @example
 * ```ts
 * CoParticipationSchema.parse({ nodes: [], links: [] }).links;
 * //=> []
 * ```
 */
export const CoParticipationSchema = z.object({
  nodes: z.array(z.object({ country: CountryCodeSchema, count: z.number().int().positive() })),
  links: z.array(
    z.object({
      source: CountryCodeSchema,
      target: CountryCodeSchema,
      count: z.number().int().positive(),
    }),
  ),
});
/** A co-participation network of countries. */
export type CoParticipation = z.infer<typeof CoParticipationSchema>;

/**
 * Counts how often each pair of countries took part in the same event (participant countries,
 * host included; subject countries do not count). Nodes and links come most frequent first,
 * ties by code. Several reports of one event count once each: merge them first with
 * {@link mergeEvents} and pass one record per event if that matters.
 *
 * @param records - the records to count over
 * @returns the network of countries
 *
 * @example
 * ```ts
 * import { coParticipation } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * coParticipation(sampleRecords).links.find((l) => l.source === 'AZ' && l.target === 'UZ')?.count;
 * //=> 4
 * ```
 */
export function coParticipation(records: readonly PressRecord[]): CoParticipation {
  const nodes = new Map<string, number>();
  const links = new Map<string, number>();
  for (const record of records) {
    const codes = [...new Set(record.event.participants.countries)].sort();
    for (const [i, a] of codes.entries()) {
      nodes.set(a, (nodes.get(a) ?? 0) + 1);
      for (const b of codes.slice(i + 1)) links.set(`${a}-${b}`, (links.get(`${a}-${b}`) ?? 0) + 1);
    }
  }
  const byCount = <T extends { count: number }>(key: (t: T) => string) => (a: T, b: T) =>
    b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    nodes: [...nodes.entries()].map(([country, count]) => ({ country, count })).sort(byCount((n) => n.country)),
    links: [...links.entries()]
      .map(([pair, count]) => ({ source: pair.slice(0, 2), target: pair.slice(3), count }))
      .sort(byCount((l) => `${l.source}-${l.target}`)),
  };
}
