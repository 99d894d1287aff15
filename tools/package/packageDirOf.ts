/** The installed package folder a module path belongs to (`.../node_modules/@azure/functions/dist/x.js` → `.../node_modules/@azure/functions`), or undefined outside node_modules. */
export function packageDirOf(path: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const rest = path.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
  return path.slice(0, at) + 'node_modules/' + name.join('/');
}
