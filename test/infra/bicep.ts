/**
 * Reads Bicep with the tree-sitter-bicep grammar (WebAssembly build, so nothing native is
 * compiled or downloaded) and offers the few queries the infra tests need.
 */
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const infraDir = join(repoRoot, 'infra');

let parserPromise: Promise<Parser> | undefined;

/** One parser for the whole test file; the grammar is loaded once. */
export function bicepParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasm));
    return parser;
  })();
  return parserPromise;
}

export async function parseBicep(text: string): Promise<Tree> {
  const tree = (await bicepParser()).parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/**
 * The grammar knows `.bicep` only. A `.bicepparam` file is a `using` line plus
 * `param NAME = EXPRESSION` lines; each of those has exactly the shape of `var NAME = EXPRESSION`,
 * so it is checked as that (same expression grammar, nothing else changed).
 */
export function bicepparamAsBicep(text: string): string {
  return text.replace(/^(\s*)param(\s+[A-Za-z_][A-Za-z0-9_]*\s*=)/gm, '$1var$2');
}

export interface SyntaxProblem {
  kind: 'ERROR' | 'MISSING';
  line: number;
  column: number;
  text: string;
}

/** Every ERROR node and MISSING token in the tree, with 1-based positions. */
export function syntaxProblems(root: Node): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const visit = (node: Node): void => {
    if (node.isError || node.isMissing) {
      problems.push({
        kind: node.isMissing ? 'MISSING' : 'ERROR',
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        text: node.isMissing ? node.type : node.text.slice(0, 60),
      });
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return problems;
}

export type DeclarationKind = 'param' | 'output' | 'var' | 'module' | 'resource';

const declarationKinds: Record<string, DeclarationKind> = {
  parameter_declaration: 'param',
  output_declaration: 'output',
  variable_declaration: 'var',
  module_declaration: 'module',
  resource_declaration: 'resource',
};

export interface Declaration {
  kind: DeclarationKind;
  name: string;
  node: Node;
  /** Decorator name -> its argument nodes, e.g. description -> [string]. */
  decorators: Map<string, Node[]>;
  /** For params: the default value; for var/output: the value; for module/resource: the body. */
  value: Node | undefined;
  /** For module/resource: the path or type string. */
  target: string | undefined;
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null);
}

function decoratorsOf(declaration: Node): Map<string, Node[]> {
  const found = new Map<string, Node[]>();
  let previous = declaration.previousNamedSibling;
  while (previous && previous.type === 'comment') previous = previous.previousNamedSibling;
  if (!previous || previous.type !== 'decorators') return found;
  for (const decorator of named(previous)) {
    const call = named(decorator)[0];
    if (!call) continue;
    const fn = call.childForFieldName('function');
    const args = call.childForFieldName('arguments');
    if (fn) found.set(fn.text, args ? named(args) : []);
  }
  return found;
}

/** Top-level declarations of a parsed Bicep file, in order. */
export function declarations(root: Node): Declaration[] {
  const result: Declaration[] = [];
  for (const node of named(root)) {
    const kind = declarationKinds[node.type];
    if (!kind) continue;
    const children = named(node);
    const name = children[0]?.text ?? '';
    let value: Node | undefined;
    let target: string | undefined;
    if (kind === 'param') value = children.length > 2 ? children[children.length - 1] : undefined;
    else if (kind === 'var') value = children[1];
    else if (kind === 'output') value = children[children.length - 1];
    else {
      target = children[1] ? stringValue(children[1]) : undefined;
      value = children[children.length - 1];
    }
    result.push({ kind, name, node, decorators: decoratorsOf(node), value, target });
  }
  return result;
}

/** The value of a string literal without interpolation; undefined for anything else. */
export function stringValue(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  if (named(node).some((c) => c.type === 'interpolation')) return undefined;
  const raw = node.text;
  if (raw.startsWith("'''")) return raw.slice(3, -3).replace(/^\r?\n/, '');
  return raw
    .slice(1, -1)
    .replace(/\\(['\\nrt$])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

/** Key text of an object property (identifier or quoted string). */
export function propertyKey(property: Node): string {
  const key = named(property)[0];
  if (!key) return '';
  return key.type === 'string' ? (stringValue(key) ?? key.text) : key.text;
}

/** [key, value] pairs of an object literal, in order. */
export function objectEntries(object: Node): Array<[string, Node]> {
  if (object.type !== 'object') throw new Error(`expected an object, got ${object.type}`);
  return named(object)
    .filter((p) => p.type === 'object_property')
    .map((p) => {
      const children = named(p);
      const value = children[children.length - 1];
      if (!value) throw new Error(`property without a value at line ${p.startPosition.row + 1}`);
      return [propertyKey(p), value];
    });
}

/** Every value assigned to `key` in any object anywhere under `root`. */
export function propertyValues(root: Node, key: string): Node[] {
  return root
    .descendantsOfType('object_property')
    .filter((p): p is Node => p !== null && propertyKey(p) === key)
    .map((p) => {
      const children = named(p);
      return children[children.length - 1]!;
    });
}

export function namedChildren(node: Node): Node[] {
  return named(node);
}

export interface BicepSource {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

/** Every .bicep and .bicepparam file under infra/. */
export function infraSources(): BicepSource[] {
  const files: BicepSource[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.bicep(param)?$/.test(entry.name)) {
        files.push({ path: relative(repoRoot, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(infraDir);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}
