/** Renders redacted description and notes as the HTML ADO shows in Repro Steps. */
export function reproStepsHtml(description: string, notes: string[]): string {
  const parts = [paragraphs(description)];
  if (notes.length > 0) {
    parts.push('<h3>SysAid notes</h3>');
    for (const note of notes) parts.push(paragraphs(note));
  }
  return parts.join('');
}

function paragraphs(text: string): string {
  return `<div>${escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>')}</div>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
