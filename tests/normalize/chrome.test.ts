import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../src/normalize/chrome.js';
import { normalizeText } from '../../src/normalize/normalize.js';

describe('stripChrome', () => {
  it('drops whole chrome lines, with or without a colon', () => {
    expect(stripChrome('Body.\nAll news\nShare the news:\nPrint')).toBe('Body.\n\n\n');
  });

  it('drops a row of chrome links ("Share | Print", "Share  Print", "Facebook Twitter Telegram"), but not a line with other words', () => {
    expect(stripChrome('Share | Print | Email\nThe heads met.\nShare  Print\nShare: Facebook Twitter Telegram')).toBe('\nThe heads met.\n\n');
    expect(stripChrome('Tags  Security  Baku\nThe heads met.')).toBe('Tags  Security  Baku\nThe heads met.');
  });

  it('drops a breadcrumb trail ("Home › News › Security", "Main page / Events / 2024"), but not a sentence that opens with "Home"', () => {
    expect(stripChrome('Home › News › Security\nThe heads met.\nMain page / Events / 2024')).toBe('\nThe heads met.\n');
    expect(stripChrome('Home affairs ministers met in Baku | Talks went on.\nHome 12/05')).toBe('Home affairs ministers met in Baku | Talks went on.\nHome 12/05');
  });

  it('drops a breadcrumb trail written with guillemets, read after they become straight quotation marks', () => {
    expect(normalizeText('Home » News » Security\n\nHeads of border services met in Dushanbe.')).toBe('Heads of border services met in Dushanbe.');
  });

  it('drops a chrome line at the very start and keeps the lines around it as they are', () => {
    expect(stripChrome('Other news\nTashkent, 3 May.\n\nRead also\nThe council met.\n')).toBe('\nTashkent, 3 May.\n\n\nThe council met.\n');
    expect(stripChrome('Tashkent, 3 May.\nThe council met.')).toBe('Tashkent, 3 May.\nThe council met.');
  });

  it('drops the release markers that head a release, but not a sentence that names a press release', () => {
    expect(stripChrome('FOR IMMEDIATE RELEASE\n\nPolice chiefs meet in Lima\nPress Release:\nThe press release of the ministry said the talks went well.')).toBe(
      '\n\nPolice chiefs meet in Lima\n\nThe press release of the ministry said the talks went well.',
    );
  });

  it('drops a font-size widget inside a header line', () => {
    expect(stripChrome('date 2019-11-12 + ↺ − 16 px')).toBe('date 2019-11-12 ');
  });

  it('drops a reader aside in parentheses but keeps other parentheses', () => {
    expect(stripChrome('the exercise (click here to read more) and the Council (CHSSS)')).toBe('the exercise  and the Council (CHSSS)');
  });

  it('drops every reader aside of a text, one right after another too, and keeps a parenthesis inside none', () => {
    const text = 'The (joint) drill (Tap here for photos)(see more on the site) ended (read more) in Suva (Fiji).';
    expect(stripChrome(text)).toBe('The (joint) drill  ended  in Suva (Fiji).');
  });

  it('drops a chrome line whose first word has a letter that folds away ("Prínt"), but no row of them', () => {
    expect(stripChrome('Talks in Suva.\nPrínt\nThe chiefs met.')).toBe('Talks in Suva.\n\nThe chiefs met.');
    expect(stripChrome('Talks in Suva.\nShåre | Print')).toBe('Talks in Suva.\nShåre | Print');
  });

  it('drops a line a chrome label and a colon open ("Related news: ...", "Tags: ..."), but not a sentence with a colon', () => {
    const text = 'Police chiefs met in Jakarta.\nRelated news: Unit 88 arrests five suspects in Java\nTags: terrorism, police\nThe chief said: "We act together."';
    expect(stripChrome(text)).toBe('Police chiefs met in Jakarta.\n\n\nThe chief said: "We act together."');
  });
});
