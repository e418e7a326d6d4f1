import { describe, expect, it } from 'vitest';
import { topicCounts } from '../../src/index.js';
import { almaty, collection, moscowCouncil } from './_collection.js';
import { makeRecord } from './_records.js';

describe('topicCounts', () => {
  it('counts records per topic, most discussed first, ties in vocabulary order', () => {
    const second = makeRecord({
      id: 'second',
      text: 'The services agreed that terrorism and extremism, and terrorism above all, remain the main threats.',
      topics: { terrorism: 'terrorism', extremism: 'extremism' },
    });
    expect(topicCounts([...collection, second])).toEqual([
      { topic: 'terrorism', count: 2 },
      { topic: 'extremism', count: 2 },
      { topic: 'drug-trafficking', count: 1 },
      { topic: 'border-security', count: 1 },
      { topic: 'separatism', count: 1 },
      { topic: 'intelligence-sharing', count: 1 },
    ]);
  });

  it('counts a topic once per record however often it is mentioned', () => {
    const twice = { ...moscowCouncil, topics: [...moscowCouncil.topics, ...moscowCouncil.topics] };
    expect(topicCounts([twice])).toEqual([{ topic: 'extremism', count: 1 }]);
  });

  it('gives nothing for records without topics', () => {
    expect(topicCounts([{ ...almaty, topics: [] }])).toEqual([]);
  });
});
