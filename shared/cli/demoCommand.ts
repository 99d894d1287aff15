/** `demo`: the whole product on loopback; lives with the simulators under tools/. */
export async function demoCommand(options: { tickets?: number | undefined }): Promise<number> {
  const { runDemo } = await import('../../tools/demo/runDemo.js');
  const result = await runDemo(options.tickets ? { tickets: options.tickets } : {});
  return result.failed === 0 && result.leaks === 0 ? 0 : 1;
}
