/**
 * A check-only form of a zod schema: whether a value already is what the schema would output,
 * answered without building the output. `safeParse` copies every object and array it passes and
 * allocates a payload per value; the parser checks every record it emits, so this check walks
 * the value in place and allocates nothing when it conforms.
 *
 * The check is derived from the schema itself, never restated: objects, arrays, nullable and
 * optional wrappers are walked here, strings, numbers, booleans and enums are told by the type
 * test of zod's parse, and every check and refinement (lengths, patterns, integers, `refine`) is
 * zod's own, run on the value as it stands. A value conforms only when `safeParse` would succeed
 * and return a deep copy of it: same keys in the schema's order, no key the schema would strip,
 * no `undefined` standing for an absent optional key, and only plain objects. Anything else (a
 * schema kind not handled here, a value that would be reshaped) says "does not conform", and the
 * caller falls back to `safeParse`.
 * @module
 */
import type { z } from 'zod';

/** The zod internals this walk reads: the definition, the check hooks and an enum's values (`schema._zod`). */
interface Internals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly { readonly _zod: Internals }[];
    readonly shape?: Readonly<Record<string, { readonly _zod: Internals }>>;
    readonly catchall?: unknown;
    readonly element?: { readonly _zod: Internals };
    readonly innerType?: { readonly _zod: Internals };
    readonly when?: (payload: Payload) => boolean;
  };
  readonly check?: (payload: Payload) => unknown;
  readonly values?: ReadonlySet<unknown>;
}

/** The mutable payload zod's check hooks read and write. */
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** A compiled check of one schema node. */
type Check = (value: unknown) => boolean;

/** One payload, reused by every check: a check adds to its issues only when it fails, and the walk stops there. */
const payload: Payload = { value: undefined, issues: [] };

/** Runs zod's own checks and refinements of a schema on `value` (already of the schema's type), as zod would after parsing it. */
function passesChecks(checks: readonly { readonly _zod: Internals }[], value: unknown): boolean {
  payload.value = value;
  if (payload.issues.length !== 0) payload.issues = [];
  let ok = true;
  for (let i = 0; ok && i < checks.length; i++) {
    const check = (checks[i] as { readonly _zod: Internals })._zod;
    if (check.check === undefined) ok = false;
    else if (check.def.when === undefined || check.def.when(payload)) ok = !(check.check(payload) instanceof Promise) && payload.issues.length === 0;
  }
  payload.value = undefined;
  return ok;
}

/** A plain object: zod copies other objects into plain ones, so they would not come back as they are. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The type test of zod's parse of each leaf kind handled here: what passes is kept as it is. */
const LEAF_TYPES: Readonly<Record<string, Check>> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
};

/** Compiles the check of one schema node. */
function compile(node: Internals): Check {
  const { def } = node;
  const checks = def.checks ?? [];
  const leaf = def.type === 'enum' && node.values ? enumCheck(node.values) : LEAF_TYPES[def.type];
  if (leaf !== undefined) return checks.length === 0 ? leaf : (value) => leaf(value) && passesChecks(checks, value);
  if (def.type === 'nullable' && def.innerType) {
    const inner = compile(def.innerType._zod);
    return (value) => value === null || inner(value);
  }
  if (def.type === 'optional' && def.innerType) {
    // Only reached for a key that is present: `undefined` there would be copied as a key, not left out.
    const inner = compile(def.innerType._zod);
    return (value) => value !== undefined && inner(value);
  }
  if (def.type === 'array' && def.element) {
    const element = compile(def.element._zod);
    return (value) => {
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
      return checks.length === 0 || passesChecks(checks, value);
    };
  }
  if (def.type === 'object' && def.shape && def.catchall === undefined) return compileObject(def.shape, checks);
  return () => false;
}

/** An enum's test: one of its values. */
function enumCheck(values: ReadonlySet<unknown>): Check {
  return (value) => values.has(value);
}

/** Compiles the check of an object schema: its keys in order, each value, then the object's own checks. */
function compileObject(shape: Readonly<Record<string, { readonly _zod: Internals }>>, checks: readonly { readonly _zod: Internals }[]): Check {
  const keys = Object.keys(shape);
  const fields = keys.map((key) => compile((shape[key] as { readonly _zod: Internals })._zod));
  const optional = keys.map((key) => shape[key]?._zod.def.type === 'optional');
  return (value) => {
    if (!isPlainObject(value)) return false;
    let at = 0;
    for (const key in value) {
      while (at < keys.length && keys[at] !== key && optional[at] === true && !Object.hasOwn(value, keys[at] ?? '')) at++;
      if (at >= keys.length || keys[at] !== key) return false;
      if (!(fields[at] as Check)(value[key])) return false;
      at++;
    }
    for (; at < keys.length; at++) if (optional[at] !== true) return false;
    return checks.length === 0 || passesChecks(checks, value);
  };
}

/**
 * Compiles a check-only form of `schema`: a type guard that is true when `schema.safeParse(value)`
 * would succeed and return a deep copy of `value` (see the module's description). When it is
 * false the value may still parse, reshaped: ask `safeParse`.
 *
 * @example
 * ```ts
 * const isSpan = conformsTo(SpanSchema);
 * [isSpan({ start: 3, end: 7 }), isSpan({ start: 7, end: 3 }), isSpan({ end: 7, start: 3 })];
 * //=> [true, false, false]
 * ```
 */
export function conformsTo<S extends z.ZodType>(schema: S): (value: unknown) => value is z.output<S> {
  const check = compile((schema as unknown as { readonly _zod: Internals })._zod);
  return (value): value is z.output<S> => check(value);
}
