import type { TestProject } from 'vitest/node';
import { startAzurite } from '../../tools/azurite/startAzurite.js';

declare module 'vitest' {
  export interface ProvidedContext {
    azuriteTableUrl: string;
    azuriteConnectionString: string;
  }
}

/** One Azurite for the whole run; each test file isolates itself with its own table-name prefix. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const azurite = await startAzurite();
  project.provide('azuriteTableUrl', azurite.tableUrl);
  project.provide('azuriteConnectionString', azurite.connectionString);
  return () => azurite.close();
}
