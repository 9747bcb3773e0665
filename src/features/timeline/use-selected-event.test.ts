import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { parseSelectedEvent, withSelectedEvent } from './use-selected-event';

describe('the selected event in the URL', () => {
  it('knows the events of the content and reports anything else, shortened', () => {
    const id = content.events[0]!.id;
    expect(parseSelectedEvent(`?ereignis=${id}`)).toEqual({ selected: id });
    expect(parseSelectedEvent('?ereignis=mondlandung')).toEqual({ unknown: 'mondlandung' });
    expect(parseSelectedEvent(`?ereignis=${'x'.repeat(100)}`).unknown).toBe(`${'x'.repeat(40)}…`);
    expect(parseSelectedEvent('?akteur=eu')).toEqual({});
  });

  it('keeps the actor filter (with its readable commas) when it sets or clears the event', () => {
    expect(withSelectedEvent('?akteur=ukraine,eu', 'yalta')).toBe(
      '?akteur=ukraine,eu&ereignis=yalta',
    );
    expect(withSelectedEvent('?akteur=eu&ereignis=yalta', undefined)).toBe('?akteur=eu');
    expect(withSelectedEvent('?ereignis=yalta', undefined)).toBe('');
  });
});
