/**
 * `npm run validate` is the one judge of the content: fed one mistake of each kind an editor can
 * make, it must reject it with a message that names the file and the id.
 */
import { describe, expect, it } from 'vitest';
import { allContentFiles as contentFiles } from '../../src/content/all-files';
import { diagramProblems } from '../../src/features/actors/layout-check';
import { pageTheme } from '../../scripts/css-tokens';
import { paletteProblems } from '../../src/content/palette';
import timeline from '@article/record/timeline.json';
import places from '@article/record/places.json';
import type { ContentFiles, MapSpec, Summit } from '../../src/content/schema';
import { parseContentFile, validateContent } from '../../src/content/validate';

type Files = Omit<ContentFiles, 'articleText'>;

const record = { timeline, places };
const options = { record, checks: [diagramProblems, paletteProblems(pageTheme())] };

const clone = (): Files => {
  const files: Partial<ContentFiles> = { ...contentFiles };
  delete files.articleText;
  return structuredClone(files as Files);
};
const validate = (data: Files) => validateContent(data, contentFiles.articleText, options);
/** The files with the map's two (an article with a map has them). */
const withMap = (d: Files) => d as Files & { map: MapSpec; summit: Summit };
const find = <T extends { id: string }>(list: T[], id: string): T => list.find((x) => x.id === id)!;

