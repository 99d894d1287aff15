/** A bare HTTP helper for the simulator's tests (the product's client is tested separately). */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function call(base: string, method: string, path: string, options: { cookie?: string; body?: unknown } = {}): Promise<Answer> {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Logs in and returns the Cookie header value to send. */
export async function login(base: string, user = 'api', password = 'secret', accountId?: string): Promise<string> {
  const answer = await call(base, 'POST', '/login', { body: { user_name: user, password, ...(accountId ? { account_id: accountId } : {}) } });
  if (answer.status !== 200) throw new Error(`login answered ${answer.status}`);
  const setCookie = answer.headers.get('set-cookie') ?? '';
  const match = /JSESSIONID=([^;]+)/.exec(setCookie);
  if (!match) throw new Error('no JSESSIONID');
  return `JSESSIONID=${match[1]}`;
}

/** The `info` entry for a key of a rendered record. */
export function info(record: unknown, key: string): { key: string; value: unknown; valueCaption: string; keyCaption: string; valueClass: string } | undefined {
  const entries = (record as { info: Array<{ key: string; value: unknown; valueCaption: string; keyCaption: string; valueClass: string }> }).info;
  return entries.find((entry) => entry.key === key);
}
