/** An error the simulator answers with `{"status","message"}`, as SysAid does. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SimError';
  }

  body(): string {
    return JSON.stringify({ status: this.status, message: this.message });
  }
}

/** What an unknown path gets: an HTML page, like the servlet container behind SysAid. */
export function htmlErrorPage(status: number): string {
  return `<!DOCTYPE html><html><head><title>HTTP Status ${status}</title></head><body><h1>HTTP Status ${status}</h1><p>The requested resource is not available.</p></body></html>`;
}
