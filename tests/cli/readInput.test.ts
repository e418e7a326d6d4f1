import { describe, expect, it } from 'vitest';
import { describeFsError, isHtml } from '../../src/cli/readInput.js';

describe('isHtml', () => {
  it('trusts an .html, .htm or .xhtml extension', () => {
    expect(isHtml('news/page.HTML', 'Plain words')).toBe(true);
    expect(isHtml('page.htm', '')).toBe(true);
  });

  it('recognises a page or fragment by how it begins', () => {
    expect(isHtml('-', '\ufeff  <!DOCTYPE html><html>')).toBe(true);
    expect(isHtml('release.txt', '<html lang="en">')).toBe(true);
    expect(isHtml('-', '\n<p>Baku, May 3.</p>')).toBe(true);
    expect(isHtml('-', '<!-- saved page --><div>')).toBe(true);
  });

  it('leaves plain releases as text, even when they mention tags or angle brackets', () => {
    expect(isHtml('release.txt', 'Baku, May 3. The <p> tag is not a release.')).toBe(false);
    expect(isHtml('-', '<<Security>> conference opens in Baku')).toBe(false);
    expect(isHtml('-', '<pre-release notice> Baku, May 3.')).toBe(false);
  });
});

describe('describeFsError', () => {
  it('says in plain words what went wrong', () => {
    expect(describeFsError(Object.assign(new Error('ENOENT: x'), { code: 'ENOENT' }))).toBe('no such file or directory');
    expect(describeFsError(Object.assign(new Error('odd failure'), { code: 'EWHAT' }))).toBe('odd failure');
    expect(describeFsError('plain')).toBe('plain');
  });
});
