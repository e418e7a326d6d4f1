import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('layout: header, stamps and body', () => {
  it('takes the headline below a masthead and a page stamp', () => {
    const record = parseRelease('ankara-conference');
    expect(record.headline).toBe('Heads of special services of Turkic states met in Ankara');
    expect(record.text.indexOf(record.headline ?? '-')).toBeGreaterThan(0);
  });

  it('cuts a trailing page date and time off a headline', () => {
    const record = parsePressRelease(' date 2021-06-03 Security chiefs agree to share data Thursday, June 3, 2021 12:00:25 PM\n\nThe heads of the services met in Minsk on Wednesday and agreed to share data.');
    expect(record.headline).toBe('Security chiefs agree to share data');
  });

  it('sees a release without a header as all body', () => {
    const record = parsePressRelease('The heads of the special services of Kazakhstan and Kyrgyzstan met in Bishkek on 3 March 2024.');
    expect(record.headline).toBeNull();
    expect(record.event.location).toEqual({ city: 'Bishkek', country: 'KG' });
  });

  it('drops menu, search and font-size lines above the header as page chrome, not an outlet', () => {
    const record = parsePressRelease('Main menu\nSearch\nA A A\n\nBorder guards of Latvia and Lithuania hold talks\n\nThe heads of the border guard services of Latvia and Lithuania met in Riga on 14 May 2024 to discuss joint patrols.');
    expect(record.text.startsWith('Border guards of Latvia')).toBe(true);
    expect(record.headline).toBe('Border guards of Latvia and Lithuania hold talks');
    expect(record.source.outlet).toBeNull();
  });
});
