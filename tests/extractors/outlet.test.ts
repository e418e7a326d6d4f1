import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('outlet', () => {
  it('takes the outlet named by the dateline', () => {
    expect(parseRelease('tashkent-talks').source.outlet).toBe('UzA');
    expect(parseRelease('almaty-council').source.outlet).toBe('SteppeWire');
  });

  it('takes a leading "OUTLET:"', () => {
    expect(parseRelease('baku-weekday').source.outlet).toBe('CaspianWire');
  });

  it('takes a press-service masthead, without "Information of the"', () => {
    expect(parseRelease('ankara-conference').source.outlet).toBe('Press service of the National Intelligence Organization');
  });

  it('takes an organisation named by the lines heading the page', () => {
    expect(parseRelease('dushanbe-range').source.outlet).toBe('Commonwealth of Independent States Anti-Terrorism Center');
  });

  it('takes the outlet of "<Outlet> correspondent reports"', () => {
    const record = parsePressRelease('The head of the service summed up the results of the meeting, a SteppeWire correspondent reports from Astana.');
    expect(record.source.outlet).toBe('SteppeWire');
  });

  it('takes only the words joined to "correspondent", not those before a bracket or comma', () => {
    const record = parsePressRelease('He summed up the results of the meeting of the Council of the Regional Anti-Terrorist Structure (RATS), SteppeWire correspondent reports.');
    expect(record.source.outlet).toBe('SteppeWire');
  });

  it('does not take an outlet that is only quoted ("reported Interfax")', () => {
    expect(parsePressRelease('The heads of the two services met in Minsk, reported Interfax on Monday.').source.outlet).toBeNull();
  });

  it('lets the caller\'s outlet win', () => {
    expect(parseRelease('tashkent-talks', { outlet: 'My Feed' }).source.outlet).toBe('My Feed');
  });
});
