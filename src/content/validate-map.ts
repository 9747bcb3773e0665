/**
 * The map's files, checked against the rest of the content: data/map.json (its layers, the areas
 * it names, the facts its layers rest on) and data/summit.json (the place and event at the centre,
 * the opening picture). An article with a map needs both; one without needs neither.
 */
import type { Content } from './build';
import { mapSchema, summitSchema, type ContentFiles } from './schema';

/** The schema's complaints about one file, a line each, naming the file and the path. */
function schemaProblems(
  file: string,
  result: { error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } },
) {
  return (result.error?.issues ?? []).map(
    (issue) => `${file}: at ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
  );
}

export function mapProblems(
  content: Content,
  files: Pick<ContentFiles, 'article' | 'site'>,
  rawMap: unknown,
  rawSummit: unknown,
): string[] {
  if (!files.site.views.includes('karte')) {
    const extra = [rawMap != null && 'data/map.json', rawSummit != null && 'data/summit.json'];
    return extra.flatMap((file) =>
      file
        ? [`${file}: the article has no map (site.json: views), so nothing shows this file`]
        : [],
    );
  }
  if (rawMap == null)
    return ['data/map.json: missing; an article with a map (site.json: views) needs one'];
  if (rawSummit == null) {
    return ['data/summit.json: missing; an article with a map (site.json: views) needs one'];
  }
  const map = mapSchema.safeParse(rawMap);
  const summit = summitSchema.safeParse(rawSummit);
  if (!map.success || !summit.success) {
    return [...schemaProblems('map.json', map), ...schemaProblems('summit.json', summit)];
  }
  const errors: string[] = [];
  const { layers, areas, labels } = map.data;

  // Layers: ids unique, the places layer once, the other kinds at most once each.
  const ids = new Set<string>();
  for (const layer of layers) {
    const at = `map.json: layer "${layer.id}"`;
    if (ids.has(layer.id)) errors.push(`${at}: the id is used twice`);
    ids.add(layer.id);
    if ('actor' in layer && !content.actorById.has(layer.actor)) {
      errors.push(`${at}: unknown actor "${layer.actor}"`);
    }
    if (layer.kind === 'distance') {
      for (const id of layer.places) {
        if (!content.placeById.has(id)) errors.push(`${at}: unknown place "${id}"`);
      }
    }
    if (layer.facts) {
      for (const id of layer.facts.sources) {
        if (!content.sourceById.has(id)) errors.push(`${at}: unknown source "${id}"`);
      }
      for (const id of layer.facts.events) {
        if (!content.eventById.has(id)) errors.push(`${at}: unknown event "${id}"`);
      }
      const read = [
        ...layer.facts.sources,
        ...layer.facts.events.flatMap((id) => content.eventById.get(id)?.sources ?? []),
      ].filter((id) => content.sourceById.get(id)?.read !== false);
      if (read.length === 0) errors.push(`${at}: no source that was read`);
    }
  }
  for (const kind of ['places', 'claims', 'parties', 'distance'] as const) {
    const count = layers.filter((l) => l.kind === kind).length;
    if (kind === 'places' && count !== 1) {
      errors.push(`map.json: layers: needs exactly one layer of kind "places" (has ${count})`);
    } else if (count > 1) {
      errors.push(`map.json: layers: at most one layer of kind "${kind}" (has ${count})`);
    }
  }

  // Every layer a section or a step switches on exists.
  for (const section of files.article.sections) {
    for (const [i, step] of section.steps.entries()) {
      for (const id of step.visual.map?.layers ?? []) {
        if (!ids.has(id)) {
          errors.push(
            `article.json: section "${section.id}" step ${i + 1}: unknown map layer "${id}"`,
          );
        }
      }
    }
  }

  // Names: every label and every area of the opening picture is named.
  for (const label of labels) {
    if (!(label.area in areas)) errors.push(`map.json: labels: unknown area "${label.area}"`);
  }
  const { place, event, opening } = summit.data;
  for (const c of opening.countries) {
    if (!(c.id in areas))
      errors.push(`summit.json: opening.countries: unknown area "${c.id}" (map.json: areas)`);
  }
  for (const id of [place, ...opening.sizes.narrow.places, ...opening.sizes.wide.places]) {
    if (!content.placeById.has(id)) errors.push(`summit.json: unknown place "${id}"`);
  }
  if (!content.eventById.has(event)) errors.push(`summit.json: unknown event "${event}"`);
  for (const actor of Object.values(opening.tints)) {
    if (!content.actorById.has(actor))
      errors.push(`summit.json: opening.tints: unknown actor "${actor}"`);
  }
  return errors;
}
