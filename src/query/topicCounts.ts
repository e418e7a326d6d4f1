/**
 * How many records discuss each topic.
 * @module
 */
import { z } from 'zod';
import { TopicSchema, type PressRecord } from '../schema/record.js';

/**
 * A topic and the number of records that discuss it.
 *
 * @example
 * ```ts
 * TopicCountSchema.parse({ topic: 'terrorism', count: 3 }).count;
 * //=> 3
 * ```
 */
export const TopicCountSchema = z.object({
  topic: TopicSchema,
  count: z.number().int().positive(),
});
/** A topic and the number of records that discuss it. */
export type TopicCount = z.infer<typeof TopicCountSchema>;

/**
 * Counts, for each topic, the records that discuss it (a record counts once per topic, however
 * often it mentions it). Most discussed first; ties in the vocabulary's order. Topics no record
 * discusses are left out.
 *
 * @param records - the records to count over
 * @returns the topics with their counts
 *
 * @example
 * ```ts
 * import { topicCounts } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * topicCounts(sampleRecords)[0];
 * //=> { topic: 'terrorism', count: 14 }
 * ```
 */
export function topicCounts(records: readonly PressRecord[]): TopicCount[] {
  const counts = new Map<TopicCount['topic'], number>();
  for (const record of records) {
    for (const topic of new Set(record.topics.map((t) => t.topic))) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const order = TopicSchema.options;
  return [...counts.entries()]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.topic) - order.indexOf(b.topic));
}
