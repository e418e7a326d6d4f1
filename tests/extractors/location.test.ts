import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

const where = (text: string): unknown => parsePressRelease(text).event.location;

describe('location', () => {
  it('reads a place given by a demonym: "the Kenyan capital", "the Saudi Arabian capital, Riyadh", "the Jordanian city of Aqaba"', () => {
    expect(where('The heads of the services held talks in the Kenyan capital on Monday.')).toEqual({ city: 'Nairobi', country: 'KE' });
    expect(where('The heads of the services held talks in the Saudi Arabian capital, Riyadh, on Monday.')).toEqual({ city: 'Riyadh', country: 'SA' });
    expect(where('The heads of the services held talks in the Kuwaiti capital, Kuwait, on Monday.')).toEqual({ city: 'Kuwait City', country: 'KW' });
    expect(where('Security chiefs of Iraq and Egypt met in the Jordanian city of Aqaba on Sunday.')).toEqual({ city: 'Aqaba', country: 'JO' });
  });

  it('takes the city after "in", with its country from the table', () => {
    expect(parseRelease('ankara-conference').event.location).toEqual({ city: 'Ankara', country: 'TR' });
  });

  it('reads "<City> hosted"', () => {
    expect(where('Baku hosted an international conference on Afghanistan, the service said.')).toEqual({ city: 'Baku', country: 'AZ' });
  });

  it('normalises a spelling variant after a glued comma', () => {
    expect(where('The conference was held on July 26, in Cholpan-Ata,Kyrgyzstan.')).toEqual({ city: 'Cholpon-Ata', country: 'KG' });
  });

  it('reads a city in a dated parenthesis', () => {
    expect(parseRelease('dushanbe-range').event.location).toEqual({ city: 'Dushanbe', country: 'TJ' });
  });

  it('reads a city missing from the table when the sentence shows a place', () => {
    expect(where('The seminar was held in Karakol, Kyrgyzstan on 3 May 2024.')).toEqual({ city: 'Karakol', country: 'KG' });
  });

  it('ignores the dateline city when the text places the event elsewhere', () => {
    expect(where('MINSK. BelNews - The recent meeting of the council in Bishkek discussed border security.')).toEqual({ city: 'Bishkek', country: 'KG' });
  });

  it('falls back to a country the event was held in, and not to a venue of a planned activity', () => {
    expect(where('The meeting was held in Mongolia on 3 May 2024.')).toEqual({ city: null, country: 'MN' });
    expect(where('It was decided to hold joint trainings in 2024 in China.')).toBeNull();
  });

  it('reads the destination of a visit', () => {
    expect(where('The director paid an official visit to Canberra from 3 to 5 April 2024.')).toEqual({ city: 'Canberra', country: 'AU' });
  });

  it('reads a city-state named like its country as the city, but not a capital named after its country', () => {
    expect(where('The forum brought together security chiefs from a dozen countries in Singapore.')).toEqual({ city: 'Singapore', country: 'SG' });
    expect(where('The talks were held in Kuwait on Monday.')).toEqual({ city: null, country: 'KW' });
  });

  it('does not read a list of places after "in" as a city and its country', () => {
    expect(where('The chiefs met to discuss the situation in Gaza, Sudan and Libya.')).toBeNull();
  });

  it('prefers a city in a sentence about the event to a place discussed before it', () => {
    expect(where('The directors reviewed the situation in Mosul after the recent attacks. The meeting was held in Baghdad on 3 May 2024.')).toEqual({ city: 'Baghdad', country: 'IQ' });
  });

  it('reads a place the table lacks after "held in" or "gathered in", and takes its country from where it was held', () => {
    const location = (text: string) => parsePressRelease(text).event.location;
    expect(location('The trilateral meeting was held in Pabbi on Monday.')).toEqual({ city: 'Pabbi', country: null });
    expect(location('The exercise took place in Pabbi, in the north. It was held in Pakistan for the third time.')).toEqual({ city: 'Pabbi', country: 'PK' });
    expect(location('The talks were held in English and Russian in a friendly atmosphere.')).toBeNull();
    expect(location('The meeting was held in May behind closed doors.')).toBeNull();
  });

  it('does not take the city of the next event for this one, and reads the country of "a visit to"', () => {
    const location = (text: string) => parsePressRelease(text).event.location;
    const visit = 'A delegation of the National Investigation Agency paid a working visit to Bangladesh on 29 January. Both sides agreed to hold the next round of talks in New Delhi.';
    expect(location(visit)).toEqual({ city: null, country: 'BD' });
    expect(location('The council met in Minsk on Tuesday. The next meeting will be held in Tashkent in the autumn.')).toEqual({ city: 'Minsk', country: 'BY' });
  });

  it('reads a city whose name starts with its country\'s ("Kuwait City hosted") and "in the Belarusian capital, Minsk"', () => {
    const location = (text: string) => parsePressRelease(text).event.location;
    expect(location('Kuwait City hosted the 23rd Gulf Security Summit on 13 December.')).toEqual({ city: 'Kuwait City', country: 'KW' });
    expect(location('The heads of the services held talks on Friday in the Belarusian capital, Minsk.')).toEqual({ city: 'Minsk', country: 'BY' });
    expect(location('The summit was held in Kuwait on 13 December.')).toEqual({ city: null, country: 'KW' });
  });

  it('reads the country a visitor is "visiting" as the venue', () => {
    expect(where('The Chief of the National Intelligence Agency of Kenya, who is currently visiting Uganda, held talks with his counterpart on Monday.')).toEqual({ city: null, country: 'UG' });
    expect(where('The director met officials of the police academy while visiting Accra on Tuesday.')).toEqual({ city: 'Accra', country: 'GH' });
  });

  it('takes the dateline\'s city for a visit to, or a meeting held in, the dateline\'s country, and not another country\'s', () => {
    expect(where('DHAKA, 30 January 2025 – A delegation of the National Investigation Agency of India paid a working visit to Bangladesh and held talks with the police leadership.')).toEqual({ city: 'Dhaka', country: 'BD' });
    expect(where('NAIROBI, 30 January 2025 – The Kenyan police chief is on a working visit to Uganda, where he held talks with his counterpart.')).toEqual({ city: null, country: 'UG' });
  });

  it('takes a place the table lacks before "near <city>" as the venue, in that city\'s country, but not a country so placed', () => {
    expect(where('Riga, 3 June 2025. The services held their annual retreat on 2 June in Jurmala, near Riga.')).toEqual({ city: 'Jurmala', country: 'LV' });
    expect(where('The border chiefs met on Monday in Kuwait, near Basra, to review the crossing.')).toEqual({ city: 'Basra', country: 'IQ' });
  });

  it('takes a dateline place the table lacks, with the country written after it, where the content names no venue', () => {
    expect(where('TACNA, Peru, 6 May 2025 – Talks were held on Monday between the police chiefs of the two countries.')).toEqual({ city: 'TACNA', country: 'PE' });
    expect(where('TACNA, 6 May 2025 – Talks were held on Monday between the police chiefs of Peru and Chile.')).toBeNull();
  });

  it('does not take a city named for a facility ("a joint training centre in X"), but does take one "at" a centre or a named centre\'s seat', () => {
    expect(where('ASUNCIÓN, 3 June 2025 – The ministers met on Monday. After the meeting, they praised the joint training centre in Foz do Iguaçu.')).toEqual({ city: 'Asunción', country: 'PY' });
    expect(where('The seminar was held at the regional training centre in Almaty on 3 May 2025.')).toEqual({ city: 'Almaty', country: 'KZ' });
    expect(where('During the visit, the guests were received by the head of the National Intelligence Center in Bogotá.')).toEqual({ city: 'Bogotá', country: 'CO' });
  });

  it('takes the dateline\'s city where the content names no venue, and only then', () => {
    const received = parsePressRelease('MUSCAT, Feb 11 (ONA) -- The Minister of the Interior received in his office today the Minister of Interior of the State of Kuwait.');
    expect([received.event.location, received.event.host?.country]).toEqual([{ city: 'Muscat', country: 'OM' }, 'OM']);
    expect(where('MOSCOW, Oct 9 (TASS) -- The heads of the security services of the CIS met in Minsk on Wednesday.')).toEqual({ city: 'Minsk', country: 'BY' });
  });

  it('reads "here" after a verb as the dateline\'s place, before a city named for a meeting still to come', () => {
    const text = 'AMMAN, March 4 (Petra) -- The 12th meeting of Arab police chiefs opened here on Tuesday. Its conclusions go to the interior ministers, whose session is scheduled to be held in Tunis in June.';
    const rec = parsePressRelease(text);
    expect([rec.event.location, rec.event.host?.country]).toEqual([{ city: 'Amman', country: 'JO' }, 'JO']);
    // "there" and "here is" are no venue.
    expect(where('AMMAN, March 4 (Petra) -- Here is the statement. The heads of the services met in Cairo on Tuesday.')).toEqual({ city: 'Cairo', country: 'EG' });
  });

  it('knows Brdo pri Kranju, the Slovenian venue of regional ministerial meetings, in a dateline and after "at"', () => {
    const rec = parsePressRelease('BRDO PRI KRANJU, Slovenia, 3 June 2025 (STA) – Police chiefs of the region met on Tuesday at Brdo pri Kranju.');
    expect([rec.source.dateline?.place, rec.event.location]).toEqual(['Brdo pri Kranju', { city: 'Brdo pri Kranju', country: 'SI' }]);
  });

  it('reads "here" after the event\'s own noun as the dateline\'s place, before a city named for a plan ("a meeting here", "the summit here")', () => {
    const text = 'NASSAU, Bahamas, May 8 (CMC) – Police commissioners ended a two-day meeting here on Wednesday and agreed to open a joint firearms desk in Kingston.';
    expect(where(text)).toEqual({ city: 'Nassau', country: 'BS' });
    expect(where('NASSAU, May 8 (CMC) – Delegates at the summit here agreed to open a joint firearms desk in Kingston.')).toEqual({ city: 'Nassau', country: 'BS' });
  });

  it('does not take the place of a named next event, a future event in a release about a past one, or the last one of the series', () => {
    expect(where('LIMA, May 7 (Andina) -- Police chiefs of the region met on Tuesday. The next Andean Police Chiefs Conference will be held in Ecuador in 2027.')).toEqual({ city: 'Lima', country: 'PE' });
    expect(where('ROME, Jan 9 (ANSA) -- The minister received his Albanian counterpart on Thursday to plan the regional forum, which Albania will host in Tirana in May.')).toEqual({ city: 'Rome', country: 'IT' });
    // A preview release: the future venue is this event's, and the last meeting's city is not.
    expect(where('The heads of the border services will meet in Almaty on Friday. The last meeting of the heads took place in 2024 in Bishkek.')).toEqual({ city: 'Almaty', country: 'KZ' });
  });

  it('reads a site that is no city ("at the X training ground in Kyrgyzstan", "in X region") as its country, or the dateline\'s', () => {
    expect(where('The tactical phase of the exercise ended on Friday at the Edelweiss training ground in Kyrgyzstan.')).toEqual({ city: null, country: 'KG' });
    expect(where('ASTANA, June 3 (Kazinform) -- The border drill was held on Tuesday in Mangystau region.')).toEqual({ city: null, country: 'KZ' });
  });

  it('reads a place the table lacks after "headquarters in", in the dateline\'s country', () => {
    expect(where('NAIROBI, May 6 (KNA) -- The two directors met on Tuesday at the NIS headquarters in Ruaraka.')).toEqual({ city: 'Ruaraka', country: 'KE' });
  });

  it('reads an earlier event in a relative clause ("which met last year") as no sign that this one took place, and "the last session" as this event\'s', () => {
    expect(where('The council of border chiefs, which met last year, will meet in Almaty on Friday.')).toEqual({ city: 'Almaty', country: 'KZ' });
    expect(where('At the last session in Tashkent on Friday, the delegates adopted the plan.')).toEqual({ city: 'Tashkent', country: 'UZ' });
  });

  it('reads "in the capital Ankara" as the venue, before a place named for something agreed there', () => {
    expect(where('The intelligence chief received his Iraqi counterpart in the capital Ankara on Tuesday. They agreed to open a joint centre in Baghdad.')).toEqual({ city: 'Ankara', country: 'TR' });
  });

  it('reads a city after "the (Turkish) resort city of", "the Red Sea resort of", and an unknown city with its country in brackets', () => {
    const place = (text: string) => parsePressRelease(text).event.location;
    expect(place('The meeting was held in the Turkish resort city of Antalya on 3 May 2025.')).toEqual({ city: 'Antalya', country: 'TR' });
    expect(place('The meeting was held in the Egyptian Red Sea resort of Sharm el-Sheikh on 3 May 2025.')).toEqual({ city: 'Sharm el-Sheikh', country: 'EG' });
    expect(place('The conference took place in the coastal town of Ruwais (United Arab Emirates) on 3 May 2025.')).toEqual({ city: 'Ruwais', country: 'AE' });
  });

  it('takes no sentence about "organised crime in" a city for a sentence about the event', () => {
    const text = 'The chiefs called for a regional centre against organised crime in Cebu. Their meeting was held on Tuesday at a hotel in Davao.';
    expect(where(text)).toEqual({ city: 'Davao', country: 'PH' });
  });
});
