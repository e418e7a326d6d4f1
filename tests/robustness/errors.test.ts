import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePressRelease, PressRecordSchema, safeParsePressRelease, SecpressError, type SecpressErrorCode } from '../../src/index.js';
import { runs, SLOW } from './settings.js';

/** Calls past the type checker, as JavaScript callers and bad data do. */
const parseUntyped = parsePressRelease as (text: unknown, options?: unknown) => unknown;
const safeParseUntyped = safeParsePressRelease as (text: unknown, options?: unknown) => ReturnType<typeof safeParsePressRelease>;

/** The code of the SecpressError `call` throws (fails if it throws anything else, or nothing). */
function codeThrownBy(call: () => unknown): SecpressErrorCode {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(SecpressError);
    expect(error).toBeInstanceOf(Error);
    expect((error as SecpressError).name).toBe('SecpressError');
    return (error as SecpressError).code;
  }
  throw new Error('expected a SecpressError, but nothing was thrown');
}

const RELEASE = 'Baku, May 12, AzerNews. The heads of the security services of Azerbaijan and Georgia met in Baku.';
const MIB = 1024 * 1024;

describe('a non-string release is refused with code invalid-input', () => {
  it.each([
    ['a number', 42],
    ['NaN', Number.NaN],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: RELEASE }],
    ['an array', [RELEASE]],
    ['a Buffer', Buffer.from(RELEASE)],
    ['a boxed String', new String(RELEASE)],
    ['a symbol', Symbol('release')],
    ['a bigint', 10n],
    ['a function', () => RELEASE],
  ])('%s', (_label, input) => {
    expect(codeThrownBy(() => parseUntyped(input))).toBe('invalid-input');
  });

  it('says what it got instead', () => {
    expect(() => parseUntyped(null)).toThrow('Expected the release as a string, got null');
    expect(() => parseUntyped(Buffer.from('x'))).toThrow('Expected the release as a string, got object');
  });
});

describe('an input over maxLength is refused with code input-too-long', () => {
  it('accepts exactly 1 MiB by default and refuses one unit more', () => {
    expect(parsePressRelease('a'.repeat(MIB)).text).toHaveLength(MIB);
    expect(codeThrownBy(() => parsePressRelease('a'.repeat(MIB + 1)))).toBe('input-too-long');
  });

  it('counts the raw input in UTF-16 units against a custom maxLength, before normalisation', () => {
    expect(parsePressRelease(RELEASE, { maxLength: RELEASE.length }).text).toBe(RELEASE);
    expect(codeThrownBy(() => parsePressRelease(RELEASE, { maxLength: RELEASE.length - 1 }))).toBe('input-too-long');
    // Ten spaces normalise to nothing, but they were still sent.
    expect(codeThrownBy(() => parsePressRelease(' '.repeat(10), { maxLength: 9 }))).toBe('input-too-long');
    // One emoji is two UTF-16 units.
    expect(codeThrownBy(() => parsePressRelease('\u{1f600}', { maxLength: 1 }))).toBe('input-too-long');
  });

  it('says how long the input was and what the limit is', () => {
    expect(() => parsePressRelease('x'.repeat(20), { maxLength: 10 })).toThrow('The release has 20 characters, more than maxLength (10)');
  });
});

