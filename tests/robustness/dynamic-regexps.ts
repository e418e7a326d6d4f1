/**
 * Exceptions to the regex-safety rules, each with the reason it is acceptable. A dynamic regex or
 * a finding not listed here fails `regex-safety.test.ts`, and so does an entry no longer needed.
 *
 * `file` is relative to the project root.
 */

/** A `RegExp(...)` call in `src/` whose pattern is built at run time. */
export interface AllowedDynamicRegex {
  readonly file: string;
  /** The call's source text, whitespace collapsed to single spaces. */
  readonly call: string;
  readonly reason: string;
}

/**
 * `RegExp(...)` calls whose pattern is computed. recheck cannot see such a pattern in the source,
 * so each is argued for here; those built while modules load or while a release is parsed are
 * also checked by recheck at run time.
 */
export const ALLOWED_DYNAMIC_REGEXPS: readonly AllowedDynamicRegex[] = [
  {
    file: "src/extractors/_lib/characterising.ts",
    call: "new RegExp(`^\\\\s+(?:${alternation(words.absentPredicates)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/characterising.ts",
    call: "new RegExp(`^\\\\s+(?:have\\\\s+|has\\\\s+|had\\\\s+)?(?:long\\\\s+|also\\\\s+)?(?:${alternation(words.designatedBy)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/characterising.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.designatedBy)})\\\\s+as\\\\s+(?:[\\\\p{L}-]+\\\\s+){1,3}in\\\\s+(?:the\\\\s+)?$`, 'iu')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/characterising.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.designatedBy)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/characterising.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.bannedIn)})\\\\s+in\\\\s+(?:the\\\\s+)?$`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/eventNouns.ts",
    call: "new RegExp(`\\\\b(?:${alternation(KINDS.keys())})\\\\b`, 'gi')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.discussionVerbs)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`^'s?\\\\s+(?:${alternation(words.neighbourWords)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.meetingVerbs)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.cues)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.notBefore)})\\\\s+(?:the\\\\s+)?$`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`^\\\\s+(?:(?:${alternation(NOUN_MODIFIERS)})\\\\s+){0,2}(?:${alternation(words.demonymNouns)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`^'s?\\\\s+(?:[\\\\p{L}-]+\\\\s+){0,2}(?:${alternation(words.demonymNouns)})\\\\b`, 'iu')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.orgNouns)})\\\\s+of\\\\s+(?:the\\\\s+)?(?:Republic\\\\s+of\\\\s+)?$`)",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/dateline.ts",
    call: "new RegExp(`^(${NAME(4)}):\\\\s`, 'u')",
    reason: "Built once from the NAME(n) fragment of this file (bounded repetition of capitalised words); recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/dateline.ts",
    call: "new RegExp(`^\\\\((${NAME(3)})\\\\)\\\\s?(?:--|[-\u2013\u2014])\\\\s`, 'u')",
    reason: "Built once from the NAME(n) fragment of this file (bounded repetition of capitalised words); recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/dateline.ts",
    call: "new RegExp(`^(${NAME(3)}?)(?: (?:news |information )?agency)?(?:\\\\s?(?:--|[-\u2013\u2014:])\\\\s|\\\\.\\\\s|\\\\.?$|,\\\\s|\\\\.?\\\\n)`, 'u')",
    reason: "Built once from the NAME(n) fragment of this file (bounded repetition of capitalised words); recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.future)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.past)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.reporting)})\\\\s+(?:on\\\\s+)?$`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.ending)})\\\\s+(?:on\\\\s+)?$`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(PAST_ENDING)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/host.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.chairPhrases.filter((p) => /chair|presidency/.test(p)))})\\\\s+(?:the\\\\s+)?$`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/location.ts",
    call: "new RegExp(`\\\\b(?:${alternation([...Object.keys(events.kinds), ...words.venueVerbs, ...words.meetingVerbs])})\\\\b(?!\\\\s+crim)`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(Object.keys(events.kinds))})(?:\\\\s+\"[^\"\\\\n]{1,40}\")?\\\\s+between\\\\s+(?:[\\\\p{L}-]+\\\\s+){0,4}$`, 'iu')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/host.ts",
    call: "new RegExp(`\\\\bat\\\\s+(?:its|their)\\\\s+(?:${alternation(SEAT_WORDS)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/host.ts",
    call: "new RegExp(`^'s\\\\s+(?:[a-z]+\\\\s+){0,3}(?:${alternation(SEAT_WORDS)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/eventKind.ts",
    call: "new RegExp(`\\\\b(?:${alternation(VERB_KINDS.keys())})\\\\b`, 'gi')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/eventKind.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.receptionVerbs)})\\\\b`, 'gi')",
    reason: "An alternation of the reception verbs of data/event-words.json (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/participants.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.cues)})\\\\b`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/series.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.recurrence)})\\\\s+$`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/normalize/chrome.ts",
    call: "new RegExp(`\\\\((?:${chrome.asides.map((a) => a.replace(/ /g, '\\\\s+')).join('|')})\\\\b[^()\\\\n]{0,200}\\\\)`, 'iy')",
    reason: "Reader asides from data/chrome.json with spaces widened to \\\\s+, then a bounded [^()\\\\n]{0,200}; built once, recheck checks it at run time.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b(${alternation([...WEEKDAYS.keys(), ...WEEKDAY_ABBREVIATIONS.keys()])})\\\\.?,?\\\\s+(?:the\\\\s+)?$`)",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/_lib/eventNouns.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.heldAfter)})\\\\b`, 'gi')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/extractors/_lib/eventNouns.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.heldBefore)})\\\\s+(?:(?:an?|the)\\\\s+)?`, 'gi')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/extractors/eventTitle.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.titleCues)})(?::\\\\s?|\\\\s)?$`, 'i')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/extractors/host.ts",
    call: "new RegExp(`\\\\bat\\\\s+the\\\\s+(?:${alternation(words.seatPhrases)})\\\\s+(?:the\\\\s+)?`, 'gi')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/extractors/host.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.chairPhrases)})\\\\s+(?:the\\\\s+)?`, 'gi')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/extractors/subjectCountries.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.chairPhrases)})\\\\s+(?:the\\\\s+)?$`, 'i')",
    reason: "An alternation of phrases from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/subjectCountries.ts",
    call: "new RegExp(`\\\\b(?:${alternation(Object.keys(events.kinds))})\\\\s+in\\\\s+(?:the\\\\s+)?$`, 'i')",
    reason: "An alternation of words from data/ (escaped by alternation()), built once when the module loads; recheck checks the built pattern at run time.",
  },
  {
    file: "src/extractors/subjectCountries.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.venueVerbs)})\\\\b(?!\\\\s+crim)`, 'i')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${D}\\\\s+${M}${DASH}${D}\\\\s+${M}${Y}`, 'y')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${M}\\\\s*${D}${DASH}${M}\\\\s*${D}${Y}`, 'y')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${D}${DASH}${D}\\\\s+(?:of\\\\s+)?${M}${Y}`, 'y')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${M}\\\\s*${D}${DASH}${D}${Y}`, 'y')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${D}\\\\s+(?:of\\\\s+)?${M}${Y}`, 'y')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${M}\\\\s*${D}${Y}`, 'y')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b(${alternation(WEEKDAYS.keys())})\\\\b`, 'y')",
    reason: "A fixed pattern around words from data/ or names from date-fns, escaped by alternation(); sticky forms are tried once per anchor, scans have no nested quantifier, and end-anchored tails are disjoint single characters.",
  },
  {
    file: "src/text/phraseScan.ts",
    call: "new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`)",
    reason: "A sticky copy of a phrase pattern that is itself listed here (same source, flags without g, plus y), built once per pattern when the module loads; recheck checks the built pattern at run time.",
  },
];

/** A pattern recheck rates vulnerable (or cannot decide) that is kept, with the reason it is safe where it is used. */
export interface AcceptedFinding {
  readonly file: string;
  /** The pattern's source exactly, or for a pattern built at run time the `call` that builds it. */
  readonly source: string;
  readonly reason: string;
}

/** Findings accepted because of how the pattern is used (for instance, only on a short bounded window). */
export const ACCEPTED_FINDINGS: readonly AcceptedFinding[] = [];
