import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('eventDates', () => {
  it('resolves a year-less "On October 19" against the page date', () => {
    const record = parsePressRelease('Events 20 October 2022\n\nOn October 19, the international conference on regional security was held in Tashkent with many delegations.');
    expect([record.event.startDate, record.event.endDate, record.event.dateInferred]).toEqual(['2022-10-19', null, false]);
  });

  it('resolves against the caller\'s publishedAt, rolling back a year only for a past event', () => {
    const past = parsePressRelease('The meeting was held in Minsk on December 28.', { publishedAt: '2024-01-03' });
    expect(past.event.startDate).toBe('2023-12-28');
    const future = parsePressRelease('The meeting will be held in Minsk on January 10.', { publishedAt: '2023-12-20' });
    expect(future.event.startDate).toBe('2024-01-10');
  });

  it('reads ranges: "from 12 to 14 May 2024" and "(30 September - 2 October 2024, Dushanbe)"', () => {
    expect([parseRelease('ankara-conference').event.startDate, parseRelease('ankara-conference').event.endDate]).toEqual(['2024-05-12', '2024-05-14']);
    const record = parseRelease('dushanbe-range');
    expect([record.event.startDate, record.event.endDate]).toEqual(['2024-09-30', '2024-10-02']);
  });

  it('reads "on 3-4 June" against the publication year', () => {
    const record = parsePressRelease('The talks were held on 3-4 June in Baku.', { publishedAt: '2024-06-05' });
    expect([record.event.startDate, record.event.endDate]).toEqual(['2024-06-03', '2024-06-04']);
  });

  it('dates an announcement "will meet on Tuesday" from the dateline, ignoring "said on Sunday"', () => {
    expect(parseRelease('minsk-announcement').event.startDate).toBe('2023-06-13');
  });

  it('reads "yesterday" against the dateline', () => {
    expect(parseRelease('tashkent-talks').event.startDate).toBe('2024-03-04');
  });

  it('takes a same-day dateline when no date is stated for the event, and marks it inferred', () => {
    const record = parsePressRelease('Baku, April 29, AZERTAC\n\nBaku hosted an international conference on regional security, gathering delegations from 20 countries.', { publishedAt: '2025-04-29' });
    expect([record.event.startDate, record.event.dateInferred]).toEqual(['2025-04-29', true]);
  });

  it('warns when a stated weekday does not fit the date, with the span of the date', () => {
    const record = parseRelease('baku-weekday');
    const warning = record.warnings.find((w) => w.code === 'weekday-mismatch');
    expect(warning?.message).toBe('May 9, 2025 is a Friday, not a Tuesday');
    expect(warning?.span && record.text.slice(warning.span.start, warning.span.end)).toBe('Tuesday, May 9, 2025');
  });

  it('does not warn when the weekday fits', () => {
    const record = parsePressRelease('The forum opened on Tuesday, May 9, 2023, in Baku.');
    expect(record.warnings).toEqual([]);
    expect(record.event.startDate).toBe('2023-05-09');
  });

  it('leaves the date null when the text does not fix it', () => {
    expect(parsePressRelease('The forum opened on May 9 in Baku.').event.startDate).toBeNull();
  });

  it('reads an end written apart from a one-day start: "closed on", "ends on Friday", "until"', () => {
    const dates = (text: string) => {
      const e = parsePressRelease(text, { publishedAt: '2025-03-14' }).event;
      return [e.startDate, e.endDate];
    };
    expect(dates('The conference of intelligence chiefs opened in Kampala on 11 March and closed on 13 March.')).toEqual(['2025-03-11', '2025-03-13']);
    expect(dates('The forum opened in Kigali on Wednesday. It ends on Friday.')).toEqual(['2025-03-12', '2025-03-14']);
    expect(dates('The workshop was held on 10 March; the next one is planned for 2 April.')).toEqual(['2025-03-10', null]);
  });

  it('reads a first date written as the end with the opening written after it: "ended on Friday ... opened on Wednesday"', () => {
    const dates = (text: string) => {
      const e = parsePressRelease(text, { publishedAt: '2025-03-14' }).event;
      return [e.startDate, e.endDate];
    };
    expect(dates('A three-day seminar on border security ended on Friday in Almaty. The seminar, which opened on Wednesday, was attended by 40 officers.')).toEqual([
      '2025-03-12',
      '2025-03-14',
    ]);
    expect(dates('The conference ended on 13 March in Kampala.')).toEqual(['2025-03-13', null]);
    // How long it ran, said with its end, gives the start.
    expect(dates('The intelligence chiefs concluded a three-day meeting in Arusha on Friday.')).toEqual(['2025-03-12', '2025-03-14']);
    // Said after the end ("after two days of talks"), too; a length said after an opening gives nothing.
    expect(dates('The police chiefs conference concluded in Doha yesterday after two days of deliberations.')).toEqual(['2025-03-12', '2025-03-13']);
    expect(dates('The conference opened on 12 March after three days of preparatory talks.')).toEqual(['2025-03-12', null]);
    // Said with its opening, it gives the end.
    expect(dates('A three-day meeting of the intelligence chiefs opens in Arusha on Friday.')).toEqual(['2025-03-14', '2025-03-16']);
  });

  it('reads the tense of the clause that leads to a weekday before that of its sentence', () => {
    const rec = parsePressRelease('Kampala, 18 September 2024. The conference opened in Kampala on Monday and will run until Wednesday.');
    expect([rec.event.startDate, rec.event.endDate]).toEqual(['2024-09-16', '2024-09-18']);
    const ahead = parsePressRelease('Kampala, 18 September 2024. The heads of delegation met informally, and the conference will open on Monday.');
    expect(ahead.event.startDate).toBe('2024-09-23');
  });

  it('gives the end from "N-day" said with the start or in the next sentence, never with a date that is an end', () => {
    const next = parsePressRelease('The forum of border chiefs opened on Tuesday, 4 March 2025, in Nairobi. The four-day forum will review the joint patrols.');
    expect([next.event.startDate, next.event.endDate]).toEqual(['2025-03-04', '2025-03-07']);
    const which = parsePressRelease('The two-day workshop, which started on Thursday, 6 February 2025, brought together customs officers.');
    expect([which.event.startDate, which.event.endDate]).toEqual(['2025-02-06', '2025-02-07']);
    const ended = parsePressRelease('The three-day drill ended on 9 May 2025 near Osh.');
    expect([ended.event.startDate, ended.event.endDate]).toEqual(['2025-05-07', '2025-05-09']);
  });

  it('infers no date from the dateline when the lead says "last week" or "recently"', () => {
    const rec = parsePressRelease('Tbilisi, April 3, 2025 (GPB) -- The seminar on cyber security was held in Tbilisi last week.');
    expect([rec.event.startDate, rec.event.dateInferred]).toEqual([null, false]);
    const today = parsePressRelease('Tbilisi, April 3, 2025 (GPB) -- The seminar on cyber security was held in Tbilisi.');
    expect([today.event.startDate, today.event.dateInferred]).toEqual(['2025-04-03', true]);
  });

  it('gives the end from a later "N-day <noun of the event\'s kind>", not from another kind of event', () => {
    const later = parsePressRelease('The 5th regional seminar opened on Monday, 2 June 2025, in Dakar. Police chiefs of the region attended. The three-day seminar will review border controls.');
    expect([later.event.startDate, later.event.endDate]).toEqual(['2025-06-02', '2025-06-04']);
    const other = parsePressRelease('The 5th regional seminar opened on Monday, 2 June 2025, in Dakar. Police chiefs of the region attended. A three-day exercise follows in July.');
    expect([other.event.startDate, other.event.endDate]).toEqual(['2025-06-02', null]);
  });

  it('takes no date of a preceding or following sitting ("was preceded by the 14th senior officials\' meeting on 11 March")', () => {
    const before = parsePressRelease(
      'Jakarta, 13 March 2025 - The 9th Ministerial Meeting on Maritime Security opened today in Jakarta. The meeting was preceded by the 14th Senior Officials Meeting on 11 March.',
    );
    expect([before.event.startDate, before.event.dateInferred]).toEqual(['2025-03-13', false]);
    const after = parsePressRelease(
      'Jakarta, 13 March 2025 - Ministers met in Jakarta on 12 March. The talks were followed by the 3rd Joint Commission meeting on 14 March in Bandung.',
    );
    expect([after.event.startDate, after.event.endDate]).toEqual(['2025-03-12', null]);
    // A working dinner is no sitting: the date after it is the event's.
    const dinner = parsePressRelease('Jakarta, 13 March 2025 - The meeting, which was preceded by a working dinner, took place on 12 March in Jakarta.');
    expect(dinner.event.startDate).toBe('2025-03-12');
  });

  it('takes the day the lead gives ("was held today") before a date stated later for a side meeting', () => {
    const rec = parsePressRelease(
      'Hanoi, 20 November 2025 - The annual consultation of the border police chiefs was held today in Hanoi. Observers from Cambodia joined a side meeting on 21 November.',
    );
    expect([rec.event.startDate, rec.event.endDate, rec.event.dateInferred]).toEqual(['2025-11-20', null, false]);
  });

  it('reads two weekdays joined by "and" as the first and last days ("on Wednesday and Thursday")', () => {
    const rec = parsePressRelease('RIGA, 12 March 2025 – The heads of the security services gathered in Riga on Tuesday and Wednesday for their annual consultations.');
    expect([rec.event.startDate, rec.event.endDate]).toEqual(['2025-03-11', '2025-03-12']);
  });

  it('infers no date from the dateline when the lead says "this week" or "over the weekend"', () => {
    const week = parsePressRelease('Kigali, 3 May 2025 - Intelligence chiefs of the region held a closed-door meeting in Kigali this week.');
    expect([week.event.startDate, week.event.dateInferred]).toEqual([null, false]);
    const weekend = parsePressRelease('Kigali, 5 May 2025 - Intelligence chiefs of the region met in Kigali over the weekend.');
    expect(weekend.event.startDate).toBeNull();
  });

  it('reads a date followed by "at the close of their three-day conference" as the last day', () => {
    const rec = parsePressRelease('APIA, Samoa, 14 August 2024 – Police chiefs on Wednesday adopted the Apia Declaration at the close of their three-day conference.');
    expect([rec.event.startDate, rec.event.endDate]).toEqual(['2024-08-12', '2024-08-14']);
  });

  it('does not count an "N-day" meeting from the date when the meeting has its own range of N days ("on Monday 9 June ... a two-day meeting held on 8 and 9 June")', () => {
    const rec = parsePressRelease(
      'LISBON, 10 June 2025 – Portugal and Cabo Verde signed a police cooperation protocol on Monday 9 June in Lisbon.\n\nThe protocol was signed by the two ministers on the sidelines of a two-day meeting of Lusophone interior ministers held on 8 and 9 June.',
    );
    expect([rec.event.startDate, rec.event.endDate]).toEqual(['2025-06-09', null]);
  });

  it('still counts an "N-day" meeting from its start when the date after it is another thing\'s ("The three-day meeting will review the plan adopted on 1 February")', () => {
    const rec = parsePressRelease('LISBON, 10 June 2025 – The meeting opened on 9 June in Lisbon. The three-day meeting will review the plan adopted on 1 February.');
    expect([rec.event.startDate, rec.event.endDate]).toEqual(['2025-06-09', '2025-06-11']);
  });
});
