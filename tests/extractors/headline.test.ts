import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('headline', () => {
  it('takes the title line above the body', () => {
    expect(parseRelease('almaty-council').headline).toBe('The SCO RATS Council met in Almaty');
  });

  it('never takes the dateline line as the headline', () => {
    const record = parsePressRelease('date 2025-04-29 Baku, April 29, AZERTAC\n\nBaku hosted an international conference on regional security with delegations from many countries.');
    expect(record.headline).toBeNull();
    expect(record.source.dateline?.place).toBe('Baku');
  });

  it('cuts the outlet a page title ends with ("... - Kuwait News Agency"), and does not take such a title for a masthead', () => {
    const rec = parsePressRelease('Gulf security chiefs meet in Kuwait - Kuwait News Agency\n\nThe heads of the state security services of the Gulf states met in Kuwait on Saturday to discuss regional threats.');
    expect(rec.headline).toBe('Gulf security chiefs meet in Kuwait');
  });
});