describe('invalid options are refused with code invalid-options and the path of the option', () => {
  it.each<[string, unknown, string]>([
    ['an impossible date', { publishedAt: '2023-02-30' }, 'publishedAt'],
    ['a date in words', { publishedAt: 'yesterday' }, 'publishedAt'],
    ['a date with a time', { publishedAt: '2024-03-03T10:00:00Z' }, 'publishedAt'],
    ['an Invalid Date', { publishedAt: new Date(Number.NaN) }, 'publishedAt'],
    ['a Date after the year 9999', { publishedAt: new Date(8.64e15) }, 'publishedAt'],
    ['a Date before the year 0', { publishedAt: new Date(-8.64e15) }, 'publishedAt'],
    ['a timestamp', { publishedAt: 1_700_000_000_000 }, 'publishedAt'],
    ['an unknown key', { publisher: 'AZERTAC' }, ''],
    ['a misspelt key', { maxlength: 10 }, ''],
    ['a negative maxLength', { maxLength: -1 }, 'maxLength'],
    ['a zero maxLength', { maxLength: 0 }, 'maxLength'],
    ['a fractional maxLength', { maxLength: 1.5 }, 'maxLength'],
    ['an infinite maxLength', { maxLength: Number.POSITIVE_INFINITY }, 'maxLength'],
    ['maxLength as a string', { maxLength: '100' }, 'maxLength'],
    ['outlet as a number', { outlet: 42 }, 'outlet'],
    ['an empty url', { url: '' }, 'url'],
    ['a null id', { id: null }, 'id'],
  ])('%s', (_label, options, path) => {
    expect(codeThrownBy(() => parseUntyped(RELEASE, options))).toBe('invalid-options');
    const result = safeParseUntyped(RELEASE, options);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it.each<[string, unknown]>([
    ['a string', 'AZERTAC'],
    ['a number', 7],
    ['an array', []],
    ['a function', () => ({})],
  ])('options given as %s', (_label, options) => {
    expect(codeThrownBy(() => parseUntyped(RELEASE, options))).toBe('invalid-options');
  });

  it('accepts no options, undefined, null, and Dates within the years 0 to 9999', () => {
    expect(parseUntyped(RELEASE)).toBeTruthy();
    expect(parseUntyped(RELEASE, undefined)).toBeTruthy();
    expect(parseUntyped(RELEASE, null)).toBeTruthy();
    expect(parsePressRelease(RELEASE, { publishedAt: new Date(2024, 2, 3) }).source.publishedAt).toBe('2024-03-03');
    expect(parsePressRelease(RELEASE, { publishedAt: new Date(9999, 11, 31) }).source.publishedAt).toBe('9999-12-31');
  });

  it('refuses the options rather than the call when an option getter throws', () => {
    const hostile = {
      get publishedAt(): string {
        throw Object.create(null);
      },
    };
    expect(codeThrownBy(() => parseUntyped(RELEASE, hostile))).toBe('invalid-options');
    expect(() => parseUntyped(RELEASE, hostile)).toThrow('The options could not be read: a value that cannot be shown');
  });

  it('checks the options before the release', () => {
    expect(codeThrownBy(() => parseUntyped(42, { maxLength: -1 }))).toBe('invalid-options');
  });
});

describe('safeParsePressRelease never throws', () => {
  const CODES: readonly SecpressErrorCode[] = ['invalid-input', 'input-too-long', 'invalid-options'];

  /** The outcome is either a record that validates or a SecpressError with a known code. */
  function expectWellFormed(result: ReturnType<typeof safeParsePressRelease>): void {
    if (result.success) {
      expect(PressRecordSchema.safeParse(result.data).success).toBe(true);
    } else {
      expect(result.error).toBeInstanceOf(SecpressError);
      expect(CODES).toContain(result.error.code);
    }
  }

  it('for anything as the release and anything as the options', SLOW, () => {
    const anything = fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withObjectString: true });
    fc.assert(
      fc.property(anything, anything, (text, options) => {
        expectWellFormed(safeParseUntyped(text, options));
      }),
      runs(400),
    );
  });

  it('for any string with anything, or with plausible but wrong options', SLOW, () => {
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        {
          publishedAt: fc.oneof(fc.string(), fc.date()),
          url: fc.string(),
          outlet: fc.string(),
          id: fc.string(),
          maxLength: fc.oneof(fc.integer(), fc.double()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(fc.string(), options, (text, given) => {
        expectWellFormed(safeParseUntyped(text, given));
      }),
      runs(400),
    );
  });

  it('for hostile objects: throwing getters and proxies, as release or options', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw Object.create(null);
        },
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const value of [trap, revocable.proxy, Object.create(null)]) {
      expect(() => safeParseUntyped(value)).not.toThrow();
      expect(() => safeParseUntyped(RELEASE, value)).not.toThrow();
      expectWellFormed(safeParseUntyped(RELEASE, value));
    }
  });

  it('reports the same codes as parsePressRelease throws', () => {
    const tooLong = safeParsePressRelease('x'.repeat(11), { maxLength: 10 });
    expect(tooLong.success ? null : tooLong.error.code).toBe('input-too-long');
    const notString = safeParseUntyped(undefined);
    expect(notString.success ? null : notString.error.code).toBe('invalid-input');
  });
});
