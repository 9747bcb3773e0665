// Vitest 5 reports failures with Map.groupBy, which Node 20 lacks (it arrived in Node 21).
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function groupBy(items, keyOf) {
    /** @type {Map<ReturnType<typeof keyOf>, (typeof items extends Iterable<infer T> ? T : never)[]>} */
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
