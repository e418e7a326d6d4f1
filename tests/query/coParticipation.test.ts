import { describe, expect, it } from 'vitest';
import { coParticipation, CoParticipationSchema } from '../../src/index.js';
import { collection } from './_collection.js';
import { makeRecord } from './_records.js';

describe('coParticipation', () => {
  it('counts how often each pair of participant countries met, ignoring subject countries', () => {
    const network = coParticipation(collection);
    expect(CoParticipationSchema.safeParse(network).success).toBe(true);
    expect(network.nodes[0]).toEqual({ country: 'RU', count: 3 });
    expect(network.links).toContainEqual({ source: 'CN', target: 'KZ', count: 1 });
    expect(network.links.some((l) => l.source === 'AF' || l.target === 'AF')).toBe(false);
  });

  it('orders links by count, then by pair, source before target', () => {
    const again = makeRecord({ id: 'again', text: 'Russia and Azerbaijan met again.', event: { participants: { countries: ['RU', 'AZ', 'RU'] } } });
    const network = coParticipation([...collection, again]);
    expect(network.links[0]).toEqual({ source: 'AZ', target: 'RU', count: 2 });
    expect(network.links.every((l) => l.source < l.target)).toBe(true);
    expect(network.nodes.find((n) => n.country === 'RU')).toEqual({ country: 'RU', count: 4 });
  });

  it('gives an empty network for no records', () => {
    expect(coParticipation([])).toEqual({ nodes: [], links: [] });
  });
});
