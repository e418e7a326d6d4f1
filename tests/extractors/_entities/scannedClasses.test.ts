import { describe, expect, it } from 'vitest';
import { scannedClass, scannedClasses } from '../../../src/extractors/_entities/scannedClasses.js';
import { defineWordClass } from '../../../src/extractors/_entities/wordClasses.js';
import { parsePressRelease } from '../../../src/index.js';

describe('scanned word classes', () => {
  it('marks a class as scanned and hands its bits back', () => {
    const oaths = defineWordClass(['sworn']);
    expect(scannedClasses() & oaths).toBe(0);
    expect(scannedClass(oaths)).toBe(oaths);
    expect(scannedClasses() & oaths).toBe(oaths);
  });

  it('keeps the classes the entity extractors read token by token: numbers, phrases, media, "the Service"', () => {
    const rec = parsePressRelease(
      'Baku, 3 May 2024 (AZERTAC). The heads of the State Security Service met 12 foreign delegations on drug trafficking. ' +
        'The Service signed a memorandum of understanding with them.',
    );
    expect(rec.figures.map((f) => [f.value, f.unit])).toEqual([[12, 'foreign delegations']]);
    expect(rec.topics.map((t) => t.topic)).toEqual(['drug-trafficking']);
    expect(rec.organizations.map((o) => [o.name, o.mentions.length])).toContainEqual(['AZERTAC', 1]);
    expect(rec.organizations.find((o) => o.name === 'State Security Service')?.mentions.map((m) => rec.text.slice(m.start, m.end))).toEqual([
      'State Security Service',
      'Service',
    ]);
    expect(rec.agreements.map((a) => a.kind)).toEqual(['memorandum']);
  });
});
