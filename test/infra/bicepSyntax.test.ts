import { describe, expect, it } from 'vitest';
import { bicepparamAsBicep, infraSources, parseBicep, syntaxProblems } from './bicep.js';

const sources = infraSources();

describe('infra Bicep syntax (tree-sitter-bicep)', () => {
  it('finds the templates to check', () => {
    const paths = sources.map((s) => s.path);
    expect(paths).toContain('infra/main.bicep');
    expect(paths).toContain('infra/main.bicepparam');
    expect(paths.filter((p) => p.startsWith('infra/app/')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(sources.map((s) => [s.path, s] as const))('%s parses with no ERROR or MISSING node', async (_path, source) => {
    const text = source.path.endsWith('.bicepparam') ? bicepparamAsBicep(source.text) : source.text;
    const tree = await parseBicep(text);
    expect(syntaxProblems(tree.rootNode)).toEqual([]);
  });

  it('reports broken Bicep, so a clean result means something', async () => {
    const missingBrace = await parseBicep("param x string = 'a'\nparam o object = {\n");
    expect(syntaxProblems(missingBrace.rootNode).map((p) => p.kind)).toContain('MISSING');
    const garbage = await parseBicep("resource r 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'x' :: !\n}\n");
    expect(syntaxProblems(garbage.rootNode).length).toBeGreaterThan(0);
  });

  it('checks .bicepparam assignments as expressions and still catches their errors', async () => {
    const good = bicepparamAsBicep("using './main.bicep'\nparam a = 'x'\nparam b = {\n  c: [\n    1\n  ]\n}\n");
    expect(syntaxProblems((await parseBicep(good)).rootNode)).toEqual([]);
    const bad = bicepparamAsBicep("using './main.bicep'\nparam a = {\n  c: \n");
    expect(syntaxProblems((await parseBicep(bad)).rootNode).length).toBeGreaterThan(0);
  });
});
