import type { Logger } from '../sync/ports.js';

/** Anything with log methods: an Azure Functions InvocationContext, the console, a test capture. */
export interface LogSink {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/**
 * Wraps a sink so every line stays one line: CR, LF and other control characters are escaped,
 * so nothing that slipped into a message can forge a log line. Messages are built from ids,
 * counts and codes only; this is the second line of defence, not the first.
 */
export function safeLogger(sink: LogSink): Logger {
  return {
    debug: (message) => sink.debug(escapeLogText(message)),
    info: (message) => sink.info(escapeLogText(message)),
    warn: (message) => sink.warn(escapeLogText(message)),
    error: (message) => sink.error(escapeLogText(message)),
  };
}

export function escapeLogText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
