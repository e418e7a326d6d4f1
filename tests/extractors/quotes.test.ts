import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { BILATERAL_TALKS, QUOTES_AND_SCARE_QUOTES } from '../fixtures/entities/releases.js';

describe('quotes extractor', () => {
  it('splits a quote interrupted by "X said" and gives both parts the speaker', () => {
    const rec = parsePressRelease(BILATERAL_TALKS);
    expect(rec.quotes).toEqual([
      expect.objectContaining({ speaker: 'Nurlan Abenov', text: 'Our services face common threats, and only joint work can counter them,' }),
      expect.objectContaining({ speaker: 'Nurlan Abenov', text: 'We will keep sharing what we learn without delay.' }),
    ]);
    for (const q of rec.quotes) expect(rec.text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('leaves scare quotes and event titles out, and gives a quote from a body no speaker', () => {
    const rec = parsePressRelease(QUOTES_AND_SCARE_QUOTES);
    expect(rec.quotes.map((q) => [q.speaker, q.text])).toEqual([
      [null, 'The parties agreed to hold the next meeting in Tashkent in the autumn.'],
      ['Viktor Lebedev', 'Terrorist groups are adapting quickly to our measures,'],
    ]);
  });

  it('reads curly quotes and guillemets', () => {
    const curly = parsePressRelease('The minister Olga Petrova said: \u201cWe will not allow our territory to be used against our neighbours.\u201d');
    expect(curly.quotes.map((q) => q.speaker)).toEqual(['Olga Petrova']);
    const guillemets = parsePressRelease('\u00abThe council reviewed the results of the year and approved the plans\u00bb, the press release stated.');
    expect(guillemets.quotes).toEqual([expect.objectContaining({ speaker: null, text: 'The council reviewed the results of the year and approved the plans' })]);
  });

  it('reads a short quotation that the words after it attribute ("...," he said), but no short scare-quoted phrase', () => {
    const rec = parsePressRelease(
      'NAIROBI, 3 June 2025 - Police chiefs of the region met in Nairobi on Tuesday. "Criminals know no borders," Inspector General Douglas Kanja said. "Never again!" added the Ugandan delegate, Abbas Byakagaba. Delegates discussed "hybrid threats", the police said.',
    );
    expect(rec.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Douglas Kanja', 'Criminals know no borders,'],
      ['Abbas Byakagaba', 'Never again!'],
    ]);
    const named = parsePressRelease('The drill, codenamed "Steppe Shield," officials said, will run for a week.');
    expect(named.quotes).toEqual([]);
  });

  it('ignores unpaired closing marks', () => {
    expect(parsePressRelease('The plans were approved," said the deputy chairman. The next meeting is in China," he added.').quotes).toEqual([]);
  });

  it('takes the speaker from "according to X" and "X told reporters"', () => {
    const rec = parsePressRelease(
      'Air Vice-Marshal Tan Boon Huat chaired the session in Singapore. According to Tan, "the region must pool its intelligence." "No agency can do it alone," Tan told reporters.',
    );
    expect(rec.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Tan Boon Huat', 'the region must pool its intelligence.'],
      ['Tan Boon Huat', 'No agency can do it alone,'],
    ]);
    const q = rec.quotes[0];
    expect(q && rec.text.slice(q.span.start, q.span.end)).toBe('the region must pool its intelligence.');
    expect(parsePressRelease('According to the ministry, "all borders remain closed to traffic."').quotes.map((x) => x.speaker)).toEqual([null]);
  });

  it('reads a quotation in single quotation marks, but not apostrophes or a scare-quoted name', () => {
    const rec = parsePressRelease("NIS Director General Noordin Haji said: 'Our services must share information faster than the networks move.' The services' heads also discussed 'Operation Linda Boni' at length.");
    expect(rec.quotes.map((q) => [q.text, q.speaker])).toEqual([['Our services must share information faster than the networks move.', 'Noordin Haji']]);
  });

  it('gives a quote attributed by title alone ("the SBU chief said", "the Kenyan minister said") to the one person of that body or country', () => {
    const body = parsePressRelease(
      'Head of the Security Service of Ukraine Vasyl Maliuk received a Moldovan delegation in Kyiv. "We cannot let the border become a corridor for saboteurs," the SBU chief said.',
    );
    expect(body.quotes.map((q) => q.speaker)).toEqual(['Vasyl Maliuk']);
    const country = parsePressRelease(
      'Kenyan Interior Minister Kipchumba Murkomen met Ugandan Security Minister Jim Muhwezi in Kampala. "Our officers will patrol the lake together from next month," the Kenyan minister said.',
    );
    expect(country.quotes.map((q) => q.speaker)).toEqual(['Kipchumba Murkomen']);
    const two = parsePressRelease(
      'Kenyan Interior Minister Kipchumba Murkomen met Ugandan Security Minister Jim Muhwezi in Kampala. "Our officers will patrol the lake together from next month," the minister said.',
    );
    expect(two.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('leaves a tail verb with no subject ("..." and urged) to the lead "X said that"', () => {
    const rec = parsePressRelease(
      'Inspector General Douglas Kanja opened the meeting. In his remarks, Kanja said that the region faced "threats that move faster than our laws and our borders," and urged closer work.',
    );
    expect(rec.quotes.map((q) => [q.speaker, q.text])).toEqual([['Douglas Kanja', 'threats that move faster than our laws and our borders,']]);
  });

  it('reads a quotation of several paragraphs, each but the last left open, as one quote', () => {
    const text = 'Commissioner General Grace Banda opened the forum in Lusaka.\n\n\u201cCriminal networks do not respect our borders.\n\n\u201cOnly shared data will let us stay ahead of them,\u201d she said.';
    const rec = parsePressRelease(text);
    expect(rec.quotes.map((q) => q.speaker)).toEqual(['Grace Banda']);
    const q = rec.quotes[0];
    expect(q?.text.startsWith('Criminal networks do not respect our borders.')).toBe(true);
    expect(q?.text.endsWith('Only shared data will let us stay ahead of them,')).toBe(true);
    expect(q && rec.text.slice(q.span.start, q.span.end)).toBe(q?.text);
    const closed = parsePressRelease('Grace Banda opened the forum.\n\n"We met in Lusaka."\n\n"Only shared data will let us stay ahead of them," she said.');
    expect(closed.quotes.map((x) => x.text)).toEqual(['We met in Lusaka.', 'Only shared data will let us stay ahead of them,']);
  });

  it('reads words a speech verb introduces ("stressed that "...".") as a quote, with the period outside', () => {
    const rec = parsePressRelease('In her address, Commissioner General Grace Banda stressed that "no agency in the region can stop these networks alone".');
    expect(rec.quotes.map((q) => [q.speaker, q.text])).toEqual([['Grace Banda', 'no agency in the region can stop these networks alone']]);
    expect(parsePressRelease('The forum of the Member States "Safe borders for a shared future" closed in Lusaka.').quotes).toEqual([]);
  });

  it('attributes a quote to the one person a capitalised or hyphenated title names ("the Inspector-General said")', () => {
    const rec = parsePressRelease('LOME – Inspector-General Yao Kpatcha Agbo opened the talks.\n\n"Our borders are long and our resources are few," the Inspector-General said.');
    expect(rec.quotes.map((q) => [q.speaker, q.text])).toEqual([['Yao Kpatcha Agbo', 'Our borders are long and our resources are few,']]);
  });

  it('attributes a quote to the one person a field\'s noun and a head noun name ("the police chief said")', () => {
    const rec = parsePressRelease('LOME – Police chief Yao Kpatcha Agbo opened the talks.\n\n"Our borders are long and our resources are few," the police chief said.');
    expect(rec.quotes.map((q) => q.speaker)).toEqual(['Yao Kpatcha Agbo']);
  });

  it('attributes no quote when a capitalised title fits two people ("the Director said")', () => {
    const rec = parsePressRelease('LOME – Director Kossi Amegah and Director Afi Mensah opened the talks. "Our borders are long and our resources are few," the Director said.');
    expect(rec.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('attributes a quote introduced by a participle of speech ("..., adding: "...", "noting that "..."")', () => {
    const rec = parsePressRelease('LOME – Inspector-General Yao Kpatcha Agbo closed the talks, adding: "Our borders are long and our resources are few." He left for Kara, noting that "the next round will be held in the north of the country."');
    expect(rec.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Yao Kpatcha Agbo', 'Our borders are long and our resources are few.'],
      ['Yao Kpatcha Agbo', 'the next round will be held in the north of the country.'],
    ]);
  });
});
