/**
 * Finds every regular expression in the source with the TypeScript compiler API:
 * regex literals, and `RegExp(...)` / `new RegExp(...)` calls. A call whose pattern is a
 * string literal is checked like a literal; any other pattern is "dynamic" and must be
 * listed in the allow-list with a reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression whose pattern is known from the source alone. */
export interface LiteralRegex {
  /** `path:line` of the expression, for failure messages. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** A `RegExp(...)` call whose pattern (or flags) is computed at run time. */
export interface DynamicRegex {
  readonly where: string;
  /** The file, relative to the project root, with forward slashes. */
  readonly file: string;
  /** The source text of the call, whitespace collapsed: how the allow-list names it. */
  readonly call: string;
}

/** What one source file holds. */
export interface RegexInventory {
  readonly literals: LiteralRegex[];
  readonly dynamic: DynamicRegex[];
}

/** The text of a string literal or a template without substitutions, else null. */
function literalText(node: ts.Expression | undefined): string | null {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

/** Is `node` the global `RegExp` (written `RegExp` or `globalThis.RegExp`)? */
function isRegExpCallee(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'RegExp';
  return ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp' && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis';
}

/** Every regular expression in one file's text. `file` is the name used in messages. */
export function regexesInSource(file: string, code: string): RegexInventory {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literals: LiteralRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const where = (node: ts.Node): string => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;

  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const flags = literalText(flagsArg);
      // `new RegExp(/x/, 'g')` re-flags a literal; without flags the literal is collected on its own.
      const pattern = patternArg !== undefined && ts.isRegularExpressionLiteral(patternArg) ? patternArg.text.slice(1, patternArg.text.lastIndexOf('/')) : literalText(patternArg);
      const wrapsBareLiteral = patternArg !== undefined && ts.isRegularExpressionLiteral(patternArg) && flagsArg === undefined;
      if (pattern !== null && flags !== null && !wrapsBareLiteral) {
        literals.push({ where: where(node), source: pattern, flags });
      } else if (pattern === null || flags === null) {
        dynamic.push({ where: where(node), file, call: node.getText(sf).replace(/\s+/g, ' ') });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, dynamic };
}

/** Every regular expression in the `.ts` files under `dir`, named relative to `root`. */
export function regexesUnder(root: string, dir: string): RegexInventory {
  const literals: LiteralRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const f of files) {
    const path = join(root, dir, f);
    const found = regexesInSource(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    literals.push(...found.literals);
    dynamic.push(...found.dynamic);
  }
  return { literals, dynamic };
}
