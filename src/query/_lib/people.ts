/**
 * People told apart and brought together by name: two entries are one person when they share a
 * name or alias (folded), so "Ali Naghiyev" (alias "Ali Nagiyev") and "Ali Nagiyev" meet.
 * @module
 */
import type { Person } from '../../schema/record.js';
import { rememberNameKeys, surnameOf } from './names.js';
import { personNames } from './recordKeys.js';

/**
 * Clusters people that share a folded name or alias; with `bySurname`, a person known by one
 * word only ("Nagiyev") also joins the person whose surname that is. Clusters keep input order.
 */
export function clusterPeople<T extends { readonly person: Person }>(items: readonly T[], bySurname: boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keys = rememberNameKeys();
  const owner = new Map<string, number>();
  const surnames = new Map<string, number>();
  items.forEach((item, i) => {
    for (const name of personNames(item.person, keys)) {
      const seen = owner.get(name);
      if (seen === undefined) owner.set(name, i);
      else union(seen, i);
      const surname = surnameOf(name);
      if (bySurname && surname !== null && !surnames.has(surname)) surnames.set(surname, i);
    }
  });
  if (bySurname) {
    items.forEach((item, i) => {
      const names = personNames(item.person, keys);
      if (names.every((name) => !name.includes(' '))) {
        for (const name of names) {
          const full = surnames.get(name);
          if (full !== undefined) union(full, i);
        }
      }
    });
  }
  const clusters = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const cluster = clusters.get(root);
    if (cluster === undefined) clusters.set(root, [item]);
    else cluster.push(item);
  });
  return [...clusters.values()];
}

/** The name a cluster goes by: the longest full name given (ties: the first). */
export function displayName(people: readonly Person[]): string {
  let best = '';
  for (const person of people) if (person.name.length > best.length) best = person.name;
  return best;
}
