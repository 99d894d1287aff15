import { createRedactor, type RedactorOptions } from '../../shared/redaction/redactor.js';

/** A redactor for one text field, as the redaction tests call it (a generous budget: timing is not under test). */
export function textRedactor(options: RedactorOptions = {}): (text: string) => string {
  const redactor = createRedactor(options);
  return (text) => redactor.redact({ text }, { budgetMs: 10_000 }).fields.text ?? '';
}
