import type { Doc } from '../doc.js';

// iCalendar events pasted from an invite (RFC 5545). An event about a patient ("Family meeting -
// OUEDRAOGO, SOULEYMANE (H994128)", "Care conference: ...") is the patient's appointment: its times
// are dates of care, and an id in brackets in its summary is the patient's record number. A staff
// meeting's times stay.
const EVENT = /BEGIN:VEVENT\r?\n([\s\S]{0,4000}?)END:VEVENT/g;
const SUMMARY = /^(?:SUMMARY|DESCRIPTION)(?:;[^:\n]{0,200})?:([^\n]*)/gm;
const PATIENT_EVENT = /\b(?:family meeting|care conference|patient|pt|appointment|appt|visit|consult|discharge|follow[- ]?up|procedure|surgery)\b/i;
const PATIENT_DEPARTMENT = /\bPatient \p{Lu}\p{L}*/gu;
const TIME = /^(?:DTSTART|DTEND|DUE|RECURRENCE-ID)(?:;[^:\n]{0,200})?:(\d{8}(?:T\d{4,6}Z?)?)/gm;
const BRACKETED_ID = /\(([A-Z]{0,3}\d[\d-]{4,14})\)/g;

export function detectCalendarEvents(doc: Doc): void {
  const text = doc.text;
  if (!text.includes('BEGIN:VEVENT')) return;
  EVENT.lastIndex = 0;
  for (let e = EVENT.exec(text); e; e = EVENT.exec(text)) {
    const body = e[1] ?? '';
    const base = e.index + e[0].length - 'END:VEVENT'.length - body.length;
    const summaries: { at: number; value: string }[] = [];
    SUMMARY.lastIndex = 0;
    for (let s = SUMMARY.exec(body); s; s = SUMMARY.exec(body)) summaries.push({ at: base + s.index + s[0].length - (s[1] ?? '').length, value: s[1] ?? '' });
    // ("go-live huddle - Patient Access": a department named after patients is no patient)
    if (!summaries.some((s) => PATIENT_EVENT.test(s.value.replace(PATIENT_DEPARTMENT, '')))) continue;
    TIME.lastIndex = 0;
    for (let t = TIME.exec(body); t; t = TIME.exec(body)) {
      const value = t[1] ?? '';
      const at = base + t.index + t[0].length - value.length;
      doc.add(at, at + value.length, 'DATE_PHI', 50);
    }
    for (const s of summaries) {
      BRACKETED_ID.lastIndex = 0;
      for (let m = BRACKETED_ID.exec(s.value); m; m = BRACKETED_ID.exec(s.value)) doc.add(s.at + m.index + 1, s.at + m.index + 1 + (m[1] ?? '').length, 'MRN', 50);
    }
  }
}
