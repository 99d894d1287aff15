import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../shared/config/settings.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

describe('README stays true', () => {
  it('documents every setting the code reads, with its default', () => {
    for (const setting of SETTINGS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${setting.name}\` |`));
      expect(row, setting.name).toBeDefined();
      if ('default' in setting) expect(row).toContain(`\`${setting.default}\``);
    }
  });

  it('shows the two quick-start commands, and CI runs exactly the test command', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test');
    expect(ci).toMatch(/^npm test$/m);
    expect(pkg.scripts.demo).toBeDefined();
  });
});
