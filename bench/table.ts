/** Plain-text table of the figures that carry a goal. */
export function formatTable(r: unknown): string {
  const g = (path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), r);
  const t = (path: string): string => fmt(g(path));
  const rows: string[][] = [['figure', 'value', 'goal']];
  for (const s of ['create', 'update', 'unchanged', 'duplicate', 'parentChange']) {
    if (g(`calls.${s}`) === undefined) continue;
    const goal = s === 'create' || s === 'update' || s === 'parentChange' ? '1 W, 0 R, ≤1 SysAid' : '0 W, 0 R';
    rows.push([`calls ${s} W / R / SysAid / table`, [g(`calls.${s}.adoWrites`), g(`calls.${s}.adoReads`), g(`calls.${s}.sysaid`), g(`calls.${s}.table`)].map(fmt).join(' / '), goal]);
  }
  if (g('adoDiscovery') !== undefined) rows.push(['ADO discovery requests: first webhook / whole run', `${t('adoDiscovery.requestsAfterFirstWebhook')} / ${t('adoDiscovery.requestsWholeRun')}`, 'once per process']);
  for (const b of ['backfill', 'backfillLarge']) {
    if (g(b) === undefined) continue;
    rows.push([`${b} ${t(`${b}.tickets`)} SRs: s (bound)`, `${t(`${b}.seconds`)} (${t(`${b}.boundSeconds`)})`, '']);
    rows.push([`${b} efficiency`, String(g(`${b}.efficiency`)), '≥ 0.9']);
    rows.push([`${b} throttled / failed`, `${t(`${b}.throttled`)} / ${t(`${b}.failed`)}`, '– / 0']);
    rows.push([`${b} engine peak RSS MB`, String(g(`${b}.peakRssMb`)), '< 200']);
  }
  if (g('webhook') !== undefined) rows.push([`webhook n=${t('webhook.n')} p50/p95/p99 ms`, `${t('webhook.p50Ms')} / ${t('webhook.p95Ms')} / ${t('webhook.p99Ms')}`, 'p99 < 50']);
  const red = g('redaction') as Record<string, { mbPerSec: number; recall: number; keep: number }> | undefined;
  for (const [name, f] of Object.entries(red ?? {})) rows.push([`redaction ${name} MB/s, recall, keep`, `${f.mbPerSec}, ${f.recall}, ${f.keep}`, name === 'ours' ? '≥ 5× fastest other, higher recall' : '']);
  if (g('coldStart') !== undefined) {
    rows.push(['cold start import ms (median of 10)', String(g('coldStart.importMs')), '≤ 250']);
    rows.push(['  entry + every lazy chunk, ms', String(g('coldStart.allChunksImportMs')), '']);
    rows.push(['deployment package MB (zip)', String(g('coldStart.packageMb')), '≤ 10']);
    rows.push(['  unpacked MB: bundle / of which entry / data', `${t('coldStart.unpackedMb')}: ${t('coldStart.bundleMb')} / ${t('coldStart.entryMb')} / ${t('coldStart.dataMb')}`, '']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')).join('\n');
}

function fmt(v: unknown): string {
  return typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : String(v);
}
