/**
 * Label code in ZPL (`^XA ... ^XZ`, pasted from a print queue) read as a form: the commands are
 * blanked and a tab marks where each field's data begins, so "^FO40,20^A0R,34,34^FDPT: DOE, JANE^FS"
 * reads as a "PT: DOE, JANE" line. Same length as the text, so every offset still holds; text
 * outside `^XA ... ^XZ` stays as it is.
 */
export function maskZpl(text: string): string {
  let from = text.indexOf('^XA');
  if (from === -1) return text;
  let out = '';
  let at = 0;
  while (from !== -1) {
    const close = text.indexOf('^XZ', from);
    const to = close === -1 ? text.length : close + 3;
    out += text.slice(at, from) + maskFormat(text.slice(from, to));
    at = to;
    from = text.indexOf('^XA', to);
  }
  return out + text.slice(at);
}

const COMMAND = /^[A-Z][A-Z0-9@]$/;

/** One label format, from ^XA to ^XZ. */
function maskFormat(format: string): string {
  let out = '';
  let at = 0;
  for (let i = format.indexOf('^'); i !== -1 && i + 2 < format.length; i = format.indexOf('^', at)) {
    const code = format.slice(i + 1, i + 3);
    out += format.slice(at, i);
    if (!COMMAND.test(code)) {
      out += '^';
      at = i + 1;
    } else if (code === 'FD' || code === 'FX') {
      // field data (or a comment): kept up to the ^FS that closes it
      const end = format.indexOf('^FS', i + 3);
      out += '  \t' + format.slice(i + 3, end === -1 ? format.length : end);
      at = end === -1 ? format.length : end;
    } else {
      // any other command runs to the next one or the end of the line: positions, fonts, sizes
      let end = i + 3;
      while (end < format.length && format[end] !== '^' && format[end] !== '~' && format[end] !== '\n') end++;
      out += ' '.repeat(end - i);
      at = end;
    }
  }
  return out + format.slice(at);
}