/** Each mistake, what it does to the files, and the message it must produce. */
const mistakes: [string, (d: Files) => void, RegExp][] = [
  [
    'a misspelt field, which would otherwise be dropped without a word',
    (d) => Object.assign(find(d.places, 'anchorage'), { kurzname: 'Anchorage' }),
    /^places\.json: .*Unrecognized key: "kurzname"/,
  ],
  [
    'a step showing a view the article does not have',
    (d) => (d.site.views = d.site.views.filter((v) => v !== 'karte')),
    /^article\.json: "[a-z0-9-]+": shows the view "karte", which the article does not have \(site\.json: views\)$/,
  ],
  [
    'a view without its introduction',
    (d) => delete d.site.intros.chronik,
    /^site\.json: at intros\.chronik: the view "chronik" needs one$/,
  ],
  [
    'a phase opened by an event that does not exist',
    (d) => (d.phases[0]!.start = 'no-such-event'),
    /^phases\.json: "krim-und-donbas": unknown event "no-such-event"$/,
  ],
  [
    'a phase whose label rests on no event',
    (d) => (d.phases[0]!.events = []),
    /^phases\.json: "krim-und-donbas" at 0\.events: names no event its label rests on$/,
  ],
  [
    'two actors a reader without green cones cannot tell apart (brick red and olive)',
    (d) => {
      find(d.actors, 'russland').colour = '#b23a16';
      find(d.actors, 'ukraine').colour = '#7d6200';
    },
    /^actors\.json: "russland" \(#b23a16\) and "ukraine" \(#7d6200\) look alike to a reader with deuteranopia: difference 1\.8, at least 10 \(CIEDE2000\)$/,
  ],
  [
    'an actor colour too light to read as text',
    (d) => (find(d.actors, 'eu').colour = '#66c2a5'),
    /^actors\.json: "eu": colour #66c2a5 as text on the page: contrast 2(\.\d)?:1, at least 4\.5:1$/,
  ],
  [
    'a tint too dark for body text',
    (d) => (find(d.actors, 'nato').tint = '#8b417a'),
    /^actors\.json: "nato": body text on its tint #8b417a: contrast \d\.\d:1, at least 4\.5:1$/,
  ],
  [
    'an actor without a colour',
    (d) => delete find(d.actors, 'istgh').colour,
    /^actors\.json: "istgh": needs a "colour" and a "tint" \(or "memberOf" to take its state's\)$/,
  ],
  [
    'a person with a colour of their own',
    (d) => (find(d.actors, 'putin').colour = '#b53d16'),
    /^actors\.json: "putin": takes the colour of "russland": leave "colour" and "tint" out$/,
  ],
  [
    'a colour not written as #rrggbb',
    (d) => (find(d.actors, 'usa').colour = 'blue'),
    /^actors\.json: "usa" at \d+\.colour: a colour is written "#rrggbb" \(lower case\)$/,
  ],
  [
    'a day that is not in the calendar (30 February)',
    (d) => (find(d.events, 'full-scale-invasion').date = '2022-02-30'),
    /^events\.json: "full-scale-invasion" at \d+\.date: no such day in the calendar$/,
  ],
  [
    'a month that does not exist (13)',
    (d) => (find(d.events, 'full-scale-invasion').date = '2022-13-01'),
    /^events\.json: "full-scale-invasion" at \d+\.date: no such day in the calendar$/,
  ],
  [
    'a date in the wrong format',
    (d) => (find(d.events, 'alaska-treaty').date = '30.03.1867'),
    /^events\.json: "alaska-treaty" at \d+\.date: dates are ISO/,
  ],
  [
    'a relation from an actor to itself',
    (d) => (find(d.relations, 'usa-russland-gipfel').to = 'usa'),
    /^relations\.json: "usa-russland-gipfel" at \d+\.to: a relation needs two different actors$/,
  ],
  [
    "a 'fakt' relation without a source",
    (d) => (find(d.relations, 'usa-istgh-kein-vertragsstaat').sources = []),
    /^relations\.json: "usa-istgh-kein-vertragsstaat": is 'fakt' but has no source other than the article$/,
  ],
  [
    'a source id that does not exist',
    (d) => find(d.events, 'yalta').sources.push('gibt-es-nicht'),
    /^events\.json: "yalta": unknown source "gibt-es-nicht"$/,
  ],
  [
    'a paragraph id that does not exist',
    (d) => (find(d.actors, 'usa').paragraphs = ['europas-sorge-9']),
    /^actors\.json: "usa": unknown paragraph "europas-sorge-9"$/,
  ],
  [
    'an annotation pointing at a place that does not exist',
    (d) => (d.annotations[0]!.marks[0]!.target = 'place:atlantis'),
    /^annotations\.json: "trump-1": unknown place "atlantis"$/,
  ],
  [
    'an annotation quoting words its paragraph does not have',
    (d) => (d.annotations[0]!.marks[0]!.quote = 'Angela Merkel'),
    /^annotations\.json: "trump-1": quote "Angela Merkel" not found in paragraph einleitung-1$/,
  ],
  [
    'a section heading that no longer matches the article',
    (d) => (d.article.sections[2]!.heading = 'Eine andere Überschrift'),
    /^article\.json: "ohne-die-ukraine": heading "Eine andere Überschrift" does not match/,
  ],
  [
    'two items with the same id',
    (d) => d.terms.push({ ...find(d.terms, 'einflusszonen') }),
    /^terms\.json: "einflusszonen": duplicate id$/,
  ],
  [
    "'artikel' on words the author did not write",
    (d) => (find(d.actors, 'trump').provenance = 'artikel'),
    /^actors\.json: "trump": is 'artikel' but its text is not word for word in naehe-und-misstrauen-1/,
  ],
  [
    "'artikel' with facts from elsewhere added",
    (d) => {
      const trump = find(d.actors, 'trump');
      trump.provenance = 'artikel';
      trump.summary = 'Doch zuletzt wich die demonstrative Bewunderung merklicher Distanz.';
    },
    /^actors\.json: "trump": is 'artikel' but cites sources \(donald-trump-sworn-in-as-47th\)/,
  ],
  [
    "'fakt' resting only on a page that could not be read",
    (d) => (find(d.actors, 'istgh').sources = ['icc-asp-states-parties']),
    /^actors\.json: "istgh": is 'fakt' but none of its sources was read/,
  ],
  [
    "'fakt' on a point the fact sheets mark as not verified",
    (d) => (find(d.places, 'icc').provenance = 'fakt'),
    /^places\.json: "icc": is 'fakt' but the fact sheets mark it as not verified/,
  ],
  [
    "'behauptung' without the party that claims it",
    (d) => delete find(d.events, 'bakhmut').party,
    /^events\.json: "bakhmut": is 'behauptung' but names no party/,
  ],
  [
    'a party that is no actor',
    (d) => (find(d.events, 'bakhmut').party = 'wagner'),
    /^events\.json: "bakhmut": unknown party "wagner"$/,
  ],
  [
    "'redaktion' stating a date without a source",
    (d) => (find(d.terms, 'einflusszonen').definition += ' Seit 2014 spricht Putin davon.'),
    /^terms\.json: "einflusszonen": is 'redaktion' and states dates or numbers, but has no source/,
  ],
  [
    "'redaktion' with no support at all",
    (d) => (find(d.terms, 'einflusszonen').paragraphs = []),
    /^terms\.json: "einflusszonen": is 'redaktion' but cites no source and no paragraph$/,
  ],
  [
    'words in „…“ the article does not say',
    (d) => (find(d.terms, 'einflusszonen').definition += ' Putin nennt sie „Lebensraum“.'),
    /^terms\.json: "einflusszonen": quotes „Lebensraum“, which the article does not say$/,
  ],
  [
    'a matrix cell given twice',
    (d) => d.positions.positions.push({ ...d.positions.positions[0]! }),
    /^positions\.json: "usa\/waffenruhe": the cell is given twice$/,
  ],
  [
    'a matrix cell that says "not named" but cites something',
    (d) => {
      const cell = d.positions.positions.find(
        (p) => p.actor === 'nato' && p.issue === 'waffenruhe',
      )!;
      cell.paragraphs = ['einleitung-1'];
    },
    /^positions\.json: "nato\/waffenruhe": says "im Artikel nicht genannt" but cites something$/,
  ],
  [
    'an event whose date differs from the fact sheet',
    (d) => (find(d.events, 'yalta').date = '1945-02-05'),
    /^events\.json: "yalta": date "1945-02-05" differs from the fact sheet's "1945-02-04"$/,
  ],
  [
    'an event missing from the app',
    (d) => (d.events = d.events.filter((e) => e.id !== 'kharkiv-counteroffensive')),
    /^events\.json: "kharkiv-counteroffensive": missing; the fact sheet \(record\/timeline\.json\) has it$/,
  ],
  [
    'a place whose point differs from the fact sheet',
    (d) => (find(d.places, 'kyiv').lat = 50.5),
    /^places\.json: "kyiv": lat 50\.5 differs from the fact sheet's 50\.45$/,
  ],
  [
    'a relation label that makes the diagram overlap',
    (d) =>
      (find(d.relations, 'usa-russland-gipfel').label =
        'Gipfel in Alaska, am 15. August 2025, auf dem Stützpunkt Elmendorf-Richardson'),
    /^(relations|article)\.json: .*(diagram "(wide|tall|square|band)").*(overlap|covers|leaves the picture|runs under|crosses|drifts)/,
  ],
  [
    "a source title marked with the article's own language, the default",
    (d) => (find(d.sources, 'kyiv-wikipedia').lang = 'de'),
    /^sources\.json: "kyiv-wikipedia": lang "de" is the article's language, the default: leave "lang" out$/,
  ],
  [
    'a source title with a language that is not a two-letter code',
    (d) => (find(d.sources, 'kyiv-wikipedia').lang = 'english'),
    /^sources\.json: "kyiv-wikipedia" at \d+\.lang: a language is a two-letter code/,
  ],
  [
    'a foreign phrase with its quotation marks',
    (d) => d.site.foreignPhrases.push({ text: '„Next time in Moscow“', lang: 'en' }),
    /^site\.json: at foreignPhrases\.\d+\.text: the words only: no quotation marks or spaces at the ends$/,
  ],
  [
    'a foreign phrase that no shown text contains as written',
    (d) => d.site.foreignPhrases.push({ text: 'next time in Moscow', lang: 'en' }),
    /^site\.json: foreign phrase "next time in Moscow": stands \(as whole words, exactly as written\) in no text the app shows$/,
  ],
  [
    'a foreign phrase listed twice',
    (d) => d.site.foreignPhrases.push({ text: 'Next time in Moscow', lang: 'en' }),
    /^site\.json: foreign phrase "Next time in Moscow": listed twice$/,
  ],
  [
    'a change logged after the Stand',
    (d) => d.site.changes.unshift({ date: '2099-01-01', text: 'Korrektur.' }),
    /^site\.json: at stand: older than the latest change \(2099-01-01\)/,
  ],
  [
    'a step switching on a map layer the map does not have',
    (d) => {
      const step = d.article.sections.flatMap((s) => s.steps).find((st) => st.visual.map)!;
      step.visual.map!.layers.push('frontlinie');
    },
    /^article\.json: section "[a-z0-9-]+" step \d+: unknown map layer "frontlinie"$/,
  ],
  [
    'an article with a map but no data/map.json',
    (d) => delete (d as Files & { map?: unknown }).map,
    /^data\/map\.json: missing; an article with a map \(site\.json: views\) needs one$/,
  ],
  [
    'a map layer in the colour of an actor that does not exist',
    (d) => {
      const layer = withMap(d).map.layers.find((l) => l.kind === 'claims')!;
      if (layer.kind === 'claims') layer.actor = 'atlantis';
    },
    /^map\.json: layer "[a-z0-9-]+": unknown actor "atlantis"$/,
  ],
  [
    'a second layer of places',
    (d) => {
      const { map } = withMap(d);
      map.layers.push({ ...map.layers.find((l) => l.kind === 'places')!, id: 'noch-mehr-orte' });
    },
    /^map\.json: layers: needs exactly one layer of kind "places" \(has 2\)$/,
  ],
  [
    'a map layer resting on an unknown event',
    (d) =>
      withMap(d)
        .map.layers.find((l) => l.facts)!
        .facts!.events.push('atlantis-sinks'),
    /^map\.json: layer "[a-z0-9-]+": unknown event "atlantis-sinks"$/,
  ],
  [
    'a distance between a place that does not exist',
    (d) => {
      const layer = withMap(d).map.layers.find((l) => l.kind === 'distance')!;
      if (layer.kind === 'distance') layer.places[1] = 'atlantis';
    },
    /^map\.json: layer "[a-z0-9-]+": unknown place "atlantis"$/,
  ],
  [
    'a label naming an area without a name',
    (d) => withMap(d).map.labels.push({ area: 'atlantis', lat: 0, lon: 0 }),
    /^map\.json: labels: unknown area "atlantis"$/,
  ],
  [
    'an opening picture naming an area without a name',
    (d) => withMap(d).summit.opening.countries.push({ id: 'atlantis', lat: 0, lon: 0 }),
    /^summit\.json: opening\.countries: unknown area "atlantis" \(map\.json: areas\)$/,
  ],
  [
    'a map layer of an unknown kind',
    (d) => withMap(d).map.layers.push({ ...withMap(d).map.layers[0]!, kind: 'heatmap' } as never),
    /^map\.json: at layers\.\d+\.kind: /,
  ],
  [
    'a relation of a kind the diagram does not draw',
    (d) => (d.relations[0]!.type = 'freundschaft'),
    /^relations\.json: "[a-z0-9-]+": unknown type "freundschaft" \(diagram\.json: types\)$/,
  ],
  [
    "a kind of relation in a colour that is neither the page's nor an actor's",
    (d) => (Object.values(d.diagram.types)[0]!.colour = 'atlantis'),
    /^diagram\.json: type "[a-z0-9-]+": unknown colour "atlantis" \(ink, accent or an actor's id\)$/,
  ],
  [
    'words in “…” the article does not say, in an English article',
    (d) => {
      d.article.language = 'en';
      find(d.terms, 'einflusszonen').definition += ' Putin calls them “Lebensraum”.';
    },
    /^terms\.json: "einflusszonen": quotes “Lebensraum”, which the article does not say$/,
  ],
  [
    'a newsroom text reporting the article without its paragraph, in an English article',
    (d) => {
      d.article.language = 'en';
      const term = find(d.terms, 'einflusszonen');
      term.definition = 'According to the article, this is how Russia sees its neighbours.';
      term.paragraphs = [];
    },
    /^terms\.json: "einflusszonen": is 'redaktion' and reports the article, but cites no paragraph$/,
  ],
];

describe('npm run validate', () => {
  it('passes the content as it is', () => {
    expect(validate(clone())).toEqual([]);
  });

  it.each(mistakes)('rejects %s, naming the file and the id', (_, mistake, message) => {
    const data = clone();
    mistake(data);
    expect(validate(data)).toContainEqual(expect.stringMatching(message));
  });

  it('asks an article on shared fact sheets ("record": "chosen") only for the entries it shows', () => {
    const data = clone();
    data.article.record = 'chosen';
    data.events = data.events.filter((e) => e.id !== 'kharkiv-counteroffensive');
    expect(validate(data)).toEqual([]);
    find(data.events, 'yalta').date = '1945-02-05';
    expect(validate(data)).toContainEqual(
      expect.stringMatching(
        /^events\.json: "yalta": date "1945-02-05" differs from the fact sheet's/,
      ),
    );
  });

  it('names the file, line and column of a JSON syntax error, without a stack trace', () => {
    const result = parseContentFile('data/actors.json', '[\n  { "id": "usa", },\n]\n');
    expect(result.error).toMatch(/^data\/actors\.json: line 2, column \d+: invalid JSON \(.+\)$/);
    expect(result.error).not.toMatch(/\n|at JSON\.parse|position/);
  });
});
