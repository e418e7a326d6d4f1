/**
 * The `RegExp(...)` calls in `src/` whose pattern is built at run time, each with the reason
 * it is safe. recheck cannot see such a pattern, so every one must be argued for here; a
 * dynamic regex not listed fails `regex-safety.test.ts`, and so does an entry no longer found.
 *
 * `file` is relative to the project root; `call` is the call's source text with whitespace
 * collapsed to single spaces.
 */
export interface AllowedDynamicRegex {
  readonly file: string;
  readonly call: string;
  readonly reason: string;
}

export const ALLOWED_DYNAMIC_REGEXPS: readonly AllowedDynamicRegex[] = [
  {
    file: "src/extractors/_entities/titles.ts",
    call: "new RegExp(`\\\\b${escapeRe(acronym)}\\\\b`)",
    reason: "An acronym escaped by escapeRe() between word boundaries: a literal with no quantifier.",
  },
  {
    file: "src/extractors/_lib/eventNouns.ts",
    call: "new RegExp(`\\\\b(?:${alternation(KINDS.keys())})\\\\b`, 'gi')",
    reason: "An alternation of fixed event words from data/event-words.json, escaped by alternation(); no quantified group can match the same text two ways.",
  },
  {
    file: "src/extractors/_lib/eventNouns.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.heldAfter)})\\\\b`, 'gi')",
    reason: "An alternation of fixed event words from data/event-words.json, escaped by alternation(); no quantified group can match the same text two ways.",
  },
  {
    file: "src/extractors/_lib/eventNouns.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.heldBefore)})\\\\s+(?:(?:an?|the)\\\\s+)?`, 'gi')",
    reason: "An alternation of fixed event words from data/event-words.json, escaped by alternation(); no quantified group can match the same text two ways.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.cues)})\\\\b`, 'i')",
    reason: "Fixed participation words from data/participation-words.json, escaped by alternation(); anchored or bounded, and applied to short slices before or after a country name.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.notBefore)})\\\\s+(?:the\\\\s+)?$`, 'i')",
    reason: "Fixed participation words from data/participation-words.json, escaped by alternation(); anchored or bounded, and applied to short slices before or after a country name.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`^\\\\s+(?:(?:national|state|top|senior|foreign|military|special|security)\\\\s+){0,2}(?:${alternation(words.demonymNouns)})\\\\b`, 'i')",
    reason: "Fixed participation words from data/participation-words.json, escaped by alternation(); anchored or bounded, and applied to short slices before or after a country name.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`^'s?\\\\s+(?:[\\\\p{L}-]+\\\\s+){0,2}(?:${alternation(words.demonymNouns)})\\\\b`, 'iu')",
    reason: "Fixed participation words from data/participation-words.json, escaped by alternation(); anchored or bounded, and applied to short slices before or after a country name.",
  },
  {
    file: "src/extractors/_lib/participation.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.orgNouns)})\\\\s+of\\\\s+(?:the\\\\s+)?(?:Republic\\\\s+of\\\\s+)?$`)",
    reason: "Fixed participation words from data/participation-words.json, escaped by alternation(); anchored or bounded, and applied to short slices before or after a country name.",
  },
  {
    file: "src/extractors/dateline.ts",
    call: "new RegExp(`^(${NAME(4)}):\\\\s`, 'u')",
    reason: "A name pattern of at most four capitalised words, anchored at the start of a 200-character slice where a dateline may begin.",
  },
  {
    file: "src/extractors/dateline.ts",
    call: "new RegExp(`^(${NAME(3)}?)(?:\\\\s?[-–—:]\\\\s|\\\\.\\\\s|\\\\.?$|,\\\\s|\\\\.?\\\\n)`, 'u')",
    reason: "A name pattern of at most four capitalised words, anchored at the start of a 200-character slice where a dateline may begin.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.future)})\\\\b`, 'i')",
    reason: "Fixed tense and reporting words from data/event-words.json, escaped by alternation(); tested on bounded windows around a date.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.past)})\\\\b`, 'i')",
    reason: "Fixed tense and reporting words from data/event-words.json, escaped by alternation(); tested on bounded windows around a date.",
  },
  {
    file: "src/extractors/eventDates.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.reporting)})\\\\s+(?:on\\\\s+)?$`, 'i')",
    reason: "Fixed tense and reporting words from data/event-words.json, escaped by alternation(); tested on bounded windows around a date.",
  },
  {
    file: "src/extractors/eventKind.ts",
    call: "new RegExp(`\\\\b(?:${alternation(VERB_KINDS.keys())})\\\\b`, 'gi')",
    reason: "An alternation of fixed verbs from data/event-words.json, escaped by alternation(); a plain scan with no nested quantifier.",
  },
  {
    file: "src/extractors/eventTitle.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.titleCues)})(?::\\\\s?|\\\\s)?$`, 'i')",
    reason: "Fixed title cues from data/event-words.json, escaped by alternation(); the tail after the cue is a choice of disjoint single characters.",
  },
  {
    file: "src/extractors/host.ts",
    call: "new RegExp(`\\\\bat\\\\s+the\\\\s+(?:${alternation(words.seatPhrases)})\\\\s+(?:the\\\\s+)?`, 'gi')",
    reason: "Fixed chair and seat phrases from data/participation-words.json, escaped by alternation(); a forward scan with no nested quantifier.",
  },
  {
    file: "src/extractors/host.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.chairPhrases)})\\\\s+(?:the\\\\s+)?`, 'gi')",
    reason: "Fixed chair and seat phrases from data/participation-words.json, escaped by alternation(); a forward scan with no nested quantifier.",
  },
  {
    file: "src/extractors/participants.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.cues)})\\\\b`, 'i')",
    reason: "Fixed participation words from data/participation-words.json, escaped by alternation(); tested on one sentence.",
  },
  {
    file: "src/extractors/series.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.recurrence)})\\\\s+$`, 'i')",
    reason: "Fixed recurrence words from data/event-words.json, escaped by alternation(); tested on the 30 characters before an event noun.",
  },
  {
    file: "src/extractors/subjectCountries.ts",
    call: "new RegExp(`\\\\b(?:${alternation(words.venueVerbs)})\\\\b`, 'i')",
    reason: "Fixed venue verbs from data/participation-words.json, escaped by alternation(); tested on a clause of at most 90 characters.",
  },
  {
    file: "src/normalize/chrome.ts",
    call: "new RegExp(`\\\\((?:${chrome.asides.map((a) => a.replace(/ /g, '\\\\s+')).join('|')})\\\\b[^()\\\\n]{0,200}\\\\)`, 'gi')",
    reason: "Fixed reader-aside openings from data/chrome.json; the tail is a bounded run ({0,200}) of characters that cannot close or open a parenthesis.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b(${alternation(WEEKDAYS.keys())}),?\\\\s+(?:the\\\\s+)?$`)",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${D}\\\\s+${M}${DASH}${D}\\\\s+${M}${Y}`, 'y')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${M}\\\\s*${D}${DASH}${M}\\\\s*${D}${Y}`, 'y')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${D}${DASH}${D}\\\\s+(?:of\\\\s+)?${M}${Y}`, 'y')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${M}\\\\s*${D}${DASH}${D}${Y}`, 'y')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${D}\\\\s+(?:of\\\\s+)?${M}${Y}`, 'y')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b${M}\\\\s*${D}${Y}`, 'y')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b(${alternation(WEEKDAYS.keys())})\\\\b`, 'y')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
  {
    file: "src/text/dates.ts",
    call: "new RegExp(`\\\\b(?:(\\\\d)|(${alternation(MONTHS.keys())})|(${alternation(WEEKDAYS.keys())}))`, 'g')",
    reason: "Month and weekday names from date-fns, escaped by alternation(); sticky forms are tried once at each anchor, and every repetition is bounded or separated by a literal.",
  },
];
